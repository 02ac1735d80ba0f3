import pytest

from pipeline.extract.officials import extract_officials


@pytest.fixture
def officials(analysed):
    def find(text):
        sentences, tokens = analysed(text)
        found = extract_officials(text, sentences, tokens)
        for o in found:
            if o.start is not None:
                assert text[o.start:o.end] == o.name
        return [(o.name, o.title) for o in found if o.title]

    return find


@pytest.mark.parametrize("text, expected", [
    pytest.param("Phát biểu tại hội nghị, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Quảng Nam Phan Việt Cường đánh "
                 "giá cao.",
                 [("Phan Việt Cường", "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Quảng Nam")],
                 id="title then name, a chain of positions"),
    pytest.param("Đồng chí Lê Hồng Vinh - Phó Chủ tịch UBND tỉnh và đồng chí Thái Khắc Thư - Bí thư Đảng ủy Khối "
                 "trao Huy hiệu. Ông Phạm Văn Bốn, Trưởng Ban Dân vận Tỉnh ủy Long An, cho biết.",
                 [("Lê Hồng Vinh", "Phó Chủ tịch UBND tỉnh"), ("Thái Khắc Thư", "Bí thư Đảng ủy Khối"),
                  ("Phạm Văn Bốn", "Trưởng Ban Dân vận Tỉnh ủy Long An")],
                 id="name then title after a dash or a comma"),
    pytest.param("Dự có Phó Bí thư Tỉnh ủy Nguyễn Văn Hòa; Phó Chủ tịch UBND tỉnh Y Ngọc và Chủ tịch UBND xã Ia O "
                 "Siu Nghiệp, bà H'Yim Kđoh - Phó Chủ tịch UBND tỉnh Đắk Lắk.",
                 [("Nguyễn Văn Hòa", "Phó Bí thư Tỉnh ủy"), ("Y Ngọc", "Phó Chủ tịch UBND tỉnh"),
                  ("Siu Nghiệp", "Chủ tịch UBND xã Ia O"), ("H'Yim Kđoh", "Phó Chủ tịch UBND tỉnh Đắk Lắk")],
                 id="several officials in one sentence, ethnic-minority names"),
    pytest.param("Học tập phong cách của Chủ tịch Hồ Chí Minh. Tổng thống Mỹ Donald Trump và Thủ tướng Campuchia "
                 "Hun Sen gặp Thủ tướng Phạm Minh Chính.",
                 [("Hồ Chí Minh", "Chủ tịch"), ("Donald Trump", "Tổng thống Mỹ"),
                  ("Hun Sen", "Thủ tướng Campuchia"), ("Phạm Minh Chính", "Thủ tướng")],
                 id="President Ho Chi Minh and foreign leaders"),
])
def test_officials_with_their_titles(officials, text, expected):
    assert officials(text) == expected


@pytest.mark.parametrize("text", [
    "Đồng chí Nguyễn Xuân Sơn phát biểu tại hội nghị. Ảnh: Mai Hoa",
    "Thanh Thủy – Vĩnh Hưng",
    "Theo bác sĩ Nguyễn Văn An, bệnh nhân đã ổn định.",
    "Nghệ nhân Nguyễn Thị Lan trình diễn.",
    "Bà Khương Thị Mai, Giám đốc điều hành công ty TNHH Namsung, tự ứng cử.",
    "Phó Chủ tịch UBND tỉnh chủ trì hội nghị.",
    "Chủ tịch UBND huyện Krông Nô cho biết.",
])
def test_not_officials(officials, text):
    assert officials(text) == []


@pytest.mark.parametrize("text", [
    "Chủ tịch UBND xã Nguyễn Văn Nên cho biết. Theo ông Nên, người dân rất đồng thuận.",
    pytest.param("Đoàn do đồng chí Nguyễn Văn Nên, Ủy viên Bộ Chính trị, Bí thư Thành ủy làm trưởng đoàn. "
                 "Ông Nên nhấn mạnh vai trò của Mặt trận.", id="at the start of a sentence"),
])
def test_a_later_short_form_is_tied_to_the_full_name(analysed, text):
    sentences, tokens = analysed(text)
    short = [o for o in extract_officials(text, sentences, tokens) if o.mention == "Nên"]
    assert [(o.name, o.start, text[o.mention_start:o.mention_end]) for o in short] == [("Nguyễn Văn Nên", None, "Nên")]


def test_ethnic_minority_names_in_a_list_of_officials(officials):
    text = ("Dự có Phó Chủ tịch UBND huyện Ksor Phước và Bí thư Huyện ủy Rơ Mah Tuấn, Chủ tịch UBND xã "
            "Điểu K'Lưm, Bí thư Chi bộ ấp Thạch Sa Rết, Trưởng ấp Danh Út.")
    assert [name for name, _ in officials(text)] == ["Ksor Phước", "Rơ Mah Tuấn", "Điểu K'Lưm", "Thạch Sa Rết",
                                                     "Danh Út"]


def test_name_in_brackets_and_after_a_comma_and_honorific(officials):
    assert officials("Chủ tịch UBND xã (ông Nguyễn Văn Nam) cho biết.") == [("Nguyễn Văn Nam", "Chủ tịch UBND xã")]
    assert officials("Bí thư Tỉnh ủy, đồng chí Lê Văn Hiền chủ trì.") == [("Lê Văn Hiền", "Bí thư Tỉnh ủy")]
    assert officials("ông Trần Văn Bình (Chủ tịch UBND phường) cho biết.") == [("Trần Văn Bình", "Chủ tịch UBND phường")]


def test_a_place_after_a_title_is_not_a_name(officials):
    text = "Trung tá Nguyễn Văn Tùng - Đồn trưởng Đồn biên phòng Cửa khẩu quốc tế Hà Tiên cho biết."
    assert officials(text) == [("Nguyễn Văn Tùng", "Trung tá, Đồn trưởng Đồn biên phòng Cửa khẩu quốc tế Hà Tiên")]


def test_foreign_leaders_in_vietnamese_spelling(officials):
    text = "Tổng thống Nga Vladimir Putin điện đàm với Chủ tịch Trung Quốc Tập Cận Bình."
    assert officials(text) == [("Vladimir Putin", "Tổng thống Nga"), ("Tập Cận Bình", "Chủ tịch Trung Quốc")]

