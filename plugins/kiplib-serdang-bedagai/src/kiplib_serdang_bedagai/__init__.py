"""kiplib plugin for Kabupaten Serdang Bedagai (Sumatera Utara, region code 12.18).

Encodes Peraturan Bupati Serdang Bedagai No. 28 Tahun 2017 as far as it is known; every value
and every assumption is in :mod:`kiplib_serdang_bedagai.data`.
"""

__version__ = "0.1.0"
