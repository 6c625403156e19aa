"""Schemas and types shared by every API router.

Input rules live here once (``core.text`` holds the rules themselves): ``Line`` and ``Text``
refuse control characters and say so in the OpenAPI document (``pattern``); each field adds
its model's ``max_length``. ``InputSchema`` is the base of every request body: a body that is
not a JSON object (``[null, null]``, ``"hello"``) is refused, not read as an empty object.
``IdPath`` is an id in a path, range-checked before anything reaches the database.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from ninja import Schema
from ninja.params import functions as params
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    Field,
    GetJsonSchemaHandler,
    StrictBool,
    model_validator,
)
from pydantic_core import PydanticCustomError, core_schema

from opencme.core.text import (
    CODE_PATTERN,
    LINE_PATTERN,
    MAX_ID,
    TEXT_PATTERN,
    control_character_message,
)


class ProblemOut(Schema):
    field: str
    message: str


class ProblemsOut(Schema):
    detail: list[ProblemOut]


class _Characters:
    """Refuses control characters in a string, and states the rule as its schema's pattern."""

    def __init__(self, *, multiline: bool) -> None:
        self.multiline = multiline

    def __call__(self, value: str) -> str:
        message = control_character_message(value, multiline=self.multiline)
        if message:
            raise PydanticCustomError("control_characters", message)
        return value

    def __get_pydantic_json_schema__(
        self, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> dict[str, Any]:
        out = handler(schema)
        out["pattern"] = TEXT_PATTERN if self.multiline else LINE_PATTERN
        return out


_LINE = _Characters(multiline=False)
_TEXT = _Characters(multiline=True)

# One line of text (a name, an id, an address); give it ``Field(max_length=...)``.
Line = Annotated[str, AfterValidator(_LINE), _LINE]
# Text from a text area: tab, newline and carriage return are allowed.
Text = Annotated[str, AfterValidator(_TEXT), _TEXT]

# A yes or no in a body: true or false, not 0, 1 or "yes".
Flag = StrictBool


def _iso_day(value: Any) -> Any:
    if isinstance(value, dt.date) or (isinstance(value, str) and _DAY.match(value)):
        return value
    raise PydanticCustomError("date", "must be a date written YYYY-MM-DD")


_DAY = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
# A day, written YYYY-MM-DD (not a number of seconds since 1970, which pydantic would take).
Day = Annotated[dt.date, BeforeValidator(_iso_day)]

# An id (in a query or a body; in a path): 1 to 2**63 - 1, the primary keys' range.
Id = Annotated[int, Field(ge=1, le=MAX_ID)]
IdPath = Annotated[int, params.Path(..., ge=1, le=MAX_ID)]


class _Code:
    """A certificate's code: URL-safe base64, stated as its schema's pattern."""

    def __call__(self, value: str) -> str:
        if not re.fullmatch(CODE_PATTERN.strip("^$"), value):
            raise PydanticCustomError(
                "code", "is not a certificate code (letters, digits, - and _)"
            )
        return value

    def __get_pydantic_json_schema__(
        self, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> dict[str, Any]:
        return handler(schema) | {"pattern": CODE_PATTERN}


# A certificate's code in a path, of at most the model's 64 characters.
CodePath = Annotated[str, AfterValidator(_Code()), _Code(), params.Path(..., max_length=64)]


class InputSchema(BaseModel):
    """Base of request bodies and the objects in them: each must be a JSON object (ninja's
    ``Schema`` would read attributes of anything, so a list or a string passed as empty)."""

    @model_validator(mode="before")
    @classmethod
    def _an_object(cls, value: Any) -> Any:
        if not isinstance(value, dict):
            raise PydanticCustomError("object", "must be a JSON object with the documented fields")
        return value
