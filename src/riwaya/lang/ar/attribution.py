"""Words of attribution, grouped by role: the cues that open a quote, the words around a
speaker's phrase, and the nouns that say what kind of source speaks. Spelled naturally; the
quote finder (``analyze/quotes.py``) folds them with ``normalize_all``. The few functions here
add endings and strip clitics on folded words."""

from .lexicon import ARTICLE, COMMAS  # noqa: F401  (shared with the other rules; read here as words.*)

# --- Cues: words that open an attribution ---------------------------------------------------

# Past-tense reporting verbs (3rd person masculine); ``past_forms`` adds the feminine, plural
# and dual, the quote finder the conjunctions و/ف: «قال»، «وأكدت»، «فأوضحوا».
REPORTING_VERBS = (
    "قال", "أكد", "أوضح", "أشار", "أضاف", "تابع", "لفت", "شدد", "كشف", "أفاد", "بين", "صرح",
    "نفى", "اعتبر", "رأى", "ذكر", "أعلن", "زعم", "حذر", "أردف", "استطرد", "نقل", "أورد", "أبلغ",
    "اتهم", "أكدت", "طالب", "رجح", "توقع", "نبه", "وصف", "اعترف", "ادعى", "ردد", "أجمع", "أظهر",
    "تحدث", "كرر", "أقر", "استبعد", "أفصح", "غرد", "أبان",
    # stance and appeal, with what is expressed or demanded: «أعرب عن قلقه»، «حث الأطراف على ...»
    "أعرب", "حث", "أشاد", "نوه",
)
# Forms taken as they are: present tenses, and past ones whose bare stem is also a noun (نص، كتب).
VERBATIM_VERBS = (
    "يقول", "تقول", "يؤكد", "تؤكد", "يوضح", "توضح", "يشير", "تشير", "يضيف", "تضيف", "ينفي",
    "تنفي", "يرى", "ترى", "يعتبر", "تعتبر", "يذكر", "تذكر", "تفيد", "يفيد", "يكشف", "تكشف",
    "يتابع", "تتابع", "يدعي", "تدعي", "يعلن", "تعلن", "يقولون", "يؤكدون", "يرون", "يتوقع",
    "تتوقع", "يرجح", "ترجح", "يشدد", "تشدد", "تظهر", "يظهر", "ينص", "تنص", "نصت", "كتبت",
    "وكتب", "فكتب",  # «كتب» alone is also «books»; after و or ف it is the verb
    "دعا", "دعت", "دعوا", "يدعو", "تدعو",  # a final alef: «دعت الوزارة إلى ...»
)
# The outlet's own cue, its subject the outlet itself: «وعلمت "الجسر" من مصادرها أن ...».
OUTLET_VERBS = ("علمت",)
# Circumstantial participles that continue the last speaker: «مضيفاً أن ...».
PARTICIPLES = (
    "مؤكدا", "مضيفا", "مشيرا", "نافيا", "موضحا", "لافتا", "معتبرا", "مشددا", "محذرا", "قائلا",
    "مبينا", "كاشفا", "متابعا", "منوها", "مؤكدة", "مضيفة", "مشيرة", "نافية", "موضحة", "لافتة",
    "معتبرة", "مشددة", "محذرة", "قائلة", "مبينة", "واصفا", "واصفة", "مستبعدا", "مستبعدة",
    "متوعدا", "متوعدة", "مقترحا", "مقترحة", "متهما", "متهمة", "مرجحا", "مرجحة", "متوقعا",
    "متوقعة", "قائلين", "مؤكدين", "مشيرين", "مضيفين", "معتبرين", "نافين",
)
# Verbs that continue the last speaker when no subject follows them: «وأضاف أن ...».
CONTINUATION_VERBS = ("أضاف", "أضافت", "تابع", "تابعت", "أردف", "استطرد")
# Cues that mark their quote as a denial: «ونفت الشركة أن ...»، «مستبعداً وجود ...».
DENYING_CUES = ("نفى", "نفت", "نافيا", "نافية", "ينفي", "تنفي", "نفوا", "نافين", "استبعد",
                "استبعدت", "مستبعدا", "مستبعدة")
