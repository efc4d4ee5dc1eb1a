"""Bidirectional controls and invisible characters are refused, in facts and
in articles, with a problem saying where; they never reach a page."""

import datetime as dt

import pytest
from streamlit.testing.v1 import AppTest

from tracker import load_corpus, paths
from tracker.articles import parse_article

WHY = "can make the text display differently from what is stored"

# The override spelled as a YAML escape: the loaded text is what is checked,
# not the file's bytes.
OVERRIDDEN_FACTS = """\
article:
  id: bad
  file: bad.txt
  title: Headline of bad
  outlet: Test Wire
  published: 2025-05-10
stances:
  - country: DEU
    stance: hesitant
    evidence: "The government of bad said it was \\u202Ehesitant about sending troops."
"""


def test_a_right_to_left_override_in_evidence_is_a_problem_at_its_field_and_line(corpus_folder):
    corpus_folder.simple("good")
    corpus_folder.simple("bad")
    corpus_folder.facts_file("bad.yaml", OVERRIDDEN_FACTS)
    corpus = load_corpus(corpus_folder.facts, corpus_folder.seeds)
    [problem] = corpus.problems
    assert problem.file.endswith("facts/bad.yaml")
    assert (problem.line, problem.field) == (10, "stances[0].evidence")
    assert problem.message == f"U+202E RIGHT-TO-LEFT OVERRIDE at character 35: remove it; it {WHY}"
    assert list(corpus.articles["article_id"]) == ["good"], "the good file still loads"


# Each text field of a facts file, with a refused character set in its
# middle; the field's key is what the problem's line points at.
FIELDS = [
    (("article", "title"), "article.title", "\u202d", "U+202D LEFT-TO-RIGHT OVERRIDE"),
    (("article", "outlet"), "article.outlet", "\u2066", "U+2066 LEFT-TO-RIGHT ISOLATE"),
    (("article", "agencies", 0), "article.agencies[0]", "\u2069", "U+2069 POP DIRECTIONAL ISOLATE"),
    (("stances", 0, "note"), "stances[0].note", "\u200b", "U+200B ZERO WIDTH SPACE"),
    (("stances", 0, "source"), "stances[0].source", "\u200c", "U+200C ZERO WIDTH NON-JOINER"),
    (("stances", 0, "date"), "stances[0].date", "\u200d", "U+200D ZERO WIDTH JOINER"),
    (("events", 0, "description"), "events[0].description", "\u2060", "U+2060 WORD JOINER"),
    (("events", 0, "actors", 0), "events[0].actors[0]", "\ufeff", "U+FEFF ZERO WIDTH NO-BREAK SPACE"),
    (("events", 0, "date"), "events[0].date", "\u180e", "U+180E MONGOLIAN VOWEL SEPARATOR"),
    (("quotes", 0, "speaker"), "quotes[0].speaker", "\u200f", "U+200F RIGHT-TO-LEFT MARK"),
    (("quotes", 0, "role"), "quotes[0].role", "\u200e", "U+200E LEFT-TO-RIGHT MARK"),
    (("quotes", 0, "affiliation"), "quotes[0].affiliation", "\u061c", "U+061C ARABIC LETTER MARK"),
    (("quotes", 0, "text"), "quotes[0].text", "\u202b", "U+202B RIGHT-TO-LEFT EMBEDDING"),
    (("quotes", 0, "evidence"), "quotes[0].evidence", "\u202c", "U+202C POP DIRECTIONAL FORMATTING"),
    (("quotes", 0, "date"), "quotes[0].date", "\u00ad", "U+00AD SOFT HYPHEN"),
]


@pytest.mark.parametrize("path, field, character, named", FIELDS, ids=[f[1] for f in FIELDS])
def test_every_text_field_refuses_invisible_and_direction_characters(corpus_folder, path, field, character, named):
    corpus_folder.simple("good")
    data = corpus_folder.simple("bad", stance="hesitant")
    data["stances"][0].update(source="Test Wire", note="a note", date="recent")
    *parents, key = path
    holder = data
    for part in parents:
        holder = holder[part]
    holder[key] = holder[key][:2] + character + holder[key][2:]
    written = corpus_folder.facts_file("bad.yaml", data)
    corpus = load_corpus(corpus_folder.facts, corpus_folder.seeds)
    [problem] = corpus.problems
    assert (problem.field, problem.message) == (field, f"{named} at character 3: remove it; it {WHY}")
    line = written.read_text(encoding="utf-8").splitlines()[problem.line - 1].strip()
    assert line.startswith("- ") if isinstance(key, int) else line.removeprefix("- ").startswith(f"{key}:"), line
    assert character in line or f"\\u{ord(character):04X}" in line, "the line holds the character, raw or escaped"
    assert character not in str(problem), "the message names the character, never shows it"
    assert list(corpus.articles["article_id"]) == ["good"]


