"""Decoding: every encoding scrapers produce comes out as the right letters."""

from __future__ import annotations

import codecs

import pytest

from generator.errors import SeedError
from generator.read import SeedFile, decode, find_seeds

FR = "Lavrov a rencontré Kerry à Genève : « coopération élargie » avec l’ONU, été 2016."
AR = "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي جون كيري في جنيف."


@pytest.mark.parametrize(
    ("data", "text"),
    [
        pytest.param(FR.encode("utf-8"), FR, id="utf8-fr"),
        pytest.param(codecs.BOM_UTF8 + AR.encode("utf-8"), AR, id="utf8-bom-ar"),
        pytest.param(codecs.BOM_UTF16_LE + AR.encode("utf-16-le"), AR, id="utf16-le-bom"),
        pytest.param(codecs.BOM_UTF16_BE + FR.encode("utf-16-be"), FR, id="utf16-be-bom"),
        pytest.param(AR.encode("cp1256"), AR, id="windows-1256-arabic"),
        pytest.param(FR.replace("’", "'").encode("cp1252"), FR.replace("’", "'"), id="windows-1252-french"),
        pytest.param(FR.replace("’", "'").encode("latin-1"), FR.replace("’", "'"), id="latin-1-french"),
    ],
)
def test_decode(data: bytes, text: str) -> None:
    assert decode(SeedFile("x.txt", data)) == text


def test_binary_is_rejected() -> None:
    with pytest.raises(SeedError, match="binary"):
        decode(SeedFile("x.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))


def test_non_txt_and_escaping_symlinks_are_reported(tmp_path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("x")
    (seeds / "b.md").write_text("x")
    (tmp_path / "secret.txt").write_text("secret")
    (seeds / "link.txt").symlink_to(tmp_path / "secret.txt")
    found, errors = find_seeds(seeds)
    assert [p.name for p in found] == ["a.txt"]
    assert sorted(e.finding.path for e in errors) == ["seeds/b.md", "seeds/link.txt"]
