"""The rule book: the national law plus the overlays of a chosen set of district plugins."""
