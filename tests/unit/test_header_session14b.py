"""Header layouts of batches ai–aj, as classes (made-up texts): a wire release's dateline, a
student's class year after a byline, a society's letterhead above a webinar transcript, a
recording date beside a posting date, an automated mail service as a sender."""

from datetime import date

from tests.unit.test_header_session12 import _fields


def test_a_wire_release_dateline_is_its_date():
    text = (
        "Examplex Bio Reports First Results from Its Rowing Trial in Adults Over 70\n\n"
        "– The trial met its primary endpoint at Week 12 –\n\n"
        "– Company to host a call today at 9:00 a.m. ET –\n\n"
        "ST. PAUL, Minn., Feb. 3, 2026 (EXAMPLE WIRE) -- Examplex Bio, Inc., a company that makes "
        "rowing machines for clinics, today announced the first results of its trial in older "
        "adults. The trial enrolled forty people at two sites and ran for twelve weeks.\n"
    )
    assert _fields(text)[2] == date(2026, 2, 3)


def test_dateline_forms_with_a_dash_or_a_slashed_wire_name():
    for line in (
        "LONDON, 12 March 2025 – Examplex Ltd today announced results of a study in which older "
        "adults rowed twice a week for a year and lost less muscle than those who walked.",
        "SAN DIEGO, March 12, 2025 /ExampleWire/ -- Examplex today announced results of a study in "
        "which older adults rowed twice a week for a year and lost less muscle than walkers.",
    ):
        assert _fields(f"Examplex Announces Results of Its Rowing Study\n\n{line}\n")[2] == date(
            2025, 3, 12
        )


def test_a_place_name_then_a_date_in_running_text_is_no_dateline():
    text = (
        "Rowing in Later Life and What It Does for Muscle\n\n"
        "In BOSTON, March 12, 2025 was the day the trial began, and the first rowers came in early "
        "for their tests, which took most of the morning and some of the afternoon.\n"
    )
    assert _fields(text)[2] is None


def test_a_students_class_year_after_the_byline_goes():
    text = (
        "# Stair sprints raise a brain protein in older adults, campus lab finds\n\n"
        "**By Jane Roe ’27** | Staff Writer\n*Published March 3, 2026*\n\n"
        "A campus lab has news about the stairs between the lobby and the fourth floor.\n"
    )
    assert _fields(text)[1:] == ("Jane Roe", date(2026, 3, 3))
    two = "Rowing and the Ageing Heart, in Brief\n\nBy Jane Roe '26 and Ann Poe '28\n\nText.\n"
    assert _fields(two)[1] == "Jane Roe, Ann Poe"


def test_a_societys_capitals_name_with_its_acronym_is_a_letterhead_not_the_title():
    text = (
        "ASSOCIATION FOR ROWING AND HEALTHY AGEING (ARHA)\n"
        "Member Webinar Series | Ageing Track\n\n"
        "Rowing for Older Hearts: What the Trials Say\nQ&A Session - Edited Transcript\n\n"
        "Presenter: Dr. Jane Roe, Professor of Physiology\n"
        "Recorded live: May 7, 2025\nPosted: May 20, 2025\n\n"
        "Note: this transcript covers the audience questions that followed the talk.\n"
    )
    assert _fields(text)[0] == "Rowing for Older Hearts: What the Trials Say"
    assert _fields(text)[2] == date(2025, 5, 20)


def test_a_recording_date_is_only_a_fallback_for_the_posting_date():
    recorded_first = (
        "Rowing for Older Hearts: What the Trials Say\n\nRecorded: 7 May 2025\n"
        "Published: 20 May 2025\n\nThe talk began with a question.\n"
    )
    assert _fields(recorded_first)[2] == date(2025, 5, 20)
    recorded_only = (
        "Rowing for Older Hearts: What the Trials Say\n\nRecorded on 7 May 2025\n\n"
        "The talk began with a question.\n"
    )
    assert _fields(recorded_only)[2] == date(2025, 5, 7)


def test_an_automated_mail_service_is_no_sender_byline():
    for sender in (
        "Example Alerts <examplealerts-noreply@example.com>",
        "Rowing Journal <noreply@example.org>",
        "Rowing Digest Notifications <news@example.org>",
    ):
        text = (
            f"From: {sender}\nTo: someone@example.org\nDate: Wed, 15 Oct 2025 04:37:12 -0700\n"
            "Subject: rowing ageing - new results\n\nNew results for your alert\n"
        )
        assert _fields(text)[1] is None, sender
    pitch = (
        "From: Jane Roe <jroe@example-pr.com>\nSubject: Study: rowing lowers a stress protein\n\n"
        "Hi there,\n\nA new study finds that rowing lowers a stress protein in older adults.\n"
    )
    assert _fields(pitch)[1] == "Jane Roe"
