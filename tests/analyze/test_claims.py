"""Claims: sentences split into independent statements, with negation and hedging, through
analyze(). The negation rule's examples are in tests/lang/ar/negation.tsv."""

from __future__ import annotations

from riwaya.analyze import analyze
from riwaya.ingest.dateline import find_dateline
from riwaya.model import Article


def claims_of(text: str, title: str | None = None) -> list:
    article = analyze(Article(text, title=title, language="ar"))
    return [(article.span_text(c), c) for c in article.claims]


def test_independent_statements_after_a_comma_are_claims_of_their_own():
    text = ("نفت البلدية الأنباء عن إغلاق السوق القديم في وسط المدينة، وذلك بعد افتتاح السوق الجديد "
            "قرب محطة القطار، فيما طالب التجار بتعويضات عن خسائرهم خلال الأشهر الماضية.")
    texts = [t for t, _ in claims_of(text)]
    assert texts == ["نفت البلدية الأنباء عن إغلاق السوق القديم في وسط المدينة",
                     "وذلك بعد افتتاح السوق الجديد قرب محطة القطار",
                     "فيما طالب التجار بتعويضات عن خسائرهم خلال الأشهر الماضية"]


def test_a_denial_is_negated_and_the_event_after_it_is_not():
    text = ("نفت البلدية الأنباء عن إغلاق السوق القديم في وسط المدينة، وذلك بعد افتتاح السوق الجديد "
            "قرب محطة القطار.")
    (_, denial), (_, event) = claims_of(text)
    assert denial.negations and not event.negations


def test_hedged_statements_are_marked():
    text = "قال مسؤول في الميناء إن السفينة قد تصل إلى الرصيف مساء الخميس بعد تأخر دام يومين."
    [(_, claim)] = claims_of(text)
    assert claim.hedged and not claim.negations


def test_a_dateline_on_a_line_of_its_own_is_no_claim():
    text = "الدمام 3 ذو القعدة 1436 هـ الموافق 18 أغسطس 2015 م واس\nافتتح أمير المنطقة معرض الكتاب في مركز المعارض."
    article = analyze(Article(text, language="ar", dateline=find_dateline(text)))
    assert [article.span_text(c) for c in article.claims] == ["افتتح أمير المنطقة معرض الكتاب في مركز المعارض"]
