"""Month and weekday names, Gregorian in their Egyptian, Levantine and Maghrebi forms, and
Hijri, the other words of dates, and the date patterns built from them. Spelled naturally;
the patterns match normalised text."""

import re

from .clitics import STRIPPED_LETTERS
from .lexicon import ARTICLE
from .normalize import normalize_ar
from .numbers import DIGIT, DIGITS, ORDINAL_FORMS

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
    "السبت": 5, "الأحد": 6, "الثلاثا": 1, "الأربعا": 2,
}

PAST_WORDS = ("الماضي", "الماضية", "الفائت", "الفائتة", "المنصرم", "المنصرمة", "السابق", "السابقة")
# Not «التالي»: «الأسبوع التالي للقرار» is the week after something the story tells of.
NEXT_WORDS = ("المقبل", "المقبلة", "القادم", "القادمة", "الجاي", "الجاية")
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

# Named days relative to publication: offset in days. «اليوم الماضي» is yesterday, not today.
DAY_WORDS = {"أمس": -1, "البارحة": -1, "امبارح": -1, "أول أمس": -2, "أول من أمس": -2,
             "قبل أمس": -2, "قبل البارحة": -2, "قبل امبارح": -2, "الليلة الماضية": -1,
             "اليوم الماضي": -1, "اليوم المنصرم": -1, "اليوم الفائت": -1,
             "اليوم": 0, "غدا": 1, "غداً": 1, "غد": 1, "بعد غد": 2, "بعد الغد": 2}
# «يوم قبل أمس»، «اليوم الذي بعد الغد»: a day noun before «قبل/بعد» and its day word.
DAY_BEFORE_AFTER = ("يوم", "اليوم", "اليوم الذي", "اليوم الي", "اليوم اللي")
BEFORE_AFTER_WORDS = ("قبل", "بعد")

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
# «هذا الأسبوع»، «هذه السنة»: the period of publication.
THIS_WORDS = ("هذا", "هذه")
PERIOD_EDGES = {"نهاية": "end", "أواخر": "end", "آخر": "end", "مطلع": "start", "بداية": "start",
                "أوائل": "start", "مستهل": "start", "منتصف": "middle", "أواسط": "middle",
                "نصف": "middle", "نص": "middle"}
# The third of a named month an edge names («أوائل آذار» 1-10, «منتصف آذار» 11-20, «أواخر آذار»
# 21 to the end): first and last day, the last clipped to the month.
EDGE_DAYS = {"start": (1, 10), "middle": (11, 20), "end": (21, 31)}


# Ordinal dates and the nth weekday of a month: «الثالث من أكتوبر»، «اليوم الخامس من الشهر
# الجاري»، «آخر اثنين من مارس»، «ثالث ثلاثاء في سبتمبر». The ordinal itself is read by
# numbers.read_ordinal; these are the words around it.
LAST_WORDS = ("آخر", "الأخير", "الأخيرة")
# «الأسبوع الأول من أكتوبر»، «آخر أسبوع في سبتمبر»: a week of a month is the one that starts on
# its nth week-start day, the last the last that ends within it.
WEEK_NOUN = "أسبوع"
# «رقم 5/2015» (and «برقم») is a number (a case, a decision), not May 2015.
NUMBER_NOUN = "رقم"
OF_MONTH = ("من", "في")  # or «ب» glued: «بأيلول»
# A definite word right before an ordinal that it qualifies: «الأسبوع الأول من أكتوبر» is a
# week, «الاجتماع الثالث من نوعه» a meeting. Only these may stand there in an ordinal date.
BEFORE_ORDINAL_DATE = ("اليوم", "يوم")
# Between a weekday and the date it names: «الخميس الموافق 14 فبراير»، «يوم الاثنين في 18 شباط».
AGREEING_WORDS = ("الموافق", "الموافقة", "في")
# After a weekday, «عشر» makes it a number: «الأحد عشر» is eleven, not Sunday.
TEEN_WORDS = ("عشر", "عشرة")
# A month by its number: «شهر 3»، «شهر عشرة» (only inside a longer date: «بداية شهر 3»).
MONTH_NUMBER_MAX = 12
NOT_MONTH_NUMBERS = ("واحد", "واحدة")  # «شهر واحد» is one month, not January

# Ranges of days: «من 13 إلى 15 تموز»، «بين 10 و12 مارس»، «13-15 يوليو».
RANGE_BETWEEN = ("بين", "ما بين")
RANGE_FROM = ("من", *RANGE_BETWEEN)
RANGE_TO = ("إلى", "الى", "حتى", "وحتى", "ولغاية", "لغاية")
RANGE_AND = "و"  # after «بين» only

