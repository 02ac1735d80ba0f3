"""People: one row per distinct official across a corpus, from the officials' mentions.

A person is a name in its comparison form (NFC, one tone placement, case-folded), so tone
variants ("Nguyễn Văn Hoà", "Nguyễn Văn Hòa") and later short forms (already written with the
full name) are one person. Two people with one name are told apart by province: each mention
of an office at province level or below is placed in its office's province (``officials.
office_province``: the province its title names, or its article's); mentions of one name in
different provinces are different people, unless one of its offices is central or foreign
(Thủ tướng, Bộ trưởng, ...), whose holder is the same wherever the news is. Mentions with no
province join the person with the most mentions of that name. Each person's offices (level and
province) are listed with the first and last date they were seen in them.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .text_keys import comparison_key

NATIONAL_LEVELS = frozenset({"central", "foreign"})  # an office held wherever the news is
LOCAL_LEVELS = frozenset({"province", "district", "commune", "village"})
GRASSROOTS_LEVELS = frozenset({"commune", "village"})
PEOPLE_COLUMNS = ["person_id", "name", "titles", "provinces", "n_documents", "n_mentions", "first_seen",
                  "last_seen", "variants", "offices", "n_statements"]
OFFICE_COLUMNS = ["person_id", "name", "level", "office_province", "titles", "first_seen", "last_seen", "n_documents",
                  "n_mentions"]


@dataclass
class _Mention:
    name: str
    title: str
    doc_id: str
    province: str
    date: str
    level: str = ""
    office_province: str = ""


@dataclass
class PeopleIndex:
    """Collects officials' mentions document by document; :meth:`rows` gives the people."""

    mentions: dict[str, list[_Mention]] = field(default_factory=lambda: defaultdict(list))
    statements: Counter = field(default_factory=Counter)  # (name key, doc_id) -> statements

    def add_document(self, document: dict, officials: list[dict], dates: list[dict] = (),
                     statements: list[dict] = ()) -> None:
        """An article's officials and their statements; its date is its published date, else the
        first full date it gives."""
        date = (document.get("published_at") or "")[:10] or next(
            (d["date"] for d in dates if d["granularity"] == "day" and not d["date"].startswith("--")), "")
        for row in officials:
            level = row.get("level") or ""
            province = (row.get("office_province") or "") if level in LOCAL_LEVELS else ""
            self.mentions[comparison_key(row["name"])].append(
                _Mention(row["name"], row.get("title") or "", document["doc_id"], province, date, level,
                         row.get("office_province") or ""))
        for row in statements:
            self.statements[(comparison_key(row["speaker"]), document["doc_id"])] += 1

    def _clusters(self) -> list[tuple[str, list[_Mention]]]:
        """(person_id, mentions) of every person, one name's namesakes told apart by province."""
        people = []
        for key in sorted(self.mentions):
            for cluster in _split_by_province(self.mentions[key]):
                people.append((_person_id(cluster), cluster))
        seen: Counter = Counter()
        numbered = []
        for person_id, cluster in people:
            seen[person_id] += 1
            numbered.append((person_id + (f"-{seen[person_id]}" if seen[person_id] > 1 else ""), cluster))
        return numbered

    def rows(self) -> list[dict]:
        """One row per person."""
        return [_person(person_id, cluster, self.statements) for person_id, cluster in self._clusters()]

    def office_rows(self) -> list[dict]:
        """One row per person and office held (level and province), with the first and last date seen in it."""
        rows = []
        for person_id, cluster in self._clusters():
            for (level, province), mentions in sorted(_offices(cluster).items()):
                dates = sorted(m.date for m in mentions if m.date)
                titles = Counter(m.title for m in mentions if m.title)
                rows.append({"person_id": person_id, "name": _main_name(cluster), "level": level,
                             "office_province": province,
                             "titles": " | ".join(t for t, _ in sorted(titles.items(), key=lambda i: (-i[1], i[0]))),
                             "first_seen": dates[0] if dates else "", "last_seen": dates[-1] if dates else "",
                             "n_documents": len({m.doc_id for m in mentions}), "n_mentions": len(mentions)})
        return rows


def _split_by_province(mentions: list[_Mention]) -> list[list[_Mention]]:
    clusters: dict[str, list[_Mention]] = defaultdict(list)
    floating = []
    for m in mentions:
        if m.province and m.level not in NATIONAL_LEVELS:
            clusters[m.province].append(m)
        else:
            floating.append(m)
    if not clusters:
        return [floating]
    if len(clusters) == 1:
        return [[m for group in clusters.values() for m in group] + floating]
    if any(m.level in NATIONAL_LEVELS for m in mentions):
        # a national office's holder may have held a province's or a district's before, not a
        # commune's or a village's in another province: that is a namesake
        apart = sorted(p for p, group in clusters.items() if all(m.level in GRASSROOTS_LEVELS for m in group))
        merged = [m for p, group in clusters.items() if p not in apart for m in group] + floating
        return [merged] + [clusters[p] for p in apart]
    largest = max(clusters, key=lambda p: (len(clusters[p]), p))
    clusters[largest].extend(floating)
    return [clusters[p] for p in sorted(clusters)]


def _main_name(mentions: list[_Mention]) -> str:
    names = Counter(m.name for m in mentions)
    return min(names, key=lambda n: (-names[n], n))


def _main_province(mentions: list[_Mention]) -> str:
    provinces = Counter(m.province for m in mentions if m.province)
    return min(provinces, key=lambda p: (-provinces[p], p)) if provinces else ""


def _person_id(mentions: list[_Mention]) -> str:
    province = _main_province(mentions)
    return comparison_key(_main_name(mentions)).replace(" ", "-") + (
        f"@{comparison_key(province).replace(' ', '-')}" if province else "")


def _offices(mentions: list[_Mention]) -> dict[tuple[str, str], list[_Mention]]:
    offices: dict[tuple[str, str], list[_Mention]] = defaultdict(list)
    for m in mentions:
        if m.level:
            offices[(m.level, m.office_province)].append(m)
    return offices


def _office_summary(mentions: list[_Mention]) -> str:
    """ "province Quảng Nam 2023-12-28..2024-02-13 | central 2025-03-01..2025-03-01": offices in order first seen."""
    parts = []
    for (level, province), held in _offices(mentions).items():
        dates = sorted(m.date for m in held if m.date)
        span = f" {dates[0]}..{dates[-1]}" if dates else ""
        parts.append((dates[0] if dates else "", f"{level}{' ' + province if province else ''}{span}"))
    return " | ".join(text for _, text in sorted(parts))


def _person(person_id: str, mentions: list[_Mention], statements: Counter) -> dict:
    names = Counter(m.name for m in mentions)
    titles = Counter(m.title for m in mentions if m.title)
    provinces = Counter(m.province for m in mentions if m.province)
    dates = sorted(m.date for m in mentions if m.date)
    name = _main_name(mentions)
    keys = {(comparison_key(m.name), m.doc_id) for m in mentions}
    return {
        "person_id": person_id,
        "name": name,
        "titles": " | ".join(t for t, _ in sorted(titles.items(), key=lambda item: (-item[1], item[0]))),
        "provinces": " | ".join(p for p, _ in sorted(provinces.items(), key=lambda item: (-item[1], item[0]))),
        "n_documents": len({m.doc_id for m in mentions}),
        "n_mentions": len(mentions),
        "first_seen": dates[0] if dates else "",
        "last_seen": dates[-1] if dates else "",
        "variants": " | ".join(sorted(n for n in names if n != name)),
        "offices": _office_summary(mentions),
        "n_statements": sum(statements[k] for k in keys),
    }
