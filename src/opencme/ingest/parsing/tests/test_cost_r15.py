"""Cost classes of round 15 (docs/corpus.md "Cost": the note is the page's own sentence) on
invented text."""

from __future__ import annotations

from typing import Any

from opencme.ingest.parsing.cost_note import sentence_at
from opencme.ingest.parsing.parser import parse_rules


def cost(text: str) -> dict[str, Any]:
    out: dict[str, Any] = parse_rules(text).record["cost"]
    return out


def test_a_fee_without_a_figure_keeps_its_sentence_as_the_note() -> None:
    text = (
        "Widget Self-Study Modules\n"
        "The modules are open to members of the Widget Society. For guests of the Society, "
        "enrolment fees will apply. Members may start at any time.\n"
    )
    c = cost(text)
    assert (c["free"], c["note"]) == (
        False,
        "For guests of the Society, enrolment fees will apply.",
    )
    text = "Widget Pharmacy Course\nCourse fee includes the handbook and credit reporting.\n"
    assert cost(text)["note"] == "Course fee includes the handbook and credit reporting."


def test_free_to_take_pay_for_the_credit_keeps_its_sentence_as_the_note() -> None:
    text = (
        "Widget Ethics\nPrice: FREE\nRead the lessons at your pace.\n"
        "  • You pay for the exam only once you have passed it.\n"
    )
    c = cost(text)
    assert (c["free"], c["note"]) == (False, "You pay for the exam only once you have passed it.")


def test_a_lead_in_to_listed_fees_is_no_note() -> None:
    text = (
        "Widget Congress\nThe following fees apply for the Widget Congress 2031:\n"
        "Members 300.- 400.-\n"
    )
    assert cost(text)["note"] is None


def test_the_sentence_is_cut_at_full_stops_not_at_titles() -> None:
    flat = "Welcome. Dr. Ng says fees apply to guests. Bye."
    at = flat.index("fees")
    assert sentence_at(flat, at, at + 4) == "Dr. Ng says fees apply to guests."


def test_a_fee_paid_or_required_without_a_figure_keeps_its_sentence() -> None:
    text = (
        "Widget Meeting Policies\nAll lectures are in the meeting fee. The hands-on widget "
        "labs will be offered for a small fee. Labs need booking.\n"
    )
    c = cost(text)
    assert (c["free"], c["note"]) == (
        False,
        "The hands-on widget labs will be offered for a small fee.",
    )
    text = (
        "Widget Broadcast\nAsk your hospital about viewing. Some sites may charge a viewing fee.\n"
    )
    c = cost(text)
    assert (c["free"], c["note"]) == (None, "Some sites may charge a viewing fee.")


def test_a_processing_fee_or_a_fee_with_its_figure_is_no_note() -> None:
    text = "Widget Congress\nDelegates will be required to pay a processing fee to the Board.\n"
    assert cost(text)["note"] is None
    text = "Widget Course\nNon-members pay a flat fee of $160.\n"
    assert cost(text)["note"] is None
    text = "Widget Course\nLearners who cancel after the first day will pay a fee.\n"
    assert cost(text)["note"] is None
