"""Cost of district plugins on ``deadline()``: national only vs two plugins installed.

    python benchmarks/bench_plugins.py [--number N] [--rounds R] [--gate]

Plugins are resolved once per rule book and body (merged overlay and calendar cached), so a
deadline under a rule book with two plugins should cost about what a national one costs; a body
whose district shortens a rule is also counted under the national rule (the floor), so about
twice. Every case runs in the same process, interleaved round by round; the medians are
compared with the national deadline of the same run. Nothing is compared with a fixed time:
``--gate`` exits 1 only when a ratio is over its target.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import timeit
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from types import ModuleType

import attrs

ROOT = Path(__file__).resolve().parent.parent
for src in sorted(ROOT.glob("plugins/*/src")):
    if str(src) not in sys.path:
        sys.path.append(str(src))

import kiplib  # noqa: E402
from kiplib import Citation, DayKind, Step, StepRule, hookimpl  # noqa: E402
from kiplib.calendar import CalendarDay  # noqa: E402
from kiplib.law import NATIONAL_TABLE  # noqa: E402
from kiplib.plugins import LocalPlugin, Regulation, Scope  # noqa: E402

#: Ratio to the national deadline of the same run, per case.
TARGETS = {
    "2 plugins, Karanganyar body (national rules)": 1.5,
    "2 plugins, body outside their scopes": 1.5,
    "2 plugins, body with 7-day rule + local day": 3.0,
}
START = date(2024, 6, 3)


class Stricter:
    """A benchmark-only plugin: a 7-day notice and a local holiday (changes the calendar)."""

    @hookimpl
    def kiplib_scope(self) -> Scope:
        return Scope(region_code="73.99", name="Kabupaten Uji")

    @hookimpl
    def kiplib_regulations(self) -> Sequence[Regulation]:
        return (Regulation(Citation("Perbup Uji 1/2024"), "Uji", in_force=date(2024, 1, 1)),)

    @hookimpl
    def kiplib_deadline_rules(self) -> Sequence[StepRule]:
        national = NATIONAL_TABLE.rule_for(Step.NOTICE, START)
        return (attrs.evolve(national, count=7, citation=Citation("Perbup Uji 1/2024", pasal=5)),)

    @hookimpl
    def kiplib_calendar_days(self) -> Sequence[CalendarDay]:
        return (
            CalendarDay(
                date(2024, 6, 5),
                DayKind.LOCAL_HOLIDAY,
                "Hari Jadi",
                citation=Citation("Perbup Uji 1/2024", pasal=9),
            ),
        )


def per_call_us(fn: Callable[[], object], number: int) -> float:
    """One timing of ``fn`` in µs per call (``number`` calls)."""
    return timeit.timeit(fn, number=number) / number * 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--number", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--gate", action="store_true", help="exit 1 when a ratio is over target")
    args = parser.parse_args()
    import kiplib_karanganyar.plugin as karanganyar
    import kiplib_serdang_bedagai.plugin as serdang

    karanganyar_body = kiplib.PublicBody(name="Dinas Kesehatan", region_code="33.13")
    test_body = kiplib.PublicBody(name="Dinas Uji", region_code="73.99")
    plain = kiplib.PublicBody(name="Badan Publik Pusat")
    national = kiplib.RuleBook.national()
    two = kiplib.RuleBook.of(karanganyar, serdang)
    stricter = kiplib.RuleBook.of(serdang, LocalPlugin(Stricter(), name="uji", version="1"))

    def run(body: kiplib.PublicBody, rules: kiplib.RuleBook) -> Callable[[], object]:
        return lambda: kiplib.deadline(Step.NOTICE, START, body=body, rules=rules)

    cases = {
        "national only, body without region": run(plain, national),
        "2 plugins, Karanganyar body (national rules)": run(karanganyar_body, two),
        "2 plugins, body outside their scopes": run(plain, two),
        "2 plugins, body with 7-day rule + local day": run(test_body, stricter),
    }
    cold = timeit.timeit(run(karanganyar_body, kiplib.RuleBook.of(karanganyar)), number=1) * 1e6
    cold_calendar = timeit.timeit(run(test_body, kiplib.RuleBook.of(Stricter())), number=1) * 1e6
    times: dict[str, list[float]] = {name: [] for name in cases}
    for fn in cases.values():
        fn()
    for _ in range(args.rounds):
        for name, fn in cases.items():
            times[name].append(per_call_us(fn, args.number))
    medians = {name: statistics.median(ts) for name, ts in times.items()}
    floor = medians["national only, body without region"]
    print(f"deadline(Step.NOTICE): median of {args.rounds} interleaved rounds x {args.number}")
    missed = 0
    for name, us in medians.items():
        target = TARGETS.get(name)
        ratio = us / floor
        verdict = ""
        if target is not None:
            verdict = f"<= {target}x" + ("  (missed)" if ratio > target else "")
            missed += ratio > target
        print(f"  {name:<48} {us:6.2f} µs  {ratio:5.2f}x  {verdict}")
    print(f"  first call for a new rule book (resolve overlay)  {cold:8.1f} µs")
    print(f"  first call, rule book with its own calendar       {cold_calendar:8.1f} µs")
    records(karanganyar, serdang, max(args.number // 10, 1), args.rounds)
    return 1 if args.gate and missed else 0


def records(karanganyar: ModuleType, serdang: ModuleType, number: int, rounds: int) -> None:
    """What the district checks add to ``check(record)`` and rules to ``classify(item)``, as
    ratios to the national call of the same run."""
    from kiplib import serialization
    from kiplib.exemption import ConsequenceTest, check, classify
    from kiplib.law import InformationItem

    golden = ROOT / "tests" / "golden" / "v2" / "consequence_test.json"
    record = serialization.loads(golden.read_text("utf-8"), ConsequenceTest)
    item = InformationItem(
        title="Rekam medis pasien RSUD 2023", document_kind="rekam medis", body=record.body
    )
    national = kiplib.RuleBook.national()
    two = kiplib.RuleBook.of(karanganyar, serdang)
    pairs = {
        "check(record)": (
            lambda: check(record, rules=national),
            lambda: check(record, rules=two),
        ),
        "classify(item)": (
            lambda: classify(item, as_of=START, rules=national),
            lambda: classify(item, as_of=START, rules=two),
        ),
    }
    times: dict[tuple[str, int], list[float]] = {}
    for _ in range(rounds):
        for name, fns in pairs.items():
            for i, fn in enumerate(fns):
                times.setdefault((name, i), []).append(per_call_us(fn, number))
    print(f"records per call: median of {rounds} interleaved rounds x {number}")
    for name in pairs:
        alone = statistics.median(times[name, 0])
        both = statistics.median(times[name, 1])
        print(
            f"  {name:<16} national {alone:6.2f} µs, 2 plugins {both:6.2f} µs  {both / alone:5.2f}x"
        )


if __name__ == "__main__":
    raise SystemExit(main())
