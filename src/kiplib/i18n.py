"""Messages for people, in Bahasa Indonesia (the source language) and English.

Every text kiplib shows to a person — error messages, explanations of a deadline, CLI output —
is written in Bahasa Indonesia in the code and translated through a gettext catalog
(``locale/en/LC_MESSAGES/kiplib.po``, compiled to ``kiplib.mo``). The language is always an
argument; kiplib never reads it from the operating system's locale, so a server answering
requests in both languages gives each request the language it asked for.

Examples:
    >>> from kiplib.i18n import gettext, N_
    >>> msg = N_("hari kerja")
    >>> gettext(msg, "id")
    'hari kerja'
    >>> gettext(msg, "en")
    'working days'
"""

from __future__ import annotations

import enum
import gettext as _gettext
import os
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any, Final, Literal

__all__ = [
    "LANGUAGES",
    "NP_",
    "N_",
    "PLURALS",
    "SOURCE_LANGUAGE",
    "LabelledEnum",
    "Language",
    "format_number",
    "gettext",
    "gettext_count",
    "ngettext",
    "normalize_language",
]

Language = Literal["id", "en"]

#: The language messages are written in; it needs no catalog.
SOURCE_LANGUAGE: Final = "id"
#: Languages kiplib speaks.
LANGUAGES: Final[tuple[Language, ...]] = ("id", "en")

_LOCALE_DIR: Final = os.path.join(os.path.dirname(__file__), "locale")
_DOMAIN: Final = "kiplib"

_ALIASES: Final[dict[str, Language]] = {
    "id": "id",
    "in": "id",  # the withdrawn ISO 639 code, still sent by some systems
    "ind": "id",
    "bahasa": "id",
    "en": "en",
    "eng": "en",
}


def _plain_error(value: object) -> Exception:
    return ValueError(f"unsupported language {value!r}; use 'id' or 'en'")


#: Builds the error raised for a language kiplib does not speak. :mod:`kiplib.errors` (which
#: sits above this module) installs :class:`~kiplib.errors.UnsupportedLanguageError` here when
#: it is imported, so messages need no import of the errors.
unsupported_language: Callable[[object], Exception] = _plain_error


def N_(message: str) -> str:
    """Mark *message* for translation without translating it (it is translated when shown)."""
    return message


#: Messages whose translation depends on a number, each with its plural form (in Bahasa
#: Indonesia both forms are the same text: the noun does not change).
PLURALS: dict[str, str] = {}


def NP_(singular: str, plural: str) -> str:
    """Mark a message whose translation depends on the number in its ``{count}`` (English
    "1 problem", "2 problems"); it is shown with :func:`gettext_count`. Returns ``singular``."""
    PLURALS[singular] = plural
    return singular


def gettext_count(message: str, count: int, lang: str = SOURCE_LANGUAGE) -> str:
    """``message`` in ``lang``, in the form for ``count`` when it was marked with :func:`NP_`
    (otherwise as :func:`gettext`)."""
    plural = PLURALS.get(message)
    if plural is None:
        return gettext(message, lang)
    return ngettext(message, plural, count, lang)


def normalize_language(lang: str) -> Language:
    """Return ``"id"`` or ``"en"`` for a language tag such as ``"id_ID"``, ``"en-US"`` or ``"EN"``.

    Raises:
        kiplib.errors.UnsupportedLanguageError: for any other language.

    Examples:
        >>> normalize_language("en_US")
        'en'
        >>> normalize_language("id-ID")
        'id'
    """
    if lang in ("id", "en"):
        return lang  # type: ignore[return-value]  # narrowed by the membership test
    if isinstance(lang, str):
        base = lang.strip().replace("-", "_").split("_", 1)[0].split(".", 1)[0].lower()
        found = _ALIASES.get(base)
        if found is not None:
            return found
    raise unsupported_language(lang)


@cache
def _translations(lang: Language) -> _gettext.NullTranslations:
    if lang == SOURCE_LANGUAGE:
        return _gettext.NullTranslations()
    return _gettext.translation(_DOMAIN, localedir=_LOCALE_DIR, languages=[lang])


def gettext(message: str, lang: str = SOURCE_LANGUAGE) -> str:
    """Translate *message* (written in Bahasa Indonesia) into *lang*."""
    return _translations(normalize_language(lang)).gettext(message)


def ngettext(singular: str, plural: str, n: int, lang: str = SOURCE_LANGUAGE) -> str:
    """Translate a message whose form depends on the number *n*."""
    return _translations(normalize_language(lang)).ngettext(singular, plural, n)


class LabelledEnum(enum.Enum):
    """An enum whose members have a name for people, in Bahasa Indonesia (the source language)
    and translated on display; the stored value of each member is its ``value``, unchanged.

    A subclass gives its names once, right after the class, with :meth:`set_labels` — which
    refuses a table that misses a member — and every member then has :meth:`label`::

        class Actor(LabelledEnum):
            REQUESTER = "requester"

        Actor.set_labels({Actor.REQUESTER: N_("pemohon informasi")})
    """

    #: Members are singletons compared by identity: hash them the same way, in C, rather
    #: than by their name in Python (they key the hot tables of every deadline).
    __hash__ = object.__hash__

    @classmethod
    def set_labels(cls, labels: Mapping[Any, str]) -> None:
        """Give every member its name (marked with :func:`N_`)."""
        missing = [m.name for m in cls if m not in labels]
        if missing:
            raise TypeError(f"{cls.__name__}: no label for {', '.join(missing)}")
        type.__setattr__(cls, "_labels_", dict(labels))

    def label(self, lang: str = "id") -> str:
        """The member's name, in ``lang`` (``"id"`` or ``"en"``)."""
        labels: Mapping[LabelledEnum, str] = type(self).__dict__["_labels_"]
        return gettext(labels[self], lang)


#: Marks of numbers: the decimal mark and the thousands separator.
_NUMBER_MARKS: Final[dict[str, tuple[str, str]]] = {"id": (",", "."), "en": (".", ",")}


def format_number(value: float, lang: str = "id", *, decimals: int | None = None) -> str:
    """``value`` written as ``lang`` writes numbers: Bahasa Indonesia with a decimal comma and
    a point between thousands (``7,2``; ``1.250``), English the other way round (``7.2``;
    ``1,250``). ``decimals``: digits after the mark (by default as few as the value needs).

    Examples:
        >>> format_number(7.25, decimals=1), format_number(7.25, "en", decimals=1)
        ('7,2', '7.2')
        >>> format_number(1250), format_number(6.0), format_number(6.5, "en")
        ('1.250', '6', '6.5')
    """
    point, group = _NUMBER_MARKS["en" if lang == "en" else "id"]
    if decimals is not None:
        text = f"{value:,.{decimals}f}"
    elif float(value).is_integer():
        text = f"{int(value):,}"
    else:
        text = f"{value:,.15g}"
    return text.translate(str.maketrans(",.", group + point))
