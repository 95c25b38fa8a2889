"""RSS 2.0, RSS 1.0 and Atom feeds (``.xml``) read as documents.

A news site's feed often carries the whole article (``content:encoded`` in RSS, ``content`` in
Atom) with its headline, author and date as separate elements. The document's text is what a
reader sees of each item: its title, a "By Author · date" line and its body, the body's HTML
reduced to text as the HTML reader reduces a page (``readers.html_document``). A feed with
several items keeps every item, in feed order, each as its own section that starts with the
item's title line, so no article text is dropped. The document's header (title, byline,
published) is the FIRST item's, taken from its elements: the channel's title is the site's
name, not an article's headline.

Elements are matched by local name, so the namespace prefixes a feed uses do not matter
(``dc:creator``, ``atom:author``). An XML file that is not a feed, or a feed that does not parse
or has no item with text, raises ``FeedError`` with the reason; the reader turns it into a
rejection naming the file.
"""

from __future__ import annotations

import html
import html.entities
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from agefacts.ingest.readers import html_document

#: Body elements in order of preference: the full article before a summary.
_BODY = ("encoded", "content", "description", "summary")
_AUTHOR = ("creator", "author")
_DATE = ("pubdate", "published", "date", "issued", "updated", "modified")
#: A blog engine's footer under every item ("The post <a>Title</a> appeared first on Site."):
#: furniture, not the article.
_POSTED_FIRST = re.compile(r"^The post .+ appeared first on .+\.$")


class FeedError(ValueError):
    """Why an ``.xml`` file cannot be read as a feed (``unsupported`` or ``malformed``)."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class FeedItem:
    title: str | None
    author: str | None
    published: date | None
    date_text: str | None  # the date as the feed prints it
    body: str  # the item's text, HTML reduced to paragraphs


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _child(el: ET.Element, names: tuple[str, ...]) -> ET.Element | None:
    """The first child whose local name is one of ``names``, in the order of ``names``."""
    kids = {}
    for c in el:
        kids.setdefault(_local(c.tag), c)
    return next((kids[n] for n in names if n in kids), None)


def _plain(value: str | None) -> str | None:
    """An element's text as plain words: entities a feed escaped twice ("&amp;#8211;") once more
    unescaped, markup dropped, runs of space as one."""
    if not value:
        return None
    value = html.unescape(value)
    if "<" in value:
        value = html_document(value)[0]
    return " ".join(value.split()) or None


def _author(item: ET.Element) -> str | None:
    """``dc:creator`` / RSS ``author`` ("jane@example.org (Jane Roe)") / Atom ``author/name``."""
    el = _child(item, _AUTHOR)
    if el is None:
        return None
    name = _child(el, ("name",))
    value = _plain(name.text if name is not None else el.text)
    if value and (m := re.fullmatch(r"\S+@\S+\s*\((?P<name>[^)]+)\)", value)):
        return m["name"].strip()
    return value


def _date(text: str | None) -> date | None:
    """RFC 822 (RSS ``pubDate``: "Tue, 03 Mar 2026 09:00:00 +0000") or ISO 8601 (Atom, Dublin
    Core): the calendar date as printed, in the feed's own time zone."""
    if not text:
        return None
    text = text.strip()
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        return None


def _body(item: ET.Element) -> str:
    el = _child(item, _BODY)
    if el is None:
        return ""
    if len(el):  # Atom type="xhtml": the markup is XML inside the element
        for node in el.iter():
            node.tag = _local(node.tag)
        markup = (el.text or "") + "".join(ET.tostring(c, encoding="unicode") for c in el)
    elif el.get("type", "html").lower() == "text":
        return "\n".join(" ".join(p.split()) for p in (el.text or "").split("\n\n") if p.strip())
    else:
        markup = el.text or ""
        if "<" not in markup and "&lt;" in markup:  # HTML escaped twice
            markup = html.unescape(markup)
    text = html_document(markup)[0]
    lines = [line for line in text.split("\n") if not _POSTED_FIRST.match(line)]
    return "\n".join(lines).strip()


def _item(el: ET.Element) -> FeedItem:
    date_el = _child(el, _DATE)
    date_text = " ".join((date_el.text or "").split()) or None if date_el is not None else None
    title = _child(el, ("title",))
    return FeedItem(
        title=_plain(title.text if title is not None else None),
        author=_author(el),
        published=_date(date_text),
        date_text=date_text,
        body=_body(el),
    )


#: A named character reference; XML itself defines only five of them.
_ENTITY = re.compile(r"&([A-Za-z][A-Za-z0-9]{1,31});")
_XML_ENTITIES = frozenset({"amp", "lt", "gt", "quot", "apos"})


def _html_entities_as_numbers(markup: str) -> str:
    """HTML's named entities ("&nbsp;", "&mdash;") written as numeric references.

    Feed generators often copy them from the page into the XML, where they are undeclared and
    the parser stops. Each is replaced by the character it names, so nothing is lost; a name
    HTML does not define is left, and the feed stays malformed."""

    def number(m: re.Match[str]) -> str:
        name = m.group(1)
        chars = None if name in _XML_ENTITIES else html.entities.html5.get(name + ";")
        return "".join(f"&#{ord(c)};" for c in chars) if chars else m.group()

    return _ENTITY.sub(number, markup)


def _parse(source_path: str, markup: str) -> ET.Element:
    try:
        return ET.fromstring(markup)
    except ET.ParseError as exc:
        if "undefined entity" in str(exc):
            try:
                return ET.fromstring(_html_entities_as_numbers(markup))
            except ET.ParseError:
                pass  # report the first error: it names where the feed went wrong
        raise FeedError("malformed", f"{source_path}: not well-formed XML ({exc})") from None


def read_feed(source_path: str, markup: str) -> list[FeedItem]:
    """The items of an RSS or Atom feed, in feed order."""
    root = _parse(source_path, markup)
    kind = _local(root.tag)
    if kind == "rss":
        channel = _child(root, ("channel",))
        entries = [] if channel is None else [c for c in channel if _local(c.tag) == "item"]
    elif kind in ("feed", "rdf"):  # Atom; RSS 1.0 (items are children of rdf:RDF)
        entries = [c for c in root if _local(c.tag) in ("entry", "item")]
    else:
        raise FeedError(
            "unsupported",
            f"{source_path}: XML whose root element is <{kind}>, not an RSS or Atom feed; only "
            "feeds are read from .xml files",
        )
    items = [it for it in map(_item, entries) if it.body or it.title]
    if not items:
        raise FeedError("empty", f"{source_path}: a feed with no item that has a title or text")
    return items


def _section(item: FeedItem) -> str:
    """One item as it reads on a page: headline, "By Author · date", body."""
    credit = " · ".join(x for x in (item.author and f"By {item.author}", item.date_text) if x)
    return "\n\n".join(x for x in (item.title, credit, item.body) if x)


def feed_document(source_path: str, markup: str) -> tuple[str, FeedItem]:
    """The text of every item, one section each, and the first item (the document's header)."""
    items = read_feed(source_path, markup)
    return "\n\n".join(map(_section, items)) + "\n", items[0]
