"""URL converters for the site's pages (registered by ``CoreConfig.ready``).

``<id:...>`` matches an id (``core.text.parse_id``: 1 to 2**63 - 1), so ``/activities/<huge>/``
is a page not found rather than an integer overflow in the database; ``<code:...>`` matches a
certificate code (URL-safe base64, at most the model's 64 characters), so a NUL or an overlong
code never reaches a query.
"""

from __future__ import annotations

from django.urls import register_converter

from opencme.core.text import CODE_PATTERN, parse_id


class IdConverter:
    regex = "[0-9]{1,19}"

    def to_python(self, value: str) -> int:
        number = parse_id(value)
        if number is None:
            raise ValueError(value)  # the pattern does not match: not found
        return number

    def to_url(self, value: int) -> str:
        return str(value)


class CodeConverter:
    regex = CODE_PATTERN.strip("^$").replace("+", "{1,64}")  # the model's max_length

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


def register() -> None:
    register_converter(IdConverter, "id")
    register_converter(CodeConverter, "code")
