"""kiplib plugin for Kabupaten Karanganyar (Jawa Tengah, region code 33.13).

Encodes Peraturan Daerah Kabupaten Karanganyar No. 10 Tahun 2022 as far as it is known; every
value and every assumption is in :mod:`kiplib_karanganyar.data`.
"""

__version__ = "0.1.0"
