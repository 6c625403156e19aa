"""Provider and joint providers: the provider stated by its role, an activity "by" its owner,
the Joint Accreditation statement's single planner, organisations partnering for an activity,
a phrase between a subject and its verb of offering (R-PV-61, R-PV-62, R-JP-3). Invented text
(docs/corpus.md 'Provider')."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import provider, record


def _page(line: str) -> str:
    return "Heart Update 2026\n\n" + line + "\n"


@pytest.mark.parametrize(
    "line",
    [
        "The accredited provider for this activity is the Erewhon Pain Society.",
        "Erewhon Pain Society is the accredited provider for this course.",
        "The CME provider of this online module is Erewhon Pain Society.",
        "Erewhon Pain Society serves as the CPD provider for this webinar series.",
        "In support of improving patient care, this activity has been planned and implemented "
        "by the Erewhon Pain Society.",
        "This course was developed by the Erewhon Pain Society.",
        "A webinar by the Erewhon Pain Society on opioid tapering.",
        "Workshop by Erewhon Pain Society",
        "The Erewhon Pain Society is running a course on opioids.",
        "Erewhon Pain Society, in partnership with local clinics, offers a webinar series.",
    ],
)
def test_the_provider_in_other_words(line: str) -> None:
    # R-PV-61 (role), R-PV-62 (planned and implemented, activity by X, "running", a phrase
    # between the subject and its verb)
    assert provider(_page(line)) == "Erewhon Pain Society"


@pytest.mark.parametrize(
    "line",
    [
        "A lecture by Dr Jane Roe on opioid tapering.",
        "A webinar by Zoom on opioid tapering.",
        "The provider for this activity is listed below.",
        "This course was developed by experts in pain.",
        "Jane Roe, with support from her team, is running a course on pain.",
    ],
)
def test_near_misses_of_the_provider_in_other_words(line: str) -> None:
    assert provider(_page(line)) is None


def test_a_statement_of_the_jointly_accredited_provider_comes_before_the_planners() -> None:
    text = _page(
        "In support of improving patient care, this activity has been planned and implemented "
        "by the Kestrel Health Network and the Erewhon Pain Society. The Erewhon Pain Society "
        "is jointly accredited by the Accreditation Council for Continuing Medical Education "
        "(ACCME) to provide continuing education for the healthcare team."
    )
    rec = record(text)
    assert rec["provider"] == "Erewhon Pain Society"
    assert rec["joint_providers"] == ["Kestrel Health Network"]


@pytest.mark.parametrize(
    "line",
    [
        "Erewhon Pain Society and Kestrel Health Network co-host the annual pain symposium.",
        "Erewhon Pain Society has teamed up with Kestrel Health Network to deliver a workshop "
        "on opioids.",
        "Erewhon Pain Society partners with Kestrel Health Network to offer a webinar series.",
        "Erewhon Pain Society joined forces with Kestrel Health Network to run a course on pain.",
        "Erewhon Pain Society is collaborating with Kestrel Health Network on a conference.",
        "The Erewhon Pain Society and the Kestrel Health Network are co-hosting a symposium.",
    ],
)
def test_organisations_partnering_for_an_activity(line: str) -> None:
    # R-JP-3: the subject provides, the partner is joint
    rec = record(_page(line))
    assert rec["provider"] == "Erewhon Pain Society"
    assert rec["joint_providers"] == ["Kestrel Health Network"]


@pytest.mark.parametrize(
    "line",
    [
        "Erewhon Pain Society partners with hospitals across the region.",
        "Erewhon Pain Society has partnered with Kestrel Health Network since 2001.",
    ],
)
def test_near_misses_of_partnering(line: str) -> None:
    assert record(_page(line))["joint_providers"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Presented by the Erewhon Pain Society\nIn partnership with:\nKestrel Health Network",
        "Organised by:\nErewhon Pain Society\nIn association with:\nKestrel Health Network",
        "Erewhon Pain Society presents\nWinter Pain School\n\nIn collaboration with\n\n"
        "Kestrel Health Network",
        "This webinar is co-hosted by:\nErewhon Pain Society\nKestrel Health Network",
        "Co-organised by\n\nErewhon Pain Society\n\nKestrel Health Network\n\nRegister now",
    ],
)
def test_a_byline_over_the_names_on_the_lines_below(text: str) -> None:
    # R-JP-4: a collaboration phrase or joint participle alone on its line (a colon or none)
    rec = record(_page(text))
    assert rec["provider"] == "Erewhon Pain Society"
    assert rec["joint_providers"] == ["Kestrel Health Network"]


@pytest.mark.parametrize(
    "text",
    [
        # a sentence under the phrase names no partner
        "In partnership with:\nOur members across the region make this possible.",
        "In collaboration with\n\nDr Jane Roe, MD",
    ],
)
def test_near_misses_of_a_byline_over_names(text: str) -> None:
    assert record(_page(text))["joint_providers"] == []
