"""The documents an office signs, rendered from kiplib's records as HTML or Markdown.

* :func:`render_classification_decision` — the *surat penetapan klasifikasi informasi yang
  dikecualikan* from a :class:`~kiplib.ConsequenceTest`: the six elements of
  PP 61/2010 Pasal 4 ayat (2) (huruf a–f, each with its citation), the number, the
  pimpinan's approval (Pasal 3 ayat (2)) and the PPID's signature.
* :func:`render_consequence_test_minutes` — the *berita acara / lembar uji konsekuensi*:
  participants, grounds with their citations, legal basis, harm and public-interest analysis,
  outcome, blacked-out parts and a signature block for every signatory (name, position, NIP).
* :func:`render_dip` and :func:`render_dik` — the two registers in the column layout PPIDs
  publish (the columns of :mod:`kiplib.registers.columns`).
* :func:`render_annual_report` — the *laporan tahunan layanan informasi publik* from
  :class:`~kiplib.ServiceStatistics`: the four items of UU 14/2008 Pasal 12 (huruf a–d)
  and the due date of 31 March (Perki 1/2021 Pasal 56).

Every function is pure: records in, ``str`` out — no files, no clock. Texts are in Bahasa
Indonesia; ``lang="en"`` translates kiplib's own labels (the records' texts stay as written).
HTML is autoescaped and carries print CSS for A4; in Markdown every value is escaped (pipes,
backslashes, brackets, ``<``, newlines, what would open a block at the start of a line), so a
record's text can never become markup; in both, control characters and lone surrogates become
U+FFFD (:func:`clean_text`).

A document to sign is made only from a record that passes its check (a consequence test
:func:`kiplib.exemption.check` accepts, a DIP :func:`kiplib.registers.check_dip` accepts);
otherwise :class:`~kiplib.errors.DocumentRecordError` names every problem. ``draft=True``
renders a *konsep* instead, marked KONSEP on every page and in the provenance note. The
provenance note of every document cites its own legal basis (:data:`LEGAL_BASIS`) and the
source of its format.

A district dresses its documents through the ``kiplib_document_style`` hook (kop surat,
required signatories, numbering, replacement templates): the style of a body comes from the
rule book (``rules=``); pass ``style=`` to use another one.

The templates (Jinja2, package data under ``kiplib/documents/templates``) need the optional extra
``kiplib[documents]``; without Jinja2 every function raises
:class:`~kiplib.errors.MissingDependencyError`.

Examples:
    >>> from kiplib.documents import render_classification_decision
    >>> from kiplib.testing import example
    >>> record = example("consequence_test")
    >>> text = render_classification_decision(record, format="markdown")
    >>> print(next(line for line in text.splitlines() if line.startswith("# ")))
    # SURAT PENETAPAN KLASIFIKASI INFORMASI YANG DIKECUALIKAN
    >>> "PP 61/2010 Pasal 4 ayat (2) huruf f" in text
    True
"""

from __future__ import annotations

from kiplib.documents.contexts import LEGAL_BASIS, format_number
from kiplib.documents.engine import FORMATS, Format, clean_text, escape_markdown
from kiplib.documents.render import (
    record_type,
    render,
    render_annual_report,
    render_classification_decision,
    render_consequence_test_minutes,
    render_dik,
    render_dip,
)
from kiplib.rulebook.styles import TEMPLATE_NAMES, DocumentKind, DocumentStyle, Signatory

__all__ = [
    "FORMATS",
    "LEGAL_BASIS",
    "TEMPLATE_NAMES",
    "DocumentKind",
    "DocumentStyle",
    "Format",
    "Signatory",
    "clean_text",
    "escape_markdown",
    "format_number",
    "record_type",
    "render",
    "render_annual_report",
    "render_classification_decision",
    "render_consequence_test_minutes",
    "render_dik",
    "render_dip",
]
