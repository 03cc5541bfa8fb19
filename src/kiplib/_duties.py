"""A PPID's yearly duties: the monev predicate, the annual report, the UU 14/2008 Pasal 12
service statistics and the compliance calendar.

* :func:`monev_grade` — the Komisi Informasi's predicate for a monitoring-and-evaluation
  score (Perki 1/2022), in half-open bands (D-11).
* :func:`annual_report_due` — the annual report to the Komisi Informasi is due by 31 March
  of the following year (Perki 1/2021 Pasal 56).
* :func:`service_statistics` — what a body announces each year about its service (UU 14/2008
  Pasal 12): requests received, time to fulfil each, granted and refused, and the reasons for
  refusal. The input is an iterable of :class:`FinishedRequest`, a small record of what one
  finished request contributes; :func:`finished_request` makes one from a request's log
  (:class:`kiplib.Request` or its :class:`kiplib.Timeline`), so the figures come from the
  real request logs.
* :func:`compliance_calendar` — what is overdue, due or coming for a body on ``as_of``:
  berkala items not published for six months (D-1), the yearly DIP, exemption declarations,
  reviews and ends (PP 61/2010 Pasal 11, through :func:`kiplib._exemption.actions_due`), the
  annual report, and the open requests whose written notice (or its extension) or keberatan
  answer is due (UU 14/2008 Pasal 22 and 36, through :func:`kiplib.timeline`).

Examples:
    >>> monev_grade(90).label("en")
    'Informative'
    >>> monev_grade(89.99).value
    'menuju_informatif'
    >>> print(annual_report_due(2024), annual_report_due(2024).citation)
    2025-03-31 Perki 1/2021 Pasal 56
"""

from __future__ import annotations

import enum
import math
import statistics
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Final

import attrs
from dateutil.relativedelta import relativedelta

from kiplib._body import PublicBody
from kiplib._calendar import WorkingCalendar, format_date
from kiplib._consequence import ConsequenceTest
from kiplib._deadlines import local_date
from kiplib._events import InformationDelivered, NoticeOutcome, NoticeSent, RequestReceived
from kiplib._exemption import ActionKind, ReleaseEvent, actions_due
from kiplib._jurisdiction import calendar_for
from kiplib._law.citation import PERKI_1_2021, PERKI_1_2022, UU_14_2008, Citation
from kiplib._law.grounds import GROUNDS
from kiplib._law.steps import LAW_IN_FORCE, Step
from kiplib._lifecycle import EntryState, Request, Timeline
from kiplib._registers import DIP_CITATION, DipRegister, _normal
from kiplib.errors import InvalidInputError, Problem, ScoreOutOfRangeError, ServiceRecordError
from kiplib.i18n import N_, gettext

__all__ = [
    "ANNUAL_REPORT_CITATION",
    "MONEV_CITATION",
    "PERIODIC_MONTHS",
    "SERVICE_STATISTICS_CITATION",
    "AnnualReportDue",
    "BodyRecords",
    "ComplianceCalendar",
    "ComplianceItem",
    "DutyKind",
    "DutyStatus",
    "FinishedRequest",
    "MonevGrade",
    "ReasonCount",
    "RequestOutcome",
    "RequestTime",
    "ServiceStatistics",
    "annual_report_due",
    "compliance_calendar",
    "finished_request",
    "monev_grade",
    "service_statistics",
    "service_statistics_from_logs",
]

#: Perki 1/2022 (Monitoring dan Evaluasi): the predicates of the yearly ranking.
MONEV_CITATION: Final = Citation(PERKI_1_2022)
#: Perki 1/2021 Pasal 56: the annual report to the Komisi Informasi.
ANNUAL_REPORT_CITATION: Final = Citation(PERKI_1_2021, pasal=56)
#: UU 14/2008 Pasal 12: the yearly announcement of the information service.
SERVICE_STATISTICS_CITATION: Final = Citation(UU_14_2008, pasal=12)
#: UU 14/2008 Pasal 9 ayat (3): berkala information at least every six months (D-1).
PERIODIC_MONTHS: Final = 6
_UU9_3: Final = Citation(UU_14_2008, pasal=9, ayat=3)
#: The standard answer period (UU 14/2008 Pasal 22 ayat (7)) and with the extension (ayat 8).
_NOTICE_DAYS: Final = 10
_EXTENDED_DAYS: Final = 17


# ============================================================================ monev
class MonevGrade(enum.Enum):
    """The Komisi Informasi's predicate (Perki 1/2022), from the best down (D-11)."""

    INFORMATIF = "informatif"
    MENUJU_INFORMATIF = "menuju_informatif"
    CUKUP_INFORMATIF = "cukup_informatif"
    KURANG_INFORMATIF = "kurang_informatif"
    TIDAK_INFORMATIF = "tidak_informatif"

    def label(self, lang: str = "id") -> str:
        """The predicate, in ``lang``."""
        return gettext(_GRADE_LABELS[self], lang)

    @property
    def lower_bound(self) -> int:
        """The lowest score of the band (included)."""
        return _BANDS[self]

    @property
    def citation(self) -> Citation:
        """Perki 1/2022."""
        return MONEV_CITATION


