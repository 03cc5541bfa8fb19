"""Every deadline in a request's life (UU 14/2008 Pasal 22 and 35–50), as dated data.

Each :class:`StepRule` is one row: the step, how many days, which kind of day, on top of which
earlier step, which counting convention, whether the limit binds or is a target, the citation,
and the dates between which the row is in force. An amendment is a new row with a later
``effective_from`` (OpenFisca-style), so deadlines of older requests keep their old rule.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from types import MappingProxyType
from typing import Final

import attrs

from kiplib._check import boolean, instance_of, optional_instance_of, text, to_enum, to_tuple
from kiplib.errors import InvalidInputError, NoRuleInForceError, NotFoundError
from kiplib.i18n import N_, LabelledEnum
from kiplib.law.citation import PERKI_1_2013, UU_14_2008, Citation
from kiplib.law.conventions import D6, D9, D10

__all__ = [
    "DISPUTE_AFTER_ANSWER",
    "DISPUTE_AFTER_SILENCE",
    "LAW_IN_FORCE",
    "NATIONAL_RULES",
    "NATIONAL_TABLE",
    "PERKI_1_2013_IN_FORCE",
    "CountUnit",
    "Step",
    "StepRule",
    "StepRuleTable",
]

#: UU 14/2008 entered into force two years after its promulgation (Pasal 64 ayat (1)).
LAW_IN_FORCE: Final = date(2010, 4, 30)
#: Perki 1/2013 (Prosedur Penyelesaian Sengketa Informasi Publik) was adopted on 28 March 2013.
PERKI_1_2013_IN_FORCE: Final = date(2013, 3, 28)

#: The sengketa window after the atasan PPID's written answer (UU 14/2008 Pasal 37 ayat (2)
#: jo. this article).
DISPUTE_AFTER_ANSWER: Final = Citation(PERKI_1_2013, pasal=13, huruf="a")
#: The sengketa window after the atasan PPID stayed silent for the whole answer period: it
#: runs from the end of that period.
DISPUTE_AFTER_SILENCE: Final = Citation(PERKI_1_2013, pasal=13, huruf="b")


class Step(LabelledEnum):
    """The steps of a request's life that have a deadline (UU 14/2008 Pasal 22, 36–38, 48, 50)."""

    #: Pemberitahuan tertulis — the written notice to the requester.
    NOTICE = "notice"
    #: Perpanjangan — the notice once extended, with written reasons.
    NOTICE_EXTENDED = "notice_extended"
    #: Pengajuan keberatan — the requester's objection to the atasan PPID.
    OBJECTION = "objection"
    #: Tanggapan atasan PPID — the atasan's answer to the keberatan.
    OBJECTION_RESPONSE = "objection_response"
    #: Pengajuan sengketa — the request to the Komisi Informasi to settle the dispute.
    DISPUTE = "dispute"
    #: The Komisi Informasi begins mediation or adjudication.
    DISPUTE_START = "dispute_start"
    #: The Komisi Informasi settles the dispute (a target: "dapat diselesaikan").
    DISPUTE_END = "dispute_end"
    #: The mediation of a sengketa (Perki 1/2013 Pasal 41): from the first mediation session.
    MEDIATION = "mediation"
    #: The mediation once extended by agreement of the parties (Perki 1/2013 Pasal 41).
    MEDIATION_EXTENDED = "mediation_extended"
    #: Written non-acceptance of the adjudication, opening a gugatan in court.
    COURT = "court"
    #: Kasasi to the Mahkamah Agung.
    CASSATION = "cassation"

    @classmethod
    def parse(cls, value: str | Step) -> Step:
        """The step for its value (``"notice"``), its name (``"NOTICE"``) or a dashed form."""
        if isinstance(value, Step):
            return value
        key = str(value).strip().lower().replace("-", "_")
        for step in cls:
            if key in (step.value, step.name.lower()):
                return step
        raise NotFoundError(field="step", value=repr(value))


