"""Worked example: a small district's DIP (20 entries) and DIK (5 consequence tests), 2024–2025.

Pemerintah Kabupaten Karanganyar (region 33.13) compiles its DIP in February and lists its
exempt information (DIK) from its consequence tests in March. Between 2024 and 2025:

* ``027/15/BPBJ/2024`` (huruf i, until 31 December 2024) ends: the information joins the DIP;
* ``800/31/BKPSDM/2023`` (h.4) is replaced by ``800/09/BKPSDM/2025``, whose outcome is open;
* ``460/07/DINSOS/2025`` (h.3) closes the beneficiary list with NIK, which leaves the DIP;
* ``800/112/DKK/2024`` (h.2, 5 years) stays in force;
* the DIP also gains one new entry, drops one, and moves one from "setiap saat" to "berkala".

The golden documents of tests/golden (``dip_register_2024``, ``dik_register_2025``,
``body_records``) are these values, stored (``tests/golden_examples.py``).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import attrs

from kiplib import serialization
from kiplib.duties import BodyRecords, FinishedRequest, RequestOutcome
from kiplib.exemption import ConsequenceTest, ExemptionPeriod, Outcome, Redaction
from kiplib.law import BodyLevel, Category, PublicBody
from kiplib.registers import DipEntry, DipRegister, InformationForm

GOLDEN = Path(__file__).parent / "golden" / "v1"

BODY = PublicBody(
    name="Pemerintah Kabupaten Karanganyar",
    level=BodyLevel.REGENCY_CITY,
    region_code="33.13",
)

_P, _S, _M = Category.PERIODIC, Category.AVAILABLE_AT_ALL_TIMES, Category.IMMEDIATE
_SH = InformationForm.SOFT_AND_HARD_COPY
_SOFT, _HARD = InformationForm.SOFT_COPY, InformationForm.HARD_COPY

# summary, holder, category, listed_as, last published, form, retention
_ROWS_2024: tuple[tuple[str, str, Category, str | None, date | None, InformationForm, str], ...] = (
    (
        "Profil Pemerintah Kabupaten Karanganyar",
        "Bagian Organisasi",
        _P,
        "9.2.a",
        date(2024, 1, 10),
        _SH,
        "Selama berlaku",
    ),
    (
        "Struktur organisasi dan tata kerja perangkat daerah",
        "Bagian Organisasi",
        _P,
        "9.2.a",
        date(2024, 1, 10),
        _SH,
        "Selama berlaku",
    ),
    (
        "Laporan kinerja instansi pemerintah (LKjIP) 2023",
        "Bappeda",
        _P,
        "9.2.b",
        date(2024, 2, 20),
        _SH,
        "10 tahun",
    ),
    (
        "Laporan realisasi anggaran semester II 2023",
        "BPKPAD",
        _P,
        "9.2.c",
        date(2023, 8, 28),
        _SH,
        "10 tahun",
    ),
    ("Ringkasan APBD 2024", "BPKPAD", _P, "9.2.c", date(2024, 1, 5), _SOFT, "10 tahun"),
    (
        "Laporan penyelenggaraan pemerintahan daerah 2023",
        "Bagian Pemerintahan",
        _P,
        "9.2.b",
        date(2024, 2, 15),
        _SH,
        "10 tahun",
    ),
    (
        "Laporan layanan informasi publik 2023",
        "PPID Utama",
        _P,
        "9.2.d",
        date(2024, 2, 28),
        _SOFT,
        "5 tahun",
    ),
    ("Peringatan dini banjir dan tanah longsor", "BPBD", _M, None, None, _SOFT, "1 tahun"),
    (
        "Informasi kejadian luar biasa penyakit menular",
        "Dinas Kesehatan",
        _M,
        None,
        None,
        _SOFT,
        "1 tahun",
    ),
    ("Daftar informasi publik", "PPID Utama", _S, "11.1.a", None, _SOFT, "Selama berlaku"),
    ("Peraturan daerah dan peraturan bupati", "Bagian Hukum", _S, "11.1.b", None, _SH, "Permanen"),
    (
        "Rencana strategis perangkat daerah 2021–2026",
        "Bappeda",
        _S,
        "11.1.c",
        None,
        _SH,
        "10 tahun",
    ),
    (
        "Rencana umum pengadaan barang dan jasa 2024",
        "Bagian Pengadaan Barang dan Jasa",
        _S,
        "11.1.d",
        None,
        _SOFT,
        "5 tahun",
    ),
    (
        "Perjanjian kerja sama daerah dengan pihak ketiga",
        "Bagian Kerja Sama",
        _S,
        "11.1.e",
        None,
        _HARD,
        "10 tahun",
    ),
    (
        "Risalah rapat paripurna yang terbuka untuk umum",
        "Sekretariat DPRD",
        _S,
        "11.1.f",
        None,
        _SH,
        "10 tahun",
    ),
    ("Standar pelayanan perizinan", "DPMPTSP", _S, "11.1.g", None, _SH, "Selama berlaku"),
    (
        "Laporan akses layanan informasi triwulan IV 2023",
        "PPID Utama",
        _S,
        "11.1.h",
        None,
        _SOFT,
        "5 tahun",
    ),
    ("Daftar penerima bantuan sosial dengan NIK", "Dinas Sosial", _S, None, None, _SOFT, "5 tahun"),
    ("Jadwal pelayanan kesehatan keliling", "Dinas Kesehatan", _S, None, None, _SOFT, "1 tahun"),
    ("Daftar aset tanah milik pemerintah daerah", "BPKPAD", _S, None, None, _SH, "Permanen"),
)


def _entry(
    i: int, row: tuple[str, str, Category, str | None, date | None, InformationForm, str]
) -> DipEntry:
    summary, holder, category, listed_as, published, form, retention = row
    return DipEntry(
        number=f"{i:03d}",
        summary=summary,
        holder=holder,
        responsible=f"Kepala {holder}",
        time_and_place="Karanganyar",
        form=form,
        retention=retention,
        category=category,
        listed_as=listed_as,
        last_published=published,
    )


def dip_2024() -> DipRegister:
    """The DIP 2024 (20 entries), adopted 29 February 2024."""
    return DipRegister(
        body=BODY,
        year=2024,
        adopted_on=date(2024, 2, 29),
        entries=tuple(_entry(i + 1, row) for i, row in enumerate(_ROWS_2024)),
    )


def dip_2025() -> DipRegister:
    """The DIP 2025: see the module docstring for what changed."""
    old = dip_2024().entries

    def update(e: DipEntry) -> DipEntry:
        if e.summary == "Laporan realisasi anggaran semester II 2023":
            return attrs.evolve(e, last_published=date(2024, 8, 30))
        if e.summary == "Jadwal pelayanan kesehatan keliling":
            return attrs.evolve(
                e,
                category=_P,
                listed_as="9.2.b",
                last_published=date(2025, 1, 6),
                note="diumumkan berkala setiap semester sejak 2025",
            )
        if e.summary == "Ringkasan APBD 2024":
            return attrs.evolve(e, summary="Ringkasan APBD 2025", last_published=date(2025, 1, 6))
        return e

    dropped = {
        "Daftar penerima bantuan sosial dengan NIK",  # now exempt (460/07/DINSOS/2025)
        "Daftar aset tanah milik pemerintah daerah",
    }
    kept = [update(e) for e in old if e.summary not in dropped]
    added = [
        DipEntry(
            number="021",
            summary="Harga perkiraan sendiri paket pengadaan jalan 2024",
            holder="Bagian Pengadaan Barang dan Jasa",
            responsible="Kepala Bagian Pengadaan Barang dan Jasa",
            time_and_place="2024, Karanganyar",
            form=_SOFT,
            retention="5 tahun",
            category=_S,
            listed_as="11.1.d",
            note="pengecualian berakhir 31 Desember 2024",
        ),
        DipEntry(
            number="022",
            summary="Rekapitulasi hasil penilaian kinerja pejabat pimpinan tinggi 2022",
            holder="BKPSDM",
            responsible="Kepala BKPSDM",
            time_and_place="2023, Karanganyar",
            form=_SOFT,
            retention="5 tahun",
            category=_S,
        ),
        DipEntry(
            number="023",
            summary="Data curah hujan dan status siaga bencana",
            holder="BPBD",
            responsible="Kepala BPBD",
            time_and_place="Karanganyar",
            form=_SOFT,
            retention="1 tahun",
            category=_M,
            note="entri baru 2025",
        ),
    ]
    return DipRegister(
        body=BODY,
        year=2025,
        adopted_on=date(2025, 2, 27),
        entries=(*kept, *added),
    )


def _base() -> ConsequenceTest:
    text = (GOLDEN / "consequence_test.json").read_text("utf-8")
    return attrs.evolve(serialization.loads(text, ConsequenceTest), body=BODY)


def consequence_tests() -> tuple[ConsequenceTest, ...]:
    """Five consequence tests: four exemptions and one that reopens."""
    base = _base()
    health = base
    tender = attrs.evolve(
        base,
        number="027/15/BPBJ/2024",
        unit="Bagian Pengadaan Barang dan Jasa",
        information="Harga perkiraan sendiri paket pengadaan jalan 2024",
        source_document="Dokumen persiapan pengadaan paket jalan 2024",
        grounds=("i",),
        outcome=Outcome.CLOSED,
        redactions=(),
        period=ExemptionPeriod(until=date(2024, 12, 31)),
        tested_on=date(2024, 1, 15),
        approval=attrs.evolve(base.approval, approved_on=date(2024, 1, 17)),
        determined_on=date(2024, 1, 19),
    )
    staff = attrs.evolve(
        base,
        number="800/31/BKPSDM/2023",
        unit="BKPSDM",
        information="Rekapitulasi hasil penilaian kinerja pejabat pimpinan tinggi 2022",
        source_document="Laporan penilaian kinerja pejabat 2022",
        grounds=("h.4",),
        outcome=Outcome.CLOSED,
        redactions=(),
        period=ExemptionPeriod(years=3),
        tested_on=date(2023, 3, 6),
        approval=attrs.evolve(base.approval, approved_on=date(2023, 3, 8)),
        determined_on=date(2023, 3, 10),
    )
    reopened = attrs.evolve(
        staff,
        number="800/09/BKPSDM/2025",
        grounds=(),
        outcome=Outcome.OPEN,
        period=None,
        tested_on=date(2025, 2, 24),
        approval=attrs.evolve(base.approval, approved_on=date(2025, 2, 26)),
        determined_on=date(2025, 3, 3),
        replaces="800/31/BKPSDM/2023",
    )
    social = attrs.evolve(
        base,
        number="460/07/DINSOS/2025",
        unit="Dinas Sosial",
        information="Daftar penerima bantuan sosial dengan NIK",
        source_document="Data terpadu kesejahteraan sosial Kabupaten Karanganyar",
        grounds=("h.3",),
        outcome=Outcome.PARTLY,
        redactions=(Redaction(part="kolom NIK dan nomor kartu keluarga", ground="h.3"),),
        period=ExemptionPeriod(years=5),
        tested_on=date(2025, 2, 3),
        approval=attrs.evolve(base.approval, approved_on=date(2025, 2, 5)),
        determined_on=date(2025, 2, 10),
    )
    return (health, tender, staff, reopened, social)


def requests_2024() -> tuple[FinishedRequest, ...]:
    """Six finished requests received in 2024 and one received late in 2023."""
    g, p, r, n = (
        RequestOutcome.GRANTED,
        RequestOutcome.PARTLY_GRANTED,
        RequestOutcome.REFUSED,
        RequestOutcome.NOT_HELD,
    )
    return (
        FinishedRequest(
            number="001/PPID/2024",
            received_on=date(2024, 1, 8),
            answered_on=date(2024, 1, 12),
            outcome=g,
        ),
        FinishedRequest(
            number="002/PPID/2024",
            received_on=date(2024, 3, 1),
            answered_on=date(2024, 3, 15),
            outcome=g,
        ),
        # Across Idul Fitri 2024: cuti bersama 8, 9, 12, 15 April; libur 10–11 April.
        FinishedRequest(
            number="003/PPID/2024",
            received_on=date(2024, 4, 5),
            answered_on=date(2024, 4, 29),
            outcome=p,
            refusal_grounds=("h.2",),
        ),
        FinishedRequest(
            number="004/PPID/2024",
            received_on=date(2024, 6, 3),
            answered_on=date(2024, 6, 24),
            outcome=r,
            refusal_grounds=("h.3", "h.2"),
        ),
        FinishedRequest(
            number="005/PPID/2024",
            received_on=date(2024, 9, 2),
            answered_on=date(2024, 9, 3),
            outcome=n,
        ),
        FinishedRequest(
            number="006/PPID/2024",
            received_on=date(2024, 12, 23),
            answered_on=date(2025, 1, 6),
            outcome=r,
            refusal_grounds=("h.2",),
        ),
        FinishedRequest(
            number="031/PPID/2023",
            received_on=date(2023, 12, 20),
            answered_on=date(2024, 1, 3),
            outcome=g,
        ),
    )


def body_records() -> BodyRecords:
    """What the district keeps in 2025: the DIP 2025, five tests, the 2024 requests."""
    return BodyRecords(
        body=BODY,
        dip=dip_2025(),
        consequence_tests=consequence_tests(),
        requests=requests_2024(),
        annual_reports=(2023,),
    )


def national_answers() -> dict[str, object]:
    """A few results under ``RuleBook.national()`` for the worked example, as JSON data: the
    same in every process, whatever plugins are installed (tests/test_rulebook.py)."""
    from datetime import datetime, timedelta, timezone

    import kiplib

    rules = kiplib.RuleBook.national()
    at = datetime(2024, 4, 5, 15, 30, tzinfo=timezone(timedelta(hours=7)))
    return {
        "notice": serialization.to_dict(
            kiplib.deadline(kiplib.Step.NOTICE, at, body=BODY, rules=rules)
        ),
        "check": [p.code for p in kiplib.exemption.check(consequence_tests()[0], rules=rules)],
        "dik": serialization.to_dict(
            kiplib.build_dik(consequence_tests(), body=BODY, as_of=date(2025, 3, 31), rules=rules)
        ),
    }
