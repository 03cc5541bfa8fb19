"""What a body announces each year about its service (UU 14/2008 Pasal 12), and when its
annual report is due (Perki 1/2021 Pasal 56).

* :func:`service_statistics` — requests received, the time to fulfil each, granted and
  refused, and the reasons for refusal, from :class:`FinishedRequest` records;
* :func:`finished_request` — what one request's log (a :class:`kiplib.Request` or its
  :class:`kiplib.Timeline`) contributes, so the figures come from the real request logs;
  :func:`service_statistics_from_logs` does both at once and counts the unanswered ones;
* :func:`annual_report_due` — the annual report on a year is due by 31 March of the next.

Examples:
    >>> print(annual_report_due(2024), annual_report_due(2024).citation)
    2025-03-31 Perki 1/2021 Pasal 56
"""

from __future__ import annotations

from kiplib._check import argument, instance_of, to_enum, to_tuple

__all__ = [
    "AnnualReportDue",
    "FinishedRequest",
    "ReasonCount",
    "RequestOutcome",
    "RequestTime",
    "ServiceStatistics",
    "annual_report_due",
    "answer_periods",
    "finished_request",
    "service_statistics",
    "service_statistics_from_logs",
]

import enum
import statistics
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date, datetime, timedelta
from typing import Final

import attrs

from kiplib.calendar.working import WorkingCalendar
from kiplib.deadlines import deadline_for, local_date
from kiplib.errors import InvalidInputError, Problem, ServiceRecordError
from kiplib.i18n import N_, format_number, gettext
from kiplib.law.bodies import PublicBody
from kiplib.law.citation import Citation
from kiplib.law.duties import (
    ANNUAL_REPORT_CITATION,
    ANNUAL_REPORT_MONTHS,
    SERVICE_STATISTICS_CITATION,
)
from kiplib.law.grounds import GROUNDS
from kiplib.law.states import EntryState, step_state
from kiplib.law.steps import LAW_IN_FORCE, NATIONAL_TABLE, Step
from kiplib.requests.events import (
    InformationDelivered,
    NoticeOutcome,
    NoticeSent,
    RequestReceived,
    Withdrawn,
)
from kiplib.requests.lifecycle import Request, Timeline
from kiplib.rulebook.book import BodyRules, RuleBook, rules_or_default


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


#: The last year whose figures and reports kiplib computes (the next year must still be a date).
LAST_YEAR: Final = date.max.year - 1


def check_year(year: object, field: str = "year") -> int:
    """``year`` when it is a whole number from the year UU 14/2008 came into force to
    :data:`LAST_YEAR`; otherwise an :class:`~kiplib.errors.InvalidInputError` naming ``field``."""
    if (
        isinstance(year, bool)
        or not isinstance(year, int)
        or not (LAW_IN_FORCE.year <= year <= LAST_YEAR)
    ):
        raise InvalidInputError(
            field=field,
            value=repr(year)[:80],
            reason=N_("harus tahun sejak UU 14/2008 berlaku, sampai {last}"),
            last=LAST_YEAR,
        )
    return year


def annual_report_due(year: int) -> AnnualReportDue:
    """The annual report on ``year`` is due by 31 March of ``year + 1`` (Perki 1/2021 Pasal 56).

    The date is kept as the regulation states it, whatever day of the week it falls on.
    """
    check_year(year)
    # The last day of the ANNUAL_REPORT_MONTHS-th month after the year ends: 31 March.
    due = date(year + 1, ANNUAL_REPORT_MONTHS + 1, 1) - timedelta(days=1)
    return AnnualReportDue(year, due)


# ============================================================================ Pasal 12 statistics
class RequestOutcome(enum.Enum):
    """How a finished request ended."""

    #: The information was given.
    GRANTED = "granted"
    #: Given in part, the rest refused (blacked out) on Pasal 17 grounds.
    PARTLY_GRANTED = "partly_granted"
    #: Refused on Pasal 17 grounds.
    REFUSED = "refused"
    #: The body does not hold it (*belum dikuasai*, UU 14/2008 Pasal 6 ayat (3) huruf e; the
    #: notice says so, Pasal 22 ayat (7) huruf a, and names the holder, huruf b).
    NOT_HELD = "not_held"


