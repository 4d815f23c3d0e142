"""Words that turn a statement into a denial or a guess, and the look-alikes that do not.

Negation scopes forward: «نفى أن تكون القوات بصدد الانسحاب» denies what follows the cue."""

from __future__ import annotations

from .normalize import normalize_all, normalize_ar

# Particles and nouns that negate what follows them.
NEGATORS = normalize_all((
    "لا", "لم", "لن", "ليس", "ليست", "ليسوا", "لسنا", "عدم", "غير", "ولا", "ولم", "ولن", "وليس",
    "فلا", "فلم", "فلن", "وعدم", "بعدم", "لعدم",
))
# «دون»، «بدون»، «بلا» (without) deny the few words after them, but they also make nouns and
# phrases that state something: «طائرات بدون طيار» (drones), «فاز بهدفين دون رد». The
# cross-check neither counts what they cover as stated nor calls it a denial.
PRIVATIVES = normalize_all(("دون", "بدون", "بلا", "ودون", "وبدون", "وبلا"))
PRIVATIVE_REACH = 5
# Verbs and verbal nouns of denial.
DENIALS = normalize_all((
    "نفى", "نفت", "نفوا", "ينفي", "تنفي", "ينفون", "نافيا", "نافية", "نافين", "ونفى", "ونفت",
    "وينفي", "وتنفي", "نفي", "ونفي", "تكذيب", "كذب", "كذبت", "يكذب", "تكذب", "مكذبا", "مكذبة",
))
# «لا» before these states something, emphatically: «فرحة لا تضاهيها فرحة»، «لا شك»، «لا مثيل له».
FIGURES = ("شك", "ريب", "مثيل", "يخفى", "تخفى", "يستهان", "تضاهيها", "يضاهيها", "تضاهيه",
           "يضاهيه", "يعلى", "حصر", "غنى", "بأس", "تحصى", "يحصى")
# A negator followed by one of these negates nothing: «لا سيما» (especially), «غير أن»
# (however), «لا بد» (must), «غير ذلك» (otherwise).
NOT_NEGATED_AFTER = {
    normalize_ar(conjunction + first): normalize_all(seconds)
    for first, seconds in (("لا", ("سيما", "بد", "يزال", "تزال", "نزال", "يزالون", "زال", *FIGURES)),
                           ("غير", ("أن", "ان", "ذلك")), ("لم", ("يزل", "تزل")))
    for conjunction in ("", "و", "ف")  # «فلا بد»، «ولا سيما»
}
# A negator right after one of these states no denial: a condition («إذا لم يتم نقلها»، «ما لم»،
# «في حال لم»), an alternative («أم لا»، «أو لا») or a cause («بسبب عدم الموافقة»، «من شأن عدم
# الالتزام»). Not «إن»: normalised, it is «أن» of «أن لا».
NOT_NEGATED_BEFORE = normalize_all(("إذا", "وإذا", "فإذا", "لو", "ولو", "حال", "ما", "أم", "أو",
                                    "بسبب", "شأن", "نتيجة", "جراء"))
# «إن لم» is a condition; normalised it is «أن لم», which is not Arabic, so «أن» before «لم»
# marks one.
CONDITIONAL_IF = (normalize_ar("إن"), normalize_ar("لم"))
# Negators whose scope is the word after them, not the rest of the clause: «غير قابلة».
SHORT_SCOPE = normalize_all(("غير", "وغير", "بغير"))
# «ليس من بينهم»، «لم يكن بينهم»: a negator before these leaves someone out of a list, and
# denies only the name after them, not the rest of the clause.
AMONG = normalize_all(("بينهم", "بينها", "بينهن", "ضمنهم", "ضمنها"))
AMONG_NAME_WORDS = 3
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
        if word in DENIALS:
            cues.append(i)
        elif word in NEGATORS:
            following = words[i + 1] if i + 1 < len(words) else ""
            before = words[i - 1] if i else ""
            if following not in NOT_NEGATED_AFTER.get(word, ()) and before not in NOT_NEGATED_BEFORE \
                    and (before, word) != CONDITIONAL_IF:
                cues.append(i)
    return cues


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
