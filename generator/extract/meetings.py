"""Who met or spoke with whom: trigger words with two named people near them, per sentence."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from functools import lru_cache
from itertools import accumulate, compress
from typing import NamedTuple

from ..article import Line, MeetingMention
from ..data import ArchiveData, LangRules, PhraseIndex
from .actors import article_text_lines
from .date import date_words, may_end_a_date, may_name_a_day, relative_day, says_one_of
from .match import Match, find_phrases, line_phrases
from .normalize import LIST_ITEM, clause_bounds, spans, stem_pairs, stems, token_bounds, tokens, tokens_between
from .offices import (
    NO_OFFICES,
    Offices,
    article_offices,
    has_and_attached,
    may_name,
    office_mentions,
    written_titles,
)
from .places import city_of, find_places, line_places, locative_at, not_in_names

# What follows a dateline's city: "MOSCOU, 17 août", "Moscou / Le", "دمشق-سانا", "Paris (AFP)".
_DATELINE_MARKS = "-–—/,(:"
# Tokens before and after the trigger-and-people span in which a day is read for the meeting.
DAY_BEFORE = 4
DAY_AFTER = 6
# Tokens a date that starts in that window may run past it: "في الخامس والعشرين من الشهر الماضي".
DATE_TOKENS = 5
# Tokens between a meeting word and the "between" that names its people: "التي جرت يوم الخميس بين".
BETWEEN_GAP = 4
# People named inside a quotation are spoken about, not present: quotes are blanked first. A
# quoted name alone is no quotation (Arabic papers quote names: "المبعوث “غير بيدرسون”"), nor
# are two joined (see _is_quoted_names); each name has this many words at most.
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"|”[^”]*”|„[^“”]*[“”]")
MAX_QUOTED_NAME_WORDS = 3


def _blank_quotations(sentence: str, data: ArchiveData, rules: LangRules) -> str:
    """The sentence with its quotations blanked, but for quoted names."""

    def blank(m: re.Match[str]) -> str:
        quoted = m.group()[1:-1]
        return m.group() if _is_quoted_names(quoted, data, rules) or _is_quoted_report(quoted, data, rules) else " "

    return _QUOTED.sub(blank, sentence)


def _is_quoted_names(quoted: str, data: ArchiveData, rules: LangRules) -> bool:
    """Whether a quotation is names alone: a person's ("« Lavrov »"), or people's joined by a dash
    or "and" (a meeting so named: "لقاء “البرهان – نتنياهو” بمدينة عنتيبي")."""
    if len(quoted.split()) > 2 * MAX_QUOTED_NAME_WORDS + 1:
        return False
    found = line_phrases(quoted, data.actor_index, rules.proclitics)
    named = {i for m in found for i in range(m.start, m.end)}
    return bool(found) and all(i in named or t in rules.and_words for i, t in enumerate(tokens(quoted)))


def _is_quoted_report(quoted: str, data: ArchiveData, rules: LangRules) -> bool:
    """Whether a quotation reports a meeting in the third person: a statement quoted whole
    ("« Xie Xiaoyan a rencontré Walid al-Mouallem … », est-il écrit dans ce communiqué") names
    two people and a meeting word, and no one speaking of themselves ("nous", "التقينا")."""
    toks = tokens(quoted)
    if not rules.first_person.isdisjoint(toks):  # the words with their proclitics (data.py)
        return False
    people = {m.value for m in find_phrases(toks, data.actor_index, rules.proclitics)}
    return len(people) >= 2 and bool(find_phrases(toks, rules.triggers, rules.proclitics))


def _kind(triggers: list[Match], rules: LangRules) -> str:
    kinds = {t.value for t in triggers}
    return next(k for k in (*rules.trigger_priority, *sorted(kinds)) if k in kinds)


def _is_preceded(
    toks: Sequence[str], at: int, index: PhraseIndex, gap: int, proclitics: tuple[str, ...], text: str | None = None
) -> bool:
    """A phrase of the index (with a non-empty value) ends at most `gap` tokens before position
    `at`; with the text of toks, in the same clause (no comma between)."""
    lo = max(at - gap - 3, 0)
    window = toks[lo:at]
    near = [m for m in find_phrases(window, index, proclitics) if m.value and len(window) - m.end <= gap]
    return any(text is None or not _CLAUSE_BREAK.search(text, *_between_tokens(text, lo + m.end - 1, at)) for m in near)


# What ends a clause: "ولم تكشف تفاصيله، التقى الرئيسان" negates the reveal, not the meeting.
_CLAUSE_BREAK = re.compile("[,،;؛:]")


def _between_tokens(text: str, left: int, right: int) -> tuple[int, int]:
    """Character offsets in text from the end of token left to the start of token right."""
    _, end = token_bounds(text, left, left + 1)
    start, _ = token_bounds(text, right, right + 1)
    return end, start


def live_triggers(
    toks: Sequence[str], rules: LangRules, found: Sequence[Match] | None = None, text: str | None = None
) -> list[Match]:
    """Trigger words that report a meeting: not a setting ("en marge de la conférence"), not negated.

    `found` is the trigger matches of toks when already known; `text`, the text they are the
    tokens of, when a negation must be in the trigger's clause."""
    return [
        t
        for t in (find_phrases(toks, rules.triggers, rules.proclitics) if found is None else found)
        if not _is_preceded(toks, t.start, rules.settings, 1, rules.proclitics)
        and not _is_preceded(toks, t.start, rules.negations, rules.negation_window, rules.proclitics, text)
    ]


# Words between a calling verb and its callee: "a appelé lundi le président Vladimir Poutine".
CALL_GAP = 4


def _is_call(toks: Sequence[str], verb: Match, actors: Sequence[Match], rules: LangRules) -> bool:
    """Whether a calling verb (call_verbs) is a call: someone named within CALL_GAP tokens after
    it, and no demand word right after the verb or that person ("a appelé Bachar al-Assad à se
    démettre", "a appelé à la retenue")."""
    if verb.end < len(toks) and toks[verb.end] in rules.call_demands:
        return False
    callee = min((a for a in actors if verb.end <= a.start <= verb.end + CALL_GAP), key=lambda a: a.start, default=None)
    return callee is not None and (callee.end >= len(toks) or toks[callee.end] not in rules.call_demands)


# Words between a verb of with_verbs and its "avec": "a échangé dimanche avec", "avait échangé en
# août dernier avec", "a évoqué la situation avec".
WITH_GAP = 3


def _tells_a_meeting(toks: Sequence[str], trigger: Match, actors: Sequence[Match], rules: LangRules) -> bool:
    """Whether a meeting word of the sentence may join a group: not a coming event named after
    everyone ("Lors d'une conversation téléphonique avec … Tshisekedi, M. Xi a indiqué … faire de
    la prochaine réunion du Forum … un succès": another than the meeting reported), not a
    calling verb that is no call (see _is_call), and not a verb of with_verbs without its "avec"."""
    if _is_announced(toks, trigger.start, rules) and not any(a.start >= trigger.end for a in actors):
        return False
    word = toks[trigger.start]
    if word in rules.with_verbs:
        # The phrase may hold its own "avec" ("évoqué avec").
        return not rules.with_words.isdisjoint(toks[trigger.start + 1 : trigger.start + WITH_GAP + 2])
    return word not in rules.call_verbs or _is_call(toks, trigger, actors, rules)


def _visit(
    toks: Sequence[str], trigger: Match, actors: Sequence[Match], rules: LangRules
) -> tuple[list[Match], list[Match]]:
    """The meeting of a word of between_names: the person right before it and the one right after
    (titles between), when both are named."""
    before = [a for a in actors if a.end == trigger.start][:1]
    after = [a for a in actors if _title_start(toks, a.start, rules) == trigger.end][:1]
    return [trigger], before + after


# Words between a planned word and the meeting word it makes a coming one: "la prochaine réunion".
PLANNED_GAP = 2


def _is_announced(toks: Sequence[str], at: int, rules: LangRules) -> bool:
    """Whether a planned word stands just before the meeting word at token `at`: "la prochaine
    réunion du Forum", "un éventuel sommet", "devait rencontrer"."""
    return _announced_from(toks, at, rules) < at


def _announced_from(toks: Sequence[str], at: int, rules: LangRules) -> int:
    """Where the planned word that stands just before the meeting word at token `at` starts
    ("ويتوقع أن يلتقي"), or `at` when none does (see _is_announced)."""
    lo = max(at - PLANNED_GAP - 3, 0)
    found = [
        m
        for m in find_phrases(toks[lo:at], rules.planned, rules.proclitics)
        if m.value in ("planned", "next") and at - lo - m.end <= PLANNED_GAP
    ]
    return lo + found[0].start if found else at


def _planned_clause(
    toks: Sequence[str], named: Sequence[Match], triggers: Sequence[Match], actors: Sequence[Match], rules: LangRules
) -> bool:
    """Whether a planned word and "that" open the clause of the meeting's people, with no meeting
    word nor person between them: "ومن المقرر أن يجري … صالحي ووزير الطاقة الأمريكي إرنست مونيز
    محادثات", "il est prévu que …" (the planned word may stand far from the meeting word)."""
    first = min(a.start for a in named)
    busy = [t.start for t in triggers] + [a.start for a in actors]
    for m in find_phrases(toks[:first], rules.planned, rules.proclitics):
        if m.value != "planned" or any(m.end <= i < first for i in busy):
            continue
        that = find_phrases(toks[m.end : m.end + 1], rules.reported_speech, rules.proclitics)
        if that and that[0].value == "that":
            return True
    return False


# Words between a manner word and its meeting word: "lors d'un entretien", "في اتصال".
MANNER_GAP = 2


def _clusters(triggers: list[Match], actors: list[Match], manner: Collection[int] = ()) -> list[list[Match]]:
    """Triggers with no actor between them report one meeting: "s'est entretenu au téléphone"; so
    does one that tells the manner of the one before (its start in manner): "بحث جاويش أوغلو، في
    اتصالين هاتفيين مع …"."""
    clusters: list[list[Match]] = []
    for trigger in triggers:
        is_manner = trigger.start in manner
        if clusters and (is_manner or not any(clusters[-1][-1].end <= a.start < trigger.start for a in actors)):
            clusters[-1].append(trigger)
        else:
            clusters.append([trigger])
    return clusters


