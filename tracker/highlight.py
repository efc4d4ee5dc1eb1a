"""Data shown as escaped HTML: article text with evidence passages marked,
headings, small static tables, the Overview's headline cards and the
Sources page's article cards.

Every string from data is passed through html.escape, so it can never become
markup or script; only the tags and styles written here are HTML.
"""

from __future__ import annotations

import bisect
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


# What one mark may name: its passages' labels (in its title, and after the
# passages ending there) beyond these are counted ("+3 more"), and a label is
# cut to this length, so that thousands of overlapping facts cannot make one
# passage's HTML grow with their square. An article's facts overlap a few at
# a time, with labels of a line.
MAX_LABELS = 10
MAX_LABEL_CHARS = 200


def highlighted_html(text: str, spans: pd.DataFrame) -> str:
    """`spans` has integer `start`, `end` and a text `label` per passage.

    The text is cut at every passage's start and end; each piece inside a
    passage is a mark titled with the labels of the passages covering it,
    followed by the labels of those ending there, in the order of `spans`.
    One sweep over the cuts, keeping the passages open at each: filtering
    every passage per piece took seconds at thousands of facts."""
    starts = [int(start) for start in spans["start"]]
    ends = [int(end) for end in spans["end"]]
    labels = [_short(str(label)) for label in spans["label"]]
    opening: dict[int, list[int]] = {}  # rows by cut
    closing: dict[int, list[int]] = {}
    for row, (start, end) in enumerate(zip(starts, ends)):
        if start < end:  # an empty or reversed passage covers nothing
            opening.setdefault(start, []).append(row)
            closing.setdefault(end, []).append(row)
    cuts = sorted({0, len(text), *starts, *ends})
    covering: list[int] = []  # the rows of the passages open here, in order
    pieces = []
    for left, right in itertools.pairwise(cuts):
        for row in closing.get(left, ()):
            del covering[bisect.bisect_left(covering, row)]
        for row in opening.get(left, ()):
            bisect.insort(covering, row)
        chunk = html.escape(text[left:right])
        if not covering:
            pieces.append(chunk)
            continue
        ending = closing.get(right, [])  # in row order, as they were added
        shown = "".join(f'<span class="tracker-label">[{html.escape(labels[row])}]</span>'
                        for row in ending[:MAX_LABELS])
        if len(ending) > MAX_LABELS:
            shown += f'<span class="tracker-label">[+{len(ending) - MAX_LABELS} more]</span>'
        titles = "; ".join(labels[row] for row in covering[:MAX_LABELS])
        if len(covering) > MAX_LABELS:
            titles += f"; +{len(covering) - MAX_LABELS} more"
        pieces.append(f'<mark class="tracker-mark" title="{html.escape(titles, quote=True)}">{chunk}</mark>{shown}')
    body = "".join(pieces)
    return f'<div class="tracker-text">{body}</div>'


def _short(label: str) -> str:
    return label if len(label) <= MAX_LABEL_CHARS else label[:MAX_LABEL_CHARS - 1] + "…"


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
