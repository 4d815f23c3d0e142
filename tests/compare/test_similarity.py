"""Article-pair similarity on invented reports: same story against a different one, shared
names, and the `riwaya similarity` command over a JSONL batch with a bad line."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from riwaya.compare.similarity import (
    FEATURES,
    SimilarityModel,
    embed_articles,
    pair_features,
    score_pairs,
)
from riwaya.embed import load_encoder
from riwaya.errors import RiwayaError
from riwaya.model import Article

FIRE_A = ("حريق يلتهم سوق الخضار في مدينة الزهراء",
          "اندلع حريق كبير فجر الثلاثاء في سوق الخضار القديم بمدينة الزهراء، وأتى على أكثر من 40 "
          "محلاً تجارياً. وقال مدير الدفاع المدني إن فرق الإطفاء سيطرت على النيران بعد ثلاث ساعات، "
          "وإن سبب الحريق ماس كهربائي. ولم تسجل إصابات بشرية.")
FIRE_B = ("النيران تأتي على عشرات المحال في سوق الزهراء",
          "أتت النيران على نحو 40 محلاً في سوق الخضار بمدينة الزهراء فجر اليوم. وأوضح الدفاع "
          "المدني أن رجال الإطفاء احتاجوا ثلاث ساعات لإخماد الحريق الذي نتج عن ماس كهربائي، "
          "مؤكداً عدم وقوع إصابات.")
FOOTBALL = ("النادي الأهلي يفوز على الاتحاد في نهائي الكأس",
            "فاز فريق النادي الأهلي على منافسه الاتحاد بهدفين مقابل هدف في المباراة النهائية "
            "لبطولة الكأس مساء الجمعة. وسجل المهاجم هدف الفوز في الدقيقة الأخيرة وسط احتفالات "
            "الجماهير في الملعب.")
VISIT = "استقبل الرئيس {host} في القاهرة وزير الخارجية {guest}، وبحث الجانبان التعاون الاقتصادي."


@pytest.fixture(scope="module")
def encoder():
    return load_encoder("onnx")


def article(article_id: str, title: str | None, text: str) -> Article:
    return Article(text, id=article_id, title=title)


def scores_by_pair(articles, encoder) -> dict[tuple[str, str], dict]:
    return {tuple(scores["articles"]): scores for scores in score_pairs(articles, encoder)}


def test_two_reports_of_one_event_are_closer_than_a_report_of_another(encoder):
    articles = [article("a1", *FIRE_A), article("a2", *FIRE_B), article("a3", *FOOTBALL)]
    scores = scores_by_pair(articles, encoder)
    same, other = scores["a1", "a2"], scores["a1", "a3"]
    assert same["overall"] + 1 < other["overall"]
    assert same["overall"] < scores["a2", "a3"]["overall"]
    for dimension in ("overall", "entities", "geography", "time", "narrative"):
        assert 1 <= same[dimension] <= other[dimension] <= 4


def test_entities_score_reacts_to_shared_names(encoder):
    visit = article("a1", None, VISIT.format(host="محمد الساعدي", guest="أحمد الخطيب"))
    same_names = article("a2", None, VISIT.format(host="محمد الساعدي", guest="أحمد الخطيب")
                         .replace("وبحث", "وناقش"))
    other_names = article("a3", None, VISIT.format(host="خالد العمري", guest="يوسف النجار")
                          .replace("وبحث", "وناقش"))
    scores = scores_by_pair([visit, same_names, other_names], encoder)
    assert scores["a1", "a2"]["entities"] + 0.5 < scores["a1", "a3"]["entities"]


def test_features_are_symmetric_and_precomputed_vectors_give_the_same_scores(encoder):
    a, b = article("a1", *FIRE_A), article("a2", None, FIRE_B[1])
    scored = score_pairs([a, b], encoder)
    vectors_a, vectors_b = embed_articles([a, b], encoder)
    assert len(pair_features(a, b, vectors_a, vectors_b)) == len(FEATURES)
    assert np.allclose(pair_features(a, b, vectors_a, vectors_b), pair_features(b, a, vectors_b, vectors_a))
    given = {"a1": vectors_a.sentences, "a2": vectors_b.sentences}
    assert score_pairs([a, b], encoder, sentence_vectors=given) == scored


def test_a_model_for_other_features_is_refused():
    with pytest.raises(RiwayaError, match="retrain"):
        SimilarityModel({"format": "riwaya.similarity/1", "features": ["title_match"]})


def test_similarity_command_scores_each_good_line_and_names_the_bad_one(write):
    lines = [
        json.dumps({"id": "p1", "a": {"title": FIRE_A[0], "text": FIRE_A[1]}, "b": {"text": FIRE_B[1]}},
                   ensure_ascii=False),
        '{"id": "p2", "a": {"text": ',
        json.dumps({"id": "p3", "a": {"text": FIRE_A[1]}, "b": {"text": "  "}}, ensure_ascii=False),
        json.dumps({"id": 4, "a": {"text": FIRE_B[1]}, "b": {"title": FOOTBALL[0], "text": FOOTBALL[1]}},
                   ensure_ascii=False),
    ]
    batch = write("pairs.jsonl", "\n".join(lines) + "\n")
    out = subprocess.run([sys.executable, "-m", "riwaya", "similarity", "--pairs", str(batch)],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    results = [json.loads(line) for line in out.stdout.splitlines()]
    assert [result["id"] for result in results] == ["p1", 4]
    assert set(results[0]) == {"id", "overall", "entities", "geography", "time", "narrative"}
    assert results[0]["overall"] < results[1]["overall"]
    errors = out.stderr.strip().splitlines()
    assert f"{batch}:2: [E108] malformed record: not JSON" in errors[0]
    assert f'{batch}:3: [E102] "b": the input is empty' in errors[1]
    assert errors[2] == "riwaya: scored 2 pairs, skipped 2 bad lines"
    assert "Traceback" not in out.stderr
