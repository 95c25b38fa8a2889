"""Session 24, end-to-end round: classes of claims that were right with labelled mentions but
wrong with our own grounding (made-up sentences, read with the real entity extractor)."""

from __future__ import annotations

from test_claims import triples

from agefacts.extract.claims import extract_claims
from agefacts.extract.entities import extract_mentions
from agefacts.extract.sentences import sentence_rows


def e2e_claims(text: str) -> list[dict]:
    entities, mentions = extract_mentions("d", text)
    return extract_claims("d", text, sentence_rows("d", text), mentions, entities)


def grounded(text: str) -> dict[str, str]:
    """Each mention's surface and its entity."""
    return {m["surface"]: m["entity_id"] for m in extract_mentions("d", text)[1]}


def test_a_family_named_as_the_class_of_a_molecule_is_no_participant():
    # "X is a <family> member that ...": the relative clause speaks of X
    rows = e2e_claims("FOXO3 is a FOXO family member that curbs tendon repair.")
    assert triples(rows) == {("HGNC:3821", "inhibits", "tendon repair")}
    # "X, a member of the <family> ...": no claim of the family's
    rows = e2e_claims("SMAD7, a member of the SMAD family that bone releases, restrains tendon "
                      "repair.")
    assert not any(r["subject_id"] == "FPLX:SMAD" for r in rows)
    # a family that modifies another noun is a participant: "a GTPase inhibitor" inhibits it
    rows = e2e_claims("Sclerostin, a potent GTPase inhibitor, suppresses bone growth.")
    assert ("HGNC:13771", "inhibits", "FPLX:GTPase") in triples(rows)


def test_an_intervention_before_programme_is_the_intervention_given():
    rows = e2e_claims("A ten-week rowing programme in a small Dutch trial reduced p21 in older "
                      "women.")
    assert ("agefacts.intervention:rowing", "decreases", "HGNC:1784") in triples(rows)
    # the noun that follows must name the intervention as given: "rowing performance" is no
    # rowing
    assert not any(
        r["subject_id"] == "agefacts.intervention:rowing"
        for r in e2e_claims("Rowing performance reduced p21 in older women.")
    )


def test_an_abbreviation_of_a_protein_form_names_the_gene():
    text = ("Serum N-terminal follistatin fragment, or NFF, was measured in 40 rowers. NFF "
            "dropped after resistance training.")
    assert grounded(text)["NFF"] == "HGNC:3971"
    assert ("MESH:D055070", "decreases", "HGNC:3971") in triples(e2e_claims(text))
    # in brackets too
    assert grounded("The long follistatin precursor (LFP) was measured.")["LFP"] == "HGNC:3971"
    # the initials must spell the abbreviation
    assert "XQ" not in grounded("The follistatin fragment (XQ) was measured, and XQ rose.")


def test_protein_short_names_from_uniprot():
    # a name with a number before the hyphen is its own name, not the alias after it
    assert grounded("The compound blocked 15-PGDH in aged tendons.") == {"15-PGDH": "HGNC:5154"}
    rows = e2e_claims("Swimming raised NT-4 in old rats.")
    assert grounded("Swimming lifted NT-4.")["NT-4"] == "HGNC:8024"
    assert any("HGNC:8024" in (r["subject_id"], r["object_id"]) for r in rows)
