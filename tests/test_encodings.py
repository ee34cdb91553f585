"""The samples saved in other encodings and line endings give the same article."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner import clean
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


def test_ftfy_inert_characters_are_left_alone_by_ftfy() -> None:
    """Lines made only of these characters skip ftfy: check that ftfy could not change one."""
    import unicodedata

    from ftfy import fix_and_explain
    from ftfy.badness import BADNESS_RE

    from cleaner.stages.encoding import FTFY_INERT_CHARS, EncodingStage

    alphabet = "\t" + "".join(chr(c) for c in range(0x20, 0x7F) if chr(c) != "&")
    alphabet += FTFY_INERT_CHARS
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
    assert stage.repair("Ã©tÃ©")[0] == "été"
