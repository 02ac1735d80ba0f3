"""Text that an NLP corpus has already cut up, back into running text.

Public Vietnamese corpora come as one token per line (CoNLL: a word, then its tags; CoNLL-U:
"# text = ..." lines and numbered tokens), as word-segmented text whose compounds are glued
with underscores ("Chủ_tịch UBND tỉnh Quảng_Nam"), or with named entities marked inline
(``<ENAMEX TYPE="PERSON">...</ENAMEX>``). The pipeline reads running text; these functions give
it back, so such a file is read like any article. Text in none of these forms passes unchanged.
"""
from __future__ import annotations

import re

MIN_TOKEN_LINES = 3
MAX_TOKEN_WORDS = 4  # a token written with spaces: "Hà Nội", "Thành phố Hồ Chí Minh"
TOKEN_LINE_SHARE = 0.8  # of the lines that are not blank or comments
MIN_GLUED_WORDS = 3
GLUED_WORD_SHARE = 0.05  # of the words
_METADATA = re.compile(r"#\s*(?P<key>[\w.-]+)\s*=\s*(?P<value>.*)")
_KEPT_METADATA = frozenset({"title", "date", "url", "source", "author"})
_CONLLU_ID = re.compile(r"\d+(?:[.-]\d+)?")
_ENTITY_TAG = re.compile(r"</?ENAMEX\b[^>]*>", re.IGNORECASE)
# a compound glued by a word segmenter: letters on both sides, not a link, a mail or a file name
_GLUED = re.compile(r"(?<![\w/@.:])([^\W\d_]+(?:_[^\W\d_]+)+)(?![\w/@])")
_SPACE_BEFORE = re.compile(r" +([,.;:!?%)\]}”’»…])")
_SPACE_AFTER = re.compile(r"([(\[{“‘«]) +")


def _token_of(line: str, numbered: bool = False) -> str | None:
    """The word of a token line: in CoNLL-U (``numbered``) the second column, after the token's
    number, else the first."""
    columns = line.split("\t")
    if len(columns) < 2:
        return None
    if numbered and _CONLLU_ID.fullmatch(columns[0]):
        # "1-2": a multi-word span, its words follow; "2.1": an empty node, no word of the text
        return "" if "-" in columns[0] or "." in columns[0] else columns[1]
    # a word, or a compound written with spaces: not an indented paragraph nor a table's row
    return columns[0] if columns[0].strip() and len(columns[0].split()) <= MAX_TOKEN_WORDS else None


def _is_numbered(lines: list[str]) -> bool:
    """CoNLL-U: nearly every token line starts with the token's number."""
    return sum(bool(_CONLLU_ID.fullmatch(ln.split("\t")[0])) for ln in lines) >= TOKEN_LINE_SHARE * len(lines)


def join_tokens(tokens: list[str]) -> str:
    """Tokens joined as written: no space before a comma or a closing mark, none after an
    opening one; straight quotes open and close in turn.

    >>> join_tokens(["Ông", "Sơn", "nói", ":", '"', "Phải", "gần", "dân", '"', "."])
    'Ông Sơn nói: "Phải gần dân".'
    """
    words: list[str] = []
    glue_next = False
    open_quote = False
    for token in (t for t in tokens if t):
        if token == '"':  # an apostrophe may be a word's ("H'Mông"), never a quote to pair
            open_quote = not open_quote
            if open_quote:
                words.append(token)
                glue_next = True
            elif words:
                words[-1] += token
            continue
        if glue_next and words:
            words[-1] += token
        else:
            words.append(token)
        glue_next = False
    text = " ".join(words)
    return _SPACE_AFTER.sub(r"\1", _SPACE_BEFORE.sub(r"\1", text))


def from_token_lines(text: str) -> str:
    """A CoNLL or CoNLL-U file as running text: its ``# text`` lines, or its tokens joined, a
    sentence after a blank line, a paragraph at ``# newpar`` / ``# newdoc``; its ``# date`` and
    ``# title`` lines stay on top.

    >>> from_token_lines("# date = 20201101\\nÔng\\tNc\\tO\\nNguyễn_Văn_Hùng\\tNp\\tB-PER\\nphát_biểu\\tV\\tO\\n.\\tCH\\tO\\n").splitlines()
    ['# date = 20201101', 'Ông Nguyễn_Văn_Hùng phát_biểu.']
    """
    lines = text.splitlines()
    content = [ln for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]
    numbered = bool(content) and _is_numbered(content)
    tokens_per_line = [_token_of(ln, numbered) for ln in content]
    sentence_lines = sum(1 for ln in lines if ln.startswith("# text ="))
    mostly_tokens = sum(t is not None for t in tokens_per_line) >= TOKEN_LINE_SHARE * len(content)
    # sentences of token lines end at a blank line or carry their "# text = ..." line, and a token
    # has its tags in columns: not a small table of two columns in an article
    tagged = sorted(ln.count("\t") for ln in content)[len(content) // 2] >= 2 if content else False
    sentences_marked = sentence_lines >= 2 or tagged or any(not ln.strip() for ln in lines[1:-1])
    if len(content) < MIN_TOKEN_LINES and sentence_lines < 2 or not (mostly_tokens and sentences_marked):
        return text
    header: list[str] = []
    paragraphs: list[list[str]] = [[]]
    sentence: list[str] = []
    given: list[str] = []  # the sentence's own "# text = ..." line

    def end_sentence():
        written = given[0] if given else join_tokens(sentence)
        if written:
            paragraphs[-1].append(written)
        sentence.clear()
        given.clear()

    for line in lines:
        stripped = line.strip()
        meta = _METADATA.fullmatch(stripped)
        if stripped.startswith("#"):
            key = meta.group("key").lower() if meta else stripped.lstrip("# ").split(" ")[0].lower()
            if key.startswith(("newpar", "newdoc")):
                end_sentence()
                paragraphs.append([])
            elif key == "text" and meta:
                given[:] = [meta.group("value").strip()]
            elif meta and key in _KEPT_METADATA and not any(p for p in paragraphs):
                header.append(f"# {key} = {meta.group('value').strip()}")
        elif not stripped:
            end_sentence()
        else:
            token = _token_of(line, numbered)
            sentence.append(token if token is not None else stripped)
    end_sentence()
    body = "\n".join(" ".join(p) for p in paragraphs if p)
    return "\n".join(header + [body]) + "\n"


def unglue_segmented_words(text: str) -> str:
    """Word-segmented text with its compounds unglued: "Chủ_tịch UBND tỉnh Quảng_Nam" ->
    "Chủ tịch UBND tỉnh Quảng Nam", when enough of its words are glued so; a rare
    "ten_file" or "user_name" in an ordinary article stays.

    >>> unglue_segmented_words("Bí_thư Tỉnh_ủy Nguyễn_Văn_Hùng dự lễ khánh_thành .")
    'Bí thư Tỉnh ủy Nguyễn Văn Hùng dự lễ khánh thành .'
    """
    glued = _GLUED.findall(text)
    if len(glued) < MIN_GLUED_WORDS or len(glued) < GLUED_WORD_SHARE * len(text.split()):
        return text
    return _GLUED.sub(lambda m: m.group(1).replace("_", " "), text)


def without_entity_tags(text: str) -> str:
    """ '<ENAMEX TYPE="PERSON">Nguyễn Văn A</ENAMEX>' -> 'Nguyễn Văn A': an NER corpus's marks."""
    return _ENTITY_TAG.sub("", text)


def as_running_text(text: str) -> str:
    """Any of the corpus forms above as running text; other text as it is."""
    return unglue_segmented_words(without_entity_tags(from_token_lines(text)))
