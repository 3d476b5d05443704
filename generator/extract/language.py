"""Which language an article is written in: fr, ar, or None when it is neither."""

from __future__ import annotations

from collections.abc import Mapping

from .normalize import is_mostly_latin, script_counts, tokens


def detect_language(text: str, function_words: Mapping[str, frozenset[str]]) -> str | None:
    """Arabic when Arabic script dominates the non-caption lines; French when French words outnumber English."""
    lines = [line for line in text.split("\n") if line.strip()]
    arabic = sum(script_counts(line)[0] for line in lines)
    latin = sum(script_counts(line)[1] for line in lines if not is_mostly_latin(line) or arabic == 0)
    if arabic and arabic >= latin:
        return "ar"
    words = tokens(text)
    fr = sum(1 for w in words if w in function_words.get("fr", ()))
    en = sum(1 for w in words if w in function_words.get("en", ()))
    return "fr" if fr > en else None
