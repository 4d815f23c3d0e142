"""Latin-script names reduced to the consonant skeleton ``lang/ar/names.skeleton`` gives
Arabic-script names, so that one name written in both scripts meets: "Kevin Copsey" and
«كيفن كوبسي» are k-f-n k-b-s, "Khaled al-Zoubi" and «خالد الزعبي» x-l-d z-b.

"h" is left out on both sides (English writes ح and ه alike, and often drops them), and letters
English uses for two Arabic sounds give two skeletons: "th" is ت or ث, "dh" ذ or د."""

from __future__ import annotations

import re
from itertools import product

from ..ar.names import collapse_repeats
from .entities import ARTICLE_PREFIXES

# Longest first: digraphs before single letters. A tuple gives the alternatives.
_LETTERS = (
    ("kh", ("x",)), ("sh", ("c",)), ("ch", ("c",)), ("gh", ("k",)), ("ph", ("f",)), ("ck", ("k",)),
    ("th", ("t", "s")), ("dh", ("z", "d")), ("q", ("k",)), ("k", ("k",)), ("g", ("k",)), ("j", ("k",)),
    ("c", ("k",)), ("x", ("ks",)), ("v", ("f",)), ("f", ("f",)), ("p", ("b",)), ("b", ("b",)),
    ("t", ("t",)), ("d", ("d",)), ("s", ("s",)), ("z", ("z",)), ("r", ("r",)), ("l", ("l",)),
    ("m", ("m",)), ("n", ("n",)),
)
_ARTICLE = re.compile("^(?:" + "|".join(map(re.escape, ARTICLE_PREFIXES)) + ")")
_ABD_ARTICLE = re.compile(r"^abd[eua]l-?(?=[a-z])")
"""«عبد الحق» written "Abdelhak", «عبد الرحمن» "Abdul-Rahman": the article inside the compound."""
MAX_VARIANTS = 8


def latin_skeletons(word: str) -> frozenset[str]:
    """Every consonant skeleton of a Latin-script name word, its article ("al-") dropped."""
    word = _ABD_ARTICLE.sub("abd", _ARTICLE.sub("", word.lower()))
    choices: list[tuple[str, ...]] = []
    i = 0
    while i < len(word):
        for letters, sounds in _LETTERS:
            if word.startswith(letters, i):
                choices.append(sounds)
                i += len(letters)
                break
        else:
            i += 1  # vowels, h, w, y, apostrophes and hyphens carry no consonant
    options = list(product(*choices))[:MAX_VARIANTS]
    found = {collapse_repeats("".join(option)) for option in options}
    if re.search(r"[aeiy]t$", word):  # "Khirbet", "Madinat": the ة of a construct, written t
        found |= {skeleton[:-1] for skeleton in found if skeleton.endswith("t") and len(skeleton) > 1}
    return frozenset(found)

