"""Input validation, HTML handling and diagnostics."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing import (
    ListingError,
    html_to_text,
    looks_like_html,
    parse_listing,
    read_listing_bytes,
)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n\t", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        (b"caf\xe9 au lait", "not UTF-8"),
        (b"12345 67890", "no words"),
    ],
)
def test_read_listing_bytes_refuses_bad_input_with_one_line_reason(
    data: bytes, reason: str
) -> None:
    with pytest.raises(ListingError) as err:
        read_listing_bytes(data)
    assert reason in err.value.message
    assert "\n" not in err.value.message


def test_read_listing_bytes_refuses_too_large() -> None:
    with pytest.raises(ListingError, match="too large"):
        read_listing_bytes(b"a" * 101, max_bytes=100)


def test_read_listing_bytes_drops_bom_and_decodes() -> None:
    assert read_listing_bytes("\ufeffCost: FREE".encode()) == "Cost: FREE"


def test_html_to_text_keeps_lists_and_tables_and_drops_scripts() -> None:
    html = (
        "<html><head><script>var x = '1.0 CME Credits';</script></head><body><nav>Home</nav>"
        "<h1>Course</h1><ul><li>First objective</li><li>Second</li></ul>"
        "<table><tr><td>Nursing</td><td>1.5 contact hours</td></tr></table></body></html>"
    )
    assert looks_like_html(html)
    text = html_to_text(html)
    assert "var x" not in text
    assert "Home" not in text
    assert "  • First objective" in text
    assert "Nursing | 1.5 contact hours" in text


def test_parse_listing_html_table_credits() -> None:
    html = "<table><tr><td>IPCE Credits:</td><td>1.5 hours</td></tr></table>"
    assert parse_listing(html).record["credits"] == [
        {"type": "IPCE", "amount": 1.5, "unit": "hour"}
    ]


def test_parse_listing_diagnostics_and_explain() -> None:
    draft = parse_listing(
        "Expires on Aug 29, 2026\nDesignated for 21.0 Continuing Educa", origin="x.txt"
    )
    assert any(
        d.field == "expires" and d.status == "used" and d.line == 1 for d in draft.diagnostics
    )
    assert any(d.status == "not_understood" and d.line == 2 for d in draft.diagnostics)
    explained = draft.explain()
    assert "x.txt" in explained
    assert "not understood" in explained


def test_parse_listing_empty_text_gives_empty_record() -> None:
    record = parse_listing("").record
    assert record["credits"] == []
    assert record["title"] is None


@pytest.mark.parametrize(
    "hidden",
    [
        "<div hidden><p>Old offer: 20 AMA PRA Category 1 Credits</p></div>",
        '<div aria-hidden="true"><ul><li>20 AMA PRA Category 1 Credits</ul></div>',
        '<span style="color: red; DISPLAY : none">20 AMA PRA Category 1 Credits</span>',
        '<p style="visibility:hidden">20 AMA PRA Category 1 Credits</p>',
    ],
)
def test_html_to_text_drops_what_the_page_hides(hidden: str) -> None:
    page = f"<html><body><h1>Sepsis Update</h1>{hidden}<p>Shown after it.</p></body></html>"
    text = html_to_text(page)
    assert "20 AMA" not in text
    assert "Sepsis Update" in text
    assert "Shown after it." in text
    assert parse_listing(page).record["credits"] == []


def test_html_to_text_reads_on_after_a_skipped_element_left_tags_open() -> None:
    page = "<nav><ul><li>Home<li>Courses</ul></nav><p>Course: Sepsis Update</p><footer>(c)</footer>"
    assert html_to_text(page) == "Course: Sepsis Update\n"


def test_table_cells_of_a_fragment_stay_apart() -> None:
    """Found by hypothesis: cells without their row's opening tag ran together ("1" "0" -> 10)."""
    fragment = "AMA PRA Category 1 Credit™1</td><td>0"
    assert "10" not in html_to_text(fragment)
    assert all(c["amount"] != 10 for c in parse_listing(fragment).record["credits"])
