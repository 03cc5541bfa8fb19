"""Corrections of a legal audit, each pinned to the words of the law it rests on."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import kiplib
from kiplib import Step
from kiplib.law import NATIONAL_TABLE
from kiplib.law.steps import DISPUTE_AFTER_ANSWER, DISPUTE_AFTER_SILENCE
from kiplib.requests.engine import _NOTE_SILENT_ATASAN

WIB = timezone(timedelta(hours=7))


# ------------------------------------------------------------------ the sengketa window
def test_the_sengketa_window_cites_perki_pasal_13_by_its_huruf() -> None:
    assert str(DISPUTE_AFTER_ANSWER) == "Perki 1/2013 Pasal 13 huruf a"
    assert str(DISPUTE_AFTER_SILENCE) == "Perki 1/2013 Pasal 13 huruf b"
    rule = NATIONAL_TABLE.rule_for(Step.DISPUTE, date(2024, 1, 8))
    assert str(rule.citation) == "UU 14/2008 Pasal 37 ayat (2)"
    # The row's clock starts on an answer (huruf a) or on silence (huruf b), in that order.
    assert rule.basis == (DISPUTE_AFTER_ANSWER, DISPUTE_AFTER_SILENCE)
    text = kiplib.deadline(Step.DISPUTE, date(2024, 1, 8)).explain()
    assert (
        "Dasar hukum: UU 14/2008 Pasal 37 ayat (2); Perki 1/2013 Pasal 13 huruf a; "
        "Perki 1/2013 Pasal 13 huruf b"
    ) in text


def test_a_silent_atasan_opens_the_window_under_huruf_b() -> None:
    body = kiplib.PublicBody("Dinas Contoh")
    request = (
        kiplib.Request(body)
        .record(kiplib.RequestReceived(datetime(2024, 9, 2, 9, 0, tzinfo=WIB)))
        .record(
            kiplib.NoticeSent(
                datetime(2024, 9, 10, 9, 0, tzinfo=WIB),
                kiplib.NoticeOutcome.REFUSED,
                exemptions=("j",),
            )
        )
        .record(kiplib.ObjectionFiled(datetime(2024, 9, 11, 9, 0, tzinfo=WIB), ("a",)))
    )
    timeline = request.timeline(as_of=date(2024, 10, 25))
    window = next(e for e in timeline.entries if e.step is Step.DISPUTE)
    assert window.note == _NOTE_SILENT_ATASAN
    assert str(DISPUTE_AFTER_SILENCE) in window.explain()
    assert str(DISPUTE_AFTER_SILENCE) in window.explain("en")
    assert window.due == date(2024, 11, 13)
