"""Bad and awkward input, built here: every file gets a row, nothing hangs, encodings and
look-alike characters are mended, saved web pages give their article."""
import codecs
import csv
import os
import signal
import subprocess
import sys
import time
import unicodedata

import ftfy.bad_codecs  # noqa: F401  (registers the sloppy-windows-1252 codec)
import pytest

from conftest import RAW, ROOT, run_cli, windows_1258
from pipeline.storage import read_table
from pipeline.tables import COLUMNS

ARTICLE = ("Quảng Nam tiếp tục đẩy mạnh công tác dân vận khéo\n\n"
           "Ngày 28-12, Tỉnh ủy Quảng Nam tổ chức Hội nghị tổng kết công tác dân vận năm 2023. "
           "Bí thư Tỉnh ủy Phan Việt Cường phát biểu chỉ đạo, đề nghị thực hiện tốt phương châm "
           "“Dân biết, dân bàn, dân làm, dân kiểm tra, dân thụ hưởng”.\n")


@pytest.fixture(scope="module")
def awkward_run(tmp_path_factory):
    source = tmp_path_factory.mktemp("awkward")
    files = {
        "utf8.txt": ARTICLE.encode("utf-8"),
        "utf8_bom.txt": codecs.BOM_UTF8 + ARTICLE.encode("utf-8"),
        "utf16.txt": ARTICLE.encode("utf-16"),
        "utf16_no_bom.txt": ARTICLE.encode("utf-16-le"),
        "cp1258.txt": windows_1258(ARTICLE),
        "nfd.txt": unicodedata.normalize("NFD", ARTICLE).encode("utf-8"),
        # UTF-8 read once as Windows-1252 (bytes it leaves undefined kept as they were) and saved again
        "mojibake.txt": ARTICLE.encode("utf-8").decode("sloppy-windows-1252").encode("utf-8"),
        "lookalike.txt": ARTICLE.replace("Đ", "Ð").replace("dân vận", "dân\u00a0vận\u200b")
                                .replace("Hội nghị", "Hội ng\u00adhị").encode("utf-8"),
        "empty.txt": b"",
        "blank.txt": b"  \n\t\n   ",
        "image.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "binary.dat": bytes(range(256)) * 4,
        "scan.pdf": b"%PDF-1.4\n%\xe2\xe3\n",
        "notes.docx": b"PK\x03\x04\x14\x00",
        # a dump on one line: the article's paragraphs joined, repeated to a million characters
        "one_line.txt": ((" ".join(ARTICLE.split("\n")) * 4000)[:1_000_000]).encode("utf-8"),
        "quotes.txt": ("“ ( [ « \" ‘ " * 5000 + "Dân vận khéo ] ) »").encode("utf-8"),
        "Thư mục có dấu/bài viết số 1.txt": ARTICLE.encode("utf-8"),
        "page.html": ("<html><head><meta charset='utf-8'><title>Quảng Nam tiếp tục đẩy mạnh công tác dân vận khéo"
                      "</title><meta property='article:published_time' content='2023-12-29T06:40:00+07:00'>"
                      "</head><body><nav>Trang chủ | Thời sự | Tin mới</nav><script>var tracking = 1;</script>"
                      "<article><h1>Quảng Nam tiếp tục đẩy mạnh công tác dân vận khéo</h1>"
                      + "".join(f"<p>{p}</p>" for p in ARTICLE.split("\n")[2:] if p)
                      + "</article><div class='comments'><h3>Ý kiến bạn đọc</h3><form>Họ và tên <input></form>"
                      "</div><footer>Bản quyền thuộc về Báo Quảng Nam</footer></body></html>").encode("utf-8"),
    }
    for name, data in files.items():
        path = source / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    out = tmp_path_factory.mktemp("awkward_out")
    result = run_cli("--input", str(source), "--output", str(out), "--quiet")
    documents = {r["doc_id"]: r for r in read_table(out / "documents.csv")}
    return result, documents, out


def test_every_file_gets_a_row_and_the_run_ends_with_a_summary(awkward_run):
    result, documents, _ = awkward_run
    assert result.returncode == 0 and "Traceback" not in result.stderr
    assert len(documents) == 18
    errors = sum(d["status"] == "error" for d in documents.values())
    assert f"18 documents: {18 - errors} ok, {errors} with errors" in result.stdout


