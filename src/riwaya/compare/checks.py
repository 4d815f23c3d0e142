"""The discrepancies between two aligned claims, each a ``Reason``: the kind of clash and what
it names from each side, which ``report/wording`` words for a reader.

Each check is conservative: it speaks only when both claims talk about the same thing (the
same counted referent, the same negated content, the same words around a date or a place),
because a wrong "conflict" costs a fact-checker more than a missed one."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from ..analyze.fates import NAMED_FATES
from ..analyze.quantities import count_other_things, counted_referent
from ..analyze.words import Word, content_words, name_key, names_institution, tokens, words
from ..model import Quantity
from ..model.findings import Reason
from ..relate.contrast import is_reworded
from .across import in_two_languages
from .claim_view import SCENE_ROLES, ClaimView

ABOUT = 0.15
"""«نحو 50» admits 15 % either way."""
ROUNDED_FROM = 10_000
"""A round amount this large is rounded: «83 مليون» stands for 82,999,316.4 too."""
MIN_SHARED_NEGATED = 3
MIN_NEGATED_SHARE = 0.35
MIN_QUOTE_SHARE = 0.6
MIN_QUOTE_WORDS = 3
MIN_CONTEXT_SHARE = 0.5
MIN_SHARED_WORDS = 3
MIN_NAME_KEY = 4
"""Letters (spaces, long vowels and doublings dropped) a name needs to be found inside another."""


def discrepancies(a: ClaimView, b: ClaimView) -> list[tuple[str, Reason]]:
    """Every reason to call the two claims conflicting, with the name of the check that found
    it."""
    found = ((check.__name__, reason) for check in CHECKS for reason in check(a, b))
    return list(dict.fromkeys(found))  # «1437ه» twice in one claim is one reason


def different_numbers(a: ClaimView, b: ClaimView) -> list[str]:
    """The same referent counted differently, or the same number counting something else."""
    reasons = []
    if not a.quantities or not b.quantities or _different_times(a, b) or _about_other_things(a, b):
        return reasons  # two moments («عام 2006» / «عام 2013») or two subjects («شركة سابك» / «المراعي»)
    for qa, context_a in a.quantities:
        for qb, context_b in b.quantities:
            if qa.value is None or qb.value is None:
                continue
            if not _same_referent(a, b, qa, context_a, qb, context_b) and not _counts_alongside(a, qa, b, qb):
                continue
            if _states(b.article, qa) or _states(a.article, qb):
                continue  # a report that gives the other's figure too does not contradict it
            if (_counts_several(a.article, qa) or _counts_several(b.article, qb)) and (
                    not _restates(a, b) or _elsewhere(a, b) or a.article.published != b.article.published):
                continue  # «3 غارات» on one town, «4 غارات» on another; each day's market figures
            same_unit = qa.referent and qb.referent and qa.referent == qb.referent
            if same_unit and not _compatible(qa, qb):
                reasons.append(_reason("number", a, b, a=a.article.span_text(qa), b=b.article.span_text(qb)))
            elif qa.value == qb.value and count_other_things(qa, qb) and (
                    (fated := _fates(qa, qb)) or _counts_alongside(a, qa, b, qb)):
                # only nouns known to count different things: «50 آلية» / «50 جندياً», not
                # «153 صينياً» / «153 مواطناً», nor «5 أشخاص» / «5 قتلى»; and only where one
                # report names the other's thing too (three dead and three burned houses of one
                # crash are two counts, both true), or where both tell the fate of the same
                # people (five dead against five wounded)
                reasons.append(_reason("unit", a, b, a=_counted(a, qa, fated), b=_counted(b, qb, fated)))
    return reasons


def denial_against_affirmation(a: ClaimView, b: ClaimView) -> list[str]:
    """One claim denies what the other states: most of what a negated stretch says, weighed
    by how telling each word is, is in the other, affirmative, claim, and that includes what
    happens (a word outside the names: انسحاب / ستنسحب), not only who and where; the verb or
    predicate a «لم/لن/لا/ليس» negates must be among the stated ones."""
    if bool(a.negated_words) == bool(b.negated_words) or _elsewhere(a, b):
        return []  # «دون أنباء عن خسائر» in one town, «أنباء عن خسائر» in another
    negated, affirmed = (a, b) if a.negated_words else (b, a)
    stated = affirmed.words - affirmed.privative_words  # «دون أنباء عن خسائر» states no losses
    events = stated - affirmed.entity_words
    verbs = negated.negated_verbs or ("",) * len(negated.negated_words)
    for stretch, verb in zip(negated.negated_words, verbs):
        shared = stretch & stated
        if len(shared) >= MIN_SHARED_NEGATED and (
                negated.weight(shared) >= MIN_NEGATED_SHARE * negated.weight(stretch)) and (
                _shares_event(negated, stretch - negated.entity_words, events)) and (
                not verb or _shares_event(negated, frozenset({verb}), events)) and (
                not _also_denies(affirmed, stretch)):
            return [_reason("denial", negated, affirmed)]  # a denies what b states
    return []


def _also_denies(view: ClaimView, stretch: frozenset[str]) -> bool:
    """Whether the report of ``view`` carries the denial as well: a negation of its own says
    most of it (two copies of one press release), or the claim has it with the «لا» glued to
    the verb («لاينسى»)."""
    if not view.glued_verbs.isdisjoint(stretch):
        return True
    return any(len(stretch & own) >= MIN_SHARED_NEGATED
               and view.weight(stretch & own) >= MIN_CONTEXT_SHARE * view.weight(stretch)
               for own in view.article_negations)


def _shares_event(view: ClaimView, denied: frozenset[str], stated: frozenset[str]) -> bool:
    """Whether a denied word is among the stated ones in some form: a verb for its noun, the
    future «س» before a present verb (ستنسحب) left aside."""
    stated_words = [view.forms[w] for w in stated]
    keys = [w.key for w in stated_words] + [w.future_key for w in stated_words if w.future_key]
    return any(is_reworded(view.forms[word], keys) for word in denied
               if not view.forms[word].roles & SCENE_ROLES)


def different_dates(a: ClaimView, b: ClaimView) -> list[str]:
    """The same statement dated to different days."""
    dated_a, dated_b = _on_days(a.times), _on_days(b.times)
    days_a, days_b = _covered(dated_a), _covered(dated_b)
    if not days_a or not days_b or days_a & days_b or not _same_statement(a, b):
        return []
    if days_a & _days(b.article) or days_b & _days(a.article):
        return []  # each report knows the other's day: two sessions, two steps of one story
    if all(t.relative for t in dated_a + dated_b) and _unreliable_days(a, dated_a, b, dated_b):
        return []
    if _ahead(a.article, dated_a) != _ahead(b.article, dated_b):
        return []  # a match set for the 12th against the day of the medical tests
    first, second = min(days_a), min(days_b)
    return [_reason("date", a, b, a=first.isoformat(), b=second.isoformat())]


def different_places(a: ClaimView, b: ClaimView) -> list[str]:
    """The same statement placed in different places, neither of which the other report
    names (when it does, it is one event in two places)."""
    if not _restates(a, b) or not _apart(a.places, b.places, a, b) or not _elsewhere(a, b):
        return []
    return [_reason("place", a, b, a=tuple(sorted(a.place_names)), b=tuple(sorted(b.place_names)))]


def different_sources(a: ClaimView, b: ClaimView) -> list[str]:
    """The same words credited to different sources: a named spokesman in one report,
    anonymous sources in the other."""
    reasons = []
    for qa, words_a in a.quotes:
        for qb, words_b in b.quotes:
            if qa.speaker is None or qb.speaker is None or qa.negated != qb.negated:
                continue
            if not _same_words(a, words_a, b, words_b):
                continue
            if _same_source(a, qa.speaker, b, qb.speaker):
                continue
            if _also_credits(a, b, qb.speaker, words_b) or _also_credits(b, a, qa.speaker, words_a):
                continue  # «أعلن مسؤول عراقي» in the lede, «وقال عيد عماش» further down
            if _names_speaker(a, qa, b, qb.speaker) or _names_speaker(b, qb, a, qa.speaker):
                continue  # «شدد السيسي على ...، حسبما أضاف ياسين»: Yassin relays Sisi's words
            who_a, who_b = a.article.span_text(qa.speaker), b.article.span_text(qb.speaker)
            reasons.append(_reason("source", a, b, a=who_a, kind_a=qa.speaker.kind, b=who_b,
                                   kind_b=qb.speaker.kind))
    return reasons


CREDITED_CHECK = different_sources.__name__
"""The check whose finding alone makes two claims «credited differently», not conflicting."""


def shares_anchor(a: ClaimView, b: ClaimView) -> bool:
    """Whether two claims are about the same thing whatever their embeddings say: most words
    in common, a number counting the same referent, or the same quoted words."""
    if _same_statement(a, b) and len(a.words & b.words) >= MIN_SHARED_WORDS:
        return True
    if any(ca & cb for _, ca in a.quantities for _, cb in b.quantities):
        return True
    if in_two_languages(a, b) and any(qa.referent_listed and qb.referent_listed
                                      and (qa.referent == qb.referent or qa.value == qb.value)
                                      for qa, _ in a.quantities for qb, _ in b.quantities):
        return True  # no words to share: a listed thing counted, or one number for two
    return any(_same_words(a, wa, b, wb) for _, wa in a.quotes for _, wb in b.quotes)


CHECKS = (different_numbers, denial_against_affirmation, different_sources, different_dates,
          different_places)


def _different_times(a: ClaimView, b: ClaimView) -> bool:
    """Both claims are dated, and to no common day, month or year."""
    times_a = {(t.value, t.granularity) for t in a.times if t.value}
    times_b = {(t.value, t.granularity) for t in b.times if t.value}
    return bool(times_a) and bool(times_b) and not times_a & times_b


def _elsewhere(a: ClaimView, b: ClaimView) -> bool:
    """Both claims are placed, and in different places: two events, not one told twice.
    «الشرقية» / «المنطقة الشرقية» and «أبو عريش» / «أبوعريش» are one place the resolver left
    apart."""
    if not a.places or not b.places or a.places & b.places:
        return False
    keys_a, keys_b = _place_keys(a), _place_keys(b)
    # a place one claim names and the other writes unrecognised is no other place (two copies
    # of one list of names, tagged differently)
    return not (keys_a & keys_b or keys_a & _word_keys(b) or keys_b & _word_keys(a))


def _word_keys(view: ClaimView) -> frozenset[str]:
    return frozenset(key for key in map(name_key, view.words) if len(key) >= 3)


def _about_other_things(a: ClaimView, b: ClaimView) -> bool:
    """The claims name places, or anything at all, that the other report never names: two
    companies' results, two exhibitions in two cities, mixed into one story."""
    return ((_apart(a.places, b.places, a, b) and _elsewhere(a, b)) or _apart(a.entities, b.entities, a, b)
            or _other_organisations(a, b))


