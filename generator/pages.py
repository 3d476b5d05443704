"""Archive → every generated Markdown page: articles, actors, meetings, sections, home."""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from itertools import groupby
from typing import Any

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_decimal

from .archive import Archive, Meeting
from .article import Article
from .render import escape_markdown, render_page

Labels = Mapping[str, Any]
LANGS = ("fr", "ar")
DIRS = {"fr": "ltr", "ar": "rtl"}


def count(labels: Labels, key: str, n: int, lang: str) -> str:
    """ "3 articles" with Babel's plural category and digits for the language."""
    forms = labels[key]
    form = forms.get(Locale.parse(lang).plural_form(n)) or forms["other"]
    return form.format(n=format_decimal(n, locale=lang))


def _front(title: str, lang: str | None = None, **extra: str) -> str:
    lines = ["---", f"title: {_yaml_str(title)}"]
    if lang:
        lines += [f"lang: {lang}", f"dir: {DIRS[lang]}"]
    lines += [f"{k}: {_yaml_str(v)}" for k, v in extra.items()]
    return "\n".join([*lines, "---", ""])


def _yaml_str(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _block(lang: str, inner: str, tag: str = "section") -> str:
    """A run of one language inside a page of another: its own lang and dir."""
    return f'<{tag} lang="{lang}" dir="{DIRS[lang]}" markdown>\n\n{inner}\n\n</{tag}>'


def article_item(article: Article, up: str, archive: Archive, ui: Mapping[str, Labels]) -> str:
    """One list line: linked title, date, outlet, language; in the article's own direction."""
    labels = ui[article.lang]
    bits = [format_date(article.date, format="medium", locale=article.lang) if article.date else labels["undated"]]
    if article.source:
        bits.append(escape_markdown(article.source))
    bits.append(labels["language"][article.lang])
    link = f"[{escape_markdown(article.title)}]({up}articles/{article.slug}.md)"
    return f'- <span lang="{article.lang}" dir="{article.dir}" markdown="span">{link} · {" · ".join(bits)}</span>'


def article_list(articles: Iterable[Article], up: str, archive: Archive, ui: Mapping[str, Labels], lang: str) -> str:
    """Articles grouped under a heading per year, newest first."""
    out = []
    for year, group in groupby(articles, key=lambda a: a.date.year if a.date else None):
        heading = str(year) if year else ui[lang]["undated"]
        out.append(f"### {heading}\n")
        out.extend(article_item(a, up, archive, ui) for a in group)
        out.append("")
    return "\n".join(out)


def meeting_line(meeting: Meeting, archive: Archive, lang: str, folder: str, ui: Mapping[str, Labels]) -> str:
    """One list line linking a meeting page; folder is the path from the page to meetings/."""
    title = escape_markdown(archive.meeting_title(meeting, lang))
    kind = ui[lang]["kinds"][meeting.kind]
    return f"- [{title}]({folder}{meeting.id}.md) · {kind}"


def actor_page(
    actor_id: str, articles: list[Article], meetings: list[Meeting], archive: Archive, ui: Mapping[str, Labels]
) -> str:
    """Names in three languages, role, Wikidata, meetings by date, then every article."""
    actor = archive.data.actors[actor_id]
    name = actor.name
    parts = [_front(f"{name['fr']} · {name['ar']}", None, template="archive-bilingual.html")]
    parts.append(f'# {escape_markdown(name["fr"])} <span lang="ar" dir="rtl">{html.escape(name["ar"])}</span>\n')
    info = [f"**English**: {escape_markdown(name['en'])}"]
    if actor.role.get("fr"):
        info.append(f"**{ui['fr']['role']}**: {escape_markdown(actor.role['fr'])}")
    if actor.wikidata:
        info.append(f"**Wikidata**: [{actor.wikidata}](https://www.wikidata.org/wiki/{actor.wikidata})")
    parts.append("  \n".join(info) + "\n")
    if actor.role.get("ar"):
        parts.append(_block("ar", f"**{ui['ar']['role']}**: {escape_markdown(actor.role['ar'])}", "p") + "\n")
    for lang in LANGS:
        labels = ui[lang]
        inner = [f"## {labels['meetings']}\n"]
        inner += [meeting_line(m, archive, lang, "../meetings/", ui) for m in meetings] or ["—"]
        inner += ["", f"## {labels['articles']} ({count(labels, 'count_articles', len(articles), lang)})\n"]
        if lang == "fr":
            inner.append(article_list(articles, "../", archive, ui, lang))
        parts.append(_block(lang, "\n".join(inner)))
    return "\n\n".join(parts) + "\n"


def meeting_page(meeting: Meeting, archive: Archive, ui: Mapping[str, Labels]) -> str:
    """Participants, place, date, kind, and every article covering the meeting."""
    parts = [_front(archive.meeting_title(meeting, "fr"), None, template="archive-bilingual.html")]
    parts.append(f"# {escape_markdown(archive.meeting_title(meeting, 'fr'))}\n")
    articles = [archive.by_slug[s] for s in meeting.articles if s in archive.by_slug]
    for lang in LANGS:
        labels = ui[lang]
        names = archive.actor_names(lang)
        rows = [
            f"**{labels['participants']}**: "
            + " · ".join(f"[{escape_markdown(names[p])}](../actors/{p}.md)" for p in meeting.participants),
            f"**{labels['place']}**: {escape_markdown(archive.place_name(meeting.place, lang) or '—')}",
            f"**{labels['date']}**: {format_date(meeting.date, format='long', locale=lang) if meeting.date else labels['undated']}",
            f"**{labels['kind']}**: {labels['kinds'][meeting.kind]}",
        ]
        inner = ["  \n".join(rows), "", f"## {labels['coverage']}\n"]
        if lang == "fr":
            inner += [article_item(a, "../", archive, ui) for a in articles]
        parts.append(_block(lang, "\n".join(inner)))
    return "\n\n".join(parts) + "\n"


def section_page(lang: str, archive: Archive, ui: Mapping[str, Labels]) -> str:
    labels = ui[lang]
    articles = [a for a in archive.articles if a.lang == lang]
    head = _front(labels[f"section_{lang}"], lang)
    body = f"# {labels[f'section_{lang}']}\n\n{count(labels, 'count_articles', len(articles), lang)}\n\n"
    return head + "\n" + body + article_list(articles, "../", archive, ui, lang)


def actors_index(archive: Archive, ui: Mapping[str, Labels], meetings_of: Mapping[str, list[Meeting]]) -> str:
    parts = [_front(f"{ui['fr']['actors']} · {ui['ar']['actors']}", None, template="archive-bilingual.html")]
    parts.append(f'# {ui["fr"]["actors"]} · <span lang="ar" dir="rtl">{ui["ar"]["actors"]}</span>\n')
    rows = [
        "| Français | العربية | English | " + ui["fr"]["articles"] + " | " + ui["fr"]["meetings"] + " |",
        "|---|---|---|---|---|",
    ]
    for actor_id, articles in sorted(
        archive.by_actor.items(), key=lambda kv: archive.data.actors[kv[0]].name["fr"].casefold()
    ):
        name = archive.data.actors[actor_id].name
        link = f"[{escape_markdown(name['fr'])}]({actor_id}.md)"
        ar = f'<span lang="ar" dir="rtl">[{escape_markdown(name["ar"])}]({actor_id}.md)</span>'
        rows.append(
            f"| {link} | {ar} | {escape_markdown(name['en'])} | {len(articles)} | {len(meetings_of.get(actor_id, []))} |"
        )
    parts.append("\n".join(rows))
    return "\n\n".join(parts) + "\n"


def meetings_index(archive: Archive, ui: Mapping[str, Labels]) -> str:
    parts = [_front(f"{ui['fr']['meetings']} · {ui['ar']['meetings']}", None, template="archive-bilingual.html")]
    parts.append(f'# {ui["fr"]["meetings"]} · <span lang="ar" dir="rtl">{ui["ar"]["meetings"]}</span>\n')
    dated = sorted((m for m in archive.meetings.values() if m.date), key=lambda m: (m.date, m.id), reverse=True)
    undated = sorted((m for m in archive.meetings.values() if not m.date), key=lambda m: m.id)
    for year, group in groupby(dated, key=lambda m: m.date.year if m.date else 0):
        parts.append(f"## {year}\n\n" + "\n".join(meeting_line(m, archive, "fr", "", ui) for m in group))
    if undated:
        parts.append(
            f"## {ui['fr']['undated']}\n\n" + "\n".join(meeting_line(m, archive, "fr", "", ui) for m in undated)
        )
    return "\n\n".join(parts) + "\n"


def home_page(archive: Archive, ui: Mapping[str, Labels], latest: int = 20) -> str:
    parts = [_front(f"{ui['fr']['archive']} · {ui['ar']['archive']}", None, template="archive-bilingual.html")]
    for lang in LANGS:
        labels = ui[lang]
        n = sum(1 for a in archive.articles if a.lang == lang)
        inner = [
            f"## {labels['archive']}\n",
            labels["about"],
            "",
            f"- [{labels['section_fr']}](fr/index.md)",
            f"- [{labels['section_ar']}](ar/index.md)",
            f"- [{labels['actors']}](actors/index.md) · {len(archive.by_actor)}",
            f"- [{labels['meetings']}](meetings/index.md) · {count(labels, 'count_meetings', len(archive.meetings), lang)}",
            f"- [archive.json](archive.json) · {count(labels, 'count_articles', len(archive.articles), lang)}",
            "",
            f"{labels['section_' + lang]}: {count(labels, 'count_articles', n, lang)}",
        ]
        parts.append(_block(lang, "\n".join(inner)))
    parts.append(f'## {ui["fr"]["latest"]} · <span lang="ar" dir="rtl">{ui["ar"]["latest"]}</span>\n')
    parts.append("\n".join(article_item(a, "", archive, ui) for a in archive.articles[:latest]))
    return "\n\n".join(parts) + "\n"


def build_pages(archive: Archive, ui: Mapping[str, Labels]) -> dict[str, str]:
    """Every generated page by its path under docs/; linear in articles plus meetings."""
    meetings_of: dict[str, list[Meeting]] = {}
    for meeting in sorted(archive.meetings.values(), key=lambda m: (m.date is None, m.date or 0, m.id)):
        for person in meeting.participants:
            meetings_of.setdefault(person, []).append(meeting)
    pages = {f"articles/{a.slug}.md": render_page(a, archive, ui[a.lang]) for a in archive.articles}
    for actor_id, articles in archive.by_actor.items():
        pages[f"actors/{actor_id}.md"] = actor_page(actor_id, articles, meetings_of.get(actor_id, []), archive, ui)
    for meeting in archive.meetings.values():
        pages[f"meetings/{meeting.id}.md"] = meeting_page(meeting, archive, ui)
        for person in meeting.participants:
            pages.setdefault(f"actors/{person}.md", actor_page(person, [], meetings_of.get(person, []), archive, ui))
    for lang in LANGS:
        pages[f"{lang}/index.md"] = section_page(lang, archive, ui)
    pages["actors/index.md"] = actors_index(archive, ui, meetings_of)
    pages["meetings/index.md"] = meetings_index(archive, ui)
    pages["index.md"] = home_page(archive, ui)
    return pages
