"""Phrase matching in the spaCy manner: find every candidate, resolve overlaps longest
first, emit spans with character offsets into the original text.

Patterns are matched on a :class:`~pipeline.text_keys.KeyedText` key (case, quotes and
white space folded as the matcher is told), with one Aho-Corasick automaton, so a lexicon
of thousands of entries costs one pass over the text.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any, Iterable

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


def resolve_overlaps(matches: Iterable[Match]) -> list[Match]:
    """Keep the longest of overlapping matches (the earlier one on a tie), in text order.

    The kept spans never overlap, so a new one need only be checked against its two
    neighbours among them, found by bisection.
    """
    starts: list[int] = []
    kept: list[Match] = []  # in order of start, as ``starts``
    for m in sorted(matches, key=lambda m: (-m.length, m.start)):
        i = bisect_left(starts, m.start)
        if i < len(kept) and kept[i].start < m.end:
            continue
        if i > 0 and kept[i - 1].end > m.start:
            continue
        starts.insert(i, m.start)
        kept.insert(i, m)
    return kept


class PhraseMatcher:
    """All occurrences of lexicon patterns at word boundaries.

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
            self._automaton.add_word(key, (len(key), tuple(group)))
        self._empty = not by_key
        if not self._empty:
            self._automaton.make_automaton()

    def find_all(self, text: str) -> list[Match]:
        """Every candidate, overlapping ones included."""
        if self._empty or not text:
            return []
        keyed = KeyedText.build(text, self.lower, self.drop_quotes)
        found = []
        for last, (size, group) in self._automaton.iter(keyed.key):
            first = last - size + 1
            if not keyed.is_word_boundary(first, last + 1):
                continue
            start, end = keyed.span(first, last + 1)
            found.extend(Match(start, end, entry) for entry in group)
        return found
