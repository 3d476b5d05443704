"""Article: the one frozen value passed between the pipeline's stages."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .errors import Problem


@dataclass(frozen=True)
class Line:
    """One source line of a seed with the role the cleaner gave it."""

    no: int
    text: str
    role: str = "body"
    note: str = ""  # what the cleaner read off a furniture line: a URL, a date, an outlet id


@dataclass(frozen=True)
class Block:
    """One block of the published body: a paragraph or a subheading."""

    kind: str  # "p" | "h2"
    text: str


@dataclass(frozen=True)
class Found:
    """An extracted value with the rule and line it came from."""

    value: object
    rule: str
    line: int | None = None

    @property
    def where(self) -> str:
        return f"{self.rule} (line {self.line})" if self.line else self.rule


@dataclass(frozen=True)
class MeetingMention:
    """A meeting as one article reports it, before archive-wide resolution."""

    participants: tuple[str, ...]
    kind: str  # "meeting" | "phone" | "conference"
    place: str | None = None
    date: dt.date | None = None
    line: int | None = None


@dataclass(frozen=True)
class Article:
    """Everything the site needs to know about one seed."""

    seed: str
    slug: str
    checksum: str
    title: str
    lang: str
    body: tuple[Block, ...]
    date: dt.date | None = None
    date_source: str | None = None
    source: str | None = None
    source_id: str | None = None
    url: str | None = None
    byline: str | None = None
    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    mentions: tuple[MeetingMention, ...] = ()
    meetings: tuple[str, ...] = ()
    warnings: tuple[Problem, ...] = field(default=(), compare=False)
    redirect_from: tuple[str, ...] = ()
    fingerprint: str = field(default="", compare=False)  # the body's folded words, hashed (duplicates)

    @property
    def dir(self) -> str:
        return "rtl" if self.lang == "ar" else "ltr"

    @property
    def path(self) -> str:
        return f"articles/{self.slug}/"
