"""The level and province of an official's office, as the annotation guide writes them."""
import pytest

from pipeline.extract.offices import Office, office_of
from pipeline.runner import process_text


def _offices(text: str) -> dict[str, tuple[str, str, str]]:
    result = process_text("doc", "doc.txt", text)
    return {o.name: (o.title, o.level, o.office_province) for o in result.officials}


@pytest.mark.parametrize("text, name, level, province", [
    # the province the text gives after the title, also where a ward lay in another before July 2025
    ("Tiêu đề\n\nSáng 15/7/2025, đồng chí Nguyễn Văn Sáu, Bí thư Đảng ủy phường Quy Nhơn Nam, tỉnh Gia Lai, dự lễ.",
     "Nguyễn Văn Sáu", "commune", "Gia Lai"),
    ("Tiêu đề\n\nChủ tịch UBND phường Bà Rịa, TP.HCM Nguyễn Thị Thu dự lễ.", "Nguyễn Thị Thu", "commune", "Hồ Chí Minh"),
    ("Tiêu đề\n\nBí thư Đảng ủy phường Hoàn Kiếm, Hà Nội Lê Thị Hoa dự lễ.", "Lê Thị Hoa", "commune", "Hà Nội"),
    # a province by a name no province of Vietnam has
    ("Tiêu đề\n\nĐồng chí Lý Kiến Quốc, Bí thư Tỉnh ủy tỉnh Vân Nam (Trung Quốc) hội đàm với đoàn tỉnh Lào Cai.",
     "Lý Kiến Quốc", "foreign", ""),
    ("Tiêu đề\n\nPhó Chủ tịch UBND tỉnh Hà Tây Nguyễn Văn Khảm dự lễ khánh thành đình làng năm 2005.", "Nguyễn Văn Khảm",
     "province", ""),
    # a National Assembly deputy named by the delegation
    ("Tiêu đề\n\nĐại biểu Lê Thị Thu - Đoàn ĐBQH tỉnh Bình Phước - cho rằng cần làm rõ nguồn vốn.", "Lê Thị Thu",
     "central", ""),
    # the national Border Guard command; a post placed by the body after it
    ("Tiêu đề\n\nTrung tướng Nguyễn Anh Tuấn, Tư lệnh Bộ đội Biên phòng, dự lễ.", "Nguyễn Anh Tuấn", "central", ""),
    # national councils: the election council, the defence and security council
    ("Tiêu đề\n\nPhó Chủ tịch Hội đồng bầu cử quốc gia Trần Văn Lâm kiểm tra công tác bầu cử tại tỉnh Sơn La.",
     "Trần Văn Lâm", "central", ""),
    ("Tiêu đề\n\nThượng tá Lê Văn Bình, Chính trị viên Ban Chỉ huy Quân sự thị xã Ninh Hòa, tỉnh Khánh Hòa, dự.",
     "Lê Văn Bình", "district", "Khánh Hòa"),
    ("Tiêu đề\n\nĐại úy Trần Quốc Huy, Đội trưởng Đội Cảnh sát hình sự Công an huyện Giồng Riềng, tỉnh Kiên Giang, "
     "cho biết.", "Trần Quốc Huy", "district", "Kiên Giang"),
    ("Tiêu đề\n\nThượng tá Phan Văn Hải, Chính trị viên Ban Chỉ huy Quân sự huyện Krông Pa, tỉnh Gia Lai, dự lễ.",
     "Phan Văn Hải", "district", "Gia Lai"),
    ("Tiêu đề\n\nThiếu tá Lò Văn Pành, Chính trị viên Đồn Biên phòng Mường Lói, huyện Điện Biên, dự.",
     "Lò Văn Pành", "", ""),
    # the current job before a former one, and either before a seat on a committee
    ("Tiêu đề\n\nDự hội nghị có bà Lê Thị Hoa, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Ninh Bình, nguyên Chủ tịch "
     "Hội LHPN Việt Nam.", "Lê Thị Hoa", "province", "Ninh Bình"),
    ("Tiêu đề\n\nTới dự có ông Trần Văn Nam, Ủy viên Trung ương Đảng, nguyên Bí thư Tỉnh ủy Kiên Giang.",
     "Trần Văn Nam", "province", "Kiên Giang"),
    # a country written like a word ("Lào") is a foreign office when it stands alone
    ("Tiêu đề\n\nTổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith thăm Việt Nam.", "Thongloun Sisoulith",
     "foreign", ""),
    # a city named by a name that is no province's is a district-level city
    ("Tiêu đề\n\nTại TP.HCM, Chủ tịch UBND TP Thủ Đức Hoàng Văn Tùng cho biết thành phố đặt tên 20 tuyến đường.",
     "Hoàng Văn Tùng", "district", "Hồ Chí Minh"),
    ("Tiêu đề\n\nBí thư Thành ủy Buôn Ma Thuột Trần Văn Hải dự lễ.", "Trần Văn Hải", "district", "Đắk Lắk"),
    # the commune's and district's names tell the province when the title names none
    ("Tiêu đề\n\nSáng 25/4, tại TP.HCM, ông Đặng Văn Hòa, Chủ tịch UBND xã Đắk Ha (huyện Đắk G'Long) xác nhận vụ "
     "việc.", "Đặng Văn Hòa", "commune", "Đắk Nông"),
    # a ministry is a central body, also when only the brackets name it
    ("Tiêu đề\n\nÔng Lê Văn Hải, Phó Bí thư Thường trực Đảng ủy Bộ Lao động - Thương binh và Xã hội phát biểu.",
     "Lê Văn Hải", "central", ""),
    # "tỉnh" alone: the province its sentence names before it
    ("Tiêu đề\n\nHội nghị trực tuyến tổ chức tại Hà Nội. Tại điểm cầu Thái Bình có bà Đặng Thị Chinh, Phó Chủ tịch "
     "Ủy ban MTTQ Việt Nam tỉnh.", "Đặng Thị Chinh", "province", "Thái Bình"),
    # the tier of a place tells which of the places of that name it is: the city Hội An, not a commune
    ("Tiêu đề\n\nÔng Nguyễn Văn Lanh, Phó Chủ tịch UBND TP Hội An cho hay.", "Nguyễn Văn Lanh", "district", "Quảng Nam"),
    ("Tiêu đề\n\nBà Hà Thị Bình, Phó Chủ tịch UBND xã Hội Hợp phát biểu.", "Hà Thị Bình", "commune", "Vĩnh Phúc"),
    # a bare head's title held by a name no Vietnamese family name begins is a foreign office
    ("Tiêu đề\n\nTại cuộc gặp Thủ tướng Hun Sen, Thủ tướng Phạm Minh Chính khẳng định.", "Hun Sen", "foreign", ""),
    ("Tiêu đề\n\nTại cuộc gặp Thủ tướng Hun Sen, Thủ tướng Phạm Minh Chính khẳng định.", "Phạm Minh Chính", "central", ""),
    # an ambassador's office is his country's, not the one he serves in
    ("Tiêu đề\n\nĐại sứ Nhật Bản tại Việt Nam Yamada Takio thăm tỉnh.", "Yamada Takio", "foreign", ""),
    # an Ê Đê name is no foreigner's
    ("Tiêu đề\n\nBí thư H'Yim Kđoh dự lễ.", "H'Yim Kđoh", "", ""),
    # a district's Party committee named like a province: a district of the province the text is about
    ("Tiêu đề\n\nSáng 3/4, đồng chí Nguyễn Văn An, Bí thư Huyện ủy Quảng Ninh, dự lễ ra quân tại tỉnh Quảng Bình.",
     "Nguyễn Văn An", "district", "Quảng Bình"),
    # a centrally-run city's former name is that city
    ("Tiêu đề\n\nÔng Trần Bạch Đằng từng là Bí thư Thành ủy Sài Gòn - Gia Định.", "Trần Bạch Đằng", "province", "Hồ Chí Minh"),
])
def test_level_and_province_of_an_office(text, name, level, province):
    offices = _offices(text)
    assert offices[name][1:] == (level, province), offices


