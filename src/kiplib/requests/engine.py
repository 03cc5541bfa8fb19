"""Reads a request's event log once, in order: one handler per event type opens, meets or
stops the clocks the event touches (UU 14/2008 Pasal 22 and 35–50; Perki 1/2013).

**Record what happened; flag what is wrong with it.** An event that can have happened is
always recorded — a sengketa filed before the atasan's time ran out or without a keberatan, a
keberatan filed after its window, a second extension — and what is wrong with it becomes a
:class:`~kiplib.requests.states.Defect` naming the article and, where the law says, what
follows (a *putusan sela* that does not accept the application, Perki 1/2013 Pasal 36; a
sengketa held *kedaluwarsa*). Only what cannot have happened raises
:class:`~kiplib.errors.SequenceError`: an event before the request, time running backwards, a
second receipt of one request, an answer to a keberatan never filed, a decision on a sengketa
never brought.

Two conventions decide the clocks that silence starts, each opened once the lapse is certain
under every counting practice (the deadline's ``latest``) and closing on the earliest day any
practice closes it (its ``due`` counted from the earliest lapse; D-12):

* D-8 — no notice by the deadline is itself a ground (Pasal 35 ayat (1) huruf c and g): the
  keberatan window runs from the day after the lapsed deadline.
* An unanswered keberatan opens the sengketa window at the end of the atasan's 30 hari kerja
  (Perki 1/2013 Pasal 13 huruf b).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any, Final

import attrs

from kiplib.deadlines import Deadline, _local_in, _planned, deadline_for, local_date
from kiplib.errors import NoRuleInForceError, SequenceError
from kiplib.i18n import N_
from kiplib.law.citation import PERKI_1_2013, Citation, uu
from kiplib.law.courts import DECISION_COPY_WORKING_DAYS
from kiplib.law.objection import ObjectionGround
from kiplib.law.states import OPEN_STATES, step_state
from kiplib.law.steps import LAW_IN_FORCE, Step
from kiplib.requests.events import (
    ApplicantAbsent,
    CassationFiled,
    CourtDecided,
    DecisionCopyReceived,
    DisputeDecided,
    DisputeFiled,
    DisputeMode,
    DisputeStarted,
    Event,
    ExtensionDeclared,
    InformationDelivered,
    InterimDecision,
    MediationExtended,
    NonAcceptanceFiled,
    NoticeOutcome,
    NoticeSent,
    ObjectionAnswered,
    ObjectionFiled,
    RequestReceived,
    Withdrawn,
)
from kiplib.requests.states import STEP_ACTORS, Defect, TimelineEntry
from kiplib.rulebook.book import BodyRules, RuleBook

__all__: list[str] = []

_ONE_DAY: Final = timedelta(days=1)

_NOTE_SILENCE: Final = N_(
    "D-8: tidak ada pemberitahuan sampai batas waktunya; itu sendiri alasan keberatan "
    "(Pasal 35 ayat (1) huruf c dan g), ditemukan pada hari sesudah batas waktu itu"
)
_NOTE_SILENT_ATASAN: Final = N_(
    "Atasan PPID tidak menanggapi dalam 30 hari kerja: waktu pengajuan sengketa dihitung sejak "
    "berakhirnya waktu tanggapan itu (Perki 1/2013 Pasal 13 huruf b)"
)
#: The same notes where the national floor set the window's last day (D-13).
_FLOORED: Final = {
    _NOTE_SILENCE: N_(
        "D-8: tidak ada pemberitahuan sampai batas waktunya; itu sendiri alasan keberatan "
        "(Pasal 35 ayat (1) huruf c dan g), ditemukan pada hari sesudah batas waktu itu. "
        "Hari terakhirnya dihitung dari batas waktu pemberitahuan menurut UU 14/2008 sendiri "
        "(Pasal 22): aturan daerah yang lebih ketat tidak memperpendek waktu pemohon (D-13)"
    ),
    _NOTE_SILENT_ATASAN: N_(
        "Atasan PPID tidak menanggapi dalam 30 hari kerja: waktu pengajuan sengketa dihitung sejak "
        "berakhirnya waktu tanggapan itu (Perki 1/2013 Pasal 13 huruf b). Hari terakhirnya "
        "dihitung dari waktu tanggapan menurut UU 14/2008 sendiri (Pasal 36 ayat (2)): aturan "
        "daerah yang lebih ketat tidak memperpendek waktu pemohon (D-13)"
    ),
}
_NOTE_FROM_READING: Final = N_(
    "Salinan putusan belum tercatat diterima (UU 14/2008 Pasal 48 ayat (1): sejak putusan "
    "diterima): hari aman dihitung sejak putusan dibacakan, hari terakhir sejak hari terakhir "
    "salinan wajib dikirim (Perki 1/2013 Pasal 59); catat tanggal salinan diterima"
)

#: Perki 1/2013 Pasal 36: a putusan sela on competence, standing and the filing deadline.
PUTUSAN_SELA: Final = Citation(PERKI_1_2013, pasal=36)
#: KI Jawa Barat held a sengketa kedaluwarsa because the keberatan before it was late.
KEDALUWARSA: Final = Citation(
    "Komisi Informasi Provinsi Jawa Barat Reg. 2382/K-A40/PSI/KI-JBR/V/2024"
)
_NO_EFFECT: Final = N_("dicatat, tanpa akibat hukum")
_NOT_ACCEPTED: Final = N_(
    "Komisi Informasi akan menyatakan permohonan tidak diterima dengan putusan sela"
)
_TIME_BARRED: Final = N_("sengketa atas keberatan ini akan dinyatakan kedaluwarsa")


@attrs.define
class _Clock:
    """A deadline being built (mutable while the log is read, frozen into an entry)."""

    deadline: Deadline
    done_on: date | None = None
    superseded: bool = False
    stopped: bool = False
    note: str | None = None


class _Engine:
    """Reads a log once, in order; :meth:`record` dispatches each event to its handler."""

    # What the log has said so far. The immutable ones start as class attributes (an engine is
    # made for every timeline: only what an event changes is set on the instance).
    index = 0
    received: date | None = None
    received_at: datetime | None = None
    notice: _Clock | None = None
    extended = False
    notice_event: NoticeSent | None = None
    notice_on: date | None = None
    delivered_on: date | None = None
    silence: _Clock | None = None
    objection_event: ObjectionFiled | None = None
    objection_late = False
    response: _Clock | None = None
    answer: ObjectionAnswered | None = None
    silent_atasan: _Clock | None = None
    dispute_filed = False
    dispute_start: _Clock | None = None
    dispute_end: _Clock | None = None
    mediation: _Clock | None = None
    mediation_extended = False
    absences = 0
    interim: InterimDecision | None = None
    #: A putusan sela did not accept the application, and nothing can be filed again.
    not_accepted = False
    #: The pending application was filed while the atasan PPID still had time.
    premature = False
    #: An application was not accepted as premature: the requester may file again.
    refiled_possible = False
    decision: DisputeDecided | None = None
    court_window: _Clock | None = None
    copy_received = False
    non_acceptance = False
    court_decided = False
    cassation_window: _Clock | None = None
    cassation_filed = False
    withdrawn = False
    lapsed = False
    last_at: datetime | None = None

    def __init__(self, where: BodyRules) -> None:
        self.where = where
        #: The body as the rule book settles it (its zone, after-hours policy, calendar).
        self.body = where.body
        self.zone = where.body.zone
        self.clocks: list[_Clock] = []
        self.defects: list[Defect] = []
        self.modes: list[DisputeMode] = []

    # ------------------------------------------------------------------ helpers
    def _add(
        self, step: Step, start: date | datetime, note: str | None = None, on: date | None = None
    ) -> _Clock | None:
        """Open the clock of ``step`` started at ``start`` (``on``: its local date, when the
        caller has it already)."""
        try:
            if on is None:
                found = deadline_for(step, start, self.where)
            else:
                found = _planned(step, start, on, self.where)
            opened = _Clock(found, note=note)
        except NoRuleInForceError:
            return None  # no rule of that step was in force then (Perki 1/2013 from 2013)
        self.clocks.append(opened)
        return opened

    def _add_lapse(self, step: Step, after: Deadline, note: str, *, next_day: bool) -> _Clock:
        """A window that opens on the other side's lapse: counted from the earliest lapse
        (safe for who acts), its last day from the latest (late under every practice)."""
        shift = _ONE_DAY if next_day else timedelta(0)
        early = deadline_for(step, after.due + shift, self.where)
        latest = deadline_for(step, after.latest + shift, self.where).latest
        if not self.where.is_national:
            # The national floor (D-13): a district's shorter time lapses sooner, but the
            # window its lapse opens never closes before the one the UU's own time opens.
            # The body with its own settings and no district receipt policy, under the
            # national law alone.
            national = RuleBook.national().for_body(self.where.on(LAW_IN_FORCE).body)
            floor = deadline_for(after.step, after.started_at or after.start, national)
            floored = deadline_for(step, floor.latest + shift, self.where).latest
            if floored > max(latest, early.latest):
                latest, note = floored, _FLOORED[note]
        # Counts joined: not one count its provenance could recount alone.
        joined = attrs.evolve(early, latest=max(early.latest, latest), computed_with=None)
        opened = _Clock(joined, note=note)
        self.clocks.append(opened)
        return opened

    def _flag(
        self,
        code: str,
        reason: str,
        citation: Citation,
        consequence: str | None = None,
        consequence_citation: Citation | None = None,
        **params: str,
    ) -> None:
        self.defects.append(
            Defect(self.index, code, reason, citation, consequence, consequence_citation, params)
        )

    def _misplaced(self, reason: str, citation: Citation) -> None:
        """An event the order check let through (something it answers was recorded) that
        finds nothing to act on here — what it answered was itself without effect: recorded,
        named, no legal effect."""
        self._flag("out-of-place", reason, citation, _NO_EFFECT)

    def _fail(self, event: Event, reason: str, citation: Citation, **params: str) -> SequenceError:
        return SequenceError(
            field=f"events[{self.index}]",
            value=event.TYPE,
            reason=reason,
            citation=str(citation),
            **params,
        )

    def _windows(self, step: Step) -> list[_Clock]:
        return [o for o in self.clocks if o.deadline.step is step]

    def _open(self, step: Step, on: date) -> _Clock | None:
        """The latest clock of ``step`` still open (not done, not stopped) on ``on``."""
        for o in reversed(self._windows(step)):
            if o.done_on is None and not o.superseded and not o.stopped and on <= o.deadline.latest:
                return o
        return None

    def _stop(self, on: date) -> None:
        """Stop every clock not yet met (withdrawal, a final decision, not accepted, gugur): a
        closed request is not late, and a lapsed duty ends with it."""
        for o in self.clocks:
            if o.done_on is None and not o.superseded:
                o.stopped = True

    @staticmethod
    def _done(opened: _Clock | None, on: date) -> None:
        if opened is not None and opened.done_on is None:
            opened.done_on = on

    def _use_window(self, step: Step, on: date) -> _Clock | None:
        """Mark the latest window of ``step`` that had started by ``on`` as used (the others
        are superseded); the window used, if any."""
        windows = self._windows(step)
        candidates = [o for o in windows if o.deadline.start <= on]
        target = candidates[-1] if candidates else (windows[-1] if windows else None)
        for o in windows:
            if o is target:
                o.done_on = on
            elif o.done_on is None:
                o.superseded = True
        return target

    @property
    def closed(self) -> bool:
        """The request has ended: withdrawn, settled by mediation, not accepted, lapsed."""
        settled = self.decision is not None and self.decision.mode is DisputeMode.MEDIATION
        return self.withdrawn or settled or self.not_accepted or self.lapsed

    def advance(self, today: date) -> None:
        """Open the windows that silence opens once ``today`` is past a certain lapse."""
        if self.withdrawn or self.notice is None:
            return
        notice = self.notice.deadline
        if self.notice_event is None and self.silence is None and today > notice.latest:
            # D-8: the lapsed notice deadline is the ground; found the day after it.
            self.silence = self._add_lapse(Step.OBJECTION, notice, _NOTE_SILENCE, next_day=True)
        response = self.response
        if (
            response is not None
            and self.answer is None
            and self.silent_atasan is None
            and not self.objection_late
            and not self.dispute_filed
            and not self.closed
            and today > response.deadline.latest
        ):
            # Perki 1/2013 Pasal 13 huruf b: the sengketa window runs from the end of the
            # atasan's time.
            self.silent_atasan = self._add_lapse(
                Step.DISPUTE, response.deadline, _NOTE_SILENT_ATASAN, next_day=False
            )

    # ------------------------------------------------------------------ reading the log
    def record(self, index: int, event: Event) -> None:
        """Check ``event`` against what cannot have happened, then let its handler record it."""
        self.index = index
        if self.last_at is not None and event.at < self.last_at:
            raise self._fail(
                event,
                N_("peristiwa harus dicatat menurut urutan waktu; sebelumnya {last}"),
                uu(22, 7),
                last=self.last_at.isoformat(),
            )
        on = _local_in(event.at, self.zone)
        if on is None:
            on = local_date(event.at, self.body, field=f"events[{index}].at")
        if self.received is None and not isinstance(event, RequestReceived):
            if isinstance(event, ObjectionFiled):
                raise self._fail(
                    event, N_("keberatan diajukan sebelum ada permintaan informasi"), uu(35, 1)
                )
            raise self._fail(
                event, N_("peristiwa pertama harus penerimaan permintaan informasi"), uu(22, 7)
            )
        self.advance(on)
        if self.closed and not isinstance(event, InformationDelivered):
            # Recorded, as it happened; a closed request has no clock it could still move.
            if self.withdrawn:
                self._flag(
                    "after-withdrawal",
                    N_("dicatat sesudah permintaan ditarik kembali"),
                    uu(22, 7),
                    _NO_EFFECT,
                )
            else:
                self._flag("after-end", N_("dicatat sesudah perkara selesai"), uu(39), _NO_EFFECT)
            self.last_at = event.at
            return
        handler = _HANDLERS[type(event)]
        handler(self, event, on)
        self.last_at = event.at

    # ------------------------------------------------------------------ handlers
    def _received(self, event: Any, on: date) -> None:
        if self.received is not None:
            self._misplaced(N_("permintaan ini sudah diterima sebelumnya"), uu(22, 4))
            return
        self.received, self.received_at = on, event.at
        self.notice = self._add(Step.NOTICE, event.at, on=on)

    def _extension(self, event: Any, on: date) -> None:
        assert self.notice is not None and self.received_at is not None
        notice = self.notice.deadline
        if self.extended:
            self._flag(
                "second-extension",
                N_("perpanjangan hanya dapat diberikan satu kali"),
                uu(22, 8),
                _NO_EFFECT,
            )
            return
        if self.notice_event is not None:
            self._flag(
                "extension-after-notice",
                N_("pemberitahuan tertulis sudah dikirim"),
                uu(22, 8),
                _NO_EFFECT,
            )
            return
        if on > notice.latest:
            self._flag(
                "late-extension",
                N_("perpanjangan diberikan sesudah batas waktu pemberitahuan ({due}) lewat"),
                uu(22, 8),
                _NO_EFFECT,
                due=notice.latest.isoformat(),
            )
            return
        if on > notice.due:
            self._flag(
                "extension-at-risk",
                N_(
                    "perpanjangan diberikan sesudah hari aman ({due}); terlambat menurut "
                    "sebagian cara menghitung"
                ),
                uu(22, 8),
                due=notice.due.isoformat(),
            )
        self.notice.superseded = True
        extended = self._add(Step.NOTICE_EXTENDED, self.received_at, on=self.received)
        assert extended is not None
        self.notice = extended
        self.extended = True

    def _notice(self, event: Any, on: date) -> None:
        if self.notice_event is not None:
            self._flag(
                "second-notice",
                N_("pemberitahuan tertulis sudah dikirim"),
                uu(22, 7),
                N_("yang pertama yang dihitung"),
            )
            return
        self._done(self.notice, on)
        self.notice_event, self.notice_on = event, on
        if not self.closed:
            # The ground of a keberatan (if any) is found when the notice arrives.
            self._add(Step.OBJECTION, event.at, on=on)

    def _delivered(self, event: Any, on: date) -> None:
        if self.notice_event is None:
            self._flag(
                "delivered-without-notice",
                N_("informasi diserahkan tanpa pemberitahuan tertulis"),
                uu(22, 7),
                N_("pemberitahuan tertulis tetap wajib"),
            )
        if self.delivered_on is None:
            self.delivered_on = on

    def _objection(self, event: Any, on: date) -> None:
        assert self.notice is not None
        if self.objection_event is not None:
            self._flag(
                "second-objection",
                N_("keberatan atas permintaan ini sudah diajukan"),
                uu(35, 1),
                N_("yang pertama yang dihitung"),
            )
            return
        notice = self.notice.deadline
        # Silence is a ground once the notice lapsed under some reading of "sejak X" (D-12);
        # before it lapsed under all of them, the keberatan is at risk of being premature.
        lapsed = self.notice_event is None and on > notice.due
        late_notice = self.notice_on is not None and self.notice_on > notice.due
        grounds = set(event.grounds)
        silence = grounds - {ObjectionGround.PERIODIC_NOT_PROVIDED}
        if self.notice_event is None and lapsed and on <= notice.latest and silence:
            self._flag(
                "objection-at-risk",
                N_(
                    "keberatan diajukan sebelum batas waktu pemberitahuan lewat menurut semua "
                    "cara menghitung ({due})"
                ),
                uu(36, 1),
                due=notice.latest.isoformat(),
            )
        if self.notice_event is None and not lapsed and silence:
            self._flag(
                "objection-without-ground",
                N_(
                    "belum ada alasan keberatan: PPID masih dalam batas waktu pemberitahuan "
                    "(sampai {due})"
                ),
                uu(36, 1),
                due=notice.due.isoformat(),
            )
        refused = self.notice_event is not None and self.notice_event.outcome in (
            NoticeOutcome.REFUSED,
            NoticeOutcome.PARTLY,
        )
        if ObjectionGround.REFUSAL in grounds and not refused:
            self._flag(
                "ground-a-without-refusal",
                N_("alasan huruf a memerlukan penolakan berdasarkan Pasal 17"),
                ObjectionGround.REFUSAL.citation,
            )
        if ObjectionGround.NOT_ANSWERED in grounds and not (lapsed or late_notice):
            self._flag(
                "ground-c-without-lapse",
                N_("alasan huruf c memerlukan batas waktu pemberitahuan yang lewat tanpa jawaban"),
                ObjectionGround.NOT_ANSWERED.citation,
            )
        window = self._open(Step.OBJECTION, on)
        started = [o for o in self._windows(Step.OBJECTION) if o.deadline.start <= on]
        if window is None and started:
            self.objection_late = True
            last = max(o.deadline.latest for o in started)
            self._flag(
                "late-objection",
                N_("keberatan diajukan sesudah waktunya berakhir ({due})"),
                uu(36, 1),
                _TIME_BARRED,
                KEDALUWARSA,
                due=last.isoformat(),
            )
        elif window is not None and on > window.deadline.due:
            self._flag(
                "objection-at-risk",
                N_(
                    "keberatan diajukan sesudah hari aman ({due}); terlambat menurut sebagian "
                    "cara menghitung"
                ),
                uu(36, 1),
                due=window.deadline.due.isoformat(),
            )
        self._use_window(Step.OBJECTION, on)
        self.objection_event = event
        self.response = self._add(Step.OBJECTION_RESPONSE, event.at, on=on)

    def _answered(self, event: Any, on: date) -> None:
        if self.objection_event is None:
            self._misplaced(N_("belum ada keberatan yang dapat ditanggapi"), uu(36, 2))
            return
        if self.answer is not None:
            self._flag(
                "second-answer",
                N_("keberatan ini sudah ditanggapi"),
                uu(36, 2),
                N_("yang pertama yang dihitung"),
            )
            return
        self._done(self.response, on)
        self.answer = event
        if not self.objection_late and not self.dispute_filed and not self.closed:
            self._add(Step.DISPUTE, event.at, on=on)

    def _dispute(self, event: Any, on: date) -> None:
        if self.dispute_filed:
            self._flag(
                "second-dispute",
                N_("sengketa ini sudah diajukan"),
                uu(37, 2),
                N_("yang pertama yang dihitung"),
            )
            return
        if self.objection_event is None:
            self._flag(
                "dispute-without-objection",
                N_("sengketa hanya dapat diajukan sesudah proses keberatan"),
                Citation("UU 14/2008", pasal=37, ayat=1, penjelasan=True),
                _NOT_ACCEPTED,
                PUTUSAN_SELA,
            )
        elif self.objection_late:
            self._flag(
                "dispute-after-late-objection",
                N_("keberatan yang mendahuluinya diajukan terlambat"),
                uu(36, 1),
                _NOT_ACCEPTED,
                KEDALUWARSA,
            )
        else:
            response = self.response
            assert response is not None
            if self.answer is None and on <= response.deadline.latest:
                self.premature = True
                self._flag(
                    "premature-dispute",
                    N_("atasan PPID masih dalam waktu untuk menanggapi keberatan (sampai {due})"),
                    uu(36, 2),
                    _NOT_ACCEPTED,
                    PUTUSAN_SELA,
                    due=response.deadline.latest.isoformat(),
                )
            else:
                self.advance(on)
                window = self._open(Step.DISPUTE, on)
                started = [o for o in self._windows(Step.DISPUTE) if o.deadline.start <= on]
                if window is None and started:
                    last = max(o.deadline.latest for o in started)
                    self._flag(
                        "late-dispute",
                        N_("sengketa diajukan sesudah waktunya berakhir ({due})"),
                        uu(37, 2),
                        _NOT_ACCEPTED,
                        PUTUSAN_SELA,
                        due=last.isoformat(),
                    )
                elif window is not None and on > window.deadline.due:
                    self._flag(
                        "dispute-at-risk",
                        N_(
                            "sengketa diajukan sesudah hari aman ({due}); terlambat menurut "
                            "sebagian cara menghitung"
                        ),
                        uu(37, 2),
                        due=window.deadline.due.isoformat(),
                    )
        self._use_window(Step.DISPUTE, on)
        self.dispute_filed = True
        self.dispute_start = self._add(Step.DISPUTE_START, event.at, on=on)
        self.dispute_end = self._add(Step.DISPUTE_END, event.at, on=on)

    def _need_dispute(self, event: Any) -> bool:
        """Whether an application is pending at the Komisi Informasi. One that was not
        accepted as premature is no longer pending: a later step of it is recorded with no
        effect until the requester files again."""
        if self.dispute_filed:
            return True
        if self.refiled_possible:
            self._flag(
                "no-pending-dispute",
                N_("permohonan sengketa sebelumnya tidak diterima; belum diajukan kembali"),
                PUTUSAN_SELA,
                _NO_EFFECT,
            )
            return False
        self._misplaced(N_("belum ada sengketa di Komisi Informasi"), uu(38, 1))
        return False

    def _interim(self, event: Any, on: date) -> None:
        if not self._need_dispute(event):
            return
        if self.not_accepted:
            self._flag(
                "second-interim-decision", N_("permohonan sudah tidak diterima"), PUTUSAN_SELA
            )
            return
        self.interim = event
        if event.accepted:
            return
        if self.premature:
            # Not accepted because it came too early: that application ends, the keberatan's
            # course does not. The requester may file again once the atasan's time is over
            # (Perki 1/2013 Pasal 13 huruf b), within the window that then opens.
            for clock in (self.dispute_start, self.dispute_end, self.mediation):
                if clock is not None and clock.done_on is None:
                    clock.stopped = True
            self.dispute_filed = self.premature = False
            self.refiled_possible = True
            self.dispute_start = self.dispute_end = self.mediation = None
            self.modes.clear()
            self.absences = 0
            return
        self.not_accepted = True
        self._stop(on)

    def _started(self, event: Any, on: date) -> None:
        if not self._need_dispute(event):
            return
        if self.decision is not None:
            self._flag(
                "start-after-decision",
                N_("Komisi Informasi sudah memutus sengketa ini"),
                uu(38, 2),
                _NO_EFFECT,
            )
            return
        if event.mode is DisputeMode.MEDIATION:
            grounds = self.objection_event.grounds if self.objection_event is not None else ()
            if grounds and not any(g.mediable for g in grounds):
                self._flag(
                    "mediation-for-ground-a",
                    N_(
                        "mediasi tidak tersedia untuk keberatan atas penolakan berdasarkan "
                        "Pasal 17 (Pasal 35 ayat (1) huruf a)"
                    ),
                    uu(40, 2),
                )
            if DisputeMode.MEDIATION in self.modes:
                self._flag("second-mediation", N_("mediasi sudah dimulai"), uu(40, 1), _NO_EFFECT)
                return
            self.mediation = self._add(Step.MEDIATION, event.at, on=on)
        elif DisputeMode.ADJUDICATION in self.modes:
            self._flag("second-adjudication", N_("ajudikasi sudah dimulai"), uu(42), _NO_EFFECT)
            return
        else:
            self._done(self.mediation, on)  # mediation failed: adjudication follows (Pasal 42)
        self._done(self.dispute_start, on)
        self.modes.append(event.mode)

    def _mediation_extended(self, event: Any, on: date) -> None:
        if self.mediation is None:
            self._misplaced(
                N_("belum ada mediasi yang dapat diperpanjang"), Citation(PERKI_1_2013, pasal=41)
            )
            return
        if self.mediation_extended:
            self._flag(
                "second-mediation-extension",
                N_("mediasi hanya dapat diperpanjang satu kali"),
                Citation(PERKI_1_2013, pasal=41),
                _NO_EFFECT,
            )
            return
        started = self.mediation.deadline.started_at or self.mediation.deadline.start
        self.mediation.superseded = True
        extended = self._add(Step.MEDIATION_EXTENDED, started)
        if extended is not None:
            self.mediation = extended
        self.mediation_extended = True

    def _absent(self, event: Any, on: date) -> None:
        if not self._need_dispute(event):
            return
        self.absences += 1
        if self.absences >= 2 and not self.lapsed:
            self.lapsed = True
            self._stop(on)

    def _decided(self, event: Any, on: date) -> None:
        if not self._need_dispute(event):
            return
        if self.decision is not None:
            self._flag(
                "second-decision",
                N_("Komisi Informasi sudah memutus sengketa ini"),
                uu(38, 2),
                N_("yang pertama yang dihitung"),
            )
            return
        if event.mode not in self.modes:
            self._flag(
                "decision-without-start",
                N_("putusan {mode} tanpa {mode} yang tercatat dimulai"),
                uu(38, 1),
                mode=event.mode.value,
            )
            self._done(self.dispute_start, on)
        self._done(self.dispute_end, on)
        self._done(self.mediation, on)
        # The Komisi Informasi has decided what the body must give: the body's lapsed duties
        # (the notice, the atasan's answer) end with that decision.
        for clock in (self.notice, self.response):
            if clock is not None and clock.done_on is None and not clock.superseded:
                clock.stopped = True
        self.decision = event
        if event.mode is DisputeMode.ADJUDICATION:
            self.court_window = self._court_from_reading(event.at, on)
        else:  # a mediation agreement is final and binding (Pasal 39): clocks stop
            self._stop(on)

    def _court_from_reading(self, read_at: datetime, read_on: date) -> _Clock:
        """The court window while receipt of the copy is not recorded: safe from the reading,
        late only after the window that a copy sent on its last day would open."""
        early = deadline_for(Step.COURT, read_at, self.where)
        copy_by = self.where.calendar.add_working_days(read_on, DECISION_COPY_WORKING_DAYS)
        late = deadline_for(Step.COURT, copy_by, self.where)
        opened = _Clock(
            attrs.evolve(early, latest=max(early.latest, late.latest), computed_with=None),
            note=_NOTE_FROM_READING,
        )
        self.clocks.append(opened)
        return opened

    def _copy(self, event: Any, on: date) -> None:
        if self.decision is None or self.decision.mode is not DisputeMode.ADJUDICATION:
            self._misplaced(N_("belum ada putusan ajudikasi Komisi Informasi"), uu(48, 1))
            return
        if self.copy_received:
            return  # a second copy changes nothing: the first receipt starts the period
        self.copy_received = True
        window = self.court_window
        if window is not None and window.done_on is None:
            window.superseded = True
            self.court_window = self._add(Step.COURT, event.at, on=on)

    def _non_acceptance(self, event: Any, on: date) -> None:
        if self.decision is None or self.decision.mode is not DisputeMode.ADJUDICATION:
            self._misplaced(N_("belum ada putusan ajudikasi Komisi Informasi"), uu(48, 1))
            return
        if self.non_acceptance:
            self._flag(
                "second-non-acceptance",
                N_("pernyataan tidak menerima putusan sudah diajukan"),
                uu(48, 1),
                _NO_EFFECT,
            )
            return
        window = self.court_window
        if window is not None and on > window.deadline.latest:
            self._flag(
                "late-non-acceptance",
                N_("pernyataan diajukan sesudah waktunya berakhir ({due})"),
                uu(48, 1),
                due=window.deadline.latest.isoformat(),
            )
        self._done(self.court_window, on)
        self.non_acceptance = True

    def _court(self, event: Any, on: date) -> None:
        if self.decision is None or self.decision.mode is not DisputeMode.ADJUDICATION:
            self._misplaced(N_("belum ada putusan ajudikasi Komisi Informasi"), uu(47))
            return
        if self.court_decided:
            self._flag(
                "second-court-decision",
                N_("pengadilan sudah memutus gugatan ini"),
                uu(50),
                N_("yang pertama yang dihitung"),
            )
            return
        if not self.non_acceptance:
            self._flag(
                "court-without-non-acceptance",
                N_("belum tercatat pernyataan tidak menerima putusan ajudikasi"),
                uu(48, 1),
            )
            self._done(self.court_window, on)
        self.court_decided = True
        self.cassation_window = self._add(Step.CASSATION, event.at, on=on)

    def _cassation(self, event: Any, on: date) -> None:
        if self.cassation_window is None:
            self._misplaced(N_("belum ada putusan PTUN atau pengadilan negeri"), uu(50))
            return
        if self.cassation_filed:
            self._flag("second-cassation", N_("kasasi sudah diajukan"), uu(50), _NO_EFFECT)
            return
        if on > self.cassation_window.deadline.latest:
            self._flag(
                "late-cassation",
                N_("kasasi diajukan sesudah waktunya berakhir ({due})"),
                uu(50),
                due=self.cassation_window.deadline.latest.isoformat(),
            )
        self._done(self.cassation_window, on)
        self.cassation_filed = True

    def _withdrawn(self, event: Any, on: date) -> None:
        if self.withdrawn:
            return
        self.withdrawn = True
        self._stop(on)

    # ------------------------------------------------------------------ results
    def entries(self, as_of: date) -> tuple[TimelineEntry, ...]:
        """Every clock with its state on ``as_of`` (one meaning: :func:`kiplib.law.step_state`)."""
        out = []
        for o in self.clocks:
            d = o.deadline
            state, until = step_state(
                d.step,
                due=d.due,
                latest=d.latest,
                as_of=as_of,
                done_on=o.done_on,
                superseded=o.superseded,
                stopped=o.stopped,
            )
            out.append(TimelineEntry(d, state, STEP_ACTORS[d.step], o.done_on, o.note, until))
        return tuple(out)

    @staticmethod
    def open_entry(step: Step, entries: tuple[TimelineEntry, ...]) -> TimelineEntry | None:
        """The latest entry of ``step`` that may still be taken (running or at risk)."""
        for e in reversed(entries):
            if e.step is step and e.state in OPEN_STATES:
                return e
        return None


_Handler = Callable[[_Engine, Any, date], None]

#: One handler per event type.
_HANDLERS: Final[dict[type, _Handler]] = {
    RequestReceived: _Engine._received,
    ExtensionDeclared: _Engine._extension,
    NoticeSent: _Engine._notice,
    InformationDelivered: _Engine._delivered,
    ObjectionFiled: _Engine._objection,
    ObjectionAnswered: _Engine._answered,
    DisputeFiled: _Engine._dispute,
    InterimDecision: _Engine._interim,
    DisputeStarted: _Engine._started,
    MediationExtended: _Engine._mediation_extended,
    ApplicantAbsent: _Engine._absent,
    DisputeDecided: _Engine._decided,
    DecisionCopyReceived: _Engine._copy,
    NonAcceptanceFiled: _Engine._non_acceptance,
    CourtDecided: _Engine._court,
    CassationFiled: _Engine._cassation,
    Withdrawn: _Engine._withdrawn,
}


#: What must have been recorded before an event can have happened: the event needs one of
#: the earlier events the predicate accepts (the article it rests on, the reason).
_NEEDS: Final[dict[type, tuple[Callable[[Any], bool], str, Citation]]] = {
    ObjectionAnswered: (
        lambda e: isinstance(e, ObjectionFiled),
        N_("belum ada keberatan yang dapat ditanggapi"),
        uu(36, 2),
    ),
    InterimDecision: (
        lambda e: isinstance(e, DisputeFiled),
        N_("belum ada sengketa di Komisi Informasi"),
        uu(38, 1),
    ),
    DisputeStarted: (
        lambda e: isinstance(e, DisputeFiled),
        N_("belum ada sengketa di Komisi Informasi"),
        uu(38, 1),
    ),
    ApplicantAbsent: (
        lambda e: isinstance(e, DisputeFiled),
        N_("belum ada sengketa di Komisi Informasi"),
        uu(38, 1),
    ),
    DisputeDecided: (
        lambda e: isinstance(e, DisputeFiled),
        N_("belum ada sengketa di Komisi Informasi"),
        uu(38, 1),
    ),
    MediationExtended: (
        lambda e: isinstance(e, DisputeStarted) and e.mode is DisputeMode.MEDIATION,
        N_("belum ada mediasi yang dapat diperpanjang"),
        Citation(PERKI_1_2013, pasal=41),
    ),
    DecisionCopyReceived: (
        lambda e: isinstance(e, DisputeDecided) and e.mode is DisputeMode.ADJUDICATION,
        N_("belum ada putusan ajudikasi Komisi Informasi"),
        uu(48, 1),
    ),
    NonAcceptanceFiled: (
        lambda e: isinstance(e, DisputeDecided) and e.mode is DisputeMode.ADJUDICATION,
        N_("belum ada putusan ajudikasi Komisi Informasi"),
        uu(48, 1),
    ),
    CourtDecided: (
        lambda e: isinstance(e, DisputeDecided) and e.mode is DisputeMode.ADJUDICATION,
        N_("belum ada putusan ajudikasi Komisi Informasi"),
        uu(47),
    ),
    CassationFiled: (
        lambda e: isinstance(e, CourtDecided),
        N_("belum ada putusan PTUN atau pengadilan negeri"),
        uu(50),
    ),
}


def _sequence_error(
    index: int, event: object, reason: str, citation: Citation, **params: str
) -> SequenceError:
    return SequenceError(
        field=f"events[{index}]",
        value=getattr(event, "TYPE", type(event).__name__),
        reason=reason,
        citation=str(citation),
        **params,
    )


def check_order(events: tuple[Event, ...], start: int = 0) -> None:
    """Refuse what cannot have happened in ``events`` (from ``start`` on, the earlier ones
    being known to be in order): time running backwards, anything before the request, a
    second receipt of the request, an event whose ground was never recorded. This needs no
    rule book: what the law makes of an event that can have happened is the timeline's.

    Raises:
        kiplib.errors.SequenceError: naming the event, the rule and the article.
    """
    for index in range(start, len(events)):
        event = events[index]
        fail = functools.partial(_sequence_error, index, event)

        if not hasattr(event, "TYPE") or type(event) not in _HANDLERS:
            raise fail(N_("bukan peristiwa permohonan informasi"), uu(22, 7))
        earlier = events[:index]
        if earlier and event.at < earlier[-1].at:
            raise fail(
                N_("peristiwa harus dicatat menurut urutan waktu; sebelumnya {last}"),
                uu(22, 7),
                last=earlier[-1].at.isoformat(),
            )
        if isinstance(event, RequestReceived):
            if earlier:
                raise fail(N_("permintaan ini sudah diterima sebelumnya"), uu(22, 4))
            continue
        if not earlier:
            if isinstance(event, ObjectionFiled):
                raise fail(N_("keberatan diajukan sebelum ada permintaan informasi"), uu(35, 1))
            raise fail(N_("peristiwa pertama harus penerimaan permintaan informasi"), uu(22, 7))
        need = _NEEDS.get(type(event))
        if need is not None and not any(need[0](e) for e in earlier):
            raise fail(need[1], need[2])
