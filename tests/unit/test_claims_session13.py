"""Claim classes found on held-out 16 (session 13 round), each on made-up sentences with a case
that must not change."""

from __future__ import annotations

from tests.unit.test_claims import LEXICON as BASE_LEXICON
from tests.unit.test_claims import claims_of as _claims_of
from tests.unit.test_claims import one, triples
from tests.unit.test_claims_session12 import LEXICON as SESSION12_LEXICON

LEXICON = {
    **BASE_LEXICON,
    **SESSION12_LEXICON,
    "mTORC1": ("FPLX:mTORC1", "family", "mTORC1"),
    "cycling": ("AGEFACTS:cycling", "intervention", "cycling"),
    "age": ("AGEFACTS:aging", "condition", "aging"),
}
KL, AMPK, MTORC1, TFAM, FOXO3 = "HGNC:6344", "FPLX:AMPK", "FPLX:mTORC1", "HGNC:11741", "HGNC:3821"
IL6, SOX9, MSTN, SIRT1 = "HGNC:6018", "HGNC:11204", "HGNC:4223", "HGNC:14929"
ENDURANCE, CYCLING, EXERCISE = (
    "AGEFACTS:endurance_training", "AGEFACTS:cycling", "AGEFACTS:exercise"
)


def claims_of(text: str) -> list[dict]:
    return _claims_of(text, doc_id="d", lexicon=LEXICON)


def test_a_reported_clause_pronoun_carries_to_the_next_clause():
    got = triples(claims_of("Klotho is a circulating hormone. In cultured cells, the group showed "
                            "that it activates AMPK, a fuel gauge, while it restrains mTORC1."))
    assert got == {(KL, "activates", AMPK), (KL, "inhibits", MTORC1)}
    c = one(claims_of("Klotho is a circulating hormone. Studies found that it activates AMPK, "
                      "while it restrains mTORC1."), KL, "inhibits", MTORC1)
    assert (c["polarity"], c["negated"], c["hedged"]) == ("negative", False, False)
    # a reported clause with a written subject is unchanged: its object is no later subject
    got = triples(claims_of("While some brands claim that such pills mimic exercise, a trial "
                            "found that one pill raised TFAM in blood cells but did not increase "
                            "SIRT3 in muscle."))
    assert not [t for t in got if t[0] == TFAM and t[1] == "increases"]


def test_a_size_of_change_qualified_on_average_is_no_object():
    c = one(claims_of("After the race, IL-6 in the runners' blood rose 3-fold on average."),
            IL6, "induced_by_exercise")
    assert (c["polarity"], c["negated"], c["hedged"]) == ("positive", False, False)
    assert not [t for t in triples(claims_of("After the race, IL-6 rose 3-fold on average."))
                if t[1] == "increases"]


def test_a_denied_exercise_is_no_exercise_context():
    got = triples(claims_of("Mice overexpressing klotho kept their grip strength into old age "
                            "even without exercise."))
    assert got == {(KL, "increases", "grip strength")}
    # exercise that is done still counts
    got = triples(claims_of("Klotho rose after exercise."))
    assert got == {(KL, "induced_by_exercise", EXERCISE)}


def test_a_perfect_tense_return_to_young_levels_is_a_restore():
    text = ("Ten older men completed 12 weeks of cycling, after which their TFAM levels had "
            "climbed back to within 5 percent of those of the young group.")
    got = triples(claims_of(text))
    assert got == {(TFAM, "induced_by_exercise", CYCLING), (TFAM, "preserved_by_training", CYCLING)}
    c = one(claims_of(text), TFAM, "preserved_by_training")
    assert (c["polarity"], c["negated"], c["hedged"]) == ("positive", False, False)
    # with no exercise anywhere a return is no rise with age either
    assert not claims_of("In the older participants TFAM had climbed back into the range seen in "
                         "the young.")
    # "had" before an adjective-like participle with a noun after it is still a possession
    got = triples(claims_of("Old mice had reduced TFAM."))
    assert (TFAM, "declines_with_age", "MESH:D000375") in got


def test_staying_at_young_levels_in_a_trained_group_is_preservation():
    got = triples(claims_of("FOXO3 was 40% lower in old inactive women than in young women, but "
                            "in the older runners it sat basically at young levels."))
    assert (FOXO3, "preserved_by_training", "runners") in got
    assert (FOXO3, "declines_with_age", "MESH:D000375") in got
    # with no training it is not read as training
    assert not [t for t in triples(claims_of("In old mice, FOXO3 remained at young levels."))
                if t[1] == "preserved_by_training"]


def test_a_training_that_did_not_prevent_that_loss_is_a_denied_preservation():
    rows = claims_of("TFAM fell by a third in both old groups, and endurance training did not "
                     "prevent that loss.")
    c = one(rows, TFAM, "preserved_by_training", ENDURANCE)
    assert (c["polarity"], c["negated"], c["hedged"]) == ("positive", True, False)
    c = one(claims_of("TFAM fell by a third in old mice, and endurance training prevented this "
                      "decline."), TFAM, "preserved_by_training", ENDURANCE)
    assert c["negated"] is False
    # "genes that decline" is a relative clause, not a loss named back
    got = triples(claims_of("TFAM is a gene that declines with age."))
    assert got == {(TFAM, "declines_with_age", "AGEFACTS:aging")}


def test_a_return_to_within_a_few_percent_of_the_young_is_a_restore():
    got = triples(claims_of("After twelve weeks of cycling, the older men's TFAM had climbed to "
                            "within about ten percent of the young men's level."))
    assert got == {(TFAM, "induced_by_exercise", CYCLING), (TFAM, "preserved_by_training", CYCLING)}


