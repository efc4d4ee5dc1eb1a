"""Positions on sending troops, suggested from a sentence's wording.

Rule-based and offline, over the tokens of spaCy's blank English pipeline (a
tokenizer, no tagger or parser): the cues are token patterns for spaCy's
`Matcher` (the `RULES` table below), matched on lower-cased forms because a
blank pipeline has no lemmatizer. What the patterns cannot say is read from
the tokens around each match:

- negation: a "not", "n't", "never", "no", "nor" among the auxiliaries and
  adverbs just before a cue, or inside a cue that allows it ("would not
  send"), turns the cue into its negated stance ("has not ruled out" is
  hesitant, "will not send" is ruled_out, "not yet ready" is hesitant);
- negation may also stand on the troops the cue is said of ("no American
  troops will be sent"), or follow as a contrast ("a frigate but not ground
  troops"); a refusal "without" something is a condition;
- conditions: "would … if", "would only …", and whatever the modal
  "provided", "subject to", "on condition that", "depends on", "wants …
  first" make a commitment hesitant; "(only) once a ceasefire holds" only
  times it, as the corpus's curators read it;
- topic: cues that are also ordinary words ("will send", "rejected",
  "concerns") count only in a sentence about troops, a force, a deployment …;
  any cue whose own object is another matter ("ruled out joining the
  sanctions", "hesitant about raising taxes") or troops sent elsewhere than
  Ukraine ("tanks to Lithuania") or to an exercise counts for nothing;
- Ukraine, which would receive the force, holds no position on it;
- nominal forms: a position named by a noun ("Spain's refusal", "Greek
  reluctance", "an offer of troops from Belgium", "a contribution from
  Norway is expected", "a Portuguese contribution remains possible");
- attribution: the stance goes to the subject of the cue's clause, the country
  mention nearest before the cue that is not the object of a preposition or a
  verb ("troops to Ukraine", "talks with Russia", "will support Britain"),
  together with the countries coordinated with it ("Paris and London");
  through pronouns and reporting verbs ("Spain said it would not send"), but
  not across a clause with a subject of its own ("…, while officials …").
  Failing that: a passive agent ("ruled out by Rome"), the subject after a
  fronted clause ("Reluctant to commit, Germany …"), the countries listed as
  the holders ("Countries ready to deploy include Britain and France"), a
  trailing attribution ("…, Moscow warned"), the speaker's country the caller
  passes, and for "his government" / "her country" the country named before.
- scope: a commitment inside another cue ("reluctant to commit troops") or a
  question ("whether it will contribute", "asked if Italy would send") is
  none; a country named after a cue ("troops to Ukraine", "guarantees from
  Washington") never holds it, unless as the passive's agent, a listed
  holder, an elided clause ("…, but Lithuania is not") or "as is Russia".

API::

    suggest(sentence, countries, speaker=None) -> list[Suggestion]

`sentence` is a spaCy `Doc` or `Span` (one sentence, from any pipeline whose
tokenizer is spaCy's English one); `countries` are `(alpha3, start, end)`
character offsets of the country mentions in `sentence.text` (names,
demonyms, capitals, seats of power; a group's members each with the group's
offsets); `speaker` is the alpha-3 of the person quoted or reported in the
sentence, if known, for cues whose subject is a person ("he would not send").
Each `Suggestion` carries the trigger as written and its offsets in
`sentence.text`; one per (country, stance), the first trigger kept, in the
order of the triggers. A country may get two stances from one sentence
("ready to help but has yet to commit forces": committed and hesitant).

Cost: a `Matcher` is built per vocabulary (a few milliseconds, kept for the
last vocabulary only, as each draft runs a pipeline of its own); a sentence
takes well under a millisecond.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

STANCES = ("committed", "hesitant", "ruled_out", "opposed")
RECIPIENT = "UKR"   # the country the troops would go to


@dataclass(frozen=True)
class Suggestion:
    country: str      # alpha-3
    stance: str       # one of STANCES
    trigger: str      # the words of the sentence that suggested it, as written
    start: int        # the trigger's character offsets in the sentence's text
    end: int


# Word lists the patterns and the attribution share.
NEGATORS = {"not", "n't", "never", "no", "nor", "neither"}
# Words that may stand between a negation and its cue ("has so far not", "said it would not"),
# and that never start a noun phrase of their own.
AUXILIARIES = {"has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "am", "'s", "'re",
               "will", "would", "'ll", "shall", "should", "could", "can", "ca", "may", "might", "must", "wo",
               "do", "does", "did", "'d", "remains", "remain", "remained", "stands", "stand", "stood", "seems",
               "appears", "still", "yet", "so", "far", "also", "now", "currently", "firmly", "categorically",
               "explicitly", "publicly", "officially", "clearly", "already", "even", "ever", "again", "too",
               "as", "of", "today", "for", "its", "part", "only", "at", "least", "equally", "fully",
               "then", "therefore", "however", "meanwhile", "itself", "themselves", "again", "repeatedly",
               "previously", "consistently", "reportedly", "apparently", "said", "says", "insisted", "added",
               "stressed", "argued", "made", "clear", "it", "that", "they", "he", "she", "we", "i"}
MODALS_FIRM = ["will", "'ll", "shall", "wo"]
MODALS_WOULD = ["would", "'d"]
MODALS_WEAK = ["could", "might", "may", "can", "ca"]
# "a Swedish battalion can deploy once a ceasefire is signed": able and willing, where "could" is a possibility.
MODALS_CAN = ["can", "ca"]
BETWEEN = ["not", "n't", "never", "only", "also", "still", "yet", "then", "now", "soon", "be", "definitely", "each",
           "under", "no", "circumstances", "circumstance",
           "all", "both", "jointly", "together",
           "certainly", "probably", "likely", "gladly", "happily", "readily", "eventually", "ultimately",
           "immediately", "quickly", "rather", "ever", "even", "initially", "nonetheless", "nevertheless",
           # "would “absolutely” send soldiers": an intensifier, in quotation marks or not
           "absolutely", "surely", "fully", "indeed", "willingly", "swiftly", "actively", "possibly", "perhaps",
           "conceivably", "“", "”", "‘", "’", '"', "'"]
ACTIONS = ["send", "sends", "sending", "sent", "deploy", "deploys", "deploying", "contribute", "contributes",
           "command", "commanding",
           "contributing", "lead", "leads", "leading", "join", "joins", "joining", "participate", "participates",
           "participating", "dispatch", "dispatching", "station", "stationing", "commit", "commits", "committing",
           "provide", "providing", "supply", "supplying", "deployed", "stationed", "dispatched",
           # "will be led by France"
           "led"]
TAKE = ["take", "takes", "taking", "took"]
PUT = ["put", "puts", "putting"]
MILITARY = ["troops", "troop", "soldiers", "soldier", "forces", "force", "personnel", "peacekeepers",
            "peacekeeper", "contingent", "contingents", "boots", "brigade", "brigades", "battalion", "battalions",
            "servicemen", "servicewomen", "units", "troopers", "marines", "peacekeeping", "military", "army",
            "jets", "warships", "ships", "aircraft", "instructors", "trainers", "men", "women", "infantry", "unit",
            "artillery", "tanks", "engineers", "medics", "frigates", "frigate", "minesweepers", "planes", "fighters",
            "company", "companies", "platoon", "platoons", "squadron", "squadrons", "regiment", "detachment",
            "team", "teams", "officers",
            # more of the people and units a force is counted in
            "battlegroup", "battlegroups", "rotation", "rotations", "crews", "crew", "pilots", "sailors", "sappers",
            "paratroopers", "commandos", "corps", "division", "divisions", "staff"]
TOPIC = set(MILITARY) | {
    "deployment", "deployments", "deploy", "deploying", "deployed", "mission", "missions", "militarily",
    "coalition", "participation", "participate", "participating", "involvement", "backstop", "reassurance",
    "presence", "ground", "contribution", "idea", "plan", "plans", "proposal", "proposals", "option", "options",
    "possibility", "request", "requests", "initiative", "scheme", "guarantee", "guarantees", "operation",
    "operations", "deterrence", "stationing", "role", "commitment", "involved", "engagement", "naval", "navy",
    # the sea strand of the force
    "maritime", "demining", "minesweepers", "minesweeping", "minehunters",
    # what a mission is given before it deploys, and its parts
    "mandate", "component", "components",
    # "no part on Ukrainian soil": where troops would stand
    "soil"}
# Equipment a government delivers, not people it sends: "air defence systems".
MATERIEL = {"system", "systems", "batteries", "battery", "missiles", "missile", "equipment", "launchers",
            "interceptors", "radars", "radar", "ammunition", "shells"}
# Ordinary words a topic-bound cue may stand on when the sentence names the
# subject-matter elsewhere; a stance cue followed by one of these points back.
POINTING = {"it", "this", "that", "them", "so", "such"}
# After a cue, words that show it has no object of its own ("could contribute once …").
INTRANSITIVE = {"once", "if", "when", "after", "as", "but", "and", "unless", "provided", "until", "only", "too", "at",
                "later", "soon", "eventually", "now", "yet", "whether", "how"}
# What a government may want before it takes part: "wants guarantees first".
PRECONDITIONS = ["guarantees", "guarantee", "assurances", "assurance", "mandate", "resolution", "approval", "backstop",
                 "clarity", "details", "vote", "invitation", "consent", "cover", "support"]
# Words that may open a sentence before a fronted cue ("Having ruled out …").
FRONTING = {"having", "while", "whilst", "though", "although", "if", "when", "once", "not", "long", "after",
            "despite", "asked", "still", "being", "seemingly", "initially", "even", "though", "already"}
# Words introducing the countries a cue's subject stands for.
LISTING = {"include", "includes", "included", "including", "are", "were", "is", ":", "such", "notably", "namely",
           "among", "particularly", "especially", "—", "–", "like"}
# What a country's position is called: "Spain's refusal", "Russia's opposition".
POSITION_NOUNS = {"own", "new", "top", "armed", "refusal", "decision", "offer", "pledge", "readiness",
                  "willingness", "reluctance", "hesitation", "hesitancy", "commitment", "opposition", "rejection",
                  "participation", "contribution", "concerns", "concern", "reservations", "caution", "plan",
                  "plans", "promise", "involvement", "objections", "objection", "neutrality", "constitution",
                  "policy", "doctrine"}
# Nouns naming a position or a part in the force: "Greek reluctance", "a contribution from Norway".
NOMINAL = {"refusal", "decision", "offer", "offers", "pledge", "pledges", "readiness", "willingness", "reluctance",
           "hesitation", "hesitancy", "commitment", "opposition", "rejection", "participation", "contribution",
           "contributions", "concerns", "reservations", "caution", "involvement", "objections", "scepticism",
           "skepticism", "presence", "deployment", "contingent", "promise",
           # "a Belgian role has not been excluded": a country's part in the force.
           "role"}
# Nouns for holders that are not one named country.
AGENTS = {"country", "countries", "nation", "nations", "government", "governments", "allies", "partners",
          "members", "leaders", "officials", "others", "nobody", "none", "everyone", "europe", "nato", "eu",
          "capitals", "states"}
# What a cue's object may be when it is not a force: "ruled out joining the sanctions".
OFF_TOPIC = {"sanctions", "sanction", "tariffs", "tariff", "aid", "talks", "negotiations", "deal", "fund", "funds",
             "statement", "trade", "loan", "loans", "package", "embargo", "boycott", "referendum", "election",
             "elections", "spending", "budget", "tax", "taxes", "levy", "duties", "bid",
             "treaty", "declaration", "resolution", "funding", "money", "cash", "financing", "euros", "dollars",
             "billion", "million", "refugees", "suspect", "debt", "borrowing", "bonds", "prices", "state"}
TALKS = {"talks", "planning", "meeting", "meetings", "summit", "negotiations", "discussions", "conference",
         "exercises", "exercise", "drills", "consultations", "call", "debate", "vote"}
PREPOSITIONS = {"to", "in", "into", "with", "against", "from", "on", "onto", "for", "toward", "towards", "near",
                "inside", "within", "across", "over", "at", "between", "among", "amongst", "unlike", "about",
                "via", "through", "around", "beyond", "under", "upon", "after", "before", "behind", "than",
                "of", "by", "like", "including", "except", "beside", "besides", "outside", "without", "off",
                "against", "per", "during", "since", "until", "toward", "despite"}
SKIPPED_BEFORE = {"the", "both", "neither", "either", "only", "even", "also", "fellow", "neighbouring",
                  "neighboring", "nuclear-armed"}
SUBJECT_BEFORE = {"and", "or", "nor", "but", "while", "whilst", "whereas", "although", "though", "that",
                  "whether", "if", "as", "when", "because", "meanwhile", "however", "said", "says", "say",
                  "told", "added", "so", "yet", "where", "now", "then", "also", "indeed", "instead", "still",
                  "later", "earlier", "today", "yesterday", "but", "unless", "once", "saying", "insisted",
                  "stressed", "warned", "noted", "argued", "confirmed", "announced", "&", "them", "notably",
                  "including", "namely", "especially", "particularly"}
GOVERNMENT = {"government", "governments", "leader", "leaders", "leadership", "prime", "president",
              "chancellor", "minister", "ministers", "ministry", "cabinet", "parliament", "officials",
              "official", "defence", "defense", "foreign", "position", "stance", "administration", "premier",
              "pm", "authorities", "authority", "side", "delegation", "diplomats", "diplomat", "envoy",
              "ambassador", "spokesperson", "spokesman", "spokeswoman", "presidency", "coalition", "head",
              "chief", "chiefs", "generals", "general", "king", "queen", "monarch", "state", "mod", "lawmakers",
              "mps", "deputy", "secretary", "capital", "people", "public", "establishment", "navy"}
REPORTING = {"said", "says", "say", "warned", "warns", "stated", "states", "added", "insisted", "insists",
             "announced", "announces", "told", "stressed", "stresses", "confirmed", "confirms", "declared",
             "argued", "noted", "claimed", "reiterated", "signalled", "signaled", "indicated", "suggested",
             "explained", "explains", "maintained", "maintains", "replied", "responded", "countered", "believes",
             "thinks", "made"}
BOUNDARIES = {",", ";", ":", "and", "or", "but", "while", "whilst", "whereas", "although", "though", "once",
              "when", "until", "unless", "after",
              "however", "—", "–", "-", "(", ")", "because", "since"}
# Words that open a noun phrase: after a clause boundary they mean the clause
# has a subject of its own that is not a country.
NOUN_PHRASE = {"the", "a", "an", "some", "many", "most", "other", "others", "several", "few", "all", "none",
               "officials", "leaders", "ministers", "analysts", "diplomats", "critics", "experts", "sources",
               "observers", "this", "these", "those", "there", "each", "every", "one", "two", "any", "no",
               "nobody", "everyone", "someone", "his", "her", "our", "your", "my", "such", "their", "its",
               "allies", "partners", "members", "countries", "nations", "governments", "europe", "nato", "who",
               "which"}
CONDITIONS = {"if", "unless", "provided", "providing", "conditional", "whether"}
# Conditions that make any commitment a conditional one, whatever its modal ("will contribute provided that").
BINDING = {"provided", "providing", "conditional", "contingent", "subject", "depends", "depend", "hinges", "hinge",
           "rests"}
DEMONYM_ENDINGS = ("ish", "ian", "ean", "ese", "ch", "ic", "i", "iot", "ss", "ek", "ai", "can", "ban", "lan",
                   "yan", "ite", "ine")


def _any(words) -> dict:
    return {"LOWER": {"IN": sorted(set(words))}}


def _opt(words) -> dict:
    return {"LOWER": {"IN": sorted(set(words))}, "OP": "?"}


def _star(words) -> dict:
    return {"LOWER": {"IN": sorted(set(words))}, "OP": "*"}


# An action of taking part with troops: "send", "take part", "put boots".
ACTION_PATTERNS = [
    [_any(ACTIONS)],
    [_any(TAKE), _any(["part"])],
    # "offered to take charge of maritime security", "will take the lead": leading the force's task.
    [_any(TAKE), _any(["charge"])],
    [_any(TAKE), _any(["the"]), _any(["lead"])],
    [_any(["be", "being"]), _any(["part"])],
    [_any(PUT), _opt(["its", "their", "our", "any", "more", "own", "the"]), _opt(["own"]),
     {"LIKE_NUM": True, "OP": "?"}, {"IS_TITLE": True, "OP": "?"}, _any(MILITARY)],
    [_any(["set", "sets", "setting"]), _any(["foot"])],
    # "Austrian soldiers would not be involved": a part in the force.
    [_any(["involved"])],
    # "will chip in with a medical team": bringing a share of the force.
    [_any(["chip", "chips", "chipped", "chipping"]), _any(["in"])],
    [_any(["make", "makes", "making", "made"]), _opt(["a", "an", "its", "their", "some"]),
     {"IS_ALPHA": True, "IS_LOWER": True, "OP": "?", "LOWER": {"NOT_IN": ["contribution", "to", "of"]}},
     _any(["contribution", "contributions"])],
]
# After "ready to", "willing to": the mission's own verbs count as taking part.
MISSION_WORDS = [
    "help", "assist", "secure", "guarantee", "police", "patrol", "monitor", "enforce", "protect", "defend",
    "guard", "man", "staff", "train", "underwrite", "play", "do", "build", "establish", "base",
    # "troops ready to go", "ready to move at short notice": the deployment itself.
    "go", "move"]
MISSION_PATTERNS = ACTION_PATTERNS + [[_any(MISSION_WORDS)],
                                      # "ready to carry its share", "willing to pull its weight": its share of the force
                                      [_any(["carry", "bear", "pull", "shoulder"]), _any(["its", "their", "our"]),
                                       _opt(["fair", "full"]), _any(["share", "weight"])]]
MARKERS_SOFT = ["ready", "pledged", "pledges", "pledge", "pledging", "promised", "promises", "promise", "vowed",
                "vows", "vow", "agreed", "agrees", "agree", "offered", "offers", "offer", "offering", "decided",
                "decides", "committed", "commits", "commit", "volunteered", "volunteers", "poised", "eager",
                "keen", "able", "confirmed", "readiness", "willingness", "offer", "pledge", "promise",
                "commitment", "agreement", "decision", "first"]
MARKERS_FIRM = ["prepared", "willing", "happy", "glad", "plans", "planned", "plan", "planning", "intends", "intended", "intend",
                "intending", "going", "set", "determined", "wants", "want", "wanted", "aims", "aim", "expects",
                "expected", "hopes", "hope", "seeks", "seek", "intention", "inclined", "likely",
                # "has preferred to contribute at sea": a chosen way of taking part
                "prefers", "preferred", "prefer"]


@dataclass(frozen=True)
class Rule:
    """Token patterns of one cue and what it suggests, plain and negated."""

    name: str
    stance: str | None          # when not negated (None: no suggestion)
    negated: str | None         # when negated, before the cue or inside it
    patterns: list
    topic: bool = True          # counts only in a sentence about troops
    inside: bool = False        # its patterns may hold the negation ("would not send")
    conditional: str | None = None  # under "only if" (and "if" when if_counts: "would … if")
    if_counts: bool = False
    not_followed_by: frozenset = frozenset()
    not_preceded_by: frozenset = frozenset()   # "the coalition of the willing" is no readiness


# A closing quotation mark after a word quoted alone: Copenhagen was “open” to sending troops.
QUOTE = {"IS_QUOTE": True, "OP": "?"}
# A word such as "joint" or "small" before the troops ("offered a joint contingent").
NOT_ADJECTIVES = ["to", "for", "support", "aid", "help", "the", "and", "of", "in", "with", "on", "about", "over",
                  "from", "by", "at", "as", "an", "a", "or", "that", "than"]
ADJECTIVE = {"IS_ALPHA": True, "IS_LOWER": True, "OP": "?", "LOWER": {"NOT_IN": NOT_ADJECTIVES}}


def _then(prefix: list, tails: list) -> list:
    return [prefix + tail for tail in tails]


RULES = [
    # "will send troops if Norway does": an "if" conditions a "will" as it does a "would".
    Rule("will send", "committed", "ruled_out",
         _then([_any(MODALS_FIRM), _star(BETWEEN)], ACTION_PATTERNS), inside=True, conditional="hesitant",
         if_counts=True),
    Rule("would send", "committed", "ruled_out",
         _then([_any(MODALS_WOULD), _star(BETWEEN)], ACTION_PATTERNS), conditional="hesitant", if_counts=True,
         inside=True),
    Rule("could send", "hesitant", "ruled_out",
         # "May" is the month ("announced in May that it would send")
         _then([{"LOWER": {"IN": [m for m in MODALS_WEAK if m not in MODALS_CAN]}, "ORTH": {"NOT_IN": ["May"]}},
                _star(BETWEEN)], ACTION_PATTERNS),
         inside=True),
    Rule("can send", "committed", "ruled_out", _then([_any(MODALS_CAN), _star(BETWEEN)], ACTION_PATTERNS),
         inside=True, conditional="hesitant", if_counts=True),
    Rule("ready to send", "committed", "hesitant",
         _then([_any(MARKERS_SOFT), QUOTE, _star(["to", "so", "in", "principle", "also", "be", "part", "of", "on"])],
               MISSION_PATTERNS) + [[_any(["stands", "stand", "stood", "standing"]), _any(["ready"])],
                                    # "while the Baltic states are eager to."
                                    [_any(MARKERS_SOFT + MARKERS_FIRM), _any(["to"]), {"IS_PUNCT": True}]],
         conditional="hesitant"),
    Rule("prepared to send", "committed", "ruled_out",
         _then([_any(MARKERS_FIRM), QUOTE, _star(["to", "of", "on", "be"])], MISSION_PATTERNS)
         + _then([_any(["in"]), _any(["a"]), _any(["position"]), _any(["to"])], MISSION_PATTERNS),
         conditional="hesitant"),
    # "A Norwegian contribution is expected", "participation from Spain is not expected".
    Rule("contribution expected", "committed", "ruled_out", [
        [_any(["contribution", "contributions", "participation", "involvement", "contingent", "contingents"]),
         {"OP": "?"}, {"OP": "?"}, {"OP": "?"}, _any(["is", "are", "was", "were"]), _opt(["not", "also", "now"]),
         _any(["expected", "planned", "likely", "confirmed", "promised", "assured", "certain"])],
        # "Sweden's offer of a battalion still stands"
        [_any(["offer", "offers", "pledge", "pledges", "commitment"]), {"OP": "?"}, {"OP": "?"}, {"OP": "?"},
         _opt(["still"]), _any(["stands"])],
        # "Lithuania's offer remains on the table", "the pledge stands".
        [_any(["offer", "offers", "pledge", "pledges", "commitment", "contribution"]),
         _any(["remains", "remain", "is", "are", "stays", "stands", "still"]), _opt(["still"]),
         _any(["on", "valid", "firm", "standing"]), _opt(["the"]), _opt(["table"])],
    ], inside=True, conditional="hesitant"),
    # "A Portuguese contribution remains possible", "participation is not ruled out" (that one by "ruled out").
    Rule("contribution possible", "hesitant", "ruled_out", [
        [_any(["contribution", "contributions", "participation", "involvement", "contingent", "deployment"]),
         {"OP": "?"}, {"OP": "?"}, {"OP": "?"}, _any(["is", "are", "was", "remains", "remain", "seems", "looks"]),
         _opt(["not", "still", "now", "quite"]),
         _any(["possible", "conceivable", "an", "on", "uncertain", "unclear", "open", "undecided"]),
         _opt(["option", "the"]), _opt(["table"])],
    ], inside=True),
    # "sending Italian soldiers is not on the table": not an option; "is on the table": one of them.
    Rule("on the table", "hesitant", "ruled_out", [
        [_any(["is", "are", "was", "were", "remains", "remain", "stays"]), _opt(["not", "no", "never"]),
         _opt(["longer"]), _any(["on"]), _any(["the"]), _any(["table"])],
    ], inside=True),
    Rule("drawn up plans", "committed", "hesitant", [
        [_any(["drawn", "drew", "draws", "draw", "drawing"]), _any(["up"]), _any(["plans", "plan"])],
    ], conditional="hesitant"),
    Rule("pledged troops", "committed", "hesitant", [
        [_any(MARKERS_SOFT + ["earmarked", "earmarks", "allocated", "assigned", "preparing", "prepares", "readying",
                              "readies", "committing"]),
         _opt(["its", "their", "some", "several", "a", "around", "about", "more", "new", "extra", "additional",
               "own"]),
         _opt(["thousand", "hundred", "few"]), {"LIKE_NUM": True, "OP": "?"},
         _opt(["thousand", "hundred", "more", "extra", "own", "additional"]), ADJECTIVE, ADJECTIVE, _any(MILITARY)],
        # "committed to 500 troops", "pledged to a brigade": after "to", a number or a determiner, not a verb.
        [_any(MARKERS_SOFT + ["earmarked", "earmarks", "allocated", "assigned"]), _opt(["to"]),
         _any(["its", "their", "some", "several", "a", "an", "up", "around", "about", "more", "the"]),
         _opt(["to"]), {"LIKE_NUM": True, "OP": "?"}, _opt(["thousand", "hundred"]), ADJECTIVE, _any(MILITARY)],
        [_any(MARKERS_SOFT), _any(["to"]), {"LIKE_NUM": True}, _opt(["thousand", "hundred"]), ADJECTIVE,
         _any(MILITARY)],
        [_any(["pledged", "committed", "agreed", "offered", "volunteered", "signed"]), {"IS_PUNCT": True}],
        [_any(["on"]), _any(["standby", "stand-by"])],
        # "an offer of 500 soldiers", "a pledge of troops", "the offer by Estonia of 100 troops".
        [_any(["offer", "offers", "pledge", "pledges", "promise", "contribution", "commitment"]),
         _opt(["by", "from"]), {"IS_TITLE": True, "OP": "?"}, {"IS_TITLE": True, "OP": "?"}, _any(["of"]),
         # "a pledge of a battalion", "an offer of up to 500 soldiers"
         _opt(["up", "to", "some", "several", "about", "around", "a", "an", "one", "its", "their"]),
         _opt(["to"]), {"LIKE_NUM": True, "OP": "?"},
         _opt(["thousand", "hundred"]), ADJECTIVE, _any(MILITARY)],
        [_any(["signed", "signs", "sign"]), _any(["up", "on"])],
        # "have also put their hands up": volunteered
        [_any(["put", "puts", "putting", "raised", "raises"]), _any(["its", "their", "his", "her", "our"]),
         _any(["hand", "hands"]), _opt(["up"])],
        # "a battalion has been offered by Sweden", "troops were pledged": the passive, its agent the holder.
        [_any(MILITARY), _any(["has", "have", "had", "was", "were", "is", "are"]), _opt(["been", "already", "now"]),
         _opt(["been"]), _any(["offered", "pledged", "promised", "committed", "earmarked", "volunteered"])],
        # "has put a company at the coalition's disposal", "at the disposal of the force": handed over to it.
        [_any(["at"]), _any(["the", "its", "their"]), {"OP": "?"}, _opt(["'s", "’s"]), _any(["disposal"])],
        # "made two frigates available", "will make troops available to the force".
        [_any(["make", "makes", "made", "making"]), {"OP": "?"}, {"OP": "?"}, {"OP": "?"}, {"OP": "?"},
         _any(["available"])],
        # "has made a firm commitment to the force"
        [_any(["made", "makes", "make", "gave", "given", "give"]), _any(["a", "its", "their"]),
         _opt(["firm", "clear", "public", "formal", "concrete", "solid"]), _any(["commitment", "pledge", "promise"])],
    ], conditional="hesitant"),
    # The countries the force is built round: "France and Britain remain the core", "form the backbone of the
    # force", "will spearhead the mission", "the lead nations". The noun's own object, if any, must be the
    # force ("the core of the EU's economy" is none): see _core_of_else.
    Rule("the core of the force", "committed", None, [
        [_any(["remain", "remains", "remained", "are", "were", "is", "was", "form", "forms", "formed", "constitute",
               "constitutes", "provide", "provides", "be", "become", "becomes"]),
         _any(["the"]), _opt(["core", "hard", "military"]),
         _any(["core", "backbone", "nucleus", "mainstay", "spine", "vanguard", "bulk"])],
        [_any(["spearhead", "spearheads", "spearheaded", "spearheading"])],
        [_any(["the"]), _any(["lead", "leading", "framework"]), _any(["nation", "nations"])],
    ], topic=False, conditional="hesitant"),
    # "…, with France leading the air element", "with the Netherlands providing engineers": a share of the
    # force given to the subject of a "with" clause (see _with_subject).
    Rule("with X leading", "committed", None, [
        [_any(["leading", "commanding", "providing", "contributing", "sending", "deploying", "supplying",
               "offering", "heading", "running"])],
    ], conditional="hesitant"),
    # "with Britain (a brigade) and Denmark (a battalion) among the named contributors", "lists Finland and
    # Sweden as “likely” contributors": the countries named as the force's contributors (see _named_as).
    Rule("among the contributors", "committed", None, [
        [_any(["contributors", "contributor", "participants", "contributing"]), _opt(["nations", "countries"])],
    ], conditional="hesitant"),
    # "Norway prefers a maritime role", "wants a role in the force".
    Rule("prefers a role", "committed", None, [
        [_any(["prefers", "preferred", "prefer", "seeks", "sought", "wants", "wanted", "takes", "took"]),
         _any(["a", "an"]), ADJECTIVE, _any(["role", "part"])],
    ], conditional="hesitant"),
    # "ready to negotiate" is no readiness to send: "ready to" + action is the rule above.
    Rule("ready", "committed", "hesitant", [[_any(["ready", "willing", "prepared"])]],
         not_followed_by=frozenset({"to"}), not_preceded_by=frozenset({"the"})),
    Rule("ruled out", "ruled_out", "hesitant", [
        [_any(["ruled", "rule", "rules", "ruling"]), _any(["out"])],
        [_any(["ruled", "rule", "rules", "ruling"]), _any(["it", "that", "this", "them", "such", "any", "anything"]),
         _opt(["move", "idea", "option", "deployment"]), _any(["out"])],
        [_any(["excluded", "exclude", "excludes", "excluding"])],
        [_any(["out"]), _any(["of"]), _any(["the"]), _any(["question"])],
        [_any(["off"]), _any(["the"]), _any(["table"])],
    ], not_followed_by=frozenset({"from"})),
    Rule("ruled nothing out", "hesitant", None, [
        [_any(["ruled", "rule", "rules", "ruling"]), _any(["nothing"]), _any(["out"])],
        [_any(["ruled", "rule", "rules", "ruling"]), _any(["out"]), _any(["nothing"])],
        [_any(["before"]), _opt(["making", "giving", "taking", "any"]), _opt(["any", "a", "firm", "final"]),
         _any(["commitment", "commitments", "decision", "committing", "deciding", "agreeing", "pledging"])],
        [_any(["before"]), _any(["it", "they", "we", "committing", "deciding"]),
         _any(["commits", "commit", "decides", "decide", "agrees", "agree", "pledges", "pledge", "makes", "sends"])],
    ], topic=False),
    Rule("voted to send", "committed", "hesitant", [
        [_any(["voted", "votes", "vote"]), _any(["to", "for"]),
         _opt(["allow", "authorise", "authorize", "approve", "back", "the"]), _opt(["the", "a", "sending"]),
         _any(["deployment", "sending", "dispatch", "send", "deploy", "mission", "participation"])],
        # "voted on Tuesday to send troops": a time between the vote and what it carried
        [_any(["voted", "votes"]), {"IS_ALPHA": True, "OP": "?", "LOWER": {"NOT_IN": ["not", "against", "down"]}},
         {"IS_ALPHA": True, "OP": "?", "LOWER": {"NOT_IN": ["not", "against", "down"]}}, {"IS_ALPHA": True},
         _any(["to"]), _any(["send", "deploy", "contribute", "join", "approve", "authorise", "authorize", "allow",
                             "dispatch", "commit"])],
        [_any(["approved", "approves", "authorised", "authorized", "authorises", "authorizes", "endorsed"]),
         _opt(["the", "a"]), _any(["deployment", "sending", "dispatch", "participation", "mission"])],
        # "have given the government a mandate to send a company"
        [_any(["gave", "give", "gives", "given", "granted", "grants"]), _opt(["the"]), {"OP": "?"},
         _opt(["a", "the", "its"]), _any(["mandate", "approval", "authority", "permission", "authorisation",
                                          "authorization"]), _any(["to"]),
         _any(["send", "deploy", "contribute", "join", "dispatch", "commit", "station"])],
        [_any(["gave", "give", "gives", "given", "granted"]), _opt(["the", "its", "a"]),
         _any(["go", "approval", "green", "nod", "backing", "consent"]), _opt(["-"]), _opt(["ahead", "light"]),
         _any(["for", "to"]), _opt(["the", "a", "sending", "deploying"]),
         _any(["deployment", "sending", "dispatch", "participation", "mission", "troops", "soldiers", "deploying",
               "sending", "send", "deploy"])],
    ], conditional="hesitant"),
    # Backing the sending of troops, as a country's own position: "has thrown its weight behind sending".
    Rule("backs sending", "committed", "ruled_out", [
        [_any(["backs", "backed", "back", "backing", "supports", "supported", "support", "favours", "favors",
               "favoured", "favored", "favour", "favor", "endorsed", "endorses", "behind", "advocates",
               "advocated", "championed", "champions"]), _opt(["for", "of"]),
         _opt(["the", "a"]), _opt(["idea", "plan", "prospect"]), _opt(["of"]), _opt(["a", "an", "the"]),
         _any(["sending", "deploying", "putting", "contributing", "joining", "stationing", "dispatching", "committing", "deployment", "participation", "troops", "soldiers", "forces", "peacekeepers", "boots"])],
    ], conditional="hesitant"),
    # Taking back a commitment: "withdrew its offer of troops", "backed away from sending".
    # "has not withdrawn its offer of troops": the offer stands.
    Rule("withdrew its offer", "ruled_out", "committed", [
        [_any(["withdrew", "withdrawn", "withdraws", "withdraw", "retracted", "retracts", "rescinded", "dropped",
               "drops", "scrapped", "shelved", "abandoned"]), _opt(["its", "their", "the", "an", "a"]),
         _opt(["earlier", "initial", "previous"]),
         _any(["offer", "offers", "pledge", "pledges", "promise", "contribution", "plans", "plan", "participation",
               "troops", "soldiers", "commitment"])],
        [_any(["backed", "backs", "backing", "pulled", "pulls", "stepped", "steps", "walked", "walks", "retreated",
               "retreats"]), _any(["away", "back", "out"]), _any(["from", "of", "on"])],
    ]),
    Rule("refused", "ruled_out", "hesitant", [
        [_any(["refused", "refuses", "refuse", "refusing", "refusal", "declined", "declines", "decline",
               "declining"]), _any(["to"])] + tail for tail in ACTION_PATTERNS
    ] + [[_any(["refused", "refuses", "refusal"]), _any(["to"]), _any(["commit", "send", "deploy"])],
         [_any(["refused", "refuses", "refuse", "declined", "declines"]), {"IS_PUNCT": True}],
         [_any(["balked", "baulked", "balks", "baulks", "balk", "baulk"]), _any(["at"])],
         # "flatly refused again this month to put soldiers"
         *[[_any(["refused", "refuses", "refuse", "declined", "declines"]),
            {"IS_ALPHA": True, "LOWER": {"NOT_IN": ["to", "and", "but"]}},
            {"IS_ALPHA": True, "OP": "?", "LOWER": {"NOT_IN": ["to", "and", "but"]}},
            {"IS_ALPHA": True, "OP": "?", "LOWER": {"NOT_IN": ["to", "and", "but"]}}, _any(["to"])] + tail
           for tail in ACTION_PATTERNS],
         [_any(["resisted", "resists", "resist", "resisting"]),
          _opt(["calls", "pressure", "demands", "requests", "appeals", "the", "any", "all"]),
          _opt(["calls", "pressure", "demands", "requests", "appeals", "idea"]), _any(["to", "for", "of"])],
         [_any(["refused", "refuses", "refuse"]), _any(["it", "the", "any", "such", "a", "calls", "requests"])],
         [_any(["said", "says", "say", "saying"]), _any(["no"]), _any(["to"])]]),
    # "Spain has not said no.": a refusal not given; a bare "said no." names nothing refused.
    Rule("has not said no", None, "hesitant", [
        [_any(["said", "says", "say"]), _any(["no"]), _any([".", ";", ","])],
    ]),
    Rule("refused to say whether", "hesitant", "hesitant", [
        [_any(["refused", "refuses", "refuse", "declined", "declines", "decline", "would", "will", "wo"]),
         _opt(["not", "n't", "to"]), _any(["say", "comment", "confirm", "specify", "disclose", "reveal", "be"]),
         _opt(["drawn"]), _opt(["on"]), _any(["whether", "if", "how"])],
        [_any(["has", "have", "had", "did", "does", "do", "is", "are"]), _any(["not", "n't"]), _opt(["yet"]),
         _any(["said", "say", "indicated", "indicate", "revealed", "disclosed", "specified", "confirmed", "confirm",
               "saying"]), _any(["whether", "if", "how"])],
    ], topic=False, inside=True),
    Rule("rejected sending", "ruled_out", "hesitant", [
        [_any(["rejected", "rejects", "reject", "rejecting", "rebuffed", "rebuffs", "dismissed", "dismisses"]),
         _opt(["the", "any", "a", "all", "such", "calls", "requests", "request", "idea", "notion", "of", "to"]),
         _opt(["calls", "requests", "request", "idea", "notion", "of", "to", "possibility", "prospect"]),
         _opt(["of", "to", "for"]),
         _any(["sending", "send", "deploying", "deploy", "joining", "join", "contributing", "contribute",
               "participating", "participate", "participation", "taking", "putting", "committing", "troops",
               "soldiers", "it", "involvement", "role", "request", "calls", "requests", "option"])],
        [_any(["rejected", "rejects", "reject"]), {"IS_PUNCT": True, "IS_QUOTE": False}],
        [_any(["turned", "turns", "turn", "turning"]), _any(["down"])],
        [_any(["was", "were", "been", "is", "are", "being"]), _any(["rejected", "dismissed", "rebuffed", "refused"])],
        [_any(["rejected", "rejects", "reject", "rejecting", "dismissed", "dismisses", "denied", "denies"]),
         _opt(["the", "any", "all"]),
         _any(["suggestion", "suggestions", "claims", "claim", "reports", "report", "speculation", "talk"]),
         _any(["that", "of"])],
    ]),
    # Against the idea itself, not only its own part in it: opposition.
    Rule("rejected the idea", "opposed", "hesitant", [
        [_any(["rejected", "rejects", "reject", "rejecting", "rebuffed", "rebuffs", "dismissed", "dismisses"]),
         _star(["out", "of", "hand", "outright", "flatly", "firmly", "publicly", "swiftly"]),
         _opt(["every", "each", "all", "any"]), {"LIKE_NUM": True, "OP": "?"},    # "rejected all three options"
         _opt(["version", "versions", "form", "forms", "variant", "kind"]),
         _opt(["of"]),
         # "rejected “this dangerous adventure” outright": the plan, named in the speaker's words
         QUOTE, _opt(["the", "this", "that", "any", "such", "a"]), _opt(["whole", "very", "entire"]),
         {"IS_ALPHA": True, "IS_LOWER": True, "OP": "?", "LOWER": {"NOT_IN": NOT_ADJECTIVES + sorted(OFF_TOPIC)}},
         _any(["idea", "plan", "plans", "proposal", "proposals", "notion", "initiative", "concept", "scheme",
               "adventure", "venture", "project", "gamble", "options"])],
    ]),
    Rule("will be there", "committed", "ruled_out", [
        [_any(MODALS_FIRM), _star(BETWEEN), _any(["there"])],
    ], inside=True, conditional="hesitant"),
    Rule("no plans", "ruled_out", "ruled_out", [
        [_any(["no"]), _any(["plans", "plan", "intention", "intentions", "desire", "appetite", "wish", "need",
                             "reason"]),
         {"IS_QUOTE": True, "OP": "?"}, _any(["to", "of", "for"])] + tail for tail in ACTION_PATTERNS
    ] + [[_any(["no"]), _any(["question"]), _any(["of"])] + tail for tail in ACTION_PATTERNS]
      # "there is no question of Slovak troops going to Ukraine"
      + [[_any(["no"]), _any(["question"]), _any(["of"]), _opt(["any"]), {"IS_TITLE": True, "OP": "?"}, ADJECTIVE,
          _any(MILITARY), _any(["going", "being", "joining", "serving", "taking", "deploying"])]]
      + [[_any(["there"]), _any(["will", "would", "'ll", "shall"]), _any(["be"]), _any(["no"]),
          {"IS_TITLE": True, "OP": "?"}, ADJECTIVE, _any(MILITARY)]]
      + [[_any(["in"]), _any(["no"]), _any(["position"]), _any(["to"])] + tail for tail in ACTION_PATTERNS]
      # "Rome has been unequivocal: no Italian soldiers in Ukraine."
      + [[_any(["no"]), {"IS_TITLE": True, "OP": "?"}, ADJECTIVE, _any(MILITARY), _any(["in", "on", "inside"]),
          _opt(["ukrainian"]), _any(["ukraine", "soil", "ground", "territory"])]]
      + [[_any(["no"]), ADJECTIVE, _any(MILITARY), _any(["to"]),
          _any(["spare", "send", "offer", "give", "deploy", "contribute", "commit"])]],
        topic=True),
    # "have offered ports and airfields but no troops": the troops refused beside what is offered.
    Rule("but no troops", "ruled_out", None, [
        [_any(["but"]), _any(["no", "not"]), _opt(["ground", "combat", "front-line", "frontline"]), ADJECTIVE,
         _any(["troops", "soldiers", "forces", "boots", "personnel", "servicemen", "peacekeepers"])],
    ]),
    Rule("closed the door", "ruled_out", "hesitant", [
        [_any(["closed", "closes", "close", "closing", "shut", "shuts", "slammed"]), _opt(["the"]), _any(["door"]),
         _any(["on", "to"])],
    ]),
    # "neutrality bars Austrian soldiers from any such mission", "is constitutionally barred from taking part".
    Rule("barred from", "ruled_out", "hesitant", [
        [_any(["barred", "prevented", "prohibited", "precluded", "forbidden", "banned"]), _any(["from"])],
        [_any(["bars", "bar", "barred", "prevents", "prevented", "precludes", "precluded", "forbids", "forbade",
               "prohibits", "prohibited"]), _opt(["its", "their", "the", "any"]), {"IS_TITLE": True, "OP": "?"},
         ADJECTIVE, _any(MILITARY), _any(["from"])],
        # "its neutrality precludes a combat role", "bars any military involvement"
        [_any(["precludes", "precluded", "preclude", "forbids", "prohibits", "prevents", "bars", "excludes"]),
         _opt(["a", "any", "the", "all"]), _opt(["combat", "military", "ground", "active", "direct"]),
         _any(["role", "deployment", "participation", "involvement", "mission", "missions", "contribution"])],
    ]),
    # "Polish troops will stay at home", "Ireland will stay out of it".
    Rule("stay at home", "ruled_out", "hesitant", [
        [_any(["stay", "stays", "stayed", "remain", "remains", "keep", "keeps"]), _opt(["at"]), _any(["home"])],
        [_any(["keep", "keeps", "keeping", "kept"]), _opt(["its", "their", "our", "the"]), _any(MILITARY), _any(["at"]),
         _any(["home"])],
        [_any(["stay", "stays", "stayed", "staying", "keep", "keeps"]), _opt(["well"]), _any(["out"]),
         _opt(["of"])],
        # "will keep Polish soldiers out of Ukraine", "keeps its troops away from the front".
        [_any(["keep", "keeps", "keeping", "kept"]), _opt(["its", "their", "our", "the", "any", "all"]),
         _opt(["own"]), {"IS_TITLE": True, "OP": "?"}, ADJECTIVE, _any(MILITARY), _any(["out", "away"]),
         _opt(["of", "from"])],
    ]),
    # "Spanish troops are not going to Ukraine".
    Rule("going to Ukraine", "committed", "ruled_out", [
        [_any(["going", "heading", "headed", "go", "goes"]), _any(["to", "into"]), _any(["ukraine"])],
        [_any(["serve", "serving", "fight", "fighting", "operate", "operating"]), _any(["in", "inside"]),
         _any(["ukraine"])],
        # "their troops would go.", "Polish soldiers will not go": going, with nowhere else named.
        [_any(["go"]), _any([".", ",", ";"])],
        # "troops from Denmark are expected to arrive in western Ukraine", "will be on Ukrainian soil".
        [_any(["arrive", "arrives", "arriving", "arrived", "deploy", "deploying", "be", "land", "landing"]),
         _any(["in", "inside", "on"]), _opt(["western", "eastern", "southern", "northern", "central"]),
         _any(["ukraine", "ukrainian"]), _opt(["soil", "territory", "ground"])],
    ], conditional="hesitant"),
    # "Lithuania is in, and has been from the start": signed up, said in two words right after the country.
    Rule("is in", "committed", None, [
        [_any(["is", "are"]), _opt(["all", "firmly", "already", "definitely"]), _any(["in"]),
         {"LOWER": {"IN": [",", ".", ";", "—", "–", ":"]}}],
    ], topic=False),
    # "soldiers would go nowhere near the mission", "our troops will stay at home": kept out of it.
    Rule("nowhere near", "ruled_out", None, [
        [_any(["go", "goes", "going", "went", "gone", "be", "come", "get", "stay", "stays", "remain", "remains"]),
         _any(["nowhere"]), _any(["near"])],
        [_any(MILITARY), _opt(["would", "will", "'ll", "must", "should"]), _any(["stay", "stays", "remain", "remains"]),
         _opt(["at"]), _any(["home"])],
    ]),
    Rule("wants no part", "ruled_out", None, [
        [_any(["want", "wants", "wanted", "play", "plays", "take", "takes", "took", "have", "has", "had",
               "seeks", "sought", "sees", "see", "saw"]), _any(["no"]), _opt(["direct", "military", "active"]), _any(["part", "role"])],
        # "wants nothing to do with a deployment": a refusal in the idiom.
        [_any(["want", "wants", "wanted", "have", "has", "had"]), _any(["nothing"]), _any(["to"]), _any(["do"]),
         _any(["with"])],
    ]),
    # "would not hesitate to send troops": a commitment.
    Rule("hesitate to send", "hesitant", "committed",
         _then([_any(["hesitate", "hesitates", "hesitated", "hesitating"]), _any(["to"])],
               # "has not hesitated to pledge troops": pledging is committing, as sending is.
               ACTION_PATTERNS + [[_any(["pledge", "offer", "volunteer", "promise"])]])),
    # "could be persuaded to send troops", "might be convinced to join": open to it.
    Rule("could be persuaded", "hesitant", "ruled_out",
         _then([_any(["persuaded", "convinced", "talked", "coaxed", "pressed"]), _any(["to", "into"])],
               ACTION_PATTERNS + [[_any(["sending", "joining", "deploying", "contributing", "taking"])]])),
    Rule("unlikely to send", "hesitant", "hesitant",
         _then([_any(["unlikely", "unwilling", "loath", "loth", "disinclined"]), _any(["to"])], ACTION_PATTERNS)),
    Rule("not to send", "ruled_out", "ruled_out", _then([_any(["not", "never"]), _any(["to"])], ACTION_PATTERNS)),
    # "would rather train Ukrainian soldiers in Italy than send Italians", "instead of sending troops": the
    # alternative preferred to taking part (for "than", see _rather).
    Rule("rather than send", "ruled_out", None,
         _then([_any(["than"])], ACTION_PATTERNS)
         + [[_any(["instead"]), _any(["of"]), _any(["sending", "deploying", "committing", "contributing", "joining",
                                                    "putting", "taking"])]]),
    # "does not want the force to exist at all": against the force itself.
    Rule("wants the force to exist", None, "opposed", [
        [_any(["want", "wants", "wanted"]), _opt(["the", "a", "any", "such", "this"]),
         _any(["force", "mission", "deployment", "coalition", "plan", "troops", "soldiers"]), _any(["to"]),
         _any(["exist", "happen", "go", "be", "deploy"])],
    ], inside=True),
    Rule("has yet to decide", "hesitant", None, [
        [_any(["will", "would", "'ll", "shall"]), _opt(["only", "then", "soon", "still"]), _any(["decide"])],
        # "a decision would come after the summer", "a decision is expected next month"
        [_any(["decision"]), _any(["would", "will", "is", "was", "'ll"]), _opt(["only", "not"]), _opt(["be"]),
         _any(["come", "taken", "made", "expected", "due"])],
        # "is expected to hold a similar vote next month": a decision still to be taken.
        [_any(["hold", "holds", "holding"]), _any(["a", "its", "the"]), _opt(["similar", "parliamentary", "final",
                                                                           "separate", "formal"]), _any(["vote"])],
        # "parliament will vote next week on sending troops": a decision still to be taken.
        [_any(["will", "would", "'ll", "shall"]), _opt(["only", "then", "soon", "still", "first"]), _any(["vote"]),
         {"OP": "?"}, {"OP": "?"}, _any(["on", "whether"])],
        [_any(["will", "would", "'ll", "shall"]), _opt(["only", "then", "soon", "still"]), _any(["make", "take"]),
         _any(["its", "a", "their", "the"]), _opt(["final"]), _any(["decision"])],
        [_any(["decide", "decides", "determine", "determines"]), {"OP": "?"}, {"OP": "?"}, {"OP": "?"},
         {"OP": "?"}, _any(["whether", "if"])],
        [_any(["has", "have", "had", "is", "are", "was", "were", "remains", "remain"]), _opt(["still", "so", "far"]),
         _any(["yet"]), _any(["to"]), {"IS_ALPHA": True}],
    ], topic=False),
    Rule("stopped short of", "hesitant", None, [
        [_any(["stopped", "stops", "stop", "stopping"]), _any(["short"]), _any(["of"])],
        # "has put off a decision on troops", "postponed its decision".
        [_any(["put", "puts", "putting", "postponed", "postpones", "delayed", "delays", "deferred", "defers"]),
         _opt(["off"]), _opt(["a", "any", "its", "their", "the"]), _opt(["final"]), _any(["decision"])],
        # "has avoided any public commitment", "shied away from committing".
        [_any(["avoided", "avoids", "avoid", "avoiding", "shied", "shies", "shy", "shying", "dodged", "dodges"]),
         _opt(["away"]), _opt(["from"]), _opt(["any", "a", "making", "giving"]), _opt(["public", "firm", "clear", "any"]),
         _any(["commitment", "commitments", "pledge", "pledges", "committing", "pledging", "promise", "promises",
               "answer"])],
        # "wants guarantees first", "wants a UN resolution first": a condition before taking part.
        [_any(["want", "wants", "wanted", "seeks", "seek", "sought", "needs", "need", "needed", "demands", "demanded",
               "requires", "required", "require"]),
         {"OP": "?"}, {"OP": "?"}, {"OP": "?"}, _any(PRECONDITIONS), _any(["first"])],
    ]),
    Rule("undecided", "hesitant", None, [
        [_any(["undecided", "hesitant", "hesitancy", "hesitation", "hesitated", "hesitates", "hesitating",
               "reluctant", "reluctance", "reluctantly", "cautious", "caution", "cautiously", "wary", "sceptical",
               "skeptical", "unconvinced", "uncommitted", "noncommittal", "ambivalent", "divided", "torn",
               "reservations", "misgivings", "qualms", "careful", "unwilling"])],
        [_any(["non"]), _opt(["-"]), _any(["committal"])],
        [_any(["lukewarm", "cool", "cooler", "cooled", "cooling", "cools"]), _any(["on", "about", "towards", "toward",
                                                                              "to"])],
        [_any(["holding", "holds", "held", "hold"]), _any(["back", "off"])],
        [_any(["too"]), _any(["early", "soon"])],
        [_any(["premature"])],
        # "Germany's position is less settled", "the Dutch line remains unclear": no settled answer yet
        [_any(["position", "stance", "line"]), _any(["is", "remains", "was", "seems", "looks", "appears"]),
         _opt(["far", "much", "even", "still"]), _any(["less"]), _any(["settled", "clear", "certain", "firm"])],
        [_any(["position", "stance", "line"]), _any(["is", "remains", "was", "seems", "looks", "appears"]),
         _opt(["far", "much", "even", "still"]), _any(["unsettled", "unclear", "murkier", "uncertain"])],
        [_any(["on"]), _any(["the"]), _any(["fence", "sidelines", "sideline"])],
        [_any(["either"]), _any(["way"])],
        [_any(["split", "splits", "torn", "divided"]), _any(["over", "on", "about"])],
        [_any(["little", "scant", "limited", "no"]), _any(["enthusiasm", "appetite", "interest", "eagerness"])],
        [_any(["not"]), _opt(["yet"]), _any(["convinced", "persuaded", "sold"])],
        [_any(["making", "make", "makes"]), _any(["up"]), _any(["its", "their", "his", "her", "our"]), _any(["mind",
                                                                                                        "minds"])],
        [_any(["wait"]), _any(["and", "-"]), _opt(["-"]), _any(["see"])],
        # "is dragging its feet", "in no hurry to commit", "no rush to decide": delay, not refusal.
        [_any(["drag", "drags", "dragged", "dragging"]), _any(["its", "their", "his", "her", "our"]),
         _any(["feet", "heels"])],
        [_any(["in", "no"]), _opt(["no"]), _any(["hurry", "rush"])],
    ], topic=False),
    # "would wait to see the mandate", "is waiting to see what Washington offers": not before knowing more.
    Rule("waits to see", "hesitant", None, [
        [_any(["wait", "waits", "waiting", "waited"]), _any(["to"]), _any(["see", "know", "hear"])],
        # "would prefer to see the terms of a ceasefire first": not before knowing them
        [_any(["prefer", "prefers", "preferred", "want", "wants", "wanted", "need", "needs", "needed"]), _any(["to"]),
         _any(["see", "know", "hear", "have", "get", "read"]), {"OP": "?"}, {"OP": "?"}, {"OP": "?"}, {"OP": "?"},
         {"OP": "?"}, {"OP": "?"}, _any(["first"])],
    ]),
    Rule("concerns", "hesitant", None, [
        [_any(["concerns", "concern", "concerned", "worried", "worries", "worry", "doubts", "doubt", "doubted",
               "fears", "feared", "fear", "fearing", "fearful", "questioned", "questions", "unsure", "uncertain",
               "uncertainty"])],
    ]),
    Rule("open to considering", "hesitant", "ruled_out", [
        [_any(["open", "openness"]), _opt(["in"]), _opt(["principle"]), QUOTE, _any(["to", "about"])],
        # "would look at the request with an open mind": weighing it
        [_any(["look", "looks", "looking", "looked"]), _any(["at", "into"]),
         _opt(["the", "a", "any", "such", "this", "several", "all", "various", "different", "its", "their", "our"]),
         _any(["request", "requests", "proposal", "proposals", "options", "option", "possibility", "idea", "plan",
               "plans", "question"])],
        [_any(["open"]), _any(["mind"])],
        [_any(["remains", "remain", "remained", "is", "are", "stays", "kept", "keeps", "keeping"]),
         _opt(["its", "their", "all"]), _opt(["options", "door", "possibility"]), _any(["open"]),
         # "are open to contributing": the "to" belongs to the cue
         _opt(["to", "about"])],
        [_any(["leaning", "leans", "leaned", "leant", "tilting", "moving"]), _any(["towards", "toward"])],
        [_any(["interest", "interested"]), _any(["in"])],
        [_any(["deliberating", "deliberates", "deliberated", "debating", "debates"]),
         _any(["over", "whether", "about", "on", "if"])],
        [_any(["considering", "considers", "consider", "weighing", "weighs", "weigh", "mulling", "mulls", "mull",
               "studying", "examining", "exploring", "explores", "assessing", "assesses", "evaluating",
               "reviewing", "pondering", "contemplating", "contemplate", "discussing"])],
    ]),
    Rule("has not decided", None, "hesitant", [
        [_any(["has", "have", "had", "is", "are"]), _opt(["still"]), _opt(["not", "n't", "never"]), _opt(["yet"]),
         _any(["decided", "made", "decide", "taken", "reached", "take", "reach"]), _opt(["up", "a", "any", "its"]),
         _opt(["its", "their", "mind", "decision", "final"]), _opt(["decision"])],
        [_any(["no"]), _any(["decision", "final"]), _opt(["decision"])],
        # "have given no firm answer", "gave no clear indication"
        [_any(["given", "gave", "give", "gives"]), _any(["no"]), _opt(["firm", "clear", "final", "definite", "formal"]),
         _any(["answer", "reply", "indication", "decision", "commitment", "response"])],
        # "has not settled its line", "has yet to fix its position"
        [_any(["has", "have", "had", "is", "are"]), _opt(["not", "n't", "never"]), _opt(["yet"]),
         _any(["settled", "fixed", "defined", "finalised", "finalized", "decided"]),
         _any(["its", "their", "a", "on", "the"]), _opt(["own", "final"]),
         _any(["line", "position", "stance", "view", "answer"])],
    ], topic=False, inside=True),
    Rule("conditions its participation", "hesitant", None, [
        [_any(["conditions", "condition", "conditioned", "conditioning", "ties", "tied", "tying", "links",
               "linked", "makes", "made"]),
         _opt(["its", "their", "any", "a"]), _opt(["own", "possible", "potential", "military"]),
         _any(["participation", "involvement", "contribution", "support", "decision", "deployment", "presence",
               "role", "commitment", "engagement"])],
        [_any(["conditional", "contingent", "dependent", "depends", "depend", "depending", "hinges", "hinge",
               "rests"]), _any(["on", "upon"])],
        [_any(["only"]), _any(["if", "under", "with", "provided", "unless"])],
        [_any(["on"]), _any(["condition"])],
        # "German participation would require a Bundestag vote"
        [_any(["require", "requires", "required", "requiring", "need", "needs", "needed", "needing"]),
         _opt(["a", "an", "the", "its", "prior"]),
         {"OP": "?"}, _any(["vote", "approval", "mandate", "consent", "resolution", "invitation"])],
        [_any(["subject"]), _any(["to"])],
        # "any participation would have to be approved by parliament": a vote still to come.
        [_any(["have", "has", "need", "needs", "needed"]), _any(["to"]), _any(["be"]),
         _any(["approved", "authorised", "authorized", "endorsed", "sanctioned", "ratified", "cleared", "voted"])],
    ], topic=True),
    Rule("wants more clarity", "hesitant", None, [
        [_any(["want", "wants", "wanted", "wanting", "seek", "seeks", "sought", "seeking", "need", "needs",
               "needed", "demand", "demands", "demanded", "demanding", "await", "awaits", "awaiting", "awaited",
               "requested", "request", "requests", "asked", "asks", "waiting", "waits", "called", "calls",
               "calling", "insisted", "insists"]),
         _opt(["for", "on"]), _opt(["more", "further", "greater", "additional", "much", "some"]),
         _any(["clarity", "clarification", "clarifications", "details", "detail", "information"])],
    ], topic=False),
    Rule("opposes", "opposed", "hesitant", [
        [_any(["oppose", "opposes", "opposed", "opposing", "vetoed", "vetoes", "veto", "vetoing"])],
        [_any(["block", "blocks", "blocked", "blocking"]), _opt(["any", "the", "a", "all"]), {"OP": "?"},
         {"OP": "?"}, _any(["mission", "deployment", "force", "operation", "troops"])],
        # "will block any EU money for the force": blocking what pays for it
        [_any(["block", "blocks", "blocked", "blocking"]), _opt(["any", "the", "all"]), _opt(["eu", "joint", "common"]),
         _any(["money", "funding", "funds", "financing"]), _any(["for"]), _opt(["the", "a", "any", "such"]),
         _any(["mission", "deployment", "force", "operation", "troops"])],
        # "a bad idea to begin with": the idea itself judged wrong
        [_any(["bad", "terrible", "reckless", "foolish", "wrong"]), _any(["idea"])],
        [_any(["opposition", "objection", "objections", "hostility", "hostile", "objects", "objected", "object"]),
         _any(["to"])],
        [_any(["against"]), _opt(["any", "the", "a", "all", "such", "sending", "deploying"]), _opt(["whole", "entire", "very"]),
         _any(["deployment", "deployments", "presence", "sending", "idea", "plan", "plans", "troops", "stationing",
               "deploying", "peacekeepers", "mission", "force", "involvement", "proposal", "proposals", "soldiers",
               "forces", "military", "western", "foreign", "european", "nato"])],
        [_any(["legitimate", "legal", "military", "prime"]), _opt(["military"]), _any(["target", "targets"])],
        [_any(["fair"]), _any(["game"])],
        # "any Nordic soldier in Ukraine will be a target"
        [_any(["be", "become", "becomes", "became"]), _opt(["a"]), _any(["target", "targets"])],
        # "foreign soldiers in Ukraine would be “destroyed”"
        [_any(["be"]), QUOTE, _any(["destroyed", "eliminated", "annihilated", "wiped", "struck", "attacked"])],
        # "would make the United States a party to the conflict"
        [_any(["make", "makes", "made", "making"]), {"OP": "?"}, {"OP": "?"}, {"OP": "?"}, _opt(["a", "an"]),
         _any(["party", "participant", "co-belligerent", "belligerent", "target", "combatant"]), _opt(["to", "in"])],
        # "the plans amounted to preparation for war"
        [_any(["amounted", "amounts", "amount", "tantamount"]), _any(["to"]), _opt(["a", "an"]), {"OP": "?"},
         {"OP": "?"}, _any(["war", "escalation", "provocation", "aggression", "intervention", "occupation"])],
        [_any(["provocation", "provocations", "provocative", "unacceptable", "escalatory"])],
        # "said the French plan to send troops was dangerous": judged so by whoever says it
        [_any(["is", "was", "were", "are", "be"]), _opt(["very", "extremely", "deeply", "highly", "utterly"]),
         _any(["dangerous", "reckless", "irresponsible", "absurd", "madness", "folly", "insane"])],
        [_any(["red"]), _any(["line"])],
        [_any(["condemned", "condemns", "condemn", "denounced", "denounces", "slammed", "slams", "blasted",
               "lambasted", "criticised", "criticized", "criticises", "criticizes", "derided", "ridiculed",
               "mocked", "attacked"]),
         _opt(["the", "any", "a", "such"]), _opt(["western", "european", "british", "french", "foreign"]),
         _any(["plan", "plans", "idea", "deployment", "proposal", "proposals", "talk", "presence", "move",
               "mission", "coalition", "initiative", "troops"])],
        [_any(["rejected", "rejects", "reject", "rejecting", "dismissed", "dismisses"]),
         _opt(["the", "any", "a", "all"]),
         _opt(["presence", "deployment", "deploying", "stationing", "idea", "notion", "prospect"]),
         _opt(["of"]), _opt(["any"]),
         _any(["foreign", "western", "european", "nato", "allied", "international", "peacekeepers",
               "peacekeeping"])],
        [_any(["warned", "warns", "warn", "warning"]), _any(["against"])],
        # "called the idea of sending troops reckless", "branded the plan dangerous".
        [_any(["called", "calls", "call", "branded", "brands", "labelled", "labeled", "described", "describes",
               "termed", "deemed", "considers", "considered"]),
         {"OP": "?"}, {"OP": "?"}, {"OP": "?"}, {"OP": "?"}, {"OP": "?"}, {"OP": "?"}, _opt(["as", "a", "an"]),
         _opt(["act", "acts"]), _opt(["of"]),
         _any(["reckless", "dangerous", "irresponsible", "absurd", "folly", "madness", "adventurism", "adventure",
               "escalation", "mistake", "gamble", "aggression", "provocation", "occupation", "invasion",
               "intervention"])],
        # "would be considered parties to the conflict", "deemed legitimate targets": troops as enemies.
        [_any(["treated", "regarded", "considered", "seen", "viewed", "deemed", "declared"]), _opt(["as"]),
         _opt(["a", "an", "legitimate", "direct"]),
         _any(["party", "parties", "participants", "belligerents", "co-belligerents", "combatants", "targets",
               "target"])],
        [_any(["threatened", "threatens", "threaten", "vowed", "vows", "promised", "pledged"]), _any(["to"]),
         _any(["strike", "target", "attack", "hit", "destroy", "retaliate", "shoot"])],
        [_any(["respond", "responds", "retaliate", "retaliates", "react", "reacts", "answer"]), _any(["to", "against"]),
         _opt(["any", "the", "a", "such"]),
         _any(["deployment", "deployments", "presence", "western", "foreign", "european", "nato", "troops",
               "peacekeepers", "stationing", "british", "french"])],
        [_any(["mean", "means", "meant"]), _opt(["a", "direct", "open"]), _any(["war", "escalation", "conflict"])],
        # "promised a 'harsh response' to any deployment of Western troops"
        [_any(["response", "retaliation", "reprisals", "consequences", "countermeasures"]), {"IS_QUOTE": True, "OP": "?"},
         _any(["to", "against", "for"]), _opt(["any", "the", "a", "such"]),
         _any(["deployment", "deployments", "presence", "western", "foreign", "european", "nato", "troops",
               "peacekeepers", "stationing"])],
        [_any(["step", "steps", "path", "road", "slide"]), _any(["towards", "toward", "to"]), _opt(["a", "an"]),
         _opt(["direct", "open", "wider", "military"]), _any(["confrontation", "war", "escalation", "conflict"])],
        [_any(["treated", "regarded", "considered", "seen", "viewed", "treat", "treats", "regard", "regards",
               "consider", "considers", "see", "sees", "view", "views", "described", "describes", "branded",
               "brands", "labelled", "labeled", "portrayed", "portrays"]),
         {"OP": "?"}, {"OP": "?"}, {"OP": "?"}, {"OP": "?"}, {"OP": "?"}, {"OP": "?"}, {"OP": "?"}, _any(["as"]),
         _opt(["a", "an", "legitimate"]), _opt(["direct", "grave", "serious", "existential", "legitimate"]),
         {"IS_ALPHA": True, "IS_LOWER": False, "OP": "?"},     # "as direct NATO involvement", "as Western aggression"
         _any(["threat", "target", "targets", "combatants", "enemy", "occupiers", "invaders", "invasion",
               "provocation", "aggression", "act", "declaration", "escalation", "attack", "hostile", "hostiles",
               "party", "parties", "participants", "belligerents", "co-belligerents",
               # "would see any such deployment as direct NATO involvement in the conflict"
               "involvement", "intervention", "participation"])],
    ]),
    # "would never allow Hungarian soldiers to be sent", "will not let its troops go": its own troops kept back.
    Rule("will not let its troops", None, "ruled_out", [
        [_any(["allow", "permit", "let", "authorise", "authorize"]), _opt(["its", "their", "any", "our"]),
         _opt(["own"]), {"IS_TITLE": True}, ADJECTIVE, _any(MILITARY)],
        [_any(["allow", "permit", "let", "authorise", "authorize"]), _any(["its", "their", "our"]), _opt(["own"]),
         ADJECTIVE, _any(MILITARY)],
    ], inside=True),
    # "the coalition is preparing an intervention", "governments were preparing for war": an accusation, held
    # by whoever makes it, never by the accused the clause is about (see _accuser).
    Rule("accused of preparing war", "opposed", None, [
        [_any(["preparing", "prepares", "prepare", "prepared", "planning", "plotting"]), _opt(["for"]),
         _opt(["a", "an"]), _opt(["new", "wider", "direct", "open"]),
         _any(["war", "intervention", "invasion", "aggression", "occupation"])],
        # "the coalition was “playing with fire”"
        [_any(["playing", "plays", "play", "played"]), _any(["with"]), _any(["fire"])],
        # "say the force would prolong the war", "the West wanted to prolong the war"
        [_any(["prolong", "prolongs", "prolonging", "prolonged", "escalate", "escalates", "widen", "widens"]),
         _opt(["the"]), _any(["war", "conflict", "fighting"])],
    ]),
    Rule("will not accept troops", None, "opposed", [
        [_any(["accept", "tolerate", "allow", "permit", "countenance", "agree"]), _opt(["to"]),
         _opt(["any", "the", "a", "such"]),
         _opt(["foreign", "western", "european", "nato", "allied", "british", "french"]),
         _any(["troops", "presence", "deployment", "forces", "peacekeepers", "soldiers", "contingent"])],
    ]),
]


BY_NAME = {rule.name: rule for rule in RULES}


def _matcher(vocab) -> Matcher:
    matcher = Matcher(vocab)
    for rule in RULES:
        matcher.add(rule.name, rule.patterns)
    return matcher


# One matcher for the last vocabulary asked: drafts each run a pipeline of
# their own, and keeping every vocabulary would keep every pipeline alive.
_last: tuple = (None, None)


def _matcher_for(vocab) -> Matcher:
    global _last
    cached_vocab, matcher = _last
    if cached_vocab is not vocab:
        matcher = _matcher(vocab)
        _last = (vocab, matcher)
    return matcher


@dataclass
class _Mention:
    codes: list[str]
    first: int      # token indices in the sentence, end exclusive
    last: int
    role: str       # subject | weak | object | excluded


def suggest(sentence: Doc | Span, countries: list[tuple[str, int, int]],
            speaker: str | None = None, context=None) -> list[Suggestion]:
    """Suggested positions of the countries in one sentence (see the module's
    docstring). `context` holds the countries the sentence before spoke of (a
    code or a list of codes): one is the holder of a sentence opening on "The
    cabinet", "The government", two of one opening on "Both"."""
    if isinstance(context, str):
        context = [context]
    context = [code for code in context or () if code != RECIPIENT]
    tokens = list(sentence)
    if not tokens:
        return []
    origin = sentence.start_char if isinstance(sentence, Span) else 0
    lower = [token.lower_ for token in tokens]
    mentions = _mentions(tokens, lower, countries, origin)
    # Taking part is in a force unless the sentence says otherwise ("take part in talks" names the talks).
    # "air defence", "air policing", "mine clearance": capabilities named in two words, unless they are
    # equipment delivered ("air defence systems").
    on_topic = any((a == "air" and b in ("defence", "defense", "policing") or a in ("mine", "mines") and b in (
        "clearance", "clearing", "countermeasures")) and c not in MATERIEL
        for a, b, c in zip(lower, lower[1:], lower[2:] + [""])) or any((word in TOPIC or word.startswith(("deploy", "peacekeep", "militar", "particip", "troop")))
                   # "a new coalition government" is no coalition of the willing
                   and not (word == "coalition" and index + 1 < len(lower)
                            and lower[index + 1] in ("government", "partner", "partners", "talks", "deal"))
                   for index, word in enumerate(lower)) or (any(a in TAKE and b == "part" for a, b in zip(lower, lower[1:]))
                                          and not {"talks", "negotiations", "summit", "meeting"} & set(lower))
    found = [(BY_NAME[sentence.vocab.strings[key]], start, end)
             for key, start, end in _matcher_for(sentence.vocab)(sentence)]
    # Longest cue first, then left to right: "would not take part" wins over "take part".
    found.sort(key=lambda item: (-(item[2] - item[1]), item[1]))
    taken: set[int] = set()
    cues = []
    for rule, start, end in found:
        if taken & set(range(start, end)):
            continue
        if end < len(tokens) and lower[end] in rule.not_followed_by:
            continue
        if start > 0 and lower[start - 1] in rule.not_preceded_by:
            continue
        if rule is BY_NAME["has not decided"] and lower[end - 1] == "made" and end < len(lower) \
                and lower[end] in ("clear", "plain", "known", "it"):
            continue    # "has made clear it will not …": a reporting verb, not a decision
        taken.update(range(start, end))
        cues.append((rule, start, end))
    cue_tokens = set(taken)
    results: dict[tuple[str, str], Suggestion] = {}
    superseded: set[tuple[str, str]] = set()    # held before ("had ruled out"), if the sentence says what now
    # "rejected any suggestion that it would accept peacekeepers": the rejection negates the cue it reports.
    denied = {start: (s_start, s_end) for rule, s_start, s_end in cues if lower[s_end - 1] == "that"
              for other, start, _end in cues
              if other is not rule and 0 <= start - s_end <= 4 and not BOUNDARIES & set(lower[s_end:start])
              and (other.negated if other.stance is not None else other.negated) is not None}
    reported = set(denied.values())
    for rule, start, end in sorted(cues, key=lambda item: item[1]):
        if (start, end) in reported:
            continue
        if rule.topic and not on_topic and (rule is BY_NAME["opposes"] or not _points_back(tokens, lower, end)) \
                and not (rule.stance == "opposed" and rule.negated is None and _names_war(lower, start, end)) \
                and not (rule is BY_NAME["opposes"] and _names_war(lower, start, end)):
            continue    # a judgement ("… as a provocation.") has no action to point back to
        if lower[end - 1] == "part" and _part_in_talks(lower, end):
            continue
        if _off_topic(lower, end) or (rule.topic and _exercise(lower, end)):
            continue
        if not rule.topic and not on_topic and (_about_else(lower, end) or _means_ahead(lower, end)):
            continue    # "will decide next week on new measures against disinformation", "whether it would provide air cover"
        if rule.stance == "committed" and _elsewhere(tokens, lower, mentions, end):
            continue
        # "might provide intelligence", "ready to monitor it with drones": equipment, not troops; only a
        # refusal of troops beside it ("… but no troops") is a position.
        means_only = rule.stance in ("committed", "hesitant") and rule.negated == "ruled_out" and _by_means(lower, end)
        if rule.stance == "hesitant" and _judgement(lower, cues, start):
            continue
        if rule is BY_NAME["open to considering"] and lower[start].startswith("consider") and any(
                other.stance == "opposed" and 0 < other_start - end <= 10
                and not BOUNDARIES & set(lower[end:other_start]) for other, other_start, _e in cues):
            continue    # "considers the presence of NATO troops unacceptable": a judgement, not a weighing
        if _in_condition(lower, cues, start):
            continue    # "prepared to contribute troops as long as they stay out of combat": the condition
        if rule is BY_NAME["conditions its participation"] and _of_size(lower, start):
            continue
        if rule is BY_NAME["the core of the force"] and not _object_is_force(tokens, lower, end):
            continue
        if rule is BY_NAME["is in"] and not any(m.last == start and m.role == "subject" for m in mentions):
            continue    # only right after the country: "the president is in." says nothing
        if rule is BY_NAME["with X leading"] and not _with_subject(lower, mentions, start):
            continue
        named_as = None
        if rule is BY_NAME["among the contributors"]:
            named_as = _named_as(lower, mentions, start)
            if named_as is None:
                continue
        if rule is BY_NAME["on the table"] and not on_topic:
            continue    # "Norway's offer to mediate remains on the table": an offer of something else
        window = lower[max(0, start - 4):start + 1]
        if "than" in window and "rather" not in lower[max(0, start - 12):start] and not (
                "," in window[len(window) - 1 - window[::-1].index("than"):]):    # "fewer than a thousand, will provide"
            continue    # "more soldiers than Britain will send": a comparison, not a position
        if lower[end - 1] == "condition" and (lower[end:end + 2] == ["of", "anonymity"] or lower[start - 1] == "speaking"):
            continue    # "speaking on condition of anonymity": the source's, not a condition on taking part
        if rule is BY_NAME["has not decided"] and lower[end - 1] in ("made", "taken", "reached", "take", "reach") \
                and end < len(lower) and lower[end] == "no" and not {"decision", "final", "choice", "commitment"} & set(
                lower[end + 1:end + 3]):
            continue    # "has made no formal announcement" says nothing of a decision
        if lower[end - 1] == "with" and lower[start + 1] == "nothing" and not _object_is_force(tokens, lower, end):
            continue    # "countries that have nothing to do with Europe's security": another matter
        negator = _negation(lower, start, end, inside=rule.inside)
        if negator is None and rule.inside and end < len(tokens) and lower[end] in ("no", "nobody", "none", "no-one"):
            negator = end       # "would send no troops"
        if negator is None:
            negator = _no_subject(lower, mentions, start)
        if negator is None and "among" in lower[max(0, start - 4):start]:
            among = max(i for i in range(max(0, start - 4), start) if lower[i] == "among")
            if among > 0 and lower[among - 1] in NEGATORS:
                negator = among - 1     # "Ireland is not among the countries willing to send troops"
        subject, flipped, antecedent = _subject(tokens, lower, mentions, start, end, cue_tokens)
        if named_as is not None:
            subject, flipped, antecedent = named_as[0], False, []
        if rule is BY_NAME["accused of preparing war"]:
            subject, flipped, antecedent = _accuser(tokens, lower, mentions, start, end, cue_tokens), False, []
        negated = (negator is not None) != flipped
        if start in denied:
            negated = not negated
            negator = denied[start][0]
        stance = rule.negated if negated else rule.stance
        if negated and stance in ("ruled_out", "committed") and _has_yet(lower, start, end):
            stance = "hesitant"
        if stance == "ruled_out" and rule.stance != "opposed" and _without(lower, end):
            stance = "hesitant"     # "would not take part without an invitation": a condition
        if stance == "ruled_out" and negated and rule.stance == "committed" and _until(lower, end):
            stance = "hesitant"     # "will not commit troops until the mandate is clear": not yet
        if stance == "ruled_out" and rule is BY_NAME["ruled out"] and end < len(lower) and lower[end] in (
                "accepting", "allowing", "tolerating", "permitting", "countenancing"):
            stance = "opposed"      # "ruled out accepting them": others' troops refused, not its own
        if stance == "opposed" and _judged_hesitant(lower, cues, end):
            stance = "ruled_out"    # "dismissed the idea as premature": not now
        # "would be willing to contribute if asked": the would binds the if, as in "would contribute if".
        if_counts = rule.if_counts or any(lower[i] in MODALS_WOULD for i in range(max(0, start - 3), start))
        if stance in ("committed", "ruled_out") and rule.conditional and _conditional(lower, start, end, if_counts, mentions):
            stance = rule.conditional
        if stance == "committed" and _only(lower, start, end):
            stance = "hesitant"
        if stance == "committed" and named_as is not None and named_as[1]:
            stance = "hesitant"     # "as “likely” contributors": a possibility
        if stance == "committed" and any(lower[i] in MODALS_WEAK and tokens[i].text != "May"
                                         for i in range(max(0, start - 3), start)):
            stance = "hesitant"     # "could be ready to deploy", "might be willing": a possibility
        if stance in ("committed", "ruled_out") and _urged(lower, mentions, start):
            continue
        if any(lower[i] in ("should", "ought") for i in range(max(0, start - 2), start)) and rule.stance != "opposed" \
                and negator is None:
            continue    # "said Finland should consider a role": advice, not a position
        if stance is None or (start not in denied and _governed(lower, cues, rule, start)) \
                or _judged(lower, cues, rule, end):
            continue
        if stance == "opposed":
            # "Any Nordic soldier in Ukraine will be a target": the troops threatened hold no threat
            threatened = {code for m in mentions if m.role == "weak" and m.last <= start for code in m.codes}
            if threatened == {RECIPIENT}:
                continue    # "Ukrainian forces are a legitimate target for Russian drones": the war itself
            subject = [code for code in subject if code not in threatened]
        if not subject and len(context) == 2 and _both_open(lower, mentions, start):
            subject = context   # "The exceptions are Britain and France. Both have said they are prepared …"
        codes = subject or ([speaker] if speaker and not _others_hold(lower, start) else antecedent)
        if not codes and stance == "opposed":
            codes = _threatening(tokens, lower, mentions, end)
        if not codes:
            codes = _label(tokens, lower, mentions)   # "ITALY: Prime Minister Giorgia Meloni has ruled out …"
        if not codes:
            codes = _among_them(lower, mentions, end)
        if not codes:
            codes = _asked_about(tokens, lower, mentions, start)
        if not codes:
            codes = _placed_opening(tokens, lower, mentions, start)
        if not codes and len(context) == 1 and _government_opens(tokens, lower, mentions, start):
            codes = context     # "Holland is among the keenest. The cabinet has said it is ready to deploy …"
        if not codes and len(context) == 1 and not speaker and _person_opens(lower, mentions, start):
            codes = context     # "Turkey has offered to lead a maritime component. He stopped short of promising troops."
        first = negator if negator is not None and negator < start else start
        trigger_start = tokens[first].idx - origin
        last = max(end - 1, negator if negator is not None else 0)
        trigger_end = tokens[last].idx + len(tokens[last].text) - origin
        # Ukraine receives the force; its own army's deeds are no position on sending troops to it.
        codes = [code for code in codes if code != RECIPIENT]
        if lower[end - 1] in ("commitment", "pledge", "promise") and _to_other_verb(tokens, lower, end):
            continue    # "a firm commitment to reform its recruitment"
        named_inside = {code for m in mentions if start <= m.first and m.last <= end for code in m.codes}
        if rule is BY_NAME["will not let its troops"] and named_inside and not named_inside & set(codes):
            continue    # "will not allow Ukrainian troops to transit": another country's troops
        if not codes:
            # "Its constitution prevents Irish soldiers from joining": the troops named inside the cue.
            codes = [code for m in mentions if start <= m.first and m.last <= end and m.role in ("weak", "object")
                     for code in m.codes if code != RECIPIENT]
        for code in codes if not means_only else ():
            results.setdefault((code, stance), Suggestion(
                code, stance, sentence.text[trigger_start:trigger_end], trigger_start, trigger_end))
            if "had" in lower[max(0, start - 3):start] and "has" not in lower[max(0, start - 3):start]:
                superseded.add((code, stance))
        contrast = _but_not_troops(tokens, lower, end) if stance in ("committed", "hesitant") else None
        if contrast is not None:
            # "prepared to offer a frigate but not ground troops": troops refused beside what is offered.
            for code in codes:
                results.setdefault((code, "ruled_out"), Suggestion(
                    code, "ruled_out", sentence.text[contrast[0]:contrast[1]], *contrast))
    for code, stance, trigger_start, trigger_end in _elided(tokens, lower, mentions, cues, origin):
        results.setdefault((code, stance), Suggestion(
            code, stance, sentence.text[trigger_start:trigger_end], trigger_start, trigger_end))
    # "Bucharest, which had ruled out any role, announced that it was willing to send …": the position held
    # before gives way to the one the sentence reports now.
    for code, stance in superseded:
        if any(other == code and (other, other_stance) not in superseded for other, other_stance in results):
            del results[(code, stance)]
    return list(results.values())


