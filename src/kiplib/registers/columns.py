"""The published columns of the DIP and DIK tables (the seven Perki fields plus the category,
and the DIK's grounds, period and outcome), in Bahasa Indonesia or English, and the rows of a
register as text cells — shared by CSV, XLSX and the documents."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Final

from kiplib.exemption.consequence_test import Outcome
from kiplib.i18n import N_, gettext
from kiplib.law.categories import LISTED_ITEMS, Category
from kiplib.law.grounds import GROUNDS
from kiplib.registers.dik import DikRegister
from kiplib.registers.dip import DipRegister, InformationForm

__all__ = [
    "DIK_COLUMNS",
    "DIP_COLUMNS",
    "dik_rows",
    "dip_rows",
]

#: The columns of the DIP table, in the order PPIDs publish them.
DIP_COLUMNS: Final = (
    N_("No"),
    N_("Ringkasan Isi Informasi"),
    N_("Pejabat/Unit yang Menguasai Informasi"),
    N_("Penanggung Jawab Pembuatan/Penerbitan Informasi"),
    N_("Waktu dan Tempat Pembuatan Informasi"),
    N_("Bentuk Informasi yang Tersedia"),
    N_("Jangka Waktu Penyimpanan/Retensi Arsip"),
    N_("Kategori"),
    N_("Dasar Hukum"),
    N_("Tanggal Publikasi Terakhir"),
    N_("Keterangan"),
)


#: The columns of the DIK table.
DIK_COLUMNS: Final = (
    N_("Nomor Penetapan"),
    N_("Informasi yang Dikecualikan"),
    N_("Dokumen Sumber"),
    N_("Unit Kerja"),
    N_("Alasan Pengecualian"),
    N_("Hasil Uji Konsekuensi"),
    N_("Dikecualikan Sejak"),
    N_("Terbuka Mulai"),
    N_("Batas Penetapan Terbuka"),
    N_("Kaji Ulang"),
)


_CATEGORY_WORDS: Final = {
    Category.PERIODIC: N_("Berkala"),
    Category.IMMEDIATE: N_("Serta Merta"),
    Category.AVAILABLE_AT_ALL_TIMES: N_("Setiap Saat"),
    Category.MUST_BE_PROVIDED: N_("Wajib Disediakan"),
    Category.OPEN_ON_REQUEST: N_("Atas Permintaan"),
    Category.EXEMPT: N_("Dikecualikan"),
    Category.NOT_HELD: N_("Belum Dikuasai"),
}


_REQUIRED_COLUMNS: Final = (0, 1, 2, 3, 4, 5, 6, 7)


#: Which column holds each field of :class:`DipEntry`.
_FIELD_COLUMNS: Final = {
    "number": 0,
    "summary": 1,
    "holder": 2,
    "responsible": 3,
    "time_and_place": 4,
    "form": 5,
    "retention": 6,
    "category": 7,
    "listed_as": 8,
    "last_published": 9,
    "note": 10,
}


_SPACES: Final = re.compile(r"\s+")


def _key(text: str) -> str:
    return _SPACES.sub(" ", text).strip().casefold()


def _lookup() -> tuple[dict[str, Category], dict[str, InformationForm], dict[str, str | None]]:
    categories: dict[str, Category] = {}
    forms: dict[str, InformationForm] = {}
    for lang in ("id", "en"):
        for c, word in _CATEGORY_WORDS.items():
            categories[_key(gettext(word, lang))] = c
        for f in InformationForm:
            forms[_key(f.label(lang))] = f
    for c in Category:
        categories[c.value] = c
    for f in InformationForm:
        forms[f.value] = f
    citations: dict[str, str | None] = {_key(str(a)): None for c in Category for a in c.citations}
    citations.update({_key(str(i.citation)): k for k, i in LISTED_ITEMS.items()})
    return categories, forms, citations


#: The DIK's required columns: record, information, document, unit, grounds, outcome, since.
_DIK_REQUIRED: Final = (0, 1, 2, 3, 4, 5, 6)


_GROUND_CITATIONS: Final = {_key(str(g.citation)): code for code, g in GROUNDS.items()}


_OUTCOMES: Final = {
    **{_key(o.label(lang)): o for o in Outcome for lang in ("id", "en")},
    **{o.value: o for o in Outcome},
}


# ============================================================================ out
def dip_rows(register: DipRegister, lang: str = "id") -> Iterator[tuple[str, ...]]:
    """The DIP as rows of text (no header), in the order of :data:`DIP_COLUMNS`."""
    words = {c: gettext(w, lang) for c, w in _CATEGORY_WORDS.items()}
    forms = {f: f.label(lang) for f in InformationForm}
    for e in register.entries:
        yield (
            e.number,
            e.summary,
            e.holder,
            e.responsible,
            e.time_and_place,
            forms[e.form],
            e.retention,
            words[e.category],
            str(e.citation),
            e.last_published.isoformat() if e.last_published is not None else "",
            e.note or "",
        )


def dik_rows(register: DikRegister, lang: str = "id") -> Iterator[tuple[str, ...]]:
    """The DIK as rows of text (no header), in the order of :data:`DIK_COLUMNS`."""

    def day(d: date | None) -> str:
        return d.isoformat() if d is not None else ""

    for e in register.entries:
        yield (
            e.record,
            e.information,
            e.source_document,
            e.unit,
            "; ".join(str(c) for c in e.citations),
            e.outcome.label(lang),
            day(e.exempt_from),
            day(e.ends_on),
            day(e.declaration_due),
            day(e.review_on),
        )


_CATEGORIES, _FORMS, _CITATIONS = _lookup()