_GRADE_LABELS: Final = {
    MonevGrade.INFORMATIF: N_("Informatif"),
    MonevGrade.MENUJU_INFORMATIF: N_("Menuju Informatif"),
    MonevGrade.CUKUP_INFORMATIF: N_("Cukup Informatif"),
    MonevGrade.KURANG_INFORMATIF: N_("Kurang Informatif"),
    MonevGrade.TIDAK_INFORMATIF: N_("Tidak Informatif"),
}
# D-11: half-open bands [lower, next lower); 100 belongs to the top band.
_BANDS: Final = {
    MonevGrade.INFORMATIF: 90,
    MonevGrade.MENUJU_INFORMATIF: 80,
    MonevGrade.CUKUP_INFORMATIF: 60,
    MonevGrade.KURANG_INFORMATIF: 40,
    MonevGrade.TIDAK_INFORMATIF: 0,
}


def monev_grade(score: float | int | Decimal) -> MonevGrade:
    """The predicate for a monev ``score`` from 0 to 100 (Perki 1/2022; half-open bands, D-11).

    Raises:
        kiplib.errors.ScoreOutOfRangeError: for a score below 0, above 100, not a number, or
            a boolean.

    Examples:
        >>> monev_grade(100).value, monev_grade(80).value, monev_grade(39.9).value
        ('informatif', 'menuju_informatif', 'tidak_informatif')
    """
    if isinstance(score, bool) or not isinstance(score, int | float | Decimal):
        raise ScoreOutOfRangeError(field="score", value=repr(score))
    if isinstance(score, float | Decimal) and not math.isfinite(score):
        raise ScoreOutOfRangeError(field="score", value=repr(score))
    if score < 0 or score > 100:
        raise ScoreOutOfRangeError(field="score", value=repr(score))
    for grade, lower in _BANDS.items():
        if score >= lower:
            return grade
    raise AssertionError(score)


# ============================================================================ annual report
@attrs.frozen
class AnnualReportDue:
    """The due date of the annual report on the service of ``year``."""

    year: int
    due: date

    @property
    def citation(self) -> Citation:
        """Perki 1/2021 Pasal 56."""
        return ANNUAL_REPORT_CITATION

    def __str__(self) -> str:
        return self.due.isoformat()


def annual_report_due(year: int) -> AnnualReportDue:
    """The annual report on ``year`` is due by 31 March of ``year + 1`` (Perki 1/2021 Pasal 56).

    The date is kept as the regulation states it, whatever day of the week it falls on.
    """
    if isinstance(year, bool) or not isinstance(year, int) or year < LAW_IN_FORCE.year:
        raise InvalidInputError(
            field="year", value=repr(year), reason=N_("harus tahun sejak UU 14/2008 berlaku")
        )
    return AnnualReportDue(year, date(year + 1, 3, 31))


# ============================================================================ Pasal 12 statistics
class RequestOutcome(enum.Enum):
    """How a finished request ended."""

    #: The information was given.
    GRANTED = "granted"
    #: Given in part, the rest refused (blacked out) on Pasal 17 grounds.
    PARTLY_GRANTED = "partly_granted"
    #: Refused on Pasal 17 grounds.
    REFUSED = "refused"
    #: The body does not hold it (*belum dikuasai*, UU 14/2008 Pasal 22 ayat (7) huruf b).
    NOT_HELD = "not_held"


