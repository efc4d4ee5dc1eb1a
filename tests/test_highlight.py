import datetime as dt
import re

import pandas as pd

from tracker.highlight import (
    STYLESHEET,
    figures_html,
    heading_html,
    highlighted_html,
    passage_html,
    source_html,
    table_html,
)

HOSTILE = '<script>window.pwned=1</script> <img src=x onerror="alert(1)"> [x](javascript:alert(1))'


def test_article_text_is_escaped_never_markup():
    end = len(HOSTILE)
    spans = pd.DataFrame({"start": [end - 3], "end": [end], "label": ['<b onmouseover="x">label</b>']})
    markup = highlighted_html(HOSTILE, spans)
    assert "<script>" not in markup and "<img" not in markup and "<b " not in markup
    assert "&lt;script&gt;window.pwned=1&lt;/script&gt;" in markup
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in markup


def test_passages_are_marked_and_labelled():
    text = "Alpha beta gamma delta"
    spans = pd.DataFrame({"start": [6, 6], "end": [10, 16], "label": ["one", "two"]})
    markup = highlighted_html(text, spans)
    assert markup.count("<mark") == 2
    assert "[one]" in markup and "[two]" in markup
    assert markup.index("[one]") < markup.index("gamma") < markup.index("[two]")


def test_context_and_headings_escape_data():
    assert "&lt;script&gt;" in passage_html("<script>", "x", "y")
    assert "&lt;img" in heading_html("<img src=x>", "<b>")


def test_headline_cards_show_label_value_and_detail_as_escaped_text_in_order():
    cards = figures_html([("Committed", "6", "5 named"), (HOSTILE, "<b>2</b>", "<i>x</i>")])
    assert "<script>" not in cards and "<b>" not in cards and "<i>" not in cards
    assert cards.count('class="headline-figure"') == 2
    assert cards.index("Committed") < cards.index(">6<") < cards.index("5 named") < cards.index("&lt;script&gt;")


def test_a_source_escapes_its_heading_and_fold_label_and_keeps_its_parts_in_order():
    card = source_html(HOSTILE, "<b>outlet</b>", "<div>text</div>", "<i>3 facts</i>", "<table></table>")
    assert "<script>" not in card and "<b>" not in card and "<i>" not in card
    assert card.index("&lt;script&gt;") < card.index("<div>text</div>") < card.index("<details")
    assert card.index("<summary") < card.index("&lt;i&gt;3 facts") < card.index("<table></table>") < card.index("</details>")


def test_tables_show_data_as_escaped_text_under_their_labels():
    frame = pd.DataFrame({
        "published": [pd.Timestamp("2025-05-10"), dt.date(2025, 4, 1)],
        "title": [HOSTILE, "Plain & simple"],
        "agencies": [["AFP", "Reuters"], []],
        "note": [None, float("nan")],
        "hidden": ["not shown", "not shown"],
    })
    markup = table_html(frame, {"published": "Published", "title": "<i>Headline</i>", "agencies": "Agencies",
                                "note": "Note"})
    cells = [re.sub(r"<[^>]+>", "", cell) for cell in re.findall(r"<t[dh][^>]*>.*?</t[dh]>", markup)]
    assert cells == ["Published", "&lt;i&gt;Headline&lt;/i&gt;", "Agencies", "Note",
                     "2025-05-10", HOSTILE.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                     .replace('"', "&quot;"), "AFP, Reuters", "",
                     "2025-04-01", "Plain &amp; simple", "", ""]
    assert "<script>" not in markup and "<img" not in markup and "not shown" not in markup


def test_every_class_the_blocks_use_is_styled_by_the_stylesheet():
    spans = pd.DataFrame({"start": [0], "end": [5], "label": ["one"]})
    blocks = [highlighted_html("Alpha beta", spans), passage_html("a", "b", "c"), heading_html("t", "c"),
              figures_html([("l", "v", "d")]), table_html(pd.DataFrame({"a": [1]}), {"a": "A"}),
              source_html("t", "c", "", "facts", "")]
    used = {name for block in blocks for names in re.findall(r'class="([^"]+)"', block) for name in names.split()}
    styled = set(re.findall(r"(?<![\w.])\.([a-z][\w-]*)", STYLESHEET))
    assert used and used <= styled, f"no style for {used - styled}"
    assert "style=" not in "".join(blocks)


def test_overlapping_nested_and_adjacent_passages_are_marked_piece_by_piece():
    text = "Alpha beta gamma delta!"
    spans = pd.DataFrame({"start": [0, 6, 6, 16], "end": [10, 10, 16, 22],
                          "label": ["one", "three", "two", "four"]})
    assert highlighted_html(text, spans) == (
        '<div class="tracker-text">'
        '<mark class="tracker-mark" title="one">Alpha </mark>'
        '<mark class="tracker-mark" title="one; three; two">beta</mark>'
        '<span class="tracker-label">[one]</span><span class="tracker-label">[three]</span>'
        '<mark class="tracker-mark" title="two"> gamma</mark><span class="tracker-label">[two]</span>'
        '<mark class="tracker-mark" title="four"> delta</mark><span class="tracker-label">[four]</span>'
        "!</div>")


def test_thousands_of_facts_on_one_passage_name_ten_and_count_the_rest():
    spans = pd.DataFrame({"start": [6] * 2000, "end": [10] * 2000,
                          "label": [f"fact-{number}" for number in range(1, 2001)]})
    markup = highlighted_html("Alpha beta gamma", spans)
    [title] = re.findall(r'title="([^"]*)"', markup)
    assert title == ("fact-1; fact-2; fact-3; fact-4; fact-5; fact-6; fact-7; fact-8; fact-9; fact-10; "
                     "+1990 more")
    labels = re.findall(r'<span class="tracker-label">\[([^\]]*)\]</span>', markup)
    assert labels == ["fact-1", "fact-2", "fact-3", "fact-4", "fact-5", "fact-6", "fact-7", "fact-8", "fact-9",
                      "fact-10", "+1990 more"]


def test_a_very_long_label_is_cut_short():
    spans = pd.DataFrame({"start": [0], "end": [5], "label": ["stance-1: " + "x" * 10_000]})
    markup = highlighted_html("Alpha beta", spans)
    shown = "stance-1: " + "x" * 189 + "…"
    assert f'title="{shown}"' in markup and f"[{shown}]" in markup
    assert len(markup) < 600
