"""A Scrapy item pipeline that cleans each page as the crawl goes.

Enable it in the project's settings::

    ITEM_PIPELINES = {"cleaner.integrations.scrapy.CleanerPipeline": 300}

It cleans the item's HTML field (``CLEANER_HTML_FIELD``, default ``html``; str or bytes) with
the HTML route, or, when the item has none, its text field (``CLEANER_TEXT_FIELD``, default
``text``) with the text route, and adds the record's fields (``CLEANER_FIELDS``, default
``headline bullets body language meta rejected``), each under ``CLEANER_PREFIX`` + its name.
The page's URL (``CLEANER_URL_FIELD``, default ``url``) is the record's id and helps the
extraction. A rejected page is dropped (``CLEANER_DROP_REJECTED``, default true; logged at
INFO) or kept with ``rejected`` set. An item with neither field passes unchanged.
``CLEANER_KEEP_INPUT = False`` removes the HTML or text field from the item once cleaned;
``CLEANER_CONFIG`` names a TOML configuration file (README, "Configuration file").

The crawl's stats count ``cleaner/pages``, ``cleaner/rejected``,
``cleaner/rejected/<stage>/<reason>`` and ``cleaner/no_page_field``. Scrapy is an optional
dependency: ``pip install 'cleaner[scrapy]'``.
"""

from __future__ import annotations

from typing import Any, Protocol

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem

from cleaner.config import CleanerConfig
from cleaner.document import Document
from cleaner.errors import ConfigError
from cleaner.pipeline import Pipeline

#: The record fields added to an item unless ``CLEANER_FIELDS`` says otherwise.
DEFAULT_FIELDS = ("headline", "bullets", "body", "language", "meta", "rejected")
#: Record fields that can be added (every key of the record but its schema version).
RECORD_FIELDS = frozenset(Document(id="").to_dict()) - {"schema"}


class SettingsLike(Protocol):
    """What the pipeline reads of ``scrapy.settings.Settings``."""

    def get(self, name: str, default: Any = None) -> Any: ...  # noqa: ANN401

    def getbool(self, name: str, default: bool = False) -> bool: ...

    def getlist(self, name: str, default: list[Any] | None = None) -> list[Any]: ...


class CleanerPipeline:
    """Cleans the page in each item and adds the clean record's fields to it."""

    def __init__(self, settings: SettingsLike, stats: Any = None) -> None:  # noqa: ANN401
        self.html_field: str = settings.get("CLEANER_HTML_FIELD", "html")
        self.text_field: str = settings.get("CLEANER_TEXT_FIELD", "text")
        self.url_field: str = settings.get("CLEANER_URL_FIELD", "url")
        self.prefix: str = settings.get("CLEANER_PREFIX", "")
        self.drop_rejected = settings.getbool("CLEANER_DROP_REJECTED", True)
        self.keep_input = settings.getbool("CLEANER_KEEP_INPUT", True)
        self.fields = tuple(settings.getlist("CLEANER_FIELDS", list(DEFAULT_FIELDS)))
        unknown = sorted(set(self.fields) - RECORD_FIELDS)
        if unknown:
            raise ConfigError(
                f"CLEANER_FIELDS: no record field {unknown}; choose among {sorted(RECORD_FIELDS)}"
            )
        config_path = settings.get("CLEANER_CONFIG")
        config = CleanerConfig.from_toml(config_path) if config_path else CleanerConfig()
        self.pipeline = Pipeline.from_config(config)
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Any) -> CleanerPipeline:  # noqa: ANN401
        return cls(crawler.settings, crawler.stats)

    def process_item(self, item: Any, spider: object = None) -> Any:  # noqa: ANN401
        """Clean the item's page; raise ``DropItem`` for a rejected page when set to."""
        adapter = ItemAdapter(item)
        doc = self.clean(adapter)
        if doc is None:
            self._count("cleaner/no_page_field")
            return item
        self._count("cleaner/pages")
        if doc.rejected is not None:
            self._count("cleaner/rejected")
            self._count(f"cleaner/rejected/{doc.rejected.stage}/{doc.rejected.reason}")
            if self.drop_rejected:
                drop = DropItem(f"cleaner rejected the page: {doc.rejected.reason}")
                drop.log_level = "INFO"  # a page with no article is routine in a crawl
                raise drop
        record = doc.to_dict()
        for name in self.fields:
            self._set(adapter, self.prefix + name, record[name])
        if not self.keep_input:
            for name in (self.html_field, self.text_field):
                if adapter.get(name) is not None:
                    del adapter[name]
        return item

    def clean(self, adapter: ItemAdapter) -> Document | None:
        """The item's page cleaned (HTML first, else text); None when it has neither."""
        url = adapter.get(self.url_field)
        url = url if isinstance(url, str) else None
        html = adapter.get(self.html_field)
        if isinstance(html, str | bytes):
            return self.pipeline.clean_html(html, url=url, id=url or "", source=url)
        text = adapter.get(self.text_field)
        if isinstance(text, str | bytes):
            return self.pipeline.clean(text, id=url or "", source=url)
        return None

    def _set(self, adapter: ItemAdapter, name: str, value: Any) -> None:  # noqa: ANN401
        try:
            adapter[name] = value
        except KeyError as exc:
            raise ConfigError(
                f"the item has no field {name!r}: declare it on the Item class, or choose"
                " other names with CLEANER_PREFIX or CLEANER_FIELDS"
            ) from exc

    def _count(self, key: str) -> None:
        if self.stats is not None:
            self.stats.inc_value(key)
