import pytest

from pipeline.cleaning import clean_document, repair_unicode


def test_look_alike_letters_invisible_characters_and_tone_placement_are_mended():
    raw = "Ðắk Lắk: ho\u00e0 b\u00ecnh\u200b, thuý\u00a0nh\u00e2n d\u00e2n, so\u00adft"
    assert repair_unicode(raw) == "Đắk Lắk: hòa bình, thúy nhân dân, soft"


def test_an_honorific_glued_to_a_name_is_parted():
    clean = clean_document("ÔngLê Văn Tám (58 tuổi) - cựu Chủ tịch xã Tân Lập kể lại chuyện cũ.").text
    assert "Ông Lê Văn Tám" in clean
    assert "bàn" in clean_document("Bà con ngồi quanh bàn.").text


def test_decomposed_text_becomes_nfc():
    nfd = "Co\u0302ng ta\u0301c da\u0302n va\u0323\u0302n"
    assert repair_unicode(nfd) == "Công tác dân vận"


def test_comment_box_widgets_and_related_news_are_removed_but_every_sentence_stays():
    raw = ("mask\n\nQuảng Nam đẩy mạnh công tác dân vận\n\nThứ sáu, 29/12/2023 06:40\n"
           "Ngày 28-12, Tỉnh ủy Quảng Nam tổ chức Hội nghị tổng kết.\nleftcenterrightdel\n"
           "Cán bộ phải lắng nghe dân.\n\nLÊ VƯƠNG\n\nTin mới\nBài khác hôm nay\n"
           "Ý kiến bình luận\nHọ và tên\nEmail\nLời bình\nXác thực")
    doc = clean_document(raw)
    for furniture in ("mask", "leftcenterrightdel", "Tin mới", "Ý kiến bình luận", "Họ và tên", "Lời bình"):
        assert furniture not in doc.text
    assert "Ngày 28-12, Tỉnh ủy Quảng Nam tổ chức Hội nghị tổng kết." in doc.text
    assert "Cán bộ phải lắng nghe dân." in doc.text
    assert doc.title == "Quảng Nam đẩy mạnh công tác dân vận"
    assert doc.published_at == "2023-12-29T06:40"
    assert doc.author == "LÊ VƯƠNG"
    assert doc.text[doc.published_span[0]:doc.published_span[1]] == "29/12/2023"


def test_site_header_date_above_the_headline_is_not_the_published_date():
    raw = ("Thứ Bảy, 27/07/2024 15:42 (GMT +7)\n\nPhong trào thi đua “Dân vận khéo” phải cụ thể\n\n"
           "Thứ 3, 13/02/2024 | 17:38:06 [GMT +7] A  A\n\nNhìn lại năm 2023, toàn ngành nỗ lực.\n\n"
           "Ý kiến ()\n\n0 / 500 ký tự\nGuest\nĐang tải dữ liệu")
    doc = clean_document(raw)
    assert "27/07/2024" not in doc.text
    assert doc.published_at == "2024-02-13T17:38:06"
    assert doc.title == "Phong trào thi đua “Dân vận khéo” phải cụ thể"
    assert "A  A" not in doc.text and "Guest" not in doc.text and "0 / 500" not in doc.text


def test_lede_with_outlet_is_not_a_headline_and_names_the_outlet():
    doc = clean_document("(kontumtv.vn) – Sáng ngày 13/1, Ban Dân vận Trung ương tổ chức Hội nghị.\n\nHơ Jan Thanh Hà")
    assert doc.title == ""
    assert doc.outlet == "kontumtv.vn"
    assert doc.author == "Hơ Jan Thanh Hà"


def test_image_caption_repeated_on_the_next_line_is_kept_once():
    raw = ("Tiêu đề\nBan Dân vận đã ký kết quy chế phối hợp.\nBan Dân vận đã ký kết quy chế phối hợp.\n"
           "Nhiều mô hình\nNhiều mô hình \"dân vận khéo\" đã đem lại hiệu quả. Ảnh tư liệu\nHết bài.")
    text = clean_document(raw).text
    assert text.count("Ban Dân vận đã ký kết quy chế phối hợp.") == 1
    assert "Nhiều mô hình\n" not in text
    assert "Nhiều mô hình \"dân vận khéo\" đã đem lại hiệu quả." in text


