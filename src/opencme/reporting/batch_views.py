"""Provider staff pages of one export batch: download a kept file, submit, withdraw.

Thin: parse, call ``reporting.batches``, render. Every view finds the batch through the
provider the user is staff of (404 for anyone else)."""

from __future__ import annotations

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from opencme.core.errors import DomainError, NotFound
from opencme.reporting import batches, selectors, services
from opencme.reporting.exporters.base import CONTENT_TYPES
from opencme.reporting.models import ExportBatch

FORMAT_LABELS = {"csv": "CSV", "xlsx": "Excel (XLSX)", "xml": "XML", "txt": "Tab-delimited (TXT)"}


class SubmitForm(forms.Form):
    submitted_on = forms.DateField(
        label="Date you uploaded it",
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"required": "Enter the date you uploaded the file."},
    )
    confirmation = forms.CharField(
        label="Confirmation number",
        required=False,
        max_length=batches.CONFIRMATION_MAX,
        help_text="As PARS or CPE Monitor gave it, if it gave one.",
    )


def _batch(request: HttpRequest, slug: str, batch_id: int) -> ExportBatch:
    try:
        provider = selectors.provider_for_reporting(request.user, slug)
    except NotFound as exc:
        raise Http404(str(exc)) from exc
    batch = ExportBatch.objects.filter(pk=batch_id, provider=provider).first()
    if batch is None:
        raise Http404("this provider has no such batch")
    return batch


def _page(
    request: HttpRequest,
    batch: ExportBatch,
    form: SubmitForm,
    status: int = 200,
    errors: list[str] | None = None,
) -> HttpResponse:
    files = [(fmt, FORMAT_LABELS.get(fmt, fmt.upper())) for fmt in batch.files]
    context = {
        "provider": batch.provider,
        "batch": batch,
        "form": form,
        "files": files,
        "errors": errors or [],
    }
    return render(request, "reporting/batch.html", context, status=status)


@login_required
def batch_detail(request: HttpRequest, slug: str, batch_id: int) -> HttpResponse:
    return _page(request, _batch(request, slug, batch_id), SubmitForm())


@login_required
def batch_download(request: HttpRequest, slug: str, batch_id: int, fmt: str) -> FileResponse:
    batch = _batch(request, slug, batch_id)
    try:
        path = services.batch_file(batch, fmt)
    except NotFound as exc:
        raise Http404(str(exc)) from exc
    name = f"{batch.filename.rsplit('.', 1)[0]}.{fmt}"
    return FileResponse(
        path.open("rb"), as_attachment=True, filename=name, content_type=CONTENT_TYPES[fmt]
    )


@login_required
@require_POST
def batch_submit(request: HttpRequest, slug: str, batch_id: int) -> HttpResponse:
    batch = _batch(request, slug, batch_id)
    form = SubmitForm(request.POST)
    if form.is_valid():
        try:
            batches.submit_batch(
                batch=batch,
                actor=request.user,
                submitted_on=form.cleaned_data["submitted_on"],
                confirmation=form.cleaned_data["confirmation"],
            )
        except DomainError as exc:
            for field, messages in exc.as_dict().items():
                for message in messages:
                    form.add_error(field if field in form.fields else None, message)
        else:
            return redirect("reporting:batch", slug=slug, batch_id=batch.pk)
    return _page(request, batch, form, status=422)


@login_required
@require_POST
def batch_withdraw(request: HttpRequest, slug: str, batch_id: int) -> HttpResponse:
    batch = _batch(request, slug, batch_id)
    try:
        batches.withdraw_batch(batch=batch, actor=request.user)
    except DomainError as exc:
        errors = [m for messages in exc.as_dict().values() for m in messages]
        return _page(request, batch, SubmitForm(), status=422, errors=errors)
    return redirect("reporting:batch", slug=slug, batch_id=batch.pk)
