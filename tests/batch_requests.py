"""Generated requests for the differential test of ``kiplib.batch.statuses`` against
``kiplib.timeline``: one generator, driven by Hypothesis (shrinking, the suite) or by a seeded
``random.Random`` (the large run of ``nox -s differential``).

Every mix the batch columns can express: each of the seven events present or not, on any day
from the receipt to ``as_of`` (out of the usual order too — a keberatan before the notice, a
sengketa before the answer or without a keberatan, an extension after the notice or too late,
events after a withdrawal), with days drawn near the deadlines they race (the safe day, the
last day and the days around them). Bodies in WIB, WITA and WIT; commissions whose practice
is known (KI Pusat: the day after; KI Jawa Barat: the same day) and unknown; bodies governed
by the district plugins of ``plugins/`` and by a stricter district written here (its own days
off, a six-day week, a seven-day notice, a longer keberatan window, a WITA receipt policy that
moves receipts after 15.00 to the next working day), and a body with its own after-hours
policy. Events of one day keep the order of a request's life, as the batch reads them.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta, timezone
from typing import Final, TypeVar

import attrs
import kiplib_karanganyar.plugin as karanganyar
import kiplib_serdang_bedagai.plugin as serdang_bedagai
import kiplib_template.plugin as template
from hypothesis import strategies as st

from kiplib import (
    AfterHoursPolicy,
    BodyLevel,
    BodyType,
    CalendarDay,
    Citation,
    DayKind,
    PublicBody,
    RuleBook,
    Step,
    StepRule,
    hookimpl,
)
from kiplib.deadlines import deadline_for
from kiplib.law import NATIONAL_TABLE, ObjectionGround
from kiplib.plugins import LocalPlugin, ReceiptPolicy, Regulation, Scope, WorkingWeek
from kiplib.requests.events import (
    DisputeFiled,
    Event,
    ExtensionDeclared,
    NoticeOutcome,
    NoticeSent,
    ObjectionAnswered,
    ObjectionFiled,
    RequestReceived,
    Withdrawn,
)
from kiplib.rulebook.book import BodyRules

T = TypeVar("T")
PERBUP: Final = "Perbup Contoh Timur 4/2024"


class ContohTimur:
    """A fictional kabupaten (73.98, Sulawesi Selatan) stricter than the law in every way a
    district may be: its own days off, Saturdays worked, a 7-day notice, a 20-day answer to a
    keberatan, a 35-day keberatan window, WITA, receipts after 15.00 on the next working day."""

    @hookimpl
    def kiplib_scope(self) -> Scope:
        return Scope(region_code="73.98", name="Kabupaten Contoh Timur")

    @hookimpl
    def kiplib_regulations(self) -> Sequence[Regulation]:
        return (
            Regulation(Citation(PERBUP), "Pelayanan Informasi Publik", in_force=date(2024, 1, 1)),
        )

    @hookimpl
    def kiplib_calendar_days(self) -> Sequence[CalendarDay]:
        days = []
        for year in range(2010, 2029):
            for month, day, name in ((3, 20, "Hari Jadi Kabupaten"), (9, 9, "Penutupan kantor")):
                days.append(
                    CalendarDay(
                        date(year, month, day),
                        DayKind.LOCAL_HOLIDAY,
                        name,
                        citation=Citation(PERBUP, pasal=9),
                    )
                )
        return days

    @hookimpl
    def kiplib_working_week(self) -> WorkingWeek:
        return WorkingWeek(range(6), citation=Citation(PERBUP, pasal=2))

    @hookimpl
    def kiplib_deadline_rules(self) -> Sequence[StepRule]:
        rows = []
        for step, count in (
            (Step.NOTICE, 7),
            (Step.OBJECTION_RESPONSE, 20),
            (Step.OBJECTION, 35),
        ):
            national = NATIONAL_TABLE.rule_for(step, date(2024, 1, 1))
            rows.append(attrs.evolve(national, count=count, citation=Citation(PERBUP, pasal=4)))
        return rows

    @hookimpl
    def kiplib_receipt_policy(self) -> ReceiptPolicy:
        return ReceiptPolicy(
            citation=Citation(PERBUP, pasal=6),
            timezone="WITA",
            after_hours=AfterHoursPolicy.NEXT_WORKING_DAY,
            service_closes_at=time(15, 0),
        )


def rule_book() -> RuleBook:
    """The national law, the three plugins of ``plugins/`` and Kabupaten Contoh Timur."""
    return RuleBook.of(
        karanganyar,
        serdang_bedagai,
        template,
        LocalPlugin(ContohTimur(), name="contoh-timur", version="1"),
    )


RULES: Final = rule_book()

#: One body for each way of counting the generator covers.
BODIES: Final = (
    PublicBody("Kementerian Contoh"),  # KI Pusat: the day after (D-6), WIB
    PublicBody("Kecamatan Lengkong", level=BodyLevel.REGENCY_CITY, region_code="32.73"),
    PublicBody(  # practice unknown; cuti bersama are working days (D-4)
        "Yayasan Surabaya",
        body_type=BodyType.NGO,
        level=BodyLevel.REGENCY_CITY,
        region_code="35.78",
    ),
    PublicBody(
        "Dinas Kota Makassar",
        level=BodyLevel.REGENCY_CITY,
        region_code="73.71",
        timezone="WITA",
    ),
    PublicBody(
        "Dinas Provinsi Papua",
        level=BodyLevel.PROVINCE,
        region_code="91",
        timezone="WIT",
        after_hours=AfterHoursPolicy.NEXT_WORKING_DAY,
        service_closes_at=time(15, 30),
    ),
    PublicBody(
        "Dinas Kesehatan Kabupaten Karanganyar",
        level=BodyLevel.REGENCY_CITY,
        region_code="33.13",
    ),
    PublicBody(
        "Dinas Kominfo Kabupaten Serdang Bedagai",
        level=BodyLevel.REGENCY_CITY,
        region_code="12.18",
    ),
    PublicBody(
        "Dinas Sosial Kabupaten Contoh Timur",
        level=BodyLevel.REGENCY_CITY,
        region_code="73.98",
    ),
    PublicBody("Bank Pembangunan", body_type=BodyType.STATE_ENTERPRISE, timezone="WITA"),
)
#: Bodies whose after-hours policy (D-7) needs the time of receipt.
NEEDS_TIME: Final = frozenset(
    i
    for i, b in enumerate(BODIES)
    if RULES.for_body(b).body.after_hours is AfterHoursPolicy.NEXT_WORKING_DAY
)
#: The event columns of the batch and the event each one stands for.
COLUMNS: Final = (
    ("received", RequestReceived),
    ("extended", ExtensionDeclared),
    ("notice_sent", NoticeSent),
    ("objection_filed", ObjectionFiled),
    ("objection_answered", ObjectionAnswered),
    ("dispute_filed", DisputeFiled),
    ("withdrawn", Withdrawn),
)
_RANK: Final = {cls: i for i, (_, cls) in enumerate(COLUMNS)}


class Source:
    """Where the generator's choices come from."""

    def __init__(self, integer: Callable[[int, int], int]) -> None:
        self.integer = integer

    def choice(self, items: Sequence[T]) -> T:
        return items[self.integer(0, len(items) - 1)]

    def chance(self, percent: int) -> bool:
        return self.integer(0, 99) < percent

    @classmethod
    def of_random(cls, rnd: random.Random) -> Source:
        return cls(rnd.randint)

    @classmethod
    def of_hypothesis(cls, draw: st.DrawFn) -> Source:
        return cls(lambda lo, hi: draw(st.integers(lo, hi)))


