"""The corpus folders' fingerprint, recomputed only after something in them
changed.

Checking 10,000 articles for edits by listing and stat-ing 20,000 files takes
~80 ms, too long to do on every rerun; the operating system's change
notifications (watchdog, already a Streamlit dependency) say when to look.
Where notifications cannot be had, every call looks again.
"""

from __future__ import annotations

import threading
from pathlib import Path

from tracker.loader import fingerprint


class WatchedCorpus:
    def __init__(self, facts_dir: Path, seeds_dir: Path):
        self.facts_dir, self.seeds_dir = Path(facts_dir), Path(seeds_dir)
        self._generation = 0
        self._known: tuple[int, str] | None = None
        self._lock = threading.Lock()
        self._observer = self._watch()

    def _changed(self, event) -> None:
        # Reading the files (to hash them) raises "opened" and
        # "closed_no_write": only writes, creations, deletions and moves count.
        if event.event_type in ("opened", "closed_no_write"):
            return
        with self._lock:
            self._generation += 1

    def _watch(self):
        try:
            from watchdog.events import FileSystemEventHandler
            from watchdog.observers import Observer

            handler = FileSystemEventHandler()
            handler.on_any_event = self._changed
            observer = Observer()
            for folder in {self.facts_dir, self.seeds_dir}:
                observer.schedule(handler, str(folder), recursive=False)
            observer.daemon = True
            observer.start()
            return observer
        except Exception:  # no notifications here (missing folder, inotify limit): look every time
            return None

    def fingerprint(self) -> str:
        with self._lock:
            generation = self._generation
        known = self._known
        if self._observer is not None and known is not None and known[0] == generation:
            return known[1]
        # Read before hashing: a change during the hash bumps the generation,
        # so the next call hashes again rather than trusting this result.
        key = fingerprint(self.facts_dir, self.seeds_dir)
        self._known = (generation, key)
        return key

    def close(self) -> None:
        if self._observer is not None:
            self._observer.stop()
