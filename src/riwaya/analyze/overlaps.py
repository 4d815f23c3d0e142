"""The spans of one layer that overlap each stretch of text, stretches taken left to right.

Testing every stretch (a claim, a window around a number) against every span of a layer (the
quotes, the dates) grows with the square of the article: a single 400 KB line spent 30 s
there. A sweep reads each span once for the whole article.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Span


class OverlapSweep:
    """Answers «which spans overlap [start, end)?» for stretches that never start before the
    one asked about last; spans come back in the order of their starts.

        >>> sweep = OverlapSweep([Span(0, 5), Span(3, 9), Span(20, 25)])
        >>> sweep.overlapping(4, 6)
        [Span(start=0, end=5), Span(start=3, end=9)]
        >>> sweep.overlapping(8, 21)
        [Span(start=3, end=9), Span(start=20, end=25)]
    """

    def __init__(self, spans: Iterable[Span]):
        self._waiting = sorted(spans, key=lambda span: span.start, reverse=True)
        self._open: list[Span] = []
        self._last_start = 0

    def overlapping(self, start: int, end: int) -> list[Span]:
        if start < self._last_start:
            raise ValueError(f"stretch at {start} asked after one at {self._last_start}: "
                             "ask left to right")
        self._last_start = start
        while self._waiting and self._waiting[-1].start < end:
            self._open.append(self._waiting.pop())
        self._open = [span for span in self._open if span.end > start]
        return [span for span in self._open if span.start < end]
