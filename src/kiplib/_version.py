"""The version of kiplib (SemVer: plugin authors rely on it)."""

__version__ = "0.1.0.dev0"
