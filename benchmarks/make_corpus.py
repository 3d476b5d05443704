"""A deterministic corpus of raw seeds for benchmarks: real paragraphs recombined, with site furniture.

    python -m benchmarks.make_corpus N OUTDIR [--seed S]

Writes N seed files (about half French, half Arabic, 1.5-6 KB each) into OUTDIR. Paragraphs
come from the real seeds (seeds/*.txt and tests/fixtures/**/*.txt when present) with the
people and places in them swapped for others from generator/data/, plus sentences built from
templates; around them, what scrapers capture: banners, captions, bylines, datelines,
published and date lines, related-story blocks with their own dates, print footers, URL
lines, and encoding noise (CRLF, BOM, NBSP, zero-width marks, Windows code pages).

Seed i depends only on (S, i) and the data files, so the same N and S give the same bytes,
and the corpus of N+1 is the corpus of N plus one file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import re
import shutil
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "generator" / "data"
SOURCES = (ROOT / "seeds", ROOT / "tests" / "fixtures")
LANGS = ("fr", "ar")

FIRST_DAY = dt.date(2011, 3, 1)
LAST_DAY = dt.date(2020, 12, 31)

FR_MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
FR_WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
AR_MONTHS = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
]
AR_LEVANT = [
    "كانون الثاني",
    "شباط",
    "آذار",
    "نيسان",
    "أيار",
    "حزيران",
    "تموز",
    "آب",
    "أيلول",
    "تشرين الأول",
    "تشرين الثاني",
    "كانون الأول",
]
AR_WEEKDAYS = ["الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
AR_PROCLITICS = ("و", "ب", "ل")
ZERO_WIDTH = ("\u200f", "\u200e", "\u200b", "\ufeff", "\u061c")

# Site furniture, per language; related headings are those the generator's rules name.
BANNERS = {
    "fr": ["Bulletin français", "Accueil", "Politique", "International", "À la une", "SANA français", "Partager"],
    "ar": ["المؤتمر نت - الصورة من الارشيف", "أقسام", "أخبار", "الرئيسية", "عربي ودولي", "سياسة", "شارك"],
}
RELATED = {
    "fr": ["Check Also", "Lire aussi", "À lire aussi", "Sur le même sujet", "Voir aussi", "Les plus lus"],
    "ar": ["حول هذه القصة", "أخبار متعلقة", "اقرأ أيضا", "أخبار ذات صلة", "الأكثر قراءة", "المزيد من أزمات"],
}
SHARE = {
    "fr": ["Partager", "Imprimer", "Tweet", "Facebook", "Publicité", "Temps de lecture : 3 min"],
    "ar": ["شارك", "طباعة", "تعليق", "Facebook", "Twitter", "حفظ"],
}
JOURNALISTS = {
    "fr": ["Jean Dupont", "Marie Lefèvre", "Hala Haddad", "Karim Benali", "Sophie Martin", "Rami Khoury"],
    "ar": ["محمد الأحمد", "هالة حداد", "سامر الخطيب", "ليلى منصور", "أحمد العلي", "رنا يوسف"],
}
MEETING_WORDS = {
    "fr": ["a rencontré", "s'est entretenu avec", "a reçu", "a eu un entretien téléphonique avec", "a discuté avec"],
    "ar": ["التقى", "بحث مع", "استقبل", "أجرى اتصالا هاتفيا مع", "عقد مباحثات مع"],
}
TOPICS = {
    "fr": [
        "la crise en Syrie",
        "le processus politique à Genève",
        "la trêve dans le nord du pays",
        "l'acheminement de l'aide humanitaire",
        "la lutte contre le terrorisme",
        "le retour des réfugiés",
        "la réforme constitutionnelle",
        "les zones de désescalade",
    ],
    "ar": [
        "الأزمة في سوريا",
        "العملية السياسية في جنيف",
        "الهدنة في شمال البلاد",
        "إيصال المساعدات الإنسانية",
        "مكافحة الإرهاب",
        "عودة اللاجئين",
        "الإصلاح الدستوري",
        "مناطق خفض التصعيد",
    ],
}
SENTENCES = {
    "fr": [
        "Le {role1} {a1} {meet} {a2} à {p1} pour examiner {topic}.",
        "Selon un communiqué publié {when}, {a1} et {a2} ont souligné la nécessité de poursuivre le dialogue sur {topic}.",
        "« Nous avons eu des discussions franches et utiles sur {topic} », a déclaré {a1} lors d'une conférence de presse à {p1}.",
        "Les deux parties ont convenu de se retrouver à {p2} dans les prochaines semaines afin de préparer une nouvelle réunion sur {topic}.",
        "{a2} a, de son côté, insisté sur le rôle des Nations unies et sur le respect de la résolution 2254 du Conseil de sécurité.",
        "Le porte-parole du ministère a précisé que {a1} avait également évoqué {topic} avec son homologue {a3}.",
        "Cette rencontre intervient alors que les combats se poursuivent autour de {p2}, où des milliers de civils sont toujours pris au piège.",
        "Des diplomates présents à {p1} ont indiqué que les positions restaient éloignées, notamment sur {topic}.",
    ],
    "ar": [
        "{meet} {role1} {a1} {a2} في {p1} لبحث {topic}.",
        "وأكد {a1} و{a2} في بيان صدر {when} على ضرورة مواصلة الحوار بشأن {topic}.",
        "وقال {a1} في مؤتمر صحفي عقده في {p1}: \u201cأجرينا محادثات صريحة ومفيدة حول {topic}\u201d.",
        "واتفق الجانبان على عقد لقاء جديد في {p2} خلال الأسابيع المقبلة للتحضير لجولة جديدة من المحادثات حول {topic}.",
        "من جهته شدد {a2} على دور الأمم المتحدة وعلى ضرورة احترام قرار مجلس الأمن الدولي رقم 2254.",
        "وأوضح المتحدث باسم الوزارة أن {a1} بحث أيضا {topic} مع نظيره {a3}.",
        "ويأتي هذا اللقاء في وقت تتواصل فيه المعارك حول {p2} حيث لا يزال آلاف المدنيين محاصرين.",
        "وذكر دبلوماسيون حاضرون في {p1} أن المواقف لا تزال متباعدة لا سيما بشأن {topic}.",
    ],
}
HEADLINES = {
    "fr": [
        "{a1} et {a2} évoquent {topic} à {p1}",
        "{a1} : « il n'y a pas d'alternative au dialogue » sur {topic}",
        "Entretien téléphonique entre {a1} et {a2} sur {topic}",
        "{p1} accueille une nouvelle réunion sur {topic}",
        "{a1} reçoit {a2} pour évoquer {topic}",
    ],
    "ar": [
        "{a1} و{a2} يبحثان {topic} في {p1}",
        "{a1}: لا بديل عن الحوار بشأن {topic}",
        "اتصال هاتفي بين {a1} و{a2} حول {topic}",
        "{p1} تستضيف اجتماعا جديدا حول {topic}",
        "{a1} يستقبل {a2} لبحث {topic}",
    ],
}
WHEN = {"fr": ["aujourd'hui", "hier", "ce jeudi", "mardi soir"], "ar": ["اليوم", "أمس", "مساء اليوم", "صباح الخميس"]}


@dataclass(frozen=True)
class Entity:
    """A person or place: its forms per language (full name first) and a role per language."""

    id: str
    forms: dict[str, tuple[str, ...]]
    role: dict[str, str]
    en: str
    matched: tuple[str, ...]  # every form in any language: what is swapped out of real paragraphs


@dataclass(frozen=True)
class Pools:
    """Everything a seed is assembled from, loaded once."""

    paragraphs: dict[str, tuple[str, ...]]
    titles: dict[str, tuple[str, ...]]
    captions: tuple[str, ...]
    actors: tuple[Entity, ...]
    weights: tuple[float, ...]
    places: tuple[Entity, ...]
    outlets: tuple[dict, ...]
    swap: dict[str, re.Pattern[str]]
    place_forms: frozenset[str]


def _entities(items: list[dict], with_role: bool) -> tuple[Entity, ...]:
    out = []
    for item in items:
        forms = {}
        for lang in LANGS:
            names = [item["name"][lang], *(item.get("aliases", {}).get(lang) or [])]
            forms[lang] = tuple(dict.fromkeys(n for n in names if n))
        role = {lang: (item.get("role") or {}).get(lang, "") for lang in LANGS} if with_role else {}
        every = [
            item["name"].get("en"),
            *(a for lang in ("en", *LANGS) for a in item.get("aliases", {}).get(lang) or []),
        ]
        matched = tuple(dict.fromkeys(f for f in [*every, *(f for fs in forms.values() for f in fs)] if f))
        out.append(Entity(item["id"], forms, role, item["name"]["en"], matched))
    return tuple(out)


def _script(line: str) -> str | None:
    """fr, ar, or None for English captions and lines too short to be a paragraph."""
    arabic = len(re.findall("[\u0600-\u06ff]", line))
    latin = len(re.findall("[A-Za-zÀ-ÿ]", line))
    if arabic > latin:
        return "ar"
    words = re.findall(r"[a-zà-ÿ’']+", line.lower())
    french = sum(w in {"le", "la", "les", "des", "du", "et", "à", "une", "est", "sur", "que", "dans"} for w in words)
    return "fr" if words and french / len(words) > 0.08 else None


def _source_texts() -> list[str]:
    paths = [p for folder in SOURCES if folder.is_dir() for p in sorted(folder.rglob("*.txt"))]
    texts = []
    for path in paths:
        try:
            texts.append(path.read_text(encoding="utf-8-sig").replace("\r\n", "\n"))
        except UnicodeDecodeError:
            continue
    if not texts:
        sys.exit("make_corpus: no real seeds found in seeds/ or tests/fixtures/")
    return texts


def _swap_pattern(entities: tuple[Entity, ...]) -> str:
    forms = sorted({f for e in entities for f in e.matched}, key=len, reverse=True)
    return "|".join(re.escape(f) for f in forms)


@cache
def load_pools(seed: int) -> Pools:
    """Paragraphs and captions of the real seeds, gazetteers, and a Zipf-like popularity of actors."""
    paragraphs: dict[str, list[str]] = {"fr": [], "ar": []}
    titles: dict[str, list[str]] = {"fr": [], "ar": []}
    captions: list[str] = []
    for text in _source_texts():
        lines = [line.strip() for line in text.split("\n") if line.strip()]
        first = True
        for line in lines:
            lang = _script(line)
            if first and lang:
                if len(line.split()) >= 5 and " - " not in line:
                    titles[lang].append(line)
                first = False
            elif lang and len(line.split()) >= 14 and not line.endswith(("…", "...")):
                paragraphs[lang].append(line)
            elif lang is None and len(line.split()) >= 12:
                captions.append(line)
    actors = _entities(yaml.safe_load((DATA / "actors.yaml").read_text(encoding="utf-8"))["actors"], True)
    places = _entities(yaml.safe_load((DATA / "places.yaml").read_text(encoding="utf-8"))["places"], False)
    outlets = tuple(yaml.safe_load((DATA / "outlets.yaml").read_text(encoding="utf-8"))["outlets"])
    rng = random.Random(f"popularity:{seed}")
    order = list(range(len(actors)))
    rng.shuffle(order)
    weights = [0.0] * len(actors)
    for rank, index in enumerate(order):
        weights[index] = 1.0 / (rank + 1)
    names = _swap_pattern(actors) + "|" + _swap_pattern(places)
    pattern = re.compile(rf"(?<!\w)(?P<pre>[وبلف]?)(?P<name>{names})(?!\w)")
    swap = {lang: pattern for lang in LANGS}
    return Pools(
        {k: tuple(v) for k, v in paragraphs.items()},
        {k: tuple(v) for k, v in titles.items()},
        tuple(captions),
        actors,
        tuple(weights),
        places,
        outlets,
        swap,
        frozenset(f for p in places for f in p.matched),
    )


class Writer:
    """One seed being assembled: its language, its cast, and the random source that decides."""

    def __init__(self, rng: random.Random, pools: Pools, lang: str) -> None:
        self.rng, self.pools, self.lang = rng, pools, lang
        self.cast = self._cast()
        self.venues = rng.sample(pools.places, 3)
        self.day = FIRST_DAY + dt.timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days))
        self.mentioned: set[str] = set()
        self.outlet = rng.choice(pools.outlets)

    def _cast(self) -> list[Entity]:
        cast: list[Entity] = []
        while len(cast) < 4:
            actor = self.rng.choices(self.pools.actors, self.pools.weights)[0]
            if actor not in cast:
                cast.append(actor)
        return cast

    def actor(self, k: int, prefix: bool = True) -> str:
        """Full name at first mention, then sometimes an alias; Arabic proclitics now and then."""
        actor = self.cast[k]
        forms = actor.forms[self.lang]
        name = forms[0] if actor.id not in self.mentioned or len(forms) == 1 else self.rng.choice(forms)
        self.mentioned.add(actor.id)
        if self.lang == "ar" and prefix and self.rng.random() < 0.2:
            name = self.rng.choice(AR_PROCLITICS) + name
        return name

    def place(self, k: int) -> str:
        return self.rng.choice(self.venues[k].forms[self.lang])

    def fill(self, template: str) -> str:
        rng = self.rng
        role = self.cast[0].role.get(self.lang) or ""
        return template.format(
            a1=self.actor(0, prefix=False),
            a2=self.actor(1, prefix=False),
            a3=self.actor(2, prefix=False),
            p1=self.place(0),
            p2=self.place(1),
            role1=role,
            meet=rng.choice(MEETING_WORDS[self.lang]),
            topic=rng.choice(TOPICS[self.lang]),
            when=rng.choice(WHEN[self.lang]),
        ).replace("  ", " ")

    def recast(self, text: str) -> str:
        """A real paragraph with its people and places swapped for this seed's cast."""
        seen: dict[str, str] = {}

        def swap(m: re.Match[str]) -> str:
            key = m["name"]
            if key not in seen:
                is_place = key in self.pools.place_forms
                if is_place:
                    seen[key] = self.place(len(seen) % 3)
                else:
                    seen[key] = self.actor(len(seen) % 4, prefix=False)
            pre = m["pre"]
            if self.lang == "ar" and not pre and self.rng.random() < 0.15:
                pre = self.rng.choice(AR_PROCLITICS)
            return pre + seen[key]

        return self.pools.swap[self.lang].sub(swap, text)

    def date(self, day: dt.date, style: str | None = None) -> str:
        """A date as outlets write it, in one of several formats."""
        rng = self.rng
        style = style or rng.choice(["words", "words", "numeric", "iso", "weekday", "english", "dotted"])
        if self.lang == "fr":
            d = "1er" if day.day == 1 and rng.random() < 0.5 else str(day.day)
            forms = {
                "words": f"{d} {FR_MONTHS[day.month - 1]} {day.year}",
                "numeric": f"{day.day:02d}/{day.month:02d}/{day.year}",
                "iso": day.isoformat(),
                "weekday": f"{FR_WEEKDAYS[day.weekday()]} {d} {FR_MONTHS[day.month - 1]} {day.year}",
                "english": f"{EN_MONTHS[day.month - 1]} {day.day}, {day.year}",
                "dotted": f"{day.day:02d}.{day.month:02d}.{day.year}",
            }
        else:
            month = AR_MONTHS[day.month - 1]
            if rng.random() < 0.3:
                month = f"{AR_LEVANT[day.month - 1]}/{month}"
            forms = {
                "words": f"{day.day} {month} {day.year}",
                "numeric": f"{day.day}/{day.month}/{day.year}",
                "iso": day.isoformat(),
                "weekday": f"{AR_WEEKDAYS[day.weekday()]}, {day.day:02d}-{AR_MONTHS[day.month - 1]}-{day.year}",
                "english": f"{day.day}/{day.month}/{day.year}",
                "dotted": f"{day.day} {month} {day.year}".translate(AR_DIGITS),
            }
        return forms[style]

    def clock(self) -> str:
        return f"{self.rng.randrange(24):02d}:{self.rng.randrange(60):02d}"

    def other_day(self, before: int = 60) -> dt.date:
        return max(FIRST_DAY, self.day - dt.timedelta(days=self.rng.randrange(1, before)))

    def outlet_name(self) -> str:
        names = self.outlet.get("names") or {}
        return names.get(self.lang) or self.outlet["name"]


