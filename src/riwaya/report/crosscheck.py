"""The cross-check as a reader wants it: where the reports clash and why, what several of them
carry, what one alone says, then the summary. Every claim cited here links to its place in the
columns, and every claim in a column knows its status and its partners in the other columns,
so hovering one lights up the others."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .wording import FACT_LINKS, describe_claim, describe_count, describe_independent

RELATIONS = ("conflict", "verify", "credited", "agree", "related")
"""Partner relations, the one to jump to first."""
FACT_STATUS_OF = {"conflicting": "conflict", "corroborated": "agree", "single-source": "single"}
QUOTED = re.compile(r"«([^«»]+)»")


@dataclass(frozen=True)
class ClaimMark:
    """One claim as drawn in its column: its span, status colour, partners and own tooltip."""

    id: str
    start: int
    end: int
    status: str  # conflict, agree, single
    partners: dict[str, list[str]]  # relation -> claim ids in other reports
    tip: str


def link_partners(alignments: list[dict[str, Any]]) -> dict[str, dict[str, list[str]]]:
    """Each claim's aligned claims, by relation."""
    partners: dict[str, dict[str, list[str]]] = defaultdict(lambda: {r: [] for r in RELATIONS})
    for alignment in alignments:
        relation, ids = alignment.get("relation"), list(alignment.get("claims") or [])
        if relation not in RELATIONS:
            continue
        for mine in ids:
            found = partners[mine][relation]
            found += [other for other in ids if other != mine and other not in found]
    return dict(partners)


def rate_claims(claims: dict[str, dict], facts: list[dict], partners: dict) -> dict[str, str]:
    """Each claim's colour: a conflict outweighs an agreement, and a claim in neither stands
    alone (single source)."""
    seen: dict[str, set[str]] = defaultdict(set)
    for fact in facts:
        for claim_id in fact.get("claims") or []:
            seen[claim_id].add(FACT_STATUS_OF.get(fact.get("status"), "single"))
    for claim_id, links in partners.items():  # the same words credited elsewhere agree on them
        seen[claim_id].update("agree" if r == "credited" else r for r in ("conflict", "credited", "agree")
                              if links[r])
    return {claim_id: next((s for s in ("conflict", "agree") if s in seen[claim_id]), "single")
            for claim_id in claims}