def test_corpus_metadata_header_gives_url_outlet_and_published_date_and_leaves_the_text():
    raw = "# doc_id = x\n# url = https://dantri.com.vn/xa-hoi/a.htm\n# date = 20200918\nTiêu đề bài\nNội dung."
    doc = clean_document(raw)
    assert doc.published_at == "2020-09-18"
    assert doc.outlet == "dantri.com.vn"
    assert not doc.text.startswith("#")
    assert doc.title == "Tiêu đề bài"


@pytest.mark.parametrize("raw", [
    "title: Ra mắt mô hình “Dân vận khéo” ở phường Tân Lập\nurl: https://baodaklak.vn/a.htm\ndate 2024-05-06\n\n"
    "Ra mắt mô hình “Dân vận khéo” ở phường Tân Lập\n\nChiều 6/5, Đảng ủy phường Tân Lập ra mắt mô hình “Dân vận khéo”.",
    "---\ntitle: Ra mắt mô hình “Dân vận khéo” ở phường Tân Lập\nurl: https://baodaklak.vn/a.htm\ndate: 2024-05-06\n---\n"
    "Ra mắt mô hình “Dân vận khéo” ở phường Tân Lập\n\nChiều 6/5, Đảng ủy phường Tân Lập ra mắt mô hình “Dân vận khéo”.",
])
def test_a_front_matter_of_named_fields_is_metadata_not_text(raw):
    doc = clean_document(raw)
    assert (doc.title, doc.published_at, doc.url) == (
        "Ra mắt mô hình “Dân vận khéo” ở phường Tân Lập", "2024-05-06", "https://baodaklak.vn/a.htm")
    assert doc.text.startswith("Ra mắt mô hình") and "url:" not in doc.text


@pytest.mark.parametrize("raw", [
    "# doc_id = g1\n# title = Phát huy vai trò người có uy tín\n# date = 20231213\n"
    "Ngày 12/12, Ban Dân tộc tỉnh Gia Lai tổ chức hội nghị biểu dương người có uy tín.",
    " date 2023-12-13\ntitle: Phát huy vai trò người có uy tín\n"
    "Ngày 12/12, Ban Dân tộc tỉnh Gia Lai tổ chức hội nghị biểu dương người có uy tín.",
])
def test_a_header_s_title_the_text_does_not_repeat_is_the_headline(raw):
    doc = clean_document(raw)
    assert (doc.title, doc.published_at) == ("Phát huy vai trò người có uy tín", "2023-12-13")
    assert doc.text == ("Phát huy vai trò người có uy tín\n"
                        "Ngày 12/12, Ban Dân tộc tỉnh Gia Lai tổ chức hội nghị biểu dương người có uy tín.")


