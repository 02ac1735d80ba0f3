"""End to end: the command line on the seed articles, as a user runs it."""
import re

from conftest import DATA, RAW, run_cli
from pipeline.storage import read_table
from pipeline.tables import COLUMNS

MENTION = {"sentences": "text", "tokens": "token", "officials": "name", "provinces": "mention",
           "dates": "mention", "slogans": "mention",
           "statements": "quote"}


def test_every_table_keeps_the_contract_and_the_offsets_invariant(seeds_output):
    documents = read_table(seeds_output / "documents.csv")
    assert len(documents) == len([p for p in RAW.rglob("*") if p.is_file()])
    assert all(d["status"] == "ok" for d in documents)
    texts = {d["doc_id"]: d["text"] for d in documents}
    for table, columns in COLUMNS.items():
        raw = (seeds_output / f"{table}.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf"), table
        rows = read_table(seeds_output / f"{table}.csv")
        assert list(rows[0].keys())[: len(columns)] == columns
        assert [r["doc_id"] for r in rows] == sorted(r["doc_id"] for r in rows)
        if table == "documents":
            continue
        with_offsets = [r for r in rows if r["start"]]
        assert with_offsets, table
        for r in with_offsets:
            assert texts[r["doc_id"]][int(r["start"]):int(r["end"])] == r[MENTION[table]], (table, r)


def test_evaluate_on_the_seeds_meets_the_bar(seeds_output):
    result = run_cli("evaluate", "--gold", str(DATA / "seeds_gold.jsonl"), "--output", str(seeds_output))
    assert result.returncode == 0, result.stderr
    numbers = {m[0]: float(m[1]) for m in re.findall(r"^(\w+)\s.*?F1 ([\d.]+)", result.stdout, re.M)}
    accuracies = {m[0]: float(m[1]) for m in re.findall(r"^(\w+)\s+accuracy ([\d.]+)", result.stdout, re.M)}
    for measure in ("officials", "provinces", "dates", "slogans", "statements"):
        assert numbers[measure] >= 0.95, result.stdout
    for measure in ("level", "office_province"):
        assert accuracies[measure] == 1.0, result.stdout
    assert accuracies["titles"] >= 0.9, result.stdout
    for measure in ("published", "title", "doc_province", "cleaning"):
        assert accuracies[measure] == 1.0, result.stdout


def test_a_run_twice_gives_identical_tables(seeds_output, tmp_path):
    assert run_cli("--input", str(RAW), "--output", str(tmp_path), "--quiet").returncode == 0
    for table in COLUMNS:
        assert (tmp_path / f"{table}.csv").read_bytes() == (seeds_output / f"{table}.csv").read_bytes()


def test_a_bad_file_gets_an_error_row_and_the_run_goes_on(tmp_path):
    source = tmp_path / "in"
    source.mkdir()
    (source / "tốt.txt").write_text("Tiêu đề\nBí thư Tỉnh ủy Nghệ An Nguyễn Văn A dự.", encoding="utf-8")
    (source / "scan.pdf").write_bytes(b"%PDF-1.4\x00")
    (source / "empty.txt").write_bytes(b"")
    result = run_cli("--input", str(source), "--output", str(tmp_path / "out"), "--quiet")
    assert result.returncode == 0
    assert "3 documents: 1 ok, 2 with errors" in result.stdout
    rows = {r["doc_id"]: r for r in read_table(tmp_path / "out" / "documents.csv")}
    assert rows["scan"]["status"] == "error" and "convert it to text" in rows["scan"]["error"]
    assert rows["empty"]["status"] == "error" and rows["tốt"]["status"] == "ok"


def test_a_missing_input_folder_is_a_clear_error(tmp_path):
    result = run_cli("--input", str(tmp_path / "nope"), "--output", str(tmp_path / "out"))
    assert result.returncode == 2 and "does not exist" in result.stderr
    assert "Traceback" not in result.stderr


def test_help_is_there_for_every_command():
    assert "--tokenizer" in run_cli("--help").stdout
    assert "--detail" in run_cli("evaluate", "--help").stdout
