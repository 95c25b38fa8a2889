"""Reading the words around a number: units, counted nouns, comparators, currency, identifiers
and sentence bounds; the lookups every rule group asks before deciding what a number measures.
"""

from __future__ import annotations

import re

from agefacts.extract import quantity_words as W
from agefacts.extract.quantity_patterns import (
    _AGE_GROUP_NOUN,
    _AGEING_DOC,
    _BUILD_TO,
    _CELSIUS_AFTER,
    _CELSIUS_BEFORE,
    _CURRENCIES,
    _CURRENCY_WORD,
    _DECIMAL_END,
    _DIGIT_NEXT,
    _DISTANCE_AFTER,
    _DISTANCE_BEFORE,
    _DISTANCE_CHANGE,
    _DISTANCE_LABEL,
    _DOT_LEADER,
    _DOTTED_ABBREVIATION,
    _ELEVATION_AFTER,
    _FIELD_COUNT,
    _ISO_AMOUNT,
    _LABEL_NUMBER,
    _MET_VERB,
    _MINUS,
    _MONEY_AFTER,
    _MONEY_BEFORE,
    _MONEY_CUE,
    _NAME_BEFORE,
    _NEXT_WORDS,
    _NOT_RATE_AFTER,
    _OF_EVERY_POUND,
    _OF_WORD,
    _OPENERS,
    _PER,
    _PER_THING,
    _PREFIX,
    _QUOTED_NOUN,
    _QUOTES,
    _SCALED_AFTER,
    _SECONDS_AFTER,
    _SECONDS_BEFORE,
    _SEX_SLASH,
    _SIGN_BEFORE,
    _STAT_PER,
    _TEMPO_WORD,
    _TO_NUMBER_END,
    _UNIT,
    _WORD,
    _WRAPPED_WORDS,
)
from agefacts.extract.quantity_text import _GATES, _LINE_LEAD, _SPACES, _is_plural_noun, _past_verb
from agefacts.extract.quantity_types import Quantity

#: A word of DNA before a length in kilobases ("telomeres ... 7.1 kb"), see ``_unit_at``.
_DNA_CUE = re.compile(r"telomer|chromosom|dna|genom|base[ -]?pairs?|plasmid")

#: "top" as a verb (to exceed) after "to" or a modal: "is set to top", "could top".
#: A whole number of digits (its end, for a look at what follows it).
_BARE_INT = re.compile(r"[0-9]+(?![0-9]|[.,][0-9])")
#: A price's rate right after a plain amount: "PLN 99 a month", "XYZ 40 per session" (an ISO code
#: spaced before it is that price's currency: ``_Context.iso_currency``).
_PRICE_RATE = re.compile(r"[0-9]+(?:\.[0-9]{2})?[ \u00a0]+(?:a|an|per|each)[ \u00a0]+"
                         r"(?:month|year|week|day|session|class|lesson|visit|term|season|night)(?![a-z])")
_QUOTE_CLOSE = re.compile(r'["\u201d]')
#: A gloss in brackets right after a word: one to three lower-case words ("(community centres)").
_GLOSS = re.compile(r"[ \u00a0]\((?P<g>[a-z-]+(?: [a-z-]+){0,2})\)")
#: What follows a time point counted from an event ("12 hours after the climb", "48 hours later").
_TIME_POINT_AFTER = re.compile(r"[ \u00a0]+(?:after|later|post|before|into)(?![a-z])")
_VALUE_AT = re.compile(r"[0-9]+(?:\.[0-9]+)?(?![0-9]|[.,][0-9])")
_BARE_DECIMAL = re.compile(r"[0-9]+\.[0-9]+(?![0-9]|[.,][0-9])")
#: A number then a comparative that ends its clause ("1.9 more.", "2 fewer;"): a change echoed.
_ECHOED_END = re.compile(r"[0-9]+(?:\.[0-9]+)?[ \u00a0]+(?:more|fewer|less)[ \u00a0]*(?:[.,;)](?![0-9])|$)")
_TOP_VERB = re.compile(r"(?<![a-z])(?:to|will|could|may|might|would|should|can)[ \u00a0]+top[ \u00a0]+$")
#: A fact box's field of a study's size that ``_FIELD_COUNT``'s plain nouns miss, as a whole
#: line's label: people named by what they do ("Rowers studied: 40", "Cyclists: 22", with a
#: participle of the study) or a named group ("Control group: 38"). See ``factbox_group_field``.
_FACTBOX_GROUP_FIELD = re.compile(
    r"(?:[a-z]+(?:ers|ists)(?:[ \u00a0]+(?:studied|enrolled|recruited|included|followed|tested|"
    r"randomi[sz]ed|analy[sz]ed))?|(?:[a-z-]+[ \u00a0]+){0,2}group)[ \u00a0]*(?:\*\*|__|\*|_)?[ \u00a0]*:"
    r"[ \u00a0]*(?:\*\*|__|\*|_)?[ \u00a0]*$")
#: What may open a fact box's line before its label: a quote mark, a list bullet, emphasis.
_FACTBOX_LEAD = re.compile(r"[>\-*•\s]*(?:\*\*|__)?")
#: A count that ends its line ("Control group: 38\n").
_LINE_END_AFTER = re.compile(r"[0-9][0-9,]*[ \u00a0]*(?:\n|$)")


def _more_modified(modifier: str, noun: str) -> bool:
    """"2.5 more arm curls", "3 more chair stands": after "more"/"fewer", one modifier (not
    itself a plural, a unit or a function word) before a plural counted noun: the difference
    counts that noun as "1.6 more words" does. People and units keep their own rules."""
    if modifier in W.NOT_MODIFIERS or modifier in W.UNIT_SURFACES or _is_plural_noun(modifier) \
            or noun in W.POPULATION_NOUNS or noun in W.UNIT_SURFACES:
        return False
    return _is_plural_noun(noun) or noun in W.MODIFIED_VERB_PLURALS


def _noun_modifier(word: str) -> bool:
    """A word that may qualify the people named after it ("factory", "night-shift"): not a
    function word, unit, counted plural or population noun of its own."""
    return word not in W.NOT_MODIFIERS and word not in W.UNIT_SURFACES \
        and word not in W.POPULATION_NOUNS and not _is_plural_noun(word)


#: A plain amount after a currency code ("95", "12.50"), no digit group or letter after it.
_PLAIN_AMOUNT = re.compile(r"[0-9]+(?:\.[0-9]+)?(?![0-9,.]?[0-9A-Za-z])")


