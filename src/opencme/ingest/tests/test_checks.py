"""The draft checks (``parsing.checks``): each fails its bad input and passes a good one."""

from __future__ import annotations

from typing import Any

import pytest

from opencme.core.errors import Problem
from opencme.ingest.parsing.checks import check, check_data, page_control, review, unread
from opencme.ingest.parsing.draft import REVIEW_BELOW, Diagnostic, Draft, empty_record

APPROVED = "Acme Health designates this activity for a maximum of 2 AMA PRA Category 1 Credits."


def _draft(text: str = APPROVED, **fields: Any) -> Draft:
    record = empty_record()
    record["title"] = "Heart Failure Update 2026"
    record.update(fields)
    return Draft(record=record, text=text)


def _fields(draft: Draft) -> list[str]:
    return [p.field for p in check(draft)]


def test_checks_pass_a_sound_draft() -> None:
    draft = _draft(
        credits=[{"type": "AMA_PRA_1", "amount": 2, "unit": "credit"}],
        moc=[{"board": "ABIM", "points": 2, "credit_types": []}],
        start_date="2026-01-01",
        end_date="2026-01-02",
        expires="2027-01-01",
        cost={"free": False, "amount": 25, "currency": "USD", "tiers": [], "note": None},
        estimated_minutes=90,
    )
    assert check(draft) == []


def test_check_credit_needs_an_accreditor_or_approval_statement() -> None:
    credits = [{"type": "ANCC", "amount": 1.5, "unit": "contact_hour"}]
    bare = _draft("Nursing: 1.5 contact hours", credits=credits)
    problems = check(bare)
    assert [p.field for p in problems] == ["credits"]
    assert "no accreditor" in problems[0].message
    assert "ANCC" in problems[0].message  # the credit type by its rule book name
    assert check(_draft("Contact hours: 1.5 (ANCC)", credits=credits)) == []
    assert check(_draft("This activity is approved for 1.5 contact hours.", credits=credits)) == []


def test_check_credit_source_accepts_the_accreditation_statement_found() -> None:
    draft = _draft("1 credit", credits=[{"type": "OTHER", "amount": 1, "unit": "credit"}])
    draft.record["credits"][0]["label"] = "CPD points"
    assert _fields(draft) == ["credits"]
    draft.statement_texts["accreditation"] = "Provider X is a CPD provider."
    assert _fields(draft) == []


def test_check_credit_source_accepts_a_credit_named_after_its_body() -> None:
    named = {"type": "OTHER", "amount": 3, "unit": "point", "label": "Hong Kong College of X"}
    assert _fields(_draft("3 CME points", credits=[named])) == []
    bare = dict(named, label="CME points")
    assert _fields(_draft("3 CME points", credits=[bare])) == ["credits"]


def test_check_moc_points_never_exceed_the_ama_credit() -> None:
    ama = [{"type": "AMA_PRA_1", "amount": 1, "unit": "credit"}]
    over = _draft(credits=ama, moc=[{"board": "ABIM", "points": 20, "credit_types": []}])
    problems = check(over)
    assert [p.field for p in problems] == ["moc"]
    assert "20 MOC points are more than the 1" in problems[0].message
    fewer = _draft(credits=ama, moc=[{"board": "ABIM", "points": 0.5, "credit_types": []}])
    assert check(fewer) == []


@pytest.mark.parametrize(
    ("start", "expires", "bad"),
    [
        ("2026-05-01", "2026-04-30", True),
        ("2026-05-01", "2026-05-01", True),
        ("2026-05-01", "2027-05-01", False),
        ("2026-05", "2026-05-20", False),  # a month-only date cannot be said to come after
        ("2026-05", "2026-04-20", True),
    ],
)
def test_check_expiry_comes_after_the_release(start: str, expires: str, bad: bool) -> None:
    assert _fields(_draft(start_date=start, expires=expires)) == (["expires"] if bad else [])


def test_check_end_comes_after_the_start() -> None:
    assert _fields(_draft(start_date="2026-05-02", end_date="2026-05-01")) == ["end_date"]
    assert _fields(_draft(start_date="2026-05-02", end_date="2026-05-02")) == []


@pytest.mark.parametrize(
    "title",
    [
        "Return to Course Listing",
        "Start Activity",
        "Sign in",
        "Add to cart",
        "REGISTER NOW",
        "Back to all courses",
        "Log in to claim your certificate",
    ],
)
def test_check_title_is_never_page_control_text(title: str) -> None:
    problems = check(_draft(title=title))
    assert [p.field for p in problems] == ["title"]
    assert "link or button" in problems[0].message


