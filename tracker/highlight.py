"""Article text with evidence passages marked, as escaped HTML.

Every character of the article is passed through html.escape, so text from
an article can never become markup or script; only the <mark> wrappers and
labels made here are HTML.
"""

from __future__ import annotations

import html

import pandas as pd

MARK_STYLE = "background:#fff3b0;padding:0 1px;border-radius:2px"
LABEL_STYLE = "font-size:0.7em;color:#555;vertical-align:super;margin-left:2px"


def highlighted_html(text: str, spans: pd.DataFrame) -> str:
    """`spans` has integer `start`, `end` and a text `label` per passage."""
    cuts = sorted({0, len(text), *(int(s) for s in spans["start"]), *(int(e) for e in spans["end"])})
    pieces = []
    for left, right in zip(cuts, cuts[1:]):
        covering = spans[(spans["start"] <= left) & (spans["end"] >= right)]
        chunk = html.escape(text[left:right])
        if covering.empty:
            pieces.append(chunk)
            continue
        ending = covering[covering["end"] == right]
        labels = "".join(
            f'<span style="{LABEL_STYLE}">[{html.escape(label)}]</span>' for label in ending["label"]
        )
        titles = html.escape("; ".join(covering["label"]), quote=True)
        pieces.append(f'<mark style="{MARK_STYLE}" title="{titles}">{chunk}</mark>{labels}')
    body = "".join(pieces)
    return f'<div style="white-space:pre-wrap;line-height:1.7;font-family:serif">{body}</div>'


def passage_html(before: str, passage: str, after: str) -> str:
    return (
        '<div style="white-space:pre-wrap;line-height:1.6">'
        f'{html.escape(before)}<mark style="{MARK_STYLE}">{html.escape(passage)}</mark>{html.escape(after)}</div>'
    )


def heading_html(title: str, caption: str = "") -> str:
    """A heading and caption made of data strings, escaped: Streamlit's own
    headings would read them as Markdown."""
    small = f'<div style="color:#666;font-size:0.85em">{html.escape(caption)}</div>' if caption else ""
    return f'<div><div style="font-size:1.4em;font-weight:600">{html.escape(title)}</div>{small}</div>'
