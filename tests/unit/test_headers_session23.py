"""Session 23 (batches bt, bu), headers: a mailing-list digest, a course lesson's educators and
its "By the end of this unit" objective, a link aggregator's story row, a press release's
"For immediate release" line and a search page's numbered result cards (made-up texts)."""

from __future__ import annotations

from datetime import date

import pytest

from agefacts.ingest.digest import digest_story
from agefacts.ingest.header import extract_header

BODY = ("The first paragraph runs on for a while, as an article's body does, so that it reads as "
        "running text and not as another header line.\n")

DIGEST = """Send Rowers-chat mailing list submissions to
\trowers-chat@lists.example.org

To subscribe or unsubscribe via the World Wide Web, visit
\thttps://lists.example.org/mailman/listinfo/rowers-chat

Today's Topics:

   1. Boathouse keys (Ann Poe)
   2. Why older rowers keep their grip -- a new
      trial (Jane Roe)
   3. Re: Why older rowers keep their grip -- a new trial (Tom Lee)

----------------------------------------------------------------------

Message: 1
Date: Tue, 4 Nov 2025 08:15:00 +0000
From: Ann Poe <ann.poe@example.org>
To: rowers-chat@lists.example.org
Subject: [Rowers] Boathouse keys
Message-ID: <abc@example.org>

The spare keys are back on the hook.

------------------------------

Message: 2
Date: Wed, 5 Nov 2025 20:01:12 +0000
From: {sender}
To: rowers-chat@lists.example.org
Subject: [Rowers] Why older rowers keep their grip -- a
\tnew trial
Message-ID: <def@example.org>

Evening all, a trial I read this week.

------------------------------

Message: 3
Date: Thu, 6 Nov 2025 07:40:00 +0000
From: Tom Lee <tlee@example.org>
To: rowers-chat@lists.example.org
Subject: Re: [Rowers] Why older rowers keep their grip -- a new trial
Message-ID: <ghi@example.org>

Thanks, interesting.
"""


@pytest.mark.parametrize("sender", ["Jane Roe <jroe@example.org>", "jroe at example.org (Jane Roe)"])
def test_a_digest_is_about_its_busiest_thread_whose_first_message_heads_it(sender):
    header = extract_header(DIGEST.format(sender=sender))
    assert header.title == "Why older rowers keep their grip -- a new trial"
    assert header.byline == "Jane Roe"
    assert header.published == date(2025, 11, 5)


def test_a_digest_of_single_posts_is_headed_by_its_first_message():
    text = DIGEST.format(sender="Jane Roe <jroe@example.org>").split("Message: 3")[0]
    text = text.replace("Why older rowers keep their grip -- a\n\tnew trial", "Spring regatta")
    assert digest_story(text)["subject"] == "Boathouse keys"


def test_mail_without_a_digest_preamble_is_no_digest():
    assert digest_story("Message: 1\nSubject: Hello there\n\n" + BODY) is None


LESSON = """[Home](/) › [Courses](/courses) › Week 2

# Lesson 2.1: Why Tendons Stiffen As We Age

**Course:** Ageing Well (AGE100)
{staff}
**Estimated time:** 20 minutes · **Last updated:** 9 April 2025

## Learning objectives

By the end of this unit you will be able to:

1. Name two changes in ageing muscle.
"""


@pytest.mark.parametrize("label", ["Educators", "Instructor", "Course team"])
def test_a_lessons_teaching_staff_are_its_byline(label):
    header = extract_header(LESSON.format(staff=f"**{label}:** Dr. Jane Roe, Prof. Tom Lee"))
    assert header.title == "Lesson 2.1: Why Tendons Stiffen As We Age"
    assert header.byline == "Dr. Jane Roe, Prof. Tom Lee"
    assert header.published == date(2025, 4, 9)


def test_by_the_end_of_a_lesson_is_no_byline():
    assert extract_header(LESSON.format(staff="")).byline is None


AGGREGATOR = """Example News new | past | comments | ask | submit                 login

▲ Older rowers keep their grip with twice-weekly strength work (journals.example.org)
212 points by oarsman_42 6 hours ago | hide | past | favorite | 80 comments

[ add comment ]

▲ kmoss 3 hours ago | next [–]

Interesting, but the sample is small.
"""


def test_an_aggregator_row_loses_its_vote_arrow_and_domain_and_names_its_submitter():
    header = extract_header(AGGREGATOR)
    assert header.title == "Older rowers keep their grip with twice-weekly strength work"
    assert header.byline == "oarsman_42"
    assert header.published is None


def test_a_bracketed_domain_stays_in_a_headline_without_a_vote_arrow():
    header = extract_header("Why I moved my blog (example.org)\n\nBy Jane Roe\n\n" + BODY)
    assert header.title == "Why I moved my blog (example.org)"


RELEASE = f"""EASTFIELD DISTRICT COUNCIL
Press Office, Town Hall, High Street, Eastfield EF1 1AA

NEWS RELEASE
For immediate release: Monday 9 February 2026
Ref: PR/26/012

Council opens free balance classes for residents over 65 after a pilot cuts falls

{BODY}"""


def test_an_immediate_release_line_dates_a_release_and_is_no_title():
    header = extract_header(RELEASE)
    assert header.title == "Council opens free balance classes for residents over 65 after a pilot cuts falls"
    assert header.published == date(2026, 2, 9)
    assert header.byline is None


RESULTS = """Paperfinder  ·  Search  ·  Library

# Does interval training raise irisin in aged women?

Searched 100 million papers · Showing 3 results

## Key takeaways

- Most trials report a fall.

## Papers

### 1. Ten weeks of sprint intervals raise plasma irisin in aged women

**Authors:** J. Roe, A. Poe, T. Lee, et al.
**Journal:** Example Journal of Ageing · **Year:** 2023
"""


def test_a_numbered_result_cards_authors_are_not_the_pages_byline():
    header = extract_header(RESULTS)
    assert header.title == "Does interval training raise irisin in aged women?"
    assert header.byline is None


def test_authors_above_the_first_numbered_section_still_head_the_page():
    text = "# Sprinting and irisin in aged women\n\n**Authors:** J. Roe, A. Poe\n\n## 1. Introduction\n\n" + BODY
    assert extract_header(text).byline == "J. Roe, A. Poe"
