"""Property tests: never raise, account for every line once, idempotent, JSON round-trips."""

from __future__ import annotations

import json
from collections import Counter

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cleaner import Document, Pipeline
from cleaner.document import split_lines
from cleaner.errors import DecodeError
from cleaner.stages.columns import FRAME_CHARS
from cleaner.stages.encoding import EncodingStage

PIPELINE = Pipeline.from_config()
ENCODING = EncodingStage()
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

PARAGRAPH = (
    "The council said on Monday that the plan would be put to a vote next week, and that "
    "members of the public would be able to comment on it before the end of the month."
)
news_line = st.one_of(
    st.text(max_size=120),
    st.sampled_from(
        ["Skip to main content", "  • U.N. chief says talks will go on", "Advertisement",
         "Реклама +7(700) 388 81 09", "By Jane Smith", "updated 8:43 AM EDT, Thu June 26, 2014",
         "No comments:", "Skyâ€™s chief", "* Home", "", "(CNN) -- The talks went on.",
         PARAGRAPH]
    ),
)  # fmt: skip
pages = st.lists(news_line, max_size=40).map("\n".join)


def _side_by_side(rows: list[tuple[str, str]], gap: int, border: bool) -> str:
    """Two columns on the same physical lines, as w3m lays out a table."""
    sep = "  │ " if border else "    "
    return "\n".join((left.ljust(gap) + sep + right).rstrip() for left, right in rows)


_cell = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n"), max_size=30),
    st.sampled_from(["", "Weather", "┌────┐", "━━━━━━", "  The talks went on.", "│ Sport │"]),
)
#: Pages with a column layout (and a few lines above and below it).
column_pages = st.tuples(
    st.lists(news_line, max_size=5),
    st.lists(st.tuples(_cell, _cell), min_size=4, max_size=25),
    st.integers(10, 40),
    st.booleans(),
    st.lists(news_line, max_size=5),
).map(lambda t: "\n".join([*t[0], _side_by_side(t[1], t[2], t[3]), *t[4]]))
any_page = st.one_of(pages, column_pages)


def visible(text: str) -> str:
    """What the encoding stage leaves of a text without its box-drawing characters."""
    return ENCODING.repair(text.translate(dict.fromkeys(map(ord, FRAME_CHARS), " ")))[0]


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
@given(any_page)
def test_every_text_line_is_kept_or_removed_exactly_once(text: str) -> None:
    doc = PIPELINE.clean(text)
    if doc.rejected and doc.rejected.stage == "input":
        return
    counts = Counter(doc.accounted_keys())
    assert all(n == 1 for n in counts.values())
    lines = split_lines(text)
    # Lines with text are all held; lines with nothing visible after repair are not (a
    # box-drawing border is layout: held as a table_border removal, or not at all when it
    # frames a piece).
    with_text = {n for n, line in enumerate(lines, start=1) if visible(line)}
    printed = {n for n, line in enumerate(lines, start=1) if ENCODING.repair(line)[0]}
    assert with_text <= {number for number, _ in counts} <= printed
    # A line split into columns is held only as pieces, and its pieces cover all of it:
    # nothing but spaces and borders comes before the first piece, and each piece runs
    # to the next one's offset, so no text between them can be lost.
    pieces: dict[int, list[int | None]] = {}
    for number, column in counts:
        pieces.setdefault(number, []).append(column)
    for number, columns in pieces.items():
        if columns == [None]:
            continue
        assert None not in columns
        offsets = sorted(c for c in columns if c is not None)
        assert not visible(lines[number - 1][: offsets[0]])


@SETTINGS
@given(any_page)
def test_removal_text_is_the_original_line(text: str) -> None:
    doc = PIPELINE.clean(text)
    lines = split_lines(text)
    for removal in doc.removed:
        if removal.column is None:
            assert removal.text == lines[removal.number - 1]
        else:
            line = lines[removal.number - 1]
            assert removal.text == line[removal.column : removal.column + len(removal.text)]


@SETTINGS
@given(pages)
# A sentence that ends with a colon under a short first line: the body's opening, which the
# second cleaning must not take as the headline.
@example("0{0\n0{0-\n0:0:0:0\x910×0\n:\n" + PARAGRAPH)
# A paragraph that the line under it ends with ";" ("... the month.;"): still a sentence the
# second time, not a title over an empty body.
@example("0:0\n" + PARAGRAPH + "\n;")
def test_cleaning_is_idempotent(text: str) -> None:
    """An article's body cleaned again is the same body; a page with no article stays one
    (its one short paragraph may be read as a headline the second time)."""
    once = PIPELINE.clean(text)
    twice = PIPELINE.clean(once.text)
    if once.rejected is None:
        assert twice.text == once.text
    else:
        assert twice.rejected is not None


@SETTINGS
@given(any_page)
def test_json_round_trip(text: str) -> None:
    doc = PIPELINE.clean(text, id="x")
    data = json.loads(json.dumps(doc.to_dict(), ensure_ascii=False))
    assert Document.from_dict(data) == doc
