"""Words that turn a statement into a denial or a guess, and the look-alikes that do not.

Negation scopes forward: «نفى أن تكون القوات بصدد الانسحاب» denies what follows the cue."""

from __future__ import annotations

from .attribution import PARTICIPLES, REPORTING_VERBS
from .lexicon import STATEMENT_OPENERS
from .normalize import normalize_all, normalize_ar
from .numbers import is_digits

# Particles and nouns that negate what follows them.
NEGATORS = normalize_all((
    "لا", "لم", "لن", "ليس", "ليست", "ليسوا", "لسنا", "عدم", "غير", "ولا", "ولم", "ولن", "وليس", "وليست",
    "فلا", "فلم", "فلن", "وعدم", "بعدم",
))
# Not «لعدم» (for lack of): like «بسبب عدم» it gives a cause, «تعذر إجراؤها لعدم الموافقة».
# «دون»، «بدون»، «بلا» (without) deny the few words after them, but they also make nouns and
# phrases that state something: «طائرات بدون طيار» (drones), «فاز بهدفين دون رد». The
# cross-check neither counts what they cover as stated nor calls it a denial.
PRIVATIVES = normalize_all(("دون", "بدون", "بلا", "ودون", "وبدون", "وبلا"))
PRIVATIVE_REACH = 5
# Verbs and verbal nouns of denial («مستبعدا وجود أي خلاف»), and of absence: «خلت القائمة من
# اسم فلان» says he is not on it.
DENIALS = normalize_all((
    "خلت", "خلا", "وخلت", "وخلا",
    "استبعد", "استبعدت", "يستبعد", "تستبعد", "مستبعدا", "مستبعدة",
    "نفى", "نفت", "نفوا", "ينفي", "تنفي", "ينفون", "نافيا", "نافية", "نافين", "ونفى", "ونفت",
    "وينفي", "وتنفي", "نفي", "ونفي", "تكذيب", "كذب", "كذبت", "يكذب", "تكذب", "مكذبا", "مكذبة",
))
# «لا» before these states something, emphatically: «فرحة لا تضاهيها فرحة»، «لا شك»، «لا مثيل له».
FIGURES = ("شك", "ريب", "مثيل", "يخفى", "تخفى", "يستهان", "تضاهيها", "يضاهيها", "تضاهيه",
           "يضاهيه", "يعلى", "حصر", "غنى", "بأس", "تحصى", "يحصى")
# «لا» before these sets a bound on an amount: «لا يقل سعرها عن 620 ألف دولار» (at least),
# «لا تتجاوز نسبتها 5%» (at most), «لا يقل أهمية عن» (no less than).
BOUNDS = ("يقل", "تقل", "يقلون", "يزيد", "تزيد", "يزيدون", "يتجاوز", "تتجاوز", "يتعدى", "تتعدى")
# «لا أدري إن كان سيأتي»: the speaker does not know; nothing is denied.
UNSURE = ("أدري", "أعلم", "أعرف", "ندري", "نعلم", "نعرف")
NOT_ONLY_OR_BECAUSE = ("فقط", "لأن", "لأنه", "لأنها")
# A negator followed by one of these negates nothing: «لا سيما» (especially), «غير أن»
# (however), «لا بد» (must), «غير ذلك» (otherwise), «ليس فقط» (not only), «وليس لأن» (not
# because: a reason set aside, no event denied).
NOT_NEGATED_AFTER = {
    normalize_ar(conjunction + first): normalize_all(seconds)
    for first, seconds in (("لا", ("سيما", "بد", "يزال", "تزال", "نزال", "يزالون", "زال", "فقط",
                                   *FIGURES, *BOUNDS, *UNSURE)),
                           ("غير", ("أن", "ان", "ذلك")), ("لم", ("يزل", "تزل")),
                           ("ليس", NOT_ONLY_OR_BECAUSE), ("ليست", NOT_ONLY_OR_BECAUSE))
    for conjunction in ("", "و", "ف")  # «فلا بد»، «ولا سيما»
}
# What «لا» before, or written onto («لاتزال»، «لابد»), leaves undenied.
NOT_NEGATED_AFTER_LA = NOT_NEGATED_AFTER[normalize_ar("لا")]
# A negator right after one of these states no denial: a condition («إذا لم يتم نقلها»، «ما لم»،
# «في حال لم»), an alternative («أم لا»، «أو لا»), a cause («بسبب عدم الموافقة»، «من شأن عدم
# الالتزام»), a purpose («لكي لا يعطي أي مبرر»، «حتى لا تتكرر») or a score («بهدفين مقابل لا
# شيء»). Not «إن»: normalised, it is «أن» of «أن لا».
NOT_NEGATED_BEFORE = normalize_all(("إذا", "وإذا", "فإذا", "لو", "ولو", "حال", "ما", "أم", "أو",
                                    "بسبب", "شأن", "نتيجة", "جراء", "مقابل", "لكي", "ولكي", "كي",
                                    "حتى", "وحتى"))
