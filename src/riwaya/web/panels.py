"""The story view's panels beside the cross-check: who said what, the entities with their
spellings, and a timeline of the dated events. Each is built from the report dict and links
back to the highlights in the columns (anchors m-ID, as the HTML report sets them)."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from riwaya.report.crosscheck import cut_pieces
from riwaya.report.tables import name_speaker, spell_entity
from riwaya.report.wording import (
    ENTITY_TYPES,
    MONTHS,
    SOURCE_KINDS,
    describe_count,
    format_date,
    label_article,
    name_weekday,
    parse_date,
    time_start,
)

PANEL_LAYERS = ("quote", "entity", "time")
"""The report tables whose content the panels show; the story view leaves those tables out."""


def build_panels(report: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Everything the three panels show, worded for the reader."""
    labels = {a["id"]: label_article(a) for a in report.get("articles") or []}
    return {"speakers": group_speakers(report, labels),
            "entities": list_entities(report, labels),
            "timeline": build_timeline(report, labels)}


def group_speakers(report: dict[str, Any], labels: dict[str, str]) -> list[dict[str, Any]]:
    """Who said what: the quotes grouped by who they are credited to (one entity across every
    report, else the same words in one report), the speakers quoted by most outlets first;
    a speaker whose sources are anonymous is flagged."""
    entity_names = {e.get("id"): e.get("name") for e in report.get("entities") or []}
    kinds = {s.get("id"): s.get("kind") for s in report.get("sources") or []}
    groups: dict[tuple, list[dict[str, Any]]] = defaultdict(list)
    for quote in report.get("quotes") or []:
        if quote.get("speaker") in entity_names:
            key = ("entity", quote["speaker"])
        else:
            key = ("words", quote.get("article"), quote.get("speaker_text"))
        groups[key].append(quote)
    speakers = [describe_speaker(quotes, entity_names, kinds, labels) for quotes in groups.values()]
    return sorted(speakers, key=lambda s: (-len(s["outlets"]), -len(s["quotes"])))


def describe_speaker(quotes: list[dict[str, Any]], entity_names: dict[str, str],
                     kinds: dict[str, str], labels: dict[str, str]) -> dict[str, Any]:
    """One speaker's card: name, the words each report used for them, kind, and the quotes."""
    kind = Counter(kinds.get(q.get("source")) for q in quotes).most_common(1)[0][0]
    name = name_speaker(quotes[0], entity_names)
    return {
        "name": name,
        "spellings": [t for t in dict.fromkeys(q.get("speaker_text") for q in quotes) if t and t != name],
        "kind": SOURCE_KINDS.get(kind, "غير مصنّف"),
        "anonymous": kind == "anonymous",
        "outlets": list(dict.fromkeys(labels.get(q.get("article"), q.get("article")) for q in quotes)),
        "quotes": [{"text": q.get("text") or "", "href": f"#m-{q.get('id')}",
                    "outlet": labels.get(q.get("article"), q.get("article")),
                    "direct": bool(q.get("direct")), "negated": bool(q.get("negated")),
                    "cue": q.get("cue")} for q in quotes],
    }


def list_entities(report: dict[str, Any], labels: dict[str, str]) -> list[dict[str, Any]]:
    """The entities named across the reports, those most outlets name first, each with its
    type and every spelling used (who used which)."""
    entities = []
    for entity in report.get("entities") or []:
        mentions = entity.get("mentions") or []
        if not mentions:
            continue
        outlets = dict.fromkeys(labels.get(m.get("article"), m.get("article")) for m in mentions)
        entities.append({"id": entity.get("id"), "name": entity.get("name"),
                         "latin": entity.get("latin"), "type": entity.get("type") or "MISC",
                         "type_label": ENTITY_TYPES.get(entity.get("type"), "أخرى"),
                         "mentions": len(mentions), "outlets": list(outlets),
                         "spellings": spell_entity(entity, labels)})
    return sorted(entities, key=lambda e: (-len(e["outlets"]), -e["mentions"]))


def build_timeline(report: dict[str, Any], labels: dict[str, str]) -> list[dict[str, Any]]:
    """The story's dated events in time order: every resolved date each report gives, with
    the sentence it dates, and the day each report was published."""
    articles = {a.get("id"): a for a in report.get("articles") or []}
    days: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for time in report.get("times") or []:
        article = articles.get(time.get("article"))
        if not time_start(time) or article is None:
            continue
        granularity = time.get("granularity") or "day"
        days[(time_start(time), granularity)].append({
            "kind": "event", "outlet": labels.get(article.get("id")), "href": f"#m-{time.get('id')}",
            "relative": bool(time.get("relative")), "pieces": quote_sentence(article, time)})
    for article in articles.values():
        if parse_date(article.get("published")):
            days[(article["published"][:10], "day")].append({
                "kind": "published", "outlet": labels.get(article.get("id")),
                "href": f"#article-{article.get('id')}"})
    return [{"value": value, "label": describe_period(value, granularity), "entries": entries,
             "reports": describe_count(len({e["outlet"] for e in entries}))}
            for (value, granularity), entries in sorted(days.items())]


def quote_sentence(article: dict[str, Any], span: dict[str, Any]) -> list[dict[str, Any]]:
    """The sentence of the article holding the span, cut into pieces with the span marked."""
    text = article.get("text") or ""
    start, end = span.get("start", 0), span.get("end", 0)
    around = next(((s["start"], s["end"]) for s in article.get("sentences") or []
                   if s.get("start", 0) <= start and end <= s.get("end", 0)), (start, end))
    return cut_pieces(text[around[0]:around[1]], [(start - around[0], end - around[0])])


def describe_period(value: str, granularity: str) -> str:
    """Name a resolved period in words: «السبت 14 نوفمبر 2020»، «نوفمبر 2020»، «2020»."""
    day = parse_date(value)
    if day is None:
        return value
    if granularity == "year":
        return str(day.year)
    if granularity == "month":
        return f"{MONTHS[day.month - 1]} {day.year}"
    if granularity == "week":
        return f"الأسبوع الذي يبدأ {format_date(value)}"
    return f"{name_weekday(value, 'day')} {format_date(value)}"
