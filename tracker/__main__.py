"""Command line: `python -m tracker validate | export | draft | boundaries`."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from tracker.paths import BOUNDARIES, FACTS, SEEDS


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tracker", description=__doc__)
    parser.add_argument("--facts", type=Path, default=FACTS, help="folder of facts YAML files")
    parser.add_argument("--seeds", type=Path, default=SEEDS, help="folder of article text files")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("validate", help="check every facts file; exit 1 if any problem")
    export = commands.add_parser("export", help="write every table")
    export.add_argument("--out", type=Path, required=True)
    export.add_argument("--format", choices=("csv", "json", "parquet"), default="csv")
    export.add_argument("--raw", action="store_true",
                        help="CSV: write every value unchanged, for analysis code (by default a cell a spreadsheet "
                             "would take for a formula, such as =..., +..., -..., @..., starts with ' to stay text); "
                             "JSON and Parquet are always unchanged")
    drafting = commands.add_parser("draft", help="draft a facts file from an article, for review")
    drafting.add_argument("article", type=Path, nargs="?", help="the article text, e.g. seeds/NEW.txt")
    drafting.add_argument("--out", type=Path, help="where to write (default: data/facts/<article name>.yaml)")
    drafting.add_argument("--outlet", default="TODO: outlet", help="the publishing outlet")
    drafting.add_argument("--force", action="store_true", help="overwrite an existing facts file")
    drafting.add_argument("--score", action="store_true",
                          help="draft every curated article and print recall and precision against the curation, "
                               "one table per split")
    drafting.add_argument("--split", choices=("seed", "dev", "test", "all"), default="all",
                          help="with --score: the seed (--facts and --seeds), tests/corpus/dev or tests/corpus/test "
                               "(held out: never tune the rules on it); default all")
    boundaries = commands.add_parser("boundaries", help="rebuild the map's country shapes from Natural Earth")
    boundaries.add_argument("--source", type=Path, help="a local countries-50m.json (default: download world-atlas@2.0.2)")
    args = parser.parse_args(argv)

    if args.command == "boundaries":
        from tracker.boundaries import build, download_source

        with tempfile.TemporaryDirectory() as scratch:
            source = args.source or download_source(Path(scratch))
            shapes = build(source)
        print(f"wrote {len(shapes)} countries to {BOUNDARIES} ({BOUNDARIES.stat().st_size:,} bytes)")
        return 0

    if args.command == "draft":
        return _score(args) if args.score else _draft(args)

    from tracker.loader import load_corpus

    corpus = load_corpus(args.facts, args.seeds)
    if args.command == "validate":
        for problem in corpus.problems:
            print(problem)
        count = len(corpus.articles)
        print(f"{count} article{'s' * (count != 1)} loaded, {len(corpus.problems)} problem(s)", file=sys.stderr)
        return 1 if corpus.problems else 0

    from tracker.export import export as write

    for path in write(corpus, args.out, args.format, raw=args.raw):
        print(path)
    for problem in corpus.problems:
        print(f"left out: {problem}", file=sys.stderr)
    return 0


def _score(args) -> int:
    from tracker.score import SPLITS, report

    splits = list(SPLITS) if args.split == "all" else [args.split]
    tables, problems = report(splits, {"seed": (args.facts, args.seeds)})
    print(tables)
    for problem in problems:
        print(f"left out: {problem}", file=sys.stderr)
    return 0


def _draft(args) -> int:
    from tracker.articles import read_article
    from tracker.draft import draft

    if args.article is None:
        print("name the article to draft, e.g. `python -m tracker draft seeds/NEW.txt`", file=sys.stderr)
        return 2
    try:
        article = read_article(args.article)
    except ValueError as error:
        print(error, file=sys.stderr)
        return 2
    target = args.out or args.facts / f"{args.article.stem}.yaml"
    if target.exists() and not args.force:
        print(f"{target} exists: review it, or pass --force to overwrite it, or --out to write elsewhere",
              file=sys.stderr)
        return 2
    drafted = draft(args.article, article, outlet=args.outlet)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(drafted.as_yaml(), encoding="utf-8")
    print(f"wrote {target}: {len(drafted.stances)} stances, {len(drafted.events)} events, "
          f"{len(drafted.quotes)} quotes to review")
    return 0


if __name__ == "__main__":
    sys.exit(main())
