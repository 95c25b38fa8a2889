"""Session 29, round a (held-out 33 tuned on): made-up sentences of the shapes fixed."""

from __future__ import annotations

from test_claims import LEXICON, claims_of, triples

#: the test lexicon with a few more genes and kinases
LEX = {**LEXICON,
       "FOXO1": ("HGNC:3819", "gene", "FOXO1"),
       "SMAD4": ("HGNC:6770", "gene", "SMAD4"),
       "SMAD1": ("HGNC:6767", "gene", "SMAD1"),
       "SIRT1": ("HGNC:14929", "gene", "SIRT1"),
       "p21": ("HGNC:1784", "gene", "CDKN1A"),
       "Akt": ("FPLX:AKT", "family", "AKT"),
       "ERK": ("FPLX:ERK", "family", "ERK"),
       "inflammation": ("MESH:D007249", "condition", "Inflammation")}

AGING = {"AGEFACTS:aging", "MESH:D000375"}


def of(rows: list[dict], relation: str) -> set[tuple]:
    return {(r["subject_id"] or r["subject_text"], r["object_id"] or r["object_text"])
            for r in rows if r["relation"] == relation}


def aged(rows: list[dict]) -> set[str]:
    return {r["subject_id"] for r in rows
            if r["relation"] == "associated_with" and r["object_id"] in AGING}


def test_an_appositive_naming_an_inhibitor():
    rows = claims_of("SIRT1, an inhibitor of FOXO1, fell after the fast.", lexicon=LEX)
    assert ("HGNC:14929", "inhibits", "HGNC:3819") in triples(rows)
    rows = claims_of("SIRT1 is an inhibitor of FOXO1.", lexicon=LEX)
    assert ("HGNC:14929", "inhibits", "HGNC:3819") in triples(rows)


def test_the_relative_clause_after_the_appositive_is_the_holders():
    rows = claims_of("SIRT1, an inhibitor of FOXO1 that is elevated in old ponies, may drive "
                     "frailty.", lexicon=LEX)
    assert "HGNC:14929" in aged(rows)
    assert "HGNC:3819" not in aged(rows)
    rows = claims_of("SIRT1, an inhibitor of FOXO1 that is higher in older muscle, fell.",
                     lexicon=LEX)
    assert "HGNC:3819" not in aged(rows)


def test_these_in_turn_stand_for_the_list_just_named():
    rows = claims_of("Myostatin acts through ERK, which switches on SMAD4 and SMAD1. These in "
                     "turn block Akt.", lexicon=LEX)
    blocked = of(rows, "inhibits")
    assert ("HGNC:6770", "FPLX:AKT") in blocked and ("HGNC:6767", "FPLX:AKT") in blocked
    assert ("FPLX:ERK", "FPLX:AKT") not in blocked


def test_stopped_from_reaching_and_pushed_into_an_arrest():
    rows = claims_of("IL-6, which binds SIRT1 and stops it reaching its target, rises after "
                     "exercise.", lexicon=LEX)
    assert ("HGNC:6018", "inhibits", "HGNC:14929") in triples(rows)
    rows = claims_of("In old ponies, the cells build up p21, which pushes them into a permanent "
                     "senescent arrest.", lexicon=LEX)
    assert any(s == "HGNC:1784" and "arrest" in str(o) for s, o in of(rows, "increases"))


def test_a_level_an_old_group_started_with():
    rows = claims_of("Older volunteers started with higher blood levels of IL-6 and TNF-alpha "
                     "than the young.", lexicon=LEX)
    assert {"HGNC:6018", "HGNC:11892"} <= aged(rows)
    # the old group is no written side of its own
    assert not any(r["subject_text"] and "volunteers" in r["subject_text"] for r in rows)


def test_counted_plural_markers():
    rows = claims_of("IL-6 and TNF-alpha, two markers of inflammation, rose after the bout.",
                     lexicon=LEX)
    marks = of(rows, "associated_with")
    assert ("HGNC:6018", "MESH:D007249") in marks and ("HGNC:11892", "MESH:D007249") in marks


