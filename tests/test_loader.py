import datetime as dt
import errno
import os

import pandas as pd
import pytest
import yaml

from tests.conftest import SEED_ARTICLE, seed_facts
from tests.test_files import within_a_minute
from tracker import files, load_corpus, loader, yamlfile
from tracker.articles import parse_article
from tracker.errors import Problem
from tracker.loader import fingerprint, folder_sources, load_sources, upload_source
from tracker.evidence import normalize
from tracker.schema import COLUMNS


@pytest.fixture(scope="module")
def seed():
    return load_corpus()


def test_seed_loads_without_problems(seed):
    assert seed.problems == []
    assert list(seed.articles["article_id"]) == ["menafn-2025-04-19-kallas-coalition-divided"]
    article = seed.articles.iloc[0]
    assert article["published"] == pd.Timestamp("2025-04-19")
    assert article["outlet"] == "MENAFN" and article["agencies"] == ["AFP"]
    assert article["path"] == f"seeds/{SEED_ARTICLE}"


def test_seed_positions_match_the_article(seed):
    position = dict(zip(seed.positions["country"], seed.positions["stance"]))
    assert position == {
        "GBR": "committed", "FRA": "committed", "EST": "committed", "LVA": "committed", "LTU": "committed",
        "NLD": "hesitant", "SWE": "hesitant", "ITA": "ruled_out", "USA": "ruled_out", "RUS": "opposed",
    }
    unnamed = seed.stances[seed.stances["country"].isna()]
    assert sorted(unnamed["stance"]) == ["committed", "hesitant"]
    assert unnamed.loc[unnamed["stance"] == "committed", "count"].tolist() == [1]


def test_seed_quotes_have_kind_speaker_and_resolved_dates(seed):
    quotes = seed.quotes.set_index("text")
    kallas = quotes.loc["have different opinions"]
    assert (kallas["speaker"], kallas["kind"]) == ("Kaja Kallas", "direct")
    # "on Friday" in an article of Saturday 19 April 2025.
    assert (kallas["date_start"], kallas["date_end"], kallas["precision"]) == (
        pd.Timestamp("2025-04-18"), pd.Timestamp("2025-04-18"), "day")
    assert quotes.loc["real and substantial", "speaker"] == "John Healey"
    assert quotes.loc["real and substantial", "kind"] == "direct"
    speakers = set(seed.quotes["speaker"])
    assert {"Kaja Kallas", "John Healey", "Keir Starmer", "Emmanuel Macron", "Ruben Brekelmans", "Pal Jonson",
            "Giorgia Meloni", "Dmitry Medvedev"} <= speakers
    assert set(seed.quotes.loc[seed.quotes["kind"] == "direct", "text"]) == {"have different opinions",
                                                                           "real and substantial"}


def test_seed_events_resolve_to_honest_ranges(seed):
    events = seed.events.set_index("date_text")
    month = seed.events[seed.events["date_text"] == "last month"]
    assert set(month["date_start"]) == {pd.Timestamp("2025-03-01")}
    assert set(month["date_end"]) == {pd.Timestamp("2025-03-31")}
    assert set(month["precision"]) == {"month"}
    recent = seed.events[seed.events["date_text"] == "recent"]
    assert recent["date_start"].isna().all() and set(recent["date_end"]) == {pd.Timestamp("2025-04-19")}
    assert set(recent["precision"]) == {"before"}
    assert events.loc["on Friday", "date_end"] == pd.Timestamp("2025-04-18")


@pytest.mark.parametrize("table", ["stances", "events", "quotes"])
def test_offsets_slice_the_article_to_the_evidence(seed, table):
    text = seed.articles.iloc[0]["text"]
    rows = getattr(seed, table)
    assert len(rows) > 0
    for row in rows.itertuples():
        assert normalize(text[row.start:row.end]) == normalize(row.evidence)


def test_tables_have_the_documented_columns(seed):
    for name, table in seed.tables().items():
        assert list(table.columns) == COLUMNS[name]


