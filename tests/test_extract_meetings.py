"""Meetings: trigger words with two named people, kind, place, date; and sentences that are not meetings."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.archive import Archive
from generator.article import Article
from tests.helpers import AR_BODY, FR_BODY, article_from

_TITLES = {"ar": "عنوان عن الأزمة السورية والحل", "fr": "Titre sur la crise syrienne et la solution"}


def _in_article(lines: str, data, titled: bool = True) -> Article:
    """The article of these lines, under a headline and over a paragraph in their language."""
    lang = "ar" if any("\u0600" <= c <= "\u06ff" for c in lines) else "fr"
    title = f"{_TITLES[lang]}\n" if titled else ""
    return article_from(f"{title}{lines}\n{AR_BODY if lang == 'ar' else FR_BODY}", data)


CASES = [
    pytest.param(
        "Le secrétaire d'Etat américain, John Kerry, rencontrait lundi matin à Lausanne le chef de la diplomatie "
        "iranienne, Mohammad Javad Zarif, pour un dernier effort.",
        ("john-kerry", "mohammad-javad-zarif"),
        "meeting",
        "lausanne",
        id="fr-a-meeting-in-the-imperfect",
    ),
    pytest.param(
        "Emmanuel Macron chez le président Vladimir Poutine à Moscou.",
        ("emmanuel-macron", "vladimir-putin"),
        "meeting",
        "moscow",
        id="fr-a-headlines-visit-chez",
    ),
    pytest.param(
        "وتواصلت الوساطة على خلفية لقاء “عبد الفتاح البرهان – بنيامين نتنياهو” الأسبوع الماضي.",
        ("abdel-fattah-al-burhan", "benjamin-netanyahu"),
        "meeting",
        None,
        id="ar-a-meeting-named-by-its-people-in-quotes",
    ),
    pytest.param(
        "Le président égyptien Abdel Fattah al-Sissi s'est engagé à intensifier les efforts pour obtenir un "
        "cessez-le-feu dans la bande de Gaza, lors d'un entretien mercredi au Caire avec le secrétaire d'État "
        "américain, Antony Blinken.",
        ("abdel-fattah-al-sisi", "antony-blinken"),
        "meeting",
        "cairo",
        id="fr-what-the-subject-did-in-a-meeting-with-someone",
    ),
    pytest.param(
        "Le secrétaire d'État Mike Pompeo a réaffirmé l'engagement des États-Unis à faire avancer leurs relations "
        "avec la Russie lors des entretiens qu'il a eus avec le président russe, Vladimir Poutine, et son ministre "
        "des Affaires étrangères, Sergueï Lavrov, le 14 mai à Sotchi.",
        ("mike-pompeo", "sergei-lavrov", "vladimir-putin"),  # as "Mike Pompeo a eu des entretiens avec …"
        "meeting",
        None,  # "à Sotchi" is read as no venue after the date: left as found
        id="fr-what-the-subject-did-in-talks-with-two",
    ),
    pytest.param(
        "Antonio Guterres s’est rendu ce jeudi à Lviv, pour échanger avec Recep Tayyip Erdogan.",
        ("antonio-guterres", "recep-tayyip-erdogan"),
        "meeting",
        "lviv",
        id="fr-the-infinitive-of-a-trips-aim",
    ),
    pytest.param(
        "Ali Asghar Khaji a effectué une visite de courtoisie auprès du conseiller fédéral Didier Burkhalter.",
        ("ali-asghar-khaji", "didier-burkhalter"),
        "meeting",
        None,
        id="fr-a-courtesy-call",
    ),
    pytest.param(
        "Sergueï Lavrov a eu une série de séances de travail avec le ministre malien des Affaires étrangères "
        "Abdoulaye Diop.",
        ("abdoulaye-diop", "sergei-lavrov"),
        "meeting",
        None,
        id="fr-working-sessions",
    ),
    pytest.param(
        "Sergueï Lavrov s’exprimait après sa rencontre avec le chef du gouvernement libyen Fayez Seraj.",
        ("fayez-al-sarraj", "sergei-lavrov"),
        "meeting",
        None,
        id="fr-sarraj-spelt-seraj",
    ),
    pytest.param(
        "و التقى غروندبيرغ في الرياض رئيس مجلس القيادة الرئاسي رشاد العليمي.",
        ("hans-grundberg", "rashad-al-alimi"),
        "meeting",
        "riyadh",
        id="ar-grundberg-spelt-with-ya",
    ),
    pytest.param(
        "والتقى اللهيان الرئيس بشار الأسد في دمشق.",
        ("bashar-al-assad", "hossein-amir-abdollahian"),
        "meeting",
        "damascus",
        id="ar-abdollahian-by-the-end-of-his-surname",
    ),
    pytest.param(
        "استقبل رئيس الجمهورية، عبد المجيد تبون، عصر اليوم الاحد، الممثلة بالنيابة للأمين العام لمنظمة الأمم المتحدة "
        "في ليبيا، السيدة ستيفاني ويليامس، التي تقوم بزيارة للجزائر.",
        ("abdelmadjid-tebboune", "stephanie-williams"),
        "meeting",
        None,
        id="ar-a-womans-acting-office-before-her-name",
    ),
    pytest.param(
        "التقى المبعوث الأممي الجديد إلى اليمن مارتن جريفتث، مساء أمس الأربعاء، زعيم جماعة أنصار الله عبد الملك "
        "الحوثي.",
        ("abdul-malik-al-houthi", "martin-griffiths"),
        "meeting",
        None,
        id="ar-griffiths-spelt-with-jim-and-ta",
    ),
    pytest.param(
        "التقى جان إيف لودريان الرئيس جوزاف عون في بعبدا.",
        ("jean-yves-le-drian", "joseph-aoun"),
        "meeting",
        "beirut",
        id="ar-baabda-stands-for-its-palace",
    ),
    pytest.param(
        "Jean-Yves Le Drian et Florence Parly ont retrouvé le chef de la diplomatie russe, Sergueï Lavrov.",
        ("florence-parly", "jean-yves-le-drian", "sergei-lavrov"),
        "meeting",
        None,
        id="fr-met-up-with",
    ),
    pytest.param(
        "Le président Michel Aoun a accordé audience à l'ancien président de la République, Michel Sleiman.",
        ("michel-aoun", "michel-sleiman"),
        "meeting",
        None,
        id="fr-granted-an-audience",
    ),
    pytest.param(
        "Sergueï Lavrov a tenu des réunions avec Hossein Amir Abdollahian, son homologue pour l'Iran.",
        ("hossein-amir-abdollahian", "sergei-lavrov"),
        "meeting",
        None,
        id="fr-held-meetings-with",
    ),
    pytest.param(
        "M.de Mistura a été accueilli à l'hôtel par le ministre adjoint des Affaires étrangères Aymane Soussane.",
        ("ayman-sousan", "staffan-de-mistura"),
        "meeting",
        None,
        id="fr-sousan-spelt-aymane",
    ),
    pytest.param(
        "Le président russe Vladimir Poutine s'est entretenu mercredi du cessez-le-feu prévu en Syrie avec le roi "
        "Salmane d'Arabie saoudite.",
        ("king-salman", "vladimir-putin"),
        "meeting",
        None,
        id="fr-a-planned-ceasefire-is-not-a-planned-meeting",
    ),
    pytest.param(
        "Le ministre iranien des Affaires étrangères Seyyed Abbas Araghtchi et son homologue saoudien Fayçal ben Farhan "
        "al-Saoud ont échangé dimanche leurs points de vue.",
        ("abbas-araghchi", "faisal-bin-farhan"),
        "meeting",
        None,
        id="fr-araghchi-spelt-the-french-way",
    ),
    pytest.param(
        "وفي لقاء آخر، بحث الأمير فيصل بن فرحان مع وزير الخارجية العراقي الدكتور فؤاد محمد حسين سبل تعزيز العلاقات.",
        ("faisal-bin-farhan", "fuad-hussein"),
        "meeting",
        None,
        id="ar-a-full-name-with-the-fathers",
    ),
    pytest.param(
        "تلقى الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى اتصالاً هاتفياً أمس من الرئيس الفرنسي فرانسوا أولاند.",
        ("francois-hollande", "tamim-bin-hamad-al-thani"),
        "phone",
        None,
        id="ar-hollande-spelt-as-in-the-gulf",
    ),
    pytest.param(
        "واستقبل ناصر بوريطة من طرف الرئيس التونسي قيس السعيد، والذي تلقى رسالة شفوية من الملك محمد السادس عبر "
        "مبعوثه بوريطة.",
        ("kais-saied", "nasser-bourita"),
        "meeting",
        None,
        id="ar-a-clause-after-and-which-tells-another-event",
    ),
    pytest.param(
        "استقبل رئيس المجلس الرئاسي الليبي، محمد المنفي، اليوم الثلاثاء بمقر المجلس في العاصمة طرابلس، الممثل الخاص "
        "للأمين العام ورئيس بعثة الأمم المتحدة للدعم في ليبيا، عبد الله باتيلي.",
        ("abdoulaye-bathily", "mohamed-al-menfi"),
        "meeting",
        "tripoli",
        id="ar-a-un-missions-long-title",
    ),
    pytest.param(
        "أكد الرئيس المصري عبدالفتاح السيسي الخصوصية الاستراتيجية للعلاقات المصرية السعودية. جاء ذلك خلال استقباله "
        "اليوم الأمير فيصل بن فرحان وزير خارجية المملكة العربية السعودية، خلال زيارته الى القاهرة للمشاركة في "
        "اجتماعات وزراء الخارجية العرب المقررة بعد غد.",
        ("abdel-fattah-al-sisi", "faisal-bin-farhan"),
        "meeting",
        None,
        id="ar-a-coming-event-told-far-after-the-meeting",
    ),
    pytest.param(
        "استقبل سمو الشيخ صباح خالد الحمد المبارك الصباح، ولي عهد دولة الكويت الشقيقة، في قصر بيان اليوم، معالي "
        "السيد بدر بن حمد بن حمود البوسعيدي وزير الخارجية.",
        ("badr-albusaidi", "sabah-al-khalid-al-hamad-al-sabah"),
        "meeting",
        "kuwait-city",
        id="ar-full-names-with-every-forebear-at-a-palace",
    ),
    pytest.param(
        "Lors d'un appel avec le président russe Vladimir Poutine, le président turc Recep Tayyip Erdogan a répété "
        "l'offre de la Turquie.",
        ("recep-tayyip-erdogan", "vladimir-putin"),
        "phone",
        None,
        id="fr-a-call-with",
    ),
    pytest.param(
        "À l'ouverture de sa rencontre avec Peter Maurer, Bahram Ghassemi a présenté ses condoléances.",
        ("bahram-ghasemi", "peter-maurer"),
        "meeting",
        None,
        id="fr-at-the-opening-of-his-meeting-with",
    ),
    pytest.param(
        "Depuis lundi à Lausanne, l'Américain John Kerry et l'Iranien Mohammad Javad Zarif négocient un accord.",
        ("john-kerry", "mohammad-javad-zarif"),
        "meeting",
        "lausanne",
        id="fr-two-who-negotiate",
    ),
    pytest.param(
        "Les premiers entretiens ont eu lieu avec les experts et il y a eu un diner en tête entre MM. Kerry et Lavrov.",
        ("john-kerry", "sergei-lavrov"),
        "meeting",
        None,
        id="fr-a-dinner-between-two",
    ),
    pytest.param(
        "وصل وزير الخارجية الروسي سيرغي لافروف إلى الجزائر، والتقى خلالها نظيره رمطان لعمامرة، ويتوقع أن يلتقي "
        "الرئيس عبد المجيد تبون.",
        ("ramtane-lamamra", "sergei-lavrov"),
        "meeting",
        None,
        id="ar-the-next-meetings-announcement-is-its-own",
    ),
    pytest.param(
        "وعقد وزير الخارجية الإيراني حسين أمير عبد اللهيان اجتماعات منفصلة مع نظيره العماني بدر بن حمد البوسعيدي.",
        ("badr-albusaidi", "hossein-amir-abdollahian"),
        "meeting",
        None,
        id="ar-meetings-in-the-plural",
    ),
    pytest.param(
        "Le Président ghanéen Nana Akufo-Addo a été accueilli à l'aéroport international de Ouagadougou par le "
        "Président de la Transition, Chef de l'Etat, le Capitaine Ibrahim Traoré.",
        ("ibrahim-traore", "nana-akufo-addo"),
        "meeting",
        "ouagadougou",
        id="fr-a-transitions-head-and-his-rank-are-his-title",
    ),
    pytest.param(
        "Les présidents Félix Tshisekedi et João Lourenço ont tenu une entrevue élargie aux ministres.",
        ("felix-tshisekedi", "joao-lourenco"),
        "meeting",
        None,
        id="fr-an-entrevue",
    ),
    pytest.param(
        "À la veille de la rencontre des ministres qui s'ouvre demain vendredi à Bamako, le patron de la diplomatie "
        "tchadienne et candidat à la présidence de l'Union africaine, Moussa Faki Mahamat a eu un tète à tête avec le "
        "chef de l'état malien Ibrahim Boubacar Keita.",
        ("ibrahim-boubacar-keita", "moussa-faki-mahamat"),
        "meeting",
        None,
        id="fr-a-meeting-word-with-nobody-near-is-another-events",
    ),
    pytest.param(
        "John Kerry et Sergueï Lavrov se sont entretenus lundi à Paris, dans la résidence de l'ambassadeur des "
        "Etats-Unis, pour tenter de sauver la conférence dite de Genève 2.",
        ("john-kerry", "sergei-lavrov"),
        "meeting",
        "paris",
        id="fr-a-conference-they-try-to-save-is-no-conference-of-theirs",
    ),
    pytest.param(
        "Emmanuel Macron s'est entretenu au téléphone avec Volodymyr Zelensky.",
        ("emmanuel-macron", "volodymyr-zelensky"),
        "phone",
        None,
        id="fr-leaders-of-the-2020s",
    ),
    pytest.param(
        "التقى وزير الخارجية السوري أسعد الشيباني نظيره الأمريكي ماركو روبيو في نيويورك.",
        ("asaad-al-shaibani", "marco-rubio"),
        "meeting",
        "new-york",
        id="ar-ministers-of-the-2020s",
    ),
    pytest.param(
        "Lavrov a rendu visite à Kerry lundi à Washington.",
        ("john-kerry", "sergei-lavrov"),
        "meeting",
        "washington",
        id="fr-rendu-visite",
    ),
    pytest.param(
        "Lavrov et Kerry ont dîné ensemble lundi à Moscou.",
        ("john-kerry", "sergei-lavrov"),
        "meeting",
        "moscow",
        id="fr-dined",
    ),
    pytest.param(
        "Lavrov et Kerry se sont vus lundi à Moscou.",
        ("john-kerry", "sergei-lavrov"),
        "meeting",
        "moscow",
        id="fr-se-sont-vus",
    ),
    pytest.param(
        "Lavrov a reçu un appel de Kerry lundi.",
        ("john-kerry", "sergei-lavrov"),
        "phone",
        None,
        id="fr-a-call-received",
    ),
    pytest.param(
        "حل لافروف ضيفا على كيري في واشنطن أمس.",
        ("john-kerry", "sergei-lavrov"),
        "meeting",
        "washington",
        id="ar-a-guest",
    ),
    pytest.param("تشاور لافروف مع كيري أمس.", ("john-kerry", "sergei-lavrov"), "meeting", None, id="ar-consulted"),
    pytest.param(
        "جاء ذلك خلال استقبال الدكتور فيصل المقداد، اليوم الأحد، مع المبعوث الخاص للأمين العام للأمم المتحدة غير "
        "بيدرسن.",
        ("faisal-mekdad", "geir-pedersen"),
        "meeting",
        None,
        id="ar-a-reception-noun",
    ),
    pytest.param(
        "Poutine a téléphoné à Erdogan dimanche.",
        ("recep-tayyip-erdogan", "vladimir-putin"),
        "phone",
        None,
        id="fr-telephone-verb",
    ),
    pytest.param(
        "Donald Trump a appelé lundi Vladimir Poutine pour discuter de la Syrie.",
        ("donald-trump", "vladimir-putin"),
        "phone",
        None,
        id="fr-a-call-by-the-verb-appeler",
    ),
    pytest.param(
        "Kerry et Lavrov ont eu des discussions lundi.",
        ("john-kerry", "sergei-lavrov"),
        "meeting",
        None,
        id="fr-had-discussions",
    ),
    pytest.param(
        "Kerry et Lavrov se sont entretenus par visioconférence lundi.",
        ("john-kerry", "sergei-lavrov"),
        "phone",
        None,
        id="fr-a-video-call",
    ),
    pytest.param(
        "Lors d'une conversation téléphonique avec Félix Tshisekedi, Xi Jinping a indiqué que la Chine soutenait la "
        "RDC et voulait faire de la prochaine réunion du Forum un succès.",
        ("felix-tshisekedi", "xi-jinping"),
        "phone",
        None,
        id="fr-a-coming-event-named-after-everyone-is-another",
    ),
    pytest.param(
        "Le roi Mohammed VI a eu un échange téléphonique avec Kaïs Saïed, le président tunisien.",
        ("kais-saied", "mohammed-vi-of-morocco"),
        "phone",
        None,
        id="fr-a-telephone-exchange",
    ),
    pytest.param(
        "هاتف بوتين أردوغان يوم الأحد.", ("recep-tayyip-erdogan", "vladimir-putin"), "phone", None, id="ar-hatafa"
    ),
    pytest.param(
        "اتصل أردوغان ببوتين لبحث الوضع في سوريا.",
        ("recep-tayyip-erdogan", "vladimir-putin"),
        "phone",
        None,
        id="ar-ittasala",
    ),
    pytest.param(
        "تلقى لافروف اتصالا من كيري مساء الاثنين.",
        ("john-kerry", "sergei-lavrov"),
        "phone",
        None,
        id="ar-a-call-received",
    ),
    # An envoy's title with the country of the mission.
    pytest.param(
        "Antony Blinken a reçu jeudi à Washington, au département d'État, l'envoyé spécial des Nations unies pour "
        "le Yémen, Hans Grundberg.",
        ("antony-blinken", "hans-grundberg"),
        "meeting",
        "washington",
        id="fr-an-envoys-title-names-the-country",
    ),
    pytest.param(
        "التقى وزير الخارجية وشؤون المغتربين أحمد عوض بن مبارك، اليوم الثلاثاء، المبعوث الخاص للأمين العام للأمم "
        "المتحدة إلى اليمن هانس جروندبرج.",
        ("ahmed-awad-bin-mubarak", "hans-grundberg"),
        "meeting",
        None,
        id="ar-an-envoys-title-names-the-country",
    ),
    # A ministry's long name too, with "et" and "à" between its words.
    pytest.param(
        "Le président de la République, Kaïs Saïed, a reçu, jeudi 7 octobre, au palais de Carthage, le ministre "
        "des Affaires étrangères, de la Migration et des Tunisiens à l'étranger, Othman Jerandi.",
        ("kais-saied", "othman-jerandi"),
        "meeting",
        "tunis",  # the palace of Carthage is the Tunisian presidency's, in Tunis (places.yaml)
        id="fr-a-ministrys-long-name-is-a-title",
    ),
    # An official's title does not count toward the window: the person is as near as the title.
    pytest.param(
        "استقبل رئيس الجمهورية العماد ميشال عون صباح اليوم في قصر بعبدا، المبعوث الخاص للأمين العام للأمم "
        "المتحدة إلى سوريا غير بيدرسون والوفد المرافق.",
        ("geir-pedersen", "michel-aoun"),
        "meeting",
        "beirut",
        id="ar-title-before-the-person-is-not-counted",
    ),
    pytest.param(
        "Le président Michel Aoun a reçu dans la matinée au palais présidentiel de Baabda, près de Beyrouth, "
        "l'envoyé spécial du secrétaire général des Nations unies pour la Syrie, Geir Pedersen.",
        ("geir-pedersen", "michel-aoun"),
        "meeting",
        None,
        id="fr-title-before-the-person-is-not-counted",
    ),
    pytest.param(
        "Selon l'Élysée, le président de la République française Emmanuel Macron et le ministre français des "
        "Affaires étrangères Jean-Yves Le Drian ont accueilli mardi le chef de la diplomatie russe Sergueï Lavrov, "
        "ainsi que le chef d'état-major Valery Guerassimov.",
        ("emmanuel-macron", "jean-yves-le-drian", "sergei-lavrov", "valery-gerasimov"),
        "meeting",
        None,
        id="fr-chief-of-staff-title-is-not-counted",
    ),
    pytest.param(
        "« Lors de cette visite à Damas, Xie Xiaoyan a rencontré Walid al-Mouallem, le ministre syrien des "
        "Affaires étrangères, et Fayçal Megdad, son adjoint », est-il écrit dans le communiqué.",
        ("faisal-mekdad", "walid-muallem", "xie-xiaoyan"),
        "meeting",
        "damascus",
        id="fr-a-quoted-statement-reports-a-meeting",
    ),
    pytest.param(
        "وقالت المصادر إن الوزيرين “بحثا بالتفصيل تطورات الأوضاع في سوريا، وأوضح جاويش أوغلو لأيرولت "
        "الأولويات التركية”.",
        ("jean-marc-ayrault", "mevlut-cavusoglu"),
        "meeting",
        None,
        id="ar-a-quoted-statement-reports-a-meeting",
    ),
    pytest.param(
        "ناقش وزير الخارجية الأردني أيمن الصفدي مع نظيره الروسي سيرغي لافروف الوضع في جنوب سوريا.",
        ("ayman-safadi", "sergei-lavrov"),
        "meeting",
        None,
        id="ar-naqasha-discussed-with",
    ),
    # Whose envoy the guest is was not at the meeting.
    pytest.param(
        "استقبل الرئيس السوري بشار الأسد اليوم وفدا روسيا برئاسة ألكسندر لافرنتييف، المبعوث الخاص للرئيس الروسي، "
        "فلاديمير بوتين.",
        ("alexander-lavrentiev", "bashar-al-assad"),
        "meeting",
        None,
        id="ar-the-envoys-principal-is-no-party",
    ),
    pytest.param(
        "Bachar al-Assad a reçu mardi Alexandre Lavrentiev, l'envoyé spécial du président russe Vladimir Poutine.",
        ("alexander-lavrentiev", "bashar-al-assad"),
        "meeting",
        None,
        id="fr-the-envoys-principal-is-no-party",
    ),
    pytest.param(
        "Le président Roch Marc Christian Kaboré a reçu Sergueï Lavrov, puis deux émissaires de son homologue "
        "malien, Assimi Goïta.",
        ("roch-marc-christian-kabore", "sergei-lavrov"),
        "meeting",
        None,
        id="fr-envoys-of-a-counterpart-named-after-them",
    ),
    pytest.param(
        "التقى المبعوث الأممي ستافان دي ميستورا في دمشق المستشارة السياسية والإعلامية للرئيس السوري بثينة شعبان.",
        ("bouthaina-shaaban", "staffan-de-mistura"),
        "meeting",
        "damascus",
        id="ar-the-presidents-adviser-is-the-one-named",
    ),
    pytest.param(
        "التقى الأخضر الإبراهيمي بالرئيس السوري بشار الأسد في دمشق للمرة الأولى منذ خلافته لكوفي عنان.",
        ("bashar-al-assad", "lakhdar-brahimi"),
        "meeting",
        "damascus",
        id="ar-the-one-the-envoy-succeeded-was-not-there",
    ),
    pytest.param(
        "Lakhdar Brahimi a rencontré Bachar al-Assad à Damas pour la première fois depuis qu'il a succédé à Kofi Annan.",
        ("bashar-al-assad", "lakhdar-brahimi"),
        "meeting",
        "damascus",
        id="fr-the-one-the-envoy-succeeded-was-not-there",
    ),
    pytest.param(
        "Abdoulaye Bathily, succédant ainsi au Slovaque Jan Kubis, a été accueilli à Tripoli par Mohamed el-Menfi.",
        ("abdoulaye-bathily", "mohamed-al-menfi"),
        "meeting",
        "tripoli",
        id="fr-the-one-the-envoy-is-succeeding-was-not-there",
    ),
    pytest.param(
        "Netanyahou et Poutine discutent d'une « plus grande coordination » en Syrie",
        ("benjamin-netanyahu", "vladimir-putin"),
        "meeting",
        None,
        id="fr-discutent",
    ),
    pytest.param(
        "وكان في استقبال ظريف في المطار نائب وزير الخارجية السوري فيصل المقداد والسفير الإيراني في دمشق.",
        ("faisal-mekdad", "mohammad-javad-zarif"),
        "meeting",
        "damascus",
        id="ar-received-on-arrival",
    ),
    pytest.param(
        "Le ministre russe des Affaires étrangères Sergueï Lavrov a accueilli son homologue iranien Mohammad Javad "
        "Zarif à Moscou.",
        ("mohammad-javad-zarif", "sergei-lavrov"),
        "meeting",
        "moscow",
        id="fr-a-accueilli",
    ),
    pytest.param(
        "M. Cavusoglu a évoqué avec Sergueï Lavrov et Javad Zarif la situation en Syrie.",
        ("mevlut-cavusoglu", "mohammad-javad-zarif", "sergei-lavrov"),
        "meeting",
        None,
        id="fr-evoque-avec",
    ),
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
        "وسيلتقي كيري أيضا الرئيس الروسي فلاديمير بوتين في الكرملين مساء اليوم.",
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
        "في لقاء غير مقرر مسبقا ولم تكشف تفاصيله، التقى الرئيسان الروسي فلاديمير بوتين والأميركي باراك أوباما "
        "على هامش قمة العشرين في أنطاليا التركية.",
        ("barack-obama", "vladimir-putin"),
        "meeting",
        "antalya",
        id="ar-negation-in-another-clause-and-venue-far-from-the-noun",
    ),
    pytest.param(
        "Dans une rencontre dont rien n'a filtré, et qui n'était pas prévue au programme des dirigeants, "
        "Vladimir Poutine a rencontré Barack Obama en marge du sommet à Antalya.",
        ("barack-obama", "vladimir-putin"),
        "meeting",
        "antalya",
        id="fr-negation-in-another-clause-and-venue-far-from-the-noun",
    ),
    pytest.param(
        "واستقبل الرئيس بشار الأسد بدمشق المبعوث الأممي ستافان دي ميستورا.",
        ("bashar-al-assad", "staffan-de-mistura"),
        "meeting",
        "damascus",
        id="ar-istaqbala-with-ba-place",
    ),
    pytest.param(
        "Federica Mogherini s'est entretenue en marge de la conférence avec Mevlüt Çavuşoğlu.",
        ("federica-mogherini", "mevlut-cavusoglu"),
        "meeting",
        None,
        id="fr-en-marge-de-is-the-setting",
    ),
    pytest.param(
        "والتقى لافروف نظيره الأمريكي جون كيري على هامش القمة في هانغتشو.",
        ("john-kerry", "sergei-lavrov"),
        "meeting",
        "hangzhou",
        id="ar-ala-hamish-is-the-setting",
    ),
    pytest.param(
        "وفي القاهرة، عقد وزير الخارجية الروسي سيرغي لافروف اجتماعا مع الأمين العام للجامعة العربية نبيل العربي.",
        ("nabil-elaraby", "sergei-lavrov"),
        "meeting",
        "cairo",
        id="ar-wa-fi-before-the-place",
    ),
    pytest.param(
        "اختتمت في مدينة سوتشي القمة التي جمعت بوتين وأردوغان.",
        ("recep-tayyip-erdogan", "vladimir-putin"),
        "conference",
        "sochi",
        id="ar-fi-madinat-before-the-place",
    ),
    pytest.param(
        "التقى الرئيس السوري بشار الأسد اليوم، في العاصمة دمشق، بالمبعوث الخاص لسورية الأخضر الإبراهيمي.",
        ("bashar-al-assad", "lakhdar-brahimi"),
        "meeting",
        "damascus",
        id="ar-fi-al-asima-before-the-place",
    ),
    pytest.param(
        "Damas-SANA / Le ministre Walid Mouallem a reçu l'émissaire de l'ONU Geir Pedersen.",
        ("geir-pedersen", "walid-muallem"),
        "meeting",
        "damascus",
        id="fr-dateline-city-is-the-leads-place",
    ),
    pytest.param(
        "دمشق-سانا\nبحث وزير الخارجية وليد المعلم مع المبعوث الأممي غير بيدرسون الخطوات النهائية.",
        ("geir-pedersen", "walid-muallem"),
        "meeting",
        "damascus",
        id="ar-dateline-line-is-the-leads-place",
    ),
    pytest.param(
        "Moscou / Lavrov s'est entretenu par téléphone avec Kerry.",
        ("john-kerry", "sergei-lavrov"),
        "phone",
        None,
        id="fr-dateline-city-is-not-a-phone-calls-place",
    ),
    pytest.param(
        "Le 26 octobre, heure locale, Wang Yi, membre du Bureau politique du Comité central du Parti "
        "communiste chinois et ministre des Affaires étrangères, s'est entretenu avec le secrétaire "
        "d'État américain Antony Blinken à Washington.",
        ("antony-blinken", "wang-yi"),
        "meeting",
        "washington",
        id="fr-a-long-apposition-between-the-subject-and-the-verb",
    ),
    pytest.param(
        "وكان الأمير فيصل بن فرحان، وزير الخارجية السعودي الذي يزور موسكو منذ مطلع الأسبوع في إطار جولة "
        "دبلوماسية واسعة تشمل عدة عواصم أوروبية وآسيوية وأفريقية، قد التقى نظيره الروسي سيرغي لافروف.",
        ("faisal-bin-farhan", "sergei-lavrov"),
        "meeting",
        None,
        id="ar-a-long-apposition-between-the-subject-and-the-verb",
    ),
    pytest.param(
        "وأشاد لافروف بالتعاون لا سيما بعد لقائه كيري في جنيف.",
        ("john-kerry", "sergei-lavrov"),
        "meeting",
        "geneva",
        id="ar-la-siyama-is-not-a-negation",
    ),
]

NOT_MEETINGS = [
    # "chez" not right between two people.
    pytest.param(
        "Recep Tayyip Erdogan reste populaire chez les électeurs, a dit Vladimir Poutine.", id="fr-chez-a-group"
    ),
    pytest.param("Vladimir Poutine a dit que Recep Tayyip Erdogan était chez lui.", id="fr-chez-a-pronoun"),
    # The day and place of a meeting are still to be set: it is a coming one.
    pytest.param(
        "أعلن وزير الخارجية الإيراني اليوم أن موعد ومكان اللقاء بين علي لاريجاني وخافيير سولانا لم يحددا بعد.",
        id="ar-the-day-of-a-meeting-still-to-set",
    ),
    # A meeting word far from the subject, with no "with" after it: no one met is told ("entretien"
    # is an interview here).
    pytest.param(
        "Sergueï Lavrov a critiqué une nouvelle fois la politique des États-Unis et de leurs alliés au Proche-Orient et "
        "en Ukraine, lors d'un entretien accordé mardi à la télévision russe, visant directement Antony Blinken.",
        id="fr-a-meeting-word-far-from-its-subject-with-no-with",
    ),
    # Those a pronoun met, when it stands for no one named (or for several), did not meet each other.
    pytest.param(
        "Ils ont rencontré le secrétaire américain Anthony Blinken et l'assistant du président et conseiller à la "
        "sécurité nationale Jake Sullivan à Washington.",
        id="fr-they-met-two",
    ),
    pytest.param(
        "Il a rencontré le secrétaire d'État Antony Blinken et le conseiller Jake Sullivan à Washington.",
        id="fr-he-met-two-and-is-no-one-named",
    ),
    # Meetings held as a habit, or that may be held or are being arranged, are no one meeting.
    pytest.param(
        "« Les présidents Vladimir Poutine et Assimi Goïta s’entretiennent régulièrement au téléphone ».",
        id="fr-talks-held-as-a-habit",
    ),
    pytest.param("وتحدث الرئيس فلاديمير بوتين والرئيس رجب طيب أردوغان هاتفيا بانتظام.", id="ar-calls-held-as-a-habit"),
    pytest.param(
        "وذكرت قناة تركية، أن فلاديمير بوتين وفولوديمير زيلينسكي قد يجتمعان لتحديد خارطة طريق لأوكرانيا.",
        id="ar-the-two-may-meet",
    ),
    pytest.param(
        "ونقلا عن مصادر دبلوماسية، فإن أردوغان عرض على زيلينسكي، ترتيب لقاء مع الرئيس الروسي فلاديمير بوتين.",
        id="ar-arranging-a-meeting",
    ),
    pytest.param(
        "Au cours de sa visite à Washington mercredi, Mahmoud Abbas devrait participer à plusieurs rencontres "
        "importantes avec Donald Trump.",
        id="fr-should-take-part-in-meetings",
    ),
    # Who came along with one side is of that side: no meeting of the two.
    pytest.param(
        "Recep Tayyip Erdogan était accompagné lors de ses rencontres par le ministre turc des Affaires étrangères "
        "Hakan Fidan.",
        id="fr-accompanied-by-a-minister",
    ),
    pytest.param(
        "وكان الرئيس رجب طيب أردوغان برفقة وزير الخارجية هاكان فيدان خلال لقاءاته في القمة.",
        id="ar-accompanied-by-a-minister",
    ),
    pytest.param(
        "Le président turc Recep Tayyip Erdogan a répété l'offre de la Turquie d'accueillir la réunion, que Sergueï "
        "Lavrov a ensuite acceptée.",
        id="fr-an-offer-to-host-the-meeting",
    ),
    pytest.param(
        "Le chef de la diplomatie ukrainienne, Dmytro Kuleba, avait laissé entendre le 5 mars qu'il était ouvert à des "
        "pourparlers avec Sergueï Lavrov.",
        id="fr-open-to-talks",
    ),
    pytest.param(
        "وكان وزير الخارجية قد زار يوم الأحد العاصمة العمانية مسقط واجرى اجتماعين مع وزير الخارجية العماني بدر "
        "البوسعيدي والمتحدث الرسمي لأنصار الله محمد عبد السلام.",
        id="ar-those-met-by-someone-unnamed-did-not-meet-each-other",
    ),
    pytest.param(
        "Le ministre a eu des entretiens avec Sergueï Lavrov et John Kerry.",
        id="fr-those-met-by-someone-unnamed-did-not-meet-each-other",
    ),
    pytest.param("John Kerry a tenté en vain de téléphoner à Sergueï Lavrov.", id="fr-tried-to-call"),
    pytest.param(
        "وزير الخارجية الأميركي جون كيري يقول عشية الاجتماع إن العائق أمام الحل هو الرئيس السوري بشار الأسد.",
        id="ar-on-the-eve-of-the-meeting",
    ),
    pytest.param(
        "À la veille de la rencontre, John Kerry a déclaré que l'obstacle était le président syrien Bachar al-Assad.",
        id="fr-on-the-eve-of-the-meeting",
    ),
    pytest.param("Kerry a lancé un appel de Genève à Lavrov pour un cessez-le-feu.", id="fr-an-appeal-is-no-call"),
    pytest.param("دعا لافروف إلى تشكيل مجموعة اتصال حول سوريا مع كيري.", id="ar-a-contact-group-is-no-call"),
    pytest.param("Lavrov a refusé de rencontrer Kerry à Genève.", id="fr-refused"),
    pytest.param("Lavrov a annulé sa rencontre avec Kerry à Genève.", id="fr-cancelled"),
    pytest.param("Le Kremlin a démenti toute rencontre entre Poutine et Erdogan.", id="fr-denied"),
    pytest.param("Lavrov espère rencontrer Kerry à Genève.", id="fr-hoped-for"),
    pytest.param("رفض لافروف لقاء كيري في جنيف.", id="ar-refused"),
    pytest.param("ألغى لافروف لقاءه مع كيري في جنيف.", id="ar-cancelled"),
    pytest.param(
        "فقد يحصل تطور قبل نهاية الأسبوع شرط ان يسبقه لقاء بين الرئيسين ميشال عون وسعد الحريري.", id="ar-a-condition"
    ),
    pytest.param(
        "Un accord serait possible à condition qu'une rencontre ait lieu entre Michel Aoun et Saad Hariri.",
        id="fr-a-condition",
    ),
    pytest.param("أعرب لافروف عن استعداده للقاء كيري.", id="ar-ready-to-meet"),
    # (With "lors des entretiens", a manner word, Pompeo is their subject: see CASES.)
    pytest.param(
        "Le secrétaire d'État Mike Pompeo a réaffirmé l'engagement des États-Unis à faire avancer leurs relations "
        "avec la Russie dans les entretiens qu'il a eus avec le président russe, Vladimir Poutine, et son ministre "
        "des Affaires étrangères, Sergueï Lavrov, le 14 mai à Sotchi.",
        id="fr-a-list-goes-on-only-from-a-meeting",
    ),
    pytest.param(
        "« J'ai rencontré John Kerry et nous avons parlé de Bachar al-Assad », a déclaré Sergueï Lavrov.",
        id="fr-the-speakers-own-meeting-in-a-quotation",
    ),
    pytest.param("الأسد يستقبل وفدا روسيا برئاسة المبعوث الخاص للرئيس بوتين", id="ar-the-envoys-principal-alone"),
    pytest.param(
        "Crise libyenne : des pourparlers entre Nasser Bourita et un représentant spécial de Guterres",
        id="fr-the-envoys-principal-named-right-after-of",
    ),
    pytest.param("الأسد يستقبل المبعوث الخاص لبوتين في دمشق", id="ar-the-envoys-principal-with-of-attached"),
    pytest.param(
        "وأضافت الخارجية أن يوسف بن علوي نقل خلال اللقاء تحيات السلطان قابوس بن سعيد.",
        id="ar-greetings-from-the-sultan",
    ),
    pytest.param(
        "Lors de l'entretien, Alexandre Lavrentiev était porteur d'un message du président Vladimir Poutine.",
        id="fr-a-message-from-the-president",
    ),
    pytest.param(
        "بتعليمات سامية من الملك محمد السادس، حل وزير الشؤون الخارجية ناصر بوريطة، أمس الثلاثاء بالعاصمة "
        "المالية باماكو، حيث استقبل من طرف الرئيس الانتقالي لجمهورية مالي.",
        id="ar-on-the-kings-instructions",
    ),
    pytest.param(
        "Sur instructions du roi Mohammed VI, Nasser Bourita s'est rendu à Bamako, où il a été reçu par le "
        "président de la transition.",
        id="fr-on-the-kings-instructions",
    ),
    pytest.param(
        "وأضاف وزير الخارجية سيرغي لافروف أن “اللقاء مع جون كيري كان مفيدا ونحن لم نتحدث عن بشار الأسد”.",
        id="ar-the-speakers-own-meeting-in-a-quotation",
    ),
    pytest.param("Lavrov a déclaré que Kerry avait raison sur la Syrie.", id="fr-two-names-no-trigger"),
    pytest.param("Lavrov a évoqué la réunion du Groupe de soutien à Munich.", id="fr-trigger-one-name"),
    pytest.param('وسبق أن صرح كيري بأنه قال "لقاء لافروف مهم" للصحفيين.', id="ar-names-in-quotes"),
    pytest.param('وقال كيري إنه يتطلع إلى "لقاء ثان" مع لافروف.', id="ar-short-quotation-that-is-no-name"),
    pytest.param(
        'وقال مسؤول بالخارجية أمس بخصوص زيارة كيري "ما نتطلع إليه هو الانتقال من حكم الأسد".',
        id="ar-visit-and-quoted-name",
    ),
    pytest.param(
        "حضر اللقاء نائب وزير الخارجية فيصل المقداد ومعاون الوزير أيمن سوسان.",
        id="ar-attendees-of-a-meeting-told-before",
    ),
    pytest.param(
        "Vladimir Poutine ne prévoit pas de rencontrer Recep Tayyip Erdogan, a indiqué Dmitri Peskov.",
        id="fr-negated-meeting",
    ),
    pytest.param("وأعلن بيسكوف أن الرئيس فلاديمير بوتين لا يخطط حاليا للقاء أردوغان.", id="ar-negated-meeting"),
    pytest.param(
        "Sergueï Lavrov a appelé Bachar al-Assad à se démettre de ses fonctions.", id="fr-appeler-x-a-is-a-demand"
    ),
    pytest.param("Sergueï Lavrov a appelé à une rencontre avec John Kerry.", id="fr-appeler-a-is-a-demand"),
    pytest.param(
        "Recep Tayyip Erdogan a émis l'idée d'un sommet de la paix avec Bachar al-Assad, soutenu par Vladimir Poutine.",
        id="fr-the-idea-of-a-summit",
    ),
    pytest.param(
        "Paul Kagame a ouvert la voie à une rencontre avec le président Félix Tshisekedi.", id="fr-opened-the-way"
    ),
    pytest.param(
        "Il a été convenu que Paul Kagame accepterait de rencontrer Félix Tshisekedi à une date à fixer.",
        id="fr-would-accept-to-meet",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Sergueï Lavrov a rencontré John Kerry et a décidé de poursuivre le dialogue",
            {("john-kerry", "sergei-lavrov")},
            id="fr-a-decision-after-the-meeting-is-about-something-else",
        ),
        pytest.param(
            "Rex Tillerson reçu au Kremlin par Vladimir Poutine après un entretien tendu avec Sergueï Lavrov",
            {("rex-tillerson", "vladimir-putin"), ("rex-tillerson", "sergei-lavrov")},
            id="fr-subject-meets-each-object",
        ),
        pytest.param(
            "يلتقي الممثل الخاص المشترك للأمم المتحدة والجامعة العربية الأخضر الإبراهيمي نائب وزيرة الخارجية "
            "الأميركية ويليام بيرنز ونائب وزير الخارجية الروسي ميخائيل بوغدانوف.",
            {("lakhdar-brahimi", "mikhail-bogdanov", "william-burns")},
            id="ar-list-of-participants-goes-on-past-the-window",
        ),
        pytest.param(
            "Emmanuel Macron a reçu vendredi à l'Elysée, pour un long entretien consacré à la Syrie et à "
            "l'Ukraine, Sergueï Lavrov et le chef d'état-major des armées russes Valeri Guerassimov.",
            {("emmanuel-macron", "sergei-lavrov", "valery-gerasimov")},
            id="fr-list-of-participants-goes-on-past-the-window",
        ),
        pytest.param(
            "Le vice-premier ministre, ministre des Affaires étrangères et des expatriés Walid al-Mouallem et ses deux "
            "homologues, l'iranien Mohammad Javad Zarif et l'irakien Ibrahim al-Jaafari ont discuté aujourd'hui lors "
            "d'une réunion tripartite tenue à Téhéran des derniers développements.",
            {("ibrahim-al-jaafari", "mohammad-javad-zarif", "walid-muallem")},
            id="fr-list-of-participants-starts-before-the-window",
        ),
        pytest.param(
            "Le ministre des Affaires étrangères, Mevlüt Cavusoglu et son homologue russe, Sergueï Lavrov, ont eu "
            "ce samedi 14 octobre 2017, une longue conversation téléphonique sur la situation à Idleb.",
            {("mevlut-cavusoglu", "sergei-lavrov")},
            id="fr-subject-list-starts-before-the-window-of-its-one-person",
        ),
        pytest.param(
            "استقبل نائب رئيس مجلس الوزراء وزير الخارجية والمغتربين وليد المعلم، اليوم الثلاثاء 4 تشرين الأول "
            "(أكتوبر) 2016، المبعوث الأممي إلى سوريا ستافان دي ميستورا.",
            {("staffan-de-mistura", "walid-muallem")},
            id="ar-a-date-between-the-people-puts-them-no-further-apart",
        ),
        pytest.param(
            "بدأ وزير الخارجية الأمريكي جون كيري ونظيره الروسي سيرجي لافروف محادثاتهما، اليوم الجمعة، في فيينا حول "
            "النزاع في سوريا، حيث تشن روسيا حملة من الغارات والقصف دعما للرئيس بشار الأسد.",
            {("john-kerry", "sergei-lavrov")},
            id="ar-a-date-brings-no-third-person-to-a-pair",
        ),
        pytest.param(
            "بحث وزير الخارجية التركي مولود جاويش أوغلو، في اتصال هاتفي أمس مع نظيريه الإيراني محمد جواد ظريف "
            "والروسي سيرغي لافروف، التطورات في سوريا.",
            # One call each: a telephone call is between two.
            {("mevlut-cavusoglu", "mohammad-javad-zarif"), ("mevlut-cavusoglu", "sergei-lavrov")},
            id="ar-a-meeting-word-after-fi-tells-how-the-meeting-was-held",
        ),
        pytest.param(
            "بحث وزير الخارجية التركي مولود جاويش أوغلو، في اتصالين هاتفيين منفصلين أمس مع نظيريه الإيراني محمد "
            "جواد ظريف والروسي سيرغي لافروف، التطورات في سوريا.",
            {("mevlut-cavusoglu", "mohammad-javad-zarif"), ("mevlut-cavusoglu", "sergei-lavrov")},
            id="ar-separate-calls-with-each",
        ),
        pytest.param(
            "وسبق القمة لقاءان تمهيديان منفصلان جمعا الرئيس حسن روحاني مع كل من فلاديمير بوتين ورجب طيب أردوغان.",
            {("hassan-rouhani", "vladimir-putin"), ("hassan-rouhani", "recep-tayyip-erdogan")},
            id="ar-two-separate-meetings-in-the-dual",
        ),
        pytest.param(
            "Sergueï Lavrov a eu des entretiens séparés avec John Kerry et Mohammad Javad Zarif.",
            {("john-kerry", "sergei-lavrov"), ("mohammad-javad-zarif", "sergei-lavrov")},
            id="fr-separate-meetings-with-each",
        ),
        pytest.param(
            "أجرى المبعوث الأممي إلى اليمن مارتن غريفيث والمبعوث الأميركي إلى اليمن تيم ليندركنغ مباحثات منفصلة "
            "مع وزير الخارجية اليمني أحمد عوض بن مبارك، في الرياض أمس.",
            {("ahmed-awad-bin-mubarak", "martin-griffiths"), ("ahmed-awad-bin-mubarak", "tim-lenderking")},
            id="ar-two-subjects-each-met-the-one-after-apart",
        ),
        pytest.param(
            "بحث وزير الخارجية التركي مولود جاويش أوغلو، التطورات الأخيرة في سوريا، مع كل من نظيريه الأمريكي ريكس "
            "تيلرسون، والروسي سيرغي لافروف.",
            {("mevlut-cavusoglu", "rex-tillerson"), ("mevlut-cavusoglu", "sergei-lavrov")},
            id="ar-with-each-of-his-counterparts",
        ),
        pytest.param(
            "التقى وزير الخارجية الأميركي جون كيري في جدة يوم الأحد الملك السعودي سلمان بن عبدالعزيز وولي العهد "
            "محمد بن نايف، كلاً على حدة.",
            {("john-kerry", "king-salman"), ("john-kerry", "mohammed-bin-nayef")},
            id="ar-each-on-their-own",
        ),
        pytest.param(
            "Le chef de la diplomatie suisse Didier Burkhalter a rencontré tour à tour mercredi à New York, en marge "
            "de l'Assemblée de l'ONU, ses homologues russe Sergueï Lavrov et iranien Mohammad Javad Zarif.",
            {("didier-burkhalter", "sergei-lavrov"), ("didier-burkhalter", "mohammad-javad-zarif")},
            id="fr-a-list-joined-by-nationalities-met-in-turn",
        ),
        pytest.param(
            "التقى وزير الخارجية الروسي سيرغي لافروف في موسكو اليوم نظيره الأمريكي جون كيري لبحث الأزمة "
            "السورية، وقالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن اللقاء كان بناء.",
            {("john-kerry", "sergei-lavrov")},
            id="ar-and-without-a-title-ends-the-list",
        ),
        pytest.param(
            "ظريف يلتقي الأسد بعد مباحثات مع وليد المعلم في دمشق",
            {("bashar-al-assad", "mohammad-javad-zarif"), ("mohammad-javad-zarif", "walid-muallem")},
            id="ar-subject-meets-each-object",
        ),
        pytest.param(
            "وبحث لافروف مع نظيره الأمريكي جون كيري في اتصال هاتفي الوضع في سوريا.",
            {("john-kerry", "sergei-lavrov")},
            id="ar-verb-first-sentence-is-one-meeting",
        ),
        pytest.param(
            "L'appel de Donald Trump survient un jour après une rencontre entre Vladimir Poutine et Bachar al-Assad",
            {("bashar-al-assad", "vladimir-putin")},
            id="fr-rencontre-entre-names-its-participants",
        ),
        pytest.param(
            "وجاء اتصال ترامب بعد يوم من لقاء بين الرئيس فلاديمير بوتين والرئيس بشار الأسد",
            {("bashar-al-assad", "vladimir-putin")},
            id="ar-liqa-bayna-names-its-participants",
        ),
        pytest.param(
            "L'appel téléphonique de John Kerry à son homologue est intervenu avant une rencontre à Moscou de "
            "Sergueï Lavrov avec Mohammad Javad Zarif",
            {("mohammad-javad-zarif", "sergei-lavrov")},
            id="fr-one-part-names-two-another-one",
        ),
        pytest.param(
            "بحث وزير الخارجية التركي مولود جاويش أوغلو، الجمعة، مع نظيره الأمريكي مايك بومبيو، في اتصال هاتفي، "
            "آخر التطورات",
            {("mevlut-cavusoglu", "mike-pompeo")},
            id="ar-a-part-with-nobody-tells-the-same-meeting",
        ),
        pytest.param(
            "Mike Pompeo a été reçu par Sergueï Lavrov puis par Vladimir Poutine",
            {("mike-pompeo", "sergei-lavrov"), ("mike-pompeo", "vladimir-putin")},
            id="fr-received-by-one-then-the-other",
        ),
        pytest.param(
            "Le secrétaire d'État américain a été reçu par Sergueï Lavrov puis par Vladimir Poutine",
            set(),
            id="fr-the-two-hosts-did-not-meet-each-other",
        ),
        pytest.param(
            "Sergueï Lavrov s'est entretenu avec le secrétaire d'État John Kerry, ainsi qu'avec le ministre iranien "
            "des Affaires étrangères Mohammad Javad Zarif.",
            {("john-kerry", "sergei-lavrov"), ("mohammad-javad-zarif", "sergei-lavrov")},
            id="fr-with-said-again-is-another-meeting",
        ),
        pytest.param(
            "Sergueï Lavrov a rencontré John Kerry, et enfin Mohammad Javad Zarif.",
            {("john-kerry", "sergei-lavrov"), ("mohammad-javad-zarif", "sergei-lavrov")},
            id="fr-finally-is-the-last-meeting-of-a-round",
        ),
        pytest.param(
            "À Bahreïn, Antony Blinken a été reçu par le prince héritier Salman ben Hamed Al Khalifa.",
            {("antony-blinken", "salman-bin-hamad-al-khalifa")},
            id="fr-hamed-for-hamad",
        ),
        pytest.param(
            "Le diplomate français s'est entretenu avec le leader druze Walid Joumblatt, ainsi qu'avec le chef des "
            "Kataëb Samy Gemayel.",
            set(),
            id="fr-those-met-in-turn-did-not-meet-each-other",
        ),
        pytest.param(
            "كما تباحث بوريطة مع نائب الرئيس الانتقالي، الكولونيل أسيمي غويتا، وكذا مع الوزير الأول الانتقالي مختار وان.",
            {("assimi-goita", "nasser-bourita"), ("moctar-ouane", "nasser-bourita")},
            id="ar-with-said-again-is-another-meeting",
        ),
        pytest.param(
            "التقى فيدان نظيريه السعودي فيصل بن فرحان، والتونسي محمد علي النفطي، كل على حدة، ومع الممثل الأعلى "
            "للاتحاد الأوروبي للشؤون الخارجية والسياسة الأمنية جوزيب بوريل في القاهرة.",
            {
                ("faisal-bin-farhan", "hakan-fidan"),
                ("hakan-fidan", "mohamed-ali-nafti"),
                ("hakan-fidan", "josep-borrell"),
            },
            id="ar-and-with-past-the-window-is-another-meeting",
        ),
        pytest.param(
            "Khalifa Haftar et Emmanuel Macron se sont rencontrés mercredi et ont discuté des appels lancés par la "
            "France lorsque Macron a rencontré le président du Conseil présidentiel, Fayez al-Sarraj.",
            {("emmanuel-macron", "khalifa-haftar"), ("emmanuel-macron", "fayez-al-sarraj")},
            id="fr-a-clause-with-its-own-subject-tells-its-own-meeting",
        ),
        pytest.param(
            "Vladimir Poutine a reçu Recep Tayyip Erdogan, tandis que Sergueï Lavrov s'est entretenu avec "
            "Mevlüt Cavusoglu.",
            {("recep-tayyip-erdogan", "vladimir-putin"), ("mevlut-cavusoglu", "sergei-lavrov")},
            id="fr-two-clauses-two-meetings",
        ),
        pytest.param(
            "تلقى رئيس الجمهورية العماد ميشال عون، اتصالا هاتفيا من الرئيس الفرنسي ايمانويل ماكرون قبيل وصول رئيس "
            "مجلس الوزراء الرئيس سعد الحريري الى قصر الايليزيه ظهر اليوم.",
            {("emmanuel-macron", "michel-aoun")},
            id="ar-those-named-after-a-time-word-are-in-the-event-that-dates-the-call",
        ),
        pytest.param(
            "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي جون كيري في ظل عودة الرئيس الأميركي دونالد ترامب.",
            {("john-kerry", "sergei-lavrov")},
            id="ar-those-named-after-amid-are-in-the-events-the-meeting-happens-amid",
        ),
        pytest.param(
            "Sergueï Lavrov a reçu John Kerry peu avant l'arrivée de Vladimir Poutine.",
            {("john-kerry", "sergei-lavrov")},
            id="fr-those-named-after-a-time-word-are-in-the-event-that-dates-the-meeting",
        ),
        pytest.param(
            "استقبل وزير الخارجية سامح شكرى بعد عصر السبت، نظيره المغربى صلاح الدين مزوار الذي يزور القاهرة.",
            {("salaheddine-mezouar", "sameh-shoukry")},
            id="ar-a-time-word-before-a-day-is-the-meetings-time",
        ),
        pytest.param(
            "Emmanuel Macron avait déjà rencontré récemment Fayez al-Sarraj, qui a accusé Paris de soutenir Khalifa "
            "Haftar.",
            {("emmanuel-macron", "fayez-al-sarraj")},
            id="fr-those-named-in-a-relative-clause-with-no-meeting-word-are-no-party",
        ),
        pytest.param(
            "Emmanuel Macron a reçu Fayez al-Sarraj, qui avait rencontré la veille Khalifa Haftar.",
            {("emmanuel-macron", "fayez-al-sarraj"), ("fayez-al-sarraj", "khalifa-haftar")},
            id="fr-a-relative-clause-with-its-own-meeting-word",
        ),
        pytest.param(
            "التقى مايك بومبيو سيرغي لافروف ثم الرئيس فلاديمير بوتين",
            {("mike-pompeo", "sergei-lavrov"), ("mike-pompeo", "vladimir-putin")},
            id="ar-verb-first-one-then-the-other",
        ),
        pytest.param(
            "En soirée, Vladimir Poutine a reçu Mike Pompeo dans sa résidence, en présence de Sergueï Lavrov",
            {("mike-pompeo", "vladimir-putin")},
            id="fr-an-attendee-is-no-party",
        ),
        pytest.param(
            "Lors de cette visite à Damas, Xie Xiaoyan a rencontré Walid al-Mouallem, le ministre syrien des "
            "Affaires étrangères, Fayçal Megdad, son adjoint, et Ali Haidar.",
            {("walid-muallem", "xie-xiaoyan"), ("faisal-mekdad", "xie-xiaoyan"), ("ali-haidar", "xie-xiaoyan")},
            id="fr-one-person-met-three-in-turn",
        ),
        pytest.param(
            "وكان عبد اللهيان قد التقى في بيروت الأمين العام لحزب الله حسن نصر الله ورئيس مجلس النواب "
            "نبيه بري ورئيس الحكومة نجيب ميقاتي.",
            {
                ("hassan-nasrallah", "hossein-amir-abdollahian"),
                ("hossein-amir-abdollahian", "nabih-berri"),
                ("hossein-amir-abdollahian", "najib-mikati"),
            },
            id="ar-one-person-met-three-in-turn",
        ),
        pytest.param(
            "Poutine, Erdogan et Rohani se sont entretenus au téléphone lundi.",
            {("hassan-rouhani", "recep-tayyip-erdogan", "vladimir-putin")},
            id="fr-a-call-of-three-named-before-it",
        ),
        pytest.param(
            "Sergueï Lavrov a tenu une réunion tripartite avec Mevlüt Cavusoglu, Mohammad Javad Zarif et "
            "Staffan de Mistura.",
            {("mevlut-cavusoglu", "mohammad-javad-zarif", "sergei-lavrov", "staffan-de-mistura")},
            id="fr-a-joint-meeting-of-one-with-three",
        ),
        pytest.param(
            "Par ailleurs, Zarif s'était entretenu au téléphone hier avec Sigmar Gabriel, son homologue allemand, "
            "et Federica Mogherini, la haute représentante de la diplomatie de l'UE.",
            {("mohammad-javad-zarif", "sigmar-gabriel"), ("federica-mogherini", "mohammad-javad-zarif")},
            id="fr-a-call-with-two-is-a-call-with-each",
        ),
        pytest.param(
            "وتلقى وزير الخارجية سامح شكري اتصالا هاتفيا من نظيريه الروسي سيرغي لافروف والأمريكي جون كيري",
            {("sameh-shoukry", "sergei-lavrov"), ("john-kerry", "sameh-shoukry")},
            id="ar-a-call-with-two-is-a-call-with-each",
        ),
        pytest.param(
            "واستقبل الرئيس بشار الأسد المبعوث الأممي ستافان دي ميستورا بحضور وزير الخارجية وليد المعلم",
            {("bashar-al-assad", "staffan-de-mistura")},
            id="ar-an-attendee-is-no-party",
        ),
        pytest.param(
            "وعقد لافروف اجتماعا مع وزراء الخارجية العرب بحضور الأمين العام للجامعة العربية نبيل العربي",
            {("nabil-elaraby", "sergei-lavrov")},
            id="ar-the-attendee-is-the-one-named-party",
        ),
        pytest.param(
            "استقبل وزير الخارجية وليد المعلم اليوم المبعوث الأممي “غير بيدرسون” في دمشق",
            {("geir-pedersen", "walid-muallem")},
            id="ar-quoted-name-is-no-quotation",
        ),
        pytest.param(
            "وأعربت ماريا زاخاروفا عن دهشتها من إعلانه عن المكالمة الهاتفية التي جرت يوم الخميس بين كيري ولافروف",
            {("john-kerry", "sergei-lavrov")},
            id="ar-bayna-a-few-words-after-the-trigger",
        ),
        pytest.param(
            "وتأتي زيارة جبران باسيل بعد أقل من شهر على القمة التي جمعت الرئيسين الأميركي دونالد ترامب والروسي "
            "فلاديمير بوتين في هلسنكي.",
            {("donald-trump", "vladimir-putin")},
            id="ar-a-gathering-clause-names-exactly-the-participants",
        ),
        pytest.param(
            "Le Drian a informé Khemaies Jhinaoui du déroulement de la rencontre qui a uni le 25 juillet à Paris "
            "Fayez el-Sarraj et Khalifa Haftar.",
            {("fayez-al-sarraj", "khalifa-haftar")},
            id="fr-a-gathering-clause-names-exactly-the-participants",
        ),
        pytest.param(
            "أعلن وزير الخارجية الروسي، سيرغي لافروف، أن المبعوث الأممي ستافان دي ميستورا عقد اجتماعا اليوم "
            "بوزير الدفاع الروسي سيرغي شويغو",
            {("sergei-shoigu", "staffan-de-mistura")},
            id="ar-the-speaker-before-an-is-no-party",
        ),
        pytest.param(
            "Le porte-parole Dmitri Peskov a indiqué que Vladimir Poutine a reçu Recep Tayyip Erdogan au Kremlin",
            {("recep-tayyip-erdogan", "vladimir-putin")},
            id="fr-the-speaker-before-que-is-no-party",
        ),
        pytest.param(
            "لافروف: دي ميستورا يجتمع بشويغو",
            {("sergei-shoigu", "staffan-de-mistura")},
            id="ar-the-speaker-before-a-colon-is-no-party",
        ),
        pytest.param(
            "Sergueï Lavrov ainsi que John Kerry ont rencontré Mohammad Javad Zarif à Vienne",
            {("john-kerry", "mohammad-javad-zarif", "sergei-lavrov")},
            id="fr-ainsi-que-is-no-speech",
        ),
        pytest.param(
            "Sergueï Lavrov et John Kerry ont eu une rencontre entre deux séances de la conférence",
            {("john-kerry", "sergei-lavrov")},
            id="fr-entre-without-people-after-it",
        ),
        pytest.param(
            "Michel Aoun rencontre Antonio Guterres ; Saad Hariri à Riyad",
            {("antonio-guterres", "michel-aoun")},
            id="fr-a-semicolon-ends-the-meetings-clause",
        ),
        pytest.param(
            "استقبل الرئيس ميشال عون الأمين العام أنطونيو غوتيريش؛ وسعد الحريري في الرياض",
            {("antonio-guterres", "michel-aoun")},
            id="ar-a-semicolon-ends-the-meetings-clause",
        ),
        pytest.param(
            "Najib Mikati a rencontré Antony Blinken à New York, en présence de Victoria Nuland et du médiateur "
            "américain en charge des négociations sur la frontière maritime, Amos Hochstein",
            {("antony-blinken", "najib-mikati")},
            id="fr-a-meeting-word-in-a-title-is-no-meeting",
        ),
        pytest.param(
            "بدأ وزير الخارجية الأمريكي جون كيري، ونظيره الروسي سيرجي لافروف محادثاتهما، اليوم، في فيينا، حيث تشن "
            "روسيا حملة دعما للرئيس بشار الأسد",
            {("john-kerry", "sergei-lavrov")},
            id="ar-a-relative-clause-after-the-meeting-tells-another-event",
        ),
        pytest.param(
            "Le ministre russe des Affaires étrangères Sergueï Lavrov a déclaré lundi à Paris que l'organisation d'une "
            'conférence sur la paix en Syrie ne serait pas une "mince affaire" après des discussions avec son homologue '
            "américain John Kerry",
            {("john-kerry", "sergei-lavrov")},
            id="fr-a-time-word-before-the-meeting-word-cuts-no-one",
        ),
        pytest.param(
            "Lors de rencontres avec le président Joseph Aoun, le Premier ministre Nawaf Salam et le président de la "
            "Chambre Nabih Berry, Le Drian a réaffirmé le plein soutien de la France.",
            {
                ("jean-yves-le-drian", "joseph-aoun"),
                ("jean-yves-le-drian", "nawaf-salam"),
                ("jean-yves-le-drian", "nabih-berri"),
            },
            id="fr-a-sentence-opening-with-its-meetings-names-their-subject-after-those-met",
        ),
        pytest.param(
            "وخلال لقاءاته مع الرئيس اللبناني جوزيف عون ورئيس الحكومة نواف سلام ورئيس مجلس النواب نبيه بري، أكد "
            "جان إيف لودريان دعم فرنسا الكامل للبنان.",
            {
                ("jean-yves-le-drian", "joseph-aoun"),
                ("jean-yves-le-drian", "nawaf-salam"),
                ("jean-yves-le-drian", "nabih-berri"),
            },
            id="ar-a-sentence-opening-with-its-meetings-names-their-subject-after-those-met",
        ),
        pytest.param(
            "Jean-Yves Le Drian a réaffirmé le plein soutien de la France lors de rencontres avec le président Joseph "
            "Aoun, le Premier ministre Nawaf Salam et le président de la Chambre Nabih Berry, alors que Sergueï Lavrov "
            "était à Moscou.",
            {
                ("jean-yves-le-drian", "joseph-aoun"),
                ("jean-yves-le-drian", "nawaf-salam"),
                ("jean-yves-le-drian", "nabih-berri"),
            },
            id="fr-a-sentence-not-opening-with-its-meeting-keeps-its-subject",
        ),
        pytest.param(
            "(Berlin) Le premier ministre Justin Trudeau a eu une conversation mercredi avec le président de "
            "l'Ukraine, Volodymyr Zelensky, juste avant sa rencontre à Berlin avec le chancelier Olaf Scholz",
            {("justin-trudeau", "volodymyr-zelensky"), ("justin-trudeau", "olaf-scholz")},
            id="fr-a-conversation-with-then-his-meeting-with",
        ),
        pytest.param(
            "Nasser Bourita s'est entretenu avec la Haute-Représentante de l'Union Européenne pour les Affaires "
            "étrangères et la politique de sécurité, Federica Mogherini, ainsi qu'avec le ministre japonais des "
            "Affaires étrangères, Taro Kono",
            {("federica-mogherini", "nasser-bourita"), ("nasser-bourita", "taro-kono")},
            id="fr-long-titles-of-the-eu-and-of-a-nationality-count-as-titles",
        ),
        pytest.param(
            'التقى وزير الخارجية التركي مولود جاويش أوغلو مع كلا من نظيريه الروسي "سيرغي لافروف"، والأمريكي "جون كيري"، '
            "بالعاصمة الماليزية كوالالمبور",
            {("mevlut-cavusoglu", "sergei-lavrov"), ("john-kerry", "mevlut-cavusoglu")},
            id="ar-with-each-of-in-the-accusative",
        ),
        pytest.param(
            "وكان غريفيث وصل الرياض، وعقد مارتن غريفيث سلسلة مباحثات في الرياض مع الرئيس اليمني عبد ربه منصور هادي، "
            "ورئيس الحكومة معين عبد الملك",
            {("abdrabbuh-mansur-hadi", "martin-griffiths"), ("maeen-abdulmalik", "martin-griffiths")},
            id="ar-a-series-of-talks-with-each",
        ),
        pytest.param(
            "Sergueï Lavrov a eu une série d'entretiens avec John Kerry et Mohammad Javad Zarif",
            {("john-kerry", "sergei-lavrov"), ("mohammad-javad-zarif", "sergei-lavrov")},
            id="fr-a-series-of-talks-with-each",
        ),
        pytest.param(
            "Charles Michel s’est entretenu au préalable, de manière séparée, avec le président azerbaïdjanais Ilham "
            "Aliev et Nikol Pachinian",
            {("charles-michel", "ilham-aliyev"), ("charles-michel", "nikol-pashinyan")},
            id="fr-talks-held-apart",
        ),
        # The kind stays the later word's (a summit): it may tell the manner ("… avec Y par téléphone").
        pytest.param(
            "بحث وزير الخارجية الإيراني محمد جواد ظريف مع نظيره السوري وليد المعلم التسوية السورية والقمة الثلاثية "
            "المقبلة",
            {("mohammad-javad-zarif", "walid-muallem")},
            id="ar-the-next-summit-is-another-event",
        ),
        pytest.param(
            "Sergueï Lavrov a rencontré John Kerry avant le sommet de la semaine prochaine",
            {("john-kerry", "sergei-lavrov")},
            id="fr-the-next-summit-is-another-event",
        ),
        # A list goes on past the window at a comma as at "et": someone unknown first pushes the rest out.
        pytest.param(
            "Selon la présidence turque, Erdogan s’est entretenu avec le Premier ministre canadien Mark Carney, la "
            "présidente de la Commission européenne Ursula von der Leyen, le Premier ministre éthiopien Abiy Ahmed Ali "
            "et le président angolais Joao Lourenço",
            {
                ("recep-tayyip-erdogan", "ursula-von-der-leyen"),
                ("abiy-ahmed", "recep-tayyip-erdogan"),
                ("joao-lourenco", "recep-tayyip-erdogan"),
            },
            id="fr-a-list-goes-on-at-a-comma",
        ),
        pytest.param(
            "Sergueï Lavrov a reçu dans la soirée de mardi au ministère des Affaires étrangères à Moscou le secrétaire "
            "d'Etat américain John Kerry, selon la porte-parole de la diplomatie russe Maria Zakharova",
            {("john-kerry", "sergei-lavrov")},
            id="fr-not-at-a-comma-before-a-source",
        ),
        pytest.param(
            "La rencontre entre Kagame et Lourenço intervient deux semaines après la visite de Félix Tshisekedi à Luanda",
            {("joao-lourenco", "paul-kagame")},
            id="fr-the-pair-after-entre-not-a-person-named-further-on",
        ),
        pytest.param(
            "Une rencontre entre le président russe Vladimir Poutine et son homologue turc Recep Tayyip Erdogan "
            "a eu lieu à Sotchi",
            {("recep-tayyip-erdogan", "vladimir-putin")},
            id="fr-the-pair-after-entre-with-their-titles",
        ),
        pytest.param(
            "Le président de la République du Rwanda, Paul Kagame, a été accueilli ce lundi 11 mars 2024 à Luanda par "
            "son homologue Angolais João Lorenço",
            {("joao-lourenco", "paul-kagame")},
            id="fr-a-frequent-misspelling-of-lourenco",
        ),
        # "chez" between two people: each visit is its own two.
        pytest.param(
            "Didier Reynders chez Lavrov après Charles Michel chez Poutine : les relations se réchauffent.",
            {("didier-reynders", "sergei-lavrov"), ("charles-michel", "vladimir-putin")},
            id="fr-one-chez-the-other-twice",
        ),
    ],
)
def test_one_sentence_several_meetings(sentence: str, expected: set, data) -> None:
    article = _in_article(f"{sentence}.", data)
    assert {m.participants for m in article.mentions} == expected


DAYS = [
    pytest.param(
        "نشر في: 09/02/2018\nبحث الرئيس رجب طيب أردوغان ونظيره بشار الأسد خلال اتصال هاتفي، اليوم الخميس، التطورات.",
        dt.date(2018, 2, 8),
        id="ar-today-thursday-on-a-page-stamped-friday",
    ),
    pytest.param(
        "Publié le 14/05/2019\nEn soirée, Vladimir Poutine a reçu Mike Pompeo dans sa résidence de Sotchi.",
        dt.date(2019, 5, 14),
        id="fr-in-the-evening-is-the-articles-day",
    ),
    pytest.param(
        "نشر في: 20/08/2018\nوكان جبران باسيل التقى صباحاً نائب وزير الخارجية الروسي ميخائيل بوغدانوف.",
        dt.date(2018, 8, 20),
        id="ar-in-the-morning-is-the-articles-day",
    ),
    pytest.param(
        "Publié le 28 octobre 2015\nLaurent Fabius a reçu, mardi 27 octobre, Sergueï Lavrov au Quai d'Orsay.",
        dt.date(2015, 10, 27),
        id="fr-day-and-month-in-the-articles-year",
    ),
    pytest.param(
        "نشر في: 15/02/2019\nعقد بوتين وأردوغان قمة في سوتشي في 14 من شباط.",
        dt.date(2019, 2, 14),
        id="ar-day-min-month-in-the-articles-year",
    ),
    pytest.param(
        "Publié le 17/08/2015\nZarif s'est entretenu lundi à Moscou avec Lavrov.",
        dt.date(2015, 8, 17),
        id="fr-weekday-of-the-dispatch",
    ),
    pytest.param(
        "نشر في: 21.12.2018\nبحث جاويش أوغلو، الجمعة، مع نظيره مايك بومبيو في اتصال هاتفي.",
        dt.date(2018, 12, 21),
        id="ar-weekday-of-the-dispatch",
    ),
    pytest.param(
        "نشر في: 21.12.2018\nالتقى جاويش أوغلو بومبيو الأربعاء في أنقرة.",
        dt.date(2018, 12, 19),
        id="ar-wednesday-in-a-friday-dispatch",
    ),
    pytest.param(
        "Publié le 10/09/2016\nJohn Kerry et Sergueï Lavrov se sont entretenus vendredi à Genève.",
        dt.date(2016, 9, 9),
        id="fr-friday-in-a-saturday-dispatch",
    ),
    pytest.param(
        "Zarif s'est entretenu lundi à Moscou avec Lavrov.",
        None,
        id="fr-weekday-without-a-dated-article-is-unknown",
    ),
    pytest.param(
        "نشر في: 16.07.2018\nوكان بوتين قد استقبل في موسكو، الأربعاء الماضي، رئيس الوزراء الإسرائيلي بنيامين نتنياهو.",
        dt.date(2018, 7, 11),
        id="ar-last-wednesday",
    ),
    pytest.param(
        "Publié le 17/08/2015\nZarif s'était entretenu lundi dernier à Moscou avec Lavrov.",
        dt.date(2015, 8, 10),
        id="fr-last-monday-in-a-monday-dispatch",
    ),
    pytest.param(
        "كما عقد ظريف جلسة مباحثات مع نظيره السوري وليد المعلم تناولت عمل اللجنة الدستورية ومسار أستانا، "
        "وهي الزيارة الأولى لظريف إلى دمشق منذ زيارة المعلم إلى طهران في 2 تشرين الأول 2018.",
        None,
        id="ar-date-far-from-the-meeting",
    ),
    pytest.param(
        "Publié le 17/09/2018\nPoutine et Erdogan ont tenu des pourparlers et fixé une zone démilitarisée d'ici le 15 octobre.",
        None,
        id="fr-deadline-is-not-the-meeting-day",
    ),
    pytest.param(
        "نشر في: 17.10.2019\nأجرى ترامب اتصالا هاتفيا مع أردوغان في السادس من تشرين الأول الجاري.",
        dt.date(2019, 10, 6),
        id="ar-ordinal-day-of-a-named-month",
    ),
    pytest.param(
        "التقى الأسد لافرنتييف في السابع عشر من أيار 2018 في سوتشي.",
        dt.date(2018, 5, 17),
        id="ar-ordinal-day-with-year-in-an-undated-article",
    ),
    pytest.param(
        "نشر في: 10.02.2019\nاستقبل لافروف بومبيو في الخامس والعشرين من الشهر الماضي.",
        dt.date(2019, 1, 25),
        id="ar-ordinal-day-of-last-month",
    ),
    pytest.param(
        "نشر في: 02.07.2018\nوكان الملك عبدالله الثاني قد التقى الرئيس الأميركي دونالد ترامب في البيت الأبيض، "
        "في الخامس والعشرين من الشهر الماضي.",
        dt.date(2018, 6, 25),
        id="ar-date-starting-in-the-window-is-read-whole",
    ),
    pytest.param(
        "نشر في: 10.02.2019\nالتقى لافروف بومبيو في الثاني عشر من تشرين الأول.",
        None,
        id="ar-ordinal-day-far-from-the-article-is-unknown",
    ),
]


STORY = [
    pytest.param(
        "Publié le 15/01/2019\nGeir Pedersen est arrivé mardi à Damas pour sa première visite.\n"
        "M. Pedersen a rencontré Walid Moallem, selon l'agence Sana.",
        ("damascus", dt.date(2019, 1, 15)),
        id="fr-the-trip-told-before-gives-day-and-place",
    ),
    pytest.param(
        "Publié le 15/01/2019\nGeir Pedersen se rendra à Moscou la semaine prochaine.\n"
        "M. Pedersen a rencontré Walid Moallem, selon l'agence Sana.",
        (None, None),
        id="fr-a-coming-trip-gives-nothing",
    ),
    pytest.param(
        "Publié le 15/01/2019\nL'Iran a dénoncé mardi à Genève les frappes américaines.\n"
        "M. Pedersen a rencontré Walid Moallem, selon l'agence Sana.",
        (None, None),
        id="fr-a-sentence-without-the-participants-gives-nothing",
    ),
]


@pytest.mark.parametrize(("text", "expected"), STORY)
def test_a_meeting_takes_day_and_place_from_the_trip_told_before(text: str, expected: tuple, data) -> None:
    (mention,) = _in_article(text, data).mentions
    assert (mention.place, mention.date) == expected


COMING = [
    pytest.param(
        "نشر في: 20.11.2013\nوالتي سينعقد خلالها لقاء رفيع المستوى بين الملك محمد السادس والرئيس الأمريكي باراك أوباما.",
        id="ar-will-be-held",
    ),
    pytest.param(
        "Publié le 17/08/2022\nAntonio Guterres doit discuter jeudi avec Recep Tayyip Erdogan à Lviv.",
        id="fr-a-modal-before-the-infinitive",
    ),
    pytest.param(
        "نشر في: 21.12.2018\nهذا ومن المقرر أن يجري رئيس هيئة الطاقة الذرية الإيرانية علي أكبر صالحي ووزير الطاقة "
        "الأمريكي إرنست مونيز محادثات ثنائية في مدينة لوزان السويسرية.",
        id="ar-it-is-planned-that-far-from-the-meeting-word",
    ),
    pytest.param(
        "Publié le 17/08/2015\nIl est prévu que Vladimir Poutine et Recep Tayyip Erdogan aient des entretiens à Sotchi.",
        id="fr-it-is-planned-that",
    ),
    pytest.param(
        "Publié le 13/06/2018\nVladimir Poutine ira à la rencontre de Mohammed ben Salman à Moscou à l'occasion du match.",
        id="fr-will-go-to-meet",
    ),
    pytest.param(
        "Publié le 13/06/2018\nLa rencontre prévue mardi entre Sergueï Lavrov et John Kerry à Genève.",
        id="fr-the-meeting-planned-for-tuesday",
    ),
    pytest.param(
        "نشر في: 21.06.2018\nناقش الوزيران التحضيرات لقمة هلسنكي المقررة يوم 16 يوليو الجاري بين الرئيسين الروسي "
        "فلاديمير بوتين والأمريكي دونالد ترامب.",
        id="ar-the-scheduled-summit",
    ),
    pytest.param(
        "نشر في: 21.12.2018\nالمبعوث الأممي مارتن غريفيث يغادر صنعاء متوجهاً إلى الرياض للقاء الرئيس عبد ربه منصور هادي.",
        id="ar-on-his-way-to-meet",
    ),
    pytest.param(
        "Publié le 08/03/2022\nLe ministre russe Sergueï Lavrov et son homologue ukrainien Dmytro Kuleba ont convenu de se "
        "rencontrer le 10 mars.",
        id="fr-agreed-to-meet",
    ),
    pytest.param(
        "Publié le 08/03/2022\nSergueï Lavrov et John Kerry ont décidé de tenir une réunion à Genève.",
        id="fr-decided-to-hold-a-meeting",
    ),
    pytest.param(
        "نشر في: 21.12.2018\nوصل مايك بومبيو الخرطوم وينتظر أن يلتقي رئيس مجلس السيادة عبد الفتاح البرهان.",
        id="ar-he-is-awaited-to-meet",
    ),
    pytest.param("Publié le 17/08/2015\nZarif rencontrera Lavrov lundi prochain à Moscou.", id="fr-next-monday"),
    pytest.param(
        "Publié le 17/08/2015\nZarif a un entretien avec Lavrov à Moscou en mars prochain.", id="fr-next-march"
    ),
    pytest.param(
        "Publié le 17/08/2015\nZarif a évoqué à Moscou la prochaine rencontre avec Lavrov.",
        id="fr-the-next-meeting",
    ),
    pytest.param(
        "Publié le 12/04/2017\nSergueï Lavrov sera reçu à Washington par Rex Tillerson la semaine prochaine.",
        id="fr-next-week",
    ),
    pytest.param(
        "نشر في: 21.12.2018\nيلتقي لافروف نظيره الأميركي مايك بومبيو الأسبوع المقبل في موسكو.", id="ar-next-week"
    ),
    pytest.param("نشر في: 21.12.2018\nومن المقرر أن يلتقي لافروف بومبيو في موسكو.", id="ar-scheduled"),
    pytest.param(
        "Publié le 17/08/2015\nDmytro Kouleba devrait également rencontrer le président Volodymyr Zelensky.",
        id="fr-a-modal-and-an-adverb-before-the-verb",
    ),
    pytest.param(
        "نشر في: 21.12.2018\nوقالت المتحدثة إن «الوزير سيسافر إلى المكسيك، ونتوقع أن يلتقي مع الرئيس بينيا نييتو، "
        "والرئيس المنتخب لوبيز أوبرادور».",
        id="ar-we-expect",
    ),
    pytest.param(
        "Publié le 17/08/2015\nMohammad Javad Zarif rencontrera Sergueï Lavrov à Moscou.", id="fr-future-tense"
    ),
    pytest.param("نشر في: 21.12.2018\nوسيلتقي لافروف نظيره الأميركي مايك بومبيو في موسكو.", id="ar-future-tense"),
    pytest.param(
        "نشر في: 21.12.2018\nوقال إن دي ميستورا سيصل دمشق وسط توقعات بأن يلتقي الرئيس بشار الأسد.",
        id="ar-expected-to-meet",
    ),
    pytest.param(
        "نشر في: 21.12.2018\nوسيلتقي كيري أيضا الرئيس الروسي فلاديمير بوتين في الكرملين مساء غد.",
        id="ar-tomorrow-evening",
    ),
    pytest.param("نشر في: 21.12.2018\nوذلك قبيل ساعات من لقاء مرتقب بين لافروف وكيري.", id="ar-anticipated"),
    pytest.param("Publié le 17/08/2015\nUne rencontre entre Zarif et Lavrov aura lieu prochainement.", id="fr-soon"),
    pytest.param(
        "Publié le 23/01/2018\nDonald Trump doit s'entretenir mercredi par téléphone avec le président Erdogan.",
        id="fr-is-to-talk",
    ),
    pytest.param(
        "الأحد 2019/05/12\nيتوجه مايك بومبيو إلى روسيا حيث يلتقي الثلاثاء الرئيس الروسي فلاديمير بوتين في سوتشي.",
        id="ar-present-tense-with-a-day-to-come",
    ),
    pytest.param(
        "Publié le lundi 10 avril 2017\nSergueï Lavrov reçoit jeudi son homologue syrien Walid Mouallem.",
        id="fr-present-tense-with-a-day-to-come",
    ),
    pytest.param(
        "Publié le 17/01/2016\nMme Merkel devait d'abord avoir un entretien avec le Premier ministre Ahmet Davutoglu, "
        "puis rencontrer le président Recep Tayyip Erdogan.",
        id="fr-was-to-meet",
    ),
    pytest.param(
        "Publié le 19/11/2015\nFrançois Hollande avait annoncé lundi devant le Parlement réuni en Congrès qu'il "
        "rencontrerait Barack Obama à Washington.",
        id="fr-conditional-would-meet",
    ),
    pytest.param(
        "الخميس، 12 سبتمبر 2013\nأعلنت الناطقة باسم الأخضر الإبراهيمي اعتزام الأخير عقد لقاءين منفصلين مع وزيري "
        "الخارجية الأمريكي جون كيري والروسي سيرجي لافروف.",
        id="ar-intention-to-hold",
    ),
    pytest.param(
        "الخميس، 12 سبتمبر 2013\nوأضافت أن محادثات الأخضر الإبراهيمي مع جون كيري وسيرجي لافروف ستتركز على عقد المؤتمر.",
        id="ar-talks-will-focus-on",
    ),
    pytest.param(
        "Publié le 17/08/2015\nLe dossier sera discuté avec Joe Biden, a rappelé Mohamed Chia al-Soudani.",
        id="fr-will-be-discussed-with",
    ),
    pytest.param(
        "Publié le 17/08/2015\nLa rencontre de Mohamed Chia al-Soudani avec le président Joe Biden abordera la "
        "situation régionale.",
        id="fr-the-meeting-will-take-up",
    ),
    pytest.param(
        "Le ministre russe des Affaires étrangères, Sergueï Lavrov, se rendra mardi en Syrie pour y rencontrer le "
        "président Bachar al Assad, rapportent samedi les agences.",
        id="fr-will-travel-to-meet",
    ),
    pytest.param(
        "الخميس، 12 سبتمبر 2013\nسيتوجه وزير الخارجية الروسي سيرغي لافروف إلى دمشق حيث يلتقي الرئيس بشار الأسد.",
        id="ar-will-travel-to-meet",
    ),
    pytest.param(
        "Mercredi 12 octobre 2016\nLa diplomatie russe a annoncé qu'une rencontre sur la Syrie se tiendra à "
        "Lausanne, avec Sergueï Lavrov et John Kerry.",
        id="fr-will-be-held",
    ),
    pytest.param(
        "Mardi 12 juin 2012\nLe ministère a révélé que John Baird avait décidé de téléphoner à son homologue russe, "
        "Sergueï Lavrov, à ce sujet après avoir rencontré l'ambassadeur de la Russie au Canada.",
        id="fr-decided-to-call",
    ),
    pytest.param(
        "الجمعة 17 نوفمبر 2017\nقال سيرغي لافروف إن اجتماعه بنظيريه، التركي مولود جاويش أوغلو، والإيراني محمد جواد "
        "ظريف، نهاية الأسبوع الجاري، تحضير للقمة.",
        id="ar-at-the-end-of-this-week",
    ),
    pytest.param(
        "نشر في: 21.12.2018\nوسوف يبدأ لودريان جولته بلقاء رئيس مجلس النواب نبيه بري في بيروت.", id="ar-sawfa"
    ),
    pytest.param(
        "Aucune rencontre entre Sergueï Lavrov et John Kerry n'est prévue à Genève.", id="fr-aucune-rencontre"
    ),
    pytest.param("Si Lavrov rencontre Kerry à Genève, un accord sera possible.", id="fr-if"),
    pytest.param("Lavrov pourrait rencontrer Kerry à Genève.", id="fr-could"),
    pytest.param(
        "نشر في: 27.10.2018\nومن المقرر أن يلتقي الرئيس التركي رجب طيب أردوغان، والروسي فلاديمير بوتين، في "
        "إسطنبول، اليوم السبت، لبحث آخر التطورات بشأن سورية.",
        id="ar-planned-then-a-second-meeting-word",
    ),
    pytest.param("Sergueï Lavrov doit se rendre lundi à Washington pour rencontrer John Kerry.", id="fr-is-to-travel"),
    pytest.param(
        "L'échange téléphonique a eu lieu alors que le Premier ministre russe Dmitri Medvedev doit se rendre lundi "
        "24 juin en France pour rencontre son homologue français Edouard Philippe.",
        id="fr-is-to-travel-after-a-call-word",
    ),
    pytest.param("Une rencontre entre Lavrov et Kerry est envisagée à Genève.", id="fr-considered"),
    pytest.param("Une éventuelle rencontre entre Poutine et Erdogan.", id="fr-possible"),
    pytest.param("نشر في: 21.12.2018\nقد يلتقي لافروف كيري في جنيف.", id="ar-may-meet"),
    pytest.param("نشر في: 21.12.2018\nمن المحتمل أن يلتقي لافروف كيري في جنيف.", id="ar-likely-to-meet"),
    pytest.param("نشر في: 21.12.2018\nلقاء محتمل بين بوتين وأردوغان.", id="ar-a-possible-meeting"),
    pytest.param(
        "Une rencontre entre Sergueï Lavrov et John Kerry n'est pas prévue à ce stade.",
        id="fr-not-planned-is-no-meeting",
    ),
    pytest.param(
        "نشر في: 21.12.2018\nوأعلنت الخارجية أنه من غير المخطط بعد عقد لقاء بومبيو ونظيره الروسي سيرجي لافروف.",
        id="ar-not-planned-is-no-meeting",
    ),
]


@pytest.mark.parametrize("text", COMING)
def test_coming_meetings_are_not_recorded(text: str, data) -> None:
    assert _in_article(text, data).mentions == ()


def test_next_before_another_noun_leaves_the_meeting(data) -> None:
    # "prochains" is the coming contacts', not the call's.
    text = (
        "Publié le 03/09/2022\nSergueï Lavrov a évoqué ce samedi, lors d'un entretien téléphonique avec son homologue "
        "iranien Hossein Amir-Abdollahian, le programme des prochains contacts entre les deux pays."
    )
    assert [(m.participants, m.kind) for m in _in_article(text, data).mentions] == [
        (("hossein-amir-abdollahian", "sergei-lavrov"), "phone")
    ]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        pytest.param(
            "Publié le 17/08/2015\nMohammad Javad Zarif rencontrera Sergueï Lavrov ce soir à Moscou.",
            dt.date(2015, 8, 17),
            id="fr-future-tense-tonight",
        ),
        pytest.param(
            "نشر في: 21.12.2018\nوسيلتقي لافروف نظيره الأميركي مايك بومبيو مساء اليوم في موسكو.",
            dt.date(2018, 12, 21),
            id="ar-future-tense-this-evening",
        ),
    ],
)
def test_a_meeting_later_today_is_recorded_on_the_day(text: str, day: dt.date, data) -> None:
    (mention,) = _in_article(text, data).mentions
    assert mention.date == day


@pytest.mark.parametrize(
    ("text", "people"),
    [
        pytest.param(
            "وصل وزير الخارجية الأمريكي جون كيري إلى جدة.\nوعقب وصوله، عقد وزير الخارجية السعودي عادل بن أحمد "
            "الجبير، ونظيره الأمريكي اجتماعا ثنائيا.",
            ("adel-al-jubeir", "john-kerry"),
            id="ar-counterpart-of-the-nationality-after-it",
        ),
        pytest.param(
            "أعلن الرئيس فلاديمير بوتين والرئيس رجب طيب أردوغان أن قمة ستعقد.\nوبحث الرئيس الروسي خلال اتصال "
            "هاتفي مع نظيره التركي الوضع في سوريا.",
            ("recep-tayyip-erdogan", "vladimir-putin"),
            id="ar-office-and-counterpart",
        ),
        pytest.param(
            "Vladimir Poutine a parlé de la Syrie.\nLe président russe s'est entretenu avec Recep Tayyip Erdogan.",
            ("recep-tayyip-erdogan", "vladimir-putin"),
            id="fr-office-of-a-person-the-article-names",
        ),
        pytest.param(
            "Walid Mouallem a rappelé la position de Damas.\nGeir Pedersen s'est dit satisfait à l'issue de sa "
            "rencontre avec le chef de la diplomatie syrienne.",
            ("geir-pedersen", "walid-muallem"),
            id="fr-the-office-under-another-name-and-a-nationality",
        ),
        pytest.param(
            "John Kerry est arrivé à Paris.\nJean-Marc Ayrault s'est entretenu lundi avec son homologue américain.",
            ("jean-marc-ayrault", "john-kerry"),
            id="fr-counterpart-whose-office-has-another-name",
        ),
        pytest.param(
            "Emmanuel Macron a parlé de la Syrie.\nAvant d'accueillir M. Hariri, le chef de l'État français "
            "s'est entretenu au téléphone avec le président libanais Michel Aoun.",
            ("emmanuel-macron", "michel-aoun"),
            id="fr-the-head-of-state-is-the-president-and-the-caller-is-the-last-named-before-the-call",
        ),
        pytest.param(
            "Recep Tayyip Erdogan a parlé de la Syrie.\nEmmanuel Macron a reçu le chef de l'État turc à l'Élysée.",
            ("emmanuel-macron", "recep-tayyip-erdogan"),
            id="fr-the-head-of-state-of-a-nationality",
        ),
        pytest.param(
            "Dmytro Kouleba est arrivé à Paris.\nCatherine Colonna a reçu mardi la cheffe de la diplomatie "
            "ukrainienne.",
            ("catherine-colonna", "dmytro-kuleba"),
            id="fr-a-nationality-agreeing-with-diplomatie-read-in-its-role-spelling",
        ),
        pytest.param(
            "Jeyhun Bayramov a parlé du Karabakh.\nSergueï Lavrov s'est entretenu avec son homologue azerbaïdjanaise.",
            ("jeyhun-bayramov", "sergei-lavrov"),
            id="fr-a-counterpart-of-a-nationality-in-its-feminine-spelling",
        ),
        pytest.param(
            "Emmanuel Macron a parlé de la Libye.\nKhalifa Haftar a été reçu deux semaines après que le président "
            "français a accueilli Fayez al-Sarraj.",
            ("emmanuel-macron", "fayez-al-sarraj"),
            id="fr-an-office-before-a-meeting-word-is-its-subject-not-the-next-names-title",
        ),
        pytest.param(
            "Le roi Mohammed VI a été opéré.\nLe souverain avait également eu des entretiens téléphoniques avec "
            "le sultan d'Oman, Haïtham ben Tariq.",
            ("haitham-bin-tariq", "mohammed-vi-of-morocco"),
            id="fr-a-monarchs-word-alone-names-the-one-king-named",
        ),
        pytest.param(
            "أجرى جلالة الملك عبدالله الثاني اتصالا هاتفيا مع أمير دولة الكويت.\nكما أجرى الملك اتصالا هاتفيا، "
            "مع الرئيس المصري عبدالفتاح السيسي.",
            ("abdel-fattah-al-sisi", "abdullah-ii-of-jordan"),
            id="ar-al-malik-alone-names-the-one-king-named",
        ),
        pytest.param(
            "أجرى جلالة الملك عبدالله الثاني اتصالا هاتفيا مع أمير دولة الكويت.\nوركز الاتصال الهاتفي الذي أجراه "
            "الملك، مع سمو الشيخ تميم بن حمد آل ثاني، أمير دولة قطر، على سبل تعزيز التعاون.",
            ("abdullah-ii-of-jordan", "tamim-bin-hamad-al-thani"),
            id="ar-an-office-then-with-and-a-name-is-no-title-of-that-name",
        ),
        pytest.param(
            "عاد الملك محمد السادس إلى الرباط.\nوجاء الاستقبال الملكي تبعا للمكالمة الهاتفية التي جرت بين "
            "الملك وبان كي مون في 25 غشت المنصرم.",
            ("ban-ki-moon", "mohammed-vi-of-morocco"),
            id="ar-an-office-and-a-name-with-wa-attached-are-two-people",
        ),
        pytest.param(
            "Le roi Mohammed VI a été opéré.\nLe souverain et John Kerry se sont entretenus mardi à Rabat.",
            ("john-kerry", "mohammed-vi-of-morocco"),
            id="fr-an-office-and-a-name-joined-by-et-are-two-people",
        ),
        pytest.param(
            "Vladimir Poutine a parlé de la Syrie.\nLe président russe Dr Dmitri Medvedev a reçu John Kerry au Kremlin.",
            ("dmitry-medvedev", "john-kerry"),
            id="fr-an-abbreviated-title-between-an-office-and-its-name",
        ),
        pytest.param(
            "Kaïs Saïed a atterri à Tripoli.\nLe dirigeant tunisien a également rencontré le Premier ministre Abdul "
            "Hamid Dbeibah.",
            ("abdul-hamid-dbeibah", "kais-saied"),
            id="fr-the-leader-of-a-nationality-is-its-president",
        ),
        pytest.param(
            "زار المبعوث الأممي هانس غروندبرغ الإمارات.\nكما التقى المبعوث الأممي بعضو مجلس القيادة الرئاسي عيدروس "
            "الزبيدي.",
            ("aidarous-al-zubaidi", "hans-grundberg"),
            id="ar-an-office-cut-short-before-its-to-and-without-its-special",
        ),
        pytest.param(
            "وصل وزير الخارجية القطري الشيخ محمد بن عبد الرحمن آل ثاني إلى أنقرة.\nوكان الوزير القطري قد التقى "
            "نظيره التركي مولود تشاووش أوغلو أمس في أنقرة.",
            ("mevlut-cavusoglu", "mohammed-bin-abdulrahman-al-thani"),
            id="ar-the-minister-of-a-nationality-is-its-foreign-minister-named",
        ),
        pytest.param(
            "Antony Blinken est arrivé à Ryad.\nLe chef de la diplomatie américaine s'est réuni pendant plus d'une "
            "heure avec le prince héritier saoudien, Mohammed ben Salmane.",
            ("antony-blinken", "mohammed-bin-salman"),
            id="fr-the-us-head-of-diplomacy-is-the-secretary-of-state-named",
        ),
        pytest.param(
            "Ghassan Salamé est arrivé à Tripoli.\nL'émissaire de l'ONU a rencontré mardi Khalifa Haftar.",
            ("ghassan-salame", "khalifa-haftar"),
            id="fr-an-office-cut-short-before-its-for",
        ),
        pytest.param(
            "وصل إلى بغداد، وزير الدولة، وزير الشؤون الخارجية والجالية الوطنية بالخارج، أحمد عطاف.\nكما عقد وزير "
            "الدولة لقاءً ثنائيا مع المبعوث الخاص للرئيس الروسي، السيّد ميخائيل بوغدانوف.",
            ("ahmed-attaf", "mikhail-bogdanov"),
            id="ar-a-title-the-article-writes-before-a-name",
        ),
        pytest.param(
            "Arrivé à Moscou, le ministre d'État, Jean-Yves Le Drian, a salué l'accord.\nLe ministre d'État a ensuite "
            "rencontré Sergueï Lavrov.",
            ("jean-yves-le-drian", "sergei-lavrov"),
            id="fr-a-title-the-article-writes-before-a-name",
        ),
        pytest.param(
            "Abdel Fattah al-Sissi a salué l'accord.\nLe chef d’Etat égyptien avait échangé en août avec Yaïr Lapid.",
            ("abdel-fattah-al-sisi", "yair-lapid"),
            id="fr-a-head-of-state-without-the-article",
        ),
        pytest.param(
            "Hans Grundberg est arrivé à Riyad.\nL'envoyé de l'ONU a également rencontré le ministre yéménite des "
            "Affaires étrangères, Ahmed ben Moubarak.",
            ("ahmed-awad-bin-mubarak", "hans-grundberg"),
            id="fr-an-office-by-another-word-of-its-group",
        ),
        pytest.param(
            "وصل هانس غروندبرغ إلى الرياض.\nوالتقى الموفد الأممي بوزير الخارجية اليمني أحمد عوض بن مبارك.",
            ("ahmed-awad-bin-mubarak", "hans-grundberg"),
            id="ar-an-office-by-another-word-of-its-group",
        ),
        pytest.param(
            "Ban Ki-moon est arrivé à Téhéran.\nLe Secrétaire général des Nations Unies s'est entretenu avec le "
            "ministre iranien des Affaires étrangères, Ali Akbar Salehi.",
            ("ali-akbar-salehi", "ban-ki-moon"),
            id="fr-an-office-by-other-words-of-its-group",
        ),
        pytest.param(
            "Jean-Yves Le Drian est arrivé à Beyrouth.\nLe chef de la diplomatie française a rencontré le président "
            "libanais Michel Aoun.",
            ("jean-yves-le-drian", "michel-aoun"),
            id="fr-the-ministry-of-europe-and-foreign-affairs-is-foreign-affairs",
        ),
    ],
)
def test_a_person_the_article_names_is_named_again_by_office(text: str, people: tuple, data) -> None:
    assert [m.participants for m in _in_article(text, data).mentions] == [people]


def test_an_office_held_before_another_is_shared_with_its_other_holder(data) -> None:
    # Griffiths was UN envoy to Yemen, then under-secretary-general: the envoy the headline names
    # may be him or Benomar, both named, so neither.
    text = "المبعوث الأممي إلى اليمن يلتقي عبدالملك الحوثي\nوصل مارتن غريفيث إلى صنعاء بعد فشل مهمة جمال بنعمر."
    assert _in_article(text, data, titled=False).mentions == ()


def test_a_title_is_read_where_the_body_first_names_the_person_not_in_the_headline(data) -> None:
    text = (
        "عطاف يكثف المحادثات مع نظرائه على هامش القمة العربية\nوصل إلى بغداد، وزير الدولة، وزير الشؤون الخارجية، "
        "أحمد عطاف.\nكما عقد وزير الدولة لقاءً ثنائيا مع المبعوث الخاص للرئيس الروسي، السيّد ميخائيل بوغدانوف."
    )
    assert [m.participants for m in _in_article(text, data, titled=False).mentions] == [
        ("ahmed-attaf", "mikhail-bogdanov")
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Vladimir Poutine a parlé de la Syrie.\nUn porte-parole du Kremlin a rencontré Recep Tayyip Erdogan.",
            id="fr-any-spokesman",
        ),
        pytest.param(
            "Walid Mouallem a rappelé la position de Damas.\nGeir Pedersen a rencontré l'ancien chef de la "
            "diplomatie syrienne.",
            id="fr-a-former-holder-under-another-name",
        ),
        pytest.param(
            "Walid Mouallem a rappelé la position de Damas.\nGeir Pedersen a rencontré le chef de la diplomatie "
            "iranienne.",
            id="fr-the-office-of-another-country",
        ),
        pytest.param(
            "بشار الأسد تحدث عن سوريا.\nالتقت مستشارة الرئيس السوري وزير الخارجية الروسي سيرغي لافروف.",
            id="ar-the-presidents-adviser",
        ),
        pytest.param(
            "قال بشار الأسد إن الحل سياسي.\nالتقى الرئيس السوري السابق وزير الخارجية الروسي سيرغي لافروف.",
            id="ar-a-former-one",
        ),
        pytest.param(
            "Barack Obama et Donald Trump ont parlé.\nLe président américain a rencontré Vladimir Poutine.",
            id="fr-an-office-two-named-people-held",
        ),
        pytest.param(
            "Le roi Mohammed VI a été opéré.\nLe roi saoudien a reçu Sergueï Lavrov.",
            id="fr-a-monarchs-word-with-a-nationality-is-that-countrys-king",
        ),
        pytest.param(
            "Le roi Mohammed VI a été opéré.\nLe conseiller du roi a reçu Sergueï Lavrov.",
            id="fr-a-monarchs-word-that-is-someones",
        ),
        pytest.param(
            "Le roi Mohammed VI et le roi Abdallah II ont parlé.\nLe souverain a reçu Sergueï Lavrov.",
            id="fr-a-monarchs-word-when-two-kings-are-named",
        ),
        pytest.param(
            "زار المبعوث الأممي هانس غروندبرغ الإمارات.\nكما التقى عيدروس الزبيدي المبعوث الأممي إلى ليبيا.",
            id="ar-an-office-cut-short-that-goes-on-to-another-country",
        ),
        pytest.param(
            "زار المبعوث الأممي هانس غروندبرغ الإمارات.\nكما التقى عيدروس الزبيدي المبعوث الأممي والعربي.",
            id="ar-an-office-cut-short-that-goes-on-after-wa",
        ),
        pytest.param(
            "Ghassan Salamé est arrivé à Tripoli.\nL'émissaire de l'ONU et de la Ligue arabe a rencontré Khalifa Haftar.",
            id="fr-an-office-cut-short-that-goes-on-after-et",
        ),
        pytest.param(
            "Ghassan Salamé et Staffan de Mistura sont à Genève.\nL'émissaire de l'ONU a rencontré Khalifa Haftar.",
            id="fr-an-office-cut-short-that-two-named-people-hold",
        ),
        pytest.param(
            "Arrivé à Moscou, le ministre d'État, Jean-Yves Le Drian, a salué l'accord. Le ministre d'État, Ahmed "
            "Attaf, aussi.\nLe ministre d'État a ensuite rencontré Sergueï Lavrov.",
            id="fr-a-title-the-article-writes-before-two-names",
        ),
        pytest.param(
            "Arrivé à Moscou, l'homologue français, Jean-Yves Le Drian, a salué l'accord.\nL'homologue français a "
            "ensuite rencontré Sergueï Lavrov.",
            id="fr-a-counterpart-is-no-title-of-its-own",
        ),
        pytest.param(
            "Arrivé à Moscou, le ministre d'État, Jean-Yves Le Drian, a salué l'accord.\nLe ministre d'État du "
            "Qatar a ensuite rencontré Sergueï Lavrov.",
            id="fr-a-written-title-that-goes-on",
        ),
        pytest.param(
            "وصل أمير قطر الشيخ تميم بن حمد آل ثاني إلى أنقرة.\nوكان الوزير القطري قد التقى مولود تشاووش أوغلو أمس.",
            id="ar-the-minister-of-a-nationality-when-only-its-ruler-is-named",
        ),
    ],
)
def test_an_office_that_is_not_its_named_holder_names_no_one(text: str, data) -> None:
    assert _in_article(text, data).mentions == ()


@pytest.mark.parametrize(
    ("text", "people"),
    [
        pytest.param(
            "Benjamin Netanyahou a échangé dimanche avec le dirigeant égyptien, Abdel Fattah al-Sissi.",
            ("abdel-fattah-al-sisi", "benjamin-netanyahu"),
            id="a-day-between-verb-and-avec",
        ),
        pytest.param(
            "Le président égyptien Abdel Fattah al-Sissi avait échangé en août dernier avec Yaïr Lapid.",
            ("abdel-fattah-al-sisi", "yair-lapid"),
            id="a-time-between",
        ),
        pytest.param(
            "Sergueï Lavrov a évoqué la situation avec son homologue John Kerry.",
            ("john-kerry", "sergei-lavrov"),
            id="an-object-between",
        ),
        pytest.param(
            "Sergueï Lavrov a évoqué la crise au moment où John Kerry arrivait à Genève avec sa délégation.",
            None,
            id="avec-too-far",
        ),
        pytest.param("Sergueï Lavrov a discuté du plan de John Kerry.", None, id="no-avec"),
        pytest.param(
            "Le ministère a indiqué que Sergueï Lavrov avait examiné avec son homologue américain, Rex Tillerson, la "
            "situation en Syrie.",
            ("rex-tillerson", "sergei-lavrov"),
            id="examined-with",
        ),
        pytest.param("Sergueï Lavrov a examiné le plan de John Kerry.", None, id="examined-no-avec"),
    ],
)
def test_a_verb_that_needs_avec_tells_a_meeting_with_it_close_after(text: str, people, data) -> None:
    found = [m.participants for m in _in_article(text, data).mentions]
    assert found == ([people] if people else [])


@pytest.mark.parametrize(
    ("text", "people"),
    [
        pytest.param(
            "Nana Akufo-Addo a d’abord eu une séance d’échanges avec des diplomates en poste au Mali, avant de "
            "rencontrer au palais de Koulouba, le Colonel Assimi Goïta, président de la transition au Mali.",
            [("assimi-goita", "nana-akufo-addo")],
            id="fr-before-meeting",
        ),
        pytest.param(
            "Nana Akufo-Addo a d’abord eu une séance d’échanges avec des diplomates en poste au Mali, tandis que "
            "le ministre Abdoulaye Diop a rencontré au palais de Koulouba le Colonel Assimi Goïta.",
            [("abdoulaye-diop", "assimi-goita")],
            id="fr-a-finite-verb-has-its-own-subject",
        ),
    ],
)
def test_the_subject_of_a_meeting_word_in_the_infinitive_is_the_sentences(text: str, people, data) -> None:
    assert [m.participants for m in _in_article(text, data).mentions] == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        pytest.param(
            "L'émir Tamim ben Hamad Al Thani a reçu la visite du prince héritier Hussein de Jordanie, fils du roi "
            "Abdallah II.",
            [("hussein-bin-abdullah", "tamim-bin-hamad-al-thani")],
            id="fr-son-of-the-king",
        ),
        pytest.param(
            "استقبل الرئيس المصري عبد الفتاح السيسي عبد الحميد الدبيبة، صهر الرئيس الليبي معمر القذافي.",
            [("abdel-fattah-al-sisi", "abdul-hamid-dbeibah")],
            id="ar-son-in-law-of-the-president",
        ),
        pytest.param(
            "L'émir Tamim ben Hamad Al Thani a reçu le roi Abdallah II, accompagné du prince héritier Hussein de Jordanie.",
            [("abdullah-ii-of-jordan", "hussein-bin-abdullah", "tamim-bin-hamad-al-thani")],
            id="fr-no-kinship-word",
        ),
        pytest.param(
            "L'envoyé et conseiller principal du président américain Joe Biden, Amos Hochstein, arrivé au Liban la nuit "
            "dernière, a rencontré le Premier ministre Najib Mikati.",
            [("amos-hochstein", "najib-mikati")],
            id="fr-the-envoy-of-one-whose-role-names-a-later-office",
        ),
        pytest.param(
            "En août, Abdel Fattah al-Sissi s'est entretenu avec le prédécesseur de Benjamin Netanyahou, Yaïr Lapid.",
            [("abdel-fattah-al-sisi", "yair-lapid")],
            id="fr-the-predecessor-named-after-whose-he-is",
        ),
        pytest.param(
            "Sergueï Lavrov a reçu Walid Mouallem, porteur d'un message de Bachar al-Assad et Hassan Rohani.",
            [("sergei-lavrov", "walid-muallem")],
            id="fr-senders-joined-by-and",
        ),
        pytest.param(
            "Le Premier ministre algérien Abdelmalek Sellal a reçu à Alger le ministre Nasser Bourita et le ministre "
            "Yassine Mansouri, tous deux envoyés par le roi Mohammed VI.",
            [("abdelmalek-sellal", "nasser-bourita")],
            id="fr-sent-by-in-the-plural",
        ),
        # Whom the message was sent to was not there either.
        pytest.param(
            "Sergueï Lavrov a reçu Walid Mouallem, porteur d'un message de Bachar al-Assad à SM le roi Mohammed VI.",
            [("sergei-lavrov", "walid-muallem")],
            id="fr-sent-to",
        ),
        pytest.param(
            "استقبل الرئيس قيس سعيد وزير الخارجية رمطان لعمامرة الذي سلمه رسالة من الرئيس عبد المجيد تبون إلى "
            "العاهل المغربي الملك محمد السادس.",
            [("kais-saied", "ramtane-lamamra")],
            id="ar-sent-to",
        ),
    ],
)
def test_one_named_as_someones_kin_predecessor_or_sender_was_not_at_the_meeting(text: str, people, data) -> None:
    assert [m.participants for m in _in_article(text, data).mentions] == people


def test_a_quoted_sentence_before_the_report_leaves_its_people_unquoted(data) -> None:
    # A quotation of two sentences ends with its second: the quotation mark closing it does not
    # pair with the next one ('"une chance"'), which would blank Juppé out as quoted text.
    text = (
        '" Je ne suis pas sûr de cette fuite en avant. C’est peut-être bon pour l’avenir de ce pays." '
        "Le ministre français Alain Juppé "
        'a assuré lundi qu’il restait "une chance", après son entretien avec la secrétaire d’Etat '
        "américaine, Hillary Clinton."
    )
    (mention,) = _in_article(text, data).mentions
    assert mention.participants == ("alain-juppe", "hillary-clinton")


def test_a_summit_and_a_tete_a_tete_of_the_same_pair_is_their_meeting(data) -> None:
    text = (
        "Barack Obama et Vladimir Poutine étaient présents au sommet du G20 à Hangzhou.\n"
        "Barack Obama et Vladimir Poutine ont eu une discussion en tête-à-tête."
    )
    (mention,) = _in_article(text, data).mentions
    assert (mention.kind, mention.place) == ("meeting", "hangzhou")


@pytest.mark.parametrize(
    ("text", "days"),
    [
        pytest.param(
            "Publié le 15/07/2016\nJohn Kerry a été reçu jeudi soir au Kremlin par le président russe Vladimir Poutine, "
            "avant de s'entretenir vendredi à Moscou avec son homologue Sergueï Lavrov.",
            {
                ("john-kerry", "vladimir-putin"): dt.date(2016, 7, 14),
                ("john-kerry", "sergei-lavrov"): dt.date(2016, 7, 15),
            },
            id="fr-each-its-own-day",
        ),
        pytest.param(
            "Publié le 22/05/2017\nJohn Kerry a été reçu le 12 mai par le président Vladimir Poutine, au terme d'une "
            "journée de discussions avec Sergueï Lavrov.",
            {
                ("john-kerry", "vladimir-putin"): dt.date(2017, 5, 12),
                ("john-kerry", "sergei-lavrov"): dt.date(2017, 5, 12),
            },
            id="fr-one-day-for-both",
        ),
    ],
)
def test_meetings_told_in_turn_take_their_own_days(text: str, days: dict, data) -> None:
    assert {m.participants: m.date for m in _in_article(text, data).mentions} == days


LATER_DAYS = [
    pytest.param(
        "نشر في: 21/01/2018\nوبحث لافروف ونظيره الأمريكي ريكس تيلرسون الصراع السوري في مكالمة هاتفية.\n"
        "وذكرت الوزارة أن المكالمة الهاتفية جرت أمس السبت.",
        {("rex-tillerson", "sergei-lavrov"): dt.date(2018, 1, 20)},
        id="ar-the-call-took-place-yesterday",
    ),
    pytest.param(
        "Publié le 18/03/2016\nSergueï Lavrov s'est entretenu avec John Kerry à Genève.\n"
        "La rencontre a eu lieu mardi, selon le ministère.",
        {("john-kerry", "sergei-lavrov"): dt.date(2016, 3, 15)},
        id="fr-the-meeting-took-place-on-tuesday",
    ),
    pytest.param(
        "Publié le 18/03/2016\nSergueï Lavrov s'est entretenu avec John Kerry à Genève.\n"
        "Comme prévu, la rencontre suivante se tiendra mardi.",
        {("john-kerry", "sergei-lavrov"): None},
        id="fr-a-planned-one-gives-no-day",
    ),
    pytest.param(
        "Publié le 18/03/2016\nSergueï Lavrov s'est entretenu avec John Kerry à Genève.\n"
        "La rencontre du 2 mars 2015 avait échoué.",
        {("john-kerry", "sergei-lavrov"): None},
        id="fr-an-old-one-gives-no-day",
    ),
    pytest.param(
        "Publié le 18/03/2016\nSergueï Lavrov s'est entretenu avec John Kerry à Genève.\n"
        "Bachar al-Assad a rencontré Staffan de Mistura à Damas.\nLa rencontre a eu lieu mardi.",
        {("john-kerry", "sergei-lavrov"): None, ("bashar-al-assad", "staffan-de-mistura"): None},
        id="fr-which-meeting-is-not-plain",
    ),
    pytest.param(
        "نشر في: 25/01/2015\nناقش وزير الخارجية الروسي سيرغي لافروف مع نظيره المصري سامح شكري، خلال مكالمة هاتفية، "
        "التسوية السياسية.\nوبحث الوزيران الأحد 25 يناير العمل على تحقيق التسوية.",
        {("sameh-shoukry", "sergei-lavrov"): dt.date(2015, 1, 25)},
        id="ar-the-two-ministers-discussed-on-sunday",
    ),
    pytest.param(
        "Publié le 18/03/2016\nSergueï Lavrov s'est entretenu au téléphone avec John Kerry.\n"
        "Les deux ministres ont discuté mardi de la trêve, selon le ministère.",
        {("john-kerry", "sergei-lavrov"): dt.date(2016, 3, 15)},
        id="fr-the-two-ministers-discussed-on-tuesday",
    ),
    pytest.param(
        "نشر في: 25/01/2015\nناقش وزير الخارجية الروسي سيرغي لافروف مع نظيره المصري سامح شكري التسوية السياسية.\n"
        "وكان الرئيس قد استقبل الوزيرين الروسيين صباح اليوم.",
        {("sameh-shoukry", "sergei-lavrov"): None},
        id="ar-a-pair-received-by-someone-else-gives-no-day",
    ),
    pytest.param(
        "Publié le 18/03/2016\nSergueï Lavrov s'est entretenu au téléphone avec John Kerry.\n"
        "Le président a reçu mardi les deux ministres à l'Élysée.",
        {("john-kerry", "sergei-lavrov"): None},
        id="fr-a-pair-received-by-someone-else-gives-no-day",
    ),
]


@pytest.mark.parametrize(("text", "days"), LATER_DAYS)
def test_a_later_line_about_the_meeting_gives_its_day(text: str, days: dict, data) -> None:
    assert {m.participants: m.date for m in _in_article(text, data).mentions} == days


TOPICS = [
    pytest.param(
        "Sergueï Lavrov s'est entretenu avec John Kerry de la situation à Alep.", None, id="fr-situation-in-aleppo"
    ),
    pytest.param("Sergueï Lavrov a rencontré John Kerry à Genève.", "geneva", id="fr-met-in-geneva"),
    pytest.param("اجتمع عادل الجبير بلافروف، وبحثا الوضع في حلب.", None, id="ar-situation-in-aleppo"),
    pytest.param("اجتمع عادل الجبير بلافروف في لوزان.", "lausanne", id="ar-met-in-lausanne"),
]


@pytest.mark.parametrize(("sentence", "place"), TOPICS)
def test_a_place_that_was_discussed_is_not_the_venue(sentence: str, place: str | None, data) -> None:
    (mention,) = _in_article(sentence, data).mentions
    assert mention.place == place


@pytest.mark.parametrize(("text", "day"), DAYS)
def test_meeting_day(text: str, day: dt.date | None, data) -> None:
    (mention,) = _in_article(text, data).mentions
    assert mention.date == day


@pytest.mark.parametrize(("sentence", "people", "kind", "place"), CASES)
def test_meeting_found(sentence: str, people: tuple, kind: str, place: str | None, data) -> None:
    article = _in_article(sentence, data)
    assert len(article.mentions) == 1
    mention = article.mentions[0]
    assert (mention.participants, mention.kind, mention.place) == (people, kind, place)


@pytest.mark.parametrize("sentence", NOT_MEETINGS)
def test_not_a_meeting(sentence: str, data) -> None:
    assert _in_article(sentence, data).mentions == ()


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "Lavrov et Kerry ont eu une rencontre non prévue au programme, mardi à Genève.", id="fr-non-prevue"
        ),
        pytest.param("Même si Lavrov a rencontré Kerry mardi à Genève, aucun accord n'a été trouvé.", id="fr-meme-si"),
        pytest.param(
            "Dans une rencontre qui n'était pas prévue au programme, Lavrov et Kerry ont discuté mardi à Genève.",
            id="fr-n-etait-pas-prevue",
        ),
    ],
)
def test_a_meeting_not_planned_or_conceded_happened(sentence: str, data) -> None:
    assert [m.participants for m in _in_article(sentence, data).mentions] == [("john-kerry", "sergei-lavrov")]


def test_the_headlines_meeting_is_the_bodys_with_more_people(data) -> None:
    text = (
        "Macron reçoit Lavrov pour parler de la Syrie\nPublié le 24/07/2018\nEmmanuel Macron a reçu mardi à "
        "l'Elysée Sergueï Lavrov et le chef d'état-major des armées russes Valeri Guerassimov.\n"
        f"{FR_BODY}"
    )
    (mention,) = article_from(text, data).mentions
    assert mention.participants == ("emmanuel-macron", "sergei-lavrov", "valery-gerasimov")
    assert mention.date == dt.date(2018, 7, 24)


def test_present_tense_with_the_articles_day_is_reported(data) -> None:
    text = (
        f"عنوان عن الأزمة السورية والحل\nالأحد 2019/05/12\nيلتقي بومبيو اليوم الأحد الرئيس فلاديمير بوتين.\n{AR_BODY}"
    )
    (mention,) = article_from(text, data).mentions
    assert mention.date == dt.date(2019, 5, 12)


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


@pytest.mark.parametrize(
    "undated",
    [
        pytest.param(
            "Titre sur la crise syrienne et la solution\nLavrov s'est entretenu au téléphone avec Kerry. " + FR_BODY,
            id="a-call-is-no-meeting-in-person",
        ),
        pytest.param(
            "Titre sur la crise syrienne et la solution\nPublié le 10/01/2015\nLavrov a rencontré Kerry. " + FR_BODY,
            id="an-article-tells-of-no-meeting-after-its-day",
        ),
    ],
)
def test_an_undated_mention_joins_no_dated_meeting_it_cannot_be(undated: str, data) -> None:
    a = article_from(undated, data, "a.txt")
    b = article_from(
        f"Titre sur la crise syrienne et la solution\nPublié le 24/03/2016\nLavrov a rencontré Kerry ce jeudi. {FR_BODY}",
        data,
        "b.txt",
    )
    archive = Archive([a, b], data)
    assert archive.by_slug["b"].meetings == ("john-kerry-sergei-lavrov--2016-03-24",)
    assert archive.by_slug["a"].meetings == ("john-kerry-sergei-lavrov",)


def test_different_places_are_different_meetings(data) -> None:
    a = article_from(
        f"Titre sur la crise syrienne et la solution\nLavrov a rencontré Kerry à Moscou. {FR_BODY}", data, "a.txt"
    )
    b = article_from(
        f"Titre sur la crise syrienne et la solution\nLavrov a rencontré Kerry à Genève. {FR_BODY}", data, "b.txt"
    )
    archive = Archive([a, b], data)
    assert archive.by_slug["a"].meetings != archive.by_slug["b"].meetings


SCENES = [
    pytest.param(
        "Syrie : à Moscou, Jean-Yves Le Drian plaide pour une trêve dans la Ghouta\n"
        "Reçu par Sergueï Lavrov pour un entretien de deux heures, Jean-Yves Le Drian a demandé une trêve.",
        "moscow",
        id="fr-headline-city",
    ),
    pytest.param(
        "لافروف يستقبل نظيره الأردني في موسكو ويبحث معه الأزمة السورية\n"
        "عقد وزير الخارجية الروسي سيرغي لافروف جلسة مباحثات مع نظيره الأردني أيمن الصفدي تناولت الأزمة.",
        "moscow",
        id="ar-headline-city",
    ),
    pytest.param(
        "Syrie : de Genève à Moscou, la diplomatie tourne en rond\n"
        "Reçu par Sergueï Lavrov pour un entretien de deux heures, Jean-Yves Le Drian a demandé une trêve.",
        None,
        id="fr-headline-with-two-cities",
    ),
    pytest.param(
        "Syrie : à Moscou, Jean-Yves Le Drian plaide pour une trêve dans la Ghouta\n"
        "Jean-Yves Le Drian a rencontré John Kerry à Genève la veille. "
        "Reçu par Sergueï Lavrov pour un entretien de deux heures, Jean-Yves Le Drian a demandé une trêve.",
        None,
        id="fr-another-meeting-elsewhere",
    ),
    pytest.param(
        "Ayrault laisse planer le doute sur la visite de Poutine à Paris\n"
        "MOSCOU, 6 octobre (Reuters) - Jean-Marc Ayrault a laissé planer le doute jeudi sur la visite.\n"
        "Interrogé par la presse à l'issue de la rencontre avec Sergueï Lavrov, Jean-Marc Ayrault a répondu.",
        None,
        id="fr-dateline-in-another-city",
    ),
]


@pytest.mark.parametrize(("text", "place"), SCENES)
def test_headline_city_places_meetings_that_name_none(text: str, place: str | None, data) -> None:
    article = _in_article(text, data, titled=False)
    placeless = [m for m in article.mentions if "sergei-lavrov" in m.participants]
    assert [m.place for m in placeless] == [place]


@pytest.mark.parametrize(
    ("text", "meetings"),
    [
        pytest.param(
            "Michel Aoun est arrivé mardi à Amman.\nIl a notamment rencontré le roi Salmane d'Arabie saoudite.",
            {("king-salman", "michel-aoun")},
            id="fr-il-is-the-subject-of-the-sentence-before",
        ),
        pytest.param(
            "Le secrétaire d'État américain, Antony Blinken, est arrivé au Moyen-Orient.\n"
            "En Israël, il a été reçu par Benjamin Netanyahu.\nÀ Bahreïn, il a été reçu par le roi Hamad.\n"
            "En Égypte, il a rencontré le président Abdel Fattah al-Sissi.",
            {
                ("antony-blinken", "benjamin-netanyahu"),
                ("antony-blinken", "hamad-bin-isa-al-khalifa"),
                ("abdel-fattah-al-sisi", "antony-blinken"),
            },
            id="fr-a-chain-of-pronoun-subjects",
        ),
        pytest.param(
            "L'ancien vice-ministre italien effectue sa première visite en Syrie, en remplacement de Lakhdar "
            "Brahimi. Il a notamment rencontré mercredi le ministre Walid Mouallem.",
            set(),
            id="fr-a-subject-named-by-a-title-alone-is-no-one-named",
        ),
        pytest.param(
            "Sergueï Lavrov a annoncé ce voyage à Munich, où il participe à la conférence sur la sécurité.",
            set(),
            id="fr-the-pronoun-of-the-one-person-named",
        ),
        pytest.param(
            'قال رئيس مجلس الوزراء الدكتور حيدر العبادي، إن "العراق يرحب بوقوف الدول الجارة معه". جاء ذلك خلال '
            "اتصال هاتفي، اليوم الإثنين، مع الرئيس الإيراني حسن روحاني.",
            {("haider-al-abadi", "hassan-rouhani")},
            id="ar-jaa-dhalika-is-the-speaker-of-the-sentence-before",
        ),
        pytest.param(
            "قال رئيس مجلس الوزراء حيدر العبادي إن العراق يرحب بوقوف الدول الجارة معه. وبعد ذلك اتصال هاتفي "
            "مع الرئيس الإيراني حسن روحاني.",
            set(),
            id="ar-dhalika-not-after-jaa-stands-for-no-one",
        ),
        pytest.param(
            "تلقى جلالة الملك عبدالله الثاني عددا من الاتصالات الهاتفية من قادة دول المنطقة.\nفقد بحث جلالته آخر "
            "المستجدات في المنطقة مع كل من الرئيس الأميركي باراك أوباما، ورئيس الوزراء البريطاني ديفيد كاميرون، "
            "والعاهل البحريني الملك حمد بن عيسى آل خليفة.",
            {
                ("abdullah-ii-of-jordan", "barack-obama"),
                ("abdullah-ii-of-jordan", "david-cameron"),
                ("abdullah-ii-of-jordan", "hamad-bin-isa-al-khalifa"),
            },
            id="ar-an-honorific-after-the-meeting-word",
        ),
        pytest.param(
            "وصل وزير الخارجية السعودي فيصل بن فرحان إلى الرياض. وأجرى سموه اتصالا هاتفيا مع وزير الخارجية "
            "الأمريكي أنتوني بلينكن.",
            {("antony-blinken", "faisal-bin-farhan")},
            id="ar-an-honorific-before-the-meeting-word",
        ),
        pytest.param(
            "أعلن الديوان الملكي أن جدول الأعمال حافل. واستقبل سموه وزير الخارجية الأمريكي أنتوني بلينكن.",
            set(),
            id="ar-an-honorific-with-no-one-named-before",
        ),
        pytest.param(
            "أعرب الرئيس اللبناني ميشال عون عن تطلعه لإيجاد حل سريع. وقال خلال استقباله وفدا روسيا برئاسة "
            "المبعوث الخاص للرئيس الروسي الكسندر لافرنتييف إن لبنان لم يعد قادرا على التحمل.",
            {("alexander-lavrentiev", "michel-aoun")},
            id="ar-a-verb-of-saying-that-carries-its-subject",
        ),
        pytest.param(
            "الرئيس اللبناني ميشال عون يتطلع إلى حل سريع. وقال لافروف خلال لقائه وزير الخارجية "
            "الأمريكي جون كيري إن الحل سياسي.",
            {("john-kerry", "sergei-lavrov")},
            id="ar-a-verb-of-saying-with-its-subject-after-it",
        ),
        pytest.param(
            "الرئيس اللبناني ميشال عون يتطلع إلى حل سريع. وقال مصدر دبلوماسي إن لقاء جمع لافروف وكيري.",
            {("john-kerry", "sergei-lavrov")},
            id="ar-a-verb-of-saying-with-another-subject-after-it",
        ),
        pytest.param(
            "وصل الرئيس السوداني عمر البشير إلى أديس أبابا للمشاركة في القمة. وكان في استقباله بالمطار رئيس "
            "الوزراء الأثيوبي هايلي مريام ديسالين.",
            {("hailemariam-desalegn", "omar-al-bashir")},
            id="ar-at-his-reception-is-the-one-who-arrived",
        ),
        pytest.param(
            "وصل الوفد الرسمي إلى مطار القاهرة. وكان في استقباله وزير الخارجية سامح شكري.",
            set(),
            id="ar-at-his-reception-with-no-one-named-before",
        ),
        # A sentence that opens with its meeting word and "with" dropped its subject: the one named before.
        *(
            pytest.param(
                f"وصل المبعوث الأممي هورست كوهلر اليوم إلى الرباط في إطار جولته.\n{sentence}",
                {("horst-kohler", "nasser-bourita")},
                id=f"ar-a-dropped-subject-{name}",
            )
            for sentence, name in (
                ("وأجرى مباحثات مع وزير الشؤون الخارجية ناصر بوريطة.", "after-a-verb-and-its-object"),
                ("وبحث مع وزير الشؤون الخارجية ناصر بوريطة ملف الصحراء.", "after-the-meeting-verb"),
                # The words that announce a coming meeting after it are that meeting's.
                (
                    "وأجرى مباحثات مع وزير الشؤون الخارجية ناصر بوريطة، ومن المتوقع أيضا أن يلتقي مع رئيس "
                    "الحكومة، سعد الدين العثماني.",
                    "before-a-coming-meeting-with-someone-not-known",
                ),
            )
        ),
        pytest.param(
            "وصل الوفد الرسمي إلى الرباط.\nوأجرى مباحثات مع وزير الشؤون الخارجية ناصر بوريطة ووزير الخارجية "
            "الجزائري رمطان لعمامرة.",
            set(),
            id="ar-a-dropped-subject-with-no-one-named-before",
        ),
        pytest.param(
            "وصل المبعوث الأممي هورست كوهلر اليوم إلى الرباط.\nوبحث الوزير الأول مع ناصر بوريطة ملف الصحراء.",
            set(),
            id="ar-a-subject-titled-after-the-verb-is-not-dropped",
        ),
        # A host's verb and guests joined by "and": its subject is dropped; else the first is its subject.
        pytest.param(
            "وصل الرئيس العراقي برهم صالح إلى الكويت أمس.\nكما استقبل نائب رئيس مجلس الوزراء وزير الخارجية الشيخ "
            "صباح الخالد ونائب وزير الخارجية خالد الجارالله.",
            {("barham-salih", "khaled-al-jarallah", "sabah-al-khalid-al-hamad-al-sabah")},
            id="ar-a-dropped-subject-of-a-hosts-verb-and-guests",
        ),
        pytest.param(
            "وصل الرئيس العراقي برهم صالح إلى الكويت أمس.\nواستقبل وزير الخارجية الشيخ صباح الخالد نائب وزير "
            "الخارجية خالد الجارالله.",
            {("khaled-al-jarallah", "sabah-al-khalid-al-hamad-al-sabah")},
            id="ar-a-hosts-verb-and-its-subject",
        ),
        pytest.param(
            "وصل المبعوث الأممي هورست كوهلر اليوم إلى الرباط.\nوأجرى وزير الخارجية الإسباني خوسيه مانويل ألباريس "
            "مباحثات مع وزير الشؤون الخارجية ناصر بوريطة.",
            {("jose-manuel-albares", "nasser-bourita")},
            id="ar-a-sentence-whose-subject-follows-its-verb",
        ),
        pytest.param(
            "Charles Michel est arrivé à Moscou. Sa rencontre avec Dmitri Medvedev a duré deux heures.",
            {("charles-michel", "dmitry-medvedev")},
            id="fr-his-meeting-with-one-named-is-the-person-named-before",
        ),
        pytest.param(
            "Charles Michel est arrivé à Moscou. Lors de sa rencontre avec Dmitri Medvedev, Vladimir Poutine a "
            "salué l'accord.",
            {("dmitry-medvedev", "vladimir-putin")},
            id="fr-his-meeting-in-a-sentence-naming-two-is-theirs",
        ),
        pytest.param(
            "L’ancien secrétaire général de l’Organisation des Nations unies (Onu), Koffi Annan, a eu un programme "
            "très chargé hier. Il a été reçu en audience par le président Alassane Ouattara.",
            {("alassane-ouattara", "kofi-annan")},
            id="fr-the-person-named-after-a-long-title",
        ),
        pytest.param(
            "Jean-Marc Ayrault et Frank-Walter Steinmeier sont arrivés mardi à Niamey.\nIls y ont notamment "
            "rencontré le président Mahamadou Issoufou.",
            {("frank-walter-steinmeier", "jean-marc-ayrault", "mahamadou-issoufou")},
            id="fr-ils-are-the-two-subjects-of-the-sentence-before",
        ),
        pytest.param(
            "Sergueï Lavrov est arrivé mardi à Genève.\nIls ont rencontré Staffan de Mistura.",
            set(),
            id="fr-ils-are-not-one-person",
        ),
    ],
)
def test_a_subject_pronoun_stands_for_the_person_named_before(text: str, meetings: set, data) -> None:
    assert {m.participants for m in _in_article(text, data).mentions} == meetings


@pytest.mark.parametrize(
    ("text", "meetings"),
    [
        pytest.param(
            "La journée de M. Bogdanov a été particulièrement chargée. Le diplomate russe a été reçu tour à tour par "
            "Nabih Berri, Tammam Salam et Gebran Bassil.",
            {
                ("mikhail-bogdanov", "nabih-berri"),
                ("mikhail-bogdanov", "tammam-salam"),
                ("gebran-bassil", "mikhail-bogdanov"),
            },
            id="fr-the-diplomat-is-the-subject-of-the-sentence-before",
        ),
        pytest.param(
            "Christopher Ross est arrivé lundi à Alger.\nL’émissaire onusien a été reçu par le ministre Abdelkader "
            "Messahel.",
            {("abdelkader-messahel", "christopher-ross")},
            id="fr-the-envoy-is-the-subject-of-the-line-before",
        ),
        pytest.param(
            "Sergueï Lavrov est arrivé lundi à Ankara. Le ministre turc a reçu son homologue iranien Mohammad Javad Zarif.",
            set(),
            id="fr-a-nationality-not-in-the-persons-role",
        ),
        pytest.param(
            "Sergueï Lavrov est arrivé lundi à Téhéran. Le général Karim Haddad a reçu Mohammad Javad Zarif.",
            set(),
            id="fr-a-title-and-a-name-the-gazetteer-lacks",
        ),
        pytest.param(
            "Sergueï Lavrov est arrivé lundi à Genève. Le diplomate russe Mikhaïl Bogdanov a rencontré Staffan de "
            "Mistura.",
            {("mikhail-bogdanov", "staffan-de-mistura")},
            id="fr-a-title-and-a-name",
        ),
    ],
)
def test_a_subject_described_by_its_title_stands_for_the_person_named_before(text: str, meetings: set, data) -> None:
    assert {m.participants for m in _in_article(text, data).mentions} == meetings


@pytest.mark.parametrize(
    ("text", "meetings"),
    [
        pytest.param(
            "De son côté, le président russe, Vladimir Poutine, a joint par téléphone depuis le Kremlin :\n"
            "• Le Premier ministre israélien, Benjamin Netanyahu.\n• Le président palestinien, Mahmoud Abbas.\n"
            "Manifestement, les deux puissances n'ont pas la même manière d'aborder le conflit.",
            {("benjamin-netanyahu", "vladimir-putin"), ("mahmoud-abbas", "vladimir-putin")},
            id="fr-calls-listed-under-a-colon",
        ),
        pytest.param(
            "وأجرى الرئيس الروسي فلاديمير بوتين اتصالات هاتفية مع كل من:\n- الرئيس المصري عبد الفتاح السيسي\n"
            "- الرئيس السوري بشار الأسد",
            {("abdel-fattah-al-sisi", "vladimir-putin"), ("bashar-al-assad", "vladimir-putin")},
            id="ar-calls-listed-under-a-colon",
        ),
        pytest.param(
            "Vladimir Poutine a fait une déclaration :\n• Le Premier ministre israélien, Benjamin Netanyahu.",
            set(),
            id="fr-a-list-under-a-sentence-with-no-meeting-word",
        ),
    ],
)
def test_a_list_under_a_colon_ends_its_sentence_item_by_item(text: str, meetings: set, data) -> None:
    assert {m.participants for m in _in_article(text, data).mentions} == meetings


@pytest.mark.parametrize(
    ("text", "meetings"),
    [
        pytest.param(
            "Mevlüt Cavusoglu a rencontré Martin Griffiths le 10 février 2023, et son homologue azerbaïdjanais, "
            "Ceyhun Bayramov, le 11 février 2023.",
            {
                (("martin-griffiths", "mevlut-cavusoglu"), dt.date(2023, 2, 10)),
                (("jeyhun-bayramov", "mevlut-cavusoglu"), dt.date(2023, 2, 11)),
            },
            id="fr-each-with-a-day-of-their-own",
        ),
        pytest.param(
            "التقى وزير الخارجية التركي مولود جاويش أوغلو مارتن غريفيث في 10 فبراير 2023، وجيحون بيراموف في 11 فبراير 2023.",
            {
                (("martin-griffiths", "mevlut-cavusoglu"), dt.date(2023, 2, 10)),
                (("jeyhun-bayramov", "mevlut-cavusoglu"), dt.date(2023, 2, 11)),
            },
            id="ar-each-with-a-day-of-their-own",
        ),
        pytest.param(
            "Mevlüt Cavusoglu a rencontré Martin Griffiths et Ceyhun Bayramov le 11 février 2023.",
            {(("jeyhun-bayramov", "martin-griffiths", "mevlut-cavusoglu"), dt.date(2023, 2, 11))},
            id="fr-one-day-for-all-is-one-meeting",
        ),
    ],
)
def test_people_listed_each_with_a_day_met_on_their_days(text: str, meetings: set, data) -> None:
    assert {(m.participants, m.date) for m in _in_article(text, data).mentions} == meetings


def test_names_in_a_quotation_whose_marks_were_left_as_entities_are_not_the_meetings(data) -> None:
    # Elaph prints quotation marks as "quot;": the quoted pair is not who the speaker met.
    text = (
        "ايران: موعد ومكان لقاء لاريجاني وسولانا لم يحددا بعد\n"
        "طهران: وقال الوزير على هامش لقاء مع نائب رئيس الوزراء العراقي برهم صالح الذي يقوم بزيارة رسمية "
        "لطهران quot;لم يتقرر بعد موعد ومكان لقاء لاريجاني وسولاناquot;.\n"
        f"{AR_BODY}"
    )
    assert not [m for m in article_from(text, data).mentions if "barham-salih" in m.participants]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "التقى ولي العهد نائب رئيس مجلس الوزراء وزير الدفاع السعودي الأمير محمد بن سلمان في جدة اليوم الأربعاء "
            "مع وزير الخارجية الأمريكي ريكس تيلرسون.",
            id="ar-a-city-and-a-day-between-the-meeting-word-and-the-guest",
        ),
        pytest.param(
            "استقبل رئيس دولة جنوب السودان الفريق أول سلفاكير ميارديت اليوم بالقصر الرئاسي بمدينة جوبا عاصمة دولة "
            "جنوب السودان رئيس مجلس الوزراء د.عبدالله حمدوك.",
            id="ar-a-city-between-and-the-guests-title-with-dr",
        ),
    ],
)
def test_a_city_told_between_the_meeting_word_and_a_person_leaves_them_in_the_meeting(sentence: str, data) -> None:
    article = article_from(f"عنوان المقال عن سوريا اليوم\n{sentence}\n{AR_BODY}", data)
    assert len([m for m in article.mentions if len(m.participants) == 2]) == 1, article.mentions


def test_the_person_a_participant_stands_in_for_is_not_at_the_meeting(data) -> None:
    sentence = (
        "التقى الوزير الأول نذير العرباوي، الذي كان يمثل رئيس الجمهورية السيد عبد المجيد تبون في الاجتماع نصف "
        "السنوي السادس للاتحاد الأفريقي، برئيس الجمهورية الإسلامية الموريتانية والرئيس الحالي للاتحاد الأفريقي، "
        "محمد الشيخ الغزواني."
    )
    article = article_from(f"عنوان المقال عن سوريا اليوم\n{sentence}\n{AR_BODY}", data)
    assert not [m for m in article.mentions if "abdelmadjid-tebboune" in m.participants]


def test_the_person_who_sent_a_participant_as_envoy_is_not_at_the_meeting(data) -> None:
    sentence = (
        "أعلنت رئاسة الجمهورية أن رئيس الجمهورية قيس سعيد، قد استقبل صباح اليوم بقصر قرطاج، وزير الشؤون "
        "الخارجية الجزائري، رمطان لعمامرة، مبعوثا خاصا من الرئيس الجزائري عبد المجيد تبون، إلى رئيس الدولة."
    )
    article = article_from(f"عنوان المقال عن سوريا اليوم\n{sentence}\n{AR_BODY}", data)
    assert [m.participants for m in article.mentions] == [("kais-saied", "ramtane-lamamra")]


def test_the_person_a_participants_greetings_go_to_is_not_at_the_meeting(data) -> None:
    text = (
        "عنوان المقال عن سوريا اليوم\n"
        "التقى الوزير الأول الجزائري بالرئيس الموريتاني محمد الشيخ الغزواني في أديس أبابا.\n"
        "خلال اللقاء، نقل الرئيس الموريتاني محمد الشيخ الغزواني تحياته وتقديره البالغ لرئيس الجمهورية عبد المجيد "
        f'تبون، ووصفه بأنه "رجل استثنائي".\n{AR_BODY}'
    )
    assert not [m for m in article_from(text, data).mentions if "abdelmadjid-tebboune" in m.participants]
