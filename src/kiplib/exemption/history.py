"""Every version of one classification (PP 61/2010 Pasal 10: only a new consequence test,
approved by the pimpinan, changes a classification)."""

from __future__ import annotations

__all__ = [
    "ConsequenceTestHistory",
]

from collections.abc import Iterable
from datetime import date
from typing import Final

import attrs

from kiplib.errors import AmendmentError, NotFoundError
from kiplib.exemption.checks import Validator, validate
from kiplib.exemption.consequence_test import ConsequenceTest
from kiplib.i18n import N_
from kiplib.law.citation import PP_61_2010, Citation
from kiplib.rulebook.book import RuleBook

# ============================================================================ history
_PP10: Final = Citation(PP_61_2010, pasal=10)


def _versions(value: Iterable[ConsequenceTest]) -> tuple[ConsequenceTest, ...]:
    return tuple(value)


def _check_chain(
    _inst: object,
    _attribute: attrs.Attribute[tuple[ConsequenceTest, ...]],
    value: tuple[ConsequenceTest, ...],
) -> None:
    if not value:
        raise AmendmentError(field="versions", value="()", reason=N_("riwayat tidak boleh kosong"))
    numbers = [v.number for v in value]
    if len(set(numbers)) != len(numbers):
        raise AmendmentError(field="versions", value=repr(numbers), reason=N_("nomor ganda"))
    if value[0].replaces is not None:
        raise AmendmentError(
            field="versions[0].replaces",
            value=repr(value[0].replaces),
            reason=N_("versi pertama tidak menggantikan rekaman lain"),
        )
    for i in range(1, len(value)):
        _check_successor(value[i - 1], value[i], f"versions[{i}]")


def _check_successor(old: ConsequenceTest, new: ConsequenceTest, field: str) -> None:
    if new.replaces != old.number:
        raise AmendmentError(
            field=f"{field}.replaces",
            value=repr(new.replaces),
            reason=N_("uji konsekuensi baru harus merujuk rekaman yang digantikannya"),
        )
    if new.body != old.body:
        raise AmendmentError(
            field=f"{field}.body",
            value=repr(new.body.name),
            reason=N_("hanya badan publik yang sama dapat mengubah klasifikasinya"),
        )
    if new.tested_on < old.determined_on:
        raise AmendmentError(
            field=f"{field}.tested_on",
            value=new.tested_on.isoformat(),
            reason=N_("uji konsekuensi baru tidak boleh sebelum penetapan yang digantikan"),
        )


@attrs.frozen
class ConsequenceTestHistory:
    """Every version of one classification, oldest first; the last one is in force.

    Amend with :meth:`amend`, which returns a new history and leaves this one untouched
    (PP 61/2010 Pasal 10: only a new consequence test, approved by the pimpinan, changes a
    classification).

    The chain is checked whenever a history is built (also when one is loaded from JSON): a
    later version must name the one it replaces, belong to the same body and be tested no
    earlier than that one was determined.
    """

    versions: tuple[ConsequenceTest, ...] = attrs.field(converter=_versions, validator=_check_chain)

    @property
    def current(self) -> ConsequenceTest:
        """The version in force."""
        return self.versions[-1]

    @property
    def citation(self) -> Citation:
        """PP 61/2010 Pasal 10."""
        return _PP10

    def amend(
        self,
        record: ConsequenceTest,
        *,
        extra: Iterable[Validator] = (),
        rules: RuleBook | None = None,
    ) -> ConsequenceTestHistory:
        """A new history with ``record`` (validated, naming the current version) on top.

        Raises:
            kiplib.errors.ConsequenceTestError: ``record`` is not a complete test.
            kiplib.errors.AmendmentError: it does not replace the current version.
        """
        validate(record, extra=extra, rules=rules)
        return ConsequenceTestHistory((*self.versions, record))

    def version(self, number: str) -> ConsequenceTest:
        """The version with this number."""
        for v in self.versions:
            if v.number == number:
                return v
        raise NotFoundError(field="number", value=repr(number))

    def in_force_on(self, d: date) -> ConsequenceTest | None:
        """The version determined last on or before ``d`` (``None`` before the first)."""
        found = None
        for v in self.versions:
            if v.determined_on <= d:
                found = v
        return found
