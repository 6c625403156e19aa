"""Deadlines that are an expiry and deadlines that are not (R-DT-12): the window for claiming
credit and credit denied after a day are the expiry; a deadline to sign up is none."""

from __future__ import annotations

import re

from opencme.ingest.parsing.lazyre import lazy_compile

# the window for claiming credit ("claim CME credits from 14 May until 30 August, 2031",
# "offered for home study CE credit until December 15, 2021"): its last day is the expiry
CREDIT_UNTIL = lazy_compile(
    r"\bcredits?\b[^.]{0,40}?\b(?:until|through|thru)\s+(?P<rest>.{0,40})"
    # credit denied after its last day: "No CEUs are available for this course after April 30,
    # 2023", "CE credit will not be awarded after …", "Credit cannot be claimed after …" (R-DT-12)
    r"|\b(?:no\s+(?:\w+\s+)?(?:credits?|ceus?|cmes?|ces|hours|points|certificates?)\b[^.]{0,50}?"
    r"|\b(?:credits?|ceus?|certificates?)\b[^.]{0,30}?\b(?:not|cannot|can\s*not|no\s+longer)\s+"
    r"(?:be\s+)?(?:\w+\s+){0,2}?)\b(?:after|beyond)\s+(?P<rest2>.{0,40})",
    re.IGNORECASE,
)
# words one of which a line must hold for _CREDIT_UNTIL to be tried
CREDIT_WORDS = ("credit", "ceu", "cme", " ce", "hours", "points", "certif")
# signing up is what is available or open until the date: a deadline to enrol, no expiry
# ("Online registration is available until", "Bookings open through", "Tickets available until")
SIGNUP_OPEN = lazy_compile(
    r"\b(?:registrations?|enrol(?:l)?ments?|bookings?|tickets?|sign[\s-]?ups?|applications?)\b"
    r"[^.]{0,30}?\b(?:available|open|accessible)\s+(?:\w+\s+)?(?:until|through|till)\b",
    re.IGNORECASE,
)
