"""One credential's cycle as a CSV, as a board's audit asks: each requirement with what it
asks, what is counted and missing, the rule it rests on, and every credit applied to it (its
title, provider, date, credit type, amount, whether claimed on OpenCME or self-reported, and
why it counts). Pure: a ``CredentialView`` in, text out."""

from __future__ import annotations

import csv
import io

from opencme.core.csvsafe import safe_cell
from opencme.requirements.explain import CredentialView, number

HEADER = [
    "Credential",
    "Rules",
    "Cycle start",
    "Deadline",
    "Status",
    "Requirement",
    "Required",
    "Counted",
    "Missing",
    "Unit",
    "Due",
    "Rule sources",
    "Not yet verified",
    "Credit title",
    "Credit provider",
    "Completed",
    "Credit type",
    "Amount applied",
    "Source",
    "Why it counts",
]


def packet_csv(card: CredentialView) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADER)
    head = [
        card.held.name,
        card.rule_title,
        card.cycle_start.isoformat() if card.cycle_start else "",
        card.deadline.isoformat() if card.deadline else "",
        card.status_words,
    ]
    for req in card.requirements:
        if not req.applies:
            continue
        about = [
            req.label,
            number(req.required),
            number(req.counted),
            number(req.missing),
            req.unit,
            req.due.isoformat(),
            " ".join(c.url for c in req.citations),
            "yes" if req.verify else "no",
        ]
        credits = [
            [
                a.credit.title,
                a.credit.provider,
                a.credit.completed_on.isoformat(),
                a.credit_type_name,
                number(a.amount),
                a.credit.source,
                a.reason,
            ]
            for a in req.applied
        ] or [[""] * 7]
        for credit in credits:
            writer.writerow([safe_cell(v) for v in [*head, *about, *credit]])
    return buffer.getvalue()