# Means a government may lend without sending anyone: "to monitor the line with drones and satellites".
MEANS = {"drones", "drone", "satellites", "satellite", "sensors", "surveillance", "intelligence", "imagery",
         "radars", "radar", "cameras", "technology", "equipment", "money", "funding", "funds", "weapons", "arms",
         "ammunition", "aid",
         # "would provide logistics": support behind the lines, not troops in the force
         "logistics", "logistical", "support", "supplies"}


# What a threat of war is said in, topic enough for an opposition: "governments were preparing for war".
WAR_WORDS = {"war", "intervention", "invasion", "aggression", "occupation", "combatants", "belligerents",
             "co-belligerents", "conflict"}


def _accuser(tokens, lower, mentions, start, end, cue_tokens) -> list[str]:
    """The holder of an accusation: the subject of the reporting verb before
    it ("Zakharova said the Baltic governments were preparing for war"), not
    the accused."""
    verb = next((i for i in range(start - 1, -1, -1) if lower[i] in REPORTING or lower[i] in (
        "accused", "accuses", "claimed", "alleged", "alleges")), None)
    if verb is None:
        trailing = _trailing(tokens, lower, mentions, end)   # "…, the Russian ambassador said"
        return trailing.codes if trailing is not None else []
    holder, _negated = _holder(tokens, lower, mentions, verb, verb + 1, cue_tokens)
    return holder


