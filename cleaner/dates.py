"""Finding dates in short lines; the parsing itself is htmldate's (trafilatura's date library)."""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache
from typing import Any

from cleaner.text import LINE_CACHE_SIZE, cached, squash_spaces, words

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


#: The languages of dateparser whose tables parse most dates, in dateparser's own order of
#: trial. A date that no fast format settles is parsed with these first: dateparser with
#: every language builds the tables of all of its 205 locales on the first date none of
#: them reads, 1.1 to 1.5 s in each process (development pages: 32 of 613 pages send a
#: date to it; that warm-up was most of what each worker of ``--jobs 2`` paid at start).
#: With these nine it takes 0.1 to 0.4 s. A date that names a month or a day in another
#: language ("5. června 2019") still goes to every language, as before.
COMMON_LANGUAGES = ("en", "ru", "es", "fr", "de", "pt", "it", "nl", "pl")
#: A word sends a date to every language only when it is a month's or a day's name of at
#: least this many letters in some other language: shorter ones are as often a time zone
#: ("ET" is a day in one locale) or a name in a byline ("Ben") as a short month.
FOREIGN_NAME_MIN = 4
_FORMAT = "%Y-%m-%d"
#: What a text needs before a date parser reads it (htmldate asks the same): 4 to 18
#: digits, a separator, a day's number, and a month's name or a year in range; no money,
#: no address, not a bare time or year.
_SEPARATOR = re.compile(r"[.:,_/ -]")
_DAY_NUMBER = re.compile(r"(?<!\d)\d{1,2}(?!\d)")
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_NOT_A_DATE = re.compile(r"^\d{2}:\d{2}(?: |:|$)|^\D*\d{4}\D*$|[$€¥£¢₽₱฿#₹®]|https?:|www\.")
_LETTERS = re.compile(r"[^\W\d_]+")
#: dateparser's settings as htmldate gives them (htmldate.extractors), so that a date reads
#: the same whichever of the two parsers reads it.
_SETTINGS = {
    "NORMALIZE": True,
    "PARSERS": ["custom-formats", "absolute-time"],
    "PREFER_DATES_FROM": "past",
    "PREFER_LOCALE_DATE_ORDER": True,
    "RETURN_AS_TIMEZONE_AWARE": False,
    "STRICT_PARSING": True,
}
_MONTH_KEYS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
_DAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@lru_cache(maxsize=4096)
def parse_date(text: str) -> str | None:
    """The ISO 8601 date (YYYY-MM-DD) written in a short text, or None.

    >>> parse_date("updated 8:47 PM EDT, Fri June 29, 2012")
    '2012-06-29'
    >>> parse_date("February 7th, 20125:21 am @")
    '2012-02-07'
    >>> parse_date("Syria's army") is None
    True
    >>> parse_date("Nov. 7, 2012 12:50 pm"), parse_date("5. června 2019")
    ('2012-11-07', '2019-06-05')
    """
    text = _GLUED_YEAR.sub(r"\1 \2", text)
    for candidate in (text, _TIME.sub(" ", text)):
        candidate = squash_spaces(candidate)
        if not any(ch.isdigit() for ch in candidate):
            return None
        found = _parse(candidate)
        if found and _day_written(found, text):
            return found
    return None


def _parse(text: str) -> str | None:
    """htmldate's fast formats, then dateparser: with :data:`COMMON_LANGUAGES` unless the
    text names a month or a day in another language."""
    from htmldate.extractors import try_date_expr

    found = try_date_expr(text, _FORMAT, False, _MIN_DATE, _MAX_DATE)
    if found is not None:
        return str(found)
    months, common, every = _month_and_day_names()
    tokens = [t.casefold() for t in _LETTERS.findall(text)]
    if any(len(t) >= FOREIGN_NAME_MIN and t in every and t not in common for t in tokens):
        found = try_date_expr(text, _FORMAT, True, _MIN_DATE, _MAX_DATE)
        return str(found) if found else None
    if not _plausible(text, any(t in months for t in tokens)):
        return None
    date = _common_parser().get_date_data(text)["date_obj"]
    if isinstance(date, datetime) and _MIN_DATE <= date <= _MAX_DATE:
        return date.strftime(_FORMAT)
    return None


