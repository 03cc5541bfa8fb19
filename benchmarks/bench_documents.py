"""Render documents: the DIP of 50 000 entries (a province) as HTML and Markdown, and 1 000
surat penetapan; print the time of each (needs kiplib[documents])."""

from __future__ import annotations

import time
from pathlib import Path

import attrs
from bench_registers import N, build

from kiplib import documents, serialization
from kiplib.exemption import ConsequenceTest

GOLDEN = Path(__file__).resolve().parent.parent / "tests" / "golden" / "v1"
LETTERS = 1_000


def main() -> None:
    dip = build()
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
    print(f"DIP HTML     {N} entries  {(t1 - t0) * 1000:7.0f} ms  ({len(page) / 1e6:.1f} MB)")
    print(f"DIP Markdown {N} entries  {(t2 - t1) * 1000:7.0f} ms  ({len(text) / 1e6:.1f} MB)")
    print(
        f"surat penetapan x {LETTERS}     {(t4 - t3) * 1000:7.0f} ms  "
        f"({(t4 - t3) / LETTERS * 1e6:.0f} µs each)"
    )


if __name__ == "__main__":
    main()
