"""Arabic number words (خمسة، مئة وعشرون ألفا، ثلاثة آلاف وخمسمائة) read into values, and
the digits riwaya reads numbers from.

Tables are keyed by normalised spelling (``normalize_ar``): hamza-less alef, ه for ة, ي for ى,
no diacritics, so «ألفًا» and «الفا» are the same key.
"""

from __future__ import annotations

from .lexicon import NOT_UNITS
from .normalize import normalize_all, normalize_ar

DIGITS = "0123456789" "٠١٢٣٤٥٦٧٨٩" "۰۱۲۳۴۵۶۷۸۹"
"""The digits numbers are read from: ASCII, Arabic-Indic (٠-٩) and Extended Arabic-Indic (۰-۹).
``str.isdigit()`` and ``\\d`` take more: «²» and «①», on which ``int()`` fails, and the digits of
other scripts. Those are no number to riwaya."""
DIGIT = f"[{DIGITS}]"
"""``DIGITS`` as a regular expression class, in place of ``\\d``."""


MINUS_SIGNS = ("-", "\u2212", "\u2013")
"""A minus glued to digits and not to what comes before («-1.2»، «درجة -5»): a negative."""
NEGATIVE_WORDS = ("سالب",)  # «سالب 5»
LEADING_POINTS = (".", "\u066b")
"""A decimal point glued before digits and after a space («٫٧٧»): the number is under one."""
POINT_WORD = "فاصلة"  # «1 فاصلة 5» is 1.5


def is_digits(word: str) -> bool:
    """Whether ``word`` is one or more of ``DIGITS`` and nothing else («10²» is not)."""
    return bool(word) and not word.strip(DIGITS)


def read_decimal(word: str) -> float | None:
    """The value of digits with at most one decimal point («12»، «3.5»، «٣٥»), else None."""
    return float(word) if is_digits(word.replace(".", "", 1)) else None


def _fold(table: dict[str, float]) -> dict[str, float]:
    """The table keyed by normalised spelling, so it matches normalised text."""
    return {normalize_ar(word): value for word, value in table.items()}

UNITS = _fold({
    "واحد": 1, "واحدا": 1, "واحده": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2, "اثني": 2,
    "اثنتا": 2, "اثنتي": 2, "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5,
    "ست": 6, "سته": 6, "سبع": 7, "سبعه": 7, "ثمان": 8, "ثماني": 8, "ثمانيه": 8, "تسع": 9,
    "تسعه": 9, "عشر": 10, "عشره": 10,
})
TEEN_ONE = _fold({"احد": 1, "احدي": 1})  # only before عشر/عشرة: أحد عشر، إحدى عشرة
ZERO = normalize_ar("صفر")  # «صفر» is also the Hijri month: a number only away from a date
UNITS[ZERO] = 0
TENS = _fold({
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "اربعون": 40, "اربعين": 40,
    "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
    "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
})
HUNDREDS = _fold({"مئه": 100, "مائه": 100, "مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200,
            "مئتا": 200, "مائتا": 200, "مئتي": 200, "مائتي": 200})
