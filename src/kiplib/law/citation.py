"""Citations: where in which instrument a rule comes from."""

from __future__ import annotations

import re
from functools import cache
from typing import Final

import attrs

from kiplib.errors import InvalidInputError
from kiplib.i18n import N_

__all__ = [
    "PERKI_1_2013",
    "PERKI_1_2017",
    "PERKI_1_2021",
    "PERKI_1_2022",
    "PERPRES_21_2023",
    "PP_61_2010",
    "UU_14_2008",
    "Citation",
    "uu",
]

#: Undang-Undang No. 14 Tahun 2008 tentang Keterbukaan Informasi Publik.
UU_14_2008: Final = "UU 14/2008"
#: Peraturan Pemerintah No. 61 Tahun 2010 tentang Pelaksanaan UU 14/2008.
PP_61_2010: Final = "PP 61/2010"
#: Peraturan Presiden No. 21 Tahun 2023 tentang Hari Kerja dan Jam Kerja Instansi Pemerintah.
PERPRES_21_2023: Final = "Perpres 21/2023"
#: Peraturan Komisi Informasi No. 1 Tahun 2013 (Prosedur Penyelesaian Sengketa).
PERKI_1_2013: Final = "Perki 1/2013"
#: Peraturan Komisi Informasi No. 1 Tahun 2017 (Pengklasifikasian Informasi Publik).
PERKI_1_2017: Final = "Perki 1/2017"
#: Peraturan Komisi Informasi No. 1 Tahun 2021 (Standar Layanan Informasi Publik).
PERKI_1_2021: Final = "Perki 1/2021"
#: Peraturan Komisi Informasi No. 1 Tahun 2022 (Monitoring dan Evaluasi).
PERKI_1_2022: Final = "Perki 1/2022"

_TOKEN = re.compile(r"^[0-9A-Za-z]+$")


def _opt_str(value: str | int | None) -> str | None:
    if value is None:
        return None
    return str(value)


def _token(_inst: object, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if value is not None and not _TOKEN.match(value):
        raise InvalidInputError(
            field=attribute.name, value=repr(value), reason=N_("harus berupa nomor atau huruf")
        )


def _instrument(_inst: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvalidInputError(
            field=attribute.name, value=repr(value), reason=N_("nama instrumen hukum wajib diisi")
        )


@attrs.frozen(order=True)
class Citation:
    """A precise reference: instrument, pasal, ayat, huruf and angka.

    ``str()`` reads the way Indonesian legal texts cite, so an app can show it as it is.

    Examples:
        >>> str(Citation("UU 14/2008", pasal=22, ayat=7))
        'UU 14/2008 Pasal 22 ayat (7)'
        >>> str(Citation("UU 14/2008", pasal=17, huruf="a", angka=2))
        'UU 14/2008 Pasal 17 huruf a angka 2'
        >>> str(Citation("UU 14/2008", pasal=37, ayat=1, penjelasan=True))
        'Penjelasan UU 14/2008 Pasal 37 ayat (1)'
    """

    instrument: str = attrs.field(validator=_instrument)
    pasal: str | None = attrs.field(default=None, converter=_opt_str, validator=_token)
    ayat: str | None = attrs.field(default=None, converter=_opt_str, validator=_token)
    huruf: str | None = attrs.field(default=None, converter=_opt_str, validator=_token)
    angka: str | None = attrs.field(default=None, converter=_opt_str, validator=_token)
    #: Cites the elucidation (*Penjelasan*) of the article rather than its body.
    penjelasan: bool = False

    def __str__(self) -> str:
        parts = ["Penjelasan"] if self.penjelasan else []
        parts.append(self.instrument)
        if self.pasal is not None:
            parts.append(f"Pasal {self.pasal}")
        if self.ayat is not None:
            parts.append(f"ayat ({self.ayat})")
        if self.huruf is not None:
            parts.append(f"huruf {self.huruf}")
        if self.angka is not None:
            parts.append(f"angka {self.angka}")
        return " ".join(parts)


@cache
def uu(
    pasal: int,
    ayat: int | None = None,
    huruf: str | None = None,
    *,
    penjelasan: bool = False,
) -> Citation:
    """A citation of UU 14/2008, built once per article (citations are immutable values).

    Examples:
        >>> print(uu(22, 7))
        UU 14/2008 Pasal 22 ayat (7)
    """
    return Citation(UU_14_2008, pasal=pasal, ayat=ayat, huruf=huruf, penjelasan=penjelasan)
