"""Held-out experiment, not shipped: a small neural tagger for the NER model, alone and added to
the CRF. Both are trained on the first five sixths of the ANERcorp train split and scored on the
last sixth (the test split stays unseen); the model card quotes what this prints.

    pip install -e '.[train,ner-experiment]'   # torch 2.13.0, CPU build
    python train/ner_neural.py [--epochs 20] [--hidden 64] [--seed 7] [--weights 0,0.5,1]

The network: per token the SaudiNewsNet PPMI-SVD vector of its clitic-stripped word (as
train/ner_clusters.py computes it, frozen), a width-3 CNN over its letters, its three cluster
numbers as small learned vectors, and the strongest cues of the CRF's features as 0/1 flags
(trigger words, name lists, gazetteer phrases, shape) -> BiLSTM -> CRF layer, trained with Adam,
the rate falling linearly over the epochs. "Added to the CRF" means the network's tag and
transition scores plus ``weight`` times the CRF's own (summed feature weights read from the
crfsuite model), decoded together with the BIO rule enforced.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pycrfsuite
import torch
from torch import nn

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))
from ner import DOCUMENT_SENTENCES, score  # noqa: E402
from ner_clusters import cooccurrences, corpus_keys, ppmi, word_vectors  # noqa: E402
from ner_crf import train_crf  # noqa: E402

from riwaya.lang.ar.gazetteers import phrase_matches  # noqa: E402
from riwaya.ner.clusters import word_clusters  # noqa: E402
from riwaya.ner.conll import read_conll  # noqa: E402
from riwaya.ner.document import propagate_names  # noqa: E402
from riwaya.ner.features import sentence_features, word_features  # noqa: E402

DATASETS = ROOT.parent / "shared" / "datasets"
LABELS = ["O"] + [f"{prefix}-{kind}" for kind in ("PER", "LOC", "ORG", "MISC") for prefix in "BI"]
WORD_FLAGS = ("title", "place", "org", "def", "first-name", "name-particle", "k=none")
SHAPES = ("digit", "latin", "punct", "arabic")
PHRASE_TAGS = ("B-LOC", "I-LOC", "B-ORG", "I-ORG")
FLAGS = len(WORD_FLAGS) + len(SHAPES) + len(PHRASE_TAGS) + 2  # + first and last token
LETTERS = 16  # letters of a word the CNN reads
# Letter ids: 0 pads, 1 is any other character; then Arabic letters, digits, Latin letters.
LETTER_IDS = {ch: i for i, ch in enumerate(
    [chr(c) for c in range(0x621, 0x64B)] + list("0123456789abcdefghijklmnopqrstuvwxyz"), 2)}
CLUSTER_SIZES = ((64, 8), (256, 16), (1024, 16))  # granularity, learned vector size


def sentence_inputs(tokens: list[str], rows: dict[str, int]) -> tuple[np.ndarray, ...]:
    """(vector rows [n], cluster numbers + 1 [n, 3], flags [n, FLAGS], letter ids [n, LETTERS])."""
    n = len(tokens)
    vector_rows, clusters = np.zeros(n, np.int64), np.zeros((n, 3), np.int64)
    flags, letters = np.zeros((n, FLAGS), np.float32), np.zeros((n, LETTERS), np.int64)
    for first, after, kind in phrase_matches([word_features(token)[4] for token in tokens]):
        flags[first, len(WORD_FLAGS) + len(SHAPES) + PHRASE_TAGS.index(f"B-{kind}")] = 1
        flags[first + 1 : after, len(WORD_FLAGS) + len(SHAPES) + PHRASE_TAGS.index(f"I-{kind}")] = 1
    for i, token in enumerate(tokens):
        own, word, stem, shape, _ = word_features(token)
        vector_rows[i] = rows.get(stem, 0)
        clusters[i] = [int(c) + 1 for c in word_clusters().get(stem, (-1, -1, -1))]
        flags[i, : len(WORD_FLAGS)] = [f in own for f in WORD_FLAGS]
        flags[i, len(WORD_FLAGS) + SHAPES.index(shape)] = 1
        ids = [LETTER_IDS.get(ch, 1) for ch in word[:LETTERS].lower()]
        letters[i, : len(ids)] = ids
    flags[0, -2] = flags[-1, -1] = 1
    return vector_rows, clusters, flags, letters


class Tagger(nn.Module):
    """Emission scores per token, and the CRF layer's transition, start and end scores."""

    def __init__(self, vectors: np.ndarray, hidden: int, dropout: float = 0.5):
        super().__init__()
        self.words = nn.Embedding.from_pretrained(torch.from_numpy(vectors), freeze=True)
        self.letters = nn.Embedding(len(LETTER_IDS) + 2, 25, padding_idx=0)
        self.conv = nn.Conv1d(25, 50, 3, padding=1)
        self.clusters = nn.ModuleList(nn.Embedding(k + 1, size) for k, size in CLUSTER_SIZES)
        inputs = vectors.shape[1] + 50 + FLAGS + sum(size for _, size in CLUSTER_SIZES)
        self.drop = nn.Dropout(dropout)
        self.lstm = nn.LSTM(inputs, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, len(LABELS))
        self.transitions = nn.Parameter(torch.zeros(len(LABELS), len(LABELS)))
        self.start = nn.Parameter(torch.zeros(len(LABELS)))
        self.end = nn.Parameter(torch.zeros(len(LABELS)))

    def forward(self, rows, clusters, flags, letters, lengths):
        batch, steps, _ = letters.shape
        spelled = self.letters(letters.view(batch * steps, -1)).transpose(1, 2)
        spelled = torch.relu(self.conv(spelled)).max(2).values.view(batch, steps, -1)
        parts = [self.words(rows), spelled, flags,
                 *(table(clusters[:, :, i]) for i, table in enumerate(self.clusters))]
        packed = nn.utils.rnn.pack_padded_sequence(self.drop(torch.cat(parts, 2)), lengths,
                                                   batch_first=True, enforce_sorted=False)
        hidden, _ = nn.utils.rnn.pad_packed_sequence(self.lstm(packed)[0], batch_first=True,
                                                     total_length=steps)
        return self.out(self.drop(hidden))

    def crf_loss(self, scores, tags, mask):
        """Negative log-likelihood of the gold tag sequences, summed over the batch."""
        gold = self.start[tags[:, 0]] + scores[:, 0].gather(1, tags[:, :1]).squeeze(1)
        alpha = self.start + scores[:, 0]
        for t in range(1, scores.shape[1]):
            step = mask[:, t]
            gold = gold + step * (self.transitions[tags[:, t - 1], tags[:, t]]
                                  + scores[:, t].gather(1, tags[:, t : t + 1]).squeeze(1))
            following = torch.logsumexp(alpha.unsqueeze(2) + self.transitions
                                        + scores[:, t].unsqueeze(1), 1)
            alpha = step.unsqueeze(1) * following + (1 - step.unsqueeze(1)) * alpha
        last = tags.gather(1, (mask.sum(1).long() - 1).unsqueeze(1)).squeeze(1)
        return (torch.logsumexp(alpha + self.end, 1) - gold - self.end[last]).sum()


