"""The publication date, with the rule and line it came from; None rather than a guess."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..article import Found, Line
from ..data import DateWords
from .normalize import fold, split_sentences, tokens, word_count
from .source import url_path

EARLIEST = dt.date(1990, 1, 1)
_URL_DATE = re.compile(r"/(?P<y>(?:19|20)\d\d)[/-](?P<m>\d\d?)[/-](?P<d>\d\d?)(?:/|$|[-_])")
# "/20161006-syrie-…", "/amp/20180726/…": eight digits after a slash, then a dash or a slash,
# are a date in many CMS paths.
_URL_COMPACT_DATE = re.compile(r"/(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?:[-_/]|$)")
# "/201305/27/": year and month, then the day (La Presse).
_URL_MONTH_DAY = re.compile(r"/(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)/(?P<d>[0-3]\d)(?:/|$|[-_])")
# "/15837-2015-11-19-20-27-48": an item number, then the date and time it was written (Joomla).
_URL_STAMP = re.compile(r"-(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)-[0-2]\d-[0-5]\d-[0-5]\d(?:$|[/.])")
# "/2019/0418/": the year, then month and day (Seneweb).
_URL_YEAR_MONTHDAY = re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>[01]\d)(?P<d>[0-3]\d)(?:/|$|[-_])")
# "_AN-201511190040.html", "/20201207161003148760.html": an item number that starts with the
# date it was written, then its time or a serial.
_URL_DATED_ID = re.compile(r"[-_/](?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)\d{4,12}(?:$|[-_./?])")
# "/cnt/dmf20200406_01464496/": a document id of a few letters and the date it was filed, then
# its serial (the Rossel group's sites: L'Avenir, Le Soir, Sudinfo).
_URL_LETTERED_ID = re.compile(r"/[a-z]{2,4}(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)_\d")
# "…-jean-noel-barrot-08012025-france-inter": eight digits as a word of the slug, the date in
# either order (year first, else day first: the order of French and Arabic sites).
_URL_SLUG_YMD = re.compile(r"[-_](?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?:[-_./]|$)")
_URL_SLUG_DMY = re.compile(r"[-_](?P<d>[0-3]\d)(?P<m>[01]\d)(?P<y>(?:19|20)\d\d)(?:[-_./]|$)")
# The month by its name, in the page's language or English: "/2020/october/7/" (Qatar's Amiri
# Diwan), and a day, month and year as words of the slug ("…-aujourd-hui-samedi-8-juillet-2023-…").
_URL_MONTH_NAME = re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>[^\W\d_]{3,9})/(?P<d>[0-3]?\d)(?:/|$)")
_URL_SLUG_MONTH_NAME = re.compile(r"[-_/](?P<d>[0-3]?\d)-(?P<m>[^\W\d_]{3,9})-(?P<y>(?:19|20)\d\d)(?:[-_./]|$)")
# "/archives/23/01/2022/": day, month and year as folders (Unews).
_URL_DAY_FIRST = re.compile(r"/(?P<d>[0-3]\d)/(?P<m>[01]\d)/(?P<y>(?:19|20)\d\d)(?:/|$)")
_DIGIT = re.compile(r"\d")
# How far from the reference day a day and month without a year may be read as that year's.
PARTIAL_BEFORE = dt.timedelta(days=62)
PARTIAL_AFTER = dt.timedelta(days=7)


@dataclass(frozen=True)
class DateHit:
    """A date written in a text; value is None when it names no real day (31/02)."""

    value: dt.date | None
    raw: str
    start: int
    end: int


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def _day_month(words: DateWords, relative: bool = False) -> str:
    """Optional weekday, day, optional joiner ("14 من شباط"), month name, optional abbreviation dot.

    The day may be an ordinal before a joiner ("السادس من تشرين الأول"); with relative, the month
    may be named from the page's ("الخامس والعشرين من الشهر الماضي")."""
    months = _alternation(w for w, _ in words.months)
    weekdays = _alternation(w for w, _ in words.weekdays)
    joiners = rf"(?:(?:{_alternation(words.joiners)})\s+)?" if words.joiners else ""
    # "20. أغسطس 2018": the German day's dot, as a Berlin paper prints it; "9th, October 2023":
    # an English ordinal and a comma, on an Arabic page ("تاريخ النشر: 9th, October 2023 GMT").
    day = rf"(?<!\d)(?P<d>\d{{1,2}})(?:er|st|nd|rd|th)?\s*[-/., ]?\s*{joiners}"
    if words.ordinals and words.joiners:
        ordinals = _alternation(w for w, _ in words.ordinals)
        day = rf"(?:{day}|\b(?P<o>{ordinals})\s+(?:{_alternation(words.joiners)})\s+)"
    # The month's other name after a slash or a dash, or in brackets: "آذار/مارس", "يوليو-تموز",
    # "تشرين الأول (أكتوبر)".
    month = rf"(?P<m>{months})\b\.?(?:\s*[/-]\s*(?:{months})\b\.?|\s*\(\s*(?:{months})\s*\))?"
    if relative and (words.this_month or words.last_month):
        month = rf"(?:{month}|(?P<r>{_alternation((*words.this_month, *words.last_month))})\b)"
    return rf"(?:(?P<w>{weekdays})\s*[,،]?\s*)?{day}{month}"


