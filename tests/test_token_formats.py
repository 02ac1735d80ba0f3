"""Files from NLP corpora (one token per line, glued compounds, inline entity marks) are read as
running text, so their officials, provinces and statements are found as in any article."""
from pipeline.cleaning import clean_document
from pipeline.extract.officials import extract_officials
from pipeline.sentences import split_sentences
from pipeline.storage import text_of

CONLL = "\n".join("\t".join(row) for row in [
    ("Bà", "Nc", "B-NP", "O"), ("Lường_Thị_Hoa", "Np", "B-NP", "B-PER"), (",", "CH", "O", "O"),
    ("Chủ_tịch", "N", "B-NP", "O"), ("UBND", "Ny", "B-NP", "B-ORG"), ("tỉnh", "N", "I-NP", "I-ORG"),
    ("Sơn_La", "Np", "I-NP", "I-ORG"), ("cho_biết", "V", "B-VP", "O"), ("tỉnh", "N", "B-NP", "O"),
    ("đã", "R", "O", "O"), ("hỗ_trợ", "V", "B-VP", "O"), ("500", "M", "B-NP", "O"), ("hộ", "N", "B-NP", "O"),
    (".", "CH", "O", "O"), ("", "", "", ""), ("Bà", "Nc", "B-NP", "O"), ("Hoa", "Np", "B-NP", "B-PER"),
    ("nói", "V", "B-VP", "O"), (":", "CH", "O", "O"), ('"', "CH", "O", "O"), ("Phải", "V", "O", "O"),
    ("gần", "A", "O", "O"), ("dân", "N", "O", "O"), ('"', "CH", "O", "O"), (".", "CH", "O", "O"),
]).replace("\t\t\t", "")


def officials_of(text):
    clean = clean_document(text).text
    return [(o.name, o.title) for o in extract_officials(clean, split_sentences(clean)) if o.title]


def test_a_file_of_token_lines_is_read_as_its_sentences():
    text = text_of(("# date = 20231105\n" + CONLL + "\n").encode("utf-8"), ".txt")
    assert text.splitlines() == ["# date = 20231105",
                                 'Bà Lường Thị Hoa, Chủ tịch UBND tỉnh Sơn La cho biết tỉnh đã hỗ trợ 500 hộ. '
                                 'Bà Hoa nói: "Phải gần dân".']
    assert officials_of(text) == [("Lường Thị Hoa", "Chủ tịch UBND tỉnh Sơn La")]


def test_conllu_sentences_are_read_from_their_text_lines():
    conllu = ("# newdoc id = tin-01\n# sent_id = 1\n# text = Ông Giàng A Tủa, Bí thư Huyện ủy Mù Cang Chải dự lễ.\n"
              "1\tÔng\tông\tNOUN\n2\tGiàng\tGiàng\tPROPN\n\n# sent_id = 2\n# text = Ông Tủa tặng quà.\n"
              "1\tÔng\tông\tNOUN\n2\tTủa\tTủa\tPROPN\n")
    text = text_of(conllu.encode("utf-8"), ".conllu")
    assert text.strip() == "Ông Giàng A Tủa, Bí thư Huyện ủy Mù Cang Chải dự lễ. Ông Tủa tặng quà."


def test_glued_compounds_and_entity_marks_are_undone():
    segmented = "Phó_Chủ_tịch UBND tỉnh Điện_Biên Lò_Văn_Tiến thăm bà_con bản Huổi_Lóng ."
    assert text_of(segmented.encode("utf-8"), ".txt") == "Phó Chủ tịch UBND tỉnh Điện Biên Lò Văn Tiến thăm bà con bản Huổi Lóng ."
    marked = '<ENAMEX TYPE="PERSON">Lò Văn Tiến</ENAMEX> làm việc tại <ENAMEX TYPE="LOCATION">Điện Biên</ENAMEX>.'
    assert text_of(marked.encode("utf-8"), ".txt") == "Lò Văn Tiến làm việc tại Điện Biên."


def test_an_article_with_a_few_underscores_or_tabs_stays_as_written():
    article = ("Sáng 5/3, xã tổ chức hội nghị.\nTài liệu gửi qua địa chỉ ban_dan_van@tinh.gov.vn và tệp bao_cao_2024.docx.\n"
               "Số hộ\t120\nSố người\t450\n")
    assert text_of(article.encode("utf-8"), ".txt") == article


def test_a_corpus_record_of_words_is_read_as_their_text():
    from pipeline.storage.corpora import record_text

    record = {"words": ["Chủ_tịch", "UBND", "tỉnh", "Hà_Giang", "Nguyễn_Văn_Sơn", "cho_biết", ",", "tỉnh", "đã",
                        "hỗ_trợ", "500", "hộ", "."], "tags": ["O"] * 13}
    text = text_of(record_text(record).encode("utf-8"), ".txt")
    assert text == "Chủ tịch UBND tỉnh Hà Giang Nguyễn Văn Sơn cho biết, tỉnh đã hỗ trợ 500 hộ."
    assert officials_of(text) == [("Nguyễn Văn Sơn", "Chủ tịch UBND tỉnh Hà Giang")]


def test_paragraphs_indented_with_tabs_are_an_article_not_token_lines():
    article = ("\tSáng 25/5, Ban Dân vận Huyện ủy tổ chức hội nghị tổng kết.\n\tĐồng chí Lò Văn Mừng phát biểu chỉ đạo.\n"
               "\tHội nghị biểu dương 20 mô hình dân vận khéo.\n")
    assert text_of(article.encode("utf-8"), ".txt") == article


def test_a_parquet_corpus_of_tokens_gives_one_document_a_record(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from conftest import run_cli
    from pipeline.storage import read_table

    folder = tmp_path / "in"
    folder.mkdir()
    pq.write_table(pa.table({"id": ["a", "b"], "tokens": [["Bí_thư", "Tỉnh_ủy", "Lạng_Sơn", "Hoàng_Văn_Nghiệm", "dự", "lễ", "."],
                                                          ["Trời", "mưa", "."]]}), folder / "ner.parquet")
    run_cli("--input", str(folder), "--output", str(tmp_path / "out"))
    documents = read_table(tmp_path / "out" / "documents.csv")
    assert [(d["doc_id"], d["status"]) for d in documents] == [("ner/a", "ok"), ("ner/b", "ok")]
    assert [o["name"] for o in read_table(tmp_path / "out" / "officials.csv")] == ["Hoàng Văn Nghiệm"]
