"""A request's whole life: its events in, every deadline, the status and the next steps out.

:func:`timeline` reads the append-only event log of one request (:mod:`kiplib._events`) and
returns a :class:`Timeline`: every step's :class:`~kiplib.Deadline` that is running or has
run (each with its state: running, met, late, overdue, expired, superseded, stopped), the
current :class:`Status`, the guards (can a keberatan be filed now and on which grounds; is
mediation available; is the sengketa window open; which court) and what can be done now, by
whom. :class:`Request` is the same log as an immutable value that grows with
:meth:`Request.record`.

The order of the law (UU 14/2008 Pasal 22, 35–50) is enforced: an event that cannot happen at
its point raises a :class:`~kiplib.errors.SequenceError` naming the event and the rule, and
the log it was offered to is left as it was.

Two conventions decide the clocks that silence starts (kip-rules.md §5):

* D-8 — no notice by the deadline is itself a ground (Pasal 35 ayat (1) huruf c and g): the
  keberatan window runs from the day after the lapsed deadline,
  ``deadline(Step.OBJECTION, notice_due + 1 day)``.
* An unanswered keberatan opens the sengketa window at the end of the atasan's 30 hari kerja
  (Perki 1/2013): ``deadline(Step.DISPUTE, objection_response_due)``.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from typing import Final

import attrs

from kiplib._body import DEFAULT_BODY, BodyLevel, PublicBody
from kiplib._calendar import format_date
from kiplib._deadlines import Deadline, deadline, local_date
from kiplib._events import (
    CassationFiled,
    CourtDecided,
    DisputeDecided,
    DisputeFiled,
    DisputeMode,
    DisputeStarted,
    Event,
    ExtensionDeclared,
    InformationDelivered,
    NonAcceptanceFiled,
    NoticeOutcome,
    NoticeSent,
    ObjectionAnswered,
    ObjectionFiled,
    ObjectionGround,
    RequestReceived,
    Withdrawn,
)
from kiplib._law.citation import PERKI_1_2013, UU_14_2008, Citation
from kiplib._law.steps import Step
from kiplib.errors import InvalidInputError, SequenceError
from kiplib.i18n import N_, gettext

__all__ = [
    "Action",
    "Actor",
    "Court",
    "EntryState",
    "Guard",
    "Request",
    "Status",
    "Timeline",
    "TimelineEntry",
    "competent_commission",
    "timeline",
]

_ONE_DAY: Final = timedelta(days=1)
_Fail = Callable[..., SequenceError]


def _cite(pasal: int, ayat: int | None = None, huruf: str | None = None) -> Citation:
    return Citation(UU_14_2008, pasal=pasal, ayat=ayat, huruf=huruf)


# --------------------------------------------------------------------------- vocabulary
class Actor(enum.Enum):
    """Who must (or may) act next."""

    #: Pemohon informasi.
    REQUESTER = "requester"
    #: Pejabat Pengelola Informasi dan Dokumentasi.
    PPID = "ppid"
    #: Atasan PPID, who answers the keberatan.
    ATASAN_PPID = "atasan_ppid"
    #: The competent Komisi Informasi.
    COMMISSION = "commission"
    #: Either party of the sengketa (written non-acceptance, kasasi).
    PARTIES = "parties"
    #: The PTUN or Pengadilan Negeri.
    COURT = "court"
    #: The Mahkamah Agung.
    SUPREME_COURT = "supreme_court"

    def label(self, lang: str = "id") -> str:
        """The actor in ``lang``."""
        return gettext(_ACTOR_LABELS[self], lang)


_ACTOR_LABELS: Final = {
    Actor.REQUESTER: N_("pemohon informasi"),
    Actor.PPID: N_("PPID"),
    Actor.ATASAN_PPID: N_("atasan PPID"),
    Actor.COMMISSION: N_("Komisi Informasi"),
    Actor.PARTIES: N_("para pihak"),
    Actor.COURT: N_("pengadilan"),
    Actor.SUPREME_COURT: N_("Mahkamah Agung"),
}

#: Who must meet each step's deadline.
STEP_ACTORS: Final = {
    Step.NOTICE: Actor.PPID,
    Step.NOTICE_EXTENDED: Actor.PPID,
    Step.OBJECTION: Actor.REQUESTER,
    Step.OBJECTION_RESPONSE: Actor.ATASAN_PPID,
    Step.DISPUTE: Actor.REQUESTER,
    Step.DISPUTE_START: Actor.COMMISSION,
    Step.DISPUTE_END: Actor.COMMISSION,
    Step.COURT: Actor.PARTIES,
    Step.CASSATION: Actor.PARTIES,
}
#: Steps whose deadline is a window a party may use, not a duty of the body or the Komisi.
_WINDOWS: Final = frozenset({Step.OBJECTION, Step.DISPUTE, Step.COURT, Step.CASSATION})


class EntryState(enum.Enum):
    """Where one deadline stands on ``as_of``."""

    #: Still running: the step may be taken until the due date.
    RUNNING = "running"
    #: Taken on time.
    MET = "met"
    #: Taken, but after the due date.
    LATE = "late"
    #: A duty not done, and the due date has passed.
    OVERDUE = "overdue"
    #: A window that closed unused.
    EXPIRED = "expired"
    #: Replaced by another deadline (the notice by the extended notice).
    SUPERSEDED = "superseded"
    #: Stopped because the request was withdrawn or settled.
    STOPPED = "stopped"

    def label(self, lang: str = "id") -> str:
        """The state in ``lang``."""
        return gettext(_STATE_LABELS[self], lang)


_STATE_LABELS: Final = {
    EntryState.RUNNING: N_("berjalan"),
    EntryState.MET: N_("dipenuhi"),
    EntryState.LATE: N_("dipenuhi terlambat"),
    EntryState.OVERDUE: N_("terlewat"),
    EntryState.EXPIRED: N_("lewat tanpa digunakan"),
    EntryState.SUPERSEDED: N_("digantikan"),
    EntryState.STOPPED: N_("dihentikan"),
}


class Status(enum.Enum):
    """Where the request as a whole stands on ``as_of``."""

    AWAITING_NOTICE = "awaiting_notice"
    AWAITING_EXTENDED_NOTICE = "awaiting_extended_notice"
    NOTICE_OVERDUE = "notice_overdue"
    OBJECTION_WINDOW_OPEN = "objection_window_open"
    AWAITING_OBJECTION_RESPONSE = "awaiting_objection_response"
    DISPUTE_WINDOW_OPEN = "dispute_window_open"
    AT_COMMISSION = "at_commission"
    COURT_WINDOW_OPEN = "court_window_open"
    IN_COURT = "in_court"
    CASSATION_WINDOW_OPEN = "cassation_window_open"
    AT_SUPREME_COURT = "at_supreme_court"
    CLOSED = "closed"
    WITHDRAWN = "withdrawn"

    def label(self, lang: str = "id") -> str:
        """The status in ``lang``."""
        return gettext(_STATUS_LABELS[self], lang)


_STATUS_LABELS: Final = {
    Status.AWAITING_NOTICE: N_("menunggu pemberitahuan tertulis"),
    Status.AWAITING_EXTENDED_NOTICE: N_("menunggu pemberitahuan tertulis (diperpanjang)"),
    Status.NOTICE_OVERDUE: N_("pemberitahuan terlambat; keberatan dapat diajukan"),
    Status.OBJECTION_WINDOW_OPEN: N_("keberatan dapat diajukan"),
    Status.AWAITING_OBJECTION_RESPONSE: N_("menunggu tanggapan atasan PPID"),
    Status.DISPUTE_WINDOW_OPEN: N_("sengketa dapat diajukan ke Komisi Informasi"),
    Status.AT_COMMISSION: N_("sengketa di Komisi Informasi"),
    Status.COURT_WINDOW_OPEN: N_("putusan ajudikasi dapat tidak diterima (gugatan)"),
    Status.IN_COURT: N_("gugatan di pengadilan"),
    Status.CASSATION_WINDOW_OPEN: N_("kasasi dapat diajukan"),
    Status.AT_SUPREME_COURT: N_("kasasi di Mahkamah Agung"),
    Status.CLOSED: N_("selesai"),
    Status.WITHDRAWN: N_("ditarik kembali oleh pemohon"),
}


class Court(enum.Enum):
    """The court of a gugatan (UU 14/2008 Pasal 47)."""

    #: Pengadilan Tata Usaha Negara — for a Badan Publik Negara (ayat (1)).
    PTUN = "ptun"
    #: Pengadilan Negeri — for every other public body (ayat (2)).
    PN = "pn"

    def label(self, lang: str = "id") -> str:
        """The court's name in ``lang``."""
        return gettext(
            N_("Pengadilan Tata Usaha Negara") if self is Court.PTUN else N_("Pengadilan Negeri"),
            lang,
        )

    @property
    def citation(self) -> Citation:
        """Pasal 47 ayat (1) for the PTUN, ayat (2) for the Pengadilan Negeri."""
        return _cite(47, 1 if self is Court.PTUN else 2)

    @classmethod
    def for_body(cls, body: PublicBody) -> Court:
        """The court for a gugatan against ``body``."""
        return cls.PTUN if body.body_type.is_state_body else cls.PN


