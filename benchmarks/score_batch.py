"""Extraction quality on a folder of real articles with hand-written gold, for rule work.

    .venv/bin/python -m benchmarks.score_batch DIR [-v]

DIR holds `<name>.txt` (a page's text as scraped) and `<name>.yaml`, its gold:

    title: the headline, or null          date: YYYY-MM-DD the page shows, or null
    meetings:                             # every meeting the article reports
      - participants: [actor id, or "NEW:Full Name" for someone not in actors.yaml]
        date: YYYY-MM-DD or null          place: city or null
        evidence: the sentence
    body_first: first sentence of the body    body_last: its last sentence
    furniture: [lines of the page that are not the article]

Meetings are compared by their set of participants: found, false (extracted, not in the gold)
and missed; a gold meeting with someone the gazetteer lacks is counted apart, unless the
gazetteer has come to know the name. Kept out of the repository: the batches themselves, copies
of pages. Run it as a module (-m) from the checkout whose code is to be scored: as a script, it
would import the package the virtual environment installs, whatever the folder.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import unicodedata
from pathlib import Path

import yaml
from slugify import slugify

from generator.data import DATA_DIR, ArchiveData, load_data
from generator.errors import SeedError
from generator.extract.match import whole_phrase
from generator.pipeline import read_article
from generator.read import SeedFile

FIELDS = ("found", "false", "missed", "unknown", "title", "titles", "date", "dates", "kept", "furniture")


def _norm(text: object) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", str(text or ""))).strip()


def _participants(meeting: dict, data: ArchiveData) -> frozenset[str]:
    """The gold's people as actor ids: someone written "NEW:Full Name" whom the gazetteer has come
    to know since (by the id the name makes, or by the name as one of the gazetteer's forms) is
    that actor."""
    return frozenset(_known(str(p), data) for p in meeting["participants"])


def _known(person: str, data: ArchiveData) -> str:
    if not person.startswith("NEW:"):
        return person
    name = person[4:]
    if slugify(name) in data.actors:
        return slugify(name)
    return whole_phrase(name, data.actor_index) or person


def score(txt: Path, gold: dict, data: ArchiveData, totals: dict[str, int]) -> list[str]:
    """The article's differences from its gold, and its counts added to totals."""
    article = read_article(SeedFile(txt.name, txt.read_bytes()), data, dt.date.today())
    if isinstance(article, SeedError):
        return [f"  ERROR {article}"]
    out = []
    for field, got in (("title", article.title), ("date", article.date)):
        if gold.get(field):
            totals[f"{field}s"] += 1
            if _norm(got) == _norm(gold[field]):
                totals[field] += 1
            else:
                out.append(f"  {field.upper()} {got!r}, want {gold[field]!r}")
    wanted = {}
    for meeting in gold.get("meetings") or []:
        people = _participants(meeting, data)
        if any(p.startswith("NEW:") for p in people):
            totals["unknown"] += 1
        else:
            wanted[people] = meeting
    got = {frozenset(m.participants): m for m in reversed(article.mentions)}
    for people, meeting in wanted.items():
        if people in got:
            totals["found"] += 1
        else:
            totals["missed"] += 1
            out.append(f"  MISSED {sorted(people)}: {_norm(meeting.get('evidence'))[:160]}")
    for people, mention in got.items():
        if people not in wanted:
            totals["false"] += 1
            out.append(f"  FALSE {sorted(people)} (line {mention.line})")
    body = [_norm(block.text) for block in article.body]
    for line in map(_norm, gold.get("furniture") or []):
        totals["furniture"] += 1
        if line and any(text == line or (len(line) > 25 and line in text) for text in body):
            totals["kept"] += 1
            out.append(f"  FURNITURE kept: {line[:100]}")
    return out


def main(argv: list[str]) -> int:
    folder, verbose = Path(argv[0]), "-v" in argv
    data = load_data(DATA_DIR)
    totals = dict.fromkeys(FIELDS, 0)
    for path in sorted(folder.glob("*.yaml")):
        lines = score(path.with_suffix(".txt"), yaml.safe_load(path.read_text(encoding="utf-8")), data, totals)
        if lines or verbose:
            print("\n".join([f"== {path.stem}", *lines]))
    print(
        "meetings found/false/missed {found}/{false}/{missed} (+{unknown} with people not in the gazetteer); "
        "headlines {title}/{titles}; dates {date}/{dates}; furniture left in the body {kept}/{furniture}".format(
            **totals
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
