"""Articles in the style of outlets the seeds do not come from: every field against its expected value.

Each tests/fixtures/heldout/<name>.txt has a <name>.yaml with the expected fields. A field that
the extractor cannot reasonably get yet is listed under `xfail:` with the reason; its test still
runs, so fixing it shows up as an unexpected pass.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.article import Article
from generator.data import ArchiveData
from tests.helpers import article_from

HELDOUT = Path(__file__).parent / "fixtures" / "heldout"
FIELDS = ("title", "lang", "date", "source", "url", "actors", "places", "meetings", "body")


def _expected(name: str) -> dict[str, Any]:
    return yaml.safe_load((HELDOUT / f"{name}.yaml").read_text(encoding="utf-8"))


def _cases() -> list[Any]:
    cases = []
    for path in sorted(HELDOUT.glob("*.txt")):
        xfails = _expected(path.stem).get("xfail") or {}
        for field in FIELDS:
            marks = [pytest.mark.xfail(reason=xfails[field], strict=True)] if field in xfails else []
            cases.append(pytest.param(path.stem, field, marks=marks, id=f"{path.stem}-{field}"))
    return cases


_ARTICLES: dict[str, Article] = {}


def _article(name: str, data: ArchiveData) -> Article:
    if name not in _ARTICLES:
        _ARTICLES[name] = article_from((HELDOUT / f"{name}.txt").read_text(encoding="utf-8"), data, f"{name}.txt")
    return _ARTICLES[name]


def _meetings(article: Article) -> set[tuple[Any, ...]]:
    return {(tuple(sorted(m.participants)), m.place, m.kind, m.date) for m in article.mentions}


def _expected_meetings(items: list[dict[str, Any]]) -> set[tuple[Any, ...]]:
    def day(value: Any) -> dt.date | None:
        return dt.date.fromisoformat(str(value)) if value else None

    return {(tuple(sorted(m["participants"])), m["place"], m["kind"], day(m["date"])) for m in items}


def _check_body(article: Article, want: dict[str, Any]) -> None:
    text = "\n".join(block.text for block in article.body)
    assert text.startswith(want["body_first"]), text[:200]
    assert text.endswith(want["body_last"]), text[-200:]
    for gone in want.get("must_not_contain") or []:
        assert gone not in text, gone


@pytest.mark.parametrize(("name", "field"), _cases())
def test_heldout_field(name: str, field: str, data: ArchiveData) -> None:
    want = _expected(name)
    article = _article(name, data)
    if field == "body":
        _check_body(article, want)
    elif field == "actors":
        assert set(article.actors) == set(want["actors"])
    elif field == "places":
        assert set(want["places"]) <= set(article.places)
    elif field == "meetings":
        assert _meetings(article) == _expected_meetings(want["meetings"])
    elif field == "date":
        expected = dt.date.fromisoformat(str(want["date"])) if want["date"] else None
        assert article.date == expected, article.date_source
    else:
        assert getattr(article, field) == want[field]
