"""Header metadata (title, byline, publication date) read generically from an article's top.

Articles lay their headers out in many ways: labelled blocks ("Author" then a name on the next
line), inline labels ("By Jane Doe", "Analysis by [Name](#)"), bare date lines, markdown headings,
section kickers above the headline ("HEALTH | FITNESS"), a journal's citation line above a paper's
title, a web page's navigation before its <h1>, an e-mail's From/Subject block, a chapter or slide
label, a site's name above a question. The rules below look only at the header region (plus a
signature or a labelled footer date as fallbacks), skip what is not a headline, and prefer
labelled values over guesses.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from agefacts.ingest.digest import digest_story

AGENCIES_FILE = Path(__file__).resolve().parent.parent / "data" / "news_agencies.txt"
HEADER_LINES = 25
HEADER_CHARS = 2500
MAX_TITLE = 300  # a paper's full title can run past 200 characters
TITLE_SCAN_LINES = 12  # a headline sits near the top; section headings further down are not it

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
# A year ends at a word boundary, or where a page's text copy glued the next field's capital
# to it ("Published May 4, 2026Updated May 5, 2026").
_YEAR_END = r"(?:\b|(?=(?-i:[A-Z])))"
_DATE_PATTERNS = [
    # March 3, 2025 / Sept. 14th, 2019
    re.compile(r"\b" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+" + _YEAR + _YEAR_END, re.I),
    # 3 March 2025 / 12-Mar-2026 / 12 Feb 2026 19.30 GMT
    re.compile(
        r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:\s+|-)" + _MONTH + r",?(?:\s+|-)" + _YEAR + _YEAR_END,
        re.I,
    ),
    # 2023 Nov 8 (citation style)
    re.compile(r"\b" + _YEAR + r"\s+" + _MONTH + r"\s+(?P<day>\d{1,2})\b", re.I),
    # 2024-11-05 / 2024-11-05T10:00
    re.compile(r"\b" + _YEAR + r"-(?P<mnum>\d{2})-(?P<day>\d{2})(?!\d)"),
    # 12.03.2026 (day first, as continental papers print it)
    re.compile(r"(?<![\d.])(?P<day>\d{1,2})\.(?P<mnum>\d{1,2})\.(?P<year>(?:19|20)\d{2})(?![\d.]\d)"),
    # 2026. 11. 03. / 2026.11.03 (year first with dots, as Hungarian, Korean, Chinese and
    # Japanese pages print it; the year first is never followed by the day)
    re.compile(r"(?<![\w.])(?P<year>(?:19|20)\d{2})\.[ ]?(?P<mnum>\d{1,2})\.[ ]?(?P<day>\d{1,2})(?:\.|(?![\d.]))"),
    # 03.24.2026 (month first, as a US site prints it): only with both numbers written in two
    # digits and the second one over 12, so "03.04.2026" stays day first and "2.14.2024" (no
    # date format) is left unread
    re.compile(
        r"(?<![\w.])(?P<mnum>0[1-9]|1[0-2])\.(?P<day>1[3-9]|2\d|3[01])\.(?P<year>(?:19|20)\d{2})(?![\d.]\d)"
    ),
]
# A dotted month-first date with a one-digit month, read only after a publication label (see
# _labelled_dotted_date): "4.22.2025".
_LABELLED_DOTTED = re.compile(
    r"(?P<mnum>0?[1-9])\.(?P<day>1[3-9]|2\d|3[01])\.(?P<year>(?:19|20)\d{2})(?![\d.]\d)")
# A numeric date with slashes ("21/02/2025, 07:48 IST", "3/14/2025 9:00 AM ET"): the order of
# day and month is read from the numbers (a first number over 12 is a day) or, when both could
# be either, from a time zone printed with it: day first where the zone's country writes dates
# that way (IST, GMT, BST, AEST, CET, ...), month first for North American zones. With neither,
# it is left unread: a wrong date is worse than none.
_SLASH_DATE = re.compile(r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>(?:19|20)\d{2})(?![\d/])")
# A numeric date with hyphens ("Groningen, 04-11-2025"), as Dutch, Danish and Indian pages
# print it: day first when both numbers could be either, unless a North American time zone is
# printed with it (a US site writes such dates with slashes); a first number over 12 is a day, a
# second one over 12 makes it month first.
_DASH_DATE = re.compile(r"(?<![\w./-])(?P<a>\d{1,2})-(?P<b>\d{1,2})-(?P<year>(?:19|20)\d{2})(?![\w/-]|\.\d)")
_DAY_FIRST_ZONE = re.compile(
    r"\b(?:IST|GMT|BST|WET|WEST|CET|CEST|EET|EEST|MSK|SAST|WAT|EAT|PKT|NPT|BDT|SGT|MYT|HKT"
    r"|AWST|ACST|ACDT|AEST|AEDT|NZST|NZDT|hrs)\b"
)
_MONTH_FIRST_ZONE = re.compile(r"\b(?:E|C|M|P|AK|H)[SD]?T\b")
_LABEL_AUTHOR = re.compile(
    r"^(?:authors?|by|written by|byline|words by"
    # "Author of the article:": a newspaper chain's label over the writer's name
    r"|authors? of (?:the|this) (?:article|story|column|post|piece))\s*:?\s*$", re.I)
_LABEL_DATE = re.compile(
    r"^(?:published|date|posted|updated|last updated|publication date|released)\s*(?:on)?\s*:?\s*$",
    re.I,
)
# A credit that names someone other than the writer: a photographer, illustrator, designer,
# reviewer, sponsor, composer ("Illustrations by ...", "Photo: ..."). Not a byline, and cut off a
# byline it follows on the same line ("By A and B Illustrations by C", an HTML byline block whose
# credit <span> the reader runs on).
_OTHER_CREDIT = (
    r"(?:photo(?:graph)?s?|photography|illustrations?|illustrated|graphics|design(?:ed)?|art"
    r"|artwork|animations?|animated|images?|video|maps?|charts?|data|music|edited\s+video"
    r"|(?:medically\s+|fact[- ])?(?:reviewed|checked)|fact-checked|sponsored|supported|funded"
    r"|powered|translated|transcribed|captions?|subtitles?)"
)
_NOT_AUTHOR = re.compile(r"^" + _OTHER_CREDIT + r"\s*(?:(?P<by>by)\s+|:\s*)(?P<name>.+)$", re.I)
# An editor credited after the writer on the byline's line ("By Jane Roe edited by Ann Poe"):
# the writer is the author; "Edited by ..." opening a line stays a newsletter's byline.
_TRAILING_CREDIT = re.compile(
    r"\s+(?:[|·•,;–—-]\s*)?(?:" + _OTHER_CREDIT + r"\s*(?:by\b|:)|edited\s+by\b).*$", re.I
)
# Guests after a presenter ("Hosted by Jane Roe with Dr. Ann Poe", "... featuring Ann Poe"): a
# podcast or video guest is not the author (conventions). A plain "with Name" may be a co-writer.
_GUESTS = re.compile(
    r"\s+(?:with\s+(?:(?:special\s+)?guests?\b|(?:Dr|Prof|Professor|Doctor)\b)|featuring|feat\.|ft\.)"
    r".*$",
    re.I,
)
# A list's sort or filter control ("Sorted by: Highest score", "Filter by: Topic", "Order by"):
# page furniture that reads like a byline.
_LIST_CONTROL = r"(?:sort(?:ed)?|order(?:ed)?|filter(?:ed)?|group(?:ed)?|rank(?:ed)?|browse|shop)\s+by\b"
# A credit to a team named by a possessive ("by our advisory team", "by their staff"): no person.
_POSSESSIVE = r"(?:our|your|their|my)\b"
# "By ...", "Presented by ...", a video's or a podcast's credit line ("Written and presented by
# ...", "Hosted by ...", "Narrated by ..."); not a photographer's or a reviewer's credit.
# A course page's teaching staff ("Educators: Dr Jane Roe, Ann Poe") are its writers; "By the end
# of this lesson ..." or "By now ..." opens a sentence, not a byline; nor does a credit to a
# team named by a possessive ("Prepared by our advisory team with ...": no person). A legislative
# instrument's "Principal Author:" (or a lead or main author) is its writer.
_INLINE_AUTHOR = re.compile(
    r"^(?!" + _OTHER_CREDIT + r"\s)(?!" + _LIST_CONTROL + r")"
    r"(?:(?:[A-Z][a-z]+ (?:(?:and|&) [a-z]+ )?)?by:?|(?:(?:principal|lead|main|primary)\s+)?authors?:"
    r"|written by:?|byline:"
    # a document's own credit, its kind in two words ("Trip notes by", "Route guide by", "Book
    # review by", "Medical text by"): the writer of the page
    r"|[A-Z][a-z]+ (?:notes|guide|report|review|article|feature|essay|column|text|words|copy) by:?"
    r"|(?:educators?|instructors?|lecturers?|tutors?|course\s+(?:authors?|leads?|team)):)\s+"
    r"(?!(?:the|a|an|this|that|these|those|now|then|far|way|contrast|comparison|default)\b)"
    r"(?!" + _POSSESSIVE + r")"
    r"(?P<name>.+)$",
    re.I,
)
# "For immediate release: Friday 14 August 2026": a press release's release line dates it, as
# a bulletin's distribution stamp does ("Circulated to members: <date>", "Sent: <date>"; the
# label's colon required).
_INLINE_DATE = re.compile(
    r"^(?:published|date|posted|updated|last updated|released|news release"
    r"|(?:for\s+)?immediate\s+release"
    r"|(?:circulated|distributed|sent|mailed|e-?mailed|issued)(?:\s+to\s+[\w'’ -]{1,30}?)?(?=\s*:))"
    r"\s*(?:on)?\s*:?\s+"
    r"(?P<rest>.+)$",
    re.I,
)
# A publication date labelled inside a longer line (a paper's citation line).
_EMBEDDED_DATE = re.compile(
    r"\b(?:epub(?: ahead of print)?|published online|first published|available online)\b:?\s*"
    r"(?P<rest>.+)$",
    re.I,
)
# A video page's stats row ("284,117 views  Premiered Feb 18, 2025  #tag", "1.2M views • Streamed
# live on Mar 3, 2024", "Uploaded 3 May 2024"): the premiere, live stream or upload is its
# publication.
_STREAM_DATE = re.compile(
    r"(?:^|[·•|]\s*|\bviews?\s+)(?:premiered|streamed live|published|uploaded)(?:\s+on)?\s*:?\s*"
    r"(?P<rest>.+)$",
    re.I,
)
# A paper's history line: received/accepted dates ("First Submitted" to a registry) are not
# publication dates; nor is a post's
# edit stamp while the header also prints when it was posted.
_HISTORY = re.compile(
    r"^(?:(?:first|last|report|manuscript|paper|article|date)\s+)?"
    r"(?:received|accepted|revised|submitted|edited|modified|next\b.*|expires?|valid until"
    r"|captured|exported|archived|retrieved|accessed|downloaded|printed)\b",
    re.I,
)
# A date field labelled with another event than publication, as a record's detail page prints
# it ("Project Start Date: ...", "Budget End Date: ...", "Award Notice Date: ...", "Deadline:
# ...", "Date of birth: ..."): when a grant runs or a form is due, not when the page appeared.
_OTHER_EVENT_DATE = re.compile(
    r"^[^:]{0,40}?\b(?:start|end|deadline|due|expir\w*|award|notice|budget|fiscal|filing|filed"
    r"|priority|completion|effective|closing|opening|birth|death|enrol\w*|recruitment)\b[^:]{0,20}:",
    re.I,
)
# An event's time slot ("Friday, June 7, 2024, 9:00 AM - 11:00 AM"): when a session is held,
# not when anything was published.
_TIME_SLOT = re.compile(r"\d{1,2}:\d{2}\s*(?:[AP]\.?M\.?)?\s*[-–—]\s*\d{1,2}:\d{2}", re.I)
# A date labelled anywhere in the document (a page footer, a preprint's history): the fallback
# when the header prints none. "Next review due" is a plan, not a date the page carries.
_FOOTER_DATE = re.compile(
    r"^(?:this (?:page|article|post) was\s+)?(?:page\s+)?(?:last\s+)?"
    r"(?:posted|published|updated|edited|reviewed)(?:\s+on)?\s*:?\s*(?P<rest>.{6,60})$",
    re.I,
)
# An update stamp ("Last Update Posted", "Updated on ..."): when the page last changed, so only
# a fallback when nothing says when it was first published.
# A news release's embargo line ("EMBARGOED UNTIL 10:00 A.M. ET, APRIL 7, 2026"): furniture, not
# a headline, and the moment the release is published.
_EMBARGO = re.compile(r"^(?:embargoed|under\s+embargo|embargo)\b[^:\n]{0,20}?(?:until|till|:)\s*(?P<rest>.+)$", re.I)
_UPDATE_LABEL = re.compile(r"^(?:last\s+)?(?:updated?|modified)\b", re.I)
# When a talk, a webinar or a hearing took place ("Recorded live: May 7, 2025", "Event date:
# ..."): a fallback like an update stamp, since the page may have been posted weeks later.
_EVENT_LABEL = re.compile(
    r"^(?:(?:recorded|filmed|taped|held|delivered)(?:\s+live)?(?:\s+on)?\b"
    r"|(?:event|session|meeting|webinar|talk|lecture|hearing|recording)\s+date\b)",
    re.I,
)
# A news release's dateline at the head of its first paragraph: the place in capitals (and a
# state or a country), the date, a wire service's name, then a dash ("ST. PAUL, Minn., Feb. 3,
# 2026 (EXAMPLE WIRE) -- ...", "LONDON, 12 March 2025 – ..."). The date is the release's.
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}"
    # or the place in title case, as a company's newsroom sets it ("Northtown, May 4, 2026 – ")
    r"|(?!(?:On|In|At|By|For|From|Since|Until|Before|After|Today|Yesterday|Monday|Tuesday|Wednesday"
    r"|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-zà-ÿ'’.-]+(?:\s+[A-Z][a-zà-ÿ'’.-]+){0,2})"
    r"(?:,\s+[A-Z][A-Za-z.]{1,15}"
    r"(?:\s+[A-Z][A-Za-z.]+)?){0,2},\s+(?P<rest>\S.*)$"
)
# What a date stamp may print before its date: a weekday ("Sat, November 29, 2025 at 11:50 PM
# PST") or the writer's city and a dash ("Porto - Sep 9, 2024 - 14:05 WEST"), see _stamp_date.
_STAMP_LEAD = re.compile(
    r"^(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\.?,?\s+"
    r"|[A-Z][\w'’.]+(?:\s+[A-Z][\w'’.]+){0,2}\s+[–—-]\s+)",
    re.I,
)
_WIRE_DASH = re.compile(r"\s*(?:\([^()]{2,40}\)|/[^/\s][^/]{1,38}/)?\s*(?:--|[–—-])\s")
# A date labelled as the first publication anywhere in the document ("First Posted (Estimated)
# 2025-02-18" in a registry record's history, "Originally published ..."): it wins over an update
# stamp. "First Submitted" is not a publication.
_FIRST_POSTED = re.compile(
    r"^(?:first|originally)\s+(?:posted|published|released)(?:\s*\([^)]*\))?(?:\s+(?:on|in))?"
    r"\s*:?\s*(?P<rest>.{6,60})$",
    re.I,
)
# E-mail header fields ("From: Site <a@b>", "Subject: ...") at the top of a newsletter.
_MAIL_FIELD = re.compile(r"^(?P<field>from|to|cc|date|sent|subject|reply-to)\s*:\s*(?P<value>.*)$", re.I)
# An e-mail signature: the "-- " delimiter, then the sender ("-- Jane Roe, editor").
_SIGNATURE = re.compile(r"^--\s+(?P<name>[^\s-].*)$")
# A writer's sign-off under the text ("—by Jane Roe, Ph.D."), as research-summary pages print it.
#: A news aggregator's "Story Source" note, whose only byline is the original's writer:
#: "Materials provided by Some University. Original written by Jane Roe. Note: ..."
_ORIGINAL_WRITER = re.compile(
    r"\bOriginal(?:ly)?\s+written\s+by\s+(?P<name>[^\n]{2,80}?)\.?(?=\s+Note\b|[ \t]*$)", re.M
)
# A letter's salutation, then its subject as a one-line paragraph between blank lines.
_SALUTATION = re.compile(
    r"^[ \t]*dear\s[^\n]{1,60}?[,:]?[ \t]*\n(?:[ \t]*\n)+[ \t]*(?P<subject>[^\n]{8,200}?)[ \t]*\n"
    r"[ \t]*\n",
    re.I | re.M,
)
# A letter's closing line, then (after blank lines) the signature: the writer's name, maybe two
# side by side. Only a closing that ends with a comma, as a letter sets it.
_VALEDICTION = re.compile(
    r"^[ \t]*(?:with\s+(?:\w+\s+){0,2}(?:thanks|gratitude|regards|wishes|love|appreciation)"
    r"|(?:yours\s+)?(?:sincerely|faithfully|truly)|yours(?:\s+\w+)?"
    r"|(?:best|kind|warm|warmest|many|sincere|heartfelt)\s+(?:regards|wishes|thanks)"
    r"|thank\s+you(?:\s+again)?|regards)\b[^\n]{0,80},[ \t]*\n(?:[ \t]*\n)*(?P<sig>[^\n]+)",
    re.I | re.M,
)
# A column's heading line with its writer: a label in capitals, three or more spaces or a tab,
# "by" and the name ("GARDEN NOTES        by Jane Roe"); see _column_credit.
_COLUMN_CREDIT = re.compile(
    r"^[ \t]*[A-Z][A-Z0-9&'’:-]*(?: [A-Z0-9&'’:-]+){0,5}(?: {3,}|\t+)[Bb]y[ \t]+(?P<name>[^\n]{3,60}?)[ \t]*$",
    re.M,
)
COLUMN_CREDIT_CHARS = 20_000  # a flyer's columns sit well within its first pages
_SIGN_OFF = re.compile(r"^[—–]\s*by\s+(?P<name>\S.{2,80})$", re.I)
# A Q&A post's stamp ("asked Mar 3, 2022 at 14:22"), the poster's user name on the next line.
_POST_STAMP = re.compile(r"^(?:asked|answered|posted)\b", re.I)
# The same stamp without a year ("asked Jun 4 at 11:20", "asked 5 hours ago"): it still marks
# the user name below it as the poster, though it gives no date.
_STAMP_WHEN = re.compile(
    r"\b(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?\s+\d{1,2}\b"
    r"|\b\d{1,2}:\d{2}\b|\bago\b",
    re.I,
)
_USER_NAME = re.compile(r"^[\w.-]{2,30}$")
_VERIFIED = re.compile(r"\s*[✔✓☑]\ufe0f?\s*$")
# A profile picture's alternative text, as a Q&A site or a blog platform prints it above the
# poster's name ("Profile photo for Jane Roe", "Avatar of Jane Roe", "Jane Roe's avatar").
_AVATAR = re.compile(
    r"^(?:(?:profile\s+(?:photo|picture|image|pic)|avatar)\s+(?:for|of)\s+(?P<name>.+)"
    r"|(?P<owner>.+?)['’]s\s+(?:avatar|profile\s+(?:photo|picture|image|pic)))$",
    re.I,
)
_FOLLOW = re.compile(r"^\s*(?:\+\s*)?follow(?:ing)?\s*$", re.I)
# A social post's compact time stamp ("3d • Edited"); a page's relative one ("Asked 2 years ago").
# A social network's post stamp: a relative time or a day (with a time), then the separator
# before the audience icon ("March 17 at 4:45 PM · 🌎", "Yesterday at 18:02 ·", "5h ·").
_POST_TIME = re.compile(
    r"^(?:(?:yesterday|today|just now|\d{1,2}\s?(?:m|h|d|w|mins?|hrs?))"
    r"|(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?\s+\d{1,2}(?:,\s+\d{4})?)"
    r"(?:\s+at\s+\d{1,2}:\d{2}(?:\s*[AP]\.?M\.?)?)?\s*[·•]",
    re.I,
)
# A professional network's mark after a poster's name: the degree of connection or a relation
# ("Jane Roe • 2nd", "Jane Roe · 3rd+", "Jane Roe • Following"); not part of the name.
_NETWORK_DEGREE = re.compile(r"\s*[•·]\s*(?:1st|2nd|3rd\+?|following|author|you)\s*$", re.I)
_COMPACT_STAMP = re.compile(r"^\d+\s?(?:s|m|h|d|w|mo|y)\b\s*[•·]", re.I)
_RELATIVE_STAMP = re.compile(
    r"^(?:(?:asked|answered|posted|updated|edited|modified)\s+)?"
    r"(?:\d+\s?(?:s|m|h|d|w|mo|y)\b\s*[•·]|\d+\s+\w+,?(?:\s+\d+\s+\w+)?\s+ago\b)",
    re.I,
)
# A label above the headline: "CHAPTER SIX", "Part 2", "Slide 1 — Title", "Chapter 7 of 14".
_SEQUENCE_LABEL = re.compile(
    r"^(?:chapter|part|book|slide|section|lesson)\s+(?:\d+|[ivxlc]+|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|\w+teen|twenty[\w-]*|thirty[\w-]*)\b(?:\s+of\s+\d{1,3})?"
    r"(?:\s*[—–:-].*)?$",
    re.I,
)
SEQUENCE_ROW_WORDS = 4  # a sequence label's companions on its row are short ("Read an excerpt")
# A record's labelled title field ("Title: ...", "Project title: ...", as a registry or a
# database's detail page prints it).
_TITLE_FIELD = re.compile(
    r"^(?:(?:project|article|study|paper|grant|document|full|official|public|scientific)\s+)?"
    r"title\s*:\s*(?P<value>\S.*)$",
    re.I,
)
# A publication's tagline under its masthead: "Resident Magazine of Example Commons", "The
# newsletter of the Example Society", "Official journal of ...".
_PUBLICATION_TAGLINE = re.compile(
    r"^(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:magazine|newsletter|bulletin|newspaper|gazette|journal"
    r"|quarterly|monthly)\s+(?:of|for)\s+\S",
    re.I,
)
# A publication's label on its masthead, joined by a middle dot or a bar to its publisher
# ("Members' Quarterly Newsletter · Example Rowing Club"): the label ends in the publication's
# noun, the publisher is a name (see _PUBLICATION_NAME). Not a headline.
_PUBLICATION_LABEL = re.compile(
    r"^(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:magazine|newsletter|bulletin|newspaper|gazette|journal"
    r"|quarterly|monthly|weekly)$",
    re.I,
)
# A document's serial number after its label ("MEDIA RELEASE No. 7/2025", "BULLETIN Nr. 12",
# "NOTICE #45"): the abbreviation is not in capitals, so the label would not read as a kicker.
_SERIAL_NUMBER = re.compile(r"\s+(?:(?:no|nr|n[°º]|number)\.?\s*|#\s*)\d{1,4}(?:[/.-]\d{1,4})*$", re.I)
# A magazine's issue line: a volume or issue number with a season, a month or a date.
_ISSUE_NUMBER = re.compile(r"^(?:vol(?:ume)?\.?|no\.|number|issue)\s*#?\s*\d{1,4}$", re.I)
_SEASON_YEAR = re.compile(
    r"^(?:(?:spring|summer|autumn|fall|winter|" + "|".join(_MONTHS) + r")\.?\s+)?(?:19|20)\d{2}$",
    re.I,
)
_CONTENTS_TEASER = re.compile(r"^(?:inside\s+)?(?:in\s+)?this\s+(?:issue|edition|week)\s*:", re.I)
_CONTENTS_HEADING = re.compile(r"^(?:inside\s+)?(?:in\s+)?this\s+(?:issue|edition|week)\b", re.I)
# A printed programme's or booklet's contents heading alone on its line ("INSIDE THIS
# PROGRAMME", "In this booklet", "In this guide"): an event's souvenir programme lists its pages
# as a bulletin does.
_BOOKLET_CONTENTS = re.compile(
    r"^(?:inside\s+)?(?:in\s+)?this\s+(?:(?:souvenir|official|race|match|event)\s+)?"
    r"(?:programme|program|booklet|brochure|guide|handbook)$", re.I)
# An issue line in any order of fields, the fields set apart by dashes as well ("The Example
# Bulletin — Issue 12 — 3 May 2026"): the publication's name, the issue, the date.
_ISSUE_FIELDS = re.compile(r"\s+[|•·*—–-]\s+")
_ISSUE_GATE = re.compile(r"\b(?:issue|vol|no|number)\b", re.I)
_PUBLICATION_NAME = re.compile(
    r"^(?:[A-Z][\w'’&.-]*|of|the|for|and|&|on|in)(?:\s+(?:[A-Z][\w'’&.-]*|of|the|for|and|&|on|in)){0,5}$"
)
# An e-mail newsletter's preheader: the web-view and forwarding links above its masthead ("View
# this email in your browser | Forward to a friend", "Having trouble viewing this message? View
# it online", "Web version"). Furniture, not a headline; it also marks the text as a newsletter.
_WEB_VIEW = re.compile(
    r"\b(?:view|read|open|see)\s+(?:this\s+(?:e-?mail|newsletter|message|issue)\s+|it\s+)?"
    r"(?:in\s+(?:(?:your|a)\s+)?(?:web\s+)?browser|online|on\s+the\s+web|as\s+a\s+web\s*page)\b"
    r"|\btrouble\s+viewing\b|\bcan[’']?t\s+see\s+(?:this|the\s+images)\b|\bweb\s+version\b"
    r"|\bforward\s+(?:this\s+(?:e-?mail|newsletter)\s+)?to\s+a\s+friend\b|\bunsubscribe\b"
    r"|\b(?:update|manage)\s+(?:your\s+)?(?:preferences|subscription)\b",
    re.I,
)
_WEB_VIEW_PARTS = re.compile(r"\s+[|•·]\s+|\s{2,}")
# A section number before a newsletter story's heading ("1. ", "2) ").
#: A wire or release identifier on its own labelled line ("Wire: ABCN-EN 2023-0456", "Ref:
#: PR/2024/17", "Release No.: 45-2024"): a label of one to three words, then only codes in
#: capitals and digits, one of them a number of four digits or joined by "-", "/", "." or "_"
#: ("Review: PS5" keeps its chance as a headline). Page furniture, never the headline.
_ID_FIELD = re.compile(
    r"^[A-Za-z]+(?:\s[A-Za-z]+){0,2}\.?(?:\s*#)?\s*:\s*"
    r"(?=[^:]*(?:\d[-/._]|[-/._]\d|\d{4}))(?:[A-Z0-9]+(?:[-/._][A-Z0-9]+)*)(?:\s+[A-Z0-9]+(?:[-/._][A-Z0-9]+)*){0,3}$"
)
_SECTION_NUMBER = re.compile(r"^\d{1,2}[.)]\s+")
_READING_TIME = re.compile(r"^\d{1,3}[- ]min(?:ute)?s?\s+read$", re.I)
# A column's host on a line of their own under the column's name ("with Jane Roe").
_COLUMN_HOST = re.compile(r"^with\s+(?P<name>\S.{2,60})$", re.I)
# A cookie-consent notice (see _consent).
_CONSENT_HEADING = re.compile(
    r"^(?:we\s+(?:value|care\s+about|respect)\s+your\s+privacy|your\s+privacy\s+(?:choices"
    r"|settings|options)|(?:manage\s+)?(?:cookie|privacy)\s+(?:settings|preferences|consent|notice)"
    r"|this\s+(?:site|website)\s+uses\s+cookies)\b",
    re.I,
)
_CONSENT_TERMS = re.compile(
    r"\bcookies?\b|\bpersonal\s+data\b|\b(?:our|\d+)\s+(?:partners|vendors)\b"
    r"|\bpersonali[sz]ed\s+(?:ads|advertising|content)\b|\bconsent\b",
    re.I,
)
# A source tagline under a page title: "From Encyclopedia, the free encyclopedia".
_SOURCE_TAGLINE = re.compile(r"^from\s+[^,]{2,40},\s+the\b[^.]*$", re.I)
# A reprint credit: "From BOOK TITLE, by Jane Roe. Reprinted by permission."
_CREDIT = re.compile(r"^(?:excerpted |adapted )?from\b.*\b(?:by|reprinted|permission)\b", re.I)
_CREDIT_BY = re.compile(r",\s+by\s+(?P<name>[^.,;:]+)")
# An advertisement set in the page's top ("> *Advertisement* · Brand X · now $9.99 ...",
# "Sponsored: ...", "Paid partnership | ...", "Partner content · ..."): a label that opens the line, then a separator or
# nothing. Page furniture, not the running text whose start ends the header.
_AD_LINE = re.compile(
    r"^(?:>\s*)?(?:advertisement|advert|ad|sponsored(?:\s+content)?|promoted(?:\s+content)?"
    r"|paid\s+(?:content|post|partnership)|(?:partner|branded)\s+content)\s*(?:[:·•|–—-]|$)",
    re.I,
)
# An advertisement's label run on into the advert's own text, as a page's text copy glues a
# label <span> to its link ("ADVERTISEMENT THE X SHOW · <venue> · 3–4 June 2027 · ..."):
# the dates in it are an event's or an offer's, never the page's publication date.
_AD_LABEL = re.compile(r"^(?:>\s*)?(?:advertisement|advertising|advert|sponsored|promoted|paid\s+(?:content|post|partnership)"
                       r"|(?:partner|branded)\s+content)\b", re.I)
# A name named by its role inside a line: "Science writer Jane Roe goes looking",
# "From our editor Jane Roe".
_ROLE_THEN_NAME = re.compile(
    r"\b(?:writer|reporter|journalist|correspondent|editor|columnist)\s+"
    r"(?P<name>(?:(?:Dr|Prof)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"
)
# A referee's report names its author as "Reviewer: Name" (or "Referee 2: Name"); elsewhere a
# reviewer is not the author, so the label counts only in a document that calls itself a review
# report ("Peer review history", "Reviewer #2 report").
_REVIEWER = re.compile(r"^(?:reviewer|referee)(?:\s*#?\d+)?\s*:\s*(?P<name>.+)$", re.I)
_REVIEW_REPORT = re.compile(
    r"\bpeer[- ]review\b|\b(?:reviewer|referee)(?:'s)?\s+(?:#?\d+\s+)?(?:report|comments)\b", re.I
)
# A static-site page's or a notes app's front matter: "---", then "key: value" lines, then "---".
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n(?P<body>.{0,4000}?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FRONT_AUTHOR = ("author", "authors", "byline")
_FRONT_DATE = ("date", "published", "pubdate", "publishdate", "created")
# A credit label that names the writer on a university or newsroom page ("Text: Jane Roe"), a
# museum's or a broadcaster's document-control block ("Content: ...", "Curator: ...", "Panel
# copy: ..."). A research project's page (crowdfunding, a lab's project listing) names its
# authors as its researchers ("Researchers: ...", "Principal investigator: ...", "Team: ...",
# "Project lead: ..."). A reviewer, designer or photographer credit names someone else.
_TEXT_CREDIT = re.compile(
    r"^(?:text|words|story|content|copy|(?:panel|body)\s+(?:text|copy)|script|writers?"
    r"|curators?|curated by|(?:lead\s+|co-?)?researchers?|(?:(?:principal|lead|co-?)\s*)?"
    r"investigators?|(?:research|project)\s+team|team|project\s+(?:leads?|leaders?|owners?)"
    r"|(?:project\s+)?creators?"
    # a newspaper's interview feature credits its interviewer ("Interview: Jane Roe")
    r"|interview(?:er|ed\s+by|\s+by)?)\s*:\s*(?P<name>.+)$",
    re.I,
)
# An issue number before a newsletter's headline, in its subject line or its masthead ("#112 — ",
# "Issue 112: ", "No. 112 | "): the issue's place in a series, not part of its title. A named
# series item ("Digest #58: ...", "Episode 214 — ...") keeps its label.
_ISSUE_PREFIX = re.compile(
    r"^(?:(?:issue|no\.|number)\s*#?\s*|#\s*)\d{1,5}\s*[—–:|·•-]\s*(?=\S)", re.I
)
# An e-mail subject that labels a numbered issue ("Club News #83 - notices & more", "Issue 12:
# ..."): the issue's name and contents, as a masthead gives them, not a story's headline.
_ISSUE_LABEL = re.compile(r"(?:#|\b(?:issue|no\.|vol\.?|volume)\s*#?)\s*\d{1,5}\b", re.I)
# A subject that names the mailing itself ("The autumn newsletter of the Old Mill Clinic",
# "The May bulletin"): like an issue label, it says which mailing, not what the lead story is.
_MAILING_LABEL = re.compile(r"\b(?:newsletter|bulletin|e-?news)\b", re.I)
# A masthead's word for the periodical it names, a magazine too (``_named_bulletin``).
# A subject that names the mailing by its month or season before the contents it lists
# ("<Name>, May 2027: <item>, <item> and <item>"): an issue label too.
_DATED_MAILING = re.compile(
    r"^[^:]{1,60}?[,·|–—-]\s*(?:(?:spring|summer|autumn|fall|winter|" + "|".join(_MONTHS)
    + r")\.?\s+)(?:19|20)\d{2}\s*:", re.I)
_PERIODICAL_LABEL = re.compile(r"\b(?:newsletter|bulletin|e-?news|magazine)\b", re.I)
_USER_BYLINE = re.compile(r"(?:^|\s)by\s+(?P<user>u/[\w-]+)", re.I)
# A link aggregator's story row: a vote arrow before the headline, the linked site's domain in
# brackets after it ("▲ Rowers age well (example.org)"), then the score line naming the
# submitter ("120 points by jroe 3 hours ago | hide | 40 comments"). Arrow and domain are the
# listing's furniture; the submitter is the post's byline.
_VOTE_MARK = re.compile(r"^[▲△⬆↑⇧]\ufe0f?\s*")
_LINKED_DOMAIN = re.compile(r"\s+\((?:[a-z0-9-]+\.)+[a-z]{2,}(?:/[^\s()]*)?\)$", re.I)
_POINTS_BY = re.compile(r"^\d[\d,]*\s+points?\s+by\s+(?P<user>[\w.-]{2,30})(?=\s|$)", re.I)
# A byline as one field of a masthead line ("Issue 12 · 3 May 2026 · Edited by Jane Roe, Editor").
# Only writing verbs: "Photo by" in such a line names a photographer.
_FIELD_AUTHOR = re.compile(
    r"^(?:by|(?:written|edited|compiled|curated|reported|posted|text|words|story)\s+by)\s+"
    r"(?!" + _POSSESSIVE + r")(?P<name>.+)$", re.I
)
# A blog's post stamp naming its author after the date ("Posted on 3 March 2021 by Jane Roe").
_POSTED_BY = re.compile(
    r"^(?:posted|published|written)\b[^·•|]{0,60}?\s+by\s+(?!" + _POSSESSIVE + r")(?P<name>[^·•|]+)$", re.I)
_ON_DATE = re.compile(r"\s+on\s+(?P<rest>\S.*)$")
# A creator's handle in brackets after the name ("Jane Roe (@jane.lifts) · posted 3 May 2025").
_HANDLE_AFTER = re.compile(r"\s*\(@[\w.-]{1,60}\)")
_HANDLE_LINE = re.compile(r"^@\w{1,30}(?:\s*[·•|]|\s*$)")
# A post's header on one line: display name, handle, a separator and its time stamp
# ("Jane Roe `@jroe.bsky.social` · Mar 3, 2026 at 9:12 AM").
_POST_HEADER = re.compile(r"^(?P<name>[^@`]{2,60}?)\s+`?@[\w.-]{1,60}`?\s*[·•|]\s*\S")
# A writer's name linked to their profile or author page, then the line's end or a comma.
_PROFILE_LINK = re.compile(
    r"^\[(?P<name>[^\]\[]{3,60})\]\((?:https?://[^)\s]*?)?/(?:profiles?|authors?|people|contributors?"
    r"|staff|writers?)/[^)\s]+\)\s*(?:,|$)"
)
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MD_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*$")
_MD_IMAGE = re.compile(r"^\[?!\[")  # an image, or an image that is a link (a site's logo)
# A line (or a heading) that is only a link to the site's home page: the site's name, not a title.
_MASTHEAD = re.compile(r"^(?:#{1,6}\s+)?\[[^\]]+\]\((?:https?://[^/)\s]+)?/?\)\s*$")
# A site's name linked to its home, then its tagline ("[The Hub](/sites/hub) · Staff intranet",
# "[Trade Weekly](/) — news for the widget industry").
_SITE_TAGLINE = re.compile(
    r"^\[[^\]\n]{1,40}\]\((?:https?://[^/)\s]+)?/[^)\s]*\)\s+[·|•—–]\s+[^.!?\[\]\n]{1,60}$")
# A masthead's weather widget: a symbol, perhaps a place, a temperature, perhaps a weather word
# ("☁ Leeds 9°C", "Hull | 14°C | Showers").
_WEATHER = re.compile(
    r"^[^\w\n]{0,3}(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}[\s,|·:–-]+)?[-−]?\d{1,2}(?:\.\d)?\s?°\s?[CF]?"
    r"(?:[\s,|·–-]+[A-Za-z]+(?:\s+[A-Za-z]+){0,2})?\s*$")
_LIST_ITEM = re.compile(r"^(?:[-*+•›]|\d+[.)])\s")
_BREADCRUMB = re.compile(r"\s[›»>]\s")
# A breadcrumb trail of any length: three or more short items joined by one separator
# ("Journal name › Articles › Open peer review", "Home / News / Health").
_TRAIL = re.compile(r"^[^›»>/]+(?:\s(?P<sep>[›»>/])\s[^›»>/]+)(?:\s(?P=sep)\s[^›»>/]+)+$")
# A trail written without spaces ("Home/Wellness/Active Ageing/Strength"): three or more
# capitalised labels joined by bare slashes ("Push/Pull Days" has two and stays a title).
_TIGHT_TRAIL = re.compile(r"^[A-Z][^/\n]{0,40}(?:/[A-Z&][^/\n]{0,40}){2,}$")
# A two-level trail ("Blog / Training", "News › Health"): two short labels and one separator.
# A title can read so too ("Push / Pull"), so it is furniture only where the page shows it is:
# its parent is a link into the site ("[Blog](/blog) / Training") or a heading follows it.
_TWO_LEVEL_TRAIL = re.compile(r"^[^›»>/]{1,40}\s[›»>/]\s[^›»>/]{1,40}$")
_TRAIL_SEPARATOR = re.compile(r"\s[›»>/]\s")
# A trail whose parents are links into the site ("[Home](/) › [News](/news) › Trial opens to
# volunteers over 70 in the county"): the links show it is a trail, so the current page's name
# at its end may be as long as a headline (a trail of short items is _TRAIL).
_LINKED_TRAIL = re.compile(
    r"^(?:\[[^\]\n]{1,60}\]\((?:https?://[^/)\s]+)?/[^)\s]*\)\s(?P<sep>[›»>/])\s)"
    r"(?:\[[^\]\n]{1,60}\]\((?:https?://[^/)\s]+)?/[^)\s]*\)\s(?P=sep)\s)*[^\[\]›»>/\n]+$")
# A row of links and nothing else ("[Subscribe](/subscribe) · [Sign in](/signin)", "[News](/n) |
# [Sport](/s)"): a site's account or menu controls, never a headline.
_LINK_ROW = re.compile(r"^(?:\[[^\]\n]+\]\([^)\s]*\)\s*[·|•/›»]?\s*){2,}$")
_SITE_LINK = re.compile(r"^\[[^\]]{1,40}\]\((?:https?://[^/)\s]+)?/[^)\s]*\)\s+[›»>/]\s")
# Navigation links copied as plain text: a short label line with no sentence punctuation.
_NAV_LINK = re.compile(r"^[^.!?:;,]{1,40}$")
_RULE = re.compile(r"^[-—–_*=·•\s]+$")
#: A table-of-contents entry: a headline, dot leaders and its page number ("Lunges ....... 5",
#: "Lunges ....... p. 5");
#: a newsletter's "In this issue" list above the article names other stories.
_CONTENTS_ENTRY = re.compile(r"(?:(?:\.\s?){4,}|…)\s*(?:(?:p|pp|pg|page)\.?\s*)?\d{1,4}$", re.I)
# A Markdown thematic break: a blog's name and tagline above it are a masthead, and the "# "
# heading below it is the post's title.
_THEMATIC_BREAK = re.compile(r"^(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$")
_CITATION = re.compile(
    r"(?:\b(?:19|20)\d{2}\b[^.\n]{0,20};\s*\d+\s*\(|\bdoi:\s*10\.|\bPMID\b|^vol(?:ume)?\.?\s+\d+"
    r"|\b\d+\s*\(\w{1,5}\)\s*:\s*(?:pp?\.?\s*)?\d)",
    re.I,
)
_PART_SEPARATOR = re.compile(r"\s+[|•·*]\s+")
# A metadata row's fields may also be set apart by a spaced slash ("Lifestyle Desk / example.in
# / Updated: Jul 21, 2024, 18:05 IST"), read for its date only (see _part_date).
_DATE_ROW_SEPARATOR = re.compile(r"\s+[|•·*/●■◆▪◦∙]\s+")
# Fields of a role line parted by a dot or bar with or without spaces: a page's separators are
# often drawn by its style sheet, so copied text glues them ("Science writer·The Courier·").
_GLUED_FIELDS = re.compile(r"\s*[|•·]\s*")
# A menu row or a PDF's spaced fields: short items separated by runs of spaces.
_SPACED_ITEMS = re.compile(r"\S\s{2,}\S")
# A masthead or series label: an ALL-CAPS name, then " – Edition" / " — Unit name".
_DASH_SPLIT = re.compile(r"\s[—–-]\s")
# A dash or a spaced slash before a role ends a byline's name: "Jane Roe — Senior
# Physiotherapist", "Jane Roe / Daily Courier Staff Writer" (a newspaper's desk after a slash).
_ROLE_SPLIT = re.compile(r"\s[—–/-]\s")
# Interactive page furniture: a search box, sign-in links, an editor's bracketed note.
# Page controls: a search box, sign-in, menu and skip links, alone or run together as a page's
# text copy glues them ("Skip to main contentSkip to navigation").
_CONTROL = re.compile(
    # a search box's placeholder may trail an ellipsis or name what it searches ("Search...",
    # "Search the site…")
    r"^(?:(?:search(?:\s+(?:the\s+|this\s+|our\s+)?(?:site|website|archive|news))?\s*(?:\.{2,}|…)?"
    r"|sign in|log in|menu|skip to (?:(?:the )?main )?(?:content|site index|navigation"
    r"|search|footer|menu))\s*)+(?:\[.*\])?\s*$|^\[.*\]$",
    re.I,
)
# A media player's controls between a headline and its byline on a radio, podcast or video page:
# the clip's length alone or after its verb ("Listen · 3:52", "Watch 1:04:10") and the player's
# buttons ("Download", "Embed", "Transcript", "Toggle more options").
_PLAYER_CONTROL = re.compile(
    r"^(?:(?:listen|watch|play)(?:\s+now)?\s*[·•|:-]?\s*)?(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s*min)?$"
    r"|^(?:listen|watch|play|pause|download|embed|transcript|share|more options|toggle more options"
    r"|playlist|queue|add to playlist)$"
    r"|^\d{1,3}[- ]min(?:ute)?s?\s+(?:listen|watch)$",  # the clip's length in words: "4-Minute Listen"
    re.I,
)
# The programme a radio or TV story aired on, printed under its headline ("Heard on Evening
# Report", "As seen on Sunday Magazine"): page furniture like the player, never the headline.
_PROGRAMME_LINE = re.compile(
    r"^(?:(?i:as)\s+)?(?i:heard|seen|aired|featured|broadcast)\s+on\s+"
    r"(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:[A-Z0-9][\w'’&.-]*|of|the|and|&|on|in)){0,5}$"
)
# A link back to an index page ("[← Back to all posts](/blog)", "« Back to News").
_BACK_LINK = re.compile(r"^\[?\s*(?:[←«‹<]+\s*)?back to\b|^\[?\s*[←«‹]", re.I)
_CO_AUTHORS = re.compile(r"\s+(?:and|&)\s+")
# A student's class year after a name ("Jane Roe ’27", "Ann Poe '26"), as campus papers print
# it: like a credential, not part of the name.
_CLASS_YEAR = re.compile(r"(?<=\w)\s+[’'‘]\d{2}(?=$|[\s,;|)])")
# An automated mail service as an e-mail's sender: a no-reply or alerts mailbox
# ("alerts-noreply@...", "updates@..."), or a display name that names a service ("Example
# Alerts", "Journal Updates"). Its messages have no author.
_SERVICE_MAILBOX = re.compile(
    r"(?:^|[<\s\-_.+])(?:no-?reply|do-?not-?reply|alerts?|notifications?|notify|updates?"
    r"|newsletters?|digest|mailer(?:-daemon)?|bounces?)(?:[-_.+]|@)",
    re.I,
)
_SERVICE_NAME = re.compile(
    r"\b(?:alerts|notifications|updates|digest|newsletter|team|support|bot|no-?reply)\b", re.I
)
# A body's name followed by its own acronym ("Association for Rowing and Healthy Ageing
# (ARHA)"): the initials of its words, small ones aside, spell the bracketed letters.
_WITH_ACRONYM = re.compile(r"^(?P<name>.+?)\s*\((?P<acronym>[A-Z]{2,8})\)$")
_SMALL_WORDS = frozenset({"of", "for", "and", "the", "on", "in", "to", "at", "&"})
# Job titles that follow a byline name ("Jane Roe, Science Desk", "Jane Roe Health correspondent").
_ROLE = re.compile(
    r"\b(?:(?:head(?=\s+of\b)|special(?=\s+to\b)|desk|correspondent|editor|reporter|writer|staff|columnist|journalist|contributor|"
    r"producer|newsroom|physiotherapist|therapist|physician|dietitian|nutritionist|coach|"
    r"trainer|scientist|researcher|professor|lecturer|director|officer|manager|consultant|"
    r"specialist|senior|freelance|office|communications|department|team|bureau|curator|lead|"
    r"analyst|advis[eo]r|instructor|educator|surgeon|pharmacist"
    # who runs a programme or an office ("Wellness Coordinator", "Clinic Administrator")
    r"|co-?ordinator|administrator|facilitator|supervisor|organi[sz]er"
    # who chairs a council's or a board's committee ("Chairperson, Committee on Parks"); not a
    # bare "Chair" ("Chair Yoga for Seniors" is an exercise), only "Chair of ..."
    r"|chair(?:person|man|woman|men|women)|chair(?=\s+of\b)"
    # a profession named after the employer ("Club Doctor", "School Nurse"), not an honorific
    # spelled out before a name ("Doctor Jane Roe")
    r"|doctor(?!\s+(?-i:[A-Z]))|nurse|teacher|midwife)s?"
    # who owns or runs a business ("Broker / Owner", "Co-founder", "Estate Agent"): one
    # person's role, so singular ("For owners and operators" is a trade site's tagline)
    r"|(?:co-?)?(?:owner|founder)|proprietor|broker|realtor|agent)\b",
    re.I,
)
# "Nicola Roe Arts and culture correspondent", "Jane Roe Science Reporter": a name, then a
# role phrase with no separator (its noun in either case).
# A role that heads its phrase ("Staff writer", "Professor of Medicine"), not one that qualifies
# another noun ("Researcher View", a tab in a page's menu row).
_ROLE_HEAD = re.compile(_ROLE.pattern + r"(?:\s*$|\s*[,;(]|\s+(?:of|for|at|in|on|and|&|to)\b)", re.I)
_NAME_THEN_ROLE = re.compile(
    r"^(?P<name>(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3}?)\s+"
    r"(?P<role>[A-Z][\w'’-]*(?:\s+[\w&'’-]+){0,5}?\s+(?i:correspondent|editor|reporter|writer|"
    r"columnist|journalist))$"
)
# Post-nominal credentials: short tokens with two or more capitals (MSc, PhD, MCSP, RD).
_CREDENTIALS = re.compile(r"^(?:(?=[A-Za-z.]{2,6}\b)[A-Z][a-z.]*[A-Z][A-Za-z.]*[\s,]*)+$")
# A role alone on the line under a writer's name ("Health Reporter", "Senior Correspondent",
# "Professor of Sport Science"): a few words, a role heading them or ending them.
_ROLE_LINE = re.compile(r"^[A-Z][\w&'’-]*(?:\s+[\w&'’,-]+){0,5}$")
# A platform's line naming where a post appeared ("Published in The Hill Runner", "Posted in
# Training"): the publication or category after it is no one's name.
_PLACED_IN = re.compile(r"^(?:published|posted|filed|featured|appeared|originally\s+\w+)\s+(?:in|on|under|at)\b", re.I)
# A writer's outlet or programme after the name ("Jane Roe for The Morning Show", "Jane Roe,
# for Example Weekly"): who the piece was written for, dropped like an agency or a desk.
_FOR_OUTLET = re.compile(r",?\s+for\s+(?:the\s+|The\s+)?[A-Z][\w'’&.-]*(?:\s+[\w'’&.-]+){0,5}$")
# The body a person acts for after the name ("Jane Roe on behalf of the Eastfield Walkers'
# Club", a petition's or a letter's starter): who she speaks for, dropped like an outlet.
_ON_BEHALF = re.compile(r",?\s+on\s+behalf\s+of\s+(?:the\s+|The\s+)?[A-Z][\w'’&.-]*(?:\s+[\w'’&.-]+){0,6}$")
_NAME_TOKEN = re.compile(r"^(?:[^\W\d_a-zß-ÿ][\w'’.-]*|[a-z]{1,3}|de la|van der)$")
# A corresponding-author marker after a name, as an icon's text copies it ("Jane Roe Is a
# corresponding author", "Jane Roe (corresponding author)").
_CORRESPONDING = re.compile(r"\s*\(?\b(?:is\s+(?:a|the)\s+)?corresponding\s+author\)?", re.I)
# Affiliation markers written as digits after a name ("Roe1,3", "Roe2,*").
_AFFILIATION_RUN = re.compile(r"(?<=[^\W\d_])(?:\d{1,2}|\*)(?:,(?:\d{1,2}|\*))*(?=[,.\s]|$)")
_AFFILIATION_MARK = re.compile(r"[\s⁰¹²³⁴⁵⁶⁷⁸⁹ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ⁎*†‡§¶#]+$")
# An article-type label a journal prints above or beside a paper ("Research Article", "Brief
# Report", "Original Investigation"): two capitalised words, but no one's name.
_GENRE_WORD = re.compile(
    r"\b(?:article|research|report|review|editorial|commentary|correspondence|perspective"
    r"|investigation|communication|letter|insight|feature|opinion|analysis|preprint)s?\b",
    re.I,
)
_HONORIFIC = re.compile(r"^(?:Dr|Prof|Mr|Ms|Mrs|Sir|Dame|Professor|Doctor)\.?$")
# A letterhead: an organisation's name heading a leaflet, report or letter ("Northgate
# University Hospitals NHS Foundation Trust", "Department of Ageing and Rehabilitation").
_LETTERHEAD = re.compile(
    r"^(?:(?:department|school|faculty|division|institute|centre|center|office|ministry) of\b.*"
    r"|(?:[A-Z][\w&'’.-]*\s+){0,8}(?:trust|university|universities|hospitals?|institute|"
    r"foundation|council|agency|ministry|college|centre|center|laboratory|clinic|service|"
    r"authority|board|society|association)s?"
    # a named body "for" or "on" its field ("Eastfield Institute for Muscle Health")
    r"|(?:[A-Z][\w&'’.-]*\s+){1,4}(?:institute|foundation|council|centre|center|society"
    r"|association|academy|laboratory|alliance|network)\s+(?:for|on)\s+(?:the\s+)?"
    r"[A-Z][\w'’-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’-]*){0,2})$",
    re.I,
)

# The organisation heading a letterhead block, in capitals, with any words after its kind
# ("OHIO VALLEY INSTITUTE FOR AGING RESEARCH"): a letterhead only above a department or an
# address line, since a headline in capitals may name an institute too.
_ORGANISATION = re.compile(
    r"\b(?:trust|university|hospitals?|institute|foundation|council|agency|ministry|college"
    r"|centre|center|laborator(?:y|ies)|labs?|clinic|society|association|academy|school)\b",
    re.I,
)
# The same kinds of body named in German, French, Italian or Spanish, as a translated release
# keeps its institution's own name ("Institut für ...", "Université de ...").
_ORGANISATION_ABROAD = re.compile(
    r"(?:institut|instituto|istituto|universit(?:ät|at|é|à|y)|universidad|klinik(?:um)?|zentrum"
    r"|centro|stiftung|fondation|fundación|fondazione|hochschule|akademie|académie|gesellschaft)",
    re.I,
)
# A government or a state named as such, in English or in a country's own language (a
# ministry site's top banner: "Kerajaan <Country> · Government of <Country>", "Gobierno de
# <Country>", "Pemerintah <Province>"): an institution, never a person's name.
_GOVERNMENT = re.compile(
    r"\b(?:government|kerajaan|pemerintah|kementerian|gobierno|governo|gouvernement|regierung"
    r"|republic|republik|rep[úu]blica|r[ée]publique|repubblica|kingdom|sultanate|kesultanan)\b",
    re.I,
)
# A postal address line: a street number and a street word ("2150 Riverside Parkway, Suite
# 400"), or a postcode (US "OH 45202", UK "M13 9PL"), or a post box.
_ADDRESS = re.compile(
    r"^\d{1,6}\s+(?:[A-Z][\w.'’-]*\s+){1,4}(?:street|st|road|rd|avenue|ave|parkway|pkwy"
    r"|boulevard|blvd|lane|drive|way|place|court|square|terrace|highway|hwy)\b\.?(?:\s*[,•·|]|\s*$)"
    r"|\b(?-i:[A-Z]{2})\s+\d{5}(?:-\d{4})?\s*$|\b(?-i:[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2})\b"
    r"|^p\.?\s?o\.?\s+box\s+\d"
    # a continental postcode with its country's letters ("LT-01234", "D-12345", "CH-1234")
    r"|,\s*(?-i:[A-Z]{1,3})-\d{4,5}\s+(?-i:[A-Z])",
    re.I,
)
# A letterhead's contact line: a label ("Tel", "Email", "Web", "Enquiries desk") and a phone
# number in international form, an e-mail address or a web address ("Tel: +1 555 0100").
_CONTACT_LINE = re.compile(
    r"^(?:[A-Za-z][\w'’&-]*\s+){0,3}[A-Za-z][\w'’&-]*\s*:\s*"
    r"(?:\+\s?\d[\d ()-]{5,}\d|[\w.+-]+@[\w-]+\.[\w.-]+|www\.\S+|https?://\S+)"
    r"|^(?:tel|telephone|phone|fax|mobile|e-?mail|web(?:site)?)\s*:",
    re.I,
)
# Written testimony to a legislative committee (or a statement to a hearing): its first line
# is its title and names its author ("Testimony of Jane Roe, Ph.D., before the Subcommittee on
# ...", "Written testimony of ...", "Statement of Dr. Jane Roe to the Committee ...").
_TESTIMONY = re.compile(
    r"^(?:(?:written|prepared|oral|joint)\s+)?(?:testimony|statement)\s+of\s+(?P<name>.+?)"
    r"(?P<venue>,?\s+(?:before|to|submitted to|on behalf of)\s+(?:the\s+)?(?-i:[A-Z]).*)?$",
    re.I,
)


# A patent document's front page numbers its fields with WIPO standard ST.9 "INID" codes:
# (54) the title, (72) the inventors ((75) inventor-applicants on older US pages), (43) the date
# an application is published, (45) the date a granted patent is; not (22) the filing date nor
# the (30) priority data. A code opens a line or a column ("Jane Roe et al.    (43) Pub. Date:").
_INID = re.compile(r"(?:^|\s{2,})\((?P<code>\d{2})\)\s+(?P<value>.*?)(?=\s{2,}\(\d{2}\)\s|$)", re.M)
_INID_LABEL = re.compile(r"^[^:]{0,40}:\s*")


# A web-archive capture copied as text: the archive's banner line ("The Wayback Machine -
# https://web.archive.org/web/20200102030405/https://example.org/story"), then its toolbar (the
# captured URL, the capture count and range, a calendar strip of months, days and years, "About
# this capture", the collection): furniture of the archive, whose capture dates are not the
# page's. The page itself starts after them.
_ARCHIVE_BANNER = re.compile(
    r"\A\s*(?:the\s+)?wayback\s+machine\s*[-–—]\s*https?://web\.archive\.org/web/\d{8,14}", re.I
)
_MONTH_ABBR = "(?:" + "|".join(m for m in _MONTHS if len(m) == 3) + ")"  # "JUN JUL AUG"
_ARCHIVE_TOOLBAR = re.compile(
    r"^(?:internet\s+archive|wayback\s+machine|https?://\S+(?:\s+go)?|go|[\d,]+\s+captures?"
    r"|success|fail|about\s+this\s+capture|collected\s+by|(?:collection|organi[sz]ation)\s*:.*"
    r"|timestamps|loading|close|help|" + _MONTH_ABBR + r"(?:\s+" + _MONTH_ABBR + r"){0,2}"
    r"|\d{1,2}|(?:19|20)\d{2}(?:\s+(?:19|20)\d{2}){0,2}"
    r"|\d{1,2}\s+\w{3,9}\s+\d{4}\s*[-–]\s*\d{1,2}\s+\w{3,9}\s+\d{4})$",
    re.I,
)


@dataclass(frozen=True)
class Header:
    title: str | None
    byline: str | None
    published: date | None


def parse_date(text: str) -> date | None:
    """The first full calendar date written in ``text`` (day, month and year), else None."""
    found: list[tuple[int, date]] = []
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            groups = m.groupdict()
            if groups.get("month") and _ends_range(text, m.start(), groups["day"]):
                continue  # "3-9 May 2027": a week's issue or an event's days, no one date
            month = int(groups["mnum"]) if groups.get("mnum") else _MONTHS[groups["month"].lower()]
            try:
                found.append((m.start(), date(int(groups["year"]), month, int(groups["day"]))))
            except ValueError:
                continue
            break
    if slashed := _slash_date(text):
        found.append(slashed)
    if dashed := _dash_date(text):
        found.append(dashed)
    return min(found)[1] if found else None


#: The first day of a range of days written before a date's day ("8-14 June", "17–19 Sep").
_RANGE_START = re.compile(r"(?<![\d.,])(?P<first>\d{1,2})\s?[-–]\s?$")


def _ends_range(text: str, start: int, day: str) -> bool:
    """Whether the day at ``start`` ends a range of days ("3-9 May 2027"): the dates of a
    week's issue or of an event, not a publication date."""
    if start < 2 or text[start - 1] not in "-– ":
        return False
    m = _RANGE_START.search(text, max(0, start - 6), start)
    return m is not None and int(m["first"]) < int(day)


