"""District plugins: loading, checking against the national floor, precedence by scope.

:func:`get_plugin_manager` builds the pluggy manager on first use (never at import): it
registers the national rules as the default plugin (:mod:`kiplib.plugins.builtin`), loads
the entry points of group ``kiplib``, runs ``check_pending()`` and then calls every hook of
every plugin once, checking each answer against the national floor. A plugin that would make
a deadline longer than UU 14/2008 allows, shorten the keberatan window below 30 hari kerja,
revoke a national holiday, claim a scope another plugin claims, give a rule without its
citation, or raise, is refused with a :class:`~kiplib.errors.PluginError` naming the plugin,
its version, the rule and the article.

Environment switches (read here only, when the plugins are loaded):

* ``KIPLIB_NO_PLUGINS`` — any non-empty value: load no entry points (national rules only);
* ``KIPLIB_LOAD_PLUGINS`` — a comma-separated allow-list of entry-point names;
* ``KIPLIB_TRACE_PLUGINS`` — any non-empty value: trace loading and every hook call to stderr.

Precedence is by scope — national < province < kabupaten/kota < kecamatan < desa < body —
never by registration order. The contributions that apply to one body are merged once per
combination of plugins (an :class:`Overlay`) and cached, so ``deadline()`` pays nothing per
call for them.

Examples:
    >>> from kiplib import plugins
    >>> [p.name for p in plugins.list_plugins() if p.origin == "builtin"]
    ['kiplib']
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import time
from importlib import metadata
from types import ModuleType
from typing import Any, Final, TypeVar

import attrs
import pluggy

from kiplib import hookspecs
from kiplib.calendar.national import national_calendar
from kiplib.calendar.working import MONDAY_TO_FRIDAY, CalendarDay, DayKind, WorkingCalendar
from kiplib.errors import KiplibError, PluginError, Problem
from kiplib.i18n import N_
from kiplib.law.bodies import AfterHoursPolicy, PublicBody, zone
from kiplib.law.citation import PERPRES_21_2023, UU_14_2008, Citation
from kiplib.law.steps import NATIONAL_TABLE, Step, StepRule, StepRuleTable
from kiplib.plugins import builtin as _national_plugin
from kiplib.rulebook.contributions import (
    CATEGORIES,
    CategoryName,
    ClassificationRule,
    ConsequenceTestFacts,
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
    UnitType,
    WorkingWeek,
)
from kiplib.rulebook.styles import DocumentKind, DocumentStyle, Signatory, merge_styles

__all__ = [
    "ENTRY_POINT_GROUP",
    "NATIONAL",
    "CategoryName",
    "ClassificationRule",
    "ConsequenceTestFacts",
    "Contributions",
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

#: Entry-point group (and pluggy project name) of kiplib plugins.
ENTRY_POINT_GROUP: Final = hookspecs.PROJECT
#: Name of the built-in plugin that carries the national law; ``StepRule.source`` of its rows.
NATIONAL: Final = _national_plugin.NAME

#: Steps a district may not change: the Komisi Informasi's and the courts' (UU 14/2008
#: Pasal 37, 38, 48 and 50).
_NOT_LOCAL: Final = frozenset(
    {Step.DISPUTE, Step.DISPUTE_START, Step.DISPUTE_END, Step.COURT, Step.CASSATION}
)
_LOCAL_DAY_KINDS: Final = frozenset(
    {DayKind.LOCAL_HOLIDAY, DayKind.NON_WORKING_DAY, DayKind.WORKING_DAY}
)
_NATIONAL_DAY_KINDS: Final = frozenset({DayKind.NATIONAL_HOLIDAY, DayKind.CUTI_BERSAMA})
_DEFAULT_TIMEZONE: Final = "Asia/Jakarta"
_DEFAULT_CLOSING: Final = time(16, 0)

T = TypeVar("T")


def hook_names() -> tuple[str, ...]:
    """The names of every hook spec, in the order of :mod:`kiplib.hookspecs`."""
    return tuple(
        name
        for name in vars(hookspecs)
        if name.startswith("kiplib_") and callable(getattr(hookspecs, name))
    )


@attrs.frozen
class LocalPlugin:
    """A plugin object to register directly (apps and tests), with its name and version."""

    plugin: object
    name: str
    version: str = "0"


@attrs.frozen
class PluginInfo:
    """What ``kiplib plugins`` lists: name, version, scope, hooks and regulations."""

    name: str
    version: str
    scope: Scope
    regulations: tuple[Regulation, ...]
    hooks: tuple[str, ...]
    #: ``builtin`` (the national law), ``entry-point`` or ``registered`` (directly).
    origin: str


@attrs.frozen
class Contributions:
    """Everything one plugin contributed, checked and stamped with the plugin's name."""

    info: PluginInfo
    calendar_days: tuple[CalendarDay, ...] = ()
    working_week: WorkingWeek | None = None
    deadline_rules: tuple[StepRule, ...] = ()
    receipt_policy: ReceiptPolicy | None = None
    ppid_units: tuple[PpidUnit, ...] = ()
    exemption_templates: tuple[ExemptionTemplate, ...] = ()
    classification_rules: tuple[ClassificationRule, ...] = ()
    register_cycles: tuple[RegisterCycle, ...] = ()
    consequence_test_checks: tuple[RecordCheck, ...] = ()
    document_style: DocumentStyle | None = None


