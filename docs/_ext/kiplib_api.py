"""The API reference of kiplib's public faces, each object documented once.

kiplib serves one object under several public names (``kiplib.PublicBody`` is
``kiplib.law.PublicBody``; ``kiplib.plugins.Role`` is ``kiplib.law.Role``). Each object gets one
*home*: the face (``kiplib_api_faces``) whose package defines it, else the first face that
exports it; a name that no face exports is at home in the public module whose ``__all__``
lists it. The directive::

    ```{eval-rst}
    .. kiplib-api:: kiplib.law
    ```

documents the face's docstring, the names at home on it (autodoc; Google-style sections through
napoleon), a table of its other names linking to their home, and its public modules (their
docstrings and the names at home in them). A cross-reference to any public or module path of an
object (``kiplib.Deadline``, ``kiplib.law.bodies.PublicBody.zone``), or a name relative to the
module it is written in, is resolved to the object's home.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from types import ModuleType
from typing import Any

from docutils import nodes
from docutils.statemachine import StringList
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.ext import napoleon
from sphinx.pycode import ModuleAnalyzer
from sphinx.util.docutils import SphinxDirective

Key = int | tuple[str, int]
#: Values whose repr is at most this long are shown with their documentation.
SHORT_VALUE = 60


def _key(name: str, obj: object) -> Key:
    """Classes, functions and modules are the same object under any name; a value (a number, a
    string, a table) is only the same under the same name."""
    if inspect.isclass(obj) or inspect.isroutine(obj) or inspect.ismodule(obj):
        return id(obj)
    return (name, id(obj))


def _is_data(obj: object) -> bool:
    return not (inspect.isclass(obj) or inspect.isroutine(obj) or inspect.ismodule(obj))


def _public_modules(faces: list[str]) -> list[str]:
    """Every public module of kiplib that is not a face, nor hidden by a name of its package
    (``kiplib.documents.render`` is a function)."""
    import kiplib

    found = []
    for info in pkgutil.walk_packages(kiplib.__path__, "kiplib."):
        name = info.name
        if any(part.startswith("_") for part in name.split(".")) or name in faces:
            continue
        parent, _, last = name.rpartition(".")
        module = importlib.import_module(name)
        if getattr(importlib.import_module(parent), last, module) is module:
            found.append(name)
    return found


class Homes:
    """Where each public object is documented."""

    def __init__(self, faces: list[str]) -> None:
        self.faces = faces
        self.submodules = _public_modules(faces)
        places = [*faces, *self.submodules]
        self.modules = {name: importlib.import_module(name) for name in places}
        exported: dict[Key, list[tuple[str, str]]] = {}
        self.objects: dict[Key, object] = {}
        for place, module in self.modules.items():
            for name in getattr(module, "__all__", ()):
                obj = getattr(module, name)
                if inspect.ismodule(obj):
                    continue
                exported.setdefault(_key(name, obj), []).append((place, name))
                self.objects[_key(name, obj)] = obj
        #: key -> (place, name) of its home
        self.home: dict[Key, tuple[str, str]] = {}
        for key, where in exported.items():
            defined_in = getattr(self.objects[key], "__module__", None)
            if _is_data(self.objects[key]):
                defined_in = None

            def rank(
                place: tuple[str, str], defined_in: str | None = defined_in
            ) -> tuple[int, ...]:
                face = place[0]
                inside = (
                    defined_in is not None
                    and face != "kiplib"
                    and (defined_in == face or defined_in.startswith(face + "."))
                )
                return (face not in faces, not inside, places.index(face))

            self.home[key] = min(where, key=rank)
        self._docs: dict[str, dict[tuple[str, str], list[str]]] = {}

    def face_of(self, module: str) -> str:
        """The face whose page lists ``module``: the longest face that contains it."""
        return max(
            (f for f in self.faces if module.startswith(f + ".")),
            key=len,
            default="kiplib",
        )

    def at_home(self, place: str) -> list[str]:
        module = self.modules[place]
        return [
            name
            for name in getattr(module, "__all__", ())
            if not inspect.ismodule(getattr(module, name))
            and self.home[_key(name, getattr(module, name))] == (place, name)
        ]

    def elsewhere(self, face: str) -> list[tuple[str, str]]:
        """``(name, target)`` of the names of ``face`` documented somewhere else."""
        module = self.modules[face]
        out = []
        for name in getattr(module, "__all__", ()):
            obj = getattr(module, name)
            if inspect.ismodule(obj):
                out.append((name, obj.__name__))
                continue
            home = self.home[_key(name, obj)]
            if home != (face, name):
                out.append((name, ".".join(home)))
        return out

    def data_doc(self, name: str, obj: object) -> list[str]:
        """The ``#:`` comment of a value, in the module that assigns it."""
        for place, module in self.modules.items():
            if vars(module).get(name) is not obj:
                continue
            if place not in self._docs:
                try:
                    self._docs[place] = ModuleAnalyzer.for_module(place).find_attr_docs()
                except Exception:
                    self._docs[place] = {}
            lines = self._docs[place].get(("", name))
            if lines:
                return [line for line in lines if line.strip() or line == ""]
        return []

    def resolve(self, path: str) -> str | None:
        """The documented path of the object at ``path`` (a public or a module path, with
        attributes after it), or ``None``."""
        parts = path.split(".")
        if parts[0] != "kiplib":
            return None
        for cut in range(len(parts), 0, -1):
            module = _import(".".join(parts[:cut]))
            if module is None:
                continue
            obj: Any = module
            documented: list[str] | None = None
            for part in parts[cut:]:
                owner = obj
                try:
                    obj = getattr(owner, part)
                except AttributeError:
                    return None
                key = _key(part, obj)
                if key in self.home:
                    documented = list(self.home[key])
                elif documented is None:
                    return None
                elif inspect.isclass(owner) and part not in vars(owner):
                    # an inherited attribute is documented on the class that defines it
                    bases = [b for b in owner.__mro__ if part in vars(b) and id(b) in self.home]
                    documented = [*self.home[id(bases[0])], part] if bases else None
                    if documented is None:
                        return None
                else:
                    documented.append(part)
            return ".".join(documented) if documented else None
        return None


