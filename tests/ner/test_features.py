"""Features the tagger sees: the shipped word clusters group names the training data never saw
with the names it did."""

from __future__ import annotations

from riwaya.ner.clusters import GRANULARITIES, cluster_key, word_clusters
from riwaya.ner.features import sentence_features, word_features


def test_cluster_key_drops_proclitics_and_folds_letters():
    assert cluster_key("وبالقاهرة") == "قاهره"
    assert cluster_key("لأوباما") == "اوباما"


def test_every_shipped_word_has_one_cluster_per_granularity():
    table = word_clusters()
    assert len(table) > 10_000
    assert {len(numbers) for numbers in table.values()} == {len(GRANULARITIES)}
    for numbers in list(table.values())[:1000]:
        assert all(0 <= int(n) < k for n, k in zip(numbers, GRANULARITIES))


def test_cities_share_a_coarse_cluster_more_than_a_city_and_a_verb():
    table = word_clusters()
    cairo, damascus, said = table[cluster_key("القاهرة")], table[cluster_key("دمشق")], table[cluster_key("قال")]
    assert cairo[0] == damascus[0] != said[0]


def test_a_word_and_its_clitic_form_get_the_same_cluster_features():
    def clusters(token):
        return {f for f in word_features(token)[0] if f.startswith("k")}

    assert clusters("دمشق") == clusters("ودمشق") == clusters("لدمشق") != {"k=none"}
    assert clusters("زقزقلوف") == {"k=none"}


def test_neighbours_clusters_are_features_of_a_token():
    features = sentence_features(["قال", "الرئيس", "ماكرون"])[2]
    assert any(f.startswith("-1:k64=") for f in features)
    assert not any(f.startswith("1:") for f in features)