@pytest.mark.parametrize("raw, title, published", [
    pytest.param(" date 2021-05 Nhân dịp Đại lễ Phật đản, ngày 20/5, Đoàn đã thăm các cơ sở Phật giáo trên địa bàn tỉnh.\n"
                 "Tại những nơi đến thăm, ông Trần Văn Lợi gửi lời chúc mừng.", "", "2021-05",
                 id="an archive's date line before the body"),
    pytest.param(" date 2025-10-31 148 Hội Nông dân xã, phường hoàn thành Đại hội nhiệm kỳ 2025 - 2030\n"
                 "Sau 1 tháng triển khai đồng bộ, đến nay 148/148 xã, phường đã tổ chức thành công Đại hội.",
                 "148 Hội Nông dân xã, phường hoàn thành Đại hội nhiệm kỳ 2025 - 2030", "2025-10-31",
                 id="an archive's date line before the headline"),
    pytest.param("• Đời sống xã hội\n\nBộ CHQS tỉnh thăm, chúc Tết Chôl Chnăm Thmây của đồng bào Khmer\n\n"
                 "12/04/2018 06:00 GMT +7\nSTO - Ngày 11-4, đoàn công tác đã đến thăm và chúc mừng các chùa.",
                 "Bộ CHQS tỉnh thăm, chúc Tết Chôl Chnăm Thmây của đồng bào Khmer", "2018-04-12T06:00",
                 id="a section label above the headline"),
    pytest.param("Multimedia Đọc Báo in\n“Dân vận khéo” trong vùng dân tộc thiểu số ở Ea Kar\n08:33, 26/07/2023\n"
                 "Thôn Thanh Bình có trên 97% dân số là người dân tộc thiểu số phía Bắc.",
                 "“Dân vận khéo” trong vùng dân tộc thiểu số ở Ea Kar", "2023-07-26T08:33", id="a site menu"),
    pytest.param("Ra quân chiến dịch thanh niên tình nguyện hè năm 2024\n\n11:10 - Chủ Nhật, 26/05/2024 Lượt xem: 4804 In bài viết\n\n"
                 "ĐBP - Sáng nay (26/5), Ban Thường vụ Tỉnh đoàn tổ chức ra quân chiến dịch.",
                 "Ra quân chiến dịch thanh niên tình nguyện hè năm 2024", "2024-05-26T11:10",
                 id="a dateline with a view counter"),
    pytest.param("Ông Phạm Văn Lập giữ chức Chủ tịch Ủy ban MTTQ Việt Nam TP Hải Phòng 26/11/2025 18:10\n\n"
                 "Ngày 26-11, phiên chính thức Đại hội đại biểu MTTQ Việt Nam thành phố được diễn ra.",
                 "Ông Phạm Văn Lập giữ chức Chủ tịch Ủy ban MTTQ Việt Nam TP Hải Phòng", "2025-11-26T18:10",
                 id="a dateline glued to the headline"),
    pytest.param("Hội Nông dân xã Ea Tu ra mắt tổ hợp tác (12/03/2025)\n"
                 "Sáng 12/3, Hội Nông dân xã Ea Tu ra mắt tổ hợp tác trồng cà phê với 15 thành viên.",
                 "Hội Nông dân xã Ea Tu ra mắt tổ hợp tác", "2025-03-12", id="a portal's bracketed date after the headline"),
    pytest.param("Kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930)\n"
                 "Sáng 2/2, Tỉnh ủy tổ chức lễ kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam.",
                 "Kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930)", "",
                 id="a bracketed anniversary date is the headline's own"),
    pytest.param("Thứ sáu 09/05/2025 14:11\nĐà Nẵng: Tặng quà Tết cho các hộ đồng bào dân tộc thiểu số\n"
                 "Chiều 18/1, nhân dịp Tết Nguyên đán Giáp Thìn 2024, lãnh đạo thành phố đã thăm các hộ.",
                 "Đà Nẵng: Tặng quà Tết cho các hộ đồng bào dân tộc thiểu số", "",
                 id="the site's clock above the headline is not the article's date"),
    pytest.param("Chủ nhật, ngày 10 tháng 3 năm 2024\nTỉnh ủy Hà Tĩnh gặp mặt người có uy tín\n"
                 "Chiều 9/3, Tỉnh ủy Hà Tĩnh tổ chức gặp mặt người có uy tín trong đồng bào có đạo.",
                 "Tỉnh ủy Hà Tĩnh gặp mặt người có uy tín", "2024-03-10",
                 id="a date above the headline the day after the lede's day is the article's"),
    pytest.param("In trang\nBản Ka Lô đổi mới nhờ có sự chung tay của đồn BPCK A Đớt và Đại đội 531.\n\n"
                 "Chung một đường biên nghĩa tình\nCập nhật lúc : 07:44 03/06/2015\n\nTrong phòng khách của Đồn "
                 "Biên phòng cửa khẩu A Đớt treo 2 tấm pano.", "Chung một đường biên nghĩa tình", "2015-06-03T07:44",
                 id="a caption above the headline, the time before the date"),
    pytest.param("Xây dựng Thái Bình trở thành tỉnh phát triển trong khu vực đồng bằng sông Hồng.\n\n"
                 "Thứ 4, 14/10/2020 | 16:39:25\n2,171 lượt xem\n\nTrong phiên khai mạc Đại hội, đồng chí Tòng Thị "
                 "Phóng đã có bài phát biểu.", "Xây dựng Thái Bình trở thành tỉnh phát triển trong khu vực đồng bằng sông Hồng.",
                 "2020-10-14T16:39:25", id="a headline with a full stop, above its dateline"),
    pytest.param("Trang chủ » Tin tức » Chính trị\nHội nghị tổng kết công tác Mặt trận năm 2023 Thứ Năm, 28/12/2023 - 09:12\n"
                 "Chiều 27/12, Ủy ban MTTQ tỉnh tổ chức hội nghị tổng kết.",
                 "Hội nghị tổng kết công tác Mặt trận năm 2023", "2023-12-28T09:12",
                 id="a dateline with its weekday glued to the headline"),
])
def test_headline_and_published_date_below_site_furniture(raw, title, published):
    doc = clean_document(raw)
    assert (doc.title, doc.published_at) == (title, published)
    assert not doc.text.lstrip().startswith(("date ", "•", "Multimedia"))
    assert "Lượt xem" not in doc.text and "09/05/2025" not in doc.text


