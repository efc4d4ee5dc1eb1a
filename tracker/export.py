"""Writing every table to files: CSV, JSON lines or Parquet."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from tracker.loader import Corpus
from tracker.schema import COLUMNS, DATE_COLUMNS, LIST_COLUMNS

FORMATS = ("csv", "json", "parquet")


def flat(table: pd.DataFrame) -> pd.DataFrame:
    """Dates as YYYY-MM-DD (empty where unknown), lists `;`-separated."""
    out = table.copy()
    for column in out.columns:
        if column in DATE_COLUMNS:
            out[column] = out[column].dt.strftime("%Y-%m-%d").astype("object").where(out[column].notna(), "")
        elif column in LIST_COLUMNS:
            out[column] = out[column].map(";".join)
    return out


def export(corpus: Corpus, directory: Path, fmt: str = "csv") -> list[Path]:
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
            shaped.to_csv(path, index=False)
        elif fmt == "json":
            shaped.to_json(path, orient="records", lines=True, force_ascii=False)
        else:
            shaped.to_parquet(path, index=False)
        written.append(path)
    return written
