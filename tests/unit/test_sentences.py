from agefacts.extract.sentences import sentence_rows, split_sentences


def texts(text):
    return [text[s:e] for s, e in split_sentences(text)]


def test_splits_on_terminal_punctuation_but_not_abbreviations():
    text = "Dr. Smith et al. found more. The effect (p < 0.05) held in 2024. Why? Because U.S. data agreed."
    assert texts(text) == [
        "Dr. Smith et al. found more.",
        "The effect (p < 0.05) held in 2024.",
        "Why?",
        "Because U.S. data agreed.",
    ]


def test_bullets_and_headings_are_their_own_sentences_without_markers():
    text = "Key points\n- First point here\n- Second point (n=5)\n1. Numbered item."
    assert texts(text) == ["Key points", "First point here", "Second point (n=5)", "Numbered item."]


def test_hard_wrapped_lines_are_joined():
    text = "Muscle strength declined\nwith age in both groups.\nA second sentence."
    assert texts(text) == ["Muscle strength declined\nwith age in both groups.", "A second sentence."]


def test_decimal_numbers_and_initials_do_not_split():
    text = "Correlation was r = 0.45 in J. R. Doe's data. Next one."
    assert texts(text) == ["Correlation was r = 0.45 in J. R. Doe's data.", "Next one."]


def test_rows_index_the_text_exactly(seeds_dir):
    for path in seeds_dir.glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        rows = sentence_rows("d", text)
        assert rows
        for i, r in enumerate(rows):
            assert r["sentence_id"] == i
            assert text[r["char_start"] : r["char_end"]] == r["text"] == r["text"].strip()


def test_citation_markers_stay_with_their_sentence():
    text = "Strength fell.¹ Bones followed.^{2,3} Then came frailty.[4] End."
    assert texts(text) == ["Strength fell.¹", "Bones followed.^{2,3}", "Then came frailty.[4]", "End."]


def test_abbreviation_must_be_a_whole_word():
    assert texts("Training raised VO2max. Strength rose too.") == [
        "Training raised VO2max.", "Strength rose too."
    ]
