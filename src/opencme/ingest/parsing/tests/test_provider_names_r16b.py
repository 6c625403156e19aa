"""Provider: a name's run that runs into a date ("Presented by X October 18 19, 2013") or
past its own "(ACRONYM)" ("organised by X College of Nursing (XCN) Eastbrook") ends there
(org_names.clean_org). Invented text (docs/corpus.md 'Provider': without a trailing
"(ACRONYM)")."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.org_names import clean_org
from opencme.ingest.parsing.tests.readers import provider


@pytest.mark.parametrize(
    ("run", "org"),
    [
        ("Harbor Council of Pharmacists October 18 19, 2013", "Harbor Council of Pharmacists"),
        ("Northgate Heart Society Sept. 3, 2024", "Northgate Heart Society"),
        ("Elm Valley Nurses Association March 4-5 2022", "Elm Valley Nurses Association"),
        ("Westfield Dental Guild Dec 1", "Westfield Dental Guild"),
        ("Lakeside College of Nursing (LCN) Eastbrook", "Lakeside College of Nursing"),
        ("Riverside Academy of Pharmacy (RAP) Northbrook", "Riverside Academy of Pharmacy"),
        (
            "Kestrel Institute of Health Sciences (KIHS) Dunmore",
            "Kestrel Institute of Health Sciences",
        ),
        # near misses: a name that holds a month word, an acronym that is not the name's
        ("March of Hope Foundation", "March of Hope Foundation"),
        ("Harbor Hospital (Eastside) Trust", "Harbor Hospital (Eastside) Trust"),
        ("Northgate Society (NHS) Heart Unit", "Northgate Society (NHS) Heart Unit"),
        (
            "Elm Medical School (EMS) Department of Surgery",
            "Elm Medical School (EMS) Department of Surgery",
        ),
        ("Elm Medical School (EMS) Eye Clinic", "Elm Medical School (EMS) Eye Clinic"),
    ],
)
def test_the_name_ends_before_a_date_or_after_its_acronym(run: str, org: str) -> None:
    assert clean_org(run) == org


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "Diabetes Skills Day 12 Contact Hours Presented by Harbor Council of Pharmacists "
            "October 18 19, 2013 Elm University, Northport\n",
            "Harbor Council of Pharmacists",
        ),
        (
            "EASTBROOK: The two-day nursing education programme organised by Lakeside College "
            "of Nursing (LCN) Eastbrook, commenced at Elm University on Monday.\n",
            "Lakeside College of Nursing",
        ),
    ],
)
def test_on_a_page(text: str, org: str) -> None:
    assert provider("Nursing Update\n\n" + text) == org
