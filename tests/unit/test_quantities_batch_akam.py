"""Forms of session 15 (batches ak-am): a slashed share over a thousands-grouped whole, values
on a dot-leader examination list (a distance in the label's brackets, seconds written "s", a
score out of its maximum), spelled-out lengths, "one <noun> in a million", sign-off ages in
bold, "At 60 I ...", an unlabelled change between two decimals, a count glued to "marker", a
positional half, age extremes ("youngest 48"), "at 75" in an article about ageing, a first
name's age in brackets, lifting tempo, repetitions after sets, and the "one-rep max" term."""

from __future__ import annotations

from quantity_rows import found


def _rows(text: str) -> dict[str, tuple]:
    return {r[0]: r[1:] for r in found(text)}


def test_a_slashed_share_over_a_grouped_whole_needs_no_noun():
    rows = _rows("Keep in mind that 310/1,052 is a subset, not the whole.")
    assert rows["310/1,052"][3] == "fraction"
    assert abs(rows["310/1,052"][0] - 310 / 1052) < 1e-9
    assert "36/56" not in _rows("Of the 56, 36/56 said yes.")  # an ungrouped whole still needs its noun
    assert _rows("Filed on 10/11/2025.") == {}


def test_a_dot_leader_row_gives_metres_seconds_and_a_score_out_of_a_maximum():
    text = ("  Walk speed (6 m) ........ 0.84 m/s\n"
            "  Timed up-and-go .......... 13.2 s\n"
            "  Balance score ............ 7/12\n")
    rows = _rows(text)
    assert rows["6 m"][:4] == (6.0, None, None, "m")
    assert rows["13.2 s"][:4] == (13.2, None, None, "seconds")
    assert rows["7/12"][0] == 7.0 and rows["7/12"][3] == "points"


def test_a_score_after_a_named_scale_and_decimal_seconds_in_prose():
    rows = _rows("After the programme her MMSE 28/30 held and the stand took 11.8 s.")
    assert rows["28/30"][0] == 28.0 and rows["28/30"][3] == "points"
    assert rows["11.8 s"][3] == "seconds"
    assert _rows("Meet me on 3/12 please.") == {}


def test_lengths_spelled_out_and_one_in_a_scale():
    rows = _rows("The fibre is about one millimetre thick; the sensor finds one protein in a million.")
    assert rows["about one millimetre"][:5] == (1.0, None, None, "mm", "~")
    assert rows["one protein in a million"][3] == "fraction"
    assert rows["one protein in a million"][0] == 1e-6


def test_sign_off_ages_in_bold_with_or_without_an_occupation():
    text = ('> "I can carry the shopping again."\n'
            "> — **Edna T., 72, former postwoman** (client since spring)\n\n"
            '> "Worth every penny."\n'
            "> — **Mr Colin W., 58**\n")
    rows = _rows(text)
    assert rows["72"][3:] == ("years", None, "age")
    assert rows["58"][3:] == ("years", None, "age")


def test_at_an_age_then_i_opening_a_sentence():
    rows = _rows('"At 64 I ran my first ten kilometres without stopping."')
    assert rows["64"][3:] == ("years", None, "age")
    assert "30" not in _rows("We stopped at 30 I think, then left.")


def test_a_change_between_two_decimals_without_a_unit():
    rows = _rows("Since then my ferritin has gone from 3.4 to 1.2, says the nurse.")
    assert rows["3.4"][0] == 3.4 and rows["3.4"][5] == "measurement"
    assert rows["1.2"][0] == 1.2 and rows["1.2"][5] == "measurement"
    assert _rows("The class grew from 12 to 20, she says.") == {}


def test_a_count_glued_to_marker_and_a_positional_half():
    rows = _rows("The clinic runs a 42-marker panel.")
    assert rows["42-marker"][0] == 42.0 and rows["42-marker"][3] == "markers"
    assert _rows("Aim for the lower half of the range.") == {}
    assert _rows("Half of the rowers finished.")["Half"][3] == "fraction"


def test_age_extremes_of_a_group():
    rows = _rows("The club has nine swimmers, youngest 48, oldest 83.")
    assert rows["48"][3:] == ("years", None, "age")
    assert rows["83"][3:] == ("years", None, "age")


def test_at_a_later_life_age_in_an_article_about_ageing():
    text = ("Ageing muscles adapt slowly. Chasing a personal best at 75 isn't sensible for most people, "
            "and I tell my clients that at 80 sleep is precious.")
    rows = _rows(text)
    assert rows["75"][3:] == ("years", None, "age")
    assert rows["80"][3:] == ("years", None, "age")
    assert "65" not in _rows("Ageing hearts: my heart rate at 65 is normal for me.")
    assert "65" not in _rows("Ageing riders: we cycled at 65 for an hour.")


def test_a_first_name_with_an_age_in_brackets():
    rows = _rows("For instance, Dora (71) pressed 20 kg for 8 reps.")
    assert rows["71"][3:] == ("years", None, "age")
    assert "12" not in _rows("See Table (12) for details.")


def test_lifting_tempo_only_where_tempo_is_named():
    rows = _rows("Lift with a slow tempo: 4-0-1-X keeps the load honest.")
    assert rows["4-0-1-X"][0] == 5.0 and rows["4-0-1-X"][3] == "seconds/repetition"
    assert _rows("The code 4-0-1-2 opens the door.") == {}


def test_repetitions_after_sets_without_a_unit():
    rows = _rows("| Sets × reps |\n|---|\n| 4 × 6–10 |\n")
    assert rows["4"][3] == "sets"
    assert rows["6–10"][:4] == (None, 6.0, 10.0, "repetitions")


def test_the_one_rep_max_and_digits_are_no_counts():
    assert _rows("Nobody needs to test a one-rep max after a layoff.") == {}
    assert _rows("Her locker code is six digits long.") == {}
