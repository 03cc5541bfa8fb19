"""Building rule books from plugins: entry points, the environment switches, pluggy.

:func:`rule_book_of` registers the national law (:mod:`kiplib.plugins.builtin`) and the given
plugins with a pluggy manager, runs ``check_pending()``, calls every hook of every plugin once
(:data:`kiplib.plugins.hooks.HOOKS`), checks each answer's type and builds a
:class:`~kiplib.RuleBook`, which checks the answers against the national floor.
:func:`installed_rule_book` does the same for the entry points of group ``kiplib``.

Environment switches, read only by :func:`installed_rule_book` (through
:meth:`kiplib.RuleBook.installed`, the only road from the environment into a result):

* ``KIPLIB_NO_PLUGINS`` — ``1``/``true``/``yes``: load no entry points (national rules only);
  ``0``/``false``/``no`` or unset: load them. Any other value is an error.
* ``KIPLIB_LOAD_PLUGINS`` — a comma-separated allow-list of entry-point names; a name that is
  not installed is an error naming the installed ones.
* ``KIPLIB_TRACE_PLUGINS`` — a boolean as above: trace loading and every hook call to stderr,
  with the traceback of a hook that raises.

A plugin that breaks the floor, conflicts with another, gives a value of the wrong type or
raises is refused with a :class:`~kiplib.errors.PluginError` naming the plugin, its version,
the rule and the article; the original exception is chained (``__cause__``).
"""

from __future__ import annotations

import os
import sys
import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from types import ModuleType
from typing import Any, Final

import attrs
import pluggy

from kiplib import hookspecs
from kiplib._version import __version__
from kiplib.errors import InvalidInputError, PluginError
from kiplib.i18n import N_
from kiplib.law.steps import LAW_IN_FORCE, StepRule
from kiplib.plugins import builtin
from kiplib.plugins.hooks import HOOKS, Hook
from kiplib.rulebook.book import RuleBook, rules_or_default, set_default
from kiplib.rulebook.checks import fail
from kiplib.rulebook.contributions import (
    Contributions,
    PluginInfo,
    Regulation,
    Scope,
    regulation_in_force,
)

__all__ = [
    "ENTRY_POINT_GROUP",
    "LocalPlugin",
    "get_plugin_manager",
    "installed_rule_book",
    "list_plugins",
    "load_plugins",
    "parse_switch",
    "rule_book_of",
    "using_plugins",
]

#: Entry-point group (and pluggy project name) of kiplib plugins.
ENTRY_POINT_GROUP: Final = hookspecs.PROJECT

_TRUE: Final = frozenset({"1", "true", "yes"})
_FALSE: Final = frozenset({"", "0", "false", "no"})
_KIPLIB: Final = ("kiplib", __version__)

#: The pluggy manager each rule book was built with (for :func:`get_plugin_manager`).
_MANAGERS: weakref.WeakKeyDictionary[RuleBook, pluggy.PluginManager] = weakref.WeakKeyDictionary()


@attrs.frozen
class LocalPlugin:
    """A plugin object to register directly (apps and tests), with its name and version."""

    plugin: object
    name: str
    version: str = "0"


# --------------------------------------------------------------------------- switches
def parse_switch(environ: Mapping[str, str], name: str) -> bool:
    """The boolean switch ``name``: ``1``/``true``/``yes`` on, ``0``/``false``/``no`` or
    unset off (any case, surrounding spaces ignored).

    Raises:
        kiplib.errors.PluginError: any other value (``problem`` ``invalid-switch``).
    """
    raw = environ.get(name, "")
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise fail(
        _KIPLIB,
        "invalid-switch",
        f"{name}={raw!r}",
        "-",
        N_("nilai saklar harus 1/true/yes atau 0/false/no"),
    )


def _traceback() -> ModuleType:
    """:mod:`traceback`, imported when a hook's exception is shown (tracing only)."""
    import traceback

    return traceback