def test_a_rise_short_of_the_young_told_after_its_object():
    rows = claims_of("In old mice, treadmill running switched on IL-6 far less than it did in "
                     "young mice.", lexicon=LEX)
    assert any(r["subject_id"] == "HGNC:6018" and r["relation"] == "not_induced_in_aged"
               for r in rows)
    assert any(r["subject_id"] == "HGNC:6018" and r["relation"] == "induced_by_exercise"
               for r in rows)
    rows = claims_of("In older adults, treadmill running increased IL-6, although less than in "
                     "young adults.", lexicon=LEX)
    assert any(r["subject_id"] == "HGNC:6018" and r["relation"] == "not_induced_in_aged"
               for r in rows)


def test_a_weaker_rise_after_a_programme_named_before():
    rows = claims_of("In the samples, resistance training raised IL-6 and lowered myostatin. "
                     "With resistance training, myostatin fell by a similar amount in both age "
                     "groups. IL-6, however, rose less in the older volunteers than in the young.",
                     lexicon=LEX)
    assert any(r["subject_id"] == "HGNC:6018" and r["relation"] == "not_induced_in_aged"
               for r in rows)
    assert "HGNC:6018" not in aged(rows)


def test_a_level_brought_down_to_the_young_is_no_rise():
    rows = claims_of("In a trial, resistance training lowered IL-6 in adults over seventy, though "
                     "it did not bring it down to young levels.", lexicon=LEX)
    assert any(r["subject_id"] == "HGNC:6018" and r["relation"] == "preserved_by_training"
               and r["negated"] for r in rows)
    assert not any(r["subject_id"] == "HGNC:6018" and r["relation"] == "induced_by_exercise"
                   for r in rows)


def test_the_response_brought_back_is_the_molecules():
    rows = claims_of("In old mice, treadmill running switched on IL-6 far less than it did in "
                     "young mice, but daily injections of apelin brought the response back.",
                     lexicon=LEX)
    assert ("HGNC:16665", "increases", "HGNC:6018") in triples(rows)
    assert not any(r["object_text"] == "response" for r in rows)


def test_an_old_age_told_in_months():
    rows = claims_of("In rats, IL-6 in the liver was higher at 22 months than at 4 months.",
                     lexicon=LEX)
    assert "HGNC:6018" in aged(rows)


def test_no_effect_once_a_mediator_is_blocked():
    for text in ("When AMPK was blocked, apelin no longer had any effect on SIRT1.",
                 "When AMPK was knocked down, apelin had no effect on SIRT1."):
        rows = claims_of(text, lexicon=LEX)
        assert any(r["subject_id"] == "FPLX:AMPK" and r["relation"] == "required_for"
                   and "apelin" in (r["object_text"] or "") for r in rows), triples(rows)


def test_a_quoted_characterisation_disputed_after_it():
    rows = claims_of('A tabloid described apelin as "the hormone that reverses muscle wasting". That '
                     "goes far beyond what the study showed.", lexicon=LEX)
    assert not any(r["subject_id"] == "HGNC:16665" for r in rows)


def test_protected_from_being_broken_down():
    rows = claims_of("Klotho, which helps protect muscle protein from being broken down, rose "
                     "after each session.", lexicon=LEX)
    assert ("HGNC:6344", "decreases", "muscle protein breakdown") in triples(rows)
    assert not any(r["object_id"] == "HGNC:6344" and r["relation"] == "decreases" for r in rows)


def test_a_fall_as_large_in_the_old_keeps_nothing():
    rows = claims_of("In one rat study, eight weeks of treadmill running lowered IL-6 in old "
                     "animals as much as in young ones.", lexicon=LEX)
    assert ("AGEFACTS:treadmill_running", "decreases", "HGNC:6018") in triples(rows)
    assert not any(r["relation"] == "preserved_by_training" for r in rows)
