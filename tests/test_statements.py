import pytest

from pipeline.extract.officials import extract_officials
from pipeline.extract.statements import extract_statements


@pytest.fixture
def statements(analysed):
    def find(text):
        sentences, tokens = analysed(text)
        found = extract_statements(text, sentences, extract_officials(text, sentences, tokens), tokens)
        for s in found:
            assert text[s.start:s.end] == s.quote
        return [(s.speaker, s.kind.value, s.verb, s.quote) for s in found]

    return find


@pytest.mark.parametrize("text, expected", [
    pytest.param("Phát biểu tại hội nghị, Bí thư Tỉnh ủy Quảng Nam Phan Việt Cường nhấn mạnh, năm 2024 các cấp ủy phải đổi "
                 "mới phương thức dân vận.",
                 [("Phan Việt Cường", "reported", "nhấn mạnh", "năm 2024 các cấp ủy phải đổi mới phương thức dân vận")],
                 id="reported, after a name and its title"),
    pytest.param("Phó Bí thư Thường trực Tỉnh ủy Nguyễn Xuân Sơn dự hội nghị. Phó Bí thư Thường trực Tỉnh ủy nhấn mạnh: "
                 "“Công tác dân vận muốn làm tốt thì phải khéo”.",
                 [("Nguyễn Xuân Sơn", "direct", "nhấn mạnh", "Công tác dân vận muốn làm tốt thì phải khéo")],
                 id="direct, the speaker by the title alone"),
    pytest.param("“Người dân rất đồng thuận với chủ trương này”, ông Nguyễn Văn Nên, Chủ tịch UBND xã cho biết.",
                 [("Nguyễn Văn Nên", "direct", "cho biết", "Người dân rất đồng thuận với chủ trương này")],
                 id="direct, the speaker after the quote"),
    pytest.param("Ông Phạm Văn Bốn - Trưởng Ban Dân vận Tỉnh ủy Long An: \"Năm 2024, ngành dân vận tiếp tục phát huy kết quả.",
                 [("Phạm Văn Bốn", "direct", "", "Năm 2024, ngành dân vận tiếp tục phát huy kết quả")],
                 id="a name, a title and a colon before a quote left open"),
    pytest.param("Chủ tịch UBND tỉnh Nguyễn Văn Út gửi lời chúc mừng năm mới tới bà con. Đồng thời, mong muốn bà con tiếp "
                 "tục đoàn kết, phát triển kinh tế.",
                 [("Nguyễn Văn Út", "reported", "mong muốn", "bà con tiếp tục đoàn kết, phát triển kinh tế")],
                 id="a wish with no subject, by the official named before"),
    pytest.param("Bí thư Tỉnh ủy Hồ Văn Niên khẳng định, tỉnh luôn quan tâm đồng bào. Ông cũng đề nghị các ngành hỗ trợ "
                 "bà con làm nhà.",
                 [("Hồ Văn Niên", "reported", "khẳng định", "tỉnh luôn quan tâm đồng bào"),
                  ("Hồ Văn Niên", "reported", "đề nghị", "các ngành hỗ trợ bà con làm nhà")],
                 id="a pronoun for the last speaker"),
    pytest.param("Phó Chủ tịch Thường trực HĐND tỉnh Lâm Văn Mẫn dự lễ. Phó Chủ tịch Thường trực HĐND tỉnh gửi lời chúc "
                 "mừng tốt đẹp và mong muốn sư sãi tiếp tục đóng góp vào sự phát triển của tỉnh.",
                 [("Lâm Văn Mẫn", "reported", "mong muốn", "sư sãi tiếp tục đóng góp vào sự phát triển của tỉnh")],
                 id="a title alone, a few words before the verb"),
    pytest.param("Dự có Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam Ngọ Duy Hiểu. Đồng chí Phó Chủ tịch Tổng Liên đoàn "
                 "Lao động Việt Nam chúc đoàn viên đón năm mới mạnh khỏe. Đồng chí đề nghị các đơn vị tiếp tục chăm lo "
                 "cho người lao động.",
                 [("Ngọ Duy Hiểu", "reported", "đề nghị", "các đơn vị tiếp tục chăm lo cho người lao động")],
                 id="a pronoun for the title that is the subject of the sentence before"),
    pytest.param("Ông Trần Tiến Dũng - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh đánh giá cao các ý kiến của cán bộ. "
                 "Đồng thời đồng chí đề nghị, hằng năm Hội Nông dân tỉnh nên có 2 cuộc gặp gỡ, đối thoại.",
                 [("Trần Tiến Dũng", "reported", "đề nghị", "hằng năm Hội Nông dân tỉnh nên có 2 cuộc gặp gỡ, đối thoại")],
                 id="a connector without a comma before the pronoun"),
    pytest.param("Trên đường đến cửa khẩu, chúng tôi gặp Bí thư Huyện ủy A Lưới Nguyễn Thị Sửu, bà cho biết: Huyện ủy "
                 "chủ trương triển khai toàn diện các mặt công tác.",
                 [("Nguyễn Thị Sửu", "reported", "cho biết", "Huyện ủy chủ trương triển khai toàn diện các mặt công tác")],
                 id="the person just met, taken up by a pronoun"),
    pytest.param("Thiếu tá Nguyễn Trung Thành - Phó Đồn trưởng Đồn Biên phòng Cửa khẩu quốc tế Lao Bảo cho biết, trước "
                 "diễn biến phức tạp, Đồn đã kích hoạt các chốt.",
                 [("Nguyễn Trung Thành", "reported", "cho biết", "trước diễn biến phức tạp, Đồn đã kích hoạt các chốt")],
                 id="a verb's word inside a place's name ('Lao Bảo') is no verb"),
    pytest.param("Dự có Đại tướng Ngô Xuân Lịch, nguyên Bộ trưởng Bộ Quốc phòng Việt Nam, và Thượng tướng Phan Văn Giang, "
                 "Bộ trưởng Bộ Quốc phòng. Bộ trưởng Bộ Quốc phòng Việt Nam nhấn mạnh: quân đội luôn coi trọng tình hữu nghị.",
                 [("Phan Văn Giang", "reported", "nhấn mạnh", "quân đội luôn coi trọng tình hữu nghị")],
                 id="a title alone names the current holder, not a former one, and may add the country"),
    pytest.param("Ông Lê Minh Hoan, Bộ trưởng Bộ NN&PTNT chia sẻ thêm, cách đây ít ngày ông có xem một bộ phim tài liệu.",
                 [("Lê Minh Hoan", "reported", "chia sẻ", "cách đây ít ngày ông có xem một bộ phim tài liệu")],
                 id="'thêm' after the verb is not what it says"),
    pytest.param("“Tôi đã nói được tiếng Thái rồi”, chị Giàng Thị Mo, người dân tộc Mông, Chủ tịch Hội LHPN xã Chiềng Đen "
                 "hồ hởi nói khi chia sẻ về hành trình vận động.",
                 [("Giàng Thị Mo", "direct", "nói", "Tôi đã nói được tiếng Thái rồi")],
                 id="direct before the name, the verb followed by when it was said"),
    pytest.param("Chủ tịch UBND xã Nguyễn Văn An cho biết khi dự án hoàn thành sẽ tạo việc làm cho 500 lao động.",
                 [("Nguyễn Văn An", "reported", "cho biết", "khi dự án hoàn thành sẽ tạo việc làm cho 500 lao động")],
                 id="'khi' opening what was said"),
    pytest.param("Chủ tịch UBND xã Nguyễn Văn An nhấn mạnh, mong muốn lớn nhất của người dân là có việc làm. Ông cũng cho "
                 "biết, kể từ đầu năm đến nay xã đã xây dựng được 12 căn nhà.",
                 [("Nguyễn Văn An", "reported", "nhấn mạnh", "mong muốn lớn nhất của người dân là có việc làm"),
                  ("Nguyễn Văn An", "reported", "cho biết", "kể từ đầu năm đến nay xã đã xây dựng được 12 căn nhà")],
                 id="a clause that begins with a verb's word is still a clause"),
    pytest.param("Bí thư Huyện ủy Lê Hữu Phúc chỉ đạo các cấp ủy phải thường xuyên đối thoại với nhân dân, giải quyết "
                 "những kiến nghị chính đáng của người dân.",
                 [("Lê Hữu Phúc", "reported", "chỉ đạo", "các cấp ủy phải thường xuyên đối thoại với nhân dân, giải quyết "
                   "những kiến nghị chính đáng của người dân")],
                 id="'các ...' and a modal after the verb is a clause; 'những kiến nghị' is a noun"),
    pytest.param("Chủ tịch UBND tỉnh Lê Văn An nhấn mạnh những kết quả đạt được trong năm qua.", [],
                 id="a noun phrase after the verb"),
    pytest.param("Chủ tịch UBND tỉnh Lê Văn An nhấn mạnh các nhiệm vụ cần tập trung thực hiện trong quý IV.", [],
                 id="things to do after 'các' are a noun phrase"),
    pytest.param("Ông Hà Văn Sình, Bí thư Đảng ủy xã Na Mèo khẳng định và đề nghị bà con không nghe theo kẻ xấu xuyên tạc.",
                 [("Hà Văn Sình", "reported", "đề nghị", "bà con không nghe theo kẻ xấu xuyên tạc")],
                 id="two verbs joined by 'và': what is said follows the last"),
    pytest.param("Chiều 2/5, ông Lê Hữu Tâm, Phó Chủ tịch UBND tỉnh đã ký công văn hỏa tốc yêu cầu các huyện tạm dừng "
                 "lễ hội đông người.", [], id="what a signed document requires is not what was said"),
    pytest.param("Ngày 30/4, Chủ tịch UBND tỉnh Hưng Yên Đỗ Quốc Văn đã ký Công điện số 860/CĐ-CTUBND về phòng, chống "
                 "dịch. Theo đó, Chủ tịch UBND tỉnh yêu cầu, từ 20h ngày 30/4, tạm dừng hoạt động các quán karaoke.", [],
                 id="'Theo đó' after a signed document: what the document says"),
    pytest.param("Sáng 5/3, Bộ Y tế đã gửi văn bản tới các tỉnh. Theo đó, Chủ tịch UBND tỉnh Nguyễn Văn Bình nhấn mạnh: "
                 "“Chúng ta phải chủ động phòng dịch”.",
                 [("Nguyễn Văn Bình", "direct", "nhấn mạnh", "Chúng ta phải chủ động phòng dịch")],
                 id="'Theo đó' then a quote is still said"),
    pytest.param("Sáng 5/3, Bí thư Tỉnh ủy Nguyễn Văn An nhấn mạnh tại hội nghị, đồng thời yêu cầu các sở ngành phải "
                 "khẩn trương.", [("Nguyễn Văn An", "reported", "yêu cầu", "các sở ngành phải khẩn trương")],
                 id="an adverbial, then a second predicate of the same subject"),
    pytest.param("Ông Lò Văn Hải, Chủ tịch UBND xã báo tin vui: xã vừa được công nhận đạt chuẩn nông thôn mới.",
                 [("Lò Văn Hải", "reported", "báo tin vui", "xã vừa được công nhận đạt chuẩn nông thôn mới")],
                 id="news told is what was said"),
    pytest.param("Chủ tịch UBND xã Nguyễn Văn Bình đã thông báo tin buồn tới toàn thể cán bộ.", [],
                 id="'thông báo tin buồn' tells no clause"),
    pytest.param("Bà Trần Thị Huệ, Chủ tịch UBND huyện nhấn mạnh, cán bộ phải sát dân. Cuối buổi, bà Huệ một lần nữa "
                 "nhấn mạnh, cán bộ phải sát dân.",
                 [("Trần Thị Huệ", "reported", "nhấn mạnh", "cán bộ phải sát dân")],
                 id="the same words of the same speaker once"),
    pytest.param("Ông Lò Văn Xôm, Bí thư Huyện ủy nhắc lại, năm 2020 huyện còn hơn 3.000 hộ nghèo. Bà Lê Thị Mai, "
                 "Chủ tịch Hội LHPN tỉnh nhắc lại lời kêu gọi của Bác.",
                 [("Lò Văn Xôm", "reported", "nhắc lại", "năm 2020 huyện còn hơn 3.000 hộ nghèo")],
                 id="recalling a clause is a statement, recalling a thing is not"),
    pytest.param("“Hồi đó, chúng tôi phải lội suối cả ngày mới đến bản”, Đại tá Lê Văn Hùng, nguyên Chỉ huy trưởng Bộ "
                 "Chỉ huy Bộ đội Biên phòng tỉnh nhớ lại.",
                 [("Lê Văn Hùng", "direct", "nhớ lại", "Hồi đó, chúng tôi phải lội suối cả ngày mới đến bản")],
                 id="a memory quoted before its speaker"),
    pytest.param("Ông Vũ Đức Hạnh, Phó Chủ tịch UBND tỉnh chia sẻ ý kiến của các chuyên gia về quy hoạch vùng.", [],
                 id="sharing someone's opinions is a noun phrase"),
    pytest.param("Chủ tịch UBND TP Cần Thơ Trần Việt Trường chủ trì cuộc họp. Chủ tịch thành phố yêu cầu các quận "
                 "không được lơ là.",
                 [("Trần Việt Trường", "reported", "yêu cầu", "các quận không được lơ là")],
                 id="the chair of the city is the chair of its People's Committee"),
    pytest.param("Bộ trưởng Bộ Tài nguyên và Môi trường Đỗ Đức Duy kiểm tra bãi rác. Bộ trưởng Bộ TN&MT yêu cầu thành "
                 "phố sớm xử lý ô nhiễm.",
                 [("Đỗ Đức Duy", "reported", "yêu cầu", "thành phố sớm xử lý ô nhiễm")],
                 id="a ministry abbreviated names the same post"),
])
def test_who_said_what(statements, text, expected):
    assert statements(text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("Chủ tịch UBND tỉnh Nguyễn Văn Út chúc bà con đón Tết vui tươi, đầm ấm.", id="greetings"),
    pytest.param("Bí thư Tỉnh ủy Hồ Văn Niên đánh giá cao những đóng góp của đồng bào các dân tộc.", id="a noun phrase"),
    pytest.param("Phó Chủ tịch UBND tỉnh Y Ngọc chủ trì hội nghị. Hội nghị thống nhất đề nghị Trung ương hỗ trợ kinh phí.",
                 id="a collective's words"),
    pytest.param("Theo ông Lê Trọng Khôi, Chủ tịch Hội Nông dân tỉnh, nông dân đã chủ động chuyển đổi cây trồng.",
                 id="'Theo X' without a speech verb"),
    pytest.param("Người dân cho biết, mùa màng năm nay bội thu.", id="no official"),
    pytest.param("Chủ tịch UBND tỉnh Nguyễn Văn Út đã ghi nhận, biểu dương và chúc mừng thành tích xuất sắc của các đơn vị.",
                 id="a list of verbs"),
    pytest.param("Phát biểu tại buổi họp mặt, Chủ tịch UBND tỉnh Trần Văn Tuấn nói về tình hình kinh tế, an sinh xã hội "
                 "trong địa bàn tỉnh.", id="what it was about"),
    pytest.param("Bộ trưởng Bộ Quốc phòng Trung Quốc Ngụy Phượng Hòa bày tỏ vui mừng, phấn khởi khi chứng kiến sự khang "
                 "trang của Nhà văn hóa.", id="a feeling, then a comma"),
    pytest.param("Phó Chủ tịch UBND huyện Đỗ Hoàng Anh Châu dự họp. Cũng theo ông Châu, huyện sẽ báo cáo các sở, ngành "
                 "và xin chỉ đạo của thành phố trước khi triển khai.", id="a verb used as a noun, 'chỉ đạo của'"),
    pytest.param("Bí thư Tỉnh ủy Phan Việt Cường phát biểu tại hội nghị tổng kết.", id="a verb that says nothing yet"),
    pytest.param("Bí thư Thành ủy Trần Lưu Quang trao quà. Bí thư Thành ủy bày tỏ xúc động khi nghe những việc làm giản dị "
                 "của bà con.", id="a feeling, not words"),
])
def test_not_statements(statements, text):
    assert statements(text) == []


