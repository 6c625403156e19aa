"""R-PE-24: a chief officer's post after a person's credentials is no credential (invented
text; the positive case failed before)."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules


def faculty(text: str) -> list[str]:
    return parse_rules("Harbour Nursing Forum\n\n" + text + "\n").record["faculty"]


def test_a_chief_officers_post_after_the_credentials_goes() -> None:
    text = (
        "The forum will give nurses the chance to learn from leaders including Ann Smith, PhD, "
        "CEO and Executive Director of the Harbour Association of Nursing; Lea Jones, ScD, RN, "
        "FAAN, Editor of Harbour Nurse Today; and Tim Brown, DM, winner of the award."
    )
    assert faculty(text) == ["Ann Smith, PhD", "Lea Jones, ScD, RN, FAAN", "Tim Brown, DM"]
