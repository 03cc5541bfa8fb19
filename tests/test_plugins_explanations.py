"""Deadline explanations say what a district plugin changed: a shorter notice inside an
extension, and the district's receipt policy (time zone, after-hours rule, D-7)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, datetime, time, timedelta, timezone

import attrs
import pytest

import kiplib
from kiplib import AfterHoursPolicy, Citation, Step, StepRule, hookimpl, serialization
from kiplib.law.steps import NATIONAL_TABLE
from kiplib.plugins import LocalPlugin, ReceiptPolicy, Regulation, Scope, using_plugins

PERBUP = "Perbup Teluk 3/2025"
BODY = kiplib.PublicBody(name="Dinas Sosial Kabupaten Teluk", region_code="64.97")
WIB = timezone(timedelta(hours=7))


class Teluk:
    """An invented kabupaten: a 7-day notice, and requests received after 15:00 WITA count
    from the next working day."""

    @hookimpl
    def kiplib_scope(self) -> Scope:
        return Scope(region_code="64.97", name="Kabupaten Teluk")

    @hookimpl
    def kiplib_regulations(self) -> Sequence[Regulation]:
        return (
            Regulation(
                Citation(PERBUP), "Standar Pelayanan Informasi (fiktif)", in_force=date(2025, 1, 1)
            ),
        )

    @hookimpl
    def kiplib_deadline_rules(self) -> Sequence[StepRule]:
        national = NATIONAL_TABLE.rule_for(Step.NOTICE, date(2025, 1, 1))
        return (attrs.evolve(national, count=7, citation=Citation(PERBUP, pasal=5)),)

    @hookimpl
    def kiplib_receipt_policy(self) -> ReceiptPolicy:
        return ReceiptPolicy(
            citation=Citation(PERBUP, pasal=6),
            timezone="WITA",
            after_hours=AfterHoursPolicy.NEXT_WORKING_DAY,
            service_closes_at=time(15, 0),
            assumption="Jam tutup layanan 15.00 diambil dari maklumat pelayanan.",
        )


@pytest.fixture
def teluk() -> Iterator[None]:
    with using_plugins(LocalPlugin(Teluk(), name="teluk", version="2.0")):
        yield


def test_extension_explains_the_shorter_notice(teluk: None) -> None:
    extended = kiplib.deadline(Step.NOTICE_EXTENDED, date(2025, 6, 2), body=BODY)
    assert extended.floor is None  # the extension itself is the national 7 days
    assert extended.base_rule is not None and extended.base_rule.count == 7
    assert extended.base_rule.source == "teluk"
    assert extended.count == 14
    english = extended.explain("en")
    assert (
        "Includes 7 working days of the step written notice — Perbup Teluk 3/2025 Pasal 5, "
        "stricter than UU 14/2008 Pasal 22 ayat (7) (10 working days); source: teluk"
    ) in english
    indonesian = extended.explain("id")
    assert "lebih ketat dari UU 14/2008 Pasal 22 ayat (7) (10 hari kerja)" in indonesian


def test_extension_without_a_local_notice_has_no_such_line() -> None:
    with using_plugins():
        extended = kiplib.deadline(Step.NOTICE_EXTENDED, date(2025, 6, 2), body=BODY)
    assert extended.base_rule is None and extended.receipt is None
    assert "Includes" not in extended.explain("en")


def test_receipt_policy_is_cited(teluk: None) -> None:
    late = datetime(2025, 6, 2, 14, 30, tzinfo=WIB)  # 15:30 WITA, after closing
    notice = kiplib.deadline(Step.NOTICE, late, body=BODY)
    assert notice.clock_start == date(2025, 6, 3)
    assert notice.receipt is not None
    assert notice.receipt.after_hours is AfterHoursPolicy.NEXT_WORKING_DAY
    english = notice.explain("en").splitlines()
    line = next(x for x in english if x.startswith("District receipt policy"))
    assert line == (
        "District receipt policy (D-7): time zone Asia/Makassar; received after service hours "
        "or on a day off counts as received the next working day; service closes at 15:00 — "
        "Perbup Teluk 3/2025 Pasal 6"
    )
    assert (
        "Jam tutup layanan 15.00 diambil dari maklumat pelayanan."
        in english[english.index(line) + 1]
    )
    assert "Kebijakan penerimaan daerah (D-7): zona waktu Asia/Makassar" in notice.explain("id")


def test_a_body_with_its_own_settings_keeps_them_and_cites_nothing(teluk: None) -> None:
    own = kiplib.PublicBody(
        name="RSUD Teluk",
        region_code="64.97",
        timezone="WITA",
        after_hours=AfterHoursPolicy.NEXT_WORKING_DAY,
        service_closes_at=time(15, 0),
    )
    notice = kiplib.deadline(Step.NOTICE, date(2025, 6, 2), body=own)
    assert notice.receipt is None
    assert "District receipt policy" not in notice.explain("en")


def test_what_the_plugin_changed_is_stored(teluk: None) -> None:
    extended = kiplib.deadline(Step.NOTICE_EXTENDED, datetime(2025, 6, 2, 9, tzinfo=WIB), body=BODY)
    data = serialization.to_dict(extended)
    assert data["base_rule"]["count"] == 7 and data["receipt"]["after_hours"] == "next_working_day"
    assert serialization.loads(serialization.dumps(extended)) == extended
    national = serialization.to_dict(kiplib.deadline(Step.NOTICE_EXTENDED, date(2025, 6, 2)))
    assert "base_rule" not in national and "receipt" not in national
