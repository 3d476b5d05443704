"""Cities and venues named in the article, resolved to gazetteer ids."""

from __future__ import annotations

from collections.abc import Sequence

from ..article import Line
from ..data import ArchiveData, LangRules
from .actors import TEXT_ROLES
from .match import Match, find_phrases, line_phrases
from .normalize import stems, tokens


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
    """Place ids in order of first mention in the article's own lines and its dateline. A venue
    (a place in a city: the Kremlin, the White House) counts only where something happens there
    (_is_where): named alone, it is the state speaking ("le Kremlin a annoncé")."""
    rules = data.rules[lang]
    seen: dict[str, bool] = {}
    for line in (x for x in lines if x.role in TEXT_ROLES or x.role == "dateline"):
        for match in line_places(line.text, data, rules.proclitics):
            where = seen.get(match.value, False)
            if not where and data.places[match.value].city:
                where = line.role == "dateline" or _is_where(tokens(line.text), match, rules)
            seen[match.value] = where or not data.places[match.value].city
    return tuple(place for place, where in seen.items() if where)


def is_locative(toks: Sequence[str], at: int, rules: LangRules) -> bool:
    """Whether the word before token `at` is a place preposition ("à", "في", "وفي")."""
    return at > 0 and any(b in rules.place_prepositions for b in stems(toks[at - 1], rules.proclitics))


def _is_where(toks: Sequence[str], place: Match, rules: LangRules) -> bool:
    """Whether the place is told as where (see locative_at)."""
    return locative_at(toks, place, rules) is not None


def locative_at(toks: Sequence[str], place: Match, rules: LangRules) -> int | None:
    """Where the word that tells the place as where stands: a place preposition (is_locative)
    before it, with an article and venue words aside ("à l'Élysée", "dans sa résidence de
    Botcharov Routcheï", "à l'aéroport international de Ouagadougou", "في قصر الإليزيه"), or a
    place proclitic attached ("بالكرملين": the place's own token). None when it is not so told."""
    if place.prefix in rules.place_proclitics:
        return place.start
    at = place.start
    # Read back from the place: an article, "de", up to two venue words and an article ("à
    # l'aéroport international de Ouagadougou", "dans sa résidence de …"), then the preposition.
    steps = ((rules.place_articles, 1), (rules.of_words, 1), (rules.venue_words, 2), (rules.place_articles, 1))
    for words, most in steps:
        for _ in range(most):
            if at > 0 and toks[at - 1] in words:
                at -= 1
    return at - 1 if is_locative(toks, at, rules) else None


def city_of(place: str | None, data: ArchiveData) -> str | None:
    """A venue's city (the Kremlin is in Moscow); a city is its own."""
    if place is None:
        return None
    return data.places[place].city or place