def test_a_title_two_officials_hold_names_no_speaker(statements):
    text = ("Dự có Thứ trưởng Bộ Công an Lê Quý Vương và Thứ trưởng Bộ Công an Trần Quốc Tỏ. "
            "Thứ trưởng Bộ Công an cho biết, lực lượng công an đã chi viện chiến trường miền Nam.")
    assert statements(text) == []


@pytest.mark.parametrize("text", [
    "Ông Vũ Đức Hạnh, Bí thư Đảng ủy xã Thanh Lâm, là người luôn nói đi đôi với làm, trước mỗi việc khó đều tự mình đến từng nhà.",
    "Trưởng Công an xã Nguyễn Văn Hưng nói không với tiêu cực, luôn nghiêm khắc với bản thân và đồng đội.",
    "Bí thư Huyện ủy Lương Văn Hoan nhấn mạnh phương châm “3 bám, 4 cùng” trong công tác vận động đồng bào vùng biên.",
    "Ông Lý Văn Sình, Chủ tịch Hội Nông dân xã Bản Lầu, chia sẻ kinh nghiệm vận động hội viên tham gia sản xuất giỏi.",
    "Bộ trưởng Bộ Y tế Đào Hồng Lan cho biết nhiều điểm mới của luật.",
])
def test_idioms_with_noi_and_verbs_of_a_noun_phrase_are_not_statements(statements, text):
    assert statements(text) == []


