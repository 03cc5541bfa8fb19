"""How a district dresses the documents it signs: the value type of ``kiplib_document_style``.

A :class:`DocumentStyle` carries the *kop surat* (letterhead lines), the signature blocks a
district requires on each document (:class:`Signatory`, e.g. the Sekda's approval), the
pattern of its letter numbers (``"{seq:03d}/PPID/{year}"``) and, optionally, replacement
templates by file name. Like every plugin contribution it carries the :class:`~kiplib.Citation`
of the regulation it comes from and, when something was not read in that regulation, an
``assumption`` in Bahasa Indonesia.

The national default (:data:`NATIONAL_STYLE`) has no letterhead beyond the body's name, no extra
signatories and the plain numbering ``{seq}/{document}/{year}``. :func:`merge_styles` lays the
styles of the plugins that govern a body over it, widest scope first: letterhead, numbering and
citation come from the narrowest scope that sets them, templates are replaced by name, and
signature blocks are joined (a narrower scope may add signatories, never remove them).

This module needs no Jinja2: template sources are only stored here and compiled when a document
is rendered (:mod:`kiplib.documents`).
"""

from __future__ import annotations

import enum
import re
import string
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Final

import attrs

from kiplib.errors import InvalidInputError
from kiplib.i18n import N_, gettext
from kiplib.law.citation import Citation
from kiplib.law.roles import Role

__all__ = [
    "NATIONAL_STYLE",
    "NUMBERING_FIELDS",
    "NUMBERING_MAX_WIDTH",
    "NUMBER_MAX_LENGTH",
    "TEMPLATE_NAMES",
    "DocumentKind",
    "DocumentStyle",
    "Signatory",
    "merge_styles",
    "numbering_problem",
    "roman_month",
]


class DocumentKind(enum.Enum):
    """The documents kiplib renders; the value is the stem of their template files."""

    #: *Surat penetapan klasifikasi informasi yang dikecualikan* (PP 61/2010 Pasal 4).
    CLASSIFICATION_DECISION = "surat_penetapan"
    #: *Berita acara / lembar uji konsekuensi* (UU 14/2008 Pasal 19; PP 61/2010 Pasal 3).
    CONSEQUENCE_TEST_MINUTES = "berita_acara"
    #: *Daftar Informasi Publik* (UU 14/2008 Pasal 11 ayat (1) huruf a).
    DIP = "dip"
    #: *Daftar Informasi yang Dikecualikan*.
    DIK = "dik"
    #: *Laporan tahunan layanan informasi publik* (UU 14/2008 Pasal 12; Perki 1/2021 Pasal 56).
    ANNUAL_REPORT = "laporan_tahunan"

    def title(self, lang: str = "id") -> str:
        """The document's title, in ``lang``."""
        return gettext(_TITLES[self], lang)

    @property
    def code(self) -> str:
        """A short code for letter numbers (``{document}`` in a numbering pattern)."""
        return _CODES[self]


_TITLES: Final = {
    DocumentKind.CLASSIFICATION_DECISION: N_(
        "Surat Penetapan Klasifikasi Informasi yang Dikecualikan"
    ),
    DocumentKind.CONSEQUENCE_TEST_MINUTES: N_("Berita Acara Uji Konsekuensi"),
    DocumentKind.DIP: N_("Daftar Informasi Publik"),
    DocumentKind.DIK: N_("Daftar Informasi yang Dikecualikan"),
    DocumentKind.ANNUAL_REPORT: N_("Laporan Tahunan Layanan Informasi Publik"),
}
_CODES: Final = {
    DocumentKind.CLASSIFICATION_DECISION: "SPK",
    DocumentKind.CONSEQUENCE_TEST_MINUTES: "BA-UK",
    DocumentKind.DIP: "DIP",
    DocumentKind.DIK: "DIK",
    DocumentKind.ANNUAL_REPORT: "LT",
}

#: Every template file a style may replace: one HTML and one Markdown file per document, and
#: the two bases (page, print CSS for A4, letterhead, signature blocks).
TEMPLATE_NAMES: Final = frozenset(
    {"_base.html.j2", "_base.md.j2"}
    | {f"{k.value}.{ext}.j2" for k in DocumentKind for ext in ("html", "md")}
)