def _day(m: re.Match[str], words: DateWords) -> int:
    """The day of a match of _day_month: digits or an ordinal."""
    return int(m["d"]) if m["d"] else _ordinal_days(words)[" ".join(m["o"].split())]


@lru_cache(maxsize=16)
def _ordinal_days(words: DateWords) -> dict[str, int]:
    return dict(words.ordinals)


@lru_cache(maxsize=8)
def date_patterns(words: DateWords) -> tuple[re.Pattern[str], ...]:
    """Regexes for day-month-year in words and numbers, over folded text."""
    months = _alternation(w for w, _ in words.months)
    day_first = _day_month(words) + r"\s*[-/ ,،]?\s*(?P<y>\d{4})(?!\d)"
    month_first = rf"\b(?P<m>{months})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})(?!\d)"
    numeric = r"(?<![\d/.-])(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})(?![\d/.-])"
    iso = r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)"
    # "2019/02/14", "2018.06.18", "2019-3-5": year first with slashes, dots or dashes; a URL path
    # ("/2016/3/24/") is left to the URL rule.
    year_first = r"(?<![\d/.-])(?P<y>\d{4})(?P<s>[/.-])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})(?![\d/.-])"
    # "15/11/15 à 15:06": a two-digit year only in a stamp, with its time after it, or in a
    # dateline, with the dash after it ("JERUSALEM, le 28/08/07 - Le Premier ministre …").
    short_year = (
        r"(?<![\d/.-])(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{2})"
        r"(?=\s*(?:à|a|,|-|\|)?\s*\d{1,2}[:h]\d{2}(?!\d)|\s+[-–—]\s+\D)"
    )
    return tuple(re.compile(p) for p in (day_first, month_first, numeric, iso, year_first, short_year))


@lru_cache(maxsize=8)
def partial_pattern(words: DateWords) -> re.Pattern[str]:
    """Day and month with no year: "mardi 27 octobre", "14 من شباط"."""
    return re.compile(_day_month(words, relative=True) + r"(?!\s*[-/ ,،]?\s*\d)")


def _year(raw: str) -> int:
    """A year as written: "2016", or "16" of a stamp (90–99 are the 1990s, the archive's earliest)."""
    year = int(raw)
    if year >= 100:
        return year
    return year + (1900 if year >= EARLIEST.year % 100 else 2000)


def _month(raw: str, words: DateWords) -> int:
    if raw.isdigit():
        return int(raw)
    return _month_names(words)[" ".join(raw.split())]


@lru_cache(maxsize=16)
def _month_names(words: DateWords) -> dict[str, int]:
    """Month names as a lookup, built once per language rather than per date."""
    return dict(words.months)


