"""kiplib's exceptions: one tree, each error with a stable code and a bilingual message.

Every exception kiplib raises on purpose is a :class:`KiplibError`. Each one also subclasses
the builtin a caller would naturally catch (``ValueError`` for bad values, ``LookupError`` for
things that do not exist), carries a stable machine-readable ``code``, the parameters that
made it (``params``: at least the ``field`` and the ``value`` for bad input), and a message
in Bahasa Indonesia (``str(err)``, the source language) or English (``err.message("en")``)::

    KiplibError ................................... kiplib-error
    ├── InvalidInputError (ValueError) ............ invalid-input
    │   ├── NeverExemptError ...................... never-exempt
    │   ├── AmendmentError ........................ amendment-invalid
    │   ├── UnsupportedLanguageError .............. unsupported-language
    │   ├── NaiveDatetimeError .................... naive-datetime
    │   ├── UnknownTimezoneError .................. unknown-timezone
    │   ├── BeforeLawInForceError ................. before-law-in-force
    │   ├── OutOfRangeError ....................... out-of-range
    │   ├── CalendarDataError ..................... calendar-data
    │   ├── SequenceError ......................... invalid-sequence
    │   ├── ScoreOutOfRangeError .................. score-out-of-range
    │   ├── DocumentTemplateError ................. document-template-invalid
    │   └── LimitExceededError .................... limit-exceeded
    │       └── TimeBudgetExceededError ........... time-budget-exceeded
    ├── MissingDependencyError (ImportError) ...... missing-dependency
    ├── NotFoundError (LookupError) ............... not-found
    │   └── NoRuleInForceError .................... no-rule-in-force
    ├── ValidationError (ValueError) .............. validation-failed
    │   ├── StructureError ........................ structure-invalid
    │   │   └── InvalidRecordError ................ record-inconsistent
    │   ├── ConsequenceTestError .................. consequence-test-invalid
    │   ├── DocumentRecordError ................... document-record-invalid
    │   ├── RegisterError ......................... register-invalid
    │   ├── RegisterImportError ................... register-import-invalid
    │   └── ServiceRecordError .................... service-record-invalid
    └── PluginError (ValueError) .................. plugin-error

A :class:`ValidationError` names *every* problem at once: ``err.problems`` is a tuple of
:class:`Problem` (the path of the field, e.g. ``grounds[0]`` or ``$.start``, and the reason).

Examples:
    >>> from kiplib.errors import NaiveDatetimeError
    >>> err = NaiveDatetimeError(field="start", value="2024-04-05 09:00:00")
    >>> err.code
    'naive-datetime'
    >>> isinstance(err, ValueError)
    True
    >>> print(err.message("en"))
    start: the time 2024-04-05 09:00:00 has no time zone; give an aware datetime
    (with its UTC offset) or a date
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar

import attrs

from kiplib import i18n
from kiplib.i18n import N_, NP_, gettext, gettext_count

__all__ = [
    "PLUGIN_PROBLEMS",
    "AmendmentError",
    "BeforeLawInForceError",
    "CalendarDataError",
    "ConsequenceTestError",
    "DocumentRecordError",
    "DocumentTemplateError",
    "InvalidInputError",
    "InvalidRecordError",
    "KiplibError",
    "LimitExceededError",
    "MissingDependencyError",
    "NaiveDatetimeError",
    "NeverExemptError",
    "NoRuleInForceError",
    "NotFoundError",
    "OutOfRangeError",
    "PluginError",
    "Problem",
    "RegisterError",
    "RegisterImportError",
    "ScoreOutOfRangeError",
    "SequenceError",
    "ServiceRecordError",
    "StructureError",
    "TimeBudgetExceededError",
    "UnknownTimezoneError",
    "UnsupportedLanguageError",
    "ValidationError",
]


def _format(template: str, params: Mapping[str, Any], lang: str) -> str:
    # A ``reason`` parameter is itself a message (marked with N_) with its own placeholders:
    # show it in ``lang`` too, filled from the same parameters.
    shown = {
        k: gettext(v, lang).format_map(_Params(params))
        if k.endswith("reason") and isinstance(v, str)
        else v
        for k, v in params.items()
    }
    count = params.get("count")
    if isinstance(count, int) and not isinstance(count, bool):
        return gettext_count(template, count, lang).format_map(_Params(shown))
    return gettext(template, lang).format_map(_Params(shown))


class _Params(dict[str, Any]):
    """Formatting parameters that show a missing key as ``{key}`` instead of failing."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class KiplibError(Exception):
    """The root of every error kiplib raises on purpose.

    Subclasses set ``code`` (stable, kebab-case: apps may switch on it) and ``template`` (the
    message in Bahasa Indonesia with ``{placeholders}`` filled from ``params``).
    """

    code: ClassVar[str] = "kiplib-error"
    template: ClassVar[str] = N_("kesalahan kiplib")

    def __init__(self, **params: Any) -> None:
        self.params: dict[str, Any] = dict(params)
        super().__init__(self.message("id"))

    def message(self, lang: str = "id") -> str:
        """The message in ``"id"`` (Bahasa Indonesia) or ``"en"`` (English)."""
        return _format(self.template, self.params, lang)

    def __str__(self) -> str:
        return self.message("id")

    def naming(self, field: str) -> KiplibError:
        """The same error naming ``field``: what a caller gave, where an inner function named
        its own argument (the calendar's ``date``, a column's ``received[3]``)."""
        return type(self)(**{**self.params, "field": field})

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only construction: rebuild from params so errors cross process boundaries.
        return (_rebuild, (type(self), self.params))

    def __repr__(self) -> str:
        shown = ", ".join(f"{k}={v!r}" for k, v in self.params.items())
        return f"{type(self).__name__}({shown})"


