"""Deadlines of every step of a request, with their legal basis and an explanation.

``deadline(step, start)`` turns the start of a clock (a date, or an aware instant that is first
turned into the body's local date) into the last allowed day, following the rule of the step
in force on that date (:mod:`kiplib.law.steps`) on the body's working-day calendar.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta, tzinfo
from typing import Final

import attrs

from kiplib._check import argument
from kiplib.calendar.working import CalendarDay, DayKind, WorkingCalendar, format_date
from kiplib.errors import (
    BeforeLawInForceError,
    InvalidInputError,
    NaiveDatetimeError,
    OutOfRangeError,
)
from kiplib.i18n import N_, gettext
from kiplib.law.bodies import (
    DEFAULT_BODY,
    DEFAULT_CLOSING,
    DEFAULT_TIMEZONE,
    ZONE_ABBREVIATIONS,
    AfterHoursPolicy,
    PublicBody,
    zone,
)
from kiplib.law.citation import Citation
from kiplib.law.conventions import CONVENTIONS, D5, D6, D7, D12, D13
from kiplib.law.floor import BODY_STEPS
from kiplib.law.practices import PRACTICE_STEPS, CommissionPractice, Counting
from kiplib.law.steps import (
    LAW_IN_FORCE,
    NATIONAL_TABLE,
    CountUnit,
    Step,
    StepRule,
    StepRuleTable,
)
from kiplib.rulebook.book import BodyRules, RuleBook, rules_or_default
from kiplib.rulebook.contributions import ReceiptPolicy

__all__ = ["Deadline", "SkippedDay", "deadline", "deadline_for", "local_date", "recount"]

_ONE_DAY: Final = timedelta(days=1)
#: ``StepRule.source`` of the national rows (the built-in plugin's name).
NATIONAL_SOURCE: Final = "kiplib"
_NEXT_DAY_ONLY: Final = (Counting.NEXT_DAY,)


def local_date(
    start: date | datetime, body: PublicBody | None = None, *, field: str = "start"
) -> date:
    """The body's local date of ``start``: a date as it is; an aware datetime in the body's
    zone. A naive datetime is refused, because its local date cannot be known."""
    if type(start) is date:
        return start
    if isinstance(start, datetime):
        if start.tzinfo is None or start.utcoffset() is None:
            raise NaiveDatetimeError(field=field, value=start.isoformat(sep=" "))
        if body is not None and not isinstance(body, PublicBody):
            raise InvalidInputError(
                field="body", value=repr(body)[:80], reason=N_("harus berupa PublicBody")
            )
        try:
            return start.astimezone((body or DEFAULT_BODY).zone).date()
        except OverflowError as exc:  # the local date falls outside years 1-9999
            raise OutOfRangeError(
                field=field, value=start.isoformat(sep=" "), first=date.min, last=date.max
            ) from exc
    if isinstance(start, date):
        return start
    raise InvalidInputError(
        field=field, value=repr(start), reason=N_("harus berupa date atau datetime yang sadar zona")
    )


def _local_in(start: object, zone: tzinfo) -> date | None:
    """The local date in ``zone`` of an aware :class:`~datetime.datetime`; ``None`` for
    anything else (a date, a naive instant, a local date out of range), which
    :func:`local_date` decides."""
    if type(start) is datetime and start.tzinfo is not None and start.utcoffset() is not None:
        try:
            return start.astimezone(zone).date()
        except OverflowError:
            return None
    return None


@attrs.frozen
class SkippedDay:
    """A day not counted, and every reason why (weekend, holiday, cuti bersama …)."""

    date: date
    reasons: tuple[str, ...]


@attrs.frozen
class Deadline:
    """The last allowed day of one step, with where it comes from.

    Attributes:
        step: the step.
        start: the body's local date of the event that starts the clock.
        due: the last allowed day (late from the day after; a target for ``DISPUTE_END``).
        rule: the row of the deadline table that was applied (count, unit, citation …).
        provisional: the count touches a year whose SKB on libur nasional and cuti bersama
            is not recorded, or a day within one day of an estimated date (D-5): it may still
            change.
        clock_start: the date the count runs from — ``start``, or the next working day when
            the body deems an after-hours receipt received then (D-7).
        started_at: the instant given, when a datetime was given.
        timezone: the body's time zone.
        base_count: days of the base step included in the count (10 for the extension).
        floor: the national rule, when a stricter local rule was applied instead.
        base_rule: the district rule of the base step, when a plugin shortened it (an
            extension counted on a 7-day local notice); ``None`` otherwise.
        receipt: the district receipt policy (time zone, after-hours rule, D-7) that set the
            body's settings, when a plugin's did; ``None`` otherwise.
        latest: the last day any reading allows; ``due`` is the last day on which the party
            that acts is safe under every reading. They differ when the body's own calendar and
            rules give the requester, the Komisi Informasi or a court a later day than the
            national calendar does (D-13): the other party is late only after ``latest``.
        local_due: the day counted on the body's own calendar and rules, when the national
            floor set another one (D-13); ``None`` otherwise.
        practice: how the competent Komisi Informasi counts "N hari kerja sejak X" (D-12),
            with the decisions it rests on; ``None`` for the courts' steps (D-6, D-10).
        computed_with: the kiplib version, holiday data and plugins it was counted with
            (:attr:`kiplib.rulebook.BodyRules.provenance`); not compared. A stored deadline
            whose provenance is that of the national rules here is recounted when loaded.
        calendar: the calendar used (for :meth:`explain`; not stored or compared).
        later_rule: the district's row of this step (or of its base step) that applies only
            to clocks started from its regulation's in-force date, when this clock started
            before it and the national row was applied; shown by :meth:`explain`, not stored
            or compared.
        later_receipt: the district receipt policy (after-hours rule, closing time: D-7) that
            applies only to what is received from the day given with it, when this clock
            started before that day and the settings in force then were applied; shown by
            :meth:`explain`, not stored or compared.
    """

    step: Step
    start: date
    due: date
    rule: StepRule
    provisional: bool
    clock_start: date
    started_at: datetime | None = None
    timezone: str = "Asia/Jakarta"
    base_count: int = 0
    floor: StepRule | None = None
    calendar: WorkingCalendar | None = attrs.field(default=None, eq=False, repr=False)
    base_rule: StepRule | None = None
    receipt: ReceiptPolicy | None = None
    latest: date = attrs.field(default=attrs.Factory(lambda self: self.due, takes_self=True))
    local_due: date | None = None
    practice: CommissionPractice | None = None
    computed_with: str | None = attrs.field(default=None, eq=False)
    later_rule: StepRule | None = attrs.field(default=None, eq=False, repr=False)
    later_receipt: tuple[date, ReceiptPolicy] | None = attrs.field(
        default=None, eq=False, repr=False
    )

    @property
    def citation(self) -> Citation:
        """The article the limit comes from, e.g. ``UU 14/2008 Pasal 22 ayat (7)``."""
        return self.rule.citation

    @property
    def count(self) -> int:
        """How many days are counted from ``clock_start`` (17 for an extended notice)."""
        return self.base_count + self.rule.count

    @property
    def unit(self) -> CountUnit:
        """Working days or calendar days."""
        return self.rule.unit

    @property
    def binding(self) -> bool:
        """``False`` when the limit is a target rather than a strict deadline."""
        return self.rule.binding

    @property
    def conventions(self) -> tuple[str, ...]:
        """Codes of the counting decisions used (``D-6``, ``D-7``, ``D-10`` …)."""
        extra = (D7.code,) if self.clock_start != self.start else ()
        more = (D5.code,) if self.provisional else ()
        floor = (D13.code,) if self.local_due is not None else ()
        return self._counting_conventions + extra + more + floor

    @property
    def _counting_conventions(self) -> tuple[str, ...]:
        """The rule's decisions, with D-12 where a commission's practice decides the count."""
        base = self.rule.conventions
        if self.practice is None:
            return base
        if self.practice.counting != (Counting.NEXT_DAY,):
            # Another reading than D-6 may apply: the commission's practice (D-12) decides.
            return tuple(D12.code if c == D6.code else c for c in base)
        return base

    def is_overdue(self, as_of: date) -> bool:
        """Whether ``as_of`` is after the last allowed day (:attr:`latest`: late under every
        reading, D-12; between :attr:`due` and :attr:`latest` the step is at risk, not late)."""
        return argument("as_of", as_of, date) > self.latest

    def days_overdue(self, as_of: date) -> int:
        """Calendar days past :attr:`latest` on ``as_of`` (0 if not overdue)."""
        return max((argument("as_of", as_of, date) - self.latest).days, 0)

    def counted_on(self, where: BodyRules) -> WorkingCalendar:
        """The calendar of ``where`` that gave :attr:`due`: the body's own, or the national
        calendar when the national floor set the day (D-13)."""
        return where.national_calendar if self.local_due is not None else where.calendar

    def _calendar(
        self,
        calendar: WorkingCalendar | None,
        rules: RuleBook | None = None,
        body: PublicBody | None = None,
    ) -> WorkingCalendar:
        if calendar is not None:
            return calendar
        if self.calendar is not None:
            return self.calendar
        if rules is None and body is None:
            raise InvalidInputError(
                field="calendar",
                value="None",
                reason=N_(
                    "deadline ini dimuat dari dokumen; berikan rules= dan body= (atau calendar=) "
                    "untuk penjelasannya"
                ),
            )
        return self.counted_on(rules_or_default(rules).for_body(body))

    def _later(
        self,
        calendar: WorkingCalendar | None,
        rules: RuleBook | None,
        body: PublicBody | None,
    ) -> tuple[StepRule | None, tuple[date, ReceiptPolicy] | None]:
        """The district row and receipt policy not yet in force when the clock started: as
        counted, or — for a deadline read back, given its rule book and body — found again."""
        if self.calendar is not None or calendar is not None or (rules is None and body is None):
            return self.later_rule, self.later_receipt
        where = rules_or_default(rules).for_body(body)
        later_rule = self.later_rule
        if later_rule is None and not where.is_national:
            base = _base_row(where.table, self.rule, self.start)
            later_rule = _later_local_row(where.table, self.start, self.rule, base)
        later_receipt = self.later_receipt
        if later_receipt is None and self.rule.body_receives:
            later_receipt = where.on(self.start).later_receipt
        return later_rule, later_receipt

    def skipped_days(
        self,
        calendar: WorkingCalendar | None = None,
        *,
        rules: RuleBook | None = None,
        body: PublicBody | None = None,
    ) -> tuple[SkippedDay, ...]:
        """The days not counted between ``clock_start`` and ``due``, each with its reasons.

        A deadline read back from a document has no calendar: give the rule book and the
        body it was counted for (``rules=``, ``body=``), or a calendar.
        """
        cal = self._calendar(calendar, rules, body)
        if self.unit is CountUnit.CALENDAR_DAYS:
            end = self.clock_start + timedelta(days=self.rule.count)
            days = list(cal.non_working_days(end - _ONE_DAY, self.due)) if end <= self.due else []
        else:
            days = list(cal.non_working_days(self.clock_start, self.due))
        return tuple(SkippedDay(d, tuple(_reason(r) for r in cal.reasons(d))) for d in days)

    def explain(
        self,
        lang: str = "id",
        *,
        calendar: WorkingCalendar | None = None,
        rules: RuleBook | None = None,
        body: PublicBody | None = None,
    ) -> str:
        """A text that lists the rule, the count and every skipped day with its reason.

        A deadline read back from a document has no calendar: give the rule book and the
        body it was counted for (``rules=``, ``body=``), or a calendar.
        """
        cal = self._calendar(calendar, rules, body)
        later_rule, later_receipt = self._later(calendar, rules, body)
        _ = _translator(lang)
        lines: list[str] = []
        label = self.step.label(lang)
        lines.append(
            _("{label}: paling lambat {due}").format(
                label=label[:1].upper() + label[1:], due=format_date(self.due, lang)
            )
        )
        lines.append(_("Dasar hukum: {citation}").format(citation=_citations(self.rule)))
        if self.floor is not None:
            lines.append(
                _(
                    "{count} {unit} — {citation}, lebih ketat dari {floor} ({floor_count} "
                    "{unit}); sumber: {source}"
                ).format(
                    count=self.rule.count,
                    citation=self.rule.citation,
                    floor=self.floor.citation,
                    floor_count=self.floor.count,
                    unit=self.floor.unit.label(lang),
                    source=self.rule.source,
                )
            )
        if self.base_rule is not None:
            national = NATIONAL_TABLE.rule_for(self.base_rule.step, self.start)
            lines.append(
                _(
                    "Termasuk {count} {unit} tahap {step} — {citation}, lebih ketat dari "
                    "{floor} ({floor_count} {unit}); sumber: {source}"
                ).format(
                    count=self.base_rule.count,
                    unit=self.base_rule.unit.label(lang),
                    step=self.base_rule.step.label(lang),
                    citation=self.base_rule.citation,
                    floor=national.citation,
                    floor_count=national.count,
                    source=self.base_rule.source,
                )
            )
        if later_rule is not None:
            later = later_rule
            lines.append(
                _(
                    "Aturan daerah {citation} ({count} {unit}; sumber: {source}) berlaku untuk "
                    "awal hitungan sejak {since}; hitungan ini dimulai sebelumnya, maka berlaku "
                    "aturan nasional."
                ).format(
                    citation=later.citation,
                    count=later.count,
                    unit=later.unit.label(lang),
                    source=later.source,
                    since=format_date(later.effective_from, lang),
                )
            )
        if self.receipt is not None:
            lines.extend(_receipt_lines(self.receipt, lang))
        if later_receipt is not None:
            since, policy = later_receipt
            lines.append(
                _(
                    "Kebijakan penerimaan daerah {citation} ({policy}) berlaku untuk yang "
                    "diterima sejak {since}; penerimaan ini lebih awal, maka tidak diterapkan."
                ).format(
                    citation=policy.citation or "-",
                    policy=_policy_text(policy, lang),
                    since=format_date(since, lang),
                )
            )
        if self.local_due is not None:
            lines.append(_floor_line(self, lang))
        started = format_date(self.start, lang)
        if self.started_at is not None:
            local = self.started_at.astimezone(zone(self.timezone))
            started += f" ({local:%H:%M} {ZONE_ABBREVIATIONS.get(self.timezone, self.timezone)})"
        lines.append(_("Awal hitungan: {start}").format(start=started))
        if self.clock_start != self.start:
            lines.append(
                _(
                    "Diterima di luar jam layanan atau pada hari libur: dianggap diterima "
                    "{deemed} (D-7)"
                ).format(deemed=format_date(self.clock_start, lang))
            )
        unit = self.unit.label(lang)
        clock = gettext(self.rule.clock_starts, lang)
        if self.base_count:
            lines.append(
                _("Hitungan: {base} + {extra} = {total} {unit} {clock}").format(
                    base=self.base_count,
                    extra=self.rule.count,
                    total=self.count,
                    unit=unit,
                    clock=clock,
                )
            )
        else:
            lines.append(
                _("Hitungan: {count} {unit} {clock}").format(
                    count=self.count, unit=unit, clock=clock
                )
            )
        for code in self._counting_conventions:
            lines.append("  " + CONVENTIONS[code].describe(lang))
        if self.practice is not None and self.practice.counting != (Counting.NEXT_DAY,):
            lines.extend("  " + line for line in self.practice.explain(lang).splitlines())
        skipped = self.skipped_days(cal)
        if self.unit is CountUnit.CALENDAR_DAYS:
            nominal = self.clock_start + timedelta(days=self.rule.count)
            if nominal != self.due:
                lines.append(
                    _(
                        "Hari ke-{count} jatuh pada {nominal}, bukan hari kerja; bergeser ke {due}"
                    ).format(
                        count=self.count,
                        nominal=format_date(nominal, lang),
                        due=format_date(self.due, lang),
                    )
                )
        if skipped:
            lines.append(
                _("Hari yang tidak dihitung ({n}):").format(n=len(skipped))
                if self.unit is CountUnit.WORKING_DAYS
                else _("Hari bukan hari kerja sebelum hari terakhir ({n}):").format(n=len(skipped))
            )
            for day in skipped:
                reasons = "; ".join(_explain_reason(r, lang) for r in cal.reasons(day.date))
                lines.append(f"  - {format_date(day.date, lang)}: {reasons}")
        else:
            lines.append(_("Tidak ada hari yang dilewati."))
        if self.latest != self.due:
            lines.append(
                _(
                    "Aman bila dilakukan paling lambat {due}; pihak lain baru terlambat mulai "
                    "{late}."
                ).format(
                    due=format_date(self.due, lang),
                    late=format_date(self.latest + _ONE_DAY, lang),
                )
            )
        else:
            lines.append(
                _("Terlambat mulai {late}.").format(late=format_date(self.due + _ONE_DAY, lang))
            )
        if not self.binding:
            lines.append(_('Batas ini adalah target ("dapat"), bukan tenggat yang mengikat.'))
        if self.provisional:
            lines.append(
                _(
                    "SEMENTARA (D-5): hitungan menyentuh tahun yang SKB hari libur dan cuti "
                    "bersamanya tidak tercatat (tahun terakhir yang tercatat: {year}) atau tanggal "
                    "perkiraan; tanggal ini dapat berubah."
                ).format(year=cal.last_confirmed_year or "-")
            )
        lines.append(_("Data kalender: {provenance}").format(provenance=cal.provenance))
        return "\n".join(lines)


def _translator(lang: str) -> Callable[[str], str]:
    def _(message: str) -> str:
        return gettext(message, lang)

    return _


_AFTER_HOURS: Final = {
    AfterHoursPolicy.SAME_DAY: N_("tanggal diterima tetap dihitung, jam berapa pun"),
    AfterHoursPolicy.NEXT_WORKING_DAY: N_(
        "diterima sesudah jam layanan atau pada hari libur dianggap diterima hari kerja berikutnya"
    ),
}


def _policy_text(policy: ReceiptPolicy, lang: str) -> str:
    """The settings of a receipt policy (D-7), joined: time zone, after-hours rule, closing."""
    parts = []
    if policy.timezone:
        parts.append(gettext("zona waktu {timezone}", lang).format(timezone=policy.timezone))
    if policy.after_hours is not None:
        parts.append(gettext(_AFTER_HOURS[policy.after_hours], lang))
    if policy.service_closes_at is not None:
        parts.append(
            gettext("layanan tutup pukul {time}", lang).format(
                time=policy.service_closes_at.strftime("%H:%M")
            )
        )
    return "; ".join(parts)


def _receipt_lines(policy: ReceiptPolicy, lang: str) -> list[str]:
    """What a district's receipt policy (D-7) says, and on which regulation."""
    lines = [
        gettext("Kebijakan penerimaan daerah (D-7): {policy} — {citation}", lang).format(
            policy=_policy_text(policy, lang), citation=policy.citation or "-"
        )
    ]
    if policy.assumption:
        lines.append("  " + gettext("Asumsi: {text}", lang).format(text=policy.assumption))
    return lines


