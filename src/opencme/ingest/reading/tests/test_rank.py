"""The provider ranker: candidate organisations, their features, training and choosing."""

from __future__ import annotations

from opencme.ingest.parsing.org_names import spelled_out
from opencme.ingest.parsing.parser import parse_rules
from opencme.ingest.parsing.providers import Mention, provider_mentions
from opencme.ingest.reading.combine import combine
from opencme.ingest.reading.extract import Found
from opencme.ingest.reading.model_io import read, train
from opencme.ingest.reading.orgs import candidates
from opencme.ingest.reading.rank import choices, rank, ranked_provider, train_ranker
from opencme.ingest.reading.segment import segment


def _cands(text: str) -> dict[str, set[str]]:
    return {c.name: c.feats for c in candidates(segment(text))}


def test_provider_mentions_give_every_agent_of_a_joint_cue_in_order() -> None:
    got = provider_mentions(
        "This activity is jointly provided by Alpha University and Beta Society."
    )
    assert got == [
        Mention("Alpha University", "jointly provided", 0),
        Mention("Beta Society", "jointly provided", 1),
    ]


def test_provider_mentions_give_the_subject_of_an_accreditation_statement() -> None:
    text = (
        "The Gamma Medical Association is accredited by the Accreditation Council for "
        "Continuing Medical Education to provide continuing medical education for physicians."
    )
    assert Mention("Gamma Medical Association", "subject", 0) in provider_mentions(text)


def test_provider_mentions_skip_a_funder_and_a_presenter_with_credentials() -> None:
    assert provider_mentions("Supported by an educational grant provided by Zeta Pharma Inc.") == []
    assert provider_mentions("Presented by Jane Roe, MD, PhD") == []


def test_candidates_cut_a_run_of_names_and_note_the_words_around_a_name() -> None:
    feats = _cands("Diabetes update\nThe workshop was held at Delta Hospital on Saturday, May 4.\n")
    assert "Delta Hospital" in feats
    assert {"before=at", "class=clinical"} <= feats["Delta Hospital"]
    assert "Hospital" not in feats  # a head noun alone names no one


def test_candidates_give_a_name_and_its_acronym_not_both_together() -> None:
    feats = _cands("Heart care 2025\nOrganised by the Epsilon Heart Society (EHS).\n")
    assert "Epsilon Heart Society" in feats
    assert "EHS" in feats
    assert "Epsilon Heart Society (EHS)" not in feats
    assert "cue=organised" in feats["Epsilon Heart Society"]


def test_an_accreditor_is_marked_as_one() -> None:
    feats = _cands("Course\nThis course is approved by ACCME for credit.\nKappa Institute\n")
    assert "accreditor" in feats["ACCME"]
    assert "accreditor" not in feats["Kappa Institute"]


def _listing(org: str, other: str) -> str:
    return (
        f"Annual review course\n{other} newsletter\nThis activity is provided by {org}.\n"
        "The ACCME accredits providers of continuing medical education.\n"
    )


def test_a_ranker_trained_on_cue_agents_prefers_the_cue_agent_on_a_new_listing() -> None:
    names = ["Alpha", "Beta", "Gamma", "Delta", "Omega", "Sigma"]
    data = []
    for i, n in enumerate(names):
        segs = segment(_listing(f"{n} University", f"{names[i - 1]} Society"))
        data.append((choices(segs, None), f"{n} University"))
    weights = train_ranker(data)
    assert weights == train_ranker(data)  # same corpus, same weights
    segs = segment(_listing("Lambda College", "Theta Foundation"))
    best = ranked_provider(weights, segs, None)
    assert best.value == "Lambda College"
    assert 0.5 < best.confidence <= 1.0
    probs = [p for p, _n, _l in rank(weights, choices(segs, None))]
    assert abs(sum(probs) - 1.0) < 1e-9


def test_a_ranker_that_learned_no_provider_answers_none() -> None:
    quiet = "Wound care basics\nLearn to dress wounds.\nThree hours.\n"
    data = [(choices(segment(quiet.replace("Wound", w)), None), None) for w in "ABCD"]
    weights = train_ranker(data)
    assert ranked_provider(weights, segment(quiet), None).value is None


def test_read_with_a_model_takes_the_provider_from_the_ranker() -> None:
    examples = []
    for n in ["Alpha", "Beta", "Gamma", "Delta", "Omega", "Sigma"]:
        text = _listing(f"{n} University", f"{n} Society")
        examples.append((text, {"title": "Annual review course", "provider": f"{n} University"}))
    model = train(examples, groups=[str(i) for i in range(len(examples))])
    reading = read(_listing("Lambda College", "Theta Foundation"), model)
    assert reading.found["provider"].value == "Lambda College"


def test_spelled_out_names_an_acronym_the_page_expands_and_keeps_one_it_does_not() -> None:
    text = "Join the California Medical Association (CMA) today.\nCMA members save."
    assert spelled_out("CMA", text) == "California Medical Association"
    assert spelled_out("NZNO", "New Zealand Nurses Organisation\nNZNO conference") == (
        "New Zealand Nurses Organisation"
    )
    assert spelled_out("MSO", "MSO course at the Massachusetts Society") == "MSO"
    dashed = "The Kappa Academy of Otology—Head and Neck Foundation (KAO-HNF) designates"
    assert spelled_out("KAO-HNF", dashed) == "Kappa Academy of Otology—Head and Neck Foundation"
    assert spelled_out("Alpha University", "Alpha University (AU)") == "Alpha University"


def test_the_rules_provider_is_spelled_out_too() -> None:
    text = "Provided by the OPA.\nThe Ohio Pharmacists Association (OPA) is a society.\n"
    assert parse_rules(text).record["provider"] == "Ohio Pharmacists Association"


def test_combine_drops_the_chosen_provider_from_the_joint_providers() -> None:
    draft = parse_rules("Jointly provided by Alpha University and Beta Society.\n")
    assert draft.record["joint_providers"] == ["Beta Society"]
    found = {"provider": Found("Beta Society", 0.9, [1])}
    cal = {"provider": {"disagree|hi|prose": {"rule": [0, 5, 0, 5], "tag": [5, 5, 5, 0]}}}
    combine(draft, segment(draft.text), found, cal)
    assert draft.record["provider"] == "Beta Society"
    assert draft.record["joint_providers"] == []


def test_an_and_inside_an_of_complement_does_not_split_a_joint_providers_name() -> None:
    text = "Jointly provided by Omega Institute and the Society of Beta and Related Disorders.\n"
    assert parse_rules(text).record["joint_providers"] == ["Society of Beta and Related Disorders"]
    two = "Jointly provided by Postgraduate Institute for Medicine and Rockpointe.\n"
    assert parse_rules(two).record["joint_providers"] == ["Rockpointe"]


def test_provider_mentions_give_an_organisation_offering_an_activity() -> None:
    got = provider_mentions("The Northern Stroke Association will present a live broadcast.")
    assert got == [Mention("Northern Stroke Association", "offers", 0)]


def test_a_licensing_body_is_marked_a_regulator() -> None:
    cands = _cands(
        "Sedation Review\n\nApproved by the Texas State Board of Dental Examiners for 3 hours."
    )
    assert "class=regulator" in cands["Texas State Board of Dental Examiners"]


def test_a_department_cut_from_its_institutions_name_is_marked() -> None:
    cands = _cands("Insulin Therapy\n\nOffered by the Elmwood School of Nursing this spring.\n")
    assert "cut_modifier" in cands["School of Nursing"]
    assert "cut_modifier" not in cands["Elmwood School of Nursing"]
