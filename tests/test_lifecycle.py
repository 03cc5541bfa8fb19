"""A request's life: properties over random logs, and the rules one by one."""

from __future__ import annotations

import pickle
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kiplib
from kiplib import (
    BodyLevel,
    BodyType,
    Court,
    DisputeFiled,
    EntryState,
    Event,
    ExtensionDeclared,
    NoticeOutcome,
    NoticeSent,
    ObjectionFiled,
    ObjectionGround,
    PublicBody,
    Request,
    RequestReceived,
    Status,
    Step,
    Timeline,
    competent_commission,
    local_date,
    timeline,
)
from kiplib import serialization as ser
from kiplib.errors import InvalidInputError, KiplibError, NaiveDatetimeError, SequenceError
from kiplib.testing import strategies as kst

WIB = timezone(timedelta(hours=7))


def at(y: int, m: int, d: int, h: int = 9) -> datetime:
    return datetime(y, m, d, h, 0, tzinfo=WIB)


def last_day(body: PublicBody, events: tuple[Event, ...]) -> date:
    return local_date(events[-1].at, body)


def keys(t: Timeline) -> set[tuple[str, date, date]]:
    return {(e.step.value, e.deadline.start, e.due) for e in t.entries}


# --------------------------------------------------------------------------- properties
@given(kst.requests(), st.integers(0, 400))
def test_any_valid_log_has_a_status(request: Request, later: int) -> None:
    as_of = last_day(request.body, request.events) + timedelta(days=later)
    t = request.timeline(as_of=as_of)
    assert isinstance(t.status, Status)
    assert t.summary("en") and t.explain("en")
    for entry in t.entries:
        assert entry.state in EntryState
        assert entry.due >= entry.deadline.start


@given(kst.requests())
def test_recording_an_event_never_moves_an_earlier_deadline(request: Request) -> None:
    body, events = request.body, request.events
    for k in range(1, len(events)):
        today = local_date(events[k].at, body)
        before = timeline(events[:k], body=body, as_of=today)
        after = timeline(events[: k + 1], body=body, as_of=today)
        assert keys(before) <= keys(after)


@given(kst.law_dates(max_value=date(2030, 12, 31)), st.integers(0, 60), st.booleans())
def test_a_later_receipt_never_gives_an_earlier_deadline(
    first: date, gap: int, extend: bool
) -> None:
    body = PublicBody("Badan")

    def dues(d: date) -> list[date]:
        received = datetime.combine(d, datetime.min.time(), tzinfo=body.zone)
        log: list[Event] = [RequestReceived(received)]
        if extend:
            log.append(ExtensionDeclared(received + timedelta(hours=1), "arsip"))
        t = timeline(log, body=body, as_of=d + timedelta(days=200))
        return [e.due for e in t.entries if e.state is not EntryState.SUPERSEDED]

    a, b = dues(first), dues(first + timedelta(days=gap))
    assert len(a) == len(b)
    assert all(x <= y for x, y in zip(a, b, strict=True))


@given(kst.requests(), st.integers(0, 60))
def test_log_and_timeline_round_trip_through_json(request: Request, later: int) -> None:
    assert ser.loads(ser.dumps(request), Request) == request
    t = request.timeline(as_of=last_day(request.body, request.events) + timedelta(days=later))
    assert ser.loads(ser.dumps(t), Timeline) == t


@given(kst.shuffled_requests())
def test_any_log_gives_a_status_or_a_kiplib_error(
    case: tuple[PublicBody, tuple[Event, ...]],
) -> None:
    body, events = case
    outcome: Timeline | KiplibError
    try:
        outcome = timeline(events, body=body, as_of=date(2031, 1, 1))
    except KiplibError as err:  # any other exception fails the test
        outcome = err
    if isinstance(outcome, KiplibError):
        assert outcome.message("en") and outcome.code
    else:
        assert isinstance(outcome.status, Status)


@given(kst.requests(), kst.requests())
def test_a_rejected_event_leaves_the_request_as_it_was(a: Request, b: Request) -> None:
    for event in b.events:
        try:
            grown = a.record(event)
        except KiplibError:
            continue
        assert grown.events[:-1] == a.events and grown.id == a.id
    assert a == Request(a.body, a.events, id=a.id)


# --------------------------------------------------------------------------- rules
def received() -> Request:
    return Request().record(RequestReceived(at(2024, 4, 5)))