def _title(w: Writer) -> str:
    rng, pools = w.rng, w.pools
    if pools.titles[w.lang] and rng.random() < 0.35:
        title = w.recast(rng.choice(pools.titles[w.lang]))
    else:
        title = w.fill(rng.choice(HEADLINES[w.lang]))
    if rng.random() < 0.1:
        title = title[: rng.randrange(40, max(41, len(title)))]  # scrapers cut long headlines
    return title


def _dateline(w: Writer) -> str:
    rng = w.rng
    city = w.place(0)
    agency = w.outlet_name()
    style = rng.random()
    if style < 0.3:
        return (
            f"{city}, {w.date(w.day, 'words')} ({agency}) - "
            if w.lang == "fr"
            else f"{city} - {w.date(w.day, 'words')} ({agency}) - "
        )
    if style < 0.55:
        return f"{city}-{agency} / " if w.lang == "fr" else f"{city}-{agency}\n"
    if style < 0.7:
        return f"{city} / "
    return ""


def _body(w: Writer, budget: int) -> list[str]:
    rng, pools = w.rng, w.pools
    out: list[str] = []
    size = 0
    while size < budget:
        if pools.paragraphs[w.lang] and rng.random() < 0.55:
            para = w.recast(rng.choice(pools.paragraphs[w.lang]))
        else:
            para = " ".join(w.fill(rng.choice(SENTENCES[w.lang])) for _ in range(rng.randrange(2, 5)))
        if out and size + len(para.encode()) > budget + 400:
            break
        out.append(para)
        size += len(para.encode()) + 2
    return out


