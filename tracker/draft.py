"""Drafting a facts file from a new article, for an analyst to review.

Rule-based and offline: spaCy's blank English pipeline splits sentences and
an entity ruler marks countries (pycountry's names plus the curated demonyms,
capitals and groups of data/places.yaml), roles and organisations. People are
runs of capitalised words next to a role or a reporting verb. Every proposed
fact carries its sentence as evidence and a `review` note: the loader refuses
a fact until the analyst has checked it and removed that note.

Each draft runs its own pipeline, dropped with it: spaCy keeps every word it
meets in the pipeline's vocabulary and string store for the pipeline's life,
so one shared pipeline grew with every article anyone uploaded and never gave
the memory back. A fresh one also needs no lock across Streamlit's sessions,
which draft in threads of their own (`Language.memory_zone()`, the other way
to free those words, is per pipeline, not per thread).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import spacy
import yaml

from tracker import dates, gazetteer
from tracker.articles import ArticleText
from tracker.paths import DATA

PLACES = DATA / "places.yaml"

ROLES = [
    "Prime Minister", "President", "Vice President", "Chancellor", "Defence Minister", "Defense Minister",
    "Defence Secretary", "Defense Secretary", "Foreign Minister", "Foreign Secretary", "Minister",
    "Secretary of State", "Secretary General", "Secretary-General", "High Representative", "diplomat",
    "foreign affairs chief", "spokesperson", "spokesman", "spokeswoman", "ambassador", "general", "leader",
]
# Verbs reporting a "that" clause: the paraphrase is the clause; for the
# others ("ruled out", "urged") the verb is part of what was said.
THAT_VERBS = {"said", "says", "say", "warned", "warns", "emphasised", "emphasized", "emphasises", "emphasizes",
              "claimed", "claims", "revealed", "reveals", "admitted", "admits", "reiterated", "reiterates",
              "stressed", "stresses", "insisted", "insists", "announced", "announces", "told", "tells", "argued",
              "added", "noted", "suggested", "confirmed", "declared"}
REPORTING_VERBS = [
    "said", "says", "say", "warned", "warns", "ruled out", "rules out", "urged", "urges", "urging", "emphasised",
    "emphasized", "emphasises", "emphasizes", "claimed", "claims", "revealed", "reveals", "admitted", "admits",
    "questioned", "questions", "echoed", "echoes", "reiterated", "reiterates", "stressed", "stresses",
    "insisted", "insists", "announced", "announces", "told", "tells", "expressed", "argued", "added", "noted",
    "suggested", "confirmed", "declared", "vowed", "pledged", "called for",
]
# Words of the article that suggest a position; only ever a suggestion.
STANCE_CUES = [
    (re.compile(r"\bruled? out\b|\bruling out\b|\brefused?\b|\bwill not send\b", re.I), "ruled_out"),
    (re.compile(r"\bcommitted to\b|\bcommit(?:s|ted)? troops\b|\breadiness to\b|\bready to (?:send|lead|deploy)\b",
                re.I), "committed"),
    (re.compile(r"\bhesitan(?:t|cy)\b|\bconcerns?\b|\bquestioned\b|\buncertain(?:ty)?\b|\breluctan(?:t|ce)\b",
                re.I), "hesitant"),
    (re.compile(r"\bprovocation\b|\bopposes?\b|\bopposed\b|\bwarned\b", re.I), "opposed"),
]
DATE_PHRASES = re.compile(
    r"\b(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\b(?:last|this|next)\s+(?:week|month|year)\b|\byesterday\b|\btoday\b"
    r"|\b\d{4}-\d{2}-\d{2}\b"
    r"|\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+\d{4})?\b"
    r"|\b(?:in\s+)?(?:January|February|March|April|June|July|August|September|October|November|December)"
    r"(?:\s+\d{4})?\b"
    r"|\brecent(?:ly)?\b|\balready\b|\bso far\b",
    re.I,
)
# Single curly quotes are mostly scare quotes in news copy ('coalition of the
# willing'); only double quotes open a quotation.
OPENING, CLOSING = "\u201c", "\u201d"
NOT_NAMES = {"Top", "Western", "Eastern", "Northern", "Southern", "Central", "European", "However", "Meanwhile",
             "According", "Speaking", "When", "In", "The", "Many", "Last", "Former", "Both", "Only", "He", "She"}
SO_CALLED = re.compile(r"(?:so-called|dubbed|termed|the)\s*$", re.I)
PRONOUNS = {"he", "she"}


@dataclass
class Person:
    name: str
    role: str | None = None
    affiliation: str | None = None
    country: str | None = None


@dataclass
class Draft:
    article: dict[str, Any]
    stances: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)

    def as_yaml(self) -> str:
        header = ("# DRAFT by `python -m tracker draft`: check every fact against the article, correct it,\n"
                  "# and delete its `review` line. The loader refuses facts still marked for review.\n"
                  "# Format: data/README.md\n")
        body = {"article": self.article, "stances": self.stances, "events": self.events, "quotes": self.quotes}
        return header + yaml.safe_dump(body, allow_unicode=True, sort_keys=False, width=110)


@cache
def places() -> dict[str, Any]:
    return yaml.safe_load(PLACES.read_text(encoding="utf-8"))


def pipeline() -> spacy.language.Language:
    """A new pipeline, holding only the words of its patterns: one per draft.
    Countries and groups come from tracker.gazetteer, whose tables are built
    once per process; the ruler then adds roles and organisations around them."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    gazetteer.add_to(nlp)
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "ORTH"})
    ruler.add_patterns([dict(pattern) for pattern in _patterns()])
    return nlp


