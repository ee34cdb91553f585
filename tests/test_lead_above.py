"""A lead paragraph above the chosen headline whose last sentence lost its full stop or ends
with a "[mehr …]" link belongs to the article, not to the header debris above the title."""

from __future__ import annotations

from paragraphs import PARA2_DE, PARA_DE

from cleaner import clean

LEAD = (
    "Der Gemeinderat hat lange über die alte Brücke am Fluss gestritten und den Plan für "
    "den Neubau immer wieder vertagt. Nun soll die Abstimmung über den Plan endlich kommen "
    "[mehr Gemeinderat]"
)
SUBHEAD = "Wie geht es mit der Brücke weiter?"


def _page(lead: str) -> str:
    return "\n\n".join(["Startseite", lead, SUBHEAD, PARA_DE, PARA2_DE])


def _reason(page: str, text: str) -> str | None:
    doc = clean(page)
    if any(span.text == text for span in doc.body):
        return "body"
    return next((r.reason for r in doc.removed if r.text == text), None)


def test_a_lead_without_its_full_stop_above_the_headline_is_body() -> None:
    assert clean(_page(LEAD)).headline is not None
    assert _reason(_page(LEAD), LEAD) == "body"


def test_a_teaser_for_another_story_stays_above_the_headline() -> None:
    teaser = (
        "Im Zoo ist am Wochenende ein kleiner Elefant zur Welt gekommen und alle Tiere "
        "freuen sich sehr darüber. Besucher dürfen das Jungtier schon bald ansehen "
        "[mehr Zoo]"
    )
    assert _reason(_page(teaser), teaser) == "before_headline"


def test_a_caption_with_its_credit_stays_above_the_headline() -> None:
    caption = (
        "Der Gemeinderat stimmt am Montag im Rathaus über den Plan für die Brücke ab. "
        "(Jane Doe / DIE ZEITUNG)"
    )
    assert _reason(_page(caption), caption) == "before_headline"


def test_one_sentence_without_its_stop_is_no_lead() -> None:
    one = (
        "Der Gemeinderat hat lange über die alte Brücke am Fluss gestritten und den Plan "
        "für den Neubau immer wieder vertagt"
    )
    assert _reason(_page(one), one) == "before_headline"
