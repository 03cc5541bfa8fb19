"""The instruments that set each year's libur nasional and cuti bersama (2010–2027), as data.

Every year the Menteri Agama, the Menteri Ketenagakerjaan (Menteri Tenaga Kerja dan
Transmigrasi up to 2014) and the Menteri Pendayagunaan Aparatur Negara dan Reformasi
Birokrasi fix the next year's libur nasional and cuti bersama in a joint decree, the *SKB 3
Menteri*. During the year it may be amended by further joint decrees, a Keppres may make a
single day a libur nasional (an election day), and — since PP 11/2017 — a yearly Keppres sets
the cuti bersama of ASN. :data:`HOLIDAY_YEARS` holds, per year, the SKB and every later
instrument in the order they were made, each with its numbers, its date and the days it
added or removed.

The table holds only what the sources name:

* an SKB's numbers are given in the order Menteri Agama, Menteri Ketenagakerjaan, Menteri
  PAN-RB (the decrees for 2010 and 2011 head with the Menteri PAN before the Menakertrans);
* a number the sources do not give, or give in two conflicting ways, is ``None`` and reads
  ``?`` in a citation (the Menteri Agama's number of the 2011 SKB);
* an instrument none of whose numbers is known is *not recorded*: it has no citation (the
  SKBs for 2014 and 2015, the amendment that added 31 December 2012, the 2018 Keppres on
  cuti bersama PNS, the Menteri Agama's decision after the isbat that moved Idul Adha 2022).

A year is *confirmed* when its SKB is recorded (decision D-5): the calendar then counts its
list as official. Which instrument set a day (:meth:`HolidayYear.instrument_for`): the latest
instrument that added that day as that kind of day (an amendment, a Keppres for one day, a
Keppres on cuti bersama that added a day for ASN), else the year's SKB. A Keppres on cuti
bersama ASN that repeats the SKB's days adds none: the SKB set them.

Examples:
    >>> from datetime import date
    >>> from kiplib.law.holidays import holiday_year
    >>> y2025 = holiday_year(2025)
    >>> print(y2025.skb.citation)
    SKB 1017/2024, 2/2024, 2/2024
    >>> print(y2025.citation_for(date(2025, 8, 18), cuti_bersama=True))
    SKB 933/2025, 1/2025, 3/2025
    >>> print(holiday_year(2024).citation_for(date(2024, 2, 14), cuti_bersama=False))
    Keppres 10/2024
    >>> holiday_year(2014).confirmed, holiday_year(2014).skb.citation is None
    (False, True)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from types import MappingProxyType
from typing import Final

import attrs

from kiplib.errors import InvalidInputError
from kiplib.i18n import N_, LabelledEnum, gettext
from kiplib.law.citation import Citation

__all__ = [
    "HOLIDAY_YEARS",
    "HolidayInstrument",
    "HolidayInstrumentKind",
    "HolidayYear",
    "confirmed_holiday_years",
    "holiday_year",
]


class HolidayInstrumentKind(LabelledEnum):
    """What kind of instrument sets libur nasional or cuti bersama."""

    #: The yearly joint decree (SKB 3 Menteri) on libur nasional and cuti bersama.
    SKB = "skb"
    #: A joint decree amending the year's SKB.
    SKB_AMENDMENT = "skb_amendment"
    #: A Keppres making one day a libur nasional (an election day).
    KEPPRES_HOLIDAY = "keppres_holiday"
    #: The Keppres on cuti bersama of PNS/ASN for the year, or its amendment.
    KEPPRES_CUTI_BERSAMA = "keppres_cuti_bersama"
    #: A Keppres on the libur nasional in general (Keppres 8/2024 on hari-hari libur).
    KEPPRES_HARI_LIBUR = "keppres_hari_libur"
    #: The Menteri Agama's decision after the sidang isbat fixing an Islamic holiday.
    ISBAT_DECISION = "isbat_decision"


HolidayInstrumentKind.set_labels(
    {
        HolidayInstrumentKind.SKB: N_("SKB hari libur nasional dan cuti bersama"),
        HolidayInstrumentKind.SKB_AMENDMENT: N_(
            "perubahan SKB hari libur nasional dan cuti bersama"
        ),
        HolidayInstrumentKind.KEPPRES_HOLIDAY: N_("Keppres hari libur nasional"),
        HolidayInstrumentKind.KEPPRES_CUTI_BERSAMA: N_("Keppres cuti bersama ASN"),
        HolidayInstrumentKind.KEPPRES_HARI_LIBUR: N_("Keppres hari-hari libur"),
        HolidayInstrumentKind.ISBAT_DECISION: N_("keputusan Menteri Agama hasil sidang isbat"),
    }
)

_PREFIX: Final = {
    HolidayInstrumentKind.SKB: "SKB",
    HolidayInstrumentKind.SKB_AMENDMENT: "SKB",
    HolidayInstrumentKind.KEPPRES_HOLIDAY: "Keppres",
    HolidayInstrumentKind.KEPPRES_CUTI_BERSAMA: "Keppres",
    HolidayInstrumentKind.KEPPRES_HARI_LIBUR: "Keppres",
    HolidayInstrumentKind.ISBAT_DECISION: "KMA",
}
_SKB_KINDS: Final = frozenset({HolidayInstrumentKind.SKB, HolidayInstrumentKind.SKB_AMENDMENT})


def _dates(value: Iterable[date]) -> tuple[date, ...]:
    return tuple(sorted(value))


def _numbers(value: Iterable[str | None]) -> tuple[str | None, ...]:
    return tuple(value)


@attrs.frozen
class HolidayInstrument:
    """One decree that sets or changes a year's libur nasional or cuti bersama.

    Attributes:
        kind: SKB, its amendment, a Keppres …
        numbers: an SKB's three numbers (Menteri Agama, Menteri Ketenagakerjaan, Menteri
            PAN-RB) or a Keppres's one, as ``"933/2025"``; ``None`` where not recorded.
        dated: the date it was signed or agreed, when the sources give one.
        holidays: the libur nasional it added (for an amendment or a Keppres).
        cuti_bersama: the cuti bersama it added.
        removed: the days (libur nasional or cuti bersama) it took out.
    """

    kind: HolidayInstrumentKind
    numbers: tuple[str | None, ...] = attrs.field(converter=_numbers)
    dated: date | None = None
    holidays: tuple[date, ...] = attrs.field(default=(), converter=_dates)
    cuti_bersama: tuple[date, ...] = attrs.field(default=(), converter=_dates)
    removed: tuple[date, ...] = attrs.field(default=(), converter=_dates)
    _citation: Citation | None = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        # Built once: every day of the national calendar reads it.
        citation = None
        if self.recorded:
            shown = ", ".join(n if n is not None else "?" for n in self.numbers)
            citation = Citation(f"{_PREFIX[self.kind]} {shown}")
        object.__setattr__(self, "_citation", citation)

    @property
    def recorded(self) -> bool:
        """Whether at least one of its numbers is known (it can be cited)."""
        return any(n is not None for n in self.numbers)

    @property
    def citation(self) -> Citation | None:
        """``SKB 933/2025, 1/2025, 3/2025``, ``Keppres 10/2024``; ``None`` when not recorded
        (an unknown number among known ones reads ``?``)."""
        return self._citation

    def adds(self, day: date, *, cuti_bersama: bool) -> bool:
        """Whether it added ``day`` as a cuti bersama (or, with ``False``, a libur nasional)."""
        return day in (self.cuti_bersama if cuti_bersama else self.holidays)

    def describe(self, lang: str = "id") -> str:
        """The instrument, its citation, date and what it changed, in ``lang``."""
        parts = [self.kind.label(lang)]
        cited = self.citation
        parts.append(str(cited) if cited is not None else gettext(N_("nomor tidak tercatat"), lang))
        if self.dated is not None:
            parts.append(f"({self.dated.isoformat()})")
        text = " ".join(parts)
        changes = [
            gettext(template, lang).format(dates=", ".join(d.isoformat() for d in days))
            for template, days in (
                (N_("menambah libur nasional {dates}"), self.holidays),
                (N_("menambah cuti bersama {dates}"), self.cuti_bersama),
                (N_("menghapus {dates}"), self.removed),
            )
            if days
        ]
        return text + (": " + "; ".join(changes) if changes else "")


def _in_year(year: int, instruments: Iterable[HolidayInstrument]) -> None:
    for instrument in instruments:
        for day in (*instrument.holidays, *instrument.cuti_bersama, *instrument.removed):
            if day.year != year:
                raise InvalidInputError(
                    field=f"HolidayYear({year})",
                    value=day.isoformat(),
                    reason=N_("tanggal di luar tahun daftar hari libur"),
                )


@attrs.frozen
class HolidayYear:
    """The instruments of one year: its SKB and the later ones, in the order they were made.

    Attributes:
        year: the year whose days they set.
        skb: the yearly SKB (its numbers may be not recorded, never invented).
        changes: amendments and Keppres, in the order they were made.
    """

    year: int
    skb: HolidayInstrument
    changes: tuple[HolidayInstrument, ...] = ()

    def __attrs_post_init__(self) -> None:
        if self.skb.kind is not HolidayInstrumentKind.SKB:
            raise InvalidInputError(
                field=f"HolidayYear({self.year}).skb",
                value=self.skb.kind.value,
                reason=N_("instrumen pertama suatu tahun adalah SKB-nya"),
            )
        _in_year(self.year, (self.skb, *self.changes))

    @property
    def confirmed(self) -> bool:
        """Whether the year's SKB is recorded, so its list counts as official (D-5)."""
        return self.skb.recorded

    @property
    def instruments(self) -> tuple[HolidayInstrument, ...]:
        """The SKB, then every change in order."""
        return (self.skb, *self.changes)

    @property
    def amendments(self) -> tuple[HolidayInstrument, ...]:
        """The SKBs that amended the year's SKB, in order."""
        return tuple(i for i in self.changes if i.kind in _SKB_KINDS)

    def instrument_for(self, day: date, *, cuti_bersama: bool) -> HolidayInstrument:
        """The instrument that set ``day`` as a cuti bersama (or a libur nasional): the
        latest one that added it, else the year's SKB."""
        for instrument in reversed(self.changes):
            if instrument.adds(day, cuti_bersama=cuti_bersama):
                return instrument
        return self.skb

    def citation_for(self, day: date, *, cuti_bersama: bool) -> Citation | None:
        """The citation of :meth:`instrument_for`, ``None`` when it is not recorded."""
        return self.instrument_for(day, cuti_bersama=cuti_bersama).citation


