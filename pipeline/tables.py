"""Stage 6, *tables*: the contract's tidy tables as rows, in a stable order.

The contract's columns come first, in its order; extra columns follow and are never
renamed. Rows are sorted by ``doc_id`` then by position in the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, fields, is_dataclass
from enum import Enum
from functools import cache
from operator import attrgetter
from pathlib import Path
from typing import Callable, Iterable, Iterator, get_args, get_type_hints

from .records import DocumentResult

DATA_DICTIONARY = Path(__file__).parent / "data_dictionary.md"

COLUMNS: dict[str, list[str]] = {
    "documents": ["doc_id", "source_path", "status", "error", "title", "outlet", "author", "published_at",
                  "province", "n_sentences", "n_tokens", "text", "url"],
    "sentences": ["doc_id", "sent_id", "start", "end", "text"],
    "tokens": ["doc_id", "sent_id", "token_id", "token", "pos", "start", "end"],
    "officials": ["doc_id", "sent_id", "name", "title", "level", "office_province", "start", "end", "mention",
                  "mention_start", "mention_end"],
    "provinces": ["doc_id", "sent_id", "mention", "province", "province_code", "province_2025", "start", "end"],
    "dates": ["doc_id", "sent_id", "mention", "date", "granularity", "is_published", "start", "end"],
    "slogans": ["doc_id", "sent_id", "mention", "slogan", "known", "start", "end", "family"],
    "statements": ["doc_id", "sent_id", "speaker", "speaker_title", "kind", "verb", "quote", "start", "end"],
}
TABLES = tuple(COLUMNS)


# Column types for typed formats (Parquet); every other column is text.
TYPES: dict[str, str] = {
    "sent_id": "int", "token_id": "int", "start": "int", "end": "int", "mention_start": "int",
    "mention_end": "int", "n_sentences": "int", "n_tokens": "int", "is_published": "bool", "known": "bool",
    "n_documents": "int", "n_mentions": "int", "n_statements": "int",
}


def _cell(value):
    return value.value if isinstance(value, Enum) else value  # enums as their text; None, numbers, booleans as they are


@cache
def _reader(record_type: type, columns: tuple[str, ...]) -> Callable[[object], tuple]:
    """The values of ``columns`` of a record of this type (None for a column it lacks), enums as
    their text: one ``attrgetter`` call a record, for the hundred thousand rows of tokens."""
    hints = get_type_hints(record_type) if is_dataclass(record_type) else {}
    present = [c for c in columns if c in hints or hasattr(record_type, c)]
    get = attrgetter(*present) if present else (lambda _: ())
    enums = [i for i, c in enumerate(present) if any(isinstance(t, type) and issubclass(t, Enum)
                                                     for t in (hints.get(c), *get_args(hints.get(c))))]
    if len(present) == 1:
        single = get
        get = lambda record: (single(record),)  # noqa: E731
    if present == list(columns) and not enums:
        return get

    def read(record) -> tuple:
        values = dict(zip(present, get(record)))
        for i in enums:
            values[present[i]] = _cell(values[present[i]])
        return tuple(values.get(c) for c in columns)

    return read


def _rows(doc_id: str, records: Iterable, columns: list[str]) -> Iterator[dict]:
    names = tuple(columns[1:])
    readers: dict[type, Callable[[object], tuple]] = {}
    for record in records:
        kind = type(record)
        read = readers.get(kind) or readers.setdefault(kind, _reader(kind, names))
        yield dict(zip(columns, (doc_id, *read(record))))


def document_row(result: DocumentResult) -> dict:
    clean = result.clean
    return {
        "doc_id": result.doc_id,
        "source_path": result.source_path,
        "status": result.status.value,
        "error": result.error,
        "title": clean.title if clean else "",
        "outlet": clean.outlet if clean else "",
        "author": clean.author if clean else "",
        "published_at": clean.published_at if clean else "",
        "province": result.province,
        "n_sentences": len(result.sentences),
        "n_tokens": len(result.tokens),
        "text": clean.text if clean else "",
        "url": clean.url if clean else "",
    }


def document_tables(result: DocumentResult) -> dict[str, list[dict]]:
    """Every table's rows for one document."""
    return {table: list(table_rows(result, table)) for table in TABLES}


def table_rows(result: DocumentResult, table: str) -> Iterator[dict]:
    """Rows of one table for one document, in text order."""
    if table == "documents":
        yield document_row(result)
        return
    records = getattr(result, table)
    yield from _rows(result.doc_id, records, COLUMNS[table])


@dataclass(frozen=True)
class ColumnDoc:
    name: str
    kind: str  # text, integer, boolean or date
    meaning: str
    example: str


@dataclass(frozen=True)
class TableDoc:
    name: str
    description: str
    columns: tuple[ColumnDoc, ...]


@cache
def data_dictionary() -> dict[str, TableDoc]:
    """Every table's description and columns, as ``data_dictionary.md`` gives them.

    >>> speaker = data_dictionary()["statements"].columns[2]
    >>> speaker.name, speaker.kind, speaker.example
    ('speaker', 'text', '`Nguyễn Xuân Sơn`')
    """
    tables: dict[str, TableDoc] = {}
    name, prose, columns = None, [], []

    def close() -> None:
        if name:
            tables[name] = TableDoc(name, " ".join(prose).strip(), tuple(columns))

    for line in DATA_DICTIONARY.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"^## (\w+)$", line)
        if heading:
            close()
            name, prose, columns = heading.group(1), [], []
            continue
        cells = [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", line)[1:-1]]
        if name and len(cells) == 4:
            if cells[0] not in ("column", "---"):
                columns.append(ColumnDoc(*cells))
        elif name and line.strip():
            prose.append(line.strip())
    close()
    return tables
