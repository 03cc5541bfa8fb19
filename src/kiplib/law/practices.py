"""How the Komisi Informasi count "N hari kerja sejak X": the two readings in real use, and the
known practice of each commission (decision D-12).

UU 14/2008 counts its periods in hari kerja "sejak" or "setelah" an event and does not say
whether the day of the event is day 1. Commissions read it two ways:

* :attr:`Counting.NEXT_DAY` — day 1 is the first working day *after* the day of X (decision
  D-6). KI Pusat: a keberatan answered on Tuesday 3 November 2020 opened a sengketa window
  "sejak 04 November 2020 hingga 23 November 2020" (putusan sela read on 22 January 2024).
* :attr:`Counting.SAME_DAY` — the day of X is day 1 when it is a working day. KI Jawa Barat
  (Reg. 2382/K-A40/PSI/KI-JBR/V/2024, hearing of 24 April 2025): a request received Wednesday
  1 November 2023 had its 10 hari kerja end on 14 November 2023, and a keberatan window after
  an answer of Monday 6 November 2023 ended on 15 December 2023. By analogy, the Mahkamah Konstitusi
  counts its own 14 hari kerja the same way (a petition registered on Tuesday 11 June 2019
  had its 14th working day on 28 June 2019).

The competent commission's practice decides (:func:`kiplib.law.courts.commission_of`). Where
it is not known, every known practice may apply: each party is told the day on which it is
safe under all of them (``Deadline.due``), and is late only after the last day any of them
allows (``Deadline.latest``). The courts' steps (gugatan, kasasi) keep D-6 and D-10: no source
shows a court counting otherwise.

Examples:
    >>> practice_for("pusat").counting
    (<Counting.NEXT_DAY: 'next_day'>,)
    >>> practice_for("provinsi:32").counting
    (<Counting.SAME_DAY: 'same_day'>,)
    >>> [c.value for c in practice_for("provinsi:35").counting]  # not known: both apply
    ['next_day', 'same_day']
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import attrs

from kiplib._check import text
from kiplib.i18n import N_, LabelledEnum, gettext
from kiplib.law.citation import Citation
from kiplib.law.steps import Step

__all__ = [
    "COMMISSION_PRACTICES",
    "PRACTICE_STEPS",
    "SOURCES",
    "CommissionPractice",
    "Counting",
    "practice_for",
]


class Counting(LabelledEnum):
    """A reading of "N hari kerja sejak X"."""

    #: Day 1 is the first working day after the day of X (decision D-6).
    NEXT_DAY = "next_day"
    #: The day of X is day 1 when it is a working day.
    SAME_DAY = "same_day"


Counting.set_labels(
    {
        Counting.NEXT_DAY: N_("hari pertama adalah hari kerja sesudah hari X (D-6)"),
        Counting.SAME_DAY: N_("hari X sendiri dihitung sebagai hari pertama bila hari kerja"),
    }
)

#: The steps whose count a commission's reading decides: the request's and the keberatan's
#: periods and the Komisi Informasi's own. The courts' steps keep D-6 and D-10.
PRACTICE_STEPS: Final = frozenset(
    {
        Step.NOTICE,
        Step.NOTICE_EXTENDED,
        Step.OBJECTION,
        Step.OBJECTION_RESPONSE,
        Step.DISPUTE,
        Step.DISPUTE_START,
        Step.DISPUTE_END,
        Step.MEDIATION,
        Step.MEDIATION_EXTENDED,
    }
)

#: The decisions each reading rests on.
SOURCES: Final = {
    Counting.NEXT_DAY: (
        Citation(
            "Putusan Sela Komisi Informasi Pusat (termohon Kementerian Investasi/BKPM), "
            "dibacakan 22 Januari 2024"
        ),
    ),
    Counting.SAME_DAY: (
        Citation("Komisi Informasi Provinsi Jawa Barat Reg. 2382/K-A40/PSI/KI-JBR/V/2024"),
        # An analogy only: the Mahkamah Konstitusi is not a Komisi Informasi.
        Citation(
            "analogi: Mahkamah Konstitusi, PHPU Presiden 2019 (registrasi 11 Juni 2019 hari "
            "kerja ke-1, 28 Juni 2019 hari kerja ke-14)"
        ),
    ),
}


def _counting(value: Iterable[Counting]) -> tuple[Counting, ...]:
    found = tuple(sorted(set(value), key=lambda c: c.value))
    if not found or not all(isinstance(c, Counting) for c in found):
        raise ValueError("a practice names at least one Counting")
    return found


def _citations(value: Iterable[Citation]) -> tuple[Citation, ...]:
    return tuple(value)


@attrs.frozen
class CommissionPractice:
    """How one Komisi Informasi counts, and what that rests on.

    Attributes:
        commission: the commission's key: ``"pusat"``, ``"provinsi:32"`` (by its Kemendagri
            province code) or ``"kabkota:32.73"``.
        name: its name, as people write it.
        counting: the reading(s) that may apply — one when the practice is known, both when it
            is not (then each party is told the day safe under both).
        sources: the decisions it rests on.
        known: whether a decision of that commission shows its practice.
    """

    commission: str = attrs.field(validator=text)
    name: str = attrs.field(validator=text)
    counting: tuple[Counting, ...] = attrs.field(converter=_counting)
    sources: tuple[Citation, ...] = attrs.field(default=(), converter=_citations)
    known: bool = True

    def explain(self, lang: str = "id") -> str:
        """The commission, the reading(s) and their sources, in ``lang``."""
        if self.known:
            head = gettext(N_("Cara menghitung {name}: {counting}"), lang)
        else:
            head = gettext(
                N_(
                    "Cara menghitung {name} belum diketahui; berlaku semua pembacaan yang dikenal: "
                    "{counting}"
                ),
                lang,
            )
        counting = "; ".join(c.label(lang) for c in self.counting)
        lines = [head.format(name=self.name, counting=counting)]
        if self.sources:
            lines.append(
                gettext(N_("Sumber: {sources}"), lang).format(
                    sources="; ".join(str(s) for s in self.sources)
                )
            )
        return "\n".join(lines)


#: The practices known from the commissions' own decisions, by commission key.
COMMISSION_PRACTICES: Final = {
    "pusat": CommissionPractice(
        "pusat",
        "Komisi Informasi Pusat",
        (Counting.NEXT_DAY,),
        SOURCES[Counting.NEXT_DAY],
    ),
    "provinsi:32": CommissionPractice(
        "provinsi:32",
        "Komisi Informasi Provinsi Jawa Barat",
        (Counting.SAME_DAY,),
        SOURCES[Counting.SAME_DAY][:1],
    ),
}


def practice_for(commission: str, name: str | None = None) -> CommissionPractice:
    """The practice of the commission with this key: the known one, or — when none is known —
    every known reading, each with its sources."""
    found = COMMISSION_PRACTICES.get(commission)
    if found is not None:
        return found
    return CommissionPractice(
        commission,
        name or commission,
        tuple(Counting),
        tuple(s for c in Counting for s in SOURCES[c]),
        known=False,
    )
