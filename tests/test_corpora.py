"""Corpus files as input: JSON Lines, CSV and Parquet files of one article per record, beside
ordinary text files. Every record gets its row, with the record's metadata; a record that
cannot be read, and a corpus file without a text field, get error rows that say why."""
import csv
import json
import subprocess
import sys
from datetime import datetime, timezone

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from conftest import RAW, SHARED, run_cli
from pipeline.cleaning import clean_document
from pipeline.storage import discover, read_table
from pipeline.storage.corpora import record_text

SEEDS = sorted(RAW.glob("*.txt"))


def _article(path) -> tuple[str, str]:
    """(headline, text) of a seed article, without its header lines."""
    lines = [line for line in path.read_text(encoding="utf-8").split("\n") if not line.startswith("# ")]
    text = "\n".join(lines).strip()
    return clean_document(text).title, text


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory):
    source = tmp_path_factory.mktemp("corpora")
    articles = [_article(p) for p in SEEDS]
    with open(source / "feed.jsonl", "w", encoding="utf-8") as f:
        for i, (title, text) in enumerate(articles):
            f.write(json.dumps({"id": f"bai-{i}", "title": title, "url": f"https://baotinh.vn/bai-{i}.html",
                                "published": "2024-05-26T04:10:00Z", "text": text}, ensure_ascii=False) + "\n")
            if i == 1:
                f.write("\n")  # a blank line is no record
        f.write('{"id": "hong", "text": "Sáng 6/1, ...\n')  # cut off mid-record
        f.write(json.dumps({"id": "trong", "title": "Tin ảnh", "text": "  "}) + "\n")
        f.write(json.dumps({"id": "anh", "title": "Tin ảnh", "caption": "Ảnh: Hoàng Hà"}, ensure_ascii=False) + "\n")
    with open(source / "export.csv", "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(["Title", "content", "date"])
        for title, text in articles[:3]:
            writer.writerow([title, text, "26/05/2024"])  # a multi-line cell in each row
    with open(source / "contacts.csv", "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([["họ tên", "điện thoại", "email"], ["Nguyễn Văn A", "0912", "a@b.vn"]])
    pq.write_table(pa.table({"doc_id": [10, 11], "body": [t for _, t in articles[3:5]],
                             "published": [datetime(2024, 5, 26, 4, 10, tzinfo=timezone.utc)] * 2}),
                   source / "pages.parquet", row_group_size=1)
    (source / "note.txt").write_text(articles[0][1], encoding="utf-8")
    out = tmp_path_factory.mktemp("corpora_out")
    result = run_cli("--input", str(source), "--output", str(out), "--quiet", "--workers", "2")
    return source, out, result, {r["doc_id"]: r for r in read_table(out / "documents.csv")}


def test_every_record_and_file_gets_a_row_in_doc_id_order(corpus_run):
    source, out, result, documents = corpus_run
    assert result.returncode == 0, result.stderr
    expected = ({f"feed/bai-{i}" for i in range(5)} | {"feed/6", "feed/trong", "feed/anh"}
                | {"export/1", "export/2", "export/3"} | {"pages/10", "pages/11"} | {"contacts", "note"})
    assert set(documents) == expected
    ids = [r["doc_id"] for r in read_table(out / "documents.csv")]
    assert ids == sorted(ids)
    assert f"{len(expected)} documents: {len(expected) - 4} ok, 4 with errors" in result.stdout


def test_a_record_has_the_metadata_its_fields_give(corpus_run):
    documents = corpus_run[3]
    title, _ = _article(SEEDS[2])
    record = documents["feed/bai-2"]
    assert record["status"] == "ok" and record["source_path"].endswith("feed.jsonl")
    assert record["title"] == title
    assert record["url"] == "https://baotinh.vn/bai-2.html"
    assert record["published_at"] == "2024-05-26T11:10"  # 04:10 UTC is 11:10 in Vietnam
    assert documents["export/2"]["published_at"] == "2024-05-26"
    assert documents["pages/10"]["published_at"] == "2024-05-26T11:10"
    assert not record["text"].startswith("#")


def test_a_record_gives_the_same_mentions_as_the_same_article_in_a_file(corpus_run):
    out = corpus_run[1]
    officials = read_table(out / "officials.csv")
    in_file = [(r["name"], r["title"]) for r in officials if r["doc_id"] == "note"]
    in_record = [(r["name"], r["title"]) for r in officials if r["doc_id"] == "feed/bai-0"]
    in_csv = [(r["name"], r["title"]) for r in officials if r["doc_id"] == "export/1"]
    assert in_file and in_record == in_file == in_csv


@pytest.mark.parametrize("doc_id, words", [
    ("feed/6", ["line 7", "not valid JSON"]),
    ("feed/trong", ["record 7 (line 8)", "empty text field"]),
    ("feed/anh", ["no text field", "id, title, caption"]),
    ("contacts", ["needs a text field", "họ tên, điện thoại, email", "rename"]),
])
def test_what_cannot_be_read_gets_an_error_that_names_the_line_or_the_fields(corpus_run, doc_id, words):
    document = corpus_run[3][doc_id]
    assert document["status"] == "error"
    for word in words:
        assert word in document["error"]


def test_the_run_keeps_the_contract(corpus_run):
    source, out, _, _ = corpus_run
    checker = SHARED / "tools" / "check_contract.py"
    result = subprocess.run([sys.executable, str(checker), str(out), str(source)], capture_output=True, text=True)
    assert result.returncode == 0 and "0 problem(s)" in result.stdout, result.stdout


def test_the_index_pass_keeps_no_texts(corpus_run):
    items = discover(corpus_run[0])
    records = [item for item in items if item.record]
    assert len(records) == 13 and all(item.text is None for item in records)


def test_a_record_becomes_a_text_with_header_lines():
    text = record_text({"id": 3, "title": "Dân vận khéo ở Nghệ An", "url": "https://x.vn/3",
                        "date": "2024-05-26", "content": "Sáng 25/5, Ban Dân vận Tỉnh ủy tổ chức hội nghị."})
    assert text == ("# title = Dân vận khéo ở Nghệ An\n# url = https://x.vn/3\n# published = 2024-05-26\n"
                    "Sáng 25/5, Ban Dân vận Tỉnh ủy tổ chức hội nghị.")
