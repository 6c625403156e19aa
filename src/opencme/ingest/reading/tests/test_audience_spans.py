"""The learned reading of the audience (reading/audience_spans.py), on invented pages."""

from __future__ import annotations

import itertools

from opencme.ingest.parsing.draft import Draft, empty_record
from opencme.ingest.reading import audience_spans

AUDIENCES = [
    "registered nurses",
    "pharmacists",
    "physical therapists",
    "school counselors",
    "dental hygienists",
    "respiratory therapists",
    "other health care professionals",
    "clinical social workers",
]
LEADS = [
    "This course is meant for {a} and {b}.",
    "Who should attend: {a}, {b}",
    "The program gives {a} and {b} practical tools.",
    "Open to all {a} and {b} in the region.",
    "Intended for {a} or {b} who manage chronic pain.",
]
# people named on the page who are not its audience: the same professions, other words around
OTHERS = [
    "Patients will be seen by our {c} during the session.",
    "Questions? Our {c} answer within a day.",
    "Photos by the {c} of the host hospital.",
    "Parking is free for visitors.",
]


def _page(a: str, b: str, c: str, n: int) -> str:
    lines = [LEADS[n % len(LEADS)].format(a=a, b=b), OTHERS[n % len(OTHERS)].format(c=c)]
    if n % 2:  # the place of a line says nothing: only the words around the people do
        lines.reverse()
    return (
        "Home | Events\nWound Care Update 2031\n"
        + "\n".join(lines)
        + ("\nLearning Objectives\nDescribe current practice.\n")
    )


def _pages() -> list[tuple[str, list[str]]]:
    pairs = itertools.product(range(len(AUDIENCES)), range(len(LEADS)))
    out = []
    for a, k in pairs:
        b, c = (a + k + 1) % len(AUDIENCES), (a + k + 2) % len(AUDIENCES)
        page = _page(AUDIENCES[a], AUDIENCES[b], AUDIENCES[c], a + k)
        out.append((page, [AUDIENCES[a], AUDIENCES[b]]))
    return out


PAGE = (
    "Home | Events\nRenal Dosing Review 2032\n"
    "This review is designed for hospital pharmacists and nurse practitioners.\n"
    "Visitors may park in lot B; Speakers: see the agenda.\n"
    "Questions? Our dental hygienists answer within a day.\n"
)


def test_places_are_people_words_with_the_words_before_them_in_one_run() -> None:
    places = audience_spans.places(PAGE)
    forms = [(p.no, [f for f, _s, _e in p.forms]) for p in places]
    assert forms[:5] == [
        (3, ["pharmacists", "hospital pharmacists"]),  # "for" ends the run
        (3, ["nurse"]),  # a people word before another is a place of its own too
        (3, ["practitioners", "nurse practitioners"]),  # "and" ends the run
        (4, ["visitors"]),
        (4, ["speakers"]),  # a run ends at punctuation
    ]
    assert (5, ["hygienists", "dental hygienists", "our dental hygienists"]) in forms
    # abbreviations count when written as one ("APRNs"), not a word that merely ends so
    assert [f for p in audience_spans.places("For APRNs and RNs only") for f, _s, _e in p.forms][
        :1
    ] == ["aprns"]
    assert audience_spans.places("We meet on Tuesdays.") == []


def test_a_trained_model_reads_a_new_pages_audience_over_other_people() -> None:
    weights = audience_spans.fit(_pages())
    found = {form: p for p, form, _place in audience_spans.professions(weights, PAGE)}
    best = max(found, key=found.__getitem__)
    assert best in ("hospital pharmacists", "nurse practitioners")
    assert found["nurse practitioners"] > 0.5 > found["visitors"]
    # a profession the page names in other words is not its audience
    assert found["dental hygienists"] < 0.5
    # one form per place: the head word alone is not offered beside the likelier longer form
    assert "practitioners" not in found


def test_training_is_the_same_every_time() -> None:
    assert audience_spans.fit(_pages()) == audience_spans.fit(_pages())


def test_check_adds_likely_professions_with_their_line_and_a_confidence() -> None:
    weights = audience_spans.fit(_pages())
    record = empty_record()
    record["audience"] = ["hospital pharmacists"]
    draft = Draft(record=record, text=PAGE, confidence={"audience": 0.999}, diagnostics=[])
    audience_spans.check(draft, {"weights": weights, "add": 0.5})
    assert draft.record["audience"] == ["hospital pharmacists", "nurse practitioners"]
    (used,) = draft.diagnostics
    assert (used.field, used.line, used.status, used.note) == (
        "audience",
        3,
        "used",
        audience_spans.NOTE,
    )
    found = {form: p for p, form, _pl in audience_spans.professions(weights, PAGE)}
    # the list is as sure as the least likely item added
    assert draft.confidence["audience"] == round(found["nurse practitioners"], 4) < 0.999
    never = Draft(record=empty_record(), text=PAGE, confidence={}, diagnostics=[])
    audience_spans.check(never, {"weights": weights, "add": 1.01})
    assert never.record["audience"] == []
