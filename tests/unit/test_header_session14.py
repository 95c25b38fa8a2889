"""Header layouts of batches af–ah, as classes (made-up texts): a journal's article-type label,
a PDF-pasted feature, a letterhead naming a body "for" its field, an e-mail pitch, a page's post."""

from datetime import date

from tests.unit.test_header_session12 import _fields


def test_article_type_label_is_not_a_byline_and_the_author_list_is():
    text = (
        "Journal › Articles › Research Article\n\nResearch Article\n\n"
        "# Treadmill running restores autophagy in old rat muscle\n\n"
        "Jane Roe, Ann M Poe, Li Wei Is a corresponding author\n\n"
        "Example University, Exampleland\n\nResearch Article · Feb 3, 2025\n\n"
        "Body text of the paper starts here and runs on for a while, as papers do.\n"
    )
    assert _fields(text) == (
        "Treadmill running restores autophagy in old rat muscle", "Jane Roe, Ann M Poe, Li Wei",
        date(2025, 2, 3),
    )


def test_pdf_feature_headline_over_two_lines_and_capitals_byline():
    text = (
        "FEATURE  |  HEALTH\n\nWalking\non Air\n\n"
        "How older legs keep their spring: a look at the tendons that\n"
        "store energy with every step.\n\n"
        "BY MARGOT ELLERY\nPHOTOGRAPHY BY TOM VALE\n\n"
        "T he first time she noticed it was on the stairs of her flat.\n"
    )
    assert _fields(text)[:2] == ("Walking on Air", "MARGOT ELLERY")


def test_a_credential_run_in_capitals_is_still_not_a_name():
    assert _fields("Grip strength and ageing in one chart\n\nBy Jane Roe, MD, PHD\n\nText.\n")[1] == (
        "Jane Roe"
    )


def test_institution_named_for_its_field_above_the_headline_is_a_letterhead():
    text = (
        "MEDIA KIT  |  FACTS\nEastfield Institute for Muscle Health\n\nDate: 2 May 2025\n\n"
        "LIFT-70: Key Facts on a Trial of Creatine and Rowing in Adults Over 70\n\n"
        "AT A GLANCE\n  • What: a randomised trial.\n"
    )
    assert _fields(text) == (
        "LIFT-70: Key Facts on a Trial of Creatine and Rowing in Adults Over 70", None,
        date(2025, 5, 2),
    )


def test_an_email_pitch_is_by_its_sender_but_a_newsletter_is_not_by_its_masthead():
    pitch = (
        "From: Jane Roe <jroe@example-pr.com>\nSent: Tuesday, May 5, 2026 8:10 AM\n"
        "To: Reporter <r@example.org>\nSubject: Study: rowing after 70 lowers a stress protein\n\n"
        "Hi there,\n\nA new study finds that rowing lowers a stress protein in older adults.\n"
    )
    assert _fields(pitch) == (
        "Study: rowing after 70 lowers a stress protein", "Jane Roe", date(2026, 5, 5),
    )
    letter = pitch.replace("Jane Roe <jroe@example-pr.com>", "The Weekly Lift <hi@example.org>")
    assert _fields(letter)[1] is None


def test_a_pages_post_is_by_the_page_and_has_no_title():
    text = (
        "Riverside Rowing & Fitness 💪\nMarch 4 at 6:30 PM · 🌎\n\n"
        "NEW STUDY 📢 Older rowers kept 20% more leg power. Come try a class!\n\n"
        "Like · Comment · Share\n"
    )
    assert _fields(text) == (None, "Riverside Rowing & Fitness", None)
