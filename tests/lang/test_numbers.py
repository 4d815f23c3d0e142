import pytest

from riwaya.lang.ar.numbers import is_digits, read_decimal


@pytest.mark.parametrize("word, digits", [
    ("2021", True), ("١٤٣٦", True), ("۱۴۰۰", True), ("10²", False), ("²", False), ("①", False),
    ("٣²", False), ("१२", False), ("", False), ("3.5", False),
])
def test_only_the_three_digit_sets_are_digits(word, digits):
    assert is_digits(word) is digits  # str.isdigit() is True for «10²», «①» and «१२»


@pytest.mark.parametrize("word, value", [
    ("12", 12.0), ("3.5", 3.5), ("٣.٥", 3.5), ("۱۲", 12.0), ("10²", None), ("①", None),
    ("1.2.3", None), ("مئة", None),
])
def test_read_decimal_reads_known_digits_and_refuses_the_rest(word, value):
    assert read_decimal(word) == value