def test_a_plural_subject_with_a_verb_after_it_opens_a_clause(statements):
    assert statements("Bộ trưởng Bộ Y tế Đào Hồng Lan cho biết nhiều bệnh viện đã giảm quá tải.") == [
        ("Đào Hồng Lan", "reported", "cho biết", "nhiều bệnh viện đã giảm quá tải")]


def test_a_chair_named_by_the_province_alone_is_that_province_s_chair(statements):
    text = ("Chủ tịch nước Nguyễn Xuân Phúc đến kiểm tra công tác phòng chống dịch. Ông Lê Trung Chinh, Chủ tịch UBND "
            "TP Đà Nẵng cùng dự. Sau khi hoàn thành cách ly tại Đà Nẵng, Chủ tịch Đà Nẵng cho biết, ngành y tế đã "
            "thực hiện đúng quy trình cách ly.")
    assert statements(text) == [("Lê Trung Chinh", "reported", "cho biết", "ngành y tế đã thực hiện đúng quy trình cách ly")]


def test_a_second_verb_after_an_attributed_quote_says_a_clause_of_its_own(statements):
    text = ("Ông Hoàng Đức Hạnh, Phó Giám đốc Sở Y tế Hà Nội dự họp. \"Có thể sắp tới sẽ có đợt dịch mới. Vì vậy cần sẵn "
            "sàng với phương châm 4 tại chỗ\" - ông Hạnh nói và cho biết, hiện trên địa bàn có người dân tụ tập đông.")
    assert statements(text) == [
        ("Hoàng Đức Hạnh", "direct", "nói", "Có thể sắp tới sẽ có đợt dịch mới. Vì vậy cần sẵn sàng với phương châm 4 tại chỗ"),
        ("Hoàng Đức Hạnh", "reported", "cho biết", "hiện trên địa bàn có người dân tụ tập đông")]


