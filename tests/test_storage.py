import codecs
import unicodedata

import pytest

from conftest import windows_1258
from pipeline import storage


def test_doc_id_is_the_relative_path_without_extension(tmp_path):
    (tmp_path / "2024").mkdir()
    (tmp_path / "2024" / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "b").write_text("x", encoding="utf-8")
    (tmp_path / "Dân vận khéo.txt").write_text("x", encoding="utf-8")
    ids = [item.doc_id for item in storage.discover(tmp_path)]
    assert ids == ["2024/a", "Dân vận khéo", "b"]


def test_two_files_with_one_stem_keep_two_documents(tmp_path):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "a.md").write_text("x", encoding="utf-8")
    assert sorted(item.doc_id for item in storage.discover(tmp_path)) == ["a", "a.txt"]


TEXT = "Công tác dân vận khéo ở Khánh Hòa"


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"),
    codecs.BOM_UTF8 + TEXT.encode("utf-8"),
    TEXT.encode("utf-16"),
    TEXT.encode("utf-8").decode("cp1252", errors="ignore").encode("utf-8"),
])
def test_encodings_decode_to_the_same_text(data):
    assert storage.decode(data) == TEXT


QUOTED = "Phong trào “Dân vận khéo” – Đắk Lắk, Quảng Ngãi, Thừa Thiên Huế…"


@pytest.mark.parametrize("encoding", ["sloppy-windows-1252", "latin-1"])  # ftfy registers the first
def test_utf8_misread_in_a_legacy_code_page_is_mended(encoding):
    misread = QUOTED.encode("utf-8").decode(encoding)
    assert storage.decode(misread.encode("utf-8")) == QUOTED


def test_vietnamese_letters_before_quotes_and_ellipses_are_left_as_written():
    text = "Bà Hà nói: “Dân là gốc”, “đoàn kết là sức mạnh…” và “ý Đảng hợp lòng dân”…"
    assert storage.decode(text.encode("utf-8")) == text




def test_windows_1258_legacy_vietnamese_decodes_to_the_same_text():
    data = windows_1258("Công tác dân vận ở Quảng Trị")
    assert b"\xd2" in data or b"\xf2" in data  # a separate tone mark really is there
    assert unicodedata.normalize("NFC", storage.decode(data)) == "Công tác dân vận ở Quảng Trị"


@pytest.mark.parametrize("data, suffix, message", [
    (b"%PDF-1.4 \x00\x01", ".pdf", "unsupported file type .pdf: convert it to text"),
    (b"\x89PNG\x00\x00\x00\x0dIHDR", ".txt", "binary file, not text"),
    (b"", ".txt", "empty file"),
    (b"  \n\t ", ".txt", "only white space"),
])
def test_bad_input_gets_a_message_that_says_what_to_do(data, suffix, message):
    with pytest.raises(storage.InputError, match=message):
        storage.decode(data, suffix)


def test_tables_are_written_with_a_bom_and_atomically(tmp_path):
    path = tmp_path / "t.csv"
    with storage.TableSink(tmp_path, {"t": ["a", "b"]}) as sink:
        sink.write("t", [{"a": "Đà Nẵng", "b": 1}])
    assert path.read_bytes().startswith(codecs.BOM_UTF8)
    assert storage.read_table(path) == [{"a": "Đà Nẵng", "b": "1"}]
    assert [p.name for p in tmp_path.iterdir()] == ["t.csv"]


def test_a_manifest_beside_the_folder_gives_each_document_its_address(tmp_path):
    from pipeline.runner import process_file_rows

    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "p1.txt").write_text("Hội nghị trực tuyến toàn quốc tổ chức tại Hà Nội. Tại điểm cầu Thái Bình, "
                                   "bà Đặng Thị Chinh, Phó Chủ tịch Ủy ban MTTQ tỉnh dự.", encoding="utf-8")
    (folder / "p2.txt").write_text("# url = https://baonghean.vn/a.html\nTin tức", encoding="utf-8")
    (tmp_path / "pages.SOURCE.md").write_text(
        "# pages\n\n| id | address |\n|---|---|\n| p1 | http://mttq.thaibinh.gov.vn/tin-tuc/page-12.htm |\n"
        "| p2 | https://example.org/other |\n", encoding="utf-8")
    items = {item.doc_id: item for item in storage.discover(folder)}
    assert items["p1"].address == "http://mttq.thaibinh.gov.vn/tin-tuc/page-12.htm"
    document = process_file_rows(items["p1"])["documents"][0]
    assert (document["url"], document["outlet"], document["province"]) == (
        "http://mttq.thaibinh.gov.vn/tin-tuc/page-12.htm", "mttq.thaibinh.gov.vn", "Thái Bình")
    # the text's own address wins over the manifest's
    assert process_file_rows(items["p2"])["documents"][0]["url"] == "https://baonghean.vn/a.html"
    (tmp_path / "pages.SOURCE.md").unlink()
    assert {item.address for item in storage.discover(folder)} == {""}


def test_a_file_that_cannot_be_read_costs_only_itself_among_those_processed_together(tmp_path):
    from pipeline.runner import process_files_rows

    (tmp_path / "a.txt").write_text("Chủ tịch UBND tỉnh Lê Văn Hùng dự lễ ra quân.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe\x00\x00broken")
    (tmp_path / "c.txt").write_text("Bí thư Huyện ủy Trần Văn Nam phát biểu.", encoding="utf-8")
    items = sorted(storage.discover(tmp_path), key=lambda i: i.doc_id)
    (tmp_path / "a.txt").unlink()  # gone between discovery and reading
    rows = process_files_rows(items)
    assert [r["documents"][0]["status"] for r in rows][0] == "error"
    assert rows[2]["documents"][0]["status"] == "ok"
    assert [o["name"] for o in rows[2]["officials"]] == ["Trần Văn Nam"]
