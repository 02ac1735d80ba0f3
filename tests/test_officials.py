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
    pytest.param("Tham dự có các Phó Chủ tịch UBND tỉnh gồm: bà Nguyễn Thị Hà, các ông Lê Văn Bình, Trần Quốc Nam và Phạm Minh Đức.",
                 [("Nguyễn Thị Hà", "Phó Chủ tịch UBND tỉnh"), ("Lê Văn Bình", "Phó Chủ tịch UBND tỉnh"),
                  ("Trần Quốc Nam", "Phó Chủ tịch UBND tỉnh"), ("Phạm Minh Đức", "Phó Chủ tịch UBND tỉnh")],
                 id="several names after one plural title"),
    pytest.param("Quốc vương Abdullah bin Al-Hussein, Chủ tịch Ủy ban châu Âu Ursula von der Leyen và Ngoại trưởng Jean-Yves Le Drian dự.",
                 [("Abdullah bin Al-Hussein", "Quốc vương"), ("Ursula von der Leyen", "Chủ tịch Ủy ban châu Âu"),
                  ("Jean-Yves Le Drian", "Ngoại trưởng")], id="foreign names with particles and hyphens"),
    pytest.param("Đồn trưởng khi ấy là Đại úy Ngô Quang Ánh; ông Trần Văn Lâu là Phó Bí thư Thành ủy, Chủ tịch UBND TP. Cần Thơ.",
                 [("Ngô Quang Ánh", "Đồn trưởng, Đại úy"), ("Trần Văn Lâu", "Phó Bí thư Thành ủy, Chủ tịch UBND TP. Cần Thơ")],
                 id="name and office joined by 'là'"),
    pytest.param("Thiếu tá Trừ Minh Tuấn, Đại úy Bun Chiêm và Thiếu tá Hồ Thọ, Phó Chính trị viên Đồn Biên phòng Nậm Cắn dự.",
                 [("Trừ Minh Tuấn", "Thiếu tá"), ("Bun Chiêm", "Đại úy"),
                  ("Hồ Thọ", "Thiếu tá, Phó Chính trị viên Đồn Biên phòng Nậm Cắn")],
                 id="rare family names after a rank, the post after the name"),
    pytest.param("ông Tô Hùng - Giám đốc Sở Tài nguyên & Môi trường và ông Lại Hồng Thanh - Phó tổng cục trưởng Tổng cục "
                 "Địa chất và Khoáng sản Việt Nam cho biết.",
                 [("Tô Hùng", "Giám đốc Sở Tài nguyên & Môi trường"),
                  ("Lại Hồng Thanh", "Phó tổng cục trưởng Tổng cục Địa chất và Khoáng sản Việt Nam")],
                 id="the body's name goes on after 'và' and '&'"),
    pytest.param("Bí thư Huyện ủy Phú Tân (tỉnh An Giang) Huỳnh Thành Danh dẫn đầu đoàn; Thống đốc Nam Kỳ La Grandière chấp thuận.",
                 [("Huỳnh Thành Danh", "Bí thư Huyện ủy Phú Tân (tỉnh An Giang)"), ("La Grandière", "Thống đốc Nam Kỳ")],
                 id="a place between the title and the name"),
    pytest.param("Giám đốc Sở Y tế TPHCM Nguyễn Tấn Bỉnhcho biết thêm.", [("Nguyễn Tấn Bỉnh", "Giám đốc Sở Y tế TPHCM")],
                 id="the next word glued to the name"),
    pytest.param("Chiều 30/4, ông Nguyễn Văn Lanh - Phó Chủ tịch TP Hội An (Quảng Nam) cho hay, ngành y tế đang cách ly.",
                 [("Nguyễn Văn Lanh", "Phó Chủ tịch TP Hội An")], id="a city whose name begins with a body's word"),
    pytest.param("Ông là Đại tá Tao Văn Khứn, sinh năm 1947, nguyên Chỉ huy trưởng Bộ CHQS tỉnh Lai Châu (trước đây), "
                 "nguyên Chủ tịch Hội Cựu chiến binh tỉnh.",
                 [("Tao Văn Khứn", "Đại tá, nguyên Chỉ huy trưởng Bộ CHQS tỉnh Lai Châu (trước đây), "
                                   "nguyên Chủ tịch Hội Cựu chiến binh tỉnh")],
                 id="the year of birth between the name and the title, a bracket between two posts"),
    pytest.param("Đó là Chính trị viên đại đội, Đại úy Bun Chiêm, anh đã từng có 5 năm sát cánh cùng BĐBP.",
                 [("Bun Chiêm", "Chính trị viên đại đội, Đại úy")], id="the post, then the rank and the name"),
    pytest.param("Dự có Chủ tịch UBND tỉnh, Đại tá Nguyễn Văn Bình, Chỉ huy trưởng Bộ CHQS tỉnh.",
                 [("Nguyễn Văn Bình", "Đại tá, Chỉ huy trưởng Bộ CHQS tỉnh")],
                 id="an officer with a post of his own does not take the one before"),
    pytest.param("Chúng tôi gặp Thiếu tá Trừ Minh Tuấn, cán bộ Đồn Biên phòng Tùng Vài được tăng cường vào xã Tả Ván, "
                 "giữ chức Phó Bí thư Đảng ủy xã.",
                 [("Trừ Minh Tuấn", "Thiếu tá, Phó Bí thư Đảng ủy xã")], id="'giữ chức' a clause after the name"),
    pytest.param("Ông Bùi Thiện Ngộ sinh ra tại Tân Định, Sài Gòn, là Thượng tướng, từng là Bộ trưởng Công an. "
                 "Ông Trần Bạch Đằng từng là Bí thư Thành ủy.",
                 [("Bùi Thiện Ngộ", "Thượng tướng, Bộ trưởng Công an"), ("Trần Bạch Đằng", "Bí thư Thành ủy")],
                 id="'là' after a clause about the person the sentence opens with, 'từng là'"),
    pytest.param("Giáo sư Nguyễn Thiện Thành từng là Phó Chủ nhiệm Ủy ban Văn hóa xã hội của Quốc hội khóa VI.",
                 [("Nguyễn Thiện Thành", "Phó Chủ nhiệm Ủy ban Văn hóa xã hội của Quốc hội khóa VI")],
                 id="'xã hội' is no commune, 'của' the body a committee belongs to, the term"),
    pytest.param("Dự lễ có anh Lê Quốc Phong, Ủy viên dự khuyết T.Ư Đảng, Bí thư thứ nhất T.Ư Đoàn; lãnh đạo các ban.",
                 [("Lê Quốc Phong", "Ủy viên dự khuyết T.Ư Đảng, Bí thư thứ nhất T.Ư Đoàn")], id="abbreviated 'Trung ương'"),
    pytest.param("Đồng thời, Giám đốc Công an tỉnh Đắk Nông cũng đã thưởng nóng các đơn vị. Đại tá Bùi Quang Thanh đã "
                 "ghi nhận, biểu dương thành tích của các đơn vị.",
                 [("Bùi Quang Thanh", "Đại tá, Giám đốc Công an tỉnh Đắk Nông")],
                 id="an officer named by his rank takes the post named just before with no name"),
    pytest.param("Dự có Thứ trưởng Bộ Lao động - Thương binh và Xã hội (LĐ-TB&XH) Nguyễn Văn Hồi và đại diện các đơn vị.",
                 [("Nguyễn Văn Hồi", "Thứ trưởng Bộ Lao động - Thương binh và Xã hội (LĐ-TB&XH)")],
                 id="a body's initials in brackets, joined by a dash and '&'"),
    pytest.param("Đại sứ Nhật Bản tại Việt Nam Yamada Takio và Đại sứ Việt Nam tại Lào Nguyễn Bá Hùng dự.",
                 [("Yamada Takio", "Đại sứ Nhật Bản tại Việt Nam"), ("Nguyễn Bá Hùng", "Đại sứ Việt Nam tại Lào")],
                 id="an ambassador's country and the one he serves in"),
    pytest.param("Bà Đinh Thị Hạnh, Bí thư Đảng ủy cơ quan, Chủ tịch Liên đoàn lao động tỉnh Nghệ An phát biểu.",
                 [("Đinh Thị Hạnh", "Bí thư Đảng ủy cơ quan, Chủ tịch Liên đoàn lao động tỉnh Nghệ An")],
                 id="a body's name in lower case, then the same person's next post"),
    pytest.param("Ông Lò Văn Pấng, Phó trưởng Ban Tuyên giáo tổ chức hội, Hội Nông dân tỉnh Sơn La cho biết.",
                 [("Lò Văn Pấng", "Phó trưởng Ban Tuyên giáo tổ chức hội, Hội Nông dân tỉnh Sơn La")],
                 id="a body's name in lower case, then the body it belongs to"),
    pytest.param("Ông Mai Văn Tú, Giám đốc Ban quản lý dự án đầu tư xây dựng (thuộc Sở Xây dựng) trả lời.",
                 [("Mai Văn Tú", "Giám đốc Ban quản lý dự án đầu tư xây dựng")],
                 id="a body's name in lower case before what it belongs to"),
    pytest.param("Ông Hà Minh Đức, Bí thư Đảng ủy Bộ tham mưu, Đại tá, Phó Tham mưu trưởng Quân khu 9.",
                 [("Hà Minh Đức", "Bí thư Đảng ủy Bộ tham mưu, Đại tá, Phó Tham mưu trưởng Quân khu 9")],
                 id="a rank between two posts of one chain"),
    pytest.param("Ông Trần Quang Vinh (Trần Vinh - sinh năm 1962), Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Bến Tre.",
                 [("Trần Quang Vinh", "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Bến Tre")],
                 id="a long bracket between the name and the title"),
    pytest.param("Hai đại biểu đương nhiệm tự ứng cử là ông Phan Văn Mãi, Hiệu trưởng Trường Đại học Y; "
                 "bà Lê Thu Hà, Giám đốc Công ty Cổ phần Sen Vàng.",
                 [("Phan Văn Mãi", "đại biểu đương nhiệm"), ("Lê Thu Hà", "đại biểu đương nhiệm")],
                 id="a plural title, a few words, then a list split by semicolons"),
    pytest.param("Trong số ứng viên có 3 người là đại biểu Quốc hội đương nhiệm, là các ông Lê Minh Hoan, "
                 "Nguyễn Văn Thể và Đỗ Đức Duy.",
                 [("Lê Minh Hoan", "đại biểu Quốc hội đương nhiệm"), ("Nguyễn Văn Thể", "đại biểu Quốc hội đương nhiệm"),
                  ("Đỗ Đức Duy", "đại biểu Quốc hội đương nhiệm")],
                 id="'là các ông A, B và C' after a title"),
    pytest.param("Hai tân Phó Chủ tịch UBND huyện Mường La, tỉnh Sơn La là ông Lò Văn Biên và bà Cầm Thị Phượng.",
                 [("Lò Văn Biên", "tân Phó Chủ tịch UBND huyện Mường La, tỉnh Sơn La"),
                  ("Cầm Thị Phượng", "tân Phó Chủ tịch UBND huyện Mường La, tỉnh Sơn La")],
                 id="a plural title after 'tân', its place and province, then 'là' and the names"),
    pytest.param("Phó Chủ tịch UBND tỉnh phụ trách khối văn xã là bà Đặng Thị Thu.",
                 [("Đặng Thị Thu", "Phó Chủ tịch UBND tỉnh")], id="what a post is in charge of, then 'là'"),
    pytest.param("Đến dự có các ông Lê Văn Sáu, Trần Văn Bảy và Đỗ Văn Tám, nguyên Bí thư Huyện ủy Mỏ Cày.",
                 [("Lê Văn Sáu", "nguyên Bí thư Huyện ủy Mỏ Cày"), ("Trần Văn Bảy", "nguyên Bí thư Huyện ủy Mỏ Cày"),
                  ("Đỗ Văn Tám", "nguyên Bí thư Huyện ủy Mỏ Cày")], id="'các ông A, B và C', then their title"),
    pytest.param("Bí thư Tỉnh ủy Kon Tum (Trưởng đoàn đại biểu Quốc hội tỉnh) Dương Văn Trang phát biểu.",
                 [("Dương Văn Trang", "Bí thư Tỉnh ủy Kon Tum")], id="a bracket with another post before the name"),
    pytest.param("Tiếp đoàn có Tỉnh trưởng tỉnh Attapeu (Lào) Leth Xaiyaphone và Tổng thống Hàn Quốc Moon Jae-in.",
                 [("Leth Xaiyaphone", "Tỉnh trưởng tỉnh Attapeu (Lào)"), ("Moon Jae-in", "Tổng thống Hàn Quốc")],
                 id="a foreign province in brackets, a Korean given name"),
    pytest.param("Ông Ahmad Zahid bin Hamidi, Quốc vụ khanh Bộ Ngoại giao Malaysia, cho biết.",
                 [("Ahmad Zahid bin Hamidi", "Quốc vụ khanh Bộ Ngoại giao Malaysia")], id="a particle inside a name"),
    pytest.param("Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy Mường Tè là đồng chí Pờ Dần Xè.",
                 [("Pờ Dần Xè", "Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy Mường Tè")],
                 id="the title ends before 'là đồng chí'"),
    pytest.param("Dự có Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn Phùng Đức Tiến.",
                 [("Phùng Đức Tiến", "Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn")],
                 id="'thôn' inside 'nông thôn' is no village"),
    pytest.param("Ông Trần Văn Chín, Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh Quảng Ngãi báo cáo tại hội nghị.",
                 [("Trần Văn Chín", "Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh Quảng Ngãi")],
                 id="'báo' in 'báo cáo' is no newspaper"),
    pytest.param("Thượng tọa Thạch Sóc, Trụ trì chùa Prếk Chóp, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng dự.",
                 [("Thạch Sóc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng")],
                 id="a pagoda's name between a dignitary and his Front post"),
    pytest.param("Bí thư Tỉnh ủy Gia Lai (mới) Hồ Văn Niên và Chủ tịch UBND phường Sa Pa 2, tỉnh Lào Cai Lý Seo Dìn dự.",
                 [("Hồ Văn Niên", "Bí thư Tỉnh ủy Gia Lai"), ("Lý Seo Dìn", "Chủ tịch UBND phường Sa Pa 2, tỉnh Lào Cai")],
                 id="'(mới)' before the name, a numbered ward"),
    pytest.param("Ông Y Wai Mlô Duôn Du, Chủ tịch UBND xã Ea Tul và bà H Yâm Buôn Dap, Phó Chủ tịch UBND xã dự.",
                 [("Y Wai Mlô Duôn Du", "Chủ tịch UBND xã Ea Tul"), ("H Yâm Buôn Dap", "Phó Chủ tịch UBND xã")],
                 id="Ê Đê names, 'Buôn' inside a name"),
    pytest.param("Các đồng chí Trần Minh Đức và Lê Thu Hà, Phó Chủ tịch UBND tỉnh Hà Nam dự.",
                 [("Trần Minh Đức", "Phó Chủ tịch UBND tỉnh Hà Nam"), ("Lê Thu Hà", "Phó Chủ tịch UBND tỉnh Hà Nam")],
                 id="'các đồng chí A và B, TITLE'"),
    pytest.param("Hai Phó Chủ tịch UBND tỉnh Nam Định Trần Anh Dũng và Vũ Thị Hằng dự.",
                 [("Trần Anh Dũng", "Phó Chủ tịch UBND tỉnh Nam Định"), ("Vũ Thị Hằng", "Phó Chủ tịch UBND tỉnh Nam Định")],
                 id="a plural title, then two names"),
    pytest.param("Bí thư Đảng ủy chủ trì, Chủ tịch UBND xã Nguyễn Văn An báo cáo kết quả.",
                 [("Nguyễn Văn An", "Chủ tịch UBND xã")], id="a verb after a body's head is no part of its name"),
    pytest.param("Các ông Võ Văn An, Đỗ Văn Bình và Lê Văn Cường, Chủ tịch UBND xã Tân Lập dự.",
                 [("Lê Văn Cường", "Chủ tịch UBND xã Tân Lập")], id="a head's post goes to the last of a list only"),
    pytest.param("Bí thư Đảng ủy Viettel tỉnh Phạm Văn Bắc và Chủ tịch Công đoàn Bưu điện tỉnh Hà Thị Lan dự.",
                 [("Phạm Văn Bắc", "Bí thư Đảng ủy Viettel tỉnh"), ("Hà Thị Lan", "Chủ tịch Công đoàn Bưu điện tỉnh")],
                 id="the Party's and a union's posts in a company"),
    pytest.param("Ông Phan Văn Mãi, Phó Trưởng Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Vĩnh Long, "
                 "chủ trì cuộc họp.",
                 [("Phan Văn Mãi", "Phó Trưởng Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Vĩnh Long")],
                 id="a steering body named by its task, commas inside"),
    pytest.param("Trưởng Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh Nghệ An Nguyễn Thành Công yêu cầu các huyện.",
                 [("Nguyễn Thành Công", "Trưởng Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh Nghệ An")],
                 id="a steering body's task before the name"),
    pytest.param("Ông Y Ngọc Niê, Phó Trưởng Ban Chỉ đạo đổi mới, sắp xếp doanh nghiệp tỉnh Đắk Lắk kiểm tra công ty.",
                 [("Y Ngọc Niê", "Phó Trưởng Ban Chỉ đạo đổi mới, sắp xếp doanh nghiệp tỉnh Đắk Lắk")],
                 id="companies that are a steering body's task"),
    pytest.param("Ông Tô Văn Hưng, Trưởng Ban Chỉ đạo phối hợp với Công an huyện Yên Minh rà soát các điểm nóng.",
                 [("Tô Văn Hưng", "Trưởng Ban Chỉ đạo")], id="what a steering body does is not its task"),
    pytest.param("Ban Chỉ đạo chủ trì hội nghị tại tỉnh Sơn La. Trưởng Ban Chỉ đạo Nguyễn Văn An phát biểu.",
                 [("Nguyễn Văn An", "Trưởng Ban Chỉ đạo")], id="a verb after a steering body is not its task"),
    pytest.param("Đồng chí Y Dhăm Ênuôl, Bí thư Thành ủy Buôn Ma Thuột, trao Huy hiệu Đảng cho các đảng viên.",
                 [("Y Dhăm Ênuôl", "Bí thư Thành ủy Buôn Ma Thuột")], id="a city whose name opens with a place word"),
    pytest.param("Bí thư Tỉnh ủy Lâm Đồng Trần Đức Quận mong muốn đồng bào phát huy tinh thần đoàn kết.",
                 [("Trần Đức Quận", "Bí thư Tỉnh ủy Lâm Đồng")], id="a place word that ends a name"),
    pytest.param("Ông K'Bình, Bí thư Chi bộ thôn Đạ Nghịt, cho rằng cán bộ thôn phải đến từng nhà.",
                 [("K'Bình", "Bí thư Chi bộ thôn Đạ Nghịt")], id="a K'Ho name in one word"),
    pytest.param("Ông Y Thanh Hà Niê Kđăm, Bí thư Tỉnh ủy Đắk Lắk, đề nghị các cấp ủy quán triệt.",
                 [("Y Thanh Hà Niê Kđăm", "Bí thư Tỉnh ủy Đắk Lắk")], id="an Ê Đê name whose middle looks Kinh"),
    pytest.param("Đồng chí Ông Văn Thành, Phó Bí thư Huyện ủy Tiên Du, đã dự lễ.",
                 [("Ông Văn Thành", "Phó Bí thư Huyện ủy Tiên Du")], id="the family name Ông after an honorific"),
    pytest.param("Bà Maria van der Berg, Phó Thị trưởng thành phố Rotterdam (Hà Lan), và ông Jean-Pierre de La Fontaine, "
                 "Tổng Lãnh sự Pháp, đã thăm Củ Chi.",
                 [("Maria van der Berg", "Phó Thị trưởng thành phố Rotterdam"), ("Jean-Pierre de La Fontaine", "Tổng Lãnh sự Pháp")],
                 id="foreign names with two particles, and with a family name inside"),
    pytest.param("Đại sứ Hoa Kỳ tại Việt Nam Marc E. Knapper và Đại sứ Nhật Bản Ito Naoki dự lễ khai trương.",
                 [("Marc E. Knapper", "Đại sứ Hoa Kỳ tại Việt Nam"), ("Ito Naoki", "Đại sứ Nhật Bản")],
                 id="an initial inside a name, a country whose name holds a place word"),
    pytest.param("Đồng chí Hà Văn Thạch, TUV, Trưởng BDV Huyện ủy Quế Phong, cho biết phong trào đi vào chiều sâu.",
                 [("Hà Văn Thạch", "TUV, Trưởng BDV Huyện ủy Quế Phong")], id="posts and bodies written in initials"),
    pytest.param("Trao đổi với phóng viên, Chủ tịch UBND xã Mường Lói, huyện Điện Biên, tỉnh Điện Biên - ông Quàng Văn "
                 "Pấng - cho biết xã đã hoàn thành mục tiêu.",
                 [("Quàng Văn Pấng", "Chủ tịch UBND xã Mường Lói, huyện Điện Biên, tỉnh Điện Biên")],
                 id="where the commune lies, then the name between dashes"),
    pytest.param("Bí thư Đảng ủy phường Hoàn Kiếm, Hà Nội Lê Thị Hoa dự chương trình.",
                 [("Lê Thị Hoa", "Bí thư Đảng ủy phường Hoàn Kiếm, Hà Nội")], id="a city named alone where a ward lies"),
    pytest.param("Thứ trưởng Bộ Tài chính Ông Đức Hạnh chủ trì hội nghị tập huấn.",
                 [("Ông Đức Hạnh", "Thứ trưởng Bộ Tài chính")], id="the family name Ông right after a title"),
    pytest.param("Bà Thiên Sanh Thị Kim Thoa, Chủ tịch Hội LHPN huyện Ninh Phước, dự lễ.",
                 [("Thiên Sanh Thị Kim Thoa", "Chủ tịch Hội LHPN huyện Ninh Phước")],
                 id="a Chăm family name before Thị, another family name after it"),
    pytest.param("Bà Nguyễn Lê Thị Thanh Hà, Phó Bí thư Huyện ủy Hoài Nhơn, dự lễ.",
                 [("Nguyễn Lê Thị Thanh Hà", "Phó Bí thư Huyện ủy Hoài Nhơn")], id="two family names before Thị"),
    pytest.param("Ông Đinh Văn Hùng, Phó Chủ tịch UBND xã Sơn Kim, tỉnh Hà Tĩnh, cho biết xã đã hỗ trợ 30 hộ.",
                 [("Đinh Văn Hùng", "Phó Chủ tịch UBND xã Sơn Kim")], id="a commune said where it lies is no name"),
    pytest.param("Đại tá Ông Quốc Bảo, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Bắc Ninh, kiểm tra công tác huấn luyện.",
                 [("Ông Quốc Bảo", "Đại tá, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Bắc Ninh")],
                 id="the family name Ông after a rank"),
    pytest.param("Thủ tướng Campuchia Samdech Thipadei Hun Manet hội đàm với Thủ tướng Phạm Minh Chính.",
                 [("Hun Manet", "Thủ tướng Campuchia"), ("Phạm Minh Chính", "Thủ tướng")], id="a Cambodian style"),
    pytest.param("Thủ tướng Vương quốc Campuchia Samdech Hun Sokha thăm Việt Nam.",
                 [("Hun Sokha", "Thủ tướng Vương quốc Campuchia")], id="a Cambodian honorific"),
    pytest.param("Bộ đội giúp dân thu hoạch lúa. Ảnh: Trung tá Lê Văn Hải", [], id="a photo credit with a rank"),
    pytest.param("Ảnh: Thượng tá Nguyễn Văn Bình, Chính ủy Bộ đội Biên phòng tỉnh thăm hỏi gia đình chính sách.",
                 [("Nguyễn Văn Bình", "Thượng tá, Chính ủy Bộ đội Biên phòng tỉnh")], id="a caption's subject after Ảnh"),
    pytest.param("Dự hội nghị còn có Chánh án TAND tỉnh Quảng Văn Tài.", [("Quảng Văn Tài", "Chánh án TAND tỉnh")],
                 id="a family name the lexicon does not know, before Văn"),
    pytest.param("Phát biểu tại hội nghị, Bí thư Đảng ủy xã Mấu Thị Lan cho biết xã đã hoàn thành kế hoạch.",
                 [("Mấu Thị Lan", "Bí thư Đảng ủy xã")], id="a family name the lexicon does not know, before Thị"),
    pytest.param("Phó Chủ tịch UBND huyện Văn Chấn Hà Văn Lâm dự họp.",
                 [("Hà Văn Lâm", "Phó Chủ tịch UBND huyện Văn Chấn")], id="Văn inside the place, then the name"),
    pytest.param("Các Phó Trưởng ban Dân vận Tỉnh ủy gồm: bà Khằm Thị Kim Ngân, các ông Vi Văn Sơn và Lữ Đình Thi.",
                 [("Khằm Thị Kim Ngân", "Phó Trưởng ban Dân vận Tỉnh ủy"), ("Vi Văn Sơn", "Phó Trưởng ban Dân vận Tỉnh ủy"),
                  ("Lữ Đình Thi", "Phó Trưởng ban Dân vận Tỉnh ủy")], id="an unknown family name before Thị and a known one after"),
    pytest.param("Trưởng bản Nậm Pồ, ông Lò Văn Chiến, cho biết bản có 60 hộ.",
                 [("Lò Văn Chiến", "Trưởng bản Nậm Pồ")], id="a village no gazetteer knows, its head after a comma"),
    pytest.param("Trưởng thôn 3, xã Yên Hòa, ông Nguyễn Văn An cho biết thôn có 80 hộ.",
                 [("Nguyễn Văn An", "Trưởng thôn 3, xã Yên Hòa")], id="a numbered village, where it lies, its head"),
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
    "Hòa thượng Thạch Sok Xane, Chủ tịch Hội Đoàn kết Sư sãi yêu nước tỉnh, phát biểu.",
    "Hòa thượng Đào Như, Phó Chủ tịch Hội đồng trị sự Trung ương Giáo hội Phật giáo Việt Nam dự.",
    "Già làng A Giấc cho biết bà con rất phấn khởi.",
    "bà Nguyễn Thị Thúy Bình, Phó Tổng giám đốc Vietjet cho biết.",
    "BS Phan Thanh Tâm, Phó giám đốc Trung tâm Kiểm soát Bệnh tật thành phố cho hay.",
    "Cán bộ, công nhân Công ty Cổ phần Than Vàng Danh, Chủ tịch nước đánh giá cao.",
    "Gia Lai có 2 già làng làm Ủy viên Ủy ban Trung ương MTTQ Việt Nam khóa X.",
    "Sau khi kiểm tra chốt bản Na Mèo (xã Na Mèo, huyện Quan Sơn), Chủ tịch UBND tỉnh yêu cầu tăng cường chốt chặn.",
    "Chủ tịch UBND xã cho biết, người bị nạn là ông Nguyễn Văn Tư và bà Lê Thị Năm.",
    "Giám đốc Sở trao quà, Phó Giám đốc Sở Y tế tỉnh thăm hỏi bệnh nhân.",
    "Theo lời kể của bà Lê Thị Mận (90 tuổi, mẹ liệt sĩ), Chủ tịch UBND xã Bình Minh đã nhiều lần đến thăm.",
    "Sư cả Thạch Sông, Trụ trì chùa Khleang, cho biết bà con rất vui.",
    "Tỉnh Bắc Kạn có một người tự ứng cử là ông Hà Văn Lâm, Viện trưởng Viện Khoa học quản trị doanh nghiệp.",
    "Giám đốc Bưu điện tỉnh Hà Tĩnh Trần Văn Lực và Giám đốc Agribank chi nhánh tỉnh Lạng Sơn Lê Văn Hòa dự.",
    "Hai Phó Chủ tịch UBND xã đến thăm hai hộ nghèo là ông Lò Văn Mười và bà Lường Thị Một.",
    "Chủ tịch UBND tỉnh khen thưởng hai cá nhân xuất sắc là các ông Võ Văn Năm và Đỗ Văn Sáu.",
    "Phó Tỉnh trưởng tỉnh Hủa Phăn (Lào) tại Sầm Nưa tiếp đoàn công tác.",
])
def test_not_officials(officials, text):
    assert officials(text) == []


