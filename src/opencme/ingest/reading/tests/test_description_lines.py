"""The learned choice of the description's paragraph (reading/description_lines.py), on
invented pages."""

from __future__ import annotations

import itertools

from opencme.ingest.parsing.draft import Diagnostic, Draft, empty_record
from opencme.ingest.reading import description_lines

SUBJECTS = ["wound healing", "renal dosing", "pediatric asthma", "sleep medicine", "burn care"]
AIMS = [
    "This course reviews current practice in {s} and how teams can apply it at the bedside.",
    "The workshop will give clinicians practical tools for {s} in busy outpatient settings.",
    "Designed for nurses and pharmacists, this session explores recent evidence on {s} care.",
    "Participants will work through cases on {s} with experts from three regional hospitals.",
]
NOISE = [
    "Parking is available in the north garage for a fee of eight dollars per day.",
    "Please contact the education office if you need any accommodation to attend the event.",
    "Refunds are given up to ten days before the event, less an administrative charge.",
    "Certificates are emailed within two weeks of completing the evaluation form online.",
]
HEADINGS = ["About", "Overview", "Course Description", "Summary"]


def _page(subject: str, n: int) -> tuple[str, str]:
    aim = AIMS[n % len(AIMS)].format(s=subject)
    first, second = NOISE[n % len(NOISE)], NOISE[(n + 1) % len(NOISE)]
    heading = HEADINGS[n % len(HEADINGS)]
    if n % 2:
        text = f"{subject.title()} Update\n{first}\n{heading}\n{aim}\n{second}\n"
    else:
        text = f"{subject.title()} Update\n{heading}\n{aim}\n{first}\n{second}\n"
    return text, aim


def _draft(text: str, description: str | None = None, line: int = 0) -> Draft:
    record = empty_record()
    record["description"] = description
    used = Diagnostic("description", line, description or "", "used", "rules")
    diagnostics = [used] if line else []
    return Draft(record=record, text=text, diagnostics=diagnostics, confidence={})


def _pages() -> list[tuple[Draft, str | None]]:
    pairs = itertools.product(SUBJECTS, range(8))
    out: list[tuple[Draft, str | None]] = []
    for subject, n in pairs:
        text, aim = _page(subject, n)
        out.append((_draft(text), aim))
    return out


def test_candidates_are_lines_of_some_words_with_the_line_above() -> None:
    text = (
        "Title Here\n\nAbout\nThis course reviews the practice of careful and safe dosing.\nShort\n"
    )
    found = description_lines.candidates(text)
    assert found == [(4, "This course reviews the practice of careful and safe dosing.", "About")]


def test_is_description_line_takes_the_paragraph_with_little_else() -> None:
    aim = "This course reviews current practice in burn care and how teams apply it."
    assert description_lines.is_description_line(aim, aim)
    assert description_lines.is_description_line("Overview: " + aim, aim)
    assert not description_lines.is_description_line(aim + " " + NOISE[0] + NOISE[1], aim)
    assert not description_lines.is_description_line(aim, None)


def test_a_trained_model_ranks_a_new_pages_description_first() -> None:
    weights = description_lines.fit(_pages())
    aim = "This course reviews current practice in cataract surgery and how teams can apply it."
    text = f"Cataract Surgery Update\n{NOISE[2]}\nOverview\n{aim}\n{NOISE[3]}\n"
    best = description_lines.ranked(weights, _draft(text))
    assert best[0][1][1] == aim
    assert best[0][0] > 0.5


def test_training_is_the_same_every_time() -> None:
    assert description_lines.fit(_pages()) == description_lines.fit(_pages())


def test_check_replaces_a_far_less_likely_paragraph_and_says_why() -> None:
    weights = description_lines.fit(_pages())
    aim = "The workshop will give clinicians practical tools for cataract surgery in clinics."
    text = f"Cataract Surgery Update\n{NOISE[0]}\nAbout\n{aim}\n{NOISE[1]}\n"
    draft = _draft(text, NOISE[0], 2)  # the rules took the parking paragraph
    description_lines.check(draft, {"weights": weights, "propose": 0.5, "ratio": 2.0})
    assert draft.record["description"] == aim
    assert 0.5 <= draft.confidence["description"] <= 1.0
    notes = sorted((d.line, d.status, d.note) for d in draft.diagnostics)
    assert notes == [
        (2, "not_understood", description_lines.DOUBT),
        (4, "used", description_lines.NOTE),
    ]


def test_check_fills_a_missing_description_and_never_acts_without_calibration() -> None:
    weights = description_lines.fit(_pages())
    aim = "Participants will work through cases on cataract surgery with visiting experts."
    text = f"Cataract Surgery Update\nSummary\n{aim}\n{NOISE[2]}\n"
    draft = _draft(text)
    description_lines.check(draft, {"weights": weights, "propose": 0.5, "ratio": 2.0})
    assert draft.record["description"] == aim
    never = _draft(text)
    description_lines.check(never, {"weights": weights, "propose": 1.01, "ratio": 1e9})
    assert never.record["description"] is None
    assert never.diagnostics == []


