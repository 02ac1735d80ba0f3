"""Slogans: mottos, movements, campaigns, programmes and annual themes, quoted or known.

find -> filter -> resolve -> emit:

* find: the catalogue (``lexicons/slogans.jsonl``), matched case- and quote-insensitively at
  word boundaries, so "dân vận “khéo”" is the known slogan "Dân vận khéo"; and every quoted
  span, in every quote style, nested or unbalanced;
* filter: a catalogue entry that is also an everyday phrase ("tương thân tương ái") counts
  only quoted or after a campaign's frame word; a quoted span counts when the slogan model
  (``models/slogan_quotes.json``, trained by ``scripts/train_slogan_model.py`` on the
  annotated development sets) reads it as a slogan, from the words around it: a frame word
  before it ("phong trào thi đua “...”", "chương trình “...”"), a document's or a work's
  before it ("Nghị quyết về “...”", "công trình “...”"), a speech verb and a colon, its length
  and shape (a motto's short parallel parts, a sentence, a proper name); a fund's name ("Quỹ
  “...”") and a show's ("chương trình “...”" in a sentence about a broadcast) are names, not
  campaigns, unless the catalogue knows them;
* resolve: the longest of overlapping candidates; the name of an event ("Ngày hội Đại đoàn
  kết toàn dân tộc") or a rejected title blocks the catalogue entries inside it;
* emit: the mention as written, the slogan without its quotes or a frame word inside them.
"""
from __future__ import annotations

import json
import math
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import NamedTuple

from ..matching import Enclosures, LexiconEntry, Match, PhraseMatcher, resolve_overlaps
from ..records import SloganMention, Token
from ..resources import lexicon, matcher
from ..text_keys import QUOTE_CHARS, KeyedText, comparison_key, fold_spaces

OPENING = "“«‘„‟"
CLOSING = "”»’"
AMBIGUOUS = "\"'"
_QUOTE_OR_LINE = re.compile("[" + re.escape(OPENING + CLOSING + AMBIGUOUS) + "\n]")
MAX_QUOTE_LENGTH = 400
MAX_OPEN_QUOTES = 32
CUE_WINDOW = 60
LINE_EDGE_CHARS = 16
MAX_CUE_GAP_WORDS = 3
MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "slogan_quotes.json"
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_INNER_SENTENCE_END = re.compile(r"[.!?…]\s+\S")
_EDGE_PUNCTUATION = " \t\n.,;:!?…-–—()[]{}\"'“”‘’«»/*"
_LIST_GLUE = re.compile(r"\s*(?:[,;]|và|&)?\s*")
_PRONOUNS = re.compile(r"\b(tôi|chúng tôi|chúng ta|chúng em|mình|các đồng chí|bạn|nó|tụi|họ|mày|tao|em)\b",
                       re.IGNORECASE)
# “...” năm 2021, “...” giai đoạn 2021 - 2025: a campaign of a period.
_PERIOD_AFTER = re.compile(r"\s*(?:năm|giai đoạn|nhiệm kỳ|đợt|từ năm|trong năm)\s+(?:\d{1,2}/)?(?:19|20)\d\d", re.IGNORECASE)
_NO_QUOTES = str.maketrans({c: " " for c in QUOTE_CHARS})
# "Chủ đề năm 2024 của tỉnh ... là “...”": a theme's frame word, its subject, then "là"
_ENDS_WITH_LA = re.compile(r"\slà\s*:?\s*$")
# a document's number and date between its kind and its quoted title: "Chỉ thị số 05-CT/TW ngày 15/5/2016 về"
_DOCUMENT_REFERENCE = re.compile(r"(?:\b(?:số|ngày)\s+)?[\w.]*\d[\w./-]*", re.IGNORECASE)
# "Năm 2025 được chọn là “Năm chuyển đổi số”": a year's theme is named "Năm" and what the year is for
_ANNUAL_THEME = re.compile(r"Năm (?!(?:học|mới|nay|qua|ngoái|sau|trước|tới|tháng|mươi|xưa|ấy|đó|này|kia|rồi|điều)\b)"
                           r"[^\W\d_]")