@attrs.frozen
class Overlay:
    """The merged contributions of the plugins that govern one body, national first.

    Additive contributions (days, PPID units, templates, rules, cycles, checks) are joined in
    precedence order; replacing ones (working week, deadline rows, receipt policy) are taken
    from the plugin with the widest-to-narrowest last word.
    """

    plugins: tuple[Contributions, ...]
    table: StepRuleTable
    receipt: ReceiptPolicy
    working_week: WorkingWeek
    calendar_days: tuple[CalendarDay, ...]
    document_style: DocumentStyle = attrs.field(factory=lambda: merge_styles(()))
    _calendars: dict[bool, WorkingCalendar] = attrs.field(
        factory=dict, init=False, eq=False, repr=False
    )

    @property
    def names(self) -> tuple[str, ...]:
        """Plugin names, national first."""
        return tuple(c.info.name for c in self.plugins)

    def calendar(self, cuti_bersama: bool) -> WorkingCalendar:
        """The working-day calendar of bodies with this overlay (built once, then cached)."""
        found = self._calendars.get(cuti_bersama)
        if found is None:
            base = national_calendar(cuti_bersama=cuti_bersama)
            if self.calendar_days or self.working_week.weekdays != base.weekdays:
                local = [
                    f"{c.info.name} {c.info.version}"
                    for c in self.plugins[1:]
                    if c.calendar_days or c.working_week is not None
                ]
                found = attrs.evolve(
                    base.with_days(self.calendar_days).with_weekdays(self.working_week.weekdays),
                    provenance=f"{base.provenance}; plugin: {', '.join(local)}",
                )
            else:
                found = base
            self._calendars[cuti_bersama] = found
        return found

    def _collect(self, get: Callable[[Contributions], tuple[T, ...]]) -> tuple[T, ...]:
        return tuple(item for c in self.plugins for item in get(c))

    @property
    def ppid_units(self) -> tuple[PpidUnit, ...]:
        return self._collect(lambda c: c.ppid_units)

    @property
    def exemption_templates(self) -> tuple[ExemptionTemplate, ...]:
        return self._collect(lambda c: c.exemption_templates)

    @property
    def classification_rules(self) -> tuple[ClassificationRule, ...]:
        return self._collect(lambda c: c.classification_rules)

    @property
    def register_cycles(self) -> tuple[RegisterCycle, ...]:
        return self._collect(lambda c: c.register_cycles)

    @property
    def consequence_test_checks(self) -> tuple[tuple[str, RecordCheck], ...]:
        """Every check with the name of the plugin that added it."""
        return tuple(
            (c.info.name, check) for c in self.plugins for check in c.consequence_test_checks
        )

    def apply_to(self, body: PublicBody) -> PublicBody:
        """``body`` with the time zone and after-hours policy of the overlay, where the body
        keeps kiplib's defaults (a body's own explicit setting wins: it is the narrowest
        scope)."""
        changes: dict[str, Any] = {}
        r = self.receipt
        if r.timezone and body.timezone == _DEFAULT_TIMEZONE and r.timezone != body.timezone:
            changes["timezone"] = r.timezone
        if r.after_hours not in (None, body.after_hours) and (
            body.after_hours is AfterHoursPolicy.SAME_DAY
        ):
            changes["after_hours"] = r.after_hours
        if r.service_closes_at not in (None, body.service_closes_at) and (
            body.service_closes_at == _DEFAULT_CLOSING
        ):
            changes["service_closes_at"] = r.service_closes_at
        return attrs.evolve(body, **changes) if changes else body


