"""Web forms of accounts. They parse what a browser sends; the services decide what is valid.

Each form knows how to show a service's problems on its own fields (``show_problems``), so a
message from ``update_profile`` such as ``licenses[1].number`` lands beside that input.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from django import forms
from django.contrib.auth import forms as auth_forms

from opencme.accounts import hooks
from opencme.accounts.models import BoardId, LearnerProfile, StateLicense, User
from opencme.accounts.rules import PROFESSIONS
from opencme.core import text
from opencme.core.errors import Problem
from opencme.core.forms import TextRules

LICENSE_ROWS = 3
BOARD_ROWS = 3
MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip
PROFESSION_CHOICES = [("", "Choose your profession"), *PROFESSIONS.items()]


class DescribedFields:
    """Each input names its error and help text (``aria-describedby``): screen readers read
    them when the input gets focus. Mixed into a Django form."""

    def __getitem__(self, name: str) -> forms.BoundField:
        bound = super().__getitem__(name)  # type: ignore[misc]
        described = [f"{bound.auto_id}_error"] if bound.errors else []
        if bound.help_text:
            described.append(f"{bound.auto_id}_helptext")
        if described:
            bound.field.widget.attrs["aria-describedby"] = " ".join(described)
        return bound


class ProblemForm(DescribedFields, TextRules, forms.Form):
    """A form that shows service problems on its fields; unknown fields go above the form.
    Its text fields refuse control characters (``core.forms.TextRules``)."""

    def field_for(self, problem_field: str) -> str | None:
        return problem_field if problem_field in self.fields else None

    def show_problems(self, problems: Iterable[Problem]) -> None:
        for problem in problems:
            name = self.field_for(problem.field)
            message = sentence(problem.message)
            if name and name in self.fields:
                self.add_error(name, message)
            else:
                self.add_error(None, message)


def sentence(message: str) -> str:
    message = message.strip()
    return message[:1].upper() + message[1:] + ("" if message.endswith((".", "?", "!")) else ".")


STRONG_ENOUGH = "At least 8 characters; not a common password and not all digits."


class SignUpForm(ProblemForm):
    mark_required = True  # some fields may be left empty here, so say which may not
    email = forms.EmailField(
        max_length=text.max_length(User, "email"),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    password = forms.CharField(
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=STRONG_ENOUGH,
    )
    password_again = forms.CharField(
        label="Password again",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    legal_name = forms.CharField(
        label="Legal name",
        max_length=text.max_length(LearnerProfile, "legal_name"),
        required=False,
        help_text="Your name exactly as it must appear on certificates.",
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    profession = forms.ChoiceField(choices=PROFESSION_CHOICES, required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("password") and data.get("password_again") != data.get("password"):
            self.add_error("password_again", "The two passwords differ; type the same one twice.")
        return data


class SignInForm(ProblemForm):
    email = forms.EmailField(
        max_length=254, widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )
    password = forms.CharField(
        strip=False, widget=forms.PasswordInput(attrs={"autocomplete": "current-password"})
    )


class TokenForm(ProblemForm):
    """Make an API token: its name (``accounts.tokens.clean_name`` decides)."""

    name = forms.CharField(
        label="Name",
        max_length=100,
        required=False,
        help_text=(
            "What the token is for, e.g. the app or script that uses it. Up to 100 characters."
        ),
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )


class PasswordChangeForm(DescribedFields, auth_forms.PasswordChangeForm):
    """Django's password change, with our labels and a help text in words (not a list)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["old_password"].label = "Current password"
        self.fields["new_password1"].label = "New password"
        self.fields["new_password1"].help_text = STRONG_ENOUGH
        self.fields["new_password2"].label = "New password again"


_LICENSE = re.compile(r"^licenses\[(\d+)\](?:\.(\w+))?$")
_BOARD = re.compile(r"^board_ids\[(\d+)\](?:\.(\w+))?$")


