"""Session 26 (batches cl, cm): numbers (a shop's product cards, an age after "who is now", a
session count with three modifiers, a count after "these"/"those"), headers (a name alone over
a date stamp that opens with a weekday or a city, a labelled dotted month-first date). All
texts are made up."""

from __future__ import annotations

from test_fix_session26 import _row, _spans

from agefacts.ingest.header import extract_header

# --- numbers: a shop's product cards ------------------------------------------------------------

CARDS = """## Gear our editors like

**Lumen Grip Kettlebell, 8 kg**
$44.50 at Example Store
[Shop Now](https://shop.example.com/p/12345)

**Pack of 3 Mini Bands**
$12.99 at Another Shop
**Buy now →**

## What the trial found

Volunteers lifted on three days each week for 11 weeks.
"""


def test_a_product_card_over_a_shop_button_is_furniture():
    spans = _spans(CARDS)
    assert not any(s in spans for s in ("$44.50", "8 kg", "$12.99", "3", "Pack of 3"))
    assert "11 weeks" in spans  # the prose after the cards is read as before


def test_a_card_ends_at_a_blank_line_or_a_sentence():
    # the paragraph above the button's block, and a sentence right above it, stay read
    text = "Most people need 25 minutes a day.\n\n[Shop Now](https://shop.example.com/p/1)\n"
    assert "25 minutes a day" in _spans(text)
    text = "Walk 25 minutes a day.\n$9.99 at Example Store\n[Shop Now](https://shop.example.com/p/1)\n"
    assert "25 minutes a day" in _spans(text) and "$9.99" not in _spans(text)


def test_a_shop_phrase_inside_a_line_masks_that_line_only():
    text = "Weighted vest, 5 kg\n**Vest, 10 kg** $60 [Shop now](https://shop.example.com/v)\n"
    assert "5 kg" in _spans(text) and "$60" not in _spans(text)


# --- numbers: ages, session counts, counts named again ------------------------------------------

def test_an_age_after_who_is_now():
    assert _row("My aunt, who is now seventy-nine, still gardens.", "seventy-nine")[4:] == ("years", None, "age")
    assert _row("My neighbour, who is now 64, ran the relay.", "64")[6] == "age"
    assert _spans("Her coach, who is now 64, ran the relay.") == []  # as "who is 64" (no person word)
    assert "50" not in _spans("The price is now 50, up from 40.")


def test_now_after_a_strong_cue_reads_nothing_new():
    assert _spans("The count after now 50 rose.") == []


def test_three_modifiers_before_a_session_word_with_a_rate():
    row = _row("They were offered three small supervised balance classes a week.",
               "three small supervised balance classes a week")
    assert row[1] == 3.0 and row[4] == "sessions/week"
    assert _spans("They were offered three small supervised balance classes in total.") == []


def test_a_count_after_these_or_those_names_things_again():
    assert _spans("Nobody had joined those two ideas before.") == []
    assert _spans("These three findings puzzled the team.") == []
    assert "two ideas" in _spans("The essay weighs two ideas.")
    assert "two adults" in _spans("Those two adults quit early.")  # people are still counted


# --- headers -----------------------------------------------------------------------------------

BODY = ("The new trial followed older adults for a year and found that regular lifting changed "
        "their blood markers in ways the researchers had not expected at the outset.")


def test_a_name_over_a_weekday_stamp_is_the_byline():
    text = ("Example Life\nWellness\n\nDaily Walks May Help Your Knees, a New Trial Finds\n\n"
            f"Example Health Wire\nJane Roe\nWed, June 10, 2026 at 8:45 AM PDT\n3 min read\n\n{BODY}\n")
    header = extract_header(text)
    assert header.byline == "Jane Roe"
    assert header.published.isoformat() == "2026-06-10"


def test_a_name_over_a_city_dash_stamp_is_the_byline():
    text = ("SCIENCE › AGEING\n\nOld muscles still answer training, a small study finds\n\n"
            "Older volunteers who trained for nine weeks got stronger and stayed so for months\n\n"
            "A man stretches on a beach, in an archive photo.JOÃO REIS (AGENCY)\n\n"
            f"Marta Gil Soler\nPorto - Sep 9, 2026 - 14:05 WEST\n\n{BODY}\n")
    header = extract_header(text)
    assert header.byline == "Marta Gil Soler"
    assert header.published.isoformat() == "2026-09-09"


def test_a_labelled_dotted_month_first_date():
    text = f"HEALTH\n\nOld muscles refuel after training\n\nBy Jane Roe\nPublished 3.19.2026 2:40 PM\n\n{BODY}\n"
    assert extract_header(text).published.isoformat() == "2026-03-19"
    # a day that could be a month stays day first, as before
    text = text.replace("3.19.2026", "3.4.2026")
    assert extract_header(text).published.isoformat() == "2026-04-03"
    # unlabelled, a one-digit month-first date is no date (a version, a figure), as before
    text = f"HEALTH\n\nOld muscles refuel after training\n\nBy Jane Roe\nRelease 3.19.2026\n\n{BODY}\n"
    assert extract_header(text).published is None