def _groups(
    triggers: list[Match],
    actors: list[Match],
    window: int,
    steps: Sequence[Match] = (),
    manner: Collection[int] = (),
    title_start: Callable[[int], int] | None = None,
    apart: Callable[[int, int], int] = lambda i, j: abs(i - j),
) -> list[tuple[list[Match], list[Match]]]:
    """(triggers, actor mentions) per meeting in a sentence; apart(i, j) is how many words count
    between tokens i and j (a date's do not: _apart).

    Usually one meeting: everyone named within the window of a trigger. A sentence splits into
    several only when each part has two people: the subject before the first trigger with those
    named after each later trigger ("A a été reçu par B après un entretien avec C": A–B, A–C).
    Steps ("puis", "ثم") split it as a trigger would: "A a été reçu par B puis par C" is A–B and
    A–C ("التقى A B ثم C" too), and with the subject unnamed ("Le secrétaire d'État a été reçu par
    B puis par C"), nothing.
    """

    def near(a: Match, t: Match) -> bool:
        if apart(a.start, t.start) <= window or apart(a.end, t.end) <= window:
            return True
        # A person after the meeting word is as near as the title that introduces them.
        reach = a.start - t.start
        return (
            title_start is not None
            and 0 < reach <= window + MAX_TITLE_RUN
            and apart(t.start, title_start(a.start)) <= window
        )

    # A meeting word with nobody near it is another event's ("À la veille de la rencontre des
    # ministres qui s'ouvre demain …, Faki a eu un tête-à-tête avec …"): not this meeting's.
    peopled = [t for t in triggers if any(near(a, t) for a in actors)] or triggers
    whole = [(peopled, [a for a in actors if any(near(a, t) for t in peopled)])]
    clusters = _clusters(sorted([*triggers, *steps], key=lambda t: t.start), actors, manner)
    if len(clusters) < 2:
        return whole
    first = clusters[0][0]
    subject = [a for a in actors if a.end <= first.start and near(a, first)]
    if steps and not subject:
        # Verb first ("التقى بومبيو لافروف ثم بوتين"): the subject is the first person after the verb.
        opening = [a for a in actors if first.end <= a.start < clusters[1][0].start]
        if len({a.value for a in opening}) < 2:
            return []
        subject = opening[:1]
    groups: list[tuple[list[Match], list[Match]]] = []
    own: list[tuple[list[Match], list[Match]]] = []
    lone: list[tuple[list[Match], list[Match]]] = []
    for i, cluster in enumerate(clusters):
        stop = clusters[i + 1][0].start if i + 1 < len(clusters) else None
        after = [a for a in actors if cluster[-1].end <= a.start and (stop is None or a.start < stop)]
        objects = [a for a in after if near(a, cluster[-1])]
        if subject and {a.value for a in objects} - {a.value for a in subject}:
            groups.append((cluster, subject + objects))
        (own if len({a.value for a in objects}) >= 2 else lone).append((cluster, objects))
    if len(groups) >= 2:
        return groups
    # No subject, one part names two people after its trigger and another names one of its own:
    # the two are the meeting, the one is in another event ("L'appel de Trump avec le président
    # russe est intervenu après que Poutine a rencontré Assad"). A part with nobody ("…، في اتصال
    # هاتفي") tells the same meeting.
    if not subject and own and any(objects for _, objects in lone):
        return own
    return whole


def _listed_on(
    text: str, toks: Sequence[str], named: list[Match], actors: list[Match], triggers: list[Match], rules: LangRules
) -> list[Match]:
    """The people named, and those a list of them goes on to past the window: each joined to the
    last by "and" and a title, with no meeting word between ("… ويليام بيرنز ونائب وزير الخارجية
    الروسي ميخائيل بوغدانوف", "… John Kerry et le ministre saoudien Adel al-Jubeir"). Only a
    meeting's list goes on: with one person named, the others may be beyond the window
    ("Pompeo a réaffirmé … lors des entretiens qu'il a eus avec … Poutine, et son ministre …
    Lavrov" is no meeting of Poutine and Lavrov). A subject's list goes back even from one person
    named: "Khemaies Jhinaoui et son homologue français, Jean-Yves Le Drian, ont eu ce vendredi
    28 juillet 2017 une conversation téléphonique". Going on, a comma joins as "and" does: "s'est
    entretenu avec … Ursula von der Leyen, le Premier ministre éthiopien Abiy Ahmed Ali et …"."""
    out = list(named)
    if not out or len(actors) == len(named):
        return out
    is_meeting = len({a.value for a in out}) >= 2
    if not is_meeting and not all(a.end <= t.start for a in out for t in triggers):
        return out  # one person, not the subject before the meeting words
    for actor in actors if is_meeting else ():
        last = max(a.end for a in out)
        if actor.start < last or actor in out or actor.start - last > rules.window:
            continue
        if not _joins(toks, last, actor.start, triggers, rules, _comma_before(text, last)):
            break
        out.append(actor)
    # The list may start before the window too: "Walid al-Mouallem et ses deux homologues,
    # l'iranien Mohammad Javad Zarif et l'irakien Ibrahim al-Jaafari ont discuté … lors d'une
    # réunion tripartite".
    for actor in reversed(actors):
        first = min(a.start for a in out)
        if actor.end > first or actor in out or first - actor.end > rules.window:
            continue
        if not _joins(toks, actor.end, first, triggers, rules):
            break
        out.insert(0, actor)
    return out


def _joins(
    toks: Sequence[str], start: int, end: int, triggers: list[Match], rules: LangRules, after_comma: bool = False
) -> bool:
    """Whether tokens [start, end) between two people join the second to the first in a list:
    "and" then a title, a word or two in at most ("ونائب وزير", "et le ministre", "et ses deux
    homologues"), or when after_comma, a title right after the comma (", le Premier ministre
    éthiopien": not ", selon la porte-parole"); and no meeting word."""
    if any(start <= t.start < end for t in triggers):
        return False
    gap = toks[start:end]
    joined = _after_and(gap, rules) or (list(gap) if after_comma and gap and gap[0] in rules.title_words else None)
    if not joined:
        return False
    # Title words alone join too: "ses homologues russe Sergueï Lavrov et iranien Mohammad Javad Zarif".
    return all(t in rules.title_words for t in joined) or any(
        m.start <= 2 for m in find_phrases(joined, rules.titles, rules.proclitics)
    )


def _after_and(gap: Sequence[str], rules: LangRules) -> list[str] | None:
    """The words of gap after the "and" it starts with, alone or attached ("ونائب" → "نائب"); None
    when it starts with none."""
    if not gap:
        return None
    if gap[0] in rules.and_words:
        return list(gap[1:])
    attached = next((word for word in rules.and_words if gap[0].startswith(word) and len(gap[0]) > len(word) + 1), None)
    return [gap[0][len(attached) :], *gap[1:]] if attached else None


def _reported(
    text: str, toks: Sequence[str], cluster: list[Match], named: list[Match], rules: LangRules
) -> list[Match]:
    """The people of a meeting someone reports: "أعلن لافروف أن دي ميستورا عقد اجتماعا بشويغو",
    "Le porte-parole Peskov a dit que Poutine a reçu Erdogan", "لافروف: دي ميستورا يجتمع بشويغو":
    those named after the "that" (or the speaker's colon) before the trigger, when two are; the
    speaker before it is no party."""
    that = [m for m in find_phrases(toks[: cluster[0].start], rules.reported_speech, rules.proclitics) if m.value]
    start = that[-1].end if that else _speaker_end(text, named)
    if start is None:
        return named
    after = [a for a in named if a.start >= start]
    return after if len({a.value for a in after}) >= 2 and len(after) < len(named) else named


def _speaker_end(text: str, named: Sequence[Match]) -> int | None:
    """The token after a speaker that opens the text with a colon ("لافروف: …", "Lavrov : …")."""
    first = min(named, key=lambda a: a.start, default=None)
    if first is None or first.start != 0:
        return None
    _, end = token_bounds(text, 0, first.end)
    return first.end if text[end:].lstrip().startswith(":") else None


def _attending(toks: Sequence[str], rules: LangRules) -> int | None:
    """Where the attendees of a sentence's meeting start ("…, en présence de Sergueï Lavrov",
    "بحضور وزير الخارجية وليد المعلم"), if it names them: they attend, they are not its parties."""
    found = find_phrases(toks, rules.attendance, rules.proclitics) if rules.attendance.by_first else []
    return found[0].end if found else None


# Words between a clause's subject and its meeting word: "lorsque Macron a rencontré",
# "après que le président français s'est entretenu avec".
CLAUSE_SUBJECT_GAP = 2


def _clause_start(
    toks: Sequence[str], triggers: list[Match], actors: list[Match], rules: LangRules
) -> tuple[int, Match | None] | None:
    """(where a clause with its own subject and meeting word starts, after a meeting word; the
    subject when named before it): "Haftar et Macron se sont rencontrés … lorsque Macron a
    rencontré … Fayez al-Sarraj", "… deux semaines après que le président français a accueilli
    Sarraj" (meetings.yaml clause_openers); "Macron a reçu Sarraj, qui avait rencontré la veille
    Haftar" (relative_clauses: the person just before the pronoun is its subject)."""
    if not triggers or (rules.clause_openers.isdisjoint(toks) and rules.relative_clauses.isdisjoint(toks)):
        return None
    for c in range(triggers[0].end, len(toks)):
        is_relative = toks[c] in rules.relative_clauses
        if not is_relative and toks[c] not in rules.clause_openers:
            continue
        later = next((t for t in triggers if t.start > c), None)
        if later is None:
            return None
        if is_relative:
            antecedent = next((a for a in actors if a.end == c), None)
            if antecedent is not None and later.start - c - 1 <= CLAUSE_SUBJECT_GAP:
                return c, antecedent
            continue
        subject = [a for a in actors if c < a.start and a.end <= later.start]
        if subject and later.start - subject[-1].end <= CLAUSE_SUBJECT_GAP:
            return c, None
    return None


# Words after a time word in which a day makes it the meeting's time: "بعد عصر السبت".
TIME_CLAUSE_DAY = 2


def _before_another_event(
    toks: Sequence[str], cluster: Sequence[Match], named: list[Match], triggers: Sequence[Match], rules: LangRules
) -> list[Match]:
    """The people of a meeting but those named after a time word that follows one of them, or
    after a relative word that follows the meeting word and one of them, with no meeting word
    between: they are in another event, one that dates this one ("تلقى عون اتصالا هاتفيا من ماكرون
    قبيل وصول … الحريري الى قصر الايليزيه", "… avant l'arrivée de Poutine") or one the clause tells
    ("… rencontré Sarraj, qui a accusé Paris de soutenir Haftar", "بدأ … كيري، ونظيره … لافروف
    محادثاتهما … في فيينا، حيث تشن روسيا حملة … دعما للرئيس بشار الأسد")."""
    after = cluster[-1].end
    cut = next(
        (
            i
            for i in range(after, len(toks))
            if (
                (toks[i] in rules.time_clauses and any(after <= a.start < i for a in named))
                or (toks[i] in rules.relative_clauses and any(a.start < i for a in named))
            )
            # "بعد عصر السبت", "avant-hier": a time of day, not another event.
            and not may_name_a_day(toks[i + 1 : i + 1 + TIME_CLAUSE_DAY], rules.dates)
        ),
        None,
    )
    if cut is None:
        return named
    return [a for a in named if a.start < cut or any(cut < t.start < a.start for t in triggers)]


