"""All reading and writing of files: input discovery and decoding (the *read* stage),
the output tables, and gold files. No other module opens a file of the user's.

``raw/`` is only ever read; every table is written to a temporary file and moved into
place, so an interrupted run leaves the previous complete table.
"""
from __future__ import annotations

import codecs
import csv
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

import ftfy

csv.field_size_limit(1 << 30)

CONVERT_FIRST = frozenset({
    ".pdf", ".doc", ".docx", ".odt", ".rtf", ".xls", ".xlsx", ".ods", ".ppt", ".pptx",
    ".epub", ".zip", ".gz", ".bz2", ".xz", ".7z", ".rar", ".tar", ".jpg", ".jpeg", ".png",
    ".gif", ".webp", ".tif", ".tiff", ".bmp", ".mp3", ".mp4", ".wav", ".exe", ".bin",
})
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class InputError(Exception):
    """A file that cannot be turned into text; the message tells the user what to do."""


@dataclass(frozen=True)
class InputFile:
    doc_id: str
    path: Path
    source_path: str


def discover(input_dir: Path) -> list[InputFile]:
    """Every file under ``input_dir``, recursively, with its contract ``doc_id``:
    the relative path without its extension (``2024/a.txt`` -> ``2024/a``).

    Two files that would share a doc_id (``a.txt`` and ``a.html``) keep their extension
    in the second one's id, so no document is lost.
    """
    files = sorted(p for p in input_dir.rglob("*") if p.is_file())
    seen: set[str] = set()
    found = []
    for path in files:
        rel = path.relative_to(input_dir)
        doc_id = rel.with_suffix("").as_posix() if rel.suffix else rel.as_posix()
        if doc_id in seen:
            doc_id = rel.as_posix()
        seen.add(doc_id)
        # Workers elsewhere (a Dask cluster) open the absolute path; the tables show the path given.
        found.append(InputFile(doc_id, path.absolute(), str(path)))
    return found


def decode(data: bytes, suffix: str = ".txt") -> str:
    """Bytes of one input file -> text, or :class:`InputError` with advice.

    UTF-8 with or without a byte-order mark, UTF-16/32 with one, and Windows-1258 (the
    legacy Vietnamese code page) are read; UTF-8 that was once misread as Windows-1252
    ("CÃ´ng tÃ¡c") is mended with ftfy.

    >>> decode("Công tác".encode("utf-8").decode("cp1252").encode("utf-8"))
    'Công tác'
    """
    suffix = suffix.lower()
    if suffix in CONVERT_FIRST:
        raise InputError(f"unsupported file type {suffix}: convert it to text (UTF-8 .txt) first")
    if not data:
        raise InputError("empty file: there is no text to process; remove it or add the article's text")
    text = None
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(f"the file starts with a {encoding} byte-order mark but is not "
                                 f"valid {encoding} ({exc.reason}); re-save it as UTF-8") from exc
            break
    if text is None:
        text = _utf16_without_bom(data)
    if text is None:
        if b"\x00" in data[:4096]:
            raise InputError("binary file, not text: convert it to UTF-8 text first")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1258", errors="replace")
            if text.count("\ufffd") > max(3, len(text) // 200):
                raise InputError("unknown text encoding (neither UTF-8 nor Windows-1258): "
                                 "re-save the file as UTF-8") from None
    if "\x00" in text:
        raise InputError("binary file, not text: convert it to UTF-8 text first")
    text = ftfy.fix_encoding(text)
    if not text.strip():
        raise InputError("the file holds only white space: there is no text to process")
    return text


HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})