def test_several_refused_characters_in_one_field_are_counted(corpus_folder):
    corpus_folder.simple("bad")
    corpus_folder.facts_file("bad.yaml", OVERRIDDEN_FACTS.replace("troops.", "troops\\u202C\\u200B."))
    [problem] = load_corpus(corpus_folder.facts, corpus_folder.seeds).problems
    assert problem.message == f"U+202E RIGHT-TO-LEFT OVERRIDE at character 35 (and 2 more): remove them; they {WHY}"


def zero_width_article(folder, stem: str, sentence: str) -> None:
    folder.simple(stem)
    folder.article(f"{stem}.txt", dt.date(2025, 5, 10), [sentence])


@pytest.mark.parametrize("sentence, message", [
    ("Spain has ruled out\u200b sending troops.",
     f"article file 'zw.txt' contains an invisible or direction-changing character, U+200B ZERO WIDTH SPACE "
     f"at line 3, column 20: remove it; it {WHY}"),
    ("Spain has \u202etuo delur\u202c, \ufeffsaid the minister.",
     f"article file 'zw.txt' contains 3 invisible or direction-changing characters, the first U+202E "
     f"RIGHT-TO-LEFT OVERRIDE at line 3, column 11: remove them; they {WHY}"),
])
def test_an_article_with_invisible_characters_is_refused_with_line_and_column(corpus_folder, sentence, message):
    corpus_folder.simple("good")
    zero_width_article(corpus_folder, "zw", sentence)
    corpus = load_corpus(corpus_folder.facts, corpus_folder.seeds)
    [problem] = corpus.problems
    assert problem.file.endswith("facts/zw.yaml")
    assert (problem.line, problem.field, problem.message) == (3, "article.file", message)
    assert list(corpus.articles["article_id"]) == ["good"], "the other good file still loads"


def test_a_byte_order_mark_only_at_the_start_of_an_article_is_fine():
    raw = "\ufeff date 2025-05-10 1\nHeadline\nSpain has ruled out sending troops.\n".encode()
    assert parse_article(raw, "bom.txt").headline == "Headline"
    with pytest.raises(ValueError, match="U\\+FEFF ZERO WIDTH NO-BREAK SPACE at line 1, column 1"):
        parse_article(b"\xef\xbb\xbf" + raw, "two-boms.txt")


def test_the_add_page_refuses_an_uploaded_article_with_an_override():
    at = AppTest.from_file(str(paths.ROOT / "app.py"), default_timeout=60).run()
    at.switch_page("pages/add.py").run()
    raw = " date 2025-06-10 7\nSpain and troops\nSpain has \u202etuo delur sending troops.\n".encode()
    at.file_uploader(key="add_article").set_value(("spain.txt", raw, "text/plain")).run()
    assert not at.exception
    assert [error.value for error in at.error] == ["This article file cannot be used."]
    assert [text.value for text in at.text] == [
        f"article file 'spain.txt' contains an invisible or direction-changing character, U+202E RIGHT-TO-LEFT "
        f"OVERRIDE at line 3, column 11: remove it; it {WHY}"]
    assert not at.text_area, "nothing is drafted from it"
    assert not any("\u202e" in element.proto.body for element in at.main.get("html"))


def test_a_file_name_holding_an_override_is_shown_escaped_in_its_problem(corpus_folder):
    corpus_folder.simple("good")
    data = corpus_folder.simple("bad")
    data["stances"][0]["country"] = "XYZ"
    (corpus_folder.facts / "bad.yaml").unlink()
    corpus_folder.facts_file("bad\u202elmay.yaml", data)
    [problem] = load_corpus(corpus_folder.facts, corpus_folder.seeds).problems
    assert problem.file.endswith("facts/bad\\u202elmay.yaml")
    assert "\u202e" not in str(problem)


def test_an_uploaded_file_name_holding_an_override_is_shown_escaped():
    from tracker.loader import load_sources, upload_source

    article = b" date 2025-05-10 1\nHeadline\nFrance said it was committed to sending troops.\n"
    facts = b"article: {id: up, file: other.txt, title: T, outlet: O, published: 2025-05-10}\n"
    [problem] = load_sources([upload_source("a\u202etxt.txt", article, "f\u202elmay.yaml", facts)]).problems
    assert problem.file == "upload: f\\u202elmay.yaml"
    assert "\u202e" not in str(problem)
