"""R-ST-1: accreditation, disclaimer and commercial support statements in more of their shapes
(invented text)."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def flags(text: str) -> dict[str, bool]:
    out: dict[str, bool] = parse_rules(text).record["statements"]
    return out


@pytest.mark.parametrize(
    "sentence",
    [
        "This course is WXYZ accredited for 7 Clinical CPD points (Level 1).",
        "This course is QRS approved for 1.0 hour of CE credit.",
        "This QRS accredited resource, made of 10 cases, tests widget care.",
        "As an ACCME accredited provider of continuing education, Widget Academy keeps records.",
        "Accredited by Widget Medical Education.",
        "This activity has been planned and implemented in accordance with the Essential Areas "
        "and Policies of the Accreditation Council for Widget Education.",
        "The Widget Academy is an ADA CERP Recognized Provider.",
        "Widget Academy is recognized by the Board as an approved provider of widget education.",
    ],
)
def test_accreditation_in_the_shapes_accreditors_write_it(sentence: str) -> None:
    assert flags(f"Widget Care\n\n{sentence}\n")["accreditation"] is True


@pytest.mark.parametrize(
    "sentence",
    [
        "Access to widget workshops is widely recognized as one of the limits of the trade.",
        "WidgetNet is recognized as a valuable resource of widget guidelines.",
        "Students need a course from institutions or APT Approved Providers to qualify.",
    ],
)
def test_praise_and_criteria_are_no_accreditation(sentence: str) -> None:
    assert flags(f"Widget Care\n\n{sentence}\n")["accreditation"] is False


@pytest.mark.parametrize(
    "sentence",
    [
        "The assignment of WXYZ CEUs does not imply endorsement of specific course content.",
        "Opinions expressed by authors are their own and may not reflect those of Widget Today.",
        "The views and opinions expressed by the presenter are their own, and do not represent "
        "the views of Widget Hospital.",
    ],
)
def test_disclaimers_of_endorsement_and_of_the_speakers_views(sentence: str) -> None:
    assert flags(f"Widget Care\n\n{sentence}\n")["disclaimer"] is True


def test_commercial_support_statements_in_more_shapes() -> None:
    text = "Widget Care\n\nCommercial Support: This activity received no commercial support.\n"
    assert flags(text)["commercial_support"] is True
    # a bare field is data, not a statement
    assert flags("Widget Care\n\nCommercial Support: None\n")["commercial_support"] is False
    text = "Widget Care\n\nThe workshop received support from various pharmaceutical companies.\n"
    assert flags(text)["commercial_support"] is True
    text = "Widget Care\n\nWidget Academy does not accept promotional or commercial funding.\n"
    assert flags(text)["commercial_support"] is True
    assert parse_rules(text).record["commercial_support"] is False


def test_a_grant_only_from_institutions_is_funding_not_commercial_support() -> None:
    text = (
        "Widget Care\n\nThis activity was supported by an educational grant from the "
        "American College of Widgetry.\n"
    )
    assert flags(text)["funding"] is True
    assert flags(text)["commercial_support"] is False
    assert parse_rules(text).record["commercial_support"] is None
    for grantors in ("Widgetco Inc.", "Widgetco and the Widget Alliance", "Acme Widgets"):
        text = f"Widget Care\n\nSupported by an educational grant from {grantors}.\n"
        assert flags(text)["commercial_support"] is True, grantors
        assert parse_rules(text).record["commercial_support"] is True, grantors


def test_funding_by_a_grant_of_any_kind() -> None:
    text = "Widget Care\n\nThe rounds are supported by a three-year grant from the Widget Trust.\n"
    assert flags(text)["funding"] is True
    text = "Widget Care\n\nThis talk was made possible through a generous research grant.\n"
    assert flags(text)["funding"] is True
    # a course on grants gives no funding statement
    text = "Widget Care\n\nLearn how to write a grant proposal for widget research.\n"
    assert flags(text)["funding"] is False
