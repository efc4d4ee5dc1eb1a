import datetime as dt
import io
import json
import tarfile

import pytest

from tracker import gazetteer
from tracker.articles import read_article
from tracker.countries import check_code
from tracker.draft import draft, pipeline
from tracker.gazetteer import countries, mentions


def _found(text):
    return [(mention.surface, mention.code, mention.form) for mention in mentions(text)]


@pytest.mark.parametrize("text, expected", [
    # Names and common short names, on every continent.
    ("Britain, the US and America agreed.",
     [("Britain", "GBR", "short"), ("US", "USA", "short"), ("America", "USA", "short")]),
    ("Holland and the Netherlands are one; so are Czechia and the Czech Republic.",
     [("Holland", "NLD", "short"), ("Netherlands", "NLD", "name"), ("Czechia", "CZE", "name"),
      ("Czech Republic", "CZE", "name")]),
    ("Türkiye, Turkiye and Turkey hosted Brazil, Kenya and Vietnam.",
     [("Türkiye", "TUR", "name"), ("Turkiye", "TUR", "name"), ("Turkey", "TUR", "short"),
      ("Brazil", "BRA", "name"), ("Kenya", "KEN", "name"), ("Vietnam", "VNM", "name")]),
    ("The U.S. and the U.K. met the Russian Federation and Côte d’Ivoire.",
     [("U.S.", "USA", "short"), ("U.K.", "GBR", "short"), ("Russian Federation", "RUS", "name"),
      ("Côte d’Ivoire", "CIV", "short")]),
    ("Kosovo and Serbia talked.", [("Kosovo", "XKX", "name"), ("Serbia", "SRB", "name")]),
    # Demonyms and adjectives, singular and plural.
    ("Australian, Danish, Dutch and British troops joined Nigerian and Peruvian observers.",
     [("Australian", "AUS", "demonym"), ("Danish", "DNK", "demonym"), ("Dutch", "NLD", "demonym"),
      ("British", "GBR", "demonym"), ("Nigerian", "NGA", "demonym"), ("Peruvian", "PER", "demonym")]),
    ("Canadians, Danes, Poles and Indonesians voted.",
     [("Canadians", "CAN", "demonym"), ("Danes", "DNK", "demonym"), ("Poles", "POL", "demonym"),
      ("Indonesians", "IDN", "demonym")]),
    # Capitals standing for governments.
    ("Ankara, Tokyo, Wellington, Canberra, Ottawa, Warsaw, Kyiv and Kiev replied.",
     [("Ankara", "TUR", "capital"), ("Tokyo", "JPN", "capital"), ("Wellington", "NZL", "capital"),
      ("Canberra", "AUS", "capital"), ("Ottawa", "CAN", "capital"), ("Warsaw", "POL", "capital"),
      ("Kyiv", "UKR", "capital"), ("Kiev", "UKR", "capital")]),
    ("Pretoria, Brasília, Brasilia and The Hague disagreed.",
     [("Pretoria", "ZAF", "capital"), ("Brasília", "BRA", "capital"), ("Brasilia", "BRA", "capital"),
      ("The Hague", "NLD", "capital")]),
    # Seats of power, accents optional.
    ("The Kremlin, the White House, Downing Street and Number 10 spoke, as did No 10.",
     [("Kremlin", "RUS", "seat"), ("White House", "USA", "seat"), ("Downing Street", "GBR", "seat"),
      ("Number 10", "GBR", "seat"), ("No 10", "GBR", "seat")]),
    ("The Elysée, the Elysee, the Chancellery and Capitol Hill objected.",
     [("Elysée", "FRA", "seat"), ("Elysee", "FRA", "seat"), ("Chancellery", "DEU", "seat"),
      ("Capitol Hill", "USA", "seat")]),
])
def test_every_form_an_article_uses(text, expected):
    assert _found(text) == expected


