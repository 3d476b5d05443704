"""The publication date, with the rule and line it came from; None rather than a guess."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from ..article import Found, Line
from ..data import DateWords
from .normalize import fold, tokens

EARLIEST = dt.date(1990, 1, 1)
_URL_DATE = re.compile(r"/(?P<y>(?:19|20)\d\d)[/-](?P<m>\d\d?)[/-](?P<d>\d\d?)(?:/|$|[-_])")


@dataclass(frozen=True)
class DateHit:
    """A date written in a text; value is None when it names no real day (31/02)."""

    value: dt.date | None
    raw: str
    start: int
    end: int


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=8)
def date_patterns(words: DateWords) -> tuple[re.Pattern[str], ...]:
    """Regexes for day-month-year in words and numbers, over folded text."""
    months = _alternation(w for w, _ in words.months)
    weekdays = _alternation(w for w, _ in words.weekdays)
    day_first = (
        rf"(?:(?:{weekdays})\s*,?\s*)?(?<!\d)(?P<d>\d{{1,2}})(?:er)?\s*[-/ ]?\s*"
        rf"(?P<m>{months})(?:\s*/\s*(?:{months}))?\s*[-/ ,]?\s*(?P<y>\d{{4}})(?!\d)"
    )
    month_first = rf"\b(?P<m>{months})\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})(?!\d)"
    numeric = r"(?<![\d/.-])(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})(?![\d/.-])"
    iso = r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)"
    return tuple(re.compile(p) for p in (day_first, month_first, numeric, iso))


def _month(raw: str, words: DateWords) -> int:
    if raw.isdigit():
        return int(raw)
    return dict(words.months)[" ".join(raw.split())]


def find_dates(text: str, words: DateWords) -> list[DateHit]:
    """Every full date (day, month, year) written in text, in order of position."""
    folded = fold(text)
    hits: list[DateHit] = []
    taken: list[tuple[int, int]] = []
    for pattern in date_patterns(words):
        for m in pattern.finditer(folded):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append(m.span())
            try:
                value: dt.date | None = dt.date(int(m["y"]), _month(m["m"], words), int(m["d"]))
            except ValueError:
                value = None
            hits.append(DateHit(value, text[m.start() : m.end()], m.start(), m.end()))
    return sorted(hits, key=lambda h: h.start)


def is_plausible(value: dt.date | None, today: dt.date) -> bool:
    """A publication date lies between 1990 and the day of the build."""
    return value is not None and EARLIEST <= value <= today


def _first_plausible(text: str, words: DateWords, today: dt.date) -> DateHit | None:
    return next((h for h in find_dates(text, words) if is_plausible(h.value, today)), None)


def _phrase_weekdays(text: str, words: DateWords) -> set[int]:
    """Weekdays named right after a "today" word: "اليوم الخميس", "aujourd'hui jeudi"."""
    folded = " ".join(tokens(text))
    found = set()
    for today_word in words.today:
        for name, number in words.weekdays:
            if re.search(rf"\b{re.escape(today_word)}\s+(?:ce\s+)?{re.escape(name)}\b", folded):
                found.add(number)
    for name, number in words.weekdays:
        if re.search(rf"\bce\s+{re.escape(name)}\b", folded):
            found.add(number)
    return found


def extract_date(lines: Sequence[Line], words: DateWords, url: str | None, today: dt.date) -> Found | None:
    """Publication date by the first rule that finds a plausible one."""
    for line in lines:
        if line.role == "published" and (hit := _first_plausible(line.note or line.text, words, today)):
            return Found(hit.value, "published_line", line.no)
    for line in lines:
        if line.role == "date" and (hit := _first_plausible(line.text, words, today)):
            return Found(hit.value, "date_line", line.no)
    first_body = next((line for line in lines if line.role == "body"), None)
    if first_body and (hit := _first_plausible(first_body.text[:80], words, today)) and hit.start < 60:
        return Found(hit.value, "dateline", first_body.no)
    if url and (m := _URL_DATE.search(urlsplit(url).path)):
        try:
            value = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            value = None
        if is_plausible(value, today):
            return Found(value, "url_path", None)
    return _weekday_match(lines, words, today)


def _weekday_match(lines: Sequence[Line], words: DateWords, today: dt.date) -> Found | None:
    """A full date in a caption or the body whose weekday is the one the body calls today."""
    body = [line for line in lines if line.role in {"body", "title", "subheading"}]
    weekdays = set().union(*(_phrase_weekdays(line.text, words) for line in body)) if body else set()
    if len(weekdays) != 1:
        return None
    (weekday,) = weekdays
    for line in lines:
        if line.role not in {"caption", "body", "subheading"}:
            continue
        for hit in find_dates(line.text, words):
            if is_plausible(hit.value, today) and hit.value and hit.value.weekday() == weekday:
                return Found(hit.value, f"{line.role}_weekday", line.no)
    return None


def is_date_line(text: str, words: DateWords) -> bool:
    """A line that is a date and little else: weekday, time, separators."""
    hits = find_dates(text, words)
    if not hits or len(text.split()) > 10:
        return False
    rest = text[: hits[0].start] + text[hits[0].end :]
    rest = re.sub(r"\d{1,2}[:h]\d{2}|\d+|[^\w\s]", " ", fold(rest))
    weekday_words = {w for w, _ in words.weekdays}
    return len([w for w in rest.split() if w not in weekday_words]) <= 2


def invalid_dates(lines: Sequence[Line], words: DateWords) -> list[tuple[Line, str]]:
    """Dates in date and published lines that name no real day, for the curator."""
    out: list[tuple[Line, str]] = []
    for line in lines:
        if line.role in {"date", "published"}:
            out.extend((line, hit.raw) for hit in find_dates(line.text, words) if hit.value is None)
    return out


def relative_day(text: str, words: DateWords, reference: dt.date | None) -> dt.date | None:
    """The day a sentence refers to: an explicit date, or today/yesterday from the reference."""
    hits = [h for h in find_dates(text, words) if h.value]
    if hits:
        return hits[0].value
    if reference is None:
        return None
    toks = " " + " ".join(tokens(text)) + " "
    if any(f" {w} " in toks for w in words.yesterday):
        return reference - dt.timedelta(days=1)
    if any(f" {w} " in toks for w in words.today):
        return reference
    return None
