"""The yearly duties of a public body, as numbers with the article each comes from.

Code and messages read these values (``{days}`` in a message, never a retyped number):

* berkala information is published at least every six months (UU 14/2008 Pasal 9 ayat (3);
  decision D-1: stale six calendar months after the last publication);
* an exemption that is about to end is declared open 30 hari kerja before its end (PP 61/2010
  Pasal 11 ayat (2));
* the annual report on the information service goes to the Komisi Informasi within three
  months after the year ends — by 31 March (Perki 1/2021 Pasal 56);
* the yearly UU 14/2008 Pasal 12 announcement counts the requests received and how long each
  took;
* the Komisi Informasi's monitoring-and-evaluation predicates (Perki 1/2022) in half-open
  bands (decision D-11);
* the DIP of the year is set by the end of February (the practice of the yearly cycle; the
  duty to keep a DIP is UU 14/2008 Pasal 11 ayat (1) huruf a).
"""

from __future__ import annotations

from typing import Final

from kiplib.law.citation import PERKI_1_2021, PERKI_1_2022, PP_61_2010, UU_14_2008, Citation

__all__ = [
    "ANNUAL_REPORT_CITATION",
    "ANNUAL_REPORT_MONTHS",
    "DECLARATION_CITATION",
    "DECLARATION_WORKING_DAYS",
    "DIP_CITATION",
    "DIP_DUE_MONTH",
    "DUE_SOON_DAYS",
    "MONEV_BANDS",
    "MONEV_CITATION",
    "PERIODIC_CITATION",
    "PERIODIC_MONTHS",
    "SERVICE_STATISTICS_CITATION",
]

#: UU 14/2008 Pasal 9 ayat (3): berkala information at least every six months (D-1).
PERIODIC_MONTHS: Final = 6
PERIODIC_CITATION: Final = Citation(UU_14_2008, pasal=9, ayat=3)

#: PP 61/2010 Pasal 11 ayat (2): the PPID declares exempt information open at the latest
#: 30 hari kerja before its period ends (counted backwards on the body's calendar).
DECLARATION_WORKING_DAYS: Final = 30
DECLARATION_CITATION: Final = Citation(PP_61_2010, pasal=11, ayat=2)

#: Perki 1/2021 Pasal 56: the annual report to the Komisi Informasi, due within three months
#: after the year it reports on ends (31 March).
ANNUAL_REPORT_MONTHS: Final = 3
ANNUAL_REPORT_CITATION: Final = Citation(PERKI_1_2021, pasal=56)

#: UU 14/2008 Pasal 12: the yearly announcement of the information service.
SERVICE_STATISTICS_CITATION: Final = Citation(UU_14_2008, pasal=12)

#: UU 14/2008 Pasal 11 ayat (1) huruf a: the Daftar Informasi Publik; set each year by the end
#: of this month (the practice of the yearly cycle: compiled in February).
DIP_CITATION: Final = Citation(UU_14_2008, pasal=11, ayat=1, huruf="a")
DIP_DUE_MONTH: Final = 2

#: Perki 1/2022 (Monitoring dan Evaluasi): the predicates, best first, with the lowest score
#: of each half-open band (D-11: [90, 100] Informatif, [80, 90) Menuju Informatif …).
MONEV_CITATION: Final = Citation(PERKI_1_2022)
MONEV_BANDS: Final[tuple[tuple[str, int], ...]] = (
    ("informatif", 90),
    ("menuju_informatif", 80),
    ("cukup_informatif", 60),
    ("kurang_informatif", 40),
    ("tidak_informatif", 0),
)

#: A duty whose date lies at most this many days ahead is "due" (segera), not "coming".
DUE_SOON_DAYS: Final = 30
