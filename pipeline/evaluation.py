"""Scoring a finished run against a gold file, by the contract's rules.

Per document, on sets, micro-averaged over the documents listed in the gold file:
officials on ``name``, provinces on ``province``, dates on ``date`` (a gold ``--MM-DD``
is matched by the same day and month in any year), slogans on ``slogan``. Both sides are
compared in NFC, case-folded, with one tone placement, no quotes, no punctuation at either
end and white space folded. An official's title is right when the gold role stands inside
one of the titles predicted for that name (UBND, HĐND, MTTQ spelled out on both sides), over
every gold official that has a role.
``published`` (its date part), ``title`` and ``doc_province`` are accuracies over the
documents whose gold has them; ``cleaning`` over the documents with cleaning checks.
"""
from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from types import MappingProxyType
from pathlib import Path

from . import storage
from .text_keys import comparison_key, fold_spaces, normalize_tones, spell_out_abbreviations

SET_MEASURES = ("officials", "provinces", "dates", "slogans", "statements")
ACCURACIES = ("titles", "level", "office_province", "published", "title", "doc_province", "cleaning")
QUOTE_MATCH = 0.5  # word-level F1 of two quotes for a statement to match
COLUMN = MappingProxyType({"officials": "name", "provinces": "province", "dates": "date", "slogans": "slogan"})


@dataclass
class SetScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 1.0


@dataclass
class Report:
    scores: dict[str, SetScore] = field(default_factory=lambda: {m: SetScore() for m in SET_MEASURES})
    accuracies: dict[str, Accuracy] = field(default_factory=lambda: {m: Accuracy() for m in ACCURACIES})
    details: list[str] = field(default_factory=list)
    documents: int = 0
    parts: dict[str, "Report"] = field(default_factory=dict)  # by the gold lines' "split" (tuned, heldout)


def _match_dates(gold: set[str], predicted: set[str]) -> tuple[set[str], set[str], int]:
    """(unmatched gold, unmatched predicted, matched count); ``--MM-DD`` matches any year."""
    gold_left = set(gold)
    pred_left = set(predicted)
    matched = 0
    for g in sorted(gold):
        if g in pred_left:
            gold_left.discard(g)
            pred_left.discard(g)
            matched += 1
    for g in sorted(gold_left):
        if g.startswith("--"):
            same_day = sorted(p for p in pred_left if len(p) >= 6 and p[-6:] == g[-6:] and p[-6] == "-")
            if same_day:
                gold_left.discard(g)
                pred_left.discard(same_day[0])
                matched += 1
    return gold_left, pred_left, matched


def _clean_form(text: str) -> str:
    return fold_spaces(normalize_tones(unicodedata.normalize("NFC", text)))


def _title_key(text: str) -> str:
    return comparison_key(spell_out_abbreviations(text or ""))


def _grouped(rows: list[dict]) -> dict[str, list[dict]]:
    groups: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        groups[row["doc_id"]].append(row)
    return groups


def evaluate(gold_path: Path, output_dir: Path) -> Report:
    """Score the tables in ``output_dir`` against ``gold_path``; gold lines with a ``split``
    (``tuned``, ``heldout``) are scored in their part too."""
    documents = {r["doc_id"]: r for r in storage.read_run_table(output_dir, "documents")}
    tables = {name: _grouped(storage.read_run_table(output_dir, name)) if storage.has_table(output_dir, name) else {}
              for name in SET_MEASURES}
    overall = Report()
    for gold in storage.read_gold(gold_path):
        reports = [overall]
        if gold.get("split"):
            reports.append(overall.parts.setdefault(str(gold["split"]), Report()))
        for report in reports:
            _score_gold_document(report, gold, documents.get(gold["doc_id"]), tables)
    return overall