def _names_war(lower, start, end) -> bool:
    """Whether an opposition's own words name war ("preparing for war", "a
    party to the conflict"), and no other matter ("called the sanctions an
    act of aggression")."""
    words = set(lower[start:end])
    return bool(words & WAR_WORDS) and not words & OFF_TOPIC


def _in_condition(lower, cues, start) -> bool:
    """Whether the cue stands in the condition another cue before it is put
    under ("… as long as they stay out of combat", "… unless Russia
    objects"): it is that condition, not a position."""
    if not any(other_end <= start for _other, _s, other_end in cues):
        return False
    for index in range(start - 1, -1, -1):
        word = lower[index]
        if word in ("if", "unless", "provided", "providing") or (
                word == "long" and index > 0 and lower[index - 1] in ("as", "so") and lower[index + 1] == "as"):
            return any(other_end <= index for _other, _s, other_end in cues)
        if word in (",", ";", ":", "but", "while", "whereas", "and", "or", "—", "–"):
            return False
    return False


def _means_ahead(lower, end) -> bool:
    """"refused to say whether it would provide air cover": the question is
    about equipment or backing, not troops."""
    words = lower[end:end + 8]
    return bool(MEANS & set(words)) or any(a == "air" and b in ("cover", "support", "power") for a, b in zip(words, words[1:]))


