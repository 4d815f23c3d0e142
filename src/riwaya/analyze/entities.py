"""Name mentions in one article: the NER model over each sentence, then the title or role
that precedes a name kept apart from it (الجنرال، الرئيس الأمريكي، المتحدث باسم ...)."""

from __future__ import annotations

from functools import cache

from ..lang.ar.attribution import LAM_ARTICLE
from ..lang.ar.clitics import STRIPPED_LETTERS
from ..lang.ar.entities import (
    LOCATION_TRIGGERS,
    NAMED_INSTITUTION_NOUNS,
    NAMED_PLACE_NOUNS,
    ORGANISATION_NAME_PROCLITICS,
    ORGANISATION_NAME_STOPS,
    ORGANISATION_NAME_WORDS,
    PERSON_TITLES,
    PLACE_NAME_HEADS,
    PLACE_NAME_WORDS,
    PLACE_NOUNS,
    TITLE_QUALIFIERS,
)
from ..lang.ar.gazetteers import phrase_matches
from ..lang.ar.lexicon import ARTICLE
from ..lang.ar.normalize import normalize_all, normalize_ar, strip_diacritics
from ..lang.ar.tokenize import tokenize
from ..lang.ar.words import analyze_word
from ..model import Mention, Span, Token
from ..ner import NERecognizer, spans_from_tags

_TITLES = normalize_all(PERSON_TITLES)
_NAME_STOPS = normalize_all(ORGANISATION_NAME_STOPS)
_QUALIFIERS = normalize_all(TITLE_QUALIFIERS)
_PLACE_HEADS = frozenset(analyze_word(w).bare for w in PLACE_NAME_HEADS)
_PLACE_NOUNS = frozenset(analyze_word(w).bare for w in PLACE_NOUNS)
_NAMED_AFTER = {**{analyze_word(w).stem: "ORG" for w in NAMED_INSTITUTION_NOUNS},
                **{analyze_word(w).stem: "LOC" for w in NAMED_PLACE_NOUNS}}
# Place nouns the model sometimes takes for a place's name on their own: «ريف»، «البلدة».
# (Only these: dropping lone organisation nouns and currencies cost points on ANERcorp, which
# tags «دولار» MISC and «الحكومة» ORG.)
_GENERIC = frozenset(analyze_word(w).bare for w in (*LOCATION_TRIGGERS, *PLACE_NOUNS))


@cache
def _recognizer() -> NERecognizer:
    return NERecognizer.pretrained()


def sentence_tokens(text: str, sentences: list[Span]) -> list[list[Token]]:
    """The tokens of each sentence, with offsets into ``text``."""
    return [tokenize(text, sentence.start, sentence.end) for sentence in sentences]


def find_mentions(tokens_by_sentence: list[list[Token]]) -> list[Mention]:
    """Every name the model finds in the article's sentences (a name found in one sentence is
    found in all)."""
    tagged = _recognizer().predict_document([[t.text for t in tokens] for tokens in tokens_by_sentence])
    mentions = []
    for tokens, tags in zip(tokens_by_sentence, tagged):
        for first, after, kind in post_edit(tokens, spans_from_tags(tags)):
            mention = mention_from_tokens(tokens, first, after, kind)
            if mention is not None:
                mentions.append(mention)
    return mentions


