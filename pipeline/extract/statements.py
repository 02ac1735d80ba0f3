"""Statements: who said what. One row per statement of a named official.

    Bí thư Tỉnh ủy Phan Việt Cường nhấn mạnh, trong năm 2023, ... .      reported
    Phó Bí thư Thường trực Tỉnh ủy nhấn mạnh: “Công tác dân vận ...”      direct, the speaker by title
    “...” - ông Sơn nói.                                                direct, the speaker after

find -> resolve -> filter -> emit:

* find: speech verbs (``lexicons/speech.jsonl``: "cho biết", "khẳng định", "đề nghị", ...), and
  the quotes that a verb opens ("nhấn mạnh: “...”") or that one closes ("“...” - ông Sơn nói");
* resolve the speaker: the official named last before the verb in its sentence (the mention of
  a name, a short form "ông Sơn"); else a title alone ("Phó Bí thư Thường trực Tỉnh ủy nhấn
  mạnh") that exactly one official of the article holds; else "ông", "đồng chí" or no subject
  at all ("Đồng thời, đề nghị ...") for the speaker of the sentence before;
* filter: words of a collective ("hội nghị", "lãnh đạo tỉnh"), greetings ("chúc"), and verbs
  whose object is a noun phrase ("đánh giá cao những đóng góp", "nhấn mạnh 6 nhiệm vụ") are not
  statements; one statement a sentence;
* emit: the quote as written, ``text[start:end] == quote``: the inside of the quote marks (its
  first paragraph), or the clause from the first word after the verb (and a comma, "rằng" or
  "là") to the end of the sentence.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache
from types import MappingProxyType
from typing import Mapping

from ..matching import Match, PhraseMatcher, resolve_overlaps
from ..records import Official, Sentence, Statement, StatementKind as Kind, Token
from ..resources import lexicon, matcher, words
from ..text_keys import comparison_key, spell_out_abbreviations
from .officials import title_spans
from .provinces import extract_provinces
from .slogans import CLOSING, OPENING, find_quotes

MAX_SUBJECT_GAP = 40  # words between a speaker's name and the verb (the title in apposition)
MAX_TITLE_GAP = 15  # words between a title alone and its verb ("gửi lời chúc mừng tốt đẹp và mong muốn")
MAX_NESTED_QUOTES = 8  # quotes open around one place that are looked back at
VERB_WINDOW = 30  # characters read for a verb that opens a clause
_EDGE = " \t\n.,;:!?…"
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_QUOTE_MARKS = OPENING + CLOSING + "\"'"
_FORMER_PREFIXES = ("nguyên ", "cựu ")
# what stands between a verb and what it says: "cho biết thêm, ...", "nhấn mạnh rằng"
_CLAUSE_OPENING = re.compile(r"(?:\s|[,:])*(?:thêm(?=\W)(?:\s|[,:])*)?(?:(?:rằng|là)(?=\W)(?:\s|[,:])*)?")
# not what was said, right after the verb (no comma or colon): a verb used as a noun ("sự chỉ đạo
# của thành phố"), when it was said ("nói khi chia sẻ về"), what it was about ("nói về tình hình")
_NOT_CONTENT = re.compile(r"\s*(?:thêm\s+)?(?:của|và sự|(?:sơ lược\s+)?về)\s", re.IGNORECASE)
_WHEN = re.compile(r"\s*khi\s+", re.IGNORECASE)  # "nói khi chia sẻ về ...": when, if a verb follows
_LIST_GOES_ON = re.compile(r"(?:\s+[^\W\d_]+){0,2}?\s*(?:,|;|và\s)")  # the verb and a short object: "trả lời công dân;"


@cache
def _verb_matcher() -> PhraseMatcher:
    """The speech verbs, and the phrases that hold one without saying anything ("chúc mừng", "nói chuyện")."""
    return PhraseMatcher((e for e in lexicon("speech") if e.label in ("SPEECH_VERB", "NOT_SPEECH")),
                         lower=True, drop_quotes=False)


@cache
def _speech_matcher() -> PhraseMatcher:
    """Every entry of the speech lexicon, for the few words around a verb."""
    return PhraseMatcher(lexicon("speech"), lower=True, drop_quotes=False)


def _labelled(matches: list[Match], label: str) -> list[Match]:
    return [m for m in matches if m.entry.label == label]


@dataclass
class _Context:
    """What the statements of one document are resolved against."""

    text: str
    officials: list[Official]
    by_title: dict[str, set[str]]  # a title's comparison key -> the names that hold it
    titles: dict[str, str]  # name -> its title as written, for speaker_title
    mentions: list[tuple[int, int, str]]  # (start, end, name) of every mention, in text order
    mention_starts: list[int]
    quotes: list  # the text's quotes, sorted by start
    quote_starts: list[int]
    newlines: list[int]  # where every line ends

    def mentions_in(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The mentions that lie within ``text[start:end]``."""
        i = bisect_left(self.mention_starts, start)
        j = bisect_right(self.mention_starts, end)
        return [m for m in self.mentions[i:j] if m[1] <= end]

    def line_start(self, at: int) -> int:
        i = bisect_left(self.newlines, at)
        return self.newlines[i - 1] + 1 if i > 0 else 0

    def quote_at(self, start: int) -> tuple[int, int] | None:
        """The quote that opens at ``start``: its inside; one left open runs to the end of its paragraph."""
        if start >= len(self.text) or self.text[start] not in OPENING + "\"'":
            return None
        i = bisect_left(self.quote_starts, start + 1)
        if i < len(self.quotes) and self.quotes[i].start == start + 1:
            return self.quotes[i].start, self.quotes[i].end
        j = bisect_left(self.newlines, start)
        return start + 1, self.newlines[j] if j < len(self.newlines) else len(self.text)

    def in_a_quote(self, at: int) -> bool:
        """Whether ``at`` lies inside one of the quotes (a place lies inside at most a few)."""
        i = bisect_right(self.quote_starts, at)
        return any(self.quotes[j].end > at for j in range(max(0, i - MAX_NESTED_QUOTES), i))


