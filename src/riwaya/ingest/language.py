"""Which language an article is in. Arabic script without Persian or Urdu letters is Arabic
at once; anything else goes to py3langid's naive Bayes model, loaded on first need."""

from __future__ import annotations

_NON_ARABIC_LETTERS = frozenset("پچژگکیۀےٹڈڑںھەێۆڤڕڵ")


def identify_language(text: str, sample_chars: int = 2000) -> str:
    """ISO 639-1 code of the language of ``text`` ("ar", "en", ...); "und" if no letters."""
    sample = text[:sample_chars]
    letters = [ch for ch in sample if ch.isalpha()]
    if not letters:
        return "und"
    arabic_script = sum("\u0600" <= ch <= "\u06ff" for ch in letters)
    if arabic_script > 0.5 * len(letters) and _NON_ARABIC_LETTERS.isdisjoint(sample):
        return "ar"
    import py3langid  # ~1 s to load its model, so only when the script does not decide

    return py3langid.classify(sample)[0]
