"""Account endpoints: sign-up, tokens (made, listed, revoked), the learner's own profile."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Router

from opencme.accounts import services, tokens
from opencme.accounts.api_auth import LEARNER_AUTH
from opencme.accounts.models import User
from opencme.accounts.schemas import (
    ProfileOut,
    ProfilePatch,
    SignUpIn,
    SignUpOut,
    TokenIn,
    TokenInfo,
    TokenOut,
)
from opencme.accounts.throttle import client_address
from opencme.core.schemas import IdPath, ProblemsOut

auth_router = Router(tags=["auth"])
me_router = Router(tags=["me"], auth=LEARNER_AUTH)


SIGNED_UP = (
    "we sent an email to this address: open its link within 7 days to confirm it (if the"
    " address already has an account, the email says how to sign in instead)"
)


@auth_router.post(
    "/signup",
    response={201: SignUpOut, 422: ProblemsOut},
    summary="Create a learner account",
    description="The answer is the same whether or not the address has an account: its owner "
    "is emailed instead.",
)
def signup(request: HttpRequest, data: SignUpIn):
    services.sign_up(
        email=data.email,
        password=data.password,
        legal_name=data.legal_name,
        profession=data.profession,
    )
    return 201, {"email": data.email.strip().lower(), "message": SIGNED_UP}


@auth_router.post(
    "/token",
    response={200: TokenOut, 422: ProblemsOut, 429: ProblemsOut},
    summary="Exchange email and password for a bearer token",
    description="The token works for OPENCME_API_TOKEN_DAYS days (90 unless the site says "
    "otherwise) or until revoked; its key is shown in this answer only. Failed attempts are "
    "throttled per account and per network address (429 with Retry-After).",
)
def token(request: HttpRequest, data: TokenIn):
    user = services.sign_in(email=data.email, password=data.password, ip=client_address(request))
    made, key = tokens.create_token(user=user, actor=user, name=data.name)
    return token_info(made) | {"token": key}


def token_info(made) -> dict:
    return {
        "id": made.pk,
        "name": made.name,
        "created_at": made.created_at,
        "expires_at": made.expires_at,
        "last_used_at": made.last_used_at,
    }


@me_router.get(
    "/tokens", response={200: list[TokenInfo], 401: ProblemsOut}, summary="My API tokens"
)
def token_list(request: HttpRequest):
    return [token_info(t) for t in tokens.token_list_for_user(request.user)]  # type: ignore[arg-type]


@me_router.delete(
    "/tokens/{token_id}",
    response={204: None, 401: ProblemsOut, 404: ProblemsOut},
    summary="Revoke one of my API tokens",
)
def token_revoke(request: HttpRequest, token_id: IdPath):
    user = request.user
    assert isinstance(user, User)  # LEARNER_AUTH only lets signed-in users through
    tokens.revoke_token(user=user, actor=user, token_id=token_id)
    return 204, None


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
