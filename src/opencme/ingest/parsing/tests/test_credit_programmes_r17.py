"""R-CR-120: a college's CPD programme named by its acronyms that accredits the activity."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import record

_HEAD = "Harbour GP Update\n\nA one-day update for general practitioners.\n\n"


def _credits(line: str) -> list[tuple[str | None, float | None]]:
    return [(c.get("label"), c["amount"]) for c in record(_HEAD + line + "\n")["credits"]]


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("All our workshops are accredited with the ACRRM PDP program.", "ACRRM PDP"),
        ("This workshop is approved under the RNZCGP MOPS programme.", "RNZCGP MOPS"),
        ("Sessions are recognised in the RACP MyCPD program.", "RACP MyCPD"),
        ("The course is endorsed through the ANZCA CPD Program.", "ANZCA CPD"),
        ("This meeting is accredited by the HKCFP QA programme.", "HKCFP QA"),
    ],
)
def test_a_cpd_programme_accrediting_the_activity(line: str, label: str) -> None:
    assert (label, None) in _credits(line)


@pytest.mark.parametrize(
    "line",
    [
        # a US board's MOC programme: moc.py's, no credit
        "Participants are eligible for points in the ABIM MOC program.",
        # no accrediting verb: the programme only named
        "Read more about the ACRRM PDP program on the college's website.",
        # the provider approved, not the activity (R-CR-13)
        "Harbour Health is approved by the HCSW CE program.",
    ],
)
def test_no_programme_credit(line: str) -> None:
    assert not any(label and " " in label for label, _a in _credits(line))
