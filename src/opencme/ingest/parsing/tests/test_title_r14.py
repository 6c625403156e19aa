"""Classes of title misses met in the fourteenth session (docs/corpus.md "Title"; R-TI-*).

Texts here are written for the tests, not taken from corpus listings."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules
from opencme.ingest.parsing.title_cohesion import cohesion, page_words


def test_rule_ti1_a_slogan_the_page_never_speaks_of_again_is_no_title() -> None:
    text = (
        "Bright Minds, Brave Hearts\n"
        "Sign Up\n"
        "Early Mobilisation of Ventilated Patients in Step-Down Units\n"
        "Mobilisation of ventilated patients shortens their stay; this module shows nurses in "
        "step-down units how to start early mobilisation safely.\n"
        "Estimated time: 1 hour\n"
    )
    title = parse_rules(text).record["title"]
    assert title == "Early Mobilisation of Ventilated Patients in Step-Down Units"


def test_cohesion_counts_the_heading_words_the_page_uses_again() -> None:
    texts = ["bright minds, brave hearts", "ventilated patients", "patients who are ventilated"]
    counts = page_words(texts)
    assert cohesion("Bright Minds, Brave Hearts", texts[0], counts) == 0.0
    assert cohesion("Ventilated Patients", texts[1], counts) == 1.0