def post_edit(tokens: list[Token], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The model's spans, with the gazetteers' organisation names and longer place names added
    where the model found nothing, lone generic nouns (ريف، البلدة) left out, and a person a
    road or a hospital is named after taken as the road's or the hospital's name. The model's
    own spans win over the lists: measured on ANERcorp, overriding them cost 3 points of F1."""
    kept = [_as_place_if_named_so(tokens, _as_named_after(tokens, span)) for span in spans
            if not (span[1] - span[0] == 1 and span[2] == "LOC"
                    and analyze_word(tokens[span[0]].text).bare in _GENERIC)]
    # the tokens the model's spans cover, looked up per match: a run-on line has thousands of spans
    covered = {i for first, after, _ in kept for i in range(first, after)}
    listed = [(a, b, kind) for a, b, kind in phrase_matches([analyze_word(t.text).bare for t in tokens])
              if (kind == "ORG" or b - a > 1) and covered.isdisjoint(range(a, b))]
    covered |= {i for first, after, _ in listed for i in range(first, after)}
    organisations = organisation_names(tokens, covered)
    covered |= {i for first, after, _ in organisations for i in range(first, after)}
    return sorted(kept + listed + organisations + place_names(tokens, covered))


def organisation_names(tokens: list[Token], covered: set[int]) -> list[tuple[int, int, str]]:
    """Organisations named by a head noun and the definite words after it, where nothing else
    was found: «وزارة التعليم»، «الهيئة السعودية للحياة الفطرية»، «المحكمة العليا». The name ends
    at the first word without the article (ال، لل), a time word, or a word already in a name."""
    return _named_by_head(tokens, covered, lambda head: "organisation" in head.roles,
                          ORGANISATION_NAME_WORDS, "ORG")


def place_names(tokens: list[Token], covered: set[int]) -> list[tuple[int, int, str]]:
    """Roads, squares and crossings named by their noun and the definite words after it, where
    nothing else was found: «طريق الصناعية»، «جسر السلام»، «منفذ السلوم»، «دوار الزراعة»; the
    noun without the article, as a name's head is."""
    return _named_by_head(tokens, covered, lambda head: _NAMED_AFTER.get(head.stem) == "LOC"
                          and not head.proclitic.endswith((ARTICLE, LAM_ARTICLE)), PLACE_NAME_WORDS, "LOC")


def _named_by_head(tokens, covered, is_head, longest: int, kind: str) -> list[tuple[int, int, str]]:
    """Names of ``kind``: a word ``is_head`` accepts and up to ``longest`` name words after it,
    none of them in ``covered``."""
    found, i = [], 0
    while i < len(tokens):
        head = analyze_word(tokens[i].text) if tokens[i].kind == "word" else None
        if head is None or i in covered or not is_head(head):
            i += 1
            continue
        end = i + 1
        while (end < len(tokens) and end - i <= longest and end not in covered
               and _continues_name(tokens[end])):
            end += 1
        if end > i + 1:
            found.append((i, end, kind))
        i = end
    return found


def _continues_name(token: Token) -> bool:
    word = analyze_word(token.text) if token.kind == "word" else None
    return (word is not None and word.proclitic in ORGANISATION_NAME_PROCLITICS
            and word.norm not in _NAME_STOPS and "function" not in word.roles)


def _as_named_after(tokens: list[Token], span: tuple[int, int, str]) -> tuple[int, int, str]:
    """A person's name after «طريق»، «مستشفى»، «مدرسة» ... (a title between or not) names the
    road or the hospital: one mention from the noun on, a place or an organisation."""
    first, after, kind = span
    if kind != "PER":
        return span
    head = first - 1
    if head > 0 and _is_title(tokens[head].text):
        head -= 1
    word = analyze_word(tokens[head].text) if head >= 0 and tokens[head].kind == "word" else None
    if word is None or word.stem not in _NAMED_AFTER or word.proclitic.endswith((ARTICLE, LAM_ARTICLE)):
        return span  # «المستشفى» with its article is in apposition: «مدير المستشفى فلان»
    return head, after, _NAMED_AFTER[word.stem]


def _as_place_if_named_so(tokens: list[Token], span: tuple[int, int, str]) -> tuple[int, int, str]:
    """«تل شعيب» is a place whose name begins with تل; after «بلدة» or «معبر» a name is a place."""
    first, after, kind = span
    before = analyze_word(tokens[first - 1].text).bare if first > 0 else ""
    if before in _PLACE_HEADS:
        return first - 1, after, "LOC"
    if before in _PLACE_NOUNS:
        return first, after, "LOC"
    return span


def mention_from_tokens(tokens: list[Token], first: int, after: int, kind: str) -> Mention | None:
    """The mention over tokens[first:after], with a leading title moved out of the name."""
    trimmed = trim_name(tokens, first, after, kind)
    if trimmed is None:
        return None
    title_start, first, after = trimmed
    title = " ".join(t.text for t in tokens[title_start:first]) or None
    words = [t.text for t in tokens[first:after] if t.kind != "punct"]
    return Mention(tokens[first].start, tokens[after - 1].end, kind, name_keys(words), title)


def trim_name(tokens: list[Token], first: int, after: int, kind: str) -> tuple[int, int, int] | None:
    """(title start, name start, name end) in tokens: a person's leading titles and the
    titles just before are not the name, nor is trailing punctuation; None if no word is left."""
    title_start = first
    if kind == "PER":
        while first < after - 1 and _is_title(tokens[first].text):
            first += 1
        while title_start > 0 and _is_title(tokens[title_start - 1].text):
            title_start -= 1
    while after > first and tokens[after - 1].kind == "punct":
        after -= 1
    if after <= first or not any(t.kind == "word" for t in tokens[first:after]):
        return None
    return title_start, first, after


def _is_title(word: str) -> bool:
    folded = normalize_ar(word)
    return folded in _TITLES or folded in _QUALIFIERS or folded[1:] in _TITLES


def name_keys(words: list[str]) -> tuple[str, ...]:
    """The name folded for matching: normalised, with the definite article dropped from every
    word; a second key also drops a one-letter proclitic from the first word («لقسد» → «قسد»),
    since «وليد» and «بشار» begin with the same letters."""
    folded = [analyze_word(word).bare for word in words]
    key = " ".join(folded)
    first = strip_diacritics(words[0])
    if len(first) > 3 and first[0] in STRIPPED_LETTERS:
        other = " ".join([analyze_word(first[1:]).bare, *folded[1:]])
        return (key,) if other == key else (key, other)
    return (key,)
