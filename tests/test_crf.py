"""The bulk CRF decoder gives exactly underthesea's words and tags, on real news and on odd text."""
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import storage
from pipeline.cleaning import clean_document
from pipeline.crf import BATCH_CELLS, Template, View
from pipeline.resources import syllable_splitter, word_segmentation_model
from pipeline.sentences import split_sentences
from pipeline.text_keys import KeyedText
from pipeline.tokens import tag_underthesea

from conftest import DATA, RAW, SHARED

CORPUS = SHARED / "corpus" / "dantri_society"


@pytest.fixture(scope="module")
def underthesea_tagger():
    """underthesea's own path: ``word_tokenize``, then its POS model "v2.0", sentence by sentence."""
    import underthesea.pipeline.pos_tag as package
    from underthesea import word_tokenize
    from underthesea.models.fast_crf_sequence_tagger import FastCRFSequenceTagger

    pos = FastCRFSequenceTagger()
    pos.load(str(Path(package.__file__).parent / "models" / "pos_crf_vlsp2013_20230303"))

    def tag(sentence: str) -> list[tuple[str, str]]:
        words = word_tokenize(sentence, use_token_normalize=False)
        return list(zip(words, [t[2:] for t in pos.predict([[w] for w in words])])) if words else []

    return tag


def _news_sentences() -> list[str]:
    paths = sorted(RAW.iterdir())
    with open(DATA / "dev_dantri.jsonl", encoding="utf-8") as f:
        paths += [CORPUS / f"{json.loads(line)['doc_id']}.txt" for line in f][:20]
    sentences = []
    for path in paths:
        assert path.is_file(), f"{path} is missing"
        text = clean_document(storage.decode(path.read_bytes())).text
        sentences.extend(s.text for s in split_sentences(text))
    return sentences


def test_words_and_tags_are_underthesea_s_on_real_news(underthesea_tagger):
    sentences = _news_sentences()
    assert len(sentences) > 300
    ours = tag_underthesea(sentences)
    differing = [s for s, mine in zip(sentences, ours) if mine != underthesea_tagger(s)]
    assert differing == []


def test_a_sentence_longer_than_one_viterbi_batch_is_tagged_whole(underthesea_tagger):
    run_on = " ".join(["Bí thư Tỉnh ủy Nguyễn Văn Hòa dự hội nghị tổng kết công tác dân vận năm 2024"] * 1200)
    assert len(run_on.split()) > BATCH_CELLS
    short = "Sáng 6/1, UBND tỉnh họp."
    assert tag_underthesea([short, run_on, "", short]) == [underthesea_tagger(short), underthesea_tagger(run_on),
                                                           [], underthesea_tagger(short)]


ODD_PIECES = st.sampled_from([
    "Bí thư", "Tỉnh ủy", "Nguyễn Văn A", "6/1/2025", "2025", "UBND", "iPhone", "²", "١٢", "ǅ", "ⅷ", "İ",
    "Σ", "...", "—", "BOS", "EOS", "True", "=", "“", "”", "(", ")", "COVID-19", "H'Hen Niê", "Y Ngọc", "\u00a0", "\u0301", ",", " ",
    "TP.", "TP. HCM", "Th.S", "ThSNguyễn", "Thás", "v.v...", "e-mail", ":D", "T.Ư", "dantri.com.vn", "x@y.vn", ":",
])


@pytest.mark.parametrize("text", [
    "TP. HCM và Th.S Nguyễn Văn A", "ThSNguyễn Thás TP.", "Đạo diễn :D Dương", "Xem dantri.com.vn/xa-hoi.htm.",
    "Theo T.Ư Đoàn, v.v... và 03-5730-2357", "Hà Nội,Huế;Đà Nẵng", "  Sáng\u00a06/1,\tUBND  tỉnh  ",
])
def test_syllables_are_underthesea_s_regex_tokens(text):
    from underthesea.pipeline.word_tokenize.regex_tokenize import tokenize as regex_tokenize

    assert syllable_splitter()(text) == regex_tokenize(text, use_token_normalize=False)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(st.one_of(ODD_PIECES, st.text(max_size=4)), max_size=12).map(" ".join), max_size=5))
def test_odd_text_gets_underthesea_s_words_and_tags(underthesea_tagger, pieces):
    assert tag_underthesea(pieces) == [underthesea_tagger(p) for p in pieces]


def test_templates_are_read_from_underthesea_s_names():
    assert Template.parse("T[-1,0].lower") == Template("T[-1,0].lower", -1, 0, View.LOWER)
    assert Template.parse("T[2]").view is View.TEXT
    with pytest.raises(ValueError, match="unsupported"):
        Template.parse("T[0].isupper")
    assert {t.view for t in word_segmentation_model().templates} == set(View)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(" \t\n\u00a0\u2003aAĐđ-–“”\"'.,İΣσ")) | st.characters(), max_size=40),
       st.booleans(), st.booleans())
def test_the_fast_matching_key_equals_the_character_by_character_one(text, lower, drop_quotes):
    assert KeyedText.build(text, lower, drop_quotes) == KeyedText._build_char_by_char(text, lower, drop_quotes)