def _floor_line(d: Deadline, lang: str) -> str:
    """What the national floor (D-13) did to the day the body's calendar and rules give."""
    assert d.local_due is not None
    if d.step in BODY_STEPS:
        text = N_(
            "Menurut kalender dan aturan daerah hari terakhir jatuh pada {local}, sesudah batas "
            "aturan nasional pada kalender nasional; berlaku batas nasional (D-13)"
        )
    elif d.local_due > d.due:
        text = N_(
            "Menurut kalender dan aturan daerah hari terakhir jatuh pada {local}; yang aman "
            "tetap batas nasional, {due} (D-13)"
        )
    else:
        text = N_(
            "Menurut kalender dan aturan daerah hari terakhir jatuh pada {local}, sebelum batas "
            "nasional; jangka waktu ini tidak boleh lebih pendek dari aturan nasional (D-13)"
        )
    return gettext(text, lang).format(
        local=format_date(d.local_due, lang), due=format_date(d.due, lang)
    )


def _citations(rule: StepRule) -> str:
    shown = [str(rule.citation), *(str(c) for c in rule.basis)]
    return "; ".join(shown)


def _reason(day: CalendarDay) -> str:
    return f"{day.category.value}: {day.name}"


_NATIONAL_DAYS: Final = frozenset({DayKind.NATIONAL_HOLIDAY, DayKind.CUTI_BERSAMA})


