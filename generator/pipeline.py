"""One seed through read → clean → extract; the whole seeds folder with a content-hash cache."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import pickle
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from slugify import slugify

from . import __version__
from .article import Article, Found
from .clean import body_blocks, label_lines, normalize_text
from .data import ArchiveData, load_data
from .errors import Problem, SeedError
from .extract.actors import extract_actors, find_unknown_names
from .extract.date import extract_date, invalid_dates
from .extract.language import detect_language
from .extract.meetings import extract_meetings
from .extract.places import extract_places
from .extract.source import extract_byline, extract_source, extract_url, outlet_name
from .extract.title import extract_title
from .overrides import Overrides, parse_overrides, split_front_matter
from .read import MAX_BYTES, SeedFile, decode, iter_seeds

MIN_BODY_WORDS = 40


def slug_of(name: str) -> str:
    """A stable URL slug from the seed's path: it never changes when the title does."""
    return slugify(name.removesuffix(".txt").replace("/", "-"), lowercase=True) or "article"


def _pick(ov: Overrides, key: str, found: Found | None) -> tuple[object, str | None]:
    if ov.has(key):
        return ov.get(key), "front_matter"
    return (found.value, found.where) if found else (None, None)


def extract_article(seed: SeedFile, data: ArchiveData, today: dt.date) -> Article:
    """Turn one seed into an Article, or raise the SeedError that explains why not."""
    where = f"seeds/{seed.name}"
    text = normalize_text(decode(seed))
    if not text.strip():
        raise SeedError(where, 1, "file is empty", "write the headline on the first line, then the article")
    block, rest, first = split_front_matter(text)
    ov = parse_overrides(where, block, data)
    lang = ov.get("lang") or detect_language(rest, data.function_words)
    if lang is None:
        raise SeedError(
            where, first, "language is neither French nor Arabic", "add 'lang: fr' or 'lang: ar' in front matter"
        )
    lines = label_lines(rest, lang, data, first)
    title, _ = _pick(ov, "title", extract_title(lines))
    if not title:
        raise SeedError(where, first, "no headline found", "put the headline on the first line")
    body = body_blocks(lines)
    if not body:
        raise SeedError(where, first, "headline with no body", "add the article's paragraphs under the headline")
    url, _ = _pick(ov, "url", extract_url(lines))
    date_found = extract_date(lines, data.rules[lang].dates, str(url) if url else None, today)
    date, date_source = _pick(ov, "date", date_found)
    if ov.has("source"):
        source, source_id = ov.get("source"), None
    else:
        source, source_id = outlet_name(extract_source(lines, str(url) if url else None, data), data)
    byline, _ = _pick(ov, "byline", extract_byline(lines))
    actors = ov.get("actors") if ov.has("actors") else extract_actors(lines, data, lang)
    places = ov.get("places") if ov.has("places") else extract_places(lines, data, lang)
    mentions = ov.get("meetings") if ov.has("meetings") else extract_meetings(lines, data, lang, date)  # type: ignore[arg-type]
    warnings = _warnings(where, lines, lang, data, date, body)
    return Article(
        seed=seed.name,
        slug=str(ov.get("slug") or slug_of(seed.name)),
        checksum="sha256:" + hashlib.sha256(seed.data).hexdigest(),
        title=str(title),
        lang=str(lang),
        body=body,
        date=date,  # type: ignore[arg-type]
        date_source=date_source,
        source=source,  # type: ignore[arg-type]
        source_id=source_id,
        url=url,  # type: ignore[arg-type]
        byline=byline,  # type: ignore[arg-type]
        actors=tuple(actors),
        places=tuple(places),
        mentions=tuple(mentions),
        warnings=tuple(warnings),
    )


