"""Reading a register back from table rows (CSV, JSON or XLSX): one row reader for every
format, required cells, known values and dates checked, every bad row and column named.

Text cells are kept exactly as they were written — surrounding spaces, line breaks and all —
so that a register read back equals the register exported; only the cells that hold a known
word (category, form, outcome, article) or a date are compared with spacing and case ignored.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime, time
from typing import Final, Literal, TypeVar

from kiplib.errors import InvalidInputError, Problem, RegisterImportError
from kiplib.exemption.consequence_test import Outcome
from kiplib.i18n import N_, gettext
from kiplib.law.bodies import PublicBody
from kiplib.registers.columns import (
    _CATEGORIES,
    _CITATIONS,
    _DIK_REQUIRED,
    _FIELD_COLUMNS,
    _FORMS,
    _GROUND_CITATIONS,
    _OUTCOMES,
    _REQUIRED_COLUMNS,
    DIK_COLUMNS,
    DIP_COLUMNS,
    _key,
)
from kiplib.registers.dik import DikEntry, DikRegister
from kiplib.registers.dip import DipEntry, DipRegister, check_dip
from kiplib.registers.limits import MAX_CELL_CHARS, MAX_INPUT_SIZE, MAX_ROWS

__all__ = []


# ============================================================================ out
def _check_export(
    what: str,
    header: Sequence[str],
    table: Sequence[Sequence[str]],
    *,
    cell_limit: int,
    limit_reason: str,
    escape: Callable[[str], str] | None = None,
    forbidden: re.Pattern[str] | None = None,
    forbidden_reason: str = "",
) -> None:
    """Refuse to write a table the readers could not read back whole.

    Raises :class:`InvalidInputError` for more than :data:`MAX_ROWS` rows, or naming the row
    and column of the first cell holding a ``forbidden`` character or longer than
    ``cell_limit`` once ``escape`` d.
    """
    if len(table) > MAX_ROWS:
        raise InvalidInputError(
            field=what,
            value=len(table),
            reason=N_("lebih dari {limit} baris; tabel ini tidak dapat dibaca kembali"),
            limit=MAX_ROWS,
        )
    for n, row in enumerate(table, start=2):
        # One look at the whole row first (most rows are fine), then at its cells.
        bad_row = forbidden is not None and forbidden.search("\n".join(row)) is not None
        if not bad_row and max(map(len, row), default=0) < cell_limit:
            continue
        for i, value in enumerate(row):
            bad = forbidden is not None and forbidden.search(value) is not None
            length = len(value)
            if length >= cell_limit and escape is not None:
                length = len(escape(value))
            if bad or length > cell_limit:
                raise InvalidInputError(
                    field=f"row {n}: {_column(header, i)}",
                    value=_shown(value),
                    reason=forbidden_reason if bad else limit_reason,
                    length=length,
                    limit=cell_limit,
                )


def _output_too_large(what: str, size: int) -> InvalidInputError:
    return InvalidInputError(
        field=what,
        value=size,
        reason=N_("hasilnya lebih besar dari {limit} dan tidak dapat dibaca kembali"),
        limit=MAX_INPUT_SIZE,
    )


# ============================================================================ in
def _input_too_large(what: str, size: int) -> RegisterImportError:
    return _refuse(
        what,
        Problem(
            "file",
            "too-large",
            N_("berkas berukuran {size}, lebih dari {limit}"),
            {"size": size, "limit": MAX_INPUT_SIZE},
        ),
    )


def _problem(row: int, column: str, code: str, template: str, **params: object) -> Problem:
    return Problem(f"row {row}: {column}", code, template, {"row": row, "column": column, **params})


def _refuse(what: str, problem: Problem) -> RegisterImportError:
    """The error for a table that cannot be read on at all (one problem)."""
    return RegisterImportError(field=what, problems=[problem])


def _cut(text: str, limit: int = 60) -> str:
    """A cell cut to ``limit`` characters for a message (a cell may be huge)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _shown(text: str) -> str:
    """``repr`` of a cell for a message, cut (see :func:`_cut`)."""
    return repr(_cut(text))


def _letter(index: int) -> str:
    """The spreadsheet letter of the column at ``index`` (0 → ``A``, 26 → ``AA``)."""
    out = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        out = chr(ord("A") + rest) + out
    return out


