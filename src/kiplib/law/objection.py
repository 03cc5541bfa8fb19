"""The grounds of a keberatan (UU 14/2008 Pasal 35 ayat (1) huruf a–g) and whether mediation
may settle a dispute about each (Pasal 40 ayat (2)).

:class:`ObjectionGround` is the vocabulary apps use (``kiplib.ObjectionGround.LATE``);
:data:`OBJECTION_GROUNDS` holds, per huruf, the ground as the law states it with its citation
and mediation rule.
"""

from __future__ import annotations

__all__ = [
    "OBJECTION_GROUNDS",
    "MediationRule",
    "ObjectionGround",
    "ObjectionGroundRule",
    "objection_ground",
]

import enum
from types import MappingProxyType
from typing import Final

import attrs

from kiplib.errors import NotFoundError
from kiplib.i18n import N_, gettext
from kiplib.law.citation import UU_14_2008, Citation


@attrs.frozen
class MediationRule:
    """Whether a dispute on a keberatan ground may be settled by mediation (UU Pasal 40).

    Attributes:
        available: mediation may be chosen by the parties.
        citation: UU 14/2008 Pasal 40 ayat (2).
        objection_ground: the keberatan ground of Pasal 35 ayat (1) the dispute is about.
    """

    available: bool
    citation: Citation
    objection_ground: Citation

    def describe(self, lang: str = "id") -> str:
        """Whether mediation is open, and why, in ``lang``."""
        text = (
            N_("sengketa dapat diselesaikan melalui mediasi")
            if self.available
            else N_("sengketa tidak dapat dimediasi; diselesaikan melalui ajudikasi")
        )
        return f"{gettext(text, lang)} ({self.citation}; {self.objection_ground})"


_PASAL_40_2: Final = Citation(UU_14_2008, pasal=40, ayat=2)


@attrs.frozen
class ObjectionGroundRule:
    """A keberatan ground of UU 14/2008 Pasal 35 ayat (1), with its mediation rule."""

    huruf: str
    description: str
    mediation: MediationRule

    @property
    def citation(self) -> Citation:
        """``UU 14/2008 Pasal 35 ayat (1) huruf …``."""
        return Citation(UU_14_2008, pasal=35, ayat=1, huruf=self.huruf)

    def describe(self, lang: str = "id") -> str:
        """The ground in ``lang``."""
        return gettext(self.description, lang)


def _objection(huruf: str, description: str) -> ObjectionGroundRule:
    # UU 14/2008 Pasal 40 ayat (2): mediation only for Pasal 35 ayat (1) huruf b–g.
    return ObjectionGroundRule(
        huruf,
        description,
        MediationRule(
            available=huruf != "a",
            citation=_PASAL_40_2,
            objection_ground=Citation(UU_14_2008, pasal=35, ayat=1, huruf=huruf),
        ),
    )


#: The keberatan grounds (UU 14/2008 Pasal 35 ayat (1) huruf a–g), keyed by huruf.
OBJECTION_GROUNDS: Final = MappingProxyType(
    {
        o.huruf: o
        for o in (
            _objection(
                "a", N_("penolakan permintaan informasi dengan alasan pengecualian Pasal 17")
            ),
            _objection("b", N_("informasi berkala tidak disediakan")),
            _objection("c", N_("permintaan informasi tidak ditanggapi")),
            _objection("d", N_("permintaan informasi ditanggapi tidak sesuai yang diminta")),
            _objection("e", N_("permintaan informasi tidak dipenuhi")),
            _objection("f", N_("biaya yang dikenakan tidak wajar")),
            _objection("g", N_("informasi disampaikan melebihi jangka waktu undang-undang")),
        )
    }
)


def objection_ground(huruf: str) -> ObjectionGroundRule:
    """The keberatan ground of Pasal 35 ayat (1) with this huruf (``"a"`` … ``"g"``)."""
    try:
        return OBJECTION_GROUNDS[huruf.strip().lower()]
    except (KeyError, AttributeError):
        raise NotFoundError(field="objection_ground", value=repr(huruf)) from None


class ObjectionGround(enum.Enum):
    """The grounds of a keberatan, UU 14/2008 Pasal 35 ayat (1) huruf a–g."""

    #: a. refusal under the exemptions of Pasal 17.
    REFUSAL = "a"
    #: b. periodic (*berkala*) information of Pasal 9 not provided.
    PERIODIC_NOT_PROVIDED = "b"
    #: c. the request was not answered (*tidak ditanggapi*).
    NOT_ANSWERED = "c"
    #: d. answered, but not as asked.
    ANSWERED_OTHERWISE = "d"
    #: e. the request was not fulfilled.
    NOT_FULFILLED = "e"
    #: f. unreasonable fees.
    UNREASONABLE_FEES = "f"
    #: g. delivered later than the law allows.
    LATE = "g"

    @property
    def rule(self) -> ObjectionGroundRule:
        """The ground as the law states it (:data:`kiplib.law.grounds.OBJECTION_GROUNDS`)."""
        return OBJECTION_GROUNDS[self.value]

    @property
    def citation(self) -> Citation:
        """``UU 14/2008 Pasal 35 ayat (1) huruf x``."""
        return self.rule.citation

    @property
    def mediable(self) -> bool:
        """Whether mediation may settle it: every ground but a (Pasal 40 ayat (2))."""
        return self.rule.mediation.available

    def label(self, lang: str = "id") -> str:
        """The ground in ``lang``."""
        return self.rule.describe(lang)
