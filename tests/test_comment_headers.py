"""The comment section's header of WordPress themes in several languages: everything under
it is comments (CommentSectionStage, patterns.COMMENT_HEADER)."""

from __future__ import annotations

import pytest
from paragraphs import PARA2_DE, PARA2_EN, PARA_DE, PARA_EN, removals

from cleaner import patterns as P


@pytest.mark.parametrize(
    "line",
    [
        "2 Gedanken zu „Gemeinderat stimmt über den neuen Plan ab“",
        "Ein Gedanke zu „Gemeinderat stimmt ab“",
        "3 réflexions sur « Le conseil vote le nouveau plan »",
        "4 pensamientos sobre “El consejo vota el nuevo plan”",
        "Un pensiero su “Il consiglio vota il nuovo piano”",
        "5 gedachten over “De raad stemt over het nieuwe plan”",
        "6 myśli na temat „Rada głosuje nad nowym planem”",
        "2 thoughts on “Council to vote on the new plan”",
        "One thought on “Council to vote on the new plan”",
        "One response to “Council to vote on the new plan”",
    ],
)
def test_the_header_is_a_comment_header(line: str) -> None:
    assert P.COMMENT_HEADER.search(line)


@pytest.mark.parametrize(
    "line",
    ["Gedanken zu einer neuen Brücke über den Fluss", "Réflexions sur le plan de la ville"],
)
def test_a_title_is_no_comment_header(line: str) -> None:
    assert not P.COMMENT_HEADER.search(line)


@pytest.mark.parametrize(
    ("title", "paras", "header", "comment"),
    [
        (
            "Gemeinderat stimmt über den neuen Plan ab",
            [PARA_DE, PARA2_DE],
            "2 Gedanken zu „Gemeinderat stimmt über den neuen Plan ab“",
            "Ich finde den Plan gut, aber die Brücke hätte man schon vor zehn Jahren neu bauen "
            "müssen, meint mein Nachbar auch.",
        ),
        (
            "Council to vote on the new plan",
            [PARA_EN, PARA2_EN],
            "2 thoughts on “Council to vote on the new plan”",
            "I think the plan is good, but the bridge should have been rebuilt ten years ago.",
        ),
        (
            "Council to vote on the new plan",
            [PARA_EN, PARA2_EN],
            "One thought on “Council to vote on the new plan”",
            "I think the plan is good, but the bridge should have been rebuilt ten years ago.",
        ),
    ],
    ids=["de", "en", "en-one"],
)
def test_what_stands_under_the_header_is_comments(
    title: str, paras: list[str], header: str, comment: str
) -> None:
    text = "\n".join([title, "", paras[0], "", paras[1], "", header, "", comment, ""])
    reasons = removals(text)
    assert reasons[header] == ("comment_section", "comment_section")
    assert reasons[comment] == ("comment_section", "comment_section")


@pytest.mark.parametrize(
    ("header", "paras", "teasers"),
    [
        (
            "0 Comments",
            [PARA_EN, PARA2_EN, PARA_EN.replace("council", "mayor")],
            [PARA2_EN.replace("bridge", "tunnel"), PARA_EN.replace("plan", "budget")] * 2,
        ),
        (
            "0 Kommentare",
            [PARA_DE, PARA2_DE, PARA_DE.replace("Gemeinderat", "Bürgermeister")],
            [PARA2_DE.replace("Brücke", "Straße"), PARA_DE.replace("Plan", "Haushalt")] * 2,
        ),
    ],
    ids=["en", "de"],
)
def test_a_header_that_counts_no_comments_has_the_article_under_it(
    header: str, paras: list[str], teasers: list[str]
) -> None:
    # More words of teasers above the header than of article under it: a header with a
    # count would open the comment section; one that counts none has no comments under it.
    lines: list[str] = []
    for number, teaser in enumerate(teasers):
        lines += [f"Story number {number} of the day", "", teaser, ""]
    lines += ["Council to vote on the new plan", "", header, ""]
    for para in paras:
        lines += [para, ""]
    reasons = removals("\n".join(lines))
    for para in paras:
        assert reasons.get(para, ("kept", ""))[0] != "comment_section"


@pytest.mark.parametrize(
    ("line", "zero"),
    [
        ("0 Comments", True),
        ("No comments yet", True),
        ("0 Kommentare", True),
        ("Keine Kommentare", True),
        ("Aucun commentaire", True),
        ("10 Comments", False),
        ("Comments (0)", False),
        ("Kommentare", False),
    ],
)
def test_a_header_that_counts_no_comments(line: str, zero: bool) -> None:
    assert (P.ZERO_COMMENTS.match(line) is not None) is zero
