"""The Komisi Informasi's predicate for a monitoring-and-evaluation score (Perki 1/2022), in
half-open bands (decision D-11; the bands are data in :mod:`kiplib.law.duties`).

Examples:
    >>> monev_grade(90).label("en")
    'Informative'
    >>> monev_grade(89.99).value
    'menuju_informatif'
"""

from __future__ import annotations

__all__ = [
    "MonevGrade",
    "monev_grade",
]

import math
from decimal import Decimal
from typing import Final

from kiplib.errors import ScoreOutOfRangeError
from kiplib.i18n import N_, LabelledEnum
from kiplib.law.citation import Citation
from kiplib.law.duties import MONEV_BANDS, MONEV_CITATION


# ============================================================================ monev
class MonevGrade(LabelledEnum):
    """The Komisi Informasi's predicate (Perki 1/2022), from the best down (D-11)."""

    INFORMATIF = "informatif"
    MENUJU_INFORMATIF = "menuju_informatif"
    CUKUP_INFORMATIF = "cukup_informatif"
    KURANG_INFORMATIF = "kurang_informatif"
    TIDAK_INFORMATIF = "tidak_informatif"

    @property
    def lower_bound(self) -> int:
        """The lowest score of the band (included)."""
        return _BANDS[self]

    @property
    def citation(self) -> Citation:
        """Perki 1/2022."""
        return MONEV_CITATION


_GRADE_LABELS: Final = {
    MonevGrade.INFORMATIF: N_("Informatif"),
    MonevGrade.MENUJU_INFORMATIF: N_("Menuju Informatif"),
    MonevGrade.CUKUP_INFORMATIF: N_("Cukup Informatif"),
    MonevGrade.KURANG_INFORMATIF: N_("Kurang Informatif"),
    MonevGrade.TIDAK_INFORMATIF: N_("Tidak Informatif"),
}
MonevGrade.set_labels(_GRADE_LABELS)


# D-11: half-open bands [lower, next lower); 100 belongs to the top band.
_BANDS: Final = {MonevGrade(value): lower for value, lower in MONEV_BANDS}


def monev_grade(score: float | int | Decimal) -> MonevGrade:
    """The predicate for a monev ``score`` from 0 to 100 (Perki 1/2022; half-open bands, D-11).

    Raises:
        kiplib.errors.ScoreOutOfRangeError: for a score below 0, above 100, not a number, or
            a boolean.

    Examples:
        >>> monev_grade(100).value, monev_grade(80).value, monev_grade(39.9).value
        ('informatif', 'menuju_informatif', 'tidak_informatif')
    """
    if isinstance(score, bool) or not isinstance(score, int | float | Decimal):
        raise ScoreOutOfRangeError(field="score", value=repr(score))
    finite = score.is_finite() if isinstance(score, Decimal) else math.isfinite(score)
    if not finite:  # a signalling NaN is asked without raising
        raise ScoreOutOfRangeError(field="score", value=repr(score))
    if score < 0 or score > 100:
        raise ScoreOutOfRangeError(field="score", value=repr(score))
    for grade, lower in _BANDS.items():
        if score >= lower:
            return grade
    raise AssertionError(score)