def _context(text: str, officials: list[Official]) -> _Context:
    by_title: dict[str, set[str]] = {}
    titles: dict[str, str] = {}
    for o in officials:
        if not o.title:
            continue
        titles.setdefault(o.name, o.title)
        for part in re.split(r"\s*,\s*", o.title):
            by_title.setdefault(_title_key(part), set()).add(o.name)
    mentions = sorted((o.start, o.end, o.name) if o.start is not None else (o.mention_start, o.mention_end, o.name)
                      for o in officials if o.start is not None or o.mention_start is not None)
    quotes = find_quotes(text)
    return _Context(text, officials, by_title, titles, mentions, [m[0] for m in mentions], quotes,
                    [q.start for q in quotes], [m.start() for m in re.finditer("\n", text)])


# "Chủ tịch thành phố" is how a text names the chair of the city's People's Committee once named
_CHAIR_OF_A_PLACE = re.compile(r"\b((?:phó )?chủ tịch) (tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\b")
_CITY = re.compile(r"\btp\b\.?\s*")


@cache
def _bodies_spelled_out() -> tuple[re.Pattern, Mapping[str, str]]:
    """The bodies the lexicon knows by another name ("Bộ GTVT": "Bộ Giao thông vận tải"), as keys."""
    names = {comparison_key(e.pattern): comparison_key(e.attrs["canonical"]) for e in lexicon("organisations")
             if e.attrs.get("canonical")}
    alternation = "|".join(re.escape(k) for k in sorted(names, key=len, reverse=True)) or r"(?!)"
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)"), MappingProxyType(names)


def _title_key(title: str) -> str:
    """A title as the article's other mentions of it are compared: abbreviations spelled out,
    "TP" as "thành phố", a chair of a place as the chair of its People's Committee.

    >>> _title_key("Chủ tịch thành phố") == _title_key("Chủ tịch UBND TP")
    True
    >>> _title_key("Bộ trưởng Bộ GTVT") == _title_key("Bộ trưởng Bộ Giao thông vận tải")
    True
    """
    key = _CITY.sub("thành phố ", comparison_key(spell_out_abbreviations(title))).strip()
    pattern, names = _bodies_spelled_out()
    key = pattern.sub(lambda m: names[m.group(0)], key)
    return _CHAIR_OF_A_PLACE.sub(r"\1 ủy ban nhân dân \2", key)


def _words_between(text: str, start: int, end: int) -> int:
    return len(_WORD.findall(text[start:end]))


def _speaker_by_name(ctx: _Context, sentence: Sentence, verb: Match) -> str | None:
    """The official named last before the verb in its sentence: "Ông Phạm Văn Bốn, Trưởng Ban
    Dân vận Tỉnh ủy, cho biết"; not across the words of a collective ("đồng chí A chủ trì,
    hội nghị thống nhất")."""
    best = None
    for start, end, name in ctx.mentions_in(sentence.start, verb.start):
        if _is_object(ctx.text, sentence.start, start) and not _resumed_by_pronoun(ctx.text, end, verb.start):
            continue  # "... chúc mừng Thủ tướng Phạm Minh Chính ...", "làm việc với đồng chí A, đồng chí B cho biết"
        if best is None or end > best[1]:
            best = (name, end)
    if best is None or not _subject_reaches(ctx.text, best[1], verb.start):
        return None
    return best[0]


def _resumed_by_pronoun(text: str, end: int, verb_start: int) -> bool:
    """ "chúng tôi gặp Bí thư Huyện ủy Nguyễn Thị Sửu, bà cho biết": the person just named, taken up
    again by a pronoun after a comma, is the verb's subject."""
    gap = text[end:verb_start]
    if not gap.lstrip().startswith(","):
        return False
    rest = gap.lstrip()[1:]
    pronouns = [m for m in _speech_matcher().find_all(rest) if m.entry.label == "PRONOUN"]
    return any(not rest[:m.start].strip() and not _WORD.findall(_without_connectors(rest[m.end:])) for m in pronouns)


def _subject_reaches(text: str, end: int, verb_start: int) -> bool:
    """Whether a subject that ends at ``end`` is the verb's: few words between, and no collective
    or other speech verb that is the verb's own subject."""
    if _words_between(text, end, verb_start) > MAX_SUBJECT_GAP:
        return False
    gap = text[end:verb_start]
    return not any(m.entry.label in ("COLLECTIVE", "SPEECH_VERB") for m in _speech_matcher().find_all(gap)
                   if (_ends_subject(gap, m) and not (m.entry.label == "SPEECH_VERB" and gap[m.start].isupper()))
                   or (m.entry.label == "COLLECTIVE" and _opens_a_link(gap, m.start)))


def _opens_a_link(gap: str, at: int) -> bool:
    """ "chủ trì buổi làm việc; các đại biểu thảo luận; ...": a word that opens a part after a
    semicolon is that part's subject, and the verbs after it are no longer the first subject's."""
    link_start = gap.rfind(";", 0, at)
    return link_start >= 0 and not _WORD.findall(_without_connectors(gap[link_start + 1:at]))