def test_an_adverbial_before_a_comma_then_a_clause_is_what_was_said(statements):
    assert statements("Bí thư Tỉnh ủy Nguyễn Văn Hùng nhấn mạnh trong bối cảnh tình hình mới, các cấp ủy cần đổi mới "
                      "phương thức vận động nhân dân.") == [
        ("Nguyễn Văn Hùng", "reported", "nhấn mạnh",
         "trong bối cảnh tình hình mới, các cấp ủy cần đổi mới phương thức vận động nhân dân")]
    # and an adverbial alone is no clause
    assert statements("Bí thư Tỉnh ủy Nguyễn Văn Hùng nhấn mạnh trong bài phát biểu kết luận hội nghị.") == []


def test_a_noun_phrase_that_is_the_subject_of_la_is_a_clause(statements):
    text = "Ông Cao Văn Bình, Chủ tịch UBND xã Tà Mung, chia sẻ giải pháp mà xã đã áp dụng là giao khoán rừng cho từng hộ."
    assert statements(text) == [("Cao Văn Bình", "reported", "chia sẻ",
                                 "giải pháp mà xã đã áp dụng là giao khoán rừng cho từng hộ")]


@pytest.mark.parametrize("text", [
    "Bà Lương Thị Thắm, Chủ tịch Hội LHPN xã Nậm Cắn nhấn mạnh: “Hội phải là nơi chị em tin cậy.” Chị Vi Thị Hoa, "
    "hội viên bản Na Ngoi chia sẻ: “Nhờ Hội, nhà em đã thoát nghèo.”",
    "Ông Hà Văn Đông, Chủ tịch UBND xã Thanh Sơn đến thăm mô hình. Già làng Lữ Văn Pọm xúc động: “Cán bộ về tận bản "
    "thế này, dân rất vui.”",
])
def test_a_villager_s_words_after_an_official_s_are_not_the_official_s(statements, text):
    assert all("dân rất vui" not in quote and "thoát nghèo" not in quote for _, _, _, quote in statements(text))


