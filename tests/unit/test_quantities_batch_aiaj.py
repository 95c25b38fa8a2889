"""Forms of session 14 (batches ai-aj): spoken amounts ("a couple of hundred", "about a kilo",
"an extra kilo", "half as large", a bare "twice" counting occasions or comparing), a value
set against an earlier one with "close to"/"closer to" that shares its unit, a fold change after
a label word ("protein 2.1-fold"), a preprint link's version suffix outside its DOI, and an
abbreviation defined as antibodies, which is not the gene sharing its letters."""

from __future__ import annotations

from quantity_rows import found

from agefacts.extract.dois import find_dois
from agefacts.extract.entities import find_mentions


def _rows(text: str) -> dict[str, tuple]:
    return {r[0]: r[1:] for r in found(text)}


def test_a_couple_of_hundred_is_about_two_hundred():
    rows = _rows("Most rowing trials enrol a couple of hundred volunteers each.")
    assert rows["a couple of hundred volunteers"][:5] == (200.0, None, None, "people", "~")


def test_a_kilo_is_one_kilo_after_an_approximation_or_extra():
    rows = _rows("Creatine adds roughly an extra kilo of body water; bed rest costs about a kilo of leg mass.")
    assert any(s.endswith("an extra kilo") and r[0] == 1.0 and r[3] == "kg" for s, r in rows.items())
    assert any(s.endswith("about a kilo") and r[0] == 1.0 and r[3] == "kg" for s, r in rows.items())
    assert _rows("She bought a kilo of apples at the market.") == {}


def test_half_as_large_is_a_ratio_and_half_doing_is_a_share():
    rows = _rows("In older rowers the rise was maybe half as large.")
    assert rows["half"][0] == 0.5 and rows["half"][3] == "fold_change"
    rows = _rows("The next trial follows 90 adults, with half rowing at home.")
    assert rows["half"][0] == 0.5 and rows["half"][3] == "fraction"


def test_a_bare_twice_counts_occasions_or_compares():
    rows = _rows("Each rower visited the clinic twice, ten days apart.")
    assert rows["twice"][0] == 2.0 and rows["twice"][3] == "times"
    rows = _rows("Levels in nonagenarians are roughly twice what teenagers have.")
    assert rows["roughly twice"][3] == "fold_change"
    assert _rows("It rained once or twice.") == {}


def test_a_value_close_to_an_earlier_one_shares_its_unit():
    rows = _rows("Rowers averaged 2.4 nuclei per fibre, close to the juniors' 2.6 and well above the 1.9 seen in walkers.")
    assert rows["2.6"][3] == "nuclei" and rows["1.9"][3] == "nuclei"
    rows = _rows("I suggest 1.4 grams per kilo per day, and closer to 1.1 if the kidneys are weak.")
    assert rows["1.1"][3] == "g"


def test_a_fold_change_after_a_label_word_is_not_a_label_number():
    rows = _rows("Rowing raised muscle SIRT3 protein 1.7-fold within a month.")
    assert rows["1.7-fold"][:4] == (1.7, None, None, "fold_change")


def test_a_preprint_link_keeps_its_version_out_of_the_doi():
    found_dois = find_dois("Preprint: https://www.biorxiv.org/content/10.1101/2024.05.06.592345v2.full")
    assert [d.doi for d in found_dois] == ["10.1101/2024.05.06.592345"]
    assert found_dois[0].written == "10.1101/2024.05.06.592345"


def test_an_abbreviation_defined_as_antibodies_is_not_a_gene():
    text = "Neutralising anti-drug antibodies (ADA) appeared in 3% of rowers; ADA titres stayed low."
    assert not [m for m in find_mentions(text) if m.entity.label == "ADA"]
    named = "Serum adenosine deaminase (ADA) rose after rowing."
    assert any(named[m.start : m.end] == "ADA" for m in find_mentions(named))  # an enzyme: kept


def test_an_age_after_by_or_at_with_her_or_his_clause_following():
    rows = _rows("He took up rowing late. By 78 he was racing, and at 92 he still coached.")
    assert rows["78"][3:6] == ("years", None, "age") and rows["92"][3] == "years"
    assert _rows("At 30 we moved on to the next dose.") == {}


def test_n_odd_is_about_n_and_a_race_in_k_is_kilometres():
    rows = _rows("She has rowed in 30-odd regattas and walked a Sunday 10K fun run.")
    assert rows["30-odd regattas"][0] == 30.0 and rows["30-odd regattas"][4] == "~"
    assert rows["10K"][:4] == (10.0, None, None, "km")
    assert "10K" not in _rows("He logged 10K steps a day.")


def test_decimals_set_against_each_other_in_a_summary_line():
    rows = _rows("Nuclei per fibre: 2.4 vs. 1.9 in walkers.")
    assert rows["2.4"][5] == "measurement" and rows["1.9"][5] == "measurement"
    assert _rows("We compared release 2.0 vs. 1.1 of the app.") == {}