def _is_object(text: str, sentence_start: int, name_start: int) -> bool:
    """A name that a verb or a preposition of its clause governs: "tiếp Đại sứ X", "với đồng chí Y"."""
    # a quote closes its own clause: "“... sẵn sàng với phương châm 4 tại chỗ” - ông Hạnh nói"
    clause_start = max(*(text.rfind(mark, sentence_start, name_start) for mark in ",;" + CLOSING + '"'), sentence_start)
    lead = text[clause_start:name_start]
    return any(m.entry.label == "OBJECT_MARK" for m in _speech_matcher().find_all(lead))


def _ends_subject(gap: str, m: Match) -> bool:
    """A word that stands just before the verb, bar adverbs: the verb's own subject."""
    rest = gap[m.end:]
    return not _WORD.findall(_strip_adverbs(rest))


@cache
def _adverbs() -> tuple[str, ...]:
    return tuple(sorted((e.pattern for e in lexicon("speech") if e.label == "ADVERB"), key=len, reverse=True))


def _strip_adverbs(text: str) -> str:
    lead = text.strip(" ,").lower()
    changed = True
    while changed and lead:
        changed = False
        for adverb in _adverbs():
            if lead.endswith(adverb) and (len(lead) == len(adverb) or not lead[-len(adverb) - 1].isalnum()):
                lead = lead[: -len(adverb)].rstrip(" ,")
                changed = True
    return lead


def _speaker_by_title(ctx: _Context, sentence: Sentence, verb: Match) -> str | None:
    """ "Phó Bí thư Thường trực Tỉnh ủy nhấn mạnh": the one official of the article with that title."""
    for start, end in reversed(title_spans(ctx.text, sentence.start, verb.start)):
        if (_is_object(ctx.text, sentence.start, start) or _words_between(ctx.text, end, verb.start) > MAX_TITLE_GAP
                or not _subject_reaches(ctx.text, end, verb.start)):
            continue
        # "Chủ tịch Đà Nẵng cho biết": a province's name after the post names whose post it is
        place = next((p for p in extract_provinces(ctx.text[end:verb.start]) if not ctx.text[end:end + p.start].strip()), None)
        if place is not None and (holder := _holder_of(ctx, ctx.text[start:end + place.end])):
            return holder
        return _holder_of(ctx, ctx.text[start:end])
    return None


def _holds(held: str, key: str) -> bool:
    """Whether a title holds a post, as whole words and not as a deputy's: "chủ tịch ubnd tỉnh"
    is held in "phó bí thư tỉnh ủy, chủ tịch ubnd tỉnh", not in "phó chủ tịch ubnd tỉnh"."""
    at = held.find(key)
    while at >= 0:
        end = at + len(key)
        whole = (at == 0 or not held[at - 1].isalnum()) and (end == len(held) or not held[end].isalnum())
        if whole and not held[:at].rstrip().endswith("phó"):
            return True
        at = held.find(key, at + 1)
    return False


def _holder_of(ctx: _Context, title: str) -> str | None:
    """The one official of the article whose title holds this one."""
    key = _title_key(title)
    # "Bộ trưởng Bộ Quốc phòng" is held in "Đại tướng, Bộ trưởng Bộ Quốc phòng", and is what
    # "Bộ trưởng Bộ Quốc phòng Việt Nam" names
    # a former post ("nguyên Bộ trưởng ...") is not what a title alone names
    current = {held: holders for held, holders in ctx.by_title.items()
               if not held.startswith(_FORMER_PREFIXES) or key.startswith(_FORMER_PREFIXES)}
    names = {n for held, holders in current.items() if key and _holds(held, key) for n in holders} or {
        n for held, holders in current.items() if key and len(held.split()) >= 3 and key.startswith(held + " ")
        for n in holders}
    if not names and (chair := _chair_of_a_province(title)):
        # "Chủ tịch Đà Nẵng": the chair of the city's People's Committee, however its title names the city
        names = {n for held, holders in current.items() if _holds(_PLACE_NOUN.sub("", held), chair) for n in holders}
    return next(iter(names)) if len(names) == 1 else None


_CHAIR_OF_A_NAME = re.compile(r"((?:phó )?chủ tịch) (\S.*)$", re.IGNORECASE)
_PLACE_NOUN = re.compile(r"(?<=ủy ban nhân dân )(?:tỉnh|thành phố) ")


def _chair_of_a_province(title: str) -> str:
    """ "Chủ tịch Đà Nẵng" -> "chủ tịch ủy ban nhân dân đà nẵng": a chair named by a province's
    name alone; "" for any other title."""
    m = _CHAIR_OF_A_NAME.match(title.strip())
    if not m or not any(p.start == 0 and p.end == len(m[2]) for p in extract_provinces(m[2])):
        return ""
    return _PLACE_NOUN.sub("", _title_key(f"{m[1]} ủy ban nhân dân {m[2]}"))


_NEXT_PREDICATE = re.compile(r"([;,])\s*$")
_SPACES = re.compile(r"\s*")


def _opens_with_a_verb(text: str, at: int, end: int, pos_starting_at: Mapping[int, str]) -> bool:
    """Whether ``text[at:end]`` opens with a verb, past its connectors and up to two adverbs or
    adjectives ("chân thành cảm ơn", "một lần nữa chúc mừng")."""
    modifiers = 0
    for word in _WORD.finditer(_without_connectors(text[at:end])):
        pos = pos_starting_at.get(at + word.start())
        if pos is None:
            continue  # a later syllable of the same word
        if pos.startswith("V"):
            return True
        modifiers += 1
        if pos not in ("R", "A") or modifiers > 2:
            return False
    return False