def _other_organisations(a: ClaimView, b: ClaimView) -> bool:
    """«أرباح شركة سابك» / «أرباح شركة المراعي»: the same kind of body under another name, and
    neither report names the other's (names the recogniser may not know)."""
    named_a, named_b = _organisations(a), _organisations(b)
    return any(not named_a[t] & named_b[t] and not named_a[t] & b.article_words
               and not named_b[t] & a.article_words for t in named_a.keys() & named_b.keys())


def _organisations(view: ClaimView) -> dict[str, set[str]]:
    """The word after each organisation word of the claim: «شركة سابك» → {شركه: {سابك}}."""
    found: dict[str, set[str]] = {}
    said = words(view.text)
    for trigger, name in zip(said, said[1:]):
        if (trigger.content and "organisation" in trigger.roles and name.content
                and "organisation" not in name.roles):
            found.setdefault(trigger.content, set()).add(name.content)
    return found


def _apart(named_a: frozenset[int], named_b: frozenset[int], a: ClaimView, b: ClaimView) -> bool:
    """Both claims name something, and neither report names what the other claim does."""
    return (bool(named_a) and bool(named_b) and not named_a & b.article_entities
            and not named_b & a.article_entities)


def _states(article, quantity: Quantity) -> bool:
    """Whether the article gives this amount of this kind of thing anywhere."""
    family = quantity.referent
    return any(other.referent == family and other.value is not None and _compatible(other, quantity)
               for other in article.quantities)  # «(12.200) حبة» is «اثني عشر ألفاً ومائتي حبة»


