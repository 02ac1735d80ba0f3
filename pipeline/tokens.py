"""Stage 4, *tokens*: Vietnamese word segmentation and part-of-speech tags.

underthesea is the default: its ``word_tokenize``, then its part-of-speech model "v2.0"
(what ``pos_tag(..., model="v2.0")`` runs); ``pyvi`` is the alternative. Multi-syllable words keep their spaces: "Bí thư", "Nguyễn Xuân Sơn".
"""
from __future__ import annotations

import re
from enum import Enum

from .records import Sentence, Token
from .resources import pos_model, pyvi_models, word_segmenter
from .text_keys import align


class Tokenizer(str, Enum):
    UNDERTHESEA = "underthesea"
    PYVI = "pyvi"


def _tag_underthesea(sentence: str) -> list[tuple[str, str]]:
    words = word_segmenter()(sentence)
    if not words:
        return []
    tags = pos_model().predict([[word] for word in words])
    return [(word, tag[2:] if tag[:2] in ("B-", "I-") else tag) for word, tag in zip(words, tags)]


def _tag_pyvi(sentence: str) -> list[tuple[str, str]]:
    segmenter, tagger = pyvi_models()
    words, tags = tagger.postagging(segmenter.tokenize(sentence))
    return [(w.replace("_", " "), t) for w, t in zip(words, tags)]


MAX_TAGGED_CHARS = 2000
_CHUNK = re.compile(rf"\S.{{0,{MAX_TAGGED_CHARS}}}(?=\s|$)|\S{{1,{MAX_TAGGED_CHARS}}}", re.DOTALL)


def _chunks(text: str) -> list[str]:
    """A sentence cut at white space into pieces the taggers handle quickly (a run-on
    "sentence" of a whole page would otherwise take minutes)."""
    if len(text) <= MAX_TAGGED_CHARS:
        return [text]
    return _CHUNK.findall(text)


def tokenize(text: str, sentences: list[Sentence], tokenizer: Tokenizer = Tokenizer.UNDERTHESEA) -> list[Token]:
    """Words of every sentence, with POS tags and offsets into ``text``.

    >>> from pipeline.sentences import split_sentences
    >>> text = "Phó Bí thư Tỉnh ủy Nguyễn Văn Hòa dự."
    >>> [t.token for t in tokenize(text, split_sentences(text))][:4]
    ['Phó', 'Bí thư', 'Tỉnh ủy', 'Nguyễn Văn Hòa']
    """
    tag = _tag_pyvi if Tokenizer(tokenizer) is Tokenizer.PYVI else _tag_underthesea
    tokens: list[Token] = []
    for sentence in sentences:
        tagged = [(w, t) for chunk in _chunks(sentence.text) for w, t in tag(chunk) if w.strip()]
        spans = align(text[: sentence.end], [w for w, _ in tagged], sentence.start)
        for token_id, ((_, pos), (start, end)) in enumerate(zip(tagged, spans)):
            if end > start:
                tokens.append(Token(sentence.sent_id, token_id, text[start:end], pos, start, end))
    return tokens
