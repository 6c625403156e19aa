"""What a browser would send for a page's form: every field's current value, read from HTML."""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any


class _Form(HTMLParser):
    def __init__(self, action_step: str) -> None:
        super().__init__(convert_charrefs=True)
        self.step = action_step
        self.data: dict[str, Any] = {}
        self.in_form = False
        self.select: str | None = None
        self.select_first: str | None = None
        self.textarea: str | None = None
        self.boxes: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form" and "import__form" in a.get("class", ""):
            self.in_form = True
        if not self.in_form:
            return
        name = a.get("name")
        if tag == "input" and name and name != "csrfmiddlewaretoken":
            kind = a.get("type", "text")
            if kind == "checkbox":
                self.boxes.append(name)
            if kind in ("checkbox", "radio"):
                if "checked" in a:
                    value = a.get("value", "on")
                    if kind == "checkbox" and name in self.data:  # several boxes of one name
                        before = self.data[name]
                        self.data[name] = [
                            *(before if isinstance(before, list) else [before]),
                            value,
                        ]
                    else:
                        self.data[name] = value
            elif kind != "submit":
                self.data[name] = a.get("value", "")
        elif tag == "select" and name:
            self.select, self.select_first = name, None
        elif tag == "option" and self.select:
            if self.select_first is None:
                self.select_first = a.get("value", "")
                self.data[self.select] = self.select_first
            if "selected" in a:
                self.data[self.select] = a.get("value", "")
        elif tag == "textarea" and name:
            self.textarea = name
            self.data[name] = ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self.in_form = False
        elif tag == "select":
            self.select = None
        elif tag == "textarea":
            self.textarea = None

    def handle_data(self, data: str) -> None:
        if self.textarea:
            # Django writes a newline after <textarea>; browsers drop it.
            self.data[self.textarea] += (
                data.removeprefix("\n") if not self.data[self.textarea] else data
            )


def draft_form_data(html: str, *, confirm: bool = False, **overrides: Any) -> dict[str, Any]:
    """The import page's draft form as a browser would post it, with ``overrides``;
    ``confirm`` ticks every "I have checked it" box of the fields needing review."""
    parser = _Form("save")
    parser.feed(html)
    ticked = {b: "on" for b in parser.boxes if confirm and b.startswith("confirm_")}
    return parser.data | ticked | overrides