def _rebuild(cls: type[KiplibError], params: dict[str, Any]) -> KiplibError:
    return cls(**params)


# --------------------------------------------------------------------------- bad input
class InvalidInputError(KiplibError, ValueError):
    """A value given to kiplib is not acceptable; ``params`` has ``field`` and ``value``."""

    code = "invalid-input"
    template = N_("{field}: nilai {value} tidak dapat diterima: {reason}")


class UnsupportedLanguageError(InvalidInputError):
    """A language other than Bahasa Indonesia (``id``) or English (``en``) was asked for."""

    code = "unsupported-language"
    template = N_("{field}: bahasa {value} tidak didukung; gunakan 'id' atau 'en'")


class NaiveDatetimeError(InvalidInputError):
    """A ``datetime`` without a time zone: kiplib cannot know which local date it is."""

    code = "naive-datetime"
    template = N_(
        "{field}: waktu {value} tidak memiliki zona waktu; berikan datetime yang sadar zona "
        "(dengan selisih UTC) atau sebuah tanggal"
    )


class UnknownTimezoneError(InvalidInputError):
    """A time-zone name that is not in the IANA database (e.g. not ``Asia/Jakarta``)."""

    code = "unknown-timezone"
    template = N_(
        "{field}: zona waktu {value} tidak dikenal; gunakan nama IANA seperti Asia/Jakarta "
        "(WIB), Asia/Makassar (WITA) atau Asia/Jayapura (WIT)"
    )


class BeforeLawInForceError(InvalidInputError):
    """A date before UU 14/2008 entered into force (2010-04-30, Pasal 64 ayat (1))."""

    code = "before-law-in-force"
    template = N_(
        "{field}: tanggal {value} sebelum UU 14/2008 mulai berlaku ({in_force}, Pasal 64 ayat (1))"
    )


class OutOfRangeError(InvalidInputError):
    """A date, or the result of a count, outside the range the calendar covers."""

    code = "out-of-range"
    template = N_(
        "{field}: {value} berada di luar rentang kalender yang didukung ({first} s.d. {last})"
    )


class CalendarDataError(InvalidInputError):
    """Holiday or working-day data given to a calendar is inconsistent."""

    code = "calendar-data"
    template = N_("{field}: data kalender {value} tidak sah: {reason}")


# --------------------------------------------------------------------------- look-ups
class NotFoundError(KiplibError, LookupError):
    """Something asked for by name or key does not exist."""

    code = "not-found"
    template = N_("{field}: {value} tidak ditemukan")


class NoRuleInForceError(NotFoundError):
    """No rule for this step was in force on the date the clock started."""

    code = "no-rule-in-force"
    template = N_("{field}: tidak ada aturan yang berlaku untuk {value} pada tanggal {on}")


# --------------------------------------------------------------------------- validation
@attrs.frozen
class Problem:
    """One problem found while validating: where (``path``) and why (``code`` + message).

    ``path`` uses the attribute names of the record (``grounds[0].angka``) or, for stored
    documents, a JSON path (``$.events[2].at``).
    """

    path: str
    code: str
    template: str
    params: Mapping[str, Any] = attrs.field(factory=dict)

    def message(self, lang: str = "id") -> str:
        """The reason in ``"id"`` or ``"en"``."""
        return _format(self.template, self.params, lang)

    def __str__(self) -> str:
        return f"{self.path}: {self.message('id')}"


