"""Comment signatures and headers that a dump of one text node a line (BeautifulSoup's
``get_text("\\n")``) cuts into pieces: a line of spaces between two inline elements, and
the comment section stage reads the run as one line (cleaner.fragments); and signatures
of up to 12 words, which such a page's comments often come under."""

from __future__ import annotations

import pytest
from paragraphs import PARA2_DE, PARA2_EN, PARA_DE, PARA_EN, removals

from cleaner.blocks import Block, group_blocks
from cleaner.document import Line
from cleaner.fragments import inline_units
from cleaner.stages.sections import comment_header


def _lines(texts: list[str], *, indented: bool = False) -> list[Line]:
    return [Line(n, t.strip(), t, indented=indented) for n, t in enumerate(texts, 1)]


def _units(texts: list[str], *, indented: bool = False) -> list[str]:
    lines = _lines(texts, indented=indented)
    return [u.text for u in inline_units(lines, group_blocks(lines), comment_header)]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Nathan", " ", "07.16.12 at 21:35"], ["Nathan 07.16.12 at 21:35"]),
        (
            ["Anna", " ", "schrieb am", " ", "3. März 2019, 14:33"],
            ["Anna schrieb am 3. März 2019, 14:33"],
        ),
        # Empty lines are the page source's line breaks between block elements.
        (["Nathan", "", "07.16.12 at 21:35"], ["Nathan", "07.16.12 at 21:35"]),
        # A header that matches on its own stays a unit of its own.
        (["{", " ", "3 Kommentare", " ", "}"], ["{", "3 Kommentare", "}"]),
    ],
    ids=["en_signature", "de_signature", "empty_line", "header_apart"],
)
def test_pieces_between_lines_of_spaces_are_one_unit(texts: list[str], expected: list[str]) -> None:
    assert _units(texts) == expected


def test_an_indented_dump_keeps_its_blocks() -> None:
    # w3m puts lines of spaces between a signature and its comment: layout, not a text node.
    texts = ["Jennifer said...", "    ", "    Yay!"]
    assert _units(texts, indented=True) == ["Jennifer said...", "Yay!"]


def test_prose_is_never_joined() -> None:
    lines = _lines(["Anna", " ", PARA_EN])
    blocks = group_blocks(lines)
    assert inline_units(lines, blocks, comment_header) == blocks
    assert all(isinstance(unit, Block) for unit in blocks)


def _page(title: str, paras: list[str], header: list[str], comments: list[list[str]]) -> str:
    out = [title, ""]
    for para in paras:
        out += [para, ""]
    out += [*header, ""]
    for number, (signature, text) in enumerate(comments, 1):
        out += [str(number), "", *signature, "", "", text, ""]
    return "\n".join(out)


@pytest.mark.parametrize(
    ("title", "para", "header", "comments"),
    [
        (
            "Council to vote on the new plan",
            PARA_EN,
            ["{", " ", "2", " comments… read them below or ", "add one", " ", "}"],
            [
                (
                    ["Nathan", " ", "07.16.12 at 21:35"],
                    "I think the plan is good, but the "
                    "bridge should have been rebuilt ten years ago, as everyone here knows.",
                ),
                (
                    ["Mike", " ", "07.16.12 at 22:07"],
                    "The old bridge has been closed for "
                    "trucks since last spring, and the detour adds twenty minutes each way.",
                ),
            ],
        ),
        (
            "Gemeinderat stimmt über den neuen Plan ab",
            PARA_DE,
            ["{", " ", "2", " ", "Kommentare", " ", "}"],
            [
                (
                    ["Anna", " ", "schrieb am", " ", "16.07.2012 um 21:35"],
                    "Ich finde den "
                    "Plan gut, aber die Brücke hätte man schon vor zehn Jahren neu bauen müssen.",
                ),
                (
                    ["Peter", " ", "schrieb am", " ", "16.07.2012 um 22:07"],
                    "Die alte Brücke "
                    "ist seit dem Frühjahr für Lastwagen gesperrt, und der Umweg dauert lange.",
                ),
            ],
        ),
    ],
    ids=["en", "de"],
)
def test_a_short_post_with_signatures_in_pieces_has_its_comments_removed(
    title: str, para: str, header: list[str], comments: list[tuple[list[str], str]]
) -> None:
    # A post of fewer than 50 words of prose: the header opens the comment section only
    # when signed comments follow it at once.
    text = _page(title, [para], header, [(list(sig), body) for sig, body in comments])
    reasons = removals(text)
    for _, comment in comments:
        assert reasons[comment] == ("comment_section", "comment_section")
    assert para not in reasons


@pytest.mark.parametrize(
    ("link", "byline", "paras"),
    [
        (
            ["Comments", " ", "(3)"],
            ["By", " ", "Anna Smith", " ", "07.16.12 at 21:35"],
            [PARA_EN, PARA2_EN, PARA_EN.replace("council", "mayor")],
        ),
        (
            ["Kommentare", " ", "(3)"],
            ["Von", " ", "Anna Schmidt", " ", "16.07.2012 um 21:35"],
            [PARA_DE, PARA2_DE, PARA_DE.replace("Gemeinderat", "Bürgermeister")],
        ),
    ],
    ids=["en", "de"],
)
def test_a_comment_link_and_a_byline_in_pieces_above_the_article_keep_it(
    link: list[str], byline: list[str], paras: list[str]
) -> None:
    text = "\n".join(
        ["Council to vote", "", *link, "", *byline, "", *sum(([p, ""] for p in paras), [])]
    )
    reasons = removals(text)
    for para in paras:
        assert para not in reasons


@pytest.mark.parametrize(
    ("para", "header", "signatures", "comments"),
    [
        (
            PARA_EN,
            "Comments",
            [
                "Posted by: Matt Palmer at November 13, 2012 6:31 AM",
                "Posted by: Ryan Smith at November 13, 2012 6:33 AM",
                "Posted by: Andrew Jones at November 13, 2012 7:35 AM",
            ],
            [
                "I took this course last year and it was very good, with a focus on proofs.",
                "Also recommended, though family matters kept me from finishing it in time.",
                "Taking it right now, and the lectures are easy to follow even without math.",
            ],
        ),
        (
            PARA_DE,
            "Kommentare",
            [
                "Verfasst von: Anna Schmidt am 13.11.2012 um 6:31",
                "Verfasst von: Peter Müller am 13.11.2012 um 6:33",
                "Verfasst von: Jan Becker am 13.11.2012 um 7:35",
            ],
            [
                "Ich habe den Kurs letztes Jahr gemacht, und er war wirklich sehr gut aufgebaut.",
                "Kann ich auch empfehlen, auch wenn ich ihn aus Zeitgründen nicht beendet habe.",
                "Ich mache ihn gerade, und die Vorlesungen sind auch ohne viel Mathe gut zu verstehen.",
            ],
        ),
    ],
    ids=["en", "de"],
)
def test_comments_signed_under_their_text_with_long_signatures(
    para: str, header: str, signatures: list[str], comments: list[str]
) -> None:
    # Signatures of 11 words under each comment (Movable Type), after a post of fewer than
    # 50 words: the header opens the comment section.
    lines = ["Free online course", "", para, "", header, ""]
    for comment, signature in zip(comments, signatures, strict=True):
        lines += [comment, "", signature, ""]
    reasons = removals("\n".join(lines))
    for text in [header, *comments, *signatures]:
        assert reasons[text] == ("comment_section", "comment_section")
    assert para not in reasons
