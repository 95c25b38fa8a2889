"""Session 27, round a: development misses read no claim or the wrong one (a level at the
young's after exercise, levels compared between old and young with no cue word, a weaker
response in the old, a relative clause or participle after a list, a counted or quoted plural
name, a gain denied or won after a knockout, a study's samples as agent); made-up sentences of
the same shapes, read with the hand-built lexicon of ``test_claims``."""

from __future__ import annotations

import pytest
from test_claims import LEXICON, claims_of, triples

AGING = "MESH:D000375"
LEX = {
    **LEXICON,
    "bed rest": ("AGEFACTS:bed_rest", "intervention", "bed rest"),
    "SMAD2/3": ("FPLX:SMAD2_3", "family", "SMAD2_3"),
}


def _of(text: str) -> set[tuple]:
    return triples(claims_of(text, lexicon=LEX))


# ---------------------------------------------------------------- a level at the young's


@pytest.mark.parametrize(
    ("text", "induced"),
    [
        ("Before the trial the older women had about 40% less SIRT3 than the young, but after "
         "sixteen weeks of resistance training their levels were indistinguishable from the "
         "young group's.", True),
        ("SIRT3 falls with age in sedentary people. After six months of resistance training, it "
         "was back within the young range.", True),
        ("Twelve weeks of resistance training raised SIRT3 in both age groups, and in the older "
         "women it came back to roughly the level of untrained 25-year-olds.", True),
        ("Sixteen weeks of resistance training returned SIRT3 levels in adults aged 70 to 85 to "
         "the values seen in a comparison group of 40-year-olds.", True),
        ("In the lifelong cyclists she studied, SIRT3 levels in the thigh were no lower than in "
         "students fifty years younger.", False),
        ("Veteran rowers in their seventies who had trained for decades held as much SIRT3 as "
         "rowers in their twenties.", False),
    ],
)
def test_a_level_at_the_young_s_with_exercise_is_kept_by_training(text, induced):
    got = {(s, r) for s, r, _ in _of(text)}
    assert ("HGNC:14931", "preserved_by_training") in got
    assert (("HGNC:14931", "induced_by_exercise") in got) == induced


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Old mice given metformin had SIRT3 levels indistinguishable from those of young mice.",
         "Old mice that ran had SIRT3 levels indistinguishable from those of young mice."),
        ("In sedentary older men, SIRT3 was at the same level as in the young.",
         "In trained older men, SIRT3 was at the same level as in the young."),
        ("After a week of sauna sessions, SIRT3 was back within the young range.",
         "After a month of training sessions, SIRT3 was back within the young range."),
        ("Exercise raised SIRT3 only half as much in people over 70 as in people in their "
         "twenties.",
         "Runners over 70 held as much SIRT3 as runners in their twenties."),
    ],
)
def test_a_young_level_without_training_or_in_a_weak_response_is_not_kept(text, kept):
    assert [t for t in _of(kept) if t[1] == "preserved_by_training"]
    assert not [t for t in _of(text) if t[1] == "preserved_by_training"]


# ------------------------------------------------------ levels compared between old and young


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("Older muscle carried roughly four times more SIRT3 than young muscle did.",
         "associated_with"),
        ("Older volunteers had 2.5-fold higher SIRT3 transcript levels at rest.",
         "associated_with"),
        ("SIRT3 protein in the quadriceps of 22-month-old rats was roughly three times the level "
         "in young controls.", "associated_with"),
        ("Some surveys report higher circulating SIRT3 in frail older men than in young men.",
         "associated_with"),
        ("SIRT3-positive cells were about 30% fewer per fibre in our older group.",
         "declines_with_age"),
        ("In rats, SIRT3 levels are lower at 24 months of age than at 4 months.",
         "declines_with_age"),
        ("In older muscle, SIRT3 was running at barely half the level seen in the youngsters.",
         "declines_with_age"),
        ("Older people have much less SIRT3.", "declines_with_age"),
    ],
)
def test_levels_compared_between_old_and_young_with_no_cue(text, relation):
    assert ("HGNC:14931", relation, AGING) in _of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Old mice given metformin had more SIRT3 than old controls.",
        "Trained old mice had more SIRT3 than sedentary old mice.",
        "Old mice lacking SIRT1 had more SIRT3 than old controls.",
    ],
)
def test_a_treatment_or_training_compared_is_no_age_comparison(text):
    assert ("HGNC:14931", "associated_with", AGING) in _of(
        "Old mice had more SIRT3 than young controls.")
    assert ("HGNC:14931", "associated_with", AGING) not in _of(text)
    assert ("HGNC:14931", "declines_with_age", AGING) not in _of(text)


def test_an_elevated_level_in_the_old_after_a_denied_verb_is_no_decline():
    got = _of("Cycling did not lower the elevated SIRT3 seen in older muscle.")
    assert ("HGNC:14931", "associated_with", AGING) in got
    assert ("HGNC:14931", "declines_with_age", AGING) not in got


def test_a_change_larger_in_the_old_after_disuse_and_the_same_pattern_within_a_sentence():
    got = _of("In older people the response is exaggerated: after a fortnight of bed rest, "
              "SIRT3 rose about twice as much in our eighty-year-olds as in the young volunteers, "
              "and TFAM followed the same pattern.")
    for gene in ("HGNC:14931", "HGNC:11741"):
        assert ("AGEFACTS:bed_rest", "increases", gene) in got
        assert (gene, "associated_with", AGING) in got


# ---------------------------------------------------------------- a weaker response in the old


