"""HTML to text, keeping the structure the parser reads: lines, list items, table rows.

Scripts, styles, page chrome (nav, header, footer, forms) and hidden elements (the `hidden`
attribute, `aria-hidden="true"`, an inline `display: none` or `visibility: hidden`) are dropped:
text a reader of the page does not see must not become credit or dates. List items become
`  • item` lines and table cells are joined with ` | ` so key/value tables stay on one line.
"""

from __future__ import annotations

import re
from functools import lru_cache
from html.parser import HTMLParser

from opencme.ingest.parsing.lazyre import lazy_compile

_HTML_HINT = lazy_compile(
    r"<(?:!doctype\s+html|html|body|head|div|p|br|li|ul|ol|table|tr|td|span|h[1-6]|a\s)[\s>/]",
    re.IGNORECASE,
)
_SKIP = frozenset(
    {
        "script",
        "style",
        "noscript",
        "nav",
        "header",
        "footer",
        "svg",
        "form",
        "template",
        "iframe",
        "button",
        "select",
    }
)
_BLOCK = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "aside",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "blockquote",
        "pre",
        "figure",
        "figcaption",
        "address",
        "hr",
        "title",
    }
)
_VOID = frozenset({"br", "img", "hr", "meta", "link", "input", "wbr", "source"})
# a run of odd or several spaces (a single " " is left as it is: the same text, fewer matches);
# written to start with one character class, which lets the regex engine skip in C to the next
# space (`[ odd]{2,}|[odd]` matches the same spans, trying both branches at every position)
_ODD_SPACE = r"\t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000"
_SPACES = lazy_compile(rf"[ {_ODD_SPACE}](?:[ {_ODD_SPACE}]+|(?<=[{_ODD_SPACE}]))")
_HIDDEN_STYLE = lazy_compile(r"(?:display\s*:\s*none|visibility\s*:\s*hidden)", re.IGNORECASE)
_ZERO_WIDTH = lazy_compile(r"[\u200b-\u200d\u2060\ufeff\ufe0f]")
_TRAILING = lazy_compile(r" [ ]*\n")  # ` +\n`, with a literal first (a faster search)
_MANY_BLANKS = lazy_compile(r"\n{3,}")


def looks_like_html(text: str) -> bool:
    """True when the text carries HTML markup (a tag from the usual page vocabulary)."""
    return _HTML_HINT.search(text[:20000]) is not None


def _hidden(attrs: list[tuple[str, str | None]]) -> bool:
    """True for an element the page does not show."""
    for name, value in attrs:
        if name == "hidden":
            return True
        if name == "aria-hidden" and (value or "").strip().lower() == "true":
            return True
        if name == "style" and value and _HIDDEN_STYLE.search(value):
            return True
    return False


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        # the tags opened since a skipped element began (its own first); empty: not skipping
        self.skipping: list[str] = []
        self.in_cell = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skipping or tag in _SKIP or _hidden(attrs):
            if tag not in _VOID:
                self.skipping.append(tag)
            return
        if tag == "br":
            self.parts.append("\n")
        elif tag == "li":
            self.parts.append("\n  • ")
        elif tag == "tr":
            self.parts.append("\n")
            self.in_cell = False
        elif tag in ("td", "th"):
            # a cell after text on the same line is a new cell, even without a <tr> before it
            # (a fragment): "1</td><td>0" must not read as 10
            if self.in_cell or (self.parts and not self.parts[-1].endswith("\n")):
                self.parts.append(" | ")
            self.in_cell = True
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self.skipping:
            if tag in self.skipping:  # close it and whatever it left open (<li>, <p>)
                last = len(self.skipping) - 1 - self.skipping[::-1].index(tag)
                del self.skipping[last:]
            return
        if tag in _BLOCK or tag in ("li", "tr"):
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data.replace("\n", " "))


@lru_cache(maxsize=16)  # pure; the rules and the reader both clean the same listing
def clean_text(text: str) -> str:
    """Normalise line ends and odd spaces; keep line structure."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ZERO_WIDTH.sub("", text)
    text = _SPACES.sub(" ", text)
    return _TRAILING.sub("\n", text).rstrip(" ")


def html_to_text(html: str) -> str:
    """Visible text of an HTML page, one block per line, lists and tables kept."""
    parser = _TextExtractor()
    try:
        parser.feed(html)
        parser.close()
    except Exception:
        parser.parts.append("\n")
    text = clean_text("".join(parser.parts))
    text = "\n".join(
        line.strip() if not line.lstrip().startswith("•") else "  " + line.strip()
        for line in text.split("\n")
    )
    return _MANY_BLANKS.sub("\n\n", text).strip() + "\n"


def split_list(value: str) -> list[str]:
    """Comma-separated values, keeping commas inside parentheses."""
    out: list[str] = []
    cur: list[str] = []
    depth = 0
    for ch in value:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        if ch in ",;" and depth == 0:
            out.append("".join(cur).strip())
            cur = []
        else:
            cur.append(ch)
    out.append("".join(cur).strip())
    return [o for o in out if o]
