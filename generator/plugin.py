"""MkDocs events only: wire read → clean → extract → render → write into the build."""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import functools
import gc
import hashlib
import logging
import os
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from .archive import Archive
from .config import ArchiveConfig
from .data import DATA_DIR, ArchiveData, load_data
from .errors import DataError
from .export import archive_json, articles_csv
from .feeds import redirect_page, rss
from .pages import LANGS, build_pages
from .pipeline import Generation, generate, summarize
from .search import build_search_index, cross_language_files
from .ui import load_ui
from .write import OWNED_DIRS, write_pages

log = get_plugin_logger(__name__)
# A long build lists this many notes, then counts the rest (the summary counts every kind).
MAX_NOTES = 50


def _rss_mb() -> float:
    """This process's resident memory (Linux), for the debug log; 0 elsewhere."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
    except (OSError, ValueError, IndexError):
        return 0.0


def release_page_memory(files: Files) -> None:
    """Drop every page's Markdown and HTML once the site is written, and hand the memory back.

    MkDocs keeps both for every page until it exits; Pagefind, which starts next, would add its
    own peak on top of them. Nothing reads a page's text after the pages are written."""
    for file in files:
        page = file.page
        if page is not None:
            page.markdown = None
            page.content = None
    gc.collect()
    # CPython frees the strings but glibc keeps the pages; malloc_trim returns them to the system.
    # Not glibc (no malloc_trim): the memory is reused by the process, only not returned.
    with contextlib.suppress(OSError, AttributeError):
        if libc := _libc():
            ctypes.CDLL(libc).malloc_trim(0)


@functools.cache
def _libc() -> str | None:
    # find_library runs ldconfig: once per process, not once per build under `mkdocs serve`.
    return ctypes.util.find_library("c")


