"""The one container every stage reads and fills."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .annotations import Claim, Dateline, Mention, Ordinal, Quantity, Quote, Source, TimeExpression
from .span import Span, Token


@dataclass
class Article:
    """An article's exact text, its metadata, and the annotation layers the stages add.

    Layers are spans into ``text``; nothing ever rewrites ``text`` itself.
    """

    text: str
    id: str = ""
    title: str | None = None
    outlet: str | None = None
    published: date | None = None
    path: str | None = None
    url: str | None = None
    language: str | None = None
    dateline: Dateline | None = None
    copy_group: str | None = None
    """The store's copy group (the content hash of the first text of a wire copy): articles
    sharing one are copies of one text."""
    sentences: list[Span] = field(default_factory=list)
    tokens: list[list[Token]] = field(default_factory=list)
    """The tokens of each sentence, made once for the stages that read words."""
    quantities: list[Quantity] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    ordinals: list[Ordinal] = field(default_factory=list)
    """Ranks («الجولة الثالثة»), apart from the amounts in ``quantities``."""
    entities: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)

    @property
    def read_as(self) -> str:
        """The language its readers read it in: its own, Arabic when unknown (riwaya is Arabic
        first)."""
        return self.language or "ar"

    def span_text(self, span: Span) -> str:
        return self.text[span.start : span.end]
