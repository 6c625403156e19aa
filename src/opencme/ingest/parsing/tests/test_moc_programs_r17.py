"""R-MO-7: MOC credit "in the <boards'> MOC programs" names each board; a word that only looks
like a board's code ("ABLE") is none."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import record

_HEAD = "Harbour Gastroenterology Meeting\n\nThe annual meeting of the Harbour Gut Society.\n\n"


def _boards(line: str) -> list[tuple[str, float | None]]:
    return [(e["board"], e["points"]) for e in record(_HEAD + line + "\n")["moc"]]


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            "Sessions marked MOC grant MOC credit within the American Board of Internal "
            "Medicine's (ABIM) and American Board of Pediatrics' (ABP) MOC programs.",
            [("ABIM", None), ("ABP", None)],
        ),
        (
            "Sessions earn MOC points in the ABIM and ABS Maintenance of Certification programs.",
            [("ABIM", None), ("ABS", None)],
        ),
        (
            "Learners may claim MOC credit toward the American Board of Anesthesiology's MOC "
            "program.",
            [("ABA", None)],
        ),
        (
            "This meeting offers MOC credit through the ABPN MOC program.",
            [("ABPN", None)],
        ),
        (
            "Attendees can log MOC points within the American Board of Surgery and American "
            "Board of Pathology MOC programs.",
            [("ABS", None), ("ABPath", None)],
        ),
    ],
)
def test_moc_credit_in_the_boards_programs(line: str, want: list[tuple[str, None]]) -> None:
    assert [(b.upper(), p) for b, p in _boards(line)] == [(b.upper(), p) for b, p in want]


@pytest.mark.parametrize(
    "line",
    [
        "Each CME credit you claim equals one MOC point you are ABLE to record.",
        "MOC points are ABOUT to be announced for this meeting.",
    ],
)
def test_a_capitalised_word_is_no_board(line: str) -> None:
    assert _boards(line) == []
