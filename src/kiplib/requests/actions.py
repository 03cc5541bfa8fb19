"""Where a request stands and what can be done now, by whom: tables, not chains of ``if``.

* :data:`STATUS_RULES` — the request's :class:`~kiplib.requests.states.Status`: the first row
  whose condition holds, with the date it waits for.
* :data:`ACTIONS` — for each status, who acts, what, until when and on which article.
* Every lapsed duty (an overdue notice, an unanswered keberatan, a Komisi Informasi that has
  not begun) stays on the list of actions, with its citation, until an event answers it.
* The guards: can a keberatan be filed now and on which grounds; is mediation available; is
  the sengketa window open; which court hears a gugatan.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Final

import attrs

from kiplib.calendar.working import format_date
from kiplib.i18n import N_, gettext
from kiplib.law.citation import Citation, uu
from kiplib.law.courts import Court
from kiplib.law.objection import ObjectionGround
from kiplib.law.states import OPEN_STATES, EntryState
from kiplib.law.steps import Step
from kiplib.requests.engine import KEDALUWARSA, PUTUSAN_SELA, _Engine
from kiplib.requests.events import DisputeMode, NoticeOutcome
from kiplib.requests.states import Actor, Guard, Status, TimelineEntry

__all__ = ["ACTIONS", "STATUS_RULES", "Action"]


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
    #: The safe day has passed: done now, the step is late under some readings of "sejak X"
    #: (D-12), and ``until`` is the last day any reading allows.
    at_risk: bool = False

    def message(self, lang: str = "id") -> str:
        """``who: what (until …) [citation]`` in ``lang``."""
        what = gettext(self.what, lang).format(target=self.target or "")
        text = f"{self.who or self.actor.label(lang)}: {what}"
        if self.until is not None and self.at_risk:
            text += " " + gettext(
                N_(
                    "(hari aman sudah lewat; terlambat menurut semua cara menghitung sesudah "
                    "{date}, D-12)"
                ),
                lang,
            ).format(date=format_date(self.until, lang))
        elif self.until is not None:
            text += " " + gettext(N_("(paling lambat {date})"), lang).format(
                date=format_date(self.until, lang)
            )
        return f"{text} [{self.citation}]"


@attrs.frozen
class _Now:
    """What the tables read: the engine after the log, the entries on ``as_of``."""

    engine: _Engine
    entries: tuple[TimelineEntry, ...]
    as_of: date
    commission: str
    #: The latest open entry of each step (what the tables ask for again and again).
    _open: dict[Step, TimelineEntry] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        found = {e.deadline.step: e for e in self.entries if e.state in OPEN_STATES}
        object.__setattr__(self, "_open", found)

    def open(self, step: Step) -> TimelineEntry | None:
        """The latest entry of ``step`` that may still be taken (running or at risk)."""
        return self._open.get(step)

    @property
    def ppid(self) -> str:
        return "PPID " + self.engine.body.name

    @property
    def atasan(self) -> str:
        return self.engine.body.objection_officer


def _window(step: Step) -> Callable[[_Now], date | None]:
    def until(now: _Now) -> date | None:
        found = now.open(step)
        return found.valid_until if found is not None else None

    return until


def _none(_now: _Now) -> date | None:
    return None


def _waiting_notice(now: _Now) -> bool:
    notice = now.engine.notice
    return (
        now.engine.notice_event is None
        and notice is not None
        and now.open(notice.deadline.step) is not None
    )


def _notice_due(now: _Now) -> date | None:
    assert now.engine.notice is not None
    found = now.open(now.engine.notice.deadline.step)
    return found.valid_until if found is not None else None


def _awaiting_answer(now: _Now) -> bool:
    e = now.engine
    return (
        e.objection_event is not None
        and e.answer is None
        and (now.open(Step.OBJECTION_RESPONSE) is not None)
    )


def _response_due(now: _Now) -> date | None:
    found = now.open(Step.OBJECTION_RESPONSE)
    return found.valid_until if found is not None else None


def _at_commission_until(now: _Now) -> date | None:
    end = now.engine.dispute_end
    return end.deadline.due if end is not None else None


def _settled(now: _Now) -> bool:
    d = now.engine.decision
    return d is not None and d.mode is DisputeMode.MEDIATION


def _adjudicated(now: _Now) -> bool:
    d = now.engine.decision
    return d is not None and d.mode is DisputeMode.ADJUDICATION


@attrs.frozen
class _StatusRule:
    when: Callable[[_Now], bool]
    status: Status
    until: Callable[[_Now], date | None] = _none
    #: The step whose open window the status waits for; ``CLOSED`` when none is open.
    window: Step | None = None


#: The request's status: the first row whose condition holds.
STATUS_RULES: Final[tuple[_StatusRule, ...]] = (
    _StatusRule(lambda n: n.engine.withdrawn, Status.WITHDRAWN),
    _StatusRule(lambda n: n.engine.lapsed, Status.LAPSED),
    _StatusRule(
        lambda n: n.engine.not_accepted,
        Status.NOT_ACCEPTED,
    ),
    _StatusRule(lambda n: n.engine.cassation_filed, Status.AT_SUPREME_COURT),
    _StatusRule(
        lambda n: n.engine.court_decided,
        Status.CASSATION_WINDOW_OPEN,
        _window(Step.CASSATION),
        Step.CASSATION,
    ),
    _StatusRule(lambda n: n.engine.non_acceptance, Status.IN_COURT),
    _StatusRule(_settled, Status.CLOSED),
    _StatusRule(_adjudicated, Status.COURT_WINDOW_OPEN, _window(Step.COURT), Step.COURT),
    _StatusRule(lambda n: n.engine.dispute_filed, Status.AT_COMMISSION, _at_commission_until),
    _StatusRule(_awaiting_answer, Status.AWAITING_OBJECTION_RESPONSE, _response_due),
    _StatusRule(
        lambda n: n.engine.objection_event is not None,
        Status.DISPUTE_WINDOW_OPEN,
        _window(Step.DISPUTE),
        Step.DISPUTE,
    ),
    _StatusRule(
        lambda n: n.engine.notice_event is not None,
        Status.OBJECTION_WINDOW_OPEN,
        _window(Step.OBJECTION),
        Step.OBJECTION,
    ),
    _StatusRule(
        lambda n: _waiting_notice(n) and n.engine.extended,
        Status.AWAITING_EXTENDED_NOTICE,
        _notice_due,
    ),
    _StatusRule(_waiting_notice, Status.AWAITING_NOTICE, _notice_due),
    _StatusRule(lambda n: True, Status.NOTICE_OVERDUE, _window(Step.OBJECTION), Step.OBJECTION),
)


def status_of(now: _Now) -> tuple[Status, date | None]:
    """The status of the request, and the date it waits for."""
    for rule in STATUS_RULES:
        if rule.when(now):
            if rule.window is not None and now.open(rule.window) is None:
                return Status.CLOSED, None
            return rule.status, rule.until(now)
    raise AssertionError("the last status rule always holds")


@attrs.frozen
class _ActionSpec:
    actor: Actor
    what: str
    citation: Callable[[_Now], Citation]
    who: Callable[[_Now], str | None] = lambda n: None
    target: Callable[[_Now], str | None] = lambda n: None
    until: Callable[[_Now], date | None] | None = None  # None: the status's date
    when: Callable[[_Now], bool] = lambda n: True
    #: The step whose deadline the action meets (to tell when its safe day has passed).
    step: Callable[[_Now], Step | None] = lambda n: None


def _notice_citation(now: _Now) -> Citation:
    return uu(22, 8 if now.engine.extended else 7)


def _dispute_start_open(now: _Now) -> bool:
    start = now.engine.dispute_start
    return start is not None and start.done_on is None and start.stopped is False


def _dispute_start_due(now: _Now) -> date | None:
    start = now.engine.dispute_start
    return start.deadline.due if start is not None else None


def _notice_step(now: _Now) -> Step | None:
    notice = now.engine.notice
    return notice.deadline.step if notice is not None else None


def _step(step: Step) -> Callable[[_Now], Step | None]:
    return lambda n: step


#: What can be done in each status, by whom.
ACTIONS: Final[dict[Status, tuple[_ActionSpec, ...]]] = {
    Status.AWAITING_NOTICE: (
        _ActionSpec(
            Actor.PPID,
            N_("kirim pemberitahuan tertulis"),
            _notice_citation,
            lambda n: n.ppid,
            step=_notice_step,
        ),
        _ActionSpec(
            Actor.PPID,
            N_("atau perpanjang sekali dengan alasan tertulis"),
            lambda n: uu(22, 8),
            lambda n: n.ppid,
            step=_notice_step,
        ),
    ),
    Status.AWAITING_EXTENDED_NOTICE: (
        _ActionSpec(
            Actor.PPID,
            N_("kirim pemberitahuan tertulis"),
            _notice_citation,
            lambda n: n.ppid,
            step=_notice_step,
        ),
    ),
    Status.NOTICE_OVERDUE: (
        _ActionSpec(
            Actor.REQUESTER,
            N_("ajukan keberatan tertulis kepada {target}"),
            lambda n: uu(36, 1),
            target=lambda n: n.atasan,
            step=_step(Step.OBJECTION),
        ),
    ),
    Status.OBJECTION_WINDOW_OPEN: (
        _ActionSpec(
            Actor.REQUESTER,
            N_("ajukan keberatan tertulis kepada {target}"),
            lambda n: uu(36, 1),
            target=lambda n: n.atasan,
            step=_step(Step.OBJECTION),
        ),
    ),
    Status.AWAITING_OBJECTION_RESPONSE: (
        _ActionSpec(
            Actor.ATASAN_PPID,
            N_("tanggapi keberatan secara tertulis"),
            lambda n: uu(36, 2),
            lambda n: n.atasan,
            step=_step(Step.OBJECTION_RESPONSE),
        ),
    ),
    Status.DISPUTE_WINDOW_OPEN: (
        _ActionSpec(
            Actor.REQUESTER,
            N_("ajukan penyelesaian sengketa ke {target}"),
            lambda n: uu(37, 2),
            target=lambda n: n.commission,
            step=_step(Step.DISPUTE),
        ),
    ),
    Status.AT_COMMISSION: (
        _ActionSpec(
            Actor.COMMISSION,
            N_("mulai mediasi atau ajudikasi"),
            lambda n: uu(38, 1),
            lambda n: n.commission,
            until=_dispute_start_due,
            when=_dispute_start_open,
            step=_step(Step.DISPUTE_START),
        ),
        _ActionSpec(
            Actor.COMMISSION,
            N_("selesaikan sengketa (target)"),
            lambda n: uu(38, 2),
            lambda n: n.commission,
        ),
    ),
    Status.COURT_WINDOW_OPEN: (
        _ActionSpec(
            Actor.PARTIES,
            N_("nyatakan tertulis tidak menerima putusan ajudikasi, lalu ajukan gugatan"),
            lambda n: uu(48, 1),
            step=_step(Step.COURT),
        ),
    ),
    Status.IN_COURT: (
        _ActionSpec(
            Actor.COURT,
            N_("memeriksa dan memutus gugatan"),
            lambda n: uu(49),
            lambda n: Court.for_body(n.engine.body).label("id"),
        ),
    ),
    Status.CASSATION_WINDOW_OPEN: (
        _ActionSpec(
            Actor.PARTIES,
            N_("ajukan kasasi ke Mahkamah Agung"),
            lambda n: uu(50),
            step=_step(Step.CASSATION),
        ),
    ),
    Status.AT_SUPREME_COURT: (
        _ActionSpec(
            Actor.SUPREME_COURT,
            N_("memeriksa dan memutus kasasi"),
            lambda n: uu(50),
            lambda n: "Mahkamah Agung",
        ),
    ),
}

#: What a lapsed duty still asks of whom (it stays until an event answers it).
_LAPSED: Final = {
    Step.NOTICE: (Actor.PPID, N_("pemberitahuan tertulis masih wajib dikirim (terlambat)")),
    Step.NOTICE_EXTENDED: (
        Actor.PPID,
        N_("pemberitahuan tertulis masih wajib dikirim (terlambat)"),
    ),
    Step.OBJECTION_RESPONSE: (
        Actor.ATASAN_PPID,
        N_("tanggapan atas keberatan masih wajib diberikan (terlambat)"),
    ),
    Step.DISPUTE_START: (Actor.COMMISSION, N_("mediasi atau ajudikasi belum dimulai (terlambat)")),
}


def actions_of(now: _Now, status: Status, until: date | None) -> tuple[Action, ...]:
    """What can be done now, by whom: the status's actions, the lapsed duties, warnings."""
    out = []
    for spec in ACTIONS.get(status, ()):
        if not spec.when(now):
            continue
        step = spec.step(now)
        entry = now.open(step) if step is not None else None
        at_risk = entry is not None and entry.state is EntryState.AT_RISK
        out.append(
            Action(
                spec.actor,
                spec.who(now),
                spec.what,
                spec.citation(now),
                entry.latest
                if entry is not None and at_risk
                else spec.until(now)
                if spec.until is not None
                else until,
                spec.target(now),
                at_risk,
            )
        )
    who: dict[Actor, str] = {}
    for entry in now.entries:
        lapsed = _LAPSED.get(entry.step) if entry.state is EntryState.OVERDUE else None
        if lapsed is not None:
            actor, what = lapsed
            if not who:
                who = {
                    Actor.PPID: now.ppid,
                    Actor.ATASAN_PPID: now.atasan,
                    Actor.COMMISSION: now.commission,
                }
            out.append(Action(actor, who[actor], what, entry.deadline.citation))
    if now.engine.objection_late and not now.engine.dispute_filed and not now.engine.closed:
        out.append(
            Action(
                Actor.REQUESTER,
                None,
                N_(
                    "keberatan diajukan terlambat: sengketa ke {target} akan dinyatakan kedaluwarsa"
                ),
                KEDALUWARSA,
                target=now.commission,
            )
        )
    return tuple(out)


