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
from ..records import Official, ProvinceMention
from ..resources import lexicon, provinces, words
from .officials import BRACKETS, POSITION_SEPARATORS, starts_with_surname
from .provinces import extract_provinces, places_named, province_of_places

LOCAL_LEVELS = frozenset({"province", "district", "commune", "village"})
_RANK = {"village": 0, "commune": 1, "district": 2, "city": 2, "province": 3, "named_province": 3}
_SEGMENT = re.compile(r"\s*[,;]\s*")
_POSTED_IN = re.compile(r"\s+tại\s.*$", re.IGNORECASE)  # where a diplomat serves, not whose office it is
_PARTNER_OF_VIETNAM = re.compile(r"Việt Nam\s*[-–]\s*$", re.IGNORECASE)  # "Hội hữu nghị Việt Nam - Lào"


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
def _unit_matcher() -> PhraseMatcher:
    """Words that place a body ("Trung ương", "tỉnh", "Huyện ủy", "xã", "thôn"), and foreign countries."""
    countries = [e for e in lexicon("countries") if e.attrs.get("name") != "Việt Nam" and not e.attrs.get("ambiguous")]
    # in any case; the words that hold an administrative noun without being one ("xã hội", "nông thôn",
    # "văn bản") are entries too, with no level, so that the longer match wins
    bodies = [e for e in lexicon("organisations") if e.attrs.get("level")]  # "Bộ Công an", "Tổng cục Thuế"
    abroad = [e for e in lexicon("places") if e.attrs.get("country")]  # "tỉnh Champasak", "thành phố Busan"
    return PhraseMatcher([*lexicon("office_levels"), *bodies, *countries, *abroad], lower=True, drop_quotes=True)


@cache
def _ambiguous_country_matcher() -> PhraseMatcher:
    """Countries whose names are also words or parts of place names ("Lào", "Nga", "Đức"), as written."""
    return PhraseMatcher([e for e in lexicon("countries") if e.attrs.get("ambiguous")], lower=False, drop_quotes=True)


def _stands_alone(text: str, start: int, end: int) -> bool:
    """A country's name that is not part of a longer name: "Chủ tịch nước Lào", not "huyện Nga Sơn",
    "Lào Cai" or "Trung Anh"."""
    before, after = text[:start].split()[-1:], text[end:].split()[:1]
    return not (before and before[0][0].isupper()) and not (after and (after[0][0].isupper() or after[0][0].isdigit()))


@cache
def _central_cities() -> frozenset[str]:
    """Hà Nội, Hồ Chí Minh, Hải Phòng, Đà Nẵng, Cần Thơ: cities that are provinces."""
    return frozenset(p.name for p in provinces().values() if p.full_name.lower().startswith("thành phố"))


@cache
def _former_city_names() -> tuple[tuple[str, str], ...]:
    """ "Sài Gòn - Gia Định" -> "Hồ Chí Minh": the former names of provinces (``lexicons/places.jsonl``),
    the longest first."""
    names = [(e.pattern, e.attrs["former_name_of"]) for e in lexicon("places") if e.attrs.get("former_name_of")]
    return tuple(sorted(names, key=lambda item: -len(item[0])))


def _former_city(rest: str) -> str:
    """The province whose former name ``rest`` begins with, or ""."""
    rest = rest.strip()
    return next((province for name, province in _former_city_names()
                 if rest.startswith(name) and not rest[len(name):len(name) + 1].isalnum()), "")


def _positions(title: str) -> list[str]:
    """A title's positions, split at commas and semicolons outside brackets: "Chủ tịch Hội Nông dân
    xã Tân An (huyện Cần Giuộc, tỉnh Long An)" is one."""
    masked = BRACKETS.sub(lambda m: "(" + "_" * (len(m.group(0)) - 2) + ")", title)
    parts, start = [], 0
    for cut in _SEGMENT.finditer(masked):
        parts.append(title[start:cut.start()])
        start = cut.end()
    parts.append(title[start:])
    joined: list[str] = []  # "Chủ tịch UBND huyện Mộc Châu, tỉnh Sơn La" is one position
    for part in parts:
        where = _WHERE_A_PLACE_LIES.match(part)
        if joined and ((where and where.group(1).isupper()) or _only_a_province(part)):
            joined[-1] += ", " + part
        else:
            joined.append(part)
    return joined