def _tuple(value: Iterable[object]) -> tuple[object, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class FinishedRequest:
    """What one finished request contributes to the yearly statistics (UU 14/2008 Pasal 12).

    The request lifecycle turns its timeline into this record: the registration number, the
    date the request was received, the date the information was given or refused, the outcome
    and, for a refusal (in whole or in part), the Pasal 17 grounds.
    """

    number: str
    received_on: date
    answered_on: date
    outcome: RequestOutcome
    refusal_grounds: tuple[str, ...] = attrs.field(default=(), converter=_tuple)


@attrs.frozen
class RequestTime:
    """How many working days one request took, from receipt to answer."""

    number: str
    working_days: int


@attrs.frozen
class ReasonCount:
    """How many refusals (in whole or in part) rested on a Pasal 17 ground."""

    ground: str
    count: int

    @property
    def citation(self) -> Citation:
        """The article of the ground."""
        return GROUNDS[self.ground].citation


@attrs.frozen(kw_only=True)
class ServiceStatistics:
    """The yearly announcement of UU 14/2008 Pasal 12 for requests received in ``year``.

    Attributes:
        year: the year the requests were received.
        received: the number of (finished) requests received.
        granted, partly_granted, refused, not_held: how they ended.
        times: working days from receipt to answer, per request (D-6: the day of receipt
            does not count).
        within_notice_period: answered within 10 hari kerja (UU 14/2008 Pasal 22 ayat (7)).
        within_extended_period: answered within 17 hari kerja (with the extension of ayat 8).
        mean_working_days, median_working_days, max_working_days: over ``times``.
        refusal_reasons: refusals per Pasal 17 ground, most frequent first.
        unanswered: requests received in ``year`` without a written notice when the figures
            were made (still open, never answered, or withdrawn before the notice). They are
            part of ``received`` (Pasal 12 huruf a counts every request received) but of no
            outcome or time.
    """

    year: int
    received: int
    granted: int
    partly_granted: int
    refused: int
    not_held: int
    times: tuple[RequestTime, ...] = attrs.field(converter=_tuple)
    within_notice_period: int
    within_extended_period: int
    mean_working_days: float | None
    median_working_days: float | None
    max_working_days: int | None
    refusal_reasons: tuple[ReasonCount, ...] = attrs.field(converter=_tuple)
    unanswered: int = 0

    @property
    def citation(self) -> Citation:
        """UU 14/2008 Pasal 12."""
        return SERVICE_STATISTICS_CITATION

    def explain(self, lang: str = "id") -> str:
        """The announcement's figures, in ``lang``."""

        def _(msg: str) -> str:
            return gettext(msg, lang)

        lines = [
            _(N_("Layanan informasi publik tahun {year} ({citation})")).format(
                year=self.year, citation=self.citation
            ),
            _(N_("Permohonan diterima: {n}")).format(n=self.received),
        ]
        if self.unanswered:
            lines.append(
                _(N_("Belum dijawab dengan pemberitahuan tertulis: {n}")).format(n=self.unanswered)
            )
        lines += [
            _(
                N_(
                    "Dikabulkan: {granted}; sebagian: {partly}; ditolak: {refused}; "
                    "belum dikuasai: {not_held}"
                )
            ).format(
                granted=self.granted,
                partly=self.partly_granted,
                refused=self.refused,
                not_held=self.not_held,
            ),
        ]
        if self.mean_working_days is not None:
            lines.append(
                _(
                    N_(
                        "Waktu pemenuhan (hari kerja): rata-rata {mean:.1f}, median {median:g}, "
                        "terlama {max}; dalam 10 hari kerja: {within}; dalam 17 hari kerja: "
                        "{extended}"
                    )
                ).format(
                    mean=self.mean_working_days,
                    median=self.median_working_days,
                    max=self.max_working_days,
                    within=self.within_notice_period,
                    extended=self.within_extended_period,
                )
            )
        for r in self.refusal_reasons:
            lines.append(
                _(N_("Alasan penolakan {citation}: {n}")).format(citation=r.citation, n=r.count)
            )
        return "\n".join(lines)


def _check_request(i: int, r: FinishedRequest) -> Iterator[Problem]:
    at = f"requests[{i}]"
    if not isinstance(r.number, str) or not r.number.strip():
        yield Problem(f"{at}.number", "required", N_("wajib diisi"))
    if r.received_on < LAW_IN_FORCE:
        yield Problem(
            f"{at}.received_on",
            "before-law-in-force",
            N_("tanggal {value} sebelum UU 14/2008 mulai berlaku"),
            {"value": r.received_on.isoformat()},
        )
    if r.answered_on < r.received_on:
        yield Problem(
            f"{at}.answered_on",
            "answered-before-received",
            N_("tanggal jawaban {value} sebelum tanggal permohonan diterima {received}"),
            {"value": r.answered_on.isoformat(), "received": r.received_on.isoformat()},
        )
    refusing = r.outcome in (RequestOutcome.REFUSED, RequestOutcome.PARTLY_GRANTED)
    if refusing and not r.refusal_grounds:
        yield Problem(
            f"{at}.refusal_grounds",
            "grounds-missing",
            N_("penolakan wajib menyebut alasan Pasal 17 (UU 14/2008 Pasal 22 ayat (7) huruf e)"),
        )
    if not refusing and r.refusal_grounds:
        yield Problem(
            f"{at}.refusal_grounds",
            "grounds-without-refusal",
            N_("alasan penolakan hanya untuk permohonan yang ditolak (seluruh atau sebagian)"),
        )
    for j, g in enumerate(r.refusal_grounds):
        if g not in GROUNDS:
            yield Problem(
                f"{at}.refusal_grounds[{j}]",
                "unknown-ground",
                N_("{value} bukan alasan pengecualian UU 14/2008 Pasal 17"),
                {"value": repr(g)},
            )


_FROM_NOTICE: Final = {
    NoticeOutcome.ACCEPTED: RequestOutcome.GRANTED,
    NoticeOutcome.PARTLY: RequestOutcome.PARTLY_GRANTED,
    NoticeOutcome.REFUSED: RequestOutcome.REFUSED,
    NoticeOutcome.NOT_HELD: RequestOutcome.NOT_HELD,
}


def finished_request(
    source: Timeline | Request,
    *,
    as_of: date | None = None,
    number: str | None = None,
) -> FinishedRequest | None:
    """What one request's log contributes to the UU 14/2008 Pasal 12 figures, if it is finished.

    A request is finished once its written notice was sent (UU 14/2008 Pasal 22 ayat (7)):
    the outcome is the notice's (granted, partly, refused with its Pasal 17 grounds, not
    held). It was answered on the day the information was handed over when the notice grants
    it (in whole or in part) and the delivery is recorded, else on the day of the notice.
    Dates are the body's local dates. What happens after the notice (a keberatan, a sengketa)
    does not change the figures of the service itself.

    Args:
        source: the request's :class:`~kiplib.Timeline`, or the :class:`~kiplib.Request`
            (then ``as_of`` is required; only the events recorded up to it count).
        as_of: the day to look from, for a :class:`~kiplib.Request`.
        number: the registration number; by default the one recorded when the request was
            received (UU 14/2008 Pasal 22 ayat (4)).

    Returns:
        ``None`` when no written notice has been sent (still awaiting it, silent, or
        withdrawn before it): such a request has no answer to count.

    Raises:
        kiplib.errors.InvalidInputError: a :class:`~kiplib.Request` without ``as_of``, or no
            registration number recorded and none given.

    Examples:
        >>> from datetime import date, datetime, timedelta, timezone
        >>> from kiplib import NoticeOutcome, NoticeSent, Request, RequestReceived
        >>> wib = timezone(timedelta(hours=7))
        >>> r = Request().record(RequestReceived(datetime(2024, 4, 5, 9, 0, tzinfo=wib), "7/2024"))
        >>> print(finished_request(r, as_of=date(2024, 4, 10)))
        None
        >>> r = r.record(NoticeSent(datetime(2024, 4, 22, 10, 0, tzinfo=wib),
        ...                         NoticeOutcome.REFUSED, exemptions=("h.2",)))
        >>> done = finished_request(r, as_of=date(2024, 4, 22))
        >>> done.number, done.answered_on, done.outcome.value, done.refusal_grounds
        ('7/2024', datetime.date(2024, 4, 22), 'refused', ('h.2',))
    """
    if isinstance(source, Request):
        if as_of is None:
            raise InvalidInputError(
                field="as_of",
                value="None",
                reason=N_("wajib diisi untuk permintaan (Request)"),
            )
        source = source.timeline(as_of=as_of)
    body = source.body
    received: RequestReceived | None = None
    notice: NoticeSent | None = None
    delivered: InformationDelivered | None = None
    for event in source.events:
        if isinstance(event, RequestReceived):
            received = event
        elif isinstance(event, NoticeSent):
            notice = event
        elif isinstance(event, InformationDelivered) and delivered is None:
            delivered = event
    if received is None or notice is None:
        return None
    label = number if number is not None else received.registration_number
    if label is None or not label.strip():
        raise InvalidInputError(
            field="registration_number",
            value=repr(label),
            reason=N_("permintaan tanpa nomor pendaftaran; sebutkan nomornya (number=)"),
        )
    granting = notice.outcome in (NoticeOutcome.ACCEPTED, NoticeOutcome.PARTLY)
    answered_on = local_date(notice.at, body)
    if granting and delivered is not None:
        answered_on = local_date(delivered.at, body)
    return FinishedRequest(
        number=label,
        received_on=local_date(received.at, body),
        answered_on=answered_on,
        outcome=_FROM_NOTICE[notice.outcome],
        refusal_grounds=notice.exemptions,
    )


def service_statistics(
    requests: Iterable[FinishedRequest],
    *,
    year: int,
    body: PublicBody | None = None,
    calendar: WorkingCalendar | None = None,
    unanswered: Iterable[date] = (),
) -> ServiceStatistics:
    """The UU 14/2008 Pasal 12 figures for the requests received in ``year``.

    Every record is checked first; a wrong one (answer before receipt, a refusal without its
    Pasal 17 ground, an unknown ground, a repeated number) raises
    :class:`~kiplib.errors.ServiceRecordError` naming ``requests[i].<field>``. Requests
    received in other years are not counted (they belong to their own year's figures).

    Args:
        requests: the finished requests.
        unanswered: the dates of receipt of the requests that have no written notice (see
            :func:`service_statistics_from_logs`, which splits request logs into both): they
            count as received (huruf a) and nowhere else.
    """
    listed = tuple(requests)
    pending = tuple(unanswered)
    problems: list[Problem] = []
    for i, day in enumerate(pending):
        if not isinstance(day, date) or isinstance(day, datetime):
            problems.append(
                Problem(
                    f"unanswered[{i}]",
                    "not-a-date",
                    N_("tanggal penerimaan harus berupa tanggal, bukan {value}"),
                    {"value": repr(day)},
                )
            )
    seen: dict[str, int] = {}
    for i, r in enumerate(listed):
        problems.extend(_check_request(i, r))
        first = seen.setdefault(r.number, i)
        if first != i:
            problems.append(
                Problem(
                    f"requests[{i}].number",
                    "duplicate-number",
                    N_("nomor {value} sudah dipakai pada requests[{first}]"),
                    {"value": r.number, "first": first},
                )
            )
    if problems:
        raise ServiceRecordError(field=f"Pasal 12 {year}", problems=problems)
    cal = calendar if calendar is not None else calendar_for(body)
    of_year = [r for r in listed if r.received_on.year == year]
    outcomes = Counter(r.outcome for r in of_year)
    times = tuple(
        RequestTime(r.number, cal.working_days_between(r.received_on, r.answered_on))
        for r in of_year
    )
    days = [t.working_days for t in times]
    reasons = Counter(g for r in of_year for g in r.refusal_grounds)
    waiting = sum(1 for day in pending if day.year == year)
    return ServiceStatistics(
        year=year,
        received=len(of_year) + waiting,
        unanswered=waiting,
        granted=outcomes[RequestOutcome.GRANTED],
        partly_granted=outcomes[RequestOutcome.PARTLY_GRANTED],
        refused=outcomes[RequestOutcome.REFUSED],
        not_held=outcomes[RequestOutcome.NOT_HELD],
        times=times,
        within_notice_period=sum(1 for d in days if d <= _NOTICE_DAYS),
        within_extended_period=sum(1 for d in days if d <= _EXTENDED_DAYS),
        mean_working_days=statistics.fmean(days) if days else None,
        median_working_days=float(statistics.median(days)) if days else None,
        max_working_days=max(days) if days else None,
        refusal_reasons=tuple(
            ReasonCount(g, n) for g, n in sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0]))
        ),
    )


