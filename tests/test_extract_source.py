"""Outlet and URL: from source lines, site names, datelines, domains; null when the text does not say."""

from __future__ import annotations

import pytest

from generator.clean import label_lines, normalize_text
from generator.extract.source import extract_source, outlet_by_domain
from tests.helpers import AR_BODY, FR_BODY, article_from

CASES = [
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nالمصدر : الجزيرة + وكالات",
        "Al Jazeera",
        "source_line",
        id="ar-masdar-line",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nالمصدر | الجزيرة",
        "Al Jazeera",
        "source_line",
        id="ar-masdar-line-with-a-bar",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n0000-00-00 00:00:00 - المصدر: الجزيرة\n{AR_BODY}",
        "Al Jazeera",
        "source_line",
        id="ar-masdar-line-after-an-empty-stamp",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\n(المصدر: قناة الجزيرة بتاريخ 11/2/2015)",
        "Al Jazeera",
        "source_line",
        id="ar-masdar-line-in-brackets",
    ),
    # Over the headline, where a site prints its desk's credit: not the headline.
    pytest.param(
        f"المصدر / الجزيرة\nعنوان المقال عن سوريا اليوم\n{AR_BODY}",
        "Al Jazeera",
        "source_line",
        id="ar-masdar-line-with-a-slash-over-the-headline",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nSource : AFP", "AFP", "source_line", id="fr-source-line"
    ),
    pytest.param(
        f"المؤتمرنت -\nعنوان المقال عن سوريا اليوم\n{AR_BODY}", "Almotamar.net", "site_name", id="ar-site-prefix"
    ),
    pytest.param(f"Titre de l'article sur la Syrie\nDamas-SANA / {FR_BODY}", "SANA", "body_cue", id="fr-sana-dateline"),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY} Dans un communiqué, dont une copie est parvenue à SANA, il a ajouté.",
        "SANA",
        "body_cue",
        id="fr-copie-parvenue",
    ),
    pytest.param(f"عنوان المقال عن سوريا اليوم\nدمشق-سانا\n{AR_BODY}", "SANA", "body_cue", id="ar-sana-dateline"),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nhttps://www.aljazeera.net/news/2016/3/24/x",
        "Al Jazeera",
        "url_domain",
        id="bare-url-domain",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nPar Le Figaro avec AFP\n{FR_BODY}",
        "Le Figaro",
        "byline_outlet",
        id="fr-byline-names-the-outlet",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nإعداد: الجزيرة نت\n{AR_BODY}",
        "Al Jazeera",
        "byline_outlet",
        id="ar-byline-names-the-outlet",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nالرياض: «الشرق الأوسط»\n{AR_BODY}",
        "Asharq Al-Awsat",
        "body_cue",
        id="ar-paper-quoted-by-short-name",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nلندن ـ «القدس العربي»: {AR_BODY}",
        "Al-Quds Al-Arabi",
        "body_cue",
        id="ar-quoted-paper-inline",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nBeyrouth : « L'Orient-Le Jour »\n{FR_BODY}",
        "L'Orient-Le Jour",
        "body_cue",
        id="fr-quoted-paper-dateline",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nOLJ/AFP\n{FR_BODY}",
        "L'Orient-Le Jour",
        "source_line",
        id="fr-credit-of-outlets",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nروسيا اليوم + نوفوستي\n{AR_BODY}", "RT", "source_line", id="ar-credit-of-outlets"
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nD.H./ L.A. / A. Chatta",
        "SANA",
        "signature",
        id="fr-sana-desk-signature",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nH.Z. / Gh.H. / R. Raslan",
        "SANA",
        "signature",
        id="fr-sana-desk-signature-two-letter-initials",
    ),
]

CASES += [
    pytest.param(
        f"La Gazette du Levant\nMonde\nTitre de l'article sur la Syrie\n{FR_BODY}\nPartager\n© La Gazette du Levant",
        "La Gazette du Levant",
        "site_frame",
        id="fr-unknown-site-named-by-banner-and-footer",
    ),
    pytest.param(
        f"صحيفة الغد\nعنوان المقال عن سوريا اليوم\n{AR_BODY}\nشارك\nجميع الحقوق محفوظة © 2018 صحيفة الغد",
        "صحيفة الغد",
        "site_frame",
        id="ar-unknown-site-named-by-banner-and-footer",
    ),
]