def _caption(w: Writer) -> str:
    rng = w.rng
    roll = rng.random()
    if roll < 0.3 and w.pools.captions:
        return w.pools.captions[rng.randrange(len(w.pools.captions))]
    if roll < 0.55:
        a, b = w.cast[0].en, w.cast[1].en
        day = w.day
        return (
            f"{a} shakes hands with {b} prior to their talks in {w.venues[0].en}, "
            f"{day.day} {EN_MONTHS[day.month - 1]} {day.year}. REUTERS/{rng.choice(['Pool', 'Denis Balibouse', 'Maxim Shemetov'])}"
        )
    if w.lang == "fr":
        return rng.choice(
            [
                f"{w.actor(0)} et {w.actor(1)} à {w.place(0)} (Photo d'archives)",
                f"Photo : {w.actor(0)} lors de sa visite à {w.place(0)}",
                f"Crédit photo : {rng.choice(['AFP', 'SANA', 'Reuters'])}",
            ]
        )
    return rng.choice(
        [
            f"{w.actor(0)} و{w.actor(1)} خلال لقائهما في {w.place(0)} ({rng.choice(['رويترز', 'الأوروبية', 'الفرنسية', 'سانا'])})",
            "الصورة من الأرشيف",
            f"الصورة: {w.actor(0)} في {w.place(0)}",
        ]
    )


