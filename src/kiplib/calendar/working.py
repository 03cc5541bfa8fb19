"""The working-day (*hari kerja*) calendar: immutable tables, O(1) arithmetic, reasons.

A :class:`WorkingCalendar` is built once from a list of :class:`CalendarDay` entries (national
holidays, *cuti bersama*, local days, extra working days) and a working week. The build copies
them into three compact tables over the whole supported range:

* ``flags``    one byte per date: 1 if it is a working day;
* ``cum``      per date, how many working days there are from the first date up to it;
* ``workdays`` the offsets of the working days, in order.

"The n-th working day after d" is then ``workdays[cum[d] + n - 1]``: two look-ups, no loop,
whatever n is (the calendar also keeps the working days as ordinals, so that the result is
one ``date.fromordinal`` away). A fourth table counts *provisional* days (years whose
official list is not confirmed, and the days around an estimated Islamic, Chinese or
Buddhist date), so whether a result is provisional is also O(1).

Rules: hari kerja = the body's working week (Monday–Friday, Perpres 21/2023
Pasal 3) minus national holidays minus — for government bodies, decision D-4 — cuti bersama.
"""

from __future__ import annotations

import functools
import itertools
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Final

import attrs

from kiplib.errors import CalendarDataError, InvalidInputError, OutOfRangeError
from kiplib.i18n import N_, LabelledEnum, gettext
from kiplib.law.citation import PERPRES_21_2023, Citation

__all__ = [
    "DEFAULT_FIRST",
    "DEFAULT_LAST",
    "ESTIMATE_MARGIN",
    "MONDAY_TO_FRIDAY",
    "MONTH_NAMES",
    "WEEKDAY_NAMES",
    "CalendarDay",
    "DayKind",
    "WorkingCalendar",
    "format_date",
    "weekday_name",
]

#: First date of the default tables (the law entered into force on 2010-04-30; the tables
#: start earlier so that counts backwards from the first months still work).
DEFAULT_FIRST: Final = date(2010, 1, 1)
#: Last date of the default tables.
DEFAULT_LAST: Final = date(2100, 12, 31)
#: The working week of government bodies (Perpres 21/2023 Pasal 3 ayat (2)); 0 is Monday.
MONDAY_TO_FRIDAY: Final = frozenset({0, 1, 2, 3, 4})

#: How far (calendar days) an estimated date may still move once it is officially set.
ESTIMATE_MARGIN: Final = 1

WEEKDAY_NAMES: Final = (
    N_("Senin"),
    N_("Selasa"),
    N_("Rabu"),
    N_("Kamis"),
    N_("Jumat"),
    N_("Sabtu"),
    N_("Minggu"),
)
MONTH_NAMES: Final = (
    N_("Januari"),
    N_("Februari"),
    N_("Maret"),
    N_("April"),
    N_("Mei"),
    N_("Juni"),
    N_("Juli"),
    N_("Agustus"),
    N_("September"),
    N_("Oktober"),
    N_("November"),
    N_("Desember"),
)


def format_date(d: date, lang: str = "id") -> str:
    """A date as people read it: ``Jumat, 5 April 2024`` / ``Friday, 5 April 2024``."""
    weekday = gettext(WEEKDAY_NAMES[d.weekday()], lang)
    month = gettext(MONTH_NAMES[d.month - 1], lang)
    return f"{weekday}, {d.day} {month} {d.year}"


def weekday_name(weekday: int, lang: str = "id") -> str:
    """The name of a weekday (0 is Monday) in ``lang``."""
    return gettext(WEEKDAY_NAMES[weekday], lang)


class DayKind(LabelledEnum):
    """Why a date is (or, for ``WORKING_DAY``, is not) a day off."""

    #: Weekly rest day of the body's working week (Saturday and Sunday by default).
    WEEKEND = "weekend"
    #: Libur nasional, set yearly by the SKB 3 Menteri.
    NATIONAL_HOLIDAY = "national_holiday"
    #: Cuti bersama for ASN (SKB 3 Menteri and Keppres); non-working for government bodies.
    CUTI_BERSAMA = "cuti_bersama"
    #: A local day off set by a governor, bupati or wali kota (added by a plugin).
    LOCAL_HOLIDAY = "local_holiday"
    #: Any other decided closure of the body.
    NON_WORKING_DAY = "non_working_day"
    #: An extra working day on what would otherwise be a day off.
    WORKING_DAY = "working_day"