def _entry_points(environ: Mapping[str, str]) -> list[tuple[object, str, str]]:
    if parse_switch(environ, "KIPLIB_NO_PLUGINS"):
        return []
    from importlib import metadata  # only when entry points are looked for

    raw = environ.get("KIPLIB_LOAD_PLUGINS", "")
    allow = [n.strip() for n in raw.split(",") if n.strip()]
    available = sorted(metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name)
    unknown = [n for n in allow if n not in {ep.name for ep in available}]
    if unknown:
        raise fail(
            _KIPLIB,
            "unknown-plugin",
            f"KIPLIB_LOAD_PLUGINS={raw!r}",
            "-",
            N_("plugin {unknown} tidak terpasang; yang terpasang: {installed}"),
            unknown=", ".join(unknown),
            installed=", ".join(ep.name for ep in available) or "-",
        )
    found: list[tuple[object, str, str]] = []
    for ep in available:
        if allow and ep.name not in allow:
            continue
        version = ep.dist.version if ep.dist is not None else "?"
        try:
            obj = ep.load()
        except Exception as exc:
            raise fail(
                (ep.name, version),
                "hook-raised",
                f"entry point {ep.value}",
                "-",
                N_("plugin tidak dapat dimuat"),
            ) from exc
        found.append((obj, ep.name, version))
    return found


# --------------------------------------------------------------------------- building
def installed_rule_book(environ: Mapping[str, str] | None = None) -> RuleBook:
    """The national law and the installed entry points, as the switches say (see above)."""
    env = os.environ if environ is None else environ
    return _build((), entry_points=True, environ=env)


def rule_book_of(
    plugins: Iterable[object],
    *,
    entry_points: bool = False,
    environ: Mapping[str, str] | None = None,
) -> RuleBook:
    """The national law and exactly ``plugins`` (and, with ``entry_points``, the installed
    ones). A module is registered under its ``__name__`` and ``__version__``; wrap other
    objects in :class:`LocalPlugin` to name them."""
    env = os.environ if environ is None else environ
    return _build(plugins, entry_points=entry_points, environ=env)


def _as_local(plugin: object) -> LocalPlugin:
    if isinstance(plugin, LocalPlugin):
        return plugin
    if isinstance(plugin, ModuleType):
        return LocalPlugin(
            plugin, name=plugin.__name__, version=str(getattr(plugin, "__version__", "0"))
        )
    name = getattr(plugin, "__name__", None) or type(plugin).__name__
    return LocalPlugin(plugin, name=str(name), version=str(getattr(plugin, "__version__", "0")))


def _build(
    plugins: Iterable[object], *, entry_points: bool, environ: Mapping[str, str]
) -> RuleBook:
    tracing = parse_switch(environ, "KIPLIB_TRACE_PLUGINS")
    pm = pluggy.PluginManager(hookspecs.PROJECT)
    pm.add_hookspecs(hookspecs)
    if tracing:
        pm.trace.root.setwriter(sys.stderr.write)
        pm.enable_tracing()
    trace = pm.trace.root.get("load")

    entries: list[tuple[object, str, str, str]] = [(builtin, builtin.NAME, __version__, "builtin")]
    if entry_points:
        entries += [(o, n, v, "entry-point") for o, n, v in _entry_points(environ)]
    for p in plugins:
        local = _as_local(p)
        entries.append((local.plugin, local.name, local.version, "registered"))

    for obj, name, version, _origin in entries:
        if pm.has_plugin(name):
            raise fail(
                (name, version),
                "scope-conflict",
                name,
                "-",
                N_("nama plugin sudah dipakai plugin lain"),
            )
        try:
            pm.register(obj, name=name)
        except pluggy.PluginValidationError as exc:
            raise fail(
                (name, version), "invalid-contribution", str(exc), "-", N_("hook tidak sah")
            ) from exc
    try:
        pm.check_pending()
    except pluggy.PluginValidationError as exc:
        plugin_name = pm.get_name(exc.plugin) or "?"
        version = next((e[2] for e in entries if e[1] == plugin_name), "?")
        raise fail(
            (plugin_name, version),
            "invalid-contribution",
            str(exc),
            "-",
            N_("hook tidak dikenal kiplib"),
        ) from exc

    collected = tuple(
        _collect(pm, obj, name, version, origin, trace, tracing)
        for obj, name, version, origin in entries
    )
    book = RuleBook(collected)
    _MANAGERS[book] = pm
    return book


