"""Folding and tokenizing shared by every matcher, so names match across spellings."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache

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
_AR_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_TOKEN = re.compile(r"\w+")
_ARABIC_LETTERS = re.compile("[\u0621-\u064a\u0671-\u06d3]+")
_LATIN_LETTERS = re.compile(r"[A-Za-z\u00c0-\u024f]+")


def _fold_slow(text: str) -> str:
    text = _AR_MARKS.sub("", text.translate(_ARABIC_DIGITS))
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", text).translate(_AR_FOLD).casefold()


class _FoldTable(dict[int, str]):
    """str.translate table filled on first sight of each character: folding is per character."""

    def __init__(self, fold_char: Callable[[str], str]) -> None:
        super().__init__()
        self.fold_char = fold_char

    def __missing__(self, code: int) -> str:
        self[code] = folded = self.fold_char(chr(code))
        return folded


# Every step of folding maps one character to a fixed string whatever its neighbours (combining
# marks are dropped, not composed), so a lazily filled translate table gives the same result
# at C speed.
_FOLD = _FoldTable(_fold_slow)
_FOLD_ARABIC = _FoldTable(lambda c: _AR_MARKS.sub("", c).translate(_AR_FOLD))


def fold(text: str) -> str:
    """Lowercase, strip Latin accents and Arabic marks, fold Arabic letter variants."""
    return text.translate(_FOLD)


@lru_cache(maxsize=131072)
def _fold_word(word: str) -> str:
    return word.translate(_FOLD)


def fold_arabic(text: str) -> str:
    """Fold Arabic letter variants and drop marks, leaving Latin text and regex syntax as is."""
    return text.translate(_FOLD_ARABIC)


def fold_arabic_mapped(text: str) -> tuple[str, list[int]]:
    """fold_arabic, plus for each folded character the index of its original character."""
    out: list[str] = []
    where: list[int] = []
    for i, char in enumerate(text):
        folded = fold_arabic(char)
        out.append(folded)
        where.extend([i] * len(folded))
    return "".join(out), where


def original_span(text: str, where: list[int], start: int, end: int) -> str:
    """The original text behind folded characters [start, end)."""
    if start >= end:
        return ""
    return text[where[start] : where[end - 1] + 1]


_SENTENCE_END = re.compile(r"(?<=[.!?؟])\s+")


def split_sentences(text: str) -> list[str]:
    """Sentences of a paragraph: split after . ! ? ؟ and the spaces that follow."""
    return [s for s in _SENTENCE_END.split(text) if s.strip()]


def tokens(text: str) -> list[str]:
    """Folded word tokens of a text."""
    return list(_tokens(text))


# Each line is read by several extractors (actors, places, meetings, names): tokenized once.
@lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(fold(text)))


@lru_cache(maxsize=4096)
def spans(text: str) -> tuple[tuple[str, int, int], ...]:
    """Folded tokens with their character offsets in the original text."""
    folded = fold(text)
    if len(folded) == len(text):
        # Folding kept every character in place: tokens of the folded line have the same spans.
        return tuple([(m.group(), *m.span()) for m in _TOKEN.finditer(folded)])
    fold_word = _fold_word
    return tuple([(fold_word(m.group()), *m.span()) for m in _TOKEN.finditer(text)])


def stems(token: str, proclitics: Iterable[str]) -> list[str]:
    """The token itself, then each form left after removing one attached proclitic."""
    return [stem for _, stem in stem_pairs(token, tuple(proclitics))]


@lru_cache(maxsize=65536)
def stem_pairs(token: str, proclitics: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """(proclitic removed, form left) for the token itself and each proclitic it starts with."""
    out = [("", token)]
    for prefix in proclitics:
        if token.startswith(prefix) and len(token) - len(prefix) >= 3:
            rest = token[len(prefix) :]
            out.append((prefix, rest))
            # Arabic writes ل + ال as لل, dropping the article's alef: للأسد is ل + الأسد.
            if prefix.endswith("ل") and rest.startswith("ل"):
                out.append((prefix, "ا" + rest))
    return tuple(out)


def script_counts(text: str) -> tuple[int, int]:
    """Number of Arabic and Latin letters in a text."""
    return sum(map(len, _ARABIC_LETTERS.findall(text))), sum(map(len, _LATIN_LETTERS.findall(text)))


def is_mostly_latin(text: str) -> bool:
    """True for a line written mainly in Latin script (an English caption in an Arabic page)."""
    return is_latin_count(*script_counts(text))


def is_latin_count(arabic: int, latin: int) -> bool:
    """is_mostly_latin from letter counts."""
    return latin > 3 * max(arabic, 1)