def _warnings(where: str, lines: tuple, lang: str, data: ArchiveData, date: object, body: tuple) -> list[Problem]:
    out = [
        Problem(where, line.no, f'date "{raw}" is not a real day', "correct the seed or set date: in front matter")
        for line, raw in invalid_dates(lines, data.rules[lang].dates)
    ]
    if date is None:
        out.append(
            Problem(where, None, "no publication date found", "add 'date: YYYY-MM-DD' in front matter if you know it")
        )
    for no, name in find_unknown_names(lines, data, lang):
        out.append(
            Problem(
                where,
                no,
                f'"{name}" looks like a person but is not in actors.yaml',
                "add the person to generator/data/actors.yaml",
            )
        )
    words = sum(len(b.text.split()) for b in body)
    if words < MIN_BODY_WORDS:
        out.append(Problem(where, None, f"body is very short ({words} words)", "check the seed is the whole article"))
    return out


@dataclass
class Generation:
    """What one run over the seeds produced."""

    articles: list[Article] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    cache_hits: int = 0
    seeds: int = 0


_WORKER_DATA: ArchiveData | None = None


def _work(args: tuple[SeedFile, str, dt.date]) -> Article | SeedError:
    global _WORKER_DATA
    seed, data_dir, today = args
    if _WORKER_DATA is None:
        _WORKER_DATA = load_data(Path(data_dir))
    try:
        return extract_article(seed, _WORKER_DATA, today)
    except SeedError as exc:
        return exc


def _cache_key(seed: SeedFile, data: ArchiveData, today: dt.date) -> str:
    sha = hashlib.sha256(seed.data)
    sha.update(f"\0{seed.name}\0{data.digest}\0{__version__}\0{today.isoformat()}".encode())
    return sha.hexdigest()


def generate(
    seeds_dir: Path,
    data: ArchiveData,
    data_dir: Path,
    cache_file: Path | None = None,
    today: dt.date | None = None,
    max_bytes: int = MAX_BYTES,
    jobs: int | None = None,
) -> Generation:
    """Extract every seed, reusing cached results for unchanged ones; errors are collected, not raised."""
    today = today or dt.date.today()
    cache = _load_cache(cache_file)
    result = Generation()
    todo: list[tuple[str, SeedFile]] = []
    done: dict[str, Article | SeedError] = {}
    for item in iter_seeds(seeds_dir, max_bytes):
        result.seeds += 1
        if isinstance(item, SeedError):
            result.errors.append(item.finding)
            continue
        key = _cache_key(item, data, today)
        if key in cache:
            done[key] = cache[key]
            result.cache_hits += 1
        else:
            todo.append((key, item))
    for key, outcome in zip([k for k, _ in todo], _run([s for _, s in todo], data, data_dir, today, jobs), strict=True):
        done[key] = outcome
    for outcome in done.values():
        if isinstance(outcome, SeedError):
            result.errors.append(outcome.finding)
        else:
            result.articles.append(outcome)
    result.errors.sort(key=lambda p: (p.path, p.line or 0))
    if cache_file is not None:
        _save_cache(cache_file, done)
    return result


def _run(
    seeds: list[SeedFile], data: ArchiveData, data_dir: Path, today: dt.date, jobs: int | None
) -> Iterable[Article | SeedError]:
    jobs = jobs if jobs is not None else min(os.cpu_count() or 1, 4)
    if jobs <= 1 or len(seeds) < 200:
        out: list[Article | SeedError] = []
        for seed in seeds:
            try:
                out.append(extract_article(seed, data, today))
            except SeedError as exc:
                out.append(exc)
        return out
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(_work, [(s, str(data_dir), today) for s in seeds], chunksize=64))


def _load_cache(path: Path | None) -> dict[str, Article | SeedError]:
    if path is None or not path.exists():
        return {}
    try:
        with path.open("rb") as fh:
            cache = pickle.load(fh)
        return cache if isinstance(cache, dict) else {}
    except Exception:  # a stale or truncated cache is simply rebuilt
        return {}


def _save_cache(path: Path, entries: dict[str, Article | SeedError]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with tmp.open("wb") as fh:
        pickle.dump(entries, fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)
