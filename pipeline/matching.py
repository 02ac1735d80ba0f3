"""Phrase matching in the spaCy manner: find every candidate, resolve overlaps longest
first, emit spans with character offsets into the original text.

Patterns are matched on a :class:`~pipeline.text_keys.KeyedText` key (case, quotes and
white space folded as the matcher is told), with one Aho-Corasick automaton, so a lexicon
of thousands of entries costs one pass over the text.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any, Callable, Iterable, Protocol, TypeVar

import ahocorasick

from .text_keys import KeyedText


@dataclass(frozen=True)
class LexiconEntry:
    """One row of a lexicon file: a label, a pattern and an id, plus free attributes."""

    label: str
    pattern: str
    id: str
    attrs: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    entry: LexiconEntry

    @property
    def length(self) -> int:
        return self.end - self.start


class _Span(Protocol):
    start: int
    end: int


SpanT = TypeVar("SpanT", bound=_Span)


def resolve_overlaps(matches: Iterable[SpanT], prefer: Callable[[SpanT], Any] | None = None) -> list[SpanT]:
    """Keep the longest of overlapping spans (anything with ``start`` and ``end``; on a tie the
    earlier one, then the one ``prefer`` ranks lower), in text order.

    Taken characters are marked in a byte array, so the cost is the candidates' total length,
    never their number squared: a book-length document stays linear.

    >>> from collections import namedtuple
    >>> Span = namedtuple("Span", "start end")
    >>> resolve_overlaps([Span(0, 3), Span(2, 9), Span(9, 12), Span(10, 11)])
    [Span(start=2, end=9), Span(start=9, end=12)]
    """
    ranked = sorted(matches, key=lambda m: (m.start - m.end, m.start, prefer(m) if prefer else 0))
    if not ranked:
        return []
    origin = min(m.start for m in ranked)
    taken = bytearray(max(m.end for m in ranked) - origin)
    kept: list[SpanT] = []
    for m in ranked:
        a, b = m.start - origin, m.end - origin
        if b > a and not any(taken[a:b]):
            taken[a:b] = b"\x01" * (b - a)
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


class Enclosures:
    """Which spans lie inside one of a set of spans: a bisection over the spans sorted by start
    and the furthest end reached so far, so thousands of checks stay linear.

    >>> Enclosures([(0, 10), (20, 30)]).hold(22, 25), Enclosures([(0, 10), (20, 30)]).hold(8, 21)
    (True, False)
    """

    def __init__(self, spans: Iterable[tuple[int, int]]):
        ordered = sorted(spans)
        self._starts = [a for a, _ in ordered]
        self._furthest = list(accumulate((b for _, b in ordered), max))

    def hold(self, start: int, end: int) -> bool:
        i = bisect_right(self._starts, start) - 1
        return i >= 0 and self._furthest[i] >= end


class PhraseMatcher:
    """All occurrences of lexicon patterns at word boundaries. An entry marked ``lower_case``
    matches only where its words after the first are written in lower case ("xã hội", not the
    commune "xã Hội Hợp"); one marked ``as_written`` only where it is written exactly so (the
    initials "TƯ", not the syllable "Tư" of "Tư pháp").

    >>> guard = PhraseMatcher([LexiconEntry("LEVEL", "xã hội", "xh", {"lower_case": True})])
    >>> [m.start for m in guard.find_all("Văn hóa xã hội, UBND xã Hội Hợp")]
    [8]

    >>> m = PhraseMatcher([LexiconEntry("SLOGAN", "Dân vận khéo", "dvk")])
    >>> [(x.start, x.end) for x in resolve_overlaps(m.find_all("phong trào “dân vận khéo”"))]
    [(12, 24)]
    """

    def __init__(self, entries: Iterable[LexiconEntry], lower: bool = True, drop_quotes: bool = True):
        self.lower = lower
        self.drop_quotes = drop_quotes
        self._automaton = ahocorasick.Automaton()
        by_key: dict[str, list[LexiconEntry]] = {}
        for entry in entries:
            key = KeyedText.build(entry.pattern, lower, drop_quotes).key
            if key:
                by_key.setdefault(key, []).append(entry)
        for key, group in by_key.items():
            checked = any(e.attrs.get("lower_case") or e.attrs.get("as_written") for e in group)
            self._automaton.add_word(key, (len(key), tuple(group), checked))
        self._empty = not by_key
        if not self._empty:
            self._automaton.make_automaton()

    def find_all(self, text: str) -> list[Match]:
        """Every candidate, overlapping ones included."""
        if self._empty or not text:
            return []
        keyed = KeyedText.build(text, self.lower, self.drop_quotes)
        key, length = keyed.key, len(keyed.key)
        found = []
        for last, (size, group, checked) in self._automaton.iter(key):
            first = last - size + 1
            # at word boundaries only: most hits are inside words
            if (first > 0 and key[first - 1].isalnum()) or (last + 1 < length and key[last + 1].isalnum()):
                continue
            start, end = keyed.span(first, last + 1)
            if not checked:
                found.extend(Match(start, end, entry) for entry in group)
                continue
            found.extend(Match(start, end, entry) for entry in group
                         if (not entry.attrs.get("lower_case") or text[start + 1:end].islower())
                         and (not entry.attrs.get("as_written") or text[start:end] == entry.pattern))
        return found
