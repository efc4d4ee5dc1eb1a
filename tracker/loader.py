"""Load every facts file and its article into pandas tables.

Each file goes through load → validate → locate evidence on its own; a file
with any problem is left out whole and its problems are reported, so one typo
never takes the other articles down and nothing half-checked is shown.
"""

from __future__ import annotations

import fnmatch
import hashlib
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import yaml
from pydantic import ValidationError

from tracker import dates, files
from tracker.articles import MAX_ARTICLE_BYTES, ArticleText, parse_article, read_seed
from tracker.characters import escaped
from tracker.countries import country_name
from tracker.errors import DataError, Problem
from tracker.evidence import NormalizedText, TooCommon
from tracker.history import positions_as_of
from tracker.paths import FACTS, SEEDS, display_path
from tracker.schema import COLUMNS, DATE_COLUMNS, PLANNED, HAPPENED, FactsFile
from tracker.yamlfile import MAX_BYTES, LineMap, Location, UnsafeStructure, line_of, parse_yaml

FACTS_PATTERNS = ("*.yaml", "*.yml")


@dataclass(frozen=True)
class Corpus:
    articles: pd.DataFrame
    stances: pd.DataFrame
    events: pd.DataFrame
    quotes: pd.DataFrame
    positions: pd.DataFrame
    problems: list[Problem] = field(default_factory=list)

    def tables(self) -> dict[str, pd.DataFrame]:
        return {name: getattr(self, name) for name in ("articles", "stances", "events", "quotes", "positions")}


def facts_files(facts_dir: Path = FACTS) -> list[Path]:
    return sorted({p for pattern in FACTS_PATTERNS for p in Path(facts_dir).glob(pattern)})


def fingerprint(facts_dir: Path = FACTS, seeds_dir: Path = SEEDS) -> str:
    """A hash of every input file's name and content: the cache key of a load.

    A file's content is hashed again only when its size, modification time
    or inode changed since the last call in this process, so that checking
    thousands of unchanged files costs their directory listing, not a read.
    An entry the loader would refuse (a directory, a pipe, a link out of its
    folder, a file over its limit) is never opened: it counts by what it is,
    so that it appearing or going still names another load."""
    digest = hashlib.sha256()
    for folder, wanted, limit in ((Path(facts_dir), _is_facts_file, MAX_BYTES),
                                  (Path(seeds_dir), lambda name: True, MAX_ARTICLE_BYTES)):
        try:
            entries = sorted((entry for entry in os.scandir(folder) if wanted(entry.name)), key=lambda e: e.name)
        except OSError:  # no such folder (yet), or not one
            continue
        for entry in entries:
            digest.update(entry.name.encode("utf-8", "surrogateescape") + b"\0"
                          + _content_digest(entry, limit) + b"\0")
    return digest.hexdigest()


_DIGESTS: dict[str, tuple[tuple[int, int, int], bytes]] = {}


def known_digests() -> dict[str, list]:
    """What `fingerprint` knows of each file (size, mtime, inode → content
    hash), to be remembered across processes (tracker/snapshot.py)."""
    return {path: [*signature, digest.hex()] for path, (signature, digest) in _DIGESTS.items()}


def remember_digests(entries: dict[str, list]) -> None:
    for path, (size, mtime, inode, digest) in entries.items():
        _DIGESTS.setdefault(path, ((size, mtime, inode), bytes.fromhex(digest)))


def _content_digest(entry: os.DirEntry, limit: int) -> bytes:
    """The content hash of an entry the loader would read, or what it is
    (b"refused: ..." with the reason) for one it would refuse."""
    try:
        if entry.is_symlink() and files.leads_outside(Path(entry.path)):
            raise files.LeadsOutside()
        info = entry.stat()  # of a link's target, inside the folder
        if not stat.S_ISREG(info.st_mode):
            raise files.Unreadable(f"is {files.kind_of(info.st_mode)}")
        if info.st_size > limit:
            raise files.TooLarge(info.st_size, limit)  # refused unread: its size and time stand for it
        signature = (info.st_size, info.st_mtime_ns, info.st_ino)
        known = _DIGESTS.get(entry.path)
        if known is None or known[0] != signature:
            known = (signature, files.digest(entry.path, limit))
            _DIGESTS[entry.path] = known
        return known[1]
    except files.TooLarge as error:
        return f"refused: {error.size} bytes, {info.st_mtime_ns}".encode()
    except OSError as error:
        return f"refused: {error.strerror}".encode()
    except files.Unreadable as error:
        return f"refused: {error}".encode()


def _is_facts_file(name: str) -> bool:
    return any(fnmatch.fnmatch(name, pattern) for pattern in FACTS_PATTERNS)


