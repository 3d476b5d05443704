"""`mkdocs serve`: saving a seed rebuilds its page, once, without writing into docs/."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
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


def test_saving_a_seed_updates_the_served_page(tmp_path: Path) -> None:
    seed = sorted(SEEDS.glob("*.txt"))[1]
    project = make_project(tmp_path, {seed.name: seed.read_bytes()})
    port = _free_port()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"]
    log = tmp_path / "serve.log"
    with log.open("w") as out:
        server = subprocess.Popen(command, cwd=project, env=env, stdout=out, stderr=subprocess.STDOUT)
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
