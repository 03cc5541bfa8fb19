"""Argument checks shared by kiplib's values: every wrong type is an
:class:`~kiplib.errors.InvalidInputError` naming the field, the value and what was expected —
never an ``AttributeError`` or ``TypeError`` deep inside a computation.

The helpers are attrs validators and converters (``validator(instance, attribute, value)``)
and plain functions for function arguments (:func:`argument`). An enum field also takes the
stored string value of a member (``"regency_city"``) and converts it; a boolean field takes
only ``True`` or ``False`` (a truthy string such as ``"tidak"`` is refused).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any, TypeVar

import attrs

from kiplib.errors import InvalidInputError
from kiplib.i18n import N_

__all__ = [
    "argument",
    "boolean",
    "callable_value",
    "enum_converter",
    "instance_of",
    "iso_date",
    "one_of",
    "optional_instance_of",
    "optional_text",
    "text",
    "to_enum",
    "to_tuple",
    "tuple_of",
]

E = TypeVar("E", bound=enum.Enum)
T = TypeVar("T")


def _expected(types: tuple[type, ...]) -> str:
    # Type names are code vocabulary, the same in every language: "date", "PublicBody".
    return " / ".join(t.__name__ for t in types)


def _fail(field: str, value: object, types: tuple[type, ...]) -> InvalidInputError:
    return InvalidInputError(
        field=field,
        value=_shown(value),
        reason=N_("harus berupa {expected}"),
        expected=_expected(types),
    )


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _ok(value: object, types: tuple[type, ...]) -> bool:
    if isinstance(value, bool) and bool not in types:
        return False  # True is an int, but never a count or a year
    if isinstance(value, datetime) and date in types and datetime not in types:
        return False  # a datetime is a date subclass, but not a local date
    return isinstance(value, types)


def instance_of(*types: type) -> Callable[[Any, attrs.Attribute[Any], Any], None]:
    """An attrs validator: the value is one of ``types`` (a bool is not an int, a datetime
    not a date)."""
    exact = frozenset(types)  # a value of exactly one of the types passes _ok at once

    def check(_inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if type(value) not in exact and not _ok(value, types):
            raise _fail(attribute.name, value, types)

    return check


def optional_instance_of(*types: type) -> Callable[[Any, attrs.Attribute[Any], Any], None]:
    """Like :func:`instance_of`, or ``None``."""
    exact = frozenset(types)

    def check(_inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is not None and type(value) not in exact and not _ok(value, types):
            raise _fail(attribute.name, value, types)

    return check


def boolean(_inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """An attrs validator: ``True`` or ``False``, nothing else."""
    if type(value) is not bool:
        raise _fail(attribute.name, value, (bool,))


def one_of(*values: object) -> Callable[[Any, attrs.Attribute[Any], Any], None]:
    """An attrs validator: one of ``values``."""

    def check(_inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value not in values or isinstance(value, bool):
            raise InvalidInputError(
                field=attribute.name,
                value=_shown(value),
                reason=N_("harus salah satu dari: {allowed}"),
                allowed=", ".join(map(str, values)),
            )

    return check


def callable_value(_inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """An attrs validator: something that can be called."""
    if not callable(value):
        raise InvalidInputError(
            field=attribute.name, value=_shown(value), reason=N_("harus dapat dipanggil")
        )


def text(_inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """An attrs validator: a string that is not blank."""
    if not isinstance(value, str) or not value.strip():
        raise InvalidInputError(
            field=attribute.name, value=_shown(value), reason=N_("wajib diisi (teks)")
        )


def optional_text(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """Like :func:`text`, or ``None``."""
    if value is not None:
        text(inst, attribute, value)


def to_enum(cls: type[E], value: object, field: str) -> E:
    """A member of ``cls`` as it is, or the member whose stored value (``"same_day"``) is
    given; anything else is an :class:`InvalidInputError` naming ``field`` and the values."""
    if isinstance(value, cls):
        return value
    if isinstance(value, str) and not isinstance(value, enum.Enum):
        for member in cls:
            if member.value == value:
                return member
    raise InvalidInputError(
        field=field,
        value=_shown(value),
        reason=N_("harus salah satu dari: {allowed}"),
        allowed=", ".join(str(m.value) for m in cls),
    )


def enum_converter(cls: type[E], *, optional: bool = False) -> Callable[[Any], Any]:
    """An attrs converter: a member of ``cls`` as it is, its stored value (``"same_day"``)
    converted; anything else is left for the validator (``instance_of(cls)``) to refuse.
    (For mypy, wrap it in a named function of the module: ``def _kind(v): ...``.)"""

    def convert(value: Any) -> Any:
        if value is None and optional:
            return None
        if isinstance(value, cls):
            return value
        if isinstance(value, str) and not isinstance(value, enum.Enum):
            for member in cls:
                if member.value == value:
                    return member
        return value

    return convert


def to_tuple(types: tuple[type, ...], value: object, field: str) -> tuple[Any, ...]:
    """A tuple of a list or tuple whose items are all ``types``; a string where a list goes is
    refused (never split into characters), as is an item of another type."""
    return _to_tuple(types, value, field)


def tuple_of(*types: type, field: str | None = None) -> Callable[[Iterable[Any]], tuple[Any, ...]]:
    """An attrs converter that makes a tuple of a list or tuple of ``types``; a string where a
    list goes is refused (never split into characters), as is an item of another type."""
    name = field or "items"

    def convert(value: Iterable[Any]) -> tuple[Any, ...]:
        return _to_tuple(types, value, name)

    return convert


def _to_tuple(types: tuple[type, ...], value: Any, name: str) -> tuple[Any, ...]:
    kind = type(value)
    # A list or a tuple (most values) is iterable and no string: the ABC check is for the rest.
    if (kind is not tuple and kind is not list) and (
        isinstance(value, str | bytes) or not isinstance(value, Iterable)
    ):
        raise InvalidInputError(
            field=name, value=_shown(value), reason=N_("harus berupa daftar (list/tuple)")
        )
    items: tuple[Any, ...] = tuple(value)
    for i, item in enumerate(items):
        if not _ok(item, types):
            raise _fail(f"{name}[{i}]", item, types)
    return items


def argument(name: str, value: T, *types: type) -> T:
    """``value`` when it is one of ``types``; else an :class:`InvalidInputError` naming the
    parameter ``name`` (for function arguments)."""
    if not _ok(value, types):
        raise _fail(name, value, types)
    return value


def iso_date(text: str, field: str) -> date:
    """The date written ``YYYY-MM-DD`` in ``text`` (a command-line or query value); anything
    else is an :class:`InvalidInputError` naming ``field``."""
    try:
        if isinstance(text, str) and len(text) == 10 and text[4] == text[7] == "-":
            return date.fromisoformat(text)  # not a week date (2024-W14-5)
    except ValueError:
        pass
    raise InvalidInputError(
        field=field, value=repr(text)[:40], reason=N_("gunakan tanggal ISO, mis. 2024-04-05")
    )
