"""The pipeline's guarantees: every seed is a page or an error, errors name their line, output is stable."""

from __future__ import annotations

import datetime as dt
import os
import unicodedata
from pathlib import Path

import pytest
import yaml

from generator import pipeline
from generator.archive import Archive
from generator.data import DATA_DIR, ArchiveData
from generator.errors import InternalError, SeedError
from generator.pages import build_pages
from generator.pipeline import Generation, fingerprint, generate, slug_of, summarize
from generator.read import SeedFile
from generator.ui import load_ui
from generator.write import write_atomic, write_pages
from tests.conftest import TODAY
from tests.helpers import AR_BODY, FR_BODY, article_from

HOSTILE = Path(__file__).parent / "fixtures" / "hostile"
TITLE = "Lavrov et Kerry se rencontrent à Genève"


def _seed(front: str = "", title: str = TITLE, body: str = FR_BODY) -> str:
    return f"{front}{title}\n\n{body}\n"


def _run(tmp_path: Path, data: ArchiveData, seeds: dict[str, str | bytes], **kw: object) -> Generation:
    root = tmp_path / "seeds"
    for name, content in seeds.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    root.mkdir(exist_ok=True)
    return generate(root, data, DATA_DIR, today=TODAY, jobs=1, **kw)  # type: ignore[arg-type]


def _pages(result: Generation, data: ArchiveData) -> dict[str, str]:
    return build_pages(Archive(result.articles, data), load_ui(DATA_DIR))


# --- text normalisation, seen through the whole pipeline ---------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param(_seed().replace("\n", "\r\n"), id="crlf"),
        pytest.param(_seed().replace("\n", "\r"), id="lone-cr"),
        pytest.param(unicodedata.normalize("NFD", _seed()), id="nfd"),
        pytest.param(
            _seed(title="Lavrov\u200b et Kerry\u200f se rencontrent\u2066 à\u202e Genève\ufeff"), id="invisible"
        ),
        pytest.param("\ufeff" + _seed(title="Lavrov et\u00a0Kerry se\u2009rencontrent à Genève"), id="bom-and-spaces"),
    ],
)
def test_text_is_normalised(raw: str, data: ArchiveData) -> None:
    article = article_from(raw, data)
    assert article.title == unicodedata.normalize("NFC", TITLE)
    assert "\r" not in "".join(b.text for b in article.body)
    assert [b.text for b in article.body] == [unicodedata.normalize("NFC", FR_BODY)]


@pytest.mark.parametrize(
    "lead",
    [
        pytest.param(f"Kofi Annan a rencontré dimanche Bachar al-Assad à Damas. {FR_BODY}", id="fr"),
        pytest.param(f"التقى كوفي أنان الرئيس بشار الأسد في دمشق اليوم. {AR_BODY}", id="ar"),
        pytest.param(
            "L'Iran et les États-Unis, qui ont entamé samedi des pourparlers sur le nucléaire, ont peu de temps pour "
            "parvenir à un accord, a déclaré mercredi à Téhéran le directeur général de l'agence. Il reste optimiste.",
            id="fr-shorter-lead-with-its-full-stop",
        ),
        pytest.param(
            "أطلع الرئيس الروسي فلاديمير بوتين الرئيس عبد الفتاح السيسي على نتائج الزيارة التي أجراها الرئيس السوري "
            "بشار الأسد إلى موسكو. وتناول الاتصال العلاقات الثنائية.",
            id="ar-a-lead-of-twenty-words-with-its-full-stop",
        ),
    ],
)
def test_a_page_that_starts_with_its_lead_keeps_it(lead: str, data: ArchiveData) -> None:
    """No headline: the lead is not taken for one (it stays in the body), the title is its first
    sentence, and the curator is told."""
    article = article_from(f"{lead}\n", data)
    assert [b.text for b in article.body] == [lead]
    assert article.title == lead.split(". ")[0] + "."
    assert article.warnings[0].problem.startswith("no headline") and article.warnings[0].line == 1