def _unreliable_days(a: ClaimView, dated_a, b: ClaimView, dated_b) -> bool:
    """Whether two relative days may differ only by the publication dates they were read
    against, which feeds give late and by the day only. Two weekdays named tell («السبت» /
    «الأحد»); otherwise only one publication date and more than a day apart do."""
    named_a = {w.weekday for t in dated_a for w in words(a.article.span_text(t)) if w.weekday is not None}
    named_b = {w.weekday for t in dated_b for w in words(b.article.span_text(t)) if w.weekday is not None}
    if named_a and named_b:
        return bool(named_a & named_b)
    if a.article.published != b.article.published:
        return True
    # an evening event is «مساء اليوم» online and «مساء أمس» in the next morning's paper
    return min(abs((x.value - y.value).days) for x in dated_a for y in dated_b) <= 1


def _ahead(article, dated) -> bool:
    """Whether every day the claim names is after its report was published: something
    scheduled, not something that happened."""
    return article.published is not None and all(t.value > article.published for t in dated)


def _on_days(times) -> list:
    """The resolved dates among ``times`` that name a day."""
    return [t for t in times if t.value and t.granularity == "day"]


def _days(article) -> set:
    return _covered(_on_days(article.times))


def _covered(times) -> set:
    """Every day the times name: a range («من 13 إلى 15 تموز») names each of its days."""
    days = set()
    for t in times:
        last = t.until or t.value
        length = min((last - t.value).days, MAX_RANGE_DAYS)
        days.update(t.value + timedelta(days=n) for n in range(length + 1))
    return days


