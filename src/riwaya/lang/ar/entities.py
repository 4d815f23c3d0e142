"""Words around names: titles and roles (kept as a mention's attribute, not part of its name),
and the nouns that announce a place or an organisation. Spelled naturally."""

# Before a person's name, longest first when matching: «نائب قائد قوات التحالف» is a role.
PERSON_TITLES = (
    "الرئيس", "رئيس", "السيد", "السيدة", "الوزير", "وزير", "وزيرة", "الشيخ", "الأمير", "الملك",
    "الجنرال", "العقيد", "اللواء", "العميد", "المقدم", "الرائد", "النقيب", "الفريق", "المشير",
    "الدكتور", "الدكتورة", "د.", "المهندس", "الأستاذ", "البروفيسور", "القاضي", "المحامي", "الإمام",
    "المتحدث", "المتحدثة", "الناطق", "النائب", "السفير", "المستشار", "المبعوث", "المدير", "مدير",
    "الأمين", "قائد", "القائد", "نائب", "زعيم", "الزعيم", "رئيسة", "الرئيسة", "الصحفي", "المراسل",
    "الكاتب", "الفنان", "اللاعب", "المدرب", "الباحث", "المحلل", "الناشط", "عضو", "العضو",
    "الإعلامي", "الإعلامية", "الأخصائي", "أخصائي", "الخبير", "الطبيب", "المحافظ", "محافظ",
    "الوكيل", "وكيل", "المسؤول",
)
# Honorific pronouns that stand for a person named before: «وأكد سموه»، «وقال معاليه».
HONORIFICS = ("سموه", "سموها", "معاليه", "معاليها", "فضيلته", "سماحته", "جلالته", "فخامته", "سعادته")
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
    # administrations named with their place or field: «أمانة المدينة»، «مديرية الشؤون الصحية»،
    # «الديوان الملكي» (not «الشرطة»: a force that is its own name in a source's words)
    "أمانة", "بلدية", "مديرية", "إدارة", "ديوان", "الديوان", "رئاسة", "قيادة",
    # bodies named by what they watch, serve or prosecute: «المرصد السوري لحقوق الإنسان»،
    # «مصلحة الإحصاءات العامة»، «النيابة العامة»
    "مرصد", "مصلحة", "نيابة",
    # commissions and unions: «مفوضية العون الإنساني»، «نقابة الصحفيين»
    "مفوضية", "المفوضية", "نقابة",
)

# Heads of bodies that news names again by the rest of their name alone: «وزارة التعليم» is then
# «التعليم»، «قوات الحرس الوطني» «الحرس الوطني».
SHORT_FORM_HEADS = ("وزارة", "قوات")
# Letters a short form may carry before its head: «لوزارة التعليم»، «بوزارة الصحة».
SHORT_FORM_CLITICS = ("", "و", "ب", "ل", "وب", "ول", "ف")

# Definite words that end an organisation's name rather than continue it: «وزارة الصحة اليوم».
ORGANISATION_NAME_STOPS = ("اليوم", "الأمس", "الماضي", "الماضية", "الحالي", "الحالية", "الجاري",
                           "الجارية", "المقبل", "المقبلة", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء",
                           "الخميس", "الجمعة", "السبت", "الذي", "التي", "الذين", "الآن", "الأخير",
                           "الأخيرة", "العام", "الأول", "الثاني")
# The proclitics of a word that continues an organisation's name: «التعليم»، «والتراث»، «للسياحة»;
# not «بالقرار»، «فالأمر».
ORGANISATION_NAME_PROCLITICS = ("ال", "وال", "لل")
# The longest organisation name read after its head noun: «الهيئة العامة للسياحة والتراث الوطني».
ORGANISATION_NAME_WORDS = 5
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
# Nouns of a place that is its own name: «مدينة الزرقاء» is «الزرقاء», but «ريف دمشق» or «مطار
# دمشق» is not the city (a region named after its city: ``ADMINISTRATIVE_NOUNS``).
SETTLEMENT_NOUNS = ("مدينة", "بلدة", "قرية", "جزيرة", "حي", "مخيم")
# Nouns of a state: «مملكة البحرين»; and named by its kind and the adjective of its name,
# «الجمهورية اليمنية» is «اليمن», «المملكة الأردنية الهاشمية» «الأردن», «الجمهورية الإسلامية
# الإيرانية» «إيران»; the adjectives of a regime name no country.
STATE_NOUNS = ("مملكة", "جمهورية", "دولة", "سلطنة", "إمارة")
# Nouns of a state or an administrative unit before its name: «منطقة عسير»، «محافظة الخرمة»،
# «مملكة البحرين». The bare name is the same place, unless the reports name it with two kinds
# («مدينة حلب» and «محافظة حلب» are two places).
ADMINISTRATIVE_NOUNS = ("منطقة", "محافظة", "ولاية", "إقليم", "مقاطعة", "قضاء", "ناحية", "مركز",
                        *STATE_NOUNS)
STATE_TITLE_ADJECTIVES = ("العربية", "الإسلامية", "الديمقراطية", "الشعبية", "الاتحادية", "الهاشمية",
                          "المتحدة", "الفيدرالية", "الاشتراكية")
NISBA_ENDING = "ية"
# Nouns after which a person's name (with its title) is the name of a place or an institution:
# «مطار الملك خالد»، «جامعة الأمير سلطان»، «بجامع الإمام تركي بن عبدالله».
INSTITUTION_NOUNS = (*LOCATION_TRIGGERS, *ORGANISATION_TRIGGERS, *PLACE_NOUNS, "مستشفى", "شارع",
                     "طريق", "برج", "مسجد", "جامع", "ملعب", "استاد", "قاعة", "مدرسة", "كلية", "قصر")
# Of these, the ones whose name, a person's with its title, is then one mention of a place
# («طريق الملك فهد»، «مسجد عثمان بن عفان») or of an institution («مستشفى الملك فيصل»،
# «مدرسة عاصم بن أبي النجود»), the noun written without the article, as a name's head is.
NAMED_PLACE_NOUNS = ("شارع", "طريق", "جسر", "برج", "مسجد", "جامع", "ملعب", "استاد", "قصر", "ميدان",
                     "ساحة", "حي", "مطار", "ميناء", "قاعدة", "مخطط", "مخططات", "دوار", "منفذ")
NAMED_INSTITUTION_NOUNS = ("جامعة", "كلية", "مدرسة", "ثانوية", "متوسطة", "معهد", "مستشفى", "مجمع")
# The longest place name read after such a noun: «طريق الملك عبدالله الدائري» is three.
PLACE_NAME_WORDS = 3
