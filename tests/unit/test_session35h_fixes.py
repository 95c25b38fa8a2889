"""Session 35h: headers of batch fl (made-up texts of the same shapes as the misses)."""
from __future__ import annotations

from agefacts.ingest.header import extract_header

_ORDINANCE = (
    "MUNICIPAL COUNCIL OF EXAMPLEVILLE\n"
    "Records Portal  |  Home > Ordinances > Series of 2027\n"
    "Search records...        [ English | Spanish ]\n\n"
    "Posted: June 9, 2027  |  Category: Parks  |  Views: 312\n\n"
    "----------------------------------------\n\n"
    "State of Example\n"
    "Town of Exampleville\n"
    "OFFICE OF THE MUNICIPAL COUNCIL\n\n"
    "EXCERPT FROM THE MINUTES OF THE 12th REGULAR SESSION OF THE TOWN\n"
    "COUNCIL, HELD AT THE TOWN HALL ON MAY 20, 2027.\n\n"
    "                ORDINANCE NO. 33-27\n"
    "                  Series of 2027\n\n"
    "AN ORDINANCE CREATING A MORNING WALKING CLUB FOR RETIRED RESIDENTS IN EVERY PARK OF THE TOWN, "
    "PROVIDING FUNDS THEREFOR, AND FOR OTHER PURPOSES\n\n"
    "Principal Author: Jane Q. Roe, Chairperson, Committee on Parks and Recreation\n\n"
    "EXPLANATORY NOTE\n\n"
    "Many retired residents already walk in the parks at sunrise, and this ordinance makes a club of it.\n"
)


def test_ordinance_long_title_under_its_number_line_and_its_principal_author() -> None:
    h = extract_header(_ORDINANCE)
    assert h.title is not None and h.title.startswith("AN ORDINANCE CREATING A MORNING WALKING CLUB")
    assert h.title.endswith("AND FOR OTHER PURPOSES")
    assert h.byline == "Jane Q. Roe"


_RESOLUTION = (
    "County of Example\n"
    "Board of Supervisors\n\n"
    "Resolution No. 2027-14\n\n"
    "A Resolution Urging the Library to Offer Free Balance Classes for Older Patrons\n\n"
    "Lead Author: Ann Poe\n\n"
    "Whereas falls are a leading cause of injury among older residents of the county;\n"
)


def test_title_case_resolution_under_its_number_line() -> None:
    h = extract_header(_RESOLUTION)
    assert h.title == "A Resolution Urging the Library to Offer Free Balance Classes for Older Patrons"
    assert h.byline == "Ann Poe"


_STORY_ABOUT_ORDINANCE = (
    "Town backs dawn walking club for retirees\n\n"
    "By Sam Poe\n\n"
    "Ordinance No. 33-27 was passed on Tuesday.\n"
    "An ordinance creating a walking club for retirees was approved. Members voted nine to two.\n"
)


def test_story_about_an_ordinance_keeps_its_headline() -> None:
    h = extract_header(_STORY_ABOUT_ORDINANCE)
    assert h.title == "Town backs dawn walking club for retirees"
    assert h.byline == "Sam Poe"


def test_committee_chair_after_the_name_is_a_role() -> None:
    text = (
        "Parks plan for older walkers\n\n"
        "Author: Jane Roe, Chairperson, Committee on Parks\n\n"
        "The town will open three walking loops next spring for residents over 65.\n"
    )
    assert extract_header(text).byline == "Jane Roe"


_APP_LISTING = (
    "[Apps](#) › [Health & Fitness](#) › Example Steps\n\n"
    "# Example Steps: Daily Walking Coach\n\n"
    "**Example Apps Ltd** · Northtown\n"
    "Contains ads · In-app purchases\n\n"
    "[ Install ]  [ Share ]\n\n---\n\n"
    "## About this app\n\n"
    "Example Steps is a walking coach for people over 60, with big buttons and a voice that counts.\n\n"
    "## The science\n\n"
    "*Prepared by our research team with the School of Medicine, Kolej Contoh Selatan (KCS).*\n\n"
    "The app grew out of a trial in which 120 older adults walked more after six months.\n"
)


def test_credit_to_our_team_names_no_writer() -> None:
    h = extract_header(_APP_LISTING)
    assert h.title == "Example Steps: Daily Walking Coach"
    assert h.byline is None
    written = extract_header(_APP_LISTING.replace("*Prepared by our", "*Written by our"))
    assert written.byline is None


def test_chair_exercise_headline_is_no_role() -> None:
    text = "Chair Yoga for Older Adults\n\nBy Jane Roe\n\nTen gentle moves you can do seated at home.\n"
    h = extract_header(text)
    assert h.title == "Chair Yoga for Older Adults"
    assert h.byline == "Jane Roe"
