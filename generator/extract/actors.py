"""People named in the article, resolved to gazetteer ids; person-like unknown names for the curator."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..article import Line
from ..data import ArchiveData
from .match import Match, find_phrases, line_phrases
from .normalize import tokens, written_words

TEXT_ROLES = frozenset({"title", "body", "subheading"})


def article_text_lines(lines: Iterable[Line]) -> list[Line]:
    """The lines that are the article itself: headline, paragraphs and inner headings."""
    return [line for line in lines if line.role in TEXT_ROLES]


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


def _name_span(words: Sequence[str], raw: Sequence[str], lang: str, not_names: frozenset[str]) -> range | None:
    """Where the two or three words of a name start words (within 8 tokens), or None."""
    window = range(min(8, len(words)))
    if lang == "ar":
        for i in window:
            if words[i] in not_names:
                return None
            if not words[i].startswith("ال") and i + 1 < len(words) and words[i + 1] not in not_names:
                return range(i, i + 2)
        return None
    for i in window:
        end = i
        while end < min(i + 3, len(words)):
            if not (raw[end][:1].isupper() and words[end] not in not_names and len(raw[end]) > 1):
                break
            end += 1
        if end - i >= 2:
            return range(i, end)
    return None


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
        # Words of a known person's name are no unknown name ("Jean-Yves" of "Jean-Yves Le Drian").
        known = {i for a in line_phrases(line.text, data.actor_index, rules.proclitics) for i in range(a.start, a.end)}
        for title in titles:
            lo, hi = title.end, min(title.end + NAME_WINDOW, len(words))
            if lo >= hi:
                continue
            window = words[lo:hi]
            # Arabic names are found from the folded words alone (no capitals): the text as
            # written is read only for the name reported.
            raw = window if lang == "ar" else written_words(line.text, words, lo, hi)
            span = _name_span(window, raw, lang, rules.not_names)
            if span is None or not known.isdisjoint(range(lo + span.start, lo + span.stop)):
                continue
            name = (
                written_words(line.text, words, lo + span.start, lo + span.stop)
                if lang == "ar"
                else list(raw[span.start : span.stop])
            )
            if not find_phrases(tokens(" ".join(name)), data.actor_index, rules.proclitics):
                found.append((line.no, " ".join(name)))
    return sorted(set(found))
