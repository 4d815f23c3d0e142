"""Writing a report: JSON (the contract), a self-contained HTML page, Markdown."""

from __future__ import annotations

from ..model import Report

FORMATS = ("json", "html", "md")
SUFFIX_FORMATS = {".json": "json", ".html": "html", ".htm": "html", ".md": "md", ".markdown": "md"}

__all__ = ["FORMATS", "SUFFIX_FORMATS", "render"]


def render(report: Report, fmt: str) -> str:
    """The report as text in format ``fmt`` (one of FORMATS)."""
    if fmt == "json":
        return report.to_json() + "\n"
    if fmt == "html":
        from .html import render_html

        return render_html(report.to_dict())
    if fmt == "md":
        from .markdown import render_markdown

        return render_markdown(report.to_dict())
    raise ValueError(f"unknown report format {fmt!r}; choose one of {FORMATS}")
