"""Forms of session 11b: a caption export (SRT) after a video description whose "Sources:" list
comes first, ages in apposition with "now", repetitions of a set, and a table cell that counts
people before describing them."""

from __future__ import annotations

from quantity_rows import found
from quantity_rows import spans as _spans

from agefacts.extract.captions import cue_furniture, join_cues, without_cues
from agefacts.extract.sentences import split_sentences
from agefacts.extract.study_groups import scan_study_groups

CAPTIONS = """A talk about muscle

Sources:
1. Doe J, Roe K, et al. (2021). Muscle and age. J Physiol 12(3):45-56. https://doi.org/10.1/abc
2. Poe A. (2019) Training late in life. Age Ageing 48:101-110.

Music: licensed under CC BY 4.0
This video is general education, not medical advice.
------------------------------

1
00:00:00,000 --> 00:00:02,500
[MUSIC]

2
00:00:02,600 --> 00:00:05,100
>> HOST: We asked two groups
to train three times a week

3
00:00:05,200 --> 00:00:08,000
for 10 weeks. Strength rose 1 to 2
percent a week in the young.

4
00:00:08,100 --> 00:00:10,000
In the second study we recruited 96

5
00:00:10,100 --> 00:00:12,900
adults aged 70 to 85,
and gains were about 20 percent.

6
00:00:13,000 --> 00:00:15,000
After 50 we lose muscle.

7
00:00:15,100 --> 00:00:17,000
Age matters less than effort.

8
00:00:17,100 --> 00:00:19,000
Keep lifting into your 80s.

9
00:00:19,100 --> 00:00:21,000
Rest between sets matters.

10
00:00:21,100 --> 00:00:23,000
Sleep matters too.

11
00:00:23,100 --> 00:00:25,000
So does protein.

12
00:00:25,100 --> 00:00:27,000
Thanks for watching.
"""


def test_a_source_list_above_the_captions_masks_only_its_citations():
    spans = _spans(CAPTIONS)
    # the citations stay masked: no volume, page or year of the list is a quantity
    assert not any(s in ("12", "45-56", "48", "101-110", "2021", "2019") for s in spans)
    # the captions after it are read
    assert "three times a week" in spans and "about 20 percent" in spans


def test_cue_numbers_and_timings_are_no_quantities():
    rows = found(CAPTIONS)
    assert not any(r[0].startswith(("00", "-->")) or r[0].isdigit() for r in rows)
    furniture = cue_furniture(CAPTIONS)
    assert len(furniture) == 12
    assert CAPTIONS[slice(*furniture[1])] == "2\n00:00:02,600 --> 00:00:05,100\n"


def test_a_number_and_its_unit_across_cue_lines_and_cues_are_one_row():
    rows = {r[0]: r for r in found(CAPTIONS)}
    assert rows["10 weeks"][4] == "weeks"
    assert rows["1 to 2\npercent"][2:5] == (1.0, 2.0, "percent")
    recruited = next(r for span, r in rows.items() if span.startswith("96"))
    assert recruited[1] == 96 and recruited[6] == "sample_size"
    assert rows["70 to 85"][6] == "age"


def test_study_groups_name_a_group_split_by_a_cue():
    groups = scan_study_groups(CAPTIONS)
    assert [(g.label, g.n, g.age_min, g.age_max) for g in groups if g.n == 96] == [
        ("adults", 96, 70.0, 85.0)]


def test_join_cues_keeps_offsets_and_without_cues_reads_the_words():
    furniture = cue_furniture(CAPTIONS)
    joined = join_cues(CAPTIONS.lower(), furniture)
    assert len(joined) == len(CAPTIONS)
    i = CAPTIONS.index("recruited 96")
    assert "recruited 96" in joined and joined[i:].split()[:3] == ["recruited", "96", "adults"]
    assert without_cues("96\n\n5\n00:00:10,100 --> 00:00:12,900\nadults") == "96 adults"
    assert cue_furniture("A -> B and 10 --> 12 in prose") == []


def test_sentences_break_at_cue_furniture():
    sentences = [CAPTIONS[s:e] for s, e in split_sentences(CAPTIONS)]
    assert "2" not in sentences and not any("-->" in s for s in sentences)
    assert "[MUSIC]" in sentences
    assert "Thanks for watching." in sentences


def test_a_reference_list_at_the_end_still_masks_its_footer():
    text = ("Training helps older adults.\n\nReferences\n"
            "1. Doe J et al. (2020). A trial. J Foo 3(2):10-20.\n"
            "   continued title of a wrapped entry with 12 more words\n\n"
            "About the author\nJane lives at 27 Quay Walk and has run 14 marathons.\n")
    assert _spans(text) == []


def test_who_s_carries_its_person():
    assert [(r[0], r[6]) for r in found("Take two people, one who's 25 and one who's 75.")] == [
        ("two people", "sample_size"), ("25", "age"), ("75", "age")]
    assert [r[0] for r in found("the one who's 30 minutes late")] == ["30 minutes"]


def test_kilogram_in_the_singular():
    assert [(r[0], r[4]) for r in found("they lose close to 1 kilogram of leg muscle.")] == [
        ("1 kilogram", "kg")]


def test_an_age_in_apposition_with_now():
    assert [(r[0], r[6]) for r in found("Walter, now 87, still does his band exercises.")] == [
        ("87", "age")]
    assert [(r[0], r[6]) for r in found("My father, now 87, still walks.")] == [("87", "age")]
    assert found("The trial, now 12, ran.") == []


def test_the_repetitions_of_a_set():
    rows = found("the last two repetitions of a set of 8 to 12 feel hard.")
    assert [(r[0], r[2], r[3], r[4]) for r in rows][-1] == ("8 to 12", 8.0, 12.0, "repetitions")
    assert [(r[0], r[4]) for r in found("Do three sets of 10 and rest.")] == [
        ("three sets", "sets"), ("10", "repetitions")]
    assert [(r[0], r[4]) for r in found("a set of 3 genes was used")] == [("3 genes", "genes")]


def test_a_table_cell_that_counts_people_then_describes_them():
    table = ("| Study | Participants | Program |\n|---|---|---|\n"
             "| A | 58, aged 68 to 81 | 3x/week |\n| B | 212 (mean age 71) | weights |\n"
             "| C | 12, 2 sessions | x |\n")
    rows = {r[0]: r for r in found(table)}
    assert rows["58"][4:] == ("subjects", None, "sample_size")
    assert rows["212"][6] == "sample_size" and rows["68 to 81"][6] == "age"
    # only under a header that counts people
    other = "| Study | Dose | Program |\n|---|---|---|\n| A | 58, twice | x |\n"
    assert "58" not in {r[0] for r in found(other)}
