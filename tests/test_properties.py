"""Property tests: never raise, account for every line once, idempotent, JSON round-trips."""

from __future__ import annotations

import json
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner import Document, Pipeline
from cleaner.document import split_lines
from cleaner.errors import DecodeError

PIPELINE = Pipeline.from_config()
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

news_line = st.one_of(
    st.text(max_size=120),
    st.sampled_from(
        ["Skip to main content", "  • U.N. chief says talks will go on", "Advertisement",
         "Реклама +7(700) 388 81 09", "By Jane Smith", "updated 8:43 AM EDT, Thu June 26, 2014",
         "No comments:", "Skyâ€™s chief", "* Home", "", "(CNN) -- The talks went on.",
         "The council said on Monday that the plan would be put to a vote next week, and that "
         "members of the public would be able to comment on it before the end of the month."]
    ),
)  # fmt: skip
pages = st.lists(news_line, max_size=40).map("\n".join)


def accounted(doc: Document) -> Counter[int]:
    return Counter(doc.accounted_numbers())


@SETTINGS
@given(st.text())
def test_never_raises_on_any_text(text: str) -> None:
    PIPELINE.clean(text)


@SETTINGS
@given(st.binary())
def test_bytes_give_a_record_or_a_decode_error(data: bytes) -> None:
    try:
        PIPELINE.clean(data)
    except DecodeError:
        pass


@SETTINGS
@given(pages)
def test_every_text_line_is_kept_or_removed_exactly_once(text: str) -> None:
    doc = PIPELINE.clean(text)
    if doc.rejected and doc.rejected.stage == "input":
        return
    counts = accounted(doc)
    assert all(n == 1 for n in counts.values())
    expected = {
        number
        for number, line in enumerate(split_lines(text), start=1)
        if PIPELINE.stages[0].repair(line)[0]  # type: ignore[attr-defined]
    }
    assert set(counts) == expected


@SETTINGS
@given(pages)
def test_removal_text_is_the_original_line(text: str) -> None:
    doc = PIPELINE.clean(text)
    lines = split_lines(text)
    for removal in doc.removed:
        assert removal.text == lines[removal.number - 1]


@SETTINGS
@given(pages)
def test_cleaning_is_idempotent(text: str) -> None:
    once = PIPELINE.clean(text)
    twice = PIPELINE.clean(once.text)
    assert twice.text == once.text


@SETTINGS
@given(pages)
def test_json_round_trip(text: str) -> None:
    doc = PIPELINE.clean(text, id="x")
    data = json.loads(json.dumps(doc.to_dict(), ensure_ascii=False))
    assert Document.from_dict(data) == doc