def _score_gold_document(report: Report, gold: dict, doc: dict | None, tables: dict[str, dict]) -> None:
    doc_id = gold["doc_id"]
    report.documents += 1
    if doc is None:
        report.details.append(f"{doc_id}: not in the run's documents.csv")
    for measure in SET_MEASURES:
        rows = tables[measure].get(doc_id, [])
        if measure == "statements":
            _score_statements(report, doc_id, gold.get("statements") or [], rows)
            continue
        if measure == "dates":
            gold_set = {g.strip() for g in gold.get("dates") or []}
            pred_set = {r["date"].strip() for r in rows}
            missed, false_hits, matched = _match_dates(gold_set, pred_set)
        else:
            raw_gold = gold.get(measure) or []
            gold_values = [g["name"] if isinstance(g, dict) else g for g in raw_gold]
            gold_set = {comparison_key(g) for g in gold_values if g}
            pred_set = {comparison_key(r[COLUMN[measure]]) for r in rows if r[COLUMN[measure]]}
            missed, false_hits = gold_set - pred_set, pred_set - gold_set
            matched = len(gold_set & pred_set)
        score = report.scores[measure]
        score.tp += matched
        score.fn += len(missed)
        score.fp += len(false_hits)
        for value in sorted(missed):
            report.details.append(f"{doc_id}: {measure} missed: {value}")
        for value in sorted(false_hits):
            report.details.append(f"{doc_id}: {measure} false hit: {value}")
    _score_titles(report, doc_id, gold, tables["officials"].get(doc_id, []))
    _score_offices(report, doc_id, gold, tables["officials"].get(doc_id, []))
    _score_document(report, doc_id, gold, doc)


def _words(text: str) -> list[str]:
    return comparison_key(text).split()


def quote_f1(a: str, b: str) -> float:
    """Word-level F1 of two quotes (bags of words, in the contract's comparison form).

    >>> round(quote_f1("dân vận khéo thì việc gì cũng thành công", "Dân vận khéo"), 2)
    0.5
    """
    wa, wb = Counter(_words(a)), Counter(_words(b))
    common = sum((wa & wb).values())
    if not common:
        return 0.0
    precision, recall = common / sum(wb.values()), common / sum(wa.values())
    return 2 * precision * recall / (precision + recall)


def _max_matching(edges: dict[int, list[int]]) -> int:
    """Size of a largest one-to-one matching of gold statements to predicted ones."""
    matched: dict[int, int] = {}

    def augment(g: int, seen: set[int]) -> bool:
        for p in edges.get(g, []):
            if p in seen:
                continue
            seen.add(p)
            if p not in matched or augment(matched[p], seen):
                matched[p] = g
                return True
        return False

    return sum(augment(g, set()) for g in edges)


def _score_statements(report: Report, doc_id: str, gold: list[dict], rows: list[dict]) -> None:
    """Same speaker and quotes with a word-level F1 of at least 0.5, one to one."""
    edges = {i: [j for j, r in enumerate(rows) if comparison_key(r["speaker"]) == comparison_key(g["speaker"])
                 and quote_f1(g["quote"], r["quote"]) >= QUOTE_MATCH] for i, g in enumerate(gold)}
    matched = _max_matching(edges)
    score = report.scores["statements"]
    score.tp += matched
    score.fn += len(gold) - matched
    score.fp += len(rows) - matched
    hit = {i for i, js in edges.items() if js}
    for i, g in enumerate(gold):
        if i not in hit:
            report.details.append(f"{doc_id}: statements missed: [{g['speaker']}] {g['quote'][:100]}")
    used = {j for js in edges.values() for j in js}
    for j, r in enumerate(rows):
        if j not in used:
            report.details.append(f"{doc_id}: statements false hit: [{r['speaker']}] {r['quote'][:100]}")


