"""Article → Markdown page: YAML front matter, a metadata header and the escaped body."""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from functools import lru_cache

import yaml

from .archive import Archive
from .article import Article, Block
from .data import LangRules
from .display import display_date

# libyaml's emitter when PyYAML has it: ten times faster than the pure-Python one.
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
# Characters Python-Markdown gives meaning to inside a line: backslash-escaped.
_INLINE = re.compile(r"([\\`*_{}\[\]])")
# Line openings that would make a heading, quote, list, rule or admonition.
_LINE_START = re.compile(r"^(\s*)([#>+\-=!:~|]|\d+(?=[.)]))")


def escape_markdown(text: str) -> str:
    """Text that renders as itself: no HTML, no Markdown structure, no entities."""
    text = html.escape(text, quote=False)
    text = _INLINE.sub(r"\\\1", text)
    m = _LINE_START.match(text)
    if m:
        lead, mark = m.group(1), m.group(2)
        rest = text[m.end() :]
        if mark.isdigit():
            return f"{lead}{mark}{rest[:1].replace('.', chr(92) + '.')}{rest[1:]}"
        return f"{lead}&#{ord(mark)};{rest}"
    return text


def attr(text: str) -> str:
    """A value safe inside a double-quoted HTML attribute."""
    return html.escape(text, quote=True)


def format_day(article: Article) -> str | None:
    """The article's date as its language writes it."""
    return display_date(article.date, article.lang) if article.date else None


def front_matter(article: Article) -> dict[str, object]:
    """The page's YAML fields, in a stable order."""
    return {
        "title": article.title,
        "lang": article.lang,
        "dir": article.dir,
        "date": article.date,
        "date_display": format_day(article),
        "date_source": article.date_source,
        "source": article.source,
        "url": article.url,
        "byline": article.byline,
        "actors": list(article.actors),
        "meetings": list(article.meetings),
        "places": list(article.places),
        "seed": article.seed,
        "checksum": article.checksum,
    }


def _block(block: Block) -> str:
    text = escape_markdown(block.text)
    return f"## {text}" if block.kind == "h2" else text


def same_meeting(article: Article, archive: Archive, labels: Mapping[str, str]) -> str:
    """A box listing the other articles that cover this article's meetings."""
    items = []
    for meeting_id in article.meetings:
        for slug in archive.meetings[meeting_id].articles:
            other = archive.by_slug.get(slug)
            if other and other.slug != article.slug:
                link = f"[{escape_markdown(other.title)}]({other.slug}.md)"
                bits = [b for b in (format_day(other), other.source) if b]
                tail = f" · {escape_markdown(' · '.join(bits))}" if bits else ""
                items.append(f'- <span lang="{other.lang}" dir="{other.dir}" markdown="span">{link}{tail}</span>')
    if not items:
        return ""
    body = "\n".join(dict.fromkeys(items))
    return f'<aside class="archive-same-meeting" markdown>\n\n**{labels["same_meeting"]}**\n\n{body}\n\n</aside>'


def header(article: Article, archive: Archive, labels: Mapping[str, str]) -> str:
    """The metadata block under the headline: date, outlet, original link, people, meetings."""
    parts = []
    if day := format_day(article):
        parts.append(f'<time datetime="{article.date.isoformat()}">{html.escape(day)}</time>')  # type: ignore[union-attr]
    if article.source:
        parts.append(f'<span class="archive-source">{html.escape(article.source)}</span>')
    if article.byline:
        parts.append(
            f'<span class="archive-byline">{html.escape(labels["byline"])} {html.escape(article.byline)}</span>'
        )
    if article.url:
        parts.append(
            f'<a class="archive-original" href="{attr(article.url)}" rel="nofollow noopener">{html.escape(labels["original"])}</a>'
        )
    meta = f'<p class="archive-meta">{" · ".join(parts)}</p>' if parts else ""
    actors, meetings = archive.actor_names(article.lang), archive.meeting_names(article.lang)
    chips = [
        _chips("actors", labels["actors"], [(actors[i], f"../actors/{i}.md") for i in article.actors]),
        _chips("meetings", labels["meetings"], [(meetings[i], f"../meetings/{i}.md") for i in article.meetings]),
    ]
    return "\n".join(p for p in (meta, *chips) if p)


