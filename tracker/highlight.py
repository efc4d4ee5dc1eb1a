"""Data shown as escaped HTML: article text with evidence passages marked,
headings, small static tables, the Overview's headline cards and the
Sources page's article cards.

Every string from data is passed through html.escape, so it can never become
markup or script; only the tags and styles written here are HTML.
"""

from __future__ import annotations

import datetime as dt
import html
import itertools

import pandas as pd

# Cards and folds drawn like Streamlit's own bordered elements (light theme).
_BORDER = "border:1px solid rgba(49,51,63,0.2);border-radius:0.5rem"

# The look of every block below, as classes: the app adds this once to each
# page (app.py). Written into every element instead, the same styles were
# 52 of the 94 KB of HTML in a page of ten articles on Sources, sent on every
# rerun (with 10,000 articles, a Sources rerun went from 117 to 71 KB).
STYLESHEET = f"""<style>
.tracker-mark{{background:#fff3b0;padding:0 1px;border-radius:2px}}
.tracker-label{{font-size:0.7em;color:#555;vertical-align:super;margin-left:2px}}
.tracker-text{{white-space:pre-wrap;line-height:1.7;font-family:serif}}
.tracker-passage{{white-space:pre-wrap;line-height:1.6}}
.tracker-title{{font-size:1.4em;font-weight:600}}
.tracker-caption{{color:#666;font-size:0.85em}}
.tracker-card{{{_BORDER};padding:1rem;margin-bottom:1rem}}
.tracker-fold{{{_BORDER};padding:0.5rem 1rem;margin-top:1rem}}
.tracker-fold>summary{{cursor:pointer}}
.headline-row{{display:flex;flex-wrap:wrap;gap:1rem}}
.headline-figure{{flex:1 1 9rem;{_BORDER};padding:1rem}}
.headline-label{{font-size:0.875rem}}
.headline-value{{font-size:2.25rem;line-height:1.3}}
.headline-detail{{font-size:0.875rem;color:rgba(49,51,63,0.6);margin-top:0.25rem}}
.tracker-table{{border-collapse:collapse;width:100%;font-size:0.9em}}
.tracker-table th,.tracker-table td{{text-align:left;vertical-align:top;padding:4px 8px;border-bottom:1px solid rgba(128,128,128,0.25)}}
</style>"""


def highlighted_html(text: str, spans: pd.DataFrame) -> str:
    """`spans` has integer `start`, `end` and a text `label` per passage."""
    cuts = sorted({0, len(text), *(int(s) for s in spans["start"]), *(int(e) for e in spans["end"])})
    pieces = []
    for left, right in itertools.pairwise(cuts):
        covering = spans[(spans["start"] <= left) & (spans["end"] >= right)]
        chunk = html.escape(text[left:right])
        if covering.empty:
            pieces.append(chunk)
            continue
        ending = covering[covering["end"] == right]
        labels = "".join(f'<span class="tracker-label">[{html.escape(label)}]</span>' for label in ending["label"])
        titles = html.escape("; ".join(covering["label"]), quote=True)
        pieces.append(f'<mark class="tracker-mark" title="{titles}">{chunk}</mark>{labels}')
    body = "".join(pieces)
    return f'<div class="tracker-text">{body}</div>'


def passage_html(before: str, passage: str, after: str) -> str:
    return (
        '<div class="tracker-passage">'
        f'{html.escape(before)}<mark class="tracker-mark">{html.escape(passage)}</mark>{html.escape(after)}</div>'
    )


def heading_html(title: str, caption: str = "") -> str:
    """A heading and caption made of data strings, escaped: Streamlit's own
    headings would read them as Markdown."""
    small = f'<div class="tracker-caption">{html.escape(caption)}</div>' if caption else ""
    return f'<div><div class="tracker-title">{html.escape(title)}</div>{small}</div>'


def figures_html(figures: list[tuple[str, str, str]]) -> str:
    """Headline numbers side by side, each a bordered card with its label,
    value and what the value counts (label, value, detail), drawn like
    Streamlit's bordered metric. One element where four metrics in columns
    made thirteen, and none of the metric's eight script files to fetch: the
    Overview's first view 1289 → 1234 ms (medians of 12, interleaved)."""
    cards = "".join(
        '<div class="headline-figure">'
        f'<div class="headline-label">{html.escape(label)}</div>'
        f'<div class="headline-value">{html.escape(value)}</div>'
        f'<div class="headline-detail">{html.escape(detail)}</div></div>'
        for label, value, detail in figures)
    return f'<div class="headline-row">{cards}</div>'


def source_html(title: str, caption: str, text_html: str, facts_label: str, facts_html: str) -> str:
    """An article as the Sources page shows it: heading, highlighted text and
    a fold with its facts. `text_html` and `facts_html` are already escaped."""
    return (f'<section class="tracker-card">{heading_html(title, caption)}{text_html}'
            f'<details class="tracker-fold"><summary>{html.escape(facts_label)}</summary>'
            f'{facts_html}</details></section>')


def table_html(frame: pd.DataFrame, headers: dict[str, str]) -> str:
    """A short table as a plain HTML table of `headers`' columns (under their
    labels). For a few rows that need no sorting or scrolling: the page then
    loads none of the data grid's code, a third of a second on a first view."""
    head = "".join(f"<th>{html.escape(label)}</th>" for label in headers.values())
    rows = "".join(
        "<tr>" + "".join(f"<td>{html.escape(_cell_text(value))}</td>" for value in row) + "</tr>"
        for row in frame[list(headers)].itertuples(index=False)
    )
    return f'<table class="tracker-table"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'


def _cell_text(value: object) -> str:
    if isinstance(value, (list, tuple)):
        return ", ".join(map(str, value))
    if isinstance(value, (pd.Timestamp, dt.date)):
        return f"{value:%Y-%m-%d}"
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA or value is pd.NaT:
        return ""
    return str(value)
