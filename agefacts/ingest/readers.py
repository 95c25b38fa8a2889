"""Decode a source file's bytes into the text that all offsets index into.

Readers are pure: bytes in, text out, or a ``RejectedInput`` saying why not. Newlines are
normalised to ``\\n`` so that offsets do not depend on the platform that wrote the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import unquote

from agefacts.ids import sha256_bytes
from agefacts.ingest.header import Header


@dataclass(frozen=True)
class RejectedInput:
    source_path: str
    sha256: str | None
    reason: str  # empty | binary | not_utf8 | unreadable | duplicate | unsupported | malformed
    detail: str

    def as_row(self) -> dict[str, object]:
        return {
            "source_path": self.source_path,
            "sha256": self.sha256,
            "reason": self.reason,
            "detail": self.detail,
        }


@dataclass(frozen=True)
class ReadText:
    source_path: str
    sha256: str
    size: int
    kind: str  # text | markdown | html | feed
    text: str
    html_title: str | None = None
    #: The page's headline: its first <h1> in the article (see ``html_document``).
    html_h1: str | None = None
    #: Header fields the source states in its own markup (a feed item's title, author and
    #: date): they win over what the header rules read from the text.
    declared: Header | None = None


_LIGATURES = str.maketrans(
    {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
     "\ufb05": "st", "\ufb06": "st"}
)


def decode(source_path: str, data: bytes, suffix: str) -> ReadText | RejectedInput:
    digest = sha256_bytes(data)
    if not data.strip():
        what = "file is empty" if not data else f"file holds only whitespace ({len(data)} bytes)"
        return RejectedInput(source_path, digest, "empty", f"{source_path}: {what}")
    if b"\x00" in data[:8192]:
        return RejectedInput(
            source_path, digest, "binary", f"{source_path}: binary content (NUL bytes), not text"
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return RejectedInput(
            source_path,
            digest,
            "not_utf8",
            f"{source_path}: not valid UTF-8 at byte {exc.start} ({exc.reason})",
        )
    # Line ends as "\n"; typographic ligatures (PDF copies write "ﬁve", "ﬂuid") as the letters
    # they stand for, so words and number words read as written.
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_LIGATURES)
    title = h1 = declared = None
    kind = {".md": "markdown", ".html": "html", ".htm": "html", ".xml": "feed"}.get(suffix, "text")
    if kind == "html":
        text, title, h1 = html_document(text)
    elif kind == "feed":
        from agefacts.ingest.feeds import FeedError, feed_document  # feeds reuse html_document

        try:
            text, first = feed_document(source_path, text)
        except FeedError as exc:
            return RejectedInput(source_path, digest, exc.reason, exc.detail)
        declared = Header(title=first.title, byline=first.author, published=first.published)
    if not text.strip():
        return RejectedInput(source_path, digest, "empty", f"{source_path}: no text content")
    return ReadText(source_path, digest, len(data), kind, text, title, h1, declared)


_BLOCK = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table",
    "section", "article", "header", "footer", "blockquote", "pre", "hr", "figcaption", "dd",
    "dt", "title", "main", "aside", "nav", "listing", "xmp", "plaintext", "textarea",
}
#: Preformatted blocks: a browser shows their text with its line breaks and runs of spaces
#: (a table set in columns, a poem, code), so the reader keeps them (see ``_pre_text``).
#: <listing>, <xmp> and <plaintext> are the obsolete forms of <pre>; a <textarea>'s text is
#: shown the same way.
_PRE = frozenset({"pre", "listing", "xmp", "plaintext", "textarea"})
#: Stand-ins for a preformatted block's spaces and tabs while the page's text is assembled
#: (Unicode noncharacters: never in a page's text). The line clean-up in ``html_document``
#: collapses whitespace; these are not whitespace to it, and become spaces and tabs again
#: after it.
_PRE_SPACE, _PRE_TAB = "\ufdd0", "\ufdd1"
_PRE_RESTORE = str.maketrans({_PRE_SPACE: " ", _PRE_TAB: "\t"})
#: The most characters a table cell's text has to be joined on one line (see ``_join_cell``).
_CELL_CHARS = 300
#: How a table's data cell starts: a digit, a sign, a currency or a decimal point.
_CELL_NUMBER_START = frozenset("0123456789+-−–±.$£€")
_SKIP = {"script", "style", "noscript", "template", "svg", "head"}
#: A DOI inside a link target (doi.org, dx.doi.org, a publisher's /doi/ path).
_HREF_DOI = re.compile(r"\b(10\.\d{4,9}/[^\s?#\"'<>]+)")
#: Page furniture: an <h1> here is a site's name, not the article's headline. A <header> is
#: furniture only outside <article>/<main> (an article's own <header> holds its headline).
_CHROME = {"nav", "footer", "aside"}
_CONTENT = {"article", "main"}
#: An inline element's class naming a place ("location", "place", "dateline", "city"): the
#: city a writer files from, set in its own span beside the byline. Its text is set off from
#: the name before it (" · "), so the byline does not run on into the city.
_PLACE_CLASS = re.compile(r"(?:^|[-_])(?:location|place|dateline|city)(?:$|[-_])")


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.in_title = False
        self.title_parts: list[str] = []
        self.cells = 0  # cells so far in the current table row
        self.header_row = False  # the current row has <th> cells
        self.sup: list[str] | None = None  # text of an open <sup>
        self.open = dict.fromkeys((*_CHROME, *_CONTENT, "header"), 0)  # depth of each
        self.site_header = 0  # depth of <header>s opened outside the content
        self.h1: list[str] | None = None  # text of the <h1> being read
        self.h1s: list[tuple[bool, str]] = []  # (inside the content, text) of readable <h1>s
        self.h1_kept = False  # the open <h1> is outside page furniture
        self.h1_tag = "h1"  # the tag of the open headline: <h1>, or a <p> of class "title"
        self.link_doi: str | None = None  # DOI of the open <a>'s target
        self.link_start = 0  # index in ``parts`` where its text starts
        self.cell_starts: list[int] = []  # index in ``parts`` where each cell of the open row starts
        self.row_start: int | None = None  # index in ``parts`` where the open row's cells start
        self.tables: list[list[tuple[int, int, bool, str]]] = []  # rows of each open <table>
        self.pre = 0  # depth of open preformatted blocks (<pre> and its kin)
        self.pre_start = False  # nothing read yet since a preformatted block opened
        self.had_pre = False  # the page has a preformatted block

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.pre_start = False
        if tag in _PRE:
            self.pre += 1
            self.pre_start = self.had_pre = True
        if tag == "title":
            self.in_title = True
        if tag in self.open:
            self.open[tag] += 1
            if tag == "header" and not (self.open["article"] or self.open["main"]):
                self.site_header += 1
        if (tag == "h1" or (tag == "p" and "title" in (dict(attrs).get("class") or "").split())) \
                and not self.skip_depth and self.h1 is None:
            # a word processor's export sets its Title style as a class on a paragraph
            self.h1, self.h1_tag = [], tag
            self.h1_kept = not (self.site_header or any(self.open[t] for t in _CHROME))
        if tag in _SKIP:
            self.skip_depth += 1
        elif tag == "a":
            href = unquote(dict(attrs).get("href") or "")
            found = _HREF_DOI.search(href)
            doi = found.group(1) if found else None
            if doi and "&" in doi and "?" in href[: found.start()]:
                # a link wrapped in a redirect ("google.com/url?q=https://doi.org/10.1/x&sa=D"):
                # the DOI is a query's value and ends at the next parameter
                doi = doi.partition("&")[0]
            self.link_doi = doi.rstrip(".,;)") if doi else None
            self.link_start = len(self.parts)
        elif tag == "tr":  # rows as markdown table rows: cells stay apart, tables stay tables
            while self.parts and self.parts[-1] == " ":  # the markup's line breaks
                self.parts.pop()
            self.parts.append("| " if "".join(self.parts[-1:]).endswith("\n") else "\n| ")
            self.cells, self.header_row = 0, False
            self.row_start = len(self.parts)
            self.cell_starts = []
        elif tag in ("td", "th"):
            if self.cells:
                self.parts.append(" | ")
            self.cells += 1
            self.cell_starts.append(len(self.parts))
            self.header_row = self.header_row or tag == "th"
        elif tag == "sup":
            self.sup = []
        elif tag == "table":
            self.tables.append([])
            self.parts.append("\n\n")
        elif tag == "li":
            self.parts.append("\n- ")
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK:
            self.parts.append("\n\n")
        elif attrs and any(_PLACE_CLASS.search(c) for k, v in attrs if k == "class" and v for c in v.split()):
            self.parts.append(" · ")

    def handle_endtag(self, tag: str) -> None:
        self.pre_start = False
        if tag in _PRE and self.pre:
            self.pre -= 1
        if tag == "title":
            self.in_title = False
        if self.open.get(tag):
            self.open[tag] -= 1
            if tag == "header" and self.site_header and not (self.open["article"] or self.open["main"]):
                self.site_header -= 1
        if tag == self.h1_tag and self.h1 is not None:
            if self.h1_kept:
                inside = bool(self.open["article"] or self.open["main"])
                self.h1s.append((inside, " ".join("".join(self.h1).split())))
            self.h1 = None
        if tag in _SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag == "a" and self.link_doi:
            self._keep_link_doi()
        elif tag == "tr":
            self._join_cells()
            self.parts.append(" |\n")
            if self.header_row:
                self.parts.append("|" + "---|" * self.cells + "\n")
            if self.tables and self.row_start is not None:
                row = "".join(self.parts[self.row_start :])
                self.tables[-1].append((len(self.parts), self.cells, self.header_row, row))
            self.cells, self.row_start = 0, None
        elif tag == "table":
            self._header_row(self.tables.pop() if self.tables else [])
            self.parts.append("\n\n")
        elif tag == "sup" and self.sup is not None:
            self.parts.append(_superscript("".join(self.sup).strip(), "".join(self.parts[-1:])))
            self.sup = None
        elif tag in _BLOCK and tag not in {"li", "br"}:
            self.parts.append("\n\n")

    def _header_row(self, rows: list[tuple[int, int, bool, str]]) -> None:
        """A table without <th> cells whose first row heads the others (a word processor's
        export writes headers as plain cells): a delimiter line under that row makes it the
        table's header. Its cells are short and start with a word ("Measure", "Group (n =
        41)"); a cell below starts with a number ("+38", "0.08 (0.02 to 0.14)"). A first row
        with a number at a cell's start holds data, and a layout table's long cells no header."""
        if len(rows) < 2 or any(th for _, _, th, _ in rows) or rows[0][1] < 2:
            return
        end, cells, _, first = rows[0]
        heads = [c.strip() for c in first.rstrip().rstrip("|").split("|")]
        if "\n" in first.rstrip() or len(first) > _CELL_CHARS * cells \
                or not all(h[:1].isalpha() for h in heads):
            return
        numeric = any(c.strip()[:1] in _CELL_NUMBER_START
                      for _, _, _, row in rows[1:] for c in row.split("|")[1:])
        if numeric:
            self.parts.insert(end, "|" + "---|" * cells + "\n")

    def _join_cells(self) -> None:
        """The short cells of a row of two or more on one line each (a word processor's export
        puts each cell's text in a <p>): the row stays one table row. A row of one cell is an
        e-mail's layout box, and a long cell a layout column holding an article: their
        paragraphs stay apart."""
        starts, self.cell_starts = self.cell_starts, []
        if len(starts) < 2:
            return
        ends = [*starts[1:], len(self.parts)]
        for start, end in reversed(list(zip(starts, ends, strict=True))):
            cell = "".join(self.parts[start:end])
            if "\n" in cell and len(cell) <= _CELL_CHARS:
                self.parts[start:end] = [" " + " ".join(cell.split()) + " "]

    def _keep_link_doi(self) -> None:
        """A link whose target is a DOI but whose text is not ("Read the paper") keeps the DOI
        after its text: the cited work is often named only by the link, and a citation needs
        its identifier in the document's text to have a span."""
        doi, self.link_doi = self.link_doi, None
        if self.skip_depth or doi is None:
            return
        shown = "".join(self.parts[self.link_start :])
        if doi.lower() not in shown.lower():
            self.parts.append(f" (https://doi.org/{doi})")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
        if self.skip_depth:
            return
        if self.h1 is not None:
            self.h1.append(data)
        if self.sup is not None:
            self.sup.append(data)
            return
        if self.pre:
            self.parts.append(self._pre_text(data))
        else:
            self.parts.append(re.sub(r"\s+", " ", data))

    def _pre_text(self, data: str) -> str:
        """A preformatted block's text as a browser shows it: its line breaks stay line breaks
        and its spaces and tabs stay (as stand-ins until ``html_document`` has tidied the
        lines). A line break right after the opening tag is not shown (HTML drops it)."""
        if self.pre_start and data.startswith("\n"):
            data = data[1:]
        self.pre_start = False
        return re.sub(r"[^\S\n]", lambda m: _PRE_TAB if m.group() == "\t" else _PRE_SPACE, data)


_EXPONENTS = {"2": "²", "3": "³"}


def _superscript(content: str, before: str) -> str:
    """A <sup> as plain text: an exponent after a unit ("m²"), else a marker ("^{2}") that
    reads as a citation marker, never as digits glued to the number before it."""
    if not content:
        return ""
    if content in _EXPONENTS and before[-1:].isalpha():
        return _EXPONENTS[content]
    return "^{" + content + "}"


def html_to_text(markup: str) -> tuple[str, str | None]:
    """Visible text of an HTML page, one block per paragraph, and its <title>."""
    text, title, _ = html_document(markup)
    return text, title


def html_document(markup: str) -> tuple[str, str | None, str | None]:
    """Visible text of an HTML page, its <title> and its headline: the first <h1> inside
    <article>/<main>, else the first one outside navigation, footers, asides and a site's
    <header> (a <title> often differs from the headline: SEO wording, a site's name)."""
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    raw = "".join(parser.parts)
    lines = [" ".join(line.split()) for line in raw.split("\n")]
    if parser.had_pre:  # a preformatted block's spaces and tabs, kept (trailing ones are not seen)
        lines = [line.translate(_PRE_RESTORE).rstrip() for line in lines]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    text = "\n".join(out).strip("\n") + "\n"
    title = " ".join("".join(parser.title_parts).split()) or None
    h1s = [h for h in parser.h1s if h[1]]
    h1 = next((h for inside, h in h1s if inside), None) or (h1s[0][1] if h1s else None)
    return text, title, h1