def _only_a_province(part: str) -> bool:
    """ "Hà Nội", "TP.HCM": a province's name and nothing else, where a place lies."""
    named = extract_provinces(part)
    return len(named) == 1 and not part[:named[0].start].strip() and not part[named[0].end:].strip()


# "huyện Cần Giuộc", "tỉnh Long An" after a place: where it lies, not another position
_WHERE_A_PLACE_LIES = re.compile(r"^\s*(?:TP\.\s*|(?:tỉnh|thành phố|TP|huyện|quận|thị xã|thị trấn|xã|phường)\s+)(\w)")
_FORMER = re.compile(r"^\s*(?:nguyên|cựu|từng là|từng)\s", re.IGNORECASE)
_MEMBERSHIP = re.compile(r"^\s*(?:Ủy viên|Uỷ viên|UV)\b", re.IGNORECASE)


def _main_job(title: str) -> str:
    """The last position of a title that holds a body: a current job before a former one, and
    either before a seat on a committee ("Ủy viên ..."); a rank alone ("Đại tá") is not one.

    >>> _main_job("Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Ninh Bình, nguyên Chủ tịch Hội LHPN Việt Nam")
    'Bí thư Tỉnh ủy Ninh Bình'
    >>> _main_job("Ủy viên Trung ương Đảng, nguyên Bí thư Tỉnh ủy Kiên Giang")
    'nguyên Bí thư Tỉnh ủy Kiên Giang'
    """
    parts = [p for p in _positions(title) if p.strip()]
    placed = [p for p in parts if _units(p)]
    if not placed:
        return parts[-1] if parts else ""
    jobs = [p for p in placed if not _MEMBERSHIP.match(p)]
    current = [p for p in jobs if not _FORMER.match(p)]
    return (current or jobs or placed)[-1]


@dataclass(frozen=True)
class _Unit:
    start: int
    end: int
    level: str
    weak: bool = False  # places the office only when nothing else does
    final: bool = False  # places it whatever follows
    post: bool = False  # an unplaced post, placed by the body that follows: "Chính trị viên Ban Chỉ huy Quân sự huyện"


def _units(text: str) -> list[_Unit]:
    """Words of a title that place its body, in order; a province's name is one too, unless it
    names the city just before it ("thành phố Hà Tĩnh")."""
    outside = BRACKETS.sub(lambda m: " " * len(m.group(0)), text)
    # "(tỉnh An Giang)" places the place, not the office, unless nothing outside places it:
    # "Trưởng Ban Liên lạc Công an chi viện chiến trường miền Nam (Bộ Công an)"
    return _units_in(outside) or _units_in(text)