# --------------------------------------------------------------------------- guards
def available_grounds(engine: _Engine, on: date) -> tuple[ObjectionGround, ...]:
    """The grounds of Pasal 35 ayat (1) the facts recorded so far support on ``on``."""
    assert engine.notice is not None
    notice = engine.notice.deadline
    found = {ObjectionGround.PERIODIC_NOT_PROVIDED}
    if engine.notice_event is None:
        if on > notice.latest:
            found |= {ObjectionGround.NOT_ANSWERED, ObjectionGround.LATE}
    else:
        found |= {
            ObjectionGround.ANSWERED_OTHERWISE,
            ObjectionGround.NOT_FULFILLED,
            ObjectionGround.UNREASONABLE_FEES,
        }
        if engine.notice_event.outcome in (NoticeOutcome.REFUSED, NoticeOutcome.PARTLY):
            found.add(ObjectionGround.REFUSAL)
        assert engine.notice_on is not None
        late = engine.notice_on > notice.due or (
            engine.delivered_on is not None and engine.delivered_on > notice.due
        )
        if late:
            found |= {ObjectionGround.NOT_ANSWERED, ObjectionGround.LATE}
    return tuple(sorted(found, key=lambda g: g.value))


def objection_guard(now: _Now) -> Guard:
    engine = now.engine
    basis = uu(36, 1)
    if engine.withdrawn:
        return Guard(False, N_("permintaan sudah ditarik kembali"), basis)
    if engine.objection_event is not None:
        return Guard(False, N_("keberatan sudah diajukan"), basis)
    open_ = now.open(Step.OBJECTION)
    if open_ is not None:
        return Guard(
            True,
            N_("keberatan dapat diajukan kepada atasan PPID"),
            basis,
            open_.valid_until,
            available_grounds(engine, now.as_of),
        )
    assert engine.notice is not None
    if engine.notice_event is None and now.as_of <= engine.notice.deadline.latest:
        return Guard(
            False,
            N_("belum ada alasan keberatan: PPID masih dalam batas waktu pemberitahuan"),
            uu(22, 8 if engine.extended else 7),
            engine.notice.deadline.latest,
            (ObjectionGround.PERIODIC_NOT_PROVIDED,),
        )
    return Guard(False, N_("waktu pengajuan keberatan sudah lewat"), basis)