def _explain_reason(day: CalendarDay, lang: str) -> str:
    if day.category is DayKind.WEEKEND:
        return day.category.label(lang)
    text = f"{day.display_name(lang)} ({day.category.label(lang)}"
    if day.estimated:
        text += ", " + gettext("perkiraan", lang)
    text += f"; {day.source}"
    if day.citation is not None:
        text += f", {day.citation}"
    elif day.category in _NATIONAL_DAYS:
        # A libur nasional or cuti bersama whose decree kiplib does not record (D-5).
        text += ", " + gettext(N_("keputusan tidak tercatat"), lang)
    return text + ")"


def deadline(
    step: Step | str,
    start: date | datetime,
    *,
    body: PublicBody | None = None,
    calendar: WorkingCalendar | None = None,
    rules: RuleBook | None = None,
) -> Deadline:
    """The deadline of ``step`` for a clock started at ``start``.

    Args:
        step: a :class:`~kiplib.Step` (or its value, e.g. ``"notice"``).
        start: when the clock starts: a date (the body's local date) or an aware datetime,
            turned into the body's local date first. A naive datetime, or a date before
            UU 14/2008 entered into force (2010-04-30), is a :class:`~kiplib.errors.KiplibError`.
        body: the public body (time zone, cuti bersama and after-hours policies, plugins);
            a Badan Publik Negara in WIB when omitted.
        calendar: a calendar to count on instead of the body's (the national floor is then
            not applied: the caller has chosen the calendar).
        rules: the rule book (the national law and the district plugins); ``None`` means
            :meth:`kiplib.RuleBook.installed`.

    The body's own deadlines (notice, extension, atasan's answer) are counted on the body's
    calendar with its district's stricter rules, but never end later than the national rule
    on the national calendar; the requester's windows and the Komisi Informasi's and the
    courts' steps never end earlier than there (D-13).

    Examples:
        >>> from datetime import date
        >>> import kiplib
        >>> rules = kiplib.RuleBook.national()
        >>> d = kiplib.deadline(kiplib.Step.NOTICE, date(2024, 4, 5), rules=rules)
        >>> d.due, str(d.citation)
        (datetime.date(2024, 4, 29), 'UU 14/2008 Pasal 22 ayat (7)')
        >>> kiplib.deadline("notice_extended", date(2024, 4, 5), rules=rules).due
        datetime.date(2024, 5, 13)
    """
    if type(step) is not Step:
        step = Step.parse(step)
    if calendar is not None:
        argument("calendar", calendar, WorkingCalendar)
    try:
        return deadline_for(step, start, rules_or_default(rules).for_body(body), calendar=calendar)
    except OutOfRangeError as err:
        # The calendar names its own argument (the date it looked up, the count): the caller
        # gave ``start``.
        if err.params.get("field") not in ("date", "n"):
            raise
        raise err.naming("start") from None


