"""Helpers shared by tests."""

from __future__ import annotations

import os

import pytest


def need(condition: bool, reason: str) -> None:
    """Skip when a part a test needs is absent on a user's clone; fail under CI=true,
    where every test must run."""
    if condition:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true but {reason}")
    pytest.skip(reason)


class WordCountEncoder:
    """A stand-in encoder for testing the plug-in point: one dimension, the word count."""

    dimension = 1

    def __init__(self, threads: int = 0):
        self.threads = threads

    def embed_queries(self, texts):
        return self.embed_passages(texts)

    def embed_passages(self, texts):
        import numpy as np

        return np.array([[len(text.split())] for text in texts], np.float32)