_K = HolidayInstrumentKind
_NONE3: Final = (None, None, None)


def _skb(*numbers: str | None, dated: date | None = None) -> HolidayInstrument:
    return HolidayInstrument(_K.SKB, numbers, dated)


def _amend(
    *numbers: str | None,
    dated: date | None = None,
    holidays: Iterable[date] = (),
    cuti: Iterable[date] = (),
    removed: Iterable[date] = (),
) -> HolidayInstrument:
    return HolidayInstrument(
        _K.SKB_AMENDMENT, numbers, dated, tuple(holidays), tuple(cuti), tuple(removed)
    )


def _keppres(
    kind: HolidayInstrumentKind,
    number: str | None,
    dated: date | None = None,
    *,
    holidays: Iterable[date] = (),
    cuti: Iterable[date] = (),
    removed: Iterable[date] = (),
) -> HolidayInstrument:
    return HolidayInstrument(kind, (number,), dated, tuple(holidays), tuple(cuti), tuple(removed))


def _year(year: int, skb: HolidayInstrument, *changes: HolidayInstrument) -> HolidayYear:
    return HolidayYear(year, skb, changes)


_D = date
_DAY: Final = _K.KEPPRES_HOLIDAY
_ASN: Final = _K.KEPPRES_CUTI_BERSAMA

