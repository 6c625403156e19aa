"""R-CR-112 (R-CR-82 for CPD): CPD points, hours or credits a body approves or accredits for
their amount in the same sentence are that body's."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import record

_HEAD = "Harbour Trauma Workshop\n\nA two-day workshop for social workers and counsellors.\n\n"


def _credits(line: str) -> list[tuple[str | None, float | None]]:
    return [(c.get("label"), c["amount"]) for c in record(_HEAD + line + "\n")["credits"]]


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("The seminar was approved by SACSSP for 8 CPD points.", [("SACSSP", 8.0)]),
        (
            "This course is accredited by the Harbour Nursing Council for 5 CPD hours.",
            [("Harbour Nursing Council", 5.0)],
        ),
        (
            "Accredited by the Medical Council of Harbourland for 6 CPD credits.",
            [("Medical Council of Harbourland", 6.0)],
        ),
        (
            "This event has been approved for 7 CPD points by the Harbour College of General "
            "Practitioners.",
            [("Harbour College of General Practitioners", 7.0)],
        ),
        (
            "The seminar was approved by the Counselling Board (HCB) for a total of 3 CPD points.",
            [("HCB", 3.0)],
        ),
    ],
)
def test_cpd_approved_by_a_body_is_that_bodys(line: str, want: list[tuple[str, float]]) -> None:
    assert _credits(line) == want


@pytest.mark.parametrize(
    "line",
    [
        # no body's head noun: the provider itself, no approver
        "The workshop is approved by Harbour University for 10 CPD points.",
        # no approval in the sentence
        "Participants can claim 10 CPD points for this workshop.",
    ],
)
def test_cpd_without_an_approving_body_keeps_its_words(line: str) -> None:
    assert _credits(line) == [("CPD points", 10.0)]