def _steps(toks: Sequence[str], triggers: list[Match], actors: list[Match], rules: LangRules) -> list[Match]:
    """The words that tell one meeting after another ("reçu par B puis par C", "التقى B ثم C",
    "avec B ainsi qu'avec C", "مع B، وكذا مع C"), as triggers of the kind before them: after a
    trigger and a person, and before a person."""
    if not triggers:
        return []
    start = triggers[0].end
    steps = []
    for step in find_phrases(toks[start:], rules.sequence, rules.proclitics):
        i, end = start + step.start, start + step.end
        before = [t for t in triggers if t.end <= i]
        if any(before[-1].end <= a.start < i for a in actors) and any(a.start >= end for a in actors):
            steps.append(Match(before[-1].value, i, end))
    return steps


# Words but titles between two people listed after "entre" / "بين": "et", "ainsi que".
BETWEEN_LIST_GAP = 2


def _between(
    toks: Sequence[str], cluster: list[Match], named: list[Match], rules: LangRules
) -> tuple[list[Match], list[Match]]:
    """(trigger, people) of "une rencontre entre A et B", "لقاء بين A و B", "المكالمة التي جرت يوم
    الخميس بين A و B": the people named after the word (a few words after the trigger, nobody
    named in between) and listed together (no more than BETWEEN_LIST_GAP words but titles between
    one and the next), when two or more are; else the group as it is. "La rencontre entre Kagame
    et Lorenço intervient … après la visite de Félix Tshisekedi à Luanda": Kagame and Lourenço."""
    trigger = cluster[-1]
    found = find_phrases(toks[trigger.end : trigger.end + BETWEEN_GAP + 1], rules.between, rules.proclitics)
    if not found:
        return cluster, named
    at = trigger.end + found[0].start
    if any(trigger.end <= a.start < at for a in named):
        return cluster, named
    after: list[Match] = []
    for a in named:
        if a.start <= at:
            continue
        if after and _title_start(toks, a.start, rules) - after[-1].end > BETWEEN_LIST_GAP:
            break
        after.append(a)
    return ([trigger], after) if len({a.value for a in after}) >= 2 else (cluster, named)


def _is_venue(toks: Sequence[str], place: Match, rules: LangRules) -> bool:
    """A locative word introduces the place ("à Genève", "وفي موسكو", "بجنيف", "à l'aéroport de
    Ouagadougou": see locative_at), and the word before that is not a topic ("la situation à Alep",
    "الوضع في حلب" are what was discussed)."""
    at = locative_at(toks, place, rules)
    if at is None:
        return False
    topic_at = at - 1
    return topic_at < 0 or not any(s in rules.place_topics for s in stems(toks[topic_at], rules.proclitics))


def _meeting_place(toks: Sequence[str], anchors: Sequence[Match], places: list[Match], rules: LangRules) -> str | None:
    """The venue (see _is_venue) nearest the first anchor, else nearest the next one: a cluster's
    triggers ("في لقاء غير مقرر …، التقى الرئيسان … في أنطاليا" is placed by the verb, too far
    from the noun that opens the sentence), or a person."""
    venues = [place for place in places if _is_venue(toks, place, rules)]
    return next(filter(None, (_nearest(venues, anchor, rules.window) for anchor in anchors)), None)


def _nearest(venues: Sequence[Match], anchor: Match, window: int) -> str | None:
    """The venue nearest the anchor, at most window tokens from it."""
    best: tuple[int, str] | None = None
    for venue in venues:
        distance = abs(venue.start - anchor.start)
        if distance <= window and (best is None or distance < best[0]):
            best = (distance, venue.value)
    return best[1] if best else None


def mentions_in_sentence(
    sentence: str,
    line: int,
    data: ArchiveData,
    lang: str,
    article_date: dt.date | None,
    blank: str | None = None,
    offices: Offices = NO_OFFICES,
    antecedent: tuple[str, ...] | None = None,
) -> list[MeetingMention]:
    """A meeting for each trigger (or run of triggers) with two or more actors around it.

    `blank` is the sentence with its quotations blanked, when already known; `offices` those of
    the people the article names (see offices.py); `antecedent` the person (or people) a subject pronoun
    stands for (see _pronoun_subject)."""
    rules = data.rules[lang]
    blank = _blank_quotations(sentence, data, rules) if blank is None else blank
    toks = tokens(blank)
    triggers = find_phrases(toks, rules.triggers, rules.proclitics)
    if not triggers:
        return []
    actors = _with_offices(toks, find_phrases(toks, data.actor_index, rules.proclitics), offices, rules)
    actors = _with_infinitive_subject(
        toks, triggers, _with_antecedent(blank, toks, triggers, actors, antecedent, rules, offices), rules
    )
    if len({a.value for a in actors}) < 2:
        return []
    live = live_triggers(toks, rules, triggers, blank)
    return _mentions(blank, toks, live, actors, None, line, data, rules, article_date)


def _mentions(
    text: str,
    toks: Sequence[str],
    triggers: list[Match],
    actors: list[Match],
    places: list[Match] | None,
    line: int,
    data: ArchiveData,
    rules: LangRules,
    article_date: dt.date | None,
) -> list[MeetingMention]:
    """The meetings of one sentence, from its tokens (those of tokens(text)) and its matches."""
    words = triggers  # every meeting word, those of coming events too (see `other` below)
    triggers = [t for t in triggers if _tells_a_meeting(toks, t, actors, rules)]
    # "Didier Reynders chez Lavrov après Charles Michel chez Poutine": each is its own two (and
    # "populaire chez les électeurs" has only one).
    visits = [_visit(toks, t, actors, rules) for t in triggers if toks[t.start] in rules.between_names]
    triggers = [t for t in triggers if toks[t.start] not in rules.between_names]
    out = []
    present = _attending(toks, rules)
    sent_by = [m.end for m in find_phrases(toks, rules.sent_by, rules.proclitics)] if rules.sent_by.by_first else []
    # Only a later meeting word can tell the manner of an earlier one.
    manner = [t.start for t in triggers[1:] if _after_manner_word(toks, t.start, rules)]

    def title_start(at: int) -> int:
        return _title_start(toks, at, rules)

    steps = _steps(toks, triggers, actors, rules)
    groups = _groups(triggers, actors, rules.window, steps, manner, title_start) if triggers else []
    clause = _clause_start(toks, triggers, actors, rules)
    if clause is not None:
        # The clause tells its own meeting when it names two people; what comes before it, its own.
        cut, subject = clause
        parts = [
            _groups(
                [t for t in triggers if (t.start < cut) is first],
                [a for a in actors if (a.start < cut) is first or a is subject],
                rules.window,
                [s for s in steps if (s.start < cut) is first],
                manner,
                title_start,
            )
            for first in (True, False)
        ]
        if any(len({a.value for a in named}) >= 2 for _, named in parts[1]):
            groups = parts[0] + parts[1]
    if groups and all(len({a.value for a in named}) < 2 for _, named in groups):
        # One person within the window: a date or a city told in between may have pushed the
        # other out.
        if places is None:
            places = find_places(list(toks), data, rules.proclitics)
        apart = _apart(text, toks, triggers, actors, rules, places)
        groups = _groups(triggers, actors, rules.window, steps, manner, title_start, apart)
    if visits:
        groups = sorted([*groups, *visits], key=lambda group: group[0][0].start)
    for i, (cluster, named) in enumerate(groups):
        cluster, named = _between(toks, cluster, _listed_on(text, toks, named, actors, triggers, rules), rules)
        parties = [a for a in named if present is None or a.start < present]
        # With one party named ("اجتماعا مع وزراء الخارجية العرب بحضور … نبيل العربي"), the
        # attendee is who the meeting was with.
        named = parties if len({a.value for a in parties}) >= 2 else named
        named = _reported(text, toks, cluster, named, rules)
        named = _before_another_event(toks, cluster, named, triggers, rules)
        named = _with_fronted_subject(toks, cluster, named, actors, rules)
        if _all_met(toks, cluster, named, rules):
            continue  # "واجرى اجتماعين مع … البوسعيدي و… عبد السلام": whoever met them is not named
        named = [
            a
            for a in named
            if not _is_principal(toks, a, data, rules)
            and not _is_sender(a, sent_by, actors, toks, rules)
            and not _is_kin(toks, a, rules)
        ]
        people = {a.value for a in named}
        if len(people - _companions(toks, named, rules)) < 2:
            continue  # "Le chef de l'État était accompagné lors de ses rencontres par … Hakan Fidan": one side
        kind = _kind(cluster, rules)
        place = None
        if kind != "phone":
            if places is None:
                places = find_places(list(toks), data, rules.proclitics)
            place = city_of(_meeting_place(toks, cluster, places, rules), data)
        # Only a day written among the trigger and the people dates the meeting: a date further
        # along the sentence belongs to another event ("… since his visit on 2 October 2018").
        # A meeting word far past its people tells another event ("… خلال استقباله … فيصل بن فرحان …،
        # خلال زيارته … للمشاركة في اجتماعات وزراء الخارجية العرب المقررة بعد غد"): not in the window.
        past = max(a.end for a in named)
        lo, hi = _day_window(toks, [t for t in cluster if t.start <= past + DAY_AFTER] or cluster[:1], named)
        # The words that announce the next meeting told are its own ("والتقى خلالها نظيره …،
        # ويتوقع أن يلتقي الرئيس …": the first meeting happened); so are those of a later meeting word
        # past everyone, another event ("بحث … مع نظيره السوري التسوية السورية والقمة الثلاثية المقبلة":
        # the summit is the coming one).
        until = _announced_from(toks, groups[i + 1][0][0].start, rules) if i + 1 < len(groups) else hi
        other = next((t.start for t in words if t.start >= past and t.start > cluster[0].start), None)
        other = hi if other is None else _announced_from(toks, other, rules)
        if _is_coming(toks[lo : min(hi, until, other)], rules) or _planned_clause(toks, named, triggers, actors, rules):
            continue  # a coming meeting ("sera reçu … la semaine prochaine", "سيلتقي … الأسبوع المقبل")
        day = None
        if len(groups) > 1:
            # Meetings told in turn ("reçu jeudi soir par Poutine, avant de s'entretenir vendredi
            # avec Lavrov"): first the day in the meeting's own part, from its trigger to the next
            # one's, without the subject.
            next_start = groups[i + 1][0][0].start if i + 1 < len(groups) else None
            own = [a for a in named if a.start >= cluster[0].start]
            day = _window_day(text, toks, *_day_window(toks, cluster, own, next_start), rules, article_date)
        day = day or _window_day(text, toks, lo, hi, rules, article_date)
        if day and article_date and day < article_date and _in_present_tense(toks, cluster, rules):
            continue  # a day of the week to come ("حيث يلتقي الثلاثاء", "reçoit jeudi")
        if dated := _dated_items(text, toks, cluster, named, rules, article_date):
            host, days = dated
            out += [MeetingMention(tuple(sorted({host, p})), kind, place, d, line) for p, d in days]
            continue
        if pairs := _each_apart(toks, cluster, named, people, kind, rules):
            out += [MeetingMention(tuple(sorted(pair)), kind, place, day, line) for pair in pairs]
            continue
        out.append(MeetingMention(tuple(sorted(people)), kind, place, day, line))
    return out


