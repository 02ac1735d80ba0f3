"""Corpus files: JSON Lines, CSV or Parquet files that hold one article per record.

A corpus is read twice, never whole: an index pass notes each record's id and where it starts
(a byte offset, or a row), so the documents can go through in ``doc_id`` order; a record's
text is read again by that offset just before it is processed. A 2 GB file never sits in memory.

A record becomes a document text with its metadata as header lines, which the cleaning stage
reads like a saved web page's::

    # title = Dân vận khéo ở Nghệ An
    # url = https://...
    # published = 2024-05-26T11:10
    Dân vận khéo ở Nghệ An
    Sáng 25/5, ...
"""
from __future__ import annotations

import csv
import dataclasses
import json
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Iterable, Iterator

from .inputs import InputError, InputFile
from .token_formats import join_tokens

CORPUS_SUFFIXES = frozenset({".jsonl", ".csv", ".parquet"})
TEXT_FIELDS = ("text", "content", "body")
TOKEN_FIELDS = ("words", "tokens")  # an NLP corpus's record: its text as a list of tokens
ID_FIELDS = ("id", "doc_id")
DATE_FIELDS = ("published", "date")
CSV_DELIMITERS = (",", ";", "\t", "|")
FIELDS_NAMED = 12  # in a message, the fields a record has
ROW_GROUPS_KEPT = 2  # Parquet row groups kept decoded while their records are read


def is_corpus(path: Path) -> bool:
    return path.suffix.lower() in CORPUS_SUFFIXES


@dataclass(frozen=True)
class _Entry:
    number: int  # 1-based record number
    locator: int  # byte offset (JSON Lines, CSV) or row (Parquet) where the record starts
    record_id: str
    error: str = ""


class _NotACorpus(Exception):
    """The whole file cannot be read as records; the message says why and what to do."""


def _field(fields: dict, names: tuple[str, ...]) -> Any:
    for name in names:
        for key in (name, name.capitalize(), name.upper()):
            value = fields.get(key)
            if value is not None and str(value).strip() != "":
                return value
    return None


def _has_field(names: Iterable[str], wanted: tuple[str, ...]) -> bool:
    return any(str(n).strip().lower() in wanted for n in names)


def _named(names: Iterable[str]) -> str:
    names = [str(n) for n in names]
    shown = ", ".join(names[:FIELDS_NAMED]) + (f" and {len(names) - FIELDS_NAMED} more" if len(names) > FIELDS_NAMED else "")
    return shown or "none"


def _no_text_field(kind: str, names: Iterable[str]) -> _NotACorpus:
    return _NotACorpus(f"a corpus file ({kind}) needs a text field (text, content or body) holding each article; "
                       f"its fields are: {_named(names)}: rename the field that holds the text")


def _text_field(fields: dict) -> Any:
    """A record's text field; or, in an NLP corpus's record ({"words": [...], "tags": [...]}),
    its tokens as running text."""
    value = _field(fields, TEXT_FIELDS)
    tokens = _field(fields, TOKEN_FIELDS) if value is None else None
    if isinstance(tokens, list) and tokens and all(isinstance(t, str) for t in tokens):
        return join_tokens(tokens)
    return value


def _record_error(fields: dict, where: str) -> str:
    """Why a record gives no document, or "" when it has text."""
    value = _text_field(fields)
    if value is None:
        present = [k for k in fields if str(k).lower() in TEXT_FIELDS]
        if present:
            return f"{where} has an empty {present[0]} field: there is no text to process"
        return f"{where} has no text field (text, content or body); its fields are: {_named(fields)}"
    if not isinstance(value, str):
        return f"{where}: its text field holds {type(value).__name__}, not text"
    return ""


def _record_id(fields: dict) -> str:
    value = _field(fields, ID_FIELDS)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split()) if value is not None else ""


# -- JSON Lines ------------------------------------------------------------------------------

def _jsonl_line(raw: bytes, number: int) -> dict:
    try:
        fields = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise InputError(f"line {number} is not UTF-8 text: re-save the file as UTF-8") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"line {number} is not valid JSON ({exc.msg} at column {exc.colno}): "
                         "fix or remove that line") from None
    if not isinstance(fields, dict):
        raise InputError(f"line {number} holds a JSON {type(fields).__name__}, not an object with a text field")
    return fields


