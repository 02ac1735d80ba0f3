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
    ("sẽ chỉ đạo Hội nghị hoàn thành trong 10/2017.", ("2017-10", "month")),
    ("ý nghĩa của Năm Đoàn kết hữu nghị Việt Nam – Lào, Lào – Việt Nam 2017, coi đây là dấu mốc", ("2017", "year")),
    ("Trong đợt 19/5/2021, mừng sinh nhật Bác", ("2021-05-19", "day")),
    ("hỗ trợ thiếu nhi (nhân ngày Quốc tế thiếu nhi 1/6/2024)", ("2024-06-01", "day")),
    ("Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam 21/4/2025, thư viện huyện mở cửa tự do", ("2025-04-21", "day")),
])
def test_date_grammar(text, expected):
    assert expected in dates_in(text)


def test_a_yearless_day_takes_the_first_year_of_the_term_however_spelled():
    assert ("2023-09-27", "day") in dates_in("Ngày 27/9, tại Trung tâm hội nghị tỉnh diễn ra Đại hội lần thứ VIII, "
                                             "nhiệm kì 2023 – 2028.")
    assert ("2020-03-05", "day") in dates_in("Ban Chấp hành khóa 2020 - 2025 họp phiên đầu tiên ngày 5/3.")


def test_a_fraction_after_the_name_of_a_day_is_no_date():
    assert dates_in("Ngày Hội được tổ chức tại 3/5 xã của huyện.") == []


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


@pytest.mark.parametrize("text, published, expected", [
    pytest.param("(QNO) - Sáng nay 17.1, huyện Núi Thành tổ chức gặp mặt.", "2022-01", ("2022-01-17", "day"),
                 id="day.month with a dot, the year from an archive's month"),
    pytest.param("Đại hội nhiệm kỳ 2023-2028 chính thức diễn ra từ ngày 25-27/12 tại Thủ đô Hà Nội.", "",
                 ("2023-12-27", "day"), id="a congress's days take its term's first year"),
    pytest.param("Ngày 19/6, đoàn đến thăm nhân kỷ niệm 85 năm Ngày khai sáng đạo (18/5 năm Kỷ Mão 1939 - 18/5 năm Giáp Thìn 2024).",
                 "", ("2024-06-19", "day"), id="an anniversary's last year, not its first"),
    pytest.param("Nhân dịp Tết Nguyên đán Bính Ngọ 2026, ngày 5/2, đoàn thăm đoàn viên.", "", ("2026", "year"),
                 id="a year alone after a lunar year's name"),
    pytest.param("Trong những ngày mưa tháng 7, già làng đi tuần tra cùng bộ đội.", "2018-08", ("2018-07", "month"),
                 id="a month alone takes the year of the article"),
    pytest.param("Lễ kỷ niệm 60 năm ngày Báo Hòa Bình xuất bản số đầu (2/9/1962-2/9/2022).", "", ("1962-09-02", "day"),
                 id="both ends of a range of full dates"),
    pytest.param("Đại hội diễn ra trong hai ngày, 2-3/12/2014 và đã thành công tốt đẹp.", "", ("2014-12-02", "day"),
                 id="a range of days with its year"),
])
def test_dates_of_many_outlets(text, published, expected):
    assert expected in dates_in(text, published)


@pytest.mark.parametrize("text", [
    "Sáng 16/3/2023 (nhằm ngày 25/2 năm Quý Mão), Đại hội được tổ chức.",
    "đã ký kết UNCLOS 1982 và Covid-19",
    "với sự tham gia của 1975 hộ dân và 2.000 đại biểu",
])
def test_lunar_days_codes_and_counts_are_not_dates(text):
    found = [d for d, _ in dates_in(text)]
    assert "2023-02-25" not in found and "1982" not in found and "1975" not in found and "2000" not in found


def test_a_yearless_day_takes_the_year_the_article_last_named():
    text = "Năm 2020, phong trào được đẩy mạnh.\nDịp 2/9 này, toàn tỉnh có 446 đảng viên được tặng Huy hiệu Đảng."
    assert ("2020-09-02", "day") in dates_in(text)