@cache
def _patterns() -> tuple[dict[str, str], ...]:
    """Roles and organisations; countries and groups are the gazetteer's."""
    patterns = []
    for name, full in places()["organisations"].items():
        patterns.append({"label": "ORG", "pattern": name, "id": full})
    for role in ROLES:
        patterns.append({"label": "ROLE", "pattern": role})
        patterns.append({"label": "ROLE", "pattern": role.lower()})
    return tuple(patterns)


def _country_names() -> dict[str, str]:
    """Every written form of a country (name, short name, demonym, capital,
    seat of power) with its alpha-3 code."""
    return gazetteer.names()


def draft(path: Path, article: ArticleText, outlet: str = "TODO: outlet") -> Draft:
    published = article.published or dt.date.today()
    result = Draft(article={
        "id": path.stem, "file": path.name, "title": article.headline, "outlet": outlet,
        "published": published.isoformat(), "agencies": _agencies(article.text),
    })
    people: dict[str, Person] = {}
    last_person: Person | None = None
    for sentence in _body_sentences(article, pipeline()):
        text = sentence.text.strip()
        if not text:
            continue
        countries = _countries(sentence)
        found = _people(sentence, people)
        speaker_for = _speaker_finder(sentence, found, people, last_person)
        for start, _end, words in _quotations(sentence):
            speaker = speaker_for(start)
            if speaker is None:
                continue
            result.quotes.append(_quote(speaker, words, "direct", text, published, sentence))
        reported: set[str] = set()
        for verb_at, verb in _reporting(sentence):
            for speaker in speaker_for(verb_at, together=True):
                if speaker.name in reported:
                    continue
                reported.add(speaker.name)
                rest = sentence.text[verb_at - sentence.start_char + len(verb):].strip(" ,.")
                said = rest.removeprefix("that ") if verb in THAT_VERBS else f"{verb} {rest}"
                result.quotes.append(_quote(speaker, said or text, "reported", text, published, sentence,
                                            review=f"reported statement ({verb}): check speaker and paraphrase"))
        when = _first_date(text, published)
        if when is not None:
            result.events.append({
                "date": when, "description": _shorten(text), "countries": sorted({c for c, _ in countries}),
                "actors": [person.name for person in found], "evidence": text,
                "review": "event: write the description in your words; check date and who",
            })
        speaker = speaker_for(len(sentence.text) + sentence.start_char)
        result.stances.extend(_stances(sentence, countries, text, speaker))
        if found:
            last_person = found[-1]
    return result


def draft_text(name: str, article: ArticleText) -> str:
    """The YAML draft of an article held in memory (an upload)."""
    return draft(Path(name), article).as_yaml()


