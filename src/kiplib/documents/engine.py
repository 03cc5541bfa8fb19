"""The Jinja2 environment of the documents: one definition for HTML (autoescaped) and Markdown
(every value escaped), the templates shipped as package data, and a district's replacement
templates laid over them."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final, Literal

from kiplib.errors import DocumentTemplateError, InvalidInputError, MissingDependencyError
from kiplib.i18n import N_
from kiplib.rulebook.styles import DocumentKind, DocumentStyle

__all__ = [
    "FORMATS",
    "Format",
    "escape_markdown",
]

if TYPE_CHECKING:
    import jinja2


#: Output formats.
Format = Literal["html", "markdown"]


FORMATS: Final[tuple[Format, ...]] = ("html", "markdown")


_EXTENSIONS: Final = {"html": "html", "markdown": "md"}


# ============================================================================ Jinja2
_MD_SPECIAL: Final = re.compile(r"([\\`*_\[\]#|])")


_NEWLINES: Final = re.compile(r"\r\n|\r|\n")


def escape_markdown(value: object) -> str:
    """``value`` as Markdown text that renders as itself: inside a paragraph or a table cell.

    Backslashes, backticks, ``*``, ``_``, brackets, ``#`` and pipes are backslash-escaped;
    ``&``, ``<`` and ``>`` become entities (no raw HTML gets through); newlines become
    ``<br>``.

    Examples:
        >>> print(escape_markdown("a | b <script>"))
        a \\| b &lt;script&gt;
    """
    if value is None:
        return ""
    text = str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return _NEWLINES.sub("<br>", text.strip())


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
    # HTML: Jinja2 escapes every value; Markdown: every value passes through escape_markdown.
    markdown: dict[str, Any] = {} if fmt == "html" else {"finalize": escape_markdown}
    env: jinja2.Environment = j2.Environment(
        loader=loader,
        autoescape=fmt == "html",
        undefined=j2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        **markdown,
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
    except j2.TemplateError as exc:
        if not overridden:
            raise
        raise DocumentTemplateError(field=name, value=style.source or "?", detail=str(exc)) from exc
    return text
