"""Counts of people told with their fate: «ثلاثة من المصابين توفوا», "five people have died" and
«مقتل 5 أشخاص» count the dead whatever noun they use (or none), so two reports' death tolls
compare as amounts of one referent, in one language or two. Only counts of people in general,
of casualties or of no noun change: "five soldiers killed" still counts soldiers, and "died
three hours later" counts hours."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace

from ..lang.ar.units import DEAD, PEOPLE, listed_family
from ..model import Quantity, Span

Forms = Callable[[str, int, int], list[frozenset[str]]]
"""The forms each word of text[start:end] may be looked up by (as written, without clitics)."""

WINDOW = 3
"""Words either side of the amount where its fate is told: "five people [have] died"."""
REACH = 80
"""Characters either side read for those words: three words are far shorter, and a long
sentence is not read whole for each amount in it."""
_PEOPLE, _DEAD = listed_family(PEOPLE), listed_family(DEAD)


def with_death_tolls(text: str, quantities: list[Quantity], sentences: list[Span], words: Forms,
                     death_words: frozenset[str], casualties: frozenset[str]) -> list[Quantity]:
    """The quantities, those of people told dead given the referent of the dead;
    ``casualties`` are the referents of the language's casualty nouns."""
    tolled = []
    starts = [sentence.start for sentence in sentences]  # in text order
    for quantity in quantities:
        if quantity.unit is not None and quantity.referent != _PEOPLE and quantity.referent not in casualties:
            tolled.append(quantity)
            continue
        at = bisect_right(starts, quantity.start) - 1
        sentence = sentences[at] if at >= 0 and quantity.start < sentences[at].end else None
        low, high = (sentence.start, sentence.end) if sentence else (0, quantity.end)
        low, high = max(low, quantity.start - REACH), min(high, quantity.end + REACH)
        around = words(text, low, quantity.start)[-WINDOW:] + words(text, quantity.end, high)[:WINDOW]
        dead = any(death_words & forms for forms in around)
        tolled.append(replace(quantity, referent=_DEAD, referent_listed=True) if dead else quantity)
    return tolled
