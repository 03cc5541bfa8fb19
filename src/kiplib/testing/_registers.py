"""Strategies for DIP and DIK registers and the yearly-duty records (all valid), and for the
hostile text, CSV, JSON and XLSX that the register tables must survive."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from datetime import date, timedelta
from typing import Final
from xml.sax.saxutils import escape

import attrs
from hypothesis import strategies as st

from kiplib.duties.statistics import FinishedRequest, RequestOutcome
from kiplib.i18n import gettext
from kiplib.law.categories import LISTED_ITEMS, Category
from kiplib.registers.columns import DIK_COLUMNS, DIP_COLUMNS
from kiplib.registers.dik import DikRegister, build_dik
from kiplib.registers.dip import DIP_CATEGORIES, DipEntry, DipRegister, InformationForm
from kiplib.testing._core import public_bodies
from kiplib.testing._records import consequence_tests, ground_codes, texts

__all__ = [
    "HOSTILE_PIECES",
    "csv_inputs",
    "dik_registers",
    "dip_entries",
    "dip_registers",
    "finished_requests",
    "hostile_texts",
    "json_inputs",
    "xlsx_inputs",
]

_CATEGORIES = tuple(sorted(DIP_CATEGORIES, key=lambda c: c.value))


@st.composite
def dip_entries(
    draw: st.DrawFn,
    *,
    number: str | None = None,
    published_by: date = date(2060, 12, 31),
    text: st.SearchStrategy[str] | None = None,
) -> DipEntry:
    """A complete DIP entry; berkala entries carry a publication date up to ``published_by``.

    ``text`` draws the text fields (e.g. :func:`hostile_texts`; only non-blank ones are used
    where the field is required); by default, plain Indonesian text.
    """
    category = draw(st.sampled_from(_CATEGORIES))
    listings = [k for k, item in LISTED_ITEMS.items() if item.category is category]
    listed_as = draw(st.none() | st.sampled_from(listings)) if listings else None
    published = None
    if category is Category.PERIODIC or draw(st.booleans()):
        published = draw(st.dates(min_value=date(2010, 5, 1), max_value=published_by))

    def field(size: int) -> st.SearchStrategy[str]:
        return texts(size) if text is None else text.map(_filled_in)

    return DipEntry(
        number=number if number is not None else draw(field(12)),
        summary=draw(field(120)),
        holder=draw(field(60)),
        responsible=draw(field(60)),
        time_and_place=draw(field(40)),
        form=draw(st.sampled_from(InformationForm)),
        retention=draw(field(20)),
        category=category,
        listed_as=listed_as,
        last_published=published,
        note=draw(st.none() | (texts(60) if text is None else text)),
    )


def _filled_in(value: str) -> str:
    """``value``, with a letter after it when it is blank (a required field)."""
    return value if value.strip() else value + "a"


@st.composite
def dip_registers(
    draw: st.DrawFn, *, max_entries: int = 8, text: st.SearchStrategy[str] | None = None
) -> DipRegister:
    """A valid DIP: unique numbers and summaries, publications no later than its adoption.

    ``text`` draws the text fields, the numbers too (see :func:`dip_entries`); by default the
    numbers are ``001``, ``002`` … and the text is plain.
    """
    year = draw(st.integers(2011, 2060))
    adopted = draw(st.dates(min_value=date(year, 1, 1), max_value=date(year, 12, 31)))
    size = draw(st.integers(0, max_entries))
    entries = [
        draw(
            dip_entries(
                number=f"{i + 1:03d}" if text is None else None, published_by=adopted, text=text
            )
        )
        for i in range(size)
    ]
    seen: set[str] = set()
    numbers: set[str] = set()
    unique = []
    for e in entries:
        key = e.key
        if key not in seen and e.number.strip() not in numbers:
            seen.add(key)
            numbers.add(e.number.strip())
            unique.append(e)
    return DipRegister(
        body=draw(public_bodies()),
        year=year,
        adopted_on=adopted,
        entries=tuple(unique),
        revision=draw(st.integers(1, 5)),
    )


@st.composite
def dik_registers(
    draw: st.DrawFn, *, max_records: int = 4, text: st.SearchStrategy[str] | None = None
) -> DikRegister:
    """A DIK computed by ``build_dik`` from valid consequence tests with distinct numbers.

    With ``text``, the record numbers, information, documents and units of the entries are
    then replaced by its (non-blank, distinct record numbers) draws.
    """
    records = draw(
        st.lists(
            consequence_tests(max_value=date(2040, 12, 31)),
            max_size=max_records,
            unique_by=lambda r: r.number,
        )
    )
    as_of = draw(st.dates(min_value=date(2010, 5, 1), max_value=date(2060, 12, 31)))
    dik = build_dik(records, body=draw(public_bodies()), as_of=as_of)
    if text is None:
        return dik
    filled = text.map(_filled_in)
    numbers = draw(
        st.lists(filled, min_size=len(dik.entries), max_size=len(dik.entries), unique=True)
    )
    return attrs.evolve(
        dik,
        entries=tuple(
            attrs.evolve(
                e,
                record=number,
                information=draw(filled),
                source_document=draw(filled),
                unit=draw(filled),
            )
            for e, number in zip(dik.entries, numbers, strict=True)
        ),
    )


@st.composite
def finished_requests(draw: st.DrawFn) -> FinishedRequest:
    """A consistent finished request (a refusal carries its grounds)."""
    outcome = draw(st.sampled_from(RequestOutcome))
    received = draw(st.dates(min_value=date(2010, 5, 1), max_value=date(2060, 12, 31)))
    answered = received + timedelta(days=draw(st.integers(0, 60)))
    grounds: tuple[str, ...] = ()
    if outcome in (RequestOutcome.REFUSED, RequestOutcome.PARTLY_GRANTED):
        grounds = tuple(draw(st.lists(ground_codes(), min_size=1, max_size=3, unique=True)))
    return FinishedRequest(
        number=draw(texts(20)),
        received_on=received,
        answered_on=answered,
        outcome=outcome,
        refusal_grounds=grounds,
    )


# ============================================================================ hostile input
#: Pieces of text that break naive tables: formulas (CSV injection), line breaks of every
#: kind, separators, quotes, the byte-order mark, the escapes of XLSX text, what spreadsheets
#: take for numbers, dates or errors, and spaces around.
HOSTILE_PIECES: Final = (
    "=",
    "+",
    "-",
    "@",
    "'",
    "''",
    "\t",
    "\r",
    "\n",
    "\r\n",
    "\n\r",
    "\ufeff",
    ",",
    ";",
    '"',
    '""',
    " ",
    "\u00a0",
    "=1+1",
    '=HYPERLINK("http://contoh.invalid","klik")',
    "-2+3",
    "@SUM(A1)",
    "\t=1",
    "\r=1",
    "'=1",
    "_x000D_",
    "_x005F_",
    "x005F_",
    "_x005F_x000D_",
    "_x0041_",
    "_X000D_",
    "_xD800_",
    "_x00",
    "_x0041",
    "<r>",
    "</r>",
    "#N/A",
    "#REF!",
    "0123",
    "1e5",
    "-0",
    "TRUE",
    "2024-01-31",
    'r="XFD1048576"',
    '<c r="A1"/>',
    "<!DOCTYPE x>",
    "&amp;",
    "]]>",
)

_LONG_LENGTHS: Final = (32_766, 32_767, 32_768, 131_071, 131_072, 131_073)


def hostile_texts(
    *,
    max_size: int = 40,
    controls: bool = True,
    surrogates: bool = False,
    long: bool = False,
) -> st.SearchStrategy[str]:
    """Text built to break a table: :data:`HOSTILE_PIECES` mixed with any characters.

    Args:
        max_size: the most pieces and characters joined.
        controls: include control characters other than tab and line breaks (XLSX cannot
            store them; CSV and JSON can).
        surrogates: include lone surrogates (a Python ``str`` can hold them, UTF-8 cannot).
        long: sometimes a text of a length at the edge of a limit (32 767 for an XLSX cell,
            131 072 for a cell read back), starting with a formula or not.
    """
    if controls:
        chars = st.characters(exclude_categories=["Cs"])
    else:
        chars = st.characters(exclude_categories=["Cs", "Cc"], exclude_characters="\ufffe\uffff")
    if surrogates:
        chars = chars | st.characters(categories=["Cs"])
    piece = st.sampled_from(HOSTILE_PIECES) | st.text(chars, min_size=1, max_size=4)
    short = st.lists(piece, max_size=max_size).map("".join)
    if not long:
        return short
    edge = st.builds(
        lambda head, body, size: (head + body * size)[:size],
        st.sampled_from(("", "=", "'=", "\r", "_x000D_")),
        st.sampled_from(("a", "b c", "_x000D_", "\r\n", '"')),
        st.sampled_from(_LONG_LENGTHS),
    )
    return st.one_of(*[short] * 7, edge)


def _header(columns: tuple[str, ...], lang: str) -> list[str]:
    return [gettext(h, lang) for h in columns]


@st.composite
def _table_cells(draw: st.DrawFn) -> list[list[str]]:
    """A header (often the DIP's or the DIK's) and rows of hostile cells."""
    width = len(DIP_COLUMNS)
    header = draw(
        st.sampled_from(
            [
                _header(DIP_COLUMNS, "id"),
                _header(DIP_COLUMNS, "en"),
                _header(DIK_COLUMNS, "id"),
                ["a", "b"],
            ]
        )
    )
    cell = hostile_texts(max_size=6) | st.sampled_from(
        ("Berkala", "Setiap Saat", "Softcopy", "UU 14/2008 Pasal 9 ayat (2) huruf c", "2024-01-31")
    )
    rows = draw(st.lists(st.lists(cell, min_size=width - 2, max_size=width + 1), max_size=4))
    return [header, *rows]


def _quote(cell: str, how: str) -> str:
    if how == "plain":
        return cell
    quoted = '"' + cell.replace('"', '""') + '"'
    if how == "open":
        return '"' + cell
    if how == "junk":
        return quoted + "x"
    return quoted


@st.composite
def csv_inputs(draw: st.DrawFn) -> str | bytes:
    """CSV text or bytes, mostly malformed: any text or bytes; or a table with a separator
    (``,``, ``;``, tab), line ends, quoting (none, proper, unclosed, text after the closing
    quote) and byte-order mark of its own, perhaps cut short, perhaps encoded with bytes that
    are not UTF-8."""
    kind = draw(st.sampled_from(("text", "bytes", "table", "table", "table")))
    if kind == "text":
        return draw(st.text())
    if kind == "bytes":
        return draw(st.binary())
    separator = draw(st.sampled_from((",", ";", "\t")))
    line_end = st.sampled_from(("\n", "\r\n", "\r"))
    how = st.sampled_from(("plain", "quoted", "quoted", "open", "junk"))
    parts: list[str] = []
    for row in draw(_table_cells()):
        parts.append(separator.join(_quote(c, draw(how)) for c in row))
        parts.append(draw(line_end))
    text = "".join(parts)
    if draw(st.booleans()):
        text = "\ufeff" + text
    if draw(st.integers(0, 4)) == 0:
        text = text[: draw(st.integers(0, len(text)))]
    if not draw(st.booleans()):
        return text
    data = text.encode("utf-8", "surrogatepass")
    if draw(st.booleans()):
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(min_size=1, max_size=3)) + data[at:]
    return data


_JSON: Final = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | hostile_texts(max_size=5),
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(hostile_texts(max_size=3), children, max_size=3)
    ),
    max_leaves=8,
)


@st.composite
def json_inputs(draw: st.DrawFn) -> str | bytes:
    """JSON text or bytes, mostly wrong: any text; any JSON value; or a DIP table whose
    facts and cells may have the wrong type, keys or values."""
    kind = draw(st.sampled_from(("text", "value", "table", "table")))
    if kind == "text":
        return draw(st.text() | st.binary())
    if kind == "value":
        return json.dumps(draw(_JSON))
    rows = draw(_table_cells())
    header = rows[0]
    entries: list[object] = []
    for row in rows[1:]:
        entry: dict[str, object] = dict(zip(header, row, strict=False))
        if draw(st.integers(0, 5)) == 0:
            entry[draw(st.sampled_from(header))] = draw(_JSON)
        entries.append(entry)
    doc: dict[str, object] = {
        "body": "Badan Publik",
        "year": draw(st.integers(2000, 2100) | _JSON),
        "revision": draw(st.integers(0, 5) | _JSON),
        "adopted_on": draw(st.sampled_from(("2024-02-29", "2024-13-01", "")) | _JSON),
        "entries": entries if draw(st.integers(0, 5)) else draw(_JSON),
    }
    text = json.dumps(doc, ensure_ascii=draw(st.booleans()))
    return text if draw(st.booleans()) else text.encode("utf-8", "surrogatepass")


# ---------------------------------------------------------------------------- XLSX
_MAIN: Final = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELS: Final = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOC: Final = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_TYPES: Final = "application/vnd.openxmlformats-officedocument.spreadsheetml"
_DECLARATION: Final = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

_FIXED_PARTS: Final = {
    "[Content_Types].xml": (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/'
        'vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{_TYPES}.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" '
        f'ContentType="{_TYPES}.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" '
        f'ContentType="{_TYPES}.sharedStrings+xml"/>'
        f'<Override PartName="/xl/styles.xml" ContentType="{_TYPES}.styles+xml"/>'
        "</Types>"
    ),
    "_rels/.rels": (
        f'<Relationships xmlns="{_RELS}"><Relationship Id="rId1" '
        f'Type="{_DOC}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    ),
    "xl/workbook.xml": (
        f'<workbook xmlns="{_MAIN}" xmlns:r="{_DOC}"><sheets>'
        '<sheet name="DIP" sheetId="1" r:id="rId1"/></sheets></workbook>'
    ),
    "xl/_rels/workbook.xml.rels": (
        f'<Relationships xmlns="{_RELS}">'
        f'<Relationship Id="rId1" Type="{_DOC}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{_DOC}/sharedStrings" Target="sharedStrings.xml"/>'
        f'<Relationship Id="rId3" Type="{_DOC}/styles" Target="styles.xml"/>'
        "</Relationships>"
    ),
    "xl/styles.xml": (
        f'<styleSheet xmlns="{_MAIN}"><numFmts count="1">'
        '<numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>'
        '<fonts count="1"><font/></fonts><fills count="1"><fill/></fills>'
        '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>'
        '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/>'
        "</cellXfs></styleSheet>"
    ),
}

_BOMB: Final = (
    '<!DOCTYPE lol [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
)


def _letters(index: int) -> str:
    out = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        out = chr(65 + rest) + out
    return out


@st.composite
def _xlsx_cell(draw: st.DrawFn, ref: str, strings: list[str]) -> str:
    """One ``<c>`` element of any type, its text hostile, its value sometimes wrong."""
    text = draw(hostile_texts(max_size=6, controls=False))
    kind = draw(
        st.sampled_from(
            ("shared", "shared", "inline", "number", "date", "bool", "error", "str", "empty")
        )
    )
    if kind == "shared":
        strings.append(text)
        return f'<c r="{ref}" t="s"><v>{len(strings) - 1}</v></c>'
    if kind == "inline":
        return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(text)}</t></is></c>'
    if kind in ("number", "date"):
        value = draw(
            st.sampled_from(("45321", "0", "-1", "1e308", "2958466", "45321.5", "NaN", "x"))
            | st.floats(allow_nan=False).map(repr)
        )
        style = ' s="1"' if kind == "date" else ""
        return f'<c r="{ref}"{style}><v>{value}</v></c>'
    if kind == "bool":
        return f'<c r="{ref}" t="b"><v>{draw(st.sampled_from(("0", "1", "2")))}</v></c>'
    if kind == "error":
        return f'<c r="{ref}" t="e"><v>#N/A</v></c>'
    if kind == "str":
        return f'<c r="{ref}" t="str"><v>{escape(text)}</v></c>'
    return f'<c r="{ref}"/>'


_MUTATIONS: Final = (
    "none",
    "doctype",
    "bomb",
    "far-cell",
    "no-positions",
    "lower-case",
    "drop-part",
    "garbage-part",
    "utf-16",
    "truncate",
    "flip",
)


@st.composite
def xlsx_inputs(draw: st.DrawFn) -> bytes:
    """XLSX bytes, mostly hostile: a workbook built by hand (shared and inline strings,
    numbers, dates, booleans, errors, formula results, empty cells, text full of escapes;
    often the DIP's header), then perhaps broken — a DOCTYPE or a *billion laughs* entity,
    a cell far away, cells without positions, a part dropped, garbled or in UTF-16, the zip
    cut short or with flipped bytes; or any bytes at all."""
    if draw(st.integers(0, 9)) == 0:
        return draw(st.binary())
    strings: list[str] = []
    rows: list[str] = []
    header = draw(st.sampled_from((_header(DIP_COLUMNS, "id"), _header(DIP_COLUMNS, "en"), None)))
    start = 1
    if header is not None:
        cells = "".join(
            f'<c r="{_letters(i)}1" t="inlineStr"><is><t>{escape(h)}</t></is></c>'
            for i, h in enumerate(header)
        )
        rows.append(f'<row r="1">{cells}</row>')
        start = 2
    for r in range(start, start + draw(st.integers(0, 3))):
        width = draw(st.integers(0, len(DIP_COLUMNS) + 1))
        cells = "".join(draw(_xlsx_cell(f"{_letters(i)}{r}", strings)) for i in range(width))
        rows.append(f'<row r="{r}">{cells}</row>')
    mutation = draw(st.sampled_from(_MUTATIONS))
    if mutation == "far-cell":
        far = draw(st.sampled_from(("XFD1048576", "ZZ999999", "A9999999", "AAAA1", "B100")))
        rows.append(
            f'<row r="{"".join(c for c in far if c.isdigit())}"><c r="{far}"><v>1</v></c></row>'
        )
    sheet = f'<worksheet xmlns="{_MAIN}"><sheetData>{"".join(rows)}</sheetData></worksheet>'
    if mutation == "no-positions":
        sheet = sheet.replace(' r="', ' data-r="')
    if mutation == "lower-case":
        sheet = sheet.replace(' r="A', ' r="a')
    shared = "".join(f'<si><t xml:space="preserve">{escape(t)}</t></si>' for t in strings)
    parts = {
        **_FIXED_PARTS,
        "xl/worksheets/sheet1.xml": sheet,
        "xl/sharedStrings.xml": f'<sst xmlns="{_MAIN}" count="{len(strings)}">{shared}</sst>',
    }
    encoded = {name: (_DECLARATION + xml).encode("utf-8") for name, xml in parts.items()}
    target = draw(st.sampled_from(sorted(encoded)))
    if mutation in ("doctype", "bomb"):
        dtd = _BOMB if mutation == "bomb" else '<!DOCTYPE x SYSTEM "file:///etc/passwd">'
        body = parts[target]
        if mutation == "bomb" and target == "xl/sharedStrings.xml":
            body = body.replace("<si>", "<si><t>&c;</t>", 1) if strings else body
        encoded[target] = (_DECLARATION + dtd + body).encode("utf-8")
    elif mutation == "drop-part":
        del encoded[target]
    elif mutation == "garbage-part":
        encoded[target] = draw(st.binary(max_size=64))
    elif mutation == "utf-16":
        encoded[target] = parts[target].encode("utf-16")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in encoded.items():
            archive.writestr(name, data)
    data = out.getvalue()
    if mutation == "truncate":
        data = data[: draw(st.integers(0, len(data)))]
    elif mutation == "flip" and data:
        flip: Callable[[int], int] = lambda b: b ^ draw(st.integers(1, 255))  # noqa: E731
        at = draw(st.integers(0, len(data) - 1))
        data = data[:at] + bytes([flip(data[at])]) + data[at + 1 :]
    return data