@pytest.mark.parametrize(
    "title",
    [
        "Heart Failure Update 2026",
        "Course Overview",  # no action: a heading, not a control
        "Start Smart: Antibiotic Stewardship",
        "Return to Work After Low Back Pain",
    ],
)
def test_check_title_keeps_real_titles(title: str) -> None:
    assert not page_control(title)
    assert check(_draft(title=title)) == []


def test_check_title_not_stated_is_no_problem() -> None:
    assert _fields(_draft(title=None)) == []


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"credits": [{"type": "AMA_PRA_1", "amount": 0, "unit": "credit"}]}, "credits"),
        ({"credits": [{"type": "AMA_PRA_1", "amount": 5000, "unit": "credit"}]}, "credits"),
        ({"moc": [{"board": "ABIM", "points": -1, "credit_types": []}]}, "moc"),
        (
            {"cost": {"free": False, "amount": -5, "currency": "USD", "tiers": [], "note": None}},
            "cost",
        ),
        ({"estimated_minutes": 0}, "estimated_minutes"),
    ],
)
def test_check_amounts_are_positive_and_sane(fields: dict[str, Any], field: str) -> None:
    assert field in _fields(_draft(**fields))


def test_check_amounts_accept_an_unstated_amount() -> None:
    draft = _draft(credits=[{"type": "AMA_PRA_1", "amount": None, "unit": "credit"}])
    assert check(draft) == []


def test_check_data_cites_a_source_for_every_class() -> None:
    data = check_data()
    for name in ("approval_words", "accreditors", "page_controls", "amounts"):
        assert data[name]["citation"].strip(), name
        assert data[name]["sources"], name


def test_review_joins_low_confidence_and_check_problems() -> None:
    draft = _draft(title="Start Activity", start_date="2026-05-01", expires="2026-04-01")
    draft.confidence = {"title": max(REVIEW_BELOW, 0.95), "start_date": 0.5}
    flagged = {r.field: r for r in review(draft)}
    # a failed check needs review whatever the confidence
    assert set(flagged) == {"title", "start_date", "expires"}
    assert "link or button" in flagged["title"].reason
    assert f"low confidence (50%, below {REVIEW_BELOW:.0%})" in flagged["start_date"].reason
    assert flagged["expires"].confidence == 1.0  # absent from confidence: counts as confident


def test_review_is_empty_for_a_confident_sound_draft() -> None:
    draft = _draft()
    draft.confidence = {"title": 0.99}
    assert review(draft) == []


def test_explain_lists_the_fields_needing_review_with_confidence_and_reason() -> None:
    draft = _draft(title="Return to Course Listing")
    draft.confidence = {"title": 0.9, "provider": 0.4}
    draft.record["provider"] = "Acme Health"
    explained = draft.explain()
    section = explained.split("needs review (2 fields):\n", 1)[1].splitlines()
    assert section[0].split()[:3] == ["title", "confidence", "0.90"]
    assert "link or button" in section[0]
    assert section[1].split()[:3] == ["provider", "confidence", "0.40"]
    assert "low confidence" in section[1]


def test_explain_says_when_no_field_needs_review() -> None:
    assert "needs review (0 fields):" in _draft().explain()


def _missed(draft: Draft, text: str, field: str = "?") -> Draft:
    draft.diagnostics.append(Diagnostic(field, 3, text, "not_understood"))
    return draft


def test_unread_names_an_empty_field_with_a_line_no_field_took() -> None:
    draft = _missed(_draft(), "Expiration Date for CME Credit:")
    assert "expires" in unread(draft)
    assert "cost" not in unread(draft)  # no line about cost: the source does not state it


def test_unread_is_empty_when_the_field_was_read() -> None:
    draft = _missed(_draft(expires="2027-01-01"), "Expiration Date for CME Credit:")
    assert "expires" not in unread(draft)


def test_unread_counts_a_diagnostic_of_the_field_and_a_failed_check() -> None:
    assert unread(_missed(_draft(), "Speakers to be announced", "faculty")) == ["faculty"]
    silent = _draft()
    assert unread(silent) == []
    assert unread(silent, [Problem("cost", "not plausible")]) == ["cost"]
