"""Render documents: the DIP of 50 000 entries (a province) as HTML against the revision before
the speed work, in one run; then Markdown and 1 000 surat penetapan (needs kiplib[documents]).

    python benchmarks/bench_documents.py [--baseline REF] [--rounds N] [--quick] [--gate]

Two worker processes render the same DIP as HTML, one on this checkout and one on the source of
git revision ``REF`` (default: the one ``bench_core.py`` compares with), in alternating rounds so
that a loaded machine slows both alike; the script prints the median of the rounds for both and
their ratio next to its target (≤ 0.5). ``--gate`` exits 1 when the ratio misses; no absolute
time is a gate. The other figures are of this checkout alone.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import attrs
from bench_core import BASELINE, _ask, _source_of, _start
from bench_registers import N, build

from kiplib import documents, serialization
from kiplib.exemption import ConsequenceTest

GOLDEN = Path(__file__).resolve().parent.parent / "tests" / "golden" / "v1"
LETTERS = 1_000
TARGET = 0.5


def _html_seconds(entries: int) -> float:
    """Seconds to render a DIP of ``entries`` entries as HTML with the kiplib imported here."""
    dip = build(entries)
    style = documents.DocumentStyle(letterhead=("PEMERINTAH PROVINSI JAWA TENGAH",))
    documents.render_dip(attrs.evolve(dip, entries=dip.entries[:10]), style=style)  # compile
    t0 = time.perf_counter()
    documents.render_dip(dip, style=style)
    return time.perf_counter() - t0


def worker() -> None:
    """One rendering per line on stdin (the number of entries) -> seconds."""
    for line in sys.stdin:
        print(json.dumps(_html_seconds(int(line))), flush=True)


def compare(baseline: str, rounds: int, entries: int) -> float:
    """The median seconds of this checkout over the baseline's, rendering in turn."""
    root = Path(__file__).resolve().parent.parent
    with tempfile.TemporaryDirectory() as tmp:
        base = _start(_source_of(baseline, Path(tmp)), __file__)
        current = _start(root / "src", __file__)
        before: list[float] = []
        now: list[float] = []
        for i in range(rounds):
            order = (current, base) if i % 2 == 0 else (base, current)
            for proc in order:
                (now if proc is current else before).append(_ask(proc, str(entries)))
        for proc in (base, current):
            assert proc.stdin is not None
            proc.stdin.close()
            proc.wait()
    b, n = statistics.median(before), statistics.median(now)
    ratio = n / b
    print(
        f"DIP HTML {entries} entries, {rounds} interleaved rounds: before {b * 1e3:.0f} ms "
        f"({baseline}), now {n * 1e3:.0f} ms, ratio {ratio:.2f} (target <= {TARGET})"
        f"{'' if ratio <= TARGET else '  (missed)'}"
    )
    return ratio


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--baseline", default=BASELINE)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help="3 rounds, 5 000 entries")
    parser.add_argument("--gate", action="store_true", help="exit 1 when the ratio misses")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker()
        return 0
    entries = 5_000 if args.quick else N
    ratio = compare(args.baseline, 3 if args.quick else args.rounds, entries)

    dip = build(entries)
    style = documents.DocumentStyle(letterhead=("PEMERINTAH PROVINSI JAWA TENGAH",))
    documents.render_dip(attrs.evolve(dip, entries=dip.entries[:10]), style=style)  # compile
    t0 = time.perf_counter()
    page = documents.render_dip(dip, style=style)
    t1 = time.perf_counter()
    text = documents.render_dip(dip, format="markdown", style=style)
    t2 = time.perf_counter()
    record = serialization.loads(
        (GOLDEN / "consequence_test.json").read_text("utf-8"), ConsequenceTest
    )
    t3 = time.perf_counter()
    for _ in range(LETTERS):
        documents.render_classification_decision(record, style=style)
    t4 = time.perf_counter()
    print(f"DIP HTML     {entries} entries  {(t1 - t0) * 1000:7.0f} ms  ({len(page) / 1e6:.1f} MB)")
    print(f"DIP Markdown {entries} entries  {(t2 - t1) * 1000:7.0f} ms  ({len(text) / 1e6:.1f} MB)")
    print(
        f"surat penetapan x {LETTERS}     {(t4 - t3) * 1000:7.0f} ms  "
        f"({(t4 - t3) / LETTERS * 1e6:.0f} µs each)"
    )
    return 1 if args.gate and ratio > TARGET else 0


if __name__ == "__main__":
    raise SystemExit(main())