def _column(columns: Sequence[str], index: int) -> str:
    """The name of column ``index`` (Bahasa Indonesia), or its letter after the last one."""
    return gettext(columns[index], "id") if index < len(columns) else _letter(index)


#: Numbers from here on are not all exact in a spreadsheet's binary floating point (2⁵³).
_EXACT: Final = float(2**53)


def _text(value: object) -> str:
    """A cell as text, exactly: CSV cells are text already; XLSX cells may be numbers or
    dates (a whole number reads as ``4``, a date at midnight as ``2024-01-31``)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _blank(value: object) -> bool:
    """An empty cell, or one of spaces only."""
    return not _text(value).strip()


def _day(value: object) -> date:
    """A date cell: a real date (XLSX, time 00:00) or ISO text; ``ValueError`` otherwise."""
    if isinstance(value, datetime):
        if value.time() != time():
            raise ValueError(value)
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(_text(value).strip())


class _Row:
    """A data row: its number (as a spreadsheet numbers it), its cells, and their text."""

    __slots__ = ("cells", "n", "text")

    def __init__(self, n: int, cells: tuple[object, ...], text: list[str]) -> None:
        self.n = n
        self.cells = cells
        self.text = text


def _read_table(
    rows: Iterable[Sequence[object]], columns: tuple[str, ...], what: str, *, fixed_width: bool
) -> tuple[list[_Row], list[Problem]]:
    """The data rows of a table (numbered as a spreadsheet numbers them) and the problems.

    The header (row 1) must name ``columns`` in Bahasa Indonesia or English, else
    :class:`RegisterImportError` is raised at once; so it is for a table of more than
    :data:`~kiplib.registers.limits.MAX_ROWS` data rows. A CSV row (``fixed_width``) must have
    exactly one cell per column; an XLSX row may leave its trailing cells empty, but not add
    cells after the last column. Empty rows at the end are skipped; an empty row between rows
    of data is a problem (nothing is dropped silently), and so is a cell longer than
    :data:`~kiplib.registers.limits.MAX_CELL_CHARS`.
    """
    names_id = [gettext(h, "id") for h in columns]
    names_en = [gettext(h, "en") for h in columns]
    it = iter(rows)
    header = next(it, None)
    found = [] if header is None else [_key(_text(c)) for c in header]
    while found and not found[-1] and not fixed_width:
        found.pop()
    if found not in ([_key(c) for c in names_id], [_key(c) for c in names_en]):
        raise _refuse(
            what,
            _problem(
                1,
                "header",
                "bad-header",
                N_("baris judul harus berisi kolom: {expected}"),
                expected=", ".join(names_id),
            ),
        )
    out: list[_Row] = []
    problems: list[Problem] = []
    blank: list[int] = []
    width = len(columns)
    for n, raw in enumerate(it, start=2):
        if n > MAX_ROWS + 1:
            raise _refuse(
                what,
                _problem(
                    n,
                    "*",
                    "too-many-rows",
                    N_("tabel berisi lebih dari {limit} baris data"),
                    limit=MAX_ROWS,
                ),
            )
        cells = list(raw)
        text = [_text(c) for c in cells]
        if not fixed_width:
            # Cells after the last column that hold nothing but spaces are not part of the
            # table; inside it, a trailing cell of spaces is a value and is kept.
            while len(text) > width and not text[-1].strip():
                del cells[-1], text[-1]
            while text and not text[-1]:
                del cells[-1], text[-1]
        if not "".join(text).strip():
            blank.append(n)
            continue
        problems.extend(
            _problem(b, "*", "empty-row", N_("baris kosong di tengah tabel")) for b in blank
        )
        blank.clear()
        if len(cells) > width or (fixed_width and len(cells) != width):
            problems.append(
                _problem(
                    n,
                    "*",
                    "cell-count",
                    N_("baris berisi {found} sel, seharusnya {expected}"),
                    found=len(cells),
                    expected=width,
                )
            )
            continue
        if max(map(len, text)) > MAX_CELL_CHARS:
            problems.extend(
                _problem(
                    n,
                    _column(columns, i),
                    "cell-too-long",
                    N_("sel berisi {length} karakter; paling banyak {limit}"),
                    length=len(t),
                    limit=MAX_CELL_CHARS,
                )
                for i, t in enumerate(text)
                if len(t) > MAX_CELL_CHARS
            )
            continue
        if not fixed_width:
            # A number cell holds at most 15–17 exact digits: a longer one (a NIP or NIK typed
            # as a number) has already lost its last digits. Refused, never read as changed.
            inexact = [
                i for i, c in enumerate(cells) if type(c) is float and not -_EXACT < c < _EXACT
            ]
            if inexact:
                problems.extend(
                    _problem(
                        n,
                        _column(columns, i),
                        "inexact-number",
                        N_(
                            "angka {value} terlalu panjang untuk disimpan tepat sebagai angka; "
                            "simpan selnya sebagai teks"
                        ),
                        value=text[i],
                    )
                    for i in inexact
                )
                continue
        missing = width - len(cells)
        out.append(_Row(n, (*cells, *(None,) * missing), text + [""] * missing))
    return out, problems


class _RowReader:
    """One data row being read: its cells as text, and the problems found in it.

    ``names`` are the column names (Bahasa Indonesia); ``keys`` caches the normalised text of
    cells looked up in a table of words (the same few words fill a whole column).
    """

    def __init__(self, row: _Row, names: Sequence[str], keys: dict[str, str]) -> None:
        self.n = row.n
        self.cells = row.cells
        self.names = names
        self.text = row.text
        self.keys = keys
        self.problems: list[Problem] = []

    def fail(self, i: int, code: str, template: str, **params: object) -> None:
        self.problems.append(_problem(self.n, self.names[i], code, template, **params))

    def require(self, columns: Iterable[int]) -> None:
        for i in columns:
            if not self.text[i].strip():
                self.fail(i, "required", N_("wajib diisi"))

    def lookup(self, i: int, table: Mapping[str, T], code: str, template: str) -> T | None:
        """The value the table gives the cell's text; a filled cell it does not know is a
        problem (``template`` takes ``{value}``)."""
        text = self.text[i]
        key = self.keys.get(text)
        if key is None:
            key = self.keys[text] = _key(text)
        if not key:
            return None
        if key not in table:
            self.fail(i, code, template, value=_shown(text))
            return None
        return table[key]

    def day(self, i: int) -> date | Literal[False] | None:
        """The date in cell ``i`` (see :func:`_optional_day`)."""
        return _optional_day(self.n, self.cells[i], self.names[i], self.problems)


def _dip_entry(
    data: _Row, names: Sequence[str], keys: dict[str, str], problems: list[Problem]
) -> DipEntry | None:
    """The entry in one data row of the DIP table, or ``None`` (its problems appended)."""
    row = _RowReader(data, names, keys)
    text = row.text
    row.require(_REQUIRED_COLUMNS)
    category = row.lookup(7, _CATEGORIES, "unknown-category", N_("kategori {value} tidak dikenal"))
    form = row.lookup(5, _FORMS, "unknown-form", N_("bentuk informasi {value} tidak dikenal"))
    listed_as = row.lookup(
        8,
        _CITATIONS,
        "unknown-citation",
        N_("{value} bukan pasal kategori atau butir yang disebut UU 14/2008"),
    )
    published = row.day(9)
    problems.extend(row.problems)
    if row.problems or category is None or form is None:
        return None
    return DipEntry(
        number=text[0],
        summary=text[1],
        holder=text[2],
        responsible=text[3],
        time_and_place=text[4],
        form=form,
        retention=text[6],
        category=category,
        listed_as=listed_as,
        last_published=published or None,
        note=text[10] or None,
    )


def _optional_day(
    n: int, cell: object, column: str, problems: list[Problem]
) -> date | Literal[False] | None:
    """The date in ``cell`` (``None`` when empty; ``False`` when unreadable, problem added)."""
    if _blank(cell):
        return None
    try:
        return _day(cell)
    except ValueError:
        problems.append(
            _problem(
                n,
                column,
                "bad-date",
                N_("{value} bukan tanggal ISO (2024-01-31)"),
                value=_shown(_text(cell)),
            )
        )
        return False


def _dip_from_rows(
    rows: Iterable[Sequence[object]],
    *,
    fixed_width: bool,
    body: PublicBody,
    year: int,
    adopted_on: date,
    revision: int,
) -> DipRegister:
    """The one reader behind :func:`dip_from_csv` and :func:`dip_from_xlsx`."""
    data, problems = _read_table(rows, DIP_COLUMNS, "DIP", fixed_width=fixed_width)
    names = [gettext(h, "id") for h in DIP_COLUMNS]
    entries: list[DipEntry] = []
    entry_rows: list[int] = []
    keys: dict[str, str] = {}
    for row in data:
        entry = _dip_entry(row, names, keys, problems)
        if entry is not None:
            entries.append(entry)
            entry_rows.append(row.n)
    register = DipRegister(
        body=body, year=year, adopted_on=adopted_on, entries=entries, revision=revision
    )
    for p in check_dip(register):
        # entries[i].field → the row that entry came from.
        match = re.match(r"entries\[(\d+)\]\.(\w+)", p.path)
        if match is None:
            problems.append(p)
            continue
        at = entry_rows[int(match.group(1))]
        column = names[_FIELD_COLUMNS[match.group(2)]]
        problems.append(
            Problem(
                f"row {at}: {column}",
                p.code,
                p.template,
                {**p.params, "row": at, "column": column},
            )
        )
    if problems:
        problems.sort(key=lambda p: int(p.params.get("row", 0)))
        raise RegisterImportError(field="DIP", problems=problems)
    return register


def _dik_entry(
    data: _Row, names: Sequence[str], keys: dict[str, str], problems: list[Problem]
) -> DikEntry | None:
    """The entry in one data row of the DIK table, or ``None`` (its problems appended)."""
    row = _RowReader(data, names, keys)
    text = row.text
    row.require(_DIK_REQUIRED)
    grounds: list[str] = []
    for part in text[4].split(";") if text[4] else ():
        code = _GROUND_CITATIONS.get(_key(part))
        if code is None:
            row.fail(
                4,
                "unknown-ground",
                N_("{value} bukan alasan pengecualian UU 14/2008 Pasal 17"),
                value=_shown(part.strip()),
            )
        else:
            grounds.append(code)
    outcome = row.lookup(5, _OUTCOMES, "unknown-outcome", N_("hasil {value} tidak dikenal"))
    if outcome is Outcome.OPEN:
        row.fail(5, "open-in-dik", N_("informasi yang terbuka tidak dicantumkan dalam DIK"))
    days = [row.day(i) for i in (6, 7, 8, 9)]
    problems.extend(row.problems)
    if row.problems or outcome is None or days[0] is None:
        return None
    exempt_from, ends_on, declaration_due, review_on = (d or None for d in days)
    assert exempt_from is not None
    return DikEntry(
        record=text[0],
        information=text[1],
        source_document=text[2],
        unit=text[3],
        grounds=grounds,
        outcome=outcome,
        exempt_from=exempt_from,
        ends_on=ends_on,
        declaration_due=declaration_due,
        review_on=review_on,
    )


def _dik_from_rows(
    rows: Iterable[Sequence[object]], *, fixed_width: bool, body: PublicBody, as_of: date
) -> DikRegister:
    data, problems = _read_table(rows, DIK_COLUMNS, "DIK", fixed_width=fixed_width)
    names = [gettext(h, "id") for h in DIK_COLUMNS]
    entries: list[DikEntry] = []
    seen: dict[str, int] = {}
    keys: dict[str, str] = {}
    for row in data:
        n = row.n
        record = row.text[0]
        first = seen.setdefault(record, n) if record.strip() else n
        if first != n:
            problems.append(
                _problem(
                    n,
                    names[0],
                    "duplicate-number",
                    N_("nomor {value} sudah dipakai pada baris {first}"),
                    value=_cut(record),
                    first=first,
                )
            )
        entry = _dik_entry(row, names, keys, problems)
        if entry is not None and first == n:
            entries.append(entry)
    if problems:
        problems.sort(key=lambda p: int(p.params.get("row", 0)))
        raise RegisterImportError(field="DIK", problems=problems)
    return DikRegister(body=body, as_of=as_of, entries=entries)


T = TypeVar("T")
