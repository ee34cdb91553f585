"""Dates come from the text alone, never from the day the page is cleaned."""

from __future__ import annotations

import pytest

from cleaner.dates import parse_date


@pytest.mark.parametrize("text", ["2007/12", "Dec 2007", "yesterday 10:45", "heute, 8:15 Uhr"])
def test_a_date_without_its_day_is_no_date(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("updated 8:47 PM EDT, Fri June 29, 2012", "2012-06-29"),
        ("01.21.2020 07:00 AM", "2020-01-21"),
        ("4 maja 2021", "2021-05-04"),
        ("Miércoles 4 de Mayo de 2022", "2022-05-04"),
    ],
)
def test_dates_with_their_day(text: str, date: str) -> None:
    assert parse_date(text) == date
