"""The drafter on a generated article of 1,000 words: invented sentences in
the evaluation corpus' kinds of phrasing (quotations split by their
attribution, governments speaking through capitals, positions, dates ahead
and behind), never an article of the held-out test split.

    python -m bench.drafter     # one timing of each kind, as JSON
"""

from __future__ import annotations

import datetime as dt
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PUBLISHED = dt.date(2025, 3, 17)

_PEOPLE = [
    ("Polish", "Defence Minister", "Anna Kowalska", "Warsaw"), ("French", "President", "Marie Dupont", "Paris"),
    ("Dutch", "Prime Minister", "Jan de Vries", "The Hague"), ("Spanish", "Foreign Minister", "Pedro Sanz", "Madrid"),
    ("Estonian", "Prime Minister", "Kristen Mets", "Tallinn"), ("German", "Chancellor", "Lena Vogel", "Berlin"),
]
_SENTENCES = [
    "{demonym} {role} {name} said on Friday that {capital} was ready to send troops once a ceasefire holds.",
    "“We will not wait for others,” {surname} told reporters, “and we will not be rushed either.”",
    "{capital} has said it will decide within two weeks whether to join the mission.",
    "Military chiefs will meet in London on Thursday to draw up plans for a force of several thousand.",
    "The so-called ‘coalition of the willing’ met earlier this month, and ministers are due to meet again "
    "next week.",
    "‘There is no hurry,’ said {name}, who has yet to decide on the size of any contribution.",
    "Britain and France said they were “ready to lead” such a force, while others remained hesitant.",
    "Asked about the costs, {surname} admitted that the budget had not been agreed and would be settled "
    "by the end of the year.",
    "The Kremlin said that any deployment would be a provocation, and Moscow warned of consequences.",
    "Officials in Brussels stressed that NATO was not part of the plan, according to the Financial Times.",
]


def article(words: int = 1_000) -> str:
    """An article in the seed's layout of at least `words` words."""
    paragraphs, count, turn = [], 0, 0
    while count < words:
        demonym, role, name, capital = _PEOPLE[turn % len(_PEOPLE)]
        sentences = [_SENTENCES[(turn + step) % len(_SENTENCES)] for step in range(3)]
        paragraph = " ".join(sentence.format(demonym=demonym, role=role, name=name, surname=name.split()[-1],
                                             capital=capital) for sentence in sentences)
        paragraphs.append(paragraph)
        count += len(paragraph.split())
        turn += 1
    return f" date {PUBLISHED.isoformat()} bench\nDrafter benchmark article\n" + "\n".join(paragraphs) + "\n"


def measure(repeats: int) -> dict[str, float]:
    """Median seconds of a draft in this process (its pipeline built, as each
    draft builds one) and of a draft by tracker.draft_worker in a process of
    its own, as an upload is drafted (Python and spaCy started too)."""
    from tracker.articles import parse_article
    from tracker.draft import draft
    from tracker.draft_worker import draft_isolated

    raw = article().encode("utf-8")
    parsed = parse_article(raw, "bench.txt")
    draft(Path("bench.txt"), parsed)  # imports and caches (pattern lists) once, as a running process has them
    in_process, isolated, facts = [], [], 0
    for _ in range(repeats):
        started = time.perf_counter()
        drafted = draft(Path("bench.txt"), parsed)
        in_process.append(time.perf_counter() - started)
        facts = len(drafted.stances) + len(drafted.events) + len(drafted.quotes)
        started = time.perf_counter()
        draft_isolated("bench.txt", raw)
        isolated.append(time.perf_counter() - started)
    return {"words": len(parsed.text.split()), "facts": facts, "seconds": statistics.median(in_process),
            "isolated_seconds": statistics.median(isolated)}


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    print(json.dumps(measure(1)))
