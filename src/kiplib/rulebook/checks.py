"""The national floor, checked on what each plugin contributes when a rule book is built.

Every rule of :mod:`kiplib.law.floor` that a contribution could break is checked here, and a
break is a :class:`~kiplib.errors.PluginError` naming the plugin and its version, the rule
(the hook and the value), the national article it would break, and a stable sub-code
(``err.problem``, see :data:`kiplib.errors.PLUGIN_PROBLEMS`). Dates that result from the rules
are held to the floor again when deadlines are counted (decision D-13).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs

from kiplib.calendar.national import national_calendar
from kiplib.calendar.working import CalendarDay, DayKind
from kiplib.errors import KiplibError, PluginError
from kiplib.i18n import N_
from kiplib.law.bodies import DEFAULT_BODY, TIMEZONE_ALIASES, zone
from kiplib.law.citation import UU_14_2008, Citation
from kiplib.law.floor import (
    EARLIEST_CLOSING,
    EARLIEST_CLOSING_CITATION,
    INDONESIAN_ZONES,
    INDONESIAN_ZONES_CITATION,
    NOT_LOCAL_STEPS,
    RULE_SHAPE,
    WORKING_WEEK_CITATION,
    WORKING_WEEK_FLOOR,
)
from kiplib.law.practices import CommissionPractice
from kiplib.law.steps import LAW_IN_FORCE, NATIONAL_TABLE, Step, StepRule
from kiplib.rulebook.contributions import (
    Contributions,
    ExemptionTemplate,
    ReceiptPolicy,
    ScopeLevel,
    WorkingWeek,
    regulation_in_force,
)
from kiplib.rulebook.national import NATIONAL
from kiplib.rulebook.styles import NUMBER_MAX_LENGTH, NUMBERING_MAX_WIDTH, numbering_problem

__all__ = ["check_book", "fail"]

_LOCAL_DAY_KINDS: Final = frozenset(
    {DayKind.LOCAL_HOLIDAY, DayKind.NON_WORKING_DAY, DayKind.WORKING_DAY}
)
_NATIONAL_DAY_KINDS: Final = frozenset({DayKind.NATIONAL_HOLIDAY, DayKind.CUTI_BERSAMA})


def fail(
    who: tuple[str, str], problem: str, rule: str, article: str, reason: str, **params: object
) -> PluginError:
    """The error for plugin ``who`` = (name, version) breaking ``rule``."""
    return PluginError(
        plugin=who[0],
        version=who[1],
        rule=rule,
        article=article,
        problem=problem,
        reason=reason,
        **params,
    )


def check_book(plugins: Sequence[Contributions]) -> None:
    """Check a rule book's plugins: the national law first, then districts within the floor.

    Raises:
        kiplib.errors.PluginError: the first contribution that breaks the floor, or two
            plugins with one name or one scope.
    """
    seen: dict[str, Contributions] = {}
    for i, c in enumerate(plugins):
        who = (c.info.name, c.info.version)
        if c.info.name in seen:
            raise fail(
                who, "scope-conflict", c.info.name, "-", N_("nama plugin sudah dipakai plugin lain")
            )
        seen[c.info.name] = c
        if c.info.origin != "builtin":
            check_contributions(c)
        elif i > 0 or attrs.evolve(c, document_style=NATIONAL.document_style) != NATIONAL:
            # Only kiplib's own national law is exempt from the checks; a contribution that
            # only says it is "builtin" is not.
            raise fail(
                who,
                "not-national",
                c.info.name,
                "-",
                N_("hanya hukum nasional kiplib sendiri yang berasal 'builtin'"),
            )
    _check_scopes(plugins)


def check_contributions(c: Contributions) -> None:
    """Check one district plugin's contributions against the national floor."""
    who = (c.info.name, c.info.version)
    scope = c.info.scope
    if scope.level is ScopeLevel.NATIONAL:
        raise fail(
            who,
            "national-scope",
            "kiplib_scope",
            str(Citation(UU_14_2008)),
            N_("hanya aturan nasional yang berlaku untuk seluruh Indonesia"),
        )
    if any(b.strip().casefold() == DEFAULT_BODY.name.casefold() for b in scope.bodies):
        raise fail(
            who,
            "invalid-contribution",
            f"kiplib_scope: {scope}",
            "-",
            N_("nama badan publik bawaan tidak dapat menjadi wilayah plugin"),
        )
    if not c.info.regulations:
        raise fail(
            who,
            "missing-citation",
            "kiplib_regulations",
            "-",
            N_("plugin wajib menyebut peraturan yang dikodekannya"),
        )
    for reg in c.info.regulations:
        if reg.in_force is None:
            raise fail(
                who,
                "missing-in-force-date",
                f"kiplib_regulations: {reg.citation}",
                str(reg.citation),
                N_(
                    "peraturan plugin wajib menyebut tanggal mulai berlakunya (in_force); "
                    "sebelum tanggal itu berlaku aturan nasional"
                ),
            )
    _check_days(c.calendar_days, who)
    if c.working_week is not None:
        _check_week(c.working_week, who)
    for rule in c.deadline_rules:
        _check_rule(rule, who)
        since = regulation_in_force(c.info.regulations, rule.citation)
        if since is not None and rule.effective_from < since:
            raise fail(
                who,
                "rule-before-regulation",
                f"kiplib_deadline_rules: {rule.step.value} {rule.count} {rule.unit.value} "
                f"({rule.effective_from.isoformat()})",
                f"{rule.citation.instrument} ({since.isoformat()})",
                N_("aturan daerah tidak dapat berlaku sebelum peraturannya mulai berlaku"),
            )
    if c.receipt_policy is not None:
        _check_receipt(c.receipt_policy, who)
    for unit in c.ppid_units:
        _need_citation(unit.citation, who, f"kiplib_ppid_units: {unit.host}")
    for template in c.exemption_templates:
        _check_template(template, who)
    for rule_ in c.classification_rules:
        _need_citation(rule_.citation, who, f"kiplib_classification_rules: {rule_.description}")
    for cycle in c.register_cycles:
        _need_citation(cycle.citation, who, f"kiplib_register_cycles: {cycle.register}")
    for check in c.consequence_test_checks:
        _need_citation(check.citation, who, f"kiplib_consequence_test_checks: {check.name}")
    if c.document_style is not None:
        _need_citation(c.document_style.citation, who, "kiplib_document_style")
        _check_numbering(c.document_style.numbering, who)
    for practice in c.commission_practices:
        _check_practice(practice, scope.region_code, who)