def _tuple(value: Iterable[object]) -> tuple[object, ...]:
    return tuple(value)


def _request_outcome(value: object) -> RequestOutcome:
    return to_enum(RequestOutcome, value, "outcome")


@attrs.frozen(kw_only=True)
class FinishedRequest:
    """What one finished request contributes to the yearly statistics (UU 14/2008 Pasal 12).

    The request lifecycle turns its timeline into this record: the registration number, the
    date the request was received, the date the information was given or refused, the outcome
    and, for a refusal (in whole or in part), the Pasal 17 grounds.
    """

    number: str = attrs.field(validator=instance_of(str))
    received_on: date = attrs.field(validator=instance_of(date))
    answered_on: date = attrs.field(validator=instance_of(date))
    outcome: RequestOutcome = attrs.field(converter=_request_outcome)
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
        within_notice_period: answered within the period of the written notice (10 hari kerja,
            UU 14/2008 Pasal 22 ayat (7): :attr:`periods`; a district's shorter one:
            ``local_periods``): not late by the notice's deadline
            for the body — the same deadline and the same meaning of "late" as a request's
            timeline (:func:`kiplib.law.step_state`: met, or debatable where the commissions'
            readings of "sejak X" differ, D-12), applied to the day the request was answered:
            the day the information was handed over for a request granted in whole or in
            part, the day of the notice otherwise (:func:`finished_request`; Pasal 12 counts
            the time taken to fulfil a request, so a notice in time followed by a late
            delivery is not within the period, while the timeline's notice step is met).
        within_extended_period: answered within that period once extended (17 hari kerja,
            with the extension of ayat (8)), by the same measure.
        mean_working_days, median_working_days, max_working_days: over ``times``.
        refusal_reasons: refusals per Pasal 17 ground, most frequent first.
        unanswered: requests received in ``year`` without a written notice when the figures
            were made (still open, never answered, or withdrawn before the notice). They are
            part of ``received`` (Pasal 12 huruf a counts every request received) but of no
            outcome or time.
        local_periods: the hari kerja ``(notice, extended)`` the two "within" counts were
            counted by, when a district's rule set any of them: each pair in force for the
            year's requests, in the order of their receipt (a rule that came into force during
            the year gives two). Empty: the periods of the UU (:attr:`periods`).
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
    local_periods: tuple[tuple[int, int], ...] = attrs.field(default=(), converter=_tuple)

    @property
    def periods(self) -> tuple[int, int]:
        """Hari kerja of the written notice and of the notice once extended, as the UU sets
        them for requests of :attr:`year` (UU 14/2008 Pasal 22 ayat (7) and (8))."""
        return _law_periods(self.year)

    def period_labels(self) -> tuple[str, str]:
        """The hari kerja the "within" counts were counted by, as the figures show them:
        ``("10", "17")`` by the UU, ``("7", "14")`` by a district's rule, ``("10/7", "17/14")``
        when a district's rule came into force during the year."""
        pairs = self.local_periods or (self.periods,)
        notice = "/".join(dict.fromkeys(str(n) for n, _ in pairs))
        extended = "/".join(dict.fromkeys(str(e) for _, e in pairs))
        return notice, extended

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
            notice_days, extended_days = self.period_labels()
            lines.append(
                _(
                    N_(
                        "Waktu pemenuhan (hari kerja): rata-rata {mean}, median {median}, "
                        "terlama {max}; dalam {notice_days} hari kerja: {within}; dalam "
                        "{extended_days} hari kerja: {extended}"
                    )
                ).format(
                    notice_days=notice_days,
                    extended_days=extended_days,
                    mean=format_number(self.mean_working_days, lang, decimals=1),
                    median=format_number(self.median_working_days or 0.0, lang),
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
    rules: RuleBook | None = None,
) -> FinishedRequest | None:
    """What one request's log contributes to the UU 14/2008 Pasal 12 figures, if it is finished.

    A request is finished once its written notice was sent (UU 14/2008 Pasal 22 ayat (7)):
    the outcome is the notice's (granted, partly, refused with its Pasal 17 grounds, not
    held). It was answered on the day the information was handed over when the notice grants
    it (in whole or in part) and the delivery is recorded, else on the day of the notice.
    Dates are the body's local dates (in the zone the rule book settles), and the request
    counts as received on the day its timeline's notice counts from (a receipt after service
    hours may count as the next working day's, D-7). The events are read as the timeline
    reads them: nothing recorded after a withdrawal counts, and of two notices the first does.
    What happens after the notice (a keberatan, a sengketa) does not change the figures of
    the service itself.

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
        source = source.timeline(as_of=as_of, rules=rules)
    argument("source", source, Timeline, Request)
    # The events as the timeline reads them: nothing after a withdrawal has an effect, and
    # of two notices the first counts (the second is a defect of the log).
    received: RequestReceived | None = None
    notice: NoticeSent | None = None
    delivered: InformationDelivered | None = None
    for event in source.events:
        if isinstance(event, Withdrawn):
            break
        if isinstance(event, RequestReceived):
            received = received or event
        elif isinstance(event, NoticeSent):
            notice = notice or event
        elif isinstance(event, InformationDelivered) and delivered is None:
            delivered = event
    if received is None or notice is None:
        return None
    # Local dates in the zone the rule book settles for the body; the day of receipt as the
    # timeline's notice counts it (a receipt after service hours may count as the next
    # working day's, D-7).
    body = rules_or_default(rules).for_body(source.body).body
    counted = source.entry(Step.NOTICE)
    received_on = (
        counted.deadline.clock_start if counted is not None else local_date(received.at, body)
    )
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
        received_on=received_on,
        answered_on=answered_on,
        outcome=_FROM_NOTICE[notice.outcome],
        refusal_grounds=notice.exemptions,
    )


def answer_periods(received_on: date) -> tuple[int, int]:
    """Hari kerja of the written notice and of the notice once extended (10 and 17)."""
    notice = NATIONAL_TABLE.rule_for(Step.NOTICE, received_on).count
    return notice, notice + NATIONAL_TABLE.rule_for(Step.NOTICE_EXTENDED, received_on).count


def _law_periods(year: int) -> tuple[int, int]:
    """:func:`answer_periods` for the requests of ``year`` (from the day the UU applies)."""
    return answer_periods(max(date(year, 1, 1), LAW_IN_FORCE))


def service_statistics(
    requests: Iterable[FinishedRequest],
    *,
    year: int,
    body: PublicBody | None = None,
    calendar: WorkingCalendar | None = None,
    unanswered: Iterable[date] = (),
    rules: RuleBook | None = None,
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
        body: whose calendar counts the hari kerja of each answer (``calendar`` overrides it).
        rules: the rule book that gives the body's calendar (``None``: installed).
    """
    check_year(year)
    listed = to_tuple((FinishedRequest,), requests, "requests")
    pending = to_tuple((object,), unanswered, "unanswered")
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
    where = rules_or_default(rules).for_body(body)
    cal = calendar if calendar is not None else where.calendar
    of_year = [r for r in listed if r.received_on.year == year]
    outcomes = Counter(r.outcome for r in of_year)
    times = tuple(
        RequestTime(r.number, cal.working_days_between(r.received_on, r.answered_on))
        for r in of_year
    )
    days = [t.working_days for t in times]
    reasons = Counter(g for r in of_year for g in r.refusal_grounds)
    waiting = sum(1 for day in pending if day.year == year)
    # Each request by the deadlines of its body (a district's rule in force on its day).
    counted = [
        (
            _in_time(Step.NOTICE, r, where, calendar),
            _in_time(Step.NOTICE_EXTENDED, r, where, calendar),
        )
        for r in sorted(of_year, key=lambda r: r.received_on)
    ]
    pairs = tuple(dict.fromkeys((notice[1], extended[1]) for notice, extended in counted))
    national = _law_periods(year)
    return ServiceStatistics(
        year=year,
        received=len(of_year) + waiting,
        unanswered=waiting,
        granted=outcomes[RequestOutcome.GRANTED],
        partly_granted=outcomes[RequestOutcome.PARTLY_GRANTED],
        refused=outcomes[RequestOutcome.REFUSED],
        not_held=outcomes[RequestOutcome.NOT_HELD],
        times=times,
        within_notice_period=sum(notice[0] for notice, _ in counted),
        within_extended_period=sum(extended[0] for _, extended in counted),
        mean_working_days=statistics.fmean(days) if days else None,
        median_working_days=float(statistics.median(days)) if days else None,
        max_working_days=max(days) if days else None,
        refusal_reasons=tuple(
            ReasonCount(g, n) for g, n in sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0]))
        ),
        local_periods=() if set(pairs) <= {national} else pairs,
    )


