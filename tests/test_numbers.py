"""Numbers as the publishers write them."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parsers.numbers import parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("3.703,44", 3703.44),
        ("2,131.28", 2131.28),
        ("54.000", 54000),
        ("54 000", 54000),
        ("60,000", 60000),
        ("1,5", 1.5),
        ("1.5", 1.5),
        ("450,-", 450),
        ("2,323.079", 2323.079),
        ("0,5", 0.5),
        ("1.000.000", 1_000_000),
        ("12,50", 12.5),
        ("120", 120),
        ("three", 3),
        ("drie", 3),
        ("quatre", 4),
        ("drei", 3),
        ("één", 1),
        ("twenty-five", 25),
        ("dix-huit", 18),
        ("Zwölf", 12),
    ],
)
def test_belgian_and_international_formats_and_words(text, value):
    assert parse_number(text) == pytest.approx(value)


def _belgian(cents: int) -> str:
    whole, frac = divmod(cents, 100)
    grouped = f"{whole:,}".replace(",", ".")
    return f"{grouped},{frac:02d}"


@given(st.integers(min_value=0, max_value=10**9))
def test_any_belgian_amount_with_cents_reads_back(cents):
    assert parse_number(_belgian(cents)) == pytest.approx(cents / 100)


@given(st.integers(min_value=1000, max_value=10**9))
def test_any_whole_amount_reads_back_in_every_grouping(value):
    for separator in (".", ",", " "):
        text = f"{value:,}".replace(",", separator)
        assert parse_number(text) == value
