"""Reads a request's event log once, in order, checking each event against the law (UU 14/2008
Pasal 22 and 35–50) and opening, meeting or stopping the clocks it touches.

Two conventions decide the clocks that silence starts:

* D-8 — no notice by the deadline is itself a ground (Pasal 35 ayat (1) huruf c and g): the
  keberatan window runs from the day after the lapsed deadline.
* An unanswered keberatan opens the sengketa window at the end of the atasan's 30 hari kerja
  (Perki 1/2013).
"""

from __future__ import annotations

__all__ = []

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Final

import attrs

from kiplib.deadlines import Deadline, deadline_for, local_date
from kiplib.errors import InvalidInputError, SequenceError
from kiplib.i18n import N_
from kiplib.law.citation import UU_14_2008, Citation, uu
from kiplib.law.courts import Court
from kiplib.law.objection import ObjectionGround
from kiplib.law.steps import Step
from kiplib.requests.actions import Action
from kiplib.requests.events import (
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
    RequestReceived,
    Withdrawn,
)
from kiplib.requests.states import (
    _WINDOWS,
    STEP_ACTORS,
    Actor,
    EntryState,
    Guard,
    Status,
    TimelineEntry,
)
from kiplib.rulebook.book import BodyRules

_ONE_DAY: Final = timedelta(days=1)


_Fail = Callable[..., SequenceError]


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
    "berakhirnya waktu tanggapan itu (Perki 1/2013 Pasal 13 huruf b)"
)


