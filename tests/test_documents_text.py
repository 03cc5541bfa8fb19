"""Text from a record stays text: rendering a document with hostile text in any field and
parsing the result gives the same structure as with a plain word in that field, and the text
itself, as written, in the same cell or paragraph.

Markdown is parsed with a CommonMark parser (markdown-it-py, with the GitHub tables and
strikethrough that sites add), HTML with the standard library's parser.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date
from html.parser import HTMLParser
from typing import Any

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from district import BODY, consequence_tests, dip_2025, requests_2024
from kiplib import Citation
from kiplib.documents import (
    DocumentKind,
    DocumentStyle,
    Format,
    Signatory,
    clean_text,
    render,
)
from kiplib.duties import RequestTime, service_statistics
from kiplib.exemption import ConsequenceTest, Timing
from kiplib.registers import DikRegister, DipRegister, build_dik

#: A plain word that stands for the field in the reference rendering.
MARKER = "ZQXMARKERZQX"

#: What Markdown and HTML make structure of, and what breaks lines or files.
PIECES = (
    "| a",
    "|",
    "\\|",
    "+ tambah",
    "- butir",
    "* bintang",
    "1. satu",
    "2) dua",
    "# judul",
    "## sub",
    "> kutipan",
    "---",
    "===",
    "***",
    "___",
    "`kode`",
    "```",
    "~~~",
    "~~coret~~",
    "*miring*",
    "**tebal**",
    "_garis_",
    "[tautan](http://x.id)",
    "![gambar](x.png)",
    "<http://x.id>",
    "[ref]: http://x.id",
    "<b>",
    "</td>",
    "<script>alert(1)</script>",
    "<!--",
    "-->",
    "&amp;",
    "&#42;",
    "&lt;",
    "\\",
    "\\*",
    "{{ x }}",
    "{% if %}",
    "    kode",
    "\t",
    "  ",
    "\n",
    "\r\n",
    "\r",
    "\x0b",
    "\u2028",
    "\x00",
    "\ud800",
    "\x1b",
    "  \n",
    ":---:",
    "www.x.id",
    "é",
    "Ⅷ",
)

hostile = (
    st.lists(st.sampled_from(PIECES) | st.text(max_size=4), min_size=1, max_size=8)
    .map("".join)
    .filter(lambda s: bool(s.strip() and clean_text(s).strip()))
)


# ----------------------------------------------------------------------------- records
#: ``text(field)``: the value to put in a field (the same hostile value everywhere, or one
#: marker per field to see that each field reaches the document).
Text = Callable[[str], str]

PERDA = Citation("Perbup Contoh 7/2025", pasal=3)


def _style(text: Text, kind: str) -> DocumentStyle:
    return DocumentStyle(
        citation=PERDA,
        letterhead=(text("style.letterhead"),),
        signatories={
            kind: (
                Signatory(
                    text("style.caption"),
                    text("style.position"),
                    text("style.name"),
                    text("style.nip"),
                ),
            )
        },
        assumption=text("style.assumption"),
        source="contoh",
    )


def _record(text: Text) -> ConsequenceTest:
    base = consequence_tests()[0]
    people = [
        attrs.evolve(p, name=text(f"signatories[{i}].name")) for i, p in enumerate(base.signatories)
    ]
    people[0] = attrs.evolve(
        people[0], position=text("signatories[0].position"), nip=text("signatories[0].nip")
    )
    return attrs.evolve(
        base,
        body=attrs.evolve(base.body, name=text("body.name")),
        number=text("number"),
        unit=text("unit"),
        information=text("information"),
        source_document=text("source_document"),
        place=text("place"),
        harm_analysis=text("harm_analysis"),
        public_interest=text("public_interest"),
        timing=Timing.ON_REQUEST,
        reference=text("reference"),
        replaces=text("replaces"),
        ppid=attrs.evolve(base.ppid, name=text("ppid.name"), position=text("ppid.position")),
        approval=attrs.evolve(
            base.approval,
            official=attrs.evolve(
                base.approval.official,
                name=text("approval.name"),
                position=text("approval.position"),
            ),
        ),
        signatories=tuple(people),
        legal_basis=(
            attrs.evolve(base.legal_basis[0], title=text("legal_basis[0].title")),
            *base.legal_basis[1:],
        ),
        redactions=(
            attrs.evolve(base.redactions[0], part=text("redactions[0].part")),
            *base.redactions[1:],
        ),
    )


def _dip(text: Text) -> DipRegister:
    register = dip_2025()
    fields = ("number", "summary", "holder", "responsible", "time_and_place", "retention", "note")
    changes: dict[str, Any] = {f: text(f"entries[0].{f}") for f in fields}
    first = attrs.evolve(register.entries[0], **changes)
    return attrs.evolve(
        register,
        body=attrs.evolve(register.body, name=text("body.name")),
        entries=(first, *register.entries[1:]),
    )


def _dik(text: Text) -> DikRegister:
    register = build_dik(consequence_tests(), body=BODY, as_of=date(2025, 3, 31))
    fields = ("record", "information", "source_document", "unit")
    changes: dict[str, Any] = {f: text(f"entries[0].{f}") for f in fields}
    first = attrs.evolve(register.entries[0], **changes)
    return attrs.evolve(register, entries=(first, *register.entries[1:]))


STATS = service_statistics(requests_2024(), year=2024, body=BODY)

Scenario = Callable[[Text], tuple[object, dict[str, Any]]]

#: Each document with a value in every text field it shows, and in the district's style.
SCENARIOS: dict[DocumentKind, Scenario] = {
    DocumentKind.CLASSIFICATION_DECISION: lambda t: (
        _record(t),
        {"style": _style(t, "surat_penetapan")},
    ),
    DocumentKind.CONSEQUENCE_TEST_MINUTES: lambda t: (
        _record(t),
        {"style": _style(t, "berita_acara"), "number": t("number given")},
    ),
    DocumentKind.DIP: lambda t: (
        _dip(t),
        {"style": _style(t, "dip"), "number": t("number given"), "place": t("place given")},
    ),
    DocumentKind.DIK: lambda t: (
        _dik(t),
        {
            "place": t("place given"),
            "signed_by": (Signatory(t("caption"), t("position"), t("name"), t("nip")),),
        },
    ),
    DocumentKind.ANNUAL_REPORT: lambda t: (
        attrs.evolve(STATS, times=(RequestTime(t("times[0].number"), 3), *STATS.times[1:])),
        {
            "body": attrs.evolve(BODY, name=t("body.name")),
            "signed_on": date(2025, 3, 20),
            "place": t("place given"),
            "style": _style(t, "laporan_tahunan"),
        },
    ),
}


def rendered(kind: DocumentKind, text: Text, fmt: Format) -> str:
    record, options = SCENARIOS[kind](text)
    # A draft renders whatever the record holds (a hostile value may break a rule).
    return render(kind, record, format=fmt, draft=True, **options)


# ----------------------------------------------------------------------------- Markdown
MD = MarkdownIt("commonmark").enable(["table", "strikethrough"])


def plain(inline: Token) -> str:
    """What a reader sees of an inline run: its text, ``<br>`` as a line break; any other
    element appears as its name, so structure made of a value shows up."""
    out = []
    for child in inline.children or ():
        if child.type == "text":
            out.append(child.content)
        elif child.type == "html_inline" and child.content == "<br>":
            out.append("\n")
        elif child.type in ("strong_open", "strong_close"):
            out.append("")  # the templates' own bold (letterhead, outcome, draft note)
        else:
            out.append(f"<{child.type}:{child.content}>")
    return "".join(out)


def shape(tokens: list[Token]) -> list[tuple[str, str, int]]:
    """The blocks and the inline elements, without the text."""
    out: list[tuple[str, str, int]] = []
    for t in tokens:
        out.append((t.type, t.tag, t.nesting))
        for c in t.children or ():
            if c.type != "text" and not (c.type == "html_inline" and c.content == "<br>"):
                out.append((c.type, c.tag, c.nesting))
    return out


def expected(value: str) -> str:
    return clean_text(value).strip()


def spaced(text: str) -> str:
    """``text`` without its whitespace (line breaks too)."""
    return "".join(text.split())


@functools.cache
def reference(kind: DocumentKind, fmt: Format) -> str:
    return rendered(kind, lambda _field: MARKER, fmt)


def check_markdown(kind: DocumentKind, value: str) -> None:
    plain_doc = MD.parse(reference(kind, "markdown"))
    odd_doc = MD.parse(rendered(kind, lambda _field: value, "markdown"))
    assert shape(odd_doc) == shape(plain_doc)
    want = expected(value)
    found = False
    for a, b in zip(plain_doc, odd_doc, strict=True):
        if a.type == "html_block":
            # The provenance note: one comment, whatever the value (it lists a draft's
            # problems, which depend on the value).
            assert b.content.startswith("<!-- ") and b.content.endswith(" -->\n")
            assert b.content.count("-->") == 1
            continue
        if a.type != "inline":
            continue
        reference_text, seen = plain(a), plain(b)
        # Every character of the value, in place. Whitespace at a value's ends is stripped
        # where the value is escaped, on its own or with the text kiplib joined it to
        # (``information (dokumen sumber: source)``), so the text compares without it; a
        # value alone in its cell or paragraph compares exactly.
        cleaned = clean_text(value)
        candidates = {
            spaced(reference_text.replace(MARKER, cleaned)),
            spaced(reference_text.replace(MARKER, cleaned.upper())),
        }
        assert spaced(seen) in candidates, (reference_text, seen)
        if reference_text == MARKER:
            assert seen in {want, want.upper()}
        found = found or MARKER in reference_text
    assert found, "the value is shown nowhere"


@pytest.mark.parametrize("kind", list(DocumentKind))
@given(value=hostile)
@example(value="| a\n+ tambah\n1. satu\n# judul\n`x` *y* <b>z</b> [t](u) \\")
@example(value="---")
@example(value="1) satu")
def test_markdown_shows_hostile_text_as_text(kind: DocumentKind, value: str) -> None:
    check_markdown(kind, value)


# ----------------------------------------------------------------------------- HTML
class _Shape(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, str]] = []
        self.texts: list[str] = []
        self._text: list[str] = []

    def _flush(self) -> None:
        if self._text:
            self.texts.append("".join(self._text))
            self._text = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._flush()
        self.tags.append(("<", tag))

    def handle_endtag(self, tag: str) -> None:
        self._flush()
        self.tags.append((">", tag))

    def handle_data(self, data: str) -> None:
        self._text.append(data)

    def handle_comment(self, data: str) -> None:
        self._flush()
        self.tags.append(("!", "comment"))

    def close(self) -> None:
        super().close()
        self._flush()


def parse_html(text: str) -> _Shape:
    parser = _Shape()
    parser.feed(text)
    parser.close()
    return parser


@pytest.mark.parametrize("kind", list(DocumentKind))
@given(value=hostile)
@example(value="<script>alert(1)</script></td><!-- &amp; \ud800")
def test_html_shows_hostile_text_as_text(kind: DocumentKind, value: str) -> None:
    plain_doc = parse_html(reference(kind, "html"))
    odd = parse_html(rendered(kind, lambda _field: value, "html"))
    assert odd.tags == plain_doc.tags
    want = clean_text(value)
    assert len(odd.texts) == len(plain_doc.texts)
    found = False
    for a, b in zip(plain_doc.texts, odd.texts, strict=True):
        found = found or MARKER in a
        # The provenance lists a draft's problems, which depend on the value.
        if a.startswith("KONSEP: "):
            continue
        assert b == a.replace(MARKER, want), (a, b)
    assert found


@pytest.mark.parametrize("kind", list(DocumentKind))
@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_every_field_of_a_scenario_reaches_its_document(kind: DocumentKind, fmt: Format) -> None:
    """Each field the scenarios fill is shown (so the properties above cover it)."""
    fields: list[str] = []

    def mark(field: str) -> str:
        fields.append(field)
        return f"{MARKER}{len(fields) - 1}{MARKER}"

    text = rendered(kind, mark, fmt)
    missing = {f for i, f in enumerate(fields) if f"{MARKER}{i}{MARKER}" not in text}
    assert missing == NOT_SHOWN.get(kind, set())


#: What a document leaves out of the record by design: the surat penetapan names neither the
#: participants of the test (the berita acara does) nor the request it answered; the berita
#: acara names the PPID only among the participants, and not the letter a new test replaces.
NOT_SHOWN = {
    DocumentKind.CONSEQUENCE_TEST_MINUTES: {"ppid.name", "ppid.position", "replaces"},
    DocumentKind.CLASSIFICATION_DECISION: {
        "signatories[0].name",
        "signatories[1].name",
        "signatories[2].name",
        "signatories[0].position",
        "signatories[0].nip",
        "reference",
    },
}
