"""The run report: a self-contained HTML page (charts as inline SVG, no network) written at
the end of every run, from counts gathered while the tables stream past."""
from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass, field

from .matching import Enclosures
from .tables import TABLES

BAR_COLOUR = "#2f6f9f"
MAX_SPEAKERS_KEPT = 500  # speakers whose statements are kept for the report, so memory stays bounded
MAX_STATEMENTS_KEPT = 12
SPEAKERS_SHOWN = 5


@dataclass
class RunStats:
    """What the report shows, gathered document by document (never a whole table)."""

    documents: int = 0
    errors: int = 0
    mentions: Counter = field(default_factory=Counter)
    provinces: Counter = field(default_factory=Counter)
    provinces_2025: Counter = field(default_factory=Counter)
    slogans_by_province: Counter = field(default_factory=Counter)
    months: Counter = field(default_factory=Counter)
    error_messages: list[tuple[str, str]] = field(default_factory=list)
    speakers: Counter = field(default_factory=Counter)
    statements_by_slogan: Counter = field(default_factory=Counter)
    said: dict[str, list[tuple[str, str, str, str]]] = field(default_factory=dict)  # speaker -> (date, doc, kind, quote)

    def add_document(self, rows: dict[str, list[dict]]) -> None:
        document = rows["documents"][0]
        self.documents += 1
        if document["status"] != "ok":
            self.errors += 1
            if len(self.error_messages) < 200:
                self.error_messages.append((document["doc_id"], document["error"]))
        for table in TABLES[1:]:
            self.mentions[table] += len(rows[table])
        for row in rows["provinces"]:
            self.provinces[row["province"]] += 1
            self.provinces_2025[row["province_2025"]] += 1
        home = document.get("province") or "(no province)"
        for row in rows["slogans"]:
            self.slogans_by_province[(row["slogan"], home)] += 1
        for row in rows["dates"]:
            if not row["is_published"] and row["granularity"] in ("day", "month") and not row["date"].startswith("--"):
                self.months[row["date"][:7]] += 1
        date = (document.get("published_at") or "")[:10]
        statements = Enclosures((int(s["start"]), int(s["end"])) for s in rows["statements"])
        for row in rows["statements"]:
            self.speakers[row["speaker"]] += 1
            if row["speaker"] in self.said or len(self.said) < MAX_SPEAKERS_KEPT:
                kept = self.said.setdefault(row["speaker"], [])
                if len(kept) < MAX_STATEMENTS_KEPT:
                    kept.append((date, document["doc_id"], row["kind"], row["quote"]))
        for row in rows["slogans"]:
            if statements.hold(int(row["start"]), int(row["end"])):
                self.statements_by_slogan[row["slogan"]] += 1

    def summary(self) -> str:
        counts = ", ".join(f"{self.mentions[t]} {t}" for t in TABLES[1:])
        return f"{self.documents} documents: {self.documents - self.errors} ok, {self.errors} with errors; {counts}"


def bar_chart(counts: list[tuple[str, int]], title: str, width: int = 640) -> str:
    """A horizontal bar chart as inline SVG."""
    if not counts:
        return f"<p class='empty'>{html.escape(title)}: nothing to show.</p>"
    bar_height, label_width = 20, 230
    top = max(value for _, value in counts) or 1
    height = bar_height * len(counts) + 30
    parts = [f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height}' role='img' "
             f"aria-label='{html.escape(title)}'><title>{html.escape(title)}</title>"]
    for i, (label, value) in enumerate(counts):
        y = 10 + i * bar_height
        length = max(1, int((width - label_width - 60) * value / top))
        parts.append(f"<text x='{label_width - 6}' y='{y + 14}' text-anchor='end' font-size='12'>"
                     f"{html.escape(label[:40])}</text>"
                     f"<rect x='{label_width}' y='{y + 3}' width='{length}' height='{bar_height - 6}' "
                     f"fill='{BAR_COLOUR}'/><text x='{label_width + length + 4}' y='{y + 14}' font-size='12'>"
                     f"{value}</text>")
    parts.append("</svg>")
    return "".join(parts)


