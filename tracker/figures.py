"""Plotly figures. Offline by construction: the map is a `Choroplethmap` on
the blank `white-bg` style with inline GeoJSON, which needs no tile server
or CDN (plotly's `geo` maps fetch a base map and draw blank offline)."""

from __future__ import annotations

import html
import textwrap
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from tracker.schema import FILTERED_OUT, NO_POSITION, STANCE_LABELS, STANCES
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
EUROPE_VIEW = {"center": {"lat": 53.0, "lon": 14.0}, "zoom": 2.6}
WIDE_VIEW = {"center": {"lat": 52.0, "lon": 20.0}, "zoom": 0.75}


def _text(value: Any, width: int = 60) -> str:
    """Data as literal hover text: escaped (plotly renders a few tags), wrapped."""
    if value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)):
        return ""
    return "<br>".join(html.escape(line) for line in textwrap.wrap(str(value), width)) or ""


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

    figure = go.Figure()
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
        map={"style": "white-bg", **view},
        margin={"l": 0, "r": 0, "t": 0, "b": 0},
        height=620,
        legend={"title": {"text": "Position on sending troops"}, "x": 0.01, "y": 0.99,
                "bgcolor": "rgba(255,255,255,0.85)"},
        uirevision="wide" if wide else "europe",
        clickmode="event+select",
    )
    return figure


def _hover_row(position: pd.Series, label: str, date: str) -> list[str]:
    rivals = position.get("rivals") or ""
    return [_text(position["country_name"]), label, _text(position["source"]), date, _text(position["evidence"]),
            f"<br><b>Disputed</b>: {_text(rivals)}" if rivals else ""]


def _shapes_trace(features: list[dict], codes: list[str], colour: str, name: str, hover: list[list[str]],
                  detailed: bool, line: dict | None = None) -> go.Choroplethmap:
    return go.Choroplethmap(
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


def timeline(events: pd.DataFrame, articles: pd.DataFrame) -> go.Figure:
    """Events on a date axis, never more exact than the article allows: a day
    is a dot, a month or year a bar across it, a 'before' an open arrow."""
    events = events.sort_values(["date_end", "date_start", "fact_id"], na_position="first")
    labels = [_short(row.description) for row in events.itertuples()]
    rows = events.assign(row_label=labels, when=date_labels(events))
    figure = go.Figure()
    styles = {
        "day": ("Exact day", "#4477AA"),
        "month": ("Within the month", "#228833"),
        "year": ("Within the year", "#66CCEE"),
        "before": ("Some time before", "#AA3377"),
    }
    for precision, (name, colour) in styles.items():
        chosen = rows[rows["precision"] == precision]
        if chosen.empty:
            continue
        xs: list[Any] = []
        ys: list[Any] = []
        hover: list[Any] = []
        symbols: list[str] = []
        for row in chosen.itertuples():
            if precision == "day":
                points, marks = [row.date_end], ["circle"]
            elif precision == "before":
                # An arrow reaching back from the latest possible date.
                points, marks = [row.date_end - pd.Timedelta(days=30), row.date_end], ["triangle-left", "line-ns-open"]
            else:
                points, marks = [row.date_start, row.date_end + pd.Timedelta(hours=23)], ["line-ns-open"] * 2
            custom = [row.when, _text(row.description), _text(", ".join(row.actors)),
                      _text(", ".join(row.countries)), _text(row.evidence)]
            xs += [*points, None]
            ys += [row.row_label] * len(points) + [None]
            hover += [custom] * len(points) + [custom]
            symbols += [*marks, "circle"]
        figure.add_trace(go.Scatter(
            x=xs, y=ys, name=name, customdata=hover,
            mode="markers" if precision == "day" else "lines+markers",
            line={"color": colour, "width": 3 if precision == "before" else 12,
                  "dash": "dot" if precision == "before" else "solid"},
            marker={"color": colour, "size": 12, "symbol": symbols, "line": {"color": colour, "width": 2}},
            connectgaps=False,
            hovertemplate=("<b>%{customdata[0]}</b><br>%{customdata[1]}<br>Who: %{customdata[2]}"
                           "<br>Countries: %{customdata[3]}<br><i>%{customdata[4]}</i><extra></extra>"),
        ))
    for article in articles.itertuples():
        figure.add_vline(x=article.published.timestamp() * 1000, line={"color": "#888", "dash": "dash", "width": 1})
        figure.add_annotation(x=article.published, y=1.0, yref="paper", yanchor="bottom", showarrow=False,
                              text=f"published: {_text(article.outlet)}", font={"size": 10, "color": "#555"})
    figure.update_layout(
        height=max(260, 46 * len(rows) + 120),
        margin={"l": 10, "r": 10, "t": 40, "b": 30},
        legend={"orientation": "h", "y": -0.12 if len(rows) > 4 else -0.3},
        xaxis={"type": "date", "title": None},
        yaxis={"autorange": "reversed", "title": None, "categoryorder": "array", "categoryarray": labels},
        hovermode="closest",
    )
    return figure


def _short(text: str, width: int = 55) -> str:
    return html.escape(textwrap.shorten(text, width, placeholder="…"))
