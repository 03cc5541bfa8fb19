"""The events of a request's life (*permohonan informasi publik*), as typed, immutable records.

A request is an append-only log of these events. Each one happened at an aware instant
(``at``, with its UTC offset); kiplib turns it into the body's local date before counting
(D-6). Each class states what it does to the clocks of :mod:`kiplib.law.steps`; the rules of
which event may follow which live in :mod:`kiplib.requests.lifecycle`.

In JSON an event is an object tagged with its ``type`` (``"request_received"`` …), e.g.
``{"type": "notice_sent", "at": "2024-04-22T10:00:00+07:00", "outcome": "refused",
"exemptions": ["h.2"]}``.
"""

from __future__ import annotations

import enum
import re
from datetime import datetime
from typing import Any, ClassVar, Final

import attrs

from kiplib._check import to_enum
from kiplib.errors import InvalidInputError, NaiveDatetimeError
from kiplib.i18n import N_, LabelledEnum
from kiplib.law.objection import ObjectionGround

__all__ = [
    "EVENT_TYPES",
    "ApplicantAbsent",
    "CassationFiled",
    "CourtDecided",
    "DecisionCopyReceived",
    "DisputeDecided",
    "DisputeFiled",
    "DisputeMode",
    "DisputeStarted",
    "Event",
    "ExtensionDeclared",
    "InformationDelivered",
    "InterimDecision",
    "MediationExtended",
    "NonAcceptanceFiled",
    "NoticeOutcome",
    "NoticeSent",
    "ObjectionAnswered",
    "ObjectionFiled",
    "RequestReceived",
    "Withdrawn",
]


class NoticeOutcome(LabelledEnum):
    """What the written notice (*pemberitahuan tertulis*, UU 14/2008 Pasal 22 ayat (7)) says."""

    #: Diterima — the request is granted (Pasal 22 ayat (7) huruf c).
    ACCEPTED = "accepted"
    #: Diterima sebagian — granted in part; the rest is blacked out or withheld under Pasal 17
    #: (Pasal 22 ayat (7) huruf c and e).
    PARTLY = "partly"
    #: Ditolak — refused under the exemptions of Pasal 17 (Pasal 22 ayat (7) huruf c).
    REFUSED = "refused"
    #: Belum dikuasai — the body states it does not hold the information (Pasal 22 ayat (7)
    #: huruf a) and names the body that holds it when known (huruf b).
    NOT_HELD = "not_held"


_OUTCOME_LABELS: Final = {
    NoticeOutcome.ACCEPTED: N_("diterima"),
    NoticeOutcome.PARTLY: N_("diterima sebagian"),
    NoticeOutcome.REFUSED: N_("ditolak (Pasal 17)"),
    NoticeOutcome.NOT_HELD: N_("informasi belum dikuasai"),
}
NoticeOutcome.set_labels(_OUTCOME_LABELS)


class DisputeMode(LabelledEnum):
    """How the Komisi Informasi settles a sengketa (UU 14/2008 Pasal 38–42)."""

    #: Mediasi — voluntary; its agreement is final and binding (Pasal 39, 40).
    MEDIATION = "mediation"
    #: Ajudikasi nonlitigasi — after mediation failed or was not available (Pasal 42).
    ADJUDICATION = "adjudication"


DisputeMode.set_labels(
    {DisputeMode.MEDIATION: N_("mediasi"), DisputeMode.ADJUDICATION: N_("ajudikasi nonlitigasi")}
)


# --------------------------------------------------------------------------- validators
def _aware(_inst: object, attribute: attrs.Attribute[datetime], value: datetime) -> None:
    if not isinstance(value, datetime):
        raise InvalidInputError(
            field=attribute.name,
            value=repr(value),
            reason=N_("harus berupa datetime yang sadar zona"),
        )
    if value.tzinfo is None or value.utcoffset() is None:
        raise NaiveDatetimeError(field=attribute.name, value=value.isoformat(sep=" "))