def test_a_word_glued_to_the_front_of_a_name_is_dropped_when_the_article_names_the_person_without_it(officials):
    text = "Ôn Lê Quốc Phong – Bí thư Tỉnh ủy gửi lời chúc mừng. Ông Lê Quốc Phong động viên các đảng viên."
    assert officials(text) == [("Lê Quốc Phong", "Bí thư Tỉnh ủy")]
    assert officials("Bí thư Tỉnh ủy Ôn Văn Thành phát biểu.") == [("Ôn Văn Thành", "Bí thư Tỉnh ủy")]
    # "anh" inside "Thanh" is no honorific
    assert officials("Tham dự có Chủ tịch Y Thanh Hà Niê Kđăm.") == [("Y Thanh Hà Niê Kđăm", "Chủ tịch")]


def test_a_title_after_a_clause_is_not_given_across_another_person(officials):
    assert ("Nguyễn Văn Tư", "Chủ tịch xã") not in officials("Ông Nguyễn Văn Tư gặp ông Lê Văn Năm, là Chủ tịch xã.")
    # the copula has a subject of its own
    assert officials("Bí thư Tỉnh ủy Nguyễn Văn An đề nghị cán bộ được bầu giữ chức Chủ tịch UBND huyện phải gương "
                     "mẫu.") == [("Nguyễn Văn An", "Bí thư Tỉnh ủy")]


