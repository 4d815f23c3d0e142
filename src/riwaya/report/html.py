"""The report as one self-contained HTML page, for reading the outlets side by side.

A reader cross-checks by eye: every article gets a column, every finding is highlighted at its
exact span with a tooltip saying what was read there, and tables below line the numbers and
dates of all reports up. The CSS and JS are inlined so the page opens offline and can be mailed
as one file; Jinja2 autoescaping keeps hostile article text (``<script>``…) inert.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

from jinja2 import Environment, StrictUndefined
from markupsafe import Markup

from riwaya.model.report import REPORT_SCHEMA_ID

# Highlight layers in drawing priority: the first one covering a segment gives its background.
LAYERS = ("quantity", "time", "source", "entity", "quote", "claim", "dateline")
LAYER_LABELS = {
    "time": "التواريخ والأوقات",
    "quantity": "الأعداد والكميات",
    "entity": "الكيانات (أشخاص، منظمات، أماكن)",
    "quote": "الاقتباسات",
    "source": "المصادر",
    "claim": "الادعاءات",
    "dateline": "سطر المصدر (المكان والوسيلة)",
}
LEGEND_ORDER = ("time", "quantity", "entity", "quote", "source", "claim", "dateline")

MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
          "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر")
WEEKDAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
GRANULARITIES = {"day": "يوم", "week": "أسبوع", "month": "شهر", "year": "سنة"}
BOUNDS = {"about": "تقريبي (نحو)", "at-least": "حد أدنى (على الأقل)",
          "at-most": "حد أقصى (على الأكثر)"}
ENTITY_TYPES = {"PER": "شخص", "ORG": "منظمة", "LOC": "مكان", "MISC": "أخرى"}
SOURCE_KINDS = {"named": "مصدر مسمّى", "anonymous": "مصدر مُجهَّل",
                "outlet": "وسيلة إعلامية", "document": "وثيقة"}
RELATIONS = {"agree": "اتفاق", "conflict": "تعارض", "related": "صلة"}
FACT_STATUSES = {"corroborated": "مؤكَّدة من أكثر من مصدر", "single-source": "من مصدر واحد",
                 "conflicting": "متعارضة"}
LANGUAGES = {"ar": "العربية", "en": "الإنجليزية", "fr": "الفرنسية", "fa": "الفارسية",
             "tr": "التركية", "he": "العبرية", "ku": "الكردية", "ur": "الأردية",
             "de": "الألمانية", "es": "الإسبانية", "ru": "الروسية"}
RTL_LANGUAGES = {"ar", "fa", "ur", "he", "ps", "ckb", "yi", "dv"}
# After Arabic letters the digits of 2020-11-14 count as Arabic numbers and the hyphens split
# them into runs laid out right to left (14-11-2020); an isolate keeps the date in order.
LRI, PDI = "\u2066", "\u2069"


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
    context = build_context(report)
    return load_template().render(**context)


@cache
def load_template():
    """Load the page template from the package's template folder, autoescaping on."""
    env = Environment(autoescape=True, undefined=StrictUndefined, keep_trailing_newline=True)
    return env.from_string(read_asset("report.html.j2"))


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
    """Gather everything the template shows, already worded and formatted."""
    articles = report.get("articles") or []
    labels = {a["id"]: label_article(a) for a in articles}
    annotations = collect_annotations(report)
    published = sorted({a["published"][:10] for a in articles if a.get("published")})
    outlets = list(dict.fromkeys(a["outlet"] for a in articles if a.get("outlet")))
    title = next((a["title"] for a in articles if a.get("title")), None) or "تقرير riwaya"
    counts = {layer: 0 for layer in LAYERS}
    for items in annotations.values():
        for annotation in items:
            counts[annotation.layer] += 1
    counts["entity"] = len(report.get("entities") or [])
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
        "columns": [build_column(a, annotations.get(a["id"], [])) for a in articles],
        "tables": build_tables(report, labels),
        "css": inline_asset("report.css", "</style"),
        "js": inline_asset("report.js", "</script"),
    }


