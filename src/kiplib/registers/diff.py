"""What changed between two years of a register: DIP entries added, removed, moved between
categories or back from the DIK when an exemption ended (PP 61/2010 Pasal 11); DIK entries
added, exited (with the newer DIK's reason and article), or changed in period, grounds or
outcome."""

from __future__ import annotations

from datetime import date
from typing import Final

import attrs

from kiplib.i18n import N_, LabelledEnum, gettext
from kiplib.law.categories import Category
from kiplib.law.citation import Citation
from kiplib.law.duties import DIP_CITATION
from kiplib.registers._common import _PP11, _UU17, _UU19, _UU20, _normal
from kiplib.registers.dik import DikEntry, DikExit, DikRegister, ExitReason
from kiplib.registers.dip import DipRegister

__all__ = [
    "ChangeKind",
    "DikChange",
    "DikChangeKind",
    "DipChange",
    "diff_dik",
    "diff_dip",
]


# ============================================================================ versions and diff
class ChangeKind(LabelledEnum):
    """How an entry changed between two versions of the DIP."""

    ADDED = "added"
    REMOVED = "removed"
    #: The same information under another category.
    RECLASSIFIED = "reclassified"


_CHANGE_LABELS: Final = {
    ChangeKind.ADDED: N_("ditambahkan"),
    ChangeKind.REMOVED: N_("dihapus"),
    ChangeKind.RECLASSIFIED: N_("kategori berubah"),
}
ChangeKind.set_labels(_CHANGE_LABELS)


@attrs.frozen(kw_only=True)
class DipChange:
    """One change between two DIPs, with the reason and the article behind it.

    Attributes:
        change: added, removed or reclassified.
        summary: the information (*ringkasan isi*).
        number: the entry's number in the newer list (in the older one when removed).
        before: the category before (``None`` when added).
        after: the category after (``None`` when removed).
        reason: why, as a message in Bahasa Indonesia (translated by :meth:`describe`).
        record: the consequence test that explains it, if any.
        citation: the article behind the reason.
        note: the entry's own *keterangan*, if it gave one.
    """

    change: ChangeKind
    summary: str
    number: str
    before: Category | None
    after: Category | None
    reason: str
    citation: Citation
    record: str | None = None
    note: str | None = None

    def describe(self, lang: str = "id") -> str:
        """One line: what changed and why, in ``lang``."""
        cats = " → ".join(c.label(lang) for c in (self.before, self.after) if c is not None)
        why = gettext(self.reason, lang).format(record=self.record or "")
        extra = f"; {self.note}" if self.note else ""
        return (
            f"{self.change.label(lang)}: {self.number} {self.summary} ({cats}) — {why} "
            f"[{self.citation}]{extra}"
        )


_BACK: Final = N_("jangka waktu pengecualian menurut uji konsekuensi {record} berakhir")


_BACK_REASONS: Final = {
    ExitReason.PERIOD_ENDED: _BACK,
    ExitReason.RELEASED: N_("syarat berakhirnya pengecualian {record} terpenuhi"),
    ExitReason.REPLACED: N_("uji konsekuensi {record} diganti dengan uji yang baru"),
    ExitReason.OPENED_BY_TEST: N_("uji konsekuensi {record} memutuskan informasi terbuka"),
}


