"""Arabic: normalisation for matching, tokens, clitics, number words and calendar names."""

from .clitics import clitic_splits, strip_clitics
from .normalize import Normalized, normalize_ar, normalize_with_offsets
from .numbers import parse_number_words
from .tokenize import tokenize

__all__ = [
    "Normalized",
    "clitic_splits",
    "normalize_ar",
    "normalize_with_offsets",
    "parse_number_words",
    "strip_clitics",
    "tokenize",
]
