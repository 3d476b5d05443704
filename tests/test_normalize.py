"""Folding, tokens and letter counts: the fast whole-string paths (Unicode blocks, 8-bit code
pages) give exactly the per-character definitions."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from generator.extract.normalize import (
    _FOLD,
    _FOLD_ARABIC,
    _TOKEN,
    FAST_CHARS,
    arabic_count,
    fold,
    fold_arabic,
    latin_count,
    script_counts,
    spans,
    split_sentences,
    stem_pairs,
    token_bounds,
    tokens,
    tokens_between,
    with_proclitics,
    written_words,
)

POOL = list(FAST_CHARS)
# Text that Windows-1256 or Windows-1252 encodes takes the code-page path; mixing in other
# characters and spaces sends some strings down the other paths.
CODE_PAGE_POOL = sorted(
    {bytes([b]).decode(codec, errors="ignore") for codec in ("cp1256", "cp1252") for b in range(256)} - {""}
)
MIXED_POOL = CODE_PAGE_POOL + [" "] * 40 + ["ß", "…", "ﻷ", "한", "Ω", "ё"]


def _random_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    pool = [CODE_PAGE_POOL, MIXED_POOL]
    return ["".join(rng.choice(pool[i % 2]) for _ in range(rng.randint(1, 24))) for i in range(n)]


def test_fold_of_every_character_in_the_fast_blocks_matches_the_table() -> None:
    wrong = [c for c in POOL if fold(c) != c.translate(_FOLD) or fold_arabic(c) != c.translate(_FOLD_ARABIC)]
    assert wrong == []


def test_fold_of_mixed_strings_matches_the_table() -> None:
    rng = random.Random(7)
    for _ in range(5000):
        text = "".join(rng.choice(POOL) for _ in range(rng.randint(1, 16)))
        assert fold(text) == text.translate(_FOLD), repr(text)
        assert fold_arabic(text) == text.translate(_FOLD_ARABIC), repr(text)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Sergueï LAVROV", "serguei lavrov"),
        ("وَزِيرُ الخارجيّة", "وزير الخارجيه"),
        ("أحمد إلى آخر ـــ مؤتمر", "احمد الي اخر  موتمر"),
        ("١٢ آذار ٢٠١٦", "12 اذار 2016"),
        ("ﻷ", "لا"),  # presentation form
        ("Straße 한국", "strasse 한국"),  # outside the fast blocks: the table
    ],
)
def test_fold_examples(text: str, folded: str) -> None:
    assert fold(text) == folded


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre Sergueï Lavrov a rencontré John Kerry.",
        "التقى وَزِيرُ الخارجيّة سيرغي لافروف نظيره",
        "x ½ y ™",
        "Straße وزيرُ لافروف",
    ],
)
def test_spans_give_the_tokens_and_their_written_words(text: str) -> None:
    where = spans(text)
    assert tuple(t for t, _, _ in where) == tokens(text)
    assert tokens_between(text, 0, len(text)) == tokens(text)
    for tok, start, end in where:
        assert tok in tokens(text[start:end])


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre Sergueï Lavrov a rencontré John Kerry.",
        "التقى وزير الخارجية سيرغي لافروف",
        # "ß" folds to two letters and the damma to none: same length, shifted offsets.
        "Straße وزيرُ لافروف",
        "Lavrov… a rencontré Kerry ﻷ جنيف",
    ],
)
def test_token_bounds_cover_tokens_first_to_last(text: str) -> None:
    toks = tokens(text)
    for first in range(len(toks)):
        for last in range(first + 1, len(toks) + 1):
            start, end = token_bounds(text, first, last)
            assert tokens(text[start:end]) == toks[first:last]


def test_tokens_are_the_word_runs_of_the_folded_text() -> None:
    for text in _random_texts(6000, 11):
        assert tokens(text) == tuple(_TOKEN.findall(text.translate(_FOLD))), repr(text)
        assert fold(text) == text.translate(_FOLD), repr(text)


def _one_token_at_most(char: str) -> bool:
    folded = char.translate(_FOLD)
    return not folded or _TOKEN.fullmatch(folded) is not None or not _TOKEN.search(folded)


def test_token_bounds_of_random_texts() -> None:
    # A character folding to two tokens ("¾" → "3⁄4") has no bound between them in the text.
    for text in [t for t in _random_texts(2000, 12) if all(map(_one_token_at_most, t))]:
        toks = tokens(text)
        for first in range(len(toks)):
            last = len(toks) - first // 2
            if last > first:
                start, end = token_bounds(text, first, last)
                assert tokens(text[start:end]) == toks[first:last], (repr(text), first, last)


def test_letter_counts_by_code_page_match_the_regex_counts() -> None:
    for text in _random_texts(4000, 13):
        assert script_counts(text) == (arabic_count(text), latin_count(text)), repr(text)


def test_tokens_between_of_random_spans_are_the_tokens_of_the_part() -> None:
    # Sentences of a line are tokenized from the line folded once when it folds character for
    # character, else on their own: the same tokens either way.
    rng = random.Random(14)
    for text in _random_texts(3000, 14):
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        assert tokens_between(text, start, end) == tokens(text[start:end]), (repr(text), start, end)


def test_code_page_characters_keep_being_word_characters_when_folded() -> None:
    # written_words reads the words as written where the tokens are for a text that folds
    # character for character: that holds as long as folding never makes a word character of
    # a character that is not one, nor the reverse.
    for char in CODE_PAGE_POOL:
        folded = char.translate(_FOLD)
        if len(folded) == 1:
            assert (_TOKEN.fullmatch(char) is None) == (_TOKEN.fullmatch(folded) is None), repr(char)


def test_written_words_are_the_words_whose_tokens_they_give() -> None:
    # Without its shortcut, written_words checks that the words as written give the tokens
    # and falls back to the tokens' spans: the shortcut must give what that gives.
    texts = [t for t in _random_texts(2000, 15) if all(map(_one_token_at_most, t))]
    for text in [*texts, "Le ministre Sergueï LAVROV a reçu M. Kerry.", "وزيرُ الخارجية", "Straße…"]:
        toks = tokens(text)
        for lo in range(len(toks)):
            hi = min(lo + 3, len(toks))
            start, end = token_bounds(text, lo, hi)
            raw = _TOKEN.findall(text[start:end])
            spanned = [text[s:e] for _, s, e in spans(text)[lo:hi]]
            expected = raw if tokens(" ".join(raw)) == toks[lo:hi] else spanned
            assert written_words(text, toks, lo, hi) == expected, (repr(text), lo, hi)


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        pytest.param(
            "M. Pedersen a rencontré Walid Moallem. Il repart demain.",
            ["M. Pedersen a rencontré Walid Moallem.", "Il repart demain."],
            id="title-abbreviation",
        ),
        pytest.param(
            "George W. Bush et MM. Lavrov et Kerry. Fin du sommet.",
            ["George W. Bush et MM. Lavrov et Kerry.", "Fin du sommet."],
            id="initial-and-plural-title",
        ),
        pytest.param("Le plan AB. Puis le vote.", ["Le plan AB.", "Puis le vote."], id="capitals-end-a-sentence"),
        pytest.param("التقى لافروف كيري. ثم غادر.", ["التقى لافروف كيري.", "ثم غادر."], id="arabic"),
        pytest.param(
            "التقى وزير الخارجية د. أحمد عوض بن مبارك المبعوث الأممي. ثم غادر.",
            ["التقى وزير الخارجية د. أحمد عوض بن مبارك المبعوث الأممي.", "ثم غادر."],
            id="arabic-doctor",
        ),
        pytest.param("وصل الوفد عام 2015 م. ثم غادر.", ["وصل الوفد عام 2015 م.", "ثم غادر."], id="arabic-year-mark"),
        pytest.param(
            '"Ce n’est pas bon pour ce pays." Le ministre a assuré lundi.',
            ['"Ce n’est pas bon pour ce pays."', "Le ministre a assuré lundi."],
            id="quoted-sentence-then-another",
        ),
        pytest.param(
            "«Je viens.» a-t-il dit. Puis il part.",
            ["«Je viens.» a-t-il dit.", "Puis il part."],
            id="quotation-the-sentence-goes-on-after",
        ),
        pytest.param("قال “انتهى الأمر.” ثم غادر.", ["قال “انتهى الأمر.”", "ثم غادر."], id="arabic-quoted-sentence"),
        # The page lost the space after the dot; an initial and a domain name end no sentence.
        pytest.param(
            "Il salue l'État hébreu.Le premier ministre M.Harper lit lapresse.ca ce matin.",
            ["Il salue l'État hébreu.", "Le premier ministre M.Harper lit lapresse.ca ce matin."],
            id="no-space-after-the-dot",
        ),
    ],
)
def test_sentences_end_after_their_mark_and_quotation_but_not_at_an_initial_or_a_title(
    text: str, sentences: list[str]
) -> None:
    assert split_sentences(text) == sentences


def test_words_with_proclitics_are_the_tokens_whose_stems_are_the_words(data) -> None:
    # with_proclitics builds, once, the set a stem_pairs lookup would answer: the two must agree.
    proclitics = data.rules["ar"].proclitics
    words = [tokens(w)[0] for w in ("الرئيس", "نظيره", "وزير", "نحن", "لقاء", "الخارجية")]
    forms = with_proclitics(words, proclitics)
    candidates = {p + w for w in words for p in ("", *proclitics)} | {p + w[1:] for w in words for p in proclitics}
    candidates |= {
        t
        for seed in (Path(__file__).parent.parent / "seeds").glob("*.txt")
        for t in tokens(seed.read_text(encoding="utf-8"))
    }
    for token in sorted(candidates):
        assert (token in forms) == any(stem in words for _, stem in stem_pairs(token, proclitics)), token


def test_latin_letters_without_a_decomposition_fold_to_their_base_letter() -> None:
    # "Binali Yıldırım" is "Binali Yildirim"; ø, ł and đ too.
    assert tokens("Yıldırım Şanlıurfa Støre Łódź Đurić") == ("yildirim", "sanliurfa", "store", "lodz", "duric")
