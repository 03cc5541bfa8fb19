"""What a plugin contributes: the value types of the hooks in :mod:`kiplib.hookspecs`.

Every contribution is a frozen attrs value that carries the :class:`~kiplib.Citation` of the
regulation it comes from (a Perbup, Perda, Pergub …). Contributions that encode something not
read in the regulation itself carry an ``assumption``: a sentence, in Bahasa Indonesia, that
every explanation shows, so an officer with the text in hand knows what to check.

Scopes (*wilayah berlaku*): a plugin governs the whole country (only the built-in national
plugin), a province or kabupaten/kota by its Kemendagri region code (``"33"`` Jawa Tengah,
``"33.13"`` Kabupaten Karanganyar, ``"12.18"`` Kabupaten Serdang Bedagai), or specific bodies
by name. Precedence is by scope — national < province < kabupaten/kota < kecamatan < desa <
body — never by the order plugins were registered.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterable
from datetime import date, time
from typing import Final, Literal

import attrs

from kiplib._check import (
    boolean,
    callable_value,
    instance_of,
    one_of,
    optional_instance_of,
    optional_text,
    text,
    to_enum,
    to_tuple,
)
from kiplib.calendar.working import MONTH_NAMES, CalendarDay
from kiplib.errors import InvalidInputError, Problem
from kiplib.i18n import N_, gettext
from kiplib.law.bodies import AfterHoursPolicy, PublicBody
from kiplib.law.citation import Citation
from kiplib.law.practices import CommissionPractice
from kiplib.law.roles import PpidKind, Role, UnitType
from kiplib.law.steps import StepRule
from kiplib.rulebook.styles import DocumentStyle

__all__ = [
    "CATEGORIES",
    "CategoryName",
    "CheckFunction",
    "ClassificationRule",
    "ConsequenceTestFacts",
    "Contributions",
    "ExemptionTemplate",
    "PluginInfo",
    "PpidUnit",
    "ReceiptPolicy",
    "RecordCheck",
    "RegisterCycle",
    "Regulation",
    "Scope",
    "ScopeLevel",
    "WorkingWeek",
    "regulation_in_force",
]

_REGION: Final = re.compile(r"^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$")

#: The four categories of information of UU 14/2008 (Pasal 9, 10, 11 and 17), by their
#: stable names: ``berkala``, ``serta_merta``, ``setiap_saat``, ``dikecualikan``.
CategoryName = Literal["berkala", "serta_merta", "setiap_saat", "dikecualikan"]
CATEGORIES: Final[tuple[CategoryName, ...]] = (
    "berkala",
    "serta_merta",
    "setiap_saat",
    "dikecualikan",
)


def _names(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    return to_tuple((str,), value, "bodies")


def _explain(summary: str, citation: Citation | None, assumption: str | None, lang: str) -> str:
    lines = [summary]
    if citation is not None:
        lines.append(gettext("Dasar hukum: {citation}", lang).format(citation=citation))
    if assumption:
        # Plugin texts are written in Bahasa Indonesia; they are shown as they are.
        lines.append(gettext("Asumsi: {text}", lang).format(text=assumption))
    return "\n".join(lines)


def _weekdays(value: object) -> frozenset[int]:
    days: tuple[int, ...] = to_tuple((int,), value, "weekdays")
    if not all(0 <= d <= 6 for d in days):
        raise InvalidInputError(
            field="weekdays", value=repr(sorted(days)), reason=N_("hari 0 (Senin) sampai 6")
        )
    return frozenset(days)


_citation = optional_instance_of(Citation)


def _ppid_kind(value: object) -> PpidKind:
    return to_enum(PpidKind, value, "kind")


def _unit_type(value: object) -> UnitType:
    return to_enum(UnitType, value, "unit_type")


def _superior(value: object) -> Role:
    return to_enum(Role, value, "superior")


def _approver(value: object) -> Role:
    return to_enum(Role, value, "approver")


def _after_hours(value: object) -> AfterHoursPolicy | None:
    return None if value is None else to_enum(AfterHoursPolicy, value, "after_hours")


def _roles(field: str) -> Callable[[object], tuple[Role, ...]]:
    def convert(value: object) -> tuple[Role, ...]:
        if type(value) is tuple:
            for v in value:
                if type(v) is not Role:
                    break
            else:
                return value  # what the conversion below makes of it: the same members
        return tuple(to_enum(Role, v, field) for v in to_tuple((Role, str), value, field))

    return convert


_approvers_of: Final = _roles("approvers")
_approved_by_of: Final = _roles("approved_by")
_signed_by_of: Final = _roles("signed_by")


def _approvers(value: object) -> tuple[Role, ...]:
    return _approvers_of(value)


def _approved_by(value: object) -> tuple[Role, ...]:
    return _approved_by_of(value)


def _signed_by(value: object) -> tuple[Role, ...]:
    return _signed_by_of(value)


def _ground_citations(value: object) -> tuple[Citation, ...]:
    return to_tuple((Citation,), value, "grounds")


def _replaces(value: object) -> tuple[Citation, ...]:
    return to_tuple((Citation,), value, "replaces")


def _keywords(value: object) -> tuple[str, ...]:
    return to_tuple((str,), value, "keywords")


class ScopeLevel(enum.IntEnum):
    """How wide a scope is; a higher level takes precedence over a lower one."""

    NATIONAL = 0
    PROVINCE = 1
    REGENCY_CITY = 2
    DISTRICT = 3  # kecamatan
    VILLAGE = 4  # desa / kelurahan
    BODY = 5


def _check_region(_inst: object, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if value is not None and (not isinstance(value, str) or not _REGION.match(value)):
        raise InvalidInputError(
            field=attribute.name,
            value=repr(value),
            reason=N_("kode wilayah Kemendagri berbentuk 33, 33.13, 33.13.01 atau 33.13.01.2001"),
        )


@attrs.frozen
class Scope:
    """Where a plugin's rules apply (*wilayah berlaku*).

    Give either ``region_code`` (a province ``"33"``, a kabupaten/kota ``"33.13"``, a
    kecamatan or a desa) or ``bodies`` (names of specific badan publik), not both. A scope with
    neither is national: only the built-in plugin may claim it.

    Examples:
        >>> Scope(region_code="33.13").level.name
        'REGENCY_CITY'
        >>> from kiplib import PublicBody
        >>> Scope(region_code="33").covers(PublicBody(name="Dinas X", region_code="33.13.01"))
        True
    """

    region_code: str | None = attrs.field(default=None, validator=_check_region)
    bodies: tuple[str, ...] = attrs.field(default=(), converter=_names)
    #: A human name for the scope, e.g. ``"Kabupaten Karanganyar"``.
    name: str = attrs.field(default="", validator=instance_of(str))

    def __attrs_post_init__(self) -> None:
        if self.region_code is not None and self.bodies:
            raise InvalidInputError(
                field="scope",
                value=f"{self.region_code} + {self.bodies!r}",
                reason=N_("pilih kode wilayah atau daftar badan publik, bukan keduanya"),
            )

    @property
    def level(self) -> ScopeLevel:
        """National, province, kabupaten/kota, kecamatan, desa or body."""
        if self.bodies:
            return ScopeLevel.BODY
        if self.region_code is None:
            return ScopeLevel.NATIONAL
        return ScopeLevel(self.region_code.count(".") + 1)

    @property
    def key(self) -> str:
        """A stable text that two plugins claiming the same scope share."""
        if self.bodies:
            return "body:" + "|".join(sorted(b.casefold() for b in self.bodies))
        return f"region:{self.region_code or '*'}"

    def covers(self, body: PublicBody) -> bool:
        """Whether ``body`` falls in this scope (region-code prefix by whole parts, or name)."""
        if self.bodies:
            name = body.name.casefold()
            return any(name == b.casefold() for b in self.bodies)
        if self.region_code is None:
            return True
        code = body.region_code
        return code is not None and (
            code == self.region_code or code.startswith(self.region_code + ".")
        )

    def overlaps(self, other: Scope) -> bool:
        """Whether both scopes are at the same level and claim a common body or region."""
        if self.level != other.level:
            return False
        if self.bodies:
            return bool({b.casefold() for b in self.bodies} & {b.casefold() for b in other.bodies})
        return self.region_code == other.region_code

    def __str__(self) -> str:
        if self.bodies:
            return ", ".join(self.bodies)
        if self.region_code is None:
            return "nasional"
        return f"{self.name} ({self.region_code})" if self.name else self.region_code


@attrs.frozen
class Regulation:
    """A regulation a plugin encodes (e.g. Perbup Serdang Bedagai No. 28 Tahun 2017).

    Attributes:
        citation: the instrument (``Citation("Perbup Serdang Bedagai 28/2017")``).
        title: its title in Bahasa Indonesia.
        replaces: instruments it revoked (shown so that nobody applies the old one).
        assumption: what the plugin could not read in the text, in Bahasa Indonesia (an
            in-force date taken from the year of the instrument, for example).
        in_force: the first day the regulation applies (tanggal mulai berlaku: usually the
            day it was promulgated, "diundangkan"). Required of a district plugin: a rule of
            the plugin that cites this instrument applies only to clocks started on or after
            it; before it the national rule holds, and the explanation says why.
    """

    citation: Citation = attrs.field(validator=instance_of(Citation))
    title: str = attrs.field(validator=text)
    replaces: tuple[Citation, ...] = attrs.field(default=(), converter=_replaces)
    assumption: str | None = attrs.field(default=None, validator=optional_text)
    in_force: date | None = attrs.field(default=None, validator=optional_instance_of(date))


def regulation_in_force(
    regulations: Iterable[Regulation], citation: Citation | None
) -> date | None:
    """The day from which a contribution citing ``citation`` applies: the in-force date of the
    plugin's regulation with the same instrument, else (or without a citation) the latest
    in-force date of all of them (a rule cannot apply before the regulations that could carry
    it are all in force); ``None`` when a regulation it depends on has no date."""
    regs = tuple(regulations)
    for reg in regs:
        if citation is not None and reg.citation.instrument == citation.instrument:
            return reg.in_force
    dates = [reg.in_force for reg in regs]
    if not dates or any(d is None for d in dates):
        return None
    return max(d for d in dates if d is not None)


@attrs.frozen
class WorkingWeek:
    """Another working week for the bodies in scope (Perpres 21/2023 Pasal 7: units serving the
    public directly). It may add days to Monday–Friday, never drop one."""

    weekdays: frozenset[int] = attrs.field(converter=_weekdays)
    citation: Citation | None = attrs.field(default=None, validator=_citation)
    assumption: str | None = attrs.field(default=None, validator=optional_text)


@attrs.frozen
class ReceiptPolicy:
    """How the bodies in scope date what they receive: their time zone and the after-hours
    policy (decision D-7). ``None`` leaves the body's own setting."""

    citation: Citation | None = attrs.field(default=None, validator=_citation)
    timezone: str | None = attrs.field(default=None, validator=optional_text)
    after_hours: AfterHoursPolicy | None = attrs.field(default=None, converter=_after_hours)
    service_closes_at: time | None = attrs.field(default=None, validator=optional_instance_of(time))
    assumption: str | None = attrs.field(default=None, validator=optional_text)