@lru_cache(maxsize=16)
def _weekday_names(words: DateWords) -> dict[str, int]:
    return dict(words.weekdays)


def find_dates(text: str, words: DateWords) -> list[DateHit]:
    """Every full date (day, month, year) written in text, in order of position."""
    if not _DIGIT.search(text):
        return []
    return list(_dates(text, words))


@lru_cache(maxsize=256)
def _dates(text: str, words: DateWords) -> tuple[DateHit, ...]:
    """find_dates of a text with a digit, kept: the same text is read again and again (a date
    line by the cleaner, the date rules and the curator's check; a meeting's words for the day
    and the day without a year), and each read tries every date pattern."""
    folded = fold(text)
    hits: list[DateHit] = []
    taken: list[tuple[int, int]] = []
    for pattern in date_patterns(words):
        for m in pattern.finditer(folded):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append(m.span())
            hits.append(DateHit(_value(m, words), text[m.start() : m.end()], m.start(), m.end()))
    return tuple(sorted(hits, key=lambda h: h.start))


def _value(m: re.Match[str], words: DateWords) -> dt.date | None:
    """The day a date match writes, or None. Digits that make no day with the month where it is
    written make one swapped, as an English-language page writes them: "03/15/2016" is 15 March."""
    year = _year(m["y"])
    try:
        return dt.date(year, _month(m["m"], words), _day(m, words))
    except ValueError:
        if not m["m"].isdigit():
            return None
    try:
        return dt.date(year, int(m["d"]), int(m["m"]))
    except ValueError:
        return None


def is_plausible(value: dt.date | None, today: dt.date) -> bool:
    """A publication date lies between 1990 and the day of the build."""
    return value is not None and EARLIEST <= value <= today


def _first_plausible(text: str, words: DateWords, today: dt.date) -> DateHit | None:
    return next((h for h in find_dates(text, words) if is_plausible(h.value, today)), None)


@lru_cache(maxsize=8)
def _today_weekday_pattern(words: DateWords) -> re.Pattern[str]:
    """ "اليوم الخميس", "aujourd'hui jeudi", "ce jeudi" over folded tokens joined by spaces."""
    today = _alternation(words.today)
    weekdays = _alternation(w for w, _ in words.weekdays)
    return re.compile(rf"\b(?:(?:{today})\s+(?:ce\s+)?|ce\s+)(?P<w>{weekdays})\b")


@lru_cache(maxsize=16)
def _weekday_firsts(words: DateWords) -> frozenset[str]:
    """The first word of each weekday name (the names are folded tokens joined by spaces)."""
    return _first_words(words.weekdays)


def _first_words(named: Iterable[tuple[str, int]]) -> frozenset[str]:
    return frozenset(name.split()[0] for name, _ in named)


def _all_words(names: Iterable[str]) -> frozenset[str]:
    return frozenset(word for name in names for word in name.split())


def _phrase_weekdays(text: str, words: DateWords) -> set[int]:
    """Weekdays named right after a "today" word: "اليوم الخميس", "aujourd'hui jeudi"."""
    toks = tokens(text)
    # The phrase ends with a weekday name, whose words are whole tokens: most texts have none.
    if _weekday_firsts(words).isdisjoint(toks):
        return set()
    names = _weekday_names(words)
    return {names[m["w"]] for m in _today_weekday_pattern(words).finditer(" ".join(toks))}


# The address's date patterns, tried in this order.
_URL_PATTERNS = (
    _URL_DATE,
    _URL_COMPACT_DATE,
    _URL_MONTH_DAY,
    _URL_YEAR_MONTHDAY,
    _URL_STAMP,
    _URL_DATED_ID,
    _URL_LETTERED_ID,
    _URL_SLUG_YMD,
    _URL_SLUG_DMY,
    _URL_MONTH_NAME,
    _URL_SLUG_MONTH_NAME,
    _URL_DAY_FIRST,
)


