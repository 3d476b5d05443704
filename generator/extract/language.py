"""Which language an article is written in: fr, ar, or None when it is neither."""

from __future__ import annotations

import re
from collections.abc import Mapping

from .normalize import is_latin_count, script_counts, tokens

_ARABIC = re.compile("[\u0621-\u064a]")


def detect_language(text: str, function_words: Mapping[str, frozenset[str]]) -> str | None:
    """Arabic when Arabic script dominates the non-caption lines; French when French words outnumber English."""
    # A text without one Arabic letter needs no per-line count (most French articles).
    lines = [text] if not _ARABIC.search(text) else [line for line in text.split("\n") if line.strip()]
    counts = [script_counts(line) for line in lines]
    arabic = sum(a for a, _ in counts)
    latin = sum(n for a, n in counts if not is_latin_count(a, n) or arabic == 0)
    if arabic and arabic >= latin:
        return "ar"
    words = tokens(text)
    fr = sum(1 for w in words if w in function_words.get("fr", ()))
    en = sum(1 for w in words if w in function_words.get("en", ()))
    return "fr" if fr > en else None
