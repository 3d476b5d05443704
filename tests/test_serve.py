"""`mkdocs serve`: saving a seed rebuilds its page, once, without writing into docs/; with
`--dirty`, only the pages that changed are rendered again, and a deleted seed's page goes."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from tests.conftest import SEEDS, make_project


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def _wait_for(url: str, text: str, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if text in _get(url):
            return True
        time.sleep(0.3)
    return False


def _serve(project: Path, log: Path, *options: str) -> tuple[subprocess.Popen[bytes], int]:
    port = _free_port()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}", *options]
    with log.open("w") as out:
        return subprocess.Popen(command, cwd=project, env=env, stdout=out, stderr=subprocess.STDOUT), port


def _status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return int(response.status)
    except urllib.error.HTTPError as error:
        return int(error.code)


def test_saving_a_seed_updates_the_served_page(tmp_path: Path) -> None:
    seed = sorted(SEEDS.glob("*.txt"))[1]
    project = make_project(tmp_path, {seed.name: seed.read_bytes()})
    log = tmp_path / "serve.log"
    server, port = _serve(project, log)
    try:
        stem = seed.stem.replace("_", "-").lower()
        url = f"http://127.0.0.1:{port}/articles/{stem}/"
        assert _wait_for(url, "<h1", 60), log.read_text()
        text = seed.read_text(encoding="utf-8")
        (project / "seeds" / seed.name).write_text("MARQUEUR " + text, encoding="utf-8")
        assert _wait_for(url, "MARQUEUR", 60), log.read_text()
        time.sleep(2)
        output = log.read_text()
        assert output.count("Building documentation") == 2, output  # start, then one rebuild for the save
        assert sorted(p.name for p in (project / "docs").iterdir()) == ["assets"]
    finally:
        server.terminate()
        server.wait(timeout=20)


def _pages(project: Path, docs: Path) -> dict[str, bytes]:
    """The Markdown pages the generator makes of the project's seeds now (its CLI, into docs)."""
    command = [sys.executable, "-m", "generator", "--seeds", str(project / "seeds"), "build", "--docs", str(docs)]
    subprocess.run(command, check=True, capture_output=True)
    return {p.relative_to(docs).as_posix(): p.read_bytes() for p in docs.rglob("*.md")}


def _split(before: dict[str, bytes], after: dict[str, bytes]) -> tuple[int, int]:
    """(pages of after whose Markdown is new or changed, pages of after the same as before)."""
    same = sum(1 for path, text in after.items() if before.get(path) == text)
    return len(after) - same, same


def test_dirty_serve_renders_only_what_changed_and_drops_deleted_pages(tmp_path: Path) -> None:
    # Seeds 000 and 004 both name Lavrov. A new word in 000's headline must reach its own page and
    # Lavrov's; deleting 004 must take its page out. Each rebuild renders exactly the pages whose
    # Markdown changed (by the generator's CLI on the same seeds) and keeps the others; after an
    # edit of mkdocs.yml, every page renders.
    seeds = {p.name: p for p in sorted(SEEDS.glob("*.txt"))}
    first, gone = sorted(seeds)[0], sorted(seeds)[4]
    project = make_project(tmp_path, {name: path.read_bytes() for name, path in seeds.items()})
    markdown = [_pages(project, tmp_path / "md0")]
    log = tmp_path / "serve.log"
    server, port = _serve(project, log, "--dirty")
    base = f"http://127.0.0.1:{port}"
    try:
        page = f"{base}/articles/{Path(first).stem.replace('_', '-').lower()}/"
        gone_page = f"{base}/articles/{Path(gone).stem.replace('_', '-').lower()}/"
        assert _wait_for(page, "<h1", 60) and _status(gone_page) == 200, log.read_text()
        headline, rest = seeds[first].read_text(encoding="utf-8").split("\n", 1)
        (project / "seeds" / first).write_text(f"Zqxtitre {headline}\n{rest}", encoding="utf-8")
        markdown.append(_pages(project, tmp_path / "md1"))
        assert _wait_for(page, "Zqxtitre", 60), log.read_text()
        assert _wait_for(f"{base}/actors/sergei-lavrov/", "Zqxtitre", 30), log.read_text()
        time.sleep(2)
        (project / "seeds" / gone).unlink()
        markdown.append(_pages(project, tmp_path / "md2"))
        deadline = time.monotonic() + 60
        while _status(gone_page) != 404 and time.monotonic() < deadline:
            time.sleep(0.3)
        assert _status(gone_page) == 404, log.read_text()
        time.sleep(2)
        # Any change to mkdocs.yml (templates and data too) may change every page: all render.
        with (project / "mkdocs.yml").open("a", encoding="utf-8") as config:
            config.write("\n# edited\n")
        deadline = time.monotonic() + 60
        while log.read_text().count("Building documentation") < 4 and time.monotonic() < deadline:
            time.sleep(0.3)
        time.sleep(4)
        output = log.read_text()
        found = re.findall(r"serve --dirty: (\d+) pages to render, (\d+) unchanged", output)
        counts = [(int(n), int(kept)) for n, kept in found]
        expected = [
            (len(markdown[0]), 0),
            _split(markdown[0], markdown[1]),
            _split(markdown[1], markdown[2]),
            (len(markdown[2]), 0),
        ]
        assert counts == expected, output
        assert all(kept > 0 for _, kept in counts[1:3]), counts
        assert "A 'dirty' build is being performed" not in output
    finally:
        server.terminate()
        server.wait(timeout=20)
