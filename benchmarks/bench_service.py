"""``kiplib serve`` on loopback: latency and throughput of a deadline and a 5-event timeline,
requests per second through the batch endpoint, against Litestar's trivial JSON endpoint
(``GET /v1/health``) measured in the same run as the floor.

The load generator is in this script: plain asyncio HTTP/1.1 with keep-alive connections (no
client library in the way). It starts ``kiplib serve`` itself on free ports of 127.0.0.1 —
one worker for the single calls, two for the batch — and stops it at the end. Every loop is
bounded in count and time.

    python benchmarks/bench_service.py            # about a minute
    python benchmarks/bench_service.py --quick    # a few seconds, for a smoke run
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta

#: Sixteen different deadlines (one per start date), sent in turn: no answer can be reused.
DEADLINES = [
    json.dumps({"step": "notice", "start": f"2024-04-{day:02d}T09:00:00+07:00"}).encode()
    for day in range(1, 17)
]
TIMELINE = json.dumps(
    {
        "body": {"name": "Dinas Kesehatan Provinsi Contoh", "level": "province"},
        "events": [
            {"type": "request_received", "at": "2024-04-05T09:00:00+07:00"},
            {"type": "extension_declared", "at": "2024-04-18T10:00:00+07:00", "reason": "x"},
            {"type": "notice_sent", "at": "2024-05-06T10:00:00+07:00", "outcome": "refused",
             "exemptions": ["h.2"]},
            {"type": "objection_filed", "at": "2024-05-08T09:00:00+07:00", "grounds": ["a"]},
            {"type": "objection_answered", "at": "2024-06-03T09:00:00+07:00"},
        ],
        "as_of": "2024-06-10",
    }
).encode()  # fmt: skip


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextmanager
def serve(workers: int) -> Iterator[int]:
    port = _free_port()
    env = {**os.environ, "KIPLIB_NO_PLUGINS": "1"}
    command = [sys.executable, "-m", "kiplib", "serve", "--port", str(port)]
    command += ["--workers", str(workers), "--plugins", "none"]
    process = subprocess.Popen(command, env=env)
    try:
        until = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/health", timeout=1):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > until:
                    raise SystemExit("kiplib serve did not start") from None
                time.sleep(0.1)
        time.sleep(0.5 * workers)  # every worker up
        yield port
    finally:
        process.terminate()
        process.wait(timeout=20)


# --------------------------------------------------------------------------- the client
def _request(method: str, path: str, body: bytes = b"", media: str = "application/json") -> bytes:
    head = f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
    if body:
        head += f"Content-Type: {media}\r\nContent-Length: {len(body)}\r\n"
    return head.encode() + b"\r\n" + body


async def _read_response(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {k.lower(): v.strip() for k, _, v in (x.partition(":") for x in lines[1:] if x)}
    if headers.get("transfer-encoding") == "chunked":
        parts = []
        while True:
            size = int((await reader.readuntil(b"\r\n")).strip(), 16)
            if size == 0:
                await reader.readuntil(b"\r\n")
                return status, b"".join(parts)
            parts.append(await reader.readexactly(size))
            await reader.readexactly(2)
    return status, await reader.readexactly(int(headers.get("content-length", "0")))


async def _connection(
    port: int, raws: list[bytes], until: float, latencies: list[float], pipeline: int
) -> int:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    done = 0
    bursts = [
        b"".join(raws[(i + k) % len(raws)] for k in range(pipeline)) for i in range(len(raws))
    ]
    try:
        while time.perf_counter() < until:
            t0 = time.perf_counter()
            writer.write(bursts[done // pipeline % len(bursts)])
            for _ in range(pipeline):
                status, _ = await _read_response(reader)
                if status != 200:
                    raise SystemExit(f"answer {status}")
            latencies.append((time.perf_counter() - t0) / pipeline)
            done += pipeline
    finally:
        writer.close()
    return done


def load(
    port: int, raw: bytes | list[bytes], *, connections: int, seconds: float, pipeline: int = 1
) -> tuple[float, list[float]]:
    """Requests per second over ``connections`` keep-alive connections, each sending
    ``pipeline`` requests at a time (HTTP/1.1 pipelining keeps the client's own cost per
    request small, so that the server is what is measured), and the latencies."""

    raws = raw if isinstance(raw, list) else [raw]

    async def main() -> tuple[float, list[float]]:
        latencies: list[float] = []
        start = time.perf_counter()
        until = start + seconds
        counts = await asyncio.gather(
            *(_connection(port, raws, until, latencies, pipeline) for _ in range(connections))
        )
        return sum(counts) / (time.perf_counter() - start), latencies

    return asyncio.run(main())


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1e3


def _batch_body(n: int) -> bytes:
    lines = [json.dumps({"as_of": "2025-06-30"})]
    first = date(2024, 1, 2)
    for i in range(n):
        received = first + timedelta(days=i % 500)
        row: dict[str, object] = {"id": i, "received": received.isoformat()}
        if i % 3 == 0:
            row["notice_sent"] = (received + timedelta(days=i % 19)).isoformat()
        lines.append(json.dumps(row, separators=(",", ":")))
    return ("\n".join(lines) + "\n").encode()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="short runs (a smoke test)")
    args = parser.parse_args()
    seconds = 1.0 if args.quick else 5.0
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}")  # fmt: skip
    calls: dict[str, bytes | list[bytes]] = {
        "trivial GET /v1/health": _request("GET", "/v1/health"),
        "POST /v1/deadline": [_request("POST", "/v1/deadline", d) for d in DEADLINES],
        "POST /v1/timeline (5 events)": _request("POST", "/v1/timeline", TIMELINE),
    }
    rates: dict[str, float] = {}
    with serve(1) as port:
        for raw in calls.values():  # warm up
            load(port, raw, connections=1, seconds=0.3)
        print("\none worker                       p50 ms  p99 ms   requests/s")
        for name, raw in calls.items():
            _, single = load(port, raw, connections=1, seconds=seconds / 2)
            rate, _ = load(port, raw, connections=4, seconds=seconds, pipeline=16)
            rates[name] = rate
            print(f"{name:30} {_pct(single, 0.5):7.2f} {_pct(single, 0.99):7.2f} {rate:12,.0f}")
    floor = rates["trivial GET /v1/health"]
    print("\nratio to the trivial endpoint (throughput)")
    for name, rate in rates.items():
        print(f"{name:30} {rate / floor:6.2f}")
    n = 20_000 if args.quick else 200_000
    body = _batch_body(n)
    raw = _request("POST", "/v1/batch/notice-status", body, "application/x-ndjson")
    with serve(2) as port:
        load(port, raw, connections=2, seconds=0.5)
        posts, _ = load(port, raw, connections=2, seconds=seconds * 2)
    print(f"\ntwo workers: batch of {n:,} requests per POST, 2 connections: "
          f"{posts * n:,.0f} requests/s ({posts:.2f} POST/s)")  # fmt: skip


if __name__ == "__main__":
    main()
