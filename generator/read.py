"""seeds/**/*.txt → (name, text): find the files and decode them; nothing else."""

from __future__ import annotations

import codecs
import functools
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import SeedError

# Largest seed read, in bytes (1 MiB); the plugin option seeds_max_bytes overrides it.
# A news article is a few kilobytes: a bigger file is a dump or a mistake, and reading it
# would slow every build.
MAX_BYTES = 1_048_576

# Byte-order marks, longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ARABIC_PAIR = re.compile("[\u0621-\u064a\u0671-\u06d3]{2}")
_MIXED_SCRIPT = re.compile("[\u0600-\u06ff][A-Za-z\u00c0-\u024f]|[A-Za-z\u00c0-\u024f][\u0600-\u06ff]")
# Control characters no text editor writes (tab, line ends and form feed excepted).
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufffd]")
# Bytes that are not UTF-8, as Python's surrogateescape error handler shows them.
_ESCAPED = re.compile("[\udc80-\udcff]+")
_LINE_END = re.compile(r"\r\n|\r|\n")
_BAD_NAME = re.compile("[\x00-\x1f\x7f\ud800-\udfff]")
_CODEC_NAMES = {"utf-8-sig": "UTF-8", "utf-16": "UTF-16", "utf-32": "UTF-32"}


@dataclass(frozen=True)
class SeedFile:
    """One seed: its name relative to the seeds folder and its raw bytes."""

    name: str
    data: bytes


def _error(name: str, problem: str, fix: str) -> SeedError:
    return SeedError(f"seeds/{name}", None, problem, fix)


def _check_entry(base: Path, path: Path, name: str) -> SeedError | None:
    """Why a directory entry under seeds/ cannot be a seed, or None when it can."""
    if _BAD_NAME.search(name):
        return _error(ascii(name)[1:-1], "file name has control characters or is not UTF-8", "rename the file")
    if path.is_symlink():
        try:
            target = path.resolve(strict=True)
        except (OSError, RuntimeError):
            return _error(name, "symlink is broken or loops", "replace it with the file itself")
        if not target.is_relative_to(base):
            return _error(name, "symlink points outside seeds/ and is not followed", "replace it with the file itself")
        if target.is_dir():
            return _error(name, "symlinked folder is not followed", "move the files themselves into seeds/")
    if path.suffix != ".txt":
        return _error(name, "not a .txt file", "rename it to .txt or move it out of seeds/")
    return None


def find_seeds(root: Path) -> tuple[list[Path], list[SeedError]]:
    """Every seed file under root, sorted; and an error for each file that is not one.

    Hidden files and folders (.gitkeep, .DS_Store, editor swap files) are skipped;
    symlinked folders are reported, never entered.
    """
    named, errors = list_seeds(root)
    return [path for _, path in named], errors


def list_seeds(root: Path) -> tuple[list[tuple[str, Path]], list[SeedError]]:
    """find_seeds, with each seed's name (its path under root, "/"-separated)."""
    found: list[tuple[str, Path]] = []
    errors: list[SeedError] = []
    base = root.resolve()
    todo = [(os.fspath(root), "")]
    while todo:
        folder, prefix = todo.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                name = prefix + entry.name
                is_link = entry.is_symlink()
                if not is_link and entry.is_dir():
                    todo.append((entry.path, name + "/"))
                    continue
                # The common case, told by the directory listing alone: a plain .txt file.
                is_plain = not is_link and entry.name.endswith(".txt") and not _BAD_NAME.search(name)
                problem = None if is_plain else _check_entry(base, Path(entry.path), name)
                if problem is None:
                    found.append((name, Path(entry.path)))
                else:
                    errors.append(problem)
    found.sort(key=lambda item: item[0])
    errors.sort(key=lambda e: e.finding.path)
    return found, errors


def seed_stamp(path: Path) -> tuple[int, ...] | None:
    """What the file system says of a plain file (size, modification and change times, inode):
    while these stay the same its bytes are the same, and need not be read to know it. None for a
    symlink or anything else read_seed would check more closely."""
    try:
        st = os.stat(path, follow_symlinks=False)
    except OSError:
        return None
    if not stat.S_ISREG(st.st_mode):
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev)


@functools.lru_cache(maxsize=8)
def _resolved(root: Path) -> Path:
    return root.resolve()


def read_seed(root: Path, path: Path, max_bytes: int = MAX_BYTES, name: str | None = None) -> SeedFile:
    """Read one seed's bytes: a regular file inside root, no bigger than max_bytes."""
    name = name or path.relative_to(root).as_posix()
    # find_seeds never enters a symlinked folder, so only a symlinked file can lead elsewhere.
    try:
        target = path.resolve(strict=True) if path.is_symlink() else path
    except (OSError, RuntimeError) as exc:
        raise _error(name, "cannot be read (missing, or a symlink loop)", "check the file exists") from exc
    if target is not path and not target.is_relative_to(_resolved(root)):
        raise _error(name, "path leads outside seeds/ and is not read", "put the file itself inside seeds/")
    # O_NONBLOCK: a FIFO named *.txt must not hang the build; it is refused below.
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(target, flags)
    except OSError as exc:
        raise _error(name, f"cannot be read ({exc.strerror})", "check the file's permissions") from exc
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fh.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise _error(name, "not a regular file", "replace it with a plain text file")
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise _error(
            name,
            f"file is {max(info.st_size, len(data)):,} bytes, over the {max_bytes:,}-byte limit",
            "split it, or raise seeds_max_bytes in mkdocs.yml",
        )
    return SeedFile(name, data)


