"""archive.json (the data contract) and articles.csv for spreadsheet users."""

from __future__ import annotations

import csv
import io
import json

from .archive import Archive


def archive_json(archive: Archive) -> str:
    """{"articles", "actors", "meetings", "places"}: the contract other tools rely on."""
    used_actors = sorted(
        {p for a in archive.articles for p in a.actors} | {p for m in archive.meetings.values() for p in m.participants}
    )
    used_places = sorted(
        {p for a in archive.articles for p in a.places} | {m.place for m in archive.meetings.values() if m.place}
    )
    doc = {
        "articles": [
            {
                "seed": a.seed,
                "title": a.title,
                "lang": a.lang,
                "date": a.date.isoformat() if a.date else None,
                "date_source": a.date_source,
                "source": a.source,
                "url": a.url,
                "actors": list(a.actors),
                "meetings": list(a.meetings),
                "places": list(a.places),
                "path": a.path,
            }
            for a in archive.articles
        ],
        "actors": [
            {
                "id": i,
                "name": {k: archive.data.actors[i].name.get(k) for k in ("en", "fr", "ar")},
                "wikidata": archive.data.actors[i].wikidata,
            }
            for i in used_actors
        ],
        "meetings": [
            {
                "id": m.id,
                "participants": list(m.participants),
                "place": m.place,
                "date": m.date.isoformat() if m.date else None,
                "kind": m.kind,
            }
            for m in sorted(archive.meetings.values(), key=lambda m: m.id)
        ],
        "places": [{"id": p, "name": dict(archive.data.places[p].name)} for p in used_places],
    }
    return json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def articles_csv(archive: Archive) -> str:
    """One row per article, for spreadsheets."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["seed", "path", "lang", "date", "source", "title", "url", "actors", "meetings", "places"])
    for a in archive.articles:
        writer.writerow(
            [
                a.seed,
                a.path,
                a.lang,
                a.date.isoformat() if a.date else "",
                a.source or "",
                a.title,
                a.url or "",
                " ".join(a.actors),
                " ".join(a.meetings),
                " ".join(a.places),
            ]
        )
    return out.getvalue()