def _shared_subject(ctx: _Context, sentence: Sentence, verb: Match, pos_starting_at: Mapping[int, str]) -> str | None:
    """ "Thủ tướng Hun Sen một lần nữa chúc mừng ...; đánh giá cao ...; khẳng định Campuchia ...":
    a verb that opens the next of a chain of predicates has the subject of the first, when every
    link of the chain opens with a verb ("...; các đại biểu thảo luận, ..." names a new subject)."""
    text = ctx.text
    mark = _NEXT_PREDICATE.search(_without_connectors(text[sentence.start:verb.start]))  # "; đồng thời khẳng định"
    if not mark or not pos_starting_at:
        return None
    mentions = ctx.mentions_in(sentence.start, verb.start)
    named_after = {s for s, _, _ in mentions}
    # (end, name) of a name, (end, start) of a title alone, whose holder is looked up only if it is
    # the subject; a title before a name is the name's ("Thủ tướng Hun Sen")
    subjects: list[tuple[int, str | int]] = [(e, name) for s, e, name in mentions if not _is_object(text, sentence.start, s)]
    subjects += [(e, s) for s, e in title_spans(text, sentence.start, verb.start)
                 if not _is_object(text, sentence.start, s) and _SPACES.match(text, e).end() not in named_after]
    if not subjects:
        return None
    subject_end, subject = min(subjects, key=lambda found: found[0])
    speaker = _holder_of(ctx, text[subject:subject_end]) if isinstance(subject, int) else subject
    links = re.split(re.escape(mark.group(1)), text[subject_end:sentence.start + mark.start()])
    at = subject_end
    for link in links:
        if not _opens_with_a_verb(text, at, at + len(link), pos_starting_at):
            return None
        at += len(link) + 1
    return speaker


def _only_official_of(ctx: _Context, sentence: Sentence) -> str | None:
    """The one official the sentence before names ("X gửi lời chúc mừng ... Đồng thời, mong muốn ...")."""
    names = {name for _, _, name in ctx.mentions_in(sentence.start, sentence.end)}
    if not names:  # "Đồng chí Phó Chủ tịch Tổng Liên đoàn chúc ... Đồng chí đề nghị ...": the title its subject
        titles = [t for t in title_spans(ctx.text, sentence.start, sentence.end)
                  if not _is_object(ctx.text, sentence.start, t[0])]
        names = {_holder_of(ctx, ctx.text[a:b]) for a, b in titles}
        if None in names:
            names = set()  # a title no one of the article holds may be the subject
    return next(iter(names)) if len(names) == 1 else None


def _pronoun_subject(ctx: _Context, sentence: Sentence, verb: Match) -> bool:
    """ "Ông khẳng định", "Đồng chí đề nghị", "Đồng thời, đề nghị": no name, no title, no collective."""
    lead = ctx.text[sentence.start:verb.start]
    bare = _strip_adverbs(lead)
    if not bare:
        return True
    for m in _speech_matcher().find_all(bare):
        if m.entry.label in ("PRONOUN", "CONNECTOR") and m.end == len(bare):
            before = bare[:m.start].strip(" ,")
            return not before or not _WORD.findall(_without_connectors(before))
    return False


def _without_connectors(text: str) -> str:
    """What is left once the connectors and adverbs ("Đồng thời", "Bên cạnh đó", "cũng") are gone."""
    kept = list(text)
    for m in _speech_matcher().find_all(text):
        if m.entry.label in ("CONNECTOR", "ADVERB"):
            kept[m.start:m.end] = " " * (m.end - m.start)
    return "".join(kept)


def _strip_honorifics(text: str) -> str:
    """What is left of the start of a line once its honorifics and titles are gone."""
    rest = text.strip(" ,-–—")
    for m in sorted(_speech_matcher().find_all(rest), key=lambda m: -m.end):
        if m.entry.label == "PRONOUN" and m.end == len(rest):
            rest = rest[:m.start].strip(" ,")
    return rest


def _another_verb_at(text: str, at: int) -> bool:
    """ "ghi nhận, biểu dương và chúc mừng ...", "kiến nghị, phản ánh, đề đạt ...": a list of verbs,
    not a clause that one of them says. The next verb is one that says nothing, or another item
    of the list follows it; "cho biết, kể từ đầu năm ...", "nhấn mạnh, mong muốn lớn nhất ..." are
    clauses."""
    window = text[at:at + VERB_WINDOW]
    return any(m.entry.label == "NOT_SPEECH" or _LIST_GOES_ON.match(window, m.end) for m in _verbs_at(text, at))


def _verbs_at(text: str, at: int) -> list[Match]:
    """The speech verbs (and the phrases that hold one) that begin at ``at`` (offsets in the window)."""
    return [m for m in _verb_matcher().find_all(text[at:at + VERB_WINDOW]) if m.start == 0]


def _clause_start(text: str, at: int, end: int) -> int:
    """The first word of what a verb says: after a comma, a colon, "rằng", "là"."""
    m = _CLAUSE_OPENING.match(text, at, end)
    return m.end()


@cache
def _noun_phrase_starts(every_verb: bool = False) -> tuple[str, ...]:
    """Words that open a noun phrase after a verb that needs a clause; with ``every_verb``, the
    ones that do after any speech verb ("sự", "việc", "vai trò": ``every_verb`` in the lexicon)."""
    return tuple(e.pattern for e in _noun_phrase_entries() if not every_verb or e.attrs.get("every_verb"))


@cache
def _noun_phrase_entries() -> tuple:
    return tuple(e for e in lexicon("speech") if e.label == "NOUN_PHRASE_START")