#: The word right after a four-word phrase (``ContextRules.noun_after``: a fifth word, the noun
#: after two place names joined by "and").
_FIFTH_WORD = re.compile(r"[ \u00a0]+[a-z][a-z-]*(?![a-z-])")

class ContextRules:
    """Reading the words around a number (a mixin of ``quantities._Scanner``)."""

    def field_count(self, s: int) -> bool:
        """Whether the number at ``s`` is a labelled study-size field ("Sample size: 96"): it
        is a finding even on a line that otherwise reads as a citation."""
        tail = self.tail(s).rstrip("*_").rstrip(_SPACES)
        return tail.endswith((":", "=")) and (self.lookback(_FIELD_COUNT, s, 40, bounded=False) is not None
                                              or self.factbox_group_field(s))

    def factbox_group_field(self, s: int) -> bool:
        """"> - Skaters studied: 40", "- Control group: 38": a label of people by what they do
        or of a named group, opening its line (after a bullet), before a count ending the line."""
        ls = self.line_start(s)
        lead = _FACTBOX_LEAD.match(self.low, ls, s)
        m = _FACTBOX_GROUP_FIELD.match(self.low, lead.end(), s) if lead else None
        return m is not None and m.end() == s and self.low[lead.end() : s].count(" ") <= 4 \
            and _LINE_END_AFTER.match(self.low, s) is not None

    # -- helpers -------------------------------------------------------------------------------

    def line_start(self, pos: int) -> int:
        ls = self.cur_ls
        return ls if pos >= ls else self.nl.rfind("\n", 0, pos) + 1

    def lookback(self, pattern: re.Pattern[str], pos: int, size: int = 48, original: bool = False,
                 bounded: bool = True) -> re.Match[str] | None:
        """``pattern`` (anchored with ``$``) ending at ``pos`` on the same line. ``bounded``: it
        will become part of the quantity's span, so it may not reach into the previous one.
        A cheap ``endswith`` gate skips the regex when the text before cannot match."""
        gate = _GATES.get(id(pattern))
        if gate is not None:
            if pos == self.anchor:  # most look-backs: the text before the number ends like no cue
                if not (self.anchor_cued and self.anchor_tail.endswith(gate)):
                    return None
            elif not self.tail(pos).endswith(gate):
                return None
        start = max(self.line_start(pos), pos - size)
        if bounded and self.floor > start:
            start = self.floor
        return pattern.search(self.text if original else self.low, start, pos)

    def tail(self, pos: int) -> str:
        """Up to 48 characters before ``pos`` on its line, trailing spaces removed."""
        t = self.tails.get(pos)
        if t is None:
            t = self.tails[pos] = self.low[max(self.line_start(pos), pos - 48) : pos].rstrip(_SPACES)
        return t

    def prev_word(self, pos: int) -> str:
        t = self.tail(pos).rstrip("#").rstrip(_SPACES)
        parts = t.rsplit(None, 1)
        # markdown emphasis around a word ("at **week 4", "the *second* half") is no part of it
        word = parts[-1].lstrip("([\"'“‘*_").rstrip("*_") if parts else ""
        return word if word[:1].isalpha() else ""

    def prefix_comparator(self, pos: int) -> tuple[str | None, int]:
        m = self.lookback(_PREFIX, pos, 24)
        if not m or self.text[m.start() - 1 : m.start() + 1] == "->":  # an arrow, not "more than"
            return None, pos
        if m.group("c") == "up to" and self.lookback(_BUILD_TO, pos, 40, bounded=False):
            return None, pos  # "work up to three sessions": a target, not a ceiling
        return W.PREFIX_COMPARATORS[m.group("c")], m.start()

    def money_comparator(self, q: Quantity, sign: int) -> Quantity:
        """"< Rs 500", "≥ $1,000", "over £20": a comparator before the currency sign or
        abbreviation that opens the amount at ``sign``."""
        if q.comparator is None:
            q.comparator, start = self.prefix_comparator(sign)
            q.start = min(q.start, start)
        return q

    def identifier_context(self, s: int) -> bool:
        """True when the number at ``s`` is part of a name, symbol, version or marker."""
        text = self.text
        if s == 0:
            return False
        c = text[s - 1]
        c2 = text[s - 2] if s >= 2 else " "
        if c.isalnum() or c in "_#^":
            return True
        if c == "/" and c2 in "MF" and _SEX_SLASH.search(text, max(0, s - 12), s):
            return False  # "(11 M/9 F)": the second count of a split by sex
        return c in "-‑/:,." and c2.isalnum()

    def list_marker(self, s: int, e: int) -> bool:
        ls = self.line_start(s)
        if s - ls > 8 or self.text[e : e + 1] not in (".", ")") or self.text[ls:s].strip(" \t-*•›>#\u00a0"):
            return False
        return e < len(self.text) and self.text[e] in ".)" and (
            e + 1 >= len(self.text) or self.text[e + 1] in " \t\n"
        )

    def currency_before(self, s: int) -> tuple[str, int] | None:
        """The currency written right before the number at ``s`` and where it starts: a sign
        ("$4,000", "₹450") or an abbreviation ("Rs 450", "Rs.2,500", "INR 300", glued "RM25")."""
        text = self.text
        if s < 1:
            return None
        c = text[s - 1]
        if c in _CURRENCIES:
            return _CURRENCIES[c], s - 1
        if c.isalpha():
            for prefix in W.LETTER_CURRENCY_PREFIXES:
                if text.endswith(prefix, 0, s) and self.letter_currency(s, len(prefix)):
                    return W.LETTER_CURRENCIES[prefix], s - len(prefix)
            if c in W.SCALED_LETTER_CURRENCIES and (s < 2 or not (text[s - 2].isalnum() or text[s - 2] in "._-‑/")) \
                    and _SCALED_AFTER.match(self.low, s):
                return W.SCALED_LETTER_CURRENCIES[c], s - 1  # "K3.2 million": a sign before a scaled amount
            if (c in W.SCALED_LETTER_CURRENCIES or text[s - 2 : s] in W.LABEL_LETTER_CURRENCIES) \
                    and _ISO_AMOUNT.match(text, s):
                sign = text[s - 2 : s] if text[s - 2 : s] in W.LABEL_LETTER_CURRENCIES else c
                if self.letter_currency(s, len(sign)):  # "cost K310 per participant": unscaled,
                    # an amount's shape under the letter currencies' gate
                    return W.LABEL_LETTER_CURRENCIES.get(sign) or W.SCALED_LETTER_CURRENCIES[sign], s - len(sign)
        if c.isupper() and text[s - 3 : s] in W.ISO_CURRENCY_CODES and self.iso_currency(s):
            return text[s - 3 : s], s - 3  # "KRW12,000", "PHP850": an ISO code glued as a sign
        if c == "M" and text[s - 2 : s] in W.GLUED_CURRENCIES and (
                s < 3 or not (text[s - 3].isalnum() or text[s - 3] in "._-‑/")):
            return W.GLUED_CURRENCIES[text[s - 2 : s]], s - 2  # "RM250,000"
        if c in " \u00a0" and s >= 2:
            c = text[s - 2]
            if c.isupper() and text[s - 4 : s - 1] in W.ISO_CURRENCY_CODES and self.iso_currency(s, 1):
                return text[s - 4 : s - 1], s - 4  # "WST 780,000 to ...": an ISO code spaced as a sign
            if c.isupper() and text[s - 4 : s - 1] in W.ISO_WORD_CODES and _ISO_AMOUNT.match(text, s) \
                    and self.letter_currency(s, 4):
                return text[s - 4 : s - 1], s - 4  # "funded with PEN 90,000 from ...": a code that is also a word
            if c.isalpha() and _ISO_AMOUNT.match(text, s):
                # "Tk 12,000 a month": a sign of two letters or more spaced before an amount's
                # shape, under the glued sign's gates (a word of money before, money's ending)
                for prefix in W.LETTER_CURRENCY_PREFIXES:
                    if len(prefix) > 1 and text.endswith(prefix, 0, s - 1) \
                            and self.letter_currency(s, len(prefix) + 1):
                        return W.LETTER_CURRENCIES[prefix], s - 1 - len(prefix)
                if text[s - 3 : s - 1] in W.LABEL_LETTER_CURRENCIES and self.letter_currency(s, 3):
                    return W.LABEL_LETTER_CURRENCIES[text[s - 3 : s - 1]], s - 3  # "MK 21,500 per woman"
            if c == "." and _ISO_AMOUNT.match(text, s):
                # "Tk. 12,000 a month": the same signs written with an abbreviation's full stop
                for prefix in W.LETTER_CURRENCY_PREFIXES:
                    if len(prefix) > 1 and text.endswith(prefix, 0, s - 2) \
                            and self.letter_currency(s, len(prefix) + 2):
                        return W.LETTER_CURRENCIES[prefix], s - 2 - len(prefix)
        if c not in "sRDP.":  # the last letter of an abbreviation, or "Rs."'s dot
            return None
        m = _CURRENCY_WORD.search(text, max(0, s - 8), s)
        return (W.CURRENCY_WORDS[m.group("c")], m.start()) if m else None

    def iso_currency(self, s: int, gap: int = 0) -> bool:
        """Whether the ISO 4217 code glued (or, ``gap`` 1, spaced) before the number at ``s`` is
        its currency: nothing word-like before the code and an amount's shape after it
        (``_ISO_AMOUNT``: "PHP850", "VND1.5 million"; a label "SAR2" or "NAD7" is not). Spaced,
        the amount must also end as money does (``_MONEY_AFTER``: a scale, rate or link word or
        a clause end), so a code that is also an abbreviation before a count ("CAD 1,200
        patients") stays out. Another amount ("RON 49", "USD 9.99") is money under the letter
        currencies' gate: a word of money earlier in its sentence ("costs CHF 12 a month")."""
        b = s - 4 - gap
        if b >= 0 and (self.text[b].isalnum() or self.text[b] in "._-‑/"):
            return False
        if _ISO_AMOUNT.match(self.text, s) is None:
            return self.letter_currency(s, 3 + gap) or self.restated_money(s, self.text[b + 1 : b + 4]) \
                or (gap == 1 and _PRICE_RATE.match(self.low, s) is not None)  # "PLN 99 a month"
        return not gap or _MONEY_AFTER.match(self.text, s) is not None

    def restated_money(self, s: int, code: str) -> bool:
        """Whether the amount at ``s`` after the ISO code ``code`` restates an amount the
        document read as money in that code before ("it cost ABC 95 a month ... ABC 95 is a lot
        for a pensioner"): one sense per document, where the sentence gives no word of money."""
        if not self.stated:
            return False
        m = _PLAIN_AMOUNT.match(self.text, s)
        said = self.stated.get(float(m.group())) if m else None
        return said is not None and said.unit == code and said.start < s

    def letter_currency(self, s: int, width: int = 1) -> bool:
        """Whether the ``width`` letters glued before the number at ``s`` are a currency ("cost
        about R450", "fees above R1,500 a term", "funded by a Dh2 million grant"): a word of
        money earlier in its sentence, nothing word-like before the letters and a rate, link
        word or clause end after the number (``_MONEY_AFTER``: "R2 = 0.47" is a statistic,
        "R800 tickets" a count of something else)."""
        text = self.text
        b = s - width - 1
        if b >= 0 and (text[b].isalnum() or text[b] in "._-‑/"):
            return False
        if not _MONEY_AFTER.match(text, s):
            return False
        if width == 1 and self.low.endswith("vitamin ", 0, s - 1):
            return False  # "vitamin D3 per day": a vitamin's letter, no one-letter sign
        if _SCALED_AFTER.match(self.low, s):
            return True  # "Sh48 million", "R2.5bn": letters glued to a scaled amount are money
        start = self.line_start(s)
        if s - width == start and start >= 2 and text[start - 2] not in "\n.!?:;":
            start = self.line_start(start - 1)  # the sign opens a wrapped line: its sentence goes on above
        start = max(start, s - 160)
        window = self.low[start : s - width]
        cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "), window.rfind(".\n"))
        return _MONEY_CUE.search(window, cut + 1) is not None

    def label_before(self, s: int) -> bool:
        word = self.prev_word(s)
        if word.endswith(".") and word not in W.LABEL_ABBREVIATIONS:
            return False  # "... a placebo-controlled trial. 120 participants": a sentence ended
        if not (word in W.LABEL_WORDS or word in W.LABEL_ABBREVIATIONS):
            return False
        if word in ("v", "v.") and self.last is not None and self.last.unit is not None \
                and self.text[self.last.end : s].strip(" \u00a0") == word:
            return False  # "(1.4kg v 0.6kg)": "v" for versus between two values, no version
        if word in ("group", "arm"):
            if self.last is not None and (d := _BARE_INT.match(self.low, s)) \
                    and self.group_echo(self.last, self.tail(s), d.end()):
                return False  # "6 falls ... and the control group 14,": a count echoed, no group's number
            if self.last is not None and self.last.value is not None and not float(self.last.value).is_integer() \
                    and (d := _BARE_DECIMAL.match(self.low, s)) and self.group_echo(self.last, self.tail(s), d.end()):
                return False  # "1.5 falls per year ... and the control group 2.5.": a rate echoed
            if _ECHOED_END.match(self.low, s) is not None:
                return False  # "did 4.2 more lifts, the other group 0.7 more.": an echoed change
            if self.last is not None and self.unit_echo(self.last, self.tail(s), s):
                return False  # "stood 14 times, and the town group 10 times": the same unit echoed
            if (d := _VALUE_AT.match(self.low, s)) and (u := self.unit_at(d.end())) is not None and (
                    "." in d.group() or (self.last is not None and self.last.unit == u[0]
                                         and 0 < s - self.last.end <= 120)):
                return False  # "cut 2.3 seconds and the stair group 0.9 seconds": a
                # group's value with its unit (a decimal, or the unit said just before), no label
        if word in W.MOLECULE_LABELS and (d := _VALUE_AT.match(self.low, s)) \
                and (u := self.unit_at(d.end())) is not None and u[0].endswith(W.CONCENTRATION_UNIT_ENDS):
            return False  # "C-reactive protein 0.9 mg/L": the molecule's level, no molecule's name
        if word in W.KIND_LABELS and (d := _BARE_INT.match(self.low, s)) \
                and (u := self.unit_at(d.end())) is not None and u[0] in ("minutes", "hours", "days") \
                and _TIME_POINT_AFTER.match(self.low, u[2]):
            return False  # "its baseline value 12 hours after the climb": a time after an event, no level's number
        if word == "top" and _TOP_VERB.search(self.low, max(0, s - 24), s):
            return False  # "expected to top 500,000": the verb (exceed), not a ranking ("top 10")
        if " per " in self.tail(s) and self.lookback(_STAT_PER, s, 40, original=True, bounded=False):
            return False  # "hazard ratio per allele 0.7": the unit of a ratio, then its value
        # "Garden Room     30 min": a column gap (a tab, three spaces) between a spaced table's
        # cells; the label ends the cell before and names nothing in this one
        gap = self.text[s - 3 : s]
        return not (gap == "   " or "\t" in gap)

    def bracketed_unit(self, pos: int) -> str | None:
        """Unit of "(x3)" or "(× 3)" after the word ending at ``pos``: a plural noun is counted
        ("studentships (x4)"), anything else is repeated ("washed (×3)", "biopsy (x 2)")."""
        word = self.prev_word(pos)
        return None if _is_plural_noun(word) else "times"

    def unit_at(self, pos: int) -> tuple[str, str, int] | None:
        """(normalised unit, kind, end) of a unit written right after ``pos``."""
        if pos in self.units:
            return self.units[pos]
        found = self.units[pos] = self._unit_at(pos)
        return found

    def _unit_at(self, pos: int) -> tuple[str, str, int] | None:
        c = self.low[pos : pos + 1]
        if not c or c in ",.;:)]\n":
            return None
        if c == " " and self.low[pos + 1 : pos + 2] in ('"', "\u201c"):
            # 'roughly 2,750 "MET-hours" of exercise': a unit set in quotation marks, the whole
            # quote one of the unit surfaces (a quoted phrase is no unit)
            close = _QUOTE_CLOSE.search(self.low, pos + 2, pos + 28)
            unit = W.UNIT_SURFACES.get(self.low[pos + 2 : close.start()]) if close else None
            return (unit[0], unit[1], close.end()) if unit else None
        m = _UNIT.match(self.low, pos)
        if not m:
            return None
        surface, sep = m.group("u"), m.group("sep")
        if not sep and surface.split(" ", 1)[0] not in W.ATTACHABLE and "/" not in surface:
            return None  # "3.5ml per kg per minute"; a glued ratio unit ("4.2mmol/L") is no name
        if sep and sep.strip() == "" and surface in ("m", "h", "w", "g", "x") and not (
            self.text[m.start("u")] in "hwgx×" or surface in ("h", "g")
        ) and not (surface == "m" and self.text[m.start("u")] == "m" and self.distance(pos, m.end())):
            return None
        if surface == "p" and sep:
            return None  # pence are glued ("45p"); "n = 5 p < 0.05" is a p-value
        if surface == "pc" and (sep or self.text[m.start("u")] != "p"):
            return None  # per cent is glued in lower case ("4pc"); "5 pc", "5PC" are not
        if surface == "s" and (sep is None or sep.strip() not in ("-", "‑")) and not (
                sep and self.text[m.start("u")] == "s" and self.seconds_cued(pos, m.end())):
            return None  # "30-s sprints" are seconds; "30s" is a decade, "30 s" unsure uncued
        if surface in ("x", "×") and _DIGIT_NEXT.match(self.low, m.end()):
            return None  # "3 x 10 repetitions": a product, not a fold change
        if surface == "w" and self.text[m.start("u")] != "W":
            return None
        if surface in ("kb", "kbp") and (self.text[m.start("u") : m.end("u")] != surface
                                         or not _DNA_CUE.search(self.low, max(0, pos - 200), pos)):
            return None  # kilobases: lower case, after a word of DNA ("KB", "kB" are file sizes)
        if surface == "c" and (sep or self.text[m.start("u")] != "C"
                               or not (self.signed_or_at(pos) or self.celsius_cued(pos, m.end()))):
            return None  # "stored at -80C", "kept at 4C", "in 12C water": Celsius; "grade 3C" is not
        if surface in ("db", "dba") and self.text[m.start("u") : m.start("u") + 2] != "dB":
            return None  # "112 dB" is a sound level; "5 DB" or "3 db" are not
        if surface == "mi" and self.text[m.start("u")] != "m":
            return None  # "5 mi" are miles; "2 MI" would be infarctions
        if surface in W.MOLAR_SURFACES and self.text[m.end("u") - 1] != "M":
            return None  # "250 µM" is micromolar; "50 µm" micrometres, "10 nm" nanometres
        if surface == "met" and self.text[m.start("u")] == "m" and _MET_VERB.match(self.low, m.end()):
            return None  # "participants above 60 met the criteria": the verb, not METs
        if surface == "feet" and self.low.endswith(("one", "two"), max(0, pos - 3), pos) \
                and self.low[pos - 4 : pos - 3] not in ("-", "‑"):
            return None  # "land on two feet": a stance, not a length ("twenty-two feet" is one)
        norm, kind = W.UNIT_SURFACES[surface]
        return norm, kind, m.end()

    def signed_or_at(self, pos: int) -> bool:
        """Whether the number ending at ``pos`` carries a glued minus sign ("-80") or follows
        "at" ("at 4"): where a capital C glued to it is a temperature with its degree dropped."""
        start = pos
        while start > 0 and (self.text[start - 1].isdigit() or self.text[start - 1] == "."):
            start -= 1
        if start == pos:
            return False
        if start > 0 and self.text[start - 1] in _MINUS:
            return start < 2 or self.text[start - 2] in _SIGN_BEFORE
        return self.low.endswith(" at ", 0, start) or self.low.endswith("\nat ", 0, start)

    def celsius_cued(self, pos: int, end: int) -> bool:
        """Whether a capital C glued to the number ending at ``pos`` is Celsius by what it is the
        temperature of: a medium right after it ("in 12C water") or before the number (or the
        range it ends) with a linking word ("a lake of about 12–14C", "kept at 2–8C"). A grade
        ("a 5C"), a form ("class 10C") or a vitamin names no medium."""
        if _CELSIUS_AFTER.match(self.low, end):
            return True
        start = pos
        while start > 0 and (self.text[start - 1].isdigit() or self.text[start - 1] == "."):
            start -= 1
        if start == pos:
            return False
        if start > 1 and self.text[start - 1] in "–-" and self.text[start - 2].isdigit():
            start -= 1  # the range "12–14C": look before its first number
            while start > 0 and (self.text[start - 1].isdigit() or self.text[start - 1] == "."):
                start -= 1
            if self.low.endswith(" at ", 0, start) or self.low.endswith("\nat ", 0, start):
                return True
        return _CELSIUS_BEFORE.search(self.low, max(self.line_start(pos), start - 60), start) is not None

    def seconds_cued(self, pos: int, end: int) -> bool:
        """Whether a spaced "s" after the number ending at ``pos`` is seconds: a word of
        interval training or a sets product before the number ("rest 90 s", "3 × 30 s"), or a
        word of one after the unit ("30 s sprints"); a decimal ("12.6 s": no decade or list
        letter has one) or a value on a dot-leader row ("Timed walk ....... 9 s")."""
        if _SECONDS_AFTER.match(self.low, end):
            return True
        if _DECIMAL_END.search(self.low, max(0, pos - 8), pos) or self.dot_leader(pos):
            return True
        return _SECONDS_BEFORE.search(self.low, max(self.line_start(pos), pos - 30), pos) is not None

    def dot_leader(self, pos: int) -> bool:
        """Whether the number ending at ``pos`` is the value of a dot-leader row ("Grip
        strength ....... 21 kg"): a run of dots (or an ellipsis) between a label and it."""
        return _DOT_LEADER.search(self.low, max(self.line_start(pos), pos - 24), pos) is not None

    def distance(self, pos: int, end: int) -> bool:
        """Whether a spaced "m" after the number ending at ``pos`` is metres: a word of moving
        a distance before the number ("walk 400 m", "ran the 200 m") or after the unit ("a
        400 m walk"), a height climbed after it ("900 m of ascent"), or a distance the clause
        changes by or reaches ("distance rose by 25 m").
        A spaced "m" alone is as often minutes, months or millions."""
        low = self.low
        if _DISTANCE_AFTER.match(low, end) or _ELEVATION_AFTER.match(low, end):
            return True
        start = max(self.line_start(pos), pos - 40)
        if _DISTANCE_BEFORE.search(low, start, pos) is not None:
            return True
        if "distance" not in low[self.line_start(pos) : pos]:
            return False
        return _DISTANCE_CHANGE.search(low, start, pos) is not None \
            or _DISTANCE_LABEL.search(low, self.line_start(pos), pos) is not None

    def noun_after(self, pos: int) -> tuple[str, str, int, str] | None:
        """(kind, normalised, end, noun phrase) for a counted noun after up to 3 modifiers."""
        if self.low[pos + 2 : pos + 3] == "." and (abbr := _DOTTED_ABBREVIATION.match(self.text, pos)):
            # "three U.S. hospitals", "12 U.K. clinics": a dotted abbreviation in capitals modifies
            # the noun after it as a plain word does
            rest = self.noun_after(abbr.end())
            return None if rest is None else (*rest[:3], self.text[abbr.start("a") : rest[2]])
        m = _NEXT_WORDS.match(self.low, pos)
        if m and self.low[m.end() : m.end() + 1] == "\n" and m.end() - self.line_start(pos) >= 40 \
                and m.lastindex is not None and m.lastindex < 4 \
                and (wrapped := _WRAPPED_WORDS.match(self.low, pos)) is not None \
                and wrapped.lastindex is not None and wrapped.lastindex > m.lastindex:
            m = wrapped  # the phrase runs on past a hard line break ("1,200 former" / "staff ...")
        if not m or self.low[m.end() : m.end() + 2].lstrip(_SPACES)[:1] in _QUOTES:
            quoted = self.quoted_rate(pos)
            if quoted is not None or not m:
                return quoted
        if ("over" in m.group() or "under" in m.group()) and (band := _AGE_GROUP_NOUN.match(self.low, pos)):
            # "45 formerly idle over-70s": people of an age group; the band stays an age
            return "pop", W.HUMAN_UNIT, band.start("band"), self.text[pos : band.start("band")].strip()
        words = [w for w in m.groups() if w]
        for i, w in enumerate(words):
            if i == 0 and w in ("more", "fewer") and len(words) > 1 and _is_plural_noun(words[1]) \
                    and words[1] not in W.POPULATION_NOUNS and words[1] not in W.UNIT_SURFACES:
                return "count", words[1], m.end(2), words[1]  # "1.6 more words": a difference
            if i == 0 and w in ("more", "fewer") and len(words) > 1 and words[1] in W.POPULATION_NOUNS \
                    and self.verb_object(self.anchor):
                # "hire 12 more nurses": people added, the object of a verb; "12 more joined"
                # (a subject, a difference in a sample) stays out
                return "pop", words[1], m.end(2), self.text[m.start(1) : m.end(2)]
            if i == 0 and w == "other" and len(words) > 1 and (words[1] in W.POPULATION_NOUNS or (
                    words[1].endswith(("ers", "ists")) and words[1] not in W.NOT_PEOPLE_ERS)):
                # "six other volunteers", "two other rowers": more of the people, counted
                kind = "pop" if words[1] in W.POPULATION_NOUNS else "count"
                return kind, words[1], m.end(2), self.text[m.start(1) : m.end(2)]
            if i == 0 and w in ("more", "fewer") and len(words) > 2 and _more_modified(words[1], words[2]):
                return "count", words[2], m.end(3), words[2]  # "2.5 more arm curls": a difference
            if w in W.POPULATION_NOUNS:
                if i <= 3:
                    return "pop", w, m.end(i + 1), self.text[m.start(1) : m.end(i + 1)]
                return None
            unit = W.UNIT_SURFACES.get(w)
            if w == "mi" and self.text[m.start(i + 1)] != "m":
                unit = None  # "2 MI": infarctions, not miles
            if unit and unit[1] in ("freq", "times", "dose") and unit[0] not in ("m", "g"):
                if i <= 2 and (i == 0 or unit[1] == "freq" or (
                        i == 1 and words[0] in W.INCREMENT_WORDS)):  # "1,000 extra steps"
                    return unit[1], unit[0], m.end(i + 1), w
                if i == 3 and unit[1] == "freq" and self.rate_after(m.end(4)) \
                        and not any(_is_plural_noun(x) for x in words[:3]):
                    # "two supervised indoor cycling classes a week": a rate after the noun
                    # lets a third modifier stand before a session word
                    return unit[1], unit[0], m.end(4), w
                if i == 1 and unit[0] in (*W.SET_UNITS, *W.HOUSEHOLD_UNITS) and not (
                        _is_plural_noun(words[0]) or words[0] in W.NOT_MODIFIERS
                        or (unit[0] in W.SET_UNITS and _OF_WORD.match(self.low, m.end(2)))):
                    # "3 main sets of data" are no sets; "2 heaped teaspoons of sugar" are spoons
                    return "dose", unit[0], m.end(2), w  # "three good reps", "2 heavy sets"
                if i in (1, 2) and unit[0] in W.MEAL_UNITS and self.rate_after(m.end(i + 1)) and not any(
                        _is_plural_noun(x) or x in W.NOT_MODIFIERS or x in W.UNIT_SURFACES
                        or x in W.INCREMENT_WORDS for x in words[:i]):
                    return unit[1], unit[0], m.end(i + 1), w  # "two fish meals a week": that food's dose
                if i == 1 and unit[0] == "steps" and words[0] in W.STEP_MATERIALS:
                    return "count", unit[0], m.end(2), self.text[m.start(1) : m.end(2)]  # "40 stone steps": a stair
                if i == 1 and unit[0] == "steps" and words[0] in W.STEP_MANNERS and len(words) > 2 \
                        and words[2] in W.STEP_DIRECTIONS:
                    return "dose", unit[0], m.end(2), w  # "three quick steps back"
                return None
            if i and i <= 2 and unit and unit[1] == "time" and self.rate_after(m.end(i + 1)):
                return "freq", unit[0], m.end(i + 1), w  # "2 strength days per week"
            if i == 1 and unit and unit[0] in W.KIND_TIME_UNITS and not (
                    words[0] in W.NOT_MODIFIERS or words[0] in W.UNIT_SURFACES or _is_plural_noun(words[0])
                    or words[0] in W.MONTHS or words[0] in W.WEEKDAYS):
                return "time", unit[0], m.end(2), w  # "two hard days", "5 straight weeks"
            if i == 0 and w in W.INCREMENT_WORDS and len(words) > 1 and W.UNIT_SURFACES.get(
                    words[1], ("", ""))[1] in ("freq", "times", "dose"):
                continue  # "1–2 more sets", "two fewer sessions": the unit follows the increment
            if i == 0 and w in W.INCREMENT_WORDS and len(words) > 1 and words[1] in W.MODIFIED_VERB_PLURALS:
                continue  # "3.4 more laps": no verb follows an increment, the plural is counted
            if i == 1 and w in ("and", "or") and len(words) > 3 and words[0] in W.GROUP_ADJECTIVES \
                    and words[2] in W.GROUP_ADJECTIVES:
                continue  # "36 male and female rats", "60 young and old adults"
            if i == 1 and w in ("and", "or") and len(words) > 3 and words[3] in W.POPULATION_NOUNS \
                    and _noun_modifier(words[0]) and _noun_modifier(words[2]) \
                    and self.tail(self.anchor).endswith(W.ENROLMENT_VERBS):
                continue  # "enrolled 80 farm and factory workers": the sample, described
            if i == 1 and w in ("and", "or") and len(words) > 3 and _is_plural_noun(words[3]) \
                    and self.text[m.start(1)].isupper() and self.text[m.start(3)].isupper() \
                    and not self.text[m.start(1) : m.end(1)].isupper() \
                    and not any(x in W.MONTHS or x in W.WEEKDAYS or x in W.NOT_MODIFIERS or _is_plural_noun(x)
                                for x in (words[0], words[2])):
                continue  # "nine Methodist and Baptist churches": two proper adjectives, one noun
            if i == 1 and w == "and" and len(words) == 4 and self.text[m.start(1)].isupper() \
                    and self.text[m.start(3)].isupper() and self.text[m.start(4)].isupper() \
                    and not self.text[m.start(1) : m.end(1)].isupper() \
                    and not any(x in W.MONTHS or x in W.WEEKDAYS or x in W.NOT_MODIFIERS or _is_plural_noun(x)
                                for x in (words[0], words[2], words[3])):
                # "42 Arran and North Bute residents": the second name has two words, so the
                # noun is a fifth word; the two names are read as the place words they are
                rest = self.noun_after(m.end(2))
                fifth = _FIFTH_WORD.match(self.low, m.end(4))
                if rest is not None and rest[0] in ("pop", "count") and fifth is not None and rest[2] == fifth.end():
                    return rest[0], rest[1], rest[2], self.text[m.start(1) : rest[2]]
                return None
            if i == 1 and w in ("but", "yet") and words[0] in W.GROUP_ADJECTIVES:
                rest = self.noun_after(m.end(2))  # "40 frail but otherwise stable patients"
                if rest is not None and rest[0] == "pop":
                    return "pop", rest[1], rest[2], self.text[m.start(1) : rest[2]]
                return None
            if w in W.NOT_MODIFIERS or w in W.UNIT_SURFACES:
                break
            if w in W.FREQUENCY_ADVERBS:
                return None  # "60 cycled twice daily": a verb, then its frequency; no noun counted
            if i <= 2 and len(w) > 2 and self.rate_after(m.end(i + 1)) and not _past_verb(w):
                return "freq", w, m.end(i + 1), w  # "one vigorous burst a day", "3 eggs a week"
            if i == 0 and _is_plural_noun(w):
                return "count", w, m.end(i + 1), w
            if i == 0 and w in W.MODIFIED_VERB_PLURALS and (
                    self.low[m.end(1) : m.end(1) + 1] in (",", ":", ";")
                    or _TO_NUMBER_END.search(self.low, max(0, pos - 24), pos)
                    or self.mean_or_change(pos) or self.done_object()):
                # "1,200 runs, 9,000 miles": a verb ends no list item; "from 7.5 to 10.5
                # stands": nor does it follow the far end of a change; "+2.7 runs", "managed
                # 12.6 stands": nor a signed change or a mean with decimals; "did 8 stands":
                # nor the object of a verb of doing
                return "count", w, m.end(1), w
            if i in (1, 2, 3) and not any(_is_plural_noun(x) for x in words[:i]) and (
                    _is_plural_noun(w) or w in W.MODIFIED_VERB_PLURALS) and not self.numbered_heading(
                    pos, m.start(1)) and (i < 3 or _is_plural_noun(w)):
                # "two chair stands", "200 slow heel raises", "five county senior
                # day clubs" (three modifiers before a plain plural)
                return "count", w, m.end(i + 1), w
        if len(words) == 1:
            return self.noun_after_name(m.start(1), m.end(1), words[0])
        return None

    def done_object(self) -> bool:
        """Whether the number being read is the object of a verb of doing or achieving right
        before it ("did 8 stands", "managed 14 runs"): the plural after it is what was done, no
        verb of the number."""
        a = self.anchor
        if a <= 0:
            return False
        return self.prev_word(a) in W.DOING_VERBS

    def mean_or_change(self, pos: int) -> bool:
        """Whether the number ending at ``pos`` is signed ("+3.2", "−0.5") or has decimals
        ("12.6"): a change or a mean tally, which a verb does not follow as its subject; not a
        version or model number after a capitalised name ("Release 2.4 runs ...")."""
        a = self.anchor
        if a < 0 or a >= pos:
            return False
        num = self.low[a:pos]
        signed = (a > 0 and self.low[a - 1] in "+−±") or num[:1] in "+−±"
        decimal = "." in num and num.replace(".", "", 1).replace(",", "").isdigit()
        return (signed or decimal) and not _NAME_BEFORE.search(self.text, max(0, a - 30), a)

    def verb_object(self, s: int) -> bool:
        """Whether the number at ``s`` follows a lower-case word of three letters or more that
        is no function word: the object of a verb ("hire 25 more ...", "recruit 12 more ...")."""
        prev = self.tail(s).rsplit(" ", 1)[-1]
        return len(prev) >= 3 and prev.isalpha() and prev.islower() and prev not in W.NOT_MODIFIERS

    def quoted_rate(self, pos: int) -> tuple[str, str, int, str] | None:
        """A counted noun in quotes before a rate: "four 'sprints' a week" is a frequency as
        "four sprints a week" is. Only with a rate after it: a quote alone names no unit."""
        m = _QUOTED_NOUN.match(self.low, pos)
        if m is None:
            return None
        noun = m.group("w").split()[-1]
        if not self.rate_after(m.end()):
            return self.quoted_group(pos, m, noun)
        if noun in W.NOT_MODIFIERS or noun in W.UNIT_SURFACES or not _is_plural_noun(noun):
            return None
        return "freq", noun, m.end(), self.text[pos : m.end()].lstrip()

    def quoted_group(self, pos: int, m: re.Match[str], noun: str) -> tuple[str, str, int, str] | None:
        """"compared 54 "veteran athletes" with ...", "12 'super agers'": a plural noun
        phrase in quotes right after the number (a coined name for a group) is counted as the
        plain noun would be: people when it ends in a population noun."""
        if self.low[pos : m.start("w") - 1].strip(_SPACES) not in ("", *W.PERIOD_ADVERBS, *W.SEVERITY_WORDS):
            return None  # "four good 'sprints'": ironic quotes after an evaluative word; "three
            # daily 'walks'" counts them as "three daily walks" does, "two minor 'slips'" as
            # "two minor slips"
        a = self.anchor
        name = _NAME_BEFORE.search(self.text, max(0, a - 30), a) if 0 <= a < pos else None
        if self.low[a:pos] in ("1", "one") or (name is not None and not self.opens_sentence(name.start())):
            return None  # 'Protein 2 "drives" ...': the number of a name, a quoted verb after it
        if noun in W.POPULATION_NOUNS:
            return "pop", noun, m.end(), self.text[pos : m.end()].lstrip()
        if noun in W.NOT_MODIFIERS or noun in W.UNIT_SURFACES or not _is_plural_noun(noun):
            return None
        return "count", noun, m.end(), self.text[pos : m.end()].lstrip()

    def noun_after_name(self, start: int, end: int, word: str) -> tuple[str, str, int, str] | None:
        """The counted noun behind a modifier that stops the plain word run: adjectives
        listed with commas before people ("40 healthy, non-smoking adults"; the first one a
        known group adjective, the noun a population noun) or a kind named by a label and its
        number ("5 Zone 2 rides a week", "12 type 2 diabetics")."""
        low = self.low
        nxt = low[end : end + 1]
        if nxt == "," and word in W.GROUP_ADJECTIVES:
            rest = self.noun_after(end + 1)
            if rest is not None and rest[0] == "pop":
                return "pop", rest[1], rest[2], self.text[start : rest[2]]
        elif nxt in _SPACES and word in W.KIND_LABELS and (label := _LABEL_NUMBER.match(low, end)):
            rest = self.noun_after(label.end())
            if rest is not None and rest[0] in ("pop", "freq", "count", "dose"):
                return rest[0], rest[1], rest[2], self.text[start : rest[2]]
        elif nxt in _SPACES and low[end + 1 : end + 2] == "(" and (gloss := _GLOSS.match(low, end)):
            # "four buurthuizen (community centres)": a word of another language, glossed in
            # brackets by an English plural: counted as the gloss is
            noun = gloss.group("g").split()[-1]
            if noun in W.POPULATION_NOUNS:
                return "pop", noun, gloss.end(), self.text[start : gloss.end()]
            if _is_plural_noun(noun) and noun not in W.NOT_MODIFIERS and noun not in W.UNIT_SURFACES \
                    and not _is_plural_noun(word) and word not in W.UNIT_SURFACES and word not in W.NOT_MODIFIERS:
                return "count", noun, gloss.end(), self.text[start : gloss.end()]
        return None

    def year_denominator(self, pos: int, denom: tuple[float, int]) -> bool:
        """"rose to 30 in 2020": four plain digits of a year after "in" date the number, they
        do not divide it ("1 in 2000 births" counts its noun; "1 in 2,000" groups its digits)."""
        return 1900 <= denom[0] <= 2099 and denom[1] - pos == 4 and self.low[pos : pos + 4].isdigit() \
            and self.noun_after(denom[1]) is None

    def numbered_heading(self, pos: int, word: int) -> bool:
        """"3.3 Fuelling old mitochondria": a section number opening its line before a
        capitalised word, not a count of what the title names."""
        lead = self.text[self.line_start(pos) : pos].strip(_LINE_LEAD)
        return self.text[word : word + 2].istitle() and lead.replace(".", "").isdigit()

    def rate_after(self, pos: int) -> bool:
        """A rate ("a day", "per week", "weekly") at ``pos`` that is not a time point
        ("a year later")."""
        per = _PER.match(self.low, pos)
        return per is not None and _NOT_RATE_AFTER.match(self.low, per.end()) is None

    def wrapped_cue(self, pattern: re.Pattern[str], s: int) -> re.Match[str] | None:
        """``pattern`` ending the line before when the number at ``s`` opens a hard-wrapped
        line ("in adults aged\n65–79: secondary analysis", a PDF's title wrapped before its
        number). A blank line or a line ending in punctuation is no wrap."""
        ls = self.line_start(s)
        if ls < 2 or self.text[ls:s].strip(_SPACES) or not self.text[ls - 2].isalpha():
            return None
        return pattern.search(self.low, max(self.nl.rfind("\n", 0, ls - 1) + 1, ls - 41), ls - 1)

    def people_next(self, pos: int) -> bool:
        """Whether one of the three words from ``pos`` names people ("in older women")."""
        words = _WORD.findall(self.low, pos, min(len(self.low), pos + 40))[:3]
        return any(w in W.POPULATION_NOUNS or w in W.AGE_PERSON_WORDS for w in words)

    def opens_sentence(self, pos: int) -> bool:
        """Whether ``pos`` starts a sentence, a line or a quote (markup and quote marks aside)."""
        before = self.text[self.line_start(pos) : pos].rstrip(_OPENERS)
        return not before or before.endswith((".", "!", "?", ":"))

    def whole_sentence_words(self, s: int, e: int) -> set[str]:
        """``sentence_words`` across semicolons: "NAD+ falls as we age; it may halve ..."."""
        low = self.low
        a = max(self.line_start(s), s - 250)
        a = max([a] + [low.rfind(p, a, s) + 1 for p in (". ", "? ", "! ")])
        b = low.find("\n", e, e + 250)
        b = e + 250 if b < 0 else b
        ends = [i for i in (low.find(p, e, b) for p in (". ", "? ", "! ")) if i >= 0]
        return set(_WORD.findall(low, a, min(ends) if ends else b))

    def sentence_words(self, s: int, e: int) -> set[str]:
        """The words of the sentence around ``s``..``e`` (same line, at most 250 characters
        either side)."""
        return set(_WORD.findall(self.low, *self.sentence_bounds(s, e)))

    def sentence_bounds(self, s: int, e: int) -> tuple[int, int]:
        """Start and end of the clause-level sentence around ``s``..``e`` (see ``sentence_words``)."""
        low = self.low
        a = max(self.line_start(s), s - 250)
        a = max([a] + [low.rfind(p, a, s) + 1 for p in (". ", "? ", "! ", "; ")])
        b = low.find("\n", e, e + 250)
        b = e + 250 if b < 0 else b
        ends = [i for i in (low.find(p, e, b) for p in (". ", "? ", "! ", "; ")) if i >= 0]
        return a, min(ends) if ends else b

    def about_tempo(self) -> bool:
        """Whether the article speaks of lifting tempo (computed once)."""
        if self.tempo is None:
            self.tempo = _TEMPO_WORD.search(self.low) is not None
        return self.tempo

    def about_ageing(self) -> bool:
        """Whether the article talks about ageing at all (computed once)."""
        if self.ageing is None:
            self.ageing = _AGEING_DOC.search(self.low) is not None
        return self.ageing

    def special_unit(self, q: Quantity, s: int, num_end: int, kind: str) -> Quantity | None:
        """Clock times ("10 pm": hours after midnight, 22), pence ("45p per mile") and ranks
        ("the 4th percentile")."""
        low = self.low
        if kind == "rank":
            q.measure = "measurement"
            return q
        values = [v for v in (q.value, q.low, q.high) if v is not None]
        if kind == "clock":
            if q.comparator is not None or not all(1 <= v <= 12 and float(v).is_integer() for v in values):
                return None
            pm = "p" in low[num_end : q.end]
            q.value = None if q.value is None else q.value % 12 + (12 if pm else 0)
            q.low = None if q.low is None else q.low % 12 + (12 if pm else 0)
            q.high = None if q.high is None else q.high % 12 + (12 if pm else 0)
            q.measure = "date/metadata"
            return q
        # pence: glued "45p" only, with a rate after it or a word of paying before it
        if low[num_end : num_end + 1] != "p" and not low.startswith("pence", num_end + 1):
            return None
        per = _PER_THING.match(low, q.end)
        if per is None and not self.lookback(_MONEY_BEFORE, q.start, 30, bounded=False) \
                and not _OF_EVERY_POUND.match(low, q.end):
            return None
        if per is not None:
            q.unit, q.end = f"GBp/{per.group('w')}", per.end()
        q.measure = "count"
        return q
