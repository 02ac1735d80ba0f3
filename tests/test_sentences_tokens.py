from pipeline.sentences import sentence_of, split_sentences
from pipeline.tokens import Tokenizer, tokenize

TEXT = ("Sáng 6/1, Ban Dân vận Tỉnh ủy tổ chức Hội nghị.  Đồng chí Nguyễn Xuân Sơn - Phó Bí thư "
        "Thường trực Tỉnh ủy dự. Ảnh: Mai Hoa\nNăm 2019, công tác dân vận có nhiều đổi mới.")


def test_sentences_have_offsets_into_the_text_and_never_cross_a_paragraph():
    sentences = split_sentences(TEXT)
    assert [s.text for s in sentences][-1] == "Năm 2019, công tác dân vận có nhiều đổi mới."
    for s in sentences:
        assert TEXT[s.start:s.end] == s.text
        assert "\n" not in s.text
    assert sentence_of(sentences, TEXT.index("Nguyễn")) == 1


def test_multi_syllable_words_keep_their_spaces_and_offsets_hold():
    sentences = split_sentences(TEXT)
    tokens = tokenize(TEXT, sentences)
    words = [t.token for t in tokens]
    assert "Nguyễn Xuân Sơn" in words and "Bí thư" in words and "Hội nghị" in words
    for t in tokens:
        assert TEXT[t.start:t.end] == t.token
    assert {t.pos for t in tokens if t.token == "Nguyễn Xuân Sơn"} == {"Np"}


def test_pyvi_is_the_alternative_tokenizer():
    sentences = split_sentences(TEXT)
    tokens = tokenize(TEXT, sentences, Tokenizer.PYVI)
    assert any(" " in t.token for t in tokens)
    for t in tokens:
        assert TEXT[t.start:t.end] == t.token


def test_documents_tokenized_together_get_the_words_each_gets_alone():
    from pipeline.tokens import tokenize_documents

    texts = ["Sáng 6/1, Bí thư Tỉnh ủy Nghệ An Nguyễn Đức Trung dự hội nghị. Đồng chí nhấn mạnh công tác dân vận.",
             "Phong trào “Dân vận khéo” lan tỏa khắp các buôn làng Đắk Lắk.", ""]
    documents = [(t, split_sentences(t)) for t in texts]
    assert tokenize_documents(documents) == [tokenize(t, s) for t, s in documents]
    assert [t.token for t in tokenize_documents(documents)[1]][:3] == ["Phong trào", "“", "Dân vận khéo"]