def _url_date(url: str, words: DateWords, today: dt.date) -> dt.date | None:
    path = url_path(url)
    for pattern in _URL_PATTERNS:
        if m := pattern.search(path):
            month = int(m["m"]) if m["m"].isdigit() else _month_names(words).get(fold(m["m"]))
            try:
                value: dt.date | None = dt.date(int(m["y"]), month, int(m["d"])) if month else None
            except ValueError:
                value = None
            if is_plausible(value, today):
                return value
    return None


def extract_date(lines: Sequence[Line], words: DateWords, url: str | None, today: dt.date) -> Found | None:
    """Publication date by the first rule that finds a plausible one."""
    # A last-update stamp is a day or so after publication: better than nothing, worse than the rest.
    updated = next(
        (
            Found(hit.value, "updated_line", line.no)
            for line in lines
            if line.role == "updated" and (hit := _first_plausible(line.note or line.text, words, today))
        ),
        None,
    )
    # A page may print the day it was read ("ACCUEIL 26.6.2016" over "Mis à jour le 14.02.2016"):
    # a date after the article's last update is not when it was published.
    latest = updated.value if updated and isinstance(updated.value, dt.date) else dt.date.max
    # A byline may carry the date ("كتب: فلان السبت 08-07-2023 22:32", "Par X, le 12 mars 2016"):
    # its note is the name, so its text is read.
    for role, rule in (("published", "published_line"), ("date", "date_line"), ("byline", "byline_line")):
        found = [
            Found(hit.value, rule, line.no)
            for line in lines
            if line.role == role
            and (hit := _first_plausible(line.text if role == "byline" else line.note or line.text, words, today))
            and not (hit.value and hit.value > latest)
        ]
        if found and role == "date":
            found = _not_another_day(found, lines, words)
        if found:
            return _agreeing(found, lines, words)
    # A dateline on its own line ("PARIS, 5 mars 2019 (AFP) -"), else at the start of the first paragraph.
    for line in lines:
        if line.role == "dateline" and (hit := _first_plausible(line.text, words, today)):
            return Found(hit.value, "dateline", line.no)
    first_body = next((line for line in lines if line.role == "body"), None)
    if first_body and (hit := _first_plausible(first_body.text[:80], words, today)) and hit.start < 60:
        return Found(hit.value, "dateline", first_body.no)
    if url and (value := _url_date(url, words, today)):
        return Found(value, "url_path", None)
    # A line above the article that the scraper ran into others ("Connexion client Entretien
    # Pompeo-Cavusoglu … Reuters • 16/08/2020 à 21:33"): a date anywhere in it.
    for line in _above_article(lines):
        if (hit := _first_plausible(line.text, words, today)) and not (hit.value and hit.value > latest):
            return Found(hit.value, "header_line", line.no)
    # A copy's credit dates the story it copies: "(المصدر: وكالة سانا للأنباء بتاريخ 11/2/2015)".
    for line in lines:
        if line.role == "source" and (hit := _first_plausible(line.text, words, today)):
            return Found(hit.value, "source_line", line.no)
    return updated or _weekday_match(lines, words, today)


# What a page prints above the article that a date in may be the article's: not a teaser's.
_HEADER_ROLES = frozenset({"title", "banner", "rubric"})


def _above_article(lines: Sequence[Line]) -> list[Line]:
    """The headline and the page's lines above the first paragraph."""
    out = []
    for line in lines:
        if line.role == "body":
            break
        if line.role in _HEADER_ROLES:
            out.append(line)
    return out


# The lines that are the article's own text, where it may call today by its weekday.
_TEXT_ROLES = frozenset({"body", "title", "subheading"})


def _named_weekdays(lines: Sequence[Line], words: DateWords) -> list[set[int]]:
    """For each line, the weekdays its text calls today ("اليوم الخميس"); none for other roles."""
    return [_phrase_weekdays(line.text, words) if line.role in _TEXT_ROLES else set() for line in lines]


