import pandas as pd

from tracker.highlight import heading_html, highlighted_html, passage_html

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