def test_check_keeps_the_rules_paragraph_when_it_is_the_best_or_close() -> None:
    weights = description_lines.fit(_pages())
    aim = "This course reviews current practice in cataract surgery and how teams can apply it."
    text = f"Cataract Surgery Update\nAbout\n{aim}\n{NOISE[0]}\n"
    same = _draft(text, aim, 3)
    description_lines.check(same, {"weights": weights, "propose": 0.3, "ratio": 2.0})
    assert same.record["description"] == aim
    assert [d.note for d in same.diagnostics] == ["rules"]
    # the rules' paragraph kept when the best line is not far likelier (an enormous ratio)
    other = _draft(text, NOISE[0], 4)
    description_lines.check(other, {"weights": weights, "propose": 0.3, "ratio": 1e9})
    assert other.record["description"] == NOISE[0]


def test_thresholds_gain_on_unseen_pages_and_keep_the_corpus() -> None:
    right = "This course reviews burn care."
    wrong = "Parking is in the north garage."
    # (rules' description, its line's probability, best line, its probability, label)
    unseen = [(wrong, 0.05, right, 0.8, right), (None, None, right, 0.6, right)]
    corpus = [(right, 0.5, right, 0.5, right), (right, 0.2, wrong, 0.7, right)]
    model = description_lines.thresholds(unseen, corpus)
    # proposing from 0.6 with a ratio of 10, 5 or 2 gains both unseen pages (30: 0.05 * 30 is
    # no less than 0.8); a ratio of 2 loses the corpus's second page (0.2 * 2 < 0.7); of the
    # rest, the highest thresholds
    assert model == {"propose": 0.6, "ratio": 10.0}
    assert description_lines.thresholds([(right, 0.9, right, 0.9, right)], corpus) == {
        "propose": 1.01,
        "ratio": 1e9,
    }


def test_a_key_or_a_heading_in_capitals_before_the_paragraph_is_cut() -> None:
    body = "Delegates review current practice in burn care over two days."
    assert description_lines.paragraph("Course Description: " + body) == body
    assert description_lines.paragraph("About the Workshop:  " + body) == body
    assert description_lines.paragraph("PROGRAMME OVERVIEW " + body) == body
    # a sentence's own colon, or an acronym opening it, stays
    own = "This course reviews: the way teams dose and monitor renal patients."
    assert description_lines.paragraph(own) == own
    acronym = "HIV testing in clinics is reviewed by the Quillmoor team each spring."
    assert description_lines.paragraph(acronym) == acronym


def test_a_paragraph_no_reader_should_give_is_never_proposed() -> None:
    """The likeliest line is passed over when the rules refuse it as a description (here a
    funding statement opening like an activity's own paragraph): the next allowed one is
    taken, or none."""
    weights = {"w=funded": 6.0, "w=participants": 2.0, "none": 0.0}  # a model fond of the first
    funded = (
        "This workshop is funded in part by the Quillmoor Department of Health under its "
        "workforce scheme for rural nurses."
    )
    aim = "Participants will work through cases on cataract surgery with visiting experts."
    text = f"Cataract Surgery Update\nAbout\n{funded}\n{aim}\n"
    best = description_lines.ranked(weights, _draft(text))
    assert [line for _p, (_no, line, _above) in best] == [funded, aim]
    draft = _draft(text)
    description_lines.check(draft, {"weights": weights, "propose": 0.01, "ratio": 1.0})
    assert draft.record["description"] == aim
    alone = _draft(f"Cataract Surgery Update\n{funded}\n")
    description_lines.check(alone, {"weights": weights, "propose": 0.01, "ratio": 1.0})
    assert alone.record["description"] is None


def test_thresholds_cost_the_corpus_no_more_than_close() -> None:
    right = "This course reviews burn care."
    wrong = "Parking is in the north garage."
    unseen = [(wrong, 0.05, right, 0.8, right)] * 3
    # 100 corpus pages, all right; the best line of two is wrong but far likelier than the
    # rules' line: any pair that acts there costs the corpus 0.01 F1 or more
    corpus = [(right, 0.5, right, 0.5, right)] * 98 + [(right, 0.01, wrong, 0.8, right)] * 2
    assert description_lines.thresholds(unseen, corpus) == {"propose": 1.01, "ratio": 1e9}
    # one such page costs the corpus under 0.01: allowed
    one = [(right, 0.5, right, 0.5, right)] * 99 + [(right, 0.01, wrong, 0.8, right)]
    assert description_lines.thresholds(unseen, one)["propose"] < 1.01