def _slash_date(text: str) -> tuple[int, date] | None:
    """The first slashed numeric date whose day and month order can be told (see _SLASH_DATE)."""
    m = _SLASH_DATE.search(text)
    if m is None:
        return None
    a, b, year = int(m["a"]), int(m["b"]), int(m["year"])
    if a > 12 or (b <= 12 and _DAY_FIRST_ZONE.search(text)):
        day, month = a, b
    elif b > 12 or _MONTH_FIRST_ZONE.search(text):
        day, month = b, a
    else:
        return None
    try:
        return m.start(), date(year, month, day)
    except ValueError:
        return None


def _dash_date(text: str) -> tuple[int, date] | None:
    """The first hyphenated numeric date (see _DASH_DATE)."""
    m = _DASH_DATE.search(text)
    if m is None:
        return None
    a, b, year = int(m["a"]), int(m["b"]), int(m["year"])
    month_first = b > 12 or (a <= 12 and _MONTH_FIRST_ZONE.search(text) is not None)
    day, month = (b, a) if month_first else (a, b)
    try:
        return m.start(), date(year, month, day)
    except ValueError:
        return None


# Markdown emphasis inside a line ("Sets *and* Reps", "_very_"): the words stay, the
# marks go; a lone star or an underscore inside a word ("p < 0.05*", "snake_case") is no emphasis.
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])"
                       r"|(?<![\w_])_(?=[^\s_])([^_\n]+?)(?<=[^\s_])_(?![\w_])")


