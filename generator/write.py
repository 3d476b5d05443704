"""Write generated pages into docs/: atomically, only when changed, removing stale ones."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

# Folders of docs/ that the generator owns entirely; top-level files it owns.
OWNED_DIRS = ("articles", "actors", "meetings", "places", "timeline", "fr", "ar")
OWNED_FILES = ("index.md",)


def write_atomic(path: Path, text: str) -> None:
    """Write through a temporary file and rename, so no reader sees half a page."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_pages(docs_dir: Path, pages: Mapping[str, str]) -> tuple[int, int]:
    """(written, removed): write pages whose bytes changed, delete generated pages no longer produced."""
    written = removed = 0
    for rel, text in sorted(pages.items()):
        path = docs_dir / rel
        try:
            if path.read_text(encoding="utf-8") == text:
                continue
        except (OSError, UnicodeDecodeError):
            pass
        write_atomic(path, text)
        written += 1
    wanted = {docs_dir / rel for rel in pages}
    for folder in OWNED_DIRS:
        for path in sorted((docs_dir / folder).rglob("*.md")) if (docs_dir / folder).is_dir() else []:
            if path not in wanted:
                path.unlink()
                removed += 1
    return written, removed
