import pytest

from pipeline.extract.provinces import document_province, extract_provinces


def provinces_in(text):
    found = extract_provinces(text)
    for p in found:
        assert text[p.start:p.end] == p.mention
    return [(p.mention, p.province) for p in found]


@pytest.mark.parametrize("text, mention, province", [
    ("Bí thư Tỉnh ủy Quảng Nam Phan Việt Cường", "Quảng Nam", "Quảng Nam"),
    ("Thành ủy TP.HCM họp", "TP.HCM", "Hồ Chí Minh"),
    ("người dân TPHCM đi làm", "TPHCM", "Hồ Chí Minh"),
    ("tại TP Hồ Chí Minh", "TP Hồ Chí Minh", "Hồ Chí Minh"),
    ("tỉnh Khánh Hoà", "Khánh Hoà", "Khánh Hòa"),
    ("tỉnh Thừa Thiên - Huế", "Thừa Thiên - Huế", "Huế"),
    ("tỉnh Bà Rịa-Vũng Tàu", "Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu"),
    ("Đắc Lắc mùa cà phê", "Đắc Lắc", "Đắk Lắk"),
    ("Trường THPT chuyên Tiền Giang", "Tiền Giang", "Tiền Giang"),
    ("đặc sản Sâm Lai Châu", "Lai Châu", "Lai Châu"),
    ("thành phố Hà Tĩnh", "Hà Tĩnh", "Hà Tĩnh"),
    ("Báo Yên Bái đưa tin", "Yên Bái", "Yên Bái"),
    ("Ban Dân vận Tỉnh ủy Cà Mau và UBND TP. HCM", "TP. HCM", "Hồ Chí Minh"),
])
def test_province_spellings(text, mention, province):
    assert (mention, province) in provinces_in(text)


@pytest.mark.parametrize("text", [
    "thực hành theo phong cách dân vận của Chủ tịch Hồ Chí Minh",
    "Đoàn TNCS Hồ Chí Minh tổ chức",
    "Mặt trận Tổ quốc Việt Nam",
    "các tỉnh Tây Nguyên",
    "nước sông Đồng Nai dâng cao",
    "trên đường Điện Biên Phủ",
    "chiến thắng Điện Biên Phủ",
    "ông Nguyễn Thái Bình cho biết",
    "vì hòa bình và hữu nghị",
    "vượt Thái Bình Dương",
    "chị Huế bán hàng",
    "nước hồ Hòa Bình xuống thấp",  # a lake, like a river
])
def test_not_provinces(text):
    assert provinces_in(text) == []


def test_codes_and_the_july_2025_merger_come_from_underthesea():
    (kon_tum,) = extract_provinces("tỉnh Kon Tum")
    assert (kon_tum.province_code, kon_tum.province_2025) == ("62", "Quảng Ngãi")
    (hue,) = extract_provinces("Thừa Thiên Huế")
    assert (hue.province, hue.province_code) == ("Huế", "46")


def test_document_province_from_text_or_from_a_provincial_outlet():
    text = "Long An tiếp tục nâng cao vai trò. Tỉnh Long An và Tây Ninh."
    assert document_province(extract_provinces(text)) == "Long An"
    assert document_province([], "Baonghean.vn") == "Nghệ An"
    assert document_province([], "kontumtv.vn") == "Kon Tum"
    assert document_province([], "ĐCSVN") == ""


@pytest.mark.parametrize("text, expected", [
    pytest.param("Chúc Tết cổ truyền Roya Haji đồng bào Chăm xã Khánh Hòa, huyện Châu Phú", [], id="a commune named like a province"),
    pytest.param("Ban Chấp hành Hội Nông dân các phường Thống Nhất, Vĩnh Phúc ra mắt Đại hội", [], id="a list of wards"),
    pytest.param("Bí thư Đảng ủy phường Điện Dương (thị xã Điện Bàn, Quảng Nam) cho biết", [("Quảng Nam", "Quảng Nam")],
                 id="the province of an address"),
    pytest.param("Bí thư Huyện ủy Quảng Ninh và Huyện đoàn Quảng Ninh đến thăm bà con tỉnh Quảng Bình",
                 [("Quảng Bình", "Quảng Bình")], id="a district's committee and youth union named like a province"),
    pytest.param("Tại điểm cầu Thái Bình có đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh", [("Thái Bình", "Thái Bình")],
                 id="a conference's bridge point is not a bridge"),
])
def test_wards_communes_and_lists_that_contain_a_province_name(text, expected):
    assert provinces_in(text) == expected


def test_a_provincial_paper_signs_its_lede_with_its_initials():
    from pipeline.cleaning import clean_document

    doc = clean_document("(QNO) - Sáng nay 17.1, huyện Núi Thành tổ chức gặp mặt người có uy tín.")
    assert (doc.outlet, document_province([], doc.outlet)) == ("QNO", "Quảng Nam")


