"""One seed through read → clean → extract; the whole seeds folder with a content-hash cache."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import os
import pickle
import re
import traceback
from collections import Counter, defaultdict
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from slugify import slugify

from . import __version__
from .article import Article, Found
from .clean import body_blocks, label_lines, normalize_text
from .data import ArchiveData, load_data
from .errors import InternalError, Problem, SeedError
from .extract.actors import extract_actors, find_unknown_names, with_surnames
from .extract.date import extract_date, invalid_dates
from .extract.language import detect_language
from .extract.meetings import extract_meetings
from .extract.normalize import tokens, word_count
from .extract.places import extract_places
from .extract.shared import resolve_shared
from .extract.source import extract_byline, extract_source, extract_url, outlet_name
from .extract.title import extract_title
from .overrides import Overrides, parse_overrides, split_front_matter
from .read import MAX_BYTES, Decoded, SeedFile, decode_seed, list_seeds, read_seed, seed_stamp

MIN_BODY_WORDS = 40
# Longest URL slug taken from a file name; nested folders can make one too long for a path.
MAX_SLUG_CHARS = 150
# Below this many seeds to extract, worker processes cost more than they save.
MIN_PARALLEL = 200
_PACKAGE = Path(__file__).parent
_QUOTED = re.compile(r'"[^"]*"')
_CODECS = {"cp1252": "Windows-1252", "cp1256": "Windows-1256"}


def slug_of(name: str) -> str:
    """A stable URL slug from the seed's path: it never changes when the title does."""
    return slugify(name.removesuffix(".txt").replace("/", "-"), lowercase=True) or "article"


def _pick(ov: Overrides, key: str, found: Found | None) -> tuple[object, str | None]:
    if ov.has(key):
        return ov.get(key), "front_matter"
    return (found.value, found.where) if found else (None, None)


def _open(seed: SeedFile, data: ArchiveData) -> tuple[Decoded, Overrides, str, int]:
    """Decode and normalise a seed, then split off its front matter: (decoded, overrides, text, first line)."""
    where = f"seeds/{seed.name}"
    decoded = decode_seed(seed)
    text = normalize_text(decoded.text)
    if not text.strip():
        raise SeedError(where, None, "file is empty", "write the headline on the first line, then the article")
    block, rest, first = split_front_matter(text, where)
    ov = parse_overrides(where, block, data)
    if not rest.strip():
        raise SeedError(where, first, "front matter with no article after it", "write the headline, then the article")
    return decoded, ov, rest, first


def _slug(seed: SeedFile, ov: Overrides) -> str:
    slug = str(ov.get("slug") or slug_of(seed.name))
    if len(slug) > MAX_SLUG_CHARS:
        raise SeedError(
            f"seeds/{seed.name}",
            None,
            f"file name makes a {len(slug)}-character URL",
            "shorten the file name or set slug: in front matter",
        )
    return slug


