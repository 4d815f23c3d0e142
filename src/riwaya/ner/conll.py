"""Reading CoNLL "token TAG" files (ANERcorp, AQMAR) into sentences of (token, BIO tag)."""

from __future__ import annotations

from pathlib import Path

# Tags as the corpora spell them (typos included) -> PER, LOC, ORG, MISC.
_TYPES = {"PERS": "PER", "PER": "PER", "ERS": "PER", "PERs": "PER", "LOC": "LOC", "ORG": "ORG",
          "OEG": "ORG", "ORF": "ORG", "MISC": "MISC"}


def read_conll(path: Path, misc_prefix: str = "MIS") -> list[list[tuple[str, str]]]:
    """Sentences of (token, tag) with tags cleaned to O / B-TYPE / I-TYPE."""
    sentences, current = [], []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if current:
                sentences.append(current)
                current = []
            continue
        if len(parts) < 2:
            continue
        current.append((parts[0], clean_tag(parts[-1], misc_prefix)))
    if current:
        sentences.append(current)
    return sentences


def clean_tag(tag: str, misc_prefix: str = "MIS") -> str:
    """«B-PERS» -> «B-PER»; AQMAR's «B-MIS2» -> «B-MISC»; anything unreadable -> «O»."""
    if tag.upper() == "IPERS":
        return "I-PER"
    prefix, _, kind = tag.partition("-")
    prefix = prefix.upper()
    if prefix not in ("B", "I") or not kind:
        return "O"
    if kind.upper().startswith(misc_prefix) and kind.upper() != "MISC":
        kind = "MISC"
    kind = _TYPES.get(kind, _TYPES.get(kind.upper()))
    return f"{prefix}-{kind}" if kind else "O"