def _today_weekday(lines: Sequence[Line], words: DateWords) -> int | None:
    """The one weekday the article's text calls today ("اليوم الخميس", "ce jeudi"), if it names one."""
    named = set().union(*_named_weekdays(lines, words))
    return next(iter(named)) if len(named) == 1 else None


# A paper may print a wire story the day after the wire wrote "today, Thursday": its date line is
# that weekday or the next day.
_DAYS_AFTER_TODAY = frozenset({0, 1})


def _not_another_day(found: list[Found], lines: Sequence[Line], words: DateWords) -> list[Found]:
    """The bare date lines that can be the day the text calls today: a site's "today" bar, printed
    when the page was read ("الأربعاء 18/سبتمبر/2024" over "وصل … الإثنين … صباح اليوم"), falls
    on another weekday and is not the article's date."""
    weekday = _today_weekday(lines, words)
    if weekday is None:
        return found
    return [
        f for f in found if not isinstance(f.value, dt.date) or (f.value.weekday() - weekday) % 7 in _DAYS_AFTER_TODAY
    ]


def _agreeing(found: list[Found], lines: Sequence[Line], words: DateWords) -> Found:
    """The first of several date lines, unless they disagree. Then the first that falls on the
    weekday the body calls today: a "today" widget over the headline ("السبت، 27 أفريل 2024") is
    not the article's date line ("22 أفريل 2016 -- 14:41:16"), whose day the body names ("اليوم
    الجمعة 22 أفريل"). With no such weekday, or several lines on it, the first under the headline:
    one above it is the page's "today" bar ("2024-05-04" over the headline, "2023-04-04" under it;
    "12 فبراير 2025" over a headline, "29 سبتمبر 2021" under it, both Wednesdays)."""
    if len({f.value for f in found}) == 1:
        return found[0]
    weekday = _today_weekday(lines, words)
    if weekday is not None:
        on_it = [f for f in found if isinstance(f.value, dt.date) and f.value.weekday() == weekday]
        found = on_it or found[:1]
    title = next((line.no for line in lines if line.role == "title"), None)
    under = [f for f in found if title is not None and f.line is not None and f.line > title]
    return under[0] if under else found[0]


def _weekday_match(lines: Sequence[Line], words: DateWords, today: dt.date) -> Found | None:
    """A full date whose weekday is the one the body calls today: in a caption or an embedded post's
    signature ("— جريدة الوفاق (@alvefagh) April 8, 2024" under "… اليوم الإثنين"), or in that very
    sentence. Where the body calls several weekdays today, only a sentence that names one, with a
    date falling on it, dates the article ("reçu en audience, ce vendredi 4 septembre 2020" beside
    "initialement prévue pour ce jeudi 3 septembre")."""
    named = _named_weekdays(lines, words)
    weekdays = set().union(*named)
    if not weekdays:
        return None
    for line, line_named in zip(lines, named, strict=True):
        if line.role in ("caption", "post") and len(weekdays) == 1:
            texts = [(line.text, weekdays)]
        elif line.role in {"body", "subheading"} and line_named:
            # A body date counts only beside the "today" phrase: elsewhere it dates another event.
            # A sentence's tokens are a run of its line's, so a line without the phrase has no
            # sentence with it.
            texts = [(s, days) for s in split_sentences(line.text) if (days := _phrase_weekdays(s, words))]
        else:
            continue
        for text, days in texts:
            for hit in find_dates(text, words):
                if is_plausible(hit.value, today) and hit.value and {hit.value.weekday()} == days:
                    return Found(hit.value, f"{line.role}_weekday", line.no)
    return None


# A date line with its stamps is short: "Le 10 septembre 2016 à 08h15, modifié le 10 septembre
# 2016 à 11h02" has 13 words; a longer line is a sentence that mentions a date.
MAX_DATE_LINE_WORDS = 20