# «إن لم» is a condition; normalised it is «أن لم», which is not Arabic, so «أن» before «لم»
# marks one.
CONDITIONAL_IF = (normalize_ar("إن"), normalize_ar("لم"))
# Particles that negate the verb right after them: «لم تصوب قوات الأسد نيرانها» denies firing,
# whatever else the clause names; so does «لا» before a present verb («ولا تتوفر فيها»), and
# «ليس» before its predicate («ليس كافيا لمنع إيران» denies sufficiency). Past an
# auxiliary or a light verb and its noun the next word says what is denied («لم يتم حتى الآن
# اتخاذ قرار بتأجيل»), and after a modal the verbal noun it governs («لم تتمكن الدوريات من
# تجاوز السرعة»).
VERB_NEGATORS = normalize_all(("لم", "لن", "ولم", "ولن", "فلم", "فلن", "ليس", "ليست", "ليسوا", "وليس",
                               "وليست"))
PRESENT_NEGATORS = normalize_all(("لا", "ولا", "فلا"))
LIGHT_VERBS = normalize_all(("يكن", "تكن", "يكون", "تكون", "يعد", "تعد", "يتم", "تتم", "يجر", "تجر",
                             "اتخاذ", "يتخذ", "تتخذ", "قرار", "قرارا", "أي"))
MODALS = normalize_all(("يتمكن", "تتمكن", "نتمكن", "يستطع", "تستطع", "نستطع", "يستطيع", "تستطيع",
                        "نستطيع"))
MODAL_LINKS = normalize_all(("من", "أن"))
# Negators whose scope is the word after them, not the rest of the clause: «غير قابلة».
SHORT_SCOPE = normalize_all(("غير", "وغير", "بغير"))
# «وليس» or «لا» after «فقط», or «وليس» before a number, sets aside one alternative to what
# the clause affirms: «تبلغ 29 مليار دولار فقط وليس 100 مليار».
CONTRASTIVE = normalize_all(("وليس", "وليست", "لا", "ولا"))
ONLY = normalize_ar("فقط")
NOT_TO = normalize_ar("ألا")
NOT_AFTER_EXCEPT = normalize_all(("أن", "أنه", "أنها", "أنهم", "إذا", "اذا"))
RESOLVING = normalize_all(("قرر", "قررت", "قررنا", "تعهد", "تعهدت", "وعد", "وعدت", "أكد", "أكدت", "أعلن",
                           "أعلنت", "فضل", "فضلت"))
# «ليس من بينهم»، «لم يكن بينهم»: a negator before these leaves someone out of a list, and
# denies only the name after them, not the rest of the clause.
AMONG = normalize_all(("بينهم", "بينها", "بينهن", "ضمنهم", "ضمنها"))
AMONG_NAME_WORDS = 3
# Scope terminators: a negation's scope stops at a comma or where a subordinate clause or
# another statement starts: «نفى الانسحاب بعد وصول التعزيزات»، «... مؤكداً أن ...»، «... وأشار
# إلى أن ...»، «موسكو التي تنفي وجود أدلة ... وهو يفتح الطريق».
SCOPE_TERMINATORS = normalize_all(PARTICIPLES) | normalize_all(STATEMENT_OPENERS) | normalize_all(
    ("بعد", "قبل", "عقب", "إثر", "وذلك", "حيث", "لكن", "ولكن", "بينما", "وهو", "وهي", "وهم",
     "وهما")) | normalize_all(
    conjunction + verb + ending for conjunction in ("و", "ف") for verb in REPORTING_VERBS
    for ending in ("", "ت"))
