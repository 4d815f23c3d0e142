"""Token features for the NER model, shared by training and tagging.

Word-level features (form, clitic-stripped stem, affixes, character trigrams, shape, trigger
lists, given-name list) are computed
once per distinct word and cached; a token's feature list adds its neighbours' words and stems,
and the place and organisation phrases of the gazetteers that cover it.
"""

from __future__ import annotations

from functools import lru_cache

from ..lang.ar.entities import LOCATION_TRIGGERS, ORGANISATION_TRIGGERS, PERSON_TITLES
from ..lang.ar.gazetteers import gazetteer, phrase_matches
from ..lang.ar.lexicon import ARTICLE
from ..lang.ar.normalize import normalize_all
from ..lang.ar.words import analyze_word
from .clusters import GRANULARITIES, word_clusters

_TITLES = normalize_all(PERSON_TITLES)
_PLACES = normalize_all(LOCATION_TRIGGERS)
_ORGANISATIONS = normalize_all(ORGANISATION_TRIGGERS)
_CONTEXT_FLAGS = frozenset(("title", "place", "org", "def", "first-name", "name-particle"))
_CONTEXT_CLUSTERS = ("k64=", "k256=")


@lru_cache(maxsize=50_000)
def word_features(token: str) -> tuple[tuple[str, ...], str, str, str, str]:
    """(features of the word itself, its normalised form, its stem, its shape, its folded
    form for the gazetteers)."""
    analysis = analyze_word(token)
    word, stem = analysis.norm, analysis.stem
    features = [
        "w=" + word, "s=" + stem, "p1=" + stem[:1], "p2=" + stem[:2], "p3=" + stem[:3],
        "x1=" + stem[-1:], "x2=" + stem[-2:], "x3=" + stem[-3:],
        "p4=" + stem[:4], "x4=" + stem[-4:],
        "pre=" + word[: len(word) - len(stem)], "shape=" + (shape := _shape(token)),
        "len=" + str(min(len(stem), 8)),
    ]
    clusters = word_clusters().get(stem)
    if clusters:
        features += [f"k{k}={c}" for k, c in zip(GRANULARITIES, clusters)]
    else:
        features.append("k=none")
    padded = f"<{stem}>"
    features += sorted({"c3=" + padded[i : i + 3] for i in range(len(padded) - 2)})
    if word.startswith(ARTICLE):
        features.append("def")
    for name, table in (("title", _TITLES), ("place", _PLACES), ("org", _ORGANISATIONS)):
        if word in table or stem in table or (ARTICLE + stem) in table:
            features.append(name)
    folded = analysis.bare
    if folded in gazetteer("first_name") or stem in gazetteer("first_name"):
        features.append("first-name")
    if folded in gazetteer("particle"):
        features.append("name-particle")  # بن، أبو، عبد، دي، فان
    return tuple(features), word, stem, shape, folded


def sentence_features(tokens: list[str], forget: frozenset[str] = frozenset()) -> list[list[str]]:
    """The feature list of every token of a sentence. Training passes the words seen only
    once as ``forget``: their identity features are left out, so the model learns to tag the
    unseen names of new text from shape, affixes, lists and context."""
    words = [word_features(token) for token in tokens]
    n = len(words)
    listed = [None] * n  # gazetteer phrase tags: B-LOC, I-ORG ...
    for first, after, kind in phrase_matches([w[4] for w in words]):
        listed[first : after] = [f"B-{kind}"] + [f"I-{kind}"] * (after - first - 1)
    out = []
    for i, (own, word, stem, _, _) in enumerate(words):
        features = ["bias", *own] if word not in forget else ["bias", *own[2:]]
        if listed[i]:
            features.append("gaz=" + listed[i])
        if i == 0:
            features.append("BOS")
        if i == n - 1:
            features.append("EOS")
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j < n:
                other, other_word, other_stem, other_shape, _ = words[j]
                if other_word not in forget:
                    features.append(f"{offset}:w={other_word}")
                    features.append(f"{offset}:s={other_stem}")
                if abs(offset) == 1:
                    features += [f"{offset}:{f}" for f in other
                                 if f in _CONTEXT_FLAGS or f.startswith(_CONTEXT_CLUSTERS)]
                    if listed[j]:
                        features.append(f"{offset}:gaz={listed[j]}")
                    features.append(f"{offset}:shape={other_shape}")
        if i > 0:
            features.append(f"bi={words[i - 1][2]}|{stem}")
        out.append(features)
    return out


def _shape(token: str) -> str:
    if token.isdigit():
        return "digit"
    if any("a" <= ch.lower() <= "z" for ch in token):
        return "latin"
    if not any(ch.isalpha() for ch in token):
        return "punct"
    return "arabic"
