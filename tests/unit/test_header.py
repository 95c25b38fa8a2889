from datetime import date

import pytest

from agefacts.ingest.header import extract_header, parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March 3, 2025", date(2025, 3, 3)),
        ("Posted on 3 March 2025", date(2025, 3, 3)),
        ("Sept. 14th, 2019", date(2019, 9, 14)),
        ("2024-11-05T10:00", date(2024, 11, 5)),
        ("February 30, 2024", None),
        ("In 2025 researchers", None),
    ],
)
def test_parse_date_reads_full_dates_only(text, expected):
    assert parse_date(text) == expected


def test_labelled_block_header():
    text = "Muscles Remember Training\n\nHealth\n\nAuthor\n\nJane Roe\n\nPublished\n\nJanuary 5, 2024\n\nBody text starts here."
    h = extract_header(text)
    assert (h.title, h.byline, h.published) == ("Muscles Remember Training", "Jane Roe", date(2024, 1, 5))


def test_inline_byline_with_markdown_link_and_bare_date_line():
    text = "\n\nWhy Sprinting Helps\n\nCommentary by [Prof. Ana Lima](https://example.org/ana)\n\nMay 01, 2023\n\nText."
    h = extract_header(text)
    assert h.title == "Why Sprinting Helps"
    assert h.byline == "Prof. Ana Lima"
    assert h.published == date(2023, 5, 1)


def test_markdown_heading_and_byline_with_date_on_same_line():
    text = "# Older Hearts, Younger Arteries\n\nBy Sam Patel | June 2, 2022\n\nA study found that..."
    h = extract_header(text)
    assert (h.title, h.byline, h.published) == ("Older Hearts, Younger Arteries", "Sam Patel", date(2022, 6, 2))


def test_post_without_header_has_no_metadata():
    text = "A new study just showed something surprising about muscle.\nResearchers at a university found more."
    h = extract_header(text)
    assert (h.title, h.byline, h.published) == (None, None, None)


def test_seed_headers(seeds_dir, gold):
    for path in sorted(seeds_dir.glob("*.txt")):
        doc = gold[path.name]["document"]
        h = extract_header(path.read_text(encoding="utf-8"))
        assert h.title == doc["title"], path.name
        assert h.byline == doc["author_or_byline"], path.name
        assert (h.published.isoformat() if h.published else None) == doc["published"], path.name


# --- failure classes seen on unseen articles, on made-up strings -----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("News Release 12-Mar-2026", date(2026, 3, 12)),
        ("Thu 12 Feb 2026 19.30 GMT", date(2026, 2, 12)),
        ("Aging Things. 2024 Mar;23(3):e1. Epub 2023 Nov 8.", date(2023, 11, 8)),
        ("Oct. 14, 2024, 5:00 a.m. ET", date(2024, 10, 14)),
        ("May 2024 issue", None),
        ("Received 2 May 2024 and 3 June 2024", date(2024, 5, 2)),  # the earliest written date
    ],
)
def test_parse_date_reads_release_citation_and_news_formats(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "kicker",
    [
        "HEALTH | FITNESS", "WELL  |  MOVE", "THE GREAT LIFTS PODCAST", "SCIENCE",
        # breadcrumb trails of short items, whatever their length and separator
        "Home / Health and Wellbeing for Older Adults / Muscle and Bone Health",
        "Society of Exercise and Ageing Medicine > Publications > Position statements",
    ],
)
def test_section_kicker_or_breadcrumb_above_the_headline_is_not_the_title(kicker):
    text = f"{kicker}\n\nOld Legs Still Learn New Tricks\n\nBy Ana Ruiz\n\nText of the story here."
    assert extract_header(text).title == "Old Legs Still Learn New Tricks"


def test_all_caps_headline_is_kept_when_nothing_else_reads_as_a_title():
    text = "OLD LEGS LEARN NEW TRICKS\n\nA study of rowers found that training later in life still works."
    assert extract_header(text).title == "OLD LEGS LEARN NEW TRICKS"


def test_title_case_headline_may_end_with_a_full_stop():
    text = "Kicker | Desk\n\nIt Is Never Too Late. Your Knees Agree.\n\nBy Ana Ruiz\n\nBody."
    assert extract_header(text).title == "It Is Never Too Late. Your Knees Agree."


def test_html_page_headline_beats_navigation_and_breadcrumbs():
    text = (
        "- Home\n- Services\n- Blog\n\nBlog › Ageing\n\nLifting keeps old bones dense\n\n"
        "By Mo Tran · 3 May 2024\n\nBody text starts here."
    )
    h = extract_header(text, "Lifting Keeps Old Bones Dense: A Guide | Example Clinic & Gym")
    assert h.title == "Lifting keeps old bones dense"
    assert (h.byline, h.published) == ("Mo Tran", date(2024, 5, 3))


