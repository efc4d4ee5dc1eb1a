"""Command line: `python -m tracker validate | export | boundaries`."""

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

    from tracker.loader import load_corpus

    corpus = load_corpus(args.facts, args.seeds)
    if args.command == "validate":
        for problem in corpus.problems:
            print(problem)
        count = len(corpus.articles)
        print(f"{count} article{'s' * (count != 1)} loaded, {len(corpus.problems)} problem(s)", file=sys.stderr)
        return 1 if corpus.problems else 0

    from tracker.export import export as write

    for path in write(corpus, args.out, args.format):
        print(path)
    for problem in corpus.problems:
        print(f"left out: {problem}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
