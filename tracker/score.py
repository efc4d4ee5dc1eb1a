"""How good is the drafter? Each article that has both a hand-curated facts
file and its text is drafted afresh and compared with the curation.

Three collections are scored, each on its own: the seed (data/facts with
seeds/) and the evaluation corpus' two splits, tests/corpus/dev (the one the
rules may be tuned on) and tests/corpus/test (held out: scored, never tuned
on). Each split's table gives recall (the share of curated items the draft
has) and precision (the share of drafted items the curation has) of
countries, positions, direct quotes with their speaker and reported
statements; and, for every curated dated fact, whether the drafted fact
resting on the same passage dates it right, is refused by the loader with
a message, or is silently wrong.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from tracker import dates
from tracker.articles import read_article
from tracker.draft import Draft, draft
from tracker.evidence import NormalizedText, normalize
from tracker.loader import Corpus, date_context, load_corpus
from tracker.paths import FACTS, ROOT, SEEDS, display_path
from tracker.schema import PLANNED

CORPUS = ROOT / "tests" / "corpus"
SPLITS: dict[str, tuple[Path, Path]] = {
    "seed": (FACTS, SEEDS),
    "dev": (CORPUS / "dev" / "facts", CORPUS / "dev" / "articles"),
    "test": (CORPUS / "test" / "facts", CORPUS / "test" / "articles"),
}
COLUMNS = ["article_id", "metric", "curated", "drafted", "found", "correct", "recall", "precision"]
# The four outcomes of a curated date, each a row of its own: "dates
# silently wrong" is the one an analyst would not notice.
DATE_OUTCOMES = ("right", "refused with a message", "not proposed", "silently wrong")


@dataclass(frozen=True)
class Score:
    metric: str
    curated: int
    drafted: int
    found: int          # curated items the draft has
    correct: int        # drafted items the curation has

    @property
    def recall(self) -> float:
        return self.found / self.curated if self.curated else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.drafted if self.drafted else 1.0


def score_split(facts: Path, articles: Path) -> tuple[pd.DataFrame, Corpus]:
    """The scores of one split, and the corpus they were read from (whose
    `problems` are the curated files left out)."""
    corpus = load_corpus(facts, articles)
    return score_corpus(corpus), corpus


def score_corpus(corpus: Corpus, seeds_dir: Path | None = None) -> pd.DataFrame:
    rows = []
    for article in corpus.articles.itertuples():
        path = Path(seeds_dir) / Path(article.path).name if seeds_dir is not None else Path(article.path)
        drafted = draft(path, read_article(path))
        for score in score_article(corpus, article.article_id, article.text, article.published.date(), drafted):
            rows.append({"article_id": article.article_id, "metric": score.metric, "curated": score.curated,
                         "drafted": score.drafted, "found": score.found, "correct": score.correct,
                         "recall": round(score.recall, 3), "precision": round(score.precision, 3)})
    return pd.DataFrame(rows, columns=COLUMNS)


def score_article(corpus: Corpus, article_id: str, text: str, published: dt.date, drafted: Draft) -> list[Score]:
    """Every metric of one article: `corpus` holds its curated facts."""
    def of_article(table: pd.DataFrame) -> pd.DataFrame:
        return table[table["article_id"] == article_id]

    articles, stances = of_article(corpus.articles), of_article(corpus.stances)
    events, quotes = of_article(corpus.events), of_article(corpus.quotes)

    curated_countries = set(stances["country"].dropna()) | set(quotes["country"].dropna())
    curated_countries |= {code for codes in events["countries"] for code in codes}
    if "countries" in articles:
        curated_countries |= {code for codes in articles["countries"] for code in codes}
    drafted_countries = set(drafted.article.get("countries", []))
    drafted_countries |= {fact["country"] for fact in drafted.stances + drafted.quotes if fact.get("country")}
    drafted_countries |= {code for fact in drafted.events for code in fact.get("countries", [])}

    curated_positions = {(row.country, row.stance) for row in stances.itertuples() if isinstance(row.country, str)}
    drafted_positions = {(fact["country"], fact["stance"]) for fact in drafted.stances if fact.get("country")}

    direct = quotes[quotes["kind"] == "direct"]
    curated_direct = {(_words(row.text), _name(row.speaker)) for row in direct.itertuples()}
    drafted_direct = {(_words(q["text"]), _name(q["speaker"])) for q in drafted.quotes if q["kind"] == "direct"}

    located = NormalizedText(text)
    reported = quotes[quotes["kind"] == "reported"]
    curated_reported = [(_name(row.speaker), int(row.start), int(row.end)) for row in reported.itertuples()
                        if not pd.isna(row.start)]
    drafted_reported = [(_name(q["speaker"]), *span) for q in drafted.quotes if q["kind"] == "reported"
                        for span in _located(located, q["evidence"])[:1]]

    def same_statement(curated, proposed) -> bool:
        # The same speaker, in passages that overlap.
        return curated[0] == proposed[0] and max(curated[1], proposed[1]) < min(curated[2], proposed[2])

    return [
        _sets("countries", curated_countries, drafted_countries),
        _sets("positions (country, stance)", curated_positions, drafted_positions),
        _sets("direct quotes with the right speaker", curated_direct, drafted_direct),
        _pairs("reported statements", curated_reported, drafted_reported, same_statement),
        *date_scores(_curated_dates(stances, events, quotes), _drafted_dates(drafted, located, text), published),
    ]


@dataclass(frozen=True)
class CuratedDate:
    section: str
    start: int          # the fact's passage in the article
    end: int
    reading: tuple      # (date_start, date_end, precision) as the loader resolved it
    written: str = ""


@dataclass(frozen=True)
class DraftedDate:
    section: str
    start: int
    end: int
    date: str
    evidence: str
    status: str | None = None
    direction: str | None = None
    context: str | None = None  # the sentence the loader would read the tense in; else the evidence


def date_scores(curated: list[CuratedDate], drafted: list[DraftedDate], published: dt.date) -> list[Score]:
    """For each curated dated fact, the drafted fact of the same passage
    (overlapping it, of the same section if there is one): its date right,
    refused with a message (as the loader would refuse it), not proposed, or
    silently wrong. Each outcome is a row: `found` counts the curated dates
    with that outcome, `drafted` the curated dates a drafted date was found for."""
    outcomes = dict.fromkeys(DATE_OUTCOMES, 0)
    for fact in curated:
        overlapping = [d for d in drafted if max(fact.start, d.start) < min(fact.end, d.end)]
        # Of a sentence giving several times, the drafted fact dated as the
        # curated one is written ("next week") is its counterpart.
        overlapping.sort(key=lambda d: (d.section != fact.section, _phrase(d.date) != _phrase(fact.written)))
        if not overlapping:
            outcomes["not proposed"] += 1
            continue
        outcomes[_date_outcome(fact, overlapping[0], published)] += 1
    proposed = len(curated) - outcomes["not proposed"]
    return [Score(f"dates {outcome}", len(curated), proposed, count, count) for outcome, count in outcomes.items()]


def _date_outcome(fact: CuratedDate, proposed: DraftedDate, published: dt.date) -> str:
    try:
        # The loader's own check, so "refused" is what the analyst would be told.
        reading = dates.resolve_fact(proposed.date, published, planned=proposed.status == PLANNED,
                                     direction=proposed.direction, context=proposed.context or proposed.evidence)
    except dates.DateNotUnderstood:
        return "refused with a message"
    return "right" if (reading.start, reading.end, reading.precision) == fact.reading else "silently wrong"


def _curated_dates(stances: pd.DataFrame, events: pd.DataFrame, quotes: pd.DataFrame) -> list[CuratedDate]:
    found = []
    for section, table in (("stances", stances), ("events", events), ("quotes", quotes)):
        for row in table.itertuples():
            if isinstance(row.precision, str) and not pd.isna(row.start):
                found.append(CuratedDate(section, int(row.start), int(row.end),
                                         (_day(row.date_start), _day(row.date_end), row.precision),
                                         str(row.date_text)))
    return found


def _drafted_dates(drafted: Draft, located: NormalizedText, text: str) -> list[DraftedDate]:
    found = []
    for section, facts in (("stances", drafted.stances), ("events", drafted.events), ("quotes", drafted.quotes)):
        for fact in facts:
            if fact.get("date"):
                for start, end in _located(located, fact["evidence"])[:1]:
                    date = str(fact["date"])
                    found.append(DraftedDate(section, start, end, date, fact["evidence"], fact.get("status"),
                                             fact.get("direction"),
                                             date_context(date, fact["evidence"], start, end, text)))
    return found


def _located(located: NormalizedText, passage: str) -> list[tuple[int, int]]:
    return located.find_all(passage, most=1) if passage else []


def _day(value) -> dt.date | None:
    return None if value is None or pd.isna(value) else pd.Timestamp(value).date()


def _phrase(date: str) -> str:
    return " ".join(date.casefold().removeprefix("on ").removeprefix("in ").split())


def _words(text: str) -> str:
    return " ".join(normalize(text).strip(" ,.\"'").casefold().split())


def _name(speaker: str) -> str:
    return " ".join(str(speaker).split()).casefold()


def _sets(metric: str, curated: set, drafted: set) -> Score:
    both = curated & drafted
    return Score(metric, len(curated), len(drafted), len(both), len(both))


def _pairs(metric: str, curated: list, drafted: list, same) -> Score:
    found = sum(1 for c in curated if any(same(c, d) for d in drafted))
    correct = sum(1 for d in drafted if any(same(c, d) for c in curated))
    return Score(metric, len(curated), len(drafted), found, correct)


def totals(scores: pd.DataFrame) -> pd.DataFrame:
    """Each metric summed over the articles, with its recall and precision."""
    summed = scores.groupby("metric", sort=False)[["curated", "drafted", "found", "correct"]].sum()
    summed["recall"] = [row.found / row.curated if row.curated else 1.0 for row in summed.itertuples()]
    summed["precision"] = [row.correct / row.drafted if row.drafted else 1.0 for row in summed.itertuples()]
    return summed


def table(scores: pd.DataFrame, title: str | None = None) -> str:
    """The split's table: for each date outcome, `found` is how many curated
    dates had it and `recall` their share."""
    lines = [title] if title else []
    lines.append(f"{'metric':<38}{'curated':>8}{'drafted':>8}{'found':>7}{'recall':>8}{'precision':>10}")
    for row in totals(scores).itertuples():
        precision = "" if row.Index.startswith("dates ") else f"{row.precision:.0%}"
        lines.append(f"{row.Index:<38}{row.curated:>8}{row.drafted:>8}{row.found:>7}{row.recall:>8.0%}"
                     f"{precision:>10}")
    return "\n".join(lines)


def report(splits: Iterable[str], folders: dict[str, tuple[Path, Path]] | None = None) -> tuple[str, list]:
    """The tables of the named splits (their folders as in SPLITS, or as
    given), and the problems of curated files left out of them; a split not
    yet written is said to be missing."""
    parts, problems = [], []
    for name in splits:
        facts, articles = (folders or {}).get(name) or SPLITS[name]
        if not facts.is_dir() or not articles.is_dir():
            parts.append(f"{name}: no corpus in {display_path(facts)} and {display_path(articles)}")
            continue
        scores, corpus = score_split(facts, articles)
        problems += corpus.problems
        count = len(corpus.articles)
        left_out = f", {len(corpus.problems)} problem(s) in curated files left out" if corpus.problems else ""
        parts.append(table(scores, f"{name}: {count} article{'s' * (count != 1)}{left_out}"))
    return "\n\n".join(parts), problems
