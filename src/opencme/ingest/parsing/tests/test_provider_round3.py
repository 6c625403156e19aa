"""Provider, joint providers and providership: the classes of the thirteenth session's misses,
synthetic text, one class a test (docs/corpus.md 'Provider')."""

from __future__ import annotations

from typing import Any

from opencme.ingest.parsing.parser import parse_rules


def record(text: str) -> dict[str, Any]:
    out: dict[str, Any] = parse_rules(text).record
    return out


def provider(text: str) -> str | None:
    out: str | None = record(text)["provider"]
    return out


def test_an_organisation_pleased_to_offer_or_announce() -> None:
    # an emotive adjective with a to-infinitive of announcing or offering: the writer's own
    # organisation speaking of its activity
    text = (
        "Home\n\nThe Academy of Physic, Erewhon is pleased to announce the launch of its pilot "
        "specialty-specific Self-Learning Module.\n"
    )
    assert provider(text) == "Academy of Physic, Erewhon"
    text = (
        "Workshop\n\nBehavior Therapy Institute is excited to welcome Ann Lo, PsyD, for a live "
        "interactive webinar on skills.\n"
    )
    assert provider(text) == "Behavior Therapy Institute"
    text = "Call\n\nCWXA is pleased to announce that we are accepting proposals.\n"
    assert provider(text) == "CWXA"
    # a person pleased to present is no organisation
    assert provider("Talk\n\nAnna Kowal is pleased to present her research.\n") is None


def test_an_organisation_offering_credit_or_in_a_verb_phrase() -> None:
    text = (
        "News\n\nThe ADX is offering 2.5 hours of continuing education credit for the "
        "course, Oral Screening.\n"
    )
    assert provider(text) == "ADX"
    text = "News\n\nThe Norland Dental Society has offered a refresher course each spring.\n"
    assert provider(text) == "Norland Dental Society"


def test_an_adverb_between_the_participle_and_by() -> None:
    text = (
        "Review\n\nThe CME course was hosted recently by the Northfield Medical School "
        "Department of Surgery.\n"
    )
    assert provider(text) == "Northfield Medical School Department of Surgery"


def test_a_provider_key_of_the_organisation_family() -> None:
    assert provider("Stroke Care\n\nOrganization: Rapid Response Education\n") == (
        "Rapid Response Education"
    )
    assert provider("Sepsis\n\nPosted By\nHarbor Sepsis Alliance\n\nDetails\n") == (
        "Harbor Sepsis Alliance"
    )