def extract_article(seed: SeedFile, data: ArchiveData, today: dt.date) -> Article:
    """Turn one seed into an Article, or raise the SeedError that explains why not."""
    where = f"seeds/{seed.name}"
    decoded, ov, rest, first = _open(seed, data)
    slug = _slug(seed, ov)
    lang = ov.get("lang") or detect_language(rest, data.function_words)
    if lang is None:
        raise SeedError(
            where, first, "language is neither French nor Arabic", "add 'lang: fr' or 'lang: ar' in front matter"
        )
    lines = label_lines(rest, lang, data, first)
    # The people it names in full may go by a bare surname further on (actors.yaml surnames).
    data = with_surnames(lines, data, lang)
    title_found = extract_title(lines)
    title, _ = _pick(ov, "title", title_found)
    if not title:
        raise SeedError(where, first, "no headline found", "put the headline on the first line")
    body = body_blocks(lines)
    if not body:
        title_line = next((line.no for line in lines if line.role == "title"), first)
        raise SeedError(where, title_line, "headline with no body", "add the article's paragraphs under the headline")
    url, _ = _pick(ov, "url", extract_url(lines, data))
    date_found = extract_date(lines, data.rules[lang].dates, str(url) if url else None, today)
    date, date_source = _pick(ov, "date", date_found)
    source_found = None if ov.has("source") else extract_source(lines, str(url) if url else None, data)
    source, source_id = (ov.get("source"), None) if ov.has("source") else outlet_name(source_found, data)
    byline, _ = _pick(ov, "byline", extract_byline(lines, data))
    actors = ov.get("actors") if ov.has("actors") else extract_actors(lines, data, lang)
    places = ov.get("places") if ov.has("places") else extract_places(lines, data, lang)
    mentions = ov.get("meetings") if ov.has("meetings") else extract_meetings(lines, data, lang, date)  # type: ignore[arg-type]
    # A bare name two people go by is read as the one named in full; a curator's list stays as written.
    extracted = () if ov.has("meetings") else tuple(mentions)
    resolved_actors, resolved_mentions = resolve_shared(lines, tuple(actors), extracted, data, lang)
    actors = actors if ov.has("actors") else resolved_actors
    mentions = mentions if ov.has("meetings") else resolved_mentions
    warnings = _encoding_notes(where, decoded) + _warnings(where, lines, lang, data, date, body)
    if title_found and title_found.rule == "first_sentence" and not ov.has("title"):
        warnings.insert(0, _no_headline(where, title_found.line))
    if source_found and source_found.rule == "url_site":
        warnings.append(
            Problem(
                where,
                None,
                f'the outlet of "{source}" is not in outlets.yaml (the address names it)',
                f"add it to generator/data/outlets.yaml with its name and the domain {source}",
            )
        )
    article = Article(
        seed=seed.name,
        slug=slug,
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
        redirect_from=tuple(ov.get("redirect_from") or ()),
    )
    # Computed here so the extraction cache keeps it: a rebuild does not re-tokenize bodies.
    return dataclasses.replace(article, fingerprint=fingerprint(article))


def read_article(seed: SeedFile, data: ArchiveData, today: dt.date) -> Article | SeedError:
    """extract_article, with any failure returned as that seed's error: one seed never stops the build."""
    try:
        return extract_article(seed, data, today)
    except SeedError as exc:
        return exc
    except Exception as exc:  # a bug met on one seed is reported against it, the others go on
        frames = traceback.extract_tb(exc.__traceback__)
        ours = [f for f in frames if Path(f.filename).is_relative_to(_PACKAGE)] or frames
        detail = f"{type(exc).__name__}: {exc}"[:200]
        return InternalError(
            f"seeds/{seed.name}",
            None,
            f"internal error while reading this seed: {detail} (at {Path(ours[-1].filename).name}:{ours[-1].lineno})",
            "please report it, with the seed attached",
        )


def _encoding_notes(where: str, decoded: Decoded) -> list[Problem]:
    if not decoded.codec.startswith("utf-8+"):
        return []
    legacy = _CODECS.get(decoded.codec.removeprefix("utf-8+"), decoded.codec)
    return [
        Problem(where, decoded.stray_line, f"bytes that are not UTF-8 (read as {legacy})", "re-save the file as UTF-8")
    ]


