"""A site built from broken and hostile seeds mixed with good ones: the good are published, the bad
reported with file and line, and no markup from a seed runs or reshapes a page.

The seeds are tests/fixtures/hostile/ (their bytes are the test: BOMs, CR, legacy encodings),
plus files git cannot hold well, made here: an oversize file, symlinks, a named pipe.
Every payload in them carries the marker PWNED, so anything executable that contains it
came from a seed.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from generator.data import DATA_DIR, ArchiveData
from generator.pipeline import Generation, generate, slug_of
from generator.read import MAX_BYTES
from tests.conftest import TODAY, make_project, mkdocs_build

HOSTILE = Path(__file__).parent / "fixtures" / "hostile"
MARK = "PWNED"
SECRET = "PWNED-secret-outside-seeds"
YAML_TITLE = "Kerry: \"Non\" --- 'oui' # pas un commentaire {a: b} [x] & *alias !tag | > % @ `"

# Every rejected seed: the line the report must name (None: the whole file) and what it says.
BAD = {
    "bad/binary.txt": (None, "binary file"),
    "bad/broken-yaml.txt": (4, "front matter is not valid YAML"),
    "bad/duplicate-key.txt": (4, "key 'date' is given twice"),
    "bad/empty.txt": (None, "file is empty"),
    "bad/english.txt": (1, "language is neither French nor Arabic"),
    "bad/impossible-date.txt": (4, 'date "2016-02-31" is not a real day'),
    "bad/javascript-url.txt": (3, "url must be one http:// or https:// address"),
    "bad/meeting-place.txt": (4, 'place "atlantis" is not in places.yaml'),
    "bad/notes.md": (None, "not a .txt file"),
    "bad/title-only.txt": (1, "headline with no body"),
    "bad/unclosed-front-matter.txt": (1, "front matter opened by --- is never closed"),
    "bad/unknown-actor.txt": (5, 'actor "nobody-at-all" is not in actors.yaml'),
    "bad/unknown-key.txt": (4, "unknown front-matter key 'dates'"),
    "bad/whitespace-only.txt": (None, "file is empty"),
    "collide/x.txt": (None, 'URL articles/collide-x/ is already the page of "seeds/collide-x.txt"'),
    # made by _add_unusual_files
    "bad/oversize.txt": (None, f"over the {MAX_BYTES:,}-byte limit"),
    "bad/outside-link.txt": (None, "symlink points outside seeds/"),
    "bad/outside-folder": (None, "symlink points outside seeds/"),
    "bad/broken-link.txt": (None, "symlink is broken or loops"),
    **({"bad/pipe.txt": (None, "not a regular file")} if hasattr(os, "mkfifo") else {}),
}

# Published seeds whose title proves the bytes were decoded right.
TITLES = {
    "good/fr-utf8.txt": "Lavrov et Kerry discutent d'un cessez-le-feu à Genève",
    "good/ar-utf8-bom.txt": "لافروف وكيري يبحثان وقف إطلاق النار في جنيف",
    "good/ar-utf16le-bom.txt": "اتصال هاتفي بين لافروف وكيري حول سوريا",
    "good/fr-utf16be-bom.txt": "Entretien téléphonique entre Lavrov et Kerry sur la Syrie",
    "good/ar-cp1256.txt": "لقاء مرتقب بين لافروف وكيري في موسكو",
    "good/fr-cp1252.txt": "Genève : l’émissaire de l’ONU salue un « pas vers la paix »",
    "good/fr-latin1.txt": "Les États-Unis et la Russie coprésideront le groupe de soutien à la Syrie",
    "good/fr-crlf.txt": "Réunion à Vienne pour élargir la trêve en Syrie",
    "good/ar-lone-cr.txt": "الوزيران يناقشان تبادل الأسرى في سوريا",
    "good/fr-nfd-invisible.txt": "Le Conseil de sécurité adopte la résolution russo-américaine",
    "hostile/yaml-title.txt": YAML_TITLE,
    "hostile/yaml-first-line.txt": 'title: --- "Lavrov" : {kerry: [x]} # ... ---',
    "same-title/geneve-1.txt": "Lavrov et Kerry à Genève",
    "same-title/geneve-2.txt": "Lavrov et Kerry à Genève",
}


@dataclass(frozen=True)
class HostileSite:
    """Two builds of the same seeds (different hash seeds): non-strict, then strict."""

    seeds: Path
    docs: Path
    site: Path
    build: subprocess.CompletedProcess[str]
    strict_docs: Path
    strict: subprocess.CompletedProcess[str]
    generation: Generation


def _add_unusual_files(seeds: Path, outside: Path) -> None:
    outside.mkdir()
    (outside / "secret.txt").write_text(f"Secret\n\n{SECRET} ne doit jamais être publié, même par un lien.\n")
    (outside / "folder").mkdir()
    (outside / "folder" / "article.txt").write_text(f"Dossier extérieur\n\n{SECRET} dans un dossier lié.\n")
    (seeds / "bad" / "oversize.txt").write_bytes(b"Titre\n\n" + b"mot " * (MAX_BYTES // 4))
    (seeds / "bad" / "outside-link.txt").symlink_to(outside / "secret.txt")
    (seeds / "bad" / "outside-folder").symlink_to(outside / "folder")
    (seeds / "bad" / "broken-link.txt").symlink_to(outside / "missing.txt")
    if hasattr(os, "mkfifo"):
        os.mkfifo(seeds / "bad" / "pipe.txt")


def _build(tmp: Path, strict: bool, hash_seed: str) -> tuple[Path, subprocess.CompletedProcess[str]]:
    tmp.mkdir()
    project = make_project(tmp)
    shutil.rmtree(project / "seeds")
    shutil.copytree(HOSTILE, project / "seeds")
    _add_unusual_files(project / "seeds", tmp / "outside")
    with pytest.MonkeyPatch.context() as env:
        env.setenv("PYTHONHASHSEED", hash_seed)
        return project, mkdocs_build(project, tmp / "site", strict=strict)


@pytest.fixture(scope="session")
def hostile(tmp_path_factory: pytest.TempPathFactory, data: ArchiveData) -> HostileSite:
    """The hostile seeds built twice; no fixture file is changed."""
    tmp = tmp_path_factory.mktemp("hostile")
    project, build = _build(tmp / "a", strict=False, hash_seed="1")
    strict_project, strict = _build(tmp / "b", strict=True, hash_seed="2")
    seeds = project / "seeds"
    generation = generate(seeds, data, DATA_DIR, today=TODAY, jobs=1)
    return HostileSite(seeds, project / "docs", tmp / "a" / "site", build, strict_project / "docs", strict, generation)


def _published(site: HostileSite) -> dict[str, dict]:
    doc = json.loads((site.site / "archive.json").read_text(encoding="utf-8"))
    return {a["seed"]: a for a in doc["articles"]}


def _seed_files(seeds: Path) -> list[str]:
    """Every entry a contributor put in seeds/ (symlinks included, never followed), hidden ones aside."""
    out = []
    for folder, dirs, files in os.walk(seeds):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        here = Path(folder)
        out += [(here / n).relative_to(seeds).as_posix() for n in dirs if (here / n).is_symlink()]
        out += [(here / n).relative_to(seeds).as_posix() for n in files if not n.startswith(".")]
    return sorted(out)


# --- what is published, what is reported ---------------------------------------------------


def test_non_strict_build_publishes_every_good_article(hostile: HostileSite) -> None:
    assert hostile.build.returncode == 0, hostile.build.stderr[-3000:]
    expected = sorted(set(_seed_files(hostile.seeds)) - set(BAD))
    published = _published(hostile)
    assert sorted(published) == expected
    for seed, article in published.items():
        assert (hostile.site / article["path"] / "index.html").is_file(), seed


@pytest.mark.parametrize("seed", sorted(TITLES), ids=sorted(TITLES))
def test_title_is_decoded_and_shown_exactly(hostile: HostileSite, seed: str) -> None:
    article = _published(hostile)[seed]
    assert article["title"] == TITLES[seed]
    assert _h1(hostile.site / article["path"] / "index.html") == TITLES[seed]


@pytest.mark.parametrize("seed", sorted(BAD), ids=sorted(BAD))
def test_each_bad_seed_is_reported_with_file_and_line(hostile: HostileSite, seed: str) -> None:
    line, problem = BAD[seed]
    where = f"seeds/{seed}:{line}: " if line else f"seeds/{seed}: "
    reports = [r for r in hostile.build.stderr.splitlines() if "WARNING" in r and where in r]
    assert len(reports) == 1, f"{where} not reported once in:\n{hostile.build.stderr[-3000:]}"
    assert problem in reports[0]
    assert " — " in reports[0].split(where, 1)[1], "the report says how to fix it"
    assert "Traceback" not in hostile.build.stderr


def test_every_seed_is_a_page_or_a_report(hostile: HostileSite) -> None:
    files = _seed_files(hostile.seeds)
    reported = {m.group(1) for m in re.finditer(r"WARNING .*? seeds/(\S+?)(?::\d+)?: ", hostile.build.stderr)}
    assert sorted(set(_published(hostile)) | reported) == files
    assert len(_published(hostile)) + len(reported) == len(files)
    assert hostile.generation.seeds == len(files) == len(hostile.generation.articles) + len(hostile.generation.errors)


def test_strict_build_fails_naming_every_bad_file(hostile: HostileSite) -> None:
    output = hostile.strict.stdout + hostile.strict.stderr
    assert hostile.strict.returncode != 0
    assert f"Aborted with {len(BAD)} warnings in strict mode" in output
    warnings = [line for line in output.splitlines() if line.startswith("WARNING")]
    missing = [seed for seed in BAD if not any(f"seeds/{seed}" in line for line in warnings)]
    assert missing == []
    assert "Traceback" not in output


def test_duplicates_are_reported_naming_both_files(hostile: HostileSite) -> None:
    for a, b in [("committed-once", "committed-twice"), ("outlet-a", "outlet-b")]:
        for this, other in [(a, b), (b, a)]:
            assert f'seeds/dup/{this}.txt: same article text as "seeds/dup/{other}.txt"' in hostile.build.stderr
    assert _published(hostile).keys() >= {f"dup/{n}.txt" for n in ("committed-once", "committed-twice")}


def test_same_title_gets_distinct_urls_from_file_names(hostile: HostileSite) -> None:
    published = _published(hostile)
    paths = [published[f"same-title/geneve-{n}.txt"]["path"] for n in (1, 2)]
    assert paths == [f"articles/{slug_of(f'same-title/geneve-{n}.txt')}/" for n in (1, 2)]
    assert published["renamed.txt"]["path"] == "articles/lavrov-kerry-vienne/"
    renamed = next(a for a in hostile.generation.articles if a.seed == "renamed.txt")
    assert renamed.redirect_from == ("old-vienna-name", "vienne-2015")


def test_two_builds_give_identical_markdown(hostile: HostileSite) -> None:
    first, second = _generated(hostile.docs), _generated(hostile.strict_docs)
    assert len(first) > len(_published(hostile))
    assert first.keys() == second.keys()
    changed = [rel for rel in first if first[rel] != second[rel]]
    assert changed == []


def _generated(docs: Path) -> dict[str, bytes]:
    return {p.relative_to(docs).as_posix(): p.read_bytes() for p in docs.rglob("*.md") if "assets" not in p.parts}


# --- nothing from a seed runs or reshapes a page ---------------------------------------------

_URL_ATTRS = {"href", "src", "action", "formaction", "data", "poster", "xlink:href", "srcset", "background"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class _Scanner(HTMLParser):
    """Finds executable markup: scripts, handlers and script URLs carrying a seed's marker."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.findings: list[str] = []
        self.raw: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            value = value or ""
            scheme = re.sub(r"[\s\x00-\x1f]", "", value).lower().split(":", 1)[0]
            if name.startswith("on") and MARK in value:
                self.findings.append(f"<{tag} {name}={value!r}>")
            if name in _URL_ATTRS and ":" in value and scheme in ("javascript", "vbscript", "data"):
                self.findings.append(f"<{tag} {name}={value!r}>")
            if name in ("srcdoc", "style") and MARK in value:
                self.findings.append(f"<{tag} {name}={value!r}>")
        if tag in ("iframe", "object", "embed", "frame", "base"):
            self.findings.append(f"<{tag}>")
        if tag in ("script", "style"):
            self.raw = tag
            if MARK in str(attrs):
                self.findings.append(f"<{tag} {attrs}>")

    def handle_endtag(self, tag: str) -> None:
        if tag == self.raw:
            self.raw = None

    def handle_data(self, data: str) -> None:
        if self.raw and MARK in data:
            self.findings.append(f"<{self.raw}>{data[:80]}")


