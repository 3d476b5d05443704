"""Write generated pages into docs/: atomically, only when changed, removing stale ones."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Mapping
from pathlib import Path, PurePosixPath

# Folders of docs/ that the generator owns entirely (any folder it writes a page into is
# owned too); top-level files it owns. docs/assets/ is the project's own.
OWNED_DIRS = ("articles", "actors", "meetings", "places", "timeline", "fr", "ar")


def write_atomic(path: Path, text: str) -> None:
    """Write through a temporary file and rename, so no reader sees half a page."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        # mkstemp makes the file private (0600); a page keeps the mode of the one it replaces.
        os.chmod(tmp, stat.S_IMODE(path.stat().st_mode) if path.exists() else 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _target(docs_dir: Path, rel: str) -> Path:
    """docs_dir/rel, refusing a page name that would land outside docs_dir."""
    parts = PurePosixPath(rel).parts
    if not parts or PurePosixPath(rel).is_absolute() or ".." in parts or "\\" in rel:
        raise ValueError(f"generated page name {rel!r} leads outside {docs_dir}")
    return docs_dir.joinpath(*parts)


def write_pages(docs_dir: Path, pages: Mapping[str, str]) -> tuple[int, int]:
    """(written, removed): write pages whose bytes changed, delete generated pages no longer produced."""
    written = removed = 0
    wanted = {_target(docs_dir, rel): text for rel, text in pages.items()}
    for path, text in sorted(wanted.items()):
        try:
            if path.read_bytes() == text.encode("utf-8"):
                continue
        except OSError:
            pass
        write_atomic(path, text)
        written += 1
    folders = set(OWNED_DIRS) | {PurePosixPath(rel).parts[0] for rel in pages if len(PurePosixPath(rel).parts) > 1}
    for folder in sorted(folders - {"assets"}):
        root = docs_dir / folder
        for path in sorted(root.rglob("*.md")) if root.is_dir() else []:
            if path not in wanted:
                path.unlink()
                removed += 1
        _remove_empty_dirs(root)
    return written, removed


def _remove_empty_dirs(root: Path) -> None:
    """Folders left empty by removed pages go too, deepest first."""
    if not root.is_dir():
        return
    for folder in sorted((p for p in root.rglob("*") if p.is_dir()), key=lambda p: len(p.parts), reverse=True):
        if not any(folder.iterdir()):
            folder.rmdir()