def test_a_yearless_day_does_not_take_the_year_of_a_document_the_article_cites():
    text = "Ngày 20/7, Tỉnh ủy triển khai Nghị quyết số 04-NQ/TU, ngày 13/7/2022 của Ban Thường vụ Tỉnh ủy."
    assert dates_in(text) == [("--07-20", "day"), ("2022-07-13", "day")]


@pytest.mark.parametrize("text, expected", [
    pytest.param("Sáng 8/1, Hội Nông dân tỉnh tổng kết công tác Hội năm 2024 và phương hướng năm 2025.",
                 ("2025-01-08", "day"), id="a review of year N early in N+1, beside the plan for N+1"),
    pytest.param("Tối 7/5, tỉnh tổ chức chương trình nghệ thuật kỷ niệm 71 năm Chiến thắng Điện Biên Phủ (7/5/1954).",
                 ("2025-05-07", "day"), id="an anniversary's day, counted from the year it remembers"),
    pytest.param("Nhân kỷ niệm 76 năm Ngày Thương binh Liệt sĩ (27/7/1947-27/7/2023), ngày 27/7, đoàn đến thăm.",
                 ("2023-07-27", "day"), id="an anniversary whose range gives both years"),
    pytest.param("Kỷ niệm 95 năm Ngày thành lập Đảng (1930-2025), Đảng bộ tỉnh tổ chức nhiều hoạt động.",
                 ("1930", "year"), id="a long range without spaces"),
    pytest.param("Cập nhật 10 Tháng 1 2025", ("2025-01-10", "day"), id="a dateline's spelled date without ngày"),
    pytest.param("Thứ Năm, 27 tháng 2, 2025 | 15:30", ("2025-02-27", "day"), id="a spelled date with a comma"),
    pytest.param("Đăng lúc 2025-01-06T08:30:00+07:00", ("2025-01-06", "day"), id="an ISO date and time"),
    pytest.param("Kỷ niệm 50 năm Ngày giải phóng tỉnh Phú Yên (1975), các cựu chiến binh nhớ lại ngày 1/4 lịch sử.",
                 ("1975-04-01", "day"), id="a day remembered after the anniversary keeps its own year"),
    pytest.param("Sáng 3/5 thôn Khuổi Ky tổ chức lễ hội cầu mùa.", ("--05-03", "day"), id="a day, then a village's name"),
    pytest.param("Chiều 27/12, Hội Cựu chiến binh tỉnh tổng kết công tác Hội năm 2024, triển khai nhiệm vụ năm 2025.",
                 ("2024-12-27", "day"), id="a review held at the end of the year it reviews"),
    pytest.param("Ngày 28/3, UBND huyện sơ kết công tác quý I năm 2025 và triển khai nhiệm vụ quý II.",
                 ("2025-03-28", "day"), id="a quarter's review in its own year"),
])
def test_dates_of_reviews_anniversaries_and_datelines(text, expected):
    assert expected in dates_in(text)


@pytest.mark.parametrize("text, not_expected", [
    ("Đến nay, 3/5 thôn của xã đã có nhà văn hóa cộng đồng.", "--05-03"),
    ("Hội Chữ thập đỏ huyện đã vận động hơn 2000 đoàn viên tham gia hiến máu.", "2000"),
    ("Trong 5 tháng 2025 tỉnh thu ngân sách vượt kế hoạch.", "2025-05-05"),
    ("Đến nay, 7/9 xã của huyện đã đạt chuẩn nông thôn mới.", "--09-07"),
    ("Các bản nằm ở độ cao 1800-1900 m so với mực nước biển.", "1800"),
    ("Tổng đài 1900-2004 hỗ trợ người dân tra cứu thủ tục.", "2004"),
    ("Thôn Nà Ngần có khoảng 1950-2000 nhân khẩu.", "1950"),
])
def test_fractions_and_counts_of_people_and_villages_are_not_dates(text, not_expected):
    assert not_expected not in [d for d, _ in dates_in(text)]