def _scan_html(text: str) -> list[str]:
    scanner = _Scanner()
    scanner.feed(text)
    scanner.close()
    return scanner.findings


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def _scan_file(path: Path) -> list[str]:
    """Findings in one file of site/, read the way its consumer reads it."""
    data = path.read_bytes()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    text = data.decode("utf-8", errors="replace")
    if path.suffix in (".html", ".htm"):
        return _scan_html(text)
    if path.suffix == ".json":
        # Search indexes and tag lists are inserted into pages as HTML: each string must be inert.
        return [f for s in _strings(json.loads(text)) for f in _scan_html(s)]
    if path.suffix == ".xml":
        root = ET.fromstring(data)
        # Feed readers render an item's description as HTML; titles and the rest are text.
        html = [e.text or "" for e in root.iter() if e.tag.rsplit("}", 1)[-1] in ("description", "content", "summary")]
        return [f for s in html for f in _scan_html(s)] + _scan_html(text)
    if path.suffix in (".js", ".css", ".map"):
        return [f"seed text in code: {path.name}"] if MARK in text else []
    return []


# Data exports carry the seed's text itself, as text (their consumers must escape it); Pagefind
# fragments likewise hold page text that Pagefind escapes before showing it.
_DATA = {"archive.json", "articles.csv"}


