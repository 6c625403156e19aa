"""Non-US credit in its accreditors' own wordings (session 16; invented text): the EACCME's
"hours of European external CME credits" (R-CR-101) and the Royal College of Canada's MOC
sections as programs and list items (R-CR-100). Each positive assertion failed before its rule."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules


def credits(text: str) -> list[dict[str, object]]:
    out: list[dict[str, object]] = parse_rules(
        "Northshore Retina Days 2031\n" + text + "\n"
    ).record["credits"]
    return out


_ECMEC_14 = {"type": "OTHER", "amount": 14.0, "unit": "hour", "label": "ECMEC"}


def test_hours_of_european_external_cme_credits() -> None:
    assert credits(
        "The Northshore Retina Days is designated for a maximum of 14 hours of European external "
        "CME credits. Each medical specialist should claim only those hours of credit that he/she "
        "actually spent in the educational activity."
    ) == [_ECMEC_14]
    assert credits(
        "The EACCME® awards ECMEC®s on the basis of 1 ECMEC® per hour of activity.\n"
        "The meeting is designated for up to 14 hours of European external CME credits."
    ) == [_ECMEC_14]
    assert credits("Delegates can earn 6.5 hours of European CME credits.") == [
        {"type": "OTHER", "amount": 6.5, "unit": "hour", "label": "ECMEC"}
    ]


def test_a_conversion_of_european_credit_is_no_amount() -> None:
    # near misses: the rate alone, and hours converted to another system
    assert (
        credits("The EACCME® awards ECMEC®s on the basis of 1 ECMEC® per hour of activity.") == []
    )
    got = credits(
        "Up to 3 hours of European external CME credits can be converted to AMA PRA Category 1 "
        "Credits™ by the AMA."
    )
    assert all(c.get("amount") is None for c in got)


def test_royal_college_sections_as_programs() -> None:
    assert credits(
        "This activity is an Accredited Self-Assessment Program (Section 3) as defined by the "
        "Maintenance of Certification Program of the Royal College of Physicians and Surgeons of "
        "Canada, and approved by Northshore University. You may claim a maximum of 4 hours."
    ) == [{"type": "OTHER", "amount": 4.0, "unit": "hour", "label": "MOC Section 3"}]
    assert credits(
        "This course is an accredited group learning programme under Section 1 of the Royal "
        "College's Maintenance of Certification Program. Participants may claim up to 3 hours."
    ) == [{"type": "OTHER", "amount": 3.0, "unit": "hour", "label": "MOC Section 1"}]


def test_royal_college_sections_as_list_items() -> None:
    assert credits("Credits\n• Royal College MOC Section 1: 6.0 hours") == [
        {"type": "OTHER", "amount": 6.0, "unit": "hour", "label": "MOC Section 1"}
    ]
    assert credits("Credits\n- MOC Section 3 – 4 credits") == [
        {"type": "OTHER", "amount": 4.0, "unit": "credit", "label": "MOC Section 3"}
    ]
    assert credits("RCPSC Section 1: 2 hours") == [
        {"type": "OTHER", "amount": 2.0, "unit": "hour", "label": "MOC Section 1"}
    ]


def test_a_bare_section_is_no_moc_section() -> None:
    # near misses: a document's own sections
    assert credits("Section 1: 2 hours\nSection 2: 3 hours") == []
    assert credits("Section 3 – 45 minutes of case discussion") == []


def test_cpd_with_a_category_or_kind_before_it() -> None:
    # R-CR-105; approved by a body for its amount in the sentence, the body's (R-CR-82, R-CR-112)
    assert credits(
        "The meeting has been approved by the Federation of the Royal Colleges of Physicians of "
        "the UK for 6 category 1 (external) CPD credit(s)."
    ) == [
        {
            "type": "OTHER",
            "amount": 6.0,
            "unit": "credit",
            "label": "Federation of the Royal Colleges of Physicians of the UK",
        }
    ]
    assert credits(
        "Accredited by the Royal College of Surgeons in Ireland for 7 External CPD credits."
    ) == [
        {
            "type": "OTHER",
            "amount": 7.0,
            "unit": "credit",
            "label": "Royal College of Surgeons in Ireland",
        }
    ]
    assert credits("The meeting offers 6 category 1 (external) CPD credit(s).") == [
        {"type": "OTHER", "amount": 6.0, "unit": "credit", "label": "CPD"}
    ]
    assert credits("The course carries 3.5 Category 2 CPD points.") == [
        {"type": "OTHER", "amount": 3.5, "unit": "point", "label": "CPD points"}
    ]
    assert credits("Attendance is worth 4 clinical CPD hours.") == [
        {"type": "OTHER", "amount": 4.0, "unit": "hour", "label": "CPD"}
    ]


def test_a_medical_councils_credit_points_and_hours() -> None:
    # R-CR-105
    assert credits(
        "The event has been accredited with 4 credit points by the Northern State Medical Council."
    ) == [
        {"type": "OTHER", "amount": 4.0, "unit": "point", "label": "Northern State Medical Council"}
    ]
    assert credits("Delegates will receive 3 credit hours from the Eastland Medical Council.") == [
        {"type": "OTHER", "amount": 3.0, "unit": "hour", "label": "Eastland Medical Council"}
    ]


def test_near_misses_of_cpd_and_councils() -> None:
    assert (
        credits(
            "Doctors must receive 30 credit hours from the Eastland Medical Council every five "
            "years."
        )
        == []
    )
    got = credits("Members must log 50 category 1 (external) CPD credits each year.")
    assert all(c["amount"] is None for c in got)
