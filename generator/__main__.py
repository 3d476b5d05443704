"""Command line: `python -m generator build|check|show` without MkDocs."""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from pathlib import Path
from typing import Any

from .archive import Archive
from .data import DATA_DIR, ArchiveData, load_data
from .errors import DataError, SeedError
from .pages import build_pages
from .pipeline import Generation, generate, summarize
from .read import seed_path
from .render import front_matter, render_page
from .ui import load_ui
from .write import write_pages


def _parser() -> argparse.ArgumentParser:
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
    return parser


def _readable_output() -> None:
    """A console that cannot show Arabic gets escapes, not a traceback."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")


def main(argv: list[str] | None = None) -> int:
    """Run one command; 0 when every seed is published, 1 when some are rejected, 2 on bad setup."""
    _readable_output()
    args = _parser().parse_args(argv)
    if not args.seeds.is_dir():
        print(
            f"error: {args.seeds}: seeds folder not found — run from the project root or pass --seeds", file=sys.stderr
        )
        return 2
    try:
        data = load_data(args.data)
        ui = load_ui(args.data)
    except DataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.command == "show":
        return _show(args, data, ui)
    result = generate(args.seeds, data, args.data)
    _report(result)
    if args.command == "build":
        written, removed = write_pages(args.docs, build_pages(Archive(result.articles, data), ui))
        print(f"{written} pages written, {removed} removed in {args.docs}")
    print(
        f"{result.seeds} seeds: {len(result.articles)} published, {len(result.errors)} rejected; "
        f"notes: {summarize(result.notes)}"
    )
    return 1 if result.errors else 0


def _report(result: Generation, seed: str | None = None) -> None:
    """Errors, then notes, one per line: seeds/FILE:LINE: what is wrong — how to fix it."""
    for problem in result.errors:
        if seed is None or problem.path == f"seeds/{seed}":
            print(f"error: {problem}", file=sys.stderr)
    for note in result.notes:
        if seed is None or note.path == f"seeds/{seed}":
            print(f"note: {note}", file=sys.stderr)


def _show(args: argparse.Namespace, data: ArchiveData, ui: dict[str, Any]) -> int:
    """The fields (or the page) of one seed, with only that seed's problems."""
    name = args.seed.removeprefix(f"{args.seeds.name}/") if not (args.seeds / args.seed).exists() else args.seed
    try:
        if not seed_path(args.seeds, name).is_file():
            raise SeedError(f"seeds/{name}", None, "no such seed", "name a file relative to the seeds folder")
    except SeedError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    result = generate(args.seeds, data, args.data)
    _report(result, name)
    article = next((a for a in result.articles if a.seed == name), None)
    if article is None:
        print(f"error: seeds/{name} is not published (see above)", file=sys.stderr)
        return 1
    archive = Archive(result.articles, data)
    article = archive.by_slug[article.slug]
    if args.markdown:
        print(render_page(article, archive, ui[article.lang]), end="")
    else:
        fields = {
            **front_matter(article),
            "slug": article.slug,
            "redirect_from": list(article.redirect_from),
            "mentions": [m.__dict__ for m in article.mentions],
        }
        print(json.dumps(fields, ensure_ascii=False, indent=2, default=str))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # `python -m generator check | head`: the reader left, nothing is wrong
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