def _by_means(lower, end) -> bool:
    """"prepared to lead the monitoring with drones and satellites", "might
    provide intelligence and air support": a task done with equipment, or
    equipment given, is no commitment to send troops."""
    if end < len(lower) and lower[end - 1] in ACTIONS and lower[end] in MEANS:
        return True
    for index in range(end, len(lower)):
        if lower[index] in (";", "but", "while", "whereas", ",", "once", "if", "when"):
            return False
        if lower[index] == "with":
            for word in lower[index + 1:index + 5]:
                if word in MEANS:
                    return True
                if word in MILITARY or word not in ("its", "their", "the", "own", "remote", "unmanned", "modern",
                                                    "a", "an", "some"):
                    return False
    return False


# Holders that are many governments or none, never the speaker's own: "a claim the coalition rejects".
COLLECTIVE = AGENTS - {"country", "nation", "government", "officials", "leaders"} | {"coalition", "alliance", "west", "union", "bloc", "commission", "europeans", "americans",
                       "planners", "analysts", "critics", "experts", "diplomats"}


def _others_hold(lower, start) -> bool:
    """Whether the cue's clause names a collective holder before it ("a
    claim the coalition rejects", "he said allies would not …"): then it is
    not the speaker's country's position."""
    clause = max((i + 1 for i in range(start) if lower[i] in BOUNDARIES or lower[i] == "that"), default=0)
    return bool(COLLECTIVE & set(lower[clause:start]))


