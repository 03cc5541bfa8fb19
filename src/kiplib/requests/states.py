"""Where a request and each of its deadlines stand: the vocabulary of a timeline.

:class:`EntryState` (running, met, late, overdue, expired, superseded, stopped) for one
deadline, :class:`Status` for the request as a whole, :class:`Actor` for who must act on each
step, :class:`TimelineEntry` (a deadline with its state) and :class:`Guard` (whether a step
may be taken now, why, until when, on which article).
"""

from __future__ import annotations

__all__ = [
    "STEP_ACTORS",
    "Actor",
    "EntryState",
    "Guard",
    "Status",
    "TimelineEntry",
]

from datetime import date
from typing import Final

import attrs

from kiplib.calendar.working import WorkingCalendar, format_date
from kiplib.deadlines import Deadline
from kiplib.i18n import N_, LabelledEnum, gettext
from kiplib.law.citation import Citation
from kiplib.law.objection import ObjectionGround
from kiplib.law.steps import Step


class EntryState(LabelledEnum):
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


_STATE_LABELS: Final = {
    EntryState.RUNNING: N_("berjalan"),
    EntryState.MET: N_("dipenuhi"),
    EntryState.LATE: N_("dipenuhi terlambat"),
    EntryState.OVERDUE: N_("terlewat"),
    EntryState.EXPIRED: N_("lewat tanpa digunakan"),
    EntryState.SUPERSEDED: N_("digantikan"),
    EntryState.STOPPED: N_("dihentikan"),
}
EntryState.set_labels(_STATE_LABELS)


class Status(LabelledEnum):
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
Status.set_labels(_STATUS_LABELS)


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

    def explain(self, lang: str = "id", *, calendar: WorkingCalendar | None = None) -> str:
        """The deadline's own explanation, with the state and the convention note
        (``calendar``: for an entry read back from a document, see
        :meth:`kiplib.Timeline.explain`)."""
        lines = [self.deadline.explain(lang, calendar=calendar)]
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


# --------------------------------------------------------------------------- vocabulary
class Actor(LabelledEnum):
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


_ACTOR_LABELS: Final = {
    Actor.REQUESTER: N_("pemohon informasi"),
    Actor.PPID: N_("PPID"),
    Actor.ATASAN_PPID: N_("atasan PPID"),
    Actor.COMMISSION: N_("Komisi Informasi"),
    Actor.PARTIES: N_("para pihak"),
    Actor.COURT: N_("pengadilan"),
    Actor.SUPREME_COURT: N_("Mahkamah Agung"),
}
Actor.set_labels(_ACTOR_LABELS)


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
