from __future__ import annotations

import datetime as dt

from ninja import Field, Schema
from pydantic import BaseModel

from opencme.accounts.models import ApiToken, BoardId, LearnerProfile, StateLicense, User
from opencme.core.schemas import Day, Flag, InputSchema, Line
from opencme.core.text import max_length

# A password is hashed, never stored: any characters (format password), but not a megabyte.
PASSWORD_MAX = 1024


class SignUpIn(InputSchema):
    email: Line = Field(max_length=max_length(User, "email"))
    password: str = Field(max_length=PASSWORD_MAX, json_schema_extra={"format": "password"})
    legal_name: Line = Field("", max_length=max_length(LearnerProfile, "legal_name"))
    profession: Line = Field("", max_length=max_length(LearnerProfile, "profession"))


class SignUpOut(Schema):
    """The same whether or not the address had an account (its owner is emailed instead)."""

    email: str
    message: str


class TokenIn(InputSchema):
    email: Line = Field(max_length=max_length(User, "email"))
    password: str = Field(max_length=PASSWORD_MAX, json_schema_extra={"format": "password"})
    name: Line = Field(
        "",
        max_length=max_length(ApiToken, "name"),
        description="What the token is for, e.g. 'My phone'",
    )


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


class LicenseIn(InputSchema):
    state: Line = Field(max_length=max_length(StateLicense, "state"))
    number: Line = Field(max_length=max_length(StateLicense, "number"))
    renewal_date: Day | None = None


class BoardIdIn(InputSchema):
    board: Line = Field(max_length=max_length(BoardId, "board"))
    identifier: Line = Field(max_length=max_length(BoardId, "identifier"))


class ProfilePatch(InputSchema):
    legal_name: Line | None = Field(None, max_length=max_length(LearnerProfile, "legal_name"))
    degree: Line | None = Field(None, max_length=max_length(LearnerProfile, "degree"))
    profession: Line | None = Field(None, max_length=max_length(LearnerProfile, "profession"))
    npi: Line | None = Field(None, max_length=max_length(LearnerProfile, "npi"))
    nabp_eprofile_id: Line | None = Field(
        None, max_length=max_length(LearnerProfile, "nabp_eprofile_id")
    )
    birth_month: int | None = Field(None, ge=1, le=12)
    birth_day: int | None = Field(None, ge=1, le=31)
    consent_pars: Flag | None = None
    consent_cpe_monitor: Flag | None = None
    licenses: list[LicenseIn] | None = Field(None, max_length=60)  # each state, territory
    board_ids: list[BoardIdIn] | None = Field(None, max_length=40)