def competent_commission(body: PublicBody) -> tuple[str, Citation]:
    """The Komisi Informasi that settles a sengketa with ``body``, and why (Pasal 26–27).

    A central body goes to the KI Pusat. A provincial body goes to the KI of its province; a
    regency/city body (or a village in it) to the KI of its regency/city. Where that KI is not
    formed: a regency/city body goes to the KI of the province when that is formed (the
    practice of Perki 1/2013), and otherwise to the KI Pusat (Pasal 27 ayat (2)).

    Examples:
        >>> from kiplib import BodyLevel, PublicBody
        >>> name, why = competent_commission(PublicBody("Dinas X", level=BodyLevel.REGENCY_CITY))
        >>> name, str(why)
        ('Komisi Informasi Provinsi', 'Perki 1/2013')
    """
    if body.level in (BodyLevel.REGENCY_CITY, BodyLevel.VILLAGE):
        if body.regency_commission:
            return "Komisi Informasi Kabupaten/Kota", _cite(27, 4)
        if body.province_commission:
            return "Komisi Informasi Provinsi", Citation(PERKI_1_2013)
        return "Komisi Informasi Pusat", _cite(27, 2)
    if body.level is BodyLevel.PROVINCE and body.province_commission:
        return "Komisi Informasi Provinsi", _cite(27, 3)
    return "Komisi Informasi Pusat", _cite(27, 2)