@pytest.mark.parametrize("text, expected", [
    pytest.param("Giám đốc Công an tỉnh đã chỉ đạo lực lượng truy bắt. Đại úy Nguyễn Văn Bình là người trực tiếp bắt giữ.",
                 [("Nguyễn Văn Bình", "Đại úy")], id="a company officer"),
    pytest.param("Giám đốc Công an tỉnh đã chỉ đạo truy bắt. Thượng tá Lê Văn Bình, cán bộ trinh sát, cho biết thêm.",
                 [("Lê Văn Bình", "Thượng tá")], id="an officer the text describes otherwise"),
])
def test_an_unnamed_post_goes_to_no_officer_it_does_not_fit(officials, text, expected):
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Thiếu tá Trương Văn Tình phụ trách công tác vận động quần chúng Đồn Biên phòng Đăk Long kể: Chuẩn bị "
                 "cho mùa Xuân.",
                 [("Trương Văn Tình", "Thiếu tá, phụ trách công tác vận động quần chúng Đồn Biên phòng Đăk Long")],
                 id="up to the body's name"),
    pytest.param("Trung tá Dương Đình Hoàn, chỉ huy đội tuần tra phổ biến với bà con.",
                 [("Dương Đình Hoàn", "Trung tá, chỉ huy đội tuần tra")], id="over a unit, up to a speech verb"),
    pytest.param("Đại tá Nguyễn Văn Ân chỉ huy lực lượng tham gia diễn tập.", [("Nguyễn Văn Ân", "Đại tá")],
                 id="a verb's clause is no post"),
])
def test_an_officers_post_in_lower_case_after_the_name(officials, text, expected):
    assert officials(text) == expected