def test_an_abbreviation_with_a_dot_does_not_cut_the_title():
    offices = _offices("Tiêu đề\n\nDự lễ có ông Huỳnh Văn Quang- Chủ tịch UB.MTTQVN tỉnh Tây Ninh; đại diện các sở.")
    assert offices["Huỳnh Văn Quang"] == ("Chủ tịch UB.MTTQVN tỉnh Tây Ninh", "province", "Tây Ninh")


def test_a_place_that_begins_with_a_country_is_not_a_country_nor_a_name():
    offices = _offices("Tiêu đề\n\nTrung tá Hoàng Thế Tài - Chính trị viên Đồn Biên phòng Mỹ Lý cho biết: anh em vẫn "
                       "trực Tết.")
    assert set(offices) == {"Hoàng Thế Tài"}
    assert offices["Hoàng Thế Tài"][0].endswith("Đồn Biên phòng Mỹ Lý")


def test_brackets_place_an_office_only_when_nothing_outside_does():
    assert office_of("Trưởng Ban Liên lạc Công an chi viện chiến trường miền Nam (Bộ Công an)") == Office("central")
    assert office_of("Chủ tịch Hội Nông dân xã Tân An (huyện Cần Giuộc, tỉnh Long An)") == Office("commune", "Long An")


@pytest.mark.parametrize("title, level", [("Trưởng bon", "village"), ("Trưởng khu", "village"),
                                          ("Chính trị viên Tỉnh đội", "province"), ("Xã đội trưởng", "commune")])
