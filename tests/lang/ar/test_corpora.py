"""The rule corpora of lang/ar: each ``<family>.tsv`` here holds one rule family's examples
(a header line, then input and expected output, tab-separated, one example a line), and one
parametrised test below runs the family's rule on each line, without any model."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from riwaya.analyze import find_quantities, find_times
from riwaya.analyze.entities import organisation_names, place_names
from riwaya.analyze.negation import glued_negations, negated_head, negated_stretches, privative_stretches
from riwaya.analyze.quotes import CUE_WORDS, SPEAKER_RULES, bare_cue, find_quotes, headline_quote, source_kind
from riwaya.analyze.sentences import split_sentences
from riwaya.analyze.speakers import resolve_speakers
from riwaya.analyze.words import statement, word
from riwaya.compare.checks import _named_alike, _relays, _spelled_alike
from riwaya.compare.claim_view import _context
from riwaya.lang.ar.normalize import normalize_ar
from riwaya.lang.ar.numbers import parse_number_words, read_ordinal
from riwaya.lang.ar.tokenize import tokenize
from riwaya.lang.ar.units import other_things
from riwaya.model import Mention, Span
from riwaya.relate.contrast import count_opposites, unmatched_words

HERE = Path(__file__).parent


def corpus(family: str) -> list:
    """The examples of ``family``.tsv, each named by its line."""
    lines = (HERE / f"{family}.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return [pytest.param(*line.split("\t"), id=f"{family}:{n}") for n, line in enumerate(lines, 2) if line]


@pytest.mark.parametrize("word, expected", corpus("cues"))
def test_cues(word, expected):
    """A written word is read as the cue it carries, whatever its clitics, or as no cue."""
    cue = bare_cue(normalize_ar(word))
    assert (cue if cue in CUE_WORDS else "-") == expected


@pytest.mark.parametrize("phrase, expected", corpus("source_kinds"))
def test_source_kinds(phrase, expected):
    """A speaker phrase's head noun and article say what kind of source it is."""
    assert source_kind([normalize_ar(w) for w in phrase.split()], Span(0, len(phrase)), []) == expected


@pytest.mark.parametrize("sentence, expected", corpus("relays"))
def test_relays(sentence, expected):
    """«بحسب X»، «نقلاً عن X»، «نقلت الوكالة عن X» attribute the statement to X; a rule or a
    schedule («وفق اللوائح») is no source."""
    found, _ = find_quotes(sentence, [Span(0, len(sentence))], [])
    speaker = found[0].speaker if found else None
    assert (sentence[speaker.start:speaker.end] if speaker else "-") == expected


@pytest.mark.parametrize("sentence, persons, speaker, rule", corpus("speaker_rules"))
def test_speaker_rules(sentence, persons, speaker, rule):
    """Who speaks in a sentence's last quote, and the named rule that decided; ``persons`` are
    the names the tagger would find."""
    names = [] if persons == "-" else persons.split(" | ")
    mentions = [Mention(sentence.index(n), sentence.index(n) + len(n), "PER", ()) for n in names]
    found, _ = find_quotes(sentence, [Span(0, len(sentence))], mentions)
    last = found[-1].speaker
    assert ((sentence[last.start:last.end] if last else "-"), found[-1].speaker_rule or "-") == (speaker, rule)


def test_every_speaker_rule_has_an_example():
    named = {param.values[3] for param in corpus("speaker_rules")}
    assert {rule.__name__ for rule in SPEAKER_RULES} <= named


@pytest.mark.parametrize("sentence, cue, scope", corpus("negation"))
def test_negation(sentence, cue, scope):
    """A negation runs from its cue to the next comma or subordinate clause; a bound, a
    condition, a restriction, a prohibition or a figure of speech negates nothing."""
    tokens = tokenize(sentence)
    spans = negated_stretches(tokens)
    cues = [next(t.text for t in tokens if t.start == span.start) for span in spans]
    scopes = [sentence[span.start:span.end] for span in spans]
    assert (" | ".join(cues) or "-", " | ".join(scopes) or "-") == (cue, scope)


@pytest.mark.parametrize("text, published, expected", corpus("dates"))
def test_dates(text, published, expected):
    """Date expressions resolved against the publication date: a day, or the first day of a
    week, month or year; none when there is no publication date to resolve against. A range
    shows its last day after «..», a clock time its hour after a space."""
    found = find_times(text, None if published == "-" else date.fromisoformat(published))
    shown = [f"{t.text_in(text)}={t.value or 'none'}{'..' + t.until.isoformat() if t.until else ''}"
             f"{' ' + t.clock if t.clock else ''}/{t.granularity}" for t in found]
    assert (" | ".join(shown) or "-") == expected


