"""The examples in the package's docstrings run, and say what they show."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import cleaner

MODULES = sorted(
    info.name
    for info in pkgutil.walk_packages(cleaner.__path__, "cleaner.")
    # Optional extras: their modules import what may not be installed.
    if not info.name.startswith(("cleaner.integrations", "cleaner.dask", "cleaner.parquet"))
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