def _index_jsonl(path: Path) -> list[_Entry]:
    entries = []
    any_text, names = False, {}
    with open(path, "rb") as f:
        offset = 0
        for line_number, raw in enumerate(f, 1):
            start, offset = offset, offset + len(raw)
            if not raw.strip():
                continue
            number = len(entries) + 1
            try:
                fields = _jsonl_line(raw, line_number)
            except InputError as exc:
                entries.append(_Entry(number, start, "", str(exc)))
                continue
            names.update(dict.fromkeys(fields))
            any_text = any_text or _has_field(fields, TEXT_FIELDS + TOKEN_FIELDS)
            entries.append(_Entry(number, start, _record_id(fields),
                                  _record_error(fields, f"record {number} (line {line_number})")))
    if entries and not any_text and any(not e.error.startswith("line ") for e in entries):
        raise _no_text_field("JSON Lines", names)
    return entries


def _read_jsonl(f, entry: _Entry) -> dict:
    f.seek(entry.locator)
    return _jsonl_line(f.readline(), entry.number)


# -- CSV -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _CsvLayout:
    delimiter: str
    header: list[str]


def _csv_lines(f, offsets: list[int], first: bool = False) -> Iterator[str]:
    """The file's lines as text, noting in ``offsets[0]`` the byte offset after each one; the
    ``first`` line may start with a byte-order mark."""
    for raw in f:
        offsets[0] += len(raw)
        try:
            yield raw.decode("utf-8-sig" if first else "utf-8")
            first = False
        except UnicodeDecodeError:
            raise _NotACorpus("the CSV file is not UTF-8 text: re-save it as UTF-8 (CSV UTF-8)") from None


def _csv_layout(path: Path) -> tuple[_CsvLayout, int]:
    with open(path, "rb") as f:
        offsets = [0]
        first = next(_csv_lines(f, offsets, first=True), "")
    if not first.strip():
        raise _NotACorpus("the CSV file has no header row: its first line should name the fields (text, id, ...)")
    headers = {d: next(csv.reader([first], delimiter=d)) for d in CSV_DELIMITERS}
    delimiter = next((d for d, h in headers.items() if _has_field(h, TEXT_FIELDS)), None)
    if delimiter is None:
        widest = max(headers.values(), key=len)
        raise _no_text_field("CSV", widest)
    header = [h.strip() for h in headers[delimiter]]
    return _CsvLayout(delimiter, header), offsets[0]


def _index_csv(path: Path) -> tuple[_CsvLayout, list[_Entry]]:
    layout, body_start = _csv_layout(path)
    entries = []
    with open(path, "rb") as f:
        f.seek(body_start)
        offsets = [body_start]
        start = body_start
        reader = csv.reader(_csv_lines(f, offsets), delimiter=layout.delimiter)
        try:
            for row in reader:
                if not row or not any(cell.strip() for cell in row):
                    start = offsets[0]
                    continue
                number = len(entries) + 1
                fields = dict(zip(layout.header, row))
                entries.append(_Entry(number, start, _record_id(fields),
                                      _record_error(fields, f"record {number} (line {reader.line_num + 1})")))
                start = offsets[0]
        except csv.Error as exc:
            entries.append(_Entry(len(entries) + 1, start, "", f"line {reader.line_num + 1} is not valid CSV ({exc}): "
                                  "fix the file from there on"))
    return layout, entries


def _read_csv(f, layout: _CsvLayout, entry: _Entry) -> dict:
    f.seek(entry.locator)
    lines = (raw.decode("utf-8") for raw in f)
    row = next(csv.reader(lines, delimiter=layout.delimiter))
    return dict(zip(layout.header, row))


# -- Parquet ---------------------------------------------------------------------------------

def _parquet_columns(path: Path) -> list[str]:
    import pyarrow.parquet as pq

    try:
        return list(pq.ParquetFile(path).schema_arrow.names)
    except Exception as exc:  # pyarrow raises several kinds for a damaged file
        raise _NotACorpus(f"not a readable Parquet file ({exc}): re-export it") from None


def _index_parquet(path: Path) -> list[_Entry]:
    import pyarrow.parquet as pq

    names = _parquet_columns(path)
    if not _has_field(names, TEXT_FIELDS + TOKEN_FIELDS):
        raise _no_text_field("Parquet", names)
    wanted = [n for n in names if n.lower() in TEXT_FIELDS + TOKEN_FIELDS + ID_FIELDS]
    entries = []
    for batch in pq.ParquetFile(path).iter_batches(columns=wanted, batch_size=4096):
        for fields in batch.to_pylist():
            number = len(entries) + 1
            entries.append(_Entry(number, number - 1, _record_id(fields), _record_error(fields, f"record {number}")))
    return entries


