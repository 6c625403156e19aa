"""What text and ids may hold before they reach the database: one definition for every API
schema, form and URL.

PostgreSQL refuses a NUL character in text (a 500 if it gets that far) and SQLite stores it,
and then it is printed on a certificate; the other C0 control characters are no better in a
name. A single line of text holds none of them; text from a text area may hold tab, newline
and carriage return (browsers send line breaks as CR LF). Ids are the positive range of a
64-bit integer, the primary keys' range on every engine: a larger one is not an id of anything.
"""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError

MAX_ID = 2**63 - 1
# A certificate's code: URL-safe base64 (``secrets.token_urlsafe``).
CODE_PATTERN = r"^[A-Za-z0-9_-]+$"

# As JSON Schema patterns (ECMA-262) and Python regular expressions alike.
LINE_PATTERN = r"^[^\x00-\x1f]*$"
TEXT_PATTERN = r"^[^\x00-\x08\x0b\x0c\x0e-\x1f]*$"
_LINE_BAD = re.compile(r"[\x00-\x1f]")
_TEXT_BAD = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

LINE_MESSAGE = "must not contain control characters (such as NUL, tab or a line break)"
TEXT_MESSAGE = "must not contain control characters such as NUL (tab and line breaks are fine)"


def control_character_message(value: str, *, multiline: bool = False) -> str | None:
    """The problem with ``value``'s characters, or None when it has none."""
    if (_TEXT_BAD if multiline else _LINE_BAD).search(value) is None:
        return None
    return TEXT_MESSAGE if multiline else LINE_MESSAGE


def validate_line(value: str) -> None:
    """Django validator for a one-line field."""
    if control_character_message(value):
        raise ValidationError(LINE_MESSAGE[:1].upper() + LINE_MESSAGE[1:] + ".", code="control")


def validate_text(value: str) -> None:
    """Django validator for a text area."""
    if control_character_message(value, multiline=True):
        raise ValidationError(TEXT_MESSAGE[:1].upper() + TEXT_MESSAGE[1:] + ".", code="control")


def parse_id(value: object) -> int | None:
    """``value`` (as a URL or query string carries it) as an id, or None when it cannot be one."""
    text = str(value)
    if not (text.isascii() and text.isdigit()) or len(text) > 19:
        return None
    number = int(text)
    return number if 1 <= number <= MAX_ID else None


def max_length(model: type, field: str) -> int:
    """The ``max_length`` of ``model.field``, so that a schema or form states the model's own."""
    length = model._meta.get_field(field).max_length  # type: ignore[attr-defined]
    assert isinstance(length, int), f"{model.__name__}.{field} has no max_length"
    return length
