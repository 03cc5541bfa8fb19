"""Make the plugin distributions under ``plugins/`` importable when they are not installed, so
the main suite and the docs can register them directly (entry points need an install)."""

from __future__ import annotations

import sys
from importlib.util import find_spec
from pathlib import Path

# The ``kiplib_plugins`` fixture (installed for users through the ``pytest11`` entry point,
# disabled for this suite by ``-p no:kiplib`` so that coverage sees kiplib's imports).
pytest_plugins = ["kiplib.testing.pytest_plugin"]

# The site's Sphinx configuration and extension are not kiplib's modules (they need Sphinx);
# the pages themselves are collected (their ``>>>`` examples run).
collect_ignore = ["docs/conf.py", "docs/_ext"]

for _src in sorted(Path(__file__).parent.glob("plugins/*/src")):
    if str(_src) not in sys.path:
        sys.path.append(str(_src))

# The data-frame adapters' doctests need their optional packages (``kiplib[batch]``).
_OPTIONAL = {
    "src/kiplib/batch/pandas.py": ("pandas", "pyarrow"),
    "src/kiplib/batch/polars.py": ("polars", "pyarrow"),
    "src/kiplib/batch/arrow.py": ("pyarrow",),
    "src/kiplib/batch/dask.py": ("dask", "pandas", "pyarrow"),
    "docs/how-to/dashboards-at-national-scale.md": ("polars", "pyarrow"),
}
collect_ignore += [
    path for path, needs in _OPTIONAL.items() if any(find_spec(m) is None for m in needs)
]