def test_evidence_matches_despite_quote_dash_and_space_variants(seed_folder):
    facts = seed_facts()
    facts["quotes"][1]["evidence"] = 'said that member nations\n  "have different opinions,"'
    facts["stances"][0]["evidence"] = "have so far committed to sending troops - the UK"
    seed_folder.facts_file("000_57bb9920ab05aaff.yaml", facts)
    corpus = load_corpus(seed_folder.facts, seed_folder.seeds)
    assert corpus.problems == []
    text = corpus.articles.iloc[0]["text"]
    quote = corpus.quotes.iloc[1]
    assert text[quote.start:quote.end] == "said that member nations “have different opinions,”"


def _only_problem(corpus):
    assert len(corpus.problems) == 1, corpus.problems
    return corpus.problems[0]


def _set(section, key, value):
    def change(data):
        target = data[section][0] if isinstance(data[section], list) else data[section]
        if value is None:
            target.pop(key)
        else:
            target[key] = value
    return change


def _rename(section, old, new):
    def change(data):
        data[section][0][new] = data[section][0].pop(old)
    return change


BAD_INPUTS = {
    # case: (change to a valid file, or the file's text; field; words the message must hold)
    "bad yaml": ("stances:\n  - country: FRA\n   stance: committed\n", "", "not valid YAML"),
    "unknown country": (_set("stances", "country", "XYZ"), "stances[0].country", "unknown country code 'XYZ'"),
    "lowercase country": (_set("stances", "country", "fra"), "stances[0].country", "FRA for France"),
    "unknown stance": (_set("stances", "stance", "maybe"), "stances[0].stance", "'maybe' is not allowed"),
    "typo in a field": (_rename("stances", "stance", "stnace"), "stances[0].stnace", "unknown field 'stnace'"),
    "evidence not in article": (_set("stances", "evidence", "Germany has committed troops."),
                                "stances[0].evidence", "passage not found in the article"),
    "unparseable date": (_set("events", "date", "the twelfth of never"), "events[0].date",
                         "cannot read 'the twelfth of never' as a date"),
    "date after publication": (_set("events", "date", "2025-06-01"), "events[0].date",
                               "after the article's publication"),
    "missing article file": (_set("article", "file", "nowhere.txt"), "article.file",
                             "article file 'nowhere.txt' not found"),
    "missing required field": (_set("quotes", "speaker", None), "quotes[0].speaker", "required field is missing"),
    "direct quote not in its evidence": (_set("quotes", "text", "we are ready"), "quotes[0].text",
                                         "must appear in its evidence"),
    # The evidence reads “not yet decided”: "yet decide" is only inside its words.
    "direct quote ending inside a word": (_set("quotes", "text", "yet decide"), "quotes[0].text",
                                          "must appear in its evidence"),
    "invisible character in a field's name": (_rename("stances", "stance", "stance\u200b"),
                                              "stances[0].stance\\u200b", "unknown field"),
}


@pytest.mark.parametrize("case", BAD_INPUTS, ids=list(BAD_INPUTS))
def test_each_bad_input_is_reported_precisely_and_the_good_file_still_loads(corpus_folder, case):
    change, field, expected = BAD_INPUTS[case]
    corpus_folder.simple("good")
    data = corpus_folder.simple("bad", country="POL")
    if isinstance(change, str):
        corpus_folder.facts_file("bad.yaml", change)
    else:
        change(data)
        corpus_folder.facts_file("bad.yaml", data)

    corpus = load_corpus(corpus_folder.facts, corpus_folder.seeds)

    assert corpus.problems and all(p.file.endswith("bad.yaml") for p in corpus.problems)
    matching = [p for p in corpus.problems if p.field == field and expected in p.message]
    assert matching, corpus.problems
    assert matching[0].line is not None
    assert list(corpus.articles["article_id"]) == ["good"]
    assert list(corpus.positions["country"]) == ["DEU"]


def test_problem_line_points_at_the_offending_field(corpus_folder):
    corpus_folder.simple("good")
    data = corpus_folder.simple("bad")
    data["stances"][0]["country"] = "XYZ"
    path = corpus_folder.facts_file("bad.yaml", data)
    problem = _only_problem(load_corpus(corpus_folder.facts, corpus_folder.seeds))
    assert "country: XYZ" in path.read_text().splitlines()[problem.line - 1]
    assert str(problem).startswith(f"{path.as_posix()}:{problem.line}: stances[0].country: unknown country code")


