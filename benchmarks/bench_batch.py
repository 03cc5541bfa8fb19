"""Many requests at once: the written notice alone, every step, and the data-frame adapters.

    python benchmarks/bench_batch.py [N] [--gate]

Synthetic requests (seeded): receipts spread over 2024–2025; 70 % with a written notice 0–25
days after receipt, one in eight extended; a keberatan for one request in six, answered in
60 % of cases; a sengketa after a third of the keberatan; 3 % withdrawn. Every path gets the
same rows as ``datetime64[D]`` columns (numpy), a Polars frame, a pandas frame and an Arrow
table. Each figure is the best of several runs, the paths interleaved so that they share the
machine's state, and measured twice: wall time and the process's CPU time (the second is
steadier on a machine running other jobs).

Ratios are computed within the run; ``--gate`` exits with status 1 when one is over its
target (every step within 3× of the notice alone, ``notice_status_arrays``; Polars within
1.5× of numpy). No absolute time is a gate. "every step, notice events only" is
``statuses()`` given the receipt, extension and notice columns alone: what the other events
add to the same computation.
"""

from __future__ import annotations

import platform
import sys
import time
from collections.abc import Callable
from datetime import date
from typing import Any

import numpy as np

import kiplib
from kiplib.batch import notice_status, notice_status_arrays, statuses

AS_OF = date(2026, 6, 30)
TARGETS = {"every step / notice alone": 3.0, "Polars / numpy (every step)": 1.5}


def synthetic(n: int, seed: int = 14) -> dict[str, np.ndarray[Any, Any]]:
    """The event columns of ``n`` requests, as ``datetime64[D]`` (NaT: no such event)."""
    rng = np.random.default_rng(seed)
    nat = np.datetime64("NaT", "D")

    def after(base: np.ndarray[Any, Any], share: float, span: int) -> np.ndarray[Any, Any]:
        days = base + rng.integers(0, span, n).astype("timedelta64[D]")
        days[(rng.random(n) >= share) | np.isnat(base)] = nat
        return days

    received = np.datetime64("2024-01-01") + rng.integers(0, 730, n).astype("timedelta64[D]")
    sent = after(received, 0.70, 26)
    extended = after(received, 0.125, 9)
    silent = np.where(np.isnat(sent), received + np.timedelta64(16, "D"), sent)
    objection = after(silent, 1 / 6, 40)
    answered = after(objection, 0.60, 40)
    dispute = after(
        np.where(np.isnat(answered), objection + np.timedelta64(45, "D"), answered), 1 / 3, 14
    )
    dispute[np.isnat(objection)] = nat
    withdrawn = after(received, 0.03, 60)
    return {
        "received": received,
        "extended": extended,
        "notice_sent": sent,
        "objection_filed": objection,
        "objection_answered": answered,
        "dispute_filed": dispute,
        "withdrawn": withdrawn,
    }


