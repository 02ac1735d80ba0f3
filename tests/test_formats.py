"""The other ways a run is handed to analysts: a SQLite database (typed, indexed, searchable)
and an Excel workbook (typed cells, text kept as text), holding the same rows as the CSVs;
and tables that others on the machine may read."""
import os
import re
import sqlite3
import stat

import pytest
from openpyxl import load_workbook

from conftest import RAW, run_cli
from pipeline.storage import read_table
from pipeline.tables import TYPES

# An article whose headline a spreadsheet would take for a formula, and whose dates give no year.
FORMULA_ARTICLE = ("=HYPERLINK(\"http://x\") Dân vận khéo ở bản Pá Vạt\n"
                   "Sáng 6/1, Ban Dân vận Huyện ủy Mường Nhé tổ chức hội nghị triển khai phong trào “Dân vận khéo”. "
                   "Đồng chí Lò Văn Mừng, Bí thư Huyện ủy phát biểu chỉ đạo.\n")


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    folder = tmp_path_factory.mktemp("formats_in")
    for path in RAW.iterdir():
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "cong_thuc.txt").write_text(FORMULA_ARTICLE, encoding="utf-8")
    return folder


def run_with(source, out, fmt):
    result = run_cli("--input", str(source), "--output", str(out), "--quiet", "--format", fmt)
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="module")
def sqlite_run(source, tmp_path_factory):
    return run_with(source, tmp_path_factory.mktemp("sqlite_out"), "sqlite")


@pytest.fixture(scope="module")
def xlsx_run(source, tmp_path_factory):
    return run_with(source, tmp_path_factory.mktemp("xlsx_out"), "xlsx")


def csv_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


TABLES = ("documents", "sentences", "tokens", "officials", "provinces", "dates", "slogans", "statements",
          "people", "offices")


@pytest.mark.parametrize("table", TABLES)
def test_the_database_holds_the_csv_rows_with_types(sqlite_run, table):
    rows = read_table(sqlite_run / f"{table}.csv")
    with sqlite3.connect(sqlite_run / "pipeline.db") as db:
        cursor = db.execute(f"SELECT * FROM [{table}] ORDER BY rowid")
        columns = [d[0] for d in cursor.description]
        stored = cursor.fetchall()
        declared = {r[1]: r[2] for r in db.execute(f"PRAGMA table_info([{table}])")}
    assert columns == list(rows[0])
    assert len(stored) == len(rows)
    for kept, row in zip(stored, rows):
        as_text = ["true" if v == 1 and TYPES.get(c) == "bool" else "false" if v == 0 and TYPES.get(c) == "bool"
                   else csv_value(v) for c, v in zip(columns, kept)]
        assert as_text == list(row.values())
    for column, kind in declared.items():
        assert kind == ("INTEGER" if TYPES.get(column) in ("int", "bool") else "TEXT"), column


def test_the_database_has_indexes_and_finds_words_in_sentences_and_statements(sqlite_run):
    with sqlite3.connect(sqlite_run / "pipeline.db") as db:
        indexes = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        found = db.execute("SELECT s.doc_id, s.text FROM sentences s JOIN sentences_fts f ON f.rowid = s.rowid "
                           "WHERE sentences_fts MATCH ?", ['"dân vận khéo"']).fetchall()
        said = db.execute("SELECT q.speaker FROM statements q JOIN statements_fts f ON f.rowid = q.rowid "
                          "WHERE statements_fts MATCH ?", ["dân"]).fetchall()
    assert {"idx_officials_doc_id", "idx_officials_name", "idx_statements_speaker", "idx_people_name"} <= indexes
    # the phrase whatever quote marks stand inside it: dân vận “khéo”
    assert len(found) >= 5 and all("dân vận khéo" in re.sub(r"[“”\"]", "", text.lower()) for _, text in found)
    assert said and all(name for (name,) in said)


def test_the_database_is_the_same_bytes_in_a_second_run(sqlite_run, source, tmp_path):
    again = run_with(source, tmp_path, "sqlite")
    assert (again / "pipeline.db").read_bytes() == (sqlite_run / "pipeline.db").read_bytes()


@pytest.mark.parametrize("table", TABLES)
def test_the_workbook_reads_back_as_the_csv_values(xlsx_run, table):
    rows = read_table(xlsx_run / f"{table}.csv")
    sheet = load_workbook(xlsx_run / "pipeline.xlsx", read_only=True)[table]
    cells = [[csv_value(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    assert cells[0] == list(rows[0])
    assert cells[1:] == [list(r.values()) for r in rows]


def test_the_workbook_keeps_formulas_and_yearless_dates_as_text(xlsx_run):
    book = load_workbook(xlsx_run / "pipeline.xlsx")
    documents = book["documents"]
    header = [c.value for c in documents[1]]
    titles = [row[header.index("title")] for row in documents.iter_rows(min_row=2)]
    formula = next(c for c in titles if str(c.value).startswith("="))
    assert formula.data_type == "s" and formula.value.startswith("=HYPERLINK(")
    dates = book["dates"]
    header = [c.value for c in dates[1]]
    yearless = [row[header.index("date")] for row in dates.iter_rows(min_row=2)
                if str(row[header.index("date")].value).startswith("--")]
    assert yearless and all(c.data_type == "s" and c.value == "--01-06" for c in yearless)
    assert documents.freeze_panes == "A2" and documents.auto_filter.ref.startswith("A1:")
    assert [c.value for c in book["about"][1]][:2] == ["sheet", "rows"]
    assert book.sheetnames[0] == "about"


def test_a_table_too_long_for_a_sheet_is_left_out_with_a_note(tmp_path, monkeypatch):
    from pipeline.storage import workbook

    table = tmp_path / "tokens.csv"
    table.write_text("\ufeffdoc_id,token\n" + "a,Bí thư\n" * 30, encoding="utf-8")
    monkeypatch.setattr(workbook, "MAX_SHEET_ROWS", 20)
    workbook.write_workbook(tmp_path / "book.xlsx", {"tokens": table}, {"tokens": ["doc_id", "token"]}, {}, {"tokens": 30})
    book = load_workbook(tmp_path / "book.xlsx")
    assert book.sheetnames == ["about"]
    note = [c.value for c in book["about"][2]]
    assert note[0] == "tokens" and "left out" in note[2] and "tokens.csv" in note[2]


def test_tables_and_pages_are_readable_by_others_as_the_umask_says(sqlite_run):
    mask = os.umask(0o022)
    os.umask(mask)
    for path in [*sqlite_run.glob("*.csv"), sqlite_run / "pipeline.db", sqlite_run / "report.html"]:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == 0o666 & ~mask, (path.name, oct(mode))
