"""What a coordinator does in the activity editor, as small steps for Chromium stories.

Each step takes a Playwright ``page`` already signed in as provider staff (``sign_in``) and
leaves it on the page the step ends on; fields are found by their labels, as a person finds
them. Compose them: ``create_activity`` -> ``fill_details`` -> ``publish`` -> ``preview``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from playwright.sync_api import expect


def sign_in(page: Any, base: str, *, email: str, password: str) -> None:
    """Sign in from the sign-in page; staff land in their workspace."""
    page.goto(f"{base}/accounts/sign-in/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(r"/provider/"))


def create_activity(page: Any, base: str, *, slug: str, title: str) -> str:
    """From the workspace home of provider ``slug``, make a draft called ``title``; returns
    the URL of its hub page, where the page is left."""
    page.goto(f"{base}/provider/{slug}/")
    page.get_by_role("link", name="New activity").click()
    page.get_by_label("Title").fill(title)
    page.get_by_role("button", name="Create the draft").click()
    page.wait_for_url(re.compile(r"/activities/\d+/$"))
    return str(page.url)


def open_section(page: Any, name: str) -> None:
    """Follow the tab ``name`` ("Overview", "Details", "Credit", ...) of an activity's page."""
    tabs = page.get_by_role("navigation", name="Sections of this activity")
    with page.expect_navigation():
        tabs.get_by_role("link", name=name, exact=True).click()


def fill_details(
    page: Any,
    *,
    description: str = "",
    format: str = "",
    delivery: str = "",
    start: str = "",
    expires: str = "",
    free: bool | None = None,
    professions: Sequence[str] = (),
    objectives: Sequence[str] = (),
    specialties: Sequence[str] = (),
    topics: Sequence[str] = (),
    save: bool = True,
) -> None:
    """On the details page, fill what is given (``format``/``delivery`` by their visible
        labels, dates as YYYY-MM-DD, ``professions`` by label, ``objectives`` after those already
        there, each specialty picked from the type-ahead's suggestions, ``topics`` ticked by their
    labels), then save."""
    if description:
        page.get_by_label("Description").fill(description)
    if format:
        page.get_by_label("Format").select_option(label=format)
    if delivery:
        page.get_by_label("Delivery").select_option(label=delivery)
    if start:
        page.get_by_label("Release or start date").fill(start)
    if expires:
        page.get_by_label("Last day to claim credit").fill(expires)
    if free is not None:
        page.get_by_label("Free" if free else "Has a fee", exact=True).check()
    for label in professions:
        page.get_by_label(label, exact=True).check()
    for text in objectives:
        add_objective(page, text)
    for name in specialties:
        pick_suggestion(page, "Specialties", name)
    for label in topics:
        page.get_by_role("group", name="Topics").get_by_label(label, exact=True).check()
    if save:
        save_details(page)


def add_objective(page: Any, text: str) -> None:
    """Write ``text`` in the first empty objective, adding one when none is empty."""
    inputs = page.locator('input[name="objectives"]')
    empty = [i for i in range(inputs.count()) if not inputs.nth(i).input_value()]
    if not empty:
        count = inputs.count()
        page.get_by_role("button", name="Add another objective").click()
        expect(inputs).to_have_count(count + 1)  # added in place, or the page sent again
        empty = [count]
    inputs.nth(empty[0]).fill(text)


def objectives(page: Any) -> list[str]:
    """The objectives as the page shows them, in order."""
    inputs = page.locator('input[name="objectives"]')
    return [inputs.nth(i).input_value() for i in range(inputs.count())]


def move_objective(page: Any, number: int, direction: str) -> None:
    """Press "Move up" or "Move down" (``direction`` "up"/"down") of objective ``number``."""
    name = f"Move {direction} objective {number}"
    inputs = page.locator('input[name="objectives"]')
    moved = inputs.nth(number - 1).input_value()
    page.get_by_role("button", name=name, exact=True).click()
    # moved in place, or the page sent again
    expect(inputs.nth(number - 2 if direction == "up" else number)).to_have_value(moved)


def pick_suggestion(page: Any, label: str, name: str) -> None:
    """Type the start of ``name`` in the field ``label`` and pick ``name`` from the
    suggestions (needs script); the field then holds it, comma-separated from the others."""
    field = page.get_by_label(label)
    field.press("End")
    field.press_sequentially(name[:4], delay=30)
    page.get_by_role("button", name=name, exact=True).click()


def insert_standard_wording(page: Any, statement: str) -> None:
    """Press "Insert the standard wording" of ``statement`` ("Accreditation statement", ...)."""
    with page.expect_navigation():
        page.get_by_role(
            "button", name=f"Insert the standard wording of the {statement.lower()}"
        ).click()


def save_details(page: Any) -> None:
    with page.expect_navigation():
        page.get_by_role("button", name="Save details").first.click()


def publish(page: Any, hub: str) -> bool:
    """Press Publish on the hub page ``hub``; True when published (back on the hub), False when
    refused (on the section of the first problem, with every problem beside its field)."""
    page.goto(hub)
    with page.expect_navigation():
        page.get_by_role("button", name="Publish", exact=True).click()
    return "check=1" not in page.url


def preview(page: Any, hub: str) -> None:
    """Open the learner's view of the activity from its hub."""
    page.goto(hub)
    with page.expect_navigation():
        page.get_by_role("link", name="Preview as a learner").click()


def clone(page: Any, hub: str) -> str:
    """Clone the activity from its hub; returns the new draft's hub URL (left on its details)."""
    page.goto(hub)
    page.get_by_role("button", name="Clone for a re-release").click()
    page.wait_for_url(re.compile(r"/details/$"))
    return str(page.url).removesuffix("details/")


def archive(page: Any, hub: str) -> None:
    """Archive the activity from its hub, confirming; ends on the workspace home."""
    page.goto(hub)
    page.get_by_role("link", name="Archive…").click()
    page.get_by_role("button", name="Archive it").click()
    page.wait_for_url(re.compile(r"/provider/[^/]+/$"))