def test_duplicate_article_id_keeps_the_first_file_and_names_it(corpus_folder):
    corpus_folder.simple("alpha")
    corpus_folder.simple("beta", country="POL")
    data = corpus_folder.simple("beta", country="POL")
    data["article"]["id"] = "alpha"
    corpus_folder.facts_file("beta.yaml", data)
    corpus = load_corpus(corpus_folder.facts, corpus_folder.seeds)
    problem = _only_problem(corpus)
    assert problem.field == "article.id" and problem.file.endswith("beta.yaml")
    assert "already used by" in problem.message and "alpha.yaml" in problem.message
    assert list(corpus.articles["article_id"]) == ["alpha"]


def test_all_problems_of_a_file_are_reported_together(corpus_folder):
    data = corpus_folder.simple("bad")
    data["stances"][0]["country"] = "XYZ"
    data["quotes"][0]["kind"] = "shouted"
    corpus_folder.facts_file("bad.yaml", data)
    corpus = load_corpus(corpus_folder.facts, corpus_folder.seeds)
    assert {p.field for p in corpus.problems} == {"stances[0].country", "quotes[0].kind"}
    assert corpus.articles.empty


def test_ambiguous_evidence_is_an_error(corpus_folder):
    corpus_folder.article("twice.txt", dt.date(2025, 5, 1), ["France is ready.", "France is ready."])
    corpus_folder.facts_file("twice.yaml", {
        "article": {"id": "twice", "file": "twice.txt", "title": "t", "outlet": "o", "published": "2025-05-01"},
        "stances": [{"country": "FRA", "stance": "committed", "evidence": "France is ready."}],
    })
    problem = _only_problem(load_corpus(corpus_folder.facts, corpus_folder.seeds))
    assert "occurs more than once" in problem.message


def test_publication_date_must_match_the_article_header(corpus_folder):
    data = corpus_folder.simple("late")
    data["article"]["published"] = "2025-05-11"
    corpus_folder.facts_file("late.yaml", data)
    problem = _only_problem(load_corpus(corpus_folder.facts, corpus_folder.seeds))
    assert problem.field == "article.published" and "header" in problem.message


def test_latest_position_wins_across_articles(corpus_folder):
    corpus_folder.simple("april", published=dt.date(2025, 4, 1), country="DEU", stance="hesitant")
    corpus_folder.simple("june", published=dt.date(2025, 6, 1), country="DEU", stance="committed")
    corpus = load_corpus(corpus_folder.facts, corpus_folder.seeds)
    assert corpus.positions.set_index("country").loc["DEU", "stance"] == "committed"
    assert len(corpus.stances) == 2


def _bomb(levels: int = 9) -> str:
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, levels)]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("text, expected", [
    (_bomb(), "anchors and aliases"),
    ("article: " + "[" * 500 + "]" * 500 + "\n", "nested more than"),
    # Shallow enough to be composed directly: refused on the composed nodes.
    ("article: " + "[" * 13 + "]" * 13 + "\n", "nested more than"),
    ("".join(" " * level + f"k{level}:\n" for level in range(14)) + " " * 14 + "x\n", "nested more than"),
    ("stances:\n" + "- " * 14 + "x\n", "nested more than"),
    ("? " + "[" * 14 + "]" * 14 + "\n: x\n", "nested more than"),
    ("stances: " + "x" * 1_000_001 + "\n", "over the 1,000,000-byte limit"),
    ("stances: 5\n", "Input should be a valid list"),
    ("- just\n- a list\n", "expected a mapping of fields here"),
])
def test_hostile_or_malformed_files_are_refused_quickly_and_precisely(corpus_folder, text, expected):
    corpus_folder.simple("good")
    corpus_folder.facts_file("bad.yaml", text)
    corpus = load_corpus(corpus_folder.facts, corpus_folder.seeds)
    assert [p.file.endswith("bad.yaml") for p in corpus.problems] == [True] * len(corpus.problems)
    assert any(expected in p.message for p in corpus.problems), corpus.problems
    assert list(corpus.articles["article_id"]) == ["good"]


