"""Load and validate the YAML data once; return frozen lookups for the extractors."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from .errors import DataError
from .extract.normalize import fold, fold_arabic, tokens, with_proclitics

DATA_DIR = Path(__file__).parent / "data"
LANGS = ("fr", "ar")
NAME_LANGS = ("en", "fr", "ar")


# libyaml's parser where PyYAML was built with it (its wheels are): the same documents, read about
# eight times faster, which is most of loading the data and so of a build with nothing to redo.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_SafeLoader):  # type: ignore[misc,valid-type]
    """SafeLoader that records the line of every mapping under the key '__line__'."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        mapping = super().construct_mapping(node, deep=deep)
        mapping["__line__"] = node.start_mark.line + 1
        return mapping


@dataclass(frozen=True, eq=False)
class PhraseIndex:
    """Token phrases grouped by first token, longest first, for left-to-right matching.

    Compared and hashed by identity, so match results can be cached per index. With a base, its
    phrases are read over the base's (see match.find_phrases): a few more without a copy."""

    by_first: Mapping[str, tuple[tuple[tuple[str, ...], str], ...]]
    base: PhraseIndex | None = None

    @classmethod
    def build(cls, phrases: Mapping[str, str]) -> PhraseIndex:
        grouped: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for phrase, value in phrases.items():
            toks = tuple(tokens(phrase))
            if toks:
                grouped.setdefault(toks[0], []).append((toks, value))
        return cls(
            MappingProxyType({k: tuple(sorted(v, key=lambda p: (-len(p[0]), p[1]))) for k, v in grouped.items()})
        )


@dataclass(frozen=True)
class Entity:
    """A gazetteer entry: actor, place or outlet."""

    id: str
    name: Mapping[str, str]
    role: Mapping[str, str] = field(default_factory=dict)
    wikidata: str | None = None
    kind: str | None = None
    city: str | None = None
    domains: tuple[str, ...] = ()
    signatures: tuple[re.Pattern[str], ...] = ()
    forms: tuple[str, ...] = ()  # every name and alias, all languages (indexed for search)


@dataclass(frozen=True, eq=False)
class DateWords:
    """Month, weekday and relative-day words of one language.

    Compared and hashed by identity: the regexes built from it are cached per object, and
    hashing every word list on each lookup would cost more than the match."""

    months: tuple[tuple[str, int], ...]
    weekdays: tuple[tuple[str, int], ...]
    today: tuple[str, ...]
    yesterday: tuple[str, ...]
    filler: tuple[str, ...] = ()
    joiners: tuple[str, ...] = ()
    other_week: tuple[str, ...] = ()
    last_week: tuple[str, ...] = ()
    # Days written as ordinals, before a joiner and the month: "السادس من تشرين الأول".
    ordinals: tuple[tuple[str, int], ...] = ()
    # The month named relative to the page's, in place of its name: "من الشهر الماضي".
    this_month: tuple[str, ...] = ()
    last_month: tuple[str, ...] = ()
    # "la veille": the day before the one the sentence names (or the article's), unless one of
    # eve_of follows ("la veille du sommet": the eve of an event, a day not written).
    day_before: tuple[str, ...] = ()
    eve_of: frozenset[str] = frozenset()
    # A date right after one of these is when the site was founded, not the article's:
    # "جريدة الكترونية تأسست" over "1/1/2015", "Fondé le 1er mars 1999".
    founded: tuple[str, ...] = ()