def test_a_head_s_title_alone_does_not_name_the_deputy(statements):
    text = "Ông Lê Minh Tâm, Phó Chủ tịch UBND tỉnh dự họp. Chủ tịch UBND tỉnh yêu cầu các sở khẩn trương triển khai."
    assert statements(text) == []


def test_a_deputy_named_by_the_delegation(statements):
    text = "Tham gia thảo luận, đại biểu Thân Thị Ngọc Bích (Đoàn ĐBQH tỉnh Bắc Giang) đề nghị cần sửa đổi quy định."
    assert statements(text) == [("Thân Thị Ngọc Bích", "reported", "đề nghị", "cần sửa đổi quy định")]


@pytest.mark.parametrize("text", [
    "Ông Nguyễn Văn Hùng, Chủ tịch UBND tỉnh khẳng định vai trò quan trọng của Mặt trận trong khối đại đoàn kết.",
    "Ông Nguyễn Văn Hùng, Chủ tịch UBND tỉnh kể lại quá trình vận động bà con hiến đất làm đường.",
    "Ông Nguyễn Văn Hùng, Chủ tịch UBND tỉnh đề nghị sự phối hợp chặt chẽ của các sở ngành.",
    "Đến nay, tỉnh đã có nhiều chỉ đạo sát sao với các huyện. Ông Nguyễn Văn Hùng, Chủ tịch UBND tỉnh dự họp.",
    "Ông Chử Xuân Dũng, Phó Chủ tịch UBND thành phố lưu ý tầm quan trọng của công tác xét nghiệm và phân tích, để không "
    "bỏ sót trường hợp lây nhiễm.",
])
def test_any_speech_verb_before_a_role_or_a_process_names_a_thing(statements, text):
    assert statements(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Ông Nguyễn Văn Hùng, Bí thư Huyện ủy dặn dò các đảng viên trẻ: “Phải luôn gần dân, hiểu dân và vì dân”.",
     [("Nguyễn Văn Hùng", "direct", "dặn dò", "Phải luôn gần dân, hiểu dân và vì dân")]),
    ("Ông Bùi Văn Kiên, Chủ tịch UBND xã Ngọc Lâu, nói thẳng: “Cán bộ không làm được thì phải nhường chỗ cho người khác”.",
     [("Bùi Văn Kiên", "direct", "nói", "Cán bộ không làm được thì phải nhường chỗ cho người khác")]),
    ("Ông Nguyễn Văn Hùng, Bí thư Huyện ủy cho biết: “Huyện đã hoàn thành 200 căn nhà”, đồng thời đề nghị các xã rà soát.",
     [("Nguyễn Văn Hùng", "direct", "cho biết", "Huyện đã hoàn thành 200 căn nhà")]),
    ("Ông Nguyễn Văn Hùng, Bí thư Huyện ủy gửi lời chúc: “Chúc bà con một năm mới mạnh khỏe, hạnh phúc”.", []),
])
def test_direct_speech_after_whom_or_how_and_greetings(statements, text, expected):
    assert statements(text) == expected


