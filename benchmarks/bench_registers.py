"""Build, validate and export a DIP of 50 000 entries (a province); print the time of each step.

Target: under 2 s for build + validate + CSV export (the JSON table, the CSV import and the
XLSX export and import, which need openpyxl, are printed too).
"""

from __future__ import annotations

import time
from datetime import date, timedelta

from kiplib.law import BodyLevel, Category, PublicBody
from kiplib.registers import (
    DipEntry,
    DipRegister,
    InformationForm,
    check_dip,
    dip_from_csv,
    dip_from_xlsx,
    dip_to_csv,
    dip_to_json,
    dip_to_xlsx,
)

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


def build() -> DipRegister:
    entries = []
    for i in range(N):
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


def main() -> None:
    t0 = time.perf_counter()
    dip = build()
    t1 = time.perf_counter()
    problems = check_dip(dip)
    t2 = time.perf_counter()
    text = dip_to_csv(dip)
    t3 = time.perf_counter()
    table = dip_to_json(dip)
    t4 = time.perf_counter()
    back = dip_from_csv(text, body=BODY, year=2024, adopted_on=dip.adopted_on)
    t5 = time.perf_counter()
    workbook = dip_to_xlsx(dip)
    t6 = time.perf_counter()
    back_xlsx = dip_from_xlsx(workbook, body=BODY, year=2024, adopted_on=dip.adopted_on)
    t7 = time.perf_counter()
    assert problems == () and back == dip and back_xlsx == dip
    print(f"build      {N} entries  {(t1 - t0) * 1000:7.0f} ms")
    print(f"validate   {N} entries  {(t2 - t1) * 1000:7.0f} ms")
    print(f"CSV export {N} entries  {(t3 - t2) * 1000:7.0f} ms  ({len(text) / 1e6:.1f} MB)")
    print(f"build + validate + CSV    {(t3 - t0) * 1000:7.0f} ms  (target < 2000 ms)")
    print(f"JSON table {N} entries  {(t4 - t3) * 1000:7.0f} ms  ({len(table) / 1e6:.1f} MB)")
    print(f"CSV import {N} entries  {(t5 - t4) * 1000:7.0f} ms  (read + validate, lossless)")
    print(f"XLSX export {N} entries {(t6 - t5) * 1000:7.0f} ms  ({len(workbook) / 1e6:.1f} MB)")
    print(f"XLSX import {N} entries {(t7 - t6) * 1000:7.0f} ms  (read + validate, lossless)")


if __name__ == "__main__":
    main()