def _text(_inst: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvalidInputError(
            field=attribute.name, value=repr(value), reason=N_("wajib diisi dengan teks")
        )


def _optional_text(
    _inst: object, attribute: attrs.Attribute[str | None], value: str | None
) -> None:
    if value is not None:
        _text(_inst, attribute, value)  # type: ignore[arg-type]


_EXEMPTION = re.compile(r"^[a-j](\.[1-7])?$")


def _items(value: Any, field: str) -> tuple[Any, ...]:
    """One item (a string or a member) or a list/tuple of them; anything else is named."""
    if isinstance(value, str | enum.Enum):
        return (value,)
    if not isinstance(value, list | tuple | set | frozenset):
        raise InvalidInputError(
            field=field, value=repr(value)[:80], reason=N_("harus berupa daftar (list/tuple)")
        )
    return tuple(value)


def _exemptions(value: Any) -> tuple[str, ...]:
    items = _items(value, "exemptions")
    for v in items:
        if not isinstance(v, str):
            raise InvalidInputError(
                field="exemptions",
                value=repr(v)[:80],
                reason=N_(
                    "alasan pengecualian ditulis sebagai huruf Pasal 17 dan angkanya, "
                    "mis. 'a', 'h.2'"
                ),
            )
    return tuple(sorted({v.strip().lower() for v in items}))


def _check_exemptions(
    _inst: object, attribute: attrs.Attribute[tuple[str, ...]], value: tuple[str, ...]
) -> None:
    for item in value:
        if not _EXEMPTION.match(item):
            raise InvalidInputError(
                field=attribute.name,
                value=repr(item),
                reason=N_(
                    "alasan pengecualian ditulis sebagai huruf Pasal 17 dan angkanya, "
                    "mis. 'a', 'h.2'"
                ),
            )


def _grounds(value: Any) -> tuple[ObjectionGround, ...]:
    out: set[ObjectionGround] = set()
    for v in _items(value, "grounds"):
        if isinstance(v, ObjectionGround):
            out.add(v)
            continue
        key = v.strip().lower() if isinstance(v, str) else ""
        try:
            out.add(ObjectionGround(key))
        except ValueError:
            try:
                out.add(ObjectionGround[key.upper()])
            except KeyError:
                raise InvalidInputError(
                    field="grounds",
                    value=repr(v),
                    reason=N_("alasan keberatan adalah huruf a s.d. g Pasal 35 ayat (1)"),
                ) from None
    return tuple(sorted(out, key=lambda g: g.value))


def _nonempty(
    _inst: object, attribute: attrs.Attribute[tuple[Any, ...]], value: tuple[Any, ...]
) -> None:
    if not value:
        raise InvalidInputError(
            field=attribute.name, value="()", reason=N_("sebutkan paling sedikit satu alasan")
        )


def _outcome(value: object) -> NoticeOutcome:
    return to_enum(NoticeOutcome, value, "outcome")


def _mode(value: object) -> DisputeMode:
    return to_enum(DisputeMode, value, "mode")


# --------------------------------------------------------------------------- events
@attrs.frozen
class RequestReceived:
    """The request (*permintaan informasi*) is received; a registration number is issued.

    Clocks: starts the written notice, 10 hari kerja (UU 14/2008 Pasal 22 ayat (7)); the
    registration number is due at once (Pasal 22 ayat (4)–(6)). Must be the first event.
    """

    TYPE: ClassVar[str] = "request_received"
    at: datetime = attrs.field(validator=_aware)
    registration_number: str | None = attrs.field(default=None, validator=_optional_text)


@attrs.frozen
class ExtensionDeclared:
    """The PPID extends the notice period once, by 7 hari kerja, with written reasons.

    Clocks: the 10-day notice deadline is replaced by 17 hari kerja from receipt (UU 14/2008
    Pasal 22 ayat (8)). Allowed once, only before the 10-day deadline has passed, and only
    with a reason.
    """

    TYPE: ClassVar[str] = "extension_declared"
    at: datetime = attrs.field(validator=_aware)
    reason: str = attrs.field(validator=_text)


@attrs.frozen
class NoticeSent:
    """The written notice (*pemberitahuan tertulis*) reaches the requester.

    Clocks: meets the notice deadline (late if after it) and starts the requester's 30 hari
    kerja for a keberatan (UU 14/2008 Pasal 36 ayat (1)): the ground, if any, is found when
    the notice arrives. A refusal (in whole or in part) names its Pasal 17 grounds
    (``exemptions``, e.g. ``("h.2",)``); "not held" may name the body that holds it.
    """

    TYPE: ClassVar[str] = "notice_sent"
    at: datetime = attrs.field(validator=_aware)
    outcome: NoticeOutcome = attrs.field(converter=_outcome)
    exemptions: tuple[str, ...] = attrs.field(
        default=(), converter=_exemptions, validator=_check_exemptions
    )
    holder: str | None = attrs.field(default=None, validator=_optional_text)

    def __attrs_post_init__(self) -> None:
        refusing = self.outcome in (NoticeOutcome.REFUSED, NoticeOutcome.PARTLY)
        if refusing and not self.exemptions:
            raise InvalidInputError(
                field="exemptions",
                value="()",
                reason=N_(
                    "penolakan, seluruhnya atau sebagian, harus menyebut alasan pengecualian "
                    "Pasal 17 (Pasal 22 ayat (7) huruf c)"
                ),
            )
        if not refusing and self.exemptions:
            raise InvalidInputError(
                field="exemptions",
                value=repr(self.exemptions),
                reason=N_("alasan pengecualian hanya untuk penolakan seluruhnya atau sebagian"),
            )
        if self.holder is not None and self.outcome is not NoticeOutcome.NOT_HELD:
            raise InvalidInputError(
                field="holder",
                value=repr(self.holder),
                reason=N_("penguasa informasi hanya disebut bila informasi belum dikuasai"),
            )


@attrs.frozen
class InformationDelivered:
    """The information (or its granted part) is handed over to the requester.

    Clocks: none stops or starts; it is recorded so that a late delivery (ground g of Pasal 35
    ayat (1)) is visible. It follows a notice.
    """

    TYPE: ClassVar[str] = "information_delivered"
    at: datetime = attrs.field(validator=_aware)


@attrs.frozen
class ObjectionFiled:
    """The requester files a written keberatan with the atasan PPID, naming its grounds.

    Clocks: meets the keberatan window (late if after it) and starts the atasan's 30 hari kerja
    to answer (UU 14/2008 Pasal 36 ayat (2)). Ground a needs a refusal under Pasal 17; ground c
    needs a notice deadline that lapsed unanswered.
    """

    TYPE: ClassVar[str] = "objection_filed"
    at: datetime = attrs.field(validator=_aware)
    grounds: tuple[ObjectionGround, ...] = attrs.field(converter=_grounds, validator=_nonempty)


@attrs.frozen
class ObjectionAnswered:
    """The atasan PPID's written answer reaches the requester.

    ``granted``: the keberatan is accepted (the information is to be given) or, ``False``, the
    PPID's decision is upheld with written reasons (Pasal 36 ayat (3)). Clocks: meets the
    atasan's deadline and starts the 14 hari kerja to bring a sengketa to the Komisi Informasi
    (Pasal 37 ayat (2)).
    """

    TYPE: ClassVar[str] = "objection_answered"
    at: datetime = attrs.field(validator=_aware)
    granted: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))


