"""The English name lists in ``gazetteer/`` (written by the team), lowercased for matching."""

from __future__ import annotations

from functools import cache
from importlib import resources

LISTS = {"LOC": "places.txt", "ORG": "organisations.txt", "first_name": "person_first_names.txt",
         "title": "person_titles.txt", "nationality": "nationalities.txt"}
MAX_WORDS = 6


@cache
def gazetteer(kind: str) -> frozenset[str]:
    """The lowercased entries of one list ("LOC", "ORG", "first_name", "title", "nationality")."""
    folder = resources.files(__package__).joinpath("gazetteer")
    text = folder.joinpath(LISTS[kind]).read_text("utf-8")
    return frozenset(fold(line) for line in text.splitlines() if line.strip() and not line.startswith("#"))


def fold(phrase: str) -> str:
    """Lowercased, dots dropped, spaces single: "Brig. Gen." and "brig gen" meet."""
    return " ".join(phrase.lower().replace(".", " ").split())


def listed_type(phrase: str) -> str | None:
    """"LOC" or "ORG" for a name the lists hold, else None."""
    key = fold(phrase)
    if key in gazetteer("ORG"):
        return "ORG"
    if key in gazetteer("LOC"):
        return "LOC"
    return None
