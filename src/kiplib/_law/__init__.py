"""The national rules as data: citations, conventions and the table of deadlines per step.

Every value here carries the :class:`~kiplib.Citation` of the instrument, pasal, ayat, huruf
and angka it comes from. A future amendment is a new row with its own effective date, not an
edit of an old one.
"""
