"""Ten million requests streamed from Parquet to Parquet: time and peak memory.

    python benchmarks/bench_batch_stream.py [N]

The synthetic requests of ``bench_batch.py`` (seeded) are written to a Parquet file in row
groups of 50 000, then read back lazily and written again with every step's columns added:

* Polars: ``scan_parquet`` → :func:`kiplib.batch.polars.statuses` on the ``LazyFrame`` →
  ``sink_parquet`` (the streaming engine hands the batch function one slice at a time), once
  with Polars' defaults and once with its settings for a small budget (:data:`LEAN`);
* Dask: ``read_parquet`` → :func:`kiplib.batch.dask.statuses` → ``to_parquet``, one
  partition per row group, on the threaded scheduler with two workers.

Each pipeline runs in a fresh process, which reports its own peak resident memory
(``ru_maxrss``) and that of a process that only imported the same libraries and built
kiplib's tables — the floor the pipeline starts from — against the 300 MiB the project aims
at. Nothing here is a gate: absolute times and sizes depend on the machine.
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

LIMIT_MIB = 300
ROW_GROUP = 50_000
#: Polars' own settings for a small memory budget: slices of 32 Ki rows, one row group read
#: ahead, one thread (its defaults read further ahead and keep more slices in flight; the
#: batch function holds the interpreter while it runs anyway).
LEAN = {
    "POLARS_IDEAL_MORSEL_SIZE": "32768",
    "POLARS_ROW_GROUP_PREFETCH_SIZE": "1",
    "POLARS_MAX_THREADS": "1",
}

_WRITE = """
import sys, numpy as np, pyarrow as pa, pyarrow.parquet as pq
sys.path.insert(0, {bench!r})
from bench_batch import synthetic
n, path, group = {n}, {path!r}, {group}
writer = None
for start in range(0, n, 1_000_000):
    cols = synthetic(min(1_000_000, n - start), seed=14 + start)
    table = pa.table({{k: pa.array(v) for k, v in cols.items()}})
    writer = writer or pq.ParquetWriter(path, table.schema)
    writer.write_table(table, row_group_size=group)
writer.close()
"""

_SETUP = """
import resource, time, json
from datetime import date
import polars as pl, pyarrow, pandas, numpy
import kiplib
from kiplib.batch import statuses
statuses(numpy.array(["2024-01-02"], dtype="datetime64[D]"), as_of=date(2026, 6, 30))
"""

_POLARS = (
    _SETUP
    + """
from kiplib.batch import polars as polars_batch
t0 = time.perf_counter()
lazy = polars_batch.statuses(pl.scan_parquet({source!r}), as_of=date(2026, 6, 30))
lazy.sink_parquet({target!r}, engine="streaming", row_group_size=50_000)
seconds = time.perf_counter() - t0
print(json.dumps({{"seconds": seconds,
                  "peak_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}}))
"""
)

_DASK = (
    _SETUP
    + """
import dask, dask.dataframe as dd
from kiplib.batch import dask as dask_batch
dask.config.set(scheduler="threads", num_workers=2)
t0 = time.perf_counter()
frame = dd.read_parquet({source!r}, split_row_groups=True, dtype_backend="pyarrow")
dask_batch.statuses(frame, as_of=date(2026, 6, 30)).to_parquet({target!r}, write_index=False)
seconds = time.perf_counter() - t0
print(json.dumps({{"seconds": seconds,
                  "peak_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}}))
"""
)

_FLOOR = (
    _SETUP
    + """
import dask.dataframe
print(json.dumps({"seconds": 0, "peak_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""
)


def _run(code: str, env: dict[str, str] | None = None) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", code],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    n = int(args[0]) if args else 10_000_000
    bench = str(Path(__file__).resolve().parent)
    print(f"{platform.machine()}, {platform.python_version()}, {n:,} rows")
    with tempfile.TemporaryDirectory() as tmp:
        source = str(Path(tmp) / "requests.parquet")
        t0 = time.perf_counter()
        subprocess.run(
            [sys.executable, "-c", _WRITE.format(bench=bench, n=n, path=source, group=ROW_GROUP)],
            check=True,
        )
        size = Path(source).stat().st_size / 2**20
        print(f"written in {time.perf_counter() - t0:.1f} s: {size:.0f} MiB of Parquet")
        pipelines = (
            ("Polars, its defaults", _POLARS, "polars", {}),
            ("Polars, lean", _POLARS, "polars", LEAN),
            ("Dask, 2 threads", _DASK, "pandas, dask.dataframe", {}),
        )
        for i, (name, code, modules, env) in enumerate(pipelines):
            floor = _run(_FLOOR.replace("{modules}", modules))["peak_kib"] / 1024
            target = str(Path(tmp) / f"out-{i}")
            result = _run(code.format(source=source, target=target), env)
            peak = result["peak_kib"] / 1024
            rate = n / result["seconds"] / 1e6
            verdict = "within" if peak <= LIMIT_MIB else "over"
            print(
                f"{name:<20} {result['seconds']:6.1f} s {peak:6.0f} MiB peak "
                f"(imports and tables alone: {floor:.0f} MiB); {rate:.2f} M rows/s; "
                f"{verdict} {LIMIT_MIB} MiB"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