_KIND_LABELS: Final = {
    DayKind.WEEKEND: N_("akhir pekan"),
    DayKind.NATIONAL_HOLIDAY: N_("libur nasional"),
    DayKind.CUTI_BERSAMA: N_("cuti bersama"),
    DayKind.LOCAL_HOLIDAY: N_("libur daerah"),
    DayKind.NON_WORKING_DAY: N_("hari tidak bekerja"),
    DayKind.WORKING_DAY: N_("hari kerja tambahan"),
}
DayKind.set_labels(_KIND_LABELS)


def _check_date(_inst: object, attribute: attrs.Attribute[date], value: date) -> None:
    if type(value) is not date:
        raise InvalidInputError(
            field=attribute.name, value=repr(value), reason=N_("harus berupa tanggal (date)")
        )


def _check_name(_inst: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvalidInputError(
            field=attribute.name, value=repr(value), reason=N_("nama hari wajib diisi")
        )


@attrs.frozen(order=False)
class CalendarDay:
    """One entry of an official or local list: a date, what it is, and where it comes from.

    Attributes:
        date: the date.
        category: national holiday, cuti bersama, local holiday, other closure or extra working day.
        name: the name in Bahasa Indonesia, as the decree gives it.
        name_en: the English name, when known.
        estimated: the date is an estimate (a future Islamic, Chinese or Buddhist date, fixed
            only after the official decision), so results touching it are provisional.
        source: who supplied the entry (``holidays 0.108``, a plugin's name, an app).
        citation: the decision that sets the day, when known (SKB, Keppres, Pergub, Perbup).
    """

    date: date = attrs.field(validator=_check_date)
    category: DayKind = attrs.field(validator=attrs.validators.instance_of(DayKind))
    name: str = attrs.field(validator=_check_name)
    name_en: str | None = None
    estimated: bool = False
    source: str = "kiplib"
    citation: Citation | None = None

    def display_name(self, lang: str = "id") -> str:
        """The name in ``lang`` (falls back to the Indonesian name)."""
        if lang != "id" and self.name_en:
            return self.name_en
        return self.name

    @property
    def is_day_off(self) -> bool:
        """Whether this entry makes its date a day off (everything but ``WORKING_DAY``)."""
        return self.category is not DayKind.WORKING_DAY


def _weekdays(value: Iterable[int]) -> frozenset[int]:
    return frozenset(value)


def _check_weekdays(
    _inst: object, attribute: attrs.Attribute[frozenset[int]], value: frozenset[int]
) -> None:
    if not value or any(type(d) is not int or not 0 <= d <= 6 for d in value):
        raise CalendarDataError(
            field=attribute.name,
            value=sorted(value, key=repr),
            reason=N_("hari kerja mingguan harus berupa angka 0 (Senin) s.d. 6 (Minggu)"),
        )


def _years(value: Iterable[int]) -> frozenset[int]:
    return frozenset(value)


def _sorted_days(value: Iterable[CalendarDay]) -> tuple[CalendarDay, ...]:
    return tuple(sorted(value, key=lambda d: (d.date, d.category.value, d.name)))


@attrs.frozen(eq=False)
class _Tables:
    """The derived look-up tables (never part of equality, repr or the JSON form)."""

    first_ordinal: int
    flags: bytes
    cum: array[int]
    workdays: array[int]
    ordinals: array[int]
    provisional_cum: array[int]
    by_ordinal: Mapping[int, tuple[CalendarDay, ...]]
    estimated_ordinals: tuple[int, ...]


#: The article that makes Saturday and Sunday days off (five working days a week).
_WEEKEND_CITATION: Final = Citation(PERPRES_21_2023, pasal=3, ayat=2)


@functools.lru_cache(maxsize=4096)
def _weekend_entry(d: date) -> CalendarDay:
    """The ``WEEKEND`` entry of ``d`` (made once per date: explanations list many)."""
    name = WEEKDAY_NAMES[d.weekday()]
    return CalendarDay(
        d,
        DayKind.WEEKEND,
        name,
        name_en=gettext(name, "en"),
        source="kiplib",
        citation=_WEEKEND_CITATION,
    )


@attrs.frozen
class WorkingCalendar:
    """An immutable working-day calendar with O(1) arithmetic.

    Build one with :func:`kiplib.national_calendar`, then derive others with
    :meth:`with_days`, :meth:`with_official_list` and :meth:`with_weekdays`; each returns a new
    calendar and leaves the original untouched. Calendars compare by their data, hash, and
    pickle (a worker in a process pool can receive one).

    Examples:
        >>> from datetime import date
        >>> import kiplib
        >>> cal = kiplib.national_calendar()
        >>> cal.add_working_days(date(2024, 4, 5), 10)  # Lebaran 2024 and its cuti bersama
        datetime.date(2024, 4, 29)
        >>> cal.working_days_between(date(2024, 4, 5), date(2024, 4, 29))
        10
        >>> cal.is_working_day(date(2024, 4, 8))
        False
        >>> [d.name for d in cal.reasons(date(2024, 4, 8))]
        ['Cuti Bersama Hari Raya Idul Fitri']
    """

    #: The days that are not ordinary: holidays, cuti bersama, local days, extra working days.
    days: tuple[CalendarDay, ...] = attrs.field(converter=_sorted_days)
    #: Working weekdays (0 = Monday … 6 = Sunday).
    weekdays: frozenset[int] = attrs.field(
        default=MONDAY_TO_FRIDAY, converter=_weekdays, validator=_check_weekdays
    )
    #: Whether cuti bersama are days off (D-4: yes for Badan Publik Negara).
    cuti_bersama: bool = True
    #: Years whose official list is confirmed: for the national calendar, the years whose SKB
    #: 3 Menteri kiplib records (:mod:`kiplib.law.holidays`); a year given with
    #: :meth:`with_official_list`.
    confirmed_years: frozenset[int] = attrs.field(default=frozenset(), converter=_years)
    first: date = attrs.field(default=DEFAULT_FIRST, validator=_check_date)
    last: date = attrs.field(default=DEFAULT_LAST, validator=_check_date)
    #: A short description of where the data comes from (shown in explanations).
    provenance: str = "kiplib"
    _tables: _Tables = attrs.field(init=False, repr=False, eq=False)
    # What the hot paths read, straight from the instance (one attribute load each): the
    # first ordinal, the number of days, the flags, ``cum``, the ordinals of the working days
    # (``first_ordinal + workdays``) and ``provisional_cum``.
    _first_ordinal: int = attrs.field(init=False, repr=False, eq=False)
    _size: int = attrs.field(init=False, repr=False, eq=False)
    _flags: bytes = attrs.field(init=False, repr=False, eq=False)
    _cum: Sequence[int] = attrs.field(init=False, repr=False, eq=False)
    _ordinals: Sequence[int] = attrs.field(init=False, repr=False, eq=False)
    _provisional_cum: Sequence[int] = attrs.field(init=False, repr=False, eq=False)
    #: The working days as dates, made on first use (``None`` until then): a count forward
    #: then returns a date already made instead of making one from its ordinal.
    _dates: list[date | None] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        if self.last < self.first:
            raise CalendarDataError(
                field="last", value=self.last.isoformat(), reason=N_("sebelum tanggal pertama")
            )
        t = self._build()
        setattr_ = object.__setattr__
        setattr_(self, "_tables", t)
        setattr_(self, "_first_ordinal", t.first_ordinal)
        setattr_(self, "_size", len(t.flags))
        setattr_(self, "_flags", t.flags)
        setattr_(self, "_cum", t.cum)
        setattr_(self, "_ordinals", t.ordinals)
        setattr_(self, "_provisional_cum", t.provisional_cum)
        setattr_(self, "_dates", [None] * len(t.ordinals))

    # ------------------------------------------------------------------ building
    def _build(self) -> _Tables:
        first_ord = self.first.toordinal()
        n = self.last.toordinal() - first_ord + 1
        start_wd = self.first.weekday()
        week = bytes(1 if (start_wd + i) % 7 in self.weekdays else 0 for i in range(7))
        flags = bytearray((week * (n // 7 + 1))[:n])

        by_ordinal: dict[int, list[CalendarDay]] = {}
        extra_working: list[int] = []
        estimated: set[int] = set()
        for day in self.days:
            i = day.date.toordinal() - first_ord
            if not 0 <= i < n:
                continue
            by_ordinal.setdefault(i, []).append(day)
            if day.estimated:
                estimated.add(i)
            if day.category is DayKind.WORKING_DAY:
                extra_working.append(i)
            elif day.category is not DayKind.CUTI_BERSAMA or self.cuti_bersama:
                flags[i] = 0
        # An explicit extra working day is a decision about that very date: it wins.
        for i in extra_working:
            flags[i] = 1

        if not any(flags):
            raise CalendarDataError(
                field="days", value=f"{self.first}..{self.last}", reason=N_("tidak ada hari kerja")
            )

        typecode = "H" if n < 0xFFFF else "i"
        cum = array(typecode, itertools.accumulate(flags))
        workdays = array(typecode, itertools.compress(range(n), flags))

        provisional = bytearray(n)
        for year in range(self.first.year, self.last.year + 1):
            if year not in self.confirmed_years:
                lo = max(date(year, 1, 1).toordinal() - first_ord, 0)
                hi = min(date(year, 12, 31).toordinal() - first_ord, n - 1)
                provisional[lo : hi + 1] = b"\x01" * (hi - lo + 1)
        for i in estimated:
            for j in range(max(i - ESTIMATE_MARGIN, 0), min(i + ESTIMATE_MARGIN, n - 1) + 1):
                provisional[j] = 1
        provisional_cum = array(typecode, itertools.accumulate(provisional))

        return _Tables(
            first_ordinal=first_ord,
            flags=bytes(flags),
            cum=cum,
            workdays=workdays,
            ordinals=array("i", itertools.compress(range(first_ord, first_ord + n), flags)),
            provisional_cum=provisional_cum,
            by_ordinal={k: tuple(v) for k, v in by_ordinal.items()},
            estimated_ordinals=tuple(sorted(estimated)),
        )

    # ------------------------------------------------------------------ helpers
    def _index(self, d: date, field: str) -> int:
        if type(d) is not date:
            _reject_non_date(d, field)
        i = d.toordinal() - self._tables.first_ordinal
        if i < 0 or i >= len(self._tables.flags):
            raise OutOfRangeError(
                field=field,
                value=d.isoformat(),
                first=self.first.isoformat(),
                last=self.last.isoformat(),
            )
        return i

    def _date(self, i: int) -> date:
        return date.fromordinal(self._tables.first_ordinal + i)

    def _out_of_range(self, d: date, n: int) -> OutOfRangeError:
        return OutOfRangeError(
            field="n",
            value=f"{d.isoformat()} {n:+d}",
            first=self.first.isoformat(),
            last=self.last.isoformat(),
        )

    # ------------------------------------------------------------------ contract
    def is_working_day(self, d: date) -> bool:
        """Whether ``d`` is a working day (*hari kerja*) in this calendar."""
        if type(d) is date:
            i = d.toordinal() - self._first_ordinal
            if 0 <= i < self._size:
                return self._flags[i] == 1
        return self._flags[self._index(d, "date")] == 1

    def add_working_days(self, d: date, n: int) -> date:
        """The ``n``-th working day strictly after ``d`` (``n > 0``) or strictly before it
        (``n < 0``). ``n == 0`` gives ``d`` itself if it is a working day, else the next one.

        This is two array look-ups whatever ``n`` is. A result outside the calendar's range is
        an :class:`~kiplib.errors.OutOfRangeError`, never a wrong date.
        """
        if type(d) is date and type(n) is int and n > 0:
            # The common case, inline: a date in range counted forward. Anything else (a
            # datetime, a float, an index out of range) takes the checked road below.
            i = d.toordinal() - self._first_ordinal
            if i >= 0:
                try:
                    k = self._cum[i] + n - 1
                    found = self._dates[k]
                    if found is None:
                        found = self._dates[k] = _fromordinal(self._ordinals[k])
                    return found
                except IndexError:
                    pass
        return self._add_working_days(d, n)

    def _add_working_days(self, d: date, n: int) -> date:
        t = self._tables
        i = self._index(d, "date")
        if type(n) is not int:
            n = _as_int(n, "n")
        if n > 0:
            k = t.cum[i] + n - 1
        elif n < 0:
            k = t.cum[i] - t.flags[i] + n
        else:
            k = t.cum[i] - t.flags[i]
        if k < 0 or k >= len(t.workdays):
            raise self._out_of_range(d, n)
        return date.fromordinal(t.first_ordinal + t.workdays[k])

    def working_days_between(self, a: date, b: date) -> int:
        """The number of working days ``w`` with ``a < w <= b`` (negative if ``b < a``)."""
        t = self._tables
        return t.cum[self._index(b, "b")] - t.cum[self._index(a, "a")]

    def add_calendar_days_rolled(self, d: date, n: int) -> date:
        """``d + n`` calendar days, moved to the next working day if that is not one (D-10)."""
        if type(n) is not int:
            n = _as_int(n, "n")
        i = self._index(d, "date") + n
        t = self._tables
        if i < 0 or i >= len(t.flags):
            raise self._out_of_range(d, n)
        if t.flags[i]:
            return self._date(i)
        k = t.cum[i]
        if k >= len(t.workdays):
            raise self._out_of_range(d, n)
        return self._date(t.workdays[k])

    # ------------------------------------------------------------------ reasons
    def entries(self, d: date) -> tuple[CalendarDay, ...]:
        """Every entry on ``d`` (including cuti bersama a calendar ignores, and extra working
        days), in a stable order."""
        return self._tables.by_ordinal.get(self._index(d, "date"), ())

    def reasons(self, d: date) -> tuple[CalendarDay, ...]:
        """Why ``d`` is not a working day: the entries that make it a day off, and a
        ``WEEKEND`` entry if it falls outside the working week. Empty for a working day."""
        i = self._index(d, "date")
        if self._tables.flags[i]:
            return ()
        found: list[CalendarDay] = []
        if d.weekday() not in self.weekdays:
            found.append(_weekend_entry(d))
        for day in self._tables.by_ordinal.get(i, ()):
            if day.category is DayKind.CUTI_BERSAMA and not self.cuti_bersama:
                continue
            if day.is_day_off:
                found.append(day)
        return tuple(found)

    def non_working_days(self, a: date, b: date) -> Iterator[date]:
        """The days off ``w`` with ``a < w <= b``, in order."""
        t = self._tables
        lo = self._index(a, "a") + 1
        hi = self._index(b, "b")
        flags = t.flags
        for i in range(lo, hi + 1):
            if not flags[i]:
                yield self._date(i)

    def is_estimated(self, d: date) -> bool:
        """Whether an entry on ``d`` is an estimate (e.g. a future Idul Fitri)."""
        return any(day.estimated for day in self.entries(d))

    def is_confirmed_year(self, year: int) -> bool:
        """Whether the official list of ``year`` is confirmed (D-5)."""
        return year in self.confirmed_years

    def is_provisional(self, a: date, b: date) -> bool:
        """Whether a count over ``a < w <= b`` may still change: it touches a year whose
        official list is not confirmed, or lies within a day of an estimated date. O(1)."""
        if b < a:
            a, b = b, a
        if type(a) is date and type(b) is date:
            first = self._first_ordinal
            lo = a.toordinal() - first
            hi = b.toordinal() - first
            if lo >= 0 and hi < self._size:
                cum = self._provisional_cum
                return cum[hi] - cum[lo] > 0
        lo = self._index(a, "a")
        hi = self._index(b, "b")
        cum = self._provisional_cum
        return cum[hi] - cum[lo] > 0

    def estimated_days(self) -> tuple[date, ...]:
        """All dates with an estimated entry, in order."""
        first = self._tables.first_ordinal
        return tuple(date.fromordinal(first + i) for i in self._tables.estimated_ordinals)

    def next_estimated_day(self, d: date) -> date | None:
        """The first estimated date after ``d``, or ``None``."""
        ords = self._tables.estimated_ordinals
        k = bisect_right(ords, self._index(d, "date"))
        return self._date(ords[k]) if k < len(ords) else None

    @property
    def last_confirmed_year(self) -> int | None:
        """The last year whose official list is confirmed, or ``None``."""
        return max(self.confirmed_years) if self.confirmed_years else None

    # ------------------------------------------------------------------ deriving
    def with_days(self, days: Iterable[CalendarDay]) -> WorkingCalendar:
        """A new calendar with ``days`` added (local holidays, closures, extra working days)."""
        added = tuple(days)
        return attrs.evolve(self, days=self.days + added)

    def with_official_list(
        self,
        year: int,
        days: Iterable[CalendarDay],
        *,
        source: str,
        citation: Citation | None = None,
    ) -> WorkingCalendar:
        """A new calendar whose national list for ``year`` is exactly ``days``.

        Use it for an SKB 3 Menteri or Keppres that the installed ``holidays`` release does
        not know yet, or for an amendment (a day added, as 2025-08-18, or cut, as in 2020 and
        2021): every ``NATIONAL_HOLIDAY`` and ``CUTI_BERSAMA`` entry of that year is replaced
        and the year counts as confirmed. Local entries are kept.
        """
        new = tuple(days)
        national = (DayKind.NATIONAL_HOLIDAY, DayKind.CUTI_BERSAMA)
        for day in new:
            if day.date.year != year or day.category not in national:
                raise CalendarDataError(
                    field="days",
                    value=f"{day.date.isoformat()} {day.category.value}",
                    reason=N_(
                        "daftar resmi satu tahun hanya memuat libur nasional dan cuti "
                        "bersama tahun itu"
                    ),
                )
        kept = tuple(d for d in self.days if not (d.date.year == year and d.category in national))
        stamped = tuple(
            attrs.evolve(d, source=source, citation=d.citation or citation) for d in new
        )
        return attrs.evolve(
            self,
            days=kept + stamped,
            confirmed_years=self.confirmed_years | {year},
            provenance=f"{self.provenance}; {year}: {source}",
        )

    def with_weekdays(self, weekdays: Iterable[int]) -> WorkingCalendar:
        """A new calendar with another working week (Perpres 21/2023 Pasal 7 units)."""
        return attrs.evolve(self, weekdays=frozenset(weekdays))

    def with_cuti_bersama(self, observed: bool) -> WorkingCalendar:
        """A new calendar where cuti bersama are (``True``) or are not days off (D-4)."""
        if observed == self.cuti_bersama:
            return self
        return attrs.evolve(self, cuti_bersama=observed)

    def counting_tables(self) -> tuple[int, memoryview, memoryview]:
        """The look-up tables for bulk work, read-only: ``(first_ordinal, cum, workdays)``.

        ``cum[o - first_ordinal]`` is the number of working days from :attr:`first` up to the
        date of ordinal ``o``; ``workdays[k]`` is the offset (from ``first_ordinal``) of the
        ``k``-th working day. So the ``n``-th working day strictly after ordinal ``o`` is
        ``first_ordinal + workdays[cum[o - first_ordinal] + n - 1]`` — what
        :meth:`add_working_days` does for one date, over many (``numpy.frombuffer`` reads them
        without a copy). Callers must keep indexes in range themselves.
        """
        t = self._tables
        return (
            t.first_ordinal,
            memoryview(t.cum).toreadonly(),
            memoryview(t.workdays).toreadonly(),
        )

    def table_bytes(self) -> int:
        """Bytes held by the look-up tables (for the performance report)."""
        t = self._tables
        return (
            len(t.flags)
            + t.cum.itemsize * len(t.cum)
            + t.workdays.itemsize * len(t.workdays)
            + t.provisional_cum.itemsize * len(t.provisional_cum)
            + t.ordinals.itemsize * len(t.ordinals)
        )


_fromordinal: Final = date.fromordinal


def _reject_non_date(value: object, field: str) -> None:
    if isinstance(value, datetime):
        raise InvalidInputError(
            field=field,
            value=value.isoformat(),
            reason=N_("berikan tanggal lokal badan publik (date), bukan datetime"),
        )
    if not isinstance(value, date):
        raise InvalidInputError(
            field=field, value=repr(value), reason=N_("harus berupa tanggal (date)")
        )


def _as_int(value: object, field: str) -> int:
    if isinstance(value, bool):
        raise InvalidInputError(field=field, value=repr(value), reason=N_("harus bilangan bulat"))
    try:
        import operator

        return operator.index(value)  # type: ignore[arg-type]
    except TypeError:
        raise InvalidInputError(
            field=field, value=repr(value), reason=N_("harus bilangan bulat")
        ) from None


def day_range(a: date, b: date) -> Iterator[date]:
    """Dates from ``a`` to ``b`` inclusive."""
    for i in range((b - a).days + 1):
        yield a + timedelta(days=i)