def test_a_leads_bracketed_dateline_is_not_its_title(data: ArchiveData) -> None:
    lead = (
        "(Ouagadougou, 10 mai 2023). Le Président ghanéen Nana Akufo-Addo est arrivé ce mercredi après-midi dans la "
        "capitale burkinabè pour une visite d'amitié et de travail. Il a été accueilli à l'aéroport."
    )
    article = article_from(f"{lead}\n{FR_BODY}\n", data)
    assert article.title.startswith("Le Président ghanéen Nana Akufo-Addo est arrivé")
    assert article.body[0].text == lead


def test_a_first_line_longer_than_any_headline_is_the_lead(data: ArchiveData) -> None:
    """Thirty-odd words with no full stop (a capture that starts inside the article): a lead, kept
    in the body; the development articles' longest headline has 24 words."""
    lead = (
        "وأفادت وكالة مهر للأنباء أن الجولة السابعة من محادثات استانا بدأت صباح اليوم في العاصمة الكازاخية "
        "بحضور جميع الوفود المشاركة، حيث قالت مصادر كازاخية قريبة من المباحثات أنه من المتوقع التوصل لاتفاق حول "
        "إطلاق سراح السجناء"
    )
    article = article_from(f"{lead}\n{AR_BODY}\n", data)
    assert [b.text for b in article.body] == [lead, AR_BODY]
    assert article.warnings[0].problem.startswith("no headline")


@pytest.mark.parametrize(
    ("lead", "footer", "headline"),
    [
        pytest.param(
            "Le ministre algérien des Affaires étrangères, Ramtane Lamamra, a annoncé mardi que son pays accueillera la "
            "réunion des pays voisins de la Libye. Il s'est exprimé devant la presse.",
            "L’article L'Algérie accueille la réunion des voisins de la Libye est apparu en premier sur Libya News.",
            "L'Algérie accueille la réunion des voisins de la Libye",
            id="fr",
        ),
        pytest.param(
            "أعلن وزير الخارجية الجزائري رمطان لعمامرة الثلاثاء أن بلاده ستحتضن اجتماع دول جوار ليبيا. وأضاف أن الاجتماع "
            "سيعقد في الثامن من مايو.",
            "التدوينة الجزائر تحتضن اجتماع دول جوار ليبيا ظهرت أولاً على ليبيا الخبر.",
            "الجزائر تحتضن اجتماع دول جوار ليبيا",
            id="ar",
        ),
        pytest.param(
            "Le ministre algérien des Affaires étrangères, Ramtane Lamamra, a annoncé mardi que son pays accueillera la "
            "réunion des pays voisins de la Libye. Il s'est exprimé devant la presse.",
            "The post L'Algérie accueille la réunion des voisins de la Libye appeared first on Libya News.",
            "L'Algérie accueille la réunion des voisins de la Libye",
            id="fr-english-feed",
        ),
    ],
)
def test_a_feeds_note_under_a_reposted_article_gives_its_headline(
    lead: str, footer: str, headline: str, data: ArchiveData
) -> None:
    """A page copied from a feed, with no headline at the top: the feed's note under it ("The post
    … appeared first on …") gives the headline, and is no part of the body."""
    body = AR_BODY if footer.startswith("ال") else FR_BODY
    article = article_from(f"{lead}\n{body}\n{footer}\n", data)
    assert article.title == headline
    assert [b.text for b in article.body] == [lead, body]
    assert not any(w.problem.startswith("no headline") for w in article.warnings)


