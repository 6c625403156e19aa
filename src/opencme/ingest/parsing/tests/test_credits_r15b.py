"""Credit classes of session 15, second round (issue 18; invented text). Each assertion failed
before its rule."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules


def rule_credits(text: str) -> list[dict[str, object]]:
    out: list[dict[str, object]] = parse_rules(text).record["credits"]
    return out


_AOTA_STATEMENT = (
    "Hand Splinting Basics\n"
    "Maple Therapy Learning is an AOTA Approved Provider of professional development. Course "
    "approval ID#01234. This Distance Learning-Independent activity is offered at 0.2 CEUs, "
    "Intermediate, OT Service Delivery. The assignment of AOTA CEUs does not imply endorsement "
    "of specific course content, products, or clinical procedures by AOTA.\n"
)


def test_an_approvers_ceus_are_its_credit() -> None:
    # R-CR-93: "offered at 0.2 CEUs" on a page writing "AOTA CEUs" and naming one approver
    assert rule_credits(_AOTA_STATEMENT) == [
        {"type": "OTHER", "amount": 0.2, "unit": "credit", "label": "AOTA"}
    ]


def test_an_approvers_ceus_beside_state_board_hours() -> None:
    # R-CR-93: the boards' own hours do not hide the approver's CEUs
    text = _AOTA_STATEMENT + "\n  • Ohio Board Of Occupational Therapy: 2.00 Hours\n"
    got = rule_credits(text)
    assert {"type": "OTHER", "amount": 0.2, "unit": "credit", "label": "AOTA"} in got
    assert {
        "type": "OTHER",
        "amount": 2.0,
        "unit": "hour",
        "label": "Ohio Board Of Occupational Therapy",
    } in got


def test_ceus_without_the_approvers_ceus_stay_unnamed() -> None:
    # R-CR-93 needs "<approver> CEUs" in the text: a page naming AOTA only as a member body
    # keeps its CEUs in its own words
    text = (
        "Hand Splinting Basics\n"
        "Our presenter is a member of AOTA. This workshop is offered at 0.2 CEUs.\n"
    )
    assert rule_credits(text) == [
        {"type": "OTHER", "amount": 0.2, "unit": "credit", "label": "CEUs"}
    ]


def test_a_marked_amount_whose_footnote_says_to_be_confirmed_has_none() -> None:
    # R-CR-94: "*6 CPD points" with "*final CPD points to be confirmed": no amount yet
    text = (
        "Harbour Coast Imaging Day\n"
        "Participants who attend the whole day will receive *6 CPD points.\n"
        "*final CPD points to be confirmed; the organiser reserves the right to make changes.\n"
    )
    assert [c["amount"] for c in rule_credits(text)] == [None]


def test_a_marked_amount_with_another_footnote_keeps_it() -> None:
    # R-CR-94 needs the footnote to say the figure is not final
    text = (
        "Harbour Coast Imaging Day\n"
        "Participants who attend the whole day will receive *6 CPD points.\n"
        "*points are recorded by the organiser after the event.\n"
    )
    assert [c["amount"] for c in rule_credits(text)] == [6.0]


_INDICATED_PAGE = (
    "CE Test {hours}: Caring for Patients After Hip Surgery\n"
    "Orchard Nursing Journal\n"
    "Orchard Press will award the number of contact hours indicated for each continuing "
    "nursing education activity. Orchard Press is accredited as a provider of continuing "
    "nursing education by the American Nurses Credentialing Center's Commission on "
    "Accreditation.\n"
)


def test_hours_indicated_take_the_headings_figure() -> None:
    # R-CR-95: "the number of contact hours indicated" designates the heading's "2.5 Hours"
    text = _INDICATED_PAGE.format(hours="2.5 Hours")
    assert rule_credits(text) == [{"type": "ANCC", "amount": 2.5, "unit": "contact_hour"}]


def test_hours_indicated_with_two_figures_stay_unstated() -> None:
    # R-CR-95 takes a figure only when the page's short lines show exactly one
    text = _INDICATED_PAGE.format(hours="2.5 Hours") + "Related CE Test 1.5 Hours: Knee Surgery\n"
    assert rule_credits(text) == [{"type": "ANCC", "amount": None, "unit": "credit"}]


def test_hours_indicated_never_take_a_duration() -> None:
    # R-CR-95: "Estimated time to complete: 2 hours" is a duration, not the hours indicated
    text = (
        "Caring for Patients After Hip Surgery\n"
        "Estimated time to complete: 2 hours\n"
        "Orchard Press will award the number of contact hours indicated for each continuing "
        "nursing education activity. Orchard Press is accredited as a provider of continuing "
        "nursing education by the American Nurses Credentialing Center's Commission on "
        "Accreditation.\n"
    )
    assert [c["amount"] for c in rule_credits(text)] == [None]


def test_a_body_approving_credit_to_offer_labels_it() -> None:
    # R-CR-82: "approved by the <PARENT> <BODY> to offer a total of N CE Credits": the body's
    text = (
        "Northern Small Animal Congress\n"
        "This program is approved by the ABCVB ROVE to offer a total of 12.50 CE Credits being "
        "available to any one veterinarian.\n"
    )
    assert rule_credits(text) == [
        {"type": "OTHER", "amount": 12.5, "unit": "credit", "label": "ROVE"}
    ]


def test_a_college_accrediting_credit_to_offer_labels_it() -> None:
    # R-CR-82: "accredited by the <College> to offer N CEU", as "for N CEU" reads
    text = (
        "Knee Rehab Update\n"
        "This course is accredited by the College of Kinesiologists of Ontario to offer 3 CEU "
        "to kinesiologists.\n"
    )
    assert rule_credits(text) == [
        {
            "type": "OTHER",
            "amount": 3.0,
            "unit": "credit",
            "label": "College of Kinesiologists of Ontario",
        }
    ]


def test_an_activity_equal_to_credit_designates_it() -> None:
    # R-CR-96: "This lecture is equal to 2 CPD points" names no amount converted: a designation
    text = "Fever in Returning Travellers\nThis lecture is equal to 2 CPD points.\n"
    assert rule_credits(text) == [
        {"type": "OTHER", "amount": 2.0, "unit": "point", "label": "CPD points"}
    ]


def test_a_conversion_with_equal_to_stays_refused() -> None:
    # R-CR-2 still: an amount on each side of "is equal to" is a conversion
    text = "Fever in Returning Travellers\nEach 1 hour of learning is equal to 2 CPD points.\n"
    assert [c["amount"] for c in rule_credits(text)] in ([], [None])


def test_a_bodys_credit_for_a_second_profession_in_its_sentence() -> None:
    # R-CR-82: "... and/or 4.00 Veterinary Nurse CE Credits": the body's, with the profession
    text = (
        "Northern Small Animal Congress\n"
        "This program is approved by the ABCVB ROVE to offer a total of 12.50 CE Credits being "
        "available to any one veterinarian: and/or 4.00 Veterinary Nurse CE Credits.\n"
    )
    assert rule_credits(text) == [
        {"type": "OTHER", "amount": 12.5, "unit": "credit", "label": "ROVE"},
        {"type": "OTHER", "amount": 4.0, "unit": "credit", "label": "ROVE Veterinary Nurse"},
    ]


def test_a_bulleted_amount_is_no_footnote_mark() -> None:
    # R-CR-94: "* 6 CPD points" is a bullet, not a figure marked for "*... pending"
    text = "Harbour Coast Imaging Day\n* 6 CPD points\n* Nursing accreditation pending\n"
    assert {"type": "OTHER", "amount": 6.0, "unit": "point", "label": "CPD points"} in (
        rule_credits(text)
    )


def test_a_flattened_journal_banner_gives_the_approvers_hours() -> None:
    # R-CR-98: "1.5" / <photo credit> / "ANCC" / "CONTACT HOURS" from a journal's PDF
    text = (
        "Caring for Patients After Hip Surgery\n"
        "By Jane Roe, BSN, RN\n\n"
        "1.5\n\n"
        "PAT EXAMPLE / STOCK PHOTOS, INC.\n\n"
        "ANCC\n"
        "CONTACT HOURS\n\n"
        "Patients after hip surgery need careful monitoring of their wounds and mobility.\n"
    )
    assert rule_credits(text) == [{"type": "ANCC", "amount": 1.5, "unit": "contact_hour"}]


def test_a_figure_far_above_the_banner_is_none() -> None:
    # R-CR-98: the figure must stand within three lines above the acronym
    text = (
        "Caring for Patients After Hip Surgery\n"
        "1.5\n"
        "Part one\nPart two\nPart three\nPart four\n"
        "ANCC\n"
        "CONTACT HOURS\n"
    )
    assert [c["amount"] for c in rule_credits(text)] in ([], [None])
