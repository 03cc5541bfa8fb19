"""The national floor: what a district plugin may never loosen, as data.

UU 14/2008 and its implementing rules bind every public body; a Perda, Perbup or Perwali may
ask more of a body, never less, and may never take from a requester what the law gives. A
rule book (:class:`kiplib.RuleBook`) refuses a contribution that breaks one of the rules below
when it is built (a :class:`~kiplib.errors.PluginError` naming the plugin, the rule and the
article), and every deadline is held to the floor on its *resulting date* as well (decision
D-13, :data:`kiplib.law.conventions.D13`): a body's own deadline never ends later than the
national rule on the national calendar, and the requester's windows and the Komisi
Informasi's and the courts' steps never end earlier.

Examples:
    >>> from kiplib.law.steps import Step
    >>> Step.NOTICE in BODY_STEPS, Step.OBJECTION in REQUESTER_WINDOWS
    (True, True)
    >>> print(EARLIEST_CLOSING, EARLIEST_CLOSING_CITATION)
    15:00:00 Perpres 21/2023 Pasal 4 ayat (4)
"""

from __future__ import annotations

from datetime import time
from typing import Final

from kiplib.law.categories import Category
from kiplib.law.citation import PERPRES_21_2023, Citation, uu
from kiplib.law.steps import Step

__all__ = [
    "BODY_STEPS",
    "CATEGORY_RANK",
    "EARLIEST_CLOSING",
    "EARLIEST_CLOSING_CITATION",
    "INDONESIAN_ZONES",
    "INDONESIAN_ZONES_CITATION",
    "MUST_PUBLISH",
    "NOT_LOCAL_STEPS",
    "OBJECTION_WINDOW_CITATION",
    "REQUESTER_WINDOWS",
    "RULE_SHAPE",
    "WORKING_WEEK_CITATION",
    "WORKING_WEEK_FLOOR",
]

#: Steps the body itself answers: a district may shorten them (a stricter Perbup), and their
#: resulting date never falls later than under the national rule on the national calendar.
BODY_STEPS: Final = frozenset({Step.NOTICE, Step.NOTICE_EXTENDED, Step.OBJECTION_RESPONSE})

#: The requester's windows (keberatan, sengketa, the written non-acceptance and the kasasi):
#: a district may lengthen the keberatan window but never shorten it (UU 14/2008 Pasal 36
#: ayat (1)), and no window ends earlier than on the national calendar.
REQUESTER_WINDOWS: Final = frozenset({Step.OBJECTION, Step.DISPUTE, Step.COURT, Step.CASSATION})
OBJECTION_WINDOW_CITATION: Final = uu(36, 1)

#: Steps of the Komisi Informasi and the courts (UU 14/2008 Pasal 37, 38, 48 and 50): not a
#: district's to change at all.
NOT_LOCAL_STEPS: Final = frozenset(
    {
        Step.DISPUTE,
        Step.DISPUTE_START,
        Step.DISPUTE_END,
        Step.MEDIATION,
        Step.MEDIATION_EXTENDED,
        Step.COURT,
        Step.CASSATION,
    }
)

#: What a district row must keep of the national row it replaces: the unit of days, the step
#: it is counted on, whether the body receives what starts the clock, whether the limit binds,
#: and the counting conventions. Only the number of days may change.
RULE_SHAPE: Final = ("unit", "base", "body_receives", "binding", "conventions")

#: The working week a district may add days to, never take one from (Perpres 21/2023 Pasal 3
#: ayat (2): Monday to Friday; Pasal 7 lets units serving the public work more days).
WORKING_WEEK_FLOOR: Final = frozenset({0, 1, 2, 3, 4})
WORKING_WEEK_CITATION: Final = Citation(PERPRES_21_2023, pasal=3, ayat=2)

#: A body's service may not be deemed closed before the working day of a government office
#: can end: the shortest day of Perpres 21/2023 Pasal 4 is in Ramadan — from 08.00 (ayat (4)),
#: 32 hours 30 minutes a week over five days (ayat (2)) plus a 30-minute break (ayat (6)),
#: so 15.00. An earlier closing time with "received after hours counts the next working day"
#: (D-7) would give the body a day more on requests received during working hours.
EARLIEST_CLOSING: Final = time(15, 0)
EARLIEST_CLOSING_CITATION: Final = Citation(PERPRES_21_2023, pasal=4, ayat=4)

#: The time zones of Indonesia (WIB, WITA, WIT; Keppres 41/1987). A district's receipt policy
#: can only name one of them: a body in a province or kabupaten counts in its own local time.
INDONESIAN_ZONES: Final = frozenset(
    {"Asia/Jakarta", "Asia/Pontianak", "Asia/Makassar", "Asia/Jayapura"}
)
INDONESIAN_ZONES_CITATION: Final = Citation("Keppres 41/1987")

#: The categories a body must publish or provide (UU 14/2008 Pasal 9–11, 14–16): a district
#: never closes one of them.
MUST_PUBLISH: Final = frozenset(
    {
        Category.PERIODIC,
        Category.IMMEDIATE,
        Category.AVAILABLE_AT_ALL_TIMES,
        Category.MUST_BE_PROVIDED,
    }
)
#: How much a must-publish category asks of the body: a district may only move an item up
#: (setiap saat < berkala < serta merta), never down.
CATEGORY_RANK: Final = {
    Category.AVAILABLE_AT_ALL_TIMES: 1,
    Category.PERIODIC: 2,
    Category.IMMEDIATE: 3,
}