def test_a_post_a_pronoun_holds_is_the_person_the_sentence_before_opens_with(officials):
    assert officials("Ông Nguyễn Văn Ba sinh năm 1950 tại Nghệ An. Ông từng là Bí thư Huyện ủy Nam Đàn.") == [
        ("Nguyễn Văn Ba", "Bí thư Huyện ủy")]
    assert officials("Nhiều người dân đến dự. Ông là Chủ tịch UBND xã.") == []


def test_a_former_post_after_the_name_is_the_same_persons(officials):
    assert officials("Phó Chủ tịch UBND tỉnh, ông Nguyễn Văn An, nguyên Giám đốc Sở Y tế dự.") == [
        ("Nguyễn Văn An", "Phó Chủ tịch UBND tỉnh, nguyên Giám đốc Sở Y tế")]


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



def test_a_religious_dignitary_with_a_front_post_is_an_official(officials):
    text = "Hòa thượng Thích Minh Hiền, Trưởng Ban Trị sự GHPGVN tỉnh, Phó Chủ tịch Ủy ban MTTQ tỉnh dự."
    assert officials(text) == [("Thích Minh Hiền", "Trưởng Ban Trị sự GHPGVN tỉnh, Phó Chủ tịch Ủy ban MTTQ tỉnh")]


def test_a_state_body_named_after_the_trade_it_oversees_is_still_the_states(officials):
    assert officials("Cục trưởng Cục Bưu điện Trung ương Lê Văn Tuấn và Giám đốc Bưu điện tỉnh Trần Văn Lâm dự.") == [
        ("Lê Văn Tuấn", "Cục trưởng Cục Bưu điện Trung ương")]


def test_a_plural_title_after_the_honorific_gives_the_post_to_every_name_listed(officials):
    text = "Dự hội nghị có các đồng chí Phó Chủ tịch UBND tỉnh Lạng Sơn: Hoàng Văn Nam, Lương Trọng Quỳnh và Đoàn Thu Hà."
    assert officials(text) == [(name, "Phó Chủ tịch UBND tỉnh Lạng Sơn")
                               for name in ("Hoàng Văn Nam", "Lương Trọng Quỳnh", "Đoàn Thu Hà")]


