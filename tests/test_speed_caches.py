"""What the cleaner remembers between lines and pages never changes a record."""

from __future__ import annotations

from collections import Counter

from cleaner import Pipeline
from cleaner.document import Document
from cleaner.stages.base import VERDICT_MAX_CHARS
from cleaner.stages.boilerplate import ChromeFilter
from cleaner.stages.columns import segment_lefts
from cleaner.text import (
    SENTENCE_END_RE,
    TOKENS_MAX_CHARS,
    LineCache,
    _cached_script_of,
    ends_sentence,
    line_tokens,
    script_counts,
    word_count,
    words,
)

PAGE = (
    "Skip to main content\n\nHome\n\n"
    "The harbour board voted on Monday to rebuild the old pier, which storms damaged in"
    " the spring, and to open it again to fishing boats before the summer season.\n\n"
    "Share this article\n\nThe new pier will cost less than the board had feared, its"
    " chairman said after the meeting, because most of the old piles can stay.\n"
)


def _record(pipeline: Pipeline, text: str) -> dict[str, object]:
    return pipeline.clean(text, id="p").to_dict()


def test_a_page_cleans_the_same_after_other_pages() -> None:
    fresh = _record(Pipeline.from_config(), PAGE)
    busy = Pipeline.from_config()
    for other in (PAGE.replace("harbour", "river"), "Share this article\n\nHome\n", PAGE):
        busy.clean(other)
    assert _record(busy, PAGE) == fresh


def test_line_filter_remembers_short_lines_only() -> None:
    chrome = ChromeFilter()
    long_line = "Share this " + "word " * VERDICT_MAX_CHARS
    doc = Document.from_text(f"Share this article\n{long_line}\nShare this article\n")
    out = chrome(doc)
    assert [(r.number, r.reason) for r in out.removed] == [(1, "share"), (3, "share")]
    verdicts = chrome.__dict__["_verdicts"]
    assert verdicts == {"Share this article": "share"}


def test_script_counts_of_latin_lines_with_typography() -> None:
    for text in (
        "„Grüße“ – sagte Łukasz, 5 €",
        "naïve café — ‘quoted’",
        "Реклама ad 7",
        "ab\u0250",
    ):
        slow = Counter(map(_cached_script_of, filter(str.isalpha, text)))
        fast = script_counts(text)
        assert list(fast.items()) == list(slow.items())


def test_a_batch_process_freezes_what_it_holds_and_collects_less_often() -> None:
    import subprocess
    import sys

    code = (
        "import gc\n"
        "from cleaner.batch import GC_THRESHOLD, settle_collector\n"
        "from cleaner import Pipeline\n"
        "pipeline = Pipeline.from_config()\n"
        "assert gc.get_freeze_count() == 0 and gc.get_threshold()[0] < GC_THRESHOLD\n"
        "settle_collector()\n"
        "assert gc.get_freeze_count() > 0 and gc.get_threshold()[0] == GC_THRESHOLD\n"
        "print(pipeline.clean('Council backs plan for new bridge').headline is not None)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() in {"True", "False"}


def test_line_cache_answers_as_its_function_and_empties_when_full() -> None:
    calls: list[str] = []

    def shout(text: str) -> str:
        calls.append(text)
        return text.upper()

    table = LineCache(shout, 2)
    assert [table[t] for t in ("a", "b", "a")] == ["A", "B", "A"]
    assert calls == ["a", "b"]
    assert table["c"] == "C"  # full: emptied, then "c" kept
    assert dict(table) == {"c": "C"}


def test_remembered_tokens_are_the_words() -> None:
    for text in ("Hello, wide-world!", "", "  • 12 Grüße_aus Łódź  ", "x " * TOKENS_MAX_CHARS):
        assert word_count(text) == len(words(text))
        if len(text) <= TOKENS_MAX_CHARS:
            assert list(line_tokens(text)) == words(text)


def test_ends_sentence_is_what_the_pattern_finds() -> None:
    ends = ".!?…。！？"
    closers = "'\"’”»)]"
    spaces = " \t\n\x0b\x0c\x1c\x85\xa0\u2000\u2028\u3000"
    pieces = ["", "a", "ab c", *ends, *closers, *spaces]
    for first in pieces:
        for second in pieces:
            for third in pieces:
                text = first + second + third
                assert ends_sentence(text) == bool(SENTENCE_END_RE.search(text)), repr(text)


def test_segment_lefts_of_plain_lines_are_the_runs_found() -> None:
    from cleaner.stages.columns import segments

    pieces = ["", "a", "ab", " ", "  ", "\t", "\xa0", "│", "漢", "é", "\x1c", "."]
    for first in pieces:
        for second in pieces:
            for third in pieces:
                text = first + second + third
                assert segment_lefts(text) == [s.left for s in segments(text)], repr(text)