def test_image_files_counters_and_related_headlines_inside_the_body_are_furniture():
    raw = ("Tiêu đề bài viết về công tác dân vận\n(Mặt trận) - Ngày 14-4, Ban Thường trực Ủy ban MTTQ thành phố tổ chức các đoàn thăm.\n"
           "Phát huy vai trò người có uy tín ở xã Trung Sơn\nSóc Trăng họp mặt mừng Tết Chôl Chnăm Thmây năm 2024\n"
           "Ủy ban MTTQ tỉnh Kiên Giang trao 500 phần quà cho đồng bào Khmer\nv3.jpg\n"
           "Đoàn do ông Nguyễn Trung Nhân làm Trưởng đoàn đến thăm, chúc mừng tại các chùa.\n2,171 lượt xem")
    text = clean_document(raw).text
    assert "Phát huy vai trò người có uy tín" not in text and "v3.jpg" not in text and "lượt xem" not in text
    assert "Đoàn do ông Nguyễn Trung Nhân làm Trưởng đoàn đến thăm" in text


def test_a_headline_that_begins_with_logo_is_no_masthead():
    doc = clean_document("Logo Năm Du lịch quốc gia 2025 tại Nghệ An được công bố\nSáng 5/3, tỉnh tổ chức lễ công bố logo.")
    assert doc.outlet == ""


def test_a_dateline_with_its_cue_and_time_glued_to_the_headline():
    doc = clean_document("Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận Cập nhật lúc : 07:44 03/06/2015\n"
                         "Sáng 2/6, Tỉnh ủy tổ chức hội nghị.")
    assert (doc.title, doc.published_at) == ("Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận", "2015-06-03T07:44")


def test_a_masthead_banner_names_the_outlet():
    doc = clean_document("Banner Tỉnh ủy Nghệ An (Home-latest-1)\nKết quả thực hiện Đề án số 07-ĐA/TU về đối thoại với "
                         "Nhân dân\n\nSau khi Đề án được ban hành, các cấp ủy đã tổ chức nhiều cuộc đối thoại.")
    assert doc.outlet == "Tỉnh ủy Nghệ An"
    assert "Banner" not in doc.text


@pytest.mark.parametrize("raw, title, published, outlet", [
    ("Báo Điện Biên Phủ điện tử\nHuyện ủy Tuần Giáo sơ kết công tác dân vận khu dân cư20/11/2023 14:05\n"
     "Sáng 19/11, Huyện ủy tổ chức sơ kết.", "Huyện ủy Tuần Giáo sơ kết công tác dân vận khu dân cư",
     "2023-11-20T14:05", "Báo Điện Biên Phủ điện tử"),
    ("Hội Nông dân xã trao vốn cho hội viên vượt khóCập nhật: 08:30 ngày 12/03/2024\nSáng 11/3, Hội trao vốn vay.",
     "Hội Nông dân xã trao vốn cho hội viên vượt khó", "2024-03-12T08:30", ""),
    ("Date: 2022-06-10\nHội nghị điển hình dân vận khéo\nSáng 9-6, huyện tổ chức hội nghị biểu dương.",
     "Hội nghị điển hình dân vận khéo", "2022-06-10", ""),
    ("Tỉnh ủy họp phiên thường kỳ tháng 11\nThứ 3, 12/11/2024 (GMT+07:00)\nSáng 11/11, Ban Thường vụ Tỉnh ủy họp.",
     "Tỉnh ủy họp phiên thường kỳ tháng 11", "2024-11-12", ""),
    ("ĐẨY MẠNH CÔNG TÁC DÂN VẬN Ở CƠ SỞ\nNhiều mô hình hay được nhân rộng\nThứ Hai, 04/03/2024 09:00\n"
     "Sáng 3/3, huyện tổng kết.", "ĐẨY MẠNH CÔNG TÁC DÂN VẬN Ở CƠ SỞ", "2024-03-04T09:00", ""),
    ("Báo cáo viên giỏi\nHuyện ủy tuyên dương báo cáo viên\n04/03/2024\nSáng 3/3, Huyện ủy tuyên dương.",
     "Huyện ủy tuyên dương báo cáo viên", "2024-03-04", ""),
])
def test_mastheads_glued_datelines_and_date_lines(raw, title, published, outlet):
    doc = clean_document(raw)
    assert (doc.title, doc.published_at, doc.outlet) == (title, published, outlet)


