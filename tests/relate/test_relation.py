"""The relation model on statement pairs written for these tests, and `riwaya relate`."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from riwaya.relate import RELATIONS, load_relation_model

AGREE = [
    ("وزير الخارجية يصل إلى القاهرة في زيارة رسمية", "وصول وزير الخارجية إلى القاهرة في زيارة رسمية"),
    ("افتتاح جسر جديد يربط ضفتي النهر في المدينة", "تدشين جسر جديد بين ضفتي النهر في المدينة"),
]
CONFLICT = [
    ("مقتل خمسة أشخاص في حادث سير على طريق المطار", "مقتل عشرين شخصا في حادث سير على طريق المطار"),
    ("زلزال بقوة 6 درجات يضرب جنوب البلاد", "زلزال بقوة 6 درجات يضرب شمال البلاد"),
    ("الوزير يعلن استقالته من الحكومة", "الوزير ينفي استقالته من الحكومة"),
    ("ارتفاع أسعار الذهب في الأسواق المحلية", "انخفاض أسعار الذهب في الأسواق المحلية"),
]
UNRELATED = [
    ("المنتخب يفوز على منافسه بثلاثة أهداف في كأس القارة", "البنك المركزي يبقي أسعار الفائدة دون تغيير"),
    ("أمطار غزيرة تغلق الطرق في العاصمة", "افتتاح معرض الكتاب الدولي بمشاركة مئتي دار نشر"),
]


@pytest.fixture(scope="module")
def model():
    return load_relation_model()


def test_probabilities_are_a_distribution_over_the_four_relations(model):
    probabilities = model.probabilities(AGREE + CONFLICT)
    assert probabilities.shape == (len(AGREE + CONFLICT), len(RELATIONS))
    assert np.allclose(probabilities.sum(axis=1), 1, atol=1e-5)
    assert model.probabilities([]).shape == (0, 4)


@pytest.mark.parametrize(("pairs", "expected"), [(AGREE, "agree"), (CONFLICT, "conflict"),
                                                   (UNRELATED, "unrelated")])
def test_relation_of_written_pairs(model, pairs, expected):
    assert [relation for relation, _ in model.relate(pairs)] == [expected] * len(pairs)


def test_one_pair_must_come_in_a_list(model):
    with pytest.raises(TypeError):
        model.probabilities(AGREE[0])


def test_cli_relates_lines_and_skips_bad_ones(tmp_path):
    lines = [json.dumps({"id": i, "a": a, "b": b}, ensure_ascii=False)
             for i, (a, b) in enumerate([AGREE[0], CONFLICT[3], UNRELATED[0]])]
    lines[1:1] = ["{not json", json.dumps({"id": "x", "a": "نص", "b": ""})]
    pairs = tmp_path / "pairs.jsonl"
    pairs.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "riwaya", "relate", "--pairs", pairs, "-o",
                          tmp_path / "out.jsonl"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    errors = out.stderr.strip().splitlines()
    assert len(errors) == 2
    assert f"{pairs}:2" in errors[0] and "not JSON" in errors[0]
    assert f"{pairs}:3" in errors[1] and '"b"' in errors[1]
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["relation"]) for r in records] == [(0, "agree"), (1, "conflict"), (2, "unrelated")]
    assert all(0 < r["score"] <= 1 for r in records)


def test_cli_with_no_valid_pair_exits_2(tmp_path):
    pairs = tmp_path / "pairs.jsonl"
    pairs.write_text('{"id": 1, "a": "نص"}\n', encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "riwaya", "relate", "--pairs", pairs],
                         capture_output=True, text=True)
    assert out.returncode == 2
    assert f"{pairs}:1" in out.stderr and "no valid pair" in out.stderr
