from pipeline.people import PeopleIndex
from pipeline.runner import process_text
from pipeline.tables import document_tables


def _add(index: PeopleIndex, doc_id: str, text: str) -> None:
    rows = document_tables(process_text(doc_id, f"{doc_id}.txt", text))
    index.add_document(rows["documents"][0], rows["officials"], rows["dates"], rows["statements"])


def test_a_career_across_articles_and_namesakes_in_two_provinces():
    index = PeopleIndex()
    _add(index, "a", "Tiêu đề\n\nNgày 28/12/2023, Bí thư Tỉnh ủy Quảng Nam Nguyễn Văn Bình nhấn mạnh, các cấp ủy phải "
                     "đổi mới công tác dân vận trong năm 2024.")
    _add(index, "b", "Tiêu đề\n\nNgày 5/3/2025, Thứ trưởng Bộ Nội vụ Nguyễn Văn Bình cho biết, Bộ đang hoàn thiện đề án "
                     "sắp xếp bộ máy.")
    _add(index, "c", "Tiêu đề\n\nNgày 6/3/2025, Chủ tịch UBND xã Ea Tu Nguyễn Văn Bình (tỉnh Đắk Lắk) dự lễ ra quân.")
    people = {p["person_id"]: p for p in index.rows()}
    minister = next(p for p in people.values() if "Thứ trưởng" in p["titles"])
    assert minister["n_documents"] == 2 and minister["n_statements"] == 2
    assert minister["offices"] == "province Quảng Nam 2023-12-28..2023-12-28 | central 2025-03-05..2025-03-05"
    assert len(people) == 2  # the commune chairman in Đắk Lắk is another man
    offices = [(o["name"], o["level"], o["office_province"]) for o in index.office_rows()]
    assert ("Nguyễn Văn Bình", "central", "") in offices and ("Nguyễn Văn Bình", "commune", "Đắk Lắk") in offices