MENU_ONE_ITEM_A_LINE = "\n".join(["Thứ Ba, 14/01/2025", "Trang chủ", "Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Văn hóa",
                                  "Thể thao", "Pháp luật", "Tiếng Gia Rai", "Tiếng Ba Na", "Đăng nhập", "BÁO GIA LAI",
                                  "Trang chủ > Chính trị > Dân vận"])


@pytest.mark.parametrize("raw, title, published, outlet", [
    pytest.param(MENU_ONE_ITEM_A_LINE + "\nChư Păh: Nhân rộng mô hình dân vận khéo\nThứ Hai, 06/01/2025 08:30\n"
                 "Sáng 6/1, Ban Dân vận Huyện ủy tổ chức hội nghị tổng kết.",
                 "Chư Păh: Nhân rộng mô hình dân vận khéo", "2025-01-06T08:30", "BÁO GIA LAI",
                 id="a menu one item a line, a masthead and a breadcrumb"),
    pytest.param("Báo Điện Biên Phủ\nThời sự | Kinh tế | Văn hóa | Thể thao | Phát thanh\nThứ Tư, 15/01/2025\n"
                 "Mường Ảng: Đối thoại với hội viên nông dân\nThứ Hai, 13/01/2025 | 16:20\n"
                 "Chiều 13/1, Huyện ủy Mường Ảng tổ chức hội nghị đối thoại.",
                 "Mường Ảng: Đối thoại với hội viên nông dân", "2025-01-13T16:20", "Báo Điện Biên Phủ",
                 id="the site's clock under its masthead and menu"),
    pytest.param("HÀNỘIMỚI\nThời sự Chính trị Kinh tế Đô thị Văn hóa Xã hội Pháp luật\n"
                 "Quận Long Biên ra mắt mô hình phố văn minh\n15/01/2025 16:45\nSáng 15/1, quận ra mắt mô hình.",
                 "Quận Long Biên ra mắt mô hình phố văn minh", "2025-01-15T16:45", "HÀNỘIMỚI",
                 id="an outlet's name as its logo writes it, a menu of section names"),
    pytest.param("dangcongsan.vn\nBáo điện tử Đảng Cộng sản Việt Nam\nPhát huy vai trò người có uy tín ở Sơn La\n"
                 "2025-01-06T08:30:00+07:00\nSáng 5/1, tỉnh tổ chức hội nghị.",
                 "Phát huy vai trò người có uy tín ở Sơn La", "2025-01-06T08:30", "dangcongsan.vn",
                 id="a site's address and masthead, an ISO dateline"),
    pytest.param("Trang chủ\nThời sự\nXã hội\nBáo Hậu Giang\nSáng 5/1, Ủy ban MTTQ tỉnh tổ chức hội nghị tổng kết.",
                 "", "", "Báo Hậu Giang", id="a page with no headline under its menu and masthead"),
    pytest.param("Trang chủ\nThời sự\nChính trị\nThứ Năm, 16/01/2025\nBan Dân vận gặp mặt người có uy tín\n"
                 "Cập nhật: 10:15 15/01/2025\nSáng 15/1, Ban Dân vận tổ chức gặp mặt.",
                 "Ban Dân vận gặp mặt người có uy tín", "2025-01-15T10:15", "", id="the site's clock under its sections"),
    pytest.param("Báo và Phát thanh, Truyền hình Đắk Lắk\nXã Ea Kly ra mắt mô hình buôn làng không ma túy\n"
                 "Thứ Ba, 15/07/2025 - 10:20\nSáng 15/7, Đảng ủy xã Ea Kly tổ chức ra mắt mô hình.",
                 "Xã Ea Kly ra mắt mô hình buôn làng không ma túy", "2025-07-15T10:20",
                 "Báo và Phát thanh, Truyền hình Đắk Lắk", id="a merged paper and broadcaster"),
    pytest.param("# newspaper = Báo Yên Bái\nVăn Chấn tổng kết công tác dân vận\nSáng 6/1, huyện tổng kết.",
                 "Văn Chấn tổng kết công tác dân vận", "", "Báo Yên Bái", id="a metadata line names the outlet"),
])
def test_headline_below_a_site_s_own_header(raw, title, published, outlet):
    doc = clean_document(raw)
    assert (doc.title, doc.published_at, doc.outlet) == (title, published, outlet)