def label_article(article: dict[str, Any]) -> str:
    """Name an article for tables: its outlet, else its id."""
    return article.get("outlet") or article.get("id") or "؟"


def describe_count(count: int) -> str:
    """Word the number of reports with Arabic number agreement (Western digits)."""
    if count == 0:
        return "لا تقارير"
    if count == 1:
        return "تقرير واحد"
    if count == 2:
        return "تقريران"
    if 3 <= count % 100 <= 10:
        return f"{count} تقارير"
    if 11 <= count % 100 <= 99:
        return f"{count} تقريرًا"
    return f"{count} تقرير"


def format_date(value: str | None) -> str:
    """Format an ISO date as «17 نوفمبر 2020»; anything unparsable is shown as given."""
    parsed = parse_date(value)
    if parsed is None:
        return value or "غير معروف"
    return f"{parsed.day} {MONTHS[parsed.month - 1]} {parsed.year}"


def parse_date(value: str | None) -> date | None:
    """Parse the date part of an ISO string, None when there is none."""
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def format_number(value: Any) -> str:
    """Format a number with Western digits, grouping thousands from 10,000 up."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    if float(value).is_integer():
        number = int(value)
        return f"{number:,}" if abs(number) >= 10_000 else str(number)
    return f"{value:,.4f}".rstrip("0").rstrip(".")


def isolate_ltr(text: str) -> str:
    """Wrap text in a left-to-right isolate, so 2020-11-14 never reads 14-11-2020 in Arabic."""
    return f"{LRI}{text}{PDI}"


def format_time_value(value: str | None, granularity: str | None) -> str:
    """Format a resolved time at its granularity: 2020-11-14, 2020-11, 2020, أسبوع 2020-11-09."""
    if not value:
        return "غير محدد"
    if granularity == "year":
        return value[:4]
    if granularity == "month":
        return isolate_ltr(value[:7])
    if granularity == "week":
        return f"أسبوع {isolate_ltr(value)}"
    return isolate_ltr(value)


def name_weekday(value: str | None, granularity: str | None) -> str:
    """Name the weekday of a resolved day, empty for longer periods or unresolved times."""
    parsed = parse_date(value)
    if parsed is None or granularity not in (None, "day"):
        return ""
    return WEEKDAYS[parsed.weekday()]


def describe_quantity(quantity: dict[str, Any]) -> str:
    """Word a quantity's tooltip: «القيمة: 50 · الوحدة: آلية · تقريبي (نحو)»."""
    parts = [f"القيمة: {format_number(quantity.get('value'))}"]
    parts.append(f"الوحدة: {quantity['unit']}" if quantity.get("unit") else "بلا وحدة")
    if quantity.get("bound") in BOUNDS:
        parts.append(BOUNDS[quantity["bound"]])
    elif quantity.get("approx"):
        parts.append("تقريبي")
    return " · ".join(parts)


def describe_time(time: dict[str, Any]) -> str:
    """Word a date's tooltip: «التاريخ: 2020-11-14 (نسبي، محسوب من تاريخ النشر) · السبت»."""
    value, granularity = time.get("value"), time.get("granularity")
    if not value:
        return "التاريخ: غير محدد"
    how = "نسبي، محسوب من تاريخ النشر" if time.get("relative") else "مذكور صراحة"
    parts = [f"التاريخ: {format_time_value(value, granularity)} ({how})"]
    if weekday := name_weekday(value, granularity):
        parts.append(weekday)
    elif granularity in GRANULARITIES:
        parts.append(f"الدقة: {GRANULARITIES[granularity]}")
    return " · ".join(parts)


def describe_entity(entity: dict[str, Any]) -> str:
    """Word an entity mention's tooltip: its resolved name and type."""
    kind = ENTITY_TYPES.get(entity.get("type"), entity.get("type") or "")
    name = entity.get("name") or ""
    latin = f" ({entity['latin']})" if entity.get("latin") else ""
    return f"كيان: {name}{latin} · النوع: {kind}"


