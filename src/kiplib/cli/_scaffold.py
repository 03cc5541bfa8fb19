"""The skeleton of a district plugin, as ``kiplib new-plugin`` writes it.

``plugins/kiplib-template/`` in kiplib's repository is this skeleton rendered for the name
``template`` and the region ``99.99``; a test keeps the two identical.
"""

from __future__ import annotations

import re
from string import Template
from typing import Final

from kiplib.errors import InvalidInputError
from kiplib.i18n import N_
from kiplib.rulebook.contributions import Scope

__all__ = ["FILES", "render"]

_NAME: Final = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")

FILES: Final[dict[str, str]] = {
    "pyproject.toml": """\
[build-system]
requires = ["hatchling>=1.24"]
build-backend = "hatchling.build"

[project]
name = "${dist}"
version = "0.1.0"
description = "kiplib plugin: the information-service rules of ${title} (region ${region})."
readme = "README.md"
requires-python = ">=3.11"
license = "MIT"
dependencies = ["kiplib>=0.1.0.dev0"]

[project.optional-dependencies]
testing = ["kiplib[testing]", "pytest>=8"]

[project.entry-points.kiplib]
${name} = "${module}.plugin"

[tool.hatch.build.targets.wheel]
packages = ["src/${module}"]

[tool.pytest.ini_options]
testpaths = ["tests"]
addopts = ["-ra", "--strict-markers", "--import-mode=importlib"]
filterwarnings = ["error"]

[tool.ruff]
line-length = 100
target-version = "py311"
src = ["src", "tests"]

[tool.ruff.lint]
select = ["E", "F", "W", "I", "B", "UP", "SIM", "RUF"]
""",
    "README.md": """\
# ${dist}

A [kiplib](https://pypi.org/project/kiplib/) plugin for ${title} (Kemendagri region code
**${region}**).

```
pip install -e .
kiplib plugins            # lists ${name}
pytest                    # conformance and never-loosens checks
```

## Make it yours

1. Put your regulation and your region code in `src/${module}/data.py` — the one file that
   holds the plugin's data.
2. Add the hooks you need in `src/${module}/plugin.py` (local holidays, stricter deadlines,
   PPID structure, exemption templates, …); the hook reference of kiplib lists each one with
   its signature and an example. Every contribution carries the citation of your regulation.
3. Mark what you could not read in the regulation as an assumption (`assumption=`): kiplib
   shows it in every explanation.
4. Run `pytest`. kiplib refuses, when loading, any rule that would loosen the national law.
""",
    "CHANGELOG.md": """\
# Changelog

## 0.1.0

- First release.
""",
    "src/${module}/__init__.py": '''\
"""kiplib plugin for ${title} (region code ${region})."""

__version__ = "0.1.0"
''',
    "src/${module}/data.py": '''\
"""The plugin's data, in one place: correct it with the regulation in hand."""

from __future__ import annotations

from datetime import date
from typing import Final

from kiplib import Citation
from kiplib.plugins import PpidKind, PpidUnit, Regulation, Role, Scope, UnitType

#: The Kemendagri code of the region the plugin governs.
SCOPE: Final = Scope(region_code="${region}", name="${title}")

#: The regulation, as it is cited everywhere in the plugin (short form: "Perbup X 1/2025").
INSTRUMENT: Final = "Perbup ${title} 1/2025"

REGULATIONS: Final = (
    Regulation(
        Citation(INSTRUMENT),
        "Pedoman Pelayanan Informasi Publik",
        assumption="Nomor, judul dan tanggal berlaku peraturan masih contoh dari kerangka plugin.",
        # The day the regulation applies from (tanggal mulai berlaku): its rules count only
        # clocks started on or after it; before it the national rule holds.
        in_force=date(2025, 1, 1),
    ),
)

PPID_UNITS: Final = (
    PpidUnit(
        PpidKind.MAIN,
        UnitType.REGIONAL_GOVERNMENT,
        "Dinas Komunikasi dan Informatika",
        superior=Role.REGIONAL_SECRETARY,
        approvers=(Role.REGIONAL_SECRETARY,),
        citation=Citation(INSTRUMENT),
        assumption="Struktur PPID masih contoh dari kerangka plugin.",
    ),
)
''',
    "src/${module}/plugin.py": '''\
"""The hook implementations; the data live in ``data.py``."""

from __future__ import annotations

from collections.abc import Sequence

from kiplib import hookimpl
from kiplib.plugins import PpidUnit, Regulation, Scope

from ${module} import __version__, data

__all__ = ["__version__"]


@hookimpl
def kiplib_scope() -> Scope:
    return data.SCOPE


@hookimpl
def kiplib_regulations() -> Sequence[Regulation]:
    return data.REGULATIONS


@hookimpl
def kiplib_ppid_units() -> Sequence[PpidUnit]:
    return data.PPID_UNITS
''',
    "tests/test_plugin.py": '''\
"""Every plugin runs kiplib's conformance check and the never-loosens property."""

from __future__ import annotations

import kiplib
from kiplib import plugins
from kiplib.testing.plugins import assert_never_loosens, assert_plugin_conforms, registered

from ${module} import data, plugin


def test_conforms() -> None:
    assert assert_plugin_conforms(plugin).scope == data.SCOPE


def test_never_loosens_the_national_rules() -> None:
    assert_never_loosens(plugin, max_examples=20)


def test_ppid_structure() -> None:
    body = kiplib.PublicBody(name="Dinas", region_code="${region}")
    with registered(plugin):
        assert plugins.ppid_units_for(body) == data.PPID_UNITS
''',
}


def render(name: str, region: str) -> dict[str, str]:
    """The skeleton's files (relative path -> text) for plugin ``name`` in ``region``.

    Raises:
        kiplib.errors.InvalidInputError: a name that is not lowercase words joined by hyphens,
            or a region that is not a Kemendagri code.
    """
    if not isinstance(name, str) or not _NAME.match(name):
        raise InvalidInputError(
            field="name",
            value=repr(name),
            reason=N_("gunakan huruf kecil, angka dan tanda hubung, mis. karanganyar"),
        )
    Scope(region_code=region)
    values = {
        "name": name,
        "dist": f"kiplib-{name}",
        "module": "kiplib_" + name.replace("-", "_"),
        "region": region,
        "title": " ".join(part.capitalize() for part in name.split("-")),
    }
    return {
        Template(path).substitute(values): Template(text).substitute(values)
        for path, text in FILES.items()
    }