def _units_in(text: str) -> list[_Unit]:
    countries = [m for m in _ambiguous_country_matcher().find_all(text) if _stands_alone(text, m.start, m.end)]
    # "buôn" in "buôn lậu" places no village: a village's word places one only before its name
    found = resolve_overlaps([m for m in _unit_matcher().find_all(text)
                              if not (m.entry.attrs.get("named") and _runs_on_in_lower_case(text, m.end))] + countries)
    units = [_Unit(m.start, m.end, m.entry.attrs.get("level", "foreign" if m.entry.label == "COUNTRY" else ""),
                   bool(m.entry.attrs.get("weak")), bool(m.entry.attrs.get("final")), bool(m.entry.attrs.get("post")))
             for m in found]
    for p in extract_provinces(text):
        if not any(u.start <= p.start < u.end for u in units):
            units.append(_Unit(p.start, p.end, "named_province"))
    # the partner of a bilateral body places no office abroad: "Hội hữu nghị Việt Nam - Lào tỉnh"
    units = sorted((u for u in units if u.level and not (
        u.level == Level.FOREIGN.value and _PARTNER_OF_VIETNAM.search(text[:u.start]))), key=lambda u: u.start)

    def names_the_one_before(i: int, u: _Unit) -> bool:
        # "thành phố Hà Tĩnh" (the city's name), "Thành ủy Buôn Ma Thuột", "xã Bản Lầu" (a name
        # that begins with a unit's word, capitalised, right after a unit)
        if not i:
            return False
        before = units[i - 1]
        between = text[before.end:u.start]
        if _RANK.get(u.level, -1) > _RANK.get(before.level, 9) and between.count(",") == 1 and not between.split(",")[1].strip():
            return True  # "huyện Mộc Châu, tỉnh Sơn La": where the district lies, not the office's level
        if u.level == "named_province" and before.level == "province" and not text[before.end:u.start].strip():
            return names_the_one_before(i - 1, before)  # the province's name goes with its "tỉnh"
        return (u.level == "named_province" and before.level == "city") or (
            u.level in LOCAL_LEVELS and text[u.start].isupper() and " " not in text[u.start:u.end]
            and not text[before.end:u.start].strip())

    return [u for i, u in enumerate(units) if not names_the_one_before(i, u)]


def _runs_on_in_lower_case(title: str, end: int) -> bool:
    """Whether a title goes on after ``end`` with a lower-case word that joins no other post: after
    "buôn" in "... tham nhũng, kinh tế, buôn lậu Công an tỉnh", not after "thôn" in "Chi bộ thôn Phú
    Mỹ", "thôn 3", "Chi bộ thôn" (its end) or "Chi bộ thôn kiêm Trưởng thôn".

    >>> _runs_on_in_lower_case("kinh tế, buôn lậu", 13), _runs_on_in_lower_case("Trưởng buôn Ea Kao", 11)
    (True, False)
    """
    after = title[end:end + 20].split()[:1]
    return bool(after) and after[0][0].isalpha() and after[0][0].islower() \
        and after[0].lower().strip(",;.") not in POSITION_SEPARATORS


def office_of(title: str, doc_province: str = "", located_in: str = "") -> Office:
    """Level and province of the office a title names.

    >>> office_of("Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Quảng Nam")
    Office(level='province', province='Quảng Nam')
    >>> office_of("Phó Chủ tịch UBND tỉnh", "Kon Tum"), office_of("Thủ tướng Campuchia")
    (Office(level='province', province='Kon Tum'), Office(level='foreign', province=''))
    >>> office_of("Chủ tịch UBND TP Vũng Tàu", "Bà Rịa - Vũng Tàu").level, office_of("Bí thư Thành ủy Hà Nội").level
    ('district', 'province')
    >>> office_of("Bí thư Đảng ủy phường Quy Nhơn Nam", "Gia Lai", located_in="Gia Lai")
    Office(level='commune', province='Gia Lai')
    """
    job = _POSTED_IN.sub("", _main_job(title))  # "Đại sứ Nhật Bản tại Việt Nam": Japan's office
    units = _units(job)
    units = [u for i, u in enumerate(units) if not (u.post and any(v.level != "unplaced" for v in units[i + 1:]))]
    unplaced = all(u.weak and u.level == Level.CENTRAL for u in units)
    if unplaced and _names_a_non_state_body(job):
        return Office()  # "Chủ tịch Công đoàn Công ty TNHH Giày Tỷ Xuân": a union inside a firm, at no level
    if doc_province and unplaced and _names_a_body(job):
        # "Chủ tịch Công đoàn Khu kinh tế", "Chủ tịch UBND": a body that no word places, in an article about
        # one province, is that province's; "Chủ tịch" alone is the state's
        return Office(Level.PROVINCE.value, doc_province)
    if not units or any(u.level == "unplaced" for u in units):
        return Office()
    # a weak word places the office only when nothing else does: "Bí thư Chi bộ", "Chủ tịch" alone
    unit = next((u for u in units if u.final), None) or ([u for u in units if not u.weak] or units)[-1]
    level = "province" if unit.level == "named_province" else unit.level
    named = extract_provinces(job)
    city = ""
    if level == "city":
        after = [p for p in named if p.end > unit.end]
        # a city named by a name that is no province's ("TP Thủ Đức", "Thành ủy Buôn Ma Thuột") is a
        # provincial city; a city named by none ("UBND thành phố") is the article's; a centrally-run
        # city's former name ("Thành ủy Sài Gòn - Gia Định") is that city
        name_follows = job[unit.end:].split()[:1] and job[unit.end:].split()[0][0].isupper()
        city = after[0].province if after else (_former_city(job[unit.end:]) if name_follows else doc_province)
        level = "province" if city in _central_cities() else "district"
    if level not in LOCAL_LEVELS:
        return Office(level)
    if _abroad(job):
        return Office(Level.FOREIGN.value)
    if named:
        return Office(level, named[-1].province)
    if level == "province":
        return Office(level, city or located_in or doc_province)
    if located_in:  # "..., Bí thư Đảng ủy phường Quy Nhơn Nam, tỉnh Gia Lai": the province the text gives
        return Office(level, located_in)
    return Office(level, province_of_places(places_named(job), doc_province))


