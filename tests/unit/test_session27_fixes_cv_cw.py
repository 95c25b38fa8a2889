"""Session 27 (batches cv, cw): numbers, DOIs, HTML tables and headers on made-up texts."""

from __future__ import annotations

from quantity_rows import found_one, spans

from agefacts.extract.dois import find_dois
from agefacts.ingest.header import extract_header
from agefacts.ingest.readers import html_document

# --- numbers: a digest's item, its summary then its reference on one line ----------------------


def test_a_digest_item_keeps_the_numbers_of_its_summary_before_its_reference():
    text = ("Balance and hearing. Among 4,210 adults aged 50 to 74 followed for 6.5 years, each "
            "10-dB loss of hearing was linked to a 9% higher risk of falls (HR 1.09; 95% CI, "
            "1.03-1.15). The link held in women. Age Ageing. 2025;54(3):e112. doi:10.1093/ab/cd123\n")
    got = spans(text)
    assert "4,210 adults" in got and "6.5 years" in got and "9%" in got
    assert any(s.startswith("HR 1.09") for s in got)


def test_a_reference_entry_with_a_doi_stays_masked():
    text = ("Okafor JT, Lind B, Marsh P. Grip strength and falls in older adults: a cohort of "
            "4,210 people. Age Ageing. 2025;54(3):e112. doi:10.1093/ab/cd123\n")
    assert spans(text) == []


def test_a_doi_with_brackets_of_its_own_closes_a_bracketed_source():
    text = ("The study, published in a journal (doi:10.1016/S1234-5678(26)00012-3), followed "
            "1,904 adults aged 60 to 85 for a median of 4.1 years.")
    got = spans(text)
    assert "1,904 adults" in got and "4.1 years" in got


# --- numbers: area under the curve, an elliptic count, an increment before "stands" -------------


def test_area_under_the_curve_spelled_out_is_an_auc():
    text = "The score sorted cases with an area under the curve of 0.77, compared with 0.69 for age alone."
    assert found_one(text, "area under the curve of 0.77")[4] == "auc"
    assert found_one(text, "0.69")[4] == "auc"


def test_a_count_before_an_elliptic_auxiliary_counts_the_people_before_it():
    text = "The cohort followed 1,500 women for 8 years. None had frailty at first. By the end, 212 did."
    assert found_one(text, "212")[4] == "people"


def test_an_elliptic_auxiliary_without_a_larger_people_count_reads_nothing():
    assert "12" not in spans("Over 30 days, 12 did.")


def test_an_increment_before_stands_makes_it_counted():
    text = "The training group managed 3.4 more stands than at the start."
    assert found_one(text, "3.4 more stands")[4] == "stands"
    assert spans("The 3 stands out.") == []


# --- numbers: an age after a headline's person noun, a place before it ------------------------


def test_a_place_before_a_person_noun_gives_a_headline_age():
    text = "# Bristol grandad, 88, who could not climb a hill now walks it daily"
    assert found_one(text, "88")[4] == "years"


# --- DOIs: a redirect's query ----------------------------------------------------------------


def test_a_doi_inside_a_redirect_ends_at_the_next_parameter():
    text = "(https://www.example.com/url?q=https://doi.org/10.5555/abc.123&sa=D&ust=99)"
    assert [d.doi for d in find_dois(text)] == ["10.5555/abc.123"]


def test_a_redirect_link_target_keeps_only_its_doi():
    html = ('<p>See <a href="https://www.example.com/url?q=https://doi.org/10.5555/xyz.9&amp;sa=D'
            '&amp;usg=AbC">the paper</a>.</p>')
    text, _, _ = html_document(html)
    assert "(https://doi.org/10.5555/xyz.9)" in text and "&sa" not in text


# --- HTML tables: short cells on one line, a th-less header row --------------------------------


def test_a_word_processor_table_keeps_its_rows_and_gets_a_header():
    html = ("<table><tr><td><p>Outcome</p></td><td><p>Group A</p></td><td><p>Group B</p></td></tr>"
            "<tr><td><p>Gait, m/s</p></td><td><p>+0.07</p></td><td><p>+0.01</p></td></tr></table>")
    text, _, _ = html_document(html)
    assert "| Outcome | Group A | Group B |\n|---|---|---|\n| Gait, m/s | +0.07 | +0.01 |" in text


def test_a_one_cell_layout_row_keeps_its_paragraphs():
    html = "<table><tr><td><p>Newsletter title</p><p>By Jane Roe, Editor</p></td></tr></table>"
    text, _, _ = html_document(html)
    assert "Newsletter title\n\nBy Jane Roe, Editor" in text


def test_a_table_whose_first_row_holds_numbers_gets_no_header():
    html = ("<table><tr><td>Participants</td><td>120</td></tr>"
            "<tr><td>Women</td><td>64</td></tr></table>")
    text, _, _ = html_document(html)
    assert "---" not in text


def test_a_title_styled_paragraph_is_the_headline():
    html = ('<body><p class="c1 subtitle">Summary</p><p class="c2 title">Lifting fast at seventy</p>'
            "<p>At a glance</p></body>")
    _, _, h1 = html_document(html)
    assert h1 == "Lifting fast at seventy"


# --- headers ---------------------------------------------------------------------------------


def test_a_weather_widget_line_is_no_headline():
    text = ("[City Post](https://www.example.com/)\n\n[News](/news) | [Health](/health) | [Sport](/sport)"
            "\n\n☁ Exeter 9°C\n\n**NEWS** › **HEALTH**\n\n"
            "# Pensioners who lift weights sleep better, study finds\n\n"
            "### Short bursts of exercise help, researchers say\n\n"
            "![A man lifting](https://img.example.com/a.jpg)\n*A man lifting (Image: City Post)*\n\n"
            "By **Ann Lee**, Health Reporter\n\n08:00, 17 MAR 2026\n")
    assert extract_header(text).title == "Pensioners who lift weights sleep better, study finds"


def test_a_linked_site_name_and_tagline_is_no_headline():
    text = ("[The Hub](/sites/hub) · Northfield Water staff intranet\n\n"
            "# Why strength matters after fifty\n\n"
            "Published 4 May 2026 · Ravi Doshi-Kerr, Wellbeing Adviser · 3 min read\n\nText.\n")
    header = extract_header(text)
    assert header.title == "Why strength matters after fifty"
    assert header.byline == "Ravi Doshi-Kerr"


def test_a_menu_bar_is_no_byline():
    text = ("Example County Nurses Association\nMember Login | Join/Renew | Find a Physician | Contact Us\n\n"
            "A nurse in Dover got her ward walking. Falls halved.\n\n"
            "By Tom Baxter-Lyle, Communications\nPosted May 2, 2026\n\nText of the story.\n")
    assert extract_header(text).byline == "Tom Baxter-Lyle"
