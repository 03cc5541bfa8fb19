"""The core entry points against an earlier kiplib and against their floor, in one run.

    python benchmarks/bench_core.py [--baseline REF] [--rounds N] [--quick]

Two worker processes run the same cases, one on this checkout and one on the source of git
revision ``REF`` (default: the revision named in ``BASELINE``, the last one before the speed
work), in alternating rounds so that a loaded machine slows both alike. Each case reports the
median of the rounds for both and their ratio, next to the target of the issue that asked
for it. ``add_working_days`` is also compared with a bare table look-up (its floor) in the
same worker, and each record case's target, as a time, with its floor: the standard
library's C JSON alone on the same document (``FLOORS``) — a target below it is out of reach
of Python code. Nothing here is a timed test: the script prints; ``--gate`` makes it exit 1
when a ratio misses its target, and ratios are all it looks at.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: The last revision before the speed work of the core (what "today's" meant).
BASELINE = "f79002c"

#: case -> (target ratio current/baseline, what the target says)
TARGETS: dict[str, tuple[float, str]] = {
    "deadline, national": (0.5, "<= 0.5x"),
    "deadline, two district plugins": (0.5, "<= 0.5x"),
    "timeline, 5 events": (0.5, "<= 0.5x"),
    "record 40 events, one by one": (0.5, "linear"),
    "check a consequence test": (0.5, "<= 0.5x"),
    "classify an item": (0.5, "<= 0.5x"),
    "load a consequence test": (0.25, ">= 4x"),
    "dump a consequence test": (0.25, ">= 4x"),
    "load a timeline": (0.25, ">= 4x"),
    "dump a timeline": (0.25, ">= 4x"),
    "import + first deadline (fresh process)": (0.4, "<= 0.4x"),
}

#: The floor of each record case: what the standard library's JSON (C) alone takes for the
#: same document — parsing its text, or writing its plain dict. A record can be read or
#: written no faster without leaving the standard library; a target below its floor cannot
#: be met by Python code (it would take a compiled codec).
FLOORS: dict[str, str] = {
    "load a consequence test": "json.loads, consequence test",
    "dump a consequence test": "json.dumps of its dict, consequence test",
    "load a timeline": "json.loads, timeline",
    "dump a timeline": "json.dumps of its dict, timeline",
}


# --------------------------------------------------------------------------- worker side
def _cases() -> dict[str, Callable[[], object]]:
    """The cases, built against whichever kiplib is importable in this process."""
    from datetime import date, datetime, timedelta, timezone

    import kiplib
    from kiplib import RuleBook, Step, serialization
    from kiplib.plugins import LocalPlugin

    # The district plugins of the same revision as the kiplib this worker runs.
    plugins_root = Path(os.environ.get("KIPLIB_BENCH_PLUGINS", ROOT / "plugins"))
    sys.path[:0] = [str(p / "src") for p in sorted(plugins_root.glob("*/"))]
    import kiplib_karanganyar.plugin as karanganyar
    import kiplib_serdang_bedagai.plugin as serdang_bedagai

    wib = timezone(timedelta(hours=7))
    national = RuleBook.national()
    districts = RuleBook.of(
        LocalPlugin(karanganyar, name="karanganyar", version="1"),
        LocalPlugin(serdang_bedagai, name="serdang-bedagai", version="1"),
    )
    province = kiplib.PublicBody("Dinas Contoh", level=kiplib.BodyLevel.PROVINCE)
    district = kiplib.PublicBody(
        "Dinas Kesehatan Kabupaten Karanganyar",
        level=kiplib.BodyLevel.REGENCY_CITY,
        region_code="33.13",
    )
    start = date(2024, 4, 5)
    at = [datetime(2024, 4, 5, 9, tzinfo=wib) + timedelta(days=i, minutes=i) for i in range(60)]
    events = [
        kiplib.RequestReceived(at[0]),
        kiplib.NoticeSent(at[17], kiplib.NoticeOutcome.REFUSED, exemptions=("h.2",)),
        kiplib.ObjectionFiled(at[20], ("a",)),
        kiplib.ObjectionAnswered(at[45]),
        kiplib.DisputeFiled(at[52]),
    ]
    request = kiplib.Request(province, tuple(events))
    long_log = [kiplib.RequestReceived(at[0])] + [
        kiplib.NoticeSent(at[i], kiplib.NoticeOutcome.ACCEPTED) for i in range(1, 40)
    ]
    as_of = date(2024, 6, 1)
    timeline = request.timeline(as_of=as_of, rules=national)
    timeline_text = serialization.dumps(timeline)
    from kiplib.testing import example

    test = example("consequence_test")
    test_text = serialization.dumps(test)
    test_dict = json.loads(test_text)
    timeline_dict = json.loads(timeline_text)
    item = example("information_item")

    def record_one_by_one() -> object:
        r = kiplib.Request(province)
        for event in long_log:
            r = r.record(event)
        return r

    return {
        "deadline, national": lambda: kiplib.deadline(Step.NOTICE, start, rules=national),
        "deadline, two district plugins": lambda: kiplib.deadline(
            Step.NOTICE, start, body=district, rules=districts
        ),
        "timeline, 5 events": lambda: request.timeline(as_of=as_of, rules=national),
        "record 40 events, one by one": record_one_by_one,
        "check a consequence test": lambda: kiplib.exemption.check(test, rules=national),
        "classify an item": lambda: kiplib.classify(item, as_of=as_of, rules=national),
        "load a consequence test": lambda: serialization.loads(test_text),
        "dump a consequence test": lambda: serialization.dumps(test),
        "load a timeline": lambda: serialization.loads(timeline_text),
        "dump a timeline": lambda: serialization.dumps(timeline),
        # The floors of the record cases (FLOORS): the standard library's C JSON alone.
        "json.loads, consequence test": lambda: json.loads(test_text),
        "json.dumps of its dict, consequence test": lambda: json.dumps(
            test_dict, ensure_ascii=False
        ),
        "json.loads, timeline": lambda: json.loads(timeline_text),
        "json.dumps of its dict, timeline": lambda: json.dumps(timeline_dict, ensure_ascii=False),
    }


def _floor_ratio() -> float:
    """``add_working_days`` over a bare look-up in two arrays (the floor), same process."""
    from array import array
    from datetime import date

    import kiplib

    cal = kiplib.national_calendar()
    first = date(2010, 1, 1).toordinal()
    days = [date.fromordinal(first + i) for i in range(365 * 90)]
    flags = array("b", (cal.is_working_day(d) for d in days))
    cum, total = array("i"), 0
    for flag in flags:
        total += flag
        cum.append(total)
    workdays = [d for d, f in zip(days, flags, strict=True) if f]

    def bare(d: date, n: int) -> date:
        return workdays[cum[d.toordinal() - first] + n - 1]

    sample = [(days[i], 1 + i % 30) for i in range(0, len(days) - 400, 7)]
    assert all(bare(d, n) == cal.add_working_days(d, n) for d, n in sample)
    add = cal.add_working_days

    def run(f: Callable[[date, int], date]) -> float:
        t0 = time.perf_counter()
        for d, n in sample:
            f(d, n)
        return time.perf_counter() - t0

    ours = statistics.median(run(add) for _ in range(15))
    floor = statistics.median(run(bare) for _ in range(15))
    return ours / floor


def _fresh_start() -> float:
    t0 = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import datetime, kiplib; "
            "kiplib.deadline(kiplib.Step.NOTICE, datetime.date(2024, 4, 5))",
        ],
        check=True,
        env={**os.environ, "KIPLIB_NO_PLUGINS": "1"},
    )
    return time.perf_counter() - t0


def worker() -> None:
    """Answer one round per line on stdin: ``case repeat`` -> seconds per call."""
    cases = _cases()
    for line in sys.stdin:
        name, _, repeat = line.rstrip("\n").rpartition(" ")
        if name == "floor":
            print(json.dumps(_floor_ratio()), flush=True)
            continue
        if name == "import + first deadline (fresh process)":
            print(json.dumps(_fresh_start()), flush=True)
            continue
        fn = cases[name]
        n = int(repeat)
        fn()
        t0 = time.perf_counter()
        for _ in range(n):
            fn()
        print(json.dumps((time.perf_counter() - t0) / n), flush=True)


# --------------------------------------------------------------------------- parent side
def _source_of(ref: str, into: Path) -> Path:
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", ref, "src", "plugins"],
        capture_output=True,
        check=True,
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def _start(src: Path, script: str = __file__) -> subprocess.Popen[str]:
    """A worker (``script --worker``, from the benchmarks folder) on the kiplib of ``src``."""
    env = {
        **os.environ,
        "PYTHONPATH": str(src),
        "KIPLIB_NO_PLUGINS": "1",
        "KIPLIB_BENCH_PLUGINS": str(src.parent / "plugins"),
    }
    return subprocess.Popen(
        [sys.executable, script, "--worker"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parent,
    )


def _ask(proc: subprocess.Popen[str], line: str) -> float:
    """Send one line to a worker; the seconds it answers."""
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(line + "\n")
    proc.stdin.flush()
    return float(json.loads(proc.stdout.readline()))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--baseline", default=BASELINE)
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--quick", action="store_true", help="3 rounds, fewer calls")
    parser.add_argument("--gate", action="store_true", help="exit 1 when a ratio misses")
    parser.add_argument(
        "--only", action="append", default=[], metavar="TEXT", help="cases whose name has TEXT"
    )
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker()
        return 0
    rounds = 3 if args.quick else args.rounds
    scale = 0.2 if args.quick else 1.0
    with tempfile.TemporaryDirectory() as tmp:
        base = _start(_source_of(args.baseline, Path(tmp)))
        current = _start(ROOT / "src")
        results: dict[str, tuple[list[float], list[float]]] = {}
        for name in TARGETS:
            if args.only and not any(text in name for text in args.only):
                continue
            repeat = max(int((200 if "40 events" in name or "import" in name else 2000) * scale), 1)
            if "import" in name:
                repeat = 1
            now: list[float] = []
            before: list[float] = []
            for i in range(rounds):
                order = (current, base) if i % 2 == 0 else (base, current)
                for proc in order:
                    (now if proc is current else before).append(_ask(proc, f"{name} {repeat}"))
            results[name] = (before, now)
        floors = {
            name: statistics.median(
                _ask(current, f"{FLOORS[name]} {max(int(2000 * scale), 1)}") for _ in range(rounds)
            )
            for name in results
            if name in FLOORS
        }
        floor = (
            statistics.median(_ask(current, "floor 1") for _ in range(3))
            if not args.only or any(text in "add_working_days floor" for text in args.only)
            else None
        )
        for proc in (base, current):
            assert proc.stdin is not None
            proc.stdin.close()
            proc.wait()
    missed = 0
    print(f"\nkiplib core, {rounds} interleaved rounds; baseline {args.baseline}")
    print(f"{'case':42} {'before':>10} {'now':>10} {'ratio':>7} {'target':>8}")
    for name, (before, now) in results.items():
        b, n = statistics.median(before), statistics.median(now)
        target, text = TARGETS[name]
        ok = n / b <= target
        missed += not ok
        unit = "ms" if b > 1e-3 else "us"
        k = 1e3 if unit == "ms" else 1e6
        print(
            f"{name:42} {b * k:8.1f}{unit} {n * k:8.1f}{unit} {n / b:7.2f} {text:>8}"
            f"{'' if ok else '  (missed)'}"
        )
    if floors:
        print(f"\n{'record case: its target as a time, the floor':42} {'target':>10} {'floor':>10}")
        for name, seconds in floors.items():
            goal = statistics.median(results[name][0]) * TARGETS[name][0]
            note = "  (target below the floor)" if seconds > goal else ""
            print(f"{name:42} {goal * 1e6:8.1f}us {seconds * 1e6:8.1f}us{note}")
    if floor is not None:
        label = "add_working_days / bare table look-up"
        print(f"{label:42} {'':>10} {'':>10} {floor:7.2f} {'<= 1.3x':>8}")
        missed += floor > 1.3
    print(f"\nmachine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
    return 1 if args.gate and missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
