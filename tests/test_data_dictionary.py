"""The data dictionary (pipeline/data_dictionary.md) describes every table and column a run writes."""
import csv
import re

from conftest import ROOT

TYPES = {"text", "integer", "boolean", "date"}


def dictionary() -> dict[str, list[tuple[str, str]]]:
    tables: dict[str, list[tuple[str, str]]] = {}
    current = None
    for line in (ROOT / "pipeline" / "data_dictionary.md").read_text(encoding="utf-8").splitlines():
        heading = re.match(r"^## (\w+)$", line)
        if heading:
            current = heading.group(1)
            tables[current] = []
            continue
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", line)[1:-1]]
        if current and len(cells) == 4 and cells[0] not in ("column", "---"):
            tables[current].append((cells[0], cells[1]))
    return tables


def test_every_table_and_column_of_a_run_is_described_in_order(seeds_output):
    described = dictionary()
    written = sorted(p.stem for p in seeds_output.glob("*.csv"))
    assert sorted(described) == written
    for table in written:
        with open(seeds_output / f"{table}.csv", encoding="utf-8-sig", newline="") as f:
            header = next(csv.reader(f))
        assert [column for column, _ in described[table]] == header, table
        assert {kind for _, kind in described[table]} <= TYPES, table