def _published(w: Writer) -> str:
    rng = w.rng
    day = w.date(w.day)
    if w.lang == "fr":
        line = rng.choice([f"Publié le {day}", f"Mis en ligne le : {day}", f"Published On {w.date(w.day, 'numeric')}"])
    else:
        line = rng.choice(
            [f"تاريخ النشر: {day}", f"نشر في: {day}", f"نشر بتاريخ {day}", f"Published On {w.date(w.day, 'english')}"]
        )
    if rng.random() < 0.5:
        line += f" - {w.clock()}"
    return line


def _date_line(w: Writer) -> str:
    day = w.date(w.day, w.rng.choice(["weekday", "words", "numeric"]))
    return f"{day} | {w.clock()}" if w.rng.random() < 0.5 else day


def _byline(w: Writer) -> str:
    rng = w.rng
    name = rng.choice(JOURNALISTS[w.lang])
    if w.lang == "fr":
        return rng.choice(
            [
                f"Par {name}",
                "D.H./ L.A. / A. Chatta",
                "H.Z. / R.K.",
                f"Par {name}, envoyée spéciale à {w.venues[0].forms['fr'][0]}",
            ]
        )
    return rng.choice([f"بقلم: {name}", f"كتب: {name}", f"إعداد: {name}"])


def _source(w: Writer) -> str:
    if w.lang == "fr":
        return f"Source : {w.outlet_name()}"
    return f"المصدر : {w.outlet_name()}" + (" + وكالات" if w.rng.random() < 0.5 else "")


