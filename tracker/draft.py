"""Drafting a facts file from a new article, for an analyst to review.

Rule-based and offline: spaCy's blank English pipeline splits sentences and
an entity ruler marks countries, roles and organisations. People are runs of
capitalised words (particles such as "von der" kept) next to a role or a
reporting verb; a government speaks through its name, capital or seat of
power. Quotations are found paragraph by paragraph before sentences are
attributed, so that a quotation the sentence splitter cuts stays whole.
Every proposed fact carries its sentence as evidence and a `review` note: the
loader refuses a fact until the analyst has checked it and removed that note.

Each draft runs its own pipeline, dropped with it: spaCy keeps every word it
meets in the pipeline's vocabulary and string store for the pipeline's life,
so one shared pipeline grew with every article anyone uploaded and never gave
the memory back. A fresh one also needs no lock across Streamlit's sessions,
which draft in threads of their own (`Language.memory_zone()`, the other way
to free those words, is per pipeline, not per thread).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import spacy
import yaml

from tracker import dates, gazetteer, positions
from tracker.articles import ArticleText
from tracker.countries import country_name
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
              "added", "noted", "suggested", "confirmed", "declared", "wrote", "explained", "asserted", "signalled",
              "signaled", "indicated", "acknowledged", "repeated", "repeats", "saying", "according to",
              "cautioned", "cautions", "conceded", "concedes", "maintained", "maintains", "made clear", "makes clear",
              "made it clear", "makes it clear", "pointed out", "points out", "predicted", "predicts", "recalled",
              "replied", "responded", "countered", "observed", "remarked", "went on", "continued", "adding",
              "insisting", "warning", "stressing", "noting", "arguing", "assured", "assures", "underlined",
              "underscored", "reaffirmed", "affirmed", "contended", "hinted", "estimated", "complained",
              "announcing", "acknowledging", "conceding", "cautioning", "joked", "quipped", "put it",
              # Statements made known or reckoned, and whom they were told to ("briefed reporters that").
              "stated", "states", "disclosed", "discloses", "speculated", "reckoned", "reckons", "alleged", "alleges",
              "boasted", "briefed", "reminded", "reminds", "informed",
              # The present tense of the verbs above, as features and analyses write them ("Byrne argues that"),
              # but for those more often nouns after a name ("member states", "the Paris pledges", "notes").
              "argues", "adds", "suggests", "confirms", "declares", "writes", "explains", "asserts", "indicates",
              "acknowledges", "predicts", "recalls", "responds", "observes", "underlines", "underscores",
              "reaffirms", "affirms", "contends", "complains", "announces"}
REPORTING_VERBS = [
    "said", "says", "say", "warned", "warns", "ruled out", "rules out", "urged", "urges", "urging", "emphasised",
    "emphasized", "emphasises", "emphasizes", "claimed", "claims", "revealed", "reveals", "admitted", "admits",
    "questioned", "questions", "echoed", "echoes", "reiterated", "reiterates", "stressed", "stresses",
    "insisted", "insists", "announced", "announces", "told", "tells", "expressed", "argued", "added", "noted",
    "suggested", "confirmed", "declared", "vowed", "called for", "repeated", "repeats", "wrote", "explained",
    "asserted", "signalled", "signaled", "indicated", "acknowledged", "offered", "promised", "saying", "hope",
    "hopes", "expect", "expects", "believe", "believes", "fear", "fears", "dismissed", "dismisses", "called",
    "calls", "described", "describes", "joked", "quipped", "asked",
    # A pledge and a hope keep their verb: "pledged to send 200 soldiers", "hoped Ireland would".
    "pledged", "hoped", "feared", "believed",
    *sorted(THAT_VERBS - {"according to"}), "put it",
    "floated", "floats", "proposed", "proposes", "mooted", "denied", "denies",
]
# Verbs whose words are a statement even from a government: an idea put
# forward ("Rome has floated extending …") or a denial; "ruled out" and
# "urged" from a government are its position, which a stance records.
PROPOSING = {"floated", "floats", "proposed", "proposes", "mooted", "denied", "denies"}
REPORTING_VERBS = list(dict.fromkeys(REPORTING_VERBS))
# Verbs that attribute a quotation and report nothing else: "called the offer “a provocation”".
QUOTING_ONLY = {"called", "calls", "described", "describes", "asked"}
# Titles before a surname.
TITLES = {"Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord", "Lady", "Prof"}
# Reporting verbs beside which a lone capitalised word is a name.
LONE_NAME_VERBS = {"said", "says", "told", "added", "warned", "insisted", "wrote", "argued", "stressed", "cautioned",
                   "conceded", "maintained", "replied", "continued", "went", "noted", "acknowledged", "admitted"}
ACCORDING_TO = "according to"
# Verbs that may follow the quotation they report, before their speaker:
# "“…,” said Healey".
INVERTING_VERBS = {"said", "says", "added", "warned", "insisted", "wrote", "explained", "asked", "argued", "continued",
                   "replied", "responded", "cautioned", "conceded", "noted", "stressed", "maintained", "countered",
                   "recalled", "remarked", "observed", "admitted", "acknowledged", "went on"}
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_COUNT = r"(?:a|one|two|three|four|five|six|\d{1,2})"
# The date forms of data/README.md, longest first where one begins another
# ("earlier this month" before "earlier"). Names of days and months are
# matched with their capital only: "may" is mostly a verb.
DATE_PHRASES = re.compile("|".join([
    r"\b\d{4}-\d{2}-\d{2}\b",
    rf"\b(?i:by the end of )(?:(?i:the |this )(?i:year|month|week)\b|{_MONTH}\b(?: \d{{4}}\b)?)",
    rf"\b(?i:by )(?:{_WEEKDAY}\b|{_MONTH}(?: \d{{4}})?\b|(?:19|20)\d\d\b)",
    r"\b(?i:earlier|later) (?i:this) (?i:week|month|year)\b",
    rf"\b(?i:in) {_COUNT} (?i:weeks?|days?|months?)(?:(?:'s?|’s?) time)?\b",
    rf"\b(?i:within) (?:(?i:days)|{_COUNT} (?i:days?|weeks?|months?))\b",
    rf"\b{_COUNT} (?i:weeks?|days?|months?|years?) (?i:ago)\b",
    r"\b(?i:last|next|this) (?i:weekend)\b",
    r"\b(?:(?i:at|over|during) )?(?i:the weekend)\b",
    rf"\b(?:(?i:on) )?(?:(?i:last|next|this) )?{_WEEKDAY}\b",
    r"\b(?i:last|next|this) (?i:week|month|year)\b",
    r"\b(?i:yesterday|today|tomorrow)\b",
    rf"\b(?i:early|mid|late)[- ]{_MONTH}\b(?: \d{{4}}\b)?",
    rf"\b(?:(?i:on) )?\d{{1,2}} {_MONTH}\b(?:,? \d{{4}}\b)?",
    rf"\b(?:(?i:on) )?{_MONTH} \d{{1,2}}\b(?:st|nd|rd|th)?(?:,? \d{{4}}\b)?",
    rf"\b(?:(?i:last|next|in) )?{_MONTH}\b(?: \d{{4}}\b)?",
    r"\b(?i:in) (?:19|20)\d\d\b",
    r"\b(?i:recent|recently|already|so far|earlier|previously|consistently)\b",
]))
# Phrases that place a fact only vaguely before publication; a sentence with
# a definite date as well is dated by that one.
VAGUE_DATES = {"recent", "recently", "already", "so far", "earlier", "previously", "consistently"}
# What makes a clause look ahead to the time it gives.
FUTURE_IN_CLAUSE = re.compile(
    r"\b(?:will|shall|would|(?:is|are|was|were) (?:due|expected|set|scheduled|to)\b|(?<!the )(?<!a )plans? to"
    r"|planned to|ahead of"
    r"|upcoming|coming)\b|’ll\b|'ll\b", re.I)

OPENING_DOUBLE, CLOSING_DOUBLE = "\u201c", "\u201d"
OPENING_SINGLE, CLOSING_SINGLE = "\u2018", "\u2019"
# A quoted term after these words names something and is no one's words.
SO_CALLED = re.compile(r"\b(?:so-called|so called|dubbed|termed|branded|known as|the|a|an)\s*$", re.I)
# A quoted title or name after these words is a term however long ("the
# communiqué, titled “A Durable Peace for Ukraine and Europe”"); "called" is
# left out, as "called the plan “…”" quotes what someone called it.
TITLED = re.compile(r"\b(?:titled|entitled|headlined|named|codenamed|code-named|nicknamed|under the (?:slogan|banner|"
                    r"heading|title))\s*[,:]?\s*$", re.I)
# A quotation this short, with no attribution, is a term in quotation marks.
SCARE_WORDS = 5
NOT_NAMES = {
    "Top", "Western", "Eastern", "Northern", "Southern", "Central", "European", "However", "Meanwhile",
    "According", "Speaking", "When", "In", "The", "Many", "Last", "Former", "Both", "Only", "He", "She", "It",
    "They", "We", "I", "You", "His", "Her", "Their", "Our", "Its", "A", "An", "If", "As", "At", "On", "After",
    "Before", "During", "Under", "With", "While", "Although", "But", "And", "Yet", "This", "That", "These",
    "Those", "Asked", "Earlier", "Later", "Since", "Despite", "Instead", "Still", "Then", "There", "Some",
    "Several", "Other", "Others", "All", "No", "Not", "Mr", "Mrs", "Ms", "Dr", "Sir", "Lord", "Dame", "Prof",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
    "April", "May", "June", "July", "August", "September", "October", "November", "December", "Next", "Such",
    "Foreign", "Defence", "Defense", "Prime", "Minister", "Ministry", "Secretary", "Chancellor", "President",
    "Vice", "Chief", "Officials", "Ministers", "Leaders", "Diplomats", "Allies", "Sources", "Talks",
    "Senator", "General", "Admiral", "Colonel", "Commissioner", "Ambassador", "Governor", "Mayor", "King", "Queen",
    "Prince", "Princess", "Pope", "Commander", "Marshal", "Lieutenant", "Captain", "Major", "Republican",
    "Democrat", "Democratic", "Conservative", "Labour", "Socialist", "Liberal", "Green", "Greens", "Premier",
    "Taoiseach", "Tánaiste", "Analysts", "Critics", "Observers", "Experts", "Reports", "Lawmakers", "Witnesses",
    # Offices written before a name, capitalised as titles ("Spokesman Dmitri Orlov said").
    "Spokesman", "Spokeswoman", "Spokesperson", "Deputy", "Envoy", "Chair", "Chairman", "Chairwoman", "Speaker",
    "Adviser", "Advisor", "Professor", "Editor", "Lawmaker", "Opposition",
}
# The last word of a capitalised run that names an organisation, a
# publication, a building or a place, never a person.
NOT_PERSON_WORDS = {
    "Times", "Post", "Journal", "News", "Telegraph", "Guardian", "Monde", "Figaro", "Zeitung", "Welt", "Spiegel",
    "Press", "Agency", "Council", "Commission", "Ministry", "Office", "House", "Street", "Palace", "Party",
    "Union", "Forces", "Force", "Alliance", "Summit", "Parliament", "Assembly", "Organisation", "Organization",
    "Group", "Institute", "Committee", "Command", "Army", "Navy", "Bank", "Fund", "Sea", "Ocean", "Base",
    "Conference", "Treaty", "Coalition", "Centre", "Center", "University", "Herald", "Tribune", "Gazette",
    "Review", "Radio", "Television", "TV", "Channel", "Network", "Service", "Department", "Agreement", "Plan",
    "Square", "Hall", "Building", "Cabinet", "Government", "Senate", "Congress", "Bundestag", "Duma", "Sejm",
}
PUBLICATIONS = {"Financial Times", "Le Monde", "Le Figaro", "Die Welt", "Der Spiegel", "El País", "El Pais",
                "Politico", "Bloomberg", "Reuters", "Associated Press", "Agence France-Presse", "BBC", "CNN",
                "Sky News", "Wall Street Journal", "New York Times", "Washington Post", "Frankfurter Allgemeine",
                "Corriere della Sera", "La Repubblica", "Gazeta Wyborcza", "Kyiv Independent"}
# Words describing what follows as a publication or broadcaster ("the daily
# Der Morgenkurier"): it is never a speaker.
PUBLICATION_NOUNS = {"daily", "weekly", "monthly", "newspaper", "paper", "tabloid", "magazine", "journal",
                     "broadcaster", "channel", "station", "website", "outlet", "agency", "newsletter"}
# Lowercase words inside a name: "Ursula von der Leyen", "Mark van der Berg".
PARTICLES = {"von", "van", "der", "den", "de", "da", "di", "du", "del", "della", "dos", "das", "le", "la", "ter",
             "zu", "bin", "al", "el", "y"}
PRONOUNS = {"he", "she"}
# Between a speaker and the verb: where they are from ("Senator Ray Holcomb
# of Georgia said"), the comma closing a name in apposition
# ("Germany's defence minister, Markus Brandt, said"), an apposition (", the
# EU's foreign affairs chief,"), auxiliaries and adverbs.
SUBJECT_GAP = re.compile(
    r"^(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?"
    r"(?:[’']s\s+(?:(?:foreign|defen[cs]e|press|prime|private|government)\s+)?"
    r"(?:office|spokes(?:man|woman|person)|aides?|ministry|government|team|secretary|minister)"
    # "Slovakia’s new coalition government", "the Czech Republic’s incoming government": still its government.
    r"|[’']s\s+(?:[a-z][\w-]*\s+){1,2}(?:government|cabinet|administration|ministry))?"
    r",?(?:\s*,[^,.;:!?“”\"]{1,80},|\s*,\s*(?:which|who)\b)?"
    r"(?:\s+(?:has|have|had|also|again|then|later|once|would|will|already|still|now|just|never|not|always|even|since"
    r"|too|instead|so far|both|all|each|together|there|here"
    r"|further|long|\w+ly|on \w+day|in a statement|in an interview|on (?:social media|X|Twitter)"
    # Words reported at second hand: "was quoted as saying", "is understood to have told".
    r"|(?:is|was|are|were)\s+(?:quoted\s+as|(?:understood|said|reported|believed|thought|known)\s+to\s+have)))*\s*$")
# ("Henri de Valcourt’s office said": his words, as "Tokyo’s foreign ministry said" are Japan's.)
# Between two speakers of one verb: "Britain and France said", "The Baltic
# states and the Netherlands said".
# "The Hague, Brussels and Luxembourg": a name between that is no country.
SPEAKERS_JOINED = re.compile(r"^\s*(?:,\s*|,?\s+and\s+|,?\s+as well as\s+)(?:[A-Z][\w’'-]*,?\s+(?:and\s+)?)*"
                             r"(?:the\s+|(?:his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+,\s*)?$")
# Between a verb and the speaker after it: titles ("said French General Luc
# Moreau") or a description in apposition ("said his adviser, Mykola Bondar").
INVERTED_GAP = re.compile(r"\s*(?:(?:the|his|her|their|its|a|an)\s+)?(?:[\w’'-]+\s+){0,3}(?:[\w’'-]+,\s+)?")
# Prepositions of place and relation as well ("waters off Romania", "exercises near Estonia"):
# a name after any of them is what is spoken of.
_PREPOSITION = (r"\b(?:in|from|to|with|at|of|for|by|between|against|on|into|over|toward|towards|about|than|off"
                r"|near|across|around|through|throughout|beyond|outside|inside|within|along|alongside|among|amid"
                r"|under|without|beside|behind|via|upon|onto)\s+(?:the\s+)?")
# A name after a preposition, or last in a list after one ("officials in
# The Hague, Brussels and Luxembourg"), is no one speaking; a day or month
# ends no such list ("on Friday, and Poland said").
_LISTED = rf"(?!{_WEEKDAY}\b|{_MONTH}\b)[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
# The names of a list, each closed by a comma or "and", the last by a space: a
# list whose names could also be parted at any space ("Abc Abc Abc") took
# exponential time to refuse.
_LIST = rf"(?:{_LISTED}(?:,\s+(?:and\s+)?|\s+and\s+))*(?:{_LISTED}\s+)?"
PREPOSITION_BEFORE = re.compile(rf"{_PREPOSITION}{_LIST}$")
# Unnamed sources, who speak under what they are called: "a diplomat said",
# "Russian officials have said".
# An adjective describing a source, capitalised or not ("Senior European officials said").
SOURCE_ADJECTIVE = re.compile(r"senior|junior|top|government|defence|defense|intelligence"
                              r"|(?!several)[a-z]+(?:al|ary|ior|ic|ive)")
# A modifier is capitalised (a demonym) or an adjective ("senior",
# "military", "congressional"); "Finnish and Swedish officials" are two.
SOURCES = re.compile(
    r"\b(?:(?P<article>[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive)\s+)?(?:(?P<also>[A-Z][a-z]+)\s+and\s+)?"
    r"(?P<modifier>(?:(?:senior|junior|top|government|defence|defense|intelligence|[Ww]estern|European|"
    r"[a-z]+(?:al|ary|ior|ic|ive)|[A-Z][a-z]+)\s+){0,3})(?P<noun>[Oo]fficials?|[Dd]iplomats?|[Ss]ources?"
    r"|[Ss]pokes(?:man|woman|person)|[Aa]nalysts|[Aa]ides?|(?P<anyone>[Pp]eople|[Pp]ersons?))\b"
    # Described after the noun ("a person familiar with the talks", "sources close to the government"):
    # part of what the article calls them; "people" or "a person" is a source only so described.
    r"(?P<described>\s+(?:familiar\s+with|close\s+to|briefed\s+on|with\s+knowledge\s+of|involved\s+in"
    r"|present\s+at|aware\s+of)\s+(?:(?:the|a|an|his|her|their|its)\s+)?[\w’'-]+"
    r"(?:\s+(?!(?:said|says|say|told|tell|added|warned|insisted|have|has|had|were|are|was|is|would|will)\b)"
    r"[a-z][\w’'-]*)?)?")
# The words before a name in apposition describe the speaker ("New
# Zealand's defence minister, Grace Tane, said"): they are not a statement.
APPOSITION_BEFORE = re.compile(
    r"\b(?:minister|president|secretary|chancellor|chief|spokes\w+|ambassador|leader|general|official|envoy|adviser|"
    r"head|premier|commander|senator|diplomat)(?:\s+[\w’'-]+){0,3}\s*,\s*$", re.I)
DESCRIBED_BEFORE = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+|\b[A-Z][\w-]*[’']s\s+)(?:[\w’'-]+\s+){0,3}"
    r"(?:minister|president|secretary|chancellor|chief|spokes\w+|ambassador|leader|general|official|envoy|adviser|"
    r"head|premier|commander|senator|diplomat|counterpart)\b[^,.;:!?“”\"]{0,40},\s*$", re.I)
# A sentence opening on a person's office alone speaks of the person last named.
THE_ROLE = re.compile(r"\s*The\s+(?:(?:prime|foreign|defen[cs]e|deputy|vice|former)\s+)?"
                      r"(?P<noun>minister|president|chancellor|ambassador|envoy|secretary|premier|senator|commissioner"
                      r"|general"
                      r"|spokes(?:man|woman|person))"
                      r"(?=\s*,|\s+(?:said|told|added|argued|insisted|warned|stressed|noted|has|had|also|again)\b)")
# A government named by its office alone stands for the country last speaking
# as a government, as "it" does; "the government in Kyiv" or "of Spain" names its own.
THE_GOVERNMENT = re.compile(r"\b[Tt]he\s+(?:government|cabinet|administration)\b(?!\s+(?:in|of|at)\b)")
# An office after the verb that attributes a quotation to its holder: "“…,”
# said the minister", "said the Belgian minister".
_OFFICE_NOUN = (r"(?:(?:prime|foreign|defen[cs]e|deputy|vice)\s+)?(?:minister|president|chancellor|ambassador|envoy"
                r"|secretary|premier|senator|commissioner|general|spokes(?:man|woman|person))")
OFFICE_AFTER_VERB = re.compile(
    r"\b(?:said|says|added|warned|insisted|replied|continued|explained|argued|cautioned|noted|stressed|observed"
    rf"|remarked|admitted|acknowledged|conceded)\s+(?P<office>the\s+(?:(?P<demonym>[A-Z][\w-]+)\s+)?"
    rf"(?P<noun>{_OFFICE_NOUN}))\b")
LEADERS_GOVERNMENT = re.compile(r"[’']s\s+(?:[a-z][\w-]*\s+){0,2}?(?:government|cabinet|administration)\b")
# The same before its verb, named with its country or portfolio: "the Danish
# minister said", "the foreign minister said" (without either, THE_AGAIN).
THE_OFFICE_AGAIN = re.compile(
    rf"\b[Tt]he\s+(?:(?P<demonym>[A-Z][\w-]+)\s+)?(?P<noun>{_OFFICE_NOUN})"
    r"(?=\s+(?:said|says|added|told|warned|insisted|stressed|noted|argued|continued|replied|explained|went on"
    r"|acknowledged|conceded)\b)")
# "Latvia’s defence minister": the office of a country, held by someone the article may have named.
HOLDER_AFTER = re.compile(rf"[’']s\s+(?P<noun>{_OFFICE_NOUN})\b")
# A person described by their age alone, someone already named.
EPITHET = re.compile(r"\b[Tt]he\s+\d{2}-year-old\b(?!\s+[a-z]+(?:s|man|woman)\b)")
# A relative clause still open: ", who met" with no comma closing it yet.
RELATIVE_OPEN = re.compile(r",\s*(?:who|whom|which)\b[^,.;:!?“”\"]*$")
# "the diplomat added", "the minister said": someone already named, again.
THE_AGAIN = re.compile(r"\b[Tt]he\s+(?P<noun>diplomat|official|aide|source|spokes(?:man|woman|person)|minister"
                       r"|president|chancellor|ambassador|envoy|senator|premier)"
                       r"(?=\s+(?:said|says|added|told|warned|insisted|stressed|noted|argued|continued|replied"
                       r"|explained|went on|acknowledged|conceded)\b)")
# Words opening a sentence that set the scene of what follows ("Speaking on
# Saturday, she said", "On 29 December, officials said"): no statement.
FRAME_BEFORE = re.compile(r"(?:\w+ing|Asked|According|In|On|At|After|Before|During|Following|Despite|While|When|"
                          r"Earlier|Later|Last|This|Meanwhile|However)\b")
# A participle leading into a quoted fragment after a clause of its own:
# "Prague would act, calling it “the least it could do”".
# A clause reported without "that" opens on its subject, after any words of
# when and how: "said on Monday it would", not "signalled willingness to".
# A bare noun opens one as its subject if a verb follows ("said leaders would meet").
NO_THAT_CLAUSE = re.compile(
    r"^(?:,|(?P<when>(?:\s+(?:on \w+|in an? [\w-]+(?: [\w-]+)?|again|also|\w+ly|this week|last week|earlier|today"
    r"|yesterday)\b)*)"
    r"\s*(?:[A-Z“‘\"'\d]|(?:against|of|about|over|it|they|he|she|we|you|i|there|the|a|an|its|his|her|their|our|"
    r"this|these|that|those|any|no|"
    r"every|each|all|both|some|such|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands"
    r"|at least|about|up to|only|neither|either|more|most|few|many|nobody|none|nothing|everyone|no-one)\b"
    r"|[a-z][\w-]*\s+(?:would|will|could|should|must|might|may|can|had|have|has|were|was|are|is)\b))")
# A clause whose quoted fragment is what it is ("the talks had been “…”"): the quote alone.
COPULA_END = re.compile(r"\b(?:is|are|was|were|be|been|remains|remained|seemed)\s*$")
# A verb inside a question put to someone.
ASKED_WHETHER = re.compile(r"\b[Aa]sked\s+(?:(?:him|her|them)\s+)?(?:whether|if|how|why|what|when)\b[^,.;:!?“”\"]*$")
# Saying negated, or saying nothing, states nothing; "said nothing would
# change" opens a clause on "nothing" and does ("nothing" then a verb).
NOT_SAYING = re.compile(r"(?:\b(?:not|never|declined\s+to|refused\s+to)|n[’']t)\s+(?:\w+ly\s+)?$")
SAID_NOTHING = re.compile(r"\s+nothing\b(?:\s+(?:more|further|else|new|yet|publicly|so far))*\s*"
                          r"(?:[,.;:]|$|(?:in|about|on|of|at|to|since|for|during|after|before|when|while|beyond)\b)")
# A clause ending on an auxiliary ("the Union would “…”"): the quotation is its
# predicate, and a predicate joined after it ("and cover part of the cost") shares it.
AUXILIARY_END = re.compile(r"\b(?:would|will|could|can|should|must|might|may|shall|is to|are to)"
                           r"(?:\s+(?:also|still|now|not|never|only))?\s*$")
# "… and that …": one clause reported ends where another begins.
AND_THAT = re.compile(r"\s*,?\s+(?:and|but)\s+that\s")
FRAME_AFTER = re.compile(r",\s*(?:calling|describing|branding|labelling|dubbing|terming)\b")
# Where one clause ends and the next begins.
CLAUSE_EDGE = re.compile(r"[,;]|\b(?:and|but|while|whereas)\b")
# What may stand between a reporting verb and its "that": whom it was told
# to, when and where ("told the Financial Times on Friday that").
# Words naming whom, when and where, read one by one (a pattern of
# alternatives that overlap, "Monday" a day and a capitalised word, took
# exponential time on a long run of them).
SCENE_WORDS = {
    "on", "in", "at", "this", "last", "earlier", "later", "after", "before", "during", "to", "a", "an", "the",
    "joint", "statement", "interview", "reporters", "journalists", "parliament", "lawmakers", "MPs", "repeatedly",
    "again", "also", "once", "week", "month", "year", "press", "news", "conference", "briefing", "television", "TV",
    "radio", "broadcaster", "newspaper", "audience", "summit", "meeting", "session", "speech", "visit", "senators",
    "ministers", "colleagues", "allies", "counterparts", "broadcast", "podcast", ",",
}
# After one of these, any few words are a phrase of the scene: "at the weekend",
# "in a letter to her counterparts", "on the sidelines of the summit".
SCENE_PREPOSITIONS = {"at", "in", "on", "during", "to", "for", "of", "with", "from", "after", "before", "following",
                      "near", "outside"}
_UP_TO_THAT = re.compile(r"(?P<between>[^.;:!?“”\"]{0,200}?)\bthat\s+")


def _that_after(rest: str, at: int = 0) -> re.Match | None:
    """The words from `at` up to and including the "that" opening a reported
    clause, if all of them say whom it was told to, when or where ("told the
    Financial Times on Friday that", "said at the weekend that")."""
    found = _UP_TO_THAT.match(rest, at)
    if found is None:
        return None
    phrase = 0
    for word in re.findall(r",|[\w’'-]+", found["between"]):
        if word in SCENE_PREPOSITIONS:
            phrase = 4
        elif phrase:
            phrase -= 1
        elif not (word in SCENE_WORDS or word[0].isupper() or word.endswith(("day", "ly"))):
            return None
    return found


# The rest of a clause an attribution interrupts (", Byrne said, had been"): it goes on with its verb.
PREDICATE_AFTER = re.compile(r"(?:\s+(?:on \w+day|\w+ly))*\s*,\s*(?=(?:had|has|have|was|were|is|are|would|will"
                             r"|could|should|must|might|may|can|did|does|do|remained|remains|not|never)\b)")
# Whom words were told to, before a clause without "that": up to four words
# before its subject pronoun ("told the Irish Times she was"), or a noun of
# listeners ("told reporters Ireland would", "assured her counterparts the money").
RECIPIENT = re.compile(
    r"^\s*(?:(?:[\w’'-]+\s+){1,4}?(?=(?:he|she|it|they|we|there)\s)|(?:(?:the|his|her|their|its|our)\s+)?"
    r"(?:[\w’'-]+\s+){0,2}?(?:reporters|journalists|MPs|lawmakers|parliament|senators|colleagues|counterparts"
    r"|partners|allies|leaders|ministers|diplomats|audience|newspaper|daily|broadcaster|viewers|listeners)\s+)")
# "a government spokeswoman in Ottawa said", "the foreign ministry in Lisbon said", "a spokesman for
# the Elysée said", "a statement from the Kremlin said": the capital or seat of power speaks.
SPOKESPERSON_IN = re.compile(
    r"(?:(?:\b(?:an?|the)\s+)?(?:\b[a-z]+\s+)?\b(?:spokes(?:man|woman|person)|officials?|ministry|embassy"
    r"|government|presidency|chancellery)\s+(?:in|for)"
    r"|\b(?:statement|readout|communiqu[eé]|release)(?:\s+(?:issued|released|published|put\s+out))?\s+(?:from|by))"
    rf"\s+(?:the\s+)?{_LIST}$")


@dataclass
class Person:
    name: str
    role: str | None = None
    affiliation: str | None = None
    country: str | None = None
    # The words describing them in apposition ("The German chancellor, Katrin Mohr"), which "the chancellor" recalls.
    described: str | None = field(default=None, compare=False)


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
    nlp = pipeline()
    reader = _Reader(published, result)
    reader.countries.update(code for code, _ in _countries(nlp(article.headline).ents, 0))
    for paragraph in _paragraphs(article, nlp):
        reader.read(paragraph)
    opening = next(iter(_quotation_marks(article.headline)), None)
    if (opening is not None and not article.headline[:opening.start].strip() and len(opening.words.split()) > 2
            and reader.first_person is not None):
        # "‘We cannot be the country that waits’: Romania’s foreign minister on …": whom the article is about.
        result.quotes.insert(0, _quote(reader.first_person, opening.words, "direct", article.headline,
                                       "direct quote in the headline: check it is the words of the first person "
                                       "the article names", (None, None)))
    for fact in result.stances + result.quotes:
        if fact.get("country"):
            reader.countries.add(fact["country"])
    for fact in result.events:
        reader.countries.update(fact["countries"])
    result.article["countries"] = sorted(reader.countries)
    return result


def draft_text(name: str, article: ArticleText) -> str:
    """The YAML draft of an article held in memory (an upload)."""
    return draft(Path(name), article).as_yaml()


# Beyond this, a paragraph is read in pieces (see _paragraphs).
PARAGRAPH_CHARS = 4_000


@dataclass
class _Paragraph:
    """One line of the body: its text, where it starts in the article, and
    its spaCy document."""

    text: str
    offset: int
    doc: Any
    # The next paragraph opens with a quotation mark: a quotation this one
    # leaves open runs on into it (the news convention), not unclosed.
    continued: bool = False


def _paragraphs(article: ArticleText, nlp: spacy.language.Language):
    """The body's paragraphs (the header and headline are not prose), with
    character offsets into the whole article. A paragraph longer than
    PARAGRAPH_CHARS is read in pieces of whole sentences, as reading relates
    each speaker, verb and quotation of a paragraph to the others."""
    lines = article.text.split("\n")
    offset = len(lines[0]) + 1 + len(lines[1]) + 1 if len(lines) > 1 else len(lines[0])
    body = [line for line in lines[2:] if line.strip()]
    opens = {index for index, line in enumerate(body) if line.lstrip()[:1] in (OPENING_DOUBLE, '"')}
    following = 0
    for line in lines[2:]:
        if line.strip():
            doc = nlp(line)
            following += 1
            if len(line) <= PARAGRAPH_CHARS:
                yield _Paragraph(line, offset, doc, following in opens)
            else:
                sentences = _sentences(doc, _quotation_marks(line))
                start = 0
                for _, end in sentences:
                    while end - start > PARAGRAPH_CHARS:
                        # Words without a sentence end for this long: cut at a space, so that
                        # no piece, however the text is made, costs more than a long paragraph.
                        cut = line.rfind(" ", start + 1, start + PARAGRAPH_CHARS)
                        cut = cut if cut > start else start + PARAGRAPH_CHARS
                        yield _Paragraph(line[start:cut], offset + start, nlp(line[start:cut]))
                        start = cut
                    if end - start >= PARAGRAPH_CHARS // 2 or end == len(line):
                        yield _Paragraph(line[start:end], offset + start, nlp(line[start:end]))
                        start = end
                if start < len(line) and line[start:].strip():
                    yield _Paragraph(line[start:], offset + start, nlp(line[start:]))
        offset += len(line) + 1


@dataclass(frozen=True)
class _Quotation:
    start: int   # the opening mark, in the paragraph
    end: int     # just after the closing mark
    words: str
    term: bool   # a term in quotation marks (the so-called ‘coalition of the willing’), no one's words
    runs_on: bool = False   # left open at the end of its paragraph, continued in the next


@dataclass
class _Mention:
    """Someone who may speak, named in a paragraph: a person (with the role
    before the name), a pronoun, a government or an organisation."""

    start: int
    end: int
    kind: str
    person: Person | None
    members: tuple[Person, ...] = ()   # a group's other member governments
    office: str | None = None          # "the minister": the office named, for a person already met
    country: str | None = None         # "the Belgian minister": the country the office serves

    @property
    def speakers(self) -> list[Person]:
        return [self.person, *self.members] if self.person is not None else []


@dataclass(frozen=True)
class _Verb:
    start: int
    end: int
    verb: str


class _Reader:
    """Reads an article paragraph by paragraph, remembering the people met
    (a surname later stands for them) and who spoke last."""

    def __init__(self, published: dt.date, result: Draft) -> None:
        self.published, self.result = published, result
        self.people: dict[str, Person] = {}
        self.last_person: Person | None = None
        self.last_body: _Mention | None = None
        self.last_speakers: list[Person] = []
        self.countries: set[str] = set()
        self.said_on: dict[str, str] = {}
        self.paragraphs = 0
        self.first_person: Person | None = None
        self.sources: dict[str, Person] = {}   # the last unnamed source of each kind ("diplomat")
        self.last_person_in = -1
        # Quotations running over paragraphs whose speaker is still to come.
        self.pending: list[tuple[str, str]] = []
        self.interviewee: list[Person] = []
        self.named_before: tuple[Person | None, int] = (None, -1)
        self.last_spoke_in = -1
        # "he" or "she" as the article has called each person (by id), learnt from "Mr"/"Ms" before
        # the name, or from a pronoun while only one person has been named; and the people named, in order.
        self.gender: dict[int, str] = {}
        self.named: list[Person] = []

    def read(self, paragraph: _Paragraph) -> None:
        text = paragraph.text
        self.said_on = {}
        self.paragraphs += 1
        self.named_before = (self.last_person, self.last_person_in)
        quotations = _quotation_marks(text, paragraph.continued)
        inside = [(q.start, q.end) for q in quotations]
        countries = _countries(_referring(paragraph.doc), paragraph.offset)
        self.countries.update(code for code, _ in countries)
        sentences = _sentences(paragraph.doc, quotations)
        mentions = self._mentions(paragraph, inside, sentences)
        verbs = [verb for verb in _reporting(text) if not _within(verb.start, inside)]
        found = {verb: _subjects(verb, mentions, text) for verb in verbs}
        coordinated = _coordinated(verbs, found, text, sentences, mentions)
        subjects = {verb: speakers for verb, (speakers, _) in found.items()}
        subject_at = {verb: at for verb, (_, at) in found.items()}
        # A clause reported ends where the next speaker is named: "Downing
        # Street said it would not comment, and the Elysée said that …".
        # A pronoun speaks inside the clause ("said it had not ruled out"), so ends none.
        named = {at for verb, (speakers, at) in found.items() if speakers
                 and not any(m.start == at and m.kind in ("pronoun", "it", "office") for m in mentions)}
        # Only across a clause's edge: in "said Stockholm had not ruled out
        # joining", Stockholm is what was said.
        clause_end = {verb: min([at for at in named if at > verb.end and CLAUSE_EDGE.search(text[verb.end:at])]
                                + [len(text)]) for verb in verbs}
        spoken_of: set[str] = set()    # the countries of the sentence before, for "The cabinet said …"
        for start, end in sentences:
            evidence = text[start:end].strip()
            if not evidence:
                continue
            here = [q for q in quotations if start <= q.start < end]
            here_verbs = [verb for verb in verbs if start <= verb.start < end]
            subject = next((m for m in mentions if start <= m.start < end and not _within(m.start, inside)), None)
            when = _first_date(_unquoted(evidence), skip={"recent"}, ahead=(evidence, self.published))
            if subject is not None and when is not None:
                # "Sanz spoke on Sunday. “…,” he said": his words of that day.
                self.said_on[subject.person.name] = when
            attached = self._direct_quotes(text, evidence, start, end, here, here_verbs, subjects, subject_at,
                                           mentions)
            self._reported(text, evidence, start, end, here, here_verbs, subjects, attached, clause_end, subject_at,
                           coordinated)
            at = paragraph.offset + start
            sentence_countries = [(code, offset) for code, offset in countries
                                  if at <= offset < paragraph.offset + end]
            # One event for each time the sentence gives: "said on Tuesday
            # that leaders will meet next week" is a statement and a meeting.
            for when in _dates(evidence):
                actors = [m.person.name for m in mentions if m.kind == "person" and start <= m.start < end]
                event = {"date": when, "description": _shorten(evidence),
                         "countries": sorted({code for code, _ in sentence_countries}),
                         "actors": list(dict.fromkeys(actors)), "evidence": evidence}
                if _planned(when, evidence, self.published):
                    event["status"] = "planned"
                event["review"] = "event: write the description in your words; check date and who"
                try:
                    dates.resolve(when, self.published, context=evidence,
                                  direction="future" if event.get("status") else None)
                except dates.DateNotUnderstood as error:
                    event["review"] += f"; the date as drafted is refused: {error}"
                self.result.events.append(event)
            speaker = next((person.country for verb in here_verbs for person in subjects[verb] if person.country),
                           None)
            self.result.stances.extend(_stances(paragraph.doc, text, start, end, evidence, speaker,
                                                sorted(spoken_of)))
            spoken_of = {code for code, _ in sentence_countries}
        if self.pending and not (quotations and quotations[-1].runs_on):
            self._flush(self.interviewee)  # a chain the paragraph did not continue

    def _mentions(self, paragraph: _Paragraph, inside: list[tuple[int, int]],
                  sentences: list[tuple[int, int]]) -> list[_Mention]:
        """Everyone named outside the paragraph's quotations, in order; "he"
        and "she" stand for the last person named before them, "it" for the
        last government or organisation that began a sentence."""
        text = paragraph.text
        mentions = [m for m in _people(paragraph.doc, self.people) if not _within(m.start, inside)]
        taken = [(m.start, m.end) for m in mentions]
        for entity in paragraph.doc.ents:
            if _within(entity.start_char, inside) or _within(entity.start_char, taken):
                continue
            end = entity.end_char
            if entity.label_ in ("COUNTRY", "GROUP") and entity.kb_id_ == "demonym":
                # A demonym is an adjective ("Russian claims"): a government
                # speaks through it only as "the Australian government".
                government = re.match(r"\s+(?:governments?|(?:(?:foreign|defen[cs]e|interior)\s+)?ministry"
                                      r"|foreign office|presidency|embassy)\b", text[end:])
                # "The Dutch and Belgian governments": the Dutch one too.
                if government is None and not re.match(r"\s+and\s+[A-Z][\w-]*\s+governments\b", text[end:]):
                    continue
                end += government.end() if government else 0
            if entity.label_ in ("COUNTRY", "GROUP"):
                governments = [Person(country_name(code) or entity.text, country=code)
                               for code in entity.ent_id_.split(",")]
                mentions.append(_Mention(entity.start_char, end, "government", governments[0],
                                         tuple(governments[1:])))
            elif entity.label_ == "ORG":
                mentions.append(_Mention(entity.start_char, entity.end_char, "organisation",
                                         Person(entity.ent_id_ or entity.text)))
        taken += [(m.start, m.end) for m in mentions]
        demonyms = [(entity.start_char, entity.end_char) for entity in paragraph.doc.ents
                     if entity.kb_id_ == "demonym"]
        for match in SOURCES.finditer(text):
            if match["anyone"] and not match["described"]:
                continue  # "people in the border towns fear": no one in particular speaking
            at = match.start()
            if match["also"] and not _within(match.start("also"), demonyms):
                at = match.start("modifier")
            for word in re.finditer(r"\S+", match["modifier"]):
                if not (word[0].islower() or word[0] in ("European", "Western")
                        or SOURCE_ADJECTIVE.fullmatch(word[0].lower())
                        or _within(match.start("modifier") + word.start(), demonyms)):
                    at = match.start("modifier") + word.end() + 1  # "Several officials": the noun alone
            if match["also"] and at <= match.start("also") and not _within(match.start("also"), taken):
                # "Finnish and Swedish officials": the Finnish ones too.
                mentions.append(_Mention(match.start("also"), match.end("also"), "source",
                                         Person(f"{match['also']} {match['noun']}")))
                at = match.start("modifier")
            if (_within(at, inside) or _within(at, taken) or _within(match.end() - 1, taken)
                    or re.search(r"\b(?:his|her|their|its|our|my|[\w’']+['’]s)\s+$", _before(text, at))):
                continue  # "his spokesman" speaks for him
            if re.search(r"\b[Tt]he\s+$", _before(text, at)) and THE_AGAIN.match(text, at - 4):
                continue  # "the diplomat added" is one already met
            name = text[at:match.end()]
            window = _before(text, at, 60)
            place = IN_CAPITAL.search(window) if not match["modifier"] and not match["article"] else None
            begins = at - len(window) + place.start("place") if place else -1
            capital = next((entity.ent_id_ for entity in paragraph.doc.ents
                            if entity.kb_id_ == "capital" and entity.start_char == begins), None)
            if capital and _demonym(capital):
                name = f"{_demonym(capital)} {name}"  # "In Kyiv, officials said": Ukrainian officials
            source = Person(name[0].upper() + name[1:])
            mentions.append(_Mention(at, match.end(), "source", source))
            self.sources[match["noun"].lower()] = source
        for match in THE_GOVERNMENT.finditer(text):
            # "Denmark has moved faster. The government told parliament …": Denmark's, as "it" would be.
            if not _within(match.start(), inside) and not _within(match.start(), taken):
                mentions.append(_Mention(match.start(), match.end(), "it", None))
        for match in EPITHET.finditer(text):
            # "“…,” the 47-year-old recalled": the person last named, as "she" would be.
            if not _within(match.start(), inside) and not _within(match.start(), taken):
                mentions.append(_Mention(match.start(), match.end(), "pronoun", None))
        for token in paragraph.doc:
            if token.lower_ in PRONOUNS | {"it"} and not _within(token.idx, inside):
                kind = "it" if token.lower_ == "it" else "pronoun"
                mentions.append(_Mention(token.idx, token.idx + len(token.text), kind, None))
        taken += [(m.start, m.end) for m in mentions if m.kind == "source"]
        for match in THE_AGAIN.finditer(text):
            # "“…,” the diplomat added": the one already met.
            if not _within(match.start(), inside) and not _within(match.start(), taken):
                source = self.sources.get(match["noun"].lower())
                if source is not None:
                    mentions.append(_Mention(match.start(), match.end(), "source", source))
                elif match["noun"].lower() not in ("official", "diplomat", "source", "aide"):
                    mentions.append(_Mention(match.start(), match.end(), "office", None, (), match["noun"]))
        offices = [(match, match.start("office")) for match in OFFICE_AFTER_VERB.finditer(text)]
        offices += [(match, match.start()) for match in THE_OFFICE_AGAIN.finditer(text)
                    if match["demonym"] or " " in match["noun"]]
        for match, at in offices:
            # "“…,” said the minister", "said the Belgian minister", "the defence minister said": one already
            # met who holds that office.
            if not _within(at, inside) and not _within(at, taken) and not any(m.start == at for m in mentions):
                country = next((entity.ent_id_ for entity in paragraph.doc.ents if match["demonym"]
                                and entity.start_char == match.start("demonym") and entity.label_ == "COUNTRY"),
                               None)
                if match["demonym"] is None or country is not None:
                    mentions.append(_Mention(at, match.end(), "office", None, (), match["noun"], country))
        for mention in mentions:
            # "Latvia’s defence minister said": the minister already met, not the government.
            held = mention.kind == "government" and not mention.members and HOLDER_AFTER.match(text, mention.end)
            holder = self._holder(held["noun"], mention.person.country, strict=True) if held else None
            if holder is not None:
                mention.kind, mention.person, mention.end = "person", holder, mention.end + held.end() - held.start()
            # "Moretti’s government has made clear": the government of the country she leads.
            governed = (mention.kind == "person" and mention.person.country
                        and LEADERS_GOVERNMENT.match(text, mention.end))
            if governed:
                mention.kind, mention.end = "government", governed.end()
                mention.person = Person(country_name(mention.person.country) or mention.person.country,
                                        country=mention.person.country)
        for start, _ in sentences:
            # "The minister, who took office in February, argued …": the person last named, as "she" would be.
            described = THE_ROLE.match(text, start)
            if described and not _within(start, inside) and not _within(start, taken) and not any(
                    m.start == described.start() for m in mentions):
                mentions.append(_Mention(start, described.end(), "office", None, (), described["noun"]))
        mentions.sort(key=lambda m: m.start)
        began = {next((m.start for m in mentions
                       if start <= m.start < end and m.kind not in ("pronoun", "it", "office")), -1)
                 for start, end in sentences}
        for mention in mentions:
            if mention.kind == "person":
                # "Hrytsak, who met Lambert before the talks, said …, he added": a name
                # inside a relative clause is not whom "he" stands for.
                if not RELATIVE_OPEN.search(_before(text, mention.start, 80)):
                    self.last_person, self.last_person_in = mention.person, self.paragraphs
                    self.named = [p for p in self.named if p is not mention.person][-8:] + [mention.person]
                title = re.search(r"\b(Mr|Mrs|Ms|Miss)\.?\s+$", _before(text, mention.start, 8))
                if title:
                    self.gender[id(mention.person)] = "he" if title.group(1) == "Mr" else "she"
                self.first_person = self.first_person or mention.person
            elif mention.kind == "pronoun":
                mention.person = self._pronoun(text[mention.start:mention.end].lower())
            elif mention.kind == "office":
                mention.person = self._holder(mention.office, mention.country)
            elif mention.kind == "it" and self.last_body is not None:
                mention.person, mention.members = self.last_body.person, self.last_body.members
            elif mention.kind in ("government", "organisation") and mention.start in began:
                self.last_body = mention
        return [m for m in mentions if m.person is not None]

    def _pronoun(self, word: str) -> Person | None:
        """Whom "he" or "she" stands for: the person last named, unless the
        article has called them the other; then the one named before them
        whom it has not ("Byrne met allies. “…,” she said." then "Holm
        praised Byrne. “…,” he said": Holm)."""
        person = self.last_person
        if word not in PRONOUNS or person is None:
            return person
        known = self.gender.get(id(person))
        if known is None and len(self.named) == 1:
            self.gender[id(person)] = word  # one person named so far: the pronoun is theirs
        elif known is not None and known != word:
            person = next((other for other in reversed(self.named[:-1]) if other is not person
                           and self.gender.get(id(other), word) == word), None)
        return person

    def _holder(self, office: str, country: str | None, strict: bool = False) -> Person | None:
        """Who "the minister" (of `country`, if named) is: the person last
        named if that is their office, or no office of theirs is known (unless
        `strict`); else the one person met who holds it."""
        def holds(person: Person, known_only: bool = True) -> bool:
            known = " ".join(filter(None, (person.role, person.described))).lower()
            return ((office.lower() in known if known or known_only else True)
                    and (country is None or person.country == country))

        if self.last_person is not None and holds(self.last_person, known_only=strict):
            return self.last_person
        holders = list({id(person): person for person in self.people.values() if holds(person)}.values())
        return holders[0] if len(holders) == 1 else None

    def _direct_quotes(self, text, evidence, start, end, quotations, verbs, subjects, subject_at,
                       mentions) -> set[_Verb]:
        """A direct quote for each speaker of each quotation; returns the
        verbs that attribute a quotation."""
        attached: set[_Verb] = set()
        previous_end, previous_verb = start, None
        for index, quotation in enumerate(quotations):
            following = quotations[index + 1].start if index + 1 < len(quotations) else end
            # "said that … “…” and that Russia would not accept “…”": the same verb.
            verb = _attribution(text, quotation, previous_end, following, verbs, subjects, subject_at) or previous_verb
            previous_end, previous_verb = quotation.end, verb
            speakers = subjects[verb] if verb else []
            if verb is None or verb.start < quotation.start:
                subject = _new_subject(text, verb, quotation, mentions, start)
                if subject is not None and subject.speakers:
                    speakers, verb = subject.speakers, None
            # A quoted sentence, its full stop inside the marks, is words said, however short.
            inner = text[quotation.start + 1:quotation.end - 1]
            sentence = quotation.runs_on or inner.rstrip().endswith((".", "!", "?"))
            short = len(quotation.words.split()) <= SCARE_WORDS and not sentence
            if quotation.term or not quotation.words:
                continue
            review = "direct quote: check the speaker"
            opens_paragraph = not text[:quotation.start].strip()
            if not speakers and text[start:quotation.start].rstrip().endswith(":"):
                # "she was blunt: “No.”": the sentence's subject before the colon; "Her answer: “…”" the
                # person last named.
                speakers = _colon_speaker(mentions, start, quotation.start, text)
                if not speakers and re.match(r"\s*(?:His|Her)\b", text[start:quotation.start]) and self.last_person:
                    speakers = [self.last_person]
            if not speakers:
                # Only a quotation opening its sentence, in the speaker's
                # paragraph or the next, goes on with their words.
                standing = not (short or text[start:quotation.start].strip()
                                or any(quotation.end <= v.start < end for v in verbs))
                if standing and opens_paragraph and (quotation.runs_on or self.pending):
                    # Words running over paragraphs, attributed (if at all) further on.
                    self._pend(quotation.words, evidence)
                    if not quotation.runs_on:
                        self._flush(self.interviewee)  # the chain ends unattributed
                    continue
                subject = _subject_before(text, start, mentions) if standing and not opens_paragraph else None
                introduced, named_in = self.named_before
                if subject is not None:
                    # "Asked about the threats, Rebane shrugged. “We have heard this before.”": hers.
                    speakers = subject.speakers
                    review = "direct quote with no attribution: check it is the words of the sentence before's subject"
                elif (standing and self.last_spoke_in < self.paragraphs - 1 and introduced is not None
                        and named_in == self.paragraphs - 1 and _only_quotations(text, quotations)):
                    # "Tomas Varga received us on Friday." then a paragraph of his words alone: an interview's.
                    speakers = [introduced]
                    review = "direct quote with no attribution: check it is the person the paragraph before names"
                elif not (standing and self.last_spoke_in >= self.paragraphs - 1):
                    continue  # an attribution we cannot read names someone else
                else:
                    # A quotation standing alone continues the last speaker's words.
                    speakers = self.last_speakers
                    review = "direct quote with no attribution in its sentence: check it continues the last speaker"
            if verb:
                attached.add(verb)
            if opens_paragraph and self.pending:
                self._flush(speakers)
            for speaker in speakers:
                self.result.quotes.append(_quote(speaker, quotation.words, "direct", evidence, review,
                                                 self._said_when(speaker, evidence)))
            self._spoke(speakers)
        return attached

    def _pend(self, words: str, evidence: str) -> None:
        if not self.pending:
            # Whose words they are if no one is named: the person the
            # paragraph before them introduced (an interview's subject).
            self.interviewee = [self.named_before[0]] if self.named_before[0] is not None and \
                self.named_before[1] == self.paragraphs - 1 else []
        self.pending.append((words, evidence))

    def _flush(self, speakers: list[Person]) -> None:
        """The words of a quotation run over paragraphs, once their speaker is known."""
        pending, self.pending = self.pending, []
        for words, evidence in pending:
            for speaker in speakers:
                self.result.quotes.append(_quote(
                    speaker, words, "direct", evidence,
                    "direct quote running over paragraphs: check whose words they are",
                    self._said_when(speaker, evidence)))
        if pending and speakers:
            self._spoke(speakers)

    def _reported(self, text, evidence, start, end, quotations, verbs, subjects, attached, clause_end,
                  subject_at, coordinated) -> None:
        reported: set[str] = set()
        for verb in verbs:
            # One statement for each speaker of a sentence, unless a second
            # verb says more: "said that … and warned that …".
            speakers = [s for s in subjects[verb] if s.name not in reported or verb in coordinated]
            if not speakers:
                continue
            if verb.verb in QUOTING_ONLY or verb.verb == ACCORDING_TO and any(
                    other.start < verb.start and subjects[other]
                    and _content_words(text[other.end:verb.start], quotations) < 3 for other in verbs):
                continue  # "“…,” she said, according to a spokesperson": who reports her words
            if ASKED_WHETHER.search(_before(text, verb.start, 120)):
                continue  # "Asked whether she feared retaliation, …": what she was asked, not what she said
            if verb.verb in THAT_VERBS and (NOT_SAYING.search(_before(text, verb.start, 40))
                                            or SAID_NOTHING.match(text, verb.end)):
                continue  # "Vienna has not said whether", "Dublin has said nothing in public": no statement
            if verb.verb not in THAT_VERBS | PROPOSING and all(speaker.country and speaker.name == country_name(speaker.country)
                                                   for speaker in speakers):
                continue  # "Italy has ruled out sending troops" is Italy's position, which a stance records
            said = _clause(text, verb, start, min(end, clause_end[verb]), subject_at[verb], quotations,
                           verb in attached, cut=clause_end[verb] < end)
            if said is None:
                continue
            for speaker in speakers:
                reported.add(speaker.name)
                self.result.quotes.append(_quote(
                    speaker, said, "reported", evidence,
                    f"reported statement ({verb.verb}): check speaker and paraphrase",
                    self._said_when(speaker, evidence)))
            self._spoke(speakers)

    def _spoke(self, speakers: list[Person]) -> None:
        self.last_speakers, self.last_spoke_in = speakers, self.paragraphs

    def _said_when(self, speaker: Person, evidence: str) -> tuple[str | None, str | None]:
        """When a quote was said: its sentence's date phrase, else the one
        its speaker's words had earlier in the paragraph (one occasion, told
        over several sentences). "A recent meeting" dates the meeting, and
        a date ahead what is to come, not the words. Words quoted were said
        by publication, so a phrase the sentence leaves open ("on Sunday",
        "“…,” he said") points back: `direction: past`."""
        named = evidence.rfind(speaker.name.split()[-1]) if speaker.name else -1
        when = _first_date(_unquoted(evidence), skip={"recent"}, ahead=(evidence, self.published),
                           near=named if named >= 0 else None)
        if when is None:
            when = self.said_on.get(speaker.name)
        else:
            self.said_on[speaker.name] = when
        if when is None:
            return None, None
        try:
            dates.resolve(when, self.published, context=evidence)
        except dates.DateNotUnderstood:
            return when, "past"
        return when, None


def _subject_before(text: str, start: int, mentions: list[_Mention]) -> _Mention | None:
    """The person whose sentence, just before `start` in the paragraph, opens
    on them as its subject (after any words setting the scene: "Asked about
    the threats, Rebane shrugged."), not on what is theirs ("Rebane’s remarks")."""
    cut = max(text.rfind(". ", 0, start - 1), text.rfind("? ", 0, start - 1), text.rfind("! ", 0, start - 1))
    opening = cut + 2 if cut >= 0 else 0
    for mention in (m for m in mentions if opening <= m.start < start):
        lead = text[opening:mention.start]
        if lead.strip() and not lead.rstrip().endswith(","):
            continue  # inside the words setting the scene: "When I asked whether Ireland would …, she laughed"
        if (mention.kind not in ("person", "pronoun", "office") or not mention.speakers
                or re.match(r"[’']s\b", text[mention.end:mention.end + 3]) or re.search(r"[“”\"]", lead)):
            return None
        return mention
    return None


# A capital setting the scene of the sentence's unnamed source: "In Kyiv, officials said".
IN_CAPITAL = re.compile(r"(?:^|[.!?]\s+)In\s+(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?),\s*$")


@cache
def _demonym(code: str) -> str | None:
    """The first demonym the country table gives a country ("Ukrainian")."""
    return next((entry["demonyms"][0] for entry in gazetteer._dataset()
                 if entry["code"] == code and entry["demonyms"]), None)


def _only_quotations(text: str, quotations: list[_Quotation]) -> bool:
    """Whether a paragraph holds nothing but its quotations."""
    outside, at = [], 0
    for quotation in quotations:
        outside.append(text[at:quotation.start])
        at = quotation.end
    outside.append(text[at:])
    return bool(quotations) and not "".join(outside).strip(" .,;:")


def _before(text: str, at: int, width: int = 200) -> str:
    """The words just before `at`: what a pattern ending there ("in
    Warsaw", "so-called") needs, without searching the whole paragraph."""
    return text[max(0, at - width):at]


def _within(at: int, spans) -> bool:
    return any(start <= at < end for start, end in spans)


def _agencies(text: str) -> list[str]:
    return sorted({agency for agency in ("AFP", "Reuters", "AP", "dpa", "ANSA", "TASS", "Interfax", "EFE")
                   if re.search(rf"\b{re.escape(agency)}\b", text)})


def _referring(doc) -> list:
    """The country entities that refer to a country: a capital where
    something happens ("chiefs met in Rome") is a venue, not its country."""
    text = doc.text  # spaCy joins the tokens' words again each time it is asked
    return [entity for entity in doc.ents if not (
        entity.kb_id_ == "capital" and re.search(r"\b(?:in|at|near|outside)\s+$", _before(text, entity.start_char)))]


def _countries(entities, offset: int) -> list[tuple[str, int]]:
    """(code, character offset) of every country the entities name."""
    found = []
    for entity in entities:
        at = entity.start_char + offset
        if entity.label_ == "COUNTRY":
            found.append((entity.ent_id_, at))
        elif entity.label_ == "GROUP":
            found.extend((code, at) for code in entity.ent_id_.split(","))
    return found


# -- quotations and sentences ---------------------------------------------------

def _quotation_marks(text: str, open_end: bool = False) -> list[_Quotation]:
    """The outermost quotations of a paragraph, in double or single marks,
    curly or straight. A quotation nested in another stays inside it; an
    opening mark that is never closed, or an apostrophe, opens nothing,
    unless `open_end`: then the last double mark left open runs to the end
    of the paragraph, which the next paragraph's opening mark continues."""
    marks = _Marks(text)
    found = []
    index = 0
    while index < len(text):
        close = marks.closing(index)
        if close is None:
            index += 1
            continue
        words = text[index + 1:close].strip(" ,.")
        term = (SO_CALLED.search(_before(text, index)) is not None and len(words.split()) <= SCARE_WORDS
                or TITLED.search(_before(text, index)) is not None)
        found.append(_Quotation(index, close + 1, words, term))
        index = close + 1
    if open_end:
        after = found[-1].end if found else 0
        opened = max(text.rfind(OPENING_DOUBLE, after), text.rfind('"', after) if text.count('"', after) == 1 else -1)
        if opened >= 0 and text[opened + 1:].strip(" ,."):
            found.append(_Quotation(opened, len(text), text[opened + 1:].strip(" ,."), False, True))
    return found


class _Marks:
    """Where a paragraph's quotation marks are, found once, so that each
    opening mark finds its closing one without reading the rest of the
    paragraph again (an article of unclosed marks would take quadratic time)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.doubles = [at for at, char in enumerate(text) if char in (OPENING_DOUBLE, CLOSING_DOUBLE)]
        self.straight = [at for at, char in enumerate(text) if char == '"']
        # A closing single mark is followed by no letter or digit ("don't" is an apostrophe).
        self.singles = [at for at, char in enumerate(text) if char in (CLOSING_SINGLE, "'") and at
                        and not text[at - 1].isspace() and not text[at + 1:at + 2].isalnum()]

    def closing(self, index: int) -> int | None:
        """Where the quotation opened at `index` closes, if a quotation opens there."""
        text, char = self.text, self.text[index]
        if char == OPENING_DOUBLE:
            depth = 0
            # Nested quotations deeper than a few levels are unbalanced marks.
            for at in self.doubles[bisect.bisect_right(self.doubles, index):][:64]:
                if text[at] == OPENING_DOUBLE:
                    depth += 1
                elif depth == 0:
                    return at if at > index + 1 else None
                else:
                    depth -= 1
            return None
        if char == '"':
            after = bisect.bisect_right(self.straight, index)
            at = self.straight[after] if after < len(self.straight) else -1
            return at if at > index + 1 else None
        if char not in (OPENING_SINGLE, "'"):
            return None
        before = text[index - 1] if index else " "
        following = text[index + 1] if index + 1 < len(text) else " "
        # An apostrophe ("Britain's", "don't", "the '90s") opens nothing.
        if not (before.isspace() or before in "([—–-“\"") or not (following.isalpha() or following in "“\""):
            return None
        after = bisect.bisect_right(self.singles, index)
        return self.singles[after] if after < len(self.singles) else None


def _sentences(doc, quotations: list[_Quotation]) -> list[tuple[int, int]]:
    """Sentences as (start, end) in the paragraph, never cut inside a
    quotation: the sentencizer ends sentences at every full stop, also inside
    the quoted words, and leaves an opening mark on the sentence before it."""
    # As an array: asking spaCy for each sentence reads the whole document again.
    starts = [doc[int(i)].idx for i in (doc.to_array("SENT_START") == 1).nonzero()[0]] if len(doc) else []
    text = doc.text  # joined again by spaCy each time it is asked
    opened = [q.start for q in quotations]
    kept = []
    for start in starts:
        if text[start:start + 1].islower():
            continue  # "“What are we waiting for?” asked Silina": a question mark ends no sentence before its verb
        before = bisect.bisect_left(opened, start) - 1
        inside = quotations[before] if before >= 0 and start < quotations[before].end else None
        if inside is None:
            kept.append(start)
        elif not text[inside.start + 1:start].strip():
            kept.append(inside.start)  # the opening mark belongs to the sentence it opens
    kept = sorted(set(kept) | {0})
    ends = kept[1:] + [len(text)]
    return [(start, end) for start, end in zip(kept, ends, strict=True) if text[start:end].strip()]


# -- people, speakers and what they said -----------------------------------------

def _people(doc, people: dict[str, Person]) -> list[_Mention]:
    """People named in a paragraph: 'Dutch Defense Minister Ruben Brekelmans',
    'Ursula von der Leyen', or a surname already met ('Kallas'). A run of
    capitalised words after "the", or naming a publication, an organisation
    or a building, is no one."""
    tokens = list(doc)
    text = doc.text
    entity_of = {token.i: entity for entity in doc.ents for token in entity}
    found: list[_Mention] = []
    index = 0
    while index < len(tokens):
        run = _name_run(tokens, index, entity_of)
        if not run:
            index += 1
            continue
        index = run[-1].i + 1
        name = text[run[0].idx:run[-1].idx + len(run[-1].text)]
        before = tokens[run[0].i - 1].text if run[0].i > 0 else ""
        words = [token.text for token in run if token.text != "-"]
        if before.lower() in PUBLICATION_NOUNS:
            continue  # "the daily Der Morgenkurier"
        if len(words) >= 2:
            if (before in ("the", "The") or name in PUBLICATIONS or words[-1] in NOT_PERSON_WORDS
                    or len(words) > 5):
                continue
            person = people.get(name)
            if person is None:
                person = _describe(name, run[0], tokens, entity_of)
                apposition = DESCRIBED_BEFORE.search(_before(text, run[0].idx))
                person.described = apposition.group(0) if apposition else None
                people[name] = person
                people.setdefault(words[-1], person)
                # "Marieke van der Linden" is later "van der Linden", or "Van der Linden" opening a sentence.
                particle = next((i for i, token in enumerate(run) if token.text in PARTICLES), None)
                if particle:
                    surname = text[run[particle].idx:run[-1].idx + len(run[-1].text)]
                    people.setdefault(surname, person)
                    people.setdefault(surname[0].upper() + surname[1:], person)
            found.append(_Mention(_role_start(run[0], tokens, entity_of), run[-1].idx + len(run[-1].text),
                                  "person", person))
        elif name in people:
            found.append(_Mention(run[0].idx, run[-1].idx + len(run[-1].text), "person", people[name]))
        elif _speaks(run[0], tokens):
            # A surname first met as a speaker: "“…,” Healey said".
            people[name] = Person(name)
            found.append(_Mention(run[0].idx, run[0].idx + len(name), "person", people[name]))
    return found


# A verb after a capitalised word makes it a clause's subject ("said Washington
# needed", "said Congress would"), where "said Healey on Friday" names the speaker.
CLAUSE_VERB = re.compile(r"would|will|could|should|must|might|may|can|had|has|have|was|were|is|are|did|does"
                         r"|[a-z]+ed|(?!(?:this|his|its|as|us|thus|plus|across)$)[a-z]+[^s]s")


# A verb for certain, where a noun may stand ("“a dozen” countries to contribute").
PAST_OR_AUXILIARY = re.compile(r"would|will|could|should|must|might|may|can|had|has|have|was|were|is|are|did|does"
                               r"|[a-z]+ed")


def _speaks(token, tokens) -> bool:
    """Whether a lone capitalised word is a speaker's name: right before or
    after "said" (or another reporting verb), and not a plural opening its
    sentence ("Analysts said")."""
    after = tokens[token.i + 1].text if token.i + 1 < len(tokens) else ""
    before = tokens[token.i - 1].text if token.i > 0 else ""
    if before in TITLES:
        return True  # "Mr Nowak"
    if after not in LONE_NAME_VERBS and before not in LONE_NAME_VERBS:
        return False
    if before in LONE_NAME_VERBS and (token.text in NOT_PERSON_WORDS or CLAUSE_VERB.fullmatch(after)):
        return False  # "said Congress would want a vote": the clause's subject, not an inverted speaker
    return not (token.is_sent_start or before in ("", ".", "“", '"')) or not token.text.endswith("s")


def _name_run(tokens, index: int, entity_of) -> list:
    """The capitalised words of a name starting at `index` (particles and
    hyphenated parts included), or none."""
    def capitalised(token) -> bool:
        # Capitalised, not an acronym ("NATO") unless an initial.
        return (token.is_alpha and token.text[0].isupper() and (not token.is_upper or len(token.text) == 1)
                and token.i not in entity_of and token.text not in NOT_NAMES)

    if not capitalised(tokens[index]):
        return []
    run = [tokens[index]]
    at = index + 1
    while at < len(tokens):
        token = tokens[at]
        if capitalised(token) and run[-1].whitespace_ in (" ", ""):
            if run[-1].whitespace_ == "" and run[-1].text != "-":
                break
            run.append(token)
        elif token.text == "-" and not run[-1].whitespace_ and at + 1 < len(tokens) and not token.whitespace_ \
                and capitalised(tokens[at + 1]):
            run.append(token)
        elif token.lower_ in PARTICLES and token.text.islower() and at + 1 < len(tokens):
            ahead = at
            while ahead < len(tokens) and tokens[ahead].lower_ in PARTICLES and tokens[ahead].text.islower():
                ahead += 1
            if ahead < len(tokens) and capitalised(tokens[ahead]):
                run.extend(tokens[at:ahead])
                at = ahead
                continue
            break
        else:
            break
        at += 1
    return run


def _describe(name: str, first, tokens, entity_of) -> Person:
    """Role and affiliation from the words just before the name."""
    person = Person(name)
    position = first.i - 1
    role_parts = []
    while position >= 0:
        entity = entity_of.get(tokens[position].i)
        if entity is None and tokens[position].text in ("'s", "’s") and role_parts and position > 0:
            position -= 1  # "Lithuania's President Gitanas Nauseda"
            entity = entity_of.get(tokens[position].i)
            if entity is None or entity.label_ == "ROLE":
                break
        if entity is None:
            if tokens[position].lower_ == "former" and role_parts:
                role_parts.insert(0, "Former")
            break
        if entity.label_ == "ROLE":
            role_parts.insert(0, entity.text)
            position = entity.start - 1
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


def _role_start(first, tokens, entity_of) -> int:
    """Where the words describing a person begin: "French President" in
    "French President Emmanuel Macron"."""
    position, start = first.i - 1, first.idx
    while position >= 0:
        entity = entity_of.get(tokens[position].i)
        if entity is None or entity.label_ not in ("ROLE", "COUNTRY", "ORG"):
            break
        start = entity.start_char
        if entity.label_ != "ROLE":
            break
        position = entity.start - 1
    return start


# One pattern for them all, longest first ("made it clear" before "made"):
# "ruled out by Washington" is passive, its speaker not the subject, and
# "so-called" no verb.
REPORTING = re.compile(r"(?<![-‑])\b(?:"
                       + "|".join(re.escape(verb) for verb in sorted(REPORTING_VERBS, key=len, reverse=True))
                       + r")\b(?!\s+by\b)")


# "pointed out of the window": a gesture toward a place, not a point made
# ("pointed out at the briefing that …" is one).
GESTURE = re.compile(r"\s+(?:of|at|towards?|across|over|through|into)\b(?![^.;:!?“”\"]*\bthat\b)")


def _reporting(text: str) -> list[_Verb]:
    found = [_Verb(match.start(), match.end(), match.group(0)) for match in REPORTING.finditer(text)
             if not (match.group(0) in ("pointed out", "points out") and GESTURE.match(text, match.end()))
             # "As Byrne put it, the coalition is …" reports; "put it on the agenda" does not.
             and not (match.group(0) == "put it" and not re.search(r"(?:^|[.;]\s+|,\s*)[Aa]s\s+[^,.;]{1,60}$",
                                                                   _before(text, match.start())))]
    # "According to Mark Rutte, the alliance will not take part."
    found += [_Verb(match.start(), match.end(), ACCORDING_TO) for match in re.finditer(r"\b[Aa]ccording to\b", text)]
    return sorted(found, key=lambda verb: verb.start)


def _subjects(verb: _Verb, mentions: list[_Mention], text: str) -> tuple[list[Person], int]:
    """Who a reporting verb's words are: its subject ("Healey said", "Kallas,
    the EU's foreign affairs chief, said", "Britain and France said"), or the
    speaker after it ("“…,” said Healey"); and where the words naming them
    begin, as the clause reported by an earlier verb ends there."""
    if verb.verb == ACCORDING_TO:
        after = next((m for m in mentions if m.start >= verb.end), None)
        if after is None or not INVERTED_GAP.fullmatch(text[verb.end:after.start]):
            return [], verb.start
        return after.speakers, verb.start
    before = [m for m in mentions if m.end <= verb.start]
    # The nearest may stand in an apposition ("Kallas, the EU's foreign
    # affairs chief, said"): the subject is the nearest the gap allows.
    subject = next((m for m in reversed(before[-3:]) if SUBJECT_GAP.match(text[m.end:verb.start])
                    and not _object(m, verb, text)), None)
    if subject is None:
        return _speaker_after(verb, mentions, text), verb.start
    before = before[:before.index(subject) + 1]
    chosen = [subject]
    for other in reversed(before[:-1]):
        # "Britain, France and Germany said": the last two joined by "and";
        # "in Warsaw, Polish Defence Minister … said" is no list.
        joint = text[other.end:chosen[0].start]
        if (not SPEAKERS_JOINED.match(joint) or len(chosen) == 1 and not re.search(r"\b(?:and|as well as)\b", joint)
                or _object(other, verb, text)):
            break
        chosen.insert(0, other)
    speakers: list[Person] = []
    for person in (person for mention in chosen for person in mention.speakers):
        if all(person is not other for other in speakers):
            speakers.append(person)
    # The speaker's words begin with "a government spokeswoman in" Ottawa.
    spokesperson = SPOKESPERSON_IN.search(text[:chosen[0].start])
    described = DESCRIBED_BEFORE.search(_before(text, chosen[0].start))
    if spokesperson:
        return speakers, spokesperson.start()
    # "…, and Norway’s foreign minister, Ingrid Solberg, said": her words begin with their description.
    return speakers, chosen[0].start - len(described.group(0)) if described else chosen[0].start


def _speaker_after(verb: _Verb, mentions: list[_Mention], text: str) -> list[Person]:
    """The speaker named after a verb that follows what they said: "“…,”
    said Healey", "“…,” said his adviser, Mykola Bondar"."""
    if verb.verb not in INVERTING_VERBS or not re.search(r"[,”\"’']\s*$", _before(text, verb.start)):
        return []
    after = next((m for m in mentions if m.start >= verb.end), None)
    if after is None or not INVERTED_GAP.fullmatch(text[verb.end:after.start]):
        return []
    return after.speakers


def _object(mention: _Mention, verb: _Verb, text: str) -> bool:
    """Whether a government, organisation or source is named as the object
    of a preposition ("talks in Warsaw", "Holcomb of Georgia"), not as a
    speaker; "a spokeswoman in Ottawa said" and "with the Baltic states
    saying" are speakers."""
    if mention.kind not in ("government", "organisation", "source"):
        return False
    if re.match(r",\s*(?:which|who)\b", text[mention.end:verb.start]):
        return False  # "turned to Moscow, which has warned that …": the relative clause's subject
    before = _before(text, mention.start)
    if mention.kind == "source":
        return re.search(rf"{_PREPOSITION}$", before) is not None
    if SPOKESPERSON_IN.search(before) or verb.verb == "saying" and re.search(r"\bwith\s+(?:the\s+)?$", before):
        return False
    return PREPOSITION_BEFORE.search(before) is not None


def _coordinated(verbs: list[_Verb], found: dict, text: str, sentences: list[tuple[int, int]],
                 mentions: list[_Mention]) -> set[_Verb]:
    """Verbs that share the subject of an earlier verb of their sentence
    ("Tokyo ruled out sending troops, … but said it could help"): given
    that subject in `found`, beginning where "and"/"but" does, so that the
    earlier verb's clause ends there. Returns those verbs."""
    coordinated = set()
    for index, verb in enumerate(verbs):
        if found[verb][0]:
            continue
        before = _before(text, verb.start)
        joint = re.search(r"(?:,\s*|\s)(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$", before)
        if joint is None and verb.verb.endswith("ing"):
            joint = re.search(r",\s*$", before)  # "Lind told the BBC, adding that …"
        if joint is None:
            continue
        at = verb.start - len(before) + joint.start()  # in the paragraph, not in the words before the verb
        sentence = next(((start, end) for start, end in sentences if start <= verb.start < end), (0, len(text)))
        earlier = [other for other in verbs[:index] if other.start >= sentence[0] and found[other][0]]
        if earlier and at >= earlier[-1].end:
            found[verb] = (found[earlier[-1]][0], at)
            coordinated.add(verb)
        elif not earlier:
            # "Chancellor Katrin Mohr has stopped short of it, arguing that …", "… thanked the chiefs and
            # said that …": the sentence's subject.
            subject = next((m for m in mentions if sentence[0] <= m.start < at), None)
            if subject is not None and not text[sentence[0]:subject.start].strip(" “‘\"'"):
                found[verb] = (subject.speakers, at)
                coordinated.add(verb)
    return coordinated


def _colon_speaker(mentions: list[_Mention], start: int, at: int, text: str) -> list[Person]:
    """Who speaks the quotation after a sentence's colon when no reporting
    verb does ("Asked about it, she was blunt: “No.”"): the last person,
    pronoun or government named before the colon, not after a preposition."""
    before = [m for m in mentions if start <= m.start and m.end <= at
              and m.kind in ("person", "pronoun", "office", "government")
              and not re.search(rf"{_PREPOSITION}$", _before(text, m.start))]
    return before[-1].speakers if before else []


# What may stand between a quotation and the verb attributing it: a
# description in apposition before the name ("“…,” the Icelandic prime
# minister, Helga Jónsdóttir, said").
QUOTE_TO_SPEAKER = re.compile(r"^[\s,]*(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w’'-]+\s+){0,5}[\w’'-]+,\s*$")
# Words opening a clause of their own: a verb after them attributes it, not the quotation.
NEW_CLAUSE = re.compile(r"\b(?:while|and|but|whereas|although|though|as|which|who|where|when|because|since|if)\b")


def _attribution(text: str, quotation: _Quotation, previous_end: int, following: int, verbs, subjects,
                 subject_at):
    """The reporting verb that attributes a quotation: the one right after it
    ("“…,” she said", "“…,” European Commission President Anke von der
    Brügge said"), else the last one before it in its sentence."""
    for verb in verbs:
        # "“…,” according to officials" says who reports the words, not whose they are.
        if quotation.end <= verb.start < following and subjects[verb] and verb.verb != ACCORDING_TO:
            if re.match(r"[\s,]*(?:and|but)\b", text[quotation.end:verb.start]):
                break  # "called the pledges “…” and said": a second verb of the subject before the quotation
            gap = text[quotation.end:min(verb.start, subject_at[verb])]
            if ((len(gap.split()) <= 3 and not re.search(r"[.;:!?“\"]", gap) or QUOTE_TO_SPEAKER.match(gap))
                    and not NEW_CLAUSE.search(gap)):
                return verb
            break
    for verb in reversed(verbs):
        if previous_end <= verb.start < quotation.start and subjects[verb]:
            return verb
    for verb in verbs:
        # "“We will send medics,” according to Byrne": no verb of hers, so the words are hers.
        if verb.verb == ACCORDING_TO and quotation.end <= verb.start < following and subjects[verb] \
                and not text[quotation.end:verb.start].strip(" ,"):
            return verb
    return None


# Where a clause of a new subject begins: "…, and Prime Minister Claire Dubois would consider more “…”".
NEW_SUBJECT = re.compile(r"(?:,\s*(?:and|but|while|whereas)|;)\s+$")


def _new_subject(text: str, verb: _Verb | None, quotation: _Quotation, mentions: list[_Mention],
                 start: int) -> _Mention | None:
    """The subject of the clause holding a quotation, when that clause
    follows the verb that would attribute it and names someone else."""
    after = verb.end if verb is not None else start
    for mention in reversed([m for m in mentions if after <= m.start and m.end <= quotation.start]):
        if mention.kind in ("person", "source", "government", "pronoun", "office") and NEW_SUBJECT.search(
                _before(text, mention.start)) and not re.search(r"[“\"]", text[mention.end:quotation.start]):
            return mention
    return None


def _clause(text: str, verb: _Verb, start: int, end: int, subject_at: int, quotations: list[_Quotation],
            attributes: bool, cut: bool = False) -> str | None:
    """What a reported statement says: the clause after its verb ("Madrid
    said that it would …" → "it would …"), or before its speaker ("Italy
    would not send troops, Ferrante told reporters"); none when the verb
    only attributes a quotation ("“…,” he said after the call")."""
    rest = text[verb.end:end]
    that = _that_after(rest)
    if that is None and verb.verb in ("told", "tells", "assured", "assures", "warned", "reminded", "reminds",
                                      "informed", "briefed"):
        # "told leaders that", "assured her that", "told a rally in Tampere on Sunday evening that".
        listeners = re.match(r"\s*(?:(?:a|an|the|his|her|their|its)\s+)?[\w’'-]+", rest)
        that = re.match(r"^\s*(?:[\w’'-]+\s+){1,4}?that\s+", rest) or (
            _that_after(rest, listeners.end()) if listeners else None)
        recipient = that or RECIPIENT.match(rest)
        if recipient is not None and (that or NO_THAT_CLAUSE.match(rest[recipient.end():])):
            that = recipient  # "told the Irish Times she was", "told reporters Ireland would"
    if verb.verb == ACCORDING_TO:
        # What follows the speaker's name and its comma.
        named = re.match(r"^[^,“”\"]*,\s*", rest)
        rest, that = (rest[named.end():], None) if named else ("", None)
        lead = text[start:subject_at]
        if rest and lead.rstrip().endswith(",") and _content_words(lead, quotations) and not FRAME_BEFORE.match(
                lead.lstrip(" “‘'\"")):
            rest = f"{lead.strip(' ,')} {rest}"  # "Greece, according to two diplomats, is prepared to …"
    if verb.verb in THAT_VERBS:
        # A verb attributing a quotation its clause holds ("said the Netherlands was ready “as soon as …”")
        # reports that clause; one after the quotation ("“…,” he said after the call") reports nothing more.
        holds = subject_at < verb.start and any(
            verb.end <= q.start < end and not q.term and len(text[verb.end:q.start].split()) >= 2
            and not text[verb.end:q.start].rstrip().endswith((",", ":")) for q in quotations)
        said = rest[that.end():] if that else ("" if attributes and not holds else rest)
        opening = NO_THAT_CLAUSE.match(said)
        if not that and verb.verb != ACCORDING_TO and (not opening or not _finite_after_subject(
                said[opening.end("when"):] if opening["when"] is not None else said)):
            # "signalled willingness to lead", "said in a speech", "told the story of her visit": no clause
            said = ""
        elif not that and opening and opening["when"] and _content_words(said[opening.end("when"):], []) >= 3:
            said = said[opening.end("when"):]  # "said on Monday she expected": the day is not what was said

    elif attributes and not that:
        return None
    elif re.match(r"\s*,", rest) and not that:
        return None  # "so, diplomats hope, is the stalling": a verb set between commas has no clause of its own
    else:
        # "has not ruled out": the negation is part of what was said.
        negated = re.search(r"\b(?:not|never)\s+(?:\w+ly\s+)?$", text[start:verb.start])
        said = f"{'not ' if negated else ''}{verb.verb} {rest.strip()}"
    if RELATIVE_OPEN.search(text[start:verb.start]):
        # "Byrne, who has said before that Ireland would help, met …": the relative clause ends at its comma.
        said = said.split(",")[0]
    if cut:
        # Cut where the next speaker is named: their own words lead up to it
        # (", a government spokeswoman in" Ottawa said).
        said = re.sub(r",(?:\s+[^,\s]+){0,6}\s*$", "", said)
    inside = [q for q in quotations if verb.end <= q.start < end and not q.term]
    if inside and verb.verb in THAT_VERBS:
        # The words of a quotation are its direct quote; what was reported
        # besides is an "and that …" after it ("said that nations “have
        # different opinions,” and that discussions are still underway", or
        # "“legitimate targets” for Russian forces, and that …").
        after = re.search(r"(?:^|,)\s*(?:and|but)\s+that\s+(.+)$", text[inside[-1].end:end], re.S)
        at = said.find(inside[0].words) if inside[0].words else -1
        lead = said[:max(0, at - 1)] if at >= 0 else said[:max(0, len(said) - len(text[inside[0].start:end]))]
        if after:
            said = after.group(1)
        elif (predicate := re.match(r"\s*([a-z]+)\b", text[inside[-1].end:end])) and PAST_OR_AUXILIARY.fullmatch(
                predicate.group(1)) and _content_words(text[inside[-1].end:end], []) >= 3:
            # "said the arrival of “…” proved that …": the quotation stands in the clause's subject.
            said = said.strip()
        elif (_content_words(lead, []) >= 6 and not COPULA_END.search(lead)
              or FRAME_AFTER.search(lead) and _content_words(lead[:FRAME_AFTER.search(lead).start()], []) >= 3):
            # "it rejected any presence of NATO countries’ troops in Ukraine “under any flag”": more than a frame.
            said = said.strip()
        elif AND_THAT.search(lead) and _content_words(AND_THAT.split(lead)[0], []) >= 3:
            # "told senators that recruitment was on track and that the brigade would be “…”": the
            # first clause is reported, the second frames the quotation.
            said = AND_THAT.split(lead)[0]
        elif AUXILIARY_END.search(lead) and re.match(r"\s*[a-z]", text[inside[-1].end:end]) and _content_words(
                re.split(r"[,;]|\b(?:and|but)\b", text[inside[-1].end:end])[0], []) >= 2:
            # "said Moscow would “never tolerate” such troops on its border": the quoted verb's clause goes on.
            said = said.strip()
        elif (shared := re.match(r"^[,\s]*(?:and|but)\s+(?!that\b)(.+)$", text[inside[-1].end:end], re.S)) \
                and AUXILIARY_END.search(lead) and _content_words(shared.group(1), []) >= 3:
            # "said the Union would “stand with Kyiv” and cover part of the cost": the auxiliary
            # before the quotation carries the predicate after it too.
            said = f"{lead.strip()} {shared.group(1)}"
        else:
            said = ""
    # "…, Tokyo's foreign ministry said on Monday": the attribution is no part of it.
    trailing = re.compile(r",\s+(?:[^,“”\"]{0,50}?\s)?(?:said|says|added|told)\b[^,“”\"]*$")
    while trailing.search(said.strip()):
        said = trailing.sub("", said.strip())
    said = re.sub(r"(?:,?\s+(?:and|but|while|whereas))?(?:\s+the)?\s*$", "", said.strip(" ,.;:")).strip(" ,.;:")
    before = _lead(text[start:subject_at])
    parenthetical = re.match(r"^(?:\s+(?:on \w+day|in a statement|\w+ly))*\s*(?:,|[.;]?\s*$)", text[verb.end:end])
    if (verb.verb in THAT_VERBS and before.rstrip().endswith(",") and not APPOSITION_BEFORE.search(before)
            and not FRAME_BEFORE.match(before.lstrip(" “‘'\""))
            and (_content_words(said, quotations) < 3 or parenthetical and not that)
            and _content_words(before, quotations) >= 3):
        # "It would go ahead, Madrid said" and "…, a diplomat said, and …": the clause comes first.
        said = before.strip(" ,")
    predicate = PREDICATE_AFTER.match(text, verb.end, end)
    if (verb.verb in THAT_VERBS and predicate and before.rstrip().endswith(",") and not that
            and not APPOSITION_BEFORE.search(before) and not FRAME_BEFORE.match(before.lstrip(" “‘'\""))
            and not re.search(r"[“”\"]", before) and not any(
                predicate.end() <= q.start < end and (_content_words(text[predicate.end():q.start], []) < 3
                                                      or COPULA_END.search(text[predicate.end():q.start]))
                for q in quotations)):
        # "The talks, Byrne said, had been constructive": the attribution inside the clause (one framing
        # a quoted fragment, "Washington, she added, had given “…” answers", is the direct quote alone;
        # "would send a battalion “the day after a ceasefire”" says more than the fragment).
        said = f"{before.strip(' ,')} {text[predicate.end():end].strip(' ,.;:')}"
    if _content_words(said, quotations) < 3:
        return None
    return said


# A live blog's time or a dateline opening a paragraph: "12:45 – ", "LONDON (AFP) – ".
DATELINE = re.compile(r"\s*(?:\d{1,2}[:.]\d{2}|[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*(?:\s*\([^()]{1,30}\))?)\s*[–—-]+\s+")


def _lead(words: str) -> str:
    """The words of a sentence before its speaker that may be what they
    said: without a dateline or a live blog's time, and after any colon
    ("Smit again, speaking to NOS: the Netherlands will …, she said")."""
    stamp = DATELINE.match(words)
    words = words[stamp.end():] if stamp else words
    colon = words.rfind(":")
    if colon >= 0 and not re.search(r"[“”\"]", words[colon:]):
        words = words[colon + 1:]
    return words


# Words opening a noun phrase: a clause opening on one needs a verb after it.
DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "our", "this", "these", "those", "any", "no", "every",
               "each", "all", "both", "some", "such", "one", "two", "three", "four", "five", "six", "seven", "eight",
               "nine", "ten", "dozens", "hundreds", "thousands", "more", "most", "few", "many", "only", "either",
               "neither"}
