"""Forms of batches ar, as and at (made-up texts): a thread whose first post ends with a
reference list and goes on with comments and further posts, a prose paragraph that closes with
its source as a markdown-linked DOI, a number in a spaced table's column after a cell ending in
a label word ("Garden Room     30 min"), and the other classes below."""

from __future__ import annotations

from quantity_rows import found
from quantity_rows import spans as _spans

THREAD = (
    "# Does creatine help older lifters?\n\n"
    "In our trial, 48 adults gained 1.4 kg of lean mass over 12 weeks [1].\n\n"
    "**References**\n\n"
    "1. Hale R, et al. Creatine and lean mass in older adults. *J Aging Res*. 2021;12(3):45–52. "
    "[https://doi.org/10.1000/jar.2021.045](https://doi.org/10.1000/jar.2021.045)\n\n"
    "[Share](#) [Follow](#)\n\n"
    "answered May 2 at 10:15\n\n"
    "- 3\n"
    "  Thanks, very clear. One caveat: the gain was only 0.6 kg in the women, so the average "
    "hides a sex difference that matters for advice. – [someone](/users/12/someone) May 2\n\n"
    "Another angle: in a 10-week study of 36 adults, strength rose by 8% with creatine.\n"
)


def test_a_reference_list_ends_where_a_comment_in_prose_follows():
    spans = _spans(THREAD)
    assert "1.4 kg" in spans
    assert "0.6 kg" in spans and "10-week" in spans and "8%" in spans
    assert not any(s in ("2021", "12", "45–52") for s in spans)  # the entry stays masked


def test_a_footer_after_a_reference_list_stays_masked():
    text = (
        "Walking 30 minutes a day helps.\n\n## Sources\n\n"
        "1. Ray P, et al. Walking and mood. *Mood Sci*. 2020;4(2):10–19. https://doi.org/10.1000/ms.4\n\n"
        "*This page is general information and not medical advice. Always ask your doctor before "
        "you start a new programme, and call 111 or 999 in an emergency, day or night.*\n\n"
        "Reviewed by our editorial team. This page was last checked and is due for review in "
        "due course; call us on weekdays if anything here looks wrong or out of date to you.\n"
    )
    assert _spans(text) == ["30 minutes a day"]


def test_a_paragraph_closing_with_a_linked_doi_is_prose_not_a_citation():
    text = (
        "In a 16-week trial of 52 adults, training cut liver fat by 7.5% against 1.1% with "
        "stretching, and the effect held when we adjusted for weight loss, which surprised us "
        "quite a lot. Paper: [doi:10.1000/xyz.2020.11](https://doi.org/10.1000/xyz.2020.11).\n"
    )
    spans = _spans(text)
    assert "16-week" in spans and "7.5%" in spans and "1.1%" in spans
    cited = "Ray P, et al. Walking and mood. *Mood Sci* (2020). [doi:10.1000/ms.4](https://doi.org/10.1000/ms.4)\n"
    assert _spans(cited) == []  # a reference entry with a linked DOI stays a citation


def test_a_number_in_the_next_column_after_a_label_word_is_read():
    text = (
        "DAY   TIME         CLASS            WHERE           LENGTH\n"
        "Mon   9:00 a.m.    Stretch          Garden Room     30 min\n"
        "Tue   2:00 p.m.    Balance          Hall            40 min\n"
    )
    assert "30 min" in _spans(text) and "40 min" in _spans(text)
    assert "12" not in _spans("Meet in Room 12 for 30 min of stretching.")  # a label still names


def test_a_count_with_its_share_before_who_they_were():
    rows = {r[0]: r for r in found("In all, 240 adults enrolled; 131 (55%) were men.")}
    assert rows["131"][4] == "people" and rows["55%"][6] == "proportion"


def test_people_counted_among_the_readers():
    rows = {r[0]: r for r in found("We had 31 of you in the hall, and 12 of us finished.")}
    assert rows["31 of you"][1:5] == (31.0, None, None, "people")
    assert "12 of us" in rows
    assert found("One of you asked a question.") == []


def test_a_count_split_by_arm_named_after_in():
    rows = {r[0]: r for r in found(
        "Samples came from 42 of you (22 in Tai Chi & Qigong and 20 in\nWalking) in May.")}
    assert rows["22"][4] == "people" and rows["20"][4] == "people"
    rows = {r[0]: r for r in found("There were 15 falls (9 exercise and 6 in the control arm).")}
    assert "9 exercise" in rows and rows["6"][4] == "falls"
    # the parts must add up to the whole
    assert [r[0] for r in found("Samples came from 42 of you (22 in yoga and 21 in walking).")] == ["42 of you"]


def test_each_arm_of_an_allocation_said_once():
    rows = {r[0]: r for r in found("We randomised 60 people to yoga and 58 to walking.")}
    assert rows["58"][6] == "sample_size"
    text = ("In all, 52 people were allocated by chance (like a coin toss) to\n"
            "    Yoga & Breathing and 50 to Walking.")
    assert {r[0]: r for r in found(text)}["50"][6] == "sample_size"
    assert "48" not in _spans("We saw 52 people. They went to yoga, and 48 to walking.")


def test_a_part_of_a_whole_given_in_words():
    rows = {r[0]: r for r in found("They came to 2.6 of their four weekly sessions.")}
    assert rows["2.6"][6] == "count"
    assert "5" not in _spans("He did 5 of their three.")  # a part is smaller than its whole


def test_pence_of_every_pound():
    rows = {r[0]: r for r in found("Gift Aid adds 30p to every £1, and 85p of every £1 goes to research.")}
    assert rows["30p"][1] == 30.0 and rows["30p"][4] == "GBp"
    assert rows["85p"][4] == "GBp"
    assert "5p" not in _spans("Take step 5p off the list.")


def test_an_age_in_a_photos_alt_text():
    text = "The class meets weekly.\n\n![Harold, 82, at the rowing machine](img/harold.jpg)\n"
    assert {r[0]: r for r in found(text)}["82"][6] == "age"
    assert found("The class meets weekly.\n\nOverall, 45, said no.") == []


def test_a_sample_size_said_as_an_n_of():
    rows = {r[0]: r for r in found("Cell studies are not people. An n of 40 is small.")}
    assert rows["n of 40"][6] == "sample_size"
    assert found("the bk of 12") == []


def test_a_score_of_an_instrument_named_by_its_acronym_given_after_was():
    rows = {r[0]: r for r in found("His Short Physical Performance Battery (SPPB) score was 9 in May.")}
    assert rows["9"][4] == "points"
    assert found("The score was 4 at half time.") == []  # a game's, perhaps


def test_a_molecules_length_as_a_compound_modifier():
    rows = {r[0]: r for r in found("It is cut from a 52-amino-acid precursor with a 30-residue tail.")}
    assert rows["52-amino-acid"][4] == "amino acids" and rows["30-residue"][4] == "residues"


def test_a_speed_in_metres_per_second_spelled_out():
    rows = {r[0]: r for r in found("Gait speed rose by 0.12 metres/second, or 0.9 meters per second in all.")}
    assert rows["0.12 metres/second"][4] == "m/s" and rows["0.9 meters per second"][4] == "m/s"
