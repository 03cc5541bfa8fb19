"""kiplib's pytest plugin, as pytest loads it (entry point ``pytest11``, name ``kiplib``).

A module outside the ``kiplib`` package, so that the many pytest runs of a project that only
has kiplib installed never import kiplib: it is imported when a test asks for the
``kiplib_plugins`` fixture, not before. Its public home is :mod:`kiplib.testing.pytest_plugin`
(turn it off with ``-p no:kiplib``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack
from types import ModuleType
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # pragma: no cover
    from kiplib.plugins import LocalPlugin, PluginInfo

__all__ = ["kiplib_plugins"]


@pytest.fixture
def kiplib_plugins() -> Iterator[Callable[..., tuple[PluginInfo, ...]]]:
    """Register plugins for one test: call it with plugin modules or
    :class:`~kiplib.plugins.LocalPlugin` values; only the national rules and those plugins
    apply until the test ends, then the previous plugins are restored.

    Examples:
        In a test::

            def test_local_notice(kiplib_plugins):
                kiplib_plugins(my_plugin)      # only the national rules and my_plugin
                assert kiplib.deadline("notice", start, body=body).floor is not None
    """
    from kiplib.plugins import using_plugins  # kiplib is imported here, on first use

    with ExitStack() as stack:

        def use(*plugins: LocalPlugin | ModuleType) -> tuple[PluginInfo, ...]:
            infos: tuple[PluginInfo, ...] = stack.enter_context(using_plugins(*plugins))
            return infos

        yield use
