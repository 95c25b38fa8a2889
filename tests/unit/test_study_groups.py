"""Study groups: cohorts and arms with size, ages and definition, each tied to its evidence."""

from __future__ import annotations

from agefacts.extract.quantities import extract_quantities
from agefacts.extract.study_groups import extract_study_groups
from schemas import TABLES


def groups(text: str) -> list[tuple]:
    return [(g["label"], g["n"], g["age_min"], g["age_max"], g["definition"])
            for g in extract_study_groups("doc", text)]


def test_counted_populations_with_their_age_range():
    text = "The trial enrolled 11 young adults, and 36 older adults (65–80) split by habit."
    assert groups(text) == [
        ("young adults", 11, None, None, None),
        ("older adults", 36, 65.0, 80.0, None),
    ]


def test_subgroups_counted_by_age_are_named_after_the_population_they_split():
    text = "We studied 48 men (26 aged 20–30 and 22 aged 70–85). Later, 9 aged 50 joined."
    assert groups(text) == [
        ("men", 48, None, None, None),
        ("men aged 20–30", 26, 20.0, 30.0, None),
        ("men aged 70–85", 22, 70.0, 85.0, None),
        ("aged 50", 9, 50.0, 50.0, None),
    ]


def test_bulleted_arms_take_label_definition_size_and_inherited_ages():
    text = (
        "Abstract. We enrolled 20 young and 30 older adults (aged 60–75) in three arms:\n"
        "- Sprinters: 4+ sprint sessions/week (n=12)\n"
        "- Walkers: daily walks of 30 minutes (n=10)\n"
        "- Sitters: under 1 hour of activity a week (n = 8)\n"
    )
    arms = [g for g in extract_study_groups("doc", text) if g["label"] in ("Sprinters", "Walkers", "Sitters")]
    assert [(g["label"], g["n"], g["definition"]) for g in arms] == [
        ("Sprinters", 12, "4+ sprint sessions/week"),
        ("Walkers", 10, "daily walks of 30 minutes"),
        ("Sitters", 8, "under 1 hour of activity a week"),
    ]
    assert {(g["age_min"], g["age_max"]) for g in arms} == {(60.0, 75.0)}
    assert arms[0]["text"] == "Sprinters: 4+ sprint sessions/week (n=12)"


def test_labelled_sizes_in_running_text():
    text = ("Participants aged 60-75 (n = 40) were split into the exercise group (n = 20) "
            "and the control group (n = 18).")
    assert groups(text) == [
        ("Participants", 40, 60.0, 75.0, "aged 60-75"),
        ("exercise group", 20, None, None, None),
        ("control group", 18, None, None, None),
    ]


def test_arm_labels_in_running_text_are_their_descriptive_words():
    text = ("Women in a balance class (n=47) fell less than the control group (n = 20) "
            "or those who did yoga (n=31).\n- **Walking group** (n=22) met daily.")
    assert groups(text) == [
        ("balance class", 47, None, None, None),
        ("control group", 20, None, None, None),
        ("those who did yoga", 31, None, None, "who did yoga"),
        ("Walking group", 22, None, None, None),
    ]
    assert groups("People who did yoga (n=31) slept better.") == [
        ("People", 31, None, None, "who did yoga")]


def test_numbered_arms_named_in_bold_before_a_dash():
    text = ("Participants were assigned to one of three groups:\n\n"
            "1. **Exercise only** — supervised cycling three times weekly (n=48)\n"
            "2. **Supplement only** — 500 mg a day of a widely sold booster (n=47)\n"
            "3. **Control** — a once-weekly stretching and balance class (n=47)\n")
    assert groups(text) == [
        ("Exercise only", 48, None, None, "supervised cycling three times weekly"),
        ("Supplement only", 47, None, None, "500 mg a day of a widely sold booster"),
        ("Control", 47, None, None, "once-weekly stretching and balance class"),
    ]
    # a spaced dash in prose is no arm label
    assert groups("Results - the control group (n = 20) improved.") == [
        ("control group", 20, None, None, None)]


def test_cohort_phrase_and_defining_clause():
    text = "Blog: a cohort of 500,000 people who wore accelerometers was analysed."
    (g,) = extract_study_groups("doc", text)
    assert (g["label"], g["n"], g["species"]) == ("people", 500000, "human")
    assert g["definition"] == "who wore accelerometers"
    assert g["text"] == "a cohort of 500,000 people who wore accelerometers"


