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

TEXT_SUFFIXES = {"", ".txt", ".text", ".md", ".csv", ".tsv", ".html", ".htm", ".xhtml"}
CONVERT_FIRST = {
    ".pdf", ".doc", ".docx", ".odt", ".rtf", ".xls", ".xlsx", ".ods", ".ppt", ".pptx",
    ".epub", ".zip", ".gz", ".bz2", ".xz", ".7z", ".rar", ".tar", ".jpg", ".jpeg", ".png",
    ".gif", ".webp", ".tif", ".tiff", ".bmp", ".mp3", ".mp4", ".wav", ".exe", ".bin",
}
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
        found.append(InputFile(doc_id, path, str(path)))
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


HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


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


def read_input(item: InputFile) -> str:
    """The decoded text of one input file (raises :class:`InputError`); a saved web page
    gives its article's text."""
    try:
        data = item.path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror}): check its permissions") from exc
    text = decode(data, item.path.suffix)
    if item.path.suffix.lower() in HTML_SUFFIXES or text.lstrip()[:200].lower().startswith(("<!doctype html", "<html")):
        return html_to_text(text)
    return text


def _atomic_write(path: Path, write) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def remove_stale_temporaries(output_dir: Path) -> None:
    """Temporary tables left by a run that was killed while writing."""
    for leftover in output_dir.glob(".*.csv.*.tmp"):
        leftover.unlink(missing_ok=True)


def write_table(path: Path, columns: list[str], rows: Iterable[dict]) -> None:
    """One CSV table, UTF-8 with a byte-order mark, written atomically."""

    def write(f):
        writer = csv.DictWriter(f, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow(row)

    _atomic_write(path, write)


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
