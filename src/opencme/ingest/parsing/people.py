"""Who: faculty and audience. The provider, joint providers and providership, organisations
and not people, are read in providers.py, joint_providers.py, provider_cues.py and
org_names.py."""

from __future__ import annotations

from opencme.ingest.parsing.audience import extract_audience as extract_audience
from opencme.ingest.parsing.faculty import extract_faculty as extract_faculty
