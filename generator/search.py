"""Search index: one Pagefind bundle per language, each stemmed by its own language.

Pagefind splits an index by <html lang> and searches a merged index with the primary
language's analyzer, so a French query on an Arabic page would not be stemmed as
French. Building one bundle per language (forced language, only that language's pages)
lets the page run two independent Pagefind instances, each with its own stemmer.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

from .errors import DataError


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