def _clean(value: str) -> str:
    value = _MD_LINK.sub(r"\1", value)
    value = re.sub(r"\*\*|__", "", value)
    value = _EMPHASIS.sub(lambda m: m[1] or m[2], value)
    value = value.strip().strip("*_ ").strip()
    return re.sub(r"\s+", " ", value)


#: A paper's name and its edition on the masthead line ("THE DAILY EXAMPLE — e-Paper Edition",
#: "Example Times | Digital Edition", "Late City Edition"): no headline.
_EDITION_LINE = re.compile(
    r"^(?:[^|—–\n]{2,60}\s+(?:[—–|:-]|--)\s+)?(?:the\s+)?(?:(?:e-?paper|digital|print|online|replica|"
    r"international|national|weekend|sunday|saturday|morning|evening|late(?:\s+city)?|city|final|"
    r"early|asia|europe|us|uk)\s+){1,2}edition$", re.I)
#: A reader's or converter's note on a page's text export ("Plain text version produced by <tool>:
#: the print layout is not kept"): no headline, no body.
_EXPORT_NOTE = re.compile(
    r"^(?:this\s+)?(?:plain[- ])?(?:text|txt)\s+(?:export|version|file|copy)\b[^\n]{0,80}?\b"
    r"(?:generated|exported|created|produced|converted)\b[^\n]*\b(?:differ|layout|printed|print)\b", re.I)
#: A line that ends on a lower-case word, a headline broken mid-phrase (see ``_wraps``).
_SENTENCE_CASE_BREAK = re.compile(r"\s[a-z][a-z'’-]*$")
# A short headline a PDF copy breaks before a small word: the head in capitals ("Walking"), the
# tail starting with a preposition or an article and ending on a capitalised word ("on Air").
_HEADLINE_HEAD = re.compile(r"^[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}$")
_HEADLINE_TAIL = re.compile(
    r"^(?:on|of|in|the|and|or|for|to|with|at|a|an|from|into|over|after|before|against|without"
    r"|beyond|under|through)\s+(?:[\w'’-]+\s+){0,4}[A-Z][\w'’-]*[?!]?$"
)