def _related(w: Writer) -> list[str]:
    rng = w.rng
    out = [rng.choice(RELATED[w.lang]), ""]
    for _ in range(rng.randrange(1, 5)):
        other = Writer(random.Random(rng.random()), w.pools, w.lang)
        out.append(_title(other))
        teaser = w.fill(rng.choice(SENTENCES[w.lang]))
        out.append(teaser[: rng.randrange(60, max(61, len(teaser)))].rstrip() + " …")
        when = w.date(w.other_day(), rng.choice(["numeric", "words", "english"]))
        out.append(f"Published On {when}" if rng.random() < 0.5 else when)
        out.append("")
    return out


def _print_footer(w: Writer) -> list[str]:
    rng = w.rng
    printed = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(600))
    host = (w.outlet.get("domains") or ["example.org"])[0]
    path = f"/{w.day.year}/{w.day.month:02d}/{w.day.day:02d}/" if rng.random() < 0.5 else "/news/"
    url = f"http://www.{host}{path}{rng.randrange(10_000, 999_999)}.htm"
    if w.lang == "fr":
        lines = [f"Imprimé le {printed.strftime('%d/%m/%Y')} à {w.clock()}"]
        if rng.random() < 0.6:
            lines.append(f"Lien original : {url}")
    else:
        wd = AR_WEEKDAYS[printed.weekday()]
        lines = [
            f"تمت طباعة الخبر في: {wd}, {printed.day:02d}-{AR_MONTHS[printed.month - 1]}-{printed.year} الساعة: {w.clock()} ص"
        ]
        if rng.random() < 0.6:
            lines.append(f"يمكنك الوصول إلى الصفحة الأصلية عبر الرابط: {url}")
    return lines


