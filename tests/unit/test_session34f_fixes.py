"""Session 34f fixes (headers of batches ez and fa), on made-up texts of the same shape."""

from __future__ import annotations

from agefacts.ingest.header import extract_header

_RULE = "-" * 60


def _folder(label: str, credit: str) -> str:
    """A guesthouse's room folder as text: cover lines, a framed welcome signed by the owner,
    a framed house section, then a framed health section with its headline and credit."""
    return "\n".join([
        "VILLA ARANTXA · GUESTHOUSE · OLD TOWN · EXAMPLEVILLE",
        "Visitor Information Folder · Edition 2027 · Please leave in the room",
        "",
        _RULE, "WELCOME", _RULE, "",
        "Dear visitor,",
        "",
        "Welcome to our house. This folder explains breakfast, the keys and the walks nearby,"
        " and how to stay well in the summer heat. Please read the green pages first.",
        "",
        "Warm regards,",
        "Ines Larralde Etxeberria, Owner",
        "",
        _RULE, "HOUSE RULES", _RULE, "",
        "Breakfast ................ 07:30-10:00, garden room",
        "Keys ..................... return to the box by the door",
        "",
        _RULE, label, _RULE, "",
        "Keep cool, keep walking: heat advice for our older visitors",
        "",
        credit,
        "",
        "Our town gets very hot in July, and many of our visitors are retired. We asked a local"
        " doctor how older walkers can enjoy the old town without getting ill in the sun.",
    ])


def test_framed_label_with_a_lower_case_aside_and_a_medical_text_credit() -> None:
    """A room folder: the framed section label carries a lower-case aside in brackets and the
    feature's writer is credited as "Medical text by <Name>, <role>": the feature's headline and
    its writer, not the folder's cover line or the owner signing the welcome."""
    h = extract_header(_folder(
        "HEAT AND YOUR HEALTH  (green pages)",
        "Medical text by Dr. Amaia Zubizarreta Goñi, family physician, Example Health Centre",
    ))
    assert h.title == "Keep cool, keep walking: heat advice for our older visitors"
    assert h.byline == "Dr. Amaia Zubizarreta Goñi"


def test_framed_label_with_an_aside_and_a_by_line() -> None:
    """The same folder with a plain "By" credit: the aside alone kept the label unread."""
    h = extract_header(_folder("HEAT AND YOUR HEALTH (continued)", "By Dr. Amaia Zubizarreta Goñi"))
    assert h.title == "Keep cool, keep walking: heat advice for our older visitors"
    assert h.byline == "Dr. Amaia Zubizarreta Goñi"


def _guide(cover: str) -> str:
    """A race guide copied from PDF: cover lines, a page folio, a schedule page, another folio,
    a section label, the feature's headline broken over two lines, its writer's name alone and
    the writer's role, then the text."""
    return "\n".join([
        "EXAMPLE BAY HALF MARATHON · HARBOUR EDITION",
        cover,
        "",
        " -- 8 --",
        "",
        "RACE DAY AT A GLANCE",
        "Saturday  Bib pick-up, Town Hall square ........ 09:00 – 18:00",
        "Sunday    Start, North Pier ..................... 06:45",
        "",
        " -- 9 --",
        "",
        "HEALTH CORNER",
        "",
        "Racing after 60: what our clinic's study says",
        "about your knees",
        "",
        "Dr. Tomasz Wrzesniewski",
        "Orthopaedic surgeon, Example Bay General Hospital",
        "",
        "Every spring more of you line up at the North Pier with grey hair under your caps,",
        "and many of you ask us whether running so far is kind to your knees at your age.",
    ])


def test_guide_cover_line_gives_way_to_its_signed_feature() -> None:
    """A race guide's cover line ("OFFICIAL PARTICIPANT GUIDE / ...") is no headline: the feature
    further on, its headline broken over two lines and its writer's name over their role, is."""
    h = extract_header(_guide("OFFICIAL PARTICIPANT GUIDE / GUIA OFICIAL DEL CORREDOR        English pages"))
    assert h.title == "Racing after 60: what our clinic's study says about your knees"
    assert h.byline == "Dr. Tomasz Wrzesniewski"


def test_headline_naming_a_guide_keeps_its_own_title() -> None:
    """A real headline with "guide" in it and its own byline stays the title."""
    text = "\n".join([
        "A beginner's guide to lifting after 60",
        "By Marta Oyarzabal",
        "",
        "Strength training is safe for most older adults, and it is never too late to begin,"
        " say the physiotherapists we spoke to at two clinics in the city this spring.",
    ])
    h = extract_header(text)
    assert h.title == "A beginner's guide to lifting after 60"
    assert h.byline == "Marta Oyarzabal"
