"""Free wordings and price tiers in the words many sites use (round 16; R-CO-1, R-CO-2, R-CO-5;
docs/corpus.md "Cost"), on invented text."""

from __future__ import annotations

from typing import Any

import pytest

from opencme.ingest.parsing.parser import parse_rules


def cost(text: str) -> dict[str, Any]:
    out: dict[str, Any] = parse_rules(text).record["cost"]
    return out


def tiers(text: str) -> list[tuple[Any, Any]]:
    return [(t["label"], t["amount"]) for t in cost(text)["tiers"]]


@pytest.mark.parametrize(
    "line",
    [
        "There is no charge for this webinar.",
        "There is no cost to attend this workshop.",
        "Registration is complimentary.",
        "Attendance is free.",
        "No registration fee.",
        "The seminar is offered without charge.",
        "This masterclass is free to attend.",
        "This webinar is free for all participants.",
        "Registration is free for everyone.",
    ],
)
def test_taking_part_costs_nothing(line: str) -> None:
    c = cost("Widget Evening Update\n" + line + "\n")
    assert (c["free"], c["amount"], c["tiers"]) == (True, 0, [])


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            "Complimentary for ASX members, $60 for non-members.",
            [("ASX members", 0), ("non-members", 60)],
        ),
        ("Free to members; $45 for non-members.", [("members", 0), ("non-members", 45)]),
        ("No charge for students, $80 for physicians.", [("students", 0), ("physicians", 80)]),
        ("Residents free, physicians $100", [("Residents", 0), ("physicians", 100)]),
        ("Students free of charge; others $30.", [("Students", 0), ("others", 30)]),
        ("Registration fee: $200 (students free)", [(None, 200), ("students", 0)]),
    ],
)
def test_a_free_tier_written_without_a_verb(line: str, want: list[tuple[Any, Any]]) -> None:
    text = "Widget Evening Update\n" + line + "\n"
    assert tiers(text) == want
    assert (cost(text)["free"], cost(text)["amount"]) == (False, 0)


def test_a_keyed_cost_opening_with_free_keeps_its_tiers() -> None:
    text = "Widget Evening Update\nCost: Free to members, $45 for non-members\n"
    assert tiers(text) == [("members", 0), ("non-members", 45)]
    assert cost(text)["free"] is False


def test_an_early_rate_keeps_its_date_in_its_label() -> None:
    text = "Widget Congress\nEarly bird (until March 1, 2027): $200\nStandard: $250\n"
    assert tiers(text) == [("Early bird (until March 1, 2027)", 200), ("Standard", 250)]


@pytest.mark.parametrize(
    "line",
    [
        "There is no charge for parking.",  # not the price of taking part
        "The vaccine is available at no cost to patients.",  # not the activity
        "The first session is free.",  # a part only
        "Patients are seen free of charge at the clinic.",
        "Members receive a handbook at no charge.",  # a thing, not the activity
    ],
)
def test_near_misses_are_not_a_free_activity(line: str) -> None:
    assert cost("Widget Evening Update\n" + line + "\n")["free"] is not True


def test_a_free_tier_is_in_the_currency_the_page_prices_in() -> None:
    text = "Widget Evening Update\nMembers: Complimentary\nNon-members: AU$80\n"
    c = cost(text)
    assert [(t["label"], t["amount"], t["currency"]) for t in c["tiers"]] == [
        ("Members", 0, "AUD"),
        ("Non-members", 80, "AUD"),
    ]
    assert (c["amount"], c["currency"]) == (0, "AUD")
    text = "Widget Congress\nEarly bird (until 1 May) – 200 €\nRegular – 250 €\n"
    assert tiers(text) == [("Early bird (until 1 May)", 200), ("Regular", 250)]


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            "Registration: $150 (members) / $200 (non-members)",
            [("members", 150), ("non-members", 200)],
        ),
        ("Early bird: $200 (until 1 May); Regular: $250", [("Early bird", 200), ("Regular", 250)]),
        ("Fees: $90 (fellows) / $120 (guests)", [("fellows", 90), ("guests", 120)]),
    ],
)
def test_a_condition_in_brackets_belongs_to_its_own_price(
    line: str, want: list[tuple[Any, Any]]
) -> None:
    assert tiers("Widget Congress\n" + line + "\n") == want


@pytest.mark.parametrize(
    "line", ["Cost: Nil", "Course fee: Nil", "Entry: free", "Admission – complimentary"]
)
def test_nil_and_a_free_entry_are_free(line: str) -> None:
    c = cost("Widget Evening Update\n" + line + "\n")
    assert (c["free"], c["amount"]) == (True, 0)


def test_a_fee_waived_for_a_group_is_its_tier_at_0() -> None:
    text = "Widget Congress\nRegistration fee: Waived for members; $95 for non-members\n"
    assert tiers(text) == [("members", 0), ("non-members", 95)]
    text = "Widget Congress\nThe registration fee is waived for residents. Others pay $120.\n"
    assert cost(text)["free"] is False
    assert ("residents", 0) in tiers(text)


def test_a_bracket_holding_a_price_holds_its_condition() -> None:
    assert tiers("Widget Congress\nFee: $50.00 (members $40.00)\n") == [(None, 50), ("members", 40)]


def test_near_misses_of_waived_and_entry() -> None:
    # a fee that is not the price of taking part, waived
    text = "Widget Congress\nRegistration: $200\nThe cancellation fee is waived for members.\n"
    assert tiers(text) == []
    # "Entry" of a form, no activity's price
    assert cost("Widget Congress\nEntry: free text, up to 200 words\n")["free"] is not True


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "• Retired members of 70 years and above are exempted from the registration fees. "
            "Others: Rs. 2500/-.",
            [("Retired members of 70 years and above", 0), ("Others", 2500)],
        ),
        (
            "Students are exempt from the course fee; others pay $80.",
            [("Students", 0), ("others", 80)],
        ),
        (
            "Residents are exempted from paying the registration fee. Registration: $150",
            [("Residents", 0), (None, 150)],
        ),
        (
            "Fee: €90\nTrainees will be exempt from the conference fee.",
            [(None, 90), ("Trainees", 0)],
        ),
    ],
)
def test_a_group_exempted_from_the_fee_is_its_tier_at_0(
    text: str, want: list[tuple[Any, Any]]
) -> None:
    assert tiers("Widget Congress\n" + text + "\n") == want


@pytest.mark.parametrize(
    "text",
    [
        "The hospital is exempt from the fees.\nRegistration: $200",  # no tier word
        "Members are exempt from the cancellation fee.\nRegistration: $200",  # no price's fee
    ],
)
def test_near_misses_of_an_exempted_group(text: str) -> None:
    assert tiers("Widget Congress\n" + text + "\n") == []