@pytest.mark.parametrize("first, second, expected", corpus("opposites"))
def test_opposites(first, second, expected):
    """A word and its opposite in the other statement, in any inflection («ترتفع» / «تنخفض»);
    two words going the same way («مكاسب» / «قفزة») are none."""
    assert count_opposites(statement(first).words, statement(second).words) == int(expected)


@pytest.mark.parametrize("written, core, skeleton", corpus("light_stems"))
def test_light_stems(written, core, skeleton):
    """The light stem and skeleton two forms of a word meet on: «يسجل» and «تسجيل» give «سجل»."""
    assert word(written).key == (core, skeleton)


@pytest.mark.parametrize("first, second, only_first, only_second", corpus("unmatched_words"))
def test_unmatched_words(first, second, only_first, only_second):
    """A paraphrase rewords («يستبعد» / «استبعد»); the words left unmatched are the difference."""
    found = unmatched_words(statement(first).words, statement(second).words)
    assert tuple(" ".join(w.stem for w in words) or "-" for words in found) == (only_first, only_second)


@pytest.mark.parametrize("sentence, expected", corpus("number_contexts"))
def test_number_contexts(sentence, expected):
    """The stems before a number say what it counts («ضم الرتل ٣٥»); words before any amount
    («نحو»، «نسبة»، «عدد») do not."""
    number = re.search(r"\d+", sentence)
    analysed = [(t, word(t.text)) for t in tokenize(sentence) if t.kind in ("word", "number")]
    assert (" ".join(sorted(_context(analysed, Span(*number.span())))) or "-") == expected


@pytest.mark.parametrize("written, expected", corpus("verb_stems"))
def test_verb_stems(written, expected):
    """«يضم»، «ضمت» and «ضم» meet before a number: present prefix and subject suffixes off."""
    assert word(written).verb == expected


@pytest.mark.parametrize("stretch, expected", corpus("negated_verbs"))
def test_negated_verbs(stretch, expected):
    """The verb or predicate a «لم/لن/لا/ليس» negates, past auxiliaries, light verbs and modals;
    none after a noun negator or a denial verb."""
    assert (negated_head(tokenize(stretch))[0] or "-") == expected


@pytest.mark.parametrize("sentence, expected", corpus("glued_negations"))
def test_glued_negations(sentence, expected):
    """A «لا» written onto a present verb denies it («لاينسى»), except where «لا» leaves the
    verb undenied («لاتزال» is still, «لايقل» at least, «لابد» must)."""
    heads = [n.head for n in glued_negations(tokenize(sentence))]
    assert (" | ".join(heads) or "-") == expected


@pytest.mark.parametrize("sentence, expected", corpus("privatives"))
def test_privatives(sentence, expected):
    """«دون»، «بدون»، «بلا» cover a few words up to a comma: neither stated nor denied."""
    tokens = tokenize(sentence)
    covered = {word(t.text).content for n in privative_stretches(tokens) for t in tokens
               if t.kind != "punct" and n.cue.end <= t.start and t.end <= n.end} - {""}
    assert (" ".join(sorted(covered)) or "-") == expected


@pytest.mark.parametrize("first, second, expected", corpus("spelled_alike"))
def test_spelled_alike(first, second, expected):
    """One source's name inside the other's, spaces, long vowels and doublings dropped."""
    assert _spelled_alike(first, second) == (expected == "yes")


@pytest.mark.parametrize("first, second, expected", corpus("source_names"))
def test_source_names(first, second, expected):
    """Two sources share a name word («عبد العزيز»), or their qualifiers clash («الأمريكي» /
    «الروسي»); titles, offices and honorifics tell nothing."""
    assert {True: "same", False: "different", None: "-"}[_named_alike(first, second)] == expected


@pytest.mark.parametrize("source, expected", corpus("relaying_sources"))
def test_relaying_sources(source, expected):
    """A publication, an agency or the outlet's own voice passes on someone's words; «الشبكة
    السورية لحقوق الإنسان» is a source of its own."""
    assert _relays(source) == (expected == "yes")


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


@pytest.mark.parametrize("sentence, expected", corpus("quantities"))
def test_quantities(sentence, expected):
    """An amount with the approximation before it and the noun it counts («نحو 50 آلية»);
    labels, ordinals, years and the dates the stage skips are no amounts."""
    found = find_quantities(sentence, skip=find_times(sentence, None))
    shown = [f"{q.text_in(sentence)}={_number(q.value)}{'-' + _number(q.max_value) if q.max_value is not None else ''}"
             f"/{q.unit or '-'}/{q.bound or 'exact'}" for q in found]
    assert (" | ".join(shown) or "-") == expected


