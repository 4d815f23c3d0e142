"""Helpers shared by tests."""

from __future__ import annotations

import copy
import os
import shutil
from datetime import date
from functools import cache
from pathlib import Path

import pytest

EXAMPLE_STORY = Path(__file__).resolve().parents[1] / "examples" / "hasakah-convoy"
EXAMPLE_PUBLISHED = date(2020, 11, 17)  # a Tuesday: «السبت الماضي» is 2020-11-14
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--no-first-run"]


def need(condition: bool, reason: str) -> None:
    """Skip when a part a test needs is absent on a user's clone; fail under CI=true,
    where every test must run."""
    if condition:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true but {reason}")
    pytest.skip(reason)


def launch_chromium(playwright):
    """Debian's chromium driven by Playwright, never a downloaded browser; skipped when it is
    not installed (failed under CI=true)."""
    need(Path(CHROMIUM).exists(), f"chromium is not installed at {CHROMIUM} (apt-get install chromium)")
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)


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
