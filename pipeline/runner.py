"""The pipeline: a list of small stages from a raw file to a :class:`DocumentResult`,
and the run over a folder that writes the tables.

Every input file gives exactly one document row. A file that cannot be read gets
``status=error`` and a message that says what to do; an unexpected failure in a stage is
caught the same way, so one bad file never stops a run.
"""
from __future__ import annotations

import dataclasses
import gc
import hashlib
import itertools
import sys
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Iterable, Iterator

from tqdm import tqdm

from . import storage
from .cleaning import clean_document
from .crf import consecutive_batches
from .extract.dates import extract_dates
from .extract.officials import extract_officials
from .extract.offices import with_offices
from .extract.provinces import document_province, extract_provinces, places_named, province_of_most_places
from .extract.slogans import extract_slogans
from .extract.statements import extract_statements
from .records import DocumentResult, StatementKind, Status
from .sentences import sentence_of, split_sentences
from .executors import run_local_pool, run_on_dask
from .people import OFFICE_COLUMNS, PEOPLE_COLUMNS, PeopleIndex
from .report import RunStats, render
from .resources import pipeline_fingerprint, place_names, provinces_holding
from .tables import COLUMNS, TABLES, TYPES, document_tables
from .tokens import Tokenizer, tokenize, tokenize_documents


MAX_CHARS = 20_000_000  # the default of --max-chars: a long book, not a whole archive


PROGRESS_FROM = 10  # documents; shorter runs need no progress bar
# Documents a worker takes at once: their sentences go through the CRFs together, which
# costs less than one document at a time; few enough that the work stays spread evenly.
DOCUMENTS_PER_JOB = 8
CHARS_TAGGED_TOGETHER = 200_000  # the documents of a job tokenized in one go, at most


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
    result = _prepared(doc_id, source_path, raw_text, max_chars)
    if result.status is Status.OK:
        result.tokens = tokenize(result.clean.text, result.sentences, tokenizer)
        _extract(result)
    return result


def _prepared(doc_id: str, source_path: str, raw_text: str, max_chars: int) -> DocumentResult:
    """The stages before tokenization: the clean text and its sentences."""
    result = DocumentResult(doc_id, source_path)
    if len(raw_text) > max_chars:
        result.status = Status.ERROR
        result.error = (f"the text is {len(raw_text):,} characters long, more than the limit of {max_chars:,}: "
                        "split it into smaller files, or run again with a larger --max-chars")
        return result
    result.clean = clean_document(raw_text)
    result.sentences = split_sentences(result.clean.text)
    return result


def _extract(result: DocumentResult) -> None:
    """The stages after tokenization, in place."""
    clean = result.clean
    text = clean.text
    provinces = extract_provinces(text)
    result.provinces = _with_sentence_ids(provinces, result.sentences)
    result.officials = _with_sentence_ids(extract_officials(text, result.sentences, result.tokens, provinces),
                                          result.sentences)
    dates = extract_dates(text, result.sentences, clean.published_at, clean.published_span, clean.published_mention,
                          clean.title)
    result.dates = _with_sentence_ids(dates, result.sentences)
    title_end = clean.title_span[1] if clean.title_span else 0
    result.province = document_province(provinces, clean.outlet, title_end)
    # an office "tỉnh" of an article that names only districts is in the province that holds them
    office_context = result.province or (province_of_most_places(places_named(text)) if not provinces else "")
    result.officials = with_offices(result.officials, office_context, result.provinces, text)
    result.statements = extract_statements(text, result.sentences, result.officials, result.tokens)
    spoken = [(s.start, s.end) for s in result.statements if s.kind is StatementKind.DIRECT]
    result.slogans = _with_sentence_ids(extract_slogans(text, result.tokens, title_end, spoken), result.sentences)


def _failed(item: storage.InputFile, exc: Exception) -> DocumentResult:
    if isinstance(exc, storage.InputError):
        return DocumentResult(item.doc_id, item.source_path, Status.ERROR, str(exc))
    # a bug must cost one document, not the run
    message = f"internal error while processing this file ({type(exc).__name__}: {exc}); please report it"
    return DocumentResult(item.doc_id, item.source_path, Status.ERROR, message)


def _cache_key(item: storage.InputFile, data: bytes, tokenizer: Tokenizer, max_chars: int) -> str:
    digest = hashlib.sha256()
    for part in (pipeline_fingerprint(), tokenizer.value, item.doc_id, item.source_path, item.address, str(max_chars)):
        digest.update(part.encode("utf-8") + b"\0")
    digest.update(data)
    return digest.hexdigest()


