"""Provider: the classes of the fifteenth session's misses, synthetic text, one class a test
(docs/corpus.md 'Provider')."""

from __future__ import annotations

from opencme.ingest.parsing.tests.readers import provider


def test_an_organisation_offering_with_its_activity_later_in_the_sentence() -> None:
    # R-PV-49: "X offers" / "X is the first to offer" with an activity noun or a credit
    # acronym further on in the same sentence
    text = (
        "Credits\n\nThe ERSD offers individual CME-CPD participation through the scanning of "
        "the bar code at each session.\n"
    )
    assert provider(text) == "ERSD"
    text = (
        "About\n\nNorthgate Pharmacy Group is the first to offer an option for remote "
        "assessment as part of their injection technique certificate course.\n"
    )
    assert provider(text) == "Northgate Pharmacy Group"
    # trainees "in training" are learners, not the activity offered
    text = "About\n\nThe QLI offers resources for clinicians in practice and in training.\n"
    assert provider(text) is None
    # no activity in the sentence: no offering of one
    assert provider("Menu\n\nThe Ardent Hotel offers free parking for guests.\n") is None