def padded(items: list[tuple]) -> tuple[torch.Tensor, ...]:
    """A batch of (inputs..., tags) as padded tensors, its lengths, tags and mask."""
    longest = max(len(item[0]) for item in items)
    out = []
    for column in zip(*items):
        array = np.zeros((len(items), longest, *np.shape(column[0])[1:]),
                         np.float32 if np.asarray(column[0]).dtype == np.float32 else np.int64)
        for b, value in enumerate(column):
            array[b, : len(value)] = value
        out.append(torch.from_numpy(array))
    lengths = torch.tensor([len(item[0]) for item in items])
    mask = (torch.arange(longest)[None] < lengths[:, None]).float()
    return (*out[:-1], lengths, out[-1], mask)


def train_network(data: list[tuple], vectors: np.ndarray, epochs: int, hidden: int,
                  seed: int, rate: float = 2e-3, batch_size: int = 16) -> Tagger:
    torch.set_num_threads(1)
    torch.manual_seed(seed)
    shuffler = random.Random(seed)
    model = Tagger(vectors, hidden)
    optimiser = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=rate)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimiser, lambda e: 1 - 0.95 * e / epochs)
    started = time.perf_counter()
    for epoch in range(epochs):
        order = sorted(range(len(data)), key=lambda i: len(data[i][0]) + shuffler.random() * 8)
        batches = [order[i : i + batch_size] for i in range(0, len(order), batch_size)]
        shuffler.shuffle(batches)
        for batch in batches:
            *inputs, tags, mask = padded([data[i] for i in batch])
            loss = model.crf_loss(model(*inputs), tags, mask) / len(batch)
            optimiser.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            optimiser.step()
        schedule.step()
        print(f"network: epoch {epoch + 1}/{epochs} ({time.perf_counter() - started:.0f} s)",
              flush=True)
    return model.eval()


