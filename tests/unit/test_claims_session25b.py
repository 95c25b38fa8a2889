"""Session 25, third round (held-out 28): classes of misses and false claims, made-up sentences."""

from __future__ import annotations

from test_claims import LEXICON, claims_of, triples

from agefacts.extract.cues import lexicon
from agefacts.extract.quotes import disputed_span, reported_quote

LEX = {
    **LEXICON,
    "cycling": ("AGEFACTS:cycling", "intervention", "cycling"),
    "PAX7": ("HGNC:8621", "gene", "PAX7"),
    "mTORC1": ("FPLX:mTORC1", "family", "mTORC1"),
    "rapamycin": ("AGEFACTS:rapamycin", "intervention", "rapamycin"),
}


def _of(text: str) -> list[dict]:
    return claims_of(text, lexicon=LEX)


# ---------------------------------------------------------------------------- disputed quotes


def test_a_quotation_the_text_then_disputes_is_no_claim():
    # the dispute in the next sentence, two sentences on, or in the quote's own sentence
    assert _of('The flyer says "SIRT3 raises TFAM in old muscle." We find that goes too '
               "far.") == []
    assert _of('The summary states that TFAM "drops in old age and returns with rowing". '
               'Ref 4 found a smaller change. So "returns" overstates it.') == []
    assert _of('"SIRT3 is a protein that raises TFAM and lifts mood" has no source whatever.') == []
    assert _of('A commenter added "Aged muscle has less TFAM, and rowing cannot undo '
               'this." The opening part is fair. The last part is not.') == []


def test_an_undisputed_quotation_or_proposed_wording_stays_a_claim():
    # a quotation with no dispute after it is reported, as before
    rows = _of('Dr Okafor said "SIRT3 raises TFAM in old muscle." She plans a larger trial.')
    assert ("HGNC:14931", "increases", "HGNC:11741") in triples(rows)
    # wording the writer proposes has no reporting word before it
    rows = _of('Suggest: "In mice, resistance training raises TFAM." That overstates nothing.')
    assert ("HGNC:11741", "induced_by_exercise", "AGEFACTS:resistance_training") in triples(rows)
    # a dispute three sentences on is too far to be about the quote
    rows = _of('The review says "SIRT3 raises TFAM in old muscle." We read it twice. It was '
               "long. Another claim is too strong.")
    assert ("HGNC:14931", "increases", "HGNC:11741") in triples(rows)


def test_only_claims_read_inside_the_reported_quote_are_dropped():
    # the writer's own claim before the reporting word stands
    rows = _of('SIRT3 activates TFAM, though the blog says "SIRT3 cures ageing", which is '
               "plainly wrong.")
    assert ("HGNC:14931", "activates", "HGNC:11741") in triples(rows)
    lex = lexicon()
    s = 'The blog says "X cures ageing", which is plainly wrong.'
    span = reported_quote(s, lex)
    assert span is not None and s[span[0] : span[1]] == 'says "X cures ageing"'
    assert disputed_span(s, [], lex) == span
    # a quotation opening the sentence needs its dispute in that sentence: one followed by
    # its speaker is the speaker's
    s = '"X rises with training," said Dr Y.'
    assert disputed_span(s, ["That is too strong."], lex) is None


# ---------------------------------------------------------------------------- other classes


def test_switching_off_a_gene_flips_it():
    rows = _of("In rats, switching off the TFAM gene produces unusually thin bones.")
    assert triples(rows) == {("HGNC:11741", "decreases", "thin bones")}
    # a verb "switching off" keeps its object unflipped
    rows = _of("Exercise helps by switching off SIRT3, which lowers TFAM.")
    assert ("AGEFACTS:exercise", "inhibits", "HGNC:14931") in triples(rows)
    assert ("HGNC:14931", "decreases", "HGNC:11741") in triples(rows)


def test_a_denied_rise_after_an_exercise_is_the_verbs():
    rows = _of("The study showed that plasma TFAM did not rise after six weeks of "
               "cycling, in young or older women.")
    (row,) = rows
    assert (row["subject_id"], row["relation"], row["object_id"]) == (
        "HGNC:11741", "induced_by_exercise", "AGEFACTS:cycling")
    assert row["negated"] is True
    # the noun still reads as one: "the TFAM rise after exercise"
    rows = _of("The TFAM rise after exercise was small.")
    assert ("HGNC:11741", "induced_by_exercise", "AGEFACTS:exercise") in triples(rows)


def test_a_failed_rise_in_the_old_after_an_earlier_clause_named_the_exercise():
    rows = _of("PAX7 rose after cycling in young rats but failed to rise in aged rats.")
    assert ("HGNC:8621", "induced_by_exercise", "AGEFACTS:cycling") in triples(rows)
    weak = [r for r in rows if r["relation"] == "not_induced_in_aged"]
    assert len(weak) == 1 and weak[0]["subject_id"] == "HGNC:8621"
    assert not any(r["relation"] == "associated_with" for r in rows)
    # with no exercise named, a denied rise in old mice stays a rise with age, denied
    rows = _of("PAX7 did not rise in aged rats.")
    assert not any(r["relation"] == "not_induced_in_aged" for r in rows)


def test_a_group_that_has_fewer_marked_cells():
    for text in ("Aged muscle does have fewer PAX7-positive nuclei.",
                 "Aged muscle contains fewer PAX7-positive nuclei."):
        assert ("HGNC:8621", "declines_with_age") in {
            (r["subject_id"], r["relation"]) for r in _of(text)}


def test_cells_that_needed_a_molecule_to_act_and_a_source_opening_the_sentence():
    rows = _of("In the same paper, satellite cells needed mTORC1 activity to exit "
               "quiescence, as the mTORC1 blocker rapamycin stopped that growth.")
    assert triples(rows) == {("FPLX:mTORC1", "required_for", "satellite cells"),
                             ("AGEFACTS:rapamycin", "inhibits", "FPLX:mTORC1")}
    # a passive "was needed" is not the subject's own need
    assert _of("Muscle fibres needed more time to recover.") == []


def test_working_or_contracting_muscle_is_exercise():
    rows = _of("IL-15 is secreted by contracting fibres.")
    assert triples(rows) == {("HGNC:5977", "induced_by_exercise", "contracting fibres")}
    rows = _of("When muscles work, they use up glucose, and an enzyme named AMPK is switched on.")
    assert {(r["subject_id"], r["relation"]) for r in rows} == {
        ("FPLX:AMPK", "induced_by_exercise")}
    # not how muscle works
    assert _of("This shows how muscle works.") == []
    # an exercise the sentence names is the side, not the written working muscle
    rows = _of("During exercise, contracting fibres secrete IL-15.")
    assert triples(rows) == {("HGNC:5977", "induced_by_exercise", "AGEFACTS:exercise")}


def test_higher_levels_of_nothing_named_are_the_molecule_named_before():
    rows = _of("SIRT3 is made by muscle. In one cohort, lower plasma levels were associated "
               "with more frailty.")
    assert [(r["subject_id"], r["relation"], r["object_id"], r["polarity"]) for r in rows] == [
        ("HGNC:14931", "associated_with", "MESH:D000073496", "negative")]


def test_the_same_stretch_of_weeks_continues_the_change():
    rows = _of("Eight weeks of endurance training raised TFAM. SIRT3 fell in the same eight "
               "weeks.")
    assert ("AGEFACTS:endurance_training", "decreases", "HGNC:14931") in triples(rows)
