"""Session 34h: batches fd and fe (made-up texts of the same shapes as the misses)."""
from __future__ import annotations

from agefacts.ingest.header import extract_header

_DETAILS = (
    "Borough of Example\n\nPublished: 3 March 2027\n\n"
    "Rowing in later life: the harbour club's balance survey and a proposed scheme\n\n"
    "| Meeting | Leisure Committee, Tuesday 9 March 2027, Town Hall |\n|---|---|\n"
    "| {label} | Ann Poe, Director of Leisure Services |\n|---|---|\n"
    "| Agenda item | 4 |\n|---|---|\n\n"
    "1. Purpose\n\n1.1 To inform the Committee of the survey's results.\n"
)


def test_details_table_writer_row_is_the_byline() -> None:
    for label in ("Report by", "Author", "Prepared by"):
        assert extract_header(_DETAILS.format(label=label)).byline == "Ann Poe"


def test_details_table_other_row_is_no_byline() -> None:
    assert extract_header(_DETAILS.format(label="Chair")).byline is None


_NEWSLETTER = (
    "**Example Valley Paddlers Club** · Riverside\n"
    "*Member e-Newsletter · Vol. 4, No. 2 · May 6, 2027*\n\n"
    "---\n\n## In this issue\n\n"
    "1. River levels: the upper reach\n2. Feature: Strong shoulders on the Upper River\n3. Boat sale\n\n"
    "---\n\n## 1. River levels\n\n"
    "The upper reach is running high after the thaw. Please stay off the weir until further notice "
    "and check the gauge before launching from the slip.\n\n"
    "---\n\n## 2. Feature\n\n"
    "# Strong shoulders on the Upper River\n\n"
    "### What the \"Harbour Rowers\" survey found about lifting, cold and older joints\n\n"
    "*By Dr. Jane Roe and Sam Poe*\n\n"
    "Many of our members over 70 still paddle every week. Last year a team asked whether it keeps "
    "them steady on their feet.\n"
)


def test_numbered_section_feature_keeps_its_writers() -> None:
    h = extract_header(_NEWSLETTER)
    assert h.title == "Strong shoulders on the Upper River"
    assert h.byline == "Dr. Jane Roe, Sam Poe"


_GUIDE = (
    "TOWN OF EXAMPLE\n"
    "Parks and Leisure Department\n"
    "SPRING PROGRAM GUIDE  ·  March – June 2027\n"
    "Register online at example.org/leisure  ·  Registration opens 9:00 am, Monday, February 1, 2027\n\n\n"
    "                                                          Page 8\n\n"
    "SWIMMING 60+\n\n"
    "Program                Code      Day / Time             Fee\n"
    "Aqua fit               AQ-101    Mon/Wed 10:00 am       $40.00\n"
    "Lane swim              LS-102    Daily 7:00 am          $5.00/visit\n"
    + "".join(f"Class {n:<16} CL-{n:03d}    Tue/Thu {n % 12 + 1}:00 pm        ${n}.00\n" for n in range(1, 31))
    + "\nFees include tax. Ten-visit passes are sold at the front desk.\n\n\n"
    "                                                          Page 9\n\n"
    "FEATURE\n\n"
    "Afloat and upright: what the pool balance trial showed\n\n"
    "Twice-weekly water classes left older swimmers steadier on dry land, a small local trial finds\n\n"
    "By Dr. Jane Roe and Sam Poe, Example College School of Health\n\n"
    "Every spring the pool fills with older swimmers. Two years ago we asked whether the classes "
    "help them on land too.\n"
)


def test_guide_issuer_line_gives_way_to_the_signed_feature() -> None:
    h = extract_header(_GUIDE)
    assert h.title == "Afloat and upright: what the pool balance trial showed"
    assert h.byline == "Dr. Jane Roe, Sam Poe"