MIN_THEME_WORDS = 4
# an unquoted name after its frame word: a capital after the frame word (and a colon), then
# words up to the end of the clause ("nhằm", "để": the purpose that follows the name)
_NAME_OPENING = re.compile(r"[ \t]*:?[ \t]*")
_CLAUSE_END = re.compile(r"[.,;!?\n()“”\"«»]|\s+(?:nhằm|để|góp phần|thu hút|với sự)\s")
# a motto's short part, one to three words, joined to the span by a dash
_PART_BEFORE = re.compile(r"(?:^|[\s(“\"'])[^\W\d_]+(?: [^\W\d_]+){0,2} [-–] $")
_PART_AFTER = re.compile(r" [-–] [^\W\d_]+(?: [^\W\d_]+){0,2}(?= [-–] |\s*[)(,.;:”\"'\n]|$)")
MIN_UNQUOTED_WORDS = 3
MIN_QUOTED_TEXT_WORDS = 20  # words of a quote after "chủ trương:" that make it the policy's text
_COUNTED_AIMS = re.compile(r"(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s", re.IGNORECASE)  # "Ba nhất", "5 không"
MAX_UNQUOTED_WORDS = 25
# names of events and everyday idioms: never slogans, nor what they hold
BLOCKING_LABELS = frozenset({"EVENT", "IDIOM"})
# words that only describe the sentence around a quote, no cue of their own: a lesson's head
# ("lớp tập huấn"), a broadcast's words ("phát sóng", "khán giả")
CONTEXT_LABELS = frozenset({"TOPIC_HEAD", "BROADCAST"})
# a cue of no feature stops the search for one further back: "đặt mục tiêu “nâng hạng thị
# trường”" is a target (label ``GOAL``), not the "thực hiện" or "đặt" before it


@dataclass(frozen=True)
class Quote:
    """The inside of a pair of quote marks: ``text[start:end]``."""

    start: int
    end: int


def find_quotes(text: str) -> list[Quote]:
    """Quoted spans in every style, nested and mismatched pairs included, in one pass.

    >>> t = 'nhấn mạnh: “Phải “khéo” và dân tin". Phong trào «Dân vận khéo»'
    >>> [t[q.start:q.end] for q in find_quotes(t)]
    ['Phải “khéo” và dân tin', 'khéo', 'Dân vận khéo']
    """
    quotes: list[Quote] = []
    stack: list[int] = []
    for found in _QUOTE_OR_LINE.finditer(text):
        i, ch = found.start(), found.group(0)
        if ch == "\n":
            stack.clear()
            continue
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if ch in "'’‘" and before.isalpha() and after.isalpha():
            continue  # an apostrophe inside a word: H'Hen, Ê'đê
        if ch in OPENING or (ch in AMBIGUOUS and not before.isalnum() and before not in ".,;!?…)" and not after.isspace()):
            if len(stack) >= MAX_OPEN_QUOTES:
                stack.pop(0)
            stack.append(i)
            continue
        while stack and i - stack[-1] > MAX_QUOTE_LENGTH:
            stack.pop()
        if stack:
            start = stack.pop() + 1
            if i > start:
                quotes.append(Quote(start, i))
    return sorted(quotes, key=lambda q: (q.start, -q.end))


@cache
def _catalogue() -> tuple[LexiconEntry, ...]:
    """The catalogue's entries, and each again without its commas and with dashes for them:
    writers drop them ("Nông dân thi đua sản xuất kinh doanh giỏi") or part a motto with dashes
    ("dân biết - dân bàn - dân làm - dân kiểm tra")."""
    entries = list(lexicon("slogans"))
    for e in lexicon("slogans"):
        for variant in (fold_spaces(e.pattern.replace(",", " ")), fold_spaces(e.pattern.replace(",", " - "))):
            if variant != e.pattern:
                entries.append(LexiconEntry(e.label, variant, e.id, e.attrs))
    return tuple(entries)


@cache
def _catalogue_matcher() -> PhraseMatcher:
    return PhraseMatcher(_catalogue(), lower=True, drop_quotes=True)


