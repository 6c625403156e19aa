"""Audience classes of round 15 (docs/corpus.md "Audience"; rules.md R-AU-1..3) on invented
text."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules


def aud(text: str) -> list[str]:
    out: list[str] = parse_rules(text, "t").record["audience"]
    return out


def test_a_participle_clause_after_a_named_profession_is_cut() -> None:
    text = "Pebble Course\nThis course is designed for quarry nurses working in gravel pits.\n"
    assert aud(text) == ["quarry nurses"]
    text = (
        "Pebble Course\nThis course is intended for geologists, stone cutters and pebble "
        "therapists treating patients with pebble allergy.\n"
    )
    assert aud(text) == ["geologists", "stone cutters", "pebble therapists"]
    text = (
        "Pebble Meeting\nThe target audience for this meeting is practicing lithologists "
        "specializing in river pebbles as well as general geologists.\n"
    )
    assert aud(text) == ["practicing lithologists", "general geologists"]
    text = "Pebble Course\nThis course is designed for quarry nurses interested in pebbles.\n"
    assert aud(text) == ["quarry nurses"]


def test_a_participle_clause_after_others_or_a_bare_generic_stays() -> None:
    text = "Pebble Course\nThis course is designed for geologists and others working with gravel.\n"
    assert aud(text) == ["geologists", "others working with gravel"]
    text = "Pebble Course\nThis course is designed for practitioners working with gravel.\n"
    assert aud(text) == ["practitioners working with gravel"]


def test_an_activity_named_for_a_profession_in_prose_names_its_audience() -> None:
    text = "Gravel Dust\nThis online course for quarry nurses explores the causes of gravel dust.\n"
    assert aud(text) == ["quarry nurses"]
    text = "Gravel Dust\nThis two-day course will offer training for Ruritanian hygienists.\n"
    assert aud(text) == ["ruritanian hygienists"]
    text = "Gravel Dust\nLearning objectives\nTo provide an update for GPs on gravel dust.\n"
    assert aud(text) == ["gps"]


def test_an_activity_for_patients_a_credit_or_a_far_for_names_no_audience() -> None:
    text = "Gravel Dust\nThis course for patients explains gravel dust.\n"
    assert aud(text) == []
    text = "Gravel Dust\nThis course is approved for nurses in Ruritania.\n"
    assert aud(text) == []
    text = (
        "Gravel Dust\nThis course provides information on gravel and professional boundaries "
        "for quarry nurses.\n"
    )
    assert aud(text) == []
    text = "Gravel Dust\nFunded by the Quarry Nutrition Program for Women, Infants and Miners.\n"
    assert aud(text) == []


def test_an_activity_providing_professions_with_something_is_for_them() -> None:
    text = (
        "Gravel Dust\nThe gravel certificate program provides quarry nurses and stone cutters "
        "with the basic skills to treat dust.\n"
    )
    assert aud(text) == ["quarry nurses", "stone cutters"]
    text = (
        "Gravel Dust\nThe purpose of this course is to provide pebble therapists with an "
        "overview of dust.\n"
    )
    assert aud(text) == ["pebble therapists"]
    text = "Gravel Dust\nThe course is designed to give pebble therapists the skills they need.\n"
    assert aud(text) == ["pebble therapists"]


def test_an_activity_providing_something_else_or_participants_names_no_audience() -> None:
    text = "Gravel Dust\nThis course provides participants with a gravel kit.\n"
    assert aud(text) == []
    text = "Gravel Dust\nThis course provides gravel samples and dust masks with a manual.\n"
    assert aud(text) == []


def test_an_adverb_may_stand_before_the_participle_of_a_clause() -> None:
    text = (
        "Pebble Cohort\nThis cohort program is tailored for quarry nurses or pebble trainers "
        "actively providing care in gravel pits.\n"
    )
    assert aud(text) == ["quarry nurses", "pebble trainers"]


def test_a_price_or_credit_for_a_profession_names_no_audience() -> None:
    text = "Gravel Dust\nThe course fee for quarry nurses is 40 crowns.\n"
    assert aud(text) == []
    text = "Gravel Dust\nThis webinar is free for pebble therapists.\n"
    assert aud(text) == []


def test_a_lone_modifier_before_or_shares_the_head_of_people() -> None:
    text = "Pebble Course\nThis course is designed for medical or dental students and geologists.\n"
    assert aud(text) == ["medical or dental students", "geologists"]


def test_a_whose_clause_after_a_profession_is_cut() -> None:
    text = (
        "Pebble Meeting\nThis meeting is intended for geologists. It is also intended for "
        "clinical and basic science researchers whose work relates to pebbles.\n"
    )
    assert aud(text) == ["geologists", "clinical and basic science researchers"]


def test_a_singular_people_noun_before_an_ing_word_is_a_compound() -> None:
    text = (
        "Pebble Course\nThis course is designed for geologists and nurse training coordinators.\n"
    )
    assert aud(text) == ["geologists", "nurse training coordinators"]


def test_a_comma_ends_an_item_an_activity_serves() -> None:
    text = "Gravel Dust\nThe workshop helps geologists, PTAs, stone cutters and quarry nurses.\n"
    assert aud(text) == ["geologists", "ptas", "stone cutters", "quarry nurses"]


def test_an_umbrella_before_including_gives_way_in_an_activity_for() -> None:
    text = (
        "Gravel Dust\nThis online course for health professionals, including quarry nurses, "
        "geologists and stone cutters, explores dust.\n"
    )
    assert aud(text) == ["quarry nurses", "geologists", "stone cutters"]


def test_a_with_phrase_after_a_named_profession_is_cut() -> None:
    text = "Pebble Course\nThis course is designed for quarry nurses with interest in pebbles.\n"
    assert aud(text) == ["quarry nurses"]
    text = (
        "Pebble Course\nThis course is designed for clinicians responsible for the care of "
        "miners with dust.\n"
    )
    assert aud(text) == ["clinicians responsible for the care of miners with dust"]


def test_the_profession_that_must_act_to_take_part_is_the_audience() -> None:
    text = (
        "Gravel Rounds\nTo participate in this activity, geologists must complete a short "
        "evaluation form.\n"
    )
    assert aud(text) == ["geologists"]
    text = "Gravel Course\nTo obtain a certificate of completion, pebble therapists must:\n"
    assert aud(text) == ["pebble therapists"]


def test_participants_or_a_longer_subject_that_must_act_name_no_audience() -> None:
    text = "Gravel Rounds\nTo participate in this activity, participants must sign in.\n"
    assert aud(text) == []
    text = "Gravel Rounds\nTo claim credit, all geologists on the team must sign in.\n"
    assert aud(text) == []
