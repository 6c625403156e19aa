"""Exporters by name. Importing this package registers every exporter."""

from opencme.reporting.exporters import completions, cpe_monitor, pars_activities, pars_learners
from opencme.reporting.exporters.base import (
    EXPORTERS,
    Exporter,
    ExportResult,
    Row,
    Scope,
    exporter_get,
    write_export,
)

__all__ = [
    "EXPORTERS",
    "ExportResult",
    "Exporter",
    "Row",
    "Scope",
    "completions",
    "cpe_monitor",
    "exporter_get",
    "pars_activities",
    "pars_learners",
    "write_export",
]
