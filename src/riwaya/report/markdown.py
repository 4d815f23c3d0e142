"""A Markdown report for pasting into notes and tickets: per article, its dates and amounts."""

from __future__ import annotations

from typing import Any


def render_markdown(report: dict[str, Any]) -> str:
    """The report's articles with their quantities and dates as Markdown tables."""
    lines = ["# riwaya report", ""]
    for article in report["articles"]:
        lines += _article_section(article, report)
    return "\n".join(lines) + "\n"


def _article_section(article: dict[str, Any], report: dict[str, Any]) -> list[str]:
    heading = " · ".join(filter(None, (article["outlet"], article["published"], article["path"])))
    lines = [f"## {article['id']}: {_cell(article['title'] or '')}", "", f"_{heading}_", ""]
    quantities = [q for q in report["quantities"] if q["article"] == article["id"]]
    if quantities:
        lines += ["| quantity | value | unit | approx |", "|---|---|---|---|"]
        lines += [f"| {_cell(q['text'])} | {q['value']:,} | {_cell(q['unit'] or '')} | "
                  f"{q['bound'] or ''} |" for q in quantities]
        lines.append("")
    times = [t for t in report["times"] if t["article"] == article["id"]]
    if times:
        lines += ["| date expression | date | granularity |", "|---|---|---|"]
        lines += [f"| {_cell(t['text'])} | {t['value'] or 'unresolved'} | {t['granularity']} |"
                  for t in times]
        lines.append("")
    return lines


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return text.replace("|", "\\|").replace("\n", " ")
