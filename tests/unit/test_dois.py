"""DOI finding and normalisation, on the ways articles write DOIs."""

import pytest

from agefacts.extract.dois import find_dois, is_valid_doi, normalize_doi


@pytest.mark.parametrize(
    ("text", "written", "doi"),
    [
        ("See doi.org/10.21203/rs.3.rs-6074097/v1", "doi.org/10.21203/rs.3.rs-6074097/v1",
         "10.21203/rs.3.rs-6074097/v1"),
        ("https://dx.doi.org/10.1172/JCI158451.", "https://dx.doi.org/10.1172/JCI158451",
         "10.1172/jci158451"),
        ("(doi: 10.1000/xyz(2)3).", "doi: 10.1000/xyz(2)3", "10.1000/xyz(2)3"),
        ("DOI:10.3390/biology13110883;", "DOI:10.3390/biology13110883", "10.3390/biology13110883"),
        ("[paper](https://doi.org/10.1038/s41467-025-59959-w)",
         "https://doi.org/10.1038/s41467-025-59959-w", "10.1038/s41467-025-59959-w"),
        ("https://doi.org/10.1002%2F(SICI)1097-4636(199604)30:4, more",
         "https://doi.org/10.1002%2F(SICI)1097-4636(199604)30:4",
         "10.1002/(sici)1097-4636(199604)30:4"),
        ("link https://doi.org/10.1000/abc?utm_source=x#top", "https://doi.org/10.1000/abc",
         "10.1000/abc"),
        ("bare 10.1016/j.arr.2012.03.003, then text", "10.1016/j.arr.2012.03.003",
         "10.1016/j.arr.2012.03.003"),
    ],
)
def test_find_dois_written_forms(text, written, doi):
    [m] = find_dois(text)
    assert m.written == written
    assert text[m.start : m.end] == written
    assert m.doi == doi


def test_not_dois():
    assert find_dois("version 10.2 of the app, and 110.1234/abc, and 10.12/x") == []


def test_normalize_and_validate():
    url = "https://doi.org/10.1126/SCIENCE.169.3946.635"
    assert normalize_doi(url) == "10.1126/science.169.3946.635"
    assert normalize_doi("doi:10.1000/ABC.") == "10.1000/abc"
    assert normalize_doi("not a doi") is None
    assert is_valid_doi("10.1000/abc")
    assert not is_valid_doi("10.1000/")
    assert not is_valid_doi("10.1000/a b")


def test_dois_in_publisher_links_are_found_without_the_query():
    found = find_dois(
        "Read it: https://onlinelibrary.wiley.com/doi/10.1002/alz.70213 or "
        "https://journals.physiology.org/doi/full/10.1152/japplphysiol.00123.2023?utm_source=x."
    )
    assert [d.doi for d in found] == ["10.1002/alz.70213", "10.1152/japplphysiol.00123.2023"]
    assert find_dois("https://example.com/files/10.1234/abc") == []  # not a DOI path


def test_a_doi_split_by_a_hard_line_break_is_joined():
    text = "Cell Metab. doi:10.1016/j.cmet.2025.\n04.011\nhttps://doi.org/10.1038/s41467-023-\n12345-6."
    assert [d.doi for d in find_dois(text)] == ["10.1016/j.cmet.2025.04.011", "10.1038/s41467-023-12345-6"]
    # a numbered reference list on the next line does not continue the DOI
    assert [d.doi for d in find_dois("doi:10.1016/j.cmet.2020.01.001.\n2. Smith J")] == [
        "10.1016/j.cmet.2020.01.001"]