@dataclass(frozen=True)
class LangRules:
    """Every rule of one article language, merged with the English site furniture."""

    lang: str
    related_headings: frozenset[str]
    # Each rule set of PATTERN_KEYS as one alternation, tried in order (see combine_patterns).
    patterns: Mapping[str, re.Pattern[str]]
    dates: DateWords
    triggers: PhraseIndex
    trigger_priority: tuple[str, ...]
    window: int
    place_prepositions: frozenset[str]
    place_proclitics: tuple[str, ...]
    # Articles between a place preposition and the place: "à l'Élysée", "à la Maison Blanche".
    place_articles: frozenset[str]
    # Words for a building between a place preposition and a venue: "dans sa résidence de …".
    venue_words: frozenset[str]
    titles: PhraseIndex
    not_names: frozenset[str]
    proclitics: tuple[str, ...]
    elisions: frozenset[str]
    settings: PhraseIndex
    negations: PhraseIndex
    negation_window: int
    # Words that make a meeting a coming one ("la semaine prochaine", "المقبل"): left out. Verbs
    # in the future tense have the value "future": a meeting told with one is today's when the
    # words around it say so ("ce soir", "مساء اليوم"). Words of intent ("intent": "ont convenu
    # de") count only before a meeting word, and "after" ones ("prévue") only after one.
    planned: PhraseIndex = field(default_factory=lambda: PhraseIndex.build({}))
    # Words for what comes next ("prochain") have the value "next" in planned: planned only after
    # one of these time words ("la semaine prochaine") or just before the meeting word.
    time_nouns: frozenset[str] = frozenset()
    # Words after which a place is a topic, not a venue: "la situation à Alep", "الوضع في حلب".
    place_topics: frozenset[str] = frozenset()
    # Words a site's name starts with, after a title: "بوابة الشروق", "موقع قناة المنار".
    site_words: frozenset[str] = frozenset()
    # Where a headline runs into its standfirst on one line (boilerplate.yaml glued_openers): the
    # spaces before a capitalised opener and a word in lower case, after a letter ("… à Moscou Le
    # chef de la diplomatie …"). None for a script without capitals.
    glued_opener: re.Pattern[str] | None = None
    # A teaser's link to the story ("En savoir plus", "اقرأ المزيد"), as folded tokens: the
    # headline-like line right over it is another story's teaser (clean.mark_more_links).
    more_links: frozenset[str] = frozenset()
    # The word after a meeting word that introduces its participants: "entre", "بين".
    between: PhraseIndex = field(default_factory=lambda: PhraseIndex.build({}))
    # Words that tell one meeting after another: "puis", "ainsi qu'avec", "ثم", "وكذا مع".
    sequence: PhraseIndex = field(default_factory=lambda: PhraseIndex.build({}))
    # Its one-word phrases ("puis", "ثم"): where an actor's role of two offices goes on to the second.
    sequence_words: frozenset[str] = frozenset()
    # Words before a meeting word in the infinitive, whose subject is the sentence's ("X a visité
    # …, avant de rencontrer Y").
    infinitive_openers: PhraseIndex = field(default_factory=lambda: PhraseIndex.build({}))
    # Words that open a clause with its own subject and meeting word: "lorsque", "que".
    clause_openers: frozenset[str] = frozenset()
    # Words that date a meeting by another event: "قبيل وصول الحريري", "avant l'arrivée de".
    time_clauses: frozenset[str] = frozenset()
    # Relative pronouns whose clause, with no meeting word, tells of something else: "qui".
    relative_clauses: frozenset[str] = frozenset()
    # Words that add one more person to a list of participants, written alone ("et") or attached
    # ("و" of "ونائب"): "… بيرنز ونائب وزير الخارجية الروسي ميخائيل بوغدانوف".
    and_words: frozenset[str] = frozenset()
    # Words that make a meeting word the manner of the meeting just told, not another one: "بحث
    # جاويش أوغلو، في اتصالين هاتفيين …", "lors d'un entretien".
    manner: PhraseIndex = field(default_factory=lambda: PhraseIndex.build({}))
    # Words right after a meeting word that make it separate meetings of its first person with each
    # of the others: "في اتصالين هاتفيين منفصلين مع نظيريه …", "des entretiens séparés avec …".
    separately: frozenset[str] = frozenset()
    # Anywhere after the meeting word, the same: "مع كل من …", "… كلاً على حدة".
    each_apart: PhraseIndex = field(default_factory=lambda: PhraseIndex.build({}))
    # Pronouns that stand for the person last named as a sentence's subject ("Il a rencontré le
    # roi Salmane"), and the words after them that make them impersonal ("il y a").
    subject_pronouns: frozenset[str] = frozenset()
    impersonal: frozenset[str] = frozenset()
    # Plural subject pronouns ("ils"): before a meeting word with everyone named after it, they are
    # who met those named, not named themselves (see meetings._all_met).
    plural_pronouns: frozenset[str] = frozenset()
    # Articles that open a subject described by its title ("Le diplomate russe"; see meetings.py
    # _described_subject).
    described_subjects: frozenset[str] = frozenset()
    # Where a language has these, a subject pronoun is one only right after one of them: "جاء ذلك".
    subject_verbs: frozenset[str] = frozenset()
    # Verbs of calling that are a call only with the callee named right after them, and the words
    # after the callee that make them a demand ("a appelé Bachar al-Assad à se démettre").
    call_verbs: frozenset[str] = frozenset()
    call_demands: frozenset[str] = frozenset()
    # Verbs that tell a meeting only with one of with_words a few words after them ("a échangé
    # dimanche avec", not "ont échangé des tirs").
    with_verbs: frozenset[str] = frozenset()
    # Meeting words that tell a meeting only right between two people: "Didier Reynders chez Lavrov".
    between_names: frozenset[str] = frozenset()
    with_words: frozenset[str] = frozenset()
    # Honorifics that stand for a person already named, as a subject pronoun does, wherever a
    # subject stands: before the meeting word or right after it ("فقد بحث جلالته … مع كل من …").
    honorifics: frozenset[str] = frozenset()
    # Meeting words whose attached pronoun is the person the sentences before were about, with
    # their proclitic forms: "وكان في استقباله بالمطار رئيس الوزراء …" (at his reception).
    owned_triggers: frozenset[str] = frozenset()
    # A host's meeting verbs, with their proclitic forms: opening a sentence, followed by guests
    # joined by "and", their subject is dropped ("كما استقبل … صباح الخالد ونائب وزير الخارجية …").
    host_verbs: frozenset[str] = frozenset()
    # Possessives right before a meeting word that make it its owner's, the person the sentences
    # before were about, when the sentence names one person only ("sa rencontre avec Medvedev").
    owner_words: frozenset[str] = frozenset()
    # A verb that opens a sentence with one of these right after it has its subject in itself,
    # the person the sentences before were about ("وقال خلال استقباله …", "وأكد لدى لقائه …").
    dropped_subject_verbs: frozenset[str] = frozenset()
    dropped_subject_openers: frozenset[str] = frozenset()
    # Words that make a meeting of one person with several a joint one ("réunion tripartite",
    # "اجتماع ثلاثي"): without them, one meets or calls each of the others in turn.
    joint: frozenset[str] = frozenset()
    # Meeting verbs in the present tense: with a day of the week before the article's, the meeting
    # is a coming one ("يلتقي الثلاثاء" in an article of Sunday: next Tuesday, not last).
    present_tense: frozenset[str] = frozenset()
    # Words of officials' titles ("المبعوث الخاص لأمين عام الأمم المتحدة إلى سوريا"): they do not
    # count toward the window between a meeting word and its people.
    title_words: frozenset[str] = frozenset()
    # Words that join two title words within one title: "… de la Migration et des Tunisiens".
    title_joiners: frozenset[str] = frozenset()
    # Words of a title that say whose it is ("porte-parole du président", "باسم"): the person
    # after such a title, right after another person, is whose envoy that person is.
    of_words: frozenset[str] = frozenset()
    # Words of kinship before whose son, wife, brother… is meant ("fils du roi Abdallah II").
    kin_words: frozenset[str] = frozenset()
    of_proclitics: frozenset[str] = frozenset()
    # Possessives between an "of" and a title: "émissaires de son homologue".
    possessives: frozenset[str] = frozenset()
    # Abbreviated titles ("m", "dr", "د"): between an office and a name, like title words.
    abbreviations: frozenset[str] = frozenset()
    # "نظيره", "homologue": with a nationality after it, the person of that country holding the
    # office of the one named before (extract/offices.py). With their proclitics.
    counterparts: frozenset[str] = frozenset()
    # "السابق", "ancien", "un": beside an office, it is not the holder the article names.
    not_holder: frozenset[str] = frozenset()
    # A monarch's word alone ("le souverain", "الملك") → the first word of the roles it stands for
    # ("roi", "العاهل"): it names the one person so titled the article names (extract/offices.py),
    # and the forms the words take with proclitics attached.
    bare_offices: Mapping[str, str] = field(default_factory=dict)
    bare_office_forms: frozenset[str] = frozenset()
    # Spellings of an office's words read as one ("الأميركي" as "الأمريكي"), folded.
    role_spellings: Mapping[str, str] = field(default_factory=dict)
    # Groups of offices that are one office under other names (people.yaml same_office), as
    # folded tokens: "ministre des affaires étrangères", "secrétaire d'état", "chef de la diplomatie".
    same_office: tuple[frozenset[tuple[str, ...]], ...] = ()
    # First token of each of same_office's names → (its other tokens, its group), longest first.
    office_names: Mapping[str, tuple[tuple[tuple[str, ...], int], ...]] = field(default_factory=dict)
    # Actor → (its office's group in same_office, the nationality word of its role), for the
    # actors whose role is one of a group's offices with a nationality word added.
    office_kinds: Mapping[str, tuple[int, str]] = field(default_factory=dict)
    # The nationality words of those roles ("russe", "الروسي"), but not_holder's ("ancien").
    nationalities: frozenset[str] = frozenset()
    # Each actor's office (actors.yaml role in this language) as folded tokens in one spelling,
    # with the forms its first word takes with proclitics attached (see _read_offices).
    offices: Mapping[str, tuple[tuple[str, ...], frozenset[str]]] = field(default_factory=dict)
    # Words at which an office may stop ("إلى", "pour": "المبعوث الأممي" for "المبعوث الأممي إلى
    # اليمن"), and words it may leave out ("الخاص", "spécial"), folded; each actor's office so
    # shortened (two words or more), in this language (see _read_offices).
    role_cuts: frozenset[str] = frozenset()
    role_optional: frozenset[str] = frozenset()
    # Words of an office that others of their group may stand for ("émissaire", "envoyé"; "de
    # l'ONU", "des Nations unies"), folded: each group's phrases as token tuples.
    role_synonyms: tuple[tuple[tuple[str, ...], ...], ...] = ()
    # Proclitics that start a new phrase, not more of an office: "المبعوث الأممي بوزير الخارجية".
    object_proclitics: frozenset[str] = frozenset()
    short_offices: Mapping[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    # "تحيات", "un message de": the person named after one sent a message to the meeting.
    sent_by: PhraseIndex = field(default_factory=lambda: PhraseIndex.build({}))
    # "à", "إلى": after the sender, the one the message was sent to, who was not there either.
    sent_to: frozenset[str] = frozenset()
    # "accompagné", "برفقة": the person named a few words after one came with a party, as one of its side.
    companions: frozenset[str] = frozenset()
    # "الوزيران", "les deux ministres": words for the pair a meeting already told was between.
    pair_words: PhraseIndex = field(default_factory=lambda: PhraseIndex.build({}))
    # Whether the language puts the verb before its subject ("بحث الوزيران"), so that a pair word
    # right after a meeting word is its subject.
    verb_first: bool = False
    # Words of someone speaking of themselves: a quotation with one is the speaker's words, not a
    # report of others' meeting ("« J'ai rencontré Kerry »", "“التقينا الرئيس”").
    first_person: frozenset[str] = frozenset()
    # The words that join a name to the father's ("بن"): the name goes on (actors.py _with_lineage).
    patronymics: frozenset[str] = frozenset()
    # Words after which the people named attend a meeting, not take part: "en présence de", "بحضور".
    attendance: PhraseIndex = field(default_factory=lambda: PhraseIndex.build({}))
    # Words after which the meeting reported is others' ("a annoncé que", "أعلن … أن").
    reported_speech: PhraseIndex = field(default_factory=lambda: PhraseIndex.build({}))
    # What makes a meeting word point back to a meeting already told: a word before it ("la",
    # "cet", "هذا") or a prefix it is written with ("ال").
    anaphora: frozenset[str] = frozenset()
    definite_prefixes: tuple[str, ...] = ()
    # Every furniture rule as one alternation, tried in FURNITURE_ROLES order, bylines last:
    # one fullmatch per line instead of one per rule set. The role is the group named "role_…".
    furniture: re.Pattern[str] = re.compile("(?!)")


@dataclass(frozen=True)
class SharedNames:
    """Bare names two people go by ("الجعفري": Bashar al-Jaafari and Ibrahim al-Jaafari). The
    gazetteer gives the bare name to one of them, its owner; another who `shares` it is meant
    instead in an article that names him in full and never the owner (see resolve_shared)."""

    # Owner → the people who share one of his bare names.
    sharers: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # The forms of owners and sharers but the shared ones: who an article names in full.
    full_index: PhraseIndex = field(default_factory=lambda: PhraseIndex.build({}))


@dataclass(frozen=True)
class Surnames:
    """Bare names too common to be aliases ("Williams", "Sall") that name a person
    in an article that names them in full: "Stephanie Williams … Williams a rencontré …". Each
    actor's `surnames` in actors.yaml; with_surnames reads them into an article's index."""

    # Actor → the folded forms.
    by_actor: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # The index for each set of such actors named in full and of their surnames the article
    # also writes as a given name, built on first need.
    indexes: dict[tuple[frozenset[str], frozenset[str]], PhraseIndex] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class ArchiveData:
    """All loaded data: gazetteers, their indexes and the per-language rules."""

    actors: Mapping[str, Entity]
    places: Mapping[str, Entity]
    outlets: Mapping[str, Entity]
    actor_index: PhraseIndex
    place_index: PhraseIndex
    outlet_index: PhraseIndex
    # Domain → the outlet that lists it (a subdomain's own listing wins over its parent's).
    outlet_domains: Mapping[str, str]
    rules: Mapping[str, LangRules]
    bylines: tuple[re.Pattern[str], ...]
    source_cues: tuple[re.Pattern[str], ...]
    function_words: Mapping[str, frozenset[str]]
    generic_sources: frozenset[str]
    # Hosts of follow links, never a page's own address (common/sources.yaml social_hosts).
    social_hosts: frozenset[str]
    # Rights footers, each with the site's name as group "site" (common/sources.yaml), and the
    # words one of which every footer holds (a line without any is not tried).
    rights_footers: tuple[re.Pattern[str], ...]
    rights_gate: re.Pattern[str]
    # Splits a credit or source line into its names ("OLJ/AFP", "Ouest-France avec AFP").
    credit_split: re.Pattern[str]
    # The "Par " / "By " that may open a credit line.
    credit_opener: re.Pattern[str]
    digest: str
    shared_names: SharedNames = field(default_factory=SharedNames)
    surnames: Surnames = field(default_factory=Surnames)


def _glued_opener(openers: Sequence[str]) -> re.Pattern[str] | None:
    """The pattern of LangRules.glued_opener: "le" → "Le" and a space, "l'" → "L'", each then a lower-case letter."""
    if not openers:
        return None
    forms = sorted((w[:1].upper() + w[1:] for w in openers), key=len, reverse=True)
    alternatives = "|".join(re.escape(w) if w.endswith(("'", "’")) else re.escape(w) + r"\s+" for w in forms)
    return re.compile(rf"(?<=[^\W\d_])\s+(?=(?:{alternatives})[a-zß-öø-ÿœ])")


PATTERN_KEYS = (
    "drop_lines",
    "print_lines",
    "published_lines",
    "url_lines",
    "caption_patterns",
    "source_lines",
    "related_heading_patterns",
    "related_lines",
    "updated_lines",
    "ticker_labels",
    "post_footers",
    "repost_footers",
)


# Furniture rule sets in the order a line is tried against them, with the role each gives.
FURNITURE_ROLES = (
    ("print_lines", "print"),
    ("url_lines", "url"),
    ("published_lines", "published"),
    ("updated_lines", "updated"),
    ("source_lines", "source"),
    ("related_lines", "related"),
    ("drop_lines", "drop"),
    ("post_footers", "post"),
    ("repost_footers", "repost"),
    ("caption_patterns", "caption"),
)
ROLE_GROUP = "role_"
_GROUP_NAME = re.compile(r"\(\?P<(\w+)>")


def combine_patterns(sets: Sequence[tuple[str | None, tuple[re.Pattern[str], ...]]]) -> re.Pattern[str]:
    """Pattern sets as one alternation, tried in order; a set with a name is wrapped in the group
    "role_<name>", and the patterns' own named groups get unique names ("date_3")."""
    parts = []
    count = 0
    for name, patterns in sets:
        inner = []
        for p in patterns:
            inner.append("(?:" + _GROUP_NAME.sub(rf"(?P<\1_{count}>", p.pattern) + ")")
            count += 1
        if not inner:
            continue
        body = "|".join(inner)
        parts.append(f"(?P<{ROLE_GROUP}{name}>{body})" if name else body)
    return re.compile("|".join(parts) or "(?!)", re.IGNORECASE)


def _read_yaml(path: Path) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise DataError(str(path), line, f"invalid YAML: {exc.problem}", "fix the syntax") from exc
    except OSError as exc:
        raise DataError(str(path), None, f"cannot read: {exc.strerror}", "check the file exists") from exc


def _names(entry: Mapping[str, Any], path: Path, what: str, required: tuple[str, ...]) -> dict[str, str]:
    name = entry.get("name")
    line = entry.get("__line__")
    if not isinstance(name, Mapping):
        raise DataError(str(path), line, f'{what} "{entry.get("id")}" has no name', "add name: {en, fr, ar}")
    out = {k: str(v).strip() for k, v in name.items() if k in NAME_LANGS and v}
    for lang in required:
        if not out.get(lang):
            raise DataError(str(path), line, f'{what} "{entry["id"]}" has no {lang} name', f"add name.{lang}: ...")
    return out


def _entries(path: Path, key: str, what: str) -> list[dict[str, Any]]:
    doc = _read_yaml(path)
    items = doc.get(key) if isinstance(doc, dict) else None
    if not isinstance(items, list):
        raise DataError(str(path), 1, f"no '{key}:' list", f"start the file with '{key}:' and a list of entries")
    seen: set[str] = set()
    for item in items:
        ident = item.get("id") if isinstance(item, dict) else None
        line = item.get("__line__") if isinstance(item, dict) else None
        if not isinstance(ident, str) or not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", ident):
            raise DataError(str(path), line, f"{what} id {ident!r} is not kebab-case", "use an id like 'sergei-lavrov'")
        if ident in seen:
            raise DataError(str(path), line, f'{what} id "{ident}" is used twice', "give each entry its own id")
        seen.add(ident)
    return items


def _alias_map(items: list[dict[str, Any]], path: Path, what: str, names_of: Any) -> dict[str, str]:
    """Folded alias → id; an alias claimed by two entries is a data error."""
    out: dict[str, str] = {}
    for item in items:
        for form in names_of(item):
            key = " ".join(tokens(form))
            if not key:
                continue
            owner = out.setdefault(key, item["id"])
            if owner != item["id"]:
                raise DataError(
                    str(path),
                    item["__line__"],
                    f'{what} "{item["id"]}" shares the form "{form}" with "{owner}"',
                    "keep the form on one entry only",
                )
    return out


def _forms(item: Mapping[str, Any]) -> list[str]:
    forms = [v for v in (item.get("name") or {}).values() if isinstance(v, str)]
    aliases = item.get("aliases") or {}
    if isinstance(aliases, Mapping):
        for key, values in aliases.items():
            if key != "__line__":
                forms.extend(str(v) for v in values or [])
    else:
        forms.extend(str(v) for v in aliases)
    return forms


def load_actors(path: Path) -> tuple[dict[str, Entity], dict[str, str], SharedNames, Surnames]:
    items = _entries(path, "actors", "actor")
    actors = {}
    for item in items:
        role = item.get("role") or {}
        actors[item["id"]] = Entity(
            id=item["id"],
            name=MappingProxyType(_names(item, path, "actor", NAME_LANGS)),
            role=MappingProxyType({k: str(v) for k, v in role.items() if k in NAME_LANGS}),
            wikidata=item.get("wikidata") or None,
            forms=tuple(dict.fromkeys(_forms(item))),
        )
    aliases = _alias_map(items, path, "actor", _forms)
    return actors, aliases, _shared_names(items, path, aliases), _surnames(items, path, aliases)


# At most this many spellings of one name are made (a name with many words that have others).
MAX_SPELLINGS = 64


def _spellings(path: Path) -> list[list[str]]:
    """common/spellings.yaml's groups, each word checked to be one folded token."""
    groups = []
    for group in _read_yaml(path).get("name_spellings") or []:
        words = [str(w) for w in group if w != "__line__"] if isinstance(group, list) else []
        bad = next((w for w in words if tokens(w) != (w,)), None)
        if bad is not None or len(words) < 2:
            raise DataError(
                str(path),
                None,
                f"spelling group {group!r} is not two or more folded words" + (f' ("{bad}")' if bad else ""),
                "write each spelling in lower case, without accents or hyphens",
            )
        groups.append(words)
    return groups


def respelled(aliases: Mapping[str, str], groups: Sequence[Sequence[str]]) -> dict[str, str]:
    """The aliases (folded form → id) with the spellings of their words that groups make
    (common/spellings.yaml), but any form two actors would share; the aliases themselves win."""
    others: dict[str, tuple[str, ...]] = {}
    for group in groups:
        for word in group:
            others[word] = tuple(w for w in group if w != word)
    made: dict[str, str | None] = {}
    for form, ident in aliases.items():
        spellings: list[tuple[str, ...]] = [()]
        for word in form.split():
            spellings = [(*s, w) for s in spellings for w in (word, *others.get(word, ()))][:MAX_SPELLINGS]
        for spelling in spellings[1:]:
            key = " ".join(spelling)
            made[key] = ident if made.get(key, ident) == ident else None
    return {**{k: v for k, v in made.items() if v is not None}, **aliases}


def _surnames(items: list[dict[str, Any]], path: Path, aliases: Mapping[str, str]) -> Surnames:
    """The actors' `surnames`: forms no actor goes by (another's is for `shares`)."""
    by_actor: dict[str, tuple[str, ...]] = {}
    for item in items:
        keys = []
        for form in item.get("surnames") or []:
            key = " ".join(tokens(str(form)))
            if key in aliases:
                raise DataError(
                    str(path),
                    item["__line__"],
                    f'actor "{item["id"]}" lists the surname "{form}", which "{aliases[key]}" goes by',
                    "list it under shares if it is another actor's, or drop it if it is this actor's own",
                )
            if key:
                keys.append(key)
        if keys:
            by_actor[item["id"]] = tuple(dict.fromkeys(keys))
    return Surnames(MappingProxyType(by_actor))


def _shared_names(items: list[dict[str, Any]], path: Path, aliases: Mapping[str, str]) -> SharedNames:
    """Who shares whose bare names (an actor's `shares`: forms another actor owns)."""
    sharers: dict[str, list[str]] = {}
    shared_forms: set[str] = set()
    for item in items:
        for form in item.get("shares") or []:
            key = " ".join(tokens(str(form)))
            owner = aliases.get(key)
            if owner is None or owner == item["id"]:
                raise DataError(
                    str(path),
                    item["__line__"],
                    f'actor "{item["id"]}" shares "{form}", which no other actor goes by',
                    "list under shares only a form of another actor's aliases",
                )
            if item["id"] not in sharers.setdefault(owner, []):
                sharers[owner].append(item["id"])
            shared_forms.add(key)
    involved = set(sharers) | {s for group in sharers.values() for s in group}
    full = {
        key: item["id"]
        for item in items
        if item["id"] in involved
        for form in _forms(item)
        if (key := " ".join(tokens(form))) and key not in shared_forms
    }
    return SharedNames(MappingProxyType({k: tuple(v) for k, v in sharers.items()}), PhraseIndex.build(full))


def load_places(path: Path) -> tuple[dict[str, Entity], dict[str, str]]:
    items = _entries(path, "places", "place")
    places = {
        item["id"]: Entity(
            id=item["id"],
            name=MappingProxyType(_names(item, path, "place", NAME_LANGS)),
            kind=item.get("kind", "city"),
            city=item.get("city"),
        )
        for item in items
    }
    for item in items:
        city = item.get("city")
        if city and city not in places:
            raise DataError(
                str(path),
                item["__line__"],
                f'venue "{item["id"]}" names unknown city "{city}"',
                "add the city or fix the id",
            )
    return places, _alias_map(items, path, "place", _forms)


def load_outlets(path: Path) -> tuple[dict[str, Entity], dict[str, str], str, dict[str, str]]:
    """Outlets by id, folded alias → id, every outlet form as one regex group (for source cues),
    and domain → id (a domain two outlets list is an error)."""
    items = _entries(path, "outlets", "outlet")
    outlets = {}
    for item in items:
        names = dict(item.get("names") or {})
        if not item.get("name"):
            raise DataError(str(path), item["__line__"], f'outlet "{item["id"]}" has no name', "add name: ...")
        names["display"] = str(item["name"])
        outlets[item["id"]] = Entity(
            id=item["id"],
            name=MappingProxyType({k: str(v) for k, v in names.items() if k != "__line__"}),
            domains=tuple(str(d).lower().removeprefix("www.") for d in item.get("domains") or ()),
            signatures=_compile(path, [str(p) for p in item.get("signatures") or ()]),
            kind=item.get("kind"),
        )

    owners: dict[str, str] = {}
    for item in items:
        for domain in outlets[item["id"]].domains:
            if owners.setdefault(domain, item["id"]) != item["id"]:
                raise DataError(
                    str(path),
                    item["__line__"],
                    f'domain "{domain}" is listed by outlets "{owners[domain]}" and "{item["id"]}"',
                    "keep it under one outlet",
                )

    def outlet_forms(item: Mapping[str, Any]) -> list[str]:
        names = [str(v) for k, v in (item.get("names") or {}).items() if k != "__line__"]
        return [str(item["name"]), *names, *(str(a) for a in item.get("aliases") or ())]

    forms = {form for item in items for form in outlet_forms(item) if form.strip()}
    alternation = "|".join(re.escape(fold_arabic(f)) for f in sorted(forms, key=lambda f: (-len(f), f)))
    return outlets, _alias_map(items, path, "outlet", outlet_forms), f"(?P<outlet>{alternation})", owners


# A possessive repeat of a group, "(?:…)*+": Python before 3.11.5 can match it wrongly (CPython
# gh-106052; Debian 12 has 3.11.2), so a pattern would mean one thing on one machine and another
# on the next. Inside a lookahead "(?:…)*" does the same work: nothing backtracks into one.
_POSSESSIVE_GROUP = re.compile(r"(?<!\\)\)(?:[*+?]|\{[\d,]*\})\+")


def _compile(path: Path, patterns: list[str]) -> tuple[re.Pattern[str], ...]:
    out = []
    for pattern in patterns:
        if _POSSESSIVE_GROUP.search(pattern):
            raise DataError(
                str(path),
                None,
                f"regex {pattern!r} repeats a group possessively (')*+'), which Python before 3.11.5 can mis-match",
                "drop the '+' after the group's quantifier ('(?:…)*')",
            )
        try:
            # Lines are matched Arabic-folded, so the patterns are folded the same way.
            out.append(re.compile(fold_arabic(pattern), re.IGNORECASE))
        except re.error as exc:
            raise DataError(str(path), None, f"bad regex {pattern!r}: {exc}", "fix the pattern") from exc
    return tuple(out)


def _phrases(*lists: list[str] | None) -> tuple[str, ...]:
    """Folded, tokenized phrases of one or more word lists."""
    return tuple(" ".join(tokens(w)) for words in lists for w in words or [])


def _word_map(table: Mapping[Any, list[str]]) -> dict[str, int]:
    return {" ".join(tokens(w)): int(k) for k, words in table.items() if k != "__line__" for w in words}


def _proclitic_words(section: Mapping[str, Any], key: str, proclitics: Sequence[str]) -> frozenset[str]:
    """A section's list of words, folded, with the forms they take with proclitics attached."""
    return with_proclitics((fold(w) for w in section.get(key) or []), proclitics)


def _token_words(words: list[str] | None) -> frozenset[str]:
    """The folded tokens of a YAML list of words ("l'" → "l")."""
    return frozenset(t for w in words or [] for t in tokens(w))


def _folded_words(words: list[str] | None) -> frozenset[str]:
    """A YAML list of words, folded."""
    return frozenset(fold(w) for w in words or [])


def _folded_pairs(pairs: Mapping[str, str] | None) -> Mapping[str, str]:
    """A YAML mapping of words to words, both folded ("الأميركي: الأمريكي")."""
    return MappingProxyType({fold(k): fold(v) for k, v in (pairs or {}).items() if k != "__line__"})


def load_rules(data_dir: Path, lang: str, bylines: tuple[re.Pattern[str], ...] = ()) -> LangRules:
    """Merge common (English furniture) and language rules into one LangRules."""

    def doc(sub: str, name: str) -> dict[str, Any]:
        path = data_dir / sub / name
        return _read_yaml(path) if path.exists() else {}

    boiler = [
        (data_dir / "common" / "boilerplate.yaml", doc("common", "boilerplate.yaml")),
        (data_dir / lang / "boilerplate.yaml", doc(lang, "boilerplate.yaml")),
    ]
    patterns: dict[str, list[re.Pattern[str]]] = {k: [] for k in PATTERN_KEYS}
    headings: set[str] = set()
    for path, part in boiler:
        for key in PATTERN_KEYS:
            patterns[key].extend(_compile(path, part.get(key) or []))
        headings.update(" ".join(tokens(h)) for h in part.get("related_headings") or [])
    common_dates, dates = doc("common", "dates.yaml"), doc(lang, "dates.yaml")
    meetings, people = doc(lang, "meetings.yaml"), doc(lang, "people.yaml")
    proclitics = tuple(fold(p) for p in doc(lang, "morphology.yaml").get("proclitics") or [])
    triggers = {
        phrase: kind
        for kind, phrases in (meetings.get("kinds") or {}).items()
        if kind != "__line__"
        for phrase in phrases
    }
    frozen = {k: tuple(v) for k, v in patterns.items()}
    furniture = [(role, frozen[key]) for key, role in FURNITURE_ROLES] + [("byline", bylines)]
    bare_offices = _folded_pairs(people.get("bare_offices"))
    return LangRules(
        lang=lang,
        furniture=combine_patterns(furniture),
        related_headings=frozenset(headings),
        site_words=frozenset(fold_arabic(w) for _, part in boiler for w in part.get("site_words") or []),
        glued_opener=_glued_opener([w for _, part in boiler for w in part.get("glued_openers") or []]),
        more_links=frozenset(_phrases(*(part.get("more_links") for _, part in boiler))),
        patterns=MappingProxyType({k: combine_patterns([(None, v)]) for k, v in frozen.items()}),
        dates=DateWords(
            months=tuple({**_word_map(common_dates.get("months", {})), **_word_map(dates.get("months", {}))}.items()),
            weekdays=tuple(
                {**_word_map(common_dates.get("weekdays", {})), **_word_map(dates.get("weekdays", {}))}.items()
            ),
            today=_phrases(dates.get("today")),
            yesterday=_phrases(dates.get("yesterday")),
            filler=_phrases(common_dates.get("filler"), dates.get("filler")),
            joiners=_phrases(dates.get("joiners")),
            other_week=_phrases(dates.get("other_week")),
            last_week=_phrases(dates.get("last_week")),
            ordinals=tuple(_word_map(dates.get("ordinals", {})).items()),
            this_month=_phrases(dates.get("this_month")),
            last_month=_phrases(dates.get("last_month")),
            day_before=_phrases(dates.get("day_before")),
            eve_of=frozenset(_phrases(dates.get("eve_of"))),
            founded=_phrases(common_dates.get("founded"), dates.get("founded")),
        ),
        triggers=PhraseIndex.build(triggers),
        trigger_priority=tuple(meetings.get("priority") or ("phone", "conference", "meeting")),
        window=int(meetings.get("window", 16)),
        place_prepositions=_folded_words(meetings.get("place_prepositions")),
        place_proclitics=tuple(fold(w) for w in meetings.get("place_proclitics") or []),
        place_articles=_folded_words(meetings.get("place_articles")),
        venue_words=_folded_words(meetings.get("venue_words")),
        titles=PhraseIndex.build({t: "title" for t in people.get("titles") or []}),
        # Words, as tokens: "Etats-Unis" is "etats" and "unis".
        not_names=_token_words(people.get("not_names")),
        patronymics=_folded_words(people.get("patronymics")),
        proclitics=proclitics,
        elisions=frozenset(fold(e) for e in doc(lang, "morphology.yaml").get("elisions") or []),
        settings=PhraseIndex.build({p: "setting" for p in meetings.get("settings") or []}),
        negations=PhraseIndex.build(
            {
                **{p: "negation" for p in meetings.get("negations") or []},
                **{p: "negation" for p in meetings.get("not_held") or []},
                **{p: "" for p in meetings.get("not_negations") or []},
            }
        ),
        negation_window=int(meetings.get("negation_window", 0)),
        planned=PhraseIndex.build(
            {
                **{p: "future" for p in meetings.get("future") or []},
                **{p: "planned" for p in meetings.get("planned") or []},
                **{p: "intent" for p in meetings.get("intent") or []},
                **{p: "after" for p in meetings.get("planned_after") or []},
                # Meetings held as a habit, not one: read as planned_after ("s'entretiennent régulièrement").
                **{p: "after" for p in meetings.get("habitual") or []},
                **{p: "next" for p in meetings.get("next_words") or []},
                **{p: "unplanned" for p in meetings.get("unplanned") or []},
            }
        ),
        time_nouns=frozenset(
            " ".join(tokens(w))
            for w in [
                *(meetings.get("time_nouns") or []),
                *_word_map(dates.get("weekdays", {})),
                *_word_map(dates.get("months", {})),
            ]
        ),
        place_topics=frozenset(" ".join(tokens(w)) for w in meetings.get("place_topics") or []),
        between=PhraseIndex.build({w: "between" for w in meetings.get("between") or []}),
        sequence=PhraseIndex.build({p: "step" for p in meetings.get("sequence") or []}),
        sequence_words=frozenset(t[0] for p in meetings.get("sequence") or [] if len(t := tokens(p)) == 1),
        infinitive_openers=PhraseIndex.build({p: "infinitive" for p in meetings.get("infinitive_openers") or []}),
        clause_openers=_folded_words(meetings.get("clause_openers")),
        time_clauses=_proclitic_words(meetings, "time_clauses", proclitics),
        relative_clauses=_folded_words(meetings.get("relative_clauses")),
        and_words=_folded_words(meetings.get("and_words")),
        present_tense=_proclitic_words(meetings, "present_tense", proclitics),
        title_words=with_proclitics((t for w in people.get("title_words") or [] for t in tokens(w)), proclitics),
        title_joiners=_folded_words(people.get("title_joiners")),
        of_words=_folded_words(people.get("of_words")),
        kin_words=_folded_words(people.get("kin_words")),
        of_proclitics=_folded_words(people.get("of_proclitics")),
        possessives=_folded_words(people.get("possessives")),
        abbreviations=_folded_words(people.get("abbreviations")),
        counterparts=_proclitic_words(people, "counterparts", proclitics),
        same_office=tuple(
            frozenset(tuple(tokens(name)) for name in group) for group in people.get("same_office") or [] if group
        ),
        not_holder=_proclitic_words(people, "not_holder", proclitics),
        bare_offices=bare_offices,
        bare_office_forms=with_proclitics(bare_offices, proclitics),
        role_spellings=_folded_pairs(people.get("role_spellings")),
        role_cuts=_folded_words(people.get("role_cuts")),
        role_optional=_folded_words(people.get("role_optional")),
        object_proclitics=_folded_words(people.get("object_proclitics")),
        role_synonyms=tuple(
            tuple(tuple(tokens(phrase)) for phrase in group) for group in people.get("role_synonyms") or []
        ),
        first_person=_proclitic_words(meetings, "first_person", proclitics),
        sent_by=PhraseIndex.build({w: "sender" for w in meetings.get("sent_by") or []}),
        sent_to=_folded_words(meetings.get("sent_to")),
        companions=_proclitic_words(meetings, "companions", proclitics),
        pair_words=PhraseIndex.build({w: "pair" for w in meetings.get("pair_words") or []}),
        verb_first=bool(meetings.get("verb_first", False)),
        manner=PhraseIndex.build({p: "manner" for p in meetings.get("manner") or []}),
        separately=_folded_words(meetings.get("separately")),
        each_apart=PhraseIndex.build({p: "apart" for p in meetings.get("each_apart") or []}),
        subject_pronouns=_folded_words(meetings.get("subject_pronouns")),
        plural_pronouns=_folded_words(meetings.get("plural_pronouns")),
        described_subjects=_token_words(meetings.get("described_subjects")),
        joint=_proclitic_words(meetings, "joint", proclitics),
        impersonal=_folded_words(meetings.get("impersonal")),
        subject_verbs=_folded_words(meetings.get("subject_verbs")),
        honorifics=_folded_words(meetings.get("honorifics")),
        owned_triggers=_proclitic_words(meetings, "owned_triggers", proclitics),
        host_verbs=_proclitic_words(meetings, "host_verbs", proclitics),
        owner_words=_folded_words(meetings.get("owner_words")),
        dropped_subject_verbs=_folded_words(meetings.get("dropped_subject_verbs")),
        dropped_subject_openers=_folded_words(meetings.get("dropped_subject_openers")),
        call_verbs=_folded_words(meetings.get("call_verbs")),
        call_demands=_folded_words(meetings.get("call_demands")),
        with_verbs=_folded_words(meetings.get("with_verbs")),
        between_names=_folded_words(meetings.get("between_names")),
        with_words=_folded_words(meetings.get("with_words")),
        attendance=PhraseIndex.build({p: "attendance" for p in meetings.get("attendance") or []}),
        reported_speech=PhraseIndex.build(
            {str(k): str(v or "") for k, v in (meetings.get("reported_speech") or {}).items() if k != "__line__"}
        ),
        anaphora=_folded_words(meetings.get("anaphora")),
        definite_prefixes=tuple(fold(w) for w in meetings.get("definite_prefixes") or []),
    )


def _digest(data_dir: Path) -> str:
    sha = hashlib.sha256()
    for path in sorted(data_dir.rglob("*.yaml")):
        sha.update(path.relative_to(data_dir).as_posix().encode())
        sha.update(path.read_bytes())
    return sha.hexdigest()[:16]


def _read_offices(rules: LangRules, actors: Mapping[str, Entity]) -> LangRules:
    """The rules with each actor's office read in their language, and its kind where it is one of
    same_office's with a nationality word added (extract/offices.py)."""
    offices = {}
    kinds = {}
    short = {}
    for actor, entity in actors.items():
        role = entity.role.get(rules.lang)
        office = tuple(rules.role_spellings.get(t, t) for t in tokens(role)) if role else ()
        if office:
            shorter = _short_offices(office, rules)
            # The words the office and its shorter forms start with ("émissaire", "envoyé").
            firsts = dict.fromkeys([office[0], *(form[0] for form in shorter)])
            offices[actor] = (office, with_proclitics(firsts, rules.proclitics))
            kind = _office_kind(office, rules.same_office)
            if kind:
                kinds[actor] = kind
            if shorter:
                short[actor] = shorter
    names: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for group, names_of_group in enumerate(rules.same_office):
        for name in sorted(names_of_group):
            names.setdefault(name[0], []).append((name[1:], group))
    return replace(
        rules,
        offices=MappingProxyType(offices),
        office_kinds=MappingProxyType(kinds),
        nationalities=frozenset(n for _, n in kinds.values() if n not in rules.not_holder),  # not "ancien"
        short_offices=MappingProxyType(short),
        office_names=MappingProxyType({k: tuple(sorted(v, key=lambda n: -len(n[0]))) for k, v in names.items()}),
    )


# How many of an office's words role_synonyms may stand for at once.
SYNONYM_ROUNDS = 2


# An office, and each of its shorter forms, is two words at least.
MIN_OFFICE_WORDS = 2


def _short_offices(office: tuple[str, ...], rules: LangRules) -> tuple[tuple[str, ...], ...]:
    """The office's shorter forms: without its role_optional words ("المبعوث الأممي إلى سوريا"
    for "المبعوث الأممي الخاص إلى سوريا"), and either form cut at its first role_cuts word
    ("المبعوث الأممي"); two words at least, its first word kept. Each also with a word of
    role_synonyms in place of its own ("l'envoyé de l'ONU" for "émissaire de l'ONU pour le Yémen").
    An office then another, joined by a sequence word ("المبعوث الأممي الخاص إلى اليمن ثم وكيل الأمين
    العام …"), has the first alone as a form too, and its forms."""
    then = next((i for i, t in enumerate(office) if i >= MIN_OFFICE_WORDS and t in rules.sequence_words), None)
    forms: set[tuple[str, ...]] = set()
    for base in (office, office[:then]) if then else (office,):
        plain = base[:1] + tuple(t for t in base[1:] if t not in rules.role_optional)
        for form in (base, plain):
            cut = next((i for i, t in enumerate(form) if i and t in rules.role_cuts), len(form))
            forms.update(f for f in (form, form[:cut]) if len(f) >= MIN_OFFICE_WORDS)
    for _ in range(SYNONYM_ROUNDS):  # "l'envoyé des Nations unies": two in one office
        forms |= {
            (*form[:i], *other, *form[i + len(phrase) :])
            for form in forms
            for group in rules.role_synonyms
            for phrase in group
            for i in range(len(form) - len(phrase) + 1)
            if form[i : i + len(phrase)] == phrase
            for other in group
            if other != phrase
        }
    forms.discard(office)
    return tuple(sorted(forms))


def _office_kind(office: tuple[str, ...], groups: Sequence[frozenset[tuple[str, ...]]]) -> tuple[int, str] | None:
    """(group, nationality word) when the office is a group's with one word more: "ministre
    syrien des affaires étrangères" is "ministre des affaires étrangères" and "syrien"."""
    for i in range(len(office)):
        rest = office[:i] + office[i + 1 :]
        group = next((g for g, offices in enumerate(groups) if rest in offices), None)
        if group is not None:
            return group, office[i]
    return None


def load_data(data_dir: Path = DATA_DIR) -> ArchiveData:
    """Load every data file, validate it, and build the match indexes."""
    actors, actor_aliases, shared_names, surnames = load_actors(data_dir / "actors.yaml")
    places, place_aliases = load_places(data_dir / "places.yaml")
    outlets, outlet_aliases, outlet_group, outlet_domains = load_outlets(data_dir / "outlets.yaml")
    cues_path = data_dir / "common" / "sources.yaml"
    sources = _read_yaml(cues_path)
    cues = [c.replace("{outlet}", outlet_group) for c in sources.get("cues", [])]
    joiners = "|".join(re.escape(w) for w in sources.get("credit_joiners") or [])
    openers = "|".join(re.escape(w) for w in sources.get("credit_openers") or []) or "(?!)"
    bylines_path = data_dir / "common" / "bylines.yaml"
    words = _read_yaml(data_dir / "languages.yaml").get("function_words", {})
    bylines = _compile(bylines_path, _read_yaml(bylines_path).get("bylines", []))
    spellings = _spellings(data_dir / "common" / "spellings.yaml")
    return ArchiveData(
        actors=MappingProxyType(actors),
        places=MappingProxyType(places),
        outlets=MappingProxyType(outlets),
        actor_index=PhraseIndex.build(respelled(actor_aliases, spellings)),
        place_index=PhraseIndex.build(place_aliases),
        outlet_index=PhraseIndex.build(outlet_aliases),
        outlet_domains=MappingProxyType(outlet_domains),
        rules=MappingProxyType({lang: _read_offices(load_rules(data_dir, lang, bylines), actors) for lang in LANGS}),
        bylines=bylines,
        source_cues=_compile(cues_path, cues),
        generic_sources=frozenset(w.casefold() for w in sources.get("generic_sources") or []),
        social_hosts=frozenset(str(h).lower() for h in sources.get("social_hosts") or []),
        rights_footers=_compile(cues_path, sources.get("rights_footers") or []),
        rights_gate=re.compile(
            "|".join(re.escape(fold_arabic(w)) for w in sources.get("rights_words") or []) or "(?!)", re.IGNORECASE
        ),
        credit_split=re.compile(rf"\s*(?:[/+&,،]|\b(?:{joiners or '(?!)'})\b)\s*"),
        credit_opener=re.compile(rf"^(?:{openers})\s+", re.IGNORECASE),
        function_words=MappingProxyType({k: frozenset(v) for k, v in words.items() if k != "__line__"}),
        digest=_digest(data_dir),
        shared_names=shared_names,
        surnames=surnames,
    )