def test_no_executable_markup_from_seeds_anywhere_in_site(hostile: HostileSite) -> None:
    scanned, findings = 0, []
    for path in sorted(p for p in hostile.site.rglob("*") if p.is_file()):
        if path.name in _DATA or path.suffix == ".pf_fragment":
            continue
        scanned += 1
        findings += [f"{path.relative_to(hostile.site)}: {f}" for f in _scan_file(path)]
    assert scanned > len(_published(hostile))
    assert findings == []


def test_payloads_reach_the_site_as_visible_text(hostile: HostileSite) -> None:
    page = (hostile.site / "articles" / "hostile-html" / "index.html").read_text(encoding="utf-8")
    for payload in ("<script>document.title='PWNED-script'</script>", "<img src=x onerror=\"alert('PWNED-onerror')\">"):
        assert payload not in page
        assert _text(page).count(payload) == 1, payload
    assert _published(hostile)["hostile/html.txt"]["title"].startswith("Kerry <script>alert('PWNED-title')")


def test_scanner_finds_what_it_looks_for() -> None:
    for bad in (
        "<script>alert('PWNED')</script>",
        "<img src=x onerror=\"alert('PWNED')\">",
        '<a href=" JaVa\tScript:alert(1)">x</a>',
        "<iframe srcdoc=x></iframe>",
        "<style>/*PWNED*/</style>",
    ):
        assert _scan_html(f"<p>{bad}</p>"), bad
    assert _scan_html("<p>&lt;script&gt;alert('PWNED')&lt;/script&gt; onerror=PWNED</p>") == []


