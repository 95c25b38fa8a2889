"""The species of a claim (docs/claims_labelling.md, "Flags and species"): made-up sentences
in, species out. A sentence's own organisms first (per clause when it names several), else
the context, but only for a reported finding; a general statement names no organism."""

from __future__ import annotations

from tests.unit.test_claims import claims_of, one

APLN, BDNF, KL, MSTN = "HGNC:16665", "HGNC:1033", "HGNC:6344", "HGNC:4223"
ATROPHY, FRAILTY = "MESH:D009133", "MESH:D000073496"
TRAINING = "AGEFACTS:resistance_training"


def species_of(text: str, subject: str, relation: str, obj: str | None = None) -> str:
    return one(claims_of(text), subject, relation, obj)["species"]


def test_organism_words_in_the_sentence():
    assert species_of("In older volunteers, apelin raised BDNF.", APLN, "increases") == "human"
    assert species_of("Apelin raised BDNF in patients.", APLN, "increases") == "human"
    assert species_of("Apelin raises BDNF in rats.", APLN, "increases") == "rat"
    assert species_of("Apelin raises BDNF in mice and people.", APLN, "increases") == \
        "human+mouse"


def test_each_clause_keeps_its_own_organism():
    text = "Blocking myostatin reduced muscle atrophy in mice, but in people, myostatin " \
           "inhibitors did not lower frailty."
    rows = claims_of(text)
    assert one(rows, MSTN, "increases", ATROPHY)["species"] == "mouse"
    assert one(rows, MSTN, "increases", "MESH:D000073496")["species"] == "human"
    text = "Klotho falls with age in human muscle; in mice, klotho raises BDNF."
    assert species_of(text, KL, "increases", BDNF) == "mouse"
    # a clause without an organism of its own takes the whole sentence's
    text = "Apelin raised BDNF, and the effect was seen in mice and in older adults."
    assert species_of(text, APLN, "increases", BDNF) == "human+mouse"


def test_a_finding_borrows_the_organism_of_the_sentence_before():
    text = "We studied 40 mice. Apelin raised BDNF after four weeks."
    assert species_of(text, APLN, "increases", BDNF) == "mouse"
    # a study word makes a present-tense sentence a report too
    text = "Older adults walked daily for a year. The data suggest that apelin raises BDNF."
    assert species_of(text, APLN, "increases", BDNF) == "human"


def test_a_finding_falls_back_on_the_documents_organism():
    text = ("Forty older adults trained for twelve weeks. Their grip improved. "
            "Klotho rose in most participants. Muscles grew. Apelin was associated with "
            "frailty.")
    assert species_of(text, APLN, "associated_with") == "human"


def test_a_general_statement_in_the_present_names_no_organism():
    text = "We studied 40 older adults. Apelin raises BDNF."
    assert species_of(text, APLN, "increases", BDNF) == "unspecified"
    text = "Older adults walked daily. Myostatin restrains muscle growth, and resistance " \
           "training lowers it."
    rows = claims_of(text)
    assert {r["species"] for r in rows} == {"unspecified"}
    # participles in the present are no report: "is needed", "switched on by"
    text = "Twenty men trained. Klotho is needed for BDNF release."
    assert {r["species"] for r in claims_of(text)} == {"unspecified"}


def test_an_appositive_is_general_but_its_sentence_may_report():
    text = "Thirty older adults trained. Apelin, a hormone that raises BDNF, was lower " \
           "in the older group."
    rows = claims_of(text)
    assert one(rows, APLN, "increases", BDNF)["species"] == "unspecified"
    assert {r["species"] for r in rows if r["relation"] != "increases"} == {"human"}


def test_cultured_cells_stay_unspecified_and_so_does_the_next_finding():
    text = "Older adults trained. In cultured muscle cells, apelin raised BDNF. " \
           "It also lowered muscle atrophy."
    rows = claims_of(text)
    assert one(rows, APLN, "increases", BDNF)["species"] == "unspecified"
    assert one(rows, APLN, "decreases", ATROPHY)["species"] == "unspecified"
    # the sentence after that is back to its context
    text += " In mice, klotho raised BDNF."
    assert one(claims_of(text), KL, "increases", BDNF)["species"] == "mouse"


def test_species_words_are_lexicon_data():
    from agefacts.extract.cues import lexicon

    lex = lexicon()
    for key in ("finding_verbs", "not_finding_verbs", "not_finding_before", "study_words",
                "species_clause_words"):
        assert key in lex.phrases
    assert lex.phrases["study_words"].search("our data suggest")
    assert not lex.phrases["finding_verbs"].fullmatch("raises")


def test_a_body_level_statement_takes_the_people_a_text_is_about():
    """The seed curator's convention: with no gene, family or pathway on either side, a general
    statement in a text about people is about people; one with a gene side stays general."""
    text = "Older adults walked daily for a year. Resistance training lowers frailty. " \
           "Apelin raises BDNF."
    rows = claims_of(text)
    assert one(rows, TRAINING, "decreases", FRAILTY)["species"] == "human"
    assert one(rows, APLN, "increases", BDNF)["species"] == "unspecified"
    # a gene as the object keeps the general reading too
    text = "Older adults trained. Resistance training lowers myostatin."
    assert species_of(text, TRAINING, "decreases", MSTN) == "unspecified"
    # not in a text about mice, nor in one that names no organism or two equally
    for text in ("We studied forty mice. Resistance training lowers frailty.",
                 "Resistance training lowers frailty.",
                 "Older adults walked. In mice, apelin raised BDNF. Resistance training "
                 "lowers frailty."):
        assert species_of(text, TRAINING, "decreases") == "unspecified"


def test_a_body_level_statement_after_cultured_cells_is_about_people_again():
    text = "Older adults trained. In cultured muscle cells, apelin raised BDNF. " \
           "Resistance training lowers frailty."
    assert species_of(text, TRAINING, "decreases") == "human"
