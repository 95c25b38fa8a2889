"""Whether a risky match is a mention: the document has to say it is a gene.

A CONTEXT candidate (CAT, SET, TNF, an alias such as MAC25) is accepted when one of these holds,
checked in this order:

1. veto: the next word names something else ("IMPACT trial", "CAT scan"), or the symbol is
   glued by a hyphen to a capitalised English word ("SET-Point", a trial's name) -> rejected;
2. discourse: the same entity has a SAFE mention elsewhere in the document (one sense per
   document: "catalase (CAT)" makes every later CAT the gene);
3. adjacent cue: the word right before or after is a gene word ("serum CRP", "TNF levels"), on
   the side the word is used on ("leisure-time activity (HR 0.76)" is no support);
4. strong cue: a gene word in the same sentence within ``WINDOW`` characters ("expression of
   CAT"; "protein" only where no eating word makes it the nutrient: "eat protein, say X"), or a dbSNP reference SNP id ("the X locus (rs1234567)"): a variant's id is said of a
   gene. A ``relay`` word ("signal", "upstream") counts where the sentence also names another
   gene by a SAFE form ("X hands the message from FOO1 on to BAR"). A symbol inside a bracketed aside of
   five words or more reads only the aside's words (the aside says its own thing). A blood-test word ("bloods", "bloodwork": a ``lab`` cue) supports only the analytes
   a lab panel reports (``curated/lab_analytes.tsv``): results lines mix them with vital signs
   ("CRP fine, HR 60"), so such an acceptance does not carry a list neighbour (rule 6) either;
5. measured: its value follows it in a protein's concentration unit ("her CRP fell from
   4.2 mg/L", "TNF was 4 pg/mL", "MBL – a sign of X – of 2 µg/L"): a mass per litre (mg/L,
   µg/L, ng/mL, pg/mL, ...) or nmol/pmol per litre. Only linking words (was, fell from, rose to,
   of, ...) may stand between, after one aside set off by dashes, commas or brackets. Units of
   metabolites and lipids (mg/dL, mmol/L, µmol/L: triglycerides, glucose) and enzyme activity
   (U/L) do not count. An analyte a lab panel reports (``curated/lab_analytes.tsv``) needs only
   such a value later in its sentence ("the nurse repeated my CRP at the next visit and it was 3.6 mg/L");
6. enumeration: it stands in a list next to an accepted gene ("IL-6, TNF and FOS", "IL-6 + CRP"),
   or is the second item of a gapped pair after one ("IL-6 was 29% lower and CRP 33% lower":
   the second clause drops the shared verb and repeats the amount's word of change).

Before rules 3-6 (and instead of rule 1's hyphen veto): two symbols joined by one slash or dash
("FOO–BAR", "FOO/BAR", "FOO-BAR") name a pathway by its molecules and support each other.

A defining appositive ("MBL, a gauge of immunity") is no rule: the same words define
acronyms that name no gene ("ESR, a gauge of swelling"; "resting HR, a gauge of fitness").

A name that is also an English phrase (``curated/topic_forms.tsv``, "complex I") follows none of
these: it is accepted only when one of its topic words is within ``TOPIC_WINDOW`` characters.

In a line written in capitals (a heading) only rules 1 and 2 apply: every word there looks like
a symbol.
"""

from __future__ import annotations

import re

from agefacts.extract.entities.lexicon import CONTEXT, Lexicon

