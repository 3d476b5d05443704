"""Cities and venues named in the article, resolved to gazetteer ids."""

from __future__ import annotations

from collections.abc import Sequence

from ..article import Line
from ..data import ArchiveData
from .actors import TEXT_ROLES
from .match import Match, find_phrases, line_phrases


def not_in_names(places: Sequence[Match], people: Sequence[Match]) -> list[Match]:
    """Places that are not words of a person's name."""
    return [p for p in places if not any(a.start < p.end and p.start < a.end for a in people)]


def find_places(toks: list[str], data: ArchiveData, proclitics: tuple[str, ...]) -> list[Match]:
    """Place mentions, except words that are part of a person's name ("Riad Hijab" is not Riyadh)."""
    places = find_phrases(toks, data.place_index, proclitics)
    return not_in_names(places, find_phrases(toks, data.actor_index, proclitics) if places else [])


def line_places(text: str, data: ArchiveData, proclitics: tuple[str, ...]) -> list[Match]:
    """find_places over one line, from the cached matches of that line."""
    places = line_phrases(text, data.place_index, proclitics)
    return not_in_names(places, line_phrases(text, data.actor_index, proclitics) if places else ())


def extract_places(lines: Sequence[Line], data: ArchiveData, lang: str) -> tuple[str, ...]:
    """Place ids in order of first mention in the article's own lines and its dateline."""
    seen: dict[str, None] = {}
    for line in (x for x in lines if x.role in TEXT_ROLES or x.role == "dateline"):
        for match in line_places(line.text, data, data.rules[lang].proclitics):
            seen.setdefault(match.value, None)
    return tuple(seen)


def city_of(place: str | None, data: ArchiveData) -> str | None:
    """A venue's city (the Kremlin is in Moscow); a city is its own."""
    if place is None:
        return None
    return data.places[place].city or place
