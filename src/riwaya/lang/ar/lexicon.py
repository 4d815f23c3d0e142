"""Arabic word lists the detectors read: approximation words, abbreviations, label nouns.
Spelled naturally; detectors normalise them (``normalize_ar``) before matching."""

# Before a number: (phrase, bound). «أكثر من 200 جندي» is at least 200.
APPROXIMATORS = (
    ("نحو", "about"), ("قرابة", "about"), ("ما يقارب", "about"), ("ما يقرب من", "about"),
    ("يقارب", "about"), ("حوالي", "about"), ("حوالى", "about"), ("زهاء", "about"),
    ("قرابه", "about"), ("تقريبا", "about"), ("ما يناهز", "about"), ("يناهز", "about"),
    ("أكثر من", "at-least"), ("ما يزيد على", "at-least"), ("ما يزيد عن", "at-least"),
    ("أزيد من", "at-least"), ("ما لا يقل عن", "at-least"), ("لا يقل عن", "at-least"),
    ("ما لا تقل عن", "at-least"), ("لا تقل عن", "at-least"),
    ("أقل من", "at-most"), ("ما لا يزيد على", "at-most"), ("ما دون", "at-most"),
    ("تحت", "at-most"), ("فوق", "at-least"), ("حدود", "about"),  # «تحت 18 عاماً»، «بحدود 10 دولارات»
    # «مبالغ تزيد على 25 ألف ريال»، «لا تتجاوز 10%»
    *((negator + verb + " " + preposition, "at-most" if negator else "at-least")
      for negator in ("", "لا ") for verb in ("يزيد", "تزيد") for preposition in ("على", "عن")),
    ("تتجاوز", "at-least"), ("يتجاوز", "at-least"), ("لا تتجاوز", "at-most"), ("لا يتجاوز", "at-most"),
)
# After a number: «50 آلية تقريباً».
TRAILING_APPROXIMATORS = ("تقريبا", "تقريباً")
# After an amount and its unit: «3 دولارات على الأقل»، «18 عاماً فما فوق».
TRAILING_BOUNDS = (
    ("على الأقل", "at-least"), ("على الاقل", "at-least"), ("أو أكثر", "at-least"), ("فأكثر", "at-least"),
    ("فما فوق", "at-least"), ("وما فوق", "at-least"), ("وأكثر", "at-least"),
    ("على الأكثر", "at-most"), ("أو أقل", "at-most"), ("فأقل", "at-most"), ("فما دون", "at-most"),
    ("وما دون", "at-most"),
)
# Ranges: «ما بين 40 و50 قتيلاً»، «من 10 إلى 20 دولاراً»، «من عشرة لعشرين» (the last word of
# RANGE_BETWEEN opens the range, the words before it may come first; a one-letter RANGE_TO is a
# clitic). «ارتفع من 10 إلى 20» is a change: a word of RANGE_CHANGE_WORDS in the few words before.
RANGE_BETWEEN = ("ما", "بين")
RANGE_FROM = ("من",)
RANGE_TO = ("إلى", "الى", "حتى", "ل")
RANGE_CHANGE_WORDS = (
    "ارتفع", "ارتفعت", "يرتفع", "ترتفع", "ارتفاع", "انخفض", "انخفضت", "ينخفض", "تنخفض", "انخفاض",
    "زاد", "زادت", "يزيد", "تزيد", "زيادة", "تراجع", "تراجعت", "يتراجع", "تتراجع", "قفز", "قفزت",
    "هبط", "هبطت", "هبوط", "صعد", "صعدت", "نما", "نمو", "تضاعف", "رفع", "رفعت", "خفض", "خفضت",
    "تحول", "تغير", "انتقل", "انتقلت", "تقلص", "تقلصت", "ارتفاعا", "انخفاضا", "تراجعا", "نموا",
    "هبوطا", "صعودا", "زيادة", "رفع", "خفض",
)
# «عدد» after a number is not what it counts: «ارتفع إلى 16 عدد الغارات» counts the raids.
COUNT_NOUN = "عدد"
# «3 من الجنود»: the preposition between a number and the noun it counts.
PARTITIVE = "من"
# «و» written apart between two amounts: «116 مليونا و800 ألف».
AND = "و"
# The definite article: «عشرات الآلاف» (a scale word with it), «ال 15» (written apart).
ARTICLE = "ال"