def _import(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


class KiplibApi(SphinxDirective):
    """``kiplib-api FACE``: the reference of one public face of kiplib."""

    required_arguments = 1

    def _members(self, place: str, homes: Homes) -> list[str]:
        names = homes.at_home(place)
        module = homes.modules[place]
        code = [n for n in names if not _is_data(getattr(module, n))]
        data = [n for n in names if _is_data(getattr(module, n))]
        lines = [f".. automodule:: {place}"]
        if code:
            # The names are the face's, though defined in one of its modules.
            lines += [
                f"   :members: {', '.join(code)}",
                "   :undoc-members:",
                "   :imported-members:",
            ]
        lines.append("")
        for name in data:
            value = getattr(module, name)
            lines.append(f".. autodata:: {place}.{name}")
            if len(repr(value)) > SHORT_VALUE:
                lines.append("   :no-value:")
            lines.append("")
            lines += [f"   {line}" if line else "" for line in homes.data_doc(name, value)]
            lines.append("")
        return lines

    def run(self) -> list[nodes.Node]:
        face = self.arguments[0]
        homes: Homes = self.env.app.kiplib_homes  # type: ignore[attr-defined]
        lines = self._members(face, homes)
        elsewhere = homes.elsewhere(face)
        if elsewhere:
            lines += [
                ".. rubric:: Also available here",
                "",
                f"These names of ``{face}`` are documented where they are at home.",
                "",
                ".. list-table::",
                "   :widths: 30 70",
                "",
            ]
            for name, target in elsewhere:
                role = "mod" if target in homes.modules or _import(target) else "obj"
                lines += [f"   * - ``{name}``", f"     - :py:{role}:`{target}`"]
            lines.append("")
        submodules = [m for m in homes.submodules if homes.face_of(m) == face]
        if submodules:
            lines += [
                ".. rubric:: Modules",
                "",
                f"The public modules of ``{face}``, with the names documented only there.",
                "",
            ]
            for sub in submodules:
                lines += self._members(sub, homes)
        content = StringList(lines, source=f"<kiplib-api {face}>")
        container = nodes.section()
        container.document = self.state.document
        self.state.nested_parse(content, 0, container)
        return container.children


def _candidates(target: str, module: str | None, cls: str | None) -> list[str]:
    """Absolute paths a reference may mean: as written, in its class, then in its module, the
    module's packages and their modules (the nearest first)."""
    if target.startswith("kiplib"):
        return [target]
    tries = [target]
    if module:
        if cls:
            tries.append(f"{module}.{cls}.{target}")
        package = module
        while package:
            tries.append(f"{package}.{target}")
            tries += [
                f"{name}.{target}"
                for name in sorted(_loaded(package))
                if name != package and name.startswith(package + ".")
            ]
            package = package.rpartition(".")[0]
    return tries


def _loaded(prefix: str) -> list[str]:
    import sys

    return [name for name in sys.modules if name == prefix or name.startswith(prefix + ".")]


def _missing_reference(
    app: Sphinx, env: BuildEnvironment, node: Any, contnode: nodes.Element
) -> nodes.Element | None:
    if node.get("refdomain") != "py":
        return None
    homes: Homes = app.kiplib_homes  # type: ignore[attr-defined]
    target = node["reftarget"].lstrip("~.")
    domain = env.get_domain("py")
    for path in _candidates(target, node.get("py:module"), node.get("py:class")):
        home = homes.resolve(path)
        if home is None:
            continue
        for role in (node["reftype"], "obj"):
            found = domain.resolve_xref(
                env, node["refdoc"], app.builder, role, home, node, contnode
            )
            if found is not None:
                return found
        return None
    return None


def _builder_inited(app: Sphinx) -> None:
    app.kiplib_homes = Homes(app.config.kiplib_api_faces)  # type: ignore[attr-defined]


def _process_docstring(
    app: Sphinx, what: str, name: str, obj: object, options: Any, lines: list[str]
) -> None:
    """Google-style sections (Args, Returns, Raises, Examples …) are read in the docstrings
    of modules, classes and functions; the one-paragraph docstrings of attributes, data and
    properties are prose, where napoleon would read ``text: more`` as a type and a
    description. A value documents itself with its ``#:`` comment, never with the docstring
    of its type (a ``dict``, a :class:`~kiplib.PublicBody`)."""
    own = inspect.getdoc(type(obj)) if what == "data" and not inspect.isclass(obj) else None
    if own and "\n".join(lines).strip() == own.strip():
        lines[:] = []
    if what not in ("attribute", "data", "property"):
        napoleon._process_docstring(app, what, name, obj, options, lines)


#: Names of the standard library that a signature shows unqualified when its annotations
#: could not be evaluated (a name imported only for type checking): qualified, they link
#: nowhere by mistake (``date`` is also an attribute of several kiplib classes).
_STDLIB_NAMES = re.compile(
    r"(?<![\w.])(date|datetime|time|timedelta|tzinfo|Iterable|Iterator|Mapping|Sequence|Callable)(?!\w)"
)
_STDLIB_MODULES = {
    "date": "datetime",
    "datetime": "datetime",
    "time": "datetime",
    "timedelta": "datetime",
    "tzinfo": "datetime",
}


def _qualify(text: str | None) -> str | None:
    if not text:
        return text
    return _STDLIB_NAMES.sub(
        lambda m: f"{_STDLIB_MODULES.get(m.group(1), 'collections.abc')}.{m.group(1)}", text
    )


def _process_signature(
    app: Sphinx,
    what: str,
    name: str,
    obj: object,
    options: Any,
    signature: str | None,
    return_annotation: str | None,
) -> tuple[str | None, str | None]:
    return _qualify(signature), _qualify(return_annotation)


def setup(app: Sphinx) -> dict[str, Any]:
    app.setup_extension("sphinx.ext.napoleon")
    for listener in list(app.events.listeners["autodoc-process-docstring"]):
        if listener.handler is napoleon._process_docstring:
            app.disconnect(listener.id)
    app.connect("autodoc-process-docstring", _process_docstring)
    app.connect("autodoc-process-signature", _process_signature)
    app.add_config_value("kiplib_api_faces", [], "env")
    app.add_directive("kiplib-api", KiplibApi)
    app.connect("builder-inited", _builder_inited)
    app.connect("missing-reference", _missing_reference)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
