"""Which language an article is written in: fr, ar, or None when it is neither."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from itertools import chain

from .normalize import has_arabic, is_latin_count, script_counts, tokens

# Arabic letters of the shortest line that may be a paragraph: about fifteen words.
MIN_PARAGRAPH_LETTERS = 60


def detect_language(text: str, function_words: Mapping[str, frozenset[str]]) -> str | None:
    """Arabic when Arabic script dominates the non-caption lines; French when French words outnumber English."""
    # Latin letters are counted only beside Arabic ones.
    arabic, latin = script_counts(text) if has_arabic(text) else (0, 0)
    # Leaving out the Latin caption lines only lowers the Latin count: per-line counts are
    # needed only when the whole text has more Latin than Arabic letters.
    if arabic and arabic < latin:
        counts = [script_counts(line) for line in text.split("\n") if line.strip()]
        latin = sum(n for a, n in counts if not is_latin_count(a, n))
        # Only in a page with an Arabic paragraph: a French article under the site's Arabic
        # menu ("تجاوز إلى المحتوى الرئيسي") is not an Arabic page of Latin captions.
        if max((a for a, n in counts if not is_latin_count(a, n)), default=0) < MIN_PARAGRAPH_LETTERS:
            arabic = 0
    if arabic and arabic >= latin:
        return "ar"
    # Tokenized line by line, as the extractors will ask for the same lines' tokens (cached).
    fr, en = function_word_counts(
        chain.from_iterable([tokens(line.strip()) for line in text.split("\n")]), function_words
    )
    return "fr" if fr > en else None


def function_word_counts(words: Iterable[str], function_words: Mapping[str, frozenset[str]]) -> tuple[int, int]:
    """(French, English) function words among the words, counted in one pass."""
    fr_words, en_words = function_words.get("fr", frozenset()), function_words.get("en", frozenset())
    words = list(words)
    return sum(map(fr_words.__contains__, words)), sum(map(en_words.__contains__, words))
