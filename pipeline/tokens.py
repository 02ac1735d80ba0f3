"""Stage 4, *tokens*: Vietnamese word segmentation and part-of-speech tags.

underthesea's ``pos_tag`` (which segments words first) is the default; ``pyvi`` is the
alternative. Multi-syllable words keep their spaces: "Bí thư", "Nguyễn Xuân Sơn".
"""
from __future__ import annotations

import re
from enum import Enum
from functools import cache

from .records import Sentence, Token
from .resources import pos_model, pyvi_models, word_segmenter
from .text_keys import align


class Tokenizer(str, Enum):
    UNDERTHESEA = "underthesea"
    PYVI = "pyvi"


_TEMPLATE = re.compile(r"T\[(?P<first>-?\d+)(?:,(?P<last>-?\d+))?\](?:\[(?P<column>\d+)\])?(?:\.(?P<function>\w+))?")


def _istitle(word: str) -> str:
    return str(bool(word) and all(part[:1].istitle() for part in word.split(" ")))


_FUNCTIONS = {"lower": str.lower, "istitle": _istitle}


@cache
def _parsed_template(template: tuple[str, ...]) -> tuple:
    parsed = []
    for syntax in template:
        m = _TEMPLATE.fullmatch(syntax)
        last = int(m["last"]) if m["last"] is not None else None
        parsed.append((syntax, int(m["first"]), last, int(m["column"] or 0), m["function"]))
    return tuple(parsed)


def pos_features(words: list[str], template: tuple[str, ...]) -> list[list[str]]:
    """The features underthesea's POS model was trained on, computed in linear time.

    underthesea's own ``pos_tag`` rebuilds its columns for every word, which costs time
    quadratic in the sentence's length; the features here are the same strings.
    """
    columns = (words, ["X"] * len(words))  # the model's second column is a placeholder tag
    n = len(words)
    features = []
    for i in range(n):
        row = []
        for syntax, first, last, column, function in _parsed_template(template):
            if i + first < 0:
                row.append(f"{syntax}=BOS")
                continue
            if i + first >= n or (last is not None and i + last >= n):
                row.append(f"{syntax}=EOS")
                continue
            word = " ".join(columns[column][i + first: i + last + 1]) if last is not None else columns[column][i + first]
            row.append(f"{syntax}={_FUNCTIONS[function](word) if function else word}")
        features.append(row)
    return features


def _tag_underthesea(sentence: str) -> list[tuple[str, str]]:
    words = word_segmenter()(sentence)
    if not words:
        return []
    model, template = pos_model()
    return list(zip(words, model.tag(pos_features(words, template))))


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
    ['Phó', 'Bí thư', 'Tỉnh', 'ủy']
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
