"""Line rules that need no context: page chrome, ads, comment widgets, the user's patterns."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import ClassVar

from cleaner import patterns as P
from cleaner.casefold import needle_text
from cleaner.config import DropPattern
from cleaner.linepattern import FirstRule, LinePattern, Source
from cleaner.stages.base import LineFilter
from cleaner.text import cached, strip_bullet, word_count, words

#: Lines whose marker-less content and word count are remembered: the chrome, ad and
#: comment-widget filters look at the same lines one after the other, and menus repeat
#: across the pages of a batch. A page of the development set has at most about 2,000 lines.
_CONTENT_CACHE_SIZE = 8192


def _measure(text: str) -> tuple[str, int, str | None]:
    """The line without its list marker, how many words that leaves, and where the
    patterns look for their needed strings in it (:func:`needle_text`)."""
    content = strip_bullet(text)[1]
    return content, word_count(content), needle_text(content)


#: :func:`_measure`, remembered.
_content = cached(_measure, _CONTENT_CACHE_SIZE)


def _short_content(
    text: str, max_words: int = P.MAX_CHROME_WORDS
) -> tuple[str, int, str | None] | None:
    """:func:`_measure` of the line, or None when it is too long to be a control."""
    measured = _content(text)
    return measured if measured[1] <= max_words else None


#: Copyright and legal notices run longer than controls: the development pages' longest
#: ("Copyright 2008 The Associated Press. All rights reserved. This material may not be
#: published, broadcast, rewritten or redistributed.") has 17 words; 40 leaves room.
MAX_LEGAL_WORDS = 40
#: Newsletter and follow pitches run longer than controls too ("Sign up for our daily email
#: newsletter and get our latest fact-checks delivered to your inbox"): up to this many
#: words, a line that opens like one (``P.SUBSCRIBE``, ``P.SOCIAL_FOLLOW``) is one. Lines of
#: 15 to 40 words that open so: 19 in the development pages, none in a gold body; 16 in
#: snippets_dev, 8 of them gold_without snippets and none a gold_with one.
MAX_PITCH_WORDS = 40
#: A row of links: at least this many separators ("Help | Contact Us | Advertise | RSS").
LINK_ROW_MIN_SEPARATORS = 3
#: ... with items this short on average (in words).
LINK_ROW_MAX_ITEM_WORDS = 4
_SEPARATORS = re.compile(r"\s+[|·•]\s+|\s+-\s+(?=\S)|\s*\|\s*")


def is_link_row(text: str) -> bool:
    """A line of short items between separators: a footer or share row.

    >>> is_link_row("Help and Contact Us | Advertise With Us | Mobile | Newsletters | RSS")
    True
    >>> is_link_row("He said | she said")
    False
    """
    # Every match of ``_SEPARATORS`` holds one of these characters: a line without any is
    # one item, so not a row, and need not be split. (Looked for one by one: on the 51,087
    # lines of up to 40 words of a pass over the development pages 0.004 s, and 0.025 s
    # as ``frozenset.isdisjoint``, which looks up every character of the line.)
    if "|" not in text and "-" not in text and "·" not in text and "•" not in text:
        return False
    items = [item for item in _SEPARATORS.split(text) if item.strip()]
    if len(items) <= LINK_ROW_MIN_SEPARATORS:
        return False
    return sum(len(words(item)) for item in items) / len(items) <= LINK_ROW_MAX_ITEM_WORDS


def first_rule_source(patterns: Sequence[re.Pattern[str] | LinePattern | Source]) -> Source:
    """The source of one pattern for patterns that all match at the start of a line
    (``^...``) with the same flags: group ``i`` matches when pattern ``i`` is the first in
    order that matches, as the alternatives are tried in order (when the patterns have no
    groups of their own)."""
    flags = {pattern.flags for pattern in patterns}
    if len(flags) != 1 or not all(p.pattern.startswith("^") for p in patterns):
        raise ValueError("rules must be anchored at the line start, with one set of flags")
    body = "|".join(f"({pattern.pattern[1:]})" for pattern in patterns)
    return Source(f"^(?:{body})", flags.pop())


def first_rule(rules: Sequence[tuple[re.Pattern[str] | LinePattern, str]]) -> re.Pattern[str]:
    """One pattern for rules that all match at the start of a line (``^...``) with the same
    flags: group ``i`` matches when rule ``i`` is the first in order that matches, as the
    alternatives are tried in order. One search instead of one a rule.

    >>> import re
    >>> both = first_rule([(re.compile("^a"), "x"), (re.compile("^ab"), "y")])
    >>> both.match("abc").lastindex
    1
    """
    if any(pattern.groups for pattern, _ in rules):
        raise ValueError("rules must have no groups of their own")
    source = first_rule_source([pattern for pattern, _ in rules])
    return re.compile(source.pattern, source.flags)


def first_rule_of(patterns: Iterable[re.Pattern[str] | LinePattern]) -> FirstRule:
    """A :class:`~cleaner.linepattern.FirstRule` over line-start patterns, its combinations
    made by :func:`first_rule_source`."""
    return FirstRule(list(patterns), first_rule_source)


#: The last character of an archive menu's line: its last year's digit or count's bracket.
_ARCHIVE_ENDS = frozenset("0123456789)")


def archive_months(content: str) -> bool:
    """A blog's archive menu on one line (:data:`~cleaner.patterns.ARCHIVE_MONTHS`): months
    with their years, some year at least ``ARCHIVE_SAME_YEAR`` times.

    >>> archive_months("Select Month May 2012 April 2012 March 2012 February 2012")
    True
    >>> archive_months("Spain 2010 Italy 2006 Brazil 2002 France 1998")
    False
    """
    if content.rstrip()[-1:] not in _ARCHIVE_ENDS or P.ARCHIVE_MONTHS.match(content) is None:
        return False  # a menu ends with a year or a count, prose with a stop
    years = Counter(P.ARCHIVE_MONTH_YEAR.findall(content))
    return max(years.values()) >= P.ARCHIVE_SAME_YEAR


class ChromeFilter(LineFilter):
    """Page chrome: the controls around an article.

    Reasons:
    - ``skip_link``: "Skip to main content", "Zum Inhalt", "Back to top".
    - ``share``: share, print and e-mail buttons, lists of social networks.
    - ``social_follow``: "Follow us on ...", "Join Telegram".
    - ``subscribe``: newsletter, subscription and app prompts.
    - ``login``: log in, register, account links.
    - ``cookie_notice``: cookie and consent text.
    - ``feedback``: "Found a bug?", "Report an error".
    - ``navigation``: previous/next, pagination, "Home", "More", search, footer link rows,
      "Don't miss" and reprint links, other stories' headlines tagged "[VIDEO]", "[INSIGHT]",
      a blog's archive menu of months on one line ("Select Month May 2012 April 2012 ...").
    - ``copyright``: a copyright or legal notice ("© 2012 ...", "All rights reserved",
      "This material may not be published, broadcast, rewritten or redistributed").
    - ``link_row``: a row of short links between separators ("Help | Contact | RSS").
    - ``reading_time``: a reading-time stamp ("5 min read", "Lesezeit: 3 Minuten").
    """

    name: ClassVar[str] = "chrome"
    reasons = frozenset(
        {"skip_link", "share", "social_follow", "subscribe", "login", "cookie_notice",
         "feedback", "navigation", "copyright", "link_row", "reading_time"}
    )  # fmt: skip
    _rules: ClassVar[tuple[tuple[re.Pattern[str] | LinePattern, str], ...]] = (
        (P.SKIP_LINK, "skip_link"),
        (P.SHARE, "share"),
        (P.SOCIAL_FOLLOW, "social_follow"),
        (P.SUBSCRIBE, "subscribe"),
        (P.LOGIN, "login"),
        (P.FEEDBACK, "feedback"),
        (P.NAVIGATION, "navigation"),
        (P.READING_TIME, "reading_time"),
        (P.PROMO_NAV, "navigation"),
        (P.TEASER_TAG, "navigation"),
    )
    #: The first of ``_rules`` that matches, trying only the phrases that could.
    _first_rule: ClassVar[FirstRule] = first_rule_of(pattern for pattern, _ in _rules)

    #: Pitches of up to :data:`MAX_PITCH_WORDS` words, found the same way.
    _pitches: ClassVar[tuple[tuple[LinePattern, str], ...]] = (
        (P.SUBSCRIBE, "subscribe"),
        (P.SOCIAL_FOLLOW, "social_follow"),
    )
    _pitch_rule: ClassVar[FirstRule] = first_rule_of(pattern for pattern, _ in _pitches)

    def check(self, text: str) -> str | None:
        # ``lower``: where the patterns look for their needed strings, once for all of them.
        content, count, lower = _content(text)
        if P.POST_FOOTER.match_lower(content, lower) or archive_months(content):
            return "navigation"  # archive counts and post footers run long
        if count > MAX_LEGAL_WORDS:
            return None
        if P.COPYRIGHT.search(content) or P.LEGAL.search_lower(content, lower):
            return "copyright"
        if P.COOKIE.search(content) or P.COOKIE_MENTION.search_lower(content, lower):
            return "cookie_notice"  # consent text runs long
        if is_link_row(content):
            return "link_row"
        if count > P.MAX_CHROME_WORDS:
            if count > MAX_PITCH_WORDS:
                return None
            pitch = self._pitch_rule.index_lower(content, lower)
            return None if pitch is None else self._pitches[pitch][1]
        index = self._first_rule.index_lower(content, lower)
        return None if index is None else self._rules[index][1]


class AdFilter(LineFilter):
    """Advertising.

    Reasons:
    - ``ad_label``: "Advertisement", "Sponsored", "Реклама", "Anzeige", "Publicidad" ...
    - ``promo_phone``: a short line with a phone number and an advertising word
      ("Реклама +7(700) 388 81 09", "Call now 0800 123 456").
    - ``affiliate_notice``: an affiliate or advertising disclosure ("we may earn an affiliate
      commission", "Für Links auf dieser Seite erhält ... eine Provision").
    """

    name: ClassVar[str] = "ads"
    reasons = frozenset({"ad_label", "promo_phone", "affiliate_notice"})

    def check(self, text: str) -> str | None:
        short = _short_content(text, MAX_LEGAL_WORDS)
        if short is None:
            return None
        content, count, lower = short
        if P.AFFILIATE.search_lower(content, lower):
            return "affiliate_notice"
        if count > P.MAX_CHROME_WORDS:
            return None
        # A phone number holds digits: a line without any is not searched for one.
        if P.DIGIT.search(content) and P.PHONE.search(content) and P.AD_WORDS.search(content):
            return "promo_phone"
        if P.AD_LABEL.search(content):
            return "ad_label"
        return None


class CommentWidgetFilter(LineFilter):
    """Comment widgets that stand alone: "No comments:", "Post a Comment", "12 comments",
    "blog comments powered by Disqus", "Leave a reply", in several languages.

    Reasons:
    - ``comment_widget``: one of those lines.
    """

    name: ClassVar[str] = "comment_widgets"
    reasons = frozenset({"comment_widget"})

    def check(self, text: str) -> str | None:
        short = _short_content(text, 12)
        if short is not None and P.COMMENT_WIDGET.search(short[0]):
            return "comment_widget"
        return None


class PatternFilter(LineFilter):
    """The user's own patterns (``[[drop]]`` in the config file), each with its own reason."""

    name: ClassVar[str] = "custom"

    def __init__(self, drop_patterns: Sequence[DropPattern] = ()) -> None:
        self._rules = tuple((re.compile(p.pattern), p.reason) for p in drop_patterns)
        self.reasons = frozenset(p.reason for p in drop_patterns)

    def check(self, text: str) -> str | None:
        for pattern, reason in self._rules:
            if pattern.search(text):
                return reason
        return None
