"""Markdown, tab-separated and space-aligned tables: where they are and what each body cell holds, with offsets into the text.

Why a module of its own: prose extractors read a table row as one run-on sentence, so a number
in a cell loses its meaning (the column header says what it measures). This finds GitHub-style
pipe tables (a header line, a delimiter line of dashes, body lines) and returns every cell with
its column header and row label; extractors decide what a cell means. Tables pasted from
slides, spreadsheets or PDFs come as tab-separated lines instead (``tab_tables``), or as
columns aligned with runs of spaces (``space_tables``).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

#: The delimiter line under a header: at least two columns of dashes (colons for alignment)
#: separated by pipes, so a horizontal rule (``---``) is not one.
_DELIMITER = re.compile(
    r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$", re.MULTILINE
)
_EMPHASIS = " \t*_`"


@dataclass(frozen=True)
class Cell:
    """One body cell: ``text[start:end] == text`` (the content without padding)."""
    start: int
    end: int
    text: str
    row: int  # body row, 0-based
    column: int  # 0-based
    header: str  # the column's header text, emphasis removed ("" when the header is shorter)
    row_label: str  # the row's first cell, emphasis removed


@dataclass(frozen=True)
class MarkdownTable:
    start: int  # first character of the header line
    end: int  # end of the last body line
    header_end: int  # end of the delimiter line: header numbers are names, not data
    header: tuple[str, ...]
    cells: tuple[Cell, ...]
    kind: str = "pipe"  # "pipe" (markdown), "tab" (columns separated by tabs) or "space"


def _split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each cell's stripped content on the line ``text[start:end]``; a pipe
    after a backslash is content."""
    bounds = [start - 1]
    i = start
    while i < end:
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if c == "|":
            bounds.append(i)
        i += 1
    bounds.append(end)
    spans = []
    for a, b in itertools.pairwise(bounds):
        a += 1
        while a < b and text[a] in " \t":
            a += 1
        while b > a and text[b - 1] in " \t\r":
            b -= 1
        spans.append((a, b))
    # Leading and trailing pipes open and close the row: drop the empty edges they make.
    if text[start:end].lstrip(" \t").startswith("|") and spans and spans[0][0] == spans[0][1]:
        spans = spans[1:]
    if text[start:end].rstrip(" \t\r").endswith("|") and spans and spans[-1][0] == spans[-1][1]:
        spans = spans[:-1]
    return spans


def _plain(text: str) -> str:
    return text.strip(_EMPHASIS)


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def markdown_tables(text: str) -> list[MarkdownTable]:
    """Every pipe table of ``text`` in order. A table is a header line with a pipe, the
    delimiter line right under it, and the body lines after it that contain a pipe."""
    if "|" not in text or "-" not in text:
        return []
    tables = []
    for d in _DELIMITER.finditer(text):
        header_start = text.rfind("\n", 0, max(0, d.start() - 1)) + 1
        if d.start() == 0 or "|" not in text[header_start : d.start()]:
            continue
        header = tuple(_plain(text[a:b]) for a, b in _split(text, header_start, d.start() - 1))
        cells: list[Cell] = []
        pos, row, end = d.end() + 1, 0, d.end()
        while pos <= len(text):
            line_end = _line_end(text, pos)
            line = text[pos:line_end]
            if "|" not in line or not line.strip():
                break
            spans = _split(text, pos, line_end)
            label = _plain(text[spans[0][0] : spans[0][1]]) if spans else ""
            for column, (a, b) in enumerate(spans):
                head = header[column] if column < len(header) else ""
                cells.append(Cell(a, b, text[a:b], row, column, head, label))
            row += 1
            end = line_end
            pos = line_end + 1
        tables.append(MarkdownTable(header_start, end, d.end(), header, tuple(cells)))
    return tables


_TAB_RUN = re.compile(r"[^\t\n]+")
_TAB_LINE = re.compile(r"^[^\t\n]*\t[^\n]*", re.MULTILINE)


def _tab_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each tab-separated cell of ``text[start:end]``, padding stripped; a line
    opening with tabs has an empty first cell (a header over the row labels)."""
    spans = []
    if text[start : start + 1] == "\t":
        spans.append((start, start))
    for m in _TAB_RUN.finditer(text, start, end):
        a, b = m.start(), m.end()
        while a < b and text[a] == " ":
            a += 1
        while b > a and text[b - 1] in " \r":
            b -= 1
        if a < b:
            spans.append((a, b))
    return spans


def tab_tables(text: str) -> list[MarkdownTable]:
    """Every block of three or more consecutive lines whose cells are separated by tabs (a
    header line, then body lines of at least two cells), as a table of kind ``tab``. Cells line
    up by their order on the line: a run of tabs is one separator. Numbers in the header line
    stay the prose scanner's (``SET (n=48)`` is a group's size), so ``header_end`` is the
    table's start."""
    if "\t" not in text:
        return []
    tables: list[MarkdownTable] = []
    block: list[tuple[int, int, list[tuple[int, int]]]] = []
    for m in _TAB_LINE.finditer(text):  # only lines with a tab: the rest is never looked at
        spans = _tab_cells(text, m.start(), m.end())
        if block and (len(spans) < 2 or block[-1][1] + 1 != m.start()):
            _close_tab_block(text, block, tables)
            block = []
        if len(spans) >= 2:
            block.append((m.start(), m.end(), spans))
    _close_tab_block(text, block, tables)
    return tables


