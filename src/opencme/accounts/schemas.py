from __future__ import annotations

import datetime as dt

from ninja import Field, Schema
from pydantic import BaseModel


class SignUpIn(Schema):
    email: str
    password: str
    legal_name: str = ""
    profession: str = ""


class SignUpOut(Schema):
    """The same whether or not the address had an account (its owner is emailed instead)."""

    email: str
    message: str


class TokenIn(Schema):
    email: str
    password: str
    name: str = Field("", max_length=100, description="What the token is for, e.g. 'My phone'")


class TokenInfo(Schema):
    """A token as listed: never its key, which is shown once, when it is made."""

    id: int
    name: str
    created_at: dt.datetime
    expires_at: dt.datetime
    last_used_at: dt.datetime | None = Field(
        None, description="To the minute; null when it was never used"
    )


class TokenOut(TokenInfo):
    token: str = Field(description="The key: shown this once; send it as Authorization: Bearer")


class LicenseIO(Schema):
    state: str
    number: str
    renewal_date: dt.date | None = None


class BoardIdIO(Schema):
    board: str
    identifier: str


class ProfileOut(BaseModel):  # made from a dict: see learning.schemas
    email: str
    email_confirmed: bool
    legal_name: str
    degree: str
    profession: str
    npi: str
    nabp_eprofile_id: str
    birth_month: int | None
    birth_day: int | None
    consent_pars: bool
    consent_cpe_monitor: bool
    licenses: list[LicenseIO]
    board_ids: list[BoardIdIO]


class ProfilePatch(Schema):
    legal_name: str | None = None
    degree: str | None = None
    profession: str | None = None
    npi: str | None = None
    nabp_eprofile_id: str | None = None
    birth_month: int | None = None
    birth_day: int | None = None
    consent_pars: bool | None = None
    consent_cpe_monitor: bool | None = None
    licenses: list[LicenseIO] | None = None
    board_ids: list[BoardIdIO] | None = None
