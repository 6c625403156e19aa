"""A lead phrase opening its sentence ends its list at the comma before the sentence's
subject ("Designed for X, this course ..."), and the clause of "those" ends before a second
relative clause joined to it (round 17; R-AU-3; docs/corpus.md "Audience"), on invented
text."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import audience

aud = audience


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Designed for those holding a pharmacy degree, this part-time diploma covers"
            " the basics of wound care.",
            ["those holding a pharmacy degree"],
        ),
        (
            "Intended for anyone working in aged care, the Pebble course runs over six weeks.",
            ["anyone working in aged care"],
        ),
        (
            "Suitable for dentists, hygienists and therapists, our Lantern workshop teaches"
            " splinting.",
            ["dentists", "hygienists", "therapists"],
        ),
        (
            "Aimed at individuals who are new to practice management, these webinars explain"
            " rostering.",
            ["individuals who are new to practice management"],
        ),
        (
            "Created for others who support families, this webinar covers grief care.",
            ["others who support families"],
        ),
    ],
)
def test_fronted_lead_ends_at_the_subject(text: str, want: list[str]) -> None:
    assert aud(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            # a comma inside the clause, a determiner after it: the lead does not open the
            # sentence, so the clause runs to its second relative clause
            "The Quill Certificate is intended for those clinicians who treat, or plan to treat,"
            " the patients of rural clinics, and who want to earn a credential.",
            ["those clinicians who treat, or plan to treat, the patients of rural clinics"],
        ),
        (
            "This course is designed for anyone who works with older adults, and who wishes to"
            " learn more.",
            ["anyone who works with older adults"],
        ),
    ],
)
def test_those_clause_ends_before_a_second_relative(text: str, want: list[str]) -> None:
    assert aud(text) == want
