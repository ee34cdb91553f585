"""Configuration: which stages run, extra site-specific patterns, and limits."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cleaner.errors import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

#: Largest page, in characters, that is cleaned; a larger one is rejected with a reason.
#: The largest page in the development set holds about 0.6 M characters of text; 5 M leaves
#: room for long pages while keeping one page's memory and time bounded.
DEFAULT_MAX_CHARS = 5_000_000
#: An HTML page may be this many times ``max_chars`` (markup outweighs text several times).
HTML_SIZE_FACTOR = 4

#: The stages' names, in the order they run (``cleaner.pipeline.STAGE_CLASSES`` holds the
#: stages themselves, and checks on import that its names are these). Here so that a process
#: that only checks a config (the batch's parent, whose workers build the stages) does not
#: import the stages: that import compiles their patterns, about 0.2 s.
STAGE_NAMES = (
    "columns", "encoding", "custom", "chrome", "ads", "script", "comment_section",
    "comment_widgets", "menus", "captions", "related", "main_content", "tails", "site",
    "author_bio", "metadata", "link_teasers", "structure", "language", "verdict",
)  # fmt: skip
#: Stages that cannot be switched off: without them lines would stay unassigned.
REQUIRED = frozenset({"structure"})

_REASON = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True, slots=True)
class DropPattern:
    """A user's pattern: a line that matches it (``re.search``) is removed with ``reason``."""

    pattern: str
    reason: str

    def __post_init__(self) -> None:
        if not _REASON.match(self.reason):
            raise ConfigError(f"reason {self.reason!r} must be lower_snake_case, like 'site_promo'")
        try:
            re.compile(self.pattern)
        except re.error as exc:
            raise ConfigError(f"pattern {self.pattern!r} is not a valid regex: {exc}") from exc


@dataclass(frozen=True, slots=True)
class CleanerConfig:
    """Settings for one pipeline.

    ``disabled``: stage names to skip (see ``cleaner stages``).
    ``drop_patterns``: extra line patterns, each with the reason recorded when it matches.
    ``max_chars``: pages longer than this are rejected, not cleaned.
    """

    disabled: frozenset[str] = field(default_factory=frozenset)
    drop_patterns: tuple[DropPattern, ...] = ()
    max_chars: int = DEFAULT_MAX_CHARS

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> CleanerConfig:
        """Build a config from a mapping shaped like the TOML file (see the README)."""
        unknown = set(data) - {"disable", "drop", "max_chars"}
        if unknown:
            raise ConfigError(
                f"unknown config keys {sorted(unknown)}; use 'disable', 'drop' or 'max_chars'"
            )
        disabled = data.get("disable", [])
        if not isinstance(disabled, list) or not all(isinstance(n, str) for n in disabled):
            raise ConfigError("'disable' must be a list of stage names")
        drops = data.get("drop", [])
        if not isinstance(drops, list):
            raise ConfigError("'drop' must be a list of tables with 'pattern' and 'reason'")
        patterns = []
        for item in drops:
            if not isinstance(item, Mapping) or set(item) != {"pattern", "reason"}:
                raise ConfigError("each [[drop]] table needs exactly 'pattern' and 'reason'")
            patterns.append(DropPattern(str(item["pattern"]), str(item["reason"])))
        max_chars = data.get("max_chars", DEFAULT_MAX_CHARS)
        if not isinstance(max_chars, int) or max_chars <= 0:
            raise ConfigError("'max_chars' must be a positive whole number")
        return cls(frozenset(disabled), tuple(patterns), max_chars)

    @classmethod
    def from_toml(cls, path: str | Path) -> CleanerConfig:
        """Read a TOML config file."""
        try:
            with open(path, "rb") as handle:
                data = tomllib.load(handle)
        except OSError as exc:
            raise ConfigError(f"cannot read config {path}: {exc.strerror}") from exc
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"config {path} is not valid TOML: {exc}") from exc
        return cls.from_mapping(data)

    def with_disabled(self, names: Iterable[str]) -> CleanerConfig:
        return CleanerConfig(self.disabled | frozenset(names), self.drop_patterns, self.max_chars)


def check_config(config: CleanerConfig) -> None:
    """Raise :class:`ConfigError` when a config names stages that do not exist or cannot be
    switched off; checked without building (or importing) the stages."""
    unknown = config.disabled - set(STAGE_NAMES)
    if unknown:
        raise ConfigError(
            f"unknown stage names {sorted(unknown)}; see 'cleaner stages' for the list"
        )
    required = config.disabled & REQUIRED
    if required:
        raise ConfigError(f"stages {sorted(required)} cannot be disabled")


def char_limit(max_chars: int | None, *, html: bool = False) -> int | None:
    """The most characters a page (text, or HTML) may hold before it is rejected unread.

    >>> char_limit(1000), char_limit(1000, html=True), char_limit(None)
    (1000, 4000, None)
    """
    if max_chars is None:
        return None
    return max_chars * HTML_SIZE_FACTOR if html else max_chars