def _call(
    pm: pluggy.PluginManager,
    hook: str,
    obj: object,
    who: tuple[str, str],
    trace: Callable[..., None],
    tracing: bool,
    **kwargs: Any,
) -> Any:
    """Call one plugin's implementation of ``hook`` (``None`` when it has none)."""
    for impl in getattr(pm.hook, hook).get_hookimpls():
        if impl.plugin is obj:
            try:
                result = impl.function(*(kwargs[a] for a in impl.argnames))
            except Exception as exc:
                if tracing:
                    sys.stderr.write(
                        f"kiplib: {who[0]} {who[1]}: {hook} raised:\n"
                        + "".join(_traceback().format_exception(exc))
                    )
                if isinstance(exc, InvalidInputError):
                    # A contribution that refused to be built: a value of the wrong type or
                    # out of range (the original error, naming the field, is chained).
                    raise fail(
                        who,
                        "invalid-contribution",
                        f"{hook}: {exc.message('en')}",
                        "-",
                        N_("nilai kontribusi tidak sah"),
                    ) from exc
                raise fail(
                    who, "hook-raised", hook, "-", N_("hook menimbulkan galat saat dimuat")
                ) from exc
            trace(f"{who[0]} {who[1]}: {hook} -> {result!r}")
            return result
    return None


def _answer(value: Any, spec: Hook, who: tuple[str, str], tracing: bool) -> Any:
    """The hook's answer as a frozen value of the right type: a tuple of items, or one item
    or ``None``. A wrong type, or an iterable that raises while it is read, is refused."""
    wrong = fail(
        who,
        "invalid-contribution",
        f"{spec.name} -> {value!r:.200}",
        "-",
        N_("jenis nilai yang dikembalikan tidak sesuai spesifikasi hook"),
    )
    if not spec.many:
        if value is None:
            return value
        if isinstance(value, spec.item):
            _revalidate(value, spec, who)
            return value
        raise wrong
    if value is None:
        return ()
    if isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable):
        raise wrong
    try:
        items = tuple(value)
    except Exception as exc:
        if tracing:
            sys.stderr.write("".join(_traceback().format_exception(exc)))
        raise fail(
            who, "hook-raised", spec.name, "-", N_("hook menimbulkan galat saat dimuat")
        ) from exc
    if not all(isinstance(i, spec.item) for i in items):
        raise wrong
    for item in items:
        _revalidate(item, spec, who)
    return items


def _revalidate(value: object, spec: Hook, who: tuple[str, str]) -> None:
    """Run the validators of ``value`` and of every attrs value inside it again: a plugin may
    have built its contribution with validators switched off (``attrs.validators.disabled``)."""
    stack = [value]
    while stack:
        current = stack.pop()
        if attrs.has(type(current)):
            try:
                attrs.validate(current)  # type: ignore[arg-type]
            except (InvalidInputError, ValueError, TypeError) as exc:
                detail = exc.message("en") if isinstance(exc, InvalidInputError) else str(exc)
                raise fail(
                    who,
                    "invalid-contribution",
                    f"{spec.name}: {detail}",
                    "-",
                    N_("nilai kontribusi tidak sah"),
                ) from exc
            cls: Any = type(current)
            stack.extend(getattr(current, f.name) for f in attrs.fields(cls))
        elif isinstance(current, tuple | list | frozenset):
            stack.extend(current)


