"""The rule book: the national law plus the overlays of a chosen set of district plugins.

A :class:`RuleBook` is one immutable, picklable value. Every computation of kiplib receives
one (``rules=``), so a result depends on its inputs and on the rule book alone:

* :meth:`RuleBook.national` — UU 14/2008 and the national rules, no plugin;
* :meth:`RuleBook.of` — the national law and exactly the given plugins (tests, servers);
* :meth:`RuleBook.installed` — the national law and the plugins installed as entry points,
  honouring the ``KIPLIB_*`` switches; built once per process. It is what ``rules=None``
  means, and the only road from the environment into a result.

:meth:`RuleBook.for_body` resolves a body once — which plugins govern it (precedence by scope:
national < province < kabupaten/kota < kecamatan < desa < body, never by load order), its
settings where the body leaves them unset, its calendar, its deadline table, its checks,
classification rows and document style — and keeps the answer inside the rule book. Nothing
is shared between rule books: a new set of plugins is a new rule book.

Examples:
    >>> from datetime import date
    >>> rules = RuleBook.national()
    >>> rules.names
    ('kiplib',)
    >>> here = rules.for_body(None)
    >>> here.body.timezone, here.calendar.add_working_days(date(2024, 4, 5), 10)
    ('Asia/Jakarta', datetime.date(2024, 4, 29))
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from datetime import date, timedelta
from importlib import import_module
from typing import Any, Final, TypeVar

import attrs

from kiplib._check import argument
from kiplib._version import __version__
from kiplib.calendar.national import national_calendar
from kiplib.calendar.working import WEEKDAY_NAMES, CalendarDay, DayKind, WorkingCalendar
from kiplib.errors import InvalidInputError, NotFoundError, Problem
from kiplib.i18n import N_, gettext
from kiplib.law.bodies import DEFAULT_BODY, PublicBody
from kiplib.law.courts import Commission, commission_of
from kiplib.law.practices import COMMISSION_PRACTICES, CommissionPractice, practice_for
from kiplib.law.steps import StepRuleTable
from kiplib.rulebook.checks import check_book, fail
from kiplib.rulebook.contributions import (
    ClassificationRule,
    ConsequenceTestFacts,
    Contributions,
    ExemptionTemplate,
    PpidUnit,
    ReceiptPolicy,
    RecordCheck,
    RegisterCycle,
    WorkingWeek,
    regulation_in_force,
)
from kiplib.rulebook.national import NATIONAL
from kiplib.rulebook.styles import DocumentStyle, merge_styles

__all__ = ["BodyRules", "RuleBook", "rules_or_default"]

T = TypeVar("T")

_ONE_DAY: Final = timedelta(days=1)
#: How many bodies a rule book remembers before it starts again (bounded memory).
_MEMO_SIZE: Final = 4096
#: The plugin module that builds rule books from installed and given plugins. The rule book
#: sits below the plugins layer; this is its one reference upwards, resolved when a rule book
#: of plugins is asked for (never at import).
_MANAGER: Final = "kiplib.plugins.manager"


@attrs.frozen
class _Overlay:
    """The merged contributions of one chain of plugins (national first)."""

    plugins: tuple[Contributions, ...]
    table: StepRuleTable
    receipt: ReceiptPolicy
    working_week: WorkingWeek
    calendar_days: tuple[CalendarDay, ...]
    document_style: DocumentStyle
    #: The first day of the district's working week (its regulation's in-force date) and the
    #: plugin that set it; ``None``: the national week, or a week in force from the start.
    week_since: tuple[date, str] | None = None
    #: Each day from which a district receipt policy (its after-hours rule or closing time)
    #: applies, ascending, with the merged policy of the day before and the district policy.
    receipt_eras: tuple[tuple[date, ReceiptPolicy, ReceiptPolicy], ...] = ()
    _calendars: dict[bool, WorkingCalendar] = attrs.field(
        factory=dict, init=False, eq=False, repr=False
    )

    def calendar(self, cuti_bersama: bool) -> WorkingCalendar:
        """The calendar of bodies with this chain (national days, the chain's days and week)."""
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
                    self._with_week(base.with_days(self.calendar_days)),
                    provenance=f"{base.provenance}; plugin: {', '.join(local)}",
                )
            else:
                found = base
            self._calendars[cuti_bersama] = found
        return found

    def _with_week(self, cal: WorkingCalendar) -> WorkingCalendar:
        """``cal`` with the district's working week from the day it applies: before it the
        national week holds. A week in force from the calendar's first day replaces the
        weekdays; a later one adds its extra weekdays from that day on as working days, each
        citing the week's regulation, except where a day off falls on one."""
        week = self.working_week
        extra = week.weekdays - cal.weekdays
        if not extra:
            return cal
        if self.week_since is None or self.week_since[0] <= cal.first:
            return cal.with_weekdays(week.weekdays)
        since, source = self.week_since
        days: list[CalendarDay] = []
        day = since
        while day <= cal.last:
            if day.weekday() in extra and not cal.is_working_day(day) and not _off(cal, day):
                name = WEEKDAY_NAMES[day.weekday()]
                days.append(
                    CalendarDay(
                        day,
                        DayKind.WORKING_DAY,
                        f"Hari kerja daerah ({name})",
                        name_en=f"District working day ({gettext(name, 'en')})",
                        source=source,
                        citation=week.citation,
                    )
                )
            day += _ONE_DAY
        return cal.with_days(days)