def html_to_text(html: str) -> str:
    """The article of a saved news page, without navigation, scripts, footers and comment
    forms (trafilatura), as text with ``# title`` / ``# date`` / ``# url`` header lines.

    >>> page = ("<html><head><title>Tin</title></head><body><nav>Trang chủ</nav><article><h1>Dân vận khéo</h1>"
    ...         "<p>Ngày 28-12, Tỉnh ủy Quảng Nam tổ chức hội nghị tổng kết công tác dân vận năm 2023 tại Tam Kỳ.</p>"
    ...         "</article><footer>Bản quyền</footer></body></html>")
    >>> print(html_to_text(page))
    # title = Dân vận khéo
    Dân vận khéo
    Ngày 28-12, Tỉnh ủy Quảng Nam tổ chức hội nghị tổng kết công tác dân vận năm 2023 tại Tam Kỳ.
    """
    import trafilatura

    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                           include_tables=False, favor_recall=True,
                                           date_extraction_params={"extensive_search": False, "original_date": True})
    fields = document.as_dict() if document is not None and hasattr(document, "as_dict") else (document or {})
    body = (fields.get("text") or "").strip()
    if not body:
        raise InputError("no article text found in this HTML page: save the article's own page, "
                         "or copy its text into a .txt file")
    title = " ".join((fields.get("title") or "").split())
    header = [f"# {key} = {value}" for key, value in
              (("title", title), ("date", fields.get("date") or ""), ("url", fields.get("url") or "")) if value]
    if title and not body.startswith(title):
        body = f"{title}\n{body}"
    return "\n".join(header + [body])


def read_bytes(item: InputFile) -> bytes:
    try:
        return item.path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror}): check that it exists and that this user "
                         "(or, on a cluster, every worker) can read it") from exc