def test_a_group_stands_for_each_of_its_members():
    found = mentions("The Baltic states and the Nordic countries backed the Benelux plan at the G7.")
    assert [(m.surface, m.code) for m in found] == [
        ("Baltic states", "EST"), ("Baltic states", "LVA"), ("Baltic states", "LTU"),
        ("Nordic countries", "DNK"), ("Nordic countries", "FIN"), ("Nordic countries", "ISL"),
        ("Nordic countries", "NOR"), ("Nordic countries", "SWE"),
        ("Benelux", "BEL"), ("Benelux", "NLD"), ("Benelux", "LUX"),
        ("G7", "CAN"), ("G7", "FRA"), ("G7", "DEU"), ("G7", "ITA"), ("G7", "JPN"), ("G7", "GBR"), ("G7", "USA"),
    ]
    assert {m.form for m in found} == {"group-member"}
    assert all(text_at == m.surface for m in found
               for text_at in ["The Baltic states and the Nordic countries backed the Benelux plan at the G7."
                               [m.start:m.end]])


def test_a_group_adjective_alone_stands_for_the_group_but_not_its_sea():
    assert [m.code for m in mentions("Baltic leaders met in a Baltic Sea port.")] == ["EST", "LVA", "LTU"]


@pytest.mark.parametrize("text, expected", [
    ("South Sudan and Sudan", ["SSD", "SDN"]),
    ("Papua New Guinea, Equatorial Guinea, Guinea-Bissau and Guinea", ["PNG", "GNQ", "GNB", "GIN"]),
    ("New Zealand, not Zealand", ["NZL"]),
    ("Niger and Nigeria, Nigerien and Nigerian", ["NER", "NGA", "NER", "NGA"]),
    ("Dominica and the Dominican Republic", ["DMA", "DOM"]),
    ("Northern Ireland and Ireland, Northern Irish and Irish", ["GBR", "IRL", "GBR", "IRL"]),
    # Plain "Congo" is the Democratic Republic, as AP and Reuters write it.
    ("Congo, DR Congo, the Democratic Republic of the Congo, the Republic of the Congo, Congo-Brazzaville",
     ["COD", "COD", "COD", "COG", "COG"]),
])
def test_the_longest_name_wins(text, expected):
    assert [m.code for m in mentions(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # Georgia: the US state by its governor, its cities, or an article about Atlanta.
    ("Georgia's governor signed the bill.", []),
    ("The storm reached Savannah, Georgia overnight.", []),
    ("Crowds gathered in Atlanta. Georgia expects more rain.", []),
    ("Georgia and Moldova asked to join.", ["GEO", "MDA"]),
    ("Protesters in Tbilisi said Georgia would not bow, while Atlanta media watched.", ["GEO", "GEO"]),
    # Jordan and Chad as people's names; still countries otherwise.
    ("Jordan Bardella spoke after Chad Smith.", []),
    ("Jordan and Chad sent observers, and Jordan's king spoke.", ["JOR", "TCD", "JOR"]),
    ("The team of Michael Jordan won.", []),
    # The bird and the verb are lower case; "turkey" is never Turkey.
    ("We ate turkey with the Turkish ambassador.", ["TUR"]),
    ("Roast Turkey sandwiches were served.", []),
    # "us" the pronoun, also in a line of capitals.
    ("Let us go, said the US envoy.", ["USA"]),
    ("TELL US WHAT YOU THINK", []),
    # Not countries at all.
    ("Brussels and NATO met on the Black Sea coast.", []),
    ("A Guinea pig crossed the Gulf of Guinea to New Guinea.", []),
    ("They drank Turkish coffee and played Russian roulette.", []),
    ("Troops from the Baltic Sea region.", []),
    ("Chile peppers from Chile and Peru.", ["CHL", "PER"]),
    # Washington: the government, never the state, the paper or the man.
    ("Washington said it would help.", ["USA"]),
    ("Washington state and the Washington Post disagreed with George Washington.", []),
    ("Officials in Washington, D.C. said so.", ["USA"]),
    ("Paris Hilton was in Paris on Monday.", ["FRA"]),
    # Surnames that are countries or capitals, after a given name mid-sentence.
    ("A novel by Jack London and a talk by Jimmy Wales.", []),
    ("Rallies in East London and West Berlin.", ["GBR", "DEU"]),
])
def test_look_alikes_are_not_countries(text, expected):
    assert [m.code for m in mentions(text)] == expected


def test_a_seat_after_its_country_is_that_country_once():
    # "the Chancellery" alone is Berlin's; after "Austrian" it is Vienna's.
    assert _found("The Austrian Chancellery and the Chancellery replied.") == [
        ("Austrian", "AUT", "demonym"), ("Chancellery", "DEU", "seat")]


def test_a_title_case_headline_keeps_its_countries():
    # Every word is capitalised there, so a capital after "Georgia" says nothing.
    assert countries("Georgia Says It Will Not Send Troops") == ["GEO"]


