"""Normalisation used only to *match* text, never to rewrite what is output.

Two tools live here:

* :func:`normalize_tones` puts every syllable in one tone placement ("hoà" -> "hòa"),
  with underthesea's own token rules, and is used once by the cleaning stage.
* :class:`KeyedText` builds a lower-cased, quote-free, white-space-folded *key* of a text
  together with a map from key positions back to positions in the original text, so a
  lexicon can be matched on the key and the match reported as an original span.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from underthesea.pipeline.text_normalize.character_normalize import normalize_characters_in_text
from underthesea.pipeline.text_normalize.token_normalize import token_normalize

QUOTE_CHARS = "\"“”„‟«»‘’‚‛`´"
DASH_CHARS = "-‐‑‒–—―−"
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_SPACES = re.compile(r"\s+")
_SHIFTING_SPACES = re.compile(r"^\s+|\s{2,}")
_ABBREVIATIONS = (
    (re.compile(r"\bUBND\b", re.IGNORECASE), "Ủy ban nhân dân"),
    (re.compile(r"\bHĐND\b", re.IGNORECASE), "Hội đồng nhân dân"),
    (re.compile(r"\bMTTQ\b", re.IGNORECASE), "Mặt trận Tổ quốc"),
)


@lru_cache(maxsize=65536)
def _normalize_syllable(word: str) -> str:
    fixed = unicodedata.normalize("NFC", token_normalize(word))
    # Some of underthesea's rules emit stacked tone marks; keep the word as written then.
    if any(unicodedata.combining(c) for c in fixed):
        return word
    return fixed


def normalize_tones(text: str) -> str:
    """One tone placement for every syllable, in NFC.

    >>> normalize_tones("Khánh Hoà hoà thuận, thuý")
    'Khánh Hòa hòa thuận, thúy'
    """
    text = normalize_characters_in_text(text)
    return _WORD.sub(lambda m: _normalize_syllable(m.group(0)), text)


def fold_spaces(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def comparison_key(text: str | None) -> str:
    """The contract's comparison form: NFC, one tone placement, case-folded, no quotes,
    no punctuation at either end, white space folded.

    >>> comparison_key("  “Dân vận KHÉO”. ")
    'dân vận khéo'
    """
    if not text:
        return ""
    text = normalize_tones(unicodedata.normalize("NFC", text)).casefold()
    text = "".join(" " if c in QUOTE_CHARS else c for c in text)
    text = fold_spaces(text)
    return text.strip(" .,;:!?…-–—()[]{}'/\\*").strip()


def spell_out_abbreviations(text: str) -> str:
    """UBND, HĐND and MTTQ spelled out, as the contract compares titles."""
    for pattern, full in _ABBREVIATIONS:
        text = pattern.sub(full, text)
    return text


@dataclass(frozen=True)
class KeyedText:
    """A matching key of ``text`` and the map from key indices to text indices.

    >>> k = KeyedText.build("dân  vận “Khéo”")
    >>> k.key
    'dân vận khéo'
    >>> k.span(0, len(k.key))
    (0, 14)
    """

    text: str
    key: str
    # key index i stands at text index i + offsets[k], k the last with starts[k] <= i
    starts: tuple[int, ...]
    offsets: tuple[int, ...]

    @classmethod
    @lru_cache(maxsize=16)
    def build(cls, text: str, lower: bool = True, drop_quotes: bool = True) -> "KeyedText":
        """The key of ``text``: white space (and quotes) folded into one space, dashes as "-",
        lower case; the same document is keyed by several matchers, hence the small cache."""
        mapped = text
        for dash in DASH_CHARS[1:]:  # str.replace is many times faster than str.translate here
            if dash in mapped:
                mapped = mapped.replace(dash, "-")
        for quote in QUOTE_CHARS if drop_quotes else "":
            if quote in mapped:
                mapped = mapped.replace(quote, " ")
        if lower:
            lowered = mapped.lower()
            # lower() of a whole text can change its length ("İ") or depend on context ("Σ")
            if len(lowered) != len(mapped) or "Σ" in mapped:
                return cls._build_char_by_char(text, lower, drop_quotes)
            mapped = lowered
        key = _SPACES.sub(" ", mapped).strip(" ")
        starts, offsets = [0], [0]
        # only leading white space and runs of two or more characters move the key off the text
        for run in _SHIFTING_SPACES.finditer(mapped):
            start, end = run.span()
            if start == 0:
                offsets[0] = end
            else:
                starts.append(start - offsets[-1] + 1)
                offsets.append(offsets[-1] + end - start - 1)
        return cls._with_shifts(text, key, starts, offsets)

    @classmethod
    def _with_shifts(cls, text: str, key: str, starts: list[int], offsets: list[int]) -> "KeyedText":
        kept = [(s, o) for s, o in zip(starts, offsets) if s == 0 or s < len(key)]
        if not key:
            kept = [(0, 0)]
        return cls(text, key, tuple(s for s, _ in kept), tuple(o for _, o in kept))

    @classmethod
    def _build_char_by_char(cls, text: str, lower: bool = True, drop_quotes: bool = True) -> "KeyedText":
        key: list[str] = []
        positions: list[int] = []
        for i, ch in enumerate(text):
            if ch.isspace() or (drop_quotes and ch in QUOTE_CHARS):
                if key and key[-1] != " ":
                    key.append(" ")
                    positions.append(i)
                continue
            if ch in DASH_CHARS:
                ch = "-"
            elif lower:
                low = ch.lower()
                ch = low if len(low) == 1 else ch
            key.append(ch)
            positions.append(i)
        while key and key[-1] == " ":
            key.pop()
            positions.pop()
        starts, offsets = [0], [positions[0] if positions else 0]
        for i, position in enumerate(positions):
            if position - i != offsets[-1]:
                starts.append(i)
                offsets.append(position - i)
        return cls._with_shifts(text, "".join(key), starts, offsets)

    def span(self, key_start: int, key_end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the key slice ``[key_start, key_end)``."""
        last = key_end - 1
        return (key_start + self.offsets[bisect_right(self.starts, key_start) - 1],
                last + self.offsets[bisect_right(self.starts, last) - 1] + 1)



def align(text: str, pieces: list[str], offset: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Character spans of ``pieces`` found in order in ``text[offset:end]``, white space ignored.

    Tokenizers may re-space or re-normalise what they return; the span is where the
    piece's letters stand in ``text``, so ``text[start:end]`` is always the original.

    >>> align("Sáng  6/1, họp", ["Sáng", "6/1", ",", "họp"])
    [(0, 4), (6, 9), (9, 10), (11, 14)]
    """
    spans = []
    pos = offset
    n = len(text) if end is None else end
    for piece in pieces:
        while pos < n and text[pos].isspace():
            pos += 1
        if text.startswith(piece, pos, n):  # the usual case: the piece is verbatim
            spans.append((pos, pos + len(piece)))
            pos += len(piece)
            continue
        letters = [c for c in piece if not c.isspace()]
        start = pos
        for _ in letters:
            while pos < n and text[pos].isspace():
                pos += 1
            if pos >= n:
                break
            pos += 1
        spans.append((start, pos))
    return spans
