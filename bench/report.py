"""The Markdown section every bench script writes: heading, command, versions, body."""

from __future__ import annotations

import datetime
import platform
import sys
from collections.abc import Sequence
from importlib.metadata import version


def section(heading: str, packages: Sequence[str], body: Sequence[str]) -> str:
    """A dated section with the command that made it and the versions it ran with."""
    script = sys.argv[0].replace("\\", "/")
    command = " ".join(["python", script, *sys.argv[1:]])
    versions = ", ".join(f"{name} {version(name)}" for name in packages)
    return "\n".join(
        [
            f"## {heading} ({datetime.date.today().isoformat()})",
            "",
            f"Command: `{command}`  ",
            f"Python {platform.python_version()}, {versions}; one process, one core.",
            "",
            *body,
            "",
        ]
    )


def publish(text: str, path: str | None, *, append: bool) -> None:
    """Print a report and, with a path, write it there: appended as one more section, or as
    the whole file under the ``# Benchmarks`` title."""
    print(text)
    if path:
        with open(path, "a" if append else "w", encoding="utf-8") as handle:
            handle.write("\n" + text if append else "# Benchmarks\n\n" + text)