def _off(cal: WorkingCalendar, day: date) -> bool:
    """Whether an entry of ``cal`` makes ``day`` a day off (a holiday, a closure, a cuti
    bersama the calendar observes)."""
    return any(
        e.category is not DayKind.WORKING_DAY
        and (e.category is not DayKind.CUTI_BERSAMA or cal.cuti_bersama)
        for e in cal.entries(day)
    )


def _merge(chain: Sequence[Contributions]) -> _Overlay:
    national = chain[0]
    assert national.working_week is not None and national.receipt_policy is not None
    table = StepRuleTable(national.deadline_rules)
    week = national.working_week
    week_since: tuple[date, str] | None = None
    for c in chain[1:]:
        if c.deadline_rules:
            table = table.replace(c.deadline_rules)
        if c.working_week is not None:
            week = c.working_week
            since = regulation_in_force(c.info.regulations, week.citation)
            week_since = (since, c.info.name) if since is not None else None
    days = tuple(d for c in chain[1:] for d in c.calendar_days)
    style = merge_styles(tuple(c.document_style for c in chain if c.document_style is not None))
    receipt = _merge_receipts(chain, None)
    eras = tuple(
        (since, _merge_receipts(chain, since - _ONE_DAY), policy)
        for since, policy in _receipt_dates(chain)
    )
    return _Overlay(tuple(chain), table, receipt, week, days, style, week_since, eras)


def _dated(policy: ReceiptPolicy) -> bool:
    """Whether ``policy`` sets a rule with a date: the after-hours rule or the closing time
    (D-7). A time zone is a fact of geography, not a rule: it holds on every date."""
    return policy.after_hours is not None or policy.service_closes_at is not None


def _receipt_dates(chain: Sequence[Contributions]) -> list[tuple[date, ReceiptPolicy]]:
    """Each district receipt policy of ``chain`` with the day it applies from, ascending."""
    found: dict[date, ReceiptPolicy] = {}
    for c in chain[1:]:
        policy = c.receipt_policy
        if policy is None or not _dated(policy):
            continue
        since = regulation_in_force(c.info.regulations, policy.citation)
        if since is not None:
            found[since] = policy  # a narrower plugin's policy of the same day is the one shown
    return sorted(found.items(), key=lambda item: item[0])


def _merge_receipts(chain: Sequence[Contributions], on: date | None) -> ReceiptPolicy:
    """The receipt policies of ``chain`` laid over the national one, narrowest last. With
    ``on``, a district's after-hours rule and closing time count only from its regulation's
    in-force date; its time zone always does."""
    national = chain[0].receipt_policy
    assert national is not None
    receipt = national
    for c in chain[1:]:
        new = c.receipt_policy
        if new is None:
            continue
        if on is not None and not c.in_force_on(new.citation, on):
            if new.timezone is None:
                continue
            new = ReceiptPolicy(citation=new.citation, timezone=new.timezone)
        receipt = attrs.evolve(
            receipt,
            citation=new.citation,
            timezone=new.timezone or receipt.timezone,
            after_hours=new.after_hours or receipt.after_hours,
            service_closes_at=new.service_closes_at or receipt.service_closes_at,
            assumption=new.assumption or receipt.assumption,
        )
    return receipt