@attrs.frozen
class DisputeFiled:
    """The requester brings the sengketa to the competent Komisi Informasi.

    Clocks: meets the sengketa window and starts the Komisi's 14 hari kerja to begin mediation
    or adjudication (Pasal 38 ayat (1)) and its 100-hari-kerja target (Pasal 38 ayat (2)). Only
    after a keberatan (Penjelasan Pasal 37 ayat (1)).
    """

    TYPE: ClassVar[str] = "dispute_filed"
    at: datetime = attrs.field(validator=_aware)


@attrs.frozen
class DisputeStarted:
    """The Komisi Informasi begins mediation or adjudication.

    Clocks: meets the 14-day start. Mediation only for grounds b–g (Pasal 40 ayat (2));
    adjudication may follow a failed mediation (Pasal 42).
    """

    TYPE: ClassVar[str] = "dispute_started"
    at: datetime = attrs.field(validator=_aware)
    mode: DisputeMode = attrs.field(converter=_mode)


@attrs.frozen
class DisputeDecided:
    """The Komisi's decision is read in the hearing: a mediation agreement or an adjudication.

    Clocks: meets the 100-day target (Pasal 38 ayat (2)). A mediation agreement is final and
    binding (Pasal 39): the request is closed. After an adjudication, the 14 hari kerja for a
    written non-acceptance (Pasal 48 ayat (1)) run from the day a party *receives* the decision
    (:class:`DecisionCopyReceived`); until that is recorded they are counted, to be safe, from
    the reading.
    """

    TYPE: ClassVar[str] = "dispute_decided"
    at: datetime = attrs.field(validator=_aware)
    mode: DisputeMode = attrs.field(converter=_mode)


