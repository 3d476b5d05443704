"""Boilerplate rules: what goes, what stays, in both languages."""

from __future__ import annotations

import pytest

from generator.clean import normalize_text
from tests.helpers import AR_BODY, FR_BODY, article_from


def _body(text: str, data) -> str:
    return "\n".join(b.text for b in article_from(text, data).body)


DROPPED = [
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nCheck Also\nUn autre titre\nUn autre résumé …",
        "Un autre",
        id="check-also-tail",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nLire aussi :\nAutre sujet du jour",
        "Autre sujet",
        id="fr-lire-aussi-tail",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nحول هذه القصة\nخبر آخر عن موضوع آخر تماما",
        "خبر آخر",
        id="ar-hawl-hadhihi-alqissa",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nأخبار متعلقة\nخبر آخر", "خبر آخر", id="ar-akhbar-mutaalliqa"
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nالمزيد من أزمات\nالأكثر قراءة", "المزيد", id="ar-almazid-min"
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nتمت طباعة الخبر في: الإثنين, 29-أبريل-2024",
        "طباعة",
        id="ar-print-footer",
    ),
    pytest.param(f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nأقسام\nأخبار", "أقسام", id="ar-section-words"),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nRussian Foreign Minister Sergei Lavrov shakes hands with John Kerry in Moscow.\n{AR_BODY}",
        "shakes",
        id="ar-english-caption",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nالوزيران يتصافحان قبل مباحثاتهما (الأوروبية)\n{AR_BODY}",
        "يتصافحان",
        id="ar-caption-with-credit",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nD.H./ L.A. / A. Chatta", "Chatta", id="fr-initials-byline"
    ),
    pytest.param(f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nالمصدر : الجزيرة + وكالات", "المصدر", id="ar-source-line"),
    pytest.param(f"Titre de l'article sur la Syrie\n{FR_BODY[:60]}…\n{FR_BODY}", "…", id="fr-truncated-teaser"),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nوأكد الوزير أن التعاون بين البلدين مستمر في إطار قرارات مجلس الأمن الدولي\n{AR_BODY}",
        "مجلس الأمن الدولي\n",
        id="ar-caption-restating-lead",
    ),
]


@pytest.mark.parametrize(("text", "gone"), DROPPED)
def test_furniture_is_removed(text: str, gone: str, data) -> None:
    body = _body(text, data) + "\n"
    assert gone not in body
    assert (FR_BODY if "Titre" in text else AR_BODY) in body


def test_site_banner_is_not_the_title(data) -> None:
    text = f"المؤتمر نت - الصورة من الارشيف\n\nالمؤتمرنت -\nلافروف خلال لقائه دي ميستورا: روسيا ملتزمة\n{AR_BODY}"
    article = article_from(text, data)
    assert article.title == "لافروف خلال لقائه دي ميستورا: روسيا ملتزمة"
    assert "الصورة" not in _body(text, data)


def test_rubric_line_before_headline_is_not_the_title(data) -> None:
    article = article_from(f"International\nLavrov et Kerry se parlent au téléphone\n{FR_BODY}", data)
    assert article.title == "Lavrov et Kerry se parlent au téléphone"


def test_inner_subheading_becomes_heading(data) -> None:
    text = f"Titre de l'article sur la Syrie\n{FR_BODY}\nLavrov : la victoire est proche\n{FR_BODY}"
    blocks = article_from(text, data).body
    assert [b.kind for b in blocks] == ["p", "h2", "p"]


def test_quotes_and_numbers_kept_exactly(data) -> None:
    line = "Il a dit « 85 % » et ”Daech” — 2254 (2015) : “l’opposition”."
    assert line in _body(f"Titre de l'article sur la Syrie\n{FR_BODY} {line}", data)


def test_paragraph_ending_without_stop_is_not_dropped_as_caption(data) -> None:
    text = f"Titre de l'article sur la Syrie\n{FR_BODY}\n{FR_BODY} et la suite vient demain sans point final"
    assert "sans point final" in _body(text, data)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        pytest.param("a\r\nb\rc", "a\nb\nc", id="crlf-and-lone-cr"),
        pytest.param("Lav\u200brov\u202e", "Lavrov", id="zero-width-and-bidi-controls"),
        pytest.param("e\u0301", "é", id="nfc"),
        pytest.param("a\u00a0b", "a b", id="nbsp"),
    ],
)
def test_normalize_text(raw: str, clean: str) -> None:
    assert normalize_text(raw) == clean