def describe_quote(quote: dict[str, Any]) -> str:
    """Word a quote's tooltip: direct or reported, speaker, cue verb, negation."""
    parts = ["اقتباس مباشر" if quote.get("direct") else "قول منقول"]
    speaker = quote.get("speaker_text") or quote.get("speaker")
    parts.append(f"المتحدث: {speaker}" if speaker else "المتحدث غير محدد")
    if quote.get("cue"):
        parts.append(f"فعل القول: {quote['cue']}")
    if quote.get("negated"):
        parts.append("نفي")
    return " · ".join(parts)


def describe_source(source: dict[str, Any]) -> str:
    """Word a source's tooltip by its kind."""
    return f"مصدر: {SOURCE_KINDS.get(source.get('kind'), source.get('kind') or 'غير مصنّف')}"


def describe_claim(claim: dict[str, Any]) -> str:
    """Word a claim's tooltip with whom it is attributed to."""
    who = claim.get("attributed_to")
    return f"ادعاء · منسوب إلى: {who}" if who else "ادعاء غير منسوب"


def describe_dateline(dateline: dict[str, Any]) -> str:
    """Word a dateline's tooltip: the place and outlet it names."""
    parts = ["سطر المصدر"]
    if dateline.get("place"):
        parts.append(f"المكان: {dateline['place']}")
    if dateline.get("outlet"):
        parts.append(f"الوسيلة: {dateline['outlet']}")
    return " · ".join(parts)


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
              ("quote", "quotes", describe_quote), ("source", "sources", describe_source),
              ("claim", "claims", describe_claim))
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


def build_column(article: dict[str, Any], annotations: list[Annotation]) -> dict[str, Any]:
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
                      "segments": split_segments(text, annotations, offset, end, anchored)})
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


def shape_cell(cell: Any) -> dict[str, Any]:
    """Give a table cell the uniform shape the template reads: text, href, classes."""
    if not isinstance(cell, dict):
        cell = {"text": cell}
    text = cell.get("text")
    classes = " ".join(f"cell-{name}" for name in ("num", "outlet") if cell.get(name))
    return {"text": "—" if text is None or text == "" else str(text),
            "href": cell.get("href"), "classes": classes}


def shape_row(row: dict[str, Any], first: bool) -> dict[str, Any]:
    """Give a table row the uniform shape the template reads: ref, classes, cells."""
    classes = []
    if row.get("group_start") and not first:
        classes.append("group-start")
    if row.get("flag"):
        classes.append("flag")
    return {"ref": row.get("ref"), "classes": " ".join(classes),
            "cells": [shape_cell(cell) for cell in row["cells"]]}


def build_tables(report: dict[str, Any], labels: dict[str, str]) -> list[dict[str, Any]]:
    """Build one table per non-empty layer, rows already worded for the reader."""
    tables = TableBuilder(report, labels)
    builders = (tables.tabulate_quantities, tables.tabulate_times, tables.tabulate_entities,
                tables.tabulate_quotes, tables.tabulate_sources, tables.tabulate_claims,
                tables.tabulate_alignments, tables.tabulate_facts, tables.tabulate_similarity)
    return [table for build in builders if (table := build())]


