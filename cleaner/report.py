"""The batch report: one self-contained HTML page about a ``cleaner clean`` run.

Pages in and out, rejections and failures with their reasons, removals per stage and reason
(an SVG bar chart drawn here), the lines removed most often on each site, body length
before and after, the language mix. Inline CSS and SVG only: the page opens anywhere, with
no network. Memory stays bounded however long the batch: counters are pruned, lengths are
kept as histogram buckets.
"""

from __future__ import annotations

import html
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from cleaner import __version__
from cleaner.batch import Outcome

#: Removed lines remembered per site for "most removed lines"; when full, the rarer half is
#: forgotten (the ones shown recur on many pages, so they survive the pruning).
MAX_LINES_PER_SITE = 2000
#: Sites remembered for that table; later sites are counted together as "other sites".
MAX_SITES = 5000
#: Sites and lines per site shown in the report.
SHOWN_SITES = 15
SHOWN_LINES = 8
#: Longest line text shown, in characters.
SHOWN_CHARS = 120
#: Upper bounds (characters) of the length histogram's buckets; the last is open.
LENGTH_BUCKETS = (0, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000)
OTHER_SITES = "(other sites)"


@dataclass
class BatchReport:
    """Counts gathered from the outcomes of a run, then written as HTML."""

    command: str = ""
    pages: int = 0
    written: int = 0
    rejected: Counter[str] = field(default_factory=Counter)
    failed: Counter[str] = field(default_factory=Counter)
    removals: Counter[tuple[str, str]] = field(default_factory=Counter)
    languages: Counter[str] = field(default_factory=Counter)
    duplicates: int = 0
    site_lines: dict[str, Counter[str]] = field(default_factory=dict)
    chars_in: int = 0
    chars_out: int = 0
    lengths_in: list[int] = field(default_factory=lambda: [0] * (len(LENGTH_BUCKETS) + 1))
    lengths_out: list[int] = field(default_factory=lambda: [0] * (len(LENGTH_BUCKETS) + 1))
    started: float = field(default_factory=time.time)

    def watch(self, outcomes: Iterable[Outcome]) -> Iterator[Outcome]:
        """The outcomes, unchanged, each one counted on its way through."""
        for outcome in outcomes:
            self.add(outcome)
            yield outcome

    def add(self, outcome: Outcome) -> None:
        self.pages += 1
        record = outcome.record
        if outcome.error is not None:
            self.failed[_first_line(outcome.error)] += 1
            return
        rejected = record.get("rejected")
        if rejected:
            self.rejected[f"{rejected['stage']}/{rejected['reason']}"] += 1
        else:
            self.written += 1
            self.languages[record.get("language") or "unknown"] += 1
        if (record.get("meta") or {}).get("duplicate_of"):
            self.duplicates += 1
        self.chars_in += outcome.chars_in
        self.chars_out += outcome.chars_out
        self.lengths_in[_bucket(outcome.chars_in)] += 1
        self.lengths_out[_bucket(outcome.chars_out)] += 1
        lines = self._site_counter(outcome.site or _site_of(outcome))
        for removal in record.get("removed") or ():
            self.removals[(removal["stage"], removal["reason"])] += 1
            text = " ".join(str(removal["text"]).split())
            if text:
                lines[text[:SHOWN_CHARS]] += 1
        if len(lines) > MAX_LINES_PER_SITE:
            kept = dict(lines.most_common(MAX_LINES_PER_SITE // 2))
            lines.clear()
            lines.update(kept)

    def _site_counter(self, site: str) -> Counter[str]:
        found = self.site_lines.get(site)
        if found is None:
            if len(self.site_lines) >= MAX_SITES:
                site = OTHER_SITES
            found = self.site_lines.setdefault(site, Counter())
        return found

    # --- the page ---------------------------------------------------------------------

    def to_html(self) -> str:
        failed = sum(self.failed.values())
        rejected = sum(self.rejected.values())
        numbers = [
            ("pages in", self.pages),
            ("records out", self.written),
            ("rejected", rejected),
            ("failed", failed),
            ("duplicates flagged", self.duplicates),
            ("lines removed", sum(self.removals.values())),
        ]
        parts = [
            _HEAD,
            "<h1>cleaner batch report</h1>",
            f'<p class="meta">cleaner {_e(__version__)}, {_e(_when(self.started))}'
            + (f": <code>{_e(self.command)}</code></p>" if self.command else "</p>"),
            '<div class="cards">',
            *(
                f'<div class="card" data-key="{_e(label)}"><b>{value:,}</b>{_e(label)}</div>'
                for label, value in numbers
            ),
            "</div>",
            "<h2>Removals per stage and reason</h2>",
            _bar_chart([(f"{s}/{r}", n) for (s, r), n in self.removals.most_common()]),
            "<h2>Rejected and failed pages</h2>",
            _table(("reason", "pages"), [("rejected: " + k, v) for k, v in self.rejected.items()])
            if self.rejected or self.failed
            else "<p>None.</p>",
            _table(("error", "pages"), self.failed.most_common(20)) if self.failed else "",
            "<h2>Body length before and after</h2>",
            f"<p>{self.chars_in:,} characters in, {self.chars_out:,} out"
            f" ({_share(self.chars_out, self.chars_in)} kept).</p>",
            self._length_table(),
            "<h2>Languages</h2>",
            _table(("language", "records"), self.languages.most_common()),
            "<h2>Most removed lines per site</h2>",
            self._site_tables(),
            "</body></html>",
        ]
        return "\n".join(p for p in parts if p)

    def _length_table(self) -> str:
        labels = [f"≤ {b:,}" for b in LENGTH_BUCKETS] + [f"> {LENGTH_BUCKETS[-1]:,}"]
        rows = [
            (label, n_in, n_out)
            for label, n_in, n_out in zip(labels, self.lengths_in, self.lengths_out, strict=True)
            if n_in or n_out
        ]
        return _table(("characters", "pages before", "pages after"), rows)

    def _site_tables(self) -> str:
        busiest = sorted(self.site_lines.items(), key=lambda kv: -sum(kv[1].values()))
        out = []
        for site, lines in busiest[:SHOWN_SITES]:
            if not lines:
                continue
            out.append(f"<h3>{_e(site)}</h3>")
            out.append(_table(("line", "times removed"), lines.most_common(SHOWN_LINES)))
        return "\n".join(out) or "<p>None.</p>"


def _bucket(chars: int) -> int:
    for i, bound in enumerate(LENGTH_BUCKETS):
        if chars <= bound:
            return i
    return len(LENGTH_BUCKETS)


def _site_of(outcome: Outcome) -> str:
    from cleaner.site import file_site

    return file_site(outcome.name, outcome.jsonl)


def _first_line(text: str) -> str:
    return text.strip().split("\n")[0][:SHOWN_CHARS]


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "-"


def _when(started: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(started))


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in header)
    body = (
        "".join("<tr>" + "".join(_cell(v) for v in row) + "</tr>" for row in rows)
        or f'<tr><td colspan="{len(header)}">None.</td></tr>'
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _cell(value: object) -> str:
    if isinstance(value, int):
        return f'<td class="n">{value:,}</td>'
    return f"<td>{_e(value)}</td>"


#: Bar chart geometry (pixels).
_LABEL_W, _BAR_W, _ROW_H = 260, 420, 22


def _bar_chart(rows: Sequence[tuple[str, int]]) -> str:
    """A horizontal bar chart as inline SVG, one bar a row, with its label and value."""
    if not rows:
        return "<p>No line was removed.</p>"
    top = max(n for _, n in rows) or 1
    width, height = _LABEL_W + _BAR_W + 80, _ROW_H * len(rows) + 10
    bars = []
    for i, (label, n) in enumerate(rows):
        y = 5 + i * _ROW_H
        w = max(1, round(_BAR_W * n / top))
        bars.append(
            f'<text x="{_LABEL_W - 6}" y="{y + 15}" text-anchor="end">{_e(label)}</text>'
            f'<rect x="{_LABEL_W}" y="{y + 3}" width="{w}" height="{_ROW_H - 6}">'
            f"<title>{_e(label)}: {n:,}</title></rect>"
            f'<text x="{_LABEL_W + w + 6}" y="{y + 15}" class="v">{n:,}</text>'
        )
    return (
        f'<svg class="chart" role="img" aria-label="removals per stage and reason"'
        f' width="{width}" height="{height}" viewBox="0 0 {width} {height}"'
        f' xmlns="http://www.w3.org/2000/svg">{"".join(bars)}</svg>'
    )


_HEAD = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>cleaner batch report</title>
<style>
body { font: 15px/1.45 system-ui, sans-serif; margin: 2em auto; max-width: 980px;
       color: #1d2330; padding: 0 1em; }
h1 { margin-bottom: .2em; } h2 { margin-top: 1.8em; border-bottom: 1px solid #d5d9e0; }
.meta { color: #5b6475; }
.cards { display: flex; flex-wrap: wrap; gap: .8em; margin: 1.2em 0; }
.card { background: #f1f4f9; border-radius: 6px; padding: .6em 1em; min-width: 8em; }
.card b { display: block; font-size: 1.6em; }
table { border-collapse: collapse; margin: .6em 0 1em; }
th, td { border-bottom: 1px solid #e3e6eb; padding: .25em .8em; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.chart text { font: 12px system-ui, sans-serif; fill: #1d2330; }
.chart rect { fill: #3b6fd4; } .chart .v { fill: #5b6475; }
</style></head><body>"""