@cache
def _catalogue_by_key() -> dict[str, LexiconEntry]:
    canonical = {e.id: e for e in lexicon("slogans")}
    by_key: dict[str, LexiconEntry] = {}
    for e in _catalogue():  # the entries first, then their variants: an entry's own form wins
        if e.label == "SLOGAN":
            by_key.setdefault(KeyedText.build(e.pattern).key, canonical[e.id])
    return by_key


@cache
def _cue_matcher() -> PhraseMatcher:
    return matcher("slogan_cues", lower=True, drop_quotes=True)


@cache
def _frame_words() -> tuple[str, ...]:
    """Frame words that may stand inside the quotes: “Phong trào nông dân thi đua ...”."""
    return tuple(sorted((e.pattern.lower() + " " for e in lexicon("slogan_cues") if e.label == "FRAME"),
                        key=len, reverse=True))


@dataclass(frozen=True)
class SloganModel:
    """A logistic model over the features of :func:`quote_features`."""

    weights: dict[str, float]
    bias: float
    threshold: float

    def probability(self, features: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-z))


@cache
def slogan_model() -> SloganModel:
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    return SloganModel(data["weights"], data["bias"], data["threshold"])


class _Cue(NamedTuple):
    label: str
    gap: str  # the words between the cue and the quote
    names_a_work: bool = False  # "bộ phim", "cuốn sách": a work's title, even when a motto is its name
    aired: bool = False  # "chương trình": a show's title when the sentence is about a broadcast
    institution: bool = False  # "Quỹ": a fund's name, unless the words are a drive ("xây dựng Quỹ")
    quotes_a_text: bool = False  # "chủ trương:": what a colon then gives is the policy's text, not a motto
    campaign: bool = False  # "phong trào": a campaign's name, however short ("phong trào “Hai giỏi”")


def _cue_before(text: str, at: int, quotes: list[Quote]) -> _Cue:
    """The cue that ends nearest before the quote mark (or the name) at ``at``, reaching back
    over a list of quotes that the same cue heads: phong trào “A”, “B” và “C”."""
    end = at
    # only quotes that open before ``at`` can end before it
    for j in range(bisect_left(quotes, at, key=lambda q: q.start) - 1, -1, -1):
        q = quotes[j]
        if q.end >= end:
            continue
        glue = text[q.end + 1:end]
        if q.end + 1 <= end and _LIST_GLUE.fullmatch(glue):
            end = max(q.start - 1, 0)
        elif q.end < end:
            break
    window = text[max(0, end - CUE_WINDOW): end]
    best = None
    for m in _cue_matcher().find_all(window):
        if m.entry.label in CONTEXT_LABELS:
            continue
        gap = window[m.end:]
        if re.search(r"[.;!?\n]", gap):
            continue
        if len(_WORD.findall(_DOCUMENT_REFERENCE.sub(" ", gap))) > MAX_CUE_GAP_WORDS:
            # "Chủ đề năm 2024 của tỉnh Bắc Giang là “...”": a theme's frame word names what "là" gives,
            # a capitalised name, not a topic in scare quotes ("Chủ đề nóng nhất ... là “đường về bản”")
            if not (m.entry.attrs.get("names_after_la") and _ENDS_WITH_LA.search(gap) and "," not in gap
                    and text[at + 1:at + 2].isupper()):
                continue
            gap = ""
        rank = (m.end, m.end - m.start)
        if best is None or rank > best[0]:
            best = (rank, _Cue(m.entry.label, gap, bool(m.entry.attrs.get("work")), bool(m.entry.attrs.get("aired")),
                                 bool(m.entry.attrs.get("institution")), bool(m.entry.attrs.get("quotes_a_text")),
                                 bool(m.entry.attrs.get("campaign"))))
    return best[1] if best else _Cue("", "")


