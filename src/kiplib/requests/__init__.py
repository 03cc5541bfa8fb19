"""A request's whole life: its events, every deadline with its state, the status and what can be
done next, by whom (UU 14/2008 Pasal 22 and 35–50; Perki 1/2013).

A request is an append-only log of typed events (:mod:`kiplib.requests.events`). :func:`timeline`
reads it once, in order (:mod:`kiplib.requests.engine`, one handler per event type), and
returns a :class:`Timeline`: every step's deadline with its state, the status, the guards, the
actions (:mod:`kiplib.requests.actions`, tables from status to who acts) and what is wrong
with events that were recorded (:class:`Defect`).
"""

from __future__ import annotations

from kiplib.requests.actions import (
    ACTIONS,
    STATUS_RULES,
    Action,
)
from kiplib.requests.events import (
    EVENT_TYPES,
    ApplicantAbsent,
    CassationFiled,
    CourtDecided,
    DecisionCopyReceived,
    DisputeDecided,
    DisputeFiled,
    DisputeMode,
    DisputeStarted,
    Event,
    ExtensionDeclared,
    InformationDelivered,
    InterimDecision,
    MediationExtended,
    NonAcceptanceFiled,
    NoticeOutcome,
    NoticeSent,
    ObjectionAnswered,
    ObjectionFiled,
    RequestReceived,
    Withdrawn,
)
from kiplib.requests.lifecycle import (
    Request,
    Timeline,
    derived_key,
    timeline,
)
from kiplib.requests.states import (
    STEP_ACTORS,
    Actor,
    Defect,
    EntryState,
    Guard,
    Status,
    TimelineEntry,
)

__all__ = [
    "ACTIONS",
    "EVENT_TYPES",
    "STATUS_RULES",
    "STEP_ACTORS",
    "Action",
    "Actor",
    "ApplicantAbsent",
    "CassationFiled",
    "CourtDecided",
    "DecisionCopyReceived",
    "Defect",
    "DisputeDecided",
    "DisputeFiled",
    "DisputeMode",
    "DisputeStarted",
    "EntryState",
    "Event",
    "ExtensionDeclared",
    "Guard",
    "InformationDelivered",
    "InterimDecision",
    "MediationExtended",
    "NonAcceptanceFiled",
    "NoticeOutcome",
    "NoticeSent",
    "ObjectionAnswered",
    "ObjectionFiled",
    "Request",
    "RequestReceived",
    "Status",
    "Timeline",
    "TimelineEntry",
    "Withdrawn",
    "derived_key",
    "timeline",
]