_YEARS: Final = (
    _year(
        2010, _skb("1/2009", "KEP.227/MEN/VIII/2009", "SKB/13/M.PAN/8/2009", dated=_D(2009, 8, 7))
    ),
    _year(
        2011,
        # The Menteri Agama's number is given as 1/2010 and as 2/2010: not settled.
        _skb(None, "KEP.110/MEN/VI/2010", "SKB/07/M.PAN-RB/06/2010", dated=_D(2010, 6, 15)),
        _amend(
            "2/2011",
            "120/MEN/V/2011",
            "SKB/01/M.PAN-RB/05/2011",
            dated=_D(2011, 5, 13),
            cuti=[_D(2011, 5, 16)],
        ),
    ),
    _year(
        2012,
        _skb("7/2011", "04/MEN/VII/2011", "SKB/03/M.PAN-RB/07/2011", dated=_D(2011, 7, 13)),
        # The amendment that added 31 December 2012: its numbers are not recorded.
        _amend(*_NONE3, cuti=[_D(2012, 12, 31)]),
    ),
    _year(2013, _skb("5/2012", "SKB.06/MEN/VII/2012", "02/2012", dated=_D(2012, 7, 19))),
    _year(
        2014,
        _skb(*_NONE3, dated=_D(2013, 8, 21)),
        _keppres(_DAY, "14/2014", _D(2014, 4, 3), holidays=[_D(2014, 4, 9)]),
        _keppres(_DAY, "24/2014", _D(2014, 6, 30), holidays=[_D(2014, 7, 9)]),
    ),
    _year(
        2015,
        # Whether an amendment made 24 December 2015 a Maulid holiday is not recorded either.
        _skb(*_NONE3, dated=_D(2014, 5, 7)),
        _keppres(_DAY, "25/2015", _D(2015, 11, 23), holidays=[_D(2015, 12, 9)]),
    ),
    _year(2016, _skb("150/2015", "2/SKB/MEN/VI/2015", "01/2015")),
    _year(
        2017,
        _skb("135/2016", "109/2016", "01/SKB/MENPANRB/04/2016", dated=_D(2016, 4, 14)),
        # Hari Lahir Pancasila (Keppres 24/2016), 2 January, the Idul Fitri cuti moved.
        _amend(
            "684/2016",
            "302/2016",
            "SKB/02/MENPAN-RB/11/2016",
            dated=_D(2016, 11, 21),
            holidays=[_D(2017, 6, 1)],
            cuti=[_D(2017, 1, 2), _D(2017, 6, 29), _D(2017, 6, 30)],
            removed=[_D(2017, 6, 23)],
        ),
        _keppres(_DAY, "3/2017", _D(2017, 2, 10), holidays=[_D(2017, 2, 15)]),
        # The Keppres on cuti bersama PNS puts 23 June back, for PNS.
        _keppres(_ASN, "18/2017", _D(2017, 6, 15), cuti=[_D(2017, 6, 23)]),
    ),
    _year(
        2018,
        _skb("707/2017", "256/2017", "01/SKB/MENPAN-RB/09/2017", dated=_D(2017, 9, 22)),
        _amend(
            "223/2018",
            "46/2018",
            "13/2018",
            dated=_D(2018, 4, 18),
            cuti=[_D(2018, 6, 11), _D(2018, 6, 12), _D(2018, 6, 20)],
        ),
        # The Keppres on cuti bersama PNS 2018 existed; its number is not recorded.
        _keppres(_ASN, None),
        _keppres(_DAY, "15/2018", _D(2018, 6, 25), holidays=[_D(2018, 6, 27)]),
    ),
    _year(
        2019,
        _skb("617/2018", "262/2018", "16/2018", dated=_D(2018, 11, 2)),
        _keppres(_DAY, "10/2019", _D(2019, 4, 8), holidays=[_D(2019, 4, 17)]),
        _keppres(_ASN, "13/2019", _D(2019, 5, 27)),
    ),
    _year(
        2020,
        # Dated 17 or 28 August 2019 by different sources: not settled.
        _skb("728/2019", "213/2019", "01/2019"),
        _amend(
            "174/2020",
            "01/2020",
            "01/2020",
            dated=_D(2020, 3, 9),
            cuti=[_D(2020, 5, 28), _D(2020, 5, 29), _D(2020, 8, 21), _D(2020, 10, 30)],
        ),
        # The Idul Fitri cuti of 26–29 May moved to 28–31 December; 28 October added.
        _amend(
            "391/2020",
            "02/2020",
            "02/2020",
            dated=_D(2020, 4, 9),
            cuti=[_D(2020, 10, 28), *(_D(2020, 12, d) for d in (28, 29, 30, 31))],
            removed=[_D(2020, 5, d) for d in (26, 27, 28, 29)],
        ),
        _amend("440/2020", "03/2020", "03/2020", dated=_D(2020, 5, 20), removed=[_D(2020, 5, 22)]),
        _keppres(_DAY, "22/2020", _D(2020, 11, 27), holidays=[_D(2020, 12, 9)]),
        _amend(
            "744/2020",
            "05/2020",
            "06/2020",
            dated=_D(2020, 12, 1),
            removed=[_D(2020, 12, d) for d in (28, 29, 30)],
        ),
    ),
    _year(
        2021,
        _skb("642/2020", "4/2020", "4/2020", dated=_D(2020, 9, 10)),
        # Cuti bersama cut from seven days to two (12 May, 24 December).
        _amend(
            "281/2021",
            "1/2021",
            "1/2021",
            dated=_D(2021, 2, 22),
            removed=[
                _D(2021, 3, 12),
                _D(2021, 5, 17),
                _D(2021, 5, 18),
                _D(2021, 5, 19),
                _D(2021, 12, 27),
            ],
        ),
        _keppres(_ASN, "7/2021", _D(2021, 4, 9)),
        # 1 Muharam to 11 August, Maulid to 20 October, 24 December no longer cuti bersama.
        _amend(
            "712/2021",
            "1/2021",
            "3/2021",
            dated=_D(2021, 6, 18),
            holidays=[_D(2021, 8, 11), _D(2021, 10, 20)],
            removed=[_D(2021, 8, 10), _D(2021, 10, 19), _D(2021, 12, 24)],
        ),
    ),
    _year(
        2022,
        _skb("963/2021", "3/2021", "4/2021", dated=_D(2021, 9, 22)),
        _amend(
            "375/2022",
            "1/2022",
            "1/2022",
            dated=_D(2022, 4, 7),
            cuti=[_D(2022, 4, 29), _D(2022, 5, 4), _D(2022, 5, 5), _D(2022, 5, 6)],
        ),
        _keppres(_ASN, "4/2022", _D(2022, 4, 26)),
        # The SKB lists Idul Adha on 9 July; the Menteri Agama set 10 July after the isbat.
        HolidayInstrument(
            _K.ISBAT_DECISION, (None,), None, (_D(2022, 7, 10),), (), (_D(2022, 7, 9),)
        ),
    ),
    _year(
        2023,
        _skb("1066/2022", "3/2022", "3/2022", dated=_D(2022, 10, 11)),
        _keppres(_ASN, "24/2022", _D(2022, 12, 23)),
        # The Idul Fitri cuti became 19, 20, 21, 24 and 25 April.
        _amend(
            "327/2023",
            "1/2023",
            "1/2023",
            dated=_D(2023, 3, 29),
            cuti=[_D(2023, 4, 19), _D(2023, 4, 20)],
            removed=[_D(2023, 4, 26)],
        ),
        _keppres(_ASN, "8/2023", _D(2023, 4, 13)),
        _amend(
            "624/2023",
            "2/2023",
            "2/2023",
            dated=_D(2023, 6, 16),
            cuti=[_D(2023, 6, 28), _D(2023, 6, 30)],
        ),
        _keppres(_ASN, "16/2023", _D(2023, 6, 22)),
    ),
    _year(
        2024,
        _skb("855/2023", "3/2023", "4/2023", dated=_D(2023, 9, 12)),
        _keppres(_ASN, "7/2024", _D(2024, 1, 9)),
        _keppres(_K.KEPPRES_HARI_LIBUR, "8/2024", _D(2024, 1, 29)),
        _keppres(_DAY, "10/2024", _D(2024, 2, 6), holidays=[_D(2024, 2, 14)]),
        _keppres(_DAY, "33/2024", _D(2024, 11, 21), holidays=[_D(2024, 11, 27)]),
    ),
    _year(
        2025,
        _skb("1017/2024", "2/2024", "2/2024", dated=_D(2024, 10, 14)),
        _keppres(_ASN, "2/2025", _D(2025, 1, 16)),
        _amend("933/2025", "1/2025", "3/2025", dated=_D(2025, 8, 7), cuti=[_D(2025, 8, 18)]),
    ),
    _year(
        2026,
        _skb("1497/2025", "2/2025", "5/2025", dated=_D(2025, 9, 19)),
        _keppres(_ASN, "42/2025", _D(2025, 12, 31)),
    ),
    _year(2027, _skb("1205/2026", "3/2026", "2/2026", dated=_D(2026, 9, 15))),
)

#: The instruments of every year kiplib records, by year (2010–2027).
HOLIDAY_YEARS: Final[Mapping[int, HolidayYear]] = MappingProxyType({y.year: y for y in _YEARS})


def holiday_year(year: int) -> HolidayYear | None:
    """The instruments of ``year``, or ``None`` for a year the table does not cover."""
    return HOLIDAY_YEARS.get(year)


def confirmed_holiday_years() -> frozenset[int]:
    """The years whose SKB is recorded: their lists count as official (D-5)."""
    return frozenset(y for y, entry in HOLIDAY_YEARS.items() if entry.confirmed)