@attrs.frozen
class PpidUnit:
    """One PPID of the structure: where it sits, who its atasan PPID is, who approves a
    consequence test (*uji konsekuensi*) there."""

    kind: PpidKind = attrs.field(converter=_ppid_kind)
    unit_type: UnitType = attrs.field(converter=_unit_type)
    host: str = attrs.field(validator=text)
    superior: Role = attrs.field(converter=_superior)
    approvers: tuple[Role, ...] = attrs.field(converter=_approvers)
    citation: Citation | None = attrs.field(default=None, validator=_citation)
    assumption: str | None = attrs.field(default=None, validator=optional_text)

    def explain(self, lang: str = "id") -> str:
        """What the unit is, its atasan PPID and approvers, its basis and any assumption."""
        summary = gettext(
            "{kind} ({unit}) di {host}; atasan PPID: {superior}; uji konsekuensi disetujui: "
            "{approvers}",
            lang,
        ).format(
            kind=self.kind.label(lang),
            unit=self.unit_type.value,
            host=self.host,
            superior=self.superior.label(lang),
            approvers=", ".join(a.label(lang) for a in self.approvers),
        )
        return _explain(summary, self.citation, self.assumption, lang)


@attrs.frozen
class ExemptionTemplate:
    """A DIK entry a district has tested: the information, its Pasal 17 ground(s) and the
    period of exemption (PP 61/2010 Pasal 5–9)."""

    information: str = attrs.field(validator=text)
    grounds: tuple[Citation, ...] = attrs.field(converter=_ground_citations)
    period: str = attrs.field(validator=text)
    citation: Citation | None = attrs.field(default=None, validator=_citation)
    assumption: str | None = attrs.field(default=None, validator=optional_text)

    def explain(self, lang: str = "id") -> str:
        """The information, its grounds and period, its basis and any assumption."""
        summary = gettext("{information}: dikecualikan ({grounds}); jangka waktu: {period}", lang)
        text = summary.format(
            information=self.information,
            grounds="; ".join(str(g) for g in self.grounds),
            period=self.period,
        )
        return _explain(text, self.citation, self.assumption, lang)


