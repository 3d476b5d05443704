"""Article → Markdown page: YAML front matter, a metadata header and the escaped body."""

from __future__ import annotations

import html
import re
from collections.abc import Mapping

import yaml
from babel.dates import format_date

from .archive import Archive
from .article import Article, Block

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
    """The date as the article's language writes it (Babel, long form)."""
    return format_date(article.date, format="long", locale=article.lang) if article.date else None


def front_matter(article: Article) -> dict[str, object]:
    """The page's YAML fields, in a stable order."""
    return {
        "title": article.title,
        "lang": article.lang,
        "dir": article.dir,
        "date": article.date,
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


def chips(kind: str, ids: tuple[str, ...], names: Mapping[str, str], up: str = "../") -> str:
    """Links to actor or meeting pages, as Markdown so MkDocs checks them."""
    links = " ".join(f"[{escape_markdown(names[i])}]({up}{kind}/{i}.md){{ .archive-chip }}" for i in ids)
    return f'<p class="archive-chips archive-chips--{kind}" markdown="span">{links}</p>' if links else ""


def header(article: Article, archive: Archive, labels: Mapping[str, str]) -> str:
    """The metadata block under the headline: date, outlet, original link, people, meetings."""
    parts = []
    if day := format_day(article):
        parts.append(f'<time datetime="{article.date.isoformat()}">{html.escape(day)}</time>')  # type: ignore[union-attr]
    if article.source:
        parts.append(f'<span class="archive-source">{html.escape(article.source)}</span>')
    if article.url:
        parts.append(
            f'<a class="archive-original" href="{attr(article.url)}" rel="nofollow noopener">{html.escape(labels["original"])}</a>'
        )
    lines = [f'<p class="archive-meta">{" · ".join(parts)}</p>'] if parts else []
    lines.append(chips("actors", article.actors, archive.actor_names(article.lang)))
    lines.append(chips("meetings", article.meetings, archive.meeting_names(article.lang)))
    return "\n".join(line for line in lines if line)


def render_page(article: Article, archive: Archive, labels: Mapping[str, str]) -> str:
    """The whole Markdown page of one article."""
    meta = yaml.safe_dump(front_matter(article), allow_unicode=True, sort_keys=False, width=1000)
    body = "\n\n".join(_block(b) for b in article.body)
    top = f"# {escape_markdown(article.title)}"
    return f"---\n{meta}---\n\n{top}\n\n{header(article, archive, labels)}\n\n{body}\n"
