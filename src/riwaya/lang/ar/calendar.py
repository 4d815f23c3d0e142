"""Month and weekday names, Gregorian in their Egyptian, Levantine and Maghrebi forms, and
Hijri. Spelled naturally; detectors normalise them before matching."""

import re

from .normalize import normalize_ar

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
DAY_WORDS = {"أمس": -1, "البارحة": -1, "أول أمس": -2, "أول من أمس": -2, "اليوم": 0,
             "غدا": 1, "غداً": 1, "غد": 1, "بعد غد": 2}

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