def _need_citation(citation: object, who: tuple[str, str], rule: str) -> None:
    if not isinstance(citation, Citation):
        raise fail(
            who,
            "missing-citation",
            rule,
            "-",
            N_(
                "setiap aturan daerah wajib menyebut dasar hukumnya (instrumen, nomor/tahun, pasal)"
            ),
        )


def _check_days(days: tuple[CalendarDay, ...], who: tuple[str, str]) -> None:
    if not days:
        return
    national = national_calendar()
    for day in days:
        rule = f"kiplib_calendar_days: {day.date.isoformat()} {day.name}"
        if day.category not in _LOCAL_DAY_KINDS:
            raise fail(
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
                    raise fail(
                        who,
                        "removes-national-day",
                        rule,
                        f"{entry.name} ({entry.category.value}, {entry.source})",
                        N_("libur nasional dan cuti bersama ditetapkan secara nasional"),
                    )


def _check_week(week: WorkingWeek, who: tuple[str, str]) -> None:
    rule = f"kiplib_working_week: {sorted(week.weekdays)}"
    _need_citation(week.citation, who, rule)
    if not week.weekdays >= WORKING_WEEK_FLOOR:
        raise fail(
            who,
            "working-week-shorter",
            rule,
            str(WORKING_WEEK_CITATION),
            N_("hari kerja Senin sampai Jumat tidak boleh dikurangi"),
        )


def _check_rule(rule: StepRule, who: tuple[str, str]) -> None:
    shown = f"kiplib_deadline_rules: {rule.step.value} {rule.count} {rule.unit.value}"
    _need_citation(rule.citation, who, shown)
    if rule.citation.pasal is None:
        _need_citation(None, who, shown)
    # The national row of that day — or, for a step the national law sets later (the
    # Komisi's mediation, from Perki 1/2013), its first row: the article a refusal names.
    first = NATIONAL_TABLE.in_force_from(rule.step) or LAW_IN_FORCE
    national = NATIONAL_TABLE.rule_for(rule.step, max(rule.effective_from, LAW_IN_FORCE, first))
    article = f"{national.citation} ({national.count} {national.unit.value})"
    if rule.step in NOT_LOCAL_STEPS:
        raise fail(
            who,
            "step-not-local",
            shown,
            article,
            N_("tahap Komisi Informasi dan pengadilan bukan kewenangan daerah"),
        )
    if any(getattr(rule, f) != getattr(national, f) for f in RULE_SHAPE):
        raise fail(
            who,
            "rule-shape-changed",
            shown,
            article,
            N_(
                "satuan hari, awal hitungan, sifat mengikat dan cara menghitung harus sama dengan "
                "aturan nasional"
            ),
        )
    if rule.step is Step.OBJECTION and rule.count < national.count:
        raise fail(
            who,
            "objection-window-shorter",
            shown,
            article,
            N_("jangka waktu pengajuan keberatan tidak boleh kurang dari {days} hari kerja"),
            days=national.count,
        )
    if rule.step is not Step.OBJECTION and rule.count > national.count:
        raise fail(
            who,
            "deadline-longer",
            shown,
            article,
            N_("tenggat daerah tidak boleh lebih panjang dari undang-undang"),
        )


def _check_numbering(pattern: str | None, who: tuple[str, str]) -> None:
    """A district's letter numbers stay letter numbers: the pattern is bounded (checked when
    the style is built, and here again whatever way it was built)."""
    if pattern is None:
        return
    problem = numbering_problem(pattern)
    if problem is not None:
        shown = repr(pattern) if len(pattern) <= 80 else repr(pattern[:77]) + "..."
        raise fail(
            who,
            "invalid-contribution",
            f"kiplib_document_style: numbering {shown}",
            "-",
            problem,
            max_length=NUMBER_MAX_LENGTH,
            max_width=NUMBERING_MAX_WIDTH,
        )


def _check_receipt(policy: ReceiptPolicy, who: tuple[str, str]) -> None:
    rule = f"kiplib_receipt_policy: {policy.timezone} {policy.after_hours}"
    _need_citation(policy.citation, who, rule)
    if policy.timezone is not None:
        try:
            zone(policy.timezone)
        except KiplibError as exc:
            raise fail(
                who, "invalid-contribution", rule, "-", N_("zona waktu tidak dikenal")
            ) from exc
        key = TIMEZONE_ALIASES.get(policy.timezone.strip().upper(), policy.timezone.strip())
        if key not in INDONESIAN_ZONES:
            raise fail(
                who,
                "invalid-contribution",
                rule,
                str(INDONESIAN_ZONES_CITATION),
                N_("zona waktu daerah harus WIB, WITA atau WIT"),
            )
    if policy.service_closes_at is not None and policy.service_closes_at < EARLIEST_CLOSING:
        raise fail(
            who,
            "invalid-contribution",
            f"kiplib_receipt_policy: service_closes_at {policy.service_closes_at:%H:%M}",
            str(EARLIEST_CLOSING_CITATION),
            N_("jam layanan tidak boleh berakhir sebelum jam kerja instansi pemerintah berakhir"),
        )


def _check_practice(practice: CommissionPractice, region: str | None, who: tuple[str, str]) -> None:
    rule = f"kiplib_commission_practices: {practice.commission}"
    if not practice.sources:
        _need_citation(None, who, rule)
    kind, _, code = practice.commission.partition(":")
    # The commission of the plugin's own region: its province's or its own kabupaten/kota's.
    related = (
        kind in ("provinsi", "kabkota")
        and bool(code)
        and region is not None
        and (region == code or region.startswith(code + ".") or code.startswith(region + "."))
    )
    if not related:
        raise fail(
            who,
            "invalid-contribution",
            rule,
            "-",
            N_("plugin hanya dapat menyatakan cara menghitung Komisi Informasi wilayahnya"),
        )


def _check_template(template: ExemptionTemplate, who: tuple[str, str]) -> None:
    rule = f"kiplib_exemption_templates: {template.information}"
    _need_citation(template.citation, who, rule)
    grounds_ok = bool(template.grounds) and all(
        g.instrument == UU_14_2008 and g.pasal == "17" and g.huruf is not None
        for g in template.grounds
    )
    if not grounds_ok:
        raise fail(
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
                raise fail(
                    (b.info.name, b.info.version),
                    "scope-conflict",
                    f"kiplib_scope: {b.info.scope}",
                    f"{a.info.name} {a.info.version}",
                    N_("wilayah ini sudah diatur plugin lain"),
                )