WINDOW = 60
#: How far (characters) the value of a lab analyte may follow it in its sentence.
LAB_REACH = 160
#: How near (characters) a topic word must be to a form of ``curated/topic_forms.tsv``.
TOPIC_WINDOW = 400
#: What may stand between two items of a list of genes.
_LIST_GAP = re.compile(r"^(?:[\s,;/()–+-]|and|or|plus|&)*$")
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
#: A list item that repeats the preposition of the item before it ("with LIF (r = 0.2) or with
#: X"): after a bracketed aside, the gap is a conjunction and that preposition.
_ASIDE = re.compile(r"\s*\([^()\n]{0,40}\)")
_PARALLEL_GAP = re.compile(r"\s*,?\s*(?:and|or)\s+(?P<p>with|to|in|of|for|by|from|on|than)\s+")
#: A value in a concentration unit that proteins are measured in ("4.2mg/L", "12 pg/mL", "40 ng per
#: mL", "2 nmol/l"); not mg/dL, mmol/L or µmol/L, in which metabolites and lipids are given.
_CONCENTRATION = re.compile(
    r"(?P<value>\d+(?:[.,]\d+)?)\s?(?:(?:mg|[µμu]g|mcg)\s?(?:/|per\s)\s?l|(?:[µμu]g|mcg|ng|pg|fg)"
    r"\s?(?:/|per\s)\s?(?:m|d)?l|(?:nmol|pmol|fmol)\s?(?:/|per\s)\s?m?l)(?![a-z])",
    re.I,
)
#: An aside right after a token, set off by dashes, commas or brackets ("MBL – a sign of X –").
_ASIDE_AFTER = re.compile(r"\s*(?:(?:[–—]|\s-)\s[^–—\n]{1,80}?\s(?:[–—]|-\s)|,[^,\n]{1,80}?,|\([^()\n]{1,80}\))")
#: What may stand between a measure and its value: verbs of change and level, a few function
#: words ("fell from", "was about", "rose to", "of").
_LINK = re.compile(
    r"(?:(?:was|were|is|are|be|been|fell|fall|falls|fallen|rose|rise|rises|risen|dropped|drop|drops"
    r"|climbed|climb|jumped|increased|decreased|declined|went|came|reached|averaged|measured|stood"
    r"|sat|hit|down|up|of|at|from|to|by|about|around|roughly|nearly|almost|only|just|over|under"
    r"|below|above|a|an|the|mean|median|average|level|levels|concentration)\s+){0,5}"
)
#: Blanks and signs before a value ("CRP: 3 mg/L", "CRP (3 mg/L)", "CRP ~3 mg/L").
_VALUE_LEAD = re.compile(r"[\s:=(,~≈<>]*")
#: An allele or genotype label between a symbol and the word "variant" ("FOO "I/D" variant",
#: "FOO R123X variants", "FOO Val12Met variant"): capitals (a slash between two), a letter, digits
#: and a letter, or the three-letter amino-acid form; perhaps quoted. Matched at the symbol's end.
_ALLELE_THEN_VARIANT = re.compile(
    r"[ \t]+[\"“‘']?(?:[A-Z]{1,3}(?:/[A-Z]{1,3})?|[A-Z]\d{1,5}[A-Z*]|[A-Z][a-z]{2}\d{1,5}[A-Z][a-z]{2})"
    r"[\"”’']?[ \t]+variants?\b")
#: A dbSNP reference SNP id ("rs9939609"), in the lower-cased view; digits grouped by a comma or
#: with a decimal ("Rs341,500", "Rs12.5") are a rupee amount, not an id.
_RSID = re.compile(r"(?<![a-z0-9])rs\d{3,}(?![a-z0-9]|[,.]\d)")


def _rsid(text: str, lowered: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] holds a SNP id: written "rs" (or "RS"), not as the rupee's "Rs450"."""
    return any(text[m.start() - 1 : m.start() + 1] != "Rs"
               for m in _RSID.finditer(lowered, lo + 1, hi + 1))


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - WINDOW)
    hi = min(len(text), end + WINDOW)
    left = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        left = m.end()
    right_m = _SENTENCE_END.search(text, end, hi)
    return left, (right_m.start() if right_m else hi)


# "[x][x]*", not "[x]+": opening with a class (not a repeat), the engine skips to letters
_LETTER_WORD = re.compile(r"[^\W\d_][^\W\d_]*")


def _in_capitals_line(
    text: str, start: int, english: dict[str, float], seen: dict[int, bool] | None = None
) -> bool:
    """A heading in capitals ("ALL ABOUT THE SET"): most words upper case, several of them English.

    A list of gene symbols is upper case too, but its words are not English. ``seen`` caches the
    answer per line (by the line's start) for the candidates of one document.
    """
    lo = text.rfind("\n", 0, start) + 1
    if seen is not None:
        if lo not in seen:
            seen[lo] = _in_capitals_line(text, start, english)
        return seen[lo]
    hi = text.find("\n", start)
    words = _LETTER_WORD.findall(text[lo : hi if hi >= 0 else len(text)])
    # A bound first, counted in C: the capitals below are among these (a prose line stops here).
    if len(words) <= 2 or sum(map(str.isupper, words)) < 0.6 * len(words):
        return False
    caps = [w for w in words if len(w) > 1 and w.isupper()]
    common = [w for w in caps if english.get(w.lower(), 0.0) >= 3.0]
    return len(caps) >= 0.6 * len(words) and len(common) >= 2


#: Words in capitals run together by single spaces, ending at or starting from a token.
_CAPS_RUN_BEFORE = re.compile(r"(?:[A-Z]{2,} )+$")
_CAPS_RUN_AFTER = re.compile(r"(?: [A-Z]{2,})+")


