"""pytest plugin (entry point ``pytest11``): the ``kiplib_plugins`` fixture.

Examples:
    In a test::

        def test_local_notice(kiplib_plugins):
            kiplib_plugins(my_plugin)          # only the national rules and my_plugin
            assert kiplib.deadline("notice", start, body=body).floor is not None
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack
from types import ModuleType

import pytest

from kiplib.plugins import LocalPlugin, PluginInfo, using_plugins

__all__ = ["kiplib_plugins"]


@pytest.fixture
def kiplib_plugins() -> Iterator[Callable[..., tuple[PluginInfo, ...]]]:
    """Register plugins for one test: call it with plugin modules or ``LocalPlugin`` values.
    The previous plugins are restored when the test ends."""
    with ExitStack() as stack:

        def use(*plugins: LocalPlugin | ModuleType) -> tuple[PluginInfo, ...]:
            return stack.enter_context(using_plugins(*plugins))

        yield use