def _chips(kind: str, label: str, links: list[tuple[str, str]]) -> str:
    """Links to the article's actor or meeting pages, styled as Material tags; left out of the
    search index: the names are in the page's hidden search data already, and chip text would
    only fill excerpts and result fragments.

    Not Material's tags plugin: it finds each page's chip links by scanning every listing
    (pages × listings), and renders a listing per actor page the same way."""
    if not links:
        return ""
    inner = " ".join(f"[{escape_markdown(name)}]({path}){{ .md-tag }}" for name, path in links)
    return (
        f'<nav class="md-tags archive-tags archive-tags--{kind}" aria-label="{attr(label)}" data-pagefind-ignore="index"'
        f' markdown="span">{inner}</nav>'
    )


_APOSTROPHE_WORD = re.compile(r"['’](\w{2,})")
_WORD_BEFORE = re.compile(r"(\w+)$")
_WORD = re.compile(r"\w+")


def search_terms(article: Article, rules: LangRules) -> list[str]:
    """Bare forms Pagefind's tokenizer misses: "ONU" in "l’ONU", "مباحثات" in "لمباحثات"."""
    text = " ".join(b.text for b in article.body) + " " + article.title
    terms = set()
    for m in _APOSTROPHE_WORD.finditer(text):
        before = _WORD_BEFORE.search(text, max(m.start() - 8, 0), m.start())
        if before and before.group(1).casefold() in rules.elisions:
            terms.add(m.group(1))
    if rules.proclitics:
        for word in set(_WORD.findall(text)):
            terms.update(_bare_forms(word, rules.proclitics))
    return sorted(terms)


@lru_cache(maxsize=131072)
def _bare_forms(word: str, proclitics: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(word[len(p) :] for p in proclitics if word.startswith(p) and len(word) - len(p) >= 3)


def search_data(article: Article, archive: Archive) -> str:
    """Hidden text for the search index: filters, and every form of every actor's name.

    Indexing each actor's names in both scripts lets "Lavrov" find Arabic articles
    that only write لافروف, and the reverse.
    """
    actors = archive.data.actors
    filters = [("lang", article.lang)]
    if article.date:
        filters.append(("year", str(article.date.year)))
    filters += [("actor", f"{actors[i].name['fr']} · {actors[i].name['ar']}") for i in article.actors]
    # Attribute-form filters add no words to the indexed content.
    spans = [f'<span data-pagefind-filter="{key}:{attr(value)}"></span>' for key, value in filters]
    # Each distinct word once: repeating "Lavrov" in every spelling would only swell the index.
    words = dict.fromkeys(w for i in article.actors for form in actors[i].forms for w in form.split())
    names = " ".join(html.escape(w) for w in words)
    meta = f'<span data-pagefind-meta="date:{attr(format_day(article) or "")}"></span>' if article.date else ""
    extra = " ".join(html.escape(t) for t in search_terms(article, archive.data.rules[article.lang]))
    # A low weight keeps these words findable without making them the excerpt shown.
    extra_p = f'<p data-pagefind-weight="0.1">{extra}</p>' if extra else ""
    inner = f'{"".join(spans)}{meta}<p data-pagefind-weight="0.1">{names}</p>{extra_p}'
    # The search box shows the lead instead of an excerpt when every match is in this tail.
    # Pagefind leaves filter and meta text out of the content: count names and terms only.
    tail = len(_WORD.findall(html.unescape(f"{names} {extra}")))
    metas = f'<span data-pagefind-meta="tail:{tail}"></span>'
    return f'<div class="archive-search-data" hidden>{inner}{metas}</div>'


def render_page(article: Article, archive: Archive, labels: Mapping[str, str]) -> str:
    """The whole Markdown page of one article."""
    meta = yaml.dump(front_matter(article), Dumper=_DUMPER, allow_unicode=True, sort_keys=False, width=1000)
    parts = [
        f"# {escape_markdown(article.title)}",
        header(article, archive, labels),
        "\n\n".join(_block(b) for b in article.body),
        same_meeting(article, archive, labels),
        search_data(article, archive),
    ]
    return f"---\n{meta}---\n\n" + "\n\n".join(p for p in parts if p) + "\n"