@pytest.mark.parametrize("furniture", [
    "Chính trị - Xây dựng Đảng",
    "Tin tức | Hoạt động Mặt trận",
    "Nông nghiệp - Nông thôn - Nông dân",
    "Tin hoạt động | Tin địa phương",
    "Thủ tục hành chính | Dịch vụ công",
    "Hệ thống chính trị - Mặt trận",
])
def test_a_line_of_section_labels_joined_by_separators_is_no_headline(furniture):
    raw = (f"{furniture}\nHội Cựu chiến binh phường An Lạc trao sổ tiết kiệm cho hội viên khó khăn\n"
           "Thứ Tư, 17/07/2024 14:05\n"
           "Chiều 16/7, Hội Cựu chiến binh phường An Lạc trao 12 sổ tiết kiệm cho hội viên có hoàn cảnh khó khăn.\n"
           "PHƯƠNG LINH")
    doc = clean_document(raw)
    assert doc.title == "Hội Cựu chiến binh phường An Lạc trao sổ tiết kiệm cho hội viên khó khăn"
    assert doc.published_at == "2024-07-17T14:05"
    assert doc.author == "PHƯƠNG LINH"
    assert furniture not in doc.text


def test_a_headline_with_one_section_word_before_its_dash_stays_the_headline():
    doc = clean_document("Văn hóa - Nền tảng tinh thần\nNgày 5/8/2024\n"
                         "Văn hóa là nền tảng tinh thần của xã hội, là mục tiêu và động lực phát triển.")
    assert doc.title == "Văn hóa - Nền tảng tinh thần"


@pytest.mark.parametrize("counter", ["Bình luận (0)", "Ý kiến (2)", "0 Bình luận", "Bình luận: 3"])
def test_a_comment_count_under_the_headline_is_furniture_and_the_body_below_it_stays(counter):
    raw = ("Xã Phước Hưng ra mắt mô hình “Khu dân cư tự quản”\n12/09/2024 10:30\n"
           "Sáng 11/9, Ủy ban MTTQ xã Phước Hưng tổ chức ra mắt mô hình khu dân cư tự quản.\n"
           f"{counter}\n"
           "Mô hình được triển khai tại ấp Phước Lợi với sự tham gia của 120 hộ gia đình.\n"
           "Người dân cùng nhau giữ gìn vệ sinh môi trường và trật tự an toàn ở khu dân cư.\n"
           "HOÀNG NAM")
    doc = clean_document(raw)
    assert counter not in doc.text
    assert "Người dân cùng nhau giữ gìn vệ sinh môi trường và trật tự an toàn ở khu dân cư." in doc.text
    assert doc.author == "HOÀNG NAM"


def test_a_comment_count_at_the_end_still_cuts_the_comments_box():
    raw = ("Xã Phước Hưng ra mắt mô hình “Khu dân cư tự quản”\n12/09/2024 10:30\n"
           "Sáng 11/9, Ủy ban MTTQ xã Phước Hưng tổ chức ra mắt mô hình khu dân cư tự quản.\n"
           "Mô hình được triển khai tại ấp Phước Lợi với sự tham gia của 120 hộ gia đình.\n"
           "Bình luận (1)\nTrần Văn Lợi\nMô hình rất hay, mong được nhân rộng.")
    doc = clean_document(raw)
    assert "Trần Văn Lợi" not in doc.text and "Bình luận" not in doc.text


@pytest.mark.parametrize("marker", ["# ", "## ", "### "])
def test_a_markdown_heading_marker_is_not_part_of_the_headline(marker):
    raw = (f"# date = 20240612\n{marker}Lâm Đồng: Phát huy vai trò người có uy tín trong đồng bào dân tộc\n"
           "Những năm qua, đội ngũ người có uy tín ở các thôn, buôn đã tích cực vận động bà con.")
    doc = clean_document(raw)
    assert doc.title == "Lâm Đồng: Phát huy vai trò người có uy tín trong đồng bào dân tộc"
    assert doc.published_at == "2024-06-12"
    assert "#" not in doc.text


def test_a_markdown_heading_with_one_capitalised_word_before_a_colon_is_no_metadata():
    doc = clean_document("# Infographic: Kết quả công tác dân vận năm 2023\n"
                         "Năm 2023, công tác dân vận của tỉnh đạt nhiều kết quả nổi bật trên các lĩnh vực.")
    assert doc.title == "Infographic: Kết quả công tác dân vận năm 2023"