def deadline_for(
    step: Step,
    start: date | datetime,
    where: BodyRules,
    *,
    calendar: WorkingCalendar | None = None,
) -> Deadline:
    """:func:`deadline` for a body already resolved by a rule book (``rules.for_body(body)``):
    what computations over many deadlines of one body call.

    Every reading that may apply is counted: each counting practice of the competent
    commission (D-12; one when it is known), and — when a district plugin governs the body —
    the national rule on the national calendar beside the body's own (D-13). ``due`` is the
    earliest day any of them gives to the party that acts, ``latest`` the last day any allows.
    """
    if calendar is None:
        local = start if type(start) is date else local_date(start, where.body)
        return _planned(step, start, local, where)
    return _deadline_for(step, start, where, calendar)


def _planned(step: Step, start: date | datetime, local: date, where: BodyRules) -> Deadline:
    """:func:`deadline_for` on the body's own calendar, the local date of ``start`` known
    (``local_date(start, where.body)``): the rows, readings and settings of the step are
    worked out once per body (a :class:`_Plan`); a start before the rows of the plan takes
    the long road, and one before the district's receipt policy (D-7) counts under the
    settings in force on its day."""
    since = where.receipt_since
    if since is not None and local < since:  # BodyRules.on's own test, inline (hot path)
        where = where.on(local)
    plan = where._memo.get(step)
    if plan is None:
        plan = where._memo[step] = _Plan.of(step, where)
    if plan is not _NO_PLAN and local >= plan.since:
        return plan.deadline(local, start)
    return _deadline_for(step, start, where, None)


