"""An entity across articles: one real-world name and every mention of it."""

from __future__ import annotations

from dataclasses import dataclass, field

from .annotations import Mention
from .article import Article


@dataclass
class Entity:
    """One real-world entity and its mentions, in any article of a report."""

    type: str
    name: str
    latin: str | None
    mentions: list[tuple[Article, Mention]] = field(default_factory=list)