def _after_manner_word(toks: Sequence[str], at: int, rules: LangRules) -> bool:
    """Whether a manner word ("lors de", "خلال") comes just before the meeting word at token `at`."""
    return _is_preceded(toks, at, rules.manner, MANNER_GAP, rules.proclitics)


# The meeting word of a sentence that opens with it ("Lors de rencontres avec …") is this far in.
MAX_OPENING = 4


def _opens_with(toks: Sequence[str], cluster: Sequence[Match], rules: LangRules) -> bool:
    """Whether the sentence opens with its meeting and "with" ("Lors de rencontres avec", "وخلال
    لقائه مع"): the subject comes after the people met."""
    first = cluster[0]
    return (
        first.start <= MAX_OPENING
        and not rules.with_words.isdisjoint(toks[first.end : first.end + 2])
        and _after_manner_word(toks, first.start, rules)
    )


# Words between a meeting word and the "with" that names who was met: "اجتماعين مع", "un
# entretien téléphonique avec", "s'est entretenu mardi avec".
WITH_REACH = 3


def _all_met(toks: Sequence[str], cluster: Sequence[Match], named: Sequence[Match], rules: LangRules) -> bool:
    """Whether everyone named comes after the "with" of the meeting word: they are those met, and
    who met them is not named ("وكان وزير الخارجية … واجرى اجتماعين مع وزير الخارجية العماني بدر
    البوسعيدي والمتحدث … محمد عبد السلام": not a meeting of the two); or after a meeting word whose
    subject is a pronoun that stands for no one named ("Il a rencontré … Blinken et … Sullivan":
    _with_antecedent names whom it stands for, when it can), or a plural one ("Ils ont rencontré …")."""
    # "(Valeurs actuelles -) Lors de sa rencontre avec Kerry, Lavrov …", "جاء ذلك خلال استقبال …
    # المقداد … مع …": after a manner word, the subject may follow.
    if any(a.start < cluster[0].end for a in named) or _after_manner_word(toks, cluster[0].start, rules):
        return False
    end = cluster[-1].end
    with_at = next((i for i in range(end, min(end + WITH_REACH, len(toks))) if toks[i] in rules.with_words), None)
    if with_at is not None and all(a.start > with_at for a in named):
        return True
    return (
        _pronoun_subject(toks, cluster, named, rules) is not None
        or _plural_subject(toks, cluster, named, rules) is not None
    )


def _with_fronted_subject(
    toks: Sequence[str], cluster: Sequence[Match], named: list[Match], actors: Sequence[Match], rules: LangRules
) -> list[Match]:
    """A sentence that opens with its meeting ("Lors de rencontres avec le président Joseph Aoun,
    le Premier ministre Nawaf Salam et le président de la Chambre Nabih Berry, Le Drian a
    réaffirmé …", "وخلال لقائه مع …، أكد …") lists the people met after "with"; its subject, the
    one who met them, is the first person named after the list, however long the list."""
    if not named or any(a.start < cluster[0].end for a in named) or not _opens_with(toks, cluster, rules):
        return named
    last = max(a.end for a in named)
    subject = next((a for a in actors if a.start >= last and a.value not in {n.value for n in named}), None)
    return named if subject is None else [*named, subject]


def _dated_items(
    text: str,
    toks: Sequence[str],
    cluster: Sequence[Match],
    named: Sequence[Match],
    rules: LangRules,
    article_date: dt.date | None,
) -> tuple[str, list[tuple[str, dt.date]]] | None:
    """(the one person named before the meeting word, [(each named after it, its own day)]) when
    the people after it come each with a day of their own: "Cavusoglu a rencontré Martin Griffiths
    le 10 février et Ceyhun Bayramov le 11 février" is two meetings, on two days."""
    before = [a for a in named if a.end <= cluster[0].start]
    after = sorted((a for a in named if a.start >= cluster[-1].end), key=lambda a: a.start)
    host = _host(named, before, rules)
    if host is None or len(before) + len(after) != len(named):
        return None
    if not before:
        after = after[1:]  # "التقى جاويش أوغلو غريفيث في 10 فبراير، وبيراموف في 11 فبراير": the host
    if len({a.value for a in after}) < 2:
        return None
    days = []
    for a, b in zip(after, [*after[1:], None], strict=True):
        end = b.start if b is not None else len(toks)
        day = _day_in(text, a.end, end, rules, article_date) if may_name_a_day(toks[a.end : end], rules.dates) else None
        if day is None:
            return None
        days.append((a.value, day))
    return (host, days) if len({d for _, d in days}) == len(days) else None


def _host(named: Sequence[Match], before: Sequence[Match], rules: LangRules) -> str | None:
    """Whose meeting with the others it is: the one person named before the meeting word (before),
    or in a verb-first language with nobody before it, the first named after it."""
    subjects = {a.value for a in before}
    if len(subjects) == 1:
        return next(iter(subjects))
    if not before and rules.verb_first and named:
        return min(named, key=lambda a: a.start).value
    return None


def _each_apart(
    toks: Sequence[str], cluster: Sequence[Match], named: Sequence[Match], people: set[str], kind: str, rules: LangRules
) -> list[tuple[str, str]] | None:
    """The pairs that met apart when the meeting is one person's with each of the others: a call
    or a round of meetings (_one_with_each), or separate meetings the text says are ("في اتصالين
    هاتفيين منفصلين مع نظيريه …": the first named called each of the others). Separate meetings
    of several named before the meeting word are each one's with those named after it ("أجرى …
    غريفيث و… ليندركنغ مباحثات منفصلة مع … بن مبارك")."""
    if len(people) > 2 and (host := _one_with_each(toks, cluster, named, kind, rules)):
        return [(host, p) for p in sorted({a.value for a in named if a.start >= cluster[0].start} - {host})]
    if _is_separate(toks, cluster, rules):
        subjects = {a.value for a in named if a.end <= cluster[0].start}
        others = people - subjects
        if len(subjects) >= 2 and others:
            return [(s, o) for s in sorted(subjects) for o in sorted(others)]
        first = min(named, key=lambda a: a.start).value
        return [(first, p) for p in sorted(people - {first})]
    return None


# The people one person met, named in one list, that make separate meetings (see _one_with_each).
MIN_ROUND = 3


def _one_with_each(
    toks: Sequence[str], cluster: Sequence[Match], named: Sequence[Match], kind: str, rules: LangRules
) -> str | None:
    """The one person who met, or called, each of the others named after the meeting word in
    turn, or None for a meeting of them all. A telephone call is between two: the caller is the
    last named before the meeting word ("Avant d'accueillir M. Hariri, le chef de l'État français
    s'est entretenu au téléphone avec … Aoun et …"), else the first. A meeting is one person's with
    each of three or more when that person alone is named before it ("Xie Xiaoyan a rencontré
    Walid al-Mouallem, … Fayçal Megdad … et Ali Haidar"), or, in a verb-first language, first after
    it; not when it is a summit or a word says it was joint ("réunion tripartite", "اجتماع ثلاثي"),
    nor when several are named before it ("Poutine et Erdogan ont reçu Rohani")."""
    if kind == "conference" or any(t in rules.joint for t in toks):
        return None
    if all(a.start < cluster[0].start for a in named):
        return None  # all named before it: "Poutine, Erdogan et Rohani se sont entretenus au téléphone"
    before = [a for a in named if a.end <= cluster[0].start]
    if kind == "phone":
        return (max(before, key=lambda a: a.start) if before else min(named, key=lambda a: a.start)).value
    if not before and _opens_with(toks, cluster, rules):
        host: str | None = max(named, key=lambda a: a.start).value  # the subject, after those met
    else:
        host = _host(named, before, rules)
    if host is None:
        return None
    # Two met together may be a delegation ("a reçu Lavrov et le chef d'état-major Guerassimov");
    # three or more are a round of meetings.
    return host if len({a.value for a in named} - {host}) >= MIN_ROUND else None


def _apart(
    text: str,
    toks: Sequence[str],
    triggers: list[Match],
    actors: list[Match],
    rules: LangRules,
    places: Sequence[Match] = (),
) -> Callable[[int, int], int]:
    """How many words lie between two tokens, not counting a date's ("استقبل … مسرور بارزاني،
    اليوم الثلاثاء 4 تشرين الأول (أكتوبر) 2022، السفير الروسي …"), a city's ("استقبل … سلفاكير
    ميارديت اليوم بالقصر الرئاسي بمدينة جوبا عاصمة دولة جنوب السودان رئيس مجلس الوزراء …
    حمدوك") nor a person's apposition ("Wang Yi, membre du Bureau politique … et ministre des
    Affaires étrangères, s'est entretenu avec …"): none puts a person further from the meeting
    word. Asked only when the window holds one person: it never adds a third to a pair."""
    words = date_words(rules.dates)
    skipped = [t in words or t.isdigit() for t in toks]
    for place in places:
        skipped[place.start : place.end] = [True] * (place.end - place.start)
    for lo, hi in _appositions(text, triggers, actors):
        skipped[lo:hi] = [True] * (hi - lo)
    dated = list(accumulate(skipped, initial=0))

    def apart(i: int, j: int) -> int:
        lo, hi = (i, j) if i <= j else (j, i)
        hi = min(hi, len(toks))
        return hi - lo - (dated[hi] - dated[lo])

    return apart


# Words between an apposition's closing comma and the meeting word: "s'est", "a été", "وقد".
APPOSITION_TO_VERB = 3
_COMMAS = (",", "،")


def _comma_before(text: str, i: int) -> bool:
    """Whether a comma comes between token i - 1 and token i of text."""
    where = spans(text)
    return 0 < i < len(where) and any(c in text[where[i - 1][2] : where[i][1]] for c in _COMMAS)


def _appositions(text: str, triggers: list[Match], actors: list[Match]) -> list[tuple[int, int]]:
    """Token spans [lo, hi) set off by commas between a person and the meeting word after them,
    naming no one else and no meeting: "Wang Yi, membre du Bureau politique …, s'est entretenu"."""
    out = []
    for person in actors:
        trigger = next((t for t in triggers if t.start > person.end), None)
        if trigger is None or not _comma_before(text, person.end):
            continue
        stop = max(person.end, trigger.start - APPOSITION_TO_VERB - 1)
        close = next((i for i in range(trigger.start, stop, -1) if _comma_before(text, i)), None)
        # The apposition may name the person again by office ("وزير الخارجية السعودي"), no one else.
        others = [m for m in (*actors, *triggers) if m.value != person.value]
        if close is not None and not any(person.end <= m.start < close for m in others):
            out.append((person.end, close))
    return out


# The longest title run read before a person: "l'envoyé spécial du secrétaire général des Nations
# unies pour la Syrie" is 12 words.
MAX_TITLE_RUN = 16


