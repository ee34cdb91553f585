"""What the fuzzer checks on one input; also run on the saved corpus by the test suite.

The first byte chooses the route: text (the rest decoded as UTF-8, bad bytes replaced),
raw bytes (the decoder guesses the encoding), or HTML. Whatever the input, cleaning gives
a record that accounts for every line once and serialises to a strict UTF-8 JSON line;
bytes that are not text raise a ``CleanerError`` and nothing else.
"""

from __future__ import annotations

import json
from collections import Counter

from cleaner import Pipeline
from cleaner.document import Document
from cleaner.errors import CleanerError
from cleaner.output import json_line

#: Routes, chosen by the first byte of the input.
ROUTES = ("text", "bytes", "html")

_pipeline: Pipeline | None = None


def pipeline() -> Pipeline:
    global _pipeline
    if _pipeline is None:
        _pipeline = Pipeline.from_config()
    return _pipeline


def clean_input(data: bytes) -> Document | None:
    """Clean one fuzzer input by its route; None when the bytes are not text."""
    if not data:
        return None
    route, rest = ROUTES[data[0] % len(ROUTES)], data[1:]
    if route == "bytes":
        try:
            return pipeline().clean(rest, id="fuzz")
        except CleanerError:
            return None
    text = rest.decode("utf-8", errors="replace")
    if route == "html":
        return pipeline().clean_html(text, id="fuzz")
    return pipeline().clean(text, id="fuzz")


def check_input(data: bytes) -> None:
    """Raise AssertionError (or whatever cleaning raises) when an invariant breaks."""
    doc = clean_input(data)
    if doc is None:
        return
    counts = Counter(doc.accounted_keys())
    assert all(n == 1 for n in counts.values()), counts.most_common(3)
    line = json_line(doc.to_dict())
    assert json.loads(line.decode("utf-8"))["id"] == "fuzz"