def _threatening(tokens, lower, mentions, end) -> list[str]:
    """"would be legitimate targets for Russian forces": the country whose
    forces would strike holds the threat when nobody is named saying it."""
    for index in range(end, min(end + 3, len(tokens))):
        if lower[index] in ("for", "of"):
            first = index + 1 + (index + 1 < len(tokens) and lower[index + 1] == "the")
            mention = next((m for m in mentions if m.first == first), None)
            if mention is not None and mention.last < len(tokens) and lower[mention.last] in MILITARY + [
                    "drones", "missiles", "strikes"]:
                return [code for code in mention.codes if code != RECIPIENT]
            return []
    return []


def _named_as(lower, mentions, start) -> tuple[list[str], bool] | None:
    """The countries a list names as contributors, and whether only as
    likely ones: "lists Finland and Sweden as “likely” contributors", "with
    Britain (a brigade) and Denmark (a battalion) among the contributors"."""
    index = start - 1
    hedged = False
    while index >= 0 and (lower[index] in ("the", "named", "main", "key", "first", "other", "possible", "likely",
                                            "potential", "probable", "future", "'", '"', "“", "”", "‘", "’")):
        hedged = hedged or lower[index] in ("possible", "likely", "potential", "probable")
        index -= 1
    if index < 0 or lower[index] not in ("as", "among"):
        return None
    if lower[index] == "as":
        listed = [m for m in mentions if m.last <= index]
        # "lists Finland and Sweden as", "Belgium and Portugal are named as"
        if not listed or not set(lower[listed[-1].last:index]) <= {
                "are", "is", "were", "was", "been", "being", "named", "listed", "described", "seen", "counted",
                "cited", "mentioned", "identified", "regarded"}:
            return None
        chosen = [listed[-1]]
        for earlier in reversed(listed[:-1]):
            if not set(lower[earlier.last:chosen[-1].first]) <= {",", "and", "the"}:
                break
            chosen.append(earlier)
        return [code for m in reversed(chosen) for code in m.codes], hedged
    edge = max((i for i in range(index) if lower[i] in ("with", ":", ";", "—", "–")), default=-1)
    depth, inside = 0, set()
    for i in range(edge + 1, index):
        if lower[i] == "(":
            depth += 1
        elif lower[i] == ")":
            depth -= 1
        elif depth > 0:
            inside.add(i)
    codes = [code for m in mentions if edge < m.first and m.last <= index and m.first not in inside
             for code in m.codes]
    return (codes, hedged) if codes else None