@dataclass(frozen=True)
class Source:
    """One facts file, and how to read the article it names: from seeds/ on
    disk, or from an upload held in memory."""

    shown: str
    raw: bytes
    article: Callable[[str], tuple[ArticleText, str]]
    # Why the facts file could not be read at all (then `raw` is empty).
    unreadable: str | None = None


def folder_sources(facts_dir: Path = FACTS, seeds_dir: Path = SEEDS) -> list[Source]:
    def from_seeds(name: str) -> tuple[ArticleText, str]:
        return read_seed(Path(seeds_dir), name), display_path(Path(seeds_dir) / name)

    sources = []
    for path in facts_files(facts_dir):
        try:
            sources.append(Source(display_path(path), files.read(path, MAX_BYTES), from_seeds))
        except files.Unreadable as error:
            sources.append(Source(display_path(path), b"", from_seeds, _unreadable_facts(error)))
    return sources


def _unreadable_facts(error: files.Unreadable) -> str:
    if isinstance(error, files.TooLarge):
        return f"file is {error.size:,} bytes, over the {error.limit:,}-byte limit: split the article's facts"
    if isinstance(error, files.LeadsOutside):
        return "this file is a link leading outside the facts folder: put the facts file itself there"
    if isinstance(error, files.Missing):
        return ("this file was not found when read (removed meanwhile, or a link to nothing): "
                "nothing to do if it was removed on purpose")
    return f"this file {error}: replace it with a facts file, or remove it"


def upload_source(article_name: str, article_raw: bytes, facts_name: str, facts_raw: bytes) -> Source:
    """An uploaded article and facts file, never written to disk."""
    def uploaded(name: str) -> tuple[ArticleText, str]:
        if name != article_name:
            raise ValueError(f"the facts name article file {name!r}, but the uploaded article is "
                             f"{article_name!r}: set `article.file: {escaped(article_name)}`")
        return parse_article(article_raw, article_name), f"upload: {escaped(article_name)}"

    return Source(f"upload: {escaped(facts_name)}", facts_raw, uploaded)


def load_corpus(facts_dir: Path = FACTS, seeds_dir: Path = SEEDS) -> Corpus:
    return load_sources(folder_sources(facts_dir, seeds_dir))


def load_sources(sources: list[Source], taken: dict[str, str] | None = None) -> Corpus:
    """Load each source on its own; `taken` maps article ids already loaded
    elsewhere to where, so that a duplicate is reported, not shown twice."""
    rows: dict[str, list[dict[str, Any]]] = {"articles": [], "stances": [], "events": [], "quotes": []}
    problems: list[Problem] = []
    owner_of_id: dict[str, str] = dict(taken or {})
    # By name, so that which of two files claiming one id wins never depends
    # on the order a folder happens to list them in.
    for source in sorted(sources, key=lambda source: source.shown):
        try:
            loaded = _load_source(source)
        except DataError as error:
            problems.extend(error.problems)
            continue
        article_id = loaded["articles"][0]["article_id"]
        if article_id in owner_of_id:
            problems.append(Problem(
                source.shown, line_of(loaded["lines"], ("article", "id")), "article.id",
                f"id {article_id!r} is already used by {owner_of_id[article_id]}: give this article its own id",
            ))
            continue
        owner_of_id[article_id] = source.shown
        for table in rows:
            rows[table].extend(loaded[table])
    tables = {name: _frame(name, table_rows) for name, table_rows in rows.items()}
    return Corpus(**tables, positions=positions_as_of(tables["stances"], tables["articles"]), problems=problems)


def merge(base: Corpus, extra: Corpus) -> Corpus:
    """`base` with `extra`'s articles added (an analyst's uploads)."""
    if extra.articles.empty and not extra.problems:
        return base
    tables = {name: pd.concat([getattr(base, name), getattr(extra, name)], ignore_index=True)
              if not getattr(extra, name).empty else getattr(base, name)
              for name in ("articles", "stances", "events", "quotes")}
    return Corpus(**tables, positions=positions_as_of(tables["stances"], tables["articles"]),
                  problems=[*base.problems, *extra.problems])


def _frame(name: str, rows: list[dict[str, Any]]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=COLUMNS[name])
    for column in DATE_COLUMNS & set(frame.columns):
        frame[column] = pd.to_datetime(frame[column])
    for column in ("start", "end", "count"):
        if column in frame.columns:
            frame[column] = frame[column].astype("Int64")
    return frame