@pytest.mark.parametrize("doc_id, message", [
    ("empty", "empty file"),
    ("blank", "only white space"),
    ("image", "unsupported file type .png"),
    ("binary", "binary file, not text"),
    ("scan", "unsupported file type .pdf: convert it to text"),
    ("notes", "unsupported file type .docx"),
])
def test_bad_files_get_an_error_that_says_what_to_do(awkward_run, doc_id, message):
    document = awkward_run[1][doc_id]
    assert document["status"] == "error"
    assert message in document["error"]


def test_a_million_characters_on_one_line_are_processed_not_refused(awkward_run):
    _, documents, out = awkward_run
    assert documents["one_line"]["status"] == "ok"
    assert len(documents["one_line"]["text"]) > 990_000  # double spaces folded
    officials = [r for r in read_table(out / "officials.csv") if r["doc_id"] == "one_line"]
    slogans = [r for r in read_table(out / "slogans.csv") if r["doc_id"] == "one_line"]
    assert len(officials) > 2000 and {r["name"] for r in officials} == {"Phan Việt Cường"}
    assert len(slogans) > 2000
    assert int(officials[-1]["start"]) > 990_000


def test_only_max_chars_refuses_a_long_text(tmp_path):
    source, out = tmp_path / "in", tmp_path / "out"
    source.mkdir()
    (source / "short.txt").write_text(ARTICLE, encoding="utf-8")
    (source / "long.txt").write_text(ARTICLE * 3, encoding="utf-8")
    result = run_cli("--input", str(source), "--output", str(out), "--quiet", "--max-chars", str(len(ARTICLE) + 10))
    assert result.returncode == 0
    documents = {r["doc_id"]: r for r in read_table(out / "documents.csv")}
    assert documents["short"]["status"] == "ok"
    assert documents["long"]["status"] == "error"
    assert f"{len(ARTICLE) * 3:,} characters long" in documents["long"]["error"]
    assert "--max-chars" in documents["long"]["error"]


def test_every_encoding_and_look_alike_decodes_to_the_same_cleaned_text(awkward_run):
    documents = awkward_run[1]
    reference = documents["utf8"]["text"]
    assert "Tỉnh ủy Quảng Nam" in reference
    for doc_id in ("utf8_bom", "utf16", "utf16_no_bom", "cp1258", "nfd", "mojibake", "lookalike", "Thư mục có dấu/bài viết số 1"):
        assert documents[doc_id]["status"] == "ok", doc_id
        assert documents[doc_id]["text"] == reference, doc_id


def test_thousands_of_unbalanced_quotes_and_brackets_give_a_row(awkward_run):
    documents = awkward_run[1]
    assert documents["quotes"]["status"] == "ok"


def test_a_saved_web_page_gives_the_article_only(awkward_run):
    _, documents, out = awkward_run
    page = documents["page"]
    assert page["status"] == "ok"
    assert page["title"] == "Quảng Nam tiếp tục đẩy mạnh công tác dân vận khéo"
    assert page["published_at"].startswith("2023-12-29")
    assert "Bí thư Tỉnh ủy Phan Việt Cường" in page["text"]
    for furniture in ("Trang chủ", "tracking", "Họ và tên", "Bản quyền", "Ý kiến bạn đọc"):
        assert furniture not in page["text"]
    officials = [r["name"] for r in read_table(out / "officials.csv") if r["doc_id"] == "page"]
    assert officials == ["Phan Việt Cường"]


def test_a_run_killed_midway_leaves_the_previous_complete_tables(tmp_path):
    out = tmp_path / "out"
    assert run_cli("--input", str(RAW), "--output", str(out), "--quiet").returncode == 0
    before = {t: (out / f"{t}.csv").read_bytes() for t in COLUMNS}
    big = tmp_path / "big"
    big.mkdir()
    for i in range(400):
        for path in RAW.iterdir():
            (big / f"{i:03d}_{path.name}").write_bytes(path.read_bytes())
    process = subprocess.Popen([sys.executable, "-m", "pipeline", "--input", str(big), "--output", str(out),
                                "--quiet", "--workers", "1"], cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    # killed as soon as it has started writing its new tables
    while not list(out.glob(".tokens.csv.*")) and process.poll() is None:
        time.sleep(0.05)
    time.sleep(0.5)
    assert process.poll() is None, "the run ended before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    for table, content in before.items():
        assert (out / f"{table}.csv").read_bytes() == content, table