def test_countries_lists_each_code_once():
    assert countries("Poland, Warsaw, Polish and the Poles; Japan and Tokyo.") == ["JPN", "POL"]


def test_the_shipped_dataset_covers_every_country_with_valid_codes():
    table = json.loads(gazetteer.COUNTRIES_JSON.read_text(encoding="utf-8"))["countries"]
    codes = [country["code"] for country in table]
    assert len(codes) == 250 and len(set(codes)) == 250
    assert "XKX" in codes and "UNK" not in codes
    assert all(check_code(code) == code for code in codes)


def _package(tmp_path, licence="ODbL-1.0"):
    entries = [
        {"cca3": "UNK", "name": {"common": "Kosovo", "official": "Republic of Kosovo"},
         "altSpellings": ["XK", "Република Косово"], "demonyms": {"eng": {"m": "Kosovar", "f": "Kosovar"}},
         "capital": ["Pristina"], "independent": None},
        {"cca3": "FRA", "name": {"common": "France", "official": "French Republic"},
         "altSpellings": ["FR", "République française"], "demonyms": {"eng": {"m": "French", "f": "French"}},
         "capital": ["Paris"], "independent": True},
    ]
    path = tmp_path / "world-countries.tgz"
    with tarfile.open(path, "w:gz") as archive:
        for name, content in (("package/countries.json", entries),
                              ("package/package.json", {"licenses": [{"type": licence}]})):
            data = json.dumps(content).encode()
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return path


def test_build_trims_the_package_and_names_kosovo_xkx(tmp_path):
    target = tmp_path / "countries.json"
    gazetteer.build(_package(tmp_path), target)
    written = json.loads(target.read_text(encoding="utf-8"))
    assert "ODbL-1.0" in written["source"]
    assert written["countries"] == [
        {"code": "FRA", "name": "France", "official": "French Republic", "alt": ["FR", "République française"],
         "demonyms": ["French"], "capitals": ["Paris"], "independent": True},
        {"code": "XKX", "name": "Kosovo", "official": "Republic of Kosovo", "alt": ["XK"],
         "demonyms": ["Kosovar"], "capitals": ["Pristina"], "independent": False},
    ]


def test_build_refuses_a_package_whose_licence_changed(tmp_path):
    with pytest.raises(RuntimeError, match="not ODbL-1.0"):
        gazetteer.build(_package(tmp_path, licence="CC-BY-NC-4.0"), tmp_path / "countries.json")


def test_a_rebuild_from_a_local_package_other_than_the_release_is_refused_and_writes_nothing(tmp_path, capsys):
    before = gazetteer.COUNTRIES_JSON.read_bytes()
    assert gazetteer.main(["--source", str(_package(tmp_path))]) == 1
    error = capsys.readouterr().err
    assert "world-countries.tgz is not world-countries 5.1.0 as npm published it" in error
    assert gazetteer.COUNTRIES_JSON.read_bytes() == before


def test_the_drafter_marks_countries_and_groups_as_entities():
    doc = pipeline()("Dutch Defence Minister Anna Vries said the Kremlin and the Baltic states disagreed.")
    entities = [(e.text, e.label_, e.ent_id_) for e in doc.ents]
    assert entities == [("Dutch", "COUNTRY", "NLD"), ("Defence Minister", "ROLE", ""),
                        ("Kremlin", "COUNTRY", "RUS"), ("Baltic states", "GROUP", "EST,LVA,LTU")]


def test_the_drafter_proposes_countries_named_by_capital_and_outside_europe(corpus_folder):
    corpus_folder.article("far.txt", dt.date(2025, 3, 19), [
        "Canada and Australia said on Monday they would consider sending troops.",
        "New Zealand said last week that it had concerns about the mission.",
        "Ankara said on Tuesday it was ready to help keep the Black Sea open.",
        "Tokyo ruled out any deployment on Tuesday.",
    ])
    path = corpus_folder.seeds / "far.txt"
    drafted = draft(path, read_article(path))
    proposed = set(drafted.article.get("countries", []))
    proposed |= {fact["country"] for fact in drafted.stances + drafted.quotes if fact.get("country")}
    proposed |= {code for event in drafted.events for code in event["countries"]}
    assert proposed == {"CAN", "AUS", "NZL", "TUR", "JPN"}
