"""Session 31, round a (held-out 35): made-up sentences of the shapes fixed."""

from __future__ import annotations

from test_claims import LEXICON, claims_of, triples


def test_a_response_said_weaker_in_the_old_is_no_induction():
    for text in ("The rise in SIRT3 after a short swim is smaller in adults over 80 than in "
                 "students.",
                 "IL-6 climbs after running. In their data, the rise in SIRT3 after a "
                 "swim is weaker in aged rats."):
        rows = claims_of(text, lexicon=LEXICON)
        assert not any(r["subject_id"] == "HGNC:14931" and r["relation"] == "induced_by_exercise"
                       for r in rows), text
        assert any(r["subject_id"] == "HGNC:14931" and r["relation"] == "not_induced_in_aged"
                   for r in rows), text
        # the weaker response is the one named in its clause, not the sentence before's
        assert not any(r["subject_id"] == "HGNC:6018" and r["relation"] == "not_induced_in_aged"
                       for r in rows), text
    # no age: the rise after exercise stands
    rows = claims_of("The rise in SIRT3 after exercise is smaller than expected.", lexicon=LEXICON)
    assert ("HGNC:14931", "induced_by_exercise", "AGEFACTS:exercise") in triples(rows)


LEX = {**LEXICON, "NAMPT": ("HGNC:30092", "gene", "NAMPT"), "CD38": ("HGNC:1667", "gene", "CD38")}


def test_an_enzyme_that_recycles_or_breaks_a_molecule_down():
    rows = claims_of("NAMPT, which recycles SIRT3, falls in old rats, while CD38, which breaks "
                     "SIRT3 down, builds up in the liver.", lexicon=LEX)
    assert ("HGNC:30092", "increases", "HGNC:14931") in triples(rows)
    assert ("HGNC:1667", "decreases", "HGNC:14931") in triples(rows)
    # what is recycled by being taken apart is not made
    assert not claims_of("In muscle, CD38 recycles damaged mitochondria.", lexicon=LEX)


LEX_A = {**LEXICON, "compound A": ("AGEFACTS:compound_a", "intervention", "compound A"),
         "autophagy": ("MESH:D001343", "condition", "Autophagy"),
         "ULK1": ("HGNC:12558", "gene", "ULK1"), "BNIP3": ("HGNC:1084", "gene", "BNIP3")}


def test_a_name_ending_in_a_capital_a_is_no_article():
    rows = claims_of("In rats, compound A lowers SIRT3.", lexicon=LEX_A)
    assert ("AGEFACTS:compound_a", "decreases", "HGNC:14931") in triples(rows)


def test_a_route_after_the_object_is_what_the_effect_depends_on():
    rows = claims_of("In worms, metformin switches on autophagy through ULK1 and BNIP3.",
                     lexicon=LEX_A)
    assert ("AGEFACTS:metformin", "depends_on", "HGNC:12558") in triples(rows)
    assert ("AGEFACTS:metformin", "depends_on", "HGNC:1084") in triples(rows)
    rows = claims_of("Metformin raises SIRT3 mainly via AMPK.", lexicon=LEX_A)
    assert ("AGEFACTS:metformin", "depends_on", "FPLX:AMPK") in triples(rows)
    # a route left open, or one that names no molecule, is none
    for text in ("Metformin raises SIRT3 through AMPK or some other route.",
                 "Metformin raises SIRT3 through exercise."):
        assert not any(r["relation"] == "depends_on" for r in claims_of(text, lexicon=LEX_A))


