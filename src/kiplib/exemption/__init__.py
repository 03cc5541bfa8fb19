"""Exempt information: classifying an item, the consequence test (*uji konsekuensi*) that alone
can exempt it (UU 14/2008 Pasal 17–19; PP 61/2010 Pasal 3–4), its history of amendments
(PP 61/2010 Pasal 10) and the end of each exemption (PP 61/2010 Pasal 5–11).
"""

from __future__ import annotations

from kiplib.exemption.checks import (
    VALIDATORS,
    Validator,
    advise,
    check,
    validate,
)
from kiplib.exemption.classification import (
    PLUGIN_CATEGORIES,
    Classification,
    ExemptionProposal,
    LocalChange,
    LocalEffect,
    classify,
)
from kiplib.exemption.consequence_test import (
    TEST_CITATIONS,
    Approval,
    ConsequenceTest,
    ExemptionPeriod,
    InstrumentType,
    LegalBasis,
    Official,
    Outcome,
    Redaction,
    Timing,
)
from kiplib.exemption.history import (
    ConsequenceTestHistory,
)
from kiplib.exemption.status import (
    DECLARATION_WORKING_DAYS,
    ActionKind,
    EndKind,
    ExemptionAction,
    ExemptionStatus,
    ReleaseEvent,
    actions_due,
    exemption_status,
)

__all__ = [
    "DECLARATION_WORKING_DAYS",
    "PLUGIN_CATEGORIES",
    "TEST_CITATIONS",
    "VALIDATORS",
    "ActionKind",
    "Approval",
    "Classification",
    "ConsequenceTest",
    "ConsequenceTestHistory",
    "EndKind",
    "ExemptionAction",
    "ExemptionPeriod",
    "ExemptionProposal",
    "ExemptionStatus",
    "InstrumentType",
    "LegalBasis",
    "LocalChange",
    "LocalEffect",
    "Official",
    "Outcome",
    "Redaction",
    "ReleaseEvent",
    "Timing",
    "Validator",
    "actions_due",
    "advise",
    "check",
    "classify",
    "exemption_status",
    "validate",
]
