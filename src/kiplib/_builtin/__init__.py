"""The national rules, registered as the default plugin through kiplib's own hooks."""
