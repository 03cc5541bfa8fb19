"""Every plugin runs kiplib's conformance check and the never-loosens property."""

from __future__ import annotations

import kiplib
from kiplib import plugins
from kiplib.testing.plugins import assert_never_loosens, assert_plugin_conforms, registered

from kiplib_template import data, plugin


def test_conforms() -> None:
    assert assert_plugin_conforms(plugin).scope == data.SCOPE


def test_never_loosens_the_national_rules() -> None:
    assert_never_loosens(plugin, max_examples=20)


def test_ppid_structure() -> None:
    body = kiplib.PublicBody(name="Dinas", region_code="99.99")
    with registered(plugin):
        assert plugins.ppid_units_for(body) == data.PPID_UNITS
