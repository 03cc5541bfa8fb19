"""Every day off cites the decree that set it: kiplib's table of SKB 3 Menteri, their
amendments and Keppres (2010–2027), tied to the holiday data of the national calendar.

The expected numbers below were copied by hand from the research notes on the instruments
(each with its source there), not from the table they check.
"""

from __future__ import annotations

from datetime import date

import pytest

import kiplib
from kiplib import DayKind, Step
from kiplib.calendar import ESTIMATED_CUTI_REACH
from kiplib.errors import InvalidInputError
from kiplib.law import (
    HOLIDAY_YEARS,
    HolidayInstrument,
    HolidayInstrumentKind,
    HolidayYear,
    confirmed_holiday_years,
    holiday_year,
)

CAL = kiplib.national_calendar()
NATIONAL = (DayKind.NATIONAL_HOLIDAY, DayKind.CUTI_BERSAMA)

#: Each year's SKB as the notes give it (Menteri Agama, Menteri Ketenagakerjaan, Menteri
#: PAN-RB); ``None``: the notes found no number.
SKB = {
    2010: "SKB 1/2009, KEP.227/MEN/VIII/2009, SKB/13/M.PAN/8/2009",
    2011: "SKB ?, KEP.110/MEN/VI/2010, SKB/07/M.PAN-RB/06/2010",
    2012: "SKB 7/2011, 04/MEN/VII/2011, SKB/03/M.PAN-RB/07/2011",
    2013: "SKB 5/2012, SKB.06/MEN/VII/2012, 02/2012",
    2014: None,
    2015: None,
    2016: "SKB 150/2015, 2/SKB/MEN/VI/2015, 01/2015",
    2017: "SKB 135/2016, 109/2016, 01/SKB/MENPANRB/04/2016",
    2018: "SKB 707/2017, 256/2017, 01/SKB/MENPAN-RB/09/2017",
    2019: "SKB 617/2018, 262/2018, 16/2018",
    2020: "SKB 728/2019, 213/2019, 01/2019",
    2021: "SKB 642/2020, 4/2020, 4/2020",
    2022: "SKB 963/2021, 3/2021, 4/2021",
    2023: "SKB 1066/2022, 3/2022, 3/2022",
    2024: "SKB 855/2023, 3/2023, 4/2023",
    2025: "SKB 1017/2024, 2/2024, 2/2024",
    2026: "SKB 1497/2025, 2/2025, 5/2025",
    2027: "SKB 1205/2026, 3/2026, 2/2026",
}

#: Every later instrument of a year, in order, as the notes give it.
CHANGES = {
    2010: [],
    2011: ["SKB 2/2011, 120/MEN/V/2011, SKB/01/M.PAN-RB/05/2011"],
    2012: [None],
    2013: [],
    2014: ["Keppres 14/2014", "Keppres 24/2014"],
    2015: ["Keppres 25/2015"],
    2016: [],
    2017: [
        "SKB 684/2016, 302/2016, SKB/02/MENPAN-RB/11/2016",
        "Keppres 3/2017",
        "Keppres 18/2017",
    ],
    2018: ["SKB 223/2018, 46/2018, 13/2018", None, "Keppres 15/2018"],
    2019: ["Keppres 10/2019", "Keppres 13/2019"],
    2020: [
        "SKB 174/2020, 01/2020, 01/2020",
        "SKB 391/2020, 02/2020, 02/2020",
        "SKB 440/2020, 03/2020, 03/2020",
        "Keppres 22/2020",
        "SKB 744/2020, 05/2020, 06/2020",
    ],
    2021: ["SKB 281/2021, 1/2021, 1/2021", "Keppres 7/2021", "SKB 712/2021, 1/2021, 3/2021"],
    2022: ["SKB 375/2022, 1/2022, 1/2022", "Keppres 4/2022", None],
    2023: [
        "Keppres 24/2022",
        "SKB 327/2023, 1/2023, 1/2023",
        "Keppres 8/2023",
        "SKB 624/2023, 2/2023, 2/2023",
        "Keppres 16/2023",
    ],
    2024: ["Keppres 7/2024", "Keppres 8/2024", "Keppres 10/2024", "Keppres 33/2024"],
    2025: ["Keppres 2/2025", "SKB 933/2025, 1/2025, 3/2025"],
    2026: ["Keppres 42/2025"],
    2027: [],
}