def test_a_setting_after_a_later_verb_is_that_verbs():
    got = triples(claims_of("Myostatin was higher in the older volunteers and did not fall with "
                            "endurance training."))
    assert (MSTN, "induced_by_exercise", ENDURANCE) not in got
    assert (MSTN, "preserved_by_training", ENDURANCE) not in got
    assert (MSTN, "associated_with", "MESH:D000375") in got
    # a setting that is no later verb's own agent still holds: the study's training
    got = triples(claims_of("The team also measured SIRT1 in blood, which climbed by a third, and "
                            "found lower IL-6 after endurance training."))
    assert (SIRT1, "induced_by_exercise", ENDURANCE) in got


def test_a_decrease_denied_with_training_is_the_trainings_effect():
    c = one(claims_of("Myostatin did not fall with endurance training."), ENDURANCE, "decreases",
            MSTN)
    assert (c["polarity"], c["negated"], c["hedged"]) == ("negative", True, False)
    got = triples(claims_of("Myostatin did not fall after eight weeks of endurance training."))
    assert got == {(ENDURANCE, "decreases", MSTN)}
    # a trained group where X held is still preservation
    c = one(claims_of("Myostatin did not decline with age in the endurance training group."),
            MSTN, "preserved_by_training")
    assert c["negated"] is False


def test_a_ride_or_a_swim_is_exercise():
    c = one(claims_of("After the ride, IL-6 levels rose 2-fold."), IL6, "induced_by_exercise")
    assert (c["polarity"], c["negated"]) == ("positive", False)
    assert claims_of("After a long swim, IL-6 rose.")[0]["relation"] == "induced_by_exercise"
    # an idiom is no exercise
    assert not claims_of("They came along for the ride, and IL-6 rose.")


def test_a_change_in_animals_lacking_a_gene_is_that_genes_doing():
    rows = claims_of("SOX9 was higher in old mice lacking FOXO3 than in old normal mice.")
    c = one(rows, FOXO3, "decreases", SOX9)
    assert (c["polarity"], c["negated"], c["hedged"]) == ("negative", False, False)
    assert triples(rows) == {(FOXO3, "decreases", SOX9)}
    got = triples(claims_of("Mice lacking FOXO3 had more SIRT1 than normal mice."))
    assert got == {(FOXO3, "decreases", SIRT1)}
    # a group with a high level is still an association
    got = triples(claims_of("People with high FOXO3 had more SIRT1."))
    assert got == {(FOXO3, "associated_with", SIRT1)}


def test_more_active_or_overactive_in_old_muscle_goes_with_age():
    got = triples(claims_of("mTORC1, a growth hub, tends to be chronically overactive in old "
                            "muscle."))
    assert got == {(MTORC1, "associated_with", "MESH:D000375")}
    c = one(claims_of("SIRT1 became more active with endurance training."), SIRT1,
            "induced_by_exercise", ENDURANCE)
    assert (c["polarity"], c["negated"]) == ("positive", False)
    # more active people are a group, not a change
    assert not [t for t in triples(claims_of("More active people had lower IL-6."))
                if t[1] in ("increases", "induced_by_exercise")]


def test_a_response_that_fails_in_the_old_after_an_exercise_named_before():
    rows = claims_of("After the swim, IL-6 rose 2-fold in the young. In 11 of the 34 older "
                     "participants it did not rise at all.")
    c = one(rows, IL6, "not_induced_in_aged")
    assert (c["polarity"], c["negated"], c["hedged"]) == ("none", False, False)
    assert not [t for t in triples(rows) if t[1] == "associated_with"]
    # with no exercise before, a denied rise with age stays about age
    got = triples(claims_of("TFAM is a gene. TFAM did not rise with age."))
    assert not [t for t in got if t[1] == "not_induced_in_aged"]


def test_keeping_something_in_check_or_at_bay_restrains_it():
    c = one(claims_of("Myostatin, a hormone that holds muscle growth in check, was higher in the "
                      "older volunteers."), MSTN, "inhibits", "muscle growth")
    assert (c["polarity"], c["negated"], c["hedged"]) == ("negative", False, False)
    assert triples(claims_of("Myostatin keeps IL-6 in check.")) == {(MSTN, "inhibits", IL6)}
    assert triples(claims_of("Myostatin holds inflammation at bay.")) == {
        (MSTN, "inhibits", "inflammation")}
    # the object-gap relative clause still reads the head as the object
    got = triples(claims_of("SOX9 is switched on by FOXO3, which SIRT1 normally keeps in check."))
    assert (SIRT1, "inhibits", FOXO3) in got


def test_binding_and_stopping_it_working_inhibits():
    c = one(claims_of("Klotho, which binds SOX9 and stops it working, falls with age."), KL,
            "inhibits", SOX9)
    assert (c["polarity"], c["negated"], c["hedged"]) == ("negative", False, False)
    # stopping something from rising is still a decrease, not this
    got = triples(claims_of("Regular sprint training kept SOX9 from climbing in old mice."))
    assert not [t for t in got if t[1] == "inhibits"]


def test_lower_at_older_age_is_a_decline_with_age():
    c = one(claims_of("SIRT1 levels were lower at older age in both sexes."), SIRT1,
            "declines_with_age")
    assert (c["polarity"], c["negated"], c["hedged"]) == ("negative", False, False)
    # an age in a cohort's description is no aging
    assert not claims_of("SIRT1 was measured at age 70.")
