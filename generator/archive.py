"""The archive as a whole: articles sorted, meetings resolved across articles, lookups for pages."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property

from .article import Article, MeetingMention
from .data import ArchiveData
from .display import display_date


@dataclass(frozen=True)
class Meeting:
    """One meeting, possibly reported by several articles."""

    id: str
    participants: tuple[str, ...]
    kind: str
    place: str | None
    date: dt.date | None
    articles: tuple[str, ...]


def meeting_id(participants: Iterable[str], place: str | None, date: dt.date | None) -> str:
    """Stable id: participants, place and date, each only when known."""
    parts = ["-".join(sorted(participants)), place or "", date.isoformat() if date else ""]
    return "--".join(p for p in parts if p)


def _sort_key(article: Article) -> tuple[int, str, str]:
    return (-(article.date.toordinal() if article.date else 0), article.title.casefold(), article.slug)


def _may_be(mention: MeetingMention, article: Article, dated: MeetingMention) -> bool:
    """Whether an undated mention may tell the dated one of the same people and place: a call is
    never a meeting in person, and an article tells of no meeting after the day it was published."""
    assert dated.date is not None
    is_later = article.date is not None and dated.date > article.date
    return (mention.kind == "phone") == (dated.kind == "phone") and not is_later


def resolve_meetings(articles: Iterable[Article]) -> tuple[list[Article], dict[str, Meeting]]:
    """Give every mention a meeting id; same people and place on the same or an unknown date meet
    once (an undated mention joins the one dated meeting it may be, see _may_be)."""
    groups: dict[tuple[tuple[str, ...], str | None], list[tuple[Article, MeetingMention]]] = defaultdict(list)
    for article in articles:
        for mention in article.mentions:
            groups[(mention.participants, mention.place)].append((article, mention))
    ids: dict[tuple[str, int], str] = {}
    kinds: dict[str, str] = {}
    found: dict[str, tuple[tuple[str, ...], str | None, dt.date | None]] = {}
    slugs: dict[str, dict[str, None]] = defaultdict(dict)
    for (people, place), items in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        dated = [m for _, m in items if m.date]
        for article, mention in items:
            dates = {m.date for m in dated if _may_be(mention, article, m)} if mention.date is None else set()
            date = mention.date or (dates.pop() if len(dates) == 1 else None)
            ident = meeting_id(people, place, date)
            ids[(article.slug, id(mention))] = ident
            # The first kind reported, unless a later article gives a more specific one than "meeting".
            old = kinds.get(ident)
            kinds[ident] = mention.kind if old is None or old == "meeting" else old
            found.setdefault(ident, (people, place, date))
            slugs[ident][article.slug] = None
    meetings = {
        ident: Meeting(ident, people, kinds[ident], place, date, tuple(slugs[ident]))
        for ident, (people, place, date) in found.items()
    }
    resolved = [
        dataclasses.replace(a, meetings=tuple(dict.fromkeys(ids[(a.slug, id(m))] for m in a.mentions)))
        if a.mentions or a.meetings
        else a
        for a in articles
    ]
    return resolved, meetings


class Archive:
    """Every published article plus the lookups the page writers need."""

    def __init__(self, articles: Iterable[Article], data: ArchiveData) -> None:
        resolved, self.meetings = resolve_meetings(list(articles))
        self.articles: list[Article] = sorted(resolved, key=_sort_key)
        self.data = data
        self._names: dict[tuple[str, str], Mapping[str, str]] = {}

    @cached_property
    def by_actor(self) -> Mapping[str, list[Article]]:
        out: dict[str, list[Article]] = defaultdict(list)
        for article in self.articles:
            for actor in article.actors:
                out[actor].append(article)
        return dict(sorted(out.items()))

    @cached_property
    def by_slug(self) -> Mapping[str, Article]:
        return {a.slug: a for a in self.articles}

    def actor_names(self, lang: str) -> Mapping[str, str]:
        key = ("actors", lang)
        if key not in self._names:
            self._names[key] = {i: a.name.get(lang) or a.name["en"] for i, a in self.data.actors.items()}
        return self._names[key]

    def place_name(self, place: str | None, lang: str) -> str | None:
        return self.data.places[place].name.get(lang) if place else None

    def meeting_title(self, meeting: Meeting, lang: str) -> str:
        """ "Kerry – Lavrov, Moscou, 24 mars 2016" in the given language."""
        names = self.actor_names(lang)
        sep = " و" if lang == "ar" else " – "
        parts = [sep.join(names[p] for p in meeting.participants)]
        if meeting.place:
            parts.append(self.place_name(meeting.place, lang) or meeting.place)
        if meeting.date:
            parts.append(display_date(meeting.date, lang))
        return "، ".join(parts) if lang == "ar" else ", ".join(parts)

    def meeting_names(self, lang: str) -> Mapping[str, str]:
        key = ("meetings", lang)
        if key not in self._names:
            self._names[key] = {i: self.meeting_title(m, lang) for i, m in self.meetings.items()}
        return self._names[key]
