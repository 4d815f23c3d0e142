"""Shared fixtures: files written by a test, and the shared datasets when present."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import need

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATASETS = ROOT.parent / "shared" / "datasets"


@pytest.fixture
def shared_datasets() -> Path:
    need(SHARED_DATASETS.is_dir(), f"the shared datasets are not at {SHARED_DATASETS}")
    return SHARED_DATASETS


@pytest.fixture
def write(tmp_path):
    """Write text (or bytes) to a file in tmp_path and return its path."""

    def write(name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        data = content if isinstance(content, bytes) else content.encode(encoding)
        path.write_bytes(data)
        return path

    return write