def _title_start(toks: Sequence[str], at: int, rules: LangRules) -> int:
    """Where the run of title words just before token `at` starts (`at` when none): "l'émissaire
    spécial des Nations unies pour la Syrie, Staffan de Mistura", "المبعوث الخاص لأمين عام الأمم
    المتحدة إلى سوريا غير بيدرسون". A run after "and" ("et son ministre …", "ونظيره …") goes on a
    list, which _listed_on decides: none."""
    start = at
    while start > 0 and (
        toks[start - 1] in rules.title_words  # with their proclitics (data.py)
        # "… de la Migration et des Tunisiens à l'étranger, Othman Jerandi": a joiner between title words.
        or (start > 1 and toks[start - 1] in rules.title_joiners and toks[start - 2] in rules.title_words)
    ):
        start -= 1
    if start == at:
        return at
    attached = _after_and(toks[start : start + 1], rules)  # "ونظيره": "and" on the title itself
    is_listed = (start > 0 and toks[start - 1] in rules.and_words) or bool(
        attached and attached[0] in rules.title_words
    )
    return at if is_listed else start


def _is_principal(toks: Sequence[str], person: Match, data: ArchiveData, rules: LangRules) -> bool:
    """Whether the person is named as whose envoy, adviser or spokesman is meant: "المبعوث الخاص
    للرئيس الروسي فلاديمير بوتين", "l'envoyé spécial du président Vladimir Poutine". The title
    before the name names someone (a title) "of" a title (people.yaml of_words before it, or
    of_proclitics attached to it) that is the person's own (actors.yaml role: Putin's starts
    "président"); the principal was not at the meeting. "المستشارة الإعلامية للرئيس السوري بثينة
    شعبان" is the adviser, and "à la demande du président russe Vladimir Poutine" names no envoy."""
    start = _title_start(toks, person.start, rules)
    if start == person.start:
        return False
    heads = rules.titles.by_first
    owned: set[str] = set()  # the titles the run says are someone's envoy's, adviser's…
    run = toks[start : person.start]
    after_head = False  # an envoy, adviser… named before: what follows may say whose
    for i, tok in enumerate(run):
        if after_head:
            # "du président", "de son homologue" (a possessive between).
            after = i + 2 if i + 2 < len(run) and run[i + 1] in rules.possessives else i + 1
            if tok in rules.of_words and after < len(run) and run[after] in heads:
                owned.add(run[after])
            owned.update(stem for prefix, stem in stem_pairs(tok, rules.proclitics) if prefix in rules.of_proclitics)
        after_head = after_head or tok in heads
    if after_head and (run[-1] in rules.of_words or person.prefix in rules.of_proclitics):
        return True  # named right after the "of": "un représentant spécial de Guterres"
    # "deux émissaires de son homologue malien, Assimi Goïta": a counterpart is the person named.
    return bool(owned) and not (_role_heads(person.value, data, rules) | rules.counterparts).isdisjoint(owned)


def _is_kin(toks: Sequence[str], person: Match, rules: LangRules) -> bool:
    """Whether the person is named as whose son, wife, brother… is meant, and so was not at the
    meeting: "le prince héritier Hussein de Jordanie, fils du roi Abdallah II", "نجل الرئيس …"
    (people.yaml kin_words, then an of_word where the language writes one)."""
    start = _title_start(toks, person.start, rules)
    if start > 0 and toks[start - 1] in rules.of_words:
        start -= 1
    return start > 0 and toks[start - 1] in rules.kin_words


# Words between "a message from" and its sender's name: "رسالة من الرئيس السوري بشار الأسد".
SENDER_GAP = 6


def _is_sender(
    person: Match, sent_by: Sequence[int], actors: Sequence[Match], toks: Sequence[str], rules: LangRules
) -> bool:
    """Whether the person is named as who sent a message or greetings carried to the meeting
    ("نقل خلاله تحيات السلطان قابوس", "porteur d'un message du président Poutine"), or as whom
    the sender sent it to ("… du président Alpha Condé à SM le Roi"): not there. sent_by: where
    the sentence's "message from" words end. The sender is the first person named after them,
    and those joined to it by "and"; one named after it otherwise is someone else ("le
    prédécesseur de Netanyahou, Yaïr Lapid": the predecessor himself)."""
    for end in sent_by:
        after = sorted((a for a in actors if a.start >= end), key=lambda a: a.start)
        if not after or after[0].start - end > SENDER_GAP:
            continue
        senders = [after[0]]
        for a in after[1:]:
            if a.start - senders[-1].end == 1 and toks[senders[-1].end] in rules.and_words:
                senders.append(a)
        addressee = next((a for a in after if a.start >= senders[-1].end), None)
        if addressee is not None and _is_sent_to(toks[senders[-1].end : addressee.start], rules):
            senders.append(addressee)
        if any(a.start == person.start for a in senders):
            return True
    return False


# Words between "to" and the one a message was sent to: "à SM le Roi", "إلى خادم الحرمين".
SENT_TO_GAP = 3


def _is_sent_to(gap: Sequence[str], rules: LangRules) -> bool:
    """Whether the words between a sender and the next person send to them: "to", then titles."""
    return (
        bool(gap)
        and gap[0] in rules.sent_to
        and len(gap) <= 1 + SENT_TO_GAP
        and all(t in rules.title_words or t in rules.abbreviations for t in gap[1:])
    )


# Words between "accompagné" and the title of who came along: "accompagné lors de ses rencontres par le ministre …".
COMPANION_GAP = 6


def _companions(toks: Sequence[str], named: Sequence[Match], rules: LangRules) -> set[str]:
    """Who of the people named came with another as one side ("Le chef de l'État était accompagné
    … par le ministre turc des Affaires étrangères Hakan Fidan", "برفقة وزير الخارجية"): the first
    person named within COMPANION_GAP words (their title's aside) after a companion word."""
    if rules.companions.isdisjoint(toks):
        return set()
    out = set()
    for i in (i for i, t in enumerate(toks) if t in rules.companions):
        after = min((a for a in named if a.start > i), key=lambda a: a.start, default=None)
        if after is not None and _title_start(toks, after.start, rules) - i - 1 <= COMPANION_GAP:
            out.add(after.value)
    return out


def _role_heads(actor: str, data: ArchiveData, rules: LangRules) -> frozenset[str]:
    """The first word of the actor's role in the rules' language ("president", "الرييس"), and of
    each later office it names ("vice-président puis président des États-Unis": sequence words)."""
    role = data.actors[actor].role.get(rules.lang) if actor in data.actors else None
    words = tokens(role) if role else ()
    later = [words[i + 1] for i in range(len(words) - 1) if words[i] in rules.sequence_words]
    return frozenset(words[:1]) | frozenset(later)


def _is_separate(toks: Sequence[str], cluster: Sequence[Match], rules: LangRules) -> bool:
    """Whether a word right after a meeting word of the cluster says the meetings were separate
    ("اتصالين هاتفيين منفصلين", "des entretiens séparés") or right before it ("سلسلة مباحثات", "une
    série d'entretiens"), or a phrase after it does ("مع كل من نظيريه …", "… كلاً على حدة", "chacun à
    son tour")."""
    around = [(max(t.start - 2, 0), t.start) for t in cluster] + [(t.end, t.end + 2) for t in cluster]
    if any(not rules.separately.isdisjoint(toks[lo:hi]) for lo, hi in around):
        return True
    return bool(rules.each_apart.by_first) and bool(find_phrases(toks[cluster[0].end :], rules.each_apart))


def _day_window(
    toks: Sequence[str], cluster: list[Match], named: list[Match], end: int | None = None
) -> tuple[int, int]:
    """The tokens [lo, hi) a meeting's day is read in: around its triggers and people, up to end."""
    first = min([cluster[0].start, *(a.start for a in named)])
    last = max([cluster[-1].end, *(a.end for a in named)])
    return max(first - DAY_BEFORE, 0), min(last + DAY_AFTER, len(toks) if end is None else end)


def _window_day(
    text: str, toks: Sequence[str], lo: int, hi: int, rules: LangRules, article_date: dt.date | None
) -> dt.date | None:
    """The day tokens [lo, hi) name, or a date that starts there and runs on past hi."""
    day = _day_in(text, lo, hi, rules, article_date) if may_name_a_day(toks[lo:hi], rules.dates) else None
    if day is None and may_end_a_date(toks[hi : hi + DATE_TOKENS], rules.dates):
        day = _day_running_on(text, lo, hi, min(hi + DATE_TOKENS, len(toks)), rules, article_date)
    return day


def _is_next_of_another(toks: Sequence[str], word: Match, rules: LangRules) -> bool:
    """Whether a word for what comes next tells of another thing than a meeting: neither after a
    time word ("lundi prochain") nor just before a meeting word ("la prochaine réunion"), as in
    "… le programme des prochains contacts"."""
    if word.value != "next" or word.start == 0 or toks[word.start - 1] in rules.time_nouns:
        return False
    return not any(0 <= t.start - word.end <= PLANNED_GAP for t in find_phrases(toks, rules.triggers, rules.proclitics))


# Words between a word of intent and the meeting word it makes a coming one ("ont convenu de se
# rencontrer", "a décidé de tenir une réunion"), and between a meeting word and the planned word
# after it ("le sommet initialement prévu").
INTENT_GAP = 2


def _is_plan_of_another(toks: Sequence[str], word: Match, rules: LangRules) -> bool:
    """Whether a word of intent (LangRules.planned's "intent") has no meeting word right after it,
    or a planned word that follows one ("after") none right before it: what is intended or planned
    is another thing ("a rencontré Kerry et a décidé de poursuivre le dialogue", "s'est entretenu du
    cessez-le-feu prévu en Syrie avec …")."""
    if word.value == "intent":
        return not find_phrases(toks[word.end : word.end + INTENT_GAP + 1], rules.triggers, rules.proclitics)
    if word.value == "after":
        return not find_phrases(
            toks[max(word.start - INTENT_GAP - 1, 0) : word.start], rules.triggers, rules.proclitics
        )
    return False


def _in_present_tense(toks: Sequence[str], cluster: Sequence[Match], rules: LangRules) -> bool:
    """Whether a meeting word of the cluster is a verb in the present tense ("يلتقي", "reçoit")."""
    return any(toks[t.start] in rules.present_tense for t in cluster)  # with their proclitics (data.py)


def _plans(found: Iterable[Match]) -> list[Match]:
    """The planned and future words among matches of LangRules.planned: not its unplanned phrases
    ("n'était pas prévue", "non prévue"), which tell of a meeting that happened."""
    return [m for m in found if m.value != "unplanned"]


def _is_coming(toks: Sequence[str], rules: LangRules) -> bool:
    """Whether the tokens around a meeting tell of a coming one: a planned word, a word for what
    comes next after a time word or before a meeting word ("la semaine prochaine", "la prochaine
    rencontre"; not "les prochains contacts"), or a verb in the future tense that no "today" word
    makes today's ("rencontrera ce soir", "سيلتقي مساء اليوم")."""
    coming = [
        m
        for m in _plans(find_phrases(toks, rules.planned, rules.proclitics))
        if not _is_next_of_another(toks, m, rules) and not _is_plan_of_another(toks, m, rules)
    ]
    if not coming or any(m.value in ("planned", "intent", "after") for m in coming):
        return bool(coming)
    return not says_one_of(toks, rules.dates.today)


