"""The store: articles from feeds and folders, deduplicated, grouped by wire copy and by
story, in SQLite (default) or PostgreSQL."""

from ..errors import NotFound, StoreError
from .store import IngestSummary, Store, StoryInfo, open_store

__all__ = ["IngestSummary", "NotFound", "Store", "StoreError", "StoryInfo", "open_store"]