def test_contrasted_groups_without_numbers():
    text = "Biopsies were collected from younger and older men, and from young and aged mice."
    assert [(g["label"], g["n"], g["species"]) for g in extract_study_groups("doc", text)] == [
        ("younger men", None, "human"),
        ("older men", None, "human"),
        ("young mice", None, "mouse"),
        ("aged mice", None, "mouse"),
    ]


def test_population_statistics_are_not_study_groups():
    assert groups("More than 2 million people worldwide die of inactivity each year.") == []


def test_passing_quantity_rows_gives_the_same_groups():
    text = ("Press release: 96 sedentary adults aged 40–65 (62 women, 34 men) were randomised:\n"
            "- HIIT: 3 sessions/week (n = 32)\n- Control: usual activity (n = 31)\n")
    rows = extract_quantities("doc", text)
    assert extract_study_groups("doc", text, rows) == extract_study_groups("doc", text)
    assert [(g["label"], g["n"]) for g in extract_study_groups("doc", text, rows)] == [
        ("sedentary adults", 96), ("women", 62), ("men", 34), ("HIIT", 32), ("Control", 31),
    ]


def test_evidence_spans_ids_and_schema():
    text = "We studied 47 people and 40 mice. Younger and older women (n = 9) also took part."
    rows = extract_study_groups("doc", text)
    assert all(text[g["char_start"] : g["char_end"]] == g["text"] for g in rows)
    assert len({g["group_id"] for g in rows}) == len(rows)
    assert rows == extract_study_groups("doc", text)
    table = TABLES["study_groups"]
    table.schema.validate(table.frame(rows))


def test_seed_groups_with_a_size_are_all_found_with_the_right_n(gold, seeds_dir):
    for name, entry in gold.items():
        text = (seeds_dir / name).read_text(encoding="utf-8")
        found = extract_study_groups(name, text)
        sizes = sorted(g["n"] for g in found if g["n"] is not None)
        expected = sorted(g["n"] for g in entry["study_groups"] if g["n"] is not None)
        assert sizes == expected, name
        for g in entry["study_groups"]:
            if g["n"] is None:
                continue
            match = next(f for f in found if f["n"] == g["n"])
            gold_start = text.index(g["evidence_text"])
            gold_end = gold_start + len(g["evidence_text"])
            assert match["char_start"] < gold_end and gold_start < match["char_end"], g["group"]


def test_seed_arms_inherit_the_older_adults_age_range(gold, seeds_dir):
    name = next(n for n in gold if n.startswith("001"))
    found = extract_study_groups(name, (seeds_dir / name).read_text(encoding="utf-8"))
    arms = [g for g in found if g["n"] in (16, 15, 5)]
    assert {(g["age_min"], g["age_max"]) for g in arms} == {(65.0, 80.0)}


def test_seed_contrast_groups_without_a_size(gold, seeds_dir):
    name = next(n for n in gold if n.startswith("002"))
    text = (seeds_dir / name).read_text(encoding="utf-8")
    labels = {g["label"] for g in extract_study_groups(name, text)}
    assert {"younger men", "older men"} <= labels


def test_structured_abstract_headings_are_not_arm_labels():
    text = ("Participants: Sixty-four community-dwelling women aged 60–80 years were randomised to "
            "power training (n = 32) or slow-tempo training (n = 32).")
    assert groups(text) == [
        ("community-dwelling women", 64, 60.0, 80.0, None),
        ("power training", 32, None, None, None),
        ("slow-tempo training", 32, None, None, None),
    ]


def test_only_groups_are_named_and_table_rows_name_their_arms():
    text = ("Eleven trials (n = 498) were pooled. To date (n = 412) none failed. Of 698 adults "
            "screened, 412 were randomised.\nWHAT THEY DID: Male mice (n = 12) ran.\n\n"
            "| Group | n | Change, % |\n|---|---|---|\n| Combined training | 34 | +31.4 |\n")
    assert [(g[0], g[1]) for g in groups(text)] == [
        ("adults", 698), ("Male mice", 12), ("Combined training", 34)]


def test_a_dozen_counts_people():
    assert groups("In one small experiment, a dozen volunteers walked.") == [
        ("volunteers", 12, None, None, None)]


def test_a_definition_ends_at_a_dash_aside():
    text = "We took samples from 14 people who agreed to a scan — and their results were clear."
    assert groups(text) == [("people", 14, None, None, "who agreed to a scan")]