def test_a_feeds_note_leaves_the_headline_on_top_alone(data: ArchiveData) -> None:
    footer = "The post Another headline appeared first on Libya News."
    article = article_from(f"Lamamra reçoit Messahel à Alger\n{FR_BODY}\n{footer}\n", data)
    assert article.title == "Lamamra reçoit Messahel à Alger"
    assert [b.text for b in article.body] == [FR_BODY]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            f"تجاوز إلى المحتوى الرئيسي\nL’Envoyé de l’ONU entame sa visite depuis Alger\nنشر في\n{FR_BODY}\n",
            "fr",
            id="a-french-article-under-the-sites-arabic-menu",
        ),
        pytest.param(
            "عنوان المقال عن سوريا اليوم\nSyrian President Bashar al-Assad receives the Russian delegation in the "
            "capital Damascus on Monday, 24 December 2012, in a photo released by the presidency\n"
            f"{AR_BODY}\nThe Russian delegation, led by the deputy foreign minister Mikhail Bogdanov, arrives at the "
            "presidential palace in Damascus for talks with the Syrian leadership on the political settlement of the "
            "crisis and the humanitarian situation in the besieged towns, in a photo handed out by the agency\n",
            "ar",
            id="an-arabic-article-with-a-long-english-caption",
        ),
    ],
)
def test_the_articles_script_not_the_sites_is_its_language(text: str, lang: str, data: ArchiveData) -> None:
    assert article_from(text, data).lang == lang


# --- rejected seeds --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "line", "problem"),
    [
        pytest.param(b"", None, "file is empty", id="empty"),
        pytest.param(" \n\t\r\n\u200b\u00a0\n".encode(), None, "file is empty", id="whitespace"),
        pytest.param(b"\n\nLavrov et Kerry se rencontrent\n", 3, "headline with no body", id="title-only"),
        pytest.param(b"---\ndate: 2016-01-01\n---\n\n", 4, "front matter with no article", id="front-matter-only"),
        pytest.param(b"\x00\x01PK\x03\x04", None, "binary file", id="binary"),
        pytest.param(
            b"Lavrov and Kerry meet\n\nThe ministers met in Geneva on Friday to discuss the war in Syria and aid.\n",
            1,
            "neither French nor Arabic",
            id="english",
        ),
    ],
)
def test_rejected_seed(raw: bytes, line: int | None, problem: str, data: ArchiveData) -> None:
    with pytest.raises(SeedError) as info:
        pipeline.extract_article(SeedFile("x.txt", raw), data, TODAY)
    assert (info.value.finding.path, info.value.finding.line) == ("seeds/x.txt", line)
    assert problem in info.value.finding.problem


# --- front matter: each problem at the line of its key ------------------------------------

