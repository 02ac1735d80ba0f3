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


def test_a_known_slogan_keeps_the_writers_dashes():
    found = slogans_in("Giáo hội luôn đồng hành cùng dân tộc theo phương châm Đạo pháp – Dân tộc – Chủ nghĩa xã hội.")
    assert found == [("Đạo pháp – Dân tộc – Chủ nghĩa xã hội", True)]


def test_years_counted_before_a_theme_leave_the_motto_inside_it():
    assert slogans_in("Nhiều năm dân vận khéo đã giúp bản Phiêng Luông đổi thay.") == [("Dân vận khéo", True)]


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
    "Hội thi “Cán bộ dân vận giỏi” năm 2025 thu hút 18 đội tham gia.",
    "Cuộc thi trực tuyến “Tìm hiểu lịch sử Đảng bộ tỉnh” năm 2025 đã kết thúc.",
    "Sản phẩm chè Shan tuyết đạt chuẩn OCOP 4 sao.",
    "Hội thao “Vì an ninh Tổ quốc” lực lượng Công an xã khai mạc sáng nay.",
    "Bệnh nhân được hướng dẫn dùng thuốc đúng, đủ, sạch, sống.",
    # a month's name without a motto is an event, like "Tháng Thanh niên"
    "Công đoàn tỉnh tổ chức Tháng Công nhân năm 2024 tại các khu công nghiệp.",
    "Hội Chữ thập đỏ phát động Tháng Nhân đạo năm 2025.",
    "Sau 5 năm dân vận chính quyền, xã Tân Hòa đã có nhiều chuyển biến.",  # a span of years, not the theme
    # a document's title after its number, even when it holds a catalogued campaign
    "Thực hiện Chỉ thị số 05-CT/TW về “Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”, "
    "Đảng ủy xã đã đăng ký nhiều việc làm cụ thể.",
])
def test_not_slogans(text):
    assert slogans_in(text) == []


def test_quotes_nested_unbalanced_and_mixed():
    text = 'nhấn mạnh: “Phải “khéo” và dân tin". Phong trào «Dân vận khéo» và “mở'
    assert [text[q.start:q.end] for q in find_quotes(text)] == ["Phải “khéo” và dân tin", "khéo", "Dân vận khéo"]


@pytest.mark.parametrize("text, expected", [
    pytest.param("Phát triển Phong trào “CCB giúp nhau giảm nghèo làm kinh tế giỏi” ở các cơ sở Hội",
                 [("CCB giúp nhau giảm nghèo làm kinh tế giỏi", False)], id="a movement named after its frame word"),
    pytest.param("mô hình “Ngày Chủ nhật xanh”, “15 phút vì thành phố sáng - xanh - sạch - đẹp”, những chương trình khác",
                 [("Ngày Chủ nhật xanh", True), ("15 phút vì thành phố sáng - xanh - sạch - đẹp", False)],
                 id="a list of quoted names that one frame word heads"),
    pytest.param("Phong trào thi đua Nông dân thi đua sản xuất kinh doanh giỏi đã trở thành phong trào lớn",
                 [("Nông dân thi đua sản xuất kinh doanh giỏi", True)], id="a catalogue entry written without its commas"),
    pytest.param("kế hoạch tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc” năm 2024 và Lễ hội Hoa phượng đỏ 2021", [],
                 id="the names of events"),
    pytest.param("biểu dương tinh thần “nhường cơm xẻ áo”, đoàn kết; các chiến sĩ mang “Quân hàm xanh” dọc biên giới", [],
                 id="idioms and nicknames"),
    pytest.param("Chuyên đề học tập “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về xây dựng đội ngũ cán bộ”",
                 [], id="a study topic's title that holds a slogan"),
    pytest.param("Với chủ đề: Thanh niên chung tay xây dựng nông thôn mới và văn minh đô thị nhằm khơi dậy niềm tự hào. "
                 "Các địa phương tổ chức Ngày hội với chủ đề Ngày hội non sông - dân tộc kết đoàn.",
                 [("Thanh niên chung tay xây dựng nông thôn mới và văn minh đô thị", False),
                  ("Ngày hội non sông - dân tộc kết đoàn", False)], id="a theme unquoted after 'chủ đề', to its clause's end"),
    pytest.param("các nội dung theo chủ đề cuộc thi đã đăng trên ấn phẩm", [], id="'chủ đề' before a lower-case word names nothing"),
    pytest.param("Với chủ đề Tuổi trẻ chung tay xây dựng quê hương, năm nay Đoàn thanh niên xã đã tổ chức nhiều hoạt động.",
                 [("Tuổi trẻ chung tay xây dựng quê hương", False)], id="a comma ends an unquoted theme"),
    pytest.param("Tuyên Quang - Dân vận khéo góp phần xây dựng nông thôn mới.", [("Dân vận khéo", True)],
                 id="a place and a dash before a one-part motto"),
    pytest.param("Ngày cao điểm Chiến sĩ tình nguyện xây dựng đô thị sáng - xanh - sạch - đẹp - an toàn (29/6); "
                 "hưởng ứng phong trào xanh - sạch - đẹp.",
                 [("Xanh - sạch - đẹp", True)], id="a short motto inside a longer one is not that motto"),
    pytest.param("Tết của những đứa trẻ mồ côi làm con nuôi Đồn Biên phòng Phó Bảng; "
                 "chương trình “Con nuôi đồn Biên phòng” lan tỏa",
                 [("Con nuôi đồn Biên phòng", True)], id="a programme's name that is also an everyday phrase"),
])
def test_slogans_of_many_outlets(text, expected):
    assert slogans_in(text) == expected


