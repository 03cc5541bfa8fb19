"""The HTML documents open in a real browser: headless Chromium renders each one, dumps the
DOM it built (the text a reader sees) and takes an A4-sized screenshot.

Skipped when no Chromium is installed, unless ``KIPLIB_REQUIRE_CHROMIUM=1`` (CI), which turns
the missing browser into a failure.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
from collections.abc import Callable
from datetime import date
from pathlib import Path

import attrs
import pytest

from district import BODY, consequence_tests, dip_2025, requests_2024
from kiplib.documents import (
    render_annual_report,
    render_classification_decision,
    render_consequence_test_minutes,
    render_dik,
    render_dip,
)
from kiplib.duties import service_statistics
from kiplib.registers import build_dik
from kiplib.rulebook.styles import NATIONAL_STYLE

#: A4 at 150 dpi.
WIDTH, HEIGHT = 1240, 1754
_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


@pytest.fixture(scope="module")
def chromium() -> str:
    for name in _NAMES:
        found = shutil.which(name)
        if found:
            return found
    if os.environ.get("KIPLIB_REQUIRE_CHROMIUM") == "1":
        pytest.fail("KIPLIB_REQUIRE_CHROMIUM=1 but no Chromium was found on PATH")
    pytest.skip("Chromium is not installed")


def _run(browser: str, page: Path, profile: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            *extra,
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk (after checking the signature)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    assert data[-8:-4] == b"IEND", "truncated PNG"
    return width, height


DOCUMENTS: dict[str, tuple[Callable[[], str], tuple[str, ...]]] = {
    "surat_penetapan": (
        lambda: render_classification_decision(
            attrs.evolve(
                consequence_tests()[0],
                harm_analysis="Pasien dapat dikenali. <script>alert(1)</script> | sel",
            ),
            style=NATIONAL_STYLE,
        ),
        (
            "PP 61/2010 Pasal 4 ayat (2) huruf a",
            "PP 61/2010 Pasal 4 ayat (2) huruf f",
            "Sri Wahyuni",
            "Karanganyar, 15 Maret 2024",
            "<script>alert(1)</script> | sel",
        ),
    ),
    "berita_acara": (
        lambda: render_consequence_test_minutes(consequence_tests()[0], style=NATIONAL_STYLE),
        ("Rina Kurniawati", "Pengelola Program TB", "UU 14/2008 Pasal 19"),
    ),
    "dip": (
        lambda: render_dip(dip_2025(), place="Karanganyar", style=NATIONAL_STYLE),
        ("Ringkasan Isi Informasi", "Profil Pemerintah Kabupaten Karanganyar"),
    ),
    "dik": (
        lambda: render_dik(
            build_dik(consequence_tests(), body=BODY, as_of=date(2025, 3, 31)),
            style=NATIONAL_STYLE,
        ),
        ("460/07/DINSOS/2025", "Tidak lagi dikecualikan"),
    ),
    "laporan_tahunan": (
        lambda: render_annual_report(
            service_statistics(requests_2024(), year=2024, body=BODY),
            body=BODY,
            signed_on=date(2025, 3, 20),
            style=NATIONAL_STYLE,
        ),
        ("UU 14/2008 Pasal 12 huruf d", "Perki 1/2021 Pasal 56"),
    ),
}


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_browser_shows_the_text(chromium: str, tmp_path: Path, name: str) -> None:
    make, expected = DOCUMENTS[name]
    page = tmp_path / f"{name}.html"
    page.write_text(make(), encoding="utf-8")
    dom = _run(chromium, page, tmp_path / "profile", "--dump-dom").stdout
    assert "<h1>" in dom
    # the DOM holds no element that a record smuggled in: hostile text stayed text
    assert "<script>" not in dom
    text = dom.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    for piece in expected:
        assert piece in text, piece


@pytest.mark.parametrize("name", ["surat_penetapan", "dip"])
def test_browser_screenshot_is_an_a4_png(chromium: str, tmp_path: Path, name: str) -> None:
    make, _ = DOCUMENTS[name]
    page = tmp_path / f"{name}.html"
    page.write_text(make(), encoding="utf-8")
    shot = tmp_path / f"{name}.png"
    _run(
        chromium,
        page,
        tmp_path / "profile",
        f"--screenshot={shot}",
        f"--window-size={WIDTH},{HEIGHT}",
    )
    data = shot.read_bytes()
    assert png_size(data) == (WIDTH, HEIGHT)
    # a blank page compresses to a few kilobytes; a rendered letter does not
    assert len(data) > 30_000


def test_png_size_reads_the_header() -> None:
    header = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\x0dIHDR" + struct.pack(">II", 3, 2)
    assert png_size(header + b"\x00" * 9 + b"IEND\xaeB`\x82") == (3, 2)
    with pytest.raises(AssertionError):
        png_size(b"GIF89a" + b"\x00" * 30)


def _reddish_pixels(ppm: bytes) -> int:
    """Pixels of a binary PPM (P6) where red clearly outweighs green and blue: the draft mark
    is the only red on a page."""
    magic, width, height, depth, data = ppm.split(maxsplit=4)
    assert magic == b"P6" and depth == b"255"
    pixels = data[: int(width) * int(height) * 3]
    return sum(
        1
        for i in range(0, len(pixels), 3)
        if pixels[i] - pixels[i + 1] > 12 and pixels[i] - pixels[i + 2] > 12
    )


def _printed_pages(chromium: str, tmp_path: Path, page: str, name: str) -> list[bytes]:
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    html_file = tmp_path / f"{name}.html"
    html_file.write_text(page, encoding="utf-8")
    pdf = tmp_path / f"{name}.pdf"
    _run(
        chromium,
        html_file,
        tmp_path / f"profile-{name}",
        f"--print-to-pdf={pdf}",
        "--no-pdf-header-footer",
    )
    subprocess.run([pdftoppm, "-r", "24", str(pdf), str(tmp_path / name)], check=True)
    return [p.read_bytes() for p in sorted(tmp_path.glob(f"{name}-*.ppm"))]


def test_a_draft_is_marked_on_every_printed_page(chromium: str, tmp_path: Path) -> None:
    dip = dip_2025()
    entries = tuple(
        attrs.evolve(dip.entries[i % len(dip.entries)], number=f"{i:03d}", summary=f"Informasi {i}")
        for i in range(40)
    )
    long = attrs.evolve(dip, entries=entries)
    draft = _printed_pages(chromium, tmp_path, render_dip(long, draft=True), "draft")
    assert len(draft) >= 3
    assert all(_reddish_pixels(page) > 50 for page in draft)
    final = _printed_pages(chromium, tmp_path, render_dip(long), "final")
    assert len(final) == len(draft)
    assert all(_reddish_pixels(page) == 0 for page in final)
