"""Writing a view (:mod:`kiplib.service.views`) as the JSON output of a sub-command."""

from __future__ import annotations

import json
import sys
from typing import Any

__all__ = ["write_json"]


def write_json(view: Any) -> None:
    """``view`` on standard output, indented, UTF-8 text kept as it is."""
    sys.stdout.write(json.dumps(view, ensure_ascii=False, indent=2) + "\n")