LOCAL_BODY_KINDS = frozenset({"state", "party", "front", "mass", "judicial"})  # bodies a province has its own of


@cache
def _body_matcher() -> PhraseMatcher:
    return PhraseMatcher([e for e in lexicon("organisations") if e.attrs.get("kind") in LOCAL_BODY_KINDS],
                         lower=True, drop_quotes=True)


def _names_a_body(job: str) -> bool:
    """Whether a post names the body it is in, one that provinces, districts and communes have:
    "Chủ tịch Hội Nông dân", "Chủ tịch UBND"; not "Chủ tịch" alone."""
    return bool(_body_matcher().find_all(job))


@cache
def _non_state_matcher() -> PhraseMatcher:
    return PhraseMatcher([e for e in lexicon("title_words") if e.label == "NON_STATE"], lower=True)


def _names_a_non_state_body(job: str) -> bool:
    """Whether a post names a body outside the state that it is in (lexicon label ``NON_STATE``: a
    firm, a paper, a hospital): "Chủ tịch Công đoàn Công ty cổ phần May 10"."""
    return bool(_non_state_matcher().find_all(job))


@cache
def _foreign_posts() -> tuple[str, ...]:
    """Posts that only other countries have ("Tỉnh trưởng", "Thị trưởng"), lower case."""
    return tuple(e.pattern.lower() for e in lexicon("positions") if e.attrs.get("level") == Level.FOREIGN.value
                 and e.label == "POSITION")


def _abroad(job: str) -> bool:
    """A local office of another country: its post is one Vietnam does not have, or a bracket
    names the country: "Tỉnh trưởng tỉnh Houaphanh", "Thống đốc tỉnh Ratanakiri (Campuchia)"."""
    post = _FORMER.sub("", job).strip().lower()
    if any(post == p or post.startswith(p + " ") for p in _foreign_posts()):
        return True
    inside = " ".join(m.group(0) for m in BRACKETS.finditer(job))
    return bool(inside) and any(u.level == Level.FOREIGN.value for u in _units_in(inside)) and not extract_provinces(inside)


