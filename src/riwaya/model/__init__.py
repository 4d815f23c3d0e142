"""The shared data model: articles, spans and annotations, and the report built from them."""

from .annotations import (
    Claim,
    Dateline,
    Mention,
    Negation,
    Ordinal,
    Quantity,
    Quote,
    Source,
    TimeExpression,
)
from .article import Article
from .entity import Entity
from .report import REPORT_SCHEMA_ID, Report, load_report_schema, validate_report
from .span import Span, Token

__all__ = [
    "Article",
    "Claim",
    "Dateline",
    "Entity",
    "Mention",
    "Negation",
    "Ordinal",
    "Quantity",
    "Quote",
    "REPORT_SCHEMA_ID",
    "Report",
    "Source",
    "Span",
    "TimeExpression",
    "Token",
    "load_report_schema",
    "validate_report",
]