def _deadline_for(
    step: Step,
    start: date | datetime,
    where: BodyRules,
    calendar: WorkingCalendar | None,
) -> Deadline:
    """:func:`deadline_for` the long way: the rows in force on the local date looked up, a
    plan made for that date alone."""
    local = start if type(start) is date else local_date(start, where.body)
    if local < LAW_IN_FORCE:
        raise BeforeLawInForceError(
            field="start", value=local.isoformat(), in_force=LAW_IN_FORCE.isoformat()
        )
    where = where.on(local)
    table = where.table
    rule = table.rule_for(step, local)
    base = _base_row(table, rule, local)
    floor = calendar is None and not where.is_national
    national_rule = (
        NATIONAL_TABLE.rule_for(step, local) if floor or rule.source != NATIONAL_SOURCE else None
    )
    national_base = (
        _base_row(NATIONAL_TABLE, national_rule, local)
        if floor and national_rule is not None
        else None
    )
    plan = _Plan.make(step, where, rule, base, national_rule, national_base, calendar=calendar)
    if not where.is_national:
        plan.later_rule = _later_local_row(table, local, rule, base)
    return plan.deadline(local, start)


def _base_row(table: StepRuleTable, rule: StepRule, local: date) -> StepRule | None:
    """The row of ``rule``'s base step in force on ``local`` (the notice under an extension),
    counted with it; ``None`` for a step without one or counted in calendar days."""
    if rule.unit is CountUnit.WORKING_DAYS and rule.base is not None:
        return table.rule_for(rule.base, local)
    return None