# --------------------------------------------------------------------------- results
@attrs.frozen
class TimelineEntry:
    """One deadline of the request and where it stands.

    Attributes:
        deadline: the foundation's :class:`~kiplib.Deadline` (due date, rule, citation …).
        state: running, met, late, overdue, expired, superseded or stopped on ``as_of``.
        actor: who must meet it.
        done_on: the local date the step was taken, if it was.
        note: why the clock started when it did, when a convention decided it (Indonesian
            source text; :meth:`explain` translates it).
    """

    deadline: Deadline
    state: EntryState
    actor: Actor
    done_on: date | None = None
    note: str | None = None

    @property
    def step(self) -> Step:
        """The step."""
        return self.deadline.step

    @property
    def due(self) -> date:
        """The last allowed day."""
        return self.deadline.due

    def explain(self, lang: str = "id") -> str:
        """The deadline's own explanation, with the state and the convention note."""
        lines = [self.deadline.explain(lang)]
        if self.note is not None:
            lines.append(gettext(self.note, lang))
        state = gettext(N_("Keadaan: {state}"), lang).format(state=self.state.label(lang))
        if self.done_on is not None:
            state += " (" + format_date(self.done_on, lang) + ")"
        lines.append(state)
        return "\n".join(lines)


@attrs.frozen
class Guard:
    """Whether something may be done now, why (or why not), until when, on which basis.

    ``reason`` is Indonesian source text (:meth:`message` translates it).
    """

    allowed: bool
    reason: str
    citation: Citation
    until: date | None = None
    grounds: tuple[ObjectionGround, ...] = ()

    def message(self, lang: str = "id") -> str:
        """The reason in ``lang``, with the date and the article."""
        text = gettext(self.reason, lang)
        if self.until is not None:
            text += " " + gettext(N_("(sampai {date})"), lang).format(
                date=format_date(self.until, lang)
            )
        if self.grounds:
            text += " — " + ", ".join(f"{g.value}: {g.label(lang)}" for g in self.grounds)
        return f"{text} [{self.citation}]"


@attrs.frozen
class Action:
    """Something that can (or must) be done now: who, what, until when, on which basis."""

    actor: Actor
    #: The name of who acts (the PPID of the body, the Sekda, the Komisi); ``None`` for the
    #: requester or the parties, shown as :meth:`Actor.label`.
    who: str | None
    what: str
    citation: Citation
    until: date | None = None
    #: To whom the step is addressed (the atasan PPID, the Komisi Informasi), if anyone.
    target: str | None = None

    def message(self, lang: str = "id") -> str:
        """``who: what (until …) [citation]`` in ``lang``."""
        what = gettext(self.what, lang).format(target=self.target or "")
        text = f"{self.who or self.actor.label(lang)}: {what}"
        if self.until is not None:
            text += " " + gettext(N_("(paling lambat {date})"), lang).format(
                date=format_date(self.until, lang)
            )
        return f"{text} [{self.citation}]"


@attrs.frozen
class Timeline:
    """Everything about one request on ``as_of``.

    Attributes:
        body: the public body.
        as_of: the day the timeline describes (the body's local date).
        events: the log, as recorded.
        entries: every deadline that is running or has run, in the order they arose.
        status: the request's status.
        status_until: the due date of what the status waits for, if any.
        objection: can a keberatan be filed now, and on which grounds (Pasal 35–36).
        mediation: is mediation available for this keberatan (Pasal 40 ayat (2)).
        dispute: is the sengketa window open (Pasal 37).
        court: which court hears a gugatan (Pasal 47), and whether the window is open.
        commission: the competent Komisi Informasi (Pasal 26–27).
        actions: what can be done now, by whom.
    """

    body: PublicBody
    as_of: date
    events: tuple[Event, ...]
    entries: tuple[TimelineEntry, ...]
    status: Status
    status_until: date | None
    objection: Guard
    mediation: Guard
    dispute: Guard
    court: Guard
    commission: str
    actions: tuple[Action, ...]

    @property
    def running(self) -> tuple[TimelineEntry, ...]:
        """The deadlines still running on ``as_of``."""
        return tuple(e for e in self.entries if e.state is EntryState.RUNNING)

    def entry(self, step: Step) -> TimelineEntry | None:
        """The latest entry of ``step``, if any."""
        for e in reversed(self.entries):
            if e.step is step:
                return e
        return None

    def summary(self, lang: str = "id") -> str:
        """One line: the status, with its date."""
        text = self.status.label(lang)
        if self.status_until is not None:
            text += " " + gettext(N_("(sampai {date})"), lang).format(
                date=format_date(self.status_until, lang)
            )
        return text

    def explain(self, lang: str = "id") -> str:
        """The whole life of the request: status, guards, actions and every deadline."""
        _ = gettext
        lines = [_(N_("Status: {status}"), lang).format(status=self.summary(lang))]
        lines.append(_(N_("Keberatan: {guard}"), lang).format(guard=self.objection.message(lang)))
        lines.append(_(N_("Mediasi: {guard}"), lang).format(guard=self.mediation.message(lang)))
        lines.append(_(N_("Sengketa: {guard}"), lang).format(guard=self.dispute.message(lang)))
        lines.append(_(N_("Gugatan: {guard}"), lang).format(guard=self.court.message(lang)))
        if self.actions:
            lines.append(_(N_("Yang dapat dilakukan sekarang:"), lang))
            lines.extend("  - " + a.message(lang) for a in self.actions)
        for entry in self.entries:
            lines.append("")
            lines.append(entry.explain(lang))
        return "\n".join(lines)


# --------------------------------------------------------------------------- the engine
@attrs.define
class _Open:
    """A deadline being built (mutable while the log is read, frozen into an entry)."""

    deadline: Deadline
    done_on: date | None = None
    superseded: bool = False
    stopped: bool = False
    note: str | None = None


