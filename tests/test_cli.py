import csv
import os
import subprocess
import sys

import pandas as pd
import pytest

from tracker.__main__ import main
from tracker.paths import ROOT


def test_validate_passes_on_the_repository_data(capsys):
    assert main(["validate"]) == 0
    assert "1 article loaded, 0 problem(s)" in capsys.readouterr().err


def test_validate_lists_problems_and_fails(corpus_folder, capsys):
    corpus_folder.simple("good")
    data = corpus_folder.simple("bad")
    data["stances"][0]["stance"] = "maybe"
    corpus_folder.facts_file("bad.yaml", data)
    code = main(["--facts", str(corpus_folder.facts), "--seeds", str(corpus_folder.seeds), "validate"])
    out = capsys.readouterr()
    assert code == 1
    assert "bad.yaml:" in out.out and "stances[0].stance: 'maybe' is not allowed" in out.out
    assert "1 article loaded, 1 problem(s)" in out.err


def test_export_csv_has_the_documented_columns(tmp_path):
    assert main(["export", "--out", str(tmp_path)]) == 0
    def header(name):
        with open(tmp_path / f"{name}.csv", newline="", encoding="utf-8") as handle:
            return next(csv.reader(handle))
    required = {
        "stances": "article_id, country, stance, date_start, date_end, precision, source, evidence, start, end",
        "events": "article_id, date_start, date_end, precision, date_text, description, countries, actors, "
                  "evidence, start, end",
        "quotes": "article_id, speaker, role, affiliation, text, kind, date_start, date_end, precision, "
                  "evidence, start, end",
        "articles": "article_id, title, outlet, published, path",
    }
    for name, columns in required.items():
        assert set(columns.split(", ")) <= set(header(name)), name
    events = pd.read_csv(tmp_path / "events.csv", dtype=str, keep_default_na=False)
    month = events[events["date_text"] == "last month"].iloc[0]
    assert (month["date_start"], month["date_end"]) == ("2025-03-01", "2025-03-31")
    assert month["countries"] == "GBR;FRA" and month["actors"] == "Keir Starmer;Emmanuel Macron"
    before = events[events["date_text"] == "recent"].iloc[0]
    assert before["date_start"] == "" and before["date_end"] == "2025-04-19"


@pytest.mark.parametrize("fmt", ["json", "parquet"])
def test_export_other_formats(tmp_path, fmt):
    assert main(["export", "--out", str(tmp_path), "--format", fmt]) == 0
    frame = pd.read_json(tmp_path / "quotes.json", lines=True) if fmt == "json" else \
        pd.read_parquet(tmp_path / "quotes.parquet")
    assert "have different opinions" in set(frame["text"])


def test_module_runs_as_a_command():
    result = subprocess.run([sys.executable, "-m", "tracker", "validate"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_validate_lists_a_named_pipe_and_a_directory_and_fails_without_hanging(corpus_folder):
    corpus_folder.simple("good")
    os.mkfifo(corpus_folder.facts / "pipe.yaml")
    (corpus_folder.facts / "x.yaml").mkdir()
    # In its own process, so that a hang fails this test instead of the run.
    result = subprocess.run([sys.executable, "-m", "tracker", "--facts", str(corpus_folder.facts),
                             "--seeds", str(corpus_folder.seeds), "validate"],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    facts = corpus_folder.facts.as_posix()
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"{facts}/pipe.yaml: this file is a named pipe (FIFO), not a regular file: "
        "replace it with a facts file, or remove it",
        f"{facts}/x.yaml: this file is a directory, not a regular file: replace it with a facts file, or remove it",
    ]
    assert "1 article loaded, 2 problem(s)" in result.stderr
