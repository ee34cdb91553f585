"""Property tests on text that looks like scraped news, and on raw bytes and HTML.

The strategies build pages from the pieces scrapers bring back: headlines, bylines, dates,
bullets, prose in several scripts (Latin with diacritics, Cyrillic, Greek, Arabic and
Hebrew right to left, CJK), emoji, control characters, box drawing, very long lines, and
JSON lines with lone surrogates. Whatever comes in, the cleaner gives a record whose JSON
line is valid UTF-8, accounts for every line once, and never raises anything but a
``CleanerError`` for bytes that are not text.
"""

from __future__ import annotations

import json
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner import Pipeline
from cleaner.batch import clean_page
from cleaner.errors import CleanerError
from cleaner.io import JsonlFields, Source, parse_jsonl_line
from cleaner.output import json_line

PIPELINE = Pipeline.from_config()
SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

words = st.sampled_from(
    ["council", "Rat", "mairie", "ayuntamiento", "rada", "совет", "συμβούλιο", "مجلس",
     "מועצה", "议会", "議会", "의회", "Straße", "żółć", "naïve", "🙂", "👍🏽", "—", "«", "»",
     "2024", "3.5%", "U.N.", "e-mail", "http://example.com/a?b=c", "#tag", "@user"]
)  # fmt: skip
sentence = st.lists(words, min_size=3, max_size=40).map(lambda ws: " ".join(ws) + ".")
controls = st.text(st.characters(min_codepoint=0, max_codepoint=0x1F), min_size=1, max_size=3)
odd = st.sampled_from(
    ["\u200b", "\u200e", "\u200f", "\u202e", "\ufeff", "\u00ad", "\u2028", "\u2029", "\x85",
     "\x0b", "\x0c", "\x1c", "\ufffd", "\u0301", "│", "┌──┐", "\t", "\xa0"]
)  # fmt: skip
dates = st.sampled_from(
    ["updated 8:43 AM EDT, Thu June 26, 2014", "26.06.2014, 08:43 Uhr", "2014-06-26",
     "jeudi 26 juin 2014", "26 июня 2014", "2014年6月26日", "Mon Jun 3, 9:15 AM ET"]
)  # fmt: skip
chrome = st.sampled_from(
    ["Skip to main content", "Advertisement", "Share this article", "By Jane Smith",
     "Photo: AFP/Getty Images", "Home | News | Sport", "Anzeige", "Реклама", "No comments:",
     "Related stories", "(AFP) -", "© 2024 Example Media. All rights reserved."]
)  # fmt: skip
bullet = st.builds(
    lambda m, s: m + s, st.sampled_from(["• ", "* ", "- ", "1. ", "· ", "► "]), sentence
)
long_line = st.builds(
    lambda unit, n: unit * n,
    st.sampled_from([".", "-", " ", "a", "(", "word ", "|", "•", "é", "中", "🙂", "(a"]),
    st.integers(1000, 20_000),
)
glued = st.builds(lambda a, b, c: a + b + c, sentence, st.one_of(controls, odd), sentence)
line = st.one_of(
    sentence, chrome, dates, bullet, glued, st.just(""), st.text(max_size=80), long_line
)
news_pages = st.lists(line, max_size=30).map("\n".join)
line_ends = st.sampled_from(["\n", "\r\n", "\r"])
mixed_endings = st.tuples(st.lists(line, max_size=12), line_ends).map(lambda t: t[1].join(t[0]))


def check(doc_dict: dict[str, object]) -> None:
    """The record serialises to a strict UTF-8 JSON line that reads back the same."""
    data = json_line(doc_dict)
    assert data.endswith(b"\n") and data.count(b"\n") == 1
    assert json.loads(data.decode("utf-8"))["id"] == doc_dict["id"]


@SETTINGS
@given(st.one_of(news_pages, mixed_endings))
def test_news_like_text_gives_a_valid_record(text: str) -> None:
    doc = PIPELINE.clean(text, id="page")
    check(doc.to_dict())
    counts = Counter(doc.accounted_keys())
    assert all(n == 1 for n in counts.values())


@SETTINGS
@given(st.one_of(news_pages.map(lambda t: t.encode("utf-8", "surrogatepass")), st.binary()))
def test_raw_bytes_give_a_record_or_a_cleaner_error(data: bytes) -> None:
    try:
        doc = PIPELINE.clean(data, id="page")
    except CleanerError:
        return
    check(doc.to_dict())


tags = st.sampled_from(["p", "div", "h1", "li", "td", "span", "article", "script", "b", "br"])
html_pages = st.lists(st.tuples(tags, line), max_size=20).map(
    lambda parts: (
        "<html><head><title>T</title></head><body>"
        + "".join(f"<{t}>{text}</{t}>" for t, text in parts)
        + "</body></html>"
    )
)


@settings(SETTINGS, max_examples=25)
@given(st.one_of(html_pages, st.text(max_size=300)))
def test_html_gives_a_valid_record(html: str) -> None:
    check(PIPELINE.clean_html(html, id="page").to_dict())


@SETTINGS
@given(
    st.lists(st.one_of(line, st.text(st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF))))
)
def test_jsonl_lines_with_lone_surrogates(parts: list[str]) -> None:
    raw = json.dumps({"text": "\n".join(parts)}).encode() + b"\n"  # \\udXXX escapes
    page = parse_jsonl_line(raw, 1, Source("in.jsonl", "in.jsonl", True), JsonlFields())
    outcome = clean_page(PIPELINE, page)
    assert outcome.detail is None, outcome.detail  # no internal error
    check(outcome.record)
