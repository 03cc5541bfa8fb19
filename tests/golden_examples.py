"""One example record of every stored kind, and the writer of missing golden documents.

``python tests/golden_examples.py`` stores, under ``tests/golden/v{N}/``, the example of every
kind that has no golden document at its current version ``N`` yet. It never overwrites a
document: a stored format is changed only by a new schema version (with its upgrade function),
and then the new version gets its own golden document. The same document replaces the kind's
example shipped with kiplib (``src/kiplib/testing/examples/``, ``kiplib.testing.example``),
which is always the golden document at the current version (``tests/test_examples.py``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import kiplib
from kiplib import serialization

GOLDEN = Path(__file__).parent / "golden"
PACKAGE_EXAMPLES = Path(__file__).parent.parent / "src" / "kiplib" / "testing" / "examples"
WIB = timezone(timedelta(hours=7))

sys.path.insert(0, str(Path(__file__).parent))

import district  # noqa: E402  (the worked example, next to this file)


def _request() -> kiplib.Request:
    body = kiplib.PublicBody("Dinas Kesehatan Provinsi Contoh", level=kiplib.BodyLevel.PROVINCE)
    return (
        kiplib.Request(body)
        .record(kiplib.RequestReceived(datetime(2024, 4, 5, 9, 0, tzinfo=WIB), "001/PPID/2024"))
        .record(
            kiplib.NoticeSent(
                datetime(2024, 4, 22, 10, 0, tzinfo=WIB),
                kiplib.NoticeOutcome.REFUSED,
                exemptions=("h.2",),
            )
        )
        .record(kiplib.ObjectionFiled(datetime(2024, 4, 25, 9, 0, tzinfo=WIB), ("a",)))
    )


def _calendar() -> kiplib.WorkingCalendar:
    day = kiplib.CalendarDay
    return kiplib.WorkingCalendar(
        days=(
            day(date(2024, 4, 10), kiplib.DayKind.NATIONAL_HOLIDAY, "Hari Raya Idul Fitri"),
            day(date(2024, 4, 8), kiplib.DayKind.CUTI_BERSAMA, "Cuti Bersama Idul Fitri"),
            day(
                date(2024, 11, 18),
                kiplib.DayKind.LOCAL_HOLIDAY,
                "Hari Jadi Kabupaten Contoh",
                source="kiplib-contoh",
                citation=kiplib.Citation("Perbup Contoh 1/2024"),
            ),
        ),
        confirmed_years=(2024,),
        first=date(2024, 1, 1),
        last=date(2024, 12, 31),
        provenance="contoh",
    )


def _item() -> kiplib.InformationItem:
    text = (GOLDEN / "v1" / "information_item.json").read_text(encoding="utf-8")
    return serialization.loads(text, kiplib.InformationItem)


def examples() -> dict[str, Callable[[], object]]:
    """``kind -> a function that builds one example record of it``."""
    d = district
    tests = d.consequence_tests
    body = d.BODY

    def dik_2025() -> kiplib.DikRegister:
        return kiplib.build_dik(tests(), body=body, as_of=date(2025, 3, 31))

    return {
        "citation": lambda: kiplib.Citation("UU 14/2008", pasal=17, huruf="h", angka=2),
        "calendar_day": lambda: _calendar().days[0],
        "calendar": _calendar,
        "deadline": lambda: kiplib.deadline(
            kiplib.Step.NOTICE_EXTENDED, datetime(2024, 4, 5, 9, 0, tzinfo=WIB)
        ),
        "public_body": lambda: body,
        "step_rule": lambda: kiplib.deadline(kiplib.Step.NOTICE_EXTENDED, date(2024, 4, 5)).rule,
        "information_item": _item,
        "classification": lambda: kiplib.classify(_item(), as_of=date(2024, 5, 1)),
        "consequence_test": lambda: tests()[0],
        "consequence_test_history": lambda: kiplib.ConsequenceTestHistory((tests()[0],)),
        "release_event": lambda: kiplib.ReleaseEvent(
            tests()[0].number, kiplib.ground("h.2").release[0], date(2026, 1, 5)
        ),
        "exemption_status": lambda: kiplib.exemption_status(tests()[0], as_of=date(2025, 6, 1)),
        "exemption_action": lambda: kiplib.actions_due(
            (tests()[0],), start=date(2029, 1, 1), end=date(2029, 12, 31)
        )[0],
        "request": _request,
        "timeline": lambda: _request().timeline(as_of=date(2024, 6, 10)),
        "dip_entry": lambda: d.dip_2024().entries[0],
        "dip_register": d.dip_2024,
        "dik_entry": lambda: dik_2025().entries[0],
        "dik_register": dik_2025,
        "dip_change": lambda: kiplib.diff_dip(d.dip_2024(), d.dip_2025())[0],
        "dik_change": lambda: kiplib.diff_dik(
            kiplib.build_dik(tests(), body=body, as_of=date(2024, 3, 31)), dik_2025()
        )[0],
        "finished_request": lambda: d.requests_2024()[0],
        "service_statistics": lambda: kiplib.service_statistics(
            d.requests_2024(),
            year=2024,
        ),
        "compliance_calendar": lambda: kiplib.compliance_calendar(
            d.body_records(),
            as_of=date(2025, 2, 3),
        ),
        "body_records": d.body_records,
    }


def write_missing() -> list[Path]:
    """Store the example of each kind without a golden document at its current version."""
    written: list[Path] = []
    for record in serialization.record_types():
        path = GOLDEN / f"v{record.version}" / f"{record.kind}.json"
        have = any(
            p.parent.name == f"v{record.version}"
            and serialization.loads(p.read_text(encoding="utf-8")).__class__ is record.cls
            for p in GOLDEN.glob(f"v{record.version}/*.json")
        )
        if have or path.exists():
            continue
        value = examples()[record.kind]()
        path.parent.mkdir(exist_ok=True)
        text = serialization.dumps(value, indent=2) + "\n"
        path.write_text(text, encoding="utf-8")
        shipped = PACKAGE_EXAMPLES / f"{record.kind}.json"
        shipped.write_text(text, encoding="utf-8")
        written.extend((path, shipped))
    return written


if __name__ == "__main__":
    for p in write_missing():
        sys.stdout.write(f"wrote {p}\n")