def test_levels_of_hamlet_posts_and_local_military_commands(title, level):
    assert office_of(title).level == level


def test_a_special_zone_is_a_commune_level_unit():
    assert office_of("Chủ tịch HĐND đặc khu Vân Đồn").level == "commune"
    assert office_of("Bí thư Đảng ủy đặc khu Phú Quý").level == "commune"


def test_an_office_in_a_foreign_province_is_foreign_whatever_the_article_is_about():
    assert office_of("Thống đốc tỉnh Gyeonggi", "Bắc Ninh") == Office("foreign", "")


def test_a_deputy_chair_alone_has_no_level_the_chair_of_the_state_is_named_so():
    assert office_of("Phó Chủ tịch", "Nghệ An") == Office()
    assert office_of("Phó Chủ tịch nước").level == "central"


def test_each_listed_official_takes_the_province_in_the_bracket_after_the_name():
    text = "Các Bí thư Tỉnh ủy Nguyễn Văn An (Nghệ An), Trần Văn Bình (Hà Tĩnh) và Lê Văn Cường (Quảng Bình) dự."
    result = process_text("a", "a.txt", text)
    assert [(o.name, o.office_province) for o in result.officials] == [
        ("Nguyễn Văn An", "Nghệ An"), ("Trần Văn Bình", "Hà Tĩnh"), ("Lê Văn Cường", "Quảng Bình")]


def test_a_delegation_listed_by_semicolons_shares_the_country_one_member_names():
    foreign = _offices("Tiêu đề\n\nCùng dự có các ông Vương Nghị, Bộ trưởng Bộ Ngoại giao Trung Quốc; Hà Lập Phong, "
                       "Chủ nhiệm Ủy ban Cải cách và Phát triển quốc gia; Tạ Xuân Đào, Bộ trưởng Bộ Thương mại.")
    assert {name: level for name, (_, level, _) in foreign.items()} == {
        "Vương Nghị": "foreign", "Hà Lập Phong": "foreign", "Tạ Xuân Đào": "foreign"}
    # a list of Vietnam's ministers names no country and stays central
    ours = _offices("Tiêu đề\n\nTham dự có ông Lê Văn An, Bộ trưởng Bộ Công an; ông Trần Văn Bình, Bộ trưởng Bộ Quốc phòng.")
    assert [level for _, level, _ in ours.values()] == ["central", "central"]


