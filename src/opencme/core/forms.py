"""What every site form does with text (``core.text``): mixed into a Django form."""

from __future__ import annotations

from typing import Any

from django import forms

from opencme.core.text import validate_line, validate_text


class TextRules:
    """Each text field of the form refuses control characters (a text area allows tab and line
    breaks), with the message beside the field; a password is any characters, as typed.
    Django's own check refuses only NUL."""

    fields: dict[str, forms.Field]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if not isinstance(field, forms.CharField):
                continue
            if isinstance(field.widget, forms.PasswordInput):
                continue
            multiline = isinstance(field.widget, forms.Textarea)
            field.validators.append(validate_text if multiline else validate_line)
