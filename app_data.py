"""The app's access to tracker data: cached loaders and the page's view.

The cached functions are the pure loaders and shapers of `tracker`, keyed by
the data's fingerprint (and the filters) so that an edited facts file shows
on the next rerun without a server restart; they never call `st.*`. Pages call
`view()` for the filtered corpus and `shaped(...)` for a ready table.

Cached values are shared, not copied (cache_resource): tracker never modifies
a table in place, and neither may a page. Cached functions are called with
keyword arguments only, and paths as strings: for a positional argument
Streamlit inspects the function's signature on every call, and it hashes a
Path at three times the cost of a string (a cached call 0.17 ms → 0.03 ms,
and a page makes dozens a run).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

from tracker import draft_worker, figures, filters, geography, paths, shaping, snapshot
from tracker.highlight import highlighted_html, table_html
from tracker.loader import Corpus, load_sources, merge, upload_source
from tracker.watch import WatchedCorpus

# What one session may add on the Add page: the articles, with their facts
# files, stay in the server's memory for the session's life, and anyone with
# the link can open a session.
MAX_UPLOADS = 5
MAX_UPLOADS_BYTES = 2_000_000  # articles and facts files together
# The Add page's drafts, checks and highlighted articles, one per upload
# content and shared between sessions holding the same bytes: each can be a
# megabyte, so only the latest few are kept.
UPLOAD_CACHE_ENTRIES = 8

# (article name, article bytes, facts name, facts bytes), as upload_source takes them.
Upload = tuple[str, bytes, str, bytes]


@st.cache_resource(show_spinner=False, max_entries=4)
def _corpus(key: str, facts_dir: str, seeds_dir: str) -> Corpus:
    return snapshot.load(Path(facts_dir), Path(seeds_dir), key=key)


@st.cache_resource(show_spinner=False, max_entries=8)
def _watched(facts_dir: str, seeds_dir: str) -> WatchedCorpus:
    return WatchedCorpus(Path(facts_dir), Path(seeds_dir))


@st.cache_resource(show_spinner=False)
def _shapes(path: str) -> dict[str, Any] | str:
    """The map's GeoJSON, read and converted once per process; or, if the
    boundary file is unusable, the message that says why."""
    try:
        return geography.feature_collection(geography.read_boundaries(Path(path)))
    except geography.BoundariesUnavailable as error:
        return str(error)


def corpus() -> Corpus:
    """The shared corpus plus the articles this session added (Add page).
    Uploads live in this session's state, never on disk; results computed
    from them are cached only under their content's hash (see `_data_key`).
    The session keeps one merged corpus, replaced when its uploads change."""
    key_of_data = _files_key()
    base = _corpus(key=key_of_data, facts_dir=str(paths.FACTS), seeds_dir=str(paths.SEEDS))
    held = uploads()
    if not held:
        return base
    key = f"{key_of_data}:{_uploads_key()}"
    if st.session_state.get("uploads_loaded", (None,))[0] != key:
        taken = dict(zip(base.articles["article_id"], base.articles["facts_file"], strict=True))
        extra = load_sources([upload_source(*upload) for upload in held], taken)
        st.session_state.uploads_loaded = (key, merge(base, extra))
    return st.session_state.uploads_loaded[1]


def uploads() -> tuple[Upload, ...]:
    """What this session added on the Add page, in order."""
    return st.session_state.get("uploads", ())


def uploads_full() -> str | None:
    """Why this session may add no more articles (None if it may)."""
    if len(uploads()) >= MAX_UPLOADS:
        return (f"This session already holds {MAX_UPLOADS} added articles, the most one session may add: "
                "remove one below to add another.")
    return None


def upload_refusal(upload: Upload) -> str | None:
    """Why this session may not add `upload` (None if it may)."""
    full = uploads_full()
    if full:
        return full
    held = uploads()
    total = sum(_size(one) for one in (*held, upload))
    if total > MAX_UPLOADS_BYTES:
        return (f"With this article, this session's uploads would come to {total / 1e6:.2f} MB, and one session "
                f"may hold at most {MAX_UPLOADS_BYTES / 1e6:g} MB (articles and facts files together): remove an "
                "article below, or add a shorter one.")
    return None


def add_upload(upload: Upload) -> None:
    """Add `upload` to this session (the Add page's button), unless the
    session's caps refuse it: checked here too, whatever a client sends."""
    if upload not in uploads() and upload_refusal(upload) is None:
        st.session_state.uploads = (*uploads(), upload)
        st.session_state.pop("upload_results", None)


def remove_upload(index: int) -> None:
    st.session_state.uploads = tuple(one for i, one in enumerate(uploads()) if i != index)
    st.session_state.pop("upload_results", None)
    if not st.session_state.uploads:  # nothing left to merge: free the session's copy of the corpus
        for key in ("uploads", "uploads_key", "uploads_loaded", "upload_results"):
            st.session_state.pop(key, None)


def _size(upload: Upload) -> int:
    return len(upload[1]) + len(upload[3])


def content_key(*parts: str | bytes) -> str:
    """The sha256 of `parts`, each length-prefixed so that no two different
    lists of parts share a key."""
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()


def _uploads_key() -> str:
    # Hashed once per change of the uploads, not on each of the dozens of
    # cached lookups a run makes: they can be megabytes. The uploads are a
    # tuple, so the same object means the same content.
    held = uploads()
    remembered = st.session_state.get("uploads_key")
    if remembered is None or remembered[0] is not held:
        remembered = (held, content_key(*(part for upload in held for part in upload)))
        st.session_state.uploads_key = remembered
    return remembered[1]


@st.cache_resource(show_spinner=False, max_entries=UPLOAD_CACHE_ENTRIES)
def _drafted(content: str, _name: str, _raw: bytes) -> tuple[str | None, str | None]:
    # A failure is kept too, so that a rerun does not start the drafter again.
    try:
        return draft_worker.draft_isolated(_name, _raw), None
    except draft_worker.DraftFailed as error:
        return None, str(error)


def drafted(name: str, raw: bytes) -> tuple[str | None, str | None]:
    """The drafted facts file of an uploaded article, or why none could be
    made: drafted in a process of its own (tracker.draft_worker), once per
    name and content rather than on every rerun."""
    return _drafted(content=content_key(name, raw), _name=name, _raw=raw)


@st.cache_resource(show_spinner=False, max_entries=UPLOAD_CACHE_ENTRIES)
def _checked(content: str, _upload: Upload) -> Corpus:
    return load_sources([upload_source(*_upload)])


def checked(upload: Upload) -> Corpus:
    """The upload loaded on its own, as the Add page's check: its problems, or
    its one article. Once per content of article and facts."""
    return _checked(content=content_key(*upload), _upload=upload)


@st.cache_resource(show_spinner=False, max_entries=UPLOAD_CACHE_ENTRIES)
def _proposed_html(content: str, _text: str, _facts_text: str) -> str:
    return highlighted_html(_text, shaping.proposed_spans(_text, _facts_text))


def proposed_html(text: str, facts_text: str) -> str:
    """The article `text` as escaped HTML, with the evidence of the facts
    file being reviewed highlighted. Once per article and facts text."""
    return _proposed_html(content=content_key(text, facts_text), _text=text, _facts_text=facts_text)


def shapes() -> dict[str, Any] | str:
    return _shapes(path=str(paths.BOUNDARIES))


def start_run() -> None:
    """Fingerprint the files once per rerun (app.py calls this first); every
    cached lookup of the run uses it."""
    st.session_state.files_key = _watched(facts_dir=str(paths.FACTS), seeds_dir=str(paths.SEEDS)).fingerprint()


def _files_key() -> str:
    if "files_key" not in st.session_state:  # a page run without app.py (legacy deep link)
        start_run()
    return st.session_state.files_key


def _data_key() -> str:
    """The fingerprint of what this session sees: the files, plus its uploads
    (by content, so a cached result can only reach a session holding the
    same upload)."""
    key = _files_key()
    if uploads():
        key += ":" + _uploads_key()
    return key


# Results built on a session's uploads serve that session alone: kept in its
# own state, they go with it, where the process-wide caches would hold every
# session's merged corpus and its pages until pushed out. The latest few of
# each kind are kept; views and maps, the largest, fewest.
SESSION_RESULTS = {"_view": 4, "_position_map": 4}
SESSION_RESULTS_OTHERWISE = 32


def _cached(function: Any, **arguments: Any) -> Any:
    """`function(**arguments)`, a cached function of this module: from the
    process-wide cache, or for a session holding uploads from its own
    results (dropped when its uploads change)."""
    if not uploads():
        return function(**arguments)
    kind = function.__wrapped__.__name__
    results = st.session_state.setdefault("upload_results", {}).setdefault(kind, {})
    key = tuple(value for name, value in sorted(arguments.items()) if not name.startswith("_"))
    try:
        hash(key)
    except TypeError:  # an argument such as a table's page of rows: computed each time, as it is small
        return function.__wrapped__(**arguments)
    if key not in results:
        if len(results) >= SESSION_RESULTS.get(kind, SESSION_RESULTS_OTHERWISE):
            del results[next(iter(results))]
        results[key] = function.__wrapped__(**arguments)
    return results[key]


def _chosen() -> filters.Filters:
    return st.session_state.get("filters", filters.Filters())


def _filters_key(chosen: filters.Filters) -> str:
    # A string: Streamlit hashes a cache key's arguments on every call, and a
    # page makes dozens of cached calls a run.
    return repr(sorted(chosen.to_query().items()))


# A filtered view copies the corpus' tables, and anyone's link names a new
# one: the largest entries here, so the fewest.
@st.cache_resource(show_spinner=False, max_entries=16)
def _view(data_key: str, query: str, _corpus: Corpus, _chosen: filters.Filters) -> Corpus:
    return filters.apply(_corpus, _chosen)


def view() -> Corpus:
    """The corpus under the shared sidebar filters that app.py keeps."""
    _ensure_app_frame()
    chosen = _chosen()
    return _cached(_view, data_key=_data_key(), query=_filters_key(chosen), _corpus=corpus(), _chosen=chosen)


@st.cache_resource(show_spinner=False, max_entries=512)
def _shaped(data_key: str, query: str, name: str, args: tuple, _function: Callable,
            _view: Callable[[], Corpus]) -> Any:
    return _function(_view(), *args)


def shaped(function: Callable, *args: Any) -> Any:
    """`function(view(), *args)` from tracker.shaping, computed once per data,
    filters and arguments rather than on every rerun. The view is looked up
    only on a miss: a run asks for a dozen shapes and tables."""
    _ensure_app_frame()
    return _cached(_shaped, data_key=_data_key(), query=_filters_key(_chosen()), name=_name(function),
                   args=args, _function=function, _view=view)


@st.cache_resource(show_spinner=False, max_entries=256)
def _table_html(data_key: str, query: str, name: str, args: tuple, columns: tuple, _function: Callable,
                _view: Callable[[], Corpus]) -> str:
    return table_html(_function(_view(), *args), dict(columns))


def table(function: Callable, columns: dict[str, str], *args: Any) -> str:
    """`shaped(function, *args)` as a short escaped HTML table of `columns`
    (name → label), built once per data, filters and arguments."""
    _ensure_app_frame()
    return _cached(_table_html, data_key=_data_key(), query=_filters_key(_chosen()), name=_name(function),
                   args=args, columns=tuple(columns.items()), _function=function, _view=view)


def _name(function: Callable) -> str:
    return f"{function.__module__}.{function.__qualname__}"


def _ensure_app_frame() -> None:
    # A `pages/` folder makes Streamlit start in its legacy multipage mode: if
    # a fresh server's first request is a deep link (/map?country=FRA), it runs
    # pages/map.py alone, without app.py's navigation, filters or URL state.
    # Leave legacy mode for the whole process and rerun through app.py, which
    # keeps the requested page and query string.
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()


def keep_in_url(key: str, value: str | None) -> None:
    """Mirror a page's own control in the address bar (None removes it), so
    a copied link reopens the same view."""
    if value is None:
        if key in st.query_params:
            del st.query_params[key]
    elif st.query_params.get(key) != value:
        st.query_params[key] = value


@st.cache_resource(show_spinner=False, max_entries=64)
def _position_map(data_key: str, query: str, as_of: Any, wide: bool, boundaries: str,
                  _corpus: Corpus, _view: Corpus, _positions: Callable[[], pd.DataFrame]) -> go.Figure:
    # Shared, never mutated: st.plotly_chart copies the figure it is given.
    return figures.position_map(_shapes(path=boundaries), _positions(), wide=wide,
                                filtered_out=shaping.filtered_out(_corpus, _view))


def position_map(as_of: Any, wide: bool) -> go.Figure:
    """The map of positions on `as_of`, built once per data, filters and date
    (building one takes about 15 ms), from the positions the page has shown:
    computing them again cost a new filter or date 20 ms more."""
    data = view()
    return _cached(_position_map, data_key=_data_key(), query=_filters_key(_chosen()), as_of=as_of, wide=wide,
                         boundaries=str(paths.BOUNDARIES), _corpus=corpus(), _view=data,
                         _positions=lambda: shaped(shaping.positions_as_of, as_of))


@st.cache_resource(show_spinner=False, max_entries=4)
def _choices(data_key: str, _corpus: Corpus) -> filters.FilterChoices:
    return filters.choices(_corpus)


def choices() -> filters.FilterChoices:
    """What the sidebar filters offer: every value in the data."""
    return _cached(_choices, data_key=_data_key(), _corpus=corpus())


def warm() -> None:
    """Everything a first view needs that does not depend on the session:
    the imports, the corpus, the boundaries, the default view and its
    figures. Run once as the server starts (streamlit_app.py), so that the
    first analyst after a restart does not wait for them."""
    import datetime as dt

    from tracker import highlight  # noqa: F401  (imported by the pages)

    facts_dir, seeds_dir, boundaries = str(paths.FACTS), str(paths.SEEDS), str(paths.BOUNDARIES)
    key = _watched(facts_dir=facts_dir, seeds_dir=seeds_dir).fingerprint()
    loaded = _corpus(key=key, facts_dir=facts_dir, seeds_dir=seeds_dir)
    _shapes(path=boundaries)
    offered = _choices(data_key=key, _corpus=loaded)
    _titles(data_key=key, _corpus=loaded)
    _article_options(data_key=key, date_from=offered.first_date, date_to=offered.last_date, selected=(),
                     _corpus=loaded)
    everything = filters.Filters()
    query = _filters_key(everything)
    data = _view(data_key=key, query=query, _corpus=loaded, _chosen=everything)
    dates = shaping.key_dates(data)
    latest: dt.date | None = dates[-1] if dates else None
    positions = _shaped(data_key=key, query=query, name=_name(shaping.positions_as_of), args=(latest,),
                        _function=shaping.positions_as_of, _view=lambda: data)
    _position_map(data_key=key, query=query, as_of=latest, wide=False, boundaries=boundaries, _corpus=loaded,
                  _view=data, _positions=lambda: positions)
    shapes = [(figures.timeline_page, ((), (), shaping.default_grouping(data))), (shaping.timeline_choices, ()),
              (shaping.key_dates, ()), (shaping.headline_html, ()), (shaping.unnamed_notes, ()),
              (shaping.detail_countries, ()),
              (shaping.latest_articles, ()), (shaping.quotes_table, ("",)), (shaping.sources_html, (1,))]
    tables = [(shaping.latest_articles, shaping.LATEST_ARTICLE_LABELS, ()),
              (shaping.unnamed_notes, shaping.UNNAMED_NOTE_LABELS, ())]
    if len(dates) > 1:  # the map's "what changed", first date to last
        shapes.append((shaping.what_changed, (dates[0], dates[-1])))
        tables.append((shaping.what_changed, shaping.CHANGE_LABELS, (dates[0], dates[-1])))
    for function, args in shapes:
        _shaped(data_key=key, query=query, name=_name(function), args=args, _function=function, _view=lambda: data)
    for function, columns, args in tables:
        _table_html(data_key=key, query=query, name=_name(function), args=args, columns=tuple(columns.items()),
                    _function=function, _view=lambda: data)


@st.cache_resource(show_spinner=False, max_entries=64)
def _article_options(data_key: str, date_from: Any, date_to: Any, selected: tuple, _corpus: Corpus) -> tuple:
    return filters.article_options(_corpus, date_from, date_to, selected)


def article_options(date_from: Any, date_to: Any, selected: tuple[str, ...]) -> tuple[str, ...]:
    return _cached(_article_options, data_key=_data_key(), date_from=date_from, date_to=date_to,
                   selected=tuple(selected), _corpus=corpus())


@st.cache_resource(show_spinner=False, max_entries=4)
def _titles(data_key: str, _corpus: Corpus) -> dict[str, str]:
    return dict(zip(_corpus.articles["article_id"], _corpus.articles["title"], strict=True))


def titles() -> dict[str, str]:
    return _cached(_titles, data_key=_data_key(), _corpus=corpus())


def one_page(table: pd.DataFrame, key: str, size: int = shaping.PAGE_SIZE) -> shaping.Page:
    """The slice of `table` the page shows, with a page number to move
    through it when it is longer than a page."""
    pages = max(1, -(-len(table) // size))
    number = 1
    if pages > 1:
        number = st.number_input(f"Page (of {pages:,})", min_value=1, max_value=pages, step=1, key=key)
    return shaping.one_page(table, number, size)