def _topic_of_a_lesson(text: str, at: int) -> bool:
    """ "Lớp tập huấn với chủ đề “Kỹ năng soạn thảo văn bản”": what a class, an exercise or a
    seminar is about is its topic, not a campaign (frames marked ``topic_after_heads``, heads
    labelled ``TOPIC_HEAD`` in ``lexicons/slogan_cues.jsonl``)."""
    window = text[max(0, at - CUE_WINDOW):at]
    window = re.split(r"[.;!?\n]", window)[-1]
    cues = _cue_matcher().find_all(window)
    frames = [m for m in cues if m.entry.attrs.get("topic_after_heads") and not window[m.end:].strip(" :")]
    return bool(frames) and any(m.entry.label == "TOPIC_HEAD" and m.end <= frames[0].start for m in cues)


def _on_air(text: str, quote: Quote) -> bool:
    """ "Chương trình “Gặp nhau cuối năm” của VTV", "khán giả yêu thích chương trình “...”": the
    sentence around a programme's quoted name speaks of a broadcast (``BROADCAST`` in
    ``lexicons/slogan_cues.jsonl``), so the name is a show's title, not a campaign's."""
    before = re.split(r"[.;!?\n]", text[max(0, quote.start - CUE_WINDOW):quote.start])[-1]
    after = re.split(r"[.;!?\n]", text[quote.end + 1:quote.end + 1 + 2 * CUE_WINDOW])[0]
    return any(m.entry.label == "BROADCAST" for part in (before, after) for m in _cue_matcher().find_all(part))


def _cue_after(text: str, quote: Quote) -> str:
    """ "“Đông ấm cho em” là Chương trình ...": a frame word right after; or a speech verb
    that attributes the quote to a speaker (“...”, ông Hùng nói)."""
    after = text[quote.end + 1: quote.end + 1 + CUE_WINDOW]
    clause = re.split(r"[.;!?\n“\"]", after, maxsplit=1)[0]
    head = re.match(r"\s*(?:là|được gọi là|chính là)?\s*(?:một\s+|các\s+)?", clause)
    cues = [m for m in _cue_matcher().find_all(clause) if m.entry.label not in CONTEXT_LABELS]
    # the longest cue there: "chương trình truyền hình" (a title's cue), not its "chương trình"
    at_head = [m for m in cues if m.start == head.end()]
    if at_head and max(at_head, key=lambda m: m.end).entry.label == "FRAME":
        return "FRAME"
    if re.match(r"\s*[-–—,]", clause) and any(m.entry.label == "SPEECH_CUE" for m in cues):
        return "SPEECH_CUE"
    return ""


def _names_after_head(inner: str) -> bool:
    """ "Luật Đất đai", "Luật 2024": a capitalised head word and a name or a number after it."""
    words = inner.split()
    return len(words) >= 2 and words[0][:1].isupper() and (words[1][:1].isupper() or words[1][:1].isdigit())


def _opening_cue(inner: str) -> str:
    """ "Đề án xây dựng ...", "Tuyên bố về ...": the quoted title of a document (``TITLE_CUE``);
    "Ngày hội toàn dân ...", "Hội thi ...": the quoted name of an event (``EVENT_CUE``)."""
    head = KeyedText.build(inner).key[:40]
    for m in _cue_matcher().find_all(head):
        if m.start != 0 or not head[m.end:m.end + 1].isspace():
            continue
        if m.entry.label == "TITLE_CUE" and len(m.entry.pattern.split()) > 1:
            return "TITLE_CUE"
        # one word opens a title only as a capitalised head before a name: "Luật Đất đai", not "luật chơi"
        if m.entry.label == "TITLE_CUE" and m.entry.attrs.get("opens_a_title") and _names_after_head(inner):
            return "TITLE_CUE"
        if m.entry.label == "EVENT_CUE":
            return "EVENT_CUE"
    return ""


def _ends_its_line(text: str, quote: Quote) -> bool:
    """Whether only punctuation follows the quote up to the end of its line."""
    rest = text[quote.end + 1:quote.end + 1 + LINE_EDGE_CHARS]
    return "\n" in rest and not rest[:rest.index("\n")].strip(_EDGE_PUNCTUATION) or (
        quote.end + 1 + LINE_EDGE_CHARS >= len(text) and not rest.strip(_EDGE_PUNCTUATION))


