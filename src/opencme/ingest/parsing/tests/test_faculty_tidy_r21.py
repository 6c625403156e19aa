"""Faculty items tidied (session 21, R-PE-22; invented names). The glued number, the role
word, the credentials alone, the dash and the rules' list failed before the rule; the short
mention (the rules' `_unique` already) and the hyphenated surname are guards."""

from __future__ import annotations

from opencme.ingest.parsing.faculty import tidy
from opencme.ingest.parsing.parser import parse_rules


def test_a_number_glued_to_a_surname_is_cut() -> None:
    assert tidy(["Dr. Ana Quill12", "Dr. Bo Renner07"]) == ["Dr. Ana Quill", "Dr. Bo Renner"]


def test_a_role_word_before_the_person_is_cut() -> None:
    assert tidy(["Instructor Dr. Ana Quill, MD"]) == ["Dr. Ana Quill, MD"]


def test_credentials_alone_are_the_previous_persons() -> None:
    assert tidy(["Cora Velt", "Pharm D, RPh", "Dan Orr", "BSN, RN"]) == [
        "Cora Velt, Pharm D, RPh",
        "Dan Orr, BSN, RN",
    ]


def test_a_dash_left_at_the_end_is_cut() -> None:
    assert tidy(["Prof Ike Maren-"]) == ["Prof Ike Maren"]


def test_a_later_short_mention_is_the_same_person() -> None:
    assert tidy(["Dr. Ana Quill", "Ben Sato, RN", "Dr. Quill"]) == ["Dr. Ana Quill", "Ben Sato, RN"]


def test_a_hyphenated_surname_and_a_role_word_alone_stay() -> None:
    # guards: a name's own hyphen, and a role word that is the only word before a surname
    assert tidy(["Ana Quill-Berg, MD"]) == ["Ana Quill-Berg, MD"]


def test_the_rules_list_is_tidied() -> None:
    text = "Harbour Sleep Course\nFaculty:\nDr. Ana Quill12\nDr. Bo Renner07\n\nRegister below.\n"
    assert parse_rules(text).record["faculty"] == ["Dr. Ana Quill", "Dr. Bo Renner"]