def test_the_committed_slogan_model_is_what_the_training_script_makes():
    import os
    import subprocess
    import sys

    from conftest import ROOT, SHARED

    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "train_slogan_model.py"), "--check"],
                            capture_output=True, text=True, timeout=600, env={**os.environ, "PIPELINE_SHARED": str(SHARED)})
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_campaign_named_after_its_frame_word_is_its_quoted_name():
    assert slogans_in("Trong Tháng cao điểm “Vì người nghèo” năm 2024, huyện vận động được 2 tỷ đồng.") == [
        ("Vì người nghèo", False)]


def test_numbered_mottos_and_parallel_parts_when_quoted():
    assert slogans_in("Cán bộ một cửa thực hiện tinh thần “3 không”: không phiền hà, không tiêu cực.") == [
        ("3 không", True)]
    assert slogans_in("Công an xã làm sạch dữ liệu dân cư bảo đảm “đúng, đủ, sạch, sống”.") == [
        ("đúng, đủ, sạch, sống", True)]
    assert slogans_in("Cả xã có 3 không gian văn hóa cộng đồng.") == []


def test_a_catalogued_motto_after_an_event_word_is_still_a_slogan():
    assert slogans_in("Hội thi “Thi đua là yêu nước” thu hút 30 đội tham gia.") == [("Thi đua là yêu nước", True)]


@pytest.mark.parametrize("text, slogan", [
    ("“Đông ấm cho em” là chương trình do Tỉnh đoàn phát động từ năm 2016, đến nay đã trao hơn 30.000 chiếc áo ấm.",
     "Đông ấm cho em"),
    ("Chủ đề năm 2024 của tỉnh Bắc Giang là “Năm chuyển đổi số và cải thiện môi trường đầu tư”.",
     "Năm chuyển đổi số và cải thiện môi trường đầu tư"),
    ("Năm 2025 được Tỉnh ủy chọn là “Năm tăng cường kỷ luật, kỷ cương và hiệu quả công việc”, tạo chuyển biến.",
     "Năm tăng cường kỷ luật, kỷ cương và hiệu quả công việc"),
])
def test_a_campaign_named_after_its_quote_and_a_year_s_theme_are_slogans(text, slogan):
    assert [s.slogan for s in extract_slogans(text)] == [slogan]


