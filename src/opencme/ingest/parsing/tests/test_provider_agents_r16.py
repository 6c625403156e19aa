"""Provider and joint providers: the agent wordings other sites use for the organisation that
puts on the activity (R-PV-53, R-PV-54, R-JP-2), invented text (docs/corpus.md 'Provider')."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import provider, record


def _page(line: str) -> str:
    return "Heart Update 2026\n\n" + line + "\n"


@pytest.mark.parametrize(
    ("line", "org"),
    [
        (
            "This conference is put on by the Northgate Cardiology Society.",
            "Northgate Cardiology Society",
        ),
        ("This event is held by the Harbor Pharmacists Guild.", "Harbor Pharmacists Guild"),
        ("The seminar is run by the Southbay Nurses Council.", "Southbay Nurses Council"),
        (
            "This program is brought to you by the Westmark Academy of Family Physicians.",
            "Westmark Academy of Family Physicians",
        ),
        (
            "The summit was convened by Lakeview University Hospital.",
            "Lakeview University Hospital",
        ),
        (
            "The masterclass is staged by the Eastfield Institute of Dermatology.",
            "Eastfield Institute of Dermatology",
        ),
        ("Each workshop is co-ordinated by the Kestrel Health Network.", "Kestrel Health Network"),
        ("Put on by: Pine Valley Medical Foundation", "Pine Valley Medical Foundation"),
        ("It is arranged by the Northgate College of Nursing.", "Northgate College of Nursing"),
        ("The evening is facilitated by the Erewhon Pain Society.", "Erewhon Pain Society"),
    ],
)
def test_a_verb_of_putting_on_an_event_names_its_organisation(line: str, org: str) -> None:
    # R-PV-53: the open set of passive verbs of putting on an event, with "by"
    assert provider(_page(line)) == org


@pytest.mark.parametrize(
    "line",
    [
        # no activity in the clause before the cue
        "Financial relationships held by the Northgate Cardiology Society are listed below.",
        "The survey was conducted by the Riverside Nursing Association in 2019.",
        "This study was conducted by the Riverside Nursing Association in 2019.",
        "Data which are held by the Northgate Heart Registry are private.",
        "The patent held by Acme Devices Inc. covers the stent.",
        "The study run by Northgate University found lower rates.",
        # a person, people, a place
        "The session is led by Dr Jane Moss, MD.",
        "Workshops are run by a team of educators from Lakeview University Hospital.",
        "The annual meeting will be held by the lake.",
        # a meal's sponsor is commercial support
        "Lunch is brought to you by Acme Pharma Inc.",
    ],
)
def test_near_misses_of_the_verbs_of_putting_on(line: str) -> None:
    assert provider(_page(line)) is None


@pytest.mark.parametrize(
    ("line", "org", "partners"),
    [
        (
            "This webinar is co-hosted by the Pine Valley Medical Foundation and Kestrel "
            "Health Network.",
            "Pine Valley Medical Foundation",
            ["Kestrel Health Network"],
        ),
        (
            "Jointly presented by the Northgate Cardiology Society and the Riverside "
            "Nursing Association.",
            "Northgate Cardiology Society",
            ["Riverside Nursing Association"],
        ),
        (
            "The course is co-organised by Lakeview University Hospital and the Harbor "
            "Pharmacists Guild.",
            "Lakeview University Hospital",
            ["Harbor Pharmacists Guild"],
        ),
        (
            "The symposium is cohosted by the Southbay Nurses Council and Eastfield University.",
            "Southbay Nurses Council",
            ["Eastfield University"],
        ),
        (
            "This day is jointly convened by the Westmark Academy of Family Physicians and the "
            "Northgate College of Nursing.",
            "Westmark Academy of Family Physicians",
            ["Northgate College of Nursing"],
        ),
    ],
)
def test_a_joint_participle_names_the_provider_and_its_partners(
    line: str, org: str, partners: list[str]
) -> None:
    # R-PV-54, R-JP-2: "co-<participle> by A and B", "jointly <participle> by A and B"
    rec = record(_page(line))
    assert rec["provider"] == org
    assert rec["joint_providers"] == partners


def test_one_organisation_after_a_joint_participle_is_a_partner_only() -> None:
    rec = record(_page("This webinar is co-sponsored by the Harbor Pharmacists Guild."))
    assert rec["provider"] is None
    assert rec["joint_providers"] == ["Harbor Pharmacists Guild"]
    # a provider named otherwise keeps its place
    rec = record(
        _page(
            "This course is provided by the Northgate Cardiology Society. It is co-hosted by the "
            "Riverside Nursing Association and Eastfield University."
        )
    )
    assert rec["provider"] == "Northgate Cardiology Society"
    assert rec["joint_providers"] == ["Riverside Nursing Association", "Eastfield University"]


@pytest.mark.parametrize(
    "line",
    [
        "This course is run jointly with the Riverside Nursing Association.",
        "This symposium is co-organised with the Riverside Nursing Association.",
        "Presented in partnership with the Riverside Nursing Association.",
        "Offered in co-operation with the Riverside Nursing Association.",
        "The workshop is co-hosted with the Riverside Nursing Association.",
    ],
)
def test_the_wordings_of_working_with_a_partner(line: str) -> None:
    # R-JP-2: "jointly/together with", "co-<participle> with", a byline's participle of offering
    assert record(_page(line))["joint_providers"] == ["Riverside Nursing Association"]


def test_together_with_a_partner_the_subject_provides() -> None:
    text = _page(
        "The Northgate Cardiology Society, together with the Riverside Nursing Association, "
        "will hold a workshop on stroke."
    )
    rec = record(text)
    assert rec["provider"] == "Northgate Cardiology Society"
    assert rec["joint_providers"] == ["Riverside Nursing Association"]


@pytest.mark.parametrize(
    "line",
    [
        "Together with our partners, we offer a course on asthma.",
        "The handout, together with the Erewhon Stroke Handbook, is sent to each attendee.",
    ],
)
def test_near_misses_of_together_with(line: str) -> None:
    assert record(_page(line))["joint_providers"] == []


@pytest.mark.parametrize(
    ("line", "org"),
    [
        (
            "The Southbay Nurses Council is organising a conference on frailty.",
            "Southbay Nurses Council",
        ),
        (
            "The Southbay Nurses Council is organizing a two-day workshop.",
            "Southbay Nurses Council",
        ),
        (
            "Lakeview University Hospital will be staging a masterclass in May.",
            "Lakeview University Hospital",
        ),
        (
            "The Northgate Cardiology Society proudly presents its annual symposium.",
            "Northgate Cardiology Society",
        ),
        (
            "The Eastfield Institute of Dermatology is convening a summit on melanoma.",
            "Eastfield Institute of Dermatology",
        ),
        (
            "The Westmark Academy of Family Physicians will once again hold its winter course.",
            "Westmark Academy of Family Physicians",
        ),
        (
            "The Harbor Pharmacists Guild is currently offering a course on wound care.",
            "Harbor Pharmacists Guild",
        ),
    ],
)
def test_an_organisation_offering_in_other_tenses_and_with_an_adverb(line: str, org: str) -> None:
    # R-PV-7: a verb ending in a silent "e" drops it before "-ing" ("organising", "staging");
    # "will be <verb>ing", an adverb before the verb ("proudly presents", "once again hold")
    assert provider(_page(line)) == org


@pytest.mark.parametrize(
    "line",
    [
        "The Southbay Nurses Council is organising its archive.",
        "Dr Jane Moss is proudly presenting a lecture on asthma.",
        "Our staff are convening in the hall for lunch.",
    ],
)
def test_near_misses_of_offering_in_other_tenses(line: str) -> None:
    assert provider(_page(line)) is None