def service_statistics_from_logs(
    logs: Iterable[Timeline | Request],
    *,
    year: int,
    as_of: date,
    body: PublicBody | None = None,
    calendar: WorkingCalendar | None = None,
    finished: Iterable[FinishedRequest] = (),
) -> ServiceStatistics:
    """The UU 14/2008 Pasal 12 figures straight from request logs, as they stand on ``as_of``.

    Each log is turned into its :class:`FinishedRequest` (:func:`finished_request`); a log
    without a written notice yet counts as received and unanswered. A log without a
    registration number is named by its place in ``logs`` (``#2``), as on the compliance
    calendar. ``finished`` adds requests already kept as :class:`FinishedRequest` records
    (a number used twice is an error, as in :func:`service_statistics`).

    Examples:
        >>> from datetime import date, datetime, timedelta, timezone
        >>> from kiplib import NoticeOutcome, NoticeSent, Request, RequestReceived
        >>> wib = timezone(timedelta(hours=7))
        >>> answered = Request().record(
        ...     RequestReceived(datetime(2024, 4, 5, 9, 0, tzinfo=wib), "7/2024")
        ... ).record(NoticeSent(datetime(2024, 4, 22, 10, 0, tzinfo=wib), NoticeOutcome.ACCEPTED))
        >>> silent = Request().record(
        ...     RequestReceived(datetime(2024, 11, 4, 9, 0, tzinfo=wib), "8/2024")
        ... )
        >>> s = service_statistics_from_logs([answered, silent], year=2024, as_of=date(2025, 1, 6))
        >>> s.received, s.granted, s.unanswered
        (2, 1, 1)
    """
    done_requests: list[FinishedRequest] = list(finished)
    unanswered: list[date] = []
    for i, log in enumerate(logs):
        timeline = log if isinstance(log, Timeline) else log.timeline(as_of=as_of)
        received = next((e for e in timeline.events if isinstance(e, RequestReceived)), None)
        if received is None:
            continue  # nothing was received yet: nothing to count
        number = received.registration_number or f"#{i + 1}"
        done = finished_request(timeline, number=number)
        if done is not None:
            done_requests.append(done)
        else:
            unanswered.append(local_date(received.at, timeline.body))
    return service_statistics(
        done_requests, year=year, body=body, calendar=calendar, unanswered=unanswered
    )


