"""Actors resolve across scripts, spellings and attached Arabic prefixes; captions and related stories do not count."""

from __future__ import annotations

import dataclasses

import pytest

from generator.article import Line
from generator.data import Surnames
from generator.extract.actors import with_surnames
from generator.extract.match import line_phrases
from generator.extract.normalize import fold, stems, tokens
from tests.helpers import AR_BODY, FR_BODY, article_from

NAME_FORMS = [
    pytest.param("Lavrov", "sergei-lavrov", id="fr-surname"),
    pytest.param("Serguei Lavrov", "sergei-lavrov", id="fr-serguei"),
    pytest.param("Sergueï Lavrov", "sergei-lavrov", id="fr-sergueï-diaeresis"),
    pytest.param("لافروف", "sergei-lavrov", id="ar-surname"),
    pytest.param("سيرغي لافروف", "sergei-lavrov", id="ar-full-name"),
    pytest.param("وروحاني", "hassan-rouhani", id="ar-rouhani-surname-with-wa"),
    pytest.param("مولود تشاوش أوغلو", "mevlut-cavusoglu", id="ar-cavusoglu-daily-sabah-spelling"),
    pytest.param("Nasser al-Hariri", "nasr-al-hariri", id="fr-afp-spelling-of-nasr-al-hariri"),
    pytest.param("ويليام بيرنز", "william-burns", id="ar-william-burns"),
    pytest.param("ولافروف", "sergei-lavrov", id="ar-waw-prefix"),
    pytest.param("بلافروف", "sergei-lavrov", id="ar-ba-prefix"),
    pytest.param("للافروف", "sergei-lavrov", id="ar-lam-prefix"),
    pytest.param("دى ميستورا", "staffan-de-mistura", id="ar-alif-maqsura-variant"),
    pytest.param("وبوتين", "vladimir-putin", id="ar-waw-putin"),
    pytest.param("Poutine", "vladimir-putin", id="fr-poutine"),
    pytest.param("والأسد", "bashar-al-assad", id="ar-waw-al-hamza"),
    pytest.param("الاسد", "bashar-al-assad", id="ar-bare-alef"),
    pytest.param("Le Drian", "jean-yves-le-drian", id="fr-le-drian"),
    pytest.param("لودريان", "jean-yves-le-drian", id="ar-le-drian"),
    pytest.param("للأسد", "bashar-al-assad", id="ar-lam-before-article-drops-its-alef"),
    pytest.param("وللأسد", "bashar-al-assad", id="ar-waw-lam-before-article"),
    pytest.param("Nabil al-Arabi", "nabil-elaraby", id="fr-al-arabi-spelling"),
    # Leaders of the 2020s that real pages name (session 11's additions).
    pytest.param("Assimi Goïta", "assimi-goita", id="fr-goita"),
    pytest.param("عاصمي غويتا", "assimi-goita", id="ar-goita"),
    pytest.param("جوزاف عون", "joseph-aoun", id="ar-joseph-aoun-lebanese-spelling"),
    pytest.param("Abdoulaye Bathily", "abdoulaye-bathily", id="fr-bathily"),
    pytest.param("Loukachenko", "alexander-lukashenko", id="fr-lukashenko-surname"),
    pytest.param("Félix Tshisekedi", "felix-tshisekedi", id="fr-tshisekedi"),
    pytest.param("الملك عبد الله بن الحسين", "abdullah-ii-of-jordan", id="ar-abdullah-son-of-hussein"),
    pytest.param("M. Xi", "xi-jinping", id="fr-xi-after-a-courtesy-title"),
    pytest.param("Abdullah Hamdouk", "abdalla-hamdok", id="fr-hamdouk"),
    # Spellings of name parts (common/spellings.yaml) that actors.yaml does not list.
    pytest.param("Mohamed ben Salmane", "mohammed-bin-salman", id="fr-mohamed-for-mohammed"),
    pytest.param("Khalid ben Salmane", "khalid-bin-salman", id="fr-khalid-for-khaled"),
    pytest.param("Cheikh Mohammad bin Zayed", "mohammed-bin-zayed", id="fr-two-spellings-in-one-name"),
]


