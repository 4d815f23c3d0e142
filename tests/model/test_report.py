from datetime import date

import jsonschema
import pytest

from riwaya.model import Article, Quantity, Report, Span, TimeExpression, validate_report


def small_report() -> Report:
    text = "وصل 12 جندياً أمس."
    article = Article(text, id="a1", title=None, published=date(2021, 1, 5), language="ar",
                      sentences=[Span(0, len(text))],
                      quantities=[Quantity(4, 13, 12.0, "جندياً", unit_key="جندي")],
                      times=[TimeExpression(14, 17, date(2021, 1, 4), relative=True)])
    return Report([article])


def test_the_report_carries_text_spans_and_ids():
    data = small_report().to_dict()
    validate_report(data)
    assert data["schema"] == "riwaya.report/1"
    assert data["quantities"] == [{"id": "q1", "article": "a1", "start": 4, "end": 13, "text": "12 جندياً",
                                   "value": 12, "unit": "جندياً", "unit_key": "جندي", "approx": False,
                                   "bound": None}]
    assert data["times"][0]["value"] == "2021-01-04" and data["times"][0]["text"] == "أمس"


def test_the_schema_rejects_a_report_missing_a_list_or_with_a_bad_date():
    data = small_report().to_dict()
    del data["claims"]
    with pytest.raises(jsonschema.ValidationError):
        validate_report(data)
    data = small_report().to_dict()
    data["times"][0]["value"] = "4 Jan 2021"
    with pytest.raises(jsonschema.ValidationError):
        validate_report(data)


def test_a_span_cannot_run_backwards():
    with pytest.raises(ValueError):
        Span(5, 2)
