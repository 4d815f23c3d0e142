"""Named entities: the project's own Arabic NER model (a CRF trained on ANERcorp)."""

from .recognizer import ENTITY_TYPES, NERecognizer
from .spans import spans_from_tags

__all__ = ["ENTITY_TYPES", "NERecognizer", "spans_from_tags"]