def _day_in(text: str, lo: int, hi: int, rules: LangRules, article_date: dt.date | None) -> dt.date | None:
    """The day tokens [lo, hi) of text name (see relative_day)."""
    start, end = token_bounds(text, lo, hi)
    return relative_day(text[start:end], rules.dates, article_date)


def _day_running_on(
    text: str, lo: int, hi: int, more: int, rules: LangRules, article_date: dt.date | None
) -> dt.date | None:
    """The day of a date that starts in tokens [lo, hi) and ends in [hi, more): read on all of
    them, and kept only when tokens [hi, more) alone name no day (the date is not all past hi)."""
    day = _day_in(text, lo, more, rules, article_date)
    return None if day is None or _day_in(text, hi, more, rules, article_date) else day


def _within(matches: Sequence[Match], lo: int, hi: int) -> list[Match] | None:
    """Matches inside tokens [lo, hi), renumbered from lo; None if one crosses a bound."""
    out = []
    for m in matches:
        if m.start < hi and m.end > lo:
            if m.start < lo or m.end > hi:
                return None
            out.append(Match(m.value, m.start - lo, m.end - lo, m.prefix))  # not _replace: slow in a loop
    return out


def _sentence_mentions(
    text: str,
    sentence: str,
    toks: Sequence[str],
    lo: int,
    line: int,
    data: ArchiveData,
    lang: str,
    article_date: dt.date | None,
    offices: Offices = NO_OFFICES,
    antecedent: tuple[str, ...] | None = None,
) -> list[MeetingMention]:
    """mentions_in_sentence for a sentence of text whose tokens are the line's tokens from lo,
    reusing the line's matches when that is exact: no quotation to blank, and no match of the
    line crossing the sentence's bounds."""
    rules = data.rules[lang]
    if _QUOTED.search(sentence) and (blank := _blank_quotations(sentence, data, rules)) != sentence:
        return mentions_in_sentence(sentence, line, data, lang, article_date, blank, offices, antecedent)
    hi = lo + len(toks)
    triggers = _within(line_phrases(text, rules.triggers, rules.proclitics), lo, hi)
    if triggers == []:
        # No trigger in the sentence and none crossing its bounds: matching the sentence alone
        # would find none either, so it reports no meeting (the line's other sentences may).
        return []
    actors = _within(line_phrases(text, data.actor_index, rules.proclitics), lo, hi)
    places = _within(line_phrases(text, data.place_index, rules.proclitics), lo, hi)
    if triggers is None or actors is None or places is None:
        return mentions_in_sentence(sentence, line, data, lang, article_date, None, offices, antecedent)
    actors = _with_offices(toks, actors, offices, rules)
    actors = _with_antecedent(sentence, toks, triggers, actors, antecedent, rules, offices)
    actors = _with_infinitive_subject(toks, triggers, actors, rules)
    if not triggers or len({m.value for m in actors}) < 2:
        return []
    live = live_triggers(toks, rules, triggers, sentence)
    return _mentions(sentence, toks, live, actors, not_in_names(places, actors), line, data, rules, article_date)


# When one article tells the same people's meeting twice: a call is a call, and a meeting
# between them is what a summit they both attended comes down to ("présents au sommet du G20",
# then "une discussion en tête-à-tête").
_MERGED_KINDS = ("phone", "meeting")


def merge_mentions(mentions: Sequence[MeetingMention]) -> tuple[MeetingMention, ...]:
    """One mention per participant set within an article, keeping the first known place and date,
    and the first kind but for a call or a meeting told later (see _MERGED_KINDS)."""
    merged: dict[tuple[str, ...], MeetingMention] = {}
    for m in mentions:
        old = merged.get(m.participants)
        if old is None:
            merged[m.participants] = m
            continue
        kind = next((k for k in _MERGED_KINDS if k in (old.kind, m.kind)), old.kind)
        merged[m.participants] = MeetingMention(
            m.participants, kind, old.place or m.place, old.date or m.date, old.line
        )
    return tuple(merged.values())


def _with_offices(toks: Sequence[str], actors: list[Match], offices: Offices, rules: LangRules) -> list[Match]:
    """The people named in tokens, with those named by their office (see offices.py), in order."""
    extra = office_mentions(toks, actors, offices, rules)
    return sorted([*actors, *extra], key=lambda m: m.start) if extra else actors


# Words between a subject pronoun and its meeting word: "il a été reçu", "elle a eu un entretien".
PRONOUN_GAP = 4


def _pronoun_subject(
    toks: Sequence[str], triggers: Sequence[Match], actors: Sequence[Match], rules: LangRules
) -> int | None:
    """Where a subject pronoun stands just before the sentence's first meeting word, no one being
    named before it: "Il a notamment rencontré le roi Salmane", "… où il a rencontré Angela Merkel";
    or an honorific right after it ("فقد بحث جلالته … مع كل من …"), or the meeting word itself when
    its pronoun is the person ("وكان في استقباله بالمطار …": owned_triggers), or a possessive right
    before it in a sentence that names one person ("Sa rencontre avec Medvedev …": owner_words)."""
    if not triggers or not (rules.subject_pronouns or rules.honorifics or rules.owned_triggers or rules.owner_words):
        return None
    first = triggers[0].start
    named = min((a.start for a in actors), default=len(toks))
    for i in range(max(first - PRONOUN_GAP, 0), min(first, named)):
        if _is_subject_pronoun(toks, i, rules):
            return i
    if first < named and toks[first] in rules.owned_triggers:
        return first
    if 0 < first < named and toks[first - 1] in rules.owner_words and len({a.value for a in actors}) == 1:
        return first - 1  # "Peut-être sa rencontre avec Medvedev la veille aura pesé": his meeting
    after = triggers[0].end
    if after < named and toks[after] in rules.honorifics:
        return after
    if not _opens_without_subject(toks, triggers[0], actors, rules):
        return None
    # The verb before the meeting word ("وأجرى مباحثات") stands for the subject, before it.
    return first - 1 if first else first


# The words before the meeting word of a sentence that opens with it: "وأجرى مباحثات مع".
DROPPED_OPENING = 1


def _opens_without_subject(toks: Sequence[str], trigger: Match, actors: Sequence[Match], rules: LangRules) -> bool:
    """Whether a verb-first sentence opens with its meeting word and no subject after it: its
    subject is dropped, the person the sentences before were about. Either "with" comes first, no
    one named nor titled before it ("وأجرى مباحثات مع وزير الشؤون الخارجية … ناصر بوريطة" after "حل
    المبعوث الشخصي … هورست كوهلر … بالمغرب"), or a host's verb is followed by its guests joined by
    "and" ("كما استقبل … الشيخ صباح الخالد ونائب وزير الخارجية خالد الجارالله": the first is no
    subject, or "and" would not join the second to it)."""
    if not rules.verb_first or trigger.start > DROPPED_OPENING:
        return False
    named = min((a.start for a in actors), default=len(toks))
    reach = min(trigger.end + WITH_REACH, named, len(toks))
    with_at = next((i for i in range(trigger.start + 1, reach) if toks[i] in rules.with_words), None)
    if with_at is not None:
        return not any(t in rules.title_words for t in toks[:with_at])
    if toks[trigger.start] not in rules.host_verbs:
        return False
    after = [a for a in actors if a.start >= trigger.end]
    return (
        len(after) >= 2
        and _title_start(toks, after[0].start, rules) == trigger.end
        and (
            _joins(toks, after[0].end, after[1].start, [trigger], rules)
            or (after[1].start == after[0].end and has_and_attached(after[1], rules))
        )
    )


def _is_subject_pronoun(toks: Sequence[str], i: int, rules: LangRules) -> bool:
    """Whether token i is a subject pronoun: an honorific ("استقبل سموه"), a pronoun not
    impersonal ("il y a") and after one of the language's subject_verbs where it has some ("جاء
    ذلك خلال اتصال هاتفي مع …"), or a verb that opens the sentence and carries its subject ("وقال
    خلال استقباله …": dropped_subject_verbs)."""
    return (
        toks[i] in rules.honorifics
        or (
            toks[i] in rules.subject_pronouns
            and (i + 1 >= len(toks) or toks[i + 1] not in rules.impersonal)
            and (not rules.subject_verbs or (i > 0 and toks[i - 1] in rules.subject_verbs))
        )
        or (
            i == 0
            and toks[0] in rules.dropped_subject_verbs
            and len(toks) > 1
            and toks[1] in rules.dropped_subject_openers
        )
    )


def _with_antecedent(
    sentence: str,
    toks: Sequence[str],
    triggers: Sequence[Match],
    actors: list[Match],
    antecedent: tuple[str, ...] | None,
    rules: LangRules,
    offices: Offices = NO_OFFICES,
) -> list[Match]:
    """The actors, with the antecedent named where a subject pronoun, or a subject described by
    its title, stands for it; with the people of a plural antecedent ("Jean-Marc Ayrault et
    Frank-Walter Steinmeier …") where a plural pronoun does ("Ils y ont notamment rencontré …"),
    each on a word of its own between the pronoun and the meeting word."""
    if not antecedent:
        return actors
    at = _pronoun_subject(toks, triggers, actors, rules)
    if at is None and _described_subject(sentence, toks, triggers, actors, antecedent[0], rules, offices):
        at = 0
    if at is not None:
        return sorted([*actors, Match(antecedent[0], at, at + 1)], key=lambda m: m.start)
    at = _plural_subject(toks, triggers, actors, rules) if len(antecedent) > 1 else None
    if at is None or at + len(antecedent) > triggers[0].start:
        return actors
    return sorted([*actors, *(Match(p, at + k, at + k + 1) for k, p in enumerate(antecedent))], key=lambda m: m.start)


def _plural_subject(
    toks: Sequence[str], triggers: Sequence[Match], actors: Sequence[Match], rules: LangRules
) -> int | None:
    """Where a plural subject pronoun stands just before the sentence's first meeting word, no one
    being named before it: "Ils y ont notamment rencontré le président Mahamadou Issoufou"."""
    if not triggers or not rules.plural_pronouns:
        return None
    first = triggers[0].start
    named = min((a.start for a in actors), default=len(toks))
    return next(
        (i for i in range(max(first - PRONOUN_GAP, 0), min(first, named)) if toks[i] in rules.plural_pronouns), None
    )


# Tokens from a described subject's article to its meeting word: "L'ancien secrétaire général de
# l'ONU a d'abord rencontré" (10).
DESCRIPTION_REACH = 12


