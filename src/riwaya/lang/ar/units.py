"""Counted nouns that name the same kind of thing: «آلية» and «آليات», «جندي» and «جنود».

Sound plurals and feminine endings are stripped by rule; broken plurals and near-synonyms
that news uses interchangeably for one referent are listed."""

from __future__ import annotations

from functools import cache

from .clitics import fold_word

FAMILIES = (
    ("آلية", "آليات", "مركبة", "مركبات", "عربة", "عربات", "مدرعة", "مدرعات", "شاحنة", "شاحنات"),
    ("جندي", "جنود", "عسكري", "عسكريين", "عسكريون"),
    ("مقاتل", "مقاتلين", "مقاتلون", "عنصر", "عناصر", "مسلح", "مسلحين", "مسلحون"),
    ("شخص", "أشخاص", "فرد", "أفراد", "مواطن", "مواطنين", "مواطنون", "نسمة"),
    ("قتيل", "قتلى", "جثة", "جثث", "جثمان", "جثامين", "شهيد", "شهداء"), ("جريح", "جرحى"), ("طائرة", "طائرات"),
    ("دبابة", "دبابات"),
    ("صاروخ", "صواريخ"), ("يوم", "أيام"), ("شهر", "أشهر", "شهور"), ("عام", "أعوام", "سنة", "سنوات"),
    ("دولار", "دولارات"), ("معتقل", "معتقلين"), ("منزل", "منازل"), ("قرية", "قرى"),
    ("رجل", "رجال"), ("طفل", "أطفال"), ("طالب", "طلاب"), ("عامل", "عمال"), ("مدرسة", "مدارس"),
    ("مشروع", "مشاريع"), ("أسير", "أسرى"), ("لاجئ", "لاجئين"),
)
# Words of death beside a count of people, which make it a count of the dead whatever noun it
# uses: «مقتل 5 أشخاص»، «ثلاثة من المصابين توفوا»، «أودى بحياة 12 مدنياً»، «لقي 4 عمال حتفهم».
DEATH_WORDS = ("قتل", "قتلوا", "قتلت", "مقتل", "مصرع", "حتفه", "حتفهم", "توفي", "توفيت", "توفوا",
               "وفاة", "وفيات", "بحياة", "استشهد", "استشهدوا", "استشهاد")
# Words of wounds beside a count of people, which make it a count of the wounded: «إصابة 12
# شخصاً»، «أصيب خمسة مواطنين بجروح». The nearest word of a fate decides: «مقتل 3 وإصابة 5».
INJURY_WORDS = ("أصيب", "أصيبوا", "أصيبت", "إصابة", "إصابات", "بإصابات", "بجروح", "جرح", "جرحوا",
                "إصابتهم", "يصاب", "أصابت")
# Nouns a toll counts people by besides «أشخاص» (a toll may count no noun at all).
CASUALTY_NOUNS = ("مصاب", "مصابين", "مريض", "مرضى", "مدني", "مدنيين", "راكب", "ركاب", "مسافر",
                  "مسافرين", "ضحية", "ضحايا", "آخرين", "آخرون")  # «مقتل 3 وإصابة 5 آخرين»
DEAD = "قتيل"
"""The family of the dead («قتلى»), which such counts join."""
WOUNDED = "جريح"
"""The family of the wounded («جرحى»), which counts told with a wound join."""
FATE_NAMES = ("قتلى", "جرحى")
"""How a reason names a count told with its fate, the dead and the wounded: «خمسة أشخاص
(جرحى)» against «خمسة أشخاص (قتلى)»."""
PEOPLE = "شخص"
"""The family of people counted in general («أشخاص»، «مواطنين», "people")."""
# Families of people by who they are and by what befell them. A count of people in general
# («أشخاص»، «مواطنين») may count any of them, and a count of one kind may count one fate: five
# people and five dead, twelve soldiers and twelve dead are no clash; the dead and the wounded,
# or soldiers and fighters, are.
PERSON_KINDS = ("جندي", "مقاتل", "رجل", "طفل", "طالب", "عامل", "لاجئ")
PERSON_FATES = ("قتيل", "جريح", "معتقل", "أسير")
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


def other_things(referent_a: str, referent_b: str) -> bool:
    """Whether two counted referents (``Quantity.referent``) surely name different things: not
    one family, not a currency with and without its country («دولار» / «دولار أمريكي»), not
    people in general and a kind or fate of people («أشخاص» / «قتلى»), nor a kind and a fate
    («جنود» / «قتلى»)."""
    (noun_a, _, country_a), (noun_b, _, country_b) = referent_a.partition(" "), referent_b.partition(" ")
    if noun_a == noun_b:
        return bool(country_a and country_b and country_a != country_b)
    nouns = {noun_a, noun_b}
    return not (_PEOPLE & nouns and nouns <= _PEOPLE | _KINDS | _FATES or _KINDS & nouns and _FATES & nouns)


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
_PEOPLE = frozenset({_FAMILY_OF[fold_word(PEOPLE)]})
_KINDS = frozenset(_FAMILY_OF[fold_word(word)] for word in PERSON_KINDS)
_FATES = frozenset(_FAMILY_OF[fold_word(word)] for word in PERSON_FATES)