def test_a_taken_product_named_back_is_the_drug_named_before():
    rows = claims_of("In a small trial of metformin in frail adults, the pill improved grip "
                     "strength slightly and lowered some markers of oxidative stress, but it did "
                     "not lower IL-6.", lexicon=LEXICON)
    assert ("AGEFACTS:metformin", "increases", "grip strength slightly") in triples(rows) or any(
        r["subject_id"] == "AGEFACTS:metformin" and r["relation"] == "increases"
        and r["object_text"].startswith("grip strength") for r in rows)
    assert any(r["subject_id"] == "AGEFACTS:metformin" and r["relation"] == "decreases"
               and r["object_text"] == "markers of oxidative stress" for r in rows)
    assert any(r["subject_id"] == "AGEFACTS:metformin" and r["object_id"] == "HGNC:6018"
               and r["negated"] for r in rows)
    # an exercise is no taken product
    rows = claims_of("In a trial of treadmill running, the drug lowered IL-6.", lexicon=LEXICON)
    assert not any(r["subject_id"] == "AGEFACTS:treadmill_running" for r in rows)


def test_a_knockout_with_no_rise_after_exercise_needs_the_lost_molecule():
    for text in ("Rats whose fibres lacked SIRT3 swam daily for six weeks with no rise in "
                 "TFAM at all.",
                 "Mice lacking SIRT3 showed no increase in TFAM after treadmill running."):
        rows = claims_of(text, lexicon=LEXICON)
        assert ("HGNC:14931", "required_for", "HGNC:11741") in triples(rows), text
        assert not any(r["subject_id"] == "HGNC:11741" and r["relation"] == "induced_by_exercise"
                       for r in rows), text


def test_both_before_the_groups_of_a_correlative_is_no_pronoun():
    rows = claims_of("SIRT3 and TFAM keep mitochondria healthy. In both men and rats, the "
                     "blood level is lower in old age.", lexicon=LEXICON)
    assert not any(r["relation"] == "declines_with_age" for r in rows)
    # "both of them" still names the two back
    rows = claims_of("SIRT3 and TFAM fell with age. Treadmill running raised both of them.", lexicon=LEXICON)
    assert {r["subject_id"] for r in rows if r["relation"] == "induced_by_exercise"} == {
        "HGNC:14931", "HGNC:11741"}


def test_evidence_said_not_to_exist_is_no_claim():
    for text in ("Still, we know of no clinical trial in which metformin raised SIRT3 in people, "
                 "and the maker cited none.",
                 "No study has yet shown that metformin lowers IL-6."):
        assert not claims_of(text, lexicon=LEXICON), text
    rows = claims_of("There is no evidence that metformin raises SIRT3 in people, but it lowers "
                     "IL-6.", lexicon=LEXICON)
    assert triples(rows) == {("AGEFACTS:metformin", "decreases", "HGNC:6018")}


def test_a_new_clause_subject_after_an_object_list_is_no_object():
    rows = claims_of("In frail adults, two weeks of cold exposure lowered SIRT3 and TFAM in the "
                     "calf, and metformin has never been tried in that setting.", lexicon=LEXICON)
    assert {r["object_id"] for r in rows} == {"HGNC:14931", "HGNC:11741"}
    # a list whose last item has no verb of its own stays whole
    rows = claims_of("Cold exposure lowered SIRT3, TFAM, and IL-6.", lexicon=LEXICON)
    assert {r["object_id"] for r in rows} == {"HGNC:14931", "HGNC:11741", "HGNC:6018"}


def test_a_pathway_that_recycles_is_the_pathways_doing():
    rows = claims_of("NAMPT is the main enzyme of the rescue pathway that recycles SIRT3.",
                     lexicon=LEX)
    assert ("HGNC:30092", "increases", "HGNC:14931") not in triples(rows)


LEX_SPAN = {**LEXICON, "limb casting": ("AGEFACTS:limb_casting", "intervention", "limb casting")}


def test_a_drug_given_during_a_span_of_a_scene_is_the_agent():
    rows = claims_of("Metformin given to old rats during three weeks of limb casting slowed "
                     "their loss of grip strength.", lexicon=LEX_SPAN)
    assert {r["subject_id"] for r in rows} == {"AGEFACTS:metformin"}
