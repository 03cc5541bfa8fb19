"""Build, validate and export a DIP of 50 000 entries (a province); then time each XLSX engine.

    python benchmarks/bench_registers.py [--quick] [--rounds N]

Part 1 prints the time of each step once. Target: under 2 s for build + validate + CSV
export (the JSON table, the CSV import and the XLSX export and import are printed too).

Part 2 compares the XLSX engines in the same run: writing with XlsxWriter and with openpyxl,
reading with python-calamine and with openpyxl (each reader reads the workbooks of both
writers), and, as the reference, openpyxl as kiplib used it before the engines were added
(its plain read-only and write-only workbooks, without the checks). The rounds are
interleaved — every engine once per round, in turn — so that a slow moment of the machine
falls on all of them; the script prints the median of the rounds and each engine's median as
a multiple of openpyxl's. Engines that are not installed are reported as skipped. Reading
and writing are whole calls of the public functions (``dip_from_xlsx`` with its checks and
validation, ``dip_to_xlsx``); every result is checked to equal the register.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from importlib.util import find_spec

from kiplib.law import BodyLevel, Category, PublicBody
from kiplib.registers import (
    DipEntry,
    DipRegister,
    InformationForm,
    check_dip,
    dip_from_csv,
    dip_from_xlsx,
    dip_rows,
    dip_to_csv,
    dip_to_json,
    dip_to_xlsx,
)
from kiplib.registers.columns import DIP_COLUMNS
from kiplib.registers.table import _dip_from_rows

N = 50_000
BODY = PublicBody(
    name="Pemerintah Provinsi Jawa Tengah", level=BodyLevel.PROVINCE, region_code="33"
)
KINDS = (
    (Category.PERIODIC, "9.2.b"),
    (Category.AVAILABLE_AT_ALL_TIMES, "11.1.c"),
    (Category.AVAILABLE_AT_ALL_TIMES, None),
    (Category.IMMEDIATE, None),
)
ENGINES = ("python_calamine", "xlsxwriter", "openpyxl")


def build(n: int = N) -> DipRegister:
    entries = []
    for i in range(n):
        category, listed = KINDS[i % len(KINDS)]
        entries.append(
            DipEntry(
                number=f"{i + 1:05d}",
                summary=f"Laporan kegiatan unit {i // 40} nomor {i}",
                holder=f"Unit Kerja {i // 40}",
                responsible=f"Kepala Unit Kerja {i // 40}",
                time_and_place="2024, Semarang",
                form=InformationForm.SOFT_AND_HARD_COPY,
                retention="5 tahun",
                category=category,
                listed_as=listed,
                last_published=(
                    date(2024, 1, 2) + timedelta(days=i % 50)
                    if category is Category.PERIODIC
                    else None
                ),
            )
        )
    return DipRegister(body=BODY, year=2024, adopted_on=date(2024, 2, 29), entries=entries)


@contextmanager
def only(engine: str) -> Iterator[None]:
    """Hide the other engines for a moment: kiplib then takes ``engine`` (or its fallback)."""
    saved = {name: sys.modules.get(name) for name in ENGINES if name != engine}
    for name in saved:
        sys.modules[name] = None  # type: ignore[assignment]
    try:
        yield
    finally:
        for name, module in saved.items():
            if module is None:
                del sys.modules[name]
            else:
                sys.modules[name] = module


def legacy_write(dip: DipRegister) -> bytes:
    """The XLSX writer of kiplib before the engines were added (openpyxl, write-only), as it
    was: every cell checked for control characters, text starting with "=" kept as text."""
    import openpyxl
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font

    table = list(dip_rows(dip))
    for row in table:
        for value in row:
            if ILLEGAL_CHARACTERS_RE.search(value):
                raise ValueError(value)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("DIP")
    bold = Font(bold=True)
    head = []
    for h in DIP_COLUMNS:
        cell = WriteOnlyCell(sheet, value=h)
        cell.font = bold
        head.append(cell)
    sheet.append(head)
    for row in table:
        cells: list[object] = []
        for i, value in enumerate(row):
            if not value:
                cells.append(None)
            elif i == 9:
                cells.append(date.fromisoformat(value))
            elif value.startswith("="):
                text = WriteOnlyCell(sheet, value=value)
                text.data_type = "s"
                cells.append(text)
            else:
                cells.append(value)
        sheet.append(cells)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def legacy_read(data: bytes, dip: DipRegister) -> DipRegister:
    """The XLSX reader of kiplib before the engines were added: an openpyxl read-only
    workbook, no checks, then today's row reader (faster than the one it had, so the ratios
    against it are, if anything, too modest)."""
    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        rows = [tuple(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    finally:
        book.close()
    return _dip_from_rows(
        rows, fixed_width=False, body=BODY, year=2024, adopted_on=dip.adopted_on, revision=1
    )


def steps(dip: DipRegister, built: float) -> None:
    t0 = time.perf_counter()
    problems = check_dip(dip)
    t1 = time.perf_counter()
    text = dip_to_csv(dip)
    t2 = time.perf_counter()
    table = dip_to_json(dip)
    t3 = time.perf_counter()
    back = dip_from_csv(text, body=BODY, year=2024, adopted_on=dip.adopted_on)
    t4 = time.perf_counter()
    assert problems == () and back == dip
    n = len(dip.entries)
    print(f"validate   {n} entries  {(t1 - t0) * 1000:7.0f} ms")
    print(f"CSV export {n} entries  {(t2 - t1) * 1000:7.0f} ms  ({len(text) / 1e6:.1f} MB)")
    print(f"build + validate + CSV    {(built + t2 - t0) * 1000:7.0f} ms  (target < 2000 ms)")
    print(f"JSON table {n} entries  {(t3 - t2) * 1000:7.0f} ms  ({len(table) / 1e6:.1f} MB)")
    print(f"CSV import {n} entries  {(t4 - t3) * 1000:7.0f} ms  (read + validate, lossless)")


def engines(dip: DipRegister, rounds: int) -> None:
    have = {name: find_spec(name) is not None for name in ENGINES}
    for name, present in have.items():
        if not present:
            print(f"{name} not installed: skipped")
    if not have["openpyxl"]:
        print("openpyxl is the reference: nothing to compare")
        return
    writers: dict[str, Callable[[], bytes]] = {}
    if have["xlsxwriter"]:
        writers["write: XlsxWriter"] = lambda: dip_to_xlsx(dip)

    def openpyxl_write() -> bytes:
        with only("openpyxl"):
            return dip_to_xlsx(dip)

    writers["write: openpyxl"] = openpyxl_write
    writers["write: openpyxl before"] = lambda: legacy_write(dip)
    files = {name: write() for name, write in writers.items()}
    readers: dict[str, Callable[[], DipRegister]] = {}
    for source, data in files.items():
        made_by = source.removeprefix("write: ")

        def calamine_read(data: bytes = data) -> DipRegister:
            with only("python_calamine"):
                return dip_from_xlsx(data, body=BODY, year=2024, adopted_on=dip.adopted_on)

        def openpyxl_read(data: bytes = data) -> DipRegister:
            with only("openpyxl"):
                return dip_from_xlsx(data, body=BODY, year=2024, adopted_on=dip.adopted_on)

        if have["python_calamine"]:
            readers[f"read: calamine ({made_by})"] = calamine_read
        readers[f"read: openpyxl ({made_by})"] = openpyxl_read

        def before_read(data: bytes = data) -> DipRegister:
            return legacy_read(data, dip)

        readers[f"read: openpyxl before ({made_by})"] = before_read
    for name, read in readers.items():
        assert read() == dip, name
    names = [*writers, *readers]
    wall: dict[str, list[float]] = {name: [] for name in names}
    cpu: dict[str, list[float]] = {name: [] for name in names}
    jobs: dict[str, Callable[[], object]] = {**writers, **readers}
    for _ in range(rounds):
        for name, job in jobs.items():
            w0, c0 = time.perf_counter(), time.process_time()
            job()
            wall[name].append(time.perf_counter() - w0)
            cpu[name].append(time.process_time() - c0)
    median = {name: statistics.median(t) for name, t in wall.items()}
    median_cpu = {name: statistics.median(t) for name, t in cpu.items()}
    n = len(dip.entries)
    print(f"\nXLSX engines, a DIP of {n} entries, median of {rounds} interleaved rounds")
    print("(wall time; CPU time of this process too, steadier on a shared machine)")
    print(
        f"{'engine':40} {'wall s':>7} {'cpu s':>6} {'x openpyxl':>10} {'x before':>9}"
        f" {'cpu x before':>12}"
    )
    for name in names:
        if name.startswith("write"):
            now, before = "write: openpyxl", "write: openpyxl before"
        else:
            made_by = name[name.index("(") :]
            now, before = f"read: openpyxl {made_by}", f"read: openpyxl before {made_by}"
        print(
            f"{name:40} {median[name]:7.2f} {median_cpu[name]:6.2f}"
            f" {median[name] / median[now]:10.2f} {median[name] / median[before]:9.2f}"
            f" {median_cpu[name] / median_cpu[before]:12.2f}"
        )
    for name, data in files.items():
        print(f"{name.removeprefix('write: ')} workbook: {len(data) / 1e6:.1f} MB")
    if have["xlsxwriter"] and have["python_calamine"]:
        # What a user sees: kiplib's default engines on their own workbook, against openpyxl
        # before on its own.
        pairs = (
            ("write", "write: XlsxWriter", "write: openpyxl before"),
            (
                "read",
                "read: calamine (XlsxWriter)",
                "read: openpyxl before (openpyxl before)",
            ),
        )
        for step, now, before in pairs:
            print(
                f"{step} now / before: wall {median[now] / median[before]:.2f}, "
                f"cpu {median_cpu[now] / median_cpu[before]:.2f}"
            )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="5 000 entries (smoke run)")
    parser.add_argument("--rounds", type=int, default=5, help="interleaved rounds (median)")
    args = parser.parse_args()
    n = 5_000 if args.quick else N
    t0 = time.perf_counter()
    dip = build(n)
    built = time.perf_counter() - t0
    print(f"build      {n} entries  {built * 1000:7.0f} ms")
    steps(dip, built)
    engines(dip, args.rounds)


if __name__ == "__main__":
    main()