_STEP_LABELS: Final = {
    Step.NOTICE: N_("pemberitahuan tertulis"),
    Step.NOTICE_EXTENDED: N_("pemberitahuan tertulis yang diperpanjang"),
    Step.OBJECTION: N_("pengajuan keberatan"),
    Step.OBJECTION_RESPONSE: N_("tanggapan atasan PPID atas keberatan"),
    Step.DISPUTE: N_("pengajuan sengketa ke Komisi Informasi"),
    Step.DISPUTE_START: N_("Komisi Informasi mulai mediasi/ajudikasi"),
    Step.DISPUTE_END: N_("penyelesaian sengketa oleh Komisi Informasi"),
    Step.MEDIATION: N_("mediasi sengketa informasi"),
    Step.MEDIATION_EXTENDED: N_("mediasi sengketa informasi yang diperpanjang"),
    Step.COURT: N_("pernyataan tertulis tidak menerima putusan ajudikasi (gugatan)"),
    Step.CASSATION: N_("pengajuan kasasi ke Mahkamah Agung"),
}
Step.set_labels(_STEP_LABELS)


class CountUnit(LabelledEnum):
    """What a step counts."""

    #: Hari kerja of the body's calendar (D-6).
    WORKING_DAYS = "working_days"
    #: Calendar days; a last day that is not a working day moves to the next one (D-10).
    CALENDAR_DAYS = "calendar_days"


CountUnit.set_labels(
    {CountUnit.WORKING_DAYS: N_("hari kerja"), CountUnit.CALENDAR_DAYS: N_("hari kalender")}
)


def _positive(_inst: object, attribute: attrs.Attribute[int], value: int) -> None:
    if type(value) is not int or value <= 0:
        raise InvalidInputError(
            field=attribute.name, value=repr(value), reason=N_("harus bilangan bulat positif")
        )


def _step(value: object) -> Step:
    return to_enum(Step, value, "step")


def _unit(value: object) -> CountUnit:
    return to_enum(CountUnit, value, "unit")


def _base(value: object) -> Step | None:
    return None if value is None else to_enum(Step, value, "base")


def _conventions(value: object) -> tuple[str, ...]:
    return to_tuple((str,), value, "conventions")


def _basis(value: object) -> tuple[Citation, ...]:
    return to_tuple((Citation,), value, "basis")


@attrs.frozen
class StepRule:
    """One row of the deadline table.

    Attributes:
        step: the step.
        count: how many days the step itself adds.
        unit: working days or calendar days.
        citation: where the limit comes from.
        clock_starts: when the clock starts, in Bahasa Indonesia (translated on display).
        effective_from: first start date the row applies to.
        effective_until: last start date it applies to (``None``: still in force).
        base: a step whose period this one is counted on top of (the extension counts its
            7 hari kerja after the 10 of the notice; ``deadline()`` adds them up).
        binding: ``False`` for a target ("dapat diselesaikan", UU 14/2008 Pasal 38 ayat (2)).
        conventions: codes of the counting decisions (``D-6``, ``D-10`` …,
            :mod:`kiplib.law.conventions`).
        source: who set the rule: ``kiplib`` for the national law, else a plugin's name.
        basis: further citations that support the rule (e.g. the Perki for a silent atasan).
        body_receives: the clock starts when the body itself receives something (a request,
            a keberatan), so the body's after-hours policy (D-7) applies to it.
    """

    step: Step = attrs.field(converter=_step)
    count: int = attrs.field(validator=_positive)
    unit: CountUnit = attrs.field(converter=_unit)
    citation: Citation = attrs.field(validator=instance_of(Citation))
    clock_starts: str = attrs.field(validator=text)
    effective_from: date = attrs.field(default=LAW_IN_FORCE, validator=instance_of(date))
    effective_until: date | None = attrs.field(default=None, validator=optional_instance_of(date))
    base: Step | None = attrs.field(default=None, converter=_base)
    binding: bool = attrs.field(default=True, validator=boolean)
    conventions: tuple[str, ...] = attrs.field(default=(D6.code,), converter=_conventions)
    source: str = attrs.field(default="kiplib", validator=text)
    basis: tuple[Citation, ...] = attrs.field(default=(), converter=_basis)
    body_receives: bool = attrs.field(default=False, validator=boolean)

    def in_force_on(self, d: date) -> bool:
        """Whether the row applies to a clock started on ``d``."""
        return self.effective_from <= d and (
            self.effective_until is None or d <= self.effective_until
        )


