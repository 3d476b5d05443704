"""text → labelled lines: tell the article's own lines from site furniture, by rules in data/."""

from __future__ import annotations

import difflib
import itertools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .article import Block, Line
from .data import ROLE_GROUP, ArchiveData, LangRules
from .extract.date import is_date_line, is_founding_date
from .extract.language import function_word_counts
from .extract.match import line_phrases, whole_phrase
from .extract.normalize import (
    LIST_ITEM,
    fold_arabic,
    fold_arabic_mapped,
    is_mostly_latin,
    original_span,
    split_sentences,
    token_bounds,
    tokens,
    word_count,
)
from .extract.source import outlet_named, outlet_quoted, url_path

# Zero-width and bidi controls scramble titles and break matching; scrapers add them
# at random. Arabic letter mark (U+061C) included. NBSP and other spaces become a space.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u061c\u00ad]")
# A run of them: written [c][c]* rather than [c]+ because a pattern that starts with a character
# class lets the regex engine skip to candidates in C (a repeat is tried at every position).
_SPACE = "[\t\x0b\x0c\u00a0\u2000-\u200a\u202f\u205f\u3000]"
_SPACES = re.compile(_SPACE + _SPACE + "*")
# NEL and the Unicode line and paragraph separators end a line. YAML reads them as line
# breaks too, so one left inside a title does not round-trip (U+0085 comes back a space).
_LINE_BREAKS = re.compile("\r\n|[\r\x85\u2028\u2029]")
# Other control characters are terminal or scraper debris, never text.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
# Final punctuation, read on the last character before trailing spaces (not by a regex search,
# which would try each mark of a long line in turn).
_TERMINAL_MARKS = frozenset(".!?؟:;»\"”“'’)…")
_ELLIPSIS = re.compile(r"(\.\.\.|…)\s*$")
_SITE_PREFIX = re.compile(r"^(?P<site>[^-–—|:]{2,40}?)\s*[-–—|:]\s*(?P<rest>.*)$")
_SITE_SUFFIX = re.compile(r"^(?P<rest>.+?)\s+[-–—|]\s*(?P<site>[^-–—|]{2,40})$")
# The parts of a page's title: "headline | section | DW | 15.11.2015".
_PAGE_TITLE_PARTS = re.compile(r"\s+\|\s+")
# What parts a title from its site's name: " - ", " – ", " | ".
_SITE_SEPARATOR = re.compile(r"\s+[-–—|]\s+")
# A site's name is short: "مصر - قناة السويس تسجل إيرادات قياسية" is a headline, not a site.
MAX_SITE_WORDS = 4
# Parts of a credit line naming several outlets: "OLJ/AFP", "RT + وكالات".

# A headline, a caption or a rubric is at most this long; a paragraph usually longer.
MAX_TITLE_WORDS = 30
# Longer than this, the first line is a paragraph, not a headline (the longest of 332 headlines
# read in development articles has 24 words); longer than MAX_STOPPED_HEADLINE_WORDS with a full
# stop, too: none of those headlines ends with one, and the lead that opens a page without a
# headline does ("أطلع الرئيس الروسي … يوم الثلاثاء.").
MAX_HEADLINE_WORDS = 32
MAX_STOPPED_HEADLINE_WORDS = 12
# Furniture lines (credits, stamps, captions) are short; a longer line is a paragraph, and
# skipping it keeps the many whole-line patterns off the body.
# (The longest caption met, Al Jazeera's with its date and place, has 335 characters.)
MAX_FURNITURE_CHARS = 500
# A related-stories heading counts only once a paragraph has been read (this long, or a
# punctuated sentence): above the article the same words are navigation links ("آخر الأخبار").
BODY_STARTED_WORDS = 25
# A signature line: "par Julien Marchal et Anna Vorontsova, correspondante à Moscou" has nine words.
MAX_BYLINE_WORDS = 12
# Headlines a "Lire aussi" / "اقرأ أيضا" block set inside the article may list.
MAX_INLINE_LINKS = 6


@dataclass
class _Row:
    no: int
    text: str
    role: str = "body"
    note: str = ""


# Controls and invisible characters go in one pass (removing one kind never makes another).
_DELETED = re.compile(f"[{_CONTROLS.pattern[1:-1]}{_INVISIBLE.pattern[1:-1]}]")
# Any character the two passes would change: most texts have none, and one scan tells.
_DELETED_OR_SPACE = re.compile(f"[{_DELETED.pattern[1:-1]}{_SPACE[1:-1]}]")


# A full stop glued to the next sentence, a slip of sites and of scrapers that lose line breaks:
# "بشار الأسد.وفيما أشار", "les deux chefs d'État.La Turquie", "nord-ouest de la Syrie.\"En
# tenant". Two small letters before it at least: "(د.ب.أ)", "U.S.A" are abbreviations.
_GLUED_SENTENCE = re.compile(
    '[.!?؟](?:(?<=[\u0621-\u064a]{2}[.!؟])(?=[\u0621-\u064a])|(?<=[a-zß-öø-ÿ]{2}[.!?])(?=["«“]?[A-ZÀ-ÖØ-Þ]))'
)


# A wire's stamp closing the last paragraph, "… a conclu l'Élysée.(©AFP / 23 janvier 2018 19h18)":
# it goes on a line of its own, where it is read as the publication date.
_TRAILING_STAMP = re.compile(r"(?<=[^\s])[ \t]*(\(©[^()\n/]{2,40}/[^()\n]{4,60}\))[ \t]*$", re.MULTILINE)


# A quotation mark a scraper left as its HTML entity, often without the ampersand: "لطهران
# quot;لم يتقرر بعد … لاريجاني وسولاناquot;." (Elaph).
_QUOT_ENTITY = re.compile(r"&quot;|(?<![A-Za-z&])quot;")


def normalize_text(text: str) -> str:
    """NFC, one kind of line end, no invisible controls, plain spaces, a space after each sentence,
    a wire's stamp on its own line, quotation marks left as entities made marks again."""
    if "quot;" in text:
        text = _QUOT_ENTITY.sub('"', text)
    if "\r" in text or "\x85" in text or "\u2028" in text or "\u2029" in text:
        text = _LINE_BREAKS.sub("\n", text)
    if _DELETED_OR_SPACE.search(text):
        text = _SPACES.sub(" ", _DELETED.sub("", text))
    if _GLUED_SENTENCE.search(text):
        text = _GLUED_SENTENCE.sub(r"\g<0> ", text)
    if "(©" in text:
        text = _TRAILING_STAMP.sub(r"\n\1", text)
    return unicodedata.normalize("NFC", text)


