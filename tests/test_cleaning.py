from pipeline.cleaning import clean_document, repair_unicode


def test_look_alike_letters_invisible_characters_and_tone_placement_are_mended():
    raw = "Ðắk Lắk: ho\u00e0 b\u00ecnh\u200b, thuý\u00a0nh\u00e2n d\u00e2n, so\u00adft"
    assert repair_unicode(raw) == "Đắk Lắk: hòa bình, thúy nhân dân, soft"


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
