"""The public test kit for apps and plugin authors.

* :mod:`kiplib.testing.strategies` — Hypothesis strategies that generate valid kiplib values
  (dates in the supported range, public bodies, steps …), so a test suite can property-test
  its own deadline logic against kiplib's; ``bodies_in_scope`` and ``consequence_test_facts``
  generate values inside a plugin's scope.
* :mod:`kiplib.testing.plugins` — the plugin author's kit: ``assert_plugin_conforms``,
  ``assert_never_loosens`` (a property test) and ``registered`` (a context manager); the
  pytest fixture ``kiplib_plugins`` comes with kiplib (``pytest11`` entry point,
  :mod:`kiplib.testing.pytest_plugin`).
* :func:`example` — one worked example record of every stored kind, shipped with kiplib:
  the records of a regency (Pemerintah Kabupaten Karanganyar, 2024–2025) that the
  documentation uses, ready to try a function or a command on.

The strategies and the plugin kit need ``pip install "kiplib[testing]"``; :func:`example`
needs nothing more than kiplib.

Examples:
    >>> from kiplib.testing import example
    >>> test = example("consequence_test")
    >>> test.number, [g for g in test.grounds]
    ('800/112/DKK/2024', ['h.2'])
"""

from __future__ import annotations

from importlib import resources
from typing import Any

from kiplib.errors import InvalidInputError
from kiplib.i18n import N_

__all__ = ["example", "example_names", "example_text"]


def _folder() -> Any:
    return resources.files(__name__).joinpath("examples")


def example_names() -> tuple[str, ...]:
    """The names of the example records: one for every stored kind (``"deadline"``,
    ``"consequence_test"``, ``"body_records"`` …), in alphabetical order."""
    return tuple(sorted(p.name.removesuffix(".json") for p in _folder().iterdir()))


def example_text(name: str) -> str:
    """The example record ``name`` as the JSON document kiplib stores (current
    ``schema_version``), e.g. to write to a file for the ``kiplib`` command.

    Raises:
        kiplib.errors.InvalidInputError: there is no example of that name.
    """
    if name not in example_names():
        raise InvalidInputError(
            field="example",
            value=repr(name),
            reason=N_("tidak ada contoh dengan nama itu"),
        )
    text: str = _folder().joinpath(f"{name}.json").read_text(encoding="utf-8")
    return text


def example(name: str) -> Any:
    """The example record ``name`` (a stored kind, see :func:`example_names`), read with
    :func:`kiplib.serialization.loads`.

    Raises:
        kiplib.errors.InvalidInputError: there is no example of that name.
    """
    from kiplib import serialization

    return serialization.loads(example_text(name))
