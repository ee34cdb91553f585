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
