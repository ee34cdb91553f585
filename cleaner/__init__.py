"""cleaner: turn scraped news pages into clean, structured article records.

The public names are imported on first use (PEP 562), so that ``import cleaner`` and
``cleaner --help`` stay quick: the stages compile their patterns, and trafilatura,
dateparser, langdetect and ftfy load, only when a page is cleaned.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from cleaner.config import CleanerConfig, DropPattern
    from cleaner.document import SCHEMA_VERSION, Document
    from cleaner.errors import CleanerError, DecodeError
    from cleaner.pipeline import Pipeline, clean, clean_html, clean_many

#: Where each public name lives.
_LAZY = {
    "SCHEMA_VERSION": "cleaner.document",
    "CleanerConfig": "cleaner.config",
    "CleanerError": "cleaner.errors",
    "DecodeError": "cleaner.errors",
    "Document": "cleaner.document",
    "DropPattern": "cleaner.config",
    "Pipeline": "cleaner.pipeline",
    "clean": "cleaner.pipeline",
    "clean_html": "cleaner.pipeline",
    "clean_many": "cleaner.pipeline",
}

__all__ = [
    "SCHEMA_VERSION",
    "CleanerConfig",
    "CleanerError",
    "DecodeError",
    "Document",
    "DropPattern",
    "Pipeline",
    "__version__",
    "clean",
    "clean_html",
    "clean_many",
]


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'cleaner' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
