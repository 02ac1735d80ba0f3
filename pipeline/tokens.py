"""Stage 4, *tokens*: Vietnamese word segmentation and part-of-speech tags.

underthesea's ``pos_tag`` (which segments words first) is the default; ``pyvi`` is the
alternative. Multi-syllable words keep their spaces: "Bí thư", "Nguyễn Xuân Sơn".
"""
from __future__ import annotations

from enum import Enum

from .records import Sentence, Token
from .resources import pos_tagger, pyvi_models
from .text_keys import align


class Tokenizer(str, Enum):
    UNDERTHESEA = "underthesea"
    PYVI = "pyvi"


def _tag_underthesea(sentence: str) -> list[tuple[str, str]]:
    return pos_tagger()(sentence)


def _tag_pyvi(sentence: str) -> list[tuple[str, str]]:
    segmenter, tagger = pyvi_models()
    words, tags = tagger.postagging(segmenter.tokenize(sentence))
    return [(w.replace("_", " "), t) for w, t in zip(words, tags)]


def tokenize(text: str, sentences: list[Sentence], tokenizer: Tokenizer = Tokenizer.UNDERTHESEA) -> list[Token]:
    """Words of every sentence, with POS tags and offsets into ``text``.

    >>> from pipeline.sentences import split_sentences
    >>> text = "Phó Bí thư Tỉnh ủy Nguyễn Văn Hòa dự."
    >>> [t.token for t in tokenize(text, split_sentences(text))][:4]
    ['Phó', 'Bí thư', 'Tỉnh', 'ủy']
    """
    tag = _tag_pyvi if Tokenizer(tokenizer) is Tokenizer.PYVI else _tag_underthesea
    tokens: list[Token] = []
    for sentence in sentences:
        tagged = [(w, t) for w, t in tag(sentence.text) if w.strip()]
        spans = align(text[: sentence.end], [w for w, _ in tagged], sentence.start)
        for token_id, ((_, pos), (start, end)) in enumerate(zip(tagged, spans)):
            if end > start:
                tokens.append(Token(sentence.sent_id, token_id, text[start:end], pos, start, end))
    return tokens