# Clock times: «الساعة 3 عصراً»، «18:30»، «الساعة الثامنة مساء»، «الساعة الثالثة والنصف».
HOUR_NOUN = "الساعة"
# The part of the day after an hour: the hours it adds to a 12-hour clock (PM parts add 12
# to an hour from 1 to 11; «12 ظهراً» stays 12).
CLOCK_PARTS = {"صباحا": 0, "صباحاً": 0, "فجرا": 0, "فجراً": 0, "الصبح": 0,
               "ظهرا": 12, "ظهراً": 12, "عصرا": 12, "عصراً": 12, "مساء": 12, "مساءً": 12, "مساءا": 12,
               "ليلا": 12, "ليلاً": 12, "بعد الظهر": 12, "بعد العصر": 12}
# Parts of the day as «من مساء/صباح»: «الثامنة من مساء أمس».
# Marks that part a clock time from a day named next to it.
CLOCK_BREAKS = ".,،؛;:!?\n"
CLOCK_PART_NOUNS = {"صباح": 0, "فجر": 0, "ظهر": 12, "عصر": 12, "مساء": 12, "ليل": 12, "ليلة": 12}
# Minutes after an hour: «والنصف»، «والربع»، «إلا ربعاً».
CLOCK_FRACTIONS = {"والنصف": 30, "و النصف": 30, "ونصف": 30, "والربع": 15, "و الربع": 15, "وربع": 15,
                   "والثلث": 20, "إلا ربعا": -15, "إلا ربع": -15, "الا ربع": -15}

# Holidays, by calendar. Islamic ones are a Hijri day, resolved through hijridate to the date
# nearest the publication (or in the year written); fixed Gregorian ones are a day of a month;
# Easter is computed. A month-long one is a range: «شهر رمضان»، «رمضان 1441».
HIJRI_HOLIDAYS = {
    "عيد الفطر": (10, 1), "عيد الفطر المبارك": (10, 1), "عيد الأضحى": (12, 10),
    "عيد الأضحى المبارك": (12, 10), "رأس السنة الهجرية": (1, 1), "المولد النبوي": (3, 12),
    "المولد النبوي الشريف": (3, 12), "يوم عرفة": (12, 9), "يوم عرفات": (12, 9), "يوم عاشوراء": (1, 10),
    "ذكرى الإسراء والمعراج": (7, 27),
}
HIJRI_MONTH_HOLIDAYS = {"شهر رمضان": 9, "شهر رمضان المبارك": 9}
# A Hijri month name followed by a year is the month as a range: «رمضان 1441»، «رمضان 2019».
GREGORIAN_HOLIDAYS = {
    "رأس السنة الميلادية": (1, 1), "عيد الميلاد": (12, 25), "عيد الميلاد المجيد": (12, 25),
    "عيد العمال": (5, 1), "عيد الحب": (2, 14), "عيد الأم": (3, 21), "يوم المرأة العالمي": (3, 8),
}
EASTER_HOLIDAYS = ("عيد الفصح", "عيد الفصح المجيد")


# A weekday without its article («ثالث ثلاثاء»), with and without its final hamza («أربعا»).
WEEKDAYS_BARE = {form: day for name, day in WEEKDAYS.items()
                 for form in (name[len(ARTICLE):], name[len(ARTICLE):].rstrip("ء"))}


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
# «فبراير (شباط)»، «فبراير شباط»، and after a slash any word, the other name however misspelled
_MONTH = (rf"(?:{normalize_ar(MONTH_NOUN)}\s+)?(?P<month>{_GM})"
          rf"(?:\s*[/(-]?\s*(?:{_GM})\s*\)?|\s*/\s*[^\W\d]+)?")
_WD = _alternation(WEEKDAYS)
_DAY = normalize_ar(DAY_NOUN)
_YEAR_NOUN = _alternation(YEAR_NOUNS)
_PART = rf"(?:(?:{_alternation(DAY_PARTS)})\s+)?"
_DIR = _alternation(PAST_WORDS + NEXT_WORDS + CURRENT_WORDS)
# «نوفمبر 2015»، «نوفمبر، 2015»، «نوفمبر من عام 2015»
_YEAR = (rf"(?:\s*,?\s*(?:(?:من|في)\s+)?(?:[بل]?(?:{ARTICLE})?(?:{_YEAR_NOUN})\s+)?"
         rf"(?P<year>{DIGIT}{{4}})(?!{DIGIT}))")