@pytest.mark.parametrize("text, expected", [
    pytest.param("Đoàn dâng hoa tại Tượng đài Đại tướng Võ Nguyên Giáp và vào Lăng Chủ tịch Hồ Chí Minh.", [],
                 id="a monument and a mausoleum"),
    pytest.param("Nhà ông ở đường Thiếu tướng Nguyễn Văn Đức, gần đại lộ Chủ tịch Tôn Đức Thắng.", [],
                 id="a street and an avenue"),
    pytest.param("Đoàn vào Lăng viếng Chủ tịch Hồ Chí Minh.", [("Hồ Chí Minh", "Chủ tịch")],
                 id="the person visited is named"),
])
def test_a_place_named_after_a_person_names_no_official(officials, text, expected):
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Thiếu tá Lò Văn Hùng, Chính trị viên Đồn Biên phòng A Pa Chải cho biết đơn vị đã giúp dân.",
                 [("Lò Văn Hùng", "Thiếu tá, Chính trị viên Đồn Biên phòng A Pa Chải")],
                 id="the post's place after the holder's name"),
    pytest.param("Đồn trưởng Đồn Biên phòng A Pa Chải Trung tá Nguyễn Văn Tâm phát biểu.",
                 [("Nguyễn Văn Tâm", "Trung tá, Đồn trưởng Đồn Biên phòng A Pa Chải")],
                 id="the post's place, then the holder's rank and name"),
    pytest.param("Giám đốc Công an tỉnh Thanh Hóa Đại tá Trần Phú Hà cho biết.",
                 [("Trần Phú Hà", "Đại tá, Giám đốc Công an tỉnh Thanh Hóa")],
                 id="a province, then the holder's rank"),
])
def test_a_border_post_is_named_by_its_place_not_by_a_person(officials, text, expected):
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Ông Trần Văn Bình tái đắc cử Chủ tịch Hội Nông dân tỉnh Thái Bình nhiệm kỳ 2023-2028.",
                 [("Trần Văn Bình", "Chủ tịch Hội Nông dân tỉnh Thái Bình")], id="re-elected"),
    pytest.param("Chúc mừng ông Nguyễn Phú Trọng được bầu lại làm Tổng Bí thư Ban Chấp hành Trung ương.",
                 [("Nguyễn Phú Trọng", "Tổng Bí thư Ban Chấp hành Trung ương")], id="elected again"),
])
def test_a_post_taken_by_election_after_the_name(officials, text, expected):
    assert officials(text) == expected


def test_posts_of_hamlets_and_local_military_commands(officials):
    text = ("Trưởng khu Lê Văn Tám, Xóm trưởng Hà Văn Sáu và Trưởng bon Điểu Mai cùng dự họp với Chính trị viên "
            "Tỉnh đội Trần Minh Hoàng.")
    assert officials(text) == [("Lê Văn Tám", "Trưởng khu"), ("Hà Văn Sáu", "Xóm trưởng"), ("Điểu Mai", "Trưởng bon"),
                               ("Trần Minh Hoàng", "Chính trị viên Tỉnh đội")]


def test_a_foreign_name_with_an_initial_after_a_foreign_title(officials):
    assert officials("Đại sứ Mỹ Heather A. Variava thăm tỉnh.") == [("Heather A. Variava", "Đại sứ Mỹ")]


@pytest.mark.parametrize("text, expected", [
    pytest.param("Công ty TNHH Minh Phát do ông Lê Văn Tùng làm Giám đốc đã ủng hộ 100 triệu đồng.", [],
                 id="a company's director"),
    pytest.param("Giai đoạn ông Nguyễn Quang Hòa làm giám đốc bệnh viện, nhiều thiết bị được mua.", [],
                 id="a hospital's director"),
    pytest.param("Ông Lê Văn Tùng, Giám đốc Sở Nội vụ tỉnh Bình Định cho biết.",
                 [("Lê Văn Tùng", "Giám đốc Sở Nội vụ tỉnh Bình Định")], id="a department's director"),
])
def test_a_director_is_an_official_only_of_a_body_of_the_state(officials, text, expected):
    assert officials(text) == expected


def test_a_foreign_place_after_its_administrative_noun_then_the_leaders_name(officials):
    assert officials("Tỉnh trưởng tỉnh Champasak Vilay Sihaphom và Thị trưởng thành phố Paris Anne Hidalgo dự.") == [
        ("Vilay Sihaphom", "Tỉnh trưởng tỉnh Champasak"), ("Anne Hidalgo", "Thị trưởng thành phố Paris")]


@pytest.mark.parametrize("text, expected", [
    pytest.param("Đồng chí Nguyễn Thị Hà, Phó Chủ tịch UBND tỉnh cùng đồng chí Lê Văn Quang, Giám đốc Sở Y tế tỉnh "
                 "Bắc Kạn thăm bệnh nhân.",
                 [("Nguyễn Thị Hà", "Phó Chủ tịch UBND tỉnh"), ("Lê Văn Quang", "Giám đốc Sở Y tế tỉnh Bắc Kạn")],
                 id="name, title, cùng, name, title"),
    pytest.param("Đồng chí Nguyễn Văn Tiến, Bí thư Huyện ủy cùng Chủ tịch UBND huyện Trần Văn Hải trồng cây.",
                 [("Nguyễn Văn Tiến", "Bí thư Huyện ủy"), ("Trần Văn Hải", "Chủ tịch UBND huyện")],
                 id="name, title, cùng, title, name"),
])
def test_cung_joins_two_officials_and_ends_the_first_title(officials, text, expected):
    assert officials(text) == expected


def test_a_khmer_given_name_in_plain_letters_is_not_cut_as_if_a_word_were_glued_on(officials):
    text = "Ông Sơn Sokhom, Chủ tịch UBND xã Lai Hòa và ông Danh Sophon, Bí thư Đảng ủy xã cùng dự."
    assert [name for name, _ in officials(text)] == ["Sơn Sokhom", "Danh Sophon"]


def test_the_family_name_doan_after_a_bare_tinh_is_no_youth_union(officials):
    assert officials("Chủ tịch UBND tỉnh Đoàn Văn Việt chủ trì; Bí thư Tỉnh Đoàn Nguyễn Văn An dự.") == [
        ("Đoàn Văn Việt", "Chủ tịch UBND tỉnh"), ("Nguyễn Văn An", "Bí thư Tỉnh Đoàn")]


def test_a_verb_after_a_body_is_not_part_of_its_name(officials):
    text = "Thiếu tướng Trần Hồng Quân, Phó Tư lệnh Bộ đội Biên phòng kiểm tra công tác sẵn sàng chiến đấu."
    assert officials(text) == [("Trần Hồng Quân", "Thiếu tướng, Phó Tư lệnh Bộ đội Biên phòng")]


@pytest.mark.parametrize("text, expected", [
    pytest.param("Ông Choi Young-sam, Đại sứ Hàn Quốc tại Việt Nam, cho biết hai nước hợp tác tốt.",
                 [("Choi Young-sam", "Đại sứ Hàn Quốc tại Việt Nam")], id="a Korean name before its title"),
    pytest.param("Bộ trưởng Ngoại giao Trung Quốc Vương Nghị cho biết hai bên nhất trí.",
                 [("Vương Nghị", "Bộ trưởng Ngoại giao Trung Quốc")], id="no Quốc vương across a country's name"),
])
def test_foreign_names_of_east_asia(officials, text, expected):
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Hội Nông dân huyện Krông Pắc do ông Y Bhiăp Mlô làm Chủ tịch đã hỗ trợ hội viên.",
                 [("Y Bhiăp Mlô", "Chủ tịch Hội Nông dân huyện Krông Pắc")], id="the body before do"),
    pytest.param("Công ty TNHH Minh Phát do ông Lê Văn Tùng làm Chủ tịch đã ủng hộ 100 triệu đồng.", [],
                 id="a company before do"),
    pytest.param("Ông Phan Văn Hùng, Chủ tịch, Giám đốc Công ty TNHH MTV Thủy lợi Nam Hà Tĩnh cho biết.", [],
                 id="a bare post that shares a company"),
])
def test_the_body_a_bare_post_heads(officials, text, expected):
    assert officials(text) == expected


@pytest.mark.parametrize("text, names", [
    pytest.param("Ông Lê Văn Đạo và ông Nguyễn Văn Thái, hai Phó Chủ tịch UBND huyện Hậu Lộc, cùng trao quà.",
                 ["Lê Văn Đạo", "Nguyễn Văn Thái"], id="names, then a plural title"),
    pytest.param("Các đồng chí Bí thư Huyện ủy Nguyễn Văn Đức (Thạch Hà), Trần Văn Lâm (Can Lộc) và Lê Thị Mai "
                 "(Nghi Xuân) dự.", ["Nguyễn Văn Đức", "Trần Văn Lâm", "Lê Thị Mai"], id="each name with its place"),
    pytest.param("Tại phiên thảo luận của Quốc hội, đại biểu Thạch Phước Bình (Trà Vinh) phát biểu.", ["Thạch Phước Bình"],
                 id="a deputy by the province that elected him"),
])
def test_more_forms_of_several_officials_and_of_deputies(officials, text, names):
    assert [name for name, _ in officials(text)] == names