CASES += [
    pytest.param(
        f"https://www.lepoint.fr/monde/syrie-article.php\nTitre de l'article sur la Syrie\nSource AFP\n{FR_BODY}",
        "Le Point",
        "url_domain",
        id="fr-wire-source-line-on-a-publishers-page",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nSource AFP\n{FR_BODY}",
        "AFP",
        "source_line",
        id="fr-source-line-without-colon",
    ),
    pytest.param(
        f"URL: https://www.alahednews.com.lb/article.php?id=1\nعنوان المقال عن سوريا اليوم\n{AR_BODY}\nالمصدر:سبوتنيك",
        "Al-Ahed News",
        "url_domain",
        id="ar-sputnik-is-a-wire-on-a-publishers-page",
    ),
    pytest.param(
        f"URL: https://sputnikarabic.ae/amp/20180112/lavrov-1029119655.html\nعنوان المقال عن سوريا اليوم\n{AR_BODY}",
        "Sputnik",
        "url_domain",
        id="ar-sputniks-arabic-address",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nعمان - الدستور\n{AR_BODY}",
        "الدستور",
        "dateline_credit",
        id="ar-dateline-credit-of-an-unknown-paper",
    ),
    pytest.param(
        f"LE COURRIER\nTitre de l'article sur la Syrie\n{FR_BODY}\nPartager\nLe Courrier - © Courrier & Cie - 2014",
        "Le Courrier",
        "site_frame",
        id="fr-site-named-before-the-copyright-sign",
    ),
    pytest.param(
        f"Le Quotidien\nTitre de l'article sur la Syrie\n{FR_BODY}\nNewsletter\n© Le Quotidien SA",
        "Le Quotidien",
        "site_frame",
        id="fr-site-name-starts-the-copyright-holder",
    ),
]

CASES += [
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nPartager\n© 2016 Le Vif - Tous droits réservés",
        "Le Vif",
        "rights_footer",
        id="fr-unknown-site-named-by-its-rights-footer",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nجميع الحقوق محفوظة لـ بوابة الشروق 2015",
        "بوابة الشروق",
        "rights_footer",
        id="ar-unknown-site-named-by-its-rights-footer",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nسكاي نيوز عربية © 2018 جميع الحقوق محفوظة",
        "Sky News Arabia",
        "rights_footer",
        id="ar-known-site-named-by-its-rights-footer",
    ),
]

NONE = [
    pytest.param(f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nجميع الحقوق محفوظة", id="ar-rights-footer-naming-nobody"),
    pytest.param(f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nجميع الحقوق محفوظة للناشر", id="ar-rights-of-the-publisher"),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nالصفدي ولافروف خلال المؤتمر الصحافي - (بترا)",
        id="ar-photo-agency-in-parentheses-is-not-the-site",
    ),
    pytest.param(
        f"Le Journal\nTitre de l'article sur la Syrie\n{FR_BODY}\n© Reuters",
        id="fr-footer-credit-of-another-name-is-not-the-site",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nوقال لافروف وفقا لما نقلته وكالة سبوتنيك إن {AR_BODY}",
        id="ar-quoted-agency-is-not-the-outlet",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY} Selon l'AFP, les discussions continuent.",
        id="fr-selon-afp-is-not-the-outlet",
    ),
    pytest.param(f"Titre de l'article sur la Syrie\n{FR_BODY}", id="fr-nothing-said"),
    pytest.param(f"Titre de l'article sur la Syrie\nPar Marc Semo\n{FR_BODY}", id="fr-byline-of-a-person"),
    pytest.param(
        f"Titre de l'article sur la Syrie\nREUTERS/Martial Trezzini\n{FR_BODY}", id="fr-photo-credit-is-not-the-outlet"
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nقالت الوزارة: «نحن مستعدون للحوار»\n{AR_BODY}", id="ar-quotation-is-not-a-paper"
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nMarc Semo / Isabelle Mandraud", id="fr-names-are-no-signature"
    ),
]


