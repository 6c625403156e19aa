"""The demo's hosted re-release of seed 000, with exactly the seed's completion pipeline.

Seed 000 as published is a listed activity that expired on 2026-08-29. The demo adds its
re-release by the same provider: same content and credits, released the day the demo data is
loaded and expiring a year later, with the identifiers a real re-release carries (a UAN for its
pharmacy credit, an IPCE amount, its topics) marked as demo values.
"""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

from django.core.files import File
from django.db import transaction

from opencme.activities.models import Activity
from opencme.activities.records import activity_record
from opencme.activities.selectors import activity_get_for_record
from opencme.activities.services import publish_activity, save_activity_from_record
from opencme.core import clock
from opencme.learning import viewing
from opencme.learning.models import Enrollment, Step, StepKind
from opencme.learning.services import create_pipeline
from opencme.providers.models import Provider

DEMO_NOTE = (
    "Demo re-release of the PCSS-MOUD activity (the original expired on Aug 29, 2026). "
    "Its UAN, IPCE amount, topics, accreditation, planners, financial disclosures and "
    "commercial support are demo values, not statements by the provider or the presenter."
)
SOURCE_KEY = "demo-rerelease-000"
DEMO_TOPICS = ("opioid_prescribing", "pain_management", "substance_use_disorders")

FUNDING = (
    "Funding for this initiative was made possible by cooperative agreement no. 1H79TI086770 "
    "and grant no. 1H79TI085588 from SAMHSA. The views expressed in written conference "
    "materials or publications and by speakers and moderators do not necessarily reflect the "
    "official policies of the Department of Health and Human Services; nor does mention of trade "
    "names, commercial practices, or organizations imply endorsement by the U.S. Government."
)
DISCLAIMER = (
    "The content on this site is intended solely to inform and educate medical professionals. "
    "This site shall not be used for medical advice and is not a substitute for the advice or "
    "treatment of a qualified medical professional."
)

# The content step's material: a short clip made for the demo (VP8 WebM, silent, with WebVTT
# captions) stands in for the recorded talk; the step completes once 90% of it is watched.
MEDIA = Path(__file__).resolve().parent / "media"
CLIP, CLIP_CAPTIONS, CLIP_SECONDS = "lbp-demo-clip.webm", "lbp-demo-clip.vtt", 4
CLIP_RULE = {"content_seconds": CLIP_SECONDS, "min_watched_percent": 90}

# What a hosted activity must disclose before learners start (accreditation.disclosure). The
# seed states its presenter but no planners, disclosures or commercial support: these are demo
# values, named as such in DEMO_NOTE and on the page.
DEMO_PLANNERS = [
    {
        "name": "Demo planning committee",
        "role": "Planners (demo value)",
        "capacity": "planner",
        "disclosed": "none",
    }
]


def demo_people(faculty: list[str]) -> list[dict[str, Any]]:
    """The seed's presenters as faculty with a demo "none" disclosure, after the demo planners."""
    return DEMO_PLANNERS + [
        {"name": name, "role": "Presenter", "capacity": "faculty", "disclosed": "none"}
        for name in faculty
    ]


# (kind, title, instructions, step fields, questions); each step waits for the one before.
PIPELINE: list[tuple[str, str, str, dict[str, Any], list[dict[str, Any]]]] = [
    (
        StepKind.REFLECTION,
        "Pre-reflection question",
        "Answer the pre-reflection question before you view the recorded presentation.",
        {},
        [{"type": "text", "text": "How do you decide today whether opioids have a place in the care of a patient with low back pain?"}],
    ),
    (
        StepKind.CONTENT,
        "Recorded presentation (30-60 minutes)",
        "View the recorded presentation by Roger Chou, MD. In this demo a four-second clip stands in for the talk.",
        {"content_kind": "video", **CLIP_RULE},
        [],
    ),
    (
        StepKind.SURVEY,
        "Survey",
        "Answer the questions to the best of your ability. Completing this survey unlocks the course evaluation.",
        {},
        [
            {"type": "single", "text": "For most patients with low back pain, opioids are:",
             "choices": ["First-line treatment", "Not first-line treatment", "Never appropriate"]},
            {"type": "multiple", "text": "Which strategies reduce the risks of opioid therapy?",
             "choices": ["Periodic reassessment", "Naloxone co-prescribing", "Higher starting doses", "Prescription drug monitoring"]},
            {"type": "scale", "text": "How confident are you in selecting patients for opioid therapy for LBP? (1 = not at all, 5 = very)"},
        ],
    ),
    (
        StepKind.EVALUATION,
        "Course evaluation",
        "Complete the final PCSS course evaluation.",
        {},
        [
            {"type": "scale", "text": "The activity met its stated objectives. (1 = strongly disagree, 5 = strongly agree)"},
            {"type": "scale", "text": "The content was free of commercial bias. (1 = strongly disagree, 5 = strongly agree)"},
            {"type": "single", "text": "Will you change your practice as a result of this activity?",
             "choices": ["Yes", "No, my practice already reflects it", "Not sure"]},
            {"type": "text", "text": "What will you do differently?", "required": False},
        ],
    ),
    (
        StepKind.CLAIM,
        "Claim credit",
        "Select and claim CE or your preferred certificate type. Your certificate then appears in your transcript.",
        {},
        [],
    ),
    (
        StepKind.FOLLOW_UP,
        "Post survey: changes in your practice",
        "90 days after you complete this activity you will receive a survey (2 questions) about changes in your practice.",
        {"delay_days": 90},
        [
            {"type": "single", "text": "Have you changed how you manage opioids for low back pain since this activity?",
             "choices": ["Yes", "No", "I do not treat patients with low back pain"]},
            {"type": "text", "text": "Describe one change you made, or what stood in the way.", "required": False},
        ],
    ),
]  # fmt: skip


