"""The HTML route (cleaner.html, Pipeline.clean_html) and HTML inputs in the CLI."""

from __future__ import annotations

import gzip
import json
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleaner import clean_html
from cleaner.cli import cli
from cleaner.document import Document
from cleaner.html import (
    Extraction,
    TitleCandidates,
    choose_title,
    decode_html,
    is_layout_table,
    link_keys,
    parse_html,
    prose_share,
    table_cells,
    title_segments,
    visible_text,
)
from cleaner.htmllead import with_lead
from cleaner.stages.teasers import LinkTeaserStage
from cleaner.text import choose_stoplist, normalize_key, words

PARAGRAPHS = [
    "The city council voted on Tuesday evening to approve a long-awaited riverside park,"
    " ending a debate that has divided residents and local businesses for nearly a decade.",
    "Supporters of the plan said the park would bring families back to the riverbank and give"
    " the neighbourhood a green space that it has lacked since the old factories closed.",
    "Opponents had argued that the money should be spent on repairing roads and schools, but"
    " several of them said after the vote that they would now work with the council.",
    "Work on the first section of the park is due to begin in the spring, the council said,"
    " and the whole project should be finished within three years if funding holds up.",
]
TITLE = "Council approves riverside park after years of debate"


def article_page(title: str = TITLE, charset: str = "utf-8") -> str:
    paragraphs = "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    menu = "".join(f'<li><a href="/{w}">{w}</a></li>' for w in ["News", "Sport", "Weather"])
    return f"""<!DOCTYPE html>
<html><head><meta charset="{charset}">
<title>{title} | The Example Times</title>
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="2024-03-05T09:30:00Z">
<meta name="author" content="Jane Smith">
<script>var tracking = "do not show this";</script>
</head><body>
<header><nav><ul>{menu}</ul></nav><a href="#main">Skip to main content</a></header>
<main><article>
<h1>{title}</h1>
<p class="byline">By Jane Smith</p>
{paragraphs}
</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Storm closes the coast road</a></li>
<li><a href="/b">Mayor opens new library</a></li></ul></aside>
</main>
<footer><p>© 2024 The Example Times. All rights reserved.</p></footer>
</body></html>"""


def test_clean_html_gives_title_body_and_metadata() -> None:
    doc = clean_html(article_page(), url="https://example.com/news/park")
    assert doc.headline is not None and doc.headline.text == TITLE
    assert [p.text for p in doc.body] == PARAGRAPHS
    assert doc.meta.extraction == "trafilatura"
    assert doc.meta.date == "2024-03-05"
    assert doc.meta.byline is not None and "Jane Smith" in doc.meta.byline
    assert "tracking" not in doc.full_text
    assert "Skip to main content" not in doc.full_text
    assert doc.rejected is None


def test_clean_html_is_byte_identical_across_runs() -> None:
    page = article_page().encode()
    first = json.dumps(clean_html(page).to_dict(), sort_keys=True)
    assert json.dumps(clean_html(page).to_dict(), sort_keys=True) == first


def test_declared_latin1_that_is_utf8_is_read_as_utf8() -> None:
    page = article_page(title="Zürich approves café park", charset="iso-8859-1").encode("utf-8")
    text, encoding = decode_html(page)
    assert encoding == "utf-8"
    assert "Zürich approves café park" in text


def test_declared_charset_is_used_when_the_bytes_fit_it() -> None:
    page = article_page(title="Zürich approves café park", charset="windows-1252")
    text, encoding = decode_html(page.encode("cp1252"))
    assert encoding == "cp1252"
    assert "Zürich approves café park" in text
    doc = clean_html(page.encode("cp1252"))
    assert doc.headline is not None and doc.headline.text == "Zürich approves café park"


