"""The *read* stage: input discovery and decoding. ``raw/`` is only ever read."""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

import ftfy

from .token_formats import as_running_text

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
    """One document to process: a whole file, or one record of a corpus file."""

    doc_id: str
    path: Path
    source_path: str
    record: int = 0  # the record's 1-based number in its corpus file; 0 for a whole file
    locator: int = -1  # where the record starts: a byte offset (JSON Lines, CSV) or a row (Parquet)
    text: str | None = None  # a record's text with its metadata lines, read just before it is processed
    error: str = ""  # why the document cannot be read
    address: str = ""  # where the document comes from, as a manifest beside the folder gives it


def discover(input_dir: Path) -> list[InputFile]:
    """Every document under ``input_dir``, recursively, in ``doc_id`` order: a file's doc_id
    is its relative path without its extension (``2024/a.txt`` -> ``2024/a``); a corpus
    file's records are ``<file's doc_id>/<record id or number>`` (their texts not yet read).

    Two files that would share a doc_id (``a.txt`` and ``a.html``) keep their extension
    in the second one's id, so no document is lost.
    """
    from .corpora import is_corpus, records_of

    addresses = source_addresses(input_dir)
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
        item = InputFile(doc_id, path.absolute(), str(path), address=addresses.get(doc_id, ""))
        found.extend(records_of(item) if is_corpus(path) else [item])
    return sorted(found, key=lambda item: item.doc_id)


# UTF-8 read as Windows-1252 or Latin-1 always leaves a lead byte's letter (Â ... ô) right before
# a continuation byte's sign; text with no such pair has nothing for ftfy to mend.
_CONTINUATION_SIGNS = "".join(bytes([b]).decode("cp1252", errors="ignore") for b in range(0x80, 0xC0))
_MOJIBAKE_PAIR = re.compile(f"[\u00c2-\u00f4][\u0080-\u00bf{re.escape(_CONTINUATION_SIGNS)}]")
# "| p030 | http://mttq.thaibinh.gov.vn/... |": a row of a manifest's table of addresses
_MANIFEST_ROW = re.compile(r"^\|\s*([^|\s][^|]*?)\s*\|\s*(https?://\S+?)\s*\|")


def source_addresses(input_dir: Path) -> dict[str, str]:
    """doc_id -> address, from a manifest beside the input folder (``<folder>.SOURCE.md``, a
    Markdown table of ids and addresses, as the corpora of this project come); none without one.
    An address tells the outlet, and so the province of a provincial paper's article.

    A manifest that cannot be read gives no addresses: the documents are read all the same.
    """
    manifest = input_dir.parent / f"{input_dir.name}.SOURCE.md"
    try:
        lines = manifest.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return {}
    return {m.group(1): m.group(2) for m in map(_MANIFEST_ROW.match, lines) if m}


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
    if _MOJIBAKE_PAIR.search(text):
        text = ftfy.fix_encoding(text)
    if not text.strip():
        raise InputError("the file holds only white space: there is no text to process")
    return text


_HEADER_LINES = re.compile(r"(?:# \w+ = [^\n]*\n)*")
_URL_LINE = re.compile(r"^# url = ", re.MULTILINE)
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
    return "\n".join(header + [body])


def read_bytes(item: InputFile) -> bytes:
    """The bytes of a document: its file's, or its record's text (already read)."""
    if item.error:
        raise InputError(item.error)
    if item.text is not None:
        return item.text.encode("utf-8")
    try:
        return item.path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror}): check that it exists and that this user "
                         "(or, on a cluster, every worker) can read it") from exc


def text_of(data: bytes, suffix: str, address: str = "") -> str:
    """The text of one document's bytes (raises :class:`InputError`); a saved web page, or a
    corpus record that holds one, gives its article's text under the record's header lines;
    an NLP corpus's token lines, glued compounds or entity marks give running text.
    A manifest's address becomes a ``# url`` line when the text has none."""
    text = decode(data, suffix)
    if suffix.lower() not in HTML_SUFFIXES:
        text = as_running_text(text)  # a corpus's token lines or glued words: running text again
    header = _HEADER_LINES.match(text).end()
    if address and not _URL_LINE.search(text[:header]):
        line = f"# url = {address}\n"
        text, header = line + text, header + len(line)
    if suffix.lower() in HTML_SUFFIXES or text[header:].lstrip()[:200].lower().startswith(("<!doctype html", "<html")):
        return text[:header] + html_to_text(text[header:])
    return text


def suffix_of(item: InputFile) -> str:
    """The suffix that says how to decode a document: a record's text is plain text."""
    return ".txt" if item.record else item.path.suffix


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
    """The decoded text of one document (raises :class:`InputError`)."""
    return text_of(read_bytes(item), suffix_of(item), item.address)
