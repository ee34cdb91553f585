"""What the bench scripts share: the Markdown section each writes (heading, command,
versions, body), and measuring a command's time and memory."""

from __future__ import annotations

import datetime
import os
import platform
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.metadata import version


def section(
    heading: str,
    packages: Sequence[str],
    body: Sequence[str],
    setting: str = "one process, one core",
) -> str:
    """A dated section with the command that made it and the versions it ran with."""
    script = sys.argv[0].replace("\\", "/")
    command = " ".join(["python", script, *sys.argv[1:]])
    versions = ", ".join(f"{name} {version(name)}" for name in packages)
    return "\n".join(
        [
            f"## {heading} ({datetime.date.today().isoformat()})",
            "",
            f"Command: `{command}`  ",
            f"Python {platform.python_version()}, {versions}; {setting}.",
            "",
            *body,
            "",
        ]
    )


def publish(text: str, path: str | None) -> None:
    """Print a report section and, with a path, put it in that file under the ``# Benchmarks``
    title: in place of an older section with the same heading (whatever its date), else at
    the end. The file's other sections stay as they are.
    """
    print(text)
    if not path:
        return
    try:
        with open(path, encoding="utf-8") as handle:
            old = handle.read()
    except FileNotFoundError:
        old = ""
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(merge_section(old, text))


_DATED = re.compile(r" \(\d{4}-\d{2}-\d{2}\)$")


def merge_section(document: str, text: str) -> str:
    r"""``document`` with the section ``text`` in place of the one with its heading.

    >>> doc = "# Benchmarks\n\n## A (2020-01-01)\n\nold\n\n## B (2020-01-01)\n\nb\n"
    >>> print(merge_section(doc, "## A (2021-05-05)\n\nnew\n"), end="")
    # Benchmarks
    <BLANKLINE>
    ## A (2021-05-05)
    <BLANKLINE>
    new
    <BLANKLINE>
    ## B (2020-01-01)
    <BLANKLINE>
    b
    """
    parts = re.split(r"(?m)^(?=## )", document) if document else ["# Benchmarks\n\n"]
    heading = _DATED.sub("", text.split("\n", 1)[0])
    sections = [part.rstrip("\n") + "\n" for part in parts]
    for i, part in enumerate(sections):
        if part.startswith("## ") and _DATED.sub("", part.split("\n", 1)[0]) == heading:
            sections[i] = text.rstrip("\n") + "\n"
            break
    else:
        sections.append(text.rstrip("\n") + "\n")
    return "\n".join(sections)


def peak_rss_mb() -> float:
    """This process's peak resident memory, in MB (``ru_maxrss`` is in KB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@dataclass(frozen=True)
class Run:
    """A finished command: wall and CPU seconds (its process tree), peak memory."""

    seconds: float
    cpu_seconds: float
    peak_tree_mb: float
    peak_process_mb: float
    returncode: int
    stderr: str
    #: CPU seconds of the command's own process, its workers not counted (last sample).
    parent_cpu_seconds: float = 0.0


def _tree_rss_kb(root: int) -> tuple[int, int]:
    """Resident memory of a process and all its descendants, from /proc, in KB; and the
    largest peak (``VmHWM``) of one of them. Unlike ``ru_maxrss``, which keeps the peak of
    the process image before ``exec`` (here, a copy of the bench), ``VmHWM`` starts anew.

    The tree is read from each process's ``children`` files, not from a walk over every
    process of the machine: that walk took 1.4 ms a sample, CPU that the workers of a
    measured ``--jobs 2`` run on two cores would have to share."""
    now = peak = 0
    todo, seen = [root], set()
    while todo:
        pid = todo.pop()
        if pid in seen:
            continue
        seen.add(pid)
        rss, hwm = _status_kb(pid)
        now, peak = now + rss, max(peak, hwm)
        todo.extend(_children(pid))
    return now, peak


def _status_kb(pid: int) -> tuple[int, int]:
    """A process's ``VmRSS`` and ``VmHWM`` in KB (0 when it is gone)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as handle:
            fields = dict(line.split(":", 1) for line in handle if ":" in line)
    except OSError:
        return 0, 0
    rss, hwm = (int(fields.get(name, "0 kB").split()[0]) for name in ("VmRSS", "VmHWM"))
    return rss, hwm


def _children(pid: int) -> list[int]:
    """The process's child processes, from the ``children`` file of each of its threads."""
    out: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return out
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as handle:
                out.extend(int(child) for child in handle.read().split())
        except OSError:
            continue
    return out


#: Seconds between two samples of a command's memory: the sum over the tree is sampled (a
#: short peak between two samples is missed); each process's own peak is exact.
RSS_POLL_SECONDS = 0.05


def run_measured(command: Sequence[str]) -> Run:
    """Run a command to its end (stdout discarded, stderr kept); sample the memory of its
    process tree meanwhile."""
    started = time.perf_counter()
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(list(command), stdout=subprocess.DEVNULL, stderr=errors)
        peak_kb, largest_kb, own_cpu = 0, 0, 0.0
        while True:
            # wait4 gives the command's own usage, with that of the workers it waited for.
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            tree_kb, process_kb = _tree_rss_kb(process.pid)
            peak_kb, largest_kb = max(peak_kb, tree_kb), max(largest_kb, process_kb)
            own_cpu = _cpu_seconds(process.pid) or own_cpu
            time.sleep(RSS_POLL_SECONDS)
        process.returncode = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        stderr = errors.read().decode("utf-8", errors="replace")
    return Run(
        time.perf_counter() - started,
        usage.ru_utime + usage.ru_stime,
        # The tree's sampled sum can miss a short peak that one process's own peak shows.
        max(peak_kb, largest_kb) / 1024,
        largest_kb / 1024,
        process.returncode,
        stderr,
        own_cpu,
    )


def _cpu_seconds(pid: int) -> float:
    """CPU seconds a process has used so far, its children not counted (0 if it is gone)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    # utime and stime are fields 14 and 15 of stat(5); the split starts at field 3.
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
