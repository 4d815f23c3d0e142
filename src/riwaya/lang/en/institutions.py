"""The words English and Arabic news name institutions with, each English word with the Arabic
words that render it: "Public Health Ministry" is «وزارة الصحة العامة», "Central Bank of Iraq"
«البنك المركزي العراقي», "al-Salam Government Hospital" «مستشفى السلام الحكومي»; the names
inside (Iraq, Salam) are matched by their consonants."""

TRANSLATIONS = {
    "ministry": ("وزارة",), "minister": ("وزير",), "health": ("الصحة", "الصحية"),
    "public": ("العامة", "العام"), "general": ("العامة", "العام"), "central": ("المركزي",),
    "bank": ("البنك", "بنك", "مصرف"), "university": ("جامعة",), "hospital": ("مستشفى",),
    "government": ("الحكومي", "الحكومية", "حكومة"), "council": ("مجلس",), "army": ("الجيش", "جيش"),
    "forces": ("قوات",), "foreign": ("الخارجية",), "interior": ("الداخلية",),
    "defense": ("الدفاع",), "defence": ("الدفاع",), "finance": ("المالية",), "oil": ("النفط",),
    "education": ("التعليم", "التربية"), "justice": ("العدل",), "national": ("الوطني", "الوطنية"),
    "federation": ("اتحاد",), "football": ("الكرة", "القدم"), "association": ("جمعية", "رابطة"),
    "agency": ("وكالة",), "news": ("الأنباء", "أنباء"), "organization": ("منظمة",),
    "organisation": ("منظمة",), "world": ("العالمية", "العالمي"), "united": ("المتحدة",),
    "nations": ("الأمم",), "red": ("الأحمر",), "crescent": ("الهلال",), "cross": ("الصليب",),
    "security": ("الأمن", "الأمنية"), "police": ("الشرطة",), "court": ("محكمة",),
    "supreme": ("العليا",), "parliament": ("البرلمان",), "party": ("حزب",),
    "democratic": ("الديمقراطية", "الديمقراطي"), "authority": ("هيئة", "سلطة"),
    "directorate": ("مديرية",), "committee": ("لجنة",), "international": ("الدولي", "الدولية"),
    "coalition": ("التحالف",), "club": ("نادي",), "company": ("شركة",), "electricity": ("الكهرباء",),
    "water": ("المياه",), "energy": ("الطاقة",), "trade": ("التجارة",), "economy": ("الاقتصاد",),
    "agriculture": ("الزراعة",), "civil": ("المدني", "المدنية"), "defense forces": ("الدفاع",),
    "republican": ("الجمهوري",), "guard": ("الحرس",), "revolutionary": ("الثوري",),
    "islamic": ("الإسلامية", "الإسلامي"), "state": ("الدولة",), "front": ("جبهة",),
    "movement": ("حركة",), "office": ("مكتب",), "media": ("الإعلام", "الإعلامي"),
    "human": ("الإنسان",), "rights": ("حقوق",), "observatory": ("المرصد",), "chamber": ("غرفة",),
    "commerce": ("التجارة",), "industry": ("الصناعة",), "transport": ("النقل",),
    "communications": ("الاتصالات",), "tourism": ("السياحة",), "culture": ("الثقافة",),
    "youth": ("الشباب",), "sports": ("الرياضة",), "labor": ("العمل",), "labour": ("العمل",),
    "social": ("الاجتماعية",), "affairs": ("الشؤون",), "development": ("التنمية",),
    "planning": ("التخطيط",), "housing": ("الإسكان",), "municipality": ("بلدية",),
    "municipal": ("البلدي", "البلدية"), "city": ("مدينة",), "provincial": ("المحافظة",),
    "governorate": ("محافظة",), "province": ("محافظة",), "region": ("إقليم",),
    "regional": ("الإقليمية",), "stock": ("الأوراق",), "exchange": ("البورصة", "بورصة"),
    "statistics": ("الإحصاء",), "monetary": ("النقد",), "fund": ("صندوق",),
}
# English words that carry no part of an institution's name.
NAME_FILLERS = ("of", "the", "for", "and", "&")
