"""Session 34, round i: a table with its labels down the first column, as HTML with a header cell
at the start of each row converts, has no header line: the sentences of its first row are data."""

from agefacts.extract.quantities import extract_quantities


def _texts(text: str) -> list[str]:
    return [row["text"] for row in extract_quantities("d", text)]


def test_a_sentence_in_the_first_row_of_a_row_label_table_keeps_its_numbers():
    text = ("7. Implications\n\n"
            "| Budget | $4,000 over a year, drawn from the club's sports fund. |\n|---|---|\n"
            "| Legal | None. |\n|---|---|\n\nThe end.\n")
    found = _texts(text)
    assert "$4,000" in found and "a year" in found, found


def test_a_column_name_in_a_header_line_is_still_no_quantity():
    text = "Results\n\n| Outcome | Week 12 | Week 24 |\n|---|---|---|\n| Grip, kg | 3.1 | 4.2 |\n"
    found = _texts(text)
    assert found == ["3.1", "4.2"], found
