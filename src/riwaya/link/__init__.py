"""Across articles: the same real-world entity under its different names."""

from .entities import AliasTable, load_aliases, resolve_entities

__all__ = ["AliasTable", "load_aliases", "resolve_entities"]
