"""Who decides: the Komisi Informasi that settles a sengketa (UU 14/2008 Pasal 26–27) and the
court of a gugatan (Pasal 47)."""

from __future__ import annotations

from typing import Final

import attrs

from kiplib.errors import InvalidInputError
from kiplib.i18n import N_, LabelledEnum
from kiplib.law.bodies import BodyLevel, PublicBody
from kiplib.law.citation import PERKI_1_2013, Citation, uu

__all__ = [
    "DECISION_COPY_CITATION",
    "DECISION_COPY_WORKING_DAYS",
    "Commission",
    "Court",
    "commission_of",
    "competent_commission",
]

#: The Komisi Informasi sends the copy (salinan) of its decision to the parties within 3 hari
#: kerja of reading it (Perki 1/2013 Pasal 59). The 14 hari kerja to go to court run from
#: receipt of the decision (UU 14/2008 Pasal 48 ayat (1)); while receipt is not recorded, the
#: last day any reading allows assumes the copy came on the last of these days.
DECISION_COPY_WORKING_DAYS: Final = 3
DECISION_COPY_CITATION: Final = Citation(PERKI_1_2013, pasal=59)


class Court(LabelledEnum):
    """The court of a gugatan (UU 14/2008 Pasal 47)."""

    #: Pengadilan Tata Usaha Negara — for a Badan Publik Negara (ayat (1)).
    PTUN = "ptun"
    #: Pengadilan Negeri — for every other public body (ayat (2)).
    PN = "pn"

    @property
    def citation(self) -> Citation:
        """Pasal 47 ayat (1) for the PTUN, ayat (2) for the Pengadilan Negeri."""
        return uu(47, 1 if self is Court.PTUN else 2)

    @classmethod
    def for_body(cls, body: PublicBody) -> Court:
        """The court for a gugatan against ``body``."""
        return cls.PTUN if body.body_type.is_state_body else cls.PN


Court.set_labels(
    {Court.PTUN: N_("Pengadilan Tata Usaha Negara"), Court.PN: N_("Pengadilan Negeri")}
)


@attrs.frozen
class Commission:
    """The Komisi Informasi that settles a sengketa with a body (UU 14/2008 Pasal 26–27).

    Attributes:
        key: ``"pusat"``, ``"provinsi:32"`` (the Kemendagri province code) or
            ``"kabkota:32.73"``; ``"provinsi"`` or ``"kabkota"`` alone when the body's region
            code does not say which. The key finds the commission's counting practice
            (:mod:`kiplib.law.practices`).
        name: as people write it (``"Komisi Informasi Provinsi"``).
        citation: why it is competent.
    """

    key: str
    name: str
    citation: Citation


def commission_of(body: PublicBody) -> Commission:
    """The Komisi Informasi that settles a sengketa with ``body``, and why (Pasal 26–27).

    A central body goes to the KI Pusat. A provincial body goes to the KI of its province; a
    regency/city body (or a village in it) to the KI of its regency/city. Where that KI is not
    formed: a regency/city body goes to the KI of the province when that is formed (the
    practice of Perki 1/2013), and otherwise to the KI Pusat (Pasal 27 ayat (2)).

    Examples:
        >>> from kiplib import BodyLevel, PublicBody
        >>> c = commission_of(PublicBody("Kecamatan Lengkong", level=BodyLevel.REGENCY_CITY,
        ...                              region_code="32.73"))
        >>> c.key, c.name, str(c.citation)
        ('provinsi:32', 'Komisi Informasi Provinsi', 'Perki 1/2013')
    """
    if not isinstance(body, PublicBody):
        raise InvalidInputError(
            field="body", value=repr(body)[:80], reason=N_("harus berupa PublicBody")
        )
    code = body.region_code
    province = code.split(".")[0] if code else None
    regency = ".".join(code.split(".")[:2]) if code and code.count(".") >= 1 else None
    if body.level in (BodyLevel.REGENCY_CITY, BodyLevel.VILLAGE):
        if body.regency_commission:
            return Commission(
                f"kabkota:{regency}" if regency else "kabkota",
                "Komisi Informasi Kabupaten/Kota",
                uu(27, 4),
            )
        if body.province_commission:
            return Commission(
                f"provinsi:{province}" if province else "provinsi",
                "Komisi Informasi Provinsi",
                Citation(PERKI_1_2013),
            )
        return Commission("pusat", "Komisi Informasi Pusat", uu(27, 2))
    if body.level is BodyLevel.PROVINCE and body.province_commission:
        return Commission(
            f"provinsi:{province}" if province else "provinsi",
            "Komisi Informasi Provinsi",
            uu(27, 3),
        )
    return Commission("pusat", "Komisi Informasi Pusat", uu(27, 2))


def competent_commission(body: PublicBody) -> tuple[str, Citation]:
    """The Komisi Informasi that settles a sengketa with ``body``, and why (Pasal 26–27):
    :func:`commission_of` as a pair ``(name, citation)``.

    Examples:
        >>> from kiplib import BodyLevel, PublicBody
        >>> name, why = competent_commission(PublicBody("Dinas X", level=BodyLevel.REGENCY_CITY))
        >>> name, str(why)
        ('Komisi Informasi Provinsi', 'Perki 1/2013')
    """
    found = commission_of(body)
    return found.name, found.citation
