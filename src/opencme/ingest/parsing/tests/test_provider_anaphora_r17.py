"""The organisation a report names again by its kind ("the University hosted the summit")
is the one the page named in full with that head noun (R-PV-72). Invented text."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import provider


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "Senior clinicians met at Northgate University on Friday.\n\n"
            "The University hosted the summit to share ideas on appraisal.",
            "Northgate University",
        ),
        (
            "Members of the Elm Valley Nurses Society met in May. The Society hosted this "
            "year's symposium at the town hall.",
            "Elm Valley Nurses Society",
        ),
        (
            "Staff from Harbor Hospitals NHS Trust attended.\n\n"
            "Last month, the Trust organised a study day on sepsis.",
            "Harbor Hospitals NHS Trust",
        ),
        (
            "Delegates came to the University of Erewhon for two days. The University ran the "
            "workshop with local hospitals.",
            "University of Erewhon",
        ),
        (
            "On Monday Kestrel College of Nursing welcomed 80 nurses; the College convened a "
            "masterclass on wound care.",
            "Kestrel College of Nursing",
        ),
    ],
)
def test_the_kind_named_again_is_the_named_organisation(text: str, org: str) -> None:
    assert provider("Appraisal Day\n\n" + text + "\n") == org


@pytest.mark.parametrize(
    "text",
    [
        "The University hosted the summit in June.",  # no name given to the kind
        "Members of the Elm Valley Nurses Society met. The Society held a dinner for them.",
    ],
)
def test_no_owner_without_a_name_or_an_activity(text: str) -> None:
    assert provider("Appraisal Day\n\n" + text + "\n") is None
