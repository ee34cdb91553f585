"""Cleaner inside other tools: :mod:`cleaner.integrations.scrapy` (an item pipeline)."""
