"""Words and letters that tell two reports' statements apart, or let two spellings of one word
meet: opposites, the affixes of the light stems words are compared by, the words before a
number that say nothing of what it counts, and the words that name no one in a source.
Spelled naturally; the comparing modules normalise them.

Each line of ``OPPOSITES`` is two sets of words separated by «|»: every word of one set is the
opposite of every word of the other (ارتفاع / انخفاض, يقبل / يرفض, شمال / جنوب). ``RISE`` and
``FALL`` are the largest such pair (markets and figures going up or down, in the ways headlines
say it: «تهوي»، «قفزة»، «مكاسب»). Words are compared by their light stems
(``relate.contrast.word_core``), so one form of a verb or noun covers its inflections."""

from __future__ import annotations

from .entities import HONORIFICS

RISE = """
ارتفاع ارتفع يرتفع صعود صعد يصعد قفزة قفز يقفز زيادة زاد يزيد مكاسب مكسب ربح أرباح نمو ينمو
انتعاش ينتعش تحسن يتحسن تعافي يتعافى قياسي قياسية إيجابي إيجابا رفع يرفع نهضة
"""

FALL = """
انخفاض انخفض ينخفض هبوط هبط يهبط تراجع يتراجع نقص خسارة خسائر خسر يخسر انكماش تدهور يتدهور
انهيار انهار ينهار هوى يهوي تهوي ضعف يضعف تباطؤ يتباطأ خفض يخفض ضئيل سلبي سلبا
"""

OPPOSITES = f"""
{" ".join(RISE.split())} | {" ".join(FALL.split())}
اتهام اتهم يتهم إدانة يدين | براءة تبرئة يبرئ
تعاون يتعاون | تحد يتحدى
أعلى | أدنى
أكبر | أصغر
أكثر | أقل
فوز | خسارة
يفوز | يخسر
فاز | خسر
انتصار | هزيمة
عجز | فائض
قبول | رفض
يقبل | يرفض
يوافق | يرفض
وافق | رفض
يؤيد | يعارض
دعم | معارضة
يدعم | يعارض
يؤكد | ينفي
أكد | نفى
تعليق | استئناف
يعلق | يستأنف
يواصل | يوقف
استمرار | توقف
افتتاح | إغلاق
فتح | إغلاق
يفتح | يغلق
بدء | انتهاء
نجاح | فشل
ينجح | يفشل
نجح | فشل
سلام | حرب
تصالح | صراع
اتفاق | خلاف
ضعف | قوة
دخول | خروج
انسحاب | دخول
انسحاب | تعزيز
وصول | مغادرة
يصل | يغادر
زواج | طلاق
حظر | سماح
يحظر | يسمح
منع | سماح
يمنع | يسمح
الإفراج | اعتقال
الإفراج | القبض
حياة | موت
شمال | جنوب
شرق | غرب
الماضي | المستقبل
"""

# Light stems: the suffixes a word's core loses (up to two: «مستوياته» → «ستوي») and the one
# leading letter it loses after them: a present prefix, the «ا» of a verbal noun, the «م» of a
# participle or the future «س» («يسجل» → «سجل»، «ارتفاع» → «رتفاع»).
CORE_SUFFIXES = ("هما", "كما", "ها", "هم", "هن", "كم", "نا", "ات", "ون", "ين", "ان", "يه", "ه", "ي")
CORE_PREFIXES = ("ي", "ت", "ن", "ا", "م", "س")
# Left out of a core's skeleton after its first letter: «تسجيل» and «يسجل» both give «سجل».
LONG_VOWELS = "اوي"
# Left out of a name's or a place's key, with «ى»: «بيللوتشي» / «بيلوتشي»، «بطرسبرغ» / «بطرسبورغ».
NAME_VOWELS = LONG_VOWELS + "ى"
# Subject suffixes a verb loses before a number, so that «يضم»، «ضمت» and «ضم» meet.
VERB_SUBJECT_SUFFIXES = ("ون", "وا", "ت")
# The future prefix before a present verb: «ستنسحب» states «ينسحب» to come.
FUTURE_PREFIX = "س"
# What is left of a «لا» glued to its verb once the clitic «ل» is stripped («لاينسى» → «اينسى»),
# or once only a conjunction is («ولاتنوي» → «لاتنوي»).
GLUED_NEGATIONS = ("ا", "لا")

# Words that precede any amount («بنسبة»، «عدد»، «بلغت»): they do not say what is counted.
MEASURE_WORDS = ("نسبة", "قيمة", "مبلغ", "مقدار", "حجم", "عدد", "إجمالي", "قدره", "قدرها", "بلغ", "بلغت",
                 "وصل", "وصلت", "نحو", "حوالي")

# Words counted as negations by the relation model's own-words features, refusals among them:
# «الوزير لم يعلن»، «يرفض الاتفاق». A count, not a scope (that is ``polarity.negation_cues``).
NEGATION_WORDS = ("لا", "لم", "لن", "ليس", "ليست", "عدم", "غير", "نفى", "ينفي", "تنفي", "نفت", "نفي",
                  "يرفض", "ترفض", "رفض")

# Words in a source's name that name no one: name particles («بن»، «عبد»), honorifics that stand
# for a name said before («سموه»), the king's title and words of any office («إدارة»، «العامة»).
# Two ministers share «وزير»; they need a name in common to be one source.
NOT_NAME_WORDS = ("إدارة", "بن", "ابن", "بنت", "أبو", "عبد", *HONORIFICS, "خادم", "الحرمين",
                  "الشريفين", "العام", "العامة")
# Publication words that begin a source's own name rather than a relay: «الشبكة السورية لحقوق
# الإنسان» speaks for itself, «الصحيفة» passes on someone's words.
SELF_NAMED_MEDIA = ("شبكة",)