# Relays: the verb's source follows RELAY_FROM: «نقلت الوكالة عن مصدر أمني قوله إن ...».
RELAY_VERBS = ("نقل", "نقلت", "نقلته", "نقلتها", "نقلوا")
RELAY_FROM = "عن"
# «من» after unnamed holders names whom they stand with: «مصادر مقربة من الرئيس».
AFFILIATION_FROM = "من"
# Prepositional cues: the source follows them (after لـ or عن), the statement is the rest of
# the sentence: «بحسب مصادر طبية»، «نقلاً عن الوكالة». Those ending in ما are followed by a
# verb: «حسبما أفاد مصدر طبي».
ACCORDING_TO = ("بحسب", "حسب", "وفق", "وفقاً", "طبقاً", "نقلاً")
ACCORDING_TO_WHAT = ("حسبما", "بحسبما", "وفقما")
# «على ما أعلنت الوزارة» (as the ministry announced), and the ما of «بحسب ما أفادت».
AS_WHAT = ("على", "ما")
# What «وفق»، «حسب»، «طبقاً لـ» also mean: in line with a rule, a schedule or advice, not a
# source. A plan stays a source: «بحسب الخطة العسكرية، انقسمت القوة ...» tells what it says.
NORMS = (
    "قانون", "القانون", "نظام", "النظام", "أنظمة", "الأنظمة", "لائحة", "اللائحة", "لوائح", "اللوائح",
    "جدول", "الجدول", "شروط", "الشروط", "معايير", "المعايير",
    "ضوابط", "الضوابط", "تعليمات", "التعليمات", "توجيهات", "التوجيهات", "إرشادات", "الإرشادات",
    "قواعد", "القواعد", "آلية", "الآلية", "أسس", "الأسس", "إجراءات", "الإجراءات", "مواصفات",
    "المواصفات", "أحكام", "الأحكام", "الأصول", "العادة", "الحاجة", "الأولوية", "الظروف", "الموعد",
)
# Labels a headline opens with before a colon, no one's voice: «عاجل: ...»، «بالفيديو: ...».
HEADLINE_LABELS = ("عاجل", "فيديو", "بالفيديو", "بالصور", "صور", "شاهد", "حصري", "خاص", "انفوجرافيك",
                   "إنفوجرافيك", "مباشر", "تحديث")
# Cue look-alikes: «يُذكر أن ...» (it is worth noting) is the journalist's own background.
IMPERSONAL_CUES = ("يذكر",)
# Conjunctions a cue carries: «وأضاف»، «فقال».
CUE_CONJUNCTIONS = ("و", "ف")
# Cues whose form with an object pronoun is a noun: «بينه» (between it), «نصه» (its text).
NOUN_TWINS = ("بين", "نص", "ذكر")

# --- What a cue's statement starts with ----------------------------------------------------

# Complementisers between the speaker and the statement: «قال الوزير إن ...».
COMPLEMENTISERS = ("إن", "أن", "بأن", "إنه", "أنه", "إنها", "أنها", "بأنه", "بأنها", "إنهم", "أنهم",
                   "إننا", "أننا", "بأنهم", "بأننا")
# Words that link a fronted attribution to its statement: «وبحسب المصادر، فإن ...».
LINKERS = ("فإن", "فقد", "فإنه", "فإنها", "فإنهم")
# Cues whose statement may be a noun object, with no complementiser:
# «أكدت مصادر مقتل ...»، «أعلنت الوزارة ارتفاع ...»، «نفى المتحدث هذه المعلومة».
OBJECT_VERBS = ("أكد", "أعلن", "كشف", "نفى", "أظهر", "أوضح", "وصف", "اعتبر", "رجح",
                "توقع", "أبلغ", "أفاد", "استبعد", "يؤكد", "تؤكد", "ينفي", "تنفي", "يكشف", "تكشف")