def _capitals_phrase(text: str, start: int, end: int, english: dict[str, float]) -> bool:
    """A symbol that spells an English word inside a phrase in capitals that opens a mixed
    heading ("THE GEAR BOX: what it holds"): three or more words in capitals in a row, each a
    common English word, the symbol one of them. The remainder of that line is not in capitals, so
    ``_in_capitals_line`` does not see it."""
    token = text[start:end]
    if not token.isalpha() or not token.isupper() or english.get(token.lower(), 0.0) < 3.0:
        return False
    before = _CAPS_RUN_BEFORE.search(text, max(0, start - 60), start)
    after = _CAPS_RUN_AFTER.match(text, end, end + 60)
    words = (before.group(0).split() if before else []) + [token] \
        + (after.group(0).split() if after else [])
    if before is not None and before.start() > 0 and text[before.start() - 1].isalnum():
        words = words[1:]  # the run's first word was cut inside a longer word
    return len(words) >= 3 and all(english.get(w.lower(), 0.0) >= 3.0 for w in words)


#: What parts two words into different sentences, list items or paragraphs: an adjacent cue
#: across it ("in EDTA plasma. IMPACT statement") says nothing about the token.
_BREAK = re.compile(r"[.!?;]|\n\s*(?:\n|[-*+•]\s)")


def _after_gap(lowered: str, end: int) -> str:
    """The blanks between a token ending at text offset ``end`` and the next word."""
    rest = lowered[end + 1 : end + 41]
    return rest[: len(rest) - len(rest.lstrip())]


def _before_gap(lowered: str, start: int) -> str:
    """The blanks between the previous word and a token starting at text offset ``start``."""
    head = lowered[max(0, start - 40) : start + 1]
    return head[len(head.rstrip()) :]


def _parallel(text: str, first: int, gap: str) -> bool:
    """Whether ``gap`` (between an item starting at ``first`` and the next one) joins two items
    that share their preposition ("associated with LIF (r = 0.2) or with FGF21")."""
    m = _PARALLEL_GAP.fullmatch(_ASIDE.sub("", gap))
    if m is None:
        return False
    return text[max(0, first - 8) : first].rstrip().lower().endswith(" " + m.group("p"))


#: The first clause of a gapped pair, between its item and the next one: "FOO1 was 29% lower
#: and BAR 33% lower", "foo factor (FOO1) was ..."): the bracket closing after a long form's
#: symbol, a linking verb, an amount, a word of change, "and"; ``word`` is the
#: word the second item repeats after its own amount.
_GAPPED_FIRST = re.compile(
    r"\)?\s*(?:\([^()\n]{1,40}\)\s*)?(?:was|were|is|are|rose|fell|dropped|went\s+up|went\s+down)"
    r"\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+)?\d+(?:\.\d+)?"
    r"(?:\s?%|\s?per\s?cent|-fold|\s+times)\s+(?P<word>[a-z]+)\s*,?\s+and\s+")
#: The second clause: its own amount, then the same word.
_GAPPED_SECOND = re.compile(
    r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+)?"
    r"\d+(?:\.\d+)?(?:\s?%|\s?per\s?cent|-fold|\s+times)\s+(?P<word>[a-z]+)\b")


def _gapped(text: str, gap: str, end: int) -> bool:
    """Whether the item ending at ``end`` is the second of a gapped pair whose verb it shares
    with the item before it ("FOO1 was 29% lower and BAR 33% lower"): the second clause drops
    the verb and repeats the amount and its word of change, so both items are the same kind
    of measure."""
    if "and" not in gap or not any(c.isdigit() for c in gap):  # the cheap gate
        return False
    first = _GAPPED_FIRST.fullmatch(gap)
    second = _GAPPED_SECOND.match(text, end) if first else None
    return second is not None and second["word"] == first["word"]