def layout_table_page() -> str:
    rows = [
        "<tr><td>Home</td><td>News</td><td>Sport</td><td>Contact</td></tr>",
        f"<tr><td>Menu</td><td><h1>{TITLE}</h1></td></tr>",
        *(f"<tr><td></td><td>{p}</td></tr>" for p in PARAGRAPHS),
        "<tr><td>© 2008 Example</td><td>Privacy</td></tr>",
    ]
    return f"<html><head><title>{TITLE}</title></head><body><table>{''.join(rows)}</table></body></html>"


def test_a_page_laid_out_in_a_table_goes_through_the_whole_text_route() -> None:
    doc = clean_html(layout_table_page())
    assert doc.meta.extraction == "visible_text"
    assert [p.text for p in doc.body] == PARAGRAPHS
    assert doc.headline is not None and doc.headline.text == TITLE


def test_table_rows_become_one_line_per_cell() -> None:
    assert table_cells("| Home | News |\n|---|---|\nA line | with a bar\n| a \\| b |") == (
        "Home\nNews\nA line | with a bar\na | b"
    )
    prose = " ".join(["word"] * 20)
    assert is_layout_table(f"| a | {prose} |\n| c | d |\ntext")
    assert not is_layout_table(f"text\nmore text\n| a | {prose} |\nend\nand more")
    # A data table (standings, rankings) has no cell of prose.
    assert not is_layout_table("| a | b |\n| c | d |\ntext")


def data_table_page() -> str:
    rows = "".join(
        f"<tr><td>{n}</td><td>Team {n}</td><td>{40 - n}</td><td>{n * 3}</td></tr>"
        for n in range(1, 21)
    )
    intro = f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p>"
    menu = "".join(f"<li><a href='/{w}'>{w}</a></li>" for w in ("News", "Sport", "Contact"))
    return (
        f"<html><head><title>{TITLE}</title></head><body><nav><ul>{menu}</ul></nav>"
        f"<article><h1>{TITLE}</h1>{intro}<table>{rows}</table></article></body></html>"
    )


def test_a_data_table_in_an_article_stays_with_the_extraction() -> None:
    doc = clean_html(data_table_page())
    assert doc.meta.extraction == "trafilatura"
    assert "Team 20" in doc.text


def test_a_page_whose_first_tags_are_broken_is_parsed_again() -> None:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    for start in ("<!DOCTYPE htm\n<div id='top'>", '<html xlogo.jpg" alt="Logo" />'):
        doc = clean_html(f"{start}<div><h1>{TITLE}</h1>{body}</div></body></html>")
        assert [p.text for p in doc.body] == PARAGRAPHS, start


def test_visible_text_reads_a_page_the_parser_put_in_the_head() -> None:
    tree = parse_html("<html><head><title>T</title><foo><p>Hello</p></foo></head></html>")
    assert visible_text(tree) == "Hello"


def test_visible_text_skips_scripts_and_marks_list_items() -> None:
    tree = parse_html(
        "<html><body><script>hidden()</script><p>Hello <b>world</b></p>"
        "<ul><li>One</li><li>Two</li></ul><style>.x{}</style>tail</body></html>"
    )
    assert visible_text(tree) == "Hello world\n* One\n* Two\ntail"


def nested(depth: int) -> str:
    return "<html><body>" + "<div>" * depth + "deep text" + "</div>" * depth + "</body></html>"


def test_visible_text_walks_deep_pages_without_recursion() -> None:
    assert visible_text(parse_html(nested(200))) == "deep text"
    # libxml2 stops building the tree below its depth limit (256): no text, but no crash.
    assert visible_text(parse_html(nested(5000))) == ""


