"""R-ST-2: the text of every flagged statement, as found in the listing."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing import parse_listing
from opencme.ingest.parsing.tests.conftest import FIXTURES

SEED_000 = FIXTURES / "seed_000_pcss_moud_course_page.txt"


def test_statement_texts_seed_000_funding_and_disclaimer_as_found() -> None:
    draft = parse_listing(SEED_000.read_text(encoding="utf-8"))
    assert set(draft.statement_texts) == {"funding", "disclaimer"}
    funding = draft.statement_texts["funding"]
    assert funding.startswith("Funding for this initiative was made possible by cooperative")
    assert "from SAMHSA." in funding
    assert funding.endswith("imply endorsement by the U.S. Government.")
    assert draft.statement_texts["disclaimer"] == (
        "The content on this site is intended solely to inform and educate medical "
        "professionals. This site shall not be used for medical advice and is not a substitute "
        "for the advice or treatment of a qualified medical professional."
    )


def test_statement_texts_heading_takes_the_paragraph_below() -> None:
    text = "Course\n\nDisclaimer\nViews of the faculty are their own.\nNot ours.\n\nCost: $10\n"
    draft = parse_listing(text)
    assert draft.record["statements"]["disclaimer"] is True
    assert draft.statement_texts["disclaimer"] == "Views of the faculty are their own. Not ours."


def test_statement_texts_accreditation_keeps_accreditation_and_designation() -> None:
    text = (
        "Heart Failure Update\n\n"
        "Acme Health is accredited by the ACCME to provide continuing medical education.\n\n"
        "Acme Health designates this live activity for a maximum of 2.00 AMA PRA Category 1 "
        "Credits™.\n"
    )
    texts = parse_listing(text).statement_texts
    assert texts["accreditation"].startswith("Acme Health is accredited by the ACCME")
    assert texts["accreditation"].endswith("AMA PRA Category 1 Credits™.")


def test_statement_texts_bare_commercial_support_field_is_not_a_statement() -> None:
    draft = parse_listing("- Title: X\n- Commercial Support: No\n")
    assert draft.record["statements"]["commercial_support"] is False
    assert "commercial_support" not in draft.statement_texts


@pytest.mark.parametrize(
    "path", sorted(FIXTURES.glob("*.txt")) + sorted(FIXTURES.glob("*.html")), ids=lambda p: p.stem
)
def test_statement_texts_exactly_for_the_flagged_statements(path) -> None:
    draft = parse_listing(path.read_text(encoding="utf-8"))
    flagged = {k for k, v in draft.record["statements"].items() if v}
    assert set(draft.statement_texts) == flagged
    for text in draft.statement_texts.values():
        assert text.strip()


def test_uan_written_without_its_hyphens_is_read_as_written() -> None:
    text = (
        "Pharmacy law update\nACPE UAN: 0202000013105L04P\n"
        "Also offered live as 0202-0000-13-106-L04-P.\nOrder no. 12345678901234 is not one.\n"
    )
    assert parse_listing(text).record["uan"] == ["0202-0000-13-106-L04-P", "0202000013105L04P"]


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("Attendance is limited to members of the society and their staff.", "limited"),
        ("The workshop series is only available to staff of partner hospitals.", "limited"),
        ("Participation by invitation only.", "limited"),
        ("Registration: open to all clinicians", "open"),
        ("Space is limited, so register early.", None),  # a capacity, not who
        ("This request form is only available to program directors.", None),  # not the activity
        ("Credit is limited to 2 hours per session.", None),
    ],
)
def test_registration_limited_when_the_text_restricts_who_may_take_part(sentence, want) -> None:
    text = f"Pain management update\nOnline course\n\n{sentence}\n"
    assert parse_listing(text).record["registration"] == want


@pytest.mark.parametrize(
    "sentence",
    [
        "Capacity in this course is limited to 30 learners.",
        "The workshop is limited to 25 participants.",
        "Attendance limited to faculty and staff.",
    ],
)
def test_registration_a_number_or_a_capacity_is_not_who(sentence) -> None:
    want = None if any(c.isdigit() for c in sentence) else "limited"
    assert parse_listing(f"Pain update\n\n{sentence}\n").record["registration"] == want
