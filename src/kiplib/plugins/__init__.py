"""District plugins: what a kabupaten/kota writes for its Perbup/Perda, and how rule books are
built from plugins.

* :mod:`kiplib.plugins.sdk` — what a plugin author imports (``hookimpl`` and the value type
  of every hook); the hooks themselves are specified in :mod:`kiplib.hookspecs`.
* :mod:`kiplib.plugins.manager` — loading: entry points of group ``kiplib``, the
  ``KIPLIB_*`` switches, pluggy; it builds :class:`~kiplib.RuleBook` values, which check
  every contribution against the national floor (:mod:`kiplib.law.floor`).
* :mod:`kiplib.plugins.hooks` — the one table of hooks that drives collecting them.
* :mod:`kiplib.plugins.builtin` — the national law, served through the same hooks.

A computation never consults this package: it receives a rule book (``rules=``).
:func:`load_plugins` and :func:`using_plugins` change what ``rules=None`` means in the whole
process (for scripts and tests); the ``*_for(body)`` helpers read a body's rules from a rule
book (``None``: the process's default).

Examples:
    >>> import kiplib
    >>> from kiplib import plugins
    >>> [p.name for p in plugins.list_plugins(kiplib.RuleBook.national())]
    ['kiplib']
"""

from __future__ import annotations

from datetime import date
from typing import Final

from kiplib._check import argument
from kiplib.errors import Problem
from kiplib.hookspecs import PROJECT
from kiplib.law.bodies import PublicBody
from kiplib.plugins.hooks import HOOKS
from kiplib.plugins.manager import (
    ENTRY_POINT_GROUP,
    LocalPlugin,
    get_plugin_manager,
    list_plugins,
    load_plugins,
    using_plugins,
)
from kiplib.plugins.sdk import (
    CATEGORIES,
    CategoryName,
    ClassificationRule,
    CommissionPractice,
    ConsequenceTestFacts,
    Counting,
    DocumentKind,
    DocumentStyle,
    ExemptionTemplate,
    PpidKind,
    PpidUnit,
    ReceiptPolicy,
    RecordCheck,
    RegisterCycle,
    Regulation,
    Role,
    Scope,
    ScopeLevel,
    Signatory,
    UnitType,
    WorkingWeek,
    require_approval,
    require_minutes,
)
from kiplib.rulebook.book import BodyRules, RuleBook, rules_or_default
from kiplib.rulebook.contributions import Contributions, PluginInfo
from kiplib.rulebook.national import NAME as NATIONAL

__all__ = [
    "CATEGORIES",
    "ENTRY_POINT_GROUP",
    "NATIONAL",
    "PROJECT",
    "BodyRules",
    "CategoryName",
    "ClassificationRule",
    "CommissionPractice",
    "ConsequenceTestFacts",
    "Contributions",
    "Counting",
    "DocumentKind",
    "DocumentStyle",
    "ExemptionTemplate",
    "LocalPlugin",
    "Overlay",
    "PluginInfo",
    "PpidKind",
    "PpidUnit",
    "ReceiptPolicy",
    "RecordCheck",
    "RegisterCycle",
    "Regulation",
    "Role",
    "Scope",
    "ScopeLevel",
    "Signatory",
    "UnitType",
    "WorkingWeek",
    "check_consequence_test",
    "classification_rules_for",
    "consequence_test_checks_for",
    "document_style_for",
    "exemption_templates_for",
    "get_plugin_manager",
    "hook_names",
    "list_plugins",
    "load_plugins",
    "overlay_for",
    "plugins_for",
    "ppid_units_for",
    "register_cycles_for",
    "require_approval",
    "require_minutes",
    "using_plugins",
]

#: The rules that govern one body (the name kiplib used before rule books).
Overlay: Final = BodyRules


def hook_names() -> tuple[str, ...]:
    """The names of every hook, in the order of :mod:`kiplib.hookspecs`."""
    return tuple(h.name for h in HOOKS)


def overlay_for(body: PublicBody, rules: RuleBook | None = None) -> BodyRules:
    """The rules that govern ``body`` under ``rules`` (``None``: the process's default)."""
    return rules_or_default(rules).for_body(body)


def plugins_for(body: PublicBody, rules: RuleBook | None = None) -> tuple[Contributions, ...]:
    """The plugins that govern ``body``, national first, narrowest scope last — never in
    registration order."""
    return overlay_for(body, rules).plugins


def ppid_units_for(
    body: PublicBody, rules: RuleBook | None = None, *, on: date | None = None
) -> tuple[PpidUnit, ...]:
    """The PPID structure that applies to ``body`` (from every plugin in its scope); with
    ``on``, only what is in force that day (a district's units from its regulation's date)."""
    return overlay_for(body, rules).in_force_on(lambda c: c.ppid_units, on)


def exemption_templates_for(
    body: PublicBody, rules: RuleBook | None = None, *, on: date | None = None
) -> tuple[ExemptionTemplate, ...]:
    """Exemption templates (DIK entries tested in the body's region); with ``on``, only
    those whose regulation is in force that day."""
    return overlay_for(body, rules).in_force_on(lambda c: c.exemption_templates, on)


def classification_rules_for(
    body: PublicBody, rules: RuleBook | None = None, *, on: date | None = None
) -> tuple[ClassificationRule, ...]:
    """Extra classification rules that apply to ``body``; with ``on``, only those whose
    regulation is in force that day."""
    return overlay_for(body, rules).in_force_on(lambda c: c.classification_rules, on)


def register_cycles_for(
    body: PublicBody, rules: RuleBook | None = None, *, on: date | None = None
) -> tuple[RegisterCycle, ...]:
    """When the body's DIP and DIK are compiled and approved; with ``on``, only the cycles
    whose regulation is in force that day."""
    return overlay_for(body, rules).in_force_on(lambda c: c.register_cycles, on)


def consequence_test_checks_for(
    body: PublicBody, rules: RuleBook | None = None, *, on: date | None = None
) -> tuple[tuple[str, RecordCheck], ...]:
    """The checks of a consequence test at ``body``: national first, each with its plugin;
    with ``on``, only those that apply to a test made that day."""
    argument("on", on, date, type(None))
    return tuple(
        (c.info.name, check)
        for c, check in overlay_for(body, rules).checks
        if on is None or c.in_force_on(check.citation, on)
    )


def document_style_for(
    body: PublicBody, rules: RuleBook | None = None, *, on: date | None = None
) -> DocumentStyle:
    """How ``body``'s documents look: the styles of every plugin in its scope laid over the
    national default (no letterhead beyond the body's name), narrowest scope last; with
    ``on``, only the styles whose regulation is in force that day (a document's date).

    Examples:
        >>> document_style_for(PublicBody(name="Dinas X", region_code="99.01")).letterhead
        ()
    """
    return overlay_for(body, rules).document_style_on(on)


def check_consequence_test(
    facts: ConsequenceTestFacts, rules: RuleBook | None = None
) -> tuple[Problem, ...]:
    """Run every check that applies to ``facts.body``; the problems found, in order.

    Raises:
        kiplib.errors.PluginError: a check raised (the error names the plugin and version).
    """
    return overlay_for(facts.body, rules).check_facts(facts)