@pytest.mark.parametrize(("form", "actor"), NAME_FORMS)
def test_name_form_resolves(form: str, actor: str, data) -> None:
    lang = "ar" if any("\u0600" <= c <= "\u06ff" for c in form) else "fr"
    body = AR_BODY if lang == "ar" else FR_BODY
    title = "عنوان عن لقاء الوزراء في العاصمة" if lang == "ar" else "Titre sur la rencontre des ministres"
    article = article_from(f"{title}\n{body} {form} {body}", data)
    assert actor in article.actors


def test_arabic_folding() -> None:
    assert fold("أَحْمَد") == fold("احمد")
    assert fold("مدينة") == fold("مدينه")
    assert fold("مصطفى") == fold("مصطفي")
    assert fold("ســوريا") == fold("سوريا")


def test_stems_keep_three_letters() -> None:
    assert "لافروف" in stems("ولافروف", ("و", "ل"))
    assert stems("بان", ("ب",)) == ["بان"]


def test_person_in_caption_or_related_story_is_not_an_actor(data) -> None:
    text = (
        "كيري ولافروف يبحثان الأزمة السورية في موسكو\n"
        "Syrian chief negotiator Bashar al-Jaafari attends a round of negotiations in Geneva.\n"
        f"بدأ وزيرا الخارجية الأميركي جون كيري والروسي سيرغي لافروف مباحثات في موسكو. {AR_BODY}\n"
        "حول هذه القصة\n"
        "أعلن وفد النظام أنه تلقى ورقة من دي ميستورا والجعفري.\n"
    )
    article = article_from(text, data)
    assert set(article.actors) == {"john-kerry", "sergei-lavrov"}


def test_lam_alone_is_not_the_article(data) -> None:
    # لأسد is "to a lion": only لل hides the article's alef.
    article = article_from(f"عنوان عن لقاء الوزراء في العاصمة\n{AR_BODY} لأسد {AR_BODY}", data)
    assert "bashar-al-assad" not in article.actors


def test_word_that_contains_a_name_is_not_the_name(data) -> None:
    # "Kerryville" and "اللافروفية" are not Lavrov or Kerry.
    article = article_from(f"Titre sur la ville de Kerryville en Syrie\n{FR_BODY} Kerryville.", data)
    assert article.actors == ()


def test_unknown_person_after_a_title_is_reported_not_published(data) -> None:
    text = f"Titre sur la rencontre des ministres\nLe ministre kazakh des Affaires étrangères Zorbek Quantilov a parlé. {FR_BODY}"
    article = article_from(text, data)
    assert article.actors == ()
    assert any("Zorbek Quantilov" in w.problem for w in article.warnings)


def _reported(text: str, data) -> set[str]:
    """The names the curator is asked to add to actors.yaml."""
    return {w.problem.split('"')[1] for w in article_from(text, data).warnings if "actors.yaml" in w.problem}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            "Titre sur la rencontre des ministres\nÉtaient présents le conseiller du président du Parlement, "
            f"Zorbek Hassan Quantilov, et le ministre de l'Éducation, Élias Bou Saabov. {FR_BODY}",
            {"Zorbek Hassan Quantilov", "Élias Bou Saabov"},
            id="an-unknown-name-after-a-comma-is-reported-whole",
        ),
        pytest.param(
            "Titre sur la rencontre des ministres\nIl a rencontré le président de la transition au Mali. Peu de "
            f"mots ont filtré. Le ministre kazakh Zorbek Quantilov a parlé. {FR_BODY}",
            {"Zorbek Quantilov"},
            id="words-on-both-sides-of-a-sentences-end-are-no-name",
        ),
        pytest.param(
            "Visite du Président de la Transition au Burkina Faso\nLe Président de la Transition, Son Excellence "
            f"le Colonel Zorbek Quantilov, s'est envolé. {FR_BODY}",
            {"Zorbek Quantilov"},
            id="a-country-or-an-honorific-after-a-title-is-no-name",
        ),
    ],
)
def test_unknown_names_reported(text: str, names: set[str], data) -> None:
    assert _reported(text, data) == names


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            f"Titre sur la rencontre des ministres\nLe ministre français des Affaires étrangères "
            f"Jean-Yves Le Drian a parlé. {FR_BODY}",
            id="fr-first-names-of-a-known-person",
        ),
        pytest.param(
            f"عنوان عن لقاء الوزراء في العاصمة\nوقال وزير الخارجية الروسي سيرغي لافروف إن {AR_BODY}",
            id="ar-known-person",
        ),
    ],
)
def test_part_of_a_known_name_is_not_reported(text: str, data) -> None:
    article = article_from(text, data)
    assert article.actors
    assert not any("looks like a person" in w.problem for w in article.warnings)