def _matches(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The rule set's match of the whole line (Arabic letter variants folded)."""
    return pattern.fullmatch(fold_arabic(text))


def _note(m: re.Match[str], text: str) -> str:
    """The first named group of a match, in the line's original spelling."""
    name = next((k for k, v in m.groupdict().items() if v and not k.startswith(ROLE_GROUP)), None)
    if name is None:
        return ""
    if m.string == text:  # folding changed nothing: offsets are the line's own
        return text[slice(*m.span(name))]
    _, where = fold_arabic_mapped(text)
    return original_span(text, where, *m.span(name))


# A line that is one quotation and nothing else (a kicker's, with no one said to say it).
_QUOTED_LINE = re.compile('["“«„][^"“”«»„]+["”»]')
# Marks that start an item of a list: the site's menus, over the headline.
_LIST_BULLETS = ("•", "◦", "▪", "▸", "►", "‣")


def _is_terminated(text: str) -> bool:
    """The text ends with final punctuation, trailing spaces aside."""
    return text.rstrip()[-1:] in _TERMINAL_MARKS


def _is_truncated(text: str) -> bool:
    """The text ends with an ellipsis, trailing spaces aside: a teaser's cut."""
    return text.rstrip().endswith(("...", "…"))


def _heading_key(text: str) -> str:
    return " ".join(tokens(text.rstrip(" :：-–")))


def _is_paragraph(row: _Row) -> bool:
    """A line of running text: long, or a sentence of ten words or more ending in punctuation."""
    words = word_count(row.text)
    return words >= BODY_STARTED_WORDS or (words >= 10 and _is_terminated(row.text))


def _inline_block_end(rows: list[_Row], heading: int) -> int | None:
    """Where the article resumes after a related block set inside it, or None for a tail.

    Inside the text the heading is followed by a few linked headlines (short, unpunctuated) and
    then by paragraphs again; a tail has summaries, dates or nothing after its headlines.
    """
    end = heading + 1
    while end < len(rows) and end - heading <= MAX_INLINE_LINKS:
        row = rows[end]
        if word_count(row.text) > MAX_TITLE_WORDS // 2 or _is_terminated(row.text):
            break
        end += 1
    resumes = rows[end : end + 2]
    is_resumed = len(resumes) == 2 and all(word_count(r.text) >= 20 and _is_terminated(r.text) for r in resumes)
    return end if end > heading + 1 and is_resumed else None


def mark_more_links(rows: list[_Row], rules: LangRules) -> None:
    """In a list of other stories, each with a link to it ("La leçon de démocratie du Nigéria"
    over "En savoir plus"; boilerplate more_links), a headline-like line (short, no full stop)
    right over a link is a teaser, and so is a kicker in capitals right over it ("UN ŒIL SUR LES
    MÉDIAS"). One link is no list: under the article's standfirst, it leads to the rest of it."""
    links = [i for i, row in enumerate(rows) if i and _heading_key(row.text) in rules.more_links]
    if len(links) < MIN_LIST_ITEMS:
        return
    for i in links:
        rows[i].role = "related"
        teaser = rows[i - 1]
        if teaser.role != "body" or _is_terminated(teaser.text) or word_count(teaser.text) > MAX_TITLE_WORDS:
            continue
        teaser.role = "related"
        kicker = rows[i - 2] if i >= 2 else None
        if kicker and word_count(kicker.text) <= MAX_KICKER_WORDS and kicker.text.isupper():
            kicker.role = "related"


def mark_related(rows: list[_Row], rules: LangRules) -> None:
    """A related-stories heading after the first paragraph drops its block, or all after it when at the end."""
    is_started = False
    i = 0
    while i < len(rows):
        row = rows[i]
        words = word_count(row.text) if is_started else 0
        if is_started and words <= MAX_TITLE_WORDS:
            # A heading is short; a paywall's or a comment box's notice may be a sentence or two.
            is_heading = (words <= 8 and _heading_key(row.text) in rules.related_headings) or bool(
                _matches(rules.patterns["related_heading_patterns"], row.text)
            )
            if is_heading:
                end = _inline_block_end(rows, i)
                for later in rows[i : end or len(rows)]:
                    later.role = "related"
                if end is None:
                    return
                i = end
                continue
        is_started = is_started or _is_paragraph(row)
        i += 1


def _furniture(text: str, rules: LangRules) -> tuple[str, re.Match[str]] | None:
    """(role, match) of the furniture rule the whole text is, else None."""
    m = rules.furniture.fullmatch(fold_arabic(text))
    return None if m is None else (str(m.lastgroup).removeprefix(ROLE_GROUP), m)


def _unmarked(text: str) -> str:
    """The text without the marks an item of the page may start with: a list's bullet or a
    symbol ("• شارك هذا الخبر", "🟢 À LIRE AUSSI : Le président Tebboune reçoit …"), or another
    list item's mark and a space ("- تم نسخ عنوان المقال إلى الحافظة"; LIST_ITEM)."""
    i = 0
    while i < len(text) and (text[i] in _LIST_BULLETS or text[i].isspace() or unicodedata.category(text[i])[0] == "S"):
        i += 1
    if i == 0 and (item := LIST_ITEM.match(text)):
        i = item.end()
    return text[i:]


def mark_furniture(rows: list[_Row], rules: LangRules, data: ArchiveData) -> None:
    """Label print footers, address, date, source and byline lines, navigation and captions."""
    for row in rows:
        if row.role != "body" or len(row.text) > MAX_FURNITURE_CHARS:
            continue
        text = row.text
        found = _furniture(text, rules)
        if found is None and (unmarked := _unmarked(text)) != text:
            text = unmarked
            found = _furniture(text, rules)
        if found is None:
            continue
        role, m = found
        if role != "byline" or word_count(text) <= MAX_BYLINE_WORDS or _stamped_byline(m, rules):
            row.role, row.note = role, _note(m, text)


def _stamped_byline(m: re.Match[str], rules: LangRules) -> bool:
    """Whether a byline line too long for a name is the name and the page's stamp: "Par Khansaa
    Bahra, Publié le 22/04/2021 à 11:37, mis à jour le 22/04/2021 à 15:31"."""
    name = next((k for k, v in m.groupdict().items() if v and k.startswith("byline")), None)
    rest = m.string[m.end(name) :].strip(" ,;|-–—") if name else ""  # folded: _furniture folds it again
    found = _furniture(rest, rules) if rest else None
    return found is not None and found[0] in _TITLE_STAMP_ROLES


def mark_tickers(rows: list[_Row], rules: LangRules) -> None:
    """Above the headline, the line after a news ticker's label ("خبر عاجل", "Alerte info") is the
    ticker's item, another story: it goes, and the label with it. The item is one sentence, and
    the headline, no paragraph, follows it."""
    for row, item, after in zip(rows, rows[1:], rows[2:], strict=False):
        if _is_paragraph(row):
            return
        if (
            item.role == "body"
            and word_count(item.text) <= MAX_HEADLINE_WORDS
            and not _is_paragraph(after)
            and _matches(rules.patterns["ticker_labels"], row.text)
        ):
            row.role = item.role = "drop"
            return


def _credit_of(text: str, data: ArchiveData) -> str | None:
    """The first outlet of a line made only of outlet names ("OLJ/AFP", "Ouest-France avec AFP"), else None."""
    parts = [p.strip(" .:-–()") for p in data.credit_split.split(data.credit_opener.sub("", text))]
    outlets = [outlet_named(p, data) for p in parts if p]
    return outlets[0] if len(outlets) > 1 and all(outlets) else None


def _desk_of(text: str, data: ArchiveData) -> str | None:
    """The outlet of a line that is its name and one word more, its desk ("رووداو ديجيتال")."""
    found = line_phrases(text, data.outlet_index)
    is_desk = len(found) == 1 and found[0].start == 0 and found[0].end == len(tokens(text)) - 1
    return found[0].value if is_desk and not _is_terminated(text) else None


def _page_title(text: str, data: ArchiveData) -> tuple[str, str] | None:
    """(headline, outlet) of a page's title: "headline | section | DW | 15.11.2015"."""
    if " | " not in text:
        return None
    parts = _PAGE_TITLE_PARTS.split(text)
    outlet = next(filter(None, (outlet_named(p, data) for p in parts[1:])), None) if len(parts) >= 3 else None
    return (parts[0], outlet) if outlet else None


def strip_site_names(rows: list[_Row], rules: LangRules, data: ArchiveData) -> None:
    """Remove "المؤتمر نت -" prefixes and "| Le Monde" suffixes; a bare site name is a banner."""
    is_started = False
    for row in rows:
        is_started = is_started or _is_paragraph(row)
        # "OLJ/AFP" has the shape of a photo credit but names the article's outlets.
        if row.role in {"body", "caption"} and word_count(row.text) <= 6 and _credit_of(row.text, data):
            row.role, row.note = "source", row.text
            continue
        if row.role == "body" and (page_title := _page_title(row.text, data)):
            row.text, row.note = page_title
            continue
        if row.role != "body":
            continue
        # A short line may be the site's name, or carry a known one; a long headline keeps only
        # an unknown site's ("… - بوابة الشروق", "… | Atlantico.fr"), removed while above the article.
        if word_count(row.text) <= 12 and _takes_known_site(row, rules, data, is_started):
            continue
        if not is_started and (rest := _before_site_word(row.text, rules)):
            row.text = rest
        if not is_started and (rest := _after_ticker_label(row.text, rules)):
            row.text = rest
        if not is_started and (rest := _after_glued_rubric(row.text)) and not _written_elsewhere(row, rest, rows):
            row.text = rest


def _takes_known_site(row: _Row, rules: LangRules, data: ArchiveData, is_started: bool) -> bool:
    """Label a line that is a known outlet's name (a banner), or strip the known outlet's name it
    starts or ends with; whether it did."""
    outlet = outlet_named(row.text, data)
    if outlet:
        row.role, row.note = "banner", outlet
        return True
    for pattern in (_SITE_PREFIX, _SITE_SUFFIX):
        m = pattern.match(row.text)
        # "… - (بترا)": a credit in parentheses is the photo's agency, not the site.
        if m and not m.group("site").strip().startswith("(") and (outlet := outlet_named(m.group("site"), data)):
            row.text, row.note = m.group("rest").strip(), outlet
            if not row.text:
                row.role = "banner"
            elif _matches(rules.patterns["caption_patterns"], row.text):
                row.role = "caption"
            elif whole_phrase(row.text, data.place_index, rules.proclitics):
                row.role = "dateline"  # "رووداو - أربيل": the site and the city it writes from
            elif word_count(row.text) <= 3 and not _is_terminated(row.text):
                # "عنب بلدي – أونلاين", "Le Monde - Marc Semo": the desk or the author.
                row.role = "byline"
            return True
    # Above the article, the site's name and one word more is its desk, written without the
    # dash: "رووداو ديجيتال".
    if not is_started and (outlet := _desk_of(row.text, data)):
        row.role, row.note = "byline", outlet
        return True
    return False


# A site named by its address: "… | Atlantico.fr".
_DOMAIN_NAME = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}", re.IGNORECASE)


