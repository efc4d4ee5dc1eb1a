"""Many analysts on one server, as Streamlit's own browser client talks to it:
each session is a websocket client sending reruns (filter changes, page
switches) and timing each until the server reports the script finished.

Unlike real browsers on one test machine, these clients cost almost nothing,
so the times measured are the server's: what 20 colleagues on one Streamlit
Community Cloud app would feel on top of their own browser's drawing.
"""

from __future__ import annotations

import asyncio
import random
import statistics
import time
from dataclasses import dataclass, field
from urllib.parse import parse_qs

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState

COUNTRIES = ["EST", "FRA", "GBR", "ITA", "LTU", "LVA", "NLD", "RUS", "SWE", "USA"]
PAGES = ["", "map", "timeline", "quotes", "sources"]
FINISHED = ForwardMsg.ScriptFinishedStatus.Value("FINISHED_SUCCESSFULLY")
RERUN = ForwardMsg.ScriptFinishedStatus.Value("FINISHED_EARLY_FOR_RERUN")


@dataclass
class Load:
    sessions: int
    reruns: list[float] = field(default_factory=list)
    first_views: list[float] = field(default_factory=list)
    bytes_per_rerun: list[int] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    leaks: list[str] = field(default_factory=list)

    def percentile(self, share: float) -> float:
        ordered = sorted(self.reruns)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0

    @property
    def median(self) -> float:
        return statistics.median(self.reruns) if self.reruns else 0.0


class Session:
    def __init__(self, socket, load: Load, name: str):
        self.socket, self.load, self.name = socket, load, name
        self.widgets: dict[str, str] = {}
        self.query = ""

    async def rerun(self, page: str, query: str, widgets: list[WidgetState] | None = None) -> tuple[float, int]:
        message = BackMsg()
        message.rerun_script.query_string = query
        message.rerun_script.page_name = page
        if widgets:
            message.rerun_script.widget_states.widgets.extend(widgets)
        started = time.perf_counter()
        await self.socket.send(message.SerializeToString())
        received = 0
        while True:
            raw = await asyncio.wait_for(self.socket.recv(), timeout=120)
            received += len(raw)
            forward = ForwardMsg()
            forward.ParseFromString(raw)
            kind = forward.WhichOneof("type")
            if kind == "delta" and forward.delta.WhichOneof("type") == "new_element":
                element = forward.delta.new_element
                if element.WhichOneof("type") == "exception":
                    self.load.errors.append(f"{self.name}: exception on page {page or 'overview'!r}: "
                                            f"{element.exception.type}: {element.exception.message}")
                if element.WhichOneof("type") == "multiselect":
                    self.widgets[element.multiselect.label] = element.multiselect.id
            elif kind == "page_info_changed":
                self.query = forward.page_info_changed.query_string
            elif kind == "script_finished" and forward.script_finished != RERUN:
                if forward.script_finished != FINISHED:
                    self.load.errors.append(f"{self.name}: script ended {forward.script_finished}")
                elapsed = time.perf_counter() - started
                return elapsed, received


async def _analyst(url: str, index: int, seconds: float, think: float, load: Load, record: bool) -> None:
    chooser = random.Random(index)
    mine = COUNTRIES[index % len(COUNTRIES)]
    name = f"session {index}"
    try:
        async with websockets.connect(url.replace("http", "ws", 1) + "/_stcore/stream", subprotocols=["streamlit"],
                                      origin=url, max_size=None) as socket:
            session = Session(socket, load, name)
            # Opening a shared link: everyone arrives at once.
            elapsed, _ = await session.rerun("", f"country={mine}")
            load.first_views.append(elapsed)
            # Like the browser client, send every widget value this analyst has set, on every rerun.
            kept: dict[str, WidgetState] = {}
            country = WidgetState(id=session.widgets["Countries"])
            country.string_array_value.data.append(mine)
            kept["Countries"] = country
            deadline = time.monotonic() + seconds
            while time.monotonic() < deadline:
                await asyncio.sleep(chooser.uniform(0, think))
                page = chooser.choice(PAGES)
                if chooser.random() < 0.5:
                    # Change a shared filter, as a click in the sidebar would.
                    positions = WidgetState(id=session.widgets["Positions"])
                    positions.string_array_value.data.extend(
                        chooser.sample(["committed", "hesitant", "ruled_out"], 1))
                    kept["Positions"] = positions
                elapsed, received = await session.rerun(page, session.query, list(kept.values()))
                if record:
                    load.reruns.append(elapsed)
                    load.bytes_per_rerun.append(received)
                if parse_qs(session.query).get("country") != [mine]:
                    load.leaks.append(f"{name} expected country={mine}, has {session.query!r}")
    except Exception as error:  # a dropped connection is a finding for the report
        load.errors.append(f"{name}: {type(error).__name__}: {error}")


async def _load(url: str, sessions: int, seconds: float, think: float) -> Load:
    load = Load(sessions)
    await asyncio.gather(*(_analyst(url, i, seconds, think, load, True) for i in range(sessions)))
    return load


def measure(url: str, sessions: int = 20, seconds: float = 30.0, think: float = 2.0) -> dict[str, Load]:
    """One analyst alone, then `sessions` at once, on the same server (after
    a first visit, so that neither pays for the process's own start)."""
    asyncio.run(_load(url, 1, 0, think))
    return {"one user": asyncio.run(_load(url, 1, seconds, think)),
            f"{sessions} users": asyncio.run(_load(url, sessions, seconds, think))}


def rows(results: dict[str, Load]) -> list[dict[str, object]]:
    single = results["one user"].percentile(0.95)
    alone, together = results["one user"].first_views, list(results.values())[-1].first_views
    arrivals = [{
        "figure": f"first view, {len(together)} users arriving together", "views": len(together),
        "median_ms": round(statistics.median(together) * 1000), "p95_ms": round(max(together) * 1000),
        "ratio_p95": round(max(together) / alone[0], 2),
    }] if together and alone else []
    return arrivals + [{
        "figure": f"server rerun, {name}", "reruns": len(load.reruns),
        "median_ms": round(load.median * 1000), "p95_ms": round(load.percentile(0.95) * 1000),
        "ratio_p95": round(load.percentile(0.95) / single, 2) if single else None,
        "median_kb": round(statistics.median(load.bytes_per_rerun) / 1000, 1) if load.bytes_per_rerun else None,
        "errors": len(load.errors), "leaks": len(load.leaks),
    } for name, load in results.items()]


if __name__ == "__main__":
    import json
    import sys

    from tests.browser import streamlit_server

    with streamlit_server() as address:
        for row in rows(measure(address, int(sys.argv[1]) if len(sys.argv) > 1 else 20)):
            print(json.dumps(row))