def _cited(day: date, kind: DayKind) -> list[str | None]:
    return [
        None if e.citation is None else str(e.citation)
        for e in CAL.entries(day)
        if e.category is kind
    ]


# ------------------------------------------------------------------ the table itself
def test_the_table_covers_2010_to_2027() -> None:
    assert sorted(HOLIDAY_YEARS) == list(range(2010, 2028))
    assert holiday_year(2009) is None and holiday_year(2028) is None


@pytest.mark.parametrize("year", sorted(SKB))
def test_each_year_as_the_notes_give_it(year: int) -> None:
    entry = holiday_year(year)
    assert entry is not None
    cited = entry.skb.citation
    assert (None if cited is None else str(cited)) == SKB[year]
    changes = [None if i.citation is None else str(i.citation) for i in entry.changes]
    assert changes == CHANGES[year]
    assert entry.confirmed is (SKB[year] is not None)
    dated = [i.dated for i in entry.instruments if i.dated is not None]
    assert dated == sorted(dated), "instruments are kept in the order they were made"


def test_every_confirmed_year_has_an_skb_and_only_those() -> None:
    confirmed = confirmed_holiday_years()
    assert confirmed == frozenset(range(2010, 2028)) - {2014, 2015}
    for year in confirmed:
        skb = HOLIDAY_YEARS[year].skb
        assert skb.kind is HolidayInstrumentKind.SKB and skb.citation is not None
        assert len(skb.numbers) == 3
    # 2014 and 2015: the SKBs were signed (21 August 2013, 7 May 2014), their numbers not found.
    assert HOLIDAY_YEARS[2014].skb.dated == date(2013, 8, 21)
    assert HOLIDAY_YEARS[2015].skb.dated == date(2014, 5, 7)


def test_the_calendar_confirms_exactly_the_recorded_years() -> None:
    assert CAL.confirmed_years == confirmed_holiday_years()
    assert CAL.last_confirmed_year == 2027
    for year in (2014, 2015, 2028, 2031, 2100):
        assert not CAL.is_confirmed_year(year)
    # The installed package has cuti bersama for 2014, yet kiplib cannot cite its decree.
    assert any(d.category is DayKind.CUTI_BERSAMA and d.date.year == 2014 for d in CAL.days)
    assert kiplib.deadline(Step.NOTICE, date(2014, 9, 1)).provisional
    assert kiplib.deadline(Step.NOTICE, date(2028, 9, 4)).provisional
    assert not kiplib.deadline(Step.NOTICE, date(2016, 9, 1)).provisional


# ------------------------------------------------------------------ tied to the calendar
@pytest.mark.parametrize("year", sorted(HOLIDAY_YEARS))
def test_every_added_day_is_in_the_calendar_with_its_citation(year: int) -> None:
    entry = HOLIDAY_YEARS[year]
    for i, instrument in enumerate(entry.changes):
        later = entry.changes[i + 1 :]
        for kind, days in (
            (DayKind.NATIONAL_HOLIDAY, instrument.holidays),
            (DayKind.CUTI_BERSAMA, instrument.cuti_bersama),
        ):
            for day in days:
                if any(day in other.removed for other in later):
                    continue  # added, then taken out again (2020)
                expected = None if instrument.citation is None else str(instrument.citation)
                assert _cited(day, kind) == [expected], (day, kind)


@pytest.mark.parametrize("year", sorted(HOLIDAY_YEARS))
def test_every_removed_day_is_gone_unless_added_again(year: int) -> None:
    entry = HOLIDAY_YEARS[year]
    for i, instrument in enumerate(entry.changes):
        later = entry.changes[i + 1 :]
        for day in instrument.removed:
            again = any(
                other.adds(day, cuti_bersama=True) or other.adds(day, cuti_bersama=False)
                for other in later
            )
            present = [e for e in CAL.entries(day) if e.category in NATIONAL]
            assert bool(present) is again, day


