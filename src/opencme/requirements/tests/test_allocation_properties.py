"""Properties of the allocation, over random credits against the shipped rules."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from opencme.requirements.allocation import evaluate
from opencme.requirements.facts import Credit
from opencme.requirements.tests.helpers import credential, day, physician

AS_OF = day("2026-12-01")
PHYSICIAN = [
    credential("us-fl-md", "2027-01-31", renewal_number=4),
    credential("us-tx-md", "2027-08-31", renewal_number=5),
    credential("us-abim", "2028-12-31"),
    credential("us-dea-mate", "2026-05-31"),
]
# Every other shipped rule file, at a first renewal where one has its own rules.
OTHERS = [
    credential("us-ca-md", "2027-03-31", issued_on="2023-03-01", renewal_number=2),
    credential("us-ny-md", "2027-06-30"),
    credential("us-pa-md", "2026-12-31"),
    credential("us-oh-md", "2027-04-01"),
    credential("us-fl-rn", "2027-04-30", renewal_number=1),
    credential("us-ca-rn", "2027-04-30", renewal_number=3),
    credential("us-fl-rph", "2027-09-30", renewal_number=1),
    credential("us-tx-rph", "2027-03-31", issued_on="2021-03-10", renewal_number=3),
    credential("us-nccpa", "2026-12-31"),
    credential("us-abs", "2030-12-31"),
    credential("us-aba", "2029-12-31"),
    credential("us-abfm", "2027-12-31"),
]
CREDENTIALS = PHYSICIAN + OTHERS
TOPICS = [
    "patient_safety",
    "self_assessment",
    "child_abuse",
    "infection_control",
    "pain_management",
    "laws_and_rules",
    "implicit_bias",
    "impairment",
    "medical_errors",
    "controlled_substance_prescribing",
    "human_trafficking",
    "domestic_violence",
    "hiv_aids",
    "ethics",
    "opioid_prescribing",
    "substance_use_disorders",
]

credits_st = st.lists(
    st.builds(
        Credit,
        id=st.just(""),
        completed_on=st.dates(dt.date(2019, 1, 1), dt.date(2026, 12, 1)),
        credit_type=st.sampled_from(
            ["AMA_PRA_1", "AOA_1A", "OTHER", "ABIM", "ANCC", "NURSING_CE", "ACPE", "AAPA_1"]
        ),
        amount=st.integers(1, 16).map(lambda q: Decimal(q) / 4),
        accreditor=st.sampled_from(["ACCME", "AOA", ""]),
        topics=st.frozensets(st.sampled_from(TOPICS), max_size=2),
        format=st.sampled_from(["live", "anytime"]),
        approvals=st.frozensets(
            st.sampled_from(
                ["tx-hhsc", "pa-dhs", "ny-doh", "aba-patient-safety", "tx-pharmacy-law"]
            ),
            max_size=2,
        ),
    ),
    max_size=40,
).map(lambda cs: [Credit(**{**c.__dict__, "id": f"c{i}"}) for i, c in enumerate(cs)])


def _run(credits):
    return evaluate(physician(), CREDENTIALS, credits, as_of=AS_OF)


@settings(max_examples=60, deadline=None)
@given(credits_st)
def test_allocation_never_applies_more_than_a_credit_has_nor_outside_a_window(credits):
    by_id = {c.id: c for c in credits}
    for cred in _run(credits).credentials:
        applied: dict[tuple[str, str], Decimal] = {}
        for a in cred.applications:
            credit = by_id[a.credit_id]
            start, end = cred.window(a.requirement_id)
            assert start is None or credit.completed_on >= start
            assert credit.completed_on <= end
            assert a.amount > 0
            if a.reason == "TOPIC" or a.reason == "TOTAL":
                key = (a.credit_id, "placed")
                applied[key] = applied.get(key, Decimal(0)) + a.amount
        for (credit_id, _), amount in applied.items():
            assert amount <= by_id[credit_id].amount * cred.factors.get(credit_id, 1)


@settings(max_examples=40, deadline=None)
@given(credits_st, credits_st)
def test_allocation_adding_credits_never_widens_a_gap(credits, more):
    more = [Credit(**{**c.__dict__, "id": f"more{c.id}"}) for c in more]
    before = _run(credits)
    after = _run(credits + more)
    for cb, ca in zip(before.credentials, after.credentials, strict=True):
        for rb in cb.requirements:
            assert ca.requirement(rb.requirement_id).missing <= rb.missing, rb.requirement_id


@settings(max_examples=30, deadline=None)
@given(credits_st, st.randoms(use_true_random=False))
def test_allocation_same_input_same_answer_whatever_the_order(credits, rnd):
    first = _run(credits)
    shuffled = list(credits)
    rnd.shuffle(shuffled)
    assert _run(shuffled) == first
    assert _run(credits) == first