_ROMAN: Final = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def roman_month(d: date) -> str:
    """The month in Roman numerals, as Indonesian letter numbers write it (``III``)."""
    return _ROMAN[d.month - 1]


@attrs.frozen
class Signatory:
    """A signature block: the caption above it, the position, and (if known) name and NIP.

    A district's style names positions (``"Sekretaris Daerah Kabupaten Karanganyar"``) and,
    better, their :class:`~kiplib.Role`: when someone in the record already signs in that
    role (or under that exact position) the block is not repeated; otherwise it is added
    with the name left blank for a handwritten name.

    Attributes:
        caption: the line above the signature (``"Menyetujui,"``), in Bahasa Indonesia.
        position: *jabatan*.
        name: the person's name, or ``None`` to leave it blank.
        nip: *Nomor Induk Pegawai*, for civil servants.
        role: the capacity in which the block is signed (Sekda, Kepala OPD …), if known.
    """

    caption: str
    position: str
    name: str | None = None
    nip: str | None = None
    role: Role | None = None


def _lines(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    return tuple(value)


def _signatories(
    value: Mapping[DocumentKind, Iterable[Signatory]]
    | Mapping[str, Iterable[Signatory]]
    | Iterable[tuple[DocumentKind, tuple[Signatory, ...]]],
) -> tuple[tuple[DocumentKind, tuple[Signatory, ...]], ...]:
    pairs: Iterable[tuple[DocumentKind | str, Iterable[Signatory]]] = (
        value.items() if isinstance(value, Mapping) else value
    )
    found: dict[DocumentKind, tuple[Signatory, ...]] = {}
    for kind, blocks in pairs:
        try:
            key = DocumentKind(kind.value if isinstance(kind, DocumentKind) else kind)
        except ValueError:
            raise InvalidInputError(
                field="signatories",
                value=repr(kind),
                reason=N_("jenis dokumen tidak dikenal"),
            ) from None
        found[key] = found.get(key, ()) + tuple(blocks)
    return tuple(sorted(found.items(), key=lambda kv: kv[0].value))


def _templates(
    value: Mapping[str, str] | Iterable[tuple[str, str]],
) -> tuple[tuple[str, str], ...]:
    pairs = dict(value.items() if isinstance(value, Mapping) else value)
    return tuple(sorted(pairs.items()))


#: The longest numbering pattern, and the longest letter number it may give (characters):
#: a letter number fits on one line of a letter.
NUMBER_MAX_LENGTH: Final = 100
#: The widest field (``{seq:05d}``: 5) and the most digits after the point a numbering
#: pattern may ask for.
NUMBERING_MAX_WIDTH: Final = 20

#: The names a numbering pattern may use.
NUMBERING_FIELDS: Final = frozenset({"seq", "year", "month", "roman_month", "document"})

_DIGITS: Final = re.compile(r"\d+")
_SAMPLE_DATE: Final = date(2025, 12, 31)


def _shown(value: object) -> str:
    if isinstance(value, int) and value.bit_length() > 256:
        return f"<{value.bit_length()}-bit number>"  # too long to print (or to print at all)
    if isinstance(value, str) and len(value) > 80:
        value = value[:77]
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def numbering_problem(pattern: object) -> str | None:
    """Why ``pattern`` cannot number letters (a message in Bahasa Indonesia, with the
    placeholders of :data:`NUMBER_MAX_LENGTH` and :data:`NUMBERING_MAX_WIDTH`), or ``None``.

    A pattern is text of at most :data:`NUMBER_MAX_LENGTH` characters with ``{seq}`` and no
    other fields than :data:`NUMBERING_FIELDS` (no attribute or index of them, no field inside a
    format spec), no width or precision over :data:`NUMBERING_MAX_WIDTH`, and it fills to a
    number of at most :data:`NUMBER_MAX_LENGTH` characters even for a nine-digit ``seq``.

    Examples:
        >>> numbering_problem("{seq:03d}/PPID/{roman_month}/{year}") is None
        True
        >>> try:
        ...     DocumentStyle(numbering="{seq:>100000000}")
        ... except InvalidInputError as err:
        ...     print(err.message("en"))
        numbering: the value '{seq:>100000000}' is not acceptable: a field's width or
        precision is at most 20
    """
    if not isinstance(pattern, str) or len(pattern) > NUMBER_MAX_LENGTH:
        return N_("pola nomor harus teks paling panjang {max_length} karakter")
    try:
        fields = [f for _, f, _, _ in string.Formatter().parse(pattern) if f is not None]
        specs = [spec or "" for _, f, spec, _ in string.Formatter().parse(pattern) if f]
    except ValueError:
        return N_("kurung kurawal pola nomor tidak seimbang")
    if "seq" not in fields:
        return N_("pola nomor harus memuat {seq}")
    if any(f not in NUMBERING_FIELDS for f in fields):
        return N_(
            "pola nomor hanya boleh memakai {seq}, {year}, {month}, {roman_month} dan {document}"
        )
    for spec in specs:
        if "{" in spec or "}" in spec:
            return N_("format kolom pola nomor tidak boleh memuat kolom lain")
        if any(int(d) > NUMBERING_MAX_WIDTH for d in _DIGITS.findall(spec)):
            return N_("lebar atau presisi kolom paling banyak {max_width}")
    try:
        longest = _fill(pattern, 999_999_999, _SAMPLE_DATE, "BA-UK")
    except (KeyError, IndexError, ValueError, TypeError):
        return N_("format kolom pola nomor tidak sah")
    if len(longest) > NUMBER_MAX_LENGTH:
        return N_("nomor yang dihasilkan pola paling panjang {max_length} karakter")
    return None


def _fill(pattern: str, seq: int, on: date, document: str) -> str:
    return pattern.format(
        seq=seq, year=on.year, month=on.month, roman_month=roman_month(on), document=document
    )


def _check_numbering(
    _inst: object, attribute: attrs.Attribute[str | None], value: str | None
) -> None:
    if value is None:
        return
    problem = numbering_problem(value)
    if problem is not None:
        raise InvalidInputError(
            field=attribute.name,
            value=_shown(value),
            reason=problem,
            max_length=NUMBER_MAX_LENGTH,
            max_width=NUMBERING_MAX_WIDTH,
        )


def _check_template_names(
    _inst: object,
    attribute: attrs.Attribute[tuple[tuple[str, str], ...]],
    value: tuple[tuple[str, str], ...],
) -> None:
    for name, source in value:
        if name not in TEMPLATE_NAMES or not isinstance(source, str):
            raise InvalidInputError(
                field=attribute.name,
                value=repr(name),
                reason=N_("nama templat tidak dikenal; lihat kiplib.documents.TEMPLATE_NAMES"),
            )


@attrs.frozen
class DocumentStyle:
    """How the documents of the bodies in a scope look (*kop surat*, signatories, numbering).

    Attributes:
        citation: the regulation the style comes from (required of a plugin).
        letterhead: the lines of the kop surat, top to bottom (``"PEMERINTAH KABUPATEN
            KARANGANYAR"``); the body's own name is always shown under them.
        signatories: extra signature blocks per document (a mapping from
            :class:`DocumentKind` or its value to :class:`Signatory` blocks).
        numbering: the pattern of letter numbers, with ``{seq}`` (required, format spec
            allowed: ``{seq:03d}``), ``{year}``, ``{month}``, ``{roman_month}`` and
            ``{document}`` (:attr:`DocumentKind.code`); bounded (:func:`numbering_problem`):
            at most :data:`NUMBER_MAX_LENGTH` characters, widths up to
            :data:`NUMBERING_MAX_WIDTH`.
        templates: replacement template sources by file name (:data:`TEMPLATE_NAMES`).
        assumption: what was not read in the regulation, in Bahasa Indonesia.
        source: the plugin the style (or its narrowest part) comes from; set when loaded.

    Examples:
        >>> style = DocumentStyle(numbering="{seq:03d}/PPID/{roman_month}/{year}")
        >>> from datetime import date
        >>> style.number(7, date(2025, 3, 14), DocumentKind.DIK)
        '007/PPID/III/2025'
    """

    citation: Citation | None = None
    letterhead: tuple[str, ...] = attrs.field(default=(), converter=_lines)
    signatories: tuple[tuple[DocumentKind, tuple[Signatory, ...]], ...] = attrs.field(
        default=(), converter=_signatories
    )
    numbering: str | None = attrs.field(default=None, validator=_check_numbering)
    templates: tuple[tuple[str, str], ...] = attrs.field(
        default=(), converter=_templates, validator=_check_template_names
    )
    assumption: str | None = None
    source: str = ""

    def signatories_for(self, kind: DocumentKind) -> tuple[Signatory, ...]:
        """The extra signature blocks the style requires on ``kind``."""
        for k, blocks in self.signatories:
            if k is kind:
                return blocks
        return ()

    def number(self, seq: int, on: date, kind: DocumentKind) -> str:
        """A letter number: ``seq`` (the body's running number) formatted with the pattern.

        Raises:
            kiplib.errors.InvalidInputError: ``seq`` not a whole number from 1, ``on`` not a
                date, ``kind`` not a :class:`DocumentKind`, or a number longer than
                :data:`NUMBER_MAX_LENGTH` characters.
        """
        if isinstance(seq, bool) or not isinstance(seq, int) or seq < 1:
            raise InvalidInputError(
                field="seq", value=_shown(seq), reason=N_("nomor urut mulai dari 1")
            )
        if not isinstance(on, date):
            raise InvalidInputError(
                field="on", value=_shown(on), reason=N_("harus berupa tanggal (date)")
            )
        if not isinstance(kind, DocumentKind):
            raise InvalidInputError(
                field="kind", value=_shown(kind), reason=N_("jenis dokumen tidak dikenal")
            )
        too_long = N_("nomor yang dihasilkan pola paling panjang {max_length} karakter")
        # Checked before it is written out: a number of a million digits is never made.
        if seq.bit_length() > 4 * NUMBER_MAX_LENGTH:
            raise InvalidInputError(
                field="seq", value=_shown(seq), reason=too_long, max_length=NUMBER_MAX_LENGTH
            )
        pattern = self.numbering or _NATIONAL_NUMBERING
        number = _fill(pattern, seq, on, kind.code)
        if len(number) > NUMBER_MAX_LENGTH:
            raise InvalidInputError(
                field="seq", value=_shown(seq), reason=too_long, max_length=NUMBER_MAX_LENGTH
            )
        return number

    def explain(self, lang: str = "id") -> str:
        """Where the style comes from: plugin, citation and any assumption."""
        lines = [gettext("Format dokumen: {source}", lang).format(source=self.source or "kiplib")]
        if self.citation is not None:
            lines.append(gettext("Dasar hukum: {citation}", lang).format(citation=self.citation))
        if self.assumption:
            lines.append(gettext("Asumsi: {text}", lang).format(text=self.assumption))
        return "\n".join(lines)


_NATIONAL_NUMBERING: Final = "{seq}/{document}/{year}"

#: The national default: the body's name as the only heading, the signatories of the record.
#: No regulation sets how the documents look (PP 61/2010 Pasal 4 sets what a surat penetapan
#: contains, and each document cites its own basis: ``kiplib.documents.LEGAL_BASIS``), so the
#: national style cites none.
NATIONAL_STYLE: Final = DocumentStyle(source="kiplib")


def merge_styles(styles: Sequence[DocumentStyle]) -> DocumentStyle:
    """The styles of the plugins that govern a body, widest scope first, laid over one another.

    Letterhead, numbering, citation, assumption and source come from the narrowest style that
    sets them; templates are replaced by file name; signature blocks are joined, a position
    named twice keeping its first block.
    """
    merged = NATIONAL_STYLE
    for style in styles:
        signatories: dict[DocumentKind, tuple[Signatory, ...]] = dict(merged.signatories)
        for kind, blocks in style.signatories:
            known = {b.position.casefold() for b in signatories.get(kind, ())}
            extra = tuple(b for b in blocks if b.position.casefold() not in known)
            signatories[kind] = signatories.get(kind, ()) + extra
        merged = DocumentStyle(
            citation=style.citation or merged.citation,
            letterhead=style.letterhead or merged.letterhead,
            signatories=signatories,
            numbering=style.numbering or merged.numbering,
            templates={**dict(merged.templates), **dict(style.templates)},
            assumption=style.assumption or merged.assumption,
            source=style.source or merged.source,
        )
    return merged