def measure(work: dict[str, Callable[[], object]], repeat: int) -> dict[str, tuple[float, float]]:
    """Best wall and CPU seconds of each piece of work, the pieces interleaved."""
    best = {name: (float("inf"), float("inf")) for name in work}
    for _ in range(repeat):
        for name, fn in work.items():
            w0, c0 = time.perf_counter(), time.process_time()
            fn()
            wall, cpu = time.perf_counter() - w0, time.process_time() - c0
            best[name] = (min(best[name][0], wall), min(best[name][1], cpu))
    return best


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    gate = "--gate" in sys.argv
    n = int(args[0]) if args else 1_000_000
    cols = synthetic(n)
    print(f"{platform.machine()}, {platform.python_version()}, numpy {np.__version__}, {n:,} rows")
    statuses(cols["received"][:10], as_of=AS_OF)  # tables built outside the timing

    def every_step() -> object:
        return statuses(
            cols["received"], **{k: v for k, v in cols.items() if k != "received"}, as_of=AS_OF
        )

    def notice_alone() -> object:
        return notice_status_arrays(cols["received"], cols["notice_sent"], as_of=AS_OF)

    def notice_columns() -> object:
        return statuses(
            cols["received"],
            extended=cols["extended"],
            notice_sent=cols["notice_sent"],
            as_of=AS_OF,
        )

    work: dict[str, Callable[[], object]] = {
        "notice alone (numpy)": notice_alone,
        "every step (numpy)": every_step,
        "every step, notice events only": notice_columns,
    }
    frames: dict[str, Any] = {}
    try:
        import polars as pl

        from kiplib.batch import polars as polars_batch

        frames["polars"] = pl.DataFrame(cols)
        work["every step (Polars DataFrame)"] = lambda: polars_batch.statuses(
            frames["polars"], as_of=AS_OF
        )
    except ImportError:
        print("Polars: not installed")
    try:
        import pandas as pd
        import pyarrow as pa

        from kiplib.batch import arrow as arrow_batch
        from kiplib.batch import pandas as pandas_batch

        table = pa.table({k: pa.array(v) for k, v in cols.items()})
        frames["arrow"] = table
        frames["pandas"] = table.to_pandas(types_mapper=pd.ArrowDtype)
        work["every step (Arrow table)"] = lambda: arrow_batch.statuses(
            frames["arrow"], as_of=AS_OF
        )
        work["every step (pandas DataFrame)"] = lambda: pandas_batch.statuses(
            frames["pandas"], as_of=AS_OF
        )
    except ImportError:
        print("pandas/pyarrow: not installed")

    best = measure(work, repeat=7)
    print(f"{'path':<34} {'wall s':>8} {'cpu s':>8} {'M req/s (cpu)':>14}")
    for name, (wall, cpu) in best.items():
        print(f"{name:<34} {wall:8.3f} {cpu:8.3f} {n / cpu / 1e6:14.2f}")

    received, sent = list(cols["received"].astype(object)), list(cols["notice_sent"].astype(object))
    sent = [None if s is None else s for s in sent]
    t0 = time.process_time()
    notice_status(received, sent, as_of=AS_OF)
    cpu = time.process_time() - t0
    print(f"{'notice alone (pure Python)':<34} {'':>8} {cpu:8.3f} {n / cpu / 1e6:14.2f}")
    sample = min(n, 20_000)
    events = _logs(cols, sample)
    t0 = time.process_time()
    for log in events:
        kiplib.timeline(log, as_of=AS_OF)
    cpu = time.process_time() - t0
    print(f"{'timeline() per request (sample)':<34} {'':>8} {cpu:8.3f} {sample / cpu / 1e6:14.2f}")

    pairs = {"every step / notice alone": ("every step (numpy)", "notice alone (numpy)")}
    if "every step (Polars DataFrame)" in best:
        polars_pair = ("every step (Polars DataFrame)", "every step (numpy)")
        pairs["Polars / numpy (every step)"] = polars_pair
    failed = False
    for name, (slow, fast) in pairs.items():
        ratio = best[slow][1] / best[fast][1]  # CPU time: steadier on a shared machine
        wall = best[slow][0] / best[fast][0]
        ok = ratio <= TARGETS[name]
        failed |= not ok
        verdict = "ok" if ok else "OVER"
        print(
            f"ratio {name:<30} {ratio:5.2f} cpu, {wall:5.2f} wall  "
            f"(target ≤ {TARGETS[name]})  {verdict}"
        )
    return 1 if gate and failed else 0


def _logs(cols: dict[str, np.ndarray[Any, Any]], sample: int) -> list[list[Any]]:
    """The first ``sample`` rows as event logs (days at 09:00 WIB, in the order of a life)."""
    from datetime import datetime, timedelta, timezone
    from datetime import time as clock

    from kiplib.requests.events import (
        DisputeFiled,
        ExtensionDeclared,
        NoticeOutcome,
        NoticeSent,
        ObjectionAnswered,
        ObjectionFiled,
        RequestReceived,
        Withdrawn,
    )

    wib = timezone(timedelta(hours=7))
    make = {
        "received": RequestReceived,
        "extended": lambda at: ExtensionDeclared(at, "alasan"),
        "notice_sent": lambda at: NoticeSent(at, NoticeOutcome.ACCEPTED),
        "objection_filed": lambda at: ObjectionFiled(at, ("c",)),
        "objection_answered": ObjectionAnswered,
        "dispute_filed": DisputeFiled,
        "withdrawn": Withdrawn,
    }
    logs = []
    for i in range(sample):
        rows = []
        for rank, (name, column) in enumerate(cols.items()):
            if not np.isnat(column[i]):
                day = column[i].astype(object)
                rows.append((day, rank, name))
        rows.sort()
        logs.append(
            [
                make[name](datetime.combine(day, clock(9, rank), tzinfo=wib))
                for day, rank, name in rows
            ]
        )
    return logs


if __name__ == "__main__":
    sys.exit(main())