def test_nesting_deep_enough_to_kill_the_process_is_refused_in_the_analysts_words(corpus_folder):
    # LibYAML (0.2.6 on) stops such a file itself, before our own check, in
    # words of its own (the loader rephrases them): either says "too deep".
    corpus_folder.simple("good")
    corpus_folder.facts_file("bad.yaml", "article: " + "[" * 400_000 + "]" * 400_000 + "\n")
    corpus = load_corpus(corpus_folder.facts, corpus_folder.seeds)
    [problem] = corpus.problems
    assert (problem.file, problem.line, problem.field) == (f"{corpus_folder.facts.as_posix()}/bad.yaml", 1, "")
    words = problem.message.lower()
    assert "nest" in words and ("deep" in words or "depth" in words), problem.message
    assert list(corpus.articles["article_id"]) == ["good"]


def test_libyamls_own_nesting_error_is_told_in_the_loaders_words(corpus_folder, monkeypatch):
    # What LibYAML 0.2.6 raises for nesting past its own limit, whatever
    # version is installed here.
    class LibYAMLRefusing(yamlfile._FactsLoader):
        def __init__(self, text):
            super().__init__(text)
            self.refuses = "[[[" in text

        def get_single_node(self):
            if self.refuses:
                mark = yaml.Mark("<unicode string>", 0, 0, 1008, None, None)
                raise yaml.scanner.ScannerError("while increasing flow level", mark,
                                                "exceeded maximum nesting depth", mark)
            return super().get_single_node()

    corpus_folder.simple("good")
    corpus_folder.facts_file("bad.yaml", "article: [[[]]]\n")
    monkeypatch.setattr(yamlfile, "_FactsLoader", LibYAMLRefusing)
    corpus = load_corpus(corpus_folder.facts, corpus_folder.seeds)
    assert corpus.problems == [Problem(f"{corpus_folder.facts.as_posix()}/bad.yaml", 1, "",
                                       "nested more than 12 levels deep: facts files are flat lists of facts")]
    assert list(corpus.articles["article_id"]) == ["good"]


def test_a_long_facts_file_with_ampersands_and_asterisks_loads_with_its_lines(corpus_folder):
    # Such text (and a long file) is read twice, events first: nothing changes for the analyst.
    data = corpus_folder.simple("long")
    sentences = [f"Officials of M&S *{n}* said: item {n} - yes." for n in range(120)]
    corpus_folder.article("long.txt", dt.date(2025, 5, 10), sentences)
    data["stances"] = [{"country": "DEU", "stance": "hesitant", "evidence": sentence} for sentence in sentences]
    data["stances"][-1]["stnace"] = "typo"
    corpus_folder.facts_file("long.yaml", data)
    text = (corpus_folder.facts / "long.yaml").read_text(encoding="utf-8")
    problem = _only_problem(load_corpus(corpus_folder.facts, corpus_folder.seeds))
    assert problem.field == "stances[119].stnace"
    assert text.splitlines()[problem.line - 1].strip() == "stnace: typo"


@pytest.mark.parametrize("article, expected", [
    (b"", "is empty"),
    (b" date 2025-05-10 1\nHeadline\n\x00\x01\x02binary", "looks binary"),
    (" date 2025-05-10 1\nHeadline\nK\xf6ln".encode("latin-1"), "not UTF-8"),
])
def test_unusable_article_files_are_named(corpus_folder, article, expected):
    corpus_folder.simple("good")
    corpus_folder.simple("bad")
    (corpus_folder.seeds / "bad.txt").write_bytes(article)
    corpus = load_corpus(corpus_folder.facts, corpus_folder.seeds)
    [problem] = corpus.problems
    assert problem.field == "article.file" and expected in problem.message and "bad.txt" in problem.message
    assert list(corpus.articles["article_id"]) == ["good"]


def test_byte_order_marks_and_windows_line_endings_simply_work(corpus_folder):
    data = corpus_folder.simple("windows")
    article = corpus_folder.seeds / "windows.txt"
    article.write_bytes(b"\xef\xbb\xbf" + article.read_bytes().replace(b"\n", b"\r\n"))
    facts = corpus_folder.facts / "windows.yaml"
    facts.write_bytes(b"\xef\xbb\xbf" + facts.read_bytes().replace(b"\n", b"\r\n"))
    corpus = load_corpus(corpus_folder.facts, corpus_folder.seeds)
    assert corpus.problems == []
    row = corpus.stances.iloc[0]
    assert corpus.articles.iloc[0]["text"][row.start:row.end] == data["stances"][0]["evidence"]


