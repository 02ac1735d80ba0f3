"""The pipeline: a list of small stages from a raw file to a :class:`DocumentResult`,
and the run over a folder that writes the tables.

Every input file gives exactly one document row. A file that cannot be read gets
``status=error`` and a message that says what to do; an unexpected failure in a stage is
caught the same way, so one bad file never stops a run.
"""
from __future__ import annotations

import dataclasses
import sys
from dataclasses import dataclass
from pathlib import Path

from tqdm import tqdm

from . import storage
from .cleaning import clean_document
from .extract.dates import extract_dates
from .extract.officials import extract_officials
from .extract.provinces import document_province, extract_provinces
from .extract.slogans import extract_slogans
from .records import DocumentResult, Status
from .sentences import sentence_of, split_sentences
from .tables import TABLES, COLUMNS, table_rows
from .tokens import Tokenizer, tokenize


MAX_ARTICLE_CHARS = 500_000


@dataclass(frozen=True)
class RunSummary:
    documents: int
    ok: int
    errors: int
    output_dir: Path


def _with_sentence_ids(records: list, sentences) -> list:
    placed = []
    for r in records:
        start = r.start if r.start is not None else getattr(r, "mention_start", None)
        placed.append(dataclasses.replace(r, sent_id=sentence_of(sentences, start)))
    return placed


def process_text(doc_id: str, source_path: str, raw_text: str,
                 tokenizer: Tokenizer = Tokenizer.UNDERTHESEA) -> DocumentResult:
    """Every stage on one document's text.

    >>> r = process_text("a", "a.txt", "Tiêu đề\\nSáng 6/1/2020, Bí thư Tỉnh ủy Nghệ An Nguyễn Văn A dự.")
    >>> r.province, [o.name for o in r.officials], [d.date for d in r.dates]
    ('Nghệ An', ['Nguyễn Văn A'], ['2020-01-06'])
    """
    result = DocumentResult(doc_id, source_path)
    clean = clean_document(raw_text)
    result.clean = clean
    text = clean.text
    if len(text) > MAX_ARTICLE_CHARS:
        result.status = Status.ERROR
        result.error = (f"the text is {len(text):,} characters long, far more than one article "
                        f"(limit {MAX_ARTICLE_CHARS:,}): split the file into one article per file")
        result.clean = dataclasses.replace(clean, text="")
        return result
    result.sentences = split_sentences(text)
    result.tokens = tokenize(text, result.sentences, tokenizer)
    provinces = extract_provinces(text)
    result.provinces = _with_sentence_ids(provinces, result.sentences)
    result.officials = _with_sentence_ids(extract_officials(text, result.sentences, result.tokens), result.sentences)
    dates = extract_dates(text, result.sentences, clean.published_at, clean.published_span, clean.published_mention)
    result.dates = _with_sentence_ids(dates, result.sentences)
    result.slogans = _with_sentence_ids(extract_slogans(text), result.sentences)
    title_end = clean.title_span[1] if clean.title_span else 0
    result.province = document_province(provinces, clean.outlet, title_end)
    return result


def process_file(item: storage.InputFile, tokenizer: Tokenizer = Tokenizer.UNDERTHESEA) -> DocumentResult:
    """One input file -> one result, never an exception."""
    try:
        raw_text = storage.read_input(item)
    except storage.InputError as exc:
        return DocumentResult(item.doc_id, item.source_path, Status.ERROR, str(exc))
    try:
        return process_text(item.doc_id, item.source_path, raw_text, tokenizer)
    except Exception as exc:  # a bug must cost one document, not the run
        message = f"internal error while processing this file ({type(exc).__name__}: {exc}); please report it"
        return DocumentResult(item.doc_id, item.source_path, Status.ERROR, message)


def run(input_dir: Path, output_dir: Path, tokenizer: Tokenizer = Tokenizer.UNDERTHESEA,
        progress: bool = True) -> RunSummary:
    """Process every file under ``input_dir`` and write the tables to ``output_dir``."""
    items = storage.discover(input_dir)
    results = []
    bar = tqdm(items, desc="documents", unit="doc", disable=not progress or None, file=sys.stderr)
    for item in bar:
        results.append(process_file(item, tokenizer))
    results.sort(key=lambda r: r.doc_id)
    output_dir.mkdir(parents=True, exist_ok=True)
    storage.remove_stale_temporaries(output_dir)
    for table in TABLES:
        rows = (row for result in results for row in table_rows(result, table))
        storage.write_table(output_dir / f"{table}.csv", COLUMNS[table], rows)
    errors = sum(r.status is Status.ERROR for r in results)
    return RunSummary(len(results), len(results) - errors, errors, output_dir)
