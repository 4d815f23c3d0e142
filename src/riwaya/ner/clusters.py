"""Word clusters learned from unlabeled news by ``train/ner_clusters.py``: a word's cluster
numbers at a few granularities, so that an unseen name is tagged like the names it keeps
company with."""

from __future__ import annotations

from functools import cache
from importlib import resources

from ..lang.ar.words import analyze_word

CLUSTER_FILE = "ner-clusters.tsv"
GRANULARITIES = (64, 256, 1024)


def cluster_key(token: str) -> str:
    """The form clusters are learned and looked up by: normalised, proclitics stripped."""
    return analyze_word(token).stem


@cache
def word_clusters() -> dict[str, tuple[str, ...]]:
    """Key -> one cluster number per granularity, as read from the shipped table."""
    table = {}
    text = (resources.files("riwaya.models") / CLUSTER_FILE).read_text(encoding="utf-8")
    for line in text.splitlines():
        word, *numbers = line.split("\t")
        table[word] = tuple(numbers)
    return table
