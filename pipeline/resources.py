"""The one place where lexicons and models are loaded: lazily, once per process.

Lexicons are JSON Lines files in ``pipeline/lexicons/`` with ``label``, ``pattern`` and ``id``
(and free attributes). Province names, codes and the July 2025 merger come from the data
that underthesea ships in ``underthesea.address``.
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from collections.abc import Callable
from functools import cache
from pathlib import Path

from .crf import CRFTagger
from .matching import LexiconEntry, PhraseMatcher

LEXICON_DIR = Path(__file__).parent / "lexicons"


@cache
def pipeline_fingerprint() -> str:
    """Changes whenever the pipeline's code, version or any lexicon changes: the cache's key."""
    from . import __version__

    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).parent
    for path in sorted([*package.rglob("*.py"), *LEXICON_DIR.glob("*.jsonl")]):
        digest.update(path.relative_to(package).as_posix().encode() + path.read_bytes())
    return digest.hexdigest()[:16]


@cache
def lexicon(name: str) -> tuple[LexiconEntry, ...]:
    """Entries of ``lexicons/<name>.jsonl``."""
    entries = []
    with open(LEXICON_DIR / f"{name}.jsonl", encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            row = json.loads(line)
            label, pattern, entry_id = row.pop("label"), row.pop("pattern"), row.pop("id")
            entries.append(LexiconEntry(label, pattern, entry_id, row))
    return tuple(entries)


@cache
def words(name: str, label: str | None = None) -> frozenset[str]:
    """The lower-cased patterns of a lexicon (optionally of one label), for set look-ups."""
    return frozenset(e.pattern.lower() for e in lexicon(name) if label is None or e.label == label)


@cache
def alternation(name: str, label: str, **attributes) -> str:
    """One regex group of a lexicon's patterns of one label (and attributes), longest first.

    >>> alternation("furniture", "CREDIT", author=False)
    '(?:đồ họa|video|nguồn|clip|ảnh)'
    """
    patterns = [e.pattern for e in lexicon(name) if e.label == label
                and all(e.attrs.get(key) == value for key, value in attributes.items())]
    return "(?:" + "|".join(sorted(patterns, key=len, reverse=True)) + ")"


@cache
def matcher(*names: str, lower: bool = True, drop_quotes: bool = False) -> PhraseMatcher:
    """One automaton over the entries of several lexicons."""
    return PhraseMatcher((e for n in names for e in lexicon(n)), lower=lower, drop_quotes=drop_quotes)


@cache
def _address_data() -> dict:
    import underthesea.address

    path = Path(underthesea.address.__file__).parent / "data" / "mapping.json"
    with open(path, encoding="utf-8") as f:
        return json.load(f)


@dataclass(frozen=True)
class Province:
    """One of the 63 units in force before 1 July 2025, and the unit that holds it since."""

    name: str
    code: str
    name_2025: str
    full_name: str


@cache
def provinces() -> dict[str, Province]:
    """Short name -> Province, from underthesea's address data.

    >>> provinces()["Quảng Nam"].name_2025
    'Đà Nẵng'
    """
    data = _address_data()
    new_names = data["province_names"]
    result = {}
    for key, info in data["old_province_names"].items():
        new = new_names[data["province_mapping"][key]]
        result[info["short"]] = Province(info["short"], info["code"], new["short"], info["name"])
    return result


@cache
def place_names() -> frozenset[str]:
    """Names of districts and communes, before and after July 2025 ("Hà Tiên", "Ia O"), from
    underthesea's address data: what follows "huyện", "xã" is a place before it is a person."""
    data = _address_data()
    names = set()
    for record in data["ward_mapping"]:
        for key in ("old_district", "old_ward", "new_ward"):
            name = _split_admin(record.get(key) or "")[1]
            if name and not name[0].isdigit():
                names.add(name)
    return frozenset(names)


# The word before a district's or a commune's name, and the tier it names.
_ADMIN_TIERS = {"huyện": "district", "quận": "district", "thị xã": "district", "thành phố": "district",
                "tp": "district", "tp.": "district", "xã": "commune", "phường": "commune", "thị trấn": "commune",
                "đặc khu": "commune"}
_ADMIN_WORD = re.compile(r"^(" + "|".join(sorted(map(re.escape, _ADMIN_TIERS), key=len, reverse=True)) + r")\s+",
                         re.IGNORECASE)


def _split_admin(name: str) -> tuple[str, str]:
    """ "Thành phố Hội An" -> ("district", "Hội An"); "Hội An" -> ("", "Hội An")."""
    m = _ADMIN_WORD.match(name)
    return (_ADMIN_TIERS[m.group(1).lower()], name[m.end():]) if m else ("", name)


