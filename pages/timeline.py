"""Timeline: events on a date axis, as exact as the articles allow."""

import streamlit as st

import app_data
from tracker import figures, shaping
from tracker.countries import country_name

data = app_data.view()

st.title("Timeline")
st.caption("A dot is an exact day; a bar spans the days, week, month or year the article gives; a dotted arrow "
           "means only “some time before” that date, a dotted line ending in a bar “by” that deadline. "
           "Hollow marks are **planned** events: announced, not (yet) happened. Dashed lines mark article "
           "publication. Hover for the evidence.")

countries, actors = app_data.shaped(shaping.timeline_choices)
left, right = st.columns(2)
chosen_countries = left.multiselect("Events involving countries", countries, key="timeline_countries",
                                    format_func=lambda code: f"{country_name(code)} ({code})",
                                    placeholder="Any country")
chosen_actors = right.multiselect("Events involving people", actors, key="timeline_actors",
                                  placeholder="Anyone")
group_by = st.segmented_control("Rows", list(shaping.GROUPINGS), format_func=shaping.GROUPINGS.get,
                                default=shaping.default_grouping(data), key="timeline_rows")
chosen = (tuple(chosen_countries), tuple(chosen_actors), group_by or "event")
timeline = app_data.shaped(figures.timeline_page, *chosen)
events, marks = timeline.events, timeline.marks

if events.empty:
    st.info("No events match the filters.")
else:
    if len(marks) > figures.MAX_MARKS:
        st.caption(f"{len(marks):,} marks would overlap: each cell counts the events of one row in one month, "
                   "the darker the more. Narrow the dates or filters to see single events.")
    st.plotly_chart(timeline.figure, key="timeline_chart")
    # Filled only while open: a closed table cost every filter change a data
    # grid redraw, and every first view the grid's code. (A fixed label keeps
    # the expander open across filter changes.)
    table = st.expander("Events as a table", key="timeline_table", on_change="rerun")
    if table.open:
        with table:
            page = app_data.one_page(events, "timeline_events_page")
            st.caption(f"Events {page.caption}{timeline.planned}" if page.pages > 1
                       else f"{len(events):,} event{'s' * (len(events) != 1)}{timeline.planned}")
            st.dataframe(app_data.shaped(shaping.events_table, page.rows), hide_index=True, column_config={
                "status": "Planned or reported",
                "evidence": st.column_config.TextColumn("Evidence", width="large")})
