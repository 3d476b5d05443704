"""Left-to-right, longest-first matching of gazetteer phrases in a token list."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from ..data import PhraseIndex
from .normalize import stem_pairs, tokens


class Match(NamedTuple):
    """A phrase found at tokens [start, end); prefix is the proclitic removed, if any."""

    value: str
    start: int
    end: int
    prefix: str = ""


# Per index and proclitics: token → the index entries it may start, found once per word.
_Hits = tuple[tuple[str, tuple[tuple[tuple[str, ...], str], ...]], ...]
_TABLES: dict[tuple[int, tuple[str, ...]], tuple[PhraseIndex, dict[str, _Hits]]] = {}


def _hit_table(index: PhraseIndex, proclitics: tuple[str, ...]) -> dict[str, _Hits]:
    # Keyed by id(); the entry keeps the index alive, so the id cannot be reused by another.
    key = (id(index), proclitics)
    if key not in _TABLES:
        _TABLES[key] = (index, {})
    return _TABLES[key][1]


# Per index and proclitics: every surface form that can start a phrase ("لافروف",
# "ولافروف", "للاسد"…), so a line with none of them is skipped by one set operation.
_STARTS: dict[tuple[int, tuple[str, ...]], tuple[PhraseIndex, frozenset[str]]] = {}


def _start_forms(index: PhraseIndex, proclitics: tuple[str, ...]) -> frozenset[str]:
    key = (id(index), proclitics)
    if key not in _STARTS:
        firsts = set(index.by_first)
        forms = set(firsts)
        for prefix in proclitics:
            forms.update(prefix + f for f in firsts)
            if prefix.endswith("ل"):
                forms.update(prefix + f[1:] for f in firsts if f.startswith("ال"))
        _STARTS[key] = (index, frozenset(forms))
    return _STARTS[key][1]


def _hits(token: str, index: PhraseIndex, proclitics: tuple[str, ...]) -> _Hits:
    return tuple(
        (prefix, phrases) for prefix, stem in stem_pairs(token, proclitics) if (phrases := index.by_first.get(stem))
    )


def find_phrases(toks: Sequence[str], index: PhraseIndex, proclitics: Sequence[str] = ()) -> list[Match]:
    """Every non-overlapping phrase of the index in toks, longest match first."""
    proclitics = tuple(proclitics)
    starts = _start_forms(index, proclitics)
    if starts.isdisjoint(toks):
        return []
    table = _hit_table(index, proclitics)
    found: list[Match] = []
    end = 0
    # Positions of the few tokens that can start a phrase, found by one comprehension.
    for i in [i for i, tok in enumerate(toks) if tok in starts]:
        if i < end:
            continue
        tok = toks[i]
        hits = table.get(tok)
        if hits is None:
            hits = table[tok] = _hits(tok, index, proclitics)
        size = 0
        for prefix, phrases in hits:
            for phrase, value in phrases:
                n = len(phrase)
                if n > size and (n == 1 or tuple(toks[i + 1 : i + n]) == phrase[1:]):
                    size, best = n, (value, prefix)
        if size:
            found.append(Match(best[0], i, i + size, best[1]))
            end = i + size
    return found


@lru_cache(maxsize=4096)
def line_phrases(text: str, index: PhraseIndex, proclitics: tuple[str, ...] = ()) -> tuple[Match, ...]:
    """find_phrases over a line's folded tokens, kept: actors, places, meetings and the curator's
    name report all read the same lines against the same indexes."""
    return tuple(find_phrases(tokens(text), index, proclitics))