_NOTE_SILENCE: Final = N_(
    "D-8: tidak ada pemberitahuan sampai batas waktunya; itu sendiri alasan keberatan "
    "(Pasal 35 ayat (1) huruf c dan g), ditemukan pada hari sesudah batas waktu itu"
)
_NOTE_SILENT_ATASAN: Final = N_(
    "Atasan PPID tidak menanggapi dalam 30 hari kerja: waktu pengajuan sengketa dihitung sejak "
    "berakhirnya waktu tanggapan itu (Perki 1/2013)"
)


class _Engine:
    """Reads a log once, in order, checking each event against the rules it must follow."""

    def __init__(self, body: PublicBody) -> None:
        self.body = body
        self.opens: list[_Open] = []
        self.received: date | None = None
        self.received_at: datetime | None = None
        self.notice: _Open | None = None
        self.extended = False
        self.notice_event: NoticeSent | None = None
        self.notice_on: date | None = None
        self.delivered_on: date | None = None
        self.silence: _Open | None = None
        self.objection_event: ObjectionFiled | None = None
        self.response: _Open | None = None
        self.answer: ObjectionAnswered | None = None
        self.silent_atasan: _Open | None = None
        self.dispute_filed = False
        self.dispute_start: _Open | None = None
        self.dispute_end: _Open | None = None
        self.modes: list[DisputeMode] = []
        self.decision: DisputeDecided | None = None
        self.court_window: _Open | None = None
        self.non_acceptance = False
        self.court_decided = False
        self.cassation_window: _Open | None = None
        self.cassation_filed = False
        self.withdrawn = False
        self.last_at: datetime | None = None

    # ------------------------------------------------------------------ helpers
    def _add(self, step: Step, start: date | datetime, note: str | None = None) -> _Open:
        opened = _Open(deadline(step, start, body=self.body), note=note)
        self.opens.append(opened)
        return opened

    def _windows(self, step: Step) -> list[_Open]:
        return [o for o in self.opens if o.deadline.step is step]

    def advance(self, today: date) -> None:
        """Open the windows that silence opens once ``today`` is past a lapsed deadline."""
        if self.withdrawn or self.notice is None:
            return
        due = self.notice.deadline.due
        if self.notice_event is None and self.silence is None and today > due:
            # D-8: the lapsed notice deadline is the ground; found the day after it.
            self.silence = self._add(Step.OBJECTION, due + _ONE_DAY, _NOTE_SILENCE)
        if (
            self.response is not None
            and self.answer is None
            and self.silent_atasan is None
            and today > self.response.deadline.due
        ):
            # Perki 1/2013: the sengketa window runs from the end of the atasan's 30 days.
            self.silent_atasan = self._add(
                Step.DISPUTE, self.response.deadline.due, _NOTE_SILENT_ATASAN
            )

    def _stop(self, on: date) -> None:
        """Stop every clock still running on ``on`` (withdrawal, final mediation)."""
        for o in self.opens:
            if o.done_on is None and not o.superseded and o.deadline.due >= on:
                o.stopped = True

    @staticmethod
    def _done(opened: _Open | None, on: date) -> None:
        if opened is not None and opened.done_on is None:
            opened.done_on = on

    def _use_window(self, step: Step, on: date) -> None:
        """Mark the latest window of ``step`` that had started by ``on`` as used."""
        candidates = [o for o in self._windows(step) if o.deadline.start <= on]
        target = candidates[-1] if candidates else None
        if target is None:
            windows = self._windows(step)
            target = windows[-1] if windows else None
        for o in self._windows(step):
            if o is target:
                o.done_on = on
            elif o.done_on is None:
                o.superseded = True

    # ------------------------------------------------------------------ the rules
    def record(self, index: int, event: Event) -> None:
        field = f"events[{index}]"

        def fail(reason: str, citation: Citation, **params: str) -> SequenceError:
            return SequenceError(
                field=field, value=event.TYPE, reason=reason, citation=str(citation), **params
            )

        if self.last_at is not None and event.at < self.last_at:
            raise fail(
                N_("peristiwa harus dicatat menurut urutan waktu; sebelumnya {last}"),
                _cite(22, 7),
                last=self.last_at.isoformat(),
            )
        if self.withdrawn:
            raise fail(N_("permintaan sudah ditarik kembali"), _cite(22, 7))
        on = local_date(event.at, self.body, field=field + ".at")
        if self.received is None and not isinstance(event, RequestReceived):
            if isinstance(event, ObjectionFiled):
                raise fail(N_("keberatan diajukan sebelum ada permintaan informasi"), _cite(35, 1))
            raise fail(N_("peristiwa pertama harus penerimaan permintaan informasi"), _cite(22, 7))
        self.advance(on)
        closed = self.decision is not None and self.decision.mode is DisputeMode.MEDIATION
        if closed and not isinstance(event, InformationDelivered | Withdrawn):
            raise fail(
                N_("putusan mediasi bersifat final dan mengikat; perkara sudah selesai"), _cite(39)
            )

        if isinstance(event, RequestReceived):
            if self.received is not None:
                raise fail(N_("permintaan ini sudah diterima sebelumnya"), _cite(22, 4))
            self.received, self.received_at = on, event.at
            self.notice = self._add(Step.NOTICE, event.at)
        elif isinstance(event, ExtensionDeclared):
            assert self.notice is not None and self.received_at is not None
            if self.extended:
                raise fail(N_("perpanjangan hanya dapat diberikan satu kali"), _cite(22, 8))
            if self.notice_event is not None:
                raise fail(N_("pemberitahuan tertulis sudah dikirim"), _cite(22, 8))
            if on > self.notice.deadline.due:
                raise fail(
                    N_("perpanjangan diberikan sesudah batas 10 hari kerja ({due}) lewat"),
                    _cite(22, 8),
                    due=self.notice.deadline.due.isoformat(),
                )
            self.notice.superseded = True
            self.notice = self._add(Step.NOTICE_EXTENDED, self.received_at)
            self.extended = True
        elif isinstance(event, NoticeSent):
            if self.notice_event is not None:
                raise fail(N_("pemberitahuan tertulis sudah dikirim"), _cite(22, 7))
            self._done(self.notice, on)
            self.notice_event, self.notice_on = event, on
            # The ground of a keberatan (if any) is found when the notice arrives.
            self._add(Step.OBJECTION, event.at)
        elif isinstance(event, InformationDelivered):
            if self.notice_event is None:
                raise fail(N_("informasi diserahkan sebelum pemberitahuan tertulis"), _cite(22, 7))
            self.delivered_on = on
        elif isinstance(event, ObjectionFiled):
            self._check_objection(event, on, fail)
            self._use_window(Step.OBJECTION, on)
            self.objection_event = event
            self.response = self._add(Step.OBJECTION_RESPONSE, event.at)
        elif isinstance(event, ObjectionAnswered):
            if self.objection_event is None:
                raise fail(N_("belum ada keberatan yang dapat ditanggapi"), _cite(36, 2))
            if self.answer is not None:
                raise fail(N_("keberatan ini sudah ditanggapi"), _cite(36, 2))
            self._done(self.response, on)
            self.answer = event
            self._add(Step.DISPUTE, event.at)
        elif isinstance(event, DisputeFiled):
            if self.objection_event is None:
                raise fail(
                    N_("sengketa hanya dapat diajukan sesudah proses keberatan"),
                    Citation(UU_14_2008, pasal=37, ayat=1, penjelasan=True),
                )
            if self.dispute_filed:
                raise fail(N_("sengketa ini sudah diajukan"), _cite(37, 2))
            assert self.response is not None
            if self.answer is None and on <= self.response.deadline.due:
                raise fail(
                    N_(
                        "atasan PPID masih dalam waktu 30 hari kerja untuk menanggapi "
                        "(sampai {due})"
                    ),
                    _cite(36, 2),
                    due=self.response.deadline.due.isoformat(),
                )
            self._use_window(Step.DISPUTE, on)
            self.dispute_filed = True
            self.dispute_start = self._add(Step.DISPUTE_START, event.at)
            self.dispute_end = self._add(Step.DISPUTE_END, event.at)
        elif isinstance(event, DisputeStarted):
            if not self.dispute_filed:
                raise fail(N_("belum ada sengketa di Komisi Informasi"), _cite(38, 1))
            if self.decision is not None:
                raise fail(N_("Komisi Informasi sudah memutus sengketa ini"), _cite(38, 2))
            if event.mode is DisputeMode.MEDIATION:
                assert self.objection_event is not None
                if not any(g.mediable for g in self.objection_event.grounds):
                    raise fail(
                        N_(
                            "mediasi tidak tersedia untuk keberatan atas penolakan berdasarkan "
                            "Pasal 17 (Pasal 35 ayat (1) huruf a)"
                        ),
                        _cite(40, 2),
                    )
                if self.modes:
                    raise fail(N_("mediasi sudah dimulai"), _cite(40, 1))
            elif DisputeMode.ADJUDICATION in self.modes:
                raise fail(N_("ajudikasi sudah dimulai"), _cite(42))
            self._done(self.dispute_start, on)
            self.modes.append(event.mode)
        elif isinstance(event, DisputeDecided):
            if event.mode not in self.modes:
                raise fail(
                    N_("putusan {mode} tanpa {mode} yang dimulai"),
                    _cite(38, 1),
                    mode=event.mode.value,
                )
            if self.decision is not None:
                raise fail(N_("Komisi Informasi sudah memutus sengketa ini"), _cite(38, 2))
            self._done(self.dispute_end, on)
            self.decision = event
            if event.mode is DisputeMode.ADJUDICATION:
                self.court_window = self._add(Step.COURT, event.at)
            else:  # a mediation agreement is final and binding (Pasal 39): clocks stop
                self._stop(on)
        elif isinstance(event, NonAcceptanceFiled):
            if self.court_window is None:
                raise fail(N_("belum ada putusan ajudikasi Komisi Informasi"), _cite(48, 1))
            if self.non_acceptance:
                raise fail(N_("pernyataan tidak menerima putusan sudah diajukan"), _cite(48, 1))
            self._done(self.court_window, on)
            self.non_acceptance = True
        elif isinstance(event, CourtDecided):
            if not self.non_acceptance:
                raise fail(N_("belum ada gugatan di pengadilan"), _cite(47))
            if self.court_decided:
                raise fail(N_("pengadilan sudah memutus gugatan ini"), _cite(50))
            self.court_decided = True
            self.cassation_window = self._add(Step.CASSATION, event.at)
        elif isinstance(event, CassationFiled):
            if self.cassation_window is None:
                raise fail(N_("belum ada putusan PTUN atau pengadilan negeri"), _cite(50))
            if self.cassation_filed:
                raise fail(N_("kasasi sudah diajukan"), _cite(50))
            self._done(self.cassation_window, on)
            self.cassation_filed = True
        elif isinstance(event, Withdrawn):
            self.withdrawn = True
            self._stop(on)
        else:  # pragma: no cover - every Event type is handled above
            raise InvalidInputError(field=field, value=repr(event), reason=N_("bukan peristiwa"))
        self.last_at = event.at

    def _check_objection(
        self,
        event: ObjectionFiled,
        on: date,
        fail: _Fail,
    ) -> None:
        if self.objection_event is not None:
            raise fail(N_("keberatan atas permintaan ini sudah diajukan"), _cite(35, 1))
        assert self.notice is not None
        lapsed = self.notice_event is None and on > self.notice.deadline.due
        late_notice = self.notice_on is not None and self.notice_on > self.notice.deadline.due
        grounds = set(event.grounds)
        if (
            self.notice_event is None
            and not lapsed
            and grounds != {ObjectionGround.PERIODIC_NOT_PROVIDED}
        ):
            raise fail(
                N_(
                    "belum ada alasan keberatan: PPID masih dalam batas waktu pemberitahuan "
                    "(sampai {due})"
                ),
                _cite(36, 1),
                due=self.notice.deadline.due.isoformat(),
            )
        refused = self.notice_event is not None and self.notice_event.outcome in (
            NoticeOutcome.REFUSED,
            NoticeOutcome.PARTLY,
        )
        if ObjectionGround.REFUSAL in grounds and not refused:
            raise fail(
                N_("alasan huruf a memerlukan penolakan berdasarkan Pasal 17"),
                ObjectionGround.REFUSAL.citation,
            )
        if ObjectionGround.NOT_ANSWERED in grounds and not (lapsed or late_notice):
            raise fail(
                N_("alasan huruf c memerlukan batas waktu pemberitahuan yang lewat tanpa jawaban"),
                ObjectionGround.NOT_ANSWERED.citation,
            )

    # ------------------------------------------------------------------ results
    def entries(self, as_of: date) -> tuple[TimelineEntry, ...]:
        out = []
        for o in self.opens:
            step = o.deadline.step
            if o.superseded:
                state = EntryState.SUPERSEDED
            elif o.done_on is not None:
                state = EntryState.MET if o.done_on <= o.deadline.due else EntryState.LATE
            elif o.stopped:
                state = EntryState.STOPPED
            elif as_of <= o.deadline.due:
                state = EntryState.RUNNING
            else:
                state = self._lapsed(step)
            out.append(TimelineEntry(o.deadline, state, STEP_ACTORS[step], o.done_on, o.note))
        return tuple(out)

    @staticmethod
    def _lapsed(step: Step) -> EntryState:
        return EntryState.EXPIRED if step in _WINDOWS else EntryState.OVERDUE

    # ------------------------------------------------------------------ status and guards
    def _running(self, step: Step, entries: tuple[TimelineEntry, ...]) -> TimelineEntry | None:
        for e in reversed(entries):
            if e.step is step and e.state is EntryState.RUNNING:
                return e
        return None

    def status(self, entries: tuple[TimelineEntry, ...]) -> tuple[Status, date | None]:
        def window(step: Step, status: Status) -> tuple[Status, date | None]:
            open_ = self._running(step, entries)
            return (status, open_.due) if open_ is not None else (Status.CLOSED, None)

        if self.withdrawn:
            return Status.WITHDRAWN, None
        if self.cassation_filed:
            return Status.AT_SUPREME_COURT, None
        if self.court_decided:
            return window(Step.CASSATION, Status.CASSATION_WINDOW_OPEN)
        if self.non_acceptance:
            return Status.IN_COURT, None
        if self.decision is not None:
            if self.decision.mode is DisputeMode.MEDIATION:
                return Status.CLOSED, None
            return window(Step.COURT, Status.COURT_WINDOW_OPEN)
        if self.dispute_filed:
            assert self.dispute_end is not None
            return Status.AT_COMMISSION, self.dispute_end.deadline.due
        if self.objection_event is not None:
            assert self.response is not None
            if self.answer is None and self._running(Step.OBJECTION_RESPONSE, entries):
                return Status.AWAITING_OBJECTION_RESPONSE, self.response.deadline.due
            return window(Step.DISPUTE, Status.DISPUTE_WINDOW_OPEN)
        if self.notice_event is not None:
            return window(Step.OBJECTION, Status.OBJECTION_WINDOW_OPEN)
        assert self.notice is not None
        running = self._running(self.notice.deadline.step, entries)
        if running is not None:
            status = Status.AWAITING_EXTENDED_NOTICE if self.extended else Status.AWAITING_NOTICE
            return status, running.due
        return window(Step.OBJECTION, Status.NOTICE_OVERDUE)

    def available_grounds(self, on: date) -> tuple[ObjectionGround, ...]:
        """The grounds of Pasal 35 ayat (1) the facts recorded so far support on ``on``."""
        assert self.notice is not None
        due = self.notice.deadline.due
        found = {ObjectionGround.PERIODIC_NOT_PROVIDED}
        if self.notice_event is None:
            if on > due:
                found |= {ObjectionGround.NOT_ANSWERED, ObjectionGround.LATE}
        else:
            found |= {
                ObjectionGround.ANSWERED_OTHERWISE,
                ObjectionGround.NOT_FULFILLED,
                ObjectionGround.UNREASONABLE_FEES,
            }
            if self.notice_event.outcome in (NoticeOutcome.REFUSED, NoticeOutcome.PARTLY):
                found.add(ObjectionGround.REFUSAL)
            assert self.notice_on is not None
            if self.notice_on > due or (self.delivered_on is not None and self.delivered_on > due):
                found |= {ObjectionGround.NOT_ANSWERED, ObjectionGround.LATE}
        return tuple(sorted(found, key=lambda g: g.value))

    def objection_guard(self, as_of: date, entries: tuple[TimelineEntry, ...]) -> Guard:
        basis = _cite(36, 1)
        if self.withdrawn:
            return Guard(False, N_("permintaan sudah ditarik kembali"), basis)
        if self.objection_event is not None:
            return Guard(False, N_("keberatan sudah diajukan"), basis)
        open_ = self._running(Step.OBJECTION, entries)
        if open_ is not None:
            return Guard(
                True,
                N_("keberatan dapat diajukan kepada atasan PPID"),
                basis,
                open_.due,
                self.available_grounds(as_of),
            )
        assert self.notice is not None
        if self.notice_event is None and as_of <= self.notice.deadline.due:
            return Guard(
                False,
                N_("belum ada alasan keberatan: PPID masih dalam batas waktu pemberitahuan"),
                _cite(22, 8 if self.extended else 7),
                self.notice.deadline.due,
                (ObjectionGround.PERIODIC_NOT_PROVIDED,),
            )
        return Guard(False, N_("waktu pengajuan keberatan sudah lewat"), basis)

    def mediation_guard(self) -> Guard:
        basis = _cite(40, 2)
        if self.objection_event is None:
            return Guard(False, N_("mediasi hanya dalam sengketa sesudah keberatan"), basis)
        mediable = tuple(g for g in self.objection_event.grounds if g.mediable)
        if not mediable:
            return Guard(
                False,
                N_(
                    "mediasi tidak tersedia: keberatan hanya atas penolakan berdasarkan Pasal 17 "
                    "(Pasal 35 ayat (1) huruf a); sengketa diselesaikan dengan ajudikasi"
                ),
                basis,
            )
        if len(mediable) < len(self.objection_event.grounds):
            return Guard(
                True,
                N_("mediasi tersedia hanya untuk alasan selain huruf a"),
                basis,
                grounds=mediable,
            )
        return Guard(True, N_("mediasi tersedia atas pilihan para pihak"), basis, grounds=mediable)

    def dispute_guard(self, entries: tuple[TimelineEntry, ...]) -> Guard:
        if self.objection_event is None:
            return Guard(
                False,
                N_("sengketa hanya dapat diajukan sesudah proses keberatan"),
                Citation(UU_14_2008, pasal=37, ayat=1, penjelasan=True),
            )
        if self.dispute_filed:
            return Guard(False, N_("sengketa sudah diajukan"), _cite(37, 2))
        open_ = self._running(Step.DISPUTE, entries)
        if open_ is not None:
            return Guard(
                True, N_("sengketa dapat diajukan ke Komisi Informasi"), _cite(37, 2), open_.due
            )
        if self.answer is None and self._running(Step.OBJECTION_RESPONSE, entries):
            assert self.response is not None
            return Guard(
                False,
                N_("atasan PPID masih dalam waktu untuk menanggapi keberatan"),
                _cite(36, 2),
                self.response.deadline.due,
            )
        return Guard(False, N_("waktu pengajuan sengketa sudah lewat"), _cite(37, 2))

    def court_guard(self, entries: tuple[TimelineEntry, ...]) -> Guard:
        court = Court.for_body(self.body)
        reason = (
            N_("gugatan diajukan ke Pengadilan Tata Usaha Negara (Badan Publik Negara)")
            if court is Court.PTUN
            else N_("gugatan diajukan ke Pengadilan Negeri (bukan Badan Publik Negara)")
        )
        open_ = self._running(Step.COURT, entries)
        return Guard(open_ is not None, reason, court.citation, open_.due if open_ else None)

    def actions(self, status: Status, until: date | None, commission: str) -> tuple[Action, ...]:
        body = self.body
        ppid = "PPID " + body.name
        court = Court.for_body(body)
        out: list[Action] = []
        if status in (Status.AWAITING_NOTICE, Status.AWAITING_EXTENDED_NOTICE):
            out.append(
                Action(
                    Actor.PPID,
                    ppid,
                    N_("kirim pemberitahuan tertulis"),
                    _cite(22, 8 if self.extended else 7),
                    until,
                )
            )
            if not self.extended:
                out.append(
                    Action(
                        Actor.PPID,
                        ppid,
                        N_("atau perpanjang sekali 7 hari kerja dengan alasan tertulis"),
                        _cite(22, 8),
                        until,
                    )
                )
        elif status in (Status.NOTICE_OVERDUE, Status.OBJECTION_WINDOW_OPEN):
            out.append(
                Action(
                    Actor.REQUESTER,
                    None,
                    N_("ajukan keberatan tertulis kepada {target}"),
                    _cite(36, 1),
                    until,
                    body.objection_officer,
                )
            )
            if status is Status.NOTICE_OVERDUE:
                out.append(
                    Action(
                        Actor.PPID,
                        ppid,
                        N_("pemberitahuan tertulis masih wajib dikirim (terlambat)"),
                        _cite(22, 7),
                    )
                )
        elif status is Status.AWAITING_OBJECTION_RESPONSE:
            out.append(
                Action(
                    Actor.ATASAN_PPID,
                    body.objection_officer,
                    N_("tanggapi keberatan secara tertulis"),
                    _cite(36, 2),
                    until,
                )
            )
        elif status is Status.DISPUTE_WINDOW_OPEN:
            out.append(
                Action(
                    Actor.REQUESTER,
                    None,
                    N_("ajukan penyelesaian sengketa ke {target}"),
                    _cite(37, 2),
                    until,
                    commission,
                )
            )
        elif status is Status.AT_COMMISSION:
            if self.dispute_start is not None and self.dispute_start.done_on is None:
                out.append(
                    Action(
                        Actor.COMMISSION,
                        commission,
                        N_("mulai mediasi atau ajudikasi"),
                        _cite(38, 1),
                        self.dispute_start.deadline.due,
                    )
                )
            out.append(
                Action(
                    Actor.COMMISSION,
                    commission,
                    N_("selesaikan sengketa (target)"),
                    _cite(38, 2),
                    until,
                )
            )
        elif status is Status.COURT_WINDOW_OPEN:
            out.append(
                Action(
                    Actor.PARTIES,
                    None,
                    N_("nyatakan tertulis tidak menerima putusan ajudikasi, lalu ajukan gugatan"),
                    _cite(48, 1),
                    until,
                )
            )
        elif status is Status.IN_COURT:
            out.append(
                Action(
                    Actor.COURT, court.label("id"), N_("memeriksa dan memutus gugatan"), _cite(49)
                )
            )
        elif status is Status.CASSATION_WINDOW_OPEN:
            out.append(
                Action(
                    Actor.PARTIES,
                    None,
                    N_("ajukan kasasi ke Mahkamah Agung"),
                    _cite(50),
                    until,
                )
            )
        elif status is Status.AT_SUPREME_COURT:
            out.append(
                Action(
                    Actor.SUPREME_COURT,
                    "Mahkamah Agung",
                    N_("memeriksa dan memutus kasasi"),
                    _cite(50),
                )
            )
        return tuple(out)


