"""Folding: the fast whole-string path gives exactly the per-character definition."""

from __future__ import annotations

import random

import pytest

from generator.extract.normalize import (
    _FOLD,
    _FOLD_ARABIC,
    FAST_CHARS,
    fold,
    fold_arabic,
    spans,
    token_bounds,
    tokens,
    tokens_between,
)

POOL = list(FAST_CHARS)


def test_fold_of_every_character_in_the_fast_blocks_matches_the_table() -> None:
    wrong = [c for c in POOL if fold(c) != c.translate(_FOLD) or fold_arabic(c) != c.translate(_FOLD_ARABIC)]
    assert wrong == []


def test_fold_of_mixed_strings_matches_the_table() -> None:
    rng = random.Random(7)
    for _ in range(5000):
        text = "".join(rng.choice(POOL) for _ in range(rng.randint(1, 16)))
        assert fold(text) == text.translate(_FOLD), repr(text)
        assert fold_arabic(text) == text.translate(_FOLD_ARABIC), repr(text)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Sergueï LAVROV", "serguei lavrov"),
        ("وَزِيرُ الخارجيّة", "وزير الخارجيه"),
        ("أحمد إلى آخر ـــ مؤتمر", "احمد الي اخر  موتمر"),
        ("١٢ آذار ٢٠١٦", "12 اذار 2016"),
        ("ﻷ", "لا"),  # presentation form
        ("Straße 한국", "strasse 한국"),  # outside the fast blocks: the table
    ],
)
def test_fold_examples(text: str, folded: str) -> None:
    assert fold(text) == folded


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre Sergueï Lavrov a rencontré John Kerry.",
        "التقى وَزِيرُ الخارجيّة سيرغي لافروف نظيره",
        "x ½ y ™",
        "Straße وزيرُ لافروف",
    ],
)
def test_spans_give_the_tokens_and_their_written_words(text: str) -> None:
    where = spans(text)
    assert tuple(t for t, _, _ in where) == tokens(text)
    assert tokens_between(text, 0, len(text)) == tokens(text)
    for tok, start, end in where:
        assert tok in tokens(text[start:end])


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre Sergueï Lavrov a rencontré John Kerry.",
        "التقى وزير الخارجية سيرغي لافروف",
        # "ß" folds to two letters and the damma to none: same length, shifted offsets.
        "Straße وزيرُ لافروف",
        "Lavrov… a rencontré Kerry ﻷ جنيف",
    ],
)
def test_token_bounds_cover_tokens_first_to_last(text: str) -> None:
    toks = tokens(text)
    for first in range(len(toks)):
        for last in range(first + 1, len(toks) + 1):
            start, end = token_bounds(text, first, last)
            assert tokens(text[start:end]) == toks[first:last]
