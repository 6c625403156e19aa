"""Audience classes other sites write (round 16b; docs/corpus.md "Audience", rules.md R-AU-1,
R-AU-2), on invented text: a bulleted list set one item a paragraph, a named activity "is
for" people, invitations worded "also welcome", "encouraged and welcome", and the activity's
serving verbs after other nouns of activity ("experience", "presentations", "masterclass")."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def aud(text: str) -> list[str]:
    out: list[str] = parse_rules(text, "t").record["audience"]
    return out


# a bulleted list under an audience heading, blank lines between its items
@pytest.mark.parametrize(
    ("heading", "bullet"),
    [
        ("Target Audience", "•"),
        ("Who Should Attend", "-"),
        ("Intended Audience", "*"),
        ("Who should attend?", "•"),
        ("Audience", "▪"),
    ],
)
def test_bullets_set_apart_by_blank_lines_are_one_list(heading: str, bullet: str) -> None:
    text = (
        f"Pebble Course\n\n{heading}\n\n  {bullet} Pebble Nurses\n\n  {bullet} Tern Therapists\n\n"
        f"  {bullet} Practice Managers\n\nLearning Objectives\n\n  {bullet} Describe pebbles\n"
    )
    assert aud(text) == ["pebble nurses", "tern therapists", "practice managers"]


def test_the_list_ends_at_the_first_line_that_is_no_bullet() -> None:
    text = (
        "Pebble Course\n\nTarget Audience\n\n• Pebble Nurses\n\n• Tern Therapists\n\n"
        "This course reviews pebble care for practice managers.\n\n• Describe pebbles\n"
    )
    assert aud(text) == ["pebble nurses", "tern therapists"]


def test_bullets_completing_a_relative_lead_in_are_clauses_not_people() -> None:
    text = (
        "Pebble Course\n\nWho this training is for\nClinicians who:\n- Work with pebbles and "
        "want structure\n\n- Feel stuck with certain clients\n\n- Want precision\n"
    )
    assert "want structure" not in " ".join(aud(text))
    assert not any(i.startswith(("work", "want", "feel")) for i in aud(text))


# a named activity, up to six words before its noun, "is for" people
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The accredited Harbour Pebble Professional Education Programme is for optometrists, "
            "orthoptists and nurses.",
            ["optometrists", "orthoptists", "nurses"],
        ),
        (
            "The Lakeside Annual Spring Pebble Masterclass is for practice nurses and midwives.",
            ["practice nurses", "midwives"],
        ),
        (
            "The new two-day Pebble Care Forum is primarily for community pharmacists.",
            ["community pharmacists"],
        ),
        (
            "The Tern Point Regional Pebble Update is for general practitioners.",
            ["general practitioners"],
        ),
        (
            "Our Harbour Pebble Summer Institute is for dental hygienists and dentists.",
            ["dental hygienists", "dentists"],
        ),
    ],
)
def test_a_named_activity_is_for_people(text: str, want: list[str]) -> None:
    assert aud("Pebble Course\n" + text + "\n") == want


@pytest.mark.parametrize(
    "text",
    [
        "The accredited Harbour Pebble Professional Education Programme is for everyday "
        "pebble care.",
        "The membership fee of the Harbour Pebble Society is for one year.",
    ],
)
def test_near_misses_of_a_named_activity_is_for(text: str) -> None:
    assert aud("Pebble Course\n" + text + "\n") == []


# people a sentence invites in other words
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Pebble hygienists are encouraged and welcome to attend!", ["pebble hygienists"]),
        ("Community pharmacists are also welcome to attend.", ["community pharmacists"]),
        ("Practice nurses are invited and encouraged to register.", ["practice nurses"]),
        ("Tern therapists are always welcome to join us.", ["tern therapists"]),
        ("Dental assistants are most welcome to participate.", ["dental assistants"]),
    ],
)
def test_people_invited_in_other_words(text: str, want: list[str]) -> None:
    assert aud("Pebble Evening\n" + text + "\n") == want


@pytest.mark.parametrize(
    "text",
    [
        "Exhibitors are also welcome to attend the evening reception.",
        "Sponsors are encouraged and welcome to register a booth.",
    ],
)
def test_near_misses_of_people_invited(text: str) -> None:
    assert aud("Pebble Evening\n" + text + "\n") == []


# an activity in other nouns that equips, updates or refreshes people
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Pebble Care is an intensive educational experience designed to equip pharmacists "
            "with the skills to manage pebbles.",
            ["pharmacists"],
        ),
        (
            "These presentations will update clinicians on the latest pebble evidence.",
            ["clinicians"],
        ),
        ("The masterclass refreshes practice nurses on pebble dressings.", ["practice nurses"]),
        (
            "This study day will update midwives and health visitors on pebble screening.",
            ["midwives", "health visitors"],
        ),
        (
            "A one-week learning experience that prepares physiotherapists for pebble rehab.",
            ["physiotherapists"],
        ),
    ],
)
def test_an_activity_in_other_nouns_serves_people(text: str, want: list[str]) -> None:
    assert aud("Pebble Course\n" + text + "\n") == want


@pytest.mark.parametrize(
    "text",
    [
        "These presentations will update the pebble guidelines of 2031.",
        "The lecture hall was updated in 2030 with new seating.",
        # an institute or a forum is as often an organisation as an activity
        "The Pebble Institute supports nurses with research grants.",
        "The Harbour Nursing Forum helps nurses find jobs.",
    ],
)
def test_near_misses_of_an_activity_serving_people(text: str) -> None:
    assert aud("Pebble Course\n" + text + "\n") == []
