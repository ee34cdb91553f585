"""The samples saved in other encodings and line endings give the same article."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cleaner import clean
from cleaner.document import Document
from cleaner.errors import DecodeError
from cleaner.io import decode_bytes
from cleaner.stages.encoding import EncodingStage

SAMPLES = sorted((Path(__file__).resolve().parent.parent / "corpus_samples").glob("*.txt"))


def article(data: bytes | str) -> tuple[object, ...]:
    doc = clean(data)
    return (doc.headline.text if doc.headline else None, [b.text for b in doc.bullets], doc.text)


def mojibake(text: str) -> bytes:
    """UTF-8 bytes read as Windows-1252 and saved again as UTF-8: 'Sky’s' -> 'Skyâ€™s'."""
    import ftfy.bad_codecs  # noqa: F401  (registers "sloppy-windows-1252")

    return text.encode("utf-8").decode("sloppy-windows-1252").encode("utf-8")


ENCODINGS = {
    "crlf": lambda t: t.replace("\n", "\r\n").encode("utf-8"),
    "utf16": lambda t: t.encode("utf-16"),
    "utf8_bom": lambda t: t.encode("utf-8-sig"),
    "cp1252": lambda t: t.encode("cp1252", errors="replace"),
    "mojibake": mojibake,
}


@pytest.mark.parametrize("path", SAMPLES, ids=[p.stem for p in SAMPLES])
@pytest.mark.parametrize("name", sorted(ENCODINGS))
def test_same_article_in_other_encodings(path: Path, name: str) -> None:
    text = path.read_text(encoding="utf-8")
    if name == "cp1252" and any(ord(c) > 0xFF and c not in "’“”—–•€" for c in text):
        pytest.skip("the sample has characters cp1252 cannot hold")
    assert article(ENCODINGS[name](text)) == article(text)


def test_cp1251_russian_page() -> None:
    text = (
        "Переговоры в Женеве продолжатся\n\n"
        + "Министр иностранных дел России заявил в понедельник, что переговоры в Женеве "
        "продолжатся на следующей неделе, несмотря на разногласия сторон по ключевым вопросам.\n"
    ) * 3
    decoded, encoding = decode_bytes(text.encode("cp1251"))
    assert decoded == text
    assert encoding.replace("_", "").lower() in {"cp1251", "windows1251"}
    assert article(text.encode("cp1251")) == article(text)


@pytest.mark.parametrize(
    "data",
    [b"\x89PNG\r\n\x1a\n\x00\x00", b"\x00\x01\x02binary\x00\xff", b"%PDF-1.4 ..."],
    ids=["png", "nul_bytes", "pdf"],
)
def test_binary_input_is_a_decode_error(data: bytes) -> None:
    with pytest.raises(DecodeError):
        clean(data)


@pytest.mark.parametrize("inert", ["FTFY_INERT_CHARS", "FTFY_INERT_MARKS"])
def test_ftfy_inert_characters_are_left_alone_by_ftfy(inert: str) -> None:
    """Lines made only of these characters skip ftfy: check that ftfy could not change one."""
    import unicodedata

    from ftfy import fix_and_explain
    from ftfy.badness import BADNESS_RE

    from cleaner.stages import encoding
    from cleaner.stages.encoding import EncodingStage

    alphabet = "\t" + "".join(chr(c) for c in range(0x20, 0x7F) if chr(c) != "&")
    alphabet += getattr(encoding, inert)
    config = EncodingStage()._config
    for char in alphabet:
        assert fix_and_explain(char, config).text == char
    for first in alphabet:
        for second in alphabet:
            pair = first + second
            assert unicodedata.normalize("NFC", pair) == pair
            # Every string of three characters first, second, x occurs in this one; the
            # badness patterns match at most three of these characters.
            assert not BADNESS_RE.search("".join(pair + third for third in alphabet)), pair


def test_lines_ftfy_cannot_change_skip_it() -> None:
    stage = EncodingStage()
    assert stage.repair("Straße für Bürger – déjà vu…") == ("Straße für Bürger – déjà vu…", ())
    quoted = "“It’s over,” she said — “for now…” • © 2012"
    assert stage.repair(quoted) == (quoted, ())
    assert stage.repair("Ã©tÃ©")[0] == "été"


def lost_controls(text: str) -> str:
    """UTF-8 read as Latin-1, its C1 control characters then dropped (as lynx prints them):
    'Sky’s' -> 'Skyâs', and 'é' -> 'Ã©' too, which ftfy repairs."""
    read = text.encode("utf-8").decode("latin-1")
    return "".join(char for char in read if not "\x80" <= char <= "\x9f")


def test_punctuation_that_lost_its_control_bytes_is_restored() -> None:
    path = next(p for p in SAMPLES if "’" in p.read_text(encoding="utf-8"))
    original = path.read_text(encoding="utf-8")
    damaged = lost_controls(original)
    assert "â" in damaged and "’" not in damaged
    doc, expected = clean(damaged), clean(original)
    assert "â" not in doc.text
    assert re.findall(r"\w+", doc.text) == re.findall(r"\w+", expected.text)
    assert any("restore_lost_punctuation" in fix.steps for fix in doc.fixes)


@pytest.mark.parametrize(
    ("line", "restored"),
    [
        ("Itâs the councilâs plan, and we donât like it.", "It’s the council’s plan, and we don’t like it."),
        ("âWe will build it,â the mayor said â in 2007â08.", "“We will build it,” the mayor said – in 2007–08."),
    ],
)  # fmt: skip
def test_each_bare_a_circumflex_becomes_the_punctuation_its_neighbours_call_for(
    line: str, restored: str
) -> None:
    page = "\n".join([line, "Theyâre sure itâs right.", "Weâve seen it."])
    stage = EncodingStage()
    doc = stage(Document.from_text(page))
    assert doc.lines[0].text == restored


@pytest.mark.parametrize(
    "page",
    [
        "Le château de Versailles, à l'âge d'or, et la pâte.\nUn théâtre et un bâtiment.",
        "Fiyatlar hâlâ yüksek, kâr düşük.\nHükümet hâlâ bekliyor.",
        "Cân nhắc và tâm sự ở Hà Nội.",
    ],
)
def test_a_real_a_circumflex_is_left_alone(page: str) -> None:
    doc = EncodingStage()(Document.from_text(page))
    assert [line.text for line in doc.lines] == page.split("\n")