def _described_subject(
    sentence: str,
    toks: Sequence[str],
    triggers: Sequence[Match],
    actors: Sequence[Match],
    person: str,
    rules: LangRules,
    offices: Offices,
) -> bool:
    """Whether the sentence opens with its subject described by a title (described_subjects, then
    a title of people.yaml within a word), no one named before its meeting word, not even by a
    capitalized name the gazetteer lacks: "Le diplomate russe a été reçu tour à tour par …",
    "L'ancien secrétaire général de l'ONU a d'abord rencontré …". Not an office of the people the
    article names, which names the one who holds it or, held by several, no one ("L'émissaire de
    l'ONU" beside Salamé and de Mistura), nor a counterpart ("L'homologue français"); a nationality
    in it must be in the person's role: "le ministre turc" is no Russian."""
    if not triggers or not toks or toks[0] not in rules.described_subjects:
        return False
    first = triggers[0].start
    if first > DESCRIPTION_REACH or any(a.start < first for a in actors):
        return False
    titles = find_phrases(toks[1:first], rules.titles, rules.proclitics)
    if not titles or titles[0].start > 1 or toks[1 + titles[0].start] in rules.counterparts:
        return False
    words = tuple(rules.role_spellings.get(t, t) for t in toks[1:first])
    if any(words[: len(form)] == form for form in offices.forms):
        return False
    office = rules.offices.get(person, ((), frozenset()))[0]
    if any(t in rules.nationalities and t not in office for t in words):
        return False
    found = spans(sentence)
    end = found[first][1] if first < len(found) else len(sentence)
    return not any(w[:1].isupper() and not rules.not_names.issuperset(tokens(w)) for w in sentence[:end].split()[1:])


def _with_infinitive_subject(
    toks: Sequence[str], triggers: Sequence[Match], actors: list[Match], rules: LangRules
) -> list[Match]:
    """The actors, with the sentence's subject named again beside a meeting word in the infinitive
    that it is too far from: "Nana Akufo-Addo a d'abord eu une séance d'échanges avec des
    diplomates en poste au Mali, avant de rencontrer au palais de Koulouba, le Colonel Assimi
    Goïta" (infinitive_openers)."""
    if not actors or not rules.infinitive_openers.by_first or actors[0].start > SUBJECT_REACH:
        return actors
    subject = actors[0]
    for t in triggers:
        if t.start - subject.end > rules.window and (
            _is_preceded(toks, t.start, rules.infinitive_openers, 0, rules.proclitics)
            or _held_with(toks, t, actors, rules)
        ):
            return sorted([*actors, Match(subject.value, t.start - 1, t.start)], key=lambda m: m.start)
    return actors


# Tokens from a meeting word after a manner word to its "with": a day and a place may come
# between ("lors d'un entretien mercredi au Caire avec").
MANNER_WITH_REACH = 6


def _held_with(toks: Sequence[str], trigger: Match, actors: Sequence[Match], rules: LangRules) -> bool:
    """Whether a meeting word after a manner word has "with" and a person after it: the subject
    said or did what the sentence tells in that meeting, with that person ("Al-Sissi s'est engagé à
    intensifier les efforts …, lors d'un entretien mercredi au Caire avec … Antony Blinken")."""
    if not _is_preceded(toks, trigger.start, rules.manner, MANNER_GAP, rules.proclitics):
        return False
    after = next((a for a in actors if a.start >= trigger.end), None)
    with_at = next(
        (i for i in range(trigger.end, min(trigger.end + MANNER_WITH_REACH, len(toks))) if toks[i] in rules.with_words),
        None,
    )
    return after is not None and with_at is not None and with_at < after.start


# How many lines back a subject pronoun's person is looked for, and how far into a sentence its
# subject is named ("De son côté, le président russe, Vladimir Poutine, …" names him at word 7).
ANTECEDENT_LINES = 3
SUBJECT_REACH = 8


def _antecedent(
    text_lines: Sequence[Line], at: int, before: int, data: ArchiveData, rules: LangRules, offices: Offices
) -> tuple[str, ...] | None:
    """The person a subject pronoun in sentence `before` of line `at` stands for: the one named at
    the start of the nearest sentence before it with a subject, passing over sentences whose own
    subject is a pronoun ("Blinken est arrivé en Israël. Il a été reçu par Netanyahu. Il a
    rencontré …"), with those "and" joins to that one ("Jean-Marc Ayrault et Frank-Walter
    Steinmeier …": what a plural pronoun stands for). None when that subject is not named there
    ("L'ancien vice-ministre italien … en remplacement de Lakhdar Brahimi. Il a rencontré …": not
    Brahimi), or is not found within ANTECEDENT_LINES lines of other sentences."""
    left = ANTECEDENT_LINES
    back = at
    while back >= 0 and left > 0:
        text = text_lines[back].text
        sentences = _sentences(text)
        chained = False
        for _, toks, lo in reversed(sentences[:before] if back == at else sentences):
            actors = _within(line_phrases(text, data.actor_index, rules.proclitics), lo, lo + len(toks))
            if actors is None:
                actors = find_phrases(toks, data.actor_index, rules.proclitics)
            actors = _with_offices(toks, actors, offices, rules)
            first = actors[0].start if actors else len(toks)
            if any(_is_subject_pronoun(toks, i, rules) for i in range(min(first, SUBJECT_REACH, len(toks)))):
                chained = True
                continue  # its subject is a pronoun too: the person is further back
            # Named late after a long title is named early: "L'ancien secrétaire général de l'ONU, Kofi Annan, …".
            if actors and _title_start(toks, first, rules) <= SUBJECT_REACH:
                return _joined(toks, actors, rules)
            if actors or any(m.start <= 2 for m in find_phrases(toks[:SUBJECT_REACH], rules.titles, rules.proclitics)):
                return None  # a subject named late, or by a title alone ("Le ministre turc est arrivé")
        left -= 0 if chained else 1
        back -= 1
    return None


def _joined(toks: Sequence[str], actors: Sequence[Match], rules: LangRules) -> tuple[str, ...]:
    """The first person named, and each named right after the last with only "and" between."""
    group = [actors[0]]
    for a in actors[1:]:
        between = toks[group[-1].end : a.start]
        if len(between) != 1 or between[0] not in rules.and_words or a.value in {g.value for g in group}:
            break
        group.append(a)
    return tuple(g.value for g in group)


def _may_report(text: str, data: ArchiveData, rules: LangRules, offices: Offices) -> bool:
    """A line can report a meeting only if it has two people and a trigger word (cached matches;
    the people are asked first, as the actors' extraction has already found them)."""
    actors = line_phrases(text, data.actor_index, rules.proclitics)
    if len({a.value for a in actors}) >= 2:
        return bool(line_phrases(text, rules.triggers, rules.proclitics))
    toks = tokens(text)
    if not may_name(toks, offices) or not line_phrases(text, rules.triggers, rules.proclitics):
        return False
    return len({a.value for a in _with_offices(toks, list(actors), offices, rules)}) >= 2


def _has_stand_in(toks: Sequence[str], rules: LangRules) -> bool:
    """Whether tokens hold a subject pronoun, an honorific or a verb that may carry its subject
    (a cheap test before looking)."""
    return (
        not rules.subject_pronouns.isdisjoint(toks)
        or not rules.plural_pronouns.isdisjoint(toks)
        or (bool(toks) and toks[0] in rules.described_subjects)
        or not rules.honorifics.isdisjoint(toks)
        or not rules.owned_triggers.isdisjoint(toks)
        or (not rules.owner_words.isdisjoint(toks) and _owns_a_meeting_word(toks, rules))
        or not rules.dropped_subject_verbs.isdisjoint(toks)
        or (rules.verb_first and _may_drop_subject(toks, rules))
    )


def _may_drop_subject(toks: Sequence[str], rules: LangRules) -> bool:
    """Whether a "with" or a host's verb is among the first tokens, as in a sentence whose subject
    is dropped (a cheap test before _opens_without_subject)."""
    return not rules.with_words.isdisjoint(toks[: DROPPED_OPENING + 1 + WITH_REACH]) or not rules.host_verbs.isdisjoint(
        toks[: DROPPED_OPENING + 1]
    )


def _owns_a_meeting_word(toks: Sequence[str], rules: LangRules) -> bool:
    """Whether one of owner_words comes right before a word that starts a meeting word ("sa rencontre")."""
    # The words after an owner word, selected in C.
    return not rules.triggers.by_first.keys().isdisjoint(compress(toks[1:], map(rules.owner_words.__contains__, toks)))


def _may_have_pronoun_subject(text: str, data: ArchiveData, rules: LangRules) -> bool:
    """A line can report a meeting of a person a pronoun stands for only if it has the pronoun (or
    a sentence that opens with a subject described by its title, see _described_subject), a
    trigger word and someone named."""
    if not line_phrases(text, rules.triggers, rules.proclitics) or not line_phrases(
        text, data.actor_index, rules.proclitics
    ):
        return False
    return _has_stand_in(tokens(text), rules) or (
        bool(rules.described_subjects or rules.verb_first)
        and any(
            (toks and toks[0] in rules.described_subjects) or (rules.verb_first and _may_drop_subject(toks, rules))
            for _, toks, _ in _sentences(text)
        )
    )


def extract_meetings(
    lines: Sequence[Line], data: ArchiveData, lang: str, article_date: dt.date | None
) -> tuple[MeetingMention, ...]:
    """Every meeting the article's own lines report, merged by participants."""
    rules = data.rules[lang]
    found = []
    text_lines = article_text_lines(lines)
    found_in = [line_phrases(line.text, data.actor_index, rules.proclitics) for line in text_lines]
    named = {a.value for matches in found_in for a in matches}
    offices = article_offices(named, rules, _article_titles(text_lines, found_in, rules))
    for at, line in enumerate(text_lines):
        has_pronoun = _may_have_pronoun_subject(line.text, data, rules)
        if not has_pronoun and not _may_report(line.text, data, rules, offices):
            continue
        sentences = _sentences(line.text)
        for i, (sentence, toks, lo) in enumerate(sentences):
            # A subject pronoun's person is looked for only where one may stand for it.
            may_stand = has_pronoun and _has_stand_in(toks, rules)
            antecedent = _antecedent(text_lines, at, i, data, rules, offices) if may_stand else None
            mentions = _sentence_mentions(
                line.text, sentence, toks, lo, line.no, data, lang, article_date, offices, antecedent
            )
            if mentions:
                if i:
                    before: _Sentence | None = _Sentence(line.text, sentences[i - 1][2], lo)
                else:
                    before = _last_sentence(text_lines[at - 1]) if at else None
                found += [_completed(m, before, data, rules, article_date) for m in mentions]
    found += _list_meetings(text_lines, data, lang, article_date, offices)
    if article_date and any(m.date is None for m in found):
        found = _dated_later(found, text_lines, data, rules, article_date)
    lead = dateline_place(lines, data, lang)
    if lead:
        found = _placed(found, lead[1], lead[0])
    scene = article_scene(lines, found, data, rules)
    # A dateline in another city than the headline's ("MOSCOU (Reuters)" under "… la visite de
    # Poutine à Paris"): where the story happens is not plain.
    if scene and (lead is None or lead[1] == scene):
        found = _placed(found, scene)
    title = next((line.no for line in lines if line.role == "title"), None)
    return merge_mentions(_headline_in_body(found, title))