@pytest.mark.parametrize("text", [
    "Chương trình xây dựng nông thôn mới của tỉnh trong nhiều năm qua là “điểm sáng” của khu vực.",
    "Ca sĩ hát bài “Năm anh em trên một chiếc xe tăng” tại buổi lễ.",
    "Các em học sinh hào hứng bước vào “Năm học mới” với nhiều niềm vui.",
    "“Đề án nâng cao chất lượng nguồn nhân lực tỉnh giai đoạn 2021-2025” là chương trình trọng tâm của tỉnh.",
    "“Xanh” là chương trình trồng cây do Chi đoàn thôn phát động.",
    "“Đường lên đỉnh Olympia” là chương trình truyền hình quen thuộc với nhiều thế hệ học sinh.",
    "Chủ đề nóng nhất tại buổi tiếp xúc cử tri là “đường về bản”, khi tuyến đường bị sạt lở.",
    "Ông Hà Văn Chung, Chủ tịch UBND huyện, nói: “Năm nay, huyện phấn đấu giảm 3% hộ nghèo và xây 200 căn nhà”.",
    "Người dân vẫn quen gọi ông Trần Văn Năm là “Năm xe ôm”, bởi ông chở học sinh nghèo.",
])
def test_scare_quotes_after_a_frame_s_la_and_other_years_are_not_themes(text):
    assert extract_slogans(text) == []


@pytest.mark.parametrize("text", [
    "Hội LHPN tỉnh tổ chức hội thảo với chủ đề “Vai trò của phụ nữ trong phát triển kinh tế tập thể”.",
    "Hội thảo khoa học với chủ đề “Công tác dân vận trong thời kỳ mới” thu hút 200 đại biểu.",
    "Xã được tặng Cờ thi đua “Đơn vị dẫn đầu phong trào thi đua” của UBND tỉnh.",
    "Đài phát sóng chương trình “Chuyện làng, chuyện bản” vào 20 giờ tối thứ Sáu hằng tuần.",
    "Chương trình thời sự “Nông thôn ngày nay” của Đài đã phản ánh kịp thời.",
    "Các đối tượng tuyên truyền luận điệu “Việt Nam không có tự do tôn giáo” nhằm chia rẽ khối đại đoàn kết.",
    "Xã Phú Lộc được công nhận đạt chuẩn “Nông thôn mới nâng cao” năm 2024.",  # a standard met, like an award
])
def test_titles_of_workshops_awards_and_broadcasts_and_hostile_claims_are_no_slogans(text):
    assert slogans_in(text) == []


def test_a_known_motto_that_names_a_contest_is_still_a_slogan():
    assert slogans_in("Huyện tổ chức hội thi dân vận khéo cho 60 cán bộ, chiến sĩ.") == [("Dân vận khéo", True)]


def test_a_capitalised_known_motto_the_tokenizer_glued_to_the_word_before(analysed):
    text = "Hội thi Dân vận khéo cấp tỉnh lần thứ nhất đã bế mạc."
    _, tokens = analysed(text)
    assert [s.slogan for s in extract_slogans(text, tokens)] == ["Dân vận khéo"]


def test_what_a_headline_label_is_quoted_saying_is_speech_not_a_slogan():
    text = "Cử tri vùng biên: “Đường mới mở, bà con đi chợ không còn vất vả”\nSáng 8/3, xã tổ chức tiếp xúc cử tri."
    assert slogans_in(text) == []
    # a frame word before the colon still names a motto
    assert slogans_in("Xã chọn khẩu hiệu hành động: “Đoàn kết, kỷ cương, hiệu quả”\n") == [
        ("Đoàn kết, kỷ cương, hiệu quả", False)]


def test_a_work_named_after_a_motto_is_a_title_not_a_slogan():
    assert slogans_in("Nhà xuất bản giới thiệu cuốn sách “Dân vận khéo thì việc gì cũng thành công”.") == []
    assert slogans_in("Tối qua, bộ phim “Dân vận khéo” ra mắt khán giả.") == []
    assert slogans_in("Huyện đẩy mạnh phong trào thi đua “Dân vận khéo” trong năm.") == [("Dân vận khéo", True)]


def test_the_topic_of_a_class_or_a_seminar_is_no_slogan_but_an_events_theme_is():
    assert slogans_in("Lớp bồi dưỡng với chủ đề “Kỹ năng tiếp công dân ở cơ sở” kéo dài 3 ngày.") == []
    assert slogans_in("Buổi tọa đàm xoay quanh chủ đề “Vai trò của người có uy tín trong đồng bào”.") == []
    assert slogans_in("Đại hội có chủ đề “Đoàn kết, đổi mới, sáng tạo, phát triển bền vững”.") == [
        ("Đoàn kết, đổi mới, sáng tạo, phát triển bền vững", False)]


