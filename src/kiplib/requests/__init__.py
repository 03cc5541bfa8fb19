"""A request's whole life: its events, every deadline with its state, the status and what can be
done next, by whom (UU 14/2008 Pasal 22 and 35–50).

A request is an append-only log of typed events (:mod:`kiplib.requests.events`). :func:`timeline`
reads it once, in order (:mod:`kiplib.requests.engine`), and returns a :class:`Timeline`: every
step's deadline with its state, the status, the guards and the actions
(:mod:`kiplib.requests.actions`).
"""

from __future__ import annotations

from kiplib.requests.actions import (
    Action,
)
from kiplib.requests.events import (
    EVENT_TYPES,
    CassationFiled,
    CourtDecided,
    DisputeDecided,
    DisputeFiled,
    DisputeMode,
    DisputeStarted,
    Event,
    ExtensionDeclared,
    InformationDelivered,
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
    timeline,
)
from kiplib.requests.states import (
    STEP_ACTORS,
    Actor,
    EntryState,
    Guard,
    Status,
    TimelineEntry,
)

__all__ = [
    "EVENT_TYPES",
    "STEP_ACTORS",
    "Action",
    "Actor",
    "CassationFiled",
    "CourtDecided",
    "DisputeDecided",
    "DisputeFiled",
    "DisputeMode",
    "DisputeStarted",
    "EntryState",
    "Event",
    "ExtensionDeclared",
    "Guard",
    "InformationDelivered",
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
    "timeline",
]