# Files from folders we do not trust: colleagues' pull requests fill both.

NOT_PLAIN = ("is not a plain file name: write the name of a file in seeds/ alone, "
             "without a folder (/ or \\), `..` or a leading /")
LINK_OUT_OF_SEEDS = "in seeds/ is a link leading outside seeds/: put the article itself in seeds/"
LINK_OUT_OF_FACTS = "this file is a link leading outside the facts folder: put the facts file itself there"


def _load(corpus_folder):
    return within_a_minute(lambda: load_corpus(corpus_folder.facts, corpus_folder.seeds))


def _naming_article(corpus_folder, name):
    """A good article, and a bad one whose facts file names `name` (on line 3)."""
    corpus_folder.simple("good")
    data = corpus_folder.simple("bad", country="POL")
    data["article"]["file"] = name
    corpus_folder.facts_file("bad.yaml", data)


def _article_file_problem(corpus, corpus_folder) -> str:
    [problem] = corpus.problems
    assert (problem.file, problem.line, problem.field) == (
        f"{corpus_folder.facts.as_posix()}/bad.yaml", 3, "article.file")
    assert list(corpus.articles["article_id"]) == ["good"]
    return problem.message


@pytest.mark.parametrize("name", [
    "../bad.txt", "../../../../etc/passwd", "/proc/self/status", "/proc/self/mem", "..", "..\\bad.txt",
    "sub/bad.txt", "bad.txt\0",
])
def test_an_article_file_that_is_not_a_plain_name_is_refused_by_its_form(corpus_folder, name):
    _naming_article(corpus_folder, name)
    # The article where each path leads: without the check, those would load.
    article = (corpus_folder.seeds / "bad.txt").read_bytes()
    (corpus_folder.seeds / "sub").mkdir()
    for there in (corpus_folder.seeds / "sub" / "bad.txt", corpus_folder.seeds.parent / "bad.txt",
                  corpus_folder.seeds / "..\\bad.txt"):
        there.write_bytes(article)
    message = _article_file_problem(_load(corpus_folder), corpus_folder)
    assert message == f"article file {name!r} {NOT_PLAIN}"


def test_a_path_out_of_seeds_gets_the_same_answer_whether_or_not_it_exists(corpus_folder):
    _naming_article(corpus_folder, "../secret.txt")
    absent = _article_file_problem(_load(corpus_folder), corpus_folder)
    # A valid article there: without the check, it would load.
    (corpus_folder.seeds.parent / "secret.txt").write_bytes((corpus_folder.seeds / "bad.txt").read_bytes())
    present = _article_file_problem(_load(corpus_folder), corpus_folder)
    assert absent == present == f"article file '../secret.txt' {NOT_PLAIN}"


@pytest.mark.parametrize("target", ["a copy outside seeds/", "/dev/zero", "a missing file outside seeds/"])
def test_a_link_in_seeds_leading_outside_is_not_followed(corpus_folder, target):
    _naming_article(corpus_folder, "bad.txt")
    article = corpus_folder.seeds / "bad.txt"
    outside = corpus_folder.seeds.parent / "outside.txt"
    if target == "a copy outside seeds/":
        outside.write_bytes(article.read_bytes())
    article.unlink()
    article.symlink_to("/dev/zero" if target == "/dev/zero" else outside)
    message = _article_file_problem(_load(corpus_folder), corpus_folder)
    assert message == f"article file 'bad.txt' {LINK_OUT_OF_SEEDS}"


def test_a_link_in_seeds_to_another_file_in_seeds_is_followed(corpus_folder):
    _naming_article(corpus_folder, "bad.txt")
    (corpus_folder.seeds / "bad.txt").rename(corpus_folder.seeds / "real.txt")
    (corpus_folder.seeds / "bad.txt").symlink_to("real.txt")
    corpus = _load(corpus_folder)
    assert corpus.problems == []
    assert list(corpus.articles["article_id"]) == ["bad", "good"]


