"""Words around names: titles and roles (kept as a mention's attribute, not part of its name),
and the nouns that announce a place or an organisation. Spelled naturally."""

from .clitics import strip_clitics
from .normalize import normalize_ar

# Before a person's name, longest first when matching: «نائب قائد قوات التحالف» is a role.
PERSON_TITLES = (
    "الرئيس", "رئيس", "السيد", "السيدة", "الوزير", "وزير", "وزيرة", "الشيخ", "الأمير", "الملك",
    "الجنرال", "العقيد", "اللواء", "العميد", "المقدم", "الرائد", "النقيب", "الفريق", "المشير",
    "الدكتور", "الدكتورة", "د.", "المهندس", "الأستاذ", "البروفيسور", "القاضي", "المحامي", "الإمام",
    "المتحدث", "المتحدثة", "الناطق", "النائب", "السفير", "المستشار", "المبعوث", "المدير", "مدير",
    "الأمين", "قائد", "القائد", "نائب", "زعيم", "الزعيم", "رئيسة", "الرئيسة", "الصحفي", "المراسل",
    "الكاتب", "الفنان", "اللاعب", "المدرب", "الباحث", "المحلل", "الناشط", "عضو", "العضو",
)
# Adjectives that follow a title: «الرئيس الأمريكي»، «وزير الخارجية».
TITLE_QUALIFIERS = (
    "الأمريكي", "الأميركي", "الروسي", "التركي", "الإيراني", "الفرنسي", "البريطاني", "السوري",
    "العراقي", "المصري", "السعودي", "الإسرائيلي", "الفلسطيني", "اللبناني", "الأردني", "الصيني",
    "السابق", "الحالي", "المنتخب", "العام", "التنفيذي", "الأعلى", "الرسمي", "باسم",
)
# Of these, the ones that set two holders of one title apart: «الوزير الروسي» is not «الأمريكي»,
# but «المتحدث باسم» and «المتحدث الرسمي» may be one man.
NOT_DISTINCTIVE_QUALIFIERS = ("العام", "التنفيذي", "الأعلى", "الرسمي", "باسم")
LOCATION_TRIGGERS = (
    "مدينة", "بلدة", "قرية", "محافظة", "ولاية", "دولة", "منطقة", "عاصمة", "ريف", "إقليم", "جزيرة",
    "مخيم", "حي", "معبر", "قاعدة", "نهر", "بحر", "جبل", "مطار", "ميناء", "شمال", "جنوب", "شرق", "غرب",
)
ORGANISATION_TRIGGERS = (
    "وزارة", "شركة", "حزب", "منظمة", "جامعة", "مجلس", "هيئة", "وكالة", "بنك", "مصرف", "اتحاد",
    "جمعية", "قوات", "جيش", "حركة", "تنظيم", "جبهة", "لجنة", "مؤسسة", "صندوق", "محكمة", "برلمان",
    "نادي", "مركز", "معهد", "صحيفة", "قناة", "إذاعة", "تحالف", "التحالف", "الأمم", "مكتب", "كتائب",
)

# Words that begin a place's own name: «تل شعيب»، «جبل الشيخ»، «دير الزور»، «رأس العين».
PLACE_NAME_HEADS = (
    "تل", "جبل", "نهر", "بحر", "خليج", "وادي", "عين", "رأس", "دير", "كفر", "بيت", "جسر", "سهل",
    "قلعة", "جزيرة", "بئر", "مرج", "أم",
)
# Nouns after which a name is a place: «بلدة تل شعيب»، «نقطة تل الريحان»، «معبر السنابل».
PLACE_NOUNS = (
    "مدينة", "بلدة", "قرية", "محافظة", "ولاية", "منطقة", "معبر", "مطار", "قاعدة", "ميناء", "حي",
    "نقطة", "مخيم", "ناحية", "قضاء", "بلدات", "قرى", "مدن", "ريف",
)
# Nouns after which a person's name (with its title) is the name of a place or an institution:
# «مطار الملك خالد»، «جامعة الأمير سلطان»، «بجامع الإمام تركي بن عبدالله».
INSTITUTION_NOUNS = (*LOCATION_TRIGGERS, *ORGANISATION_TRIGGERS, *PLACE_NOUNS, "مستشفى", "شارع",
                     "طريق", "برج", "مسجد", "جامع", "ملعب", "استاد", "قاعة", "مدرسة", "كلية", "قصر")


def folded_noun(word: str) -> str:
    """A noun as matched against these lists: normalised, without its proclitics («بجامع» → جامع)."""
    return strip_clitics(normalize_ar(word))


INSTITUTION_WORDS = frozenset(map(folded_noun, INSTITUTION_NOUNS))
_TITLE_WORDS = frozenset(map(folded_noun, PERSON_TITLES))


def names_institution(words_before: list[str]) -> bool:
    """Whether a person's name right after these words (as written) is part of a place's or an
    institution's name: the last of them is such a noun, or a title after one («مطار الملك»)."""
    words = [folded_noun(w) for w in words_before[-2:]]
    if words and words[-1] in _TITLE_WORDS:
        words.pop()
    return bool(words) and words[-1] in INSTITUTION_WORDS