@pytest.mark.parametrize("text, expected", [
    pytest.param("Thị trưởng Paris Anne Hidalgo và Tỉnh trưởng Kampot Mao Thonin dự lễ.",
                 [("Anne Hidalgo", "Thị trưởng Paris"), ("Mao Thonin", "Tỉnh trưởng Kampot")], id="a city, a province"),
    pytest.param("Tổng Lãnh sự Việt Nam tại Luang Prabang Đinh Xuân Thảo phát biểu.",
                 [("Đinh Xuân Thảo", "Tổng Lãnh sự Việt Nam tại Luang Prabang")], id="posted in a foreign city"),
])
def test_a_foreign_place_the_lexicon_knows_is_no_part_of_the_name(officials, text, expected):
    assert officials(text) == expected


def test_a_full_name_found_again_gives_one_mention_not_a_short_form_too(analysed):
    text = ("Bộ trưởng Ngoại giao UAE Khalid bin Saeed al-Mansouri hội đàm. Ông Khalid bin Saeed al-Mansouri cho biết "
            "hai nước hợp tác tốt.")
    sentences, tokens = analysed(text)
    again = [o for o in extract_officials(text, sentences, tokens) if not o.title]
    assert [(o.mention, o.start is not None) for o in again] == [("Khalid bin Saeed al-Mansouri", True)]


def test_foreign_parliamentary_and_senior_posts(officials):
    text = "Bộ trưởng Cấp cao Singapore Lý Hiển Long và Thượng nghị sĩ Mỹ Tammy Duckworth thăm Việt Nam."
    assert officials(text) == [("Lý Hiển Long", "Bộ trưởng Cấp cao Singapore"), ("Tammy Duckworth", "Thượng nghị sĩ Mỹ")]


@pytest.mark.parametrize("text, expected", [
    pytest.param("Ông Trần Văn Bình yêu cầu Giám đốc Sở Xây dựng Nguyễn Văn Giao khẩn trương hoàn thành.",
                 [("Nguyễn Văn Giao", "Giám đốc Sở Xây dựng")], id="cầu of yêu cầu names no bridge"),
    pytest.param("Tại đường Nguyễn Du, Phó Chủ tịch UBND phường Bến Thủy Lê Văn Tám kiểm tra.",
                 [("Lê Văn Tám", "Phó Chủ tịch UBND phường Bến Thủy")], id="a street's name before a comma"),
    pytest.param("Chủ tịch UBND huyện Phan Văn Cường chủ trì; Bí thư Đảng ủy xã Hồ Văn Minh dự.",
                 [("Phan Văn Cường", "Chủ tịch UBND huyện"), ("Hồ Văn Minh", "Bí thư Đảng ủy xã")],
                 id="a family name that is also a commune's"),
    pytest.param("Hợp tác xã Nông nghiệp Tân Phú do ông Lê Văn An làm Chủ tịch đã hỗ trợ xã viên.", [],
                 id="a cooperative before do"),
])
def test_rules_of_this_round_where_they_must_not_fire(officials, text, expected):
    assert officials(text) == expected


def test_a_congress_delegate_by_province_is_no_deputy(officials):
    assert officials("Tại Đại hội Đoàn toàn quốc, đại biểu Nguyễn Thị Ánh (Hà Giang) chia sẻ kinh nghiệm.") == []


@pytest.mark.parametrize("text, expected", [
    pytest.param("Sở Y tế tỉnh Nghệ An tổ chức hội nghị tổng kết. Phát biểu tại hội nghị, Giám đốc Nguyễn Văn Công cho "
                 "biết ngành đã hoàn thành kế hoạch.", [("Nguyễn Văn Công", "Giám đốc")], id="a department named before"),
    pytest.param("Bệnh viện Đa khoa tỉnh tổ chức hội nghị. Giám đốc Nguyễn Văn Công cho biết bệnh viện đã hoàn thành "
                 "kế hoạch.", [], id="a hospital named before"),
])
def test_a_bare_director_heads_the_body_the_text_named_last(officials, text, expected):
    assert officials(text) == expected


def test_a_former_post_held_over_the_years_then_the_list(officials):
    text = ("Dự buổi gặp mặt có các đồng chí nguyên Bí thư Tỉnh ủy qua các thời kỳ: Nguyễn Văn An, Trần Văn Bình và "
            "Lê Văn Cường.")
    assert officials(text) == [(name, "nguyên Bí thư Tỉnh ủy") for name in ("Nguyễn Văn An", "Trần Văn Bình", "Lê Văn Cường")]


def test_an_overseas_vietnamese_association_is_no_office(officials):
    assert officials("Chủ tịch Hội người Việt Nam tại Paris Nguyễn Văn Bình tặng quà cho học sinh.") == []


@pytest.mark.parametrize("text, expected", [
    pytest.param("Bà Lê Thị Ngọc, Trưởng phòng Kinh tế, Hạ tầng và Đô thị thị xã Hương Trà, phát biểu tại hội nghị.",
                 [("Lê Thị Ngọc", "Trưởng phòng Kinh tế, Hạ tầng và Đô thị thị xã Hương Trà")],
                 id="a commune's or town's office that lists its fields"),
    pytest.param("Phó Giám đốc Sở Nông nghiệp, Tài nguyên và Môi trường tỉnh Hòa Bình Đinh Văn Khải kiểm tra đê.",
                 [("Đinh Văn Khải", "Phó Giám đốc Sở Nông nghiệp, Tài nguyên và Môi trường tỉnh Hòa Bình")],
                 id="fields no lexicon lists, the last after 'và'"),
    pytest.param("Ông Trần Quốc Việt, Cục trưởng Cục Quản lý khám, chữa bệnh (Bộ Y tế) cho rằng các bệnh viện phải "
                 "giảm quá tải.", [("Trần Quốc Việt", "Cục trưởng Cục Quản lý khám, chữa bệnh")],
                 id="a ministry's department whose name has a comma and lower-case words"),
    pytest.param("Thiếu tướng Lê Minh Hòa, Cục trưởng Cục Cảnh sát điều tra tội phạm về ma túy, dự hội nghị tại Sơn La.",
                 [("Lê Minh Hòa", "Thiếu tướng, Cục trưởng Cục Cảnh sát điều tra tội phạm về ma túy")],
                 id="a police department named by the crimes it investigates"),
    pytest.param("Ông Hoàng Văn Thái, Giám đốc Sở Y tế, Nguyễn Văn Lực và Lê Văn Minh cùng dự.",
                 [("Hoàng Văn Thái", "Giám đốc Sở Y tế")], id="names after a comma are no fields"),
])
def test_a_body_whose_name_has_a_comma_is_one_body(officials, text, expected):
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Chánh án Tòa án nhân dân khu vực 4 - Đắk Lắk Trương Thị Hiền chủ trì phiên tòa lưu động.",
                 [("Trương Thị Hiền", "Chánh án Tòa án nhân dân khu vực 4 - Đắk Lắk")], id="a regional court, title first"),
    pytest.param("Ông Bùi Quang Dũng, Viện trưởng Viện KSND khu vực 6 - Nghệ An, cho biết vụ án đã được khởi tố.",
                 [("Bùi Quang Dũng", "Viện trưởng Viện KSND khu vực 6 - Nghệ An")], id="a regional procuracy, name first"),
    pytest.param("Bà Mai Thị Lụa, Trưởng Thuế cơ sở 2 tỉnh Thanh Hóa, cho biết số thu tăng; Phó Trưởng Thuế tỉnh "
                 "Thanh Hóa Lê Văn Tùng dự.", [("Mai Thị Lụa", "Trưởng Thuế cơ sở 2 tỉnh Thanh Hóa"),
                                                ("Lê Văn Tùng", "Phó Trưởng Thuế tỉnh Thanh Hóa")],
                 id="the tax offices of 2025"),
])
def test_regional_courts_and_tax_offices(officials, text, expected):
    assert officials(text) == expected


def test_a_village_word_that_starts_a_clause_is_no_part_of_the_title(officials):
    text = "Ông Lò Văn Sinh, Chủ tịch Hội Nông dân xã ấp ủ dự định mở rộng mô hình nuôi cá lồng."
    assert officials(text) == [("Lò Văn Sinh", "Chủ tịch Hội Nông dân xã")]
    # a village's word that ends the title before the verb is the village's
    assert officials("Ông Lò Văn Sinh, Bí thư Chi bộ thôn cho biết cả thôn đã góp đất làm đường.") == [
        ("Lò Văn Sinh", "Bí thư Chi bộ thôn")]


