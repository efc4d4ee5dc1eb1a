"""Drafting an upload in a process of its own: the same draft as drafting in
place, stopped when it runs too long, and spaCy never loaded by the server."""

import subprocess
import sys

import pytest

from tracker import paths
from tracker.articles import parse_article
from tracker.draft import draft_text
from tracker.draft_worker import DraftFailed, draft_isolated

ARTICLE = (" date 2025-03-17 9\nPoland on troops\n"
           "Polish Prime Minister Adam Wojcik said on Monday that Poland has committed to sending troops.\n"
           "Italy has ruled out sending soldiers, Giorgia Meloni said.\n").encode()


def test_a_draft_made_in_its_own_process_is_the_draft_made_in_place():
    drafted = draft_isolated("poland.txt", ARTICLE)
    assert drafted == draft_text("poland.txt", parse_article(ARTICLE, "poland.txt"))
    assert "country: POL" in drafted and "country: ITA" in drafted


def test_a_draft_that_runs_too_long_is_stopped_with_what_to_do():
    with pytest.raises(DraftFailed, match="took longer than 0.01 seconds and was stopped: upload a facts file"):
        draft_isolated("poland.txt", ARTICLE, timeout=0.01)


def test_an_article_the_drafter_cannot_read_is_a_failure_with_its_reason():
    with pytest.raises(DraftFailed, match="is not UTF-8 text"):
        draft_isolated("latin.txt", " date 2025-03-17 9\nT\nBr\xfcssel\n".encode("latin-1"))


def test_the_server_drafts_an_upload_without_loading_spacy():
    # In a fresh interpreter: this test process has loaded spaCy for others.
    script = f"""
import sys
from streamlit.testing.v1 import AppTest
at = AppTest.from_file({str(paths.ROOT / "app.py")!r}, default_timeout=120).run()
at.switch_page("pages/add.py").run()
at.file_uploader(key="add_article").set_value(("poland.txt", {ARTICLE!r}, "text/plain")).run()
assert not at.exception, [e.value for e in at.exception]
assert any("country: POL" in area.value for area in at.text_area), "the draft is shown for review"
print("spacy loaded" if "spacy" in sys.modules else "spacy not loaded")
"""
    done = subprocess.run([sys.executable, "-c", script], cwd=paths.ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "spacy not loaded"


def test_any_name_an_upload_may_carry_reaches_the_drafter():
    drafted = draft_isolated("po\x00land\u202e.txt", ARTICLE)
    assert "country: POL" in drafted


def test_drafts_are_made_one_at_a_time(monkeypatch):
    import threading

    from tracker import draft_worker

    running, most = [0], [0]
    lock = threading.Lock()
    real_run = draft_worker.subprocess.run

    def run(*args, **kwargs):
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        try:
            return real_run(*args, **kwargs)
        finally:
            with lock:
                running[0] -= 1

    monkeypatch.setattr(draft_worker.subprocess, "run", run)
    drafts = [threading.Thread(target=draft_isolated, args=(f"a{n}.txt", ARTICLE)) for n in range(3)]
    for thread in drafts:
        thread.start()
    for thread in drafts:
        thread.join()
    assert most[0] == 1
