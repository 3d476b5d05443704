"""People named by their office in an article that names them: "الرئيس الروسي" for Putin,
"le président russe", and a counterpart ("نظيره الأمريكي" of the Saudi foreign minister is the
American one the article names)."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from itertools import compress
from types import MappingProxyType
from typing import NamedTuple

from ..data import LangRules, PhraseIndex
from .match import Match, find_phrases
from .normalize import stem_pairs, tokens, with_proclitics

# Tokens after an office (or a counterpart's nationality) in which a name would follow it: the
# office is then that person's title ("الرئيس الروسي فلاديمير بوتين"), not a mention of its own.
NAMED_AFTER = 2


class Offices(NamedTuple):
    """The offices of the people an article names, each held by one of them."""

    # First token of an office → (its other tokens, the actor holding it, whether it is a shorter
    # form of the actor's office: see LangRules.short_offices).
    held: Mapping[str, tuple[tuple[tuple[str, ...], str, bool], ...]]
    # What an office's first token can be written as, proclitics attached ("والرييس").
    firsts: frozenset[str]
    # Actor → folded office tokens, for counterparts.
    roles: Mapping[str, tuple[str, ...]]
    # The tokens that can start an office or be a counterpart word.
    starts: frozenset[str]
    # (same_office group, nationality) → the one actor named who holds such an office.
    kinds: Mapping[tuple[int, str], str] = MappingProxyType({})
    # A monarch's word alone ("souverain", "الملك") → the one actor named whose role it stands for.
    bare: Mapping[str, str] = MappingProxyType({})
    # Every office, shorter form and written title of the people named, held by one or by several.
    forms: frozenset[tuple[str, ...]] = frozenset()


NO_OFFICES = Offices({}, frozenset(), {}, frozenset())


def article_offices(
    actors: Iterable[str], rules: LangRules, written: Iterable[tuple[str, tuple[str, ...]]] = ()
) -> Offices:
    """The offices (actors.yaml role, in the article's language: LangRules.offices) of the actors
    an article names, their shorter forms (LangRules.short_offices) and the titles the article
    gives them (written: actor and title, see written_titles); an office two of them hold names
    neither."""
    roles = {actor: rules.offices[actor][0] for actor in actors if actor in rules.offices}
    holders: dict[tuple[str, ...], set[tuple[str, bool]]] = {}
    for actor, office in roles.items():
        holders.setdefault(office, set()).add((actor, False))
        for form in rules.short_offices.get(actor, ()):
            holders.setdefault(form, set()).add((actor, True))
    # A title the article writes is read like a shortened office: not where more of a title
    # follows it ("وزير الدولة" is not "وزير الدولة للشؤون الخارجية").
    titles = set()
    for actor, title in written:
        holders.setdefault(title, set()).add((actor, True))
        titles.add(title)
    unique = {office: next(iter(who)) for office, who in holders.items() if len({a for a, _ in who}) == 1}
    held: dict[str, tuple[tuple[tuple[str, ...], str, bool], ...]] = {}
    # Longest first: "ministre britannique des affaires étrangères, puis Premier ministre" is
    # tried before "ministre britannique des affaires étrangères".
    for office, (actor, short) in sorted(unique.items(), key=lambda item: (-len(item[0]), item[0])):
        held[office[0]] = (*held.get(office[0], ()), (office[1:], actor, short))
    firsts = frozenset().union(*(rules.offices[actor][1] for actor, _ in unique.values() if actor in roles))
    firsts |= with_proclitics({office[0] for office in unique if office in titles}, rules.proclitics)
    kinds: dict[tuple[int, str], list[str]] = {}
    for actor in roles:
        if actor in rules.office_kinds:
            kinds.setdefault(rules.office_kinds[actor], []).append(actor)
    held_kinds = {kind: who[0] for kind, who in kinds.items() if len(who) == 1}
    named = frozenset(rules.office_names) if held_kinds else frozenset()
    heads: dict[str, list[str]] = {}
    for actor, office in roles.items():
        heads.setdefault(office[0], []).append(actor)
    bare = {word: who[0] for word, head in rules.bare_offices.items() if len(who := heads.get(head, [])) == 1}
    bare_forms = rules.bare_office_forms if bare else frozenset()
    starts = firsts | named | rules.counterparts | bare_forms if roles or titles else frozenset()
    return Offices(held, firsts, roles, starts, held_kinds, MappingProxyType(bare), frozenset(holders))


# What ends a part of a sentence: a title written as a part of its own just before a name is
# that person's ("وزير الدولة، وزير الشؤون الخارجية …، أحمد عطاف", "le porte-parole du Kremlin,
# Dmitri Peskov").
_PART_MARK = re.compile('[,،;؛:.!?؟()«»"“”]')
# A written title has this many words, from its title word (people.yaml titles) on; the name may
# have this many such parts before it.
MIN_WRITTEN_TITLE, MAX_WRITTEN_TITLE = 2, 8
MAX_WRITTEN_PARTS = 2


def written_titles(
    text: str, actors: Sequence[Match], rules: LangRules, known: Collection[str] = ()
) -> list[tuple[str, tuple[str, ...]]]:
    """(actor, title) for each title a line writes as the parts just before a person's name: each
    part starts with a title word (after an article at most), has no meeting word and names no
    one. A counterpart ("son homologue russe, Sergueï Lavrov") is not a title of its own. The
    actors in `known` are left out: named before, their titles were written then."""
    if all(not a.start or a.value in known for a in actors):
        return []
    words = tokens(text)
    if _title_firsts(rules.titles, rules.proclitics).isdisjoint(words):
        return []
    # The token each part of the line starts at (their tokens are the line's, in order).
    parts = [0]
    for part in _PART_MARK.split(text):
        parts.append(parts[-1] + len(tokens(part)))
    out = []
    for actor in actors:
        end = actor.start if actor.value not in known else 0
        at = bisect.bisect_left(parts, end)
        for _ in range(MAX_WRITTEN_PARTS if end and parts[at] == end else 0):
            start = parts[at - 1]
            named = any(start <= a.start < end for a in actors)
            title = None if named else _title_of(words[start:end], rules)
            if title is None:
                break
            out.append((actor.value, title))
            end, at = start, at - 1
            if not end:
                break
    return out


@functools.lru_cache(maxsize=8)
def _title_firsts(titles: PhraseIndex, proclitics: tuple[str, ...]) -> frozenset[str]:
    """The first words of people.yaml titles, with their proclitics: a line with none writes no title."""
    return with_proclitics(titles.by_first, proclitics)


def _title_of(part: Sequence[str], rules: LangRules) -> tuple[str, ...] | None:
    """The title a part of a sentence is (from its title word on, in the office spellings), else None."""
    heads = find_phrases(part, rules.titles, rules.proclitics)
    if not heads or heads[0].start > 1 or (heads[0].start == 1 and part[0] not in rules.anaphora):
        return None
    head = heads[0]
    first = part[head.start][len(head.prefix) :]
    if first in rules.counterparts or find_phrases(part, rules.triggers, rules.proclitics):
        return None
    title = tuple(rules.role_spellings.get(t, t) for t in (first, *part[head.start + 1 :]))
    return title if MIN_WRITTEN_TITLE <= len(title) <= MAX_WRITTEN_TITLE else None


def has_and_attached(person: Match, rules: LangRules) -> bool:
    """Whether the name is written with "and" attached ("وبان كي مون"): the next one of a list."""
    return any(person.prefix.startswith(w) for w in rules.and_words)


def may_name(toks: Sequence[str], offices: Offices) -> bool:
    """Whether tokens can hold an office or a counterpart (a cheap test before office_mentions)."""
    return not offices.starts.isdisjoint(toks)


def office_mentions(toks: Sequence[str], actors: Sequence[Match], offices: Offices, rules: LangRules) -> list[Match]:
    """The offices and counterparts that name a person in tokens where actors are the people named.

    An office names its holder unless a name follows it (then it is the name's title), it is
    someone's ("مستشارة الرئيس السوري", "porte-parole du président russe": a title or "of" before
    it, or "ل" attached), or another holder's ("l'ancien président", "الرئيس السابق", "un
    porte-parole du Kremlin"). A counterpart ("نظيره الروسي", "son homologue russe") is the
    person the article names whose office is the one of the nearest person before it, of the
    nationality the next word gives."""
    if not may_name(toks, offices):
        return []
    # A name with "and" attached is the next one listed, not the name an office titles: "بين
    # الملك وبان كي مون" (the king and Ban Ki-moon).
    named_at = {a.start for a in actors if not has_and_attached(a, rules)}
    out: list[Match] = []
    # Positions of the few tokens that can start one, selected in C (as in match.find_phrases).
    for i in compress(range(len(toks)), map(offices.starts.__contains__, toks)):
        tok = toks[i]
        found = _office_at(toks, i, offices, rules) if tok in offices.firsts else None
        if found is None and offices.kinds:
            found = _office_name_at(toks, i, offices, rules)
        if found is None and offices.bare:
            found = _bare_office_at(toks, i, offices, rules)
        if found is None and tok in rules.counterparts:
            found = _counterpart_at(toks, i, [*actors, *out], offices, rules)
        if found and not any(_is_named_after(toks, found.end, at, rules) for at in named_at):
            out.append(found)
    return out


def _is_named_after(toks: Sequence[str], end: int, at: int, rules: LangRules) -> bool:
    """Whether the person named at token `at` is the one the office ending at `end` titles: right
    after it, with no meeting word between ("le président français a accueilli Sarraj": the
    president met him), and only title words or abbreviated titles between ("le président russe
    M. Poutine"; not "أجراه الملك، مع سمو الشيخ تميم", "Le souverain et John Kerry": the king met
    him)."""
    between = toks[end:at]
    return end <= at <= end + NAMED_AFTER and (
        at == end
        or (
            all(t in rules.title_words or t in rules.abbreviations for t in between)
            and not find_phrases(between, rules.triggers, rules.proclitics)
        )
    )


def _office_at(toks: Sequence[str], i: int, offices: Offices, rules: LangRules) -> Match | None:
    """The office that starts at token i, if it names its holder there."""
    spell = rules.role_spellings
    for prefix, first in stem_pairs(toks[i], rules.proclitics):
        for rest, actor, short in offices.held.get(first, ()):
            end = i + 1 + len(rest)
            if tuple(spell.get(t, t) for t in toks[i + 1 : end]) != rest or prefix in rules.of_proclitics:
                continue
            if short and _goes_on(toks, end, rules):
                continue  # "المبعوث الأممي إلى ليبيا" is not the envoy to Yemen's "المبعوث الأممي"
            return None if _is_someones(toks, i, end, rules) else Match(actor, i, end, prefix)
    return None


def _goes_on(toks: Sequence[str], end: int, rules: LangRules) -> bool:
    """Whether a title word or a role_cuts word follows token end - 1 (proclitics removed, but
    not one of object_proclitics: "التقى المبعوث الأممي بوزير الخارجية" is someone else), or a
    title joiner and a title word ("l'émissaire de l'ONU et de la Ligue arabe"): the office written
    there is longer than a shortened one that stops there."""
    if end < len(toks) and toks[end] in rules.title_joiners:
        end += 1
    if end >= len(toks):
        return False
    readings = stem_pairs(toks[end], rules.proclitics)
    if any(prefix in rules.object_proclitics and stem in rules.title_words for prefix, stem in readings):
        return False
    return any(stem in rules.title_words or stem in rules.role_cuts for _, stem in readings)


def _office_name_at(toks: Sequence[str], i: int, offices: Offices, rules: LangRules) -> Match | None:
    """Another name of an office and a nationality at token i ("le chef de la diplomatie
    iranienne"), if one person the article names holds such an office (same_office)."""
    spell = rules.role_spellings
    for rest, group in rules.office_names.get(toks[i], ()):
        end = i + 1 + len(rest)
        if end >= len(toks) or tuple(spell.get(t, t) for t in toks[i + 1 : end]) != rest:
            continue
        actor = offices.kinds.get((group, spell.get(toks[end], toks[end])))
        if actor is not None:
            return None if _is_someones(toks, i, end + 1, rules) else Match(actor, i, end + 1)
    return None


def _bare_office_at(toks: Sequence[str], i: int, offices: Offices, rules: LangRules) -> Match | None:
    """A monarch's word alone at token i ("Le souverain avait également eu des entretiens …",
    "كما أجرى الملك اتصالا هاتفيا …") as the one king the article names: not when a title word
    follows it ("le roi saoudien", "le roi du Maroc", "الملك الأردني": that office, or another's)
    nor when it is someone's ("le conseiller du roi")."""
    for prefix, stem in stem_pairs(toks[i], rules.proclitics):
        actor = offices.bare.get(stem)
        if actor is None or prefix in rules.of_proclitics:
            continue
        if i + 1 < len(toks) and toks[i + 1] in rules.title_words:
            return None
        return None if _is_someones(toks, i, i + 1, rules) else Match(actor, i, i + 1, prefix)
    return None


def _is_someones(toks: Sequence[str], start: int, end: int, rules: LangRules) -> bool:
    """Whether the office at tokens [start, end) is another's title's, a former one or any one."""
    before = toks[start - 1] if start else ""
    return (
        before in rules.of_words
        or before in rules.titles.by_first
        or before in rules.not_holder
        or (end < len(toks) and toks[end] in rules.not_holder)
    )


def _counterpart_at(
    toks: Sequence[str], i: int, named: Sequence[Match], offices: Offices, rules: LangRules
) -> Match | None:
    """The counterpart word at token i as the person it names, if one person fits."""
    subject = max((a for a in named if a.end <= i), key=lambda a: a.end, default=None)
    if subject is None or i + 1 >= len(toks) or subject.value not in offices.roles:
        return None
    head = offices.roles[subject.value][0]
    nationality = rules.role_spellings.get(toks[i + 1], toks[i + 1])
    fits = {
        actor
        for actor, office in offices.roles.items()
        if actor != subject.value and office[0] == head and nationality in office
    }
    # The same office under another name: a foreign minister's American counterpart is the
    # secretary of state (same_office).
    kind = rules.office_kinds.get(subject.value)
    if kind and (other := offices.kinds.get((kind[0], nationality))) and other != subject.value:
        fits.add(other)
    return Match(fits.pop(), i, i + 2) if len(fits) == 1 else None