def _broken(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]``, the gap between two words, ends a sentence or an item."""
    return _BREAK.search(text, lo, hi) is not None


def _measured(text: str, end: int, upto: int) -> bool:
    """Whether a token ending at ``end`` is a measure whose value follows in a protein's
    concentration unit before ``upto`` (see rule 5 of the module docstring)."""
    m = _CONCENTRATION.search(text, end, upto)
    if m is None:  # the cheap gate: most sentences have no such value
        return False
    gap = text[end : m.start("value")]
    leads = [gap, _ASIDE_AFTER.sub("", gap, count=1)] if _ASIDE_AFTER.match(gap) else [gap]
    for lead in leads:
        rest = lead[_VALUE_LEAD.match(lead).end() :]
        rest = rest[_LINK.match(rest.lower()).end() :]
        if not rest.strip(" :=(,~≈<>"):
            return True
    return False


def _lab_value_after(text: str, end: int) -> bool:
    """Whether the sentence of a lab analyte ending at ``end`` goes on to a value in a
    protein's concentration unit (within ``LAB_REACH`` characters)."""
    stop = _SENTENCE_END.search(text, end, end + LAB_REACH)
    return _CONCENTRATION.search(text, end, stop.start() if stop else end + LAB_REACH) is not None


#: Words a bracketed aside needs to be a phrase of its own, not a gloss or a list of symbols.
ASIDE_WORDS = 5


