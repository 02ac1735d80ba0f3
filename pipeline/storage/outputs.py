"""Writing a run's tables and pages: every one to a temporary file, moved into place only
when the run is complete, with the permissions the user's umask gives (others may read the
tables, as with any file the user writes).

``csv`` tables are always written, except with ``--format parquet``, which writes Parquet
instead; ``sqlite`` and ``xlsx`` add ``pipeline.db`` or ``pipeline.xlsx``, built from the
finished CSV tables, so they hold the same rows.
"""
from __future__ import annotations

import csv
import os
import tempfile
from functools import cache
from operator import itemgetter
from pathlib import Path
from typing import Iterable

FORMATS = ("csv", "parquet", "sqlite", "xlsx")


def remove_stale_temporaries(output_dir: Path) -> None:
    """Temporary tables left by a run that was killed while writing."""
    for leftover in output_dir.glob(".*.tmp"):
        leftover.unlink(missing_ok=True)


@cache
def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def temporary_beside(path: Path) -> tuple[int, str]:
    """A temporary file in ``path``'s folder (``mkstemp``, so no other run can take it), with
    the permissions a file the user creates gets (``mkstemp`` alone gives 0600)."""
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.fchmod(fd, 0o666 & ~_umask())
    return fd, temporary


def _csv_cell(value) -> object:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


class _CsvTable:
    """A CSV table of dict rows. Empty for None (as ``csv`` writes it),
    "true" and "false" in the columns ``types`` says are boolean."""

    def __init__(self, path: Path, columns: list[str], types: dict[str, str]):
        fd, self.temporary = temporary_beside(path)
        self.file = os.fdopen(fd, "w", encoding="utf-8-sig", newline="")
        self.columns = columns
        self.cells_of = itemgetter(*columns) if len(columns) > 1 else (lambda row: (row[columns[0]],))
        self.flags = [i for i, c in enumerate(columns) if types.get(c) == "bool"]
        self.rows = 0
        self.writer = csv.writer(self.file, lineterminator="\n")
        self.writer.writerow(columns)

    def write(self, rows: Iterable[dict]) -> None:
        rows = list(rows)
        try:
            cells = list(map(self.cells_of, rows))
        except KeyError:  # a row without some columns: their cells are empty
            cells = [list(map(row.get, self.columns)) for row in rows]
        if self.flags:
            cells = [self._flags_as_text(list(row)) for row in cells]
        self.rows += len(cells)
        self.writer.writerows(cells)

    def _flags_as_text(self, row: list) -> list:
        for i in self.flags:
            row[i] = _csv_cell(row[i])
        return row

    def finish(self) -> None:
        self.file.flush()
        os.fsync(self.file.fileno())
        self.file.close()


class _ParquetTable:
    BATCH_ROWS = 20_000

    def __init__(self, path: Path, columns: list[str], types: dict[str, str]):
        import pyarrow as pa
        import pyarrow.parquet as pq

        fd, self.temporary = temporary_beside(path)
        os.close(fd)
        kinds = {"int": pa.int64(), "bool": pa.bool_(), "str": pa.string()}
        self.schema = pa.schema([(c, kinds[types.get(c, "str")]) for c in columns])
        self.writer = pq.ParquetWriter(self.temporary, self.schema)
        self.columns = columns
        self.rows = 0
        self.pending: list[dict] = []

    def write(self, rows: Iterable[dict]) -> None:
        before = len(self.pending)
        self.pending.extend(rows)
        self.rows += len(self.pending) - before
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

    ``fmt`` is one of :data:`FORMATS`.
    """

    def __init__(self, output_dir: Path, columns: dict[str, list[str]], fmt: str = "csv",
                 types: dict[str, str] | None = None):
        if fmt not in FORMATS:
            raise ValueError(f"unknown table format {fmt!r}: one of {', '.join(FORMATS)}")
        output_dir.mkdir(parents=True, exist_ok=True)
        remove_stale_temporaries(output_dir)
        self.folder = output_dir
        self.fmt = fmt
        self.suffix = "parquet" if fmt == "parquet" else "csv"
        self.types = types or {}
        self.columns: dict[str, list[str]] = {}
        self.targets: dict[str, Path] = {}
        self.pages: dict[str, str] = {}
        self.tables = {}
        self.extras: dict[Path, str] = {}  # pipeline.db / pipeline.xlsx -> its temporary
        try:
            for name, cols in columns.items():
                self._open(name, cols)
        except BaseException:
            self.abort()
            raise

    def _open(self, name: str, columns: list[str]) -> None:
        self.columns[name] = columns
        self.targets[name] = self.folder / f"{name}.{self.suffix}"
        self.tables[name] = (_ParquetTable(self.targets[name], columns, self.types) if self.suffix == "parquet"
                             else _CsvTable(self.targets[name], columns, self.types))

    def write(self, name: str, rows: Iterable[dict]) -> None:
        self.tables[name].write(rows)

    def add_table(self, name: str, columns: list[str], rows: Iterable[dict]) -> None:
        """A table known only at the end of the run (people), committed with the others."""
        self._open(name, columns)
        self.tables[name].write(rows)

    def add_page(self, name: str, text: str) -> None:
        """A page (the run report), committed with the tables."""
        fd, temporary = temporary_beside(self.folder / name)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        self.pages[name] = temporary

    def _build_extras(self) -> None:
        finished = {name: Path(table.temporary) for name, table in self.tables.items()}
        if self.fmt == "sqlite":
            from .database import DATABASE_NAME, write_database

            target = self.folder / DATABASE_NAME
            fd, temporary = temporary_beside(target)
            os.close(fd)
            self.extras[target] = temporary
            write_database(Path(temporary), finished, self.columns, self.types)
        elif self.fmt == "xlsx":
            from .workbook import WORKBOOK_NAME, write_workbook

            target = self.folder / WORKBOOK_NAME
            fd, temporary = temporary_beside(target)
            os.close(fd)
            self.extras[target] = temporary
            write_workbook(Path(temporary), finished, self.columns, self.types,
                           {name: table.rows for name, table in self.tables.items()})

    def commit(self) -> None:
        for table in self.tables.values():
            table.finish()
        self._build_extras()
        for name, table in self.tables.items():
            os.replace(table.temporary, self.targets[name])
        for target, temporary in self.extras.items():
            os.replace(temporary, target)
        for name, temporary in self.pages.items():
            os.replace(temporary, self.folder / name)

    def abort(self) -> None:
        for temporary in [*self.pages.values(), *self.extras.values()]:
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
            try:
                self.commit()
            except BaseException:
                self.abort()
                raise
        else:
            self.abort()
