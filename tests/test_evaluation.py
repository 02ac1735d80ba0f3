import json

from pipeline import storage
from pipeline.evaluation import evaluate
from pipeline.tables import COLUMNS, TYPES


def write_run(out, documents, **tables):
    with storage.TableSink(out, COLUMNS, types=TYPES) as sink:
        for name in COLUMNS:
            sink.write(name, documents if name == "documents" else tables.get(name, []))


def test_scoring_follows_the_contract(tmp_path):
    gold = {"doc_id": "d", "title": "Tiêu đề", "published": "2023-12-29T06:40", "doc_province": "Khánh Hòa",
            "officials": [{"name": "Y Ngọc", "role": "Phó Chủ tịch UBND tỉnh"},
                          {"name": "Lê Văn A", "role": "Bí thư"}],
            "provinces": ["Khánh Hòa"], "dates": ["--12-28", "2023"], "slogans": ["dân vận khéo"],
            "clean_must_contain": ["Ngày 28-12, họp"], "clean_must_not_contain": ["Tin mới"]}
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    documents = [{"doc_id": "d", "status": "ok", "title": "“Tiêu đề”", "published_at": "2023-12-29",
                  "province": "Khánh Hoà", "text": "Tiêu đề\nNgày 28-12, họp."}]
    officials = [{"doc_id": "d", "name": "Y Ngọc", "title": "Phó Chủ tịch Ủy ban nhân dân tỉnh Kon Tum"},
                 {"doc_id": "d", "name": "Nguyễn B", "title": "Bí thư"}]
    dates = [{"doc_id": "d", "date": "2022-12-28"}, {"doc_id": "d", "date": "2023"}, {"doc_id": "d", "date": "2024"}]
    slogans = [{"doc_id": "d", "slogan": "Dân vận “khéo”"}]
    provinces = [{"doc_id": "d", "province": "Khánh Hòa"}]
    write_run(tmp_path, documents, officials=officials, dates=dates, slogans=slogans, provinces=provinces)
    report = evaluate(tmp_path / "gold.jsonl", tmp_path)
    officials_score = report.scores["officials"]
    assert (officials_score.tp, officials_score.fp, officials_score.fn) == (1, 1, 1)
    dates_score = report.scores["dates"]
    assert (dates_score.tp, dates_score.fp, dates_score.fn) == (2, 1, 0)
    assert report.scores["slogans"].f1 == 1.0 and report.scores["provinces"].f1 == 1.0
    titles = report.accuracies["titles"]
    assert (titles.correct, titles.total) == (1, 2)  # Lê Văn A was not found, so neither was his title
    for name in ("published", "title", "doc_province", "cleaning"):
        assert report.accuracies[name].value == 1.0, name


def test_documents_missing_from_the_run_count_as_misses(tmp_path):
    gold = {"doc_id": "missing", "officials": [{"name": "Lê Văn A", "role": "Bí thư"}], "provinces": ["Huế"],
            "dates": [], "slogans": [], "published": "2020-01-01"}
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    write_run(tmp_path, [])
    report = evaluate(tmp_path / "gold.jsonl", tmp_path)
    assert report.scores["officials"].fn == 1 and report.scores["provinces"].recall == 0.0
    assert report.accuracies["published"].value == 0.0
