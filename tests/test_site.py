"""Site learning: the profile, the ``site`` stage, and the batch modes of ``cleaner clean``."""

from __future__ import annotations

import doctest
import gzip
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import cleaner.site
from cleaner.cli import cli
from cleaner.document import Document
from cleaner.errors import InputError
from cleaner.pipeline import Pipeline, clean
from cleaner.site import (
    MIN_PAGES,
    SiteProfile,
    SiteTable,
    line_hash,
    normalise,
    page_hashes,
    site_key,
    threshold,
)
from cleaner.stages.site import OWN_TEXT_MIN_PAGES, SiteRepeatedStage

NOUNS = (
    "river", "council", "harbour", "village", "engineer", "festival", "library", "station",
    "garden", "market", "bridge", "orchard", "museum", "ferry", "quarry", "tannery",
)  # fmt: skip
BANNER = "Lakeside Courier"
#: A house notice that no line rule knows (chrome takes "Sign up for ..." pitches itself).
PITCH = (
    "The Lakeside Courier morning briefing brings the stories that matter to the valley to"
    " its readers before breakfast, every weekday."
)
FOOTER = (
    "The Lakeside Courier is an independent newspaper owned by its readers; every story is"
    " checked by two editors before it is published online."
)
#: Short lines the site puts between the paragraphs of every story: not prose, not the
#: page's own text, so three pages are enough to take them as the site's.
INSERTS = ("Pictures from the valley desk", "Listen to the morning bulletin")


def story(i: int) -> list[str]:
    """Prose that differs from page to page: each page has its own nouns and numbers."""
    paragraphs = []
    for p in range(5):
        a, b, c = (NOUNS[(i * 5 + p * 3 + k) % len(NOUNS)] for k in range(3))
        paragraphs.append(
            f"The {a} committee met on day {i * 10 + p} to discuss the {b}, and members agreed"
            f" that the {c} would reopen once inspectors had finished their work on site."
            f" Residents of the {b} district said the delay of {p + i} weeks had been hard."
        )
    return paragraphs


def tag(i: int) -> str:
    """A word of its own for page ``i`` (digits are folded, so numbers do not tell pages apart)."""
    return "".join(chr(ord("a") + int(d)) for d in str(i))


