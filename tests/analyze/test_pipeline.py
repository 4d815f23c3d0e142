import pytest

from riwaya.analyze import Pipeline, Stage, analyze
from riwaya.analyze.stages import QUANTITIES, SENTENCES, TIMES
from riwaya.errors import PipelineError
from riwaya.ingest import build_article
from riwaya.settings import Settings


def test_a_stage_whose_needs_come_later_is_refused_when_the_pipeline_is_built():
    with pytest.raises(PipelineError, match=r"'quantities' needs \['times'\]"):
        Pipeline([SENTENCES, QUANTITIES, TIMES])


def test_a_custom_stage_can_join_the_pipeline():
    def count_long_sentences(article):
        article.long_sentences = sum(s.end - s.start > 20 for s in article.sentences)

    custom = Stage("long", count_long_sentences, requires=("sentences",), provides=("long_sentences",))
    article = Pipeline([SENTENCES, custom])(build_article("وصلت القافلة إلى البلدة صباحاً. ثم عادت.", "x", Settings()))
    assert article.long_sentences == 1


def test_the_outlet_name_is_not_read_as_a_date():
    text = "الفرات اليوم/ وصلت التعزيزات صباح اليوم بحسب مصادر خاصة لـ\"الفرات اليوم\"."
    article = analyze(build_article(text, "x", Settings()))
    assert article.outlet == "الفرات اليوم"
    assert [article.span_text(t) for t in article.times] == ["صباح اليوم"]