# A finite verb, for certain: auxiliaries, modals, past tenses regular and common irregular ones.
FINITE = re.compile(r"would|will|could|should|must|might|may|can|shall|had|has|have|was|were|is|are|did|does|do"
                    r"|[a-z]+ed|made|gave|took|came|went|saw|knew|thought|meant|left|held|kept|stood|sent|told|put"
                    r"|set|led|met|won|lost|began|became|ran|brought|sought|felt|found|paid|spent|built|remains"
                    r"|remain|needs|need|wants|want|plans|hopes|expects|believes|says|sees|faces|lacks|stands")
_PREPOSITIONS = {"of", "to", "for", "in", "on", "with", "at", "from", "by", "about", "over", "into", "after", "before"}


def _finite_after_subject(clause: str) -> bool:
    """Whether a clause reported without "that" has a verb of its own: one
    opening on a determiner ("the force would be", "the Netherlands conditions")
    does within its first words, a noun phrase ("the story of her visit", "a
    new aid package worth …") does not; one opening otherwise is taken as a
    clause (a name, a pronoun, "of consequences" after "warned")."""
    words = re.findall(r"[\w’'-]+", clause)
    if not words or words[0].lower() not in DETERMINERS:
        return True
    if len(words) > 1 and FINITE.fullmatch(words[1]):
        return True  # the determiner stands alone as the subject: "said more would follow", "all were"
    for previous, word in zip(words[:11], words[1:12]):
        if previous.lower() in DETERMINERS | _PREPOSITIONS or re.fullmatch(r"\d[\d,.]*|million|billion", previous):
            continue
        # A word in -s after a noun is a verb in the present ("the Netherlands conditions its …").
        if FINITE.fullmatch(word) or re.fullmatch(r"[a-z]+[^s]s", word):
            return True
    return False