# Words that open an independent statement after a comma, hence a claim of its own: «...، فيما
# لم يصدر أي تعليق»، «...، كما أكدت ...»، «...، وذلك بعد وصول رتل ...».
STATEMENT_OPENERS = ("فيما", "كما", "بينما", "وفيما", "وبينما", "وكما", "وذلك")
# Two words that open one: «...، في حين ...».
WHEREAS = ("في", "حين")
# Words in nearly every news report, which tell no two stories apart: the reporting verbs and
# days of a wire sentence («وقال ... اليوم»), kept out of the store's fingerprints; written
# folded (no hamza), as the fingerprints compare words.
NEWS_FILLER = ("قال", "وقال", "واضاف", "اضاف", "اكد", "واكد", "ذكر", "وذكر", "اليوم", "امس", "العام")
# The commas a clause is cut at: «...، فيما ...».
COMMAS = frozenset({"،", ","})
# The marks that end a sentence, Arabic and Latin (a string).
SENTENCE_END_MARKS = ".!?؟"
# Marks trimmed from a claim's edges (a string: a token is trimmed when its text is in it).
CLAUSE_EDGE_MARKS = "،,."

PERCENT_WORDS = ("في المئة", "في المائة", "بالمئة", "بالمائة", "في المية", "%", "٪")

# Words after a number that are not what it counts.
NOT_UNITS = frozenset({
    "في", "من", "على", "إلى", "الى", "عن", "مع", "خلال", "منذ", "بعد", "قبل", "حتى", "أو", "او",
    "و", "ثم", "إن", "أن", "ان", "لا", "لم", "لن", "قد", "كما", "بين", "عند", "نحو", "حيث",
    "التي", "الذي", "الذين", "اللذين", "هذه", "هذا", "تلك", "ذلك", "أي", "كل", "فقط", "تقريبا",
    "تقريباً", "عاما", "عام", "سنة", "مقابل",
})

# Nouns that label a number rather than count with it: «القرار 2254»، «الساعة 10».
LABEL_NOUNS = frozenset({
    "رقم", "الرقم", "القرار", "قرار", "المادة", "مادة", "الفقرة", "البند", "الساعة", "ساعة",
    "الطريق", "الفرقة", "اللواء", "الكتيبة", "الدورة", "الجولة", "المرحلة", "العدد", "الصفحة",
    "عام", "العام", "سنة", "السنة", "الموسم", "الأسبوع", "الحلقة", "الجزء", "الدقيقة", "الشوط",
})

# Abbreviations that end in a full stop without ending the sentence.
ABBREVIATIONS = frozenset({
    "د", "م", "هـ", "ه", "ص", "ج", "ق", "ت", "أ", "س", "ب", "ح", "ع", "ش", "ك", "ف", "ر", "ل",
    "إلخ", "الخ",
})

# Words that carry no claim content: prepositions, conjunctions, pronouns, demonstratives,
# relatives, auxiliaries. Claims are compared on what is left.
FUNCTION_WORDS = frozenset({
    "في", "من", "على", "إلى", "الى", "عن", "مع", "خلال", "منذ", "بعد", "قبل", "حتى", "أو", "او",
    "ثم", "إن", "أن", "ان", "بأن", "لأن", "قد", "كما", "بين", "عند", "نحو", "حيث", "التي",
    "الذي", "الذين", "اللذين", "اللتين", "هذه", "هذا", "تلك", "ذلك", "هؤلاء", "أي", "كل",
    "فقط", "هو", "هي", "هم", "هما", "نحن", "أنه", "أنها", "إنه", "إنها", "ما", "ماذا", "لماذا",
    "كان", "كانت", "يكون", "تكون", "كانوا", "وكان", "وكانت", "أيضا", "أيضاً", "لدى", "لكن",
    "ولكن", "بل", "إذا", "إذ", "لقد", "فقد", "وقد", "ضمن", "دون", "عبر", "حول", "وسط", "أمام",
    "خلف", "تحت", "فوق", "ذاته", "ذاتها", "نفسه", "نفسها", "له", "لها", "لهم", "به", "بها",
    "فيه", "فيها", "منه", "منها", "عليه", "عليها", "إليه", "إليها", "وذلك", "وهو", "وهي",
    "بينما", "فيما", "وفيما", "حين", "إطار", "جانب", "إضافة", "لـ", "ل", "و", "ف",
    "ب", "ك", "لا", "لم", "لن", "ولا", "ولم", "يأتي", "تأتي", "وتأتي", "ويأتي", "جاء", "جاءت",
    "بحسب", "حسب", "وفق", "وفقا",
})

# Compass words: they place a statement («في شمال شرقي سوريا»), they do not say what happened.
DIRECTIONS = frozenset({
    "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط", "شمالا", "جنوبا",
    "شرقا", "غربا", "الشمالي", "الجنوبي", "الشرقي", "الغربي", "الشمالية", "الجنوبية",
    "الشرقية", "الغربية",
})
