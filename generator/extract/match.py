"""Left-to-right, longest-first matching of gazetteer phrases in a token list."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from itertools import compress
from typing import NamedTuple

from ..data import PhraseIndex
from .normalize import stem_pairs, tokens


class Match(NamedTuple):
    """A phrase found at tokens [start, end); prefix is the proclitic removed, if any."""

    value: str
    start: int
    end: int
    prefix: str = ""


# What a token may start: (length, the phrase's other tokens, value, proclitic removed) per
# phrase of each reading of it, longest first (the first that fits is the match), and the
# tokens that can follow it in those phrases (None when one of them is the token alone).
_Option = tuple[int, tuple[str, ...], str, str]
_Hits = tuple[tuple[_Option, ...], frozenset[str] | None]


class _Matcher:
    """One index read with one set of proclitics: the surface forms that can start a phrase
    ("لافروف", "ولافروف", "للاسد"…) and, filled per word on first sight, what each starts."""

    def __init__(self, index: PhraseIndex, proclitics: tuple[str, ...]) -> None:
        self.index = index
        self.proclitics = proclitics
        firsts = set(index.by_first)
        forms = set(firsts)
        for prefix in proclitics:
            forms.update(prefix + f for f in firsts)
            if prefix.endswith("ل"):
                forms.update(prefix + f[1:] for f in firsts if f.startswith("ال"))
        self.starts = frozenset(forms)
        self.table: dict[str, _Hits] = {}

    def hits(self, token: str) -> _Hits:
        found = self.table.get(token)
        if found is None:
            options = [
                (len(phrase), phrase[1:], value, prefix)
                for prefix, stem in stem_pairs(token, self.proclitics)
                for phrase, value in self.index.by_first.get(stem, ())
            ]
            # Longest first; equal lengths keep the order of readings and phrases (a stable sort).
            options.sort(key=lambda option: -option[0])
            seconds = None if any(n == 1 for n, *_ in options) else frozenset(rest[0] for _, rest, *_ in options)
            found = self.table[token] = (tuple(options), seconds)
        return found


_MATCHERS: dict[tuple[PhraseIndex, tuple[str, ...]], _Matcher] = {}


def find_phrases(toks: Sequence[str], index: PhraseIndex, proclitics: Sequence[str] = ()) -> list[Match]:
    """Every non-overlapping phrase of the index in toks, longest match first."""
    if index.base is not None:
        return _over(find_phrases(toks, index.base, proclitics), _find(toks, index, proclitics))
    return _find(toks, index, proclitics)


def _over(base: Sequence[Match], more: Sequence[Match]) -> list[Match]:
    """The base index's matches, and an overlay's where none of them is (see PhraseIndex.base)."""
    if not more:
        return list(base)
    kept = [m for m in more if not any(b.start < m.end and m.start < b.end for b in base)]
    return sorted([*base, *kept], key=lambda m: m.start)


def _find(toks: Sequence[str], index: PhraseIndex, proclitics: Sequence[str]) -> list[Match]:
    """find_phrases over the index's own phrases (not its base's)."""
    key = (index, tuple(proclitics))
    matcher = _MATCHERS.get(key)
    if matcher is None:
        matcher = _MATCHERS[key] = _Matcher(*key)
    starts, table = matcher.starts, matcher.table
    if starts.isdisjoint(toks):
        return []
    if not isinstance(toks, tuple):
        toks = tuple(toks)  # slices then compare with the phrases' tuples
    found: list[Match] = []
    end = 0
    last = len(toks) - 1
    # Positions of the few tokens that can start a phrase, selected in C.
    for i in compress(range(len(toks)), map(starts.__contains__, toks)):
        if i < end:
            continue
        options, seconds = table.get(toks[i]) or matcher.hits(toks[i])  # the call only on first sight
        # Most candidates ("de", "le", "al") start only longer phrases whose next word is not here.
        if seconds is not None and (i == last or toks[i + 1] not in seconds):
            continue
        for n, rest, value, prefix in options:
            if n == 1 or toks[i + 1 : i + n] == rest:
                found.append(Match(value, i, i + n, prefix))
                end = i + n
                break
    return found


@lru_cache(maxsize=4096)
def line_phrases(text: str, index: PhraseIndex, proclitics: tuple[str, ...] = ()) -> tuple[Match, ...]:
    """find_phrases over a line's folded tokens, kept: actors, places, meetings and the curator's
    name report all read the same lines against the same indexes."""
    if index.base is not None:
        return tuple(_over(line_phrases(text, index.base, proclitics), _find(tokens(text), index, proclitics)))
    return tuple(find_phrases(tokens(text), index, proclitics))


def whole_phrase(text: str, index: PhraseIndex, proclitics: tuple[str, ...] = ()) -> str | None:
    """The value of the one phrase of the index that the whole text is ("Le Monde", "لوزان"), else None."""
    found = line_phrases(text, index, proclitics)
    return found[0].value if len(found) == 1 and found[0].start == 0 and found[0].end == len(tokens(text)) else None
