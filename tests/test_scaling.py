"""The same tables whatever runs the work: one process, a local pool, a Dask cluster on
loopback; Parquet as an alternative format; an incremental cache."""
import json
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from conftest import RAW, ROOT, run_cli
from pipeline.tables import COLUMNS

BIN = Path(sys.executable).parent


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The seed articles three times over, in nested folders, and once more as the records
    of a JSON Lines corpus file."""
    source = tmp_path_factory.mktemp("corpus")
    for copy in ("a", "b/c", "d"):
        shutil.copytree(RAW, source / copy)
    with open(source / "b" / "feed.jsonl", "w", encoding="utf-8") as f:
        for path in sorted(RAW.glob("*.txt")):
            f.write(json.dumps({"id": path.stem, "text": path.read_text(encoding="utf-8")}, ensure_ascii=False) + "\n")
    return source


@pytest.fixture(scope="module")
def one_worker(corpus, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("one_worker")
    assert run_cli("--input", str(corpus), "--output", str(out), "--workers", "1", "--quiet").returncode == 0
    return out


def same_tables(a: Path, b: Path) -> bool:
    return all((a / f"{t}.csv").read_bytes() == (b / f"{t}.csv").read_bytes() for t in COLUMNS)


def test_two_workers_give_byte_identical_tables(corpus, one_worker, tmp_path):
    result = run_cli("--input", str(corpus), "--output", str(tmp_path), "--workers", "2", "--quiet")
    assert result.returncode == 0 and "20 documents: 20 ok" in result.stdout
    assert same_tables(one_worker, tmp_path)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def dask_cluster(tmp_path):
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    scheduler = subprocess.Popen([str(BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port", str(port),
                                  "--no-dashboard"], cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers = subprocess.Popen([str(BIN / "dask"), "worker", address, "--nworkers", "2", "--nthreads", "1",
                                "--no-dashboard", "--host", "127.0.0.1"], cwd=tmp_path,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        from distributed import Client

        deadline = time.time() + 90
        while True:
            try:
                with Client(address, timeout="5s") as client:
                    if len(client.scheduler_info()["workers"]) == 2:
                        break
            except OSError:
                pass
            assert time.time() < deadline, "the Dask cluster did not start"
            time.sleep(1)
        yield address
    finally:
        for process in (workers, scheduler):
            process.terminate()
        for process in (workers, scheduler):
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()


def test_a_dask_cluster_of_two_workers_gives_byte_identical_tables(corpus, one_worker, tmp_path, dask_cluster):
    result = run_cli("--input", str(corpus), "--output", str(tmp_path / "out"), "--scheduler", dask_cluster,
                     "--quiet")
    assert result.returncode == 0, result.stderr
    assert same_tables(one_worker, tmp_path / "out")


def test_an_unreachable_scheduler_is_a_clear_error(corpus, tmp_path):
    result = run_cli("--input", str(corpus), "--output", str(tmp_path), "--scheduler",
                     f"tcp://127.0.0.1:{free_port()}", "--quiet")
    assert result.returncode == 1 and "cannot reach the Dask scheduler" in result.stderr
    assert "Traceback" not in result.stderr


def test_parquet_holds_the_same_rows_with_types(corpus, one_worker, tmp_path):
    assert run_cli("--input", str(corpus), "--output", str(tmp_path), "--format", "parquet", "--quiet").returncode == 0
    def as_csv_text(value) -> str:
        if value is None or (isinstance(value, float) and pd.isna(value)):
            return ""
        if isinstance(value, bool):
            return "true" if value else "false"
        return str(value)

    for table in [*COLUMNS, "people"]:
        parquet = pd.read_parquet(tmp_path / f"{table}.parquet")
        csv = pd.read_csv(one_worker / f"{table}.csv", encoding="utf-8-sig", keep_default_na=False, dtype=str)
        assert list(parquet.columns) == list(csv.columns), table
        rows = [[as_csv_text(v) for v in row] for row in parquet.astype(object).itertuples(index=False)]
        assert rows == csv.values.tolist(), table
    tokens = pd.read_parquet(tmp_path / "tokens.parquet")
    assert str(tokens["start"].dtype) == "int64"
    assert pd.read_parquet(tmp_path / "slogans.parquet")["known"].dtype == bool


def test_the_cache_skips_unchanged_documents_and_redoes_changed_ones(tmp_path):
    source = tmp_path / "in"
    shutil.copytree(RAW, source)
    cache = tmp_path / "cache"
    first = run_cli("--input", str(source), "--output", str(tmp_path / "first"), "--cache", str(cache), "--quiet")
    assert first.returncode == 0
    assert len(list(cache.rglob("*.json"))) == 5
    second = run_cli("--input", str(source), "--output", str(tmp_path / "second"), "--cache", str(cache), "--quiet")
    assert second.returncode == 0 and same_tables(tmp_path / "first", tmp_path / "second")
    changed = next(source.glob("003_*.txt"))
    changed.write_text(changed.read_text(encoding="utf-8").replace("Phạm Văn Bốn", "Phạm Văn Năm"), encoding="utf-8")
    third = run_cli("--input", str(source), "--output", str(tmp_path / "third"), "--cache", str(cache), "--quiet")
    assert third.returncode == 0
    officials = pd.read_csv(tmp_path / "third" / "officials.csv", encoding="utf-8-sig")
    assert "Phạm Văn Năm" in officials["name"].tolist() and "Phạm Văn Bốn" not in officials["name"].tolist()
    assert len(list(cache.rglob("*.json"))) == 6