def _stamp(roots: Iterable[str | None]) -> str:
    """A digest of every file's path, size and time under roots (files or folders)."""
    h = hashlib.blake2b(digest_size=16)
    for root in filter(None, roots):
        for folder, dirs, names in os.walk(root) if os.path.isdir(root) else [("", [], [root])]:
            dirs.sort()
            for name in sorted(names):
                with contextlib.suppress(OSError):
                    st = os.stat(os.path.join(folder, name))
                    h.update(f"{folder}/{name}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


class _Unchanged(File):
    """A generated page the previous build of this `mkdocs serve --dirty` session rendered from
    the same Markdown, mkdocs.yml, overrides (custom_dir) and data: its HTML in site_dir is
    current, so MkDocs neither renders nor writes it (unless that file is gone)."""

    def is_modified(self) -> bool:
        return not os.path.isfile(self.abs_dest_path)


class _DirtyNotice(logging.Filter):
    """MkDocs warns at every `--dirty` build that navigation and links may be stale. The archive's
    pages are re-rendered whenever their Markdown, mkdocs.yml, the overrides or the data change
    (see _Unchanged), so the warning would only repeat at every save."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith("A 'dirty' build is being performed")


class ArchivePlugin(BasePlugin[ArchiveConfig]):
    """Generates article, actor and meeting pages from seeds/ before MkDocs reads docs/."""

    is_serve = False
    is_dirty = False
    files: Files

    def __init__(self) -> None:
        super().__init__()
        # Under `serve --dirty`: what the last finished build wrote (site path → digest of the
        # page's Markdown, or b"" for a generated file, and where it went) and the stamp of its
        # surroundings; this build's, until it finishes.
        self._rendered: dict[str, tuple[bytes, str]] = {}
        self._rendered_stamp = ""
        self._rendering: dict[str, tuple[bytes, str]] = {}
        self._rendering_stamp = ""

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Under `mkdocs serve` pages stay in memory: writing into the watched docs/ would rebuild
        twice. With `--dirty`, only the pages that changed are rendered again."""
        self.is_serve = command == "serve"
        self.is_dirty = self.is_serve and dirty
        if self.is_dirty:
            logging.getLogger("mkdocs.commands.build").addFilter(_DirtyNotice())

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        """Resolve folders and load the data once; bad data stops the build here."""
        if not self.config.enabled:
            return config
        root = Path(config.config_file_path or ".").parent
        self.seeds_dir = root / self.config.seeds_dir
        self.data_dir = Path(self.config.data_dir) if self.config.data_dir else DATA_DIR
        self.cache_file = root / self.config.cache_file
        if not self.seeds_dir.is_dir():
            raise PluginError(
                f"archive: seeds_dir '{self.seeds_dir}' does not exist — create it or fix seeds_dir in mkdocs.yml"
            )
        try:
            self.data: ArchiveData = load_data(self.data_dir)
            self.ui = load_ui(self.data_dir)
        except DataError as exc:
            raise PluginError(f"archive: {exc}") from exc
        return config

    def on_pre_build(self, config: MkDocsConfig) -> None:
        """Extract every seed (cached), then write the pages that changed into docs/."""
        if not self.config.enabled:
            return
        started = time.perf_counter()
        # Loading tens of thousands of cached articles would set off collections that walk every
        # object made so far (at 10,000 articles as long as the load itself). The collector is
        # paused meanwhile, and the articles, which live until the build ends, go straight to
        # the oldest generation (freeze then unfreeze) rather than through the young ones.
        gc.disable()
        try:
            self.result: Generation = generate(
                self.seeds_dir,
                self.data,
                self.data_dir,
                self.cache_file,
                max_bytes=self.config.seeds_max_bytes,
                jobs=self.config.jobs,
            )
            self.archive = Archive(self.result.articles, self.data)
        finally:
            gc.freeze()
            gc.unfreeze()
            gc.enable()
        docs = Path(config.docs_dir)
        self.memory_pages: dict[str, str] = {}
        if self.is_serve:
            self.memory_pages = build_pages(self.archive, self.ui)
            written = removed = 0
        elif self._pages_are_current(docs):
            written = removed = 0
        else:
            written, removed = write_pages(docs, build_pages(self.archive, self.ui))
            self._state_file.write_text(self.result.inputs, encoding="utf-8")
        for problem in self.result.errors:
            log.warning("%s", problem)
        log.info(
            "%d seeds → %d articles, %d errors; %d pages written, %d removed; %d from cache; %.2fs",
            self.result.seeds,
            len(self.result.articles),
            len(self.result.errors),
            written,
            removed,
            self.result.cache_hits,
            time.perf_counter() - started,
        )

    @property
    def _state_file(self) -> Path:
        return self.cache_file.with_name("pages.state")

    def _pages_are_current(self, docs: Path) -> bool:
        """Same inputs as the last build and its pages still in docs/: nothing to render."""
        try:
            same = self._state_file.read_text(encoding="utf-8") == self.result.inputs
        except OSError:
            return False
        articles = docs / "articles"
        on_disk = sum(1 for _ in articles.glob("*.md")) if articles.is_dir() else -1
        return same and (docs / "index.md").is_file() and on_disk == len(self.result.articles)

    def on_files(self, files: Files, config: MkDocsConfig) -> Files | None:
        """Add data exports, feeds and redirect pages to the site without touching docs/."""
        if not self.config.enabled:
            return files
        site_url = config.site_url or "/"
        generated = {
            "archive.json": archive_json(self.archive),
            "articles.csv": articles_csv(self.archive),
            "feed.xml": rss(self.archive, config.site_name, site_url),
            **{f"{lang}/feed.xml": rss(self.archive, config.site_name, site_url, lang) for lang in LANGS},
            **(cross_language_files(self.archive, LANGS) if self.config.search_enabled else {}),
            **{
                f"articles/{old}/index.html": redirect_page(f"../{article.slug}/")
                for article in self.archive.articles
                for old in getattr(article, "redirect_from", ())
            },
        }
        self._rendering = {}
        for path, content in generated.items():
            file = File.generated(config, path, content=content)
            files.append(file)
            if self.is_dirty:
                self._rendering[path] = (b"", file.abs_dest_path)  # written at every build
        self.files = self._serve_from_memory(files, config) if self.is_serve else files
        return self.files

    def _serve_from_memory(self, files: Files, config: MkDocsConfig) -> Files:
        """Replace generated pages read from docs/ (a previous build's) by this build's, in memory.
        Under `--dirty`, a page whose Markdown and surroundings are those of the last finished
        build is kept as it was rendered (_Unchanged)."""
        owned = tuple(f"{folder}/" for folder in OWNED_DIRS)
        for file in list(files):
            if file.src_uri in self.memory_pages or (file.src_uri.startswith(owned) and file.src_uri.endswith(".md")):
                files.remove(file)
        if not self.is_dirty:
            for path, content in self.memory_pages.items():
                files.append(File.generated(config, path, content=content))
            return files
        # The theme's own templates are installed and do not change while the server runs.
        stamp = _stamp([config.config_file_path, config.theme.custom_dir, str(self.data_dir)])
        before = self._rendered if stamp == self._rendered_stamp else {}
        self._rendering_stamp = stamp
        kept_pages = 0
        for path, content in self.memory_pages.items():
            digest = hashlib.blake2b(content.encode("utf-8"), digest_size=16).digest()
            kept = path in before and before[path][0] == digest
            file = (_Unchanged if kept else File).generated(config, path, content=content)
            files.append(file)
            self._rendering[path] = (digest, file.abs_dest_path)
            kept_pages += kept
        log.info("serve --dirty: %d pages to render, %d unchanged", len(self.memory_pages) - kept_pages, kept_pages)
        return files

    def _forget_removed_pages(self) -> None:
        """Under `--dirty`, take the pages and files this build no longer has (a seed deleted, an
        actor's last article in a language gone) out of the served site, then make this build's
        pages the ones the next build compares with."""
        for path, (_, dest) in self._rendered.items():
            if path not in self._rendering:
                with contextlib.suppress(OSError):
                    os.remove(dest)
                    os.removedirs(os.path.dirname(dest))
        self._rendered, self._rendered_stamp = self._rendering, self._rendering_stamp

    def on_env(self, env: Any, config: MkDocsConfig, files: Files) -> Any:
        """Interface strings for the templates (the search box's)."""
        if self.config.enabled:
            env.globals["archive_ui"] = self.ui
        return env

    def on_page_markdown(self, markdown: str, page: Page, **kwargs: Any) -> str | None:
        """Seed titles reach templates that do not escape: make them text."""
        title = page.meta.get("title")
        if isinstance(title, str) and not isinstance(title, Markup):
            page.meta["title"] = escape(title)
        return markdown

    def on_serve(self, server: LiveReloadServer, config: MkDocsConfig, builder: Any) -> LiveReloadServer | None:
        """Saving a seed or a data file rebuilds the site."""
        if self.config.enabled:
            server.watch(str(self.seeds_dir))
            server.watch(str(self.data_dir))
        return server

    def on_build_error(self, error: Exception) -> None:
        """A build that failed may have left pages unwritten: the next one renders every page."""
        self._rendered, self._rendered_stamp = {}, ""

    def on_post_build(self, config: MkDocsConfig) -> None:
        """Index the built pages for search, then print the curator's summary."""
        if not self.config.enabled:
            return
        if self.is_dirty:
            self._forget_removed_pages()
        notes = self.result.notes
        published, rejected = len(self.result.articles), len(self.result.errors)
        if self.config.search_enabled:
            pages: dict[str, list[str]] = {"fr": [], "ar": []}
            for article in self.archive.articles:
                pages[article.lang].append(f"{article.path}index.html")
            # Nothing reads the articles or the pages' text again in this build: let them go
            # before Pagefind starts, so the two do not hold memory at the same time.
            before = _rss_mb()
            self.archive = Archive([], self.data)
            self.result = Generation(errors=self.result.errors, seeds=self.result.seeds)
            release_page_memory(self.files)
            log.debug("memory before search indexing: %.0f MB, %.0f MB once pages were released", before, _rss_mb())
            started = time.perf_counter()
            try:
                counts = build_search_index(Path(config.site_dir), pages)
            except DataError as exc:
                raise PluginError(f"archive: {exc}") from exc
            log.info(
                "search: indexed %s in %.2fs",
                ", ".join(f"{n} {lang}" for lang, n in counts.items()),
                time.perf_counter() - started,
            )
        for note in notes[:MAX_NOTES]:
            log.info("note: %s", note)
        if len(notes) > MAX_NOTES:
            log.info("note: … and %d more; `python -m generator check` lists them all", len(notes) - MAX_NOTES)
        log.info(
            "summary: %d articles published, %d seeds rejected; notes: %s",
            published,
            rejected,
            summarize(notes),
        )
