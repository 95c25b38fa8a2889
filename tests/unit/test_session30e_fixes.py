"""Session 30 leftovers (numbers): made-up sentences of the shapes fixed."""

from __future__ import annotations

import pytest

from agefacts.extract.quantities import scan_quantities


def found(text: str) -> dict[str, tuple[str | None, str]]:
    return {text[q.start : q.end]: (q.unit, q.measure) for q in scan_quantities(text)}


@pytest.mark.parametrize(("text", "span", "unit"), [
    # "all N" closing a clause: the whole of what a smaller count before it counted
    ("A chain that tried the class in five of its branches has since taken it to all 31. It grew.",
     "all 31", "branches"),
    # "N of the <people plural>" after "and", the subject of a past verb, people counted before
    ("The swimmers met daily. The coach said 14 men quit the squad early, and four of the swimmers hurt a knee.",
     "four", "people"),
    # "N in all" set off by commas after a group of people
    ("Half of the men, 60 in all, were given the leaflets.", "60 in all", "people"),
    # "in N of them" after a semicolon: a part of the clause's only count of things
    ("Power cuts stopped 42 classes over the winter; in 30 of them we went on outside.", "30 of them", "sessions"),
    # a bound closing a clause after a verb used before with a value and its unit
    ("Those who walked at least 8 miles a week had less pain than those who walked fewer than two, after"
     " adjusting.", "fewer than two", "miles/week"),
    # two proper adjectives joined by "and" between a number and its noun
    ("Volunteers came from seven Methodist and Baptist churches in the county.",
     "seven Methodist and Baptist churches", "churches"),
    # a fronted span of time longer than five words before "N of them"
    ("They followed 5,000 adults aged 60 to 80. Over up to 12 years of follow-up, 400 of them were"
     " diagnosed with cancer.", "400 of them", "people"),
    ("They enrolled 300 women. During the first six months of the trial, 40 of them fell.", "40 of them", "people"),
])
def test_found(text: str, span: str, unit: str) -> None:
    spans = found(text)
    assert span in spans
    assert spans[span][0] == unit


@pytest.mark.parametrize(("text", "absent"), [
    # "all N" is no whole when it restates the count or is no larger
    ("It ran the class in 12 of its branches, not all 12.", "all 12"),
    # no count of people in the sentence before the part
    ("Two of the researchers said it worked, and three of the writers agreed.", "three"),
    # two counts of things before the semicolon: "them" may be either
    ("We ran 40 sessions and paid 300 dollars; in 29 of them it rained.", "29 of them"),
    # people named in the clause: "them" may be the people
    ("The trainers ran 40 sessions over the year; in 29 of them it rained.", "29 of them"),
    # acronyms and months are no proper adjectives of a counted noun
    ("We ran 3 March and April sessions.", "3 March and April sessions"),
    # a bound with no earlier value after the same verb
    ("Those who slept more had less pain than those who walked fewer than two, after adjusting.", "fewer than two"),
])
def test_absent(text: str, absent: str) -> None:
    assert absent not in found(text)