def test_a_catalogued_motto_parted_with_dashes_is_known():
    found = slogans_in("Thôn thực hiện tốt dân biết - dân bàn - dân làm - dân kiểm tra trong xây dựng đường giao thông.")
    assert found == [("dân biết - dân bàn - dân làm - dân kiểm tra", True)]
    assert slogans_in("Phường duy trì phong trào Xanh - sạch - đẹp.") == [("Xanh - sạch - đẹp", True)]
    # the same words describing a place are no motto
    assert slogans_in("Nhờ đoàn viên dọn rác mỗi sáng, bãi biển luôn xanh - sạch - đẹp.") == []
    assert slogans_in("“Chúng tôi muốn bãi biển luôn xanh - sạch - đẹp”, anh Tuấn nói.") == []
    assert slogans_in("Khu phố ra quân thực hiện “Xanh - sạch - đẹp” mỗi sáng Chủ nhật.") == [("Xanh - sạch - đẹp", True)]


def test_the_five_and_six_clear_points_of_administrative_work_are_mottos():
    assert slogans_in("Mỗi việc giao đều theo tinh thần “5 rõ”: rõ người, rõ việc, rõ thời gian.") == [("5 rõ", True)]


def test_a_famous_motto_listing_qualities_is_no_slogan_when_it_describes_someone():
    assert slogans_in("Người đứng đầu phải có phẩm chất đạo đức tốt, cần, kiệm, liêm, chính, chí công vô tư.") == []
    assert slogans_in("Đảng viên khắc ghi lời Bác dạy “Cần, kiệm, liêm, chính, chí công vô tư”.") == [
        ("Cần, kiệm, liêm, chính, chí công vô tư", True)]


def test_a_funds_name_is_no_slogan_but_a_drive_to_build_the_fund_is():
    assert slogans_in("Chiều 12/5, Quỹ “Vì người nghèo” Trung ương đã tiếp nhận 50 tỷ đồng ủng hộ.") == []
    assert slogans_in("Nhiều đơn vị ủng hộ Quỹ “Phòng, chống thiên tai” tỉnh với tổng số tiền 12 tỷ đồng.") == []
    assert slogans_in("tổ chức vận động, quyên góp xây dựng Quỹ “Vì biên cương Tổ quốc” để làm công trình") == [
        ("Vì biên cương Tổ quốc", False)]


def test_a_broadcast_programmes_title_is_no_campaign():
    assert slogans_in("Chương trình “Gặp nhau cuối năm” của VTV năm nay vắng bóng nhiều nghệ sĩ.") == []
    assert slogans_in("Khán giả yêu thích chương trình “Thương lắm miền Trung” do Đài PT-TH Quảng Bình thực hiện.") == []
    assert slogans_in("Nghệ sĩ Xuân Bắc dẫn chương trình “Đường lên đỉnh Olympia” mùa thứ 25.") == []
    # a programme people are mobilised for stays one
    assert slogans_in("Bộ đội Biên phòng triển khai chương trình “Tết ấm vùng biên” tặng 500 suất quà.") == [
        ("Tết ấm vùng biên", False)]


def test_a_documentary_or_a_writing_contest_named_after_a_motto_is_a_title():
    assert slogans_in("Phim tài liệu “Dân vận khéo” của Đài PT-TH tỉnh được phát sóng vào giờ vàng.") == []
    assert slogans_in("Cuộc thi viết “Gương sáng dân vận khéo” năm 2025 chính thức khởi động.") == []


def test_a_quoted_target_is_no_motto_but_a_catalogued_one_stays():
    assert slogans_in("Đội tuyển thực hiện mục tiêu “lọt vào top 8 thế giới” tại giải vô địch.") == []
    assert slogans_in("Tỉnh Bình Dương đặt mục tiêu trở thành “thành phố thông minh” vào năm 2030.") == []
    assert slogans_in("Tỉnh đặt mục tiêu “3 không”: không có hộ đói, không có nhà tạm.") == [("3 không", True)]