def _content_words(said: str, quotations: list[_Quotation]) -> int:
    for quotation in quotations:
        said = said.replace(quotation.words, " ")
    return len([word for word in re.findall(r"[\w’'-]+", said) if word.lower() not in ("that", "and", "but")])


def _quote(speaker: Person, words: str, kind: str, evidence: str, review: str,
           when: tuple[str | None, str | None]) -> dict[str, Any]:
    # `when` is when the words were said, and the direction to read it in
    # if its sentence does not tell.
    quote = {"speaker": speaker.name, "role": speaker.role, "affiliation": speaker.affiliation,
             "country": speaker.country, "text": words, "kind": kind, "date": when[0], "direction": when[1],
             "evidence": evidence, "review": review}
    return {key: value for key, value in quote.items() if value is not None}


# -- dates -------------------------------------------------------------------------

def _dates(text: str) -> list[str]:
    """The date phrases of a sentence as written, each once: its definite
    ones, else its first vague one ("already")."""
    found = list(dict.fromkeys(match.group(0) for match in DATE_PHRASES.finditer(text)))
    definite = [phrase for phrase in found if phrase.lower() not in VAGUE_DATES]
    return definite or found[:1]


def _unquoted(sentence: str) -> str:
    """The sentence with the words inside quotation marks blanked: a date
    the speaker names ("“We decided that in March,” he said this week") is
    not when they said it."""
    for quotation in reversed(_quotation_marks(sentence)):
        if not quotation.term:
            sentence = sentence[:quotation.start] + " " * (quotation.end - quotation.start) + sentence[quotation.end:]
    return sentence


