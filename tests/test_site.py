"""The built site, read as HTML: one page per seed, direction per language, data export, links."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from tests.conftest import SEEDS


def _html(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


def _articles(site: Path) -> list[dict]:
    return json.loads((site / "archive.json").read_text(encoding="utf-8"))["articles"]


def test_one_page_per_seed(built_site: Path) -> None:
    seeds = sorted(p.name for p in SEEDS.glob("*.txt"))
    pages = sorted(p.name for p in (built_site / "articles").iterdir() if (p / "index.html").exists())
    assert len(pages) == len(seeds)
    assert sorted(a["seed"] for a in _articles(built_site)) == seeds


def test_arabic_pages_are_rtl_and_french_ltr(built_site: Path) -> None:
    for article in _articles(built_site):
        page = _html(built_site, article["path"])
        html_lang = re.search(r"<html lang=\"(\w+)\"", page).group(1)
        body_dir = re.search(r"<body dir=\"(\w+)\"", page).group(1)
        assert html_lang == article["lang"], article["seed"]
        assert body_dir == ("rtl" if article["lang"] == "ar" else "ltr"), article["seed"]


def test_arabic_interface_strings_on_arabic_pages(built_site: Path) -> None:
    ar = next(a for a in _articles(built_site) if a["lang"] == "ar")
    fr = next(a for a in _articles(built_site) if a["lang"] == "fr")
    assert 'placeholder="بحث"' in _html(built_site, ar["path"])
    assert 'placeholder="Rechercher"' in _html(built_site, fr["path"])


class _Resources(HTMLParser):
    """URLs a browser fetches while loading the page (not links a reader may follow)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag in {"script", "img", "iframe", "audio", "video", "source"} and a.get("src"):
            self.urls.append(a["src"] or "")
        if tag == "link" and a.get("href") and not {"canonical", "alternate"} & set((a.get("rel") or "").split()):
            self.urls.append(a["href"] or "")


def test_no_third_party_requests_in_pages(built_site: Path) -> None:
    for page in built_site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        parser = _Resources()
        parser.feed(text)
        for url in parser.urls:
            assert not re.match(r"(https?:)?//", url), f"{page}: {url}"
        assert "fonts.googleapis" not in text and "fonts.gstatic" not in text
    for css in built_site.rglob("*.css"):
        assert not re.search(r"url\((['\"]?)(https?:)?//", css.read_text(encoding="utf-8")), css


def test_articles_stay_out_of_navigation(built_site: Path) -> None:
    home = (built_site / "index.html").read_text(encoding="utf-8")
    nav = home.split('class="md-nav md-nav--primary"', 1)[1].split("</nav>", 1)[0]
    assert "articles/" not in nav


def test_archive_json_contract(built_site: Path) -> None:
    doc = json.loads((built_site / "archive.json").read_text(encoding="utf-8"))
    assert set(doc) == {"articles", "actors", "meetings", "places"}
    keys = {"seed", "title", "lang", "date", "date_source", "source", "url", "actors", "meetings", "places", "path"}
    actor_ids = {a["id"] for a in doc["actors"]}
    meeting_ids = {m["id"] for m in doc["meetings"]}
    for article in doc["articles"]:
        assert set(article) == keys
        assert set(article["actors"]) <= actor_ids
        assert set(article["meetings"]) <= meeting_ids
        assert (built_site / article["path"] / "index.html").exists()
    for actor in doc["actors"]:
        assert set(actor["name"]) == {"en", "fr", "ar"}
        assert (built_site / "actors" / actor["id"] / "index.html").exists()
    for meeting in doc["meetings"]:
        assert len(meeting["participants"]) >= 2
        assert meeting["kind"] in {"meeting", "phone", "conference"}
        assert (built_site / "meetings" / meeting["id"] / "index.html").exists()


def test_actor_and_meeting_pages_list_exactly_their_articles(built_site: Path) -> None:
    doc = json.loads((built_site / "archive.json").read_text(encoding="utf-8"))
    for kind, key in (("actors", "actors"), ("meetings", "meetings")):
        for entry in doc[kind]:
            page = _html(built_site, f"{kind}/{entry['id']}")
            linked = set(re.findall(r'href="\.\./\.\./(articles/[^"]+/)"', page))
            expected = {a["path"] for a in doc["articles"] if entry["id"] in a[key]}
            assert linked == expected, entry["id"]


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in {"href", "src"} and value:
                self.links.append(value)


def test_no_broken_internal_links(built_site: Path) -> None:
    broken = []
    for page in built_site.rglob("*.html"):
        url = "/" + page.relative_to(built_site).as_posix()
        parser = _Links()
        parser.feed(page.read_text(encoding="utf-8"))
        for link in parser.links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or link.startswith(("#", "mailto:", "javascript:")):
                continue
            target = unquote(urlsplit(urljoin(url, parts.path)).path)
            path = built_site / target.lstrip("/")
            if not (path.is_file() or (path / "index.html").is_file()):
                broken.append(f"{url} → {link}")
    assert not broken, "\n".join(broken[:20])


