"""The command line (cleaner.cli), the rows of ``cleaner explain`` (cleaner.explain) and the
batch runner (cleaner.batch).

The cleaning itself is being tuned, so these tests check the CLI's behaviour (records, ids,
files, exit codes, streams) and only robust facts about the cleaned text.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from cleaner import __version__
from cleaner.batch import clean_page, run_pages
from cleaner.cli import cli
from cleaner.document import Document, Rejection, Removal, Span
from cleaner.explain import ExplainRow, explain_rows, format_row, looks_blank
from cleaner.io import Page
from cleaner.output import json_line, render_text
from cleaner.pipeline import STAGE_NAMES, Pipeline

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01"


def news_page(headline: str, *paragraphs: str) -> str:
    """A scraped page: site chrome, the article, and more chrome after it."""
    body = "\n\n".join(paragraphs)
    return (
        "Skip to main content\n"
        "Advertisement\n"
        f"{headline}\n"
        "\n"
        f"{body}\n"
        "\n"
        "Share this article\n"
        "Advertisement\n"
    )


PARK = news_page(
    "City council approves new riverside park after years of debate",
    "The city council voted on Tuesday evening to approve a long-awaited riverside park, ending"
    " a debate that has divided residents and local businesses for nearly a decade.",
    "Supporters of the plan said the park would bring families back to the riverbank and give"
    " the neighbourhood a green space that it has lacked since the old factories closed.",
    "Opponents had argued that the money should be spent on repairing roads and schools, but"
    " several of them said after the vote that they would now work with the council.",
)
STRIKE = news_page(
    "Rail strike disrupts morning commute across the region",
    "Thousands of commuters were left stranded on Monday morning after train drivers walked out"
    " in a dispute over pay and working hours that has lasted since the spring.",
    "The operator said it was running a reduced timetable on the main lines, but warned"
    " passengers that services could be cancelled at short notice throughout the day.",
    "Union leaders said they remained open to talks and blamed the company for refusing to"
    " improve an offer that members had already rejected twice in recent months.",
)
LIBRARY = news_page(
    "Village library reopens with longer hours and a new reading room",
    "The village library reopened its doors on Saturday after a six-month renovation that added"
    " a reading room, new shelving for the children's collection and a ramp at the entrance.",
    "Volunteers who kept a mobile book service running during the closure were thanked at a"
    " small ceremony, where the mayor said the building would now open on three evenings a week.",
)
HARVEST = news_page(
    "Farmers expect a late harvest after the wettest spring on record",
    "Farmers across the valley say the harvest will start at least three weeks later than usual,"
    " after months of heavy rain left many fields too wet for planting until early summer.",
    "The regional farmers' association warned that some smaller growers could struggle to cover"
    " their costs this year, and asked the government to speed up promised support payments.",
)


def invoke(*args: str, input: str | bytes | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=input)


def records(result: Result) -> list[dict[str, Any]]:
    """Every stdout line, parsed: each one must be a JSON object."""
    parsed = [json.loads(line) for line in result.stdout.splitlines()]
    assert all(isinstance(record, dict) for record in parsed)
    return parsed


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    root = tmp_path / "pages"
    write(root / "park.txt", PARK)
    write(root / "2024" / "strike.txt", STRIKE)
    write(root / "2024" / "library.txt", LIBRARY.encode("cp1252"))
    write(root / ".drafts" / "harvest.txt", HARVEST)
    write(root / "notes.md", HARVEST)
    return root


IDS = ["2024/library.txt", "2024/strike.txt", "park.txt"]


# --- cleaner clean: streams and exit codes --------------------------------------------------


def test_clean_dir_to_stdout(pages: Path) -> None:
    result = invoke("clean", str(pages), "-j", "1")
    assert result.exit_code == 0, result.stderr
    found = records(result)
    assert [r["id"] for r in found] == IDS
    assert [r["source"] for r in found] == [str(pages / i) for i in IDS]
    assert all(r["schema"] == 1 and "error" not in r for r in found)


def test_clean_summary_only_on_stderr(pages: Path) -> None:
    result = invoke("clean", str(pages), "-j", "1")
    assert result.stderr.startswith("cleaned 3 pages: ")
    assert "0 failed" in result.stderr and "chars in" in result.stderr
    assert "cleaned" not in result.stdout


def test_clean_quiet_stderr_is_empty(pages: Path) -> None:
    result = invoke("clean", str(pages), "-j", "1", "--quiet")
    assert result.exit_code == 0
    assert result.stderr == ""
    assert len(records(result)) == 3


def test_clean_single_file_id_is_its_name(pages: Path) -> None:
    result = invoke("clean", str(pages / "2024" / "strike.txt"))
    assert [r["id"] for r in records(result)] == ["strike.txt"]


def test_clean_records_say_what_was_removed(pages: Path) -> None:
    (record,) = records(invoke("clean", str(pages / "park.txt")))
    removed = {(r["line"], r["text"]) for r in record["removed"]}
    assert (1, "Skip to main content") in removed
    assert record["encoding"] == "utf-8"


def test_clean_failures_exit_1_and_the_rest_goes_on(pages: Path) -> None:
    write(pages / "empty.txt", b"")
    write(pages / "image.txt", PNG)
    feed = [json.dumps({"text": STRIKE}), "{not json", json.dumps({"text": HARVEST})]
    write(pages / "feed.jsonl", "\n".join(feed) + "\n")
    result = invoke("clean", str(pages), "--glob", "*.txt", "--glob", "*.jsonl", "-j", "1")
    assert result.exit_code == 1
    found = {r["id"]: r for r in records(result)}
    assert set(found) == {*IDS, "empty.txt", "image.txt", "feed.jsonl:1", "feed.jsonl:2",
                          "feed.jsonl:3"}  # fmt: skip
    failed = {i for i, r in found.items() if "error" in r}
    assert failed == {"empty.txt", "image.txt", "feed.jsonl:2"}
    assert found["image.txt"]["source"] == str(pages / "image.txt")
    assert found["feed.jsonl:2"]["source"] == f"{pages / 'feed.jsonl'}:2"
    for name in ("empty.txt", "image.txt", "feed.jsonl:2"):
        assert f"{pages / name}: " in result.stderr
    assert set(found["empty.txt"]) == {"schema", "id", "source", "error"}
    assert "3 failed" in result.stderr


def test_clean_fail_fast_stops_at_the_first_failure(pages: Path) -> None:
    write(pages / "2024" / "0-empty.txt", b"")
    result = invoke("clean", str(pages), "--fail-fast", "-j", "1")
    assert result.exit_code == 1
    assert [r["id"] for r in records(result)] == ["2024/0-empty.txt"]


@pytest.mark.parametrize(
    "args",
    [
        ["clean", "--no-such-option"],
        ["clean", "{pages}", "--disable", "no_such_stage"],
        ["clean", "{pages}", "--disable", "structure"],
        ["clean", "{pages}", "--format", "text"],
        ["clean", "{pages}", "--skip-existing"],
        ["clean", "{pages}", "-o", "{pages}"],
        ["clean", "{pages}/park.txt", "-o", "{pages}", "--format", "text"],
        ["clean", "{pages}/missing.txt"],
        ["clean", "{pages}", "--jobs", "0"],
        ["clean", "{pages}", "-o", "{pages}/park.txt"],
        ["explain", "{pages}"],
        ["no-such-command"],
    ],
    ids=["option", "stage", "required-stage", "text-to-stdout", "skip-to-stdout",
         "output-is-input-dir", "output-is-input-file", "missing-input", "jobs-0",
         "output-is-a-file", "explain-dir", "command"],
)  # fmt: skip
def test_usage_errors_exit_2(pages: Path, args: list[str]) -> None:
    before = sorted(p.name for p in pages.rglob("*"))
    result = invoke(*(arg.format(pages=pages) for arg in args))
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert sorted(p.name for p in pages.rglob("*")) == before


def test_unknown_stage_lists_the_valid_names(pages: Path) -> None:
    result = invoke("clean", str(pages), "--disable", "nope")
    assert all(name in result.stderr for name in STAGE_NAMES)


def test_disable_switches_a_stage_off(pages: Path) -> None:
    result = invoke("clean", str(pages / "park.txt"), "--disable", "chrome")
    (record,) = records(result)
    assert result.exit_code == 0
    assert not any(r["stage"] == "chrome" for r in record["removed"])


def test_config_drop_pattern(pages: Path, tmp_path: Path) -> None:
    config = write(
        tmp_path / "site.toml", '[[drop]]\npattern = "^Share this"\nreason = "site_share"\n'
    )
    (record,) = records(invoke("clean", str(pages / "park.txt"), "--config", str(config)))
    assert {"stage": "custom", "reason": "site_share"}.items() <= next(
        r for r in record["removed"] if r["text"] == "Share this article"
    ).items()


def test_bad_config_is_a_usage_error(pages: Path, tmp_path: Path) -> None:
    config = write(tmp_path / "bad.toml", "disable = 'chrome'\n")
    result = invoke("clean", str(pages), "--config", str(config))
    assert result.exit_code == 2
    assert "disable" in result.stderr


# --- cleaner clean: inputs ------------------------------------------------------------------


def test_clean_stdin_dash() -> None:
    result = invoke("clean", "-", input=PARK)
    assert result.exit_code == 0
    assert [(r["id"], r["source"]) for r in records(result)] == [("<stdin>", "<stdin>")]


def test_clean_stdin_without_paths() -> None:
    result = invoke("clean", input=STRIKE.encode("utf-16"))
    (record,) = records(result)
    assert record["encoding"] == "utf-16"


def test_clean_stdin_jsonl() -> None:
    lines = [json.dumps({"text": PARK}), json.dumps({"text": STRIKE})]
    result = invoke("clean", "-", "--jsonl", "-j", "1", input="\n".join(lines))
    assert [r["id"] for r in records(result)] == ["<stdin>:1", "<stdin>:2"]


def test_clean_jsonl_fields(tmp_path: Path) -> None:
    lines = [
        {"url": "https://example.org/park", "content": PARK},
        {"url": "https://example.org/strike", "content": STRIKE},
        {"url": "https://example.org/broken"},
        {"content": LIBRARY},
    ]
    feed = write(tmp_path / "feed.jsonl", "".join(json.dumps(x) + "\n" for x in lines))
    args = ["clean", str(feed), "--text-field", "content", "--id-field", "url", "-j", "1"]
    result = invoke(*args)
    assert result.exit_code == 1
    found = records(result)
    assert [r["id"] for r in found] == [
        "https://example.org/park",
        "https://example.org/strike",
        "feed.jsonl:3",
        "feed.jsonl:4",
    ]
    assert [r["source"] for r in found] == [f"{feed}:{n}" for n in (1, 2, 3, 4)]
    assert '"content"' in found[2]["error"] and '"url"' in found[3]["error"]
    assert "error" not in found[0] and "error" not in found[1]


def test_clean_walk_skips_hidden_and_symlink_loops(pages: Path) -> None:
    os.symlink(pages, pages / "2024" / "loop")
    result = invoke("clean", str(pages), "-j", "1")
    assert result.exit_code == 0
    assert [r["id"] for r in records(result)] == IDS


# --- cleaner clean: outputs -----------------------------------------------------------------


def test_output_dir_mirrors_the_tree(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = invoke("clean", str(pages), "-o", str(out), "-j", "1")
    assert result.exit_code == 0
    assert result.stdout == ""
    files = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert files == ["2024/library.json", "2024/strike.json", "park.json"]
    record = json.loads((out / "2024" / "strike.json").read_text(encoding="utf-8"))
    assert record["id"] == "2024/strike.txt"
    assert (out / "park.json").read_text().startswith("{\n  ")


def test_output_dir_text_format(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = invoke("clean", str(pages), "-o", str(out), "--format", "text", "-j", "1")
    assert result.exit_code == 0
    stream = {r["id"]: r for r in records(invoke("clean", str(pages), "-j", "1"))}
    for page_id in IDS:
        text = (out / page_id).read_text(encoding="utf-8")
        assert text == render_text(stream[page_id])
        assert "Skip to main content" not in text


def test_output_dir_failed_input_gets_no_file(pages: Path, tmp_path: Path) -> None:
    write(pages / "image.txt", PNG)
    out = tmp_path / "out"
    result = invoke("clean", str(pages), "-o", str(out), "-j", "1")
    assert result.exit_code == 1
    assert not (out / "image.json").exists()
    assert [r["id"] for r in records(result)] == ["image.txt"]


def test_output_dir_inside_the_input_is_not_read_back(pages: Path) -> None:
    out = pages / "clean"
    for _ in range(2):
        result = invoke("clean", str(pages), "-o", str(out), "--format", "text", "-j", "1")
        assert result.exit_code == 0
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*.txt")) == sorted(IDS)


def test_output_jsonl_file(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "results" / "all.jsonl"
    result = invoke("clean", str(pages), "-o", str(out), "-j", "1")
    assert result.exit_code == 0
    assert result.stdout == ""
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == IDS
    assert [p.name for p in out.parent.iterdir()] == ["all.jsonl"]


def test_skip_existing(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert invoke("clean", str(pages), "-o", str(out), "-j", "1").exit_code == 0
    (out / "park.json").write_text("kept as it was")
    (out / "2024" / "strike.json").unlink()
    result = invoke("clean", str(pages), "-o", str(out), "--skip-existing", "-j", "1")
    assert result.exit_code == 0
    assert "cleaned 1 page: 0 rejected, 0 failed, 2 skipped" in result.stderr
    assert (out / "park.json").read_text() == "kept as it was"
    assert json.loads((out / "2024" / "strike.json").read_text())["id"] == "2024/strike.txt"


def test_jobs_2_same_records_in_the_same_order(pages: Path) -> None:
    write(pages / "2024" / "harvest.txt", HARVEST)
    write(pages / "feed.jsonl", "".join(json.dumps({"text": t}) + "\n" for t in (PARK, STRIKE)))
    args = ["clean", str(pages), "--glob", "*.txt", "--glob", "*.jsonl"]
    one = invoke(*args, "--jobs", "1")
    two = invoke(*args, "--jobs", "2")
    assert one.exit_code == two.exit_code == 0, two.stderr
    assert records(two) == records(one)
    assert len(records(one)) == 6


def test_run_pages_pool_keeps_order_and_reports_errors() -> None:
    pages = [Page(f"p{n}", f"p{n}", f"p{n}", False, data=text)
             for n, text in enumerate([PARK, STRIKE, LIBRARY, HARVEST] * 3)]  # fmt: skip
    pages.insert(5, Page("bad", "bad", "bad", False, error="the file is empty"))
    outcomes = run_pages(pages, jobs=2)
    try:
        found = [(o.record["id"], o.error) for o in outcomes]
    finally:
        outcomes.close()  # type: ignore[attr-defined]
    assert found == [(p.id, p.error) for p in pages]


@pytest.mark.parametrize("json_lines", [False, True])
def test_workers_write_json_lines_only_when_asked(json_lines: bool) -> None:
    pages = [Page(f"p{n}", f"p{n}", f"p{n}", False, data=text)
             for n, text in enumerate([PARK, STRIKE, LIBRARY, HARVEST] * 3)]  # fmt: skip
    outcomes = run_pages(pages, jobs=2, json_lines=json_lines)
    try:
        done = list(outcomes)
    finally:
        outcomes.close()  # type: ignore[attr-defined]
    if json_lines:
        assert [o.line for o in done] == [json_line(o.record) for o in done]
    else:
        assert all(o.line is None for o in done)


def test_clean_page_reports_a_bug_with_its_traceback() -> None:
    def broken(doc: Document) -> Document:
        raise ValueError("stage emitted undeclared reasons")

    outcome = clean_page(Pipeline([broken]), Page("a", "a", "a", False, data=PARK))  # type: ignore[list-item]
    assert outcome.error is not None and outcome.error.startswith("internal error")
    assert outcome.detail is not None and "ValueError" in outcome.detail
    assert outcome.record["error"] == outcome.error


# --- cleaner explain ------------------------------------------------------------------------


def test_explain_shows_every_line(pages: Path) -> None:
    result = invoke("explain", str(pages / "park.txt"))
    assert result.exit_code == 0, result.stderr
    rows = result.stdout.splitlines()
    assert len(rows) == PARK.count("\n")
    assert rows[0].split()[:3] == ["1", "DROP", "chrome/skip_link"]
    assert rows[0].endswith("Skip to main content")
    assert any(" KEEP headline " in row for row in rows)
    assert any(" KEEP body " in row for row in rows)
    assert rows[3].split() == ["4", "blank"]
    assert "???" not in result.stdout
    assert "\x1b[" not in result.stdout


def test_explain_color_on_request(pages: Path) -> None:
    result = invoke("explain", str(pages / "park.txt"), "--color")
    assert "\x1b[" in result.stdout


def test_explain_stdin() -> None:
    result = invoke("explain", "-", input=STRIKE)
    assert result.exit_code == 0
    assert "DROP" in result.stdout


def test_explain_binary_file_fails(tmp_path: Path) -> None:
    result = invoke("explain", str(write(tmp_path / "a.txt", PNG)))
    assert result.exit_code == 1
    assert "PNG" in result.stderr and result.stdout == ""


def test_explain_rows_cover_every_fate() -> None:
    text = "Title\n\nParagraph.\nAdvertisement\n\u200b\nLost line\n- bullet"
    doc = Document(
        id="x",
        headline=Span("Title", (1,)),
        bullets=(Span("bullet", (7,)),),
        body=(Span("Paragraph.", (3,)),),
        removed=(Removal(4, "Advertisement", "ads", "ad_label"),),
    )
    rows = explain_rows(doc, text)
    assert [row.label for row in rows] == [
        "KEEP headline",
        "blank",
        "KEEP body",
        "DROP ads/ad_label",
        "blank",
        "???",
        "KEEP bullet",
    ]
    assert [row.number for row in rows] == list(range(1, 8))


def test_explain_rows_flag_a_line_accounted_twice() -> None:
    doc = Document(id="x", body=(Span("A", (1,)),), removed=(Removal(1, "A", "ads", "ad_label"),))
    assert explain_rows(doc, "A")[0].label == "??? accounted_twice"


def test_explain_rows_whole_page_rejection() -> None:
    doc = Document(id="x", rejected=Rejection("input", "too_large"))
    assert [row.label for row in explain_rows(doc, "a\n\nb")] == [
        "DROP input/too_large",
        "blank",
        "DROP input/too_large",
    ]


def test_explain_rows_from_a_real_document() -> None:
    doc = Pipeline.from_config().clean(PARK)
    rows = explain_rows(doc, PARK)
    assert len(rows) == PARK.count("\n")
    assert all(row.fate != "unknown" for row in rows)
    assert rows[0] == ExplainRow(1, "Skip to main content", "drop", None, "chrome", "skip_link")


@pytest.mark.parametrize(
    ("text", "blank"),
    [("", True), ("  \t", True), ("\u200b\xa0", True), ("&nbsp;", True), ("x", False),
     ("&amp;", False)],
    ids=["empty", "spaces", "invisible", "entity", "letter", "other-entity"],
)  # fmt: skip
def test_looks_blank(text: str, blank: bool) -> None:
    assert looks_blank(text) is blank


def test_format_row() -> None:
    row = ExplainRow(12, "Body text", "keep", "body")
    assert format_row(row, 3, 14) == " 12  KEEP body       Body text"


# --- cleaner stages, --version, --help, the installed command -------------------------------


def test_stages_lists_every_stage_in_order() -> None:
    result = invoke("stages")
    assert result.exit_code == 0
    assert [line.split()[0] for line in result.stdout.splitlines()] == list(STAGE_NAMES)
    assert "(your [[drop]] patterns)" in result.stdout
    assert "skip_link" in result.stdout


def test_stages_with_config_shows_its_reasons(tmp_path: Path) -> None:
    config = write(tmp_path / "c.toml", '[[drop]]\npattern = "x"\nreason = "site_promo"\n')
    result = invoke("stages", "--config", str(config))
    assert any(line.split()[:2] == ["custom", "site_promo"] for line in result.stdout.splitlines())


def test_version() -> None:
    result = invoke("--version")
    assert result.exit_code == 0
    assert __version__ in result.stdout


@pytest.mark.parametrize("command", [[], ["clean"], ["explain"], ["stages"], ["eval"]], ids=str)
def test_every_command_has_help(command: list[str]) -> None:
    result = invoke(*command, "--help")
    assert result.exit_code == 0
    assert result.stdout.startswith("Usage: ")
    assert "--help" in result.stdout


def test_every_command_is_tested_for_help() -> None:
    assert set(cli.commands) == {"clean", "explain", "stages", "eval"}


def installed_commands() -> list[list[str]]:
    commands = [[sys.executable, "-m", "cleaner"]]
    script = shutil.which("cleaner", path=os.path.dirname(sys.executable)) or shutil.which(
        "cleaner"
    )
    if script:
        commands.append([script])
    return commands


@pytest.mark.parametrize("command", installed_commands(), ids=lambda c: os.path.basename(c[-1]))
def test_installed_command(command: list[str], tmp_path: Path) -> None:
    page = write(tmp_path / "park.txt", PARK)
    done = subprocess.run(
        [*command, "clean", str(page)], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    (line,) = done.stdout.splitlines()
    assert json.loads(line)["id"] == "park.txt"
    assert done.stderr.startswith("cleaned 1 page")
