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
