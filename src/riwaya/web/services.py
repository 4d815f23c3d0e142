"""What the endpoints share: the store, the settings and one sentence encoder, loaded once and
kept, since loading it takes seconds and every comparison needs it."""

from __future__ import annotations

import os
import threading
from typing import Any

from riwaya.crosscheck import compare
from riwaya.errors import InputError
from riwaya.model import Article
from riwaya.settings import Settings
from riwaya.store import IngestSummary, Store


class Services:
    """The store, the encoder and the settings behind one web app."""

    def __init__(self, store: Store, settings: Settings, encoder=None) -> None:
        self.store = store
        self.settings = settings
        self.token = os.environ.get("RIWAYA_API_TOKEN") or settings.api_token
        self._encoder = encoder
        self._loading = threading.Lock()
        # two comparisons at once would only share the two cores more slowly, with twice the memory
        self._comparing = threading.Lock()
        self._ingesting = threading.Lock()

    def encoder(self):
        """The sentence encoder, loaded on the first comparison."""
        with self._loading:
            if self._encoder is None:
                from riwaya.embed import load_encoder

                self._encoder = load_encoder(self.settings.encoder)
            return self._encoder

    def compare(self, articles: list[Article]) -> dict[str, Any]:
        """The riwaya.report/1 dict on the articles, one comparison at a time."""
        with self._comparing:
            return compare(articles, self.settings, self.encoder()).to_dict()

    def story_report_json(self, story_id: int) -> str:
        """A story's report from the store as JSON text, computed (once, then kept) with this
        app's encoder; served as it is kept, never decoded and encoded again."""
        return self.store.story_report_json(story_id, compare=self.compare)

    def ingest(self, items: list[Article | InputError]) -> IngestSummary:
        """Add articles to the store, one ingest at a time: each places its articles in
        stories by what the ones before it left."""
        with self._ingesting:
            return self.store.ingest(items)
