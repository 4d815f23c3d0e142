"""An encoder that remembers: one comparison embeds the same claim for alignment and again for
the relation model; the second time is a dictionary look-up."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


class MemoEncoder:
    """Wraps any encoder; each distinct text is embedded once per kind (query or passage)."""

    def __init__(self, encoder):
        self.encoder = encoder
        self.dimension = encoder.dimension
        self._queries: dict[str, np.ndarray] = {}
        self._passages: dict[str, np.ndarray] = {}

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._embed(texts, self._queries, self.encoder.embed_queries)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        return self._embed(texts, self._passages, self.encoder.embed_passages)

    def _embed(self, texts, known: dict[str, np.ndarray], embed) -> np.ndarray:
        missing = list(dict.fromkeys(t for t in texts if t not in known))
        if missing:
            known.update(zip(missing, embed(missing)))
        if not texts:
            return np.zeros((0, self.dimension), np.float32)
        return np.stack([known[t] for t in texts])