@pytest.mark.parametrize("kind, make", [
    ("a named pipe (FIFO)", os.mkfifo),
    ("a directory", os.mkdir),
])
def test_an_article_that_is_not_a_regular_file_is_refused_without_hanging(corpus_folder, kind, make):
    _naming_article(corpus_folder, "bad.txt")
    (corpus_folder.seeds / "bad.txt").unlink()
    make(corpus_folder.seeds / "bad.txt")
    message = _article_file_problem(_load(corpus_folder), corpus_folder)
    assert message == f"article file 'bad.txt' is {kind}, not a regular file: replace it with the article's text file"


OVER_THE_ARTICLE_LIMIT = ("is 200,001 bytes, over the 200,000-byte limit for an article: "
                          "keep only the article's own text")


def test_an_article_over_the_size_limit_on_disk_is_refused(corpus_folder):
    _naming_article(corpus_folder, "bad.txt")
    article = corpus_folder.seeds / "bad.txt"
    text = article.read_bytes()
    article.write_bytes(text + b"x" * (200_001 - len(text)))
    message = _article_file_problem(_load(corpus_folder), corpus_folder)
    assert message == f"article file 'bad.txt' {OVER_THE_ARTICLE_LIMIT}"


def test_an_uploaded_article_over_the_size_limit_is_refused(corpus_folder):
    corpus_folder.simple("good")
    data = corpus_folder.simple("big", country="POL")
    text = (corpus_folder.seeds / "big.txt").read_bytes()
    facts = (corpus_folder.facts / "big.yaml").read_bytes()
    (corpus_folder.facts / "big.yaml").unlink()
    upload = upload_source("big.txt", text + b"x" * (200_001 - len(text)), "big.yaml", facts)
    corpus = load_sources([*folder_sources(corpus_folder.facts, corpus_folder.seeds), upload])
    [problem] = corpus.problems
    assert (problem.file, problem.line, problem.field) == ("upload: big.yaml", 3, "article.file")
    assert problem.message == f"article file 'big.txt' {OVER_THE_ARTICLE_LIMIT}"
    assert list(corpus.articles["article_id"]) == ["good"] and data["article"]["id"] == "big"
    with pytest.raises(ValueError, match="^article file 'big.txt' is 200,001 bytes, over the 200,000-byte limit"):
        parse_article(text + b"x" * (200_001 - len(text)), "big.txt")


def _facts_entry_problem(corpus, corpus_folder, name) -> str:
    [problem] = corpus.problems
    assert (problem.file, problem.line, problem.field) == (f"{corpus_folder.facts.as_posix()}/{name}", None, "")
    assert list(corpus.articles["article_id"]) == ["good"]
    return problem.message


@pytest.mark.parametrize("target", ["a copy outside the facts folder", "/dev/zero"])
def test_a_link_in_the_facts_folder_leading_outside_is_not_followed(corpus_folder, target):
    corpus_folder.simple("good")
    corpus_folder.simple("bad", country="POL")
    facts = corpus_folder.facts / "bad.yaml"
    outside = corpus_folder.facts.parent / "outside.yaml"
    outside.write_bytes(facts.read_bytes())
    facts.unlink()
    facts.symlink_to("/dev/zero" if target == "/dev/zero" else outside)
    assert _facts_entry_problem(_load(corpus_folder), corpus_folder, "bad.yaml") == LINK_OUT_OF_FACTS


@pytest.mark.parametrize("name, kind, make", [
    ("x.yaml", "a directory", os.mkdir),
    ("pipe.yaml", "a named pipe (FIFO)", os.mkfifo),
])
def test_a_facts_entry_that_is_not_a_regular_file_is_refused_without_hanging(corpus_folder, name, kind, make):
    corpus_folder.simple("good")
    make(corpus_folder.facts / name)
    message = _facts_entry_problem(_load(corpus_folder), corpus_folder, name)
    assert message == f"this file is {kind}, not a regular file: replace it with a facts file, or remove it"