def _body_sentences(article: ArticleText, nlp: spacy.language.Language):
    """Sentences of the body, paragraph by paragraph (the header and headline
    are not prose), with character offsets into the whole article."""
    lines = article.text.split("\n")
    offset = len(lines[0]) + 1 + len(lines[1]) + 1 if len(lines) > 1 else len(lines[0])
    for line in lines[2:]:
        if line.strip():
            doc = nlp(line)
            for sentence in doc.sents:
                yield _Sentence(sentence, offset)
        offset += len(line) + 1


class _Sentence:
    """A spaCy sentence whose character offsets count from the article's start."""

    def __init__(self, span, offset: int) -> None:
        self.span, self.offset = span, offset
        self.text = span.text
        self.start_char = span.start_char + offset
        self.ents = span.ents

    def __iter__(self):
        return iter(self.span)


def _agencies(text: str) -> list[str]:
    return sorted({agency for agency in ("AFP", "Reuters", "AP", "dpa", "ANSA", "TASS", "Interfax", "EFE")
                   if re.search(rf"\b{re.escape(agency)}\b", text)})


def _countries(sentence) -> list[tuple[str, int]]:
    """(code, character offset) of every country the sentence names."""
    found = []
    for entity in sentence.ents:
        at = entity.start_char + sentence.offset
        if entity.label_ == "COUNTRY":
            found.append((entity.ent_id_, at))
        elif entity.label_ == "GROUP":
            found.extend((code, at) for code in entity.ent_id_.split(","))
    return found


def _people(sentence, people: dict[str, Person]) -> list[Person]:
    """People named in the sentence: 'Dutch Defense Minister Ruben Brekelmans',
    or a surname already met ('Kallas')."""
    tokens = list(sentence)
    entity_of = {token.i: entity for entity in sentence.ents for token in entity}
    found: list[Person] = []
    index = 0
    while index < len(tokens):
        run = []
        while (index < len(tokens) and tokens[index].is_title and tokens[index].i not in entity_of
               and tokens[index].text not in NOT_NAMES and tokens[index].is_alpha):
            run.append(tokens[index])
            index += 1
        if len(run) >= 2:
            name = " ".join(t.text for t in run[:3])
            person = people.get(name) or _describe(name, run[0], tokens, entity_of)
            people[name] = person
            people.setdefault(run[-1].text, person)
            found.append(person)
        elif len(run) == 1 and run[0].text in people and " " not in run[0].text:
            found.append(people[run[0].text])
        if not run:
            index += 1
    return found


def _describe(name: str, first, tokens, entity_of) -> Person:
    """Role and affiliation from the words just before the name."""
    person = Person(name)
    position = first.i - tokens[0].i - 1
    role_parts = []
    while position >= 0:
        entity = entity_of.get(tokens[position].i)
        if entity is None:
            if tokens[position].lower_ == "former" and role_parts:
                role_parts.insert(0, "Former")
            break
        if entity.label_ == "ROLE":
            role_parts.insert(0, entity.text)
            position = entity.start - tokens[0].i - 1
            continue
        if entity.label_ == "COUNTRY":
            person.country = entity.ent_id_
            person.affiliation = f"{entity.text} government"
            if position > 0 and tokens[position - 1].lower_ == "former" and role_parts:
                role_parts.insert(0, "Former")
        elif entity.label_ == "ORG":
            person.affiliation = entity.ent_id_
        break
    if role_parts:
        person.role = " ".join(role_parts)
    return person


def _speaker_finder(sentence, found: list[Person], people: dict[str, Person], last: Person | None):
    """Who speaks at a character offset: the nearest person named before it,
    else a pronoun's referent (the last person named), else the next named."""
    named_at = []
    for token in sentence:
        at = token.idx + sentence.offset
        if token.is_title and not token.ent_type_:
            for person in found:
                if token.text in person.name.split() and (not named_at or named_at[-1][1] is not person):
                    named_at.append((at, person))
        if token.lower_ in PRONOUNS and last is not None:
            named_at.append((at, last))

    def speaker(at: int, together: bool = False):
        before = [(offset, person) for offset, person in named_at if offset < at]
        chosen = before[-1:] or named_at[:1]
        if together and len(before) >= 2:
            # "Starmer and French President Macron expressed": both speak.
            between = sentence.text[before[-2][0] - sentence.start_char:before[-1][0] - sentence.start_char]
            if re.search(r"\band\b", between) and not any(verb in between for verb in REPORTING_VERBS):
                chosen = before[-2:]
        people_chosen = [person for _, person in chosen]
        return people_chosen if together else (people_chosen[0] if people_chosen else None)

    return speaker