def _before_site_word(text: str, rules: LangRules) -> str | None:
    """The text before a " - " that opens a site's name ("بوابة الشروق", "موقع قناة المنار – لبنان"),
    if the name starts with one of the words sites call themselves by (site_words) or is an
    address ("Atlantico.fr")."""
    for m in _SITE_SEPARATOR.finditer(text):
        after = [w for w in text[m.end() :].split() if w not in "-–—|"]
        is_named = after and (fold_arabic(after[0]) in rules.site_words or _DOMAIN_NAME.fullmatch(" ".join(after)))
        if m.start() and is_named and len(after) <= MAX_SITE_WORDS:
            return text[: m.start()]
    return None


# A rubric the scraper ran into the headline, with no space ("ParisVladimir Poutine à l'Elysée",
# "Assemblée de l'ONUBurkhalter rencontre …") or in capitals ("CRISES EN SYRIE ET EN UKRAINE Kerry
# et Lavrov demain à Genève"): a word that ends in lower case, or an acronym, then a capital that
# starts a word; a run of words in capitals, then a capitalised word.
_GLUED = re.compile(r"(?:(?<=[^\W\d_]{4})(?<=[^\W\d_A-ZÀ-Þ])|(?<=[A-Z]{2}))(?=[A-ZÀ-Þ][a-zß-ÿ])")
_CAPITALS_RUN = re.compile(r"(?:[A-ZÀ-Þ'’-]{2,}\s+){2,}(?=[A-ZÀ-Þ][a-zß-ÿ])")
# The rubric is a few words; the headline after it is several.
MAX_RUBRIC_WORDS = 6
MIN_CAPITALS_RUN = 10
MIN_HEADLINE_REST = 3


def _after_ticker_label(text: str, rules: LangRules) -> str | None:
    """The headline of a line that starts with a news ticker's label, in capitals or with a colon
    ("URGENT Xi Jinping réaffirme …", "عاجل: …"), else None."""
    m = rules.patterns["ticker_labels"].match(fold_arabic(text))
    if m is None or not m.group().strip():
        return None
    label, rest = text[: m.end()], text[m.end() :]
    is_marked = label.rstrip().endswith(":") or not any(c.islower() for c in label)
    # A whole word: "URGENT Xi", "عاجل:", not "FLASHBACK".
    if not is_marked or not (label[-1:].isspace() or label.endswith(":") or rest[:1].isspace()):
        return None
    rest = rest.strip(" :|-–—")
    return rest if word_count(rest) >= MIN_HEADLINE_REST else None


def _after_glued_rubric(text: str) -> str | None:
    """The headline of a line that starts with a rubric glued to it, else None."""
    if (m := _CAPITALS_RUN.match(text)) and sum(c.isalpha() for c in m.group()) >= MIN_CAPITALS_RUN:
        rest = text[m.end() :]
    else:
        head = " ".join(text.split()[:MAX_RUBRIC_WORDS])
        glue = _GLUED.search(head, 1)
        # The word's own start is no glue: "ONU Burkhalter" has a space, "McCain" a short prefix.
        if glue is None or head[glue.start() - 1].isspace():
            return None
        rest = text[glue.start() :]
    return rest if word_count(rest) >= MIN_HEADLINE_REST else None


def _written_elsewhere(row: _Row, rest: str, rows: list[_Row]) -> bool:
    """Whether the word split at the glue is written whole in another line: then it is a name
    ("hôtel InterContinental", "WhatsApp"), not a rubric run into the headline."""
    glued = row.text[: len(row.text) - len(rest)].split()[-1:] + rest.split()[:1]
    word = "".join(glued)
    return any(word in other.text for other in rows if other is not row)


def mark_datelines(rows: list[_Row], rules: LangRules, data: ArchiveData) -> None:
    """A short line that is only a place and the outlet ("دمشق-سانا", "الرياض: «الشرق الأوسط»").
    A quoted name counts when it is an outlet's or follows a known place: "نص «إعلان الدوحة»"
    (the text of the Doha declaration) is a headline."""
    for row in rows:
        if row.role != "body" or word_count(row.text) > 6:
            continue
        folded = fold_arabic(row.text)
        for cue in data.source_cues:
            m = cue.match(folded)
            if m and not folded[m.end() :].strip(' -–—/:|»"”'):
                if m.groupdict().get("quoted") and not _quotes_an_outlet(m, rules, data):
                    continue
                row.role = "dateline"
                break


def _quotes_an_outlet(m: re.Match[str], rules: LangRules, data: ArchiveData) -> bool:
    """Whether a quoted name after a word or two (a source cue's "quoted" group) is a dateline's:
    the name is an outlet's, or the words before it are a known place."""
    place = m.string[: m.start("quoted")].strip(' -–—:«"“')
    if outlet_quoted(m["quoted"], data) is not None:
        return True
    return whole_phrase(place, data.place_index, rules.proclitics) is not None


# "دمشق - الوطن", "لوزان، لندن، بيروت - «الحياة»، رويترز، أ ف ب": places, a dash, a short credit.
# Lebanese papers draw the dash with tatweels: "موسكو ــ الأخبار".
_PLACE_DATELINE = re.compile(r"^(?P<places>[^-–—/:ـ]{2,60}?)\s*[-–—/ـ]+\s*(?P<credit>[^-–—/.!?؟ـ]{1,60})$")
# "جنيف (أ ش أ)", "MOSCOU (AFP) -": the credit in brackets.
_BRACKET_DATELINE = re.compile(r"^(?P<places>[^-–—/:ـ()]{2,60}?)\s*\((?P<credit>[^()]{1,60})\)\s*[-–—:]?$")
# "صنعاء، نيوز يمن:": the city, a comma and the credit, closed by a colon.
_COMMA_DATELINE = re.compile(r"^(?P<places>[^،,:]{2,40}?)\s*[،,]\s*(?P<credit>[^،,:.!?؟]{1,40}?)\s*:$")
_PLACE_LIST = re.compile(r"\s*[،,]\s*")
# Words of a credit after a dateline's places ("«الحياة»، رويترز، أ ف ب" has five), and of the
# whole line ("لوزان، لندن، بيروت" before it).
MAX_CREDIT_WORDS = 5
MAX_DATELINE_WORDS = 11