def make_table(layer: str, title: str, note: str, head: list[str],
               rows: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Make one table with its rows shaped for the template; None when it has no rows."""
    if not rows:
        return None
    return {"layer": layer, "title": title, "note": note, "head": head,
            "rows": [shape_row(row, first=n == 0) for n, row in enumerate(rows)]}


def link_to(item: dict[str, Any]) -> dict[str, Any]:
    """Make a cell showing an item's text, linked to its highlight in the article."""
    return {"text": item.get("text"), "href": f"#m-{item.get('id')}"}


class TableBuilder:
    """The tables under the columns, one method a layer, each None when the layer is empty."""

    def __init__(self, report: dict[str, Any], labels: dict[str, str]) -> None:
        self.report = report
        self.labels = labels
        self.order = {article_id: n for n, article_id in enumerate(labels)}
        self.claim_index = {c.get("id"): c for c in report.get("claims") or []}

    def list_items(self, key: str) -> list[dict[str, Any]]:
        """Return the report's list under ``key``, empty when absent."""
        return self.report.get(key) or []

    def cite_outlet(self, item: dict[str, Any]) -> dict[str, Any]:
        """Make a cell naming the outlet of the article an item belongs to."""
        return {"text": self.labels.get(item.get("article"), item.get("article")), "outlet": True}

    def locate(self, item: dict[str, Any]) -> tuple[int, int]:
        """Locate an item by article order, then offset."""
        return self.order.get(item.get("article"), 0), item.get("start", 0)

    def tabulate_quantities(self) -> dict[str, Any] | None:
        """Tabulate the quantities grouped by unit, so the same count lines up across reports."""
        rows, previous = [], object()
        for q in sorted(self.list_items("quantities"), key=lambda q: (
                q.get("unit_key") is None, q.get("unit_key") or "", *self.locate(q))):
            precision = BOUNDS.get(q.get("bound"), "تقريبي" if q.get("approx") else "دقيق")
            rows.append({"ref": q.get("id"), "group_start": q.get("unit_key") != previous,
                         "cells": [self.cite_outlet(q), link_to(q),
                                   {"text": format_number(q.get("value")), "num": True},
                                   q.get("unit") or "—", precision]})
            previous = q.get("unit_key")
        return make_table("quantity", "الأعداد والكميات",
                          "مرتّبة حسب الوحدة لتسهيل المقارنة بين التقارير",
                          ["الوسيلة", "النص", "القيمة", "الوحدة", "الدقة"], rows)

    def tabulate_times(self) -> dict[str, Any] | None:
        """Tabulate the dates in resolved order, so reports naming the same day line up."""
        rows, previous = [], object()
        for t in sorted(self.list_items("times"), key=lambda t: (
                t.get("value") is None, t.get("value") or "", *self.locate(t))):
            value, granularity = t.get("value"), t.get("granularity")
            rows.append({"ref": t.get("id"), "group_start": value != previous,
                         "cells": [self.cite_outlet(t), link_to(t),
                                   {"text": format_time_value(value, granularity), "num": True},
                                   name_weekday(value, granularity) or "—",
                                   GRANULARITIES.get(granularity, granularity or "—"),
                                   "نسبي" if t.get("relative") else "صريح"]})
            previous = value
        return make_table("time", "التواريخ والأوقات",
                          "مرتّبة حسب التاريخ المحسوب؛ النسبي منها محسوب من تاريخ النشر",
                          ["الوسيلة", "النص", "التاريخ", "اليوم", "الدقة", "النوع"], rows)

    def tabulate_entities(self) -> dict[str, Any] | None:
        """Tabulate the entities: name, type, the spellings used, and who mentions them."""
        rows = []
        for e in self.list_items("entities"):
            per_outlet: dict[str, int] = defaultdict(int)
            for mention in e.get("mentions") or []:
                per_outlet[self.cite_outlet(mention)["text"]] += 1
            spread = "، ".join(f"{name} ({count})" for name, count in per_outlet.items())
            variants = "، ".join(dict.fromkeys(m.get("text") for m in e.get("mentions") or []))
            rows.append({"ref": e.get("id"),
                         "cells": [{"text": e.get("name"), "href": f"#m-{e.get('id')}-1"},
                                   e.get("latin") or "—",
                                   ENTITY_TYPES.get(e.get("type"), e.get("type")), variants, spread]})
        return make_table("entity", "الكيانات", "الاسم الموحد لكل كيان، وكل صيغه في التقارير",
                          ["الاسم", "بالحروف اللاتينية", "النوع", "الصيغ", "الإشارات حسب الوسيلة"], rows)

    def tabulate_quotes(self) -> dict[str, Any] | None:
        """Who said what: quotes grouped by speaker across all reports (the same person quoted
        by several outlets side by side), anonymous sources flagged."""
        entities = {e.get("id"): e.get("name") for e in self.list_items("entities")}
        kinds = {s.get("id"): s.get("kind") for s in self.list_items("sources")}

        def speaker(q: dict[str, Any]) -> str:
            return entities.get(q.get("speaker")) or q.get("speaker_text") or "غير محدد"

        rows = []
        for q in sorted(self.list_items("quotes"), key=lambda q: (speaker(q), self.locate(q))):
            kind = kinds.get(q.get("source"))
            rows.append({"ref": q.get("id"), "classes": "anonymous" if kind == "anonymous" else "",
                         "cells": [speaker(q), SOURCE_KINDS.get(kind, "—"), self.cite_outlet(q),
                                   link_to(q), "مباشر" if q.get("direct") else "منقول",
                                   "نعم" if q.get("negated") else "لا"]})
        return make_table("quote", "من قال ماذا", "الاقتباسات مجمّعة حسب المتحدث عبر التقارير؛ المصادر المجهّلة مميّزة",
                          ["المتحدث", "نوع المصدر", "الوسيلة", "الاقتباس", "النوع", "نفي"], rows)

    def tabulate_sources(self) -> dict[str, Any] | None:
        """Tabulate the sources each report cites, by kind."""
        rows = [{"ref": s.get("id"),
                 "cells": [self.cite_outlet(s), link_to(s),
                           SOURCE_KINDS.get(s.get("kind"), s.get("kind"))]}
                for s in self.list_items("sources")]
        return make_table("source", "المصادر", "", ["الوسيلة", "النص", "النوع"], rows)

    def tabulate_claims(self) -> dict[str, Any] | None:
        """Tabulate the claims with whom they are attributed to."""
        rows = [{"ref": c.get("id"),
                 "cells": [self.cite_outlet(c), link_to(c), c.get("attributed_to")]}
                for c in self.list_items("claims")]
        return make_table("claim", "الادعاءات", "", ["الوسيلة", "الادعاء", "منسوب إلى"], rows)

    def cite_claim(self, claim_id: str) -> dict[str, Any]:
        """Cite a claim by its outlet and text, linked to its highlight."""
        claim = self.claim_index.get(claim_id)
        if claim is None:
            return {"text": claim_id}
        outlet = self.cite_outlet(claim)["text"]
        return {"text": f"{outlet}: {claim.get('text')}", "href": f"#m-{claim_id}"}

    def tabulate_alignments(self) -> dict[str, Any] | None:
        """Tabulate the claim pairs found to agree or conflict, conflicts flagged."""
        rows = []
        for a in self.list_items("alignments"):
            first, second = (list(a.get("claims") or []) + ["", ""])[:2]
            rows.append({"flag": a.get("relation") == "conflict",
                         "cells": [self.cite_claim(first), self.cite_claim(second),
                                   RELATIONS.get(a.get("relation"), a.get("relation")),
                                   {"text": format_number(a.get("score")), "num": True},
                                   "؛ ".join(a.get("reasons") or [])]})
        return make_table("alignment", "التوافق والتعارض بين الادعاءات", "",
                          ["الادعاء الأول", "الادعاء الثاني", "العلاقة", "الدرجة", "الأسباب"],
                          rows)

    def tabulate_facts(self) -> dict[str, Any] | None:
        """Tabulate the facts with their status across reports, conflicting ones flagged."""
        rows = [{"flag": f.get("status") == "conflicting",
                 "cells": [f.get("text"), FACT_STATUSES.get(f.get("status"), f.get("status")),
                           "، ".join(self.labels.get(a, a) for a in f.get("articles") or []),
                           {"text": format_number(f.get("independent_sources")), "num": True}]}
                for f in self.list_items("facts")]
        return make_table("fact", "الوقائع", "",
                          ["الواقعة", "الحالة", "التقارير", "مصادر مستقلة"], rows)

    def tabulate_similarity(self) -> dict[str, Any] | None:
        """Tabulate the pairwise similarity scores of the reports."""
        rows = []
        for s in self.list_items("similarity"):
            pair = " ↔ ".join(self.labels.get(a, a) for a in s.get("articles") or [])
            scores = [{"text": format_number(s.get(k)), "num": True}
                      for k in ("overall", "entities", "geography", "time", "narrative")]
            rows.append({"cells": [{"text": pair, "outlet": True}, *scores]})
        return make_table("similarity", "التشابه بين التقارير", "الدرجات على مقياس من 1 إلى 4",
                          ["التقريران", "إجمالي", "الكيانات", "الجغرافيا", "الزمن", "السرد"], rows)
