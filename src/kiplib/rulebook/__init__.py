"""The rule book: the national law plus the overlays of a chosen set of district plugins.

* :class:`RuleBook` — one immutable value that every computation receives (``rules=``);
  :meth:`RuleBook.for_body` resolves a body's rules once (:class:`BodyRules`).
* :mod:`kiplib.rulebook.contributions` and :mod:`kiplib.rulebook.styles` — what a plugin
  contributes (the value types of the hooks).
* :mod:`kiplib.rulebook.national` — the national law's own contributions.
* :mod:`kiplib.rulebook.checks` — the national floor, checked on each contribution.
"""

from __future__ import annotations

from kiplib.rulebook.book import BodyRules, RuleBook, rules_or_default
from kiplib.rulebook.contributions import Contributions, PluginInfo

__all__ = ["BodyRules", "Contributions", "PluginInfo", "RuleBook", "rules_or_default"]