def _later_local_row(
    table: StepRuleTable, local: date, rule: StepRule, base: StepRule | None
) -> StepRule | None:
    """The district row of the step (or of its base step) that applies only from a date after
    ``local``, where the national row in force on ``local`` was applied instead."""
    for applied in (rule, base):
        if applied is None or applied.source != NATIONAL_SOURCE:
            continue
        current = table.current(applied.step)
        if (
            current is not None
            and current.source != NATIONAL_SOURCE
            and current.effective_from > local
        ):
            return current
    return None


class _Plan:
    """What :func:`deadline_for` needs of one step for one body, worked out once: the rows
    in force (the step's, its base step's, and under the national floor the national ones),
    the counting readings, the after-hours rule and what every deadline of the step carries.

    It holds for clocks started on or after :attr:`since` — from the first day every row it
    uses is the current one of its table; :meth:`deadline` then counts exactly what the long
    road (:func:`_deadline_for`) counts.
    """

    __slots__ = (
        "base_count",
        "base_rule",
        "body",
        "calendar",
        "count",
        "countings",
        "deemed",
        "floor_base",
        "floor_deemed",
        "floor_rule",
        "later_receipt",
        "later_rule",
        "national_floor",
        "national_rule",
        "next_day_working",
        "practice",
        "provenance",
        "receipt",
        "rule",
        "since",
        "step",
        "timezone",
        "where",
    )

    step: Step
    where: BodyRules
    since: date
    rule: StepRule
    base_count: int
    base_rule: StepRule | None
    practice: CommissionPractice | None
    countings: tuple[Counting, ...]
    #: The first reading is D-6 in working days: ``count`` working days after the clock start.
    next_day_working: bool
    count: int
    calendar: WorkingCalendar
    body: PublicBody
    deemed: bool
    national_floor: bool
    national_rule: StepRule
    floor_base: int
    floor_deemed: bool
    floor_rule: StepRule | None
    timezone: str
    receipt: ReceiptPolicy | None
    provenance: str | None
    later_rule: StepRule | None
    later_receipt: tuple[date, ReceiptPolicy] | None

    @classmethod
    def of(cls, step: Step, where: BodyRules) -> _Plan:
        """The plan of ``step`` for ``where`` from the current rows of its tables, valid from
        the first day all of them apply; :data:`_NO_PLAN` when a row it needs is not the
        current one of its table (a row with an end date: the long road decides)."""
        table = where.table
        rule = table.current(step)
        if rule is None:
            return _NO_PLAN
        base = None
        if rule.unit is CountUnit.WORKING_DAYS and rule.base is not None:
            base = table.current(rule.base)
            if base is None:
                return _NO_PLAN
        floor = not where.is_national
        national_rule = national_base = None
        if floor or rule.source != NATIONAL_SOURCE:
            national_rule = NATIONAL_TABLE.current(step)
            if national_rule is None:
                return _NO_PLAN
            if (
                floor
                and national_rule.unit is CountUnit.WORKING_DAYS
                and national_rule.base is not None
            ):
                national_base = NATIONAL_TABLE.current(national_rule.base)
                if national_base is None:
                    return _NO_PLAN
        plan = cls.make(step, where, rule, base, national_rule, national_base, calendar=None)
        rows = (rule, base, national_rule, national_base)
        plan.since = max(LAW_IN_FORCE, *(r.effective_from for r in rows if r is not None))
        return plan

    @classmethod
    def make(
        cls,
        step: Step,
        where: BodyRules,
        rule: StepRule,
        base: StepRule | None,
        national_rule: StepRule | None,
        national_base: StepRule | None,
        *,
        calendar: WorkingCalendar | None,
    ) -> _Plan:
        """The plan of ``step`` for ``where`` with the given rows: the step's, its base step's
        (``None`` when it has none), and the national ones beside them — the row a district's
        rule tightens and, under the national floor, its base (D-13). A ``calendar`` given
        replaces the body's, without the floor (the caller chose the calendar)."""
        body = where.body
        next_day = body.after_hours is AfterHoursPolicy.NEXT_WORKING_DAY
        plan = cls()
        plan.step = step
        plan.where = where
        plan.since = LAW_IN_FORCE
        plan.rule = rule
        plan.base_count = base.count if base is not None else 0
        plan.base_rule = base if base is not None and base.source != NATIONAL_SOURCE else None
        plan.practice = where.practice if step in PRACTICE_STEPS else None
        plan.countings = plan.practice.counting if plan.practice is not None else _NEXT_DAY_ONLY
        plan.next_day_working = (
            rule.unit is CountUnit.WORKING_DAYS and plan.countings[0] is Counting.NEXT_DAY
        )
        plan.count = plan.base_count + rule.count
        plan.calendar = calendar if calendar is not None else where.calendar
        plan.deemed = rule.body_receives and next_day
        plan.body = body
        plan.national_floor = calendar is None and not where.is_national
        if plan.national_floor:
            assert national_rule is not None
            plan.national_rule = national_rule
            plan.floor_base = national_base.count if national_base is not None else 0
            plan.floor_deemed = national_rule.body_receives and next_day
        # A stricter local rule keeps the national one it tightens as its floor.
        plan.floor_rule = None if rule.source == NATIONAL_SOURCE else national_rule
        plan.timezone = body.timezone or DEFAULT_TIMEZONE
        plan.receipt = where.receipt
        # A calendar given by the caller is not one the provenance names.
        plan.provenance = where.provenance if calendar is None else None
        plan.later_rule = None
        # Shown where the receipt decides the clock's start (the steps counted from receipt).
        plan.later_receipt = where.later_receipt if rule.body_receives else None
        return plan

    def deadline(self, local: date, start: date | datetime) -> Deadline:
        """The deadline of a clock started at ``start`` (local date ``local >= since``)."""
        cal = self.calendar
        rule = self.rule
        clock_start = _deemed_receipt(local, start, self.body, cal) if self.deemed else local
        countings = self.countings
        if self.next_day_working:  # what _end does for the first reading, inline (most steps)
            due = cal.add_working_days(clock_start, self.count)
        else:
            due = _end(cal, clock_start, rule, self.base_count, countings[0])
        started_at = start if type(start) is not date and isinstance(start, datetime) else None
        if not self.national_floor:
            latest = due
            for counting in countings[1:]:
                other = _end(cal, clock_start, rule, self.base_count, counting)
                if other < due:
                    due = other
                if other > latest:
                    latest = other
            return Deadline(
                self.step,
                local,
                due,
                rule,
                cal.is_provisional(clock_start, latest),
                clock_start,
                started_at,
                self.timezone,
                self.base_count,
                self.floor_rule,
                cal,
                self.base_rule,
                self.receipt,
                latest,
                None,
                self.practice,
                self.provenance,
                self.later_rule,
                self.later_receipt,
            )
        # Under the national floor (D-13): the body's count and the national count, per
        # counting practice; the reading safest for who acts gives the deadline.
        ncal = self.where.national_calendar
        national_rule = self.national_rule
        floor_start = _deemed_receipt(local, start, self.body, ncal) if self.floor_deemed else local
        body_step = self.step in BODY_STEPS
        provisional_any = False
        safe: tuple[date, date, date, WorkingCalendar, date | None] | None = None
        latest_all = due
        for i, counting in enumerate(countings):
            if i:
                due = _end(cal, clock_start, rule, self.base_count, counting)
            floor_due = _end(ncal, floor_start, national_rule, self.floor_base, counting)
            reading_cal, reading_start, latest, local_due = cal, clock_start, due, None
            provisional = cal.is_provisional(clock_start, due)
            # A body's own step never ends later than the floor; every other step never
            # earlier, and where the body's count gives more, that is the latest day.
            if floor_due < due if body_step else floor_due != due:
                local_due = due
                latest = floor_due if body_step else max(due, floor_due)
                due = floor_due
                reading_cal, reading_start = ncal, floor_start
                provisional = provisional or ncal.is_provisional(floor_start, floor_due)
            provisional_any = provisional_any or provisional
            if i == 0 or latest > latest_all:
                latest_all = latest
            if safe is None or (due, latest) < (safe[0], safe[1]):
                safe = (due, latest, reading_start, reading_cal, local_due)
        assert safe is not None
        return Deadline(
            self.step,
            local,
            safe[0],
            rule,
            provisional_any,
            safe[2],
            started_at,
            self.timezone,
            self.base_count,
            self.floor_rule,
            safe[3],
            self.base_rule,
            self.receipt,
            latest_all,
            safe[4],
            self.practice,
            self.provenance,
            self.later_rule,
            self.later_receipt,
        )