_B, _E = rf"(?<!\w)[{''.join(STRIPPED_LETTERS)}]?", r"(?!\w)"
# After a weekday: not «عشر», which makes «الأحد عشر» eleven.
_NOT_TEEN = rf"(?!\s+(?:{_alternation(TEEN_WORDS)})(?!\w))"
_WDX = rf"(?:{_WD}){_NOT_TEEN}"
# A weekday without its article, after an ordinal: «ثالث ثلاثاء»، «آخر اثنين».
_WD_BARE = _alternation(WEEKDAYS_BARE)
# An ordinal's shape, from its first word (numbers.read_ordinal reads it): «الثالث»، «الثالث عشر»،
# «الخامس والعشرين»
_ORD_FIRST = "|".join(sorted((re.escape(w) for w in ORDINAL_FORMS), key=len, reverse=True))
_ORD = rf"(?:{_alternation(LAST_WORDS)}|(?:{_ORD_FIRST})(?:\s+(?:عشر|عشره)|\s+و\s*ال\w+)?)(?!\w)"
_OF = rf"(?:(?:{_alternation(OF_MONTH)})\s+|ب(?=\w))"
_THIS = _alternation(THIS_WORDS)
_WEEK = normalize_ar(WEEK_NOUN)
_MONTH_NOUN_DEF = normalize_ar(ARTICLE + MONTH_NOUN)
# A month named, numbered («شهر 3»، «شهر عشرة») or the publication's («الشهر الجاري»، «هذا الشهر»,
# «الشهر المقبل»)
# «الشهر» alone is left out: in news it is mostly the month the story speaks of («ذروتها خلال
# اليوم الأخير من الشهر» of Ramadan), not the publication's.
_MONTH_REF = (rf"(?:{_MONTH}(?:\s+(?P<mndir>{_DIR}))?"
              rf"|{normalize_ar(MONTH_NOUN)}\s+(?P<mnum>{DIGIT}{{1,2}}|\w+)"
              rf"|(?P<this>{_THIS})\s+(?P<cur>{_MONTH_NOUN_DEF})|(?P<cur2>{_MONTH_NOUN_DEF})\s+(?P<mdir>{_DIR}))"
              rf"(?:\s+(?:من\s+)?(?:{ARTICLE})(?:{_YEAR_NOUN})\s+(?P<ydir>{_DIR}))?")
