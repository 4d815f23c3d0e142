"""An annotator's gold.json (GUIDE.md: phrases in the texts) checked and turned into the two
forms the project uses: offsets for the repository, and the reference scorer's gold."""

from __future__ import annotations

import re

TYPES = {"PER", "ORG", "LOC", "MISC"}
SOURCE_KINDS = {"named", "anonymous", "outlet", "document"}
SENTENCE_END = re.compile(r"(?<!\d)\.|\.(?!\d)|[!?؟\n]")
"""What ends a sentence: not the point of a decimal «24.7»."""


def locate(text: str, phrase: str, nth: int) -> int:
    """Start of the nth occurrence of ``phrase`` as the reference scorer finds it; -1 if none."""
    i = -1
    for _ in range(nth + 1):
        i = text.find(phrase, i + 1)
        if i < 0:
            return -1
    return i


def occurrence(text: str, start: int, end: int) -> int:
    """Which occurrence of text[start:end] begins at ``start``, counted as ``locate`` counts."""
    phrase, i, n = text[start:end], -1, -1
    while True:
        i = text.find(phrase, i + 1)
        n += 1
        if i == start:
            return n


class Problems(list):
    def add(self, where: str, what: str) -> None:
        self.append(f"{where}: {what}")


def to_offsets(gold: dict, texts: dict[str, str]) -> tuple[dict, Problems]:
    """The gold with each [article, phrase, n] as [article, start, end], and what is wrong."""
    problems = Problems()

    def span(ref, where):
        if not (
            isinstance(ref, list)
            and len(ref) == 3
            and ref[0] in texts
            and isinstance(ref[1], str)
            and ref[1]
            and isinstance(ref[2], int)
        ):
            problems.add(where, f"not a reference [article, phrase, n]: {ref!r}")
            return None
        start = locate(texts[ref[0]], ref[1], ref[2])
        if start < 0:
            problems.add(where, f"{ref[0]} has no occurrence {ref[2]} of «{ref[1]}»")
            return None
        return [ref[0], start, start + len(ref[1])]

    def optional(ref, where):
        return None if ref is None else span(ref, where)

    out = {key: gold.get(key) for key in ("set", "published", "annotator", "overall")}
    entities = gold.get("entities") or {}
    out["entities"] = {
        key: [span(m, f"entity {key}") for m in mentions] for key, mentions in entities.items()
    }
    out["entity_types"] = []
    for item in gold.get("entity_types") or []:
        if len(item) != 4 or item[3] not in TYPES:
            problems.add("entity_types", f"not [article, phrase, n, TYPE]: {item!r}")
            continue
        out["entity_types"].append([*(span(item[:3], "entity_types") or [None] * 3), item[3]])
    out["distinct_entities"] = []
    for x, y in gold.get("distinct_entities") or []:
        for key in (x, y):
            if key not in entities:
                problems.add("distinct_entities", f"no entity key {key!r}")
        out["distinct_entities"].append([x, y])
    out["quotes"] = []
    for q in gold.get("quotes") or []:
        if q.get("speaker_key") is not None and q["speaker_key"] not in entities:
            problems.add("quotes", f"no entity key {q['speaker_key']!r}")
        out["quotes"].append(
            {
                "content": span(q.get("content"), "quote content"),
                "cue": optional(q.get("cue"), "quote cue"),
                "speaker": optional(q.get("speaker"), "quote speaker"),
                "speaker_key": q.get("speaker_key"),
                "direct": bool(q.get("direct")),
            }
        )
    out["sources"] = []
    for s in gold.get("sources") or []:
        if s.get("kind") not in SOURCE_KINDS:
            problems.add("sources", f"kind must be one of {sorted(SOURCE_KINDS)}: {s!r}")
        out["sources"].append({"ref": span(s.get("ref"), "source"), "kind": s.get("kind")})
    out["quantities"] = []
    for q in gold.get("quantities") or []:
        if not isinstance(q.get("value"), (int, float)) or isinstance(q.get("value"), bool):
            problems.add("quantities", f"value must be a number: {q!r}")
        where = span(q.get("ref"), "quantity")
        out["quantities"].append(
            {
                "ref": where,
                "value": q.get("value"),
                "unit": nearest(texts, where, q.get("unit")),
                "referent": nearest(texts, where, q.get("referent")),
            }
        )
    out["times"] = []
    for item in gold.get("times") or []:
        if len(item) != 4 or not re.fullmatch(r"\d{4}-\d\d-\d\d", str(item[3])):
            problems.add("times", f"not [article, phrase, n, YYYY-MM-DD]: {item!r}")
            continue
        out["times"].append([*(span(item[:3], "time") or [None] * 3), item[3]])
    for kind in ("agree", "conflict"):
        out[kind] = []
        for g in gold.get(kind) or []:
            a = span(g.get("a"), f"{kind} {g.get('id')}")
            b = [span(ref, f"{kind} {g.get('id')}") for ref in g.get("b") or []]
            if a and a[0] != "a1" or any(ref and ref[0] != "a2" for ref in b) or not b:
                problems.add(kind, f"{g.get('id')}: a points into a1, b into a2")
            item = {"id": g.get("id"), "a": a, "b": b}
            if kind == "agree":
                item["related_ok"] = bool(g.get("related_ok"))
            else:
                item["reason"] = without_arabic(g.get("reason"))
            out[kind].append(item)
    out["single_source"] = [span(ref, "single_source") for ref in gold.get("single_source") or []]
    _check_sentences(out, texts, problems)
    return out, problems