def _load_source(source: Source) -> dict[str, Any]:
    shown = source.shown
    if source.unreadable is not None:
        raise DataError([Problem(shown, None, "", source.unreadable)])
    try:
        data, lines = parse_yaml(source.raw)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        raise DataError([Problem(
            shown, line, "", f"not valid YAML ({error.problem}): check indentation and quoting near this line",
        )]) from None
    except UnsafeStructure as error:
        raise DataError([Problem(shown, error.line, "", str(error))]) from None
    except (yaml.YAMLError, ValueError, RecursionError) as error:
        raise DataError([Problem(shown, None, "", f"cannot read this file: {error}")]) from None
    try:
        facts = FactsFile.model_validate(data)
    except ValidationError as error:
        raise DataError([_schema_problem(shown, lines, detail) for detail in error.errors()]) from None
    return _FileChecker(source, lines, facts).rows()


def _schema_problem(shown: str, lines: LineMap, detail: dict[str, Any]) -> Problem:
    location = tuple(detail["loc"])
    kind = detail["type"]
    message = detail["msg"]
    if kind == "extra_forbidden":
        message = f"unknown field {location[-1]!r}: check its spelling against data/README.md"
    elif kind == "missing":
        message = "required field is missing: add it"
    elif kind == "literal_error":
        message = f"{detail['input']!r} is not allowed: {message.removeprefix('Input should be ')}"
    elif kind == "model_type":
        message = "expected a mapping of fields here"
    elif kind == "too_long" and location[-1] == "countries":
        message = (f"more than {detail['ctx']['max_length']} countries, more than there are: "
                   "list each country the article refers to once")
    elif kind == "list_type" and location[-1] == "countries":
        message = "expected a list here, e.g. `[FRA, DEU]`"
    elif message.startswith("Value error, "):
        message = message.removeprefix("Value error, ")
    return Problem(shown, line_of(lines, location), _dotted(location), message)


def _dotted(location: Location) -> str:
    text = ""
    for part in location:
        text += f"[{part}]" if isinstance(part, int) else (f".{_field_name(part)}" if text else _field_name(part))
    return text


def _field_name(part: object) -> str:
    # A key is the author's to write (an unknown field is reported by its
    # name): shown escaped if it holds an invisible character, and short.
    name = str(part)
    name = name if name.isprintable() else ascii(name)[1:-1]
    return name if len(name) <= 60 else name[:59] + "…"