def _is_noun_phrase(text: str, start: int, end: int, needs_clause: bool, marked: bool, has_verb: bool = True) -> bool:
    """ "đánh giá cao những đóng góp", "nhấn mạnh 6 nhiệm vụ trọng tâm", "bày tỏ lòng biết ơn",
    "khẳng định vai trò của Mặt trận", "cho biết nhiều điểm mới của luật" (no verb after it): the
    verb names a thing."""
    if marked:
        return False
    head = text[start:end].lower()
    first = _WORD.findall(head[:40])
    if first[:1] in (["các"], ["những"]) and _acts(first[1:MODAL_REACH + 1]):
        return False  # "nhấn mạnh các địa phương phải hoàn thành ...": those who must act, then what
    if first and not first[0].isdigit() and "là" in _WORD.findall(head[:COPULA_REACH]):
        return False  # "chia sẻ giải pháp mà xã đã áp dụng là giao khoán rừng ...": what it is, a clause
    if needs_clause and (not first or first[0].isdigit()):
        return True
    if first[:1] and first[0] in _fronted_openings() and "," in head:
        # "nhấn mạnh trong tổng thể đường lối đối ngoại ..., Việt Nam luôn coi trọng ...": a fronted
        # adverbial, then the clause said
        before, rest = head.split(",", 1)
        # not a second predicate of the same subject: "nhấn mạnh tại hội nghị, đồng thời yêu cầu ..."
        if len(_WORD.findall(before)) <= MAX_FRONTED_WORDS and not _SECOND_PREDICATE.match(rest) \
                and any(w in _PREDICATE_MARKS for w in _WORD.findall(rest)):
            return False
    opens = any(head.startswith(phrase) and not head[len(phrase):len(phrase) + 1].isalnum()
                for phrase in _noun_phrase_starts(every_verb=not needs_clause and has_verb))
    # "cho rằng sự vào cuộc ... đã tạo nên thành công": a predicate makes the noun phrase a subject
    phrase = re.split(r"[,;:]|\s(?:để|nhằm)\s", head, maxsplit=1)[0]
    return opens and (needs_clause or not any(w in _PREDICATE_MARKS for w in _WORD.findall(phrase)))


MODAL_REACH = 5  # words after "các" in which a modal shows a clause
_SECOND_PREDICATE = re.compile(r"\s*(?:đồng thời|và|cũng|rồi|sau đó|yêu cầu|đề nghị|chỉ đạo|nhấn mạnh|khẳng định|cho biết)\b")
MAX_FRONTED_WORDS = 15  # words of an adverbial before the comma after which the clause said begins


@cache
def _fronted_openings() -> frozenset[str]:
    """Prepositions that may open an adverbial before the clause said ("trong", "tại")."""
    return frozenset(e.pattern for e in _noun_phrase_entries() if e.attrs.get("fronted"))
# words that only a predicate holds: after them, "vai trò ...", "sự ...", "quá trình ..." is a subject
_PREDICATE_MARKS = frozenset({"đã", "đang", "sẽ", "còn", "được", "là", "vẫn", "đều", "cần", "phải", "rất", "càng",
                              "luôn", "chưa", "không", "có"})
COPULA_REACH = 60  # characters after the verb in which "là" makes a noun phrase the subject of a clause


def _acts(following: list[str]) -> bool:
    """ "địa phương phải hoàn thành": bodies or people (``CLAUSE_SUBJECT``), then a modal
    (``CLAUSE_MODAL``); not "giải pháp cần thiết", "nhiệm vụ cần tập trung" (a thing to do)."""
    subjects, modals = words("speech", "CLAUSE_SUBJECT"), words("speech", "CLAUSE_MODAL")
    size = next((n for n in (3, 2, 1) if " ".join(following[:n]) in subjects), 0)
    if not size:
        return False
    return any(w in modals or " ".join(following[k:k + 2]) in modals for k, w in enumerate(following[size:], size)
               if following[k + 1:k + 2] != ["thiết"])


def _addresses_those_who_act(text: str, start: int, end: int) -> bool:
    """ "động viên các đảng viên tiếp tục nêu gương": whom the verb urges, then what they are to do."""
    following = _WORD.findall(text[start:end].lower())[:MODAL_REACH + 3]
    return _acts(following[1:] if following[:1] in (["các"], ["những"]) else following)


@cache
def _title_units() -> PhraseMatcher:
    return matcher("positions", "organisations", "title_words", lower=True, drop_quotes=True)


def _inside_a_name(text: str, sentence: Sentence, verb: Match) -> bool:
    """ "Ban Chỉ đạo Tây Nguyên", "Cổng thông tin điện tử": a verb's words inside a body's name."""
    return any(start < verb.start - sentence.start and verb.end - sentence.start <= end
               for start, end in _names_in(text[sentence.start:sentence.end]))


@lru_cache(maxsize=64)
def _names_in(sentence: str) -> tuple[tuple[int, int], ...]:
    """Spans of the bodies' and posts' names in a sentence, asked once for all its verbs."""
    return tuple((m.start, m.end) for m in _title_units().find_all(sentence)
                 if m.entry.label in ("ORG", "ORG_HEAD", "NON_STATE", "POSITION"))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in _EDGE + _QUOTE_MARKS:
        end -= 1
    while start < end and text[start] in " \t\n":
        start += 1
    return start, end