def diff_dip(
    old: DipRegister,
    new: DipRegister,
    *,
    old_dik: DikRegister | None = None,
    new_dik: DikRegister | None = None,
) -> tuple[DipChange, ...]:
    """What changed from ``old`` to ``new``: added, removed and reclassified entries, and why.

    Entries are matched by their summary (case and spacing ignored). The reason comes from
    the DIKs when given: an entry that left the DIP because a consequence test now exempts it
    names that test (UU 14/2008 Pasal 19); an entry that came in because its exemption ended
    names the article that opened it (PP 61/2010 Pasal 11); otherwise the change is a
    decision of the body recorded in the entry's own ``note``.
    """
    before = {e.key: e for e in old.entries}
    after = {e.key: e for e in new.entries}
    now_exempt = {} if new_dik is None else {_normal(d.information): d for d in new_dik.entries}
    exits: dict[str, DikExit] = {}
    for x in () if new_dik is None else new_dik.exits:
        # A replaced test is history; the test that replaced it says why the item came back.
        if x.reason is not ExitReason.REPLACED or _normal(x.information) not in exits:
            exits[_normal(x.information)] = x
    was_exempt = {} if old_dik is None else {_normal(d.information): d for d in old_dik.entries}
    out: list[DipChange] = []
    for key, e in after.items():
        if key not in before:
            exit_ = exits.get(key)
            if key in was_exempt or exit_ is not None:
                record = exit_.record if exit_ is not None else was_exempt[key].record
                cit = exit_.reason.citation if exit_ is not None else _PP11
                out.append(
                    DipChange(
                        change=ChangeKind.ADDED,
                        summary=e.summary,
                        number=e.number,
                        before=Category.EXEMPT,
                        after=e.category,
                        reason=_BACK_REASONS[exit_.reason] if exit_ is not None else _BACK,
                        citation=cit,
                        record=record,
                        note=e.note,
                    )
                )
            else:
                out.append(
                    DipChange(
                        change=ChangeKind.ADDED,
                        summary=e.summary,
                        number=e.number,
                        before=None,
                        after=e.category,
                        reason=N_("informasi baru dicantumkan dalam DIP"),
                        citation=DIP_CITATION,
                        note=e.note,
                    )
                )
        elif before[key].category is not e.category:
            out.append(
                DipChange(
                    change=ChangeKind.RECLASSIFIED,
                    summary=e.summary,
                    number=e.number,
                    before=before[key].category,
                    after=e.category,
                    reason=N_("kategori informasi ditetapkan ulang"),
                    citation=e.citation,
                    note=e.note,
                )
            )
    for key, e in before.items():
        if key in after:
            continue
        dik = now_exempt.get(key)
        if dik is not None:
            out.append(
                DipChange(
                    change=ChangeKind.REMOVED,
                    summary=e.summary,
                    number=e.number,
                    before=e.category,
                    after=Category.EXEMPT,
                    reason=N_("dikecualikan menurut uji konsekuensi {record}; dicatat dalam DIK"),
                    citation=_UU19,
                    record=dik.record,
                )
            )
        else:
            out.append(
                DipChange(
                    change=ChangeKind.REMOVED,
                    summary=e.summary,
                    number=e.number,
                    before=e.category,
                    after=None,
                    reason=N_("tidak lagi dicantumkan dalam DIP"),
                    citation=DIP_CITATION,
                    note=e.note,
                )
            )
    return tuple(out)


# ============================================================================ DIK diff
class DikChangeKind(LabelledEnum):
    """How the DIK changed between two dates (or two published tables)."""

    #: A consequence test now exempts the information.
    ADDED = "added"
    #: The record no longer has an entry: the information opened, or a new test replaced it.
    EXITED = "exited"
    #: The same record with another period: start, end, declaration deadline or review date.
    PERIOD_CHANGED = "period_changed"
    #: The same record on other Pasal 17 grounds.
    GROUNDS_CHANGED = "grounds_changed"
    #: The same record, now closed instead of partly open (or the other way round).
    OUTCOME_CHANGED = "outcome_changed"


_DIK_CHANGE_LABELS: Final = {
    DikChangeKind.ADDED: N_("masuk DIK"),
    DikChangeKind.EXITED: N_("keluar dari DIK"),
    DikChangeKind.PERIOD_CHANGED: N_("jangka waktu berubah"),
    DikChangeKind.GROUNDS_CHANGED: N_("alasan pengecualian berubah"),
    DikChangeKind.OUTCOME_CHANGED: N_("hasil uji konsekuensi berubah"),
}
DikChangeKind.set_labels(_DIK_CHANGE_LABELS)


@attrs.frozen(kw_only=True)
class DikChange:
    """One change between two DIKs, with the reason when it is known and the article.

    Attributes:
        change: added, exited, or the period, grounds or outcome changed.
        record: the consequence-test number.
        information: the exempt information.
        reason: why, as Indonesian source text (translated by :meth:`describe`).
        citation: the article behind it.
        exit: for an exit, why the record left, when the newer DIK knows it (a DIK read back
            from a published table does not).
        before: the old value, in words (dates ISO, grounds as codes), for a changed entry.
        after: the new value, in words.
        on: the day of the change, when known (the end of the period, a release).
    """

    change: DikChangeKind
    record: str
    information: str
    reason: str
    citation: Citation
    exit: ExitReason | None = None
    before: str | None = None
    after: str | None = None
    on: date | None = None

    def describe(self, lang: str = "id") -> str:
        """One line: what changed and why, in ``lang``."""
        why = gettext(self.reason, lang).format(record=self.record)
        values = f" ({self.before} → {self.after})" if self.before or self.after else ""
        when = f" {self.on.isoformat()}" if self.on is not None else ""
        return (
            f"{self.change.label(lang)}: {self.record} {self.information}{values} — "
            f"{why}{when} [{self.citation}]"
        )