@attrs.frozen
class Row:
    """One request: its body (an index of :data:`BODIES`) and its log."""

    body: int
    events: tuple[Event, ...]

    def column(self, name: str, *, dates: bool) -> date | datetime | None:
        cls = dict(COLUMNS)[name]
        for event in self.events:
            if type(event) is cls:
                return event.at.astimezone(BODIES[self.body].zone).date() if dates else event.at
        return None


@attrs.frozen
class Batch:
    """Requests seen on one ``as_of``; ``dates``: give the columns as local dates (else as
    aware instants, in ``offset``)."""

    as_of: date | datetime
    rows: tuple[Row, ...]
    dates: bool

    def columns(self) -> dict[str, list[date | datetime | None]]:
        return {name: [r.column(name, dates=self.dates) for r in self.rows] for name, _ in COLUMNS}

    @property
    def body_codes(self) -> list[int]:
        return [r.body for r in self.rows]


def _where(body: int) -> BodyRules:
    return RULES.for_body(BODIES[body])


def _near(src: Source, lo: date, hi: date, marks: Sequence[date]) -> date:
    """A day in ``[lo, hi]``: often one of ``marks`` or a day next to one, else any."""
    if marks and src.chance(60):
        day = src.choice(marks) + timedelta(days=src.integer(-1, 1))
    else:
        day = lo + timedelta(days=src.integer(0, max((hi - lo).days, 0)))
    return min(max(day, lo), hi)


