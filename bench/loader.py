"""Loader scaling: load + validate synthetic corpora of growing size, each in
a fresh Python process pinned to one core, cold and then again unchanged.

    python -m bench.loader FACTS_DIR SEEDS_DIR    # one measurement, as JSON
"""

from __future__ import annotations

import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

from bench import corpus

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "bench" / ".corpora"


def corpus_folder(articles: int) -> tuple[Path, Path]:
    """The synthetic corpus of this size, generated once per version of the
    generator and kept under bench/.corpora (ignored by git)."""
    version = hashlib.sha256(Path(corpus.__file__).read_bytes()).hexdigest()[:12]
    root = CORPORA / f"{articles}-{version}"
    if not (root / "done").exists():
        shutil.rmtree(root, ignore_errors=True)
        corpus.generate(root, articles)
        (root / "done").write_text("")
    return root / "facts", root / "seeds"


def measure(facts: Path, seeds: Path) -> dict[str, float]:
    """Time and peak memory of a load in a fresh process on one core."""
    pin = ["taskset", "-c", "0"] if shutil.which("taskset") else []
    result = subprocess.run([*pin, sys.executable, "-m", "bench.loader", str(facts), str(seeds)],
                            cwd=ROOT, capture_output=True, text=True, check=True,
                            env={**os.environ, "PYTHONHASHSEED": "0"})
    return json.loads(result.stdout.strip().splitlines()[-1])


def _measure_here(facts: Path, seeds: Path) -> dict[str, float]:
    # As the app loads: from the snapshot if this corpus has one, else parsed
    # and snapshotted (the snapshot's writing counted in).
    from tracker import snapshot

    started = time.perf_counter()
    loaded = snapshot.load(facts, seeds)
    cold = time.perf_counter() - started
    return {"articles": len(loaded.articles), "problems": len(loaded.problems), "seconds": cold,
            "peak_mb": _peak_mb()}


def _peak_mb() -> float:
    # The high-water mark of this process's memory. (ru_maxrss would carry
    # over the benchmark's own size from before the exec.)
    for line in open("/proc/self/status", encoding="ascii"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    print(json.dumps(_measure_here(Path(sys.argv[1]), Path(sys.argv[2]))))
