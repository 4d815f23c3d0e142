import pytest

from riwaya.analyze import Pipeline, Stage, analyze
from riwaya.analyze.stages import QUANTITIES, TIMES, TOKENS
from riwaya.errors import PipelineError
from riwaya.ingest import build_article
from riwaya.settings import Settings


def test_a_stage_whose_needs_come_later_is_refused_when_the_pipeline_is_built():
    with pytest.raises(PipelineError, match=r"'quantities' needs \['tokens'\]"):
        Pipeline([TIMES, QUANTITIES, TOKENS])


def test_a_custom_stage_can_join_the_pipeline():
    def count_words(article):
        article.word_count = sum(t.kind == "word" for t in article.tokens)

    pipeline = Pipeline([TOKENS, Stage("count", count_words, requires=("tokens",), provides=("word_count",))])
    article = pipeline(build_article("وصلت القافلة إلى البلدة", "x", Settings()))
    assert article.word_count == 4


def test_the_outlet_name_is_not_read_as_a_date():
    text = "الفرات اليوم/ وصلت التعزيزات صباح اليوم بحسب مصادر خاصة لـ\"الفرات اليوم\"."
    article = analyze(build_article(text, "x", Settings()))
    assert article.outlet == "الفرات اليوم"
    assert [article.span_text(t) for t in article.times] == ["صباح اليوم"]