def _first_date(text: str, skip: set[str] = frozenset(), ahead: tuple[str, dt.date] | None = None,
                near: int | None = None) -> str | None:
    """The date phrase of a sentence as written: its first definite one (with
    `near`, the one closest to that offset: a sentence giving several times
    dates its speaker's words by the nearest), else its first vague one
    ("already"); with `ahead` (the sentence and the publication day), none
    that the sentence places in the future."""
    found = [match for match in DATE_PHRASES.finditer(text) if match.group(0).lower() not in skip]
    if ahead is not None:
        found = [match for match in found if not _planned(match.group(0), *ahead)]
    definite = [match for match in found if match.group(0).lower() not in VAGUE_DATES]
    if near is not None and len(definite) > 1:
        definite.sort(key=lambda match: min(abs(match.start() - near), abs(match.end() - near)))
    chosen = (definite or found or [None])[0]
    return None if chosen is None else chosen.group(0)


def _planned(phrase: str, sentence: str, published: dt.date) -> bool:
    """Whether the sentence announces what `phrase` dates as still to come:
    the phrase read in it lies after publication (which the loader accepts
    only of a planned fact), or its tense looks ahead to a time not yet over
    (the sentence's, or its own clause's: "officials said de Valcourt will
    speak on Tuesday", "met on Thursday, ahead of a summit on March 27")."""
    if dates.tense(phrase, sentence) == "future" or _ahead_in_clause(phrase, sentence):
        try:
            return dates.resolve(phrase, published, context=sentence, direction="future").end >= published
        except dates.DateNotUnderstood:
            pass  # a phrase that only points back ("last week")
    try:
        return dates.resolve(phrase, published, context=sentence).lies_after(published)
    except dates.DateNotUnderstood:
        return False


