"""People named in the article, resolved to gazetteer ids; person-like unknown names for the curator."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence

from ..article import Line
from ..data import ArchiveData, LangRules, PhraseIndex
from .date import day_words
from .match import Match, find_phrases, line_phrases
from .normalize import sentence_bounds, spans, stem_pairs, token_bounds, tokens, written_words

TEXT_ROLES = frozenset({"title", "body", "subheading"})


def article_text_lines(lines: Iterable[Line]) -> list[Line]:
    """The lines that are the article itself: headline, paragraphs and inner headings."""
    return [line for line in lines if line.role in TEXT_ROLES]


def with_surnames(lines: Sequence[Line], data: ArchiveData, lang: str) -> ArchiveData:
    """The data to read an article with: its actor index also knows the `surnames` of the people
    the article names in full ("Stephanie Williams … Williams a rencontré …", "ستيفاني وليامز …
    التقت ويليامز"), but a surname two of them have, and one the article also writes as someone
    else's given name ("Charles Michel a reçu Michel Platini": Michel is not plain there)."""
    surnames = data.surnames
    if not surnames.by_actor:
        return data
    proclitics = data.rules[lang].proclitics
    text_lines = article_text_lines(lines)
    named = frozenset(
        m.value
        for line in text_lines
        for m in line_phrases(line.text, data.actor_index, proclitics)
        if m.value in surnames.by_actor
    )
    if not named:
        return data
    index = _surnames_index(named, frozenset(), data)
    given = frozenset(key for line in text_lines for key in _given_names(line.text, index, proclitics))
    if given:
        index = _surnames_index(named, given, data)
    return dataclasses.replace(data, actor_index=index)


def _surnames_index(named: frozenset[str], given: frozenset[str], data: ArchiveData) -> PhraseIndex:
    """The actor index over the surnames of the people named, but those in given (cached)."""
    surnames = data.surnames
    index = surnames.indexes.get((named, given))
    if index is None:
        owners: dict[str, list[str]] = {}
        for actor in named:
            for key in surnames.by_actor[actor]:
                owners.setdefault(key, []).append(actor)
        extra = {key: who[0] for key, who in owners.items() if len(who) == 1 and key not in given}
        index = surnames.indexes[(named, given)] = dataclasses.replace(PhraseIndex.build(extra), base=data.actor_index)
    return index


def _given_names(text: str, index: PhraseIndex, proclitics: tuple[str, ...]) -> list[str]:
    """The surnames the text writes bare but right before a capitalised word: a given name there
    ("Michel Platini"), since the gazetteer's full names are matched first."""
    assert index.base is not None
    base = line_phrases(text, index.base, proclitics)
    bare = [m for m in line_phrases(text, index, proclitics) if m not in base and m.end - m.start == 1]
    if not bare:
        return []
    where = spans(text)
    return [
        where[m.start][0][len(m.prefix) :]
        for m in bare
        if m.end < len(where)
        and not text[where[m.start][1] : where[m.start][2]].isupper()  # a line in capitals tells nothing
        and text[where[m.end][1]].isupper()
        and text[where[m.start][2] : where[m.end][1]].isspace()
    ]


def find_actors(text: str, data: ArchiveData, lang: str) -> list[Match]:
    """Actor mentions in one text, with token positions."""
    return list(line_phrases(text, data.actor_index, data.rules[lang].proclitics))


def extract_actors(lines: Sequence[Line], data: ArchiveData, lang: str) -> tuple[str, ...]:
    """Actor ids in order of first mention in the article's own lines."""
    seen: dict[str, None] = {}
    for line in article_text_lines(lines):
        for match in find_actors(line.text, data, lang):
            seen.setdefault(match.value, None)
    return tuple(seen)


def _name_span(
    words: Sequence[str], raw: Sequence[str], lang: str, rules: LangRules, breaks: Sequence[bool] = ()
) -> range | None:
    """Where the two or three words of a name start words (within 8 tokens), or None. A word
    with a comma before it (breaks) starts a new name: "du Hezbollah, Hussein Khalil"."""
    window = range(min(8, len(words)))
    not_names = rules.not_names
    if lang == "ar":
        # With its proclitics removed ("بوزارة", "لشؤون"), a word may still be a common one, and
        # a word with the article ("والمغتربين", "بالجامعة") starts no name: Arabic has no
        # capitals to tell a name.
        for i in window:
            pairs = stem_pairs(words[i], rules.proclitics)
            if any(form in not_names for _, form in pairs):
                return None
            is_noun = any("ال" in prefix or prefix == "لل" for prefix, _ in pairs)
            is_followed = i + 1 < len(words) and not any(
                form in not_names for _, form in stem_pairs(words[i + 1], rules.proclitics)
            )
            if not is_noun and is_followed:
                return _with_lineage(words, i, rules)
        return None
    for i in window:
        end = i
        while end < min(i + 3, len(words)):
            if not (raw[end][:1].isupper() and words[end] not in not_names and len(raw[end]) > 1):
                break
            if end > i and end < len(breaks) and breaks[end]:
                break
            end += 1
        if end - i >= 2:
            return range(i, end)
    return None


def _with_lineage(words: Sequence[str], i: int, rules: LangRules) -> range:
    """The name starting at word i: two words, or with its father's names and the family's
    ("محمد بن نايف بن عبدالعزيز", "عادل بن أحمد الجبير"; people.yaml patronymics)."""
    end = i + 1
    while end + 1 < len(words) and words[end] in rules.patronymics:
        end += 2  # "بن" and the father's name
    if end == i + 1:
        return range(i, i + 2)
    if end < len(words) and words[end].startswith(rules.definite_prefixes) and words[end] not in rules.not_names:
        end += 1  # the family's name
    return range(i, end)


def _crosses_sentences(text: str, first: int, last: int) -> bool:
    """Whether a sentence of text starts after token first and by token last - 1."""
    start, end = token_bounds(text, first, last)
    return any(start < a < end for a, _ in sentence_bounds(text))


def _has_comma(text: str, first: int, last: int) -> bool:
    """Whether a comma is written between tokens first and last - 1 of text."""
    start, end = token_bounds(text, first, last)
    return "," in text[start:end]


def _comma_before(text: str, lo: int, hi: int) -> list[bool]:
    """For tokens lo to hi of text, whether a comma comes between each and the token before it."""
    where = spans(text)
    return [k > 0 and "," in text[where[k - 1][2] : where[k][1]] for k in range(lo, hi)]


def _holds_known_words(text: str, words: Sequence[str], span: range, data: ArchiveData, lang: str) -> bool:
    """Whether tokens span of the line hold a word no unknown name has: a word of a known
    person's name ("Jean-Yves" of "Jean-Yves Le Drian"), a place ("وزير خارجية روسيا"), a
    meeting word ("اتصالا هاتفيا", "يستقبل"), another title ("والسفير"), a date word or a
    number ("4 مايو")."""
    rules = data.rules[lang]
    dated = day_words(rules.dates)
    if any(words[i] in dated or any(map(str.isdigit, words[i])) for i in span):
        return True
    indexes = (data.actor_index, data.place_index, rules.triggers, rules.titles)
    return any(
        m.start < span.stop and span.start < m.end
        for index in indexes
        for m in line_phrases(text, index, rules.proclitics)
    )


# Tokens after a title in which a name is looked for: a start within 8, up to 3 words long.
NAME_WINDOW = 10


def find_unknown_names(lines: Sequence[Line], data: ArchiveData, lang: str) -> list[tuple[int, str]]:
    """(line, name) for names announced by a title ("le ministre X Y") that no actor matches."""
    rules = data.rules[lang]
    found: list[tuple[int, str]] = []
    for line in article_text_lines(lines):
        titles = line_phrases(line.text, rules.titles, rules.proclitics)
        if not titles:
            continue
        words = tokens(line.text)
        for title in titles:
            lo, hi = title.end, min(title.end + NAME_WINDOW, len(words))
            if lo >= hi:
                continue
            window = words[lo:hi]
            # Arabic names are found from the folded words alone (no capitals): the text as
            # written is read only for the name reported.
            raw = window if lang == "ar" else written_words(line.text, words, lo, hi)
            span = _name_span(window, raw, lang, rules)
            if span is not None and lang != "ar" and _has_comma(line.text, lo + span.start, lo + span.stop):
                # "du Hezbollah, Hussein Khalil": the name starts after the comma (rarely needed).
                span = _name_span(window, raw, lang, rules, _comma_before(line.text, lo, hi))
            if span is None or _holds_known_words(line.text, words, range(lo + span.start, lo + span.stop), data, lang):
                continue
            if _crosses_sentences(line.text, lo + span.start, lo + span.stop):
                continue  # "… président de la transition au Mali. Peu de mots ont filtré": no name
            name = (
                written_words(line.text, words, lo + span.start, lo + span.stop)
                if lang == "ar"
                else list(raw[span.start : span.stop])
            )
            if not find_phrases(tokens(" ".join(name)), data.actor_index, rules.proclitics):
                found.append((line.no, " ".join(name)))
    return sorted(set(found))