def _collect(
    pm: pluggy.PluginManager,
    obj: object,
    name: str,
    version: str,
    origin: str,
    trace: Callable[..., None],
    tracing: bool,
) -> Contributions:
    who = (name, version)
    answers: dict[str, Any] = {}
    scope: Scope | None = None
    for spec in HOOKS:
        kwargs = {} if spec.name == "kiplib_scope" else {"scope": scope}
        value = _answer(
            _call(pm, spec.name, obj, who, trace, tracing, **kwargs), spec, who, tracing
        )
        if spec.name == "kiplib_scope":
            if value is None:
                raise fail(
                    who,
                    "scope-missing",
                    "kiplib_scope",
                    "-",
                    N_("plugin wajib menyatakan wilayahnya"),
                )
            scope = value
            continue
        if spec.stamp is not None and origin != "builtin":
            value = (
                tuple(spec.stamp(v, name) for v in value)
                if spec.many
                else (spec.stamp(value, name) if value is not None else None)
            )
        answers[spec.name] = value
    assert scope is not None
    regulations: tuple[Regulation, ...] = answers.pop("kiplib_regulations")
    info = PluginInfo(
        name=name,
        version=version,
        scope=scope,
        regulations=regulations,
        hooks=tuple(sorted(h.name for h in pm.get_hookcallers(obj) or ())),
        origin=origin,
    )
    fields = {spec.field: answers[spec.name] for spec in HOOKS if spec.field is not None}
    if origin != "builtin":
        fields["deadline_rules"] = _dated(fields["deadline_rules"], regulations)
    return Contributions(info=info, **fields)


def _dated(
    rules: tuple[StepRule, ...], regulations: tuple[Regulation, ...]
) -> tuple[StepRule, ...]:
    """A district's deadline rows, each applying from its regulation's in-force date when the
    row itself names no date (``effective_from`` left at the national default): before it the
    national row holds. A row dated before its regulation is left so that the rule book's
    check names it; a regulation without a date is named by the check too."""
    out = []
    for rule in rules:
        since = regulation_in_force(regulations, rule.citation)
        if since is not None and rule.effective_from == LAW_IN_FORCE and since > LAW_IN_FORCE:
            rule = attrs.evolve(rule, effective_from=since)
        out.append(rule)
    return tuple(out)


# --------------------------------------------------------------------------- process-wide
def load_plugins(
    plugins: Iterable[object] = (),
    *,
    entry_points: bool = True,
    environ: Mapping[str, str] | None = None,
) -> tuple[PluginInfo, ...]:
    """Build a rule book of the national law, ``plugins`` and (by default) the installed entry
    points, and make it what ``rules=None`` means in this process. For scripts and tests; an
    app or a server builds its :class:`~kiplib.RuleBook` once and passes it as ``rules=``.

    Raises:
        kiplib.errors.PluginError: a plugin breaks the national floor, conflicts or raises.
    """
    book = rule_book_of(plugins, entry_points=entry_points, environ=environ)
    set_default(book)
    return tuple(c.info for c in book.plugins)


@contextmanager
def using_plugins(*plugins: object, entry_points: bool = False) -> Iterator[tuple[PluginInfo, ...]]:
    """Make the national law and exactly ``plugins`` what ``rules=None`` means inside the
    ``with`` block; the previous default is restored afterwards, also when the block raises.

    Process-wide: meant for tests, scripts and examples. Code that serves many callers builds
    rule books with :meth:`kiplib.RuleBook.of` and passes them as ``rules=``.
    """
    book = rule_book_of(plugins, entry_points=entry_points)
    previous = set_default(book)
    try:
        yield tuple(c.info for c in book.plugins)
    finally:
        set_default(previous)


def list_plugins(rules: RuleBook | None = None) -> tuple[PluginInfo, ...]:
    """Every plugin of ``rules`` (``None``: the process's default rule book), national first."""
    return tuple(c.info for c in rules_or_default(rules).plugins)


def get_plugin_manager(rules: RuleBook | None = None) -> pluggy.PluginManager:
    """The pluggy manager ``rules`` (``None``: the process's default) was built with.

    Raises:
        kiplib.errors.PluginError: the rule book was not built from plugins in this process
            (it was unpickled, or written out from contributions).
    """
    book = rules_or_default(rules)
    found = _MANAGERS.get(book)
    if found is None:
        raise PluginError(
            plugin="kiplib",
            version=__version__,
            rule="get_plugin_manager",
            article="-",
            problem="invalid-contribution",
            reason=N_("buku aturan ini tidak dibangun dari plugin dalam proses ini"),
        )
    return found