def _own_aside(text: str, lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
    """The bounds a symbol's sentence cues are read in: ``(lo, hi)``, or the bracketed aside
    the symbol stands in when that aside is a phrase of its own (``ASIDE_WORDS`` words or more:
    "... the FOO1 genotype, which older books (and a Grade 9 BAR course I took) said ...").
    Such an aside says its own thing, so a cue outside it (said of another gene) does not
    reach the symbol in it; a short one ("enzymes (BAR, BAZ)", "(mostly BAR)") is still read
    with its sentence."""
    opened = text.rfind("(", lo, start)
    if opened < 0 or ")" in text[opened:start]:
        return lo, hi
    closed = text.find(")", end, hi)
    if closed < 0 or "(" in text[end:closed]:
        return lo, hi
    if len(_LETTER_WORD.findall(text, opened + 1, closed)) < ASIDE_WORDS:
        return lo, hi
    return opened + 1, closed


def _strong_cue(strengths: list[str | None]) -> bool:
    """Whether a sentence's cue strengths hold a strong cue: a ``nutrient`` word ("protein")
    counts only where no ``diet`` word (eating, meals, intake) makes it the food."""
    if "strong" in strengths:
        return True
    return "nutrient" in strengths and "diet" not in strengths


def _relays(candidates: list[tuple[int, int, int, int]], lo: int, hi: int, ent: int) -> bool:
    """Whether a sentence (``text[lo:hi]``) with a ``relay`` cue names another gene by a SAFE
    form: a signal passed between molecules makes each of them one. Only for a token of three
    characters or more: a letter and a digit ("E2") is as often a hormone's or a lipid's tag."""
    return any(lo <= s and e <= hi and r != CONTEXT and other != ent
               for s, e, other, r in candidates)


#: What joins two symbols into one pathway's name: "FOO/BAR", "FOO-BAR", "FOO–BAR".
_CHAIN_JOINS = frozenset("/-\u2010\u2011\u2013")


def _symbol(surface: str) -> bool:
    """A form written as a symbol: one token holding a capital ("FOO", "mFOO"), not a word."""
    return surface.isalnum() and not surface.islower() and not surface.istitle()


def _chained(
    text: str, lowered: str, candidates: list[tuple[int, int, int, int]], lex: Lexicon
) -> set[int]:
    """Indices of candidates joined to a neighbour by one slash or dash, both written as
    symbols of different entities: "the FOO–BAR axis", "runs through FOO/BAR". Writers name a
    signalling pathway by its molecules this way, so each symbol is the other's gene context.
    Not where both are common English words or a veto word follows ("the CAT-SET trial",
    "CAT/SET scores": a name or a score), and a title-case word ("Set") is no symbol."""
    out: set[int] = set()
    for i in range(len(candidates) - 1):
        (s1, e1, ent1, _), (s2, e2, ent2, _) = candidates[i], candidates[i + 1]
        if not (s2 == e1 + 1 and text[e1] in _CHAIN_JOINS and ent1 != ent2):
            continue
        first, second = text[s1:e1], text[s2:e2]
        if not (_symbol(first) and _symbol(second)):
            continue
        if min(lex.english.get(first.lower(), 0.0), lex.english.get(second.lower(), 0.0)) >= 3.0:
            continue
        after = lowered[e2 + 1 : e2 + 41].split()
        if after and lex.cues.get(after[0]) == "veto":
            continue
        out.update((i, i + 1))
    return out


def accept_risky(
    text: str,
    lowered: str,
    candidates: list[tuple[int, int, int, int]],
    lex: Lexicon,
) -> list[tuple[int, int, int, int]]:
    """Keep SAFE candidates and the CONTEXT ones the document supports.

    ``candidates`` are the gene/family ``(start, end, entity, risk)`` after overlap resolution,
    sorted by start; ``lowered`` is the padded lower-cased view (offset + 1).
    """
    cues = lex.cues
    safe_entities = {c[2] for c in candidates if c[3] != CONTEXT}
    accepted: list[bool] = []
    pending: list[int] = []
    capitals: dict[int, bool] = {}
    lab_only: set[int] = set()  # accepted only for a blood-test word: no support for neighbours
    chained = _chained(text, lowered, candidates, lex)
    for i, (start, end, ent, risk) in enumerate(candidates):
        if risk != CONTEXT:
            accepted.append(True)
            continue
        topic = lex.topics.get(ent)
        if topic is not None:  # an English phrase first: only near its topic ("complex I")
            near = lowered[max(0, start - TOPIC_WINDOW) : end + TOPIC_WINDOW]
            accepted.append(any(w in near for w in topic))
            continue
        before = lowered[max(0, start - 40) : start + 1].split()
        after = lowered[end + 1 : end + 41].split()
        nxt = after[0] if after else ""
        prev = before[-1] if before else ""
        ok = False
        if cues.get(nxt) == "veto" or (
            i not in chained and text[end : end + 1] == "-" and text[end + 1 : end + 2].isupper()
            and nxt not in cues and lex.english.get(nxt, 0.0) >= 3.0
        ):  # "IMPACT-Senior": glued to an English word, the symbol is part of a name
            ok = False
        elif ent in safe_entities:
            ok = True
        elif i in chained:
            ok = True  # "FOO–BAR": two symbols joined as a pathway name each other's genes
        elif not _in_capitals_line(text, start, lex.english, capitals) \
                and not _capitals_phrase(text, start, end, lex.english):
            after, before = cues.get(nxt), cues.get(prev)
            after = None if after in ("before", "lab", "diet", "relay") else after
            before = None if before in ("after", "lab", "diet", "relay") else before
            if after is not None and _broken(text, end, end + len(_after_gap(lowered, end))):
                after = None
            if before is not None and _broken(text, start - len(_before_gap(lowered, start)), start):
                before = None
            if after is None and _ALLELE_THEN_VARIANT.match(text, end):
                after = "after"  # the variant word read past its allele's label
            if after is not None or before is not None:
                ok = (after or before) != "veto"
            if not ok:
                lo, hi = _sentence(text, start, end)
                if "(" in text[lo:start]:  # the cheap gate
                    lo, hi = _own_aside(text, lo, hi, start, end)
                words = lowered[lo + 1 : hi + 1].split()
                ok = (_strong_cue([cues.get(w) for w in words])
                      or _rsid(text, lowered, lo, hi))
                if not ok and end - start >= 3 and any(cues.get(w) == "relay" for w in words):
                    ok = _relays(candidates, lo, hi, ent)  # "X passes the signal to FOO1"
                if not ok and ent in lex.lab_analytes and any(cues.get(w) == "lab" for w in words):
                    ok = True  # a blood-test word supports an analyte a lab panel reports
                    lab_only.add(i)
            if not ok:
                upto = min(hi, candidates[i + 1][0]) if i + 1 < len(candidates) else hi
                ok = _measured(text, end, upto) or (
                    ent in lex.lab_analytes and _lab_value_after(text, end))
            if not ok:
                pending.append(i)
        accepted.append(ok)

    # Enumerations: accept a pending candidate next to an accepted gene; an entity accepted
    # anywhere is then accepted everywhere (discourse again); repeat until nothing changes.
    changed = True
    while changed and pending:
        changed = False
        known = {c[2] for c, ok in zip(candidates, accepted, strict=True) if ok}
        for i in list(pending):
            if candidates[i][2] in known:
                accepted[i] = True
                pending.remove(i)
                changed = True
                continue
            start, end = candidates[i][0], candidates[i][1]
            for j in (i - 1, i + 1):
                if not (0 <= j < len(candidates)) or not accepted[j] or j in lab_only:
                    continue
                gap = text[candidates[j][1] : start] if j < i else text[end : candidates[j][0]]
                if (len(gap) <= 12 and _LIST_GAP.match(gap)) or (
                        j < i and len(gap) <= 60 and (_parallel(text, candidates[j][0], gap)
                                                      or _gapped(text, gap, end))):
                    accepted[i] = True
                    pending.remove(i)
                    changed = True
                    break
    return [c for c, ok in zip(candidates, accepted, strict=True) if ok]
