"""Fast paths for :mod:`kiplib.serialization`: stored documents read and written without the
general machinery, when nothing about them is unusual.

The strict path — the cattrs converter of :mod:`kiplib.serialization` — checks everything and
names every problem with its JSON path. Most documents have no problem. For them, this
module generates, per stored class, plain Python that does what the converter does, and only
that:

* a *reader* takes the dict of a document and builds the record, calling the same hooks and
  constructors with the same values as the converter; it accepts only what it is sure of
  (exact JSON types, known keys, a shape no deeper than the limits) and raises
  :class:`Fallback` on anything else, so that the strict path reads the document again and
  says what is wrong, exactly as it always has;
* a *writer* turns a record into the JSON text ``json.dumps(to_dict(record),
  ensure_ascii=False)`` gives, field by field (the same keys in the same order, the same
  defaults left out, the same escaping), and raises :class:`Fallback` on a value of a type it
  does not expect.

Both are made from the converter's own configuration (its hooks and the field overrides of
each class), never from a second description of the formats. The tests compare both paths on
every kind of record, valid and broken.
"""

from __future__ import annotations

import enum
import json
import math
import types
import typing
from collections.abc import Callable, Mapping
from datetime import date, datetime, time
from typing import Any, Final

import attrs
from cattrs.gen import override as _override

__all__ = ["Codec", "Fallback"]

#: Writes plain JSON data (what a hook returns) exactly as ``json.dumps(...,
#: ensure_ascii=False)`` does.
_ENCODER: Final = json.JSONEncoder(ensure_ascii=False)
_encode_str: Final = json.encoder.encode_basestring


def _optional_of(t: Any) -> Any:
    """The ``X`` of ``X | None``; ``None`` when ``t`` is not a union. Any other union is not
    one the fast paths handle (:class:`_Unsupported`)."""
    if typing.get_origin(t) not in (typing.Union, types.UnionType):
        return None
    args = typing.get_args(t)
    rest = [a for a in args if a is not type(None)]
    if len(rest) != 1 or len(args) != 2:
        raise _Unsupported(t)
    return rest[0]


#: How many values an interned class keeps, and the longest member text of a kept one.
_KEPT: Final = 4096
_KEPT_TEXT: Final = 512


class Fallback(Exception):
    """The fast path met something it does not handle: the strict path decides."""


_NOTHING: Final = attrs.NOTHING
#: The override of a field the converter stores as it is.
_NEUTRAL: Final = _override()


@attrs.frozen
class ClassShape:
    """How one class is stored: the converter's overrides of its fields, and whether fields
    equal to their default are left out (``omit_if_default``)."""

    omit_if_default: bool = False
    #: ``field name -> cattrs.gen.override(...)``.
    overrides: Mapping[str, Any] = attrs.field(factory=dict)
    #: The ``type`` tag written first (request events), if any.
    tag: str | None = None