@pytest.mark.parametrize(("text", "outlet", "rule"), CASES)
def test_source_found(text: str, outlet: str, rule: str, data) -> None:
    article = article_from(text, data)
    lines = label_lines(normalize_text(text), article.lang, data)
    assert article.source == outlet
    assert extract_source(lines, article.url, data).rule == rule  # type: ignore[union-attr]


@pytest.mark.parametrize("text", NONE)
def test_source_is_null_when_the_text_does_not_say(text: str, data) -> None:
    assert article_from(text, data).source is None


def test_source_line_naming_unknown_outlet_keeps_the_name(data) -> None:
    text = f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nالمصدر : صحيفة الغد المستقلة"
    assert article_from(text, data).source == "صحيفة الغد المستقلة"


def test_url_from_original_page_line_not_from_print_footer(data) -> None:
    text = (
        f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\n"
        "تمت طباعة الخبر في: الإثنين, 29-أبريل-2024 الساعة: 12:07 ص\n"
        "يمكنك الوصول إلى الصفحة الأصلية عبر الرابط: http://www.almotamar.net/news/129574.htm"
    )
    article = article_from(text, data)
    assert article.url == "http://www.almotamar.net/news/129574.htm"
    assert article.source == "Almotamar.net"
    assert "طباعة" not in " ".join(b.text for b in article.body)


def test_javascript_url_is_not_a_url(data) -> None:
    text = f"Titre de l'article sur la Syrie\n{FR_BODY}\nSource : javascript:alert(1)"
    assert article_from(text, data).url is None


def test_an_unknown_outlet_is_named_by_its_site_and_reported(data) -> None:
    text = f"URL: https://www.exemple-actu.fr/monde/syrie-lavrov-kerry.html\nTitre de l'article sur la Syrie\n{FR_BODY}"
    article = article_from(text, data)
    assert article.source == "exemple-actu.fr"
    assert any("exemple-actu.fr" in w.problem and "outlets.yaml" in w.fix for w in article.warnings)


def test_a_known_outlet_is_not_reported(data) -> None:
    text = f"URL: https://www.rfi.fr/fr/moyen-orient/syrie-lavrov-kerry\nTitre de l'article sur la Syrie\n{FR_BODY}"
    article = article_from(text, data)
    assert article.source == "RFI"
    assert not any("outlets.yaml" in w.fix for w in article.warnings)


def test_a_wire_credit_on_an_unknown_publishers_page_gives_way_to_its_site(data) -> None:
    text = f"URL: https://www.exemple-actu.fr/monde/syrie\nTitre de l'article sur la Syrie\nDAMAS (AFP) - {FR_BODY}"
    assert article_from(text, data).source == "exemple-actu.fr"


def test_a_follow_link_is_not_the_pages_address(data) -> None:
    text = f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nاشترك في قناتنا على التلجرام\nhttps://telegram.me/exemple"
    article = article_from(text, data)
    assert article.url is None
    assert article.source is None


def test_a_hosts_final_dot_does_not_hide_a_known_outlet(data) -> None:
    text = f"URL: https://sana.sy./fr/?p=61234\nTitre de l'article sur la Syrie\n{FR_BODY}"
    assert article_from(text, data).source == "SANA"


def test_the_nearest_listed_domain_names_the_outlet(data) -> None:
    # A subdomain an outlet lists is that outlet's, though another lists the parent domain.
    sub = next(
        d
        for o in data.outlets.values()
        for d in o.domains
        if d.count(".") >= 2 and d.partition(".")[2] in data.outlet_domains
    )
    parent = sub.partition(".")[2]
    assert outlet_by_domain(f"https://{sub}/a", data) == data.outlet_domains[sub]
    assert outlet_by_domain(f"https://www.{parent}/a", data) == data.outlet_domains[parent]
    assert data.outlet_domains[sub] != data.outlet_domains[parent]