@pytest.mark.parametrize(
    ("text", "gene"),
    [
        ("SIRT3 drives biogenesis; its induction by exercise is weaker in older muscle.",
         "HGNC:14931"),
        ("TFAM rose after training in our 80-year-olds. It just rose less than it did in the "
         "20-year-olds.", "HGNC:11741"),
        ("SIRT1, the sensor that switches SIRT3 on during exercise, may simply respond less in "
         "older muscle.", "HGNC:14929"),
        ("SIRT1, by contrast, did not increase in the trained old mice, even though it rose "
         "sharply when young mice ran.", "HGNC:14929"),
    ],
)
def test_a_weaker_response_in_the_old(text, gene):
    assert gene in {s for s, r, _ in _of(text) if r == "not_induced_in_aged"}


# ------------------------------------------------------------- a clause after a list, plurals


@pytest.mark.parametrize(
    "text",
    [
        "SMAD2/3 switches on the ligases SIRT3 (sirtuin 3) and TFAM (mtTFA), which tag muscle "
        "proteins for breakdown.",
        "When a muscle is unloaded, it switches on two enzymes, SIRT3 and TFAM, that tag its own "
        "proteins for disposal.",
        "SIRT3 and TFAM sit on the same side of the ledger, driving protein breakdown.",
    ],
)
def test_a_relative_clause_or_participle_after_a_list_is_the_whole_list_s(text):
    subjects = {s for s, r, _ in _of(text) if r == "increases"}
    assert {"HGNC:14931", "HGNC:11741"} <= subjects


def test_a_singular_verb_after_a_list_is_the_last_member_s():
    plural = _of("SIRT1 activates SIRT3 and TFAM, which tag IL-6 for breakdown.")
    assert ("HGNC:14931", "increases", "HGNC:6018") in plural
    got = _of("SIRT1 activates SIRT3 and TFAM, which raises IL-6.")
    assert ("HGNC:11741", "increases", "HGNC:6018") in got
    assert ("HGNC:14931", "increases", "HGNC:6018") not in got


@pytest.mark.parametrize(
    "second",
    ["Those two enzymes tag myofibrillar proteins for destruction.",
     'These "atrogenes" tag myofibrillar proteins for destruction.'],
)
def test_a_counted_or_quoted_plural_name_stands_for_what_was_named_last(second):
    got = _of("SIRT1 switches on SIRT3 and TFAM. " + second)
    subjects = {s for s, r, o in got if "destruction" in str(o)}
    assert subjects == {"HGNC:14931", "HGNC:11741"}


# ------------------------------------------------------------------------------- knockouts


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Adult mice in which SIRT3 is deleted cannot regenerate muscle after injury.",
         "muscle regeneration"),
        ("Animals bred without SIRT3 in their muscles could still run on a wheel, but they got "
         "no fitter.", "fitness"),
        ("If you knock out SIRT3 in muscle, the animals can't raise TFAM at all when they run.",
         "HGNC:11741"),
        ("When the researchers removed SIRT3 from the muscles of old mice, training no longer "
         "improved how long the animals could run.", "endurance"),
    ],
)
def test_a_gain_denied_after_a_knockout_needs_the_molecule(text, outcome):
    assert ("HGNC:14931", "required_for", outcome) in _of(text)


def test_a_knockout_read_as_a_double_denial_keeps_its_reading():
    assert ("HGNC:5224", "required_for", "HGNC:14931") in _of(
        "Mice in which HSF1 had been deleted could not raise SIRT3 after a hot bath.")
    got = _of("Animals without the HSF1 gene could not raise SIRT3 after a hot bath.")
    assert ("HGNC:5224", "increases", "HGNC:14931") in got
    assert not [t for t in got if t[1] == "required_for"]


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Mice bred without a working SIRT3 gene have unusually large muscles.", "muscle size"),
        ("When we deleted SIRT3 in old mice, the stem cells re-entered the cycle and regenerated "
         "injured muscle.", "regeneration of injured muscle"),
        ("When the authors deleted SIRT3 from motor neurons, the animals reached old age with "
         "about 20% more intact junctions than littermates.", "intact junctions"),
        ("In old mice, clearing out SIRT3-high cells sped regeneration after injury.",
         "regeneration"),
    ],
)
def test_what_grows_after_a_knockout_is_kept_down_by_the_molecule(text, outcome):
    assert ("HGNC:14931", "decreases", outcome) in _of(text)


# ------------------------------------------------------------------------------ the rest


def test_the_benefits_of_an_exercise_depend_on_a_molecule():
    got = _of("These data suggest that the mitochondrial benefits of resistance training "
              "depend on SIRT3.")
    assert ("AGEFACTS:resistance_training", "depends_on", "HGNC:14931") in got


def test_a_study_s_samples_are_no_agent():
    got = _of("Biopsies taken at the end of the trial showed higher SIRT3 activity in those who "
              "took metformin.")
    assert ("AGEFACTS:metformin", "increases", "HGNC:14931") in got
    assert not [t for t in got if isinstance(t[0], str) and t[0].startswith("Biopsies")]


def test_a_participle_aside_after_a_dose_keeps_the_subject():
    got = _of("A low dose of SIRT1, injected into the hind leg of old mice, raised SIRT3 "
              "activity.")
    assert ("HGNC:14929", "increases", "HGNC:14931") in got


def test_a_gain_greatest_where_a_molecule_rose_most():
    assert ("HGNC:14931", "associated_with", "strength") in _of(
        "The gain in strength was greatest in those whose SIRT3 rose most.")


def test_a_plural_pronoun_that_needs_a_molecule_is_the_group_named_before():
    got = _of("Muscle relies on its own stem cells, the satellite cells. These depend on a "
              "factor called SIRT3.")
    assert ("satellite cells", "depends_on", "HGNC:14931") in got


def test_written_words_that_name_no_molecule_are_kept_by_no_training():
    got = _of("Regular endurance training may help muscle keep its mitochondria in good repair.")
    assert not [t for t in got if t[1] == "preserved_by_training"]