def _period(e: DikEntry) -> str:
    def day(d: date | None) -> str:
        return d.isoformat() if d is not None else "-"

    return f"{day(e.exempt_from)} … {day(e.ends_on)}; {day(e.declaration_due)}; {day(e.review_on)}"


def diff_dik(old: DikRegister, new: DikRegister) -> tuple[DikChange, ...]:
    """What changed from the DIK ``old`` to the DIK ``new``, record by record, and why.

    Records are matched by their number. A record only in ``new`` was added (a consequence
    test exempts it, UU 14/2008 Pasal 19). A record only in ``old`` exited: the reason is the
    one ``new`` gives in its ``exits`` (period ended, released, replaced, opened by a new
    test) with its article; when ``new`` does not know it (a DIK read back from a published
    table), the change says the reason is not recorded and cites PP 61/2010 Pasal 11. A
    record in both whose period (start, end, declaration deadline, review date), Pasal 17
    grounds or outcome differ is listed once for each difference.

    Examples:
        >>> from datetime import date
        >>> from kiplib.law.bodies import PublicBody
        >>> body = PublicBody("Dinas Contoh")
        >>> empty = DikRegister(body=body, as_of=date(2025, 3, 31), entries=())
        >>> diff_dik(empty, empty)
        ()
    """
    before = {e.record: e for e in old.entries}
    after = {e.record: e for e in new.entries}
    exits = {x.record: x for x in new.exits}
    out: list[DikChange] = []
    for record, e in after.items():
        b = before.get(record)
        if b is None:
            out.append(
                DikChange(
                    change=DikChangeKind.ADDED,
                    record=record,
                    information=e.information,
                    reason=N_("dikecualikan menurut uji konsekuensi {record}"),
                    citation=_UU19,
                    after=", ".join(e.grounds),
                    on=e.exempt_from,
                )
            )
            continue
        if _period(b) != _period(e):
            out.append(
                DikChange(
                    change=DikChangeKind.PERIOD_CHANGED,
                    record=record,
                    information=e.information,
                    reason=N_("jangka waktu pengecualian ditetapkan ulang"),
                    citation=_UU20,
                    before=_period(b),
                    after=_period(e),
                )
            )
        if sorted(set(b.grounds)) != sorted(set(e.grounds)):  # the same grounds in any order
            out.append(
                DikChange(
                    change=DikChangeKind.GROUNDS_CHANGED,
                    record=record,
                    information=e.information,
                    reason=N_("alasan pengecualian Pasal 17 ditetapkan ulang"),
                    citation=_UU17,
                    before=", ".join(b.grounds),
                    after=", ".join(e.grounds),
                )
            )
        if b.outcome is not e.outcome:
            out.append(
                DikChange(
                    change=DikChangeKind.OUTCOME_CHANGED,
                    record=record,
                    information=e.information,
                    reason=N_("hasil uji konsekuensi ditetapkan ulang"),
                    citation=_UU19,
                    before=b.outcome.label("id"),
                    after=e.outcome.label("id"),
                )
            )
    for record, b in before.items():
        if record in after:
            continue
        x = exits.get(record)
        out.append(
            DikChange(
                change=DikChangeKind.EXITED,
                record=record,
                information=b.information,
                reason=x.reason.label("id") if x is not None else _UNKNOWN_EXIT,
                citation=x.reason.citation if x is not None else _PP11,
                exit=x.reason if x is not None else None,
                on=x.on if x is not None else None,
            )
        )
    return tuple(out)


_UNKNOWN_EXIT: Final = N_(
    "tidak lagi tercantum; alasannya tidak tercatat dalam DIK yang lebih baru"
)
