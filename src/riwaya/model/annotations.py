"""What the analysers hang off spans."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .span import Span


@dataclass(frozen=True, slots=True)
class Quantity(Span):
    """A counted amount: «نحو 50 آلية» is value 50, unit آلية, approx, bound "about"."""

    value: float
    unit: str | None = None
    approx: bool = False
    bound: str | None = None
    """"about" (نحو), "at-least" (أكثر من، عشرات) or "at-most" (أقل من); None when exact."""
    unit_key: str | None = None
    """The unit normalised for matching across reports (جندياً → جندي)."""
    referent: str | None = None
    """What is counted, shared by every spelling and number of the noun (جنود، جندياً → جندي)
    and by the nouns the unit lists group (مواطني، أشخاص → شخص)."""
    referent_listed: bool = False
    """Whether the unit lists know the referent: only listed ones tell two things apart
    («50 آلية» / «50 جندياً»), not any two nouns («153 صينياً» / «153 مواطناً»)."""
    max_value: float | None = None
    """The upper end of a range («بين 10 و20 دولاراً»، «من 40 إلى 50 قتيلاً»): ``value`` is then
    the lower end; None for one figure."""


@dataclass(frozen=True, slots=True)
class Ordinal(Span):
    """A rank, not an amount: «الجولة الثالثة» is rank 3, «الحادي عشر» rank 11."""

    rank: int


@dataclass(frozen=True, slots=True)
class TimeExpression(Span):
    """A date mention; ``value`` is the first day of the period it names, None if unresolved."""

    value: date | None
    granularity: str = "day"
    """"day", "week", "month" or "year"."""
    relative: bool = False
    until: date | None = None
    """The last day of a range («من 13 إلى 15 تموز»، «أوائل آذار»، «رمضان 1441»), ``value``
    its first; None for a single period."""
    clock: str | None = None
    """The time of day, "HH:MM" on a 24-hour clock («الساعة 3 عصراً» 15:00), on the day
    ``value`` names (None when no day is named with it)."""


@dataclass(frozen=True, slots=True)
class Dateline(Span):
    """The opening «بغداد - (أ ف ب) -» or «شفق نيوز/» of a report."""

    place: str | None = None
    outlet: str | None = None


@dataclass(frozen=True, slots=True)
class Mention(Span):
    """A name in the text: «الجنرال كيفن كوبسي» is a PER mention of «كيفن كوبسي», title «الجنرال».

    ``keys`` are the name folded for matching (normalised, article and proclitics stripped:
    «لقسد» has the keys «لقسد» and «قسد»); the span itself is the exact text of the name."""

    type: str
    keys: tuple[str, ...]
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Source(Span):
    """Who a statement is attributed to: «مصادر مقربة من قسد» is an anonymous source."""

    kind: str  # "named", "anonymous", "outlet" or "document"
    refers_to: Span | None = None
    """The name a phrase that names no one stands for: «الهيئة» for «الهيئة العامة للإحصاء»
    named before, «معاليه» for the minister (``analyze/speakers``)."""


@dataclass(frozen=True, slots=True)
class Quote(Span):
    """What someone is reported to have said: the span is the reported content only."""

    direct: bool
    cue: Span | None = None
    speaker: Source | None = None
    negated: bool = False
    speaker_rule: str | None = None
    """The speaker rule that decided (``analyze.quotes.SPEAKER_RULES``, «according_to» ...)."""


@dataclass(frozen=True, slots=True)
class Negation(Span):
    """A negation and its scope: «لم تصوب قوات الأسد نيرانها» is a "verb" negation from its
    cue «لم» to the end of its clause, its head «تصوب»."""

    cue: Span
    kind: str
    """"verb" («لم/لن/ليس»، «ألا»، «لا» before a present verb), "noun" («عدم»، «غير»، «لا أساس
    له») and "denial" («نفى»، «استبعد»، «خلت») deny their stretch; "privative" («دون»، «بدون»،
    «بلا» and the few words after it) neither states nor denies them, and "glued" (a «لا»
    written onto its verb, «لاينسى») is read for its verb alone."""
    head: str = ""
    """The verb or predicate a «لم/لن/لا/ليس» denies, folded for comparison; "" when none."""
    head_span: Span | None = None

    @property
    def denies(self) -> bool:
        return self.kind in ("verb", "noun", "denial")


@dataclass(frozen=True, slots=True)
class Claim(Span):
    """A check-worthy statement: a sentence, or a clause of one that joins independent
    statements («...، فيما ...»). It rests on ``quote``'s speaker when it reports one,
    else on the outlet itself."""

    quote: Quote | None = None
    negations: tuple[Negation, ...] = ()
    """Every negation in the claim, in order; ``denials`` are the negated stretches."""
    hedged: bool = False
    headline: bool = False

    @property
    def source(self) -> Source | None:
        return self.quote.speaker if self.quote else None

    @property
    def denials(self) -> tuple[Negation, ...]:
        """The negated stretches, each from its cue («نفى»، «لم») to the end of its clause."""
        return tuple(negation for negation in self.negations if negation.denies)
