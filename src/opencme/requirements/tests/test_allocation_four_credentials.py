"""A Florida + Texas + ABIM + DEA physician with 60 credits, against a hand-worked answer.

The physician: DEA-registered, direct patient care, internal medicine, has attested an ABIM
assessment. Evaluated on 2026-03-01.

Credentials and windows:
* Florida MD, renewal 4, expires 2027-01-31: window 2025-02-01 .. 2027-01-31; domestic
  violence looks back three cycles, 2021-02-01 .. 2027-01-31.
* Texas MD, renewal 5, expires 2027-08-31: window 2025-09-01 .. 2027-08-31; opioid hours
  look back 8 years, 2019-09-01 .. 2027-08-31.
* ABIM, cycle ends 2028-12-31: points window 2024-01-01 .. 2028-12-31.
* DEA, expires 2026-05-31: renewed 2023-05-31 (before 27 Jun 2023), so MATE is due 2026-05-31.

The 60 credits:
* A  20 x 1 h AMA PRA Cat 1, no topic, 2025-10-01 .. 2025-10-20           (FL, TX formal)
* B   2 x 1 h Cat 1 medical errors, 2025-11-01                             (FL)
* C   1 x 2 h Cat 1 controlled substance prescribing + opioid prescribing   (FL and TX)
* D   1 x 1 h Cat 1 human trafficking, HHSC-approved, 2025-12-01           (FL and TX)
* E   2 x 1 h Cat 1 ethics, 2025-12-05                                     (TX)
* F   8 x 1 h Cat 1 substance use disorders (ACCME), 2024-06-01             (DEA only: before FL/TX)
* G  16 x 5 ABIM MOC points, 2024-02-01 .. 2025-05-01                       (ABIM only)
* H   8 x 1 h informal (OTHER: grand rounds), 2025-10-15                    (TX informal)
* I   2 x 1 h ANCC contact hours, 2025-10-01                                (nobody)

Hand-worked answer:
* Florida: Cat 1 in window A20 + B2 + C2 + D1 + E2 = 27 of 40, missing 13; medical errors 2
  (B), controlled substances 2 (C), trafficking 1 (D) met; domestic violence missing 2 (none
  since 2021); HIV/AIDS is for the first renewal only. Status due; gaps total 13, DV 2.
* Texas: formal A20 + B2 + C2 + D1 + E2 = 27 >= 24; ethics 2 (E); opioid 2 (C, within 8
  years); trafficking course (D); total formal 27 + informal H8 = 35 of 48, missing 13. Due.
* ABIM: G 80 of 100 points, missing 20; assessment attested. Due.
* DEA: F 8 h of substance use disorders. Met.
* I (ANCC) is refused by every credential; F counts for DEA only and is outside the FL and TX
  windows.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from opencme.requirements.allocation import evaluate
from opencme.requirements.tests.helpers import credential, credit, day, physician

AS_OF = day("2026-03-01")


def _credits() -> list:
    start = dt.date(2025, 10, 1)
    credits = [credit(f"A{i}", (start + dt.timedelta(days=i)).isoformat(), 1) for i in range(20)]
    credits += [credit(f"B{i}", "2025-11-01", 1, topics={"medical_errors"}) for i in range(2)]
    credits += [
        credit(
            "C", "2025-11-15", 2, topics={"controlled_substance_prescribing", "opioid_prescribing"}
        ),
        credit("D", "2025-12-01", 1, topics={"human_trafficking"}, approvals={"tx-hhsc"}),
    ]
    credits += [credit(f"E{i}", "2025-12-05", 1, topics={"ethics"}) for i in range(2)]
    credits += [
        credit(f"F{i}", "2024-06-01", 1, topics={"substance_use_disorders"}) for i in range(8)
    ]
    credits += [
        credit(f"G{i}", (dt.date(2024, 2, 1) + dt.timedelta(days=30 * i)).isoformat(), 5, "ABIM")
        for i in range(16)
    ]
    credits += [credit(f"H{i}", "2025-10-15", 1, "OTHER", accreditor="") for i in range(8)]
    credits += [credit(f"I{i}", "2025-10-01", 1, "ANCC", accreditor="ANCC") for i in range(2)]
    assert len(credits) == 60
    return credits


def _result():
    credentials = [
        credential("us-fl-md", "2027-01-31", renewal_number=4),
        credential("us-tx-md", "2027-08-31", renewal_number=5),
        credential("us-abim", "2028-12-31"),
        credential("us-dea-mate", "2026-05-31"),
    ]
    facts = physician(attestations=frozenset({"abim_moc_assessment"}))
    return evaluate(facts, credentials, _credits(), as_of=AS_OF)


def _gaps(cred):
    return {g.requirement_id: g.missing for g in cred.gaps}


def test_four_credentials_match_the_hand_worked_answer():
    result = _result()
    fl, tx, abim, dea = (
        result.credential(k) for k in ("us-fl-md", "us-tx-md", "us-abim", "us-dea-mate")
    )

    assert fl.status == "due"
    assert fl.requirement("total").counted == Decimal(27)
    assert _gaps(fl) == {"total": Decimal(13), "domestic_violence": Decimal(2)}
    assert fl.deadline == day("2027-01-31")

    assert tx.status == "due"
    assert tx.requirement("formal").counted == Decimal(27)
    assert tx.requirement("total").counted == Decimal(35)
    assert _gaps(tx) == {"total": Decimal(13)}

    assert abim.status == "due"
    assert _gaps(abim) == {"points": Decimal(20)}

    assert dea.status == "met"
    assert dea.requirement("sud_training").counted == Decimal(8)


def test_four_credentials_one_credit_serves_several_credentials_and_says_why():
    result = _result()
    fl, tx = result.credential("us-fl-md"), result.credential("us-tx-md")
    fl_c = {(a.requirement_id, a.reason, a.amount) for a in fl.applied_to("C")}
    tx_c = {(a.requirement_id, a.reason, a.amount) for a in tx.applied_to("C")}
    assert ("controlled_substances", "TOPIC", Decimal(2)) in fl_c
    assert ("total", "ALSO_COUNTS", Decimal(2)) in fl_c
    assert ("opioid", "TOPIC", Decimal(2)) in tx_c
    assert ("formal", "ALSO_COUNTS", Decimal(2)) in tx_c
    for cred in result.credentials:
        assert cred.rejected.get("I0") == "NO_MATCHING_REQUIREMENT"
    assert fl.rejected["F0"] == "OUTSIDE_WINDOW"
