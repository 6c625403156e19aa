"""Who: faculty and audience. The provider, joint providers and providership, organisations
and not people, are read in providers.py, joint_providers.py, provider_cues.py and
org_names.py."""

from __future__ import annotations

from opencme.ingest.parsing import faculty
from opencme.ingest.parsing.audience import extract_audience as extract_audience
from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.parsing.faculty_bio import bio_people
from opencme.ingest.parsing.faculty_narration import narrated_people
from opencme.ingest.parsing.faculty_news import news_people
from opencme.ingest.parsing.faculty_reported import reported_people
from opencme.ingest.parsing.faculty_runs import glued_people
from opencme.ingest.parsing.faculty_tables import table_people
from opencme.ingest.parsing.layouts import Doc

_AGENT_NOTE = "after an agent"


def extract_faculty(doc: Doc, diags: list[Diagnostic]) -> list[str]:
    """Faculty (faculty.py, R-PE-1..4); where only prose names them, the people a news item's
    sentences give a teaching act too (faculty_news.py, R-PE-5) and runs of people glued into
    a line (faculty_runs.py, R-PE-6) and the people biographies open with (faculty_bio.py,
    R-PE-8); a table's role column lists them as a role key does (faculty_tables.py, R-PE-7)."""
    first = len(diags)
    out = faculty.extract_faculty(doc, diags)
    table, rows = table_people(doc)  # a table's role column lists faculty as a role key does
    if table:
        for row in rows:
            diags.append(Diagnostic("faculty", row.no, row.text, "used", "a table's role column"))
        out = faculty._unique(out + table)
    if any(d.field == "faculty" and d.note != _AGENT_NOTE for d in diags[first:]):
        return out  # a role key or a line of people: the page lists its faculty
    news, bios = bio_people(doc)  # "Ana Roe, MSN, RN, is a nurse educator at …"
    for ln in bios:
        diags.append(Diagnostic("faculty", ln.no, ln.text, "used", "a biography's opening"))
    for ln in doc.lines:
        if not 40 <= len(ln.text) < 3000 or (ln.raw_key and ln.key):
            continue  # another field's key
        found = news_people(ln.text) if not ln.raw_key else []
        if found:
            news.extend(found)
            diags.append(Diagnostic("faculty", ln.no, ln.text, "used", "news prose"))
        found = glued_people(ln.text)
        if found:
            news.extend(found)
            diags.append(Diagnostic("faculty", ln.no, ln.text, "used", "a glued run"))
        found = narrated_people(ln.text)  # "Dr. B then presents …" (R-PE-17)
        if found:
            news.extend(found)
            diags.append(Diagnostic("faculty", ln.no, ln.text, "used", "a programme's narration"))
        found = reported_people(ln.text) if not ln.raw_key else []  # "A, MD, covered" (R-PE-18)
        if found:
            news.extend(found)
            diags.append(Diagnostic("faculty", ln.no, ln.text, "used", "a report of talks given"))
    return faculty._unique(out + news) if news else out
