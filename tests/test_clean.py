"""Boilerplate rules: what goes, what stays, in both languages."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.clean import normalize_text
from tests.helpers import AR_BODY, AR_MORE, FR_BODY, FR_MORE, article_from


def _body(text: str, data) -> str:
    return "\n".join(b.text for b in article_from(text, data).body)


DROPPED = [
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nأردوغان ووزير خارجية\nأردوغان ووزير خارجية قطر\n{AR_BODY}",
        "قطر",
        id="ar-a-caption-printed-twice-the-first-cut-short",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nصنعاء، نيوز يمن:\n{AR_BODY}", "نيوز يمن", id="ar-a-city-a-comma-and-the-credit"
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nArshad Mohamed; Pierre Sérisier pour le service français",
        "Sérisier",
        id="fr-an-agencys-credits-for-the-french-copy",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nÀ LireRoland Marchal : entre Burhane et Hemetti, « les États de "
        f"la région ont tous des intérêts » au Soudan\n{FR_MORE}",
        "Marchal",
        id="fr-a-teasers-label-run-into-its-headline",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nMarie Gathon Journaliste Levif.be",
        "Gathon",
        id="fr-a-name-the-word-journalist-and-the-outlet",
    ),
    pytest.param(f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nشارك هذا الخبر!", "شارك", id="ar-share-this-news-exclaimed"),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nThis morning, Secretary of State Rex Tillerson met Moroccan "
        f"Foreign Minister Nasser Bourita at the State Department.\n{FR_MORE}",
        "Tillerson",
        id="fr-an-english-caption",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nرئيس مجلس الإدارةمدحت حسنين بركات رئيس التحريرمحمد رجب\n{AR_BODY}",
        "بركات",
        id="ar-the-mastheads-labels-run-into-their-names",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nMoyen Orient et Monde - Diplomatie\n{FR_MORE}",
        "Diplomatie",
        id="fr-a-section-and-its-subsection",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nنشر في: آخر تحديث:\n{AR_BODY}", "تحديث", id="ar-two-stamp-labels-without-values"
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nأخبار العالم أخر الاخبار\n{AR_BODY}", "العالم", id="ar-two-section-names"
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nمتابعة/ المركز الخبري الوطني\n{AR_BODY}",
        "المركز",
        id="ar-a-desks-coverage-credit",
    ),
    pytest.param(f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nBy\n{AR_MORE}", "By", id="an-authors-label-with-no-name"),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nالرئيس التركي رجب طيب أردوغان ورئيس الوزراء العراقي محمد شياع "
        "السوداني، في أنقرة، صورة أرشيفية / AA",
        "أنقرة",
        id="ar-a-caption-ending-with-archive-photo-and-its-agency",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nEn conformité avec les normes du JTI\n"
        "Plus: SWI swissinfo.ch certifiée par la Journalism Trust Initiative",
        "JTI",
        id="fr-a-trust-labels-footer",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nSi vous souhaitez entamer une conversation sur un sujet "
        "abordé dans cet article, envoyez-nous un courriel à redaction@example.org.",
        "conversation",
        id="fr-the-newsroom-talking-to-its-readers",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nRECOMMANDÉS POUR VOUS\nUn autre titre\nUn autre résumé.",
        "Un autre",
        id="fr-recommended-for-you-tail",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nAutres articles qui font l'actualité\n"
        "Le Président reçoit le patronat\nLe Président de la Transition a reçu en audience, ce mardi 20 février "
        "2024, une délégation du patronat venue rendre les conclusions des cinq groupes de travail mis en place "
        "après son installation, sur le climat des affaires et la relance de l'économie nationale.",
        "patronat",
        id="fr-other-articles-of-the-day-tail",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nMia Rabson, La Presse Canadienne",
        "Rabson",
        id="fr-a-name-and-its-outlet-signing-the-article",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nجدة\n{AR_BODY}",
        "جدة",
        id="ar-the-datelines-city-alone",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nخبر عاجل\n{AR_BODY}",
        "عاجل",
        id="ar-a-tickers-label",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nمواضيع ساخنة اخرى\n- لمزيد من الأخبار تواصل معنا عبر :",
        "لمزيد",
        id="ar-hot-topics-and-a-follow-prompt",
    ),
    pytest.param(
        "Titre de l'article sur la Syrie\nPour profiter pleinement des contenus multimédias, vous devez avoir "
        f"le plugin Flash installé dans votre navigateur.\n{FR_BODY}",
        "Flash",
        id="fr-a-players-notice",
    ),
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
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n• شارك هذا الخبر\n{AR_BODY}", "شارك", id="ar-share-button-with-a-bullet"
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nتابعوا آخر الأخبار عبر واتساب\nانضم إلينا واحصل على نشراتنا الإخبارية\n{AR_MORE}",
        "انضم",
        id="ar-follow-and-join-prompts",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nVotre réaction?\n0\nLOL\n0\nBAD!\n0\nOMG!\n0\nANGRY",
        "OMG",
        id="fr-a-reactions-bar",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nArticle traduit de Forbes US – Auteur : Siladitya Ray\n{FR_MORE}",
        "traduit",
        id="fr-a-translations-credit",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\n{FR_MORE}\n* Traduit de l'anglais par Adama Bamba",
        "Bamba",
        id="fr-a-translators-credit-marked-by-a-star",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nPublication: Mis à jour:\n{FR_BODY}",
        "Publication",
        id="fr-date-labels-with-their-dates-gone",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nIstanbul\nAA / Istanbul – Johannesburg / Fatma Zehra Solmaz et Ozcan "
        f"Yıldırım\n{FR_BODY}",
        "Solmaz",
        id="fr-a-wires-credit-line-by-slashes",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nFayez Al-Sarraj et le maréchal Khalifa Haftar. D. R.\n{FR_BODY}",
        "Haftar",
        id="fr-a-caption-closed-by-rights-reserved",
    ),
    pytest.param(f"Titre de l'article sur la Syrie\n{FR_BODY}\nR. I.\n{FR_MORE}", "R. I.", id="fr-initials-alone"),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nM.S. (avec MAP)", "MAP", id="fr-initials-with-the-agency"
    ),
    pytest.param(
        "Titre de l'article sur la Syrie\nPar Khansaa Bahra, Publié le 22/04/2021 à 11:37, mis à jour le 22/04/2021 à "
        f"15:31\nTemps de lecture 2 min.\n{FR_BODY}",
        "Bahra",
        id="fr-a-byline-with-the-pages-stamps",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nPar Khansaa Bahra\nTemps de lecture 2 min.\n{FR_BODY}",
        "lecture",
        id="fr-the-reading-time-without-a-colon",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\n(Rédigé par Guy Faulconbridge à London; version française Claude "
        "Chendjou)",
        "Faulconbridge",
        id="fr-a-wires-credits-in-brackets",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\n(0) Comments\nLeave a Comment Your email address",
        "Comment",
        id="fr-an-english-comment-box",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nSudan News Agency (Khartoum)\n{FR_BODY}",
        "Khartoum",
        id="fr-an-aggregators-credit-of-its-source",
    ),
    pytest.param(f"عنوان المقال عن سوريا اليوم\nالتاريخ:\n{AR_BODY}", "التاريخ", id="ar-a-date-label-alone"),
    pytest.param(
        "Titre de l'article sur la Syrie\nPar Euronews\nPublié le Mis à jour\nPartager cet articleDiscussion\n"
        f"Entretien téléphonique Macron-Rohani : Paris et Téhéran veulent préserver les acquis de l'accord\n{FR_BODY}",
        "Publié",
        id="fr-date-labels-without-colons",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nLe roi Abdallah II de Jordanie, à droite, avec Mahmoud Abbas à Amman, le 12 "
        f"novembre 2014. (Crédit : Khalil Mazraawi/AFP)\n{FR_BODY}",
        "Mazraawi",
        id="fr-a-caption-closed-by-its-credit-in-brackets",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nL'émissaire américain Amos Hochstein. Photo d'archives Ani\n{FR_BODY}",
        "Hochstein",
        id="fr-a-caption-closed-by-archive-photo",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nAllAfrica publie environ 400 articles par jour provenant de plus "
        "de 100 organes de presse.",
        "AllAfrica",
        id="fr-an-aggregators-note-on-its-sources",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nاللقاء بحث آخر تطورات الأوضاع على الساحة الفلسطينية (تويتر)\n{AR_BODY}",
        "تويتر",
        id="ar-a-caption-credited-to-twitter",
    ),
    pytest.param(
        'أمير قطر يستقبل هنية ووفداً قيادياً من "حماس" بالدوحة\nأمير قطر يستقبل هنية ووفداً قيادياً من "حماس" في '
        f"الدوحة\n{AR_BODY}",
        "في الدوحة",
        id="ar-the-headline-again-a-word-changed",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nتابعوا أخبار الإمارات من حال الخليج عبر جوجل نيوز",
        "جوجل",
        id="ar-a-follow-prompt-through-a-service",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\n{FR_MORE}\nUn commentaire?\nSoyez le premier à réagir.",
        "commentaire",
        id="fr-the-comment-box-at-the-end",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\n🟢 À LIRE AUSSI : Le président reçoit le ministre saoudien\n{FR_MORE}",
        "LIRE AUSSI",
        id="fr-a-teaser-marked-by-an-emoji",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nرمز الخبر: ۵۵۰۱۶\n{AR_MORE}",
        "رمز الخبر",
        id="ar-an-agencys-item-number",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nكلمات مفتاحية\nقطر الكرملين روسيا موسكو بوتين",
        "الكرملين",
        id="ar-keywords-heading-and-its-tags",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nRéservé aux abonnés\n{FR_MORE}",
        "abonnés",
        id="fr-subscribers-only",
    ),
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


@pytest.mark.parametrize(
    ("above", "headline", "body"),
    [
        pytest.param(
            "Cliquez pour agrandir l'image", "Lavrov et Kerry se parlent", FR_BODY, id="fr-a-photo-viewers-button"
        ),
        pytest.param(
            "تجاوز إلى المحتوى الرئيسي", "Lavrov et Kerry se parlent", FR_BODY, id="fr-the-sites-arabic-skip-link"
        ),
    ],
)
def test_a_sites_line_over_the_headline_is_not_it(above: str, headline: str, body: str, data) -> None:
    assert article_from(f"{above}\n{headline}\n{body}", data).title == headline


def test_rubric_line_before_headline_is_not_the_title(data) -> None:
    article = article_from(f"International\nLavrov et Kerry se parlent au téléphone\n{FR_BODY}", data)
    assert article.title == "Lavrov et Kerry se parlent au téléphone"


def test_inner_subheading_becomes_heading(data) -> None:
    text = f"Titre de l'article sur la Syrie\n{FR_BODY}\nLavrov : la victoire est proche\n{FR_MORE}"
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
        pytest.param("مصير الأسد.وفيما أشار", "مصير الأسد. وفيما أشار", id="ar-glued-sentence"),
        pytest.param("وكالة (د.ب.أ) وأضافت", "وكالة (د.ب.أ) وأضافت", id="ar-abbreviation-kept"),
        pytest.param("U.S.Army 3.5", "U.S.Army 3.5", id="latin-untouched"),
        pytest.param("chefs d'État.La Turquie", "chefs d'État. La Turquie", id="fr-glued-sentence"),
        pytest.param(
            "a conclu l'Élysée.(©AFP / 23 janvier 2018 19h18)",
            "a conclu l'Élysée.\n(©AFP / 23 janvier 2018 19h18)",
            id="fr-wire-stamp-on-its-own-line",
        ),
        pytest.param('de la Syrie."En tenant', 'de la Syrie. "En tenant', id="fr-glued-before-quote"),
        pytest.param("www.lemonde.fr M.Pedersen e.g.", "www.lemonde.fr M.Pedersen e.g.", id="fr-abbreviations-kept"),
        pytest.param(
            "لطهران quot;لم يتقرر بعد موعد لقاء لاريجاني وسولاناquot;.",
            'لطهران "لم يتقرر بعد موعد لقاء لاريجاني وسولانا".',
            id="ar-quotation-marks-left-as-entities-without-their-ampersand",
        ),
        pytest.param("il a dit &quot;oui&quot;", 'il a dit "oui"', id="fr-quotation-marks-left-as-entities"),
        pytest.param("5 aliquot; x", "5 aliquot; x", id="a-word-ending-in-quot-kept"),
    ],
)
def test_normalize_text(raw: str, clean: str) -> None:
    assert normalize_text(raw) == clean


FURNITURE = [
    *(
        pytest.param(f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\n{line}\n{AR_MORE}", gone, id=f"ar-{name}")
        for line, gone, name in (
            ("تنويه : الخبر تم جلبه من المصدر ونشره اليا في اخبار السودان كما هو", "جلبه", "an-aggregators-notice"),
            ("قبل 2 شهر | الأخبار | أخبار محلية", "محلية", "the-pages-age-and-sections"),
            ("المكتب الإعلامي لرئيس مجلس الوزراء", "المكتب", "a-statements-signature"),
            ("مصدر الخبر / الراكوبة نيوز", "الراكوبة", "the-storys-source"),
            ("أعجبك الموضوع؟ سجّل إعجابك بصفحتنا على فيسبوك لتحصل على المزيد", "فيسبوك", "a like-us-prompt"),
            ("سجّل إعجابك بصفحتنا على فيسبوك لتحصل على المزيد", "فيسبوك", "a like-us-prompt-alone"),
            ("تم أضافة تعليقك سوف يظهر بعد المراجعة", "تعليقك", "the comment-forms-notice"),
            (
                "الرئيس الصيني شي جين بينغ يصل الى المملكة العربية السعودية (شينخوا/ جيو بنغ)",
                "شينخوا",
                "agency-first-credit",
            ),
            ("وزير الخارجية الإيراني، أمير عبد اللهيان", "اللهيان", "a-photos-label-of-a-title-and-name"),
            ("للمشاركة في المناقشة", "المناقشة", "the-comment-forms-prompt"),
            ("قم بتسجيل الدخول أو تسجيل", "الدخول", "the-comment-forms-login"),
            ("شريط الأخبار", "شريط", "a-tickers-heading"),
        )
    ),
    *(
        pytest.param(f"Titre de l'article sur la Syrie\n{FR_BODY}\n{FR_MORE}\n{tail}", gone, id=f"fr-{name}")
        for tail, gone, name in (
            (
                "Les tags en relation\nLes articles en relation\nTunnel sous Gibraltar : un projet clé",
                "Gibraltar",
                "tags",
            ),
            (
                "8 réflexions sur « France – Congo : Quand Macron téléphone »\nIl n'y aura pas de dialogue.",
                "dialogue",
                "comments",
            ),
            (
                "8 thoughts on “France – Congo : Quand Macron téléphone”\nIl n'y aura pas de dialogue.",
                "dialogue",
                "en-comments",
            ),
            ("SOURCE WEB Par Atlas Info", "Atlas", "a-source-line"),
            (
                "Les plus lus – Politique\n- Sexe, pouvoir et vidéos : de quoi l’affaire est-elle le nom ?",
                "Sexe",
                "a-sections-most-read-list",
            ),
            (
                "Abonnez-vous pour lire la suite et accéder à tous nos articles\nLe président a ensuite reçu le ministre.",
                "ensuite",
                "a-paywalls-cut",
            ),
            ("Donnez votre avis\nTrès bon article, merci pour ces informations.", "merci", "a-comment-forms-heading"),
            (
                "Ces articles devraient vous intéresser :\nMohammed VI félicite l’AS FAR pour sa victoire",
                "félicite",
                "a-related-stories-heading",
            ),
            ("Infos à la une\nCommuniqués\nCôte d'Ivoire", "Infos", "a-section-label-over-a-menu"),
        )
    ),
    *(
        pytest.param(f"Titre de l'article sur la Syrie\n{FR_BODY}\n{line}\n{FR_MORE}", gone, id=f"fr-{name}")
        for line, gone, name in (
            (
                "RelireDernière chance de compromis sur l’Ukraine: Antony Blinken et Sergueï Lavrov se rencontrent",
                "Blinken",
                "a-rereads-label-run-into-its-headline",
            ),
            ("Bien s’informer, mieux décider", "informer", "a-paywalls-slogan"),
            ("Votre adresse email ne sera pas publique.", "adresse", "a-comment-forms-notice"),
            ("25 mars 2005 - 10h18 - Monde - Ecrit par :", "Ecrit", "a-day-hour-section-and-author-label"),
            (
                "Bladi.net Google News Suivez bladi.net sur Google News",
                "Suivez",
                "a-follow-prompt-after-the-sites-name",
            ),
            ("Rédaction Europe1.fr , modifié à", "Rédaction", "the-newsroom-and-an-empty-update-stamp"),
            ("Sujets associés : Algérie - Mohammed VI - Diplomatie", "associés", "the-pages-tags"),
            ("( Photo : Reuters )", "Reuters", "a-credit-alone-in-parentheses"),
            ("Plus de «Suisse»", "Suisse", "a-link-to-the-sections-other-stories"),
            (
                "Le chancelier Olaf Scholz et le président Ignazio Cassis, le 20 janvier 2022.Image: sda",
                "sda",
                "a-credit-run-into-its-caption",
            ),
            (
                "20.01.2022, Berlin: Bundeskanzler Olaf Scholz (SPD) empfängt den Schweizer Bundespräsidenten Ignazio "
                "Cassis. Foto: Kay Nietfeld/dpa +++ dpa-Bildfunk +++",
                "Bundeskanzler",
                "a-german-agencys-caption",
            ),
            (
                "Hajar Toufik - 24 novembre 2025Politique - A la Chambre des représentants, le ministre a été questionné.",
                "Chambre",
                "a list-of-teasers-with-the-authors-and-days",
            ),
            ("Politique - L’Assemblée générale d'Interpol à Marrakech place le Maroc au cœur.", "Interpol", "a-teaser"),
            (
                "Chaque matin, recevez les 10 informations clés de l’actualité africaine.",
                "recevez",
                "a-newsletters-offer",
            ),
            ("La Matinale.", "Matinale", "a-newsletters-name"),
            ("Recevez l'actualité gratuitement S'inscrire", "gratuitement", "a-newsletters-prompt"),
            ("(Publicité)", "Publicité", "an-ad-label-in-brackets"),
            (
                "Transférer à un amiImprimerCommenterAgrandir le texteRéduire le texte",
                "Transférer",
                "a-row-of-buttons-run-together",
            ),
            ("Israël - le - par .", "Israël", "an-empty-template-of-section-day-and-author"),
        )
    ),
    *(
        pytest.param(
            f"Titre de l'article sur la Syrie\n{FR_BODY}\nFACE À FACE\nSarkozy : après la victoire, retour à la case "
            f"judiciaire\nEn savoir plus\nFOCUS\nInde : le chaudron\nEn savoir plus\n{FR_MORE}",
            gone,
            id=f"fr-a-teaser-over-its-link-{gone}",
        )
        for gone in ("FACE", "judiciaire")
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nالرئيس التونسي يستقبل وزير الخارجية الجزائري\nالتفاصيل\n"
        f"وزير الخارجية يصل إلى القاهرة\nالتفاصيل\n{AR_MORE}",
        "يستقبل",
        id="ar-a-teaser-over-its-link",
    ),
    *(
        pytest.param(
            f"Titre de l'article sur la Syrie\n6 Commentaire(s)\nIl y a 2 ans\n{FR_BODY}",
            gone,
            id=f"fr-a-count-of-comments-the-pages-age-{gone}",
        )
        for gone in ("Commentaire", "Il y a")
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nM. Bogdanov à Yarzé : appui ferme de la Russie à l’armée. "
        f"Photo Dalati et Nohra\n{FR_BODY}",
        "Nohra",
        id="fr-a-photos-credit-without-a-colon",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\n020/090/000 231514 NOV 015 SPS", "231514", id="a-wires-code"
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nVladimir Poutine et Assimi Goïta\n{FR_BODY}",
        "Goïta",
        id="fr-a-photos-label-of-names",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n- تم نسخ عنوان المقال إلى الحافظة\n{AR_BODY}", "الحافظة", id="ar-copied-notice"
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\n– Lien copié dans le presse-papiers !\n{FR_BODY}",
        "presse-papiers",
        id="fr-copied-notice-after-a-dash",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nLink copied to clipboard\n{FR_BODY}", "clipboard", id="en-copied-notice"
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nللإشتراك في قناة ( اليوم برس ) على التلغرام على الرابط\n{AR_BODY}",
        "التلغرام",
        id="ar-subscribe-to-the-channel",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nLire aussi | Syrie : l'Iran invité à Vienne\n{FR_BODY}",
        "Vienne",
        id="fr-inline-lire-aussi",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nاقرأ أيضاً: موسكو تدعو إلى الحوار\n{AR_BODY}",
        "موسكو تدعو",
        id="ar-inline-iqra-aydan",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nMis à jour le 05/04/2017 à 18:27\n{FR_BODY}",
        "Mis à jour",
        id="fr-updated-line",
    ),
    pytest.param(f"عنوان المقال عن سوريا اليوم\nآخر تحديث: 21 أغسطس 2017\n{AR_BODY}", "تحديث", id="ar-updated-line"),
    pytest.param(
        f"https://www.lemonde.fr/international/article/2015/10/27/x.html\nTitre de l'article sur la Syrie\n{FR_BODY}",
        "lemonde",
        id="fr-bare-url-line",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nhttps://www.aljazeera.net/news/2016/3/24/x",
        "http",
        id="ar-bare-url-line",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nLakhdar Brahimi, au Caire. © Khaled Desouki, AFP\n{FR_BODY}",
        "Desouki",
        id="fr-copyright-in-caption",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nFabius et Lavrov à Paris, le 27 octobre 2015. KENZO TRIBOUILLARD / AFP\n{FR_BODY}",
        "TRIBOUILLARD",
        id="fr-capitals-slash-agency-credit",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nوزير الخارجية الأميركي لدى وصوله إلى الرياض (أ.ف.ب)\n{AR_BODY}",
        "وصوله",
        id="ar-afp-initials-credit",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nالرؤساء الثلاثة في سوتشي - 14 من شباط 2019 (الرئاسة التركية)\n{AR_BODY}",
        "الرئاسة التركية",
        id="ar-official-photo-credit",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nمصدر الصورة، AFP\nالتعليق على الصورة، أنان خلال لقائه الأسد\n{AR_BODY}",
        "الصورة",
        id="ar-bbc-photo-labels",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n© Maxim Shemetov Source: Reuters\nTillerson et Lavrov lors de leur rencontre à Moscou\n{FR_BODY}",
        "lors de leur rencontre",
        id="fr-caption-after-credit",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nمصدر الصورة، Getty Images\nالوزيران قبل المؤتمر الصحفي في موسكو\n{AR_BODY}",
        "المؤتمر الصحفي",
        id="ar-caption-after-credit",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nPar Marc Semo et Isabelle Mandraud\n{FR_BODY}",
        "Semo",
        id="fr-byline-two-authors",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nTexte par : FRANCE 24 Suivre\n{FR_BODY}",
        "Texte par",
        id="fr-byline-texte-par",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nAvec notre correspondant à Moscou, Daniel Vallot\n{FR_BODY}",
        "Vallot",
        id="fr-byline-correspondent",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nPar Marc Semo\n{FR_BODY}\nMarc Semo (Beyrouth, correspondant)",
        "Beyrouth",
        id="fr-signature-repeated-below",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nبقلم: رشا محفوض\n{AR_BODY}\nرشا محفوض - دمشق",
        "رشا محفوض",
        id="ar-signature-repeated-below",
    ),
    pytest.param(f"Titre de l'article sur la Syrie\n0 23\n{FR_BODY}", "0 23", id="fr-share-counters"),
    pytest.param(f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\n12\n{AR_BODY}", "\n12\n", id="ar-comment-counter"),
    pytest.param(
        f"Titre de l'article sur la Syrie\nÉcouter\nURL courte\n{FR_BODY}", "URL courte", id="fr-player-and-short-url"
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nحجم الخط\nانسخ الرابط\n{AR_BODY}", "الرابط", id="ar-font-size-copy-link"
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nSuivez Sputnik sur Telegram\n{FR_BODY}",
        "Telegram",
        id="fr-follow-prompt",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nتابعوا أخبار سانا على تلغرام https://t.me/x\n{AR_BODY}",
        "تلغرام",
        id="ar-follow-prompt-with-link",
    ),
    pytest.param(f"Titre de l'article sur la Syrie\n{FR_BODY}\nAvec AFP\n{FR_BODY}", "Avec AFP", id="fr-avec-afp"),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nLa rédaction vous conseille\nSyrie : un autre sujet",
        "autre sujet",
        id="fr-redaction-conseille-tail",
    ),
    pytest.param(f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nمواضيع\nسوريا\nروسيا", "روسيا", id="ar-mawadi-tag-tail"),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nعنب بلدي – أونلاين\n{AR_BODY}", "أونلاين", id="ar-site-prefix-desk-line"
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nLe Monde - Marc Semo\n{FR_BODY}", "Semo", id="fr-site-prefix-author-line"
    ),
    pytest.param(f"عنوان المقال عن سوريا اليوم\nدمشق-سانا\n{AR_BODY}", "سانا", id="ar-dateline-line"),
    pytest.param(f"عنوان المقال عن سوريا اليوم\nالرياض: «الشرق الأوسط»\n{AR_BODY}", "«", id="ar-quoted-paper-dateline"),
    pytest.param(f"Titre de l'article sur la Syrie\nMoscou - RFI\n{FR_BODY}", "RFI", id="fr-dateline-line"),
    pytest.param(
        f"Titre de l'article sur la Syrie\nAccueil > International > Moyen-Orient\n{FR_BODY}",
        "Accueil",
        id="fr-breadcrumb",
    ),
    pytest.param(f"عنوان المقال عن سوريا اليوم\nالرئيسية › أخبار › عربي\n{AR_BODY}", "الرئيسية", id="ar-breadcrumb"),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nLire aussi\nSyrie : Moscou dénonce une ingérence\n"
        f"Syrie : l'ONU réclame une trêve\n{FR_BODY}\n{FR_BODY}",
        "ingérence",
        id="fr-related-block-inside-the-text",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nاقرأ أيضا\nقائمة 1 من 2\nموسكو تدعو إلى الحوار\n"
        f"نهاية القائمة\n{AR_BODY}\n{AR_BODY}",
        "موسكو تدعو",
        id="ar-related-block-inside-the-text",
    ),
    pytest.param(
        "Titre de l'article sur la Syrie\nLe ministre a rappelé la position de Moscou sur la Syrie.\n"
        f"{FR_BODY[:120]}.\nCheck Also\nUn autre titre",
        "autre titre",
        id="fr-tail-after-short-paragraphs",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nSur le même sujet\nSyrie : Moscou dénonce une ingérence\n"
        f"{FR_BODY.replace('ministre', 'porte-parole')}\nSyrie : l'ONU réclame une trêve\n{FR_BODY.replace('ministre', 'diplomate')}",
        "porte-parole",
        id="fr-tail-with-summaries-is-not-an-inline-block",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nأخبار ذات صلة\nموسكو تدعو إلى الحوار\n"
        f"{AR_BODY.replace('الوزير', 'المتحدث')}\nالأمم المتحدة تطالب بهدنة\n{AR_BODY.replace('الوزير', 'السفير')}",
        "المتحدث",
        id="ar-tail-with-summaries-is-not-an-inline-block",
    ),
]


FURNITURE += [
    pytest.param(
        f"Titre de l'article sur la Syrie\nOuest-France avec AFP.\n{FR_BODY}",
        "Ouest-France avec AFP",
        id="fr-credit-outlet-avec-agency",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nPar euronews avec AFP, Reuters\n{FR_BODY}",
        "Par euronews",
        id="fr-credit-par-outlet-avec-agencies",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nEmmanuel Macron et Vladimir Poutine à Versailles, le 29 mai 2017. / Stéphane de Sakutin / AFP\n{FR_BODY}",
        "Versailles",
        id="fr-caption-name-slash-agency",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nJohn Kerry et Sergueï Lavrov à Munich. Photo Christof Stache. AFP\n{FR_BODY}",
        "Munich",
        id="fr-caption-photo-name-agency",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nPhoto d'archive : Vladimir Poutine au Kremlin - Copyright Alexei Druzhinin/AP\n{FR_BODY}",
        "Druzhinin",
        id="fr-caption-copyright",
    ),
    pytest.param(f"Titre de l'article sur la Syrie\nLecture en 3 min.\n{FR_BODY}", "Lecture", id="fr-reading-time-en"),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nRecevez la newsletter Monde", "newsletter", id="fr-newsletter"
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nCommentaires\nTaille du texte Aa Aa\n{FR_BODY}",
        "Taille",
        id="fr-comments-and-text-size",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nLe 10 septembre 2016 à 08h15, modifié le 10 septembre 2016 à 11h02\n{FR_BODY}",
        "08h15",
        id="fr-date-line-with-its-update",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nPierre Lamarque,\n{FR_BODY}\nPierre Lamarque",
        "Lamarque",
        id="fr-signature-above-and-below",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\npar Julien Marchal et Anna Vorontsova, correspondante à Moscou\n{FR_BODY}",
        "Marchal",
        id="fr-long-signature",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nنبيل فهمي وسيرجي لافروف خلال المؤتمر الصحفي - تصوير: محمد مصطفى\n{AR_BODY}",
        "تصوير",
        id="ar-caption-photographer",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nترامب حمّل روسيا وإيران المسؤولية - أرشيفية\n{AR_BODY}",
        "أرشيفية",
        id="ar-caption-archive-photo",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nالسيسي والبشير اجتمعا على هامش القمة- جيتي\n{AR_BODY}",
        "جيتي",
        id="ar-caption-photo-agency-after-a-dash",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nالسفير سامح شكري وزير الخارجية تصوير : محمد هشام\n{AR_BODY}",
        "هشام",
        id="ar-caption-photographer-without-a-dash",
    ),
    pytest.param(f"عنوان المقال عن سوريا اليوم\nتعديل حجم الخط:\n{AR_BODY}", "حجم", id="ar-text-size-label"),
    pytest.param(f"عنوان المقال عن سوريا اليوم\nالقراءات : (7838) قراءة\n{AR_BODY}", "7838", id="ar-view-counter"),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nاخبار الساعة بتاريخ: 09-05-2019 | 6 سنوات مضت\n{AR_BODY}",
        "بتاريخ",
        id="ar-site-and-its-date",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nالسبت 06-09-2014 17:41 | كتب: جمعة حمد الله |\n{AR_BODY}",
        "كتب",
        id="ar-date-then-byline",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nArticle mis en ligne le 7 juin 2011\n{FR_BODY}",
        "mis en ligne",
        id="fr-article-put-online",
    ),
    pytest.param(f"Titre de l'article sur la Syrie\n{FR_BODY}\nD.Hmaiché.", "Hmaiché", id="fr-one-initial-and-a-name"),
    pytest.param(
        f"Titre de l'article sur la Syrie\nEmmanuel Macron et Volodymyr Zelensky - Montage photos AFP - Ludovic Marin\n{FR_BODY}",
        "Montage",
        id="fr-caption-photo-montage",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nCe texte est la traduction d’un article paru sur Arabnews.com",
        "traduction",
        id="fr-a-translations-notice",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n10 Septembre, 2017, 08:28 | Auteur: Lynn Cook\n{FR_BODY}",
        "Auteur",
        id="fr-the-day-then-the-author",
    ),
    pytest.param(f"عنوان المقال عن سوريا اليوم\nA+ A-\n{AR_BODY}", "A+", id="ar-text-size-buttons"),
    pytest.param(f"عنوان المقال عن سوريا اليوم\nدمشق - الوطن\n{AR_BODY}", "الوطن", id="ar-dateline-unknown-outlet"),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nلوزان، لندن، بيروت - «الحياة»، رويترز، أ ف ب\n{AR_BODY}",
        "لوزان",
        id="ar-dateline-several-cities",
    ),
]


FURNITURE += [
    pytest.param(f"عنوان المقال عن سوريا اليوم\nموسكو ــ الأخبار\n{AR_BODY}", "الأخبار", id="ar-dateline-tatweel-dash"),
    pytest.param(f"عنوان المقال عن سوريا اليوم\n+ الخط -\n{AR_BODY}", "الخط", id="ar-font-size-buttons"),
    pytest.param(
        f"Titre de l'article sur la Syrie\nRédaction en ligne\nRéagir (4)\nCourriel\nPublié\n{FR_BODY}",
        "Réagir",
        id="fr-desk-comments-mail-and-empty-stamp",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nJohn Kerry et Sergueï Lavrov, lundi à Paris. Photo Belga/AFP\n{FR_BODY}",
        "Belga",
        id="fr-caption-photo-agency-slash-agency",
    ),
]

FURNITURE += [
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n• 10/8/2023\n• 00:00\n• 13\n• 0\n{AR_BODY}", "•", id="ar-bulleted-counters"
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\n[ Envoyer ce lien à un ami ] [ Imprimer ]",
        "Envoyer",
        id="fr-bracketed-link-labels",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nLeave a Reply\nYour email address will not be published.",
        "Reply",
        id="fr-an-english-comment-form",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nVotre adresse e-mail ne sera pas publiée. Les champs obligatoires "
        "sont indiqués avec *\nJean Dupont\nTrès bon article.",
        "Dupont",
        id="fr-a-comment-forms-notice-ends-the-article",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nلن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *\n"
        "محمد أحمد\nمقال رائع جدا.",
        "رائع",
        id="ar-a-comment-forms-notice-ends-the-article",
    ),
    pytest.param(f"Titre de l'article sur la Syrie\n{FR_BODY}\nPartager via :", "Partager", id="fr-share-via"),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nSuivez China.org.cn sur Twitter et Facebook pour rejoindre la "
        "conversation.",
        "Suivez",
        id="fr-follow-us-on-two-networks",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nPar :  |  Mots clés : Chine,Xi,Afrique\n{FR_BODY}", "Mots", id="fr-tags"
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nFrench.china.org.cn | Mis à jour le 07-05-2021\n{FR_BODY}",
        "china.org",
        id="fr-an-update-stamp-after-the-sites-address",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nRetournez en haut de la page", "Retournez", id="fr-back-to-top"
    ),
    pytest.param(f"Titre de l'article sur la Syrie\n1 minute\n{FR_BODY}", "minute", id="fr-one-minutes-read"),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nCopier le lien\nEnvoyer par e-mail\nAjouter à mes favoris\n{FR_MORE}",
        "favoris",
        id="fr-share-and-save-buttons",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nVotre navigateur ne supporte pas la vidéo.\n{FR_MORE}",
        "navigateur",
        id="fr-a-players-notice",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nحمل تطبيق الموقع\nزمن القراءة: 3 دقائق\nإعلان\n{AR_BODY}",
        "تطبيق",
        id="ar-app-reading-time-and-ad-labels",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nCapture d'écran\n{FR_MORE}", "Capture", id="fr-screenshot-label"
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nAbbas Araghchi (à droite) recevant Rafael Grossi à Téhéran, "
        f"le 16 avril 2025.\n{FR_MORE}",
        "Grossi",
        id="fr-caption-with-who-stands-where",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nلافروف (يمين) خلال لقائه نظيره الأمريكي في موسكو\n{AR_BODY}",
        "(يمين)",
        id="ar-caption-with-who-stands-where",
    ),
    pytest.param(
        f"Aller au contenu principal\nTitre de l'article sur la Syrie\nEncore 1/5 articles gratuits à lire\n{FR_BODY}\n"
        "Les articles ABO sont réservés aux abonnés.",
        "articles",
        id="fr-skip-link-and-paywall",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nSergueï Lavrov et John Kerry à New York, le 22 septembre 2016.\n"
        f"© Jason DeCrow\n{FR_BODY}",
        "New York",
        id="fr-caption-over-its-credit",
    ),
    pytest.param(f"عنوان المقال عن سوريا اليوم\nبي دي ان |\n{AR_BODY}", "بي دي ان", id="ar-site-name-and-pipe"),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nتعليقات القراء\nوقالت المتحدثة إن الوزيرين سيبحثان التعاون "
        "الثنائي ووضع التسوية في المنطقة خلال المحادثات التي ستجري في العاصمة الروسية بعد أسبوعين من الآن.",
        "تعليقات",
        id="ar-reader-comments",
    ),
    pytest.param(f"عنوان المقال عن سوريا اليوم\nالمجهر - متابعة خاصة\n{AR_BODY}", "المجهر", id="ar-coverage-credit"),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nجسر: متابعات:\n{AR_BODY}", "جسر", id="ar-coverage-credit-colon"
    ),
    pytest.param(f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nمشاركة :", "مشاركة", id="ar-share-colon"),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nLes plus commentés\nMunicipales : des alliances contre nature",
        "Municipales",
        id="fr-most-commented",
    ),
    pytest.param(f"Titre de l'article sur la Syrie\n  • A\n  • A\n{FR_BODY}", "•", id="fr-text-size-buttons-listed"),
    pytest.param(f"Titre de l'article sur la Syrie\nPartagez sur :\n{FR_BODY}", "Partagez", id="fr-share-on"),
    pytest.param(f"عنوان المقال عن سوريا اليوم\nتنزيل\n{AR_BODY}", "تنزيل", id="ar-download-button"),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\n<image>![Lavrov](pic.jpg)</image>\n{FR_MORE}",
        "<image>",
        id="fr-image-markup",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\n![Lavrov à Moscou](https://example.org/lavrov.jpg)\n{FR_MORE}",
        "example.org",
        id="fr-markdown-image",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nVous avez vu une erreur? Merci de nous en informer.\n"
        f"Partager & Commenter\n{FR_MORE}",
        "erreur",
        id="fr-report-an-error-box",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nPartager & Commenter\n{FR_MORE}",
        "Commenter",
        id="fr-share-and-comment",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nPartager cette vidéo :\n{FR_MORE}",
        "vidéo",
        id="fr-share-this-video",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nla suite après cette publicité\n{FR_MORE}\nQuitter la version mobile",
        "publicité",
        id="fr-ad-and-page-buttons",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nزر الذهاب إلى الأعلى\n{AR_MORE}\nتابعنا على الفيس بوك",
        "الأعلى",
        id="ar-back-to-top-and-follow-buttons",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\n{AR_MORE}\nقد يهمك أيضــــــــًا :\nالأسد يستقبل ظريف في دمشق",
        "ظريف",
        id="ar-related-heading-drawn-with-tatweel",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nصدام العنسي\nأخبار عربيةسياسة\n{AR_BODY}\n{AR_MORE}",
        "العنسي",
        id="ar-an-authors-name-between-headline-and-lead",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nImage\nCrédits\n{FR_BODY}\n{FR_MORE}",
        "Crédits",
        id="fr-a-pictures-labels-between-headline-and-lead",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nVladimir Poutine et François Hollande sur le perron de l'Elysée.@ AFP\n{FR_BODY}",
        "perron",
        id="fr-caption-with-at-credit",
    ),
    pytest.param(f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nرئيس التحرير: محمد أحمد", "محمد أحمد", id="ar-masthead"),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\n24 commentaires\n• lecteur75 il y a 6 mois\n"
        "Encore une preuve que la diplomatie ne sert à rien dans cette affaire, comme toujours depuis le début.",
        "lecteur75",
        id="fr-readers-comments-after-their-count",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nVous devez être membre pour ajouter des commentaires.\n"
        "Devenez membre, ou connectez-vous.\n• lecteur75 il y a 6 mois\nUn commentaire de lecteur assez long pour "
        "ressembler à un paragraphe de l'article lui-même.",
        "lecteur",
        id="fr-members-only-comments",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\n>>> A lire : Le G20, terrain d'affrontement\n{FR_MORE}",
        "G20",
        id="fr-chevron-teaser",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\n(Actualisé avec Ayrault)\n{FR_MORE}",
        "Actualisé",
        id="fr-update-note",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nVotre adresse email ne sera pas publiée.",
        "adresse",
        id="fr-comment-form",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nهل أعجبك الموضوع؟ شاركه مع أصدقائك!", "أعجبك", id="ar-share-prompt"
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nنعلم قراءنا الأعزاء أنه لا يتم إدراج سوى التعليقات البناءة\n"
        "و نشكر لكم تفهمكم.",
        "قراءنا",
        id="ar-comment-rules",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nهذا الموقع يستخدم ملفات تعريف الارتباط. اضغط هنا",
        "الارتباط",
        id="ar-cookie-notice",
    ),
    pytest.param(
        f'عنوان المقال عن سوريا اليوم\n{AR_BODY}\n[covid19-card region="EG" label="الحالات"]\n..................',
        "......",
        id="shortcode-and-dots",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n2018.06.18 | 13:06 دمشق\nتلفزيون سوريا - وكالات\n+A\nحجم الخط\n-A\n{AR_BODY}",
        "-A",
        id="ar-size-buttons-plus-minus",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nDécryptages\nPépites\nDossiers\nRendez-vous\n{FR_BODY}",
        "Pépites",
        id="fr-menu-of-the-sites-sections",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nLee Berthiaume\nLe Soleil\nAgrandir la photo\n"
        "La rencontre a eu lieu au Laos, terrain neutre pour les deux pays, selon le porte-parole du ministre.",
        "Le Soleil",
        id="fr-author-outlet-and-photo-button-between-paragraphs",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nأخبار محلية\nولد الشيخ\nالمبعوث الأممي\n{AR_BODY}",
        "المبعوث الأممي",
        id="ar-run-of-the-sites-tags",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nCET ARTICLE EST RÉSERVÉ AUX INSCRITS\n"
        "Il vous reste 85% à découvrir. Inscrivez vous pour lire la suite de cet article.\nDécouvrez nos offres d'été",
        "nos offres",
        id="fr-paywall-ends-the-page",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nCommentaires (3)\nque la France s'occupe de ses affaires\n"
        "@anonyme",
        "la France s'occupe",
        id="fr-comments-with-their-count",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nلا توجد تعليقات على الخبر\nتم إضافة تعليقك سوف يظهر بعد المراجعة",
        "يظهر بعد المراجعة",
        id="ar-comment-box-ends-the-page",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nFrançois Hollande accueille Vladimir Poutine.\n"
        f"François Hollande accueille Vladimir Poutine.\n{FR_MORE}",
        "accueille",
        id="fr-photo-alt-text-over-its-caption",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nنائب وزير الخارجية الروسي، ميخائيل بوغدانوف\n"
        f"نائب وزير الخارجية الروسي، ميخائيل بوغدانوف\n{AR_BODY}",
        "بوغدانوف",
        id="ar-photo-alt-text-over-its-caption",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nAuj., j'ai contacté mon homologue @SecBlinken pour mon premier "
        "appel bilatéral. pic.twitter.com/ljbJDObjxx — Mélanie Joly (@melaniejoly) November 3, 2021\n"
        f"{FR_MORE}",
        "SecBlinken",
        id="fr-an-embedded-tweet",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nالرئيس الروسي فلاديمير بوتين: اتفقنا مع الرئيس التركي على وقف إطلاق "
        f"نار في إدلب\n— عربي TRT (@TRTArabi) March 5, 2020\n{AR_BODY}",
        "اتفقنا مع الرئيس التركي",
        id="ar-an-embedded-tweets-text-over-its-signature",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nالتقى وزير الخارجية الإيراني نظيره السوري. pic.twitter.com/EbNWVKWuXG\n"
        f"{AR_BODY}",
        "pic.twitter.com",
        id="ar-a-tweets-text-with-its-pictures-link",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\n\\r\\n\n{FR_MORE}", "\\r", id="fr-line-breaks-written-out"
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nمعكرونة تشينغهاي .. قصة كفاح تبدأ من قرية فقيرة\nافتتاح الدورة "
        "الأولى من معرض هوهيهوت لفن النحت\nبحيرة كاناس تتحلى بألوان الخريف\nصور جويّة للمشاريع الضخمة المنجزة",
        "بحيرة كاناس",
        id="ar-headlines-without-bullets-ending-the-page",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nSaïd Djinnit (g) et le ministre congolais des Affaires étrangères"
        f"\n{FR_MORE}",
        "Djinnit (g)",
        id="fr-a-caption-saying-who-stands-left",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nLe ministre congolais des Affaires étrangères (Ph. Pénangnini "
        f"Touré)\n{FR_MORE}",
        "Pénangnini",
        id="fr-a-caption-with-its-photographers-credit",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nSeulement une partie des dépêches, que l'Agence Anadolu diffuse "
        "à ses abonnés via le Système de Diffusion interne (HAS), est diffusée sur le site de l'AA, de manière résumée.",
        "Seulement une partie",
        id="fr-anadolus-notice",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nيتم نشر جزء من الأخبار التي يتم بثها عبر نظام تدفق الأخبار (HAS) "
        "لوكالة الأناضول للمشتركين، على الموقع الإلكتروني بشكل ملخص",
        "يتم نشر جزء",
        id="ar-anadolus-notice",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nPosted by U.S. Department of State on Thursday, September 7, "
        f"2017\n{FR_MORE}",
        "Posted",
        id="fr-an-embedded-facebook-posts-footer",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nت + ت - الحجم الطبيعي\n{AR_BODY}", "الحجم", id="ar-larger-smaller-normal-size"
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\n{FR_MORE}\nJean Dupont pour GCI\n"
        "Correspondant particulier de GCI au Congo",
        "Correspondant",
        id="fr-a-correspondents-credit",
    ),
]


@pytest.mark.parametrize(("text", "gone"), FURNITURE)
def test_more_furniture_is_removed(text: str, gone: str, data) -> None:
    body = "\n" + _body(text, data) + "\n"
    assert gone not in body
    assert (FR_BODY if "Titre" in text else AR_BODY)[:100] in body


KEPT = [
    pytest.param(
        f"Lavrov et Kerry se parlent au téléphone\nLe chef de la diplomatie russe a appelé son homologue américain "
        f"pour évoquer la trêve en Syrie\nLire la suite\n{FR_BODY}",
        "pour évoquer la trêve en Syrie",
        id="fr-the-lead-over-a-read-more-link-is-the-articles",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nIls ont été reçus par :\nLe président russe Vladimir Poutine\n"
        f"{FR_MORE}",
        "Le président russe Vladimir Poutine",
        id="fr-a-title-and-name-under-a-colon-is-no-photos-label",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nLes entretiens de la journée :\n- Vladimir Poutine et Recep "
        f"Tayyip Erdogan\n- Sergueï Lavrov et Mevlüt Cavusoglu\n{FR_MORE}",
        "Sergueï Lavrov et Mevlüt Cavusoglu",
        id="fr-a-list-of-pairs-is-no-photos-label",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nLe chef de la diplomatie française a reçu son homologue russe à Paris, "
        f"sans parvenir à rapprocher les positions.\nArticle réservé aux abonnés\nOffrir cet article\n{FR_BODY}",
        FR_BODY[:60],
        id="fr-a-subscribers-label-over-the-article-ends-nothing",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nLes enjeux\nLa rencontre a eu lieu au Laos, terrain neutre "
        "pour les deux pays, selon le porte-parole du ministre.\nLa suite\nLes deux ministres ont aussi parlé de "
        "l'Arctique et de la coopération entre les garde-côtes des deux pays.",
        "Les enjeux",
        id="fr-subheadings-between-paragraphs-are-no-menu",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nLes points de l'accord :\n- un cessez-le-feu\n"
        "- une aide humanitaire\n- des pourparlers",
        "une aide humanitaire",
        id="fr-a-list-introduced-by-a-colon-is-no-menu",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nL'une de ses priorités était de parler avec Antony Blinken, chose "
        "qu'elle a faite mercredi.\nAuj., j'ai contacté mon homologue @SecBlinken pour mon premier appel bilatéral. "
        f"pic.twitter.com/ljbJDObjxx — Mélanie Joly (@melaniejoly) November 3, 2021\n{FR_MORE}",
        "chose qu'elle a faite mercredi",
        id="fr-the-paragraph-over-a-tweet-with-its-text-is-kept",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nL'article 4 (d) de la résolution prévoit le retrait des forces "
        "étrangères de la zone tampon.",
        "article 4 (d)",
        id="fr-a-letter-in-brackets-after-a-number-is-no-caption",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nLes trois points retenus\nUn cessez-le-feu à Idlib\n"
        "Une aide humanitaire sans entraves",
        "Une aide humanitaire sans entraves",
        id="fr-three-short-lines-ending-the-page-are-kept",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nاستقبل الرئيس السوري بشار الأسد وزير الخارجية الإيراني محمد جواد ظريف، الذي وصل "
        f"إلى دمشق صباح اليوم، وفق ما أفادت وكالة الأنباء الرسمية (سانا).\n{AR_BODY}",
        "وفق ما أفادت وكالة الأنباء الرسمية (سانا).",
        id="ar-lead-citing-its-agency-is-no-caption",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nMoscou - Washington : la tension monte encore entre les deux capitales après les frappes.",
        "Moscou - Washington",
        id="fr-two-capitals-and-a-sentence-is-no-dateline",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nLes discussions ont porté sur le copyright des images diffusées par la télévision d'Etat, a-t-il précisé.",
        "copyright des images",
        id="fr-copyright-in-a-long-sentence-is-kept",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nAutres articles\n{FR_BODY}", FR_BODY, id="fr-related-heading-above-the-body"
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nآخر الأخبار\n{AR_BODY}", AR_BODY, id="ar-related-heading-above-the-body"
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nLire aussi les déclarations de Lavrov, qui dénonce une ingérence.",
        "Lire aussi les déclarations",
        id="fr-lire-aussi-in-prose",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nMis à jour, le plan de paix prévoit un cessez-le-feu et des élections.",
        "Mis à jour, le plan",
        id="fr-mis-a-jour-in-prose",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nParu l'an dernier, le rapport de l'ONU accusait déjà Damas.",
        "Paru l'an dernier",
        id="fr-paru-in-prose",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nنشر في الجريدة الرسمية قرار بتشكيل اللجنة الدستورية السورية.",
        "نشر في الجريدة",
        id="ar-nushira-fi-in-prose",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nPar ailleurs, Lavrov a rappelé le soutien de Moscou au dialogue.",
        "Par ailleurs",
        id="fr-par-ailleurs-is-not-a-byline",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n© Reuters\n{FR_BODY}", FR_BODY, id="fr-punctuated-paragraph-after-credit"
    ),
]

KEPT += [
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nموضوعات مقترحة\nوقالت المتحدثة إن الوزيرين سيبحثان التعاون "
        "الثنائي ووضع التسوية في المنطقة خلال المحادثات التي ستجري في العاصمة الروسية بعد أسبوعين من الآن.",
        "وقالت المتحدثة إن الوزيرين سيبحثان التعاون",
        id="ar-suggested-topics-label-inside-the-article",
    ),
]

KEPT += [
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nL'accord prévoit les points suivants :\n"
        "- un cessez-le-feu dans tout le pays\n- l'accès de l'aide humanitaire",
        "- l'accès de l'aide humanitaire",
        id="fr-list-introduced-by-a-colon",
    ),
]


def test_bulleted_headlines_that_end_the_page_are_related_stories(data) -> None:
    teasers = "- المشير يفتتح عددا من المشروعات في مرزق\n- الأرصاد تحذر من رياح مثيرة للأتربة “غدا”"
    body = _body(f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\n{teasers}", data)
    assert "المشير" not in body
    assert "الأرصاد" not in body
    assert AR_BODY in body


def test_a_paragraph_printed_twice_is_kept_once(data) -> None:
    article = article_from(f"Titre de l'article sur la Syrie\n{FR_BODY}\n{FR_MORE}\n{FR_BODY}\n{FR_MORE}", data)
    assert [b.text for b in article.body] == [FR_BODY, FR_MORE]


def test_the_lead_shown_above_the_headline_is_not_the_headline(data) -> None:
    # The page prints the lead, the headline, then the lead again, cut short: the fuller copy is kept.
    cut = " ".join(AR_BODY.split()[:15]) + "…. اقرأ أيضاً"
    article = article_from(f"{AR_BODY}\nالأسد يستقبل ظريف في دمشق\n{cut}\n{AR_MORE}", data)
    assert article.title == "الأسد يستقبل ظريف في دمشق"
    assert [b.text for b in article.body] == [AR_BODY, AR_MORE]


KEPT += [
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nLes deux hommes se reverront à Genève.\n© Le Temps SA",
        "Les deux hommes se reverront à Genève.",
        id="fr-last-paragraph-over-the-copyright",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nUne trêve fragile\n{FR_MORE}",
        "Une trêve fragile",
        id="fr-a-short-heading-after-the-lead",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nLe « deal of the century » et le slogan « America First » ont "
        f"été évoqués par le président.\n{FR_MORE}",
        "deal of the century",
        id="fr-a-french-line-with-english-words",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nPARIS (Reuters) - John Kerry et Sergueï Lavrov ont réaffirmé lundi leur\n"
        "PARIS (Reuters) - John Kerry et Sergueï Lavrov ont réaffirmé lundi leur profond engagement aux principes de "
        "la conférence de Genève, qui prévoit la formation d'un gouvernement de transition doté des pleins pouvoirs "
        f"exécutifs.\n{FR_MORE}",
        "leur profond engagement",
        id="fr-a-paragraph-under-its-own-first-words",
    ),
]


def test_lines_framed_by_flags_are_the_sites_but_its_date_is_read(data) -> None:
    text = (
        "الوزير الأول يستقبل المبعوث الشخصي للأمين العام الأممي\n🇪🇭صحيفة:12-أكتوبر [تغطية متواصلة لأحداث المقاومة]🇪🇭\n"
        f"🇪🇭السبت: 15 يناير 2022🇪🇭\n🇪🇭 ـ الشهيد ـ الحافظ بوجمعة، الدولة الصحراوية🇪🇭\n{AR_BODY}"
    )
    article = article_from(text, data)
    assert "صحيفة" not in _body(text, data) and "الحافظ" not in _body(text, data)
    assert article.date == dt.date(2022, 1, 15)


def test_a_headline_over_a_credit_is_the_headline(data) -> None:
    text = (
        f"Idlib: Poutine et Erdogan s'accordent sur une zone démilitarisée\n© Sputnik . Mikhail Klimentyev\n{FR_BODY}"
    )
    assert article_from(text, data).title == "Idlib: Poutine et Erdogan s'accordent sur une zone démilitarisée"


@pytest.mark.parametrize(("text", "kept"), KEPT)
def test_article_lines_are_kept(text: str, kept: str, data) -> None:
    assert kept in _body(text, data)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            f"Guerre en Syrie\nLavrov et Kerry se parlent au téléphone\n{FR_BODY}",
            "Lavrov et Kerry se parlent au téléphone",
            id="fr-three-word-rubric",
        ),
        pytest.param(
            f"الأزمة السورية اليوم\nلافروف وكيري يبحثان هاتفيا الأزمة السورية\n{AR_BODY}",
            "لافروف وكيري يبحثان هاتفيا الأزمة السورية",
            id="ar-three-word-rubric",
        ),
        pytest.param(f"Lavrov reçoit Kerry\n{FR_BODY}", "Lavrov reçoit Kerry", id="fr-short-headline-before-paragraph"),
        pytest.param(
            f"بوتين يستقبل الأسد (فيديو)\n{AR_BODY}", "بوتين يستقبل الأسد (فيديو)", id="ar-headline-with-parenthesis"
        ),
        pytest.param(
            f"سيرجي لافروف وريكس تيلرسون\nلافروف وتيلرسون يبحثان الأوضاع في سوريا\n{AR_BODY}",
            "لافروف وتيلرسون يبحثان الأوضاع في سوريا",
            id="ar-names-of-the-photo-over-the-headline",
        ),
        pytest.param(
            f"Sergueï Lavrov et John Kerry\nLavrov reçoit Kerry à Moscou\n{FR_BODY}",
            "Lavrov reçoit Kerry à Moscou",
            id="fr-names-of-the-photo-over-the-headline",
        ),
        pytest.param(
            f"أوباما وبوتين يتفقان على التفاوض | أخبار | DW | 15.11.2015\n{AR_BODY}",
            "أوباما وبوتين يتفقان على التفاوض",
            id="ar-page-title-with-section-site-and-date",
        ),
        pytest.param(
            f"Lavrov reçoit Kerry à Moscou | International | Le Monde\n{FR_BODY}",
            "Lavrov reçoit Kerry à Moscou",
            id="fr-page-title-with-section-and-site",
        ),
        pytest.param(
            f"خلال اتصال هاتفي مع بومبيو...\nلافروف: على واشنطن الامتناع عن تقويض سيادة سوريا\n{AR_BODY}",
            "لافروف: على واشنطن الامتناع عن تقويض سيادة سوريا",
            id="ar-kicker-trailing-off-into-the-headline",
        ),
        pytest.param(
            f"بدء اللقاء بين كيري ولافروف في فيينا حول سوريا - بوابة الشروق\n{AR_BODY}",
            "بدء اللقاء بين كيري ولافروف في فيينا حول سوريا",
            id="ar-site-named-after-the-headline",
        ),
        pytest.param(
            f"مصر - قناة السويس تسجل إيرادات قياسية في عام\n{AR_BODY}",
            "مصر - قناة السويس تسجل إيرادات قياسية في عام",
            id="ar-a-headline-about-the-canal-is-kept",
        ),
        pytest.param(
            f"رام الله الاخباري :\nبوتين وأردوغان يتفقان على وقف إطلاق النار في إدلب\n{AR_BODY}",
            "بوتين وأردوغان يتفقان على وقف إطلاق النار في إدلب",
            id="ar-site-label-with-a-colon",
        ),
        pytest.param(
            f"Accueil MONDE Crise en Syrie : Lavrov reçoit Kerry\nCrise en Syrie : Lavrov reçoit Kerry\n{FR_BODY}",
            "Crise en Syrie : Lavrov reçoit Kerry",
            id="fr-breadcrumb-run-into-the-headline",
        ),
        pytest.param(
            f"الرئيسية سوريا لافروف يستقبل كيري في موسكو\nلافروف يستقبل كيري في موسكو\n{AR_BODY}",
            "لافروف يستقبل كيري في موسكو",
            id="ar-breadcrumb-run-into-the-headline",
        ),
        pytest.param(
            f"منظور عالمي قصص إنسانية\nالإبراهيمي يلتقي مسؤولين في جنيف\n"
            f"الإبراهيمي يلتقي مسؤولين في جنيف\nتنزيل\n{AR_BODY}",
            "الإبراهيمي يلتقي مسؤولين في جنيف",
            id="ar-tagline-over-a-headline-printed-twice",
        ),
        pytest.param(
            f"Le meilleur de l'info\nLavrov reçoit Kerry à Moscou\n  • A\n  • A\nLavrov reçoit Kerry à Moscou\n{FR_BODY}",
            "Lavrov reçoit Kerry à Moscou",
            id="fr-tagline-over-a-headline-printed-twice",
        ),
        pytest.param(
            "Cet article fait partie des archives en ligne du HuffPost Québec, qui a fermé ses portes en 2021.\n"
            f"Lavrov en Arabie pour des entretiens samedi\n{FR_BODY}",
            "Lavrov en Arabie pour des entretiens samedi",
            id="fr-archive-notice-over-the-headline",
        ),
        pytest.param(
            f"دمشق - العرب اليوم\nالأسد يستقبل ظريف في دمشق\n{AR_BODY}",
            "الأسد يستقبل ظريف في دمشق",
            id="ar-dateline-of-a-known-outlet-over-the-headline",
        ),
        pytest.param(
            "بوابة الأهرام الأهرام المسائي الأهرام العربي\nرئيس التحرير\nمحمد أحمد\n"
            f"الصفدي يستقبل دي ميستورا في عمان\n{AR_BODY}",
            "الصفدي يستقبل دي ميستورا في عمان",
            id="ar-bar-of-the-sites-sections-and-masthead-over-the-headline",
        ),
        pytest.param(
            f"Dernières Infos - Liban\nAoun reçoit l'ambassadeur syrien\n{FR_BODY}",
            "Aoun reçoit l'ambassadeur syrien",
            id="fr-news-section-label-over-the-headline",
        ),
        pytest.param(
            "URL: https://example.org/news/2683923/1/الرئيس-يستقبل-المبعوث-الأممي-في-سوريا\n"
            "الرئيس يستقبل المبعوث الأممي في سوريا\nالسيد الرئيس يستقبل المبعوث الخاص للأمم المتحدة\n"
            f"السيد الرئيس يستقبل المبعوث الخاص للأمم المتحدة\n{AR_BODY}",
            "الرئيس يستقبل المبعوث الأممي في سوريا",
            id="ar-the-address-spells-the-headline",
        ),
        pytest.param(
            "URL: https://example.org/story/2013/4/16/الإبراهيمي-يطير-إلى-نيويورك-للمشاركة-في-اجتماع\n"
            f"{AR_BODY}\nالإبراهيمي يطير إلى نيويورك للمشاركة في اجتماع الجمعية العامة\nالثلاثاء، 16 أبريل 2013\n",
            "الإبراهيمي يطير إلى نيويورك للمشاركة في اجتماع الجمعية العامة",
            id="ar-the-address-spells-the-headline-printed-under-the-lead",
        ),
        pytest.param(
            "URL: https://fr.example.org/2025/02/18/volodymyr-zelensky-en-turquie-pour-discuter-de-securite-alimentaire"
            "-et-dechange-de-prisonn\nNewsletter Newsletters Events Évènements Podcasts Vidéos Africanews\n"
            f"Zelensky en Turquie pour discuter sécurité alimentaire et échange de prisonniers avec Erdoğan\n{FR_BODY}",
            "Zelensky en Turquie pour discuter sécurité alimentaire et échange de prisonniers avec Erdoğan",
            id="fr-the-address-spells-the-headline-with-an-elision-glued-and-its-last-word-cut",
        ),
        pytest.param(
            f"URGENT Xi Jinping réaffirme l'engagement de la Chine avec l'Afrique\n{FR_BODY}",
            "Xi Jinping réaffirme l'engagement de la Chine avec l'Afrique",
            id="fr-a-tickers-label-in-capitals-before-the-headline",
        ),
        pytest.param(
            f"عاجل: لافروف يلتقي كيري في جنيف\n{AR_BODY}",
            "لافروف يلتقي كيري في جنيف",
            id="ar-a-tickers-label-and-colon",
        ),
        pytest.param(
            f"Urgent appel de Lavrov à Kerry sur la Syrie\n{FR_BODY}",
            "Urgent appel de Lavrov à Kerry sur la Syrie",
            id="fr-urgent-as-a-word-of-the-headline",
        ),
        pytest.param(
            f": Vidéo Lavrov reçoit Kerry à Moscou\n{FR_BODY}",
            "Vidéo Lavrov reçoit Kerry à Moscou",
            id="fr-a-labels-colon-before-the-headline",
        ),
        pytest.param(
            f"رئيس مجلسى الإدارة والتحرير\nمحمد أحمد\nموسكو: نأمل عدم تكرار السيناريو الليبي في سوريا\n{AR_BODY}",
            "موسكو: نأمل عدم تكرار السيناريو الليبي في سوريا",
            id="ar-masthead-of-both-boards",
        ),
        pytest.param(
            f"24/11/2015 11h:16 CET | Actualisé 24/11/2015 11h:16 CET\nLavrov reçoit Kerry à Moscou\n{FR_BODY}",
            "Lavrov reçoit Kerry à Moscou",
            id="fr-date-bar-with-its-update-over-the-headline",
        ),
        pytest.param(
            f"Mardi 16 Juillet\nMercredi 17 Juillet\nLundi 22 Juillet\nLavrov reçoit Kerry à Moscou\n{FR_BODY}",
            "Lavrov reçoit Kerry à Moscou",
            id="fr-days-of-a-programme-grid-over-the-headline",
        ),
        pytest.param(
            "John Kerry rencontrera Sergueï Lavrov samedi pour évoquer le dossier syrien avec eux | Atlantico.fr\n"
            f"{FR_BODY}",
            "John Kerry rencontrera Sergueï Lavrov samedi pour évoquer le dossier syrien avec eux",
            id="fr-long-headline-with-the-sites-address",
        ),
        pytest.param(
            "رئيس مجلس الإدارة ورئيس التحرير\nعبد الرحيم علي\nرئيس التحرير التنفيذي\nداليا عبد الرحيم\n"
            f"لافروف يبدأ جولة عربية تشمل السعودية والأردن\n{AR_BODY}",
            "لافروف يبدأ جولة عربية تشمل السعودية والأردن",
            id="ar-masthead-labels-joined-by-and",
        ),
        pytest.param(
            f"العاهل السعودي يستقبل وزير الخارجية الأمريكي بجدة\nجدة\n{AR_BODY}",
            "العاهل السعودي يستقبل وزير الخارجية الأمريكي بجدة",
            id="ar-headline-ending-with-the-datelines-city",
        ),
        pytest.param(
            "خبر عاجل\nحذرت السفارة الأمريكية رعاياها من المخاطر الأمنية، داعية الجميع إلى المغادرة فورا.\n"
            f"روحاني: خطاب ترامب يؤكد أن واشنطن ضد الشعب الإيراني\n{AR_BODY}",
            "روحاني: خطاب ترامب يؤكد أن واشنطن ضد الشعب الإيراني",
            id="ar-a-tickers-item-over-the-headline",
        ),
        pytest.param(
            "Alerte info\nUn séisme de magnitude 6 frappe le sud de la Turquie.\n"
            f"Lavrov reçoit Kerry à Moscou\n{FR_BODY}",
            "Lavrov reçoit Kerry à Moscou",
            id="fr-a-tickers-item-over-the-headline",
        ),
        pytest.param(
            "روحاني: خطاب ترامب يؤكد أن واشنطن ضد الشعب الإيراني\nتاريخ النشر: 13 أكتوبر 2017 - 07:24 GMT\n"
            f"الرئيس الإيراني حسن روحاني\nالرئيس الإيراني حسن روحاني\n{AR_BODY}",
            "روحاني: خطاب ترامب يؤكد أن واشنطن ضد الشعب الإيراني",
            id="ar-a-caption-printed-twice-under-the-stamp-is-no-headline",
        ),
        pytest.param(
            "بعد زيارة بن زايد.. وزير الخارجية الإيراني يلتقي بشار الأسد في دمشق\n2023.01.14 | 15:40 دمشق\n"
            f"وزير الخارجية الإيراني مع بشار الأسد - سانا\nوزير الخارجية الإيراني مع بشار الأسد - سانا\n{AR_BODY}",
            "بعد زيارة بن زايد.. وزير الخارجية الإيراني يلتقي بشار الأسد في دمشق",
            id="ar-a-caption-printed-twice-under-a-date-line-is-no-headline",
        ),
        pytest.param(
            "L'actualité mondiale Un regard humain\nLavrov reçoit Kerry à Moscou\n"
            "Un casque bleu de la FINUL le long de la Ligne bleue à la frontière entre le Liban et Israël.\n"
            "Un casque bleu de la FINUL le long de la Ligne bleue à la frontière entre le Liban et Israël.\n"
            f"Lavrov reçoit Kerry à Moscou\n{FR_BODY}",
            "Lavrov reçoit Kerry à Moscou",
            id="fr-a-tagline-over-a-headline-printed-twice-around-a-caption",
        ),
        pytest.param(
            "الرئيس يستقبل المبعوث الروسي\nالرئيس يستقبل المبعوث الروسي. (تصوير ثائر غنايم)\n"
            f"الرئيس يستقبل المبعوث الروسي. (تصوير ثائر غنايم)\n{AR_BODY}",
            "الرئيس يستقبل المبعوث الروسي",
            id="ar-a-caption-with-its-photographer-in-brackets-printed-twice",
        ),
        pytest.param(
            f"محدث الرئيس الإيراني يبدأ زيارة تاريخية لمصر ويلتقي أبو مازن الأربعاء\n{AR_BODY}",
            "الرئيس الإيراني يبدأ زيارة تاريخية لمصر ويلتقي أبو مازن الأربعاء",
            id="ar-an-updated-flag-run-into-the-headline",
        ),
        pytest.param(
            f"إيران والعراق..\nظريف من بغداد: زيارة الكاظمي إلى إيران فرصة مميزة + فيديو\n{AR_BODY}",
            "ظريف من بغداد: زيارة الكاظمي إلى إيران فرصة مميزة + فيديو",
            id="ar-a-kicker-ending-in-two-dots",
        ),
        pytest.param(
            "المعارضة الليبية تدعو ساركوزي لزيارة بنغازي وعسكريون فرنسيون إلى ليبيا لمساعدة الثوار\n"
            "الرئيس الفرنسي نيكولا ساركوزي مستقبلا مصطفى عبد الجليل في الاليزيه\n"
            f"الرئيس الفرنسي نيكولا ساركوزي مستقبلا مصطفى عبد الجليل في الاليزيه\n{AR_BODY}",
            "المعارضة الليبية تدعو ساركوزي لزيارة بنغازي وعسكريون فرنسيون إلى ليبيا لمساعدة الثوار",
            id="ar-a-headline-over-its-photos-caption-printed-twice",
        ),
        pytest.param(
            f"أمير قطر تميم بن حمد آل ثاني\nأمير قطر يبعث رسالة خطية إلى الرئيس السوداني\n{AR_BODY}",
            "أمير قطر يبعث رسالة خطية إلى الرئيس السوداني",
            id="ar-a-rulers-title-and-name-over-the-headline",
        ),
        pytest.param(
            "Home / Faits Nouveaux / Lavrov reçoit Kerry à Moscou\nprésidentAoun\n\n"
            f"Lavrov reçoit Kerry à Moscou\n{FR_BODY}",
            "Lavrov reçoit Kerry à Moscou",
            id="fr-a-trail-from-the-home-page-down-to-the-headline",
        ),
        pytest.param(
            f"الرئيسية / أخبار / لافروف يستقبل كيري في موسكو\nلافروف يستقبل كيري في موسكو\n{AR_BODY}",
            "لافروف يستقبل كيري في موسكو",
            id="ar-a-trail-from-the-home-page-down-to-the-headline",
        ),
        pytest.param(
            f"Site icon Actu Cameroun\n\nLavrov reçoit Kerry à Moscou\n{FR_BODY}\nExit mobile version",
            "Lavrov reçoit Kerry à Moscou",
            id="fr-an-amp-pages-site-icon",
        ),
        pytest.param(
            f"ParisVladimir Poutine reçu à l'Élysée\n{FR_BODY}",
            "Vladimir Poutine reçu à l'Élysée",
            id="fr-a-rubric-run-into-the-headline",
        ),
        pytest.param(
            f"Assemblée de l'ONUBurkhalter rencontre les Russes et les Iraniens\n{FR_BODY}",
            "Burkhalter rencontre les Russes et les Iraniens",
            id="fr-a-rubric-ending-in-an-acronym-run-into-the-headline",
        ),
        pytest.param(
            f"CRISES EN SYRIE ET EN UKRAINE Kerry et Lavrov demain à Genève\n{FR_BODY}",
            "Kerry et Lavrov demain à Genève",
            id="fr-a-rubric-in-capitals-before-the-headline",
        ),
        pytest.param(
            f"L'hôtel InterContinental de Genève accueille la réunion\n{FR_BODY}\nL'InterContinental est fermé.",
            "L'hôtel InterContinental de Genève accueille la réunion",
            id="fr-a-name-with-a-capital-inside-written-again-in-the-text",
        ),
        pytest.param(
            f"Rencontre silencieuse entre le colonel Assimi Goïta et Nana Akufo-Addo\n0\n17\n"
            f"Assimi Goïta et Nana Akufo-Addo\nAssimi Goïta et Nana Akufo-Addo\n{FR_BODY}",
            "Rencontre silencieuse entre le colonel Assimi Goïta et Nana Akufo-Addo",
            id="fr-a-headline-over-its-photos-caption-printed-twice",
        ),
        pytest.param(
            f"Accueil ACTUALITÉ LE PRÉSIDENT A REÇU UN APPEL TÉLÉPHONIQUE...\n\n"
            f"LE PRÉSIDENT A REÇU UN APPEL TÉLÉPHONIQUE : Macron à Alger\n{FR_BODY}",
            "LE PRÉSIDENT A REÇU UN APPEL TÉLÉPHONIQUE : Macron à Alger",
            id="fr-a-breadcrumb-and-the-headline-cut-short-over-the-headline",
        ),
        pytest.param(
            f" date 2019-05 Crise libyenne : le maréchal Haftar rencontre Macron\n{FR_BODY}",
            "Crise libyenne : le maréchal Haftar rencontre Macron",
            id="fr-a-scrapers-date-field-before-the-headline",
        ),
        pytest.param(
            f"كوليبا: أوكرانيا تحتل مكانة مهمة في أولويات السياسة الفرنسية\nوزير الخارجية الأوكراني دميترو كوليبا\n"
            f"وزير الخارجية الأوكراني دميترو كوليبا\n{AR_BODY}",
            "كوليبا: أوكرانيا تحتل مكانة مهمة في أولويات السياسة الفرنسية",
            id="ar-a-headline-over-a-persons-label-printed-twice",
        ),
        pytest.param(
            f"Le président Abdelmadjid Tebboune a reçu hier un appel de son homologue...\n\n"
            f"Le président du Sénat a reçu hier un appel de son homologue\n{FR_BODY}",
            "Le président Abdelmadjid Tebboune a reçu hier un appel de son homologue...",
            id="fr-a-headline-cut-short-over-another-line",
        ),
        pytest.param(
            f"• news\n• France\n• Canada (fr)\n• Canada (en)\nLavrov reçoit Kerry à Moscou\n{FR_BODY}",
            "Lavrov reçoit Kerry à Moscou",
            id="fr-the-items-of-a-sites-menu-over-the-headline",
        ),
        pytest.param(
            f"▪ أخبار\n▪ عربي (ar)\n▪ English (en)\nلافروف يستقبل كيري في موسكو\n{AR_BODY}",
            "لافروف يستقبل كيري في موسكو",
            id="ar-the-items-of-a-sites-menu-over-the-headline",
        ),
        pytest.param(
            f"Hébergement web Hébergement web Annonces TogoPapel\n\nLavrov reçoit Kerry à Moscou\n{FR_BODY}",
            "Lavrov reçoit Kerry à Moscou",
            id="fr-an-advertisements-words-printed-twice-over-the-headline",
        ),
        pytest.param(
            f"الخارجية الروسية: ندرس إمكانية لقاء لافروف وكيري\n\nلقاء لافروف وكيري\nكتب : وكالات\n{AR_BODY}",
            "الخارجية الروسية: ندرس إمكانية لقاء لافروف وكيري",
            id="ar-a-headline-ending-with-its-captions-few-words",
        ),
        pytest.param(
            f"غريفيث يغادر صنعاء\nصنعاء، نيوز يمن:\n{AR_BODY}",
            "غريفيث يغادر صنعاء",
            id="ar-a-short-headline-over-a-label",
        ),
        pytest.param(
            f'"في إطار تقاليد التشاور المنتظم بين الوزيرين"\nعطاف يتحادث هاتفيا مع نظيره الروسي\n{AR_BODY}',
            "عطاف يتحادث هاتفيا مع نظيره الروسي",
            id="ar-a-quotation-over-the-headline",
        ),
        pytest.param(
            f"« Nous sommes prêts à négocier »\n{FR_BODY}",
            "« Nous sommes prêts à négocier »",
            id="fr-a-quotation-that-is-the-headline",
        ),
        pytest.param(
            f"استضافة مواقع استضافة مواقع إعلانات مبوبة\nلافروف يستقبل كيري في موسكو\n{AR_BODY}",
            "لافروف يستقبل كيري في موسكو",
            id="ar-an-advertisements-words-printed-twice-over-the-headline",
        ),
        pytest.param(
            f"La paix, rien que la paix : Lavrov reçoit Kerry\n{FR_BODY}",
            "La paix, rien que la paix : Lavrov reçoit Kerry",
            id="fr-a-headline-saying-words-twice-not-in-a-row",
        ),
        pytest.param(
            f"المصدر / سمر فتحي\nفيصل بن فرحان يبحث مع نظيره العراقي العلاقات الثنائية\n{AR_BODY}",
            "فيصل بن فرحان يبحث مع نظيره العراقي العلاقات الثنائية",
            id="ar-a-source-credit-with-a-slash-over-the-headline",
        ),
        pytest.param(
            "ولي العهد السعودي يبحث مع وزير الخارجية الأمريكي تطورات الأوضاع في المنطقة\nالسعودية\n"
            f"الأمير محمد بن سلمان\nالأمير محمد بن سلمان\n{AR_BODY}",
            "ولي العهد السعودي يبحث مع وزير الخارجية الأمريكي تطورات الأوضاع في المنطقة",
            id="ar-a-name-alone-printed-twice-under-the-headline-is-a-photos-label",
        ),
        pytest.param(
            "Al Jazirah NewsPaper Sunday  13/07/2008 G Issue 13072\nالأحد 10 رجب 1429   العدد  13072\n"
            f"لافروف يستقبل كيري في موسكو\n{AR_BODY}",
            "لافروف يستقبل كيري في موسكو",
            id="ar-a-print-editions-hijri-day-and-issue-number-over-the-headline",
        ),
        pytest.param(
            "بحث وهاموند تحديات المنطقة\nصباح الخالد يترأس اليوم «طارئ» منظمة التعاون الإسلامي\nتصغير\nتكبير\n"
            "كونا- يترأس النائب الاول لرئيس مجلس الوزراء وزير الخارجية الشيخ صباح الخالد في مدينة جدة اليوم "
            "الخميس اجتماعاً طارئا يعقده مجلس وزراء الخارجية لمنظمة التعاون الاسلامي.\n"
            f"{AR_BODY}",
            "صباح الخالد يترأس اليوم «طارئ» منظمة التعاون الإسلامي",
            id="ar-a-kicker-over-the-headline-that-the-lead-tells",
        ),
        pytest.param(
            "اجتمع مع الرئيس اللبناني بحضور ساركوزي وأمير قطر\nالأسد في باريس ليدشن عودة سورية إلى الساحة الدولية\n"
            "باريس - وكالات\nوصل الرئيس السوري بشار الأسد أمس السبت إلى باريس ليدشن عودة كبيرة إلى الساحة "
            "الدولية بلقائه الرئيس الفرنسي نيكولا ساركوزي ونظيره اللبناني ميشال سليمان عشية القمة.\n"
            f"{AR_BODY}",
            "الأسد في باريس ليدشن عودة سورية إلى الساحة الدولية",
            id="ar-a-kicker-naming-some-of-the-leads-people-over-the-headline-and-a-dateline",
        ),
        pytest.param(
            "Iran - Arabie saoudite\nDiscuter par téléphone des liens bilatéraux et des questions régionales\n"
            "Le ministre iranien des Affaires étrangères et son homologue saoudien ont échangé dimanche par "
            "téléphone leurs points de vue sur les liens bilatéraux et les questions régionales\n"
            f"{FR_BODY}",
            "Discuter par téléphone des liens bilatéraux et des questions régionales",
            id="fr-a-kicker-over-the-headline-that-the-lead-tells",
        ),
        pytest.param(
            "Lavrov reçoit Kerry à Moscou\nLe ministre russe a reçu son homologue américain\n"
            "Le ministre russe Sergueï Lavrov a reçu jeudi à Moscou son homologue américain John Kerry pour "
            "parler de la Syrie et de la trêve.\n"
            f"{FR_BODY}",
            "Lavrov reçoit Kerry à Moscou",
            id="fr-a-headline-the-lead-tells-over-a-standfirst-it-tells-too",
        ),
        pytest.param(
            "استئناف المحادثات السورية الأسبوع المقبل\nتاريخ النشر: 27/9/2015\nقصر الأمم المتحدة-الوسط البحرينية\n"
            "من جهتها شددت قصر الأمم المتحدة على ضرورة ضمان وصول القوافل الإنسانية وحماية المدنيين العالقين في "
            "مناطق القتال.\n"
            f"{AR_BODY}",
            "استئناف المحادثات السورية الأسبوع المقبل",
            id="ar-under-the-pages-date-a-line-the-lead-tells-is-not-the-headline",
        ),
        pytest.param(
            f"شريط الأخبار\nنص «إعلان الدوحة»\n12:24 - 07 فبراير 2012\n{AR_BODY}",
            "نص «إعلان الدوحة»",
            id="ar-a-quoted-name-after-a-word-that-is-no-place-is-a-headline-not-a-dateline",
        ),
    ],
)
def test_title_after_rubrics(text: str, title: str, data) -> None:
    assert article_from(text, data).title == title


TEASER = (
    "L’armée de l’air israélienne a bombardé Doha par des « tirs ciblés » sur un bâtiment occupé par des "
    "dirigeants du mouvement palestinien Hamas, selon un communiqué."
)


def test_the_paragraphs_after_the_outlets_signature_are_other_stories(data) -> None:
    body = _body(f"Titre de l'article sur la Syrie\n{FR_BODY}\n{FR_MORE}\nAPS.\n{TEASER}", data)
    assert FR_MORE in body and "Doha" not in body


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"Titre de l'article sur la Syrie\nAPS.\n{FR_BODY}\n{FR_MORE}\n{TEASER}", id="over-the-article"),
        pytest.param(f"Titre de l'article sur la Syrie\n{FR_BODY}\n{FR_MORE}\nAFP\n{TEASER}", id="a-credit-no-stop"),
        pytest.param(
            f"Titre de l'article sur la Syrie\n{FR_BODY}\nAPS.\n{FR_MORE}\n{TEASER}", id="after-one-paragraph"
        ),
    ],
)
def test_an_outlets_name_that_signs_nothing_leaves_the_paragraphs_after_it(text: str, data) -> None:
    assert "Doha" in _body(text, data)


GLUED_LEAD = (
    "Le chef de la diplomatie russe a reçu mardi son homologue iranien pour des entretiens consacrés à la Syrie "
    "et au Liban, qui ont duré plus de trois heures."
)


def test_a_headline_run_into_its_standfirst_is_cut_at_the_standfirsts_first_word(data) -> None:
    article = article_from(f"Lavrov reçoit Zarif à Moscou {GLUED_LEAD}\n{FR_BODY}", data)
    assert article.title == "Lavrov reçoit Zarif à Moscou"
    assert article.body[0].text == GLUED_LEAD


@pytest.mark.parametrize(
    "lead",
    [
        pytest.param(
            "Sergueï Lavrov a reçu mardi à Moscou Le Drian, le ministre français, pour des entretiens consacrés à la "
            "Syrie et au Liban qui ont duré plus de trois heures selon les deux délégations.",
            id="a-name-that-starts-with-an-article",
        ),
        pytest.param(
            "Sergueï Lavrov a reçu mardi Zarif. Le chef de la diplomatie russe a évoqué avec lui la Syrie et le Liban "
            "lors d'entretiens qui ont duré plus de trois heures selon les deux délégations.",
            id="after-a-full-stop",
        ),
    ],
)
def test_a_lead_that_opens_the_page_is_not_cut(lead: str, data) -> None:
    article = article_from(f"{lead}\n{FR_BODY}", data)
    assert article.body[0].text == lead


def test_a_scrapers_date_field_with_its_day_dates_the_article(data) -> None:
    article = article_from(f"date 2025-12-08 الرئيس السيسي يستقبل المشير خليفة حفتر بالقاهرة\n{AR_BODY}", data)
    assert (article.title, article.date, article.date_source) == (
        "الرئيس السيسي يستقبل المشير خليفة حفتر بالقاهرة",
        dt.date(2025, 12, 8),
        "date_line (line 1)",
    )


AUTHORS = [
    pytest.param(
        f"Titre de l'article sur la Syrie\nAlexandre Roussel\nPublié le 23 octobre 2018\n{FR_BODY}",
        "Alexandre Roussel",
        id="fr-name-over-the-stamp",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nUn chapô qui résume l'article en une phrase\nAlexandre Roussel\nPublié\n{FR_BODY}",
        "Alexandre Roussel",
        id="fr-name-under-the-standfirst",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nريم نعمان\nموسكو ــ الأخبار\n{AR_BODY}",
        "ريم نعمان",
        id="ar-name-over-the-dateline",
    ),
]


@pytest.mark.parametrize(("text", "name"), AUTHORS)
def test_a_name_alone_over_the_stamp_is_the_author(text: str, name: str, data) -> None:
    article = article_from(text, data)
    assert name not in _body(text, data)
    assert article.byline == name


NOT_AUTHORS = [
    # A known person under the headline is a caption or a kicker, never the author.
    pytest.param(
        f"Titre de l'article sur la Syrie\nSergueï Lavrov\nPublié le 23 octobre 2018\n{FR_BODY}", id="fr-actor"
    ),
    # Not capitalized: a phrase, not a name.
    pytest.param(
        f"Titre de l'article sur la Syrie\nAnalyse diplomatique\nPublié le 23 octobre 2018\n{FR_BODY}",
        id="fr-uncapitalized",
    ),
    # Not over the stamp: nothing tells a name from the text's own short line.
    pytest.param(f"Titre de l'article sur la Syrie\nAlexandre Roussel\n{FR_BODY}\n{FR_BODY}", id="fr-no-stamp-below"),
    pytest.param(f"عنوان المقال عن سوريا اليوم\nلافروف وكيري\nموسكو ــ الأخبار\n{AR_BODY}", id="ar-actors"),
]


@pytest.mark.parametrize("text", NOT_AUTHORS)
def test_other_short_lines_under_the_headline_are_not_the_author(text: str, data) -> None:
    assert article_from(text, data).byline is None


def test_the_sites_name_with_one_word_more_is_its_desk(data) -> None:
    text = f"عنوان المقال عن سوريا اليوم\nرووداو ديجيتال\n{AR_BODY}"
    article = article_from(text, data)
    assert "ديجيتال" not in _body(text, data)
    assert article.source == "Rudaw"


def test_the_site_and_a_city_make_a_dateline(data) -> None:
    text = f"عنوان المقال عن سوريا اليوم\nرووداو - أربيل\n{AR_BODY}"
    article = article_from(text, data)
    assert "أربيل" not in _body(text, data)
    assert "erbil" in article.places
    assert article.byline is None


def test_a_caption_ends_with_its_photographer_and_agency_in_parentheses(data) -> None:
    caption = "ترامب وبوتين خلال المؤتمر الصحافي المشترك في هلسنكي (براندن سميالوفسكي/فرانس برس)"
    assert "هلسنكي" not in _body(f"عنوان المقال عن سوريا اليوم\n{caption}\n{AR_BODY}", data)


def test_a_caption_ends_with_photo_and_its_credit(data) -> None:
    caption = "نائب الرئيس الأميركي خلال لقائه الرئيس التركي في أنقرة. صورة: AFP"
    assert "أنقرة" not in _body(f"عنوان المقال عن سوريا اليوم\n{caption}\n{AR_BODY}", data)


def test_a_caption_ends_with_its_agency_and_a_full_stop(data) -> None:
    caption = "الوزير باسيل ونظيره الروسي لافروف في موسكو (دالاتي ونهرا)."
    assert "باسيل" not in _body(f"عنوان المقال عن سوريا اليوم\n{caption}\n{AR_BODY}", data)


SIGNATURES = [
    pytest.param(
        f"Titre de l'article sur la Syrie\nPar Jean Dupont le 12/03/2019\n{FR_BODY}",
        "Jean Dupont",
        id="fr-with-the-day",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nPropos recueillis par Jean Dupont\n{FR_BODY}",
        "Jean Dupont",
        id="fr-an-interviews-credit",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nJean Dupont, envoyé spécial à Moscou\n{FR_BODY}",
        "Jean Dupont",
        id="fr-name-then-special-envoy",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nPar Pierre Lamarque,\n{FR_BODY}", "Pierre Lamarque", id="fr-trailing-comma"
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nكتب - أحمد عبد الحميد\n{AR_BODY}", "أحمد عبد الحميد", id="ar-leading-dash"
    ),
    pytest.param(f"Titre de l'article sur la Syrie\nPar Le Figaro\n{FR_BODY}", None, id="fr-the-outlet-is-no-author"),
    pytest.param(f"عنوان المقال عن سوريا اليوم\nرووداو ديجيتال\n{AR_BODY}", None, id="ar-the-desk-is-no-author"),
    pytest.param(
        f"Titre de l'article sur la Syrie\nTexte par : RFI Suivre 2 mn\n{FR_BODY}",
        None,
        id="fr-follow-and-reading-time",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nكتب: بسام رمضان السبت 08-07-2023 22:32\n{AR_BODY}",
        "بسام رمضان",
        id="ar-name-then-day-and-time",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nMIATOLOKA Boryce Agapyth pour GCI",
        "MIATOLOKA Boryce Agapyth",
        id="fr-name-for-the-outlet",
    ),
]


@pytest.mark.parametrize(
    ("dateline", "source"),
    [
        pytest.param("دمشق - الوطن", "الوطن", id="ar-outlet"),
        pytest.param("دمشق - الوطن السورية", "Al-Watan (Syria)", id="ar-two-word-outlet"),
        pytest.param("موسكو ـ ريتا مهنا", None, id="ar-correspondent-is-no-outlet"),
        pytest.param("جنيف (أ ش أ)", "MENA", id="ar-agency-in-brackets"),
    ],
)
def test_a_datelines_credit_is_the_source_unless_a_correspondent(dateline: str, source: str | None, data) -> None:
    article = article_from(f"عنوان المقال عن سوريا اليوم\n{dateline}\n{AR_BODY}", data)
    assert article.source == source
    assert len(article.places) == 1  # the city is the dateline's either way


def test_a_byline_with_the_day_dates_the_article(data) -> None:
    article = article_from(f"عنوان المقال عن سوريا اليوم\nكتب: بسام رمضان السبت 08-07-2023 22:32\n{AR_BODY}", data)
    assert (article.date, article.date_source) == (dt.date(2023, 7, 8), "byline_line (line 2)")


@pytest.mark.parametrize(("text", "byline"), SIGNATURES)
def test_the_byline_is_the_authors_names(text: str, byline: str | None, data) -> None:
    assert article_from(text, data).byline == byline


def test_a_page_wrapped_at_a_fixed_width_has_its_paragraphs_joined(data) -> None:
    # A wire's copy: lines cut at about 65 characters, paragraphs starting indented.
    text = (
        "Lavrov et Kerry se sont entretenus à Genève sur la Syrie\n"
        "    GENEVE, 6 octobre (Reuters) - Le secrétaire d'Etat John Kerry a \n"
        "rencontré jeudi son homologue russe Sergueï Lavrov à Genève, au \n"
        "lendemain d'une nouvelle série de bombardements sur la ville d'Alep.\n"
        "    Les deux hommes ont discuté pendant plus de trois heures de la \n"
        "trêve annoncée la semaine dernière, selon un diplomate présent à la \n"
        "réunion, qui a requis l'anonymat pour évoquer ces discussions.\n"
    )
    article = article_from(text, data)
    assert [b.text for b in article.body] == [
        "GENEVE, 6 octobre (Reuters) - Le secrétaire d'Etat John Kerry a rencontré jeudi son homologue russe "
        "Sergueï Lavrov à Genève, au lendemain d'une nouvelle série de bombardements sur la ville d'Alep.",
        "Les deux hommes ont discuté pendant plus de trois heures de la trêve annoncée la semaine dernière, selon "
        "un diplomate présent à la réunion, qui a requis l'anonymat pour évoquer ces discussions.",
    ]
    assert {m.participants for m in article.mentions} == {("john-kerry", "sergei-lavrov")}


def test_lines_of_ordinary_length_are_not_joined(data) -> None:
    article = article_from(f"Titre de l'article sur la Syrie\n{FR_BODY}\n{FR_MORE}\nLes deux hommes se reverront", data)
    assert [b.text for b in article.body] == [FR_BODY, FR_MORE, "Les deux hommes se reverront"]


def test_an_arabic_print_view_wrapped_at_a_fixed_width_is_joined(data) -> None:
    text = (
        "الصفدي يبحث مع دي ميستورا الأوضاع في جنوب سوريا\n"
        "بحث وزير الخارجية الأردني أيمن الصفدي مع المبعوث الأممي إلى سوريا ستافان\n"
        "دي ميستورا، مساء اليوم السبت، في عمان التطورات الأخيرة في الجنوب السوري،\n"
        "والجهود المبذولة لوقف إطلاق النار والتوصل إلى حل سياسي للأزمة السورية.\n"
        "وأكد الصفدي خلال اللقاء ضرورة الحفاظ على اتفاق خفض التصعيد في الجنوب،\n"
        "وعلى حماية المدنيين ومنع تدفق المزيد من اللاجئين إلى الحدود الأردنية.\n"
        "من جهته أطلع دي ميستورا الوزير الأردني على نتائج اتصالاته الأخيرة مع\n"
        "الأطراف المعنية بالأزمة، وعلى التحضيرات الجارية للجولة المقبلة من المحادثات.\n"
    )
    article = article_from(text, data)
    assert len(article.body) == 3
    assert article.body[0].text.startswith("بحث وزير الخارجية") and "ستافان دي ميستورا" in article.body[0].text
    assert {m.participants for m in article.mentions} == {("ayman-safadi", "staffan-de-mistura")}


OLJ_LEAD = (
    "Le Premier ministre, Fouad Siniora, a qualifié hier la rencontre qui a eu lieu entre les députés Michel "
    "Aoun et Saad Hariri de pas dans la bonne direction et affirmé qu’il fallait poursuivre les efforts."
)


def test_a_cut_copy_of_a_paragraph_above_is_an_excerpt_not_the_body(data) -> None:
    cut = OLJ_LEAD[:100]  # "… entre les députés Mic", as the page's teaser prints it
    body = _body(f"Titre de l'article sur la Syrie\n{OLJ_LEAD}\n{FR_BODY}\n{cut}\n{FR_MORE}", data)
    assert body.count(cut) == 1 and OLJ_LEAD in body


def test_a_paragraph_is_kept_when_a_longer_one_below_starts_with_it(data) -> None:
    body = _body(
        f"Titre de l'article sur la Syrie\n{OLJ_LEAD}\n{FR_BODY}\n{OLJ_LEAD} Il a reçu hier l’émissaire.", data
    )
    assert body.split("\n")[0] == OLJ_LEAD


def test_the_outlet_named_alone_under_the_article_is_its_source(data) -> None:
    # Bladi.net reprints Al Bayane's article and names it alone under the last paragraph.
    text = f"Titre de l'article sur la Syrie\n{FR_BODY}\n{FR_MORE}\nAl Bayane\nSujets associés : Algérie - Diplomatie"
    assert article_from(text, data).source == "Al Bayane"


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("الرياض: «الشرق الأوسط»", id="ar-a-known-place-and-a-quoted-paper"),
        pytest.param("لندن ـ «القدس العربي»:", id="ar-a-place-and-a-quoted-paper-with-a-colon"),
    ],
)
def test_a_place_and_a_quoted_paper_is_a_dateline(line: str, data) -> None:
    text = f"عنوان المقال عن سوريا اليوم\n{line}\n{AR_BODY}"
    assert line not in _body(text, data)
    assert article_from(text, data).title == "عنوان المقال عن سوريا اليوم"


def test_the_outlet_and_the_wires_it_drew_on_is_the_source_line(data) -> None:
    text = f"عنوان المقال عن سوريا اليوم\nفلسطين اليوم - وكالات\n{AR_BODY}"
    assert "وكالات" not in _body(text, data)
    assert article_from(text, data).source == "Palestine Today"