def _with_subject(lower, mentions, start) -> bool:
    """"with France leading …": the -ing verb right after a country that a
    "with" introduces, after a clause of the force (its topic checked as any
    cue's)."""
    mention = next((m for m in mentions if m.last == start), None)
    if mention is None or mention.first == 0:
        return False
    at = mention.first - 1 - (mention.first > 1 and lower[mention.first - 1] == "the")
    return at > 0 and lower[at] == "with" and lower[at - 1] == ","


def _placed_opening(tokens, lower, mentions, start) -> list[str]:
    """"In Moscow, foreign ministry spokeswoman Maria Zakharova said …": the
    government of the capital the sentence opens in, when one person or
    office speaks there and no holder is named; "In Paris, leaders agreed …"
    is a meeting of many."""
    if len(lower) < 4 or lower[0] != "in":
        return []
    place = next((m for m in mentions if m.first == 1), None)
    if place is None or place.last >= start or lower[place.last] != ",":
        return []
    if {"leaders", "ministers", "countries", "allies", "delegations", "partners", "representatives", "heads",
            "nations", "diplomats", "envoys"} & set(lower[place.last:start]):
        return []
    return [code for code in place.codes if code != RECIPIENT]


def _among_them(lower, mentions, end) -> list[str]:
    """"did not say which countries had signed up, but officials said
    Britain, France and the Baltic states were among them": the countries
    named as among the cue's holders."""
    for index in range(end, len(lower) - 1):
        if lower[index] == "among" and lower[index + 1] in ("them", "those", "these") and index >= 2 \
                and lower[index - 1] in ("were", "are", "is", "was"):
            listed = [m for m in mentions if end <= m.first and m.last <= index - 1]
            if not listed or listed[-1].last != index - 1:
                return []
            chosen = [listed[-1]]
            for earlier in reversed(listed[:-1]):
                if not set(lower[earlier.last:chosen[-1].first]) <= {",", "and", "the", "or"}:
                    break
                chosen.append(earlier)
            return [code for m in reversed(chosen) for code in m.codes if code != RECIPIENT]
    return []


def _asked_about(tokens, lower, mentions, start) -> list[str]:
    """"Asked about Germany, Boris Pistorius said it was too early …": the
    answer's cue, with no holder of its own, is about the country asked of."""
    if not lower or lower[0] != "asked":
        return []
    comma = next((i for i in range(len(lower)) if lower[i] == ","), None)
    if comma is None or comma >= start:
        return []
    asked = [m for m in mentions if m.last <= comma]
    return [code for code in asked[0].codes if code != RECIPIENT] if len(asked) == 1 else []


def _label(tokens, lower, mentions) -> list[str]:
    """A factbox's heading, the country the paragraph is about: "GERMANY:
    Outgoing Chancellor Olaf Scholz called the debate premature"."""
    first = next((m for m in mentions if m.first == 0), None)
    if first is None or first.last >= len(tokens) or lower[first.last] not in (":", "—", "–"):
        return []
    return [code for code in first.codes if code != RECIPIENT]


def _both_open(lower, mentions, start) -> bool:
    """Whether the sentence opens on "Both", "Both governments", "The two"
    and names no country before the cue."""
    if any(m.first < start for m in mentions) or len(lower) < 2:
        return False
    return lower[0] == "both" or lower[:2] == ["the", "two"]


def _government_opens(tokens, lower, mentions, start) -> bool:
    """Whether the sentence opens on a government named by its office alone
    ("The cabinet has told parliament …", "Its defence ministry said …") and
    names no country before the cue: the country is the one spoken of before."""
    if any(m.first < start for m in mentions) or len(tokens) < 2:
        return False
    if lower[0] not in ("the", "its", "their", "his", "her"):
        return False
    # "His likely successor, Friedrich Merz, …": the next holder of the office
    head = next((i for i in range(1, min(4, start)) if lower[i] in GOVERNMENT | {"successor", "predecessor"}), None)
    return head is not None and not BOUNDARIES & set(lower[1:head]) and lower[head] not in (
        "people", "public", "coalition", "general", "capital", "side", "position", "stance")


def _person_opens(lower, mentions, start) -> bool:
    """Whether the sentence opens on "He" or "She" as the cue's own subject
    ("He stopped short of promising", "She has ruled out"), naming no country."""
    return bool(lower) and lower[0] in ("he", "she") and not mentions and 0 < start <= 3 and set(
        lower[1:start]) <= {"has", "had", "is", "was", "also", "again", "so", "far", "still", "would", "will",
                            "not", "did", "never"}


def _object_is_force(tokens, lower, end) -> bool:
    """"the core of the force", "will spearhead the mission", or no object
    ("remain the core."): the words up to the clause's edge name the force
    or nothing; "the core of the EU's economy" is another matter."""
    words = []
    for index in range(end, len(tokens)):
        if lower[index] in BOUNDARIES or tokens[index].is_punct and lower[index] not in ("'s", "’s"):
            break
        words.append(lower[index])
    return not words or any(word in TOPIC or word.startswith(("deploy", "peacekeep", "militar", "troop"))
                            for word in words[:8])


def _of_size(lower, start) -> bool:
    """"the size of the French contribution would depend on …": what is
    conditioned is how much, not whether."""
    for word in reversed(lower[max(0, start - 8):start]):
        if word in BOUNDARIES or word == "that":
            return False
        if word in ("size", "scale", "number", "composition", "shape", "makeup", "timing", "extent", "nature"):
            return True
    return False


def _to_other_verb(tokens, lower, end) -> bool:
    """"commitment to reform": a promise of something other than taking part."""
    if end + 1 >= len(tokens) or lower[end] != "to":
        return False
    verb = lower[end + 1]
    return tokens[end + 1].is_lower and verb.isalpha() and verb not in ACTIONS and verb not in TAKE \
        and verb not in TOPIC and verb not in ("the", "a", "an", "any", "its", "their", "this", "that", "help",
                                               "secure", "support", "protect", "defend", "guarantee", "police",
                                               "patrol", "monitor", "put", "be")


def _until(lower, end) -> bool:
    """"will not send troops until the Dáil approves it": a refusal that ends
    when a condition is met, in the same clause."""
    for word in lower[end:]:
        if word in (";", "but", "while", "whereas", "although", "though", "and"):
            return False
        if word in ("until", "till", "unless"):
            return True
    return False


def _without(lower, end) -> bool:
    for word in lower[end:]:
        if word in (",", ";", "but", "while", "whereas", "although", "though"):
            return False
        if word == "without":
            return True
    return False


def _no_subject(lower, mentions, start) -> int | None:
    """"no troops will be sent", "no American soldiers will deploy": the
    index of the "no" before the troops the cue is said of."""
    index = start - 1
    while index >= 0 and lower[index] in AUXILIARIES:
        index -= 1
    if index < 0 or lower[index] not in MILITARY:
        return None
    index -= 1
    inside = {i for m in mentions for i in range(m.first, m.last)}
    while index >= 0 and (index in inside or lower[index] in ("ground", "combat", "more", "foreign", "western")):
        index -= 1
    return index if index >= 0 and lower[index] in ("no", "none") else None


def _judgement(lower, cues, start) -> bool:
    """"dismissed the idea as premature": the judgement is part of the dismissal."""
    return any(other.stance in ("opposed", "ruled_out") and 0 <= start - other_end <= 3
               and "as" in lower[other_end:start] for other, _other_start, other_end in cues)


def _judged_hesitant(lower, cues, end) -> bool:
    return any(other.stance == "hesitant" and 0 <= other_start - end <= 3 and "as" in lower[end:other_start]
               for other, other_start, _other_end in cues)


def _but_not_troops(tokens, lower, end) -> tuple[int, int] | None:
    """The offsets of "but not ground troops" after a commitment, if any."""
    for index in range(end, len(tokens) - 1):
        if lower[index] in (";", "while", "whereas") or (lower[index] == "but" and lower[index + 1] not in ("not",
                                                                                                          "no")):
            return None
        if lower[index] == "but" and lower[index + 1] in ("not", "no"):
            for later in range(index + 2, min(index + 6, len(tokens))):
                # "but no Dutch ground troops", "but not in Ukraine itself", "but not on land"
                if lower[later] in MILITARY or (lower[later] == "ukraine" and lower[later - 1] in ("in", "inside")) \
                        or (lower[later] == "land" and lower[later - 1] == "on"):
                    origin = tokens[0].idx
                    return tokens[index].idx - origin, tokens[later].idx + len(tokens[later].text) - origin
                if not tokens[later].is_alpha and tokens[later].text != "-":
                    return None
            return None
    return None


def _elided(tokens, lower, mentions, cues, origin):
    """"Latvia is ready to send troops but Lithuania is not": the cue before,
    negated, for the country of the elliptical clause."""
    for mention in mentions:
        at = mention.last
        # "but Iceland, which has no army, will not": past the relative clause to the auxiliary.
        if at + 1 < len(tokens) and lower[at] == "," and lower[at + 1] in ("which", "who"):
            closing = next((i for i in range(at + 2, len(tokens)) if lower[i] == ","), None)
            if closing is not None:
                at = closing + 1
        if at + 1 >= len(tokens) or mention.role != "subject" or lower[at] not in AUXILIARIES \
                or lower[at + 1] not in NEGATORS:
            continue
        after = at + 2 + (at + 2 < len(tokens) and lower[at + 2] == "yet")
        if after < len(tokens) and not tokens[after].is_punct:
            continue
        before = [(rule, start, end) for rule, start, end in cues if end <= mention.first]
        if not before or before[-1][0].negated is None:
            continue
        rule, _start, _end = before[-1]
        stance = "hesitant" if lower[after - 1] == "yet" and rule.negated != "hesitant" else rule.negated
        if rule.stance == "committed" and lower[at] in ("did", "will", "would", "wo", "does", "do"):
            # "France pledged troops; Italy did not": a refusal, where "has not" is a pledge still to come.
            stance = "ruled_out"
        end = tokens[after - 1]
        for code in mention.codes:
            yield code, stance, tokens[at].idx - origin, end.idx + len(end.text) - origin


def _off_topic(lower, end) -> bool:
    """"ruled out joining the sanctions", "opposed the tariff plan": a cue
    whose own object, up to the clause's edge, is another matter."""
    for index in range(end, min(end + 7, len(lower))):
        word = lower[index]
        if word in BOUNDARIES or word in MILITARY:
            return False
        if word in OFF_TOPIC:
            return True
    return False


def _elsewhere(tokens, lower, mentions, end) -> bool:
    """"will send more tanks to Lithuania": troops for an ally's own
    defence, not for Ukraine; "offered to train Ukrainian troops on Italian
    soil", "in Spain", "outside Ukraine", "at home": a task done elsewhere."""
    for index in range(end, min(end + 10, len(lower))):
        if lower[index] in BOUNDARIES:
            return False
        following = lower[index + 1] if index + 1 < len(lower) else ""
        # "will deploy extra troops to its border with Belarus", "along its eastern flank": at home.
        if lower[index] in ("to", "along", "on") and following in (
                "its", "their", "our", "his", "her") and {"border", "borders", "frontier", "frontiers", "flank",
                                                           "territory", "soil"} & set(lower[index + 2:index + 5]):
            return True
        if lower[index] == "outside" and following in ("ukraine", "the") or (lower[index], following) == ("at", "home"):
            return True
        if lower[index] in ("to", "into", "in", "on"):
            first = index + 1 + (following == "the")
            place = next((m for m in mentions if m.first == first), None)
            # "in contrast to Norwegian caution" names no place; "on Italian soil" does
            if place is not None and place.last < len(lower) and lower[place.last].isalpha() and _demonym_like(
                    tokens[place.first:place.last]) and lower[
                    place.last] not in ("soil", "territory", "border", "borders", "side", "ground", "waters",
                                        "airspace", "bases", "base", "and", "or"):
                place = None
            if place is not None:
                return "UKR" not in place.codes
            if lower[index] in ("to", "into") and index - end < 6 and following not in set(ACTIONS) | set(MISSION_WORDS):
                return False    # "troops to the region": a destination, not named as elsewhere
    return False


def _about_else(lower, end) -> bool:
    """A cue that names what it is about ("decide on new measures") in a
    sentence that does not speak of troops is about something else."""
    for index in range(end, min(end + 5, len(lower))):
        if lower[index] in BOUNDARIES:
            return False
        if lower[index] in ("on", "about", "over") and index + 1 < len(lower) and lower[index + 1] not in POINTING:
            return True
    return False