def test_a_huge_facts_file_is_refused_by_its_size_unread(corpus_folder):
    corpus_folder.simple("good")
    with (corpus_folder.facts / "huge.yaml").open("wb") as handle:
        handle.truncate(5_000_000_000)  # sparse: reading it whole would need 5 GB of memory
    message = _facts_entry_problem(_load(corpus_folder), corpus_folder, "huge.yaml")
    assert message == "file is 5,000,000,000 bytes, over the 1,000,000-byte limit: split the article's facts"


def test_a_facts_file_removed_between_listing_and_reading_is_a_problem(corpus_folder, monkeypatch):
    corpus_folder.simple("good")
    corpus_folder.simple("bad", country="POL")
    listed = loader.facts_files

    def list_then_remove(folder):
        found = listed(folder)
        (corpus_folder.facts / "bad.yaml").unlink()
        return found

    monkeypatch.setattr(loader, "facts_files", list_then_remove)
    message = _facts_entry_problem(_load(corpus_folder), corpus_folder, "bad.yaml")
    assert message == ("this file was not found when read (removed meanwhile, or a link to nothing): "
                       "nothing to do if it was removed on purpose")


def test_a_facts_file_the_server_may_not_read_is_a_problem(corpus_folder, monkeypatch):
    corpus_folder.simple("good")
    corpus_folder.simple("bad", country="POL")
    if os.geteuid() == 0:  # root reads through chmod 000: the refusal is simulated instead
        real_open = os.open

        def denied(path, flags, *rest):
            if str(path).endswith("bad.yaml"):
                raise PermissionError(errno.EACCES, "Permission denied", str(path))
            return real_open(path, flags, *rest)

        monkeypatch.setattr(files.os, "open", denied)
    else:
        (corpus_folder.facts / "bad.yaml").chmod(0)
    message = _facts_entry_problem(_load(corpus_folder), corpus_folder, "bad.yaml")
    assert message == "this file cannot be read (permission denied): replace it with a facts file, or remove it"


def test_the_fingerprint_counts_refused_entries_without_opening_them(corpus_folder, monkeypatch):
    corpus_folder.simple("good")
    outside = corpus_folder.facts.parent / "outside.txt"
    outside.write_text("first")
    (corpus_folder.seeds / "out.txt").symlink_to(outside)
    (corpus_folder.seeds / "zero.txt").symlink_to("/dev/zero")
    os.mkfifo(corpus_folder.facts / "pipe.yaml")
    os.mkfifo(corpus_folder.seeds / "pipe.txt")
    with (corpus_folder.seeds / "huge.txt").open("wb") as handle:
        handle.truncate(5_000_000_000)
    hashed = []
    digest = files.digest
    monkeypatch.setattr(files, "digest",
                        lambda path, limit: hashed.append(os.path.basename(path)) or digest(path, limit))

    def key():
        return within_a_minute(lambda: fingerprint(corpus_folder.facts, corpus_folder.seeds))

    first = key()
    assert sorted(hashed) == ["good.txt", "good.yaml"]
    outside.write_text("second: the loader never reads it, so the fingerprint does not either")
    assert key() == first
    (corpus_folder.facts / "x.yaml").mkdir()
    assert key() != first, "a directory appearing brings a problem: another load"
    assert sorted(hashed) == ["good.txt", "good.yaml"]


def test_the_loader_gives_dates_the_evidence_and_the_direction_and_refuses_a_later_week(corpus_folder, monkeypatch):
    from tracker.dates import DateRange

    asked = []

    def resolve(text, published, *, context, direction):
        asked.append((text, context() if callable(context) else context, direction))
        return DateRange(dt.date(2025, 3, 24), dt.date(2025, 3, 30), "week")

    monkeypatch.setattr(loader.dates, "resolve", resolve)
    data = corpus_folder.simple("week", published=dt.date(2025, 3, 17))
    data["events"][0]["date"] = "next week"
    data["quotes"][0].update(date="next week", status="planned")
    data["stances"][0].update(date="next week", direction="past", status="planned")
    corpus_folder.facts_file("week.yaml", data)
    problems = load_corpus(corpus_folder.facts, corpus_folder.seeds).problems
    assert [(p.field, p.message) for p in problems] == [(
        "events[0].date", "'next week' resolves to 2025-03-24 .. 2025-03-30, after the article's publication on "
        "2025-03-17: if the article announces it (scheduled, expected), add `status: planned`; otherwise check "
        "the date")]
    assert sorted(asked) == sorted([
        ("next week", data["stances"][0]["evidence"], "past"),  # the fact's own direction first
        ("next week", data["events"][0]["evidence"], None),
        ("next week", data["quotes"][0]["evidence"], "future"),  # planned: ahead
    ])