_AGREE = rf"(?:(?:{_alternation(AGREEING_WORDS)})\s+)?"
_LAST = _alternation(LAST_WORDS)
_HOLIDAYS = _alternation([*HIJRI_HOLIDAYS, *GREGORIAN_HOLIDAYS, *EASTER_HOLIDAYS, *HIJRI_MONTH_HOLIDAYS])
_HOUR_WORD = r"\w+(?:\s+(?:عشر|عشره))?"
_CLOCK_PART = _alternation(CLOCK_PARTS)
_FRACTION = _alternation(CLOCK_FRACTIONS)

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
     rf"{_B}(?P<x>(?:(?:{_DAY}\s+)?(?P<wd>{_WD})\s*,?\s*{_AGREE})?(?P<day>{DIGIT}{{1,2}})\s+(?:من\s+)?{_MONTH}"
     rf"(?:{_YEAR}|\s+(?P<dir>{_DIR}))?){_E}"),
    ("hijri", (_first_words(HIJRI_MONTHS), _DIGIT),  # «2 ربيع الآخر 1442 هـ»
     rf"{_B}(?P<x>(?P<day>{DIGIT}{{1,2}})\s+(?P<hmonth>{_alternation(HIJRI_MONTHS)})"
     rf"(?:\s+(?:(?:{_YEAR_NOUN})\s+)?(?P<year>1[34]{DIGIT}{DIGIT}))?"
     rf"(?:\s*(?:{_alternation(HIJRI_ERA_MARKS)})(?!\w)\.?)?){_E}"),
    ("numeric", (_DIGIT_DATE,),  # «2020-10-03»، «3/10/2020»
     rf"(?<![{DIGITS}/.-])(?P<x>(?P<iso>{DIGIT}{{4}}-{DIGIT}{{1,2}}-{DIGIT}{{1,2}})"
     rf"|(?P<dmy>{DIGIT}{{1,2}}[/.-]\s?{DIGIT}{{1,2}}[/.-]{DIGIT}{{4}})"
     rf"|(?<!{NUMBER_NOUN}\s)(?P<my>{DIGIT}{{1,2}}/{DIGIT}{{4}}))(?![{DIGITS}/.-])"),
    ("month_year", (_MONTHS, _FOUR_DIGITS), rf"{_B}(?P<x>{_MONTH}{_YEAR}){_E}"),  # «نوفمبر 2019»
    ("month_relative", (_MONTHS, _DIRECTIONS),  # «أكتوبر الماضي»
     rf"{_B}(?P<x>{_MONTH}\s+(?P<dir>{_DIR})){_E}"),
    ("year", (_first_words(YEAR_NOUNS, [ARTICLE + noun for noun in YEAR_NOUNS]), _FOUR_DIGITS),  # «عام 2015»
     rf"{_B}(?P<x>(?:{ARTICLE})?(?:{_YEAR_NOUN})\s+(?P<year>{DIGIT}{{4}})){_E}"),
    ("day_word", (_first_words(DAY_WORDS),),  # «مساء أمس»، «اليوم الأحد»، «صباح غد (الأربعاء)»
     rf"{_B}(?P<x>{_PART}(?:(?:{_alternation(DAY_BEFORE_AFTER)})\s+(?=(?:{_alternation(BEFORE_AFTER_WORDS)})\s))?"
     rf"(?P<word>{_alternation(DAY_WORDS)})"
     rf"(?:\s*,?\s*(?P<paren>\()?\s*(?:{_DAY}\s+)?(?P<wd>{_WD})(?(paren)\s*\)))?){_E}"
     rf"(?!\s+(?:{_alternation(NOT_DATES_AFTER_DAY_WORD)}))"),
    ("weekday", (_first_words(WEEKDAYS),),  # «صباح الثلاثاء»، «يوم السبت الماضي»
     rf"{_B}(?P<x>{_PART}(?:(?:{_alternation(DAY_NOUNS)})\s+)?(?P<wd>{_WD})(?:\s+(?P<dir>{_DIR}))?){_E}{_NOT_TEEN}"),
    # «منذ ثلاثة أيام»، «قبل خمسة وعشرين عاما»; not «قبل يومين من الانتخابات», before another event
    ("ago", (_first_words(AGO_WORDS), _first_words(PERIOD_WORDS)),
     rf"{_B}(?P<x>(?:{_alternation(AGO_WORDS)})\s+(?:(?P<n>{DIGIT}+|\w+(?:\s+و\w+)?)\s+)?"
     rf"(?P<unit>{_alternation(PERIOD_WORDS)})){_E}(?!\s+من\b)"),
    ("period", (_first_words(NAMED_PERIODS), _DIRECTIONS),  # «الأسبوع الماضي»، «نهاية العام الفائت»
     rf"{_B}(?P<x>(?:(?P<edge>{_alternation(PERIOD_EDGES)})\s+)?(?P<period>{_alternation(NAMED_PERIODS)})"
     rf"\s+(?P<dir>{_DIR})){_E}"),
    ("this_period", (_first_words(THIS_WORDS), _first_words(NAMED_PERIODS)),  # «هذا الأسبوع»
     rf"{_B}(?P<x>(?:{_THIS})\s+(?P<period>{_alternation(NAMED_PERIODS)})){_E}"),
    # «الثالث من أكتوبر»، «اليوم الخامس من الشهر الجاري»، «الخميس الأول من مارس»، «الاثنين
    # الأخير من شهر 3»، «أواخر آذار»، «بداية شهر 3»
    ("ordinal_day", (_first_words(GREGORIAN_MONTHS, [MONTH_NOUN, ARTICLE + MONTH_NOUN]),),
     rf"{_B}(?P<x>(?:(?:{_DAY}|{ARTICLE}{_DAY})\s+)?(?:(?P<wd>{_WDX})\s*,?\s*{_AGREE})?"
     rf"(?:(?P<edge>{_alternation(PERIOD_EDGES)})|(?P<ord>{_ORD}))(?P<dayn>\s+{_DAY})?\s+{_OF}?{_MONTH_REF}"
     rf"(?:{_YEAR})?){_E}"),
    # «الأسبوع الأول من شهر 10»، «أول أسبوع بشهر أكتوبر 2014»، «آخر أسبوع في سبتمبر»
    ("week_of_month", (_first_words(GREGORIAN_MONTHS, [MONTH_NOUN, ARTICLE + MONTH_NOUN]),
                       _first_words([WEEK_NOUN, ARTICLE + WEEK_NOUN])),
     rf"{_B}(?P<x>(?:(?P<ord>{_ORD})\s+{_WEEK}|{ARTICLE}{_WEEK}\s+(?P<ord2>{_ORD}))\s+{_OF}?{_MONTH_REF}"
     rf"(?:{_YEAR})?){_E}"),
    # «ثالث ثلاثاء في سبتمبر»، «آخر اثنين من الشهر المقبل»، «آخر يوم من شهر 10»
    ("nth_weekday", (_first_words(GREGORIAN_MONTHS, [MONTH_NOUN, ARTICLE + MONTH_NOUN]),),
     rf"{_B}(?P<x>(?P<ord>\w+)\s+(?:{_DAY}\s+)?(?P<wd>{_WD_BARE}|{_DAY})\s+{_OF}?{_MONTH_REF}"
     rf"(?:{_YEAR})?){_E}"),
    # «السبت السادس عشر»: a weekday and a day of the month past the tenth, no month named
    ("weekday_ordinal", (_first_words(WEEKDAYS),),
     rf"{_B}(?P<x>(?:{_DAY}\s+)?(?P<wd>{_WDX})\s*,?\s*{_AGREE}(?P<ord>{_ORD})){_E}"),
    # «أحد الأسبوع الماضي»، «الاثنين من الأسبوع الحالي»
    ("week_weekday", (_first_words(NAMED_PERIODS), _first_words(WEEKDAYS, WEEKDAYS_BARE)),
     rf"{_B}(?P<x>(?:{_DAY}\s+)?(?P<wd>{_WDX}|{_WD_BARE})\s+(?:من\s+)?(?:(?P<wthis>{_THIS})\s+)?"
     rf"{normalize_ar(ARTICLE)}اسبوع(?:\s+(?P<dir>{_DIR}))?){_E}"),
    # «من 13 إلى 15 تموز»، «بين 10 و12 مارس»، «13-15 يوليو»، «من 30 حزيران إلى 2 تموز»
    ("day_range", (_MONTHS, _DIGIT),
     rf"{_B}(?P<x>(?:(?P<from>{_alternation(RANGE_FROM)})\s+)?(?P<first>{DIGIT}{{1,2}})(?:\s+(?P<m1>{_GM}))?"
     rf"\s*(?:-|(?:{_alternation(RANGE_TO)})\s+|(?P<and>{RANGE_AND})\s*)(?P<day>{DIGIT}{{1,2}})\s+(?:من\s+)?"
     rf"{_MONTH}(?:{_YEAR})?){_E}"),
    ("holiday", (_first_words(HIJRI_HOLIDAYS, GREGORIAN_HOLIDAYS, EASTER_HOLIDAYS, HIJRI_MONTH_HOLIDAYS),),
     rf"{_B}(?P<x>(?P<holiday>{_HOLIDAYS})"
     rf"(?:{_YEAR}(?:\s*(?P<era>{_alternation(HIJRI_ERA_MARKS)})(?!\w)\.?)?)?){_E}"),
    # «رمضان 1441»، «رمضان 2019»: a Hijri month and its year, the whole month
    ("hijri_month", (_first_words(HIJRI_MONTHS), _FOUR_DIGITS),
     rf"{_B}(?P<x>(?:{normalize_ar(MONTH_NOUN)}\s+)?(?P<hmonth>{_alternation(HIJRI_MONTHS)})"
     rf"{_YEAR}(?:\s*(?:{_alternation(HIJRI_ERA_MARKS)})(?!\w)\.?)?){_E}"),
]

# Clock times, found apart from the dates and joined to the day next to them: «الساعة 3 عصراً»،
# «18:30»، «الساعة الثامنة مساء»، «الساعة الحادية عشرة والنصف ليلاً»، «10 صباحاً».
CLOCK_PATTERN = (
    rf"{_B}(?P<x>{normalize_ar(HOUR_NOUN)}\s+(?:(?P<h>{DIGIT}{{1,2}})(?:[:.](?P<m>{DIGIT}{{2}}))?|(?P<hw>{_HOUR_WORD}))"
    rf"(?:\s+(?P<frac>{_FRACTION}))?(?:\s+(?P<part>{_CLOCK_PART}))?"
    rf"|(?<![{DIGITS}:./-])(?P<h2>{DIGIT}{{1,2}}):(?P<m2>{DIGIT}{{2}})(?![{DIGITS}:./-])(?:\s+(?P<part2>{_CLOCK_PART}))?"
    rf"|(?<![{DIGITS}:./-])(?P<h3>{DIGIT}{{1,2}})\s+(?P<part3>{_CLOCK_PART})){_E}"
)
