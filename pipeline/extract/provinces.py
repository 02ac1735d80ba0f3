"""Province mentions: the 63 units before 1 July 2025 (names and codes from underthesea's
address data), the unit of the 34 that holds each since, in the spellings people write.

Persons ("Chủ tịch Hồ Chí Minh", "Nguyễn Thái Bình"), streets, rivers and battles
("đường Điện Biên Phủ", "sông Đồng Nai") are not provinces.
"""
from __future__ import annotations

import re
from functools import cache
from types import MappingProxyType

from ..matching import LexiconEntry, Match, PhraseMatcher, resolve_overlaps
from ..records import ProvinceMention
from ..resources import lexicon, matcher, place_names, provinces, provinces_holding, words

_NEW_TONE_TO_OLD = MappingProxyType({"òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ",
                    "òe": "oè", "óe": "oé", "ỏe": "oẻ", "õe": "oẽ", "ọe": "oẹ",
                    "ùy": "uỳ", "úy": "uý", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ"})
_PREVIOUS_WORD = re.compile(r"([^\W\d_]+)[\s]*$")
_PERSON_MARKERS = frozenset({"Thị", "Văn"})
_HONORIFICS = frozenset({"ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "cháu", "bé", "cụ", "con", "mẹ", "bố"})
# Surnames that are also words of organisation names ("Tỉnh Đoàn Long An").
LIST_LOOK_BACK = 120
PLURAL_MARKERS = frozenset({"các", "những", "hai", "ba", "bốn", "năm"})
_SURNAMES_ALSO_ORGS = frozenset({"Đoàn", "Đảng", "Hội", "Đồng"})


def old_tone_placement(name: str) -> str:
    """The same name with the tone mark placed the old way.

    >>> old_tone_placement("Khánh Hòa")
    'Khánh Hoà'
    """
    for new, old in _NEW_TONE_TO_OLD.items():
        name = name.replace(new, old)
    return name


@cache
def province_matcher() -> PhraseMatcher:
    """Case-sensitive matcher: province names are capitalised, "hòa bình" (peace) is not one."""
    entries = []
    for name in provinces():
        if name == "Hồ Chí Minh":  # bare, it is the President; the city needs "TP."
            continue
        for variant in {name, name.upper(), old_tone_placement(name), old_tone_placement(name).upper()}:
            entries.append(LexiconEntry("PROVINCE", variant, name, {"province": name}))
    for entry in lexicon("places"):
        if entry.label in ("PROVINCE", "NOT_PROVINCE"):
            entries.append(entry)
    return PhraseMatcher(entries, lower=False, drop_quotes=False)


@cache
def _preceding_traps() -> tuple[tuple[str, str], ...]:
    """(word, unless) pairs: a word that makes the name after it a river, a street, a park, a prize,
    a hotel or a market ("sông", "xa lộ", "công viên", "giải thưởng", "khách sạn", "chợ"; the
    lexicon's ``kind``), or a ward; "phố" is a street unless "thành phố"."""
    return tuple((trap, unless) for trap, unless, _ in _preceding_traps_by_kind())


@cache
def _preceding_traps_by_kind() -> tuple[tuple[str, str, str], ...]:
    return tuple((e.pattern.lower(), e.attrs.get("unless", ""), e.attrs.get("kind", "")) for e in lexicon("places")
                 if e.label == "PRECEDING_TRAP")


def _previous_word(text: str, start: int) -> str:
    m = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    return m.group(1) if m and m.end() == start or (m and not text[m.end():start].strip()) else ""


def _listed_after_trap(text: str, start: int) -> bool:
    """A name in a list after a plural trap word: "các phường Thống Nhất, Vĩnh Phúc", "các tuyến
    đường Lê Lợi, Thái Nguyên" (not the province of an address: "huyện Buôn Đôn, Đắk Lắk",
    "số 5 đường Lê Lợi, Hà Tĩnh")."""
    before = text[max(0, start - LIST_LOOK_BACK): start]
    items = re.split(r",\s*|\s+và\s+", before)
    if len(items) < 2 or items[-1].strip():
        return False
    for item in reversed(items[:-1]):
        words = item.split()
        if not words:
            return False
        head = _plural_trap_head(words)
        if head is not None:
            return head
        if not all(w[:1].isupper() for w in words) or len(words) > 4:
            return False
    return False


def _plural_trap_head(words: list[str]) -> bool | None:
    """Whether the words end with a trap word and a name, the word plural ("các tuyến đường
    Lê Lợi": True; "xã Hòa Bình": False); None when no trap word heads a name there."""
    lowered = [w.lower() for w in words]
    for i in range(len(words) - 1, -1, -1):
        if not all(w[:1].isupper() for w in words[i + 1:]) or i + 1 == len(words):
            continue
        for trap, unless in _preceding_traps():
            size = len(trap.split())
            first = i - size + 1
            if first < 0 or " ".join(lowered[first:i + 1]) != trap:
                continue
            if unless and " ".join(lowered[max(0, i - len(unless.split()) + 1):i + 1]) == unless:
                continue
            just_before = lowered[first - 1] if first > 0 else ""
            two_before = lowered[first - 2] if first > 1 else ""
            # "3 xã", not a year ("năm 2024 xã") or a house number ("số 12 đường")
            counted = just_before.isdigit() and len(just_before) <= 2 and two_before != "số"
            # "các tuyến đường", "hai cây cầu": a classifier between; not "năm nay xã ..."
            return counted or just_before in PLURAL_MARKERS or (two_before in PLURAL_MARKERS and two_before != "năm")
    return None


@cache
def _foreign_country_after() -> re.Pattern:
    """A foreign country right after a name, in brackets or after a comma: "Hà Nam (Trung Quốc)",
    "Hà Nam, Trung Quốc" (after a comma not the countries that are also common words: "Lào")."""
    foreign = [e for e in lexicon("countries") if e.label == "COUNTRY" and e.attrs.get("name") != "Việt Nam"]
    def group(entries):
        return "|".join(re.escape(e.pattern) for e in sorted(entries, key=lambda e: -len(e.pattern)))
    plain = group(e for e in foreign if not e.attrs.get("ambiguous"))
    return re.compile(rf"\s*\(\s*(?:{group(foreign)})\s*\)|\s*,\s*(?:{plain})(?!\w)")


def _abroad(text: str, match: Match) -> bool:
    """ "tỉnh Hà Nam (Trung Quốc)", "tỉnh Hà Nam, Trung Quốc": a province of another country that has
    a Vietnamese province's name; after a comma only a unit's name that no list goes on from
    ("Lạng Sơn, Trung Quốc và Lào" are three places)."""
    after = _foreign_country_after().match(text, match.end)
    if not after:
        return False
    if after.group().rstrip().endswith(")"):
        return True
    unit = re.search(r"(?:tỉnh|thành phố|TP\.?)\s*$", text[max(0, match.start - 12):match.start], re.IGNORECASE)
    rest = text[after.end():].lstrip()
    return bool(unit) and not rest[:1].isupper() and not re.match(r"(?:,|và\b|cùng\b|với\b)", rest)


_MANY = frozenset({"các", "những", "nhiều"})


def _owner_of_many(text: str, match: Match, before_trap: str, trap: str) -> bool:
    """ "giá rau ở các chợ Hà Nội", "nhiều tuyến đường Hà Nội ngập": the province that has them,
    not a name; a list goes on from a name ("các tuyến đường Hà Nội, Hải Phòng"), and a ward's
    word keeps its place ("các xã Hòa Bình" is the trap of the admin units)."""
    listed = re.match(r"\s*(?:,|\s và)\s*(\w)", text[match.end:])
    if trap in _admin_unit_words() or (listed and listed.group(1).isupper()):
        return False
    words_before = before_trap.split()[-2:]
    return bool(words_before) and (words_before[-1] in _MANY or (len(words_before) == 2 and words_before[0] in _MANY))


@cache
def _admin_unit_words() -> frozenset[str]:
    return frozenset(e.pattern.lower() for e in lexicon("places") if e.label == "PRECEDING_TRAP" and e.attrs.get("admin_unit"))


def _is_trap(text: str, match: Match) -> bool:
    if _listed_after_trap(text, match.start) or _abroad(text, match):
        return True
    before = text[max(0, match.start - 30): match.start].lower().rstrip()
    # the second end of a road named by its two ends: "cao tốc Hà Nội - Hải Phòng", "đường Quảng Ngãi - Kon Tum"
    if any(_after_a_road_word(text, start) for start in _first_end_of_a_pair(text, match.start)):
        return True
    for trap, unless in _preceding_traps():
        if not before.endswith(trap):
            continue
        if (len(before) == len(trap) or not before[-len(trap) - 1].isalnum()) and not (unless and before.endswith(unless)):
            return not _owner_of_many(text, match, before[:-len(trap)], trap)
    previous = _previous_word(text, match.start)
    if previous in _PERSON_MARKERS or (
        previous and previous not in _SURNAMES_ALSO_ORGS and previous.lower() in words("surnames")
        and previous[0].isupper()
    ):
        return True
    if _after_a_form_of_address(text, match.start, previous):
        return True
    province = match.entry.attrs.get("province", "")
    if " " not in province and " " not in match.entry.pattern:
        # A one-syllable name ("Huế") is also a given name: "chị Huế", "Nguyễn Thị Huế".
        if previous.lower() in _HONORIFICS or (previous[:1].isupper() and previous.lower() not in words("organisations")
                                               and previous.lower() not in _CITY_WORDS):
            return True  # not after "TP": "UBND TP Huế"
    return False


_CITY_WORDS = frozenset({"tp", "tp.", "tỉnh", "thành phố"})
_PAIR_DASH = re.compile(r"(?<=\w)\s?[-–]\s?$")
MAX_NAME_WORDS = 4


@cache
def _road_words() -> tuple[str, ...]:
    return tuple(trap for trap, _, kind in _preceding_traps_by_kind() if kind == "road")


def _after_a_road_word(text: str, start: int) -> bool:
    """ "cao tốc Hà Nội", "tuyến đường Quảng Ngãi"; not "lên đường Hà Nội" (setting off for it)."""
    before = text[max(0, start - 30):start].lower().rstrip()
    return any(before.endswith(w) and (len(before) == len(w) or not before[-len(w) - 1].isalnum())
               and not before[:-len(w)].rstrip().endswith("lên") for w in _road_words())


def _first_end_of_a_pair(text: str, start: int) -> list[int]:
    """Where a place named before the dash that ends just before ``start`` may begin, last word
    first: "Hà Nội" in "cao tốc Hà Nội - Hải Phòng", "Quảng Ngãi" in "Đường Quảng Ngãi - Kon Tum",
    "Hà Nội-Hải Phòng"; not a street's name ("Đường Võ Nguyên Giáp - Đà Nẵng": the street, then its
    city). Empty when no such place stands there."""
    dash = _PAIR_DASH.search(text, max(0, start - 4), start)
    if not dash:
        return []
    offset = max(0, dash.start() - 60)
    starts = []
    for w in reversed(list(re.finditer(r"\S+", text[offset:dash.start()]))[-MAX_NAME_WORDS:]):
        if not w.group(0)[:1].isupper():
            break
        if text[offset + w.start():dash.start()] in _known_places():
            starts.append(offset + w.start())
    return starts


@cache
def _known_places() -> frozenset[str]:
    return place_names() | frozenset(provinces())


def _after_a_form_of_address(text: str, start: int, previous: str) -> bool:
    """ "chị Hà Giang", "theo anh Hà Nam": a person's given name, not the province. Not a pair of
    kin words or a plural, which mean people of the place: "bà con Hà Giang", "anh em Hà Tĩnh",
    "các em Hà Giang"."""
    if previous.lower() not in _HONORIFICS or previous.lower() == "con":
        return False
    earlier = text[max(0, start - 40):start].split()
    before = earlier[-2].lower() if len(earlier) > 1 else ""
    return before not in _HONORIFICS and before not in PLURAL_MARKERS


def extract_provinces(text: str) -> list[ProvinceMention]:
    """Every province mention of a text, with its code and its unit since July 2025.

    >>> [(p.mention, p.province, p.province_2025) for p in extract_provinces(
    ...     "Bí thư Tỉnh ủy Quảng Nam dự; Chủ tịch Hồ Chí Minh; TP.HCM; sông Đồng Nai")]
    [('Quảng Nam', 'Quảng Nam', 'Đà Nẵng'), ('TP.HCM', 'Hồ Chí Minh', 'Hồ Chí Minh')]
    """
    table = provinces()
    found = []
    for match in resolve_overlaps(province_matcher().find_all(text)):
        if match.entry.label != "PROVINCE" or _is_trap(text, match):
            continue
        province = table[match.entry.attrs["province"]]
        found.append(ProvinceMention(text[match.start:match.end], province.name, province.code,
                                     province.name_2025, match.start, match.end))
    return found


def _ascii_key(text: str) -> str:
    from underthesea.address.normalizer import normalize_key

    return normalize_key(text)


@cache
def _outlet_provinces() -> tuple[tuple[str, str], ...]:
    """(ascii key, province) pairs: every province's own name, and the outlets of
    ``lexicons/outlets.jsonl`` whose names do not contain their province's."""
    pairs = [(_ascii_key(name), name) for name in provinces()]
    pairs += [(_ascii_key(e.pattern), e.attrs["province"]) for e in lexicon("outlets")
              if e.label == "OUTLET" and not e.attrs.get("code")]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


@cache
def _outlet_codes() -> dict[str, str]:
    """The initials provincial papers sign their ledes with: "QNO" is Báo Quảng Nam."""
    return {e.pattern.upper(): e.attrs["province"] for e in lexicon("outlets") if e.label == "OUTLET" and e.attrs.get("code")}


def province_of_outlet(outlet: str) -> str:
    """The province a provincial outlet belongs to: "Baonghean.vn" -> "Nghệ An", "QNO" -> "Quảng Nam".

    >>> province_of_outlet("Baonghean.vn"), province_of_outlet("BDK.VN")
    ('Nghệ An', 'Bến Tre')
    """
    code = outlet.upper().removesuffix(".VN")
    if code in _outlet_codes():
        return _outlet_codes()[code]
    key = _ascii_key(outlet)
    for name_key, province in _outlet_provinces():
        if name_key and name_key in key:
            return province
    return ""


_TIER_WORDS = {"city": "huyện", "district": "huyện", "commune": "xã"}


def places_named(text: str) -> list[str]:
    """The names after the word of a district or commune ("huyện", "xã", "TP", "Huyện ủy"),
    brackets included, each after the word of its tier ("huyện" for a district or a city):

    >>> places_named("Chủ tịch UBND xã Đắk Ha (huyện Đắk G'Long), Bí thư Thành ủy Hội An")
    ['xã Đắk Ha', "huyện Đắk G'Long", 'huyện Hội An']
    """
    names = []
    for m in resolve_overlaps(matcher("office_levels", drop_quotes=True).find_all(text)):
        tier = _TIER_WORDS.get(m.entry.attrs.get("level"))
        if not tier:
            continue
        words_after = []
        for word in text[m.end:m.end + 60].split():
            core = word.strip(",;:.()")
            if not core or not (core[0].isupper() or core[0].isdigit()):
                break
            words_after.append(core)
            if core != word.rstrip("."):  # punctuation ends the name
                break
        if words_after:
            names.append(" ".join([tier, *words_after]))
    return names


def province_of_places(names: list[str], default: str = "") -> str:
    """The province that holds the districts and communes named, when the address data knows only
    one (``default`` when it is among them, or when they do not agree).

    >>> province_of_places(["Đắk Ha", "Đắk G'Long"], "Hồ Chí Minh"), province_of_places(["Tam Đường"])
    ('Đắk Nông', 'Lai Châu')
    """
    held = [h for h in map(provinces_holding, names) if h]
    if not held:
        return default
    common = frozenset.intersection(*held) or held[-1]
    if default in common or len(common) != 1:
        return default
    return next(iter(common))


def document_province(mentions: list[ProvinceMention], outlet: str = "", title_end: int = 0) -> str:
    """The one province an article is about: the one its text names most (a mention in
    the headline counts twice), or its outlet's when the text names none or names it among others
    and the headline names no other. A district or a commune
    named alone does not name its province (the annotation guide), and an article that spreads
    over many provinces with no clear lead is about none.

    >>> document_province([], "Baonghean.vn"), document_province([], "")
    ('Nghệ An', '')
    """
    if not mentions:
        return province_of_outlet(outlet) if outlet else ""
    counts: dict[str, int] = {}
    first_seen: dict[str, int] = {}
    for m in mentions:
        counts[m.province] = counts.get(m.province, 0) + (2 if m.start < title_end else 1)
        first_seen.setdefault(m.province, m.start)
    ranked = sorted(counts, key=lambda p: (-counts[p], first_seen[p]))
    if len(ranked) == 1:
        return ranked[0]
    outlet_province = province_of_outlet(outlet) if outlet else ""
    headline = {m.province for m in mentions if m.start < title_end}
    # the outlet's province leads among those the text names, unless the headline names others:
    # a provincial paper's "Đắk Nông: ..." is about Đắk Nông, whatever else the text names
    if outlet_province in counts and (not headline or outlet_province in headline):
        return outlet_province
    top, second = counts[ranked[0]], counts[ranked[1]]
    if top > second or len(ranked) <= 2:
        return ranked[0]
    return ""


def province_of_most_places(places: list[str]) -> str:
    """The province that holds most of the places named that only one province has ("huyện Tam
    Đường": Lai Châu): where an office "tỉnh" is, when the article names no province.

    >>> province_of_most_places(["Tam Đường", "Sìn Hồ"])
    'Lai Châu'
    """
    votes: dict[str, int] = {}
    for place in places:
        held = provinces_holding(place)
        if len(held) == 1:
            province = next(iter(held))
            votes[province] = votes.get(province, 0) + 1
    ranked = sorted(votes.values(), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0] == ranked[1]):
        return ""
    return max(votes, key=votes.get)
