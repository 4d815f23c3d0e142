"""BIO tags to entity spans."""

from __future__ import annotations


def spans_from_tags(tags: list[str]) -> list[tuple[int, int, str]]:
    """BIO tags -> (first token, token after the last, type); an I- after O starts an entity
    (the CoNLL convention)."""
    spans = []
    start, kind = None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, this = tag.partition("-")
        if start is not None and (prefix != "I" or this != kind):
            spans.append((start, i, kind))
            start = kind = None
        if prefix == "B" or (prefix == "I" and start is None):
            start, kind = i, this
    return spans