def _legacy_codec(text: str) -> str:
    """Windows-1256 when text (read as Windows-1256) is Arabic, else Windows-1252 (Latin-1's superset)."""
    # Windows-1256 keeps é, è, à, ç… where Latin-1 has them but puts Arabic letters in place
    # of É, À, Ç: misread French shows Arabic letters glued to Latin ones ("ةtat"), which
    # real text never does, while real Arabic has Arabic letters side by side.
    words = len(_ARABIC_PAIR.findall(text))
    return "cp1256" if words > len(_MIXED_SCRIPT.findall(text)) else "cp1252"


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text that lost its byte-order mark: its spaces and line ends pair with NUL bytes."""
    if len(data) % 2:
        return None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if (" " in text or "\n" in text) and not _CONTROL.search(text):
            return text
    return None


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def detect_encoding(data: bytes) -> str:
    """The codec decode() uses; "utf-8+cp1252" is UTF-8 with a few stray Windows-1252 bytes."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec
    if b"\x00" in data:
        return "utf-16-le/be" if _utf16_without_bom(data) is not None else "binary"
    if data.isascii() or _is_utf8(data):
        return "utf-8"
    escaped = data.decode("utf-8", errors="surrogateescape")
    invalid = sum(len(m) for m in _ESCAPED.findall(escaped))
    if not invalid:
        return "utf-8"
    valid = sum(1 for c in escaped if c >= "\x80") - invalid
    # A UTF-8 file with one character pasted from a Windows program stays UTF-8.
    if valid > 4 * invalid:
        return "utf-8+" + _legacy_codec(_ESCAPED.sub("", escaped))
    return _legacy_codec(data.decode("cp1256", errors="replace"))


def _decode_as(data: bytes, codec: str) -> str:
    if codec == "utf-16-le/be":
        return _utf16_without_bom(data) or ""
    if codec.startswith("utf-8+"):
        legacy = codec.removeprefix("utf-8+")
        escaped = data.decode("utf-8", errors="surrogateescape")
        return _ESCAPED.sub(lambda m: m.group().encode("utf-8", "surrogateescape").decode(legacy, "replace"), escaped)
    if codec in ("cp1252", "cp1256"):
        return data.decode(codec, errors="replace")
    return data.decode(codec)


@dataclass(frozen=True)
class Decoded:
    """A seed's text, the codec that read it, and the first line with bytes that were not UTF-8."""

    text: str
    codec: str
    stray_line: int | None = None


def decode_seed(seed: SeedFile) -> Decoded:
    """Decode a seed: BOMs, UTF-8, BOM-less UTF-16, then Windows-1256 or -1252; refuse binary."""
    where = f"seeds/{seed.name}"
    codec = detect_encoding(seed.data)
    if codec == "binary":
        raise SeedError(where, None, "binary file (contains NUL bytes)", "save the article as plain text (UTF-8)")
    try:
        text = _decode_as(seed.data, codec)
    except UnicodeDecodeError as exc:
        name = _CODEC_NAMES.get(codec, codec)
        raise SeedError(where, None, f"invalid {name} after its byte-order mark", "re-save the file as UTF-8") from exc
    controls = len(_CONTROL.findall(text))
    if controls > max(2, len(text) // 100):
        raise SeedError(
            where, None, f"binary file ({controls} control characters)", "save the article as plain text (UTF-8)"
        )
    stray = None
    if codec.startswith("utf-8+"):
        escaped = seed.data.decode("utf-8", errors="surrogateescape")
        first = _ESCAPED.search(escaped)
        stray = len(_LINE_END.findall(escaped, 0, first.start())) + 1 if first else None
    return Decoded(text, codec, stray)


def decode(seed: SeedFile) -> str:
    """The seed's text (see decode_seed)."""
    return decode_seed(seed).text


def seed_path(root: Path, name: str) -> Path:
    """The file of a seed named relative to root; a name leading outside root is refused."""
    if Path(name).is_absolute() or ".." in Path(name).parts:
        raise _error(name, "path leads outside seeds/", "name the file relative to seeds/")
    return root / name


def iter_seeds(root: Path, max_bytes: int = MAX_BYTES) -> Iterator[SeedFile | SeedError]:
    """Each seed under root as a SeedFile, or the SeedError that stops it."""
    named, errors = list_seeds(root)
    yield from errors
    for name, path in named:
        try:
            yield read_seed(root, path, max_bytes, name)
        except SeedError as exc:
            yield exc
