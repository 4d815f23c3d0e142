"""Pair features for the linear relation model, shared by training and the product.

Two sentence vectors say how close the statements are; they blur the one word that makes a
contradiction (a number, a place, «ارتفاع» for «انخفاض»). So the words found in only one of the
two statements are embedded as well, and a few counts (overlap, negations) are added.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from ..lang.ar.clitics import strip_clitics
from ..lang.ar.normalize import normalize_all, normalize_ar

NEGATIONS = normalize_all(
    "لا لم لن ليس ليست عدم غير نفى ينفي تنفي نفت نفي يرفض ترفض رفض".split())
_WORD = re.compile(r"\w+")


def statement_words(text: str) -> list[str]:
    """Normalised words without their proclitics, in order."""
    return [strip_clitics(word) for word in _WORD.findall(normalize_ar(text))]


def own_words(a: str, b: str) -> tuple[str, str]:
    """The words of ``a`` missing from ``b`` and those of ``b`` missing from ``a``, as texts."""
    words_a, words_b = statement_words(a), statement_words(b)
    set_a, set_b = set(words_a), set(words_b)
    return (" ".join(w for w in words_a if w not in set_b),
            " ".join(w for w in words_b if w not in set_a))


def pair_features(encoder, pairs: Sequence[tuple[str, str]]) -> np.ndarray:
    """[n, 4 * dim + 10]: |u - v| and u * v for the statements and for their own words, then
    cosines, word overlap, own-word counts and negations."""
    own = [own_words(a, b) for a, b in pairs]
    texts = sorted({t for pair in pairs for t in pair} | {t for pair in own for t in pair if t})
    vectors = dict(zip(texts, encoder.embed_queries(texts))) if texts else {}
    zero = np.zeros(encoder.dimension, np.float32)
    rows = []
    for (a, b), (own_a, own_b) in zip(pairs, own):
        u, v = vectors[a], vectors[b]
        eu, ev = vectors.get(own_a, zero), vectors.get(own_b, zero)
        words_a, words_b = set(statement_words(a)), set(statement_words(b))
        neg_a, neg_b = len(words_a & NEGATIONS), len(words_b & NEGATIONS)
        scalars = [u @ v, eu @ ev, len(words_a & words_b) / max(1, len(words_a | words_b)),
                   len(own_a.split()), len(own_b.split()), neg_a, neg_b,
                   float((neg_a > 0) != (neg_b > 0)), float(not own_a), float(not own_b)]
        rows.append(np.concatenate([np.abs(u - v), u * v, np.abs(eu - ev), eu * ev,
                                    np.asarray(scalars, np.float32)]))
    return np.asarray(rows, np.float32).reshape(len(pairs), -1)