def test_no_secret_from_outside_seeds_is_published(hostile: HostileSite) -> None:
    leaks = []
    for path in (p for p in hostile.site.rglob("*") if p.is_file()):
        data = path.read_bytes()
        if data[:2] == b"\x1f\x8b":
            data = gzip.decompress(data)
        if SECRET.encode() in data:
            leaks.append(path.relative_to(hostile.site).as_posix())
    assert leaks == []


@pytest.mark.parametrize("seed", ["hostile/markdown.txt", "hostile/html.txt"])
def test_markdown_in_a_seed_does_not_change_the_page_structure(hostile: HostileSite, seed: str) -> None:
    article = next(a for a in hostile.generation.articles if a.seed == seed)
    html = (hostile.site / article.path / "index.html").read_text(encoding="utf-8")
    blocks = [(tag, text) for tag, cls, text in _article_children(html) if tag in ("p", "h2") and not cls]
    assert blocks == [("h2" if b.kind == "h2" else "p", " ".join(b.text.split())) for b in article.body]
    children = _article_children(html)
    assert [tag for tag, cls, _ in children if not cls] == ["h1", *(tag for tag, _ in blocks)]
    structure = {"ul", "ol", "blockquote", "table", "pre", "hr", "h3", "h4", "h5", "h6", "details", "dl"}
    assert structure.isdisjoint(tag for tag, _, _ in children)


