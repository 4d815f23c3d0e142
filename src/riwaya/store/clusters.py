"""Online story clustering in the spirit of Miranda et al. (2018): each new article joins the
most similar recent story, by weighted term vectors of heads and texts, or starts its own;
stories age out after a few days without news. Articles in another language than a story's
are compared by multilingual e5 vectors of their titles instead, as they share no words: an
English report looks for the open Arabic stories it retells, and an Arabic report for the open
stories started in English."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from operator import itemgetter

import numpy as np

from .fingerprint import Fingerprint, cosine

WINDOW_DAYS = 3
"""A story takes new articles until this many days after its latest one."""
CENTROID_TERMS = 100
"""Terms kept in a story's summed vectors."""
HEAD_WEIGHT = 0.35
"""Share of the head (title and lede) cosine in the score; the rest is the whole text's."""
JOIN_SCORE = 0.30
"""An article joins the best story scoring at least this (eval/clustering.py measures it)."""
CROSS_LINGUAL_JOIN = 0.85
"""e5 passage cosine between titles in two languages above which they report the same story
(the example story's Arabic titles and an English title of it: 0.85-0.88; of another story in
the same place: 0.82; of an unrelated one: 0.80)."""
CROSS_LINGUAL_CANDIDATES = 64
"""Open stories in other languages an article is compared with: the largest (then the
latest), the news other languages carry too. It bounds the cost: each story's title is
embedded once, ~15 ms on two cores."""
PROBE_TERMS = 12
"""An article's heaviest terms used to find candidate stories."""
MIN_SHARED_PROBES = 2
"""A story sharing fewer of those terms cannot reach JOIN_SCORE in practice."""
MAX_CANDIDATES = 10
"""Stories scored in full, those sharing the most probe terms: the best one is among them."""
COMMON_POSTINGS = 100
"""A term in more open stories than this tells none apart; it does not look for candidates."""


@dataclass(eq=False)
class StoryState:
    """What clustering keeps of a story in memory. The index holds the state itself (hashed
    by identity), so the database may give a story its id after it is indexed."""

    id: int
    title: str
    head: dict[str, float]
    body: dict[str, float]
    size: int = 0
    last_published: date | None = None
    languages: set[str] = field(default_factory=set)
    title_vector: np.ndarray | None = None
    arrival: int = 0
    """Its rank among the index's stories by when they were added: ties between candidates
    go to the older story, whatever ids the stories have."""
    head_norm: float = field(init=False)
    body_norm: float = field(init=False)

    def __post_init__(self) -> None:
        self.head_norm, self.body_norm = _norm(self.head), _norm(self.body)

    def absorb(self, fingerprint: Fingerprint, published: date | None, language: str | None) -> None:
        self.head = _summed(self.head, fingerprint.head)
        self.body = _summed(self.body, fingerprint.body)
        self.head_norm, self.body_norm = _norm(self.head), _norm(self.body)
        self.size += 1
        if published and (self.last_published is None or published > self.last_published):
            self.last_published = published
        if language:
            self.languages.add(language)


def story_score(article: Fingerprint, story: StoryState) -> float:
    """How likely the article reports the story, on the cosine scale."""
    head = cosine(article.head, story.head) / story.head_norm if story.head_norm else 0.0
    body = cosine(article.body, story.body) / story.body_norm if story.body_norm else 0.0
    return HEAD_WEIGHT * head + (1 - HEAD_WEIGHT) * body


