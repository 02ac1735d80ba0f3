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
                                 "re-save the file as UTF-8")
    if "\x00" in text:
        raise InputError("binary file, not text: convert it to UTF-8 text first")
    text = ftfy.fix_encoding(text)
    if not text.strip():
        raise InputError("the file holds only white space: there is no text to process")
    return text


def read_input(item: InputFile) -> str:
    """The decoded text of one input file (raises :class:`InputError`)."""
    try:
        data = item.path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror}): check its permissions") from exc
    return decode(data, item.path.suffix)


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
