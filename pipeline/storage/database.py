"""A run's tables as one SQLite database, ``pipeline.db``, written with sqlite-utils: the
same rows as the CSV tables, in their order, with typed columns, indexes on ``doc_id`` and on
names, and full-text search (FTS5) on the sentences and on what officials said::

    SELECT doc_id, text FROM sentences
    WHERE rowid IN (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH '"dân vận khéo"');
"""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Iterable, Iterator

DATABASE_NAME = "pipeline.db"
SQL_TYPES = {"int": int, "bool": int, "str": str}
INDEXED = ("doc_id", "name", "speaker", "person_id", "province", "office_province", "level", "slogan")
FULL_TEXT = {"sentences": ("text",), "statements": ("quote",)}
BATCH_ROWS = 2000


def _typed(value: str, kind: str):
    if kind == "str":
        return value
    if value == "":
        return None
    if kind == "bool":
        return 1 if value == "true" else 0
    return int(value)


def typed_rows(path: Path, columns: list[str], types: dict[str, str]) -> Iterator[dict]:
    """The rows of a CSV table (or a Parquet one), streamed, each cell of its column's type."""
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        for batch in pq.ParquetFile(path).iter_batches(batch_size=BATCH_ROWS):
            yield from batch.to_pylist()
        return
    kinds = [types.get(c, "str") for c in columns]
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f)
        next(reader, None)
        for row in reader:
            yield {c: _typed(v, k) for c, v, k in zip(columns, row, kinds)}


def write_database(path: Path, tables: dict[str, Path], columns: dict[str, list[str]],
                   types: dict[str, str]) -> None:
    """Write every table (a finished CSV or Parquet file each) into a new database at ``path``."""
    import sqlite_utils

    db = sqlite_utils.Database(path, recreate=True)
    try:
        for name, table_path in tables.items():
            table = db.table(name)
            table.create({c: SQL_TYPES[types.get(c, "str")] for c in columns[name]}, column_order=columns[name])
            table.insert_all(typed_rows(table_path, columns[name], types), batch_size=BATCH_ROWS)
            for column in columns[name]:
                if column in INDEXED:
                    table.create_index([column])
            if name in FULL_TEXT:
                table.enable_fts(FULL_TEXT[name], tokenize="unicode61")
        db.analyze()
    finally:
        db.close()


def database_from_run(output_dir: Path, tables: Iterable[str], columns: dict[str, list[str]],
                      types: dict[str, str]) -> Path:
    """``pipeline.db`` for a finished run whose tables are CSV or Parquet files (built when a
    run was made without ``--format sqlite``)."""
    import os

    from .outputs import temporary_beside

    found = {}
    for name in tables:
        for suffix in ("csv", "parquet"):
            if (output_dir / f"{name}.{suffix}").is_file():
                found[name] = output_dir / f"{name}.{suffix}"
                break
    target = output_dir / DATABASE_NAME
    fd, temporary = temporary_beside(target)
    os.close(fd)
    try:
        write_database(Path(temporary), found, columns, types)
        os.replace(temporary, target)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return target
