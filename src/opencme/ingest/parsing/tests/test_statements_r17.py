"""R-ST-12: "disclaimer" naming a site's document is no disclaimer; R-ST-13: a body approving
the activity in the active voice, and credits certified with a trademark sign, are the
accreditation statement."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import record

_HEAD = "Harbour Eye Congress\n\nA two-day congress for optometrists and dispensing opticians.\n\n"


def _statements(line: str) -> dict[str, bool]:
    out: dict[str, bool] = record(_HEAD + line + "\n")["statements"]
    return out


@pytest.mark.parametrize(
    "line",
    [
        "By signing up you accept our site terms of use, site disclaimer and the privacy notice.",
        "Privacy Policy | Terms of Use | Disclaimer | Cookie Policy",
        "Read our terms and conditions and disclaimer before you book.",
    ],
)
def test_a_sites_disclaimer_page_is_no_disclaimer(line: str) -> None:
    assert _statements(line)["disclaimer"] is False


def test_a_disclaimer_statement_stays() -> None:
    line = "Disclaimer: the views expressed are those of the speakers, not of the Society."
    assert _statements(line)["disclaimer"] is True


@pytest.mark.parametrize(
    "line",
    [
        "We are proud that the Dispensers Guild has accredited our spring congress.",
        "The Harbour Nursing Council has approved this workshop for its members.",
        "The Board said it will accredit the winter meeting for the first time.",
        "The College of Optometrists endorses this course.",
        "The Dental Council have now accredited the two-day seminar.",
        "Learners receive 20 Mainpro+™ Certified Self-Learning credits from the College "
        "of Family Physicians of Canada.",
    ],
)
def test_a_body_approving_the_activity_is_accreditation(line: str) -> None:
    assert _statements(line)["accreditation"] is True


@pytest.mark.parametrize(
    "line",
    [
        # no determiner of this activity: the body's record, not this approval
        "Since 1990 the Council has accredited over 200 courses across the region.",
        # people, not the activity
        "The Harbour Board has accredited 40 nurses as wound care specialists this year.",
    ],
)
def test_near_misses_are_no_accreditation(line: str) -> None:
    assert _statements(line)["accreditation"] is False