def test_the_extension_replaces_the_notice_deadline() -> None:
    r = received().record(ExtensionDeclared(at(2024, 4, 29, 15), "arsip"))
    t = r.timeline(as_of=date(2024, 4, 30))
    assert [(e.step, e.due, e.state) for e in t.entries] == [
        (Step.NOTICE, date(2024, 4, 29), EntryState.SUPERSEDED),
        (Step.NOTICE_EXTENDED, date(2024, 5, 13), EntryState.RUNNING),
    ]
    assert t.status is Status.AWAITING_EXTENDED_NOTICE
    assert str(t.actions[0].citation) == "UU 14/2008 Pasal 22 ayat (8)"


@pytest.mark.parametrize(
    ("events", "field", "citation"),
    [
        (
            [ObjectionFiled(at(2024, 4, 5), ("c",))],
            "events[0]",
            "UU 14/2008 Pasal 35 ayat (1)",
        ),
        (
            [NoticeSent(at(2024, 4, 5), NoticeOutcome.ACCEPTED)],
            "events[0]",
            "UU 14/2008 Pasal 22 ayat (7)",
        ),
        (
            [RequestReceived(at(2024, 4, 5)), RequestReceived(at(2024, 4, 6))],
            "events[1]",
            "UU 14/2008 Pasal 22 ayat (4)",
        ),
        (
            [RequestReceived(at(2024, 4, 5)), kiplib.ObjectionAnswered(at(2024, 4, 8))],
            "events[1]",
            "UU 14/2008 Pasal 36 ayat (2)",
        ),
        (
            [
                RequestReceived(at(2024, 4, 5)),
                kiplib.DisputeStarted(at(2024, 4, 8), kiplib.DisputeMode.MEDIATION),
            ],
            "events[1]",
            "UU 14/2008 Pasal 38 ayat (1)",
        ),
        (
            [RequestReceived(at(2024, 4, 5)), NoticeSent(at(2024, 4, 4), NoticeOutcome.ACCEPTED)],
            "events[1]",
            "UU 14/2008 Pasal 22 ayat (7)",
        ),
    ],
)
def test_what_cannot_have_happened_is_refused_naming_the_event_and_the_rule(
    events: list[Event], field: str, citation: str
) -> None:
    with pytest.raises(SequenceError) as caught:
        timeline(events, as_of=date(2024, 12, 31))
    err = caught.value
    assert err.params["field"] == field
    assert err.params["citation"] == citation
    assert isinstance(err, ValueError)
    assert citation in err.message("en")
    assert "{" not in err.message("en") and "{" not in str(err)
    assert pickle.loads(pickle.dumps(err)).params == err.params


@pytest.mark.parametrize(
    ("events", "event", "code", "citation"),
    [
        (
            [RequestReceived(at(2024, 4, 5)), ObjectionFiled(at(2024, 4, 10), ("c",))],
            1,
            "ground-c-without-lapse",
            "UU 14/2008 Pasal 35 ayat (1) huruf c",
        ),
        (
            [
                RequestReceived(at(2024, 4, 5)),
                NoticeSent(at(2024, 4, 10), NoticeOutcome.ACCEPTED),
                ObjectionFiled(at(2024, 4, 11), ("a",)),
            ],
            2,
            "ground-a-without-refusal",
            "UU 14/2008 Pasal 35 ayat (1) huruf a",
        ),
        (
            [
                RequestReceived(at(2024, 4, 5)),
                NoticeSent(at(2024, 4, 10), NoticeOutcome.ACCEPTED),
                ObjectionFiled(at(2024, 4, 11), ("c",)),
            ],
            2,
            "ground-c-without-lapse",
            "UU 14/2008 Pasal 35 ayat (1) huruf c",
        ),
        (
            [
                RequestReceived(at(2024, 4, 5)),
                NoticeSent(at(2024, 4, 10), NoticeOutcome.ACCEPTED),
                NoticeSent(at(2024, 4, 11), NoticeOutcome.ACCEPTED),
            ],
            2,
            "second-notice",
            "UU 14/2008 Pasal 22 ayat (7)",
        ),
        (
            [
                RequestReceived(at(2024, 4, 5)),
                NoticeSent(at(2024, 4, 10), NoticeOutcome.ACCEPTED),
                ExtensionDeclared(at(2024, 4, 11), "x"),
            ],
            2,
            "extension-after-notice",
            "UU 14/2008 Pasal 22 ayat (8)",
        ),
        (
            [RequestReceived(at(2024, 4, 5)), DisputeFiled(at(2024, 6, 1))],
            1,
            "dispute-without-objection",
            "Penjelasan UU 14/2008 Pasal 37 ayat (1)",
        ),
    ],
)
def test_what_happened_against_the_law_is_recorded_with_its_defect(
    events: list[Event], event: int, code: str, citation: str
) -> None:
    request = Request(PublicBody("Badan Publik"), tuple(events))
    t = request.timeline(as_of=date(2024, 12, 31))
    assert (event, code, citation) in [(d.event, d.code, str(d.citation)) for d in t.defects]
    found = next(d for d in t.defects if d.code == code)
    assert found.message("en").startswith(f"events[{event}]: ")
    assert citation in found.message("id")
    # The log keeps the event exactly as recorded.
    assert request.events == tuple(events)


