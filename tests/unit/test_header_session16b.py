"""Session 16 (batch au), headers: a release label with its serial number, an institution's
own-language name with its acronym, an exported group chat, and a shop's "by <Brand>" line
(made-up texts)."""

from __future__ import annotations

from agefacts.ingest.header import extract_header

BODY = ("The first paragraph runs on for a while, as an article's body does, so that it reads as "
        "running text and not as another header line.\n")


def test_a_release_label_with_its_serial_number_is_no_headline():
    text = ("PRESS RELEASE No. 7/2025\n\nNorthbrook, 3 March 2025\n\n"
            "Walking clubs keep older knees moving\n\n" + BODY)
    header = extract_header(text)
    assert header.title == "Walking clubs keep older knees moving"
    assert str(header.published) == "2025-03-03"


def test_an_institution_named_in_its_own_language_with_its_acronym_is_a_letterhead():
    text = ("MEDIA RELEASE Nr. 12/2024\n\nMax-Muster-Institut für Sportmedizin (MMIS)\n"
            "Musterstadt, 02.04.2024\n\nCycling keeps tendons supple in old age\n\n" + BODY)
    assert extract_header(text).title == "Cycling keeps tendons supple in old age"


def test_a_chat_export_is_by_its_first_sender_on_its_first_day():
    text = ("[05/04/2025, 07:10] Walking Group: \u200eMessages and calls are end-to-end encrypted. "
            "No one outside of this chat can read them.\n"
            "[05/04/2025, 07:12] Uncle Ravi: \u200eForwarded\nSTAIRS ARE THE NEW GYM!!\n"
            "[05/04/2025, 07:30] Meera: Nice 👍\n"
            "[14/04/2025, 21:02] Uncle Ravi: Did anyone try it?\n")
    header = extract_header(text)
    assert header.title is None
    assert header.byline == "Uncle Ravi"
    assert str(header.published) == "2025-04-05"  # day first: the export has a 14th


def test_a_chat_export_of_the_other_order_and_format():
    text = ("04/05/2025, 07:12 - Uncle Ravi: stairs are the new gym\n"
            "04/05/2025, 07:30 - Meera: nice\n"
            "04/21/2025, 21:02 - Uncle Ravi: did anyone try it?\n")
    header = extract_header(text)
    assert header.byline == "Uncle Ravi"
    assert str(header.published) == "2025-04-05"  # month first: the export has a 21st


def test_a_chat_export_whose_dates_never_tell_the_order_has_no_date():
    text = ("[05/04/2025, 07:12] Uncle Ravi: stairs are the new gym\n"
            "[05/04/2025, 07:30] Meera: nice\n"
            "[06/04/2025, 21:02] Uncle Ravi: did anyone try it?\n")
    header = extract_header(text)
    assert header.byline == "Uncle Ravi"
    assert header.published is None


def test_a_brand_under_a_product_name_on_a_shop_page_is_no_byline():
    text = ("# Stride-Max Joint Formula — Glucosamine & Collagen Blend\n\n**by Northfield Naturals**\n\n"
            "★★★★☆ 4.1 · 212 reviews\n\n~~$39.95~~ **$29.95** · 90 capsules\n\n[ ADD TO CART ]\n\n"
            + BODY)
    assert extract_header(text).byline is None


def test_a_by_line_on_an_article_that_only_mentions_a_price_is_still_a_byline():
    text = ("# Are Joint Supplements Worth $30 a Month?\n\nBy Jane Roe\n\n3 March 2025\n\n" + BODY)
    assert extract_header(text).byline == "Jane Roe"