def extract_statements(text: str, sentences: list[Sentence], officials: list[Official],
                       tokens: list[Token] | None = None) -> list[Statement]:
    """Statements of the named officials of a text.

    >>> from pipeline.sentences import split_sentences
    >>> from pipeline.extract.officials import extract_officials
    >>> t = "Bí thư Tỉnh ủy Phan Việt Cường nhấn mạnh, năm 2024 phải làm tốt công tác dân vận. Ông cũng đề nghị các cấp quan tâm hơn."
    >>> s = split_sentences(t)
    >>> [(x.speaker, x.kind.value, x.verb, x.quote) for x in extract_statements(t, s, extract_officials(t, s))]
    [('Phan Việt Cường', 'reported', 'nhấn mạnh', 'năm 2024 phải làm tốt công tác dân vận'), ('Phan Việt Cường', 'reported', 'đề nghị', 'các cấp quan tâm hơn')]
    """
    if not officials:
        return []
    ctx = _context(text, officials)
    pos_ending_at = {t.end: t.pos for t in tokens or []}
    pos_starting_at = {t.start: t.pos for t in tokens or []}
    found = resolve_overlaps(_verb_matcher().find_all(text))
    # a verb inside quote marks is the quote's word ("miệng nói, tay làm"), not the article's
    verbs = [m for m in found if m.entry.label == "SPEECH_VERB" and not ctx.in_a_quote(m.start)]
    starts = [s.start for s in sentences]
    statements: list[Statement] = []
    last_speaker: tuple[int, str] | None = None  # sentence id, name
    done: set[int] = set()
    second_parts: set[int] = set()  # sentences whose quote is attributed before their reported clause
    named_thing_end = -1  # where a verb whose object is a noun phrase ends
    for verb in verbs:
        i = bisect_right(starts, verb.start) - 1
        if i < 0 or i in done or i in second_parts:
            continue
        sentence = sentences[i]
        if sentence.start <= named_thing_end and not re.search(r"[,;:]", text[named_thing_end:verb.start]):
            continue  # "lưu ý tầm quan trọng của công tác xét nghiệm và phân tích, ...": a word of that noun phrase
        if _inside_a_name(text, sentence, verb) or (text[max(sentence.start, verb.start - 5):verb.start].lower().endswith("lời ")
                                                    and " và " not in verb.entry.pattern):
            continue  # "gửi lời chúc mừng": a noun; "gửi lời chúc mừng và mong muốn bà con ...": a wish said
        if _WORD.findall(text[max(sentence.start, verb.start - 12):verb.start].lower())[-1:] in (
                ["những"], ["các"], ["mọi"], ["nhiều"]):
            continue  # "những kiến nghị chính đáng", "có nhiều chỉ đạo sát sao": a noun after a plural word
        if text[verb.start].isupper() and text[sentence.start:verb.start].strip(_EDGE + _QUOTE_MARKS + "-–—"):
            continue  # a capitalised word inside the sentence is a name's: "Cửa khẩu quốc tế Lao Bảo"
        if _SIGNED_DOCUMENT.search(text, sentence.start, verb.start) or (
                i > 0 and _ACCORDINGLY.match(text, sentence.start) and verb.entry.pattern in _DIRECTIVES
                and not re.match(r"\s*:", text[verb.end:sentence.end])
                and _ISSUED_DOCUMENT.search(text, sentences[i - 1].start, sentences[i - 1].end)):
            continue  # "đã ký công văn hỏa tốc yêu cầu ...": what a document requires, not what was said
        joined = _AND_THEN.search(text, sentence.start, verb.start)
        second_part = bool(joined) and any(v.end == joined.start() for v in verbs) \
            and bool(_MARKED.match(text, verb.end, sentence.end))
        if _said_after_a_quote(ctx, sentence, verb) and not second_part:
            continue  # "“...”, Bí thư Tỉnh ủy nhấn mạnh, đồng thời ...": the quote is what was said
        speaker = (_speaker_by_name(ctx, sentence, verb) or _speaker_by_title(ctx, sentence, verb)
                   or _shared_subject(ctx, sentence, verb, pos_starting_at))
        if speaker is None and _pronoun_subject(ctx, sentence, verb):
            if last_speaker and last_speaker[0] >= sentence.sent_id - 2:
                speaker = last_speaker[1]
            else:
                speaker = _only_official_of(ctx, sentences[i - 1]) if i > 0 else None
        if speaker is None:
            continue
        when = _WHEN.match(text, verb.end, sentence.end)
        if (_NOT_CONTENT.match(text, verb.end, sentence.end) or (when and _verbs_at(text, when.end()))
                or _another_verb_at(text, _clause_start(text, verb.end, sentence.end))):
            continue
        after = _clause_start(text, verb.end, sentence.end)
        if (joined := _VERB_CONJUNCTION.match(text, verb.end, sentence.end)) and any(
                m.entry.label == "SPEECH_VERB" for m in _verbs_at(text, joined.end())):
            continue  # "khẳng định và đề nghị người dân ...": the last verb of the pair opens what is said
        # "dặn dò các đảng viên trẻ: “...”", "nói thẳng: “...”": whom or how, a colon, then the quote
        framed = _OBJECT_THEN_QUOTE.match(text, verb.end, sentence.end)
        if framed and ctx.quote_at(framed.end()):
            after = framed.end()
        quote = ctx.quote_at(after)
        rest = text[quote[1] + 1:sentence.end] if quote else ""
        if quote and rest.strip(_EDGE + _QUOTE_MARKS) and not _ANOTHER_CLAUSE.match(rest):
            quote = None  # "cho biết: “Đông ấm cho em” là Chương trình ...": a name quoted in a reported clause
        if quote:
            kind, (start, end) = Kind.DIRECT, quote
        else:
            marked = bool(re.match(r"\s*(?:thêm\s*)?(?:[,:]|rằng\b|là\b)", text[verb.end:sentence.end]))
            strictly = bool(re.match(r"\s*(?::|,?\s*rằng\b)", text[verb.end:sentence.end]))
            # a colon or "rằng"; for some ("thông tin, ..."; not "trả lời, ...") a comma too
            needs_mark = verb.entry.attrs.get("needs_mark")
            # "báo chí phản ánh thông tin, ...": after a verb, the word is its object
            after_a_verb = pos_ending_at.get(len(text[:verb.start].rstrip()), "").startswith("V")
            if needs_mark and not (strictly or (needs_mark == "or_comma" and marked and not after_a_verb)
                                   or (needs_mark == "or_actor" and _addresses_those_who_act(text, verb.end, sentence.end))):
                continue
            has_verb = not tokens or any(pos_starting_at.get(at, "").startswith("V") for at in range(after, sentence.end))
            if not verb.entry.pattern.endswith("rằng") and _is_noun_phrase(
                    text, after, sentence.end, bool(verb.entry.attrs.get("needs_clause")), marked, has_verb):
                named_thing_end = verb.end
                continue
            kind, (start, end) = Kind.REPORTED, (after, sentence.end)
        start, end = _trim(text, start, end)
        if _words_between(text, start, end) < 3:
            continue
        statements.append(Statement(speaker, ctx.titles.get(speaker, ""), kind, text[verb.start:verb.end],
                                    text[start:end], start, end, sentence.sent_id))
        last_speaker = (sentence.sent_id, speaker)
        # the quote a second part follows is still said, after it
        (second_parts if second_part else done).add(i)
    statements.extend(_quotes_said_after(ctx, sentences, done))
    statements.extend(_quotes_after_a_name(ctx, sentences, done))
    # "gửi lời chúc: “Chúc bà con một năm mới ...”": a greeting in quote marks is still a greeting
    statements = [s for s in statements if not (s.kind is Kind.DIRECT and _GREETING.match(s.quote)
                                                and " là " not in s.quote)]
    # the same words of the same speaker once: "nhấn mạnh ..." told again later in the article
    unique = {(s.speaker, s.kind, s.quote): s for s in sorted(statements, key=lambda s: -s.start)}
    return sorted(unique.values(), key=lambda s: (s.start, s.speaker))


