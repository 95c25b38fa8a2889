"""Session 24: numbers, genes and headers leftovers (made-up texts only)."""

from __future__ import annotations

import pytest

from agefacts.extract.entities import find_mentions
from agefacts.extract.quantities import extract_quantities


def _texts(text: str) -> list[str]:
    return [r["text"] for r in extract_quantities("d", text)]


def _genes(text: str) -> set[str]:
    return {m.entity.label for m in find_mentions(text)}


# --- a blood-test word supports the analytes a lab panel reports, not other abbreviations ----

@pytest.mark.parametrize("text, gene", [
    ("My bloodwork came back fine, CRP and HR normal.", "CRP"),
    ("Bloods on Monday: CRP fine, HR 72, iron low.", "CRP"),
    ("The clinic re-ran my bloods and LDH was up a little.", "LDH"),
])
def test_blood_test_word_supports_lab_analyte(text: str, gene: str) -> None:
    genes = _genes(text)
    assert gene in genes
    assert "HR" not in genes


@pytest.mark.parametrize("text", [
    "Bloodwork: HR and BP both normal for my age.",  # right after the word: still no support
    "Bloodwork done, HR, CRP and EPO all in range.",  # a list neighbour of an analyte
    "The bloodwork was fine; my HR is just low from years of rowing.",
])
def test_blood_test_word_does_not_make_vital_sign_a_gene(text: str) -> None:
    assert "HR" not in _genes(text)


def test_gene_word_still_supports_any_symbol() -> None:
    # a strong cue (expression) is unchanged: HR, the hairless gene, is named by it
    assert "HR" in _genes("Bloodwork aside, HR expression fell in the skin of the mice.")


# --- a digest whose threads each have one post is about its longest post ---------------------

_POST = """Message: {n}
Date: {day} Mar 2026 09:00:00 +0000
From: {sender}
To: walkers@lists.example.net
Subject: [Walkers] {subject}
Message-ID: <m{n}@example.net>

{body}

------------------------------

"""

_PREAMBLE = """Send Walkers mailing list submissions to
\twalkers@lists.example.net

Today's Topics:

   1. Car park closed Sunday
   2. Notes from the hill-walking talk
   3. Socks for sale

----------------------------------------------------------------------

"""

_FOOTER = """Subject: Digest Footer

_______________________________________________
Walkers mailing list
walkers@lists.example.net
https://lists.example.net/mailman/listinfo/walkers
To leave, write to the owner of the list with the word leave as your only text; each request
is read by a volunteer and dealt with at the next committee meeting, so allow some days.

------------------------------

End of Walkers Digest, Vol 14, Issue 3
*************************************
"""

_TALK = ("I went to the talk at the library on why walking uphill is worth more with every decade. "
         "The speaker, a physiotherapist, said the calf and thigh muscles lose power faster than "
         "strength, and that short steep climbs twice a week keep both. She showed how balance "
         "drills fit into a normal walk, and answered questions until the room was locked.")


def _digest(*posts: tuple[str, str, str]) -> str:
    return _PREAMBLE + "".join(
        _POST.format(n=n, day=n + 2, sender=s, subject=subj, body=body)
        for n, (s, subj, body) in enumerate(posts, 1)) + _FOOTER


def test_digest_of_single_posts_is_about_its_longest_post() -> None:
    from datetime import date

    from agefacts.ingest.header import extract_header

    text = _digest(
        ("Ann Poe <ann@example.net>", "Car park closed Sunday", "The car park is shut, meet at the gate."),
        ("Jo Bell <jo@example.net>", "Notes from the hill-walking talk", _TALK),
        ("Sam Ray <sam@example.net>", "Socks for sale", "Three pairs, never worn, ask me."),
    )
    header = extract_header(text)
    assert header.title == "Notes from the hill-walking talk"
    assert header.byline == "Jo Bell"
    assert header.published == date(2026, 3, 4)