@pytest.mark.parametrize("text, expected", [
    pytest.param("Ông Đào Văn Lực, nguyên là Chủ tịch UBND xã Phú Lễ, huyện Ba Tri kể lại những ngày đầu xây dựng "
                 "nông thôn mới.", [("Đào Văn Lực", "nguyên là Chủ tịch UBND xã Phú Lễ")],
                 id="'nguyên là' keeps the former mark and the commune's name"),
    pytest.param("Bà Võ Thị Hằng, nguyên Phó Bí thư Huyện ủy Mỏ Cày Nam, nay là Phó Chủ tịch UBND xã Đông Hải cho biết "
                 "thêm.", [("Võ Thị Hằng", "nguyên Phó Bí thư Huyện ủy Mỏ Cày Nam, Phó Chủ tịch UBND xã Đông Hải")],
                 id="'nay là' keeps the commune's name"),
    pytest.param("Ông Lê Minh Khải, từng là Bí thư Huyện ủy Tân Biên, chia sẻ về phong trào.",
                 [("Lê Minh Khải", "Bí thư Huyện ủy Tân Biên")], id="a district committee's place after 'từng là'"),
])
def test_a_post_after_a_copula_keeps_its_place(officials, text, expected):
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Phó Chủ tịch UBND tỉnh Quảng Nam A Vương kiểm tra công trình.",
                 [("A Vương", "Phó Chủ tịch UBND tỉnh Quảng Nam")], id="a name that is also a commune's, after a province"),
    pytest.param("Dự có các Phó Chủ tịch UBND huyện Krông Pa (ông Rơ Lan Thơ, bà Ksor H'Bin).",
                 [("Rơ Lan Thơ", "Phó Chủ tịch UBND huyện Krông Pa"), ("Ksor H'Bin", "Phó Chủ tịch UBND huyện Krông Pa")],
                 id="a bracket of names after the district's name"),
])
def test_names_after_a_place(officials, text, expected):
    assert officials(text) == expected


def test_the_industrial_zones_a_union_is_of(officials):
    text = "Ông Lưu Văn Toàn, Chủ tịch Công đoàn các Khu công nghiệp tỉnh Bình Dương trao 300 suất quà cho công nhân."
    assert officials(text) == [("Lưu Văn Toàn", "Chủ tịch Công đoàn các Khu công nghiệp tỉnh Bình Dương")]


@pytest.mark.parametrize("text, expected", [
    pytest.param("Cục trưởng Cục Cảnh sát giao thông Thiếu tướng Đỗ Văn Hùng kiểm tra trạm.",
                 [("Đỗ Văn Hùng", "Thiếu tướng, Cục trưởng Cục Cảnh sát giao thông")], id="after a body named whole"),
    pytest.param("Tư lệnh Quân khu 5 Trung tướng Hồ Văn Kiên thăm đơn vị.",
                 [("Hồ Văn Kiên", "Trung tướng, Tư lệnh Quân khu 5")], id="after a unit's number"),
])
def test_a_rank_after_a_body_opens_its_holder_s_name(officials, text, expected):
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Chuẩn đô đốc Nguyễn Văn Hải, Chính ủy Vùng 4 Hải quân phát biểu tại buổi lễ.",
                 [("Nguyễn Văn Hải", "Chuẩn đô đốc, Chính ủy Vùng 4 Hải quân")], id="a naval region's number inside"),
    pytest.param("Thiếu tướng Lê Văn Minh, Tư lệnh Vùng Cảnh sát biển 2 cho biết lực lượng đã sẵn sàng.",
                 [("Lê Văn Minh", "Thiếu tướng, Tư lệnh Vùng Cảnh sát biển 2")], id="a coast guard region's number after"),
])
def test_a_numbered_command_region_stays_in_the_title(officials, text, expected):
    assert officials(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("Ông Lò Văn Sơn, Trưởng Ban quản lý dự án đầu tư xây dựng huyện Mường La cho biết, công trình sẽ "
                 "xong trong tháng 12.",
                 [("Lò Văn Sơn", "Trưởng Ban quản lý dự án đầu tư xây dựng huyện Mường La")], id="up to its place"),
    pytest.param("Ông Lê Văn Sang, Tổ trưởng Tổ công tác đặc biệt của UBND tỉnh Quảng Trị cho biết, tổ đã kiểm tra "
                 "20 dự án.", [("Lê Văn Sang", "Tổ trưởng Tổ công tác đặc biệt của UBND tỉnh Quảng Trị")],
                 id="up to the body it belongs to"),
    pytest.param("Ông Phạm Văn Dũng, Đội trưởng Đội quản lý thị trường số 5 cho biết, đơn vị đã xử lý 12 vụ vi phạm.",
                 [("Phạm Văn Dũng", "Đội trưởng Đội quản lý thị trường số 5")], id="up to the holder's speech verb"),
    pytest.param("Ông Nguyễn Văn Bình, Chủ tịch Ủy ban bầu cử tỉnh cho biết, công tác chuẩn bị đã hoàn tất.",
                 [("Nguyễn Văn Bình", "Chủ tịch Ủy ban bầu cử tỉnh")], id="an election committee"),
    pytest.param("Ông Hà Văn Tuấn, Chánh Văn phòng điều phối nông thôn mới tỉnh Hòa Bình cho biết, tỉnh có 80 xã đạt "
                 "chuẩn.", [("Hà Văn Tuấn", "Chánh Văn phòng điều phối nông thôn mới tỉnh Hòa Bình")],
                 id="a coordination office"),
])
def test_a_body_named_by_its_task_in_lower_case_keeps_its_whole_name(officials, text, expected):
    assert officials(text) == expected


def test_a_region_numbered_in_roman_numerals_stays_in_the_title(officials):
    assert officials("Ông Hà Văn Quyết, Giám đốc Kho bạc Nhà nước khu vực VII cho biết giải ngân đạt 60%.") == [
        ("Hà Văn Quyết", "Giám đốc Kho bạc Nhà nước khu vực VII")]


def test_a_body_named_for_what_it_prevents_and_combats_is_one_name(officials):
    assert officials("Ông Hà Quang Vinh, Trưởng phòng Phòng, chống tệ nạn xã hội Sở LĐ-TB&XH tỉnh cho biết số người "
                     "nghiện giảm.") == [("Hà Quang Vinh", "Trưởng phòng Phòng, chống tệ nạn xã hội Sở LĐ-TB&XH tỉnh")]
    assert officials("Phó Chủ tịch UBND thành phố, Trưởng Ban chỉ đạo Phòng chống thiên tai của Đà Nẵng Lê Quang Nam "
                     "kiểm tra đê.") == [
        ("Lê Quang Nam", "Phó Chủ tịch UBND thành phố, Trưởng Ban chỉ đạo Phòng chống thiên tai của Đà Nẵng")]
    assert officials("Bà Vi Thị Lan, Trưởng phòng Phòng, chống tệ nạn xã hội, Sở Lao động - Thương binh và Xã hội "
                     "tỉnh dự họp.") == [("Vi Thị Lan", "Trưởng phòng Phòng, chống tệ nạn xã hội, Sở Lao động - Thương binh "
                                           "và Xã hội tỉnh")]


def test_heads_of_artists_and_writers_associations_are_not_officials(officials):
    assert officials("Họa sĩ Đặng Văn Khoa, Chủ tịch Hội Mỹ thuật tỉnh khai mạc triển lãm. Nhà thơ Trần Hữu Lộc, "
                     "nguyên Chủ tịch Hội Liên hiệp Văn học Nghệ thuật tỉnh đọc thơ.") == []


def test_heads_of_sports_federations_are_not_officials_and_rarer_family_names_hold(officials):
    assert officials("Chủ tịch VFF Trần Quốc Tuấn cho biết đội tuyển tập trung từ ngày 10/3. Phó Chủ tịch LĐBĐ Việt Nam "
                     "Nguyễn Văn Phú dự lễ bốc thăm.") == []
    assert officials("Ông Vòng A Sáng, Chủ tịch UBND xã Quảng Long cho biết xã đã hoàn thành chỉ tiêu.") == [
        ("Vòng A Sáng", "Chủ tịch UBND xã Quảng Long")]


def test_a_bare_post_and_its_verb_after_a_titled_name_is_the_next_clause(officials):
    found = officials("Tiếp Ngoại trưởng Ai Cập Sameh Shoukry, Phó Thủ tướng đề nghị hai bên tăng cường hợp tác.")
    assert found == [("Sameh Shoukry", "Ngoại trưởng Ai Cập")]


def test_what_the_holder_does_is_no_part_of_a_body_the_tokenizer_glued_it_to(officials):
    found = officials("Bà Amina Mohammed, Phó Tổng Thư ký Liên hợp quốc thăm Việt Nam từ ngày 5 đến 7/3.")
    assert found == [("Amina Mohammed", "Phó Tổng Thư ký Liên hợp quốc")]


def test_an_ambassador_accredited_to_several_countries_keeps_them_all(officials):
    assert officials("Đại sứ Việt Nam tại Ấn Độ kiêm nhiệm Nepal và Bhutan Lê Quang Hòa trình quốc thư.") == [
        ("Lê Quang Hòa", "Đại sứ Việt Nam tại Ấn Độ kiêm nhiệm Nepal và Bhutan")]


