"""The bounds on the register tables kiplib reads and writes (CSV, JSON and XLSX).

A table comes from outside — a spreadsheet a clerk saved, a file uploaded to a portal — so
the readers refuse, with a :class:`~kiplib.errors.RegisterImportError` that names the row and
column where they can, anything larger than these bounds before it can exhaust memory or time:

* :data:`MAX_INPUT_SIZE` — the CSV or JSON text (characters, or bytes when bytes are given)
  or the XLSX file (bytes);
* :data:`MAX_ROWS` — data rows of a table (the header is not counted);
* :data:`MAX_CELL_CHARS` — the characters of one cell when it is read;
* :data:`MAX_XLSX_UNCOMPRESSED` — the parts of an XLSX workbook once uncompressed, together
  (a zip bomb is a small file with a huge sheet inside);
* :data:`MAX_XLSX_PARTS` — the files inside an XLSX workbook;
* :data:`MAX_XLSX_CELLS` — the rectangle of cells a sheet spans (a reader may hold a dense
  grid of it in memory, so a sheet with one cell in A1 and one in XFD1048576 is refused).

Reading is linear in the size of the input, so these bounds bound its time too. The writers
refuse to write what the readers would refuse to read: a register with more than
:data:`MAX_ROWS` entries, a cell longer than :data:`MAX_CELL_CHARS` (CSV and JSON) or than
:data:`XLSX_MAX_CELL_CHARS` (the most a spreadsheet cell holds), or a result larger than
:data:`MAX_INPUT_SIZE`.

Examples:
    >>> from kiplib.registers import limits
    >>> limits.MAX_ROWS, limits.MAX_CELL_CHARS, limits.XLSX_MAX_CELL_CHARS
    (1000000, 131072, 32767)
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "MAX_CELL_CHARS",
    "MAX_INPUT_SIZE",
    "MAX_ROWS",
    "MAX_XLSX_CELLS",
    "MAX_XLSX_PARTS",
    "MAX_XLSX_UNCOMPRESSED",
    "XLSX_MAX_CELL_CHARS",
]

#: The largest CSV or JSON text (characters; bytes when bytes are given) or XLSX file (bytes):
#: 200 MB.
MAX_INPUT_SIZE: Final = 200_000_000

#: The most data rows a table may have (a province's DIP has tens of thousands).
MAX_ROWS: Final = 1_000_000

#: The longest cell a reader accepts, in characters (the default field limit of Python's
#: ``csv`` module, 128 Ki).
MAX_CELL_CHARS: Final = 131_072

#: The longest text a spreadsheet cell holds (Excel's limit); longer text is refused by the
#: XLSX writers instead of being cut.
XLSX_MAX_CELL_CHARS: Final = 32_767

#: The most bytes the parts of an XLSX workbook may hold once uncompressed, together: 1 GB.
MAX_XLSX_UNCOMPRESSED: Final = 1_000_000_000

#: The most files an XLSX workbook (a zip archive) may hold.
MAX_XLSX_PARTS: Final = 10_000

#: The most cells the rectangle of a sheet may span (rows × columns, empty cells included):
#: 2**25, thirty-two columns for each of the 1 048 576 rows a spreadsheet has.
MAX_XLSX_CELLS: Final = 33_554_432