def _close_tab_block(text: str, block: list, tables: list[MarkdownTable]) -> None:
    if len(block) < 3:
        return
    header = tuple(_plain(text[a:b]) for a, b in block[0][2])
    cells: list[Cell] = []
    for row, (_, _, spans) in enumerate(block[1:]):
        label = _plain(text[spans[0][0] : spans[0][1]])
        for column, (a, b) in enumerate(spans):
            head = header[column] if column < len(header) else ""
            cells.append(Cell(a, b, text[a:b], row, column, head, label))
    start = block[0][0]
    tables.append(MarkdownTable(start, block[-1][1], start, header, tuple(cells), kind="tab"))


#: A gap of three or more spaces between two cells of a table laid out with spaces (PDF text,
#: plain-text reports); two spaces often end a sentence in prose.
_GAP = re.compile(r"   +")  # " {3,}" with a literal first: the engine searches, not steps
_INNER_GAP = re.compile(r"   +(?=[^ \n])")  # a literal first: the engine searches, not steps


def _space_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, pos = [], start
    while pos < end and text[pos] == " ":
        pos += 1
    for gap in _GAP.finditer(text, pos, end):
        if gap.start() > pos:
            spans.append((pos, gap.start()))
        pos = gap.end()
    stop = end
    while stop > pos and text[stop - 1] in " \r":
        stop -= 1
    if stop > pos:
        spans.append((pos, stop))
    return spans


def space_tables(text: str) -> list[MarkdownTable]:
    """Every block of three or more consecutive lines whose cells are separated by runs of
    three or more spaces (a header line, then body lines of at least two cells), as a table
    of kind ``space``. A body cell belongs to the header column it lies under (the one it
    overlaps most, else the nearest): a row may leave columns empty ("Total ... 1,542,650").
    Two-column page text has the same shape; its cells are prose, which no reader takes
    for a number, and its first line names no measure."""
    if "   " not in text:
        return []
    tables: list[MarkdownTable] = []
    block: list[tuple[int, int, list[tuple[int, int]]]] = []
    line_end = -1
    for gap in _INNER_GAP.finditer(text):  # only lines with a gap: the rest is never looked at
        if gap.start() < line_end:
            continue  # a line already taken
        line_start = text.rfind("\n", 0, gap.start()) + 1
        line_end = _line_end(text, gap.end())
        spans = _space_cells(text, line_start, line_end)
        if len(spans) < 2 or "|" in text[line_start:line_end] or "\t" in text[line_start:line_end]:
            continue  # an indented line, or a pipe or tab table's
        if block and block[-1][1] + 1 != line_start:
            _close_space_block(text, block, tables)
            block = []
        block.append((line_start, line_end, spans))
    _close_space_block(text, block, tables)
    return tables


def _column(a: int, b: int, heads: list[tuple[int, int]]) -> int:
    """Index of the header span (columns relative to the line start) a cell lies under."""
    overlaps = [min(b, hb) - max(a, ha) for ha, hb in heads]
    best = max(range(len(heads)), key=lambda i: overlaps[i])
    if overlaps[best] > 0:
        return best
    mid = (a + b) / 2
    return min(range(len(heads)), key=lambda i: abs((heads[i][0] + heads[i][1]) / 2 - mid))


def _blank_stub(block: list, first_head: int) -> bool:
    """Whether the header line leaves the row-label column blank ("      Group A   Group B"
    over "  Weight, kg   71.2   70.8"): every body row's first cell ends left of the first
    header cell, so that cell heads the second column, not the labels. A row with no label
    (a second header line, "(n = 40)") starts under the header cells and says nothing."""
    labelled = 0
    for line_start, _, spans in block[1:]:
        a, b = spans[0][0] - line_start, spans[0][1] - line_start
        if b < first_head:
            labelled += 1
        elif a < first_head:
            return False  # a first cell reaching under the first header cell: no blank stub
    return labelled >= 2


def _close_space_block(text: str, block: list, tables: list[MarkdownTable]) -> None:
    if len(block) < 3:
        return
    start = block[0][0]
    heads = [(a - start, b - start) for a, b in block[0][2]]
    header = tuple(_plain(text[a:b]) for a, b in block[0][2])
    if _blank_stub(block, heads[0][0]):
        heads, header = [(0, heads[0][0] - 1), *heads], ("", *header)
    cells: list[Cell] = []
    for row, (line_start, _, spans) in enumerate(block[1:]):
        label = _plain(text[spans[0][0] : spans[0][1]])
        for a, b in spans:
            column = _column(a - line_start, b - line_start, heads)
            cells.append(Cell(a, b, text[a:b], row, column, header[column], label))
    tables.append(MarkdownTable(start, block[-1][1], start, header, tuple(cells), kind="space"))


