"""The story of a mailing-list digest: which of its messages the document is about.

A list server's digest (Mailman's "Send <list> mailing list submissions to ..." preamble, a
"Today's Topics:" contents list, then "Message: 1", "Message: 2" ... each with its own mail
header) bundles unrelated posts. Its preamble is no headline and the digest has no single
sender: the document is about the thread most of its messages answer, and that thread's first
message gives the title (its Subject), the byline (its From) and the date. Where no thread has a
reply, every post is equal by that count: the digest is then about its longest post (own words,
not quoted lines), as a curator reading it would see it: a notice ("the keys are back") is a
line or two, the post the digest is worth keeping for (a forwarded article, a race report) runs
on. Ties go to the first post.
"""

from __future__ import annotations

import re
from collections import Counter

DIGEST_CHARS = 2500  # the preamble and contents list open the digest

_DIGEST_MARK = re.compile(
    r"^(?:Send \S.{0,80} submissions to|Today's Topics:)\s*$", re.M | re.I
)
# One message's header block: "Message: 3", then "Field: value" lines, a long value folded onto
# indented lines.
_MESSAGE = re.compile(
    r"^Message:\s*\d{1,4}[ \t]*\n(?P<fields>(?:[A-Za-z][\w-]*:[^\n]*\n(?:[ \t]+\S[^\n]*\n)*)+)", re.M
)
_FIELD = re.compile(r"^(?P<name>[A-Za-z][\w-]*):[ \t]*(?P<value>[^\n]*(?:\n[ \t]+\S[^\n]*)*)", re.M)
# Where a post's own text ends: a separator line ("------", "-------------- next part ------",
# the footer's "______") or the "End of <list> Digest" line.
_BODY_END = re.compile(r"^(?:-{10,}.*|_{10,}\s*|End of \S.{0,80}Digest\b.*)$", re.M)
_LIST_TAG = re.compile(r"^\s*\[[^\]\n]{1,40}\]\s*")  # "[Club-list] Subject"
_REPLY = re.compile(r"^\s*(?:re|aw|sv|antw)\s*(?:\[\d+\])?\s*:\s*", re.I)


def _subject(value: str) -> str:
    """A Subject without the list's tag, its folds joined ("[List] Re: A\n\tB" -> "Re: A B")."""
    subject = " ".join(value.split())
    while (m := _LIST_TAG.match(subject)) is not None:
        subject = subject[m.end() :]
    return subject


def _thread(subject: str) -> str:
    """The thread a subject belongs to: without reply prefixes ("Re: Re: X" -> "x")."""
    while (m := _REPLY.match(subject)) is not None:
        subject = subject[m.end() :]
    return _LIST_TAG.sub("", subject).casefold()


def digest_story(text: str) -> dict[str, str] | None:
    """The mail header fields (lower-cased names; ``subject`` without the list's tag) of the
    first message of a digest's busiest thread (of its longest post where no thread has a
    reply), or None when ``text`` is no digest. Ties go to the thread that comes first."""
    if _DIGEST_MARK.search(text, 0, DIGEST_CHARS) is None:
        return None
    messages, lengths = [], []
    for m in _MESSAGE.finditer(text):
        fields = {f["name"].lower(): f["value"] for f in _FIELD.finditer(m["fields"])}
        if "subject" in fields:
            fields["subject"] = _subject(fields["subject"])
            messages.append(fields)
            lengths.append(_own_words(text, m.end()))
    if not messages:
        return None
    sizes = Counter(_thread(f["subject"]) for f in messages)
    busiest = max(sizes.values())
    if busiest == 1:  # no replies: the longest post (max keeps the first of equals)
        return messages[max(range(len(messages)), key=lengths.__getitem__)]
    return next(f for f in messages if sizes[_thread(f["subject"])] == busiest)


def _own_words(text: str, start: int) -> int:
    """Words a post written from ``start`` says itself: up to its separator, quoted lines
    ("> earlier post") left out."""
    end = _BODY_END.search(text, start)
    body = text[start : end.start() if end else len(text)]
    return sum(len(line.split()) for line in body.splitlines() if not line.lstrip().startswith(">"))
