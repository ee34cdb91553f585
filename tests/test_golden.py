"""Golden files: each sample's full record, plus the facts a person checked by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner import clean

SAMPLES = Path(__file__).resolve().parent.parent / "corpus_samples"
PATHS = sorted(SAMPLES.glob("*.txt"))
#: Hand-checked facts per sample: read from the page itself, not from the program's output.
FACTS = json.loads((SAMPLES / "facts.json").read_text(encoding="utf-8"))


def record(path: Path) -> dict[str, object]:
    return clean(path.read_bytes(), id=path.name, source=None).to_dict()


@pytest.mark.parametrize("path", PATHS, ids=[p.stem for p in PATHS])
def test_golden_record(path: Path, update_golden: bool) -> None:
    expected_path = path.with_suffix(".expected.json")
    actual = record(path)
    if update_golden:
        expected_path.write_text(json.dumps(actual, ensure_ascii=False, indent=2) + "\n", "utf-8")
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    assert actual == expected


@pytest.mark.parametrize("path", PATHS, ids=[p.stem for p in PATHS])
def test_hand_checked_facts(path: Path) -> None:
    facts = FACTS[path.name]
    actual = record(path)
    assert actual["headline"] == facts["headline"]
    assert actual["bullets"] == facts["bullets"]
    body = actual["body"]
    assert isinstance(body, list)
    assert len(body) == facts["paragraphs"]
    assert body[0].startswith(facts["first_paragraph_starts"])
    assert body[-1].startswith(facts["last_paragraph_starts"])
    meta = actual["meta"]
    assert isinstance(meta, dict)
    for key in ("date", "byline", "dateline", "agency"):
        assert meta[key] == facts["meta"][key], key
    kept = "\n".join([str(actual["headline"]), *actual["bullets"], *body])  # type: ignore[list-item]
    for junk in facts["junk"]:
        assert junk not in kept, junk
    removed = {r["text"].strip() for r in actual["removed"]}  # type: ignore[attr-defined]
    for junk in facts["junk"]:
        assert any(junk in text for text in removed), f"{junk!r} is not in the audit trail"