def site_page(i: int, *, repeated: bool = True) -> str:
    noun = NOUNS[i % len(NOUNS)].title()
    lines = [BANNER, "", f"{noun} works delayed again in week {i}, file {tag(i)}", ""]
    for p, paragraph in enumerate(story(i)):
        lines += [paragraph, ""]
        if repeated and p in (1, 3):
            lines += [INSERTS[p // 2], ""]
    if repeated:
        lines += [PITCH, "", FOOTER]
    return "\n".join(lines) + "\n"


def profile_of(pages: list[str], site: str = "lakeside.example") -> SiteProfile:
    profile = SiteProfile()
    for text in pages:
        profile.observe(site, page_hashes(text.split("\n")))
    return profile


def test_doctests() -> None:
    assert doctest.testmod(cleaner.site, optionflags=doctest.ELLIPSIS).failed == 0


def test_normalise_folds_case_accents_digits_and_punctuation() -> None:
    assert normalise("Newsletter: Sign up — 2024!") == normalise("newsletter sign up 1999")
    assert line_hash("Crème brûlée, 12 €") == line_hash("creme brulee 99")
    assert line_hash(" --- ") is None


@pytest.mark.parametrize(
    ("url", "name", "expected"),
    [
        ("https://www.Example.co.uk/news/1", None, "example.co.uk"),
        ("http://news.example.com/a", "x.jsonl", "news.example.com"),
        (None, "a/b/page.txt", "dir:a/b"),
        (None, "page.txt", "dir:."),
        ("not a url", None, "<stdin>"),
    ],
    ids=["www", "subdomain", "directory", "top", "bad-url"],
)
def test_site_key(url: str | None, name: str | None, expected: str) -> None:
    assert site_key(url, name) == expected


def test_threshold_is_the_larger_of_pages_and_share() -> None:
    assert threshold(2) == MIN_PAGES
    assert threshold(10_000) == 500


def test_profile_counts_pages_once_and_a_copy_not_at_all() -> None:
    profile = profile_of([site_page(i) for i in range(4)])
    assert profile.observe("lakeside.example", page_hashes(site_page(0).split("\n"))) is False
    table = profile.table_for_text("lakeside.example", site_page(0))
    assert table.pages == 4
    assert table.counts[line_hash(FOOTER)] == 4  # type: ignore[index]
    assert line_hash(story(0)[0]) not in table.counts  # on one page only: not sent


def test_profile_stays_within_its_bound() -> None:
    profile = SiteProfile(max_entries=40)
    for i in range(12):
        profile.observe("lakeside.example", page_hashes(site_page(i).split("\n")))
    assert profile.entries <= 40
    assert profile.pruned_below >= 1
    # Lines on every page survive the pruning; one-page lines went first.
    assert profile.sites["lakeside.example"].counts[line_hash(FOOTER)] >= 1  # type: ignore[index]


@pytest.mark.parametrize("name", ["profile.json", "profile.json.gz"])
def test_profile_round_trip(tmp_path: Path, name: str) -> None:
    profile = profile_of([site_page(i) for i in range(3)])
    path = tmp_path / name
    profile.save(path)
    loaded = SiteProfile.load(path)
    assert loaded.to_dict() == profile.to_dict()
    assert loaded.observe("lakeside.example", page_hashes(site_page(1).split("\n"))) is False


def test_profile_load_errors_say_what(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text("[1, 2]")
    with pytest.raises(InputError, match="not a site profile"):
        SiteProfile.load(path)
    path.write_text('{"version": 99}')
    with pytest.raises(InputError, match="version"):
        SiteProfile.load(path)


def removed_by_site(doc: Document) -> dict[str, int | None]:
    return {r.text: r.count for r in doc.removed if r.stage == "site"}


def test_site_stage_removes_repeated_lines_with_reason_and_count() -> None:
    pages = [site_page(i) for i in range(6)]
    profile = profile_of(pages)
    doc = clean(pages[2], site=profile.table_for_text("lakeside.example", pages[2]))
    removed = removed_by_site(doc)
    assert removed == {INSERTS[0]: 6, INSERTS[1]: 6}
    assert {r.reason for r in doc.removed if r.stage == "site"} == {"site_repeated"}
    assert INSERTS[0] not in doc.text and all(p in doc.text for p in story(2))
    record = doc.to_dict()
    site_rows = [r for r in record["removed"] if r["stage"] == "site"]
    assert all(r["count"] == 6 for r in site_rows)
    assert Document.from_dict(record) == Document.from_dict(json.loads(json.dumps(record)))


def stage_alone(profile: SiteProfile, text: str) -> dict[str, int | None]:
    table = profile.table_for_text("lakeside.example", text)
    return removed_by_site(SiteRepeatedStage(table)(Document.from_text(text)))


def test_repeated_prose_needs_the_own_text_bar() -> None:
    """A notice that reads like prose is on every page of a small site: it stays, in the
    body's core as after it, until the site has OWN_TEXT_MIN_PAGES pages in the batch."""
    notice = (
        "Readers may send the editors a note about any story; the notes are read every"
        " morning and a selection is printed on Saturdays."
    )

    def page(i: int) -> str:
        paragraphs = story(i)
        return "\n\n".join([*paragraphs[:2], notice, *paragraphs[2:], PITCH]) + "\n"

    small = [page(i) for i in range(OWN_TEXT_MIN_PAGES - 1)]
    kept = clean(small[0], site=profile_of(small).table_for_text("lakeside.example", small[0]))
    assert notice in kept.text and PITCH in kept.text
    assert removed_by_site(kept) == {}
    assert stage_alone(profile_of(small), small[0]) == {}

    large = [page(i) for i in range(OWN_TEXT_MIN_PAGES)]
    gone = stage_alone(profile_of(large), large[0])
    assert gone == {notice: OWN_TEXT_MIN_PAGES, PITCH: OWN_TEXT_MIN_PAGES}
    doc = clean(large[0], site=profile_of(large).table_for_text("lakeside.example", large[0]))
    assert {r.reason for r in doc.removed if r.text == notice} == {"site_repeated"}
    assert all(p in doc.text for p in story(0))


def test_a_piece_of_the_pages_own_paragraph_stays() -> None:
    """A converter that splits a sentence around its links leaves a piece that every page
    has ("by"): it is part of a paragraph with the page's own words, so it stays."""

    def page(i: int) -> str:
        paragraphs = story(i)
        piece = [f"The {NOUNS[i]} report was written", "by", f"{NOUNS[i + 1]} staff on day {i}."]
        return "\n\n".join([*paragraphs[:2], "\n".join(piece), *paragraphs[2:]]) + "\n"

    pages = [page(i) for i in range(6)]
    profile = profile_of(pages)
    assert profile.table_for_text("lakeside.example", pages[0]).counts[line_hash("by")] == 6  # type: ignore[index]
    assert stage_alone(profile, pages[0]) == {}


def test_lines_above_the_first_prose_paragraph_are_the_pages_own() -> None:
    """The banner above the headline is on every page; on a small site it is left to the
    structure stage (before_headline), on a large one the site stage takes it."""
    small = [site_page(i) for i in range(5)]
    assert BANNER not in stage_alone(profile_of(small), small[0])
    large = [site_page(i) for i in range(OWN_TEXT_MIN_PAGES)]
    assert stage_alone(profile_of(large), large[0])[BANNER] == OWN_TEXT_MIN_PAGES


def test_the_authors_sign_off_under_the_post_stays() -> None:
    """A blogger signs every post ("-Jodi"): the line is on every page of the site, but
    under the post's last paragraph it is part of the post. The same line after a list of
    links (not prose) is the site's."""

    def page(i: int) -> str:
        return "\n\n".join([*story(i), "-Jodi", *INSERTS, "-Jodi"]) + "\n"

    pages = [page(i) for i in range(6)]
    removed = stage_alone(profile_of(pages), pages[0])
    assert removed == {INSERTS[0]: 6, INSERTS[1]: 6, "-Jodi": 6}
    lines = pages[0].split("\n")
    kept = SiteRepeatedStage(profile_of(pages).table_for_text("lakeside.example", pages[0]))(
        Document.from_text(pages[0])
    )
    gone = {r.number for r in kept.removed}
    assert lines.index("-Jodi") + 1 not in gone
    assert len(lines) - lines[::-1].index("-Jodi") in gone


def test_a_date_line_is_the_pages_own() -> None:
    """Stories published the same day carry the same date line: on a small site it is on
    several pages, yet it is each page's own date, not the site's furniture."""

    def page(i: int) -> str:
        return "\n\n".join([*story(i)[:2], "Nov 9, 2012 5:30 pm UTC", *story(i)[2:], *INSERTS])

    pages = [page(i) for i in range(6)]
    assert stage_alone(profile_of(pages), pages[0]) == {INSERTS[0]: 6, INSERTS[1]: 6}


def test_an_ads_code_above_the_headline_is_not_prose() -> None:
    """A wrapped ad tag ("[pos=Top,Box1,...?]") has tokens enough and ends with "?]", yet
    the headline under it is still above the page's first paragraph of prose."""
    code = ",\n".join(",".join(f"Box{n}" for n in range(k, k + 8)) for k in (1, 9))
    headline = "Ferry service returns to the harbour after two years"
    banner = "\n".join([f"[ads={code},pos=Top?]", "", BANNER, ""])

    def page(i: int) -> str:
        top = f"{banner}{headline}\n\n" if i == 0 else f"{banner}{NOUNS[i]} news {tag(i)}\n\n"
        teaser = f"\n\n{headline}" if i in (1, 2) else ""
        return top + "\n\n".join(story(i)) + teaser + "\n"

    pages = [page(i) for i in range(3)]
    assert headline not in stage_alone(profile_of(pages), pages[0])
    assert stage_alone(profile_of(pages), pages[1])[headline] == 3


def test_headline_zone_needs_half_the_site() -> None:
    """A story's headline listed as a teaser on other pages stays on its own page, even on
    a site large enough for the own-text bar, until it is on half the site's pages."""
    headline = "Ferry service returns to the harbour after two years"
    pages = [site_page(i) for i in range(50)]
    teasers = OWN_TEXT_MIN_PAGES + 1
    pages = pages[:1] + [p + f"\n{headline}\n" for p in pages[1:teasers]] + pages[teasers:]
    pages[0] = f"{headline}\n\n" + pages[0].replace(BANNER + "\n\n", "", 1)
    profile = profile_of(pages)
    assert headline not in stage_alone(profile, pages[0])
    assert stage_alone(profile, pages[1])[headline] == teasers
    own = clean(pages[0], site=profile.table_for_text("lakeside.example", pages[0]))
    assert own.headline is not None and own.headline.text == headline


def test_without_a_table_the_stage_does_nothing() -> None:
    text = site_page(1)
    plain = clean(text)
    assert clean(text, site=SiteTable("lakeside.example", 0, {})) == plain
    assert SiteRepeatedStage()(Document.from_text(text)) == Document.from_text(text)
    assert "site" in [s.name for s in Pipeline.from_config().stages]


def test_site_stage_can_be_disabled() -> None:
    pages = [site_page(i) for i in range(5)]
    table = profile_of(pages).table_for_text("lakeside.example", pages[0])
    pipeline = Pipeline.from_config(cleaner.CleanerConfig().with_disabled(["site"]))
    assert removed_by_site(pipeline.clean(pages[0], site=table)) == {}


# --- the command line -----------------------------------------------------------------------


def write_site(root: Path, count: int = 5) -> None:
    for i in range(count):
        (root / f"story{i}.txt").write_text(site_page(i), encoding="utf-8")


def records(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


def site_rows(record: dict) -> list[dict]:
    return [r for r in record["removed"] if r["reason"] == "site_repeated"]


def test_cli_two_passes_over_a_directory(tmp_path: Path) -> None:
    write_site(tmp_path)
    result = CliRunner().invoke(cli, ["clean", str(tmp_path), "-j", "1", "--site-learning"])
    assert result.exit_code == 0, result.stderr
    out = records(result.stdout)
    assert len(out) == 5
    for record in out:  # every page, the first ones too, sees the whole batch
        assert {r["text"] for r in site_rows(record)} == set(INSERTS)
        assert {r["count"] for r in site_rows(record)} == {5}


def test_cli_without_site_learning_keeps_the_footer(tmp_path: Path) -> None:
    write_site(tmp_path)
    result = CliRunner().invoke(cli, ["clean", str(tmp_path), "-j", "1"])
    assert result.exit_code == 0
    assert not any(site_rows(r) for r in records(result.stdout))


def test_cli_stdin_learns_as_it_goes() -> None:
    lines = [
        json.dumps({"text": site_page(i), "url": f"https://lakeside.example/{i}"}) for i in range(5)
    ]
    result = CliRunner().invoke(
        cli, ["clean", "--jsonl", "--site-learning", "-j", "1"], input="\n".join(lines)
    )
    assert result.exit_code == 0, result.stderr
    counts = [sorted(r["count"] for r in site_rows(rec)) for rec in records(result.stdout)]
    assert counts[: MIN_PAGES - 1] == [[]] * (MIN_PAGES - 1)
    assert counts[MIN_PAGES - 1] == [MIN_PAGES] * len(INSERTS)
    assert counts[-1] == [5] * len(INSERTS)


def test_cli_site_profile_is_saved_and_reused(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    write_site(first, 4)
    (second / "story9.txt").write_text(site_page(9), encoding="utf-8")
    profile = tmp_path / "sites.json.gz"
    runner = CliRunner()
    for _ in range(2):  # the same batch twice: its pages count once
        result = runner.invoke(
            cli, ["clean", str(first), "-j", "1", "--site-profile", str(profile)]
        )
        assert result.exit_code == 0, result.stderr
    saved = json.loads(gzip.decompress(profile.read_bytes()))
    assert saved["sites"]["dir:."]["pages"] == 4
    result = runner.invoke(cli, ["clean", str(second), "-j", "1", "--site-profile", str(profile)])
    (record,) = records(result.stdout)
    assert {r["text"]: r["count"] for r in site_rows(record)} == dict.fromkeys(INSERTS, 5)


def test_cli_bad_site_profile_is_a_usage_error(tmp_path: Path) -> None:
    write_site(tmp_path, 1)
    bad = tmp_path / "bad.json"
    bad.write_text("not json")
    result = CliRunner().invoke(
        cli, ["clean", str(tmp_path / "story0.txt"), "--site-profile", str(bad)]
    )
    assert result.exit_code == 2
    assert "site profile" in result.stderr


def test_eval_site_learning_prints_both_tables(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    rows = [
        {
            "id": str(i),
            "dataset": "synthetic",
            "url": f"https://lakeside.example/{i}",
            "scraped_text": site_page(i),
            "gold_body": "\n".join(story(i)),
            "gold_title": "",
        }
        for i in range(5)
    ]
    gold.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    args = ["eval", str(gold), "--text-field", "scraped_text", "-j", "1", "--worst", "0"]
    result = CliRunner().invoke(cli, [*args, "--site-learning", "--json"])
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    with_, without = report["with_site_learning"], report["without_site_learning"]
    assert with_["overall"]["precision"] > without["overall"]["precision"]
    assert with_["overall"]["recall"] == without["overall"]["recall"]
    text = CliRunner().invoke(cli, [*args, "--site-learning"]).stdout
    assert "with site learning" in text and "without site learning" in text
