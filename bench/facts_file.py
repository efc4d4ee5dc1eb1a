"""One upload's cost on the Add page: an article with a facts file of many
one-line stances, each resting on a passage of the article (issue 16: a
100 KB article with 20,000 stances in a 960 KB file).

    python -m bench.facts_file 20000 3    # median of 3 reruns, as JSON

Every rerun of the page checks the upload (tracker.loader.load_sources),
finds the facts' passages (shaping.proposed_spans, given the facts' text)
and draws the article with them (highlight.highlighted_html); the three
are timed together, and each apart, in a fresh process after one rerun to
import and warm up, as on a running server.
"""

from __future__ import annotations

import collections
import json
import os
import random
import shutil
import statistics
import string
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLE_NAME = "large-upload.txt"
FACTS_NAME = "large-upload.yaml"
# 100 KB of article for 20,000 facts.
ARTICLE_BYTES_PER_FACT = 5
STANCES = ("committed", "hesitant", "ruled_out", "opposed")
COUNTRIES = ("FRA", "GBR", "DEU", "ITA", "ESP", "POL", "NLD", "SWE", "FIN", "DNK")


def upload(facts: int, seed: int = 0) -> tuple[bytes, bytes]:
    """An article of `facts * 5` bytes and a facts file of `facts` one-line
    stances (48 bytes each). Their passages are runs of two consecutive
    words of the article, one starting at every word, then of three and
    four: they overlap as densely as passages of an article can. Words are
    random letters; a run that occurs twice is left out, so the file checks
    out."""
    chooser = random.Random(seed)
    vocabulary = sorted({"".join(chooser.choices(string.ascii_lowercase, k=chooser.randint(3, 6)))
                         for _ in range(5000)})
    words: list[str] = []
    size = 0
    while size < facts * ARTICLE_BYTES_PER_FACT:
        words.append(chooser.choice(vocabulary))
        size += len(words[-1]) + 1
    # Sentences of twelve words, paragraphs of five sentences.
    runs = [word + ("." if index % 12 == 11 else "") for index, word in enumerate(words)]
    body = "".join(run + ("\n\n" if index % 60 == 59 else " ") for index, run in enumerate(runs))
    article = " date 2025-05-10 1\nA very long upload\n" + body.rstrip() + "\n"
    passages: list[str] = []
    for length in (2, 3, 4):
        windows = [" ".join(runs[start:start + length]) for start in range(len(runs) - length + 1)]
        # A full stop aside, since "a b" is also found in "a b.".
        seen = collections.Counter(window.replace(".", "") for window in windows)
        passages += [window for window in windows[::1 if length == 2 else 3] if seen[window.replace(".", "")] == 1]
    lines = ["article:", "  id: large-upload", f"  file: {ARTICLE_NAME}", "  title: A very long upload",
             "  outlet: Test Wire", "  published: '2025-05-10'", "stances:"]
    for number, passage in enumerate(passages[:facts]):
        country = f"country: {COUNTRIES[number % len(COUNTRIES)]}, " if number % 4 == 1 else ""
        lines.append(f"- {{{country}stance: {STANCES[number % 4]}, evidence: {passage}}}")
    return article.encode("utf-8"), ("\n".join(lines) + "\n").encode("utf-8")


def rerun(article_raw: bytes, facts_raw: bytes) -> dict[str, float]:
    """What the Add page computes on a rerun with this upload: seconds (wall
    and CPU) in all and per step, the HTML's size and what it marks."""
    from tracker import highlight, loader, shaping
    from tracker.articles import parse_article

    started, cpu = time.perf_counter(), time.process_time()
    text = parse_article(article_raw, ARTICLE_NAME).text
    checked = loader.load_sources([loader.upload_source(ARTICLE_NAME, article_raw, FACTS_NAME, facts_raw)])
    loaded = time.perf_counter()
    spans = shaping.proposed_spans(text, facts_raw.decode("utf-8"))
    found = time.perf_counter()
    markup = highlight.highlighted_html(text, spans)
    drawn = time.perf_counter()
    return {"seconds": drawn - started, "cpu_seconds": time.process_time() - cpu,
            "load_seconds": loaded - started, "spans_seconds": found - loaded, "html_seconds": drawn - found,
            "html_kb": len(markup.encode("utf-8")) / 1000, "highlighted": len(spans),
            "left_out": spans.attrs["left_out"], "problems": len(checked.problems),
            "article_kb": len(article_raw) / 1000, "facts_kb": len(facts_raw) / 1000}


def measure(facts: int, rounds: int) -> dict[str, float]:
    """The medians of `rounds` reruns in a fresh process on one core."""
    pin = ["taskset", "-c", "0"] if shutil.which("taskset") else []
    result = subprocess.run([*pin, sys.executable, "-m", "bench.facts_file", str(facts), str(rounds)],
                            cwd=ROOT, capture_output=True, text=True, check=True,
                            env={**os.environ, "PYTHONHASHSEED": "0"})
    return json.loads(result.stdout.strip().splitlines()[-1])


def _measure_here(facts: int, rounds: int) -> dict[str, float]:
    article_raw, facts_raw = upload(facts)
    rerun(article_raw, facts_raw)
    runs = [rerun(article_raw, facts_raw) for _ in range(rounds)]
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


if __name__ == "__main__":
    print(json.dumps(_measure_here(int(sys.argv[1]), int(sys.argv[2]))))
