"""The accuracy measure (cleaner.evaluate) and ``cleaner eval``, on gold pages written here."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleaner.cli import cli
from cleaner.evaluate import Report, Score, score_record, score_records

ARTICLE = (
    "The city council voted on Tuesday evening to approve a long-awaited riverside park, ending"
    " a debate that has divided residents and local businesses for nearly a decade."
)
SECOND = (
    "Supporters of the plan said the park would bring families back to the riverbank and give"
    " the neighbourhood a green space that it has lacked since the old factories closed."
)
HEADLINE = "City council approves new riverside park after years of debate"


def test_score_counts_repeated_tokens_once_per_occurrence() -> None:
    score = Score.of("the the cat", "the cat sat")
    assert score is not None
    assert score.precision == pytest.approx(2 / 3)
    assert score.recall == pytest.approx(2 / 3)
    assert score.f1 == pytest.approx(2 / 3)


def test_score_is_case_blind_and_ignores_punctuation() -> None:
    assert Score.of("Hello, World!", "hello world") == Score(1.0, 1.0, 1.0)


def test_empty_prediction_scores_zero_and_empty_gold_is_not_scored() -> None:
    assert Score.of("", "some gold words") == Score(0.0, 0.0, 0.0)
    assert Score.of("anything", "  ") is None


def test_score_record_lists_kept_junk_and_lost_paragraphs() -> None:
    record = {
        "id": "a",
        "headline": HEADLINE,
        "bullets": [],
        "body": [ARTICLE, "Share on Facebook"],
    }
    gold = {"gold_body": f"{ARTICLE}\n{SECOND}", "gold_title": HEADLINE + " ", "dataset": "x"}
    result = score_record(record, gold)
    assert result.headline_ok is True
    assert result.kept_junk == ("Share on Facebook",)
    assert result.lost == (SECOND,)
    assert result.dataset == "x"
    assert result.score is not None and 0 < result.score.f1 < 1


def test_snippets_are_looked_for_in_headline_bullets_and_body() -> None:
    record = {"id": "a", "headline": HEADLINE, "bullets": ["A bullet"], "body": [ARTICLE]}
    gold = {"gold_with": ["riverside park", "A bullet", "missing"], "gold_without": ["Cookie"]}
    result = score_record(record, gold)
    assert result.snippets_with == (True, True, False)
    assert result.snippets_without == (True,)


def test_snippets_and_headlines_are_compared_without_invisible_characters() -> None:
    # A cleaner drops soft hyphens and invisible separators; a gold snippet or title may
    # hold them as the page did. Either way the reader sees the same text.
    record = {"id": "a", "headline": "Soup of the day", "bullets": [], "body": ["Add 2 cups rice"]}
    gold = {
        "gold_title": "Soup of the\u00a0day\u200b",
        "gold_with": ["2 cups rice\u2063", "Add 2 cups ri\u00adce"],
        "gold_without": ["cups\ufeff rice"],
    }
    result = score_record(record, gold)
    assert result.headline_ok is True
    assert result.snippets_with == (True, True)
    assert result.snippets_without == (False,)


def test_gold_boilerplate_left_in_the_body_is_counted() -> None:
    comment = "I could not agree more with the council on this"
    record = {"id": "a", "headline": HEADLINE, "bullets": [], "body": [ARTICLE, comment]}
    meta = {
        "gold_comments": f"{comment}\nThanks!",  # too short to count
        "gold_related": "Council votes on the budget next week\n" + ARTICLE[:60],
    }
    result = score_record(record, {"gold_body": ARTICLE, "meta": meta})
    # The related line is gone; the one that is also in the gold body does not count.
    assert result.boilerplate_left == (True, False)
    summary = Report([result]).overall()
    assert (summary.boilerplate, summary.boilerplate_left) == (2, 0.5)


def test_a_gold_page_without_a_record_costs_its_score() -> None:
    gold = [{"id": "1", "gold_body": ARTICLE}, {"id": "2", "gold_body": SECOND}]
    records = [{"id": "1", "body": [ARTICLE]}]
    report = score_records(records, gold)
    assert [r.error for r in report.results] == [None, "no record for this page"]
    assert report.overall().f1 == pytest.approx(0.5)


def test_report_groups_by_dataset_and_orders_the_worst_first() -> None:
    report = Report()
    report.add(
        score_record({"id": "good", "body": [ARTICLE]}, {"gold_body": ARTICLE, "dataset": "a"})
    )
    report.add(
        score_record({"id": "bad", "body": [SECOND]}, {"gold_body": ARTICLE, "dataset": "b"})
    )
    assert list(report.by_dataset()) == ["a", "b"]
    assert [r.id for r in report.worst(2)] == ["bad", "good"]
    assert json.loads(json.dumps(report.to_dict(1)))["worst"][0]["id"] == "bad"


def write_gold(path: Path) -> None:
    page = (
        f"Skip to main content\nAdvertisement\n{HEADLINE}\n\n{ARTICLE}\n\n{SECOND}\n\nShare this\n"
    )
    rows = [
        {
            "id": "p1",
            "dataset": "d",
            "text": page,
            "gold_body": f"{ARTICLE}\n{SECOND}",
            "gold_title": HEADLINE,
        },
        {"id": "p2", "dataset": "d", "text": page, "gold_body": "zebra quartz oblique nowhere"},
    ]
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row) + "\n")


def test_cli_eval_prints_per_dataset_rows_and_the_worst_page(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl.gz"
    write_gold(gold)
    result = CliRunner().invoke(cli, ["eval", str(gold), "--text-field", "text", "-j", "1"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split()[:5] == ["dataset", "pages", "P", "R", "F1"]
    all_row = next(line for line in lines if line.startswith("ALL"))
    assert all_row.split()[1] == "2"
    assert all_row.split()[5] == "1.000"  # the headline of the one page with a gold title
    assert any(line.startswith("p2 [d] F1 0.000 (P 0.000 R 0.000)") for line in lines)


def test_cli_eval_json_and_the_f1_floor(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl.gz"
    write_gold(gold)
    args = ["eval", str(gold), "--text-field", "text", "-j", "1", "--json"]
    result = CliRunner().invoke(cli, args + ["--min-f1", "0.99"])
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["overall"]["scored"] == 2
    assert 0.4 < report["overall"]["f1"] < 0.6
    assert CliRunner().invoke(cli, args + ["--min-f1", "0.4"]).exit_code == 0


def test_cli_eval_scores_records_made_by_clean(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl.gz"
    write_gold(gold)
    runner = CliRunner()
    made = runner.invoke(
        cli, ["clean", str(gold), "--text-field", "text", "--id-field", "id", "-j", "1"]
    )
    records = tmp_path / "out.jsonl"
    records.write_text(made.stdout, encoding="utf-8")
    direct = runner.invoke(cli, ["eval", str(gold), "--text-field", "text", "-j", "1", "--json"])
    scored = runner.invoke(cli, ["eval", str(gold), "--records", str(records), "--json"])
    assert scored.exit_code == 0, scored.output
    assert json.loads(scored.stdout)["overall"] == json.loads(direct.stdout)["overall"]


def test_cli_eval_wants_text_field_or_records(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl.gz"
    write_gold(gold)
    assert CliRunner().invoke(cli, ["eval", str(gold)]).exit_code == 2


def test_cli_eval_falls_back_to_the_text_of_a_page_without_html(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl.gz"
    html = f"<html><body><article><h1>{HEADLINE}</h1><p>{ARTICLE}</p><p>{SECOND}</p></article>"
    rows = [
        {"id": "h", "html": html + "</body></html>", "gold_body": f"{ARTICLE}\n{SECOND}"},
        {"id": "t", "html": None, "text": f"{HEADLINE}\n\n{ARTICLE}\n\n{SECOND}\n",
         "gold_body": f"{ARTICLE}\n{SECOND}"},
    ]  # fmt: skip
    with gzip.open(gold, "wt", encoding="utf-8") as handle:
        handle.writelines(json.dumps(row) + "\n" for row in rows)
    args = ["eval", str(gold), "--html-field", "html", "-j", "1", "--json"]
    both = CliRunner().invoke(cli, [*args, "--text-field", "text"])
    assert both.exit_code == 0, both.output
    assert json.loads(both.stdout)["overall"]["scored"] == 2
    assert json.loads(both.stdout)["overall"]["f1"] == pytest.approx(1.0)
    alone = json.loads(CliRunner().invoke(cli, args).stdout)["overall"]
    assert alone["errors"] == 1
