"""Command line: `python -m generator build|check|show` without MkDocs."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .archive import Archive
from .data import DATA_DIR, load_data
from .errors import DataError
from .pages import build_pages
from .pipeline import generate
from .render import front_matter, render_page
from .ui import load_ui
from .write import write_pages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description="Bilingual news-archive generator.")
    parser.add_argument("--seeds", type=Path, default=Path("seeds"), help="folder of seed .txt files")
    parser.add_argument("--data", type=Path, default=DATA_DIR, help="folder of gazetteers and rules")
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser("build", help="write the Markdown pages into a docs folder")
    build.add_argument("--docs", type=Path, default=Path("docs"))
    sub.add_parser("check", help="validate every seed; exit 1 when any is rejected")
    show = sub.add_parser("show", help="print what is extracted from one seed")
    show.add_argument("seed", help="seed file name, relative to --seeds")
    show.add_argument("--markdown", action="store_true", help="print the page instead of its fields")
    args = parser.parse_args(argv)
    try:
        data = load_data(args.data)
        ui = load_ui(args.data)
    except DataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    result = generate(args.seeds, data, args.data)
    for problem in result.errors:
        print(f"error: {problem}", file=sys.stderr)
    if args.command == "show":
        article = next((a for a in result.articles if a.seed == args.seed), None)
        if article is None:
            print(f"error: {args.seed} was not published (see errors above)", file=sys.stderr)
            return 1
        archive = Archive(result.articles, data)
        article = archive.by_slug[article.slug]
        if args.markdown:
            print(render_page(article, archive, ui[article.lang]), end="")
        else:
            fields = {**front_matter(article), "mentions": [m.__dict__ for m in article.mentions]}
            print(json.dumps(fields, ensure_ascii=False, indent=2, default=str))
        return 0
    notes = [w for a in result.articles for w in a.warnings]
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    if args.command == "build":
        written, removed = write_pages(args.docs, build_pages(Archive(result.articles, data), ui))
        print(
            f"{result.seeds} seeds → {len(result.articles)} articles, {len(result.errors)} errors; {written} pages written, {removed} removed"
        )
    else:
        print(f"{result.seeds} seeds: {len(result.articles)} ok, {len(result.errors)} rejected, {len(notes)} notes")
    return 1 if result.errors else 0


if __name__ == "__main__":
    sys.exit(main())
