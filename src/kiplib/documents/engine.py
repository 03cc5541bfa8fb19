"""The Jinja2 environment of the documents: one definition for HTML (autoescaped) and Markdown
(every value escaped), the templates shipped as package data, a district's replacement
templates laid over them (in Jinja2's sandbox), and the marks of a draft."""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final, Literal

from kiplib.errors import DocumentTemplateError, InvalidInputError, MissingDependencyError
from kiplib.i18n import N_
from kiplib.rulebook.styles import DocumentKind, DocumentStyle

__all__ = [
    "FORMATS",
    "Format",
    "clean_text",
    "escape_markdown",
]

if TYPE_CHECKING:
    import jinja2


#: Output formats.
Format = Literal["html", "markdown"]


FORMATS: Final[tuple[Format, ...]] = ("html", "markdown")


_EXTENSIONS: Final = {"html": "html", "markdown": "md"}


# ============================================================================ text
#: Every way a record may break a line: CR LF, CR, LF, and what word processors paste (vertical
#: tab, form feed, the information separators, NEL, the Unicode line and paragraph separators).
_LINE_BREAKS: Final = re.compile("\r\n|[\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")

#: What no document can carry: the other control characters and lone surrogates (which UTF-8
#: cannot encode). Each becomes U+FFFD, the replacement character, so the reader sees that
#: something unprintable stood there.
_UNPRINTABLE: Final = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\ud800-\udfff]")

#: Anything :func:`clean_text` changes (a CR LF too: its CR).
_ANY_TO_CLEAN: Final = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")

#: Characters that have a meaning anywhere in a line of Markdown (CommonMark and the GitHub
#: extensions: tables, strikethrough).
_MD_SPECIAL: Final = re.compile(r"([\\`*_\[\]#|~])")

#: What makes a block of the first characters of a line: a list item (``-``, ``+``, ``1.``,
#: ``1)`` and a space), a thematic break or a setext underline (``-``, ``=``).
_MD_LEADING: Final = re.compile(r"^(?:([-+=])|(\d{1,9})([.)])(?=[ \t]|$))")


def clean_text(value: object) -> str:
    """``value`` as text every document can hold: each line break is ``\\n`` and each
    control character or lone surrogate is U+FFFD (tab is kept).

    Examples:
        >>> clean_text("baris satu\\r\\nbaris dua\\x0bbaris tiga\\x00") == (
        ...     "baris satu\\nbaris dua\\nbaris tiga\\N{REPLACEMENT CHARACTER}")
        True
    """
    if value is None:
        return ""
    text = str(value)
    if _ANY_TO_CLEAN.search(text) is None:  # the usual case: one scan, nothing to replace
        return text
    return _UNPRINTABLE.sub("\ufffd", _LINE_BREAKS.sub("\n", text))


def escape_markdown(value: object) -> str:
    """``value`` as Markdown text that renders as itself: inside a paragraph or a table cell.

    The text is cleaned (:func:`clean_text`) and stripped; ``&``, ``<`` and ``>`` become
    entities (no raw HTML gets through); backslashes, backticks, ``*``, ``_``, brackets, ``#``,
    pipes and ``~`` are backslash-escaped, and so is what would open a block at the start of a
    line (``-``, ``+``, ``=``, ``1.``, ``1)``); line breaks become ``<br>``.

    Examples:
        >>> print(escape_markdown("a | b <script>"))
        a \\| b &lt;script&gt;
        >>> print(escape_markdown("1. + tambah"))
        1\\. + tambah
    """
    if value is None:
        return ""
    text = clean_text(value).strip()
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = _MD_LEADING.sub(_escape_leading, text)
    return text.replace("\n", "<br>")