@attrs.frozen
class DecisionCopyReceived:
    """A party receives the copy (*salinan putusan*) of the adjudication (Perki 1/2013: it is
    sent within 3 hari kerja of the reading, and may come weeks later).

    Clocks: starts the 14 hari kerja for a written non-acceptance (UU 14/2008 Pasal 48 ayat
    (1): "setelah diterimanya putusan"), replacing the count from the reading.
    """

    TYPE: ClassVar[str] = "decision_copy_received"
    at: datetime = attrs.field(validator=_aware)


@attrs.frozen
class InterimDecision:
    """The Komisi Informasi gives a *putusan sela* on the first checks of an application — its
    own competence, the parties' standing, the filing deadline (Perki 1/2013 Pasal 36).

    ``accepted=False``: the application is not accepted (premature, without a keberatan, out
    of time …); the sengketa ends. ``accepted=True``: it goes on.
    """

    TYPE: ClassVar[str] = "interim_decision"
    at: datetime = attrs.field(validator=_aware)
    accepted: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    reason: str | None = attrs.field(default=None, validator=_optional_text)


@attrs.frozen
class MediationExtended:
    """The parties agree to extend the mediation once, by 7 hari kerja (Perki 1/2013 Pasal 41).

    Clocks: the 14 hari kerja from the first mediation session become 21.
    """

    TYPE: ClassVar[str] = "mediation_extended"
    at: datetime = attrs.field(validator=_aware)


@attrs.frozen
class ApplicantAbsent:
    """The applicant (or proxy) misses a session of the Komisi Informasi without a valid
    reason. The second time, the application lapses (*gugur*): Perki 1/2013 Pasal 30 for the
    hearings, Pasal 45 for the mediation."""

    TYPE: ClassVar[str] = "applicant_absent"
    at: datetime = attrs.field(validator=_aware)


@attrs.frozen
class NonAcceptanceFiled:
    """A party states in writing that it does not accept the adjudication: a gugatan follows
    at the PTUN (Badan Publik Negara) or the Pengadilan Negeri (Pasal 47, 48 ayat (1)).

    Clocks: meets the 14-day window; the court has no deadline in UU 14/2008.
    """

    TYPE: ClassVar[str] = "non_acceptance_filed"
    at: datetime = attrs.field(validator=_aware)


@attrs.frozen
class CourtDecided:
    """The PTUN or Pengadilan Negeri decision reaches the parties.

    Clocks: starts the 14 calendar days for kasasi (Pasal 50; D-10).
    """

    TYPE: ClassVar[str] = "court_decided"
    at: datetime = attrs.field(validator=_aware)


@attrs.frozen
class CassationFiled:
    """A party files kasasi with the Mahkamah Agung. Clocks: meets the kasasi window."""

    TYPE: ClassVar[str] = "cassation_filed"
    at: datetime = attrs.field(validator=_aware)


@attrs.frozen
class Withdrawn:
    """The requester withdraws the request. Clocks: every running clock stops; nothing may
    follow."""

    TYPE: ClassVar[str] = "withdrawn"
    at: datetime = attrs.field(validator=_aware)
    reason: str | None = attrs.field(default=None, validator=_optional_text)


#: Any event of a request's life.
Event = (
    RequestReceived
    | ExtensionDeclared
    | NoticeSent
    | InformationDelivered
    | ObjectionFiled
    | ObjectionAnswered
    | DisputeFiled
    | DisputeStarted
    | DisputeDecided
    | DecisionCopyReceived
    | InterimDecision
    | MediationExtended
    | ApplicantAbsent
    | NonAcceptanceFiled
    | CourtDecided
    | CassationFiled
    | Withdrawn
)

#: Every event class by its ``type`` tag.
EVENT_TYPES: Final[dict[str, type[Event]]] = {
    cls.TYPE: cls
    for cls in (
        RequestReceived,
        ExtensionDeclared,
        NoticeSent,
        InformationDelivered,
        ObjectionFiled,
        ObjectionAnswered,
        DisputeFiled,
        DisputeStarted,
        DisputeDecided,
        DecisionCopyReceived,
        InterimDecision,
        MediationExtended,
        ApplicantAbsent,
        NonAcceptanceFiled,
        CourtDecided,
        CassationFiled,
        Withdrawn,
    )
}
