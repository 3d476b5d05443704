"""People named in the article, resolved to gazetteer ids; person-like unknown names for the curator."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..article import Line
from ..data import ArchiveData
from .match import Match, find_phrases, line_phrases
from .normalize import spans, tokens

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


def _name_after(words: list[str], raw: list[str], start: int, lang: str, not_names: frozenset[str]) -> list[str]:
    """The two or three words of a name that follow a title, or [] when none does."""
    window = range(start, min(start + 8, len(words)))
    if lang == "ar":
        for i in window:
            if words[i] in not_names:
                return []
            if not words[i].startswith("ال") and i + 1 < len(words) and words[i + 1] not in not_names:
                return raw[i : i + 2]
        return []
    for i in window:
        run = []
        for j in range(i, min(i + 3, len(words))):
            if raw[j][:1].isupper() and words[j] not in not_names and len(raw[j]) > 1:
                run.append(raw[j])
            else:
                break
        if len(run) >= 2:
            return run
    return []


def find_unknown_names(lines: Sequence[Line], data: ArchiveData, lang: str) -> list[tuple[int, str]]:
    """(line, name) for names announced by a title ("le ministre X Y") that no actor matches."""
    rules = data.rules[lang]
    found: list[tuple[int, str]] = []
    for line in article_text_lines(lines):
        # Most lines hold no title word: look for one on the cached tokens before spans.
        if not line_phrases(line.text, rules.titles, rules.proclitics):
            continue
        toks = list(spans(line.text))
        words = [w for w, _, _ in toks]
        raw = [line.text[s:e] for _, s, e in toks]
        for title in find_phrases(words, rules.titles, rules.proclitics):
            name = _name_after(words, raw, title.end, lang, rules.not_names)
            if name and not find_phrases(tokens(" ".join(name)), data.actor_index, rules.proclitics):
                found.append((line.no, " ".join(name)))
    return sorted(set(found))
