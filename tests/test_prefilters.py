"""Cheap tests that skip a pattern never skip a line the pattern matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleaner import patterns as P
from cleaner.stages.block_scores import COOKIE_WORD
from cleaner.stages.layout import BREADCRUMB, BREADCRUMB_SEPARATOR


@given(st.text(alphabet=st.sampled_from("Home News a1 >»›/|-.&'’\t"), max_size=30))
def test_a_breadcrumb_holds_a_separator(text: str) -> None:
    assert BREADCRUMB.match(text) is None or BREADCRUMB_SEPARATOR.search(text) is not None


@given(st.text(alphabet=st.sampled_from("+()0123456789٣ .-ab"), max_size=20))
def test_a_phone_number_holds_a_digit(text: str) -> None:
    assert P.PHONE.search(text) is None or re.search(r"\d", text) is not None


@pytest.mark.parametrize(
    "text",
    ["We use cookies.", "COOKIES", "Cookie policy", "cooKıe", "\u212aookie", "cookbook", ""],
)
def test_the_cookie_word_answers_as_its_pattern(text: str) -> None:
    plain = re.compile(r"\bcookies?\b", re.IGNORECASE).search(text)
    found = COOKIE_WORD.search(text)
    assert (found is None) == (plain is None)
    if found is not None and plain is not None:
        assert found.span() == plain.span()


@given(st.text(alphabet=st.sampled_from("ab |·•-\t"), max_size=20))
def test_a_link_row_separator_is_one_of_four_characters(text: str) -> None:
    from cleaner.stages.boilerplate import _SEPARATORS

    if not any(char in text for char in "|·•-"):
        assert _SEPARATORS.split(text) == [text]