def test_a_khmer_given_name_ending_in_two_plain_letters_is_whole(officials):
    assert officials("Ông Thạch Văn Phươne, Phó Chủ tịch UBND xã Lai Hòa thăm hộ nghèo.") == [
        ("Thạch Văn Phươne", "Phó Chủ tịch UBND xã Lai Hòa")]


def test_a_name_whose_last_word_is_also_a_verb_is_whole(officials):
    assert officials("Phó Bí thư Huyện ủy Sìn Hồ Hà Văn Thăm dự họp.") == [("Hà Văn Thăm", "Phó Bí thư Huyện ủy Sìn Hồ")]


def test_a_post_said_of_a_given_name_goes_to_the_one_person_named_in_full_before(officials):
    assert officials("Ông Đinh Tiến Dũng cho biết, thành phố đã có 30 điểm tiêm. Ông Dũng là Bí thư Thành ủy Hà Nội.") == [
        ("Đinh Tiến Dũng", "Bí thư Thành ủy Hà Nội")]
    assert officials("Anh Lò Văn Sơn chia sẻ về mô hình. Anh Sơn là Bí thư Đoàn xã Chiềng Cọ.") == [
        ("Lò Văn Sơn", "Bí thư Đoàn xã")]
    # two people share the given name, or the given name is said to be no official
    assert officials("Ông Nguyễn Văn Nam và ông Trần Văn Nam cùng dự. Ông Nam là Chủ tịch UBND xã.") == []
    assert officials("Ông Hoàng Văn Tú kể lại câu chuyện. Ông Tú là nông dân sản xuất giỏi.") == []


def test_a_given_name_after_an_honorific_is_the_person_named_in_full_before(analysed):
    text = "Bà Lê Thị Thu Hà phát biểu tại buổi lễ. Bà Thu Hà hiện là Phó Chủ tịch Hội LHPN tỉnh Nghệ An."
    sentences, tokens = analysed(text)
    found = [(o.name, o.title, o.mention) for o in extract_officials(text, sentences, tokens)]
    assert found == [("Lê Thị Thu Hà", "", "Lê Thị Thu Hà"), ("Lê Thị Thu Hà", "Phó Chủ tịch Hội LHPN tỉnh Nghệ An", "Thu Hà")]


def test_a_units_number_after_its_body_is_part_of_the_title(officials):
    assert officials("Tổ trưởng tổ dân phố số 3 Nguyễn Thị Bích cho biết bà con rất đồng tình.") == [
        ("Nguyễn Thị Bích", "Tổ trưởng tổ dân phố số 3")]
    assert officials("Đội trưởng Đội Quản lý thị trường số 5 Trần Văn Nam kiểm tra cửa hàng.") == [
        ("Trần Văn Nam", "Đội trưởng Đội Quản lý thị trường số 5")]
    assert officials("Ông Lê Quốc Toản, Đội trưởng Đội Cảnh sát giao thông số 2, kiểm tra phương tiện.") == [
        ("Lê Quốc Toản", "Đội trưởng Đội Cảnh sát giao thông số 2")]


def test_a_post_after_and_is_the_next_persons_not_a_body_of_the_first(officials):
    assert officials("Lễ ký có sự chứng kiến của Thủ tướng Đức và Bộ trưởng Quốc phòng Ursula von der Leyen.") == [
        ("Ursula von der Leyen", "Bộ trưởng Quốc phòng")]
    # words of one body's name still join after "và"
    assert officials("Giám đốc Sở Văn hóa và Du lịch Nguyễn Văn Sơn phát biểu.") == [
        ("Nguyễn Văn Sơn", "Giám đốc Sở Văn hóa và Du lịch")]


def test_a_body_named_by_what_it_fights_goes_on_to_its_parent_after_a_comma(officials):
    assert officials("Ông Trần Văn An, Trưởng phòng Phòng, chống tệ nạn xã hội, Sở LĐ-TB&XH tỉnh Thanh Hóa cho biết.") == [
        ("Trần Văn An", "Trưởng phòng Phòng, chống tệ nạn xã hội, Sở LĐ-TB&XH tỉnh Thanh Hóa")]


def test_the_country_after_the_holders_name_is_the_titles(officials):
    assert officials("Cố Thủ tướng Lý Quang Diệu của Singapore từng ước mơ điều đó.") == [
        ("Lý Quang Diệu", "Thủ tướng của Singapore")]
    assert officials("Thủ tướng Phạm Minh Chính của Việt Nam hội đàm với đối tác.") == [("Phạm Minh Chính", "Thủ tướng")]


def test_a_deputy_whose_first_post_is_no_office_is_the_one_named_before_it(officials):
    assert officials("Theo ông Nguyễn Quang Tuấn - Giám đốc bệnh viện Bạch Mai, đại biểu Quốc hội khóa XIV, bệnh viện "
                     "đã sẵn sàng.") == [("Nguyễn Quang Tuấn", "đại biểu Quốc hội khóa XIV")]


@pytest.mark.parametrize("text, expected", [
    ("Phó Bí thư Huyện ủy Đăk Glei Y Thị Hoa cho biết.", ("Y Thị Hoa", "Phó Bí thư Huyện ủy Đăk Glei")),
    ("Trưởng Ban Dân vận Huyện ủy Đam Rông Kơ Să Ha Thoa chủ trì hội nghị.",
     ("Kơ Să Ha Thoa", "Trưởng Ban Dân vận Huyện ủy Đam Rông")),
    ("Chủ tịch UBND xã Lộc Bắc K'Nhiếu trao quà cho bà con.", ("K'Nhiếu", "Chủ tịch UBND xã Lộc Bắc")),
    ("Ông Lương Văn Đoàn, CT UBND xã Xuân Lộc cho biết.", ("Lương Văn Đoàn", "CT UBND xã Xuân Lộc")),
])
def test_a_units_committee_names_its_place_before_the_holder(officials, text, expected):
    assert officials(text) == [expected]


def test_a_name_between_an_honorific_and_a_post_with_no_mark_between(officials):
    assert officials("Ông Nguyễn Văn An Chủ tịch UBND xã Tân Hòa cho biết, xã đã làm 5 km đường.") == [
        ("Nguyễn Văn An", "Chủ tịch UBND xã Tân Hòa")]
    assert officials("Đến dự có Ngài Phạm Văn Thành UV.BCH TW Đảng, Bí thư Tỉnh ủy Tây Ninh.") == [
        ("Phạm Văn Thành", "UV.BCH TW Đảng, Bí thư Tỉnh ủy Tây Ninh")]
    # no honorific: the words before the post are not taken for a name
    assert officials("Hội nghị Dân vận Khéo Chủ tịch UBND xã chủ trì.") == []


def test_an_adverb_before_a_copula_leaves_the_name_before_it(officials):
    assert officials("Ông Đinh Văn Lâm vừa được bầu làm Chủ tịch HĐND xã Yên Lạc.") == [
        ("Đinh Văn Lâm", "Chủ tịch HĐND xã Yên Lạc")]
    assert officials("Bà Lê Thị Hà hiện đang giữ chức Phó Chủ tịch UBND huyện.") == [
        ("Lê Thị Hà", "Phó Chủ tịch UBND huyện")]


def test_a_name_after_the_post_is_its_holders_even_after_an_honoured_name(officials):
    assert officials("Đoàn đến thăm hỏi ông Nguyễn Văn Tám Chủ tịch UBND huyện Lê Văn Chín trao quà cho bà con.") == [
        ("Lê Văn Chín", "Chủ tịch UBND huyện")]
    # a post someone will be put up for is not held
    assert officials("Dự kiến ông Trần Văn Nam sẽ được giới thiệu làm Bí thư Tỉnh ủy Quảng Ngãi.") == []


def test_lao_names_as_vietnamese_spells_them_keep_their_parts_in_lower_case(officials):
    assert officials("Ông Khăm-pheng Xay-xổm-phon, Tỉnh trưởng tỉnh Luông Pha-bang, cho biết hai bên đã ký kết.") == [
        ("Khăm-pheng Xay-xổm-phon", "Tỉnh trưởng tỉnh Luông Pha-bang")]
    assert officials("Tiếp đoàn có Phó Thủ tướng Lào Sâm Sô-phen.") == [("Sâm Sô-phen", "Phó Thủ tướng Lào")]
    # a hyphen written for a dash before a speech verb glues no word to the name or the place
    assert officials("Thiếu tá Nguyễn Văn Quang, Chính trị viên Đồn Biên phòng Ia Lốp-cho biết: bà con đã về.") == [
        ("Nguyễn Văn Quang", "Thiếu tá, Chính trị viên Đồn Biên phòng Ia Lốp")]
