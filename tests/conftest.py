"""Shared fixtures: loaded data, the five real seeds, a built site, a local HTTP server."""

from __future__ import annotations

import datetime as dt
import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.archive import Archive
from generator.data import ArchiveData, load_data
from generator.pipeline import Generation, generate

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
TODAY = dt.date(2026, 11, 27)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/*.md from the current output")


@pytest.fixture(scope="session")
def data() -> ArchiveData:
    return load_data()


@pytest.fixture(scope="session")
def generation(data: ArchiveData) -> Generation:
    from generator.data import DATA_DIR

    return generate(SEEDS, data, DATA_DIR, today=TODAY, jobs=1)


@pytest.fixture(scope="session")
def archive(generation: Generation, data: ArchiveData) -> Archive:
    return Archive(generation.articles, data)


def mkdocs_build(project: Path, site_dir: Path, strict: bool = True) -> subprocess.CompletedProcess[str]:
    """Run the real `mkdocs build` of a project folder."""
    args = [sys.executable, "-m", "mkdocs", "build", "-f", str(project / "mkdocs.yml"), "-d", str(site_dir)]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run([*args, "--strict"] if strict else args, capture_output=True, text=True, env=env, cwd=project)


def make_project(tmp: Path, seeds: dict[str, bytes] | None = None) -> Path:
    """A copy of the site skeleton (config, overrides, assets) with the given seeds."""
    project = tmp / "project"
    project.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(ROOT / "overrides", project / "overrides")
    shutil.copytree(ROOT / "docs" / "assets", project / "docs" / "assets")
    (project / "seeds").mkdir()
    for name, content in (seeds or {}).items():
        path = project / "seeds" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    return project


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real project's site, built once with --strict."""
    tmp = tmp_path_factory.mktemp("build")
    project = make_project(tmp, {p.name: p.read_bytes() for p in SEEDS.glob("*.txt")})
    result = mkdocs_build(project, tmp / "site")
    assert result.returncode == 0, result.stderr
    return tmp / "site"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """The built site served on localhost."""
    handler = functools.partial(_QuietHandler, directory=str(built_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


CHROMIUM = "/usr/bin/chromium"
# Debian's Chromium, headless, with nothing that reaches for the network on its own.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """One headless Chromium for the browser tests, driven by Playwright."""
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    """A fresh browser context and page at a desktop size."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    page = context.new_page()
    yield page
    context.close()
