"""A site's and its sections' names, read from a page's URL: a title candidate that is
only one of them is no headline."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

#: A candidate of at most this many words that spells a label of the page's host name
#: ("tehran times" on tehrantimes.com, "The Times Leader" on timesleader.com) is the site's
#: name: old pages without <h1> or og:title put only the site's name in <title>. It loses its
#: votes, and when it still wins there is no title: the text stages look for one in the
#: text. Labels shorter than ``SITE_LABEL_MIN_CHARS`` ("bbc", "cnn") or generic ones
#: ("news", "blogs") tell nothing. HTML route, development pages: headline 0.757 -> 0.778
#: of 329 gold titles (4 blog posts without one also get their post's title instead of the
#: blog's name); snippets pages 0.790 -> 0.792 (lost: "Gitarre & Bass 02/2022", a magazine's
#: issue on gitarrebass.de), gold_with kept 0.953 -> 0.955.
SITE_NAME_MAX_WORDS = 5
#: ...and the label is at least this share of its letters and digits: "Parallels Desktop 15
#: for Mac" on parallels.com is a product's name (0.38; its gold title), "Noticias Infobolsa"
#: the site's (0.53). Without the bound, 3 more development headlines changed, one of them
#: to a gold title ("Blackburn Rovers Football Club News" on blackburn.vitalfootball.co.uk
#: set aside, 0.29), and a snippets page lost its gold title (the product above).
SITE_NAME_SHARE = 0.5
SITE_LABEL_MIN_CHARS = 5
_GENERIC_LABELS = frozenset(
    {"www", "news", "blogs", "sport", "sports", "online", "media", "mobile"}
)
#: A section's name is told the same way, from the folders of the URL's path: a candidate of
#: at most this many words, each a folder's name ("Sport" on /Sport/News/..., "Football
#: News" on /football/news/). Headline, HTML route: dev 0.778 -> 0.781, snippets 0.792 ->
#: 0.794. With the last part of the path too, 5 snippets pages named by it ("/Penny",
#: "/johannes/") lost their title.
SECTION_NAME_MAX_WORDS = 3


@dataclass(frozen=True)
class SiteNames:
    """What a page's URL says its site and sections are called."""

    labels: frozenset[str] = frozenset()
    sections: frozenset[str] = frozenset()

    @classmethod
    def of(cls, url: str | None) -> SiteNames:
        return cls(host_labels(url), path_sections(url))

    def named(self, candidate: str, tokens: list[str]) -> bool:
        """Whether a title candidate (and its words) is the site's or a section's name."""
        return names_host(candidate, tokens, self.labels) or names_section(tokens, self.sections)


def host_labels(url: str | None) -> frozenset[str]:
    """The labels of a URL's host that can name its site, without hyphens.

    >>> sorted(host_labels("http://www.tehran-times.com/x")), host_labels("https://bbc.co.uk/")
    (['tehrantimes'], frozenset())
    """
    host = (urlsplit(url).hostname or "") if url else ""
    return frozenset(
        label.replace("-", "")
        for label in host.lower().split(".")[:-1]
        if len(label) >= SITE_LABEL_MIN_CHARS and label not in _GENERIC_LABELS
    )


def names_host(candidate: str, tokens: list[str], labels: frozenset[str]) -> bool:
    """Whether a short candidate spells one of its host's ``labels``: "Bangkok Post" on
    bangkokpost.com, "Noticias Infobolsa" on infobolsa.es."""
    if not labels or len(tokens) > SITE_NAME_MAX_WORDS:
        return False
    key = re.sub(r"[\W_]", "", candidate.casefold())
    return any(label in key and len(label) >= SITE_NAME_SHARE * len(key) for label in labels)


def path_sections(url: str | None) -> frozenset[str]:
    """The folders of a URL's path that are single words: the site's sections ("sport",
    "nba"). The last part is the page's own name ("/wiki/Penny", "/johannes/"), which may
    be its title.

    >>> sorted(path_sections("http://x.com/en/Sport/News/2007/12/prem-news.html"))
    ['en', 'news', 'sport']
    >>> sorted(path_sections("http://x.com/people/johannes/"))
    ['people']
    """
    path = urlsplit(url).path if url else ""
    folders = [segment.casefold() for segment in path.split("/") if segment][:-1]
    return frozenset(name for name in folders if len(name) >= 2 and name.isalpha())


def names_section(tokens: list[str], sections: frozenset[str]) -> bool:
    """Whether a candidate of at most ``SECTION_NAME_MAX_WORDS`` words is only folder names
    of its page's URL: "Football News" on /football/news/, "NBA" on /nba/."""
    return (
        bool(sections)
        and 0 < len(tokens) <= SECTION_NAME_MAX_WORDS
        and all(token.casefold() in sections for token in tokens)
    )
