"""Cues that are the site's or a sponsor's, not the activity's (R-FO-9; invented text)."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def fmt_delivery(text: str) -> tuple[object, object]:
    r = parse_rules(text).record
    return r["format"], r["delivery"]


EVENT = (
    "Heart Failure Workshop\nSaturday, June 5, 2027, 8:00 AM - 4:00 PM\n"
    "Lecture Theatre 1, Northfield Hospital\n"
)


@pytest.mark.parametrize(
    "page",
    [
        "Home | Webinars | Podcasts | Contact\n" + EVENT,
        "Home\nWebinars\nPodcasts\nOn-Demand Courses\nEvents\n" + EVENT,
        EVENT + "Other events: Sepsis Webinar Series | Podcasts | On-Demand Library\n",
        EVENT + "Related Courses\nKidney Care On Demand\nRenal Webinar, July 3 via Zoom\n",
        EVENT + "You may also like\nThe Anticoagulation Podcast, streamed live every month\n",
        EVENT + "Also of interest: our Renal Webinar on July 3 is available via Zoom.\n",
        EVENT + "Supported by an educational grant from Acme Pharma, whose on-demand webinars "
        "reach 10,000 clinicians.\n",
    ],
)
def test_a_cue_in_a_menu_other_activities_or_a_sponsors_clause_sets_nothing(page: str) -> None:
    assert fmt_delivery(page) == ("live", "in_person")


def test_an_action_bar_of_the_activity_is_no_menu() -> None:
    text = (
        "Fluid Balance Basics\nRead Course | Complete Survey | Claim Credit\n"
        "This online course has a post-test.\n2 contact hours\n"
    )
    assert fmt_delivery(text)[0] == "enduring"


def test_the_activity_named_before_its_sponsor_keeps_its_cue() -> None:
    text = (
        "Heart Failure Update\nThis webinar is supported by an educational grant from Acme.\n"
        "Tuesday, March 9, 2027, 12:00 PM - 1:00 PM ET\n"
    )
    assert fmt_delivery(text) == ("internet_live", "online")


def test_a_short_heading_and_value_block_is_no_menu() -> None:
    text = (
        "Insulin Basics\nAvailable Now\nDelivery\nSelf-Paced Modules\nDuration\n"
        "About one hour.\n1 contact hour\n"
    )
    assert fmt_delivery(text)[0] == "enduring"


WEBINAR = "Pain Update\nTuesday, March 9, 2027, 12:00 PM - 1:00 PM ET\nJoin via Zoom.\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "This session is not recorded.",
        "Sessions will not be recorded or made available on demand.",
        "This is not an on-demand course.",
        "There will be no replay.",
        "It won't be archived.",
        "Please note this webinar cannot be viewed on demand.",
    ],
)
def test_a_refused_recording_cue_leaves_a_dated_remote_session_internet_live(
    sentence: str,
) -> None:
    assert fmt_delivery(WEBINAR + sentence + "\n") == ("internet_live", "online")


@pytest.mark.parametrize(
    "sentence",
    [
        "If you cannot attend live, the recording will be available on demand.",
        "Not only live: every session is also available on demand.",
    ],
)
def test_a_refusal_of_something_else_leaves_the_cue(sentence: str) -> None:
    # no session time: the on-demand cue kept makes the page enduring (a dated, timed session
    # with a recording afterwards stays internet_live for another reason, R-FO-12)
    untimed = "Pain Update\nJoin via Zoom.\n"
    assert fmt_delivery(untimed + sentence + "\n")[0] == "enduring"


@pytest.mark.parametrize(
    "text",
    [
        "Commute Pharmacology\nWhy not play a podcast on your commute?\n1 credit\n",
        "Commute Pharmacology\nLearners should not claim credit twice for these home study "
        "lessons.\n1 credit\n",
    ],
)
def test_a_refusal_of_another_verb_leaves_the_cue(text: str) -> None:
    assert fmt_delivery(text)[0] == "enduring"


def test_a_refusal_of_tracking_leaves_the_virtual_platform() -> None:
    text = (
        "Family Medicine Forum\nThe in-person session attended will not be tracked in the "
        "virtual platform.\n"
    )
    assert fmt_delivery(text)[1] == "hybrid"


def test_the_activity_listed_under_upcoming_events_keeps_its_cues() -> None:
    text = (
        "Pharmacy Education\nUpcoming Events\nWinter Ethics Conference 2027\n"
        "Date: Friday, February 5, 2027\nTime: 8:00 AM - 3:30 PM\n"
        "Location: Community Room, Elm Hall\n"
    )
    assert fmt_delivery(text)[0] == "live"
