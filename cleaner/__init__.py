"""cleaner: turn scraped news pages into clean, structured article records."""

from cleaner.config import CleanerConfig, DropPattern
from cleaner.document import SCHEMA_VERSION, Document
from cleaner.errors import CleanerError, DecodeError
from cleaner.pipeline import Pipeline, clean, clean_html, clean_many

__version__ = "0.1.0"

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
