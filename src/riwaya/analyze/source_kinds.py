"""Which kind of source a holder phrase is (named, anonymous, outlet, document), learned.

The rules (``quotes.source_kind``) read a holder's first word against word lists: «مصادر» and
«شهود» are unnamed, «مسؤول» only without the article, «بيان» a document. No list holds every
unnamed group («المعتصمون»، «العلماء»، «مسعفون»، «مديرو المتنزه»). A classifier trained on
hand-annotated sources (``train/source_kinds.py``, model card ``models/source-kinds.md``)
weighs the rules' answer with the first word's shape (a plural, a participle, the article), the
names inside the phrase and the first word itself, and makes the call.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..lang.ar import attribution as words
from ..lang.ar.normalize import normalize_all, normalize_ar
from ..lang.ar.words import analyze_word
from ..models.linear import load_linear

MODEL_FILE = "source-kinds.json"
KINDS = ("named", "anonymous", "outlet", "document")
ROLES = ("title", "organisation", "publication", "relayer", "institution")
"""Word-list roles of the first word (``lang.ar.words.ROLES``) that say what a holder is."""
PLURALS = tuple(normalize_all(words.PLURAL_ENDINGS_OF_NOUNS))
CONSTRUCT = normalize_ar(words.CONSTRUCT_PLURAL_ENDING)
PARTICIPLE = normalize_ar(words.PARTICIPLE_PREFIX)
RELATIVE_ADJECTIVES = tuple(normalize_all(words.RELATIVE_ADJECTIVE_ENDINGS))


@dataclass(frozen=True)
class Holder:
    """What the rules read of a holder phrase, and their answer."""

    rule: str
    """The kind the rules give."""
    head: str
    """The first word, folded, without the article and a leading لـ."""
    lists: frozenset[str]
    """The word lists the first word is in: "anonymous", "indefinite", "document", "outlet"."""
    article: bool
    """The first word has the article («المعتصمون»، «للصحفيين»)."""
    definite_chain: bool
    """The words after the first end on one with the article («قائد الكتيبة»)."""
    coordinated: bool
    """Another holder follows, joined by «و» («مسعفون ومسؤولون عسكريون»)."""
    affiliated: bool
    """«من» follows the first word: «مصادر مقربة من ...» says whom the holders stand with."""
    inside: frozenset[str]
    """The types of the names inside the phrase."""
    opens_name: bool
    """The phrase opens with a name («طهران»، «طالبان»): its first word has no shape to read."""
    length: int
    """In words."""


def holder_features(holder: Holder) -> dict[str, float]:
    """The classifier's features of a holder, by name."""
    head = holder.head
    features = {f"rule={kind}": float(holder.rule == kind) for kind in KINDS}
    features.update({f"list={name}": 1.0 for name in holder.lists})
    features.update({f"has {kind}": 1.0 for kind in holder.inside})
    roles = analyze_word(head).roles
    features.update({f"role={role}": 1.0 for role in ROLES if role in roles})
    features["article"] = float(holder.article)
    features["definite chain"] = float(holder.definite_chain)
    features["coordinated"] = float(holder.coordinated)
    features["affiliated"] = float(holder.affiliated)
    features[f"length={min(holder.length, 3)}"] = 1.0
    features["opens with a name"] = float(holder.opens_name)
    if len(head) >= words.SHAPE_MIN_LETTERS and not holder.opens_name:
        features["plural ending"] = float(head.endswith(PLURALS))
        features["construct plural"] = float(head.endswith(CONSTRUCT))
        features["participle"] = float(head.startswith(PARTICIPLE))
        features["relative adjective"] = float(head.endswith(RELATIVE_ADJECTIVES))
    features[f"word={head}"] = 1.0  # kept by the model only where training met it often
    return features


def learned_kind(holder: Holder) -> str:
    """The classifier's kind, or the rules' where the model file is missing."""
    model = load_linear(MODEL_FILE)
    return holder.rule if model is None else model.best_class(holder_features(holder))
