"""Florida registered nurse (rules/us-fl-rn.json): worked examples from the Board of Nursing
and F.S. 464.013.

24 contact hours per biennium including 2 medical errors, 2 laws and rules, 2 human
trafficking; 2 hours on impairment every other biennium; 2 hours domestic violence every third
renewal "in addition" (26 hours); specialty certification exempts all but human trafficking;
first renewal after the exam: only medical errors and HIV/AIDS [verify].
"""

from __future__ import annotations

from decimal import Decimal

from opencme.requirements.allocation import evaluate
from opencme.requirements.tests.helpers import credential, credit, day, physician

RULE = "us-fl-rn"
AS_OF = day("2026-12-01")
LIC = credential(RULE, "2027-04-30", renewal_number=5)  # cycle 2025-05-01 .. 2027-04-30


def nurse(**kw):
    return physician(profession="nurse", dea_registered=False, **kw)


def _hours(n: int) -> list:
    return [credit(f"g{i}", "2025-08-01", 1, "ANCC", accreditor="ANCC") for i in range(n)]


def _topic(cid: str, topic: str, date: str = "2025-09-01") -> object:
    return credit(cid, date, 2, "ANCC", accreditor="ANCC", topics={topic})


def _mandated() -> list:
    return [
        _topic("me", "medical_errors"),
        _topic("lr", "laws_and_rules_fl"),
        _topic("ht", "human_trafficking"),
        _topic("imp", "impairment"),
        _topic("dv", "domestic_violence"),
    ]


def test_fl_rn_twenty_four_hours_plus_domestic_violence_on_top_is_met():
    cred = evaluate(nurse(), [LIC], _hours(16) + _mandated(), as_of=AS_OF).credential(RULE)
    assert cred.status == "met", cred.gaps
    assert cred.requirement("total").counted == Decimal(24)  # DV's 2 hours come on top


def test_fl_rn_domestic_violence_hours_do_not_count_toward_the_twenty_four():
    cred = evaluate(nurse(), [LIC], _hours(14) + _mandated(), as_of=AS_OF).credential(RULE)
    assert [(g.requirement_id, g.missing) for g in cred.gaps] == [("total", Decimal(2))]


def test_fl_rn_specialty_certification_leaves_only_human_trafficking():
    facts = nurse(attestations=frozenset({"nursing_specialty_certification"}))
    cred = evaluate(facts, [LIC], [], as_of=AS_OF).credential(RULE)
    assert [g.requirement_id for g in cred.gaps] == ["human_trafficking"]


def test_fl_rn_physician_credit_is_not_a_contact_hour_here():
    credits = [credit(f"p{i}", "2025-08-01", 1) for i in range(24)]
    cred = evaluate(nurse(), [LIC], credits, as_of=AS_OF).credential(RULE)
    assert cred.requirement("total").missing == Decimal(24)


def test_fl_rn_laws_and_rules_hours_are_on_florida_law_not_another_state():
    # "2 hours on Florida laws and rules" (Board of Nursing): a course on Texas law is not one.
    texas = [c for c in _mandated() if c.id != "lr"] + [_topic("tx", "laws_and_rules_tx")]
    cred = evaluate(nurse(), [LIC], _hours(16) + texas, as_of=AS_OF).credential(RULE)
    assert ("laws_and_rules", Decimal(2)) in [(g.requirement_id, g.missing) for g in cred.gaps]
