"""Folding and tokenizing shared by every matcher, so names match across spellings."""

from __future__ import annotations

import codecs
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from _codecs import _EncodingMap

# Alef/hamza variants, waw/ya hamza, alif maqsura and ta marbuta fold to one letter,
# so أ/إ/آ and ة/ه spellings of one name meet; tatweel is dropped.
_AR_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ؤ": "و",
        "ئ": "ي",
        "ى": "ي",
        "ی": "ي",
        "ة": "ه",
        "ک": "ك",
        "ـ": None,
    }
)
# Latin letters that no decomposition takes to their base letter: Turkish dotless ı
# ("Yıldırım" is "Yildirim"), Polish ł, Danish and Norwegian ø, Croatian đ.
_LATIN_FOLD = str.maketrans({"ı": "i", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d"})
_AR_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_TOKEN = re.compile(r"\w+")
# Letters are counted in C: what is left once everything else is removed (Arabic, where
# text in Latin script is one long match), or what goes when the script's runs are removed.
_NOT_ARABIC_LETTERS = re.compile("[^\u0621-\u064a\u0671-\u06d3]+")
_LATIN_LETTERS = re.compile(r"[A-Za-z\u00c0-\u024f]+")


# Every character fold_arabic changes lies in this range: a text with none of them is its own folding.
_ARABIC_FOLDED = re.compile("[\u0610-\u06ed]")


def _fold_slow(text: str) -> str:
    text = _AR_MARKS.sub("", text.translate(_ARABIC_DIGITS))
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", text).translate(_AR_FOLD).translate(_LATIN_FOLD).casefold()


class _FoldTable(dict[int, str]):
    """str.translate table filled on first sight of each character: folding is per character."""

    def __init__(self, fold_char: Callable[[str], str]) -> None:
        super().__init__()
        self.fold_char = fold_char

    def __missing__(self, code: int) -> str:
        self[code] = folded = self.fold_char(chr(code))
        return folded


# Every step of folding maps one character to a fixed string whatever its neighbours (combining
# marks are dropped, not composed): folding is defined per character, by this table.
_FOLD = _FoldTable(_fold_slow)
_FOLD_ARABIC = _FoldTable(lambda c: _AR_MARKS.sub("", c).translate(_AR_FOLD))

# str.translate looks each non-ASCII character up one by one (~50 ns each). For text in the
# scripts of an archive (Latin, Greek, Cyrillic, Arabic and its presentation forms, general
# punctuation) the same result comes from whole-string steps in C: decompose, drop combining
# marks, recompose, replace the few Arabic variants, casefold. In these blocks no two
# characters compose with each other once marks are gone, so whole-string equals per-character
# (tests check every character of these blocks and mixed strings). Other text takes the table.
_FAST_RANGES = ((0, 0x800), (0x2000, 0x2070), (0xFB50, 0xFF00))
FAST_CHARS = tuple(chr(c) for lo, hi in _FAST_RANGES for c in range(lo, hi))
_OUTSIDE_FAST = re.compile(
    "[^" + "".join(f"{re.escape(chr(lo))}-{re.escape(chr(hi - 1))}" for lo, hi in _FAST_RANGES) + "]"
)
_MARKS_IN_FAST = re.compile(
    "[" + "".join(re.escape(c) for c in FAST_CHARS if unicodedata.combining(c)) + _AR_MARKS.pattern[1:-1] + "]"
)
_ARABIC_PAIRS = tuple((chr(k), v or "") for k, v in _AR_FOLD.items())
_DIGIT_PAIRS = tuple((chr(k), chr(v)) for k, v in _ARABIC_DIGITS.items())
_LATIN_PAIRS = tuple((chr(k), v) for k, v in _LATIN_FOLD.items())


def _replace_all(text: str, pairs: tuple[tuple[str, str], ...]) -> str:
    for old, new in pairs:
        if old in text:
            text = text.replace(old, new)
    return text


class _CodePage(NamedTuple):
    """Folding, by the table, of text that one 8-bit code page encodes: each character is then
    one byte, and encoding, deleting bytes and decoding through a table are whole-string steps in C."""

    chars: str  # the character of each byte
    encoding: dict[int, int] | _EncodingMap  # codecs.charmap_build of chars: character → byte
    deleted: bytes  # bytes of characters that fold to nothing (Arabic marks, tatweel)
    table: str  # byte → its character folded, or the character itself when it folds to several
    expansions: tuple[tuple[str, str], ...]  # those characters with what they fold to ("…", "...")
    # The same for tokens: a folded character that is not a word character becomes a space, so
    # str.split() gives the \w+ runs of the folded text.
    word_table: str
    word_expansions: tuple[tuple[str, str], ...]


_UNDEFINED = "\ufffe"  # a byte the code page leaves unused, for codecs.charmap_*


def _as_words(folded: str) -> str:
    return "".join(c if _TOKEN.fullmatch(c) else " " for c in folded)


def _code_page(codec: str) -> _CodePage:
    chars = [bytes([byte]).decode(codec, errors="ignore") or _UNDEFINED for byte in range(256)]
    deleted = bytearray()
    table: list[str] = []
    word_table: list[str] = []
    expansions = []
    word_expansions = []
    for byte, char in enumerate(chars):
        folded = char.translate(_FOLD) if char != _UNDEFINED else char
        if len(folded) == 1:
            table.append(folded)
            word_table.append(_as_words(folded) if char != _UNDEFINED else char)
            continue
        table.append(char)
        word_table.append(char)
        if folded:
            expansions.append((char, folded))
            word_expansions.append((char, _as_words(folded)))
        else:
            deleted.append(byte)
    page = "".join(chars)
    return _CodePage(
        page,
        codecs.charmap_build(page),
        bytes(deleted),
        "".join(table),
        tuple(expansions),
        "".join(word_table),
        tuple(word_expansions),
    )


# Windows-1256 holds Arabic letters and marks with the French lowercase accents and typographic
# quotes; Windows-1252 the rest of French (capitals with accents). Most non-ASCII lines of an
# archive encode in one of them (Windows-1256 first: it takes both scripts). Folding is defined
# per character by _FOLD (tests check fold against it), so the code page's table gives the same.
_CODE_PAGES = tuple(_code_page(codec) for codec in ("cp1256", "cp1252"))


def _one_byte_each(text: str) -> tuple[_CodePage, bytes] | None:
    """The first code page that encodes every character of text, with the bytes; else None."""
    for page in _CODE_PAGES:
        encoded, _ = codecs.charmap_encode(text, "ignore", page.encoding)
        if len(encoded) == len(text):  # one byte per character: nothing was left out
            return page, encoded
    return None


def fold(text: str) -> str:
    """Lowercase, strip Latin accents and Arabic marks, fold Arabic letter variants."""
    if text.isascii():
        return text.lower()
    if coded := _one_byte_each(text):
        page, encoded = coded
        decoded, _ = codecs.charmap_decode(encoded.translate(None, page.deleted), "strict", page.table)
        return _replace_all(decoded, page.expansions)
    if _OUTSIDE_FAST.search(text):
        return text.translate(_FOLD)
    text = _MARKS_IN_FAST.sub("", unicodedata.normalize("NFKD", text))
    text = _replace_all(unicodedata.normalize("NFC", text), _ARABIC_PAIRS + _DIGIT_PAIRS + _LATIN_PAIRS)
    return text.casefold()


@lru_cache(maxsize=1024)
def fold_arabic(text: str) -> str:
    """Fold Arabic letter variants and drop marks, leaving Latin text and regex syntax as is.

    Cached: the cleaner's whole-line patterns and the source cues read the same lines folded."""
    if text.isascii() or not _ARABIC_FOLDED.search(text):
        return text
    return _replace_all(_AR_MARKS.sub("", text), _ARABIC_PAIRS)


def _fold_mapped(text: str, table: _FoldTable) -> tuple[str, list[int]]:
    """text folded by table, plus for each folded character the index of its original character."""
    out: list[str] = []
    where: list[int] = []
    for i, char in enumerate(text):
        folded = char.translate(table)
        out.append(folded)
        where.extend([i] * len(folded))
    return "".join(out), where


def fold_arabic_mapped(text: str) -> tuple[str, list[int]]:
    """fold_arabic, plus for each folded character the index of its original character."""
    return _fold_mapped(text, _FOLD_ARABIC)


def original_span(text: str, where: list[int], start: int, end: int) -> str:
    """The original text behind folded characters [start, end)."""
    if start >= end:
        return ""
    return text[where[start] : where[end - 1] + 1]


# The spaces after a sentence's end (group 1), and the closing quotation mark of a quoted sentence
# before them when no lower-case word follows ('… pour l'avenir de ce pays." Le ministre a
# assuré …'; not '«Je viens.» a-t-il dit'). Matching the mark rather than looking behind for it
# lets the regex engine skip to the marks in C. Where a page lost the space, a word in lower case,
# the dot and a capitalised word end a sentence too (group 1 is then empty): "… envers l'État
# hébreu.Le premier ministre …" (not "M.Harper", "lapresse.ca").
_SENTENCE_END = re.compile(r"[.!?؟](?:[\"»”](?=\s+[^\sa-zß-ÿ]))?(\s+|(?<=[a-zß-ÿ]{2}[.!?])(?=[A-ZÀ-Þ][a-zß-ÿ]))")


# The dot of an initial or of an abbreviated title ends no sentence: "M. Pedersen", "George W.
# Bush", "MM. Lavrov et Kerry", "د. أحمد عوض بن مبارك" (searched in the few characters before the
# dot). Not "م.": it ends many a sentence with a year ("عام 2015 م.").
_ABBREVIATION = re.compile(r"(?<![^\W\d_])(?:[A-Z]|MM|Mmes?|Mlle|Dr|Pr|د)\Z")


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a paragraph: split after . ! ? ؟ and the spaces that follow,
    except after an initial or an abbreviated title."""
    bounds = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        dot = m.start()
        if text[dot] == "." and _ABBREVIATION.search(text, max(dot - 5, 0), dot):
            continue
        bounds.append((start, m.start(1)))
        start = m.end()
    bounds.append((start, len(text)))
    return [(a, b) for a, b in bounds if text[a:b].strip()]


# A semicolon and the spaces after it (group 1): it ends a clause with its own subject.
_CLAUSE_END = re.compile(r"[;؛](\s+)")


def clause_bounds(text: str) -> list[tuple[int, int]]:
    """sentence_bounds, each sentence split again after a semicolon: "Aoun rencontre Gutteres ;
    Hariri à Riyad" tells two things (a headline's, or a sentence's independent clauses)."""
    bounds = []
    for a, b in sentence_bounds(text):
        start = a
        for m in _CLAUSE_END.finditer(text, a, b):
            bounds.append((start, m.start(1)))
            start = m.end()
        bounds.append((start, b))
    return [(a, b) for a, b in bounds if text[a:b].strip()]


# What starts an item of a list: "- ", "• ", "» " ("• Le président palestinien, Mahmoud Abbas.").
LIST_ITEM = re.compile(r"[-–—•·●▪◦*»]\s+")


def split_sentences(text: str) -> list[str]:
    """Sentences of a paragraph, as text."""
    return [text[a:b] for a, b in sentence_bounds(text)]


@lru_cache(maxsize=4096)
def tokens(text: str) -> tuple[str, ...]:
    """Folded word tokens of a text (cached: each line is read by several extractors)."""
    if coded := _one_byte_each(text):
        page, encoded = coded
        decoded, _ = codecs.charmap_decode(encoded.translate(None, page.deleted), "strict", page.word_table)
        return tuple(_replace_all(decoded, page.word_expansions).split())
    return tuple(_TOKEN.findall(fold(text)))


@lru_cache(maxsize=1024)
def word_count(text: str) -> int:
    """Words of a line, split at white space (cached: the cleaner asks many times per line, then
    the date line check and the body length)."""
    return len(text.split())


def tokens_between(text: str, start: int, end: int) -> tuple[str, ...]:
    """tokens(text[start:end]) for a span that starts and ends at white space (or the text's ends)."""
    if start == 0 and end == len(text):
        return tokens(text)  # the whole line: its tokens are kept
    # The sentences of one line: the line is folded once (each character to one, see _word_chars)
    # and each sentence's tokens are the words of its part.
    words = _word_chars(text)
    return tuple(words[start:end].split()) if words is not None else tokens(text[start:end])


@lru_cache(maxsize=4096)
def spans(text: str) -> tuple[tuple[str, int, int], ...]:
    """Folded tokens with their character offsets in the original text: the tokens of tokens(text)."""
    folded = folded_in_place(text)
    if folded is not None:
        # Folding kept every character in place: tokens of the folded line have the same spans.
        return tuple([(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(folded)])
    # Folding dropped or expanded characters (Arabic marks, "ß"): map each folded character back.
    mapped, origin = _fold_mapped(text, _FOLD)
    return tuple([(m.group(), origin[m.start()], origin[m.end() - 1] + 1) for m in _TOKEN.finditer(mapped)])


@lru_cache(maxsize=1)
def _uneven() -> re.Pattern[str]:
    """Any character that does not fold to exactly one character (marks and tatweel vanish, "…"
    and ligatures expand), and any character outside the fast blocks (not examined)."""
    uneven = "".join(re.escape(c) for c in FAST_CHARS if len(c.translate(_FOLD)) != 1)
    # The blocks start at U+0000: outside them are the gaps between them and all after the last.
    bounds = [hi for _, hi in _FAST_RANGES], [lo for lo, _ in _FAST_RANGES[1:]] + [sys.maxunicode + 1]
    outside = "".join(f"{re.escape(chr(lo))}-{re.escape(chr(hi - 1))}" for lo, hi in zip(*bounds, strict=True))
    # One character class, not an alternation: the regex engine then skips to candidates in C.
    return re.compile(f"[{uneven}{outside}]")


@lru_cache(maxsize=256)
def folded_in_place(text: str) -> str | None:
    """fold(text) when every character folds to exactly one, so offsets carry over; else None."""
    return None if _uneven().search(text) else fold(text)


@lru_cache(maxsize=512)
def _skip_tokens(n: int, then_gap: bool) -> re.Pattern[str]:
    gap = r"\W*+" if then_gap else ""
    return re.compile(rf"(?:\W*+\w++){{{n}}}{gap}")


@lru_cache(maxsize=256)
def _word_chars(text: str) -> str | None:
    """text folded with every character that is not a word character made a space, when one
    code page encodes it and each of its characters folds to exactly one (offsets carry over)."""
    coded = _one_byte_each(text)
    if coded is None:
        return None
    page, encoded = coded
    if len(encoded.translate(None, page.deleted)) < len(encoded) or any(c in text for c, _ in page.word_expansions):
        return None
    return codecs.charmap_decode(encoded, "strict", page.word_table)[0]


def token_bounds(text: str, first: int, last: int) -> tuple[int, int]:
    """Character offsets in text from the start of token `first` to the end of token `last - 1`.

    Most lines fold character for character: the offsets are then read in C, rather than by
    listing the spans of every token."""
    words = _word_chars(text)
    if words is not None:
        # words.split(None, n) ends with the text from token n on: its length tells where that starts.
        rest = words.split(None, first)
        assert len(rest) >= first, "token index beyond the text"
        begin = len(words) - len(rest[first]) if len(rest) > first else len(words)
        if not last:
            return begin, 0
        rest = words.split(None, last - 1)
        assert len(rest) >= last, "token index beyond the text"
        return begin, len(words) - len(rest[last - 1]) + len(rest[last - 1].split(None, 1)[0])
    folded = folded_in_place(text)
    if folded is None:
        where = spans(text)
        return where[first][1], where[last - 1][2]
    start = _skip_tokens(first, True).match(folded)
    end = _skip_tokens(last, False).match(folded)
    assert start is not None and end is not None, "token index beyond the text"
    return start.end(), end.end()


def written_words(text: str, words: Sequence[str], lo: int, hi: int) -> list[str]:
    """Tokens lo to hi of text (words is tokens(text)) as written: case and accents kept."""
    start, end = token_bounds(text, lo, hi)
    raw = _TOKEN.findall(text[start:end])
    # A text that folds character for character has its words where its tokens are: a character
    # of the code pages is a word character exactly when what it folds to is (tests check it).
    if _word_chars(text) is not None or tokens(" ".join(raw)) == tuple(words[lo:hi]):
        return raw
    return [text[s:e] for _, s, e in spans(text)[lo:hi]]


def stems(token: str, proclitics: Iterable[str]) -> list[str]:
    """The token itself, then each form left after removing one attached proclitic."""
    return [stem for _, stem in stem_pairs(token, tuple(proclitics))]


# The shortest form left once a proclitic is removed: "ولد" is no و + "لد".
MIN_STEM = 3


@lru_cache(maxsize=65536)
def stem_pairs(token: str, proclitics: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """(proclitic removed, form left) for the token itself and each proclitic it starts with."""
    out = [("", token)]
    for prefix in proclitics:
        if token.startswith(prefix) and len(token) - len(prefix) >= MIN_STEM:
            rest = token[len(prefix) :]
            out.append((prefix, rest))
            # Arabic writes ل + ال as لل, dropping the article's alef: للأسد is ل + الأسد.
            if prefix.endswith("ل") and rest.startswith("ل"):
                out.append((prefix, "ا" + rest))
    return tuple(out)


def with_proclitics(words: Iterable[str], proclitics: Sequence[str]) -> frozenset[str]:
    """The words, and each as stem_pairs reads it with a proclitic attached ("لرئيس", and
    "للرئيس" for "الرئيس"): a token is in the set exactly when it or one of its stems is one of
    the words, so a hot path looks it up rather than stemming it."""
    base = set(words)
    forms = set(base)
    for word in base:
        for prefix in proclitics:
            if len(word) >= MIN_STEM:
                forms.add(prefix + word)
            # Arabic writes ل + ال as لل: للأسد is ل + الأسد (as in stem_pairs).
            if prefix.endswith("ل") and word.startswith("ال") and len(word) - 1 >= MIN_STEM:
                forms.add(prefix + word[1:])
    return frozenset(forms)


def arabic_count(text: str) -> int:
    """Number of Arabic letters in a text."""
    return len(_NOT_ARABIC_LETTERS.sub("", text))


def latin_count(text: str) -> int:
    """Number of Latin letters in a text."""
    return len(text) - len(_LATIN_LETTERS.sub("", text))


_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")


def has_arabic(text: str) -> bool:
    """True for a text with at least one Arabic letter."""
    return _ARABIC_LETTER.search(text) is not None


def _bytes_where(page: _CodePage, is_kept: Callable[[str], bool]) -> bytes:
    """The bytes of the code page whose character is_kept."""
    return bytes(byte for byte, char in enumerate(page.chars) if char != _UNDEFINED and is_kept(char))


# An Arabic text in Windows-1256 (most are) has its letters counted as bytes, in C: with its
# many short runs of letters, removing them by regex costs one string per word.
_SCRIPT_PAGE = _CODE_PAGES[0]
_NOT_ARABIC_BYTES = _bytes_where(_SCRIPT_PAGE, lambda char: arabic_count(char) == 0)
_NOT_LATIN_BYTES = _bytes_where(_SCRIPT_PAGE, lambda char: latin_count(char) == 0)


def script_counts(text: str) -> tuple[int, int]:
    """Number of Arabic and Latin letters in a text."""
    encoded, _ = codecs.charmap_encode(text, "ignore", _SCRIPT_PAGE.encoding)
    if len(encoded) == len(text):  # one byte per character
        return len(encoded.translate(None, _NOT_ARABIC_BYTES)), len(encoded.translate(None, _NOT_LATIN_BYTES))
    return arabic_count(text), latin_count(text)


def is_mostly_latin(text: str) -> bool:
    """True for a line written mainly in Latin script (an English caption in an Arabic page)."""
    arabic, latin = script_counts(text)
    return latin > 3 and is_latin_count(arabic, latin)


def is_latin_count(arabic: int, latin: int) -> bool:
    """is_mostly_latin from letter counts."""
    return latin > 3 * max(arabic, 1)
