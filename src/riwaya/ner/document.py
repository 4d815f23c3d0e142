"""One article's names made consistent: a name the model tagged in one sentence is tagged
wherever else it stands untagged, so a name the model recognised once (after a title, in a
known phrase) is not missed in the sentences where nothing announces it."""

from __future__ import annotations

from collections import Counter, defaultdict

from ..lang.ar.entities import SHORT_FORM_CLITICS, SHORT_FORM_HEADS
from ..lang.ar.lexicon import ARTICLE
from ..lang.ar.normalize import normalize_all, normalize_ar
from .spans import spans_from_tags

_SHORT_FORM_HEADS = frozenset(clitic + head for head in normalize_all(SHORT_FORM_HEADS)
                              for clitic in SHORT_FORM_CLITICS)
_ARTICLE = normalize_ar(ARTICLE)
# Below this many letters a name is too likely a common word elsewhere (عمر، علي، بن).
MIN_LETTERS = 4
# No name in ANERcorp runs past 9 words. A longer span is the model tagging a run of foreign
# words as one name (a line of English can come out as a single MISC of thousands of words),
# and trying every length up to it at every word made this pass cubic in the article.
MAX_WORDS = 10


def propagate_names(sentences: list[list[str]], tags: list[list[str]]) -> list[list[str]]:
    """``tags`` with every untagged occurrence of a tagged name (same normalised words) given
    that name's commonest type; a person's last name («كوبسي» of «كيفن كوبسي») counts too, with
    half a vote, since news writes a person by surname after the first mention, and so does
    the rest of a ministry's or a force's name («التعليم» of «وزارة التعليم»)."""
    keys = [[normalize_ar(token) for token in tokens] for tokens in sentences]
    names = _tagged_names(keys, tags)
    longest = max(map(len, names), default=0)
    return [_tag_names(words, list(sentence_tags), names, longest)
            for words, sentence_tags in zip(keys, tags)]


def _tagged_names(keys: list[list[str]], tags: list[list[str]]) -> dict[tuple[str, ...], str]:
    """Each name the model tagged (as normalised words) -> its commonest type."""
    votes: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    for words, sentence_tags in zip(keys, tags):
        for first, after, kind in spans_from_tags(sentence_tags):
            votes[tuple(words[first:after])][kind] += 1
            if kind == "PER" and after - first > 1:
                votes[(words[after - 1],)][kind] += 0.5
            if kind == "ORG" and after - first > 1 and words[first] in _SHORT_FORM_HEADS \
                    and words[first + 1].startswith(_ARTICLE):
                votes[tuple(words[first + 1 : after])][kind] += 0.5  # «التعليم» of «وزارة التعليم»
    return {name: count.most_common(1)[0][0] for name, count in votes.items()
            if sum(map(len, name)) >= MIN_LETTERS and len(name) <= MAX_WORDS}


def _tag_names(words: list[str], tags: list[str], names: dict[tuple[str, ...], str],
               longest: int) -> list[str]:
    """Untagged stretches of ``words`` that spell a name, longest first, left to right."""
    i = 0
    while i < len(words):
        for size in range(min(longest, len(words) - i), 0, -1):
            kind = names.get(tuple(words[i : i + size]))
            if (kind and all(tag == "O" for tag in tags[i : i + size])
                    and not (i + size < len(tags) and tags[i + size].startswith("I-"))):
                tags[i : i + size] = [f"B-{kind}"] + [f"I-{kind}"] * (size - 1)
                i += size - 1
                break
        i += 1
    return tags
