"""Shared fixtures: corpora generated into temporary folders, so each test
states the facts it cares about and the rest is made for it."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

import pytest
import yaml

from tracker.paths import FACTS, SEEDS

SEED_ARTICLE = "000_57bb9920ab05aaff.txt"
SEED_FACTS = FACTS / "000_57bb9920ab05aaff.yaml"


class CorpusFolder:
    """A facts folder and a seeds folder under tmp_path, filled by the test."""

    def __init__(self, root: Path):
        self.facts = root / "facts"
        self.seeds = root / "seeds"
        self.facts.mkdir()
        self.seeds.mkdir()

    def article(self, name: str, published: dt.date, sentences: list[str], source_id: str = "1") -> str:
        text = f" date {published.isoformat()} {source_id}\nHeadline of {name}\n" + " ".join(sentences) + "\n"
        (self.seeds / name).write_text(text, encoding="utf-8")
        return text

    def facts_file(self, name: str, data: dict | str) -> Path:
        path = self.facts / name
        path.write_text(data if isinstance(data, str) else yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                        encoding="utf-8")
        return path

    def simple(self, stem: str, published: dt.date = dt.date(2025, 5, 10), country: str = "DEU",
               stance: str = "hesitant", **overrides) -> dict:
        """A valid one-article corpus entry: article text plus facts naming it."""
        sentence = f"The government of {stem} said it was {stance} about sending troops."
        quote = f"Minister Anna {stem.title()} said troops were “not yet decided” for now."
        event = f"Last month ministers of {stem} met in Paris."
        self.article(f"{stem}.txt", published, [sentence, quote, event])
        data = {
            "article": {"id": stem, "file": f"{stem}.txt", "title": f"Headline of {stem}",
                        "outlet": "Test Wire", "published": published.isoformat(), "agencies": ["AFP"]},
            "stances": [{"country": country, "stance": stance, "evidence": sentence}],
            "events": [{"date": "last month", "description": f"Ministers of {stem} meet",
                        "countries": [country], "actors": [f"Anna {stem.title()}"], "evidence": event}],
            "quotes": [{"speaker": f"Anna {stem.title()}", "role": "Minister", "affiliation": f"{stem} government",
                        "country": country, "text": "not yet decided", "kind": "direct", "date": "recent",
                        "signals": stance, "evidence": quote}],
        }
        for key, value in overrides.items():
            data[key] = value
        self.facts_file(f"{stem}.yaml", data)
        return data


@pytest.fixture(autouse=True, scope="session")
def private_snapshots(tmp_path_factory):
    """Corpus snapshots of the tests' made-up corpora go to a temporary
    folder (also for the servers the browser tests start), never .cache/."""
    import os

    from tracker import paths

    folder = tmp_path_factory.mktemp("snapshots")
    saved, os.environ["TRACKER_CACHE_DIR"] = os.environ.get("TRACKER_CACHE_DIR"), str(folder)
    paths.CACHE = folder
    yield folder
    if saved is None:
        os.environ.pop("TRACKER_CACHE_DIR", None)
    else:
        os.environ["TRACKER_CACHE_DIR"] = saved


@pytest.fixture
def corpus_folder(tmp_path: Path) -> CorpusFolder:
    return CorpusFolder(tmp_path)


@pytest.fixture
def seed_folder(corpus_folder: CorpusFolder) -> CorpusFolder:
    """The real seed article and its facts, copied so that tests may break them."""
    (corpus_folder.seeds / SEED_ARTICLE).write_bytes((SEEDS / SEED_ARTICLE).read_bytes())
    (corpus_folder.facts / SEED_FACTS.name).write_bytes(SEED_FACTS.read_bytes())
    return corpus_folder


def seed_facts() -> dict:
    return copy.deepcopy(yaml.safe_load(SEED_FACTS.read_text(encoding="utf-8")))


SENTENCE = {
    "committed": "{name} has committed to sending troops",
    "hesitant": "{name} remains hesitant about sending troops",
    "ruled_out": "{name} has ruled out sending troops",
    "opposed": "{name} opposes any deployment of troops",
}


def write_schedule(folder: CorpusFolder, schedule: list[tuple[str, str, str, str]]) -> None:
    """One article per (publication date, outlet) in `schedule`, whose rows are
    (published ISO date, outlet, country code, stance): each stance gets its
    own sentence in its article and a fact resting on it."""
    from tracker.countries import country_name

    articles: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for published, outlet, code, stance in schedule:
        articles.setdefault((published, outlet), []).append((code, stance))
    for number, ((published, outlet), facts) in enumerate(sorted(articles.items())):
        stem = f"gen-{number:04d}"
        sentences = [SENTENCE[stance].format(name=country_name(code)) + f", {outlet} reports." for code, stance in facts]
        folder.article(f"{stem}.txt", dt.date.fromisoformat(published), sentences, source_id=str(number))
        folder.facts_file(f"{stem}.yaml", {
            "article": {"id": stem, "file": f"{stem}.txt", "title": f"Report {number}", "outlet": outlet,
                        "published": published},
            "stances": [{"country": code, "stance": stance, "evidence": sentence}
                        for (code, stance), sentence in zip(facts, sentences, strict=True)],
        })
