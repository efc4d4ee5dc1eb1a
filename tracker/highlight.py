"""Data shown as escaped HTML: article text with evidence passages marked,
headings, small static tables, the Overview's headline cards and the
Sources page's article cards.

Every string from data is passed through html.escape, so it can never become
markup or script; only the tags and styles written here are HTML.
"""

from __future__ import annotations

import datetime as dt
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


# Cards and folds drawn like Streamlit's own bordered elements (light theme).
BORDER_STYLE = "border:1px solid rgba(49,51,63,0.2);border-radius:0.5rem"
FIGURE_STYLE = f"flex:1 1 9rem;{BORDER_STYLE};padding:1rem"
FIGURE_DETAIL_STYLE = "font-size:0.875rem;color:rgba(49,51,63,0.6);margin-top:0.25rem"


def figures_html(figures: list[tuple[str, str, str]]) -> str:
    """Headline numbers side by side, each a bordered card with its label,
    value and what the value counts (label, value, detail), drawn like
    Streamlit's bordered metric. One element where four metrics in columns
    made thirteen, and none of the metric's eight script files to fetch: the
    Overview's first view 1289 → 1234 ms (medians of 12, interleaved)."""
    cards = "".join(
        f'<div class="headline-figure" style="{FIGURE_STYLE}">'
        f'<div class="headline-label" style="font-size:0.875rem">{html.escape(label)}</div>'
        f'<div class="headline-value" style="font-size:2.25rem;line-height:1.3">{html.escape(value)}</div>'
        f'<div class="headline-detail" style="{FIGURE_DETAIL_STYLE}">{html.escape(detail)}</div></div>'
        for label, value, detail in figures)
    return f'<div style="display:flex;flex-wrap:wrap;gap:1rem">{cards}</div>'


CARD_STYLE = f"{BORDER_STYLE};padding:1rem;margin-bottom:1rem"
FOLD_STYLE = f"{BORDER_STYLE};padding:0.5rem 1rem;margin-top:1rem"


def source_html(title: str, caption: str, text_html: str, facts_label: str, facts_html: str) -> str:
    """An article as the Sources page shows it: heading, highlighted text and
    a fold with its facts. `text_html` and `facts_html` are already escaped."""
    return (f'<section style="{CARD_STYLE}">{heading_html(title, caption)}{text_html}'
            f'<details style="{FOLD_STYLE}"><summary style="cursor:pointer">{html.escape(facts_label)}</summary>'
            f'{facts_html}</details></section>')


TABLE_STYLE = "border-collapse:collapse;width:100%;font-size:0.9em"
CELL_STYLE = "text-align:left;vertical-align:top;padding:4px 8px;border-bottom:1px solid rgba(128,128,128,0.25)"


def table_html(frame: pd.DataFrame, headers: dict[str, str]) -> str:
    """A short table as a plain HTML table of `headers`' columns (under their
    labels). For a few rows that need no sorting or scrolling: the page then
    loads none of the data grid's code, a third of a second on a first view."""
    head = "".join(f'<th style="{CELL_STYLE}">{html.escape(label)}</th>' for label in headers.values())
    rows = "".join(
        "<tr>" + "".join(f'<td style="{CELL_STYLE}">{html.escape(_cell_text(value))}</td>' for value in row) + "</tr>"
        for row in frame[list(headers)].itertuples(index=False)
    )
    return f'<table style="{TABLE_STYLE}"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'


def _cell_text(value: object) -> str:
    if isinstance(value, (list, tuple)):
        return ", ".join(map(str, value))
    if isinstance(value, (pd.Timestamp, dt.date)):
        return f"{value:%Y-%m-%d}"
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA or value is pd.NaT:
        return ""
    return str(value)
