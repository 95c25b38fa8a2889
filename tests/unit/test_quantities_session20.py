"""Number forms from the blind batches bn and bo (a club newsletter in hard-wrapped plain text,
a museum blog, a Q&A answer, an employer's newsletter): prose citing a study by an inline DOI
link, groups described after a whole count ("Twelve were retired teachers; 9 were ..."),
hedged fold verbs ("roughly halving"), ages over which a decline happens, a percentage's
"a year", coordinated noun modifiers before people, glued group-size modifiers and facts in
a table header's brackets. All sentences are made up."""

from __future__ import annotations

from quantity_rows import found
from quantity_rows import spans as _spans


def test_prose_citing_a_study_by_a_linked_doi_keeps_its_numbers():
    text = ("Sclerostin rises with bed rest. A 2023 study of 2,310 adults in *Bone* (doi: "
            "[10.1000/bone.2023.12](https://doi.org/10.1000/bone.2023.12)) found levels about 21% "
            "higher in those over 75 than in those under 45.")
    spans = _spans(text)
    assert "2,310 adults" in spans and "about 21%" in spans
    assert any("75" in s for s in spans) and any("45" in s for s in spans)


def test_a_reference_entry_with_a_linked_doi_is_still_a_citation():
    entry = ("Okoro T, et al. Sclerostin after bed rest. Bone. 2023;41(3):118. doi: "
             "[10.1000/bone.2023.12](https://doi.org/10.1000/bone.2023.12)")
    assert found(entry) == []


def test_groups_described_after_the_whole_count_are_sizes_of_people():
    text = ("Biopsies came from 60 men and women. Twenty-four were retired teachers aged 66-79; "
            "21 were age-matched non-runners; and 15 were students (mean age 25).")
    rows = {r[0]: r for r in found(text)}
    for span, n in (("Twenty-four", 24.0), ("21", 21.0), ("15", 15.0)):
        assert rows[span][1] == n and rows[span][4] == "people" and rows[span][6] == "sample_size"


def test_described_groups_hard_wrapped_over_lines():
    text = ("Blood was drawn from 48 volunteers.\nSixteen were keen gardeners who had dug for years; 17\n"
            "were sedentary office staff;\nand 15 were students.")
    spans = _spans(text)
    assert "Sixteen" in spans and "15" in spans


def test_a_described_group_needs_a_larger_count_of_people_before_it():
    assert _spans("The lab bought 30 kits. Twelve were spare parts.") == ["30 kits"]
    assert "Forty" not in _spans("We enrolled 30 adults. Forty were medical students.")


def test_a_part_of_a_group_named_earlier_by_its_noun():
    text = ("We studied 40 adults: 22 were lifelong rowers and 18 were non-rowers. Later we "
            "trained 12 of the\nnon-rowers for ten weeks.")
    rows = {r[0]: r for r in found(text)}
    assert rows["12"][4] == "people" and rows["12"][6] == "count"
    assert "12" not in _spans("Later we trained 12 of the non-rowers for ten weeks.")


def test_hedged_fold_verbs_are_fold_changes():
    rows = {r[0]: r for r in found("Risk nearly doubles after 80, and strength is roughly halving.")}
    assert rows["nearly doubles"][1] == 2.0 and rows["nearly doubles"][4] == "fold_change"
    assert rows["roughly halving"][1] == 0.5
    assert _spans("Every doubling of the dose added risk. They played mixed doubles.") == []


def test_ages_over_which_a_decline_happens_after_between():
    text = "Older people lose reserve. Stem cells per fibre are roughly halving between 30 and 80."
    rows = {r[0]: r for r in found(text)}
    assert rows["between 30 and 80"][2:5] == (30.0, 80.0, "years")
    quoted = "In old age the hormone “falls by about half” between 40 and 70."
    assert ("between 40 and 70", None, 40.0, 70.0, "years", None, "age") in found(quoted)


def test_between_after_to_or_of_is_an_amount_not_ages():
    ageing = "Muscle is lost with ageing. "
    assert "between 30 and 80" in _spans(ageing + "The level fell between 30 and 80.")
    assert "between 30 and 40" not in _spans(ageing + "The level fell to between 30 and 40.")
    assert "between 30 and 40" not in _spans(ageing + "The level fell by between 30 and 40.")


def test_a_year_right_after_a_percentage_is_its_rate_not_an_offset():
    assert _spans("Bone density falls by about 1–1.5% a year after menopause.") == ["about 1–1.5%"]
    assert "a year" in _spans("She walked again a year after surgery.")


def test_coordinated_noun_modifiers_before_people_after_an_enrolment_verb():
    assert _spans("The study recruited 480 farm and factory workers.") == ["480 farm and factory workers"]
    assert found("They kept 3 healthy and sick rats.") == []


def test_a_count_glued_to_a_singular_people_noun_is_a_group_size():
    rows = {r[0]: r for r in found("A 1,200-student college and a 45-nurse ward joined.")}
    assert rows["1,200-student"][1] == 1200.0 and rows["1,200-student"][6] == "sample_size"
    assert rows["45-nurse"][4] == "people"


def test_a_time_or_share_in_a_table_headers_brackets_is_a_fact():
    table = ("| Change (12 weeks) | Yoga | Walking |\n|---|---|---|\n| Grip (kg) | +1.4 | +0.6 |\n")
    assert "12 weeks" in _spans(table)
    named = "| Week 12 | Yoga | Walking |\n|---|---|---|\n| Grip (kg) | +1.4 | +0.6 |\n"
    assert "12" not in _spans(named) and "Week 12" not in _spans(named)
