"""Month and weekday names, Gregorian in their Egyptian, Levantine and Maghrebi forms, and
Hijri, the other words of dates, and the date patterns built from them. Spelled naturally;
the patterns match normalised text."""

import re

from .clitics import STRIPPED_LETTERS
from .lexicon import ARTICLE
from .normalize import normalize_ar
from .numbers import DIGIT, DIGITS

GREGORIAN_MONTHS = {
    "يناير": 1, "كانون الثاني": 1, "جانفي": 1,
    "فبراير": 2, "شباط": 2, "فيفري": 2,
    "مارس": 3, "آذار": 3,
    "أبريل": 4, "إبريل": 4, "نيسان": 4, "أفريل": 4,
    "مايو": 5, "أيار": 5, "ماي": 5,
    "يونيو": 6, "يونيه": 6, "حزيران": 6, "جوان": 6,
    "يوليو": 7, "يوليه": 7, "تموز": 7, "جويلية": 7, "يوليوز": 7,
    "أغسطس": 8, "آب": 8, "أوت": 8, "غشت": 8,
    "سبتمبر": 9, "أيلول": 9, "شتنبر": 9,
    "أكتوبر": 10, "تشرين الأول": 10,
    "نوفمبر": 11, "تشرين الثاني": 11, "نونبر": 11,
    "ديسمبر": 12, "كانون الأول": 12, "دجنبر": 12,
}

HIJRI_MONTHS = {
    "محرم": 1, "صفر": 2, "ربيع الأول": 3, "ربيع الاول": 3, "ربيع الآخر": 4, "ربيع الثاني": 4,
    "جمادى الأولى": 5, "جمادى الأول": 5, "جمادى الآخرة": 6, "جمادى الثانية": 6,
    "جمادى الآخر": 6, "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10,
    "ذو القعدة": 11, "ذي القعدة": 11, "ذو الحجة": 12, "ذي الحجة": 12,
}

# Python's weekday(): Monday is 0.
WEEKDAYS = {
    "الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4,
    "السبت": 5, "الأحد": 6,
}

PAST_WORDS = ("الماضي", "الماضية", "الفائت", "الفائتة", "المنصرم", "المنصرمة", "السابق", "السابقة")
NEXT_WORDS = ("المقبل", "المقبلة", "القادم", "القادمة")
# Words that tell of something to come: a bare weekday after them is the next one («ستعقد
# الأمم المتحدة جولة جديدة يوم الاثنين»). Future verbs are «س» + a present verb of the events
# news announces; «سوف» and «من المقرر/المزمع» go with any verb.
FUTURE_WORDS = ("سوف", "المقرر", "المزمع", *(
    "س" + verb for verb in (
        "يعقد", "تعقد", "يقام", "تقام", "يلتقي", "تلتقي", "يبدأ", "تبدأ", "ينطلق", "تنطلق", "يزور",
        "تزور", "يصل", "تصل", "يجري", "تجري", "يتم", "تتم", "يكون", "تكون", "يشهد", "تشهد", "ينظم",
        "تنظم", "يستضيف", "تستضيف", "يفتتح", "تفتتح", "يصدر", "تصدر", "يعلن", "تعلن", "يجتمع",
        "تجتمع", "ينتقل", "تنتقل", "يغادر", "تغادر", "يشارك", "تشارك", "يقيم", "تقيم", "يلقي",
        "تلقي", "يوقع", "توقع", "يستأنف", "تستأنف", "يخوض", "تخوض", "يواجه", "تواجه")))
CURRENT_WORDS = ("الجاري", "الجارية", "الحالي", "الحالية")

# «صباح الثلاثاء»، «مساء أمس»: a part of the day does not change the date.
DAY_PARTS = ("صباح", "مساء", "ظهر", "عصر", "ليل", "ليلة", "فجر", "ظهيرة", "منتصف ليل", "صبيحة",
             "فجر يوم", "صباح يوم", "مساء يوم", "ليلة يوم")

# Named days relative to publication: offset in days.
DAY_WORDS = {"أمس": -1, "البارحة": -1, "أول أمس": -2, "أول من أمس": -2, "الليلة الماضية": -1,
             "اليوم": 0, "غدا": 1, "غداً": 1, "غد": 1, "بعد غد": 2}

