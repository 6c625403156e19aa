"""R-PV-81, R-PV-82: a determiner of the page's own voice ("Our", "Your") opens no
organisation's name; a statute is none (invented text; each positive case failed before)."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules


def provider(text: str) -> str | None:
    return parse_rules("Adult Wound Care Certification Course\n\n" + text + "\n").record["provider"]


def test_our_course_approved_by_a_board_is_no_provider() -> None:
    text = (
        "Our certification course for Adult Wound Care has been approved by the Lakeside Board "
        "of Nursing. Certificates are offered to enrollees who complete the course."
    )
    assert provider(text) is None


def test_a_named_organisation_approved_by_a_board_stays() -> None:
    text = (
        "The Harbour Institute of Wound Care has been approved by the Lakeside Board of Nursing "
        "as a provider of continuing education."
    )
    assert provider(text) == "Harbour Institute of Wound Care"


def test_a_statute_is_no_provider() -> None:
    text = (
        "The course teaches optometrists to manage eye disease within the framework provided "
        "by the Harbour Opticians Act and the medicines rules."
    )
    assert provider(text) is None
