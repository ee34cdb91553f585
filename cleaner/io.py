"""Reading inputs: the one place where bytes become text, for the library and the CLI."""

from __future__ import annotations

import codecs

from cleaner.errors import DecodeError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: File signatures of binary formats that scrapers save by mistake.
_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"RIFF", "a RIFF (WebP, WAV or AVI) file"),
    (b"\x7fELF", "an executable"),
)
#: Share of NUL bytes among the even or odd bytes that marks BOM-less UTF-16.
_UTF16_NUL_SHARE = 0.4
#: Bytes sampled for the UTF-16 test.
_SAMPLE = 4096


def _bomless_utf16(data: bytes) -> str | None:
    sample = data[:_SAMPLE]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) >= _UTF16_NUL_SHARE * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) >= _UTF16_NUL_SHARE * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode a page: ``(text, encoding)``.

    A byte-order mark wins (UTF-8, UTF-16, UTF-32); then strict UTF-8; then charset
    detection (charset-normalizer). Binary data raises :class:`DecodeError`.

    >>> decode_bytes("café".encode("cp1252"))[0]
    'café'
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding.replace("-sig", "")
            except UnicodeDecodeError as exc:
                raise DecodeError(f"the input starts with a {encoding} mark but {exc}") from exc
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise DecodeError(f"the input is {what}, not text")
    if b"\x00" in data:
        utf16 = _bomless_utf16(data)
        if utf16 is None:
            raise DecodeError("the input holds NUL bytes: it is binary, not text")
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError as exc:
            raise DecodeError(f"the input looks like {utf16} but does not decode: {exc}") from exc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise DecodeError("no text encoding fits the input; is it binary?")
    return str(best), best.encoding