FRONT_MATTER_ERRORS = [
    ("---\ndate: 2016-01-01\nsource: AFP\ndates: 2016-01-02\n---\n", 4, "unknown front-matter key 'dates'"),
    ("---\ndate: 2016-01-01\nsource: AFP\ndate: 2016-01-02\n---\n", 4, "key 'date' is given twice"),
    ("---\nsource: AFP\ndate: 2016-02-31\n---\n", 3, 'date "2016-02-31" is not a real day'),
    ("---\nsource: AFP\ndate: 24/03/2016\n---\n", 3, "not written YYYY-MM-DD"),
    ("---\ndate: 0016-03-24\n---\n", 2, "outside 1900–2100"),
    ("---\nactors: [john-kerry, nobody]\n---\n", 2, 'actor "nobody" is not in actors.yaml'),
    ("---\nsource: AFP\nactors:\n  - john-kerry\n  - jon-kerry\n---\n", 5, 'actor "jon-kerry"'),
    ("---\nplaces: [genevaa]\n---\n", 2, 'place "genevaa" is not in places.yaml'),
    (
        "---\nmeetings:\n  - participants: [john-kerry, sergei-lavrov]\n    place: geneva\n    kind: dinner\n---\n",
        5,
        'meeting kind "dinner" is unknown',
    ),
    (
        "---\nmeetings:\n  - participants: [john-kerry, sergei-lavrov]\n    plase: geneva\n---\n",
        4,
        "unknown meeting key 'plase'",
    ),
    ("---\nmeetings:\n  - participants: [john-kerry]\n---\n", 3, "two or more participants"),
    ("---\nmeetings: geneva\n---\n", 2, "'meetings' must be a list"),
    ("---\nsource: AFP\nlang: en\n---\n", 3, "lang 'en' is not supported"),
    ("---\nslug: Lavrov_Kerry\n---\n", 2, "slug 'Lavrov_Kerry' is not lowercase-kebab-case"),
    ("---\nredirect_from:\n  - ok-slug\n  - Not OK\n---\n", 4, "slug 'Not OK'"),
    ("---\nurl: javascript:alert(1)\n---\n", 2, "url must be one http:// or https:// address"),
    ('---\nurl: https://example.org/" onclick="x\n---\n', 2, "url must be one"),
    ("---\ntitle: [a, b]\n---\n", 2, "'title' must be text"),
    ("---\nsource: AFP\ntitle: ''\n---\n", 3, "'title' is empty"),
    ("---\nsource: AFP\ntitle: [unclosed\n---\n", 3, "not valid YAML"),
    ("---\ndate: 2016-01-01\ntitle: Kerry: oui\n---\n", 3, "not valid YAML"),
    ("---\n- date\n- source\n---\n", 2, "must be key: value lines"),
    ("\n\n---\nsource: AFP\nsorce: AFP\n---\n", 5, "did you mean 'source'"),
    ("---\ndate: 2016-01-01\n", 1, "never closed"),
    ("---\nsource: !!python/object/apply:os.system [echo PWNED]\n---\n", 2, "not valid YAML"),
]


@pytest.mark.parametrize(
    ("front", "line", "problem"), FRONT_MATTER_ERRORS, ids=[case[2][:40] for case in FRONT_MATTER_ERRORS]
)
def test_front_matter_error_names_its_line(front: str, line: int, problem: str, data: ArchiveData) -> None:
    with pytest.raises(SeedError) as info:
        article_from(_seed(front), data)
    assert info.value.finding.line == line, str(info.value)
    assert problem in str(info.value)
    assert str(info.value).startswith(f"seeds/t.txt:{line}: ")


def test_front_matter_title_round_trips(data: ArchiveData) -> None:
    title = "Kerry: \"Non\" --- 'oui' # pas un commentaire {a: b} [x] & *alias !tag | > % @ `"
    quoted = '"' + title.replace("\\", "\\\\").replace('"', '\\"') + '"'
    article = article_from(_seed(f"---\ntitle: {quoted}\ndate: 2016-03-24\n---\n"), data)
    assert article.title == title
    assert article.date == dt.date(2016, 3, 24)
    page = _pages(Generation([article]), data)[f"articles/{article.slug}.md"]
    assert yaml.safe_load(page.split("---\n")[1])["title"] == title


def test_front_matter_values(data: ArchiveData) -> None:
    front = (
        "---\ntitle: |\n  Deux\n  lignes\nactors: john-kerry\nslug: kerry-geneve\n"
        "redirect_from: [ancien-nom, ancien-nom, autre]\ndate: !!timestamp 2016-03-24 10:00:00\n---\n"
    )
    article = article_from(_seed(front), data, "2016/fichier.txt")
    assert article.title == "Deux lignes"
    assert article.actors == ("john-kerry",)
    assert (article.slug, article.redirect_from) == ("kerry-geneve", ("ancien-nom", "autre"))
    assert article.date == dt.date(2016, 3, 24)


def test_body_lines_count_from_the_top_of_the_file(data: ArchiveData) -> None:
    article = article_from(_seed("---\nsource: AFP\n---\n", body="Publié le 31 février 2016\n\n" + FR_BODY), data)
    [note] = [w for w in article.warnings if "not a real day" in w.problem]
    assert note.line == 6


