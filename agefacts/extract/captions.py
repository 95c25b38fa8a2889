"""Caption files (SRT, WebVTT) inside a document: which characters are cue furniture and where
their line breaks are only the subtitle's wrapping.

A caption export cuts speech into cues of one or two short lines, each under a cue number and a
timing line ("57\n00:01:12,400 --> 00:01:15,900\n"). A sentence, and a number with its unit,
run on across lines and cues ("we recruited 184 | adults aged 78 to 94"), so extractors that read
phrases read a view of the text in which the furniture and the wrapping are spaces (same length:
offsets stay the document's). Cue numbers and timings are never facts.
"""

from __future__ import annotations

import re

#: A cue's timing line: "00:01:12,400 --> 00:01:15,900" (SRT), "01:12.400 --> 01:15.900 line:90%"
#: (WebVTT, hours optional, settings after).
_TIMING = re.compile(
    r"^[ \t]*(?:\d{1,3}:)?\d{1,2}:\d\d[,.]\d{1,3}[ \t]+-->[ \t]+(?:\d{1,3}:)?\d{1,2}:\d\d[,.]\d{1,3}"
    r"[^\n]*(?:\n|$)",
    re.M,
)
_ID_MAX = 40  # a cue identifier line is short (a number or a name)


def cue_furniture(text: str) -> list[tuple[int, int]]:
    """Spans of cue identifiers and timing lines (each with its line break), in order."""
    if "-->" not in text:
        return []
    out: list[tuple[int, int]] = []
    for m in _TIMING.finditer(text):
        start = m.start()
        if start >= 2 and text[start - 1] == "\n":  # the identifier: a short line right before,
            ls = text.rfind("\n", 0, start - 1) + 1  # opening the text or after a blank line
            ident = text[ls : start - 1]
            if ident.strip() and len(ident) <= _ID_MAX and (ls == 0 or text[ls - 2 : ls] == "\n\n"):
                start = ls
        out.append((start, m.end()))
    return out


def join_cues(low: str, furniture: list[tuple[int, int]]) -> str:
    """``low`` (a same-length view of the text) with each cue's furniture, the blank lines between
    one cue and the next, and the line breaks inside a cue's text read as spaces."""
    if not furniture:
        return low
    chars = list(low)
    prev_text_end = -1  # end of the previous cue's text
    for i, (s, e) in enumerate(furniture):
        for j in range(s, e):
            chars[j] = " "
        if prev_text_end >= 0 and not low[prev_text_end:s].strip():
            for j in range(prev_text_end, s):
                chars[j] = " "
        nxt = furniture[i + 1][0] if i + 1 < len(furniture) else len(low)
        blank = low.find("\n\n", e, nxt)  # the cue's text ends at a blank line
        end = blank if blank >= 0 else (nxt if nxt < len(low) else _last_line_end(low, e))
        for j in range(e, end):
            if chars[j] == "\n":
                chars[j] = " "
        prev_text_end = end
    return "".join(chars)


def _last_line_end(low: str, pos: int) -> int:
    """The last cue's text runs to a blank line or the end of the text."""
    blank = low.find("\n\n", pos)
    return len(low) if blank < 0 else blank


def without_cues(snippet: str) -> str:
    """A snippet of text (a row's surface) with its cue furniture removed and its spaces
    collapsed: "184\n\n73\n00:04:00,279 --> 00:04:03,279\nadults" reads "184 adults"."""
    parts, pos = [], 0
    for s, e in cue_furniture(snippet):
        parts.append(snippet[pos:s])
        pos = e
    parts.append(snippet[pos:])
    return " ".join("".join(parts).split())