AR_HEAD = "عنوان عن لقاء الوزراء في العاصمة\n"


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("وقال وزير خارجية روسيا إن", id="ar-common-noun-then-place"),
        pytest.param("وقال وزير الدولة بوزارة الخارجية إن", id="ar-common-noun-with-proclitic"),
        pytest.param("وأجرى وزير الخارجية اتصالا هاتفيا مع", id="ar-meeting-words"),
        pytest.param("وقال الوزير يستقبل 4 مايو المقبل", id="ar-date-and-number"),
        pytest.param("وقال المندوب والسفير الدائم إن", id="ar-another-title"),
        pytest.param("وقال المتحدث باسم الوزارة إن", id="ar-spokesman-of-the-ministry"),
        pytest.param("وقال الأمين العام وأن الست", id="ar-conjunction-with-an"),
        pytest.param("أجريت اتصالا مثمرا مع الرئيس التركي تباحثنا خلاله بشأن", id="ar-during-it"),
        pytest.param("وبحث الوزير مع وزير الخارجية العراقي سبل تعزيز العلاقات", id="ar-what-was-taken-up"),
    ],
)
def test_arabic_words_that_are_no_name_are_not_reported(sentence: str, data) -> None:
    article = article_from(f"{AR_HEAD}{sentence} {AR_BODY}", data)
    assert not any("looks like a person" in w.problem for w in article.warnings)


def test_unknown_arabic_name_after_a_noun_with_the_article_is_reported(data) -> None:
    # "والمغتربين" ends the ministry's name; the person comes after it.
    article = article_from(f"{AR_HEAD}وقال وزير الخارجية والمغتربين زوربك كوانتيلوف إن {AR_BODY}", data)
    names = [w.problem for w in article.warnings if "looks like a person" in w.problem]
    assert names == ['"زوربك كوانتيلوف" looks like a person but is not in actors.yaml']


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        pytest.param(
            f"{AR_HEAD}وحضر وزير الثقافة زوربك بن زيد الكوانتيلي ووزير الخارجية السعودي عادل بن أحمد الجبير. {AR_BODY}",
            ["زوربك بن زيد الكوانتيلي"],
            id="ar-with-the-fathers-name-and-the-familys",
        ),
        pytest.param(
            f"{AR_HEAD}وحضر ولي العهد الأمير زوربك بن نايف بن كوانتيل. {AR_BODY}",
            ["زوربك بن نايف بن كوانتيل"],
            id="ar-with-two-fathers-names",
        ),
        pytest.param(
            f"Titre sur la rencontre des ministres\nL'ambassadeur des Etats Unis Zorbek Quantilov a parlé. {FR_BODY}",
            ["Zorbek Quantilov"],
            id="fr-a-country-written-without-its-hyphen",
        ),
    ],
)
def test_a_name_is_reported_whole_and_a_known_one_not_at_all(text: str, reported: list[str], data) -> None:
    names = [w.problem.split('"')[1] for w in article_from(text, data).warnings if "actors.yaml" in w.problem]
    assert names == reported


def test_unknown_arabic_person_after_a_title_is_reported(data) -> None:
    text = f"عنوان عن لقاء الوزراء في العاصمة\nوقال وزير الخارجية الكازاخي زوربك كوانتيلوف إن {AR_BODY}"
    article = article_from(text, data)
    assert any("زوربك كوانتيلوف" in w.problem for w in article.warnings)


def test_tokens_split_french_elision() -> None:
    assert tokens("l’ONU et d'Erdogan") == ("l", "onu", "et", "d", "erdogan")