MAX_RANGE_DAYS = 62


def _same_referent(a, b, qa: Quantity, context_a, qb: Quantity, context_b) -> bool:
    """Two numbers count the same thing when the words before them share a stem («يضم نحو 50»
    / «ضم الرتل ٣٥»), or when each is the only number of its claim; in two languages, when
    they count a listed referent in claims that name the same entity, or that each report
    counts once (the convoy's vehicles)."""
    if context_a & context_b:
        return True
    if in_two_languages(a, b):  # no words in common: a listed referent, told once or of one thing
        return qa.referent_listed and qa.referent == qb.referent and (bool(a.entities & b.entities) or (
            not _counts_several(a.article, qa) and not _counts_several(b.article, qb)))
    return len(a.quantities) == 1 and len(b.quantities) == 1 and _same_statement(a, b)


def _counted(view: ClaimView, quantity: Quantity, fated: bool) -> str:
    """The amount as the report writes it, and its fate where the clash is one of fates:
    «خمسة أشخاص (جرحى)» / «خمسة أشخاص (قتلى)»."""
    text = view.article.span_text(quantity)
    return f"{text} ({NAMED_FATES[quantity.referent]})" if fated else text


def _fates(qa: Quantity, qb: Quantity) -> bool:
    """Both amounts count people by their fate (dead, wounded): one group told two ways."""
    return qa.referent in NAMED_FATES and qb.referent in NAMED_FATES


def _counts_alongside(a: ClaimView, qa: Quantity, b: ClaimView, qb: Quantity) -> bool:
    """One number for two listed things, where one claim names the other's thing beside its
    own count: «حملت القافلة 50 مدرعة» / «تحركت المدرعات برفقة 50 عسكرياً» tell of one convoy
    with the number given to another thing."""
    if qa.value != qb.value or qa.referent == qb.referent or not (qa.referent_listed and qb.referent_listed):
        return False
    return qa.referent in _counted_in(b) or qb.referent in _counted_in(a)


def _counted_in(view: ClaimView) -> set[str]:
    """The referent families of every word of the claim outside its amounts."""
    inside = [(q.start - view.claim.start, q.end - view.claim.start) for q, _ in view.quantities]
    return {counted_referent(t.text) for t in tokens(view.text) if t.kind == "word"
            and not any(start <= t.start < end for start, end in inside)}


def _compatible(qa: Quantity, qb: Quantity) -> bool:
    """Whether the two amounts can both be true: «نحو 50» and «48», «أكثر من 200» and «250»,
    «1.277 فردا» (a dot grouping thousands) and «1277 فردا»; a figure inside the other's range
    («45 قتيلاً» / «ما بين 40 و50 قتيلاً») and two ranges that overlap."""
    if qa.max_value is not None or qb.max_value is not None:
        return _admits(qa, qb.value) or _admits(qb, qa.value) or any(
            _admits(q, other.max_value) for q, other in ((qa, qb), (qb, qa)) if other.max_value is not None)
    small, big = sorted((qa.value, qb.value))
    return _admits(qa, qb.value) or _admits(qb, qa.value) or (
        small != int(small) and abs(small * 1000 - big) < 1e-6)