# --------------------------------------------------------------------------- loading
@attrs.define
class _Registry:
    manager: pluggy.PluginManager
    plugins: tuple[Contributions, ...]
    overlays: dict[tuple[str, ...], Overlay] = attrs.field(factory=dict)


_current: _Registry | None = None


def _fail(info: tuple[str, str], problem: str, rule: str, article: str, reason: str) -> PluginError:
    return PluginError(
        plugin=info[0],
        version=info[1],
        rule=rule,
        article=article,
        problem=problem,
        reason=reason,
    )


def _entry_point_plugins(environ: Mapping[str, str]) -> list[tuple[object, str, str]]:
    if environ.get("KIPLIB_NO_PLUGINS", "").strip():
        return []
    allow = {n.strip() for n in environ.get("KIPLIB_LOAD_PLUGINS", "").split(",") if n.strip()}
    found: list[tuple[object, str, str]] = []
    for ep in sorted(metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
        if allow and ep.name not in allow:
            continue
        version = ep.dist.version if ep.dist is not None else "?"
        try:
            obj = ep.load()
        except Exception as exc:
            raise _fail(
                (ep.name, version),
                "hook-raised",
                f"entry point {ep.value}",
                "-",
                N_("plugin tidak dapat dimuat"),
            ) from exc
        found.append((obj, ep.name, version))
    return found


def load_plugins(
    plugins: Iterable[LocalPlugin | ModuleType] = (),
    *,
    entry_points: bool = True,
    environ: Mapping[str, str] | None = None,
) -> tuple[PluginInfo, ...]:
    """(Re)build the plugin manager and make it the current one.

    Args:
        plugins: plugins to register directly, besides the entry points (a module's name and
            ``__version__`` are used unless wrapped in :class:`LocalPlugin`).
        entry_points: whether to load the installed entry points of group ``kiplib``.
        environ: the environment switches (``os.environ`` when omitted).

    Raises:
        kiplib.errors.PluginError: a plugin breaks the national floor, conflicts or raises.
    """
    env = os.environ if environ is None else environ
    registry = _build(plugins, entry_points=entry_points, environ=env)
    _install(registry)
    return tuple(c.info for c in registry.plugins)


def _install(registry: _Registry | None) -> None:
    global _current
    _current = registry
    from kiplib.rulebook import book as _jurisdiction

    _jurisdiction.clear_cache()


def _registry() -> _Registry:
    if _current is None:
        load_plugins()
    assert _current is not None
    return _current


def get_plugin_manager() -> pluggy.PluginManager:
    """The pluggy manager with the national plugin and the installed plugins (built on first
    use, checked against the national floor)."""
    return _registry().manager


def list_plugins() -> tuple[PluginInfo, ...]:
    """Every loaded plugin, the national one first."""
    return tuple(c.info for c in _registry().plugins)


@contextmanager
def using_plugins(
    *plugins: LocalPlugin | ModuleType, entry_points: bool = False
) -> Iterator[tuple[PluginInfo, ...]]:
    """Use exactly these plugins (and the national rules) inside the ``with`` block; the
    previous set is restored afterwards, also when the block raises.

    The current set is process-wide: meant for tests, scripts and examples, not for switching
    rules per request in a threaded server (register the plugins once at start-up instead).
    """
    previous = _current
    try:
        yield load_plugins(plugins, entry_points=entry_points)
    finally:
        _install(previous)


def _as_local(plugin: LocalPlugin | ModuleType) -> LocalPlugin:
    if isinstance(plugin, LocalPlugin):
        return plugin
    return LocalPlugin(
        plugin, name=plugin.__name__, version=str(getattr(plugin, "__version__", "0"))
    )


def _build(
    plugins: Iterable[LocalPlugin | ModuleType],
    *,
    entry_points: bool,
    environ: Mapping[str, str],
) -> _Registry:
    from kiplib._version import __version__

    pm = pluggy.PluginManager(hookspecs.PROJECT)
    pm.add_hookspecs(hookspecs)
    tracing = bool(environ.get("KIPLIB_TRACE_PLUGINS", "").strip())
    if tracing:
        pm.trace.root.setwriter(sys.stderr.write)
        pm.enable_tracing()
    trace = pm.trace.root.get("load")

    entries: list[tuple[object, str, str, str]] = [
        (_national_plugin, NATIONAL, __version__, "builtin")
    ]
    if entry_points:
        entries += [(o, n, v, "entry-point") for o, n, v in _entry_point_plugins(environ)]
    for p in plugins:
        local = _as_local(p)
        entries.append((local.plugin, local.name, local.version, "registered"))

    for obj, name, version, _origin in entries:
        if pm.has_plugin(name):
            raise _fail(
                (name, version),
                "scope-conflict",
                name,
                "-",
                N_("nama plugin sudah dipakai plugin lain"),
            )
        try:
            pm.register(obj, name=name)
        except pluggy.PluginValidationError as exc:
            raise _fail(
                (name, version), "invalid-contribution", str(exc), "-", N_("hook tidak sah")
            ) from exc
    try:
        pm.check_pending()
    except pluggy.PluginValidationError as exc:
        plugin_name = pm.get_name(exc.plugin) or "?"
        version = next((e[2] for e in entries if e[1] == plugin_name), "?")
        raise _fail(
            (plugin_name, version),
            "invalid-contribution",
            str(exc),
            "-",
            N_("hook tidak dikenal kiplib"),
        ) from exc

    collected = tuple(
        _collect_plugin(pm, obj, name, version, origin, trace)
        for obj, name, version, origin in entries
    )
    _check_scopes(collected)
    return _Registry(pm, collected)


def _call(
    pm: pluggy.PluginManager,
    hook: str,
    obj: object,
    who: tuple[str, str],
    trace: Callable[..., None],
    **kwargs: Any,
) -> Any:
    """Call one plugin's implementation of ``hook`` (None when it has none)."""
    for impl in getattr(pm.hook, hook).get_hookimpls():
        if impl.plugin is obj:
            try:
                result = impl.function(*(kwargs[a] for a in impl.argnames))
            except Exception as exc:
                raise _fail(
                    who,
                    "hook-raised",
                    hook,
                    "-",
                    N_("hook menimbulkan galat saat dimuat"),
                ) from exc
            trace(f"{who[0]} {who[1]}: {hook} -> {result!r}")
            return result
    return None


def _items(value: Any, cls: type[T], who: tuple[str, str], hook: str) -> tuple[T, ...]:
    if value is None:
        return ()
    items = tuple(value) if isinstance(value, Iterable) and not isinstance(value, str) else None
    if items is None or not all(isinstance(i, cls) for i in items):
        raise _fail(
            who,
            "invalid-contribution",
            f"{hook} -> {value!r}",
            "-",
            N_("jenis nilai yang dikembalikan tidak sesuai spesifikasi hook"),
        )
    return items


def _one(value: Any, cls: type[T], who: tuple[str, str], hook: str) -> T | None:
    if value is None or isinstance(value, cls):
        return value
    raise _fail(
        who,
        "invalid-contribution",
        f"{hook} -> {value!r}",
        "-",
        N_("jenis nilai yang dikembalikan tidak sesuai spesifikasi hook"),
    )


def _need_citation(citation: object, who: tuple[str, str], rule: str) -> None:
    if not isinstance(citation, Citation):
        raise _fail(
            who,
            "missing-citation",
            rule,
            "-",
            N_(
                "setiap aturan daerah wajib menyebut dasar hukumnya (instrumen, nomor/tahun, pasal)"
            ),
        )


def _collect_plugin(
    pm: pluggy.PluginManager,
    obj: object,
    name: str,
    version: str,
    origin: str,
    trace: Callable[..., None],
) -> Contributions:
    who = (name, version)
    national = origin == "builtin"

    def call(hook: str, **kwargs: Any) -> Any:
        return _call(pm, hook, obj, who, trace, **kwargs)

    scope = _one(call("kiplib_scope"), Scope, who, "kiplib_scope")
    if scope is None:
        raise _fail(
            who, "scope-missing", "kiplib_scope", "-", N_("plugin wajib menyatakan wilayahnya")
        )
    if scope.level is ScopeLevel.NATIONAL and not national:
        raise _fail(
            who,
            "national-scope",
            "kiplib_scope",
            str(Citation(UU_14_2008)),
            N_("hanya aturan nasional yang berlaku untuk seluruh Indonesia"),
        )
    regulations = _items(
        call("kiplib_regulations", scope=scope), Regulation, who, "kiplib_regulations"
    )
    if not regulations:
        raise _fail(
            who,
            "missing-citation",
            "kiplib_regulations",
            "-",
            N_("plugin wajib menyebut peraturan yang dikodekannya"),
        )
    for reg in regulations:
        _need_citation(reg.citation, who, f"kiplib_regulations: {reg.title}")
    info = PluginInfo(
        name=name,
        version=version,
        scope=scope,
        regulations=regulations,
        hooks=tuple(sorted(h.name for h in pm.get_hookcallers(obj) or ())),
        origin=origin,
    )

    days = _check_days(
        _items(call("kiplib_calendar_days", scope=scope), CalendarDay, who, "kiplib_calendar_days"),
        who,
    )
    week = _one(call("kiplib_working_week", scope=scope), WorkingWeek, who, "kiplib_working_week")
    if week is not None:
        _check_week(week, who)
    rules = _items(
        call("kiplib_deadline_rules", scope=scope), StepRule, who, "kiplib_deadline_rules"
    )
    if not national:
        rules = tuple(_check_rule(r, who) for r in rules)
    receipt = _one(
        call("kiplib_receipt_policy", scope=scope), ReceiptPolicy, who, "kiplib_receipt_policy"
    )
    if receipt is not None:
        _check_receipt(receipt, who)
    units = _items(call("kiplib_ppid_units", scope=scope), PpidUnit, who, "kiplib_ppid_units")
    templates = _items(
        call("kiplib_exemption_templates", scope=scope),
        ExemptionTemplate,
        who,
        "kiplib_exemption_templates",
    )
    classes = _items(
        call("kiplib_classification_rules", scope=scope),
        ClassificationRule,
        who,
        "kiplib_classification_rules",
    )
    cycles = _items(
        call("kiplib_register_cycles", scope=scope), RegisterCycle, who, "kiplib_register_cycles"
    )
    checks = _items(
        call("kiplib_consequence_test_checks", scope=scope),
        RecordCheck,
        who,
        "kiplib_consequence_test_checks",
    )
    style = _one(
        call("kiplib_document_style", scope=scope), DocumentStyle, who, "kiplib_document_style"
    )
    if style is not None:
        _need_citation(style.citation, who, "kiplib_document_style")
        style = attrs.evolve(style, source=name)
    for unit in units:
        _need_citation(unit.citation, who, f"kiplib_ppid_units: {unit.host}")
    for template in templates:
        _check_template(template, who)
    for rule in classes:
        _need_citation(rule.citation, who, f"kiplib_classification_rules: {rule.description}")
        if rule.category not in CATEGORIES:
            raise _fail(
                who,
                "invalid-contribution",
                f"kiplib_classification_rules: {rule.category!r}",
                str(Citation(UU_14_2008, pasal=9)),
                N_("kategori harus berkala, serta_merta, setiap_saat atau dikecualikan"),
            )
    for cycle in cycles:
        _need_citation(cycle.citation, who, f"kiplib_register_cycles: {cycle.register}")
        if not 1 <= cycle.month <= 12 or cycle.register not in ("DIP", "DIK"):
            raise _fail(
                who,
                "invalid-contribution",
                f"kiplib_register_cycles: {cycle.register} {cycle.month}",
                "-",
                N_("register DIP atau DIK, bulan 1 sampai 12"),
            )
    for check in checks:
        _need_citation(check.citation, who, f"kiplib_consequence_test_checks: {check.name}")
        if not callable(check.check):
            raise _fail(
                who,
                "invalid-contribution",
                f"kiplib_consequence_test_checks: {check.name}",
                "-",
                N_("pemeriksaan harus dapat dipanggil"),
            )
    return Contributions(
        info=info,
        calendar_days=tuple(attrs.evolve(d, source=name) for d in days),
        working_week=week,
        deadline_rules=rules,
        receipt_policy=receipt,
        ppid_units=units,
        exemption_templates=templates,
        classification_rules=classes,
        register_cycles=cycles,
        consequence_test_checks=checks,
        document_style=style,
    )


def _check_days(days: tuple[CalendarDay, ...], who: tuple[str, str]) -> tuple[CalendarDay, ...]:
    if not days:
        return days
    national = national_calendar()
    for day in days:
        rule = f"kiplib_calendar_days: {day.date.isoformat()} {day.name}"
        if day.category not in _LOCAL_DAY_KINDS:
            raise _fail(
                who,
                "invalid-contribution",
                rule,
                "SKB 3 Menteri",
                N_("plugin hanya boleh menambah libur daerah, hari tidak bekerja atau hari kerja"),
            )
        _need_citation(day.citation, who, rule)
        if day.category is DayKind.WORKING_DAY and national.first <= day.date <= national.last:
            for entry in national.entries(day.date):
                if entry.category in _NATIONAL_DAY_KINDS:
                    raise _fail(
                        who,
                        "removes-national-day",
                        rule,
                        f"{entry.name} ({entry.category.value}, {entry.source})",
                        N_("libur nasional dan cuti bersama ditetapkan secara nasional"),
                    )
    return days


def _check_week(week: WorkingWeek, who: tuple[str, str]) -> None:
    rule = f"kiplib_working_week: {sorted(week.weekdays)}"
    _need_citation(week.citation, who, rule)
    if not week.weekdays <= frozenset(range(7)):
        raise _fail(who, "invalid-contribution", rule, "-", N_("hari 0 (Senin) sampai 6"))
    if not week.weekdays >= MONDAY_TO_FRIDAY:
        raise _fail(
            who,
            "working-week-shorter",
            rule,
            str(Citation(PERPRES_21_2023, pasal=3, ayat=2)),
            N_("hari kerja Senin sampai Jumat tidak boleh dikurangi"),
        )


def _check_rule(rule: StepRule, who: tuple[str, str]) -> StepRule:
    shown = f"kiplib_deadline_rules: {rule.step.value} {rule.count} {rule.unit.value}"
    _need_citation(rule.citation, who, shown)
    if rule.citation.pasal is None:
        _need_citation(None, who, shown)
    national = NATIONAL_TABLE.rule_for(rule.step, rule.effective_from)
    article = f"{national.citation} ({national.count} {national.unit.value})"
    if rule.step in _NOT_LOCAL:
        raise _fail(
            who,
            "step-not-local",
            shown,
            article,
            N_("tahap Komisi Informasi dan pengadilan bukan kewenangan daerah"),
        )
    if (rule.unit, rule.base, rule.body_receives) != (
        national.unit,
        national.base,
        national.body_receives,
    ):
        raise _fail(
            who,
            "rule-shape-changed",
            shown,
            article,
            N_("satuan hari dan awal hitungan harus sama dengan aturan nasional"),
        )
    if rule.step is Step.OBJECTION and rule.count < national.count:
        raise _fail(
            who,
            "objection-window-shorter",
            shown,
            article,
            N_("jangka waktu pengajuan keberatan tidak boleh kurang dari 30 hari kerja"),
        )
    if rule.step is not Step.OBJECTION and rule.count > national.count:
        raise _fail(
            who,
            "deadline-longer",
            shown,
            article,
            N_("tenggat daerah tidak boleh lebih panjang dari undang-undang"),
        )
    return attrs.evolve(rule, source=who[0])


def _check_receipt(policy: ReceiptPolicy, who: tuple[str, str]) -> None:
    rule = f"kiplib_receipt_policy: {policy.timezone} {policy.after_hours}"
    _need_citation(policy.citation, who, rule)
    if policy.timezone is not None:
        try:
            zone(policy.timezone)
        except KiplibError as exc:
            raise _fail(
                who, "invalid-contribution", rule, "-", N_("zona waktu tidak dikenal")
            ) from exc


def _check_template(template: ExemptionTemplate, who: tuple[str, str]) -> None:
    rule = f"kiplib_exemption_templates: {template.information}"
    _need_citation(template.citation, who, rule)
    grounds_ok = bool(template.grounds) and all(
        g.instrument == UU_14_2008 and g.pasal == "17" and g.huruf is not None
        for g in template.grounds
    )
    if not grounds_ok:
        raise _fail(
            who,
            "invalid-contribution",
            rule,
            str(Citation(UU_14_2008, pasal=17)),
            N_("alasan pengecualian harus menyebut UU 14/2008 Pasal 17 sampai huruf"),
        )


def _check_scopes(collected: Sequence[Contributions]) -> None:
    for i, a in enumerate(collected):
        for b in collected[i + 1 :]:
            if a.info.origin != "builtin" and a.info.scope.overlaps(b.info.scope):
                raise _fail(
                    (b.info.name, b.info.version),
                    "scope-conflict",
                    f"kiplib_scope: {b.info.scope}",
                    f"{a.info.name} {a.info.version}",
                    N_("wilayah ini sudah diatur plugin lain"),
                )


# --------------------------------------------------------------------------- resolving
def plugins_for(body: PublicBody) -> tuple[Contributions, ...]:
    """The plugins that govern ``body``, in precedence order (national first, the narrowest
    scope last) — never in registration order."""
    loaded = _registry().plugins
    local = [c for c in loaded[1:] if c.info.scope.covers(body)]
    local.sort(key=lambda c: (c.info.scope.level, c.info.name))
    return (loaded[0], *local)


def overlay_for(body: PublicBody) -> Overlay:
    """The merged rules for ``body`` (cached per combination of plugins)."""
    registry = _registry()
    chain = plugins_for(body)
    key = tuple(c.info.name for c in chain)
    found = registry.overlays.get(key)
    if found is None:
        found = _merge(chain)
        registry.overlays[key] = found
    return found


def _merge(chain: Sequence[Contributions]) -> Overlay:
    table = StepRuleTable(chain[0].deadline_rules)
    week = chain[0].working_week or WorkingWeek(MONDAY_TO_FRIDAY)
    receipt = chain[0].receipt_policy or ReceiptPolicy()
    for c in chain[1:]:
        if c.deadline_rules:
            table = table.replace(c.deadline_rules)
        if c.working_week is not None:
            week = c.working_week
        if c.receipt_policy is not None:
            new = c.receipt_policy
            receipt = attrs.evolve(
                receipt,
                citation=new.citation,
                timezone=new.timezone or receipt.timezone,
                after_hours=new.after_hours or receipt.after_hours,
                service_closes_at=new.service_closes_at or receipt.service_closes_at,
                assumption=new.assumption or receipt.assumption,
            )
    days = tuple(d for c in chain[1:] for d in c.calendar_days)
    style = merge_styles(tuple(c.document_style for c in chain if c.document_style is not None))
    return Overlay(tuple(chain), table, receipt, week, days, style)


def ppid_units_for(body: PublicBody) -> tuple[PpidUnit, ...]:
    """The PPID structure that applies to ``body`` (from every plugin in its scope)."""
    return overlay_for(body).ppid_units


def exemption_templates_for(body: PublicBody) -> tuple[ExemptionTemplate, ...]:
    """Exemption templates (DIK entries tested in the body's region)."""
    return overlay_for(body).exemption_templates


def classification_rules_for(body: PublicBody) -> tuple[ClassificationRule, ...]:
    """Extra classification rules that apply to ``body``."""
    return overlay_for(body).classification_rules


def register_cycles_for(body: PublicBody) -> tuple[RegisterCycle, ...]:
    """When the body's DIP and DIK are compiled and approved."""
    return overlay_for(body).register_cycles


def consequence_test_checks_for(body: PublicBody) -> tuple[tuple[str, RecordCheck], ...]:
    """The checks of a consequence test at ``body``: national first, each with its plugin."""
    return overlay_for(body).consequence_test_checks


def document_style_for(body: PublicBody) -> DocumentStyle:
    """How ``body``'s documents look: the styles of every plugin in its scope laid over the
    national default (no letterhead beyond the body's name), narrowest scope last.

    Examples:
        >>> from kiplib import PublicBody
        >>> document_style_for(PublicBody(name="Dinas X", region_code="99.01")).letterhead
        ()
    """
    return overlay_for(body).document_style


def check_consequence_test(facts: ConsequenceTestFacts) -> tuple[Problem, ...]:
    """Run every check that applies to ``facts.body``; the problems found, in order.

    Raises:
        kiplib.errors.PluginError: a check raised (the error names the plugin and version).
    """
    overlay = overlay_for(facts.body)
    problems: list[Problem] = []
    for plugin, check in overlay.consequence_test_checks:
        try:
            found = tuple(check.check(facts))
        except Exception as exc:
            raise _fail(
                (plugin, next(c.info.version for c in overlay.plugins if c.info.name == plugin)),
                "hook-raised",
                f"kiplib_consequence_test_checks: {check.name}",
                str(check.citation),
                N_("pemeriksaan menimbulkan galat"),
            ) from exc
        # Each problem says which plugin's check found it, and on which assumption if any.
        stamp = {"plugin": plugin, "check": check.name}
        if check.assumption:
            stamp["assumption"] = check.assumption
        problems.extend(attrs.evolve(p, params={**p.params, **stamp}) for p in found)
    return tuple(problems)


# --------------------------------------------------------------------------- check helpers
def require_approval(
    facts: ConsequenceTestFacts, officials: Iterable[Role], citation: Citation
) -> tuple[Problem, ...]:
    """Problems for each of ``officials`` missing from ``facts.approved_by`` (a building block
    for ``kiplib_consequence_test_checks``; its messages are translated)."""
    return tuple(
        Problem(
            "approved_by",
            "approval-missing",
            N_("uji konsekuensi harus disetujui {role_reason} ({citation})"),
            # ``official`` is the stable value; ``role_reason`` the name shown in each language.
            {
                "official": official.value,
                "role_reason": official.label("id"),
                "citation": str(citation),
            },
        )
        for official in officials
        if official not in facts.approved_by
    )


def require_minutes(facts: ConsequenceTestFacts, citation: Citation) -> tuple[Problem, ...]:
    """A problem when the consequence test does not end in a berita acara."""
    if facts.has_minutes:
        return ()
    return (
        Problem(
            "has_minutes",
            "minutes-missing",
            N_("uji konsekuensi harus dituangkan dalam berita acara ({citation})"),
            {"citation": str(citation)},
        ),
    )
