"""Texts of earlier kiplib versions that stored documents still carry.

A timeline, a deadline or a classification stores some texts as their message in Bahasa
Indonesia — a note on why a clock started when it did, a guard's reason, an action, the event a
rule's clock starts from, a ground's description — and translates them when it is shown. When
kiplib words such a text anew, documents stored before keep the old words; these are the old
words, kept in the catalog so that those documents still read in English. Nothing computes
with them.
"""

from __future__ import annotations

from typing import Final

from kiplib.i18n import N_

__all__ = ["EARLIER_TEXTS"]

EARLIER_TEXTS: Final = (
    N_("batas 100 hari kerja dihitung sejak Komisi Informasi menerima permohonan"),
    N_("sejak permintaan informasi diterima (10 + 7 hari kerja)"),
    N_("dibuka untuk pemeriksaan perkara pidana atas izin Presiden"),
    N_("dokumen yang memuat strategi, intelijen atau operasi pertahanan"),
    N_("kekuatan, komposisi dan disposisi pertahanan serta rencana pengembangannya"),
    N_("laporan tahunan dan laporan keuangan yang telah diaudit"),
    N_("membahayakan keamanan peralatan dan sarana penegak hukum"),
    N_("membahayakan keselamatan penegak hukum atau keluarganya"),
    N_("mengungkap data intelijen kriminal atau rencana penanganan kejahatan transnasional"),
    N_("strategi, intelijen, operasi, taktik dan teknik pertahanan"),
    N_(
        "Atasan PPID tidak menanggapi dalam 30 hari kerja: waktu pengajuan sengketa dihitung "
        "sejak berakhirnya waktu tanggapan itu (Perki 1/2013)"
    ),
    N_("atasan PPID masih dalam waktu 30 hari kerja untuk menanggapi (sampai {due})"),
    N_("atau perpanjang sekali 7 hari kerja dengan alasan tertulis"),
    N_("belum ada gugatan di pengadilan"),
    N_("informasi diserahkan sebelum pemberitahuan tertulis"),
    N_("putusan mediasi bersifat final dan mengikat; perkara sudah selesai"),
    N_(
        "Atasan PPID tidak menanggapi dalam waktunya: waktu pengajuan sengketa dihitung sejak"
        " berakhirnya waktu tanggapan itu (Perki 1/2013 Pasal 13)"
    ),
    N_(
        "Salinan putusan belum tercatat diterima: dihitung, agar aman, sejak putusan "
        "dibacakan (UU 14/2008 Pasal 48 ayat (1): sejak putusan diterima)"
    ),
)
