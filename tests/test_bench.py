"""The benchmark runs and reports every figure (a smoke-sized run). Its
timings are judged from its output (README), never here."""

import json
import os
import subprocess
import sys

import pytest

from tests.browser import ROOT, chromium_available

pytestmark = pytest.mark.skipif(not chromium_available(), reason="needs Debian's chromium (bash tests/run)")

PAGES = ["Overview", "Map", "Timeline", "Quotes", "Sources"]


def test_the_benchmark_produces_every_figure_with_its_reference(tmp_path):
    out = tmp_path / "bench.json"
    subprocess.run([sys.executable, "-m", "bench", "--smoke", "--out", str(out)], cwd=ROOT, check=True,
                   timeout=1200, env={**os.environ, "TRACKER_CACHE_DIR": str(tmp_path / "cache")})
    rows = json.loads(out.read_text())["rows"]
    figures = {(row["section"], row["figure"], row["reference"]): row for row in rows}

    def has(section: str, figure: str, reference: str | None = None) -> dict:
        assert (section, figure, reference) in figures, f"missing: {section} / {figure} / {reference}"
        row = figures[(section, figure, reference)]
        assert row["value"] > 0
        if reference:
            assert row["reference_value"] > 0 and row["ratio"] > 0
        return row

    for reference in ("reference (a): bare page", "reference (b): one plotly chart"):
        has("cold", reference)
    has("cold", "Overview, first view", "(a)")
    for page in ("Map", "shared link /map?…"):
        assert has("cold", f"{page}, first view", "(b)")["target"] == "≤ 1.1×"
    for page in ("Timeline", "Quotes", "Sources"):
        has("cold", f"{page}, first view", "(a)")
    has("warm", "reference (c): widget → text")
    has("warm", "reference (d): sidebar filter → text", "(c)")
    has("warm", "reference (e): sidebar filter → one minimal plotly chart", "(c)")
    for figure, floor in (("filter change → map redrawn", "(e)"), ("filter change → timeline redrawn", "(e)"),
                          ("filter change → quotes table updated", "(d)")):
        assert has("warm", figure, "(c)")["meets"] is not None
        has("warm", figure, floor)
    for page in PAGES:
        for figure in ("server time per rerun", "bytes per rerun", "first payload"):
            has("server", f"{page}: {figure}")
            has("large", f"{page}: {figure}, 100 articles", "1 article")
        has("large", f"{page}: server time per rerun, 100 articles", "10 articles")
        has("large", f"{page} first view, 100 articles", "1 article")
    has("server", "server resident memory")
    has("server", "map figure JSON")
    has("sessions", "rerun p95, 3 users at once", "one user")
    for size in (10, 100):
        has("loader", f"{size} articles: load + validate, cold")
        has("loader", f"{size} articles: peak memory")
        has("loader", f"{size} articles: unchanged, from snapshot")
    has("loader", "time per article at 100 vs 10", "10 articles")
    assert has("facts_file", "200-fact file rendered")["target"] == "< 2 s"
    has("facts_file", "200-fact file rendered: HTML")
    has("uploads", "server memory at start")
    has("uploads", "server memory after a first upload and its draft", "at start")
    assert has("uploads", "server memory after 4 distinct uploads in 2 sessions", "at start")["target"] == "< 500 MB"
    assert has("uploads", "server memory once those sessions expired", "at start")["meets"] is not None
    assert has("uploads", "server memory after a second round of 4 distinct uploads in 2 sessions, expired",
               "after the first")["target"] == "≤ 1.1×"
    has("uploads", "upload until its draft is shown, median")
    assert has("drafter", "1,008-word article drafted")["target"] == "< 2 s"
    has("drafter", "1,008-word article drafted in a process of its own (an upload's draft)")
    assert all(row["section"] in {"cold", "warm", "server", "sessions", "loader", "large", "facts_file",
                                  "uploads", "drafter"}
               for row in rows)