def _plausible(text: str, named: bool) -> bool:
    """Whether ``text`` may hold a date (``named``: it names a month)."""
    digits = sum(map(str.isdigit, text))
    if not 4 <= digits <= 18 or _NOT_A_DATE.search(text):
        return False
    if not (_SEPARATOR.search(text) and _DAY_NUMBER.search(text)):
        return False
    year = _YEAR.search(text)
    return named or (year is not None and _MIN_DATE.year <= int(year[0]) < _MAX_DATE.year)


@lru_cache(maxsize=1)
def _month_and_day_names() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Case-folded names (and short names): of months in :data:`COMMON_LANGUAGES`, of
    months and days in them, of months and days in every language dateparser knows.
    Reading the tables takes about 0.07 s, once, the first time a date needs dateparser."""
    from dateparser.languages.loader import default_loader

    def names(info: dict[str, Any], keys: tuple[str, ...]) -> set[str]:
        return {t.casefold() for k in keys for n in info.get(k, ()) for t in _LETTERS.findall(n)}

    months: set[str] = set()
    common: set[str] = set()
    every: set[str] = set()
    for locale in default_loader.get_locales():
        both = names(locale.info, (*_MONTH_KEYS, *_DAY_KEYS))
        every |= both
        if locale.shortname in COMMON_LANGUAGES:
            common |= both
            months |= names(locale.info, _MONTH_KEYS)
    return frozenset(months), frozenset(common), frozenset(every)


@lru_cache(maxsize=1)
def _common_parser() -> Any:  # noqa: ANN401 (dateparser is untyped)
    from dateparser import DateDataParser

    return DateDataParser(languages=list(COMMON_LANGUAGES), settings=_SETTINGS)


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


#: A number with an ordinal or time suffix: "7th", "12pm", "20h" (a date word too).
_SUFFIXED_NUMBER = re.compile(r"\d+(?:st|nd|rd|th|am|pm|h)?", re.IGNORECASE)


def _date_word(token: str) -> bool:
    """A number, a word that stands around a date (:data:`_DATE_WORDS`) or a number with
    its suffix ("7th", "12pm")."""
    return bool(token.isdigit() or _DATE_WORDS.match(token) or _SUFFIXED_NUMBER.fullmatch(token))


def _date_line(text: str) -> str | None:
    """The date of a line that holds only a date (and words like "updated"), else None.

    >>> _date_line("Last updated: January 30, 2012")
    '2012-01-30'
    >>> _date_line("Clinton met Lavrov on January 30, 2012 in Geneva to talk") is None
    True
    """
    tokens = words(_GLUED_YEAR.sub(r"\1 \2", text))
    if not tokens or len(tokens) > MAX_DATE_LINE_WORDS:
        return None
    # Counted until one too many: most lines asked about are no date line, and stop at
    # their second word that is no date word.
    other = 0
    for token in tokens:
        if not _date_word(token):
            other += 1
            if other > MAX_OTHER_WORDS:
                return None
    return parse_date(text)


#: :func:`_date_line`, remembered: the metadata, structure and header rules ask about the
#: same short lines of a page.
is_date_line = cached(_date_line, LINE_CACHE_SIZE)


_MONTH_OR_DAY_WORD = re.compile(rf"^(?:{_MONTH_OR_DAY})$", re.IGNORECASE)


def time_stamp(text: str) -> bool:
    """The line is a day and a clock time only, with or without a year: a page's time
    stamp ("Fri Dec 28, 7:05 AM ET", "January 2, 2008 4:48 a.m. EST"), which
    :func:`is_date_line` leaves when no year or no date can be read from it.

    >>> time_stamp("Fri Dec 28, 7:05 AM ET")
    True
    >>> time_stamp("Polls close at 8:00 pm on Tuesday")
    False
    """
    rest, clocks = _TIME.subn(" ", text)
    tokens = words(rest)
    if not clocks or not tokens or len(tokens) > MAX_DATE_LINE_WORDS:
        return False
    named = False
    for token in tokens:
        if _MONTH_OR_DAY_WORD.match(token):
            named = True
        elif not _date_word(token):
            return False
    return named


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