# ============================================================================ compliance calendar
class DutyKind(enum.Enum):
    """What a duty on the compliance calendar is about."""

    #: A berkala item is due for publication (six months after the last, D-1).
    PERIODIC_PUBLICATION = "periodic_publication"
    #: The year's DIP is due (the practice: compiled in February).
    DIP_UPDATE = "dip_update"
    #: The PPID's declaration that exempt information opens (PP 61/2010 Pasal 11 ayat 2).
    EXEMPTION_DECLARATION = "exemption_declaration"
    #: An exemption period ends; the information opens by itself (Pasal 11 ayat 3).
    EXEMPTION_ENDS = "exemption_ends"
    #: A consequence test is due for review (UU 14/2008 Pasal 20 ayat 1; D-3).
    CONSEQUENCE_TEST_REVIEW = "consequence_test_review"
    #: An exemption ended but the item is still listed as exempt: update the registers.
    EXEMPTION_EXPIRED_STILL_LISTED = "exemption_expired_still_listed"
    #: The annual report to the Komisi Informasi, with the Pasal 12 figures.
    ANNUAL_REPORT = "annual_report"
    #: An open request's written notice (UU 14/2008 Pasal 22 ayat (7)).
    REQUEST_NOTICE = "request_notice"
    #: The last day to extend an open request's notice period, once (Pasal 22 ayat (8)).
    REQUEST_EXTENSION = "request_extension"
    #: An open request's written notice after the extension (Pasal 22 ayat (8)).
    REQUEST_EXTENDED_NOTICE = "request_extended_notice"
    #: The atasan PPID's written answer to a keberatan (Pasal 36 ayat (2)).
    OBJECTION_RESPONSE = "objection_response"

    def label(self, lang: str = "id") -> str:
        """What to do, in ``lang``."""
        return gettext(_DUTY_LABELS[self], lang)


