"""The public test kit for apps and plugin authors.

* :mod:`kiplib.testing.strategies` — Hypothesis strategies that generate valid kiplib values
  (dates in the supported range, public bodies, steps …), so a test suite can property-test
  its own deadline logic against kiplib's; ``bodies_in_scope`` and ``consequence_test_facts``
  generate values inside a plugin's scope.
* :mod:`kiplib.testing.plugins` — the plugin author's kit: ``assert_plugin_conforms``,
  ``assert_never_loosens`` (a property test) and ``registered`` (a context manager); the
  pytest fixture ``kiplib_plugins`` comes with kiplib (``pytest11`` entry point).

Install with ``pip install "kiplib[testing]"``.
"""
