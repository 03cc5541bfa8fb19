"""Validate and round-trip 10 000 consequence-test records; print records per second each way.

Target: at least 20 000 records/s for validation, for dumping and for loading.
"""

from __future__ import annotations

import time
from datetime import timedelta

import attrs

from kiplib import serialization
from kiplib.exemption import ConsequenceTest, ExemptionPeriod, check
from kiplib.law import GROUNDS

N = 10_000
GOLDEN = "tests/golden/v1/consequence_test.json"


def records() -> list[ConsequenceTest]:
    with open(GOLDEN, encoding="utf-8") as handle:
        base = serialization.loads(handle.read(), ConsequenceTest)
    codes = [c for c in GROUNDS if c[0] in "gh"]
    out = []
    for i in range(N):
        code = codes[i % len(codes)]
        out.append(
            attrs.evolve(
                base,
                number=f"{i}/DKK/2024",
                grounds=(code,),
                redactions=(attrs.evolve(base.redactions[0], ground=code),),
                determined_on=base.determined_on + timedelta(days=i % 5),
                period=ExemptionPeriod(years=1 + i % 20),
            )
        )
    return out


def rate(label: str, seconds: float) -> None:
    print(f"{label:<28} {N / seconds:>12,.0f} records/s  ({seconds * 1000:.0f} ms for {N})")


def main() -> None:
    recs = records()
    t0 = time.perf_counter()
    assert all(not check(r) for r in recs)
    rate("validate (check)", time.perf_counter() - t0)
    t0 = time.perf_counter()
    texts = [serialization.dumps(r) for r in recs]
    rate("dump (to JSON text)", time.perf_counter() - t0)
    t0 = time.perf_counter()
    back = [serialization.loads(t, ConsequenceTest) for t in texts]
    rate("load (from JSON text)", time.perf_counter() - t0)
    assert back == recs
    print("every record round-tripped unchanged")


if __name__ == "__main__":
    main()
