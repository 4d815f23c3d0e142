"""Article-pair similarity on invented reports: same story against a different one, shared
names, days named, the claim vectors of the cross-check reused, and the `riwaya similarity`
command over a JSONL batch with a bad line."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter

import numpy as np
import pytest

from riwaya.analyze import analyze
from riwaya.compare.similarity import (
    FEATURES,
    SimilarityModel,
    content_counts,
    day_keys,
    embed_articles,
    pair_features,
    score_pairs,
)
from riwaya.crosscheck import compare
from riwaya.embed import load_encoder
from riwaya.embed.memo import MemoEncoder
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
    # The entities curve leans on the texts' likeness too (as the annotators did), so on one
    # sentence with everything else shared the names move it less than they move overall.
    assert scores["a1", "a2"]["entities"] + 0.3 < scores["a1", "a3"]["entities"]
    assert scores["a1", "a2"]["overall"] + 1 < scores["a1", "a3"]["overall"]


def test_features_are_symmetric_and_precomputed_vectors_give_the_same_scores(encoder):
    a, b = analyze(article("a1", *FIRE_A)), analyze(article("a2", None, FIRE_B[1]))
    scored = score_pairs([a, b], encoder)
    vectors_a, vectors_b = embed_articles([a, b], encoder)
    assert len(vectors_a.claims) == len(a.claims) and vectors_b.title is None
    assert len(pair_features(a, b, vectors_a, vectors_b)) == len(FEATURES)
    assert np.allclose(pair_features(a, b, vectors_a, vectors_b), pair_features(b, a, vectors_b, vectors_a))
    given = {"a1": vectors_a.claims, "a2": vectors_b.claims}
    assert score_pairs([a, b], encoder, claim_vectors=given) == scored


def test_the_claims_are_embedded_once_for_alignment_and_similarity(encoder):
    counting = CountingEncoder(encoder)
    report = compare([Article(f"{FIRE_A[0]}\n\n{FIRE_A[1]}", title=FIRE_A[0]),
                      Article(f"{FIRE_B[0]}\n\n{FIRE_B[1]}", title=FIRE_B[0])], encoder=counting)
    claims = [a.span_text(c) for a in report.articles for c in a.claims]
    assert len(claims) >= 6 and all(counting.queries[text] == 1 for text in claims)
    assert not counting.passages
    assert report.similarity[0]["overall"] < 2


class CountingEncoder:
    """Counts the texts reaching the real encoder (behind the comparison's memo)."""

    def __init__(self, encoder):
        self.encoder, self.dimension = encoder, encoder.dimension
        self.queries, self.passages = Counter(), Counter()

    def embed_queries(self, texts):
        self.queries.update(texts)
        return self.encoder.embed_queries(texts)

    def embed_passages(self, texts):
        self.passages.update(texts)
        return self.encoder.embed_passages(texts)


def test_content_words_are_folded_and_function_words_dropped():
    words = content_counts("وقال المدير إن الحريق في المستشفى، وبالمستشفى 40 سريراً.")
    assert words["مستشفي"] == 2 and words["حريق"] == 1 and words["مدير"] == 1
    assert not {"ان", "في"} & set(words)


def test_days_are_read_from_named_weekdays_and_months_without_a_publication_date():
    saturday = analyze(Article("أعلن المجلس أمس السبت حالة الطوارئ في المحافظات الجنوبية.", id="a1"))
    wednesday = analyze(Article("أعلن المجلس منتصف ليل الأربعاء حظر التجول الشامل في المدينة.", id="a2"))
    may = analyze(Article("بحث الملك في 3 أيار مع رئيسة المفوضية الأوروبية سبل التعاون.", id="a3"))
    assert ("weekday", 5) in day_keys(saturday) and ("weekday", 2) in day_keys(wednesday)
    assert ("month", 5) in day_keys(may)
    vectors = embed_articles([saturday, wednesday], MemoEncoder(load_encoder("onnx")))
    clash = pair_features(saturday, wednesday, *vectors)[FEATURES.index("weekday_clash")]
    assert clash == 1.0


def test_a_model_for_other_features_is_refused():
    with pytest.raises(RiwayaError, match="retrain"):
        SimilarityModel({"format": "riwaya.similarity/2", "features": ["title_match"]})
    with pytest.raises(RiwayaError, match="retrain"):
        SimilarityModel({"format": "riwaya.similarity/1", "features": list(FEATURES)})


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
