"""pytest plugin (entry point ``pytest11``, name ``kiplib``): the ``kiplib_plugins`` fixture.

pytest loads it for every project where kiplib is installed; kiplib itself is imported only
when a test uses the fixture (the entry point names a small module outside the package, which
this module re-exports). A suite that lists its plugins itself may write
``pytest_plugins = ["kiplib.testing.pytest_plugin"]``; ``-p no:kiplib`` turns it off.

Examples:
    In a test::

        def test_local_notice(kiplib_plugins):
            kiplib_plugins(my_plugin)          # only the national rules and my_plugin
            assert kiplib.deadline("notice", start, body=body).floor is not None
"""

from __future__ import annotations

from _kiplib_pytestplugin import kiplib_plugins

__all__ = ["kiplib_plugins"]
