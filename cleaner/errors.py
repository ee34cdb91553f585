"""Errors the library raises. Each says what went wrong and how to fix it."""

from __future__ import annotations


class CleanerError(Exception):
    """Base class of every error the library raises on purpose."""


class DecodeError(CleanerError):
    """The input bytes are not text (binary data, or no encoding fits)."""


class InputError(CleanerError):
    """An input record or file cannot be read as a page."""


class ConfigError(CleanerError):
    """A configuration value is wrong."""
