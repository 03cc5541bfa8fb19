"""Writing what a sub-command produces: a view (:mod:`kiplib.service.views`) as JSON, or a
file's content (a document, a register table) to ``--output`` or standard output."""

from __future__ import annotations

import json
import sys
from typing import Any

from kiplib.errors import InvalidInputError
from kiplib.i18n import N_

__all__ = ["write_json", "write_output"]


def write_json(view: Any) -> None:
    """``view`` on standard output, indented, UTF-8 text kept as it is."""
    sys.stdout.write(json.dumps(view, ensure_ascii=False, indent=2) + "\n")


def write_output(content: str | bytes, output: str | None) -> None:
    """``content`` to the file ``output`` (text as UTF-8), or to standard output as bytes —
    a UTF-8 document whatever the terminal's encoding. A file that cannot be written is an
    :class:`InvalidInputError` naming ``--output`` and the system's reason. Binary content
    (an XLSX workbook) is not written to a terminal."""
    try:
        data = content.encode("utf-8") if isinstance(content, str) else content
    except UnicodeEncodeError as exc:  # a lone surrogate (JSON's \ud800, a byte of a name)
        raise InvalidInputError(
            field="--output",
            value=repr(content[max(exc.start - 30, 0) : exc.end + 30]),
            reason=N_("teks memuat surrogate UTF-16 tanpa pasangan"),
        ) from None
    if output is not None:
        try:
            with open(output, "wb") as handle:
                handle.write(data)
        except OSError as exc:
            raise InvalidInputError(
                field="--output",
                value=output,
                reason=N_("berkas tidak dapat ditulis: {why}"),
                why=exc.strerror or type(exc).__name__,
            ) from exc
        return
    if isinstance(content, bytes) and sys.stdout.isatty():
        raise InvalidInputError(
            field="--output", value="-", reason=N_("XLSX tidak ditulis ke layar; sebutkan --output")
        )
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a text stream without bytes under it (tests, embedding)
        sys.stdout.write(content if isinstance(content, str) else data.decode("utf-8", "replace"))
        return
    sys.stdout.flush()
    buffer.write(data)
    buffer.flush()
