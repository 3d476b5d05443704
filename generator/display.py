"""Dates and numbers as each language writes them (Babel), cached: listings repeat the same days."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_decimal


@lru_cache(maxsize=65536)
def display_date(day: dt.date, lang: str, form: str = "long") -> str:
    """ "24 mars 2016", "24 مارس 2016"."""
    return str(format_date(day, format=form, locale=lang))


@lru_cache(maxsize=4096)
def display_number(n: int, lang: str) -> str:
    """A count with the language's digits and grouping."""
    return str(format_decimal(n, locale=lang))


@lru_cache(maxsize=4096)
def plural_category(n: int, lang: str) -> str:
    """CLDR plural category of n in the language: one, two, few, many, other…"""
    return str(Locale.parse(lang).plural_form(n))