def mediation_guard(now: _Now) -> Guard:
    engine = now.engine
    basis = uu(40, 2)
    if engine.objection_event is None:
        return Guard(False, N_("mediasi hanya dalam sengketa sesudah keberatan"), basis)
    grounds = engine.objection_event.grounds
    mediable = tuple(g for g in grounds if g.mediable)
    if not mediable:
        return Guard(
            False,
            N_(
                "mediasi tidak tersedia: keberatan hanya atas penolakan berdasarkan Pasal 17 "
                "(Pasal 35 ayat (1) huruf a); sengketa diselesaikan dengan ajudikasi"
            ),
            basis,
        )
    if len(mediable) < len(grounds):
        return Guard(
            True, N_("mediasi tersedia hanya untuk alasan selain huruf a"), basis, grounds=mediable
        )
    return Guard(True, N_("mediasi tersedia atas pilihan para pihak"), basis, grounds=mediable)


def dispute_guard(now: _Now) -> Guard:
    engine = now.engine
    if engine.objection_event is None:
        return Guard(
            False,
            N_("sengketa hanya dapat diajukan sesudah proses keberatan"),
            Citation("UU 14/2008", pasal=37, ayat=1, penjelasan=True),
        )
    if engine.dispute_filed:
        return Guard(False, N_("sengketa sudah diajukan"), uu(37, 2))
    if engine.objection_late:
        return Guard(
            False,
            N_("keberatan diajukan terlambat: sengketa akan dinyatakan kedaluwarsa"),
            KEDALUWARSA,
        )
    open_ = now.open(Step.DISPUTE)
    if open_ is not None:
        return Guard(
            True, N_("sengketa dapat diajukan ke Komisi Informasi"), uu(37, 2), open_.valid_until
        )
    response = now.open(Step.OBJECTION_RESPONSE)
    if engine.answer is None and response is not None:
        return Guard(
            False,
            N_("atasan PPID masih dalam waktu untuk menanggapi keberatan"),
            uu(36, 2),
            response.deadline.latest,
        )
    if engine.not_accepted:
        return Guard(False, N_("permohonan sengketa tidak diterima"), PUTUSAN_SELA)
    return Guard(False, N_("waktu pengajuan sengketa sudah lewat"), uu(37, 2))


def court_guard(now: _Now) -> Guard:
    court = Court.for_body(now.engine.body)
    reason = (
        N_("gugatan diajukan ke Pengadilan Tata Usaha Negara (Badan Publik Negara)")
        if court is Court.PTUN
        else N_("gugatan diajukan ke Pengadilan Negeri (bukan Badan Publik Negara)")
    )
    open_ = now.open(Step.COURT)
    return Guard(open_ is not None, reason, court.citation, open_.due if open_ else None)