def _admits(q: Quantity, value: float) -> bool:
    if q.max_value is not None:  # a range admits what lies between its ends, or near them
        return _admits(replace(q, max_value=None), value) or _admits(
            replace(q, value=q.max_value, max_value=None), value) or q.value <= value <= q.max_value
    if q.bound == "at-least":
        return value >= q.value
    if q.bound == "at-most":
        return value <= q.value
    if q.bound == "about" or q.approx:  # «نحو مليون دولار» may be 1.2 million
        return abs(value - q.value) <= max(ABOUT * q.value, _rounding(q.value))
    # a round amount stands for what rounds to it or was cut down to it: «22 ألف حبة» for 22,790
    return -_rounding(q.value) <= value - q.value < 2 * _rounding(q.value) or value == q.value


def _rounding(value: float) -> float:
    """How far a round amount may be from the figure it rounds: half its last place
    («83 مليون»: half a million); nothing for an amount that is not round or is small."""
    if value < ROUNDED_FROM or value != int(value):
        return 0.0
    place = 1
    while value % (place * 10) == 0:
        place *= 10
    return place / 2 if place >= 1000 else 0.0


def _counts_several(article, quantity: Quantity) -> bool:
    """Whether the article gives different amounts of this kind of thing («3 غارات»، «16
    غارة»): it reports several events or places, and a number is tied to its own."""
    family = quantity.referent
    return len({other.value for other in article.quantities
                if other.value is not None and other.referent == family}) > 1


def _same_statement(a: ClaimView, b: ClaimView) -> bool:
    """Most of the telling words in common: the claims say the same thing, detail aside."""
    smaller = min(a.weight(a.words), b.weight(b.words))
    return smaller > 0 and a.weight(a.words & b.words) >= MIN_CONTEXT_SHARE * smaller


def _restates(a: ClaimView, b: ClaimView) -> bool:
    """Each claim says most of what the other says: not a line contained in a long roundup."""
    shared = a.weight(a.words & b.words)
    return shared > 0 and shared >= MIN_CONTEXT_SHARE * max(a.weight(a.words), b.weight(b.words))


def _same_words(a: ClaimView, words_a: frozenset[str], b: ClaimView, words_b: frozenset[str]) -> bool:
    """Two quotes share most of their telling words, and a few at least: «قتلى من قوات
    النظام» is not the words of every quote that names «قوات النظام»."""
    shared = words_a & words_b
    return len(shared) >= MIN_QUOTE_WORDS and a.weight(shared) >= MIN_QUOTE_SHARE * min(
        a.weight(words_a), b.weight(words_b))


def _same_source(a: ClaimView, speaker_a, b: ClaimView, speaker_b) -> bool:
    """Whether nothing shows the two sources to be different ones. They are the same when
    one is spelled inside the other («أبو ثنين» / «أبوثنين»، «مدير المرصد رامي عبد الرحمن» /
    «عبدالرحمن»، «بيللوتشي» / «بيلوتشي»), when resolved to one entity, or
    when a word of their names is shared («الأمير عبد العزيز» / «عبد العزيز بن تركي»،
    «قائد شرطة السكك» / «الشرطة»), unless their qualifiers clash («وزير الخارجية الأمريكي» /
    «الروسي»). Otherwise an anonymous source differs from a named one that names someone
    (not a document, which carries someone's words, nor a phrase misread as a source); two
    named ones differ when both are people, or both offices («وزير الداخلية» / «وزير
    الخارجية»). A person against an office, a country or an institution («الولايات المتحدة» /
    «تونر»، «محمد العقيل» / «مدير عام الجمرك») may be one source under two names."""
    text_a, text_b = a.article.span_text(speaker_a), b.article.span_text(speaker_b)
    if _spelled_alike(text_a, text_b) or a.speaker_entities[speaker_a] & b.speaker_entities[speaker_b]:
        return True
    if _relays(text_a) or _relays(text_b):
        return True
    named_alike = _named_alike(text_a, text_b)
    if named_alike is not None:
        return named_alike
    if speaker_a.kind != speaker_b.kind:
        return "document" in (speaker_a.kind, speaker_b.kind) or any(
            speaker.kind == "named" and _who(view, speaker)[0] == "other" and not _names_entity(view, speaker)
            for view, speaker in ((a, speaker_a), (b, speaker_b)))
    if speaker_a.kind != "named":
        return True
    (kind_a, names_a), (kind_b, names_b) = _who(a, speaker_a), _who(b, speaker_b)
    return kind_a != kind_b or kind_a == "other" or not names_a or not names_b


