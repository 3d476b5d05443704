"""Meetings: trigger words with two named people, kind, place, date; and sentences that are not meetings."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.archive import Archive
from tests.helpers import AR_BODY, FR_BODY, article_from

CASES = [
    pytest.param(
        "Lors de la rencontre tenue à Genève entre Lavrov et son homologue américain, John Kerry, les deux parties ont discuté.",
        ("john-kerry", "sergei-lavrov"),
        "meeting",
        "geneva",
        id="fr-rencontre-a-geneve",
    ),
    pytest.param(
        "Lavrov s'est accordé avec John Kerry, lors d'un contact téléphonique, sur la suite à Genève.",
        ("john-kerry", "sergei-lavrov"),
        "phone",
        None,
        id="fr-phone-has-no-place",
    ),
    pytest.param(
        "وقال لافروف خلال لقائه دي ميستورا في موسكو إن الحوار مهم.",
        ("sergei-lavrov", "staffan-de-mistura"),
        "meeting",
        "moscow",
        id="ar-liqaihi-fi-moscow",
    ),
    pytest.param(
        "وسيلتقي كيري أيضا الرئيس الروسي فلاديمير بوتين في الكرملين مساء غد.",
        ("john-kerry", "vladimir-putin"),
        "meeting",
        "moscow",
        id="ar-future-prefix-and-venue-city",
    ),
    pytest.param(
        "وبحث لافروف مع نظيره الأمريكي جون كيري في اتصال هاتفي الوضع في سوريا.",
        ("john-kerry", "sergei-lavrov"),
        "phone",
        None,
        id="ar-phone-call",
    ),
    pytest.param(
        "واستقبل الرئيس بشار الأسد بدمشق المبعوث الأممي ستافان دي ميستورا.",
        ("bashar-al-assad", "staffan-de-mistura"),
        "meeting",
        "damascus",
        id="ar-istaqbala-with-ba-place",
    ),
]

NOT_MEETINGS = [
    pytest.param("Lavrov a déclaré que Kerry avait raison sur la Syrie.", id="fr-two-names-no-trigger"),
    pytest.param("Lavrov a évoqué la réunion du Groupe de soutien à Munich.", id="fr-trigger-one-name"),
    pytest.param('وسبق أن صرح كيري بأنه قال "لقاء لافروف مهم" للصحفيين.', id="ar-names-in-quotes"),
    pytest.param(
        'وقال مسؤول بالخارجية أمس بخصوص زيارة كيري "ما نتطلع إليه هو الانتقال من حكم الأسد".',
        id="ar-visit-and-quoted-name",
    ),
]


@pytest.mark.parametrize(("sentence", "people", "kind", "place"), CASES)
def test_meeting_found(sentence: str, people: tuple, kind: str, place: str | None, data) -> None:
    lang = "ar" if any("\u0600" <= c <= "\u06ff" for c in sentence) else "fr"
    title = "عنوان عن الأزمة السورية والحل" if lang == "ar" else "Titre sur la crise syrienne et la solution"
    body = AR_BODY if lang == "ar" else FR_BODY
    article = article_from(f"{title}\n{sentence}\n{body}", data)
    assert len(article.mentions) == 1
    mention = article.mentions[0]
    assert (mention.participants, mention.kind, mention.place) == (people, kind, place)


@pytest.mark.parametrize("sentence", NOT_MEETINGS)
def test_not_a_meeting(sentence: str, data) -> None:
    lang = "ar" if any("\u0600" <= c <= "\u06ff" for c in sentence) else "fr"
    title = "عنوان عن الأزمة السورية والحل" if lang == "ar" else "Titre sur la crise syrienne et la solution"
    body = AR_BODY if lang == "ar" else FR_BODY
    assert article_from(f"{title}\n{sentence}\n{body}", data).mentions == ()


def test_today_takes_the_article_date(data) -> None:
    text = f"عنوان عن الأزمة السورية والحل\nنشر في: 24/03/2016\nوانطلقت اليوم في موسكو مباحثات بين كيري ولافروف.\n{AR_BODY}"
    (mention,) = article_from(text, data).mentions
    assert mention.date == dt.date(2016, 3, 24)


def test_same_meeting_from_two_articles_gets_one_id(data) -> None:
    # The French article gives no date for the meeting; the Arabic one dates it "today".
    fr = article_from(
        f"Titre sur la crise syrienne et la solution\nLavrov a rencontré Kerry à Moscou. {FR_BODY}", data, "a.txt"
    )
    ar = article_from(
        f"عنوان عن الأزمة السورية والحل\nنشر في: 24/03/2016\nبدأ كيري ولافروف اليوم مباحثات في موسكو. {AR_BODY}",
        data,
        "b.txt",
    )
    archive = Archive([fr, ar], data)
    (a_ids, b_ids) = (archive.by_slug["a"].meetings, archive.by_slug["b"].meetings)
    assert a_ids == b_ids == ("john-kerry-sergei-lavrov--moscow--2016-03-24",)
    assert set(archive.meetings[a_ids[0]].articles) == {"a", "b"}


def test_different_places_are_different_meetings(data) -> None:
    a = article_from(
        f"Titre sur la crise syrienne et la solution\nLavrov a rencontré Kerry à Moscou. {FR_BODY}", data, "a.txt"
    )
    b = article_from(
        f"Titre sur la crise syrienne et la solution\nLavrov a rencontré Kerry à Genève. {FR_BODY}", data, "b.txt"
    )
    archive = Archive([a, b], data)
    assert archive.by_slug["a"].meetings != archive.by_slug["b"].meetings
