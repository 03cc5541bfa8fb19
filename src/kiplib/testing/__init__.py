"""The public test kit for apps and plugin authors.

* :mod:`kiplib.testing.strategies` — Hypothesis strategies that generate valid kiplib values
  (dates in the supported range, public bodies, steps …), so a test suite can property-test
  its own deadline logic against kiplib's.

Install with ``pip install "kiplib[testing]"``.
"""