# A restriction, no denial: «إلا» in the scope, «لم يحضر إلا ثلاثة»، «لا يأتي ... إلا وقد أجادت».
EXCEPT = normalize_ar("إلا")
# ...unless one of these follows it: «إلا أن» is «however», and the denial ends before it
# («لم يستثمر المهاجمون الفرص ... إلا أن سوء الحظ لازمهم»).
HOWEVER_AFTER_EXCEPT = normalize_all(("أن", "انه", "انها"))
# «ليس ... بقدر ما», not so much ... as, denies nothing: «ليس له شخصيا بقدر ما هو لشبكة القصة».
NOT_SO_MUCH = normalize_ar("بقدر")
# Words that make a statement a guess: «ربما»، «من المرجح»، «قد» before a present verb.
HEDGES = normalize_all((
    "ربما", "لعل", "يحتمل", "يرجح", "ترجح", "المرجح", "المحتمل", "يبدو", "محتمل", "احتمال",
    "مرجحا", "مرجحة", "يتوقع", "تتوقع", "متوقع",
))
MAY = normalize_ar("قد")
PRESENT_PREFIXES = ("ي", "ت", "ن")


def negation_cues(words: list[str]) -> list[int]:
    """Positions of the normalised ``words`` that negate or deny what follows them. A negator
    inside a condition («إذا لم»، «في حال لم»، «ما لم») or after «أم» («أم لا») states no
    denial."""
    cues = []
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else ""
        before = words[i - 1] if i else ""
        if word in DENIALS or _not_to(before, word, following):
            cues.append(i)
        elif word in NEGATORS:
            if following not in NOT_NEGATED_AFTER.get(word, ()) and before not in NOT_NEGATED_BEFORE \
                    and (before, word) != CONDITIONAL_IF and not _forbids(word, following):
                cues.append(i)
    return cues


def _not_to(before: str, word: str, following: str) -> bool:
    """«قررت ألا أجدد عقدي»: «ألا» (أن لا) before a present verb, after a verb of deciding or
    promising. Normalised it is «إلا» (except), which comes before nouns, «أن» and «إذا»; and
    in a list of conditions («- ألا يكون محكوما عليه») it sets a rule, it reports no fact."""
    return word == NOT_TO and before in RESOLVING and following[:1] in "يتنا" and (
        following not in NOT_AFTER_EXCEPT and following not in NOT_NEGATED_AFTER_LA)


def _forbids(word: str, following: str) -> bool:
    """«لا» before a second-person plural verb forbids, it does not deny: «ولا تقتلوا النفس»."""
    return (word in PRESENT_NEGATORS and len(following) > 3 and following[0] == "ت"
            and following.endswith("وا"))


def short_scope(words: list[str], i: int) -> bool:
    """Whether the negator at ``words[i]`` (normalised, numbers among them) covers only the
    word after it: «غير قابلة»، «فقط وليس 100 مليار»، «وليس 100 مليار»."""
    word = words[i]
    if word in SHORT_SCOPE:
        return True
    if word in CONTRASTIVE and i and words[i - 1] == ONLY:
        return True
    following = words[i + 1] if i + 1 < len(words) else ""
    return word in CONTRASTIVE and word.startswith("و") and is_digits(following[:1])


def excluded_reach(following: list[str]) -> int:
    """How many words after a negator its scope reaches when it leaves a name out of a list
    («ليس من بينهم محمد الظواهري» → the marker and three words), or 0."""
    for n, word in enumerate(following[:2], 1):
        if word in AMONG:
            return n + AMONG_NAME_WORDS
        if word not in ("من", "يكن", "تكن"):
            return 0
    return 0


def is_hedged(words: list[str]) -> bool:
    """Whether the normalised ``words`` state a possibility rather than a fact."""
    for i, word in enumerate(words):
        if word in HEDGES:
            return True
        if word == MAY and i + 1 < len(words) and words[i + 1][:1] in PRESENT_PREFIXES:
            return True
    return False
