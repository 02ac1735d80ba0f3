import pytest

from pipeline.extract.slogans import extract_slogans, find_quotes


def slogans_in(text):
    found = extract_slogans(text)
    for s in found:
        assert text[s.start:s.end] == s.mention
    return [(s.slogan, s.known) for s in found]


def test_known_slogan_quoted_unquoted_or_with_only_a_word_quoted():
    assert slogans_in("Phong trào thi đua “Dân vận khéo” lan tỏa") == [("Dân vận khéo", True)]
    assert slogans_in("có phương pháp dân vận khéo với tinh thần") == [("Dân vận khéo", True)]
    assert slogans_in("đẩy mạnh công tác dân vận “khéo”") == [("Dân vận khéo", True)]


def test_a_slogan_inside_a_longer_one_is_the_longer_one_alone():
    assert slogans_in("Khắc ghi lời Bác dạy “Dân vận khéo thì việc gì cũng thành công”") == [
        ("Dân vận khéo thì việc gì cũng thành công", True)]
    assert slogans_in("năm 2020 với chủ đề “Năm dân vận khéo”") == [("Năm dân vận khéo", True)]


def test_variants_of_one_family_are_told_apart():
    six = "phương châm \"Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng\""
    assert slogans_in(six) == [("Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng", True)]


def test_quoted_annual_theme_and_campaign_are_slogans_even_if_unknown():
    text = "thực hiện hiệu quả chủ đề năm 2024: “Công tác dân vận trong tạo sự đồng thuận, nâng cao chỉ số hài lòng của Nhân dân”./."
    assert slogans_in(text) == [
        ("Công tác dân vận trong tạo sự đồng thuận, nâng cao chỉ số hài lòng của Nhân dân", False)]
    assert slogans_in("đánh giá kết quả “Đẩy mạnh thực hiện quy chế dân chủ ở cơ sở” năm 2021") == [
        ("Đẩy mạnh thực hiện quy chế dân chủ ở cơ sở", False)]


@pytest.mark.parametrize("text", [
    "thì phải “khéo” và muốn “khéo” phải có tư duy",
    "Ông Bốn nói: “Đối với năm 2024, ngành dân vận tiếp tục phát huy kết quả đạt được. Chúng tôi sẽ cố gắng.”",
    "thực hiện Nghị quyết “Về đổi mới, nâng cao chất lượng công tác dân vận”",
    "cuốn sách “Những câu chuyện về lòng nhân ái”",
    "Bộ đã có văn bản về “Đề án xây dựng Học viện Tư pháp thành trung tâm lớn”",
    "ý thức tự lực, tự cường của nhân dân",
])
def test_not_slogans(text):
    assert slogans_in(text) == []


def test_quotes_nested_unbalanced_and_mixed():
    text = 'nhấn mạnh: “Phải “khéo” và dân tin". Phong trào «Dân vận khéo» và “mở'
    assert [text[q.start:q.end] for q in find_quotes(text)] == ["Phải “khéo” và dân tin", "khéo", "Dân vận khéo"]
