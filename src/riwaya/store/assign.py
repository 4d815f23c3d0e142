"""The copy group and story of each new article of a stream: the one decision the store and
the Spark job share."""

from __future__ import annotations

from collections.abc import Callable

from ..model import Article
from .clusters import StoryIndex, StoryState
from .copies import CopyIndex
from .fingerprint import Fingerprint


def article_title(article: Article) -> str:
    return article.title or article.text.split("\n", 1)[0][:200]


def assign(article: Article, fp: Fingerprint, copies: CopyIndex, stories: StoryIndex,
           new_story_id: Callable[[str], int], story_id: int | None = None) -> tuple[str | None, int]:
    """(copy group, story id) for a new article. A copy of recent wire text joins that text's
    group and story; any other article joins the best open story or starts one (its id from
    ``new_story_id``). ``story_id`` forces the story (re-clustering keeps a copy group together)."""
    group = None
    if story_id is None:
        group, story_id = copies.owner_of_copied(fp.minhash, fp.shingles) or (None, None)
    title = article_title(article)
    if story_id is None:
        story, _ = stories.best(fp, article.published, article.language, title)
        if story is None:
            story = StoryState(new_story_id(title), title, {}, {})
            stories.add(story)
    else:
        story = stories.stories.get(story_id)  # None once the story has closed: it only counts
    if story is not None:
        story.absorb(fp, article.published, article.language)
        stories.reindex(story)
        story_id = story.id
    copies.add(fp.content_hash, fp.minhash, fp.shingles, (group or fp.content_hash, story_id),
               article.published)
    return group, story_id
