"""Header layouts of session 12 (batch z), on made-up texts: a health site's credit line that
names a medical reviewer before the writer ("Medically reviewed by A — Written by B — Updated
on <date>"), and a writer credit with its date run on ("Written by A on <date> — Fact checked
by B")."""

from datetime import date

from agefacts.ingest.header import extract_header


def _fields(text: str):
    h = extract_header(text)
    return h.title, h.byline, h.published


def test_the_writer_after_a_reviewer_credit_is_the_byline_and_the_update_its_date():
    text = (
        "[Wellness](https://example.org/wellness) > Diet\n\n"
        "# Is Beetroot Juice Worth It for Older Cyclists?\n\n"
        "Medically reviewed by [Ola Berg, RDN](https://example.org/r/ob) — Written by "
        "[Lena Marsh, MS, RD](https://example.org/a/lm) — Updated on Jan 9, 2026\n\n"
        "Beetroot juice is a popular pre-ride drink.\n"
    )
    assert _fields(text) == (
        "Is Beetroot Juice Worth It for Older Cyclists?", "Lena Marsh", date(2026, 1, 9))


def test_a_writer_credit_keeps_the_name_and_gives_its_run_on_date():
    text = (
        "# Stretching before bed may help older adults sleep\n\n"
        "Written by Pia Lund on February 2, 2026 — [Fact checked by](https://example.org/fc) "
        "Omar Reyes, PhD\n\nA small trial tested a nightly routine.\n"
    )
    assert _fields(text) == (
        "Stretching before bed may help older adults sleep", "Pia Lund", date(2026, 2, 2))
    # a reviewer's credit alone names no writer
    assert _fields("# A headline about sleep\n\nMedically reviewed by Ola Berg, RDN\n\nBody.\n")[1] \
        is None


def test_a_home_link_line_is_the_site_not_the_title_and_a_closing_sign_off_is_the_byline():
    text = (
        "[Skip to main content](#main)\n\n"
        "[Federal Agency for Health Research - Science for Everyone](https://www.example.gov/)\n\n"
        "[Home](/) » [News](/news)\n\n"
        "# Balance training cut falls in a year-long trial\n\n"
        "June 3, 2026\n\n"
        "Older adults who practised balance drills fell less often.\n\n"
        "—by Tara Quinn, Ph.D.\n\n"
        "Related Links\n"
    )
    assert _fields(text) == (
        "Balance training cut falls in a year-long trial", "Tara Quinn", date(2026, 6, 3))


def test_an_embargo_line_is_no_headline_and_dates_the_release():
    text = (
        "NEWS RELEASE\n\nEMBARGOED UNTIL 10:00 A.M. ET, TUESDAY, APRIL 7, 2026\n\n"
        "Contact: Ana Ruiz, Press Office\n\n"
        "Daily stair climbing slows muscle loss in older adults, hospital-led trial finds\n\n"
        "BOSTON — Older adults who climbed stairs daily kept more muscle, a trial found.\n"
    )
    assert _fields(text) == (
        "Daily stair climbing slows muscle loss in older adults, hospital-led trial finds",
        None, date(2026, 4, 7))