def test_a_count_word_after_a_day_is_a_whole_word():
    # "ngàn" (thousand) is a count word; "ngành" (a branch of the state) is not
    text = "Ngay trong đêm 29/4/2021, ngành y tế đã lấy mẫu. Ngay trong đêm 30/4 ngành y tế lấy xong 1.200 mẫu."
    assert [d.date for d in extract_dates(text, split_sentences(text))] == ["2021-04-29", "2021-04-30"]


@pytest.mark.parametrize("text, expected", [
    pytest.param("Hội nghị tổ chức tại Hà Nội, 6/1/2025 với 200 đại biểu.", ["2025-01-06"], id="a full date after a place and a comma"),
    pytest.param("Mỗi tuần tổ chức từ 3-5 buổi; mỗi hộ được hỗ trợ từ 2-3 con bò; trẻ từ 6-10 tuổi được học bơi.", [],
                 id="counts of sessions, cows and years of age"),
    pytest.param("Hội tổ chức mừng 8/3 cho hội viên. Kỷ niệm 19/5, đoàn viên dâng hương. Ngày mùng 2/9, xã tổ chức lễ.",
                 ["--03-08", "--05-19", "--09-02"], id="days after mừng, kỷ niệm, mùng"),
    pytest.param("Các tháng 10, 11 và 12 năm 2024, huyện ra quân. Trong tháng 11 và 12/2024, xã hoàn thành.",
                 ["2024-10", "2024-11", "2024-12", "2024-11", "2024-12"], id="a list of months of one year"),
])
def test_day_and_month_forms_of_many_outlets(text, expected):
    assert [d.date for d in extract_dates(text, split_sentences(text))] == expected


def test_a_day_said_to_come_is_in_the_year_after_a_past_one_or_the_same():
    text = "Dự kiến ngày 15/10, huyện tổ chức đại hội. Ngày 20/12 tới, xã sẽ khánh thành cầu. Ngày 28/12, xã đã họp."
    found = extract_dates(text, split_sentences(text), published_at="2025-01-15")
    assert [d.date for d in found if d.mention] == ["2025-10-15", "2025-12-20", "2024-12-28"]


@pytest.mark.parametrize("text, expected", [
    pytest.param("Ông Sùng A Páo (sinh năm 1965), trưởng bản; ngày 12/3, ông được huyện tặng giấy khen.",
                 ["1965", "--03-12"], id="a birth year"),
    pytest.param("Ngày 15/3, huyện triển khai đề án phát triển du lịch đến năm 2030.", ["--03-15", "2030"],
                 id="a plan's horizon"),
    pytest.param("Chiều 16/12, đoàn đến chúc mừng Giáng sinh năm 2022.", ["2022-12-16", "2022"],
                 id="Christmas is no birth"),
])
def test_a_year_of_a_life_or_a_horizon_is_not_the_year_of_the_days_event(text, expected):
    assert [d.date for d in extract_dates(text, split_sentences(text))] == expected


def test_a_school_year_written_with_a_slash_gives_both_years():
    text = "Năm học 2024/2025, trường đạt chuẩn quốc gia theo Nghị định 100/2019/NĐ-CP."
    assert [d.date for d in extract_dates(text, split_sentences(text))] == ["2024", "2025"]


def test_what_has_happened_up_to_now_is_not_put_in_the_coming_year():
    text = ("Từ ngày 1/1 đến nay, tỉnh đã thu ngân sách vượt dự toán. Ngày 5/3, tỉnh đã khởi công cầu. "
            "Theo kế hoạch trước đó, dịp lễ 30/12 tỉnh bắn pháo hoa.")
    found = extract_dates(text, split_sentences(text), published_at="2024-12-20")
    assert [d.date for d in found if d.mention] == ["2024-01-01", "2024-03-05", "2024-12-30"]