_DUTY_LABELS: Final = {
    DutyKind.PERIODIC_PUBLICATION: N_("umumkan informasi berkala"),
    DutyKind.DIP_UPDATE: N_("tetapkan DIP tahun ini"),
    DutyKind.EXEMPTION_DECLARATION: N_("tetapkan informasi yang dikecualikan menjadi terbuka"),
    DutyKind.EXEMPTION_ENDS: N_("jangka waktu pengecualian berakhir; informasi terbuka"),
    DutyKind.CONSEQUENCE_TEST_REVIEW: N_("lakukan uji konsekuensi ulang"),
    DutyKind.EXEMPTION_EXPIRED_STILL_LISTED: N_(
        "pengecualian sudah berakhir; keluarkan dari DIK dan perbarui DIP"
    ),
    DutyKind.ANNUAL_REPORT: N_("sampaikan laporan tahunan layanan informasi publik"),
    DutyKind.REQUEST_NOTICE: N_("kirim pemberitahuan tertulis atas permintaan informasi"),
    DutyKind.REQUEST_EXTENSION: N_(
        "batas terakhir memperpanjang waktu pemberitahuan (sekali, 7 hari kerja, dengan alasan "
        "tertulis)"
    ),
    DutyKind.REQUEST_EXTENDED_NOTICE: N_(
        "kirim pemberitahuan tertulis atas permintaan informasi (waktu diperpanjang)"
    ),
    DutyKind.OBJECTION_RESPONSE: N_("atasan PPID menanggapi keberatan secara tertulis"),
}
#: The deadlines of a request that are duties of the body, and the duty each one is.
_REQUEST_DUTIES: Final = {
    Step.NOTICE: DutyKind.REQUEST_NOTICE,
    Step.NOTICE_EXTENDED: DutyKind.REQUEST_EXTENDED_NOTICE,
    Step.OBJECTION_RESPONSE: DutyKind.OBJECTION_RESPONSE,
}
_EXTENSION_CITATION: Final = Citation(UU_14_2008, pasal=22, ayat=8)
_FROM_ACTION: Final = {
    ActionKind.DECLARATION_DUE: DutyKind.EXEMPTION_DECLARATION,
    ActionKind.DECLARATION_OVERDUE: DutyKind.EXEMPTION_DECLARATION,
    ActionKind.OPENS: DutyKind.EXEMPTION_ENDS,
    ActionKind.REVIEW_DUE: DutyKind.CONSEQUENCE_TEST_REVIEW,
    ActionKind.EXPIRED_STILL_LISTED: DutyKind.EXEMPTION_EXPIRED_STILL_LISTED,
}


class DutyStatus(enum.Enum):
    """Where a duty stands on ``as_of``."""

    #: Its date has passed.
    OVERDUE = "overdue"
    #: Due within the next 30 days (``as_of`` included).
    DUE = "due"
    #: Due later, within the horizon.
    COMING = "coming"

    def label(self, lang: str = "id") -> str:
        """The status, in ``lang``."""
        return gettext(_STATUS_LABELS[self], lang)