@attrs.frozen
class ClassificationRule:
    """An extra classification rule: information of a kind belongs to a category.

    ``keywords`` are matched, case-insensitively, against an item's description by the
    classifier that consumes these rules.
    """

    category: CategoryName = attrs.field(validator=one_of(*CATEGORIES))
    description: str = attrs.field(validator=text)
    keywords: tuple[str, ...] = attrs.field(default=(), converter=_keywords)
    citation: Citation | None = attrs.field(default=None, validator=_citation)
    assumption: str | None = attrs.field(default=None, validator=optional_text)

    def explain(self, lang: str = "id") -> str:
        """The rule, its category, its basis and any assumption."""
        text = f"{self.description}: {self.category}"
        return _explain(text, self.citation, self.assumption, lang)


@attrs.frozen
class RegisterCycle:
    """When a register is compiled each year (DIP in February, DIK in March …)."""

    register: Literal["DIP", "DIK"] = attrs.field(validator=one_of("DIP", "DIK"))
    month: int = attrs.field(validator=instance_of(int))
    approver: Role = attrs.field(converter=_approver)
    description: str = attrs.field(validator=text)
    citation: Citation | None = attrs.field(default=None, validator=_citation)
    assumption: str | None = attrs.field(default=None, validator=optional_text)

    def __attrs_post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise InvalidInputError(
                field="month", value=repr(self.month), reason=N_("bulan 1 sampai 12")
            )

    def explain(self, lang: str = "id") -> str:
        """When the register is compiled, who approves it, its basis and any assumption."""
        summary = gettext("{register}: disusun bulan {month}, disetujui {approver}", lang).format(
            register=self.register,
            month=gettext(MONTH_NAMES[self.month - 1], lang),
            approver=self.approver.label(lang),
        )
        return _explain(summary, self.citation, self.assumption, lang)


