"""Counts of people told with their fate: «ثلاثة من المصابين توفوا», "five people have died" and
«مقتل 5 أشخاص» count the dead, «إصابة 12 شخصاً» and "12 people were injured" the wounded,
whatever noun they use (or none), so two reports' tolls compare as amounts of one referent, in
one language or two, and five dead in one report against five wounded in another is a clash.
Only counts of people in general, of casualties or of no noun change: "five soldiers killed"
still counts soldiers, and "died three hours later" counts hours."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace
from itertools import chain, zip_longest

from ..lang.ar.units import DEAD, FATE_NAMES, PEOPLE, WOUNDED, listed_family
from ..model import Quantity, Span

Forms = Callable[[str, int, int], list[frozenset[str]]]
"""The forms each word of text[start:end] may be looked up by (as written, without clitics)."""

WINDOW = 3
"""Words either side of the amount where its fate is told: "five people [have] died"."""
REACH = 80
"""Characters either side read for those words: three words are far shorter, and a long
sentence is not read whole for each amount in it."""
_PEOPLE = listed_family(PEOPLE)
FATES = (listed_family(DEAD), listed_family(WOUNDED))
"""The referents of the fates, in the order of a language's fate words (``with_fates``)."""
NAMED_FATES = dict(zip(FATES, FATE_NAMES))
"""Each fate's referent and how a reason names it."""


def with_fates(text: str, quantities: list[Quantity], sentences: list[Span], words: Forms,
               fate_words: tuple[frozenset[str], ...], casualties: frozenset[str]) -> list[Quantity]:
    """The quantities, those of people told dead or wounded given the referent of that fate;
    ``fate_words`` are the language's words of death and of wounds, ``casualties`` the
    referents of its casualty nouns."""
    told = []
    starts = [sentence.start for sentence in sentences]  # in text order
    for quantity in quantities:
        if quantity.unit is not None and quantity.referent != _PEOPLE and quantity.referent not in casualties:
            told.append(quantity)
            continue
        at = bisect_right(starts, quantity.start) - 1
        sentence = sentences[at] if at >= 0 and quantity.start < sentences[at].end else None
        low, high = (sentence.start, sentence.end) if sentence else (0, quantity.end)
        low, high = max(low, quantity.start - REACH), min(high, quantity.end + REACH)
        before = words(text, low, quantity.start)[-WINDOW:]
        after = words(text, quantity.end, high)[:WINDOW]
        fate = _nearest_fate(before, after, fate_words)
        told.append(replace(quantity, referent=fate, referent_listed=True) if fate else quantity)
    return told


def _nearest_fate(before: list[frozenset[str]], after: list[frozenset[str]],
                  fate_words: tuple[frozenset[str], ...]) -> str | None:
    """The referent of the fate told by the word nearest the amount, before it first at equal
    distance: «مقتل 3 وإصابة 5» gives 3 dead and 5 wounded."""
    nearest_first = (forms for forms in chain.from_iterable(zip_longest(reversed(before), after)) if forms)
    for forms in nearest_first:
        for told, referent in zip(fate_words, FATES):
            if told & forms:
                return referent
    return None