class ValidationError(KiplibError, ValueError):
    """A record breaks one or more rules; ``problems`` lists every one of them."""

    code = "validation-failed"
    template = NP_(
        "{field} tidak sah ({count} masalah):\n{details}",
        "{field} tidak sah ({count} masalah):\n{details}",
    )

    def __init__(self, *, field: str, problems: Iterable[Problem], **params: Any) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__(field=field, problems=self.problems, **params)

    def message(self, lang: str = "id") -> str:
        details = "\n".join(f"- {p.path}: {p.message(lang)}" for p in self.problems)
        params = {**self.params, "count": len(self.problems), "details": details}
        return _format(self.template, params, lang)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.params))


class StructureError(ValidationError):
    """A stored document (JSON) does not have the shape of the record it claims to be."""

    code = "structure-invalid"
    template = NP_(
        "dokumen {field} tidak dapat dibaca ({count} masalah):\n{details}",
        "dokumen {field} tidak dapat dibaca ({count} masalah):\n{details}",
    )


# --------------------------------------------------------------------------- classification,
# consequence tests and exemption periods (UU 14/2008 Pasal 17–20; PP 61/2010 Pasal 3–11)
class InvalidRecordError(StructureError):
    """A stored document contradicts itself: a figure, date or status is not what its own
    inputs give when it is computed again (``problems`` names each field)."""

    code = "record-inconsistent"
    template = NP_(
        "dokumen {field} bertentangan dengan dirinya sendiri ({count} masalah):\n{details}",
        "dokumen {field} bertentangan dengan dirinya sendiri ({count} masalah):\n{details}",
    )


class NeverExemptError(InvalidInputError):
    """An exemption was asked for information that UU 14/2008 Pasal 18 ayat (1) never exempts.

    ``params`` names the ``point`` of Pasal 18 that blocks it (e.g. ``UU 14/2008 Pasal 18
    ayat (1) huruf a``) and the ``grounds`` that were asked for.
    """

    code = "never-exempt"
    template = N_(
        "{field}: {value} tidak dapat dikecualikan (alasan {grounds}) karena {point}: {reason}"
    )


class ConsequenceTestError(ValidationError):
    """A consequence-test record (*uji konsekuensi*) is incomplete or contradicts the law."""

    code = "consequence-test-invalid"
    template = NP_(
        "uji konsekuensi {field} tidak sah ({count} masalah):\n{details}",
        "uji konsekuensi {field} tidak sah ({count} masalah):\n{details}",
    )


class AmendmentError(InvalidInputError):
    """A record was changed other than by a new test that names the one it replaces.

    PP 61/2010 Pasal 10: a classification changes only through a new consequence test.
    """

    code = "amendment-invalid"
    template = N_("{field}: perubahan {value} ditolak: {reason} (PP 61/2010 Pasal 10)")


# --------------------------------------------------------------------------- request lifecycle
class SequenceError(InvalidInputError):
    """An event cannot be recorded at this point of a request's life.

    ``params``: ``field`` (where the event stands, e.g. ``events[3]``), ``value`` (its type,
    e.g. ``objection_filed``), ``reason`` (the rule it breaks) and ``citation`` (the article).
    Nothing already recorded is changed when it is raised.
    """

    code = "invalid-sequence"
    template = N_("{field}: peristiwa {value} tidak dapat dicatat: {reason} ({citation})")


class MissingDependencyError(KiplibError, ImportError):
    """An optional package a feature needs is not installed (``params``: ``field`` is the
    feature, ``value`` the package, ``extra`` the ``pip install`` extra that brings it)."""

    code = "missing-dependency"
    template = N_('{field} memerlukan paket {value}; pasang dengan: pip install "kiplib[{extra}]"')


# --------------------------------------------------------------------------- plugins
class PluginError(KiplibError, ValueError):
    """A district plugin breaks the national floor or fails while it is loaded.

    ``params``: ``plugin`` and ``version`` (who), ``rule`` (which contribution or hook),
    ``article`` (the national article it would break), ``problem`` (a stable sub-code, see
    :data:`PLUGIN_PROBLEMS`) and ``reason`` (the explanation, translated on display).
    """

    code = "plugin-error"
    template = N_("plugin {plugin} {version}: {rule} ditolak ({article}): {reason}")

    @property
    def problem(self) -> str:
        """The sub-code: ``deadline-longer``, ``scope-conflict``, ``hook-raised`` …"""
        return str(self.params.get("problem", ""))


