"""Archive → every generated Markdown page: articles, actors, meetings, places, sections, timeline, home."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from itertools import groupby
from typing import Any

from babel.dates import get_month_names

from .archive import Archive, Meeting
from .article import Article
from .display import display_date, display_number, plural_category
from .render import escape_markdown, format_day, render_page

Labels = Mapping[str, Any]
UI = Mapping[str, Labels]
LANGS = ("fr", "ar")
DIRS = {"fr": "ltr", "ar": "rtl"}
LATEST = 30


def count(labels: Labels, key: str, n: int, lang: str) -> str:
    """ "3 articles" with Babel's plural category and number format for the language."""
    forms = labels[key]
    form = forms.get(plural_category(n, lang)) or forms["other"]
    return str(form).format(n=display_number(n, lang))


def _front(title: str, lang: str | None = None, **extra: str) -> str:
    lines = ["---", f"title: {json.dumps(title, ensure_ascii=False)}"]
    if lang:
        lines += [f"lang: {lang}", f"dir: {DIRS[lang]}"]
    lines += [f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in extra.items()]
    return "\n".join([*lines, "---", ""])


def _bilingual_front(title: str) -> str:
    return _front(title, None, template="archive-bilingual.html")


def _in(lang: str, inner: str, tag: str = "section", searchable: bool = True) -> str:
    """A run of one language inside a page of another: its own lang and dir."""
    ignore = "" if searchable else " data-pagefind-ignore"
    return f'<{tag} lang="{lang}" dir="{DIRS[lang]}"{ignore} markdown>\n\n{inner}\n\n</{tag}>'


def _both(title_key: str, ui: UI) -> str:
    return f'{escape_markdown(ui["fr"][title_key])} · <span lang="ar" dir="rtl">{escape_markdown(ui["ar"][title_key])}</span>'


def article_item(article: Article, up: str, ui: UI) -> str:
    """One list line: linked title, date, outlet, language; in the article's own direction."""
    labels = ui[article.lang]
    bits = [format_day(article) or labels["undated"]]
    if article.source:
        bits.append(article.source)
    bits.append(labels["language"][article.lang])
    link = f"[{escape_markdown(article.title)}]({up}articles/{article.slug}.md)"
    tail = escape_markdown(" · ".join(bits))
    return f'- <span lang="{article.lang}" dir="{article.dir}" markdown="span">{link} · {tail}</span>'


def articles_by_year(articles: Iterable[Article], up: str, ui: UI, lang: str, level: str = "##") -> str:
    """Articles (already newest first) under one heading per year; undated last."""
    out = []
    for year, group in groupby(articles, key=lambda a: a.date.year if a.date else None):
        out.append(f"{level} {year or ui[lang]['undated']}\n")
        out.extend(article_item(a, up, ui) for a in group)
        out.append("")
    return "\n".join(out)


def meeting_line(meeting: Meeting, archive: Archive, lang: str, folder: str, ui: UI) -> str:
    """One list line linking a meeting page; folder is the path from the page to meetings/."""
    title = escape_markdown(archive.meeting_title(meeting, lang))
    kind = ui[lang]["kinds"][meeting.kind]
    n = count(ui[lang], "count_articles", len(meeting.articles), lang)
    return f"- [{title}]({folder}{meeting.id}.md) · {kind} · {n}"


def actor_page(actor_id: str, meetings: list[Meeting], archive: Archive, ui: UI) -> str:
    """Names in three languages, role, Wikidata, meetings by date, then every article naming the
    actor, newest first under one heading per year, kept out of the search index: an actor page
    is found by the actor's names, not by every headline it lists."""
    actor = archive.data.actors[actor_id]
    name, role = actor.name, actor.role
    parts = [_bilingual_front(f"{name['fr']} · {name['ar']}")]
    parts.append(f'# {escape_markdown(name["fr"])} · <span lang="ar" dir="rtl">{escape_markdown(name["ar"])}</span>\n')
    facts = [f'<span lang="en">{escape_markdown(name["en"])}</span>']
    if role.get("fr"):
        facts.append(escape_markdown(role["fr"]))
    if role.get("ar"):
        facts.append(f'<span lang="ar" dir="rtl">{escape_markdown(role["ar"])}</span>')
    if actor.wikidata:
        facts.append(f"[Wikidata {actor.wikidata}](https://www.wikidata.org/wiki/{actor.wikidata})")
    parts.append('<p class="archive-meta" markdown="span">' + " · ".join(facts) + "</p>")
    if meetings:
        for lang in LANGS:
            lines = [
                f"## {ui[lang]['meetings']}\n",
                *(meeting_line(m, archive, lang, "../meetings/", ui) for m in meetings),
            ]
            parts.append(_in(lang, "\n".join(lines), searchable=False))
    articles = archive.by_actor.get(actor_id, [])
    heading = f"## {_both('articles', ui)} ({display_number(len(articles), 'fr')})"
    listing = articles_by_year(articles, "../", ui, "fr", "###")
    parts.append(f'{heading}\n\n<div class="archive-listing" data-pagefind-ignore markdown>\n\n{listing}\n</div>')
    return "\n\n".join(parts) + "\n"


