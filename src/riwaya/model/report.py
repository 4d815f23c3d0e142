"""The cross-check report and its JSON form, schema ``riwaya.report/1``."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from .annotations import Claim, Ordinal, Quantity, Quote, Source, TimeExpression
from .article import Article
from .entity import Entity
from .findings import Alignment, Fact, SummaryLine
from .span import Span

REPORT_SCHEMA_ID = "riwaya.report/1"


@dataclass
class Report:
    """The articles of one comparison with everything found in and across them."""

    articles: list[Article]
    entities: list[Entity] = field(default_factory=list)
    alignments: list[Alignment] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    summary: list[SummaryLine] = field(default_factory=list)
    similarity: list[dict[str, Any]] = field(default_factory=list)
    """Per article pair: {"articles": [id, id], "overall", "entities", ...} on the SemEval scale."""

    def to_dict(self) -> dict[str, Any]:
        """The report as plain JSON data, ids numbered in article order."""
        data: dict[str, Any] = {"schema": REPORT_SCHEMA_ID}
        data["articles"] = [article_to_dict(article) for article in self.articles]
        data["entities"] = [{"id": f"e{n}", **entity_to_dict(entity)}
                            for n, entity in enumerate(self.entities, 1)]
        sources = {(a.id, s.start, s.end): f"s{n}" for n, (a, s) in enumerate(
            ((a, s) for a in self.articles for s in a.sources), 1)}
        data["sources"] = [{"id": ident, **source_to_dict(article, source)}
                           for article in self.articles for source in article.sources
                           for ident in [sources[(article.id, source.start, source.end)]]]
        speakers = _entity_ids(self.entities)
        quotes = ((a, q) for a in self.articles for q in a.quotes)
        quote_ids = {(a.id, q.start, q.end): f"u{n}" for n, (a, q) in enumerate(
            ((a, q) for a in self.articles for q in a.quotes), 1)}
        data["quotes"] = [{"id": quote_ids[(a.id, q.start, q.end)], **quote_to_dict(a, q, speakers, sources)}
                          for a, q in quotes]
        data["quantities"] = _number_ids("q", self.articles, "quantities", quantity_to_dict)
        data["times"] = _number_ids("t", self.articles, "times", time_to_dict)
        data["ordinals"] = _number_ids("o", self.articles, "ordinals", ordinal_to_dict)
        claim_ids = {(a.id, c.start): f"c{n}" for n, (a, c) in enumerate(
            ((a, c) for a in self.articles for c in a.claims), 1)}
        data["claims"] = [{"id": claim_ids[(a.id, c.start)], **claim_to_dict(a, c, sources, quote_ids)}
                          for a in self.articles for c in a.claims]
        data["alignments"] = [alignment_to_dict(x, claim_ids) for x in self.alignments]
        data["similarity"] = list(self.similarity)
        fact_ids = {id(fact): f"f{n}" for n, fact in enumerate(self.facts, 1)}
        data["facts"] = [{"id": fact_ids[id(f)], **fact_to_dict(f, claim_ids)} for f in self.facts]
        data["summary"] = [{"text": line.text, "facts": [fact_ids[id(f)] for f in line.facts],
                            "articles": list(dict.fromkeys(a.id for f in line.facts for a in f.articles))}
                           for line in self.summary]
        return data

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


def article_to_dict(article: Article) -> dict[str, Any]:
    dateline = article.dateline
    return {
        "id": article.id,
        "path": article.path,
        "url": article.url,
        "title": article.title,
        "outlet": article.outlet,
        "published": article.published.isoformat() if article.published else None,
        "language": article.language,
        "dateline": None
        if dateline is None
        else {**_span_dict(article, dateline), "place": dateline.place, "outlet": dateline.outlet},
        "text": article.text,
        "sentences": [{"start": s.start, "end": s.end} for s in article.sentences],
    }


def entity_to_dict(entity: Entity) -> dict[str, Any]:
    return {
        "type": entity.type,
        "name": entity.name,
        "latin": entity.latin,
        "mentions": [{**_span_dict(article, mention), "title": mention.title}
                     for article, mention in entity.mentions],
    }


def source_to_dict(article: Article, source: Source) -> dict[str, Any]:
    return {**_span_dict(article, source), "kind": source.kind}


def quote_to_dict(article: Article, quote: Quote, speakers, sources) -> dict[str, Any]:
    """A quote with its cue, its speaker's entity (a person before an organisation, for named
    sources only) and source."""
    speaker = quote.speaker
    entity = None
    # a named source, or a body's document («بيان وزارة الصحة»); «مصادر مقربة من قسد» are not قسد
    if speaker is not None and speaker.kind in ("named", "document"):
        # a phrase that names no one («الهيئة»، «معاليه») stands for the name it refers to
        named = speaker.refers_to or speaker
        inside = [(m, ident) for m, ident in speakers.get(article.id, ())
                  if named.start <= m.start and m.end <= named.end]
        inside.sort(key=lambda item: (item[0].type != "PER", item[0].type != "ORG", item[0].start))
        entity = inside[0][1] if inside else None
    return {
        **_span_dict(article, quote),
        "direct": quote.direct,
        "cue": article.span_text(quote.cue) if quote.cue else None,
        "cue_start": quote.cue.start if quote.cue else None,
        "cue_end": quote.cue.end if quote.cue else None,
        "speaker": entity,
        "speaker_text": article.span_text(speaker) if speaker else None,
        "speaker_start": speaker.start if speaker else None,
        "speaker_end": speaker.end if speaker else None,
        "source": sources.get((article.id, speaker.start, speaker.end)) if speaker else None,
        "negated": quote.negated,
        "speaker_rule": quote.speaker_rule,
    }


def claim_to_dict(article: Article, claim: Claim, sources, quotes) -> dict[str, Any]:
    """A claim and whom it rests on: its quote's source (s..), else the quote (u..), else null
    (the outlet itself)."""
    quote = claim.quote
    quote_id = quotes.get((article.id, quote.start, quote.end)) if quote else None
    source = claim.source
    source_id = sources.get((article.id, source.start, source.end)) if source else None
    return {
        **_span_dict(article, claim),
        "attributed_to": source_id or quote_id,
        "quote": quote_id,
        "negated": bool(claim.denials),
        "negations": [{"start": span.start, "end": span.end} for span in claim.denials],
        "hedged": claim.hedged,
        "headline": claim.headline,
    }


def alignment_to_dict(alignment: Alignment, claim_ids) -> dict[str, Any]:
    return {
        "claims": [claim_ids[(a.id, c.start)] for a, c in (alignment.first, alignment.second)],
        "articles": [a.id for a, _ in (alignment.first, alignment.second)],
        "relation": alignment.relation,
        "score": alignment.score,
        "reasons": [reason.text for reason in alignment.reasons],
    }


def fact_to_dict(fact: Fact, claim_ids) -> dict[str, Any]:
    return {
        "text": fact.text,
        "claims": [claim_ids[(a.id, c.start)] for a, c in fact.claims],
        "articles": [a.id for a in fact.articles],
        "status": fact.status,
        "independent_sources": fact.independent_sources,
        "reasons": [reason.text for reason in fact.reasons],
    }


def _entity_ids(entities: list[Entity]) -> dict[str, list]:
    """Article id -> (mention, entity id) pairs, for linking speakers to entities."""
    by_article: dict[str, list] = {}
    for n, entity in enumerate(entities, 1):
        for article, mention in entity.mentions:
            by_article.setdefault(article.id, []).append((mention, f"e{n}"))
    return by_article


def quantity_to_dict(article: Article, quantity: Quantity) -> dict[str, Any]:
    value = quantity.value
    return {
        **_span_dict(article, quantity),
        "value": int(value) if float(value).is_integer() else value,
        "unit": quantity.unit,
        "unit_key": quantity.unit_key,
        "approx": quantity.approx,
        "bound": quantity.bound,
        **({"max_value": _number(quantity.max_value)} if quantity.max_value is not None else {}),
    }


def ordinal_to_dict(article: Article, ordinal: Ordinal) -> dict[str, Any]:
    return {**_span_dict(article, ordinal), "rank": ordinal.rank}


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def time_to_dict(article: Article, time: TimeExpression) -> dict[str, Any]:
    """A time: ``value`` is the day it names; a week, month or year names no day, so its first
    day is ``period_start`` and its ``value`` null («الأسبوع الماضي» is not a Monday)."""
    day = time.value if time.granularity == "day" else None
    period = time.value if time.granularity != "day" else None
    return {
        **_span_dict(article, time),
        "value": day.isoformat() if day else None,
        **({"period_start": period.isoformat()} if period else {}),
        "granularity": time.granularity,
        "relative": time.relative,
        **({"until": time.until.isoformat()} if time.until else {}),
        **({"clock": time.clock} if time.clock else {}),
    }


def _span_dict(article: Article, span: Span) -> dict[str, Any]:
    return {"article": article.id, "start": span.start, "end": span.end, "text": article.span_text(span)}


def _number_ids(prefix, articles, layer, to_dict) -> list[dict[str, Any]]:
    items = (to_dict(a, item) for a in articles for item in getattr(a, layer))
    return [{"id": f"{prefix}{n}", **item} for n, item in enumerate(items, 1)]


@cache
def load_report_schema() -> dict[str, Any]:
    """The JSON Schema of ``riwaya.report/1`` shipped in the package."""
    text = resources.files(__package__).joinpath("report.schema.json").read_text("utf-8")
    return json.loads(text)


def validate_report(data: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` unless ``data`` is a valid report."""
    _report_validator().validate(data)


@cache
def _report_validator():
    import jsonschema

    schema = load_report_schema()
    validator = jsonschema.validators.validator_for(schema)
    validator.check_schema(schema)
    return validator(schema)
