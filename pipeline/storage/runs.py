"""Reading what a run left: its tables, the cache of earlier documents, gold files."""
from __future__ import annotations

import csv
import json
import os
from pathlib import Path
from typing import Iterator

from .inputs import InputError
from .outputs import _csv_cell, temporary_beside

csv.field_size_limit(1 << 30)


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
    fd, temporary = temporary_beside(folder / f"{key}.json")
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