def process_file_rows(item: storage.InputFile, tokenizer: Tokenizer = Tokenizer.UNDERTHESEA,
                      cache_dir: Path | None = None, max_chars: int = MAX_CHARS) -> dict[str, list[dict]]:
    """One input file -> its rows in every table."""
    return process_files_rows([item], tokenizer, cache_dir, max_chars)[0]


def process_files_rows(items: list[storage.InputFile], tokenizer: Tokenizer = Tokenizer.UNDERTHESEA,
                       cache_dir: Path | None = None, max_chars: int = MAX_CHARS) -> list[dict[str, list[dict]]]:
    """A few input files -> the rows of each in every table; a worker's whole job. Their
    sentences are tokenized together. With ``cache_dir``, a file whose content and pipeline
    are unchanged is not processed again."""
    rows: list[dict[str, list[dict]] | None] = [None] * len(items)
    results: dict[int, DocumentResult] = {}
    keys: dict[int, str] = {}
    for i, item in enumerate(items):
        try:
            data = storage.read_bytes(item)
        except storage.InputError as exc:
            rows[i] = document_tables(_failed(item, exc))
            continue
        if cache_dir:
            keys[i] = _cache_key(item, data, tokenizer, max_chars)
            rows[i] = storage.read_cached(cache_dir, keys[i])
            if rows[i] is not None:
                continue
        try:
            text = storage.text_of(data, storage.suffix_of(item), item.address)
            results[i] = _prepared(item.doc_id, item.source_path, text, max_chars)
        except Exception as exc:
            results[i] = _failed(item, exc)
    ready = [i for i, r in results.items() if r.status is Status.OK]
    # a long document is never held in tokens beside others
    for batch in consecutive_batches([len(results[i].clean.text) for i in ready], CHARS_TAGGED_TOGETHER):
        group = ready[batch.start:batch.stop]
        try:
            tokenized = tokenize_documents([(results[i].clean.text, results[i].sentences) for i in group], tokenizer)
        except Exception:  # one document at a time, so that a bad one costs only itself
            tokenized = None
        for position, i in enumerate(group):
            try:
                results[i].tokens = (tokenized[position] if tokenized is not None
                                     else tokenize(results[i].clean.text, results[i].sentences, tokenizer))
                _extract(results[i])
            except Exception as exc:
                results[i] = _failed(items[i], exc)
    for i, result in results.items():
        rows[i] = document_tables(result)
        if cache_dir:
            storage.write_cached(cache_dir, keys[i], rows[i])
    return rows


def _chunked(items: Iterable[storage.InputFile], size: int) -> Iterator[list[storage.InputFile]]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def warm_up() -> None:
    """Load the models and lexicons once in a worker, before its first document."""
    process_text("warm-up", "", "Tiêu đề\nSáng 6/1, Bí thư Tỉnh ủy Nghệ An Nguyễn Văn A dự “Dân vận khéo”.")
    provinces_holding("Hội An")  # the place indexes, which only some articles need
    place_names()
    # the models and lexicons live as long as the process: the garbage collector need not scan them again
    gc.freeze()


def run(input_dir: Path, output_dir: Path, tokenizer: Tokenizer = Tokenizer.UNDERTHESEA,
        progress: bool = True, workers: int = 1, scheduler: str | None = None, fmt: str = "csv",
        cache_dir: Path | None = None, max_chars: int = MAX_CHARS) -> RunSummary:
    """Process every document under ``input_dir`` (a file, or a record of a corpus file) and
    stream the tables to ``output_dir``: documents go through in ``doc_id`` order, a bounded
    window at a time, and no table is held in memory."""
    found = storage.discover(input_dir)
    items = storage.with_texts(found)  # a corpus record's text is read as it goes in
    work = partial(process_files_rows, tokenizer=Tokenizer(tokenizer), cache_dir=cache_dir, max_chars=max_chars)
    chunks = _chunked(items, DOCUMENTS_PER_JOB)
    if scheduler:
        chunk_results = run_on_dask(work, chunks, scheduler)
    elif workers > 1 and len(found) > 1:
        chunk_results = run_local_pool(work, chunks, min(workers, len(found)), warm_up)
    else:
        chunk_results = map(work, chunks)
    results = itertools.chain.from_iterable(chunk_results)
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
