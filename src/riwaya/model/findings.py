"""What the cross-check finds between articles: aligned claim pairs, facts and the summary."""

from __future__ import annotations

from dataclasses import dataclass, field

from .annotations import Claim
from .article import Article

ClaimRef = tuple[Article, Claim]


@dataclass(frozen=True)
class Reason:
    """Why two claims conflict, as the check that found it saw it: the kind of clash
    ("number", "unit", "denial", "date", "place", "source") and what it names from each side
    (the words quoted, each report's outlet and id, a source's kind). ``text`` is the reason
    worded for a reader (``report.wording.word_reason``), filled when the report is put
    together; compare/ finds, report/ words."""

    kind: str
    parts: tuple[tuple[str, str | tuple[str, ...]], ...]
    text: str = ""

    def part(self, name: str) -> str | tuple[str, ...]:
        return dict(self.parts).get(name, "")


@dataclass(frozen=True)
class Alignment:
    """Two claims of different articles about the same thing, and how they relate."""

    first: ClaimRef
    second: ClaimRef
    relation: str  # "agree", "conflict", "verify" (a clash of a kind often false), "credited" (the same
    # words, different sources) or "related"
    score: float
    reasons: tuple[Reason, ...] = ()
    checks: tuple[str, ...] = ()
    """The kind of each reason (the check that found it): conflicts of one kind form one fact."""


@dataclass
class Fact:
    """One statement of the story and every claim that carries it."""

    text: str
    claims: list[ClaimRef]
    status: str  # "corroborated", "single-source" or "conflicting"
    independent_sources: int
    reasons: list[Reason] = field(default_factory=list)

    @property
    def articles(self) -> list[Article]:
        return list({id(a): a for a, _ in self.claims}.values())


@dataclass(frozen=True)
class SummaryLine:
    """A sentence of the story's summary and the facts it rests on."""

    text: str
    facts: tuple[Fact, ...]
