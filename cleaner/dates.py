"""Finding dates in short lines; the parsing itself is htmldate's (trafilatura's date library)."""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache

from cleaner.text import squash_spaces, words

_MIN_DATE = datetime(1990, 1, 1)
_MAX_DATE = datetime(2100, 1, 1)

#: A year glued to the time that follows it: "February 7th, 20125:21 am".
_GLUED_YEAR = re.compile(r"\b((?:19|20)\d{2})(\d{1,2}:\d{2})")
#: Times and time zones, removed before the date is parsed: "8:47 PM EDT", "3:35am UK".
_TIME = re.compile(
    r"\b\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?(?:\s*(?:[A-Z]{2,5}|UK|Uhr|h)\b)?",
    re.IGNORECASE,
)
_MONTH_OR_DAY = (
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june"
    r"|july|august|september|october|november|december|mon|tue|tues|wed|thu|thur|thurs|fri|sat"
    r"|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|januar|jänner|februar|märz|mai|juni|juli|oktober|dezember|montag|dienstag|mittwoch"
    r"|donnerstag|freitag|samstag|sonntag|janvier|février|mars|avril|juin|juillet|août"
    r"|septembre|octobre|novembre|décembre|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
    r"|lunes|martes|miércoles|jueves|viernes|sábado|domingo|gennaio|febbraio|aprile|maggio"
    r"|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho"
    r"|setembro|outubro|novembro|dezembro|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca"
    r"|sierpnia|września|października|listopada|grudnia|января|февраля|марта|апреля|мая|июня"
    r"|июля|августа|сентября|октября|ноября|декабря|januari|februari|maart|mei|augustus"
)
#: Words that may stand around a date on a date line.
_DATE_WORDS = re.compile(
    rf"^(?:{_MONTH_OR_DAY}|st|nd|rd|th|am|pm|at|on|the|of|le|el|de|del|du|am|um|den|dnia|г|года"
    r"|updated|update|last|published|posted|created|modified|date|dated|edited|written|uhr"
    r"|aktualisiert|veröffentlicht|erstellt|stand|zuletzt|publié|mis|à|jour|actualizado"
    r"|publicado|actualización|aggiornato|pubblicato|atualizado|opublikowano|zaktualizowano"
    r"|обновлено|опубликовано|gmt|utc|bst|cet|cest|est|edt|pst|pdt|cst|cdt|mst|mdt|ist|uk"
    r"|today|yesterday|heute|gestern|hoy|ayer|oggi|ieri|aujourd|hui|hier|сегодня|вчера)$",
    re.IGNORECASE,
)
#: A date at the very end of a line, as in a headline with its date glued on:
#: "Peace hopes dim as Syrian army targets Damascus area 07 февраля 2013, 12:03".
#: The spaces before it are matched from the start of their run, at most once each: a
#: separator can sit anywhere in the run, and "\s[-|]?\s*" searched a line of 3,000
#: spaces in seconds (each space started a new scan to the end of the run).
TRAILING_DATE = re.compile(
    r"(?<!\s)\s+(?:[-–—|,]\s*)?("
    r"\d{1,2}\.?\s+[^\W\d_]{3,12}\.?,?\s+\d{4}"
    r"|[^\W\d_]{3,12}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}"
    r")(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?\s*$",
    re.IGNORECASE,
)
#: A date line has at most this many words that are neither date words nor numbers
#: ("By" lines with dates are bylines; "3:35am UK, Tuesday February 07, 2012" has none).
MAX_OTHER_WORDS = 1
#: Lines longer than this are not date lines.
MAX_DATE_LINE_WORDS = 14


@lru_cache(maxsize=4096)
def parse_date(text: str) -> str | None:
    """The ISO 8601 date (YYYY-MM-DD) written in a short text, or None.

    >>> parse_date("updated 8:47 PM EDT, Fri June 29, 2012")
    '2012-06-29'
    >>> parse_date("February 7th, 20125:21 am @")
    '2012-02-07'
    >>> parse_date("Syria's army") is None
    True
    """
    from htmldate.extractors import try_date_expr

    text = _GLUED_YEAR.sub(r"\1 \2", text)
    for candidate in (text, _TIME.sub(" ", text)):
        candidate = squash_spaces(candidate)
        if not any(ch.isdigit() for ch in candidate):
            return None
        found = try_date_expr(candidate, "%Y-%m-%d", True, _MIN_DATE, _MAX_DATE)
        if found and _day_written(str(found), text):
            return str(found)
    return None


def _day_written(found: str, text: str) -> bool:
    """Whether the day of ``found`` (YYYY-MM-DD) is written in ``text``. A parser fills in a
    day the text does not give from today's date ("2007/12", "yesterday"), which would make
    the record depend on the day it is made.

    >>> _day_written("2007-12-24", "2007/12"), _day_written("2012-06-07", "June 7th, 2012")
    (False, True)
    >>> _day_written("2012-06-07", "20120607"), _day_written("2020-01-21", "01.21.2020 07:00")
    (True, True)
    """
    if re.search(rf"(?<!\d)0?{int(found[8:10])}(?!\d)", text):
        return True
    return found.replace("-", "") in re.sub(r"\D", "", text)


def is_date_line(text: str) -> str | None:
    """The date of a line that holds only a date (and words like "updated"), else None.

    >>> is_date_line("Last updated: January 30, 2012")
    '2012-01-30'
    >>> is_date_line("Clinton met Lavrov on January 30, 2012 in Geneva to talk") is None
    True
    """
    tokens = words(_GLUED_YEAR.sub(r"\1 \2", text))
    if not tokens or len(tokens) > MAX_DATE_LINE_WORDS:
        return None
    other = [t for t in tokens if not t.isdigit() and not _DATE_WORDS.match(t)]
    other = [t for t in other if not re.fullmatch(r"\d+(?:st|nd|rd|th|am|pm|h)?", t, re.I)]
    if len(other) > MAX_OTHER_WORDS:
        return None
    return parse_date(text)


def split_trailing_date(text: str) -> tuple[str, str] | None:
    """Split a date glued to the end of a title: ``(title, iso_date)``, or None.

    >>> split_trailing_date("Peace hopes dim as army targets Damascus 07 февраля 2013, 12:03")
    ('Peace hopes dim as army targets Damascus', '2013-02-07')
    """
    match = TRAILING_DATE.search(text)
    if not match:
        return None
    title = text[: match.start()].rstrip(" -–—|,")
    if len(words(title)) < 3:
        return None
    date = parse_date(match.group(0))
    return (title, date) if date else None


def strip_date_words(name: str) -> str:
    """Cut a name where a date starts: "Mark Hosak, July" -> "Mark Hosak".

    >>> strip_date_words("Mark Hosak, July")
    'Mark Hosak'
    """
    kept: list[str] = []
    for token in name.replace(",", " , ").split():
        if token[0].isdigit() or _DATE_WORDS.match(token):
            break
        kept.append(token)
    return " ".join(kept).replace(" ,", ",").strip(" ,")
