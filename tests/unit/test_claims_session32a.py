"""Session 32, round a (held-out 36): made-up sentences of the shapes fixed."""

from __future__ import annotations

from test_claims import LEXICON, claims_of, triples

LEX = {**LEXICON, "CRP": ("HGNC:2367", "gene", "CRP"),
       "grip": ("MESH:D018737", "condition", "Hand Strength")}


def test_a_group_at_an_extreme_level_with_a_weaker_outcome_after_an_article():
    rows = claims_of("Women with the highest levels of SIRT3 and CRP tend to have a weaker grip, "
                     "in one cohort of 500 adults.", lexicon=LEX)
    assert ("HGNC:14931", "associated_with", "MESH:D018737") in triples(rows)
    assert ("HGNC:2367", "associated_with", "MESH:D018737") in triples(rows)
    # a weaker response of a group stays a blunting, not an outcome of the group
    rows = claims_of("Old rats have a weaker acute response of SIRT3 to a sprint.", lexicon=LEX)
    assert not any(r["relation"] == "associated_with" and r["object_id"] == "MESH:D018737"
                   for r in rows)


def test_quoted_wording_no_trial_supports_is_no_claim():
    rows = claims_of('Some gels sold online claim to "switch off myostatin and reverse muscle '
                     'ageing". Not a single study in people supports that claim.', lexicon=LEX)
    assert not any(r["object_id"] == "HGNC:4223" for r in rows)


def test_a_view_painted_and_then_rejected_is_no_claim():
    text = ("For decades, SIRT3 released during exercise was painted as a simple stress "
            "signal. That view is wrong.")
    assert not claims_of(text, lexicon=LEX)
    # with no dispute after it, the release stays a claim of the text
    rows = claims_of("SIRT3 released during exercise was long painted as a stress signal. "
                     "Runners liked the idea.", lexicon=LEX)
    assert any(r["subject_id"] == "HGNC:14931" and r["relation"] == "induced_by_exercise"
               for r in rows)


LEX_IGF = {**LEXICON, "IGF-1": ("HGNC:5464", "gene", "IGF1")}


def test_an_appositive_describes_the_entity_not_its_smaller_amount():
    rows = claims_of("Aged tendon holds less IGF-1, the hormone that tells cells to make new "
                     "collagen.", lexicon=LEX_IGF)
    assert ("HGNC:5464", "increases", "new collagen") in triples(rows)
    assert not any(r["relation"] == "decreases" for r in rows)


def test_an_old_group_with_its_age_in_words():
    rows = claims_of("SIRT3 rises after exercise in young adults, but the rise was far "
                     "smaller in women over eighty.", lexicon=LEXICON)
    assert any(r["subject_id"] == "HGNC:14931" and r["relation"] == "not_induced_in_aged"
               for r in rows)


LEX_RUN = {**LEXICON, "Lifelong rowers": ("AGEFACTS:lifelong_training", "intervention",
                                          "lifelong training"),
           "inflammation": ("MESH:D007249", "condition", "Inflammation")}


def test_a_trained_group_with_less_of_a_molecule_than_an_untrained_one():
    rows = claims_of("Lifelong rowers tend to carry less IL-6 in their plasma than sedentary men "
                     "of the same age.", lexicon=LEX_RUN)
    assert ("AGEFACTS:lifelong_training", "associated_with", "HGNC:6018") in triples(rows)
    assert not any(r["relation"] == "preserved_by_training" for r in rows)
    # the old set against the young stays a decline with age
    rows = claims_of("Old rats have less IL-6 than young rats.", lexicon=LEX_RUN)
    assert any(r["relation"] == "declines_with_age" for r in rows)
    assert not any(r["relation"] == "associated_with" for r in rows)


def test_the_state_a_thing_is_kept_in_is_no_part_of_it():
    rows = claims_of("SIRT3 keeps chronic inflammation smouldering.", lexicon=LEX_RUN)
    assert ("HGNC:14931", "increases", "MESH:D007249") in triples(rows)


LEX_CAST = {**LEXICON, "MuRF1": ("HGNC:16007", "gene", "TRIM63"),
            "atrogin-1": ("HGNC:16731", "gene", "FBXO32"),
            "an arm is held in a sling": ("AGEFACTS:immobilisation", "intervention",
                                          "immobilisation")}


def test_a_counted_kind_listed_before_the_main_verb_is_its_subject():
    rows = claims_of("Three proteins that mark old proteins for destruction, MuRF1 and atrogin-1, "
                     "climb when an arm is held in a sling.", lexicon=LEX_CAST)
    assert ("AGEFACTS:immobilisation", "increases", "HGNC:16007") in triples(rows)
    assert ("AGEFACTS:immobilisation", "increases", "HGNC:16731") in triples(rows)
    assert not any(r["subject_text"] == "Three proteins" for r in rows)


LEX_SPACE = {**LEX_CAST, "spaceflight": ("AGEFACTS:spaceflight", "intervention", "spaceflight"),
             "suspended in a harness": ("AGEFACTS:unloading", "intervention", "unloading")}


def test_a_group_told_by_its_own_disuse_after_an_agentless_change():
    rows = claims_of("During spaceflight, rat muscle switches on MuRF1 within a week, and the same "
                     "protein climbs in mice whose hind legs are suspended in a harness.",
                     lexicon=LEX_SPACE)
    assert ("AGEFACTS:unloading", "increases", "HGNC:16007") in triples(rows)
    assert ("AGEFACTS:spaceflight", "activates", "HGNC:16007") in triples(rows)
    # the scene the sentence opened with did not raise it a second time
    assert ("AGEFACTS:spaceflight", "increases", "HGNC:16007") not in triples(rows)