@attrs.frozen
class BodyRules:
    """The rules that govern one body, as a rule book resolves them.

    Attributes:
        body: the body with every setting it leaves unset filled in — the time zone, the
            after-hours policy (D-7) and the closing time of the district plugin that governs
            it, else the national ones. A setting the body gives itself is never changed.
        calendar: the body's working-day calendar: the national one (with or without cuti
            bersama, D-4) with its plugins' local days and working week.
        national_calendar: the national calendar with the body's cuti bersama policy, no
            plugin: the floor a resulting date is held to (D-13).
        table: the deadline table: national rows, replaced by stricter district rows.
        plugins: the plugins that govern the body, national first, narrowest scope last.
        receipt: the part of a district receipt policy that set the body's settings, when a
            district's did; ``None`` when the body keeps its own or the national settings.
        document_style: how the body's documents look (letterhead, signatories, numbering).
        commission: the Komisi Informasi that settles a sengketa with the body.
        practice: how that commission counts "N hari kerja sejak X" (D-12): its known reading,
            or every known reading when it is not known.
        receipt_since: the day from which the district receipt policy that settled ``body``
            applies (its regulation's in-force date), when a clock started before it is
            dated by another policy (:meth:`on`); ``None`` when the settings hold on every date.
        later_receipt: in the rules :meth:`on` gives for a day before ``receipt_since``, the
            district receipt policy not yet applied and the day it applies from; shown by
            :meth:`kiplib.Deadline.explain`.
    """

    body: PublicBody
    calendar: WorkingCalendar = attrs.field(repr=False)
    national_calendar: WorkingCalendar = attrs.field(repr=False)
    table: StepRuleTable = attrs.field(repr=False)
    plugins: tuple[Contributions, ...] = attrs.field(repr=False)
    receipt: ReceiptPolicy | None = None
    document_style: DocumentStyle = attrs.field(factory=lambda: merge_styles(()), repr=False)
    commission: Commission = attrs.field(factory=lambda: commission_of(DEFAULT_BODY), repr=False)
    practice: CommissionPractice = attrs.field(factory=lambda: practice_for("pusat"), repr=False)
    receipt_since: date | None = attrs.field(default=None, repr=False)
    later_receipt: tuple[date, ReceiptPolicy] | None = attrs.field(default=None, repr=False)
    #: Before each day a district receipt policy applies from: the body as settled then, the
    #: part of the policy that settled it and the district policy of that day (ascending).
    _eras: tuple[tuple[date, PublicBody, ReceiptPolicy | None, ReceiptPolicy], ...] = attrs.field(
        default=(), repr=False
    )
    _provenance: str = attrs.field(init=False, eq=False, repr=False)
    _is_national: bool = attrs.field(init=False, eq=False, repr=False)
    _checks: tuple[tuple[Contributions, RecordCheck], ...] = attrs.field(
        init=False, eq=False, repr=False
    )
    #: What the computations over this body work out once and reuse, keyed by what they are
    #: (the counting plan of each step, :mod:`kiplib.deadlines`). Filled on first use; derived
    #: from the fields above alone, so never compared.
    _memo: dict[Any, Any] = attrs.field(factory=dict, init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        # Read on every deadline: worked out once per body and rule book.
        object.__setattr__(
            self,
            "_provenance",
            _provenance(
                self.national_calendar.provenance,
                tuple(f"{c.info.name} {c.info.version}" for c in self.plugins[1:]),
            ),
        )
        object.__setattr__(self, "_is_national", len(self.plugins) == 1)
        object.__setattr__(
            self,
            "_checks",
            tuple((c, check) for c in self.plugins for check in c.consequence_test_checks),
        )

    def on(self, day: date) -> BodyRules:
        """The rules for a clock started on ``day`` (the body's local date): these rules, or —
        before the day a district's after-hours rule or closing time applies from — the same
        rules with the settings in force then (the national D-7 where no older district
        policy holds). The time zone is never dated: it is where the body is.

        Examples:
            >>> from datetime import date
            >>> here = RuleBook.national().for_body(None)
            >>> here.on(date(2015, 1, 5)) is here
            True
        """
        argument("day", day, date)
        since = self.receipt_since
        if since is None or day >= since:
            return self
        change, body, receipt, policy = next(e for e in self._eras if day < e[0])
        key = ("receipt", change)
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = (
                self
                if body == self.body
                else attrs.evolve(
                    self,
                    body=body,
                    receipt=receipt,
                    receipt_since=None,
                    later_receipt=(change, policy),
                    eras=(),
                )
            )
        return found

    def document_style_on(self, day: date | None) -> DocumentStyle:
        """How the body's documents dated ``day`` look: the styles of the plugins whose
        regulation is in force that day, laid over the national one (``None``: every style,
        :attr:`document_style`). A letter dated before a district's Perbup on its documents
        is dressed as the rules of its day dressed it.

        Examples:
            >>> from datetime import date
            >>> RuleBook.national().for_body(None).document_style_on(date(2015, 1, 5)).source
            'kiplib'
        """
        argument("on", day, date, type(None))
        if day is None:
            return self.document_style
        applied = tuple(
            i
            for i, c in enumerate(self.plugins)
            if i and c.document_style is not None and c.in_force_on(c.document_style.citation, day)
        )
        key = ("style", applied)
        found = self._memo.get(key)
        if found is None:
            styles = tuple(self.plugins[i].document_style for i in applied)
            found = self._memo[key] = merge_styles([s for s in styles if s is not None])
        assert isinstance(found, DocumentStyle)
        return found

    def receipt_periods(self) -> tuple[tuple[date | None, PublicBody], ...]:
        """The body's settings over time (D-7): from each day (``None``: from the first), the
        body as settled then, ascending; one period when nothing is dated. What the column
        paths read instead of :meth:`on`.

        Examples:
            >>> RuleBook.national().for_body(None).receipt_periods()[0][0] is None
            True
        """
        starts = (None, *(e[0] for e in self._eras))
        bodies = (*(e[1] for e in self._eras), self.body)
        return tuple(zip(starts, bodies, strict=True))

    @property
    def names(self) -> tuple[str, ...]:
        """The names of the plugins that govern the body, national first."""
        return tuple(c.info.name for c in self.plugins)

    @property
    def provenance(self) -> str:
        """What a result for this body was computed with: the kiplib version, the holiday data
        and the plugins with their versions (``kiplib 0.2.0; holidays 0.109; rules: kiplib``).

        Stored results carry it (``computed_with``); a stored result whose provenance is that
        of a rule book at hand can be recomputed and checked when it is loaded.
        """
        return self._provenance

    @property
    def is_national(self) -> bool:
        """Whether only the national law governs the body."""
        return self._is_national

    def _each(self, get: Callable[[Contributions], tuple[T, ...]]) -> tuple[T, ...]:
        return tuple(item for c in self.plugins for item in get(c))

    def in_force_on(
        self, get: Callable[[Contributions], tuple[T, ...]], on: date | None
    ) -> tuple[T, ...]:
        """What ``get`` reads of every plugin of the body, leaving out on ``on`` the district
        contributions whose regulation is not yet in force then (``None``: everything).
        An item's regulation is the one its ``citation`` names (see
        :func:`~kiplib.rulebook.contributions.regulation_in_force`)."""
        argument("on", on, date, type(None))
        if on is None:
            return self._each(get)
        return tuple(
            item
            for c in self.plugins
            for item in get(c)
            if c.in_force_on(getattr(item, "citation", None), on)
        )

    @property
    def ppid_units(self) -> tuple[PpidUnit, ...]:
        """The PPID structure that applies to the body."""
        return self._each(lambda c: c.ppid_units)

    @property
    def register_cycles(self) -> tuple[RegisterCycle, ...]:
        """When the body's DIP and DIK are compiled and approved."""
        return self._each(lambda c: c.register_cycles)

    @property
    def exemption_templates(self) -> tuple[ExemptionTemplate, ...]:
        """DIK entries tested in the body's region."""
        return self._each(lambda c: c.exemption_templates)

    @property
    def classification_rules(self) -> tuple[ClassificationRule, ...]:
        """Extra classification rows of the body's districts."""
        return self._each(lambda c: c.classification_rules)

    @property
    def checks(self) -> tuple[tuple[Contributions, RecordCheck], ...]:
        """Every consequence-test check, national first, each with the plugin that added it."""
        return self._checks

    @property
    def district(self) -> tuple[Contributions, ...]:
        """The district plugins that govern the body (the national law left out)."""
        return self.plugins[1:]

    def check_facts(self, facts: ConsequenceTestFacts) -> tuple[Problem, ...]:
        """Run every consequence-test check that applies to the body over ``facts``; the
        problems found, in order, each stamped with the ``plugin`` and ``check`` that found it
        (and the check's ``assumption``, if any). A district check whose regulation was not
        yet in force on the day of the test (``facts.tested_on``) does not apply; a test
        without a date is checked by every check.

        Raises:
            kiplib.errors.PluginError: a check raised, or gave something that is not a
                :class:`~kiplib.errors.Problem` (the original exception is chained).
        """
        problems: list[Problem] = []
        tested_on = facts.tested_on
        for plugin, check in self._checks:
            if tested_on is not None and not plugin.in_force_on(check.citation, tested_on):
                # A district check holds from its regulation's in-force date: a test made
                # before it answers to the national law alone.
                continue
            try:
                found = tuple(check.check(facts))
                if not all(isinstance(p, Problem) for p in found):
                    raise TypeError(f"{check.name} returned {found!r:.200}, not Problems")
            except Exception as exc:
                raise fail(
                    (plugin.info.name, plugin.info.version),
                    "hook-raised",
                    f"kiplib_consequence_test_checks: {check.name}",
                    str(check.citation),
                    N_("pemeriksaan menimbulkan galat"),
                ) from exc
            if not found:
                continue
            stamp = {"plugin": plugin.info.name, "check": check.name}
            if check.assumption:
                stamp["assumption"] = check.assumption
            problems.extend(attrs.evolve(p, params={**p.params, **stamp}) for p in found)
        return tuple(problems)


def _plugins(value: Iterable[Contributions]) -> tuple[Contributions, ...]:
    items = tuple(value)
    for i, item in enumerate(items):
        if not isinstance(item, Contributions):
            raise InvalidInputError(
                field=f"plugins[{i}]",
                value=repr(item)[:80],
                reason=N_("harus berupa Contributions"),
            )
    if not items or items[0].info.origin != "builtin":
        items = (NATIONAL, *items)
    return items


def _check(_inst: object, _attribute: object, value: tuple[Contributions, ...]) -> None:
    check_book(value)


@attrs.frozen(cache_hash=True)
class RuleBook:
    """The national law plus the overlays of a chosen set of district plugins.

    Immutable and picklable: send it to worker processes, keep one per server, pass it to
    every computation as ``rules=``. Two rule books of the same plugins are equal.

    Build one with :meth:`national`, :meth:`of` or :meth:`installed`; giving ``plugins``
    (already collected :class:`~kiplib.plugins.Contributions`) checks each against the
    national floor (:mod:`kiplib.law.floor`) and raises :class:`~kiplib.errors.PluginError`
    for one that breaks it.
    """

    plugins: tuple[Contributions, ...] = attrs.field(converter=_plugins, validator=_check)
    _chains: dict[tuple[str, ...], _Overlay] = attrs.field(
        factory=dict, init=False, eq=False, repr=False, hash=False
    )
    _bodies: dict[PublicBody | None, BodyRules] = attrs.field(
        factory=dict, init=False, eq=False, repr=False, hash=False
    )

    # ------------------------------------------------------------------ building
    @classmethod
    def national(cls) -> RuleBook:
        """UU 14/2008 and the national rules alone (the same value on every call)."""
        return _NATIONAL_BOOK

    @classmethod
    def installed(cls) -> RuleBook:
        """The national law and the plugins installed as entry points (group ``kiplib``),
        honouring ``KIPLIB_NO_PLUGINS``, ``KIPLIB_LOAD_PLUGINS`` and ``KIPLIB_TRACE_PLUGINS``.

        Built on first use, then the same value for the whole process.

        Raises:
            kiplib.errors.PluginError: an installed plugin breaks the floor, a switch has a
                value kiplib does not understand, or an allow-listed plugin is not installed.
        """
        global _installed
        if _installed is None:
            _installed = import_module(_MANAGER).installed_rule_book()
        return _installed

    @classmethod
    def of(cls, *plugins: object, entry_points: bool = False) -> RuleBook:
        """The national law and exactly ``plugins`` (modules, objects with hooks, or
        :class:`~kiplib.plugins.LocalPlugin` values); with ``entry_points=True`` the installed
        ones too.

        Raises:
            kiplib.errors.PluginError: a plugin breaks the national floor, conflicts with
                another or raises while it is loaded.
        """
        built: RuleBook = import_module(_MANAGER).rule_book_of(plugins, entry_points=entry_points)
        return built

    def __reduce__(self) -> tuple[Any, ...]:
        # The memos are rebuilt where the rule book lands; only the plugins travel.
        return (RuleBook, (self.plugins,))

    # ------------------------------------------------------------------ reading
    @property
    def names(self) -> tuple[str, ...]:
        """The plugins of the rule book, the national law (``kiplib``) first."""
        return tuple(c.info.name for c in self.plugins)

    @property
    def districts(self) -> tuple[Contributions, ...]:
        """The district plugins (the national law left out)."""
        return self.plugins[1:]

    def plugin(self, name: str) -> Contributions:
        """The contributions of the plugin called ``name``.

        Raises:
            kiplib.errors.NotFoundError: no plugin of that name in this rule book.
        """
        for c in self.plugins:
            if c.info.name == name:
                return c
        raise NotFoundError(field="plugin", value=repr(name))

    def chain(self, body: PublicBody) -> tuple[Contributions, ...]:
        """The plugins that govern ``body``: national first, then by scope, narrowest last."""
        if body == DEFAULT_BODY:
            return self.plugins[:1]
        local = [c for c in self.plugins[1:] if c.info.scope.covers(body)]
        local.sort(key=lambda c: (c.info.scope.level, c.info.name))
        return (self.plugins[0], *local)

    def for_body(self, body: PublicBody | None) -> BodyRules:
        """The rules that govern ``body`` (the default body, a Badan Publik Negara with no
        region, when ``None``), resolved once and remembered."""
        if body is None:  # the default body, most calls: remembered under None as well
            found = self._bodies.get(None)
            if found is not None:
                return found
        key = DEFAULT_BODY if body is None else body
        if not isinstance(key, PublicBody):
            raise InvalidInputError(
                field="body", value=repr(key)[:80], reason=N_("harus berupa PublicBody")
            )
        found = self._bodies.get(key)
        if found is not None:
            if body is None:
                self._bodies[None] = found
            return found
        chain = self.chain(key)
        names = tuple(c.info.name for c in chain)
        overlay = self._chains.get(names)
        if overlay is None:
            overlay = _merge(chain)
            self._chains[names] = overlay
        settled = _settle(key, overlay.receipt)
        eras = []
        for since, before, policy in overlay.receipt_eras:
            earlier = _settle(key, before)
            eras.append((since, earlier, _receipt_applied(before, key, earlier), policy))
        while eras and eras[-1][1] == settled:  # the settings were already those of today
            eras.pop()
        cuti = settled.cuti_bersama_off
        found = BodyRules(
            body=settled,
            calendar=overlay.calendar(cuti),
            national_calendar=national_calendar(cuti_bersama=cuti),
            table=overlay.table,
            plugins=overlay.plugins,
            receipt=_receipt_applied(overlay.receipt, key, settled) if len(chain) > 1 else None,
            document_style=overlay.document_style,
            commission=(commission := commission_of(settled)),
            practice=self._practice(commission),
            receipt_since=eras[-1][0] if eras else None,
            eras=tuple(eras),
        )
        if len(self._bodies) >= _MEMO_SIZE:
            self._bodies.clear()
        self._bodies[key] = found
        if body is None:
            self._bodies[None] = found
        return found

    def _practice(self, commission: Commission) -> CommissionPractice:
        """The counting practice of ``commission``: kiplib's table and what plugins state. Where
        they disagree, or nobody knows, every reading applies (D-12)."""
        known = COMMISSION_PRACTICES.get(commission.key)
        stated = [
            p
            for c in self.plugins
            for p in c.commission_practices
            if p.commission == commission.key
        ]
        if known is None and not stated:
            return practice_for(commission.key, commission.name)
        found = [*([known] if known is not None else []), *stated]
        counting = {c for p in found for c in p.counting}
        return CommissionPractice(
            commission.key,
            found[0].name,
            tuple(counting),
            tuple(dict.fromkeys(s for p in found for s in p.sources)),
            known=len(counting) == 1 and all(p.known for p in found),
        )

    def describe(self) -> tuple[dict[str, Any], ...]:
        """Each plugin as plain data: name, version, origin, scope and regulations."""
        return tuple(
            {
                "name": c.info.name,
                "version": c.info.version,
                "origin": c.info.origin,
                "scope": str(c.info.scope),
                "region_code": c.info.scope.region_code,
                "bodies": list(c.info.scope.bodies),
                "regulations": [str(r.citation) for r in c.info.regulations],
            }
            for c in self.plugins
        )


@functools.cache
def _provenance(calendar: str, plugins: tuple[str, ...]) -> str:
    return "; ".join(
        (f"kiplib {__version__}", calendar, "rules: " + ", ".join(("kiplib", *plugins)))
    )


def _settle(body: PublicBody, receipt: ReceiptPolicy) -> PublicBody:
    """``body`` with what it leaves unset taken from the merged receipt policy."""
    changes: dict[str, Any] = {}
    if body.timezone is None:
        changes["timezone"] = receipt.timezone
    if body.after_hours is None:
        changes["after_hours"] = receipt.after_hours
    if body.service_closes_at is None:
        changes["service_closes_at"] = receipt.service_closes_at
    return attrs.evolve(body, **changes) if changes else body


def _receipt_applied(
    policy: ReceiptPolicy, body: PublicBody, settled: PublicBody
) -> ReceiptPolicy | None:
    """The part of a district receipt policy that set ``body``'s settings (``None``: none)."""
    national = NATIONAL.receipt_policy
    assert national is not None
    if policy.citation == national.citation:
        return None  # the district has no receipt policy: the national one filled the gaps
    # A value the district leaves as the national one is no change of the district's.
    timezone = settled.timezone if body.timezone is None else None
    after_hours = settled.after_hours if body.after_hours is None else None
    closes = settled.service_closes_at if body.service_closes_at is None else None
    timezone = None if timezone == national.timezone else timezone
    after_hours = None if after_hours == national.after_hours else after_hours
    closes = None if closes == national.service_closes_at else closes
    if timezone is None and after_hours is None and closes is None:
        return None
    return ReceiptPolicy(
        citation=policy.citation,
        timezone=timezone,
        after_hours=after_hours,
        service_closes_at=closes,
        assumption=policy.assumption,
    )


def rules_or_default(rules: RuleBook | None) -> RuleBook:
    """``rules``, or the process's default rule book when ``None``.

    The default is :meth:`RuleBook.installed`, unless a script or test made another one the
    default with :func:`kiplib.plugins.using_plugins` or :func:`kiplib.plugins.load_plugins`.
    """
    if rules is not None:
        if not isinstance(rules, RuleBook):
            raise InvalidInputError(
                field="rules", value=repr(rules)[:80], reason=N_("harus berupa RuleBook")
            )
        return rules
    return _default if _default is not None else RuleBook.installed()


def set_default(rules: RuleBook | None) -> RuleBook | None:
    """Make ``rules`` what ``rules=None`` means in this process (``None``: the installed
    rule book again); returns the previous default. Used by :mod:`kiplib.plugins` for its
    process-wide helpers (tests, scripts); servers and apps pass ``rules=`` instead."""
    global _default
    previous = _default
    _default = rules
    return previous


_NATIONAL_BOOK: Final = RuleBook((NATIONAL,))
_installed: RuleBook | None = None
_default: RuleBook | None = None