def _article_titles(
    text_lines: Sequence[Line], found_in: Sequence[Sequence[Match]], rules: LangRules
) -> list[tuple[str, tuple[str, ...]]]:
    """The titles the article writes before its people's names (offices.written_titles), each where
    the body first names the person: a headline is short of words."""
    written: list[tuple[str, tuple[str, ...]]] = []
    seen: set[str] = set()
    for line, matches in zip(text_lines, found_in, strict=True):
        written += written_titles(line.text, matches, rules, seen)
        seen.update(a.value for a in matches if line.role != "title")
    return written


def _list_meetings(
    text_lines: Sequence[Line], data: ArchiveData, lang: str, article_date: dt.date | None, offices: Offices
) -> list[MeetingMention]:
    """The meetings told by a sentence that ends with a colon and the list under it, item by
    item: "Vladimir Poutine a joint par téléphone depuis le Kremlin :" over "• Le Premier ministre
    israélien, Benjamin Netanyahu.", "• Le président palestinien, Mahmoud Abbas." (each item read
    as the end of that sentence)."""
    found: list[MeetingMention] = []
    for at, intro in enumerate(text_lines):
        if not intro.text.rstrip().endswith((":", "：")) or at + 1 >= len(text_lines):
            continue
        lead = _sentences(intro.text)[-1][0].rstrip(" :：")
        for item in text_lines[at + 1 :]:
            marker = LIST_ITEM.match(item.text)
            if marker is None:
                break
            sentence = f"{lead} {item.text[marker.end() :]}"
            found += mentions_in_sentence(sentence, item.no, data, lang, article_date, None, offices)
    return found


def _headline_in_body(found: list[MeetingMention], title: int | None) -> list[MeetingMention]:
    """The headline's meeting told with more people in the body is that meeting: "Macron reçoit
    Lavrov" over "… a reçu Sergueï Lavrov et … Valeri Guerassimov, en présence de Jean-Yves Le
    Drian". It gives the body's mention the day and place it lacks."""
    if title is None:
        return found
    out = list(found)
    for m in found:
        if m.line != title:
            continue
        people = set(m.participants)
        i = next(
            (i for i, b in enumerate(out) if b.line != title and b.kind == m.kind and people < set(b.participants)),
            None,
        )
        if i is not None:
            out[i] = dataclasses.replace(out[i], date=out[i].date or m.date, place=out[i].place or m.place)
            out.remove(m)
    return out


# Words between a meeting word and the pair word that names its people: "بحث الوزيران".
PAIR_GAP = 2
# A meeting a later line dates is one of the last days: the day of one reported in the article.
RECENT_DAYS = dt.timedelta(days=7)
# The lines (of the seed) after an undated meeting in which a line pointing back may date it.
LATER_LINES = 6


def _dated_later(
    found: list[MeetingMention], text_lines: Sequence[Line], data: ArchiveData, rules: LangRules, article_date: dt.date
) -> list[MeetingMention]:
    """Mentions with no day, dated by a later line that points back to their meeting and names no
    two people: "… بحثا الصراع السوري في مكالمة هاتفية … ذكرت أن المكالمة الهاتفية جرت أمس السبت",
    "… La rencontre a eu lieu mardi", or makes its pair the subject ("وبحث الوزيران الأحد 25
    يناير"). Only when one meeting is undated before it (of the meeting word's kind; of two people
    for a pair), so that which one is meant is plain; for a day of the week up to the article's;
    and in the few lines after the meeting (LATER_LINES): further on, the story has moved on."""
    undated_lines = [m.line for m in found if m.date is None and m.line is not None]
    first, last = min(undated_lines, default=0), max(undated_lines, default=0) + LATER_LINES
    for line in text_lines:
        if not first < line.no <= last:
            continue
        toks = tokens(line.text)
        if not may_name_a_day(toks, rules.dates):
            continue
        if len({a.value for a in line_phrases(line.text, data.actor_index, rules.proclitics)}) >= 2:
            continue
        pairs = find_phrases(toks, rules.pair_words, rules.proclitics) if rules.pair_words.by_first else []
        for trigger in line_phrases(line.text, rules.triggers, rules.proclitics):
            lo, hi = _day_window(toks, [trigger], [])
            window = toks[lo:hi]
            # "وبحث الوزيران الأحد 25 يناير": the pair of a meeting told before, whatever its kind.
            # The pair is the subject: before the meeting word, or after it where the verb comes first.
            by_pair = any(
                0 <= trigger.start - p.end <= PAIR_GAP or (rules.verb_first and 0 <= p.start - trigger.end <= PAIR_GAP)
                for p in pairs
            )
            if not (_points_back(toks, trigger, rules) or by_pair) or not may_name_a_day(window, rules.dates):
                continue
            day = _day_in(line.text, lo, hi, rules, article_date)
            if day is None or not article_date - RECENT_DAYS <= day <= article_date:
                continue
            # Anywhere before it in its sentence, a planned word makes it another, coming event
            # ("ومن المقرر أن يختتم … اليوم الجولة الراهنة من المحادثات").
            if _is_coming(toks[_sentence_start(line.text, trigger.start) : hi], rules):
                continue
            # A meeting told twice is dated if either mention is.
            dated = {m.participants for m in found if m.date is not None}
            told = [
                m
                for m in found
                if m.line is not None
                and m.line < line.no
                and (len(m.participants) == 2 if by_pair else m.kind == trigger.value)
            ]
            undated = {m.participants for m in told} - dated
            if len(undated) == 1:
                found = [
                    dataclasses.replace(m, date=day) if m.participants in undated and m.date is None else m
                    for m in found
                ]
    return found


@lru_cache(maxsize=1024)
def _sentences(text: str) -> tuple[tuple[str, tuple[str, ...], int], ...]:
    """(sentence, its tokens, where they start among the line's) for each sentence of a line, and
    each clause after a semicolon (clause_bounds): they are split at white space, so the line's
    tokens are theirs end to end. Cached: a pronoun's antecedent is looked for in lines read before."""
    out = []
    lo = 0
    for start, end in clause_bounds(text):
        toks = tokens_between(text, start, end)
        out.append((text[start:end], toks, lo))
        lo += len(toks)
    return tuple(out)


def _sentence_start(text: str, at: int) -> int:
    """The first token of text's sentence that holds token at."""
    return next((lo for _, toks, lo in _sentences(text) if at < lo + len(toks)), len(tokens(text)))


def _points_back(toks: Sequence[str], trigger: Match, rules: LangRules) -> bool:
    """Whether a meeting word points back to a meeting already told: "la rencontre", "cet
    entretien", "المكالمة الهاتفية", "هذا اللقاء"."""
    word = toks[trigger.start]
    is_definite = any(word.startswith(p) or p in trigger.prefix for p in rules.definite_prefixes)
    return is_definite or (trigger.start > 0 and toks[trigger.start - 1] in rules.anaphora)


class _Sentence(NamedTuple):
    """A sentence as tokens [lo, hi) of its line: its matches are the line's, which are kept."""

    line: str
    lo: int
    hi: int


def _last_sentence(line: Line) -> _Sentence:
    """The last sentence of a line."""
    _, toks, lo = _sentences(line.text)[-1]
    return _Sentence(line.text, lo, lo + len(toks))


def _completed(
    mention: MeetingMention, before: _Sentence | None, data: ArchiveData, rules: LangRules, article_date: dt.date | None
) -> MeetingMention:
    """A mention with no day or no venue, given those the sentence before gives beside one of its
    participants: "Pedersen est arrivé mardi à Damas. M. Pedersen a rencontré Walid Moallem."
    (News tells the trip, then what happened on it.) Nothing is taken from a coming event, nor
    from a sentence that reports a meeting itself: its day and place are that meeting's."""
    is_placed = mention.place is not None or mention.kind == "phone"
    if before is None or (mention.date is not None and is_placed):
        return mention
    text, lo, hi = before
    actors = _within(line_phrases(text, data.actor_index, rules.proclitics), lo, hi) or []
    named = [a for a in actors if a.value in mention.participants]
    if not named:
        return mention
    # A trigger or a coming-event word in the sentence (or across its bounds) leaves it out.
    if _within(line_phrases(text, rules.triggers, rules.proclitics), lo, hi) != []:
        return mention
    planned = _within(line_phrases(text, rules.planned, rules.proclitics), lo, hi)
    if planned is None or _plans(planned):
        return mention
    first, last = max(named[0].start - DAY_BEFORE, 0), min(named[0].end + DAY_AFTER, hi - lo)
    date, place = mention.date, mention.place
    if date is None:
        date = _day_in(text, lo + first, lo + last, rules, article_date)
    places = _within(line_phrases(text, data.place_index, rules.proclitics), lo, hi)
    if not is_placed and places:
        venue = _meeting_place(tokens(text)[lo:hi], named[:1], not_in_names(places, actors), rules)
        place = city_of(venue, data)
    return dataclasses.replace(mention, date=date, place=place)


def _placed(mentions: list[MeetingMention], city: str, line: int | None = None) -> list[MeetingMention]:
    """The mentions with no place (of that line, if given) placed in city; calls have no place."""
    return [
        dataclasses.replace(m, place=city) if m.place is None and m.kind != "phone" and line in (None, m.line) else m
        for m in mentions
    ]


def article_scene(
    lines: Sequence[Line], mentions: Sequence[MeetingMention], data: ArchiveData, rules: LangRules
) -> str | None:
    """The city the headline puts the story in ("à Moscou, Le Drian plaide…", "في موسكو"), for
    the meetings whose sentence names no place. None when the headline names no city, or two,
    or when a meeting of the article names another one: unknown beats wrong. (The city of the
    article's other meetings is no guide: a report of a Geneva meeting may add one in Moscow.)
    """
    title = next((line for line in lines if line.role == "title"), None)
    if title is None:
        return None
    toks = tokens(title.text)
    places = line_places(title.text, data, rules.proclitics)
    venues = [p for p in places if _is_venue(toks, p, rules)]
    cities = {city_of(p.value, data) for p in venues}
    # "de Genève à Moscou": a place just before the venue makes it a route, not a scene.
    if len(cities) != 1 or any(0 < v.start - p.end <= 2 for v in venues for p in places):
        return None
    placed = {m.place for m in mentions if m.place}
    return cities.pop() if placed <= cities else None


def dateline_place(lines: Sequence[Line], data: ArchiveData, lang: str) -> tuple[int, str] | None:
    """(line of the lead, city) when the article opens with a dateline: "دمشق-سانا", "MOSCOU, 17 août (AFP) -".

    News style places the lead's events in the dateline city unless the lead says otherwise.
    """
    body = [line for line in lines if line.role in {"body", "dateline"}]
    for i, line in enumerate(body[:2]):
        places = line_phrases(line.text, data.place_index, data.rules[lang].proclitics)
        if not places or places[0].start != 0:
            return None
        city = city_of(places[0].value, data)
        if line.role == "dateline":
            return (body[i + 1].no, city) if city and i + 1 < len(body) else None
        _, after = token_bounds(line.text, 0, places[0].end)  # where the city's last word ends
        rest = line.text[after:].lstrip()
        return (line.no, city) if city and rest[:1] in _DATELINE_MARKS else None
    return None