def _quotations(sentence) -> list[tuple[int, int, str]]:
    """Outermost double-quoted spans; nested quotes stay inside, an unclosed
    quote is not a quotation, a so-called term is not a quote."""
    spans = []
    depth = 0
    opened_at = 0
    text = sentence.text
    straight_open = False
    for index, char in enumerate(text):
        if char == OPENING or (char == '"' and not straight_open and depth == 0):
            if depth == 0:
                opened_at = index
            depth += 1
            straight_open = char == '"'
        elif (char == CLOSING or (char == '"' and straight_open)) and depth:
            depth -= 1
            if depth == 0:
                straight_open = False
                words = text[opened_at + 1:index].strip(" ,.")
                if words and not SO_CALLED.search(text[:opened_at]):
                    spans.append((sentence.start_char + opened_at, sentence.start_char + index + 1, words))
    return spans


def _reporting(sentence) -> list[tuple[int, str]]:
    text = sentence.text
    found = []
    for verb in REPORTING_VERBS:
        # "ruled out by Washington" is passive: its speaker is not the subject.
        for match in re.finditer(rf"\b{re.escape(verb)}\b(?!\s+by\b)", text):
            found.append((sentence.start_char + match.start(), verb))
    return sorted(found)


def _quote(speaker: Person, words: str, kind: str, evidence: str, published: dt.date, sentence,
           review: str = "direct quote: check the speaker") -> dict[str, Any]:
    quote = {"speaker": speaker.name, "role": speaker.role, "affiliation": speaker.affiliation,
             "country": speaker.country, "text": words, "kind": kind, "date": _first_date(sentence.text, published),
             "evidence": evidence, "review": review}
    return {key: value for key, value in quote.items() if value is not None}


def _first_date(text: str, published: dt.date) -> str | None:
    for match in DATE_PHRASES.finditer(text):
        phrase = match.group(0)
        try:
            resolved = dates.resolve(phrase, published)
        except dates.DateNotUnderstood:
            continue
        if resolved.start is None or resolved.start <= published:
            return phrase
    return None


def _stances(sentence, countries: list[tuple[str, int]], text: str, speaker: Person | None) -> list[dict[str, Any]]:
    """Suggested positions: each cue ("ruled out", "hesitant"…) goes to the
    country or group named just before it, or for "committed to" to the list
    that follows; the speaker's country if the sentence names none."""
    mentions: dict[int, list[str]] = {}
    for code, offset in countries:
        # Countries after "with", "against", "between" are the other side.
        if not re.search(r"\b(?:with|against|between|from)\s+(?:\S+\s+){0,2}$",
                         sentence.text[:offset - sentence.start_char]):
            mentions.setdefault(offset, []).append(code)
    proposals: dict[str, dict[str, Any]] = {}
    for cue, stance in STANCE_CUES:
        for match in cue.finditer(sentence.text):
            at = sentence.start_char + match.start()
            before = [codes for offset, codes in sorted(mentions.items()) if offset < at]
            after = [codes for offset, codes in sorted(mentions.items()) if offset > at]
            if stance == "committed":
                groups = after or before
            else:
                groups = before[-1:] or after[:1]
            chosen = [code for codes in groups for code in codes]
            if not chosen and speaker is not None and speaker.country:
                chosen = [speaker.country]
            for code in chosen:
                proposals.setdefault(code, {
                    "country": code, "stance": stance, "evidence": text,
                    "review": f"suggested from the words {match.group(0)!r}: check the position"})
    return list(proposals.values())


def _shorten(text: str, width: int = 120) -> str:
    return text if len(text) <= width else text[:width].rsplit(" ", 1)[0] + "…"
