"""Background work of the journey: follow-up survey invitations and reminders by email."""

from __future__ import annotations

from django.core.mail import send_mail
from django.db import transaction
from django.tasks import task
from django.urls import reverse

from opencme.core import clock
from opencme.core.site import absolute_url
from opencme.learning.models import FollowUp, StepProgress

REMINDER_AFTER_DAYS = 7


def follow_up_link(follow_up: FollowUp) -> str:
    path = reverse("credits:enrollment", args=[follow_up.enrollment_id])
    return absolute_url(f"{path}#step-{follow_up.step_id}")


@task()
def send_follow_up(follow_up_id: int, kind: str) -> str:
    """Email the follow-up survey (``invite``) or its reminder; each is sent once."""
    with transaction.atomic():
        follow_up = (
            FollowUp.objects.select_for_update(of=("self",))  # the follow-up row only
            .select_related("enrollment__learner", "enrollment__activity", "step")
            .get(pk=follow_up_id)
        )
        done = StepProgress.objects.filter(
            enrollment_id=follow_up.enrollment_id,
            step_id=follow_up.step_id,
            completed_at__isnull=False,
        ).exists()
        if (
            done
            or (kind == "invite" and follow_up.sent_at)
            or (kind == "reminder" and follow_up.reminded_at)
        ):
            return "skipped"
        activity = follow_up.enrollment.activity
        questions = follow_up.step.questions.count()
        prefix = "Reminder: " if kind == "reminder" else ""
        send_mail(
            subject=f"{prefix}{questions} questions about your practice since “{activity.title}”",
            message=(
                f"You completed “{activity.title}” ({activity.provider.name}).\n\n"
                f"It is now {follow_up.step.delay_days} days later: we ask what changed in your "
                "practice.\n\n"
                f"Answer the {questions} questions here:\n{follow_up_link(follow_up)}\n\n"
                "Your answers help the provider learn whether the activity changed practice."
            ),
            from_email=None,
            recipient_list=[follow_up.enrollment.learner.email],
        )
        if kind == "reminder":
            follow_up.reminded_at = clock.now()
        else:
            follow_up.sent_at = clock.now()
        follow_up.save(update_fields=["sent_at", "reminded_at"])
    return "sent"
