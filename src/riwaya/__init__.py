"""riwaya (رواية): cross-check how different news outlets report the same story, Arabic first.

    >>> from riwaya import read_article, compare
    >>> report = compare([read_article("a.txt"), read_article("b.txt")])
    >>> report.to_json()
"""

__version__ = "0.1.0"

from .analyze import analyze, analyze_many
from .crosscheck import compare
from .errors import InputError, RiwayaError
from .ingest import read_article, read_articles
from .model import Article, Report, Span
from .settings import Settings, load_settings

__all__ = [
    "Article",
    "InputError",
    "Report",
    "RiwayaError",
    "Settings",
    "Span",
    "__version__",
    "analyze",
    "analyze_many",
    "compare",
    "load_settings",
    "read_article",
    "read_articles",
]