def is_date_line(text: str, words: DateWords) -> bool:
    """A line that is a date and little else: weekday, time, separators, "mis à jour", "GMT"."""
    if word_count(text) > MAX_DATE_LINE_WORDS:
        return False
    hits = find_dates(text, words)
    if not hits:
        # A day and month alone ("Lundi 22 Juillet"): a date bar's or a programme grid's line.
        return partial_pattern(words).fullmatch(" ".join(fold(text).split())) is not None
    rest = fold(text)
    for hit in reversed(hits):
        rest = rest[: hit.start] + " " + rest[hit.end :]
    rest = " " + " ".join(re.sub(r"\d{1,2}(?:h:?|:)\d{2}|\d+|[^\w\s]|_", " ", rest).split()) + " "
    for phrase in sorted(words.filler, key=len, reverse=True):
        rest = rest.replace(f" {phrase} ", " ")
    weekday_words = {w for w, _ in words.weekdays}
    return len([w for w in rest.split() if w not in weekday_words]) <= 2


def is_founding_date(text: str, above: str, words: DateWords) -> bool:
    """Whether the first date of a line is when the site was founded: a founded word just before
    it, on the line ("تأسست 1/1/2015") or, when the date opens it, at the end of the line above
    ("جريدة الكترونية تأسست" over "1/1/2015")."""
    hits = find_dates(text, words)
    if not hits or not words.founded:
        return False
    before = " ".join(tokens(fold(text)[: hits[0].start])) or " ".join(tokens(above))
    return any(before == phrase or before.endswith(" " + phrase) for phrase in words.founded)


def invalid_dates(lines: Sequence[Line], words: DateWords) -> list[tuple[Line, str]]:
    """Dates in date and published lines that name no real day, for the curator."""
    out: list[tuple[Line, str]] = []
    for line in lines:
        if line.role in {"date", "published"}:
            out.extend((line, hit.raw) for hit in find_dates(line.text, words) if hit.value is None)
    return out


def _partial_day(text: str, words: DateWords, reference: dt.date) -> dt.date | None:
    """A day and month without year, read in the reference's year when that lands near it; a
    month named from the reference's ("الشهر الماضي") is that month."""
    if not _DIGIT.search(text) and _ordinal_firsts(words).isdisjoint(tokens(text)):
        return None
    folded = fold(text)
    full = [(h.start, h.end) for h in find_dates(text, words)]
    for m in partial_pattern(words).finditer(folded):
        if any(s < m.end() and m.start() < e for s, e in full):
            continue
        for year, month in _months_near(m, words, reference):
            try:
                value = dt.date(year, month, _day(m, words))
            except ValueError:
                continue
            if reference - PARTIAL_BEFORE <= value <= reference + PARTIAL_AFTER:
                named = m["w"] and _weekday_names(words)[" ".join(m["w"].split())]
                return value if named is None or named == value.weekday() else None
    return None


@lru_cache(maxsize=16)
def _ordinal_firsts(words: DateWords) -> frozenset[str]:
    """The first word of each ordinal day: a text without one and without digits has no partial date."""
    return _first_words(words.ordinals)


@lru_cache(maxsize=16)
def _month_words(words: DateWords) -> frozenset[str]:
    """Every word of the month names and of the relative months ("الشهر الماضي")."""
    return _all_words((*(name for name, _ in words.months), *words.this_month, *words.last_month))


@lru_cache(maxsize=16)
def date_words(words: DateWords) -> frozenset[str]:
    """The words a date is written with: month and weekday names, and "today" or "yesterday" in
    one word ("اليوم", "hier"); not the words of longer phrases ("dans la journée")."""
    one_word = (p for p in (*words.today, *words.yesterday) if " " not in p)
    return _all_words((*(name for name, _ in words.months), *(name for name, _ in words.weekdays), *one_word))


@lru_cache(maxsize=16)
def day_words(words: DateWords) -> frozenset[str]:
    """Every word that can name a day without digits: ordinals, months, weekdays, today, yesterday."""
    named = (*words.ordinals, *words.months, *words.weekdays)
    return _all_words(
        (
            *(name for name, _ in named),
            *words.this_month,
            *words.last_month,
            *words.today,
            *words.yesterday,
            *words.day_before,
        )
    )


