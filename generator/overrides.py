"""A seed's optional YAML front matter: the curator's corrections, validated."""

from __future__ import annotations

import datetime as dt
import difflib
import re
import reprlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import yaml

from .article import MeetingMention
from .data import ArchiveData
from .errors import SeedError

_OPEN = re.compile(r"\A(?:[ \t]*\n)*---[ \t]*(?:\n|\Z)")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
KINDS = ("meeting", "phone", "conference")
FIELDS = (
    "title",
    "lang",
    "date",
    "source",
    "url",
    "byline",
    "actors",
    "places",
    "meetings",
    "slug",
    "redirect_from",
)
MEETING_FIELDS = ("participants", "place", "date", "kind")
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
MAX_SLUG = 100
_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_URL = re.compile(r"https?://[^\s/?#\"'<>]+[^\s\"'<>]*")
# Dates the archive can hold; a year outside is a typo (2061 for 2016, 0016).
YEARS = (1900, 2100)
KeyPath = tuple[object, ...]


# Values echoed in a message: a YAML alias can make a list of billions, so reprs are bounded.
_REPR = reprlib.Repr()
_REPR.maxlevel, _REPR.maxlist, _REPR.maxdict = 2, 4, 4
_REPR.maxstring = _REPR.maxother = 60


def _show(value: Any) -> str:
    return value if isinstance(value, str) and len(value) <= 60 else _REPR.repr(value)[:80]


