"""A title that shares its line with an interface stamp: a wide dump sets the cell of a
search box, a sign-up link or a feed's button beside the title with a single space
("Last 30 days search Storm hits the coast", "Storm hits the coast free RSS feed from
Daily Post"). The stamp is the line's head or tail that holds the interface words; what
is left is offered as the title when the article's opening echoes it.
"""

from __future__ import annotations

import re

#: Words of a page's interface: links, buttons, forms, sharing.
UI_WORD = re.compile(
    r"\b(?:click|tap|subscribe|subscribers?|sign(?:ed)? (?:in|up)|log ?in|newsletter|rss|feeds?"
    r"|share|e-?mail|print(?:able|-friendly)?|tweet|comments?|trackback|login|menu|navigation"
    # a page's tools beside its title: "Printer Friendly Page", "Send this to a friend"
    r"|printer[- ]friendly|druckversion|druckansicht|version imprimable|to a friend"
    r"|einem freund|à un ami|a un amig[oa]"
    r"|search|reprints?|abonnieren|abonnent\w*|anmelden|registrieren|teilen|drucken|twittern"
    r"|kommentare?|suche|s'abonner|abonnez|partager|imprimer|connexion|suscr[íi]bete"
    r"|compartir|imprimir|iniciar sesi[óo]n|condividi|stampa|accedi|facebook|twitter"
    r"|whatsapp|linkedin|pinterest|reddit|del\.icio\.us|digg)\b",
    re.IGNORECASE,
)
#: A stamp's words run at most this far past its last interface word, to the end of its
#: phrase ("Sign up now!", "RSS feed from Daily Post" is a tail to the line's end).
STAMP_RUN_WORDS = 2
#: A stamp has at least this many words: one word beside a title is a kicker, a section's
#: label ("KOMMENTAR Wahl in Petersberg": snippets pages, one headline lost with one).
STAMP_MIN_WORDS = 2
#: What is left of the line has at least this many words.
TRIMMED_MIN_WORDS = 3
_PHRASE_END = re.compile(r"[!?:|»]$")


def _head_cut(text: str, last_end: int) -> int:
    """Where the title starts after a stamp at the line's head that ends at ``last_end``:
    past its phrase's end ("Sign up now!") when that comes within ``STAMP_RUN_WORDS``."""
    rest = [m for m in re.finditer(r"\S+", text) if m.start() >= last_end]
    for match in rest[:STAMP_RUN_WORDS]:
        if _PHRASE_END.search(match.group()):
            return match.end()
    return last_end


def trimmed(text: str) -> list[tuple[str, str]]:
    """The line without the interface stamp at its head, and without the one at its tail,
    each with the stamp: what is left after the last interface word's phrase, and before
    the first one; each of at least ``TRIMMED_MIN_WORDS`` words. The caller keeps the one
    the article echoes, and not its stamp.

    >>> trimmed("Last 30 days search Storm hits the coast")[0]
    ('Storm hits the coast', 'Last 30 days search')
    >>> [rest for rest, _ in trimmed("Submit a press release Sign up now! Storm hits the coast")]
    ['Storm hits the coast', 'Submit a press release', 'Submit a press']
    >>> trimmed("Storm hits the coast RSS feed from Daily Post")[1]
    ('Storm hits the coast', 'RSS feed from Daily Post')
    >>> trimmed("Storm hits the coast free RSS feed")[:2]
    [('Storm hits the coast free', 'RSS feed'), ('Storm hits the coast', 'free RSS feed')]
    >>> trimmed("Share this story on Facebook")
    []
    """
    matches = list(UI_WORD.finditer(text))
    if not matches:
        return []
    cut = _head_cut(text, matches[-1].end())
    first = matches[0].start()
    cuts = [(text[cut:], text[:cut]), (text[:first], text[first:])]
    # The stamp's words before its first interface word, in small letters ("free RSS
    # feed"): the caller keeps the cut whose stamp the article does not echo.
    lead = text[:first]
    for _ in range(STAMP_RUN_WORDS):
        word = re.search(r"\s(\S+)\s*$", lead)
        if word is None or not word.group(1).isalpha() or not word.group(1).islower():
            break
        lead = lead[: word.start()]
        cuts.append((lead, text[len(lead) :]))
    out = []
    for rest, stamp in cuts:
        rest = rest.strip(" -–—:|·•*»«,")
        if len(rest.split()) >= TRIMMED_MIN_WORDS and len(stamp.split()) >= STAMP_MIN_WORDS:
            out.append((rest, stamp.strip()))
    return out