def rerelease_record(seed_record: dict[str, Any], *, today: dt.date) -> dict[str, Any]:
    record = copy.deepcopy(seed_record)
    record.pop("id", None)
    record["start_date"] = today.isoformat()
    record["end_date"] = None
    try:
        expires = today.replace(year=today.year + 1)
    except ValueError:
        expires = today.replace(year=today.year + 1, day=28)
    record["expires"] = expires.isoformat()
    record["uan"] = [f"JA0000000-0000-{today.year % 100:02d}-042-H08-P"]
    record["commercial_support"] = False
    # The provider's topics (demo values): the talk is on opioids in pain management and
    # their risks; PCSS-MOUD courses on opioid use are offered toward the DEA MATE training.
    record["topics"] = list(DEMO_TOPICS)
    for credit in record["credits"]:
        if credit["type"] == "IPCE" and credit["amount"] is None:
            credit["amount"] = 1.25
    return record


@transaction.atomic
def ensure_rerelease(*, seed: Activity, today: dt.date, viewing_rule: bool = True) -> Activity:
    """The hosted re-release of ``seed`` with its pipeline, published (created once).

    ``viewing_rule=False`` leaves the content step without a completion rule (marked viewed at
    once, with the clip still shown), for benchmarks that measure the server rather than the
    seconds a learner spends watching."""
    provider: Provider = seed.provider
    existing = Activity.objects.filter(provider=provider, source_key=SOURCE_KEY).first()
    if existing is not None:
        return existing
    if provider.accreditor == "":
        provider.accreditor = Provider.Accreditor.JOINT
        provider.save(update_fields=["accreditor"])
    record = rerelease_record(activity_record(activity_get_for_record(seed.pk)), today=today)
    activity, _ = save_activity_from_record(
        record=record,
        actor=None,
        kind=Activity.Kind.HOSTED,
        provider=provider,
        statements={"funding": FUNDING, "disclaimer": DISCLAIMER},
        extra={"is_demo": True, "demo_note": DEMO_NOTE, "planned_by_team": True},
        source_key=SOURCE_KEY,
        people=demo_people(record["faculty"]),
        supporters=[],
    )
    with (MEDIA / CLIP).open("rb") as clip, (MEDIA / CLIP_CAPTIONS).open("rb") as captions:
        material: dict[str, Any] = {
            "content_file": File(clip, CLIP),
            "captions_file": File(captions, CLIP_CAPTIONS),
        }
        steps = []
        for kind, title, text, extra, questions in PIPELINE:
            spec: dict[str, Any] = {
                "kind": kind,
                "title": title,
                "instructions": text,
                "questions": questions,
            }
            if kind == StepKind.CONTENT:
                spec |= material
                if not viewing_rule:
                    extra = {k: v for k, v in extra.items() if k != "min_watched_percent"}
            steps.append(spec | extra)
        create_pipeline(activity=activity, actor=None, steps=steps)
    return publish_activity(activity=activity, actor=None)


def watch_whole(*, enrollment: Enrollment, step: Step, actor: object) -> None:
    """Demo and test data: ``actor`` opened ``step`` as long ago as its rule needs and watched
    all of its video, reported through ``record_content_progress`` (which applies the time
    rule). Nothing for a content step without a rule."""
    if step.kind != StepKind.CONTENT or not viewing.has_rule(step):
        return
    seconds = step.content_seconds or 0
    opened = clock.now() - dt.timedelta(seconds=max(seconds, (step.min_minutes or 0) * 60) + 1)
    for watched in ([], [[0, seconds]]):
        viewing.record_content_progress(
            enrollment=enrollment, step_id=step.pk, actor=actor, watched=watched, shown_at=opened
        )