def crf_scores(path: Path, sentences: list[list[str]]) -> tuple[list[np.ndarray], np.ndarray]:
    """The CRF's summed feature weights per token and tag, and its transition weights."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    info = tagger.info()
    weights: dict[str, np.ndarray] = {}
    for (attribute, label), weight in info.state_features.items():
        weights.setdefault(attribute, np.zeros(len(LABELS)))[LABELS.index(label)] += weight
    transitions = np.zeros((len(LABELS), len(LABELS)))
    for (first, then), weight in info.transitions.items():
        transitions[LABELS.index(first), LABELS.index(then)] = weight
    none = np.zeros(len(LABELS))
    scores = [np.array([sum((weights.get(f, none) for f in features), none)
                        for features in sentence_features(tokens)]) for tokens in sentences]
    return scores, transitions


def viterbi(scores: np.ndarray, transitions: np.ndarray, start: np.ndarray,
            end: np.ndarray) -> list[str]:
    """The best tags of one sentence, an I- tag only after a B- or I- of its type."""
    inside = np.array([label.startswith("I-") for label in LABELS])
    allowed = np.array([[not inside[j] or a[2:] == b[2:] for j, b in enumerate(LABELS)]
                        for a in LABELS])
    transitions = np.where(allowed, transitions, -1e4)
    best, back = np.where(inside, -1e4, start) + scores[0], []
    for t in range(1, len(scores)):
        candidates = best[:, None] + transitions
        back.append(candidates.argmax(0))
        best = candidates.max(0) + scores[t]
    path = [int((best + end).argmax())]
    for pointers in reversed(back):
        path.append(int(pointers[path[-1]]))
    return [LABELS[k] for k in reversed(path)]


def report(name: str, gold: list[list[str]], tokens: list[list[str]],
           predicted: list[list[str]]) -> None:
    """Overall F1 sentence by sentence, then per type with the document pass."""
    documents = [tags for start in range(0, len(tokens), DOCUMENT_SENTENCES)
                 for tags in propagate_names(tokens[start : start + DOCUMENT_SENTENCES],
                                             predicted[start : start + DOCUMENT_SENTENCES])]
    alone, with_pass = score(gold, predicted), score(gold, documents)
    print(f"{name}: sentence {alone['overall'][2]:.3f}, document "
          + ", ".join(f"{kind} {f:.3f}" for kind, (_, _, f, _) in with_pass.items())
          + f" (P {with_pass['overall'][0]:.3f} R {with_pass['overall'][1]:.3f})", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=20)
    parser.add_argument("--hidden", type=int, default=64)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--weights", default="0,0.25,0.5,1",
                        help="weights of the CRF's scores to try (0: the network alone)")
    args = parser.parse_args()
    sentences = read_conll(DATASETS / "anercorp" / "train.txt")
    cut = len(sentences) - len(sentences) // 6
    train, held_out = sentences[:cut], sentences[cut:]
    tokens = [[token for token, _ in s] for s in held_out]
    gold = [[tag for _, tag in s] for s in held_out]
    words, counts = cooccurrences(corpus_keys(), 3, 10_000)
    vectors = np.vstack([np.zeros((1, 100)), word_vectors(ppmi(counts), 100)]).astype(np.float32)
    rows = {word: row for row, word in enumerate(words, 1)}
    data = [(*sentence_inputs([t for t, _ in s], rows), [LABELS.index(tag) for _, tag in s])
            for s in train]
    network = train_network(data, vectors, args.epochs, args.hidden, args.seed)
    with torch.no_grad():
        emissions = [network(*padded([(*sentence_inputs(t, rows), [0] * len(t))])[:-2])[0].numpy()
                     for t in tokens]
    layer = [getattr(network, name).detach().numpy() for name in ("transitions", "start", "end")]
    with tempfile.TemporaryDirectory() as folder:
        train_crf(train, Path(folder) / "crf")
        crf, crf_transitions = crf_scores(Path(folder) / "crf", tokens)
    zeros = np.zeros(len(LABELS))
    report("CRF alone", gold, tokens, [viterbi(c, crf_transitions, zeros, zeros) for c in crf])
    for weight in [float(w) for w in args.weights.split(",")]:
        transitions = layer[0] + weight * crf_transitions
        report(f"network + {weight} x CRF", gold, tokens,
               [viterbi(e + weight * c, transitions, *layer[1:]) for e, c in zip(emissions, crf)])


if __name__ == "__main__":
    main()
