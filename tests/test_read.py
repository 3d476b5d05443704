"""Reading seeds: every encoding scrapers produce comes out as the right letters; nothing else gets in."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from generator.errors import SeedError
from generator.read import MAX_BYTES, SeedFile, decode, decode_seed, find_seeds, iter_seeds, read_seed, seed_path

FR = "Lavrov a rencontré Kerry à Genève : « coopération élargie » avec l’ONU, été 2016."
AR = "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي جون كيري في جنيف، وتباحثا؟"
FR_LATIN1 = FR.replace("’", "'")
FR_CAPITALS = "État, Élysée, À Genève, Ça suffit : ÉTATS-UNIS et Égypte."


@pytest.mark.parametrize(
    ("data", "text"),
    [
        pytest.param(FR.encode("utf-8"), FR, id="utf8-fr"),
        pytest.param(codecs.BOM_UTF8 + AR.encode("utf-8"), AR, id="utf8-bom-ar"),
        pytest.param(codecs.BOM_UTF16_LE + AR.encode("utf-16-le"), AR, id="utf16-le-bom"),
        pytest.param(codecs.BOM_UTF16_BE + FR.encode("utf-16-be"), FR, id="utf16-be-bom"),
        pytest.param(codecs.BOM_UTF32_LE + AR.encode("utf-32-le"), AR, id="utf32-le-bom"),
        pytest.param(AR.encode("utf-16-le"), AR, id="utf16-le-without-bom"),
        pytest.param(FR.encode("utf-16-be"), FR, id="utf16-be-without-bom"),
        pytest.param(AR.encode("cp1256"), AR, id="windows-1256-arabic"),
        pytest.param(FR.encode("cp1252"), FR, id="windows-1252-french"),
        pytest.param(FR_CAPITALS.encode("cp1252"), FR_CAPITALS, id="windows-1252-french-capitals"),
        pytest.param(FR_LATIN1.encode("latin-1"), FR_LATIN1, id="latin-1-french"),
    ],
)
def test_decode(data: bytes, text: str) -> None:
    assert decode(SeedFile("x.txt", data)) == text


def test_stray_windows_byte_in_utf8_keeps_the_utf8() -> None:
    data = (FR + "\n" + FR + "\n").encode("utf-8") + b"l\x92ONU\n"
    decoded = decode_seed(SeedFile("x.txt", data))
    assert decoded.text == f"{FR}\n{FR}\nl’ONU\n"
    assert (decoded.codec, decoded.stray_line) == ("utf-8+cp1252", 3)


def test_utf8_is_not_mistaken_for_a_legacy_codec() -> None:
    assert decode_seed(SeedFile("x.txt", AR.encode("utf-8"))).codec == "utf-8"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary", id="png"),
        pytest.param(bytes(range(1, 32)) * 20, "control characters", id="controls-without-nul"),
        pytest.param(codecs.BOM_UTF16_LE + b"a\x00b", "invalid UTF-16", id="odd-utf16"),
        pytest.param(codecs.BOM_UTF8 + b"caf\xc3", "invalid UTF-8", id="truncated-utf8-with-bom"),
    ],
)
def test_not_text_is_rejected(data: bytes, message: str) -> None:
    with pytest.raises(SeedError, match=message) as info:
        decode(SeedFile("x.txt", data))
    assert info.value.finding.path == "seeds/x.txt"


def _tree(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    (seeds / "2016").mkdir(parents=True)
    (seeds / ".git").mkdir()
    (seeds / "a.txt").write_text("x")
    (seeds / "2016" / "b.txt").write_text("x")
    (seeds / ".git" / "c.txt").write_text("x")
    (seeds / ".gitkeep").write_text("")
    return seeds


def test_finds_txt_files_sorted_and_skips_hidden(tmp_path: Path) -> None:
    seeds = _tree(tmp_path)
    found, errors = find_seeds(seeds)
    assert [p.relative_to(seeds).as_posix() for p in found] == ["2016/b.txt", "a.txt"]
    assert errors == []


def test_non_txt_and_escaping_symlinks_are_reported(tmp_path: Path) -> None:
    seeds = _tree(tmp_path)
    (seeds / "b.md").write_text("x")
    (tmp_path / "secret.txt").write_text("secret")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "d.txt").write_text("x")
    (seeds / "link.txt").symlink_to(tmp_path / "secret.txt")
    (seeds / "dir").symlink_to(tmp_path / "elsewhere")
    (seeds / "broken.txt").symlink_to(tmp_path / "missing.txt")
    (seeds / "loop.txt").symlink_to(seeds / "loop.txt")
    found, errors = find_seeds(seeds)
    assert [p.name for p in found] == ["b.txt", "a.txt"]
    problems = {e.finding.path: e.finding.problem for e in errors}
    assert sorted(problems) == ["seeds/b.md", "seeds/broken.txt", "seeds/dir", "seeds/link.txt", "seeds/loop.txt"]
    assert "outside seeds/" in problems["seeds/link.txt"]
    assert "outside seeds/" in problems["seeds/dir"]
    assert "broken" in problems["seeds/broken.txt"]


def test_symlink_to_another_seed_is_read(tmp_path: Path) -> None:
    seeds = _tree(tmp_path)
    (seeds / "alias.txt").symlink_to(seeds / "a.txt")
    assert [s.name for s in iter_seeds(seeds) if isinstance(s, SeedFile)] == ["2016/b.txt", "a.txt", "alias.txt"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX file names are bytes")
def test_undecodable_file_name_is_reported(tmp_path: Path) -> None:
    seeds = _tree(tmp_path)
    Path(os.fsdecode(bytes(seeds) + b"/caf\xe9.txt")).write_text("x")
    _, errors = find_seeds(seeds)
    assert [e.finding.problem for e in errors] == ["file name has control characters or is not UTF-8"]
    str(errors[0]).encode("utf-8")  # printable: no lone surrogates reach the report


def test_oversize_is_refused_and_the_limit_is_inclusive(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "big.txt").write_bytes(b"a" * 101)
    (seeds / "fits.txt").write_bytes(b"a" * 100)
    assert read_seed(seeds, seeds / "fits.txt", max_bytes=100).data == b"a" * 100
    with pytest.raises(SeedError, match="101 bytes, over the 100-byte limit"):
        read_seed(seeds, seeds / "big.txt", max_bytes=100)
    assert MAX_BYTES == 1024 * 1024


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    os.mkfifo(seeds / "pipe.txt")
    with pytest.raises(SeedError, match="not a regular file"):
        read_seed(seeds, seeds / "pipe.txt")


def test_a_path_outside_seeds_is_refused(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (tmp_path / "secret.txt").write_text("secret")
    (seeds / "link.txt").symlink_to(tmp_path / "secret.txt")
    with pytest.raises(SeedError, match="outside seeds/"):
        read_seed(seeds, seeds / "link.txt")
    for name in ("../secret.txt", "/etc/passwd", "a/../../secret.txt"):
        with pytest.raises(SeedError, match="outside seeds/"):
            seed_path(seeds, name)
    assert seed_path(seeds, "2016/a.txt") == seeds / "2016" / "a.txt"