def meeting_page(meeting: Meeting, archive: Archive, ui: UI) -> str:
    """Participants, place, date, kind, and every article covering the meeting, side by side."""
    parts = [_bilingual_front(archive.meeting_title(meeting, "fr"))]
    parts.append(f"# {escape_markdown(archive.meeting_title(meeting, 'fr'))}\n")
    for lang in LANGS:
        labels, names = ui[lang], archive.actor_names(lang)
        people = " · ".join(f"[{escape_markdown(names[p])}](../actors/{p}.md)" for p in meeting.participants)
        place = archive.place_name(meeting.place, lang)
        place_link = f"[{escape_markdown(place)}](../places/{meeting.place}.md)" if place else "—"
        day = display_date(meeting.date, lang) if meeting.date else labels["undated"]
        rows = [
            f"**{labels['participants']}**: {people}",
            f"**{labels['place']}**: {place_link}",
            f"**{labels['date']}**: {day}",
            f"**{labels['kind']}**: {labels['kinds'][meeting.kind]}",
        ]
        parts.append(_in(lang, "  \n".join(rows), "div"))
    articles = [archive.by_slug[s] for s in meeting.articles if s in archive.by_slug]
    articles.sort(key=lambda a: (-(a.date.toordinal() if a.date else 0), a.title.casefold(), a.slug))
    parts.append(f"## {_both('coverage', ui)}\n\n" + articles_by_year(articles, "../", ui, "fr", "###"))
    return "\n\n".join(parts) + "\n"


def place_page(place_id: str, meetings: list[Meeting], n_articles: int, archive: Archive, ui: UI) -> str:
    """A city: the meetings held there, newest first."""
    name = archive.data.places[place_id].name
    parts = [_bilingual_front(f"{name['fr']} · {name['ar']}")]
    parts.append(f'# {escape_markdown(name["fr"])} · <span lang="ar" dir="rtl">{escape_markdown(name["ar"])}</span>\n')
    for lang in LANGS:
        lines = [
            f"## {ui[lang]['places_meetings']}\n",
            *(meeting_line(m, archive, lang, "../meetings/", ui) for m in meetings),
        ]
        lines.append(f"\n{count(ui[lang], 'count_articles', n_articles, lang)}")
        parts.append(_in(lang, "\n".join(lines)))
    return "\n\n".join(parts) + "\n"


def section_pages(lang: str, archive: Archive, ui: UI) -> dict[str, str]:
    """A language section: an index with the latest articles and one page per year."""
    labels = ui[lang]
    articles = [a for a in archive.articles if a.lang == lang]
    years = defaultdict(list)
    for article in articles:
        years[article.date.year if article.date else "undated"].append(article)
    links = [
        f"- [{labels['undated'] if y == 'undated' else y}]({y}.md) · {count(labels, 'count_articles', len(g), lang)}"
        for y, g in years.items()
    ]
    title = labels[f"section_{lang}"]
    index = [
        _front(title, lang),
        f"# {title}\n",
        count(labels, "count_articles", len(articles), lang) + "\n",
        f"## {labels['by_year']}\n",
        *links,
        f"\n## {labels['latest']}\n",
        *(article_item(a, "../", ui) for a in articles[:LATEST]),
    ]
    pages = {f"{lang}/index.md": "\n".join(index) + "\n"}
    for year, group in years.items():
        heading = labels["undated"] if year == "undated" else str(year)
        body = [_front(f"{title} · {heading}", lang), f"# {title} · {heading}\n", articles_by_month(group, lang, ui)]
        pages[f"{lang}/{year}.md"] = "\n".join(body) + "\n"
    return pages


