"""Counted nouns that name the same kind of thing: «آلية» and «آليات», «جندي» and «جنود».

Sound plurals and feminine endings are stripped by rule; broken plurals and near-synonyms
that news uses interchangeably for one referent are listed."""

from __future__ import annotations

from functools import cache

from .clitics import fold_word

FAMILIES = (
    ("آلية", "آليات", "مركبة", "مركبات", "عربة", "عربات"),
    ("جندي", "جنود", "عسكري", "عسكريين", "عسكريون"),
    ("مقاتل", "مقاتلين", "مقاتلون", "عنصر", "عناصر", "مسلح", "مسلحين", "مسلحون"),
    ("شخص", "أشخاص", "فرد", "أفراد", "مواطن", "مواطنين", "مواطنون", "نسمة"),
    ("قتيل", "قتلى"), ("جريح", "جرحى"), ("طائرة", "طائرات"), ("دبابة", "دبابات"),
    ("صاروخ", "صواريخ"), ("يوم", "أيام"), ("شهر", "أشهر", "شهور"), ("عام", "أعوام", "سنة", "سنوات"),
    ("دولار", "دولارات"), ("معتقل", "معتقلين"), ("منزل", "منازل"), ("قرية", "قرى"),
    ("رجل", "رجال"), ("طفل", "أطفال"), ("طالب", "طلاب"), ("عامل", "عمال"), ("مدرسة", "مدارس"),
    ("مشروع", "مشاريع"), ("شهيد", "شهداء"), ("أسير", "أسرى"), ("لاجئ", "لاجئين"),
)
SOUND_ENDINGS = ("يين", "يون", "ات", "ين", "ون", "ه", "ي")
# The alef that carries an accusative ending, dropped from a counted noun's key: جندياً → جندي.
ACCUSATIVE_ALEF = "ا"


@cache
def unit_family(unit_key: str) -> str:
    """A key shared by every spelling and number of one counted noun."""
    return listed_family(unit_key) or _stem(unit_key)


def listed_family(unit_key: str) -> str | None:
    """The family of a noun the lists know («مواطني» → شخص), None for any other noun."""
    return _FAMILY_OF.get(unit_key) or _FAMILY_OF.get(_stem(unit_key))


def _stem(key: str) -> str:
    for ending in SOUND_ENDINGS:
        if key.endswith(ending) and len(key) - len(ending) >= 3:
            return key[: -len(ending)]
    return key


def _family_table() -> dict[str, str]:
    table = {}
    for family in FAMILIES:
        head = fold_word(family[0])
        for word in family:
            table[fold_word(word)] = head
    return table


_FAMILY_OF = _family_table()