def test_slug_comes_from_the_file_name_never_the_title(data: ArchiveData) -> None:
    article = article_from(_seed(), data, "2016/Lavrov Kerry.txt")
    assert article.slug == slug_of("2016/Lavrov Kerry.txt") == "2016-lavrov-kerry"
    renamed = article_from(_seed(title="Un tout autre titre pour la même dépêche"), data, "2016/Lavrov Kerry.txt")
    assert renamed.slug == article.slug


def test_too_long_a_url_is_refused(data: ArchiveData) -> None:
    with pytest.raises(SeedError, match="character URL"):
        article_from(_seed(), data, "/".join(["dossier-tres-long-" * 3] * 4) + ".txt")


# --- one bad seed never stops the others ---------------------------------------------------


def test_internal_error_is_reported_against_its_seed(
    tmp_path: Path, data: ArchiveData, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = pipeline.extract_title

    def flaky(lines):  # type: ignore[no-untyped-def]
        if any("boom" in line.text for line in lines):
            raise KeyError("boom")
        return real(lines)

    monkeypatch.setattr(pipeline, "extract_title", flaky)
    cache = tmp_path / "cache.pickle"
    seeds = {"ok.txt": _seed(), "bad.txt": _seed(title="Lavrov et Kerry boom à Genève")}
    result = _run(tmp_path, data, seeds, cache_file=cache)
    assert [a.seed for a in result.articles] == ["ok.txt"]
    [error] = result.errors
    assert error.path == "seeds/bad.txt"
    assert error.problem.startswith("internal error while reading this seed: KeyError: 'boom'")
    assert "please report it" in str(error)
    again = generate(tmp_path / "seeds", data, DATA_DIR, cache, today=TODAY, jobs=1)
    assert again.cache_hits == 1, "a bug's result must not be cached"


def test_read_article_catches_only_exceptions(data: ArchiveData, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "decode_seed", lambda seed: (_ for _ in ()).throw(RecursionError("deep")))
    outcome = pipeline.read_article(SeedFile("x.txt", b"x"), data, TODAY)
    assert isinstance(outcome, InternalError)
    monkeypatch.setattr(pipeline, "decode_seed", lambda seed: (_ for _ in ()).throw(KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt):
        pipeline.read_article(SeedFile("x.txt", b"x"), data, TODAY)


def test_every_seed_is_a_page_or_an_error(data: ArchiveData) -> None:
    result = generate(HOSTILE, data, DATA_DIR, today=TODAY, jobs=1)
    files = sorted(p.relative_to(HOSTILE).as_posix() for p in HOSTILE.rglob("*") if not p.name.startswith("."))
    files = [f for f in files if not (HOSTILE / f).is_dir()]
    published = [a.seed for a in result.articles]
    rejected = [e.path.removeprefix("seeds/") for e in result.errors]
    assert result.seeds == len(files) == len(published) + len(rejected)
    assert sorted(published + rejected) == files
    assert len(set(rejected)) == len(rejected), "one error per rejected seed"
    assert len(published) == len(set(a.slug for a in result.articles))


# --- across seeds: URLs, redirects, duplicates ----------------------------------------------


def test_same_title_gives_distinct_stable_urls(tmp_path: Path, data: ArchiveData) -> None:
    result = _run(tmp_path, data, {"a.txt": _seed(), "b.txt": _seed(body=FR_BODY + " Bis.")})
    assert [(a.title, a.slug) for a in result.articles] == [(TITLE, "a"), (TITLE, "b")]


def test_url_clash_keeps_the_file_named_seed(tmp_path: Path, data: ArchiveData) -> None:
    seeds = {
        "a.txt": _seed("---\nslug: zeta\n---\n"),
        "zeta.txt": _seed(body=FR_BODY + " Autre."),
        "x/y.txt": _seed(body=FR_BODY + " Troisième."),
        "x-y.txt": _seed(body=FR_BODY + " Quatrième."),
    }
    result = _run(tmp_path, data, seeds)
    assert [a.seed for a in result.articles] == ["x-y.txt", "zeta.txt"]
    assert [(e.path, e.problem) for e in result.errors] == [
        ("seeds/a.txt", 'URL articles/zeta/ is already the page of "seeds/zeta.txt"'),
        ("seeds/x/y.txt", 'URL articles/x-y/ is already the page of "seeds/x-y.txt"'),
    ]


def test_redirects_never_hide_a_page(tmp_path: Path, data: ArchiveData) -> None:
    seeds = {
        "a.txt": _seed("---\nredirect_from: [old-a]\n---\n"),
        "b.txt": _seed("---\nredirect_from: [old-a]\n---\n", body=FR_BODY + " B."),
        "c.txt": _seed("---\nredirect_from: [a]\n---\n", body=FR_BODY + " C."),
    }
    result = _run(tmp_path, data, seeds)
    assert [(a.seed, a.redirect_from) for a in result.articles] == [("a.txt", ("old-a",))]
    assert [e.problem for e in result.errors] == [
        'redirect_from "old-a" is already redirected to "seeds/a.txt"',
        'redirect_from "a" is the URL of "seeds/a.txt"',
    ]


def test_duplicates_are_noted_naming_both_files(tmp_path: Path, data: ArchiveData) -> None:
    seeds = {
        "a.txt": _seed(),
        "b.txt": "Le Figaro\n\n" + _seed(title="Autre titre, même dépêche", body=FR_BODY.upper().replace(",", " ,")),
        "c.txt": _seed(body=FR_BODY.replace("ministre", "président")),
    }
    result = _run(tmp_path, data, seeds)
    dups = {a.seed: [w.problem for w in a.warnings if "same article text" in w.problem] for a in result.articles}
    assert dups == {
        "a.txt": ['same article text as "seeds/b.txt"'],
        "b.txt": ['same article text as "seeds/a.txt"'],
        "c.txt": [],
    }
    assert fingerprint(result.articles[0]) != fingerprint(result.articles[2])
    assert "1 × same article text as" not in summarize(result.notes)
    assert '2 × same article text as "…"' in summarize(result.notes)


# --- stable output ------------------------------------------------------------------------


def test_two_runs_give_identical_pages(tmp_path: Path, data: ArchiveData, monkeypatch: pytest.MonkeyPatch) -> None:
    serial = _pages(generate(HOSTILE, data, DATA_DIR, today=TODAY, jobs=1), data)
    monkeypatch.setattr(pipeline, "MIN_PARALLEL", 1)
    parallel = _pages(generate(HOSTILE, data, DATA_DIR, today=TODAY, jobs=2), data)
    assert serial == parallel
    cache = tmp_path / "cache.pickle"
    first = generate(HOSTILE, data, DATA_DIR, cache, today=TODAY, jobs=1)
    second = generate(HOSTILE, data, DATA_DIR, cache, today=TODAY, jobs=1)
    assert second.cache_hits == len(list(HOSTILE.rglob("*.txt")))
    assert _pages(first, data) == _pages(second, data) == serial
    assert first.errors == second.errors


def test_unchanged_seed_files_are_not_read_again(
    tmp_path: Path, data: ArchiveData, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache.pickle"
    first = _run(tmp_path, data, {"a.txt": _seed(), "b.txt": _seed(title="Kerry à Moscou")}, cache_file=cache)
    reads: list[str] = []
    real = pipeline.read_seed

    def spy(root, path, max_bytes, name):  # type: ignore[no-untyped-def]
        reads.append(name)
        return real(root, path, max_bytes, name)

    monkeypatch.setattr(pipeline, "read_seed", spy)
    again = generate(tmp_path / "seeds", data, DATA_DIR, cache, today=TODAY, jobs=1)
    assert (reads, again.cache_hits, again.inputs) == ([], 2, first.inputs)
    # Same size, modification time put back: the change time still tells the file was written.
    seed = tmp_path / "seeds" / "b.txt"
    before = seed.stat()
    seed.write_text(_seed(title="Kerry à Moskva"), encoding="utf-8")
    os.utime(seed, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert seed.stat().st_size == before.st_size
    edited = generate(tmp_path / "seeds", data, DATA_DIR, cache, today=TODAY, jobs=1)
    assert reads == ["b.txt"]
    assert [a.title for a in edited.articles] == [TITLE, "Kerry à Moskva"]
    assert edited.cache_hits == 1


def test_stale_or_broken_cache_is_rebuilt(tmp_path: Path, data: ArchiveData, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache.pickle"
    cache.write_bytes(b"not a pickle")
    first = _run(tmp_path, data, {"a.txt": _seed()}, cache_file=cache)
    assert (first.cache_hits, len(first.articles)) == (0, 1)
    monkeypatch.setattr(pipeline, "_code_digest", lambda: "another version of the generator")
    again = generate(tmp_path / "seeds", data, DATA_DIR, cache, today=TODAY, jobs=1)
    assert again.cache_hits == 0


def test_write_atomic_leaves_the_old_page_when_writing_fails(tmp_path: Path) -> None:
    page = tmp_path / "docs" / "a.md"
    write_atomic(page, "old\n")
    with pytest.raises(UnicodeEncodeError):
        write_atomic(page, "new text, then an unencodable \ud800")
    assert page.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in page.parent.iterdir()] == ["a.md"], "no temporary file left behind"
    assert page.stat().st_mode & 0o777 == 0o644, "readable like any other file, not mkstemp's 0600"


def test_write_pages_rewrites_only_changes_and_removes_stale(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    (docs / "assets").mkdir(parents=True)
    (docs / "assets" / "keep.md").write_text("mine")
    assert write_pages(docs, {"index.md": "i", "articles/a.md": "a", "articles/2016/b.md": "b"}) == (3, 0)
    before = (docs / "articles" / "a.md").stat().st_mtime_ns
    assert write_pages(docs, {"index.md": "i", "articles/a.md": "a"}) == (0, 1)
    assert (docs / "articles" / "a.md").stat().st_mtime_ns == before
    assert not (docs / "articles" / "2016").exists()
    assert (docs / "assets" / "keep.md").read_text() == "mine"
    with pytest.raises(ValueError, match="outside"):
        write_pages(docs, {"../escape.md": "x"})


def test_renamed_seed_leaves_no_old_page(tmp_path: Path, data: ArchiveData) -> None:
    docs = tmp_path / "docs"
    result = _run(tmp_path, data, {"ancien-nom.txt": _seed()})
    write_pages(docs, _pages(result, data))
    assert (docs / "articles" / "ancien-nom.md").exists()
    (tmp_path / "seeds" / "ancien-nom.txt").rename(tmp_path / "seeds" / "nouveau-nom.txt")
    result = generate(tmp_path / "seeds", data, DATA_DIR, today=TODAY, jobs=1)
    written, removed = write_pages(docs, _pages(result, data))
    assert sorted(p.name for p in (docs / "articles").iterdir()) == ["nouveau-nom.md"]
    assert removed >= 1 and written >= 1


def _alias_bomb() -> str:
    """A YAML list that expands to 9**9 strings if anything walks or prints it in full."""
    items = ["&a0 [x, x, x, x, x, x, x, x, x]"]
    items += [f"&a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 9)]
    return f"[{', '.join(items)}]"


@pytest.mark.parametrize("key", ["lang", "date", "slug", "title", "actors", "meetings", "redirect_from"])
def test_front_matter_alias_bomb_is_refused_quickly(key: str, data: ArchiveData) -> None:
    with pytest.raises(SeedError) as info:
        article_from(_seed(f"---\n{key}: {_alias_bomb()}\n---\n"), data)
    assert info.value.finding.line == 2
    assert len(str(info.value)) < 400