def test_quoted_lines_and_the_footer_are_not_a_posts_own_words() -> None:
    from agefacts.ingest.digest import digest_story

    quoted = "\n".join("> " + _TALK[i : i + 60] for i in range(0, len(_TALK), 60))
    text = _digest(
        ("Ann Poe <ann@example.net>", "Car park closed Sunday",
         "The car park is shut on Sunday, so meet at the field gate by the old mill at nine."),
        ("Jo Bell <jo@example.net>", "Notes", quoted + "\nAgreed."),  # mostly someone else's words
        ("Sam Ray <sam@example.net>", "Socks for sale", "Three pairs, never worn."),  # then the footer
    )
    assert digest_story(text)["subject"] == "Car park closed Sunday"


def test_digest_with_a_reply_still_follows_its_busiest_thread() -> None:
    from agefacts.ingest.digest import digest_story

    text = _digest(
        ("Ann Poe <ann@example.net>", "Car park closed Sunday", "Meet at the gate."),
        ("Jo Bell <jo@example.net>", "Notes from the hill-walking talk", _TALK),
        ("Sam Ray <sam@example.net>", "Re: Car park closed Sunday", "Thanks Ann."),
    )
    assert digest_story(text)["subject"] == "Car park closed Sunday"


def test_lab_analyte_with_a_concentration_later_in_its_sentence() -> None:
    text = "My CRP was checked again at the follow-up clinic and had dropped from 6.8 to 2.3 mg/L."
    assert "CRP" in _genes(text)
    assert "HR" not in _genes(text.replace("CRP", "HR"))


# --- numbers -------------------------------------------------------------------------------

def _rows(text: str) -> dict[str, dict]:
    return {r["text"]: r for r in extract_quantities("d", text)}


@pytest.mark.parametrize("text", [
    "The boat is skippered by a former nurse named Maud, who is 91 and who still sets the pace.",
    "Our neighbour, who is 84, walks to the shop daily.",
])
def test_age_in_a_persons_relative_clause(text: str) -> None:
    (row,) = [r for r in extract_quantities("d", text) if r["measure"] == "age"]
    assert row["unit"] == "years"


def test_relative_clause_of_no_person_is_no_age() -> None:
    assert all(r["measure"] != "age" for r in extract_quantities("d", "The Board, who is 12 strong, met."))


@pytest.mark.parametrize("text, operands", [
    ("At 56 your estimated maximum is 164 bpm (220 − 56), a rough guide.", ["220", "56"]),
    ("That makes 11 sessions (4 + 7) in the first month.", ["4", "7"]),
])
def test_bracketed_working_after_its_result(text: str, operands: list[str]) -> None:
    assert set(operands) <= set(_texts(text))


def test_bracket_whose_arithmetic_fails_is_no_working() -> None:
    texts = _texts("Attendance was 45 (50 − 12) on the day.")
    assert "50" not in texts and "12" not in texts


def test_falling_pair_after_versus_states_both_values() -> None:
    rows = _rows("Its level went from a median of 12.4 to 6.4 mg/L in the group on the diet versus 7.8 to 7.5 mg/L "
                 "on usual food.")
    assert rows["7.8"]["unit"] == rows["7.5 mg/L"]["unit"] == "mg/L"


def test_falling_pair_alone_is_still_no_range() -> None:
    assert "7.8" not in _texts("Levels were 7.8 to 7.3 mg/L at some sites.")


@pytest.mark.parametrize("text, span", [
    ("A subgroup of 45 also takes a vitamin D tablet each morning.", "45"),
    ("A subgroup of 60 completed the extra scans.", "60"),
])
def test_subgroup_of_a_bare_number_counts_people(text: str, span: str) -> None:
    assert _rows(text)[span]["unit"] == "people"


@pytest.mark.parametrize("text, span", [
    ("After full adjustment the HR fell to 1.08, so most of the link went away.", "HR fell to 1.08"),
    ("The odds ratio rose to 2.4 once age was added.", "odds ratio rose to 2.4"),
])
def test_ratio_named_before_the_value_it_changed_to(text: str, span: str) -> None:
    assert _rows(text)[span]["measure"] == "effect_size/statistic"


@pytest.mark.parametrize("text", ["Her HR fell to 58 after the swim.", "His HR fell to 1.5 bpm less."])
def test_heart_rate_that_falls_is_no_ratio(text: str) -> None:
    assert all(r["measure"] != "effect_size/statistic" for r in extract_quantities("d", text))
