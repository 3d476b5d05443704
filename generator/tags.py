"""Sort keys and names for Material's tags plugin, referenced from mkdocs.yml with !!python/name."""

from __future__ import annotations

import datetime as dt
from typing import Any


def newest_first(mapping: Any) -> tuple[int, str, str]:
    """Listing order: dated articles newest first, then undated ones, ties by title and URL (deterministic)."""
    date = mapping.item.meta.get("date")
    day = date.toordinal() if isinstance(date, dt.date) else 0
    return (-day, str(mapping.item.title).casefold(), mapping.item.url)


def tag_name_casefold(tag: Any, *args: Any) -> str:
    """Tags in a listing by name, ignoring case and accents of the first letter's case."""
    return str(tag.name).casefold()
