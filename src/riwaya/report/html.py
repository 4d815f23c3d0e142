"""The report as one self-contained HTML page, for reading the outlets side by side.

A reader cross-checks by eye: the conflicts between the reports come first, with their reasons;
every article gets a column, every finding is highlighted at its exact span with a tooltip saying
what was read there, and every claim is underlined by its status and linked to its partners in
the other columns. What the reports agree on, what one alone says, the summary and tables lining
the numbers and dates up follow. The CSS and JS are inlined so the page opens offline and can be mailed
as one file; Jinja2 autoescaping keeps hostile article text (``<script>``…) inert.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from jinja2 import BaseLoader, Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from riwaya.model.report import REPORT_SCHEMA_ID

from .crosscheck import QUOTED, ClaimMark, CrossCheck
from .tables import build_tables
from .wording import (
    LANGUAGES,
    LAYER_LABELS,
    LAYERS,
    LEGEND_ORDER,
    RTL_LANGUAGES,
    describe_count,
    describe_dateline,
    describe_entity,
    describe_quantity,
    describe_quote,
    describe_source,
    describe_time,
    format_date,
    label_article,
)


@dataclass(frozen=True)
class Annotation:
    """One highlighted span of an article: its layer, id, offsets and tooltip text."""

    layer: str
    id: str
    start: int
    end: int
    tip: str
    anchor: str
    kind: str = ""  # an entity's type (PER, ORG, LOC, MISC): its own colour


@dataclass
class Segment:
    """A run of article text covered by the same annotations (none for plain text)."""

    text: str
    annotations: tuple[Annotation, ...] = ()
    anchors: list[str] = field(default_factory=list)

    @property
    def classes(self) -> str:
        """The layer classes of this piece, in drawing priority."""
        layers = [f"l-{layer}" for layer in LAYERS if any(a.layer == layer for a in self.annotations)]
        kinds = dict.fromkeys(f"k-{a.kind}" for a in self.annotations if a.kind)
        return " ".join([*layers, *kinds])

    @property
    def ids(self) -> str:
        """The ids of the annotations covering this piece, space-separated."""
        return " ".join(dict.fromkeys(a.id for a in self.annotations))

    @property
    def tip(self) -> str:
        """The tooltip: one line per covering annotation."""
        return "\n".join(dict.fromkeys(a.tip for a in self.annotations))


def render_html(report: dict[str, Any]) -> str:
    """Render a ``riwaya.report/1`` dict as one self-contained, offline HTML page."""
    return load_template().render(**build_context(report), css=inline_asset("report.css", "</style"),
                                  js=inline_asset("report.js", "</script"))


def report_loader() -> BaseLoader:
    """The loader of the report's templates, which the web app's pages extend."""
    return PackageLoader("riwaya.report", "templates")


def make_environment(loader: BaseLoader) -> Environment:
    """A template environment with autoescaping on for every template, whatever its name."""
    environment = Environment(loader=loader, autoescape=True, undefined=StrictUndefined,
                              keep_trailing_newline=True)
    environment.filters["isolated"] = isolate_quoted
    return environment


def isolate_quoted(text: str) -> Markup:
    """Arabic prose whose «quoted» pieces may be English: each piece is laid out in its own
    direction («35 vehicles», not «vehicles 35»)."""
    pieces = QUOTED.split(text)  # prose, quoted, prose, ...
    return Markup("").join(Markup("«<bdi>{}</bdi>»").format(piece) if i % 2 else piece
                           for i, piece in enumerate(pieces))


@cache
def load_template():
    """Load the page template from the package's template folder."""
    return make_environment(report_loader()).get_template("report.html.j2")


def read_asset(name: str) -> str:
    """Read one file of the template folder shipped in the package."""
    return (resources.files("riwaya.report") / "templates" / name).read_text("utf-8")


def inline_asset(name: str, closing_tag: str) -> Markup:
    """Read our own CSS or JS for inlining; it can never close its <style>/<script> early."""
    text = read_asset(name)
    if closing_tag in text.lower():
        raise ValueError(f"{name} must not contain {closing_tag!r}")
    return Markup(text)


def build_context(report: dict[str, Any]) -> dict[str, Any]:
    """Gather everything the template shows, already worded and formatted (its assets apart:
    inlined here, linked by the web app)."""
    articles = report.get("articles") or []
    labels = {a["id"]: label_article(a) for a in articles}
    annotations = collect_annotations(report)
    crosscheck = CrossCheck(report, labels)
    claims = crosscheck.mark_claims()
    published = sorted({a["published"][:10] for a in articles if a.get("published")})
    outlets = list(dict.fromkeys(a["outlet"] for a in articles if a.get("outlet")))
    title = next((a["title"] for a in articles if a.get("title")), None) or "تقرير riwaya"
    counts = {layer: 0 for layer in LAYERS}
    for items in annotations.values():
        for annotation in items:
            counts[annotation.layer] += 1
    counts["entity"] = len(report.get("entities") or [])
    counts["claim"] = len(crosscheck.claims)
    legend = [{"layer": layer, "label": LAYER_LABELS[layer], "count": counts[layer]}
              for layer in LEGEND_ORDER
              if layer in ("time", "quantity") or counts[layer]]
    return {
        "title": title,
        "schema": report.get("schema") or REPORT_SCHEMA_ID,
        "report_count": describe_count(len(articles)),
        "outlets": outlets,
        "dates": [format_date(value) for value in published],
        "legend": legend,
        "columns": [build_column(a, annotations.get(a["id"], []), claims.get(a["id"], []))
                    for a in articles],
        "crosscheck": crosscheck.build_sections(),
        "tables": build_tables(report, labels),
    }