class ProfileForm(ProblemForm):
    """Every profile field, a fixed number of license rows and board id rows (blank rows are
    ignored), and one consent box per destination."""

    legal_name = forms.CharField(
        label="Legal name", max_length=text.max_length(LearnerProfile, "legal_name"), required=False
    )
    degree = forms.CharField(max_length=text.max_length(LearnerProfile, "degree"), required=False)
    profession = forms.ChoiceField(choices=PROFESSION_CHOICES, required=False)
    npi = forms.CharField(
        label="NPI",
        max_length=text.max_length(LearnerProfile, "npi"),
        required=False,
        help_text="Your 10-digit National Provider Identifier, if you have one.",
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    nabp_eprofile_id = forms.CharField(
        label="NABP e-Profile ID",
        max_length=text.max_length(LearnerProfile, "nabp_eprofile_id"),
        required=False,
        help_text="Pharmacists and technicians: 1 to 7 digits, needed to report to CPE Monitor.",
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    birth_month = forms.TypedChoiceField(
        label="Birth month",
        choices=[("", "Not given"), *((str(i), m) for i, m in enumerate(MONTHS, start=1))],
        coerce=int,
        empty_value=None,
        required=False,
        help_text="CPE Monitor matches you by birth month and day. We never ask for the year.",
    )
    birth_day = forms.TypedChoiceField(
        label="Birth day",
        choices=[("", "Not given"), *((str(i), str(i)) for i in range(1, 32))],
        coerce=int,
        empty_value=None,
        required=False,
    )
    consent_pars = forms.BooleanField(required=False)
    consent_cpe_monitor = forms.BooleanField(required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        model = {f.name: f for f in LearnerProfile._meta.get_fields() if hasattr(f, "help_text")}
        for name in ("legal_name", "degree", "consent_pars", "consent_cpe_monitor"):
            field = model[name]
            if not self.fields[name].help_text and field.help_text:
                self.fields[name].help_text = str(field.help_text) + "."
        self.fields["consent_pars"].label = "Report my completions to ACCME PARS and my boards"
        self.fields[
            "consent_pars"
        ].help_text = (
            "Needed for MOC points: your NPI or board id and birth month and day are sent."
        )
        self.fields["consent_cpe_monitor"].label = "Report my pharmacy credit to CPE Monitor"
        self.fields[
            "consent_cpe_monitor"
        ].help_text = (
            "Needed for ACPE credit: your NABP e-Profile ID and birth month and day are sent."
        )
        for i in range(LICENSE_ROWS):
            self.fields[f"license_{i}_state"] = forms.CharField(
                label="State", max_length=text.max_length(StateLicense, "state"), required=False
            )
            self.fields[f"license_{i}_number"] = forms.CharField(
                label="License number",
                max_length=text.max_length(StateLicense, "number"),
                required=False,
            )
            self.fields[f"license_{i}_renewal_date"] = forms.DateField(
                label="Renewal date",
                required=False,
                widget=forms.DateInput(attrs={"type": "date"}),
            )
        board_choices = self._board_choices()
        for i in range(BOARD_ROWS):
            self.fields[f"board_{i}_board"] = forms.ChoiceField(
                label="Board",
                choices=board_choices,
                required=False,
                error_messages={"invalid_choice": "Choose a board from the list."},
            )
            self.fields[f"board_{i}_identifier"] = forms.CharField(
                label="Your identifier at this board",
                max_length=text.max_length(BoardId, "identifier"),
                required=False,
            )
        self._license_rows: list[int] = []
        self._board_rows: list[int] = []

    def _board_choices(self) -> list[tuple[str, str]]:
        """The rule book's boards, each by its id and name; a board kept from before the
        picker that the rule book does not list stays shown, so saving names the problem."""
        known = hooks.boards()
        # The code first, as clinicians name their board (ABIM), and never cut off on a phone.
        choices = [("", "No board"), *((c, f"{c} – {known[c]}") for c in sorted(known))]
        held = {str(self.initial.get(f"board_{i}_board") or "") for i in range(BOARD_ROWS)}
        for code in sorted(held - set(known) - {""}):
            choices.append((code, f"{code} (not a board we know)"))
        return choices

    @staticmethod
    def initial_for(snapshot: dict[str, Any]) -> dict[str, Any]:
        """Initial values from ``services.profile_snapshot``."""
        initial = {k: v for k, v in snapshot.items() if k not in ("licenses", "board_ids")}
        for i, lic in enumerate(snapshot["licenses"][:LICENSE_ROWS]):
            initial[f"license_{i}_state"] = lic["state"]
            initial[f"license_{i}_number"] = lic["number"]
            initial[f"license_{i}_renewal_date"] = lic["renewal_date"]
        for i, board in enumerate(snapshot["board_ids"][:BOARD_ROWS]):
            initial[f"board_{i}_board"] = board["board"]
            initial[f"board_{i}_identifier"] = board["identifier"]
        return initial

    def changes(self) -> dict[str, Any]:
        """What ``update_profile`` takes; remembers which row each license and board came from."""
        data = self.cleaned_data
        out = {
            name: data.get(name)
            for name in (
                "legal_name", "degree", "profession", "npi", "nabp_eprofile_id",
                "birth_month", "birth_day", "consent_pars", "consent_cpe_monitor",
            )
        }  # fmt: skip
        licenses, boards = [], []
        self._license_rows, self._board_rows = [], []
        for i in range(LICENSE_ROWS):
            state = data.get(f"license_{i}_state", "").strip()
            number = data.get(f"license_{i}_number", "").strip()
            renewal = data.get(f"license_{i}_renewal_date")
            if state or number or renewal:
                licenses.append({"state": state, "number": number, "renewal_date": renewal})
                self._license_rows.append(i)
        for i in range(BOARD_ROWS):
            board = data.get(f"board_{i}_board", "")
            identifier = data.get(f"board_{i}_identifier", "").strip()
            if board or identifier:
                boards.append({"board": board, "identifier": identifier})
                self._board_rows.append(i)
        out["licenses"] = licenses
        out["board_ids"] = boards
        return out

    def field_for(self, problem_field: str) -> str | None:
        if match := _LICENSE.match(problem_field):
            row = (
                self._license_rows[int(match[1])] if int(match[1]) < len(self._license_rows) else 0
            )
            return f"license_{row}_{match[2] or 'state'}"
        if match := _BOARD.match(problem_field):
            row = self._board_rows[int(match[1])] if int(match[1]) < len(self._board_rows) else 0
            return f"board_{row}_{match[2] or 'identifier'}"
        if problem_field == "board_ids":
            return "board_0_board"
        return super().field_for(problem_field)

    def license_rows(self) -> list[list[forms.BoundField]]:
        return [
            [self[f"license_{i}_{part}"] for part in ("state", "number", "renewal_date")]
            for i in range(LICENSE_ROWS)
        ]

    def board_rows(self) -> list[list[forms.BoundField]]:
        return [
            [self[f"board_{i}_{part}"] for part in ("board", "identifier")]
            for i in range(BOARD_ROWS)
        ]