@attrs.frozen
class ConsequenceTestFacts:
    """What a record check needs to know about one consequence test (*uji konsekuensi*).

    A neutral summary so checks do not depend on the shape of a stored record:
    :meth:`kiplib.ConsequenceTest.facts` builds one from a record (roles of its PPID, approving
    official and signatories), and :func:`kiplib.exemption.check` runs
    :func:`kiplib.plugins.check_consequence_test` on it for the record's body.
    """

    body: PublicBody = attrs.field(validator=instance_of(PublicBody))
    approved_by: tuple[Role, ...] = attrs.field(default=(), converter=_approved_by)
    signed_by: tuple[Role, ...] = attrs.field(default=(), converter=_signed_by)
    has_minutes: bool = attrs.field(default=False, validator=boolean)  # berita acara
    tested_on: date | None = attrs.field(default=None, validator=optional_instance_of(date))
    unit_type: UnitType | None = attrs.field(default=None, validator=optional_instance_of(UnitType))

    @classmethod
    def _of_typed(
        cls,
        body: PublicBody,
        approved_by: tuple[Role, ...],
        signed_by: tuple[Role, ...],
        has_minutes: bool,
        tested_on: date | None,
        unit_type: UnitType | None,
    ) -> ConsequenceTestFacts:
        """Facts from values that already have their types — a validated record's own
        (:meth:`kiplib.ConsequenceTest.facts`, on every check): made without running the
        validators and converters again. Equal to the facts the constructor makes of them."""
        facts = object.__new__(cls)
        set_ = object.__setattr__
        set_(facts, "body", body)
        set_(facts, "approved_by", approved_by)
        set_(facts, "signed_by", signed_by)
        set_(facts, "has_minutes", has_minutes)
        set_(facts, "tested_on", tested_on)
        set_(facts, "unit_type", unit_type)
        return facts


#: A check over a consequence test: returns the problems it finds (none if the test passes).
CheckFunction = Callable[[ConsequenceTestFacts], Iterable[Problem]]


@attrs.frozen
class RecordCheck:
    """A validation a plugin adds to consequence-test records. Checks only add problems; a
    plugin cannot remove a national check."""

    name: str = attrs.field(validator=text)
    check: CheckFunction = attrs.field(eq=False, validator=callable_value)
    citation: Citation | None = attrs.field(default=None, validator=_citation)
    assumption: str | None = attrs.field(default=None, validator=optional_text)


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
    """Everything one plugin contributed, checked and stamped with the plugin's name.

    A rule book (:class:`kiplib.RuleBook`) holds one of these per plugin, the national law
    first; it is built by :mod:`kiplib.plugins` from the plugin's hooks, or written out
    directly (the national law's, :data:`kiplib.rulebook.national.NATIONAL`).
    """

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
    commission_practices: tuple[CommissionPractice, ...] = ()

    @property
    def name(self) -> str:
        """The plugin's name."""
        return self.info.name

    def in_force_on(self, citation: Citation | None, on: date) -> bool:
        """Whether a contribution of this plugin citing ``citation`` applies on ``on``: the
        national law's always do; a district's from its regulation's in-force date (see
        :func:`regulation_in_force`)."""
        if self.info.origin == "builtin":
            return True
        since = regulation_in_force(self.info.regulations, citation)
        return since is None or since <= on