#: A line holding one number and nothing else ("+47", "−9", "71.2", "38%"): pdftotext puts
#: each cell of a table laid out in boxes on a line of its own. A literal first: the engine
#: searches for line breaks, not steps.
_NUMBER_LINE = re.compile(
    r"\n[ \t]*[+−–-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?[ \t]*%?[ \t\r]*(?=\n|$)"
)
#: Most lines a row label may wrap over, and the longest label line.
_LABEL_LINES = 2
_LABEL_WIDTH = 60


def has_number_line(text: str) -> bool:
    """Whether some line of ``text`` holds only a number (the cheap test before
    ``line_tables``)."""
    return _NUMBER_LINE.search(text) is not None


def _label_line(line: str) -> bool:
    s = line.strip()
    return 0 < len(s) <= _LABEL_WIDTH and any(c.isalpha() for c in s) and s[-1] not in ".!?:;"


def line_tables(text: str) -> list[MarkdownTable]:
    """Tables whose cells pdftotext put one per line: a row label (one or two lines, the second
    a wrap of the first), then the row's values, one number per line, the same count in every
    row ("Leg press, kg / +12 / +3 / Diastolic pressure at rest, / mmHg / −5 / −2").
    A table is three or more such rows in a row, two values or more each, with no blank line:
    prose seldom puts a lone number on a line, and never in that rhythm. Column 0 is the label;
    the header lines above (group names broken over lines) are not split into columns, so the
    values read with what their row label names, and the header's numbers ("(n = 54)") stay the
    scanner's."""
    runs: list[list[tuple[int, int, int, int]]] = []  # adjacent number lines: line and number spans
    for m in _NUMBER_LINE.finditer(text):
        line_start, line_end = m.start() + 1, m.end()
        a, b = line_start, line_end
        while a < b and text[a] in " \t":
            a += 1
        while b > a and text[b - 1] in " \t\r":
            b -= 1
        if runs and runs[-1][-1][1] + 1 == line_start:
            runs[-1].append((line_start, line_end, a, b))
        else:
            runs.append([(line_start, line_end, a, b)])
    tables: list[MarkdownTable] = []
    rows: list[tuple[int, str, list[tuple[int, int, int, int]]]] = []  # label start, label, values
    for run in runs:
        row = None
        if rows and len(run) == len(rows[-1][2]):
            row = _label_between(text, rows[-1][2][-1][1] + 1, run[0][0] - 1)
        if row is None:
            _close_line_table(text, rows, tables)
            rows = []
            row = _label_above(text, run[0][0]) if len(run) >= 2 else None
        if row is not None:
            rows.append((row[0], row[1], run))
    _close_line_table(text, rows, tables)
    return tables


def _join(*lines: str) -> str:
    """A label wrapped over lines, as one line: a word broken at a hyphen joins without a space."""
    out = ""
    for line in lines:
        out += ("" if not out or out.endswith("-") else " ") + line.strip()
    return out


def _label_between(text: str, start: int, end: int) -> tuple[int, str] | None:
    """The row label filling ``text[start:end]`` (the lines between two rows' values): one or
    two label lines."""
    if end <= start:
        return None
    lines = text[start:end].split("\n")
    if len(lines) > _LABEL_LINES or not all(_label_line(line) for line in lines):
        return None
    return start, _join(*lines)


def _label_above(text: str, line_start: int) -> tuple[int, str] | None:
    """The label of a table's first row: the line right above its first value, with the line
    above that one when the label wraps onto it (it ends with a comma or a hyphen)."""
    if line_start == 0:
        return None
    start = text.rfind("\n", 0, line_start - 1) + 1
    label = text[start : line_start - 1]
    if not _label_line(label):
        return None
    if start > 0:
        upper_start = text.rfind("\n", 0, start - 1) + 1
        upper = text[upper_start : start - 1]
        if upper.rstrip().endswith((",", "-")) and _label_line(upper):
            return upper_start, _join(upper, label)
    return start, label.strip()


def _close_line_table(text: str, rows: list, tables: list[MarkdownTable]) -> None:
    if len(rows) < 3:
        return
    cells: list[Cell] = []
    for row, (_, label, run) in enumerate(rows):
        for column, (_, _, a, b) in enumerate(run, start=1):
            cells.append(Cell(a, b, text[a:b], row, column, "", _plain(label)))
    start = rows[0][0]
    tables.append(MarkdownTable(start, rows[-1][2][-1][1], start, ("",), tuple(cells), kind="line"))
