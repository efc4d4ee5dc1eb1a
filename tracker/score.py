"""How good is the drafter? Each article that has both a hand-curated facts
file and its text is drafted afresh and compared with the curation."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from tracker import dates
from tracker.articles import read_article
from tracker.draft import Draft, draft
from tracker.evidence import NormalizedText, normalize
from tracker.loader import Corpus


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


def score_corpus(corpus: Corpus, seeds_dir: Path) -> pd.DataFrame:
    rows = []
    for article in corpus.articles.itertuples():
        path = Path(seeds_dir) / Path(article.path).name
        drafted = draft(path, read_article(path))
        for score in score_article(corpus, article.article_id, article.text, article.published.date(), drafted):
            rows.append({"article_id": article.article_id, "metric": score.metric, "curated": score.curated,
                         "drafted": score.drafted, "found": score.found, "correct": score.correct,
                         "recall": round(score.recall, 3), "precision": round(score.precision, 3)})
    return pd.DataFrame(rows, columns=["article_id", "metric", "curated", "drafted", "found", "correct",
                                       "recall", "precision"])


def score_article(corpus: Corpus, article_id: str, text: str, published, drafted: Draft) -> list[Score]:
    stances = corpus.stances[corpus.stances["article_id"] == article_id]
    events = corpus.events[corpus.events["article_id"] == article_id]
    quotes = corpus.quotes[corpus.quotes["article_id"] == article_id]

    curated_countries = set(stances["country"].dropna()) | set(quotes["country"].dropna())
    curated_countries |= {code for codes in events["countries"] for code in codes}
    drafted_countries = {fact["country"] for fact in drafted.stances + drafted.quotes if fact.get("country")}
    drafted_countries |= {code for fact in drafted.events for code in fact["countries"]}

    direct = quotes[quotes["kind"] == "direct"]
    drafted_direct = [q for q in drafted.quotes if q["kind"] == "direct"]
    curated_words = {_words(t): speaker for t, speaker in zip(direct["text"], direct["speaker"], strict=True)}
    drafted_words = {_words(q["text"]): q["speaker"] for q in drafted_direct}
    attributed = sum(1 for words, speaker in curated_words.items() if drafted_words.get(words) == speaker)

    located = NormalizedText(text)
    reported = quotes[quotes["kind"] == "reported"]
    curated_reported = [(row.speaker, int(row.start), int(row.end)) for row in reported.itertuples()]
    drafted_reported = [(q["speaker"], *(located.find_all(q["evidence"]) or [(-1, -1)])[0])
                        for q in drafted.quotes if q["kind"] == "reported"]

    def same_statement(a, b) -> bool:
        # The same speaker, and the curated passage lies within the drafted sentence.
        return a[0] == b[0] and b[1] <= a[1] and a[2] <= b[2]

    curated_dates = {_range(s, e, p) for s, e, p in zip(
        pd.concat([events["date_start"], quotes["date_start"]]), pd.concat([events["date_end"], quotes["date_end"]]),
        pd.concat([events["precision"], quotes["precision"]]), strict=True) if isinstance(p, str)}
    drafted_dates = set()
    for fact in drafted.events + drafted.quotes:
        if fact.get("date"):
            resolved = dates.resolve(fact["date"], published)
            drafted_dates.add((resolved.start, resolved.end, resolved.precision))

    return [
        _sets("countries", curated_countries, drafted_countries),
        _sets("speakers", set(quotes["speaker"]), {q["speaker"] for q in drafted.quotes}),
        _sets("direct quotes", set(curated_words), set(drafted_words)),
        Score("direct quotes attributed to the right speaker", len(curated_words), len(drafted_words),
              attributed, attributed),
        _pairs("reported statements", curated_reported, drafted_reported, same_statement),
        _sets("resolved dates", curated_dates, drafted_dates),
    ]


def _words(text: str) -> str:
    return normalize(text).strip(" ,.\"'").casefold()


def _range(start, end, precision):
    as_date = lambda value: None if pd.isna(value) else value.date()  # noqa: E731
    return (as_date(start), as_date(end), precision)


def _sets(metric: str, curated: set, drafted: set) -> Score:
    both = curated & drafted
    return Score(metric, len(curated), len(drafted), len(both), len(both))


def _pairs(metric: str, curated: list, drafted: list, same) -> Score:
    found = sum(1 for c in curated if any(same(c, d) for d in drafted))
    correct = sum(1 for d in drafted if any(same(c, d) for c in curated))
    return Score(metric, len(curated), len(drafted), found, correct)


def table(scores: pd.DataFrame) -> str:
    totals = scores.groupby("metric", sort=False)[["curated", "drafted", "found", "correct"]].sum()
    lines = [f"{'metric':<48}{'curated':>8}{'drafted':>8}{'recall':>8}{'precision':>10}"]
    for metric, row in totals.iterrows():
        recall = row.found / row.curated if row.curated else 1.0
        precision = row.correct / row.drafted if row.drafted else 1.0
        lines.append(f"{metric:<48}{row.curated:>8}{row.drafted:>8}{recall:>8.0%}{precision:>10.0%}")
    return "\n".join(lines)