def collect_annotations(report: dict[str, Any]) -> dict[str, list[Annotation]]:
    """Collect every span annotation of the report, grouped by article id."""
    found: dict[str, list[Annotation]] = defaultdict(list)

    def add_span(layer: str, item: dict[str, Any], ident: str, tip: str, anchor: str,
                 kind: str = "") -> None:
        """Add one span, skipping any without sane offsets."""
        start, end = item.get("start"), item.get("end")
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end:
            found[item.get("article")].append(Annotation(layer, ident, start, end, tip, anchor, kind))

    simple = (("quantity", "quantities", describe_quantity), ("time", "times", describe_time),
              ("quote", "quotes", describe_quote), ("source", "sources", describe_source))
    for layer, key, describe in simple:
        for number, item in enumerate(report.get(key) or [], 1):
            ident = str(item.get("id") or f"{layer}{number}")
            add_span(layer, item, ident, describe(item), f"m-{ident}")
    for number, entity in enumerate(report.get("entities") or [], 1):
        ident = str(entity.get("id") or f"entity{number}")
        for index, mention in enumerate(entity.get("mentions") or [], 1):
            add_span("entity", mention, ident, describe_entity(entity), f"m-{ident}-{index}",
                     str(entity.get("type") or ""))
    for article in report.get("articles") or []:
        if article.get("dateline"):
            dateline = {**article["dateline"], "article": article["id"]}
            ident = f"d-{article['id']}"
            add_span("dateline", dateline, ident, describe_dateline(dateline), f"m-{ident}")
    return found


def split_segments(text: str, annotations: list[Annotation], start: int, end: int,
                   anchored: set[str]) -> list[Segment]:
    """Split text[start:end] at every annotation boundary, anchoring each annotation once."""
    inside = [a for a in annotations if a.start < end and a.end > start]
    cuts = {start, end}
    cuts.update(a.start for a in inside if start < a.start < end)
    cuts.update(a.end for a in inside if start < a.end < end)
    bounds = sorted(cuts)
    segments = []
    for left, right in zip(bounds, bounds[1:]):
        covering = tuple(a for a in inside if a.start <= left and a.end >= right)
        anchors = [a.anchor for a in covering if a.anchor not in anchored]
        anchored.update(anchors)
        segments.append(Segment(text[left:right], covering, anchors))
    return segments


def split_claims(claims: list[ClaimMark], start: int, end: int,
                 anchored: set[str]) -> list[tuple[ClaimMark | None, str | None, int, int]]:
    """Split text[start:end] into runs inside one claim or outside all, as (claim, anchor,
    start, end); a claim's first run carries its anchor, overlapping claims are clipped."""
    runs, at = [], start
    for claim in claims:
        left, right = max(claim.start, at), min(claim.end, end)
        if left >= right:
            continue
        if left > at:
            runs.append((None, None, at, left))
        anchor = f"m-{claim.id}"
        runs.append((claim, None if anchor in anchored else anchor, left, right))
        anchored.add(anchor)
        at = right
    if at < end:
        runs.append((None, None, at, end))
    return runs


def lay_out_line(text: str, annotations: list[Annotation], claims: list[ClaimMark], start: int,
                 end: int, anchored: set[str]) -> list[dict[str, Any]]:
    """Lay one line out as claim runs, each split into highlighted segments."""
    return [{"claim": claim, "anchor": anchor,
             "segments": split_segments(text, annotations, left, right, anchored)}
            for claim, anchor, left, right in split_claims(claims, start, end, anchored)]


def build_column(article: dict[str, Any], annotations: list[Annotation],
                 claims: list[ClaimMark]) -> dict[str, Any]:
    """Lay one article out as a column: header facts and its text line by line."""
    text = article.get("text") or ""
    title = (article.get("title") or "").strip()
    language = article.get("language")
    base = (language or "").split("-")[0].lower()
    lines, offset, anchored = [], 0, set()
    for index, line in enumerate(text.split("\n")):
        end = offset + len(line)
        if not line.strip():
            kind = "blank"
        elif index == 0 and title and line.strip() == title:
            kind = "title"
        else:
            kind = "p"
        lines.append({"kind": kind,
                      "runs": lay_out_line(text, annotations, claims, offset, end, anchored)})
        offset = end + 1
    return {
        "id": article.get("id"),
        "outlet": article.get("outlet") or "وسيلة غير معروفة",
        "published": format_date(article["published"]) if article.get("published") else None,
        "published_iso": (article.get("published") or "")[:10],
        "title": title,
        "title_in_text": bool(lines) and lines[0]["kind"] == "title",
        "language": LANGUAGES.get(base, language) if language else None,
        "lang": language or "",
        "dir": ("rtl" if base in RTL_LANGUAGES else "ltr") if base else "auto",
        "path": article.get("path"),
        "url": article.get("url"),
        "lines": lines,
    }


