"""Session 19 (batches bi, bj, bk), genes and headers: the monocarboxylate transporters by their
short names beside lactate; a ligand's name before "receptor" that names the receptors; a media
player's controls between a headline and its byline (made-up texts)."""

from __future__ import annotations

import pytest

from agefacts.extract.entities import find_mentions
from agefacts.ingest.header import extract_header


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.entity.label) for m in find_mentions(text)
            if m.entity.kind in ("gene", "family")]


# --- MCT1 / MCT4: aliases HGNC gives to several genes; lactate fixes their sense -------------

@pytest.mark.parametrize("text, expected", [
    ("After the block of tempo runs, MCT1 rose in the calf, so lactate cleared faster.",
     [("MCT1", "SLC16A1")]),
    ("Lactate leaves fast fibres through MCT-4 and enters slow ones through MCT-1.",
     [("MCT-4", "SLC16A3"), ("MCT-1", "SLC16A1")]),
    ("The monocarboxylate shuttle needs MCT4 on the way out.", [("MCT4", "SLC16A3")]),
])
def test_mct_near_lactate_is_the_monocarboxylate_transporter(text, expected):
    assert _found(text) == expected


def test_mct_without_its_topic_stays_unmatched():
    # the same short name is an oncogene's (MCTS1) and an enzyme's (MCAT) alias
    assert _found("The oncogene MCT-1 drives tumour growth in the mouse model.") == []
    assert _found("Levels of MCT1 were measured in the liver biopsies.") == []


def test_the_transporters_full_names_are_safe():
    assert _found("Monocarboxylate transporter 1 was higher after training.") == [
        ("Monocarboxylate transporter 1", "SLC16A1")]
    assert _found("They stained for monocarboxylate transporter 4.") == [
        ("monocarboxylate transporter 4", "SLC16A3")]


# --- "<ligand> receptor(s)": the receptors, not the ligand --------------------------------------

@pytest.mark.parametrize("text", [
    "An Anti-Activin Receptor Antibody Slows Muscle Loss in Mice",
    "The drug blocks activin receptors on the muscle fibre.",
    "Activin-receptor blockade kept the rats' muscle mass.",
])
def test_a_ligand_family_before_receptor_is_not_the_ligand(text):
    assert _found(text) == []


def test_the_ligand_alone_stays_and_so_do_receptor_names_the_lexicon_has():
    assert _found("Activin rose after the race; the activin receptor did not.") == [
        ("Activin", "Activin")]
    assert _found("TNF receptor levels rose while TNF fell.") == [("TNF", "TNF")]
    assert _found("The insulin receptor and the IL-6 receptor were measured.") == [
        ("insulin receptor", "INSR"), ("IL-6 receptor", "IL6R")]


@pytest.mark.parametrize("text, expected", [
    # a name that is itself a receptor (or a family of them) stays before the word
    ("Notch receptors guide the satellite cells.", [("Notch", "Notch")]),
    ("The ActRIIB receptor binds myostatin.", [("ActRIIB", "ACVR2B"), ("myostatin", "MSTN")]),
    ("The RET receptor is a tyrosine kinase.", [("RET", "RET")]),
    # a ligand no receptor is named after keeps its mention
    ("The myostatin receptor was blocked.", [("myostatin", "MSTN")]),
])
def test_receptors_and_unnamed_receptors_keep_the_name(text, expected):
    assert _found(text) == expected


# --- headers: a media player between headline and byline ----------------------------------------

BODY = ("The first paragraph runs on for a while, as an article's body does, so that it reads as "
        "running text and not as another header line.\n")
HEADLINE = "He is 79 and swims across the bay each June. His doctors want to know how"


@pytest.mark.parametrize("player", [
    "Listen · 3:52\n3:52\nToggle more options\nDownload\nEmbed\nTranscript",
    "Watch 1:04:10\nShare\nTranscript",
    "4:05\nPlay\nDownload",
])
def test_a_media_players_controls_do_not_hide_the_byline_under_the_headline(player):
    text = (f"Skip to main content\nLakeshore Community Radio\nDonate\n"
            f"News  Arts  Shows  Events\n\nSCIENCE\n\n{HEADLINE}\n\n{player}\n\n"
            f"By Jane Roe\nMarch 3, 2025 · 6:00 AM ET\n\n{BODY}")
    header = extract_header(text)
    assert header.title == HEADLINE
    assert header.byline == "Jane Roe"

