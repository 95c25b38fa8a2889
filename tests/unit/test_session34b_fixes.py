"""Session 34b: a kinase named for its substrate; a second work's DOI in one sources line."""

from agefacts.extract.citations import extract_citations
from agefacts.extract.entities.mentions import find_mentions


def _genes(text: str) -> set[str]:
    return {m.entity.label for m in find_mentions(text) if m.entity.kind in ("gene", "family")}


def test_spelled_out_substrate_before_kinase_is_the_kinase():
    text = "Lifting weights switched on the ribosomal protein S6 kinase in the thigh muscle."
    assert "RPS6" not in _genes(text)


def test_substrate_alone_still_grounds():
    assert "RPS6" in _genes("Lifting weights raised phosphorylated ribosomal protein S6 levels.")


def test_receptor_kinase_and_one_word_names_stay():
    assert "INSR" in _genes("The insulin receptor kinase was more active after the walks.")


def test_second_doi_in_a_sources_line_is_its_own_citation():
    text = ("Sources: Smith A, Jones B. Walking and ageing. J Ageing Res. 2024;12:100-110. "
            "https://doi.org/10.1234/jar.2024-0001. See also: Lee C. Cycling in towns. "
            "Town Health. 2023;5:12. doi:10.5678/th.2023.77\n")
    rows, _ = extract_citations("doc", text, [])
    assert {r["doi"] for r in rows} == {"10.1234/jar.2024-0001", "10.5678/th.2023.77"}