#: The plan of a step whose rows :class:`_Plan` does not cover (see :meth:`_Plan.of`).
_NO_PLAN: Final = _Plan()


def _end(
    cal: WorkingCalendar, clock_start: date, rule: StepRule, base_count: int, counting: Counting
) -> date:
    """The last day of ``rule`` (plus ``base_count`` days of its base step) counted from
    ``clock_start`` on ``cal`` by one reading of "sejak X"."""
    if rule.unit is CountUnit.WORKING_DAYS:
        n = base_count + rule.count
        if counting is Counting.SAME_DAY and cal.is_working_day(clock_start):
            n -= 1  # D-12: the day of X is day 1
        return cal.add_working_days(clock_start, n)
    return cal.add_calendar_days_rolled(clock_start, rule.count)


def recount(d: Deadline, calendar: WorkingCalendar) -> tuple[date, date]:
    """``(due, latest)`` of ``d`` counted again on ``calendar`` from its own clock start, rule
    and readings (D-12) — what a stored national deadline must say when it is loaded. The
    national floor (D-13) and a district's rows are not applied: recount only a deadline
    without them (``local_due`` and ``base_rule`` are ``None``, the rule is kiplib's)."""
    countings = d.practice.counting if d.practice is not None else (Counting.NEXT_DAY,)
    ends = [_end(calendar, d.clock_start, d.rule, d.base_count, c) for c in countings]
    return min(ends), max(ends)


def _deemed_receipt(
    local: date, start: date | datetime, body: PublicBody, cal: WorkingCalendar
) -> date:
    """D-7: received on a day off, or after closing time, counts as the next working day."""
    if not cal.is_working_day(local):
        return cal.add_working_days(local, 0)
    if isinstance(start, datetime):
        local_time = start.astimezone(body.zone).time()
        if local_time >= (body.service_closes_at or DEFAULT_CLOSING):
            return cal.add_working_days(local, 1)
    return local