@pytest.mark.parametrize("text, speaker", [
    ("Ông Y Khuê Niê, Chủ tịch UBND xã Ea Tul dự hội nghị. Ông Y Khuê cho biết xã đã hoàn thành xóa nhà tạm cho 30 hộ.",
     "Y Khuê Niê"),
    ("Bà H'Luyến Niê, Chủ tịch Hội LHPN xã dự. Bà H'Luyến cho biết hội đã hỗ trợ 20 hộ vay vốn sản xuất.", "H'Luyến Niê"),
    ("Đồng chí Vũ Ngọc Sơn, Phó Bí thư Tỉnh ủy đến thăm gia đình ông Phạm Văn Sơn, thương binh ở xã Vũ Thắng. Ông Sơn "
     "xúc động cho biết gia đình luôn nhận được sự quan tâm của cấp ủy.", None),
])
def test_short_forms_of_ethnic_names_and_a_namesake_who_holds_no_post(statements, text, speaker):
    assert [s for s, *_ in statements(text)] == ([speaker] if speaker else [])


@pytest.mark.parametrize("text, expected", [
    ("Phó Bí thư Tỉnh ủy Trần Thị Hằng cho rằng sự vào cuộc của cả hệ thống chính trị đã tạo nên thành công.",
     [("Trần Thị Hằng", "reported", "cho rằng", "sự vào cuộc của cả hệ thống chính trị đã tạo nên thành công")]),
    ("Trưởng Ban Dân vận Tỉnh ủy Hà Văn Sơn cho biết quá trình triển khai Quy chế dân chủ ở cơ sở còn nhiều hạn chế.",
     [("Hà Văn Sơn", "reported", "cho biết", "quá trình triển khai Quy chế dân chủ ở cơ sở còn nhiều hạn chế")]),
    ("Bí thư Huyện ủy Lò Văn Thương khẳng định: “Chúc mừng không phải là mục đích, điều quan trọng là giữ vững danh hiệu”.",
     [("Lò Văn Thương", "direct", "khẳng định", "Chúc mừng không phải là mục đích, điều quan trọng là giữ vững danh hiệu")]),
    ("“Chúng ta phải làm cho dân tin, dân theo”, Bí thư Tỉnh ủy Nguyễn Đức Dũng nhấn mạnh, đồng thời yêu cầu các cấp ủy "
     "tăng cường đối thoại với Nhân dân.",
     [("Nguyễn Đức Dũng", "direct", "nhấn mạnh", "Chúng ta phải làm cho dân tin, dân theo")]),
    ("Ông Nguyễn Văn Sơn, Chủ tịch UBND xã Tân Lập, dự họp. Bà Lê Thị Sơn, người dân thôn 3, chia sẻ gia đình đã hiến "
     "đất. Ông Sơn khẳng định xã sẽ công khai các khoản đóng góp.",
     [("Nguyễn Văn Sơn", "reported", "khẳng định", "xã sẽ công khai các khoản đóng góp")]),
])
def test_subjects_that_open_a_clause_wishes_that_are_not_greetings_and_quotes_before_their_speaker(statements, text,
                                                                                                    expected):
    assert statements(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Bí thư Tỉnh ủy Lai Châu Lê Minh Ngân: “Phải coi người dân là trung tâm, là chủ thể của công cuộc giảm nghèo”.",
     [("Lê Minh Ngân", "direct", "", "Phải coi người dân là trung tâm, là chủ thể của công cuộc giảm nghèo")]),
    ("Trả lời phóng viên, đồng chí Lâm Văn Bé, Bí thư Đảng ủy xã Vĩnh Hải: “Xã sẽ hoàn thành tiêu chí nông thôn mới "
     "nâng cao trong năm nay”.",
     [("Lâm Văn Bé", "direct", "", "Xã sẽ hoàn thành tiêu chí nông thôn mới nâng cao trong năm nay")]),
    ("Hội nghị học tập tư tưởng của Chủ tịch Hồ Chí Minh: “Dân là gốc, có dân là có tất cả”.", []),
])
def test_a_title_and_name_or_a_lead_clause_before_a_colon_frame_the_quote(statements, text, expected):
    assert statements(text) == expected


