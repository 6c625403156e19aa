"""A content step's material and the player's reports.

``/learn/steps/<id>/material`` and ``.../captions`` serve the uploaded file to the activity's
enrolled learners and its provider's staff only (with byte ranges, so a video can be sought);
``/learn/enrollments/<id>/steps/<id>/progress`` takes the player's reports (JSON, CSRF) and
answers what the server counts.
"""

from __future__ import annotations

import json
import mimetypes
import re

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.files.base import File
from django.http import (
    FileResponse,
    Http404,
    HttpRequest,
    HttpResponse,
    JsonResponse,
    StreamingHttpResponse,
)
from django.views.decorators.clickjacking import xframe_options_sameorigin
from django.views.decorators.csp import csp_override
from django.views.decorators.http import require_GET, require_POST

from opencme.core.errors import DomainError, NotFound
from opencme.learning.forms import viewed_at
from opencme.learning.models import Enrollment, Step, StepKind
from opencme.learning.viewing import has_rule, record_content_progress
from opencme.providers.selectors import provider_ids_for_staff

TYPES = {".vtt": "text/vtt", ".webm": "video/webm", ".mp4": "video/mp4", ".pdf": "application/pdf"}
RANGE = re.compile(r"bytes=(\d*)-(\d*)$")
CHUNK = 64 * 1024


def may_view(user: object, step: Step) -> bool:
    """The activity's enrolled learners (not awaiting payment) and its provider's staff."""
    if not getattr(user, "is_authenticated", False):
        return False
    enrolled = Enrollment.objects.filter(
        activity_id=step.activity_id,
        learner_id=getattr(user, "pk", None),
        status__in=[Enrollment.Status.ACTIVE, Enrollment.Status.COMPLETED],
    ).exists()
    return enrolled or step.activity.provider_id in provider_ids_for_staff(user)


def byte_range(header: str, size: int) -> tuple[int, int] | None:
    """The first and last byte of a single ``Range: bytes=`` request, or None when there is
    none or it cannot be met."""
    found = RANGE.match(header.strip())
    if not found or size == 0 or found[1] == found[2] == "":
        return None
    if found[1] == "":  # the last N bytes
        first, last = max(0, size - int(found[2])), size - 1
    else:
        first = int(found[1])
        last = min(int(found[2]), size - 1) if found[2] else size - 1
    return (first, last) if first <= last < size else None


# A document is shown in the step's page (an iframe of the same site); nothing else frames it.
FRAMED_BY_OUR_PAGES = {**settings.SECURE_CSP, "frame-ancestors": ["'self'"]}


@xframe_options_sameorigin
@csp_override(FRAMED_BY_OUR_PAGES)
@login_required
@require_GET
def content_file(
    request: HttpRequest, step_id: int, part: str
) -> HttpResponse | StreamingHttpResponse:
    """The step's uploaded material (``part`` "material") or its captions ("captions")."""
    step = Step.objects.select_related("activity").filter(pk=step_id, kind=StepKind.CONTENT)
    found = step.first()
    if found is None or not may_view(request.user, found):
        raise Http404("No material of yours has this address.")
    stored = found.content_file if part == "material" else found.captions_file
    if not stored:
        raise Http404("This step has no such file.")
    name = stored.name or ""
    kind = TYPES.get(name[name.rfind(".") :].lower()) or mimetypes.guess_type(name)[0]
    handle: File = stored.storage.open(name, "rb")
    size = stored.storage.size(name)
    wanted = byte_range(request.headers.get("Range", ""), size)
    response: HttpResponse | StreamingHttpResponse
    if request.headers.get("Range") and wanted is None:
        handle.close()
        response = HttpResponse(status=416)
        response["Content-Range"] = f"bytes */{size}"
        return response
    if wanted is None:
        response = FileResponse(handle, content_type=kind or "application/octet-stream")
    else:
        first, last = wanted
        handle.seek(first)
        body = handle.read(last - first + 1)
        handle.close()
        response = HttpResponse(body, status=206, content_type=kind)
        response["Content-Range"] = f"bytes {first}-{last}/{size}"
        response["Content-Length"] = str(len(body))
    response["Accept-Ranges"] = "bytes"
    response["Cache-Control"] = "private, max-age=3600"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@login_required
@require_POST
def content_progress(request: HttpRequest, enrollment_id: int, step_id: int) -> JsonResponse:
    """The player's report: ``{"watched": [[start, end], ...], "viewed": <page token>}``."""
    try:
        data = json.loads(request.body or b"{}")
    except ValueError:
        return JsonResponse({"watched": ["The report is not JSON."]}, status=422)
    if not isinstance(data, dict):
        return JsonResponse({"watched": ["The report is not a JSON object."]}, status=422)
    token = data.get("viewed")
    shown = (
        viewed_at(token, enrollment_id=enrollment_id, step_id=step_id)
        if isinstance(token, str)
        else None
    )
    try:
        viewing = record_content_progress(
            enrollment=enrollment_id,
            step_id=step_id,
            actor=request.user,
            watched=data.get("watched"),
            shown_at=shown,
        )
    except NotFound as exc:
        return JsonResponse(exc.as_dict(), status=404)
    except DomainError as exc:
        return JsonResponse(exc.as_dict(), status=422)
    return JsonResponse(viewing.as_dict())


def record_page_time(enrollment: Enrollment, step: Step, token: str, user: object) -> None:
    """The "I have viewed it" post as a report of the page's time (the page's only report
    when its script does not run), before the step's rule is checked."""
    if not has_rule(step):
        return
    shown = viewed_at(token, enrollment_id=enrollment.pk, step_id=step.pk)
    try:
        record_content_progress(
            enrollment=enrollment, step_id=step.pk, actor=user, watched=None, shown_at=shown
        )
    except DomainError:
        return  # completing the step says what is wrong
