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
    >>> from kiplib.law.categories import Category
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

from collections.abc import Iterator
from datetime import date
from typing import Final

import attrs

from kiplib.calendar.working import DEFAULT_LAST
from kiplib.errors import NotFoundError, Problem, RegisterError
from kiplib.i18n import N_, LabelledEnum
from kiplib.law.bodies import PublicBody
from kiplib.law.categories import LISTED_ITEMS, Category
from kiplib.law.citation import Citation
from kiplib.law.duties import DIP_CITATION
from kiplib.registers._common import _normal, _tuple
from kiplib.registers.dik import DikRegister

__all__ = [
    "DIP_CATEGORIES",
    "DipEntry",
    "DipRegister",
    "InformationForm",
    "check_dip",
    "validate_dip",
]


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


class InformationForm(LabelledEnum):
    """*Bentuk informasi*: the form the information is available in."""

    SOFT_COPY = "soft_copy"
    HARD_COPY = "hard_copy"
    SOFT_AND_HARD_COPY = "soft_and_hard_copy"


_FORM_LABELS: Final = {
    InformationForm.SOFT_COPY: N_("Softcopy"),
    InformationForm.HARD_COPY: N_("Hardcopy"),
    InformationForm.SOFT_AND_HARD_COPY: N_("Softcopy dan Hardcopy"),
}
InformationForm.set_labels(_FORM_LABELS)


def _no_empty_note(value: str | None) -> str | None:
    return None if value == "" else value


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
        note: *keterangan* — why the entry was added, moved or changed; an empty note is
            ``None`` (a table cannot tell the two apart).
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
    note: str | None = attrs.field(default=None, converter=_no_empty_note)

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


#: The last year a DIP may be for: the last year the working-day calendar counts.
_LAST_YEAR: Final = DEFAULT_LAST.year


#: The categories an entry of the DIP may have.
_LISTED_CATEGORIES: Final = frozenset(c for c in DIP_CATEGORIES if c is not Category.EXEMPT)


def _entry_ok(e: DipEntry) -> bool:
    """Whether :func:`_check_entry` finds nothing in ``e`` (the usual entry), decided without
    building its problems: the same conditions, in one expression."""
    category = e.category
    if category not in _LISTED_CATEGORIES:
        return False
    if category is Category.PERIODIC and e.last_published is None:
        return False
    listed = e.listed_as
    if listed is not None:
        item = LISTED_ITEMS.get(listed)
        if item is None or item.category is not category:
            return False
    number, summary, holder = e.number, e.summary, e.holder
    responsible, where, retention = e.responsible, e.time_and_place, e.retention
    return bool(
        type(number) is str
        and number.strip()
        and type(summary) is str
        and summary.strip()
        and type(holder) is str
        and holder.strip()
        and type(responsible) is str
        and responsible.strip()
        and type(where) is str
        and where.strip()
        and type(retention) is str
        and retention.strip()
    )


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
    year = register.year
    if not isinstance(year, int) or isinstance(year, bool) or not 2010 <= year <= _LAST_YEAR:
        # From the first year of UU 14/2008 to the last the calendar counts (a typo such as
        # 20244 would hide the DIP of every year that follows it).
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
        if not _entry_ok(e):
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
