"""Slogans: mottos, movements, campaigns, programmes and annual themes, quoted or known.

Two sources of candidates, resolved longest first:

* the catalogue (``lexicons/slogans.jsonl``), matched case- and quote-insensitively, so
  "dân vận “khéo”" is the known slogan "Dân vận khéo";
* quoted spans in every quote style, nested or unbalanced, that read as a slogan: a cue
  before them ("phong trào", "phương châm", "chủ đề năm 2024:") or the shape of a motto.
  Quoted speech, a quoted single word and quoted titles of documents, works, awards or
  newspapers are not slogans.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..matching import LexiconEntry, PhraseMatcher
from ..records import SloganMention
from ..resources import lexicon, matcher
from ..text_keys import KeyedText, fold_spaces

OPENING = "“«‘„‟"
CLOSING = "”»’"
AMBIGUOUS = "\"'"
MAX_QUOTE_LENGTH = 400
MAX_SLOGAN_WORDS = 25
MAX_UNCUED_WORDS = 14
# "Hải Phòng - Điểm đến thành công": a place's name, a dash, a tagline.
_EVENT_TITLE = re.compile(r"^(?:[A-ZĐÀ-Ỹ][^\s-]*\s+){0,3}[A-ZĐÀ-Ỹ][^\s-]*\s*[-–]\s*[A-ZĐÀ-Ỹ]")
MAX_OPEN_QUOTES = 32
CUE_WINDOW = 48
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_INNER_SENTENCE_END = re.compile(r"[.!?…]\s+\S")
_EDGE_PUNCTUATION = " \t\n.,;:!?…-–—()[]{}\"'“”‘’«»/*"
_PRONOUNS = re.compile(r"\b(tôi|chúng tôi|chúng ta|chúng tao|mình|các đồng chí|anh|chị|em|bạn|ông|bà|nó|tụi|họ|"
                       r"mày|tao|cô|chú|con|cháu|bị)\b", re.IGNORECASE)


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
    for i, ch in enumerate(text):
        if ch == "\n":
            stack.clear()
            continue
        if ch not in OPENING and ch not in CLOSING and ch not in AMBIGUOUS:
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
def _catalogue_matcher() -> PhraseMatcher:
    return matcher("slogans", lower=True, drop_quotes=True)


@cache
def _catalogue_by_key() -> dict[str, LexiconEntry]:
    return {KeyedText.build(e.pattern).key: e for e in lexicon("slogans")}


@cache
def _cue_matcher() -> PhraseMatcher:
    return matcher("slogan_cues", lower=True, drop_quotes=True)


def _closest_cue(text: str, at: int) -> str | None:
    """The label of the cue that ends nearest before ``at`` (a quote mark), if one is near."""
    window = text[max(0, at - CUE_WINDOW): at]
    best = None
    for m in _cue_matcher().find_all(window):
        gap = window[m.end:]
        if re.search(r"[.;!?\n]", gap) or len(_WORD.findall(gap)) > 3:
            continue
        rank = (m.end, m.end - m.start)
        if best is None or rank > best[0]:
            best = (rank, m.entry.label, gap)
    if best is None:
        return None
    label, gap = best[1], best[2]
    if label == "SPEECH_CUE" and ":" not in gap and "," not in gap:
        return None
    return label


def _starts_with_title_cue(inner: str) -> bool:
    """ "Đề án xây dựng ...", "Tuyên bố về ...": the quoted title of a document."""
    head = KeyedText.build(inner).key
    return any(m.start == 0 and m.entry.label == "TITLE_CUE" and len(m.entry.pattern.split()) > 1
               for m in _cue_matcher().find_all(head[:40]))


def _is_attributed(text: str, quote: Quote) -> bool:
    """Speech attributed after the quote: “...”, ông Hùng nói / “...” - anh kể."""
    after = text[quote.end + 1: quote.end + 1 + CUE_WINDOW]
    clause = re.split(r"[.;!?\n“\"]", after, maxsplit=1)[0]
    if not re.match(r"\s*[-–—,]", clause):
        return False
    return any(m.entry.label == "SPEECH_CUE" for m in _cue_matcher().find_all(clause))


def _is_speech_context(text: str, quote: Quote) -> bool:
    before = text[max(0, quote.start - 3): quote.start - 1].rstrip()
    return before.endswith(":") or _is_attributed(text, quote)


def _looks_like_slogan(text: str, quote: Quote) -> bool:
    inner = text[quote.start:quote.end].strip(_EDGE_PUNCTUATION)
    words = _WORD.findall(inner)
    if len(words) < 2 or len(words) > MAX_SLOGAN_WORDS:
        return False
    if _INNER_SENTENCE_END.search(inner) or inner.endswith((".", "?")):
        return False
    line_start = text.rfind("\n", 0, quote.start) + 1
    line_end = text.find("\n", quote.end)
    line = text[line_start: len(text) if line_end < 0 else line_end]
    if line.strip(_EDGE_PUNCTUATION) == inner:
        return False  # a quoted intertitle: a pull-quote of speech
    cue = _closest_cue(text, quote.start - 1)
    if cue == "TITLE_CUE" or _starts_with_title_cue(inner):
        return False
    if _PRONOUNS.search(inner) or _is_attributed(text, quote):
        return False
    if cue == "SLOGAN_CUE":
        return True
    if cue == "SPEECH_CUE":
        return False
    if len(words) < 3 or not inner[0].isupper() or all(w[0].isupper() for w in words):
        return False  # scare quotes, or a proper name
    if inner.endswith(("!", "?")) or _EVENT_TITLE.match(inner):
        return False  # a line of speech, or an event's title: "Đồ Sơn - Sắc màu của biển"
    if len(words) > MAX_UNCUED_WORDS:
        # Only a motto of short parallel parts runs this long: "..., dân chủ, văn minh, hài hòa".
        parts = sorted(len(_WORD.findall(p)) for p in inner.split(",") if p.strip())
        return len(parts) >= 3 and parts[len(parts) // 2] <= 3
    if _is_speech_context(text, quote):
        # After a colon only a motto's shape counts: short parallel parts.
        parts = [p for p in re.split(r"[,;-]", inner) if p.strip()]
        return len(parts) >= 2 and all(len(_WORD.findall(p)) <= 6 for p in parts)
    return True


def _close_open_quote(text: str, start: int, end: int) -> int:
    """Widen a mention that opens a quote inside it to take the closing mark too."""
    mention = text[start:end]
    opened = sum(mention.count(c) for c in OPENING) - sum(mention.count(c) for c in CLOSING)
    if opened > 0 and end < len(text) and text[end] in CLOSING + AMBIGUOUS:
        return end + 1
    return end


def extract_slogans(text: str) -> list[SloganMention]:
    """Slogan mentions of a text.

    >>> [(s.mention, s.slogan, s.known) for s in extract_slogans(
    ...     "thực hiện chủ đề năm 2024: “Công tác dân vận trong tạo sự đồng thuận”; nói: “Tôi rất vui.”")]
    [('Công tác dân vận trong tạo sự đồng thuận', 'Công tác dân vận trong tạo sự đồng thuận', False)]
    """
    candidates: list[tuple[int, int, LexiconEntry | None]] = []
    quotes = find_quotes(text)
    for m in _catalogue_matcher().find_all(text):
        # A motto that is also an everyday phrase ("tự lực, tự cường") counts when quoted or cued.
        if m.entry.attrs.get("ambiguous") and not (
            any(q.start <= m.start and m.end <= q.end for q in quotes) or _closest_cue(text, m.start) == "SLOGAN_CUE"
        ):
            continue
        candidates.append((m.start, m.end, m.entry))
    for quote in quotes:
        inner_start = quote.start + (len(text[quote.start:quote.end]) - len(text[quote.start:quote.end].lstrip()))
        inner_end = inner_start + len(text[inner_start:quote.end].rstrip(_EDGE_PUNCTUATION))
        if inner_end > inner_start and _looks_like_slogan(text, quote):
            candidates.append((inner_start, inner_end, None))
    kept: list[tuple[int, int, LexiconEntry | None]] = []
    for c in sorted(candidates, key=lambda c: (-(c[1] - c[0]), c[0], c[2] is None)):
        if all(c[1] <= k[0] or c[0] >= k[1] for k in kept):
            kept.append(c)
    results = []
    for start, end, entry in sorted(kept, key=lambda c: c[0]):
        if entry is None:
            entry = _catalogue_by_key().get(KeyedText.build(text[start:end]).key)
        else:
            end = _close_open_quote(text, start, end)
        if entry is not None:
            slogan, known, family = entry.pattern, True, entry.attrs.get("family", entry.id)
        else:
            slogan, known, family = fold_spaces(text[start:end]).strip(_EDGE_PUNCTUATION), False, ""
        results.append(SloganMention(text[start:end], slogan, known, start, end, family))
    return results
