"""Publication date rules: each with a French case, an Arabic case and cases it must not match."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.date import is_date_line, may_name_a_day, relative_day
from generator.extract.normalize import tokens
from tests.helpers import AR_BODY, FR_BODY, FR_MORE, article_from

D = dt.date

CASES = [
    pytest.param(
        f"Titre de l'article sur la Syrie\nBerne, Communiqué de presse, 07.03.2013\n{FR_BODY}",
        D(2013, 3, 7),
        "published_line",
        id="fr-a-press-releases-place-kind-and-day",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n05.11.2012 par La Rédaction\n{FR_BODY}",
        D(2012, 11, 5),
        "published_line",
        id="fr-the-day-and-the-newsroom",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nAlwihda Info | Par - 1 Octobre 2025\n{FR_BODY}",
        D(2025, 10, 1),
        "published_line",
        id="fr-the-sites-name-an-empty-author-label-and-the-day",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nالثلاثاء 05 يوليو-تموز 2016 الساعة 12 صباحاً / مأرب برس-متابعات.\n{AR_BODY}",
        D(2016, 7, 5),
        "date_line",
        id="ar-the-months-two-names-joined-by-a-dash",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nPolitique Publié le jeudi 19 janvier 2012 | L’expression\n{FR_BODY}",
        D(2012, 1, 19),
        "published_line",
        id="fr-a-rubric-run-into-the-published-stamp",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n16:5122/10/2025, mercredi\n{FR_BODY}",
        D(2025, 10, 22),
        "published_line",
        id="fr-the-time-run-into-the-day",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n[ الثلاثاء, 28 يونيو, 2022 - 11:01 صباحاً ]\n{AR_BODY}",
        D(2022, 6, 28),
        "date_line",
        id="ar-the-date-in-square-brackets",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nRédigé par Jean Dupont le 12 mars 2019\n{FR_BODY}",
        D(2019, 3, 12),
        "byline_line",
        id="fr-the-day-after-the-authors-name",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nالثلاثاء 4 تشرين الأول (أكتوبر) 2022\n{AR_BODY}",
        D(2022, 10, 4),
        "date_line",
        id="ar-month-with-its-other-name-in-brackets",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nنشر في: 5 أكتوبر ( تشرين الأول ) 2014\n{AR_BODY}",
        D(2014, 10, 5),
        "published_line",
        id="ar-month-with-its-levantine-name-in-brackets",
    ),
    pytest.param(
        f"ACCUEIL 26.6.2016 Mis à jour à 00h25\nTitre de l'article sur la Syrie\nMis à jour le 14.02.2016\n{FR_BODY}",
        D(2016, 2, 14),
        "updated_line",
        id="fr-a-date-after-the-last-update-is-the-day-the-page-was-read",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY} Fin du texte.(©AFP / 23 janvier 2018 19h18)",
        D(2018, 1, 23),
        "published_line",
        id="fr-wire-stamp-closing-the-text",
    ),
    pytest.param(
        "السبت، 27 أفريل 2024\nعنوان المقال عن سوريا اليوم\n22 أفريل 2016 -- 14:41:16\n"
        f"أعلن الوفد في جنيف اليوم الجمعة أنه سيجتمع مجددا مع المبعوث الدولي.\n{AR_BODY}",
        D(2016, 4, 22),
        "date_line",
        id="ar-date-lines-disagree-the-body-names-the-day",
    ),
    pytest.param(
        f"Samedi 27 avril 2024\nTitre de l'article sur la Syrie\nVendredi 22 avril 2016\n"
        f"La délégation a annoncé aujourd'hui vendredi qu'elle rencontrerait l'émissaire.\n{FR_BODY}",
        D(2016, 4, 22),
        "date_line",
        id="fr-date-lines-disagree-the-body-names-the-day",
    ),
    pytest.param(
        f"2024-05-04\nعنوان المقال عن سوريا اليوم\n2023-04-04\n{AR_BODY}",
        D(2023, 4, 4),
        "date_line",
        id="ar-the-date-line-under-the-headline-over-the-pages-today-bar",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n© Koaci.com - mercredi 16 novembre 2022 - 12:47\n{FR_BODY}",
        D(2022, 11, 16),
        "published_line",
        id="fr-the-sites-copyright-and-the-day",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n25 mars 2005 - 10h18 - Monde - Ecrit par :\n{FR_BODY}",
        D(2005, 3, 25),
        "published_line",
        id="fr-the-day-the-hour-the-section-and-an-empty-author-label",
    ),
    pytest.param(
        "12 فبراير 2025\nعنوان المقال عن سوريا اليوم\n29 سبتمبر 2021, 8:24:50 ص\n"
        f"تستضيف مدينة سوتشي الروسية اليوم الأربعاء لقاء بين الرئيسين.\n{AR_BODY}",
        D(2021, 9, 29),
        "date_line",
        id="ar-both-date-lines-on-the-day-the-body-names-the-one-under-the-headline",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nالجمعة 9 فبراير 2018\nأجرى الرئيس اتصالا هاتفيا اليوم الخميس مع نظيره.\n{AR_BODY}",
        D(2018, 2, 9),
        "date_line",
        id="ar-date-line-the-day-after-the-body-s-today",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nتاريخ النشر: الإثنين 26 أكتوبر 2020\nعقد الوزيران اليوم الخميس جلسة مباحثات.\n{AR_BODY}",
        D(2020, 10, 26),
        "published_line",
        id="ar-a-published-line-is-kept-whatever-the-body-s-weekday",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nMAJ: 27/02/2023, 10:12\n{FR_BODY}",
        D(2023, 2, 27),
        "updated_line",
        id="fr-maj-is-the-last-update",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n15/11/15 à 15:06 - Mise à jour à 15:06\n{FR_BODY}",
        D(2015, 11, 15),
        "date_line",
        id="fr-two-digit-year-stamp-with-its-time",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n09/02/18 - 14:30\n{AR_BODY}",
        D(2018, 2, 9),
        "date_line",
        id="ar-two-digit-year-stamp-with-its-time",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nJERUSALEM, le 28/08/07 - Le Premier ministre a reçu le président.\n{FR_BODY}",
        D(2007, 8, 28),
        "dateline",
        id="fr-two-digit-year-in-a-dateline-before-its-dash",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nPublié le 12 février 2016 à 10h30\n{FR_BODY}",
        D(2016, 2, 12),
        "published_line",
        id="fr-published-line",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nنشر في: 24/03/2016\n{AR_BODY}",
        D(2016, 3, 24),
        "published_line",
        id="ar-published-line",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nتم نشره الأربعاء 28 تشرين الأوّل / أكتوبر 2020 11:04 مساءً\n{AR_BODY}",
        D(2020, 10, 28),
        "published_line",
        id="ar-tamma-nashruhu-line",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nJeudi 24 mars 2016\n{FR_BODY}",
        D(2016, 3, 24),
        "date_line",
        id="fr-date-line-before-body",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nالخميس 24 آذار/مارس 2016 - 10:30\n{AR_BODY}",
        D(2016, 3, 24),
        "date_line",
        id="ar-date-line-two-month-names",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nMoscou, 11 février 2016 (SANA) - {FR_BODY}",
        D(2016, 2, 11),
        "dateline",
        id="fr-dateline",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nدمشق في 5 كانون الثاني 2017 - {AR_BODY}",
        D(2017, 1, 5),
        "dateline",
        id="ar-dateline-levantine-month",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا\nMoscow, Russia, 24 March 2016. Lavrov meets Kerry.\nوانطلقت اليوم الخميس في موسكو مباحثات. {AR_BODY}",
        D(2016, 3, 24),
        "caption_weekday",
        id="ar-caption-date-with-today-weekday",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nوصل وزير الخارجية الإيراني إلى دمشق اليوم الإثنين. {AR_BODY}\nوزير الخارجية يلتقي "
        f"نظيره السوري\n— جريدة الوفاق (@alvefagh) April 8, 2024\n{AR_BODY}",
        D(2024, 4, 8),
        "post_weekday",
        id="ar-an-embedded-posts-day-with-today-weekday",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nLe 24 mars 2016, ce jeudi, les ministres se sont réunis.",
        D(2016, 3, 24),
        "body_weekday",
        id="fr-body-date-with-ce-jeudi",
    ),
    pytest.param(
        "---\ndate: 2015-01-26\n---\n" + f"Titre de l'article sur la Syrie\n{FR_BODY}",
        D(2015, 1, 26),
        "front_matter",
        id="front-matter-override",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n12 avr. 2017, 19:48\n{FR_BODY}",
        D(2017, 4, 12),
        "date_line",
        id="fr-month-abbreviation-with-dot",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nالسبت، 10 مارس/ آذار، 2012، 16:23 GMT\n{AR_BODY}",
        D(2012, 3, 10),
        "date_line",
        id="ar-arabic-commas-and-two-month-names",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n14 من شباط 2019\n{AR_BODY}",
        D(2019, 2, 14),
        "date_line",
        id="ar-min-between-day-and-month",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n2019/02/14\n{AR_BODY}", D(2019, 2, 14), "date_line", id="ar-year-first-slashes"
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nنشرت في : 12/01/2016 - 10:45\n{AR_BODY}",
        D(2016, 1, 12),
        "published_line",
        id="ar-nushirat-fi-published-line",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nPublié le 2019/02/14 à 10h05\n{FR_BODY}",
        D(2019, 2, 14),
        "published_line",
        id="fr-year-first-slashes",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n19:32 17.09.2018 (mis à jour 20:05 17.09.2018)\n{FR_BODY}",
        D(2018, 9, 17),
        "date_line",
        id="fr-date-line-with-update-in-brackets",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n21.12.2018 - 14:32 بتوقيت غرينتش\n{AR_BODY}",
        D(2018, 12, 21),
        "date_line",
        id="ar-date-line-with-time-zone",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nالاثنين - 14 شعبان 1439 هـ - 30 أبريل 2018 مـ رقم العدد [ 14398]\n{AR_BODY}",
        D(2018, 4, 30),
        "published_line",
        id="ar-print-edition-header",
    ),
    pytest.param(
        "Al Jazirah NewsPaper Sunday  13/07/2008 G Issue 13072\nالأحد 10 رجب 1429   العدد  13072\n"
        f"عنوان المقال عن سوريا اليوم\n{AR_BODY}",
        D(2008, 7, 13),
        "published_line",
        id="ar-print-edition-headers-in-latin-and-hijri-with-the-issue-number",
    ),
    pytest.param(
        f"آخر تحديث:\nالخميس 12 ذو القعدة 1436هـ - 27 أغسطس 2015م 08:35 م\nعنوان المقال عن سوريا اليوم\n{AR_BODY}",
        D(2015, 8, 27),
        "date_line",
        id="ar-hijri-and-gregorian-date-line",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nMis à jour le 06/04/2017 à 08:00\nPublié le 05/04/2017 à 12:04\n{FR_BODY}",
        D(2017, 4, 5),
        "published_line",
        id="fr-published-wins-over-updated",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nMis à jour le 05/04/2017 à 18:27\n{FR_BODY}",
        D(2017, 4, 5),
        "updated_line",
        id="fr-updated-line-as-last-resort",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nآخر تحديث: 10 مارس 2012\n{AR_BODY}",
        D(2012, 3, 10),
        "updated_line",
        id="ar-updated-line-as-last-resort",
    ),
    pytest.param(
        "Connectez-vous pour conserver cet article. Connexion membre Entretien Pompeo-Cavusoglu sur la Méditerranée "
        "Reuters • 16/08/2020 à 21:33\nISTANBUL, 16 août (Reuters) - Le secrétaire d'Etat américain Mike Pompeo "
        f"s'est entretenu dimanche avec le ministre turc des Affaires étrangères. {FR_BODY}",
        D(2020, 8, 16),
        "header_line",
        id="fr-a-date-in-a-header-line-the-scraper-ran-into-others",
    ),
    pytest.param(
        "Goita à l’investiture du président ghanéen : plusieurs contacts\n"
        "Goita à l'investiture du président ghanéen : plusieurs contacts Publié le vendredi 8 janvier 2021 | L'Essor\n"
        f"Le vice-président a participé ce jeudi 7 janvier 2021 à la cérémonie. {FR_BODY}",
        D(2021, 1, 8),
        "published_line",
        id="fr-the-headline-printed-again-with-its-stamp",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nhttps://www.rfi.fr/fr/moyen-orient/20161006-syrie-ayrault-moscou",
        D(2016, 10, 6),
        "url_path",
        id="fr-compact-date-in-url",
    ),
    pytest.param(
        "URL: https://www.example.fr/discours/296792-entretien-jean-noel-barrot-08012025-france-inter\n"
        f"Titre de l'article sur la Syrie\n{FR_BODY}",
        D(2025, 1, 8),
        "url_path",
        id="fr-day-first-date-as-a-word-of-the-slug",
    ),
    pytest.param(
        f"URL: https://www.example.fr/article/lavrov-kerry-20160311-geneve\nTitre de l'article sur la Syrie\n{FR_BODY}",
        D(2016, 3, 11),
        "url_path",
        id="fr-year-first-date-as-a-word-of-the-slug",
    ),
    pytest.param(
        f"URL: https://www.bfmtv.com/politique/entretien-entre-hollande-et-obama_AN-201511190040.html\n"
        f"Titre de l'article sur la Syrie\n{FR_BODY}",
        D(2015, 11, 19),
        "url_path",
        id="fr-an-item-number-that-starts-with-its-date",
    ),
    pytest.param(
        "URL: https://www.lavenir.net/cnt/dmf20200406_01464496/philippe-goffin-en-visioconference\n"
        f"Titre de l'article sur la Syrie\n{FR_BODY}",
        D(2020, 4, 6),
        "url_path",
        id="fr-a-lettered-document-id-that-starts-with-its-date",
    ),
    pytest.param(
        "URL: https://diwan.gov.qa/briefing-room/news/receiving-guests/2020/october/7/hh-the-amir-receives\n"
        f"عنوان المقال عن سوريا اليوم\n{AR_BODY}",
        D(2020, 10, 7),
        "url_path",
        id="ar-a-path-with-the-months-name-in-english",
    ),
    pytest.param(
        f"URL: https://www.unews.com.lb/ar/archives/23/01/2022/12645/\nعنوان المقال عن سوريا اليوم\n{AR_BODY}",
        D(2022, 1, 23),
        "url_path",
        id="ar-a-path-with-day-month-and-year-folders",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nتاريخ النشر: 9th, October 2023 GMT\n{AR_BODY}",
        D(2023, 10, 9),
        "published_line",
        id="ar-an-english-ordinal-day-and-a-comma",
    ),
    pytest.param(
        "Saturday 1st March 2025\nشبكة طريق الحرير الصيني الإخبارية\nمستشار الدولة وزير الخارجية الصيني وانغ يي يلتقي "
        f"بنظيره الجزائري\nمنذ سنتين في 26/سبتمبر/2022\n{AR_BODY}",
        D(2022, 9, 26),
        "date_line",
        id="ar-the-posts-age-and-date-under-the-sites-clock",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nSaïd Djinnit (g) et le Ministre congolais des Affaires étrangères (Ph. "
        f"Pénangnini Touré)\nKinshasa, 11 décembre 2015 - L'envoyé spécial de l'ONU a rencontré la classe politique. "
        f"{FR_BODY}",
        D(2015, 12, 11),
        "dateline",
        id="fr-a-dateline-under-a-photos-caption",
    ),
    pytest.param(
        "URL: https://www.tf1info.fr/international/en-direct-guerre-ukraine-suivez-les-dernieres-informations-"
        f"aujourd-hui-samedi-8-juillet-2023-2262941.html\nTitre de l'article sur la Syrie\n{FR_BODY}",
        D(2023, 7, 8),
        "url_path",
        id="fr-a-slug-with-the-day-and-the-months-name",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nAprès un léger décalage, le président ivoirien Alassane Ouattara a été reçu "
        "en audience, ce vendredi 4 septembre 2020, au palais de l'Élysée par Emmanuel Macron. Initialement prévue "
        f"pour ce jeudi 3 septembre, la rencontre s'est tenue ce vendredi.\n{FR_BODY}",
        D(2020, 9, 4),
        "body_weekday",
        id="fr-two-weekdays-called-today-and-a-date-on-its-own",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nTuesday, March 5, 2019\n{AR_BODY}",
        D(2019, 3, 5),
        "date_line",
        id="ar-a-date-in-english-is-a-date-line-not-a-caption",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nPARIS, 5 mars 2019 (AFP) -\n{FR_BODY}",
        D(2019, 3, 5),
        "dateline",
        id="fr-a-dateline-on-its-own-line",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nتاريخ النشر: 2019-3-5\n{AR_BODY}",
        D(2019, 3, 5),
        "published_line",
        id="ar-year-first-with-dashes-and-one-digit-month",
    ),
    pytest.param(
        f"URL: https://www.seneweb.com/news/International/2019/0418/le-drian-salame\nTitre de l'article sur la Syrie\n{FR_BODY}",
        D(2019, 4, 18),
        "url_path",
        id="fr-year-then-month-and-day-in-url",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nhttps://www.france24.com/ar/20190923-سوريا-المعلم",
        D(2019, 9, 23),
        "url_path",
        id="ar-compact-date-in-url",
    ),
    pytest.param(
        "URL: http://quebec.huffingtonpost.ca/http%3A%2F%2Fquebec.huffingtonpost.ca%2F2014%2F06%2F20%2Fsyrie_n_55.html\n"
        f"Titre de l'article sur la Syrie\n{FR_BODY}",
        D(2014, 6, 20),
        "url_path",
        id="fr-date-in-a-percent-encoded-url",
    ),
    pytest.param(
        "URL: http://www.lapresse.com/international/syrie/201305/27/01-4654923-la-conference.php\n"
        f"Titre de l'article sur la Syrie\n{FR_BODY}",
        D(2013, 5, 27),
        "url_path",
        id="fr-url-year-and-month-then-day",
    ),
    pytest.param(
        f"URL: https://example.org/amp/20180726/%D9%88%D8%B5%D9%88%D9%84\nعنوان المقال عن سوريا اليوم\n{AR_BODY}",
        D(2018, 7, 26),
        "url_path",
        id="ar-url-compact-date-between-slashes",
    ),
    pytest.param(
        f"URL: https://example.org/news/item/15837-2015-11-19-20-27-48\nعنوان المقال عن سوريا اليوم\n{AR_BODY}",
        D(2015, 11, 19),
        "url_path",
        id="ar-url-item-number-then-date-and-time",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n2018.06.18 | 13:06 دمشق\n{AR_BODY}",
        D(2018, 6, 18),
        "date_line",
        id="ar-year-first-dots",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n20. أغسطس 2018\n{AR_BODY}", D(2018, 8, 20), "date_line", id="ar-day-with-a-dot"
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nPublié le 03/15/2016 à 10h30\n{FR_BODY}",
        D(2016, 3, 15),
        "published_line",
        id="fr-month-first-digits-when-day-first-makes-no-day",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nسقطرى بوست - متابعة خاصة الثلاثاء, 23 أبريل, 2024 - 08:39 مساءً\n{AR_BODY}",
        D(2024, 4, 23),
        "date_line",
        id="ar-site-and-coverage-credit-before-the-date",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\n(المصدر: وكالة سانا للأنباء بتاريخ 11/2/2015)",
        D(2015, 2, 11),
        "source_line",
        id="ar-the-copied-storys-date-in-its-credit",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nتاريخ النشر: 11/27/2016\n{AR_BODY}",
        D(2016, 11, 27),
        "published_line",
        id="ar-month-first-digits-when-day-first-makes-no-day",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nPublié le 04/03/2016\n{FR_BODY}",
        D(2016, 3, 4),
        "published_line",
        id="fr-digits-that-make-a-day-both-ways-are-day-first",
    ),
]

NONE_CASES = [
    # The site's founding date in its masthead, under or beside its founded word.
    pytest.param(f"جريدة الكترونية تأسست\n1/1/2015\nعنوان المقال عن سوريا اليوم\n{AR_BODY}", id="ar-founded-above"),
    pytest.param(f"عنوان المقال عن سوريا اليوم\nتأسست 1/1/2015\n{AR_BODY}", id="ar-founded-on-the-line"),
    pytest.param(f"Le Quotidien, fondé le\n1er mars 1999\nTitre de l'article sur la Syrie\n{FR_BODY}", id="fr-founded"),
    pytest.param(
        f"Titre de l'article sur la Syrie\nScore 3/4/12 au premier tour\n{FR_BODY}", id="fr-two-digit-year-without-time"
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n{AR_BODY}\nتمت طباعة الخبر في: الإثنين, 29-أبريل-2024 الساعة: 12:07 ص",
        id="ar-print-date-is-not-publication",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nCheck Also\nUn autre article\nPublished On 24/3/2016",
        id="related-story-date-is-not-publication",
    ),
    pytest.param(f"Titre de l'article sur la Syrie\nAujourd'hui, {FR_BODY}", id="fr-aujourdhui-unresolved"),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY} La réunion aura lieu le 11 février en cours.",
        id="fr-day-month-without-year",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\n{AR_BODY} ستبدأ الجولة في الثالث عشر من الشهر الجاري.",
        id="ar-current-month-unresolved",
    ),
    pytest.param(
        f"الخميس 2025-03-06 01:40 ص\nعنوان المقال عن سوريا اليوم\nاستقبل الملك اليوم الثلاثاء الأمين العام.\n{AR_BODY}",
        id="ar-site-today-bar-on-another-weekday-than-the-body-s-today",
    ),
    pytest.param(
        f"Jeudi 21 novembre 2024\nTitre de l'article sur la Syrie\nLavrov reçoit Kerry ce lundi à Moscou. {FR_BODY}",
        id="fr-site-today-bar-on-another-weekday-than-the-body-s-today",
    ),
    pytest.param(f"Titre de l'article sur la Syrie\nPublié le 31/02/2016\n{FR_BODY}", id="impossible-day"),
    pytest.param(f"Titre de l'article sur la Syrie\nPublié le 12/03/2031\n{FR_BODY}", id="future-date-is-implausible"),
    pytest.param(
        f"عنوان المقال عن سوريا\nMoscow, Russia, 23 March 2016.\nوانطلقت اليوم الخميس في موسكو مباحثات. {AR_BODY}",
        id="ar-caption-date-on-another-weekday",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nMacron calls Zelensky during an interview pic.twitter.com/amu\n"
        f"— Visioner (@visionergeo) March 20, 2025\n{FR_MORE}",
        id="fr-an-embedded-posts-day-without-today",
    ),
    pytest.param(
        f"21.12°القدس\n24.54°غزة\nالسبت 05 يوليو 2025\n4.57جنيه إسترليني\nعنوان المقال عن سوريا اليوم\n{AR_BODY}",
        id="ar-the-sites-clock-beside-its-weather",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nLa rencontre prévue ce jeudi 3 septembre 2020 s'est tenue ce "
        "vendredi.\nCe mercredi, Macron a parlé.",
        id="fr-two-weekdays-called-today-in-the-dates-sentence",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY} Lors de la conférence de Genève le 30 juin 2012, les parties ont signé.",
        id="fr-event-date-in-body",
    ),
    pytest.param(
        f"عنوان المقال عن سوريا اليوم\nالتقى ظريف اليوم الثلاثاء الرئيس الأسد في دمشق. {AR_BODY}\n"
        "وهي الزيارة الأولى منذ زيارة المعلم إلى طهران في 2 تشرين الأول 2018.",
        id="ar-same-weekday-date-in-another-sentence",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\nLavrov reçoit Kerry ce mardi à Moscou. {FR_BODY}\n"
        "Les deux hommes s'étaient vus le 2 octobre 2018 à Genève.",
        id="fr-same-weekday-date-in-another-sentence",
    ),
    pytest.param(
        f"Titre de l'article sur la Syrie\n{FR_BODY}\nhttps://example.org/a/201613061234-syrie",
        id="long-number-in-url-that-starts-with-no-date",
    ),
]


@pytest.mark.parametrize(("text", "expected", "rule"), CASES)
def test_date_found(text: str, expected: dt.date, rule: str, data) -> None:
    article = article_from(text, data)
    assert article.date == expected
    assert article.date_source.startswith(rule)


@pytest.mark.parametrize("text", NONE_CASES)
def test_no_date_rather_than_a_wrong_one(text: str, data) -> None:
    assert article_from(text, data).date is None


@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    [
        pytest.param("fr", "Lundi 22 Juillet", True, id="fr-day-and-month-of-a-programme-grid"),
        pytest.param("ar", "الاثنين 22 يوليو", True, id="ar-day-and-month-alone"),
        pytest.param("fr", "Lavrov arrive le 22 juillet", False, id="fr-a-sentence-with-a-day"),
        pytest.param("fr", "Aujourd'hui", False, id="fr-no-day"),
        # A byline glued to the date by the scraper, the time told "in the evening".
        pytest.param(
            "ar", "نبيل سالم31 أغسطس 2018آخر تحديث : الجمعة 31 أغسطس 2018 - 8:57 مساءً", True, id="ar-evening-time"
        ),
        pytest.param("ar", "وصل الوزير مساء الجمعة 31 أغسطس 2018 إلى طهران", False, id="ar-a-sentence-in-the-evening"),
    ],
)
def test_what_makes_a_date_line(lang: str, line: str, expected: bool, data) -> None:
    assert is_date_line(line, data.rules[lang].dates) is expected


@pytest.mark.parametrize("day", ["31/02/2016", "02/31/2016", "13/13/2016"])
def test_impossible_day_is_reported(day: str, data) -> None:
    article = article_from(f"Titre de l'article sur la Syrie\nPublié le {day}\n{FR_BODY}", data)
    assert article.date is None
    assert any(day in w.problem and w.line == 2 for w in article.warnings)


DAY_WINDOWS = [
    pytest.param("fr", "a reçu mardi son homologue", True, id="fr-weekday"),
    pytest.param("fr", "s'est entretenu le 1er mars avec", True, id="fr-day-number"),
    pytest.param("fr", "a reçu hier soir son homologue", True, id="fr-yesterday"),
    pytest.param("fr", "a reçu son homologue russe Sergueï Lavrov", False, id="fr-no-day"),
    pytest.param("ar", "في السادس من الشهر الجاري", True, id="ar-ordinal-relative-month"),
    pytest.param("ar", "التقى اليوم الثلاثاء", True, id="ar-today-weekday"),
    pytest.param("ar", "التقى ٣ آذار", True, id="ar-indic-digit"),
    pytest.param("ar", "التقى نظيره الروسي سيرغي لافروف", False, id="ar-no-day"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DAY_WINDOWS)
def test_day_gate_lets_through_every_window_that_names_a_day(lang: str, text: str, expected: bool, data) -> None:
    """The meetings' gate skips the date rules only for windows in which they would find nothing."""
    words = data.rules[lang].dates
    reference = dt.date(2016, 3, 10)
    assert may_name_a_day(tokens(text), words) is expected
    if not expected:
        assert relative_day(text, words, reference) is None
    else:
        assert relative_day(text, words, reference) is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "a dit mercredi s'être entretenu la veille avec son homologue", D(2022, 12, 20), id="day-before-named"
        ),
        pytest.param("s'était entretenu la veille avec son homologue", D(2022, 12, 20), id="day-before-the-articles"),
        pytest.param("s'est entretenu mercredi, à la veille du sommet, avec", D(2022, 12, 21), id="eve-of-an-event"),
    ],
)
def test_the_day_before(text: str, expected: dt.date, data) -> None:
    """ "la veille" is the day before the day named, or before the article's (a Wednesday here)."""
    assert relative_day(text, data.rules["fr"].dates, dt.date(2022, 12, 21)) == expected
