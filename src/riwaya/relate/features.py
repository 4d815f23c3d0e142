"""Pair features for the linear relation models, shared by training and the product.

Two sentence vectors say how close the statements are; they blur the one word that makes a
contradiction (a number, a place, «ارتفاع» for «انخفاض»). So the words one statement has and
the other lacks are embedded as well, and a few counts (overlap, negations) are added. Two
feature sets, each two embeddings a pair besides the statements' (which compare has already):

- ``contrast`` (headline-length pairs): the words the other statement has in no form, not even
  inflected or spelled another way (``contrast.unmatched_words``), plus the word-level
  contrasts of ``contrast.contrast_features`` (numbers, opposites, names, negation, hedging).
- ``own-words`` (the first release, kept for longer statements): every word the other
  statement lacks, as written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from ..analyze.words import statement
from .contrast import CONTRAST_NAMES, contrast_features

SCALAR_NAMES = ("cosine", "own-word cosine", "word overlap", "own words a", "own words b",
                "negations a", "negations b", "negation on one side", "no own word a",
                "no own word b")


def statement_words(text: str) -> list[str]:
    """The stems of the statement's words, in order."""
    return [w.stem for w in statement(text).words]


def own_words(a: str, b: str) -> tuple[str, str]:
    """The words of ``a`` missing from ``b`` and those of ``b`` missing from ``a``, as texts."""
    words_a, words_b = statement_words(a), statement_words(b)
    set_a, set_b = set(words_a), set(words_b)
    return (" ".join(w for w in words_a if w not in set_b),
            " ".join(w for w in words_b if w not in set_a))


def contrast_pair_features(encoder, pairs: Sequence[tuple[str, str]]) -> np.ndarray:
    """[n, 4 * dim + 10 + len(CONTRAST_NAMES)]: the ``own-words`` layout over the unmatched
    words, then the contrast features."""
    found = []
    for a, b in pairs:
        features, own_a, own_b = contrast_features(statement(a), statement(b))
        found.append((features, " ".join(own_a), " ".join(own_b)))
    base = _vector_features(encoder, pairs, [(own_a, own_b) for _, own_a, own_b in found])
    return np.hstack([base, np.stack([f for f, _, _ in found]) if found
                      else np.zeros((0, len(CONTRAST_NAMES)), np.float32)])


def own_word_pair_features(encoder, pairs: Sequence[tuple[str, str]]) -> np.ndarray:
    """[n, 4 * dim + 10]: |u - v| and u * v for the statements and for their own words, then
    the ``SCALAR_NAMES``."""
    return _vector_features(encoder, pairs, [own_words(a, b) for a, b in pairs])


FEATURE_SETS: dict[str, Callable[..., np.ndarray]] = {
    "contrast": contrast_pair_features,
    "own-words": own_word_pair_features,
}


def pair_features(encoder, pairs: Sequence[tuple[str, str]], kind: str = "contrast") -> np.ndarray:
    """The features of ``kind`` (a key of ``FEATURE_SETS``) for each pair."""
    if kind not in FEATURE_SETS:
        raise ValueError(f"unknown relation feature set {kind!r}; known: {', '.join(FEATURE_SETS)}")
    return FEATURE_SETS[kind](encoder, pairs)


def _vector_features(encoder, pairs, own: list[tuple[str, str]]) -> np.ndarray:
    """Statement vectors, the vectors of the given own-word texts and ``SCALAR_NAMES``."""
    texts = sorted({t for pair in pairs for t in pair} | {t for pair in own for t in pair if t})
    vectors = dict(zip(texts, encoder.embed_queries(texts))) if texts else {}
    zero = np.zeros(encoder.dimension, np.float32)
    rows = []
    for (a, b), (own_a, own_b) in zip(pairs, own):
        u, v = vectors[a], vectors[b]
        eu, ev = vectors.get(own_a, zero), vectors.get(own_b, zero)
        words_a, words_b = set(statement_words(a)), set(statement_words(b))
        neg_a, neg_b = (len({w.stem for w in statement(s).words if "negation" in w.roles}) for s in (a, b))
        scalars = [u @ v, eu @ ev, len(words_a & words_b) / max(1, len(words_a | words_b)),
                   len(own_a.split()), len(own_b.split()), neg_a, neg_b,
                   float((neg_a > 0) != (neg_b > 0)), float(not own_a), float(not own_b)]
        rows.append(np.concatenate([np.abs(u - v), u * v, np.abs(eu - ev), eu * ev,
                                    np.asarray(scalars, np.float32)]))
    return np.asarray(rows, np.float32).reshape(len(pairs), -1)