def timeline(
    events: Iterable[Event],
    *,
    body: PublicBody | None = None,
    as_of: date | datetime,
) -> Timeline:
    """Every deadline, the status, the guards and the next steps of one request on ``as_of``.

    Args:
        events: the request's log, oldest first (see :mod:`kiplib._events`).
        body: the public body (time zone, calendar, level, atasan PPID); a Badan Publik Negara
            in WIB when omitted.
        as_of: the day to describe (a date, or an aware instant turned into the body's local
            date). It may not be before the last event.

    Raises:
        SequenceError: an event cannot happen where it stands (names the event and the rule).

    Examples:
        >>> from datetime import date, datetime, timedelta, timezone
        >>> from kiplib import RequestReceived, timeline
        >>> wib = timezone(timedelta(hours=7))
        >>> t = timeline([RequestReceived(datetime(2024, 4, 5, 9, 0, tzinfo=wib))],
        ...              as_of=date(2024, 4, 10))
        >>> t.status.value, t.status_until
        ('awaiting_notice', datetime.date(2024, 4, 29))
    """
    body = body if body is not None else DEFAULT_BODY
    log = tuple(events)
    today = local_date(as_of, body, field="as_of")
    engine = _Engine(body)
    for i, event in enumerate(log):
        engine.record(i, event)
    if engine.received is None:
        raise SequenceError(
            field="events",
            value="()",
            reason=N_("peristiwa pertama harus penerimaan permintaan informasi"),
            citation=str(_cite(22, 7)),
        )
    if log and engine.last_at is not None and today < local_date(engine.last_at, body):
        raise InvalidInputError(
            field="as_of",
            value=today.isoformat(),
            reason=N_("tidak boleh sebelum peristiwa terakhir yang dicatat"),
        )
    engine.advance(today)
    entries = engine.entries(today)
    status, until = engine.status(entries)
    commission, _why = competent_commission(body)
    actions = engine.actions(status, until, commission)
    return Timeline(
        body=body,
        as_of=today,
        events=log,
        entries=entries,
        status=status,
        status_until=until,
        objection=engine.objection_guard(today, entries),
        mediation=engine.mediation_guard(),
        dispute=engine.dispute_guard(entries),
        court=engine.court_guard(entries),
        commission=commission,
        actions=actions,
    )


