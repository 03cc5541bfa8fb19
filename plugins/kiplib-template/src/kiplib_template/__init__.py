"""kiplib plugin for Template (region code 99.99)."""

__version__ = "0.1.0"