def articles_by_month(articles: list[Article], lang: str, ui: UI) -> str:
    """Articles of one year under month headings (Babel month names)."""
    months = get_month_names("wide", locale=lang)
    out = []
    for month, group in groupby(articles, key=lambda a: a.date.month if a.date else 0):
        out.append(f"## {months[month] if month else ui[lang]['undated']}\n")
        out.extend(article_item(a, "../", ui) for a in group)
        out.append("")
    return "\n".join(out)


def timeline_pages(archive: Archive, ui: UI) -> dict[str, str]:
    """Articles and meetings by year and month: an index of years and one page per year."""
    articles: dict[Any, list[Article]] = defaultdict(list)
    meetings: dict[Any, list[Meeting]] = defaultdict(list)
    for article in archive.articles:
        articles[article.date.year if article.date else "undated"].append(article)
    for meeting in sorted(
        archive.meetings.values(), key=lambda m: (m.date.toordinal() if m.date else 0, m.id), reverse=True
    ):
        meetings[meeting.date.year if meeting.date else "undated"].append(meeting)
    years = sorted({*articles, *meetings}, key=lambda y: -1 if y == "undated" else y, reverse=True)
    index = [_bilingual_front(f"{ui['fr']['timeline']} · {ui['ar']['timeline']}"), f"# {_both('timeline', ui)}\n"]
    pages = {}
    for year in years:
        label = ui["fr"]["undated"] if year == "undated" else str(year)
        n_a, n_m = len(articles[year]), len(meetings[year])
        index.append(
            f"- [{label}]({year}.md) · {count(ui['fr'], 'count_articles', n_a, 'fr')} · {count(ui['fr'], 'count_meetings', n_m, 'fr')}"
        )
        page = [_bilingual_front(f"{ui['fr']['timeline']} · {label}"), f"# {_both('timeline', ui)} · {label}\n"]
        by_month: dict[int, list[str]] = defaultdict(list)
        for meeting in meetings[year]:
            by_month[meeting.date.month if meeting.date else 0].append(
                meeting_line(meeting, archive, "fr", "../meetings/", ui)
            )
        for article in articles[year]:
            by_month[article.date.month if article.date else 0].append(article_item(article, "../", ui))
        months_fr, months_ar = get_month_names("wide", locale="fr"), get_month_names("wide", locale="ar")
        for month in sorted(by_month, reverse=True):
            heading = (
                f'{months_fr[month]} · <span lang="ar" dir="rtl">{months_ar[month]}</span>'
                if month
                else _both("undated", ui)
            )
            page += [f"## {heading}\n", *by_month[month], ""]
        pages[f"timeline/{year}.md"] = "\n".join(page) + "\n"
    pages["timeline/index.md"] = "\n".join(index) + "\n"
    return pages


def actors_index(archive: Archive, ui: UI, meetings_of: Mapping[str, list[Meeting]]) -> str:
    """Every actor with counts; one table sortable by the reader's script, names in both."""
    parts = [_bilingual_front(f"{ui['fr']['actors']} · {ui['ar']['actors']}"), f"# {_both('actors', ui)}\n"]
    rows = [
        f"| Français | العربية | English | {_both('articles', ui)} | {_both('meetings', ui)} |",
        "|---|---|---|--:|--:|",
    ]
    people = sorted({*archive.by_actor, *meetings_of}, key=lambda i: archive.data.actors[i].name["fr"].casefold())
    for actor_id in people:
        name = archive.data.actors[actor_id].name
        fr = f"[{escape_markdown(name['fr'])}]({actor_id}.md)"
        ar = f'<span lang="ar" dir="rtl">[{escape_markdown(name["ar"])}]({actor_id}.md)</span>'
        n_a, n_m = len(archive.by_actor.get(actor_id, [])), len(meetings_of.get(actor_id, []))
        rows.append(f"| {fr} | {ar} | {escape_markdown(name['en'])} | {n_a} | {n_m} |")
    parts.append("\n".join(rows))
    return "\n\n".join(parts) + "\n"


