"""Real clients: a PHP script and a Node script call a running ``kiplib serve`` for a
request's timeline and a dashboard batch (``clients/``).

Each is skipped when its interpreter is missing here; with ``KIPLIB_REQUIRE_CLIENTS=1`` (set
by CI, which installs ``php-cli`` and ``nodejs``) a missing interpreter is a failure.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("litestar", reason="the service needs kiplib[server]")
pytest.importorskip("uvicorn", reason="the service needs kiplib[server]")

CLIENTS = Path(__file__).resolve().parent.parent / "clients"
REQUIRED = os.environ.get("KIPLIB_REQUIRE_CLIENTS", "").lower() in ("1", "true", "yes")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    port = _free_port()
    env = {**os.environ, "KIPLIB_NO_PLUGINS": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "kiplib", "serve", "--port", str(port), "--plugins", "none"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(url + "/v1/health", timeout=1) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    out = process.stdout.read().decode() if process.stdout else ""
                    pytest.fail(f"kiplib serve did not start: {out}")
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()


def _interpreter(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        if REQUIRED:
            pytest.fail(f"{name} is required here (KIPLIB_REQUIRE_CLIENTS=1) but not installed")
        pytest.skip(f"{name} is not installed (apt-get install php-cli nodejs)")
    return found


@pytest.mark.parametrize(
    ("interpreter", "script"),
    [
        ("php", CLIENTS / "php" / "kiplib_check.php"),
        ("node", CLIENTS / "node" / "kiplib_check.mjs"),
    ],
)
def test_client_gets_the_timeline_and_the_batch(
    server: str, interpreter: str, script: Path
) -> None:
    command = [_interpreter(interpreter), str(script), server]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "FAILED" not in done.stdout
    assert done.stdout.strip().endswith("10 passed, 0 failed"), done.stdout