#: The national rules of UU 14/2008. Counting is D-6 unless stated.
NATIONAL_RULES: Final[tuple[StepRule, ...]] = (
    StepRule(
        Step.NOTICE,
        10,
        CountUnit.WORKING_DAYS,
        Citation(UU_14_2008, pasal=22, ayat=7),
        clock_starts=N_("sejak permintaan informasi diterima"),
        body_receives=True,
    ),
    StepRule(
        Step.NOTICE_EXTENDED,
        7,
        CountUnit.WORKING_DAYS,
        Citation(UU_14_2008, pasal=22, ayat=8),
        clock_starts=N_("sejak permintaan informasi diterima"),
        base=Step.NOTICE,
        basis=(Citation(UU_14_2008, pasal=22, ayat=7),),
        body_receives=True,
    ),
    StepRule(
        Step.OBJECTION,
        30,
        CountUnit.WORKING_DAYS,
        Citation(UU_14_2008, pasal=36, ayat=1),
        clock_starts=N_("setelah ditemukannya alasan keberatan"),
    ),
    StepRule(
        Step.OBJECTION_RESPONSE,
        30,
        CountUnit.WORKING_DAYS,
        Citation(UU_14_2008, pasal=36, ayat=2),
        clock_starts=N_("sejak keberatan tertulis diterima"),
        body_receives=True,
    ),
    StepRule(
        Step.DISPUTE,
        14,
        CountUnit.WORKING_DAYS,
        Citation(UU_14_2008, pasal=37, ayat=2),
        clock_starts=N_(
            "setelah tanggapan tertulis atasan PPID diterima, atau berakhirnya waktu "
            "tanggapan tanpa jawaban"
        ),
        # The clock starts on either event: huruf a after an answer, huruf b after silence.
        basis=(DISPUTE_AFTER_ANSWER, DISPUTE_AFTER_SILENCE),
    ),
    StepRule(
        Step.DISPUTE_START,
        14,
        CountUnit.WORKING_DAYS,
        Citation(UU_14_2008, pasal=38, ayat=1),
        clock_starts=N_("setelah Komisi Informasi menerima permohonan penyelesaian sengketa"),
    ),
    StepRule(
        Step.DISPUTE_END,
        100,
        CountUnit.WORKING_DAYS,
        Citation(UU_14_2008, pasal=38, ayat=2),
        clock_starts=N_("sejak Komisi Informasi menerima permohonan penyelesaian sengketa"),
        binding=False,
        conventions=(D6.code, D9.code),
    ),
    # Perki 1/2013 (adopted 28 March 2013) Pasal 41: mediation lasts at most 14 hari kerja from
    # the first mediation session, extendable once, by agreement of the parties, by 7.
    StepRule(
        Step.MEDIATION,
        14,
        CountUnit.WORKING_DAYS,
        Citation(PERKI_1_2013, pasal=41),
        clock_starts=N_("sejak sidang mediasi pertama"),
        effective_from=PERKI_1_2013_IN_FORCE,
    ),
    StepRule(
        Step.MEDIATION_EXTENDED,
        7,
        CountUnit.WORKING_DAYS,
        Citation(PERKI_1_2013, pasal=41),
        clock_starts=N_("sejak sidang mediasi pertama"),
        base=Step.MEDIATION,
        effective_from=PERKI_1_2013_IN_FORCE,
    ),
    StepRule(
        Step.COURT,
        14,
        CountUnit.WORKING_DAYS,
        Citation(UU_14_2008, pasal=48, ayat=1),
        clock_starts=N_("setelah putusan ajudikasi Komisi Informasi diterima"),
    ),
    StepRule(
        Step.CASSATION,
        14,
        CountUnit.CALENDAR_DAYS,
        Citation(UU_14_2008, pasal=50),
        clock_starts=N_("sejak putusan PTUN atau pengadilan negeri diterima"),
        conventions=(D10.code,),
    ),
)