class _ParquetRows:
    """Rows of one Parquet file by number, a few row groups kept decoded."""

    def __init__(self, path: Path):
        import pyarrow.parquet as pq

        self.file = pq.ParquetFile(path)
        self.columns = [n for n in self.file.schema_arrow.names
                        if n.lower() in TEXT_FIELDS + TOKEN_FIELDS + ID_FIELDS + DATE_FIELDS + ("title", "url")]
        self.group_starts = []
        total = 0
        for i in range(self.file.num_row_groups):
            self.group_starts.append(total)
            total += self.file.metadata.row_group(i).num_rows
        self.groups: OrderedDict[int, Any] = OrderedDict()

    def row(self, index: int) -> dict:
        from bisect import bisect_right

        group = bisect_right(self.group_starts, index) - 1
        if group not in self.groups:
            if len(self.groups) >= ROW_GROUPS_KEPT:
                self.groups.popitem(last=False)
            self.groups[group] = self.file.read_row_group(group, columns=self.columns)
        table = self.groups[group]
        return table.slice(index - self.group_starts[group], 1).to_pylist()[0]

    def close(self) -> None:
        self.groups.clear()


# -- documents -------------------------------------------------------------------------------

def _iso(value: Any) -> str:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return " ".join(str(value).split())


def record_text(fields: dict) -> str:
    """A record as a document text: its metadata as header lines, then its text (cleaning makes
    the header's title the headline when the text does not begin with it).

    >>> print(record_text({"id": 7, "title": "Dân vận khéo", "published": "2024-05-26", "text": "Sáng 25/5, ..."}))
    # title = Dân vận khéo
    # published = 2024-05-26
    Sáng 25/5, ...
    """
    body = str(_text_field(fields)).strip()
    title = " ".join(str(_field(fields, ("title",)) or "").split())
    published = _field(fields, DATE_FIELDS)
    header = [f"# {key} = {value}" for key, value in
              (("title", title), ("url", _iso(_field(fields, ("url",)) or "")),
               ("published", _iso(published) if published is not None else "")) if value]
    return "\n".join(header + [body])


def records_of(item: InputFile) -> list[InputFile]:
    """The documents of a corpus file, one per record, their texts not yet read; or one error
    document for the whole file when it cannot be read as records."""
    suffix = item.path.suffix.lower()
    try:
        if suffix == ".jsonl":
            entries = _index_jsonl(item.path)
        elif suffix == ".csv":
            entries = _index_csv(item.path)[1]
        else:
            entries = _index_parquet(item.path)
    except _NotACorpus as exc:
        return [dataclasses.replace(item, error=str(exc))]
    except OSError as exc:
        return [dataclasses.replace(item, error=f"cannot read the file ({exc.strerror}): check that it exists "
                                                "and that this user can read it")]
    if not entries:
        return [dataclasses.replace(item, error="the corpus file holds no records: there is no text to process")]
    seen: set[str] = set()
    documents = []
    for entry in entries:
        doc_id = f"{item.doc_id}/{entry.record_id or entry.number}"
        if doc_id in seen:  # two records with one id: the later one keeps its number too
            doc_id = f"{doc_id}#{entry.number}"
        seen.add(doc_id)
        documents.append(InputFile(doc_id, item.path, item.source_path, entry.number, entry.locator,
                                   error=entry.error))
    return documents


class _Readers:
    """Open corpus files while their records are read, a few at a time."""

    KEPT = 4

    def __init__(self):
        self.open: OrderedDict[Path, tuple] = OrderedDict()

    def fields(self, item: InputFile) -> dict:
        reader = self.open.get(item.path)
        if reader is None:
            if len(self.open) >= self.KEPT:
                self._close(self.open.popitem(last=False)[1])
            suffix = item.path.suffix.lower()
            if suffix == ".parquet":
                reader = ("parquet", _ParquetRows(item.path))
            elif suffix == ".csv":
                reader = ("csv", open(item.path, "rb"), _csv_layout(item.path)[0])
            else:
                reader = ("jsonl", open(item.path, "rb"))
            self.open[item.path] = reader
        entry = _Entry(item.record, item.locator, "")
        if reader[0] == "parquet":
            return reader[1].row(item.locator)
        if reader[0] == "csv":
            return _read_csv(reader[1], reader[2], entry)
        return _read_jsonl(reader[1], entry)

    @staticmethod
    def _close(reader: tuple) -> None:
        reader[1].close()

    def close(self) -> None:
        for reader in self.open.values():
            self._close(reader)
        self.open.clear()


def with_texts(items: Iterable[InputFile]) -> Iterator[InputFile]:
    """The items, each corpus record's text read just before it is yielded (so only the
    records in flight are in memory)."""
    readers = _Readers()
    try:
        for item in items:
            if item.record and not item.error:
                try:
                    item = dataclasses.replace(item, text=record_text(readers.fields(item)))
                except (InputError, OSError, csv.Error, UnicodeDecodeError) as exc:
                    item = dataclasses.replace(item, error=f"record {item.record}: cannot be read again ({exc}); "
                                                           "was the file changed during the run?")
            yield item
    finally:
        readers.close()