@pytest.mark.parametrize("first, second, expected", corpus("counted_referents"))
def test_counted_referents(first, second, expected):
    """Which counted nouns surely name different things, so that one number for both is a
    clash: not a currency with and without its country, nor people in general and a kind or a
    fate of people."""
    (qa,), (qb,) = find_quantities(first), find_quantities(second)
    assert qa.referent_listed and qb.referent_listed
    assert other_things(qa.referent, qb.referent) == (expected == "yes")


@pytest.mark.parametrize("sentence, expected", corpus("money"))
def test_money(sentence, expected):
    """Money: currency signs and codes as units, a currency with its country adjective as one
    unit, major and minor units as one amount, ranges with both ends, bounds after a figure."""
    found = find_quantities(sentence, skip=find_times(sentence, None))
    shown = [f"{q.text_in(sentence)}={_number(q.value)}"
             f"{'-' + _number(q.max_value) if q.max_value is not None else ''}"
             f"/{q.unit or '-'}/{q.unit_key or '-'}/{q.bound or 'exact'}" for q in found]
    assert (" | ".join(shown) or "-") == expected


@pytest.mark.parametrize("phrase, rank, used", corpus("ordinals"))
def test_ordinals(phrase, rank, used):
    """The ordinal at the start of a phrase and its rank («الخامس والعشرين» 25 in two words);
    a cardinal with the article is a rank only before its own ten («الأحد عشر»، not «الأحد
    عشرة»)."""
    found = read_ordinal(normalize_ar(phrase).split())
    assert ((str(found[0]), str(found[1])) if found else ("-", "-")) == (rank, used)


@pytest.mark.parametrize("phrase, value, used", corpus("numbers"))
def test_numbers(phrase, value, used):
    """The number words at the start of a phrase and how many words they take («مئة وعشرون
    ألفا» is 120000 in three); a weekday, an ordinal or a range of definite tens is none."""
    parsed = parse_number_words(normalize_ar(phrase).split())
    assert ((_number(parsed[0]), str(parsed[1])) if parsed else ("-", "-")) == (value, used)


@pytest.mark.parametrize("written, proclitic, stem, bare, core, roles", corpus("word_analysis"))
def test_word_analysis(written, proclitic, stem, bare, core, roles):
    """Each word is analysed once: its proclitics and stem, its form without the article, its
    light core, and the roles the word lists give it (a title, a publication, a negation ...)."""
    found = word(written)
    assert (found.proclitic, found.stem, found.bare, found.core) == (proclitic, stem, bare, core)
    assert (",".join(sorted(found.roles)) or "-") == roles


@pytest.mark.parametrize("text, names, referent", corpus("speaker_references"))
def test_speaker_references(text, names, referent):
    """A speaker phrase that names no one («وأوضحت الهيئة»، «وأكد سموه»، «وأكد رئيس البلدية»)
    stands for the name it refers back to, or the name right after it; one that names someone,
    or an anonymous source, refers to no one else."""
    found = [] if names == "-" else [name.split(":", 1) for name in names.split(" | ")]
    mentions = [Mention(text.index(n), text.index(n) + len(n), kind, ()) for kind, n in found]
    quotes, sources = find_quotes(text, split_sentences(text), mentions)
    quotes, _ = resolve_speakers(text, quotes, sources, mentions)
    refers_to = quotes[-1].speaker.refers_to if quotes and quotes[-1].speaker else None
    assert (refers_to.text_in(text) if refers_to else "-") == referent


@pytest.mark.parametrize("headline, places, expected", corpus("headlines"))
def test_headlines(headline, places, expected):
    """A headline's «who: what» is a quote with no cue; a place alone before the colon, or a
    verb there, makes none."""
    names = [] if places == "-" else places.split(" | ")
    mentions = [Mention(headline.index(n), headline.index(n) + len(n), "LOC", ()) for n in names]
    quote = headline_quote(tokenize(headline), mentions)
    found = f"{quote.speaker.text_in(headline)} | {quote.text_in(headline)}" if quote else "-"
    assert found == expected


@pytest.mark.parametrize("sentence, expected", corpus("organisation_names"))
def test_organisation_names(sentence, expected):
    """A head noun of a body (وزارة، هيئة، مجلس، المحكمة ...) and the definite words after it
    name an organisation; a word without the article, or a time word, ends the name."""
    tokens = tokenize(sentence)
    found = [" ".join(t.text for t in tokens[a:b]) for a, b, _ in organisation_names(tokens, set())]
    assert (" | ".join(found) or "-") == expected


@pytest.mark.parametrize("sentence, expected", corpus("place_names"))
def test_place_names(sentence, expected):
    """A road's, square's or crossing's noun without the article and the definite words after
    it name a place; the noun with its article, or an indefinite word after it, name none."""
    tokens = tokenize(sentence)
    found = [" ".join(t.text for t in tokens[a:b]) for a, b, _ in place_names(tokens, set())]
    assert (" | ".join(found) or "-") == expected
