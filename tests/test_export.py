"""Exports: CSV a spreadsheet cannot run (OWASP's CSV Injection advice),
raw values on request and in JSON."""

import csv
import datetime as dt
import io
import json

import pandas as pd
import streamlit as st
from streamlit.testing.v1 import AppTest

from tracker import paths
from tracker.__main__ import main
from tracker.export import spreadsheet_safe

EVIL_SPEAKER = '=HYPERLINK("http://evil.example/s","click")'


def hostile_corpus(folder) -> None:
    """One article whose quote and stance carry formula-looking text, and an
    ordinary quote beside it."""
    said = "Officials said troops might follow later."
    warned = "Anna Berg warned that “nothing is decided” yet."
    ruled = "Spain has ruled out sending troops."
    folder.article("evil.txt", dt.date(2025, 5, 10), [said, warned, ruled])
    folder.facts_file("evil.yaml", {
        "article": {"id": "evil", "file": "evil.txt", "title": "Headline of evil", "outlet": "Test Wire",
                    "published": "2025-05-10"},
        "stances": [{"country": "ESP", "stance": "ruled_out", "note": "-2", "evidence": ruled}],
        "quotes": [
            {"speaker": EVIL_SPEAKER, "role": "+1", "affiliation": "@SUM(1+1)", "text": "Troops might follow",
             "kind": "reported", "evidence": said},
            {"speaker": "Anna Berg", "role": "Minister", "affiliation": "Dutch government",
             "text": "nothing is decided", "kind": "direct", "evidence": warned},
        ],
    })