def without_arabic(note: str | None, limit: int = 600) -> str:
    """An annotator's note with each run of Arabic as «…»: no text of a report is kept."""
    return re.sub("[\u0600-\u06ff«»][\u0600-\u06ff«»\\s]*", "… ", note or "")[:limit]


def nearest(texts: dict[str, str], where: list | None, words: str | None) -> list | None:
    """The occurrence of an annotator's ``words`` (a unit, a referent) nearest the span
    ``where``, as [article, start, end]: the repository keeps no text. None when they do not
    occur in that report."""
    if not where or not isinstance(words, str) or not words.strip():
        return None
    text, words = texts[where[0]], words.strip()
    starts, i = [], text.find(words)
    while i >= 0:
        starts.append(i)
        i = text.find(words, i + 1)
    if not starts:
        return None
    start = min(starts, key=lambda s: abs(s - where[1]))
    return [where[0], start, start + len(words)]


def sentence_index(text: str, position: int) -> int:
    """Which sentence of ``text`` holds ``position``, counted from 0 (the whole text is read, so
    a phrase that starts after a decimal point is not taken for a new sentence)."""
    return sum(1 for end in SENTENCE_END.finditer(text) if end.start() < position)


def _sentence(texts: dict[str, str], ref: list) -> tuple[str, int]:
    return ref[0], sentence_index(texts[ref[0]], ref[1])


def _check_sentences(gold: dict, texts: dict[str, str], problems: Problems) -> None:
    """The reference's rule: a single-source phrase shares no sentence with an aligned one."""
    aligned = set()
    for kind in ("agree", "conflict"):
        for g in gold[kind]:
            aligned.update(_sentence(texts, ref) for ref in [g["a"], *g["b"]] if ref)
    for ref in gold["single_source"]:
        if ref and _sentence(texts, ref) in aligned:
            problems.add("single_source", f"{ref} shares a sentence with an agree or conflict phrase")


def reference_gold(gold: dict, texts: dict[str, str]) -> dict:
    """The offsets gold in the reference scorer's format (phrases rebuilt from the texts)."""

    def ref(span):
        article, start, end = span
        return [article, texts[article][start:end], occurrence(texts[article], start, end)]

    entities = {key: [ref(m) for m in mentions if m] for key, mentions in gold["entities"].items()}
    out = {
        "published": gold.get("published"),
        "same_entity": {k: v for k, v in entities.items() if len(v) > 1},
        "entity_anchor": {k: v[0] for k, v in entities.items() if len(v) == 1},
        "distinct_entities": [
            pair for pair in gold["distinct_entities"] if all(entities.get(key) for key in pair)
        ],
        "entity_types": [[*ref(item[:3]), item[3]] for item in gold["entity_types"] if item[0]],
        "quotes": [
            [*ref(q["content"]), q["speaker_key"] if entities.get(q["speaker_key"]) else None]
            for q in gold["quotes"]
            if q["content"]
        ],
        "anonymous_sources": [
            ref(s["ref"]) for s in gold["sources"] if s["ref"] and s["kind"] == "anonymous"
        ],
        "quantities": [[*ref(q["ref"]), q["value"]] for q in gold["quantities"] if q["ref"]],
        "times": [[*ref(item[:3]), item[3]] for item in gold["times"] if item[0]],
        "agree": [
            {
                "id": g["id"],
                "a": ref(g["a"]),
                "b": [ref(b) for b in g["b"] if b],
                "related_ok": g["related_ok"],
            }
            for g in gold["agree"]
            if g["a"] and any(g["b"])
        ],
        "conflict": [
            {"id": g["id"], "a": ref(g["a"]), "b": [ref(b) for b in g["b"] if b]}
            for g in gold["conflict"]
            if g["a"] and any(g["b"])
        ],
        "single_source": [ref(s) for s in gold["single_source"] if s],
    }
    if gold.get("overall") is not None:
        out["similarity_overall_max"] = float(gold["overall"]) + 0.5
    return out


def count_checks(reference: dict) -> dict[str, int]:
    """How many checks of each kind the reference scorer makes of this gold."""
    return {
        "same_entity": len(reference["same_entity"]),
        "distinct": len(reference["distinct_entities"]),
        "types": len(reference["entity_types"]),
        "quotes": len(reference["quotes"]),
        "anonymous": len(reference["anonymous_sources"]),
        "quantities": len(reference["quantities"]),
        "times": len(reference["times"]),
        "agree": len(reference["agree"]),
        "conflict": len(reference["conflict"]) + 1,
        "single": len(reference["single_source"]),
        "similarity": int("similarity_overall_max" in reference),
    }