def _is_caps(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _wraps(prev: str, line: str) -> bool:
    """A hard-wrapped line (PDF, slides): a headline broken over ALL-CAPS lines or before a
    small word ("Walking" / "on Air"), or a sentence running on in lower case after a line
    without closing punctuation. A credit line ("BY JANE ROE", "PHOTOGRAPHY BY ...") stands
    alone."""
    if _LIST_ITEM.match(line) or _RULE.match(prev) or _MD_HEADING.match(prev):
        return False
    if _INLINE_AUTHOR.match(line) or _NOT_AUTHOR.match(line) or _column_host(line):
        return False
    if _PART_SEPARATOR.search(prev) and _PART_SEPARATOR.search(line):
        return False  # two metadata rows ("Jane Roe · posted ..." / "runtime 0:58 · ..."), not prose
    if _is_caps(prev) and _is_caps(line) and len(_words(prev)) <= 4 and len(_words(line)) <= 4:
        # a writer's role in capitals under their name ("JANE ROE" / "HEALTH REPORTER" / "CITY")
        # is a byline block, one field a line, not a headline broken over lines
        return not (_role_line(line) or _role_line(prev))
    if _is_caps(prev) and _is_caps(line) and _long_caps_wrap(prev, line):
        return True
    if _HEADLINE_HEAD.match(prev) and _HEADLINE_TAIL.match(line):
        return True
    if prev.endswith(":") and _is_title_case(prev) and _is_title_case(line) \
            and not _is_byline_or_date(line) and len(prev) + len(line) < MAX_TITLE:
        # a title and its subtitle broken after the colon ("Lifting for Life:" / "What the
        # Trials Show and Where to Begin"), as a PDF's copy prints a headline: both in title case
        return True
    if line[0].islower() and _SENTENCE_CASE_BREAK.search(prev) and len(prev) + len(line) < MAX_TITLE \
            and len(_words(prev)) >= 4 and not line.rstrip().endswith((".", ";", ":")):
        # a print page's headline set in sentence case and broken mid-phrase ("Walking slows
        # the" / "loss of muscle, study finds"): a lower-case word ends the line, one starts the
        # next, and the next ends no sentence
        return True
    return line[0].islower() and not prev.endswith((".", ";", "!", "?")) and len(_words(prev)) >= 8


def _long_caps_wrap(prev: str, line: str) -> bool:
    """A long capitals headline a plain-text page hard-wraps at its column width ("<FIVE OR MORE
    WORDS IN CAPITALS, A CLAUSE RUNNING ON>" / "<ITS TAIL IN CAPITALS>"): the first line of five
    words or more ends no sentence, neither line is a byline or a date, and the two stay a
    title's length. A short capitals label over it ("RESEARCH ROUNDUP") is no first line."""
    if len(_words(prev)) < 5 or len(_words(line)) < 2 or prev.endswith((".", "!", "?", ";")):
        return False
    return len(prev) + len(line) < 200 and not _is_byline_or_date(line) and not _is_byline_or_date(prev)


def _header_lines(text: str, max_lines: int = HEADER_LINES, max_chars: int = HEADER_CHARS) -> list[str]:
    lines: list[str] = []
    joinable = False
    prev_raw = ""
    for raw in text[:max_chars].split("\n"):
        line = raw.strip()
        if not line:
            joinable = False
            continue
        if joinable and lines and (_wraps(lines[-1], line) or _centred_pair(prev_raw, raw, lines[-1])):
            lines[-1] = f"{lines[-1]} {line}"
        else:
            if len(lines) >= max_lines:
                break
            lines.append(line)
        joinable = True
        prev_raw = raw
    return lines


def _centred_pair(prev_raw: str, raw: str, prev: str) -> bool:
    """A headline a layout-keeping text dump (pdftotext -layout) prints centred over two lines,
    broken mid-phrase before a capitalised word ("Lifting weights helps" / "Tromsø pensioners
    sleep"): both lines indented and centred on the same column, the first in sentence case of
    four words or more ending on a lower-case word, the second short and ending no sentence.
    ``prev`` holds the first line joined up so far (it must be that one raw line)."""
    if not (prev_raw[:2].isspace() and raw[:2].isspace()) or "  " in prev or prev != prev_raw.strip():
        return False
    line = raw.strip()
    if "  " in line or not line[:1].isupper() or _is_caps(line) or _is_caps(prev) \
            or line.endswith((".", ";", ":", "!", "?", ",")) or prev.endswith((".", ";", ":", "!", "?", ",")):
        return False
    if not _SENTENCE_CASE_BREAK.search(prev) or len(_words(prev)) < 4 or not 1 < len(_words(line)) <= 6:
        return False
    if _is_byline_or_date(line) or _is_title_case(prev):
        return False
    centre = (len(prev_raw) - len(prev_raw.lstrip())) + len(prev) / 2
    centre_next = (len(raw) - len(raw.lstrip())) + len(line) / 2
    return abs(centre - centre_next) <= 3


def _is_date_line(line: str) -> bool:
    """A date on its own, or a line that starts with one ("May 19, 2026 10:42 AM GMT ...")."""
    if parse_date(line) is None or _HISTORY.match(line) or _TIME_SLOT.search(line):
        return False
    if _OTHER_EVENT_DATE.match(line):
        return False
    if len(line) <= 40:
        return True
    # the date may follow its weekday ("Tuesday, 9th March 2027, which is also ...")
    start = m.end() if (m := _WEEKDAY_LEAD.match(line)) else 0
    return len(line) <= 80 and any(p.match(line, start) for p in _DATE_PATTERNS)


#: A date's weekday opening its line, its name in full or short ("Wednesday, ", "Thu ").
_WEEKDAY_LEAD = re.compile(
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\.?,?\s+", re.I)


def _part_date(plain: str) -> date | None:
    """A date printed as one field of a metadata row ("Science | 27.08.2025, 14:20 | ...",
    "News Desk / example.in / Updated: Jul 21, 2024"): the first field that is a date line."""
    parts = _DATE_ROW_SEPARATOR.split(plain)
    if len(parts) < 2:
        return None
    return next((parse_date(p) for p in parts if _is_date_line(p.strip())), None)


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'’-]+", text)


def _is_title_case(line: str) -> bool:
    """Most longer words capitalised: a headline, even when it ends with a full stop."""
    long_words = [w for w in _words(line) if len(w) > 3]
    if len(long_words) < 3:
        return False
    return sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)


def _is_kicker(line: str) -> bool:
    """A section label above the headline: "HEALTH | FITNESS", a short ALL-CAPS line (with a
    serial number after it: "MEDIA RELEASE No. 7/2025"), or a masthead / series name in capitals
    before a dash ("DAILY HERALD – English Edition")."""
    line = _SERIAL_NUMBER.sub("", line) or line
    parts = _PART_SEPARATOR.split(line)
    if len(parts) > 1 and all(len(_words(p)) <= 3 for p in parts) and parse_date(line) is None:
        return True
    head, *tail = _DASH_SPLIT.split(line, maxsplit=1)
    tail_words = [w for w in _words(" ".join(tail)) if len(w) > 3]
    if tail_words and _is_caps(head) and all(w[0].isupper() for w in tail_words):
        return True
    return _is_caps(line) and len(_words(line)) <= 6


def _is_citation(line: str) -> bool:
    return bool(_CITATION.search(line))


def _is_chrome(line: str) -> bool:
    """Navigation, breadcrumbs, images, rules, "Related:" rows, menu rows, search boxes,
    bracketed notes, mail fields and reprint credits: page furniture, not a headline."""
    plain = _clean(line)
    spaced = re.split(r"\s{2,}", line)
    return bool(
        _LIST_ITEM.match(line)
        or _CONTENTS_ENTRY.search(line)
        or _MD_IMAGE.match(line)
        or _RULE.match(line)
        or (_BREADCRUMB.search(line) and len(_words(plain)) <= 8)
        or _is_trail(plain)
        or _LINKED_TRAIL.match(line.strip())
        or (line.startswith("[") and _LINK_ROW.match(line.strip()))
        or re.match(r"^(?:(?:related|share|tags?|filed under)\b\s*:?|(?:media\s+|press\s+)?contacts?\s*:)",
                    plain, re.I)
        or (_SPACED_ITEMS.search(line) and all(len(_words(p)) <= 5 for p in spaced))
        or _CONTROL.match(plain)
        or _MAIL_FIELD.match(plain)
        or _ID_FIELD.match(plain)
        or _CREDIT.match(plain)
        or _other_credit(plain)
        or _SOURCE_TAGLINE.match(plain)
        or _BACK_LINK.match(line)
        or (len(_words(plain)) <= 15 and _ADDRESS.search(plain))
        or (":" in plain and _CONTACT_LINE.match(plain))
        or _EMBARGO.match(plain)
        or _is_masthead_line(plain)
        or _is_preheader(plain)
        or _PROGRAMME_LINE.match(plain)
        or _AD_LINE.match(plain)
        or ("°" in plain and _WEATHER.match(plain))
        or (("|" in plain or "·" in plain or "•" in plain) and _is_ticker(plain))
    )


# A market or weather reading in a masthead's ticker strip ("Index 100: 9,876.5 (-0.4%)",
# "USD/XYZ: 12.34", "Gold: 1,234 XYZ", "Town 21°C").
_READING = re.compile(r":\s*[-+−]?\d|\d\s?°|\b[A-Z]{3}/[A-Z]{3}\b")


_TICKER_FIELDS = re.compile(r"\||\s[·•]\s")


def _is_ticker(plain: str) -> bool:
    """A masthead's ticker strip: three or more short fields parted by "|" (or a middle dot), each with a
    figure in it, two or more of them readings (an index or an exchange rate after a colon, a
    temperature): page furniture, no headline."""
    fields = _TICKER_FIELDS.split(plain)
    if len(fields) < 3 or len(plain) > 300:
        return False
    if not all(len(f.split()) <= 5 and any(c.isdigit() for c in f) for f in fields):
        return False
    return sum(bool(_READING.search(f)) for f in fields) >= 2


def _is_preheader(plain: str) -> bool:
    """An e-mail newsletter's web-view or forwarding links (see _WEB_VIEW), alone on a line."""
    if len(plain) > 200 or not _WEB_VIEW.search(plain):
        return False
    return all(_WEB_VIEW.search(p) for p in _WEB_VIEW_PARTS.split(plain) if p.strip())


def _issue_line(plain: str) -> bool:
    """A newsletter's issue line (see _ISSUE_FIELDS): an issue number with a date, a season or a
    reading time, maybe after the publication's name and its label. Nothing else may share it."""
    if not _ISSUE_GATE.search(plain):
        return False
    fields = [f.strip() for f in _ISSUE_FIELDS.split(plain)]
    if not 2 <= len(fields) <= 5:
        return False
    issue = False
    for k, f in enumerate(fields):
        if all(_ISSUE_NUMBER.match(x.strip()) for x in f.split(",")):
            issue = True
        elif not (_SEASON_YEAR.match(f) or _is_date_line(f) or _READING_TIME.match(f)
                  or (k == 0 and _PUBLICATION_NAME.match(f))
                  # the name's label after it ("<NAME> · The members' newsletter · Issue 8 · ...")
                  or (k == 1 and _PUBLICATION_LABEL.match(f) and _PUBLICATION_NAME.match(fields[0]))):
            return False
    return issue


def _is_masthead_line(plain: str) -> bool:
    """A magazine's masthead lines: its tagline ("The Members' Magazine of the Example Club ·
    Leeds"), its issue line ("Autumn 2024 · Vol. 3, No. 4") and its contents teaser ("Inside
    this issue: ..."), none of them the headline."""
    first = _PART_SEPARATOR.split(plain)[0]
    if _PUBLICATION_TAGLINE.match(first) and len(_words(first)) <= 12:
        return True
    if _published_by(plain):
        return True
    if _CONTENTS_TEASER.match(plain):
        return True
    fields = [f.strip() for f in re.split(r"\s+[|•·*]\s+|,\s*", plain) if f.strip()]
    if _issue_line(plain):  # "The Example Bulletin — Issue 12 — 3 May 2026"
        return True
    return any(_ISSUE_NUMBER.match(f) for f in fields) and all(
        _ISSUE_NUMBER.match(f) or _SEASON_YEAR.match(f) or _is_date_line(f) for f in fields
    )


def _published_by(plain: str) -> bool:
    """A publication's label and its publisher on one masthead line, joined by a middle dot or
    a bar ("Members' Quarterly Newsletter · Example Rowing Club"; see _PUBLICATION_LABEL)."""
    parts = [p.strip() for p in re.split(r"\s+[|•·]\s+", plain)]
    return (len(parts) == 2 and _PUBLICATION_LABEL.match(parts[0]) is not None
            and _PUBLICATION_NAME.match(parts[1]) is not None)


def _other_credit(plain: str) -> bool:
    """A photographer's, illustrator's or reviewer's credit line ("Photographs by Jane Roe",
    "Photo: Jane Roe"), not a headline; a colon headline ("Data: what ...") is not one."""
    m = _NOT_AUTHOR.match(plain)
    return bool(m) and bool(m["by"] or _people(m["name"].strip().rstrip(".")))


def _is_trail(plain: str) -> bool:
    """A breadcrumb trail however long its items' names: every item a short label."""
    if _TIGHT_TRAIL.match(plain):
        # a trail starts at "Home" or runs four levels deep; "Push/Pull/Legs: A Guide" is a title
        items = plain.split("/")
        return (items[0] == "Home" or len(items) >= 4) and all(len(_words(x)) <= 4 for x in items)
    if not _TRAIL.match(plain):
        return False
    return all(len(_words(item)) <= 7 for item in _TRAIL_SEPARATOR.split(plain))


def _short_trail(line: str, nxt: str) -> bool:
    """A breadcrumb of two levels above the post (see _TWO_LEVEL_TRAIL)."""
    plain = _clean(line)
    if not _TWO_LEVEL_TRAIL.match(plain) or plain.endswith((".", "?", "!")):
        return False
    if not all(1 <= len(_words(x)) <= 4 and x.strip()[:1].isupper()
               for x in _TRAIL_SEPARATOR.split(plain)):
        return False
    return _SITE_LINK.match(line) is not None or _MD_HEADING.match(nxt) is not None


def _navigation(lines: list[str], scan: int) -> set[int]:
    """Lines of a site menu copied as plain text: the short label lines (a few words, no
    sentence punctuation) that run up to a breadcrumb trail, three or more of them or all
    that follow a "Skip to content" line. Its links ("Find a Clinic") read as short
    headlines; the real one comes after the trail."""
    trail = next((i for i, x in enumerate(lines[:scan]) if _is_trail(_clean(x))), None)
    if trail is None:
        return set()
    i = trail
    while i > 0 and _NAV_LINK.match(plain := _clean(lines[i - 1])) and len(_words(plain)) <= 4 \
            and not _CONTROL.match(plain):
        i -= 1
    control = i > 0 and _CONTROL.match(_clean(lines[i - 1])) is not None
    return set(range(i, trail)) if control or trail - i >= 3 else set()


#: How many one-label lines open a page copied with its menu ("News", "Sport", "Health", ...).
MENU_RUN_LINES = 6


def _menu_lines(lines: list[str]) -> bool:
    """Whether the text opens with a site menu copied one label a line: six or more short
    capitalised labels (up to three words, no digit or sentence punctuation). The headline
    then sits below a longer stretch of page top, as on a web page."""
    run = 0
    for line in lines[:TITLE_SCAN_LINES]:
        plain = _clean(line)
        if not (_NAV_LINK.match(plain) and plain[:1].isupper() and len(_words(plain)) <= 3
                and not any(c.isdigit() for c in plain)):
            break
        run += 1
    return run >= MENU_RUN_LINES


def _column_host(plain: str) -> str | None:
    """The host a column names on a line of its own ("with Jane Roe")."""
    m = _COLUMN_HOST.match(plain)
    name = _name_only(m["name"]) if m else None
    return name if name and _person_name(name) else None


def _is_byline_or_date(plain: str) -> bool:
    return bool(
        _column_host(plain)
        or _LABEL_AUTHOR.match(plain) or _LABEL_DATE.match(plain) or _INLINE_AUTHOR.match(plain)
        or _INLINE_DATE.match(plain) or _is_date_line(plain) or _USER_BYLINE.search(plain)
        or _part_date(plain) or _STREAM_DATE.search(plain)
    )


# a sentence break, not an initial ("Jane A. Roe") or an abbreviation ("U.S. House")
_SENTENCE_BREAK = re.compile(r"(?:\w\w|[a-z\d])[.?!][\"”’)]?\s+[(\"“‘]?[A-Z]")


def _is_body(plain: str) -> bool:
    """A running-text paragraph: the header is over once one starts (a standfirst of several
    sentences included)."""
    if len(plain) > MAX_TITLE:
        return True
    if len(_words(plain)) >= 20 and _SENTENCE_BREAK.search(plain):
        return True
    return plain.endswith((".", ":", ";", ",", "!")) and not _is_title_case(plain)


def _sentence_headline(plain: str, nxt: str, after: str = "") -> bool:
    """A headline written as one or two sentences ("Rowers keep their grip. A new study asks
    why."), read as running text, but with the writer's "By ..." line right under it: a
    standfirst, the other text of that shape, comes under a headline, not first. A question
    and its answer ("Tired after 50? A new trial says ...") with no full stop may have its
    standfirst (``_is_deck``) between it and the byline (``after``): a first paragraph ends
    with a stop and has body text, not a byline, under it."""
    if len(_words(plain)) > 30 or len(_SENTENCE_BREAK.findall(plain)) > 1 or plain.endswith((":", ";", ",")):
        return False
    if _LABEL_AUTHOR.match(nxt) or _INLINE_AUTHOR.match(nxt):
        return True
    return not plain.endswith((".", "!")) and _is_deck(nxt) \
        and bool(_LABEL_AUTHOR.match(after) or _INLINE_AUTHOR.match(after))


def _menu_row(plain: str) -> bool:
    """A site's menu bar copied as one line: four or more short labels between separators
    ("Home | News | Sport | Health | Opinion"), no date among them."""
    parts = _PART_SEPARATOR.split(plain)
    return len(parts) >= 4 and all(1 <= len(_words(p)) <= 3 for p in parts) and parse_date(plain) is None


def _site_stripped(html_title: str) -> str:
    """``Headline | Site`` / ``Headline - Site`` without the site part."""
    title = _clean(html_title)
    parts = re.split(r"\s+[|–—-]\s+", title)
    if len(parts) > 1 and len(_words(parts[-1])) <= 6 and len(_words(" ".join(parts[:-1]))) >= 3:
        return re.sub(r"\s+[|–—-]\s+[^|–—-]+$", "", title)
    return title


def _overlap(a: str, b: str) -> float:
    wa = {w.lower() for w in _words(a) if len(w) > 2}
    wb = {w.lower() for w in _words(b) if len(w) > 2}
    return len(wa & wb) / min(len(wa), len(wb)) if wa and wb else 0.0


def _letters_only(line: str) -> str:
    name = "".join(c for c in line if unicodedata.category(c)[0] == "L" or c in " .'’-")
    return re.sub(r"\s+", " ", name).strip(" -")


def _display_name(line: str) -> str:
    """A poster's name as shown, without emoji or badges ("Jane's Gym & Cafe ✅")."""
    kept = "".join(c for c in line if unicodedata.category(c)[0] not in "SC" or c in "&+")
    return " ".join(_clean(kept).split())


def _social_author(lines: list[str]) -> str | None:
    """A post's display name: the line right above an "@handle · date" line, a person's name
    (its connection degree "• 2nd" dropped) above a profile headline and a relative time stamp
    ("3d • Edited"), or any name (a page's)
    above a post's time stamp with its audience mark ("March 17 at 4:45 PM · 🌎")."""
    for i, line in enumerate(lines[:4]):
        if i + 1 < len(lines) and _HANDLE_LINE.match(lines[i + 1]):
            return _letters_only(line) or None
        if (m := _POST_HEADER.match(_clean(line))) and parse_date(line):
            return _letters_only(m.group("name")) or None
        name = _letters_only(_NETWORK_DEGREE.sub("", line))
        if _person_name(name) and any(_COMPACT_STAMP.match(x) for x in lines[i + 1 : i + 3]):
            return name
        if i + 1 < len(lines) and _POST_TIME.match(lines[i + 1]) and len(_words(line)) <= 8:
            return _display_name(line) or None  # a page's or a person's post
        # a photo post's account name (a verified mark after it) with "Follow" under it
        user = _VERIFIED.sub("", line).strip()
        if _USER_NAME.match(user) and any(_FOLLOW.match(x) for x in lines[i + 1 : i + 3]):
            return user
    return None


def _unquoted(value: str) -> str:
    return value[1:-1].strip() if len(value) > 2 and value[0] + value[-1] in ('""', "“”") else value


def _is_name_banner(plain: str) -> bool:
    """A site or community name standing above the headline ("Lifting Science Forum"): a few
    capitalised words, no punctuation, no small words."""
    words = plain.split()
    return 2 <= len(words) <= 5 and all(w[:1].isupper() and w.isalpha() for w in words)


#: A lesson's, a programme's or a film's time field: a label naming a time or a duration and
#: its length ("Planned session length: 75 minutes", "Duration: 45 min", "Running time: 1 hour").
_DURATION_FIELD = re.compile(
    r"^(?:[A-Za-z]+\s+){0,3}(?:time|duration|length)\s*:\s*(?:about\s+|approx\.?\s+|ca\.?\s+)?"
    r"\d{1,3}(?:\s*[–-]\s*\d{1,3})?\s*(?:min(?:ute)?s?|hours?|hrs?|h|sessions?|lessons?|periods?)\.?$",
    re.I)


def _subheading_under_letterhead(lines: list[str], i: int, plain: str) -> tuple[int, str] | None:
    """A markdown record whose top heading names its body ("# <NAME> ASSOCIATION", "# <Town>
    Walking Club"), maybe its tagline and a rule under it, then the record's own heading ("##
    Record of the ... General Assembly", "## Yearly review 2027"): that second-level heading, of three
    words or more, within three lines and with no running text between. Else None."""
    if not (_LETTERHEAD.match(plain) or _named_body(plain)):
        return None
    for k in range(i + 1, min(i + 4, len(lines))):
        if not lines[k].startswith("## "):
            if _is_body(_clean(lines[k])) or _MD_HEADING.match(lines[k]):
                return None
            continue
        head = _unquoted(_clean(_heading_text(lines[k])))
        if len(_words(head)) >= 3 and not _is_kicker(head) and not _CONTENTS_HEADING.match(head) \
                and not _is_byline_or_date(head):
            return k, head
        return None
    return None


def _sequence_row(plain: str) -> bool:
    """A row of short fields, one of them a sequence label ("Sample pages · Part 3 of 9",
    "Series · Part 2 of 3"), as a publisher's excerpt page prints it over the chapter's title."""
    if "·" not in plain and "|" not in plain and "•" not in plain:
        return False
    fields = [f.strip() for f in _PART_SEPARATOR.split(plain)]
    return len(fields) >= 2 and any(_SEQUENCE_LABEL.match(f) for f in fields) \
        and all(_SEQUENCE_LABEL.match(f) or len(_words(f)) <= SEQUENCE_ROW_WORDS for f in fields)


def _title(lines: list[str], html_title: str | None) -> tuple[str | None, int | None]:
    """The headline and its line index: among the lines near the top that read as one, the one
    its metadata follows (byline, date, author list), else the first."""
    candidates: list[tuple[int, str]] = []
    fallback: tuple[int, str] | None = None  # an ALL-CAPS line, when nothing else reads as a title
    caps_head: tuple[int, str] | None = None  # a print headline in capitals over its deck and byline
    # page menus run long: on a web page (its <title>, or a "Menu" / "Skip to content" line)
    # the headline may sit further down
    web = html_title or any(_CONTROL.match(_clean(x)) for x in lines[:TITLE_SCAN_LINES]) \
        or _menu_lines(lines)
    scan = HEADER_LINES if web else TITLE_SCAN_LINES
    after_label = False  # "CHAPTER SIX" / "Slide 1": the next line is the title, however short
    ruled = False  # a thematic break ("---") below a candidate
    nav = _navigation(lines, scan)
    for i, line in enumerate(lines[:scan]):
        heading = _MD_HEADING.match(line)
        plain = _unquoted(_clean(heading.group(1) if heading else line))
        if _MASTHEAD.match(line) or _SITE_TAGLINE.match(line) or i in nav:
            continue
        if line.startswith(">"):
            continue  # a blockquote (a reader's highlights, a quoted mail): no headline
        if heading:
            if ruled and line.startswith("# "):
                candidates.clear()  # a masthead above a rule: the heading below is the title
            if line.startswith("# ") and (under := _subheading_under_letterhead(lines, i, plain)):
                candidates.append(under)  # a body's name over its record's own heading
                break
            candidates.append((i, plain))
            break
        if candidates and _THEMATIC_BREAK.match(line):
            ruled = True
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if _SEQUENCE_LABEL.match(plain) or _sequence_row(plain):
            after_label = True
            continue
        if (m := _TITLE_FIELD.match(plain)) and len(_words(m["value"])) >= 2:
            return m["value"], i  # a record's labelled field: a label beats any guess
        if _is_chrome(line) or _is_citation(plain) or _is_byline_or_date(plain) or _consent(plain):
            continue
        if _EDITION_LINE.match(plain) or _EXPORT_NOTE.match(plain):
            continue  # a paper's name over its edition, a reader's note on its text export
        if ":" in plain and _DURATION_FIELD.match(plain):
            continue  # a worksheet's or a programme's time field ("Session length: 75 minutes")
        if _short_trail(line, nxt):
            continue
        if _is_citation(nxt) and len(_words(plain)) <= 8:  # a journal's name above its volume line
            continue
        if _HANDLE_LINE.match(nxt):  # a post's display name: posts have no headline
            return None, None
        if _menu_row(plain) or _bracketed_note(plain):
            continue
        if _is_body(plain):
            if not candidates and (fallback is None or len(_words(fallback[1])) <= 2) \
                    and _sentence_headline(plain, _clean(nxt),
                                           _clean(lines[i + 2]) if i + 2 < len(lines) else ""):
                candidates.append((i, plain))
                continue
            if not candidates and i <= 2 and len(_words(plain)) <= 12 and any(
                    _menu_row(_clean(x)) or _is_chrome(x) for x in lines[i + 1 : i + 4]):
                continue  # a site's slogan under its name, its menu rows below: the page's top
            break
        if after_label and not html_title:
            return plain, i
        short = len(plain) < 3 or len(_words(plain)) < 3
        if short and not (_SOURCE_TAGLINE.match(_clean(nxt)) and not _is_caps(plain)):
            continue
        if not candidates and len(_words(plain)) <= 6 and _menu_row(_clean(nxt)) \
                and not plain.endswith((".", "?", "!", ":")):
            continue  # the site's name above its menu bar, a newspaper's masthead
        if (_is_kicker(plain) or _LETTERHEAD.match(plain) or _letterhead_head(plain, nxt)
                or _named_body(plain) or _letterhead_pair(plain)):
            if fallback is not None and _is_caps(plain) and _is_caps(fallback[1]) and _bylined(lines, i):
                fallback = (i, plain)  # "SECTION" over "A HEADLINE IN CAPITALS" and its byline
            fallback = fallback or (i, plain)
            if caps_head is None and _caps_headline(plain, lines, i):
                caps_head = (i, plain)
            continue
        candidates.append((i, plain))
    if not candidates and any(_is_preheader(_clean(x)) for x in lines[:3]):
        story, at = _newsletter_story(lines)
        if story is not None:
            return story, at
    if not candidates and any(_is_masthead_line(_clean(x)) for x in lines[:scan]):
        # a printed bulletin: masthead, issue line and contents fill the top; the feature's
        # headline is the one with its writer's "By ..." line under it
        story, at = _newsletter_story(lines, bylined=True)
        if story is not None:
            return story, at
    if candidates and (label := _bulletin_label(lines)) is not None and candidates[0][0] < label:
        # a bulletin's masthead (its body's name, a tagline) above its label line ("WEEKLY
        # BULLETIN * <date>"): the feature's headline is the one with its writer's "By ..." under it
        story, at = _newsletter_story(lines, bylined=True)
        if story is not None and at is not None and at > label:
            return story, at
    if candidates and _named_bulletin(candidates[0][1], lines, candidates[0][0]):
        # the masthead names the bulletin or newsletter itself ("# The Example Bulletin") over
        # its issue line: the feature's headline is the one with its writer's "By ..." under it
        # (a magazine's, in capitals, past its deck)
        story, at = _newsletter_story(lines, bylined=True, past_deck=True)
        if story is not None and at is not None and at > candidates[0][0]:
            return story, at
    for i, plain in candidates:  # a committee testimony's "Testimony of X before Y" line
        if _testifier(plain) is not None:
            return plain, i
    if html_title:
        wanted = _site_stripped(html_title)
        for i, plain in candidates:
            if _overlap(plain, wanted) >= 0.5:
                return plain, i
        if candidates and len(_words(wanted)) < 3:  # a bare "Blog | Site" <title>
            return candidates[0][1], candidates[0][0]
        return wanted, None
    for i, plain in candidates:  # a paper's title sits right above its author list
        if i + 1 < len(lines) and _author_list(_clean(lines[i + 1])):
            return plain, i
    if len(candidates) > 1:  # menu items above a headline: the headline has the byline below it
        bylined = [k for k, (i, _) in enumerate(candidates)
                   if any(_LABEL_AUTHOR.match(p) or _INLINE_AUTHOR.match(p) or _credit_line(p)
                          for p in _below(lines, i))]
        if not bylined and _MD_HEADING.match(lines[candidates[-1][0]]):
            # a blog's post stamp naming its writer under its "#" headline ("Posted <date> by
            # <Name> · 5 min read"): a banner or promotion line above it is no headline
            i = candidates[-1][0]
            if i + 1 < len(lines) and (p := _clean(lines[i + 1]))[:1] in "PpWw" \
                    and (m := _POSTED_BY.match(_PART_SEPARATOR.split(p)[0])) \
                    and (name := _name_only(m["name"])) and _person_name(name):
                return candidates[-1][1], i
        if bylined:
            story, at = _bylined_headline(lines, candidates, bylined)
            if caps_head is not None and at == caps_head[0] + 1:
                return caps_head[1], caps_head[0]  # the bylined line is the capitals headline's deck
            return story, at
    if candidates and _is_name_banner(candidates[0][1]):  # a site's name above a post's title
        for i, plain in candidates[1:]:
            if i + 1 < len(lines) and _RELATIVE_STAMP.match(_clean(lines[i + 1])):
                return plain, i
            # or above a story's headline, its writer's name alone under it and a date (a
            # "Published <date>, <time>" line) under that
            if i + 2 < len(lines) and parse_date(_clean(lines[i + 2])) and _name_line(lines, i):
                return plain, i
    if caps_head is not None and candidates and candidates[0][0] == caps_head[0] + 1:
        return caps_head[1], caps_head[0]  # the line under it is its deck
    if candidates:
        return candidates[0][1], candidates[0][0]
    return (fallback[1], fallback[0]) if fallback else (None, None)


BULLETIN_LABEL_LINES = 6  # a masthead's label line sits in its first few lines


def _bulletin_label(lines: list[str]) -> int | None:
    """The index of a newsletter's or bulletin's label line near the top, the label one field
    of it beside an issue or a date ("WEEKLY BULLETIN * Sunday, 3 May 2026", "Research
    Newsletter · Issue 4 · May 2026"), else None."""
    for i, line in enumerate(lines[:BULLETIN_LABEL_LINES]):
        if not _MAILING_LABEL.search(line):
            continue
        fields = [f.strip() for f in _ISSUE_FIELDS.split(_clean(line))]
        if len(fields) >= 2 and _PUBLICATION_LABEL.match(fields[0].replace(" & ", " ")) \
                and _MAILING_LABEL.search(fields[0]) \
                and any(c.isdigit() for c in "".join(fields[1:])):
            return i
    return None


def _named_bulletin(plain: str, lines: list[str], i: int) -> bool:
    """Whether ``plain`` (line ``i``) is a masthead naming a bulletin or newsletter (up to
    six words, one of them "Bulletin"/"Newsletter", or the issue line's first field naming it)
    with an issue line right under it: an issue number among fields beside it ("<Council> ·
    Issue 23 · Autumn 2027")."""
    if len(_words(_ISSUE_FIELDS.split(plain)[0])) > 6 or i + 1 >= len(lines):
        return False
    under = _clean(lines[i + 1])
    fields = _ISSUE_FIELDS.split(under)
    # the name may say what it is itself ("<Name> | The Sunday Magazine of <Paper>"), or the
    # issue line's first field may ("<Name>" over "The newsletter of <Body> · Issue 22 · ...")
    if len(fields) >= 2 and bool(_ISSUE_LABEL.search(under)) \
            and bool(_PERIODICAL_LABEL.search(plain) or _PERIODICAL_LABEL.search(fields[0])):
        return True
    # or its contents list says it ("In this issue"), its issue line right under the name or
    # under its publisher's line ("# <Name>" / "<Body> · <Service>" / "Issue 41 · <Month Year>")
    if any(len(_ISSUE_FIELDS.split(x := _clean(line))) >= 2 and bool(_ISSUE_LABEL.search(x))
           for line in lines[i + 1 : i + 3]) \
            and any(_CONTENTS_HEADING.match(_unquoted(_clean(_heading_text(x)))) for x in lines[i + 2 : i + 8]):
        return True
    # or the name's own line carries the edition ("<Name> · Winter News 2027") over a contents
    # list or teaser ("In this edition: ...")
    fields = _ISSUE_FIELDS.split(plain)
    return len(fields) == 2 and any(_EDITION_FIELD.match(f.strip()) for f in fields[1:]) \
        and any(_CONTENTS_HEADING.match(_unquoted(_clean(_heading_text(x)))) for x in lines[i + 1 : i + 8])


# An edition named in a masthead's field: "<Season / Month> News / Newsletter / Bulletin <year>",
# "<Season> <year> Newsletter".
_EDITION_FIELD = re.compile(
    r"^(?:[\w'’-]+\s+){0,2}(?:news|newsletter|bulletin|e-?news|update|digest)\s+(?:19|20)\d{2}$"
    r"|^(?:[\w'’-]+\s+){0,2}(?:19|20)\d{2}\s+(?:news|newsletter|bulletin|e-?news|update|digest)$", re.I)


def _heading_text(line: str) -> str:
    """A markdown heading's text ("## In this issue"), else the line."""
    heading = _MD_HEADING.match(line)
    return heading.group(1) if heading else line


def _credit_line(plain: str) -> bool:
    """Whether ``plain`` is a writer's credit by its label naming people ("Text: Jane Roe",
    "Interview: Jane Roe"; a photographer's field may follow it)."""
    if ":" not in plain[:40]:
        return False
    m = _TEXT_CREDIT.match(_PART_SEPARATOR.split(plain)[0])
    return bool(m and (name := _name_only(m["name"])) and _people(name))


def _bylined_headline(lines: list[str], candidates: list[tuple[int, str]], bylined: list[int]) -> tuple[str, int]:
    """The headline among ``candidates`` whose byline follows within two lines (``bylined``,
    indices into candidates): the first of them, except that a label of up to four words
    right above another such line that is no deck is a site's or section's name ("Example
    Health News" over the headline), and a deck right under a plain line of five words or more
    is that line's (headline, deck, byline), as is a run of decks (headline, summary lines,
    byline). A markdown heading is never a deck."""
    k = bylined[0]
    i, plain = candidates[k]
    if k + 1 in bylined and candidates[k + 1][0] == i + 1 and len(_words(plain)) <= 4 \
            and not _is_deck(candidates[k + 1][1]):
        k += 1
    else:
        # walk up a run of decks: a tabloid prints three or four summary lines, without bullet
        # marks, between its headline and the byline; the headline heads the run
        while k and candidates[k - 1][0] == candidates[k][0] - 1 \
                and len(_words(candidates[k - 1][1])) >= 5 and _is_deck(candidates[k][1]) \
                and not _MD_HEADING.match(lines[candidates[k][0]]) \
                and not _BREADCRUMB.search(candidates[k - 1][1]):
            k -= 1
    return candidates[k][1], candidates[k][0]


def _caps_headline(plain: str, lines: list[str], i: int) -> bool:
    """A print headline set in capitals ("A SWIM AND SOME TEA"), not a section label: an
    ALL-CAPS line of four to six words with a small word of a phrase (and, the, of ...) or an
    article, right above a sentence-case deck (``_is_deck``) with the writer's byline right under
    that. A sentence-case headline under a masthead or label has its deck, not the byline, below."""
    words = _words(plain)
    if not (_is_caps(plain) and 3 <= len(words) <= 6
            and any(w.lower() in _SMALL_WORDS or w.lower() in ("a", "an", "with") for w in words)):
        return False
    if i + 2 >= len(lines) or "|" in plain:
        return False
    deck, by = _clean(lines[i + 1]), _clean(lines[i + 2])
    if len(words) == 3 and not _short_caps_headline(words):
        return False
    if len(words) == 3:  # a short headline's deck may be short too, still no title-case line
        if len(_words(deck)) < 8 or _is_title_case(deck):
            return False
    elif not _is_deck(deck):
        return False
    return not deck.endswith(".") and bool(_LABEL_AUTHOR.match(by) or _INLINE_AUTHOR.match(by))


# A column's label ends on these ("NEWS IN BRIEF", "HEALTH IN FOCUS", "THE WEEK IN REVIEW").
_LABEL_TAIL = frozenset({"brief", "briefs", "focus", "depth", "numbers", "pictures", "review",
                         "news", "glance", "record", "desk", "week", "health", "spotlight"})


def _short_caps_headline(words: list[str]) -> bool:
    """Three capitals words read as a phrase, a print headline ("THE TIDE TURNS", "BREAD FOR
    ALL"): an article leading or a preposition or article between content words; not a
    section label ("IN THE NEWS", "TO YOUR HEALTH": a leading preposition; "HEALTH & LIVING":
    joined by "and"; "NEWS IN BRIEF": a column's tail word)."""
    low = [w.lower() for w in words]
    if low[-1] in _LABEL_TAIL or low[-1] in _SMALL_WORDS or "and" in low or "&" in low:
        return False
    if low[0] in ("the", "a", "an"):
        return True
    return low[0] not in _SMALL_WORDS and low[1] in _SMALL_WORDS | {"a", "an", "with"}


def _bylined(lines: list[str], i: int) -> bool:
    """Whether a writer's "By ..." line (or an author label) follows line ``i`` within two
    lines, past a deck: what a print feature sets under its headline."""
    return any(_LABEL_AUTHOR.match(p) or _INLINE_AUTHOR.match(p) for p in _below(lines, i))


def _is_deck(plain: str) -> bool:
    """A standfirst under a headline: a sentence-case line of twelve words or more."""
    return len(_words(plain)) >= 12 and not _is_title_case(plain)


def _below(lines: list[str], i: int) -> list[str]:
    """The two lines under line ``i``, cleaned, past a media player's controls (see
    _PLAYER_CONTROL): on a radio or video page the player sits between headline and byline."""
    below = map(_clean, lines[i + 1 : i + 1 + HEADER_LINES])
    return list(itertools.islice(
        (p for p in below if not (_PLAYER_CONTROL.match(p) or _PROGRAMME_LINE.match(p))), 2))


def _over_deck(lines: list[str], i: int, head: str) -> str | None:
    """The headline over line ``i`` when that line (``head``) is a feature's deck (a sentence-case
    standfirst of twelve words or more, see _is_deck) set between its headline and its "By ..."
    line: the line above, three words or more, neither running text nor a deck nor a contents
    entry. None when ``head`` is no deck or nothing headline-like sits above it."""
    if i < 1 or not _is_deck(head) or _RULE.match(lines[i - 1]):
        return None
    above = _SECTION_NUMBER.sub("", _clean(_heading_text(lines[i - 1])))
    if len(_words(above)) >= 3 and not _is_body(above) and not _is_deck(above) \
            and not above.endswith((".", ",")) and not _CONTENTS_ENTRY.search(above) \
            and not _is_byline_or_date(above):
        return above
    return None


def _over_subheading(lines: list[str], i: int) -> str | None:
    """The headline over line ``i`` when that line is a markdown sub-heading ("## ...") set right
    under a heading of a higher level ("# ..."): the sub-heading is the headline's deck. None
    when the line above is no higher heading or reads as no headline."""
    if i < 1 or not lines[i].startswith("##"):
        return None
    upper = _MD_HEADING.match(lines[i - 1])
    if upper is None or len(lines[i - 1]) - len(lines[i - 1].lstrip("#")) >= len(lines[i]) - len(lines[i].lstrip("#")):
        return None
    above = _SECTION_NUMBER.sub("", _clean(upper.group(1)))
    if len(_words(above)) >= 3 and not _is_body(above) and not _CONTENTS_HEADING.match(above) \
            and not _is_chrome(above) and not _is_byline_or_date(above):
        return above
    return None


def _newsletter_story(lines: list[str], bylined: bool = False,
                      past_deck: bool = False) -> tuple[str | None, int | None]:
    """The lead story's headline of an e-mail newsletter whose top names only the publication
    (masthead, issue line, greeting, contents list): the first heading with a byline under it,
    or one framed by rules ("-----" above and below) that is numbered ("1. ") or follows the
    greeting or the introduction. Its section number goes. ``bylined``: only a heading with
    its writer's "By ..." line under it counts (an e-mail whose subject labels the issue).
    ``past_deck``: a headline in capitals may have its deck between it and the "By ..." line."""
    started = False  # the greeting or the introduction has begun
    for i, line in enumerate(lines):
        if _RULE.match(line):
            continue
        heading = _MD_HEADING.match(line)  # "# Headline": the heading's text, not its marks
        plain = _clean(heading.group(1) if heading else line)
        head = _SECTION_NUMBER.sub("", plain)
        if len(_words(head)) >= 3 and not _is_body(head) and not _CONTENTS_HEADING.match(head) \
                and not _is_chrome(head) and not _is_byline_or_date(head):
            below = next((_clean(x) for x in lines[i + 1 : i + 3] if not _RULE.match(x)), "")
            framed = 0 < i < len(lines) - 1 and _RULE.match(lines[i - 1]) and _RULE.match(lines[i + 1])
            if _INLINE_AUTHOR.match(below) and bylined and (above := _over_deck(lines, i, head)):
                return above, i - 1  # the feature's headline over its deck and its "By ..." line
            if heading and _INLINE_AUTHOR.match(below) and (above := _over_subheading(lines, i)):
                return above, i - 1  # "# Headline" over its "## deck" and its "By ..." line
            if _INLINE_AUTHOR.match(below) or (not bylined and framed and (started or head != plain)):
                return head, i
            if past_deck and _is_caps(head) and i + 2 < len(lines) and _is_deck(below) \
                    and _INLINE_AUTHOR.match(_clean(lines[i + 2])):
                return head, i  # a print feature's headline in capitals, its deck, then its byline
        started = started or _is_body(plain)
    return None, None


# A bulletin whose first section is a letter (see _letter_first_feature): its lead feature may
# sit past the usual header window, so these sections are read over a wider one.
BULLETIN_SECTION_LINES = 80
BULLETIN_SECTION_CHARS = 8000
_GREETING = re.compile(r"^dear\s+\S[^.!?]{0,40}[,:]$", re.I)


def _framed_section(lines: list[str], i: int) -> bool:
    """Whether line ``i`` is a numbered section heading framed by rules ("-----" / "2. FEATURE"
    / "-----"), as a plain-text newsletter sets its sections."""
    return 0 < i < len(lines) - 1 and bool(_SECTION_NUMBER.match(_clean(lines[i]))) \
        and bool(_RULE.match(lines[i - 1])) and bool(_RULE.match(lines[i + 1]))


def _letter_first_feature(text: str, lines: list[str]) -> tuple[str, str | None, int] | None:
    """A plain-text newsletter (its contents list under the masthead) whose first framed section
    is a letter (the committee's, the president's: "Dear members," under its heading): the lead
    feature is a later section's headline with its writer's "By ..." line under it, a headline
    in capitals maybe broken over two lines. Returns the headline, its writer and the letter
    heading's index in ``lines``, or None."""
    if not any(_CONTENTS_HEADING.match(_clean(x)) for x in lines):
        return None
    letter = next((i for i in range(len(lines)) if _framed_section(lines, i)), None)
    if letter is None or letter + 2 >= len(lines) or not _GREETING.match(_clean(lines[letter + 2])):
        return None
    wide = _header_lines(text, BULLETIN_SECTION_LINES, BULLETIN_SECTION_CHARS)
    found = _headline_under_label(wide, [i for i in range(len(wide)) if _framed_section(wide, i)][1:])
    return None if found is None else (*found, letter)


def _headline_under_label(wide: list[str], starts: list[int]) -> tuple[str, str] | None:
    """The first headline of three words or more with a "By" line under it, within a few lines
    after one of the section labels at ``starts`` (a rule line ends the search); a capitals
    headline hard-wrapped over two lines is joined."""
    for start in starts:
        for i in range(start + 2, min(start + 5, len(wide) - 1)):
            if _RULE.match(wide[i]):
                break
            head = _clean(wide[i])
            nxt = _clean(wide[i + 1])
            if _is_caps(head) and _is_caps(nxt) and i + 2 < len(wide) and _long_caps_wrap(head, nxt):
                head, nxt = f"{head} {nxt}", _clean(wide[i + 2])  # a capitals headline over two lines
            if len(_words(head)) >= 3 and not _is_body(head) and (by := _INLINE_AUTHOR.match(nxt)):
                return head, _name_only(by["name"])
    return None


def _mailed_feature(text: str) -> tuple[str, str | None] | None:
    """A mailed digest or press review (its subject labels the issue) whose briefs fill the top:
    the feature is the first headline, past the header window, with its writer's "By ..." line
    under it. Returns the headline and its writer, or None."""
    wide = _header_lines(text, BULLETIN_SECTION_LINES, BULLETIN_SECTION_CHARS)
    story, at = _newsletter_story(wide, bylined=True)
    if story is None or at is None:
        return None
    by = next((m for x in wide[at + 1 : at + 3] if (m := _INLINE_AUTHOR.match(_clean(x)))), None)
    return story, _name_only(by["name"]) if by else None


def _framed_label(lines: list[str], i: int) -> bool:
    """Whether line ``i`` is a section's label in capitals framed by rules ("-----" / "TODAY'S
    PROGRAMME" / "-----"), as a plain-text daily or bulletin sets its sections unnumbered; a
    short aside in brackets after the label may be in lower case."""
    if not (0 < i < len(lines) - 1 and _RULE.match(lines[i - 1]) and _RULE.match(lines[i + 1])) \
            or _RULE.match(lines[i]):
        return False
    plain = _clean(lines[i])
    if plain.endswith(")") and "(" in plain:
        plain = _LABEL_ASIDE.sub("", plain)  # the label's aside ("HEALTH (yellow pages)", "(continued)")
    return _is_caps(plain) and len(_words(plain)) <= 8


# A short aside in brackets after a section's label: the pages' colour, "continued", a page number.
_LABEL_ASIDE = re.compile(r"\s*\([^()]{1,30}\)$")


def _framed_feature(text: str, lines: list[str]) -> tuple[str, str | None, int] | None:
    """A plain-text daily or bulletin set in sections whose labels are framed by rules (a
    greeting, a programme of the day, a recap), with no contents list: the lead feature is the
    first section's headline with its writer's "By ..." line under it, a headline in capitals
    maybe broken over two lines. Returns the headline, its writer and the first framed label's
    index in ``lines``, or None."""
    first = next((i for i in range(len(lines)) if _framed_label(lines, i)), None)
    if first is None:
        return None
    wide = _header_lines(text, BULLETIN_SECTION_LINES, BULLETIN_SECTION_CHARS)
    found = _headline_under_label(wide, [i for i in range(len(wide)) if _framed_label(wide, i)])
    return None if found is None else (*found, first)


# A printed guide's, programme's or folder's cover line names what it is in a short field
# ("OFFICIAL RACE GUIDE / ...", "Visitor Information Directory · Edition 2027"): the
# publication's kind ends the field.
_COVER_KIND = re.compile(
    r"^(?:[\w'’-]+\s+){0,4}(?:guide|programme|program|booklet|brochure|handbook|directory"
    r"|compendium|folder)$", re.I)
_COVER_FIELDS = re.compile(r"\s*[·•|/]\s*")


def _cover_line(plain: str) -> bool:
    """Whether ``plain`` is a printed publication's cover line: one of its fields (split at a
    middle dot, a bar or a slash) is a short name of the publication's kind (``_COVER_KIND``)."""
    low = plain.lower()
    if not any(k in low for k in ("guide", "program", "booklet", "brochure", "handbook", "directory",
                                  "compendium", "folder")):
        return False
    return any(_COVER_KIND.match(f.strip()) for f in _COVER_FIELDS.split(plain))


def _signed_feature(text: str) -> tuple[str, str] | None:
    """A printed guide's or programme's feature past its cover and schedule pages: the first
    headline (three words or more, maybe broken over two lines, the second opening in lower
    case) with its writer's name alone under it (an honorific first) and the writer's role
    under that ("Sports physician, <hospital>"), or the writers' "By" line under it (a deck
    maybe between). Returns the headline and the name(s), or None."""
    wide = _header_lines(text, BULLETIN_SECTION_LINES, BULLETIN_SECTION_CHARS)
    for i in range(len(wide) - 2):
        head = _clean(wide[i])
        if len(_words(head)) < 3 or _is_body(head) or _RULE.match(wide[i]) or head.endswith((".", ",")):
            continue
        j = i + 1
        nxt = _clean(wide[j])
        if nxt[:1].islower() and not nxt.endswith((".", ";", ",")) and not _is_body(nxt) \
                and len(head) + len(nxt) < MAX_TITLE:
            head, j = f"{head} {nxt}", j + 1  # a headline broken mid-phrase
        if j + 1 >= len(wide):
            break
        name, role = _clean(wide[j]), _clean(wide[j + 1])
        if _is_deck(name) and not _is_deck(head):
            name = role  # a deck under the headline, then the writers' "By" line
        if name[:3].lower() == "by " and (by := _INLINE_AUTHOR.match(name)) \
                and (names := _name_only(by["name"])) and _people(names):
            return head, names
        if name.split()[:1] and _HONORIFIC.match(name.split()[0]) and _person_name(name) and not _is_caps(name) \
                and (_role_line(role) or _role_line(role.split(",")[0].strip())):
            return head, name
    return None


# A manual's or course book's unit label alone on its line ("MODULE 4", "Unit 3", "Chapter
# Two"), and the unit's writer labelled under its headline ("Module author: Dr. A, Dr. B",
# "Chapter authors: ...", "Author: ...").
_UNIT_LABEL = re.compile(
    r"^(?:module|unit|chapter|lesson|session|topic|part)\s+(?:\d{1,3}(?:\.\d{1,2})?|[ivxlc]+|one|two|three|four"
    r"|five|six|seven|eight|nine|ten)$", re.I)
_UNIT_AUTHOR = re.compile(
    r"^(?:(?:module|unit|chapter|lesson|session|topic|section)\s+)?(?:authors?|written\s+by)\s*:\s*(?P<name>\S.*)$",
    re.I)


def _unit_feature(lines: list[str]) -> tuple[str, str, int] | None:
    """A training manual's or course book's unit pasted from its pages, past the manual's cover
    lines: a unit label alone ("MODULE 4"), the unit's headline (three words or more) and its
    labelled writer ("Module author: <names>"). Returns the headline, the writer(s) and the
    label's index in ``lines``, or None."""
    for i in range(len(lines) - 2):
        if not _UNIT_LABEL.match(_clean(lines[i])):
            continue
        head, credit = _clean(lines[i + 1]), _UNIT_AUTHOR.match(_clean(lines[i + 2]))
        if credit and len(_words(head)) >= 3 and not _is_body(head) and not head.endswith((".", ",")) \
                and (name := _name_only(credit["name"])):
            return head, name, i
    return None


# A contents list's heading set alone ("CONTENTS", "Table of contents"), as well as "In this issue".
_CONTENTS_LABEL = re.compile(r"^(?:table\s+of\s+)?contents:?$", re.I)


def _contents_at(lines: list[str]) -> int | None:
    """The index of a bulletin's contents heading ("IN THIS ISSUE", "## In this issue",
    "CONTENTS") alone on its line, else None."""
    for i, line in enumerate(lines):
        if "ontents" not in line and "his " not in line and "HIS " not in line and "ONTENTS" not in line:
            continue
        plain = _unquoted(_clean(_heading_text(line))).rstrip(":")
        if (_CONTENTS_HEADING.match(plain) and len(_words(plain)) <= 4) or _CONTENTS_LABEL.match(plain) \
                or _BOOKLET_CONTENTS.match(plain):
            return i
    return None


def _contents_feature(text: str) -> tuple[str, int, str | None] | None:
    """A bulletin or newsletter (or a printed programme or booklet) whose top is its masthead,
    its issue and contact lines and a contents list: the lead feature is the first headline
    after the list with its writer's line ("By ...", "Text: ...") under it, a capitals headline
    maybe broken over two lines. Returns the headline, the contents heading's index and the
    writer, or None."""
    low = text[:BULLETIN_SECTION_CHARS].lower()
    if "contents" not in low and "this issue" not in low and "this edition" not in low \
            and "this week" not in low and not (("program" in low or "booklet" in low or "brochure" in low
                                                   or "guide" in low or "handbook" in low)
                                                  and _BOOKLET_GATE.search(low)):
        return None
    wide = _header_lines(text, BULLETIN_SECTION_LINES, BULLETIN_SECTION_CHARS)
    start = _contents_at(wide)
    if start is None:
        return None
    for i in range(start + 1, len(wide) - 1):
        if _RULE.match(wide[i]):
            continue
        head = _SECTION_NUMBER.sub("", _clean(_heading_text(wide[i])))
        nxt = _clean(wide[i + 1])
        if _is_caps(head) and _is_caps(nxt) and i + 2 < len(wide) and _long_caps_wrap(head, nxt):
            head, nxt = f"{head} {nxt}", _clean(wide[i + 2])  # a capitals headline over two lines
        if len(_words(head)) >= 3 and not _is_body(head) and not _CONTENTS_ENTRY.search(head) \
                and (by := _INLINE_AUTHOR.match(nxt) or _TEXT_CREDIT.match(nxt)):
            if i - 1 > start and (above := _over_deck(wide, i, head)):
                head = above  # the feature's headline over its deck (standfirst)
            return head, start, _name_only(by["name"])
    return None


_BOOKLET_GATE = re.compile(r"this (?:\w+ )?(?:program|booklet|brochure|guide|handbook)")


def _consent(plain: str) -> bool:
    """A cookie-consent notice over the page: its heading ("We value your privacy") or its
    paragraph (cookies, personal data, "our 800 partners"), which neither is the title nor ends
    the header."""
    if _CONSENT_HEADING.match(plain):
        return True
    return len({m.lower() for m in _CONSENT_TERMS.findall(plain)}) >= 2


def _letterhead_head(plain: str, nxt: str) -> bool:
    """An organisation's name in capitals heading a letterhead block: a department or an
    address line follows it."""
    if not (_is_caps(plain) and _ORGANISATION.search(plain)):
        return False
    below = _clean(nxt)
    return bool(_LETTERHEAD.match(below) or _ADDRESS.search(below))


def _bracketed_note(plain: str) -> bool:
    """A whole line in brackets over a story ("(This is a translation of ...)", "[Updated with
    a comment from ...]"): an editor's note, no headline; the bracket opened first closes last."""
    return len(plain) > 2 and plain[0] + plain[-1] in ("()", "[]") \
        and _close_at(plain, plain[0], plain[-1]) == len(plain) - 1


def _close_at(text: str, open_: str, close: str) -> int:
    """Where the bracket opening ``text`` closes, or -1."""
    depth = 0
    for k, c in enumerate(text):
        depth += (c == open_) - (c == close)
        if depth == 0:
            return k
    return -1


def _letterhead_pair(plain: str) -> bool:
    """An organisation and its unit on one line, joined by a spaced dash ("Example University
    – Faculty of Sport Sciences", "Example Hospital — Department of Geriatrics"): a letterhead
    as each part alone is, not a headline."""
    parts = _DASH_SPLIT.split(plain)
    return 2 <= len(parts) <= 3 and all(_LETTERHEAD.match(p.strip()) for p in parts)


def _named_body(plain: str) -> bool:
    """An organisation's name with its acronym (see _WITH_ACRONYM): a letterhead, however long
    the name runs. A name kept in its own language ("Max-Muster-Institut für Sportmedizin
    (MMIS)") spells its acronym from its capitals, hyphenated parts included."""
    m = _WITH_ACRONYM.match(plain)
    if m is None or not (_ORGANISATION.search(m["name"]) or _ORGANISATION_ABROAD.search(m["name"])):
        return False
    initials = "".join(w[0] for w in _words(m["name"]) if w.lower() not in _SMALL_WORDS)
    capitals = "".join(c for c in m["name"] if c.isupper())
    return m["acronym"] in (initials.upper(), capitals)


# A speech page's note on who gave it ("Speech delivered by Dr. Jane Roe at the graduation
# ceremony ...", "Keynote address given by Prof. Ann Poe to the congress"): the speaker wrote
# the address, so the name is its byline. An honorific's stop ("Dr.", "Dra.") may sit in it.
_DELIVERED_BY = re.compile(
    r"^(?i:(?:the\s+|this\s+)?(?:(?:keynote|commencement|graduation|opening|closing|inaugural|welcome)\s+)?"
    r"(?:speech|address|keynote|lecture|remarks|sermon|oration|homily|talk)\s+(?:as\s+)?"
    r"(?:delivered|given|presented|read)\s+by)\s+"
    r"(?P<name>(?:[A-Z][a-z]{1,4}\.\s+){0,2}[^\W\d_][^.,;:()]{2,80}?)"
    r"(?=\s+(?:at|to|on|in|during|before|for)\s|\s*[,;(]|\.(?:\s|$)|$)",
)
# a later sentence of the note dating the page ("... Posted 12 May 2026 by the press office.")
_NOTE_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def _delivered_by(lines: list[str]) -> tuple[str, date | None] | None:
    """A speech page's delivery note in the header window (see _DELIVERED_BY): the speaker's
    name, and the date a later sentence of the note posts the page on, if any."""
    for line in lines:
        if " by " not in line or not ("elivered" in line or "iven" in line or "resented" in line
                                      or "read by" in line):
            continue
        plain = _clean(line)
        if (m := _DELIVERED_BY.match(plain)) is None or not _person_name(name := m["name"].strip()):
            continue
        dated = None
        for sentence in _NOTE_SENTENCE.split(plain[m.end() :])[1:]:
            if (d := _INLINE_DATE.match(sentence)) and (dated := parse_date(_before_by(d["rest"]))):
                break
        return name, dated
    return None


def _before_by(rest: str) -> str:
    """A stamp's date without who posted it ("12 May 2026 by the press office.")."""
    return re.split(r"\s+by\s+", rest, maxsplit=1)[0]


def _testifier(plain: str) -> str | None:
    """Who gives a committee testimony ("Testimony of Jane Roe, Ph.D., before ..." gives "Jane
    Roe"); "" when the line is a testimony's title that names an organisation; None when it is
    not one ("Statement of Work")."""
    m = _TESTIMONY.match(plain)
    if m is None or len(plain) > MAX_TITLE:
        return None
    parts = (_name_only(m["name"]) or "").split(", ")
    people = list(itertools.takewhile(_person_name, parts))
    if people:
        return ", ".join(people)
    return "" if m["venue"] else None


def _name_only(value: str) -> str | None:
    """A byline without its roles, desks and credentials ("Jane Roe, MSc, Science Desk")."""
    value = re.sub(r"\s*\([^)]*\)", "", value)
    value = _without_agency(value)
    if (m := _FOR_OUTLET.search(value)) and all(map(_person_name, _CO_AUTHORS.split(value[: m.start()]))):
        value = value[: m.start()]
    value = _CLASS_YEAR.sub("", value)
    value = _GUESTS.sub("", _TRAILING_CREDIT.sub("", value))
    value = _PART_SEPARATOR.split(value)[0]
    if " behalf " in value and (m := _ON_BEHALF.search(value)) \
            and all(map(_person_name, _CO_AUTHORS.split(value[: m.start()]))):
        value = value[: m.start()]
    value = re.split(r"\s+[-–—]\s+(?=\w+ \d)", value)[0]
    # "Jane Roe, MSc — Senior Physiotherapist, Roe Clinic": a role after a dash (or a spaced
    # slash) ends the name, and the employer after the role goes with it
    head, *tail = _ROLE_SPLIT.split(value, maxsplit=1)
    if tail and _ROLE.search(tail[0].split(",")[0]):
        value = head
    if (on := _ON_DATE.search(value)) and parse_date(on["rest"]):
        value = value[: on.start()]  # "Jane Roe on May 4, 2025": the date is not the name
    value = _before_date(value)
    if m := _NAME_THEN_ROLE.match(value):
        value = m.group("name")
    # "Jane Roe, MD; Ann Poe, PhD": a semicolon parts two authors as a comma does
    parts = [re.sub(r"^(?:and|&)\s+", "", p.strip()) for p in re.split(r"[,;]", value)]
    # a co-author after a credential ("Jane Roe, MFOM and Ann Poe"): the credential goes
    for k, part in enumerate(parts):
        names = _CO_AUTHORS.split(part)
        if len(names) > 1 and _CREDENTIALS.match(names[0]):
            parts[k] = " and ".join(names[1:])
    parts = [_role_dropped(p) for p in parts]
    # "Jane Roe, University of Eastfield, Northtown": the writer's institution (and the place
    # after it) is an affiliation, dropped like a desk; a co-author joined after it by "and" or
    # a semicolon stays ("..., Eastfield Institute, and Ann Poe"). After a role, the part a
    # comma adds is the employer the role is held at ("Jane Roe, Head of Research, Poe Labs")
    joined = [sep == ";" or bool(re.match(r"\s*(?:and|&)\s", raw))
              for sep, raw in zip(re.findall(r"[,;]", value), re.split(r"[,;]", value)[1:], strict=True)]
    if at := next((k for k, p in enumerate(parts) if k and (_affiliation(p) or _employer(parts, joined, k))),
                  None):
        parts = parts[:at] + [p for p, j in zip(parts[at + 1 :], joined[at:], strict=True)
                              if j and _person_name(p)]
    kept = [p for k, p in enumerate(parts) if p and not _ROLE.search(p)
            and (not _CREDENTIALS.match(p) or (k == 0 and _caps_name(p)))
            and not (k and _acronym_role(p, parts[0]))]
    # "Jane Roe, Northtown": a one-word place after the writer's name is the story's dateline
    if len(kept) >= 2 and _DATELINE_PLACE.match(kept[-1]) and all(map(_person_name, kept[:-1])):
        kept = kept[:-1]
    # "Jane Roe and Ann Poe" are two authors, listed like "Jane Roe, Ann Poe"
    names = [n for p in kept for n in _CO_AUTHORS.split(p)]
    if len(names) > len(kept) and all(_person_name(n) for n in names):
        kept = names
    return _clean(", ".join(kept)) or None


#: A clock time ending a byline's name where the date stamp after it starts ("Jane Roe 09:30",
#: "Jane Roe, 9.30am", "Jane Roe | 17:05 BST"): the stamp's first field.
_TIME_BEFORE_DATE = re.compile(
    r"[\s,;|·•–—-]+\d{1,2}[:.]\d{2}(?:\s?(?i:[ap]\.?m\.?))?(?:\s+[A-Z]{2,4})?$")


#: A place a byline names after the writer, one capitalised word ("Jane Roe, Northtown").
_DATELINE_PLACE = re.compile(r"^[A-Z][a-zà-ÿ'’-]{2,}$")


#: A date stamp's label ending a byline's name where the stamp's date starts ("Jane Roe
#: Published", "Jane Roe | Last updated", "Jane Roe, posted on").
_LABEL_BEFORE_DATE = re.compile(
    r"[\s,;|·•–—-]+(?:(?:first|last)\s+)?(?:published|posted|updated|filed)(?:\s+on)?\s*:?$"
    # or the date's weekday, its name in full ("Jane Roe Sunday 4 May 2026")
    r"|[\s,;|·•–—-]+(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY"
    r"|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)$", re.I)
# A date's weekday, its name in full, run into the name before it ("Jane Roe Sunday, 4 May
# 2026": a page's byline and date spans with no space between them in its text copy).
_WEEKDAY_TAIL = re.compile(r"\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
                           r"|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)$")


def _before_date(value: str) -> str:
    """A byline without the date stamp a page's markup printed on its line ("Jane Roe and Ann
    Poe 04.05.2026, 09.30 Uhr Reading time: 5 min", "Jane Roe, 4 May 2026 - 09:30"): the name
    ends where a full date starts, and the time, zone or reading time after it goes with it."""
    if not any(c.isdigit() for c in value):
        return value
    starts = [m.start() for p in _DATE_PATTERNS if (m := p.search(value))]
    starts += [m.start() for p in (_SLASH_DATE, _DASH_DATE) if (m := p.search(value))]
    if not starts or not (head := value[: min(starts)].rstrip(" ,;|·•–—-")):
        return value
    # "Jane Roe 09:30, 4 May 2026": a time of day printed before the date goes with it
    head = _TIME_BEFORE_DATE.sub("", head).rstrip(" ,;|·•–—-") or head
    # "Jane Roe Published 4 May 2026": a stamp's label the page set before its date goes too
    return _LABEL_BEFORE_DATE.sub("", head).rstrip(" ,;|·•–—-") or head


def _employer(parts: list[str], joined: list[bool], k: int) -> bool:
    """Whether byline part ``k`` names where the role before it is held: a comma (not "and" or
    a semicolon, which join a co-author) after a role that follows the name."""
    p = parts[k]
    return k >= 2 and bool(_ROLE.search(parts[k - 1])) and not joined[k - 1] and bool(p) \
        and not _ROLE.search(p) and not _CREDENTIALS.match(p)


def _affiliation(part: str) -> bool:
    """An institution named in a byline ("University of Eastfield", "Eastfield Institute"), or
    the outlet or newsroom the writer files for ("Example News North", "XYZ Radio"), or the
    doctor's practice ("Eastfield Medical Practice", "Hill Road Surgery")."""
    return bool(_ORGANISATION.search(part) or _ORGANISATION_ABROAD.search(part)
                or _LETTERHEAD.match(part) or _OUTLET_PART.search(part) or _CARE_PRACTICE.search(part))


#: A general practice, surgery or health centre named in a byline after a doctor's name.
_CARE_PRACTICE = re.compile(
    r"\b(?:Medical|Dental|General|Family|Group|GP|Health)\s+(?:Practice|Surgery|Cent(?:re|er))\b"
    r"|^(?:[A-Z][\w&'’.-]*\s+){1,4}Surgery$")


#: A news outlet's name as a byline part after the writer's ("Jane Roe, Example News North",
#: "Jane Roe, ABC Radio"): a media word among capitalised words; or a periodical's name, a
#: periodical word ending it ("Jane Roe, Example Daily", "Jane Roe, The Northtown Gazette").
_OUTLET_PART = re.compile(
    r"^(?:[A-Z][\w&'’.-]*\s+){0,3}(?:News|Radio|TV|Television|Broadcasting|Media|Online|Newsroom)"
    r"(?:\s+[A-Z][\w&'’.-]*){0,3}$"
    r"|^(?:The\s+)?(?:[A-Z][\w&'’.-]*\s+){1,3}(?:Daily|Weekly|Gazette|Times|Herald|Courier|Tribune"
    r"|Chronicle|Post|Magazine|Bulletin|Newsletter|Observer|Telegraph|Dispatch|Sentinel)$")


def _acronym_role(part: str, first: str) -> bool:
    """Whether ``part``, after the writer's name ``first``, is a post held at an employer and
    named by its initials ("Northtown City GP", "Eastfield Ward RN"): words in title case, then
    a token of two to four capitals. Not when the writer's own name ends in capitals (a byline
    that sets surnames so: "Jane ROE, Ann POE")."""
    tokens = part.split()
    return len(tokens) >= 2 and bool(_ACRONYM.fullmatch(tokens[-1])) \
        and all(t[:1].isupper() and not t.isupper() for t in tokens[:-1]) \
        and not (first.split() and _ACRONYM.fullmatch(first.split()[-1]))


_ACRONYM = re.compile(r"[A-Z]{2,4}")


def _role_dropped(part: str) -> str:
    """A name without the role written before it as a title ("Coach Jane Roe", "Staff Writer
    Jane Roe" give "Jane Roe"); an honorific (Dr, Prof) is no role and stays."""
    tokens = part.split()
    if len(tokens) < 3 or not _ROLE.search(part):
        return part
    for j in range(1, min(3, len(tokens) - 1) + 1):
        head, name = tokens[:j], " ".join(tokens[j:])
        if all(t[:1].isupper() for t in head) and _ROLE.fullmatch(head[-1]) \
                and tokens[j].lower() not in _SMALL_WORDS and _person_name(name):  # "... FOR OUTLET"
            return name
    return part


@lru_cache(maxsize=1)
def _agency_tail() -> re.Pattern[str]:
    """A news agency's name ending a byline (``data/news_agencies.txt``), after a space, a
    separator or "for" / "of the", maybe with a role after it ("AP Medical Writer")."""
    lines = AGENCIES_FILE.read_text(encoding="utf-8").splitlines()
    names = sorted({x.strip() for x in lines if x.strip() and not x.startswith("#")}, key=len, reverse=True)
    alts = [re.escape(n) if len(n) <= 4 else f"(?i:{re.escape(n)})" for n in names]
    return re.compile(
        r"(?:\s*[,|/–—-]\s*|\s+(?:(?i:for|of)\s+)?)(?:(?i:the)\s+)?(?:"
        + "|".join(a.replace(r"\ ", r"\s+") for a in alts)
        + r")\b(?P<tail>(?:\s+[\w'’-]+){0,3})\s*$"
    )


def _without_agency(value: str) -> str:
    """A byline without the news agency its writer works for ("Jane Roe Associated Press",
    "Jane Roe, AFP", "Jane Roe for Reuters"): an employer, dropped like a desk. A name that would
    be left with one word ("Jane Bloomberg") keeps it."""
    m = _agency_tail().search(value)
    if m is None or len(value[: m.start()].split()) < 2:
        return value
    return value[: m.start()] if not m["tail"].strip() or _ROLE.search(m["tail"]) else value


def _caps_name(text: str) -> bool:
    """A name printed in capitals ("JANE ROE"), as a magazine sets its byline; not a run of
    credentials ("MD PHD"): its words are not all short."""
    return _is_caps(text) and _person_name(text.title()) and max(map(len, text.split())) > 4


def _person_name(text: str) -> bool:
    tokens = text.split()
    if tokens and _HONORIFIC.match(tokens[0]):  # "Professor Jane Roe": a title, not a role
        tokens = tokens[1:]
    named = " ".join(tokens)
    if not 2 <= len(text.split()) <= 5 or _ROLE.search(named) or _ORGANISATION.search(text) \
            or _GOVERNMENT.search(text):
        return False  # "Coastal State University", "Government of <Country>" name no person
    if _PLACED_IN.match(text) or _NOT_AUTHOR.match(text):  # "Published in ...", "Photos by ..."
        return False
    if text.split()[0].islower() or _GENRE_WORD.search(text):  # "the Society for ...", "Research Article"
        return False
    # a small word ("in", "of", "and") joins a phrase, not a name: "Strength Work in Older Adults"
    return len(tokens) >= 2 and all(_NAME_TOKEN.match(t) and t not in _SMALL_WORDS for t in tokens) \
        and tokens[-1][0].isupper()


def _people(names: str) -> bool:
    """Whether a byline as ``_name_only`` writes it ("Jane Roe, Ann Poe") names people only."""
    return all(_person_name(n) for n in names.split(", "))


def _untitled(title: str) -> str:
    """A headline without an issue number before it ("#112 — Headline" -> "Headline")."""
    rest = _ISSUE_PREFIX.sub("", title, count=1)
    return rest if len(_words(rest)) >= 2 else title


_SUP_MARK = re.compile(r"\^\{[a-z\d,*†‡ ]{1,8}\}")


# A clock-time span on its own row ("14:00–14:15 CAT", "9.30 - 10.45"): an event's slot.
_TIME_SPAN = re.compile(r"^\W{0,3}\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?[–—-]\s*\d{1,2}[:.]\d{2}\b", re.I)
_PUBLISHED_WORD = re.compile(r"\b(?:published|posted|released|issued)\b", re.I)


def _author_list(line: str) -> str | None:
    """A paper's author line: comma-separated names, with affiliation markers or three or more
    of them (two Title Case phrases alone could be a subtitle). Marker lists ("Roe1,3",
    "Roe1,*"), credentials (", FACSM") and a run-on affiliation block (". 1University") go."""
    if "^{" in line:  # markers set as superscripts by the HTML reader ("Roe^{a}", "Poe^{1,2}")
        line = _SUP_MARK.sub("¹", line)
    line = _CORRESPONDING.sub("", _AFFILIATION_RUN.sub("¹", line))
    line = re.split(r"\.\s+(?=\d)", line)[0]
    raw = [p for p in re.split(r",\s*|\s+and\s+", line) if p.strip()]
    raw = [p for p in raw if not _CREDENTIALS.match(p.strip())]
    names = [_AFFILIATION_MARK.sub("", p).strip() for p in raw]
    marked = any(n != p.strip() for n, p in zip(names, raw, strict=True))
    if len(names) >= (2 if marked else 3) and all(_person_name(n) for n in names):
        return ", ".join(names)
    return None


# A listed creator's furniture: an affiliation marker ("^{1}", "²", "*") and an ORCID iD.
_CREATOR_MARKS = re.compile(r"\^\{[^}]{0,12}\}|\s*\b\d{4}-\d{4}-\d{4}-\d{3}[\dX]\b|[⁰¹²³⁴⁵⁶⁷⁸⁹*†‡,]+(?=\s|$)")
_BULLET = re.compile(r"^\s*[-*•]\s+")


def _bulleted_authors(lines: list[str], title_at: int) -> str | None:
    """A record's creators listed as bullets right under its headline (a data repository's or
    a preprint server's page: "- Jane Roe^{1} 0000-0002-...", "- Ann Poe^{2}"): two or more
    items, each a person's name once its affiliation markers and ORCID iD go (the list ends at
    the first item that is none: an affiliation). Joined with ', '."""
    if title_at + 1 >= len(lines) or not _BULLET.match(lines[title_at + 1]):
        return None
    names: list[str] = []
    for line in lines[title_at + 1 : title_at + 21]:
        if not _BULLET.match(line):
            break
        name = _CREATOR_MARKS.sub("", _BULLET.sub("", line)).strip()
        if not _person_name(name):
            break  # the affiliations' list, run on (blank lines are gone)
        names.append(name)
    return ", ".join(names) if len(names) >= 2 else None


def _name_line(lines: list[str], title_at: int) -> str | None:
    """A person's name alone on the line under the headline, a journal's news piece or an
    essay ("Jane A. Roe"), with running text or a date below it, not another short line."""
    if title_at + 2 >= len(lines):
        return None
    plain, nxt = _clean(lines[title_at + 1]), _clean(lines[title_at + 2])
    names = _CO_AUTHORS.split(plain)  # "Dr. Jane Roe and Prof. Ann Poe": two authors
    if not all(map(_person_name, names)) or _is_caps(plain) or _is_byline_or_date(plain):
        return None
    return ", ".join(names) if _is_body(nxt) or parse_date(nxt) else None


def _role_line(plain: str) -> bool:
    """A writer's role printed alone under their name ("Health Reporter", "Staff writer",
    "Professor of Ageing"), not a second name that ends in a role word ("Ann Writer")."""
    if len(plain) > 60 or not _ROLE_LINE.match(plain) or not _ROLE_HEAD.search(plain):
        return False
    return not _person_name(plain) or bool(_HONORIFIC.match(plain.split()[0]))


#: A print page's number as a field of a banner line ("Page 12", "p. 3").
_PAGE_FIELD = re.compile(r"(?:page|p\.)\s?\d{1,3}", re.I)


def _bare_byline(plain: str) -> str | None:
    """An unlabelled byline: a person's name beside a date, a role or credentials
    ("Jane Roe · Feb 3, 2026", "Jane Roe | Staff writer", "Jane Roe, PhD, Science Desk");
    not an organisation's name in capitals."""
    if len(plain) > 120 or _is_body(plain) or _menu_row(plain):
        return None  # a menu bar's first label is no name ("Member Login | Join | Find a Doctor")
    parts = _PART_SEPARATOR.split(plain)
    if ";" in parts[0] and (names := _credited_authors(parts[0])):
        return names
    pieces = [p.strip() for p in _HANDLE_AFTER.sub("", parts[0]).split(",")]
    rest = pieces[1:] + parts[1:]
    if rest and pieces[0].endswith("day") and _WEEKDAY_TAIL.search(pieces[0]) and parse_date(", ".join(rest)):
        pieces[0] = _WEEKDAY_TAIL.sub("", pieces[0])  # the date's weekday, not the name's
    names = [pieces[0]]
    if (" and " in pieces[0] or " & " in pieces[0]) and len(pieces) == 1:
        # co-writers joined in the first field ("Dr. Jane Roe and Ann Poe · Published <date>")
        names = _CO_AUTHORS.split(pieces[0])
    if not rest or not all(map(_person_name, names)) or _is_caps(pieces[0]):
        return None
    if any(_PAGE_FIELD.fullmatch(p.strip()) for p in parts[1:]):
        return None  # a print page's banner ("Example Herald · 4 May 2026 · Page 12"): the paper
    if len(names) > 1:  # two people's names need the date itself beside them, not a role
        return ", ".join(names) if any(parse_date(p) for p in parts[1:]) else None
    if any(parse_date(p) or _ROLE_HEAD.search(p) or _CREDENTIALS.match(p) for p in rest):
        return pieces[0]
    return None


def _slashed_role(plain: str) -> str | None:
    """A name and the writer's role joined by a slash, no spaces ("Jane Roe/Senior Health
    Writer", a house style of Caribbean papers): the name. The part after the slash must read
    as a role alone (``_role_line``), so a trail ("Life/Health") or a person and a photo agency
    is not a byline."""
    if len(plain) > 100 or plain.count("/") != 1:
        return None
    name, _, role = plain.partition("/")
    name, role = name.strip(), role.strip()
    return name if _person_name(name) and not _is_caps(name) and _role_line(role) else None


def _credited_authors(field: str) -> str | None:
    """Authors parted by semicolons, each with credentials or a role after the name ("Jane Roe,
    MD, MPH; Ann Poe, PhD", as a journal's patient page sets them): every group must be a name,
    then only credentials or roles, so a sentence with a semicolon is not read as names."""
    names = []
    for group in field.split(";"):
        name, *rest = (p.strip() for p in group.split(","))
        if not rest or not _person_name(name) or _is_caps(name) \
                or not all(_CREDENTIALS.match(p) or _ROLE_HEAD.search(p) for p in rest):
            return None
        names.append(name)
    return ", ".join(names) if len(names) > 1 else None


# a writer's posting after the name ("Jane Roe in London", "Ann Poe in San Francisco"), as a
# newspaper prints its correspondents' bylines; before a comma, "and" or the line's end
_POSTED_IN = re.compile(
    r"\s+in\s+[A-Z][\w'’.-]*(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w'’.-]*){0,2}(?=\s*(?:,|(?:and|&)\s|$))"
)


def _posted_writers(plain: str, nxt: str, below_title: int) -> str | None:
    """Writers each named with the city they report from ("Jane Roe in London and Ann Poe in
    San Francisco" gives "Jane Roe, Ann Poe"): the places go, the names stay as printed. One
    name and place ("Jane Roe in Leeds", which a subtitle such as "Strength Work in Older
    Adults" could also read as) only below a standfirst, with the date printed alone under it."""
    if len(plain) > 160 or " in " not in plain:
        return None
    names, placed = _POSTED_IN.subn("", plain)
    if not placed or (placed < 2 and not (below_title >= 2 and _is_date_line(nxt))):
        return None
    parts = [n.strip() for p in names.split(",") for n in _CO_AUTHORS.split(p) if n.strip()]
    parts = [re.sub(r"^(?:and|&)\s+", "", p) for p in parts]
    # no name has a small word ("Sleep and Memory of Retired Miners in Wales": a subtitle)
    return ", ".join(parts) if parts and all(map(_person_name, parts)) else None


def _profile_writers(lines: list[str], title_at: int) -> str | None:
    """Writers each printed as a link to their profile page, alone or with an affiliation after
    a comma ("[Jane Roe](https://example.org/profiles/jane-roe), *Example University*"), one a
    line within the six lines under the headline, before any running text: their names."""
    names: list[str] = []
    for line in lines[title_at + 1 : title_at + 7]:
        m = _PROFILE_LINK.match(line.strip())
        if m and _person_name(name := m["name"].strip()):
            names.append(name)
        elif names or _is_body(_clean(line)):
            break
    return ", ".join(names) or None


def _byline_block(first: str, below: list[str]) -> str:
    """Co-authors printed one per line under the first, each with their credentials or role
    ("Jane Roe, MSc, RN, nurse consultant" / "Dr Ann Poe, PhD, senior lecturer")."""
    names = [first]
    for line in below:
        plain = _clean(line)
        name = _bare_byline(plain)
        if name is None or not plain.startswith(name + ","):
            break
        names.append(name)
    return ", ".join(names)


def _headline(lines: list[str], html_h1: str | None) -> tuple[str | None, int | None]:
    """A page's <h1> as its title (and its line, where the byline search starts), when it
    reads as a headline: three words or more, not a kicker."""
    if not html_h1:
        return None, None
    plain = _clean(html_h1)
    if len(_words(plain)) < 3 or _is_kicker(plain):
        return None, None
    at = next((i for i, line in enumerate(lines) if _clean(line) == plain), None)
    return plain, at


def _mail_fields(lines: list[str]) -> dict[str, str]:
    """An e-mail's header block ("From: ...", "Subject: ...") at the very top, by field."""
    fields: dict[str, str] = {}
    for line in lines[:6]:
        if m := _MAIL_FIELD.match(_clean(line)):
            fields[m.group("field").lower()] = m.group("value").strip()
        elif fields:
            break
    return fields if "subject" in fields else {}


#: A legislative instrument's long title: "AN ORDINANCE ESTABLISHING ...", "AN ACT TO ...", "A
#: RESOLUTION URGING ...", "A BILL FOR AN ACT ...": its kind, then a verb in -ing or "to" / "for".
_INSTRUMENT_TITLE = re.compile(
    r"^(?:AN?\s+)?(?:ORDINANCE|ACT|RESOLUTION|BILL|DECREE|BY-?LAW)\s+"
    r"(?:[A-Z]+ING|TO|FOR|ON|RELATING|RESPECTING|CONCERNING)\b", re.I)
#: The instrument's number line above it ("ORDINANCE NO. 12-26", "City Resolution No. 4").
_INSTRUMENT_NUMBER = re.compile(
    r"^(?:[A-Z][\w-]*\s+){0,2}(?:ordinance|act|resolution|bill|decree|by-?law)\s+(?:no\.?|number|#)\s*\d", re.I)
_INSTRUMENT_GATE = ("ORDINANCE", "Ordinance", "RESOLUTION", "Resolution", "AN ACT", "An Act",
                    "A BILL", "A Bill", "DECREE", "Decree", "BY-LAW", "BYLAW", "By-law", "Bylaw")
INSTRUMENT_NUMBER_LINES = 4  # the number line (and its series line) sit right above the title


def _instrument_title(lines: list[str]) -> tuple[str, int] | None:
    """A council's or a legislature's instrument (an ordinance, an act, a resolution) under its
    issuer's letterhead and its number line: the title is its long title (in capitals or title
    case) right under the number line, not the letterhead's first line ("Republic of ...", "City
    of ...") nor the minutes' excerpt line."""
    for i, line in enumerate(lines):
        plain = _clean(line)
        if not _INSTRUMENT_TITLE.match(plain) or len(_words(plain)) < 5 or len(plain) > MAX_TITLE:
            continue
        if _SENTENCE_BREAK.search(plain):
            continue  # a sentence of a story about the instrument
        numbered = any(_INSTRUMENT_NUMBER.match(_clean(x)) for x in lines[max(0, i - INSTRUMENT_NUMBER_LINES) : i])
        if numbered and (_is_caps(plain) or _is_title_case(plain)):
            return plain, i
    return None


def _letter_subject(text: str) -> str | None:
    """A letter's subject line: a one-line paragraph right under its salutation ("Dear
    participant," / "Re: Results of the walking study"). Above the salutation sit the
    letterhead, references and the date, none of them the title."""
    m = _SALUTATION.search(text, 0, HEADER_CHARS)
    if m is None:
        return None
    subject = _clean(re.sub(r"^(?:re|subject)\s*:\s*", "", m["subject"], flags=re.I))
    if subject.endswith((".", ",", ";", ":", "!", "?")) or len(_words(subject)) < 3:
        return None
    return subject if subject[:1].isupper() or subject[:1].isdigit() else None


def _archived_page(text: str) -> str:
    """The captured page of a web-archive copy, without the archive's banner and toolbar (see
    _ARCHIVE_BANNER); any other text as it is."""
    if not _ARCHIVE_BANNER.match(text):
        return text
    lines = text.lstrip().split("\n")
    k = 1
    while k < len(lines) and (not lines[k].strip() or _ARCHIVE_TOOLBAR.match(" ".join(lines[k].split()))):
        k += 1
    return "\n".join(lines[k:])


#: A page banner of a newspaper's e-edition text view: a line of fields parted by dots or
#: bars, one of them the page ("Example Herald · 4 May 2026 · Page 12 · JANE ROE").
_PAGE_BANNER = re.compile(
    r"^(?=[^\n]{0,120}$)(?:[^\n]*?\s[·•|]\s+)?(?:Page|PAGE|p\.)\s?(?P<page>\d{1,3})(?:\s+[·•|]\s[^\n]*)?$",
    re.M,
)
#: A front page's teaser sending the reader to the story's own page ("full story, pages 22 &
#: 23", "Story: page 6", "see page 9", "turn to page 3").
_TEASER_TO_PAGE = re.compile(
    r"\b(?:full story|story|report|see|turn to|more on|inside)\s*[,:;–—-]?\s*(?:on\s+)?"
    r"(?:pages?|p\.)\s?(?P<page>\d{1,3})\b",
    re.I,
)


def _teaser_page(text: str) -> str:
    """An e-edition text view without the front page's teaser: where the text opens with page
    banners (``_PAGE_BANNER``) and the first page's block sends the reader to another page
    (``_TEASER_TO_PAGE``), the header is read from the masthead above the first banner and the
    banner of the page the teaser names. Any other text as it is."""
    head = text[:HEADER_CHARS]
    if "age" not in head:  # "Page", "page": the cheap gate
        return text
    banners = list(_PAGE_BANNER.finditer(head))
    if len(banners) < 2:
        return text
    first, second = banners[0], banners[1]
    teaser = _TEASER_TO_PAGE.search(head, first.end(), second.start())
    if teaser is None or teaser["page"] == first["page"]:
        return text
    target = next((b for b in banners[1:] if b["page"] == teaser["page"]), None)
    if target is None:
        return text
    return text[: first.start()] + text[target.start() :]


def _patent_front(text: str) -> Header | None:
    """Title, inventors and publication date of a patent's front page (see _INID), or None when
    the text does not open with one."""
    head = text[:HEADER_CHARS]
    fields: dict[str, str] = {}
    lines = head.split("\n")
    for k, line in enumerate(lines):
        for m in _INID.finditer(line):
            value = m["value"].strip()
            for more in lines[k + 1 :]:  # a title or an inventor list wrapped onto indented lines
                if not more.startswith((" ", "\t")) or not more.strip() or _INID.search(more):
                    break
                value = f"{value} {more.strip()}"
            fields.setdefault(m["code"], value)
    if "54" not in fields or len(fields) < 4 or not re.match(r"\s*\(\d{2}\)", head):
        return None
    inventors = _INID_LABEL.sub("", fields.get("72") or fields.get("75") or "")
    names = [p.split(",")[0].strip() for p in inventors.split(";")]
    people = [n for n in names if _person_name(n)]
    when = fields.get("45") or fields.get("43") or ""
    return Header(
        title=_clean(fields["54"]) or None,
        byline=", ".join(people) if people and len(people) == len(names) else None,
        published=parse_date(_INID_LABEL.sub("", when)),
    )


def _mail_headline(lines: list[str]) -> tuple[str | None, int | None]:
    """A newsletter e-mail's own headline: a top-level "# " heading in its body. The subject
    line is then a teaser written for the inbox ("You won't believe what ..."), not the title."""
    for i, line in enumerate(lines[:TITLE_SCAN_LINES]):
        if line.startswith("# ") and len(_words(plain := _clean(line[2:]))) >= 3:
            return plain, i
    return None, None


# A list archive's From field, the address masked and the name in brackets after it
# ("jroe at example.org (Jane Roe)").
_ARCHIVED_SENDER = re.compile(r"^\S+(?:@|\s+at\s+)\S+\s+\((?P<name>[^()]+)\)\s*$")


def _sender(mail: dict[str, str]) -> str | None:
    """The person an e-mail is from ("From: Jane Roe <jroe@example.org>"), when the header
    names no author: a pitch's or a letter's writer. A newsletter's sender is its masthead
    ("The Weekly Lift"), not a person."""
    sender = mail.get("from", "")
    if m := _ARCHIVED_SENDER.match(sender):
        sender = m["name"]
    name = _clean(re.sub(r"<[^>]*>", "", sender)).strip("\"'")
    if not name or name.split()[0].lower() == "the" or "@" in name:
        return None
    if _SERVICE_MAILBOX.search(sender) or _SERVICE_NAME.search(name):
        return None  # an alert or a notification sent by a service
    return name if _person_name(name) else None


def _signature(text: str) -> str | None:
    """The last e-mail signature or sign-off that names a person ("-- Jane Roe, editor",
    "—by Jane Roe")."""
    found = None
    for line in text.split("\n"):
        line = line.strip()
        m = _SIGNATURE.match(line) or _SIGN_OFF.match(line)
        if m and (name := _name_only(m.group("name"))):
            found = name if _person_name(name) else found
    return found


# A closing credit of the site's name and the writer's, joined by a slash with no spaces
# ("Example.no/Jane Roe", "ExampleNews/Jane Roe"), on its own line under the story: a house
# style of some English-language news sites abroad.
_SITE_SIGN_OFF = re.compile(r"^(?P<site>[^\s/]{2,40})/(?P<name>[^/\d]{3,60})$")
_IMAGE_LINE = re.compile(r"^(?:!\[|\[!\[|<img\b|(?:photo|image|picture|illustration)s?\b)", re.I)


def _site_sign_off(text: str) -> str | None:
    """The writer named by the last closing "Site/Name" line in the latter half of the text
    (see _SITE_SIGN_OFF). Not a photo credit: the line above it is no image or photo line, and
    the part before the slash is one word (an agency's "Reuters/Jane Roe" under a picture
    stays out with its picture)."""
    start = max(len(text) // 2, min(HEADER_CHARS, len(text)))
    if "/" not in text[start:]:
        return None
    found = None
    prev = ""
    for raw in text[start:].split("\n"):
        line = raw.strip()
        if not line:
            continue
        if "/" in line and len(line) <= 90 and not _IMAGE_LINE.match(prev) \
                and (m := _SITE_SIGN_OFF.match(_clean(line))) and _person_name(m["name"].strip()) \
                and not _is_caps(m["name"]):
            found = m["name"].strip()
        prev = line
    return found


def _column_credit(text: str) -> str | None:
    """The writer of a plain-text flyer's or bulletin's one signed column, credited on the
    column's heading line: a label in capitals, a wide gap, then "by" and a person's name
    ("HEALTH CORNER          by Dr Jane Roe"). Two such credits name no single writer."""
    found = [name for m in _COLUMN_CREDIT.finditer(text, 0, COLUMN_CREDIT_CHARS)
             if (name := _name_only(m["name"])) and _person_name(name)]
    return found[0] if len(found) == 1 else None


def _credit_block_author(text: str) -> str | None:
    """The writer named in a news-release credit block at a story's foot: a run of labelled
    lines ("Author: Jane Roe", "Source: Example University", "Contact: ...", "Image: ...") as
    science-news sites print under "About this research news". Only an "Author:" line beside
    another credit field counts: a lone "Author:" label may sit in a comment or a form."""
    found = None
    for m in _CREDIT_FIELDS.finditer(text):
        labels = [f.split(":", 1)[0].strip().lower() for f in m[0].strip().split("\n")]
        if len(labels) < 2 or not _CREDIT_LABELS.issuperset(labels):
            continue
        for field in m[0].strip().split("\n"):
            label, value = field.split(":", 1)
            if label.strip().lower() in ("author", "authors") and (name := _name_only(value.strip())) \
                    and _people(name):
                found = name
    return found


# A run of two or more "Label: value" lines (see _credit_block_author).
_CREDIT_FIELDS = re.compile(r"(?:^[ \t]*[A-Za-z][A-Za-z ]{1,20}:[ \t]*\S[^\n]*(?:\n|\Z)){2,}", re.M)
_CREDIT_LABELS = frozenset({
    "author", "authors", "source", "contact", "media contact", "press contact", "image", "images",
    "photo", "video", "original research", "funding",
})


def _signatories(text: str) -> str | None:
    """Who signs a letter or an appeal: the name line under its closing ("Yours sincerely,",
    "With best wishes, on behalf of the team,"), two signatories side by side in columns
    ("Dr Jane Roe          Professor Ann Poe"); the role lines below them go."""
    found = None
    for m in _VALEDICTION.finditer(text):
        columns = [_clean(c) for c in re.split(r"\s{2,}|\t", m["sig"].strip())]
        names = [c.split(",")[0].strip() for c in columns]  # "Jane Roe, PhD": the name
        if names and all(map(_person_name, names)):
            found = ", ".join(names)
    return found


def _original_writer(text: str) -> str | None:
    """The writer a "Story Source" note credits with the original story (see _ORIGINAL_WRITER)."""
    if "written by" not in text:
        return None
    m = _ORIGINAL_WRITER.search(text)
    name = _name_only(m["name"]) if m else None
    return name if name and _people(name) else None


def _role_named(lines: list[str], skip: int | None) -> str | None:
    """A name introduced by its role inside a header line ("Science writer Jane Roe ...")."""
    for i, line in enumerate(lines):
        if i != skip and (m := _ROLE_THEN_NAME.search(_clean(line))) and _person_name(m["name"]):
            return m.group("name")
    return None


def _reviewer(lines: list[str]) -> str | None:
    """The referee named by a "Reviewer: Name" label, in a review report's header only."""
    plain = [_clean(line) for line in lines]
    if not any(_REVIEW_REPORT.search(x) for x in plain):
        return None
    for x in plain:
        if (m := _REVIEWER.match(x)) and (name := _name_only(m["name"])) and _person_name(name):
            return name
    return None


def _last_line_date(text: str) -> date | None:
    """A date alone on the last line: a social post's stamp printed under its comments."""
    lines = [line for line in text.rstrip().split("\n")[-3:] if line.strip()]
    last = _clean(lines[-1]) if lines else ""
    return parse_date(last) if _is_date_line(last) else None


_FOLIO_FIELDS = re.compile(r"\s{3,}|\t+")
#: A page label of a print page: "A1", "B12", "Page 3", "p. 14", "3".
_PAGE_LABEL = re.compile(r"^(?:(?:page|p\.)\s*)?[A-Z]?\d{1,3}$", re.I)


def _folio_date(lines: list[str]) -> date | None:
    """The issue date of a printed newspaper page, read from its page header (folio line) at
    the top: fields spread across one line by wide gaps, one a date alone, one a page label
    ("A1", "Page 3") and any other the paper's name in capitals ("THE EXAMPLE COURIER    MONDAY,
    MAY 4, 2026    B2"). The page label makes the line a folio, not a dated headline."""
    for line in lines[:3]:
        fields = [f for f in _FOLIO_FIELDS.split(line.strip()) if f]
        if not 2 <= len(fields) <= 3:
            continue
        dates = [f for f in fields if _is_date_line(f) and len(f) <= 40]
        pages = [f for f in fields if _PAGE_LABEL.match(f)]
        # or an issue's number and its cover price ("Thursday, 4 May 2026    No. 1,234    Price £1.20")
        issue = [f for f in fields if _FOLIO_ISSUE.match(f) or _COVER_PRICE.match(f)]
        rest = [f for f in fields if f not in dates and f not in pages and f not in issue]
        if len(dates) == 1 and (len(pages) == 1 or (issue and not pages)) and all(_is_caps(f) for f in rest):
            return parse_date(dates[0])
    return None


# An issue number and a cover price as fields of a printed paper's folio line (see _folio_date).
# The issue may give its volume and its number together ("Vol. 12, No. 34"); the price its tax
# note in brackets ("$2.50 (incl. GST)", "£1.20 (inc. VAT)").
_FOLIO_ISSUE = re.compile(
    r"^(?:(?:vol\.?|volume)\s*\d{1,4},?\s+)?(?:no\.?|number|issue|vol\.?|volume)\s*#?\s*\d{1,3}(?:,\d{3})*$", re.I)
_COVER_PRICE = re.compile(r"^(?:price\s*:?\s*)?[£$€¥₹]\s?\d{1,3}(?:[.,]\d{2})?p?(?:\s+\((?:incl?|including)\.?\s+[A-Z]{2,4}\))?$"
                          r"|^price\s*:?\s*\d{1,3}(?:[.,]\d{2})?p$", re.I)


def _footer_date(text: str) -> date | None:
    """A labelled date anywhere in the document ("Page last reviewed: ...", "Posted ...",
    "This page was last edited on ..."), for pages whose header prints none."""
    for line in text.split("\n"):
        for part in _PART_SEPARATOR.split(_clean(line)):
            if (m := _FOOTER_DATE.match(part.strip())) and (d := parse_date(m.group("rest"))):
                return d
    return None


def _first_posted(text: str) -> date | None:
    """The date a line anywhere labels as the first publication ("First Posted 2025-02-18")."""
    for line in text.split("\n"):
        if (m := _FIRST_POSTED.match(_clean(line))) and (d := parse_date(m.group("rest"))):
            return d
    return None


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    """The front matter's top-level fields (lower-cased keys, unquoted values) and the text
    after it. Its fields are the page's own metadata, so they win over guesses from the body;
    its other lines ("updated:", "tags:") must not be read as a dateline or a headline."""
    m = _FRONT_MATTER.match(text)
    if m is None:
        return {}, text
    fields: dict[str, str] = {}
    for line in m["body"].split("\n"):
        key, sep, value = line.partition(":")
        if sep and key.strip() and not line[:1].isspace() and not line.startswith("-"):
            fields.setdefault(key.strip().lower(), value.strip().strip("[]").strip("\"'"))
    return fields, text[m.end() :]


# A chat app's exported message line: "[24/06/2025, 19:05] Name: text" (iOS) or
# "24/06/2025, 19:05 - Name: text" (Android), perhaps with seconds or AM/PM.
_CHAT_LINE = re.compile(
    r"^\[?(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4}|\d{2}),?\s+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s?[AaPp]\.?[Mm]\.?)?(?:\]\s*|\s+-\s+)(?P<sender>[^:\n]{1,60}?):\s",
    re.M,
)
# Messages copied from a desktop messenger (a channel's posts): "Jane Roe, [13.05.2025 19:07]"
# alone on a line, the message below it; dotted numeric dates as in the phone exports above.
_CHAT_COPY_LINE = re.compile(
    r"^(?P<sender>[^\s,\[\]][^,\[\]\n]{0,59}), \[(?P<a>\d{1,2})\.(?P<b>\d{1,2})\.(?P<year>\d{4}|\d{2})"
    r" \d{1,2}:\d{2}(?::\d{2})?\][ \t]*$",
    re.M,
)
# The app's own notices, written under the group's name or nobody's: not a message.
_CHAT_NOTICE = re.compile(
    r"^\W*(?:messages(?: and calls)? are end-to-end encrypted|.{0,60}\b(?:created (?:this )?group"
    r"|changed (?:the|this) (?:subject|group)|added\b|joined using|left$))",
    re.I,
)


# A shop's product page: a price and a buying control in its header ("Add to cart", "Buy now",
# "Subscribe & Save").
_PRICE = re.compile(r"[$€£]\s?\d{1,5}(?:[.,]\d{2})?\b|\b\d{1,5}[.,]\d{2}\s?(?:€|EUR|USD|GBP)\b")
_BUY_CONTROL = re.compile(
    r"\b(?:add to (?:cart|bag|basket|trolley)|buy (?:it )?now|subscribe\s*(?:&|and)\s*save"
    r"|in stock|out of stock)\b",
    re.I,
)


def _is_shop_page(lines: list[str]) -> bool:
    """Whether the header is a product page's: it sells the product, so a "by <Brand>" line
    there names the maker (the issuing body, not a byline)."""
    return any(_BUY_CONTROL.search(x) for x in lines) and any(_PRICE.search(x) for x in lines)


def _chat_export(text: str) -> tuple[str | None, date | None] | None:
    """Who wrote and when: the first real message of an exported chat (None when the text is
    not one). Its numeric dates are day- or month-first by the phone's locale; the export's
    other dates tell which when one part exceeds 12, else the date is left unknown."""
    pattern = next((p for p in (_CHAT_LINE, _CHAT_COPY_LINE) if p.search(text[:300])), None)
    if pattern is None:  # an export opens with a message
        return None
    stamps = list(itertools.islice(pattern.finditer(text), 400))
    if len(stamps) < 3:
        return None
    day_first = any(int(m["a"]) > 12 for m in stamps)
    month_first = any(int(m["b"]) > 12 for m in stamps)
    for m in stamps:
        line_end = text.find("\n", m.end())
        if _CHAT_NOTICE.match(text[m.end() : line_end if line_end >= 0 else len(text)]):
            continue
        published = None
        if day_first != month_first:
            day, month = (m["a"], m["b"]) if day_first else (m["b"], m["a"])
            year = int(m["year"]) + (2000 if len(m["year"]) == 2 else 0)
            try:
                published = date(year, int(month), int(day))
            except ValueError:
                published = None
        return _clean(m["sender"]) or None, published
    return None


def _byline_at(plain: str, nxt: str, i: int, title_at: int | None,
               site: str | None = None, lines: list[str] | None = None) -> tuple[str | None, date | None]:
    """A byline written on header line ``plain`` (and a date printed beside it); ``site`` is
    the site's name a web page's <title> ends with; ``lines`` the header lines ``plain`` is
    line ``i`` of."""
    if _LABEL_AUTHOR.match(plain) and nxt and len(nxt) <= 120:
        return _name_only(nxt), None
    if plain[:1] in "PDOA" and (m := _FOREIGN_BY.match(plain)) and len(plain) <= 160 \
            and (name := _name_only(m["name"])) and _person_name(name):
        return name, parse_date(plain)  # "Por Jane Roe · Published <date>": "by" in the page's language
    if (m := _INLINE_AUTHOR.match(plain)) and len(plain) <= 160:
        return _name_only(m.group("name")), parse_date(plain)
    # the writer's credit may open a stamp row of fields ("Text: Jane Roe · Fact-check: ... ·
    # Published <date> · 6 min read"): its first field
    m = _TEXT_CREDIT.match(credit := _PART_SEPARATOR.split(plain)[0] if len(plain) > 120 else plain)
    if m and len(credit) <= 120 and (name := _name_only(m["name"])) and _people(name):
        return name, parse_date(plain) if credit != plain else None
    if plain.startswith("|") and (m := _ROW_AUTHOR.match(plain)) \
            and (name := _name_only(m["name"])) and _people(name):
        return name, None  # a report's details table: its writer's row
    if ("inute" in plain or "aker" in plain) and (m := _MINUTE_TAKER.match(plain)) \
            and (name := _name_only(m["name"])) and _people(name):
        return name, None  # a meeting's minutes: who took them wrote them
    if m := _USER_BYLINE.search(plain) or _POINTS_BY.match(plain):
        return m.group("user"), None
    if name := _column_host(plain):
        return name, None
    if name := _avatar_owner(plain, nxt):
        return name, None
    m = _POSTED_BY.match(_PART_SEPARATOR.split(plain)[0])
    if m and len(plain) <= 200 and (name := _name_only(m["name"])) and _person_name(name):
        return name, parse_date(plain)
    fields = _PART_SEPARATOR.split(plain)[1:]
    if _NOT_AUTHOR.match(plain):  # "Medically reviewed by A — Written by B — Updated on ..."
        fields += _DASH_SPLIT.split(plain)[1:]
    for field in fields if len(plain) <= 200 else ():
        m = _FIELD_AUTHOR.match(field)
        if m and (name := _name_only(m["name"])) and _person_name(name):
            return name, parse_date(plain)
    if fields and len(plain) <= 200 and parse_date(_PART_SEPARATOR.split(plain)[0]):
        # a page's stamp row: its date, then the writer and their role in a field of their own
        # ("Published 3 May 2026 · Jane Roe, Health Adviser · 4 min read")
        for field in fields:
            name, _, role = field.partition(", ")
            if role and _person_name(name) and _role_line(role):
                return name, parse_date(plain)
    if _POST_STAMP.match(plain) and (parse_date(plain) or _STAMP_WHEN.search(plain)) \
            and _USER_NAME.match(nxt):
        return nxt, None
    if _CREDIT.match(plain) and (m := _CREDIT_BY.search(plain)) and _person_name(m["name"].strip()):
        return m.group("name").strip(), None
    if name := _bare_byline(plain):
        return name, parse_date(plain)
    if "/" in plain and (name := _slashed_role(plain)):
        return name, None
    if len(plain) <= 80 and (m := _NAME_THEN_ROLE.match(_PART_SEPARATOR.split(plain)[0])):
        return m.group("name"), None
    if title_at is not None and 0 < i - title_at <= 4 and (name := _posted_writers(plain, nxt, i - title_at)):
        return name, None
    first = _PART_SEPARATOR.split(plain)[0]
    if title_at is not None and _person_name(first) and (
        (i == title_at + 1 and parse_date(nxt))  # a channel / author name under the title
        or (1 < i - title_at <= 4 and (any(p.match(nxt) for p in _DATE_PATTERNS) or _stamp_date(nxt)))
    ):  # further down (a subtitle, an avatar between), only with the date printed alone below
        return first, None
    if title_at is not None and 1 < i - title_at <= 4 and first == plain and lines and i + 2 < len(lines) \
            and _person_name(plain) and _outlet_line(nxt) and len(after := _clean(lines[i + 2])) <= 120 \
            and parse_date(after):
        return plain, None  # the name, the paper's name under it, then the date row
    if title_at is not None and 0 < i - title_at <= 4 and first == plain and _person_name(plain) \
            and (_FOLLOW.match(nxt) or _role_line(_GLUED_FIELDS.split(nxt)[0])):
        return plain, None  # a name alone, its role or a blog's "Follow" button on the next line
    if title_at is not None and 0 < i - title_at <= 4 and len(plain) <= 120 \
            and (m := _NAME_THEN_STAMP.match(plain)) and _person_name(m["name"]) \
            and not _UPDATE_LABEL.match(m["name"]) and not _HISTORY.match(plain) \
            and (when := parse_date(m["rest"])):
        # "Jane Roe Published May 4, 2026 07:15am": a name, then the stamp the page set beside it
        return m["name"], None if m["label"].lower() == "updated" else when
    if title_at is not None and 0 < i - title_at <= 4 and _STAMP_THEN_NAME.match(plain) \
            and len(nxt) <= 60 and _person_name(nxt) and not _is_caps(nxt) and not _INLINE_AUTHOR.match(nxt) \
            and (when := parse_date(plain)):
        # "Published <date> | Last Modified <date>", then the writer's name alone on the next line
        return nxt, when
    if title_at is not None and 0 < i - title_at <= 4 and len(plain) <= 120 \
            and any(c.isdigit() for c in plain) and (found := _meta_row(plain, site)):
        return found
    if title_at is not None and 0 < i - title_at <= 4 and len(plain) <= 120 \
            and any(c.isdigit() for c in plain) and (when := _desk_stamp(plain)):
        return None, when  # "<Section> Desk <weekday> <date> <time>": a desk is no author
    if title_at is not None and 0 < i - title_at <= 4 and len(plain) <= 120 \
            and (m := _STAMP_NAME_COUNTER.match(plain)) and _person_name(m["name"]) \
            and not _STAMP_WORD.search(m["name"]) and (when := parse_date(m["stamp"])):
        return m["name"], when  # "<date> <time> Jane Roe Views: 1 234": spans run together
    if lines and title_at is not None and 0 < i - title_at <= 4 and lines[i].startswith("**") \
            and (m := _RUN_IN_BYLINE.match(lines[i])) and _person_name(m["name"]) \
            and not _is_caps(m["name"]):
        return m["name"], None  # "**Jane Roe** | Example Agency – <the story's first sentence>"
    return None, None


# A listed company's name line over its announcement: the name ending in its legal form, then
# either its listing in brackets ("Example Dairy Joint Stock Company (HOSE: EXD)", "Example
# Health Limited (NYSE: EXH)") or, after a dash, the announcement's kind as an exchange's news
# service lists it ("Example Health Limited - Trading statement"). The company is its issuer,
# not its headline.
_LEGAL_FORM = (r"(?:Limited|LIMITED|Ltd\.?|LTD\.?|plc|PLC|Inc\.?|INC\.?|Corp\.?|CORP\.?|Corporation"
               r"|CORPORATION|Company|COMPANY|JSC|Holdings|HOLDINGS|AG|SA|NV|Berhad|BERHAD|Bhd|BHD|Tbk|TBK)")
_ISSUER_NAME = r"(?:[A-Z][\w&'’.-]*\s+){1,7}" + _LEGAL_FORM
_ISSUER_LINE = re.compile(
    r"^" + _ISSUER_NAME + r"(?:\s+[-–—]\s+[A-Z][a-z]+(?:\s+[\w'’-]+){0,5}"
    r"|\s*\([A-Z]{2,8}(?:[ -][A-Z]{2,8})?\s*:\s*[A-Z0-9.]{1,8}\))$")
_ISSUER_ALONE = re.compile(r"^" + _ISSUER_NAME + r"$")
# A statutory field under a listed company's name ("JSE share code: EXH", "Registration
# number: ..."): a short label and a colon.
_STATUTORY_FIELD = re.compile(r"^[A-Za-z][\w ()'’/-]{1,30}:\s")


def _issuer_headline(lines: list[str], at: int) -> tuple[str, int] | None:
    """The headline under a listed company's name line (line ``at``, see _ISSUER_LINE): the first
    line of four words or more below it that is no menu, breadcrumb, kicker ("PRESS RELEASE",
    "VOLUNTARY ANNOUNCEMENT"), bracketed note, date, statutory field or the company's name again;
    None when the body starts first."""
    for j in range(at + 1, min(len(lines), at + 1 + HEADER_LINES)):
        plain = _unquoted(_clean(lines[j]))
        if _is_chrome(lines[j]) or _is_kicker(plain) or _bracketed_note(plain) \
                or _is_byline_or_date(plain) or _ISSUER_ALONE.match(plain) or _ISSUER_LINE.match(plain) \
                or _STATUTORY_FIELD.match(plain) or len(_words(plain)) < 4:
            continue
        if _is_body(plain) or _MD_HEADING.match(lines[j]):
            return None
        return plain, j
    return None


# "By" in another language before the writer's name, as a page written in English keeps it from
# its home edition (Spanish / Portuguese "Por", French "Par", Polish "Przez", Dutch "Door",
# Indonesian / Malay "Oleh", Scandinavian "Av" / "Af"): capitalised, opening the line, and only
# when a person's name follows ("Door Anchor and Handles" is no byline).
_FOREIGN_BY = re.compile(r"^(?:Por|Par|Przez|Door|Oleh|Av|Af)\s+(?P<name>[A-Z][^·•|]{2,80})")


# A news agency's byline run into its story's first paragraph: the writer's name in bold, a
# bar, the agency's name and a dash, then the story ("**Jane Roe** | Example Agency – Every
# spring, ..."). A bold lead-in phrase with no agency field ("**Ocean Calm** – a massage")
# is no byline.
_RUN_IN_BYLINE = re.compile(
    r"^\*\*(?P<name>[^*|]{3,60}?)\*\*\s*\|\s*[A-Z][^|–—*]{1,60}?\s+[–—-]\s+[A-Z\"“‘']")


# A meeting record's minute-taker, labelled as a field ("Minutes taken by: <Name>", a table row
# "| Minutes recorded by | <Name>, Secretary |", "Minute-taker: <Name>", "Note taker: <Name>"):
# the minutes' writer. A chair's or a member's field names no writer.
_MINUTE_TAKER = re.compile(
    r"^\|?\s*(?:minutes?\s+(?:taken|recorded|written|prepared)\s+by|minute[- ]?takers?"
    r"|minutes?\s+secretary|notes?\s+taken\s+by|note[- ]?takers?)\s*(?::|\|)\s*(?P<name>[^|]+?)\s*\|?\s*$",
    re.I,
)
# A report's or a paper's details table naming its writer in a row of two cells ("| Report by |
# <Name>, <role> |", "| Author | <Name> |", "| Prepared by | ... |"): the document's writer. A
# chair's, a meeting's or a contact's row names no writer.
_ROW_AUTHOR = re.compile(
    r"^\|\s*(?:(?:report|paper|briefing|document|note|memo|submission)\s+(?:by|authors?)"
    r"|authors?|written\s+by|prepared\s+by|byline)\s*:?\s*\|\s*(?P<name>[^|]+?)\s*\|?\s*$",
    re.I,
)
# A meta row whose spans a page's text copy ran together: the date and time, the writer's
# name, then a counter of views, reads or comments (see _byline_at).
_STAMP_NAME_COUNTER = re.compile(
    r"^(?P<stamp>[^|·•]{6,40}?\d{1,2}:\d{2})\s+(?P<name>[^\d|·•:,]{3,60}?)\s+"
    r"(?:views?|reads?|comments?|hits)\s*:?\s*\d[\d\s,.]*$", re.I)


def _outlet_line(plain: str) -> bool:
    """A publication's name alone on the line under its writer's ("The Example Courier",
    "Example News"): capitalised words with "The" or a media word, no digits."""
    return len(plain) <= 50 and bool(_PUBLICATION_NAME.match(plain)) \
        and (plain.startswith("The ") or bool(_OUTLET_PART.match(plain)) or not _person_name(plain))


def _meta_row(plain: str, site: str | None) -> tuple[str, date] | None:
    """A story's meta row whose spans a page's text copy ran together: the writer's name, maybe
    the site's own name (as its <title> ends), then the date and time, maybe an update stamp
    ("Jane Roe Example News 4.5.2026 09:12 Updated 5.5.2026 10:00"). The name is the byline,
    the first date before any update label the date."""
    head = _before_date(plain)
    if head == plain:
        return None
    rest = _UPDATE_WORD.split(plain[len(head) :], maxsplit=1)[0]
    if site and head.lower().endswith(" " + site.lower()):
        head = head[: -len(site) - 1].rstrip(" ,·|•–—-")
    when = parse_date(rest)
    if when is None or not _person_name(head) or _is_caps(head) or _STAMP_WORD.search(head):
        return None
    return head, when


_UPDATE_WORD = re.compile(r"\b(?:updated?|modified|edited)\b", re.I)
# Words of a stamp, not of a name: "Posted Mon 10 Mar ...", "Press Release 03-Feb-2027".
_STAMP_WORD = re.compile(
    r"\b(?:posted|published|release[sd]?|news|press|updated?|modified|dated?|filed|issued"
    r"|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?)\b", re.I)


#: A newsroom's desk or team credited where a writer would be ("Metro Desk", "Health Team",
#: "News Bureau", "Staff"), its short weekday maybe run on ("Metro Desk Fri").
_DESK_HEAD = re.compile(
    r"^(?:[A-Z][\w&'’-]*\s+){0,3}(?:desk|team|bureau|newsroom|staff|correspondents?)"
    r"(?:\s+(?:mon|tue|wed|thu|fri|sat|sun)\.?)?$", re.I)


def _desk_stamp(plain: str) -> date | None:
    """The date of a meta row whose spans a page's text copy ran together when a desk, not a
    writer, is credited ("Metro Desk Fri Mar 13, 2026 07:15 AM Edited at: ..."): the first
    date before any update label."""
    head = _before_date(plain)
    if head == plain or not _DESK_HEAD.match(head):
        return None
    return parse_date(_UPDATE_WORD.split(plain[len(head) :], maxsplit=1)[0])


def _site_name(html_title: str | None) -> str | None:
    """The site's name a page's <title> ends with ("Headline | Example News")."""
    if not html_title:
        return None
    title = _clean(html_title)
    stripped = _site_stripped(html_title)
    return title[len(stripped) :].lstrip(" |–—-").strip() or None if stripped != title else None


# A publication stamp that opens its line, as a writer's name may be printed under it.
_STAMP_THEN_NAME = re.compile(r"^(?:published|posted)\b", re.I)


# A writer's name and a labelled date stamp on one line (see _byline_at).
_NAME_THEN_STAMP = re.compile(
    r"^(?P<name>[^\d|·•:,]{3,60}?)\s+(?P<label>published|posted|updated)(?:\s+on)?\s*:?\s+(?P<rest>.+)$",
    re.I,
)


def _stamp_date(plain: str) -> bool:
    """A date stamp that opens with a weekday or the writer's city and a dash before its date
    ("Sat, November 29, 2025 at 11:50 PM PST", "Porto - Sep 9, 2024 - 14:05 WEST"): under a
    name alone on its line, as a date printed alone is, it makes the name the byline."""
    if len(plain) > 80 or (m := _STAMP_LEAD.match(plain)) is None:
        return False
    return any(p.match(plain, m.end()) for p in _DATE_PATTERNS)


def _avatar_owner(plain: str, nxt: str) -> str | None:
    """The poster named by a profile picture's alternative text, when the next line prints the
    same name ("Profile photo for Jane Roe" / "Jane Roe"): a Q&A answer's or a post's writer."""
    if (m := _AVATAR.match(plain)) is None:
        return None
    name = (m["name"] or m["owner"]).strip()
    return name if _person_name(name) and _display_name(nxt) == name else None


def _dateline_date(plain: str) -> date | None:
    """The date of a news release's dateline (see _DATELINE), or of a dateline that is the
    date alone ("May 2, 2026 -- The ..."), only when a dash (after any wire name) follows it:
    "In BOSTON, March 3, 2025 was ..." is running text."""
    m = _DATELINE.match(plain)
    rest = plain if m is None else m["rest"]  # "June 9, 2024 -- ...": the date alone opens it
    for pattern in _DATE_PATTERNS:
        if (d := pattern.match(rest)) and _WIRE_DASH.match(rest, d.end()):
            return parse_date(rest[: d.end()])
    return None


def _labelled_dotted_date(rest: str) -> date | None:
    """A dotted month-first date with a one-digit month after a publication label ("Published
    9.26.2024 3:15 PM"): the day over 12 tells the order, and the label tells it is a date,
    which a bare "3.17.2025" (a version, a figure) does not."""
    m = _LABELLED_DOTTED.match(rest)
    if m is None:
        return None
    try:
        return date(int(m["year"]), int(m["mnum"]), int(m["day"]))
    except ValueError:
        return None


def _date_at(plain: str, nxt: str) -> date | None:
    if _LABEL_DATE.match(plain) and nxt:
        return parse_date(nxt)
    if m := _INLINE_DATE.match(plain) or _EMBARGO.match(plain):
        return parse_date(m.group("rest")) or _labelled_dotted_date(m.group("rest"))
    if _is_date_line(plain):
        return parse_date(plain)
    if m := _EMBEDDED_DATE.search(plain):
        return parse_date(m.group("rest"))
    if (plain[:1].isupper() or plain[:1].isdigit()) and (d := _dateline_date(plain)):
        return d
    if (m := _STREAM_DATE.search(plain)) and any(p.match(m["rest"]) for p in _DATE_PATTERNS):
        return parse_date(m["rest"])
    if _issue_line(plain):  # "The Example Bulletin — Issue 12 — 3 May 2026"
        return parse_date(plain)
    return _part_date(plain)


#: An abstract book's label in its running head ("Poster Abstracts", "Book of abstracts",
#: "Congress abstracts", "Abstract book").
_ABSTRACT_BOOK_LABEL = re.compile(
    r"\b(?:poster|oral|meeting|conference|congress|symposium|free\s+communications?)\s+abstracts\b"
    r"|\babstract\s+book\b|\bbook\s+of\s+abstracts\b", re.I)
#: An abstract's number alone on its line ("P-112", "OP07", "Abstract 42").
_ABSTRACT_NUMBER = re.compile(
    r"^[ \t]*(?:[A-Z]{1,3}[-\u2011\u2013]?\d{1,4}|Abstract\s+(?:No\.?\s*)?\d{1,4})[ \t]*$", re.M)


def _abstract_book(text: str) -> bool:
    """A congress's abstract book or supplement: its running head names the abstracts and two or
    more numbered abstracts follow, each its own title and authors, so the document has no one
    headline or writer."""
    top = text[:600]
    if "bstract" not in top or not _ABSTRACT_BOOK_LABEL.search(top):
        return False
    return len(_ABSTRACT_NUMBER.findall(text[:BULLETIN_SECTION_CHARS])) >= 2


#: A parliament's question record's label ("QUESTION NO. 17 (MINISTRY OF X)", "Starred Question
#: No. 112", "Written Question Number 7").
_QUESTION_LABEL = re.compile(
    r"^[ \t]*(?:(?:starred|unstarred|written|oral|urgent|supplementary|parliamentary)\s+)?"
    r"question\s+(?:no\.?|number|#)\s*\d{1,5}\b[^\n]{0,80}$", re.I | re.M)
#: Who put the question and who answered it ("Asked by: <Member>", "Answered by: <Minister>"):
#: the record's parties, not its writers.
_QUESTION_PARTY = re.compile(
    r"^(?:asked|answered|replied|tabled|put|raised|addressed|directed)(?:\s+to)?(?:\s+by)?\s*:", re.I)


# A broadcast script's item header: its headline field ("WEB HEADLINE: ...", "Online headline:
# ...", "HEADLINE: ...") and its reporter's field, one of the fields of the item's slug line
# ("ITEM 1 | SLUG: <SLUG> | REPORTER: <Name>", "Correspondent: <Name>").
_HEADLINE_FIELD = re.compile(
    r"^(?:(?:web|online|website|digital|story|item)\s+)?headline\s*:\s*(?P<value>\S.{8,200})$", re.I)
_REPORTER_FIELD = re.compile(
    r"^(?:reporter|correspondent|reported\s+by|producer\s+and\s+reporter)\s*:\s*(?P<name>\S.{2,80})$", re.I)
SCRIPT_ITEM_LINES = 4  # an item's fields sit within a few lines of its headline field


def _script_item(text: str) -> tuple[str, str | None] | None:
    """A broadcast script or rundown (a station's bulletin as read: station line, service and
    date fields, the newsreader's opening, then items framed by rules, each with its slug,
    reporter and headline fields): the lead item's headline field is the title and its
    reporter the writer. Returns the headline and the reporter, or None."""
    wide = _header_lines(text, BULLETIN_SECTION_LINES, BULLETIN_SECTION_CHARS)
    for i, line in enumerate(wide):
        if "eadline" not in line and "EADLINE" not in line:
            continue
        m = _HEADLINE_FIELD.match(_clean(line))
        if m is None or len(_words(m["value"])) < 3:
            continue
        writer = None
        for near in wide[max(0, i - SCRIPT_ITEM_LINES) : i + SCRIPT_ITEM_LINES]:
            if _RULE.match(near):
                continue
            for field in _PART_SEPARATOR.split(_clean(near)):
                if (r := _REPORTER_FIELD.match(field)) and (name := _name_only(r["name"])) and _people(name):
                    writer = writer or name
        return m["value"].strip(), writer
    return None


# A teletext page's header row, as a set-top box or an archive prints it: the page number,
# the service's name, the number again, a date and a clock ("P101  <SERVICE>  101  Mon 03 Mar
# 12:00:00"); and the page banner's subpage counter ("HEALTH  1/3").
_TELETEXT_PAGE = re.compile(r"^P(?P<page>\d{3})\s{2,}\S.*\s(?P=page)\s.*\d{1,2}:\d{2}", re.M)
_SUBPAGE = re.compile(r"\s(?P<n>\d{1,2})/\d{1,2}$")
TELETEXT_CHARS = 20_000  # the index and the headline pages come first


def _teletext_story(text: str) -> str | None:
    """Teletext pages captured as text (each page: its header row, a banner framed by rules
    with the section's name and subpage counter, then its rows): the first story's headline,
    the first row of the first page whose banner opens a story (subpage 1, or none), alone
    above a blank row and running text. Index pages (dotted entries), headline lists (bullet
    rows) and tables (columns set apart by spaces) are no story. Returns it, or None."""
    if not _TELETEXT_PAGE.match(text):
        return None
    starts = [m.start() for m in _TELETEXT_PAGE.finditer(text[:TELETEXT_CHARS])]
    for a, b in zip(starts, [*starts[1:], min(len(text), TELETEXT_CHARS)], strict=True):
        rows = text[a:b].split("\n")[1:]
        rules = [k for k, row in enumerate(rows[:6]) if row.strip() and _RULE.match(row.strip())]
        if len(rules) < 2:
            continue
        banner = " ".join(row.strip() for row in rows[rules[0] + 1 : rules[1]])
        if (sub := _SUBPAGE.search(banner)) and sub["n"] != "1":
            continue  # a story's later subpage
        body = [row.strip() for row in rows[rules[1] + 1 :]]
        while body and not body[0]:
            body.pop(0)
        if len(body) < 3 or body[1] or not body[2]:
            continue  # the headline stands alone over a blank row
        head = body[0]
        if head[:1] in "*-•>" or _CONTENTS_ENTRY.search(head) or "  " in head \
                or len(_words(head)) < 3 or len(head) > 80 or head.endswith((".", ":")):
            continue
        return head
    return None


def _question_record(text: str) -> str | None:
    """A parliament's question record (a question hour's proceedings, a written answer): its
    label ("QUESTION NO. 17 ..."), the question's subject heading under it, maybe over two lines,
    then who asked it ("Asked by: ..."). The subject heading is the title; the asking member and
    the answering minister are no authors. Returns the heading, or None."""
    top = text[:HEADER_CHARS]
    if "uestion" not in top and "UESTION" not in top:
        return None
    m = _QUESTION_LABEL.search(top)
    if m is None:
        return None
    heading: list[str] = []
    for raw in text[m.end() : m.end() + 1200].split("\n")[1:12]:
        line = _clean(raw)
        if not line or _RULE.match(line):
            if heading:
                break
            continue
        if _QUESTION_PARTY.match(line):
            break
        heading.append(line)
        if len(heading) > 3:
            return None
    if not heading or len(_words(" ".join(heading))) < 3:
        return None
    after = text[m.end() : m.end() + 1500]
    if not any(_QUESTION_PARTY.match(_clean(x)) for x in after.split("\n")[1:16]):
        return None
    return " ".join(heading)


def extract_header(text: str, html_title: str | None = None, html_h1: str | None = None) -> Header:
    """Title, byline and date of one document; for a web page, its <title> and first <h1>
    (``readers.html_document``): the <h1> is the headline, even where the <title> differs."""
    front, text = _front_matter(text)
    text = _teaser_page(_archived_page(text))
    if patent := _patent_front(text):
        return patent
    if (story := digest_story(text)) is not None:
        return Header(
            title=_clean(story["subject"]) or None, byline=_sender(story),
            published=parse_date(story.get("date", "")),
        )
    if (chat := _chat_export(text)) is not None:  # a chat has no headline
        return Header(title=None, byline=chat[0], published=chat[1])
    lines = _header_lines(text)
    mail = _mail_fields(lines)
    title, title_at = _headline(lines, html_h1)
    feature: tuple[str, str | None, int] | None = None
    contents_writer = None  # the writer of a contents list's lead feature, past the header window
    if mail:
        title, title_at = _mail_headline(lines)
        subject = mail.get("subject", "")
        if title is None and (_ISSUE_LABEL.search(subject) or _MAILING_LABEL.search(subject)
                              or (":" in subject and _DATED_MAILING.match(subject))):
            title, title_at = _newsletter_story(lines, bylined=True)
            if title is None:  # a digest's briefs fill the top: its bylined feature sits further down
                mailed = _mailed_feature(text)
                if mailed is not None:
                    title, feature = mailed[0], (mailed[0], mailed[1], 0)
        title = title or _clean(mail["subject"]) or None
    elif title is None:
        title, title_at = _title(lines, html_title)
        if title_at is not None and title and (" - " in title or "(" in title) \
                and _ISSUER_LINE.match(title) and (headline := _issuer_headline(lines, title_at)):
            title, title_at = headline  # a listed company's name line over its announcement's headline
        heading = title_at is not None and _MD_HEADING.match(lines[title_at])
        if not html_title and not heading and (subject := _letter_subject(text)):
            title = subject
            title_at = next((i for i, x in enumerate(lines) if _clean(x) == subject), None)

    if not mail and not html_h1 and title_at is not None \
            and any(w in text[:HEADER_CHARS] for w in _INSTRUMENT_GATE) \
            and (instrument := _instrument_title(lines)) is not None and title_at < instrument[1]:
        # the title taken is the issuer's letterhead above an ordinance's or an act's long title
        title, title_at = instrument
    if not mail:
        feature = None
    if not mail and not html_title and "\nDear " in text[:HEADER_CHARS] \
            and (found := _letter_first_feature(text, lines)) is not None \
            and (title_at is None or title_at <= found[2]):
        # the title taken is the letter's heading or a masthead line above it
        feature = found
        title, title_at = feature[0], None
    elif not mail and not html_title and not html_h1 and title_at is not None and "\n---" in text \
            and not _bylined(lines, title_at) and (found := _framed_feature(text, lines)) is not None \
            and title_at < found[2]:
        # the title taken is a masthead or voyage line above the first framed section
        feature = found
        title, title_at = feature[0], None
    elif not mail and not html_title and not html_h1 and (found := _contents_feature(text)) is not None \
            and (title_at is None or title_at <= found[1]
                 or (title is not None and (found[0] == title or found[0].endswith(" " + title)))):
        # the title taken is a masthead, issue or contact line above the bulletin's contents
        # list, or the last line alone of the feature's capitals headline broken over two lines,
        # or the feature's own headline under a numbered section heading (whose "By" line the
        # scan below passes over as a listed entry's credit)
        title, title_at = found[0], None
        contents_writer = found[2]
    if not mail and not html_title and not html_h1 and feature is None and title is not None \
            and title_at is not None and not contents_writer \
            and (_cover_line(title) or (title_at + 1 < len(lines) and _cover_line(_clean(lines[title_at + 1])))) \
            and not _bylined(lines, title_at) and _name_line(lines, title_at) is None \
            and (signed := _signed_feature(text)) is not None:
        # the title taken is a guide's or programme's cover line, or the issuer's line right
        # above it (a department's name): its signed feature further on
        feature = (signed[0], signed[1], 0)
        title, title_at = signed[0], None
    if not mail and not html_title and not html_h1 and feature is None and title_at is not None \
            and ("uthor" in (top := text[:HEADER_CHARS]) or "UTHOR" in top) \
            and not _bylined(lines, title_at) and (unit := _unit_feature(lines)) is not None \
            and title_at < unit[2]:
        # the title taken is a manual's cover or subtitle line: the signed unit below it
        feature = (unit[0], unit[1], 0)
        title, title_at = unit[0], None
    question, asked_at = None, 0
    if not mail and not html_title and not html_h1 and (question := _question_record(text)):
        title, title_at = question, None  # the question's subject heading, not the House's name
        # the lines above its label are the House's letterhead and the sitting's
        asked_at = next((i for i, x in enumerate(lines) if _QUESTION_LABEL.match(x)), len(lines))
    if not mail and not html_title and not html_h1 and ("eadline:" in (head := text[:BULLETIN_SECTION_CHARS])
                                                         or "EADLINE:" in head) \
            and (item := _script_item(text)) is not None:
        # a broadcast script: its lead item's headline field, not the station's or a note's line
        title, title_at = item[0], None
        feature = (item[0], item[1], 0)
    if not mail and not html_title and not html_h1 and text[:1] == "P" and (page := _teletext_story(text)):
        title, title_at = page, None  # teletext: the first story page's headline, not the index's
    byline = _social_author(lines)
    if feature is not None:
        byline = feature[1]
    if byline is not None and not html_title and feature is None:
        title, title_at = None, None  # a post under a display name has no headline
    byline = byline or contents_writer  # the lead feature's own writer, not a line above the list
    published = parse_date(mail.get("date", "") or mail.get("sent", ""))
    updated = None
    if title_at is not None and byline is None:
        for line in lines[title_at + 1 : title_at + 3]:
            if byline := _author_list(_clean(line)):
                break
        byline = byline or _name_line(lines, title_at) or _profile_writers(lines, title_at) \
            or _bulleted_authors(lines, title_at)
    shop = _is_shop_page(lines)
    site = _site_name(html_title)
    if byline is None and title_at is not None and not shop and title_at + 1 < len(lines) \
            and _INLINE_AUTHOR.match(under := _clean(lines[title_at + 1])) and len(under) <= 160:
        # the writer's "By ..." line right under the headline: a name signed above it (an
        # editor's note over a newsletter's lead story) is another item's
        byline = _name_only(_INLINE_AUTHOR.match(under)["name"])
        published = published or parse_date(under)
    ticker_date = None
    event_date = None  # an event's date over its time slot (a congress session's page)
    listed = False  # below a numbered entry's heading ("### 2. A paper's title"): its credits
    for i, line in enumerate(lines):
        plain = _clean(line)
        nxt = _clean(lines[i + 1]) if i + 1 < len(lines) else ""
        heading = _MD_HEADING.match(line)
        listed = listed or bool(i != title_at and heading and _SECTION_NUMBER.match(heading[1])) \
            or (i != title_at and line[:1].isdigit() and _framed_section(lines, i))  # "=====" / "1. ..." / "====="
        if byline is None and i != title_at and not listed and not _MAIL_FIELD.match(plain) \
                and not _CONTENTS_ENTRY.search(plain) and not (question and (i < asked_at or _QUESTION_PARTY.match(plain))):
            byline, dated = _byline_at(plain, nxt, i, title_at, site, lines)
            published = published or dated
            if byline and shop and _INLINE_AUTHOR.match(plain):
                byline = None  # "by <Brand>" under a product's name: its maker, not a writer
            if byline and byline == _bare_byline(plain) and plain.startswith(byline + ","):
                byline = _byline_block(byline, lines[i + 1 :])
        if published is None and (_UPDATE_LABEL.match(plain) or _EVENT_LABEL.match(plain)):
            updated = updated or _date_at(plain, nxt)
        elif published is None and not _AD_LABEL.match(plain):
            if ("|" in plain or "·" in plain or "•" in plain) and _is_ticker(plain):
                # a masthead ticker's date is the day's: the story's own stamp below comes first
                ticker_date = ticker_date or _date_at(plain, nxt)
            elif _TIME_SPAN.search(nxt) and (event := _date_at(plain, nxt)) is not None:
                # a session's or an event's date over its time slot ("14:00–14:15"): the page's
                # own labelled "published" date further down comes first
                event_date = event_date or event
            else:
                published = _date_at(plain, nxt)
            if event_date and published and not _PUBLISHED_WORD.search(plain):
                published = None  # only a labelled publication date outranks the event's
    published = published or ticker_date or event_date
    if byline is None and (note := _delivered_by(lines)) is not None:
        byline, published = note[0], published or note[1]  # a speech's speaker gave (wrote) it
    byline = byline or (title and _testifier(title)) or None
    byline = byline or _reviewer(lines) or _original_writer(text)
    byline = byline or _role_named(lines, title_at) or _signature(text) or _signatories(text)
    byline = byline or _column_credit(text) or _site_sign_off(text)
    byline = byline or (_credit_block_author(text) if "Author" in text else None)
    byline = byline or _sender(mail)
    published = (
        published or _folio_date(lines) or _first_posted(text) or updated or _footer_date(text)
        or _last_line_date(text)
    )
    if author := next((front[k] for k in _FRONT_AUTHOR if front.get(k)), None):
        byline = _name_only(author) or byline
    if dated := next((d for k in _FRONT_DATE if (d := parse_date(front.get(k, "")))), None):
        published = dated
    title = title or _clean(front.get("title", "")) or None
    if title and title_at is not None and _VOTE_MARK.match(title):
        title = _LINKED_DOMAIN.sub("", _VOTE_MARK.sub("", title)) or None
    title = _untitled(title) if title else None
    if _abstract_book(text):
        title, byline = None, None  # many abstracts, each its own title and authors
    return Header(title=title, byline=byline, published=published)