class _Loader(yaml.SafeLoader):
    """SafeLoader that leaves dates as text, so an impossible day is reported, not raised."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class Overrides:
    """Fields the curator set; only keys present in the seed are here."""

    values: dict[str, Any] = field(default_factory=dict)

    def get(self, key: str) -> Any:
        return self.values.get(key)

    def has(self, key: str) -> bool:
        return key in self.values


def split_front_matter(text: str, where: str = "seed") -> tuple[str | None, str, int]:
    """(YAML block or None, rest of the text, line number where the rest starts).

    The block keeps the seed's line numbering: it is padded with the blank lines above
    it, so a YAML error mark on line N is line N of the seed.
    """
    opening = _OPEN.match(text)
    if not opening:
        return None, text, 1
    fence_line = text[: opening.end()].rstrip("\n").count("\n") + 1
    closing = _CLOSE.search(text, opening.end())
    if closing is None:
        raise SeedError(
            where,
            fence_line,
            "front matter opened by --- is never closed",
            "add a line with --- after the last key (or remove the first ---)",
        )
    block = "\n" * fence_line + text[opening.end() : closing.start()]
    rest = text[closing.end() :].removeprefix("\n")
    return block, rest, text[: closing.end()].count("\n") + 2


class _Checker:
    """Validation of one front-matter block, reporting each problem at its own line."""

    def __init__(self, where: str, lines: Mapping[KeyPath, int], data: ArchiveData) -> None:
        self.where, self.lines, self.data = where, lines, data

    def fail(self, path: KeyPath, problem: str, fix: str) -> SeedError:
        while path and path not in self.lines:
            path = path[:-1]
        return SeedError(self.where, self.lines.get(path), problem, fix)

    def text(self, key: str, value: Any) -> str | None:
        if value is None and key != "title":
            return None
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise self.fail((key,), f"'{key}' must be text", f'write {key}: "…" on one line')
        # A block scalar may hold line breaks; a title is one line of the page.
        flat = " ".join(str(value).split())
        if not flat:
            raise self.fail((key,), f"'{key}' is empty", f"give the {key} or remove the key")
        return flat

    def ids(self, path: KeyPath, values: Any, known: Mapping[str, object], datafile: str) -> tuple[str, ...]:
        key = str(path[-1])
        if isinstance(values, str):
            values = [values]
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise self.fail(path, f"'{key}' must be a list of ids", f"write {key}: [id-one, id-two]")
        for i, value in enumerate(values):
            if value not in known:
                close = difflib.get_close_matches(value, list(known), n=1)
                hint = f'did you mean "{close[0]}"? Otherwise add' if close else "add"
                raise self.fail(
                    (*path, i),
                    f'{key.removesuffix("s")} "{_show(value)}" is not in {datafile}',
                    f"{hint} it to generator/data/{datafile}",
                )
        return tuple(dict.fromkeys(values))

    def date(self, path: KeyPath, value: Any) -> dt.date | None:
        if value is None:
            return None
        if isinstance(value, dt.datetime):
            value = value.date()
        if not isinstance(value, dt.date):
            m = _DAY.fullmatch(value.strip()) if isinstance(value, str) else None
            if not m:
                raise self.fail(path, f'date "{_show(value)}" is not written YYYY-MM-DD', "write it as 2016-03-24")
            try:
                value = dt.date(*map(int, m.groups()))
            except ValueError as exc:
                raise self.fail(path, f'date "{m.group()}" is not a real day', "correct the day or month") from exc
        if not YEARS[0] <= value.year <= YEARS[1]:
            raise self.fail(path, f'date "{value}" is outside {YEARS[0]}–{YEARS[1]}', "correct the year")
        return value

    def slugs(self, key: str, value: Any) -> tuple[str, ...]:
        values = [value] if isinstance(value, str) else value
        if not isinstance(values, list) or not values:
            raise self.fail((key,), f"'{key}' must be a list of slugs", f"write {key}: [old-slug]")
        for i, slug in enumerate(values):
            if not isinstance(slug, str) or not _SLUG.fullmatch(slug) or len(slug) > MAX_SLUG:
                raise self.fail(
                    (key, i),
                    f"slug '{_show(slug)}' is not lowercase-kebab-case of at most {MAX_SLUG} characters",
                    "use letters a-z, digits and hyphens: lavrov-kerry-geneva",
                )
        return tuple(dict.fromkeys(values))

    def url(self, value: Any) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str) or not _URL.fullmatch(value.strip()):
            raise self.fail(("url",), "url must be one http:// or https:// address", "give the page's full address")
        return value.strip()

    def meetings(self, values: Any) -> tuple[MeetingMention, ...]:
        if not isinstance(values, list):
            raise self.fail(
                ("meetings",),
                "'meetings' must be a list",
                "write meetings: [{participants: [a, b], place: geneva, date: 2016-03-24, kind: meeting}]",
            )
        return tuple(self.meeting(i, item) for i, item in enumerate(values))

    def meeting(self, i: int, item: Any) -> MeetingMention:
        path: KeyPath = ("meetings", i)
        if not isinstance(item, dict):
            raise self.fail(path, "each meeting must be a mapping", "give participants, place, date, kind")
        for key in item:
            if key not in MEETING_FIELDS:
                raise self.fail((*path, key), f"unknown meeting key '{_show(key)}'", f"use {', '.join(MEETING_FIELDS)}")
        people = self.ids((*path, "participants"), item.get("participants"), self.data.actors, "actors.yaml")
        if len(people) < 2:
            raise self.fail((*path, "participants"), "a meeting needs two or more participants", "list two actor ids")
        place = item.get("place")
        if place is not None:
            if not isinstance(place, str):
                raise self.fail((*path, "place"), "a meeting has one place", "write place: geneva")
            place = self.ids((*path, "place"), place, self.data.places, "places.yaml")[0]
        kind = item.get("kind", "meeting")
        if kind not in KINDS:
            raise self.fail(
                (*path, "kind"), f'meeting kind "{_show(kind)}" is unknown', f"use one of {', '.join(KINDS)}"
            )
        date = self.date((*path, "date"), item.get("date"))
        return MeetingMention(tuple(sorted(people)), kind, place, date, self.lines.get(path))


def _line_map(node: yaml.Node, path: KeyPath = (), depth: int = 0) -> dict[KeyPath, int]:
    """The seed line of every key and list item, by its path: ("meetings", 0, "place") → 7."""
    out: dict[KeyPath, int] = {}
    if depth > 4:
        return out
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            here = (*path, key.value if isinstance(key, yaml.ScalarNode) else "?")
            out.setdefault(here, key.start_mark.line + 1)
            out.update(_line_map(value, here, depth + 1))
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            out[(*path, i)] = item.start_mark.line + 1
            out.update(_line_map(item, (*path, i), depth + 1))
    return out


def _load(where: str, block: str) -> tuple[Any, yaml.Node | None]:
    """The parsed block and its node tree; YAML errors become a SeedError at their line."""
    loader = _Loader(block)
    try:
        node = loader.get_single_node()
        return (loader.construct_document(node) if node is not None else None), node
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        # "got <stream end>" points below the block: the bracket or quote left open is the place.
        if exc.context_mark and (mark is None or mark.index >= len(block.rstrip())):
            mark = exc.context_mark
        raise SeedError(
            where,
            mark.line + 1 if mark else None,
            f"front matter is not valid YAML ({', '.join(filter(None, (exc.context, exc.problem)))})",
            "fix the YAML between the --- lines; quote text that holds a colon",
        ) from exc
    except (yaml.YAMLError, ValueError, TypeError, RecursionError) as exc:
        raise SeedError(
            where, None, f"front matter cannot be read ({exc})", "fix the YAML between the --- lines"
        ) from exc
    finally:
        loader.dispose()


def _check_keys(check: _Checker, node: yaml.Node) -> None:
    """Every key known, none twice."""
    seen: set[str] = set()
    for key_node, _ in node.value:
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else "?"
        line = (key,)
        if key not in FIELDS:
            close = difflib.get_close_matches(key, FIELDS, n=1)
            hint = f"did you mean '{close[0]}'? Keys are" if close else "use keys among"
            raise check.fail(line, f"unknown front-matter key '{_show(key)}'", f"{hint} {', '.join(FIELDS)}")
        if key in seen:
            raise SeedError(
                check.where, key_node.start_mark.line + 1, f"key '{key}' is given twice", "keep one of the two lines"
            )
        seen.add(key)


def parse_overrides(where: str, block: str | None, data: ArchiveData) -> Overrides:
    """Parse and validate the seed's front matter against the gazetteers."""
    if block is None:
        return Overrides()
    raw, node = _load(where, block)
    if raw is None or node is None:
        return Overrides()
    check = _Checker(where, _line_map(node), data)
    if not isinstance(raw, dict) or not isinstance(node, yaml.MappingNode):
        line = node.start_mark.line + 1
        raise SeedError(where, line, "front matter must be key: value lines", f"use keys among {', '.join(FIELDS)}")
    _check_keys(check, node)
    values: dict[str, Any] = {}
    for key, value in raw.items():
        values[key] = _check_value(check, key, value)
    return Overrides(values)


def _check_value(check: _Checker, key: str, value: Any) -> Any:
    """One front-matter value, validated and in the type the pipeline expects."""
    if key == "lang":
        if value not in ("fr", "ar"):
            raise check.fail((key,), f"lang '{_show(value)}' is not supported", "use fr or ar")
        return value
    if key == "date":
        return check.date((key,), value)
    if key in ("actors", "places"):
        return check.ids((key,), value, getattr(check.data, key), f"{key}.yaml")
    if key == "meetings":
        return check.meetings(value)
    if key == "slug":
        if not isinstance(value, str):
            raise check.fail((key,), "'slug' must be one slug", "write slug: lavrov-kerry-geneva")
        return check.slugs(key, value)[0]
    if key == "redirect_from":
        return check.slugs(key, value)
    if key == "url":
        return check.url(value)
    return check.text(key, value)
