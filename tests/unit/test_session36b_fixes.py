"""Session 36b: numbers of batch fo, headers of batches fn and fo (made-up texts of the same
shapes as the misses)."""
from __future__ import annotations

from agefacts.ingest.header import extract_header

_BLOG_UNDER_BANNER = (
    "[Harbour Hill Run](/en/) · [Entries](/en/entries) · [Photos](/en/photos) · [Blog](/en/blog)\n\n"
    "**Entries for next year's hill run open 2 February · Members EUR 30 until 28 February, "
    "students EUR 15**\n\n"
    "# Hearts, lungs and a hill: what the club's oldest members taught a lab\n\n"
    "*Posted 4 July 2027 by Anna Maria Roe, editor · 5 min read · Tags: research*\n\n"
    "Thanks to everyone who came out on Sunday, and to the weather for holding off.\n"
)


def test_post_stamp_under_heading_beats_a_banner_line_above_it() -> None:
    h = extract_header(_BLOG_UNDER_BANNER)
    assert h.title == "Hearts, lungs and a hill: what the club's oldest members taught a lab"
    assert h.byline == "Anna Maria Roe"


_AGENCY_RUN_IN = (
    "[Example Science Agency](/en) · [News](/en/news) · [Podcasts](/en/podcasts)\n\n"
    "**HEALTH | AGEING**\n\n"
    "# Samba after 65: dance classes build leg strength in older men in a coastal city\n\n"
    "*A trial at public fitness squares found gains in strength and balance after 16 weeks*\n\n"
    "March 3, 2027\n\n"
    "**Paulo Henrique Roe** | Example Science Agency – Every winter, the squares of the city fill "
    "with music. A study at a state university suggests the same dance can help older men.\n"
)


def test_agency_byline_run_into_first_paragraph() -> None:
    h = extract_header(_AGENCY_RUN_IN)
    assert h.byline == "Paulo Henrique Roe"
    assert h.title == "Samba after 65: dance classes build leg strength in older men in a coastal city"


_BOLD_LEAD_IN = (
    "# Spa offers for the winter season\n\n"
    "January 5, 2027\n\n"
    "**Ocean Calm Ritual** – a 60-minute massage and salt scrub, EUR 90. Book at the desk.\n"
)


def test_bold_lead_in_with_no_agency_field_is_no_byline() -> None:
    assert extract_header(_BOLD_LEAD_IN).byline is None


# -- numbers -------------------------------------------------------------------------------------

from agefacts.extract.quantities import scan_quantities  # noqa: E402


def _found(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {text[q.start : q.end]: (q.unit, q.measure) for q in scan_quantities(text)}


def test_part_of_people_past_a_smaller_count_in_their_clause():
    text = ("The lab enrolled 60 walkers aged 55 to 80 who had done at least four marathons. "
            "Twenty of them were men. They also tested 40 people who did not walk.")
    assert _found(text).get("Twenty of them") == ("walkers", "sample_size")


def test_part_larger_than_every_count_stays_out():
    text = "The lab enrolled 12 walkers who had done at least four marathons. Twenty of them were men."
    assert "Twenty of them" not in _found(text)


def test_density_per_tissue_structure_and_its_echo_before_a_p_value():
    text = "The swimmers had more capillaries: 2.3 per fibre against 1.7 (p < 0.01) in the controls."
    found = _found(text)
    assert found.get("2.3 per fibre") == ("per fibre", "measurement")
    assert found.get("1.7") == ("per fibre", "measurement")


def test_bare_value_before_a_bracket_that_is_no_statistic_stays_out():
    text = "Grip was 31.5 kg in the rowers against 27 (pictured) in the others."
    assert "27" not in _found(text)


def test_time_after_an_event_right_after_a_level_word():
    text = "Lactate stayed at 1.8 times its resting level 36 hours after the match."
    assert _found(text).get("36 hours") == ("hours", "dose/exposure")


def test_level_label_keeps_its_number():
    assert "24" not in _found("She reached level 24 of the game.")


def test_with_item_after_a_leaver_reason_item():
    text = ("Seven women did not finish: four because of family duties, two with knee pain and one "
            "who moved away.")
    found = _found(text)
    assert found.get("two") == ("people", "count")


def test_all_n_restating_a_count_as_a_subject():
    text = "We screened the crew and found 14 new cases, and all 14 were sent to the clinic."
    assert _found(text).get("all 14") == ("people", "count")


def test_all_n_before_a_noun_stays_a_plain_count():
    found = _found("We saw 9 patients, and all 9 wards were full.")
    assert "all 9" not in found
