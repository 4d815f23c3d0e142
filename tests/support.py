"""Helpers shared by tests."""

from __future__ import annotations

import copy
import os
from datetime import date
from functools import cache
from pathlib import Path

import pytest

EXAMPLE_STORY = Path(__file__).resolve().parents[1] / "examples" / "hasakah-convoy"
EXAMPLE_PUBLISHED = date(2020, 11, 17)  # a Tuesday: «السبت الماضي» is 2020-11-14


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


def example_report() -> dict:
    """The report on the shipped example story (a fresh copy: tests may change it)."""
    return copy.deepcopy(_example_report())


@cache
def _example_report() -> dict:
    from riwaya import compare, read_article

    files = sorted(EXAMPLE_STORY.glob("*.txt"))
    return compare([read_article(f, published=EXAMPLE_PUBLISHED) for f in files]).to_dict()