def test_a_headline_title_and_colon_before_a_quote_is_the_speech_of_the_official_who_holds_it():
    from pipeline.runner import process_text

    text = ("Bí thư Tỉnh ủy Nghệ An: “Cán bộ phải lắng nghe dân nói, nói dân hiểu”\n"
            "Sáng 6/1, Bí thư Tỉnh ủy Nghệ An Nguyễn Đắc Vinh dự hội nghị tổng kết công tác dân vận.")
    result = process_text("a", "a.txt", text)
    assert [(s.speaker, s.kind.value, s.quote) for s in result.statements] == [
        ("Nguyễn Đắc Vinh", "direct", "Cán bộ phải lắng nghe dân nói, nói dân hiểu")]
    assert [s.slogan for s in result.slogans] == []  # quoted speech, not a motto


@pytest.mark.parametrize("text, expected", [
    pytest.param("Bà Nguyễn Thị Hoa, Giám đốc Sở Y tế tỉnh Bắc Ninh thông tin, toàn tỉnh đã tiêm 2 triệu liều vắc xin.",
                 [("Nguyễn Thị Hoa", "reported", "thông tin", "toàn tỉnh đã tiêm 2 triệu liều vắc xin")],
                 id="thông tin and a comma"),
    pytest.param("Chủ tịch UBND tỉnh Trần Văn Nam thông tin thêm, năm nay tỉnh thu ngân sách vượt dự toán.",
                 [("Trần Văn Nam", "reported", "thông tin", "năm nay tỉnh thu ngân sách vượt dự toán")],
                 id="thông tin thêm"),
    pytest.param("Chủ tịch UBND tỉnh Trần Văn Nam có ý kiến sau khi báo chí phản ánh thông tin, nhiều hộ chưa nhận được "
                 "tiền hỗ trợ.", [], id="thông tin the object of a verb"),
])
def test_thong_tin_says_what_follows_its_comma_when_its_subject_is_the_official(statements, text, expected):
    assert statements(text) == expected


def test_a_headline_title_name_and_dash_before_a_quote_is_a_direct_statement(statements):
    text = ('Chủ tịch UBND tỉnh Nguyễn Văn Út - "Không có vùng cấm trong phòng chống tham nhũng"\n'
            "Sáng 6/1, Chủ tịch UBND tỉnh Nguyễn Văn Út chủ trì hội nghị.")
    assert statements(text) == [("Nguyễn Văn Út", "direct", "", "Không có vùng cấm trong phòng chống tham nhũng")]


def test_a_call_to_those_who_must_act_is_a_clause(statements):
    text = "Phó Chủ tịch UBND tỉnh Lê Văn Hòa kêu gọi các doanh nghiệp chung tay hỗ trợ người nghèo đón Tết."
    assert statements(text) == [("Lê Văn Hòa", "reported", "kêu gọi", "các doanh nghiệp chung tay hỗ trợ người nghèo đón Tết")]


