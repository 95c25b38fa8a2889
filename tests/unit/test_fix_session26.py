"""Session 26 (batches ch, ci): numbers (household measures), headers (a radio programme line
under the headline, a tabloid's summary lines, a science-news credit block at the foot). All
texts are made up."""

from __future__ import annotations

from quantity_rows import found_one as _row
from quantity_rows import spans as _spans

from agefacts.ingest.header import extract_header

# --- household measures ------------------------------------------------------------------------

def test_one_household_measure_is_an_amount():
    text = "For lunch, have a mug (about 1 cup) filled with barley soup."
    assert _row(text, "about 1 cup")[1:5] == (1.0, None, None, "cups")
    assert _row("Stir 1 tablespoon of honey into the oats.", "1 tablespoon")[4] == "tablespoons"
    assert _row("Add one teaspoon of cinnamon.", "one teaspoon")[4] == "teaspoons"
    assert _row("Whisk in 1 tbsp of olive oil.", "1 tbsp")[4] == "tablespoons"


def test_plural_household_measures_keep_their_size_word():
    assert _row("Mix in 2 heaped teaspoons of cocoa.", "2 heaped teaspoons")[1] == 2.0
    assert _row("Pour 3 large cups of broth.", "3 large cups")[4] == "cups"
    assert _row("She drinks 2 cups of tea a day.", "2 cups of tea a day")[4] == "cups/day"


def test_an_article_before_a_measure_is_no_number():
    assert _spans("Have a cup of yogurt after training.") == []


# --- headers -------------------------------------------------------------------------------------

RADIO = """Health Desk - Wellness News

Your knees may remember every hill you climbed, researchers say

May 4, 2026 7:10 AM ET

Heard on Evening Report

By Jonas Whitfield

3-Minute Listen

Mara Ortiz, 68, stretches before her morning ride at a leisure centre.

It is early on a Thursday, and the gym is already busy with grey-haired riders.
"""


def test_a_radio_programme_line_is_no_headline_and_hides_no_byline():
    header = extract_header(RADIO)
    assert header.title == "Your knees may remember every hill you climbed, researchers say"
    assert header.byline == "Jonas Whitfield"


TABLOID = """Home | News | Sport | Health | Science | Money

Marching on the spot for five minutes each morning may 'sharpen your balance' and protect your hips – and doctors say anyone can start at any age

Volunteers who marched in place every morning for eight weeks swayed less on a wobble board
The simple habit went with fewer falls and steadier steps among pensioners
Hip strength also rose by almost a tenth in the same short trial
Doctors think marching in place is an easy route to steadier legs in later life

By MARTIN OKAFOR, SCIENCE CORRESPONDENT

PUBLISHED: 08:15 GMT, 2 February 2026 | UPDATED: 10:30 GMT, 2 February 2026

Marching on the spot each morning may help older people keep their balance, a small study suggests.
"""


def test_a_tabloid_headline_heads_its_summary_lines():
    header = extract_header(TABLOID)
    assert header.title.startswith("Marching on the spot for five minutes each morning")
    assert header.byline == "MARTIN OKAFOR"


def test_headline_and_one_deck_still_give_the_headline():
    text = ("Older cyclists keep their leg power longer than expected, a new study finds\n\n"
            "Riders in their seventies kept most of the sprint power they had at fifty, and the "
            "fittest kept nearly all of it\n\nBy Lena Hart\n\nMarch 2, 2026\n\n"
            "A ten-year study of club cyclists found that leg power falls far more slowly than "
            "expected in riders who keep training hard.\n")
    assert extract_header(text).title.startswith("Older cyclists keep their leg power")


CREDITED = """Brain Science Daily

Balance Training Sharpens Spatial Recall in Retirees

Summary: A short trial found that balance training improved spatial recall in retirees.

Retirees who practised balance drills three times weekly for ten weeks solved a maze quicker than stretchers did, a new study reports.

The gain was biggest among the shakiest volunteers at the start.

""" + "".join(f"Paragraph {k} of the story describes the maze task and the training in more detail.\n\n"
              for k in range(30)) + """About this balance research news

Author: Priya Menon
Source: Example State University
Contact: Priya Menon – Example State University
Image: Photo by Brain Science Daily staff
"""


def test_the_author_of_a_credit_block_is_the_byline():
    assert extract_header(CREDITED).byline == "Priya Menon"


def test_a_lone_author_label_is_no_byline():
    text = CREDITED.split("About this")[0] + "Comments\n\nAuthor: a reader from Ohio\n"
    assert extract_header(text).byline is None
