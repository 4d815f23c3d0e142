"""The words of a text as the later stages read them: each token's one analysis
(``lang.ar.words.Word``), and a short statement's words with its polarity.

``compare/`` and ``relate/`` take words from here and read their attributes (stem, core,
roles, number ...); they fold nothing themselves and import no word list."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lang.ar.names import spelling_key
from ..lang.ar.normalize import normalize_ar
from ..lang.ar.polarity import is_hedged, negation_cues
from ..lang.ar.tokenize import tokenize as tokens
from ..lang.ar.words import Word, analyze_word, is_listed_name, names_institution

__all__ = ["Statement", "Word", "content_words", "is_listed_name", "name_key", "names_institution",
           "normalized_words", "statement", "tokens", "word", "words"]

_WORD = re.compile(r"\w+")


def word(text: str) -> Word:
    """The analysis of one token as written."""
    return analyze_word(text)


def words(text: str) -> list[Word]:
    """Every word and number of ``text``, analysed, in order."""
    return [analyze_word(token.text) for token in tokens(text) if token.kind != "punct"]


def name_key(text: str) -> str:
    """A name's letters run together, long vowels and doublings dropped
    (``lang.ar.names.spelling_key``): «أبو عريش» / «أبوعريش» meet, and one is found in a
    longer one («عبدالرحمن» in «رامي عبد الرحمن»)."""
    return spelling_key(text)


def normalized_words(text: str) -> list[str]:
    """The words of the normalised text, as the relation model and near-copy shingles read it."""
    return _WORD.findall(normalize_ar(text))


def content_words(text: str) -> list[str]:
    """Every word of ``text`` as claims compare it (``Word.content``), "" for a function word."""
    return [w.content for w in words(text)]


@dataclass(frozen=True)
class Statement:
    """A short statement (a headline, a claim) as the relation model compares it."""

    text: str
    words: tuple[Word, ...]
    negated: bool
    """A negation or a denial cue is in it («لم»، «نفى»), outside conditions."""
    hedged: bool
    """It states a possibility («ربما»، «قد يكون»)."""


@lru_cache(maxsize=1 << 14)
def statement(text: str) -> Statement:
    """``text`` analysed once; the relation model asks for the same claim many times. Its
    words are those of the normalised text, as the relation models were trained."""
    found = tuple(map(analyze_word, normalized_words(text)))
    plain = [w.norm for w in found]
    return Statement(text, found, bool(negation_cues(plain)), is_hedged(plain))