def _no_headline(where: str, line: int | None) -> Problem:
    return Problem(
        where,
        line,
        "no headline: the page starts with its lead, so the title is the lead's first sentence",
        "put the headline on the first line, or set title: in front matter",
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
    words = sum(word_count(b.text) for b in body)
    if words < MIN_BODY_WORDS:
        out.append(Problem(where, None, f"body is very short ({words} words)", "check the seed is the whole article"))
    return out


@dataclass
class Generation:
    """What one run over the seeds produced: every seed is an article or an error."""

    articles: list[Article] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    cache_hits: int = 0
    seeds: int = 0
    inputs: str = ""  # digest of every seed's cache key (content, data, code): equal inputs, equal pages

    @property
    def notes(self) -> list[Problem]:
        """Warnings about published articles, in seed order."""
        return [w for a in self.articles for w in a.warnings]


def kind_of(problem: Problem) -> str:
    """The problem without its particulars: 'date "31/02" is not a real day' → 'date "…" is not a real day'."""
    return _QUOTED.sub('"…"', problem.problem).split(" (")[0].strip()


def summarize(problems: Iterable[Problem]) -> str:
    """ "2 × no publication date found, 1 × body is very short", or "none"."""
    kinds = Counter(kind_of(p) for p in problems)
    return ", ".join(f"{n} × {k}" for k, n in sorted(kinds.items())) or "none"


_WORKER_DATA: ArchiveData | None = None


def _work(args: tuple[SeedFile, str, dt.date]) -> Article | SeedError:
    global _WORKER_DATA
    seed, data_dir, today = args
    if _WORKER_DATA is None:
        _WORKER_DATA = load_data(Path(data_dir))
    return read_article(seed, _WORKER_DATA, today)


@functools.cache
def _code_digest() -> str:
    """A hash of the generator's own source, so a changed rule never serves stale cached results."""
    sha = hashlib.sha256(__version__.encode())
    for path in sorted(_PACKAGE.rglob("*.py")):
        sha.update(path.read_bytes())
    return sha.hexdigest()


def _cache_key(content: str, name: str, data: ArchiveData, today: dt.date) -> str:
    """The key of one seed's outcome: its bytes' digest (content), its name, the data, the code, the day."""
    key = f"{content}\0{name}\0{data.digest}\0{_code_digest()}\0{today.isoformat()}"
    return hashlib.sha256(key.encode()).hexdigest()


# A seed's name → (its file's seed_stamp, the sha256 of its bytes) when it was last read.
Stamps = dict[str, tuple[tuple[int, ...], str]]


@dataclass
class _Cache:
    """What the last run left: each outcome by its _cache_key, and what each seed's bytes were."""

    entries: dict[str, Article | SeedError] = field(default_factory=dict)
    stamps: Stamps = field(default_factory=dict)


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
    stamps: Stamps = {}
    named, unusable = list_seeds(seeds_dir)
    result.seeds = len(named) + len(unusable)
    result.errors += [e.finding for e in unusable]
    for name, path in named:
        # A file the file system shows unchanged is not read again: its bytes' digest is known.
        stamp = seed_stamp(path)
        known = cache.stamps.get(name)
        if stamp is not None and known is not None and known[0] == stamp and stamp[0] <= max_bytes:
            key = _cache_key(known[1], name, data, today)
            if key in cache.entries:
                done[key] = cache.entries[key]
                stamps[name] = known
                result.cache_hits += 1
                continue
        try:
            seed = read_seed(seeds_dir, path, max_bytes, name)
        except SeedError as exc:
            result.errors.append(exc.finding)
            continue
        content = hashlib.sha256(seed.data).hexdigest()
        if stamp is not None:
            stamps[name] = (stamp, content)
        key = _cache_key(content, name, data, today)
        if key in cache.entries:
            done[key] = cache.entries[key]
            result.cache_hits += 1
        else:
            todo.append((key, seed))
    for key, outcome in zip([k for k, _ in todo], _run([s for _, s in todo], data, data_dir, today, jobs), strict=True):
        done[key] = outcome
    articles = sorted((o for o in done.values() if isinstance(o, Article)), key=lambda a: a.seed)
    result.articles, clashes = check_archive(articles)
    result.errors += [o.finding for o in done.values() if isinstance(o, SeedError)] + clashes
    result.errors.sort(key=lambda p: (p.path, p.line or 0))
    result.inputs = hashlib.sha256("\n".join(sorted(done)).encode()).hexdigest()
    if cache_file is not None and (todo or done.keys() != cache.entries.keys() or stamps != cache.stamps):
        entries = {k: v for k, v in done.items() if not isinstance(v, InternalError)}
        _save_cache(cache_file, _Cache(entries, stamps))
    return result


def check_archive(articles: list[Article]) -> tuple[list[Article], list[Problem]]:
    """Checks across seeds: one article per URL, redirects to nowhere else, duplicates noted."""
    kept, errors = _claim_slugs(articles)
    kept, more = _claim_redirects(kept)
    return _note_duplicates(kept), errors + more


def _claim_order(article: Article) -> tuple[bool, str]:
    return (article.slug != slug_of(article.seed), article.seed)


def _claim_slugs(articles: list[Article]) -> tuple[list[Article], list[Problem]]:
    """Each URL goes to one seed: the one whose file name gives it, else the first by name."""
    claims: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        claims[article.slug].append(article)
    owner: dict[str, Article] = {}
    errors: list[Problem] = []
    for slug, claimants in claims.items():
        # Only a contested URL needs the file names' slugs (slugify is a tenth of a cached build).
        first, *others = claimants if len(claimants) == 1 else sorted(claimants, key=_claim_order)
        owner[slug] = first
        for article in others:
            errors.append(
                Problem(
                    f"seeds/{article.seed}",
                    None,
                    f'URL articles/{article.slug}/ is already the page of "seeds/{first.seed}"',
                    "rename this file, or give it another slug: in front matter",
                )
            )
    return sorted(owner.values(), key=lambda a: a.seed), errors


def _claim_redirects(articles: list[Article]) -> tuple[list[Article], list[Problem]]:
    """An old slug may redirect to one article, and never hide a live page."""
    live = {a.slug: a for a in articles}
    claimed: dict[str, Article] = {}
    kept: list[Article] = []
    errors: list[Problem] = []
    for article in articles:
        clash = next((r for r in article.redirect_from if r in live or r in claimed), None)
        if clash is None:
            claimed.update(dict.fromkeys(article.redirect_from, article))
            kept.append(article)
            continue
        other = live.get(clash) or claimed[clash]
        what = "the URL of" if clash in live else "already redirected to"
        errors.append(
            Problem(
                f"seeds/{article.seed}",
                None,
                f'redirect_from "{clash}" is {what} "seeds/{other.seed}"',
                "remove it from redirect_from",
            )
        )
    return kept, errors


def fingerprint(article: Article) -> str:
    """The body's words, folded: the same text with other spacing, case or punctuation matches."""
    words = " ".join(" ".join(tokens(block.text)) for block in article.body)
    return hashlib.sha256(words.encode()).hexdigest()


def _note_duplicates(articles: list[Article]) -> list[Article]:
    """Two seeds with the same body (a file committed twice, one wire story from two outlets)."""
    groups: dict[str, list[str]] = defaultdict(list)
    prints = {article.seed: article.fingerprint or fingerprint(article) for article in articles}
    for article in articles:
        groups[prints[article.seed]].append(article.seed)
    out = []
    for article in articles:
        others = [s for s in groups[prints[article.seed]] if s != article.seed]
        notes = [
            Problem(
                f"seeds/{article.seed}",
                None,
                f'same article text as "seeds/{other}"',
                "delete the copy, or keep both if two outlets ran the same story",
            )
            for other in others
        ]
        out.append(dataclasses.replace(article, warnings=(*article.warnings, *notes)) if notes else article)
    return out


def _run(
    seeds: list[SeedFile], data: ArchiveData, data_dir: Path, today: dt.date, jobs: int | None
) -> Iterable[Article | SeedError]:
    jobs = jobs if jobs is not None else min(os.cpu_count() or 1, 4)
    if jobs > 1 and len(seeds) >= MIN_PARALLEL:
        try:
            with ProcessPoolExecutor(max_workers=jobs) as pool:
                return list(pool.map(_work, [(s, str(data_dir), today) for s in seeds], chunksize=64))
        except (BrokenProcessPool, OSError):  # no worker processes here (sandbox, killed worker): go on serially
            pass
    return [read_article(seed, data, today) for seed in seeds]


def _load_cache(path: Path | None) -> _Cache:
    if path is None or not path.exists():
        return _Cache()
    try:
        with path.open("rb") as fh:
            cache = pickle.load(fh)
        return cache if isinstance(cache, _Cache) else _Cache()
    except Exception:  # a stale or truncated cache is simply rebuilt
        return _Cache()


def _save_cache(path: Path, cache: _Cache) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with tmp.open("wb") as fh:
        pickle.dump(cache, fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)
