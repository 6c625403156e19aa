"""The learned reading of the provider's name (reading/provider_spans.py), on invented pages."""

from __future__ import annotations

import itertools

from opencme.ingest.parsing.draft import Diagnostic, Draft, empty_record
from opencme.ingest.reading import provider_spans

ORGS = [
    "Harbor Valley Nurses Guild",
    "Quillfield Institute of Pharmacy",
    "Society for Coastal Dermatology",
    "Brightwater Regional Medical Center",
    "Association of Prairie Dentists",
    "Copperline Health Education Office",
    "Northgate College of Social Work",
    "Lantern Bay Hospice Network",
]
LEADS = [
    "Presented by {org}.",
    "This course is a program of the {org}.",
    "{org} is accredited by the Verdant Council to provide continuing education.",
    "Brought to you by {org}",
    "Hosted by the {org} education team.",
    "© 2031 {org}. All rights reserved.",
]
PEOPLE = ["Dr. Mira Castellan", "Tobias Wren, RN", "Prof. Anika Deltour", "Ruth Okonjo, PharmD"]
VENUES = ["Grand Tamarack Hotel", "Riverside Convention Hall", "Maple Conference Suites"]
TOPICS = ["Wound Care", "Renal Dosing", "Pediatric Asthma", "Sleep Medicine", "Burn Care"]


def _page(org: str, n: int) -> str:
    lead = LEADS[n % len(LEADS)].format(org=org)
    return (
        f"Home | Events\n{TOPICS[n % len(TOPICS)]} Update 2031\n{lead}\n"
        f"Speaker: {PEOPLE[n % len(PEOPLE)]}\n"
        f"Held at the {VENUES[n % len(VENUES)]}, Hall B.\n"
        "Learning Objectives\nDescribe current practice.\n"
    )


def _pages() -> list[tuple[str, str | None]]:
    pairs = itertools.product(range(len(ORGS)), range(len(LEADS)))
    return [(_page(ORGS[o], o + k), ORGS[o]) for o, k in pairs]


def test_candidates_are_capitalised_runs_and_their_inner_runs() -> None:
    text = (
        "Offered by North Ridge Seminars. Cancellations are refunded.\n"
        "Visit the Office of Rural Care, Inc today"
    )
    names = provider_spans.candidates(text)
    assert "North Ridge Seminars" in names
    assert "Ridge Seminars" in names  # an inner run
    assert "Office of Rural Care" in names
    assert "Seminars. Cancellations" not in names  # a sentence ends the run
    assert "Care, Inc" not in names  # so does a comma
    assert "of Rural Care" not in names  # a run starts on a capitalised word
    assert "Office of Rural" not in names  # a part in the middle of a run is no candidate
    (place,) = names["North Ridge Seminars"].places
    assert place[0].no == 1


def test_a_companys_legal_form_alone_is_no_candidate() -> None:
    text = "Harbour Education Resource®, LLC is accredited to provide CME.\nAcme Ltd.\n"
    names = provider_spans.candidates(text)
    assert "Harbour Education Resource" in names
    assert "LLC" not in names  # R-PV-83
    assert "Acme Ltd" in names
    assert "Ltd" not in names


def test_a_trained_model_ranks_a_new_pages_provider_over_its_people_and_places() -> None:
    weights = provider_spans.fit(_pages())
    for lead in ("Presented by {org}.", "{org} is accredited by the Verdant Council to provide"):
        page = (
            "Home | Events\nGlaucoma Update 2032\n"
            + lead.format(org="Silverpine Eye Foundation")
            + "\nSpeaker: Dr. Helena Marsh\nHeld at the Lakeview Resort Center, Room 4.\n"
        )
        best = provider_spans.ranked(weights, page)
        assert best[0][1].span == "Silverpine Eye Foundation", best[:3]
        person = provider_spans.span_score(weights, page, "Dr. Helena Marsh")
        venue = provider_spans.span_score(weights, page, "Lakeview Resort Center")
        assert person is not None
        assert venue is not None
        assert best[0][0] > max(person, venue)
    assert provider_spans.span_score(weights, "Nothing capitalised here", "Acme") is None


def test_training_is_the_same_every_time() -> None:
    assert provider_spans.fit(_pages()) == provider_spans.fit(_pages())


def _draft(text: str, provider: str | None) -> Draft:
    record = empty_record()
    record["provider"] = provider
    diags = []
    if provider:
        line = next(i for i, ln in enumerate(text.split("\n"), 1) if provider in ln)
        diags.append(Diagnostic("provider", line, text.split("\n")[line - 1], "used", "rules"))
    return Draft(
        record=record,
        text=text,
        confidence={"provider": 0.7} if provider else {},
        diagnostics=diags,
    )


PAGE = (
    "Home | Events\nGlaucoma Update 2032\nBrought to you by Silverpine Eye Foundation\n"
    "Speaker: Dr. Helena Marsh\nHeld at the Lakeview Resort Center, Room 4.\n"
)