#: The sub-codes of :class:`PluginError` (``err.problem``).
PLUGIN_PROBLEMS = (
    "deadline-longer",
    "objection-window-shorter",
    "step-not-local",
    "rule-shape-changed",
    "removes-national-day",
    "working-week-shorter",
    "scope-conflict",
    "scope-missing",
    "national-scope",
    "missing-citation",
    "missing-in-force-date",
    "rule-before-regulation",
    "invalid-contribution",
    "hook-raised",
    "invalid-switch",
    "unknown-plugin",
)


# --------------------------------------------------------------------------- registers and
# yearly duties (DIP, DIK, UU 14/2008 Pasal 11–12; Perki 1/2021; Perki 1/2022)
class RegisterError(ValidationError):
    """A DIP or DIK (or the records it is built from) breaks one or more rules."""

    code = "register-invalid"
    template = NP_(
        "daftar {field} tidak sah ({count} masalah):\n{details}",
        "daftar {field} tidak sah ({count} masalah):\n{details}",
    )


class RegisterImportError(ValidationError):
    """A table (CSV/XLSX) of a register cannot be read; every bad row and column is named."""

    code = "register-import-invalid"
    template = NP_(
        "tabel {field} tidak dapat dibaca ({count} masalah):\n{details}",
        "tabel {field} tidak dapat dibaca ({count} masalah):\n{details}",
    )


class ServiceRecordError(ValidationError):
    """A record of a finished request, used for the UU 14/2008 Pasal 12 statistics, is wrong."""

    code = "service-record-invalid"
    template = NP_(
        "catatan layanan {field} tidak sah ({count} masalah):\n{details}",
        "catatan layanan {field} tidak sah ({count} masalah):\n{details}",
    )


class ScoreOutOfRangeError(InvalidInputError):
    """A monitoring-and-evaluation score outside 0–100 (Perki 1/2022)."""

    code = "score-out-of-range"
    template = N_("{field}: nilai {value} harus berupa angka antara 0 dan 100 (Perki 1/2022)")


# --------------------------------------------------------------------------- documents
# (surat penetapan, berita acara, DIP/DIK tables, annual report)
class DocumentTemplateError(InvalidInputError):
    """A replacement template from a district's document style cannot be compiled or filled
    (``field``: the template file, ``value``: the plugin, ``detail``: what Jinja2 reported)."""

    code = "document-template-invalid"
    template = N_("{field}: templat dokumen dari {value} tidak dapat dipakai: {detail}")


# --------------------------------------------------------------------------- limits of a service
class LimitExceededError(InvalidInputError):
    """An input is larger than a service accepts (``field``: what, ``value``: its size,
    ``limit``: the most accepted). Nothing was computed."""

    code = "limit-exceeded"
    template = N_("{field}: {value} melebihi batas {limit}")


class TimeBudgetExceededError(LimitExceededError):
    """A computation would take longer than a service allows for one call (``limit``: the
    budget in seconds). Split the input into smaller calls."""

    code = "time-budget-exceeded"
    template = N_(
        "{field}: perhitungan melebihi batas waktu {limit} detik per panggilan; bagi masukan "
        "menjadi beberapa panggilan"
    )


class DocumentRecordError(ValidationError):
    """A document to sign was asked for from a record that does not pass its check: a
    consequence test that :func:`kiplib.exemption.check` rejects (the surat penetapan, the
    berita acara) or a DIP that :func:`kiplib.registers.check_dip` rejects. ``problems`` names
    every problem, ``field`` the record and ``document`` the document (``surat_penetapan`` …).
    Such a record can only be rendered as a draft (``draft=True``), marked as one."""

    code = "document-record-invalid"
    template = NP_(
        "{document}: rekaman {field} tidak sah ({count} masalah); dokumen untuk ditandatangani "
        "tidak dapat dibuat, hanya konsep (draft):\n{details}",
        "{document}: rekaman {field} tidak sah ({count} masalah); dokumen untuk ditandatangani "
        "tidak dapat dibuat, hanya konsep (draft):\n{details}",
    )


def _unsupported_language(value: object) -> UnsupportedLanguageError:
    return UnsupportedLanguageError(field="lang", value=value)


i18n.unsupported_language = _unsupported_language