def generate_row(src: Source, today: date, body: int) -> Row:
    """One request to ``BODIES[body]`` whose events all fall on or before ``today`` (the
    body's local date of the batch's ``as_of``)."""
    where = _where(body)
    zone = where.body.zone
    back = src.choice((5, 12, 20, 35, 60, 90, 150, 400))
    received = today - timedelta(days=src.integer(0, back))
    received = max(received, date(2010, 5, 3))
    at = datetime.combine(received, time(src.integer(0, 22), src.integer(0, 59)), tzinfo=zone)
    notice = deadline_for(Step.NOTICE, at, where)
    extended = deadline_for(Step.NOTICE_EXTENDED, at, where)
    days: dict[type, date] = {}
    marks = [notice.due, notice.latest, extended.due, extended.latest]
    if src.chance(25):
        days[ExtensionDeclared] = _near(src, received, today, [received, *marks[:2]])
    if src.chance(65):
        days[NoticeSent] = _near(src, received, today, marks)
    if src.chance(45):
        sent = days.get(NoticeSent)
        lapse = [m + timedelta(days=1) for m in marks]
        later = [sent + timedelta(days=k) for k in (0, 30, 44, 45, 46)] if sent else []
        days[ObjectionFiled] = _near(src, received, today, lapse + later)
        filed = days[ObjectionFiled]
        response = deadline_for(Step.OBJECTION_RESPONSE, filed, where)
        if src.chance(55):
            days[ObjectionAnswered] = _near(
                src, filed, today, [filed, response.due, response.latest]
            )
        if src.chance(45):
            answered = days.get(ObjectionAnswered)
            around = [response.due, response.latest, response.latest + timedelta(days=1)]
            if answered is not None:
                around += [answered, answered + timedelta(days=18), answered + timedelta(days=21)]
            days[DisputeFiled] = _near(src, received, today, around)
    elif src.chance(5):
        days[DisputeFiled] = _near(src, received, today, [])  # no keberatan at all
    if src.chance(12):
        days[Withdrawn] = _near(src, received, today, list(days.values()))
    order = sorted(days.items(), key=lambda kv: (kv[1], _RANK[kv[0]]))
    events: list[Event] = [RequestReceived(at)]
    last = at
    for cls, day in order:
        if day == last.astimezone(zone).date():
            when = last + timedelta(minutes=1)
        else:
            when = datetime.combine(day, time(src.integer(0, 22), src.integer(0, 59)), tzinfo=zone)
        events.append(_event(src, cls, when))
        last = when
    return Row(body, tuple(events))


def _event(src: Source, cls: type, at: datetime) -> Event:
    if cls is ExtensionDeclared:
        return ExtensionDeclared(at, "Perlu waktu untuk mengumpulkan dokumen")
    if cls is NoticeSent:
        outcome = src.choice(list(NoticeOutcome))
        refusing = outcome in (NoticeOutcome.REFUSED, NoticeOutcome.PARTLY)
        return NoticeSent(at, outcome, exemptions=("h.2",) if refusing else ())
    if cls is ObjectionFiled:
        grounds = list(ObjectionGround)
        return ObjectionFiled(at, (src.choice(grounds), src.choice(grounds)))
    if cls is ObjectionAnswered:
        return ObjectionAnswered(at, granted=src.chance(50))
    if cls is DisputeFiled:
        return DisputeFiled(at)
    assert cls is Withdrawn
    return Withdrawn(at)


def generate_batch(src: Source, size: int) -> Batch:
    """``size`` requests to bodies of :data:`BODIES`, seen on one ``as_of``."""
    day = date(2011, 1, 1) + timedelta(days=src.integer(0, 6200))  # up to 2027
    dates = src.chance(35)
    bodies = [b for b in range(len(BODIES)) if not (dates and b in NEEDS_TIME)]
    if src.chance(50):
        as_of: date | datetime = day
    else:
        offset = timezone(timedelta(hours=src.choice((-5, 0, 7, 8, 9))))
        as_of = datetime.combine(day, time(src.integer(0, 23), src.integer(0, 59)), tzinfo=offset)
    rows = []
    for _ in range(size):
        body = src.choice(bodies)
        today = as_of if isinstance(as_of, date) and not isinstance(as_of, datetime) else None
        local = today or as_of.astimezone(_where(body).body.zone).date()  # type: ignore[union-attr]
        rows.append(generate_row(src, local, body))
    return Batch(as_of, tuple(rows), dates)


@st.composite
def batches(draw: st.DrawFn, max_size: int = 24) -> Batch:
    """Hypothesis: one batch of generated requests."""
    src = Source.of_hypothesis(draw)
    return generate_batch(src, draw(st.integers(1, max_size)))


def random_batches(seed: int, rows: int, size: int = 500) -> list[Batch]:
    """Seeded batches of ``size`` requests, ``rows`` requests in all."""
    rnd = random.Random(seed)
    src = Source.of_random(rnd)
    out = []
    while rows > 0:
        out.append(generate_batch(src, min(size, rows)))
        rows -= size
    return out