def _exercise(lower, end) -> bool:
    """"will deploy two frigates to the Arctic for a NATO exercise": troops
    sent to drill, not to a force."""
    for index in range(end, len(lower)):
        if lower[index] in BOUNDARIES:
            return False
        if lower[index] in ("exercise", "exercises", "drills", "drill", "manoeuvres", "maneuvers", "wargames"):
            return True
    return False


def _part_in_talks(lower, end) -> bool:
    """"would take part in the planning": in the talks, not in the force."""
    words = lower[end:end + 4]
    if words[1:2] == ["what"]:
        # "take no part in what they call a war mission": the naming verb is no call between leaders
        words = [word for word in lower[end:end + 7] if word not in ("call", "calls", "called")]
    return bool(words) and words[0] == "in" and bool(set(words[1:]) & TALKS)


def _points_back(tokens, lower, end) -> bool:
    """A cue whose object is a pronoun, an action or nothing ("ruled it out",
    "ruled out joining", "has refused.") needs no topic word of its own."""
    if end >= len(tokens):
        return True
    # "Ireland's refusal to join has been criticised": the action has no object of its own.
    if lower[end] in ("whether", "how") and end + 2 < len(lower) and lower[end + 1] == "to":
        # "weighing whether to offer imagery" points back; "whether to recognise a state" is another matter
        return lower[end + 2] in ACTIONS or lower[end + 2] in TAKE or lower[end + 2] in (
            "offer", "help", "join", "commit", "contribute", "send", "deploy", "put", "be")
    if lower[end] == "in" and end + 1 < len(lower) and lower[end + 1] == "principle":
        return True     # "is willing in principle"
    if lower[end] in ("the", "this", "that", "such", "a") and end + 1 < len(lower) and lower[end + 1] in (
            "matter", "question", "issue", "idea", "request", "option", "possibility"):
        # "would consider the matter carefully": the matter the sentences before spoke of, not "the issue of
        # migration"
        return not (end + 2 < len(lower) and lower[end + 2] in ("of", "on", "about", "over", "for"))
    if lower[end - 1] in ("do", "play") and lower[end] in ("its", "their", "our") and end + 1 < len(lower) \
            and lower[end + 1] in ("part", "share", "bit"):
        # "ready to do its part": its part in what the sentences before spoke of, not "on climate finance"
        return _object_is_force(tokens, lower, end + 2)
    finite = lower[end] in ("has", "have", "had", "is", "are", "was", "were", "depends", "hinges", "remains",
                            "will", "would") and lower[end - 1] in ACTIONS
    return (tokens[end].is_punct or lower[end] in POINTING or lower[end] in ACTIONS or lower[end] in TAKE
            or lower[end] in INTRANSITIVE or finite)


def _mentions(tokens, lower, countries, origin) -> list[_Mention]:
    by_span: dict[tuple[int, int], list[str]] = {}
    for code, start, end in countries:
        by_span.setdefault((start, end), []).append(code)
    mentions = []
    for (start, end), codes in sorted(by_span.items()):
        inside = [i for i, token in enumerate(tokens)
                  if token.idx - origin < end and token.idx - origin + len(token.text) > start]
        if inside:
            mentions.append(_Mention(codes, inside[0], inside[-1] + 1, ""))
    for mention in mentions:
        mention.role = _role(tokens, lower, mention)
    # "with the Baltic states saying that …": the subject of an absolute clause.
    for index, mention in enumerate(mentions):
        if mention.role != "object" or mention.first == 0 or lower[mention.first - 1 - (
                mention.first > 1 and lower[mention.first - 1] == "the")] != "with":
            continue
        chain = [mention]
        for later in mentions[index + 1:]:
            if set(lower[chain[-1].last:later.first]) <= {",", "and", "the"}:
                chain.append(later)
            else:
                break
        after = chain[-1].last
        # "with the Baltic states saying …", "with Britain ready to deploy, Germany and Poland opposed"
        if after < len(tokens) and tokens[after].is_lower and (lower[after].endswith("ing") or lower[after] in (
                "ready", "willing", "prepared", "opposed", "undecided", "reluctant", "hesitant", "keen", "eager",
                "unwilling", "open", "against", "wary", "sceptical", "skeptical", "committed")):
            for member in chain:
                member.role = "subject"
    # "pressure from Paris and London": the object's role runs through its list.
    for earlier, later in zip(mentions, mentions[1:]):
        if earlier.role == "object" and later.role == "subject" \
                and lower[earlier.last:later.first] in (["and"], ["or"], [",", "and"]):
            later.role = "object"
    # "troops from Sweden and Finland", "a contribution from Norway": the countries whose troops they are.
    for index, mention in enumerate(mentions):
        at = mention.first - 1 - (mention.first > 1 and lower[mention.first - 1] == "the")
        if at < 1 or lower[at] not in ("from", "by") or not (lower[at - 1] in MILITARY or lower[at - 1] in NOMINAL):
            continue
        mention.role = "source"
        for later in mentions[index + 1:]:
            if not set(lower[mention.last:later.first]) <= {",", "and", "the"}:
                break
            later.role = "source"
            mention = later
    # "British and French troops": the whole list modifies the troops.
    for earlier, later in reversed(list(zip(mentions, mentions[1:]))):
        between = lower[earlier.last:later.first]
        if later.role == "weak" and earlier.role == "subject" and between and set(between) <= {",", "and", "or"}:
            earlier.role = "weak"
    return mentions


ENVOYS = {"ambassador", "ambassadors", "envoy", "envoys", "embassy", "diplomat", "diplomats", "delegation",
          "consul", "mission"}
# Who speaks for a country without being its government: "Italian opposition parties", "most Germans",
# "Spanish newspapers", "a German think tank", "former Finnish president".
NOT_GOVERNMENT = {"opposition", "parties", "party", "voters", "public", "people", "media", "press", "newspapers",
                  "newspaper", "television", "tv", "think", "analysts", "analyst", "experts", "farmers", "citizens",
                  "polls", "poll", "commentators", "pundits", "businesses", "unions", "activists", "protesters",
                  "historians", "academics"}


def _not_government(lower, mention) -> bool:
    """"Italian opposition parties", "the Danish public", "former Finnish
    president": a voice of the country that is not its government."""
    head = lower[mention.last] if mention.last < len(lower) else ""
    before = lower[mention.first - 1] if mention.first > 0 else ""
    return head in NOT_GOVERNMENT or before in ("former", "ex", "ex-")


def _role(tokens, lower, mention: _Mention) -> str:
    """subject: may hold a position; weak: modifies troops ("Polish troops");
    object: of a preposition or verb; excluded: a mere modifier."""
    if _not_government(lower, mention):
        return "excluded"
    before = mention.first - 1
    # "all five Nordic countries", "the three Baltic states": a count is no verb the group is object of.
    while before >= 0 and (lower[before] in SKIPPED_BEFORE or lower[before] == "all" or tokens[before].like_num):
        before -= 1
    after = mention.last
    if after < len(tokens) and lower[after] in ("'s", "’s", "'", "’"):
        head = lower[after + 1] if after + 1 < len(tokens) else ""
        if after + 2 < len(tokens) and tokens[after + 1].is_title and tokens[after + 2].is_title:
            head = "leader"     # "Italy's Giorgia Meloni": a person speaking for the country
        # "the Czech Republic's incoming government", "Romania's caretaker cabinet": an adjective between.
        for skip in (2, 3):
            if head not in GOVERNMENT and after + skip < len(tokens) and lower[after + skip] in GOVERNMENT \
                    and all(tokens[i].is_lower and tokens[i].is_alpha for i in range(after + 1, after + skip)):
                head = lower[after + skip]
        if head not in GOVERNMENT and head not in MILITARY and head not in POSITION_NOUNS:
            return "excluded"
    elif after < len(tokens) and tokens[after].is_lower and tokens[after].is_alpha:
        head = lower[after]
        if head in GOVERNMENT or head in ("neighbours", "neighbors", "allies", "partners", "counterparts"):
            pass    # "its Baltic neighbours, which have all offered troops"
        elif head in MILITARY or head in NOMINAL:
            # "sending Italian soldiers is not on the table": the troops the gerund sends are the country's
            gerund = before >= 0 and lower[before] in ("sending", "deploying", "committing", "putting",
                                                        "stationing", "dispatching") and head in MILITARY
            return "weak" if gerund or _placed_as_subject(tokens, lower, before) else "object"
        elif (not head.endswith(("s", "ed")) and head not in AUXILIARIES and head not in BOUNDARIES
              and _demonym_like(tokens[mention.first:mention.last])):
            return "excluded"
    if before >= 0 and lower[before] in ("after", "before", "since", "until", "till", "because", "which", "whom") \
            and after < len(tokens) and tokens[after].is_lower and (
            lower[after] in AUXILIARIES or lower[after] in REPORTING or lower[after].endswith("ed")):
        # "a day after Latvia pledged a company", "a mandate, which Moscow would veto": the subject of a
        # clause of its own, not an object
        return "subject"
    return "subject" if _placed_as_subject(tokens, lower, before) else "object"


def _placed_as_subject(tokens, lower, before: int) -> bool:
    if before < 0 or tokens[before].is_punct or lower[before] in SUBJECT_BEFORE:
        return True
    if lower[before] in PREPOSITIONS:
        # "the government in Rome", "the government of Denmark" name the government; "Moscow's ambassador in
        # Oslo" names where an envoy serves.
        return before > 0 and lower[before] in ("in", "of", "at", "from") and lower[before - 1] in GOVERNMENT \
            and not (lower[before] in ("in", "at") and lower[before - 1] in ENVOYS)
    return not tokens[before].is_lower


def _demonym_like(words) -> bool:
    text = words[-1].text
    return text.endswith(DEMONYM_ENDINGS) and not text.endswith(("stan", "jan", "pan", "ran", "dan", "man", "wan"))


def _negation(lower, start, end, inside: bool) -> int | None:
    """Index of the negator of the cue: among the auxiliaries just before it,
    or inside it for cues whose patterns allow one, or a refusal to do it
    ("has refused to rule out")."""
    if start >= 2 and lower[start - 1] == "to" and lower[start - 2] in ("refused", "refuses", "declined", "declines",
                                                                        "failed", "fails", "refusing", "declining"):
        return start - 2
    if inside:
        for index in range(start, end):
            if lower[index] in NEGATORS and not _not_only(lower, index):
                return index
    index = start - 1
    while index >= 0 and start - index <= 6:
        if lower[index] in NEGATORS:
            return None if _not_only(lower, index) else index
        if lower[index] == "nothing" and start - index <= 3:
            return index    # "nothing should be ruled out", "nothing has been decided"
        # "is no longer willing", "no longer rules out": a negation of what held before.
        if lower[index] == "longer" and index > 0 and lower[index - 1] == "no":
            return index - 1
        if lower[index] not in AUXILIARIES:
            return None
        index -= 1
    return None


def _not_only(lower, index) -> bool:
    """"is not only ready to send troops but also …": "not only" adds, it negates nothing."""
    # "is not the only country ready to deploy", "not alone in": others too, not a negation
    return index + 1 < len(lower) and lower[index] == "not" and (
        lower[index + 1] in ("only", "merely", "just", "alone") or lower[index + 1:index + 3] == ["the", "only"])


def _governed(lower, cues, rule, start) -> bool:
    """A commitment inside another cue's scope ("reluctant to commit troops",
    "yet to say whether it will contribute") is no commitment."""
    if rule.stance not in ("committed",) and rule.negated not in ("ruled_out",):
        return False
    for other, _other_start, other_end in cues:
        if other is not rule and other_end <= start and start - other_end <= 3 and other.stance != "committed" \
                and not BOUNDARIES & set(lower[other_end:start]):
            return True
    if start >= 2 and lower[start - 1] == "to" and lower[start - 2] in ("when", "how", "where", "what", "whether"):
        return True     # "differed on when to commit soldiers": a question, not a commitment
    comma = False
    for index in range(start - 1, -1, -1):
        word = lower[index]
        # "Spain will decide whether …, and Portugal pledged …": a clause of its own.
        if word in (";", "but", "while", "whereas") or (word == "and" and index > 0 and lower[index - 1] == ","):
            return False
        # "said before flying home that Poland would not send troops": the cue is in the "that" clause,
        # which the "before" clause does not reach into.
        if word == "that":
            return False
        comma = comma or word == ","
        if word in ("whether", "before") or (word in ("if", "asked") and not comma):
            return True
    return False


# Verbs and nouns of wanting another to act: "France hopes Italy will send troops", "urged Germany to
# commit", "under pressure from Paris to contribute". The cue after them is the wish, not a position.
URGING = {"hopes", "hope", "hoped", "hoping", "urged", "urges", "urge", "urging", "pressed", "presses", "press",
          "pressing", "pressure", "pushed", "pushes", "pushing", "push", "asked", "asks", "asking", "begged",
          "wants", "wanted", "want", "expects", "expected", "expect", "encouraged", "encourages", "encouraging",
          "lobbied", "lobbies", "lobbying", "invited", "invites", "appealed", "appeals", "demanded", "demands",
          "wishes", "wish", "wished", "calls", "called", "calling", "challenged", "challenges", "implored",
          "told", "tells", "persuade", "persuading", "convince", "convincing", "prodded", "nudged"}


def _urged(lower, mentions, start) -> bool:
    """Whether the cue, in its own clause, follows a verb or noun of wanting
    with a country between ("hopes Italy will", "pressure from Paris to"):
    another's wish for it, which is no position of anyone's."""
    named = {i for m in mentions for i in range(m.first, m.last)}
    for index in range(start - 1, -1, -1):
        word = lower[index]
        if word in BOUNDARIES or word in (".", "that"):
            return False
        if word in URGING and any(index < i < start and (i in named or lower[i] in COLLECTIVE)
                                  for i in range(index + 1, index + 5)):
            return True     # "expected about a dozen countries to commit troops", "urged allies to"
    return False


def _judged(lower, cues, rule, end) -> bool:
    """"dismissed the plan as a provocation": the judgement is the position."""
    if rule.stance != "ruled_out":
        return False
    return any(other.stance == "opposed" and 0 <= other_start - end <= 4 and "as" in lower[end:other_start]
               for other, other_start, _other_end in cues)


def _has_yet(lower, start, end) -> bool:
    return "yet" in lower[max(0, start - 4):end]


TIMING = {"once", "after", "when", "as", "until", "till"}
LIMITING = {"if", "with", "under", "on", "provided", "providing", "unless", "in", "through", "within", "as"}


def _only(lower, start, end) -> bool:
    """"would only take part if", "would join only a mission with a UN
    mandate": a commitment under a condition; "only once a ceasefire
    holds", "only after a truce" only time it, as the curators read it."""
    # "not only … but also" adds; "the only country ready" names, it restricts nothing
    if any(word == "only" and not (i > 0 and lower[i - 1] in ("not", "the"))
           for i, word in enumerate(lower[max(0, start - 3):end], start=max(0, start - 3))):
        for word in lower[end:]:
            if word in TIMING:
                return False
            if word in LIMITING - {"in", "as", "on", "within", "through"} or word in (";", "but", "while"):
                break
        return True
    for index in range(end, len(lower)):
        if lower[index] in BOUNDARIES:
            # "would be willing to help, but only under a UN flag": a restriction just past the clause's edge.
            after = index + 1 + (index + 1 < len(lower) and lower[index] == "," and lower[index + 1] == "but")
            if not (after < len(lower) and lower[after] == "only"):
                return False
            index = after
        elif index >= end + 4:
            return False
        if lower[index] == "only":
            following = lower[index + 1:index + 6]
            if following and following[0] in TIMING:
                return False
            return bool(following) and (following[0] in LIMITING or any(
                word in ("with", "under", "that", "which", "if", "provided") for word in following[1:]))
    return False


def _conditional(lower, start, end, if_counts: bool, mentions=()) -> bool:
    """"would … if", "would only …", "will send troops only if": a
    commitment under a condition."""
    if _only(lower, start, end):
        return True
    for index in range(end, len(lower)):
        word = lower[index]
        # "offered to lead a force that would deploy only after a ceasefire": the condition is the force's.
        if word in ("said", "says") and index + 1 < len(lower) and lower[index + 1] == ",":
            continue    # "would go, the minister said, if parliament agreed": a parenthesis
        if word in (";", "but", "while", "whereas", "that", "which", "who", "when", "where", "said", "says"):
            return False
        following = lower[index + 1] if index + 1 < len(lower) else ""
        # "provided that", "providing the US backs it" condition; "with Denmark providing the headquarters",
        # "each providing a company" say who brings what.
        participle = word in ("provided", "providing") and index > 0 and (
            lower[index - 1] in ("each", "both", "all", "also", "jointly", "together", "already", "by", "is", "are",
                                 "was", "were", "has", "have", "had", "be", "been", "being")
            or any(m.last == index for m in mentions))
        if word in BINDING and not participle and (word in ("provided", "providing") or following in (
                "to", "on", "upon") and (word != "subject" or following == "to")):
            return True
        if word == "condition" and index > 0 and lower[index - 1] in ("on", "one", "the"):
            return True
        # "pending a parliamentary vote", "as long as Washington provides air cover": whatever the modal.
        if word == "pending" or (word == "long" and index > 0 and lower[index - 1] in ("as", "so")
                                 and following == "as"):
            return True
        # "if necessary", "if need be" put no condition on taking part.
        if if_counts and not participle and (word in CONDITIONS or word == "condition") and not (
                word == "if" and following in ("necessary", "needed", "required", "need")):
            return True
    return False


