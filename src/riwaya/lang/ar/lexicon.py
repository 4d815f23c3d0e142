"""Arabic word lists the detectors read: approximation words, abbreviations, label nouns.
Spelled naturally; detectors normalise them (``normalize_ar``) before matching."""

# Before a number: (phrase, bound). «أكثر من 200 جندي» is at least 200.
APPROXIMATORS = (
    ("نحو", "about"), ("قرابة", "about"), ("ما يقارب", "about"), ("ما يقرب من", "about"),
    ("يقارب", "about"), ("حوالي", "about"), ("حوالى", "about"), ("زهاء", "about"),
    ("قرابه", "about"), ("تقريبا", "about"), ("ما يناهز", "about"), ("يناهز", "about"),
    ("أكثر من", "at-least"), ("ما يزيد على", "at-least"), ("ما يزيد عن", "at-least"),
    ("أزيد من", "at-least"), ("ما لا يقل عن", "at-least"), ("لا يقل عن", "at-least"),
    ("أقل من", "at-most"), ("ما لا يزيد على", "at-most"), ("ما دون", "at-most"),
)
# After a number: «50 آلية تقريباً».
TRAILING_APPROXIMATORS = ("تقريبا", "تقريباً")

PERCENT_WORDS = ("في المئة", "في المائة", "بالمئة", "بالمائة", "في المية", "%", "٪")

# Words after a number that are not what it counts.
NOT_UNITS = frozenset({
    "في", "من", "على", "إلى", "الى", "عن", "مع", "خلال", "منذ", "بعد", "قبل", "حتى", "أو", "او",
    "و", "ثم", "إن", "أن", "ان", "لا", "لم", "لن", "قد", "كما", "بين", "عند", "نحو", "حيث",
    "التي", "الذي", "الذين", "اللذين", "هذه", "هذا", "تلك", "ذلك", "أي", "كل", "فقط", "تقريبا",
    "تقريباً", "عاما", "عام", "سنة",
})

# Nouns that label a number rather than count with it: «القرار 2254»، «الساعة 10».
LABEL_NOUNS = frozenset({
    "رقم", "الرقم", "القرار", "قرار", "المادة", "مادة", "الفقرة", "البند", "الساعة", "ساعة",
    "الطريق", "الفرقة", "اللواء", "الكتيبة", "الدورة", "الجولة", "المرحلة", "العدد", "الصفحة",
    "عام", "العام", "سنة", "السنة", "الموسم", "الأسبوع", "الحلقة", "الجزء",
})

# Abbreviations that end in a full stop without ending the sentence.
ABBREVIATIONS = frozenset({
    "د", "م", "هـ", "ه", "ص", "ج", "ق", "ت", "أ", "س", "ب", "ح", "ع", "ش", "ك", "ف", "ر", "ل",
    "إلخ", "الخ", "Dr", "Mr", "Mrs", "Ms", "St", "Prof", "No", "Jr", "Sr", "vs", "etc", "U.S",
    "U.N", "e.g", "i.e",
})