def rows(path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_cells_a_spreadsheet_would_run_are_prefixed_with_a_quote_and_the_rest_kept():
    table = pd.DataFrame({
        "speaker": [EVIL_SPEAKER, "Anna Berg"],
        "role": ["+1", "Defence Minister"],
        "affiliation": ["@SUM(1+1)", "Dutch government"],
        "note": ["-2", "2-3 brigades, maybe"],
        "evidence": ["\tTabbed", "line one\n=not at the start"],
        "source": ["\r=1+1", "  =1+1"],
        "lead": ["\nNew line", ""],
        "count": pd.array([-3, 4], dtype="Int64"),
    })
    safe = spreadsheet_safe(table)
    assert safe.to_dict("list") == {
        "speaker": ['\'=HYPERLINK("http://evil.example/s","click")', "Anna Berg"],
        "role": ["'+1", "Defence Minister"],
        "affiliation": ["'@SUM(1+1)", "Dutch government"],
        "note": ["'-2", "2-3 brigades, maybe"],
        "evidence": ["'\tTabbed", "line one\n=not at the start"],
        "source": ["'\r=1+1", "'  =1+1"],
        "lead": ["'\nNew line", ""],
        "count": [-3, 4],
    }
    assert table["speaker"][0] == EVIL_SPEAKER, "the table itself is left as it was"


def test_tracker_export_writes_spreadsheet_safe_csv_by_default(corpus_folder, tmp_path):
    hostile_corpus(corpus_folder)
    out = tmp_path / "out"
    assert main(["--facts", str(corpus_folder.facts), "--seeds", str(corpus_folder.seeds),
                 "export", "--out", str(out)]) == 0
    evil, ordinary = rows(out / "quotes.csv")
    assert (evil["speaker"], evil["role"], evil["affiliation"]) == (
        '\'=HYPERLINK("http://evil.example/s","click")', "'+1", "'@SUM(1+1)")
    assert (ordinary["speaker"], ordinary["role"], ordinary["affiliation"], ordinary["text"]) == (
        "Anna Berg", "Minister", "Dutch government", "nothing is decided")
    assert (evil["start"], evil["end"]) == ("40", "81"), "numbers stay numbers"
    [stance] = rows(out / "stances.csv")
    assert (stance["note"], stance["evidence"]) == ("'-2", "Spain has ruled out sending troops.")


def test_tracker_export_raw_writes_every_value_unchanged(corpus_folder, tmp_path):
    hostile_corpus(corpus_folder)
    out = tmp_path / "out"
    assert main(["--facts", str(corpus_folder.facts), "--seeds", str(corpus_folder.seeds),
                 "export", "--out", str(out), "--raw"]) == 0
    evil, _ = rows(out / "quotes.csv")
    assert (evil["speaker"], evil["role"], evil["affiliation"]) == (EVIL_SPEAKER, "+1", "@SUM(1+1)")
    [stance] = rows(out / "stances.csv")
    assert stance["note"] == "-2"


def test_json_export_keeps_values_as_loaded(corpus_folder, tmp_path):
    hostile_corpus(corpus_folder)
    out = tmp_path / "out"
    assert main(["--facts", str(corpus_folder.facts), "--seeds", str(corpus_folder.seeds),
                 "export", "--out", str(out), "--format", "json"]) == 0
    evil = json.loads((out / "quotes.json").read_text(encoding="utf-8").splitlines()[0])
    assert (evil["speaker"], evil["role"], evil["affiliation"]) == (EVIL_SPEAKER, "+1", "@SUM(1+1)")


def test_the_quotes_pages_csv_download_is_spreadsheet_safe(corpus_folder, monkeypatch):
    hostile_corpus(corpus_folder)
    monkeypatch.setattr(paths, "FACTS", corpus_folder.facts)
    monkeypatch.setattr(paths, "SEEDS", corpus_folder.seeds)
    offered = {}
    button = st.download_button

    def recording(label, data, *args, **kwargs):
        offered[label] = data
        return button(label, data, *args, **kwargs)

    # The page hands the button a function, called only when a viewer clicks.
    monkeypatch.setattr(st, "download_button", recording)
    at = AppTest.from_file(str(paths.ROOT / "app.py"), default_timeout=60).run()
    at.switch_page("pages/quotes.py").run()
    assert not at.exception
    data = offered["Download these quotes (CSV)"]
    downloaded = list(csv.DictReader(io.StringIO(data() if callable(data) else data)))
    by_speaker = {row["speaker"]: row for row in downloaded}
    assert set(by_speaker) == {'\'=HYPERLINK("http://evil.example/s","click")', "Anna Berg"}
    evil = by_speaker['\'=HYPERLINK("http://evil.example/s","click")']
    assert (evil["role"], evil["affiliation"]) == ("'+1", "'@SUM(1+1)")
    assert (by_speaker["Anna Berg"]["role"], by_speaker["Anna Berg"]["text"]) == ("Minister", "nothing is decided")


def test_exports_carry_each_facts_status_and_the_articles_countries(corpus_folder, tmp_path):
    held = "Ministers met in Paris on Friday."
    ahead = "Leaders will meet in Rome on 20 May."
    poised = "Italy is expected to commit troops."
    corpus_folder.article("plan.txt", dt.date(2025, 5, 10), [held, ahead, poised])
    corpus_folder.facts_file("plan.yaml", {
        "article": {"id": "plan", "file": "plan.txt", "title": "Plans", "outlet": "Test Wire",
                    "published": "2025-05-10", "countries": ["FRA", "ITA"]},
        "stances": [{"country": "ITA", "stance": "committed", "status": "planned", "evidence": poised}],
        "events": [{"date": "2025-05-09", "description": "Meeting", "evidence": held},
                   {"date": "2025-05-20", "status": "planned", "description": "Summit", "evidence": ahead}],
        "quotes": [{"speaker": "Leaders", "text": "will meet in Rome", "kind": "reported", "date": "2025-05-20",
                    "status": "planned", "evidence": ahead}],
    })
    for fmt in ("csv", "json"):
        out = tmp_path / fmt
        assert main(["--facts", str(corpus_folder.facts), "--seeds", str(corpus_folder.seeds),
                     "export", "--out", str(out), "--format", fmt]) == 0
        if fmt == "csv":
            read = rows
        else:
            def read(path):
                return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        tables = {name: read(out / f"{name}.{fmt}") for name in ("articles", "stances", "events", "quotes",
                                                                 "positions")}
        assert [(row["description"], row["status"]) for row in tables["events"]] == [
            ("Meeting", "reported"), ("Summit", "planned")]
        assert [row["status"] for row in tables["stances"]] == ["planned"]
        assert [row["status"] for row in tables["quotes"]] == ["planned"]
        assert tables["articles"][0]["countries"] == "FRA;ITA"
        assert tables["positions"] == [], "a planned stance is no position"
