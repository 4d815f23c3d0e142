"""The tables under the report's columns: numbers, dates, entities, who said what, sources
and how alike the reports are, each row pointing at its highlight in the text. (Claims, their
alignments and facts have their own sections: see crosscheck.py.)"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from .wording import (
    BOUNDS,
    ENTITY_TYPES,
    GRANULARITIES,
    SOURCE_KINDS,
    format_number,
    format_time,
    name_weekday,
    time_start,
)


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
                tables.tabulate_quotes, tables.tabulate_sources, tables.tabulate_similarity)
    return [table for build in builders if (table := build())]


def make_table(layer: str, title: str, note: str, head: list[str],
               rows: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Make one table with its rows shaped for the template; None when it has no rows."""
    if not rows:
        return None
    return {"layer": layer, "title": title, "note": note, "head": head,
            "rows": [shape_row(row, first=n == 0) for n, row in enumerate(rows)]}


def name_speaker(quote: dict[str, Any], entity_names: dict[str, str]) -> str:
    """Name who a quote is credited to: the resolved entity, else the words used, else unknown."""
    return entity_names.get(quote.get("speaker")) or quote.get("speaker_text") or "غير محدد"


def spell_entity(entity: dict[str, Any], labels: dict[str, str]) -> list[dict[str, Any]]:
    """An entity's spellings in first-seen order, each with its count, the outlets using it and
    a link to its first mention (anchored m-ENTITY-N by the HTML columns)."""
    spellings: dict[str, dict[str, Any]] = {}
    for index, mention in enumerate(entity.get("mentions") or [], 1):
        spelling = spellings.setdefault(mention.get("text"), {
            "text": mention.get("text"), "count": 0, "outlets": [],
            "href": f"#m-{entity.get('id')}-{index}"})
        spelling["count"] += 1
        outlet = labels.get(mention.get("article"), mention.get("article"))
        if outlet not in spelling["outlets"]:
            spelling["outlets"].append(outlet)
    return list(spellings.values())


def link_to(item: dict[str, Any]) -> dict[str, Any]:
    """Make a cell showing an item's text, linked to its highlight in the article."""
    return {"text": item.get("text"), "href": f"#m-{item.get('id')}"}


class TableBuilder:
    """The tables under the columns, one method a layer, each None when the layer is empty."""

    def __init__(self, report: dict[str, Any], labels: dict[str, str]) -> None:
        self.report = report
        self.labels = labels
        self.order = {article_id: n for n, article_id in enumerate(labels)}

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
                time_start(t) is None, time_start(t) or "", *self.locate(t))):
            value, granularity = time_start(t), t.get("granularity")
            rows.append({"ref": t.get("id"), "group_start": value != previous,
                         "cells": [self.cite_outlet(t), link_to(t),
                                   {"text": format_time(t), "num": True},
                                   (not t.get("until") and name_weekday(value, granularity)) or "—",
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
            variants = "، ".join(spelling["text"] for spelling in spell_entity(e, self.labels))
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
        rows = []
        for q in sorted(self.list_items("quotes"), key=lambda q: (name_speaker(q, entities), self.locate(q))):
            kind = kinds.get(q.get("source"))
            rows.append({"ref": q.get("id"), "classes": "anonymous" if kind == "anonymous" else "",
                         "cells": [name_speaker(q, entities), SOURCE_KINDS.get(kind, "—"),
                                   self.cite_outlet(q), link_to(q), "مباشر" if q.get("direct") else "منقول",
                                   "نعم" if q.get("negated") else "لا"]})
        note = "الاقتباسات مجمّعة حسب المتحدث عبر التقارير؛ المصادر المجهّلة مميّزة"
        return make_table("quote", "من قال ماذا", note,
                          ["المتحدث", "نوع المصدر", "الوسيلة", "الاقتباس", "النوع", "نفي"], rows)

    def tabulate_sources(self) -> dict[str, Any] | None:
        """Tabulate the sources each report cites, by kind."""
        rows = [{"ref": s.get("id"),
                 "cells": [self.cite_outlet(s), link_to(s),
                           SOURCE_KINDS.get(s.get("kind"), s.get("kind"))]}
                for s in self.list_items("sources")]
        return make_table("source", "المصادر", "", ["الوسيلة", "النص", "النوع"], rows)

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