# Spans of time for «منذ ثلاثة أيام»، «الأسبوع الماضي»: (unit, how many).
PERIOD_WORDS = {
    "يوم": ("day", 1), "أيام": ("day", 1), "يوما": ("day", 1), "يومين": ("day", 2),
    "يومان": ("day", 2),
    "أسبوع": ("week", 1), "أسابيع": ("week", 1), "أسبوعا": ("week", 1), "أسبوعين": ("week", 2),
    "شهر": ("month", 1), "أشهر": ("month", 1), "شهور": ("month", 1), "شهرا": ("month", 1),
    "شهرين": ("month", 2),
    "عام": ("year", 1), "أعوام": ("year", 1), "عاما": ("year", 1), "عامين": ("year", 2),
    "سنة": ("year", 1), "سنوات": ("year", 1), "سنين": ("year", 1), "سنتين": ("year", 2),
}
NAMED_PERIODS = {"الأسبوع": "week", "الشهر": "month", "العام": "year", "السنة": "year"}
PERIOD_EDGES = {"نهاية": "end", "أواخر": "end", "آخر": "end", "مطلع": "start", "بداية": "start",
                "أوائل": "start", "مستهل": "start", "منتصف": "middle", "أواسط": "middle"}


def named_weekdays(text: str) -> set[int]:
    """The weekdays (Monday 0) named in ``text``, with or without «و»: «أمس السبت»، «والأحد»."""
    found = set()
    for word in _WORD.findall(normalize_ar(text)):
        day = _WEEKDAYS_FOLDED.get(word, _WEEKDAYS_FOLDED.get(word[1:]) if word.startswith("و") else None)
        if day is not None:
            found.add(day)
    return found


_WEEKDAYS_FOLDED = {normalize_ar(name): day for name, day in WEEKDAYS.items()}
_WORD = re.compile(r"\w+")


# The other words of dates.
MONTH_NOUN = "شهر"  # «شهر مايو»
DAY_NOUN = "يوم"  # «يوم 17 نوفمبر»، «غد (يوم الأربعاء)»
DAY_NOUNS = (DAY_NOUN, "نهار")  # before a weekday: «يوم السبت»، «نهار الأحد»
YEAR_NOUNS = ("عام", "سنة")  # «عام 2015»، «في العام 2015»، «سنة 1436 هـ»
AGO_WORDS = ("منذ", "قبل")  # «منذ ثلاثة أيام»، «قبل يومين»
# Era marks after a year: «1436 هـ» (Hijri), «2015م» (after a shorter number «م» is metres, «100 م»).
HIJRI_ERA_MARKS = ("هـ", "ه")
GREGORIAN_ERA_MARK = "م"
# Periods in the plural with no count: «منذ أيام» is some days ago, not a date.
VAGUE_PERIODS = ("أيام", "أسابيع", "أشهر", "شهور", "أعوام", "سنوات", "سنين")
# After a day word these make it no date: «اليوم التالي»، «اليوم الوطني»، «غد أفضل».
NOT_DATES_AFTER_DAY_WORD = ("التالي", "السابق", "الأول", "الثاني", "نفسه", "ذاته", "الذي", "الوطني",
                            "الدولي", "العالمي", "أفضل", "أجمل", "مشرق")


