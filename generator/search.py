"""Search index: one Pagefind bundle per language, each stemmed by its own language.

Pagefind splits an index by <html lang> and searches a merged index with the primary
language's analyzer, so a French query on an Arabic page would not be stemmed as
French. Building one bundle per language (forced language, only that language's pages)
lets the page run two independent Pagefind instances, each with its own stemmer.

A query is searched in the bundle of its script (Latin: French, Arabic: Arabic); the
other language is reached through the actors it names. search/names.json lists every
actor's name forms, and search/actors/<id>.<lang>.json the actor's latest articles in
one language: a few kilobytes instead of the other bundle's WebAssembly, page table and
index chunks (about 120 KB more at 10,000 articles).
"""

from __future__ import annotations

import html
import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

from .archive import Archive
from .errors import DataError
from .extract.normalize import tokens
from .render import format_day

# Articles listed per actor and language for the search box: the latest ones; the actor's
# page lists them all.
CROSS_LANGUAGE_LATEST = 10


def pagefind_binary() -> Path:
    """The Pagefind executable shipped by the pagefind[extended] wheel (Arabic and French stemming)."""
    try:
        from pagefind_bin_extended import get_executable  # type: ignore[import-not-found]
    except ImportError as exc:
        raise DataError(
            "pyproject.toml",
            None,
            "pagefind is not installed",
            "run scripts/setup.sh (pip install 'pagefind[extended]')",
        ) from exc
    return Path(get_executable())


def _stage(site_dir: Path, pages: Iterable[str], stage: Path) -> int:
    """Hard-link (or copy) the pages of one language into a folder Pagefind can read alone."""
    n = 0
    for rel in pages:
        source, target = site_dir / rel, stage / rel
        if not source.is_file():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(source, target)
        except OSError:
            shutil.copyfile(source, target)
        n += 1
    return n


# Pagefind also writes its own UIs and a web worker; the archive's search box uses the
# JS API on the main thread, so these are never requested and are not published.
UNUSED = (
    "pagefind-ui.js",
    "pagefind-ui.css",
    "pagefind-component-ui.js",
    "pagefind-component-ui.css",
    "pagefind-modular-ui.js",
    "pagefind-modular-ui.css",
    "pagefind-highlight.js",
    "pagefind-worker.js",
    "wasm.unknown.pagefind",
)


def build_search_index(
    site_dir: Path, pages_by_lang: Mapping[str, Iterable[str]], subdir: str = "pagefind"
) -> dict[str, int]:
    """Write site/<subdir>/<lang>/ for each language; return the number of pages indexed per language."""
    binary = pagefind_binary()
    counts = {}
    for lang, pages in sorted(pages_by_lang.items()):
        out = site_dir / subdir / lang
        shutil.rmtree(out, ignore_errors=True)
        with tempfile.TemporaryDirectory(prefix=f"pagefind-{lang}-") as tmp:
            counts[lang] = _stage(site_dir, pages, Path(tmp))
            if not counts[lang]:
                continue  # no page in this language yet: no bundle (the search box skips it)
            command = [str(binary), "--site", tmp, "--output-path", str(out), "--force-language", lang, "--silent"]
            result = subprocess.run(command, capture_output=True, text=True, check=False)
            if result.returncode != 0:
                raise DataError(
                    str(out),
                    None,
                    f"pagefind failed: {result.stderr.strip() or result.stdout.strip()}",
                    "check the built pages",
                )
        for name in UNUSED:
            (out / name).unlink(missing_ok=True)
    return counts


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def cross_language_files(archive: Archive, langs: Iterable[str]) -> dict[str, str]:
    """search/names.json and search/actors/<id>.<lang>.json (site paths → JSON text).

    names.json: each actor with articles, its names, its article count per language and its
    name forms folded as the gazetteer folds them (the search box folds the query alike).
    """
    actors = archive.data.actors
    table = []
    files = {}
    for actor_id, articles in archive.by_actor.items():
        actor = actors[actor_id]
        by_lang = {lang: [a for a in articles if a.lang == lang] for lang in langs}  # newest first
        forms = dict.fromkeys(" ".join(tokens(form)) for form in actor.forms)
        names = {lang: archive.actor_names(lang)[actor_id] for lang in langs}
        counts = {lang: len(found) for lang, found in by_lang.items()}
        table.append({"id": actor_id, "name": names, "n": counts, "forms": [f for f in forms if f]})
        for lang, found in by_lang.items():
            if found:
                # Titles are stored escaped, as Pagefind stores page text: inert even if inserted as HTML.
                entries = [
                    {"url": a.path, "title": html.escape(a.title), "date": format_day(a) or ""}
                    for a in found[:CROSS_LANGUAGE_LATEST]
                ]
                files[f"search/actors/{actor_id}.{lang}.json"] = _json(entries)
    files["search/names.json"] = _json({"actors": table})
    return files
