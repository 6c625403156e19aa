"""docs/corpus.md 'Format', settled in session 15: an activity in parts (self-study before a
live part) takes the live part's format; a recording of a live event has no live part."""

from __future__ import annotations

from opencme.ingest.parsing.tests.readers import record

_HEAD = "Anticoagulation Care Certificate\n\n"


def test_home_study_then_live_training_is_live() -> None:
    text = _HEAD + (
        "This certificate program's 20 hours (12 hours of home study and 8 hours of live "
        "training) prepares pharmacists to manage warfarin therapy.\n"
    )
    assert record(text)["format"] == "live"


def test_self_paced_pre_work_then_a_live_virtual_class_is_internet_live() -> None:
    text = _HEAD + (
        "The course has two parts: 16 hours of self-paced pre-work and 24 hours of Live "
        "Virtual Class with the instructor.\n"
    )
    assert record(text)["format"] == "internet_live"


def test_home_study_recorded_at_a_live_event_stays_enduring() -> None:
    text = _HEAD + (
        "These home study activities were recorded during a live educational event at the "
        "winter meeting. Learners who claimed credit for the live activities may not claim "
        "it again.\n"
    )
    assert record(text)["format"] == "enduring"