@pytest.mark.parametrize("glued, title_end, published", [
    ("14:32", "", ""),
    (" năm 202409:05", " năm 2024", ""),
    (" 09:05", "", ""),
    ("14:32 15/03/2024", "", "2024-03-15T14:32"),
])
def test_a_time_glued_to_the_end_of_the_headline_is_not_part_of_it(glued, title_end, published):
    raw = (f"Đoàn viên thanh niên huyện Hồng Dân ra quân chiến dịch tình nguyện tại Bạc Liêu{glued}\n"
           "Sáng nay, Huyện đoàn Hồng Dân tổ chức lễ ra quân chiến dịch thanh niên tình nguyện hè năm 2024.")
    doc = clean_document(raw)
    assert doc.title == "Đoàn viên thanh niên huyện Hồng Dân ra quân chiến dịch tình nguyện tại Bạc Liêu" + title_end
    assert doc.published_at == published


@pytest.mark.parametrize("suffix", [" - Báo Hậu Giang điện tử", " | Báo Hậu Giang",
                                    " - Cổng thông tin điện tử tỉnh Hậu Giang", " | baohaugiang.vn"])
def test_the_site_s_name_after_the_headline_is_the_outlet_not_the_headline(suffix):
    raw = (f"Nông dân xã Vị Thanh chung tay xây dựng nông thôn mới nâng cao{suffix}\n"
           "Thứ Ba, 05/03/2024 08:00\n"
           "Những năm qua, Hội Nông dân xã đã vận động hội viên hiến đất làm đường, xây dựng cầu giao thông.")
    doc = clean_document(raw)
    assert doc.title == "Nông dân xã Vị Thanh chung tay xây dựng nông thôn mới nâng cao"
    assert doc.outlet == suffix.strip(" -|")
    assert doc.published_at == "2024-03-05T08:00"


@pytest.mark.parametrize("datelines, published", [
    ("Cập nhật: 20/08/2024 16:45\nĐăng ngày: 19/08/2024 07:30", "2024-08-19T07:30"),
    ("Ngày đăng: 19/08/2024 | Cập nhật: 20/08/2024 16:45", "2024-08-19"),
    ("Cập nhật lúc 16:45 - 20/08/2024 | Xuất bản 07:30 - 19/08/2024", "2024-08-19T07:30"),
    ("Cập nhật: 20/08/2024 16:45", "2024-08-20T16:45"),
    ("Cập nhật: 20/08/2024 16:45\n(Theo TTXVN ngày 18/08/2024)", "2024-08-20T16:45"),  # a source's date
])
def test_the_posting_date_is_preferred_to_the_update_s(datelines, published):
    raw = (f"Phường Tân Định tổ chức ngày hội hiến máu tình nguyện\n{datelines}\n"
           "Sáng 18/8, Ủy ban MTTQ phường Tân Định phối hợp Hội Chữ thập đỏ tổ chức ngày hội hiến máu.")
    assert clean_document(raw).published_at == published


@pytest.mark.parametrize("dateline, published", [
    ("22 Tháng Ba, 2024", "2024-03-22"),
    ("Thứ Sáu, 22 Tháng Ba 2024 - 10:15", "2024-03-22T10:15"),
    ("22 tháng 3 năm 2024 10:15", "2024-03-22T10:15"),
    ("22-03-2024", "2024-03-22"),
    ("Tháng Mười Một 5, 2024", "2024-11-05"),
    ("5 thg 11, 2024", "2024-11-05"),
])
def test_datelines_with_the_month_in_words_or_dashes(dateline, published):
    raw = (f"Hội Liên hiệp Phụ nữ xã Long Hựu trao vốn vay cho hội viên nghèo\n{dateline}\n"
           "Chiều qua, Hội Liên hiệp Phụ nữ xã Long Hựu trao vốn vay ưu đãi cho 15 hội viên nghèo.")
    doc = clean_document(raw)
    assert doc.title == "Hội Liên hiệp Phụ nữ xã Long Hựu trao vốn vay cho hội viên nghèo"
    assert doc.published_at == published


@pytest.mark.parametrize("headline", [
    "Vì sao người dân ấp Tân Quới tin tưởng tổ hòa giải?",
    "Tổ hòa giải ấp Tân Quới: Gỡ rối tơ lòng cho người dân!",
])
def test_a_question_or_exclamation_headline_without_a_dateline_is_the_headline(headline):
    raw = (f"Tin tức | Chính trị\n{headline}\n"
           "Nhiều năm qua, tổ hòa giải ấp Tân Quới đã giải quyết thành công hàng chục vụ mâu thuẫn trong người dân.\n"
           "Các thành viên tổ hòa giải đều là người có uy tín, am hiểu phong tục địa phương.")
    assert clean_document(raw).title == headline


