"""English number words and the words that bound an amount: "about 50", "more than 200",
"three", "twenty-five", "1.5 million", "dozens"."""

from __future__ import annotations

import re

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "mln": 1_000_000, "bln": 1_000_000_000,
          "mn": 1_000_000, "bn": 1_000_000_000}
# "a dozen" is twelve; "dozens of residents" is some tens at least, as «عشرات» is.
COUNT_NOUNS = {"dozen": 12, "couple": 2, "pair": 2}
VAGUE_COUNTS = {"dozens": 20, "scores": 20, "hundreds": 200, "thousands": 2_000,
                "tens of thousands": 20_000, "hundreds of thousands": 200_000, "millions": 2_000_000}
# Before a number: (phrase, bound), longest first when matched.
APPROXIMATORS = (
    ("about", "about"), ("around", "about"), ("some", "about"), ("roughly", "about"),
    ("approximately", "about"), ("nearly", "about"), ("almost", "about"), ("close to", "about"),
    ("an estimated", "about"), ("estimated", "about"), ("up to", "at-most"),
    ("more than", "at-least"), ("over", "at-least"), ("at least", "at-least"), ("upwards of", "at-least"),
    ("in excess of", "at-least"), ("no fewer than", "at-least"), ("no less than", "at-least"),
    ("less than", "at-most"), ("fewer than", "at-most"), ("under", "at-most"), ("at most", "at-most"),
    ("no more than", "at-most"),
)
# After the amount and its noun: "50 vehicles or more".
TRAILING_BOUNDS = (("or more", "at-least"), ("at least", "at-least"), ("or so", "about"),
                   ("or less", "at-most"), ("at most", "at-most"))
# Words after an amount that are not what it counts: "50 of them", "3 in the morning".
NOT_COUNTED = ("of", "in", "at", "to", "and", "or", "from", "with", "on", "by", "for", "were", "was",
               "are", "is", "have", "had", "has", "who", "that", "which", "the", "a", "an", "as",
               "than", "per", "each", "more", "less", "said", "since", "ago")
DIGITS = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?")


def parse_number_words(words: list[str]) -> tuple[float, int] | None:
    """(value, words used) of the number the lowercase ``words`` start with: "three thousand
    five hundred" is (3500, 4), "twenty-five" (25, 1); None when they do not start with one."""
    total, current, used = 0, 0, 0
    seen = False
    for i, word in enumerate(words):
        parts = word.split("-")
        if len(parts) == 2 and parts[0] in TENS and parts[1] in UNITS:
            current += TENS[parts[0]] + UNITS[parts[1]]
        elif word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "hundred" and seen:
            current = (current or 1) * 100
        elif word in SCALES and seen and word != "hundred":
            total += (current or 1) * SCALES[word]
            current = 0
        elif word == "and" and seen and i + 1 < len(words) and _is_number_word(words[i + 1]):
            pass  # "one hundred and twenty"
        else:
            break
        seen = True
        used = i + 1
    return (total + current, used) if seen else None


def _is_number_word(word: str) -> bool:
    head = word.split("-")[0]
    return head in UNITS or head in TENS


def parse_digits(text: str) -> float:
    """ "120,000" → 120000, "1.5" → 1.5."""
    return float(text.replace(",", ""))