@pytest.mark.parametrize("year", sorted(HOLIDAY_YEARS))
def test_every_other_day_of_the_year_cites_its_skb(year: int) -> None:
    entry = HOLIDAY_YEARS[year]
    added = {
        (d, kind)
        for i in entry.changes
        for kind, days in (
            (DayKind.NATIONAL_HOLIDAY, i.holidays),
            (DayKind.CUTI_BERSAMA, i.cuti_bersama),
        )
        for d in days
    }
    days = [d for d in CAL.days if d.date.year == year and d.category in NATIONAL]
    assert days
    for day in days:
        if (day.date, day.category) not in added:
            assert day.citation == entry.skb.citation, day


def test_years_beyond_the_table_cite_nothing() -> None:
    later = [d for d in CAL.days if d.date.year >= 2028 and d.category in NATIONAL]
    assert later and all(d.citation is None for d in later)


@pytest.mark.parametrize(
    ("day", "kind", "cited"),
    [
        (date(2025, 8, 18), DayKind.CUTI_BERSAMA, "SKB 933/2025, 1/2025, 3/2025"),
        (date(2025, 4, 7), DayKind.CUTI_BERSAMA, "SKB 1017/2024, 2/2024, 2/2024"),
        (date(2024, 2, 14), DayKind.NATIONAL_HOLIDAY, "Keppres 10/2024"),
        (date(2024, 11, 27), DayKind.NATIONAL_HOLIDAY, "Keppres 33/2024"),
        (date(2024, 4, 8), DayKind.CUTI_BERSAMA, "SKB 855/2023, 3/2023, 4/2023"),
        (date(2023, 4, 19), DayKind.CUTI_BERSAMA, "SKB 327/2023, 1/2023, 1/2023"),
        (date(2023, 4, 21), DayKind.CUTI_BERSAMA, "SKB 1066/2022, 3/2022, 3/2022"),
        (date(2023, 6, 28), DayKind.CUTI_BERSAMA, "SKB 624/2023, 2/2023, 2/2023"),
        (date(2026, 3, 20), DayKind.CUTI_BERSAMA, "SKB 1497/2025, 2/2025, 5/2025"),
        (date(2027, 3, 15), DayKind.CUTI_BERSAMA, "SKB 1205/2026, 3/2026, 2/2026"),
        (date(2020, 12, 31), DayKind.CUTI_BERSAMA, "SKB 391/2020, 02/2020, 02/2020"),
        (date(2017, 6, 23), DayKind.CUTI_BERSAMA, "Keppres 18/2017"),
        (
            date(2017, 6, 1),
            DayKind.NATIONAL_HOLIDAY,
            "SKB 684/2016, 302/2016, SKB/02/MENPAN-RB/11/2016",
        ),
        (date(2014, 4, 9), DayKind.NATIONAL_HOLIDAY, "Keppres 14/2014"),
        (date(2014, 7, 30), DayKind.CUTI_BERSAMA, None),
        (date(2012, 12, 31), DayKind.CUTI_BERSAMA, None),
        (date(2022, 7, 10), DayKind.NATIONAL_HOLIDAY, None),
        (
            date(2011, 5, 16),
            DayKind.CUTI_BERSAMA,
            "SKB 2/2011, 120/MEN/V/2011, SKB/01/M.PAN-RB/05/2011",
        ),
    ],
)
def test_hand_checked_days(day: date, kind: DayKind, cited: str | None) -> None:
    assert _cited(day, kind) == [cited]


# ------------------------------------------------------------------ what people read
def test_the_explanation_names_the_decree_of_every_skipped_day() -> None:
    # A request received Thursday 14 August 2025 at a state body: 17 August (Sunday) and the
    # cuti bersama of Monday 18 August, added by the amendment of 7 August 2025.
    notice = kiplib.deadline(Step.NOTICE, date(2025, 8, 14))
    lines = notice.explain().splitlines()
    sunday = next(line for line in lines if "Minggu, 17 Agustus 2025" in line)
    monday = next(line for line in lines if "Senin, 18 Agustus 2025" in line)
    assert "(libur nasional; holidays" in sunday
    assert sunday.endswith(", SKB 1017/2024, 2/2024, 2/2024)")
    assert monday.endswith(", SKB 933/2025, 1/2025, 3/2025)")
    assert "Cuti Bersama Hari Kemerdekaan Republik Indonesia (cuti bersama; holidays" in monday
    election = kiplib.deadline(Step.NOTICE, date(2024, 2, 12)).explain("en")
    assert "Keppres 10/2024)" in election


