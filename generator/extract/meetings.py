"""Who met or spoke with whom: trigger words with two named people near them, per sentence."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from ..article import Line, MeetingMention
from ..data import ArchiveData, LangRules
from .actors import article_text_lines
from .date import relative_day
from .match import Match, find_phrases
from .normalize import tokens
from .places import city_of

_SENTENCES = re.compile(r"(?<=[.!?؟])\s+")
# People named inside a quotation are spoken about, not present: quotes are blanked first.
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"|”[^”]*”|„[^“”]*[“”]")


def split_sentences(text: str) -> list[str]:
    """Sentences of a paragraph."""
    return [s for s in _SENTENCES.split(text) if s.strip()]


def _kind(triggers: list[Match], rules: LangRules) -> str:
    kinds = {t.value for t in triggers}
    return next(k for k in (*rules.trigger_priority, *sorted(kinds)) if k in kinds)


def _meeting_place(toks: list[str], trigger: Match, data: ArchiveData, rules: LangRules) -> str | None:
    """The place nearest the trigger that a locative word introduces ("à Genève", "في موسكو", "بجنيف")."""
    best: tuple[int, str] | None = None
    for place in find_phrases(toks, data.place_index, rules.proclitics):
        before = toks[place.start - 1] if place.start else ""
        if before in rules.place_prepositions or place.prefix in rules.place_proclitics:
            distance = abs(place.start - trigger.start)
            if distance <= rules.window and (best is None or distance < best[0]):
                best = (distance, place.value)
    return best[1] if best else None


def mentions_in_sentence(
    sentence: str, line: int, data: ArchiveData, lang: str, article_date: dt.date | None
) -> list[MeetingMention]:
    """A meeting for a trigger with two or more actors named within the window around it."""
    rules = data.rules[lang]
    toks = tokens(_QUOTED.sub(" ", sentence))
    triggers = find_phrases(toks, rules.triggers, rules.proclitics)
    if not triggers:
        return []
    actors = find_phrases(toks, data.actor_index, rules.proclitics)
    near = {
        a.value
        for a in actors
        if any(abs(a.start - t.start) <= rules.window or abs(a.end - t.end) <= rules.window for t in triggers)
    }
    if len(near) < 2:
        return []
    kind = _kind(triggers, rules)
    place = None if kind == "phone" else city_of(_meeting_place(toks, triggers[0], data, rules), data)
    day = relative_day(sentence, rules.dates, article_date)
    return [MeetingMention(tuple(sorted(near)), kind, place, day, line)]


def merge_mentions(mentions: Sequence[MeetingMention]) -> tuple[MeetingMention, ...]:
    """One mention per participant set within an article, keeping the first known place, date and kind."""
    merged: dict[tuple[str, ...], MeetingMention] = {}
    for m in mentions:
        old = merged.get(m.participants)
        if old is None:
            merged[m.participants] = m
            continue
        kind = old.kind if old.kind == "phone" or m.kind != "phone" else m.kind
        merged[m.participants] = MeetingMention(
            m.participants, kind, old.place or m.place, old.date or m.date, old.line
        )
    return tuple(merged.values())


def extract_meetings(
    lines: Sequence[Line], data: ArchiveData, lang: str, article_date: dt.date | None
) -> tuple[MeetingMention, ...]:
    """Every meeting the article's own lines report, merged by participants."""
    found = [
        mention
        for line in article_text_lines(lines)
        for sentence in split_sentences(line.text)
        for mention in mentions_in_sentence(sentence, line.no, data, lang, article_date)
    ]
    return merge_mentions(found)
