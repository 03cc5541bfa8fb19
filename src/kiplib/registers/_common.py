"""Helpers shared by the register modules: text normalisation and the articles they cite."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from kiplib.law.citation import PP_61_2010, UU_14_2008, Citation

__all__ = []

_SPACES: Final = re.compile(r"\s+")


def _normal(text: str) -> str:
    """``text`` compared without case, each run of whitespace one space, none at the ends
    (``str.split`` splits on exactly the characters ``\\s`` matches)."""
    return " ".join(text.split()).casefold()


def _tuple(value: Iterable[object]) -> tuple[object, ...]:
    return tuple(value)


#: UU 14/2008 Pasal 11 ayat (1) huruf a: the DIP, which lists no exempt information.
#: PP 61/2010 Pasal 11: exempt information opens when its period ends.
_PP11: Final = Citation(PP_61_2010, pasal=11)


_PP10: Final = Citation(PP_61_2010, pasal=10)


_UU19: Final = Citation(UU_14_2008, pasal=19)


#: UU 14/2008 Pasal 20 ayat (1): an exemption is not permanent; its period is part of it.
_UU20: Final = Citation(UU_14_2008, pasal=20, ayat=1)


_UU17: Final = Citation(UU_14_2008, pasal=17)
