"""Notice status for 1 000 000 synthetic requests: requests per second (target ≥ 200 000/s).

    python benchmarks/bench_batch.py [N]

Synthetic data: receipt dates spread over 2024–2025, a third of the notices missing, the
rest sent 0–25 days after receipt, one request in five extended. Measures the pure-Python
column (:func:`kiplib.batch.notice_status`), the numpy path when numpy is installed, and a
naive loop over :func:`kiplib.deadline` on a sample, for comparison. Each figure is the best
of three runs.
"""

from __future__ import annotations

import random
import sys
import time
from datetime import date, timedelta

import kiplib
from kiplib.batch import notice_status, notice_status_arrays


def synthetic(n: int, seed: int = 14) -> tuple[list[date], list[date | None], list[bool]]:
    rnd = random.Random(seed)
    start = date(2024, 1, 1).toordinal()
    received = [date.fromordinal(start + rnd.randrange(730)) for _ in range(n)]
    sent: list[date | None] = [
        None if rnd.random() < 1 / 3 else d + timedelta(days=rnd.randrange(26)) for d in received
    ]
    extended = [rnd.random() < 0.2 for _ in range(n)]
    return received, sent, extended


def report(label: str, n: int, seconds: float) -> None:
    print(f"{label:<38} {n:>9,} requests  {seconds:6.3f} s  {n / seconds:>12,.0f} req/s")


def best(fn: object, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    as_of = date(2026, 1, 15)
    received, sent, extended = synthetic(n)
    kiplib.national_calendar()  # build the calendar once, outside the timing

    t = best(lambda: notice_status(received, sent, as_of=as_of))
    report("notice_status (pure Python)", n, t)
    t = best(lambda: notice_status(received, sent, as_of=as_of, extended=extended))
    report("notice_status with extensions", n, t)

    try:
        import numpy as np
    except ImportError:
        print("numpy path: numpy not installed")
    else:
        rec = np.array(received, dtype="datetime64[D]")
        snt = np.array([d if d is not None else "NaT" for d in sent], dtype="datetime64[D]")
        ext = np.array(extended)
        t = best(lambda: notice_status_arrays(rec, snt, as_of=as_of, extended=ext))
        report("notice_status_arrays (numpy)", n, t)

    sample = min(n, 20_000)

    def naive() -> None:
        for r, s in zip(received[:sample], sent[:sample], strict=True):
            due = kiplib.deadline(kiplib.Step.NOTICE, r).due
            _ = ("late" if s > due else "on_time") if s is not None else as_of > due

    t = best(naive, repeat=1)
    report("naive loop over deadline() (sample)", sample, t)


if __name__ == "__main__":
    main()
