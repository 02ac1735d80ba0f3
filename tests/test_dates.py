import pytest

from pipeline.extract.dates import extract_dates
from pipeline.sentences import split_sentences


def dates_in(text, published_at=""):
    found = extract_dates(text, split_sentences(text), published_at)
    for d in found:
        if d.start is not None:
            assert text[d.start:d.end] == d.mention
    return [(d.date, d.granularity.value) for d in found if not d.is_published]


@pytest.mark.parametrize("text, expected", [
    ("ngày 13/7/2022 của Ban", ("2022-07-13", "day")),
    ("ngày 13-7-2022", ("2022-07-13", "day")),
    ("ngày 13.7.2022", ("2022-07-13", "day")),
    ("ngày 2 tháng 9 năm 1945", ("1945-09-02", "day")),
    ("trong tháng 7/2022", ("2022-07", "month")),
    ("trong tháng 7 năm 2022", ("2022-07", "month")),
    ("sơ kết 6 tháng đầu năm 2014", ("2014", "year")),
    ("kết quả quý I/2024", ("2024", "year")),
    ("ký ngày 13/01/2017Nhằm tăng cường", ("2017-01-13", "day")),
    ("nhiệm vụ 2024", ("2024", "year")),
])
def test_date_grammar(text, expected):
    assert expected in dates_in(text)


def test_year_ranges_give_both_years():
    assert dates_in("chuẩn bị cho nhiệm kỳ Đại hội 2025 - 2030") == [("2025", "year"), ("2030", "year")]


def test_a_day_without_a_year_takes_the_published_year():
    assert dates_in("Ngày 28-12, Tỉnh ủy họp.", "2023-12-29T06:40") == [("2023-12-28", "day")]
    assert dates_in("Sáng 28/12, hội nghị họp.", "2024-01-02") == [("2023-12-28", "day")]


def test_without_a_published_date_the_sentence_gives_the_year():
    text = "Sáng 6/1, Ban Dân vận tổng kết công tác dân vận năm 2019; triển khai nhiệm vụ năm 2020."
    assert ("2020-01-06", "day") in dates_in(text)
    assert dates_in("Ngày 28-12, Tỉnh ủy họp.") == [("--12-28", "day")]
    review = "Chiều 15/3, Ban Dân vận Huyện ủy tổng kết phong trào thi đua “Dân vận khéo” giai đoạn 2016-2021."
    assert ("2022-03-15", "day") in dates_in(review)


def test_lists_of_days():
    assert dates_in("trong 2 ngày 28 và 29/10, dịp lễ 30/4 và 1/5", "2020-11-01") == [
        ("2020-10-28", "day"), ("2020-10-29", "day"), ("2020-04-30", "day"), ("2020-05-01", "day")]


@pytest.mark.parametrize("text", [
    "dịch bệnh Covid-19 diễn biến phức tạp",
    "trao Huy hiệu 30 năm tuổi Đảng",
    "Nghị quyết số 04-NQ/TU của Tỉnh ủy",
    "theo Nghị định 100/2019/NĐ-CP",
    "từ 2/3 tổng số đại biểu",
    "tuần tra từ 6-10 lượt",
    "thực hiện Chỉ thị 05 của Bộ Chính trị",
])
def test_not_dates(text):
    assert dates_in(text) == []


def test_the_published_date_is_a_row_of_its_own():
    found = extract_dates("Nội dung bài.", [], "2022-08-12T11:11")
    assert [(d.date, d.is_published, d.start) for d in found] == [("2022-08-12", True, None)]