MODEL = {"propose": 0.3, "ratio": 30.0}


def test_check_proposes_the_best_name_when_the_rules_read_none() -> None:
    weights = provider_spans.fit(_pages())
    draft = _draft(PAGE, None)
    provider_spans.check(draft, {"weights": weights, **MODEL})
    assert draft.record["provider"] == "Silverpine Eye Foundation"
    assert 0.3 <= draft.confidence["provider"] <= 1.0
    (used,) = [d for d in draft.diagnostics if d.field == "provider"]
    assert (used.line, used.status, used.note) == (3, "used", provider_spans.NOTE)
    never = _draft(PAGE, None)  # a model without calibration proposes nothing
    provider_spans.check(never, {"weights": weights, "propose": 1.01, "ratio": 1e9})
    assert never.record["provider"] is None
    assert never.diagnostics == []


def test_check_replaces_a_name_far_less_likely_than_the_best() -> None:
    weights = provider_spans.fit(_pages())
    draft = _draft(PAGE, "Lakeview Resort Center")  # the rules took the venue
    provider_spans.check(draft, {"weights": weights, **MODEL})
    assert draft.record["provider"] == "Silverpine Eye Foundation"
    notes = sorted((d.line, d.status, d.note) for d in draft.diagnostics if d.field == "provider")
    assert notes == [
        (3, "used", provider_spans.NOTE),
        (5, "not_understood", provider_spans.DOUBT),
    ]
    kept = _draft(PAGE, "Lakeview Resort Center")  # only a name the rules did not read
    provider_spans.check(kept, {"weights": weights, "propose": 0.3, "ratio": 1e9})
    assert kept.record["provider"] == "Lakeview Resort Center"
    assert kept.confidence["provider"] == 0.7
    same = _draft(PAGE, "Silverpine Eye Foundation")
    provider_spans.check(same, {"weights": weights, **MODEL})
    assert (same.record["provider"], same.confidence["provider"]) == (
        "Silverpine Eye Foundation",
        0.7,
    )


def test_a_proposed_provider_leaves_the_joint_providers() -> None:
    weights = provider_spans.fit(_pages())
    draft = _draft(PAGE, None)
    draft.record["joint_providers"] = ["Silverpine Eye Foundation", "Other Partner Group"]
    provider_spans.check(draft, {"weights": weights, **MODEL})
    assert draft.record["joint_providers"] == ["Other Partner Group"]


def test_decide_takes_the_best_only_when_likely_and_far_likelier() -> None:
    decide = provider_spans.decide
    assert decide(None, None, "Best Org", 0.5, MODEL) == "Best Org"
    assert decide(None, None, "Best Org", 0.2, MODEL) is None
    assert decide("Rule Org", 0.01, "Best Org", 0.5, MODEL) == "Best Org"
    assert decide("Rule Org", 0.1, "Best Org", 0.5, MODEL) == "Rule Org"
    assert decide("Rule Org", None, "Best Org", 0.9, MODEL) == "Rule Org"  # not a candidate


def test_thresholds_gain_on_unseen_pages_while_the_corpus_stays_at_target() -> None:
    unseen: list[provider_spans.Row] = [
        (None, None, "Right Org", 0.8, "Right Org"),  # proposing at 0.8 gains
        (None, None, "Some Person", 0.35, None),  # proposing at 0.3 would lose here
        ("Good Org", 0.5, "Good Org", 0.5, "Good Org"),
    ]
    right = [(f"Org {i}", 0.5, f"Org {i}", 0.5, f"Org {i}") for i in range(20)]
    assert provider_spans.thresholds(unseen, right) == {"propose": 0.8, "ratio": 1e9}
    # the same change costs the corpus its target: no change
    costly = right[:4] + [(None, None, "Wrong Org", 0.85, None)] * 2
    assert provider_spans._f1(costly, {"propose": 0.8, "ratio": 1e9}) < 0.85
    assert provider_spans.thresholds(unseen, costly) == {"propose": 1.01, "ratio": 1e9}
    kept = [("Good Org", 0.5, "Other", 0.9, "Good Org")]
    assert provider_spans.thresholds(kept, right) == {"propose": 1.01, "ratio": 1e9}


def test_a_name_the_page_gives_an_accreditors_acronym_is_marked_an_accreditor() -> None:
    text = (
        "Harbour Wound Day\n\nHarbour Learning Partners is approved to offer continuing "
        "education by the National Board of Harbour Counsellors (NBCC) and by the ANCC.\n"
        "Contact the Harbour Wound Society (HWS) for details.\n"
    )
    marked = {c.span for c, f in provider_spans.described(text) if "accreditor" in f}
    assert "National Board of Harbour Counsellors" in marked  # its acronym is a known one
    assert "ANCC" in marked  # the table's own name
    assert "Harbour Wound Society" not in marked
    assert "Harbour Learning Partners" not in marked