# Money. A currency noun and the country adjective after it are one unit: «ريال سعودي» and
# «ريال قطري» are two currencies, «ريالات قطرية» and «ريالا قطريا» one.
CURRENCIES = ("دولار", "دولارات", "يورو", "اورو", "ريال", "ريالات", "دينار", "دنانير", "جنيه",
              "جنيهات", "ليرة", "ليرات", "درهم", "دراهم", "روبية", "روبيات", "ين", "يوان", "روبل",
              "فرنك", "فرنكات", "شيكل", "شيكلات", "تومان")
# The minor unit and how many make one of the currency before it: «20 دولاراً و43 سنتاً» 20.43.
MINOR_UNITS = {"سنت": 100, "سنتات": 100, "سينت": 100, "سنتا": 100, "قرش": 100, "قروش": 100,
               "هللة": 100, "هللات": 100, "c": 100, "¢": 100}
COUNTRY_ADJECTIVES = ("سعودي", "قطري", "كويتي", "إماراتي", "اماراتي", "بحريني", "عماني", "يمني",
                      "مصري", "أردني", "لبناني", "سوري", "عراقي", "ليبي", "تونسي", "جزائري",
                      "مغربي", "سوداني", "أمريكي", "أميركي", "كندي", "أسترالي", "استرالي",
                      "إسترليني", "استرليني", "إيراني", "تركي", "هندي", "باكستاني", "صيني",
                      "ياباني", "روسي", "أوروبي", "سويسري", "إسرائيلي")
# Spellings of one adjective in different letters: «دولار أميركي» is «دولار أمريكي».
ADJECTIVE_SPELLINGS = {"أميركي": "أمريكي"}
# Endings of the adjective's feminine, accusative and plural forms: «قطرية»، «قطريا»، «قطريات».
ADJECTIVE_ENDINGS = ("ة", "ه", "ا", "اً", "ًا", "ات")
# Signs and codes written beside an amount («$10»، «20 €»، «42 ج.م»), with the currency they
# stand for, spelled as its noun (and adjective) so that «10$» and «10 دولارات» match.
CURRENCY_SIGNS = {
    "$": "دولار", "US$": "دولار", "USD": "دولار", "€": "يورو", "EUR": "يورو", "£": "جنيه استرليني",
    "GBP": "جنيه استرليني", "¢": "سنت", "c": "سنت", "SAR": "ريال سعودي", "ر.س": "ريال سعودي",
    "QAR": "ريال قطري", "ر.ق": "ريال قطري", "AED": "درهم اماراتي", "د.إ": "درهم اماراتي",
    "KWD": "دينار كويتي", "د.ك": "دينار كويتي", "EGP": "جنيه مصري", "ج.م": "جنيه مصري",
    "JOD": "دينار اردني", "د.أ": "دينار اردني", "BHD": "دينار بحريني", "د.ب": "دينار بحريني",
    "OMR": "ريال عماني", "ر.ع": "ريال عماني", "LBP": "ليرة لبنانية", "ل.ل": "ليرة لبنانية",
    "SYP": "ليرة سورية", "ل.س": "ليرة سورية", "IQD": "دينار عراقي", "د.ع": "دينار عراقي",
    "¥": "ين", "₹": "روبية", "₺": "ليرة تركية",
}
# Signs written before the amount too («$10»، «USD 10»).
LEADING_SIGNS = ("$", "US$", "USD", "€", "EUR", "£", "GBP")


def country_adjective(word: str) -> str | None:
    """The masculine form of a country adjective in any of its forms («قطرية» → قطري), else
    None; ``word`` is folded (``fold_word``)."""
    if word in _ADJECTIVES:
        return _SPELLED.get(word, word)
    for ending in _FOLDED_ENDINGS:
        if word.endswith(ending) and word[: -len(ending)] in _ADJECTIVES:
            return _SPELLED.get(word[: -len(ending)], word[: -len(ending)])
    return None


_ADJECTIVES = frozenset(fold_word(word) for word in COUNTRY_ADJECTIVES)
_SPELLED = {fold_word(variant): fold_word(spelling) for variant, spelling in ADJECTIVE_SPELLINGS.items()}
_FOLDED_ENDINGS = tuple(sorted({fold_word("ب" + ending)[1:] for ending in ADJECTIVE_ENDINGS} - {""},
                               key=len, reverse=True))
