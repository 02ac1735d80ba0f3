"""A run's tables as one Excel workbook, ``pipeline.xlsx``, for spreadsheet users: one sheet
per table, written with openpyxl in write-only mode (streamed), each cell typed, the header row
frozen and filters on.

Text stays text: a yearless date ``--05-30`` or a scraped cell that begins with ``=`` is
written as a string, never read as a number or a formula (as it is when a spreadsheet opens
the CSV). A table longer than a sheet holds is left out, with a note on the first sheet.
"""
from __future__ import annotations

from pathlib import Path

from .database import typed_rows

WORKBOOK_NAME = "pipeline.xlsx"
MAX_SHEET_ROWS = 1_048_576  # a sheet's rows, the header included
MAX_CELL_CHARS = 32_767
ABOUT_SHEET = "about"


def _text_cell(sheet, value: str, cut: list[int]):
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if len(value) > MAX_CELL_CHARS:
        value = value[:MAX_CELL_CHARS - 1] + "…"
        cut[0] += 1
    cell = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("\ufffd", value))
    cell.data_type = "s"  # a string, even when it begins with "="
    return cell


def write_workbook(path: Path, tables: dict[str, Path], columns: dict[str, list[str]], types: dict[str, str],
                   row_counts: dict[str, int]) -> None:
    """Write every table (a finished CSV file each) as a sheet of a new workbook at ``path``."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    from ..tables import data_dictionary

    book = Workbook(write_only=True)
    about = book.create_sheet(ABOUT_SHEET)
    notes = []
    bold = Font(bold=True)
    for name, table_path in tables.items():
        n = row_counts.get(name, 0)
        if n + 1 > MAX_SHEET_ROWS:
            notes.append((name, n, f"left out: {n:,} rows, more than a sheet holds ({MAX_SHEET_ROWS - 1:,}); "
                                   f"open {name}.csv (or the Parquet or SQLite output) instead"))
            continue
        cols = columns[name]
        kinds = [types.get(c, "str") for c in cols]
        sheet = book.create_sheet(name)
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(cols))}{n + 1}"
        header = []
        for column in cols:
            cell = WriteOnlyCell(sheet, value=column)
            cell.font = bold
            header.append(cell)
        sheet.append(header)
        cut = [0]
        for row in typed_rows(table_path, cols, types):
            sheet.append([_text_cell(sheet, row[c], cut) if k == "str" else
                          (bool(row[c]) if k == "bool" and row[c] is not None else row[c])
                          for c, k in zip(cols, kinds)])
        note = f"{n:,} rows"
        if cut[0]:
            note += f"; {cut[0]:,} cells longer than {MAX_CELL_CHARS:,} characters cut (the CSV has them whole)"
        notes.append((name, n, note))
    described = data_dictionary()
    about.append([WriteOnlyCell(about, value=v) for v in ("sheet", "rows", "note", "what a row is")])
    for name, n, note in notes:
        description = described[name].description if name in described else ""
        about.append([_text_cell(about, name, [0]), n, _text_cell(about, note, [0]), _text_cell(about, description, [0])])
    about.append([])
    about.append([_text_cell(about, "Columns are described in the data dictionary (pipeline/data_dictionary.md); "
                                    "every text cell is text, never a formula.", [0])])
    book.save(path)
