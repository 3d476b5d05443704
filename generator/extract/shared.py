"""Bare names two people go by: the one the article names in full is meant."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from ..article import Line, MeetingMention
from ..data import ArchiveData
from .actors import article_text_lines
from .match import line_phrases
from .meetings import merge_mentions


def resolve_shared(
    lines: Sequence[Line], actors: tuple[str, ...], mentions: tuple[MeetingMention, ...], data: ArchiveData, lang: str
) -> tuple[tuple[str, ...], tuple[MeetingMention, ...]]:
    """Actors and meetings with a shared bare name read as the person who shares it, when the
    article names him in full and never the name's owner: "وزير الخارجية العراقي إبراهيم
    الجعفري … وقال الجعفري" is Ibrahim al-Jaafari throughout, not Bashar al-Jaafari."""
    shared = data.shared_names
    owners = [owner for owner in shared.sharers if owner in actors]
    if not owners:
        return actors, mentions
    proclitics = data.rules[lang].proclitics
    named = {
        m.value for line in article_text_lines(lines) for m in line_phrases(line.text, shared.full_index, proclitics)
    }
    swap = {}
    for owner in owners:
        meant = [s for s in shared.sharers[owner] if s in named]
        if owner not in named and len(meant) == 1:
            swap[owner] = meant[0]
    if not swap:
        return actors, mentions
    people = tuple(dict.fromkeys(swap.get(a, a) for a in actors))
    meetings = [
        dataclasses.replace(m, participants=participants)
        for m in mentions
        # A meeting of the sharer "with" the owner is the sharer alone: no meeting.
        if len(participants := tuple(sorted({swap.get(p, p) for p in m.participants}))) >= 2
    ]
    return people, merge_mentions(meetings)