def test_a_day_without_a_recorded_decree_says_so() -> None:
    text = kiplib.deadline(Step.NOTICE, date(2014, 7, 25)).explain()
    assert "keputusan tidak tercatat" in text
    assert "decree not recorded" in kiplib.deadline(Step.NOTICE, date(2014, 7, 25)).explain("en")
    assert "SEMENTARA (D-5)" in text
    # A local day without a citation is not the national list's business.
    local = kiplib.CalendarDay(date(2024, 11, 18), DayKind.LOCAL_HOLIDAY, "Hari Jadi", source="x")
    cal = CAL.with_days([local])
    text = kiplib.deadline(Step.NOTICE, date(2024, 11, 15), calendar=cal).explain()
    assert "Hari Jadi (libur daerah; x)" in text


def test_an_instrument_describes_itself() -> None:
    amendment = HOLIDAY_YEARS[2025].amendments[0]
    assert amendment.describe("en") == (
        "amendment of the SKB on national holidays and cuti bersama SKB 933/2025, 1/2025, "
        "3/2025 (2025-08-07): adds cuti bersama 2025-08-18"
    )
    unknown = HOLIDAY_YEARS[2012].amendments[0]
    assert "number not recorded" in unknown.describe("en")
    assert "nomor tidak tercatat" in unknown.describe()


def test_a_year_refuses_days_of_another_year_and_a_first_instrument_that_is_no_skb() -> None:
    skb = HolidayInstrument(HolidayInstrumentKind.SKB, ("1/2030", "1/2030", "1/2030"))
    stray = HolidayInstrument(
        HolidayInstrumentKind.KEPPRES_HOLIDAY, ("1/2031",), holidays=(date(2032, 1, 2),)
    )
    with pytest.raises(InvalidInputError):
        HolidayYear(2031, skb, (stray,))
    with pytest.raises(InvalidInputError):
        HolidayYear(2031, stray)


# ------------------------------------------------------------------ estimated cuti bersama
def test_a_cuti_bersama_hanging_on_an_estimated_holiday_is_estimated() -> None:
    estimated = sorted(
        d.date for d in CAL.days if d.category is DayKind.CUTI_BERSAMA and d.estimated
    )
    # Idul Fitri 1448 H (10–11 March 2027) and Idul Adha (17 May 2027) are estimates; the
    # Imlek (5 February) and Waisak (19 May) cuti bersama hang on dates that are not.
    assert estimated == [
        date(2027, 3, 9),
        date(2027, 3, 12),
        date(2027, 3, 15),
        date(2027, 5, 18),
    ]
    assert not CAL.is_estimated(date(2027, 2, 5)) and not CAL.is_estimated(date(2027, 5, 19))
    # 15 March is four days after the estimate: a count ending next to it is provisional.
    assert CAL.is_provisional(date(2027, 3, 15), date(2027, 3, 16))
    assert not CAL.is_provisional(date(2027, 3, 17), date(2027, 3, 19))


def test_the_reach_covers_every_cuti_bersama_named_after_its_holiday() -> None:
    # The largest gap in 2010–2027 between a cuti bersama and the holiday it is named after:
    # six days (Monday 7 April 2025, after Idul Fitri on 31 March–1 April).
    widest = 0
    for cuti in (d for d in CAL.days if d.category is DayKind.CUTI_BERSAMA):
        if cuti.date.year > 2027 or not cuti.name.startswith("Cuti Bersama "):
            continue
        holiday = cuti.name.removeprefix("Cuti Bersama ")
        gaps = [
            abs((d.date - cuti.date).days)
            for d in CAL.days
            if d.category is DayKind.NATIONAL_HOLIDAY
            and d.date.year == cuti.date.year
            and holiday in d.name
        ]
        if gaps and min(gaps) < 300:  # 31 December 2012 belongs to the next New Year
            widest = max(widest, min(gaps))
    assert widest == 6
    assert ESTIMATED_CUTI_REACH == 7
