"""A body's yearly duties: the UU 14/2008 Pasal 12 figures, the annual report (Perki 1/2021
Pasal 56), the Komisi Informasi's monitoring predicate (Perki 1/2022) and the compliance
calendar of everything due.
"""

from __future__ import annotations

from kiplib.duties.compliance import (
    BodyRecords,
    ComplianceCalendar,
    ComplianceItem,
    DutyKind,
    DutyStatus,
    compliance_calendar,
)
from kiplib.duties.monev import (
    MonevGrade,
    monev_grade,
)
from kiplib.duties.statistics import (
    AnnualReportDue,
    FinishedRequest,
    ReasonCount,
    RequestOutcome,
    RequestTime,
    ServiceStatistics,
    annual_report_due,
    finished_request,
    service_statistics,
    service_statistics_from_logs,
)

__all__ = [
    "AnnualReportDue",
    "BodyRecords",
    "ComplianceCalendar",
    "ComplianceItem",
    "DutyKind",
    "DutyStatus",
    "FinishedRequest",
    "MonevGrade",
    "ReasonCount",
    "RequestOutcome",
    "RequestTime",
    "ServiceStatistics",
    "annual_report_due",
    "compliance_calendar",
    "finished_request",
    "monev_grade",
    "service_statistics",
    "service_statistics_from_logs",
]
