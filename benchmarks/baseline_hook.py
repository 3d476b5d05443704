"""MkDocs hook for the plain-Material baseline: what the templates and search need, no generation.

Copied into benchmarks/work/n<N>/plain/ and named under `hooks:` of its mkdocs.yml, in
place of the `archive` plugin. It gives the overrides their interface strings (as the
plugin's on_env does) and, after the build, runs the archive's own Pagefind step on the
same pages, so both builds end with the same search. It reads no seed and writes no
Markdown: the pages are the ones our build generated, copied into docs/.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any

log = logging.getLogger("mkdocs.hooks.baseline")


def on_env(env: Any, config: Any, files: Any) -> Any:
    try:
        from generator.data import DATA_DIR
        from generator.ui import load_ui
    except ImportError:
        return env
    env.globals["archive_ui"] = load_ui(DATA_DIR)
    return env


def on_post_build(config: Any) -> None:
    try:
        from benchmarks.measure import pages_by_lang
        from generator.search import build_search_index
    except ImportError:
        return
    started = time.perf_counter()
    counts = build_search_index(Path(config.site_dir), pages_by_lang(Path(config.docs_dir)))
    log.info("baseline search: indexed %s in %.2fs", counts, time.perf_counter() - started)