for _stem, _n in (("ثلاث", 3), ("اربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7), ("ثمان", 8),
                  ("ثماني", 8), ("تسع", 9)):
    HUNDREDS[_stem + "ميه"] = HUNDREDS[_stem + "مايه"] = _n * 100
# Egyptian and Levantine spellings that news prints in quotes and sports copy: «اتنين»،
# «تلاتة»، «متين»، «تلتمية»، «حداشر». Measured on 2,000 SaudiNewsNet articles (seed 2020) they
# added two readings, both false: «حبل متين» (strong) and «تمنيه» (his wish). So «تمنية» is
# left out and «متين» is two hundred only inside a longer number («متين وعشرة»); not «مية»
# (water) nor «ميت» (dead) either, which are a hundred too.
DIALECT_UNITS = _fold({"اتنين": 2, "تلاتة": 3, "تلاته": 3, "تلات": 3, "تمانية": 8, "تمان": 8})
DIALECT_TENS = _fold({
    "حداشر": 11, "اتناشر": 12, "تلتاشر": 13, "تلطاشر": 13, "اربعتاشر": 14, "اربعطاشر": 14,
    "خمستاشر": 15, "خمسطاشر": 15, "ستاشر": 16, "سطاشر": 16, "سبعتاشر": 17, "سبعطاشر": 17,
    "تمنتاشر": 18, "تمنطاشر": 18, "تسعتاشر": 19, "تسعطاشر": 19, "تلاتين": 30, "تمانين": 80,
})
DIALECT_HUNDREDS = _fold({"متين": 200, "تلتمية": 300, "تلتميه": 300, "ربعمية": 400, "ربعميه": 400,
                          "تمنمية": 800, "تمنميه": 800})
UNITS.update(DIALECT_UNITS)
TENS.update(DIALECT_TENS)  # a teen reads as a ten: «مية وحداشر» 111، «حداشر ألف» 11000
HUNDREDS.update(DIALECT_HUNDREDS)
SCALES = _fold({
    "الف": 1e3, "الفا": 1e3, "الاف": 1e3, "الوف": 1e3, "مليون": 1e6, "مليونا": 1e6,
    "ملايين": 1e6, "مليار": 1e9, "مليارا": 1e9, "مليارات": 1e9, "بليون": 1e9, "بليونا": 1e9,
    "بلايين": 1e9, "تريليون": 1e12, "ترليون": 1e12,
})
PLURAL_SCALES = normalize_all(("آلاف", "ألوف", "ملايين", "مليارات", "بلايين"))  # need a count
DUAL_SCALES = _fold({"الفان": 1e3, "الفين": 1e3, "الفي": 1e3, "مليونان": 1e6, "مليونين": 1e6,
               "مليوني": 1e6, "ملياران": 1e9, "مليارين": 1e9})
# Singular after a count («مئة ألفا»), but the dual in construct before a noun: «مليونا ريال».
DUAL_CONSTRUCTS = normalize_all(("ألفا", "مليونا", "مليارا", "بليونا"))
_NOT_NOUNS = normalize_all(NOT_UNITS)
_ONES = ("واحد", "واحدا", "واحده")  # normalised
_TWOS = tuple(normalize_all(("اثنين", "اثنان", "اثنتين", "اثنتان")))
# One and two follow the noun they count («جندي واحد»، «في آن واحد»): alone, no amount.
ONES_AND_TWOS = frozenset(_ONES + _TWOS)
DIALECT_NOT_ALONE = frozenset({normalize_ar("متين")})
NOT_ALONE = ONES_AND_TWOS | DIALECT_NOT_ALONE
"""Words that are a number only inside a longer number phrase: alone, «جندي واحد» follows
its noun and «متين» (even «ومتين») is "strong"; «وواحد» in a list of counts is one."""
HALF = "نصف"  # «مليون ونصف» = 1.5 million
VAGUE = _fold({
    # a few / tens / hundreds / thousands / millions of: the lower bound, approximate
    "بضع": 3, "بضعه": 3, "عشرات": 20, "مئات": 200, "الاف": 2000, "الوف": 2000, "ملايين": 2e6,
})
# The first word of an ordinal from eleventh to ninety-ninth: «الحادي عشر»، «الثالثة عشرة»،
# «الخامس والعشرين». The number word after it names a rank, not an amount.
ORDINAL_UNITS = normalize_all(
    article + stem + ending
    for article in ("", "ال")
    for stem in ("حادي", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع")
    for ending in ("", "ة")
)
# Prefixes a number word may carry: conjunctions and prepositions, never the article,
# so that «الاثنين» (Monday) and «الخامس» stay out, nor «ك», so that «كمية» is no «ك» + «مئة».
NUMBER_PREFIXES = frozenset({"", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"})
_TEN_WORDS = ("عشر", "عشره")
_ONE_EACH = ("unit", "ten", "hundred")  # a number phrase has at most one word of each
_KINDS = (("unit", UNITS), ("ten", TENS), ("hundred", HUNDREDS), ("scale", SCALES),
          ("dual", DUAL_SCALES), ("teen-one", TEEN_ONE))


def _with_prefixes(tables) -> dict[str, tuple]:
    """Every number word with every prefix it may carry, for one dictionary look-up a word."""
    forms = {}
    for kind, table in reversed(tables):  # earlier kinds win
        for stem, value in table.items():
            for prefix in NUMBER_PREFIXES:
                forms[prefix + stem] = (prefix, kind, value)
    return forms


def _with_article(tables) -> dict[str, str]:
    """Every number word with the article after a prefix (الخمسة، بالخمسة، للخمسة), mapped to
    the word without it (خمسة، بخمسة، خمسة), keeping the letters before the article."""
    forms = {}
    for prefix in NUMBER_PREFIXES:
        before, article = (prefix[:-1], "لل") if prefix.endswith("ل") else (prefix, "ال")
        for table in tables:
            forms.update({before + article + stem: before + stem for stem in table})
    return forms


NUMBER_FORMS = _with_prefixes(_KINDS)
# With the article a number word is an amount only in «الخمسة والعشرين» (see _without_article).
DEFINITE_FORMS = _with_article((UNITS, TENS, HUNDREDS))
CONJOINED_DEFINITE = frozenset(word for word in DEFINITE_FORMS if word.startswith("وال"))  # والعشرين
VAGUE_FORMS = {prefix + stem: (value, prefix) for stem, value in VAGUE.items() for prefix in NUMBER_PREFIXES}


def read_number_word(word: str) -> tuple[str, str, float] | None:
    """(prefix, kind, value) for a normalised word that is a number word, maybe with a
    proclitic (لخمسة، وعشرون); None otherwise."""
    return NUMBER_FORMS.get(word)


def parse_number_words(words: list[str]) -> tuple[float, int] | None:
    """Read the longest number phrase at the start of ``words`` (normalised tokens).

    Returns (value, how many words it used), or None when the first word is no number word.
    «مئة وعشرون ألفا» → 120000; «ثلاثة آلاف وخمسمائة» → 3500; «الخمسة والعشرين» → 25;
    «أربعة و عشرون» (the «و» written apart) → 24 in three words.
    """
    joined, widths = _join_conjunctions(words)
    parsed = _parse_joined(joined)
    return (parsed[0], sum(widths[: parsed[1]])) if parsed else None


def _join_conjunctions(words: list[str]) -> tuple[list[str], list[int]]:
    """The words with a «و» written apart joined to the number word after it («و عشرون» →
    «وعشرون»), and how many words each joined word stands for."""
    joined, widths = [], []
    i = 0
    while i < len(words):
        after = "و" + words[i + 1] if words[i] == "و" and i + 1 < len(words) else None
        if after and (after in NUMBER_FORMS or after in CONJOINED_DEFINITE or after == "و" + HALF):
            joined.append(after)
            widths.append(2)
            i += 2
        else:
            joined.append(words[i])
            widths.append(1)
            i += 1
    return joined, widths


def _parse_joined(words: list[str]) -> tuple[float, int] | None:
    """``parse_number_words`` once a «و» written apart is joined to its word."""
    plain = _without_article(words)
    if plain is None:
        return _read_phrase(words)
    parsed = _read_phrase(plain)
    return parsed if parsed and parsed[1] > 1 else None  # «العشرين والثلاثين» is a range


def _read_phrase(words: list[str]) -> tuple[float, int] | None:
    """``parse_number_words`` on words without the article."""
    total = group = last_scale = 0.0
    used = 0
    last_kind = None
    for i, word in enumerate(words):
        found = read_number_word(word)
        if found is None:
            if word == "و" + HALF and last_kind in ("scale", "dual"):
                total, used = total + last_scale / 2, i + 1
            break
        prefix, kind, value = found
        if i == 0:
            stem = word[len(prefix):]
            if kind == "scale" and stem in PLURAL_SCALES:
                return None
            if kind == "scale" and stem in DUAL_CONSTRUCTS and _noun_follows(words):
                kind = "dual"
            if kind == "teen-one" and (len(words) < 2 or words[1] not in _TEN_WORDS):
                return None
        elif prefix in ("و", "ف"):
            if kind not in ("unit", "ten", "hundred", "dual") or kind == last_kind in _ONE_EACH:
                break  # «بين العشرين والثلاثين»، «ثلاثة وأربعة»: a range, not a sum
            if kind == "ten" and last_kind == "unit" and group % 10 == 0:
                break  # «عشرة وعشرين»: ten is no unit of twenty
        elif prefix:
            break
        elif kind in ("unit", "ten") and last_kind == "hundred" and group % 100 == 0:
            pass  # «خمسمية خمسة و عشرين»: a hundred then its units, the «و» left out
        elif kind == "unit" and value == 10 and last_kind in ("unit", "teen-one") and group < 10:
            kind, value = "ten", 10  # ثلاثة عشر: the unit and ten add up
        elif kind == "hundred" and value == 100 and last_kind == "unit":
            kind, value, group = "hundred", 0, group * 100  # ثلاث مئة
        elif kind not in ("scale",) or last_kind in ("scale", "dual"):
            break
        if kind == "scale":
            total, group, last_scale = total + (group or 1) * value, 0.0, value
        elif kind == "dual":
            total, last_scale = total + 2 * value, value
        else:
            group += value
        last_kind, used = kind, i + 1
    if used == 0:
        return None
    return total + group, used


def _without_article(words: list[str]) -> list[str] | None:
    """«الخمسة والعشرين ألفا» read as «خمسة وعشرين ألفا»; None when the words do not start so.
    With the article a number word is an amount only when «وال» and another number word, or a
    scale word («المائة ألف»), follow:
    alone, «الاثنين» is Monday and «الخمسة» points back at five already named."""
    if len(words) < 2 or words[0] not in DEFINITE_FORMS:
        return None
    if words[1] in SCALES and not words[0].endswith(_TWOS):  # «يوم الاثنين ألف مرة»: Monday
        return [DEFINITE_FORMS[words[0]], *words[1:]]  # «المائة ألف سلة»: the hundred thousand
    if words[1] not in CONJOINED_DEFINITE:
        return None
    if words[0].endswith(_ONES):
        return None  # «القرن الواحد والعشرين» is the twenty-first
    n = 2
    while n < len(words) and words[n] in CONJOINED_DEFINITE:
        n += 1
    return [DEFINITE_FORMS[word] for word in words[:n]] + words[n:]


def _noun_follows(words: list[str]) -> bool:
    """Whether a noun comes right after the first word, which makes «مليونا ريال» two million
    riyals; «مليونا من»، «مليونا ونصف»، «مليونا.» and «ألفا الدولية» (a name) are not."""
    if len(words) < 2:
        return False
    word = words[1]
    return word.isalpha() and not word.startswith(("و", "ال")) and word not in _NOT_NOUNS


# Ordinal words, read to their rank: «الثالث» 3, «الحادية عشرة» 11, «الخامس والعشرين» 25.
# (kind, rank) by normalised spelling: "rank" reads alone or before عشر / «والعشرين»; "one" only
# opens a compound (الحادي عشر، الواحد والعشرين); "teen-one" is a cardinal with the article
# read as a rank before its own عشر / عشرة only (الأحد عشر، الإحدى عشرة، الاثنا عشر).
ORDINAL_RANKS = {"أول": 1, "ثاني": 2, "ثان": 2, "ثالث": 3, "رابع": 4, "خامس": 5, "سادس": 6,
                 "سابع": 7, "ثامن": 8, "تاسع": 9, "عاشر": 10}
ORDINAL_FEMININE = {"أولى": 1, **{stem + "ة": rank for stem, rank in ORDINAL_RANKS.items()
                                  if rank > 1 and stem != "ثان"}}
ORDINAL_ONES = {"حادي": 1, "حادية": 1, "واحد": 1, "واحدة": 1}
ORDINAL_TEEN_ONES = {"أحد": ("عشر", 1), "إحدى": ("عشرة", 1), "اثنا": ("عشر", 2), "اثني": ("عشر", 2),
                     "اثنى": ("عشر", 2), "اثنتا": ("عشرة", 2), "اثنتي": ("عشرة", 2)}
# Written alone, without the article, only the masculine stems are ranks («ثالث أكبر»، «لأول
# مرة»): «ثانية» is a second of time and «أولى» "more deserving".
ORDINAL_PREFIXES = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")
_ORDINAL_TEN_WORDS = normalize_all(_TEN_WORDS)


def _ordinal_forms() -> dict[str, tuple[str, int, bool]]:
    """Every ordinal word with its prefixes, keyed by normalised spelling: (kind, rank,
    definite); a teen-one's rank is keyed with the ten it needs («الاحد» → عشر)."""
    forms: dict[str, tuple[str, int, bool]] = {}
    definite = [(prefix[:-1] + "لل") if prefix.endswith("ل") else prefix + "ال"
                for prefix in ORDINAL_PREFIXES]
    tables = (("rank", ORDINAL_RANKS, True), ("rank", ORDINAL_FEMININE, False), ("one", ORDINAL_ONES, False),
              ("ten", {normalize_ar(w): v for w, v in TENS.items() if w.endswith(("ون", "ين"))}, False))
    for kind, table, bare_too in tables:
        for stem, rank in table.items():
            stem = normalize_ar(stem)
            for before in definite:
                forms[before + stem] = (kind, int(rank), True)
            if bare_too:
                for prefix in ORDINAL_PREFIXES:
                    forms.setdefault(prefix + stem, (kind, int(rank), False))
    for stem, (ten, rank) in ORDINAL_TEEN_ONES.items():
        for before in definite:
            forms[before + normalize_ar(stem)] = ("teen-one:" + normalize_ar(ten), rank, True)
    return forms


ORDINAL_FORMS = _ordinal_forms()
DEFINITE_TENS = frozenset(word for word, (kind, _, definite) in ORDINAL_FORMS.items()
                          if kind == "ten" and word.startswith("ال"))


def read_ordinal(words: list[str]) -> tuple[int, int] | None:
    """The rank an ordinal at the start of ``words`` (normalised tokens) names, and how many
    words it takes: «الثالث» (3, 1), «الحادية عشرة» (11, 2), «الخامس والعشرين» (25, 2),
    «الواحد و العشرون» (21, 3), «التسعين» (90, 1); None when the words start otherwise.
    A cardinal with the article is a rank only as a teen («الأحد عشر» 11); «الأحد» is Sunday."""
    found = ORDINAL_FORMS.get(words[0]) if words else None
    if found is None:
        return None
    kind, rank, definite = found
    following = words[1] if len(words) > 1 else ""
    if kind.startswith("teen-one:"):
        return (10 + rank, 2) if following == kind.split(":")[1] else None
    if kind == "ten":
        return rank, 1
    if kind in ("rank", "one") and rank < 10:
        if following in _ORDINAL_TEN_WORDS and (rank > 1 or kind == "one"):
            return 10 + rank, 2
        if definite and (rank > 1 or kind == "one"):
            tens = _conjoined_ten(words[1:])
            if tens:
                return tens[0] + rank, 1 + tens[1]
    return (rank, 1) if kind == "rank" else None


def _conjoined_ten(words: list[str]) -> tuple[int, int] | None:
    """(ten, words) for «والعشرين» or «و العشرين» at the start of ``words``."""
    if words and words[0].startswith("و") and words[0][1:] in DEFINITE_TENS:
        return ORDINAL_FORMS[words[0][1:]][1], 1
    if len(words) > 1 and words[0] == "و" and words[1] in DEFINITE_TENS:
        return ORDINAL_FORMS[words[1]][1], 2
    return None
