"""The name lists in ``gazetteer/`` (written by the team), folded for matching: given names,
places and organisations, single words and phrases."""

from __future__ import annotations

from functools import cache
from importlib import resources

from .clitics import fold_word

LISTS = {"first_name": "person_first_names.txt", "particle": "person_surname_particles.txt",
         "LOC": "places.txt", "ORG": "organisations.txt"}


def fold_phrase(phrase: str) -> str:
    return " ".join(fold_word(word) for word in phrase.split())


@cache
def gazetteer(kind: str) -> frozenset[str]:
    """The folded entries of one list ("first_name", "particle", "LOC" or "ORG")."""
    text = resources.files(__package__).joinpath("gazetteer", LISTS[kind]).read_text("utf-8")
    return frozenset(fold_phrase(line) for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


def phrase_matches(words: list[str]) -> list[tuple[int, int, str]]:
    """Longest place or organisation phrases among folded ``words``: (first, after, type).
    The first word may carry a one-letter proclitic (لقسد، وداعش)."""
    found = []
    i = 0
    while i < len(words):
        longest = max((_longest_from().get(head, 0) for head in _heads(words[i])), default=0)
        for size in range(min(longest, len(words) - i), 0, -1):
            kind = _listed(words[i : i + size])
            if kind:
                found.append((i, i + size, kind))
                i += size
                break
        else:
            i += 1
    return found


def _heads(first: str) -> tuple[str, ...]:
    """A phrase's first word as written, and without a one-letter proclitic."""
    return (first, first[1:]) if len(first) > 3 and first[0] in "وفبل" else (first,)


@cache
def _longest_from() -> dict[str, int]:
    """Each first word of a place or organisation entry -> the most words an entry starting
    with it has: no longer phrase is looked up (most words start none)."""
    longest: dict[str, int] = {}
    for entry in gazetteer("ORG") | gazetteer("LOC"):
        head, size = entry.split(" ", 1)[0], entry.count(" ") + 1
        longest[head] = max(longest.get(head, 0), size)
    return longest


def _listed(words: list[str]) -> str | None:
    for head in _heads(words[0]):
        phrase = " ".join([head, *words[1:]])
        if phrase in gazetteer("ORG"):
            return "ORG"
        if phrase in gazetteer("LOC"):
            return "LOC"
    return None
