"""Commercial support read from the page (issue 18, classes of misses; synthetic text)."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules


def support(text: str) -> object:
    return parse_rules(text).record["commercial_support"]


def test_a_keyed_sentence_is_read_like_prose() -> None:
    head = "Asthma Update\nCommercial Support: "
    assert support(head + "This course received no commercial support.\n") is False
    assert support(head + "The course is supported by an educational grant from Acme.\n") is True


def test_a_grant_for_education_in_any_wording_is_support() -> None:
    for sentence in (
        "This activity is supported in part by an independent education grant from Acme.",
        "Support for this activity was provided through educational grants from Acme.",
        "Supported in part through an unrestricted educational grant provided by Acme.",
        "We thank the companies providing independent educational grant support:",
    ):
        assert support(f"Gout Review\n{sentence}\n") is True, sentence
    # a grant named after a society's education institute is not an educational grant
    text = "Gout\nIt was supported by a Smith Institute for Skin Education grant provided to us.\n"
    assert support(text) is None


def test_support_from_industry_companies_is_support() -> None:
    text = "Diabetes Workshop\nThe workshop received support from pharmaceutical companies.\n"
    assert support(text) is True
    # technical support is not money for the activity
    assert support("Diabetes Workshop\nIncludes technical support for online attendees.\n") is None


def test_no_known_commercial_support_is_none_received() -> None:
    text = "DBT Skills\nThere is no known commercial support nor conflict of interest.\n"
    assert support(text) is False
