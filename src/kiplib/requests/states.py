"""Where a request and each of its deadlines stand: the vocabulary of a timeline.

:class:`~kiplib.law.EntryState` (one meaning for every computation: :mod:`kiplib.law.states`)
for one deadline, :class:`Status` for the request as a whole, :class:`Actor` for who must act
on each step, :class:`TimelineEntry` (a deadline with its state), :class:`Guard` (whether a
step may be taken now, why, until when, on which article) and :class:`Defect` (what is wrong
with an event that was recorded, and what the law makes of it).
"""

from __future__ import annotations

__all__ = [
    "STEP_ACTORS",
    "Actor",
    "Defect",
    "EntryState",
    "Guard",
    "Status",
    "TimelineEntry",
]

from datetime import date
from typing import TYPE_CHECKING, Final

import attrs

from kiplib.calendar.working import WorkingCalendar, format_date
from kiplib.deadlines import Deadline
from kiplib.i18n import N_, LabelledEnum, gettext
from kiplib.law.citation import Citation
from kiplib.law.objection import ObjectionGround
from kiplib.law.states import EntryState
from kiplib.law.steps import Step

if TYPE_CHECKING:  # pragma: no cover
    from kiplib.law.bodies import PublicBody
    from kiplib.rulebook.book import RuleBook


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
    #: The Komisi Informasi did not accept the application (putusan sela, Perki 1/2013 Pasal 36).
    NOT_ACCEPTED = "not_accepted"
    #: The application lapsed (*gugur*): the applicant was absent twice without a valid reason.
    LAPSED = "lapsed"


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
    Status.NOT_ACCEPTED: N_("permohonan sengketa tidak diterima (putusan sela)"),
    Status.LAPSED: N_("permohonan sengketa gugur"),
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
        valid_until: the last day ``state`` holds without a new event (``None``: until an
            event changes it; :func:`kiplib.law.step_state`).
    """

    deadline: Deadline
    state: EntryState
    actor: Actor
    done_on: date | None = None
    note: str | None = None
    valid_until: date | None = None

    @property
    def step(self) -> Step:
        """The step."""
        return self.deadline.step

    @property
    def due(self) -> date:
        """The day the party that acts is safe by, under every reading (``Deadline.due``)."""
        return self.deadline.due

    @property
    def latest(self) -> date:
        """The last day any reading allows: the party is late only after it
        (``Deadline.latest``)."""
        return self.deadline.latest

    def explain(
        self,
        lang: str = "id",
        *,
        calendar: WorkingCalendar | None = None,
        rules: RuleBook | None = None,
        body: PublicBody | None = None,
    ) -> str:
        """The deadline's own explanation, with the state and the convention note (for an
        entry read back from a document: ``calendar``, or the rule book and body it was
        counted for, as :meth:`kiplib.Deadline.explain` takes them; see
        :meth:`kiplib.Timeline.explain`)."""
        lines = [self.deadline.explain(lang, calendar=calendar, rules=rules, body=body)]
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
    Step.MEDIATION: Actor.COMMISSION,
    Step.MEDIATION_EXTENDED: Actor.COMMISSION,
    Step.COURT: Actor.PARTIES,
    Step.CASSATION: Actor.PARTIES,
}


@attrs.frozen
class Defect:
    """Something wrong with an event that really happened, and what the law makes of it.

    kiplib records every event that can have happened — a sengketa filed too early, a
    keberatan filed after its window, a second extension — and says what is wrong with it;
    only what cannot have happened is refused (:class:`~kiplib.errors.SequenceError`).

    Attributes:
        event: the event's place in the log (``events[event]``).
        code: a stable code (``premature-dispute``, ``late-objection`` …).
        reason: what is wrong, in Bahasa Indonesia (:meth:`message` translates it).
        citation: the article it breaks.
        consequence: what follows, when the law says (e.g. a putusan sela that does not accept
            the application), in Bahasa Indonesia.
        consequence_citation: the article or decision of that consequence.
        params: the values the texts name (``{due}`` …).
    """

    event: int
    code: str
    reason: str
    citation: Citation
    consequence: str | None = None
    consequence_citation: Citation | None = None
    params: dict[str, str] = attrs.field(factory=dict)

    def message(self, lang: str = "id") -> str:
        """``events[i]: what is wrong [article] — consequence [article]`` in ``lang``."""
        text = gettext(self.reason, lang).format_map(_Missing(self.params))
        out = f"events[{self.event}]: {text} [{self.citation}]"
        if self.consequence is not None:
            consequence = gettext(self.consequence, lang).format_map(_Missing(self.params))
            cite = f" [{self.consequence_citation}]" if self.consequence_citation else ""
            out += f" — {consequence}{cite}"
        return out


class _Missing(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
