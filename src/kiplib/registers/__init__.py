"""The registers a body publishes: the Daftar Informasi Publik (DIP, UU 14/2008 Pasal 11 ayat (1)
huruf a) and the Daftar Informasi yang Dikecualikan (DIK, computed from the consequence tests
in force), their changes from year to year, and their tables as CSV, JSON and XLSX — read
back exactly, within the bounds of :mod:`kiplib.registers.limits`.
"""

from __future__ import annotations

from kiplib.registers.columns import (
    DIK_COLUMNS,
    DIP_COLUMNS,
    dik_rows,
    dip_rows,
)
from kiplib.registers.csv import (
    TableFormat,
    dik_from_csv,
    dik_to_csv,
    dip_from_csv,
    dip_from_json,
    dip_to_csv,
    dip_to_json,
    read_table_format,
)
from kiplib.registers.diff import (
    ChangeKind,
    DikChange,
    DikChangeKind,
    DipChange,
    diff_dik,
    diff_dip,
)
from kiplib.registers.dik import (
    DikEntry,
    DikExit,
    DikRegister,
    ExitReason,
    build_dik,
)
from kiplib.registers.dip import (
    DIP_CATEGORIES,
    DipEntry,
    DipRegister,
    InformationForm,
    check_dip,
    validate_dip,
)
from kiplib.registers.xlsx import (
    dik_from_xlsx,
    dik_to_xlsx,
    dip_from_xlsx,
    dip_to_xlsx,
)

__all__ = [
    "DIK_COLUMNS",
    "DIP_CATEGORIES",
    "DIP_COLUMNS",
    "ChangeKind",
    "DikChange",
    "DikChangeKind",
    "DikEntry",
    "DikExit",
    "DikRegister",
    "DipChange",
    "DipEntry",
    "DipRegister",
    "ExitReason",
    "InformationForm",
    "TableFormat",
    "build_dik",
    "check_dip",
    "diff_dik",
    "diff_dip",
    "dik_from_csv",
    "dik_from_xlsx",
    "dik_rows",
    "dik_to_csv",
    "dik_to_xlsx",
    "dip_from_csv",
    "dip_from_json",
    "dip_from_xlsx",
    "dip_rows",
    "dip_to_csv",
    "dip_to_json",
    "dip_to_xlsx",
    "read_table_format",
    "validate_dip",
]