def _score_offices(report: Report, doc_id: str, gold: dict, rows: list[dict]) -> None:
    """Accuracy of ``level`` and ``office_province`` over the gold officials found that have them."""
    found: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        found[comparison_key(row["name"])].append(row)
    for official in gold.get("officials") or []:
        name = comparison_key(official["name"])
        if name not in found:
            continue
        for field_name in ("level", "office_province"):
            want = official.get(field_name)
            if not want:
                continue
            got = {comparison_key(r.get(field_name) or "") for r in found[name]}
            accuracy = report.accuracies[field_name]
            accuracy.total += 1
            if comparison_key(want) in got:
                accuracy.correct += 1
            else:
                shown = ", ".join(sorted(g for g in got if g)) or "(none)"
                report.details.append(f"{doc_id}: {field_name} of {official['name']}: wanted {want}, got {shown}")


def _score_titles(report: Report, doc_id: str, gold: dict, rows: list[dict]) -> None:
    titles: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        titles[comparison_key(row["name"])].append(_title_key(row["title"]))
    for official in gold.get("officials") or []:
        if not official.get("role"):
            continue
        name = comparison_key(official["name"])
        role = _title_key(official["role"])
        accuracy = report.accuracies["titles"]
        accuracy.total += 1  # a name that was not found has no right title either
        if name not in titles:
            continue
        if any(role in title for title in titles[name]):
            accuracy.correct += 1
        else:
            shown = "; ".join(sorted({t for t in titles[name] if t})) or "(no title)"
            report.details.append(f"{doc_id}: title of {official['name']}: wanted '{official['role']}', got '{shown}'")


def _score_document(report: Report, doc_id: str, gold: dict, doc: dict | None) -> None:
    doc = doc or {}
    if gold.get("published"):
        accuracy = report.accuracies["published"]
        accuracy.total += 1
        want, got = gold["published"][:10], (doc.get("published_at") or "")[:10]
        if want == got:
            accuracy.correct += 1
        else:
            report.details.append(f"{doc_id}: published: wanted {want}, got {got or '(none)'}")
    for field_name, gold_key in (("title", "title"), ("doc_province", "doc_province")):
        if gold.get(gold_key):
            accuracy = report.accuracies[field_name]
            accuracy.total += 1
            got = doc.get("title" if field_name == "title" else "province") or ""
            if comparison_key(gold[gold_key]) == comparison_key(got):
                accuracy.correct += 1
            else:
                report.details.append(f"{doc_id}: {field_name}: wanted '{gold[gold_key]}', got '{got}'")
    must, must_not = gold.get("clean_must_contain") or [], gold.get("clean_must_not_contain") or []
    if must or must_not:
        accuracy = report.accuracies["cleaning"]
        accuracy.total += 1
        text = _clean_form(doc.get("text") or "")
        absent = [s for s in must if _clean_form(s) not in text]
        present = [s for s in must_not if _clean_form(s) in text]
        if not absent and not present:
            accuracy.correct += 1
        for s in absent:
            report.details.append(f"{doc_id}: cleaning lost: {s}")
        for s in present:
            report.details.append(f"{doc_id}: cleaning kept: {s}")


def _score_lines(report: Report) -> list[str]:
    lines = []
    for measure in SET_MEASURES:
        s = report.scores[measure]
        lines.append(f"{measure:<15} precision {s.precision:.3f}  recall {s.recall:.3f}  F1 {s.f1:.3f}"
                     f"   (tp {s.tp}, fp {s.fp}, fn {s.fn})")
    for name in ACCURACIES:
        a = report.accuracies[name]
        lines.append(f"{name:<15} accuracy {a.value:.3f}  ({a.correct}/{a.total})")
    return lines


def format_report(report: Report, detail: bool = False) -> str:
    """The scores, then each part's (the gold lines' ``split``), then with ``detail`` every miss."""
    lines = [f"documents scored: {report.documents}", *_score_lines(report)]
    for name, part in sorted(report.parts.items()):
        lines += ["", f"part {name}: {part.documents} documents", *_score_lines(part)]
    if detail:
        lines.append("")
        lines.extend(report.details or ["no misses and no false hits"])
    return "\n".join(lines)