def test_feeds_are_valid_rss_per_language(built_site: Path) -> None:
    import xml.etree.ElementTree as ET

    doc = json.loads((built_site / "archive.json").read_text(encoding="utf-8"))
    dated = {a["lang"]: [] for a in doc["articles"]}
    for a in doc["articles"]:
        if a["date"]:
            dated[a["lang"]].append(a["title"])
    for path, lang in (("feed.xml", None), ("fr/feed.xml", "fr"), ("ar/feed.xml", "ar")):
        channel = ET.parse(built_site / path).getroot().find("channel")
        titles = [item.findtext("title") for item in channel.findall("item")]
        expected = [t for lg, ts in dated.items() if lang in (None, lg) for t in ts]
        assert sorted(titles) == sorted(expected), path
        for item in channel.findall("item"):
            assert item.findtext("link").startswith("https://")


def test_language_sections_and_years(built_site: Path) -> None:
    doc = json.loads((built_site / "archive.json").read_text(encoding="utf-8"))
    ar_index = (built_site / "ar" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="ar"' in ar_index and '<body dir="rtl"' in ar_index
    for article in doc["articles"]:
        year = article["date"][:4] if article["date"] else "undated"
        page = (built_site / article["lang"] / year / "index.html").read_text(encoding="utf-8")
        assert f'href="../../{article["path"]}"' in page, article["seed"]


def test_timeline_lists_every_article_and_meeting_once(built_site: Path) -> None:
    doc = json.loads((built_site / "archive.json").read_text(encoding="utf-8"))
    pages = [p.read_text(encoding="utf-8") for p in (built_site / "timeline").glob("*/index.html")]
    text = "\n".join(pages)
    for article in doc["articles"]:
        assert text.count(f'href="../../{article["path"]}"') == 1, article["seed"]
    for meeting in doc["meetings"]:
        assert text.count(f'href="../../meetings/{meeting["id"]}/"') == 1, meeting["id"]


def test_place_pages_list_meetings_held_there(built_site: Path) -> None:
    doc = json.loads((built_site / "archive.json").read_text(encoding="utf-8"))
    for meeting in doc["meetings"]:
        if meeting["place"]:
            page = _html(built_site, f"places/{meeting['place']}")
            assert f'href="../../meetings/{meeting["id"]}/"' in page


def test_bilingual_blocks_carry_their_own_direction(built_site: Path) -> None:
    home = (built_site / "index.html").read_text(encoding="utf-8")
    assert '<section dir="rtl" lang="ar">' in home or '<section lang="ar" dir="rtl">' in home
    assert '<section dir="ltr" lang="fr">' in home or '<section lang="fr" dir="ltr">' in home


def test_actor_listing_is_newest_first(built_site: Path) -> None:
    doc = json.loads((built_site / "archive.json").read_text(encoding="utf-8"))
    for actor in doc["actors"]:
        page = _html(built_site, f"actors/{actor['id']}")
        order = re.findall(r'href="\.\./\.\./(articles/[^"]+/)"', page)
        by_path = {a["path"]: a for a in doc["articles"]}
        for lang in ("fr", "ar"):
            dates = [by_path[p]["date"] or "" for p in order if by_path[p]["lang"] == lang]
            dated = [d for d in dates if d]
            assert dated == sorted(dated, reverse=True), actor["id"]
            assert dates == dated + [""] * (len(dates) - len(dated)), actor["id"]


def test_article_header_shows_localized_date_and_outlet(built_site: Path) -> None:
    doc = json.loads((built_site / "archive.json").read_text(encoding="utf-8"))
    import datetime as dt

    from babel.dates import format_date

    for article in doc["articles"]:
        page = _html(built_site, article["path"])
        if article["date"]:
            day = format_date(dt.date.fromisoformat(article["date"]), format="long", locale=article["lang"])
            assert f'<time datetime="{article["date"]}">{day}</time>' in page
        if article["source"]:
            assert f'<span class="archive-source">{article["source"]}</span>' in page


def test_article_header_shows_the_authors(built_site: Path) -> None:
    # Seed 001 is signed "D.H./ L.A. / A. Chatta"; the others carry no signature.
    signed = _html(built_site, "articles/001-9686c5b622632da7/")
    assert '<span class="archive-byline">Par D.H./ L.A. / A. Chatta</span>' in signed
    for article in _articles(built_site):
        if not article["path"].startswith("articles/001-"):
            assert "archive-byline" not in _html(built_site, article["path"])


def test_chips_are_left_out_of_the_search_index(built_site: Path) -> None:
    # Actor and meeting chips repeat names the hidden search data already holds; indexed,
    # they would fill result excerpts and every fragment a query downloads.
    for article in _articles(built_site):
        page = _html(built_site, article["path"])
        navs = re.findall(r"<nav [^>]*class=\"md-tags[^>]*>", page)
        assert navs, article["path"]
        assert all('data-pagefind-ignore="index"' in nav for nav in navs), navs


def test_article_chips_link_its_actors_and_meetings_in_its_language(built_site: Path) -> None:
    doc = json.loads((built_site / "archive.json").read_text(encoding="utf-8"))
    names = {a["id"]: a["name"] for a in doc["actors"]}
    for article in doc["articles"]:
        page = _html(built_site, article["path"])
        for kind in ("actors", "meetings"):
            nav = re.search(rf"<nav [^>]*archive-tags--{kind}[^>]*>(.*?)</nav>", page, re.S)
            chips = (
                re.findall(r'<a class="md-tag" href="\.\./\.\./' + kind + r'/([^/"]+)/">([^<]*)</a>', nav.group(1))
                if nav
                else []
            )
            assert [i for i, _ in chips] == article[kind], (article["path"], kind)
            if kind == "actors":
                assert [n for _, n in chips] == [names[i][article["lang"]] for i in article[kind]], article["path"]