def _said_after_a_label(text: str, quote: Quote, features: dict[str, float]) -> bool:
    """ "Người dân vùng lũ: “Nhờ có bộ đội mà bà con yên tâm”": a label, a colon and a quote that
    ends the line, with no frame word or verb naming it, is what the label's people said."""
    cued = any(features[f] for f in ("cue_frame", "cue_verb", "cue_title", "cue_event", "after_frame"))
    return bool(features["colon_before"]) and not cued and _ends_its_line(text, quote)


def _fills_its_line(text: str, quote: Quote) -> bool:
    """Whether nothing but punctuation stands beside the quote on its line (a quoted headline
    or caption). Only a few characters either side are read: a one-line book stays linear."""
    before = text[max(0, quote.start - LINE_EDGE_CHARS):quote.start]
    after = text[quote.end:quote.end + LINE_EDGE_CHARS]
    if "\n" in before:
        before = before[before.rindex("\n") + 1:]
    elif quote.start > LINE_EDGE_CHARS:
        return False
    if "\n" in after:
        after = after[:after.index("\n")]
    elif quote.end + LINE_EDGE_CHARS < len(text):
        return False
    return not (before + after).strip(_EDGE_PUNCTUATION)


def quote_features(text: str, quote: Quote, quotes: list[Quote], title_end: int = 0,
                   cue_before: _Cue | None = None) -> dict[str, float]:
    """What the slogan model reads of one quoted span and the words around it.

    >>> t = "phát động phong trào thi đua “Dân vận khéo” năm 2024"
    >>> f = quote_features(t, find_quotes(t)[0], find_quotes(t))
    >>> f["cue_frame"], f["known"], f["words_3_5"]
    (1.0, 1.0, 1.0)
    """
    inner = text[quote.start:quote.end].strip(_EDGE_PUNCTUATION)
    words = _WORD.findall(inner)
    n = len(words)
    cue, gap = (cue_before or _cue_before(text, quote.start - 1, quotes))[:2]
    after = _cue_after(text, quote)
    before = text[max(0, quote.start - 3): quote.start - 1].rstrip()
    parts = [p for p in re.split(r"[,;]|\s[-–]\s", inner) if p.strip()]
    part_sizes = sorted(len(_WORD.findall(p)) for p in parts)
    opening = _opening_cue(inner)
    features = {
        "cue_frame": float(cue == "FRAME"),
        "cue_verb": float(cue == "VERB"),
        "cue_title": float(cue == "TITLE_CUE"),
        "cue_speech": float(cue == "SPEECH_CUE"),
        "cue_event": float(cue == "EVENT_CUE"),
        "cue_gap": float(bool(_WORD.findall(gap))) if cue else 0.0,
        "after_frame": float(after == "FRAME"),
        "period_after": float(bool(_PERIOD_AFTER.match(text, quote.end + 1))),
        "after_speech": float(after == "SPEECH_CUE"),
        "colon_before": float(before.endswith(":")),
        "known": float(_catalogue_key(inner) in _catalogue_by_key()),
        "words_1": float(n <= 1),
        "words_2": float(n == 2),
        "words_3_5": float(3 <= n <= 5),
        "words_6_10": float(6 <= n <= 10),
        "words_11_20": float(11 <= n <= 20),
        "words_21": float(n > 20),
        "parallel": float(len(parts) >= 3 and part_sizes[len(parts) // 2] <= 3),
        "comma": float("," in inner or ";" in inner),
        "dash": float(bool(re.search(r"\s[-–]\s|\w[-–]\w", inner))),
        "first_upper": float(inner[:1].isupper()),
        "all_capitalised": float(n >= 2 and all(w[0].isupper() for w in words)),
        "pronoun": float(bool(_PRONOUNS.search(inner))),
        "sentence": float(bool(_INNER_SENTENCE_END.search(inner)) or text[quote.start:quote.end].rstrip().endswith((".", "…"))),
        "exclaims": float(text[quote.start:quote.end].rstrip().endswith(("!", "?"))),
        "digit": float(any(c.isdigit() for c in inner)),
        "title_words": float(opening == "TITLE_CUE"),
        "event_name": float(opening == "EVENT_CUE" or _is_event_name(inner)),
        "headline": float(quote.start < title_end),
        "whole_line": float(_fills_its_line(text, quote)),
    }
    return features


@cache
def _event_keys() -> frozenset[str]:
    return frozenset(KeyedText.build(e.pattern).key for e in lexicon("slogans") if e.label in BLOCKING_LABELS)


def _is_event_name(inner: str) -> bool:
    """ “Ngày hội toàn dân bảo vệ an ninh Tổ quốc”: the quoted name of an event; “nhường cơm xẻ áo”: an idiom."""
    return KeyedText.build(inner).key in _event_keys()


def _is_annual_theme(inner: str) -> bool:
    """ “Năm chuyển đổi số và cải thiện môi trường đầu tư”, not “Năm 2025” nor “Năm học mới”."""
    return bool(_ANNUAL_THEME.match(inner)) and inner[4].islower() and len(_WORD.findall(inner)) >= MIN_THEME_WORDS


def _catalogue_key(inner: str) -> str:
    return KeyedText.build(_without_frame_word(inner)).key


def _without_frame_word(inner: str) -> str:
    """ “Phong trào nông dân thi đua ...” -> "nông dân thi đua ...": the frame word is not the name."""
    low = inner.lower()
    for frame in _frame_words():
        if low.startswith(frame) and len(_WORD.findall(inner[len(frame):])) >= 2:
            return inner[len(frame):]
    return inner


def _close_open_quote(text: str, start: int, end: int) -> int:
    """Widen a mention that opens a quote inside it to take the closing mark too."""
    mention = text[start:end]
    opened = sum(mention.count(c) for c in OPENING) - sum(mention.count(c) for c in CLOSING)
    if opened > 0 and end < len(text) and text[end] in CLOSING + AMBIGUOUS:
        return end + 1
    return end


def _token_aligned(text: str, m: Match, boundaries: tuple[set[int], set[int]] | None) -> bool:
    """A catalogue entry whose last word runs on in the text is another word: "dân vận khéo léo";
    one that starts with a capital may start inside a word the tokenizer glued on: "Hội thi Dân
    vận khéo" (a token "thi Dân")."""
    if boundaries is None:
        return True
    starts, ends = boundaries
    return (m.start in starts or (text[m.start].isupper() and text[m.start - 1:m.start] == " ")) and m.end in ends


def _unquoted_names(text: str) -> list[tuple[int, int]]:
    """Names a frame word gives without quotes, capitalised, up to the end of their clause:
    "với chủ đề: Thanh niên chung tay xây dựng nông thôn mới nhằm ..." (frames marked
    ``names_unquoted`` in ``lexicons/slogan_cues.jsonl``)."""
    spans = []
    for m in resolve_overlaps(_cue_matcher().find_all(text)):
        if not m.entry.attrs.get("names_unquoted"):
            continue
        start = _NAME_OPENING.match(text, m.end).end()
        if start == m.end or not text[start:start + 1].isupper():
            continue
        stop = _CLAUSE_END.search(text, start, start + MAX_QUOTE_LENGTH)
        end = stop.start() if stop else min(len(text), start + MAX_QUOTE_LENGTH)
        end = start + len(text[start:end].rstrip(_EDGE_PUNCTUATION))
        if MIN_UNQUOTED_WORDS <= len(_WORD.findall(text[start:end])) <= MAX_UNQUOTED_WORDS:
            spans.append((start, end))
    return spans


def _frame_then_quote(text: str, m: Match, quotes: list[Quote]) -> bool:
    """A catalogue match that is a frame word and then a quote opening inside it."""
    inside = next((q.start for q in quotes if m.start < q.start < m.end), None)  # just after the quote mark
    if inside is None:
        return False
    head = text[m.start:inside - 1].strip()
    return any(c.entry.label == "FRAME" and c.start == 0 and c.end == len(head) for c in _cue_matcher().find_all(head))


def _is_short_parts(motto: str) -> bool:
    """ "Xanh - sạch - đẹp": a motto of several parts of one to three words each."""
    parts = re.split(r"[-–,;]", motto)
    return len(parts) > 1 and all(len(_WORD.findall(part)) <= 3 for part in parts)


def _inside_a_longer_motto(text: str, start: int, end: int) -> bool:
    """Whether a short part joined by a dash goes on before or after the span: a motto that
    stands only inside a longer one is that longer one."""
    return bool(_PART_BEFORE.search(text[max(0, start - CUE_WINDOW):start]) or _PART_AFTER.match(text, end))


def _inside(text: str, quote: Quote) -> tuple[int, int]:
    """The span of what a quote holds, without the white space and punctuation at its edges."""
    start = quote.start + len(text[quote.start:quote.end]) - len(text[quote.start:quote.end].lstrip())
    return start, start + len(text[start:quote.end].rstrip(_EDGE_PUNCTUATION))


class _Candidate(NamedTuple):
    start: int
    end: int
    entry: LexiconEntry | None  # None: a quote the model accepts, not in the catalogue


_YEARS_COUNTED = re.compile(r"(?:\d+|hai|ba|bốn|mấy|nhiều|các|những|mỗi|hàng|bao)\s+$", re.IGNORECASE)


def extract_slogans(text: str, tokens: list[Token] | None = None, title_end: int = 0,
                    spoken: list[tuple[int, int]] = ()) -> list[SloganMention]:
    """Slogan mentions of a text; ``spoken``: the quotes of direct statements, speech and no slogan
    unless the catalogue knows them or a frame word names them.

    >>> [(s.mention, s.slogan, s.known) for s in extract_slogans(
    ...     "thực hiện chủ đề năm 2024: “Công tác dân vận trong tạo sự đồng thuận”; nói: “Tôi rất vui.”")]
    [('Công tác dân vận trong tạo sự đồng thuận', 'Công tác dân vận trong tạo sự đồng thuận', False)]
    """
    quotes = find_quotes(text)
    boundaries = ({t.start for t in tokens}, {t.end for t in tokens}) if tokens else None
    # find: quoted spans the model accepts; quoted titles and event names block what they hold
    candidates: list[_Candidate] = []
    blocked: list[tuple[int, int]] = []
    model = slogan_model()
    speech = {(start, end) for start, end in spoken}
    for quote in quotes:
        inner_start, inner_end = _inside(text, quote)
        if inner_end <= inner_start:
            continue
        cue = _cue_before(text, quote.start - 1, quotes)
        features = quote_features(text, quote, quotes, title_end, cue)
        # an event's or a work's name right after its head word ("Hội thi “...”", "cuộc thi trực
        # tuyến “...”") is no slogan unless the catalogue knows it: few such spans to learn from
        inner = text[quote.start:quote.end].strip(_EDGE_PUNCTUATION)
        entry = _catalogue_by_key().get(_catalogue_key(inner)) or _catalogue_by_key().get(KeyedText.build(inner).key)
        catalogued = entry is not None and not entry.attrs.get("ambiguous")  # "Hội thao “Vì an ninh Tổ quốc”": the event's
        named_thing = (features["cue_event"] or features["cue_title"]) and (not catalogued or (
            cue.names_a_work and not cue.gap.strip())) or (not catalogued and (cue.institution or
                _topic_of_a_lesson(text, quote.start - 1) or (cue.aired and not cue.gap.strip() and _on_air(text, quote))))
        # "“Đông ấm cho em” là chương trình ...": named by a frame word after it, as by one before
        spoken = features["cue_speech"] or features["after_speech"] or features["colon_before"]
        named = (features["after_frame"] and not features["words_1"] and not features["title_words"]) or (
            _is_annual_theme(inner) and not spoken)
        said = ((inner_start, inner_end) in speech or _said_after_a_label(text, quote, features)) and not catalogued
        # a quoted word is no motto (the guide), nor two, unless they name a campaign or count its aims
        # ("phong trào “Hai giỏi”", "“5 không”"): "mô hình “Cải lương”", "phương thức “chọn bỏ”" are terms;
        # a policy's long words after a colon are its text ("chủ trương: “phải dùng ...”")
        short = not catalogued and (features["words_1"] or (
            features["words_2"] and not cue.campaign and not _COUNTED_AIMS.match(inner)))
        policy_text = not catalogued and cue.quotes_a_text and (features["colon_before"] or features["sentence"]) \
            and len(_WORD.findall(inner)) >= MIN_QUOTED_TEXT_WORDS
        if not short and not features["event_name"] and not named_thing and (named or (
                not said and not policy_text and model.probability(features) >= model.threshold)):
            candidates.append(_Candidate(inner_start, inner_end, None))
        elif named_thing or features["title_words"] or features["event_name"]:
            blocked.append((quote.start, quote.end))
    candidates.extend(_Candidate(start, end, None) for start, end in _unquoted_names(text))
    inside_quotes = Enclosures((q.start, q.end) for q in quotes)
    quoted_alone = {_inside(text, q) for q in quotes}
    for m in _catalogue_matcher().find_all(text):
        if m.entry.label in BLOCKING_LABELS:
            blocked.append((m.start, m.end))
            continue
        quoted = inside_quotes.hold(m.start, m.end)
        if not (quoted or _token_aligned(text, m, boundaries)):
            continue
        # A motto that is also an everyday phrase ("tương thân tương ái") counts when quoted or framed;
        # a campaign's name after an event's word is the event's: "Lễ hội Hoa phượng đỏ".
        cue = _cue_before(text, m.start, quotes)
        # ... quoted alone, not as a word of a longer quote ("bãi biển luôn xanh - sạch - đẹp", ông nói)
        if m.entry.attrs.get("ambiguous") and not ((m.start, m.end) in quoted_alone or cue.label == "FRAME"):
            continue
        if not quoted and m.entry.pattern.lower().startswith("năm ") and _YEARS_COUNTED.search(text[max(0, m.start - 12):m.start]):
            continue  # "Sau 5 năm dân vận chính quyền": a span of years, not the year's theme
        if not quoted and _is_short_parts(m.entry.pattern) and _inside_a_longer_motto(text, m.start, m.end):
            continue  # "Xanh - sạch - đẹp" in "sáng - xanh - sạch - đẹp - an toàn"
        # a work's title holds no slogan unless quoted ("Lễ hội Hoa phượng đỏ"); an event is named by
        # a motto only when the motto is no everyday phrase ("hội thi dân vận khéo")
        if not cue.gap.strip() and m.entry.attrs.get("ambiguous") if cue.label == "EVENT_CUE" else (
                cue.label == "TITLE_CUE" and not cue.gap.strip() and (
                    not quoted or cue.names_a_work or m.entry.attrs.get("ambiguous"))):
            continue
        if _frame_then_quote(text, m, quotes):
            continue  # "Tháng cao điểm “Vì người nghèo”": the campaign is its quoted name
        candidates.append(_Candidate(m.start, m.end, _catalogue_by_key().get(KeyedText.build(m.entry.pattern).key,
                                                                            m.entry)))
    # filter + resolve: the longest first; nothing inside a blocked span unless quoted there
    inside_blocked = Enclosures(blocked)
    kept = resolve_overlaps((c for c in candidates if c.entry is None or not inside_blocked.hold(c.start, c.end)),
                            prefer=lambda c: c.entry is None)
    # emit
    results = []
    for start, end, entry in kept:
        if entry is None:
            entry = _catalogue_by_key().get(_catalogue_key(text[start:end]))
        else:
            end = _close_open_quote(text, start, end)
        # The slogan as written, without quotes; the catalogue's capitals when it differs in them alone
        # (its dashes and commas are the writer's: "Đạo pháp – Dân tộc – Chủ nghĩa xã hội").
        written = fold_spaces(text[start:end].translate(_NO_QUOTES)).strip(_EDGE_PUNCTUATION)
        slogan = entry.pattern if entry is not None and comparison_key(entry.pattern) == comparison_key(written) else written
        family = entry.attrs.get("family", entry.id) if entry is not None else ""
        results.append(SloganMention(text[start:end], slogan, entry is not None, start, end, family))
    return results