def test_html_title_without_its_site_suffix_when_no_line_matches_it():
    text = "Home Services Contact Us\n\nBody of the page, which never repeats the headline."
    assert extract_header(text, "Why Hips Stiffen With Age - Example Physio").title == (
        "Why Hips Stiffen With Age"
    )


def test_html_h1_is_the_title_even_when_the_html_title_says_something_else():
    text = "Home Services\n\nWhy hips stiffen with age\n\nBy Mo Tran\n\nBody."
    h = extract_header(text, "10 Tips For Supple Joints | Example Physio", "Why hips stiffen with age")
    assert (h.title, h.byline) == ("Why hips stiffen with age", "Mo Tran")
    # a one-word <h1> ("Blog") is a label: the <title> rules decide
    assert extract_header(text, "Why Hips Stiffen With Age | Example", "Blog").title == (
        "Why hips stiffen with age")


def test_generic_html_title_gives_way_to_the_page_headline():
    text = "Rowing after seventy: what changes\n\nBy Mo Tran\n\nBody."
    assert extract_header(text, "Blog | Example").title == "Rowing after seventy: what changes"


def test_journal_line_and_article_type_above_a_paper_title_are_not_the_title():
    text = (
        "Journal of Made Up Studies\nVolume 12, May 2023, 100045\n\nReview\n\n"
        "Effects of rowing on grip strength in older adults: a meta-analysis\n\n"
        "Ana B Ruiz ᵃ, Mo Tran ᵇ, Li Wei ᵃ ⁎\n\n"
        "Received 2 March 2023; Accepted 1 May 2023\n\nAbstract\n\nObjective: to pool trials."
    )
    h = extract_header(text)
    assert h.title == "Effects of rowing on grip strength in older adults: a meta-analysis"
    assert h.byline == "Ana B Ruiz, Mo Tran, Li Wei"
    assert h.published is None  # received/accepted are not publication dates


def test_citation_line_above_an_abstract_gives_title_authors_and_epub_date():
    text = (
        "Made Up Journal. 2024 Jan;5(1):e7. doi: 10.1234/mj.7. Epub 2023 Dec 2.\n\n"
        "Grip strength predicts stair speed in adults aged 70 years and older\n\n"
        "Ana Ruiz ¹, Mo Tran ² ³\n\nAffiliations\n¹ Some University.\n\nAbstract\n\nBackground: text."
    )
    h = extract_header(text)
    assert h.title == "Grip strength predicts stair speed in adults aged 70 years and older"
    assert h.byline == "Ana Ruiz, Mo Tran"
    assert h.published == date(2023, 12, 2)


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("By Ana Ruiz, Science Desk", "Ana Ruiz"),
        ("Written by Ana Ruiz, MSc · Reviewed by Mo Tran, PhD", "Ana Ruiz"),
        ("By **Ana Ruiz**, MCSP, Senior Physiotherapist · 7 min read", "Ana Ruiz"),
        ("Ana Ruiz | Staff writer", "Ana Ruiz"),
        ("Ana Ruiz Health and science correspondent", "Ana Ruiz"),
        ("**Ana Ruiz** · Feb 3, 2026 · *Some Letter* · 9 min read", "Ana Ruiz"),
        ("By Ana Ruiz and Mo Tran", "Ana Ruiz, Mo Tran"),
        ("Submitted 3 hours ago by u/some_lifter · Study", "u/some_lifter"),
    ],
)
def test_bylines_lose_roles_credentials_and_dates(line, byline):
    text = f"Old Legs Still Learn New Tricks\n\n{line}\n\nThe story starts here."
    assert extract_header(text).byline == byline


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Published: 3 March 2025", date(2025, 3, 3)),
        ("Updated 4 April 2025, 10:00", date(2025, 4, 4)),
        ("Last updated: 14 May 2024", date(2024, 5, 14)),
        ("News Release 12-Mar-2026", date(2026, 3, 12)),
        ("Thu 12 Feb 2026 19.30 GMT", date(2026, 2, 12)),
        ("Released March 18, 2025  |  Runtime 1:02:03  |  Listen anywhere", date(2025, 3, 18)),
    ],
)
def test_publication_date_forms(line, published):
    text = f"Old Legs Still Learn New Tricks\n\n{line}\n\nThe story starts here."
    assert extract_header(text).published == published


