"""Reading a stored record (JSON) from a file or standard input, for the record commands."""

from __future__ import annotations

import sys
from typing import TypeVar

from kiplib import serialization

T = TypeVar("T")


def read_record(path: str, cls: type[T]) -> T:
    """The record of type ``cls`` in the JSON file ``path`` (``-``: standard input)."""
    if path == "-":
        text = sys.stdin.read()
    else:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    return serialization.loads(text, cls)