def _ahead_in_clause(phrase: str, sentence: str) -> bool:
    at = sentence.find(phrase)
    if at < 0:
        return False
    clause = re.split(r",|;|:|\bthat\b|\band\b|\bbut\b|\bwhile\b", sentence[:at])[-1]
    return FUTURE_IN_CLAUSE.search(clause) is not None


# -- positions ---------------------------------------------------------------------

def _stances(doc, text: str, start: int, end: int, evidence: str, speaker: str | None,
             context: list[str] | None = None) -> list[dict[str, Any]]:
    """Positions tracker.positions suggests from the sentence's wording, each
    with the words that suggested it; `context` holds the countries the
    sentence before spoke of."""
    sentence = doc.char_span(start, start + len(text[start:end].rstrip()), alignment_mode="expand")
    if sentence is None:
        return []
    countries = [(code, entity.start_char - sentence.start_char, entity.end_char - sentence.start_char)
                 for entity in sentence.ents if entity.label_ in ("COUNTRY", "GROUP")
                 for code in entity.ent_id_.split(",")]
    return [{"country": found.country, "stance": found.stance, "evidence": evidence,
             "review": f"suggested from the words {found.trigger!r}: check the position"}
            for found in positions.suggest(sentence, countries, speaker, context)]


def _shorten(text: str, width: int = 120) -> str:
    return text if len(text) <= width else text[:width].rsplit(" ", 1)[0] + "…"
