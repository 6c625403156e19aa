"""Account endpoints: sign-up, tokens, the learner's own profile."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Router

from opencme.accounts import services
from opencme.accounts.api_auth import LEARNER_AUTH
from opencme.accounts.models import User
from opencme.accounts.schemas import ProfileOut, ProfilePatch, SignUpIn, TokenIn, TokenOut, UserOut
from opencme.core.errors import PermissionDenied, Throttled
from opencme.core.schemas import ProblemsOut

auth_router = Router(tags=["auth"])
me_router = Router(tags=["me"], auth=LEARNER_AUTH)


def client_ip(request: HttpRequest) -> str:
    return request.META.get("REMOTE_ADDR", "") or "unknown"


@auth_router.post(
    "/signup", response={201: UserOut, 422: ProblemsOut}, summary="Create a learner account"
)
def signup(request: HttpRequest, data: SignUpIn):
    user = services.sign_up(
        email=data.email,
        password=data.password,
        legal_name=data.legal_name,
        profession=data.profession,
    )
    return 201, {"id": user.pk, "email": user.email}


@auth_router.post(
    "/token",
    response={200: TokenOut, 422: ProblemsOut, 429: ProblemsOut},
    summary="Exchange email and password for a bearer token",
)
def token(request: HttpRequest, data: TokenIn):
    try:
        user = services.sign_in(email=data.email, password=data.password, ip=client_ip(request))
    except PermissionDenied as exc:
        raise Throttled(exc.problems) from exc
    return {"token": services.issue_token(user=user)}


def profile_out(user, snapshot: dict | None = None) -> dict:
    data = services.profile_snapshot(services.profile_for(user)) if snapshot is None else snapshot
    return data | {"email": user.email, "email_confirmed": user.email_confirmed_at is not None}


@me_router.get("/profile", response={200: ProfileOut, 401: ProblemsOut}, summary="My profile")
def profile_get(request: HttpRequest):
    return profile_out(request.user)


@me_router.patch(
    "/profile",
    response={200: ProfileOut, 401: ProblemsOut, 422: ProblemsOut},
    summary="Change my profile",
)
def profile_patch(request: HttpRequest, data: ProfilePatch):
    changes = data.model_dump(exclude_unset=True)
    user = request.user
    assert isinstance(user, User)  # LEARNER_AUTH only lets signed-in users through
    saved = services.update_profile(user=user, actor=user, changes=changes)
    return profile_out(user, saved.snapshot)