def _named_alike(text_a: str, text_b: str) -> bool | None:
    """False when the two sources' qualifiers clash, True when a word of their names is
    shared, None when their words do not tell."""
    said_a, said_b = words(text_a), words(text_b)
    # «الأميركي» and «أمريكي» are one qualifier spelled two ways
    qualifiers_a, qualifiers_b = ({w.skeleton for w in said if w.content and "distinctive" in w.roles}
                                  for said in (said_a, said_b))
    if qualifiers_a and qualifiers_b and not qualifiers_a & qualifiers_b:
        return False
    names_a, names_b = (_name_words(said) for said in (said_a, said_b))
    return True if names_a & names_b else None


def _name_words(said: list[Word]) -> set[str]:
    """The content words of a source that may be its name: no title, office or particle."""
    return {w.content for w in said if w.content and "not_name" not in w.roles}


def _relays(text: str) -> bool:
    said = words(text)
    return (bool(said) and "publication" in said[0].roles) or any("relayer" in w.roles for w in said)


def _also_credits(view: ClaimView, other: ClaimView, speaker, words: frozenset[str]) -> bool:
    """Whether the claim's report credits these words to the other report's source as well,
    elsewhere in it."""
    who = other.article.span_text(speaker)
    for quote in view.article.quotes:
        if quote.speaker is None or not _named_alike(view.article.span_text(quote.speaker), who):
            continue
        said = _folded_words(view.article.span_text(quote))
        if len(said & words) >= max(MIN_QUOTE_WORDS, MIN_QUOTE_SHARE * min(len(said), len(words))):
            return True
    return False


def _names_speaker(view: ClaimView, quote, other: ClaimView, speaker) -> bool:
    """Whether the quote itself names the person who speaks in the other report: it relays
    him. Naming him elsewhere in the claim («بمنع استخدام شعار المصمم سانو، وأضاف: ...») does
    not."""
    kind, names = _who(other, speaker)
    return kind == "person" and bool(names) and names <= _folded_words(view.article.span_text(quote))


def _spelled_alike(text_a: str, text_b: str) -> bool:
    """Whether one name is inside the other once spaces, long vowels and doubled letters are
    dropped."""
    short, long = sorted((name_key(text_a), name_key(text_b)), key=len)
    return short == long or (len(short) >= MIN_NAME_KEY and short in long)


def _names_entity(view: ClaimView, speaker) -> bool:
    return any(speaker.start <= m.start and m.end <= speaker.end for m in view.article.entities)


def _who(view: ClaimView, speaker) -> tuple[str, frozenset[str]]:
    """("person", the words of the people the source names), ("office", the words of the
    office it names: «وزير الداخلية» → داخلية) or ("other", nothing): a country, an
    institution, a phrase."""
    article = view.article
    people = [m for m in article.entities
              if m.type == "PER" and speaker.start <= m.start and m.end <= speaker.end
              and not names_institution(words(article.text[speaker.start : m.start]))]
    if people:
        return "person", frozenset().union(*(_name_words(words(article.span_text(m))) for m in people))
    said = words(article.span_text(speaker))
    if said and said[0].content and "title" in said[0].roles:
        return "office", frozenset(_name_words(said))
    return "other", frozenset()


def _folded_words(text: str) -> frozenset[str]:
    return frozenset(content_words(text)) - {""}


def _reason(kind: str, first: ClaimView, second: ClaimView, **parts) -> Reason:
    """A clash found between two claims, with each report's outlet and id (``_a`` for the
    first, ``_b`` for the second) and what the check names from each side."""
    reports = {"outlet_a": first.article.outlet or "", "id_a": first.article.id or "",
               "outlet_b": second.article.outlet or "", "id_b": second.article.id or ""}
    return Reason(kind, tuple({**reports, **parts}.items()))


def _place_keys(view: ClaimView) -> frozenset[str]:
    """The claim's place names and their words, without «منطقة»، «مدينة» and the like, as
    consonant skeletons: «بطرسبرغ» / «بطرسبورغ», «أبو عريش» / «أبوعريش» meet."""
    keys = set()
    for name in view.place_names:
        stems = [w.content for w in words(name) if w.content and "institution" not in w.roles]
        keys.update(key for key in map(name_key, stems) if len(key) >= 3)
        keys.add(name_key(" ".join(stems)))
        keys.add(name_key(" ".join(stems[1:])))  # «مشعر منى» is «منى»
    return frozenset(keys) - {""}