def test_a_motto_above_the_headline_and_a_greeting_are_no_headlines():
    raw = ("Thi đua lập thành tích chào mừng đại hội đảng bộ các cấp!\n"
           "Ấp Tân Quới ra mắt tổ hòa giải cơ sở\n"
           "Nhiều năm qua, tổ hòa giải ấp Tân Quới đã giải quyết thành công hàng chục vụ mâu thuẫn.")
    assert clean_document(raw).title == "Ấp Tân Quới ra mắt tổ hòa giải cơ sở"
    speech = "Kính thưa các đồng chí đại biểu!\nHôm nay, các đồng chí đại biểu về dự hội nghị tổng kết của tỉnh."
    assert clean_document(speech).title == ""


def test_an_exclamation_that_quotes_one_phrase_of_the_story_is_no_headline():
    raw = ("Chỉ mong bà con được về nhà!\n\nTrung tá Lê Văn Hải kể lại, đêm mưa lũ ấy cả tổ công tác đã vượt suối "
           "đưa người dân đến nơi an toàn. Lúc ấy, ông chỉ mong bà con qua khỏi cơn nguy hiểm.")
    doc = clean_document(raw)
    assert doc.title == ""
    assert doc.text.startswith("Chỉ mong bà con được về nhà!")


@pytest.mark.parametrize("furniture", [
    "Hotline: 0912.345.678 - Email: toasoan@baohaugiang.vn",
    "Điện thoại: 0293 3822 123 | Fax: 0293 3822 124",
    "Đường dây nóng: 0243 123 4567 | Liên hệ quảng cáo",
    "Thời tiết Hậu Giang 29°C",
    "Chuyên mục: Xây dựng Đảng",
    "Cỡ chữ: A- A A+",
])
def test_contact_weather_category_and_font_widgets_above_the_headline_are_furniture(furniture):
    raw = (f"{furniture}\nNông dân xã Vị Thanh chung tay xây dựng nông thôn mới nâng cao\nThứ Ba, 05/03/2024 08:00\n"
           "Những năm qua, Hội Nông dân xã đã vận động hội viên hiến đất làm đường, xây dựng cầu giao thông.")
    doc = clean_document(raw)
    assert doc.title == "Nông dân xã Vị Thanh chung tay xây dựng nông thôn mới nâng cao"
    assert furniture not in doc.text


@pytest.mark.parametrize("banner", ["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HẬU GIANG", "Ban Tuyên giáo Tỉnh ủy",
                                    "Ủy ban MTTQ Việt Nam huyện Phụng Hiệp"])
def test_the_name_of_the_body_that_runs_the_site_above_the_headline_is_no_headline(banner):
    raw = (f"{banner}\nNông dân xã Vị Thanh chung tay xây dựng nông thôn mới nâng cao\nThứ Ba, 05/03/2024 08:00\n"
           "Những năm qua, Hội Nông dân xã đã vận động hội viên hiến đất làm đường, xây dựng cầu giao thông.")
    doc = clean_document(raw)
    assert doc.title == "Nông dân xã Vị Thanh chung tay xây dựng nông thôn mới nâng cao"
    assert doc.published_at == "2024-03-05T08:00"


def test_a_speech_verb_glued_to_the_name_before_it_is_parted():
    text = clean_document("Tiêu đề bài viết về y tế\n\nÔng Trần Văn Khải, Giám đốc Sở Y tế TPHCMcho biết ca bệnh đã giảm. "
                          "Ông Khảicho rằng cần tiếp tục cảnh giác.\n").text
    assert "TPHCM cho biết" in text and "Khải cho rằng" in text


def test_an_exclamation_headline_the_article_takes_up_is_no_motto_above_a_subtitle():
    text = ("Giữ rừng là giữ sự sống của bản làng!\nNhiều hộ nhận khoán bảo vệ rừng đầu nguồn\n"
            "Sáng 12/3, xã tổ chức ký cam kết. Người dân khẳng định giữ rừng là giữ sự sống, ai cũng hiểu rằng rừng "
            "còn thì bản làng còn.\n")
    assert clean_document(text).title == "Giữ rừng là giữ sự sống của bản làng!"
