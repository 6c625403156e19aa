"""R-PV-77: a person's initial in a company's name, and "in joint providership with" (invented
text; each case failed before)."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules


def who(text: str) -> tuple[object, object, object]:
    r = parse_rules("Harbour Sepsis Update\n" + text + "\n").record
    return r["provider"], r["joint_providers"], r["providership"]


def test_an_initial_ends_no_name() -> None:
    text = "This educational activity is jointly provided by Ruth K. Amberley, Inc. (RKA) and HNA."
    assert who(text) == ("Ruth K. Amberley, Inc.", ["HNA"], "joint")


def test_in_joint_providership_with() -> None:
    text = (
        "Jointly Provided By\nHarbour Institute (HI) in joint providership with Acme Health, LLC."
    )
    assert who(text) == ("Harbour Institute", ["Acme Health, LLC"], "joint")
    text = "This activity is provided by Harbour Institute in joint providership with Acme Health."
    assert who(text) == ("Harbour Institute", ["Acme Health"], "joint")


def test_an_approvers_provider_number_is_the_approver() -> None:
    """data/accreditors.json's BOC: "the X Board CEU Provider P123" names the approver, never
    the provider."""
    text = (
        "Athletic trainers will receive 10 CEUs from the NATA Board of Certification CEU "
        "Provider P1234."
    )
    assert who(text)[0] is None


def test_a_place_or_a_term_owns_no_activity() -> None:
    """R-PV-79: a country's possessive, an acronym defined as a term in lower case."""
    text = "Delegates can earn points.\nUK’s Continuing Education and Training in Optometry"
    assert who(text)[0] is None
    text = "Managing chronic kidney disease (CKD) in clinics.\n1. The CKD screening programme"
    assert who(text)[0] is None
    # an organisation's acronym still owns its event
    assert who("Join us.\nThe HNA annual conference is in May.")[0] == "HNA"