def test_a_date_missing_from_its_evidence_is_read_in_the_evidences_sentence(corpus_folder):
    # Published on Saturday 19 April 2025: "on Friday" points back or ahead,
    # and only the sentence around the evidence ("said") tells which.
    said = "Speaking on Friday, the minister said talks had stalled, and that troops are still ready."
    corpus_folder.article("friday.txt", dt.date(2025, 4, 19), ["Ministers will meet again.", said, "Next."])
    corpus_folder.facts_file("friday.yaml", {
        "article": {"id": "friday", "file": "friday.txt", "title": "t", "outlet": "o", "published": "2025-04-19"},
        "quotes": [{"speaker": "The minister", "text": "troops are still ready", "kind": "reported",
                    "date": "on Friday", "evidence": "and that troops are still ready."}],
    })
    corpus = load_corpus(corpus_folder.facts, corpus_folder.seeds)
    assert corpus.problems == []
    assert corpus.quotes.iloc[0]["date_end"] == pd.Timestamp("2025-04-18")


def test_next_week_is_refused_unless_planned_and_then_loads_as_the_week_ahead(corpus_folder):
    data = corpus_folder.simple("ahead", published=dt.date(2025, 3, 17))
    data["events"][0]["date"] = "next week"
    corpus_folder.facts_file("ahead.yaml", data)
    [problem] = load_corpus(corpus_folder.facts, corpus_folder.seeds).problems
    assert (problem.field, problem.message) == (
        "events[0].date", "'next week' resolves to 2025-03-24 .. 2025-03-30, after the article's publication on "
        "2025-03-17: if the article announces it (scheduled, expected), add `status: planned`; otherwise check "
        "the date")
    data["events"][0]["status"] = "planned"
    corpus_folder.facts_file("ahead.yaml", data)
    corpus = load_corpus(corpus_folder.facts, corpus_folder.seeds)
    assert corpus.problems == []
    [event] = corpus.events.to_dict("records")
    assert (event["status"], event["date_start"], event["date_end"], event["precision"]) == (
        "planned", pd.Timestamp("2025-03-24"), pd.Timestamp("2025-03-30"), "week")


def test_a_deadline_after_publication_is_refused_unless_planned(corpus_folder):
    data = corpus_folder.simple("due", published=dt.date(2025, 3, 17))
    data["events"][0]["date"] = "by the end of the year"
    corpus_folder.facts_file("due.yaml", data)
    [problem] = load_corpus(corpus_folder.facts, corpus_folder.seeds).problems
    assert problem.message.startswith("'by the end of the year' resolves to by 2025-12-31, after the article's "
                                      "publication on 2025-03-17: if the article announces it")


def test_a_fact_country_missing_from_the_articles_list_is_named_where_it_is_used(corpus_folder):
    corpus_folder.simple("good")
    data = corpus_folder.simple("listed", country="POL")
    data["article"]["countries"] = ["GBR", "FRA"]
    data["events"][0]["countries"] = ["FRA", "POL"]
    corpus_folder.facts_file("listed.yaml", data)
    corpus = load_corpus(corpus_folder.facts, corpus_folder.seeds)
    assert sorted(p.field for p in corpus.problems) == ["events[0].countries[1]", "quotes[0].country",
                                                        "stances[0].country"]
    stance = next(p for p in corpus.problems if p.field == "stances[0].country")
    assert stance.message == ("POL (Poland) is not in `article.countries`: add it there, since that list names "
                              "every country the article refers to")
    assert list(corpus.articles["article_id"]) == ["good"]
    data["article"]["countries"] = ["GBR", "FRA", "POL"]
    corpus_folder.facts_file("listed.yaml", data)
    assert load_corpus(corpus_folder.facts, corpus_folder.seeds).problems == []
