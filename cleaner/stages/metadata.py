"""Metadata: dates, bylines, datelines and agencies, moved out of the text into ``meta``."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import ClassVar

from cleaner.blocks import Block, first_prose, group_blocks
from cleaner.dates import is_date_line, parse_date, split_trailing_date, strip_date_words
from cleaner.document import Document, Line, LineKey, Meta
from cleaner.stages.base import Stage
from cleaner.text import strip_bullet, words

#: News agencies and wire services that sign articles (as they write their own names).
AGENCIES = (
    "AFP", "AP", "Associated Press", "Reuters", "CNN", "Bloomberg", "dpa", "DPA", "Xinhua",
    "TASS", "ITAR-TASS", "RIA Novosti", "Interfax", "EFE", "ANSA", "PA", "UPI", "Kyodo",
    "Yonhap", "AAP", "Anadolu", "BBC", "APA", "KNA", "epd", "SDA", "ATS", "Belga", "ANP",
    "PAP", "CTK", "MTI", "IANS", "PTI", "Bernama", "Antara", "NTB", "TT", "Ritzau", "STT",
    "Lusa", "AGI", "Europa Press", "Agence France-Presse", "CNN Wire", "UNIAN", "Ukrinform",
    "Sputnik", "RIA", "WAM", "SPA", "KUNA", "MENA", "IRNA", "Notimex", "Télam",
    "Press Association", "Canadian Press",
)  # fmt: skip
_AGENCY = "|".join(sorted((re.escape(a) for a in AGENCIES), key=len, reverse=True))

#: "By the CNN Wire Staff", "By Dan Muse", "Von Mark Hosak", "Par ...", "Por ...".
BYLINE = re.compile(
    r"^\W*(?:(?:posted |written |reported |story )?by|von|par|por|di|przez|door|av|af|автор):?"
    r"\s+(?P<name>[^\W\d_][\w.'’-]*(?:[ ,]+(?:and |und |et |y |e |i |и )?[^\W\d_][\w.'’-]*){0,7})"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)
#: "Mona Salem, AFP", "John Smith (Reuters)", "John Smith | AP".
NAME_AGENCY = re.compile(
    rf"^\W*(?P<name>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){{0,3}})\s*(?:,|\||/|\(|-|–|—)\s*"
    rf"(?P<agency>{_AGENCY})\)?\W*$"
)
#: "WASHINGTON (Reuters) -", "(CNN) --", "BERLIN, June 3 (AP) —", "PARIS (AFP) -", and the
#: underscore of older wire copy, "Fairfield (AP) _".
DATELINE = re.compile(
    rf"^(?P<dateline>(?:(?P<place>[A-Z][A-Z.'’ -]{{1,40}}?|[A-Z][\w.'’ -]{{1,40}}?)"
    rf"(?:,\s*[\w. ]{{1,25}}?)?\s*)?\((?P<agency>{_AGENCY}|[A-Z][\w.&]{{1,15}})\))"
    r"\s*(?:[-–—]{1,2}|_)\s*"
)
#: An agency's credit on a line of its own, as a wire story's byline, in its own spelling or
#: in capitals, perhaps with its desk or a date: "The Associated Press", "THE CANADIAN
#: PRESS", "The Press Association Newsdesk", "Associated Press - January 14, 2008 12:53 PM
#: ET". Not "(AP)", a piece of a dateline. On the development dumps 37 such lines are page
#: furniture above the article and at most 9 have their words in a gold body; in w3m and
#: lynx dumps the bare credit was chosen as the headline on 21 pages.
_AGENCY_ANY_CASE = "|".join(
    sorted({re.escape(s) for a in AGENCIES for s in (a, a.upper())}, key=len, reverse=True)
)
AGENCY_LINE = re.compile(
    rf"^[-–—©\s]*(?:The |THE )?(?P<agency>{_AGENCY_ANY_CASE})"
    r"(?: (?:[Nn]ewsdesk|NEWSDESK|[Ss]taff|STAFF|[Ww]ire|WIRE))?"
    r"(?:\s*[-–—|,]\s*(?P<date>\S.*?))?\W*$"
)
#: A dateline without an agency: "BERLIN — ", "KYIV, Ukraine — ".
PLACE_DATELINE = re.compile(
    r"^(?P<dateline>[A-Z][A-Z.'’ -]{2,30}(?:,\s*[A-Z][\w. ]{1,25})?)\s*[-–—]{1,2}\s+(?=[A-Z])"
)
#: "..., AFP reports.", "according to Reuters", "(AFP)".
AGENCY_MENTION = re.compile(
    rf"(?:,\s*(?P<a1>{_AGENCY}) (?:reports?|reported|said|says)\b"
    rf"|\baccording to (?:the )?(?P<a2>{_AGENCY})\b|\((?P<a3>{_AGENCY})\)\s*$)"
)
#: Bylines and dates are looked for in the header, and in this many blocks of the body.
BODY_BLOCKS_SEARCHED = 3
#: A byline has at most this many words (with its "By").
MAX_BYLINE_WORDS = 12
#: Small words inside a name ("Ursula von der Leyen", "Jan de Vries", "Max und Erika
#: Muster"): every other word of a byline's name starts with a capital ("Von der Leyen
#: sagte am Montag" and "Por supuesto que sí" are sentences).
NAME_PARTICLES = frozenset(
    "von van der den de del della di da du des la le ter ten zu y e i et and und и bin al".split()
)


def canonical_agency(name: str) -> str:
    """An agency's name as it writes it, for one found in capitals.

    >>> canonical_agency("ASSOCIATED PRESS"), canonical_agency("AFP")
    ('Associated Press', 'AFP')
    """
    return next((a for a in AGENCIES if a.upper() == name.upper()), name)


#: The word before a time or date at a name's end ("Stadler at", "Fabian am", "Paul le").
TIME_WORD = re.compile(r"\s+(?:at|on|am|um|op|le|el|il)$")


def person(name: str) -> bool:
    """True when a byline's name is a name, not a sentence: its first word and every word
    but :data:`NAME_PARTICLES` start with a capital ("the" may open it: "By the CNN Wire
    Staff"; "d'Études" counts).

    >>> person("Mark Hosak"), person("Jan de Vries"), person("der Leyen sagte Nein")
    (True, True, False)
    """
    tokens = name.replace(",", " ").split()
    if not tokens:
        return False
    for index, token in enumerate(tokens):
        if any(part[:1].isupper() for part in re.split(r"['’-]", token)):
            continue
        if index == 0 and token.lower() == "the" and len(tokens) > 1:
            continue
        if index == 0 or token.lower() not in NAME_PARTICLES:
            return False
    return True


class MetadataStage(Stage):
    """Move dates, bylines, datelines and agencies into ``meta``.

    Reasons (the line's content is in ``meta``; the line is recorded here):
    - ``date``: a line that holds only a date ("Last updated: January 30, 2012").
    - ``byline``: "By the CNN Wire Staff", "Mona Salem, AFP".
    - ``date_byline``: a line with both ("Published 6 July 2015 by Mark Hosak").

    A date glued to the end of a headline is split off: the line stays, shorter. A dateline
    ("WASHINGTON (Reuters) -") and an agency (", AFP reports") are recorded in ``meta`` and
    the body keeps its words.
    """

    name: ClassVar[str] = "metadata"
    reasons = frozenset({"date", "byline", "date_byline"})

    def byline_of(self, text: str) -> tuple[str | None, str | None, str | None]:
        """``(byline, agency, date)`` of a byline line, or three Nones."""
        content = strip_bullet(text)[1]
        if len(words(content)) > MAX_BYLINE_WORDS:
            return None, None, None
        match = NAME_AGENCY.match(content)
        if match:
            return match.group("name"), match.group("agency"), None
        credit = AGENCY_LINE.match(content)
        if credit:
            when = parse_date(credit.group("date")) if credit.group("date") else None
            if when or not credit.group("date"):
                signed = canonical_agency(credit.group("agency"))
                return signed, signed, when
        match = BYLINE.match(content)
        if not match:
            return None, None, None
        name = match.group("name").strip(" ,")
        date = parse_date(content)
        if date:
            name = strip_date_words(name)
        name = TIME_WORD.sub("", name)  # "posted by Stadler at 12:53"
        if not person(name):
            return None, None, None
        agency = next((a for a in AGENCIES if re.search(rf"\b{re.escape(a)}\b", name)), None)
        return name, agency, date

    def apply(self, doc: Document) -> Document:
        blocks = group_blocks(doc.lines)
        body_start = first_prose(blocks)
        meta = doc.meta
        decisions: dict[LineKey, str] = {}
        changed: dict[LineKey, Line] = {}
        searched = blocks[: body_start + BODY_BLOCKS_SEARCHED]
        for index, block in enumerate(searched):
            if len(block.lines) > 1 and index >= body_start:
                continue
            text = block.text
            byline, agency, date = self.byline_of(text)
            line_date = None if byline else is_date_line(text)
            if byline:
                meta = replace(
                    meta,
                    byline=meta.byline or byline,
                    agency=meta.agency or agency,
                    date=meta.date or date,
                )
                reason = "date_byline" if date else "byline"
            elif line_date:
                meta = replace(meta, date=meta.date or line_date)
                reason = "date"
            else:
                if index < body_start and len(block.lines) == 1 and not meta.date:
                    split = split_trailing_date(text)
                    if split:
                        line = block.lines[0]
                        changed[line.key] = replace(line, text=split[0])
                        meta = replace(meta, date=split[1])
                continue
            for key in block.keys:
                decisions[key] = reason
        meta = self.dateline(blocks[body_start : body_start + BODY_BLOCKS_SEARCHED], meta)
        if changed:
            doc = replace(doc, lines=tuple(changed.get(ln.key, ln) for ln in doc.lines))
        return replace(self.drop(doc, decisions), meta=meta)

    def dateline(self, blocks: list[Block], meta: Meta) -> Meta:
        """Dateline and agency from the first body paragraphs."""
        for block in blocks:
            text = block.text
            match = DATELINE.match(text)
            if match:
                return replace(
                    meta,
                    dateline=meta.dateline or match.group("dateline").strip(),
                    agency=meta.agency or match.group("agency"),
                )
            match = PLACE_DATELINE.match(text)
            if match:
                return replace(meta, dateline=meta.dateline or match.group("dateline").strip())
            mention = AGENCY_MENTION.search(text)
            if mention and not meta.agency:
                agency = mention.group("a1") or mention.group("a2") or mention.group("a3")
                return replace(meta, agency=agency)
        return meta
