"""Search in a real browser: Arabic and French matching, cross-script actors, filters, offline, accessibility."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser
AXE = Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js"


@pytest.fixture(scope="module")
def articles(built_site: Path) -> dict[str, dict]:
    doc = json.loads((built_site / "archive.json").read_text(encoding="utf-8"))
    return {a["seed"]: a for a in doc["articles"]}


def _search(page, query: str) -> list[str]:
    """Type a query in the header box; return the paths of the result links."""
    page.fill("#archive-search-input", query)
    page.wait_for_function(
        """q => { const s = document.querySelector('.archive-search__status');
                 return s.textContent && !s.textContent.includes('…') && document.querySelector('#archive-search-input').value === q; }""",
        arg=query,
    )
    page.wait_for_timeout(300)
    hrefs = page.eval_on_selector_all(
        ".archive-search__results li > a", "els => els.map(e => new URL(e.href).pathname)"
    )
    return [h.lstrip("/") for h in hrefs]


def _paths(articles: dict[str, dict], *seeds: str) -> set[str]:
    return {a["path"] for s, a in articles.items() if any(s.startswith(p) for p in seeds)}


CASES = [
    pytest.param("Lavrov", ("000", "001", "002", "003", "004"), id="latin-name-finds-all-five"),
    pytest.param("لافروف", ("000", "001", "002", "003", "004"), id="arabic-name-finds-all-five"),
    pytest.param("مباحثات", ("003", "004"), id="ar-prefix-and-suffix-forms"),
    pytest.param("الاعمال", ("002", "004"), id="ar-hamza-variant"),
    pytest.param("onu", ("001",), id="fr-elision-l-onu"),
    pytest.param("geneve", ("000", "001"), id="fr-accent-insensitive"),
    pytest.param("coordonner", ("000", "001"), id="fr-inflection"),
    pytest.param("2016", ("004",), id="year-number"),
]


@pytest.mark.parametrize(("query", "seeds"), CASES)
def test_query_finds_articles(page, site_url: str, articles, query: str, seeds: tuple[str, ...]) -> None:
    page.goto(f"{site_url}/")
    found = {p for p in _search(page, query) if p.startswith("articles/")}
    assert _paths(articles, *seeds) <= found


def test_query_does_not_match_everything(page, site_url: str, articles) -> None:
    page.goto(f"{site_url}/")
    found = {p for p in _search(page, "Savchenko") if p.startswith("articles/")}
    assert found == set()  # named only in a caption, which the cleaner removed


def _open_facets(page) -> None:
    """Reach for the facets as a reader does: they are filled then, not with the first query."""
    page.hover(".archive-search__filters")
    page.wait_for_selector("select[data-filter=lang] option:nth-child(2)", state="attached")


def test_filters_narrow_results(page, site_url: str, articles) -> None:
    page.goto(f"{site_url}/")
    everything = set(_search(page, "Lavrov"))
    _open_facets(page)
    page.select_option("select[data-filter=lang]", "ar")
    page.wait_for_timeout(800)
    arabic = set(
        page.eval_on_selector_all(
            ".archive-search__results li > a", "els => els.map(e => new URL(e.href).pathname.slice(1))"
        )
    )
    assert arabic == {a["path"] for a in articles.values() if a["lang"] == "ar"}
    assert arabic < everything
    page.select_option("select[data-filter=lang]", "")
    page.select_option("select[data-filter=year]", "2016")
    page.wait_for_timeout(800)
    dated = set(
        page.eval_on_selector_all(
            ".archive-search__results li > a", "els => els.map(e => new URL(e.href).pathname.slice(1))"
        )
    )
    assert dated == {a["path"] for a in articles.values() if (a["date"] or "").startswith("2016")}


def test_actor_facet_lists_actors_in_both_scripts(page, site_url: str) -> None:
    page.goto(f"{site_url}/")
    _search(page, "Lavrov")
    # Facets are filled when the reader reaches for them, off the first query's path.
    assert page.eval_on_selector_all("select[data-filter=actor] option", "els => els.length") == 1
    _open_facets(page)
    page.wait_for_selector("select[data-filter=actor] option:nth-child(2)", state="attached")
    options = page.eval_on_selector_all("select[data-filter=actor] option", "els => els.map(e => e.textContent)")
    assert any("Sergueï Lavrov · سيرغي لافروف" in o for o in options)


def test_search_makes_no_third_party_request(page, site_url: str) -> None:
    hosts: set[str] = set()
    # blob: URLs are the page's own memory (pagefind.js instantiated per bundle), not the network.
    page.on("request", lambda r: r.url.startswith("blob:") or hosts.add(urlsplit(r.url).netloc))
    page.goto(f"{site_url}/")
    _search(page, "Lavrov")
    _search(page, "لافروف")
    assert hosts == {urlsplit(site_url).netloc}


def test_first_query_downloads_pagefind_js_once(page, site_url: str) -> None:
    fetched: list[str] = []
    page.on("request", lambda r: fetched.append(urlsplit(r.url).path))
    page.goto(f"{site_url}/")
    _search(page, "Lavrov")
    modules = [path for path in fetched if path.endswith("/pagefind.js")]
    assert len(modules) == 1, modules
    # Results in both languages: the French bundle's, then the Arabic articles about Lavrov.
    langs = page.eval_on_selector_all(".archive-search__results [lang]", "els => els.map(e => e.lang)")
    assert {"fr", "ar"} <= set(langs)


def test_first_query_downloads_little(page, site_url: str) -> None:
    sizes: list[int] = []
    page.on("response", lambda r: sizes.append(len(r.body())) if "/pagefind/" in r.url or "/search/" in r.url else None)
    page.goto(f"{site_url}/")
    _search(page, "Lavrov")
    assert 0 < sum(sizes) < 300_000


MAIN = ".archive-search__results:not(.archive-search__results--other) li"


def test_more_results_load_on_demand(page, site_url: str) -> None:
    page.goto(f"{site_url}/")
    page.evaluate("() => { document.querySelector('[data-archive-search]').dataset.pageSize = '1'; }")
    _search(page, "Lavrov")
    assert page.eval_on_selector_all(MAIN, "els => els.length") == 1
    assert page.is_visible(".archive-search__more")
    page.click(".archive-search__more")
    page.wait_for_function(f"() => document.querySelectorAll({MAIN!r}).length === 2")
    more = page.eval_on_selector_all(f"{MAIN} > a", "els => els.map(e => e.href)")
    assert len(set(more)) == 2


@pytest.mark.parametrize(("query", "searched", "other"), [("Lavrov", "fr", "ar"), ("لافروف", "ar", "fr")])
def test_query_searches_its_scripts_bundle_and_reaches_the_other_by_actor(
    page, site_url: str, articles, query: str, searched: str, other: str
) -> None:
    fetched: list[str] = []
    page.on("request", lambda r: fetched.append(urlsplit(r.url).path))
    page.goto(f"{site_url}/")
    _search(page, query)
    assert any(f"/pagefind/{searched}/" in p for p in fetched)
    assert not any(f"/pagefind/{other}/" in p for p in fetched)  # the other bundle is not downloaded
    native = {
        p.lstrip("/") for p in page.eval_on_selector_all(f"{MAIN} > a", "els => els.map(e => new URL(e.href).pathname)")
    }
    assert native == {a["path"] for a in articles.values() if a["lang"] == searched}
    # The other language's articles come through the actor the query names, with its page.
    section = ".archive-search__actor"
    crossed = page.eval_on_selector_all(f"{section} li > a", "els => els.map(e => new URL(e.href).pathname.slice(1))")
    assert set(crossed) == {a["path"] for a in articles.values() if a["lang"] == other}
    assert page.eval_on_selector_all(f"{section} li", "els => els.map(e => e.dir)") == [
        "rtl" if other == "ar" else "ltr"
    ] * len(crossed)
    head = page.eval_on_selector(f"{section} > p > a", "e => [new URL(e.href).pathname, e.textContent]")
    assert head == ["/actors/sergei-lavrov/", "Sergueï Lavrov · سيرغي لافروف"]


def test_query_with_no_result_in_its_language_says_so_and_lists_the_other(page, site_url: str, articles) -> None:
    page.goto(f"{site_url}/")
    _search(page, "Assad")  # Bashar al-Assad is named in Arabic articles only
    assert page.text_content(".archive-search__status") == "Aucun résultat en français"
    assert page.eval_on_selector_all(MAIN, "els => els.length") == 0
    crossed = page.eval_on_selector_all(
        ".archive-search__actor li > a", "els => els.map(e => new URL(e.href).pathname.slice(1))"
    )
    assert crossed and all(articles_by_path(articles)[p]["lang"] == "ar" for p in crossed)


def articles_by_path(articles: dict[str, dict]) -> dict[str, dict]:
    return {a["path"]: a for a in articles.values()}


def test_query_naming_no_actor_lists_no_other_language(page, site_url: str) -> None:
    page.goto(f"{site_url}/")
    _search(page, "coordonner")
    assert page.eval_on_selector_all(".archive-search__actor", "els => els.length") == 0


def test_french_to_arabic_navigation_is_rtl(page, site_url: str, articles) -> None:
    french = next(a for a in articles.values() if a["lang"] == "fr")
    arabic = next(a for a in articles.values() if a["lang"] == "ar")
    page.goto(f"{site_url}/{french['path']}")
    assert page.evaluate("() => document.body.dir") == "ltr"
    page.goto(f"{site_url}/")
    page.click(f"a[href$='{arabic['path']}']")
    page.wait_for_load_state()
    assert page.evaluate("() => [document.documentElement.lang, document.body.dir]") == ["ar", "rtl"]


def _axe(page) -> list[dict]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [v for v in result["violations"] if v["impact"] in {"serious", "critical"}]


@pytest.mark.parametrize("path", ["", "actors/sergei-lavrov/", "meetings/"])
def test_no_serious_accessibility_violation(page, site_url: str, path: str) -> None:
    page.goto(f"{site_url}/{path}")
    assert _axe(page) == []


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_article_and_search_view_accessible(page, site_url: str, articles, lang: str) -> None:
    article = next(a for a in articles.values() if a["lang"] == lang)
    page.goto(f"{site_url}/{article['path']}")
    assert _axe(page) == []
    _search(page, "Lavrov")
    assert _axe(page) == []