def test_front_matter_title_round_trips(hostile: HostileSite) -> None:
    page = (hostile.docs / "articles" / "hostile-yaml-title.md").read_text(encoding="utf-8")
    assert yaml.safe_load(page.split("---\n", 2)[1])["title"] == YAML_TITLE
    html = (hostile.site / "articles" / "hostile-yaml-title" / "index.html").read_text(encoding="utf-8")
    assert _text(re.search(r"<title>(.*?)</title>", html, re.DOTALL).group(1)).startswith(YAML_TITLE)  # type: ignore[union-attr]


def test_every_page_shows_its_title_exactly(hostile: HostileSite) -> None:
    wrong = [
        (a.seed, a.title, shown)
        for a in hostile.generation.articles
        if (shown := _h1(hostile.site / a.path / "index.html")) != " ".join(a.title.split())
    ]
    assert wrong == []


# --- reading built HTML ----------------------------------------------------------------------


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return "".join(parser.parts)


def _h1(page: Path) -> str:
    m = re.search(r"<h1[^>]*>(.*?)</h1>", page.read_text(encoding="utf-8"), re.DOTALL)
    assert m, page
    return " ".join(_text(m.group(1)).split())


@dataclass
class _Node:
    tag: str
    cls: str
    parent: _Node | None
    children: list[_Node | str]

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)


class _Tree(HTMLParser):
    """Just enough of a DOM to find an element's siblings."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = self.node = _Node("#document", "", None, [])

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = _Node(tag, dict(attrs).get("class") or "", self.node, [])
        self.node.children.append(node)
        if tag not in _VOID:
            self.node = node

    def handle_endtag(self, tag: str) -> None:
        node: _Node | None = self.node
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.node = node.parent

    def handle_data(self, data: str) -> None:
        self.node.children.append(data)


def _find(node: _Node, tag: str) -> _Node | None:
    for child in node.children:
        if isinstance(child, _Node):
            found = child if child.tag == tag else _find(child, tag)
            if found:
                return found
    return None


def _article_children(html: str) -> list[tuple[str, str, str]]:
    """(tag, class, text) of the elements beside the page's <h1>: the article as Markdown made it."""
    tree = _Tree()
    tree.feed(html)
    h1 = _find(tree.root, "h1")
    assert h1 is not None and h1.parent is not None
    return [(c.tag, c.cls, " ".join(c.text().split())) for c in h1.parent.children if isinstance(c, _Node)]