def column_chart(counts: list[tuple[str, int]], title: str, width: int = 760, height: int = 220) -> str:
    """A vertical column chart as inline SVG, for a timeline."""
    if not counts:
        return f"<p class='empty'>{html.escape(title)}: nothing to show.</p>"
    top = max(value for _, value in counts) or 1
    step = min(40, max(4, (width - 40) // len(counts)))
    parts = [f"<svg xmlns='http://www.w3.org/2000/svg' width='{max(width, step * len(counts) + 40)}' "
             f"height='{height + 60}' role='img' aria-label='{html.escape(title)}'><title>{html.escape(title)}</title>"]
    for i, (label, value) in enumerate(counts):
        x = 30 + i * step
        h = max(1, int(height * value / top))
        parts.append(f"<rect x='{x}' y='{height - h + 10}' width='{max(2, step - 2)}' height='{h}' "
                     f"fill='{BAR_COLOUR}'><title>{html.escape(label)}: {value}</title></rect>")
        if len(counts) <= 40 or i % max(1, len(counts) // 20) == 0:
            parts.append(f"<text x='{x}' y='{height + 24}' font-size='10' transform='rotate(45 {x} {height + 24})'>"
                         f"{html.escape(label)}</text>")
    parts.append("</svg>")
    return "".join(parts)


def _table(headers: list[str], rows: list[list]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _who_said_what(stats: RunStats) -> str:
    """The officials with most statements, statements per slogan, and the words of the first few, in order."""
    top = stats.speakers.most_common(20)
    parts = ["<h2>Who said what</h2>", bar_chart(top, "Officials by number of statements"),
             "<h3>Statements that quote a slogan</h3>",
             _table(["slogan", "statements"], [[s, n] for s, n in stats.statements_by_slogan.most_common(20)])]
    for speaker, count in top[:SPEAKERS_SHOWN]:
        said = sorted(stats.said.get(speaker, []))
        parts.append(f"<h3>{html.escape(speaker)} ({count} statements)</h3>"
                     + _table(["date", "doc_id", "kind", "what was said"],
                              [[d or "(no date)", doc, kind, quote[:400]] for d, doc, kind, quote in said]))
    return "".join(parts)


def render(stats: RunStats, people: list[dict], output_dir: str) -> str:
    """The report page."""
    top_people = sorted(people, key=lambda p: (-p["n_mentions"], p["name"]))[:20]
    slogans = stats.slogans_by_province.most_common(30)
    sections = [
        f"<h1>Run report</h1><p>{html.escape(stats.summary())}. Tables in <code>{html.escape(output_dir)}</code>.</p>",
        "<h2>Documents</h2>" + bar_chart([("ok", stats.documents - stats.errors), ("with errors", stats.errors)],
                                          "Documents ok and with errors"),
        ("<h3>Documents with errors</h3>" + _table(["doc_id", "what to do"], [list(e) for e in stats.error_messages])
         if stats.error_messages else ""),
        "<h2>Mentions per table</h2>" + bar_chart([(t, stats.mentions[t]) for t in TABLES[1:]], "Rows per table"),
        "<h2>Top officials</h2>" + bar_chart([(p["name"], p["n_mentions"]) for p in top_people],
                                             "Officials by number of mentions")
        + _table(["name", "titles", "provinces", "documents", "mentions", "first seen", "last seen"],
                 [[p["name"], p["titles"][:120], p["provinces"], p["n_documents"], p["n_mentions"], p["first_seen"],
                   p["last_seen"]] for p in top_people]),
        "<h2>Slogans by province</h2>" + _table(["slogan", "province of the article", "mentions"],
                                                 [[s, p, n] for (s, p), n in slogans]),
        _who_said_what(stats),
        "<h2>Timeline of dated events</h2>" + column_chart(sorted(stats.months.items()), "Dated events per month"),
        "<h2>Provinces</h2>" + bar_chart(stats.provinces.most_common(25), "Mentions per province (before July 2025)")
        + bar_chart(stats.provinces_2025.most_common(34), "Mentions per province since July 2025"),
    ]
    style = ("body{font-family:sans-serif;max-width:960px;margin:2em auto;color:#222}table{border-collapse:collapse;"
             "margin:1em 0}td,th{border:1px solid #ccc;padding:3px 6px;font-size:13px;text-align:left}"
             "h2{border-bottom:1px solid #ddd;margin-top:2em}")
    return ("<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>Run report</title>"
            f"<style>{style}</style></head><body>{''.join(sections)}</body></html>")
