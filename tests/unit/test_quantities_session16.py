"""Forms of session 16: a minus sign before a number with a unit is the number's sign."""

from __future__ import annotations

from quantity_rows import found


def test_a_signed_number_with_a_unit_keeps_its_sign():
    assert found("Fat mass changed by −0.9 kg over the year.") == [
        ("−0.9 kg", -0.9, None, None, "kg", None, "measurement")]
    assert found("Diastolic pressure moved (-4 mmHg) in the walkers.")[0][:2] == ("-4 mmHg", -4.0)
    assert found("The slope of grip was −1.5% per year.")[0][:2] == ("−1.5%", -1.5)
    assert found("Samples were kept at -20°C.")[0][:2] == ("-20°C", -20.0)


def test_a_dash_that_is_no_sign_is_left_out():
    # a bullet's dash has a space after it; a range's dash follows a digit
    assert found("- 7 kg lost by week ten")[0][:2] == ("7 kg", 7.0)
    assert found("a loss of 3-6 kg")[0][:4] == ("3-6 kg", None, 3.0, 6.0)
