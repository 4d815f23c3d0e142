"""Which language an article is in. Arabic script without Persian or Urdu letters is Arabic
at once, and Latin script full of English's commonest words English; anything else goes to
py3langid's naive Bayes model, loaded on first need."""

from __future__ import annotations

import re

from ..lang.en.lexicon import COMMON_WORDS

_SCRIPT_SAMPLE = 300  # some fifty words: enough letters to tell the script apart
# runs of letters, counted by their lengths: a match per word rather than per letter
_LETTERS = re.compile(r"[^\W\d_]+")
_ARABIC_LETTERS = re.compile(r"[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff]+")
_NON_ARABIC_LETTER = re.compile("[پچژگکیۀےٹڈڑںھەێۆڤڕڵ]")  # Persian, Urdu, Kurdish
# Arabic as the model names its spoken varieties (Egyptian, Moroccan, Levantine, ...).
ARABIC_VARIETIES = frozenset({"ar", "arz", "ary", "arq", "apc", "ajp", "acm", "afb", "ayl", "aeb"})


ENGLISH_SHARE = 0.15
"""Share of a Latin text's words that must be among English's commonest for it to be English
at once (English news: about a quarter; French, Spanish or German: a few hundredths)."""


def _plainly_english(sample: str) -> bool:
    words = re.findall(r"[A-Za-z]+", sample)
    letters = sum(map(len, _LETTERS.findall(sample)))
    return (len(words) >= 20 and sum(map(len, words)) > 0.9 * letters
            and sum(word.lower() in COMMON_WORDS for word in words) >= ENGLISH_SHARE * len(words))


def identify_language(text: str, sample_chars: int = 2000) -> str:
    """ISO 639-1 code of the language of ``text`` ("ar", "en", ...); "und" if no letters."""
    sample = text[:sample_chars]
    head = sample[:_SCRIPT_SAMPLE]
    letters = sum(map(len, _LETTERS.findall(head)))
    if not letters:
        return "und"
    arabic_script = sum(map(len, _ARABIC_LETTERS.findall(head)))
    other_script = len(_NON_ARABIC_LETTER.findall(head))
    if arabic_script > 0.5 * letters and other_script < 0.01 * letters:
        return "ar"
    if _plainly_english(sample):
        return "en"
    import py3langid  # ~1 s to load its model, so only when the script does not decide

    language = py3langid.classify(sample)[0]
    return "ar" if language in ARABIC_VARIETIES else language
