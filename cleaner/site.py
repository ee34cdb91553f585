"""Site boilerplate: the lines a site repeats on many of its pages, learned from a batch.

A footer, a promo box, a standard disclaimer or a newsletter pitch can read like prose, so
no rule that sees one page can tell it from the article. A batch holds many pages of the
same sites: a line that comes back on many pages of one site is the site's, not the
article's. As in CCNet, each line is normalised (lowercase, accents and punctuation
dropped, digits folded to ``0``) and hashed to 64 bits; a :class:`SiteProfile` counts, per
site, on how many pages each hash occurs, in bounded memory. The ``site`` stage
(:class:`~cleaner.stages.site.SiteRepeatedStage`) then removes the lines of a page whose
count reaches the threshold, with the count in the record.

The profile only counts; it never reads pages. :mod:`cleaner.sitebatch` feeds it from a
batch (two passes over files, or as it goes on standard input).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import math
import os
import re
import unicodedata
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import urlsplit

from cleaner.document import split_lines
from cleaner.errors import InputError

#: A line is the site's when it occurs on at least this many pages of the site. Measured on
#: the 613 development pages run as one batch (sites of 3 to 10 pages): a line on 2 pages
#: is often the same story twice (syndicated copies, two URLs) or a teaser of a sibling
#: story; from 3 pages on, the removed lines were menus, footers and teaser headlines.
#: The page's own text (prose, the lines above its first prose paragraph) needs more:
#: :data:`cleaner.stages.site.OWN_TEXT_MIN_PAGES` (README, "Accuracy with and without site
#: learning").
MIN_PAGES = 3
#: ... and on at least this share of the site's pages, so that on a site of thousands of
#: pages a line that recurs on a handful (a columnist's sign-off) is not the site's.
MIN_SHARE = 0.05
#: Line counts held at once over all sites (about 100 bytes each). When the table is full,
#: the rarest counts are dropped: a line seen again starts again from 1, so pruning can
#: only keep lines, never remove more.
MAX_ENTRIES = 2_000_000
#: Page fingerprints kept so that a page read twice (a copy, or the same batch run again
#: with a saved profile) counts once; past this, pages are counted without the check.
MAX_FINGERPRINTS = 1_000_000
#: Format version of a saved profile.
PROFILE_VERSION = 1

_DIGIT = re.compile(r"\d")
_NON_WORD = re.compile(r"[\W_]+")
#: Combining marks (accents once NFD has split them off their letters).
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def normalise(line: str) -> str:
    """A line as CCNet compares lines: lowercase, no accents, no punctuation, digits as 0.

    >>> normalise("  © 2008 Café-Société, Inc.  ")
    '0000 cafe societe inc'
    """
    text = line.lower()
    if not text.isascii():
        text = _MARKS.sub("", unicodedata.normalize("NFD", text))
    return " ".join(_NON_WORD.sub(" ", _DIGIT.sub("0", text)).split())


def line_hash(line: str) -> int | None:
    """The 64-bit hash of a normalised line; None for a line with no word in it."""
    text = normalise(line) if line and not line.isspace() else ""
    if not text:
        return None
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big")


def page_hashes(lines: Iterable[str]) -> frozenset[int]:
    """The distinct line hashes of one page."""
    return frozenset(h for h in map(line_hash, {line.strip() for line in lines}) if h is not None)


def site_key(url: str | None = None, name: str | None = None) -> str:
    """Which site a page belongs to: its URL's host (``www.`` dropped), else the directory
    of its file (or the JSONL file it is a line of), else ``<stdin>``.

    >>> site_key("https://www.Example.com/a/b"), site_key(None, "news/x/1.txt")
    ('example.com', 'dir:news/x')
    """
    if url:
        host = urlsplit(url.strip()).hostname or ""
        host = re.sub(r"^www\d*\.", "", host.lower())
        if host:
            return host
    if name:
        return f"dir:{os.path.dirname(name) or '.'}"
    return "<stdin>"


def file_site(name: str, jsonl: bool) -> str:
    """The site of a page known only by its file: the file's directory, or for a line of a
    JSONL file, that file.

    >>> file_site("news/x/1.txt", False), file_site("crawl/pages.jsonl", True)
    ('dir:news/x', 'dir:crawl/pages.jsonl')
    """
    return site_key(None, f"{name}/" if jsonl else name)


class SiteTable(NamedTuple):
    """What one page needs to know about its site: how many pages the site has, and the
    page counts of the page's own lines that occur on more than one page.
    """

    site: str
    pages: int
    counts: Mapping[int, int]


@dataclass
class _Site:
    pages: int = 0
    counts: dict[int, int] = field(default_factory=dict)


def threshold(pages: int, min_pages: int = MIN_PAGES, min_share: float = MIN_SHARE) -> int:
    """Pages a line must occur on to be the site's, on a site of ``pages`` pages.

    >>> threshold(10), threshold(1000)
    (3, 50)
    """
    return max(min_pages, math.ceil(min_share * pages))


class SiteProfile:
    """Per site: pages seen and, for each line hash, the pages it occurs on (bounded)."""

    def __init__(
        self, max_entries: int = MAX_ENTRIES, max_fingerprints: int = MAX_FINGERPRINTS
    ) -> None:
        self.sites: dict[str, _Site] = {}
        self.fingerprints: set[int] = set()
        self.max_entries = max_entries
        self.max_fingerprints = max_fingerprints
        self.entries = 0
        #: Counts at or below this were dropped at least once to stay within bounds.
        self.pruned_below = 0

    def observe(self, site: str, hashes: Collection[int]) -> bool:
        """Count one page's lines; False (and nothing counted) for a page seen before."""
        if not hashes:
            return False
        joined = b"".join(h.to_bytes(8, "big") for h in sorted(hashes))
        fingerprint = int.from_bytes(hashlib.blake2b(joined, digest_size=8).digest(), "big")
        if fingerprint in self.fingerprints:
            return False
        if len(self.fingerprints) < self.max_fingerprints:
            self.fingerprints.add(fingerprint)
        entry = self.sites.setdefault(site, _Site())
        entry.pages += 1
        counts = entry.counts
        before = len(counts)
        for h in hashes:
            counts[h] = counts.get(h, 0) + 1
        self.entries += len(counts) - before
        if self.entries > self.max_entries:
            self._prune()
        return True

    def _prune(self) -> None:
        """Drop the rarest counts until the table is at most half full."""
        floor = 0
        while self.entries > self.max_entries // 2:
            floor += 1
            for entry in self.sites.values():
                entry.counts = {h: c for h, c in entry.counts.items() if c > floor}
            self.entries = sum(len(e.counts) for e in self.sites.values())
        self.pruned_below = max(self.pruned_below, floor)

    def table(self, site: str, hashes: Iterable[int]) -> SiteTable:
        """The counts a page with these line hashes needs (those above 1)."""
        entry = self.sites.get(site)
        if entry is None:
            return SiteTable(site, 0, {})
        counts = entry.counts
        found = {h: c for h in hashes if (c := counts.get(h, 0)) > 1}
        return SiteTable(site, entry.pages, found)

    def table_for_text(self, site: str, text: str) -> SiteTable:
        """:meth:`table` for a page given as text (for ``clean(..., site=...)``)."""
        return self.table(site, page_hashes(split_lines(text)))

    # --- saving and loading -----------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": PROFILE_VERSION,
            "pruned_below": self.pruned_below,
            "sites": {
                name: {
                    "pages": entry.pages,
                    # Counts of 1 say nothing yet, but the next batch may add to them.
                    "lines": {f"{h:016x}": c for h, c in sorted(entry.counts.items())},
                }
                for name, entry in sorted(self.sites.items())
            },
            "fingerprints": sorted(f"{f:016x}" for f in self.fingerprints),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], **bounds: int) -> SiteProfile:
        if data.get("version") != PROFILE_VERSION:
            raise InputError(f"unsupported site profile version {data.get('version')!r}")
        profile = cls(**bounds)
        for name, item in data.get("sites", {}).items():
            counts = {int(h, 16): int(c) for h, c in item["lines"].items()}
            profile.sites[name] = _Site(int(item["pages"]), counts)
            profile.entries += len(counts)
        profile.fingerprints = {int(f, 16) for f in data.get("fingerprints", [])}
        profile.pruned_below = int(data.get("pruned_below", 0))
        return profile

    def save(self, path: str | Path) -> None:
        """Write the profile as JSON (gzip-compressed when the name ends in ``.gz``)."""
        data = json.dumps(self.to_dict(), separators=(",", ":")).encode()
        tmp = Path(f"{path}.tmp")
        tmp.write_bytes(gzip.compress(data) if str(path).endswith(".gz") else data)
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: str | Path) -> SiteProfile:
        """Read a profile written by :meth:`save`."""
        try:
            raw = Path(path).read_bytes()
            if raw[:2] == b"\x1f\x8b":
                raw = gzip.decompress(raw)
            data = json.loads(raw)
        except (OSError, ValueError) as exc:
            raise InputError(f"cannot read the site profile {path}: {exc}") from exc
        if not isinstance(data, dict):
            raise InputError(f"{path} is not a site profile")
        try:
            return cls.from_dict(data)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise InputError(f"{path} is not a site profile: {exc}") from exc
