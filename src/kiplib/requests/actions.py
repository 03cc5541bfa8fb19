"""What can be done now, by whom: :class:`Action` values built from a request's status."""

from __future__ import annotations

__all__ = [
    "Action",
]

from datetime import date

import attrs

from kiplib.calendar.working import format_date
from kiplib.i18n import N_, gettext
from kiplib.law.citation import Citation
from kiplib.requests.states import Actor


@attrs.frozen
class Action:
    """Something that can (or must) be done now: who, what, until when, on which basis."""

    actor: Actor
    #: The name of who acts (the PPID of the body, the Sekda, the Komisi); ``None`` for the
    #: requester or the parties, shown as :meth:`Actor.label`.
    who: str | None
    what: str
    citation: Citation
    until: date | None = None
    #: To whom the step is addressed (the atasan PPID, the Komisi Informasi), if anyone.
    target: str | None = None

    def message(self, lang: str = "id") -> str:
        """``who: what (until …) [citation]`` in ``lang``."""
        what = gettext(self.what, lang).format(target=self.target or "")
        text = f"{self.who or self.actor.label(lang)}: {what}"
        if self.until is not None:
            text += " " + gettext(N_("(paling lambat {date})"), lang).format(
                date=format_date(self.until, lang)
            )
        return f"{text} [{self.citation}]"
