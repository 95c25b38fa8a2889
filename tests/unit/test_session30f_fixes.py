"""Session 30f fixes (batches dr, ds: genes, numbers, a header), on made-up sentences of the same shape."""

from __future__ import annotations

from agefacts.extract.entities.mentions import find_mentions
from agefacts.extract.quantities import scan_quantities


def _genes(text: str) -> set[str]:
    return {m.entity.label if m.entity.kind == "gene" else m.entity.entity_id
            for m in find_mentions(text) if m.entity.kind in ("gene", "family")}


def spans(text: str) -> list[str]:
    return [text[q.start : q.end] for q in scan_quantities(text)]


def test_collagen_type_of_one_gene_names_that_gene():
    genes = _genes("The tendon biopsies held more type X collagen after the hopping drills.")
    assert "COL10A1" in genes and "FPLX:Collagen" not in genes
    assert "COL2A1" in _genes("A serum fragment of collagen type II rose in the runners.")


def test_collagen_type_of_several_genes_stays_the_family():
    genes = _genes("Bone is mostly type I collagen and mineral.")
    assert genes and not any(g.startswith("COL") for g in genes)


def test_lubricin_names_prg4():
    assert "PRG4" in _genes("Knee fluid from the swimmers carried more lubricin than before.")


def test_one_person_event_with_further_verbs_of_harm():
    assert "one man" in spans("Nobody was badly hurt; one man twisted a knee stepping off a kerb.")


def test_one_injury_by_participle_and_body_part():
    text = "Six swimmers left the trial, mostly because of flu and one fractured ankle."
    assert "one fractured ankle" in spans(text)


def test_one_adverse_event_noun_in_a_list_after_a_count():
    text = "Five rowers were hurt over the season: three back strains and one fracture of a rib."
    assert "one fracture" in spans(text)


def test_one_event_noun_without_a_count_stays_out():
    assert not any(s.startswith("one") for s in spans("She went to one fall fair in the village."))


def test_arm_opening_the_next_paragraph_and_the_other_arm():
    text = ("The team enrolled 90 adults aged 60 to 75. Their mean age was 68.\n\n"
            "Forty-five were randomly assigned to rowing: two sessions a week.\n\n"
            "The other 45 were given a diet booklet.")
    found = spans(text)
    assert "Forty-five" in found and any(s.endswith("45") and s != "Forty-five" for s in found)


def test_other_arm_after_half_with_its_size():
    text = ("We enrolled 80 older adults in the spring. Half (n=40) were assigned to weekly dance classes "
            "held in a school gym over the winter, each a full hour with a long cool-down and some "
            "stretching on mats before the bus home and a chat over tea and biscuits with the "
            "instructors in the hall foyer, which most of them liked best. The other 40 got a phone call.")
    assert any(s.endswith("other 40") or s == "40" for s in spans(text))


def test_second_count_split_among_the_others():
    text = "There were 12 falls among the dancers and 31 among the others."
    assert "31" in spans(text)


def test_split_count_needs_the_first_among_people():
    assert "31" not in spans("There were 12 falls in March and 31 among the others.")


def test_print_headline_in_capitals_over_its_deck_and_byline():
    from agefacts.ingest.header import extract_header
    h = extract_header("ISLAND TIMES · SUNDAY, MAY 3, 2026 · 9B          HEALTH\n"
                       "----------------------------------------\n\n"
                       "A SWIM AND SOME TEA\n\n"
                       "Harbour study finds early swimmers keep firmer bones as the years go by\n\n"
                       "by ANITA BOYCE-WARD\nHealth Writer\n\n"
                       "EVERY morning the regulars wade out past the jetty before the buses start.\n")
    assert h.title == "A SWIM AND SOME TEA"


def test_caps_label_over_a_sentence_headline_and_its_deck_stays_a_label():
    from agefacts.ingest.header import extract_header
    h = extract_header("THE RIVER VALLEY TRIBUNE OF ALL\n\n"
                       "At 98, a retired miner still swims a mile and doctors want to know why\n\n"
                       "Scientists took a sample of his blood. What they found surprised them.\n\n"
                       "By Lee Hart\n\nMonday, March 2, 2026\n\nHe swims every day at dawn.\n")
    assert h.title.startswith("At 98")
