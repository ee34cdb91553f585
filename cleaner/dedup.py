"""Duplicate articles in a batch: the same article scraped twice (a syndicated agency story
on several sites, two URLs for one story).

A duplicate is flagged, never removed: its record gets ``meta.duplicate_of``, the id of the
first copy in the batch. Exact duplicates (the same words once normalised as for site
learning) need nothing more; near duplicates (a different headline, a changed sentence, a
credit line added) use MinHash signatures of the body's word shingles and an LSH index from
``datasketch`` (the ``dedup`` extra). Both work as the batch streams: a page is compared
with the pages before it, so the first copy is the one that keeps its record unmarked.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from cleaner.batch import Outcome
from cleaner.document import record_paragraphs
from cleaner.errors import ConfigError
from cleaner.site import normalise

if TYPE_CHECKING:
    from datasketch import MinHash

#: Words per shingle: five-word shingles are the usual choice for near-duplicate news
#: (Broder's and most web-scale deduplications); shorter ones match common phrases.
SHINGLE_WORDS = 5
#: Estimated Jaccard similarity of the shingle sets above which two bodies are one article.
#: Syndicated copies of one agency story that were edited (headline, first sentence, a
#: credit line) stay above 0.8; two stories on the same event from two agencies are below
#: 0.2 on the development pages.
NEAR_THRESHOLD = 0.8
#: MinHash permutations: 128 estimates a Jaccard of 0.8 within about +-0.04.
NUM_PERM = 128
#: Bodies shorter than this many words are not compared: a short notice or a one-line
#: body repeats across pages without being one article.
MIN_WORDS = 50


class MissingExtraError(ConfigError):
    """An option needs a package that is not installed."""


def body_text(record: Mapping[str, Any]) -> str:
    """The words a record's article is compared by: its bullets and body."""
    return "\n".join(record_paragraphs(record))


class Deduplicator:
    """Remembers the articles seen so far and names the first copy of a repeated one."""

    def __init__(
        self, near: bool = False, threshold: float = NEAR_THRESHOLD, num_perm: int = NUM_PERM
    ) -> None:
        self.first: dict[bytes, str] = {}
        self.ids: list[str] = []
        self.near = near
        self.num_perm = num_perm
        self.lsh: Any = None
        if near:
            try:
                from datasketch import MinHashLSH
            except ImportError as exc:
                raise MissingExtraError(
                    "near-duplicate detection needs datasketch: pip install 'cleaner[dedup]'"
                ) from exc
            self.lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)

    def check(self, page_id: str, text: str) -> str | None:
        """The id of an earlier copy of this article, or None (and it is remembered)."""
        words = normalise(text).split()
        if len(words) < MIN_WORDS:
            return None
        key = hashlib.blake2b(" ".join(words).encode(), digest_size=16).digest()
        earlier = self.first.get(key)
        if earlier is not None:
            return earlier
        self.first[key] = page_id
        if self.lsh is None:
            return None
        signature = self._minhash(words)
        hits = self.lsh.query(signature)
        if hits:
            return self.ids[min(int(h) for h in hits)]
        self.lsh.insert(str(len(self.ids)), signature)
        self.ids.append(page_id)
        return None

    def _minhash(self, words: list[str]) -> MinHash:
        from datasketch import MinHash

        last = max(len(words) - SHINGLE_WORDS + 1, 1)
        shingles = {" ".join(words[i : i + SHINGLE_WORDS]).encode() for i in range(last)}
        signature = MinHash(num_perm=self.num_perm, seed=1)
        signature.update_batch(list(shingles))
        return signature

    def mark(self, outcomes: Iterable[Outcome]) -> Iterator[Outcome]:
        """The outcomes, a duplicate's record with ``meta.duplicate_of`` set."""
        for outcome in outcomes:
            record = outcome.record
            if outcome.error is None and not record.get("rejected"):
                first = self.check(str(record.get("id")), body_text(record))
                if first is not None:
                    record["meta"] = {**record.get("meta", {}), "duplicate_of": first}
                    outcome = outcome._replace(line=None)  # the worker's line is stale
            yield outcome
