"""Continuing a run that was interrupted: ``cleaner clean -o FILE.jsonl --resume``.

A JSONL output file grows in :func:`~cleaner.output.partial_path` one flushed line at a
time and takes its name when the run ends. To resume, the records already there are read
back: a torn last line (the run was killed while writing it) is cut off, and error records
are dropped so that those pages are tried again. The pages whose record is there are then
skipped, and the others appended, in input order. A page is known by its ``id`` and its
``source``, which every record and every error record carries.
"""

from __future__ import annotations

import json
import os
from collections.abc import Collection, Iterable, Iterator
from pathlib import Path

from cleaner.batch import Stats
from cleaner.io import Page
from cleaner.output import OutputError, PageKey, partial_path


def page_key(page: Page) -> PageKey:
    return (page.id, page.source)


def _record_key(line: bytes) -> PageKey | None:
    """The key of a complete, successful record line; None for a torn line or an error."""
    if not line.endswith(b"\n"):
        return None
    try:
        record = json.loads(line)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(record, dict) or "error" in record or not isinstance(record.get("id"), str):
        return None
    source = record.get("source")
    return (record["id"], source if isinstance(source, str) else None)


def prepare_resume(path: str | Path) -> set[PageKey]:
    """Make the partial file of ``path`` hold only whole, successful records; their keys.

    A finished ``path`` is moved back to the partial file (it takes its name again when the
    resumed run ends). With neither file, there is nothing to resume and the set is empty.
    """
    path = Path(path)
    part = partial_path(path)
    try:
        if not part.exists() and path.exists():
            os.replace(path, part)
        if not part.exists():
            return set()
        return _keep_whole_records(part)
    except OSError as exc:
        raise OutputError(f"cannot resume {path}: {exc.strerror or exc}") from exc


def _keep_whole_records(part: Path) -> set[PageKey]:
    done: set[PageKey] = set()
    clean_end, dropped, torn = 0, 0, False
    with open(part, "rb") as handle:
        for line in handle:
            key = _record_key(line)
            if key is None or key in done:
                dropped += 1
                # Only the last line can lack its newline.
                torn = not line.endswith(b"\n")
                continue
            done.add(key)
            if not dropped:
                clean_end += len(line)
    if dropped == 1 and torn:
        # The run was killed while writing its last line: cut it off.
        os.truncate(part, clean_end)
    elif dropped:
        _rewrite(part)
    return done


def _rewrite(part: Path) -> None:
    """Copy the good lines to a new file that replaces ``part``."""
    fresh = part.with_name(part.name + ".new")
    seen: set[PageKey] = set()
    with open(part, "rb") as source, open(fresh, "wb") as target:
        for line in source:
            key = _record_key(line)
            if key is not None and key not in seen:
                seen.add(key)
                target.write(line)
    os.replace(fresh, part)


def without_done(pages: Iterable[Page], done: Collection[PageKey], stats: Stats) -> Iterator[Page]:
    """The pages whose record is not written yet; the others are counted as skipped."""
    for page in pages:
        if page_key(page) in done:
            stats.skipped += 1
        else:
            yield page