# Heads of such a noun object.
OBJECT_HEADS = (
    "مقتل", "مصرع", "إصابة", "وفاة", "استشهاد", "سقوط", "ارتفاع", "انخفاض", "تراجع", "زيادة",
    "بدء", "تبني", "التزام", "عدم", "وجود", "ضرورة", "أهمية", "رفض", "استعداد", "نجاح", "فشل",
    "وصول", "تسجيل", "اعتقال", "توقيع", "انسحاب", "عثور", "أسباب", "حصيلة", "استمرار", "انتهاء",
    "تأجيل", "إلغاء", "موافقة", "تعرض", "حرص", "تمسك", "دعم", "إطلاق", "اعتزام", "نية",
    "تورط", "مسؤولية", "صحة", "إغلاق", "فتح", "افتتاح", "تعليق", "استئناف", "مزاعم", "الاتهامات",
    "الأنباء", "التقارير", "المعلومات",
    "ذلك", "هذه", "هذا", "تلك", "ما",
)
# The preposition glued to an object head: «أفادت مصادر بسقوط ...».
OBJECT_PREPOSITION = "ب"
# Pronouns that end a verb cue: «ووصفها»، «واعتبره».
OBJECT_PRONOUNS = ("ها", "ه", "هم", "هما")
# Cues followed by a preposition and a verbal noun: «أشار إلى أهمية ...»، «كشف عن ...»، and what
# is expressed or asked for: «أعرب عن قلقه»، «دعا إلى الحوار»، «حث الأطراف على التهدئة».
PREPOSITION_VERBS = ("أشار", "أكد", "كشف", "أعلن", "لفت", "نوه", "شدد", "تحدث", "نفى", "أعرب", "دعا",
                     "دعت", "حث", "طالب")
# Cues whose object takes a glued «ب»: «طالب بالسماح ...»، «نوه بعمق العلاقات»، «أشاد بجهود ...».
GLUED_OBJECT_VERBS = ("طالب", "نوه", "أشاد")
CUE_PREPOSITIONS = ("إلى", "الى", "على", "عن")

# --- Around the speaker's phrase ------------------------------------------------------------

# Particles that open a new clause: «، فيما أشار قائد ...»; never part of a speaker's name.
CLAUSE_PARTICLES = ("كما", "فيما", "بينما", "حيث", "لكن", "ولكن", "إذ", "ثم", "وقد", "قد")
# Where a speaker phrase ends (with the clause particles and the weekdays): «قال الوزير في
# تصريح لـ"رافد" أمس إن ...».
SPEAKER_STOPS = (
    "في", "خلال", "امس", "أمس", "اليوم", "يوم", "صباح", "مساء", "عبر", "عقب", "بعد", "قبل", "اثناء", "على",
    "الى", "إلى", "به", "بها", "ل", "لـ", "عن", "ما", "ايضا", "كذلك", "دائما", "مجددا", "بشدة", "قطعيا",
    "وقتها", "حينها", "قوله", "قولها", "قولهم", "آنذاك", "بدوره", "بدورها",
)
# Pronouns right after a cue that say to, of or during what, not who: «مؤكدا لهم أن»، «وقال فيه
# مصدر»، «اتصالاً ... أعرب خلاله عن».
LEADING_PRONOUNS = ("فيه", "فيها", "له", "لها", "لهم", "لهن", "لنا", "لي", "لك", "لكم", "عنه", "عنها",
                    "خلاله", "خلالها")
# Words before a person the speaker was with, who is not the speaker: «عقده مع نظيره فلان».
COMPANIONS = ("مع", "بحضور", "برفقة", "نظيره", "نظيرته", "ونظيره", "بمشاركة")
# «وكانت الوزارة (قد) أعلنت»: a past auxiliary before the subject, and قد before the verb.
PAST_AUXILIARIES = ("كان", "كانت", "وكان", "وكانت")
ALREADY = "قد"
# «إلا أن»، «غير أن»، «بيد أن» (however) before a subject: «إلا أن الوزير اعتبر أن ...».
CONTRASTS = ("إلا", "غير", "بيد")
# Relative pronouns after the source they refer to: «الدراسة التي تشير إلى أن ...».
RELATIVES = ("الذي", "التي", "الذين", "اللذين", "اللتين")
# Plural verb endings: «قالوا»، «يقولون» are never the words of one person.
PLURAL_ENDINGS = ("وا", "ون")

# --- Kinds of source ------------------------------------------------------------------------