def may_name_a_day(toks: Sequence[str], words: DateWords) -> bool:
    """Whether tokens can name a day (see relative_day): every rule needs a digit or a day word.

    Asked of a meeting's token window before its text is cut out and read."""
    return not day_words(words).isdisjoint(toks) or bool(_DIGIT.search(" ".join(toks)))


def may_end_a_date(toks: Sequence[str], words: DateWords) -> bool:
    """Whether a date can end in these tokens: every date ends on a month word or on digits."""
    return not _month_words(words).isdisjoint(toks) or any(map(str.isdigit, toks))


def _months_near(m: re.Match[str], words: DateWords, reference: dt.date) -> list[tuple[int, int]]:
    """(year, month) readings of a partial date's month near the reference: a named month in the
    reference's year, the year before or the year after; a relative one in its one place."""
    if not m.groupdict().get("r"):  # the group exists only in a language with relative months
        month = _month(m["m"], words)
        return [(reference.year, month), (reference.year - 1, month), (reference.year + 1, month)]
    if " ".join(m["r"].split()) in words.this_month:
        return [(reference.year, reference.month)]
    before = reference.replace(day=1) - dt.timedelta(days=1)
    return [(before.year, before.month)]


def _named_weekday(toks: Sequence[str], words: DateWords) -> tuple[int, bool] | None:
    """The one weekday a sentence names ("lundi", "الأربعاء"), and whether it is marked as last week's
    ("lundi dernier", "الأربعاء الماضي"); None for none, several, or a coming one ("lundi prochain")."""
    names = _weekday_names(words)
    named = set()
    for i, t in enumerate(toks):
        if t in names:
            after = " ".join(toks[i + 1 : i + 2])
            if after in words.other_week:
                return None
            named.add((names[t], after in words.last_week))
    return named.pop() if len(named) == 1 else None


def relative_day(text: str, words: DateWords, reference: dt.date | None) -> dt.date | None:
    """The day a sentence refers to: an explicit date, or a day, "today", "yesterday" or a weekday of the
    week up to the reference (the article's date)."""
    if not _DIGIT.search(text) and day_words(words).isdisjoint(tokens(text)):
        return None  # most windows: every rule below needs a digit or one of these words
    hits = [h for h in find_dates(text, words) if h.value]
    if hits:
        return hits[0].value
    if reference is None:
        return None
    if partial := _partial_day(text, words, reference):
        return partial
    toks = tokens(text)
    # A weekday in a report is the last such day up to the dispatch ("mardi" in a Friday
    # dispatch is three days before; its own weekday is the same day). Coming meetings are
    # left out before this is asked (meetings.yaml `planned`). It is read before "today": a
    # page stamped after midnight says "اليوم الخميس" of the Thursday.
    named = _named_weekday(toks, words)
    # "a dit mercredi s'être entretenu la veille": the day before the one named.
    earlier = dt.timedelta(days=1 if _says_day_before(toks, words) else 0)
    if named is not None:
        weekday, before = named
        days = (reference.weekday() - weekday) % 7
        return reference - dt.timedelta(days=days or (7 if before else 0)) - earlier
    if earlier or says_one_of(toks, words.yesterday):
        return reference - dt.timedelta(days=1)
    if says_one_of(toks, words.today):
        return reference
    return None


def _says_day_before(toks: Sequence[str], words: DateWords) -> bool:
    """Whether the tokens say "the day before" (day_before) of a day, not the eve of an event."""
    for phrase in words.day_before:
        size = len(phrase.split())
        for i in range(len(toks) - size + 1):
            if " ".join(toks[i : i + size]) == phrase and (i + size == len(toks) or toks[i + size] not in words.eve_of):
                return True
    return False


def says_one_of(toks: Sequence[str], phrases: Iterable[str]) -> bool:
    """Whether the tokens hold one of the phrases (folded words joined by spaces): "ce soir", "اليوم"."""
    said = f" {' '.join(toks)} "
    return any(f" {phrase} " in said for phrase in phrases)
