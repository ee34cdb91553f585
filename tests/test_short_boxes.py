"""The article goes on under a short box of its own sentences that a related-links rule
took (MainContentStage with :func:`cleaner.stages.data_gaps.past_short_box`)."""

from __future__ import annotations

from paragraphs import PARA2_EN, PARA3_EN, PARA_EN, removed_as_related

from cleaner.stages.data_gaps import _box_barrier
from cleaner.stages.main_content import MainContentStage

ARTICLE = (PARA_EN, PARA2_EN, PARA3_EN)
#: Short sentences of the article, one a line.
SENTENCES = (
    "The old bridge was closed twice this winter!",
    "Why did the council wait so long?",
    "Repairs were no longer enough.",
)
#: Teaser titles of a sidebar box.
TITLES = ("City plans new cycle lanes", "Voters to decide on new pool", "Station to be rebuilt")
#: A paragraph that shares the article's words.
LAST = (
    "The council will put the plan for the new bridge to a vote next week; officials have "
    "argued for years that the old bridge is no longer safe, and the public can comment."
)
#: A sidebar promotion that shares no words with the article.
PROMO = (
    "Win tickets for the summer festival of music with our weekly quiz, and join thousands "
    "of readers who already receive our newsletter every Friday morning in their inbox."
)


def run(box: tuple[str, ...], last: str, article: tuple[str, ...] = ARTICLE) -> dict[str, str]:
    """Clean ``article``, ``box`` removed as related links, then ``last``; the main content
    stage's reason for each line it removed."""
    text = "\n\n".join([*article, *box, last]) + "\n"
    out = MainContentStage(header_blocks=0).apply(removed_as_related(text, box))
    return {r.text: r.reason for r in out.removed if r.stage == "main_content"}


def test_the_article_goes_on_under_a_box_of_its_own_sentences() -> None:
    assert LAST not in run(SENTENCES, LAST)


def test_a_box_of_titles_ends_the_article() -> None:
    assert run(TITLES, LAST)[LAST] == "after_article"


def test_a_paragraph_of_other_words_under_the_box_is_cut() -> None:
    assert run(SENTENCES, PROMO)[PROMO] == "after_article"


def test_a_box_that_announces_links_ends_the_article() -> None:
    assert run(("Read more:", *SENTENCES), LAST)[LAST] == "after_article"


def test_a_long_box_ends_the_article() -> None:
    box = tuple(f"{n}: {sentence}" for n in range(5) for sentence in SENTENCES)[:13]
    assert run(box, LAST)[LAST] == "after_article"


def test_box_barriers() -> None:
    assert _box_barrier("Weitere Inhalte:")
    assert _box_barrier("* Company: Example Ltd")
    assert not _box_barrier("Why did the council wait so long?")


def test_a_box_long_beside_the_text_above_ends_the_article() -> None:
    box = tuple(f"{n}: {sentence}" for n in range(4) for sentence in SENTENCES)
    assert LAST not in run(box, LAST)
    assert run(box, LAST, (PARA_EN,))[LAST] == "after_article"
