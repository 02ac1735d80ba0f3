"""Offices: the level of the body an official's title belongs to, and the province it is in.

    Bí thư Tỉnh ủy Quảng Nam                  -> province, Quảng Nam
    Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy   -> province, the article's province
    Chủ tịch UBND xã Ia O                     -> commune
    Bộ trưởng Bộ Quốc phòng Trung Quốc        -> foreign

The title's main job is its last position (the guide: "usually the last one"). In it, the last
word that places a body (``lexicons/office_levels.jsonl``: "Trung ương", "tỉnh", "Huyện ủy",
"xã", "thôn", a foreign country ...) gives the level; a city ("thành phố", "Thành ủy") is a
province when it is one of the centrally-run cities, else a district. A border post's or an army
unit's office is placed at no level, as the annotation guide leaves it. ``office_province`` is
the province the title names, or, for an office at province level or below that names none,
the article's province.
"""
from __future__ import annotations

import re
import dataclasses
from dataclasses import dataclass
from enum import Enum
from functools import cache

from ..matching import PhraseMatcher, resolve_overlaps
from ..records import Official
from ..resources import lexicon, provinces
from .provinces import extract_provinces

_BRACKETS = re.compile(r"\([^()]*\)")
LOCAL_LEVELS = frozenset({"province", "district", "commune", "village"})
_SEGMENT = re.compile(r"\s*[,;]\s*")


class Level(str, Enum):
    CENTRAL = "central"
    PROVINCE = "province"
    DISTRICT = "district"
    COMMUNE = "commune"
    VILLAGE = "village"
    FOREIGN = "foreign"


@dataclass(frozen=True)
class Office:
    level: str = ""
    province: str = ""


@cache
def _unit_matchers() -> tuple[PhraseMatcher, ...]:
    """Words that place a body ("Trung ương", "tỉnh", "Huyện ủy", "xã", "thôn"), and foreign countries."""
    countries = [e for e in lexicon("countries") if e.attrs.get("name") != "Việt Nam" and not e.attrs.get("ambiguous")]
    # in any case; the words that hold an administrative noun without being one ("xã hội", "nông thôn",
    # "văn bản") are entries too, with no level, so that the longer match wins
    return (PhraseMatcher([*lexicon("office_levels"), *countries], lower=True, drop_quotes=True),)


@cache
def _central_cities() -> frozenset[str]:
    """Hà Nội, Hồ Chí Minh, Hải Phòng, Đà Nẵng, Cần Thơ: cities that are provinces."""
    return frozenset(p.name for p in provinces().values() if p.full_name.lower().startswith("thành phố"))


def _main_job(title: str) -> str:
    """The last position of a title that holds a body: "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy"
    -> "Bí thư Tỉnh ủy"; a rank alone ("Đại tá") is not one."""
    parts = [p for p in _SEGMENT.split(title) if p.strip()]
    for part in reversed(parts):
        if _units(part):
            return part
    return parts[-1] if parts else ""


@dataclass(frozen=True)
class _Unit:
    start: int
    end: int
    level: str
    weak: bool = False  # places the office only when nothing else does
    final: bool = False  # places it whatever follows


def _units(text: str) -> list[_Unit]:
    """Words of a title that place its body, in order; a province's name is one too, unless it
    names the city just before it ("thành phố Hà Tĩnh")."""
    text = _BRACKETS.sub(lambda m: " " * len(m.group(0)), text)  # "(tỉnh An Giang)" places the place, not the office
    found = resolve_overlaps([m for matcher in _unit_matchers() for m in matcher.find_all(text)])
    units = [_Unit(m.start, m.end, m.entry.attrs.get("level", "foreign" if m.entry.label == "COUNTRY" else ""),
                   bool(m.entry.attrs.get("weak")), bool(m.entry.attrs.get("final"))) for m in found]
    for p in extract_provinces(text):
        if not any(u.start <= p.start < u.end for u in units):
            units.append(_Unit(p.start, p.end, "named_province"))
    units = sorted((u for u in units if u.level), key=lambda u: u.start)
    return [u for i, u in enumerate(units) if not (u.level == "named_province" and i and units[i - 1].level == "city")]


def office_of(title: str, doc_province: str = "") -> Office:
    """Level and province of the office a title names.

    >>> office_of("Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Quảng Nam")
    Office(level='province', province='Quảng Nam')
    >>> office_of("Phó Chủ tịch UBND tỉnh", "Kon Tum"), office_of("Thủ tướng Campuchia")
    (Office(level='province', province='Kon Tum'), Office(level='foreign', province=''))
    >>> office_of("Chủ tịch UBND TP Vũng Tàu", "Bà Rịa - Vũng Tàu").level, office_of("Bí thư Thành ủy Hà Nội").level
    ('district', 'province')
    """
    job = _main_job(title)
    units = _units(job)
    if not units or any(u.level == "unplaced" for u in units):
        return Office()
    # a weak word places the office only when nothing else does: "Bí thư Chi bộ", "Chủ tịch" alone
    unit = next((u for u in units if u.final), None) or ([u for u in units if not u.weak] or units)[-1]
    level = "province" if unit.level == "named_province" else unit.level
    named = extract_provinces(job)
    if level == "city":
        after = [p for p in named if p.start >= unit.end]
        city = after[0].province if after else doc_province
        level = "province" if city in _central_cities() else "district"
    if level not in LOCAL_LEVELS:
        return Office(level)
    province = named[-1].province if named else doc_province
    return Office(level, province)


def with_offices(officials: list[Official], doc_province: str = "") -> list[Official]:
    """Each official's mention with the level and province of its office; a later short form
    ("ông Sơn"), written without a title, takes its person's."""
    by_name: dict[str, Office] = {}
    placed = []
    for o in officials:
        office = office_of(o.title, doc_province) if o.title else Office()
        if o.title and o.name not in by_name:
            by_name[o.name] = office
        placed.append((o, office))
    # a person one of whose mentions names a foreign office is a foreign official throughout
    foreign = {o.name for o, office in placed if office.level == Level.FOREIGN}
    out = []
    for o, office in placed:
        if not o.title:
            office = by_name.get(o.name, office)
        if o.name in foreign and office.level in ("", Level.CENTRAL):
            office = Office(Level.FOREIGN.value)
        out.append(dataclasses.replace(o, level=office.level, office_province=office.province))
    return out