def test_cli_cleans_html_files_and_gzipped_html(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "park.html").write_text(article_page(), encoding="utf-8")
    with gzip.open(tmp_path / "in" / "park2.html.gz", "wt", encoding="utf-8") as handle:
        handle.write(article_page(title="Second council vote approves the park budget"))
    result = CliRunner().invoke(cli, ["clean", str(tmp_path / "in"), "-j", "1", "-q"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == ["park.html", "park2.html.gz"]
    assert [r["headline"] for r in records] == [
        TITLE,
        "Second council vote approves the park budget",
    ]
    assert all(r["meta"]["extraction"] == "trafilatura" for r in records)


def test_cli_reads_html_from_a_jsonl_field(tmp_path: Path) -> None:
    pages = tmp_path / "pages.jsonl"
    rows = [{"id": "a", "url": "https://example.com/a", "html": article_page()}, {"id": "b"}]
    pages.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    result = CliRunner().invoke(
        cli,
        ["clean", str(pages), "--html-field", "html", "--url-field", "url", "--id-field", "id",
         "-j", "1", "-q"],
    )  # fmt: skip
    assert result.exit_code == 1
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert first["headline"] == TITLE and first["body"] == PARAGRAPHS
    assert 'no "html" field' in second["error"] and "--html-field" in second["error"]


def test_cli_cleans_the_text_field_of_a_line_without_html(tmp_path: Path) -> None:
    pages = tmp_path / "pages.jsonl"
    text = f"{TITLE}\n\n" + "\n\n".join(PARAGRAPHS) + "\n\nShare this\n"
    rows = [
        {"id": "a", "html": article_page(), "text": "ignored: the page has HTML"},
        {"id": "b", "html": None, "text": text},
        {"id": "c", "html": "  ", "text": text},
        {"id": "d", "html": None},
    ]
    pages.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    args = ["clean", str(pages), "--html-field", "html", "--id-field", "id", "-j", "1", "-q"]
    result = CliRunner().invoke(cli, [*args, "--text-field", "text"])
    assert result.exit_code == 1
    a, b, c, d = (json.loads(line) for line in result.stdout.splitlines())
    assert a["meta"]["extraction"] == "trafilatura" and a["body"] == PARAGRAPHS
    for record in (b, c):
        assert record["meta"]["extraction"] is None  # the text route
        assert (record["headline"], record["body"]) == (TITLE, PARAGRAPHS)
    assert 'no "text" field' in d["error"]
    # Without --text-field, HTML is the only page field: a null one is an error.
    alone = CliRunner().invoke(cli, args)
    errors = [json.loads(line).get("error") for line in alone.stdout.splitlines()]
    assert errors[0] is None and all('"html" field' in str(errors[i]) for i in (1, 3))


def test_extraction_other_swaps_the_extracted_and_the_visible_text() -> None:
    tree = parse_html("<html><body><p>Seen on the page</p></body></html>")
    found = Extraction("trafilatura text", "trafilatura", tree=tree)
    other = found.other()
    assert other is not None and (other.method, other.text) == ("visible_text", "Seen on the page")
    layout = Extraction("visible", "visible_text", extracted="trafilatura text")
    back = layout.other()
    assert back is not None and (back.method, back.text) == ("trafilatura", "trafilatura text")
    assert back.other() is not None and Extraction("x", "visible_text").other() is None


def list_page() -> str:
    names = "".join(f"<li><a href='/p/{i}'>Person Number {i}</a></li>" for i in range(40))
    return (
        f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
        f"<ul>{names}</ul></article></body></html>"
    )


def test_an_extraction_without_prose_asks_trafilatura_for_precision(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import cleaner.html

    asked: list[bool] = []

    def precise(tree: object, url: str | None) -> str:
        asked.append(True)
        return "\n".join(PARAGRAPHS)

    monkeypatch.setattr(cleaner.html, "_precise", precise)
    doc = clean_html(list_page())
    assert asked and [p.text for p in doc.body] == PARAGRAPHS
    asked.clear()
    clean_html(article_page())
    assert not asked  # the article's text is prose: one extraction is enough


def test_prose_share_counts_words_in_sentences_of_prose() -> None:
    assert prose_share("\n".join(PARAGRAPHS)) == 1.0
    assert prose_share("Home\nNews\nSport") == 0.0
    assert prose_share("") == 0.0


TITLE_TAGS = [
    ("colon_spaced", f"Example Times : Local : {TITLE}"),
    ("site_label_colon", f"ExampleTimes.com: {TITLE}"),
    ("double_dash", f"example.com -- {TITLE}"),
    ("breadcrumb", f"Example.com > News > {TITLE}"),
    ("glued_dash", f"{TITLE}- Local-News-The Example Times"),
]


@pytest.mark.parametrize(("case", "tag"), TITLE_TAGS, ids=[c[0] for c in TITLE_TAGS])
def test_title_tag_parts_include_the_headline(case: str, tag: str) -> None:
    assert TITLE in title_segments(tag)


def test_title_part_that_the_article_uses_beats_the_site_name() -> None:
    text = "\n".join(PARAGRAPHS)
    found = TitleCandidates((), None, f"Example Times Online - {TITLE}")
    stoplist = choose_stoplist(words(text))
    assert choose_title(found, "Example Times Online", None, stoplist, text=text) == TITLE


def test_title_backed_by_the_title_tag_only_and_unrelated_to_the_text_is_dropped() -> None:
    text = "\n".join(PARAGRAPHS)
    found = TitleCandidates((), None, "The Example Times News Service")
    stoplist = choose_stoplist(words(text))
    assert choose_title(found, None, None, stoplist, text=text) is None
    # An <h1> that says the same is the page's own choice: kept.
    found = TitleCandidates(("Tach auch!",), None, "Tach auch!")
    assert choose_title(found, None, None, stoplist, text=text) == "Tach auch!"


def test_a_title_that_spells_the_host_name_is_the_sites_name() -> None:
    text = "\n".join(PARAGRAPHS)
    stoplist = choose_stoplist(words(text))
    # An old page's <title>: the site's name and a headline the text does not repeat.
    found = TitleCandidates((), None, "Riverside Herald : Mapping the river")
    url = "https://www.riversideherald.com/story/1"
    assert choose_title(found, None, None, stoplist, text=text) == "Riverside Herald"
    # Not the site's name: nothing, and the text stages look for the headline in the text.
    assert choose_title(found, None, None, stoplist, text=text, url=url) is None
    # A banner <h1> with the site's name loses to the headline in the <title>.
    found = TitleCandidates(
        ("Riverside Herald Live",), None, "Park gets green light - Riverside Herald"
    )
    assert choose_title(found, None, None, stoplist, text=text) == "Riverside Herald Live"
    assert choose_title(found, None, None, stoplist, text=text, url=url) == "Park gets green light"
    # A product named for its maker's site keeps its votes: the label is under half of it.
    found = TitleCandidates(("Riverside Desktop Planner for Windows",), None, None)
    url = "https://riverside.example/products"
    chosen = choose_title(found, None, None, stoplist, text=text, url=url)
    assert chosen == "Riverside Desktop Planner for Windows"


def test_a_title_made_of_the_urls_folder_names_is_a_section_name() -> None:
    text = "\n".join(PARAGRAPHS)
    stoplist = choose_stoplist(words(text))
    found = TitleCandidates(("Local News", "Local News"), None, "Park gets green light")
    url = "https://example.com/local/news/2024/park-gets-green-light"
    assert choose_title(found, None, None, stoplist, text=text) == "Local News"
    assert choose_title(found, None, None, stoplist, text=text, url=url) == "Park gets green light"
    # The page's own name at the end of the path may be its title.
    found = TitleCandidates(("Penny",), None, "Penny - Example Wiki")
    assert (
        choose_title(found, None, None, stoplist, text=text, url="https://x.org/wiki/Penny")
        == "Penny"
    )


# --- Lists of other stories (the link_teasers stage) -----------------------------------------

OTHER_STORIES = [
    ("Storm closes the coast road for a week", "Crews expect to reopen one lane by Friday."),
    ("Mayor opens the new central library", "The building holds 200,000 books and a cafe."),
    ("Rail fares rise again in the spring", "Commuters face the third rise in two years."),
]


def teaser_doc(lines: list[str], links: list[str]) -> Document:
    doc = Document.from_text("\n".join(lines))
    return replace(doc, extracted=True, link_lines=frozenset(normalize_key(t) for t in links))


def teaser_removals(doc: Document) -> dict[str, str]:
    out = LinkTeaserStage()(doc)
    return {r.text: r.reason for r in out.removed if r.stage == "link_teasers"}


def test_linked_headlines_with_summaries_after_the_article_are_a_teaser_list() -> None:
    teasers = [line for pair in OTHER_STORIES for line in pair]
    doc = teaser_doc([*PARAGRAPHS, *teasers], [h for h, _ in OTHER_STORIES])
    assert teaser_removals(doc) == dict.fromkeys(teasers, "teaser_list")


def test_a_summary_cut_into_lines_stays_in_the_teaser_list() -> None:
    heads = [h for h, _ in OTHER_STORIES]
    stamp = ["(31 Dec 07 |", "Politics", ")"]
    teasers = [line for head in heads for line in (head, *stamp)][: -len(stamp)]
    doc = teaser_doc([*PARAGRAPHS, *teasers, PARAGRAPHS[0]], heads)
    assert teaser_removals(doc) == dict.fromkeys(teasers, "teaser_list")


def test_two_linked_headlines_are_not_a_teaser_list() -> None:
    teasers = [line for pair in OTHER_STORIES[:2] for line in pair]
    doc = teaser_doc([*PARAGRAPHS, *teasers], [h for h, _ in OTHER_STORIES])
    assert teaser_removals(doc) == {}


def test_the_first_paragraph_under_a_plain_list_of_headlines_stays() -> None:
    heads = [h for h, _ in OTHER_STORIES]
    doc = teaser_doc([*heads, PARAGRAPHS[0], *PARAGRAPHS[1:]], heads)
    assert teaser_removals(doc) == dict.fromkeys(heads, "teaser_list")


def test_a_numbered_list_of_links_is_the_article() -> None:
    items = [f"{n}) {h}" for n, (h, _) in enumerate(OTHER_STORIES, start=1)]
    doc = teaser_doc([PARAGRAPHS[0], *items], items)
    assert teaser_removals(doc) == {}


def test_lines_that_are_not_links_are_never_teasers() -> None:
    teasers = [line for pair in OTHER_STORIES for line in pair]
    assert teaser_removals(teaser_doc([*PARAGRAPHS, *teasers], [])) == {}


def test_the_html_route_knows_the_pages_headline_links() -> None:
    tree = parse_html(
        '<html><body><a href="/a">Storm closes the coast road</a> <a href="/b">Home</a>'
        "<a>Not a link at all</a></body></html>"
    )
    assert tree is not None
    assert link_keys(tree) == frozenset({"storm closes the coast road"})


# --- The lead above the article body (cleaner.htmllead) ----------------------------------------

LEAD = "The new park will cost twelve million and should open to the public in three years."


def lead_page(lead_html: str) -> str:
    paragraphs = "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<html><head><title>{TITLE}</title>
<script type="application/ld+json">{{"articleBody": "{PARAGRAPHS[0]}"}}</script></head>
<body><article><header><h1>{TITLE}</h1>{lead_html}</header>
<div class="article-body">{paragraphs}</div></article></body></html>"""


@pytest.mark.parametrize(
    "lead_html",
    [
        f'<div class="teaser-text">{LEAD}</div>',
        f'<p class="article__intro">{LEAD}</p>',
        f"<p>{LEAD}</p>",
        f'<div class="chapo">{LEAD}</div>',
    ],
)
def test_the_lead_above_the_body_is_put_back_before_it(lead_html: str) -> None:
    tree = parse_html(lead_page(lead_html))
    assert tree is not None
    text = "\n".join([TITLE, *PARAGRAPHS])
    assert with_lead(tree, text).split("\n") == [TITLE, LEAD, *PARAGRAPHS]


@pytest.mark.parametrize(
    "lead_html",
    [
        # the container named for the lead also holds links: its paragraph is the lead
        f'<div class="chapo"><div><p>{LEAD}</p></div>'
        f'<a href="/a">{" ".join(["more"] * 12)}</a></div>',
        f'<p class="news-description">{LEAD}</p>',
        f'<div class="ArticleHeader-Hook">{LEAD}</div>',
    ],
)
def test_a_lead_outside_the_header_by_its_name_or_its_containers(lead_html: str) -> None:
    page = lead_page("").replace("</header>", f"</header>{lead_html}")
    tree = parse_html(page)
    assert tree is not None
    text = "\n".join([TITLE, *PARAGRAPHS])
    assert with_lead(tree, text).split("\n") == [TITLE, LEAD, *PARAGRAPHS]


@pytest.mark.parametrize(
    "lead_html",
    [
        '<div class="intro">Read more stories like this one</div>',  # too short
        f'<div class="intro">{LEAD[:-1]}</div>',  # a second title: no full stop
        f'<div class="intro"><a href="/x">{LEAD}</a></div>',  # another story's teaser
        f'<div class="summary"><script>var ad = 1;</script>{LEAD}</div>',  # a widget
    ],
)
def test_what_is_not_a_lead_stays_out(lead_html: str) -> None:
    tree = parse_html(lead_page(lead_html))
    assert tree is not None
    text = "\n".join(PARAGRAPHS)
    assert with_lead(tree, text) == text


def test_a_long_deck_without_a_full_stop_is_a_lead() -> None:
    deck = (
        "The council's plan for the old harbour, a park of twelve hectares with a lido and a"
        " market hall, will cost twelve million and take three years, and residents are split"
    )
    tree = parse_html(lead_page(f'<h2 class="article-subheadline">{deck}</h2>'))
    assert tree is not None
    text = "\n".join([TITLE, *PARAGRAPHS])
    assert with_lead(tree, text).split("\n") == [TITLE, deck, *PARAGRAPHS]


def test_a_lead_the_text_has_already_is_not_repeated() -> None:
    tree = parse_html(lead_page(f'<div class="teaser-text">{LEAD}</div>'))
    assert tree is not None
    text = "\n".join([LEAD, *PARAGRAPHS])
    assert with_lead(tree, text) == text


def test_the_html_route_keeps_a_lead_that_trafilatura_drops() -> None:
    doc = clean_html(lead_page(f'<div class="teaser-text">{LEAD}</div>'))
    assert LEAD in [p.text for p in (*doc.bullets, *doc.body)]
    assert [p.text for p in doc.body][-len(PARAGRAPHS) :] == PARAGRAPHS


def test_a_paragraph_inside_a_lead_is_not_taken_twice() -> None:
    tree = parse_html(lead_page(f'<div class="article-intro"><p>{LEAD}</p></div>'))
    assert tree is not None
    text = "\n".join([TITLE, *PARAGRAPHS])
    assert with_lead(tree, text).split("\n") == [TITLE, LEAD, *PARAGRAPHS]


def test_visible_text_leaves_out_form_controls_and_hidden_elements() -> None:
    tree = parse_html(
        "<html><body><p>The first paragraph.</p>"
        "<form><label>Your region</label><select><option>North</option>"
        "<option>South</option></select><button>Send</button><textarea>Type here</textarea>"
        '<span style="color:Red; display: none;">Your email is required.</span>'
        "<div hidden>A hidden notice</div>"
        '<p style="visibility:hidden">Hidden too</p></form>'
        "<p>The last paragraph.</p></body></html>"
    )
    assert visible_text(tree).split("\n") == [
        "The first paragraph.",
        "Your region",
        "The last paragraph.",
    ]


def test_visible_text_leaves_out_the_pages_footer_but_not_a_wrapper_named_for_it() -> None:
    tree = parse_html(
        '<html><body><div class="page has-footer"><h1>A title</h1><p>The story.</p></div>'
        '<div id="footer">Copyright 2008 Example Media Inc.</div>'
        "<footer><p>1 Main Street</p></footer></body></html>"
    )
    assert visible_text(tree).split("\n") == ["A title", "The story."]
