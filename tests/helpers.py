"""Small builders shared by the rule tests."""

from __future__ import annotations

from generator.article import Article
from generator.data import ArchiveData
from generator.pipeline import extract_article
from generator.read import SeedFile
from tests.conftest import TODAY


def article_from(text: str, data: ArchiveData, name: str = "t.txt") -> Article:
    """Extract an article from seed text, as the build would."""
    return extract_article(SeedFile(name, text.encode("utf-8")), data, TODAY)


FR_BODY = (
    "Le ministre a rappelé que la coopération entre les deux pays se poursuit dans le cadre des "
    "résolutions du Conseil de sécurité et que les efforts diplomatiques doivent continuer pour "
    "parvenir à une solution politique durable à la crise, selon le communiqué publié par le ministère."
)
# A second paragraph: a paragraph printed twice is kept once.
FR_MORE = (
    "Les deux délégations doivent encore s'accorder sur le calendrier des prochaines réunions et sur "
    "la liste des participants, a précisé un diplomate sous couvert d'anonymat à l'issue de la séance."
)
AR_BODY = (
    "وأكد الوزير أن التعاون بين البلدين مستمر في إطار قرارات مجلس الأمن الدولي وأن الجهود الدبلوماسية "
    "يجب أن تتواصل من أجل التوصل إلى حل سياسي دائم للأزمة وفقا للبيان الصادر عن الوزارة اليوم في العاصمة."
)
AR_MORE = (
    "ولا يزال على الوفدين الاتفاق على جدول الاجتماعات المقبلة وعلى قائمة المشاركين فيها، بحسب ما أوضح "
    "دبلوماسي طلب عدم الكشف عن اسمه في ختام الجلسة."
)
