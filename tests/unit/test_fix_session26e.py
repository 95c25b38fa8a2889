"""Session 26 (batches cp, cq): numbers (a glued "C" named by what it is the temperature of,
"trillion" as a multiplier, a shop's first-order discount), headers (a breadcrumb whose linked
parents end in a long page name). All texts are made up."""

from __future__ import annotations

from quantity_rows import found
from test_fix_session26 import _row, _spans

from agefacts.ingest.header import extract_header

# --- numbers: a glued "C" with a medium ----------------------------------------------------------


def test_a_glued_c_before_a_medium_is_celsius():
    text = "Half the rowers sat in 9C water for ten minutes after each outing."
    assert _row(text, "9C")[1:5] == (9.0, None, None, "°C")
    assert _row("She kept the samples in a 4C fridge.", "4C")[4] == "°C"


def test_a_glued_c_after_a_medium_and_a_link_is_celsius_range_too():
    text = "Plunging into a lake of about 11–14C for a few minutes is now popular."
    assert _row(text, "about 11–14C")[2:5] == (11.0, 14.0, "°C")
    assert _row("Store the vials at 2–8C until use.", "2–8C")[2:5] == (2.0, 8.0, "°C")


def test_a_glued_c_without_a_medium_stays_unread():
    assert _spans("She got a 5C on the chemistry paper.") == []
    assert _spans("Room 10C is on the left of the hall.") == []
    assert all(r[4] != "°C" for r in found("Take 500 mg of Vitamin C every day."))
    assert _spans("Pupils in 10C classes start at nine.") == []


# --- numbers: trillion ---------------------------------------------------------------------------


def test_trillion_scales_a_named_currency_and_a_count():
    text = "Care for falls cost 2.4 trillion won last year."
    assert _row(text, "2.4 trillion won")[1] == 2.4e12
    assert _row(text, "2.4 trillion won")[4] == "KRW"
    assert _row("The gut holds about 38 trillion bacteria.", "about 38 trillion bacteria")[1] == 3.8e13


# --- numbers: a shop's discount ------------------------------------------------------------------


def test_a_first_order_discount_is_page_furniture():
    assert _spans("Join our list and get 12% off your first order.") == []
    assert _spans("New members get 20% off their first order with code LIFT20.") == []
    assert _spans("Use code STRONG for 25% off.") == []
    # a share in a finding stays
    assert _spans("Strength rose by 12% in the first month.") == ["12%"]


# --- headers: a linked breadcrumb ending in a long page name --------------------------------------


def test_a_linked_breadcrumb_with_a_long_last_item_is_no_title():
    text = ("[Skip to main content](#main)\n\n**Example Valley Hospitals**\n\n"
            "[Home](/) › [News](/news) › Adults over 65 wanted for a new study of home exercise and diet\n\n"
            "# Adults over 65 in the valley wanted for a year-long study of home exercise and diet\n\n"
            "Published 3 March 2025\n\nThe hospital is looking for volunteers aged 65 and over to "
            "take part in a study of strength training at home.\n")
    assert extract_header(text).title == (
        "Adults over 65 in the valley wanted for a year-long study of home exercise and diet")


def test_a_trail_needs_linked_parents():
    # a headline with a single angle bracket and no links stays a title
    text = "# Rest > Stretching for Older Runners\n\nBy Jane Roe\n\nSome text follows here.\n"
    assert extract_header(text).title == "Rest > Stretching for Older Runners"


def test_a_discount_masks_the_offer_not_the_line():
    text = "Clinically shown to lift strength by 30% in 10 days. Use code FIT20 for 20% off your first order."
    assert _spans(text) == ["30%", "10 days"]
    assert _spans("She shaved 5% off her time.") == ["5%"]
