"""Words that turn a statement round when one replaces the other (ارتفاع / انخفاض,
يقبل / يرفض, شمال / جنوب), written by the team. Each line of ``OPPOSITES`` is two sets of words
separated by «|»: every word of one set is the opposite of every word of the other. ``RISE`` and
``FALL`` are the largest such pair (markets and figures going up or down, in the ways headlines
say it: «تهوي»، «قفزة»، «مكاسب»). The relation model compares words by their light stems
(``contrast.word_core``), so one form of a verb or noun covers its inflections."""

from __future__ import annotations

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