# Always unnamed: plural and collective holders, and quantified ones («أحد السكان»).
ANONYMOUS_SOURCES = (
    "مصادر", "مصدر", "مصدران", "مصدرين", "ناشطون", "ناشطين", "شهود", "شاهد", "مراقبون",
    "مراقبين", "مسؤولون", "مسؤولين", "مسئولون", "مسئولين", "أوساط", "دوائر", "جهات", "أشخاص",
    "سكان", "أهالي", "مقربون", "خبراء", "محللون", "محللين", "الصحف", "صحف", "وسائل", "عاملون",
    "مواطنون", "متظاهرون", "تجار", "متخصصون", "متخصصين", "مختصون", "مختصين", "أحد", "إحدى",
    "بعض", "عدد", "أغلبية", "غالبية", "معظم",
)
# Unnamed only when indefinite: «قال ضابط» is anonymous, «قال قائد الكتيبة» names an office,
# «الناشط» one already named.
ANONYMOUS_WHEN_INDEFINITE = (
    "مسؤول", "مسؤولا", "مسئول", "مسئولا", "قائد", "ضابط", "موظف", "دبلوماسي",
    "متحدث", "متحدثة", "جنرال", "عامل", "تاجر", "برلماني", "ناشط", "خبير", "محلل", "مراقب",
    "مواطن", "طبيب", "سلطات", "مسؤولة", "موظفة",
)
# Sources that are already named: «وأضافت المصادر» speaks again for the sources named before.
ANAPHORIC_SOURCES = ("المصادر", "المصدر")
# Words a source's head is read past: «تلك المصادر»; and those that say «the same» after it:
# «المصادر ذاتها»، «الدبلوماسي نفسه».
DEMONSTRATIVES = ("تلك", "هذه", "ذلك", "هذا", "ذات", "نفس", "هؤلاء", "ذاتها", "نفسها")
SAME_WORDS = ("ذاتها", "نفسها", "ذاته", "نفسه")
# The outlet's own: «مراسلنا»، «مصادر خاصة».
OUTLET_SOURCES = ("مراسل", "مراسلنا", "مراسلة", *OUTLET_VERBS, "مصادر خاصة", "مصدر خاص")
# Documents: «ذكر تقرير صادر عن المنظمة»، «نصت المادة (12)».
DOCUMENT_SOURCES = ("بيان", "تقرير", "تقارير", "وثيقة", "وثائق", "تسريب", "دراسة", "إحصائية",
                    "إحصاءات", "إحصائيات", "رسالة", "مذكرة", "تصريح مكتوب", "مرسوم", "مادة",
                    "لائحة", "قانون", "إعلان", "بيانات", "تقديرات", "أرقام", "خطة", "تعداد",
                    "معطيات", "نص", "القرار", "استطلاع", "مسودة", "نتائج")
# Publications that can relay others: «ذكرت الصحيفة، وفقاً لمصادر حكومية، أن ...».
MEDIA = ("صحيفة", "الصحيفة", "وكالة", "الوكالة", "موقع", "الموقع", "قناة", "القناة",
         "تلفزيون", "التلفزيون", "إذاعة", "الإذاعة", "شبكة", "مجلة", "المجلة")
# News agencies named without «وكالة»: they relay what others said («وفقاً لرويترز»).
NEWS_AGENCIES = ("رويترز", "برس", "أسوشيتد", "الأناضول", "واس", "سانا", "كونا", "وام", "قنا",
                 "كيودو", "شينخوا", "سبوتنيك", "يونهاب", "إنترفاكس", "إرنا")

# --- Clitics and endings, on folded words ---------------------------------------------------

LAM = "ل"  # «لمصادر حكومية» (to government sources)
# Prepositions glued to a word, which end a source's chain of nouns: «متحدث باسم الوزارة».
GLUED_PREPOSITIONS = ("ب", "ل", "ك")
LAM_ARTICLE = "لل"  # «للصحفيين»: لـ before the article, which drops its alef


def past_forms(verb: str) -> frozenset[str]:
    """A folded past verb with its feminine, plural and dual endings, a final ي dropped
    where they replace it: «قال» → قالت، قالوا، قالا، قالتا; «نفي» → نفت، نفوا، نفيا، نفتا."""
    stem = verb.removesuffix("ي")
    return frozenset({verb, stem + "ت", stem + "وا", verb + "ا", stem + "تا"})


def feminine_forms(verb: str) -> frozenset[str]:
    """A folded past verb and its feminine, with and without a final ي: «نفي» → نفت، نفيت."""
    return frozenset({verb, verb.removesuffix("ي") + "ت", verb + "ت"})


def object_verb_forms(verb: str) -> frozenset[str]:
    """The forms an object-taking cue is met in: ``feminine_forms`` and the plural on the
    whole verb («اكدوا»; «نفيوا», so not «نفوا», as the finder has always had it)."""
    return feminine_forms(verb) | {verb + "وا"}


def without_lam(word: str) -> str:
    """A folded noun without a leading لـ: «للقانون» → «القانون»، «لخطة» → «خطة»."""
    if word.startswith(LAM_ARTICLE):
        return "ا" + word[1:]
    return word[1:] if word.startswith(LAM) and len(word) > 3 else word