class Codec:
    """Readers and writers generated for the classes of one converter.

    Args:
        converter: the strict converter (its hooks are called for the values it converts).
        shapes: the storage shape of every class that has one (the others: every field).
        unions: union types stored as tagged objects: ``union -> {tag: class}``.
        written_in_full: field hooks (``override(unstruct_hook=...)``) that store a value of
            a class with every field, as the converter's plain function for it does.
        max_text: the longest string a reader accepts (longer ones: the strict path).
        max_depth: the deepest nesting a reader accepts.
        interned: frozen classes whose values repeat across documents (citations): their
            reader keeps the value it made of an object whose every member is a string (of
            at most 512 characters; up to 4 096 values) and gives it again for an object with
            the same members in the same order, all exact strings — the same value the
            constructor would make, without making it.
    """

    def __init__(
        self,
        converter: Any,
        shapes: Mapping[type[Any], ClassShape],
        unions: Mapping[Any, Mapping[str, type[Any]]],
        *,
        written_in_full: Mapping[Callable[[Any], Any], type[Any]] = {},
        max_text: int,
        max_depth: int,
        interned: frozenset[type[Any]] = frozenset(),
    ) -> None:
        self._converter = converter
        self._interned = interned
        self._shapes = shapes
        self._unions = unions
        self._in_full = dict(written_in_full)
        self._max_text = max_text
        self._max_depth = max_depth
        self._readers: dict[type[Any], Callable[[Any], Any] | None] = {}
        self._writers: dict[type[Any], Callable[[Any], str] | None] = {}
        self._namespace: dict[str, Any] = {
            "Fallback": Fallback,
            "MAX_TEXT": max_text,
            "_str": _encode_str,
            "_json": _ENCODER.encode,
            "_isfinite": math.isfinite,
            "_date": date,
            "_datetime": datetime,
            "_time": time,
            "_float_repr": float.__repr__,
            "_int_repr": int.__repr__,
        }
        self._names: dict[Any, str] = {}
        self._depth: dict[type[Any], int] = {}

    # ------------------------------------------------------------------ public
    def reader(
        self, cls: type[Any], *, skip: frozenset[str] = frozenset()
    ) -> Callable[[Any], Any] | None:
        """A function ``dict -> record`` for ``cls`` (keys in ``skip`` are allowed and not
        read: the tags of a stored document), or ``None`` when ``cls`` is not one it can
        read (a field type it does not know, a shape too deep)."""
        key = (cls, skip)
        if key not in self._readers:  # type: ignore[comparison-overlap]
            try:
                depth = self._class_depth(cls, ())
                if depth >= self._max_depth:
                    raise _Unsupported(cls)
                name = self._reader_of(cls, skip)
            except _Unsupported:
                self._readers[key] = None  # type: ignore[index]
            else:
                self._readers[key] = self._namespace[name]  # type: ignore[index]
        return self._readers[key]  # type: ignore[index]

    def writer(self, cls: type[Any], head: str = "") -> Callable[[Any], str] | None:
        """A function ``record -> JSON text`` for ``cls``, the object starting with the raw
        members ``head`` (``'"kind": "deadline", "schema_version": 3'``), or ``None`` when
        ``cls`` is not one it can write."""
        key = (cls, head)
        if key not in self._writers:  # type: ignore[comparison-overlap]
            try:
                name = self._writer_of(cls)
            except _Unsupported:
                self._writers[key] = None  # type: ignore[index]
            else:
                write = self._namespace[name]
                opening = "{" + head
                started = bool(head)

                def whole(record: Any, _write: Any = write, _opening: str = opening) -> str:
                    parts: list[str] = []
                    _write(record, parts.append, _opening, started)
                    return "".join(parts)

                self._writers[key] = whole  # type: ignore[index]
        return self._writers[key]  # type: ignore[index]

    # ------------------------------------------------------------------ helpers
    def _bind(self, value: Any, prefix: str) -> str:
        """A name for ``value`` in the generated code's namespace."""
        found = self._names.get(id(value))
        if found is not None and self._namespace.get(found) is value:
            return found
        name = f"{prefix}{len(self._namespace)}"
        self._namespace[name] = value
        self._names[id(value)] = name
        return name

    def _fields(
        self, cls: type[Any], shape: ClassShape | None = None
    ) -> list[tuple[attrs.Attribute[Any], Any, Any]]:
        """The stored fields of ``cls``: attribute, resolved type, override."""
        if not attrs.has(cls):
            raise _Unsupported(cls)
        hints = typing.get_type_hints(cls)
        if shape is None:
            shape = self._shapes.get(cls, ClassShape())
        out = []
        for a in attrs.fields(cls):
            override = shape.overrides.get(a.name, _NEUTRAL)
            if override.omit or (override.omit is None and not a.init):
                continue
            if override.rename is not None or override.struct_hook is not None:
                raise _Unsupported(cls)
            out.append((a, hints[a.name], override))
        return out

    def _class_depth(self, cls: type[Any], seen: tuple[type[Any], ...]) -> int:
        """How deep the stored form of ``cls`` nests (its object counts 1)."""
        if cls in self._depth:
            return self._depth[cls]
        if cls in seen:
            raise _Unsupported(cls)  # a class that holds itself: no bound
        deepest = 0
        for _a, t, _o in self._fields(cls):
            deepest = max(deepest, self._type_depth(t, (*seen, cls)))
        self._depth[cls] = deepest + 1
        return deepest + 1

    def _type_depth(self, t: Any, seen: tuple[type[Any], ...]) -> int:
        if t in self._unions:
            return max(self._class_depth(c, seen) for c in self._unions[t].values())
        origin = typing.get_origin(t)
        args = typing.get_args(t)
        if origin in (typing.Union, types.UnionType):
            return max(self._type_depth(a, seen) for a in args if a is not type(None))
        if origin in (tuple, frozenset, list):
            return 1 + self._type_depth(args[0], seen)
        if origin is dict:
            return 1
        if attrs.has(t):
            return self._class_depth(t, seen)
        return 0

    # ------------------------------------------------------------------ readers
    def _reader_of(self, cls: type[Any], skip: frozenset[str] = frozenset()) -> str:
        key = ("reader", cls, skip)
        if key in self._names:
            return self._names[key]
        name = f"_read_{len(self._namespace)}"
        self._names[key] = name
        self._namespace[name] = None  # reserved: a nested class may refer to it
        fields = self._fields(cls)
        allowed = frozenset(a.name for a, _t, _o in fields) | skip
        lines = [
            f"def {name}(d):",
            f"    if type(d) is not dict or not d.keys() <= {self._bind(allowed, '_keys')}:",
            "        raise Fallback",
            "    kw = {}",
        ]
        for a, t, _unused in fields:
            convert = self._read_value(t)
            key_ = repr(a.name)
            if a.default is _NOTHING:
                lines.append(f"    v = d[{key_}]")
                lines.extend(f"    {line}" for line in convert)
                lines.append(f"    kw[{a.alias!r}] = v")
            else:
                lines.append(f"    if {key_} in d:")
                lines.append(f"        v = d[{key_}]")
                lines.extend(f"        {line}" for line in convert)
                lines.append(f"        kw[{a.alias!r}] = v")
        if cls in self._interned and not skip:
            # A key equal to a kept one is an object with the same members in the same order,
            # all strings (a string equals nothing but the same string): the same value.
            kept = self._bind({}, "_kept")
            # Only short texts are kept (a kept value holds its key's strings), and a hit
            # needs exact strings too (a subclass of str equals the string it holds).
            lines[1:1] = [
                "    if type(d) is dict:",
                "        try:",
                f"            found = {kept}.get(key := tuple(d.items()))",
                "        except TypeError:",
                "            found = key = None",
                "        if found is not None and all(type(x) is str for x in d.values()):",
                "            return found",
            ]
            lines += [
                f"    made = {self._bind(cls, '_cls')}(**kw)",
                "    if key is not None and all(",
                f"        type(x) is str and len(x) <= {_KEPT_TEXT} for x in d.values()",
                "    ):",
                f"        if len({kept}) >= {_KEPT}:",
                f"            {kept}.clear()",
                f"        {kept}[key] = made",
                "    return made",
            ]
        else:
            lines.append(f"    return {self._bind(cls, '_cls')}(**kw)")
        exec("\n".join(lines), self._namespace)
        return name

    def _read_value(self, t: Any) -> list[str]:
        """Statements that turn ``v`` (a JSON value) into the value of type ``t``, in place."""
        if t is str:
            return ["if type(v) is not str or len(v) > MAX_TEXT:", "    raise Fallback"]
        if t is int:
            return ["if type(v) is not int:", "    raise Fallback"]
        if t is bool:
            return ["if type(v) is not bool:", "    raise Fallback"]
        if t in self._unions:
            return [f"v = {self._union_reader(t)}(v)"]
        optional = _optional_of(t)
        if optional is not None:
            inner = self._read_value(optional)
            return ["if v is not None:", *(f"    {line}" for line in inner)]
        origin = typing.get_origin(t)
        args = typing.get_args(t)
        if origin in (tuple, frozenset) and len(args) in (1, 2):
            if origin is tuple and (len(args) != 2 or args[1] is not Ellipsis):
                raise _Unsupported(t)
            item = self._item_reader(args[0])
            make = "tuple" if origin is tuple else "frozenset"
            return [
                "if type(v) is not list:",
                "    raise Fallback",
                f"v = {make}([{item}(x) for x in v])",
            ]
        if origin is dict and args == (str, str):
            return [
                "if type(v) is not dict:",
                "    raise Fallback",
                "for k, x in v.items():",
                "    if type(k) is not str or type(x) is not str:",
                "        raise Fallback",
                "    if len(k) > MAX_TEXT or len(x) > MAX_TEXT:",
                "        raise Fallback",
                "v = dict(v)",
            ]
        if attrs.has(t):
            self._class_depth(t, ())
            return [f"v = {self._reader_of(t)}(v)"]
        if isinstance(t, type) and issubclass(t, enum.Enum):
            # ``E(v)`` (the converter's hook) gives the member of a value it stores as a
            # string: looked up at once; anything else goes to the hook.
            hook = self._bind(self._converter.get_structure_hook(t), "_hook")
            members = {k: m for k, m in t._value2member_map_.items() if type(k) is str}
            table = self._bind(members, "_members")
            return [
                f"m = {table}.get(v) if type(v) is str else None",
                f"v = {hook}(v, {self._bind(t, '_type')}) if m is None else m",
            ]
        if isinstance(t, type) and issubclass(t, float | date | time):
            # The strict path refuses a text longer than the limit before any hook reads it
            # (an instant's fraction of a second may have any number of digits).
            hook = self._converter.get_structure_hook(t)
            return [
                "if type(v) is str and len(v) > MAX_TEXT:",
                "    raise Fallback",
                f"v = {self._bind(hook, '_hook')}(v, {self._bind(t, '_type')})",
            ]
        raise _Unsupported(t)

    def _item_reader(self, t: Any) -> str:
        """The name of a function that converts one item of a collection of ``t``."""
        key = ("item", t)
        if key in self._names:
            return self._names[key]
        name = f"_item_{len(self._namespace)}"
        body = self._read_value(t)
        source = "\n".join([f"def {name}(v):", *(f"    {line}" for line in body), "    return v"])
        exec(source, self._namespace)
        self._names[key] = name
        return name

    def _union_reader(self, union: Any) -> str:
        key = ("union", union)
        if key in self._names:
            return self._names[key]
        name = f"_union_{len(self._namespace)}"
        self._names[key] = name
        readers = {
            tag: self._reader_of(cls, frozenset({"type"}))
            for tag, cls in self._unions[union].items()
        }
        table = self._bind({tag: self._namespace[r] for tag, r in readers.items()}, "_tags")
        source = "\n".join(
            [
                f"def {name}(v):",
                "    if type(v) is not dict:",
                "        raise Fallback",
                f"    read = {table}.get(v.get('type'))",
                "    if read is None:",
                "        raise Fallback",
                "    return read(v)",
            ]
        )
        exec(source, self._namespace)
        # The readers of the members may have been reserved but not yet made.
        self._namespace[table].update({tag: self._namespace[r] for tag, r in readers.items()})
        return name

    # ------------------------------------------------------------------ writers
    # A writer appends JSON text to ``w`` (a list's append). Every writer of a value takes
    # ``pre``, the text that must come right before it (a separator, a member's name), and
    # appends it with its own first piece: fewer, longer pieces.
    def _writer_of(self, cls: type[Any], *, in_full: bool = False) -> str:
        """The name of ``write(o, w, pre, started)``: appends ``pre``, then the members of
        ``o`` and ``}`` (``pre`` holds ``{`` and any raw members written before the fields;
        ``started``: such members were written, so a ``", "`` comes first). ``in_full``:
        every field, as the converter's plain function for the class writes it."""
        key = ("writer", cls, in_full)
        if key in self._names:
            return self._names[key]
        name = f"_write_{len(self._namespace)}"
        self._names[key] = name
        self._namespace[name] = None
        shape = ClassShape() if in_full else self._shapes.get(cls, ClassShape())
        fields = self._fields(cls, shape)
        always: list[tuple[str, str, Any, Any]] = []
        optional: list[tuple[str, str, Any, Any, attrs.Attribute[Any]]] = []
        for a, t, override in fields:
            if shape.tag is not None and a.name == "type":
                raise _Unsupported(cls)
            member = f'"{a.name}": '
            omit = a.default is not _NOTHING and (
                (shape.omit_if_default and override.omit_if_default is not False)
                or override.omit_if_default
            )
            if omit:
                optional.append((member, f"o.{a.name}", t, override, a))
            else:
                always.append((member, f"o.{a.name}", t, override))
        lines = [
            f"def {name}(o, w, pre, started):",
            f"    if type(o) is not {self._bind(cls, '_cls')}:",
            "        raise Fallback",
        ]
        # ``pending``: code of the text not yet appended; ``sure``: a member certainly
        # precedes the next one (its separator is ", ").
        if shape.tag is not None:
            tag = '"type": ' + _encode_str(shape.tag)
            pending = f"pre + (', ' if started else '') + {tag!r}"
            sure = True
        else:
            pending = "pre"
            sure = False
        # The converter's order: the members always stored first, then those stored when
        # they differ from their default, each group in field order.
        for member, expr, t, override in always:
            separator = "', '" if sure else "(', ' if started else '')"
            prefix = f"{separator} + {member!r}"
            if pending:
                prefix = f"{pending} + {prefix}"
            lines.append(f"    v = {expr}")
            lines.extend(f"    {line}" for line in self._write_field(t, override, prefix))
            pending, sure = "", True
        if optional:
            if pending:
                lines.append(f"    w({pending})")
            lines.append("    sep = ', '" if sure else "    sep = ', ' if started else ''")
            for member, expr, t, override, a in optional:
                lines.append(f"    v = {expr}")
                lines.append(f"    if v != {self._default_expression(a)}:")
                prefix = f"sep + {member!r}"
                lines.extend(f"        {line}" for line in self._write_field(t, override, prefix))
                lines.append("        sep = ', '")
            lines.append("    w('}')")
        else:
            lines.append(f"    w({pending} + '}}')" if pending else "    w('}')")
        exec("\n".join(lines), self._namespace)
        return name

    def _default_expression(self, a: attrs.Attribute[Any]) -> str:
        """What cattrs compares a field with to leave it out (its default, converted)."""
        d: Any = a.default
        convert: Any = a.converter
        if isinstance(convert, attrs.Converter):  # a converter that takes the instance
            raise _Unsupported(a)
        if isinstance(d, attrs.Factory):  # type: ignore[arg-type]
            factory = self._bind(d.factory, "_factory")
            text = f"{factory}(o)" if d.takes_self else f"{factory}()"
            if convert is not None:
                text = f"{self._bind(convert, '_conv')}({text})"
            return text
        if convert is not None:
            d = convert(d)
        return self._bind(d, "_default")

    def _write_field(self, t: Any, override: Any, prefix: str) -> list[str]:
        """Statements that append ``prefix`` (code) and the JSON text of ``v``, a field of
        type ``t`` (stored with ``override``)."""
        hook = override.unstruct_hook
        if hook is not None:
            cls = self._in_full.get(hook)
            if cls is not None:
                return [f"{self._writer_of(cls, in_full=True)}(v, w, {prefix} + '{{', False)"]
            return [f"w({prefix} + _json({self._bind(hook, '_hook')}(v)))"]
        text = self._text_of(t)
        if text is not None:
            checks, expression = text
            return [*checks, f"w({prefix} + {expression})"]
        return [f"{self._value_writer(t)}(v, w, {prefix})"]

    def _text_of(self, t: Any) -> tuple[list[str], str] | None:
        """For a type written as one piece of text: the checks of ``v`` and the expression of
        its JSON text; ``None`` for the others (objects, arrays of objects)."""
        if t is str:
            return ["if type(v) is not str:", "    raise Fallback"], "_str(v)"
        if t is int:
            return ["if type(v) is not int:", "    raise Fallback"], "_int_repr(v)"
        if t is bool:
            return ["if v is not True and v is not False:", "    raise Fallback"], (
                "('true' if v else 'false')"
            )
        if t is float:
            checks = ["if type(v) is not float or not _isfinite(v):", "    raise Fallback"]
            return checks, "_float_repr(v)"
        if t is date or t is datetime:
            exact = "_date" if t is date else "_datetime"
            return [f"if type(v) is not {exact}:", "    raise Fallback"], "_str(v.isoformat())"
        if isinstance(t, type) and issubclass(t, enum.Enum):
            hook = self._converter.get_unstructure_hook(t)
            table = self._bind({m: _ENCODER.encode(hook(m)) for m in t}, "_enum")
            checks = [f"if type(v) is not {self._bind(t, '_type')}:", "    raise Fallback"]
            return checks, f"{table}[v]"
        origin = typing.get_origin(t)
        args = typing.get_args(t)
        if origin in (typing.Union, types.UnionType) and t not in self._unions:
            rest = [a for a in args if a is not type(None)]
            if len(rest) != 1 or len(args) != 2:
                raise _Unsupported(t)
            inner = self._text_of(rest[0])
            if inner is None:
                return None
            function = self._text_function(rest[0])
            return [], f"('null' if v is None else {function}(v))"
        if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
            item = args[0]
            if item is str:
                return [
                    "if type(v) is not tuple:",
                    "    raise Fallback",
                    "for x in v:",
                    "    if type(x) is not str:",
                    "        raise Fallback",
                ], "'[' + ', '.join(map(_str, v)) + ']'"
            if self._text_of(item) is not None:
                function = self._text_function(item)
                checks = ["if type(v) is not tuple:", "    raise Fallback"]
                return checks, f"'[' + ', '.join(map({function}, v)) + ']'"
        return None

    def _text_function(self, t: Any) -> str:
        """The name of ``text(v) -> str``: the JSON text of a value of type ``t``."""
        key = ("text", t)
        if key in self._names:
            return self._names[key]
        text = self._text_of(t)
        assert text is not None
        checks, expression = text
        name = f"_text_{len(self._namespace)}"
        body = [f"def {name}(v):", *(f"    {line}" for line in checks), f"    return {expression}"]
        exec("\n".join(body), self._namespace)
        self._names[key] = name
        return name

    def _value_writer(self, t: Any) -> str:
        """The name of ``write(v, w, pre)`` for a value of type ``t`` that is not one piece
        of text: an object, an array of objects, a tagged union, a hook's result."""
        key = ("value", t)
        if key in self._names:
            return self._names[key]
        name = f"_value_{len(self._namespace)}"
        self._names[key] = name
        self._namespace[name] = None
        body = self._value_body(t)
        source = "\n".join([f"def {name}(v, w, pre):", *(f"    {line}" for line in body)])
        exec(source, self._namespace)
        return name

    def _value_body(self, t: Any) -> list[str]:
        text = self._text_of(t)
        if text is not None:
            checks, expression = text
            return [*checks, f"w(pre + {expression})"]
        if t in self._unions:
            table = self._bind(
                {cls: self._namespace[self._writer_of(cls)] for cls in self._unions[t].values()},
                "_writers",
            )
            return [
                f"write = {table}.get(type(v))",
                "if write is None:",
                "    raise Fallback",
                "write(v, w, pre + '{', False)",
            ]
        optional = _optional_of(t)
        if optional is not None:
            inner = self._value_writer(optional)
            return ["if v is None:", "    w(pre + 'null')", "else:", f"    {inner}(v, w, pre)"]
        origin = typing.get_origin(t)
        args = typing.get_args(t)
        if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
            item = self._value_writer(args[0])
            return [
                "if type(v) is not tuple:",
                "    raise Fallback",
                "if not v:",
                "    w(pre + '[]')",
                "    return",
                "pre += '['",
                "for x in v:",
                f"    {item}(x, w, pre)",
                "    pre = ', '",
                "w(']')",
            ]
        if attrs.has(t):
            return [f"{self._writer_of(t)}(v, w, pre + '{{', False)"]
        # Anything else: the converter's own hook, its result written as plain JSON.
        hook = self._converter.get_unstructure_hook(t)
        return [f"w(pre + _json({self._bind(hook, '_hook')}(v)))"]


class _Unsupported(Exception):
    """A type or class the fast paths do not handle (made once, when a path is generated)."""
