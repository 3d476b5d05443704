"""Places: named in the article's lines or its dateline, never a word of a person's name."""

from __future__ import annotations

import pytest

from tests.helpers import AR_BODY, FR_BODY, article_from

CASES = [
    pytest.param(
        f"Titre sur la crise syrienne\nLaurent Fabius a reçu Riad Hijab à Paris. {FR_BODY}",
        {"paris"},
        {"riyadh"},
        id="fr-riad-in-a-name-is-not-riyadh",
    ),
    pytest.param(
        f"عنوان عن الأزمة السورية والحل\nالتقى بريت ماكغورك مظلوم كوباني في الحسكة. {AR_BODY}",
        {"hasakah"},
        {"kobani"},
        id="ar-kobani-in-a-name-is-not-the-town",
    ),
    pytest.param(
        f"عنوان عن الأزمة السورية والحل\nدمشق-سانا\n{AR_BODY}", {"damascus"}, set(), id="ar-dateline-city-is-a-place"
    ),
    pytest.param(
        f"Titre sur la crise syrienne\nLes combats continuent à Kobané et à Riyad on s'inquiète. {FR_BODY}",
        {"kobani", "riyadh"},
        set(),
        id="fr-places-outside-names-stay",
    ),
    pytest.param(
        f"Titre sur la crise syrienne\nLe Kremlin a annoncé que la Maison Blanche avait répondu. {FR_BODY}",
        set(),
        {"kremlin", "white-house"},
        id="fr-a-venue-speaking-for-the-state-is-no-place",
    ),
    pytest.param(
        f"Titre sur la crise syrienne\nPoutine a reçu Pompeo dans sa résidence de Botcharov Routcheï, puis "
        f"Macron a reçu Lavrov à l'Élysée. {FR_BODY}",
        {"bocharov-ruchei", "elysee"},
        set(),
        id="fr-a-venue-where-people-meet-is-a-place",
    ),
    pytest.param(
        f"عنوان عن الأزمة السورية والحل\nقال البيت الأبيض إن ترامب سيستقبل ماكرون في قصر الإليزيه. {AR_BODY}",
        {"elysee"},
        {"white-house"},
        id="ar-a-venue-is-a-place-only-where-told",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_places(text: str, present: set, absent: set, data) -> None:
    places = set(article_from(text, data).places)
    assert present <= places
    assert not absent & places