def _local_provinces(officials: list[Official], mentions: list[ProvinceMention], doc_province: str) -> list[str]:
    """For each mention of an official, the province its sentence names before it, when it names
    one only ("Tại điểm cầu Thái Bình, bà Đặng Thị Chiên, Phó Chủ tịch Ủy ban MTTQ tỉnh"), else
    the article's."""
    by_sentence: dict[int, list[ProvinceMention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sent_id, []).append(m)
    local = []
    for o in officials:
        before = {m.province for m in by_sentence.get(o.sent_id, ()) if o.start is not None and m.end <= o.start}
        local.append(next(iter(before)) if len(before) == 1 else doc_province)
    return local


@cache
def _chinese_surnames() -> frozenset[str]:
    return frozenset(e.pattern.lower() for e in lexicon("surnames") if e.attrs.get("group") == "chinese")


def _foreign_by_name(official: Official) -> bool:
    """ "Thủ tướng Hun Sen", "Chủ tịch Mao Trạch Đông": a position alone, with no body or country,
    held by a name that no family name of Vietnam's peoples begins ("H'Yim Kđoh" is Ê Đê)."""
    if not official.title or official.title.strip().lower() not in words("positions", "POSITION"):
        return False
    parts = official.name.split()
    return not starts_with_surname(parts) or parts[0].lower() in _chinese_surnames()


LOCATION_GAP = 8  # characters between a title and the province it lies in: ", tỉnh "
_NAME_TITLE_GLUE = re.compile(r"\s*[,–—-]?\s*")


_PLACE_BRACKET = re.compile(r"\s*\(\s*(?:(?:tỉnh|thành phố|TP\.?)\s*)?")


def _located_in(official: Official, mentions: list[ProvinceMention], text: str) -> str:
    """The province written right after a title that follows its holder's name: "Nguyễn Văn Sáu,
    Bí thư Đảng ủy phường Quy Nhơn Nam, tỉnh Gia Lai"."""
    if official.end is None or not official.title:
        return ""
    bracket = _PLACE_BRACKET.match(text, official.end)
    own = next((m.province for m in mentions if m.start == bracket.end()), "") if bracket else ""
    if own:  # "các Bí thư Tỉnh ủy Nguyễn Văn A (Nghệ An), Trần Văn B (Hà Tĩnh)": each one's own
        return own
    title_start = _NAME_TITLE_GLUE.match(text, official.end).end()
    if not text.startswith(official.title, title_start):
        return ""
    title_end = title_start + len(official.title)
    return next((m.province for m in mentions if title_end <= m.start <= title_end + LOCATION_GAP), "")


def with_offices(officials: list[Official], doc_province: str = "",
                 mentions: list[ProvinceMention] = (), text: str = "") -> list[Official]:
    """Each official's mention with the level and province of its office; a later short form
    ("ông Sơn"), written without a title, takes its person's."""
    by_name: dict[str, Office] = {}
    placed = []
    mentions = list(mentions)
    for o, province in zip(officials, _local_provinces(officials, mentions, doc_province)):
        office = office_of(o.title, province, _located_in(o, mentions, text)) if o.title else Office()
        if o.title and o.name not in by_name:
            by_name[o.name] = office
        placed.append((o, office))
    # a person one of whose mentions names a foreign office is a foreign official throughout
    foreign = {o.name for o, office in placed if office.level == Level.FOREIGN or _foreign_by_name(o)}
    out = []
    for o, office in placed:
        if not o.title:
            office = by_name.get(o.name, office)
        if office.level in ("", Level.CENTRAL) and (o.name in foreign or _next_in_a_foreign_list(o, out, text)):
            office = Office(Level.FOREIGN.value)
        out.append(dataclasses.replace(o, level=office.level, office_province=office.province))
    return out


_LIST_LINK = re.compile(r";\s*(?:(?:ông|bà|ngài)\s+)?$", re.IGNORECASE)


def _next_in_a_foreign_list(official: Official, before: list[Official], text: str) -> bool:
    """A delegation listed by semicolons, its country named in one member's title: "Vương Nghị,
    Bộ trưởng Bộ Ngoại giao Trung Quốc; Kim Tráng Long, Bộ trưởng Bộ Công nghiệp" -> foreign too."""
    if not before or official.start is None or "việt nam" in official.title.lower():
        return False
    previous = before[-1]
    if previous.level != Level.FOREIGN or previous.sent_id != official.sent_id or previous.end is None:
        return False
    return bool(_LIST_LINK.search(text[previous.end:official.start]))