@pytest.mark.parametrize("text, name, level, province", [
    ("Tiêu đề\n\nChánh án Tòa án nhân dân khu vực 4 - Đắk Lắk Trương Thị Hiền chủ trì phiên tòa.", "Trương Thị Hiền",
     "district", "Đắk Lắk"),
    ("Tiêu đề\n\nÔng Bùi Quang Dũng, Viện trưởng Viện KSND khu vực 6 - Nghệ An, cho biết.", "Bùi Quang Dũng",
     "district", "Nghệ An"),
    ("Tiêu đề\n\nBà Mai Thị Lụa, Trưởng Thuế cơ sở 2 tỉnh Thanh Hóa, cho biết số thu tăng.", "Mai Thị Lụa",
     "district", "Thanh Hóa"),
    ("Tiêu đề\n\nPhó Trưởng Thuế tỉnh Thanh Hóa Lê Văn Tùng dự hội nghị.", "Lê Văn Tùng", "province", "Thanh Hóa"),
])
def test_regional_courts_procuracies_and_tax_offices_are_below_the_province(text, name, level, province):
    _, got_level, got_province = _offices(text)[name]
    assert (got_level, got_province) == (level, province)


def test_a_village_word_inside_a_body_s_name_places_no_village():
    offices = _offices("Tiêu đề\n\nÔng Phan Văn Hùng, Phó Trưởng phòng Cảnh sát điều tra tội phạm về tham nhũng, "
                       "kinh tế, buôn lậu Công an tỉnh Hà Tĩnh, cho biết.")
    assert offices["Phan Văn Hùng"][1:] == ("province", "Hà Tĩnh")
    assert office_of("Chủ tịch Hội Nông dân xã ấp").level == "village"  # a hamlet named before it


@pytest.mark.parametrize("title, province, expected", [
    ("Chủ tịch Công đoàn Khu kinh tế", "Quảng Ngãi", Office("province", "Quảng Ngãi")),
    ("Phó Chủ tịch Hội Nông dân", "Sơn La", Office("province", "Sơn La")),
    ("Chủ tịch Hội Nông dân", "", Office("central")),  # an article about no province: the national one
    ("Chủ tịch", "Sơn La", Office("central")),  # the President
    ("Phó Chủ tịch UBTƯ MTTQ", "Thái Bình", Office("central")),
])
def test_a_body_no_word_places_is_the_province_s_the_article_is_about(title, province, expected):
    assert office_of(title, province) == expected


def test_national_assembly_committees_abbreviated_are_central():
    assert _offices("Chủ nhiệm UB Tư pháp Lê Thị Nga trình bày báo cáo thẩm tra.")["Lê Thị Nga"][1] == "central"


def test_the_supreme_procuracy_and_court_are_central_whatever_the_article_is_about():
    found = _offices("Tiêu đề\n\nSáng 3/3, Phó Viện trưởng Viện KSND tối cao Nguyễn Huy Tiến làm việc tại tỉnh Gia Lai.")
    assert found["Nguyễn Huy Tiến"][1] == "central"


def test_a_bilateral_friendship_body_keeps_both_countries_and_is_no_office_abroad():
    found = _offices("Tiêu đề\n\nBà Cao Thị Xuân, Chủ tịch nhóm nghị sĩ hữu nghị Việt Nam - Romania cho biết, hai "
                     "bên sẽ tăng cường hợp tác. Ông Nguyễn Văn Tâm, Chủ tịch Hội hữu nghị Việt Nam - Lào tỉnh Nghệ "
                     "An phát biểu.")
    assert found["Cao Thị Xuân"] == ("Chủ tịch nhóm nghị sĩ hữu nghị Việt Nam - Romania", "central", "")
    assert found["Nguyễn Văn Tâm"] == ("Chủ tịch Hội hữu nghị Việt Nam - Lào tỉnh Nghệ An", "province", "Nghệ An")


def test_a_union_inside_a_firm_is_at_no_level():
    assert office_of("Chủ tịch Công đoàn Công ty TNHH Giày Tỷ Xuân", "Thanh Hóa") == Office()
    assert office_of("Chủ tịch Công đoàn Khu kinh tế", "Thanh Hóa") == Office("province", "Thanh Hóa")


def test_the_parent_of_a_body_named_by_its_task_places_the_office():
    assert office_of("Trưởng phòng Phòng, chống tệ nạn xã hội, Sở Lao động - Thương binh và Xã hội tỉnh Thanh Hóa") == \
        Office("province", "Thanh Hóa")
    assert office_of("Thủ tướng của Singapore").level == "foreign"
