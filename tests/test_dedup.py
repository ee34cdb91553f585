"""Duplicate articles: flagged in meta.duplicate_of with the first copy's id, never removed."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleaner.cli import cli
from cleaner.dedup import MIN_WORDS, Deduplicator
from cleaner.document import Document

WORDS = (
    "storm", "coast", "ferry", "council", "harbour", "engineers", "bridge", "residents",
    "mayor", "river", "flood", "barrier", "schools", "roads", "power", "crews",
)  # fmt: skip


def article(seed: int, sentences: int = 12) -> str:
    out = []
    for s in range(sentences):
        picked = [WORDS[(seed * 7 + s * 5 + k * 3) % len(WORDS)] for k in range(6)]
        out.append(
            f"The {picked[0]} and the {picked[1]} near the {picked[2]} met {picked[3]}"
            f" on day {seed}-{s} while {picked[4]} watched the {picked[5]}."
        )
    return " ".join(out)


def test_exact_copy_points_at_the_first() -> None:
    dedup = Deduplicator()
    assert dedup.check("a", article(1)) is None
    assert dedup.check("b", article(2)) is None
    # Case, punctuation and spacing do not make another article.
    assert dedup.check("c", article(1).upper().replace(".", " .")) == "a"


def test_short_bodies_are_not_compared() -> None:
    dedup = Deduplicator()
    short = " ".join(["word"] * (MIN_WORDS - 1))
    assert dedup.check("a", short) is None
    assert dedup.check("b", short) is None


def test_near_copy_needs_the_extra() -> None:
    pytest.importorskip("datasketch")
    dedup = Deduplicator(near=True)
    original = article(3, 20)
    edited = "By a staff reporter. " + original.replace("watched", "followed", 1) + " (AFP)"
    assert dedup.check("first", original) is None
    assert dedup.check("second", edited) == "first"
    assert dedup.check("other", article(4, 20)) is None


def jsonl_pages(tmp_path: Path) -> Path:
    body = f"{article(5)}\n\n{article(7)}"
    rows = [
        {"id": "one", "text": f"Storm hits the coast\n\n{body}\n"},
        {"id": "two", "text": f"Storm hits the coast again\n\n{body}\n"},
        {"id": "three", "text": f"A different story\n\n{article(6)}\n"},
    ]
    path = tmp_path / "pages.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    return path


def test_cli_dedup_flags_and_keeps_the_copy(tmp_path: Path) -> None:
    path = jsonl_pages(tmp_path)
    result = CliRunner().invoke(
        cli, ["clean", str(path), "--id-field", "id", "--dedup", "exact", "-j", "1"]
    )
    assert result.exit_code == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["meta"].get("duplicate_of") for r in out] == [None, "one", None]
    assert out[1]["body"] == out[0]["body"]  # flagged, not removed
    assert Document.from_dict(out[1]).meta.duplicate_of == "one"


def test_cli_without_dedup_has_no_duplicate_key(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["clean", str(jsonl_pages(tmp_path)), "-j", "1"])
    assert all("duplicate_of" not in json.loads(x)["meta"] for x in result.stdout.splitlines())


def test_cli_near_without_the_extra_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "datasketch", None)  # as if it were not installed
    result = CliRunner().invoke(cli, ["clean", str(jsonl_pages(tmp_path)), "--dedup", "near"])
    assert result.exit_code == 2
    assert "cleaner[dedup]" in result.stderr


def test_cli_dedup_with_workers_writes_the_flag_into_the_workers_records(tmp_path: Path) -> None:
    # Workers send each record already written as a JSON line; a flag set afterwards must
    # not be lost from it.
    path = jsonl_pages(tmp_path)
    runs = {
        jobs: CliRunner().invoke(
            cli, ["clean", str(path), "--id-field", "id", "--dedup", "exact", "-j", jobs]
        )
        for jobs in ("1", "2")
    }
    assert all(run.exit_code == 0 for run in runs.values()), runs["2"].stderr
    assert runs["2"].stdout == runs["1"].stdout
    out = [json.loads(line) for line in runs["2"].stdout.splitlines()]
    assert [r["meta"].get("duplicate_of") for r in out] == [None, "one", None]