def test_a_shared_bare_name_is_the_person_named_in_full(data) -> None:
    # "الجعفري" goes to Bashar al-Jaafari, unless the article names Ibrahim al-Jaafari in full and never Bashar.
    text = (
        "عنوان عن زيارة وزير الخارجية العراقي إلى دمشق\nوصل وزير الخارجية العراقي إبراهيم الجعفري إلى دمشق اليوم.\n"
        f"وذكرت الوكالة أن فيصل المقداد استقبل الجعفري في مطار دمشق الدولي. {AR_BODY}"
    )
    article = article_from(text, data)
    assert "ibrahim-al-jaafari" in article.actors and "bashar-al-jaafari" not in article.actors
    assert [m.participants for m in article.mentions] == [("faisal-mekdad", "ibrahim-al-jaafari")]


def test_a_shared_bare_name_alone_is_its_owner(data) -> None:
    text = f"عنوان عن مفاوضات جنيف بين الوفود\nوقال الجعفري إن الوفد الحكومي مستعد للحوار. {AR_BODY}"
    assert "bashar-al-jaafari" in article_from(text, data).actors


def test_both_named_in_full_keep_the_owner(data) -> None:
    text = (
        "عنوان عن لقاء في نيويورك بين الوفود\nالتقى بشار الجعفري إبراهيم الجعفري في نيويورك.\n"
        f"وقال الجعفري إن اللقاء كان مثمرا. {AR_BODY}"
    )
    actors = article_from(text, data).actors
    assert "bashar-al-jaafari" in actors and "ibrahim-al-jaafari" in actors


@pytest.mark.parametrize(
    ("text", "meeting"),
    [
        # "Williams" is too common a surname to be an alias, but not after "Stephanie Williams".
        pytest.param(
            "Titre sur la rencontre des ministres\nStephanie Williams est arrivée à Tripoli lundi.\n"
            f"Williams a rencontré mardi Mohamed el-Menfi. {FR_BODY}",
            ("mohamed-al-menfi", "stephanie-williams"),
            id="fr-a-common-surname",
        ),
        # "البرهان" ("the proof") names Abdel Fattah al-Burhan only in an article that names him in full.
        pytest.param(
            "عنوان المقال عن سوريا اليوم\nوصل رئيس مجلس السيادة الفريق أول ركن عبدالفتاح البرهان إلى القاهرة.\n"
            f"ودخل الرئيسان البرهان والسيسي في لقاءات مغلقة بقصر الاتحادية بالقاهرة. {AR_BODY}",
            ("abdel-fattah-al-burhan", "abdel-fattah-al-sisi"),
            id="ar-a-common-word",
        ),
        # "بن فرحان" ("son of Farhan") names Faisal bin Farhan after his full name.
        pytest.param(
            "عنوان المقال عن سوريا اليوم\nوصل وزير الخارجية السعودي فيصل بن فرحان، أمس السبت، إلى طهران.\n"
            f"وأجرى بن فرحان مباحثات مع نظيره الإيراني حسين أمير عبد اللهيان. {AR_BODY}",
            ("faisal-bin-farhan", "hossein-amir-abdollahian"),
            id="ar-son-of",
        ),
        # "le prince Mohammed": the prince named in full, of the three princes Mohammed.
        pytest.param(
            "Titre sur la rencontre des ministres\nLe prince héritier saoudien, Mohammed ben Salmane, a quitté la "
            "Turquie.\nÀ Ankara, le prince Mohammed a été accueilli par le président turc, Recep Tayyip Erdogan. "
            f"{FR_BODY}",
            ("mohammed-bin-salman", "recep-tayyip-erdogan"),
            id="fr-a-princes-title-and-first-name",
        ),
        # "Michel", a common given name, names Charles Michel after his full name.
        pytest.param(
            "Charles Michel et Didier Reynders à Moscou : les relations se réchauffent\nL’homologue de Reynders était déjà "
            f"présent lors de la rencontre entre Michel et Poutine. {FR_BODY}",
            ("charles-michel", "vladimir-putin"),
            id="fr-a-given-name",
        ),
        # "Rice" is Susan Rice's and Condoleezza Rice's: it names the one the article names in full.
        pytest.param(
            "Titre sur la rencontre des ministres\nLa secrétaire d'Etat Condoleezza Rice est arrivée jeudi au Liban."
            f"\nMme Rice s'est également entretenue avec le président du Parlement, Nabih Berri. {FR_BODY}",
            ("condoleezza-rice", "nabih-berri"),
            id="fr-a-surname-of-two-one-named",
        ),
    ],
)
def test_a_surname_names_the_person_the_article_names_in_full(text: str, meeting: tuple, data) -> None:
    assert [m.participants for m in article_from(text, data).mentions] == [meeting]


