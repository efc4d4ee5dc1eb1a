"""Synthetic corpora in the documented facts format (data/README.md), for
measuring the loader and the pages at 10 to 10,000 articles.

Each article is a news text of several paragraphs with the passages its
facts rest on; countries' stances drift over two years (so positions change
over time), quotes are direct or reported, and dates are written the way
articles write them ("last month", "on Friday", "March 2025", ISO days).
Deterministic for a given size and seed.

    python -m bench.corpus 1000 /tmp/corpus-1000     # writes facts/ and seeds/
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

import yaml

from tracker.countries import country_name

COUNTRIES = ["GBR", "FRA", "DEU", "ITA", "ESP", "POL", "NLD", "SWE", "FIN", "DNK", "NOR", "EST", "LVA", "LTU",
             "BEL", "CZE", "PRT", "ROU", "GRC", "HUN", "SVK", "AUT", "IRL", "HRV", "BGR", "SVN", "LUX", "ISL",
             "TUR", "CAN", "AUS", "USA", "UKR", "RUS"]
STANCES = ["committed", "hesitant", "ruled_out", "opposed"]
STANCE_SENTENCE = {
    "committed": "{name} has committed to sending troops to Ukraine once a ceasefire holds",
    "hesitant": "{name} remains hesitant about sending troops, citing the risk of escalation",
    "ruled_out": "{name} has ruled out deploying its soldiers on Ukrainian soil",
    "opposed": "{name} opposes any deployment of European troops in Ukraine",
}
OUTLETS = ["Reuters", "AFP", "Politico Europe", "The Guardian", "Le Monde", "Der Spiegel", "Kyiv Independent",
           "Euronews", "BBC", "ANSA"]
FIRST_NAMES = ["Anna", "Jonas", "Marta", "Pierre", "Elena", "Tomas", "Ingrid", "Luca", "Sofia", "Mikael",
               "Katarzyna", "Henrik", "Ruth", "Pal", "Giorgia", "Keir", "Ursula", "Kaja", "Mark", "Petr"]
LAST_NAMES = ["Nowak", "Lindqvist", "Moreau", "Rossi", "Fischer", "Kowalski", "Jansen", "Virtanen", "Berg",
              "Novak", "Horvath", "Silva", "Dumitru", "Papadopoulos", "Murphy", "Kask", "Ozols", "Petrauskas"]
ROLES = ["Defence Minister", "Foreign Minister", "Prime Minister", "President", "Chief of Defence"]
EVENT_KINDS = [
    ("Defence ministers of the coalition meet in {city}", "defence ministers of the coalition met in {city}"),
    ("Leaders hold a video call on security guarantees", "leaders held a video call on security guarantees"),
    ("Military planners present options for a reassurance force",
     "military planners presented options for a reassurance force"),
    ("Parliament debates a troop deployment", "parliament debated a possible troop deployment"),
    ("Summit on Ukraine's security in {city}", "a summit on Ukraine's security took place in {city}"),
]
CITIES = ["Paris", "London", "Brussels", "Berlin", "Warsaw", "Rome", "Kyiv", "Helsinki", "The Hague", "Oslo"]
FILLER = [
    "The discussions come as Washington signals it may reduce its role in European security.",
    "Officials stressed that any force would only deploy after a durable ceasefire.",
    "Analysts note that the size, mandate and command structure of the force remain unclear.",
    "Moscow has repeatedly warned that it would consider such troops legitimate targets.",
    "Several governments want parliamentary approval before committing soldiers.",
    "Diplomats said the talks were constructive but that no final decision had been taken.",
    "The coalition also discussed air policing and maritime security in the Black Sea.",
    "Public opinion in many member states remains divided on the question.",
]
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
START = dt.date(2024, 7, 1)
DAYS = 730  # two years of reporting


def _date_phrase(chooser: random.Random, published: dt.date) -> tuple[str, str]:
    """A date as an article writes it, and the words in the text around it."""
    kind = chooser.randrange(5)
    if kind == 0:
        day = published - dt.timedelta(days=chooser.randint(1, 20))
        return day.isoformat(), f"on {day:%d %B %Y}"
    if kind == 1:
        return "last month", "last month"
    if kind == 2:
        weekday = (published - dt.timedelta(days=chooser.randint(1, 6))).strftime("%A")
        return f"on {weekday}", f"on {weekday}"
    if kind == 3:
        month = published.replace(day=1) - dt.timedelta(days=1)
        return f"{month:%B %Y}", f"in {month:%B %Y}"
    return "recent", "recently"


def _person(chooser: random.Random) -> str:
    return f"{chooser.choice(FIRST_NAMES)} {chooser.choice(LAST_NAMES)}"


def article(number: int, published: dt.date, chooser: random.Random, stance_of: dict[str, str]) -> tuple[str, dict]:
    """One article's text and facts. `stance_of` is each country's current
    stance, drifting as articles are published in date order."""
    outlet = chooser.choice(OUTLETS)
    stem = f"syn-{number:05d}"
    paragraphs: list[str] = []
    stances, events, quotes = [], [], []
    for code in chooser.sample(COUNTRIES, chooser.randint(3, 6)):
        if chooser.random() < 0.15:
            stance_of[code] = chooser.choice(STANCES)
        name = country_name(code)
        sentence = STANCE_SENTENCE[stance_of[code]].format(name=name) + f", {outlet} reported (item {number})."
        paragraphs.append(f"{sentence} {chooser.choice(FILLER)}")
        stances.append({"country": code, "stance": stance_of[code], "source": outlet, "evidence": sentence})
    for index in range(chooser.randint(2, 4)):
        city = chooser.choice(CITIES)
        title, told = (part.format(city=city) for part in chooser.choice(EVENT_KINDS))
        date, date_words = _date_phrase(chooser, published)
        involved = chooser.sample(COUNTRIES[:30], chooser.randint(1, 4))
        actor = _person(chooser)
        sentence = f"{date_words.capitalize()}, {told}, with {actor} attending (ref {number}-{index})."
        paragraphs.append(f"{sentence} {chooser.choice(FILLER)}")
        events.append({"date": date, "description": title, "countries": involved, "actors": [actor],
                       "evidence": sentence})
    for index in range(chooser.randint(2, 4)):
        code = chooser.choice(COUNTRIES[:30])
        speaker, role = _person(chooser), chooser.choice(ROLES)
        words = f"we will decide on troops together with our allies, step {number}-{index}"
        if chooser.random() < 0.5:
            sentence = f"“{words.capitalize()},” {role} {speaker} of {country_name(code)} told reporters."
            text, kind = words.capitalize(), "direct"
        else:
            sentence = f"{role} {speaker} of {country_name(code)} said they would decide with allies ({number}-{index})."
            text, kind = f"They would decide with allies ({number}-{index})", "reported"
        paragraphs.append(sentence)
        quotes.append({"speaker": speaker, "role": role, "affiliation": f"Government of {country_name(code)}",
                       "country": code, "text": text, "kind": kind, "date": "recent",
                       "signals": stance_of[code], "evidence": sentence})
    chooser.shuffle(paragraphs)
    title = f"Coalition of the willing: {len(stances)} countries' positions, report {number}"
    text = (f" date {published.isoformat()} {number}\n{title}\n\n" + "\n\n".join(paragraphs) + "\n")
    facts = {
        "article": {"id": stem, "file": f"{stem}.txt", "title": title, "outlet": outlet,
                    "published": published.isoformat(), "agencies": [outlet]},
        "stances": stances, "events": events, "quotes": quotes,
    }
    return text, facts


def generate(root: Path, articles: int, seed: int = 0) -> tuple[Path, Path]:
    """Write `articles` articles and their facts under root/seeds and root/facts."""
    facts_dir, seeds_dir = root / "facts", root / "seeds"
    facts_dir.mkdir(parents=True, exist_ok=True)
    seeds_dir.mkdir(parents=True, exist_ok=True)
    chooser = random.Random(seed)
    stance_of = {code: chooser.choice(STANCES) for code in COUNTRIES}
    for number in range(articles):
        published = START + dt.timedelta(days=number * DAYS // max(1, articles - 1))
        text, facts = article(number, published, chooser, stance_of)
        stem = facts["article"]["id"]
        (seeds_dir / f"{stem}.txt").write_text(text, encoding="utf-8")
        (facts_dir / f"{stem}.yaml").write_text(
            yaml.dump(facts, Dumper=_DUMPER, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")
    return facts_dir, seeds_dir


if __name__ == "__main__":
    generate(Path(sys.argv[2]), int(sys.argv[1]))