class _Engine:
    """Reads a log once, in order, checking each event against the rules it must follow."""

    def __init__(self, where: BodyRules) -> None:
        self.where = where
        #: The body as the rule book settles it (its zone, after-hours policy, calendar).
        self.body = where.body
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
        opened = _Open(deadline_for(step, start, self.where), note=note)
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
                uu(22, 7),
                last=self.last_at.isoformat(),
            )
        if self.withdrawn:
            raise fail(N_("permintaan sudah ditarik kembali"), uu(22, 7))
        on = local_date(event.at, self.body, field=field + ".at")
        if self.received is None and not isinstance(event, RequestReceived):
            if isinstance(event, ObjectionFiled):
                raise fail(N_("keberatan diajukan sebelum ada permintaan informasi"), uu(35, 1))
            raise fail(N_("peristiwa pertama harus penerimaan permintaan informasi"), uu(22, 7))
        self.advance(on)
        closed = self.decision is not None and self.decision.mode is DisputeMode.MEDIATION
        if closed and not isinstance(event, InformationDelivered | Withdrawn):
            raise fail(
                N_("putusan mediasi bersifat final dan mengikat; perkara sudah selesai"), uu(39)
            )

        if isinstance(event, RequestReceived):
            if self.received is not None:
                raise fail(N_("permintaan ini sudah diterima sebelumnya"), uu(22, 4))
            self.received, self.received_at = on, event.at
            self.notice = self._add(Step.NOTICE, event.at)
        elif isinstance(event, ExtensionDeclared):
            assert self.notice is not None and self.received_at is not None
            if self.extended:
                raise fail(N_("perpanjangan hanya dapat diberikan satu kali"), uu(22, 8))
            if self.notice_event is not None:
                raise fail(N_("pemberitahuan tertulis sudah dikirim"), uu(22, 8))
            if on > self.notice.deadline.due:
                raise fail(
                    N_("perpanjangan diberikan sesudah batas 10 hari kerja ({due}) lewat"),
                    uu(22, 8),
                    due=self.notice.deadline.due.isoformat(),
                )
            self.notice.superseded = True
            self.notice = self._add(Step.NOTICE_EXTENDED, self.received_at)
            self.extended = True
        elif isinstance(event, NoticeSent):
            if self.notice_event is not None:
                raise fail(N_("pemberitahuan tertulis sudah dikirim"), uu(22, 7))
            self._done(self.notice, on)
            self.notice_event, self.notice_on = event, on
            # The ground of a keberatan (if any) is found when the notice arrives.
            self._add(Step.OBJECTION, event.at)
        elif isinstance(event, InformationDelivered):
            if self.notice_event is None:
                raise fail(N_("informasi diserahkan sebelum pemberitahuan tertulis"), uu(22, 7))
            self.delivered_on = on
        elif isinstance(event, ObjectionFiled):
            self._check_objection(event, on, fail)
            self._use_window(Step.OBJECTION, on)
            self.objection_event = event
            self.response = self._add(Step.OBJECTION_RESPONSE, event.at)
        elif isinstance(event, ObjectionAnswered):
            if self.objection_event is None:
                raise fail(N_("belum ada keberatan yang dapat ditanggapi"), uu(36, 2))
            if self.answer is not None:
                raise fail(N_("keberatan ini sudah ditanggapi"), uu(36, 2))
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
                raise fail(N_("sengketa ini sudah diajukan"), uu(37, 2))
            assert self.response is not None
            if self.answer is None and on <= self.response.deadline.due:
                raise fail(
                    N_(
                        "atasan PPID masih dalam waktu 30 hari kerja untuk menanggapi "
                        "(sampai {due})"
                    ),
                    uu(36, 2),
                    due=self.response.deadline.due.isoformat(),
                )
            self._use_window(Step.DISPUTE, on)
            self.dispute_filed = True
            self.dispute_start = self._add(Step.DISPUTE_START, event.at)
            self.dispute_end = self._add(Step.DISPUTE_END, event.at)
        elif isinstance(event, DisputeStarted):
            if not self.dispute_filed:
                raise fail(N_("belum ada sengketa di Komisi Informasi"), uu(38, 1))
            if self.decision is not None:
                raise fail(N_("Komisi Informasi sudah memutus sengketa ini"), uu(38, 2))
            if event.mode is DisputeMode.MEDIATION:
                assert self.objection_event is not None
                if not any(g.mediable for g in self.objection_event.grounds):
                    raise fail(
                        N_(
                            "mediasi tidak tersedia untuk keberatan atas penolakan berdasarkan "
                            "Pasal 17 (Pasal 35 ayat (1) huruf a)"
                        ),
                        uu(40, 2),
                    )
                if self.modes:
                    raise fail(N_("mediasi sudah dimulai"), uu(40, 1))
            elif DisputeMode.ADJUDICATION in self.modes:
                raise fail(N_("ajudikasi sudah dimulai"), uu(42))
            self._done(self.dispute_start, on)
            self.modes.append(event.mode)
        elif isinstance(event, DisputeDecided):
            if event.mode not in self.modes:
                raise fail(
                    N_("putusan {mode} tanpa {mode} yang dimulai"),
                    uu(38, 1),
                    mode=event.mode.value,
                )
            if self.decision is not None:
                raise fail(N_("Komisi Informasi sudah memutus sengketa ini"), uu(38, 2))
            self._done(self.dispute_end, on)
            self.decision = event
            if event.mode is DisputeMode.ADJUDICATION:
                self.court_window = self._add(Step.COURT, event.at)
            else:  # a mediation agreement is final and binding (Pasal 39): clocks stop
                self._stop(on)
        elif isinstance(event, NonAcceptanceFiled):
            if self.court_window is None:
                raise fail(N_("belum ada putusan ajudikasi Komisi Informasi"), uu(48, 1))
            if self.non_acceptance:
                raise fail(N_("pernyataan tidak menerima putusan sudah diajukan"), uu(48, 1))
            self._done(self.court_window, on)
            self.non_acceptance = True
        elif isinstance(event, CourtDecided):
            if not self.non_acceptance:
                raise fail(N_("belum ada gugatan di pengadilan"), uu(47))
            if self.court_decided:
                raise fail(N_("pengadilan sudah memutus gugatan ini"), uu(50))
            self.court_decided = True
            self.cassation_window = self._add(Step.CASSATION, event.at)
        elif isinstance(event, CassationFiled):
            if self.cassation_window is None:
                raise fail(N_("belum ada putusan PTUN atau pengadilan negeri"), uu(50))
            if self.cassation_filed:
                raise fail(N_("kasasi sudah diajukan"), uu(50))
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
            raise fail(N_("keberatan atas permintaan ini sudah diajukan"), uu(35, 1))
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
                uu(36, 1),
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
        basis = uu(36, 1)
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
                uu(22, 8 if self.extended else 7),
                self.notice.deadline.due,
                (ObjectionGround.PERIODIC_NOT_PROVIDED,),
            )
        return Guard(False, N_("waktu pengajuan keberatan sudah lewat"), basis)

    def mediation_guard(self) -> Guard:
        basis = uu(40, 2)
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
            return Guard(False, N_("sengketa sudah diajukan"), uu(37, 2))
        open_ = self._running(Step.DISPUTE, entries)
        if open_ is not None:
            return Guard(
                True, N_("sengketa dapat diajukan ke Komisi Informasi"), uu(37, 2), open_.due
            )
        if self.answer is None and self._running(Step.OBJECTION_RESPONSE, entries):
            assert self.response is not None
            return Guard(
                False,
                N_("atasan PPID masih dalam waktu untuk menanggapi keberatan"),
                uu(36, 2),
                self.response.deadline.due,
            )
        return Guard(False, N_("waktu pengajuan sengketa sudah lewat"), uu(37, 2))

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
                    uu(22, 8 if self.extended else 7),
                    until,
                )
            )
            if not self.extended:
                out.append(
                    Action(
                        Actor.PPID,
                        ppid,
                        N_("atau perpanjang sekali 7 hari kerja dengan alasan tertulis"),
                        uu(22, 8),
                        until,
                    )
                )
        elif status in (Status.NOTICE_OVERDUE, Status.OBJECTION_WINDOW_OPEN):
            out.append(
                Action(
                    Actor.REQUESTER,
                    None,
                    N_("ajukan keberatan tertulis kepada {target}"),
                    uu(36, 1),
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
                        uu(22, 7),
                    )
                )
        elif status is Status.AWAITING_OBJECTION_RESPONSE:
            out.append(
                Action(
                    Actor.ATASAN_PPID,
                    body.objection_officer,
                    N_("tanggapi keberatan secara tertulis"),
                    uu(36, 2),
                    until,
                )
            )
        elif status is Status.DISPUTE_WINDOW_OPEN:
            out.append(
                Action(
                    Actor.REQUESTER,
                    None,
                    N_("ajukan penyelesaian sengketa ke {target}"),
                    uu(37, 2),
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
                        uu(38, 1),
                        self.dispute_start.deadline.due,
                    )
                )
            out.append(
                Action(
                    Actor.COMMISSION,
                    commission,
                    N_("selesaikan sengketa (target)"),
                    uu(38, 2),
                    until,
                )
            )
        elif status is Status.COURT_WINDOW_OPEN:
            out.append(
                Action(
                    Actor.PARTIES,
                    None,
                    N_("nyatakan tertulis tidak menerima putusan ajudikasi, lalu ajukan gugatan"),
                    uu(48, 1),
                    until,
                )
            )
        elif status is Status.IN_COURT:
            out.append(
                Action(Actor.COURT, court.label("id"), N_("memeriksa dan memutus gugatan"), uu(49))
            )
        elif status is Status.CASSATION_WINDOW_OPEN:
            out.append(
                Action(
                    Actor.PARTIES,
                    None,
                    N_("ajukan kasasi ke Mahkamah Agung"),
                    uu(50),
                    until,
                )
            )
        elif status is Status.AT_SUPREME_COURT:
            out.append(
                Action(
                    Actor.SUPREME_COURT,
                    "Mahkamah Agung",
                    N_("memeriksa dan memutus kasasi"),
                    uu(50),
                )
            )
        return tuple(out)
