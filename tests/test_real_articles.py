"""Real SaudiNewsNet articles through the whole analysis: no crash, every span exact, values
sane. The dev data found the bugs the hand-written sentences did not (37.960.200, «منذ 1500 عام»)."""

from __future__ import annotations

import json
import math
import zipfile
from datetime import date

from riwaya import analyze
from riwaya.errors import InputError
from riwaya.ingest import build_article, parse_date
from riwaya.model import Report, validate_report
from riwaya.settings import Settings


def sample_articles(shared_datasets, count=400):
    day = sorted((shared_datasets / "saudinewsnet" / "dataset").glob("*.zip"))[3]
    with zipfile.ZipFile(day) as archive:
        items = json.loads(archive.read(archive.namelist()[0]))
    return items[:count]


def test_real_articles_analyse_with_exact_spans_and_sane_values(shared_datasets):
    settings = Settings()
    analysed = refused = 0
    for item in sample_articles(shared_datasets):
        try:
            article = build_article(item["content"], item["url"], settings, title=item["title"],
                                    outlet=item["source"], published=parse_date(item["date_extracted"], "x"))
        except InputError as error:
            assert error.code in ("E102", "E106"), str(error)
            refused += 1
            continue
        analyze(article)
        analysed += 1
        for span in [*article.sentences, *article.quantities, *article.times]:
            assert 0 <= span.start < span.end <= len(article.text)
        for sentence in article.sentences:
            text = article.span_text(sentence)
            assert text == text.strip()
        for quantity in article.quantities:
            assert math.isfinite(quantity.value) and quantity.value >= 0
        for time in article.times:
            assert time.value is None or date(1300, 1, 1) <= time.value <= date(2100, 1, 1)
        validate_report(Report([article]).to_dict())
    assert analysed > 0.9 * (analysed + refused)
