"""Property tests: any Unicode string goes through every stage without an exception, and
every mention's offsets point at the mention."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.cleaning import clean_document
from pipeline.extract.dates import extract_dates
from pipeline.extract.officials import extract_officials
from pipeline.extract.provinces import extract_provinces
from pipeline.extract.slogans import extract_slogans
from pipeline.sentences import split_sentences
from pipeline.tokens import tokenize

# Vietnamese words and punctuation mixed with arbitrary characters, so that the extractors'
# rules are reached as well as their edges.
PIECES = st.sampled_from([
    "Bí thư Tỉnh ủy", "Quảng Nam", "Nguyễn Văn A", " - ", ", ", "“", "”", "\"", "(", ")", "Ngày 28-12",
    "13/7/2022", "năm 2023", "dân vận khéo", "TP.HCM", "Chủ tịch", "UBND", "xã", "Y Ngọc", "\n", ":", "ông",
    "Phó", "Covid-19", "«", "»", " ", "Ð", "\u00a0", "\u200b", "\u00ad", "\u0301", "thì",
])
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=40).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_every_stage_survives_any_text_and_keeps_offsets(raw):
    doc = clean_document(raw)
    text = doc.text
    sentences = split_sentences(text)
    for s in sentences:
        assert text[s.start:s.end] == s.text
    tokens = tokenize(text, sentences)
    for t in tokens:
        assert text[t.start:t.end] == t.token
    for p in extract_provinces(text):
        assert text[p.start:p.end] == p.mention
    for o in extract_officials(text, sentences, tokens):
        if o.start is not None:
            assert text[o.start:o.end] == o.name
        assert text[o.mention_start:o.mention_end] == o.mention
    for d in extract_dates(text, sentences, doc.published_at, doc.published_span, doc.published_mention):
        if d.start is not None:
            assert text[d.start:d.end] == d.mention
    for s in extract_slogans(text):
        assert text[s.start:s.end] == s.mention
    assert "\u200b" not in text and "\u00ad" not in text
