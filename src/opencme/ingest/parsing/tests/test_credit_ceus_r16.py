"""CEUs and CERPs of approvers the cited table now holds (session 16: IACET, ASHA, IBLCE in
data/accreditors.json; R-CR-17, R-CR-93, R-CR-99; invented text). Each positive assertion failed
before the rows."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules


def credits(text: str) -> list[dict[str, object]]:
    out: list[dict[str, object]] = parse_rules("Riverbend Feeding Workshop\n" + text + "\n").record[
        "credits"
    ]
    return out


def test_cerps_approved_by_the_lactation_board() -> None:
    assert credits(
        "This activity has been approved for 8 CERPs by the International Board of Lactation "
        "Consultant Examiners (IBLCE)."
    ) == [{"type": "OTHER", "amount": 8.0, "unit": "point", "label": "IBLCE"}]
    assert credits("Approved by IBLCE for 6 CERPs.") == [
        {"type": "OTHER", "amount": 6.0, "unit": "point", "label": "IBLCE"}
    ]


def test_iacet_ceus_of_a_page_that_writes_iacet_ceu() -> None:
    text = (
        "Accreditation\n"
        "Riverbend Institute is accredited by the International Accreditors for Continuing "
        "Education and Training (IACET) and is authorized to issue the IACET CEU. This program is "
        "approved for 1.2 CEUs."
    )
    assert credits(text) == [{"type": "OTHER", "amount": 1.2, "unit": "credit", "label": "IACET"}]
    text = (
        "Learners who complete the course earn 0.6 CEUs.\n"
        "As an IACET Accredited Provider, Riverbend Institute offers IACET CEUs for its programs "
        "that qualify under the ANSI/IACET Standard."
    )
    assert credits(text) == [{"type": "OTHER", "amount": 0.6, "unit": "credit", "label": "IACET"}]


def test_asha_ceus_of_a_page_that_writes_asha_ceus() -> None:
    text = (
        "Riverbend Speech is approved by the Continuing Education Board of the American "
        "Speech-Language-Hearing Association to provide continuing education activities in "
        "speech-language pathology and audiology. This course is offered for 0.45 CEUs (Advanced "
        "level, Professional area). The assignment of ASHA CEUs does not imply endorsement of "
        "course content, specific products or clinical procedures."
    )
    assert credits(text) == [{"type": "OTHER", "amount": 0.45, "unit": "credit", "label": "ASHA"}]


def test_near_misses_keep_unnamed_ceus_in_their_words() -> None:
    # no "ASHA CEUs" written: the approver's wording is missing, the CEUs stay unnamed
    text = (
        "Riverbend Speech is an ASHA Approved CE Provider. This course is offered for 0.3 CEUs "
        "(Introductory level, Professional area)."
    )
    assert credits(text) == [{"type": "OTHER", "amount": 0.3, "unit": "credit", "label": "CEUs"}]
    # the CEU's definition is a conversion, no amount of this course
    assert (
        credits(
            "Riverbend Institute is an IACET Accredited Provider. One IACET CEU equals ten contact "
            "hours of participation."
        )
        == []
    )
