"""What a session may keep from the Add page, and what a rerun of it costs:
uploads are capped per session, and the draft, the check and the highlighted
article are made once per upload, not on every rerun."""

from streamlit.testing.v1 import AppTest

import app_data
from tracker import draft_worker
from tracker import paths
from tracker.loader import Corpus

SURNAMES = ["Wojcik", "Kaminski", "Lewandowski", "Zielinski", "Szymanski", "Wozniak", "Dabrowski"]


def start() -> AppTest:
    at = AppTest.from_file(str(paths.ROOT / "app.py"), default_timeout=60).run()
    at.switch_page("pages/add.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def article(surname: str, sentence: str = "Poland has committed to sending troops.") -> bytes:
    return (f" date 2025-06-10 {len(surname)}\n{surname} on troops\n"
            f"Polish Prime Minister Adam {surname} said on Monday that {sentence}\n").encode()


def choose(at: AppTest, name: str, raw: bytes, facts: bytes | None = None) -> AppTest:
    if facts is not None:
        at.file_uploader(key="add_facts").set_value((name.replace(".txt", ".yaml"), facts, "application/x-yaml"))
    at.file_uploader(key="add_article").set_value((name, raw, "text/plain")).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def button(at: AppTest, starting: str):
    return next(b for b in at.button if b.label.startswith(starting))


def review_and_add(at: AppTest) -> AppTest:
    button(at, "I have checked").click().run()
    assert at.success, "the reviewed draft checks out"
    button(at, "Add to").click().run()
    assert not at.exception
    return at


def added(at: AppTest) -> list[str]:
    return [text.value for text in at.text if " with " in text.value]


def test_a_session_adds_at_most_five_articles_and_is_told_so_at_the_sixth():
    at = start()
    for surname in SURNAMES[:5]:
        review_and_add(choose(at, f"{surname.lower()}.txt", article(surname)))
    assert len(added(at)) == 5
    at.switch_page("pages/map.py").run()
    at.switch_page("pages/add.py").run()
    assert any("already holds 5 added articles" in warning.value for warning in at.warning), "told before choosing"
    choose(at, "wozniak.txt", article("Wozniak"))
    button(at, "I have checked").click().run()
    assert any("already holds 5 added articles" in warning.value for warning in at.warning)
    refused = button(at, "Add to")
    assert refused.disabled
    refused.proto.disabled = False  # a crafted client can send the click of a disabled button
    refused.click().run()
    assert added(at) == [f"{surname.lower()}.txt with {surname.lower()}.yaml" for surname in SURNAMES[:5]]
    assert len(at.session_state["uploads"]) == 5


def test_the_caps_hold_whatever_calls_add_upload():
    def script():
        import streamlit as st

        import app_data

        for number in range(3):
            app_data.add_upload((f"a{number}.txt", b"x" * 100, f"a{number}.yaml", b"y" * 100))
        # 2,000,200 bytes with the three before it: over the 2 MB cap.
        app_data.add_upload(("big.txt", b"x" * 100, "big.yaml", b"y" * 1_999_500))
        for number in range(3, 7):
            app_data.add_upload((f"a{number}.txt", b"x" * 100, f"a{number}.yaml", b"y" * 100))
        st.text(" ".join(name for name, _, _, _ in app_data.uploads()))

    at = AppTest.from_function(script).run()
    assert at.text[0].value == "a0.txt a1.txt a2.txt a3.txt a4.txt"


def test_removing_an_article_makes_room_for_another():
    at = start()
    for surname in SURNAMES[:5]:
        review_and_add(choose(at, f"{surname.lower()}.txt", article(surname)))
    next(b for b in at.button if b.label == "Remove").click().run()
    review_and_add(choose(at, "dabrowski.txt", article("Dabrowski")))
    assert added(at)[-1] == "dabrowski.txt with dabrowski.yaml" and len(added(at)) == 5


def _large_facts(surname: str) -> bytes:
    # A valid facts file made large by a comment: what counts is its bytes.
    facts = (f"article: {{id: {surname.lower()}, file: {surname.lower()}.txt, title: t, outlet: o, "
             "published: 2025-06-10}\n"
             "stances:\n  - {country: POL, stance: committed, evidence: Poland has committed to sending troops.}\n")
    return (facts + ("# " + "x" * 97 + "\n") * 9_000).encode()


def test_uploads_over_two_megabytes_in_all_are_refused_with_the_total():
    at = start()
    for surname in SURNAMES[:2]:
        choose(at, f"{surname.lower()}.txt", article(surname), _large_facts(surname))
        assert at.success, [warning.value for warning in at.warning]
        button(at, "Add to").click().run()
    choose(at, "lewandowski.txt", article("Lewandowski"), _large_facts("Lewandowski"))
    [warning] = [warning.value for warning in at.warning]
    assert "would come to 2.70 MB" in warning and "at most 2 MB" in warning
    refused = button(at, "Add to")
    assert refused.disabled
    refused.proto.disabled = False  # a crafted client can send the click of a disabled button
    refused.click().run()
    assert len(added(at)) == 2


def merged_corpora(at: AppTest) -> list[str]:
    """The session state keys holding a corpus (alone or in a tuple)."""
    def holds(value) -> bool:
        return isinstance(value, Corpus) or (isinstance(value, tuple) and any(map(holds, value)))
    return [key for key, value in at.session_state.items() if holds(value)]


def test_the_session_keeps_one_merged_corpus_and_none_once_every_article_is_removed():
    at = start()
    for surname in SURNAMES[:3]:
        review_and_add(choose(at, f"{surname.lower()}.txt", article(surname)))
        at.switch_page("pages/map.py").run()
        at.switch_page("pages/add.py").run()
    assert len(merged_corpora(at)) == 1


def test_removing_every_article_leaves_no_merged_corpus_in_the_session():
    at = start()
    review_and_add(choose(at, "szymanski.txt", article("Szymanski")))
    next(b for b in at.button if b.label == "Remove").click().run()
    assert not added(at)
    assert merged_corpora(at) == []


def test_a_rerun_neither_drafts_nor_checks_nor_highlights_the_upload_again(monkeypatch):
    calls = {"draft": 0, "check": 0, "highlight": 0}

    def counted(name, function):
        def call(*args, **kwargs):
            calls[name] += 1
            return function(*args, **kwargs)
        return call

    monkeypatch.setattr(draft_worker, "draft_isolated", counted("draft", draft_worker.draft_isolated))
    monkeypatch.setattr(app_data, "load_sources", counted("check", app_data.load_sources))
    monkeypatch.setattr(app_data, "highlighted_html", counted("highlight", app_data.highlighted_html))
    at = choose(start(), "rerun.txt", article("Rerunowski", "Poland has ruled out sending troops."))
    assert "ruled_out" in at.text_area[0].value
    assert calls == {"draft": 1, "check": 1, "highlight": 1}
    for _ in range(3):
        at.run()
        assert not at.exception
    at.multiselect(key="f_position").set_value(["ruled_out"]).run()  # a filter change reruns the page too
    assert not at.exception
    assert calls == {"draft": 1, "check": 1, "highlight": 1}


def test_what_a_session_builds_on_its_uploads_stays_in_that_session(monkeypatch):
    # The process-wide caches outlive a session: a merged corpus there would
    # stay after its session has gone. Calls to the cached functions are
    # counted; a session's own results call the function beneath them.
    shared = {"calls": 0}
    for name in ("_view", "_shaped", "_table_html", "_position_map", "_choices", "_article_options", "_titles"):
        cached = getattr(app_data, name)

        def counted(*args, _cached=cached, **kwargs):
            shared["calls"] += 1
            return _cached(*args, **kwargs)

        counted.__wrapped__ = cached.__wrapped__
        monkeypatch.setattr(app_data, name, counted)
    at = start()
    before = shared["calls"]
    assert before > 0, "a session without uploads uses the shared caches"
    review_and_add(choose(at, "wozniak.txt", article("Wozniak")))
    shared["calls"] = 0
    for page in ("pages/overview.py", "pages/map.py", "pages/timeline.py", "pages/quotes.py", "pages/sources.py"):
        at.switch_page(page).run()
        assert not at.exception, [e.value for e in at.exception]
    assert any("Wozniak" in element.proto.body for element in at.main.get("html")), "Sources shows the upload"
    assert shared["calls"] == 0
    assert at.session_state["upload_results"], "kept in the session's own state instead"


def test_a_session_with_uploads_keeps_only_its_latest_few_views_and_maps():
    at = start()
    review_and_add(choose(at, "dabrowski.txt", article("Dabrowski")))
    at.switch_page("pages/map.py").run()
    for stances in (["committed"], ["hesitant"], ["ruled_out"], ["opposed"], ["committed", "hesitant"], []):
        at.multiselect(key="f_position").set_value(stances).run()
        assert not at.exception, [e.value for e in at.exception]
    kept = at.session_state["upload_results"]
    assert len(kept["_view"]) == 4 and len(kept["_position_map"]) == 4, "seven filter states seen, four kept"


def facts_for(surname: str, article_id: str) -> bytes:
    return (f"article:\n  id: {article_id}\n  file: {surname.lower()}.txt\n  title: {surname} on troops\n"
            f"  outlet: Test Wire\n  published: 2025-06-10\n  agencies: []\n"
            "stances:\n  - country: POL\n    stance: committed\n"
            "    evidence: Poland has committed to sending troops.\n").encode()


def test_an_article_whose_id_the_dashboard_already_has_is_refused_not_said_to_be_added():
    at = choose(start(), "wojcik.txt", article("Wojcik"),
                facts_for("Wojcik", "menafn-2025-04-19-kallas-coalition-divided"))
    assert at.success, "the facts themselves check out"
    assert any("already used by an article of the dashboard" in warning.value for warning in at.warning)
    assert button(at, "Add to").disabled
    assert "uploads" not in at.session_state or not at.session_state["uploads"]


def test_a_second_upload_with_the_id_of_the_first_is_refused():
    at = choose(start(), "wojcik.txt", article("Wojcik"), facts_for("Wojcik", "poland-troops"))
    button(at, "Add to").click().run()
    assert len(at.session_state["uploads"]) == 1
    choose(at, "kaminski.txt", article("Kaminski"), facts_for("Kaminski", "poland-troops"))
    assert any("already used by another article you added" in warning.value for warning in at.warning)
    refused = button(at, "Add to")
    assert refused.disabled
    refused.proto.disabled = False  # a crafted client can send the click of a disabled button
    refused.click().run()
    assert len(at.session_state["uploads"]) == 1
