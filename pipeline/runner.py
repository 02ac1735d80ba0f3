"""The pipeline: a list of small stages from a raw file to a :class:`DocumentResult`,
and the run over a folder that writes the tables.

Every input file gives exactly one document row. A file that cannot be read gets
``status=error`` and a message that says what to do; an unexpected failure in a stage is
caught the same way, so one bad file never stops a run.
"""
from __future__ import annotations

import dataclasses
import hashlib
import sys
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from tqdm import tqdm

from . import storage
from .cleaning import clean_document
from .extract.dates import extract_dates
from .extract.officials import extract_officials
from .extract.offices import with_offices
from .extract.provinces import document_province, extract_provinces, places_named
from .extract.slogans import extract_slogans
from .extract.statements import extract_statements
from .records import DocumentResult, Status
from .sentences import sentence_of, split_sentences
from .executors import run_local_pool, run_on_dask
from .people import OFFICE_COLUMNS, PEOPLE_COLUMNS, PeopleIndex
from .report import RunStats, render
from .resources import pipeline_fingerprint
from .tables import COLUMNS, TABLES, TYPES, document_tables
from .tokens import Tokenizer, tokenize


MAX_CHARS = 20_000_000  # the default of --max-chars: a long book, not a whole archive


PROGRESS_FROM = 10  # documents; shorter runs need no progress bar


@dataclass(frozen=True)
class RunSummary:
    documents: int
    ok: int
    errors: int
    output_dir: Path
    text: str = ""


def _with_sentence_ids(records: list, sentences) -> list:
    placed = []
    for r in records:
        start = r.start if r.start is not None else getattr(r, "mention_start", None)
        placed.append(dataclasses.replace(r, sent_id=sentence_of(sentences, start)))
    return placed


def process_text(doc_id: str, source_path: str, raw_text: str,
                 tokenizer: Tokenizer = Tokenizer.UNDERTHESEA, max_chars: int = MAX_CHARS) -> DocumentResult:
    """Every stage on one document's text.

    >>> r = process_text("a", "a.txt", "Tiêu đề\\nSáng 6/1/2020, Bí thư Tỉnh ủy Nghệ An Nguyễn Văn A dự.")
    >>> r.province, [o.name for o in r.officials], [d.date for d in r.dates]
    ('Nghệ An', ['Nguyễn Văn A'], ['2020-01-06'])
    """
    result = DocumentResult(doc_id, source_path)
    if len(raw_text) > max_chars:
        result.status = Status.ERROR
        result.error = (f"the text is {len(raw_text):,} characters long, more than the limit of {max_chars:,}: "
                        "split it into smaller files, or run again with a larger --max-chars")
        return result
    clean = clean_document(raw_text)
    result.clean = clean
    text = clean.text
    result.sentences = split_sentences(text)
    result.tokens = tokenize(text, result.sentences, tokenizer)
    provinces = extract_provinces(text)
    result.provinces = _with_sentence_ids(provinces, result.sentences)
    result.officials = _with_sentence_ids(extract_officials(text, result.sentences, result.tokens, provinces),
                                          result.sentences)
    dates = extract_dates(text, result.sentences, clean.published_at, clean.published_span, clean.published_mention,
                          clean.title)
    result.dates = _with_sentence_ids(dates, result.sentences)
    title_end = clean.title_span[1] if clean.title_span else 0
    result.slogans = _with_sentence_ids(extract_slogans(text, result.tokens, title_end), result.sentences)
    result.province = document_province(provinces, clean.outlet, title_end, places_named(text) if not provinces else [])
    result.officials = with_offices(result.officials, result.province, result.provinces)
    result.statements = extract_statements(text, result.sentences, result.officials, result.tokens)
    return result


def _cache_key(item: storage.InputFile, data: bytes, tokenizer: Tokenizer, max_chars: int) -> str:
    digest = hashlib.sha256()
    for part in (pipeline_fingerprint(), tokenizer.value, item.doc_id, item.source_path, item.address, str(max_chars)):
        digest.update(part.encode("utf-8") + b"\0")
    digest.update(data)
    return digest.hexdigest()


def process_file_rows(item: storage.InputFile, tokenizer: Tokenizer = Tokenizer.UNDERTHESEA,
                      cache_dir: Path | None = None, max_chars: int = MAX_CHARS) -> dict[str, list[dict]]:
    """One input file -> its rows in every table; a worker's whole job. With ``cache_dir``, a
    file whose content and pipeline are unchanged is not processed again."""
    try:
        data = storage.read_bytes(item)
    except storage.InputError as exc:
        return document_tables(DocumentResult(item.doc_id, item.source_path, Status.ERROR, str(exc)))
    key = _cache_key(item, data, tokenizer, max_chars) if cache_dir else ""
    if cache_dir:
        cached = storage.read_cached(cache_dir, key)
        if cached is not None:
            return cached
    try:
        result = process_text(item.doc_id, item.source_path, storage.text_of(data, storage.suffix_of(item), item.address),
                              tokenizer, max_chars)
    except storage.InputError as exc:
        result = DocumentResult(item.doc_id, item.source_path, Status.ERROR, str(exc))
    except Exception as exc:  # a bug must cost one document, not the run
        message = f"internal error while processing this file ({type(exc).__name__}: {exc}); please report it"
        result = DocumentResult(item.doc_id, item.source_path, Status.ERROR, message)
    rows = document_tables(result)
    if cache_dir:
        storage.write_cached(cache_dir, key, rows)
    return rows


def warm_up() -> None:
    """Load the models and lexicons once in a worker, before its first document."""
    process_text("warm-up", "", "Tiêu đề\nSáng 6/1, Bí thư Tỉnh ủy Nghệ An Nguyễn Văn A dự “Dân vận khéo”.")


def run(input_dir: Path, output_dir: Path, tokenizer: Tokenizer = Tokenizer.UNDERTHESEA,
        progress: bool = True, workers: int = 1, scheduler: str | None = None, fmt: str = "csv",
        cache_dir: Path | None = None, max_chars: int = MAX_CHARS) -> RunSummary:
    """Process every document under ``input_dir`` (a file, or a record of a corpus file) and
    stream the tables to ``output_dir``: documents go through in ``doc_id`` order, a bounded
    window at a time, and no table is held in memory."""
    found = storage.discover(input_dir)
    items = storage.with_texts(found)  # a corpus record's text is read as it goes in
    work = partial(process_file_rows, tokenizer=Tokenizer(tokenizer), cache_dir=cache_dir, max_chars=max_chars)
    if scheduler:
        results = run_on_dask(work, items, scheduler)
    elif workers > 1 and len(found) > 1:
        results = run_local_pool(work, items, min(workers, len(found)), warm_up)
    else:
        results = map(work, items)
    stats = RunStats()
    people = PeopleIndex()
    with storage.TableSink(output_dir, COLUMNS, fmt, TYPES) as sink:
        bar = tqdm(results, total=len(found), desc="documents", unit="doc", file=sys.stderr,
                   disable=not progress or len(found) < PROGRESS_FROM)
        for rows in bar:
            stats.add_document(rows)
            people.add_document(rows["documents"][0], rows["officials"], rows["dates"], rows["statements"])
            for table in TABLES:
                sink.write(table, rows[table])
        people_rows = people.rows()
        sink.add_table("people", PEOPLE_COLUMNS, people_rows)
        sink.add_table("offices", OFFICE_COLUMNS, people.office_rows())
        sink.add_page("report.html", render(stats, people_rows, str(output_dir)))
    return RunSummary(stats.documents, stats.documents - stats.errors, stats.errors, output_dir, stats.summary())