def _is_correspondent(credit: str, lang: str, rules: LangRules, data: ArchiveData) -> bool:
    """A dateline's credit that is a person's name: two or three words that are no known outlet
    (see _is_lone_name), the first of them without the article an Arabic outlet's name starts
    with ("الوطن السورية")."""
    return _is_lone_name(credit, lang, rules, data) and not credit.startswith(rules.definite_prefixes)


def mark_place_datelines(rows: list[_Row], lang: str, rules: LangRules, data: ArchiveData) -> None:
    """A short line after the headline made of places and a credit, for outlets the gazetteer
    does not know ("دمشق - الوطن"), or of a city alone ("جدة"): the dateline, not a paragraph."""
    for row in rows:
        if row.role != "body" or word_count(row.text) > MAX_DATELINE_WORDS:
            continue
        if whole_phrase(row.text.strip(" .:-–—"), data.place_index, rules.proclitics):
            row.role = "dateline"  # the city alone on its line: "جدة"
            continue
        m = _PLACE_DATELINE.match(row.text) or _BRACKET_DATELINE.match(row.text) or _COMMA_DATELINE.match(row.text)
        if not m or word_count(m["credit"]) > MAX_CREDIT_WORDS:
            continue
        places = [p for p in _PLACE_LIST.split(m["places"].strip()) if p]
        if places and all(whole_phrase(p, data.place_index, rules.proclitics) for p in places):
            credit = m["credit"].strip()
            # "موسكو ـ ريتا مهنا": the correspondent, not an outlet; unknown beats wrong.
            row.role, row.note = "dateline", "" if _is_correspondent(credit, lang, rules, data) else credit


# A temperature: a weather widget's ("21.12°القدس", "القاهرة 24°").
_TEMPERATURE = re.compile(r"\d\s*°")


def mark_date_lines(rows: list[_Row], rules: LangRules) -> None:
    """A line that is only a date (and time) is a date line, not a headline; the site's
    founding date is furniture, and so is its clock: a date line beside a weather widget's
    temperature ("السبت 05 يوليو 2025" under "غزة24.54°", over the exchange rates)."""
    for i, row in enumerate(rows):
        if row.role == "body" and is_date_line(row.text, rules.dates):
            above = rows[i - 1].text if i else ""
            below = rows[i + 1].text if i + 1 < len(rows) else ""
            is_clock = any(_TEMPERATURE.search(text) for text in (above, row.text, below))
            row.role = "drop" if is_clock or is_founding_date(row.text, above, rules.dates) else "date"


def mark_foreign_captions(rows: list[_Row], lang: str, data: ArchiveData) -> None:
    """In an Arabic article, a line written in Latin script is an agency photo caption; in a
    French one, a line in English ("Secretary of State Rex Tillerson met … at the State
    Department"): more English function words than French ones, MIN_ENGLISH_WORDS at least."""
    for row in rows:
        if row.role != "body":
            continue
        if lang == "ar" and is_mostly_latin(row.text):
            row.role = "caption"
        elif lang == "fr":
            fr, en = function_word_counts(tokens(row.text), data.function_words)
            if en >= MIN_ENGLISH_WORDS and en > fr:
                row.role = "caption"


# English function words in a line of a French article that make it English (with more of them
# than French ones): "US Rep. Ilhan Omar (D-MN) (L) talks with Speaker of the House …".
MIN_ENGLISH_WORDS = 2


# A label that ends with a colon ("رام الله الاخباري :", "جسر: متابعات:") heads what follows.
MAX_LABEL_WORDS = 5
# A kicker above the headline, trailing off into it: "خلال اتصال هاتفي مع بومبيو...".
MAX_KICKER_WORDS = 8


def _is_names_only(text: str, rules: LangRules, data: ArchiveData) -> bool:
    """A line that only names known people ("سيرجي لافروف وريكس تيلرسون", "Lavrov et Kerry"; one
    short joining word is allowed), or one known person with their title ("وزير الخارجية الأوكراني
    دميترو كوليبا"): a photo's label, not a headline."""
    people = line_phrases(text, data.actor_index, rules.proclitics)
    named = {i for m in people for i in range(m.start, m.end)}
    rest = [t for i, t in enumerate(tokens(text)) if i not in named]
    if len(people) == 1:
        return all(t in rules.title_words for t in rest)
    return len(people) >= 2 and len(rest) <= 1 and all(len(t) <= 3 for t in rest)


def _role_over_headline(text: str, after: str, rules: LangRules, data: ArchiveData) -> str | None:
    """What a line above the headline is (after: the next line left, or ""), or None if it may
    be the headline itself."""
    words = word_count(text)
    is_next_short = bool(after) and word_count(after) <= MAX_TITLE_WORDS
    if text.startswith(_LIST_BULLETS):
        return "rubric"  # an item of the site's lists ("• Canada (fr)"): a headline has no bullet
    if (
        after
        and len(text) > len(after)
        and text.endswith(after)
        and not text[-len(after) - 1].isalnum()
        and not _is_names_only(after, rules, data)
        # A breadcrumb is shorter than the headline it runs into; a headline may end with the
        # few words of the photo's caption under it ("الخارجية الروسية: ندرس إمكانية لقاء لافروف
        # وكيري" over "لقاء لافروف وكيري").
        and words - word_count(after) <= word_count(after)
    ):
        # A breadcrumb run into the headline: "Accueil MONDE Crise au Yémen : …" (a whole word
        # ends it: "… وزير الخارجية الأمريكي بجدة" over the dateline "جدة" is the headline; and
        # a headline that ends with the names of the photo's caption under it is one: "… entre le
        # colonel Assimi Goïta et Nana Akufo-Addo" over "Assimi Goïta et Nana Akufo-Addo").
        return "rubric"
    if text.rstrip().endswith(":") and words <= MAX_LABEL_WORDS:
        return "rubric"
    if (_is_truncated(text) or text.rstrip().endswith("..")) and words <= MAX_KICKER_WORDS and is_next_short:
        # A kicker that trails off into the headline: "خلال اتصال هاتفي مع بومبيو...", "إيران والعراق..".
        return "rubric"
    if _QUOTED_LINE.fullmatch(text) and words <= MAX_KICKER_WORDS and is_next_short and not _is_terminated(after):
        return "rubric"  # a quotation over the headline: "“في إطار تقاليد التشاور المنتظم بين الوزيرين”"
    if after and _is_truncated(text) and _cut_into(text, after):
        # A breadcrumb and the headline cut short, over the whole headline: "Accueil ACTUALITÉ LE
        # PRÉSIDENT TEBBOUNE A REÇU, HIER, … UN APPEL TÉLÉPHONIQUE...".
        return "rubric"
    if _is_names_only(text, rules, data):
        return "caption"
    if words <= MAX_HEADLINE_WORDS and not _is_terminated(text) and _names_one_site_twice(text, rules, data):
        return "banner"  # the site's own sections: "صدى البلد جامعات صدى البلد عقارات"
    if words <= MAX_HEADLINE_WORDS and not _is_terminated(text) and _says_twice_over(tokens(text)):
        return "banner"  # an advertisement's words, printed twice: "Hébergement web Hébergement web Annonces"
    if words <= 3 and is_next_short and not _is_terminated(text) and not after.rstrip().endswith((":", "：")):
        return "rubric"  # not over a label: "غريفيث يغادر صنعاء" over "صنعاء، نيوز يمن:" is the headline
    return None


# A headline cut short is this many words or more.
MIN_CUT_HEADLINE_WORDS = 4


def _cut_into(text: str, after: str) -> bool:
    """Whether text, without its ellipsis, ends with the start of after, four words or more."""
    words = text.rstrip().rstrip(".…").split()
    after = " ".join(after.split())
    return any(after.startswith(" ".join(words[i:])) for i in range(len(words) - MIN_CUT_HEADLINE_WORDS + 1))


