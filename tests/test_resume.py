"""Crash safety: a run killed halfway leaves no partial or corrupt output, and the next run
(``--resume`` for a JSONL file, ``--skip-existing`` for a directory) loses no page and
writes none twice. The last two tests kill a real ``cleaner clean`` with SIGKILL.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from cleaner.batch import CHUNK, WINDOW_PER_WORKER
from cleaner.cli import cli
from cleaner.output import JsonlFileSink, partial_path
from cleaner.resume import prepare_resume

SENTENCES = (
    "The council met on Monday and agreed on the new plan for the city centre.",
    "Residents who came to the meeting asked about parking, buses and the old market hall.",
    "Officials said the work would start in the spring and last for about two years.",
    "A spokesman for the shop owners said they welcomed the plan but feared the building work.",
)


def page_text(n: int) -> str:
    body = " ".join(SENTENCES[(n + k) % len(SENTENCES)] for k in range(3))
    return f"Council plan number {n} approved\n\nBy Jane Smith\n\n{body}\n\n{SENTENCES[n % 4]}\n"


def record(n: int, **extra: Any) -> dict[str, Any]:
    return {"schema": 1, "id": f"p{n}", "source": f"in.jsonl:{n + 1}", "body": ["x"], **extra}


def lines(*records: dict[str, Any]) -> bytes:
    return b"".join(json.dumps(r).encode() + b"\n" for r in records)


# --- reading back what an interrupted run wrote --------------------------------------------


def test_nothing_to_resume(tmp_path: Path) -> None:
    assert prepare_resume(tmp_path / "out.jsonl") == set()


def test_a_torn_last_line_is_cut_off(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    whole = lines(record(0), record(1))
    partial_path(out).write_bytes(whole + b'{"schema": 1, "id": "p2", "bo')
    assert prepare_resume(out) == {("p0", "in.jsonl:1"), ("p1", "in.jsonl:2")}
    assert partial_path(out).read_bytes() == whole


def test_error_records_are_dropped_to_be_tried_again(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    failed = {"schema": 1, "id": "p1", "source": "in.jsonl:2", "error": "cannot read the file"}
    partial_path(out).write_bytes(lines(record(0), failed, record(2)))
    assert prepare_resume(out) == {("p0", "in.jsonl:1"), ("p2", "in.jsonl:3")}
    assert partial_path(out).read_bytes() == lines(record(0), record(2))


def test_an_error_record_then_a_torn_last_line_are_both_dropped(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    failed = {"schema": 1, "id": "p1", "source": "in.jsonl:2", "error": "cannot read the file"}
    torn = b'{"schema": 1, "id": "p3", "bo'
    partial_path(out).write_bytes(lines(record(0), failed, record(2), record(0)) + torn)
    assert prepare_resume(out) == {("p0", "in.jsonl:1"), ("p2", "in.jsonl:3")}
    assert partial_path(out).read_bytes() == lines(record(0), record(2))


def test_a_finished_file_is_continued_and_comes_back(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(lines(record(0)))
    done = prepare_resume(out)
    assert done == {("p0", "in.jsonl:1")} and not out.exists()
    sink = JsonlFileSink(out, append=True, done=done)
    sink.write(record(1), name="in.jsonl", jsonl=True, path=None, failed=False)
    sink.close()
    assert out.read_bytes() == lines(record(0), record(1))
    assert not partial_path(out).exists()


def test_records_are_on_disk_as_they_are_written(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    sink = JsonlFileSink(out)
    sink.write(record(0), name="in.jsonl", jsonl=True, path=None, failed=False)
    assert partial_path(out).read_bytes() == lines(record(0))
    assert not out.exists()
    sink.discard()
    assert list(tmp_path.iterdir()) == []


# --- the command line ----------------------------------------------------------------------


def write_input(tmp_path: Path, count: int) -> Path:
    path = tmp_path / "in.jsonl"
    with path.open("w") as handle:
        for n in range(count):
            handle.write(json.dumps({"id": f"p{n}", "text": page_text(n)}) + "\n")
    return path


def invoke(*args: str) -> Any:
    return CliRunner().invoke(cli, ["clean", *args, "--id-field", "id", "-j", "1"])


def test_resume_appends_only_the_missing_pages_in_order(tmp_path: Path) -> None:
    source = write_input(tmp_path, 6)
    full = tmp_path / "full.jsonl"
    assert invoke(str(source), "-o", str(full)).exit_code == 0
    records = full.read_bytes().splitlines(keepends=True)
    out = tmp_path / "out.jsonl"
    partial_path(out).write_bytes(b"".join(records[:2]) + records[2][:40])
    result = invoke(str(source), "-o", str(out), "--resume")
    assert result.exit_code == 0, result.stderr
    assert out.read_bytes() == full.read_bytes()
    assert "2 skipped" in result.stderr
    again = invoke(str(source), "-o", str(out), "--resume")
    assert "6 skipped" in again.stderr and out.read_bytes() == full.read_bytes()


def test_without_resume_an_interrupted_partial_file_is_replaced(tmp_path: Path) -> None:
    source = write_input(tmp_path, 2)
    out = tmp_path / "out.jsonl"
    partial_path(out).write_bytes(b'{"schema": 1, "id": "p0"')
    result = invoke(str(source), "-o", str(out))
    assert result.exit_code == 0
    assert "--resume would have continued it" in result.stderr
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == ["p0", "p1"]


@pytest.mark.parametrize("output", [[], ["-o", "-"]], ids=["none", "stdout"])
def test_resume_needs_an_output(tmp_path: Path, output: list[str]) -> None:
    result = invoke(str(write_input(tmp_path, 1)), *output, "--resume")
    assert result.exit_code == 2
    assert "'--resume': it needs -o FILE.jsonl or -o DIR" in result.stderr


# --- kill -9 in the middle of a batch ------------------------------------------------------

#: Pages in the killed batch: five times what two workers hold in flight (their windows of
#: chunks), so that records still reach the file in small steps after the first
#: ``KILL_AFTER``. With 160 pages, two workers had every remaining page in flight by then
#: and wrote all 160 before the kill could land.
BATCH = 5 * 2 * WINDOW_PER_WORKER * CHUNK
#: Records on disk before the kill, so that it lands in the middle of the batch.
KILL_AFTER = 30


def start(*args: str) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "cleaner", "clean", *args, "-q", "--page-timeout", "0"]
    return subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )


def kill_when(process: subprocess.Popen[bytes], ready: Any, limit: float = 120) -> None:
    """SIGKILL the run (and its workers) as soon as ``ready()`` holds."""
    deadline = time.monotonic() + limit
    while not ready():
        if process.poll() is not None:
            pytest.fail("the run ended before it could be killed")
        if time.monotonic() > deadline:
            break
        time.sleep(0.02)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()


def count_lines(path: Path) -> int:
    try:
        return path.read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_kill_9_then_resume_a_jsonl_output(tmp_path: Path, jobs: str) -> None:
    source = write_input(tmp_path, BATCH)
    out = tmp_path / "out.jsonl"
    process = start(str(source), "--id-field", "id", "-o", str(out), "-j", jobs)
    kill_when(process, lambda: count_lines(partial_path(out)) >= KILL_AFTER)
    assert process.returncode == -signal.SIGKILL
    assert not out.exists()  # the file appears only complete
    written = count_lines(partial_path(out))
    assert KILL_AFTER <= written < BATCH

    result = subprocess.run(
        [sys.executable, "-m", "cleaner", "clean", str(source), "--id-field", "id",
         "-o", str(out), "-j", jobs, "--resume"],
        capture_output=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr.decode()
    ids = [json.loads(line)["id"] for line in out.read_text().splitlines()]
    assert ids == [f"p{n}" for n in range(BATCH)]  # none lost, none twice, in input order
    assert not partial_path(out).exists()
    assert f"{written:,} skipped" in result.stderr.decode() or written == BATCH


def test_kill_9_then_skip_existing_in_an_output_directory(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for n in range(BATCH):
        (pages / f"p{n:03d}.txt").write_text(page_text(n))
    out = tmp_path / "out"
    process = start(str(pages), "-o", str(out), "-j", "2")
    kill_when(process, lambda: out.is_dir() and len(list(out.glob("*.json"))) >= KILL_AFTER)
    written = {p.name for p in out.glob("*.json")}
    assert KILL_AFTER <= len(written) < BATCH
    for path in out.glob("*.json"):  # every file there is whole
        assert json.loads(path.read_text())["id"] == path.stem + ".txt"

    result = subprocess.run(
        [sys.executable, "-m", "cleaner", "clean", str(pages), "-o", str(out), "-j", "2",
         "--skip-existing"],
        capture_output=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr.decode()
    names = sorted(p.name for p in out.glob("*.json"))
    assert names == [f"p{n:03d}.json" for n in range(BATCH)]
    for path in out.glob("*.json"):
        assert json.loads(path.read_text())["id"] == path.stem + ".txt"
    # At most the one file that was being written is left, hidden, by the killed run.
    assert len([p for p in out.iterdir() if p.name.startswith(".")]) <= 1
    assert f"{len(written):,} skipped" in result.stderr.decode()
