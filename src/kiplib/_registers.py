"""The two registers a PPID keeps: the DIP and the DIK.

* **DIP** — *Daftar Informasi Publik*: every item of public information the body holds, each
  with the seven fields of the Perki on service standards (nomor; ringkasan isi informasi;
  pejabat/unit yang menguasai; penanggung jawab pembuatan/penerbitan; waktu dan tempat
  pembuatan; bentuk informasi; jangka waktu penyimpanan / retensi arsip) plus its category and
  the article that puts it there. The DIP itself must be available at any time and never
  lists exempt information (UU 14/2008 Pasal 11 ayat (1) huruf a).
* **DIK** — *Daftar Informasi yang Dikecualikan*: one entry per consequence-test record
  (*uji konsekuensi*) whose exemption is in force on a date, with its grounds, period, end date
  and the PPID's declaration deadline. It is *computed* from the records by
  :func:`build_dik`, never edited by hand; an exemption whose period ended or whose release
  condition happened moves out (PP 61/2010 Pasal 11).

Both are immutable values. A DIP carries its year and revision; :func:`diff_dip` says what
changed between two of them — added, removed, reclassified — and why (a consequence test closed
it, an exemption ended, the category changed); :func:`diff_dik` does the same for two DIKs
(added, exited with the reason when known, period, grounds or outcome changed).
:func:`check_dip` names every problem at once; :func:`validate_dip` raises
:class:`~kiplib.errors.RegisterError` carrying them.

Examples:
    >>> from datetime import date
    >>> from kiplib._law.categories import Category
    >>> entry = DipEntry(
    ...     number="1",
    ...     summary="Laporan keuangan Dinas Kesehatan tahun 2023",
    ...     holder="Sekretariat Dinas Kesehatan",
    ...     responsible="Kepala Subbagian Keuangan",
    ...     time_and_place="2024, Karanganyar",
    ...     form=InformationForm.SOFT_AND_HARD_COPY,
    ...     retention="10 tahun",
    ...     category=Category.PERIODIC,
    ...     listed_as="9.2.c",
    ...     last_published=date(2024, 1, 15),
    ... )
    >>> print(entry.citation)
    UU 14/2008 Pasal 9 ayat (2) huruf c
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Final

import attrs

from kiplib._body import PublicBody
from kiplib._calendar import WorkingCalendar
from kiplib._consequence import ConsequenceTest, Outcome, check
from kiplib._exemption import ReleaseEvent, exemption_status
from kiplib._law.categories import LISTED_ITEMS, Category
from kiplib._law.citation import PP_61_2010, UU_14_2008, Citation
from kiplib._law.grounds import GROUNDS
from kiplib.errors import InvalidInputError, Problem, RegisterError
from kiplib.i18n import N_, gettext

__all__ = [
    "DIP_CATEGORIES",
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
    "build_dik",
    "check_dip",
    "diff_dik",
    "diff_dip",
    "validate_dip",
]

#: UU 14/2008 Pasal 11 ayat (1) huruf a: the DIP, which lists no exempt information.
DIP_CITATION: Final = Citation(UU_14_2008, pasal=11, ayat=1, huruf="a")
#: PP 61/2010 Pasal 11: exempt information opens when its period ends.
_PP11: Final = Citation(PP_61_2010, pasal=11)
_PP10: Final = Citation(PP_61_2010, pasal=10)
_UU19: Final = Citation(UU_14_2008, pasal=19)

#: The categories an item of the DIP may have.
DIP_CATEGORIES: Final = frozenset(
    {
        Category.PERIODIC,
        Category.IMMEDIATE,
        Category.AVAILABLE_AT_ALL_TIMES,
        Category.MUST_BE_PROVIDED,
        Category.OPEN_ON_REQUEST,
    }
)


class InformationForm(enum.Enum):
    """*Bentuk informasi*: the form the information is available in."""

    SOFT_COPY = "soft_copy"
    HARD_COPY = "hard_copy"
    SOFT_AND_HARD_COPY = "soft_and_hard_copy"

    def label(self, lang: str = "id") -> str:
        """The form as PPIDs write it (``Softcopy``, ``Hardcopy``, ``Softcopy dan Hardcopy``)."""
        return gettext(_FORM_LABELS[self], lang)


_FORM_LABELS: Final = {
    InformationForm.SOFT_COPY: N_("Softcopy"),
    InformationForm.HARD_COPY: N_("Hardcopy"),
    InformationForm.SOFT_AND_HARD_COPY: N_("Softcopy dan Hardcopy"),
}

_SPACES: Final = re.compile(r"\s+")


def _normal(text: str) -> str:
    return _SPACES.sub(" ", text).strip().casefold()


def _tuple(value: Iterable[object]) -> tuple[object, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class DipEntry:
    """One line of the DIP: the seven fields, the category and the article behind it.

    Attributes:
        number: *nomor* — the entry's number or code (unique in the register).
        summary: *ringkasan isi informasi* — what the information is.
        holder: *pejabat/unit yang menguasai informasi*.
        responsible: *penanggung jawab pembuatan/penerbitan informasi*.
        time_and_place: *waktu dan tempat pembuatan informasi* (``"2024, Karanganyar"``).
        form: *bentuk informasi* (soft copy, hard copy, or both).
        retention: *jangka waktu penyimpanan / retensi arsip*, from the body's Jadwal Retensi
            Arsip (``"5 tahun"``).
        category: berkala, serta merta, setiap saat … (never exempt).
        listed_as: the key of the item of the law that lists it (``"9.2.c"``), if any; its
            article becomes the entry's citation.
        last_published: the last publication (berkala items must carry it, UU Pasal 9 ayat 3).
        note: *keterangan* — why the entry was added, moved or changed.
    """

    number: str
    summary: str
    holder: str
    responsible: str
    time_and_place: str
    form: InformationForm
    retention: str
    category: Category
    listed_as: str | None = None
    last_published: date | None = None
    note: str | None = None

    @property
    def citation(self) -> Citation:
        """The listing of the law (``listed_as``), else the article defining the category."""
        if self.listed_as is not None and self.listed_as in LISTED_ITEMS:
            return LISTED_ITEMS[self.listed_as].citation
        return self.category.citation

    @property
    def key(self) -> str:
        """The summary, case and spacing ignored: how entries are matched across versions."""
        return _normal(self.summary)


@attrs.frozen(kw_only=True)
class DipRegister:
    """The DIP of a body for a year: an immutable value with a revision number.

    Attributes:
        body: the badan publik.
        year: the year the list is for.
        revision: 1 for the first list of the year, then 2, 3 … for each update.
        adopted_on: the date the list was determined (*ditetapkan*).
        entries: the lines of the list, in order.
    """

    body: PublicBody
    year: int
    adopted_on: date
    entries: tuple[DipEntry, ...] = attrs.field(converter=_tuple)
    revision: int = 1

    @property
    def citation(self) -> Citation:
        """UU 14/2008 Pasal 11 ayat (1) huruf a."""
        return DIP_CITATION

    def entry(self, number: str) -> DipEntry:
        """The entry with this number."""
        for e in self.entries:
            if e.number == number:
                return e
        from kiplib.errors import NotFoundError

        raise NotFoundError(field="number", value=repr(number))

    def periodic(self) -> tuple[DipEntry, ...]:
        """The berkala entries (UU 14/2008 Pasal 9)."""
        return tuple(e for e in self.entries if e.category is Category.PERIODIC)


# ============================================================================ DIP validation
_REQUIRED: Final = N_("wajib diisi")
_TEXT_FIELDS: Final = (
    "number",
    "summary",
    "holder",
    "responsible",
    "time_and_place",
    "retention",
)


def _blank(value: object) -> bool:
    return not isinstance(value, str) or not value.strip()


def _check_entry(i: int, e: DipEntry) -> Iterator[Problem]:
    at = f"entries[{i}]"
    for name in _TEXT_FIELDS:
        if _blank(getattr(e, name)):
            yield Problem(f"{at}.{name}", "required", _REQUIRED)
    if e.category is Category.EXEMPT:
        yield Problem(
            f"{at}.category",
            "exempt-in-dip",
            N_(
                "informasi yang dikecualikan tidak boleh dicantumkan dalam DIP; catat dalam DIK "
                "dengan uji konsekuensinya (UU 14/2008 Pasal 11 ayat (1) huruf a)"
            ),
        )
    elif e.category not in DIP_CATEGORIES:
        yield Problem(
            f"{at}.category",
            "category-not-in-dip",
            N_("kategori {value} tidak dicantumkan dalam DIP"),
            {"value": getattr(e.category, "value", repr(e.category))},
        )
    if e.listed_as is not None:
        item = LISTED_ITEMS.get(e.listed_as)
        if item is None:
            yield Problem(
                f"{at}.listed_as",
                "unknown-listing",
                N_("{value} bukan butir yang disebut UU 14/2008 (mis. 9.2.c, 11.1.e)"),
                {"value": repr(e.listed_as)},
            )
        elif item.category is not e.category and e.category in DIP_CATEGORIES:
            yield Problem(
                f"{at}.listed_as",
                "listing-category-mismatch",
                N_("{citation} menempatkan informasi ini sebagai {expected}, bukan {found}"),
                {
                    "citation": str(item.citation),
                    "expected": item.category.value,
                    "found": getattr(e.category, "value", repr(e.category)),
                },
            )
    if e.category is Category.PERIODIC and e.last_published is None:
        yield Problem(
            f"{at}.last_published",
            "last-published-missing",
            N_(
                "informasi berkala wajib mencantumkan tanggal publikasi terakhir "
                "(UU 14/2008 Pasal 9 ayat (3))"
            ),
        )


def check_dip(register: DipRegister, *, dik: DikRegister | None = None) -> tuple[Problem, ...]:
    """Every problem of ``register`` (empty: the DIP is valid).

    Checks every entry's seven fields, that no entry is exempt (UU 14/2008 Pasal 11 ayat (1)
    huruf a) — also, when ``dik`` is given, that no entry is information the DIK lists as
    exempt —, that numbers and summaries are not repeated, that berkala entries carry their
    last publication date, and that no publication date lies after the date of adoption.
    """
    problems: list[Problem] = []
    if not isinstance(register.year, int) or register.year < 2010:
        problems.append(
            Problem("year", "bad-year", N_("tahun {value} tidak sah"), {"value": register.year})
        )
    if register.revision < 1:
        problems.append(
            Problem(
                "revision", "bad-revision", N_("revisi harus >= 1"), {"value": register.revision}
            )
        )
    exempt = {} if dik is None else {_normal(d.information): d.record for d in dik.entries}
    numbers: dict[str, int] = {}
    keys: dict[str, int] = {}
    for i, e in enumerate(register.entries):
        problems.extend(_check_entry(i, e))
        if isinstance(e.number, str) and e.number.strip():
            first = numbers.setdefault(e.number.strip(), i)
            if first != i:
                problems.append(
                    Problem(
                        f"entries[{i}].number",
                        "duplicate-number",
                        N_("nomor {value} sudah dipakai pada entries[{first}]"),
                        {"value": e.number, "first": first},
                    )
                )
        if isinstance(e.summary, str) and e.summary.strip():
            key = _normal(e.summary)
            first = keys.setdefault(key, i)
            if first != i:
                problems.append(
                    Problem(
                        f"entries[{i}].summary",
                        "duplicate-entry",
                        N_("informasi yang sama sudah tercantum pada entries[{first}]"),
                        {"first": first},
                    )
                )
            record = exempt.get(key)
            if record is not None:
                problems.append(
                    Problem(
                        f"entries[{i}].summary",
                        "listed-in-dik",
                        N_(
                            "informasi ini dikecualikan menurut uji konsekuensi {record} dan "
                            "tidak boleh dicantumkan dalam DIP (UU 14/2008 Pasal 11 ayat (1) "
                            "huruf a)"
                        ),
                        {"record": record},
                    )
                )
        if e.last_published is not None and e.last_published > register.adopted_on:
            problems.append(
                Problem(
                    f"entries[{i}].last_published",
                    "published-after-adoption",
                    N_("tanggal publikasi {value} sesudah tanggal penetapan DIP {adopted}"),
                    {
                        "value": e.last_published.isoformat(),
                        "adopted": register.adopted_on.isoformat(),
                    },
                )
            )
    return tuple(problems)


def validate_dip(register: DipRegister, *, dik: DikRegister | None = None) -> DipRegister:
    """``register`` itself if valid; else :class:`~kiplib.errors.RegisterError` naming all."""
    problems = check_dip(register, dik=dik)
    if problems:
        raise RegisterError(field=f"DIP {register.year}", problems=problems)
    return register


# ============================================================================ DIK
@attrs.frozen(kw_only=True)
class DikEntry:
    """One line of the DIK: an exemption in force, computed from its consequence test.

    Attributes:
        record: the number of the consequence-test record (surat penetapan).
        information: the specific information exempted.
        source_document: the document that contains it.
        unit: the work unit that holds it.
        grounds: the Pasal 17 grounds (``"h.2"``).
        outcome: closed, or partly (open with parts blacked out).
        exempt_from: the date of determination; the period runs from it.
        ends_on: the first day it is open again (``None``: no calendar end).
        declaration_due: last day for the PPID's declaration that it opens (PP 61/2010
            Pasal 11 ayat (2)).
        review_on: the date fixed for a new consequence test, if any.
        provisional: the declaration deadline crosses estimated holidays (D-5).
    """

    record: str
    information: str
    source_document: str
    unit: str
    grounds: tuple[str, ...] = attrs.field(converter=_tuple)
    outcome: Outcome
    exempt_from: date
    ends_on: date | None
    declaration_due: date | None
    review_on: date | None = None
    provisional: bool = False

    @property
    def citations(self) -> tuple[Citation, ...]:
        """The articles of the grounds (UU 14/2008 Pasal 17 …)."""
        return tuple(GROUNDS[g].citation for g in self.grounds if g in GROUNDS)


class ExitReason(enum.Enum):
    """Why a consequence test no longer has an entry in the DIK."""

    #: Its period ended: the information is open (PP 61/2010 Pasal 11 ayat (3)).
    PERIOD_ENDED = "period_ended"
    #: A release condition happened (consent, public hearing …).
    RELEASED = "released"
    #: A newer consequence test replaced it (PP 61/2010 Pasal 10).
    REPLACED = "replaced"
    #: The (new) test's outcome is open.
    OPENED_BY_TEST = "opened_by_test"

    def label(self, lang: str = "id") -> str:
        """Why, in ``lang``."""
        return gettext(_EXIT_LABELS[self], lang)

    @property
    def citation(self) -> Citation:
        """The article behind the reason."""
        return _EXIT_CITATIONS[self]


_EXIT_LABELS: Final = {
    ExitReason.PERIOD_ENDED: N_("jangka waktu pengecualian berakhir; informasi terbuka"),
    ExitReason.RELEASED: N_("syarat berakhirnya pengecualian terpenuhi"),
    ExitReason.REPLACED: N_("diganti uji konsekuensi yang lebih baru"),
    ExitReason.OPENED_BY_TEST: N_("uji konsekuensi memutuskan informasi terbuka"),
}
_EXIT_CITATIONS: Final = {
    ExitReason.PERIOD_ENDED: Citation(PP_61_2010, pasal=11, ayat=3),
    ExitReason.RELEASED: Citation(UU_14_2008, pasal=18, ayat=2),
    ExitReason.REPLACED: _PP10,
    ExitReason.OPENED_BY_TEST: _UU19,
}


@attrs.frozen(kw_only=True)
class DikExit:
    """A consequence test that has no entry in the DIK on the date, and why."""

    record: str
    information: str
    reason: ExitReason
    on: date | None = None

    def describe(self, lang: str = "id") -> str:
        """``U.1/2019  …: why (citation)`` in ``lang``."""
        when = f" ({self.on.isoformat()})" if self.on is not None else ""
        return (
            f"{self.record}  {self.information}: {self.reason.label(lang)}{when} "
            f"[{self.reason.citation}]"
        )


@attrs.frozen(kw_only=True)
class DikRegister:
    """The DIK of a body on a date, computed by :func:`build_dik`.

    Attributes:
        body: the badan publik.
        as_of: the date it describes.
        entries: the exemptions in force, in the order of the records.
        exits: the records that were left out, and why (nothing vanishes silently).
    """

    body: PublicBody
    as_of: date
    entries: tuple[DikEntry, ...] = attrs.field(converter=_tuple)
    exits: tuple[DikExit, ...] = attrs.field(default=(), converter=_tuple)

    def entry(self, record: str) -> DikEntry:
        """The entry of this consequence test."""
        for e in self.entries:
            if e.record == record:
                return e
        from kiplib.errors import NotFoundError

        raise NotFoundError(field="record", value=repr(record))


def build_dik(
    records: Iterable[ConsequenceTest],
    *,
    body: PublicBody,
    as_of: date,
    events: Iterable[ReleaseEvent] = (),
    calendar: WorkingCalendar | None = None,
) -> DikRegister:
    """The DIK of ``body`` on ``as_of``: one entry per consequence test in force.

    Every record is validated first (:func:`kiplib._consequence.check`); any problem in any
    record raises :class:`~kiplib.errors.RegisterError` naming ``records[i].<field>``. A
    record replaced by another in the list, a record whose outcome is open, one whose period
    ended and one whose release condition happened are left out and listed in ``exits``
    with the reason (PP 61/2010 Pasal 10 and 11). Records determined after ``as_of`` are not
    yet in force and are not listed at all.
    """
    if type(as_of) is not date:
        raise InvalidInputError(
            field="as_of", value=repr(as_of), reason=N_("harus berupa tanggal (date)")
        )
    listed = tuple(records)
    event_list = tuple(events)
    problems: list[Problem] = []
    numbers: dict[str, int] = {}
    for i, record in enumerate(listed):
        for p in check(record):
            problems.append(Problem(f"records[{i}].{p.path}", p.code, p.template, p.params))
        first = numbers.setdefault(record.number, i)
        if first != i:
            problems.append(
                Problem(
                    f"records[{i}].number",
                    "duplicate-number",
                    N_("nomor {value} sudah dipakai pada records[{first}]"),
                    {"value": record.number, "first": first},
                )
            )
    if problems:
        raise RegisterError(field="DIK", problems=problems)
    replaced = {
        r.replaces: r.number for r in listed if r.replaces is not None and r.determined_on <= as_of
    }
    entries: list[DikEntry] = []
    exits: list[DikExit] = []
    for record in listed:
        if record.determined_on > as_of:
            continue
        if record.number in replaced:
            exits.append(
                DikExit(
                    record=record.number,
                    information=record.information,
                    reason=ExitReason.REPLACED,
                )
            )
            continue
        if record.outcome is Outcome.OPEN:
            exits.append(
                DikExit(
                    record=record.number,
                    information=record.information,
                    reason=ExitReason.OPENED_BY_TEST,
                    on=record.determined_on,
                )
            )
            continue
        status = exemption_status(record, as_of=as_of, events=event_list, calendar=calendar)
        if not status.in_force:
            released = status.released_by
            exits.append(
                DikExit(
                    record=record.number,
                    information=record.information,
                    reason=ExitReason.RELEASED if released is not None else ExitReason.PERIOD_ENDED,
                    on=released.on if released is not None else status.ends_on,
                )
            )
            continue
        entries.append(
            DikEntry(
                record=record.number,
                information=record.information,
                source_document=record.source_document,
                unit=record.unit,
                grounds=record.grounds,
                outcome=record.outcome,
                exempt_from=record.determined_on,
                ends_on=status.ends_on,
                declaration_due=status.declaration_due,
                review_on=status.review_on,
                provisional=status.provisional,
            )
        )
    return DikRegister(body=body, as_of=as_of, entries=entries, exits=exits)


# ============================================================================ versions and diff
class ChangeKind(enum.Enum):
    """How an entry changed between two versions of the DIP."""

    ADDED = "added"
    REMOVED = "removed"
    #: The same information under another category.
    RECLASSIFIED = "reclassified"

    def label(self, lang: str = "id") -> str:
        """The kind of change, in ``lang``."""
        return gettext(_CHANGE_LABELS[self], lang)


_CHANGE_LABELS: Final = {
    ChangeKind.ADDED: N_("ditambahkan"),
    ChangeKind.REMOVED: N_("dihapus"),
    ChangeKind.RECLASSIFIED: N_("kategori berubah"),
}


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
class DikChangeKind(enum.Enum):
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

    def label(self, lang: str = "id") -> str:
        """The kind of change, in ``lang``."""
        return gettext(_DIK_CHANGE_LABELS[self], lang)


_DIK_CHANGE_LABELS: Final = {
    DikChangeKind.ADDED: N_("masuk DIK"),
    DikChangeKind.EXITED: N_("keluar dari DIK"),
    DikChangeKind.PERIOD_CHANGED: N_("jangka waktu berubah"),
    DikChangeKind.GROUNDS_CHANGED: N_("alasan pengecualian berubah"),
    DikChangeKind.OUTCOME_CHANGED: N_("hasil uji konsekuensi berubah"),
}
#: UU 14/2008 Pasal 20 ayat (1): an exemption is not permanent; its period is part of it.
_UU20: Final = Citation(UU_14_2008, pasal=20, ayat=1)
_UU17: Final = Citation(UU_14_2008, pasal=17)


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
        >>> from kiplib._body import PublicBody
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
        if b.grounds != e.grounds:
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