_STATUS_LABELS: Final = {
    DutyStatus.OVERDUE: N_("terlambat"),
    DutyStatus.DUE: N_("segera"),
    DutyStatus.COMING: N_("mendatang"),
}
#: Days ahead within which a duty is "due" rather than "coming".
DUE_SOON_DAYS: Final = 30


@attrs.frozen(kw_only=True)
class ComplianceItem:
    """One duty: what, about which item, by when, its status, and the article behind it.

    Attributes:
        kind: what the duty is.
        due: the last day for it.
        status: overdue, due or coming, on the calendar's ``as_of``.
        subject: the DIP entry number, the consequence-test number, the report's year, or a
            request's registration number (``#2`` — its place in the list — when it has none).
        information: what it concerns, in words (for a request: the day it was received).
        citation: the article that imposes it.
        convention: the decision of kip-rules.md the date depends on (``D-1``), if any.
    """

    kind: DutyKind
    due: date
    status: DutyStatus
    subject: str
    information: str
    citation: Citation
    convention: str | None = None

    def describe(self, lang: str = "id") -> str:
        """``[terlambat] 2024-09-15  B-3  …: what to do (citation)`` in ``lang``."""
        conv = f", {self.convention}" if self.convention else ""
        return (
            f"[{self.status.label(lang)}] {self.due.isoformat()}  {self.subject}  "
            f"{self.information}: {self.kind.label(lang)} ({self.citation}{conv})"
        )


@attrs.frozen(kw_only=True)
class BodyRecords:
    """Everything a body keeps that its yearly duties are computed from (the CLI's input).

    Attributes:
        body: the badan publik.
        dip: its current DIP, if any.
        consequence_tests: its consequence-test records (the DIK is computed from them).
        release_events: release conditions that happened (consent, public hearing …).
        requests: finished requests, for the Pasal 12 statistics.
        annual_reports: the years whose annual report has been submitted.
        request_logs: requests as the lifecycle records them (:class:`~kiplib.Request`), for
            the notices and keberatan answers due; each must be a request to ``body``.
    """

    body: PublicBody
    dip: DipRegister | None = None
    consequence_tests: tuple[ConsequenceTest, ...] = attrs.field(default=(), converter=_tuple)
    release_events: tuple[ReleaseEvent, ...] = attrs.field(default=(), converter=_tuple)
    requests: tuple[FinishedRequest, ...] = attrs.field(default=(), converter=_tuple)
    annual_reports: tuple[int, ...] = attrs.field(default=(), converter=_tuple)
    request_logs: tuple[Request, ...] = attrs.field(default=(), converter=_tuple)


@attrs.frozen(kw_only=True)
class ComplianceCalendar:
    """The duties of ``body`` on ``as_of`` up to ``until``, soonest first."""

    body: PublicBody
    as_of: date
    until: date
    items: tuple[ComplianceItem, ...] = attrs.field(converter=_tuple)

    def overdue(self) -> tuple[ComplianceItem, ...]:
        """The duties whose date has passed."""
        return tuple(i for i in self.items if i.status is DutyStatus.OVERDUE)

    def explain(self, lang: str = "id") -> str:
        """The calendar as lines, in ``lang``."""
        head = gettext(N_("Kalender kepatuhan {body}: {as_of} s.d. {until}"), lang).format(
            body=self.body.name,
            as_of=format_date(self.as_of, lang),
            until=format_date(self.until, lang),
        )
        if not self.items:
            return head + "\n" + gettext(N_("Tidak ada kewajiban dalam rentang ini."), lang)
        return "\n".join([head, *(i.describe(lang) for i in self.items)])


def _status(due: date, as_of: date) -> DutyStatus:
    if due < as_of:
        return DutyStatus.OVERDUE
    if due <= as_of + timedelta(days=DUE_SOON_DAYS):
        return DutyStatus.DUE
    return DutyStatus.COMING


def _end_of_february(year: int) -> date:
    return date(year, 3, 1) - timedelta(days=1)