# a document the official signed or issued, then what it says: "ký công văn hỏa tốc yêu cầu ..."
_ISSUED = (r"\b(?:ký(?!\s+kết)|ban hành|gửi)\s+(?:\S+\s+){0,2}?(?:công văn|công điện|văn bản|quyết định|chỉ thị|"
           r"thông báo|kế hoạch|bức thư|thư chúc mừng|thư khen)\b")
_SIGNED_DOCUMENT = re.compile(_ISSUED + r"[^.;:“”\"]{0,60}$", re.IGNORECASE)
# "... đã ký Công điện số 860/CĐ-CTUBND về ... . Theo đó, Chủ tịch UBND tỉnh yêu cầu ...": what the document says
_ISSUED_DOCUMENT = re.compile(_ISSUED, re.IGNORECASE)
_ACCORDINGLY = re.compile(r"\W*theo đó\b", re.IGNORECASE)
_DIRECTIVES = frozenset({"yêu cầu", "chỉ đạo", "đề nghị", "giao"})  # what a document orders
_VERB_CONJUNCTION = re.compile(r"\s+(?:và|cũng như)\s+")
# "“...” - ông Hạnh nói và cho biết, hiện ...": after the verb that says who said the quote, a second
# verb says a clause of its own
_AND_THEN = re.compile(r"\s+(?:và|rồi)\s+$", re.IGNORECASE)
_MARKED = re.compile(r"\s*(?:,|rằng\b)")
_FRAME_BREAK = re.compile(r"[.!?;“”\"«»]")
_LEAD_CLAUSE = re.compile(r",\s*(?:[^\W\d_]+\s+){0,2}$")  # "Trả lời phóng viên, đồng chí "
MAX_ATTRIBUTION_WORDS = 25  # between a quote and the verb that says who said it
ATTRIBUTION_REACH = 120  # characters after a quote read for the verb


def _said_after_a_quote(ctx: _Context, sentence: Sentence, verb: Match) -> bool:
    """Whether the verb follows a quote of its sentence, with only who said it between."""
    for q in ctx.quotes[bisect_left(ctx.quote_starts, sentence.start):bisect_left(ctx.quote_starts, verb.start)]:
        # the quote opens the sentence: "“...”, ông X nói", not a term quoted inside it
        if q.end < verb.start and not ctx.text[sentence.start:q.start].strip(_QUOTE_MARKS + " ") \
                and _attributes_the_quote(ctx.text, q.end, verb.start):
            return True
    return False


def _attributes_the_quote(text: str, quote_end: int, verb_start: int) -> bool:
    """Whether only who said it stands between the end of a quote and a speech verb: "“...”, ông
    X nói", "“...” - Bí thư Tỉnh ủy khẳng định"."""
    gap = text[quote_end + 1:verb_start]
    return bool(re.match(r"\W*[,–—-]", gap)) and not _FRAME_BREAK.search(gap.lstrip("”»\"' ")) \
        and len(_WORD.findall(gap)) <= MAX_ATTRIBUTION_WORDS
_GREETING = re.compile(r"\W*(?:kính chúc|xin chúc|chúc)\s", re.IGNORECASE)
_OBJECT_THEN_QUOTE = re.compile(r"(?:\s+[^\W\d_]+){1,6}\s*:\s*(?=[“\"«])")
# "“...”, đồng thời đề nghị ...": the quote ends, another clause of the sentence begins
_ANOTHER_CLAUSE = re.compile(r"\W*,\s*(?:đồng thời|và|sau đó|rồi)\s", re.IGNORECASE)