def test_thread_has_no_title_and_its_poster_is_the_byline():
    text = "Dr. Ana Ruiz 🧬🚴‍♀️\n@anaruiz · Mar 4\n\n🧵 1/ New paper on grip strength.\n\n2/ Setup"
    h = extract_header(text)
    assert (h.title, h.byline, h.published) == (None, "Dr. Ana Ruiz", None)


def test_headline_that_reads_like_a_byline_is_not_taken_as_one():
    text = "Why I Quit Being A Sports Writer\n\nThe story starts here, with no byline at all."
    h = extract_header(text)
    assert (h.title, h.byline) == ("Why I Quit Being A Sports Writer", None)


def test_quote_attribution_in_the_body_is_not_a_byline():
    text = (
        "Old Legs Still Learn New Tricks\n\n"
        "Ana Ruiz, professor of physiology, said the results were clear.\n\nMore text."
    )
    assert extract_header(text).byline is None


def test_two_title_case_phrases_under_a_title_are_not_an_author_list():
    text = "Old Legs Still Learn New Tricks\n\nHeart Health, Muscle Strength\n\nThe story."
    assert extract_header(text).byline is None


def test_long_html_menu_does_not_hide_the_headline():
    menu = "".join(f"- Item {i}\n" for i in range(15))
    text = f"{menu}\nRowing after seventy: what changes\n\nBy Mo Tran\n\nBody."
    assert extract_header(text, "Rowing After Seventy | Example").title == (
        "Rowing after seventy: what changes"
    )


def test_two_authors_joined_by_and_are_listed_like_the_convention():
    text = "Bone Loss in Space Explained\n\nBy Ada Quill and Ben Roe\nMay 2, 2026\n\nBody text here."
    assert extract_header(text).byline == "Ada Quill, Ben Roe"


def test_an_and_inside_a_single_name_phrase_is_not_split():
    text = "Bone Loss in Space Explained\n\nBy Quill and Sons Publishing\n\nBody text here."
    assert extract_header(text).byline != "Quill, Sons Publishing"


def test_an_office_after_the_author_name_is_dropped_like_a_desk():
    text = "# Lab wins award for muscle work\n\n**By Ada Quill, Office of Research Communications**\n"
    assert extract_header(text).byline == "Ada Quill"


def test_letterhead_lines_above_a_leaflet_title_are_not_the_title():
    text = (
        "Riverside Community Hospitals NHS Foundation Trust\n"
        "Department of Geriatric Medicine\n\n"
        "PARTICIPANT INFORMATION SHEET\n\n"
        "The MOVE-Well Trial\n"
        "Walking and Sleep in Older Adults\n\n"
        "We would like to invite you to take part in a research study.\n"
    )
    assert extract_header(text).title == "The MOVE-Well Trial"


def test_a_back_link_above_the_heading_is_not_the_title():
    text = "[← Back to all posts](/blog) · Category: **Journal Club**\n\n# Why old muscle heals slowly\n\nBody."
    assert extract_header(text).title == "Why old muscle heals slowly"


def test_roles_after_each_of_two_authors_are_dropped():
    text = (
        "Research highlights 2025\n\n"
        "By Prof. Ada Quill, Director of Research, and Dr. Ben Roe, Head of Grants\n\nBody text."
    )
    assert extract_header(text).byline == "Prof. Ada Quill, Dr. Ben Roe"


def test_a_photo_post_has_its_account_as_byline_and_its_closing_stamp_as_date():
    text = (
        "coach.maria ✔️\nOriginal audio\nFollow\n\n[Slide 1/5]\nLIFT HEAVY THINGS\n(your bones will thank you)\n\n"
        "jo.runs Love this!\n2d  3 likes  Reply\n\n412 likes\nJUNE 9, 2026\n"
    )
    header = extract_header(text)
    assert (header.title, header.byline, header.published) == (None, "coach.maria", date(2026, 6, 9))


def test_a_date_in_the_last_line_of_a_long_text_is_not_taken_when_a_header_date_exists():
    text = "A headline about muscle\n\nMay 2, 2026\n\nBody text.\n\nJune 9, 2026\n"
    assert extract_header(text).published == date(2026, 5, 2)


# ---------------------------------------------------------------- session 7: batch q and r shapes


def test_a_newsletter_masthead_and_linked_logo_are_not_the_title_and_its_author_is_found():
    text = (
        "[![Gym Notes](https://cdn.example/logo.png)](https://gymnotes.example.com/)\n\n"
        "# [Gym Notes](https://gymnotes.example.com/)\n\n"
        "[Subscribe](https://gymnotes.example.com/subscribe)\n\n"
        "# Three papers on tendons you should read this week\n\n"
        "### Issue #12: collagen, loading and a surprise from rats\n\n"
        "[![Ann Poe's avatar](https://cdn.example/a.jpg)](https://example.com/@annpoe)\n\n"
        "[Ann Poe](https://example.com/@annpoe)\n\n"
        "Feb 2, 2026\n\nHello readers, this week is all about tendons.\n"
    )
    h = extract_header(text)
    assert (h.title, h.byline, h.published) == (
        "Three papers on tendons you should read this week", "Ann Poe", date(2026, 2, 2))


