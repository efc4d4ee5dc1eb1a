"""Writing every table to files: CSV, JSON lines or Parquet.

CSV is made to be opened in a spreadsheet, so by default its cells are made
safe for one (`spreadsheet_safe`); JSON and Parquet are for code, and
keep every value as loaded.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from tracker.loader import Corpus
from tracker.schema import COLUMNS, DATE_COLUMNS, LIST_COLUMNS

FORMATS = ("csv", "json", "parquet")

# OWASP's "CSV Injection" page: a spreadsheet reads a cell starting with
# = + - @ as a formula (one that can fetch a web address or run a command),
# and a leading tab, carriage return or line feed can hide such a start.
# Leading spaces are skipped too, since some spreadsheets trim them before
# they look. Separators and quotes inside a cell cannot start another cell:
# pandas quotes such a cell and doubles its quotes (RFC 4180).
_FORMULA_START = re.compile(r"[\t\r\n]|\s*[=+\-@]")


def spreadsheet_safe(table: pd.DataFrame) -> pd.DataFrame:
    """`table` with every text cell a spreadsheet could take for a formula
    prefixed with a single quote, which spreadsheets read as "this is text".
    Numbers stay numbers: -2 in a number column is not a formula."""
    out = table.copy()
    for column in out.columns:
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].map(_as_text)
    return out


def _as_text(value: object) -> object:
    if isinstance(value, str) and _FORMULA_START.match(value):
        return "'" + value
    return value


def flat(table: pd.DataFrame) -> pd.DataFrame:
    """Dates as YYYY-MM-DD (empty where unknown), lists `;`-separated."""
    out = table.copy()
    for column in out.columns:
        if column in DATE_COLUMNS:
            # An empty table (no position yet: only planned stances) has no dates to tell its type by.
            days = pd.to_datetime(out[column])
            out[column] = days.dt.strftime("%Y-%m-%d").astype("object").where(days.notna(), "")
        elif column in LIST_COLUMNS:
            out[column] = out[column].map(";".join)
    return out


def export(corpus: Corpus, directory: Path, fmt: str = "csv", raw: bool = False) -> list[Path]:
    """Write every table to `directory`. CSV cells are spreadsheet-safe
    unless `raw`, for analysis code that wants each value exactly as loaded."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    tables = {**corpus.tables(),
              "problems": pd.DataFrame([vars(p) for p in corpus.problems], columns=COLUMNS["problems"])}
    # An article's full text stays in seeds/; the export carries its path.
    tables["articles"] = tables["articles"].drop(columns="text")
    for name, table in tables.items():
        path = directory / f"{name}.{fmt}"
        shaped = table if fmt == "parquet" else flat(table)
        if fmt == "csv":
            (shaped if raw else spreadsheet_safe(shaped)).to_csv(path, index=False)
        elif fmt == "json":
            # pandas writes an empty table as one blank line, which a JSON-lines reader refuses.
            if shaped.empty:
                path.write_text("", encoding="utf-8")
            else:
                shaped.to_json(path, orient="records", lines=True, force_ascii=False)
        else:
            shaped.to_parquet(path, index=False)
        written.append(path)
    return written