def meetings_index(archive: Archive, ui: UI) -> str:
    """Every meeting, newest first by year; undated meetings listed apart."""
    parts = [_bilingual_front(f"{ui['fr']['meetings']} · {ui['ar']['meetings']}"), f"# {_both('meetings', ui)}\n"]
    dated = sorted((m for m in archive.meetings.values() if m.date), key=lambda m: (m.date, m.id), reverse=True)
    undated = sorted((m for m in archive.meetings.values() if not m.date), key=lambda m: m.id)
    for year, group in groupby(dated, key=lambda m: m.date.year if m.date else 0):
        parts.append(f"## {year}\n\n" + "\n".join(meeting_line(m, archive, "fr", "", ui) for m in group))
    if undated:
        parts.append(
            f"## {_both('undated', ui)}\n\n" + "\n".join(meeting_line(m, archive, "fr", "", ui) for m in undated)
        )
    return "\n\n".join(parts) + "\n"


def home_page(archive: Archive, ui: UI, n_actors: int) -> str:
    """What the archive is, counts, entry points and the latest articles, in both languages."""
    parts = [_bilingual_front(f"{ui['fr']['archive']} · {ui['ar']['archive']}")]
    for lang in LANGS:
        labels = ui[lang]
        n = sum(1 for a in archive.articles if a.lang == lang)
        inner = [
            f"## {labels['archive']}\n",
            labels["about"],
            "",
            f"- [{labels['section_fr'] if lang == 'fr' else labels['section_ar']}]({lang}/index.md) · {count(labels, 'count_articles', n, lang)}",
            f"- [{labels['section_ar'] if lang == 'fr' else labels['section_fr']}]({'ar' if lang == 'fr' else 'fr'}/index.md)",
            f"- [{labels['actors']}](actors/index.md) · {display_number(n_actors, lang)}",
            f"- [{labels['meetings']}](meetings/index.md) · {count(labels, 'count_meetings', len(archive.meetings), lang)}",
            f"- [{labels['timeline']}](timeline/index.md)",
            f"- {labels['data']}: [archive.json](archive.json) · [articles.csv](articles.csv) · [{labels['feed']}](feed.xml)",
        ]
        parts.append(_in(lang, "\n".join(inner)))
    parts.append(f"## {_both('latest', ui)}\n")
    parts.append("\n".join(article_item(a, "", ui) for a in archive.articles[:LATEST]))
    return "\n\n".join(parts) + "\n"


def build_pages(archive: Archive, ui: UI) -> dict[str, str]:
    """Every generated page by its path under docs/; linear in articles plus meetings."""
    meetings_of: dict[str, list[Meeting]] = defaultdict(list)
    meetings_at: dict[str, list[Meeting]] = defaultdict(list)
    ordered = sorted(archive.meetings.values(), key=lambda m: (m.date.toordinal() if m.date else 0, m.id), reverse=True)
    for meeting in ordered:
        for person in meeting.participants:
            meetings_of[person].append(meeting)
        if meeting.place:
            meetings_at[meeting.place].append(meeting)
    place_articles: dict[str, int] = defaultdict(int)
    for article in archive.articles:
        for place in article.places:
            place_articles[archive.data.places[place].city or place] += 1
    pages = {f"articles/{a.slug}.md": render_page(a, archive, ui[a.lang]) for a in archive.articles}
    for actor_id in sorted({*archive.by_actor, *meetings_of}):
        pages[f"actors/{actor_id}.md"] = actor_page(actor_id, meetings_of.get(actor_id, []), archive, ui)
    for meeting in archive.meetings.values():
        pages[f"meetings/{meeting.id}.md"] = meeting_page(meeting, archive, ui)
    for place_id, meetings in meetings_at.items():
        pages[f"places/{place_id}.md"] = place_page(place_id, meetings, place_articles[place_id], archive, ui)
    for lang in LANGS:
        pages.update(section_pages(lang, archive, ui))
    pages.update(timeline_pages(archive, ui))
    pages["actors/index.md"] = actors_index(archive, ui, meetings_of)
    pages["meetings/index.md"] = meetings_index(archive, ui)
    pages["index.md"] = home_page(archive, ui, len({*archive.by_actor, *meetings_of}))
    return pages