def _subject(tokens, lower, mentions, start, end, cue_tokens) -> tuple[list[str], bool, list[str]]:
    """The countries holding the cue, whether "neither … nor" negates it, and
    for "his government" / "her country" the country named before it."""
    subject, negated = _holder(tokens, lower, mentions, start, end, cue_tokens)
    if subject:
        subject = subject + [code for code in _likewise(tokens, lower, mentions, end) if code not in subject]
        subject = subject + [code for code in _co_leader(tokens, lower, mentions, end) if code not in subject]
    antecedent: list[str] = []
    if not subject:
        for index in range(start - 1, 0, -1):
            # "his government", "its new government": the country named before
            if lower[index] in ("government", "country", "nation", "administration", "cabinet") and (
                    lower[index - 1] in ("his", "her", "their", "our", "its")
                    or index > 1 and lower[index - 2] in ("his", "her", "their", "our", "its")
                    and tokens[index - 1].is_lower and tokens[index - 1].is_alpha):
                earlier = [m for m in mentions if m.last <= index - 1 and m.role != "excluded"]
                antecedent = earlier[-1].codes if earlier else []
                break
    return subject, negated, antecedent


def _co_leader(tokens, lower, mentions, end) -> list[str]:
    """"expected to lead the force with France": who leads with it."""
    if lower[end - 1] not in ("lead", "leads", "leading", "co-lead"):
        return []
    for index in range(end, min(end + 5, len(tokens))):
        if lower[index] == "with":
            return [code for m in mentions if m.first in (index + 1, index + 2) for code in m.codes]
        if tokens[index].is_punct:
            return []
    return []


def _likewise(tokens, lower, mentions, end) -> list[str]:
    """"…, as is Russia", "as does Slovakia": a country sharing the stance."""
    for index in range(end, len(tokens) - 2):
        if lower[index] in (";", "but", "while", "whereas"):
            return []
        if lower[index] in ("as", "so") and lower[index + 1] in ("is", "are", "does", "do", "has", "have", "did",
                                                                  "was", "were"):
            first = index + 2 + (lower[index + 2] == "the")
            return [code for m in mentions if m.first == first for code in m.codes]
        # "…, and Bulgaria has said much the same": the later country says what the cue says
        same = next((m for m in mentions if m.first == index + 1 and m.role != "excluded"), None)
        if same is not None and lower[index] in ("and", ","):
            tail = lower[same.last:same.last + 6]
            said = tail[:tail.index("same")] if "same" in tail else []
            if said and set(said) <= SAYING_SAME and set(said) & SAID_SAME:
                return list(same.codes)
    return []


SAYING_SAME = {"has", "have", "had", "said", "says", "say", "did", "does", "do", "done", "much", "very", "the",
               "largely", "roughly", "exactly", "essentially", "signalled", "signaled", "since"}
SAID_SAME = {"said", "says", "say", "did", "does", "do", "done", "signalled", "signaled"}   # a saying, not "has the same problem"


# What a threat is called, and the cues a threat is voiced in: "Russian warnings that … would be treated as
# combatants".
THREATS = {"warnings", "warning", "threats", "threat", "threatening"}
OPPOSED_HEADS = {"treated", "regarded", "considered", "seen", "viewed", "deemed", "declared", "legitimate",
                 "legal", "military", "prime", "fair"}
# Verbs by which a country takes up another's position as its own: "echoed Moscow's opposition".
SHARING = {"echoed", "echoes", "echo", "shares", "shared", "share", "mirrored", "mirrors", "matched", "matches",
           "joined", "joins", "repeated", "repeats"}


def _holder(tokens, lower, mentions, start, end, cue_tokens) -> tuple[list[str], bool]:
    ending_at = {mention.last - 1: mention for mention in mentions}
    weak = None
    # "criticised Hungary's refusal to contribute", "praised the Polish decision to send troops": the
    # position named by a noun is its possessor's, whoever speaks of it.
    if lower[start] in NOMINAL | POSITION_NOUNS:
        at = start - 1 - (start > 0 and lower[start - 1] in ("'s", "’s", "'", "’"))
        owner = ending_at.get(at)
        if owner is not None and (owner.role != "excluded" or at == start - 1) and (at < start - 1 or _demonym_like(
                tokens[owner.first:owner.last])) and not _not_government(lower, owner):
            codes, negated = _coordinated(tokens, lower, mentions, owner)
            verb = owner.first - 1 - (owner.first > 1 and lower[owner.first - 1] == "the")
            if verb > 0 and lower[verb] in SHARING:
                # "Belarus has echoed Moscow's opposition": the one echoing holds it too
                sharer, _negated = _holder(tokens, lower, mentions, verb, verb + 1, cue_tokens)
                codes = codes + [code for code in sharer if code not in codes]
            return codes, negated
    # "praised Finland for committing troops", "thanked Canada for its offer": the one praised holds it.
    before = [m for m in mentions if m.last <= start and m.role == "object"]
    if before and "for" in lower[before[-1].last:start] and set(lower[before[-1].last:start]) <= {
            "for", "its", "their", "the", "his", "her", "having"}:
        praised = [before[-1]]
        for earlier in reversed(before[:-1]):    # "thanked Britain and France for their readiness"
            if not set(lower[earlier.last:praised[-1].first]) <= {",", "and", "the"}:
                break
            praised.append(earlier)
        return [code for m in reversed(praised) for code in m.codes], False
    # "an offer of troops from Belgium", "a contribution from Norway is expected": whose offer it is.
    source = next((m for m in mentions if m.role == "source" and start < m.first <= end + 1), None)
    if source is not None:
        return _coordinated(tokens, lower, mentions, _last_listed(lower, mentions, source))
    index = start - 1
    blocked = False
    while index >= 0:
        mention = ending_at.get(index)
        if mention is not None:
            if mention.role in ("subject", "source"):
                return _coordinated(tokens, lower, mentions, mention)
            if mention.role == "weak" and weak is None:
                weak = mention
            index = mention.first - 1
            continue
        word = lower[index]
        if word == "that" and index >= 2 and lower[index - 1] in THREATS and start < len(lower) \
                and lower[start] in OPPOSED_HEADS:
            # "dismissed Russian warnings that European soldiers would be treated as combatants"
            owner = ending_at.get(index - 2) or ending_at.get(index - 3) if lower[index - 2] in ("'s", "’s") \
                else ending_at.get(index - 2)
            if owner is not None:
                return owner.codes, False
        if word in ("that", "which", "who") and index > 0 and lower[index - 1] in TOPIC:
            # "a force that would deploy …": the relative clause's subject is the force.
            blocked = True
            break
        # "Belarus, which …", "the mood in Slovakia, where Prime Minister Robert Fico has …"
        if word == "whose" and index >= 2 and lower[index - 1] == "," and ending_at.get(index - 2) is not None:
            # "next to Spain, Italy and Greece, whose governments have given no firm answer": the whole list
            last = ending_at[index - 2]
            chosen = [last]
            for earlier in reversed([m for m in mentions if m.last <= last.first]):
                if not set(lower[earlier.last:chosen[-1].first]) <= {",", "and", "the", "or"}:
                    break
                chosen.append(earlier)
            return [code for m in reversed(chosen) for code in m.codes], False
        if word in ("which", "who", "where") and index >= 2 and lower[index - 1] == ",":
            antecedent = ending_at.get(index - 2)
            if antecedent is None and index >= 3 and lower[index - 2] in GOVERNMENT | {
                    "neighbours", "neighbors", "allies", "partners"}:
                antecedent = ending_at.get(index - 3)   # "its Baltic neighbours, which have all offered troops"
            if antecedent is not None and antecedent.role != "excluded":
                return _coordinated(tokens, lower, mentions, antecedent)
        if word in BOUNDARIES and index + 1 < start and not (
                word == "-" and index > 0 and not tokens[index - 1].whitespace_):    # "Self-Defense Forces"
            opener = index + 1
            if opener not in cue_tokens and opener not in ending_at and not any(
                    m.first == opener for m in mentions) and (
                    lower[opener] in NOUN_PHRASE or (tokens[opener].is_title and lower[opener] not in AUXILIARIES
                                                     and lower[opener] not in SUBJECT_BEFORE)):
                if word == "and" and index > 0 and index - 1 in ending_at \
                        and ending_at[index - 1].role == "subject" and lower[opener] in ("other", "others"):
                    return _coordinated(tokens, lower, mentions, ending_at[index - 1])
                # "Belarus, a close ally of Moscow, said …": an apposition, not a clause.
                named = ending_at.get(index - 1)
                closed = "," in lower[opener:start]
                if word == "," and named is not None and named.role == "subject" and closed:
                    return _coordinated(tokens, lower, mentions, named)
                if not (lower[opener] in ("which", "who") and closed) and not (
                        word == "and" and _verbless(lower, opener, start)):
                    # a relative clause closed before the cue is not the cue's clause: walk on past it;
                    # nor is a noun joined by "and" ("helicopters and a field hospital, but …")
                    blocked = True
                    break
        index -= 1
    agent = _agent(lower, mentions, end)
    if agent is not None:
        # "sent by Britain, France and Denmark": the whole list of agents
        codes = list(agent.codes)
        for later in mentions:
            if later.first >= agent.last and set(lower[agent.last:later.first]) <= {",", "and", "the"}:
                codes += [code for code in later.codes if code not in codes]
                agent = later
        return codes, False
    if weak is not None:
        trailing = _trailing(tokens, lower, mentions, end)
        # "British and French troops will go": every country the troops are listed by.
        return (trailing.codes if trailing else _coordinated(tokens, lower, mentions, weak)[0]), False
    if not blocked:
        fronted = _fronted(tokens, lower, mentions, start, end)
        if fronted is not None:
            return _coordinated(tokens, lower, mentions, fronted)
    listed = _listed(tokens, lower, mentions, end)
    if listed:
        return listed, False
    in_mentions = {i for m in mentions for i in range(m.first, m.last)}
    clause_start = max((i + 1 for i in range(start) if lower[i] in (";", "while", "whereas", "but")), default=0)
    if blocked or AGENTS & {lower[i] for i in range(clause_start, start) if i not in in_mentions}:
        # "No country has yet offered troops, Spain said": the cue has a holder, and it is not Spain.
        return [], False
    trailing = _trailing(tokens, lower, mentions, end)
    if trailing is not None:
        return trailing.codes, False
    return [], False


def _last_listed(lower, mentions, mention: _Mention) -> _Mention:
    """The last of the countries listed from `mention` on: "from Sweden and Finland"."""
    for later in mentions:
        if later.first >= mention.last and set(lower[mention.last:later.first]) <= {",", "and", "the"}:
            mention = later
    return mention


def _verbless(lower, opener, start) -> bool:
    """Whether the words from `opener` to the next clause edge before the
    cue hold no verb, so are a noun joined to the one before."""
    for index in range(opener, start):
        word = lower[index]
        if word in (",", ";", "but", "while", "whereas"):
            return index < start
        if word in AUXILIARIES - {"as", "of", "for", "its", "part", "at", "least", "it", "that", "they", "he", "she",
                                  "we", "i", "so", "far", "too", "only", "then", "today"} \
                or word in REPORTING or word.endswith("ed"):
            return False
    return False


def _coordinated(tokens, lower, mentions, mention: _Mention) -> tuple[list[str], bool]:
    """The mention with those listed before it: "Paris, Berlin and London"."""
    chosen = [mention]
    negated = False
    linkers = {",", "and", "or", "nor", "neither", "both", "either", "the", "as", "well", "along", "together",
               "with", "alongside", "plus", "&"}
    by_last = {m.last: m for m in mentions}
    current = mention
    while True:
        index = current.first
        words = []
        while index > 0 and lower[index - 1] in linkers and index - 1 not in {m.last - 1 for m in mentions}:
            index -= 1
            words.append(lower[index])
        previous = by_last.get(index)
        if previous is None and index > 0 and lower[index - 1] in ("countries", "states", "nations"):
            previous = by_last.get(index - 1)     # "the Benelux countries and Denmark"
        if previous is None or not words or not ({",", "and", "or", "nor", "alongside", "plus", "&", "with"}
                                                  & set(words)):
            break
        if "with" in words and not ({"together", "along"} & set(words)):
            break
        if previous.role not in ("subject", "weak", "source"):
            break
        negated = negated or "nor" in words
        chosen.append(previous)
        current = previous
    # "Britain, along with France, is ready": listed after the subject.
    for later in mentions:
        if later.first <= mention.last:
            continue
        between = lower[mention.last:later.first]
        joined = " ".join(between)
        if set(between) <= linkers | {"like"} and any(
                phrase in f" {joined} " for phrase in (" along with ", " together with ", " as well as ",
                                                       " alongside ", " like ")):
            chosen.insert(0, later)
        break
    first = chosen[-1].first
    if first > 0 and lower[first - 1] == "neither":
        negated = True
    codes = []
    for m in reversed(chosen):
        codes.extend(code for code in m.codes if code not in codes)
    return codes, negated


def _agent(lower, mentions, end) -> _Mention | None:
    """"was ruled out by Rome": the passive's agent holds the position."""
    for index in range(end, min(end + 3, len(lower))):
        if lower[index] == "by":
            for mention in mentions:
                if mention.first in (index + 1, index + 2) and mention.role != "excluded":
                    return mention
            return None
    return None


def _fronted(tokens, lower, mentions, start, end) -> _Mention | None:
    """"Reluctant to commit troops, Germany …": a cue opening the sentence
    belongs to the subject right after its clause's comma."""
    if any(not tokens[i].is_punct and lower[i] not in AUXILIARIES | FRONTING for i in range(start)):
        return None
    comma = next((i for i in range(end, len(tokens)) if tokens[i].text == ","), None)
    if comma is None:
        return None
    for mention in mentions:
        if mention.role == "subject" and (mention.first == comma + 1 or (
                mention.first == comma + 2 and lower[comma + 1] == "the")):
            return mention
    return None


def _listed(tokens, lower, mentions, end) -> list[str]:
    """"Countries ready to send troops include Britain and France", "…, such
    as Hungary and Slovakia": the countries listed as the cue's holders."""
    for index in range(end, len(tokens)):
        word = lower[index]
        if word in (";", "while", "whereas", "but", "although", "though"):
            return []
        if word not in LISTING:
            continue
        if index + 1 < len(tokens) and lower[index + 1] in ("whether", "if", "that", "how"):
            return []   # "Among the questions for Paris is whether the US will …": a question, not its holders
        first = next((m for m in mentions if index < m.first <= index + 3), None)
        if first is None or first.role == "excluded":
            return []
        chosen = [first]
        for later in mentions:
            if later.first <= chosen[-1].first:
                continue
            between = lower[chosen[-1].last:later.first]
            if not set(between) <= {",", "and", "(", ")", "the", "as", "well", "or"}:
                break
            chosen.append(later)
        codes: list[str] = []
        for mention in chosen:
            codes.extend(code for code in mention.codes if code not in codes)
        return codes
    return []


def _trailing(tokens, lower, mentions, end) -> _Mention | None:
    """"…, Moscow warned" / "…, said the Kremlin": the speaker named after it."""
    for mention in mentions:
        if mention.first <= end:
            continue
        after = mention.last
        before = mention.first - 1
        while before > end and (lower[before] in SKIPPED_BEFORE or lower[before] in ("a", "an", "one")):
            before -= 1
        # "the Kremlin's spokesman said", "a Danish official said".
        while after < len(tokens) and (lower[after] in GOVERNMENT or lower[after] in ("'s", "’s", "senior", "top")):
            after += 1
        # "a Kremlin spokesman, Yuri Sokolov, said"
        if after < len(tokens) and lower[after] == "," and after > mention.last:
            name = after + 1
            while name < len(tokens) and tokens[name].is_title:
                name += 1
            if name > after + 1 and name < len(tokens) and lower[name] == ",":
                after = name + 1
        after_comma = tokens[before].text in (",", "”", "’", '"') or tokens[before].is_quote
        if after < len(tokens) and lower[after] in REPORTING and after_comma:
            return mention
        # "…, said the Kremlin", "“…,” said Portuguese Prime Minister Luís Montenegro"
        if lower[before] in REPORTING and before - 1 > end and (tokens[before - 1].text == "," or (
                tokens[before - 1].is_quote and tokens[before - 2].text == ",")):
            return mention
    return None
