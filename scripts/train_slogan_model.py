"""Train the slogan model: is a quoted span a slogan?

Reads the annotated development sets (the tuned parts of ``tests/data/dev_pages.jsonl`` and
of ``tests/data/dev_dantri.jsonl``, the seeds), cleans each article as the pipeline does, and
labels every quoted span by its gold slogans. A logistic regression over :func:`pipeline.extract.slogans.quote_features`
is chosen by cross-validation grouped by article (regularisation and decision threshold), then
fitted on all of it and written to ``pipeline/models/slogan_quotes.json``: a few dozen weights,
rounded, so the file is small, stable and readable. The held-out parts are never read.

    .venv/bin/python scripts/train_slogan_model.py            # writes the model, prints CV scores
    .venv/bin/python scripts/train_slogan_model.py --check    # fails if the committed model differs
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import storage  # noqa: E402
from pipeline.cleaning import clean_document  # noqa: E402
from pipeline.extract.slogans import (MODEL_PATH, _EDGE_PUNCTUATION, _without_frame_word, find_quotes,  # noqa: E402
                                      quote_features)
from pipeline.text_keys import comparison_key  # noqa: E402

# the workspace's shared folder (the corpora): $PIPELINE_SHARED, else the one beside this checkout
SHARED = Path(os.environ.get("PIPELINE_SHARED") or ROOT.parent / "shared")
SETS = (  # gold file, folder of its articles, which lines
    (ROOT / "tests" / "data" / "dev_pages.jsonl", SHARED / "corpus" / "danvan_pages", "tuned"),
    (ROOT / "tests" / "data" / "dev_dantri.jsonl", SHARED / "corpus" / "dantri_society", "tuned"),
    (ROOT / "tests" / "data" / "seeds_gold.jsonl", ROOT / "raw", None),
)
C_GRID = (0.1, 0.3, 1.0, 3.0)
THRESHOLDS = tuple(round(0.3 + 0.05 * i, 2) for i in range(9))
FOLDS = 5
DECIMALS = 4


def examples(sets=SETS) -> tuple[list[dict], list[int], list[str]]:
    """Features, labels and article ids of every quoted span in the training articles."""
    rows, labels, groups = [], [], []
    for gold_path, folder, split in sets:
        for gold in storage.read_gold(gold_path):
            if split and gold.get("split") != split:
                continue
            path = folder / f"{gold['doc_id']}.txt"
            clean = clean_document(storage.text_of(path.read_bytes(), path.suffix))
            text = clean.text
            title_end = clean.title_span[1] if clean.title_span else 0
            wanted = {comparison_key(s) for s in gold.get("slogans") or []}
            quotes = find_quotes(text)
            for quote in quotes:
                inner = text[quote.start:quote.end].strip(_EDGE_PUNCTUATION)
                if not inner:
                    continue
                rows.append(quote_features(text, quote, quotes, title_end))
                labels.append(int(comparison_key(_without_frame_word(inner)) in wanted))
                groups.append(gold["doc_id"])
    return rows, labels, groups


def _f1(labels, predicted) -> float:
    tp = sum(1 for y, p in zip(labels, predicted) if y and p)
    fp = sum(1 for y, p in zip(labels, predicted) if not y and p)
    fn = sum(1 for y, p in zip(labels, predicted) if y and not p)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def train(rows, labels, groups) -> tuple[dict, dict]:
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    names = sorted(rows[0])
    x = np.array([[r[n] for n in names] for r in rows])
    y = np.array(labels)
    best = None
    for c in C_GRID:
        scores = np.zeros(len(y))
        for train_idx, test_idx in GroupKFold(n_splits=FOLDS).split(x, y, groups):
            model = LogisticRegression(C=c, solver="liblinear", random_state=0)
            model.fit(x[train_idx], y[train_idx])
            scores[test_idx] = model.predict_proba(x[test_idx])[:, 1]
        for t in THRESHOLDS:
            f1 = _f1(y, scores >= t)
            if best is None or f1 > best[0] + 1e-9:
                best = (f1, c, t)
    f1, c, threshold = best
    model = LogisticRegression(C=c, solver="liblinear", random_state=0).fit(x, y)
    weights = {n: round(float(w), DECIMALS) for n, w in zip(names, model.coef_[0]) if round(float(w), DECIMALS)}
    artefact = {
        "about": "Logistic model: is a quoted span a slogan? Trained by scripts/train_slogan_model.py.",
        "bias": round(float(model.intercept_[0]), DECIMALS),
        "threshold": threshold,
        "weights": dict(sorted(weights.items())),
    }
    report = {"examples": len(y), "slogans": int(y.sum()), "cv_f1": round(f1, 3), "C": c, "threshold": threshold}
    return artefact, report


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="compare with the committed model instead of writing it")
    args = parser.parse_args(argv)
    artefact, report = train(*examples())
    print(json.dumps(report))
    text = json.dumps(artefact, ensure_ascii=False, indent=1) + "\n"
    if args.check:
        same = MODEL_PATH.read_text(encoding="utf-8") == text
        print("the committed model is up to date" if same else "the committed model differs: retrain it")
        return 0 if same else 1
    MODEL_PATH.write_text(text, encoding="utf-8")
    print(f"wrote {MODEL_PATH.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
