"""How the HTML report words findings for a reader: Arabic labels, dates and numbers formatted,
one tooltip line per finding."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from ..model.findings import Fact, Reason, SummaryLine

# Highlight layers in drawing priority: the first one covering a segment gives its background.
# Claims are not among them: they wrap the highlights (see html.py), drawn as an underline.
LAYERS = ("quantity", "time", "source", "entity", "quote", "dateline")
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
# A claim's colour in its column, and how its tooltip names it and its partners.
CLAIM_STATUSES = {"conflict": "ادعاء تعارضه تقارير أخرى", "agree": "ادعاء تؤكده تقارير أخرى",
                  "single": "ادعاء انفرد به هذا التقرير"}
PARTNER_LABELS = {"conflict": "يتعارض مع ما ورد في", "agree": "يتفق مع ما ورد في",
                  "verify": "يختلف عما ورد في (للتحقق)",
                  "credited": "القول نفسه منسوب إلى مصدر آخر في",
                  "related": "يتصل بما ورد في"}
# Where the summary's links to a fact lead, by the fact's status.
FACT_LINKS = {"conflicting": "تفاصيل التعارض", "corroborated": "تفاصيل الاتفاق",
              "single-source": "تفاصيل الانفراد"}
LANGUAGES = {"ar": "العربية", "en": "الإنجليزية", "fr": "الفرنسية", "fa": "الفارسية",
             "tr": "التركية", "he": "العبرية", "ku": "الكردية", "ur": "الأردية",
             "de": "الألمانية", "es": "الإسبانية", "ru": "الروسية"}
RTL_LANGUAGES = {"ar", "fa", "ur", "he", "ps", "ckb", "yi", "dv"}
# After Arabic letters the digits of 2020-11-14 count as Arabic numbers and the hyphens split
# them into runs laid out right to left (14-11-2020); an isolate keeps the date in order.
LRI, PDI = "\u2066", "\u2069"


def label_article(article: dict[str, Any]) -> str:
    """Name an article for tables: its outlet, else its id."""
    return article.get("outlet") or article.get("id") or "؟"


def count_phrase(count: int, forms: tuple[str, str, str, str, str, str]) -> str:
    """Word a count with Arabic number agreement (Western digits); ``forms`` are the phrases
    for none, one, two, then the nouns after 3-10, 11-99 and round hundreds."""
    none, one, two, few, many, hundreds = forms
    if count == 0:
        return none
    if count == 1:
        return one
    if count == 2:
        return two
    if 3 <= count % 100 <= 10:
        return f"{count} {few}"
    if 11 <= count % 100 <= 99:
        return f"{count} {many}"
    return f"{count} {hundreds}"


def describe_count(count: int) -> str:
    """Word the number of reports: «تقريران»، «3 تقارير»، «11 تقريرًا»."""
    return count_phrase(count, ("لا تقارير", "تقرير واحد", "تقريران", "تقارير", "تقريرًا", "تقرير"))


def describe_independent(count: int) -> str:
    """Word the number of independent sources behind a fact: «مصدران مستقلان»."""
    return count_phrase(count, ("لا مصادر مستقلة", "مصدر مستقل واحد", "مصدران مستقلان",
                                "مصادر مستقلة", "مصدرًا مستقلًا", "مصدر مستقل"))


# Conflict reasons, one template per kind of clash, filled by the check that found it
# (compare/checks.py) with what clashes and the reports named by ``name_report``.
CONFLICT_REASONS = {
    "number": "الرقم مختلف: {a} مقابل {b}",
    "unit": "الرقم نفسه لمعدود مختلف: {a} مقابل {b}",
    "denial": "نفي مقابل تأكيد: {denier} ينفي ما يذكره {affirmer}",
    "date": "تاريخ مختلف: {a} في {report_a} مقابل {b} في {report_b}",
    "place": "مكان مختلف: {a} في {report_a} مقابل {b} في {report_b}",
    "source": "القول نفسه منسوب إلى «{a}» ({kind_a}) في {report_a} وإلى «{b}» ({kind_b}) في {report_b}",
}
UNNAMED_SOURCE = "مصدر غير مسمّى"


def word_reason(reason: Reason) -> Reason:
    """The reason with its ``text`` for a reader: «الرقم مختلف: «50 آلية» في «الجزيرة» مقابل ...»."""
    part = reason.part
    report_a = name_report(part("outlet_a") or None, part("id_a"))
    report_b = name_report(part("outlet_b") or None, part("id_b"))
    fields = {"report_a": report_a, "report_b": report_b, "a": part("a"), "b": part("b")}
    if reason.kind in ("number", "unit"):
        fields.update(a=quote_in(part("a"), report_a), b=quote_in(part("b"), report_b))
    elif reason.kind == "denial":
        fields.update(denier=report_a, affirmer=report_b)
    elif reason.kind == "place":
        fields.update(a=list_names(part("a")), b=list_names(part("b")))
    elif reason.kind == "source":
        fields.update(kind_a=name_source_kind(part("kind_a")), kind_b=name_source_kind(part("kind_b")))
    return replace(reason, text=CONFLICT_REASONS[reason.kind].format(**fields))


def name_report(outlet: str | None, article_id: str) -> str:
    """A report as a reason names it: «الجزيرة», else «التقرير a2»."""
    return f"«{outlet}»" if outlet else f"التقرير {article_id}"


def quote_in(text: str, report: str) -> str:
    """Words quoted from a report: «50 آلية» في «الجزيرة»."""
    return f"«{text}» في {report}"


def name_source_kind(kind: str) -> str:
    """A source's kind in a reason. Named against unnamed is what matters there: «مصادر خاصة»
    are unnamed too."""
    return SOURCE_KINDS[kind] if kind in ("named", "document") else UNNAMED_SOURCE


def list_names(names) -> str:
    """Names in a reason, in alphabetical order: «حماة، حمص»."""
    return "، ".join(sorted(names))


def summarize_conflict(reasons: list[Reason]) -> str:
    """The summary line of a conflicting fact: its reasons."""
    return f"تختلف التقارير: {'؛ '.join(reason.text for reason in reasons)}"


def summarize_agreement(count: int, text: str, reasons: list[Reason] = ()) -> str:
    """The summary line of a corroborated fact: how many reports confirm it, and what; and
    when they credit it to different sources, to whom."""
    line = f"أكّدها {describe_count(count)}: {text}"
    return f"{line} ({'؛ '.join(reason.text for reason in reasons)})" if reasons else line


SUMMARY_FACTS = 4
"""The summary names this many of the most corroborated facts, after every conflict."""


def summarize(facts: list[Fact]) -> list[SummaryLine]:
    """A few sentences: what the reports dispute, then what most of them agree on, each
    linked to its facts."""
    lines = [SummaryLine(summarize_conflict(fact.reasons), (fact,))
             for fact in facts if fact.status == "conflicting"]
    agreed = [fact for fact in facts if fact.status == "corroborated"][:SUMMARY_FACTS]
    lines += [SummaryLine(summarize_agreement(fact.independent_sources, fact.text, fact.reasons), (fact,))
              for fact in agreed]
    return lines


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


def format_time(time: dict[str, Any]) -> str:
    """A report time as a reader sees it: its day or period, the last day of a range
    («2024-03-11 – 2024-03-20») and the hour of a clock time («2020-11-14 15:00»)."""
    shown = format_time_value(time_start(time), time.get("granularity"))
    if time.get("until") and time_start(time):
        shown = isolate_ltr(f"{time_start(time)} – {time['until']}")
    if time.get("clock"):
        shown = f"{shown} {isolate_ltr(time['clock'])}"
    return shown


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


def time_start(time: dict[str, Any]) -> str | None:
    """The day a time names, or the first day of the week, month or year it names."""
    return time.get("value") or time.get("period_start")


def describe_time(time: dict[str, Any]) -> str:
    """Word a date's tooltip: «التاريخ: 2020-11-14 (نسبي، محسوب من تاريخ النشر) · السبت»."""
    value, granularity = time_start(time), time.get("granularity")
    if not value:
        return "التاريخ: غير محدد"
    how = "نسبي، محسوب من تاريخ النشر" if time.get("relative") else "مذكور صراحة"
    parts = [f"التاريخ: {format_time(time)} ({how})"]
    if time.get("until"):
        parts.append("مدى من الأيام")
    elif weekday := name_weekday(value, granularity):
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


def describe_claim(claim: dict[str, Any], status: str, partners: dict[str, list[str]],
                   speaker: str | None) -> str:
    """Word a claim's own tooltip, one line each: its status, the outlets it agrees or clashes
    with, who it is attributed to, and whether it is denied or hedged."""
    lines = [CLAIM_STATUSES[status]]
    lines += [f"{PARTNER_LABELS[relation]}: {'، '.join(outlets)}"
              for relation, outlets in partners.items() if outlets]
    lines.append(f"منسوب إلى: {speaker}" if speaker else "على لسان الوسيلة نفسها")
    if claim.get("negated"):
        lines.append("بصيغة النفي")
    if claim.get("hedged"):
        lines.append("بصيغة غير جازمة")
    if any(partners.values()):
        lines.append("انقر للانتقال إلى نظيره في تقرير آخر")
    return "\n".join(lines)


def describe_dateline(dateline: dict[str, Any]) -> str:
    """Word a dateline's tooltip: the place and outlet it names."""
    parts = ["سطر المصدر"]
    if dateline.get("place"):
        parts.append(f"المكان: {dateline['place']}")
    if dateline.get("outlet"):
        parts.append(f"الوسيلة: {dateline['outlet']}")
    return " · ".join(parts)


