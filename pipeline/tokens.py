"""Stage 4, *tokens*: Vietnamese word segmentation and part-of-speech tags.

underthesea is the default: the words its ``word_tokenize`` gives, then the tags of its
part-of-speech model "v2.0" (what ``pos_tag(..., model="v2.0")`` runs), both computed for a
whole document at once by ``pipeline.crf``; ``pyvi`` is the alternative. Multi-syllable words
keep their spaces: "Bí thư", "Nguyễn Xuân Sơn".
"""
from __future__ import annotations

import re
from enum import Enum

from .records import Sentence, Token
from .resources import pos_tagging_model, pyvi_models, syllable_splitter, word_segmentation_model
from .text_keys import align


class Tokenizer(str, Enum):
    UNDERTHESEA = "underthesea"
    PYVI = "pyvi"


def tag_underthesea(pieces: list[str]) -> list[list[tuple[str, str]]]:
    """Words and part-of-speech tags of each piece of text, as underthesea's ``word_tokenize``
    and its POS model "v2.0" give them, computed for all pieces at once.

    >>> tag_underthesea(["Bí thư Tỉnh ủy Nghệ An dự hội nghị."])[0][:3]
    [('Bí thư', 'N'), ('Tỉnh ủy', 'N'), ('Nghệ An', 'Np')]
    """
    split = syllable_splitter()
    syllables = [split(piece) for piece in pieces]
    words = []
    for piece_syllables, labels in zip(syllables, word_segmentation_model().tag_many(syllables)):
        piece_words: list[str] = []
        for syllable, label in zip(piece_syllables, labels):
            if label == "I-W" and piece_words:
                piece_words[-1] += " " + syllable
            else:
                piece_words.append(syllable)
        words.append(piece_words)
    return [[(word, tag[2:] if tag[:2] in ("B-", "I-") else tag) for word, tag in zip(piece_words, tags)]
            for piece_words, tags in zip(words, pos_tagging_model().tag_many(words))]


def _tag_pyvi(pieces: list[str]) -> list[list[tuple[str, str]]]:
    segmenter, tagger = pyvi_models()
    tagged = []
    for piece in pieces:
        words, tags = tagger.postagging(segmenter.tokenize(piece))
        tagged.append([(w.replace("_", " "), t) for w, t in zip(words, tags)])
    return tagged


MAX_TAGGED_CHARS = 2000
_CHUNK = re.compile(rf"\S.{{0,{MAX_TAGGED_CHARS}}}(?=\s|$)|\S{{1,{MAX_TAGGED_CHARS}}}", re.DOTALL)


def _chunks(text: str) -> list[str]:
    """A sentence cut at white space into pieces of at most ``MAX_TAGGED_CHARS``: a run-on
    "sentence" of a whole page would take minutes in pyvi, and long Viterbi searches in ours."""
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
    return tokenize_documents([(text, sentences)], tokenizer)[0]


def tokenize_documents(documents: list[tuple[str, list[Sentence]]],
                       tokenizer: Tokenizer = Tokenizer.UNDERTHESEA) -> list[list[Token]]:
    """:func:`tokenize` for several documents at once: their sentences are tagged together,
    which costs the CRFs less than one document at a time, and each sentence's words are the
    same either way."""
    tag = _tag_pyvi if Tokenizer(tokenizer) is Tokenizer.PYVI else tag_underthesea
    pieces = [[_chunks(sentence.text) for sentence in sentences] for _, sentences in documents]
    tagged_pieces = iter(tag([piece for document in pieces for chunks in document for piece in chunks]))
    tokenized = []
    for (text, sentences), document in zip(documents, pieces):
        tokens: list[Token] = []
        for sentence, chunks in zip(sentences, document):
            tagged = [(w, t) for _ in chunks for w, t in next(tagged_pieces) if w.strip()]
            spans = align(text, [w for w, _ in tagged], sentence.start, sentence.end)
            for token_id, ((_, pos), (start, end)) in enumerate(zip(tagged, spans)):
                if end > start:
                    tokens.append(Token(sentence.sent_id, token_id, text[start:end], pos, start, end))
        tokenized.append(tokens)
    return tokenized