def _alternation(words) -> str:
    """The words normalised, as a regular expression alternation, longest first; a space in a
    phrase matches any run of spaces."""
    folded = sorted({normalize_ar(w) for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in folded)


def _first_words(*groups) -> frozenset[str]:
    """The first words of the given phrases, bare and with a clitic (والسبت، بالشهر)."""
    firsts = {normalize_ar(phrase).split()[0] for group in groups for phrase in group}
    return frozenset(prefix + word for word in firsts for prefix in ("", *STRIPPED_LETTERS))


_GM = _alternation(GREGORIAN_MONTHS)
# «شهر مايو»، «فبراير (شباط)»، «فبراير شباط»
_MONTH = rf"(?:{normalize_ar(MONTH_NOUN)}\s+)?(?P<month>{_GM})(?:\s*[/(-]?\s*(?:{_GM})\s*\)?)?"
_WD = _alternation(WEEKDAYS)
_DAY = normalize_ar(DAY_NOUN)
_YEAR_NOUN = _alternation(YEAR_NOUNS)
_PART = rf"(?:(?:{_alternation(DAY_PARTS)})\s+)?"
_DIR = _alternation(PAST_WORDS + NEXT_WORDS + CURRENT_WORDS)
# «نوفمبر 2015»، «نوفمبر، 2015»، «نوفمبر من عام 2015»
_YEAR = rf"(?:\s*,?\s*(?:من\s+)?(?:(?:{_YEAR_NOUN})\s+)?(?P<year>{DIGIT}{{4}})(?!{DIGIT}))"
_B, _E = rf"(?<!\w)[{''.join(STRIPPED_LETTERS)}]?", r"(?!\w)"

# Gates: a pattern runs only on a text that passes all of its gates (a set of words of which
# one must occur, or a regular expression that must match), and only in windows around where
# its first gate occurs. Most texts hold few dates, and scanning 2 KB with each of ten
# patterns costs ten times more than the whole rest of the search.
_DIGIT, _FOUR_DIGITS = re.compile(DIGIT), re.compile(DIGIT + "{4}")
_DIGIT_DATE = re.compile(rf"{DIGIT}[/.-]{DIGIT}")
_MONTHS = _first_words(GREGORIAN_MONTHS)
_DIRECTIONS = _first_words(PAST_WORDS, NEXT_WORDS, CURRENT_WORDS)

# The date patterns on normalised text: (name, gates, regular expression); the date is group
# «x», and the other groups are what the name's resolver reads. Earlier ones win a tie.
DATE_PATTERNS = [
    ("day_month", (_MONTHS, _DIGIT),  # «السبت 17 من نوفمبر 2015»، «28 أيلول الماضي»
     rf"{_B}(?P<x>(?:(?:{_DAY}\s+)?(?:{_WD})\s*,?\s*)?(?P<day>{DIGIT}{{1,2}})\s+(?:من\s+)?{_MONTH}"
     rf"(?:{_YEAR}|\s+(?P<dir>{_DIR}))?){_E}"),
    ("hijri", (_first_words(HIJRI_MONTHS), _DIGIT),  # «2 ربيع الآخر 1442 هـ»
     rf"{_B}(?P<x>(?P<day>{DIGIT}{{1,2}})\s+(?P<hmonth>{_alternation(HIJRI_MONTHS)})"
     rf"(?:\s+(?:(?:{_YEAR_NOUN})\s+)?(?P<year>1[34]{DIGIT}{DIGIT}))?"
     rf"(?:\s*(?:{_alternation(HIJRI_ERA_MARKS)})(?!\w)\.?)?){_E}"),
    ("numeric", (_DIGIT_DATE,),  # «2020-10-03»، «3/10/2020»
     rf"(?<![{DIGITS}/.-])(?P<x>(?P<iso>{DIGIT}{{4}}-{DIGIT}{{1,2}}-{DIGIT}{{1,2}})"
     rf"|(?P<dmy>{DIGIT}{{1,2}}[/.-]{DIGIT}{{1,2}}[/.-]{DIGIT}{{4}}))(?![{DIGITS}/.-])"),
    ("month_year", (_MONTHS, _FOUR_DIGITS), rf"{_B}(?P<x>{_MONTH}{_YEAR}){_E}"),  # «نوفمبر 2019»
    ("month_relative", (_MONTHS, _DIRECTIONS),  # «أكتوبر الماضي»
     rf"{_B}(?P<x>{_MONTH}\s+(?P<dir>{_DIR})){_E}"),
    ("year", (_first_words(YEAR_NOUNS, [ARTICLE + noun for noun in YEAR_NOUNS]), _FOUR_DIGITS),  # «عام 2015»
     rf"{_B}(?P<x>(?:{ARTICLE})?(?:{_YEAR_NOUN})\s+(?P<year>{DIGIT}{{4}})){_E}"),
    ("day_word", (_first_words(DAY_WORDS),),  # «مساء أمس»، «اليوم الأحد»، «صباح غد (الأربعاء)»
     rf"{_B}(?P<x>{_PART}(?P<word>{_alternation(DAY_WORDS)})"
     rf"(?:\s*,?\s*(?P<paren>\()?\s*(?:{_DAY}\s+)?(?P<wd>{_WD})(?(paren)\s*\)))?){_E}"
     rf"(?!\s+(?:{_alternation(NOT_DATES_AFTER_DAY_WORD)}))"),
    ("weekday", (_first_words(WEEKDAYS),),  # «صباح الثلاثاء»، «يوم السبت الماضي»
     rf"{_B}(?P<x>{_PART}(?:(?:{_alternation(DAY_NOUNS)})\s+)?(?P<wd>{_WD})(?:\s+(?P<dir>{_DIR}))?){_E}"),
    # «منذ ثلاثة أيام»، «قبل خمسة وعشرين عاما»; not «قبل يومين من الانتخابات», before another event
    ("ago", (_first_words(AGO_WORDS), _first_words(PERIOD_WORDS)),
     rf"{_B}(?P<x>(?:{_alternation(AGO_WORDS)})\s+(?:(?P<n>{DIGIT}+|\w+(?:\s+و\w+)?)\s+)?"
     rf"(?P<unit>{_alternation(PERIOD_WORDS)})){_E}(?!\s+من\b)"),
    ("period", (_first_words(NAMED_PERIODS), _DIRECTIONS),  # «الأسبوع الماضي»، «نهاية العام الفائت»
     rf"{_B}(?P<x>(?:(?P<edge>{_alternation(PERIOD_EDGES)})\s+)?(?P<period>{_alternation(NAMED_PERIODS)})"
     rf"\s+(?P<dir>{_DIR})){_E}"),
]
