"""Claim classes found on held-out 18 (session 15 round, now development texts), each on
made-up sentences with a case that must not change."""

from __future__ import annotations

from tests.unit.test_claims import claims_of as _claims_of
from tests.unit.test_claims import one, triples
from tests.unit.test_claims_session13 import LEXICON as SESSION13_LEXICON

LEXICON = {
    **SESSION13_LEXICON,
    "SOX9": ("HGNC:11204", "gene", "SOX9"),
    "training": ("AGEFACTS:resistance_training", "intervention", "resistance training"),
    "SMAD2/3": ("FPLX:SMAD2_3", "family", "SMAD2_3"),
}
TFAM, SOX9, KL, RT = "HGNC:11741", "HGNC:11204", "HGNC:6344", "AGEFACTS:resistance_training"
AGING = "AGEFACTS:aging"


def claims_of(text: str, extra: dict | None = None) -> list[dict]:
    return _claims_of(text, doc_id="d", lexicon={**LEXICON, **(extra or {})})


def test_coordinated_verbs_keep_their_own_age_and_exercise_contexts():
    got = triples(claims_of("TFAM was higher in the older rats and dropped after training."))
    assert (RT, "decreases", TFAM) in got
    assert (TFAM, "associated_with", "MESH:D000375") in got
    assert not [t for t in got if t[1] in ("induced_by_exercise", "declines_with_age")]
    got = triples(claims_of("TFAM was higher in the older rats and then dropped after eight "
                            "weeks of training."))
    assert (RT, "decreases", TFAM) in got
    # a second clause with a subject of its own still shares the first one's exercise
    got = triples(claims_of("Exercise switched on AMPK at both ages, and its activation was "
                            "not blunted in the old rats."))
    assert not [t for t in got if t[1] == "declines_with_age"]


def test_a_size_after_by_is_no_agent():
    got = triples(claims_of("TFAM was reduced by 5% after training."))
    assert (RT, "decreases", TFAM) in got
    assert not [t for t in got if t[0] == "5%"]
    assert (KL, "decreases", TFAM) in triples(claims_of("TFAM was reduced by klotho."))


def test_an_age_adjective_names_the_aging_entity_when_aging_is_never_written():
    aged = {"aged": (AGING, "condition", "aging")}
    got = triples(claims_of("TFAM and SOX9 were higher in aged rats than in young rats.", aged))
    assert got == {(TFAM, "associated_with", AGING), (SOX9, "associated_with", AGING)}


def test_a_drop_in_a_molecule_after_exercise_is_the_exercise_lowering_it():
    c = one(claims_of("A drop in SOX9 after six weeks of training points to less damage."),
            RT, "decreases", SOX9)
    assert (c["polarity"], c["negated"]) == ("negative", False)
    # an exercise that is no time of the drop says nothing
    assert not claims_of("The drop in SOX9 that training brings is small.")


def test_a_clearance_lowers_what_it_clears():
    c = one(claims_of("SOX9 may help to clear misfolded proteins."), SOX9, "decreases")
    assert c["object_text"] == "misfolded proteins" and c["hedged"] is True
    assert one(claims_of("SOX9 removes damaged organelles."), SOX9, "decreases")
    # a removed gene or a clear finding is no clearance
    assert not claims_of("They removed the SOX9 gene from muscle.")
    assert not claims_of("It is clear that SOX9 proteins differ.")


def test_raising_a_phosphorylated_form_activates():
    for text in ("Klotho raised phosphorylated SOX9 in cultured myotubes.",
                 "Klotho increased the phosphorylation of SOX9.",
                 "Klotho increased SOX9 phosphorylation."):
        assert triples(claims_of(text)) == {(KL, "activates", SOX9)}, text
    assert triples(claims_of("Klotho increased SOX9 in the treated rats.")) == {
        (KL, "increases", SOX9)
    }


def test_a_rise_only_in_the_young_fails_in_the_old():
    for text in ("After cycling, TFAM went up only in the young rats.",
                 "TFAM went up after cycling in the younger rats only."):
        got = triples(claims_of(text))
        assert (TFAM, "not_induced_in_aged", "aged") in got, text
        assert [t for t in got if t[1] == "induced_by_exercise"], text
    got = triples(claims_of("TFAM rose after running in young and old rats."))
    assert not [t for t in got if t[1] == "not_induced_in_aged"]


def test_an_expectation_in_the_past_perfect_is_no_finding():
    assert not claims_of("We had expected that cycling would reduce TFAM.")
    assert not claims_of("We had originally expected that training would raise SOX9.")
    # a plain belief or a finding still counts
    assert triples(claims_of("We found that exercise lowers TFAM.")) == {
        ("AGEFACTS:exercise", "decreases", TFAM)
    }


def test_brought_to_within_a_share_of_the_young_mean_is_a_return():
    got = triples(claims_of("SOX9 fell in old rats, and training brought it to within ten "
                            "percent of the young average."))
    assert (SOX9, "preserved_by_training", RT) in got
    assert (SOX9, "induced_by_exercise", RT) in got
    got = triples(claims_of("Training brought SOX9 to youthful levels."))
    assert {t[1] for t in got} == {"induced_by_exercise", "preserved_by_training"}


def test_a_time_word_after_a_change_is_no_object():
    for text in ("Klotho activates TFAM, and TFAM rises again.",
                 "Klotho activates TFAM, which climbs later."):
        assert triples(claims_of(text)) == {(KL, "activates", TFAM)}, text


def test_a_spoken_conditional_loss_makes_the_lost_molecule_required():
    assert triples(claims_of("Remove SOX9 and the gain in TFAM is gone.")) == {
        (SOX9, "required_for", TFAM)
    }
    c = one(claims_of("Take SOX9 away and the benefit of training vanishes."), SOX9,
            "required_for")
    assert c["object_text"] == "benefit of training"
    # an instruction with no loss after it says nothing
    assert not claims_of("Remove the tissue and measure SOX9.")