def _front_matter(w: Writer) -> list[str]:
    return ["---", f"date: {w.day.isoformat()}", f"lang: {w.lang}", "---"]


def _messy(rng: random.Random, text: str) -> str:
    """Invisible marks, no-break spaces and trailing blanks, as copy-paste leaves them."""
    if rng.random() < 0.15:
        words = text.split(" ")
        for _ in range(rng.randrange(1, 6)):
            k = rng.randrange(len(words))
            words[k] = rng.choice(ZERO_WIDTH) + words[k]
        text = " ".join(words)
    if rng.random() < 0.15:
        text = text.replace(" : ", "\u00a0: ").replace(" »", "\u00a0»")
    if rng.random() < 0.2:
        text = "\n".join(line + " " * rng.randrange(0, 4) for line in text.split("\n"))
    return text


def make_seed(index: int, seed: int = 0) -> tuple[str, bytes]:
    """Seed number index of corpus seed: its relative path and raw bytes."""
    pools = load_pools(seed)
    rng = random.Random(f"seed:{seed}:{index}")
    lang = "fr" if rng.random() < 0.5 else "ar"
    w = Writer(rng, pools, lang)
    target = rng.randrange(1500, 6000)
    head: list[str] = []
    if rng.random() < 0.02:
        head += _front_matter(w)
    if rng.random() < 0.35:
        head.append(rng.choice(BANNERS[lang]))
        head.append("")
    title = _title(w)
    if rng.random() < 0.1:
        title = f"{w.outlet_name()} - {title}"
    head.append(title)
    head.append("")
    if rng.random() < 0.3:
        head += [_date_line(w), ""]
    if rng.random() < 0.25:
        head += [_published(w), ""]
    if rng.random() < 0.4:
        head += [_caption(w), ""]
    tail: list[str] = []
    if rng.random() < 0.4:
        tail += [_byline(w), ""]
    if rng.random() < 0.35:
        tail += [_source(w), ""]
    if rng.random() < 0.3:
        tail += [rng.choice(SHARE[lang]) for _ in range(rng.randrange(1, 4))] + [""]
    if rng.random() < 0.6:
        tail += _related(w)
    if rng.random() < 0.3:
        tail += _print_footer(w)
    furniture = len("\n".join(head + tail).encode())
    body = _body(w, max(600, target - furniture))
    body[0] = _dateline(w) + body[0]
    if len(body) > 3 and rng.random() < 0.25:
        body.insert(rng.randrange(2, len(body)), _caption(w))
    if len(body) > 3 and rng.random() < 0.2:
        body.insert(rng.randrange(2, len(body)), w.fill(rng.choice(HEADLINES[lang])))  # a subheading
    sep = "\n" if rng.random() < 0.3 else "\n\n"  # some sites keep no blank line between paragraphs
    text = "\n".join(head) + "\n" + sep.join(body) + "\n\n" + "\n".join(tail)
    text = _messy(rng, text.rstrip("\n") + "\n")
    if rng.random() < 0.1:
        text = text.replace("\n", "\r\n")
    data = _encode(rng, text, lang)
    digest = hashlib.sha1(data).hexdigest()[:16]
    name = f"{index:05d}_{digest}.txt"
    if rng.random() < 0.2:
        name = f"{w.day.year}/{name}"
    return name, data


def _encode(rng: random.Random, text: str, lang: str) -> bytes:
    roll = rng.random()
    if roll < 0.02:
        try:
            return text.encode("cp1256" if lang == "ar" else "cp1252")
        except UnicodeEncodeError:
            pass
    if roll < 0.05:
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    return text.encode("utf-8")


def make_corpus(n: int, outdir: Path, seed: int = 0) -> list[Path]:
    """Write seeds 0..n-1 into outdir (emptied first); return their paths."""
    if outdir.exists():
        shutil.rmtree(outdir)
    outdir.mkdir(parents=True)
    paths = []
    for index in range(n):
        name, data = make_seed(index, seed)
        path = outdir / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.make_corpus", description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of seeds")
    parser.add_argument("outdir", type=Path, help="folder to (re)create")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    args = parser.parse_args(argv)
    paths = make_corpus(args.n, args.outdir, args.seed)
    total = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} seeds, {total / 1024:.0f} KB in {args.outdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