def test_well_known_mottos_and_variants_of_catalogued_ones():
    assert slogans_in("Tổng Bí thư nhấn mạnh yêu cầu “tinh - gọn - mạnh - hiệu năng - hiệu lực - hiệu quả” "
                      "trong sắp xếp bộ máy.") == [("tinh - gọn - mạnh - hiệu năng - hiệu lực - hiệu quả", True)]
    assert slogans_in("thực hiện nghiêm lời dạy của Bác: Việc gì có lợi cho dân, ta phải hết sức làm. "
                      "Việc gì có hại cho dân, ta phải hết sức tránh.") == [
        ("Việc gì có lợi cho dân, ta phải hết sức làm. Việc gì có hại cho dân, ta phải hết sức tránh", True)]
    assert slogans_in("đẩy mạnh phong trào thi đua Nông dân sản xuất, kinh doanh giỏi trong năm 2025") == [
        ("Nông dân sản xuất, kinh doanh giỏi", True)]


def test_a_sales_promotion_or_an_advert_is_no_campaign_and_a_call_quoted_is_speech():
    assert slogans_in("Siêu thị triển khai chương trình khuyến mãi “Mua 1 tặng 1” cho 500 mặt hàng.") == []
    assert slogans_in("Hãng khởi động chiến dịch quảng cáo “Galaxy AI - Mở ra kỷ nguyên mới” tại Việt Nam.") == []
    assert slogans_in("Trong bài phát biểu, ông Biden kêu gọi “hãy đoàn kết vì tương lai của nước Mỹ”.") == []
    assert slogans_in("Hưởng ứng lời kêu gọi “Cả nước chung tay hướng về miền Trung”, các doanh nghiệp đã ủng hộ.") == [
        ("Cả nước chung tay hướng về miền Trung", False)]


def test_farmers_who_farm_well_are_people_not_the_movement():
    assert slogans_in("đánh giá cao ý kiến của cán bộ, hội viên, nông dân sản xuất kinh doanh giỏi, đối với") == []


def test_a_quoted_law_title_is_no_slogan():
    assert slogans_in("Công an huyện ra quân thực hiện “Luật Trật tự, an toàn giao thông đường bộ” từ ngày 1/1/2025.") == []


def test_a_quoted_term_of_one_or_two_words_is_no_motto():
    assert slogans_in("Có thể chọn mô hình “Cách mạng” (Omnibus Law) hay mô hình “Cải lương” (chuyển hóa từ từ).") == []
    assert slogans_in("Được làm mọi cái mà luật không cấm (phương thức “chọn bỏ”).") == []
    # three words after a frame word, or a catalogued motto of two, still are
    assert slogans_in("Hội duy trì mô hình “Chủ nhật xanh” ở các thôn.") == [("Chủ nhật xanh", False)]


def test_a_policys_words_after_a_colon_are_its_text_not_a_motto():
    assert slogans_in("Đảng đã chủ trương: “phải dùng sức mạnh của pháp chế xã hội chủ nghĩa kết hợp với sức mạnh của "
                      "dư luận quần chúng để chống vi phạm pháp luật”.") == []
    assert slogans_in("Hội Nông dân thực hiện chủ trương “3 liên kết” trong sản xuất.") == [("3 liên kết", False)]


def test_two_words_name_a_campaign_after_its_frame_or_when_they_count_its_aims():
    assert slogans_in("Tỉnh đẩy mạnh phong trào “Ba nhất” và phong trào “Hai giỏi”.") == [
        ("Ba nhất", False), ("Hai giỏi", False)]
    assert slogans_in("Hội xây dựng mô hình “3 giỏi” ở các thôn.") == [("3 giỏi", False)]


def test_a_motto_after_chu_truong_and_a_colon_is_still_a_motto():
    assert slogans_in("Tỉnh thực hiện chủ trương: “Không đánh đổi môi trường lấy tăng trưởng kinh tế, phát triển nhanh "
                      "và bền vững”.") == [("Không đánh đổi môi trường lấy tăng trưởng kinh tế, phát triển nhanh và bền vững",
                                            False)]
