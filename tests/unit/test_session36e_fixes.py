"""Session 36e: leftover numbers and a family of batches fn, fp and fq (made-up texts of the same
shapes as the misses)."""
from __future__ import annotations


def _genes(text: str) -> list[tuple[str, str]]:
    from agefacts.extract.entities import find_mentions
    return [(text[m.start : m.end], m.entity.entity_id) for m in find_mentions(text)]


def _numbers(text: str) -> list[tuple[str, str | None]]:
    from agefacts.extract.quantities import scan_quantities
    return [(text[q.start : q.end], q.measure) for q in scan_quantities(text)]


def test_family_word_as_a_hometown_after_a_full_name_is_no_family() -> None:
    text = "Women 55-59: Jo Marsh, Hedgehog, 1:58:02. Women 60-64: Ann Pike, Fairview, 2:04:11."
    assert not [g for g in _genes(text) if g[1].startswith("FPLX:")]


def test_family_word_in_a_list_of_pathways_stays_the_family() -> None:
    genes = _genes("Results: Wnt, Hedgehog, and Notch signalling all fell with age.")
    assert ("Hedgehog", "FPLX:Hedgehog") in genes


def test_age_after_a_double_barrelled_surname_named_in_full_before() -> None:
    text = ("Older adults lose muscle with ageing. Marta Lind-Oskar crossed the line first.\n\n"
            "Lind-Oskar, 71, won her age group by four minutes.")
    assert ("71", "age") in _numbers(text)


def test_double_barrelled_word_not_named_before_stays_a_number() -> None:
    text = "Older adults lose muscle with ageing.\n\nLind-Oskar, 71, won her age group."
    assert ("71", "age") not in _numbers(text)


def test_unitless_change_from_an_average_of() -> None:
    text = "Scores on the anxiety scale dropped from an average of 8.6 to 5.3, out of a possible 21."
    found = _numbers(text)
    assert ("8.6", "measurement") in found and ("5.3", "measurement") in found


def test_share_of_decimals_without_a_change_verb_stays_out() -> None:
    assert _numbers("A share of 9.4 to 6.1 was noted.") == []


def test_part_described_by_two_modifiers_joined_by_or() -> None:
    text = ("The survey reached 310 people aged 65 to 90. Fifty-two percent were men, 140 were "
            "Welsh or Cornish fishermen and the rest were farmers.")
    assert ("140", "sample_size") in _numbers(text)


def test_part_of_them_after_a_semicolon() -> None:
    text = ("The study enrolled 140 retired miners aged 60 to 80 (mean age 69.5) in two valleys; "
            "52 of them were smokers.")
    assert ("52 of them", "sample_size") in _numbers(text)