@cache
def _places_by_key() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """District and commune names (before July 2025, and the communes since) -> the provinces
    (before July 2025) holding one, by three keys: tier and name as written ("district:hoian"),
    as written (no case, spaces or punctuation) and without tones."""
    from underthesea.address.normalizer import normalize_key

    data = _address_data()
    short = {key: info["short"] for key, info in data["old_province_names"].items()}
    held: dict[str, set[str]] = {}  # a place as the data writes it ("Thành phố Hội An") -> provinces
    for record in data["ward_mapping"]:
        province = short.get(record["old_province_key"])
        if province:
            for field in ("old_district", "old_ward", "new_ward"):
                held.setdefault(record.get(field) or "", set()).add(province)
    tiered: dict[str, set[str]] = {}
    exact: dict[str, set[str]] = {}
    loose: dict[str, set[str]] = {}
    for written, provinces_of in held.items():
        tier, name = _split_admin(written)
        if name and not name[0].isdigit():
            key = _written_key(name)
            tiered.setdefault(f"{tier}:{key}", set()).update(provinces_of)
            exact.setdefault(key, set()).update(provinces_of)
            loose.setdefault(normalize_key(name), set()).update(provinces_of)
    return tuple({k: frozenset(v) for k, v in index.items()} for index in (tiered, exact, loose))


def _written_key(name: str) -> str:
    return re.sub(r"[\W_]", "", unicodedata.normalize("NFC", name).lower())


def provinces_holding(place: str) -> frozenset[str]:
    """The provinces (before July 2025) with a district or commune of that name, from underthesea's
    address data; with its administrative word, of that tier first ("TP Hội An" is Quảng Nam's city,
    not An Giang's commune); spelled as written first ("Tam Đường" is not "Tam Dương"), then without
    tones ("Đắk G'Long" is "Đăk Glong").

    >>> sorted(provinces_holding("Đắk G'Long")), sorted(provinces_holding("Tam Đường")), sorted(provinces_holding("Hàng Gai"))
    (['Đắk Nông'], ['Lai Châu'], ['Hà Nội'])
    >>> sorted(provinces_holding("Hội An")), sorted(provinces_holding("TP Hội An"))
    (['An Giang', 'Quảng Nam'], ['Quảng Nam'])
    """
    from underthesea.address.normalizer import normalize_key

    tiered, exact, loose = _places_by_key()
    tier, name = _split_admin(place)
    return ((tier and tiered.get(f"{tier}:{_written_key(name)}")) or exact.get(_written_key(name))
            or loose.get(normalize_key(name), frozenset()))


@cache
def word_segmentation_model() -> CRFTagger:
    """underthesea's word segmenter (CRF, VLSP 2013), the model its ``word_tokenize`` runs."""
    import underthesea.pipeline.word_tokenize as package

    return CRFTagger.load(Path(package.__file__).parent / "models" / "ws_crf_vlsp2013_20230727")


@cache
def pos_tagging_model() -> CRFTagger:
    """underthesea's part-of-speech model "v2.0" (CRF, VLSP 2013), the one ``pos_tag(...,
    model="v2.0")`` loads; the older default model builds its features in Python, in time
    quadratic in a sentence's length."""
    import underthesea.pipeline.pos_tag as package

    return CRFTagger.load(Path(package.__file__).parent / "models" / "pos_crf_vlsp2013_20230303")


_NON_SPACE_RUN = re.compile(r"\S+")


@cache
def syllable_splitter() -> Callable[[str], list[str]]:
    """underthesea's first step of ``word_tokenize``: its character normalisation, then its
    syllable pattern (with the matched text taken directly, not through ``groupdict``)."""
    from underthesea.pipeline.text_normalize.character_normalize import normalize_characters_in_text
    from underthesea.pipeline.word_tokenize.regex_tokenize import patterns

    match_at = patterns.match

    def split(text: str) -> list[str]:
        # No pattern matches white space, and between two spaces every character starts a
        # match, so the text is matched run by run; a run of letters is one syllable unless
        # it opens like "Th.s", the one pattern before ``word`` that a run of letters can meet.
        text = normalize_characters_in_text(text)
        syllables = []
        for run in _NON_SPACE_RUN.finditer(text):
            chunk = run.group()
            if chunk.isalpha() and not chunk.startswith("Th"):
                syllables.append(chunk)
                continue
            position, end = run.start(), run.end()
            while position < end:
                match = match_at(text, position)
                syllables.append(match.group())
                position = match.end()
        return syllables

    return split


@cache
def pyvi_models():
    from pyvi import ViPosTagger, ViTokenizer

    return ViTokenizer, ViPosTagger


@cache
def sentence_splitter():
    from underthesea import sent_tokenize

    return sent_tokenize