def test_a_surname_alone_names_no_one(data) -> None:
    text = f"Titre sur la rencontre des ministres\nWilliams a rencontré mardi Mohamed el-Menfi. {FR_BODY}"
    article = article_from(text, data)
    assert "stephanie-williams" not in article.actors and article.mentions == ()


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param(
            "Charles Michel a reçu Michel Platini. Michel a dit non.", ["charles-michel"], id="before-a-surname"
        ),
        # Where the article writes it only bare, or in a line in capitals, it is his.
        pytest.param(
            "Charles Michel a parlé. Michel. Le roi a dit non.",
            ["charles-michel", "charles-michel"],
            id="before-a-sentence",
        ),
        pytest.param("CHARLES MICHEL ET MICHEL ONT PARLÉ", ["charles-michel", "charles-michel"], id="in-capitals"),
    ],
)
def test_a_surname_written_as_a_given_name_names_no_one(text: str, found: list, data) -> None:
    lines = (Line(1, text, "body"),)
    index = with_surnames(lines, data, "fr").actor_index
    assert [m.value for m in line_phrases(text, index)] == found


def test_a_surname_two_people_named_in_full_have_names_neither(data) -> None:
    # Boris Johnson's surname given to Sigmar Gabriel too, for the test's sake.
    shared = Surnames({"boris-johnson": ("johnson",), "sigmar-gabriel": ("johnson",)})
    lines = (Line(1, "Boris Johnson et Sigmar Gabriel ont parlé. Johnson a dit non.", "body"),)
    index = with_surnames(lines, dataclasses.replace(data, surnames=shared), "fr").actor_index
    assert [m.value for m in line_phrases(lines[0].text, index)] == ["boris-johnson", "sigmar-gabriel"]


@pytest.mark.parametrize(
    ("full", "actor"),
    [
        pytest.param("ميشال عون", "michel-aoun", id="ar-michel-aoun"),
        pytest.param("جوزاف عون", "joseph-aoun", id="ar-joseph-aoun"),
    ],
)
def test_a_surname_that_is_a_word_names_the_one_named_in_full(full: str, actor: str, data) -> None:
    # عون is "help": bare, it names the Aoun the article names in full.
    text = f"عنوان عن لقاء الوزراء في العاصمة\nاستقبل الرئيس اللبناني {full} وفدا.\nوبحث عون مع لافروف في اتصال هاتفي الوضع. {AR_BODY}"
    assert [m.participants for m in article_from(text, data).mentions] == [tuple(sorted((actor, "sergei-lavrov")))]


@pytest.mark.parametrize(
    ("full", "actor"),
    [
        pytest.param("رئيس الوزراء العراقي نوري المالكي", "nouri-al-maliki", id="ar-nouri-al-maliki"),
        pytest.param("وزير الخارجية الفلسطيني رياض المالكي", "riyad-al-maliki", id="ar-riyad-al-maliki"),
    ],
)
def test_a_surname_two_people_have_names_the_one_named_in_full(full: str, actor: str, data) -> None:
    # Nouri and Riyad al-Maliki share المالكي: bare, it names the one the article names in full.
    text = (
        f"عنوان عن لقاء الوزراء في العاصمة\nأعلن {full} استمرار الجهود.\n"
        f"وقال المالكي في بيان حول استقباله المبعوث الأممي نيكولاي ملادينوف إن اللقاء كان مثمرا. {AR_BODY}"
    )
    assert [m.participants for m in article_from(text, data).mentions] == [tuple(sorted((actor, "nickolay-mladenov")))]