class StoryIndex:
    """The stories still open to new articles, with an inverted index of their terms."""

    def __init__(self, embed_titles: Callable[[list[str]], np.ndarray] | None = None) -> None:
        self.stories: dict[int, StoryState] = {}
        self._postings: dict[str, set[StoryState]] = defaultdict(set)
        self._terms: dict[StoryState, set[str]] = {}
        self._newest: date | None = None
        self._added = 0
        self._embed_titles = embed_titles
        self._languages: set[str] = set()  # every language a story indexed so far was told in

    def best(self, fingerprint: Fingerprint, published: date | None, language: str | None,
             title: str) -> tuple[StoryState | None, float]:
        """The story the article belongs to and its score, or (None, best score seen)."""
        best, best_score = None, 0.0
        for story in self._candidates(fingerprint, published):
            score = story_score(fingerprint, story)
            if score > best_score:
                best, best_score = story, score
        if best_score >= JOIN_SCORE:
            return best, best_score
        crossing = self._best_across_languages(published, language, title)
        if crossing is not None:
            return crossing
        return None, best_score

    def add(self, story: StoryState) -> None:
        self._added += 1
        story.arrival = self._added
        self.stories[story.id] = story
        self.reindex(story)

    def reindex(self, story: StoryState) -> None:
        terms = set(story.body)  # a head term of weight is in the text too
        old = self._terms.get(story, set())
        for term in old - terms:
            self._postings[term].discard(story)
        for term in terms - old:
            self._postings[term].add(story)
        self._terms[story] = terms
        self._languages |= story.languages
        if story.last_published and (self._newest is None or story.last_published > self._newest):
            self._newest = story.last_published
            self._age_out()

    def renumber(self, ids: dict[int, int]) -> None:
        """Give stories new ids (old -> new); the postings hold the stories, not their ids."""
        for old, new in ids.items():
            if old in self.stories:
                story = self.stories.pop(old)
                story.id = new
                self.stories[new] = story

    def _candidates(self, fingerprint: Fingerprint, published: date | None) -> list[StoryState]:
        # term vectors keep their terms heaviest first (``fingerprint.term_vector``)
        probe = [*islice(fingerprint.body, PROBE_TERMS), *islice(fingerprint.head, PROBE_TERMS // 2)]
        hits: Counter[StoryState] = Counter()
        for term in probe:
            postings = self._postings.get(term, ())
            if len(postings) <= COMMON_POSTINGS:
                hits.update(postings)
        # arrival ranks are unique: the stories themselves are never compared
        shared = sorted((-count, story.arrival, story) for story, count in hits.items()
                        if count >= MIN_SHARED_PROBES)
        return [story for _, _, story in shared[:MAX_CANDIDATES] if _open(story, published)]

    def _best_across_languages(self, published, language, title) -> tuple[StoryState, float] | None:
        """The open story told in another language whose title the article's title retells: an
        English report joins an Arabic story, and an Arabic report an English-started one. An
        Arabic archive has no story in another language, so its ingest embeds nothing here."""
        if self._embed_titles is None or not language or not self._languages - {language}:
            return None
        others = [story for story in self.stories.values()
                  if story.languages - {language} and _open(story, published)]
        others = sorted(reversed(others), key=lambda story: story.size,
                        reverse=True)[:CROSS_LINGUAL_CANDIDATES]
        if not others:
            return None
        missing = [story for story in others if story.title_vector is None]
        if missing:
            for story, vector in zip(missing, self._embed_titles([s.title for s in missing])):
                story.title_vector = vector
        vector = self._embed_titles([title])[0]
        scores = [float(vector @ story.title_vector) for story in others]
        best = int(np.argmax(scores))
        return (others[best], scores[best]) if scores[best] >= CROSS_LINGUAL_JOIN else None

    def _age_out(self) -> None:
        for story in [s for s in self.stories.values() if not _open(s, self._newest)]:
            for term in self._terms.pop(story, ()):
                self._postings[term].discard(story)
            del self.stories[story.id]


def _open(story: StoryState, published: date | None) -> bool:
    if published is None or story.last_published is None:
        return True
    return abs((published - story.last_published).days) <= WINDOW_DAYS


def _summed(total: dict[str, float], vector: dict[str, float]) -> dict[str, float]:
    merged = dict(total)
    for term, weight in vector.items():
        merged[term] = merged.get(term, 0.0) + weight
    if len(merged) > CENTROID_TERMS:
        merged = dict(sorted(merged.items(), key=itemgetter(1), reverse=True)[:CENTROID_TERMS])
    return merged


def _norm(vector: dict[str, float]) -> float:
    return math.sqrt(sum(weight * weight for weight in vector.values()))