def test_a_district_named_alone_does_not_name_the_articles_province():
    from pipeline.runner import process_text

    result = process_text("d", "d.txt", "Tin xã\nSáng 3/4, UBND huyện Sốp Cộp ra quân làm đường. Chủ tịch UBND tỉnh "
                          "Lò Văn Minh dự.")
    assert result.province == ""
    assert [(o.level, o.office_province) for o in result.officials if o.title] == [("province", "Sơn La")]


def test_a_one_syllable_province_after_tp_is_the_city_not_a_given_name():
    assert [p.province for p in extract_provinces("Chủ tịch UBND TP Huế dự; chị Huế cho biết")] == ["Huế"]


@pytest.mark.parametrize("text", [
    pytest.param("Mỗi sáng, các cụ tập dưỡng sinh ở công viên Hòa Bình gần nhà văn hóa.", id="park"),
    pytest.param("Tác phẩm của ông từng được đề cử Giải thưởng Hòa Bình của một quỹ quốc tế.", id="prize"),
    pytest.param("Nhà hoạt động này được trao giải Nobel Hòa Bình năm ấy.", id="nobel prize"),
    pytest.param("Đoàn đại biểu nghỉ tại Khách sạn Thái Bình ở trung tâm.", id="hotel"),
    pytest.param("Một xe container bị lật trên xa lộ Hà Nội lúc rạng sáng.", id="highway"),
    pytest.param("Tiểu thương chợ Bến Tre dọn hàng từ 4 giờ sáng.", id="market"),
    pytest.param("Thành phố lát lại vỉa hè các tuyến đường Lê Lợi, Thái Nguyên và Hải Phòng.", id="a list of streets"),
    pytest.param("Hai cây cầu Thái Bình, Hòa Bình được sửa chữa.", id="a list of bridges"),
    pytest.param("Tuyến cao tốc Hà Nội - Hải Phòng và cao tốc Nội Bài - Lào Cai đông đúc phương tiện.",
                 id="expressways named by their two ends"),
    pytest.param("Tuyến đường Quảng Ngãi - Kon Tum được nâng cấp trong năm nay.", id="a road named by its two ends"),
    pytest.param("Đường Quảng Ngãi - Kon Tum được nâng cấp trong năm nay.", id="a road's word capitalised"),
    pytest.param("Dự án cao tốc Hà Nội-Hải Phòng đã hoàn thành.", id="a road's two ends without spaces"),
])
def test_things_named_like_a_province_are_not_the_province(text):
    assert provinces_in(text) == []


@pytest.mark.parametrize("text, expected", [
    pytest.param("Cửa hàng ở số 12 đường Trần Phú, Hà Tĩnh mở cửa.", [("Hà Tĩnh", "Hà Tĩnh")], id="the province of a street address"),
    pytest.param("Mưa lớn ở các thành phố Hà Nội, Hải Phòng.", [("Hà Nội", "Hà Nội"), ("Hải Phòng", "Hải Phòng")],
                 id="a list of cities"),
    pytest.param("Du khách mua đặc sản ở chợ Đông Ba, Huế.", [("Huế", "Huế")], id="the province of a market"),
    pytest.param("Đồn Biên phòng Ia Lốp - Đắk Lắk tổ chức lễ ra quân.", [("Đắk Lắk", "Đắk Lắk")],
                 id="the province after a dash, not a road's end"),
    pytest.param("Đoàn đại biểu Hà Nội - Hải Phòng giao lưu.", [("Hà Nội", "Hà Nội"), ("Hải Phòng", "Hải Phòng")],
                 id="two provinces joined by a dash, no road"),
    pytest.param("Đường Võ Nguyên Giáp – Đà Nẵng là tuyến đường đẹp.", [("Đà Nẵng", "Đà Nẵng")],
                 id="a street, then its city"),
])
def test_the_province_after_a_named_thing_still_counts(text, expected):
    assert provinces_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Lũ quét ở tỉnh Hà Nam (Trung Quốc) khiến hàng nghìn người phải sơ tán.", [], id="in brackets"),
    pytest.param("Nhà máy ở tỉnh Hà Nam, Trung Quốc tạm dừng sản xuất.", [], id="after a comma"),
    pytest.param("Đoàn công tác tỉnh Hà Nam sang thăm Vân Nam (Trung Quốc).", [("Hà Nam", "Hà Nam")], id="the country of another place"),
    pytest.param("Hàng hóa qua lại giữa Lạng Sơn, Trung Quốc và Lào tăng mạnh.", [("Lạng Sơn", "Lạng Sơn")], id="a list of places"),
    pytest.param("Kết nghĩa giữa Lào Cai (Việt Nam) và Vân Nam (Trung Quốc).", [("Lào Cai", "Lào Cai")], id="Viet Nam in brackets"),
])
def test_a_province_of_another_country_is_not_a_vietnamese_province(text, expected):
    assert provinces_in(text) == expected