def _in_time(
    step: Step, request: FinishedRequest, where: BodyRules, calendar: WorkingCalendar | None
) -> tuple[bool, int]:
    """Whether the answer came within ``step``'s deadline for the body (the written notice,
    or the notice once extended): not late, as a timeline would say of the notice; and the
    hari kerja of that deadline."""
    d = deadline_for(step, request.received_on, where, calendar=calendar)
    state, _ = step_state(
        step, due=d.due, latest=d.latest, as_of=request.answered_on, done_on=request.answered_on
    )
    return state in _NOT_LATE, d.count


#: Done on time under some reading of "sejak X" at least: not late.
_NOT_LATE: Final = frozenset({EntryState.MET, EntryState.DEBATABLE})


def service_statistics_from_logs(
    logs: Iterable[Timeline | Request],
    *,
    year: int,
    as_of: date,
    body: PublicBody | None = None,
    calendar: WorkingCalendar | None = None,
    finished: Iterable[FinishedRequest] = (),
    rules: RuleBook | None = None,
) -> ServiceStatistics:
    """The UU 14/2008 Pasal 12 figures straight from request logs, as they stand on ``as_of``.

    Each log is turned into its :class:`FinishedRequest` (:func:`finished_request`); a log
    without a written notice yet counts as received and unanswered. A log without a
    registration number is named by its place in ``logs`` (``#2``), as on the compliance
    calendar. ``finished`` adds requests already kept as :class:`FinishedRequest` records
    (a number used twice is an error, as in :func:`service_statistics`). Without ``body``,
    the figures are those of the body of the logs when they all have one (its rules set the
    periods counted by).

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
    check_year(year)
    argument("as_of", as_of, date)
    logs = to_tuple((Timeline, Request), logs, "logs")
    done_requests: list[FinishedRequest] = list(to_tuple((FinishedRequest,), finished, "finished"))
    unanswered: list[date] = []
    book = rules_or_default(rules)
    seen: set[PublicBody] = set()
    for i, log in enumerate(logs):
        timeline = log if isinstance(log, Timeline) else log.timeline(as_of=as_of, rules=book)
        seen.add(timeline.body)
        received = next((e for e in timeline.events if isinstance(e, RequestReceived)), None)
        if received is None:
            continue  # nothing was received yet: nothing to count
        number = received.registration_number or f"#{i + 1}"
        done = finished_request(timeline, number=number, rules=book)
        if done is not None:
            done_requests.append(done)
        else:
            unanswered.append(local_date(received.at, book.for_body(timeline.body).body))
    if body is None and len(seen) == 1:
        body = next(iter(seen))  # the logs' own body: its rules count the periods
    return service_statistics(
        done_requests,
        year=year,
        body=body,
        calendar=calendar,
        unanswered=unanswered,
        rules=rules,
    )
