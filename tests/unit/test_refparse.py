"""The reference parser on citation styles written for these tests (not from the seeds)."""

import pytest

from agefacts.extract.refparse import parse_reference, split_authors

CASES = {
    "apa": (
        "Okafor, N. C., Lindqvist, P., & Moreau, T. (2019). Satellite cell dynamics in "
        "resistance-trained older adults. Journal of Applied Physiology, 127(2), 455–467. "
        "https://doi.org/10.1152/japplphysiol.00123.2019",
        dict(authors=["Okafor, N. C.", "Lindqvist, P.", "Moreau, T."],
             title="Satellite cell dynamics in resistance-trained older adults",
             journal="Journal of Applied Physiology", year=2019, volume="127", issue="2",
             pages="455–467", doi="10.1152/japplphysiol.00123.2019"),
    ),
    "vancouver": (
        "Okafor NC, Lindqvist P, Moreau T. Satellite cell dynamics in resistance-trained older "
        "adults. J Appl Physiol. 2019;127(2):455-67. doi:10.1152/japplphysiol.00123.2019",
        dict(authors=["Okafor NC", "Lindqvist P", "Moreau T"],
             title="Satellite cell dynamics in resistance-trained older adults",
             journal="J Appl Physiol", year=2019, volume="127", issue="2", pages="455-67",
             doi="10.1152/japplphysiol.00123.2019"),
    ),
    "nature": (
        "Okafor, N. C. et al. Mitochondrial remodelling after sprint training in mice. "
        "Cell Metab. 31, 1120–1134 (2020).",
        dict(authors=["Okafor, N. C.", "et al."],
             title="Mitochondrial remodelling after sprint training in mice",
             journal="Cell Metab", year=2020, volume="31", issue=None, pages="1120–1134"),
    ),
    "mdpi_short": (
        "Nutrients 2022, 14(7), 1502",
        dict(authors=[], title=None, journal="Nutrients", year=2022, volume="14", issue="7",
             pages="1502"),
    ),
    "mdpi_full": (
        "Varga, K.; Hoshino, R. Protein Timing and Muscle Mass in Older Women. Nutrients 2022, "
        "14, 1502. https://doi.org/10.3390/nu14071502",
        dict(authors=["Varga, K.", "Hoshino, R."],
             title="Protein Timing and Muscle Mass in Older Women", journal="Nutrients",
             year=2022, volume="14", pages="1502", doi="10.3390/nu14071502"),
    ),
    "pubmed": (
        "J Gerontol A Biol Sci Med Sci. 2018 Oct 8;73(11):1504–1511",
        dict(journal="J Gerontol A Biol Sci Med Sci", year=2018, volume="73", issue="11",
             pages="1504–1511"),
    ),
    "pubmed_elocator": (
        "Sci Adv. 2023 Jan;9(2):eabq1234",
        dict(journal="Sci Adv", year=2023, volume="9", issue="2", pages="eabq1234"),
    ),
    "pubmed_season": (
        "Physiol Rev. 2019 Jul-Aug;99(3):1201-1250",
        dict(journal="Physiol Rev", year=2019, volume="99", issue="3", pages="1201-1250"),
    ),
    "elsevier_article": (
        "Experimental Gerontology Volume 172, February 2023, 112061",
        dict(journal="Experimental Gerontology", year=2023, volume="172", pages="112061"),
    ),
    "elsevier_issue_pages": (
        "Cell Reports, Volume 28, Issue 9, 27 August 2019, Pages 2231-2242",
        dict(journal="Cell Reports", year=2019, volume="28", issue="9", pages="2231-2242"),
    ),
    "springer_article_number": (
        "Scientific Reports Volume 12, Article number: 20581 \\(2022\\)",
        dict(journal="Scientific Reports", year=2022, volume="12", pages="20581"),
    ),
    "journal_volume_article_only": (
        "Nat Aging 4, 1321",
        dict(journal="Nat Aging", year=None, volume="4", pages="1321"),
    ),
    "ieee": (
        "R. Alvarez, S. Chen, and M. Ito, “Grip strength as a marker of biological age,” "
        "IEEE Journal of Biomedical and Health Informatics, vol. 25, no. 3, pp. 801–810, 2021.",
        dict(authors=["R. Alvarez", "S. Chen", "M. Ito"],
             title="Grip strength as a marker of biological age",
             journal="IEEE Journal of Biomedical and Health Informatics", year=2021,
             volume="25", issue="3", pages="801–810"),
    ),
    "source_line_preprint": (
        "Haddad, F., Ortiz, L., et al. “Lactate signalling and muscle memory in aged rats.” "
        "Preprint (bioRxiv), now in Cell Reports (2025). https://doi.org/10.1101/2024.01.02.573901",
        dict(authors=["Haddad, F.", "Ortiz, L.", "et al."],
             title="Lactate signalling and muscle memory in aged rats", journal="Cell Reports",
             year=2025, doi="10.1101/2024.01.02.573901"),
    ),
    "sciencedaily": (
        "Maria Lopez, Ken Ito, Tom J. van Dyke. Muscle stem cells lose their rhythm with age. "
        "Nature Aging, 2024; 4 (5): 612 DOI: 10.1038/s43587-024-00612-4",
        dict(authors=["Maria Lopez", "Ken Ito", "Tom J. van Dyke"],
             title="Muscle stem cells lose their rhythm with age", journal="Nature Aging",
             year=2024, volume="4", issue="5", pages="612", doi="10.1038/s43587-024-00612-4"),
    ),
    "press_release": (
        "ScienceDaily, March 3, 2024",
        dict(journal="ScienceDaily", year=2024, volume=None, pages=None),
    ),
}


@pytest.mark.parametrize("style", sorted(CASES))
def test_styles(style):
    text, expected = CASES[style]
    ref = parse_reference(text)
    for key, value in expected.items():
        assert getattr(ref, key) == value, (style, key, getattr(ref, key))


def test_a_title_with_commas_is_not_an_author_list():
    ref = parse_reference("Exercise, Diet and Sleep. A review of habits. Nutrients 2022, 14, 1502")
    assert ref.authors == [] and ref.journal == "Nutrients"


def test_link_to_paper_is_not_bibliographic():
    assert not parse_reference("link to paper").is_bibliographic


def test_split_authors_styles():
    assert split_authors("Kim, J.-H., Ali, S. & Brown, T. A.") == [
        "Kim, J.-H.", "Ali, S.", "Brown, T. A."]
    assert split_authors("Kim JH, Ali S, Brown TA, et al.") == [
        "Kim JH", "Ali S", "Brown TA", "et al."]
    assert split_authors("Kim, J.H.; Ali, S.") == ["Kim, J.H.", "Ali, S."]
