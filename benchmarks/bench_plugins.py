"""Cost of district plugins on ``deadline()``: national only vs two plugins installed.

    python benchmarks/bench_plugins.py [--number N]

Plugins are resolved once per scope (merged overlay and calendar cached) and once per body (a
dictionary look-up), so a deadline with two plugins should cost what a national one costs.
Target: at most 5 µs per ``deadline()`` with two plugins installed.
"""

from __future__ import annotations

import argparse
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
from kiplib import Citation, DayKind, Step, StepRule, hookimpl, plugins  # noqa: E402
from kiplib.calendar import CalendarDay  # noqa: E402
from kiplib.law import NATIONAL_TABLE  # noqa: E402
from kiplib.plugins import LocalPlugin, Regulation, Scope  # noqa: E402

TARGET_US = 5.0
START = date(2024, 6, 3)


class Stricter:
    """A benchmark-only plugin: a 7-day notice and a local holiday (changes the calendar)."""

    @hookimpl
    def kiplib_scope(self) -> Scope:
        return Scope(region_code="73.99", name="Kabupaten Uji")

    @hookimpl
    def kiplib_regulations(self) -> Sequence[Regulation]:
        return (Regulation(Citation("Perbup Uji 1/2024"), "Uji"),)

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
    fn()
    best = min(timeit.repeat(fn, number=number, repeat=5))
    return best / number * 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--number", type=int, default=50_000)
    args = parser.parse_args()
    import kiplib_karanganyar.plugin as karanganyar
    import kiplib_serdang_bedagai.plugin as serdang

    karanganyar_body = kiplib.PublicBody(name="Dinas Kesehatan", region_code="33.13")
    test_body = kiplib.PublicBody(name="Dinas Uji", region_code="73.99")
    plain = kiplib.PublicBody(name="Badan Publik Pusat")

    def run(body: kiplib.PublicBody) -> Callable[[], object]:
        return lambda: kiplib.deadline(Step.NOTICE, START, body=body)

    rows: list[tuple[str, float]] = []
    with plugins.using_plugins():
        rows.append(("national only, body without region", per_call_us(run(plain), args.number)))
    with plugins.using_plugins(karanganyar, serdang):
        cold = timeit.timeit(run(karanganyar_body), number=1) * 1e6
        rows.append(
            (
                "2 plugins, Karanganyar body (national rules)",
                per_call_us(run(karanganyar_body), args.number),
            )
        )
        rows.append(("2 plugins, body outside their scopes", per_call_us(run(plain), args.number)))
    with plugins.using_plugins(serdang, LocalPlugin(Stricter(), name="uji", version="1")):
        cold_calendar = timeit.timeit(run(test_body), number=1) * 1e6
        rows.append(
            (
                "2 plugins, body with 7-day rule + local day",
                per_call_us(run(test_body), args.number),
            )
        )
    print(f"deadline(Step.NOTICE) per call, best of 5 x {args.number}")
    for label, us in rows:
        print(f"  {label:<48} {us:6.2f} µs")
    print(f"  first call for a new scope (resolve overlay)      {cold:8.1f} µs")
    print(f"  first call, scope with its own calendar (build)   {cold_calendar:8.1f} µs")
    worst = max(us for label, us in rows if label.startswith("2 plugins"))
    verdict = "OK" if worst <= TARGET_US else "OVER TARGET"
    print(f"  worst with two plugins: {worst:.2f} µs (target ≤ {TARGET_US} µs): {verdict}")
    records(karanganyar, serdang, max(args.number // 10, 1))
    return 0 if worst <= TARGET_US else 1


def records(karanganyar: ModuleType, serdang: ModuleType, number: int) -> None:
    """What the district checks add to ``check(record)`` and rules to ``classify(item)``."""
    from kiplib import serialization
    from kiplib.exemption import ConsequenceTest, check, classify
    from kiplib.law import InformationItem

    golden = ROOT / "tests" / "golden" / "v2" / "consequence_test.json"
    record = serialization.loads(golden.read_text("utf-8"), ConsequenceTest)
    item = InformationItem(
        title="Rekam medis pasien RSUD 2023", document_kind="rekam medis", body=record.body
    )
    rows: list[tuple[str, float]] = []
    with plugins.using_plugins():
        rows.append(("check(record), national only", per_call_us(lambda: check(record), number)))
        rows.append(
            (
                "classify(item), national only",
                per_call_us(lambda: classify(item, as_of=START), number),
            )
        )
    with plugins.using_plugins(karanganyar, serdang):
        rows.append(
            (
                "check(record), 2 plugins, Karanganyar body",
                per_call_us(lambda: check(record), number),
            )
        )
        rows.append(
            (
                "classify(item), 2 plugins, Karanganyar body",
                per_call_us(lambda: classify(item, as_of=START), number),
            )
        )
    print(f"records per call, best of 5 x {number}")
    for label, us in rows:
        print(f"  {label:<48} {us:6.2f} µs")


if __name__ == "__main__":
    raise SystemExit(main())