def cut_pieces(text: str, spans: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """Cut text into plain and marked pieces at non-overlapping spans (offsets into text)."""
    pieces, at = [], 0
    for start, end in sorted(spans):
        if start < at or not 0 <= start < end <= len(text):
            continue
        if start > at:
            pieces.append({"text": text[at:start], "hit": False})
        pieces.append({"text": text[start:end], "hit": True})
        at = end
    if at < len(text):
        pieces.append({"text": text[at:], "hit": False})
    return pieces


class CrossCheck:
    """The cross-check sections and the claims' column marks, from one report dict."""

    def __init__(self, report: dict[str, Any], labels: dict[str, str]) -> None:
        self.labels = labels
        self.texts = {a.get("id"): a.get("text") or "" for a in report.get("articles") or []}
        self.claims = {c["id"]: c for c in report.get("claims") or [] if c.get("id")}
        self.facts = [{**f, "id": f.get("id") or f"f{n}"}
                      for n, f in enumerate(report.get("facts") or [], 1)]
        self.alignments = report.get("alignments") or []
        self.summary = report.get("summary") or []
        self.partners = link_partners(self.alignments)
        self.statuses = rate_claims(self.claims, self.facts, self.partners)
        self.speakers = self.name_speakers(report)
        self.spans = self.gather_spans(report)

    @staticmethod
    def name_speakers(report: dict[str, Any]) -> dict[str, str]:
        """Name what a claim can be attributed to: a source, a quote's speaker, an entity."""
        names = {e.get("id"): e.get("name") for e in report.get("entities") or []}
        names |= {q.get("id"): q.get("speaker_text") for q in report.get("quotes") or []}
        names |= {s.get("id"): s.get("text") for s in report.get("sources") or []}
        return {key: name for key, name in names.items() if key and name}

    @staticmethod
    def gather_spans(report: dict[str, Any]) -> dict[str, list[tuple[int, int]]]:
        """The spans a conflict's reason may quote (numbers, dates, sources, names), by article."""
        spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
        items = [item for key in ("quantities", "times", "sources") for item in report.get(key) or []]
        items += [m for e in report.get("entities") or [] for m in e.get("mentions") or []]
        for item in items:
            if isinstance(item.get("start"), int) and isinstance(item.get("end"), int):
                spans[item.get("article")].append((item["start"], item["end"]))
        return spans

    @property
    def present(self) -> bool:
        """Whether the report was cross-checked at all (older reports carry no claims)."""
        return bool(self.claims or self.facts)

    def outlet_of(self, claim_id: str) -> str:
        """Name the outlet a claim comes from."""
        article = self.claims.get(claim_id, {}).get("article")
        return self.labels.get(article, article or "؟")

    def mark_claims(self) -> dict[str, list[ClaimMark]]:
        """Each article's claims as drawn in its column, in text order."""
        marks: dict[str, list[ClaimMark]] = defaultdict(list)
        for claim_id, claim in self.claims.items():
            start, end = claim.get("start"), claim.get("end")
            if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end):
                continue
            partners = {r: [p for p in ids if p in self.claims]
                        for r, ids in self.partners.get(claim_id, {}).items()}
            outlets = {r: list(dict.fromkeys(map(self.outlet_of, ids))) for r, ids in partners.items()}
            status = self.statuses[claim_id]
            tip = describe_claim(claim, status, outlets, self.speakers.get(claim.get("attributed_to")))
            marks[claim.get("article")].append(ClaimMark(claim_id, start, end, status, partners, tip))
        return {article: sorted(found, key=lambda m: (m.start, -m.end)) for article, found in marks.items()}

    def cite(self, claim_id: str, reasons: Sequence[str] = ()) -> dict[str, Any]:
        """A claim as cited in a section: its words, the pieces the reasons quote marked, a link
        to its span in the column, and who it is attributed to."""
        claim = self.claims[claim_id]
        text = claim.get("text") or ""
        start = claim.get("start", 0)
        exact = self.texts.get(claim.get("article"), "")[start:start + len(text)] == text
        quoted = {piece for reason in reasons for piece in QUOTED.findall(reason)}
        spans = [(s - start, e - start) for s, e in self.spans.get(claim.get("article"), [])
                 if exact and start <= s and e <= claim.get("end", 0)
                 and text[s - start:e - start] in quoted]
        if reasons and exact:
            spans += [(n["start"] - start, n["end"] - start) for n in claim.get("negations") or []]
        return {"id": claim_id, "href": f"#m-{claim_id}", "status": self.statuses[claim_id],
                "pieces": cut_pieces(text, spans), "headline": bool(claim.get("headline")),
                "speaker": self.speakers.get(claim.get("attributed_to"))}

    def side_by_side(self, claim_ids: list[str], reasons: Sequence[str] = ()) -> list[dict[str, Any]]:
        """The cited claims grouped by report, in column order, one side per report."""
        by_article: dict[str, list[dict]] = defaultdict(list)
        for claim_id in dict.fromkeys(claim_ids):
            if claim_id in self.claims:
                by_article[self.claims[claim_id].get("article")].append(self.cite(claim_id, reasons))
        order = {article: n for n, article in enumerate(self.labels)}
        return [{"article": article, "outlet": self.labels.get(article, article), "claims": cited}
                for article, cited in sorted(by_article.items(), key=lambda x: order.get(x[0], 0))]

    def list_conflicts(self) -> list[dict[str, Any]]:
        """One card per conflicting fact (conflicts outside any fact get their own), each clash
        inside it with its reasons and the clashing claims side by side."""
        conflicts = [a for a in self.alignments if a.get("relation") == "conflict"]
        cards, used = [], set()
        for fact in self.facts:
            if fact.get("status") != "conflicting":
                continue
            members = set(fact.get("claims") or [])
            inside = [n for n, a in enumerate(conflicts) if set(a.get("claims") or []) <= members]
            used.update(inside)
            clashes = [conflicts[n] for n in inside] or [fact]
            cards.append(self.clash_card(fact["id"], clashes))
        cards += [self.clash_card(None, [a]) for n, a in enumerate(conflicts) if n not in used]
        return cards

    def list_apart(self, relation: str) -> list[dict[str, Any]]:
        """One card per pair of claims shown apart from the conflicts: «credited» (the same
        words credited to different sources: not a conflict, but what a fact-checker asks next)
        or «verify» (a kind of clash the blind reads found mostly false: worth a look, not a
        conflict; ``compare/tiers``)."""
        return [self.clash_card(None, [a]) for a in self.alignments if a.get("relation") == relation]

    def clash_card(self, fact_id: str | None, clashes: list[dict[str, Any]]) -> dict[str, Any]:
        """A card of clashing claims: grouped by their reasons, so one denial answering two
        sentences reads once."""
        grouped: dict[tuple[str, ...], list[str]] = {}
        for clash in clashes:
            grouped.setdefault(tuple(clash.get("reasons") or ()), []).extend(clash.get("claims") or [])
        parts = [{"reasons": list(reasons) or ["لم يُذكر سبب التعارض"],
                  "sides": self.side_by_side(ids, list(reasons))} for reasons, ids in grouped.items()]
        outlets = dict.fromkeys(side["outlet"] for part in parts for side in part["sides"])
        return {"id": fact_id, "outlets": list(outlets), "parts": parts}

    def list_corroborated(self) -> list[dict[str, Any]]:
        """The facts several reports carry: the words, who carries them, how independently."""
        return [{"id": fact["id"], "text": fact.get("text") or "",
                 "sides": self.side_by_side(fact.get("claims") or []),
                 "reports": describe_count(len(fact.get("articles") or [])),
                 "independent": describe_independent(fact.get("independent_sources") or 0)}
                for fact in self.facts if fact.get("status") == "corroborated"]

    def group_single_source(self) -> list[dict[str, Any]]:
        """What only one report says, grouped by that report in column order."""
        facts: dict[str, list[dict]] = {article: [] for article in self.labels}
        for fact in self.facts:
            if fact.get("status") != "single-source":
                continue
            for n, side in enumerate(self.side_by_side(fact.get("claims") or [])):
                facts.setdefault(side["article"], []).append(
                    {"id": fact["id"] if n == 0 else None, "claims": side["claims"]})
        return [{"article": article, "outlet": self.labels.get(article, article), "facts": found}
                for article, found in facts.items() if found]

    def list_summary(self) -> list[dict[str, Any]]:
        """The summary sentences, each with links to its facts' cards and to its reports."""
        statuses = {fact["id"]: fact.get("status") for fact in self.facts}
        return [{"text": line.get("text") or "",
                 "facts": [{"href": f"#fact-{f}", "label": FACT_LINKS.get(statuses[f], "التفاصيل")}
                           for f in line.get("facts") or [] if f in statuses],
                 "articles": [{"href": f"#article-{a}", "label": self.labels[a]}
                              for a in line.get("articles") or [] if a in self.labels]}
                for line in self.summary]

    def build_sections(self) -> dict[str, Any] | None:
        """Everything the template's cross-check sections show; None for a report without it."""
        if not self.present:
            return None
        return {"conflicts": self.list_conflicts(), "verify": self.list_apart("verify"),
                "credited": self.list_apart("credited"),
                "corroborated": self.list_corroborated(),
                "single": self.group_single_source(), "summary": self.list_summary()}
