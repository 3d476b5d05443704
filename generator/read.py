"""seeds/**/*.txt → (name, text): find the files and decode them; nothing else."""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import SeedError

MAX_BYTES = 1_048_576
_FRENCH_ACCENTS = re.compile("[àâäçéèêëîïôöûùüÿœæÀÂÇÉÈÊËÎÏÔÛÙÜŒ«»’]")
_ARABIC = re.compile("[\u0621-\u064a]")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class SeedFile:
    """One seed: its name relative to the seeds folder and its raw bytes."""

    name: str
    data: bytes


def find_seeds(root: Path) -> tuple[list[Path], list[SeedError]]:
    """Every seed file under root, sorted; and an error for each file that is not one."""
    found: list[Path] = []
    errors: list[SeedError] = []
    base = root.resolve()
    for path in sorted(root.rglob("*")):
        name = path.relative_to(root).as_posix()
        if any(part.startswith(".") for part in path.relative_to(root).parts):
            continue
        if path.is_symlink() and not path.resolve().is_relative_to(base):
            errors.append(
                SeedError(f"seeds/{name}", None, "symlink points outside seeds/", "replace it with the file itself")
            )
            continue
        if path.is_dir():
            continue
        if path.suffix != ".txt":
            errors.append(
                SeedError(f"seeds/{name}", None, "not a .txt file", "rename it to .txt or move it out of seeds/")
            )
            continue
        found.append(path)
    return found, errors


def read_seed(root: Path, path: Path, max_bytes: int = MAX_BYTES) -> SeedFile:
    """Read one seed's bytes, refusing oversize files."""
    name = path.relative_to(root).as_posix()
    size = path.stat().st_size
    if size > max_bytes:
        raise SeedError(
            f"seeds/{name}",
            None,
            f"file is {size:,} bytes, over the {max_bytes:,}-byte limit",
            "split it or raise seeds_max_bytes in mkdocs.yml",
        )
    return SeedFile(name, path.read_bytes())


def decode(seed: SeedFile) -> str:
    """Decode a seed: BOMs first, then UTF-8, then the likelier of Windows-1256 and -1252."""
    where = f"seeds/{seed.name}"
    data = seed.data
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise SeedError(
                    where, None, f"invalid {codec} after its byte-order mark", "re-save the file as UTF-8"
                ) from exc
    if b"\x00" in data:
        raise SeedError(where, None, "binary file (contains NUL bytes)", "save the article as plain text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    arabic = data.decode("cp1256", errors="replace")
    latin = data.decode("cp1252", errors="replace")
    if len(_ARABIC.findall(arabic)) > 2 * len(_FRENCH_ACCENTS.findall(latin)):
        return arabic
    return latin


def iter_seeds(root: Path, max_bytes: int = MAX_BYTES) -> Iterator[SeedFile | SeedError]:
    """Each seed under root as a SeedFile, or the SeedError that stops it."""
    paths, errors = find_seeds(root)
    yield from errors
    for path in paths:
        try:
            yield read_seed(root, path, max_bytes)
        except SeedError as exc:
            yield exc