@pytest.mark.parametrize("text, mention, province", [
    ("Chiều qua Tp Hcm mưa lớn", "Tp Hcm", "Hồ Chí Minh"),
    ("giá nhà ở Tp.Hcm tăng", "Tp.Hcm", "Hồ Chí Minh"),
    ("Công an Thành phố HCM thông tin", "Thành phố HCM", "Hồ Chí Minh"),
    ("người dân Tp.Hồ Chí Minh đi bầu cử", "Tp.Hồ Chí Minh", "Hồ Chí Minh"),
    ("du lịch biển tỉnh BR - VT hồi phục", "BR - VT", "Bà Rịa - Vũng Tàu"),
    ("ngư dân BR – VT ra khơi", "BR – VT", "Bà Rịa - Vũng Tàu"),
    ("lễ hội ở TT - Huế", "TT - Huế", "Huế"),
])
def test_abbreviated_provinces(text, mention, province):
    assert (mention, province) in provinces_in(text)


def test_a_region_abbreviated_is_not_a_province():
    assert provinces_in("Nông dân ĐBSCL thu hoạch lúa hè thu") == []


def test_a_provincial_paper_writing_about_the_province_its_headline_names():
    title = "Đắk Nông: Ra mắt mô hình dân vận khéo ở vùng biên"
    text = (title + "\n\nNgày 5/6, Ban Dân vận Tỉnh ủy Đắk Nông ra mắt mô hình mới. Đoàn cán bộ từ Lâm Đồng "
            "đến dự. Mô hình sẽ được nhân rộng khắp Đắk Nông.")
    mentions = extract_provinces(text)
    assert document_province(mentions, "baolamdong.vn", len(title)) == "Đắk Nông"
    # with no other province in the headline, the outlet's province leads among those named
    plain = "Ra mắt mô hình dân vận khéo ở vùng biên"
    text = plain + "\n\nĐoàn cán bộ Đắk Nông sang Lâm Đồng học tập mô hình. Đắk Nông sẽ nhân rộng."
    assert document_province(extract_provinces(text), "baolamdong.vn", len(plain)) == "Lâm Đồng"


@pytest.mark.parametrize("text, expected", [
    pytest.param("Chị Hà Giang, 28 tuổi, bán rau ở chợ cho biết giá tăng.", [], id="chị"),
    pytest.param("Theo anh Hà Nam, mùa này lúa được giá.", [], id="anh"),
    pytest.param("Cô Thái Bình dạy toán ở trường làng.", [], id="cô"),
    pytest.param("Bà con Hà Giang vui đón Tết.", [("Hà Giang", "Hà Giang")], id="bà con: the people of a place"),
    pytest.param("Anh em Hà Tĩnh xa quê tụ họp đầu xuân.", [("Hà Tĩnh", "Hà Tĩnh")], id="anh em"),
    pytest.param("Quà được trao cho các em Hà Giang.", [("Hà Giang", "Hà Giang")], id="các em"),
])
def test_a_given_name_after_a_form_of_address_is_a_person(text, expected):
    assert provinces_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Năm nay xã Hòa Bình, Thái Bình đạt chuẩn nông thôn mới.", [("Thái Bình", "Thái Bình")], id="năm nay"),
    pytest.param("Năm 2024 xã Hòa Bình, Thái Bình về đích nông thôn mới.", [("Thái Bình", "Thái Bình")], id="a year"),
    pytest.param("Ba xã Hòa Bình, Quảng Ninh và Thái Bình sáp nhập thành một.", [], id="a count of communes"),
])
def test_a_year_before_a_ward_is_no_plural(text, expected):
    assert provinces_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Giá rau ở các chợ Hà Nội tăng mạnh sau bão.", [("Hà Nội", "Hà Nội")], id="the markets of a city"),
    pytest.param("Nhiều tuyến đường Hà Nội ngập sâu sau trận mưa.", [("Hà Nội", "Hà Nội")], id="the streets of a city"),
    pytest.param("Các khách sạn Đà Nẵng kín phòng dịp lễ.", [("Đà Nẵng", "Đà Nẵng")], id="the hotels of a city"),
    pytest.param("Các tuyến đường Hà Nội, Hải Phòng được lát lại.", [], id="a list of names"),
    pytest.param("Các xã Hòa Bình, Thái Bình sáp nhập.", [], id="a list of communes"),
])
def test_the_province_that_has_many_named_things(text, expected):
    assert provinces_in(text) == expected