def _names_one_site_twice(text: str, rules: LangRules, data: ArchiveData) -> bool:
    """Whether the line names one outlet twice or more: a bar of the site's sections."""
    outlets = [m.value for m in line_phrases(text, data.outlet_index, rules.proclitics)]
    return len(outlets) > len(set(outlets))


def _says_twice_over(toks: Sequence[str]) -> bool:
    """Whether a phrase of two words or more comes twice in a row: "hebergement web hebergement web"."""
    pairs = list(itertools.pairwise(toks))
    return len(set(pairs)) < len(pairs) and any(
        toks[i : i + n] == toks[i + n : i + 2 * n]
        for n in range(2, len(toks) // 2 + 1)
        for i in range(len(toks) - 2 * n + 1)
    )


# A line printed twice over the first paragraph is the headline (the page's title bar, then the
# article's) when it has this many words: "A A" text-size buttons are printed twice too.
MIN_REPEATED_HEADLINE_WORDS = 4


# The page's own stamp: its date, its author.
_STAMP_ROLES = frozenset({"published", "updated", "date", "byline"})


def _stamped_between(rows: list[_Row], first: _Row, last: _Row) -> bool:
    """Whether a date or byline line lies between two lines."""
    return any(first.no < r.no < last.no and r.role in _STAMP_ROLES for r in rows)


def _printed_twice(candidates: list[_Row], start: int) -> int | None:
    """Index of the first line from start that the page prints again before its first paragraph
    (a paragraph printed twice in a row is a photo's caption, its alt text then under it)."""
    seen: dict[str, int] = {}
    for j in range(start, len(candidates)):
        row = candidates[j]
        if _is_paragraph(row):
            if any(0 <= k < len(candidates) and candidates[k].text == row.text for k in (j - 1, j + 1)):
                continue
            return None
        if row.text in seen:
            return seen[row.text]
        if word_count(row.text) >= MIN_REPEATED_HEADLINE_WORDS:
            seen.setdefault(row.text, j)
    return None


# Words two copies of a paragraph start with alike.
TEASER_WORDS = 12


def _teaser_copy(candidates: list[_Row], i: int) -> _Row | None:
    """The later copy of candidate i when it is a paragraph the page prints again below a short
    line: the lead shown above the headline, then under it (either copy may be cut short, so
    copies are told by their first words)."""
    row = candidates[i]
    if i + 2 >= len(candidates) or not _is_paragraph(row) or _is_paragraph(candidates[i + 1]):
        return None
    opening = row.text.split()[:TEASER_WORDS]
    return next((later for later in candidates[i + 2 :] if later.text.split()[:TEASER_WORDS] == opening), None)


# An address's slug spells a headline with at least this many words, this share of them in it.
SLUG_WORDS = 3
SLUG_SHARE = 0.8
# The shortest last word of an address taken as cut short ("prisonn").
MIN_CUT_WORD = 4
_SLUG_SPLIT = re.compile(r"[-_+.,]+")


def _slug_words(url: str) -> list[str]:
    """The words of the address's longest path segment: "…/2683923/1/الرئيس-يستقبل-المبعوث" →
    its folded words (numbers left out)."""
    segment = max(url_path(url).split("/"), key=lambda part: len(_SLUG_SPLIT.split(part)), default="")
    return [w for w in tokens(" ".join(_SLUG_SPLIT.split(segment))) if not w.isdigit()]


def _named_by_address(
    candidates: list[_Row], rows: list[_Row], elisions: frozenset[str], past_lead: bool = False
) -> int | None:
    """The candidate (before the first paragraph; with past_lead, any line but a paragraph) whose
    words the page's address spells, when the seed records the address and its slug has words
    enough."""
    url = next((r.note for r in rows if r.role == "url" and r.note), None)
    slug_words = _slug_words(url) if url else []
    slug = set(slug_words)
    if len(slug) < SLUG_WORDS:
        return None
    for i, row in enumerate(candidates):
        if _is_paragraph(row):
            if past_lead:
                continue
            return None
        if _slug_share(slug, slug_words[-1], set(tokens(row.text)), elisions) >= SLUG_SHARE * len(slug):
            return i
    return None


def _slug_share(slug: set[str], last: str, words: set[str], elisions: frozenset[str]) -> int:
    """How many of the slug's words a line has: a word glued to its elided article (morphology.yaml
    elisions) counts ("dechange" for "d'échange"), and so does the slug's last word when the
    address cut it short ("…-echange-de-prisonn" for "prisonniers")."""

    def is_there(word: str) -> bool:
        if word in words or any(word.startswith(e) and word[len(e) :] in words for e in elisions):
            return True
        return word == last and len(word) >= MIN_CUT_WORD and any(w.startswith(word) for w in words)

    return sum(map(is_there, slug))


def mark_title(rows: list[_Row], rules: LangRules, data: ArchiveData) -> None:
    """The headline is the first line left after rubrics, labels and photo captions; a paragraph
    there means the page has no headline."""
    candidates = [r for r in rows if r.role == "body"]
    named = _named_by_address(candidates, rows, rules.elisions)
    if named is not None:
        # The page's address spells its headline ("…/الرئيس-يستقبل-المبعوث-الأممي-في-سوريا"):
        # the lines above it are the site's.
        for above in candidates[:named]:
            above.role = "banner"
        candidates[named].role = "title"
        return
    for i, row in enumerate(candidates):
        after = candidates[i + 1].text if i + 1 < len(candidates) else ""
        if role := _role_over_headline(row.text, after, rules, data):
            row.role = role
            continue
        if _is_kicker(candidates, i, rows):
            row.role = "rubric"
            continue
        if (copy := _teaser_copy(candidates, i)) is not None:
            # The lead shown above the headline and again under it: the fuller copy is kept.
            (copy if len(copy.text) < len(row.text) else row).role = "drop"
            continue
        twice = _printed_twice(candidates, i)
        # Under the page's stamp, a line printed twice is a photo's caption, not the headline; so
        # is one that only names people ("Assimi Goïta et Nana Akufo-Addo", twice).
        if (
            twice is not None
            and twice > i
            and not _stamped_between(rows, row, candidates[twice])
            and not _is_names_only(candidates[twice].text, rules, data)
            # A headline's length above it: the line printed twice is its photo's caption.
            and all(word_count(above.text) <= MAX_TAGLINE_WORDS for above in candidates[i:twice])
        ):
            # "منظور عالمي قصص إنسانية" over a headline printed twice is the site's tagline.
            for above in candidates[i:twice]:
                above.role = "banner"
            row = candidates[twice]
        words = word_count(row.text)
        if words > MAX_HEADLINE_WORDS or (words > MAX_STOPPED_HEADLINE_WORDS and row.text.rstrip().endswith(".")):
            # A paragraph: the page starts with its lead. It may print the headline further down,
            # over the date, as the address still tells; else it has none.
            rest = candidates[i:]
            named = _named_by_address(rest, rows, rules.elisions, past_lead=True)
            if named is not None:
                rest[named].role = "title"
            elif (cut := _glued_headline(row.text, rules)) is not None:
                rows.insert(rows.index(row), _Row(row.no, row.text[:cut].strip(), "title"))
                row.text = row.text[cut:].strip()
            return
        row.role = "title"
        return


# A headline tells what its lead tells: most of its words are the lead's. A kicker over it
# takes another angle: half of its words at most are, and far fewer than of the headline's.
HEADLINE_IN_LEAD, KICKER_IN_LEAD, KICKER_MARGIN = 0.6, 0.5, 0.3
# A page's buttons or a dateline between the headline and the lead: "تصغير", "تكبير",
# "باريس - وكالات".
MAX_BETWEEN_WORDS = 3


def _is_kicker(candidates: list[_Row], i: int, rows: list[_Row]) -> bool:
    """Whether candidate i is a kicker over the headline: a short line, then a headline whose
    words are mostly those of the lead under it, when the kicker's are not ("بحث وهاموند تحديات
    المنطقة" over "صباح الخالد يترأس اليوم «طارئ» منظمة التعاون الإسلامي", then the buttons
    "تصغير", "تكبير", then "كونا- يترأس … الشيخ صباح الخالد … اجتماعاً طارئا …"). No date or
    byline between the two: under the page's stamp, a line is the story's, not its headline."""
    row = candidates[i]
    rest = candidates[i + 2 :]
    lead = next((j for j, r in enumerate(rest) if word_count(r.text) > MAX_BETWEEN_WORDS), None)
    if i + 1 >= len(candidates) or lead is None or not _is_paragraph(rest[lead]):
        return False
    headline = candidates[i + 1]
    if any(_is_paragraph(r) or _is_terminated(r.text) for r in (row, headline)) or _stamped_between(
        rows, row, headline
    ):
        return False
    if word_count(row.text) > MAX_KICKER_WORDS or word_count(headline.text) > MAX_HEADLINE_WORDS:
        return False
    text = rest[lead].text
    told, kicker = _overlap(headline.text, text), _overlap(row.text, text)
    return told >= HEADLINE_IN_LEAD and kicker <= min(KICKER_IN_LEAD, told - KICKER_MARGIN)


# A site's tagline over a headline printed twice is this many words at most ("منظور عالمي قصص إنسانية").
MAX_TAGLINE_WORDS = 8
# A headline run into its standfirst is this many words.
MIN_GLUED_HEADLINE_WORDS, MAX_GLUED_HEADLINE_WORDS = 3, 20


def _glued_headline(text: str, rules: LangRules) -> int | None:
    """Where the headline a scraper ran into the standfirst ends in a line that starts like a
    paragraph ("Lavrov reçoit Zarif à Moscou Le chef de la diplomatie russe a reçu …"), else None:
    at a capitalised opener (LangRules.glued_opener) a few words in."""
    if rules.glued_opener is None:
        return None
    for m in rules.glued_opener.finditer(text):
        words = len(text[: m.start()].split())
        if words > MAX_GLUED_HEADLINE_WORDS:
            return None
        if words >= MIN_GLUED_HEADLINE_WORDS:
            return m.start()
    return None


# What a page prints under its author's name: the date, the dateline, "Publié" / "Modifié" labels.
_UNDER_AUTHOR = frozenset({"published", "updated", "date", "dateline", "drop"})
# An author's name: two or three words.
MIN_NAME_WORDS, MAX_NAME_WORDS = 2, 3


def _is_lone_name(text: str, lang: str, rules: LangRules, data: ArchiveData) -> bool:
    """A line that can only be a person's name: two or three words, no digit, no punctuation at
    the end, none of the words that are never names, no known person, place or outlet in it, and
    in French, every word capitalized."""
    words = text.split()
    if not MIN_NAME_WORDS <= len(words) <= MAX_NAME_WORDS or _is_terminated(text) or any(map(str.isdigit, text)):
        return False
    if lang == "fr" and not all(w[:1].isupper() for w in words):
        return False
    if any(t in rules.not_names for t in tokens(text)):
        return False
    indexes = (data.actor_index, data.place_index, data.outlet_index, rules.titles)
    return not any(line_phrases(text, index, rules.proclitics) for index in indexes)


def mark_lone_authors(rows: list[_Row], lang: str, rules: LangRules, data: ArchiveData) -> None:
    """A name alone under the headline, or under its standfirst, and over the page's date or
    dateline ("Alexandre Roussel" / "Publié", "ريم نعمان" / "موسكو ــ الأخبار") is the author's."""
    at = next((i for i, row in enumerate(rows) if row.role == "title"), None)
    if at is None:
        return
    for i in (at + 1, at + 2):
        if i + 1 >= len(rows) or rows[i].role != "body":
            return
        if rows[i + 1].role in _UNDER_AUTHOR and _is_lone_name(rows[i].text, lang, rules, data):
            rows[i].role = "byline"
            return


# An embedded post's text: a tweet is at most 280 characters.
MAX_POST_WORDS = 60


def mark_embedded_posts(rows: list[_Row]) -> None:
    """The line right above an embedded post's last line (post_footers) is the post's text when
    that line has none before its signature: "الرئيس الروسي فلاديمير بوتين: اتفقنا مع الرئيس التركي
    …" over "— عربي TRT (@TRTArabi) March 5, 2020"."""
    for above, footer in itertools.pairwise(rows):
        is_bare = not footer.text.split("—")[0].strip()  # a tweet's "— Name (@handle) day"; "Posted by …"
        if footer.role == "post" and is_bare and above.role == "body" and word_count(above.text) <= MAX_POST_WORDS:
            above.role = "post"


def mark_caption_neighbours(rows: list[_Row]) -> None:
    """A short unpunctuated line right after a photo credit is that photo's caption."""
    for before, row in itertools.pairwise(rows):
        is_short = word_count(row.text) <= MAX_TITLE_WORDS and not _is_terminated(row.text)
        if before.role == "caption" and row.role == "body" and is_short:
            row.role = "caption"


def mark_name_labels(rows: list[_Row], rules: LangRules, data: ArchiveData) -> None:
    """A line of the body that only names known people, or one with a title, with no full stop
    ("Poutine et Assimi Goïta", "وزير الخارجية الإيراني، أمير عبد اللهيان"; see _is_names_only), is
    a photo's label: the article's sentences say more. Not an item of a list: with a list's mark
    ("- الرئيس المصري …"), or under a line that ends with a colon."""
    above = ""
    for row in rows:
        is_item = LIST_ITEM.match(row.text) or above.rstrip().endswith((":", "："))
        if (
            row.role == "body"
            and not _is_terminated(row.text)
            and not is_item
            and _is_names_only(row.text, rules, data)
        ):
            row.role = "caption"
        above = row.text if row.role == "body" else above


# A photo credit: "© Jason DeCrow", "©AP Photo/Pavel Golovkin, Pool".
MAX_PHOTO_CREDIT_WORDS = 8
# A caption is one short sentence: "Sergueï Lavrov et John Kerry à New York, le 22 septembre 2016."
MAX_CAPTION_WORDS = 25


def mark_captions_over_credits(rows: list[_Row]) -> None:
    """A short sentence right over a photo credit is that photo's caption, when the article goes
    on after the credit (a "©" line at the end is the site's copyright). It ends with its full
    stop: a headline over a credit has none ("Idlib: Poutine et Erdogan s'accordent …")."""
    last_body = max((i for i, r in enumerate(rows) if r.role == "body"), default=-1)
    for i, (above, credit) in enumerate(itertools.pairwise(rows)):
        is_credit = credit.text.startswith("©") and word_count(credit.text) <= MAX_PHOTO_CREDIT_WORDS
        if not is_credit or above.role != "body" or i + 1 > last_body:
            continue
        is_sentence = _is_terminated(above.text) and len(split_sentences(above.text)) == 1
        if is_sentence and word_count(above.text) <= MAX_CAPTION_WORDS:
            above.role = "caption"


def mark_byline_repeats(rows: list[_Row]) -> None:
    """The signature printed again under the article: "Marc Semo et Isabelle Mandraud (Moscou)"."""
    names = [tokens(r.note or r.text)[:2] for r in rows if r.role == "byline"]
    for row in rows:
        if row.role != "body" or word_count(row.text) > 12 or _is_terminated(row.text.rstrip(")")):
            continue
        if any(len(n) == 2 and tokens(row.text)[:2] == n for n in names):
            row.role = "byline"


# A signature line is a name: two to four words.
MAX_SIGNATURE_WORDS = 4


def mark_signature_pairs(rows: list[_Row]) -> None:
    """A short unpunctuated line printed twice, above and below the text ("Pierre Lamarque,"),
    is the author's signature: no subheading or paragraph repeats word for word."""
    seen: dict[tuple[str, ...], list[_Row]] = {}
    for row in rows:
        text = row.text.rstrip(" ,")
        if row.role != "body" or not 2 <= word_count(text) <= MAX_SIGNATURE_WORDS or _is_terminated(text):
            continue
        seen.setdefault(tokens(text), []).append(row)
    for same in seen.values():
        if len(same) > 1:
            for row in same:
                row.role = "byline"


def _overlap(a: str, b: str) -> float:
    """Share of a's words that are also in b."""
    ta, tb = set(tokens(a)), set(tokens(b))
    return len(ta & tb) / len(ta) if ta else 0.0


# An excerpt a page prints of a paragraph above is this many words at least: a shorter line
# that a paragraph starts with may be a heading.
MIN_EXCERPT_WORDS = 10


def mark_teasers_and_captions(rows: list[_Row]) -> None:
    """Drop a truncated teaser of a later paragraph, and caption lines that restate the lead."""
    body = [r for r in rows if r.role == "body"]
    for i, row in enumerate(body):
        rest = body[i + 1 :]
        if _is_truncated(row.text):
            stem = " ".join(tokens(_ELLIPSIS.sub("", row.text)))
            if stem and any(" ".join(tokens(r.text)).startswith(stem[: max(len(stem) - 12, 1)]) for r in rest):
                row.role = "teaser"
                continue
        if word_count(row.text) >= MIN_EXCERPT_WORDS and any(
            len(r.text) > len(row.text) and r.text.startswith(row.text) for r in body[:i]
        ):
            # The page's excerpt of a paragraph printed whole above it, cut with no ellipsis
            # ("… car le moindre effort peut co"): the paragraph is kept, once.
            row.role = "teaser"
            continue
    body = [r for r in rows if r.role == "body"]
    lead_zone = body[:3]
    for i, row in enumerate(lead_zone):
        if _is_terminated(row.text) or word_count(row.text) > 35:
            continue
        neighbours = [r.text for r in body[max(i - 1, 0) : i + 2] if r is not row]
        if any(_overlap(row.text, n) >= 0.6 and word_count(n) > word_count(row.text) for n in neighbours):
            row.role = "caption"


def mark_subheadings(rows: list[_Row]) -> None:
    """A short line without final punctuation between two paragraphs is an inner heading."""
    body = [r for r in rows if r.role == "body"]
    for before, row, after in zip(body, body[1:], body[2:], strict=False):
        is_short = word_count(row.text) <= 15 and word_count(after.text) > word_count(row.text)
        if is_short and not _is_terminated(row.text) and _is_terminated(before.text):
            row.role = "subheading"
    while body and word_count(body[-1].text) <= 3 and not _is_terminated(body[-1].text):
        body.pop().role = "drop"


# What a headline printed again, or an author's name, may carry after it: the page's stamp ("…
# Publié le vendredi 8 janvier 2021"; see _stamped_byline).
_TITLE_STAMP_ROLES = frozenset({"published", "updated"})


def drop_title_repeats(rows: list[_Row], rules: LangRules) -> None:
    """Some sites print the headline again as the first body line, maybe with its stamp after it
    ("… contacts bilatéraux Publié le vendredi 8 janvier 2021 | L'Essor"): that is the stamp's line."""
    title = next((r for r in rows if r.role == "title"), None)
    if not title:
        return
    key = tokens(title.text)
    first = next((r for r in rows if r.role == "body" and r.no > title.no), None)
    for row in rows:
        if row.role != "body":
            continue
        toks = tokens(row.text)
        is_near = len(title.text) // 2 <= len(row.text) <= 2 * len(title.text)
        if is_near and (toks == key or (row is first and _reworded(toks, key))):
            row.role = "drop"
        elif len(toks) > len(key) > 0 and toks[: len(key)] == key:
            rest = row.text[token_bounds(row.text, 0, len(key))[1] :].strip(" |-–—:")
            found = _furniture(rest, rules)
            if found is not None and found[0] in _TITLE_STAMP_ROLES:
                row.text, row.role, row.note = rest, found[0], _note(found[1], rest)


# The headline printed again just under it, a word or two changed ("… من "حماس" بالدوحة" over
# "… من "حماس" في الدوحة"): this many words at least, and at most this many changed.
MIN_REWORDED_WORDS, MAX_REWORDED_CHANGES = 5, 2


def _reworded(toks: Sequence[str], key: Sequence[str]) -> bool:
    """Whether toks are the headline's tokens with a word or two replaced, added or left out."""
    if min(len(toks), len(key)) < MIN_REWORDED_WORDS:
        return False
    same = sum(size for *_, size in difflib.SequenceMatcher(None, toks, key, autojunk=False).get_matching_blocks())
    return max(len(toks), len(key)) - same <= MAX_REWORDED_CHANGES


MIN_LIST_ITEMS = 2


# Headlines without bullets that end the page: this many in a row at least, each of this many
# words at most ("معكرونة تشينغهاي .. قصة كفاح تبدأ من قرية فقيرة", "بحيرة كاناس تتحلى بألوان الخريف").
MIN_TEASER_RUN, MAX_TEASER_WORDS = 4, 15


def mark_trailing_lists(rows: list[_Row]) -> None:
    """Headlines that end the page are links to other stories: two or more bulleted ("- ليبيا..
    الأرصاد تحذر …"), or MIN_TEASER_RUN or more without bullets or final punctuation; unless a line
    ending with a colon introduces them (the points of an agreement)."""
    body = [r for r in rows if r.role in {"body", "subheading"}]
    start = len(body)
    # A headline may end with a quotation mark, not with a full stop.
    while start and LIST_ITEM.match(body[start - 1].text) and body[start - 1].text.rstrip()[-1:] not in ".!?؟;":
        start -= 1
    least = MIN_LIST_ITEMS
    if start == len(body):
        while (
            start and word_count(body[start - 1].text) <= MAX_TEASER_WORDS and not _is_terminated(body[start - 1].text)
        ):
            start -= 1
        least = MIN_TEASER_RUN
    is_introduced = start > 0 and body[start - 1].text.rstrip().endswith((":", "："))
    if len(body) - start >= least and start > 0 and not is_introduced:
        for row in body[start:]:
            row.role = "related"


# Paragraphs of the article before an outlet's signature that ends it.
MIN_SIGNED_PARAGRAPHS = 2


def mark_after_signature(rows: list[_Row]) -> None:
    """An outlet's name alone with a full stop, after the article's paragraphs, signs it ("APS."):
    the paragraphs after it are other stories, their leads printed with no label."""
    paragraphs = 0
    for i, row in enumerate(rows):
        if row.role == "body":
            paragraphs += _is_paragraph(row)
        elif (
            row.role == "banner"
            and row.note
            and row.text.rstrip().endswith(".")
            and paragraphs >= MIN_SIGNED_PARAGRAPHS
        ):
            for later in rows[i + 1 :]:
                if later.role in {"body", "subheading"}:
                    later.role = "related"
            return


# What a button or a prompt may end with: "OMG!", "Votre réaction?".
_CALLS = ("!", "?", "؟")
# A menu or a toolbar: this many lines or more in a row, each of a few words at most
# ("Décryptages" / "Pépites" / "Dossiers", "Partage" / "Taille de police" / "Imprimer la page").
MIN_MENU_ITEMS, MAX_MENU_WORDS = 3, 3
# Lines already labelled as the page's own, which a menu may run through.
_PAGE_ROLES = frozenset({"drop", "banner", "byline", "caption", "related", "date", "url", "source"})


def mark_menus(rows: list[_Row]) -> None:
    """Runs of short lines (MIN_MENU_ITEMS, MAX_MENU_WORDS) with no full stop are the site's
    menus and toolbars, not the article's: a reactions bar's "Votre réaction?", "LOL", "OMG!"."""
    run: list[_Row] = []
    for row in [*rows, _Row(0, "")]:
        is_item = not _is_terminated(row.text) or row.text.rstrip()[-1:] in _CALLS
        if row.role == "body" and 0 < word_count(row.text) <= MAX_MENU_WORDS and is_item:
            run.append(row)
            continue
        if row.role in _PAGE_ROLES:
            continue
        if len(run) >= MIN_MENU_ITEMS:
            for item in run:
                item.role = "drop"
        run = []


def mark_header_scraps(rows: list[_Row]) -> None:
    """Between the headline and the first paragraph, a line of a few words (MAX_MENU_WORDS) with
    no final punctuation is the page's: an author's name, a section's links ("صدام العنسي",
    "أخبار عربيةسياسة" over "شدد وزير الخارجية …")."""
    title = next((i for i, row in enumerate(rows) if row.role == "title"), None)
    if title is None:
        return
    for row in rows[title + 1 :]:
        if row.role == "body" and _is_paragraph(row):
            return
        if row.role == "body" and word_count(row.text) <= MAX_MENU_WORDS and not _is_terminated(row.text):
            row.role = "drop"


def mark_twin_captions(rows: list[_Row]) -> None:
    """A short line printed twice in a row is a photo's alternative text over its caption
    ("François Hollande accueille Vladimir Poutine." twice), or a tag's link and label: both go;
    so do two where the first is the second cut short ("أردوغان ووزير خارجية" over "أردوغان ووزير
    خارجية قطر")."""
    for row, after in itertools.pairwise(rows):
        if (
            (row.text == after.text or _cut_short(row.text, after.text))
            and row.role in {"body", "caption"}
            and after.role in {"body", "caption"}
            and word_count(row.text) <= MAX_TITLE_WORDS
        ):
            row.role = after.role = "caption"


def _cut_short(text: str, whole: str) -> bool:
    """Whether text is whole cut short by a word or more, two words at least left, with no mark
    of the cut (a teaser's "…" over its paragraph is _teaser_copy's), whole a caption's length."""
    if not whole.startswith(text[: len(text) // 2]):
        return False  # most pairs of lines, told apart in C
    cut, toks = tokens(text), tokens(whole)
    return (
        MIN_CUT_WORDS <= len(cut) < len(toks) <= MAX_TITLE_WORDS and toks[: len(cut)] == cut and not _is_truncated(text)
    )


# A caption cut short keeps this many words at least.
MIN_CUT_WORDS = 2


# A repeated line this long is the page printing a paragraph twice, not a refrain.
MIN_REPEATED_WORDS = 8


def drop_repeated_paragraphs(rows: list[_Row]) -> None:
    """A paragraph printed again further down (a page's own repeat, a scraper reading two
    copies of one block) is kept once, where it first appears."""
    seen: set[str] = set()
    for row in rows:
        if row.role == "body" and word_count(row.text) >= MIN_REPEATED_WORDS:
            if row.text in seen:
                row.role = "drop"
            seen.add(row.text)


# A page printed wrapped at a fixed width (a wire's copy, a print view) has its lines this many
# characters long at most; a line at least WRAP_FULL of the width was cut by the wrap when it ends
# mid-sentence. At least WRAPPED_LINES such lines, and few lines longer than the width, tell such a page.
WRAP_WIDTHS = range(40, 101)
WRAP_FULL = 0.8
WRAPPED_LINES = 4
# Lines shorter than this (labels, buttons, a page's last words) tell nothing of its width.
MIN_WRAPPED_LENGTH = 20
# An address line, which is not the headline: "URL: https://…".
_ADDRESS_LINE = re.compile(r"(?i)(url\s*:\s*)?https?://\S+")


# A scraper's date field written before the first line's text: "date 2025-12-08 الرئيس السيسي
# يستقبل …", "date: 2018-05 Le chef de la diplomatie …" (a day, or a month alone).
_DATE_FIELD = re.compile(r"date\s*:?\s*(?P<date>\d{4}-\d{2}(?:-\d{2})?)\s+(?=\S)", re.IGNORECASE)


def split_date_field(rows: list[_Row]) -> list[_Row]:
    """The first line without the date field before its text; a whole day becomes a date line above it."""
    m = _DATE_FIELD.match(rows[0].text) if rows else None
    if m is None:
        return rows
    first = _Row(rows[0].no, rows[0].text[m.end() :])
    day = m.group("date")
    is_whole_day = day.count("-") == 2  # not "2018-05", a month
    return [*([_Row(first.no, day, "date")] if is_whole_day else []), first, *rows[1:]]


def join_hard_wraps(rows: list[_Row], raw: Sequence[str], first_line: int) -> list[_Row]:
    """A page wrapped at a fixed width, with its paragraphs joined back: a line that fills the width
    and ends mid-sentence goes on in the next one (when paragraphs start indented, as in a wire's
    copy, in the next unindented one). The headline's line is never joined. raw: the seed's
    lines as written, the first numbered first_line."""
    lengths = [len(r.text) for r in rows if len(r.text) >= MIN_WRAPPED_LENGTH]

    def many_longer(limit: float) -> bool:
        return sum(n > limit for n in lengths) > max(2, len(lengths) // 10)

    if len(lengths) < WRAPPED_LINES or many_longer(WRAP_WIDTHS.stop * 1.2):
        return rows  # most pages: a paragraph a line, longer than any wrap
    lengths.sort()
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if width not in WRAP_WIDTHS or many_longer(width * 1.2):
        return rows

    def is_cut(text: str) -> bool:
        return (len(text) >= WRAP_FULL * width or text[-1] in ",،") and not _is_terminated(text)

    if sum(is_cut(r.text) for r in rows) < WRAPPED_LINES:
        return rows
    headline = next((i for i, r in enumerate(rows) if not _ADDRESS_LINE.fullmatch(r.text)), 0)
    indents = {r.no: len(raw[r.no - first_line]) - len(raw[r.no - first_line].lstrip()) for r in rows}
    is_indented = any(indents[r.no] >= 2 for r in rows[headline + 1 :])
    out = rows[: headline + 1]
    last = ""  # the last physical line of the paragraph being joined
    for row in rows[headline + 1 :]:
        held = out[-1]
        if (
            len(out) > headline + 1
            and is_cut(last)
            and row.no == held.no + held.text.count("\n") + 1
            and not (is_indented and indents[row.no] >= 2)
        ):
            held.text += "\n" + row.text  # joined below: the line count tells where the next one is
        else:
            out.append(row)
        last = row.text
    for row in out:
        row.text = " ".join(row.text.split("\n"))
    return out


def label_lines(text: str, lang: str, data: ArchiveData, first_line: int = 1) -> tuple[Line, ...]:
    """Every non-empty line of the seed with its role; the order of steps matters."""
    rules = data.rules[lang]
    raw = text.split("\n")
    rows = [_Row(no, line.strip()) for no, line in enumerate(raw, first_line) if line.strip()]
    rows = split_date_field(join_hard_wraps(rows, raw, first_line))
    mark_related(rows, rules)
    mark_furniture(rows, rules, data)
    mark_more_links(rows, rules)
    mark_tickers(rows, rules)
    strip_site_names(rows, rules, data)
    mark_datelines(rows, rules, data)
    # A date in Latin script on an Arabic page ("5 March 2019") is a date line, not a caption.
    mark_date_lines(rows, rules)
    mark_foreign_captions(rows, lang, data)
    mark_captions_over_credits(rows)
    mark_title(rows, rules, data)
    drop_title_repeats(rows, rules)
    mark_twin_captions(rows)
    drop_repeated_paragraphs(rows)
    mark_place_datelines(rows, lang, rules, data)
    mark_lone_authors(rows, lang, rules, data)
    mark_menus(rows)
    mark_header_scraps(rows)
    mark_embedded_posts(rows)
    mark_caption_neighbours(rows)
    mark_name_labels(rows, rules, data)
    mark_teasers_and_captions(rows)
    mark_byline_repeats(rows)
    mark_signature_pairs(rows)
    mark_subheadings(rows)
    mark_trailing_lists(rows)
    mark_after_signature(rows)
    return tuple(Line(r.no, r.text, r.role, r.note) for r in rows)


def body_blocks(lines: Iterable[Line]) -> tuple[Block, ...]:
    """The published body: paragraphs and inner headings, in order."""
    kinds = {"body": "p", "subheading": "h2"}
    return tuple(Block(kinds[line.role], line.text) for line in lines if line.role in kinds)
