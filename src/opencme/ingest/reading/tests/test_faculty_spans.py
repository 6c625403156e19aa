"""The learned reading of the faculty (reading/faculty_spans.py), on invented pages."""

from __future__ import annotations

import itertools

from opencme.ingest.parsing.draft import Draft, empty_record
from opencme.ingest.reading import faculty_spans

TEACHERS = [
    "Mira Castellan, MD",
    "Tobias Wren, RN, MSN",
    "Anika Deltour, PhD",
    "Ruth Okonjo, PharmD",
    "Dr. Samir Vellacott",
    "Prof. Ingrid Halvorsen",
    "Jonas Pereira, DDS",
    "Lena Marchetti, LCSW",
]
LEADS = [
    "Presented by {p}",
    "Our speaker: {p}",
    "Join {p} as she walks through the cases.",
    "{p} will lead the workshop.",
    "Course director {p}",
]
OTHERS = [
    "For questions contact Hal Brennick, Registrar.",
    "Photo: Greta Solberg",
    "In memory of Otto Lindqvist",
    "Posted by Webmaster Carla Imbert",
]


def _page(teacher: str, n: int) -> str:
    return (
        "Home | Events\nWound Care Update 2031\n"
        + LEADS[n % len(LEADS)].format(p=teacher)
        + "\n"
        + OTHERS[n % len(OTHERS)]
        + "\nLearning Objectives\nDescribe current practice.\n"
    )


def _pages() -> list[tuple[str, list[str]]]:
    pairs = itertools.product(range(len(TEACHERS)), range(len(LEADS)))
    return [(_page(TEACHERS[t], t + k), [TEACHERS[t]]) for t, k in pairs]


PAGE = (
    "Home | Events\nRenal Dosing Review 2032\nPresented by Helena Marsh, PharmD\n"
    "For questions contact Boris Aldana, Registrar.\n"
)


def test_places_hold_each_person_with_and_without_the_letters_after_the_name() -> None:
    (place,) = [p for p in faculty_spans.places(PAGE) if p.no == 3]
    assert [form for form, _start, _end in place.forms] == ["Helena Marsh, PharmD", "Helena Marsh"]
    assert place.above == "Renal Dosing Review 2032"


def test_a_trained_model_reads_a_new_pages_teacher_over_its_staff() -> None:
    weights = faculty_spans.fit(_pages())
    found = {form: p for p, form, _place in faculty_spans.people(weights, PAGE)}
    assert max(found, key=found.__getitem__) == "Helena Marsh, PharmD"
    assert found["Helena Marsh, PharmD"] > 0.5 > found["Boris Aldana"]
    # one form per person: the name alone is not offered beside its longer form
    assert "Helena Marsh" not in found


def test_training_is_the_same_every_time() -> None:
    assert faculty_spans.fit(_pages()) == faculty_spans.fit(_pages())


def _draft(faculty: list[str], confidence: float | None) -> Draft:
    record = empty_record()
    record["faculty"] = faculty
    return Draft(
        record=record,
        text=PAGE,
        confidence={} if confidence is None else {"faculty": confidence},
        diagnostics=[],
    )


def test_check_adds_a_likely_teacher_with_its_line_and_a_confidence() -> None:
    weights = faculty_spans.fit(_pages())
    draft = _draft([], None)
    faculty_spans.check(draft, {"weights": weights, "add": 0.5})
    assert draft.record["faculty"] == ["Helena Marsh, PharmD"]
    (used,) = draft.diagnostics
    assert (used.field, used.line, used.status, used.note) == (
        "faculty",
        3,
        "used",
        faculty_spans.NOTE,
    )
    # a field read only by the model is never taken as sure
    assert 0.5 <= draft.confidence["faculty"] < 1.0
    sure = _draft(["Helena Marsh"], 0.8)  # the rules read her already, in another form
    faculty_spans.check(sure, {"weights": weights, "add": 0.5})
    assert sure.record["faculty"] == ["Helena Marsh"]
    assert sure.confidence == {"faculty": 0.8}
    never = _draft([], None)
    faculty_spans.check(never, {"weights": weights, "add": 1.01})
    assert never.record["faculty"] == []
