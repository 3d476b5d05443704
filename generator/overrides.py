"""A seed's optional YAML front matter: the curator's corrections, validated."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from .article import MeetingMention
from .data import ArchiveData
from .errors import SeedError

_FENCE = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?\n)---[ \t]*(?:\n|\Z)", re.DOTALL)
KINDS = ("meeting", "phone", "conference")
FIELDS = ("title", "lang", "date", "source", "url", "byline", "actors", "places", "meetings", "slug")
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@dataclass(frozen=True)
class Overrides:
    """Fields the curator set; only keys present in the seed are here."""

    values: dict[str, Any] = field(default_factory=dict)

    def get(self, key: str) -> Any:
        return self.values.get(key)

    def has(self, key: str) -> bool:
        return key in self.values


def split_front_matter(text: str) -> tuple[str | None, str, int]:
    """(YAML block or None, rest of the text, line number where the rest starts)."""
    m = _FENCE.match(text)
    if not m:
        return None, text, 1
    return m.group("yaml"), text[m.end() :], m.group(0).count("\n") + 1


def _fail(where: str, line: int | None, problem: str, fix: str) -> SeedError:
    return SeedError(where, line, problem, fix)


def _check_ids(where: str, key: str, values: Any, known: Any, datafile: str) -> tuple[str, ...]:
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise _fail(where, 1, f"'{key}' must be a list of ids", f"write {key}: [id-one, id-two]")
    for value in values:
        if value not in known:
            raise _fail(
                where,
                1,
                f'{key[:-1]} "{value}" is not in {datafile}',
                f"add it to generator/data/{datafile} or fix the id",
            )
    return tuple(values)


def _check_date(where: str, value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise _fail(where, 1, f'date "{value}" is not a real day', "write it as YYYY-MM-DD") from exc


def _check_meetings(where: str, values: Any, data: ArchiveData) -> tuple[MeetingMention, ...]:
    if not isinstance(values, list):
        raise _fail(
            where,
            1,
            "'meetings' must be a list",
            "write meetings: [{participants: [a, b], place: geneva, date: 2016-03-24, kind: meeting}]",
        )
    out = []
    for item in values:
        if not isinstance(item, dict):
            raise _fail(where, 1, "each meeting must be a mapping", "give participants, place, date, kind")
        people = _check_ids(where, "participants", item.get("participants"), data.actors, "actors.yaml")
        if len(set(people)) < 2:
            raise _fail(where, 1, "a meeting needs two or more participants", "list at least two actor ids")
        place = item.get("place")
        if place is not None and place not in data.places:
            raise _fail(
                where, 1, f'place "{place}" is not in places.yaml', "add it to generator/data/places.yaml or fix the id"
            )
        kind = item.get("kind", "meeting")
        if kind not in KINDS:
            raise _fail(where, 1, f'meeting kind "{kind}" is unknown', f"use one of {', '.join(KINDS)}")
        out.append(MeetingMention(tuple(sorted(set(people))), kind, place, _check_date(where, item.get("date"))))
    return tuple(out)


def parse_overrides(where: str, block: str | None, data: ArchiveData) -> Overrides:
    """Parse and validate the seed's front matter against the gazetteers."""
    if block is None:
        return Overrides()
    try:
        raw = yaml.safe_load(block)
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 2 if exc.problem_mark else 1
        raise _fail(
            where, line, f"front matter is not valid YAML ({exc.problem})", "fix the YAML between the --- lines"
        ) from exc
    if raw is None:
        return Overrides()
    if not isinstance(raw, dict):
        raise _fail(where, 2, "front matter must be key: value lines", f"use keys among {', '.join(FIELDS)}")
    unknown = sorted(set(map(str, raw)) - set(FIELDS))
    if unknown:
        raise _fail(where, 2, f"unknown front-matter key '{unknown[0]}'", f"use keys among {', '.join(FIELDS)}")
    values: dict[str, Any] = dict(raw)
    if "lang" in values and values["lang"] not in ("fr", "ar"):
        raise _fail(where, 2, f"lang '{values['lang']}' is not supported", "use fr or ar")
    if "date" in values:
        values["date"] = _check_date(where, values["date"])
    if "actors" in values:
        values["actors"] = _check_ids(where, "actors", values["actors"], data.actors, "actors.yaml")
    if "places" in values:
        values["places"] = _check_ids(where, "places", values["places"], data.places, "places.yaml")
    if "meetings" in values:
        values["meetings"] = _check_meetings(where, values["meetings"], data)
    if "slug" in values and not _SLUG.fullmatch(str(values["slug"])):
        raise _fail(where, 2, f"slug '{values['slug']}' is not lowercase-kebab-case", "use letters, digits and hyphens")
    if "url" in values and values["url"] is not None and not re.match(r"https?://", str(values["url"])):
        raise _fail(where, 2, "url must start with http:// or https://", "give the page's full address")
    for key in ("title", "source", "byline"):
        if key in values and values[key] is not None:
            values[key] = str(values[key])
    return Overrides(values)
