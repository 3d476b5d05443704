"""Left-to-right, longest-first matching of gazetteer phrases in a token list."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..data import PhraseIndex
from .normalize import stem_forms


@dataclass(frozen=True)
class Match:
    """A phrase found at tokens [start, end); prefix is the proclitic removed, if any."""

    value: str
    start: int
    end: int
    prefix: str = ""


def find_phrases(toks: Sequence[str], index: PhraseIndex, proclitics: Sequence[str] = ()) -> list[Match]:
    """Every non-overlapping phrase of the index in toks, longest match first."""
    proclitics = tuple(proclitics)
    found: list[Match] = []
    i = 0
    while i < len(toks):
        best: Match | None = None
        for stem in stem_forms(toks[i], proclitics):
            for phrase, value in index.by_first.get(stem, ()):
                n = len(phrase)
                if (best is None or n > best.end - best.start) and tuple(toks[i + 1 : i + n]) == phrase[1:]:
                    best = Match(value, i, i + n, toks[i][: len(toks[i]) - len(stem)])
        if best:
            found.append(best)
            i = best.end
        else:
            i += 1
    return found
