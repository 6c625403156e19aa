"""Cost: one test per class of wording (synthetic text), per docs/corpus.md 'Cost'."""

from __future__ import annotations

from typing import Any

from opencme.ingest.parsing.parser import parse_rules


def cost(text: str) -> dict[str, Any]:
    out: dict[str, Any] = parse_rules(text).record["cost"]
    return out


def tiers(text: str) -> list[tuple[str | None, float]]:
    return [(t["label"], t["amount"]) for t in cost(text)["tiers"]]


def test_a_price_alone_on_its_line_is_the_price() -> None:
    c = cost("Widget Safety\n• $360.00\nAbout this course\n")
    assert (c["free"], c["amount"], c["currency"]) == (False, 360.0, "USD")
    assert cost("Widget Safety\nUSD $55.00\n")["amount"] == 55.0
    assert cost("Widget Safety\n$30.00 | CE Hours:6.00 | Intermediate\n")["amount"] == 30.0


def test_member_classes_keyed_to_prices_with_labels_as_written() -> None:
    assert tiers("Widgets\nMember: Free\nNonMember: $10.00\n") == [
        ("Member", 0.0),
        ("NonMember", 10.0),
    ]
    assert cost("Widgets\nMember: Free\nNonMember: $10.00\n")["free"] is False
    assert tiers(
        "Widgets\n• Guild Member pharmacy – $500.00\n• Non-member pharmacy – $640.00\n"
    ) == [
        ("Guild Member pharmacy", 500.0),
        ("Non-member pharmacy", 640.0),
    ]


def test_a_fee_key_is_not_a_tier_label() -> None:
    assert tiers("Widgets\nActivity Fee: $475 ASHP member; $675 non-member\n") == [
        ("ASHP member", 475.0),
        ("non-member", 675.0),
    ]


def test_the_condition_before_the_price_in_its_cell() -> None:
    assert tiers("Widgets\nMember pricing $1199.00 || Non-Member pricing $2299.00\n") == [
        ("Member", 1199.0),
        ("Non-Member", 2299.0),
    ]


def test_price_for_a_condition_in_prose() -> None:
    assert tiers("The course costs $73 for ADA members and $123 for nonmembers.\n") == [
        ("ADA members", 73.0),
        ("nonmembers", 123.0),
    ]
    assert tiers("Widgets\n$199 for Wednesday, $900 for Thursday\n") == [
        ("Wednesday", 199.0),
        ("Thursday", 900.0),
    ]


def test_free_as_an_adjective_of_the_activity() -> None:
    assert cost("Join us for a free, CME-accredited webinar on widgets.\n")["free"] is True
    assert cost("This is a FREE webinar presentation hosted by Acme.\n")["free"] is True
    assert cost("There are no fees for participating in or receiving credit.\n")["free"] is True
    assert cost("Widgets\nCreate a free account to get started.\n")["free"] is None
    assert cost("Registration is required to present free papers in CME.\n")["free"] is None


def test_free_for_some_or_free_with_a_paid_test_is_not_free() -> None:
    c = cost("Widgets\nFREE for ASA members. Non-ASA members pay a flat fee of $160.\n")
    assert (c["free"], c["amount"]) == (False, 0)
    text = "This free introductory course covers ethics.\nPurchase the course to take the test.\n"
    assert cost(text)["free"] is False
    assert cost("Widgets\nYour first lecture is FREE\n")["free"] is None


def test_a_shared_currency_sign_by_the_pages_own_words() -> None:
    assert cost("Widgets\nCost: $950 + HST\n")["currency"] == "CAD"
    assert cost("Widgets\nMember pharmacy: $550 (GST-free) per person\n")["currency"] == "AUD"
    text = "You can register and pay in either AUD or NZD.\nRegistration fee: $1,385\n"
    assert cost(text)["currency"] is None
    text = "LAHORE, Pakistan: The course fee will be Rs. 5,000/- per participant.\n"
    assert (cost(text)["amount"], cost(text)["currency"]) == (5000.0, "PKR")
    assert cost("Widgets\nRegistration fee: $40\n")["currency"] == "USD"


def test_a_fee_stated_without_a_figure_is_not_free() -> None:
    assert cost("Widgets\nFor non-members, user access fees will apply.\n")["free"] is False
    assert cost("Widgets\nCourse fee includes materials and credit.\n")["free"] is False
    assert cost("Widgets\nCancellation fees will apply after May 1.\n")["free"] is None


def test_a_price_with_a_parenthesis_and_funded_places() -> None:
    c = cost("Widgets\n1 day course $375.00 (per student inc gst)\n")
    assert (c["free"], c["amount"]) == (False, 375.0)
    c = cost("Widgets\n1 day course $425.00 (Currently FULLY funded)\n")
    assert (c["free"], c["amount"]) == (None, 425.0)


def test_a_sum_in_billions_is_no_price_and_a_free_key_with_a_paid_exam_is_not_free() -> None:
    text = "Chronic pain affects 75 million Americans at an annual cost of $100 billion.\n"
    assert cost(text)["amount"] is None
    text = "Widgets\nPrice: FREE\nYou don't need to pay for an exam until after you pass it.\n"
    assert cost(text)["free"] is False


def test_funded_places_and_a_free_part_keep_their_wording_as_the_note() -> None:
    assert cost("Widgets\n1 day course $425.00 (Currently FULLY funded)\n")["note"] == (
        "Currently FULLY funded"
    )
    text = "This course has been fully funded by NHSE with development funding.\n"
    assert cost(text)["note"] == "fully funded by NHSE"
    c = cost("Widgets\nYour first lecture is FREE\n")
    assert (c["free"], c["note"]) == (None, "Your first lecture is FREE")
