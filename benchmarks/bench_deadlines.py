"""Working-day arithmetic: kiplib against its peers, measured in the same run.

    python benchmarks/bench_deadlines.py [--quick]

Peers: ``holidays``' own ``get_nth_working_day``, ``numpy.busday_offset`` (one call per date,
and one vectorized call for all dates), a naive day-by-day loop over a set of days off, and
``workalendar`` (a Monday–Friday calendar fed the same days off). Every peer gets the same
dates and offsets, and its answers are checked against kiplib's before it is timed. The
script prints nanoseconds per deadline and each peer's time as a multiple of kiplib's.
Optional peers that are not installed are reported as skipped.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta

import kiplib
from kiplib import Step

SEED = 20240405


def timed(fn: Callable[[], object], repeat: int = 5) -> float:
    """Best wall time of ``repeat`` runs, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="fewer samples (smoke run)")
    args = parser.parse_args()
    n_samples = 2_000 if args.quick else 20_000

    rng = random.Random(SEED)
    cal = kiplib.national_calendar()
    starts = [date(2012, 1, 1) + timedelta(days=rng.randrange(365 * 80)) for _ in range(n_samples)]
    offsets = [rng.randrange(1, 31) for _ in range(n_samples)]
    pairs = list(zip(starts, offsets, strict=True))
    days_off = {
        d.date
        for d in cal.days
        if d.is_day_off and (d.category is not kiplib.DayKind.CUTI_BERSAMA or cal.cuti_bersama)
    }
    expected = [cal.add_working_days(d, n) for d, n in pairs]

    results: dict[str, float] = {}

    def run_kiplib() -> None:
        add = cal.add_working_days
        for d, n in pairs:
            add(d, n)

    results["kiplib add_working_days"] = timed(run_kiplib) / n_samples

    def run_deadline() -> None:
        for d, _ in pairs:
            kiplib.deadline(Step.NOTICE, d)

    results["kiplib deadline() with Deadline"] = timed(run_deadline) / n_samples

    # --- holidays
    import holidays

    oracle = holidays.country_holidays(
        "ID", years=range(2010, 2101), categories=("public", "government")
    )
    assert [oracle.get_nth_working_day(d, n) for d, n in pairs[:500]] == expected[:500]
    few = pairs[: max(n_samples // 10, 200)]

    def run_holidays() -> None:
        for d, n in few:
            oracle.get_nth_working_day(d, n)

    results["holidays get_nth_working_day"] = timed(run_holidays, repeat=3) / len(few)

    # --- naive loop
    def naive(d: date, n: int) -> date:
        step = timedelta(days=1)
        while n:
            d += step
            if d.weekday() < 5 and d not in days_off:
                n -= 1
        return d

    assert [naive(d, n) for d, n in pairs[:500]] == expected[:500]

    def run_naive() -> None:
        for d, n in pairs:
            naive(d, n)

    results["naive day-by-day loop"] = timed(run_naive, repeat=3) / n_samples

    # --- numpy
    try:
        import numpy as np
    except ImportError:
        print("numpy not installed: skipped")
    else:
        hol = np.array(sorted(days_off), dtype="datetime64[D]")
        bdc = np.busdaycalendar(weekmask="1111100", holidays=hol)
        np_starts = np.array(starts, dtype="datetime64[D]")
        np_offsets = np.array(offsets)
        # roll="backward" then +n is "n-th working day strictly after d" for any d.
        got = np.busday_offset(np_starts, np_offsets, roll="backward", busdaycal=bdc)
        assert [x.astype(object) for x in got] == expected

        def run_numpy_scalar() -> None:
            for d, n in pairs:
                np.busday_offset(d, n, roll="backward", busdaycal=bdc)

        def run_numpy_vector() -> None:
            np.busday_offset(np_starts, np_offsets, roll="backward", busdaycal=bdc)

        results["numpy busday_offset (scalar)"] = timed(run_numpy_scalar, repeat=3) / n_samples
        results["numpy busday_offset (vectorized)"] = timed(run_numpy_vector) / n_samples

    # --- workalendar
    try:
        from workalendar.core import SAT, SUN, Calendar
    except ImportError:
        print("workalendar not installed: skipped")
    else:
        by_year: dict[int, list[tuple[date, str]]] = {}
        for d in sorted(days_off):
            by_year.setdefault(d.year, []).append((d, "libur"))

        class Indonesia(Calendar):  # type: ignore[misc]
            WEEKEND_DAYS = (SAT, SUN)

            def get_calendar_holidays(self, year: int) -> list[tuple[date, str]]:
                return by_year.get(year, [])

        wcal = Indonesia()
        assert [wcal.add_working_days(d, n) for d, n in pairs[:300]] == expected[:300]
        few_w = pairs[: max(n_samples // 10, 200)]

        def run_workalendar() -> None:
            for d, n in few_w:
                wcal.add_working_days(d, n)

        results["workalendar add_working_days"] = timed(run_workalendar, repeat=3) / len(few_w)

    # --- one-time costs
    days = cal.days
    build = timed(lambda: kiplib.WorkingCalendar(days=days, confirmed_years=cal.confirmed_years))
    cold = subprocess.run(
        [
            sys.executable,
            "-c",
            "import time; t0 = time.perf_counter(); import kiplib, datetime; "
            "kiplib.deadline(kiplib.Step.NOTICE, datetime.date(2024, 4, 5)); "
            "t1 = time.perf_counter(); kiplib.calendar.national._national_calendar.cache_clear(); "
            "from kiplib.calendar.national import national_days; national_days.cache_clear(); "
            "t2 = time.perf_counter(); kiplib.national_calendar(); t3 = time.perf_counter(); "
            "kiplib.calendar.national._national_calendar.cache_clear(); "
            "national_days.cache_clear(); kiplib.calendar.national.rows_for = lambda *a: None; "
            "t4 = time.perf_counter(); kiplib.national_calendar(); "
            "print(t1 - t0, t3 - t2, time.perf_counter() - t4)",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    first_deadline, warm_national, from_holidays = (float(x) for x in cold.stdout.split())

    base = results["kiplib add_working_days"]
    print(f"\nWorking-day arithmetic, {n_samples} random (date, n) pairs, n in 1..30")
    print(f"{'implementation':36} {'ns/deadline':>12} {'x kiplib':>10}")
    for name, secs in results.items():
        print(f"{name:36} {secs * 1e9:12.0f} {secs / base:10.1f}")
    print("\nOne-time costs")
    print(f"  calendar tables build (2010-2100):      {build * 1e3:8.2f} ms")
    print(f"  national_calendar(), shipped days:      {warm_national * 1e3:8.2f} ms (warm process)")
    print(
        f"  national_calendar(), asking holidays:   {from_holidays * 1e3:8.2f} ms "
        "(same process, its import included)"
    )
    print(
        f"  import kiplib + first deadline:         {first_deadline * 1e3:8.2f} ms (fresh process)"
    )
    print(f"  tables size:                            {cal.table_bytes() / 1024:8.1f} KiB")


if __name__ == "__main__":
    main()