def text_of(data: bytes, suffix: str) -> str:
    """The text of one input file's bytes (raises :class:`InputError`); a saved web page
    gives its article's text."""
    text = decode(data, suffix)
    if suffix.lower() in HTML_SUFFIXES or text.lstrip()[:200].lower().startswith(("<!doctype html", "<html")):
        return html_to_text(text)
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 saved without a byte-order mark: every other byte of its ASCII is zero."""
    sample = data[:4096]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    for encoding, zeros in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        if zeros.count(0) >= len(zeros) * 0.3:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            printable = sum(c.isprintable() or c.isspace() for c in text[:2000])
            if printable >= len(text[:2000]) * 0.95:
                return text
    return None


def read_input(item: InputFile) -> str:
    """The decoded text of one input file (raises :class:`InputError`)."""
    return text_of(read_bytes(item), item.path.suffix)


def remove_stale_temporaries(output_dir: Path) -> None:
    """Temporary tables left by a run that was killed while writing."""
    for leftover in output_dir.glob(".*.tmp"):
        leftover.unlink(missing_ok=True)


def _csv_cell(value) -> object:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


class _CsvTable:
    def __init__(self, path: Path, columns: list[str]):
        fd, self.temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        self.file = os.fdopen(fd, "w", encoding="utf-8-sig", newline="")
        self.columns = columns
        self.writer = csv.writer(self.file, lineterminator="\n")
        self.writer.writerow(columns)

    def write(self, rows: Iterable[dict]) -> None:
        columns = self.columns
        self.writer.writerows([_csv_cell(v) if v is None or v is True or v is False else v
                               for v in map(row.get, columns)] for row in rows)

    def finish(self) -> None:
        self.file.flush()
        os.fsync(self.file.fileno())
        self.file.close()


class _ParquetTable:
    BATCH_ROWS = 20_000

    def __init__(self, path: Path, columns: list[str], types: dict[str, str]):
        import pyarrow as pa
        import pyarrow.parquet as pq

        fd, self.temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.close(fd)
        kinds = {"int": pa.int64(), "bool": pa.bool_(), "str": pa.string()}
        self.schema = pa.schema([(c, kinds[types.get(c, "str")]) for c in columns])
        self.writer = pq.ParquetWriter(self.temporary, self.schema)
        self.columns = columns
        self.pending: list[dict] = []

    def write(self, rows: Iterable[dict]) -> None:
        self.pending.extend(rows)
        if len(self.pending) >= self.BATCH_ROWS:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self.pending:
            data = {c: [row.get(c) for row in self.pending] for c in self.columns}
            self.writer.write_table(pa.Table.from_pydict(data, schema=self.schema))
            self.pending = []

    def finish(self) -> None:
        self._flush()
        self.writer.close()


class TableSink:
    """Every table of a run, written as rows arrive and moved into place only when the run
    is complete: a run killed midway leaves the previous complete tables.

    ``fmt`` is ``csv`` (UTF-8 with a byte-order mark) or ``parquet``.
    """

    def __init__(self, output_dir: Path, columns: dict[str, list[str]], fmt: str = "csv",
                 types: dict[str, str] | None = None):
        output_dir.mkdir(parents=True, exist_ok=True)
        remove_stale_temporaries(output_dir)
        self.targets = {name: output_dir / f"{name}.{fmt}" for name in columns}
        self.types = types or {}
        self.pages: dict[str, str] = {}
        self.tables = {}
        try:
            for name, cols in columns.items():
                self.tables[name] = (_ParquetTable(self.targets[name], cols, types or {}) if fmt == "parquet"
                                     else _CsvTable(self.targets[name], cols))
        except BaseException:
            self.abort()
            raise

    def write(self, name: str, rows: Iterable[dict]) -> None:
        self.tables[name].write(rows)

    def add_table(self, name: str, columns: list[str], rows: Iterable[dict]) -> None:
        """A table known only at the end of the run (people), committed with the others."""
        fmt = "parquet" if any(isinstance(t, _ParquetTable) for t in self.tables.values()) else "csv"
        folder = next(iter(self.targets.values())).parent
        self.targets[name] = folder / f"{name}.{fmt}"
        self.tables[name] = (_ParquetTable(self.targets[name], columns, self.types) if fmt == "parquet"
                             else _CsvTable(self.targets[name], columns))
        self.tables[name].write(rows)

    def add_page(self, name: str, text: str) -> None:
        """A page (the run report), committed with the tables."""
        folder = next(iter(self.targets.values())).parent
        fd, temporary = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        self.pages[name] = temporary

    def commit(self) -> None:
        for table in self.tables.values():
            table.finish()
        for name, table in self.tables.items():
            os.replace(table.temporary, self.targets[name])
        folder = next(iter(self.targets.values())).parent
        for name, temporary in self.pages.items():
            os.replace(temporary, folder / name)

    def abort(self) -> None:
        for temporary in self.pages.values():
            if os.path.exists(temporary):
                os.unlink(temporary)
        for table in self.tables.values():
            try:
                if hasattr(table, "file"):
                    table.file.close()
            finally:
                if os.path.exists(table.temporary):
                    os.unlink(table.temporary)

    def __enter__(self) -> "TableSink":
        return self

    def __exit__(self, kind, value, traceback) -> None:
        if kind is None:
            self.commit()
        else:
            self.abort()


def read_cached(cache_dir: Path, key: str) -> dict | None:
    """A document's rows from an earlier run with the same content and pipeline version."""
    path = cache_dir / key[:2] / f"{key}.json"
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def write_cached(cache_dir: Path, key: str, rows: dict) -> None:
    folder = cache_dir / key[:2]
    folder.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=folder)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(rows, f, ensure_ascii=False)
    os.replace(temporary, folder / f"{key}.json")


def read_run_table(output_dir: Path, name: str) -> list[dict[str, str]]:
    """A finished run's table, CSV or Parquet, as text cells the way the CSV holds them."""
    csv_path = output_dir / f"{name}.csv"
    if csv_path.exists() or not (output_dir / f"{name}.parquet").exists():
        return read_table(csv_path)
    import pyarrow.parquet as pq

    rows = pq.read_table(output_dir / f"{name}.parquet").to_pylist()
    return [{k: str(_csv_cell(v)) for k, v in row.items()} for row in rows]


def has_table(output_dir: Path, name: str) -> bool:
    return (output_dir / f"{name}.csv").is_file() or (output_dir / f"{name}.parquet").is_file()


def has_run(output_dir: Path) -> bool:
    return has_table(output_dir, "documents")


def read_table(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def read_gold(path: Path) -> Iterator[dict]:
    with open(path, encoding="utf-8-sig") as f:
        for number, line in enumerate(f, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(f"{path}:{number}: not a JSON line ({exc.msg})") from exc
