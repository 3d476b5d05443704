"""What only a real browser shows: layout direction, fonts, and the requests a page makes."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser


def _article(built_site: Path, lang: str) -> dict:
    doc = json.loads((built_site / "archive.json").read_text(encoding="utf-8"))
    return next(a for a in doc["articles"] if a["lang"] == lang)


def test_arabic_article_is_laid_out_right_to_left(page: object, site_url: str, built_site: Path) -> None:
    article = _article(built_site, "ar")
    page.goto(f"{site_url}/{article['path']}")  # type: ignore[attr-defined]
    info = page.evaluate(  # type: ignore[attr-defined]
        """() => {
          const p = document.querySelector('.md-content article p:not(.archive-meta):not(.archive-chips)');
          const box = p.getBoundingClientRect(), content = document.querySelector('.md-content article').getBoundingClientRect();
          const range = document.createRange(); range.selectNodeContents(p);
          const first = range.getClientRects()[0];
          return {dir: getComputedStyle(p).direction, align: getComputedStyle(p).textAlign,
                  lang: document.documentElement.lang, font: getComputedStyle(p).fontFamily,
                  firstLineRight: first.right, contentRight: content.right, contentLeft: content.left};
        }"""
    )
    assert info["lang"] == "ar"
    assert info["dir"] == "rtl"
    # The first line of an RTL paragraph starts at the right edge of the content column.
    assert abs(info["firstLineRight"] - info["contentRight"]) < 30
    assert "Noto Naskh Arabic" in info["font"]
    loaded = page.evaluate("() => document.fonts.check('16px \"Noto Naskh Arabic\"', 'سلام')")  # type: ignore[attr-defined]
    assert loaded


def test_french_article_is_left_to_right(page: object, site_url: str, built_site: Path) -> None:
    article = _article(built_site, "fr")
    page.goto(f"{site_url}/{article['path']}")  # type: ignore[attr-defined]
    direction = page.evaluate("() => getComputedStyle(document.body).direction")  # type: ignore[attr-defined]
    assert direction == "ltr"
    assert page.evaluate("() => document.documentElement.lang") == "fr"  # type: ignore[attr-defined]


@pytest.mark.parametrize("path", ["", "fr/", "ar/", "actors/", "meetings/"])
def test_pages_request_only_the_local_server(page: object, site_url: str, built_site: Path, path: str) -> None:
    hosts: set[str] = set()
    page.on("request", lambda request: hosts.add(urlsplit(request.url).netloc))  # type: ignore[attr-defined]
    page.goto(f"{site_url}/{path}", wait_until="networkidle")  # type: ignore[attr-defined]
    assert hosts == {urlsplit(site_url).netloc}


def test_actor_chips_and_meeting_chips_are_on_rows_of_their_own(page: object, site_url: str, built_site: Path) -> None:
    doc = json.loads((built_site / "archive.json").read_text(encoding="utf-8"))
    # The fewest chips: on one line they would fit side by side.
    article = min(
        (a for a in doc["articles"] if a["actors"] and a["meetings"]),
        key=lambda a: len(a["actors"]) + len(a["meetings"]),
    )
    page.goto(f"{site_url}/{article['path']}")  # type: ignore[attr-defined]
    rows = page.evaluate(  # type: ignore[attr-defined]
        """() => ['actors', 'meetings'].map(kind => {
          const box = document.querySelector('.archive-tags--' + kind).getBoundingClientRect();
          return {top: box.top, bottom: box.bottom};
        })"""
    )
    assert rows[1]["top"] >= rows[0]["bottom"], rows