def compliance_calendar(
    records: BodyRecords,
    *,
    as_of: date,
    horizon_days: int = 90,
    calendar: WorkingCalendar | None = None,
) -> ComplianceCalendar:
    """What ``records.body`` must do: overdue duties and those due up to ``horizon_days`` ahead.

    * berkala entries of the DIP: next publication six calendar months after the last one
      (UU 14/2008 Pasal 9 ayat (3); D-1, months with ``relativedelta``);
    * the DIP of ``as_of``'s year, when the current one is older: by the end of February (the
      yearly practice; the obligation to have a DIP is UU 14/2008 Pasal 11 ayat (1) huruf a);
    * the consequence tests: declarations 30 hari kerja before an exemption ends, ends,
      reviews, and exemptions that ended but are still listed (PP 61/2010 Pasal 11; reusing
      :func:`kiplib._exemption.actions_due`);
    * the annual report for the previous year (and for this year, once within the horizon),
      unless its year is in ``records.annual_reports`` (Perki 1/2021 Pasal 56);
    * each open request of ``records.request_logs``: its written notice (UU 14/2008 Pasal 22
      ayat (7), or ayat (8) once extended), the last day to extend it while that is still
      possible, and the atasan PPID's answer to a keberatan (Pasal 36 ayat (2)) — read from
      the request's :func:`kiplib.timeline` on ``as_of``, so with the body's calendar and
      district rules; a duty not done by its date stays on the calendar as overdue.

    Raises:
        kiplib.errors.InvalidInputError: a bad ``as_of`` or ``horizon_days``, a request to
            another body, or ``as_of`` before a request's last recorded event.
    """
    if type(as_of) is not date:
        raise InvalidInputError(
            field="as_of", value=repr(as_of), reason=N_("harus berupa tanggal (date)")
        )
    if isinstance(horizon_days, bool) or not isinstance(horizon_days, int) or horizon_days < 0:
        raise InvalidInputError(
            field="horizon_days",
            value=repr(horizon_days),
            reason=N_("harus bilangan bulat >= 0"),
        )
    until = as_of + timedelta(days=horizon_days)
    items: list[ComplianceItem] = []

    def add(
        kind: DutyKind,
        due: date,
        subject: str,
        information: str,
        citation: Citation,
        convention: str | None = None,
    ) -> None:
        items.append(
            ComplianceItem(
                kind=kind,
                due=due,
                status=_status(due, as_of),
                subject=subject,
                information=information,
                citation=citation,
                convention=convention,
            )
        )

    dip = records.dip
    if dip is not None:
        for e in dip.periodic():
            if e.last_published is None:
                add(DutyKind.PERIODIC_PUBLICATION, as_of, e.number, e.summary, _UU9_3, "D-1")
                continue
            # UU 14/2008 Pasal 9 ayat (3), D-1: stale six calendar months after publication.
            due = e.last_published + relativedelta(months=PERIODIC_MONTHS)
            if due <= until:
                add(DutyKind.PERIODIC_PUBLICATION, due, e.number, e.summary, _UU9_3, "D-1")
    for year in (as_of.year, as_of.year + 1):
        due = _end_of_february(year)
        has = dip is not None and dip.year >= year
        if not has and (due <= until) and (year == as_of.year or due >= as_of):
            add(DutyKind.DIP_UPDATE, due, f"DIP {year}", records.body.name, DIP_CITATION)
            break
    actions = actions_due(
        records.consequence_tests,
        start=as_of,
        end=until,
        events=records.release_events,
        calendar=calendar if calendar is not None else calendar_for(records.body),
    )
    in_dip = {e.key for e in dip.entries} if dip is not None else set()
    for a in actions:
        # An ended exemption already back in the DIP needs nothing more (PP 61/2010 Pasal 11).
        if a.action is ActionKind.EXPIRED_STILL_LISTED and _normal(a.information) in in_dip:
            continue
        add(_FROM_ACTION[a.action], a.due, a.record, a.information, a.citation)
    for year in (as_of.year - 1, as_of.year):
        report = annual_report_due(year)
        if year in records.annual_reports or report.due > until:
            continue
        add(
            DutyKind.ANNUAL_REPORT,
            report.due,
            str(year),
            records.body.name,
            ANNUAL_REPORT_CITATION,
        )
    for i, request in enumerate(records.request_logs):
        if request.body != records.body:
            raise InvalidInputError(
                field=f"request_logs[{i}].body",
                value=repr(request.body.name),
                reason=N_("permintaan ini dicatat untuk badan publik lain"),
            )
        t = request.timeline(as_of=as_of)
        first = t.events[0]
        number = first.registration_number if isinstance(first, RequestReceived) else None
        subject = number or f"#{i + 1}"
        received = local_date(first.at, records.body).isoformat()
        for entry in t.entries:
            kind = _REQUEST_DUTIES.get(entry.step)
            if kind is None or entry.state not in (EntryState.RUNNING, EntryState.OVERDUE):
                continue
            if entry.due > until:
                continue
            add(kind, entry.due, subject, received, entry.deadline.citation)
            if entry.step is Step.NOTICE and entry.state is EntryState.RUNNING:
                # Pasal 22 ayat (8): the extension must be declared within the 10 days.
                add(DutyKind.REQUEST_EXTENSION, entry.due, subject, received, _EXTENSION_CITATION)
    items.sort(key=lambda i: (i.due, i.kind.value, i.subject))
    return ComplianceCalendar(body=records.body, as_of=as_of, until=until, items=items)