class _FileChecker:
    """Checks one validated facts file against its article and builds its rows."""

    def __init__(self, source: Source, lines: LineMap, facts: FactsFile):
        self.source, self.shown, self.lines, self.facts = source, source.shown, lines, facts
        self.problems: list[Problem] = []
        self.published = facts.article.published
        self.searching_stopped = False

    def problem(self, location: Location, message: str) -> None:
        self.problems.append(Problem(self.shown, line_of(self.lines, location), _dotted(location), message))

    def rows(self) -> dict[str, Any]:
        meta = self.facts.article
        try:
            article, article_path = self.source.article(meta.file)
        except ValueError as error:
            self.problem(("article", "file"), str(error))
            raise DataError(self.problems) from None
        if article.published is not None and article.published != meta.published:
            self.problem(("article", "published"), f"{meta.published} differs from the article header's date "
                         f"{article.published}: use the header's")
        located = NormalizedText(article.text)
        result: dict[str, Any] = {
            "articles": [{
                "article_id": meta.id, "title": meta.title, "outlet": meta.outlet, "published": meta.published,
                "agencies": list(meta.agencies), "countries": list(meta.countries), "path": article_path,
                "facts_file": self.shown, "source_id": article.source_id, "text": article.text,
            }],
            "stances": [], "events": [], "quotes": [],
            "lines": self.lines,
        }
        for section in ("stances", "events", "quotes"):
            for index, fact in enumerate(getattr(self.facts, section)):
                if fact.review is not None:
                    self.problem((section, index, "review"), f"drafted fact not yet reviewed ({fact.review}): check "
                                 "it against the article, correct it, then delete the `review` line")
        for index, fact in enumerate(self.facts.stances):
            where = ("stances", index)
            found = self.evidence(where, fact.evidence, located)
            result["stances"].append({
                "article_id": meta.id, "fact_id": f"stance-{index + 1}", "country": fact.country,
                "country_name": country_name(fact.country) if fact.country else None,
                "stance": fact.stance, "count": fact.count, "note": fact.note,
                **self.dated(where, fact, found, article.text), "source": fact.source or meta.outlet, **found,
            })
        for index, fact in enumerate(self.facts.events):
            where = ("events", index)
            found = self.evidence(where, fact.evidence, located)
            result["events"].append({
                "article_id": meta.id, "fact_id": f"event-{index + 1}", **self.dated(where, fact, found, article.text),
                "description": fact.description, "countries": list(fact.countries), "actors": list(fact.actors),
                **found,
            })
        for index, fact in enumerate(self.facts.quotes):
            where = ("quotes", index)
            if fact.kind == "direct" and not NormalizedText(fact.evidence).find_all(fact.text):
                self.problem(where + ("text",), "a direct quote's words must appear in its evidence: "
                             "copy them exactly, or mark the quote `kind: reported`")
            found = self.evidence(where, fact.evidence, located)
            result["quotes"].append({
                "article_id": meta.id, "fact_id": f"quote-{index + 1}", "speaker": fact.speaker,
                "role": fact.role, "affiliation": fact.affiliation, "country": fact.country,
                "text": fact.text, "kind": fact.kind, **self.dated(where, fact, found, article.text),
                "signals": fact.signals, **found,
            })
        self.listed_countries()
        if self.problems:
            raise DataError(self.problems)
        return result

    def listed_countries(self) -> None:
        """Where the article lists its countries, every fact's country is in
        the list: a map or filter built from the list must not miss one."""
        listed = set(self.facts.article.countries)
        if not listed:
            return
        named: list[tuple[Location, str]] = []
        for section in ("stances", "quotes"):
            for index, fact in enumerate(getattr(self.facts, section)):
                if fact.country:
                    named.append(((section, index, "country"), fact.country))
        for index, fact in enumerate(self.facts.events):
            for position, code in enumerate(fact.countries):
                named.append((("events", index, "countries", position), code))
        for where, code in named:
            if code not in listed:
                self.problem(where, f"{code} ({country_name(code)}) is not in `article.countries`: add it there, "
                             "since that list names every country the article refers to")

    def dated(self, where: Location, fact: Any, found: dict[str, Any], text_of_article: str) -> dict[str, Any]:
        """The fact's date resolved (date_start, date_end, precision, as
        written) and its status; a date after publication must be planned.
        `found` is where the fact's evidence is in the article, if found."""
        text, status = fact.date, fact.status or HAPPENED
        empty = {"date_start": None, "date_end": None, "precision": None, "date_text": text, "status": status}
        if text is None:
            if fact.direction is not None:
                self.problem(where + ("direction",), "a direction says which way a date points, and this fact "
                             "has no date: delete the `direction` line, or add the date")
            return empty
        context = lambda: date_context(text, fact.evidence, found["start"], found["end"], text_of_article)  # noqa: E731
        try:
            resolved = dates.resolve_fact(text, self.published, planned=status == PLANNED,
                                          direction=fact.direction, context=context)
        except dates.DateNotUnderstood as error:
            self.problem(where + ("date",), str(error))
            return empty
        return {"date_start": resolved.start, "date_end": resolved.end,
                "precision": resolved.precision, "date_text": text, "status": status}

    def evidence(self, where: Location, passage: str, located: NormalizedText) -> dict[str, Any]:
        unlocated = {"evidence": passage, "start": None, "end": None}
        if self.searching_stopped:
            return unlocated
        try:
            spans = located.find_all(passage, most=2)  # one place, or more than one: no need to count them all
        except TooCommon as error:
            self.searching_stopped = True  # one problem, not one for each fact after it
            self.problem(where + ("evidence",), str(error))
            return unlocated
        if len(spans) != 1:
            self.problem(where + ("evidence",), (
                "passage not found in the article: copy it exactly from "
                f"{self.facts.article.file} (quotes, dashes and spacing may differ)"
            ) if not spans else (
                "passage occurs more than once in the article: quote more of the sentence so it is unique"
            ))
            return unlocated
        start, end = spans[0]
        return {"evidence": passage, "start": start, "end": end}


# How far before and after an evidence passage its sentence is looked for.
_SENTENCE_REACH = 600
_SENTENCE_END = re.compile(r"[.!?][\"”’')]*\s|\n")


def date_context(phrase: str, evidence: str, start: int | None, end: int | None, text: str) -> str:
    """The sentence tracker.dates reads the phrase's direction in: the
    evidence if it holds the phrase, else the article's sentence around it
    ("on Friday, Kallas said that …" for the evidence "and that …", found at
    `start`:`end` of the article's `text`)."""
    words = " ".join(phrase.split()).lower()
    if start is None or end is None or words in " ".join(evidence.split()).lower():
        return evidence
    reach = max(0, start - _SENTENCE_REACH)
    ends = [match.end() for match in _SENTENCE_END.finditer(text, reach, start)]
    first = ends[-1] if ends else reach
    after = _SENTENCE_END.search(text, max(start, end - 1), end + _SENTENCE_REACH)  # the passage's own full stop too
    return text[first:after.start() + 1 if after else end + _SENTENCE_REACH]