#: What :func:`clean_text` changes, the two separators of :class:`RowsHtml` left out.
_TO_CLEAN_BETWEEN: Final = re.compile("[\x02-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


class RowsHtml:
    """The rows of a register table as HTML (``<tr><td>…</td></tr>`` lines): exactly what the
    packaged templates' loop writes — each cell cleaned (:func:`clean_text`) and escaped as
    Jinja2 autoescapes — built at once instead of cell by cell. Worked out only when a
    template shows it (``{{ rows_html }}``); a district's own template may keep its loop over
    ``rows``.

    Examples:
        >>> RowsHtml([("a & b", "<i>")]).__html__()
        '<tr><td>a &amp; b</td><td>&lt;i&gt;</td></tr>'
    """

    __slots__ = ("rows",)

    def __init__(self, rows: list[tuple[Any, ...]]) -> None:
        self.rows = rows

    def __html__(self) -> str:
        rows = self.rows
        cells = [c for row in rows for c in row]
        if all(rows) and set(map(type, cells)) <= {str}:
            # Every cell a plain text: joined with two characters no cell can hold once
            # nothing is to be cleaned, escaped in one pass, the separators made tags.
            joined = "\x01".join(map("\x00".join, rows))
            if (
                _TO_CLEAN_BETWEEN.search(joined) is None
                and joined.count("\x00") == len(cells) - len(rows)
                and joined.count("\x01") == len(rows) - 1
            ):
                text = html.escape(joined, quote=False).replace('"', "&#34;").replace("'", "&#39;")
                text = text.replace("\x00", "</td><td>").replace("\x01", "</td></tr>\n<tr><td>")
                return "<tr><td>" + text + "</td></tr>"
        import markupsafe

        escape = markupsafe.escape
        return "\n".join(
            "<tr>" + "".join(f"<td>{escape(_finalize_html(c))}</td>" for c in row) + "</tr>"
            for row in rows
        )


def _escape_leading(m: re.Match[str]) -> str:
    return f"\\{m[1]}" if m[1] else f"{m[2]}\\{m[3]}"


class RowsMarkdown:
    """The rows of a register table as Markdown table lines (``| … |``, each ending its
    line): exactly what the packaged templates' loop writes — each cell through
    :func:`escape_markdown` — built at once instead of cell by cell. Worked out only when a
    template shows it (``{{ rows_markdown }}``); a district's own template may keep its loop
    over ``rows``.

    Examples:
        >>> print(RowsMarkdown([(" 1. satu ", "a|b"), ("- x", "")]).text(), end="")
        | 1\\. satu | a\\|b |
        | \\- x |  |
    """

    __slots__ = ("rows",)

    def __init__(self, rows: list[tuple[Any, ...]]) -> None:
        self.rows = rows

    def text(self) -> str:
        rows = self.rows
        cells = [c for row in rows for c in row]
        escaped = None
        if cells and set(map(type, cells)) <= {str}:
            # Every cell a plain text with nothing to clean (as RowsHtml checks): stripped one
            # by one, then joined with a character no such cell holds and escaped in one pass;
            # a cell that starts as a list item, a break or an underline escaped on its own
            # (what precedes its start in a line is not a cell's to see).
            raw = "\x00".join(cells)
            if (
                _TO_CLEAN_BETWEEN.search(raw) is None
                and "\x01" not in raw
                and raw.count("\x00") == len(cells) - 1
            ):
                stripped = list(map(str.strip, cells))
                text = "\x00".join(stripped)
                text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                escaped = _MD_SPECIAL.sub(r"\\\1", text).replace("\n", "<br>").split("\x00")
                for i, m in enumerate(map(_MD_LEADING.match, stripped)):
                    if m is not None:
                        escaped[i] = escape_markdown(cells[i])
        if escaped is None:
            escaped = list(map(escape_markdown, cells))
        lines = []
        at = 0
        for row in rows:
            end = at + len(row)
            lines.append("| " + " | ".join(escaped[at:end]) + " |\n" if row else "|\n")
            at = end
        return "".join(lines)


def _finalize_markdown(value: object) -> str:
    # The rows a packaged template shows at once are written already; every other value
    # passes through escape_markdown.
    if type(value) is RowsMarkdown:
        return value.text()
    return escape_markdown(value)


def _finalize_html(value: object) -> object:
    # Markup a template marked safe stays as it is; every other value is cleaned, then
    # autoescaped by Jinja2.
    if hasattr(value, "__html__"):
        return value
    return clean_text(value)


# ============================================================================ Jinja2
def _jinja() -> Any:
    try:
        import jinja2
    except ImportError:
        raise MissingDependencyError(
            field="kiplib.documents", value="jinja2", extra="documents"
        ) from None
    return jinja2


@functools.lru_cache(maxsize=32)
def _environment(fmt: str, templates: tuple[tuple[str, str], ...]) -> jinja2.Environment:
    j2 = _jinja()
    package = j2.PackageLoader("kiplib.documents", "templates")
    loader = j2.ChoiceLoader([j2.DictLoader(dict(templates)), package])
    # HTML: every value is cleaned, then escaped by Jinja2; Markdown: every value passes
    # through escape_markdown.
    finalize = _finalize_html if fmt == "html" else _finalize_markdown
    # A district's replacement templates run in Jinja2's immutable sandbox: no attribute of
    # Python's internals, no change to the values they are given, no range of more than
    # 100 000 items.
    if templates:
        from jinja2.sandbox import ImmutableSandboxedEnvironment

        kind: type[jinja2.Environment] = ImmutableSandboxedEnvironment
    else:
        kind = j2.Environment
    env: jinja2.Environment = kind(
        loader=loader,
        autoescape=fmt == "html",
        undefined=j2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=finalize,
    )
    return env


def _render(kind: DocumentKind, fmt: str, style: DocumentStyle, context: Mapping[str, Any]) -> str:
    if fmt not in _EXTENSIONS:
        raise InvalidInputError(
            field="format", value=repr(fmt), reason=N_("pilih 'html' atau 'markdown'")
        )
    j2 = _jinja()
    name = f"{kind.value}.{_EXTENSIONS[fmt]}.j2"
    env = _environment(fmt, style.templates)
    replaced = dict(style.templates)
    overridden = name in replaced or f"_base.{_EXTENSIONS[fmt]}.j2" in replaced
    try:
        text: str = env.get_template(name).render(context)
    except Exception as exc:
        # kiplib's own templates are tested; a district's may fail in any way when it is
        # compiled or filled (a syntax error, an undefined name, a division by zero, deep
        # recursion, the sandbox refusing an attribute …): name its file and its plugin.
        if not overridden:
            raise
        detail = str(exc) if isinstance(exc, j2.TemplateError) else f"{type(exc).__name__}: {exc}"
        raise DocumentTemplateError(field=name, value=style.source or "?", detail=detail) from exc
    if context.get("draft"):
        text = _mark_draft(text, fmt, context["L"]["draft_mark"], context["L"]["draft_note"])
    return text


# ============================================================================ drafts
#: A draft's mark across every printed page: an element fixed on the page is repeated on
#: each page a browser prints. Inline styles, so that a district's own template (without
#: kiplib's style sheet) is marked the same way.
_DRAFT_MARK_STYLE: Final = (
    "position:fixed;top:42%;left:0;right:0;text-align:center;font-size:96pt;"
    "font-weight:bold;letter-spacing:12pt;color:rgba(170,0,0,0.18);transform:rotate(-30deg);"
    "pointer-events:none;z-index:10;font-family:sans-serif"
)
_DRAFT_NOTE_STYLE: Final = (
    "margin:0 0 10pt;padding:4pt;border:2px solid #a00;color:#a00;text-align:center;"
    "font-weight:bold"
)
_BODY_TAG: Final = re.compile(r"<body\b[^>]*>", re.IGNORECASE)


def _mark_draft(text: str, fmt: str, mark: str, note: str) -> str:
    """``text`` marked as a draft: in HTML a mark fixed across every printed page and a note
    at the top of the body; in Markdown the note at the top."""
    if fmt != "html":
        return f"**{escape_markdown(note)}**\n\n{text}"
    marks = (
        f'<div class="draft-mark" aria-hidden="true" style="{_DRAFT_MARK_STYLE}">'
        f"{html.escape(mark)}</div>\n"
        f'<p class="draft-note" style="{_DRAFT_NOTE_STYLE}">{html.escape(note)}</p>\n'
    )
    found = _BODY_TAG.search(text)
    if found is None:
        return marks + text
    return f"{text[: found.end()]}\n{marks}{text[found.end() :]}"