@attrs.frozen
class StepRuleTable:
    """The rules in force per step, looked up by the date a clock starts."""

    rules: tuple[StepRule, ...]
    _by_step: Mapping[Step, tuple[StepRule, ...]] = attrs.field(init=False, repr=False, eq=False)
    #: The row of each step still in force, when it is also the latest one: most look-ups.
    _current: Mapping[Step, StepRule] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        by_step: dict[Step, list[StepRule]] = {}
        for rule in self.rules:
            by_step.setdefault(rule.step, []).append(rule)
        ordered = {s: tuple(sorted(r, key=lambda x: x.effective_from)) for s, r in by_step.items()}
        object.__setattr__(self, "_by_step", MappingProxyType(ordered))
        current = {s: rows[-1] for s, rows in ordered.items() if rows[-1].effective_until is None}
        object.__setattr__(self, "_current", MappingProxyType(current))

    def rule_for(self, step: Step, on: date) -> StepRule:
        """The rule of ``step`` for a clock started on ``on`` (the latest row in force)."""
        current = self._current.get(step)
        if current is not None and current.effective_from <= on:
            return current
        rows = self._by_step.get(step, ())
        for rule in reversed(rows):
            if rule.effective_from <= on and (
                rule.effective_until is None or on <= rule.effective_until
            ):
                return rule
        raise NoRuleInForceError(field="step", value=step.value, on=on.isoformat())

    def current(self, step: Step) -> StepRule | None:
        """The row of ``step`` still in force when it is also the latest one — what
        :meth:`rule_for` gives for every date from its ``effective_from`` on — else ``None``."""
        return self._current.get(step)

    def in_force_from(self, step: Step) -> date | None:
        """The first start date any row of ``step`` applies to (``None``: the step has no row)."""
        rows = self._by_step.get(step, ())
        return rows[0].effective_from if rows else None

    def replace(self, rules: Iterable[StepRule]) -> StepRuleTable:
        """A new table where the given rows replace the rows of their steps from the first
        day they apply: a row of this table that starts before the earliest new row of its
        step is kept, so a clock started before a district regulation was in force is
        counted by the rule then in force (the national one). When every new row of a step
        ends (``effective_until``), this table's rows apply again from the day after the
        last of them: a district rule that lapses leaves the national one, never nothing."""
        new = tuple(rules)
        since: dict[Step, date] = {}
        ends: dict[Step, date | None] = {}
        for r in new:
            since[r.step] = min(r.effective_from, since.get(r.step, r.effective_from))
            end = ends.get(r.step, r.effective_until)
            ends[r.step] = (
                None if end is None or r.effective_until is None else max(end, r.effective_until)
            )
        kept: list[StepRule] = []
        for r in self.rules:
            if r.step not in since or r.effective_from < since[r.step]:
                kept.append(r)
                continue
            end = ends[r.step]
            if end is None or (r.effective_until is not None and r.effective_until <= end):
                continue  # replaced for all its days
            # In force again after the new rows end. Rows of one start day are looked up
            # last-listed first, so a row starting with the new ones stays behind them.
            after = end + timedelta(days=1)
            if since[r.step] < r.effective_from < after:
                r = attrs.evolve(r, effective_from=after)
            kept.append(r)
        return StepRuleTable((*kept, *new))


NATIONAL_TABLE: Final = StepRuleTable(NATIONAL_RULES)