def test_a_web_page_headline_below_a_long_menu_is_the_one_with_the_byline_under_it():
    menu = "\n".join(["Skip to main content", "CITY UNIVERSITY", "Alumni Magazine", "Menu",
                      "News", "Research", "Class Notes", "Give to the Fund", "Events",
                      "Search", "Winter 2025", "FEATURES / HEALTH"])
    text = (f"{menu}\n\nThe Tendon Whisperer\n\nHow a former sprinter came to study tendons.\n\n"
            "By Jo Marsh\nPublished March 2, 2025\n\nIt was raining when we met.\n")
    h = extract_header(text)
    assert (h.title, h.byline, h.published) == (
        "The Tendon Whisperer", "Jo Marsh", date(2025, 3, 2))


def test_an_exported_thread_is_bylined_by_its_poster_and_dated_by_its_first_post():
    text = (
        "# Thread by Ann Poe (@annpoe.bsky.social)\n\n"
        "*Exported with Reader · 8 posts · captured Mar 9, 2026*\n\n---\n\n"
        "**Ann Poe** 🧬 `@annpoe.bsky.social` · Mar 3, 2026 at 9:12 AM\n\n"
        "1/8 Paper day! Our study is out today.\n"
    )
    h = extract_header(text)
    assert (h.title, h.byline, h.published) == (None, "Ann Poe", date(2026, 3, 3))


def test_a_referee_report_is_titled_by_the_paper_bylined_by_its_reviewer_and_dated_when_published():
    text = (
        "OPEN REVIEWS\n\n"
        "Annals of Tendon Science and Rehabilitation Medicine  ›  Articles  ›  Peer review reports\n\n"
        "Eccentric loading restores tendon stiffness in older runners: a randomised trial\n\n"
        "Reviewer 1 report\nRound 2 (revised manuscript ATS-24-0911)\n\n"
        "Reviewer: Dr. Ann Poe, MD, PhD\nSchool of Health Sciences, Example University\n"
        "Report submitted: 2 February 2025\nPublished: 14 May 2025\n\n"
        "Summary\n\nThe authors report a trial in which older runners were randomised.\n"
    )
    h = extract_header(text)
    assert (h.title, h.byline, h.published) == (
        "Eccentric loading restores tendon stiffness in older runners: a randomised trial",
        "Dr. Ann Poe", date(2025, 5, 14))


def test_a_received_date_with_a_noun_before_its_label_is_not_the_publication_date():
    text = ("Tendon Loading in Older Runners Explained\n\nBy Jo Marsh\n"
            "Manuscript received 3 January 2025\nPublished online 9 April 2025\n\nText here.\n")
    assert extract_header(text).published == date(2025, 4, 9)


def test_a_reviewer_outside_a_review_report_is_not_the_byline():
    text = ("How Much Protein Do Older Lifters Need Each Day?\n\n"
            "Reviewer: Dr Ann Poe\nUpdated 4 March 2025\n\nProtein needs rise with age.\n")
    assert extract_header(text).byline is None


def test_a_long_markdown_breadcrumb_trail_is_not_the_title():
    text = (
        "[Evidence Library](https://example.org) › Database of Rehabilitation Trials and Reviews"
        " › Intervention review\n\n"
        "# Balance training for preventing falls in people with knee osteoarthritis\n\n"
        "**Authors:** Ann Poe, Jo Marsh, Li Wei\n\n**Version published:** 2 July 2025\n\nText.\n"
    )
    h = extract_header(text)
    assert h.title == "Balance training for preventing falls in people with knee osteoarthritis"
    assert h.published == date(2025, 7, 2)


def test_a_headline_with_one_angle_bracket_is_still_a_title():
    text = "Why Strength > Cardio After Sixty, According to New Trials\n\nBy Jo Marsh\n\nText.\n"
    assert extract_header(text).title == "Why Strength > Cardio After Sixty, According to New Trials"


def test_a_credential_before_a_co_author_is_dropped():
    text = ("Strong Bones at Work\n\nAuthors: Dr Ann Poe, FRCP and Jo Marsh, MSc\n"
            "Published 3 June 2025\n\nText.\n")
    assert extract_header(text).byline == "Dr Ann Poe, Jo Marsh"