def test_a_title_alone_before_a_quote_that_does_not_end_the_headline_frames_nothing(statements):
    text = "Bí thư Tỉnh ủy: “Dân vận khéo” phải đi vào thực chất\nSáng 6/1, Bí thư Tỉnh ủy Nghệ An Nguyễn Đắc Vinh dự."
    assert statements(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Bí thư Huyện ủy Hà Văn Sáng động viên bà con tiếp tục giữ gìn bản sắc văn hóa của dân tộc Thái.",
     [("Hà Văn Sáng", "reported", "động viên", "bà con tiếp tục giữ gìn bản sắc văn hóa của dân tộc Thái")]),
    # whom it cheers with no task for them: a visit, not words
    ("Bí thư Huyện ủy Hà Văn Sáng động viên các gia đình chính sách và tặng 50 suất quà.", []),
    ("Nhân dịp này, Phó Chủ tịch UBND tỉnh Lê Thị Hoa gửi lời chúc mừng và mong muốn đồng bào tiếp tục đoàn kết.",
     [("Lê Thị Hoa", "reported", "chúc mừng và mong muốn", "đồng bào tiếp tục đoàn kết")]),
    ("Phó Chủ tịch UBND tỉnh Lê Thị Hoa gửi lời chúc mừng năm mới tới đồng bào các dân tộc trong tỉnh.", []),
])
def test_urging_those_who_act_and_a_wish_after_a_greeting_are_statements(statements, text, expected):
    assert statements(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Thủ tướng Lào Sonexay Siphandone hội kiến Chủ tịch nước. Thủ tướng Lào chân thành cảm ơn Đảng, Nhà nước và "
                 "nhân dân Việt Nam đã dành cho Lào sự giúp đỡ to lớn, quý báu trong suốt các thời kỳ cách mạng cũng như trong "
                 "công cuộc xây dựng và phát triển đất nước hiện nay, nhất là trong phòng chống thiên tai, dịch bệnh và đào tạo "
                 "nguồn nhân lực chất lượng cao; đánh giá cao những thành tựu to lớn, có ý nghĩa lịch sử mà Việt Nam đạt được "
                 "sau gần 40 năm đổi mới; khẳng định Lào luôn coi trọng mối quan hệ hữu nghị vĩ đại với Việt Nam.",
                 [("Sonexay Siphandone", "reported", "khẳng định", "Lào luôn coi trọng mối quan hệ hữu nghị vĩ đại với Việt Nam")],
                 id="the subject of a long chain of predicates, by the title alone"),
    pytest.param("Thủ tướng Hun Sen một lần nữa chúc mừng Thủ tướng Phạm Minh Chính được bổ nhiệm vào cương vị mới; chúc mừng "
                 "Việt Nam đã đảm nhiệm thành công vai trò Chủ tịch ASEAN và đánh giá cao thành tích kiểm soát dịch bệnh, phát "
                 "triển kinh tế-xã hội của Việt Nam; khẳng định Campuchia coi trọng quan hệ láng giềng hữu nghị truyền thống "
                 "với Việt Nam trong mọi hoàn cảnh.",
                 [("Hun Sen", "reported", "khẳng định",
                   "Campuchia coi trọng quan hệ láng giềng hữu nghị truyền thống với Việt Nam trong mọi hoàn cảnh")],
                 id="the subject of a chain, not the official it congratulates"),
    pytest.param("Ông Nguyễn Văn Bình, Chủ tịch UBND xã Tân Lập chủ trì buổi làm việc; các đại biểu thảo luận sôi nổi; khẳng "
                 "định mô hình cần được nhân rộng ra toàn huyện.", [],
                 id="a collective that opens the next part is its subject"),
    pytest.param("Bí thư Tỉnh ủy Nguyễn Văn Quang kiểm tra tình hình sản xuất tại các hợp tác xã nông nghiệp của huyện Châu "
                 "Thành trong những ngày đầu năm mới, thăm hỏi, động viên bà con nông dân đang xuống giống vụ đông xuân trên "
                 "những cánh đồng lớn dọc theo tuyến kênh chính của huyện; lãnh đạo các hợp tác xã báo cáo tình hình triển "
                 "khai các mô hình liên kết sản xuất với doanh nghiệp; đề nghị tỉnh hỗ trợ kinh phí nạo vét kênh mương.", [],
                 id="a part that opens with a noun breaks the chain"),
])
def test_a_chain_of_predicates_shares_its_subject(statements, text, expected):
    assert statements(text) == expected


def test_a_clause_after_phat_bieu_and_a_comma_is_said_but_not_a_second_verb(statements):
    assert statements("Chủ tịch UBND tỉnh Trần Văn Nam phát biểu, các cấp cần đẩy mạnh cải cách hành chính.") == [
        ("Trần Văn Nam", "reported", "phát biểu", "các cấp cần đẩy mạnh cải cách hành chính")]
    assert statements("Chủ tịch UBND tỉnh Trần Văn Nam phát biểu, chúc mừng các đại biểu.") == []
    assert statements("Chủ tịch UBND tỉnh Trần Văn Nam phát biểu khai mạc, sau đó các đại biểu thảo luận.") == []
