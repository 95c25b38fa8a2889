"""Session 30 (batches dj-dm): numbers. ISO 4217 codes glued before an amount as a sign;
counts of studies and people with modifiers between number and noun; a second value sharing the
first's measure; counts whose noun the text has already named. All texts are made up."""

from __future__ import annotations

from quantity_rows import found, found_one, spans


# --- money: an ISO 4217 code glued before the amount ----------------------------------------

def test_an_iso_code_glued_before_a_grouped_amount_is_its_currency():
    r = found_one("A bowl of noodles cost KRW12,000 at the night market.", "KRW12,000")
    assert r[1] == 12000 and r[4] == "KRW"


def test_an_iso_code_glued_before_three_digits_is_its_currency():
    assert found_one("The clinic charged PHP850 for each visit.", "PHP850")[4] == "PHP"


def test_an_iso_code_glued_before_a_scaled_amount_is_its_currency():
    r = found_one("The council set aside SGD1.4 million for new benches.", "SGD1.4 million")
    assert r[1] == 1_400_000 and r[4] == "SGD"


def test_a_label_of_letters_and_a_short_number_is_no_money():
    text = "The SAR2 strain and the TOP100 list were named."
    assert all(r[4] not in ("SAR", "TOP") for r in found(text))
    assert "SAR2" not in spans(text)
