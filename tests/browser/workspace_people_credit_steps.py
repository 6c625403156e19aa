"""What a coordinator does on an activity's "People and disclosures" and "Credit" pages, as
small steps for Chromium stories.

Each step takes a Playwright ``page`` signed in as staff of provider ``slug`` (see
``workspace_editor_steps.sign_in``), opens the page it needs and leaves the browser on it;
fields are found by their labels, as a person finds them. Every step works with or without
script (the forms post to the server either way).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def people_url(base: str, slug: str, activity_id: int) -> str:
    return f"{base}/provider/{slug}/activities/{activity_id}/people/"


def credit_url(base: str, slug: str, activity_id: int) -> str:
    return f"{base}/provider/{slug}/activities/{activity_id}/credit/"


def _form(page: Any, button: str) -> Any:
    """The form holding the button called ``button``."""
    return page.locator("form", has=page.get_by_role("button", name=button, exact=True))


def person_card(page: Any, name: str) -> Any:
    """The card of the person called ``name`` on the people page."""
    return page.locator("li.ws-card").filter(
        has=page.get_by_role("heading", name=name, exact=False)
    )


def add_person(
    page: Any,
    base: str,
    slug: str,
    activity_id: int,
    name: str,
    *,
    role: str = "",
    capacity: str = "Faculty",
    disclosed: str = "",
) -> None:
    """Add a person; ``capacity`` and ``disclosed`` by their visible labels ("Planner";
    "None: no relevant …", "Relevant …", "" for not recorded). Ends on the people page."""
    page.goto(people_url(base, slug, activity_id))
    form = _form(page, "Add the person")
    form.get_by_label("Name").fill(name)
    if role:
        form.get_by_label("Title in the activity").fill(role)
    form.get_by_label("Part in the activity").select_option(label=capacity)
    if disclosed:
        form.get_by_label(disclosed).check()
    with page.expect_navigation():
        form.get_by_role("button", name="Add the person").click()


def add_relationship(
    page: Any, name: str, company: str, nature: str, *, started: str = "", ended: str = ""
) -> None:
    """On the people page, list a relationship of person ``name`` (dates YYYY-MM-DD)."""
    card = person_card(page, name)
    card.locator("summary", has_text="Add a relationship").click()
    card.get_by_label("Ineligible company").fill(company)
    card.get_by_label("Nature of the relationship").fill(nature)
    if started:
        card.get_by_label("Started").fill(started)
    if ended:
        card.get_by_label("Ended").fill(ended)
    with page.expect_navigation():
        card.get_by_role("button", name="Add the relationship").click()


def set_mitigation(page: Any, name: str, mitigation: str) -> None:
    """On the people page, state how person ``name``'s relationships were mitigated; save."""
    card = person_card(page, name)
    edit = card.locator("details.ws-edit")
    if edit.get_attribute("open") is None:  # complete disclosures are folded away
        edit.locator("summary").click()
    card.get_by_label("How the relevant relationships were mitigated").fill(mitigation)
    with page.expect_navigation():
        card.get_by_role("button", name=f"Save {name}", exact=True).click()


def add_faculty_with_relationship(
    page: Any,
    base: str,
    slug: str,
    activity_id: int,
    name: str,
    company: str,
    nature: str,
    mitigation: str,
) -> None:
    """Add faculty member ``name`` with one relevant financial relationship (``company``,
    ``nature``) and its ``mitigation``. Ends on the people page."""
    add_person(page, base, slug, activity_id, name, role="Presenter")
    add_relationship(page, name, company, nature)
    set_mitigation(page, name, mitigation)


def add_credit(
    page: Any,
    base: str,
    slug: str,
    activity_id: int,
    credit_type_name: str,
    amount: str,
    uan: str | None = None,
    *,
    standard: bool = False,
) -> None:
    """Designate ``amount`` of the credit type called ``credit_type_name`` (as the list names
    it, e.g. "AMA PRA Category 1 Credit™"), with its ``uan`` when given; with ``standard`` the
    statement is the standard wording, else it is left for later. Ends on the credit page."""
    page.goto(credit_url(base, slug, activity_id))
    button = "Add with the standard wording" if standard else "Add the designation"
    form = page.locator("form", has=page.get_by_role("button", name="Add the designation"))
    form.get_by_label("Credit type").select_option(label=credit_type_name)
    form.get_by_label("Maximum amount").fill(amount)
    if uan is not None:
        form.get_by_label("Universal Activity Number (UAN)").fill(uan)
    with page.expect_navigation():
        form.get_by_role("button", name=button, exact=True).click()


def use_standard_statement(page: Any, credit_type_name: str) -> None:
    """On the credit page, press "Use the standard wording" of the designation of
    ``credit_type_name``: its statement becomes the rule book's wording with its amount."""
    with page.expect_navigation():
        page.get_by_role("button", name=f"Use the standard wording for {credit_type_name}").click()


def statement_of(page: Any, number: int) -> str:
    """The designation statement field of designation ``number`` (1, 2, ...) as shown."""
    return str(page.locator(f"#field-credits-{number - 1}-statement").input_value())


def add_moc(
    page: Any,
    base: str,
    slug: str,
    activity_id: int,
    board_name: str,
    points: str,
    credit_types: Sequence[str],
) -> None:
    """Register MOC with the board called ``board_name`` (e.g. "American Board of Internal
    Medicine (ABIM)"): ``points`` counting for ``credit_types``. Ends on the credit page."""
    page.goto(credit_url(base, slug, activity_id))
    form = _form(page, "Add the MOC designation")
    form.get_by_label("Certifying board").select_option(label=board_name)
    form.get_by_label("MOC points").fill(points)
    for kind in credit_types:
        form.get_by_label(kind, exact=True).check()
    with page.expect_navigation():
        form.get_by_role("button", name="Add the MOC designation").click()
