"""Text dumps of pages laid out in tables (as w3m renders them): two cells side by side."""

from __future__ import annotations


def table_rows(left: list[str], right: list[str], indent: int, left_width: int) -> str:
    """The lines of ``left`` and ``right`` side by side, row by row: ``indent`` spaces, the
    left cell padded to ``left_width``, two spaces, the right cell."""
    rows = []
    for i in range(max(len(left), len(right))):
        a = left[i] if i < len(left) else ""
        b = right[i] if i < len(right) else ""
        rows.append((" " * indent + a.ljust(left_width) + "  " + b).rstrip())
    return "\n".join(rows) + "\n"
