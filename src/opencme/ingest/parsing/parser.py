"""parse_listing: listing text (plain or HTML) in, Draft out. Pure: no I/O, no database."""

from __future__ import annotations

import re

from opencme.ingest.parsing import fields
from opencme.ingest.parsing.cost import extract_cost
from opencme.ingest.parsing.credit_plain import plain_doc
from opencme.ingest.parsing.credits import extract_credits
from opencme.ingest.parsing.date_heading import EVENT_FORMATS, heading_date
from opencme.ingest.parsing.draft import Diagnostic, Draft, empty_record
from opencme.ingest.parsing.fastre import Folded
from opencme.ingest.parsing.joint_providers import extract_joint_providers
from opencme.ingest.parsing.layouts import build_doc
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.moc import extract_moc
from opencme.ingest.parsing.people import extract_audience, extract_faculty
from opencme.ingest.parsing.providers import extract_provider, extract_providership
from opencme.ingest.parsing.session_length import session_minutes
from opencme.ingest.parsing.statements import extract_statements
from opencme.ingest.parsing.topics import extract_topics

# written in lower case (IGNORECASE reads "cme" as "CME") so that `Folded` can search it
_RELEVANT = Folded(
    lazy_compile(
        r"\b(?:credits?|contact\s+hours?|cme|ce|moc|uan|fee|cost|expir\w*|"
        r"release\w*|designat\w*|continuing)\b",
        re.IGNORECASE,
    )
)


def parse_listing(text: str, origin: str | None = None, *, model: bytes | None = None) -> Draft:
    """Parse one listing. Never raises on text; what the text does not state stays empty.

    The rule extractors read every field; the learned reader (`opencme.ingest.reading`, the
    shipped model when `model` is None) then chooses, field by field, between the rules' value
    and its own, and sets `Draft.confidence`. Imported lazily: the command line starts fast.
    """
    draft = parse_rules(text, origin)
    from opencme.ingest.reading.combine import combine
    from opencme.ingest.reading.model_io import read, reader_for, shipped_model

    model = model if model is not None else shipped_model()
    if model is None:
        return draft
    reading = read(text, model, draft)
    cal = reader_for(model).meta["calibration"]
    combine(draft, reading.segments, reading.found, cal, reading.marginals)
    return draft


def parse_rules(text: str, origin: str | None = None) -> Draft:
    """The rule extractors alone (no learned reader; a confidence only for proposed topics)."""
    diags: list[Diagnostic] = []
    record = empty_record()
    doc = build_doc(text)
    record["title"] = fields.extract_title(doc, diags)
    provider = extract_provider(doc, diags)
    record["provider"] = provider
    record["joint_providers"] = extract_joint_providers(doc, provider)
    record["url"] = fields.extract_url(doc, diags)
    record["description"] = fields.extract_description(doc, diags)
    fmt = fields.extract_format(doc, diags)
    record["format"] = fmt
    record["location"] = fields.extract_location(doc, diags)
    # A place named by an accreditation statement says where, not how one attends (R-LO-1).
    stated = any(d.field == "location" and d.note == fields.EACCME_NOTE for d in diags)
    place = None if stated else record["location"]
    record["delivery"] = fields.extract_delivery(doc, diags, fmt, place)
    record.update(fields.extract_dates(doc, diags, live=fmt == "live"))
    if fmt in EVENT_FORMATS and not (record["start_date"] or record["expires"]):
        record["start_date"] = heading_date(doc, record["title"], diags)  # R-DT-8
    record["estimated_minutes"] = fields.extract_minutes(doc, diags)
    record["cost"] = extract_cost(doc, diags)
    simple = fields.extract_simple(doc, diags)
    for key in ("registration", "providership", "commercial_support"):
        record[key] = simple[key]
    # joint or direct as the page words it (R-PS-1)
    record["providership"] = extract_providership(doc, record["providership"])
    moc, moc_lines = extract_moc(doc, diags)
    record["credits"] = extract_credits(*plain_doc(doc, moc_lines), diags)  # R-CR-125
    if record["estimated_minutes"] is None:  # a one-day session's clock times (R-MI-1)
        record["estimated_minutes"] = session_minutes(doc, record, diags)
    record["moc"] = moc
    record["uan"] = simple["uan"]
    record["specialties"] = simple["specialties"]
    record["audience"] = extract_audience(doc, diags)
    record["faculty"] = extract_faculty(doc, diags)
    record["objectives"] = fields.extract_objectives(doc, diags)
    record["measured_outcomes"] = simple["measured_outcomes"]
    # Topic codes the text states (issue 19; docs/corpus.md "Topics"), with a confidence:
    # proposed, never asserted, until a person confirms them on the import page.
    record["topics"], topics_confidence = extract_topics(doc, record, diags)
    record["statements"], statement_texts = extract_statements(doc)
    used_lines = {d.line for d in diags if d.status == "used"}
    missed = {d.line for d in diags if d.status == "not_understood"}
    for ln in doc.lines:
        if (
            ln.text
            and ln.no not in used_lines
            and ln.no not in missed
            and len(ln.text) < 300
            and _RELEVANT.found(ln.text)
        ):
            diags.append(
                Diagnostic(
                    "?", ln.no, ln.text, "not_understood", "looks relevant; no field took it"
                )
            )
            missed.add(ln.no)
    return Draft(
        record=record,
        diagnostics=diags,
        origin=origin,
        statement_texts=statement_texts,
        text=doc.text,
        confidence={} if topics_confidence is None else {"topics": topics_confidence},
    )
