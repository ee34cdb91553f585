"""Accuracy against gold pages: body precision/recall/F1, headline match, snippets.

The body measure is the one article-extraction benchmarks report: the bag of lowercased
``\\w+`` tokens of the cleaned text (bullets and body paragraphs) against the gold body,
precision, recall and F1 per page, then averaged over pages (macro). Pages without a gold
body do not count towards it.

This module scores; it does not print. ``cleaner eval`` formats the report.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict, deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from cleaner.batch import run_pages
from cleaner.config import CleanerConfig
from cleaner.document import record_paragraphs
from cleaner.errors import InputError
from cleaner.io import JsonlFields, Page, open_jsonl, page_field
from cleaner.text import squash_spaces

#: Characters no reader sees (soft hyphen, zero-width spaces and joiners, invisible
#: separators, bidi marks, BOM). A cleaner may drop them, and a gold snippet may hold one
#: the page holds too ("120 g noodles\u2063"): headlines and snippets are compared
#: without them, for every tool alike.
INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")


def folded(text: str) -> str:
    """The text as compared with headlines and snippets: invisible characters dropped,
    whitespace squashed.

    >>> folded("120 g\u00a0noodles\u2063 ") == folded("120 g noodles")
    True
    """
    return squash_spaces(INVISIBLE.sub("", text))


_TOKEN = re.compile(r"\w+")
#: A paragraph counts as "kept junk" (or as "lost") when at most this share of its tokens
#: appears on the other side; the worst-page report lists such paragraphs.
JUNK_SHARE = 0.5
#: Paragraphs listed per page in the worst-page report, each side.
SHOWN_PARAGRAPHS = 5
#: Fields of a gold object's ``meta`` that list, one per line, boilerplate the page holds
#: besides its body: comments, related links, captions and other supplemental text (the
#: development pages' gold has them for 290, 82 and 45 pages).
BOILERPLATE_FIELDS = ("gold_comments", "gold_related", "gold_supplemental")
#: A boilerplate line counts when it has at least this many words: shorter ones ("Reply",
#: "Share", a date) are found inside any text by chance.
BOILERPLATE_MIN_WORDS = 4


def bag(text: str) -> Counter[str]:
    """The multiset of lowercased word tokens.

    >>> sorted(bag("The cat, the hat.").items())
    [('cat', 1), ('hat', 1), ('the', 2)]
    """
    return Counter(_TOKEN.findall(text.lower()))


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    f1: float

    @classmethod
    def of(cls, predicted: str, gold: str) -> Score | None:
        """Bag-of-words scores of ``predicted`` against ``gold``; None for an empty gold.

        An empty prediction scores 0 on all three.

        >>> Score.of("a b c", "a b d")
        Score(precision=0.666..., recall=0.666..., f1=0.666...)
        """
        found, wanted = bag(predicted), bag(gold)
        total_gold = sum(wanted.values())
        if not total_gold:
            return None
        total = sum(found.values())
        overlap = sum((found & wanted).values())
        precision = overlap / total if total else 0.0
        recall = overlap / total_gold
        f1 = 2 * precision * recall / (precision + recall) if overlap else 0.0
        return cls(precision, recall, f1)


def _stray(paragraphs: Sequence[str], other: Counter[str]) -> list[str]:
    """Paragraphs most of whose tokens are missing from ``other``."""
    out = []
    for paragraph in paragraphs:
        tokens = bag(paragraph)
        size = sum(tokens.values())
        if size and sum((tokens & other).values()) <= JUNK_SHARE * size:
            out.append(paragraph)
    return out


@dataclass(frozen=True)
class PageResult:
    """How one page scored, with what went wrong when it did."""

    id: str
    dataset: str | None
    score: Score | None
    headline_ok: bool | None
    headline: str | None = None
    gold_title: str | None = None
    snippets_with: tuple[bool, ...] = ()
    snippets_without: tuple[bool, ...] = ()
    #: For each gold boilerplate line (:data:`BOILERPLATE_FIELDS`): True when it was left in
    #: the article's text.
    boilerplate_left: tuple[bool, ...] = ()
    kept_junk: tuple[str, ...] = ()
    lost: tuple[str, ...] = ()
    rejected: str | None = None
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        score = self.score
        return {
            "id": self.id,
            "dataset": self.dataset,
            "precision": score and score.precision,
            "recall": score and score.recall,
            "f1": score and score.f1,
            "headline_ok": self.headline_ok,
            "headline": self.headline,
            "gold_title": self.gold_title,
            "snippets_with_kept": list(self.snippets_with),
            "snippets_without_gone": list(self.snippets_without),
            "boilerplate_left": list(self.boilerplate_left),
            "kept_junk": list(self.kept_junk),
            "lost": list(self.lost),
            "rejected": self.rejected,
            "error": self.error,
        }


def score_record(
    record: Mapping[str, Any],
    gold: Mapping[str, Any],
    *,
    gold_field: str = "gold_body",
    title_field: str | None = "gold_title",
    dataset_field: str = "dataset",
) -> PageResult:
    """Score one output record (``Document.to_dict()`` or an error record) against its gold.

    ``gold`` may hold ``gold_with`` / ``gold_without`` snippet lists: a snippet counts as
    kept when it is in the record's full text (headline, bullets, body).
    """
    error = record.get("error")
    paragraphs = record_paragraphs(record)
    predicted = "\n".join(paragraphs)
    gold_body = gold.get(gold_field)
    score = Score.of(predicted, gold_body) if isinstance(gold_body, str) else None
    headline = record.get("headline")
    gold_title = gold.get(title_field) if title_field else None
    headline_ok = None
    if isinstance(gold_title, str) and gold_title.strip():
        headline_ok = isinstance(headline, str) and (folded(headline) == folded(gold_title))
    # Whitespace and invisible characters folded on both sides (:func:`folded`): the
    # cleaner turns no-break spaces into spaces and joins wrapped lines on purpose.
    # Headlines are compared the same way.
    full_text = folded("\n".join(([headline] if headline else []) + paragraphs))
    with_ = tuple(folded(s) in full_text for s in gold.get("gold_with") or ())
    without = tuple(folded(s) not in full_text for s in gold.get("gold_without") or ())
    left = boilerplate_left(gold, squash_spaces(predicted), gold_body)
    kept_junk: list[str] = []
    lost: list[str] = []
    if isinstance(gold_body, str):
        kept_junk = _stray(paragraphs, bag(gold_body))
        lost = _stray([p for p in gold_body.splitlines() if p.strip()], bag(predicted))
    rejected = record.get("rejected")
    dataset = gold.get(dataset_field)
    return PageResult(
        id=str(record.get("id", "")),
        dataset=str(dataset) if dataset is not None else None,
        score=score,
        headline_ok=headline_ok,
        headline=headline,
        gold_title=gold_title if isinstance(gold_title, str) else None,
        snippets_with=with_,
        snippets_without=without,
        boilerplate_left=left,
        kept_junk=tuple(kept_junk[:SHOWN_PARAGRAPHS]),
        lost=tuple(lost[:SHOWN_PARAGRAPHS]),
        rejected=f"{rejected['stage']}/{rejected['reason']}" if rejected else None,
        error=str(error) if error else None,
    )


def boilerplate_left(
    gold: Mapping[str, Any], text: str, gold_body: object = None
) -> tuple[bool, ...]:
    """For each boilerplate line of the gold's ``meta`` (:data:`BOILERPLATE_FIELDS`) of at
    least :data:`BOILERPLATE_MIN_WORDS` words and not in the gold body: whether ``text``
    (the article's text, spaces folded) still holds it.

    >>> gold = {"meta": {"gold_comments": "Great piece, thanks for writing it\\nok"}}
    >>> boilerplate_left(gold, "The story. Great piece, thanks for writing it")
    (True,)
    """
    meta = gold.get("meta")
    if not isinstance(meta, Mapping):
        return ()
    body = squash_spaces(gold_body) if isinstance(gold_body, str) else ""
    out = []
    for name in BOILERPLATE_FIELDS:
        value = meta.get(name)
        if not isinstance(value, str):
            continue
        for line in value.splitlines():
            line = squash_spaces(line)
            if len(line.split()) >= BOILERPLATE_MIN_WORDS and line not in body:
                out.append(line in text)
    return tuple(out)


@dataclass(frozen=True)
class Summary:
    """Averages over a group of pages."""

    pages: int
    scored: int
    precision: float | None
    recall: float | None
    f1: float | None
    headlines: int
    headline_exact: float | None
    snippets_with: int
    with_kept: float | None
    snippets_without: int
    without_gone: float | None
    #: Gold boilerplate lines, and the share of them left in the article's text.
    boilerplate: int
    boilerplate_left: float | None
    rejected: int
    errors: int

    @classmethod
    def of(cls, results: Sequence[PageResult]) -> Summary:
        scores = [r.score for r in results if r.score is not None]
        heads = [r.headline_ok for r in results if r.headline_ok is not None]
        with_ = [ok for r in results for ok in r.snippets_with]
        without = [ok for r in results for ok in r.snippets_without]
        left = [ok for r in results for ok in r.boilerplate_left]
        return cls(
            pages=len(results),
            scored=len(scores),
            precision=_mean(s.precision for s in scores),
            recall=_mean(s.recall for s in scores),
            f1=_mean(s.f1 for s in scores),
            headlines=len(heads),
            headline_exact=_mean(heads),
            snippets_with=len(with_),
            with_kept=_mean(with_),
            snippets_without=len(without),
            without_gone=_mean(without),
            boilerplate=len(left),
            boilerplate_left=_mean(left),
            rejected=sum(r.rejected is not None for r in results),
            errors=sum(r.error is not None for r in results),
        )

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _mean(values: Iterable[float | bool]) -> float | None:
    items = [float(v) for v in values]
    return sum(items) / len(items) if items else None


@dataclass
class Report:
    """Page results, and their averages overall and per dataset."""

    results: list[PageResult] = field(default_factory=list)

    def add(self, result: PageResult) -> None:
        self.results.append(result)

    def overall(self) -> Summary:
        return Summary.of(self.results)

    def by_dataset(self) -> dict[str, Summary]:
        groups: dict[str, list[PageResult]] = defaultdict(list)
        for result in self.results:
            if result.dataset is not None:
                groups[result.dataset].append(result)
        return {name: Summary.of(groups[name]) for name in sorted(groups)}

    def worst(self, count: int) -> list[PageResult]:
        """The ``count`` pages with the lowest body F1."""
        scored = [r for r in self.results if r.score is not None]
        scored.sort(key=lambda r: (r.score.f1 if r.score else 0.0, r.id))
        return scored[:count]

    def to_dict(self, worst: int = 0) -> dict[str, Any]:
        return {
            "overall": self.overall().to_dict(),
            "datasets": {k: v.to_dict() for k, v in self.by_dataset().items()},
            "worst": [r.to_dict() for r in self.worst(worst)],
        }


def read_gold(path: str, limit: int | None = None) -> Iterator[dict[str, Any]]:
    """The JSON objects of a gold JSONL file (``.gz`` too), in order; a line that is not an
    object raises :class:`~cleaner.errors.InputError` naming it: gold data must be sound.
    """
    with open_jsonl(path) as handle:
        count = 0
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            if limit is not None and count >= limit:
                return
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{number}: not valid JSON: {exc.msg}") from exc
            if not isinstance(obj, dict):
                raise InputError(f"{path}:{number}: not a JSON object")
            obj.setdefault("_line", number)
            count += 1
            yield obj


def evaluate(
    gold: Iterable[Mapping[str, Any]],
    *,
    text_field: str | None = None,
    html_field: str | None = None,
    url_field: str | None = "url",
    gold_field: str = "gold_body",
    title_field: str | None = "gold_title",
    id_field: str | None = "id",
    config: CleanerConfig | None = None,
    jobs: int = 1,
    site_learning: bool = False,
) -> Report:
    """Clean the page of every gold object, score it.

    The page is the HTML in ``html_field`` when given, else the text in ``text_field``; with
    both, a page whose HTML is missing, null or blank is cleaned from its text (see
    :class:`~cleaner.io.JsonlFields`).

    ``site_learning``: clean the pages as one batch that learns each site's repeated lines
    first (:mod:`cleaner.sitebatch`); a page's site is its URL's host, else its dataset.
    """
    if text_field is None and html_field is None:
        raise ValueError("evaluate() needs a text_field or an html_field")
    fields = JsonlFields(text_field or "", id_field, html_field, url_field, text_field is not None)
    objs = list(gold) if site_learning else gold
    waiting: deque[Mapping[str, Any]] = deque()

    def pages() -> Iterator[Page]:
        for obj in objs:
            waiting.append(obj)
            yield _gold_page(obj, len(waiting), fields)

    batch: Iterable[Page] = pages()
    if site_learning:
        batch = _with_site_tables(batch, _gold_sites(objs, url_field))
    report = Report()
    for outcome in run_pages(batch, config, jobs):
        report.add(
            score_record(
                outcome.record, waiting.popleft(), gold_field=gold_field, title_field=title_field
            )
        )
    return report


def _gold_page(obj: Mapping[str, Any], number: int, fields: JsonlFields) -> Page:
    number = obj.get("_line", number)
    page_id = str(obj.get(fields.id, number)) if fields.id else str(number)
    field, html = page_field(obj, fields)
    text = obj.get(field)
    if not isinstance(text, str):
        return Page(page_id, page_id, page_id, True, error=f"no text in {field!r}")
    url = obj.get(fields.url) if fields.url else None
    url = url if isinstance(url, str) else None
    return Page(page_id, page_id, page_id, True, data=text, html=html, url=url)


def _gold_sites(objs: Iterable[Mapping[str, Any]], url_field: str | None) -> list[str]:
    """Each gold page's site: its URL's host, else its dataset."""
    from cleaner.site import site_key

    sites = []
    for obj in objs:
        url = obj.get(url_field) if url_field else None
        host = site_key(url) if isinstance(url, str) and url.strip() else ""
        sites.append(host if "." in host else f"dataset:{obj.get('dataset')}")
    return sites


def _with_site_tables(pages: Iterable[Page], sites: list[str]) -> Iterator[Page]:
    """Two passes over pages held in memory: learn every site, then attach the tables."""
    from cleaner.site import SiteProfile
    from cleaner.sitebatch import with_site_tables

    held = list(pages)
    site_of = dict(zip((id(page) for page in held), sites, strict=True))
    yield from with_site_tables(held, SiteProfile(), held, lambda page: site_of[id(page)])


def score_records(
    records: Iterable[Mapping[str, Any]],
    gold: Iterable[Mapping[str, Any]],
    *,
    gold_field: str = "gold_body",
    title_field: str | None = "gold_title",
    id_field: str = "id",
) -> Report:
    """Score records made earlier (``cleaner clean`` output), matched to gold by id.

    A gold page with no record scores as an error, so that a lost page costs its F1.
    """
    by_id = {str(record.get("id")): record for record in records}
    report = Report()
    for obj in gold:
        page_id = str(obj.get(id_field))
        record = by_id.get(page_id) or {"id": page_id, "error": "no record for this page"}
        report.add(score_record(record, obj, gold_field=gold_field, title_field=title_field))
    return report
