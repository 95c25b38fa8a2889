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


def test_news_journal_reference_with_given_names_first():
    """EurekAlert/ScienceDaily "Journal Reference:": full given names with middle initials, and
    names whose first letter is not ASCII."""
    ref = parse_reference(
        "Amara J. Whitfield, Søren P. Dahl, Éloïse Martin, Tomás R. Ibarra. Nightly protein "
        "feeding preserves leg lean mass in frail older adults: the NOCTURN trial. "
        "Journal of Gerontology, 2025; 80 (11) DOI: 10.1093/gerona/glaf301")
    assert ref.authors == ["Amara J. Whitfield", "Søren P. Dahl", "Éloïse Martin",
                           "Tomás R. Ibarra"]
    assert ref.title == ("Nightly protein feeding preserves leg lean mass in frail older adults: "
                         "the NOCTURN trial")
    assert (ref.journal, ref.year, ref.volume, ref.issue, ref.pages) == (
        "Journal of Gerontology", 2025, "80", "11", None)


def test_apa_web_citation_with_a_dated_group_author():
    ref = parse_reference(
        "Centre for Muscle Biology. (2025, October 2). Older swimmers keep more fast fibres. "
        "EurekAlert!. Retrieved October 4, 2025 from www.eurekalert.org/news-releases/1090001")
    assert ref.authors == ["Centre for Muscle Biology"]
    assert ref.title == "Older swimmers keep more fast fibres"
    assert (ref.journal, ref.year) == ("EurekAlert!", 2025)


def test_mla_web_citation_names_the_site_as_container():
    ref = parse_reference(
        'Centre for Muscle Biology. "Older swimmers keep more fast fibres." Medical Xpress. '
        "Medical Xpress, 2 October 2025. <medicalxpress.com/news/2025-10-swimmers.html>.")
    assert ref.authors == ["Centre for Muscle Biology"]
    assert (ref.title, ref.journal, ref.year) == (
        "Older swimmers keep more fast fibres", "Medical Xpress", 2025)


def test_link_label_journal_then_quoted_title():
    ref = parse_reference('Cell Stem Cell, "Satellite cells lose quiescence with age"')
    assert (ref.authors, ref.journal, ref.title) == (
        [], "Cell Stem Cell", "Satellite cells lose quiescence with age")


@pytest.mark.parametrize("text, expected", [
    # journal and volume without a comma, "Surname, I. & Surname, I.", prose before the authors
    ("As argued in Moreau, T. & Ekwueme, C. (2018). Fibre typing by mass spectrometry. "
     "*Journal of Proteome Research* 17(6): 2010–2021.",
     dict(authors=["Moreau, T.", "Ekwueme, C."], title="Fibre typing by mass spectrometry",
          journal="Journal of Proteome Research", volume="17", issue="6", pages="2010–2021")),
    # a journal whose name has a comma
    ("Haddad, R., et al. (2016). Strength across the lifespan. *Journal of Frailty, Sarcopenia "
     "and Falls*, 1(2), 40–48.",
     dict(authors=["Haddad, R.", "et al."], title="Strength across the lifespan",
          journal="Journal of Frailty, Sarcopenia and Falls", volume="1", issue="2",
          pages="40–48")),
    # a preprint server spelled in lower case, no volume
    ("Berg, K. et al. (2024). Lactate as a myokine. *medRxiv*.",
     dict(authors=["Berg, K.", "et al."], title="Lactate as a myokine", journal="medRxiv",
          volume=None, pages=None)),
])
def test_apa_variants_in_blog_footnotes(text, expected):
    ref = parse_reference(text)
    for key, value in expected.items():
        assert getattr(ref, key) == value, key


def test_a_journal_before_a_year_is_not_a_group_author():
    ref = parse_reference("Nature Aging (2025). Muscle stem cells in old mice.")
    assert (ref.authors, ref.journal, ref.year) == ([], "Nature Aging", 2025)
