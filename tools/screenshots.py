"""Regenerate the screenshots of the documents shown in the docs (``docs/images/*.png``).

    python tools/screenshots.py            # needs kiplib[documents] and Chromium on PATH
    python tools/screenshots.py --chromium /usr/bin/chromium --out docs/images

The documents are those of the worked example of the tests (Kabupaten Karanganyar, 2024–2025:
``tests/golden/v1``), dressed in the style of the Karanganyar reference plugin (loaded from
``plugins/kiplib-karanganyar/src``, so nothing needs to be installed). Each page is rendered by
headless Chromium in an A4-sized window (1240 × 1754 pixels, 150 dpi).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "v1"
WIDTH, HEIGHT = 1240, 1754
#: Each screenshot must stay small enough to commit.
MAX_BYTES = 300_000


@contextmanager
def _karanganyar() -> Iterator[None]:
    sys.path.insert(0, str(ROOT / "plugins" / "kiplib-karanganyar" / "src"))
    from kiplib_karanganyar import plugin

    from kiplib import plugins

    with plugins.using_plugins(plugin):
        yield


def pages() -> dict[str, str]:
    """The HTML of every document of the worked example, by image name."""
    import attrs

    from kiplib import Role, documents, serialization
    from kiplib.duties import BodyRecords, service_statistics
    from kiplib.exemption import ConsequenceTest, Official
    from kiplib.registers import DikRegister

    def load(name: str, cls: type) -> object:
        return serialization.loads((GOLDEN / f"{name}.json").read_text("utf-8"), cls)

    records = load("body_records", BodyRecords)
    assert isinstance(records, BodyRecords)
    dik = load("dik_register_2025", DikRegister)
    assert isinstance(dik, DikRegister)
    # The health records test: partly open, two blacked-out parts, a release condition. The
    # Karanganyar regulation has the Sekda approve it (a letter is never made from a record
    # its district's checks reject): the worked example's approval, given by the Sekda.
    found = next(t for t in records.consequence_tests if t.number == "800/112/DKK/2024")
    assert isinstance(found, ConsequenceTest)
    sekda = Official(
        "Drs. Sutrisno, M.Si.",
        "Sekretaris Daerah Kabupaten Karanganyar",
        role=Role.REGIONAL_SECRETARY,
    )
    test = attrs.evolve(found, approval=attrs.evolve(found.approval, official=sekda))
    ppid = documents.Signatory(
        "Pejabat Pengelola Informasi dan Dokumentasi,", test.ppid.position, test.ppid.name
    )
    stats = service_statistics(records.requests, year=2024, body=records.body)
    with _karanganyar():
        return {
            "surat-penetapan": documents.render_classification_decision(test),
            "berita-acara": documents.render_consequence_test_minutes(test, number="005/PPID/2025"),
            "dip": documents.render_dip(
                records.dip, number="002/PPID/2025", place="Karanganyar", signed_by=(ppid,)
            ),
            "dik": documents.render_dik(
                dik, number="003/PPID/2025", place="Karanganyar", signed_by=(ppid,)
            ),
            "laporan-tahunan": documents.render_annual_report(
                stats,
                body=records.body,
                number="004/PPID/2025",
                place="Karanganyar",
                signed_on=date(2025, 3, 20),
                signed_by=(ppid,),
            ),
        }


def screenshot(chromium: str, html: str, target: Path, work: Path) -> int:
    """Render ``html`` with headless Chromium into the PNG ``target``; its size in bytes."""
    page = work / f"{target.stem}.html"
    page.write_text(html, encoding="utf-8")
    subprocess.run(
        [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            f"--user-data-dir={work / 'profile'}",
            f"--screenshot={target}",
            f"--window-size={WIDTH},{HEIGHT}",
            page.as_uri(),
        ],
        capture_output=True,
        check=True,
        timeout=120,
    )
    return target.stat().st_size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
    parser.add_argument("--chromium", default=shutil.which("chromium") or "chromium")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    too_big = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, html in pages().items():
            target = args.out / f"{name}.png"
            size = screenshot(args.chromium, html, target, Path(tmp))
            print(
                f"{target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}: {size} B"
            )
            if size > MAX_BYTES:
                too_big.append(name)
    if too_big:
        print(f"larger than {MAX_BYTES} bytes: {', '.join(too_big)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
