"""Stage 3, *sentences*: underthesea's ``sent_tokenize`` run paragraph by paragraph,
with offsets into the cleaned text (a sentence never spans two paragraphs)."""
from __future__ import annotations

import re

from .records import Sentence
from .resources import sentence_splitter
from .text_keys import align

_PARAGRAPH = re.compile(r"[^\n]+")
# an abbreviation's dot inside a word ("UB.MTTQVN", "TP.HCM"), where the splitter may cut
_ABBREVIATION_END = re.compile(r"(?:^|[\s(\-–])[A-ZĐ]{1,4}\.$")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of a cleaned text.

    >>> [s.text for s in split_sentences("Sáng 6/1, Ban Dân vận họp. Ảnh: Mai Hoa\\nTin khác.")]
    ['Sáng 6/1, Ban Dân vận họp.', 'Ảnh: Mai Hoa', 'Tin khác.']
    >>> [s.text for s in split_sentences("Ông Quang, Chủ tịch UB.MTTQVN tỉnh phát biểu. Hết.")]
    ['Ông Quang, Chủ tịch UB.MTTQVN tỉnh phát biểu.', 'Hết.']
    """
    splitter = sentence_splitter()
    sentences: list[Sentence] = []
    for paragraph in _PARAGRAPH.finditer(text):
        if not paragraph.group(0).strip():
            continue
        pieces = [p for p in splitter(paragraph.group(0)) if p.strip()]
        spans: list[tuple[int, int]] = []
        for start, end in align(text[: paragraph.end()], pieces, paragraph.start()):
            if end <= start:
                continue
            if spans and spans[-1][1] == start and _ABBREVIATION_END.search(text, spans[-1][0], start):
                spans[-1] = (spans[-1][0], end)  # "Chủ tịch UB." + "MTTQVN tỉnh": one sentence
            else:
                spans.append((start, end))
        for start, end in spans:
            sentences.append(Sentence(len(sentences), start, end, text[start:end]))
    return sentences


def sentence_of(sentences: list[Sentence], start: int | None) -> int | None:
    """The ``sent_id`` of the sentence holding character ``start``."""
    if start is None:
        return None
    lo, hi = 0, len(sentences) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        s = sentences[mid]
        if start < s.start:
            hi = mid - 1
        elif start >= s.end:
            lo = mid + 1
        else:
            return s.sent_id
    return sentences[hi].sent_id if hi >= 0 else (sentences[0].sent_id if sentences else None)