def test_defect_messages_fill_their_dates() -> None:
    t = received().record(ExtensionDeclared(at(2024, 4, 30), "x")).timeline(as_of=date(2024, 5, 2))
    (defect,) = t.defects
    assert defect.code == "late-extension"
    assert "2024-04-29" in defect.message("en") and "{" not in defect.message("en")
    # A late extension changes nothing: the notice is still overdue from 30 April.
    assert t.status is Status.NOTICE_OVERDUE


def test_an_empty_log_and_an_early_as_of_are_refused() -> None:
    with pytest.raises(SequenceError):
        timeline([], as_of=date(2024, 1, 1))
    with pytest.raises(InvalidInputError) as caught:
        received().timeline(as_of=date(2024, 4, 4))
    assert caught.value.params["field"] == "as_of"


@pytest.mark.parametrize(
    ("make", "field"),
    [
        (lambda: RequestReceived(datetime(2024, 4, 5, 9, 0)), "at"),
        (lambda: RequestReceived(date(2024, 4, 5)), "at"),  # type: ignore[arg-type]
        (lambda: RequestReceived(at(2024, 4, 5), registration_number=" "), "registration_number"),
        (lambda: ExtensionDeclared(at(2024, 4, 5), ""), "reason"),
        (lambda: NoticeSent(at(2024, 4, 5), NoticeOutcome.REFUSED), "exemptions"),
        (
            lambda: NoticeSent(at(2024, 4, 5), NoticeOutcome.ACCEPTED, exemptions=("a",)),
            "exemptions",
        ),
        (
            lambda: NoticeSent(at(2024, 4, 5), NoticeOutcome.REFUSED, exemptions=("z",)),
            "exemptions",
        ),
        (
            lambda: NoticeSent(at(2024, 4, 5), NoticeOutcome.ACCEPTED, holder="BPN"),
            "holder",
        ),
        (lambda: ObjectionFiled(at(2024, 4, 5), ()), "grounds"),
        (lambda: ObjectionFiled(at(2024, 4, 5), ("x",)), "grounds"),
    ],
)
def test_bad_events_are_refused_at_once(make: object, field: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        make()  # type: ignore[operator]
    assert caught.value.params["field"] == field


def test_naive_instants_are_named() -> None:
    with pytest.raises(NaiveDatetimeError):
        RequestReceived(datetime(2024, 4, 5, 9, 0))


def test_grounds_accept_letters_names_and_members() -> None:
    e = ObjectionFiled(at(2024, 5, 1), ("G", "refusal", ObjectionGround.NOT_ANSWERED, "a"))
    assert [g.value for g in e.grounds] == ["a", "c", "g"]
    assert str(ObjectionGround.LATE.citation) == "UU 14/2008 Pasal 35 ayat (1) huruf g"
    assert not ObjectionGround.REFUSAL.mediable


def test_court_and_commission_follow_the_body() -> None:
    assert Court.for_body(PublicBody("Kementerian")) is Court.PTUN
    assert Court.for_body(PublicBody("PT", body_type=BodyType.STATE_ENTERPRISE)) is Court.PN
    assert Court.PN.label("en") == "District Court (Pengadilan Negeri)"
    cases = [
        (PublicBody("K"), "Komisi Informasi Pusat", "UU 14/2008 Pasal 27 ayat (2)"),
        (
            PublicBody("P", level=BodyLevel.PROVINCE),
            "Komisi Informasi Provinsi",
            "UU 14/2008 Pasal 27 ayat (3)",
        ),
        (
            PublicBody("P", level=BodyLevel.PROVINCE, province_commission=False),
            "Komisi Informasi Pusat",
            "UU 14/2008 Pasal 27 ayat (2)",
        ),
        (
            PublicBody("D", level=BodyLevel.VILLAGE, regency_commission=True),
            "Komisi Informasi Kabupaten/Kota",
            "UU 14/2008 Pasal 27 ayat (4)",
        ),
        (
            PublicBody("D", level=BodyLevel.REGENCY_CITY, province_commission=False),
            "Komisi Informasi Pusat",
            "UU 14/2008 Pasal 27 ayat (2)",
        ),
    ]
    for body, name, why in cases:
        got, basis = competent_commission(body)
        assert (got, str(basis)) == (name, why)


def test_objection_officer_defaults_by_level() -> None:
    assert PublicBody("Dinas", level=BodyLevel.PROVINCE).objection_officer == "Sekretaris Daerah"
    assert PublicBody("Desa", level=BodyLevel.VILLAGE).objection_officer == "Kepala Desa"
    assert PublicBody("Kementerian X").objection_officer == "Pimpinan Kementerian X"
    assert PublicBody("Dinas", atasan_ppid="Kepala Dinas").objection_officer == "Kepala Dinas"
    with pytest.raises(InvalidInputError):
        PublicBody("Dinas", atasan_ppid=" ")


def test_older_body_documents_still_load() -> None:
    doc = {"kind": "public_body", "schema_version": 1, "name": "Dinas", "timezone": "WIT"}
    body = ser.from_dict(doc, PublicBody)
    assert body.atasan_ppid is None and body.province_commission and not body.regency_commission


def test_withdrawal_stops_the_clocks() -> None:
    r = received().record(kiplib.Withdrawn(at(2024, 4, 8)))
    t = r.timeline(as_of=date(2024, 6, 1))
    assert t.status is Status.WITHDRAWN
    assert [e.state for e in t.entries] == [EntryState.STOPPED]
    assert not t.objection.allowed and t.actions == ()


def test_unknown_event_types_are_named_in_json() -> None:
    doc = {
        "kind": "request",
        "schema_version": 1,
        "body": {"name": "Dinas"},
        "events": [{"type": "appeal", "at": "2024-04-05T09:00:00+07:00"}],
    }
    with pytest.raises(kiplib.errors.StructureError) as caught:
        ser.from_dict(doc)
    assert any("appeal" in p.message("en") for p in caught.value.problems)


def full_path() -> list[Event]:
    return [
        RequestReceived(at(2024, 9, 2)),
        NoticeSent(at(2024, 9, 10), NoticeOutcome.REFUSED, exemptions=("j",)),
        ObjectionFiled(at(2024, 9, 11), ("a", "f")),
        kiplib.ObjectionAnswered(at(2024, 9, 30)),
        DisputeFiled(at(2024, 10, 2)),
        kiplib.DisputeStarted(at(2024, 10, 9), kiplib.DisputeMode.MEDIATION),
        kiplib.DisputeStarted(at(2024, 11, 1), kiplib.DisputeMode.ADJUDICATION),
        kiplib.DisputeDecided(at(2025, 1, 6), kiplib.DisputeMode.ADJUDICATION),
        kiplib.NonAcceptanceFiled(at(2025, 1, 13)),
        kiplib.CourtDecided(at(2025, 5, 5)),
    ]


def test_the_long_road_to_the_supreme_court() -> None:
    events = full_path()
    seen = []
    for k in range(1, len(events) + 1):
        t = timeline(events[:k], as_of=local_date(events[k - 1].at) + timedelta(days=1))
        seen.append(t.status)
        assert t.actions, t.status
    assert seen[-3:] == [Status.COURT_WINDOW_OPEN, Status.IN_COURT, Status.CASSATION_WINDOW_OPEN]
    t = timeline(events, as_of=date(2025, 5, 6))
    cassation = t.entry(Step.CASSATION)
    assert cassation is not None and cassation.due == date(2025, 5, 19)
    assert t.entry(Step.NOTICE_EXTENDED) is None
    assert t.mediation.allowed and [g.value for g in t.mediation.grounds] == ["f"]
    assert timeline(events, as_of=date(2025, 6, 1)).status is Status.CLOSED


@pytest.mark.parametrize(
    ("k", "extra", "citation"),
    [
        (
            4,
            kiplib.DisputeStarted(at(2024, 10, 3), kiplib.DisputeMode.ADJUDICATION),
            "UU 14/2008 Pasal 38 ayat (1)",
        ),
        (7, kiplib.NonAcceptanceFiled(at(2024, 11, 2)), "UU 14/2008 Pasal 48 ayat (1)"),
        (9, kiplib.CassationFiled(at(2025, 1, 14)), "UU 14/2008 Pasal 50"),
        (1, kiplib.ObjectionAnswered(at(2024, 9, 3)), "UU 14/2008 Pasal 36 ayat (2)"),
    ],
)
def test_a_step_without_the_step_it_answers_is_refused(k: int, extra: Event, citation: str) -> None:
    events = full_path()[:k]
    with pytest.raises(SequenceError) as caught:
        Request(PublicBody("Badan Publik"), tuple(events)).record(extra)
    assert caught.value.params["citation"] == citation
    assert caught.value.params["field"] == f"events[{k}]"


@pytest.mark.parametrize(
    ("k", "extra", "code", "citation"),
    [
        (
            4,
            kiplib.ObjectionAnswered(at(2024, 10, 3)),
            "second-answer",
            "UU 14/2008 Pasal 36 ayat (2)",
        ),
        (5, DisputeFiled(at(2024, 10, 3)), "second-dispute", "UU 14/2008 Pasal 37 ayat (2)"),
        (
            6,
            kiplib.DisputeStarted(at(2024, 10, 20), kiplib.DisputeMode.MEDIATION),
            "second-mediation",
            "UU 14/2008 Pasal 40 ayat (1)",
        ),
        (
            7,
            kiplib.DisputeStarted(at(2024, 11, 2), kiplib.DisputeMode.ADJUDICATION),
            "second-adjudication",
            "UU 14/2008 Pasal 42",
        ),
        (
            6,
            kiplib.DisputeDecided(at(2024, 10, 20), kiplib.DisputeMode.ADJUDICATION),
            "decision-without-start",
            "UU 14/2008 Pasal 38 ayat (1)",
        ),
        (
            8,
            kiplib.DisputeDecided(at(2025, 1, 7), kiplib.DisputeMode.ADJUDICATION),
            "second-decision",
            "UU 14/2008 Pasal 38 ayat (2)",
        ),
        (
            8,
            kiplib.DisputeStarted(at(2025, 1, 7), kiplib.DisputeMode.ADJUDICATION),
            "start-after-decision",
            "UU 14/2008 Pasal 38 ayat (2)",
        ),
        (
            9,
            kiplib.NonAcceptanceFiled(at(2025, 1, 14)),
            "second-non-acceptance",
            "UU 14/2008 Pasal 48 ayat (1)",
        ),
        (
            8,
            kiplib.CourtDecided(at(2025, 1, 7)),
            "court-without-non-acceptance",
            "UU 14/2008 Pasal 48 ayat (1)",
        ),
        (10, kiplib.CourtDecided(at(2025, 5, 6)), "second-court-decision", "UU 14/2008 Pasal 50"),
        (
            3,
            ObjectionFiled(at(2024, 9, 12), ("d",)),
            "second-objection",
            "UU 14/2008 Pasal 35 ayat (1)",
        ),
        (
            1,
            kiplib.InformationDelivered(at(2024, 9, 3)),
            "delivered-without-notice",
            "UU 14/2008 Pasal 22 ayat (7)",
        ),
    ],
)
def test_later_steps_out_of_order_are_recorded_with_their_defect(
    k: int, extra: Event, code: str, citation: str
) -> None:
    t = (
        Request(PublicBody("Badan Publik"), tuple(full_path()[:k]))
        .record(extra)
        .timeline(as_of=date(2025, 12, 31))
    )
    assert (k, code, citation) in [(d.event, d.code, str(d.citation)) for d in t.defects]


def test_a_second_cassation_is_recorded_and_flagged() -> None:
    events = [*full_path(), kiplib.CassationFiled(at(2025, 5, 10))]
    request = Request(PublicBody("Badan Publik"), tuple(events))
    assert request.timeline(as_of=date(2025, 5, 11)).status is Status.AT_SUPREME_COURT
    t = request.record(kiplib.CassationFiled(at(2025, 5, 12))).timeline(as_of=date(2025, 5, 13))
    assert t.status is Status.AT_SUPREME_COURT
    assert [(d.event, d.code) for d in t.defects] == [(11, "second-cassation")]


def test_only_periodic_information_may_be_objected_before_the_deadline() -> None:
    r = received().record(ObjectionFiled(at(2024, 4, 8), ("b",)))
    t = r.timeline(as_of=date(2024, 4, 9))
    assert t.status is Status.AWAITING_OBJECTION_RESPONSE
    assert [e.step for e in t.entries] == [Step.NOTICE, Step.OBJECTION_RESPONSE]
    guard = received().timeline(as_of=date(2024, 4, 9)).objection
    assert not guard.allowed and guard.grounds == (ObjectionGround.PERIODIC_NOT_PROVIDED,)
