"""Officials: a named person next to a position, in either order.

    Bí thư Tỉnh ủy Quảng Nam Phan Việt Cường            title, then name
    đồng chí Lê Hồng Vinh - Phó Chủ tịch UBND tỉnh        name, separator, title
    Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy ... Phan Việt Cường   a chain of positions

A title is a chain that starts at a position head (``lexicons/positions.jsonl``) and runs
on through organisations, countries, provinces, administrative nouns ("tỉnh", "xã"), the
capitalised words of an organisation's name ("Ban Dân vận") and a comma before the next
position. A name is a run of capitalised syllables (``Y Ngọc``, ``Hơ Jan Thanh Hà``,
``Donald Trump``) just after the chain or just before a separator that precedes it.
"ông", "bà", "đồng chí" are dropped; a later "ông Nên" is tied to the full name.
Bylines and photo credits have no position next to them, so they never qualify.
"""
from __future__ import annotations

import dataclasses
import itertools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache

from ..matching import Enclosures, LexiconEntry, Match, PhraseMatcher, resolve_overlaps
from ..records import Official, ProvinceMention, Sentence, Token
from ..resources import alternation, lexicon, place_names, provinces, words
from .provinces import extract_provinces

_SYLLABLE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*['’]?|[^\w\s]", re.UNICODE)
CHAIN_LABELS = frozenset({"POSITION", "ORG", "ORG_HEAD", "COUNTRY", "PROVINCE", "ADMIN", "NON_STATE"})
# Position levels that name an office on their own ("Thủ tướng", "Bí thư"); a generic head
# ("Giám đốc", "Trưởng phòng") is an office of the state only with the body it heads.
SELF_STANDING_LEVELS = frozenset({"central", "party", "state", "front", "mass", "army", "police", "judicial",
                                  "village", "foreign"})
SELF_STANDING_GENERIC = ("chủ tịch", "phó chủ tịch", "thống đốc", "người phát ngôn")
NAME_SEPARATORS = frozenset({"-", "–", "—", ",", "(", ":"})
# Administrative nouns that a place's name follows ("huyện Lắk"), not "nước Cộng hòa ...".
PLACE_ADMIN = frozenset({"tỉnh", "thành phố", "tp", "tp.", "huyện", "quận", "thị xã", "tx", "tx.", "thị trấn", "xã",
                         "phường", "thôn", "ấp", "bản", "buôn", "làng", "plei", "khu phố", "khóm", "tổ dân phố"})
PROVINCIAL_ADMIN = frozenset({"tỉnh", "thành phố", "tp", "tp.", "trung ương", "toàn quốc", "nước", "cấp tỉnh"})
TITLE_PREFIXES = frozenset({"nguyên", "quyền", "tân", "cựu"})
TERM_WORDS = frozenset({"khóa", "khoá"})
HOME_COUNTRY = frozenset({"Việt", "Nam"})
MAX_NAME = 5
MAX_BODY_BEFORE = 9  # syllables of a post and its body between a name and the holder's next post
COMMITTEE_ENDINGS = frozenset({"ủy", "uỷ", "đoàn", "đội"})  # "Huyện ủy", "Huyện đoàn", "Huyện đội" after a unit's word
MIDDLE_NAMES = frozenset({"Văn", "Thị"})  # a man's and a woman's middle name: the word before is the family name
FORCES = frozenset({"army", "police"})
# How many sentences back an officer named by a rank alone may find the post no one was named for.
MAX_POST_DISTANCE = 3
SENIOR_GRADES = frozenset({"field", "general"})
MIN_UNGLUED_NAME = 3  # syllables left of a name once a glued word is dropped
MAX_LOWER_POST = 15  # words of a post written in lower case after an officer's name
PRONOUN_ADVERBS = frozenset({"cũng", "còn", "đã", "hiện", "vẫn", "nay"})
# Words that never stand in a body's name written in lower case: they start a clause.
_NOT_BODY_WORDS = frozenset({"đã", "đang", "sẽ", "được", "bị", "là", "cho", "của", "tại", "về", "với", "và", "cùng",
                             "các", "những", "này", "đó", "khi", "thì", "mà", "đến", "từ", "trong", "ngoài", "vừa"})
PREDICATE_STARTS = frozenset({"đã", "đang", "sẽ", "được", "bị", "là", "và", "cùng", "với", "cho", "luôn", "vẫn", "cũng"})
_FOREIGN_LETTERS = re.compile(r"[fjwzFJWZ]")
_ROMAN = re.compile(r"^[IVXLC]+$")
_SHORT_FORM = re.compile(r"(?<!\w)(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí|[Aa]nh|[Cc]hị)\s+([^\W\d_]+(?:['’][^\W\d_]+)?"
                         r"(?:\s+[^\W\d_]+(?:['’][^\W\d_]+)?){0,2})")
_FULL_NAME_AFTER_HONORIFIC = re.compile(r"(?<!\w)([Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị)\s+((?:[A-ZĐ][^\W\d_]*\s+){2,3}[A-ZĐ][^\W\d_]*)")


def _gender(honorific: str) -> str:
    """ "m" after "ông", "anh"; "f" after "bà", "chị"; "" after "đồng chí"."""
    low = honorific.lower()
    return "m" if low in ("ông", "anh") else "f" if low in ("bà", "chị") else ""
_PLACE_BEFORE = re.compile(r"(?:\b(?:tỉnh|thành phố|huyện|quận|xã|phường|thị xã|thị trấn|TP\.?)|đường|phố)\s*$",
                           re.IGNORECASE)
RESUMING_LABELS = frozenset({"ORG", "ORG_HEAD", "PROVINCE", "ADMIN"})
NOUN_POS = frozenset({"N", "Nc", "Ny", "Nu", "Np"})
BRIDGE_POS = NOUN_POS | {"A"}
MAX_BRIDGE = 7
TASK_BREAKS = frozenset({"với", "tại", "nhằm", "để", "cho", "đã", "sẽ", "đang", "vừa", "được", "bị"})
ACCREDITED_ALSO = frozenset({"kiêm nhiệm"})  # an ambassador's other countries
MAX_TASK_WORDS = 16  # "phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"
MAX_BRACKET = 8
MAX_ASIDE_BRACKET = 12  # syllables of a bracket between a name and its title
STATE_BODY_LABELS = frozenset({"ORG", "ORG_HEAD", "PROVINCE", "ADMIN", "COUNTRY"})
NAME_PARTICLES = frozenset({"bin", "bint", "ibn", "al", "el", "von", "van", "der", "den", "de", "da", "di", "du", "la", "le", "dos", "das", "del", "y"})
PLURAL_WORDS = frozenset({"các", "những", "hai", "ba", "bốn", "năm", "sáu", "2", "3", "4", "5", "6"})
LIST_OPENERS = frozenset({":", "gồm", "là"})
POSITION_SEPARATORS = frozenset({",", ";", "kiêm", "và", "-", "–", "nguyên", "quyền"})
# Letter sequences that Vietnamese syllables never have: foreign and ethnic-minority names.
_VOWEL = "[aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ]"
# ... and a consonant between two vowels: a syllable has one vowel group ("Variava", "Cristina")
_NOT_VIETNAMESE = re.compile(r"(.)\1|[bdđklqrsvx]$|(?<![cn])h$|(?<!n)g$|"
                             r"[bcdđghklmnpqrstvx][bcdđklmnpqrstvx](?<!ng)(?<!nh)(?<!ch)(?<!tr)(?<!th)(?<!ph)(?<!kh)(?<!gh)|"
                             + _VOWEL + "[bcdđghklmnpqrstvx]+" + _VOWEL)


@dataclass(slots=True)
class _Syllable:
    start: int
    end: int
    text: str
    labels: set[str] = field(default_factory=set)
    pos: str = ""
    weak: bool = False  # covered only by a one-word or ambiguous unit that may be part of a name
    starts_position: bool = False
    self_standing: bool = False
    nested_position: bool = False
    admin: str = ""
    bridge_end: int = 0  # index after a BRIDGE phrase that starts here
    copula_end: int = 0  # index after a COPULA phrase ("là", "giữ chức") that starts here
    copula_start: int = -1  # index where a COPULA phrase that ends here starts
    copula_reaches_back: bool = False  # ends a COPULA whose subject may be a clause back ("giữ chức")
    copula_former: bool = False  # ends a COPULA that says the post is a former one ("nguyên là"), kept in the title
    rank: bool = False  # inside a military or police rank ("Đại úy")
    force: bool = False  # inside a position or a body of the army or the police ("Chính ủy", "Công an tỉnh")
    service: bool = False  # heads a public service unit ("Viện"): its head alone holds no office of the state
    agency: bool = False  # heads a body of the state administration ("Cục", "Sở"), whatever it oversees
    shared: bool = False  # starts a post several may hold at once: a deputy's, a member's
    civic: bool = False  # inside a Party post, or a body of the Party, the Front or a mass organisation
    by_task: bool = False  # ends a body named by its task, in lower case: "Ban Chỉ đạo" (phòng, chống ...)
    foreign_head: bool = False  # starts a title whose holders are often foreign ("Tổng thống", "Thủ tướng")

    @property
    def is_cap(self) -> bool:
        return _is_cap(self.text)

    @property
    def is_number(self) -> bool:
        return self.text.isdigit()

    @property
    def name_eligible(self) -> bool:
        return self.is_cap and (not self.labels or self.weak)


# word lists of title_words read by their own rules (_lower_case_post, _lower_body_end, _list_opening,
# _task_end, the copulas' adverbs), never matched in the text
WORD_LIST_LABELS = frozenset({"LOWER_POST", "POST_OBJECT", "BODY_WORD", "LIST_GAP", "TASK_WORD", "COPULA_ADVERB"})


@cache
def _title_matcher() -> PhraseMatcher:
    return PhraseMatcher((e for name in ("positions", "organisations", "countries", "title_words") for e in lexicon(name)
                          if e.label not in WORD_LIST_LABELS), lower=True, drop_quotes=True)


def _is_surname(run: list[_Syllable], i: int) -> bool:
    return starts_with_surname([s.text for s in run[i:i + 2]])


def starts_with_surname(names: list[str]) -> bool:
    """ "Nguyễn ...", "H'Yim ...", "Rơ Mah ...": the words begin with a family name."""
    surnames = words("surnames")
    first = names[0].lower()
    if first in surnames or (first.endswith(("'", "’")) and first[:-1] + "'" in surnames):
        return True
    if "'" in first or "’" in first:
        return first.split("'")[0].split("’")[0] + "'" in surnames
    return len(names) > 1 and f"{first} {names[1].lower()}" in surnames


def _syllables(text: str, sentence: Sentence, units: list[Match], provinces, tokens: list[Token]) -> list[_Syllable]:
    sylls = [_Syllable(sentence.start + m.start(), sentence.start + m.end(), m.group(0))
             for m in _SYLLABLE.finditer(sentence.text)]
    index = {s.start: i for i, s in enumerate(sylls)}
    i = 0
    for token in tokens:
        while i < len(sylls) and sylls[i].start < token.start:
            i += 1
        k = i
        while k < len(sylls) and sylls[k].end <= token.end:
            sylls[k].pos = token.pos
            k += 1
    ends = {s.end: i for i, s in enumerate(sylls)}
    word_ends = {t.start: t.end for t in tokens}
    org_spans = []
    bridges = Enclosures((m.start, m.end) for m in units if m.entry.label == "BRIDGE")
    country_spans = [(m.start, m.end) for m in units if m.entry.label == "COUNTRY" and " " in m.entry.pattern]
    countries = Enclosures(country_spans)
    for m in units:
        label = m.entry.label
        first, last = index.get(m.start), ends.get(m.end)
        if first is None or last is None or label == "ACTION_VERB":
            continue  # what a holder does is read by its words ("thăm"), and may be a name's ("Lò Văn Thăm")
        if label == "ADMIN" and first == last and text[m.start].isupper() and 0 < first and sylls[first - 1].is_cap \
                and (not sylls[first - 1].labels or sylls[first - 1].weak) and (first == len(sylls) - 1 or not sylls[first + 1].is_number):
            continue  # "Buôn" inside an Ê Đê name ("Y Jut Buôn Krông"), "Quận" ending one ("Trần Đức Quận"), not "Quận 8"
        if label == "ADMIN" and m.entry.attrs.get("named") and word_ends.get(m.start, m.end) > m.end:
            continue  # "buôn" in the word "buôn lậu", "ấp" in "ấp ủ": no village; "Chi bộ thôn cho biết" is one
        if label == "ADMIN" and countries.hold(m.start, m.end):
            continue  # "Bản" in "Nhật Bản"
        if any(a < m.start < b < m.end for a, b in country_spans):
            continue  # "Quốc vương" across "Trung Quốc Vương Nghị"
        if label == "ADMIN" and bridges.hold(m.start, m.end):
            continue  # "xã" in "Ủy ban Văn hóa xã hội", "thôn" in "Phát triển nông thôn"
        if label in ("ORG", "ORG_HEAD") and first < last < len(sylls) - 1 and sylls[last].is_cap \
                and text[m.start].islower() and sylls[last + 1].is_cap \
                and starts_with_surname([sylls[last].text, sylls[last + 1].text]):
            continue  # "Chủ tịch UBND tỉnh Đoàn Văn Việt": a family name, not the body "Tỉnh đoàn"
        ambiguous = bool(m.entry.attrs.get("ambiguous"))
        if (ambiguous or label == "ORG_HEAD" or (label == "NON_STATE" and " " not in m.entry.pattern)) \
                and not text[m.start].isupper():
            continue  # "phòng" in "Quốc phòng" heads nothing, "báo" in "báo cáo" is no newspaper
        if ambiguous and label == "COUNTRY" and _begins_a_place(sylls, last):
            continue  # "Mỹ" in "Đồn Biên phòng Mỹ Lý", "Nga" in "huyện Nga Sơn"
        one_word = first == last
        # A one-word honorific or organisation head, or an ambiguous country, written with a
        # capital may be part of a name: "Trần Tuấn Anh", "Đoàn Văn Hưng".
        weak = ambiguous or (one_word and label in ("HONORIFIC", "ORG_HEAD"))
        if label == "BRIDGE":
            sylls[first].bridge_end = max(sylls[first].bridge_end, last + 1)
            continue
        if label == "COPULA":
            sylls[first].copula_end = max(sylls[first].copula_end, last + 1)
            sylls[last].copula_start = first if sylls[last].copula_start < 0 else min(sylls[last].copula_start, first)
            sylls[last].copula_reaches_back = sylls[last].copula_reaches_back or bool(m.entry.attrs.get("reaches_back"))
            sylls[last].copula_former = sylls[last].copula_former or bool(m.entry.attrs.get("former"))
            continue
        for i in range(first, last + 1):
            had = bool(sylls[i].labels)
            sylls[i].labels.add(label)
            sylls[i].weak = (sylls[i].weak or not had) and weak
        if label == "POSITION":
            sylls[first].starts_position = True
            level = m.entry.attrs.get("level", "")
            kind = m.entry.attrs.get("kind", "")
            standing = level in SELF_STANDING_LEVELS or kind == "rank" or (
                m.entry.pattern.lower() in SELF_STANDING_GENERIC)
            sylls[first].self_standing = sylls[first].self_standing or standing
            if kind == "rank":
                for i in range(first, last + 1):
                    sylls[i].rank = True
            sylls[first].foreign_head = sylls[first].foreign_head or bool(m.entry.attrs.get("foreign_head"))
            sylls[first].shared = sylls[first].shared or kind in ("deputy", "member")
        if (label == "POSITION" and m.entry.attrs.get("level") == "party") or (
                label == "ORG" and m.entry.attrs.get("kind") in ("party", "front", "mass")):
            for i in range(first, last + 1):
                sylls[i].civic = True
        if label in ("ORG", "ORG_HEAD") and not one_word:
            org_spans.append((first, last))
        if label in ("ORG", "ORG_HEAD") and m.entry.attrs.get("named_by_task"):
            sylls[last].by_task = True
        if label == "ORG_HEAD" and m.entry.attrs.get("service"):
            sylls[first].service = True
        if label == "ORG_HEAD" and m.entry.attrs.get("agency") and "POSITION" not in sylls[first].labels:
            sylls[first].agency = True
        if (m.entry.attrs.get("kind") if label == "ORG" else m.entry.attrs.get("level")) in FORCES:
            for i in range(first, last + 1):
                sylls[i].force = True
        if label == "ADMIN" or (label == "ORG" and m.entry.attrs.get("placed")):
            sylls[last].admin = m.entry.pattern.lower()  # a place's name follows: "xã Ea Huar", "Đồn Biên phòng A Pa Chải"
        if label == "BRIDGE":
            sylls[first].bridge_end = max(sylls[first].bridge_end, last + 1)
    for p in provinces:
        first, last = index.get(p.start), ends.get(p.end)
        if first is None or last is None:
            continue
        for i in range(first, last + 1):
            sylls[i].labels.add("PROVINCE")
            sylls[i].weak = False
    for first, last in org_spans:
        for i in range(first + 1, last + 1):
            if sylls[i].starts_position:
                sylls[i].nested_position = True
    adverbs = words("title_words", "COPULA_ADVERB")
    for s in sylls:  # "ông A vừa được bầu làm ...": the adverb before a copula is the copula's
        while s.copula_start > 0 and sylls[s.copula_start - 1].text.lower() in adverbs:
            s.copula_start -= 1
    _unlabel_places_after_admin(sylls)
    return sylls


def _unlabel_places_after_admin(sylls: list[_Syllable]) -> None:
    """The place an administrative noun names is a place, not a body or a title:
    "Hội" in "TP Hội An", "Đoàn" in "xã Đoàn Kết"."""
    for i, s in enumerate(sylls[:-1]):
        if not s.admin or "PROVINCE" in sylls[i + 1].labels:
            continue
        run = list(itertools.takewhile(lambda x: x.is_cap, sylls[i + 1:i + 5]))
        for place in run[:_known_place_length(run)]:
            place.labels.clear()
            place.weak = place.starts_position = place.self_standing = place.rank = False


def _orgish_token_end(sylls: list[_Syllable], j: int, token_ends: dict[int, int]) -> int | None:
    """A capitalised word of an organisation's name ("Dân vận", "Tuyên giáo"): a token that
    starts capitalised here and goes on in lower case. Returns the index after it."""
    if not sylls[j].is_cap or sylls[j].starts_position or (j > 0 and sylls[j - 1].admin in PLACE_ADMIN):
        return None  # after "huyện", "xã" a place's name: "huyện Lắk" in "... huyện Lắk dự"
    end = token_ends.get(sylls[j].start)
    if end is None or end <= sylls[j].end:
        return None
    k = j + 1
    while k < len(sylls) and sylls[k].end <= end:
        if sylls[k].is_cap or sylls[k].text.lower() in NAME_PARTICLES:
            return None  # a name, not a body: "Abdullah bin"
        k += 1
    return k


def _is_acronym(word: str) -> bool:
    """ "CSGT", "KBNN", "LĐ-TB&XH": an organisation's initials inside a title."""
    letters = [c for c in word if c.isalpha()]
    return 2 <= len(letters) <= 10 and all(c.isupper() for c in letters) and not _ROMAN.match(word)


def _bridge_end(sylls: list[_Syllable], j: int) -> int | None:
    """Lower-case nouns inside a body's name, up to where the chain resumes:
    "Phòng CSGT đường bộ - đường sắt Công an tỉnh", "Hội nạn nhân chất độc da cam xã"; not what
    the holder does, even where the tokenizer glued it to the body ("Liên hợp quốc thăm Việt Nam")."""
    k = j
    while k < len(sylls) and k - j < MAX_BRIDGE:
        s = sylls[k]
        if s.labels & RESUMING_LABELS or (k > j and s.is_cap):
            return k
        if _opens_with(sylls, k, words("title_words", "ACTION_VERB")):
            return None
        if s.is_cap or not (s.pos in BRIDGE_POS or s.text in ("-", "–", "và")) or "HONORIFIC" in s.labels \
                or (s.text.lower() in _NOT_BODY_WORDS and s.text != "và"):
            return None  # "Chủ tịch UBND xã cùng ông Trần Văn Bảo": the next person, not the body's name
        k += 1
    return None


def _lower_body_end(sylls: list[_Syllable], j: int) -> int | None:
    """Lower-case words that end the name of the body just begun, kept only where the same
    person's chain goes on after them: another post ("Bí thư Đảng ủy cơ quan, Chủ tịch ..."),
    the parent body ("Phó trưởng Ban Xây dựng tổ chức hội, Hội LHPN tỉnh") or what it belongs
    to ("Giám đốc Ban quản lý vốn sự nghiệp kinh tế giao thông (thuộc Sở GTVT)"). Returns where
    the chain resumes."""
    n = len(sylls)
    k = j
    while k < n and k - j < MAX_BRIDGE and sylls[k].text[:1].isalpha() and not sylls[k].is_cap \
            and not sylls[k].labels and sylls[k].text.lower() not in _NOT_BODY_WORDS:
        k += 1
    if k == j or k + 1 >= n or _opens_with(sylls, j, words("speech", "SPEECH_VERB")) \
            or _opens_with(sylls, j, words("title_words", "LOWER_POST")):
        return None  # "Giám đốc Sở cho biết, ...", "Trưởng ban chỉ huy, ..."
    if sylls[j].pos not in NOUN_POS and not _opens_with(sylls, j, words("title_words", "BODY_WORD")):
        return None  # "Bí thư Đảng ủy chủ trì, Chủ tịch UBND xã ...": a verb, not a body's name

    after = sylls[k + 1]
    if sylls[k].text == "(" and after.text.lower() == "thuộc":
        return k
    if sylls[k].text != ",":
        return None
    if "ORG" in after.labels and after.is_cap and not after.starts_position:
        return k + 1  # a body the lexicon knows whole, not a head whose place may follow: "Đồn BP Đăk Dang"
    if "ORG_HEAD" not in _last_labels(sylls, 0, j):
        return None  # "Bí thư Tỉnh ủy chủ trì, Chủ tịch UBND tỉnh ...": a whole body's name ends before a verb
    if after.text.lower() in TITLE_PREFIXES or (after.starts_position and not after.nested_position and (
            not after.rank or _rank_between_posts(sylls, k + 1))):
        return k
    return None


def _task_words_end(sylls: list[_Syllable], start: int, stop: int, names_end: bool = False) -> tuple[int, str]:
    """Where the words of a task ("phòng, chống tham nhũng, lãng phí") that begin at ``start`` end,
    and what ends them: a ``place`` (its body's), a ``body`` (the one it belongs to), a ``name``
    (with ``names_end``: its holder's), ``speech`` (the holder's speech verb), a ``verb`` (what
    the body does, or anything not a word); "" when ``stop`` comes first. Commas between
    lower-case words are the task's."""
    speech = words("speech", "SPEECH_VERB")
    for k in range(start, min(len(sylls), stop)):
        s = sylls[k]
        if s.admin in PLACE_ADMIN or "PROVINCE" in s.labels:
            return k, "place"
        if s.text == "," and k + 1 < len(sylls) and sylls[k + 1].text[:1].islower() and not sylls[k + 1].labels:
            continue  # "phòng, chống"
        if s.labels & {"ORG", "ORG_HEAD"}:
            return k, "body"
        if names_end and s.is_cap and s.name_eligible and _is_surname(sylls, k):
            return k, "name"
        if _opens_with(sylls, k, speech):
            return k, "speech"
        if not (s.text[:1].isalpha() or s.is_number or s.text == "-") \
                or s.text.lower() in TASK_BREAKS or "POSITION" in s.labels:
            return k, "verb"
    return stop, ""


def _task_end(sylls: list[_Syllable], j: int) -> int | None:
    """The task that names a body, up to the place whose body it is ("Ban Chỉ đạo thực hiện Quy
    chế dân chủ ở cơ sở tỉnh", "Ban quản lý dự án đầu tư xây dựng huyện Mường La"), the body it
    belongs to ("Tổ công tác đặc biệt của UBND tỉnh") or the holder's speech verb right after
    a short one ("Đội quản lý thị trường số 5 cho biết"). It opens with a ``TASK_WORD``; "Ban
    Chỉ đạo phối hợp với Công an huyện ..." is what the body does, not its name. Returns where
    the task ends."""
    if not _opens_with(sylls, j, words("title_words", "TASK_WORD")):
        return None
    k, stopped_by = _task_words_end(sylls, j + 1, j + MAX_TASK_WORDS)
    if stopped_by == "place" or (stopped_by == "speech" and k - j <= MAX_BRIDGE):
        return k
    if stopped_by == "body" and sylls[k - 1].text.lower() in ("của", "thuộc"):
        return k - 1
    return None


def _prevention_end(sylls: list[_Syllable], j: int) -> int | None:
    """ "phòng, chống" (prevent and combat) and what it fights, inside a body's name, up to the
    body, the place or the name after it, or the verb the holder says: "Trưởng phòng Phòng, chống
    tệ nạn xã hội Sở LĐ-TB&XH", "Ban chỉ đạo Phòng chống dịch Covid-19 của Hà Nội". None when no
    word follows what it fights."""
    k = j + 1 + (j + 1 < len(sylls) and sylls[j + 1].text == ",")
    if sylls[j].text.lower() != "phòng" or k >= len(sylls) or sylls[k].text.lower() != "chống":
        return None
    end, stopped_by = _task_words_end(sylls, k + 1, j + MAX_TASK_WORDS, names_end=True)
    # at a comma, only before the parent body: "Phòng, chống tệ nạn xã hội, Sở LĐ-TB&XH"
    at_comma = sylls[end].text == "," if stopped_by == "verb" else False
    parent = at_comma and end + 1 < len(sylls) and bool(sylls[end + 1].labels & {"ORG", "ORG_HEAD"})
    if not stopped_by or end <= j + 3 or (at_comma and not parent):
        return None
    return end + 1 if at_comma else end  # past the comma, to the parent body


def _country_after_name(text: str, sylls: list[_Syllable], b: int, chain: list[_Syllable]) -> str:
    """ " của Singapore" when the country of a title that names none follows its holder's name:
    "cố Thủ tướng Lý Quang Diệu của Singapore"; "" otherwise."""
    if b + 1 >= len(sylls) or sylls[b].text.lower() != "của" or "COUNTRY" not in sylls[b + 1].labels \
            or sylls[b + 1].text in HOME_COUNTRY or any("COUNTRY" in s.labels for s in chain):
        return ""
    return " " + text[sylls[b].start:sylls[_countries_end(sylls, b + 1) - 1].end]


def _countries_end(sylls: list[_Syllable], j: int) -> int:
    """Index after a list of countries from ``j``: "Nepal và Bhutan", "Lào, Campuchia"."""
    while j < len(sylls) and "COUNTRY" in sylls[j].labels:
        j += 1
        if j + 1 < len(sylls) and sylls[j].text.lower() in (",", "và") and "COUNTRY" in sylls[j + 1].labels:
            j += 1
    return j


def _opens_with(sylls: list[_Syllable], j: int, phrases: frozenset[str]) -> bool:
    """Whether the word at ``j``, or it and the next one or two, is one of ``phrases`` (lower case)."""
    return any(" ".join(x.text.lower() for x in sylls[j:j + n]) in phrases for n in (1, 2, 3))


def _last_labels(sylls: list[_Syllable], p: int, j: int) -> set[str]:
    """The labels of the last known word in ``sylls[p:j]``: "Ban" (ORG_HEAD) in "Phó trưởng Ban Xây
    dựng tổ chức", whose name may go on in lower case; "Tỉnh ủy" (ORG), a body named whole."""
    return next((x.labels for x in reversed(sylls[p:j]) if x.labels), set())


def _rank_between_posts(sylls: list[_Syllable], k: int) -> bool:
    """A rank between two posts of one chain is its holder's: "Bí thư Đảng ủy Bộ tham mưu,
    Đại tá, Phó Tham mưu trưởng Quân khu 4"."""
    r = k
    while r < len(sylls) and sylls[r].rank:
        r += 1
    return r + 1 < len(sylls) and sylls[r].text == "," and sylls[r + 1].starts_position and not sylls[r + 1].rank


def _unit_number(sylls: list[_Syllable], j: int) -> bool:
    """Whether "số" and a number start at ``j``: a unit's number ("Đội Cảnh sát giao thông số 2")."""
    return sylls[j].text.lower() == "số" and j + 1 < len(sylls) and sylls[j + 1].is_number


def _of_a_body(sylls: list[_Syllable], j: int) -> bool:
    """ "của" before the body a committee belongs to: "Ủy ban Văn hóa xã hội của Quốc hội"."""
    return (j + 1 < len(sylls) and sylls[j].text.lower() == "của" and "ORG" in sylls[j + 1].labels
            and not sylls[j + 1].starts_position)


def _bracket_close(sylls: list[_Syllable], j: int, limit: int = MAX_BRACKET) -> int | None:
    """Where the short bracket that opens at ``j`` closes, if it closes within ``limit`` syllables."""
    return next((i for i in range(j + 1, min(len(sylls), j + limit)) if sylls[i].text == ")"), None)


def _acronym_bracket_end(sylls: list[_Syllable], j: int) -> int | None:
    """Where the bracket that opens at ``j`` closes, when it holds a body's initials alone,
    written without spaces: "(KBNN)", "(LĐ-TB&XH)"."""
    close = _bracket_close(sylls, j)
    inside = sylls[j + 1:close] if close is not None else []
    if not inside or not _is_acronym(inside[0].text):
        return None
    joined = all(a.end == b.start for a, b in zip(inside, inside[1:]))
    return close if joined and all(_is_acronym(x.text) or x.text in "-&." for x in inside) else None


def _chain_end(sylls: list[_Syllable], p: int, token_ends: dict[int, int]) -> int:
    """Index after the title chain that starts at position head ``p``."""
    j = p
    n = len(sylls)
    naming_body = False  # inside the name of a body: "Tổng cục Quản lý đất đai"
    while j < n:
        s = sylls[j]
        nxt = sylls[j + 1] if j + 1 < n else None
        country_of_title = j > 0 and "COUNTRY" in s.labels and "POSITION" in sylls[j - 1].labels  # "Tổng thống Mỹ"
        # "Đoàn Văn Hưng": a capitalised one-word head that is also a family name may start a name
        starts_name = (j > p and s.weak and s.name_eligible and nxt is not None and nxt.name_eligible
                       and not country_of_title and _is_surname(sylls, j))
        if j > p and s.rank and s.starts_position and (sylls[j - 1].labels & {"PROVINCE", "ORG"} or sylls[j - 1].admin
                                                       or sylls[j - 1].is_number):
            # "Giám đốc Công an tỉnh Thanh Hóa Đại tá Trần Phú Hà", "Cục trưởng Cục Cảnh sát giao thông Thiếu
            # tướng A", "Tư lệnh Quân khu 4 Trung tướng B": after a place, a body named whole or a unit's number,
            # the holder's rank opens the name
            break
        if j > p and (prevention := _prevention_end(sylls, j)) is not None:
            j = prevention
            naming_body = True
            continue
        if s.labels & CHAIN_LABELS and not starts_name:
            naming_body = bool(s.labels & {"ORG_HEAD"}) and not s.labels & {"POSITION", "PROVINCE"}
            j += 1
            continue
        if j > p and s.bridge_end and "PROVINCE" not in sylls[j - 1].labels:
            # "Ủy viên dự khuyết Trung ương", "Hội Đoàn kết Sư sãi yêu nước tỉnh": words of a
            # title in lower case, kept only when the title goes on right after them; a province
            # ends the body's name ("... tỉnh Đắk Lắk kiểm tra công ty")
            k = s.bridge_end
            while k < n and sylls[k].bridge_end and not (sylls[k].labels & CHAIN_LABELS or sylls[k].is_cap):
                k = sylls[k].bridge_end  # bridges one after another, kept when the title goes on after the last
            if k < n and (sylls[k].labels & CHAIN_LABELS or sylls[k].is_cap
                          or _is_acronym(sylls[k].text) or _of_a_body(sylls, k)):
                j = k
                continue
        if j > p and (_is_acronym(s.text) or (s.is_number and (sylls[j - 1].admin or "ORG_HEAD" in sylls[j - 1].labels))
                      or (_ROMAN.match(s.text) and sylls[j - 1].admin == "khu vực")):  # "Kho bạc Nhà nước khu vực XII"
            j += 1
            continue
        if j > p and _unit_number(sylls, j) and (
                sylls[j - 1].admin or sylls[j - 1].labels & {"ORG", "ORG_HEAD"} or naming_body):
            j += 2  # a unit's number: "Tổ trưởng tổ dân phố số 3", "Đội Cảnh sát giao thông số 2"
            continue
        if j > p and s.text == "(" and (close := _acronym_bracket_end(sylls, j)) is not None:
            j = close + 1  # "Kho bạc Nhà nước (KBNN) tỉnh Phú Yên", "Bộ Lao động - Thương binh và Xã hội (LĐ-TB&XH)"
            continue
        if j > p and s.text.lower() == "tại" and nxt is not None and any("COUNTRY" in x.labels for x in sylls[p:j]):
            if "COUNTRY" in nxt.labels:
                j += 1  # "Đại sứ Nhật Bản tại Việt Nam", "Đại sứ Việt Nam tại Lào"
                continue
            city = _known_place_length(sylls[j + 1:j + 1 + MAX_NAME])
            if city:
                j += 1 + city  # "Tổng Lãnh sự Việt Nam tại Luang Prabang"
                continue
        if j > p and _opens_with(sylls, j, ACCREDITED_ALSO) and j + 2 < n and "COUNTRY" in sylls[j + 2].labels:
            j = _countries_end(sylls, j + 2)  # "Đại sứ Việt Nam tại Ấn Độ kiêm nhiệm Nepal và Bhutan"
            continue
        if j > p and _of_a_body(sylls, j):
            j += 1  # "Ủy ban Văn hóa xã hội của Quốc hội"
            continue
        if j > p and s.text.lower() in TERM_WORDS and nxt is not None and (_ROMAN.match(nxt.text) or nxt.is_number):
            j += 2  # "... của Quốc hội khóa VI"
            continue
        if j > p and s.text == "(":
            close = _bracket_close(sylls, j)
            if close is not None and close + 2 < n and sylls[close + 1].text == "," and (
                    sylls[close + 2].starts_position or sylls[close + 2].text.lower() in TITLE_PREFIXES):
                j = close + 1  # "..., nguyên Chỉ huy trưởng Bộ CHQS tỉnh (trước đây), nguyên Chủ tịch ..."
                continue
        orgish = _orgish_token_end(sylls, j, token_ends) if j > p else None
        if orgish is None and naming_body and s.is_cap and not s.starts_position and not _is_surname(sylls, j) \
                and nxt is not None and not nxt.is_cap and nxt.pos in NOUN_POS and not nxt.labels \
                and nxt.text not in NAME_PARTICLES:  # "Bộ trưởng Quốc phòng Ursula von der Leyen": a name
            orgish = j + 2  # a body's word the tokenizer split: "Tổng cục Địa chất và Khoáng sản"
        if orgish is not None:
            naming_body = True
            j = orgish
            continue
        if j > p and s.name_eligible and nxt is not None and nxt.labels & RESUMING_LABELS and not _is_surname(sylls, j):
            j += 1  # a word of a body's name between known parts: "Bệnh viện Phổi Đà Nẵng"
            continue
        if j > p and sylls[j - 1].by_task and (task_end := _task_end(sylls, j)) is not None:
            j = task_end
            continue
        if j > p and not s.is_cap and _last_labels(sylls, p, j) & {"ORG", "ORG_HEAD"} and (
                resumed := _lower_body_end(sylls, j)) is not None:
            j = resumed
            continue
        if j > p and not s.is_cap and s.pos in BRIDGE_POS:
            bridge = _bridge_end(sylls, j)
            if bridge is not None:
                j = bridge
                continue
            if naming_body and s.pos in NOUN_POS:
                while j < n and not sylls[j].is_cap and sylls[j].pos in NOUN_POS and not sylls[j].labels \
                        and not _unit_number(sylls, j):
                    j += 1
                if _of_a_body(sylls, j) or _unit_number(sylls, j):
                    continue
                break
        if nxt is None:
            break
        low = s.text.lower()
        if low in ("-", "–") and sylls[j - 1].is_number and ("PROVINCE" in nxt.labels or nxt.admin in PROVINCIAL_ADMIN):
            j += 1  # a numbered region and its province: "Tòa án nhân dân khu vực 3 - Đắk Lắk"
            continue
        if low in ("-", "–") and "COUNTRY" in sylls[j - 1].labels and "COUNTRY" in nxt.labels:
            j += 1  # a friendship body of two countries: "Hội hữu nghị Việt Nam - Lào"
            continue
        if low in ("-", "–", "và", "&") and not nxt.starts_position and (
                nxt.labels & {"ORG", "ORG_HEAD"} or _orgish_token_end(sylls, j + 1, token_ends)
                or (naming_body and nxt.is_cap and not _is_surname(sylls, j + 1))):
            j += 1  # "Tổng cục Địa chất và Khoáng sản", "Sở Văn hóa - Thể thao & Du lịch"
            continue
        if low == "," and (naming_body or "ORG" in sylls[j - 1].labels) and not sylls[j - 1].admin \
                and "PROVINCE" not in sylls[j - 1].labels and (fields := _listed_fields_end(sylls, j)):
            j = fields  # "Phòng Kinh tế, Hạ tầng và Đô thị": one body whose name lists its fields
            naming_body = True
            continue
        if low in (",", "kiêm", "-", "–"):
            k = j + 1
            if k < n and sylls[k].text.lower() in TITLE_PREFIXES:
                k += 1  # "..., nguyên Bộ trưởng Bộ Quốc phòng"
            # another position of the same person, not a rank that opens the next one's name
            if k < n and sylls[k].starts_position and not sylls[k].nested_position and (
                    not sylls[k].rank or _rank_between_posts(sylls, k)):
                j = k
                continue
        break
    while j > p and sylls[j - 1].text in ",-–&(":
        j -= 1
    return j


MAX_FIELD = 4  # syllables of one field in a body's name: "Thương binh", "Khoa học"


def _field_end(sylls: list[_Syllable], k: int) -> int | None:
    """Index after a field of a body's name that starts at ``k``: a capitalised word, not a post
    or a known body, that goes on in lower case ("Hạ tầng", "Du lịch"); a name ("Nguyễn Văn A") is none."""
    if k >= len(sylls) or not sylls[k].is_cap or sylls[k].starts_position or sylls[k].labels - {"ADMIN"}:
        return None
    end = k + 1
    while end < len(sylls) and end - k < MAX_FIELD and sylls[end].text.isalpha() and sylls[end].text.islower() \
            and not sylls[end].labels and sylls[end].text not in _NOT_BODY_WORDS:
        end += 1
    return end if end > k + 1 else None


def _listed_fields_end(sylls: list[_Syllable], j: int) -> int | None:
    """Where a body's name ends that lists its fields from the comma at ``j`` on, the last one
    after "và": "Sở Văn hóa, Thể thao và Du lịch", "Phòng Kinh tế, Hạ tầng và Đô thị"."""
    k = j
    while k + 1 < len(sylls) and sylls[k].text == ",":
        field = _field_end(sylls, k + 1)
        if field is None or field >= len(sylls):
            return None
        k = field
        if sylls[k].text.lower() in ("và", "&"):
            return _field_end(sylls, k + 1)
    return None


def _is_state_office(chain: list[_Syllable]) -> bool:
    """A title of the Party, the State, the Front or a mass organisation: not a company's
    "Tổng Giám đốc", a hospital's "Giám đốc", a pagoda's "Trụ trì", nor a bare "Giám đốc"
    with no body named. A chain of positions counts when one of them does: "Hòa thượng ...,
    Trưởng Ban Trị sự ..., Phó Chủ tịch Ủy ban MTTQ tỉnh"."""
    heads = [0] + [i for i in range(1, len(chain)) if chain[i].starts_position
                   and chain[i - 1].text.lower() in POSITION_SEPARATORS]
    parts = [chain[a:b] for a, b in zip(heads, [*heads[1:], len(chain)])]
    for i, part in enumerate(parts):
        # "Chủ tịch, Giám đốc Công ty TNHH ...": a bare post shares the body of the one after it
        shares_a_company = i + 1 < len(parts) and all(s.labels <= {"POSITION"} or s.text in POSITION_SEPARATORS
                                                    for s in part) and any("NON_STATE" in s.labels for s in parts[i + 1])
        if _is_state_position(part) and not shares_a_company:
            return True
    return False


def _in_a_task(part: list[_Syllable], i: int) -> bool:
    """Whether ``part[i]`` is a lower-case word of the task after a body named by its task."""
    k = i
    while k > 0 and not part[k - 1].by_task and (part[k - 1].text[:1].islower() or part[k - 1].text == ","):
        k -= 1
    return k > 0 and part[k - 1].by_task and part[i].text[:1].islower()


def _is_state_position(part: list[_Syllable]) -> bool:
    # "Ban Chỉ đạo đổi mới, sắp xếp doanh nghiệp tỉnh": the companies are the body's task
    companies = [i for i, s in enumerate(part) if "NON_STATE" in s.labels and not _in_a_task(part, i)]
    if companies:
        # "Bí thư Đảng ủy Viettel tỉnh", "Chủ tịch Công đoàn Bưu điện tỉnh": the Party's, a union's post;
        # "Cục trưởng Cục Bưu điện Trung ương": a state body named after the trade it oversees
        return any(s.civic or s.agency for s in part[:companies[0]])
    if part[0].self_standing:
        return True
    head_end = next((i for i, s in enumerate(part) if i > 0 and (s.starts_position or "POSITION" not in s.labels)),
                    len(part))
    # "Giám đốc Sở Y tế", "Trưởng phòng Nội vụ huyện": a body of the state; not "Phó Tổng giám đốc Vietjet"
    bodies = [s for s in part[head_end:] if s.labels & STATE_BODY_LABELS or s.admin]
    if bodies and bodies[0].service and "ORG" not in bodies[0].labels and not any(
            s.admin or s.labels & {"ORG", "PROVINCE"} for s in bodies[1:]):
        return False  # "Viện trưởng Viện Khoa học quản trị ... Việt Nam": a research institute's head
    return bool(bodies)


def _after_province(sylls: list[_Syllable], j: int) -> int:
    """Past where a place is said to lie: "huyện Mộc Châu, tỉnh Sơn La", "xã Mường Lói, huyện
    Điện Biên, tỉnh Điện Biên", "phường Hoàn Kiếm, Hà Nội"."""
    n = len(sylls)
    while j + 1 < n and sylls[j].text == ",":
        k = j + 1 + bool(sylls[j + 1].admin in PLACE_ADMIN)
        province = k
        while province < n and "PROVINCE" in sylls[province].labels:
            province += 1
        place = province if province > k else (k + _known_place_length(sylls[k:k + 4]) if k > j + 1 else k)
        if place == k:
            break
        j = place
    return j


def _bracket_before_name(sylls: list[_Syllable], j: int, posts: bool = False) -> int | None:
    """Where a bracket that opens at ``j`` closes, when a name follows it and it says where a
    place lies ("(Lào) Khamphanh", "(tỉnh An Giang) Huỳnh Thành Danh") or, with ``posts``, holds
    another post or a short aside in lower case ("(Trưởng đoàn đại biểu Quốc hội tỉnh)", "(mới)")."""
    if j >= len(sylls) or sylls[j].text != "(":
        return None
    close = _bracket_close(sylls, j, MAX_ASIDE_BRACKET if posts else MAX_BRACKET)
    if close is None or close + 1 >= len(sylls) or not sylls[close + 1].name_eligible:
        return None
    inside = sylls[j + 1:close]
    if not inside:
        return None
    where = any(x.admin or x.labels & ({"PROVINCE"} if posts else {"PROVINCE", "COUNTRY"}) for x in inside)
    aside = posts and (any(x.starts_position for x in inside)
                       or (len(inside) <= 4 and all(x.text.isalpha() and x.text.islower() for x in inside)))
    return close if where or aside else None


def _name_run_after(sylls: list[_Syllable], k: int) -> tuple[int, int]:
    n = len(sylls)
    close = _bracket_before_name(sylls, k, posts=True)
    if close is not None:
        # "Bí thư Huyện ủy Phú Tân (tỉnh An Giang) Huỳnh Thành Danh", "Bí thư Tỉnh ủy Gia Lai
        # (Trưởng đoàn đại biểu Quốc hội tỉnh) Rơ Chăm Long", "Bí thư Tỉnh ủy Quảng Ngãi (mới) ..."
        k = close + 1
    if k < n and sylls[k].copula_end and sylls[k].text.lower() != "kiêm":
        k = sylls[k].copula_end  # "Đồn trưởng khi ấy là Đại úy Ngô Quang Ánh"
        while k < n and sylls[k].rank:
            k += 1
    if k < n and sylls[k].text == "," and k + 1 < n and (sylls[k + 1].rank or "HONORIFIC" in sylls[k + 1].labels):
        # "Chủ tịch UBND xã, ông Nguyễn Văn Nam", "Chính trị viên đại đội, Đại úy Bun Chiêm"; not
        # "Chủ tịch UBND tỉnh, Đại tá A, Chỉ huy trưởng ...", where A has a title of his own
        after = k + 1
        while after < n and (sylls[after].rank or "HONORIFIC" in sylls[after].labels) and not sylls[after].name_eligible:
            after += 1
        end = _name_end(sylls, after)
        if end > after and not (end + 1 < n and sylls[end].text in NAME_SEPARATORS and sylls[end + 1].starts_position):
            return after, end
        return k, k
    elif k < n and sylls[k].text in ("-", "–", "(") and k + 1 < n and (
            (sylls[k + 1].name_eligible and "COUNTRY" not in sylls[k + 1].labels) or "HONORIFIC" in sylls[k + 1].labels):
        k += 1  # "Chủ tịch UBND tỉnh - Đỗ Quốc Văn", "Chủ tịch UBND xã (ông Nguyễn Văn Nam)"
    while k < n and "HONORIFIC" in sylls[k].labels and not sylls[k].name_eligible:
        k += 1
    end = _name_end(sylls, k)
    # "Thứ trưởng Bộ Tài chính Ông Đức Hạnh": a capital "Ông" mid-sentence before a name with no
    # family name of its own is the family name
    while k < end - 1 and "HONORIFIC" in sylls[k].labels and not (
            k > 0 and sylls[k - 1].labels and sylls[k].is_cap and _is_surname(sylls, k) and not _is_surname(sylls, k + 1)):
        k += 1
    return k, end


def _name_end(sylls: list[_Syllable], k: int) -> int:
    """Index after the name that starts at ``k``: capitalised syllables, and in a foreign name
    its hyphens and particles: "Jean-Yves Le Drian", "Abdullah bin Al-Hussein", "von der Leyen"."""
    n = len(sylls)
    end = k
    while end < n:
        s = sylls[end]
        if s.name_eligible:
            end += 1
        elif (end > k and s.text == "." and end + 1 < n and len(sylls[end - 1].text) == 1 and sylls[end - 1].end == s.start
              and sylls[end + 1].name_eligible and (looks_foreign(sylls[end + 1].text)
                                                    or any(looks_foreign(x.text) for x in sylls[k:end]))):
            end += 1  # an initial: "Marc E. Knapper"
        elif (end > k and s.text in "-‐" and end + 1 < n and sylls[end - 1].end == s.start == sylls[end + 1].start - 1
              and not sylls[end - 1].labels and (sylls[end + 1].name_eligible and not sylls[end + 1].labels
                                                 or sylls[end - 1].text.lower() in NAME_PARTICLES)):
            end += 2  # "Kassym-Jomart", "Al-Hussein", "al-Sisi"; not "Nguyễn Văn Quang-Chính trị viên"
        elif end > k and _joins_a_lower_case_part(sylls, end):
            end += 2  # "Park Ji-hoon", "Moon Jae-in": a given name's second part in lower case
        elif (end > k and s.text.lower() in NAME_PARTICLES and end + 1 < n
              and (sylls[end + 1].is_cap or sylls[end + 1].text.lower() in NAME_PARTICLES or sylls[end + 1].text in "-‐")
              and any(looks_foreign(x.text) for x in sylls[k:end])):
            end += 1
        else:
            break
    while end > k and (sylls[end - 1].text in NAME_PARTICLES or sylls[end - 1].text in "-‐"):
        end -= 1  # a particle in lower case ends no name; "La" in "Mường La" may
    return end


def _name_words(run: list[_Syllable]) -> int:
    """Words of a name, its particles aside and the parts a hyphen joins counted once:
    "Khăm-pheng Xay-xổm-phon" has two, "Jean-Pierre de La Fontaine" three."""
    return sum(1 for i, s in enumerate(run) if s.text.lower() not in NAME_PARTICLES and s.text not in "-‐"
               and not (i and run[i - 1].text in "-‐"))


def _joins_a_lower_case_part(sylls: list[_Syllable], h: int) -> bool:
    """Whether ``sylls[h]`` is a hyphen that joins the next part of a name, in lower case, to the
    one before: "Young-sam", "Jae-in", and Lao or Khmer names as Vietnamese spells them
    ("Khăm-pheng Xay-xổm-phon", "Sâm Sô-phen")."""
    if not (0 < h < len(sylls) - 1 and sylls[h].text in "-‐"):
        return False
    first, second = sylls[h - 1], sylls[h + 1]
    return (first.end == sylls[h].start == second.start - 1
            and second.text.isalpha() and second.text.islower() and not first.labels
            and not _opens_with(sylls, h + 1, words("speech", "SPEECH_VERB")))  # "Ia Chía-cho biết": a dash


def looks_foreign(word: str) -> bool:
    """A syllable no Vietnamese word is spelled like: "Donald", "Yassin", "Ksor", "Kđoh".

    >>> looks_foreign("Trump"), looks_foreign("Nguyễn")
    (True, False)
    """
    low = word.lower()
    return bool(_FOREIGN_LETTERS.search(word) or _NOT_VIETNAMESE.search(low))


@cache
def _one_word_name_prefixes() -> tuple[str, ...]:
    """Family-name prefixes whose names are one written word (``one_word_name``): "K'Bình"."""
    return tuple(e.pattern for e in lexicon("surnames") if e.attrs.get("one_word_name"))


@cache
def _whole_name_openers() -> frozenset[str]:
    """Ê Đê and M'nông name prefixes (``opens_whole_name``): a man's "Y", a woman's "H'"."""
    return frozenset(e.pattern for e in lexicon("surnames") if e.attrs.get("opens_whole_name"))


def _opens_whole_name(word: str) -> bool:
    word = word.replace("’", "'")
    return word in _whole_name_openers() or ("'" in word and word[:word.index("'") + 1] in _whole_name_openers())


def _is_one_word_name(word: str) -> bool:
    word = word.replace("’", "'")
    return any(word.startswith(p) and word[len(p):len(p) + 1].isupper() and len(word) > len(p) + 1
               for p in _one_word_name_prefixes())


def _particles_between(sylls: list[_Syllable], start: int) -> bool:
    """Whether the one or two lower-case particles before ``start`` join two parts of a foreign
    name: "bin" in "Abdul Rahman bin Haji Yusof", "van der" in "Maria van der Berg"."""
    k = start - 1
    while k > 0 and start - k <= 2 and sylls[k].text in NAME_PARTICLES:
        k -= 1
    return k < start - 1 and sylls[k].name_eligible and looks_foreign(sylls[k].text + sylls[start].text)


def _place_goes_on(sylls: list[_Syllable], j: int) -> bool:
    """Whether what follows a run of capitals makes it a place: a number, or where it lies."""
    return j < len(sylls) and (sylls[j].is_number or (
        sylls[j].text == "," and j + 1 < len(sylls) and sylls[j + 1].admin in PLACE_ADMIN))


def _family_before_thi(run: list[_Syllable], starts: list[int]) -> int | None:
    """The family name (or two: "Nguyễn Lê Thị ...") just before a woman's "Thị", where a later
    word is also a family name; else one the lexicon does not know ("Lô Thị Kim Ngân", not "Kim Ngân")."""
    thi = next((i for i, x in enumerate(run) if i > 0 and x.text == "Thị"), None)
    before = [i for i in starts if thi is not None and i < thi and thi - i <= 2]
    return before[0] if before else _family_before_middle_name(run, 0)


def _family_before_middle_name(run: list[_Syllable], first: int) -> int | None:
    """Where a name of three or four syllables starts whose second is "Văn" or "Thị": the word
    before them is a family name, known or not ("Chánh án TAND tỉnh Quảng Văn Tài")."""
    return next((i for i in range(first, len(run) - 1)
                 if run[i + 1].text in MIDDLE_NAMES and 3 <= len(run) - i <= 4 and run[i].text not in MIDDLE_NAMES), None)


def _pick_name(run: list[_Syllable], place_first: bool, foreign_title: bool, after_rank: bool = False,
               after_province: bool = False) -> tuple[int, int] | None:
    """Where the personal name lies in a run of capitalised syllables (indices into run).

    A Vietnamese name starts with a surname; after "xã", "huyện" the run starts with the
    place ("xã Ia O Siu Nghiệp"). Names without a known surname are taken only where a
    foreign leader is expected or the name is spelled like no Vietnamese word.
    """
    size = len(run)
    if size == 0:
        return None
    if size == 1 and _is_one_word_name(run[0].text):
        return 0, 1  # a K'Ho name: "K'Bình"
    if after_province and 2 <= size <= 4 and _is_surname(run, 0):
        return 0, size  # "Bí thư Tỉnh ủy Gia Lai A Vương": the province names the place, a commune's name is his
    if _known_place_length(run) == size:
        return None  # "Phó Bí thư Huyện đoàn Quan Sơn", "Thống đốc Nam Kỳ"
    place = _known_place_length(run)
    if place and not place_first and any(looks_foreign(s.text) for s in run[place:]) and size - place <= 4:
        return place, size  # "Thống đốc Nam Kỳ La Grandière": the place, then the name
    if foreign_title and not place_first and looks_foreign(run[0].text) and size <= MAX_NAME:
        return 0, size  # "Đại sứ Mỹ Heather A. Variava", "Tổng Thư ký ASEAN Kao Kim Hourn": no family name inside
    joined = [s for s in run if s.text.lower() in NAME_PARTICLES or s.text in "-‐"]
    if joined and not place_first:
        # a foreign name held together by hyphens and particles: "Abdullah bin Al-Hussein"
        core = size - len(joined)
        if 2 <= core <= MAX_NAME and (foreign_title or any(looks_foreign(s.text) for s in run)):
            return 0, size
    if place_first:
        place = _known_place_length(run)
        if place == size:
            return None
        if place == 1 and 3 <= size <= 4 and run[1].text in MIDDLE_NAMES and _is_surname(run, 0):
            return 0, size  # "Chủ tịch UBND huyện Phan Văn Cường": no name opens with "Văn", a family name does
        if place and (size - place >= 2 or looks_foreign(run[place].text)
                      or (size - place == 1 and _is_one_word_name(run[place].text))):
            return place, size  # "xã Lộc Bắc K'Nhiếu": the place, then a one-word K'Ho name
        if _is_surname(run, 0) and 2 <= size <= 4:
            return 0, size  # no place named: "Chủ tịch UBND xã Nguyễn Văn Nên"
    starts = [i for i in range(size) if _is_surname(run, i) and 2 <= size - i <= MAX_NAME]
    if place_first:
        starts = [i for i in starts if i > 0]
    marked = _family_before_middle_name(run, _known_place_length(run) if place_first else 0)
    if marked is not None and (not starts or marked < starts[0]) and (place_first or marked == 0):
        return marked, size
    if starts:
        if not place_first and 0 in starts and size <= 4:
            return 0, size
        for length in (3, 4, 2, 5):
            for i in starts:
                if size - i == length:
                    return i, size
    if _is_surname(run, 0) and size > MAX_NAME:
        return 0, 3
    if _known_place_length(run) == size:
        return None  # "Tổng thống chính quyền Sài Gòn": a place, not a name
    foreign = [i for i in range(size) if looks_foreign(run[i].text)]
    if foreign and size - foreign[0] <= 4:
        if place_first and foreign[0] > 0 and size - foreign[0] >= 2:
            return foreign[0], size
        if place_first and size >= 3:
            return size - 2, size  # "Tỉnh trưởng tỉnh Champasak Vilay Sihaphom": a foreign place, a two-word name
        if not place_first and (foreign[0] == 0 or foreign_title):
            return 0, size
    if (foreign_title or (after_rank and size >= 2)) and not place_first and size <= 4:
        return 0, size  # "Thủ tướng Hun Sen", "Đại úy Bun Chiêm"
    return None


@cache
def _places() -> frozenset[str]:
    """Districts, communes and other places (regions, islands, old names) that are not people."""
    others = {e.pattern for e in lexicon("places") if e.label == "PLACE"}
    # Bare, "Hồ Chí Minh" is the President's name; the city is written "TP. Hồ Chí Minh".
    return (place_names() | others | set(provinces())) - {"Hồ Chí Minh"}


def _begins_a_place(sylls: list[_Syllable], last: int) -> bool:
    """Whether the word at ``last`` and the capitalised words after it name a known place."""
    words_after = [sylls[last].text]
    for syllable in sylls[last + 1:last + 4]:
        if not syllable.text[:1].isupper():
            break
        words_after.append(syllable.text)
        if " ".join(words_after) in _places():
            return True
    return False


def _known_place_length(run: list[_Syllable]) -> int:
    """How many syllables at the start of a run name a known place."""
    for length in range(min(4, len(run)), 0, -1):
        if " ".join(s.text for s in run[:length]) in _places():
            return length
    return 0


def _is_cap(word: str) -> bool:
    """A capitalised syllable that can be part of a name: not an acronym or a numeral."""
    if not word[:1].isalpha() or not word[0].isupper() or _ROMAN.match(word):
        return False
    # One capital, or one more after an apostrophe ("H'Yim"): not "TPHCMcho", not "UBND".
    capitals = sum(1 for i, c in enumerate(word) if c.isupper() and (i == 0 or word[i - 1] not in "'’"))
    return capitals == 1


# Asides between a name and its title, as token patterns ("#" a number, "^" one to three
# capitalised words): "sinh năm 1947", "SN 1975", "56 tuổi", "người dân tộc Mông".
_ASIDES = (("sinh", "năm", "#"), ("sn", "#"), ("#", "tuổi"), ("người", "dân", "tộc", "^"), ("dân", "tộc", "^"))
MAX_ASIDE_NAME = 3


def _aside_start(sylls: list[_Syllable], end: int, pattern: tuple[str, ...]) -> int | None:
    """Where ``pattern`` starts when it ends just before ``end``, matched backwards."""
    i = end
    for want in reversed(pattern):
        if want == "^":
            k = i
            while k > 0 and i - k < MAX_ASIDE_NAME and sylls[k - 1].is_cap:
                k -= 1
            if k == i:
                return None
            i = k
        elif i > 0 and (sylls[i - 1].is_number if want == "#" else sylls[i - 1].text.lower() == want):
            i -= 1
        else:
            return None
    return i


def _aside_before(sylls: list[_Syllable], end: int) -> int | None:
    """Where an aside that ends at ``end`` and follows a separator starts (its separator's index)."""
    for pattern in _ASIDES:
        a = _aside_start(sylls, end, pattern)
        if a is not None and a >= 2 and sylls[a - 1].text in NAME_SEPARATORS:
            return a - 1
    return None


def _honoured_name_right_before(sylls: list[_Syllable], p: int) -> tuple[int, int] | None:
    """The name between an honorific and the post written right after it, with no mark between
    them: "Ông Nguyễn Văn An Chủ tịch UBND xã ...", "đồng chí Lê Thị Hoa Phó Bí thư Huyện ủy"."""
    start = p
    while start > 0 and sylls[start - 1].name_eligible and "HONORIFIC" not in sylls[start - 1].labels \
            and p - start <= MAX_NAME:
        start -= 1
    if not (0 < start and 2 <= p - start <= 4 and "HONORIFIC" in sylls[start - 1].labels and _is_surname(sylls, start)):
        return None
    return start, p


def _name_before(sylls: list[_Syllable], p: int, foreign_title: bool, reach_back: bool = True) -> tuple[int, int] | None:
    """The name in "Lê Hồng Vinh - Phó Chủ tịch ...": a run just before a separator."""
    if p > 0 and sylls[p - 1].text.lower() in TITLE_PREFIXES:
        p -= 1
    place_bracket = False
    if p >= 2 and sylls[p - 1].copula_start >= 1 and sylls[p - 1].text.lower() != "kiêm":
        end = sylls[p - 1].copula_start  # "ông Trần Văn Lâu là Phó Bí thư Thành ủy", "... được bầu giữ chức ..."
    elif p >= 2 and sylls[p - 1].text in NAME_SEPARATORS:
        end = p - 1
        while end > 0 and sylls[end - 1].text in NAME_SEPARATORS and sylls[end - 1].text != "(":
            end -= 1  # "Vũ Xuân Viên: - Giám đốc ..."
        if end > 0 and sylls[end - 1].text == ")":
            # "Lương Văn Cường (Lương Cường - Sinh năm 1957), Ủy viên Bộ Chính trị"
            opening = next((i for i in range(end - 2, max(-1, end - MAX_ASIDE_BRACKET), -1) if sylls[i].text == "("), None)
            if opening is not None and end - opening >= MAX_BRACKET and any(x.text == "," for x in sylls[opening:end]):
                return None  # "bà Lê Thị Bé (87 tuổi, mẹ liệt sĩ), Chủ tịch UBND xã ...": a long aside about her
            if opening is not None:
                place_bracket = any(x.admin or "PROVINCE" in x.labels for x in sylls[opening:end])
                end = opening
        aside = _aside_before(sylls, end)
        if aside is not None:
            end = aside  # "Tao Văn Khứn, sinh năm 1947, nguyên Chủ tịch ..."
    else:
        return None
    start = end
    # "Ông Choi Young-sam, Đại sứ ...", "Ông Khăm-pheng Xay-xổm-phon, Tỉnh trưởng ...": a part in
    # lower case after a hyphen is the name's
    while start > 0 and (sylls[start - 1].name_eligible or (start > 2 and _joins_a_lower_case_part(sylls, start - 2)) or (
            start > 1 and sylls[start - 1].text in "-‐" and sylls[start - 2].end == sylls[start - 1].start
            and sylls[start - 1].end == sylls[start].start and not sylls[start - 2].labels) or (
            start < end and _particles_between(sylls, start))):
        start -= 1  # "Abdullah bin Al-Hussein, Chủ tịch ...", "Maria van der Berg, Phó Thị trưởng ..."
    # "bà Ông Thị Mai Hoa", "Đại tá Ông Quốc Bảo": after an honorific or a rank, "Ông" is the family name
    while start < end - 1 and "HONORIFIC" in sylls[start].labels and not (
            start > 0 and ("HONORIFIC" in sylls[start - 1].labels or sylls[start - 1].rank) and _is_surname(sylls, start)):
        start += 1
    if place_bracket and start > 0 and sylls[start - 1].admin:
        return None  # "bản Ka Túc (thị trấn Lao Bảo, huyện Hướng Hóa), Chủ tịch ...": a place and where it is
    if start > 0 and sylls[start - 1].text.lower() in _named_after_words():
        return None  # "Tại đường Nguyễn Du, Phó Chủ tịch UBND phường ...": a street named after a person
    run = sylls[start:end]
    if not run or len(run) > 8:
        return None
    # "Công ty Cổ phần Than Vàng Danh, Chủ tịch nước ...": capitals that go on from an
    # organisation's name are that name, not a person's.
    glued = start > 0 and bool(sylls[start - 1].labels & {"ORG", "ORG_HEAD", "NON_STATE"})
    starts = [i for i in range(len(run)) if _is_surname(run, i) and 2 <= len(run) - i <= MAX_NAME]
    if glued and (not starts or starts[0] > 0 or "NON_STATE" in sylls[start - 1].labels):
        # "ông A - Giám đốc bệnh viện Bạch Mai, đại biểu Quốc hội": the hospital's name; the deputy
        # is the one named before the post that holds it
        post = next((q for q in range(start - 1, max(0, start - MAX_BODY_BEFORE), -1)
                     if sylls[q].starts_position and sylls[q - 1].text in NAME_SEPARATORS), None)
        if reach_back and post is not None and post >= 2:
            return _name_before(sylls, post, foreign_title, reach_back=False)
        return None
    if not glued and ((len(run) == 1 and _is_one_word_name(run[0].text))
                      or (_opens_whole_name(run[0].text) and 2 <= len(run) <= MAX_NAME)):
        return start, end  # "K'Bình", "Y Thanh Hà Niê Kđăm": the prefix opens the whole name
    joiners = sum(1 for s in run if s.text in NAME_PARTICLES or s.text in "-‐")
    if not glued and joiners and 2 <= _name_words(run) <= MAX_NAME and any(looks_foreign(s.text) for s in run):
        return start, end  # "Jean-Pierre de La Fontaine": one foreign name, whatever family names it holds
    if starts:
        family = _family_before_thi(run, starts)
        if family is not None:
            return start + family, end  # "Thiên Sanh Thị Kim Thoa": not "Kim Thoa"
        if len(run) - starts[0] <= 4:
            return start + starts[0], end
        for length in (3, 4, 2):
            if len(run) - length in starts:
                return start + len(run) - length, end
    # after an honorific or a rank, any capitalised words are a name: "Trung úy Xổm Say, Đại đội phó ..."
    after_honorific = start > 0 and ("HONORIFIC" in sylls[start - 1].labels or sylls[start - 1].rank)
    foreign = any(looks_foreign(s.text) for s in run)
    core = _name_words(run)
    if start > 0 and not after_honorific and not sylls[start - 1].labels and sylls[start - 1].pos in NOUN_POS \
            and sylls[start - 1].text.islower():
        # "Hòa thượng Danh Lung, Trụ trì chùa Soài Chếk, Phó Chủ tịch ...": the name of what the noun
        # before it names; the person is the one named before the post that holds it
        post = next((q for q in range(start - 1, max(0, start - 5), -1) if sylls[q - 1].text in NAME_SEPARATORS), None)
        if reach_back and post is not None and post >= 2 and all(x.text[:1].isalpha() for x in sylls[post:start]):
            return _name_before(sylls, post, foreign_title, reach_back=False)
        return None
    if (2 <= core <= 4 and (after_honorific or foreign_title or foreign)) or (len(run) == 1 and foreign):
        return start, end
    return None


def _listed_names(sylls: list[_Syllable], k: int) -> list[tuple[int, int]]:
    """The names that follow a first one after a plural title: "các Phó Chủ tịch: bà A, các ông
    B, C và D". A name that has a title of its own after it ("E, Bí thư ...") ends the list,
    unless a semicolon ends that title: "là ông A, Phó hiệu trưởng ...; ông B, Chủ tịch ..."."""
    names = []
    n = len(sylls)
    semicolons = _after_own_title(sylls, k) is not None
    k = _after_own_title(sylls, k) or k
    k = _past_a_place_bracket(sylls, k)
    while k < n and sylls[k].text.lower() in (",", "và", ";"):
        k += 1
        while k < n and sylls[k].text.lower() in ("và", "các") or (k < n and "HONORIFIC" in sylls[k].labels
                                                                 and not sylls[k].name_eligible):
            k += 1
        end = k
        while end < n and sylls[end].name_eligible:
            end += 1
        run = sylls[k:end]
        if not (2 <= len(run) <= 4 and (_is_surname(run, 0) or all(looks_foreign(s.text) for s in run))):
            break
        own_title = end + 1 < n and sylls[end].text in NAME_SEPARATORS and sylls[end + 1].starts_position
        if own_title and _after_own_title(sylls, end) is None and not semicolons:
            break
        names.append((k, end))
        if own_title and _after_own_title(sylls, end) is None:
            break  # the last item of a list split by semicolons
        semicolons = semicolons or own_title
        k = _past_a_place_bracket(sylls, _after_own_title(sylls, end) or end)
    return names


def _past_a_place_bracket(sylls: list[_Syllable], k: int) -> int:
    """Past a bracket of capitalised words after a listed name: "Nguyễn Văn Đức (Thạch Hà), Trần Văn
    Lâm (Can Lộc) và ...", where each holds the post."""
    if k < len(sylls) and sylls[k].text == "(" and (close := _bracket_close(sylls, k)) is not None \
            and close > k + 1 and all(s.is_cap for s in sylls[k + 1:close]):
        return close + 1
    return k


def _shared(sylls: list[_Syllable], p: int) -> bool:
    """A post that several of those listed may hold: a former one ("nguyên Chủ tịch"), a deputy's
    or a member's; not a head's ("Chủ tịch UBND xã Tân Lập")."""
    return (p > 0 and sylls[p - 1].text.lower() in TITLE_PREFIXES) or sylls[p].shared


def _names_before_a_plural(sylls: list[_Syllable], plural_at: int) -> list[tuple[int, int]]:
    """The names, two or more, joined by "và" or commas, then a comma before the plural word
    ``sylls[plural_at]`` of a title: "Ông A và ông B, hai Phó Chủ tịch UBND huyện"."""
    end = plural_at - 1
    if end < 1 or sylls[end].text != ",":
        return []
    names = []
    while True:
        start = end
        while start > 0 and sylls[start - 1].name_eligible:
            start -= 1
        if end - start > 2 and "HONORIFIC" in sylls[start].labels and _is_surname(sylls, start + 1):
            start += 1  # "Ông Lê Văn Đạo" at the start of the sentence
        if not (2 <= end - start <= 4 and _is_surname(sylls, start)):
            break
        names.append((start, end))
        j = start
        while j > 0 and "HONORIFIC" in sylls[j - 1].labels:
            j -= 1
        if j < 1 or sylls[j - 1].text.lower() not in ("và", ","):
            break
        end = j - 1
    return names[::-1] if len(names) >= 2 else []


def _listed_before(sylls: list[_Syllable], k: int) -> list[tuple[int, int]]:
    """The names listed before the one at ``k`` when a plural opens the list: "các ông A, B và
    C, nguyên Chủ tịch UBND huyện" gives the title to all three."""
    names = []
    while k > 1 and sylls[k - 1].text.lower() in (",", "và"):
        end = k - 1
        start = end
        while start > 0 and sylls[start - 1].name_eligible:
            start -= 1
        run = sylls[start:end]
        if not (2 <= len(run) <= 4 and _is_surname(run, 0)):
            return []
        names.append((start, end))
        k = start
        while k > 0 and "HONORIFIC" in sylls[k - 1].labels:
            k -= 1  # "các đồng chí A và B"

    plural = k > 0 and sylls[k - 1].text.lower() == "các" and "HONORIFIC" in sylls[k].labels
    return names if plural else []


def _after_own_title(sylls: list[_Syllable], k: int) -> int | None:
    """The semicolon that ends the title a listed name has of its own: ", Chủ tịch Hội ...;"."""
    if not (k + 1 < len(sylls) and sylls[k].text in NAME_SEPARATORS and sylls[k + 1].starts_position):
        return None
    return next((i for i in range(k + 2, len(sylls)) if sylls[i].text == ";"), None)


# Words between a title and the names it introduces that belong to the title: "đại biểu Quốc
# hội đương nhiệm, là các ông A, B và C".
TITLE_MODIFIERS = ("đương nhiệm", "chuyên trách")
MAX_LIST_GAP = 10


def _list_opening(sylls: list[_Syllable], end: int, plural: bool) -> tuple[int, int] | None:
    """Where the names start in "Ba đại biểu đương nhiệm tự ứng cử là ông A, ...; ông B" or
    "đại biểu Quốc hội đương nhiệm, là các ông A, B và C", and where the title ends (after its
    modifiers). A plural title may be followed by a few lower-case words first; a singular one
    only when more than one name follows."""
    n = len(sylls)
    i = end
    speech = words("speech", "SPEECH_VERB")
    in_charge = end < n and _opens_with(sylls, end, words("title_words", "LOWER_POST"))
    gap_words = words("title_words", "LIST_GAP")
    while i < n and i - end <= MAX_LIST_GAP and sylls[i].text.lower() not in LIST_OPENERS:
        x = sylls[i]
        if not (x.text[:1].isalpha() and (not x.is_cap or _ROMAN.match(x.text))) or x.text.lower() in speech \
                or x.labels - {"ADMIN"} or x.copula_end or not (in_charge or x.text.lower() in gap_words
                                                                 or _ROMAN.match(x.text) or x.is_number):
            # "đại biểu Quốc hội đương nhiệm, là ...", "phụ trách văn hóa - xã hội là ..."; not
            # "đến thăm hai hộ nghèo là ông A": the people visited
            if not ((x.text == "," and i + 1 < n and sylls[i + 1].text.lower() == "là") or (in_charge and x.text in "-–")):
                return None
        i += 1
    if i >= n or sylls[i].text.lower() not in LIST_OPENERS or (i == end and not plural):
        return None
    start = i + 1 + (i + 1 < n and sylls[i + 1].text == ":")
    # "Phó Chủ tịch UBND tỉnh phụ trách lĩnh vực văn hóa là ông A": what the post is in charge of
    if not plural and not in_charge:
        ahead = [x.text.lower() for x in sylls[start:start + 2 * MAX_NAME + 4]]
        if not (ahead[:1] == ["các"] or "và" in ahead or ";" in ahead):  # more than one name follows
            return None
    if start < n and sylls[start].text.lower() == "các":
        start += 1  # "các ông A, B và C"
    title_end = end
    gap = " ".join(x.text.lower() for x in sylls[end:i])
    for modifier in TITLE_MODIFIERS:
        if gap.startswith(modifier):
            title_end = end + len(modifier.split())
    return start, title_end


@dataclass(frozen=True)
class _UnnamedPost:
    """A post of the army or the police that no name is written next to: "Giám đốc Công an tỉnh"."""
    start: int
    title: str
    short_form: str = ""  # "Ông Dũng là Bí thư Thành ủy": the given name the post is said of


@cache
def _lower_posts() -> tuple[tuple[str, ...], ...]:
    """Posts written in lower case after an officer's name ("phụ trách", "chỉ huy"), as words."""
    return tuple(tuple(e.pattern.lower().split()) for e in lexicon("title_words") if e.label == "LOWER_POST")


@cache
def _post_objects() -> tuple[tuple[str, ...], ...]:
    """What a lower-case post is over when it names no body: "đội tuần tra", "công tác dân vận"."""
    return tuple(tuple(e.pattern.lower().split()) for e in lexicon("title_words") if e.label == "POST_OBJECT")


def _lower_case_post(text: str, sylls: list[_Syllable], name_end: int) -> str:
    """The post an officer's name is followed by in lower case, up to its body's name:

        Thiếu tá X phụ trách công tác vận động quần chúng Đồn Biên phòng Đăk Long kể: ...
        trung tá X, chỉ huy đội tuần tra phổ biến ...

    It ends at punctuation, a speech verb, a word that starts the predicate ("đã", "được"), or
    the first lower-case word after the body's capitalised name. It must name a body, or be over
    a unit or a field of work (``POST_OBJECT``): "chỉ huy lực lượng tham gia diễn tập" is a verb's
    clause. "" when no post follows."""
    k = next((i for i, s in enumerate(sylls) if s.start >= name_end), len(sylls))
    if k < len(sylls) and sylls[k].text == ",":
        k += 1
    post = next((w for w in _lower_posts() if [s.text for s in sylls[k:k + len(w)]] == list(w)), None)
    if post is None:
        return ""
    j = k + len(post)
    speech_verbs = words("speech", "SPEECH_VERB")
    capitalised = False
    while j < len(sylls) and j - k < MAX_LOWER_POST:
        s, pair = sylls[j], " ".join(x.text.lower() for x in sylls[j:j + 2])
        if (not s.text[0].isalnum() and s.text not in "-&") or s.text.lower() in speech_verbs or pair in speech_verbs:
            break
        if s.is_cap or _is_acronym(s.text):
            capitalised = True
        elif s.is_number and capitalised:
            pass  # "Đại đội 531"
        elif (capitalised and not s.labels & CHAIN_LABELS) or s.text.lower() in PREDICATE_STARTS:
            break  # "... Đồn Biên phòng Đăk Long kể": "phòng" is the body's, "kể" is not
        j += 1
    start = k + len(post)
    over = next((w for w in _post_objects() if [x.text.lower() for x in sylls[start:start + len(w)]] == list(w)), None)
    return text[sylls[k].start:sylls[j - 1].end] if j > start and (capitalised or over) else ""


def _subject_back(sylls: list[_Syllable], p: int, earlier: list[tuple[int, int]],
                  titled_up_to: dict[int, tuple[int, int]]) -> tuple[int, int] | None:
    """Whose title it is when a clause or a title stands between the name and the copula before it:

        Thiếu tá Trừ Minh Tuấn, cán bộ Đồn Biên phòng ..., giữ chức Phó Bí thư Đảng ủy xã
        Đồng chí Nguyễn Văn Hàm, Trưởng Ban liên lạc cựu TNXP thành phố được bầu là Chủ tịch Hội ...
        Ông Bùi Thiện Ngộ sinh ra tại Tân Định, Sài Gòn, là Thượng tướng, từng là Bộ trưởng Công an

    After a copula that reaches back, the official whose title ends just before it, or the one
    official named before it when a comma ends the clause between; else, after a comma and any
    copula, the person the sentence opens with ("Ông X ..."). Not "A đề nghị cán bộ được bầu giữ
    chức Chủ tịch ...", whose copula has a subject of its own. ``titled_up_to`` maps where a title
    ends (a syllable index) to its holder.
    """
    if p == 0 or sylls[p - 1].copula_start < 0:
        return None
    copula = sylls[p - 1].copula_start
    after_comma = copula > 0 and sylls[copula - 1].text == ","
    if sylls[p - 1].copula_reaches_back:
        if copula in titled_up_to:
            return titled_up_to[copula]
        if len(earlier) == 1 and after_comma:
            return earlier[0]
    if not after_comma:
        return None
    k = 0
    while k < copula and "HONORIFIC" in sylls[k].labels:
        k += 1  # "Ông", "Bà", "Đồng chí" open the sentence
    end = _name_end(sylls, k)
    run = sylls[k:end]
    if k == 0 or not 2 <= len(run) <= 4 or not _is_surname(run, 0) or end >= copula:
        return None
    if any("HONORIFIC" in a.labels and b.name_eligible for a, b in zip(sylls[end:copula], sylls[end + 1:copula])):
        return None  # "Ông A gặp ông B, là Chủ tịch xã": the title is B's
    subject = sylls[k].start, sylls[end - 1].end
    return subject if not earlier or earlier == [subject] else None


def _short_form_before(sylls: list[_Syllable], p: int) -> str:
    """ "Ông Dũng là Bí thư Thành ủy Hà Nội": the given name that an honorific and a copula open
    the sentence with, before the title ("" when the sentence opens otherwise)."""
    if p == 0 or sylls[p - 1].copula_start < 2:
        return ""
    lead = sylls[:sylls[p - 1].copula_start]
    given = lead[1:]
    if ("HONORIFIC" in lead[0].labels and lead[0].is_cap and len(given) <= 2
            and all(s.is_cap and s.name_eligible and "HONORIFIC" not in s.labels for s in given)):
        return " ".join(s.text for s in given)
    return ""


def _after_a_pronoun(sylls: list[_Syllable], p: int) -> bool:
    """ "Ông cũng từng giữ chức Phó Chủ tịch Hội đồng Bộ trưởng": a sentence that opens with a
    pronoun and a copula before the title, and names no one."""
    if p == 0 or sylls[p - 1].copula_start < 1:
        return False
    lead = sylls[:sylls[p - 1].copula_start]
    return "HONORIFIC" in lead[0].labels and lead[0].is_cap and all(
        s.text.lower() in PRONOUN_ADVERBS or ("HONORIFIC" in s.labels and not s.name_eligible) for s in lead[1:])


MAX_BODY_LED = 12  # syllables of a body's name before "do"


def _body_led(sylls: list[_Syllable], name_start: int, chain: list[_Syllable]) -> tuple[int, int] | None:
    """Where the body that a bare post heads is named before "do": "Hội Nông dân huyện Krông Pắc
    do ông Y Bhiăp Mlô làm Chủ tịch"."""
    if any(s.labels - {"POSITION"} for s in chain):
        return None
    i = name_start - 1
    while i >= 0 and "HONORIFIC" in sylls[i].labels:
        i -= 1
    if i < 1 or sylls[i].text.lower() != "do":
        return None
    # the nearest body's name before "do", its lower-case words included: "Hợp tác xã Nông nghiệp Tân Phú"
    heads = {"ORG", "ORG_HEAD", "NON_STATE"}
    start = next((j for j in range(i - 1, max(-1, i - 1 - MAX_BODY_LED), -1) if sylls[j].labels & heads
                  or not sylls[j].text[:1].isalpha()), None)
    if start is None or not sylls[start].labels & heads:
        return None
    while start > 0 and sylls[start - 1].labels & heads:
        start -= 1
    return start, i


def _holds_a_post(found: dict[tuple[int, int], list[str]], sylls: list[_Syllable], name: tuple[int, int]) -> bool:
    """Whether the name was already given a post, not a rank alone, by a title before it."""
    titles = found.get((sylls[name[0]].start, sylls[name[1] - 1].end))
    return bool(titles) and not _rank_only(", ".join(titles))


def _bodies_named(units: list[Match]) -> list[tuple[int, bool]]:
    """(end, is a body of the state administration) of the bodies named in a text, in order: "Sở
    Y tế" is one, "Bệnh viện", "Công ty" are not."""
    others = {(m.start, m.end) for m in units if m.entry.label == "NON_STATE"}
    return sorted((m.end, bool(m.entry.attrs.get("agency")) and (m.start, m.end) not in others) for m in units
                  if m.entry.label == "NON_STATE" or (m.entry.label == "ORG_HEAD" and m.entry.attrs.get("agency")))


BARE_DIRECTORS = ("giám đốc", "phó giám đốc")
BODY_CONTEXT_CHARS = 400  # how far back the body a bare "Giám đốc" heads may be named


def _directs_the_body_named_before(text: str, chain: list[_Syllable], bodies: list[tuple[int, bool]]) -> bool:
    """ "Sở Y tế tỉnh tổ chức hội nghị. ... Giám đốc Nguyễn Văn Công cho biết": a bare director's
    body is the one the text named last, when that is a body of the state."""
    if not bodies or text[chain[0].start:chain[-1].end].lower() not in BARE_DIRECTORS:
        return False
    i = bisect_left(bodies, (chain[0].start, False)) - 1
    return i >= 0 and bodies[i][1] and chain[0].start - bodies[i][0] <= BODY_CONTEXT_CHARS


def _officials_in_sentence(text: str, sylls: list[_Syllable], token_ends: dict[int, int],
                           unnamed: list[_UnnamedPost] | None = None,
                           pronoun_posts: list[_UnnamedPost] | None = None,
                           bodies: list[tuple[int, bool]] = ()) -> list[Official]:
    found: dict[tuple[int, int], list[str]] = {}
    titled_up_to: dict[int, tuple[int, int]] = {}  # where a name's title ends -> the name
    p = 0
    n = len(sylls)
    while p < n:
        head = sylls[p]
        if not head.starts_position or head.nested_position:
            p += 1
            continue
        end = _chain_end(sylls, p, token_ends)
        title_start = head.start
        if p > 0 and sylls[p - 1].text.lower() in TITLE_PREFIXES:
            title_start = sylls[p - 1].start
        elif p > 0 and sylls[p - 1].copula_former:
            title_start = sylls[sylls[p - 1].copula_start].start  # "nguyên là Chủ tịch UBND xã": a former post
        chain = sylls[p:end]
        if not _is_state_office(chain) and not _directs_the_body_named_before(text, chain, bodies):
            # "Đại tá Đoàn Xuân Bộ, Tổng Biên tập Báo Quân đội nhân dân": an officer's post
            before = _name_before(sylls, p, False)
            span = (sylls[before[0]].start, sylls[before[1] - 1].end) if before else None
            if span in found and before[0] > 0 and sylls[before[0] - 1].rank:
                found[span].append(text[head.start:sylls[end - 1].end])
            p = max(end, p + 1)
            continue
        # "Tổng thống Mỹ", "Thủ tướng Hun Sen": a title whose holders are often foreign (lexicon: foreign_head)
        foreign_title = any("COUNTRY" in s.labels and s.text not in HOME_COUNTRY for s in chain) or head.foreign_head
        # a rank comes before its holder's name, never after it
        before = None if all(s.rank for s in chain) else _name_before(sylls, p, foreign_title)
        before_title = p - 1 - (p > 1 and sylls[p - 1].text.lower() in TITLE_PREFIXES)  # "Hai tân Phó Chủ tịch"
        while before_title > 0 and "HONORIFIC" in sylls[before_title].labels:
            before_title -= 1  # "các đồng chí Phó Chủ tịch UBND tỉnh: A, B và C"
        plural = before_title >= 0 and sylls[before_title].text.lower() in PLURAL_WORDS
        if before is None and plural:
            # "Ông Lê Văn Đạo và ông Nguyễn Văn Thái, hai Phó Chủ tịch UBND huyện Hậu Lộc": the names before
            for a, b in _names_before_a_plural(sylls, before_title):
                found.setdefault((sylls[a].start, sylls[b - 1].end), []).append(
                    text[title_start:sylls[_after_province(sylls, end) - 1].end])
        list_start, listed_end = _list_opening(sylls, end, plural) or (end, end)  # "các Phó Chủ tịch gồm: ..."
        listed = list_start > end
        k, run_end = _name_run_after(sylls, list_start)
        last = sylls[end - 1]
        # the place right after the title, when no name follows it: "xã Tân Lập" in "nay là Chủ tịch UBND xã Tân Lập"
        named_place_end = run_end if k == end and 0 < run_end - k <= 4 else None
        title_end = sylls[listed_end - 1].end
        # "Huyện ủy Đăk Glei Y Thị Hoa": a unit's committee names its place first, like the unit
        unit_word = last.admin or (sylls[end - 2].admin if end - 2 >= p and last.text.lower() in COMMITTEE_ENDINGS else "")
        place_first = bool(unit_word and (unit_word not in PROVINCIAL_ADMIN or foreign_title)) or (
            "ORG_HEAD" in last.labels and len(last.labels) == 1)
        after_rank = (all(s.rank for s in chain) and k == end) or (k > end and sylls[k - 1].rank)
        after_province = k == end and "PROVINCE" in last.labels
        picked = _pick_name(sylls[k:run_end], place_first, foreign_title, after_rank, after_province) if run_end > k else None
        if k == end and place_first and run_end > k and run_end < n and sylls[run_end].rank:
            # "Đồn trưởng Đồn Biên phòng A Pa Chải Trung tá Nguyễn Văn Tâm": the place, then the holder's rank
            picked, title_end = None, sylls[run_end - 1].end
        if k == end and last.admin and run_end > k and (close := _bracket_before_name(sylls, run_end)) is not None:
            # "Tỉnh trưởng tỉnh Houaphanh (Lào) Khamphanh Sayavong": the place, where it lies, then the name
            k, run_end = _name_run_after(sylls, close + 1)
            picked = _pick_name(sylls[k:run_end], False, foreign_title) if run_end > k else None
            if picked is not None:
                title_end = sylls[close].end
        elif picked is None and not before and k == end and (
                (run_end > k and (_known_place_length(sylls[k:run_end]) == run_end - k
                                  or (place_first and _honorific_after_comma(sylls, run_end))))
                # "Trưởng thôn 3, xã Yên Hòa, ông ...": a numbered unit, then where it lies
                or (run_end == k and last.is_number and _after_province(sylls, end) > end)):
            # The run is the body's place; the name comes after it: "Huyện ủy Phú Tân (tỉnh An Giang) Huỳnh Thành Danh".
            place_end = _after_province(sylls, run_end + (run_end < n and sylls[run_end].is_number))  # "phường Hà Giang 1"
            opening = _list_opening(sylls, place_end, plural)
            listed = opening is not None
            k, run_end = _name_run_after(sylls, opening[0] if listed else place_end)
            picked = _pick_name(sylls[k:run_end], False, foreign_title) if run_end > k else None
            if picked is not None:
                stop = k  # up to the name, a bracket included, not "là đồng chí"
                while stop > place_end and ("HONORIFIC" in sylls[stop - 1].labels or sylls[stop - 1].copula_end
                                            or sylls[stop - 1].copula_start >= 0 or sylls[stop - 1].text in ",-–("):
                    stop -= 1
                title_end = sylls[stop - 1].end
        # "X, Thủ tướng Phạm Minh Chính khẳng định": a full name right after the title names its
        # holder; in "X - Đồn trưởng Đồn Biên phòng Hà Tiên cho biết" the place ends X's title.
        name_follows = (picked is not None and picked[0] == 0 and k == end
                        and (_is_surname(sylls, k) or (picked[1] >= 2 and any(looks_foreign(s.text) for s in sylls[k:run_end])))
                        and (run_end - k >= 3 or _known_place_length(sylls[k:run_end]) < run_end - k)
                        # "Thành ủy Buôn Ma Thuột": a capitalised place word begins the place's own name
                        and not (last.admin and last.is_cap
                                 and _known_place_length(sylls[end - 1:run_end]) == run_end - end + 1)
                        # "xã Sơn Kim 1", "xã Sơn Kim, tỉnh Hà Tĩnh": a place numbered, or said where it lies
                        and not (last.admin and _place_goes_on(sylls, run_end))
                        # "A, Chính trị viên Đồn Biên phòng A Pa Chải": the holder is named, the run is the place
                        # (not in a list of posts: "Bí thư Chi bộ ấp Thạch Sa Rết, Trưởng ấp Danh Út")
                        and not (before and last.admin and last.admin not in PROVINCIAL_ADMIN
                                 and not _holds_a_post(found, sylls, before)))
        if before is None and picked is None and (run_end == k or _known_place_length(sylls[k:run_end]) == run_end - k):
            # "Ông Nguyễn Văn An Chủ tịch UBND xã Tân Hòa": no mark between the name and its post, and
            # no name after the post ("ông A Chủ tịch UBND huyện Lê Văn Chín ..." is Chín's)
            before = _honoured_name_right_before(sylls, p)
            stop = k
            while stop > end and (sylls[stop - 1].text in ",-–(" or "HONORIFIC" in sylls[stop - 1].labels):
                stop -= 1
            if before and stop > end:
                title_end = sylls[stop - 1].end  # the place the post names: "xã Tân Hòa"
        if before and not name_follows:
            title_stop = end
            if k == end and 0 < run_end - k <= 4:
                title_end = sylls[run_end - 1].end  # the place or body the title names: "xã Ea Huar"
                title_stop = run_end
            holder = (sylls[before[0]].start, sylls[before[1] - 1].end)
            if holder in found and end < n and sylls[end].pos.startswith("V") and not any(
                    x.labels - {"POSITION"} for x in chain):
                # "Tiếp Bộ trưởng Ngoại giao X, Thủ tướng đánh giá cao ...": a name titled before it, then a
                # bare post and its verb: the post is the next clause's subject, not a second post of X
                p = max(end, p + 1)
                continue
            body = _body_led(sylls, before[0], chain)
            if body is not None and not _is_state_position(chain + sylls[body[0]:body[1]]):
                p = max(end, p + 1)
                continue  # "Công ty TNHH Minh Phát do ông A làm Chủ tịch": a company's
            found.setdefault(holder, []).append(
                text[title_start:title_end] + (" " + text[sylls[body[0]].start:sylls[body[1] - 1].end] if body else ""))
            titled_up_to[title_stop] = holder
            for a, b in _listed_before(sylls, before[0]) if _shared(sylls, p) else ():
                found.setdefault((sylls[a].start, sylls[b - 1].end), []).append(text[title_start:title_end])
        elif picked:
            a, b = k + picked[0], k + picked[1]
            if a > k and not listed:
                title_end = sylls[a - 1].end
            found.setdefault((sylls[a].start, sylls[b - 1].end), []).append(
                text[title_start:title_end] + _country_after_name(text, sylls, b, chain))
            if listed or plural or _past_a_place_bracket(sylls, b) > b:  # "Bí thư Huyện ủy A (Tương Dương), B ..."
                for a, b in _listed_names(sylls, b):
                    found.setdefault((sylls[a].start, sylls[b - 1].end), []).append(text[title_start:title_end])
        elif (subject := _subject_back(sylls, p, [span for span in found if span[1] <= head.start], titled_up_to)) is not None:
            if named_place_end is not None and not listed:
                title_end = sylls[named_place_end - 1].end
            found.setdefault(subject, []).append(text[title_start:title_end])
        elif pronoun_posts is not None and not plural and _after_a_pronoun(sylls, p):
            pronoun_posts.append(_UnnamedPost(title_start, text[title_start:title_end]))
        elif pronoun_posts is not None and not plural and (given := _short_form_before(sylls, p)):
            pronoun_posts.append(_UnnamedPost(title_start, text[title_start:title_end], given))
        elif unnamed is not None and not plural and any(s.force for s in chain) and not any(s.rank for s in chain):
            unnamed.append(_UnnamedPost(title_start, text[title_start:title_end]))
        p = max(end, p + 1)
    for (a, b), titles in found.items():
        if _rank_only(", ".join(titles)):
            post = _lower_case_post(text, sylls, b)
            if post:
                titles.append(post)
    officials = []
    for (a, b), titles in found.items():
        b = a + _unglued_length(text[a:b])
        parts = dict.fromkeys(part for title in titles for part in title.split(", "))  # "..., Thiếu tá" once
        officials.append(Official(text[a:b], ", ".join(parts), a, b, text[a:b], a, b))
    return officials


def _honorific_after_comma(sylls: list[_Syllable], j: int) -> bool:
    """ "Trưởng bản Huổi Lốt, ông Lò Văn Chiến": after a place no gazetteer knows, its head named
    with an honorific."""
    return j + 1 < len(sylls) and sylls[j].text == "," and "HONORIFIC" in sylls[j + 1].labels


def _unglued_length(name: str) -> int:
    """ "Nguyễn Tấn Bỉnhcho": a Vietnamese name whose last syllable has the next word glued on
    (a missing space); the length of the name without it."""
    syllables = name.split(" ")
    last = syllables[-1]
    if len(syllables) < 2 or not starts_with_surname(syllables) or not looks_foreign(last) or not last[1:].islower():
        return len(name)
    for cut in range(len(last) - 1, 1, -1):
        head, tail = last[:cut], last[cut:]
        # a Khmer given name spelled in plain letters ("Sơn Sokhom", "Ly Panha") is whole: the cut
        # needs a Vietnamese syllable with its marks, or a word that often follows a name
        # ("... Rươne": two plain letters are no word glued on; "về", "có" are)
        if not looks_foreign(head) and not looks_foreign(tail) and tail[0] not in "aăâeêioôơuưyàáảãạ" \
                and ((not head.isascii() and (len(tail) > 2 or not tail.isascii())) or tail in _words_after_a_name()):
            return len(name) - len(tail)
    return len(name)


@cache
def _words_after_a_name() -> frozenset[str]:
    """What a name is often followed by: a predicate's first word, a speech verb's ("cho biết")."""
    return PREDICATE_STARTS | {verb.split()[0] for verb in words("speech", "SPEECH_VERB")}


def title_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the titles in ``text[start:end]``: a position and the bodies, places and
    administrative nouns that run on after it ("Phó Bí thư Thường trực Tỉnh ủy")."""
    units = sorted(_title_matcher().find_all(text[start:end]), key=lambda m: (m.start, -m.end))
    spans: list[list[int]] = []
    for m in units:
        if m.entry.label not in CHAIN_LABELS:
            continue
        a, b = start + m.start, start + m.end
        if spans and a <= spans[-1][1] + 1 and not text[spans[-1][1]:a].strip():
            spans[-1][1] = max(spans[-1][1], b)
        elif m.entry.label == "POSITION":
            spans.append([a, b])
    return [(a, b) for a, b in spans]


def _named_in_full_before(text: str, given: list[str], end: int) -> dict[str, int]:
    """The people named in full after an honorific before ``end`` whose given name is ``given``,
    each with where it is first named ("Ông Đinh Tiến Dũng" for "Dũng")."""
    named: dict[str, int] = {}
    for m in _FULL_NAME_AFTER_HONORIFIC.finditer(text, 0, end):
        words = m.group(2).split()
        if len(words) > len(given) and words[-len(given):] == given and starts_with_surname(words):
            named.setdefault(m.group(2), m.start(2))
    return named


def _given_names_in_full(text: str, officials: list[Official]) -> list[Official]:
    """An official found under a given name alone, after an honorific, is the one person named in
    full before with that given name:

        Bà Lê Thị Thu Hà phát biểu tại buổi lễ. Bà Thu Hà hiện là Phó Chủ tịch Hội LHPN tỉnh.
    """
    result = []
    for o in officials:
        words = o.name.split()
        if (o.start is None or len(words) > 2 or starts_with_surname(words) or any(looks_foreign(w) for w in words)
                or not _HONORIFIC_BEFORE.search(text, max(0, o.start - 12), o.start)):
            result.append(o)
            continue
        full = _named_in_full_before(text, words, o.start)
        if len(full) != 1:
            result.append(o)
            continue
        mention = (o.mention, o.mention_start, o.mention_end) if o.mention else (o.name, o.start, o.end)
        result.append(dataclasses.replace(o, name=next(iter(full)), start=None, end=None, mention=mention[0],
                                          mention_start=mention[1], mention_end=mention[2]))
    return result


def _short_forms(text: str, officials: list[Official]) -> list[Official]:
    """Later mentions of a named official: the full name again, or "ông Nên" for Nguyễn Văn Nên."""
    # Only names that read as names are looked for again: a surname first, or a foreign spelling.
    names = {o.name for o in officials
             if starts_with_surname(o.name.split()) or any(looks_foreign(w) for w in o.name.split())}
    taken = sorted((o.start, o.end) if o.start is not None else (o.mention_start, o.mention_end)
                   for o in officials if o.start is not None or o.mention_start is not None)
    taken_starts = [a for a, _ in taken]
    extra = []
    # every later full mention in one pass (an automaton of the names), the longest name first
    again = PhraseMatcher((LexiconEntry("NAME", name, name) for name in names), lower=False, drop_quotes=False)
    for m in resolve_overlaps(again.find_all(text)):
        if _PLACE_BEFORE.search(text, max(0, m.start - 12), m.start):
            continue  # "TP Hà Tiên" is a place, whoever else is called so
        i = bisect_right(taken_starts, m.start) - 1
        if i >= 0 and taken[i][0] <= m.start < taken[i][1]:
            continue
        extra.append(Official(m.entry.pattern, "", m.start, m.end, m.entry.pattern, m.start, m.end))
    # a short form is never read inside a full name found again: "Ông Khalid bin Saeed al-Mansouri"
    taken = sorted(taken + [(o.start, o.end) for o in extra])
    taken_starts = [a for a, _ in taken]
    by_given: dict[str, set[str]] = {}
    for name in names:
        parts = name.split()
        if len(parts) >= 2:
            by_given.setdefault(parts[-1], set()).add(name)
            by_given.setdefault(" ".join(parts[-2:]), set()).add(name)
            if _opens_whole_name(parts[0]) or any(looks_foreign(w) for w in parts):
                # "ông Y Khuê" for Y Khuê Niê, "bà H'Luyến" for H'Luyến Niê, "ông Phonexay" for Phonexay Sivilay
                by_given.setdefault(" ".join(parts[:2]) if parts[0] in _whole_name_openers() else parts[0],
                                    set()).add(name)
    # "ông Phạm Văn Sơn", a man the article names who holds no post: "ông Sơn" may be him, not "bà Lê Thị Sơn"
    namesakes: dict[tuple[str, str], set[str]] = {}
    for m in _FULL_NAME_AFTER_HONORIFIC.finditer(text):
        if m.group(2) not in names and starts_with_surname(m.group(2).split()):
            namesakes.setdefault((_gender(m.group(1)), m.group(2).split()[-1]), set()).add(m.group(2))
    for m in _SHORT_FORM.finditer(text):
        after = m.group(1).split()
        # The capitalised words after the honorific, one or two: "ông Nên", "bà Thu Hà".
        capitalised = list(itertools.takewhile(lambda w: w[0].isupper() and _is_cap(w), after))
        if not capitalised or len(capitalised) > 2 or (len(after) > len(capitalised) and after[len(capitalised)][0].isupper()):
            continue
        short = " ".join(capitalised)
        full = by_given.get(short, set())
        gender = _gender(m.group(0).split()[0])
        full = full | set().union(*(namesakes.get((g, short), set()) for g in ("m", "f") if gender in (g, "")))
        start = m.start(1)
        i = bisect_right(taken_starts, start) - 1
        if i >= 0 and (taken[i][0] <= m.start() < taken[i][1] or taken[i][0] <= start < taken[i][1]):
            continue  # "Anh" inside "Hoàng Anh Tuấn" is no honorific; "Khalid" is the full name's
        if len(full) == 1 and full <= names and short not in names:
            extra.append(Official(next(iter(full)), "", None, None, short, start, start + len(short)))
    return extra


# "đại biểu Thân Thị Ngọc Bích (Đoàn ĐBQH tỉnh Bắc Giang)", "Đại biểu Lê Thị Thu - Đoàn ĐBQH tỉnh Bình Phước -":
# a deputy named by the delegation she sits in
_DEPUTY_NAME = r"\b[Đđ]ại biểu\s+(?P<name>[A-ZĐÀ-Ỹ][^\s,;:()]*(?:\s+[A-ZĐÀ-Ỹ][^\s,;:()]*){1,4})\s*"
_DEPUTY = re.compile(_DEPUTY_NAME + r"(?:\(|[-–,]\s*)Đoàn (?:ĐBQH|đại biểu Quốc hội)\b")


@cache
def _deputy_of_a_province() -> re.Pattern:
    """ "Đại biểu Thạch Phước Bình (Trà Vinh)": a deputy of the National Assembly, as session
    reports name one, by the province that elected them."""
    names = "|".join(sorted((re.escape(p) for p in provinces()), key=len, reverse=True))
    return re.compile(_DEPUTY_NAME + rf"\(\s*(?:(?:tỉnh|thành phố|TP\.?)\s*)?(?:{names})\s*\)")


def _deputies(text: str, found: list[Official]) -> list[Official]:
    """National Assembly deputies named as "đại biểu" with their delegation or their province
    after the name; the title is what stands before the name, "đại biểu" (a deputy's office is central)."""
    taken = {(o.start, o.end) for o in found}
    deputies = []
    # by province only where the National Assembly sits: a congress's delegates are named so too
    # ("đại biểu A (Hà Giang)")
    by_province = _deputy_of_a_province().finditer(text) if ("Quốc hội" in text or "ĐBQH" in text) else ()
    for m in itertools.chain(by_province, _DEPUTY.finditer(text)):
        a, b = m.span("name")
        parts = m["name"].split()
        # (the range À-Ỹ spans lower-case letters too: the capitals are checked here)
        if (a, b) not in taken and all(w[0].isupper() for w in parts) and starts_with_surname(parts):
            taken.add((a, b))
            deputies.append(Official(m["name"], m.group(0)[:m.start("name") - m.start()].strip(), a, b, m["name"], a, b))
    return deputies


@cache
def _ranks() -> frozenset[str]:
    return frozenset(e.pattern.lower() for e in lexicon("positions") if e.attrs.get("kind") == "rank")


def _rank_only(title: str) -> bool:
    return bool(title) and all(part.strip().lower() in _ranks() for part in title.split(","))


@cache
def _senior_ranks() -> frozenset[str]:
    """The ranks that head a command ("Đại tá", "Thiếu tướng"), not a company officer's ("Đại úy")."""
    return frozenset(e.pattern.lower() for e in lexicon("positions")
                     if e.attrs.get("kind") == "rank" and e.attrs.get("grade") in SENIOR_GRADES)


_DESCRIBED_AFTER = re.compile(r"\s*(?:,\s*(?P<word>\w)|là\b)")


def _described_after(text: str, end: int) -> bool:
    """Words after an officer's name that say who he is instead: "Đại úy X là người trực tiếp ...",
    "Thượng úy X, cán bộ trinh sát, ..." (a comma and a lower-case word)."""
    m = _DESCRIBED_AFTER.match(text, end)
    return bool(m) and (m["word"] is None or m["word"].islower())


# the person a sentence opens with: "Tố Hữu là nhà thơ ...", "Ông Trần Văn A sinh năm ..."
_OPENING_NAME = re.compile(r"\s*(?:(?:Ông|Bà|Đồng chí)\s+)?(?P<name>[A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){1,3})(?=\s+[^\W\d_A-ZĐ]|,)")


def _holders_named_before(text: str, sentences: list[Sentence], posts: list[_UnnamedPost]) -> list[Official]:
    """The person the sentence before opens with, for a post that a pronoun holds:

        Tố Hữu là nhà thơ nổi tiếng, ... Ông cũng từng giữ chức Phó Chủ tịch Hội đồng Bộ trưởng.
    """
    starts = [s.start for s in sentences]
    found = []
    for post in posts:
        if post.short_form:
            found.extend(_holder_by_short_form(text, post))
            continue
        i = bisect_right(starts, post.start) - 1
        if i < 1:
            continue
        before = sentences[i - 1]
        m = _OPENING_NAME.match(text, before.start, before.end)
        if m and starts_with_surname(m["name"].split()):
            a, b = m.start("name"), m.end("name")
            found.append(Official(text[a:b], post.title, a, b, text[a:b], a, b))
    return found


def _holder_by_short_form(text: str, post: _UnnamedPost) -> list[Official]:
    """The one person named in full before the post whose given name the post is said of:

        Ông Đinh Tiến Dũng cho biết, ... Ông Dũng là Bí thư Thành ủy Hà Nội.
    """
    named = _named_in_full_before(text, post.short_form.split(), post.start)
    if len(named) != 1:
        return []
    name, start = next(iter(named.items()))
    return [Official(name, post.title, start, start + len(name), name, start, start + len(name))]


def _posts_of_officers(text: str, officials: list[Official], unnamed: list[_UnnamedPost],
                       sentences: list[Sentence]) -> list[Official]:
    """An officer named by a senior rank alone takes the post of the army or the police that a
    sentence just before names with no one next to it:

        Đồng thời, Giám đốc Công an tỉnh Đắk Nông đã thưởng nóng ... Đại tá Bùi Quang Thanh đã ghi nhận ...

    Each post goes to the first such officer after it; an officer with a post anywhere keeps it,
    and one whom the text describes otherwise ("Đại úy X là người trực tiếp bắt giữ") takes none.
    """
    if not unnamed:
        return officials
    posted = {o.name for o in officials if o.title and not _rank_only(o.title)}
    starts = [s.start for s in sentences]

    def sentence_of(offset: int) -> int:
        return bisect_right(starts, offset) - 1

    free = sorted(unnamed, key=lambda u: u.start)
    result = []
    for official in officials:
        senior = _rank_only(official.title) and all(
            part.strip().lower() in _senior_ranks() for part in official.title.split(","))
        if official.name not in posted and senior and not _described_after(text, official.end):
            here = sentence_of(official.start)
            before = [u for u in free if u.start < official.start and here - sentence_of(u.start) <= MAX_POST_DISTANCE]
            if before:
                post = before[-1]
                free.remove(post)
                posted.add(official.name)
                official = dataclasses.replace(official, title=f"{official.title}, {post.title}")
        result.append(official)
    return result


_HONORIFIC_BEFORE = re.compile(r"(?<!\w)(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí|[Aa]nh|[Cc]hị)\s+$")


def _without_words_glued_in_front(text: str, officials: list[Official]) -> list[Official]:
    """ "Ôn Lê Quốc Phong – Bí thư Tỉnh ủy ... Ông Lê Quốc Phong động viên": a word glued to the
    front of a name (a mistyped "Ông", a company's or a city's name) is dropped when the article
    names the person elsewhere without it, after an honorific or as another official."""
    def tails(name: str) -> list[str]:
        parts = name.split(" ")
        return [" ".join(parts[cut:]) for cut in (1, 2)
                if len(parts) - cut >= MIN_UNGLUED_NAME and starts_with_surname(parts[cut:])]

    wanted = {tail for o in officials for tail in tails(o.name)}
    if not wanted:
        return officials
    # every tail's mentions in one pass over the text, as the short forms are found
    again = PhraseMatcher((LexiconEntry("NAME", tail, tail) for tail in wanted), lower=False, drop_quotes=False)
    named_alone = {o.name for o in officials} | {
        m.entry.pattern for m in again.find_all(text) if _HONORIFIC_BEFORE.search(text, max(0, m.start - 10), m.start)}
    result = []
    for o in officials:
        tail = next((t for t in tails(o.name) if t in named_alone), None)
        if tail is not None and o.start is not None:
            start = o.start + len(o.name) - len(tail)
            o = dataclasses.replace(o, name=tail, start=start, mention=tail, mention_start=start)
        result.append(o)
    return result


# "Ảnh: Trung tá Lê Văn Hải", "Tin, ảnh: Đại úy Nguyễn Văn An": a credit, whatever rank it gives
CREDIT_REACH = 40
BRACKETS = re.compile(r"\([^()]*\)")
_WORD_OF_TWO = re.compile(r"[^\W\d_]{2,}")


@cache
def _credit_before() -> re.Pattern:
    """A credit that a name follows on its line: "Ảnh: Trung tá", "(Tin, ảnh: Thu Hà"."""
    return re.compile(rf"(?:^|[\s(.]){alternation('furniture', 'CREDIT')}\s*:\s*(?:\S+\s+){{0,3}}$", re.IGNORECASE)


def _credited(text: str, official: Official) -> bool:
    """Whether the person is the credit of a photo or an article: a name after "Ảnh:" that ends
    its line, not the subject of a caption ("Ảnh: Bí thư Tỉnh ủy Nguyễn Văn A thăm hộ nghèo")."""
    if official.start is None:
        return False
    line_start = text.rfind("\n", 0, official.start) + 1
    line_end = text.find("\n", official.end)
    rest = BRACKETS.sub("", text[official.end:line_end if line_end >= 0 else len(text)])
    return bool(_credit_before().search(text, max(line_start, official.start - CREDIT_REACH), official.start)) \
        and not any(w.islower() for w in _WORD_OF_TWO.findall(rest))


@cache
def _named_after_words() -> frozenset[str]:
    """The one-word names of places named after a person: "đường", "lăng"."""
    return frozenset(w for w in words("places", "NAMED_AFTER") if " " not in w)


@cache
def _named_after_before() -> re.Pattern:
    """The word for a place or an institution named after the person that follows: "Tượng đài", "đường"."""
    return re.compile(rf"(?:^|[\s(“\"]){alternation('places', 'NAMED_AFTER')}\s+$", re.IGNORECASE)


def _names_a_place(text: str, official: Official) -> bool:
    """Whether the title and name are the name of a monument, a street or an institution:
    "Tượng đài Đại tướng Võ Nguyên Giáp", "Lăng Chủ tịch Hồ Chí Minh", "đường Thiếu tướng Trần Văn A"
    (not "vào Lăng viếng Chủ tịch Hồ Chí Minh": the person visited)."""
    if official.start is None or not official.title:
        return False
    title_start = text.rfind(official.title, max(0, official.start - len(official.title) - 2), official.start)
    return title_start >= 0 and bool(_named_after_before().search(text, max(0, title_start - CREDIT_REACH), title_start))


def extract_officials(text: str, sentences: list[Sentence], tokens: list[Token] | None = None,
                      provinces: list[ProvinceMention] | None = None) -> list[Official]:
    """Named officials of a text, with the title written next to each name.

    >>> from pipeline.sentences import split_sentences
    >>> from pipeline.tokens import tokenize
    >>> t = "Dự có Phó Chủ tịch UBND tỉnh Y Ngọc. Ảnh: Mai Hoa"
    >>> s = split_sentences(t)
    >>> [(o.name, o.title) for o in extract_officials(t, s, tokenize(t, s))]
    [('Y Ngọc', 'Phó Chủ tịch UBND tỉnh')]
    """
    units = _title_matcher().find_all(text)
    if provinces is None:
        provinces = extract_provinces(text)
    token_ends = {t.start: t.end for t in tokens or []}
    tokens_by_sentence: dict[int, list[Token]] = {}
    for token in tokens or []:
        tokens_by_sentence.setdefault(token.sent_id, []).append(token)
    officials: list[Official] = []
    unnamed: list[_UnnamedPost] = []
    pronoun_posts: list[_UnnamedPost] = []
    unit_index = 0
    units.sort(key=lambda m: m.start)
    provinces = sorted(provinces, key=lambda p: p.start)
    province_starts = [p.start for p in provinces]
    bodies = _bodies_named(units)
    for sentence in sentences:
        while unit_index < len(units) and units[unit_index].start < sentence.start:
            unit_index += 1
        local = []
        i = unit_index
        while i < len(units) and units[i].start < sentence.end:
            if units[i].end <= sentence.end:
                local.append(units[i])
            i += 1
        if not any(m.entry.label == "POSITION" for m in local):
            continue
        first = bisect_left(province_starts, sentence.start)
        local_provinces = [p for p in provinces[first:bisect_left(province_starts, sentence.end)] if p.end <= sentence.end]
        sylls = _syllables(text, sentence, local, local_provinces, tokens_by_sentence.get(sentence.sent_id, []))
        officials.extend(_officials_in_sentence(text, sylls, token_ends, unnamed, pronoun_posts, bodies))
    officials.extend(_deputies(text, officials))
    officials = _posts_of_officers(text, officials, unnamed, sentences)
    officials.extend(_holders_named_before(text, sentences, pronoun_posts))
    officials = [o for o in _without_words_glued_in_front(text, officials)
                 if not _credited(text, o) and not _names_a_place(text, o)]
    officials = _given_names_in_full(text, officials)
    officials.extend(_short_forms(text, officials))
    return sorted(officials, key=lambda o: (o.start if o.start is not None else o.mention_start, o.name))