def _quotes_after_a_name(ctx: _Context, sentences: list[Sentence], done: set[int]) -> list[Statement]:
    """ "Ông Phạm Văn Bốn - Trưởng Ban Dân vận Tỉnh ủy Long An: “...”": a name, its title and a
    colon before the quote (a headline's or a caption's frame too)."""
    out = []
    starts = [s.start for s in sentences]
    for colon in re.finditer(r"(?::|\s[-–—])\s*(?=[" + re.escape(OPENING) + "\"'])", ctx.text):
        opening = colon.end()
        i = bisect_right(starts, opening) - 1
        if i < 0 or i in done:
            continue
        # the frame is the colon's own sentence: not an official named a sentence before, whose
        # title the words between would seem to be ("Bà A, Chủ tịch ... nhấn mạnh: “...” Chị B chia sẻ: “...”")
        frame_start = max(ctx.line_start(opening), sentences[max(0, bisect_right(starts, colon.start()) - 1)].start)
        if colon.group(0)[0] != ":" and frame_start != ctx.line_start(opening):
            continue  # a dash frames a quote only as a headline's or a caption's does: "Chức vụ Tên - “...”"
        mentions = ctx.mentions_in(frame_start, colon.start())
        speaker = (_named_frame(ctx, frame_start, colon.start(), mentions) if mentions
                   else _titled_frame(ctx, frame_start, colon.start()))
        if speaker is None:
            continue
        q = ctx.quote_at(opening)
        start, end = _trim(ctx.text, *q)
        line_end = ctx.text.find("\n", q[1])
        rest = ctx.text[q[1]:line_end if line_end >= 0 else len(ctx.text)]
        if _words_between(ctx.text, start, end) < 3 or (not mentions and rest.strip(_EDGE + _QUOTE_MARKS)):
            continue  # a title alone frames a whole quoted line: not "Bí thư Tỉnh ủy: “Dân vận khéo” phải ..."
        out.append(Statement(speaker, ctx.titles.get(speaker, ""), Kind.DIRECT, "", ctx.text[start:end], start, end,
                             sentences[i].sent_id))
        done.add(i)
    return out


def _named_frame(ctx: _Context, frame_start: int, colon: int, mentions: list[tuple[int, int, str]]) -> str | None:
    """The official a frame names before its colon: "Bí thư Tỉnh ủy Lai Châu Lê Minh Ngân:",
    "Trả lời phóng viên, đồng chí A, ...:"; not "... phong cách dân vận của Chủ tịch Hồ Chí Minh:"."""
    raw_lead = ctx.text[frame_start:mentions[0][0]]
    lead = _strip_honorifics(raw_lead)
    if lead and lead != ctx.titles.get(mentions[0][2], "").strip() and not _LEAD_CLAUSE.search(raw_lead):
        return None
    last_start, last_end, last_name = max(mentions, key=lambda m: m[1])
    between = ctx.text[last_end:colon]
    if (_WORD.findall(between) and not re.match(r"\s*[-–—,]", between)) or _FRAME_BREAK.search(between):
        return None
    return last_name


MAX_FRAME_PLACE = 4  # words of the place after a title alone before a colon


def _titled_frame(ctx: _Context, frame_start: int, colon: int) -> str | None:
    """The one official of the article that a title alone before the colon names, as a headline
    does: "Bí thư Tỉnh ủy Nghệ An: “...”"."""
    spans = title_spans(ctx.text, frame_start, colon)
    if len(spans) != 1 or _strip_honorifics(ctx.text[frame_start:spans[0][0]]):
        return None
    place = _WORD.findall(ctx.text[spans[0][1]:colon])
    if len(place) > MAX_FRAME_PLACE or any(not w[0].isupper() for w in place) or _FRAME_BREAK.search(
            ctx.text[spans[0][1]:colon]):
        return None
    return _holder_of(ctx, ctx.text[spans[0][0]:spans[0][1]])


def _quotes_said_after(ctx: _Context, sentences: list[Sentence], done: set[int]) -> list[Statement]:
    """ "“...” - ông Sơn nói", "“...”, Bí thư Tỉnh ủy khẳng định": a quote its speaker follows."""
    out = []
    starts = [s.start for s in sentences]
    for q in ctx.quotes:
        i = bisect_right(starts, q.start) - 1
        if i < 0 or i in done:
            continue
        tail = ctx.text[q.end + 1: min(len(ctx.text), q.end + 1 + ATTRIBUTION_REACH)]
        if not re.match(r"\s*[-–—,]", tail):
            continue
        clause_end = q.end + 1 + len(re.split(r"[.;!?\n]", tail, maxsplit=1)[0])
        verb = next((v for v in resolve_overlaps(_verb_matcher().find_all(ctx.text[q.end + 1:clause_end]))
                     if v.entry.label == "SPEECH_VERB"), None)
        if verb is None:
            continue
        verb = Match(verb.start + q.end + 1, verb.end + q.end + 1, verb.entry)
        if not _attributes_the_quote(ctx.text, q.end, verb.start):
            continue
        sentence = Sentence(sentences[i].sent_id, q.end + 1, clause_end, ctx.text[q.end + 1:clause_end])
        speaker = _speaker_by_name(ctx, sentence, verb) or _speaker_by_title(ctx, sentence, verb)
        if speaker is None:
            continue
        start, end = _trim(ctx.text, q.start, q.end)
        if _words_between(ctx.text, start, end) < 3:
            continue
        out.append(Statement(speaker, ctx.titles.get(speaker, ""), Kind.DIRECT, ctx.text[verb.start:verb.end],
                             ctx.text[start:end], start, end, sentences[i].sent_id))
        done.add(i)
    return out
