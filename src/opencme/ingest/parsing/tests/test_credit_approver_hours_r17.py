"""R-CR-118: the body with its acronym that accredited the activity (R-CR-91) takes the page's one
amount of unnamed hours, which are its own: one entry."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import record

_HEAD = "Harbour Ventilation Update\n\nA course for respiratory therapists.\n\n"


def _credits(text: str) -> list[tuple[str | None, float | None, str | None]]:
    return [(c.get("label"), c["amount"], c["unit"]) for c in record(_HEAD + text)["credits"]]


@pytest.mark.parametrize(
    "text",
    [
        "The module is approved for 2.0 contact hours.\n"
        "This course is accredited by the Harbour Association for Respiratory Care (HARC).\n",
        "The module is approved for 2.0 contact hours.\n"
        "This no-cost CE module for RTs is provided by Harbour Learning Trust "
        "and accredited by the Harbour Association for Respiratory Care (HARC).\n",
        "Contact hours: 2.0\n"
        "This programme is accredited by the Harbour Association for Respiratory Care (HARC).\n",
        "This webinar is approved by the Harbour Association for Respiratory Care (HARC).\n"
        "Participants earn 2.0 contact hours.\n",
        "The seminar has been approved for 2.0 contact hours.\n"
        "This seminar is accredited by the Harbour Association for Respiratory Care (HARC) "
        "for respiratory therapists.\n",
    ],
)
def test_the_approvers_hours_are_one_entry(text: str) -> None:
    assert _credits(text) == [("HARC", 2.0, "contact_hour")]


def test_the_providers_own_accreditation_takes_no_hours() -> None:
    text = (
        "The module is approved for 2.0 contact hours.\n"
        "This course is provided by Harbour Learning Trust, which is itself accredited by "
        "the Harbour Association for Respiratory Care (HARC).\n"
    )
    assert _credits(text) == [("contact hours", 2.0, "contact_hour")]


def test_two_amounts_stay_apart() -> None:
    text = (
        "The module is approved for 2.0 contact hours, or 3.0 contact hours with the lab.\n"
        "This course is accredited by the Harbour Association for Respiratory Care (HARC).\n"
    )
    got = _credits(text)
    assert ("HARC", None, None) in got or ("HARC", None, "credit") in got