def _as_log(value: Iterable[Event]) -> tuple[Event, ...]:
    return tuple(value)


def _check_log(instance: Request, _attribute: object, value: tuple[Event, ...]) -> None:
    engine = _Engine(instance.body)
    for i, event in enumerate(value):
        engine.record(i, event)


@attrs.frozen
class Request:
    """A request as an immutable, append-only log (*permohonan informasi publik*).

    :meth:`record` returns a new request with one more event, after checking it against the
    law; the old value is unchanged, so nothing recorded is ever lost or reordered.

    Examples:
        >>> from datetime import date, datetime, timedelta, timezone
        >>> from kiplib import NoticeOutcome, NoticeSent, Request, RequestReceived
        >>> wib = timezone(timedelta(hours=7))
        >>> r = Request().record(RequestReceived(datetime(2024, 4, 5, 9, 0, tzinfo=wib)))
        >>> r = r.record(NoticeSent(datetime(2024, 4, 22, 10, 0, tzinfo=wib),
        ...                         NoticeOutcome.REFUSED, exemptions=("h.2",)))
        >>> t = r.timeline(as_of=date(2024, 4, 23))
        >>> t.status.value, t.objection.allowed, [g.value for g in t.objection.grounds]
        ('objection_window_open', True, ['a', 'b', 'd', 'e', 'f'])
    """

    body: PublicBody = DEFAULT_BODY
    events: tuple[Event, ...] = attrs.field(default=(), converter=_as_log, validator=_check_log)

    def record(self, event: Event) -> Request:
        """A new request with ``event`` appended (a :class:`SequenceError` if it cannot be)."""
        return Request(self.body, (*self.events, event))

    def timeline(self, *, as_of: date | datetime) -> Timeline:
        """The :class:`Timeline` of this request on ``as_of``."""
        return timeline(self.events, body=self.body, as_of=as_of)
