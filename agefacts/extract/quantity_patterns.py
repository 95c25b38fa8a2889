"""Compiled patterns and word tables of the quantity scan, built once at import.

Every pattern runs on the ASCII-lowered text (``lower_same_length``) and is anchored
(``pattern.match(low, pos)``) so the scan stays linear; ``_rx`` fills ``_S_`` (same-line spaces) and
``{{name}}`` word alternations from ``quantity_words``.
"""

from __future__ import annotations

import re
from typing import Any

import ahocorasick_rs

from agefacts.extract import quantity_words as W


def _alt(words: Any) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _alt_by_first(words: Any, ignorecase: bool = False) -> str:
    """``_alt(words)`` with the words grouped under their first character ("m(?:mol/l|g|)|p(?:...)"):
    ``re`` tries an alternation's branches one by one, so a long word list (the 261 unit surfaces)
    costs a compare per word at every try; grouped, one per first character. Same matches: at a
    position just the words of one group can match (the groups' first characters match disjoint
    sets of characters), and each group keeps their order (longest first), so the first word that
    matches, and the next on backtracking, is the same. Under IGNORECASE the groups are keyed by
    the lower-cased character ("R..." and "r..." together, written out whole), and a list with a
    non-ASCII first character is left as ``_alt`` makes it (its case pairs are many)."""
    ordered = sorted(set(words), key=len, reverse=True)
    if ignorecase and not all(w[0].isascii() for w in ordered):
        return _alt(words)
    groups: dict[str, list[str]] = {}
    for w in ordered:
        groups.setdefault(w[0].lower() if ignorecase else w[0], []).append(w)
    branches = []
    for group in groups.values():
        first = group[0][0]
        if all(w[0] == first for w in group):
            branches.append(f"{re.escape(first)}(?:{'|'.join(re.escape(w[1:]) for w in group)})")
        else:
            branches.append(f"(?:{'|'.join(re.escape(w) for w in group)})")
    return "|".join(branches)


_SP = r"[ \u00a0\u202f\u2009]"  # same-line spaces, including non-breaking and thin spaces


def _whole_branches(pattern: str, slot: str) -> bool:
    """Whether every ``slot`` in ``pattern`` stands as whole branches of its group: opened by
    "(", "(?:", "(?i:", "(?P<name>" or "|" and closed by ")" or "|". Only then may its words be
    regrouped: in "[-−]?{{num}}" the sign belongs to the first word alone."""
    pieces = pattern.split(slot)
    return all(re.search(r"(?:(?<!\\)[(|]|\(\?i?:|\(\?P<\w+>)$", before) for before in pieces[:-1]) \
        and all(after[:1] in (")", "|") for after in pieces[1:])


def _rx(pattern: str, **alts: Any) -> re.Pattern[str]:
    """Compile ``pattern`` with ``_S_`` as a same-line space and ``{{name}}`` as a word list.
    A word list filling whole branches of its group is grouped by first character
    (``_alt_by_first``: the same matches, fewer tries)."""
    for name, words in alts.items():
        slot = f"{{{{{name}}}}}"
        if isinstance(words, str):
            pattern = pattern.replace(slot, words)
            continue
        grouped = _alt_by_first(words, "(?i" in pattern) if _whole_branches(pattern, slot) else _alt(words)
        pattern = pattern.replace(slot, grouped)
    return re.compile(pattern.replace("_S_", _SP))


_WORD_NUMBERS = (
    set(W.UNITS) | set(W.TENS) | {"hundred", "thousand", "dozen"} | set(W.SPECIAL)
    | set(W.FRACTION_WORDS) | set(W.FOLD_WORDS) | set(W.FOLD_VERB_FORMS) | set(W.DECADE_WORDS)
)
_LONG_PERIODS = [k for k in W.PERIODS if len(k) > 1]
_DIGIT_RUN = re.compile(r"[0-9]+")
#: A digit run that can open a quantity: not glued to a name, symbol or version ("ABC7",
#: "v2", "a_3", "#4", "3:45", "2,5" after a digit), the runs ``_Scanner.identifier_context`` turns
#: away, so they are never scanned ("x3" after no letter stays: "x3 per week"). ``\w`` is
#: ``str.isalnum`` plus "_", ``[^\W_]`` exactly ``str.isalnum``. The digit comes first so the
#: engine searches for it at string-search speed; the checks look behind it. A count after a
#: count by sex and its slash ("11 M/9 F", "10 F/12 M") opens one too.
_ANCHOR_RUN = re.compile(
    r"[0-9](?:(?<=(?<![\w#^])[0-9])(?<=(?<![^\W_][/:,.])[0-9])|(?<=(?<![^\W_])[xX][0-9])"
    r"|(?<=[0-9][ \u00a0][MF]/[0-9])|(?<=[0-9e]\^[0-9])|(?<=(?<![\w.])Rs\.[0-9])"
    r"|(?<=(?<![\w.])Rs[0-9])|(?<=(?<![\w.])RM[0-9])"
    + "".join(rf"|(?<=(?<![\w.]){p}[0-9])" for p in W.LETTER_CURRENCY_PREFIXES)
    + r"|(?<=(?<![\w.])[{}][0-9])".format("".join(sorted(W.SCALED_LETTER_CURRENCIES)))
    + "".join(rf"|(?<=(?<![\w.]){p}[0-9])" for p in W.LABEL_LETTER_CURRENCIES)
    + r"|(?<=(?<![\w.])(?:{})[0-9])".format("|".join(sorted(W.ISO_CURRENCY_CODES)))
    + r")[0-9]*"  # "(11 M/9 F)":
    # counts by sex; "2^0.5": an exponent, read only when evaluated ("≈ 1.41", see
    # ``_Scanner.exponent``); "Rs.500", "Rs500": rupees; "R450", "N2,500", "Dh90": a letter
    # currency (``W.LETTER_CURRENCIES``), read only where money is spoken of
    # (``ContextRules.letter_currency``); "RM250,000": ringgit; "KRW12,000": an ISO 4217 code
    # glued as a sign (``W.ISO_CURRENCY_CODES``, read by ``ContextRules.iso_currency``);
    # "K3.2 million": a one-letter sign before a scaled amount (``W.SCALED_LETTER_CURRENCIES``)
)
_A_UNITS = ("minute", "hour", "day", "week", "month", "year", "decade")
#: Units of a dose said with "a" for one ("a gram a day", "a serving a week"): read only before
#: a rate, the one context where "a" is a number ("a gram of protein" is not).
_A_DOSE_UNITS = ("gram", "serving", "mile", "session")
_A_DOSE_PERIODS = ("day", "week", "month")
#: Amounts said with "a" for one ("about a pound of body fat", "an extra litre"): read only after
#: an approximation or with "extra", where "a" is a number ("a kilo of flour" is not).
_A_AMOUNT_UNITS = ("kilo", "kilogram", "kilogramme", "pound", "litre", "liter")
#: Words that stress the one ("for a whole month", "a single serving a day", "an entire
#: week"): the phrase counts one unit as "a year" does, under the same conditions.
_A_STRESS = ("full", "whole", "entire", "single")


#: A rhythm named without a number: "every other day" is once per two days.
_RHYTHM_WORDS = {"every other": 2, "every second": 2, "alternate": 2}
_RHYTHM_PERIOD = re.compile(r"[ \u00a0](?P<p>day|week|month|night|year)(?P<pl>s)?(?![a-z])")


def _word_keys() -> list[str]:
    """Number words and "a year"-style phrases, found by ``_WORD_AUTOMATON``."""
    keys = set(_WORD_NUMBERS) | set(W.VULGAR_FRACTIONS) | {"point"} | set(_RHYTHM_WORDS) | set(W.MULTIPLE_WORDS)
    for unit in (*_A_UNITS, *_A_DOSE_UNITS, *_A_AMOUNT_UNITS):
        for art in ("a", "an"):
            for space in (" ", "\u00a0"):
                keys.add(f"{art}{space}{unit}")
    for unit in (*_A_UNITS, *_A_DOSE_UNITS):  # "for a whole month", "a single serving a day"
        keys.update(f"{art} {stress} {unit}" for art in ("a", "an") for stress in _A_STRESS)
    keys.update(f"an extra {unit}" for unit in _A_AMOUNT_UNITS)
    return sorted(keys)


_WORD_KEYS = _word_keys()
#: Every occurrence of every key, overlapping ones included: one pass of the Rust automaton
#: instead of a regex alternation (which Python's engine tries word by word at every position).
_WORD_AUTOMATON = ahocorasick_rs.AhoCorasick(_WORD_KEYS, matchkind=ahocorasick_rs.MatchKind.Standard)
#: Digits as numbers are written: English thousands groups ("1,250,000"), Indian ones ("1,73,000",
#: "12,50,000": lakh and crore groups of two before the last three), Swiss and Liechtenstein
#: apostrophe groups ("1'250", "85'000": only three digits after each mark, so feet and inches
#: "5'10" stay out), spaced groups, decimals.
_DIGITS = _rx(
    r"(?:\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?"
    r"|\d{1,3}(?:['\u2019]\d{3})+(?![\d'\u2019])(?:\.\d+)?|(?P<grp>\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d,]))(?:\.\d+)?"
    r"|\d+(?:\.\d+)?|\.\d+)"
    r"(?:_S_(?P<mult>million|billion|trillion|thousand|lakhs?|crores?)(?![a-z]))?"
)
#: A decimal comma (translated or continental text): "1,5", "0,98", "11,2". One or two digits
#: after the comma can't be an English thousands group; a third number ("1,2,3") makes a list.
_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}(?!\d|,\d)")
#: Every decimal-comma number of a document that may confirm the document writes them (read
#: with a unit after it, or a leading zero a thousands group never has: "p = 0,04").
_DECIMAL_COMMA_ANY = re.compile(r"(?<![\w.,\[^])(?:(?P<z>0)|[1-9]\d*),\d{1,2}(?!\d|,\d)")
#: What follows a decimal-comma number that makes it the first of a list ("3,5, 7 and 9",
#: "2,4 and 6"): another bare integer.
_COMMA_LIST_AFTER = re.compile(r"(?:_S_*,_S_*|_S_+(?:and|or|&)_S_+)\d+(?![\d,.])".replace("_S_", "[ \u00a0]"))
#: "1.250" before a counted people noun: a fraction of a person is impossible, so the dot groups
#: thousands (German and other continental text); elsewhere "1.250" stays 1.25.
_DOT_THOUSANDS = re.compile(r"[1-9]\d{0,2}\.\d{3}")
_WORDNUM = _rx(
    r"(?:(?P<tens>{{tens}})(?:[- ](?P<tu>{{units1}})(?![a-z]))?|(?P<unit>{{units}}))(?![a-z])"
    r"(?:_S_(?P<mult>hundred|thousand|million|billion|trillion|lakhs?|crores?|dozen)(?![a-z])"
    # "one hundred and two", "three hundred and fifty-two": the rest after "hundred and" (not a
    # range's second end: "between one hundred and two hundred")
    r"(?:(?<=hundred)_S_and_S_(?:(?P<rtens>{{tens}})(?:[- ](?P<rtu>{{units1}})(?![a-z]))?|(?P<runit>{{units1}}))"
    r"(?![a-z])(?!_S_(?:hundred|thousand|million|billion)))?)?",
    tens=W.TENS, units1=[k for k in W.UNITS if k != "zero"], units=W.UNITS,
)
#: The rest of "a hundred and thirty-one" after "a hundred" (``_WORDNUM`` reads "one hundred and ...").
_HUNDRED_AND = _rx(
    r"_S_and_S_(?:(?P<rtens>{{tens}})(?:[- ](?P<rtu>{{units1}})(?![a-z]))?|(?P<runit>{{units1}}))"
    r"(?![a-z])(?!_S_(?:hundred|thousand|million|billion))",
    tens=W.TENS, units1=[k for k in W.UNITS if k != "zero"],
)
#: A determiner after "doubled as" ("doubled as a clinic", "doubled as their gym"): a role served,
#: not a twofold change ("doubled as much as", "doubled as expected" keep theirs).
_AS_ROLE = re.compile(r"(?:an?|the|his|her|its|their|our|my|your)[ \u00a0]")
_SUSPENDED_TO = _rx(r"[-‑]_S_+to_S_+(?=\d)")
#: A range spelled with hyphens ("45-to-60 minutes", "a 3-to-5-day trip"): read as "45 to 60".
_HYPHEN_TO = re.compile(r"[-‑]to[-‑](?=\d)")
_CONN = _rx(r"_S_*(?:->|[-‑]to[-‑](?=\d)|[-–—‑]|to|through|and|or|vs\.?|versus|→|⟶)_S_*")
#: A sex after a count inside a bracketed breakdown, case-sensitive: "(11 M/9 F)", "(22 F)".
_SEX_COUNT = re.compile(r"[ \u00a0]?(?:[MF]|males?|females?)(?=[ \u00a0]?[)/,;])")
#: People or their count in the clause before a terse age span ("women 68–79 y", "n=40 (22 F),
#: 68–79 y"): no sentence or clause break (".", ";") between them.
_PEOPLE_BEFORE = _rx(
    r"(?:(?<![a-z])(?:{{pop}})|(?<![a-z])n_S_*[=≈]_S_*\d[\d,]*(?:_S_*\([^()]{0,20}\))?)[^.;:\n]{0,24}$",
    pop=[k for k, v in W.POPULATION_NOUNS.items() if v in ("human", None)] + list(W.PEOPLE_GROUP_WORDS),
)
#: Animals right before an age counted in months or weeks ("mice 18–24 mo", "rats (20 months)").
_ANIMALS_BEFORE = _rx(
    r"(?<![a-z])(?:{{pop}})_S_*\(?_S_*$",
    pop=[k for k, v in W.POPULATION_NOUNS.items() if v != "human"],
)
#: What makes months or weeks after animals a time they spent ("mice (8 weeks of training)").
_SPENT_AFTER = _rx(r"_S_+(?:of|on|in|with|after|before|later|post|into)(?![a-z])")
#: "-old" after an age's unit other than years ("24-month-old", "3 weeks old").
_OLD_AFTER = _rx(r"(?:_S_|-)+olds?(?![a-z])")
#: A compound modifier whose number counts its noun ("a 15-word list", "a 10-item scale").
_GROUP_SIZE_MODIFIER = _rx(r"[-‑](?:{{w}})(?=_S_+[a-z])", w=W.GROUP_SIZE_MODIFIERS)
#: What follows "met" as a verb: an object's determiner ("met the criteria", "met all goals").
_MET_VERB = _rx(r"_S_+(?:the|a|an|all|both|each|every|their|his|her|its|our|with|criteria|guidelines)(?![a-z])")
#: A bold number's closing marks before the word it counts ("**28** days left").
_BOLD_CLOSE = _rx(r"(?:\*\*|__)(?=_S_+[a-z])")
_COUNTED_MODIFIER = _rx(r"[-‑](?P<w>{{w}})(?=_S_+[a-z])", w=W.COUNTED_MODIFIERS)
#: A span of ages in years or months right after a label word ("cohort 60–70 y").
_LABELLED_SPAN = _rx(r"_S_*[-–—‑]_S_*\d{1,3}_S_*(?:y|yrs?|years|mo|months)(?![a-z])")
#: A multiplier after the number: "protein 2.1-fold" is a fold change, not protein number 2.1.
_FOLD_AFTER = _rx(r"_S_*[-‑]?_S_*fold(?![a-z])")
_SEX_SLASH = re.compile(r"(?<![^\W\d_])[0-9]+[ \u00a0][MF]/$")
_SEX_AFTER = _rx(r"_S_*(?:m|f|men|women|males?|females?|boys|girls)(?![a-z])")
_AND_A_HALF = _rx(r"_S_+and_S_+an?_S_+half(?![a-z‑-])")
#: A value compared with, or summarising, the one just before it ("vs ~300", "(median 16)").
#: ", against" set off by its comma ("an index of 84.1, against 78.3") is "vs" too.
_VS_BEFORE = _rx(r"(?<![a-z])(?:vs\.?|versus|compared_S_+(?:with|to)|median|(?:up|down)_S_+from|,_S_*against)_S_*$")
#: A change set against another with the same comparative after both: "4.1 more squats in
#: a minute (against 1.2 more in the controls)": the second takes the first's counted noun
#: (see ``_Scanner.echoed_change``).
_AGAINST_BEFORE = _rx(r"(?<![a-z])(?:against|vs\.?|versus|compared_S_+(?:with|to))_S_+$")
_ECHO_WORD = re.compile(r"[ \u00a0](?P<w>more|fewer)(?![a-z])")
#: A value put in place of an earlier one: "36 hours now, instead of the 12 you took then",
#: "rather than 10": it takes that one's unit (see ``_Scanner.compared_value``).
_INSTEAD_BEFORE = _rx(r"(?<![a-z])(?:instead_S_+of|rather_S_+than)(?:_S_+the)?_S_+$"
                     # "lower than the 27 set by others": a definite value set against the one
                     # before it, the same measure
                     r"|(?<![a-z])(?:lower|higher|less|more|greater|smaller|larger|stricter|looser)"
                     r"_S_+than_S_+the_S_+$")
#: The same after a value: "scored 8.4 instead of 6.9 points": the value put first takes the
#: unit or counted noun of the one it replaces (see ``_Scanner.compared_value``).
_INSTEAD_AFTER = _rx(r"_S_+(?:instead_S_+of|rather_S_+than)_S_+(?=\d)")
_SENTENCE_GAP = re.compile(r"[.!?;][\s\u00a0]|\n")
_CURRENCIES = W.CURRENCY_SIGNS
#: A currency abbreviation right before a number ("Rs 450", "Rs.2,500", "INR 300").
_CURRENCY_WORD = re.compile(
    r"(?<![\w.])(?P<c>{})[ \u00a0]?$".format("|".join(re.escape(w) for w in sorted(W.CURRENCY_WORDS, key=len, reverse=True)))
)
#: Words of money that make a glued letter before an amount a currency ("cost about R450").
_MONEY_CUE = re.compile(
    r"(?<![a-z])(?:costs?|costing|price[sd]?|pa(?:y|ys|id|ying)|spen(?:d|ds|t|ding)|charge[sd]?"
    r"|fees?|budgets?|afford|worth|sav(?:e|es|ed|ing)|salar(?:y|ies)|wages?|stipends?|grants?"
    r"|fund(?:s|ed|ing)?|invest(?:s|ed|ing|ments?)?)(?![a-z])"
)
#: What may follow a letter-currency amount: a scale, a rate or link word, a noun of money, a
#: range dash or a clause end ("R450 a month", "R2.5bn", "a Sh90,000 grant", "R400–R600", "about
#: R650."); not a counted noun ("R800 tickets"), a letter ("R2D2") or a sign ("R2 = 0.4").
_MONEY_AFTER = re.compile(
    r"[0-9,'\u2019]*(?:\.[0-9]+)?(?:(?:bn|m|k)(?![A-Za-z])|[ \u00a0]+(?:a|an|per|each|every|for|and|or|to|in|on|at"
    r"|from|with|million|billion|trillion|thousand|grants?|fees?|budgets?|loans?|fines?|subsid(?:y|ies)"
    r"|allowances?|stipends?|prizes?|payments?|donations?|investments?)(?![A-Za-z])"
    r"|[ \u00a0]*[–—]|[.,;!?)\]](?![0-9])|[ \u00a0]*$)"
)
#: A currency sign after its amount ("350 kr", "90 Kč", "1 200 zł": ``W.CURRENCY_SIGNS_AFTER``), then
#: no letter or digit ("kr." ends a sentence or abbreviates).
_SIGN_AFTER = re.compile(r"[ \u00a0]?(?P<c>kr|zł|Kč)(?![A-Za-z0-9\u0080-\u024f])")
#: The shape of an amount after a glued ISO 4217 code ("KRW12,000", "PHP850", "CHF1.2 million",
#: "SGD3bn"): thousands grouped, three digits or more, or scaled; then no letter or digit.
_ISO_AMOUNT = re.compile(
    r"(?:[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]{1,3}(?:['\u2019][0-9]{3})+(?:\.[0-9]+)?|[0-9]{3,}(?:\.[0-9]+)?"
    r"|[0-9]+(?:\.[0-9]+)?(?=bn|m|k|[ \u00a0]+(?:million|billion|trillion|thousand)(?![A-Za-z])))"
    r"(?![0-9]|[.,][0-9])(?:(?:bn|m|k)(?![A-Za-z])|(?![A-Za-z]))"
)
#: A money scale after a letter-currency amount ("Sh48 million", "R2.5bn"): money without a
#: word of money before it (a symbol or a label is not scaled by millions).
_SCALED_AFTER = re.compile(
    r"[0-9,]*(?:\.[0-9]+)?(?:bn(?![a-z])|[ \u00a0]+(?:million|billion|trillion)(?![a-z]))")
#: A number that ends in a multiplier word ("34 crore", "2.1 million"): a count even alone.
_MULT_END = re.compile(r"[ \u00a0](?:thousand|million|billion|trillion|lakhs?|crores?)$")
#: "£2.3bn", "$4 million", a compound modifier "a £25-million grant" (hyphen before the scale).
_MONEY_SUFFIX = _rx(r"(?:_S_|[-‑])?(?P<x>{{x}})(?![a-z])", x=W.MONEY_SCALES)
#: A currency named after a scaled amount, spaced or hyphenated ("4.5 billion won", "a 300
#: million-yen budget"; ``W.CURRENCY_NAMES``).
_NAMED_CURRENCY = _rx(r"(?:_S_|[-‑])(?P<c>{{c}})(?![a-z-])", c=W.CURRENCY_NAMES)
#: A currency named after an unscaled amount, spaced ("2,400 nakfa"; ``W.CURRENCY_NAMES_AFTER``),
#: matched on the lower-cased text.
_CURRENCY_AFTER = _rx(r"_S_(?P<c>{{c}})(?![a-z-])", c=W.CURRENCY_NAMES_AFTER)
_UNIT = _rx(r"(?P<sep>_S_?-_S_?|_S_)?(?P<u>{{u}})(?![a-z0-9²])", u=W.UNIT_SURFACES)
#: A dotted abbreviation in capitals before a noun ("U.S.", "U.K."), matched in the original text.
_DOTTED_ABBREVIATION = re.compile(r"[ \u00a0](?P<a>(?:[A-Z]\.){2,3})(?=[ \u00a0])")
#: A word of the run may carry Latin letters with diacritics ("848 Bogotá residents", "30 naïve
#: mice"): the text is lower-cased, so the ranges hold the lower-case Latin-1 and Latin
#: Extended-A letters (ß-ö, ø-ÿ, ā-ſ); a plain [a-z] stopped inside such a word.
_LETTER_WORD = r"[a-zß-öø-ÿ\u0100-\u017f][a-zß-öø-ÿ\u0100-\u017f'’-]*"
_NEXT_WORDS = _rx(
    r"_S_+(W)(?:_S_+(W))?(?:_S_+(W))?(?:_S_+(W))?".replace("W", _LETTER_WORD)
)
#: The same words where a hard-wrapped line breaks inside them ("1,200 former" / "factory workers
#: took part"): one line break, no blank line, between two of them (see ``_Scanner.noun_after``).
_WRAPPED_WORDS = re.compile(
    r"W+(W)(?:W+(W))?(?:W+(W))?(?:W+(W))?".replace("W+", r"(?:_SP+|_SP*\n_SP*(?=[^\s]))")
    .replace("_SP", _SP).replace("(W)", "(" + _LETTER_WORD + ")")
)
#: "four 'sprints' a week", "two short “bursts” a day": a counted noun in quotes (a coined or
#: borrowed name), one plain word allowed before the quote (see ``_Scanner.quoted_rate``).
#: A rate glued to a price by hyphens ("a £30-a-month membership", "$5-per-head"): the price
#: is read as "£30 a month" would be.
_GLUED_RATE = re.compile(r"[-‑](?:a|an|per|each)[-‑](?:day|week|month|year|night|session|class|head|person)(?![a-z])")
#: An age group named by its bound after a count, up to two adverbs or group adjectives between
#: ("45 formerly idle over-70s", "40 under-30s"): see ``_Scanner.noun_after``.
_AGE_GROUP_NOUN = _rx(
    r"(?:_S_+(?:[a-z]+ly|{{adj}})){0,2}?(?P<band>_S_+)(?:over|under)[-‑]\d{1,3}s(?![a-z0-9])",
    adj=sorted(W.GROUP_ADJECTIVES))
#: The far end of a change written before a counted noun: "from 7.5 to 10.5 stands": a verb
#: plural ("stands", "runs") after it is the noun (see ``_Scanner.noun_after``).
_TO_NUMBER_END = _rx(r"(?<![a-z])to_S_+[~≈]?_S_*\d[\d.,]*$")
#: A capitalised word right before a number ("Sestrin 2", "Zone 2"): the number may be part of a name.
_NAME_BEFORE = re.compile(r"[A-Z][\w-]*[ \u00a0]+$")
_QUOTED_NOUN = _rx(
    r"_S_+(?:[a-z][a-z-]*_S_+)?[\"'“‘](?P<w>[a-z][a-z-]*(?:_S_+[a-z][a-z-]*){0,2})[\"'”’](?![a-z])")
_PER = _rx(
    r"(?:_S_*/_S_*(?P<p1>{{p}})|_S_+(?:per|a|an|each|every)_S_+(?P<p2>{{lp}}))(?![a-z])"
    r"|(?:_S_+|-)(?P<adv>{{adv}})(?![a-z])",
    p=W.PERIODS, lp=_LONG_PERIODS, adv=W.PERIOD_ADVERBS,
)
#: "20 g of protein a day": the rate after the named substance; a preposition between
#: ("of protein within an hour of lifting") opens a time window, no rate.
_OF_PER = _rx(
    r"_S_+of(?:_S_+(?!(?:{{nw}}|within|inside|after|before|during|for|in)(?![a-z]))[a-z][a-z'’-]*){1,4}?"
    r"(?=_S_+(?:per|a|an|each|every)_S_+(?:{{lp}})(?![a-z])|_S_+(?:{{adv}})(?![a-z]))",
    lp=_LONG_PERIODS, adv=W.PERIOD_ADVERBS, nw=_WORD_NUMBERS,
)
_AGE_BAND = _rx(r"(?<![a-z])(?P<c>over|under)(?:-|_S_)$")
_NOT_RATE_AFTER = _rx(r"_S_+(?:later|after|before|earlier|ago|apart|old|into|from|on|since)(?![a-z])")
_EACH = _rx(r"_S_+each(?![a-z])(?!_S_+[a-z])")
_SUFFIX_CMP = _rx(r"_S_+(?P<c>{{c}})(?![a-z])", c=W.SUFFIX_COMPARATORS)
_PLUS = _rx(r"_S_?\+(?![0-9])")
_RATE_SECOND = _rx(r"_S_+(?:or|to)_S_+(?P<n>[0-9]{1,2})(?=_S_)")
_PERCENT_AFTER = re.compile(r"(?:[-–][0-9]+(?:\.[0-9]+)?)?[ \u00a0]?%")
#: An age's suffix, spaced, hyphenated or glued: "72 years old", "72-year-olds", "50yo", "50 y/o".
_AGE_SUFFIX = _rx(
    r"(?:(?:_S_|-)*(?:years?|yrs?|y)(?:(?:_S_|-)+olds?|_S_+of_S_+age)|(?:_S_|-)*(?:yo|y\.o\.|y/o))"
    r"(?![a-z])"
)
#: "70-somethings", "a sixty-something", "thirtysomething": an age band of ten years.
_SOMETHING = _rx(r"(?:-|‑|_S_)?something(?:s)?(?![a-z])")
_AGE_LOOKBACK = _rx(
    r"(?<![a-z])(?:(?P<cmp>before|after|over|under|above|below|past|beyond)_S_+the_S_+age_S_+of"
    r"|between_S_+the_S_+ages_S_+of|(?:mean|average|median)_S_+age(?:_S_+(?:of|was|were|is))?"
    r"|age_S_+range(?:_S_+of)?|aged(?:_S_+between|_S_+from)?|ages?(?:_S_+of)?|age[ds]?_S_*[:=])_S_*$"
)
_POP_LOOKBACK = _rx(
    r"(?:(?<![a-z])(?:{{pop}})_S_*(?:\(_S_*"
    r"|_S_+(?P<cmp>over|above|under|below|older_S_+than|younger_S_+than)_S_+|_S_+between_S_+)"
    # "54 young (20–32) and 58 older (67–81) volunteers": a counted group named by its adjective
    r"|(?<![0-9.,])[0-9][0-9,]*_S_+(?:{{adj}})_S_*\(_S_*)$",
    pop=W.POPULATION_NOUNS, adj=W.GROUP_ADJECTIVES,
)
#: A count, a group adjective and its age range in brackets ("54 young (20–32)"): a group's size.
_GROUP_ADJ_AGES = _rx(
    r"_S_+(?:{{adj}})(?=_S_*\(_S_*\d{1,3}_S_*(?:(?:[-–—‑]|to)_S_*\d{1,3}_S_*|\+_S_*)(?:(?:years|yrs?|y)_S_*)?\))",
    adj=W.GROUP_ADJECTIVES,
)
#: A stat list's item after its number ("17 — members of the lab", "- **212** — older adults"):
#: optional closing bold, a spaced dash, a description starting lower-case.
_STAT_ITEM = _rx(r"(?:\*\*|__)?_S_+[—–-](?=_S_+[a-z])")
#: A decimal said aloud: "point three eight" (0.38), "one point five".
_SPOKEN = _rx(r"point(?P<d>(?:_S_+(?:{{d}})(?![a-z‑-])){1,6})", d=W.SPOKEN_DIGITS)
_SPOKEN_AFTER = _rx(r"_S_+(?=point_S_)")
#: The statistic a spoken decimal is the value of ("the p-value ... was about point zero zero four").
_SPOKEN_STAT = _rx(
    r"(?<![a-z])(?P<k>p[- ]values?|hazard_S_+ratio|odds_S_+ratio|relative_S_+risk|risk_S_+ratio"
    r"|correlation(?:_S_+coefficient)?|effect_S_+size)(?![a-z])"
)
#: A speaker's correction before a number ("..., sorry, thirty-one").
_CORRECTION = _rx(r"(?<![a-z])(?:{{c}})_S_*[,:—–-]?_S_*$", c=W.CORRECTION_CUES)
_CORRECTION_GATE = tuple(W.CORRECTION_CUES) + tuple(c + p for c in W.CORRECTION_CUES for p in ",:—–-")
#: "45p per mile": what pence are paid for.
_PER_THING = _rx(r"_S_+(?:per|a|an|each)_S_+(?P<w>[a-z]+)(?![a-z])")
#: "70p of every £1 goes to care", "adds 15p to every £1", "5p in the pound": a share of
#: each pound given in pence.
_OF_EVERY_POUND = _rx(r"_S_+(?:of|to|in|from|for|out_S_+of)_S_+(?:every|each|the)_S_+(?:£|pound(?![a-z]))")
_MONEY_BEFORE = _rx(
    r"(?<![a-z])(?:costs?|costing|pay|paid|pays|price[ds]?|charged?|fees?|fares?|only|just|worth)"
    r"(?:_S_+(?:at|of|about|around|just|only))?_S_+$"
)
#: "-80°C", "by −1.8 kg": a minus sign glued to a number with a unit.
#: A temperature's medium before a number with a glued "C" ("water of about 10", "air temperatures
#: around 30", "the lake was 14"), a linking word and an optional hedge between.
_CELSIUS_BEFORE = _rx(
    r"(?<![a-z])(?:{{m}})_S_+(?:of|at|is|was|were|around|about|near|below|above|under|over|between"
    r"|reached|hit|from)_S_+(?:(?:about|around|roughly|approximately|just|only|some|nearly)_S_+)?$",
    m=W.TEMPERATURE_MEDIA)
#: The same medium right after the "C" ("in 12C water", "a 4C fridge").
_CELSIUS_AFTER = _rx(r"_S_(?:{{m}})(?![a-z])", m=W.TEMPERATURE_MEDIA)
_MINUS = "-−"
#: What may stand before a lone minus sign: a space, an opening bracket, a separator.
_SIGN_BEFORE = " \t\n\u00a0([:;,="
#: A line break inside a sentence of hard-wrapped text: after a number ("around 2\ntablespoons")
#: or splitting a word with a hyphen ("peo-\nple"). Matching sees a space / the joined word.
#: A line that opens with a number is read on from a line ending in a word (``_join_soft_breaks``).
_SOFT_BREAK = re.compile(r"\n(?= *(?:[a-z]|(?P<d>[0-9])))")  # a literal first: the engine searches, not steps
_LAST_WORD = re.compile(r"[a-z]+$")
#: A number, in digits or words, then up to three words before a line's end ("12 older",
#: "four district", "9 in the"): the number's noun may be on the next line.
_NUMBER_THEN_WORD = re.compile(
    r"(?<![\w.,:/-])(?:[0-9]+|{})(?: [a-z]+){{1,3}}$".format(
        "|".join(sorted((w for w in _WORD_NUMBERS if w.isalpha()), key=len, reverse=True))))
#: A list's number opening a line ("1. ", "2) "): no sentence runs on into it.
_LIST_NUMBER = re.compile(r" *[0-9]{1,2}[.)](?:\s|$)")
#: "n = 16" (people), and "k = 14" (studies pooled in a meta-analysis).
#: "n ≈ 346", "k = 14"; "an n of 40" (a sample size said in words)
_N_LOOKBACK = _rx(r"(?<![a-z0-9])(?P<k>[nk])(?:_S_*(?:[=:]|(?P<approx>[≈~]))|(?<=n)_S_+of)_S_*$")
#: A trial registry's or protocol's field giving the number of participants: "Enrollment
#: (Estimated)  120", "Target sample size: 96", "Planned enrolment 240".
_ENROLMENT_FIELD = _rx(
    r"(?<![a-z])(?:enrol?l?ment|(?:target|planned|total|estimated|actual)_S_+sample_S_+size)"
    r"(?:_S_*\((?:estimated|anticipated|actual|planned|target)\))?_S_*[:=]?_S_*$"
)
#: A labelled field of a study's size on a citation-like line: "**Sample size:** 57 adults",
#: "Participants: 40", "n = 12", a fact box's "Walkers: 96" (a plural noun of people as the
#: label; markdown emphasis around the label allowed).
_FIELD_COUNT = _rx(r"(?<![a-z])(?:{{w}})_S_*(?:\*\*|__|\*|_)?_S_*[:=]_S_*(?:\*\*|__|\*|_)?_S_*$",
                   w=(*W.FIELD_COUNT_LABELS, *W.FIELD_PEOPLE_LABELS,
                      *(k for k, v in W.POPULATION_NOUNS.items() if v == "human" and k.endswith("s"))))
#: "It recruited 96.", "the study enrolled 120, of whom ...": an enrolment verb's object is a
#: bare number that ends its clause, so it can only be the people taken in.
_ENROLLED_BEFORE = _rx(r"(?<![a-z])(?:{{v}})$", v=W.ENROLMENT_VERBS)
#: The number of a label naming a kind ("zone 2", "type-2") before what it counts.
_LABEL_NUMBER = _rx(r"_S_?[-‑]?_S_?[1-9](?![0-9.,%:/])(?=_S_+[a-z])")
_OF_WORD = _rx(r"_S_+of_S_+[a-z]")
_ENROLLED_END = _rx(r"_S_*(?:[,;:!?)]|\.(?!\d)|$)")
_ARM_VERB = _rx(r"_S_+(?:{{v}})(?![a-z])", v=W.ARM_VERBS)
_FULL_STOP = re.compile(r"[.!?](?:\s|$)|\n\s*\n")
_PREFIX = _rx(r"(?<![a-z])(?P<c>{{c}})_S_*$", c=W.PREFIX_COMPARATORS)
_BETWEEN = _rx(r"(?<![a-z])(?:between|from)_S_+$")
_BETWEEN_AGES = _rx(r"(?<![a-z])between_S_+the_S_+ages_S_+of_S_+$")
#: Where a "to" range or change starts, with what may stand between "from" and its number:
#: "from a median of 4.1 to 3.2 mg/L", "from ~1.5 to ~15 pg/mL".
_ORIGIN = _rx(
    r"(?<![a-z])(?:between|from)_S_+(?:(?:an?|the|a_S_+baseline)_S_+(?:median|mean|average|baseline)"
    r"(?:_S_+(?:value_S_+)?of)?_S_+)?(?:[~≈]_S_*)?$"
)
#: A change said "from about X to about Y steps" (see ``RangeRules.range_after``): the word of
#: approximation after "to" (the second value follows it) and before the first value.
_APPROX_WORD = _rx(r"(?:about|around|roughly|approximately)_S_+(?=[0-9])")
_ORIGIN_APPROX = _rx(r"(?<![a-z])from_S_+(?:about|around|roughly|approximately)_S_+$")
#: A comparison word right before a falling pair: "versus 7.8 to 7.5 mg/L on usual food" is the
#: other group's change (before and after), set against one said just before it.
_VERSUS_BEFORE = _rx(r"(?<![a-z])(?:vs\.?|versus|compared_S_+with|against)_S_+$")
#: An approximate sign before a range's second number ("~1.5 to ~15").
_APPROX = _rx(r"[~≈]_S_*(?=[0-9.])")
#: What joins the members of a list of numbers: "3, 6, and 12 months", "2- and 3-fold".
_TIMEPOINT_UNITS = set(W.TIMEPOINT_WORDS.values())
_LIST_JOIN = _rx(r"[-‑]?_S_*(?:,_S_*(?:(?P<w1>and|or)_S_+)?|(?P<w2>and|or|&)_S_+)(?=[0-9a-z.])")
#: A list member before the number: "5, 10 or 20 mg/kg" lists three doses, not a range 10-20.
_LISTED_BEFORE = _rx(r"(?<![0-9.])[0-9]+(?:\.[0-9]+)?[-‑]?_S_*,_S_*$")
#: A percentage change worked out: "(150 − 120) ÷ 120 × 100 = 25%": the two values and the
#: divisor are the values compared (``_Scanner.percent_working``); "× 100" only scales them.
_N = r"\d[\d,]*(?:\.\d+)?"
_PERCENT_WORKING = re.compile(
    rf"\((?P<a>{_N})[ \u00a0]*[−–-][ \u00a0]*(?P<b>{_N})\)[ \u00a0]*[÷/][ \u00a0]*(?P<c>{_N})"
    rf"(?P<h>[ \u00a0]*[×x*][ \u00a0]*100)?[ \u00a0]*=[ \u00a0]*[-−]?\d+(?:\.\d+)?[ \u00a0]*%")
#: A result's working in brackets right after it: "164 bpm (220 − 56)", "9 sessions (3 + 6)":
#: the two numbers a sum or difference worked out of (``_Scanner.bracket_working``).
_BRACKET_WORKING = re.compile(rf"\((?P<a>{_N})[ \u00a0]*(?P<op>[−–+-])[ \u00a0]*(?P<b>{_N})\)")
#: A change verb before "from": "rose from 22 to 26 kg" states two values, not a range. The
#: values may follow the verb in brackets or after a comma or dash ("her index hardly moved
#: (from 3.6 to 3.9)", "it shifted, from 2.2 to 2.6").
_CHANGE_BEFORE = _rx(
    r"(?<![a-z])(?:ros[e]|risen|rising|rises?|increas[a-z]*|gr[eo]w[a-z]*|climb[a-z]*|jump[a-z]*"
    r"|improv[a-z]*|progress[a-z]*|fell|fall[a-z]*|dropp?[a-z]*|declin[a-z]*|decreas[a-z]*"
    r"|reduc[a-z]*|chang[a-z]*|shift[a-z]*|mov(?:e|ed|es|ing)|budg(?:e|ed|es|ing)|went|go(?:es|ne|ing)?"
    r"|lengthen[a-z]*"
    r"|c[ao]m(?:e|es|ing)_S_+(?:down|up)"
    r"|shorten[a-z]*|extend[a-z]*|rais[a-z]*|lower(?:ed|ing|s)?|boost[a-z]*|cut|slash[a-z]*|push[a-z]*"
    r"|doubl[a-z]*|halv[a-z]*|soar[a-z]*|plummet[a-z]*|plunge[a-z]*|swell[a-z]*|shr[iu]nk[a-z]*"
    r"|increase|rise|drop|decline|decrease|reduction|change|shift|jump|improvement|gain)"
    r"(?:_S_+[a-z][a-z0-9²-]*){0,4}?(?:_S_*[(,]_S_*|_S_+[—–]_S_+|_S_+)$"
)
#: The decimal a unitless change goes to ("from 5.7 to 2.9"): see ``_Scanner.unitless_change``.
#: A decimal comma ("to 7,3") counts only in a document that writes them (see
#: ``ScanCore.writes_comma_decimals``).
_CHANGE_TO = _rx(r"_S_+to_S_+(?P<b>\d+(?:\.\d+|,\d{1,2}(?![0-9]|,[0-9])))(?![0-9]|\.[0-9])")
#: The whole number a measured level changes to ("pressure fell from 140 to 118").
_CHANGE_TO_WHOLE = _rx(r"_S_+to_S_+(?P<b>[1-9]\d{0,2})(?![0-9]|[.,][0-9])")
#: A step count named before a change verb ("daily steps rose", "her step count fell"): see
#: ``_Scanner.step_change``; the values it goes to may be written with thousands' commas.
_STEP_NOUN = _rx(r"(?<![a-z])steps?(?:_S_+counts?)?(?![a-z])")
_STEP_CHANGE_TO = _rx(r"_S_+to_S_+(?:(?:about|around|roughly|approximately|nearly|almost)_S_+)?"
                      r"(?P<b>[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d{0,5})(?![0-9]|[.,][0-9])")
#: What may follow a change's second value: a time span, a bracketed statistic ("(P = 0.01)").
#: A line's end and a symbol (an emoji) close a chat message ("... to 112 👍"). A change named as
#: a noun phrase ends where its clause goes on: "her pulse falling from 80 to 60 was ...", "...
#: more pleased with my pressure dropping from 150 to 128 than with the scale".
_CHANGE_END = _rx(r"_S_+(?:over|during|across|within|by|for|among|since)_S_+[a-z]"
                  r"|_S_+(?:than|was|is)(?![a-z])"
                  r"|_S_+(?:over|during|across|within)_S_+\d|_S_*\(_S_*p_S_*[=<>≤]|_S_*(?:\n|[^\w\s\x00-\x7f])")
_MEASURED_NOUN = _rx(r"(?<![a-z])(?:{{w}})(?![a-z])", w=W.MEASURED_NOUNS)
_COUNTED_CHANGE_NOUN = _rx(r"(?<![a-z])(?:{{w}})(?![a-z])", w=W.COUNTED_CHANGE_NOUNS)
#: "eat within an hour of training", "within a day of surgery": a window of one unit after an
#: event named by "of", an hour or longer ("within a minute" says "at once"; "fades within an
#: hour" without its event is left: see ``_Scanner.parse_a_unit``).
_WITHIN_BEFORE = _rx(r"(?<![a-z])within_S_+$")
_WITHIN_UNITS = ("hours", "days", "weeks", "months", "years")
_FOR_BEFORE = _rx(r"(?<![a-z])(?:for|of|lasting|sustained|than)_S_+$")
#: Verbs of a decline over the years: "falls from 30 to 70", "may halve between 40 and 80".
_DECLINE_BEFORE = _rx(
    r"(?<![a-z])(?:fell|fall[a-z]*|dropp?[a-z]*|declin[a-z]*|decreas[a-z]*|halv[a-z]*|shr[iu]nk[a-z]*"
    r"|los[et]s?|losing|wan(?:e|es|ed|ing)|diminish[a-z]*|dwindl[a-z]*|deteriorat[a-z]*|slow(?:s|ed)?)"
    r"[”\"’]?(?:_S_+[a-z][a-z-]*[”\"’]?){0,3}?_S_+(?P<o>between|from)_S_+$"
)
#: "318, not 381": a bare figure and the one it replaces (see ``corrected_figure``).
_CORRECTS = re.compile(r",\s+not\s+[−-]?\d[\d,]*(?:\.\d+)?(?![\w%]|\s+[a-z])")
_CORRECTED = re.compile(r"(?<![\w.,])[−-]?\d[\d,]*(?:\.\d+)?,\s+not\s+$")
#: A pace ("7:40 per mile", "9:05 and 9:35 per mile", "5:39–5:57/km") or a timed recovery
#: ("a 2:00 jog"): minutes and seconds (see ``_Scanner.pace``).
_PACE = re.compile(
    r"\d{1,2}:(?P<s>[0-5]\d)(?!\d|:\d)(?:"
    r"(?:\s*(?:[-–—]|to|and)\s*(?P<m2>\d{1,2}):(?P<s2>[0-5]\d))?\s*(?:per\s+|/\s*|a\s+)"
    r"(?P<u>mile|mi|km|kilometer|kilometre)(?![a-z])"
    r"|(?P<rest>\s+(?:jog|rest|recovery|walk|easy\s+jog)(?![a-z])))"
)
#: An elapsed time: minutes, seconds and hundredths ("4:05.37") or hours, minutes and seconds
#: ("2:14:09"), a race or finishing time (see ``_Scanner.pace``). A transcript's timestamp
#: ("[01:02:03]", "00:01:02,500 -->") is no duration.
_ELAPSED = re.compile(
    r"\d{1,2}:[0-5]\d(?:\.(?P<h>\d{1,2})|:(?P<hs>[0-5]\d)(?:\.\d{1,2})?)(?![\d:]|\.\d|,\d|\]|\s*-->)"
)
#: Minutes and seconds after "in" with a distance just before: "ran the mile in 5:58", "a 5K
#: in 24:10", "mile 20, in 8:50": the time a stretch took (a clock time is "at 9:47").
#: A range of two ("400 m in 1:52-1:55") is the spread of the repeats.
_SPLIT_TIME = re.compile(
    r"(?P<m>\d{1,2}):(?P<s>[0-5]\d)(?:[ \u00a0]*(?:[-–—]|to)[ \u00a0]*(?P<m2>\d{1,2}):(?P<s2>[0-5]\d))?"
    r"(?![\d:]|[.,]\d|[ \u00a0]*(?:[ap]\.?m\b|h\b))"
)
_SPLIT_BEFORE = re.compile(
    r"(?<![a-z])(?:miles?|kilomet(?:er|re)s?|km|\dk|laps?|metres|meters|\d[ \u00a0]?m)(?:[ \u00a0]+\d{1,3})?,?"
    r"[ \u00a0]+in[ \u00a0]+$"
)
#: A race result before minutes and seconds: "a 10K best of 48:05", "season best 21:30", "PB
#: 19:58", "clocked 17:40" (a clock time is "at 9:47", with no result word).
_RESULT_BEFORE = _rx(
    r"(?<![a-z])(?:(?:season|personal|lifetime|course|age-group)_S_+)?(?:best|record|pb|pr)(?:_S_+(?:of|was|is))?,?_S_+$"
    r"|(?<![a-z])(?:clocked|(?:finish(?:ing)?|race|chip)_S_+time(?:_S_+(?:of|was))?)_S_+$"
)
#: A race distance right after minutes and seconds: "a 48:05 10K", "a 3:58 mile".
_RACE_AFTER = _rx(
    r"_S_+(?:\d+(?:\.\d+)?_S_?(?:k|km)|(?:half[- ])?marathon|mile|parkrun)(?![a-z0-9])"
)
#: Before a band of ten above 100: "into the 150s", "the low 120s" (see ``tens_band``).
_TENS_BAND = _rx(r"(?<![a-z])the(?:_S_+(?:low|mid|high|upper|lower)-?)?_S_*$")
#: Before a count set against an earlier one ("compared with 11", "versus 12", "vs. 4").
#: A focus adverb may stand before the number ("compared with merely six", "vs only 3").
_COMPARED = re.compile(r"(?:compared\s+(?:with|to)|versus|vs\.?|against)(?:\s+(?:just|only|merely))?$")
#: "40 assigned to training, 38 to control": a bare count before "to" an arm, after a count
#: allocated to another arm, is that arm's size.
_TO_ARM = _rx(r"_S_+to_S_+(?:the_S_+)?[a-z]")
#: "Thirty-five were randomly allocated to pilates": a passive verb of allocation and "to" its arm after
#: a bare count that opens a sentence or clause (``CountRules.assigned_part``); "were placed in"
#: (or "into") a group is the same allocation.
_ASSIGNED_TO = _rx(r"_S_+(?:were|was)_S_+(?:(?:then|randomly|later)_S_+)?(?:(?:assigned|allocated|randomi[sz]ed)"
                   r"(?:_S_+(?:at_S_+random|randomly))?_S_+to|placed(?:_S_+(?:at_S_+random|randomly))?_S_+in(?:to)?)"
                   r"(?![a-z])")
#: "By the end, 41 did.", "14 had; the rest had not": an auxiliary standing for the verb of the
#: sentence before, closing its clause (``Scanner.elliptic_part``).
_ELLIPTIC_AUX = re.compile(r" (?:did|had|were)(?: so| too)?[.;,!?](?=\s|$)")
#: "we lost five to follow-up": the verb of a loss from a study right before its count.
_LOST_BEFORE = re.compile(r"(?<![a-z])(?:lost|lose|losing)$")
#: "Of the weekly swimmers, 92 swam ...": a group fronted by "Of the" with no count of its own
#: (up to three modifiers and its plural noun), opening a sentence and closed by a comma.
_FRONTED_GROUP = re.compile(
    r"(?:(?<![^\n])|(?<=[.!?:])[\"”’)]*[ \u00a0]+)[\"“*_]*of[ \u00a0]+(?:all[ \u00a0]+)?(?:the|those|these)[ \u00a0]+"
    r"(?P<desc>(?:[a-z][a-z'’-]*[ \u00a0]+){0,3}?)(?P<noun>[a-z][a-z'’-]*[a-z]),[ \u00a0]*$"
)
#: A verb of allocation anywhere before the arms ("randomised 40 people to yoga and 40 to ...").
_ALLOCATED = _rx(r"(?<![a-z])(?:assigned|allocated|randomi[sz]ed)(?![a-z])")
#: A short bracketed aside inside a clause: "(by drawing lots)".
_ASIDE = re.compile(r"\([^()\n]{0,40}\)")
#: A modal before "one day" makes it "some day" ("could one day replace").
_SOMEDAY_BEFORE = re.compile(r"(?<![a-z])(?:might|could|may|will|would|can|should|must|perhaps)$")
#: After a count set against an earlier one with "and": its group ("and 2 in the control arm",
#: "6 in the tai chi group", a name of up to three words).
_IN_GROUP = re.compile(r"\s+(?:in|among|of|from)\s+the\s+(?:[\w+-]+\s+){1,3}?(?:group|arm|condition|cohort)s?\b")
#: A part of a group counted before it: "nine stayed, three of them ..." (see ``subset_count``).
#: What may close the people a sentence has left after some were lost ("leaving 38 for the
#: analysis", "leaving 38.", "leaving 38 who finished"): see ``_Scanner.remaining_count``.
_REMAINING_END = _rx(r"_S_*(?:[,;:!?)—–]|\.(?!\d)|$)|_S_+(?:for|in|who|to)(?![a-z])")
_SUBSET_OF = re.compile(r" of (?:them|whom|those|these)(?![a-z])")
#: A copula or auxiliary right after such a part ("and six of them are over 35").
_AUXILIARY_AFTER = re.compile(r"[ \u00a0]+(?:are|were|is|was|had|have|has|did|will|would|could|can)(?![a-z])")
#: A whole fronted by "Of the" at a sentence's start ("Of the 400 genes tested, 31 changed"):
#: the text before the whole's count (see ``_Scanner.fronted_subset``).
_FRONTED_OF = re.compile(r"(?:^|(?<=\n)|[.!?:][\"”’)]*\s+)[\"“*_]*of\s+(?:all\s+)?(?:the|those|these)\s+$")
#: "(9 exercise, 5 control)", "(6 drug and 3 placebo)": a count split by group, each part a
#: whole number and a one- or two-word name, or a name of up to three words after "in"
#: ("(12 in the yoga group and 9 in Tai Chi & Qigong)"; a wrapped line may break it).
_SPLIT_PART = re.compile(
    r"(?P<n>\d{1,5})[ \u00a0]+(?:(?P<in>(?:in|on|among)\s+(?:the\s+)?)[^\W\d][\w+-]*"
    r"(?:\s+(?:&\s+)?[^\W\d][\w+-]*){0,2}|[^\W\d][\w+-]*(?:[ \u00a0]+(?!and(?!\w))[^\W\d][\w+-]*)?)")
_SPLIT = re.compile(
    rf"{_SPLIT_PART.pattern}(?:[ \u00a0]*(?:,|;|,?[ \u00a0]+and)[ \u00a0]+{_SPLIT_PART.pattern}){{1,3}}"
    .replace("(?P<n>", "(?:").replace("(?P<in>", "(?:")
)
_BRACKET_GAP = re.compile(r"[ \u00a0]*")
#: A word for a sample of people right before a bracket that splits it ("small sample (").
_SAMPLE_BEFORE = re.compile(r"(?<![a-z])(?:samples?|cohorts?|participants|volunteers)[ \u00a0]*\($")
#: An arm named without "group": "... and 9 among controls", "and 4 on placebo".
_AMONG_ARM = re.compile(r"\s+(?:in|among|on|with)\s+(?:the\s+)?(?:controls|placebo|usual\s+care)\b")
#: The treatment an arm's people get, after their count: "14 women taking the pill and six
#: taking placebo", "9 given the vaccine and 7 given saline" (see ``compared_count``).
_ARM_PARTICIPLE = re.compile(
    r"\s+(?:receiving|taking|given|treated\s+with|allocated\s+to|assigned\s+to|randomi[sz]ed\s+to)\s+\S")
#: A confidence interval right after a number (see ``estimate_before_interval``).
_INTERVAL_NEXT = re.compile(r"\s*[(\[]\s*(?:9[059](?:\.\d)?\s*%\s*)(?:ci|cri|confidence|credible)\b")
#: Knitted R console output: "## [1] 241", "[1] 0.42 0.57" (the bracket is the index of the
#: first value printed on the line, not a quantity).
_CONSOLE_LINE = re.compile(
    r"[ \t]*(?:##[ \t]+)?\[\d+\](?:[ \t]+[-−]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)+[ \t]*"
)
#: An evaluated power "2^−0.312 ≈ 0.81": a decimal exponent (a log-scale estimate) after a
#: numeric base or e, then "≈"/"=" and its value.
_POWER_BASE = re.compile(r"(?<![\w.])(?:\d+(?:\.\d+)?|e)\^$")
_POWER_EVALUATED = _rx(r"\)?_S_*(?:≈|=|~)_S_*[0-9.]")
_POWER_RESULT = _rx(r"(?<![\w.])(?:\d+(?:\.\d+)?|e)\^\(?[-−]?\d*\.\d+\)?_S_*(?P<c>≈|=|~)_S_*$")
#: "30 24-month-old mice": a count before an age-modified group of people or animals.
#: An age-modified group after a count ("30 24-month-old mice"), also with one or two
#: adjectives between ("24 healthy 25-year-old men"), or with the age noun itself as the people
#: ("24 healthy 25-year-olds", "ten 80-year-olds").
_ADJ_AGED_GROUP_AFTER = _rx(
    r"_S_+(?P<adj>(?:[a-z][a-z’'-]+_S_+){0,2})\d{1,3}(?:[-–‑]\d{1,3})?(?:_S_|[-‑])(?P<u>year|month|week|day)s?"
    r"(?:_S_|[-‑])(?:(?P<olds>olds)(?![a-z‑-])|old(?=_S_+[a-z]))"
)
#: Words that cannot stand between a count and the age-modified group it counts.
_NOT_GROUP_ADJ = frozenset({"and", "or", "to", "of", "at", "in", "on", "the", "a", "an", "were", "was",
                            "are", "is", "by", "than", "per", "from", "versus", "vs", "with", "for",
                            "as", "among", "like", "into", "aged", "age", "ages", "between"})
#: A verb of change and "by" right before a bare value ("the ratio fell by 0.4."): the size of
#: the change of a measure the sentence named, unit left out (see ``scale_or_threshold``).
_CHANGED_BY = _rx(
    r"(?<![a-z])(?:fell|rose|dropped|declined|increased|decreased|improved|climbed|shrank|grew"
    r"|went_S_+(?:up|down))_S_+by(?:_S_+(?:about|around|roughly|only|just|an_S_+average_S_+of"
    r"|a_S_+mean_S_+of))?_S_+$")
_SCORE_LOOKBACK = _rx(
    r"(?<![a-z])(?:scored|scoring|(?:scores?|{{scales}})(?:_S_+(?:mean|median|average))?(?:_S_+of)?"
    r"|(?:mean|median|average)_S_+ratings?(?:_S_+(?:was|were|is|of))?)"
    r"_S_*[:=]?_S_*$", scales=W.SCALE_LABELS
)
#: A frequency of alleles, genotypes or carriers named right before a decimal ("(allele frequency
#: 0.29)", "the minor allele frequency was 0.12"): a proportion (``_Scanner.allele_frequency``).
_ALLELE_FREQUENCY = _rx(r"(?<![a-z])(?:allele|genotype|carrier|haplotype|variant)s?_S_+frequenc(?:y|ies)"
                        r"(?:_S_+(?:of|was|were|is))?_S_*[:=]?_S_*$")
#: "Her SPPB score was 7", "the (GDS) score was 6": a score an instrument named by its acronym
#: gives, said with "was" (a bare "the score was 4" may be a game's).
_ACRONYM_SCORE_WAS = re.compile(r"(?<![\w-])\(?[A-Z]{2,}[A-Za-z0-9-]*\)?[ \u00a0]+scores?[ \u00a0]+(?:was|were|is)[ \u00a0]+$")
#: A score placed on a named rating scale after it ("15–17 on the Borg scale", "7 on a 10-point scale").
_ON_SCALE = _rx(r"_S_+on_S_+(?:the|a|an|this|that)_S_+(?:[a-z0-9'’-]+_S_+){0,3}scale(?![a-z])")
#: A rating on an effort scale said with "a" ("felt like a 6 or 7 out of 10", "at a 7 on the RPE
#: scale"): the number(s), then an optional "out of 10" (see ``_Scanner.rating``).
_RATING_AFTER = _rx(
    r"(?:(?:_S_+(?:or|to)_S_+|_S_*[-–]_S_*)(?P<b>\d{1,2}))?"
    r"(?P<d>_S_+out_S_+of_S_+(?:10|ten|20|twenty|5|five))?(?![0-9a-z])"
)
#: A score out of a maximum written with a slash ("a 3/5 day", "rated this 7/10"): the maximum,
#: then no further digit or slash (a date) and no word of chance ("a 2/5 risk" is a share); see
#: ``_Scanner.slash_rating``.
_SLASH_RATING = _rx(
    r"/(?:10|5)(?![0-9/:]|[.,][0-9])(?!_S_+(?:chance|probability|risk|odds|likelihood)(?![a-z]))")
#: What may stand before such a score: "a"/"an", or a verb of rating and its object
#: ("rated this", "gave the class a", "scored").
_RATING_CUE = _rx(
    r"(?<![a-z])(?:(?:rate|rates|rated|rating|give|gives|gave|score|scores|scored)"
    r"(?:_S_+(?:it|this|that|them|me|him|her|each|the_S_+[a-z]+))?(?:_S_+(?:at|as))?"
    r"(?:_S_+an?)?|an?)_S_+$"
)
#: A score's maximum after a slash ("/30"; no date or identifier follows), and a named scale
#: right before the score ("MoCA 24/30", "RPE: 7/10"); see ``_Scanner.slash_score``.
_SLASH_MAX = _rx(r"/(?P<d>[1-9]\d?|100)(?![0-9/:]|[.,][0-9])")
_SCALE_BEFORE = _rx(r"(?<![a-z])(?:{{scales}})(?:_S_+(?:score|total))?_S_*[:=]?_S_*$", scales=W.SCALE_LABELS)
#: A target said with "aim for" before a rating ("aim for about a 6", "aim for 5 or 6" on an
#: effort scale named in the sentence; see ``_Scanner.age_or_rating``).
_AIM_FOR = _rx(r"(?<![a-z])(?:aim|aims|aiming|shoot|target)_S_+for(?:_S_+(?:about|around|roughly))?(?:_S_+an?)?$")
_AIM_GATE = (" for", " about", " around", " roughly")
_RATING_END = _rx(r"_S_*(?:[,;:)!?]|\.(?!\d)|$|(?:on|and|but|in|for|when|if|by|until|at)(?![a-z]))")
_SCALE_CUE = re.compile(r"(?<![a-z])(?:rpe|scale|effort|exertion|borg)(?![a-z])")
_CLAUSE_START = re.compile(r"[.!?;]\s|\n")
#: The constant of a formula in age ("211 minus your age", "220-minus-age", "208 − 0.7 × age"):
#: the optional coefficient is group ``k`` (see ``_Scanner.age_formula``).
_AGE_FORMULA = _rx(
    r"(?:-minus-|_S_+minus_S_+|_S_*[-−–]_S_*)"
    r"(?:(?P<k>\d+(?:\.\d+)?)_S_*(?:[x×*]|times)_S_*)?"
    r"(?:(?:your|the|one[’']s|their|his|her|a_S_+person[’']s)_S_+)?age(?![a-z])(?!_S_*[0-9])"
)
#: A target a plan works up to: "build to two", "work up to three sessions", "ramp up to 4 sets";
#: or returns to after a progression: "add load so you drop back to 6", "you're back down to 10".
_BUILD_TO = _rx(
    r"(?<![a-z])(?:build(?:s|ing)?|built|work(?:s|ing|ed)?(?:_S_+(?:your|their|our)_S_+way)?_S_+up"
    r"|ramp(?:s|ing|ed)?_S_+up|step(?:s|ping|ped)?_S_+up|progress(?:es|ing|ed)?"
    r"|back(?:_S_+(?:down|up))?)(?:_S_+up)?_S_+to_S_+$"
)
#: A count whose noun is left out because the sentence named it before: more of the same ("for
#: 8 weeks, rested, then trained for another 8", "a further 3"), or a goal a plan aims at ("runs
#: 12 stores and aims to reach 20"). See ``_Scanner.elided_target``.
_ELIDED_TARGET = _rx(
    r"(?<![a-z])(?:another|a_S_+further|(?:to|will|could|would|should)_S_+(?:reach|hit|top))_S_+$")
#: An effect or estimate named before its bare value: "an effect of around 0.13", "the pooled
#: estimate was about 0.2", "the pooled effect on sleep at 0.15" (see ``effect_value``).
_EFFECT_BEFORE = _rx(
    r"(?<![a-z])(?:effect|estimate)s?(?:_S_+sizes?)?(?:_S_+[a-z][a-z'’-]*){0,4}?"
    r"_S_+(?:of|was|were|is|at|=|:)_S_*$"
)
#: History, not a study's length: a duration a line of work "goes back" ("dating back a decade").
_DATED_BACK = _rx(
    r"(?<![a-z])(?:go(?:es|ing)|dat(?:es|ed|ing)|stretch(?:es|ed|ing)|reach(?:es|ed|ing)"
    r"|trac(?:es|ed|ing))_S_+back_S_*$"
)
#: A worked calculation after a number: "/ 14 ≈ 0.0036", "÷ 7 = 21" (see ``_Scanner.calculation``).
_CALCULATION = _rx(
    r"_S_*(?P<op>[/÷×*])_S_*(?P<b>\d[\d,]*(?:\.\d+)?)_S_*(?:=|≈|≃|~)_S_*"
    r"(?P<c>[-−]?\d[\d,]*(?:\.\d+)?)(?![0-9]|[.,][0-9])"
)
#: "i.e." and "e.g." inside a gap: their dots end no sentence.
_ABBREVIATION_DOTS = re.compile(r"(?<![a-z])(?:i\.e|e\.g)\.", re.I)
#: The second arm's size after the first's ("40 vs 20."), see ``_Scanner.ratio_arms``.
_VS_ARM = _rx(r"_S_+(?:vs\.?|versus)_S_+(?P<b>[1-9]\d{0,5})(?![0-9]|[.,][0-9])")
#: What ends the clause of an allocation ratio before its arms: a sentence's or line's end.
_GAP_BREAK = re.compile(r"[.!?;\n]")
#: Two bare counts set against each other in brackets: "(14 vs 9)", "(14 versus 9 events)".
_VS_PAIR = _rx(r"_S_+(?:vs\.?|versus)_S_+(?P<b>[1-9]\d{0,5})(?![0-9.,])")
#: Scientific notation after a number: "e-05", "E-4", and "× 10^-6", "×10⁻⁶", "× 10−8".
#: The two characters after a number that may open ``_AGE_FORMULA`` (a cheap gate).
_FORMULA_GATE = frozenset(
    [f"{sp}{c}" for sp in " \u00a0" for c in "m-−–"] + [f"{d}{c}" for d in "-−–" for c in "m ayt"]
)
_SCI_E = re.compile(r"e(?P<e>[-+−]?\d{1,3})(?!\w|\.\d)")
_SCI_TEN = _rx(r"_S_*[x×·]_S_*10(?:\^_S_?\(?(?P<e>[-+−]?\d{1,3})\)?|(?P<sup>[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})|−(?P<m>\d{1,3}))(?![0-9])")
#: "a BMI of 27", "body mass index (BMI) of 27": the abbreviation in brackets may follow the name.
_BMI_LOOKBACK = _rx(
    r"(?<![a-z])(?:bmi|body_S_+mass_S_+index(?:_S_*\(bmi\))?)(?:_S_+(?:of|was|were|is)|_S_*[(:=])?_S_*$")
#: "their mean BMI, 27.9, was ...", "her resting heart rate, 58, ...": a reading set off by commas
#: right after the measure it belongs to, itself after a determiner or an averaging word (see
#: ``_Scanner.appositive_reading``).
_APPOSITIVE_READING = _rx(
    r"(?<![a-z])(?:the|their|his|her|its|our|your|my|mean|average|median)(?:_S_+[a-z-]+){0,2}?"
    r"_S_+(?P<name>bmi|body_S_+mass_S_+index|{{w}}),_S_*$", w=W.MEASURED_NOUNS)
_APPOSITIVE_CLOSE = _rx(r",_S_+(?=[a-z])|_S_*[—–]_S_*(?=[a-z])")
_ETAL = _rx(r"(?:et_S_+al\.?,?|[a-z]+,)_S_*\(?_S_*$")
_YEAR_PREP = _rx(r"(?<![a-z])(?:in|since|by|until|during|from|of)_S_+$")
#: A verb right after a sentence's opening count of molecules: the count is what the sentence
#: reports ("Three proteins explained most of the gain"), not the story's players ("two genes
#: that slow repair", "Two enzymes, A and B, ..."); see ``CountRules.counted_noun``.
_REPORTED_AFTER = _rx(r"_S_+(?!(?:that|which|called|named|known|such|like|including|of|in|from|with|and|or|"
                      r"as|for|to|at|on|by)(?![a-z]))[a-z]")
_THE_BEFORE = _rx(r"(?<![a-z])the_S_+$")
#: "the"/"these"/"those" before a count in words: things named before, counted again ("those
#: two threads", "these three ideas"), see ``CountRules.counted_noun``.
_ANAPHORIC_BEFORE = _rx(r"(?<![a-z])(?:the|these|those)_S_+$")
_A_BEFORE = _rx(r"(?<![a-z])an?_S_+$")
#: A race named by its distance in kilometres: "a 5K walk-run", "the 10K race".
#: A race named by its distance alone after a verb of running it: "jogged an easy 5K", "finished
#: my first 5K" (a bare "1.4K" is a count of followers or views).
_RAN_A = _rx(
    r"(?<![a-z])(?:ran|run|runs|running|raced|race|racing|did|finished|finish|completed|complete|jogged|walked)"
    r"_S_+(?:a|an|the|my|her|his|their|our|another)_S_+(?:[a-z]+_S_+){0,2}$"
)
_RACE_K = _rx(r"k_S_*(?:[-‑]_S_*)?(?:runs?|races?|walks?|walk-runs?|fun_S_+runs?|runners?|courses?|events?)(?![a-z])")
#: Two decimals set against each other after a line's label: "Vessels per fibre: 2.6 vs. 1.4"
#: (a summary line's values, the unit unsaid).
_VS_DECIMAL = _rx(r"_S_+(?:vs\.?|versus)_S_+\d+\.\d")
#: A density in a tissue's own structure ("1.8 per fibre", "0.6 per nucleus", "240 per mm²"): the
#: structure named after "per" is the value's unit (a reading, whatever is counted in it).
_PER_STRUCTURE = _rx(r"_S_+per_S_+(?:muscle_S_+)?(?P<u>fibres?|fibers?|myofib(?:re|er)s?|cells?|nucle(?:us|i)"
                     r"|myonucle(?:us|i)|myocytes?|neurons?|mm²|mm2|square_S_+millimet(?:re|er))(?![a-z\d])")
_COUPLE_BEFORE = _rx(r"(?<![a-z])a_S_+couple_S_+(?:of_S_+)?$")
#: What a span of whole numbers names when a noun of span follows it: "the 60–64 age group"
#: (ages), "the 20 to 25 range" (values of whatever the sentence measures; see ``named_span``).
_SPAN_NOUN = _rx(
    r"_S_+(?:(?P<age>age_S_+(?:groups?|brackets?|bands?|categor(?:y|ies)|class(?:es)?))|range|band|zone)"
    r"(?![a-z])"
)
_OF_AFTER = _rx(r"_S_+of(?![a-z])")
_THEIR = _rx(
    r"(?<![a-z])(?:(?:in|into|by|to|until|through|from)_S_+)?(?:their|his|her|your|my|our)_S_+"
    r"(?:(?:early|late|mid)(?:_S_+|-))?$"
)
#: A decade of life qualified without "their" ("the mid-50s reported in European cohorts").
#: "in their 8th decade (of life)": an ordinal decade of a person's life is an age band.
_NTH_DECADE = _rx(r"(?:th|st|nd|rd)_S_+decade(?:_S_+of_S_+life)?(?![a-z])")
#: "by the 8th decade", "in the 6th decade of life": an ordinal decade after "the" and a
#: preposition of time is a person's (a decade "of" anything but life is a study's or century's).
_THE_DECADE = _rx(r"(?<![a-z])(?:in|into|by|until|through|from|to|during)_S_+the_S_+$")
_DECADE_OF_OTHER = _rx(r"_S_+of_S_+(?!life(?![a-z]))")
_QUALIFIED_DECADE = _rx(r"(?<![a-z])(?:early|late|mid)(?:_S_+|-)$")
#: Between two decades of one list of ages ("in their 50s, 60s and 70s").
_DECADE_LIST_GAP = _rx(
    r",?_S_*(?:(?:and|or)_S_+)?|_S_*(?:to|→|->|[-–—])_S_*(?:the_S_+)?"  # or its end ("20s → 80s")
)
#: A span of decades of life: "from the 20s to the 80s", "from 20s → 80s".
_FROM_DECADE = _rx(r"(?<![a-z])from_S_+(?:the_S_+)?$")
_TO_DECADE = _rx(r"_S_*(?:to|→|->|[-–—])_S_*(?:the_S_+)?[1-9]0s(?![a-z0-9])")
#: A person's age in apposition, as journalists write it: "Margit Sørensen, 78, a retired
#: engineer". The name is a capitalised word (unicode letters) right before ", <number>, ".
_LIVE_TO = _rx(r"(?<![a-z])(?:live[sd]?|living|survive[sd]?|surviving)_S_+(?:to|until|past|beyond)_S_+$")
_STOP = re.compile(r"[.!?;]\s")
_LIVED_TO = _rx(r"(?<![a-z])(?:live[sd]?|living|survive[sd]?|surviving)_S_+(?:to|until)_S_+\d")
_REACH_BEFORE = _rx(r"(?<![a-z])(?:reach(?:es|ed|ing)?|turn(?:s|ed|ing)?)_S_+$")
_CLAUSE_AFTER = _rx(r"_S_*(?:[.,;:!?)—–]|$|(?:and|or|but|while|whereas|if|when)(?![a-z]))")
#: A letter's or quote's sign-off line up to the age: "*— Jo K., ", "-- Sam Ortiz, ".
#: The name may be in bold or italics ("— **Jo K., ").
_SIGNATURE_NAME = re.compile(
    r"[ \t>*_]*(?:—|–|--)[ \u00a0]*(?:\*\*|__|[*_])?[A-Z][\w'’.-]*(?:[ \u00a0]+[A-Z][\w'’.-]*){0,3}"
    r"[ \u00a0]*,[ \u00a0]*"
)
#: ... and after it: ", Leeds", ", Tucson, Ariz.*", ", retired nurse**" or nothing, then the
#: line's end, perhaps after a remark in brackets ("(member since spring)").
_SIGNATURE_PLACE = re.compile(
    r"(?:[ \u00a0]*,[ \u00a0]*[^\W\d_][\w'’. ,-]{0,50})?[*_ \t\r]*(?:\([^()\n]{0,80}\)[ \t\r]*)?")
#: A credit line with no dash (``AgeRules.signature_age``): a name opening the line, bold (a
#: comment's or a testimonial's credit; the bold may run on over the age and place) or after a
#: quotation's closing mark, and a comma.
_CREDIT_NAME = re.compile(
    r"[ \t>]*(?P<bold>\*\*|__)?[A-Z][\w'’.-]*(?:[ \u00a0]+[A-Z][\w'’.-]*){0,3}(?(bold)(?:\*\*|__)?)"
    r"[ \u00a0]*,[ \u00a0]*"
)
#: ... and after its age a capitalised place (perhaps a country in brackets), perhaps a
#: separator and a date, that ends the line (", Eastfield (Norland)", ", Eastfield · 3 May 2026"),
#: perhaps a review's star rating after it ("** ★★★★☆").
_CREDIT_PLACE = re.compile(
    r"[ \u00a0]*,[ \u00a0]*[^\W\d_a-z][\w'’. -]{0,40}(?:\([^()\n]{0,60}\))?[ \t]*"
    r"(?:[·|•][^\n·|•]{0,40})?[*_ \t\r]*(?:[★☆⭐]{1,5}[ \t\r]*)?")
#: The closing marks of a quotation, before a credit's name.
QUOTE_CLOSERS = "»”\""
#: A first name before an age in brackets ("Dora (71) swims"), and what may follow the bracket.
_BRACKET_NAME = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][a-z][\w'’-]*)[ \u00a0]*\($")
_BRACKET_AGE_AFTER = re.compile(r"[ \u00a0]+[a-z]|[,;.:!?]")
_APPOSITION_NAME = re.compile(r"(?<![\w'’-])(?P<name>[^\W\d_][\w'’-]*)[ \u00a0]*,[ \u00a0]?$")
#: "Walter, now 87, still runs": an age in apposition said with "now".
_APPOSITION_NOW = re.compile(r"(?<![\w'’-])(?P<name>[^\W\d_][\w'’-]*)[ \u00a0]*,[ \u00a0]?now[ \u00a0]+$")
_APPOSITION_AFTER = re.compile(r",[ \u00a0]+[a-z]")
#: After an age said with "now", a clause end also closes it ("..., said Ortiz, now 81.").
_APPOSITION_NOW_END = re.compile(r"[ \u00a0]*(?:[.;!?)—–](?!\d)|$)")
#: "Edna, 84, from Leeds, ...": a home town after the age lets a name open the sentence.
_APPOSITION_FROM = re.compile(r",[ \u00a0]+from[ \u00a0]+[A-Z]")
#: "Name, 77, and his wife Name, 73, ...": a caption's pair, the first person's partner or
#: relative named after the age (a possessive, perhaps one adjective, a person noun), lets the
#: first name open the line (see ``AgeRules.apposition_age``).
_APPOSITION_AND_PARTNER = re.compile(
    r",[ \u00a0]+and[ \u00a0]+(?:his|her|their)[ \u00a0]+(?:[a-z-]+[ \u00a0]+)?(?P<w>[a-z-]+)(?=[ \u00a0,])")
#: "Edna, 84, a retired nurse, ...": what the person is, an article and a noun phrase whose word
#: names a person (``W.ROLE_PERSON_WORDS``, ``W.AGE_PERSON_WORDS``), lets a name open the sentence too.
_APPOSITION_ROLE = re.compile(r",[ \u00a0]+an?[ \u00a0]+(?P<w>[a-z-]+(?:[ \u00a0]+[a-z-]+){0,2})")
#: The word before a bare number that may make it an age ("after 50", "past 65", "is 79"); a
#: copula may have "now" or "both" before the number ("who is now 81", "she's now 79", "we are
#: both 66": see ``bare_age``).
_BARE_AGE_CUE = _rx(r"(?<![a-z])(?<![a-z][’'])(?P<cue>{{c}})_S_+(?P<now>(?:now|both)_S_+)?$", c=W.BARE_AGE_CUES)
#: What may follow such an age: a clause end, or a word that starts the next clause.
#: A reference marker ("after 75 [1].", "after 75¹") ends the clause as its punctuation would.
_BARE_AGE_END = _rx(
    r"_S_*(?:(?P<p>[,.;:?!()—–]|\n|$|\[\d|[¹²³⁴⁵⁶⁷⁸⁹⁰])|(?P<w>[a-z][a-z'’]*)(?![a-z]))"
)
_WORD = re.compile(r"[a-z][a-z'’]*")
_SUBJECT_PRONOUNS = ("she", "he")
_ROUGH_AGE_CUE = _rx(r"(?<![a-z])(?:after|past|beyond|from)_S_+$")
#: A person acting after an approximate age: "(around 60) I stopped", "(about 70) she took up".
_ROUGH_SUBJECT = _rx(r"_S_+(?:i|she|he|we)_S_+(?:finally_S_+|just_S_+)?(?P<v>[a-z]+)(?![a-z])")
#: A person starting something before "at N": "I started at 64 with a rowing club", "she only
#: began lifting at 68", or taking up an activity named after the verb ("I came to yoga at 52",
#: "he took up the oar at 70", "she got into rowing at 66"): the number is the age of the
#: start (see ``_Scanner.bare_age``). The subject may be left out after a comma and the
#: activity may take an object ("I'm 66, started doing pilates at 59"). Coming back to an
#: activity or place is such a start too ("I got back into the gym at 63", "he returned to his
#: club at 62").
_STARTED_AT = _rx(r"(?:(?<![a-z])(?:i|she|he)_S_+|,_S_*)(?:only_S_+|first_S_+|finally_S_+)?"
                  r"(?:(?:started|began)(?:_S_+[a-z]+ing(?:_S_+[a-z][a-z0-9-]*){0,2}?)?"
                  r"|(?:came_S_+to|took_S_+up|got_S_+into|(?:came|went|got)_S_+back_S_+(?:in)?to|returned_S_+to)"
                  r"(?:_S_+(?:the|a|an|my|his|her))?(?:_S_+[a-z]+(?:-[a-z]+)?){1,2}"
                  r"|(?:came|went|got)_S_+back)_S_+$")
#: "with my son", "with her husband": whom someone did a thing with (``AgeRules.company_at``).
_WITH_COMPANY = _rx(r"_S_+with_S_+(?:my|his|her|our|their)_S_+(?P<w>[a-z]+)(?![a-z])")
_LIFE_TURN_VERBS = frozenset({"took", "began", "gave", "quit", "got", "became", "ran", "swam"})
_TO_NUMBER = _rx(r"(?<![a-z])to_S_+(?:[a-z]+_S_+)?[0-9]")
_THIRD_PERSON = frozenset({"she", "he", "her", "his", "him"})
#: Words after "at 65" that continue a measurement ("at 65 for three sets", "at 65 per
#: cent"), and words before it that name a level ("a cadence at 65"): see ``age_at_possible``.
_NOT_AGE_AFTER = frozenset({"for", "to", "per", "of", "with", "in", "on", "by", "from", "than",
                            "and", "or", "times", "percent", "x", "over", "until", "each", "every"})
#: Another "at N" in the sentence, for two ages contrasted ("at 45 ... at 75"): what follows
#: it is a clause end or a word (checked by the caller), never a digit, decimal or unit sign.
_AT_OTHER_AGE = _rx(
    r"(?<![a-z])at_S_+(?P<n>[1-9]\d|10\d|110)(?![0-9%/]|[.,:][0-9])(?:_S_*[,.;:?!)\"”’—–]|_S_*$|_S_+(?P<w>[a-z]+))")
_AT_BEFORE = _rx(r"(?<![a-z])at_S_+$")
_THAN_AT = _rx(r"_S_+than_S_+(?:[a-z]+_S_+){0,2}at_S_+[1-9]")
#: "at 30 and again at 60": a measurement repeated, not two ages of a life.
_AGAIN = _rx(r"_S_+(?:again|once_S_+more)(?![a-z])")
_LEVEL_WORDS = frozenset({"rate", "speed", "intensity", "pace", "level", "levels", "cadence", "load",
                          "temperature", "pressure", "score", "held", "kept", "stayed", "capped",
                          "peaked", "set", "steady", "plateaued", "stable", "dose", "value"})
_OPENERS = " \t\u00a0>*_\"'“‘(-—–"
#: ("one who's 75", "one of them": a pronoun, not the next number of a list; "47, two years
#: past it", "61, 2 years after the fall": a time since something, an apposition to the age)
_NEXT_NUMBER = _rx(r"_S_*(?:and_S_+|or_S_+)?(?:\d[\d,.]*+|(?:{{w}})(?![a-z])(?!_S_+(?:who|of)(?![a-z])))"
                   r"(?!_S_*(?:years?|months?|weeks?|days?|decades?)_S_+(?:{{e}})(?![a-z]))",
                   w=[*W.UNITS, *W.TENS], e=W.ELAPSED_AFTER)
#: A lifting tempo: seconds down, pause, up, pause ("3-1-2-0"; "X" is as fast as possible),
#: read only in an article that names tempo (else four digits in a row may be anything).
_TEMPO = re.compile(r"\d-[\dx]-[\dx]-[\dx](?![\w-])")
_ONE_REP_MAX = _rx(r"[-‑]rep(?:etition)?_S_+max(?:imum|imal)?(?![a-z])")
_TEMPO_WORD = re.compile(r"(?<![a-z])tempos?(?![a-z])")
#: A set-and-rep scheme named in quotes ("the "12-10-8" pyramid"): repetitions per set joined by
#: hyphens, three to six sets, read only near a word naming repetitions or sets.
#: A rating scale's bounds: before "scale" ("a 0-10 pain scale") or closing a bracket.
_SCALE_RANGE = _rx(r"(?P<a>\d{1,2})_S_*[-–]_S_*(?P<b>\d{1,3})(?![0-9.,%])"
                   r"(?:(?P<scale>(?:_S_+[a-z]+){0,2}_S_+(?:scale|nrs|nprs|vas)(?![a-z]))|(?P<close>_S_*\)))?")
#: A reading said right after a scale's bounds, by a verb of averaging or being: "pain (0-10
#: NRS) averaged 2.1", "effort (6-20 scale) was 14" (see ``_Scanner.scale_reading``).
_SCALE_READ = _rx(r"(?<![a-z])(?:averag(?:ed|ing|es)|was|were|is|are)_S_+(?:about_S_+|around_S_+)?$")
_QUOTES = "\"“‘'"
_REP_SCHEME = re.compile(r"(?P<reps>[1-9]\d?(?:-[1-9]\d?){2,5})[\"”’']")
_REP_WORD = re.compile(r"(?<![a-z])(?:reps?|repetitions?|sets?)(?![a-z])")
#: The same scheme unquoted: before "reps" ("a 12-10-8 reps pyramid"), or alone in a table cell
#: whose row is labelled with repetitions or sets ("| Sets × reps | 12-10-8 |").
_REP_SCHEME_BARE = re.compile(
    r"(?P<reps>[1-9]\d?(?:-[1-9]\d?){2,5})(?:(?P<w>[ \u00a0]+(?:reps?|repetitions)(?![a-z]))|[ \u00a0]*\|)")
_REP_ROW_LABEL = re.compile(r"[ \t]*\|[^|\n]*(?<![a-z])(?:reps?|repetitions?|sets?)(?![a-z])[^|\n]*\|[ \u00a0]*$")
_AGEING_DOC = re.compile(
    r"(?<![a-z])(?:ag(?:e)?ing|older_S_+(?:adults|people|women|men)|elderly|sarcopenia"
    r"|years?[- ]olds?|in_S_+(?:their|your)_S_+\d0s"
    # "classes for the over-60s": a later-life age group named by its lower bound
    r"|over[- ][5-9]0s)(?![a-z])".replace("_S_", _SP)
)
_LONG_STAT = (
    r"hazard_S_+ratio|odds_S_+ratio|relative_S_+risk|risk_S_+ratio|rate_S_+ratio"
    r"|(?:intraclass_S_+)?correlation(?:_S_+coefficient)?|effect_S_+size|cohen[’']?s_S_+d"
    r"|hedges[’']?s?_S_+g|icc|auc|area_S_+under_S_+(?:the_S_+)?(?:roc_S_+)?curve|(?:mean_S_+)?difference"
    r"|ratio(?:_S_+of_S_+(?:geometric_S_+)?means)?|(?:geometric_S_+)?mean_S_+ratio"
    # the concordance (C) statistic, the area under the ROC curve of a binary outcome's model
    r"|c(?:[-‑]|_S_+)(?:statistic|index)|concordance_S_+(?:statistic|index)|harrell[’']?s_S_+c(?![a-z])"
)
_STAT_CHANGE_VERBS = ("rose", "fell", "increased", "decreased", "improved", "declined", "dropped",
                      "climbed", "changed", "moved", "shifted", "went up", "went down")
_STAT = _rx(
    # "HR fell to 1.08": the value a ratio changed to (``labelled_statistic`` keeps ratios only)
    r"(?:(?<![A-Za-z])(?P<ab>aHR|HR|aOR|OR|IRR|RaR|RR|SMD|MD)(?:_S_*[=:,]|_S_*\(95%[^)]{0,20}\)|_S_+of"
    r"|_S_+(?P<abto>(?:{{chg}})_S_+to))?"
    # "a two-sided α of 0.05", "alpha level of 0.05" (not "TNF-alpha of": a hyphen before)
    # "α 0.05", "two-sided alpha 0.01": no linking word (kept only for a level below 1)
    r"|(?<![A-Za-z‑-])(?P<al>α|alpha)(?:_S_+level)?(?:_S_+(?P<alop>of|was|=)|_S_*:|_S_+)"
    # "(*r* = 0.4)", "__P__ < .01": markdown emphasis around the letter, closed as opened
    r"|(?:(?<![A-Za-z*_])(?P<em>\*{1,2}|_{1,2})|(?<![A-Za-z]))(?P<sym>r|R|R2|R²|r2|r²|ρ|rho|β|beta|d|g|p|P|q|t|F|z|κ|α|alpha|df)"
    r"(?(em)(?P=em))(?:_S_+for_S_+[a-z-]+(?:_S_+[a-z-]+)?)?_S_*(?P<op>=|<=|>=|≤|≥|<|>)"  # "P for trend <"
    # "p equals 0.02", "p less than 0.05": a p-value said aloud
    r"|(?<![A-Za-z])(?P<sp>p|P)_S_+(?P<sop>equals|equal_S_+to|(?:less|lower|smaller|greater)_S_+than)"
    r"|(?<![A-Za-z])(?i:(?P<long>{{long}}|p[- ]values?))"
    r"(?:_S_*\(95%[^)]{0,20}\))?_S_*(?P<lop>=|<=|>=|≤|≥|<|>|:|,|of|was|were|is|(?:(?:{{chg}})_S_+)?from"
    r"|(?:{{chg}})_S_+to)?)"
    # the sign glued to the number: "-", "−", or an en dash typed for it ("r = –0.3"); markdown
    # bold may open right before it ("an odds ratio of **0.6**")
    r"(?:_S_+(?i:{{adv}}))?_S_*(?:\*\*|__)?(?P<sign>[-−–])?$",
    long=_LONG_STAT, adv=W.STAT_ADVERBS, chg=_STAT_CHANGE_VERBS,
)
#: "AUC from 0.68 to 0.74", "r rose from 0.62 to 0.70": the second value of a statistic's
#: change (see ``Scanner.stat_change``).
_STAT_TO = _rx(r"_S_+to_S_+(?P<sign>[-−])?(?P<b>{{num}})(?![0-9]|\.[0-9])", num=r"(?:\d+(?:\.\d+)?|\.\d+)")
#: A word of increment between a number and its unit ("five extra seconds", "1–2 more days").
_INCREMENT_BEFORE_UNIT = _rx(r"_S_+(?:{{w}})(?=_S_)", w=W.INCREMENT_WORDS)
#: "an AUC of 0.52 to 0.58", "r = 0.31–0.44": a statistic given as a range (``Scanner.stat_range``).
_STAT_RANGE = _rx(r"(?:_S_+to_S_+|_S_*–_S_*|-(?=\d))(?P<sign>[-−])?(?P<b>{{num}})(?![0-9]|\.[0-9])",
                  num=r"(?:\d+(?:\.\d+)?|\.\d+)")
#: A statistic named before what it is about: "the hazard ratio for falls among women was 1.3",
#: "HR for death, 0.8", "Cohen's d for gait speed of 0.5". What lies between is a short phrase
#: without digits or clause punctuation; a linking word or sign must precede the number.
_STAT_FAR = _rx(
    r"(?<![A-Za-z])(?:(?P<ab>aHR|HR|aOR|OR|IRR|RaR|RR|SMD)|(?i:(?P<long>{{long}})))"
    r"(?:_S_*\([^()\n]{0,30}\))?_S_+(?i:for|in|among|with|of|between|comparing|per|across|on)"
    r"_S_+[^.;:=<>()\[\]\n0-9]{1,60}?_S_*(?i:(?P<lop>of|was|were|is|=|:|,))(?:_S_+(?i:{{adv}}))?"
    r"_S_*(?P<sign>[-−])?$",
    long=_LONG_STAT, adv=W.STAT_ADVERBS,
)
#: A ratio per unit of exposure, its number right after the unit with no linking word: "odds
#: ratio per risk allele 1.5", "HR per SD increase 0.8" (see ``StatisticRules.per_unit_stat``).
_STAT_PER = _rx(
    r"(?<![A-Za-z])(?:(?P<ab>aHR|HR|aOR|OR|IRR|RR)|(?i:(?P<long>hazard_S_+ratio|odds_S_+ratio"
    r"|relative_S_+risk|risk_S_+ratio|rate_S_+ratio)))_S_+(?i:per_S_+[a-z][a-z-]{0,20}"
    r"(?:_S_+[a-z][a-z-]{0,20})?)_S_*(?P<lop>=|:|,)?_S_*(?P<sign>[-−])?$"
)
_STAT_FAR_HINTS = ("ratio", "risk", "cohen", "hedges", "correlation", "effect size", "icc",
                   "auc", "difference", "hr", "or", "rr", "rar", "smd", "statistic", "c-index", "c‑index", "c index", "concordance")
_STAT_KIND = {
    "hr": "hazard_ratio", "ahr": "hazard_ratio", "hazard ratio": "hazard_ratio",
    "or": "odds_ratio", "aor": "odds_ratio", "odds ratio": "odds_ratio",
    "rr": "relative_risk", "irr": "relative_risk", "rar": "relative_risk", "relative risk": "relative_risk",
    "risk ratio": "relative_risk", "rate ratio": "relative_risk", "smd": "effect_size",
    "r": "correlation", "ρ": "correlation", "rho": "correlation", "correlation": "correlation",
    "correlation coefficient": "correlation", "r2": "r_squared", "r²": "r_squared",
    "β": "beta", "beta": "beta", "d": "effect_size", "effect size": "effect_size",
    "cohen's d": "effect_size", "cohens d": "effect_size", "g": "effect_size",
    "hedges' g": "effect_size", "hedges g": "effect_size", "hedges's g": "effect_size",
    "p": "p_value", "p-value": "p_value", "p value": "p_value",
    "p-values": "p_value", "p values": "p_value", "t": "t_statistic", "f": "f_statistic",
    "z": "z_score", "q": "q_value", "df": "degrees_of_freedom", "md": "mean_difference", "difference": "mean_difference",
    "mean difference": "mean_difference", "icc": "intraclass_correlation",
    "intraclass correlation": "intraclass_correlation",
    "intraclass correlation coefficient": "intraclass_correlation", "auc": "auc",
    **{f"area under {the}{roc}curve": "auc" for the in ("", "the ") for roc in ("", "roc ")},
    **{f"{c}{n}": "auc" for c in ("c-", "c‑", "c ", "concordance ") for n in ("statistic", "index")},
    "harrell's c": "auc",
    "κ": "kappa", "α": "alpha", "alpha": "alpha",  # a significance level or Cronbach's alpha
    "ratio": "ratio", "ratio of means": "ratio", "ratio of geometric means": "ratio",
    "mean ratio": "ratio", "geometric mean ratio": "ratio",
}
#: A decimal number, written so that a failing match backtracks linearly (``\d*\.?\d+`` is
#: quadratic on a long digit run).
_NUM = r"(?:\d+(?:\.\d+)?|\.\d+)"
_CI = _rx(
    r"_S_*(?P<open>[(\[,;])?_S_*(?:(?:95|90|99)_S_*%_S_*(?:ci|confidence_S_+interval)_S_*[:=,]?_S_*)?"
    r"(?P<a>[-−]?{{num}})_S_*(?:[-–—‑]|to|,)_S_*(?P<b>[-−]?{{num}})_S_*(?P<close>[)\]])?",
    num=_NUM,
)
_CI_AFTER_PERCENT = _rx(r"_S_*\n?_S_*(?:ci|confidence_S_+intervals?)(?![a-z])")
#: Between an estimate and its interval: its unit left out of the span, then "(" or ",".
_CI_GAP = re.compile(r"[%a-z \u00a0-]{0,24}?[ \u00a0]*[(,;]?[ \u00a0]*", re.I)
#: A decimal estimate that no label or unit claimed, right before its interval: "(ratio vs.
#: baseline 1.25, 95% CI ...)", "(coefficient 0.02; 95% CI ...)". Searched in the few characters
#: before the interval; a decimal is never a year, count or list number.
_BARE_ESTIMATE = re.compile(r"(?<![\w.,/:−–-])(?P<v>[-−]?\d{1,3}\.\d+)[ \u00a0]*[,;(][ \u00a0]*$")
#: A confidence interval no statistic before it took ("difference 6.4%, 95% CI 5.7–7.1").
#: PDF text may break its line anywhere inside the interval ("(95% CI\n2.9 to 5.3)", "(95%\nCI
#: −6 to 14)"): one line break, never a blank line, is allowed between its parts. A hedge may
#: stand before the bounds in casual writing ("a 95% CI of about 0.4 to 0.9").
_CI_ALONE = _rx(
    r"_S_*\n?_S_*(?:ci|confidence(?:_S_+|_S_*\n_S_*)interval)_S_*(?:[:=,]|of(?![a-z]))?_S_*"
    r"(?:(?:roughly|about|around|approximately|approx\.|some|~|≈)_S_*)?\n?_S_*(?P<a>[-−]?{{num}})"
    r"_S_*\n?_S_*(?:[-–—‑]|to)_S_*\n?_S_*(?P<b>[-−]?{{num}})",
    num=_NUM,
)
_OF_MAX = _rx(
    r"(?:_S_+of(?:_S_+the)?|_S_?)_S_*(?:one[- ]repetition_S_+maximum|1-?rm|v̇?o2_S_?(?:max|peak)"
    r"|hr_S_?max|w_S_?max|max(?:imal|imum)?|peak)(?![a-z0-9])"
    r"(?:_S_+(?P<w1>[a-z][a-z-]*)(?:_S_+(?P<w2>[a-z][a-z-]*))?)?"
)
_COMPARATIVE = _rx(
    r"_S_+(?:higher|greater|more|lower|less|larger|smaller|faster|slower|stronger|as|the"
    r"|likelier|increased|decreased|longer|shorter)(?![a-z])"
)
_POP_STAT_AFTER = _rx(
    r"_S_+(?:worldwide|globally|nationwide|around_S_+the_S_+world|each_S_+year|every_S_+year"
    r"|per_S_+year|a_S_+year|annually)(?![a-z])"
)
#: "the last 400", "his first 100": a distance the document already gave with its unit, named
#: again by its number alone after a determiner and an ordinal, ending its phrase ("of the
#: first 200," is a part of a group, no distance).
_DISTANCE_UNITS = frozenset({"m", "km", "miles", "yards"})
_ELLIPTIC_BEFORE = _rx(
    r"(?<![a-z])(?<!of_S_)(?<!among_S_)(?<!from_S_)(?:her|his|their|my|your|our|the|a|each)_S_+"
    r"(?:last|first|final|next|second|third|fastest|slowest|hardest|opening|closing)_S_+$"
)
_ELLIPTIC_END = _rx(r"_S_*(?:[.,;:!?)—–]|$)|_S_+(?:and|or|but|then|in|at|before|after|with)(?![a-z])")
#: "there were five of them": how many a group of people named just before has.
_THERE_WERE = _rx(r"(?<![a-z])there_S_+(?:were|are|will_S_+be)_S_+$")
_OF_THEM = _rx(r"_S_+of_S_+them(?![a-z])")
#: "a pilot in 52 of them", "among 30 of those": a part of a group of people counted earlier,
#: after a preposition.
_PART_PREPOSITIONS = (" in", " among", " amongst", " for", " from", " with", " on")
#: A short phrase fronted before a sentence's comma: up to five words, no comma of its own.
_SENTENCE_LEAD = re.compile(r"[a-z0-9][a-z0-9'’-]*(?:[ \u00a0]+[a-z0-9][a-z0-9'’-]*){0,4}$")
_OF_THEM_THOSE = _rx(r"_S_+of_S_+(?:them|those|these)(?![a-z])")
#: "23 of you came", "12 of us finished": people counted among the readers or the writers.
_OF_YOU = _rx(r"_S_+of_S_+(?:you|us)(?![a-z'’])")
#: A count before a noun that carries its own duration or distance ("four 30-second sprints",
#: "2-3 easy 20-minute walks"): the count is a fact of its own, apart from the compound.
_COUNT_BEFORE_COMPOUND = _rx(
    r"_S_+(?:[a-z]{3,}_S_+)?\d+(?:\.\d+)?[-‑–](?:second|minute|min|hour|day|week|month|mile|km"
    r"|kilomet(?:er|re)|met(?:er|re))_S_+(?P<noun>[a-z]{3,})")
#: A bare count followed by who they are ("24 aged 70–85", "36 under 30 years old", "12 were
#: women"): the count is people; an age after it is a number of its own.
_COUNT_THEN_WHO = _rx(
    r"_S_+(?:(?:were_S_+)?(?:aged|ages_S_+\d|age_S_+\d|between_S_+the_S_+ages"
    r"|(?:under|over|above|below|older_S_+than|younger_S_+than)_S_+\d+_S_+(?:years?|yrs?))"
    r"|(?:\([^()\n]{1,24}\)_S_+)?were_S_+(?:{{pop}})"  # "96 (47%) were men"
    # "412 were randomised", "251 (91.6%) completed", "41 also agreed": who did what in a study
    r"|(?:\([^()\n]{1,24}\)_S_+)?(?:(?:also|then|later|still|all|eventually)_S_+)?"
    r"(?:(?:were|was|had_S_+been|have_S_+been)_S_+(?:(?:still|all|also)_S_+)?)?(?:{{verbs}}))(?![a-z])",
    pop=[k for k in W.POPULATION_NOUNS if " " not in k],
    verbs=(*W.PARTICIPATION_VERBS, *W.JUDGING_VERBS),
)
#: A bare count opening a clause that says who they were ("Twelve were retired teachers; 9
#: were age-matched non-runners"): "were" (or "are"), up to three modifiers and the plural
#: noun naming the group, closed by punctuation, a line end or a word that goes on about them.
#: The noun may be in quotes, a coined name for the group ('were Sunday "regulars" who ...').
_WERE_DESCRIBED = re.compile(
    r"[ \u00a0\n]+(?:were|are)[ \u00a0\n]+(?P<q>[\"“‘])?(?P<desc>(?:[a-z][a-z'’-]*[ \u00a0\n]+){0,3}?)"
    r"(?(q)|(?P<r>[\"“‘])?)(?P<noun>[a-z][a-z'’-]*[a-z])(?(q)[\"”’]|(?(r)[\"”’]))(?=[ \u00a0]*[,;:.()\[\]—–]|[ \u00a0]*(?:\n|$)"
    r"|[ \u00a0\n]+(?:aged|who|and|with|from|in|at|on|of|recruited|[a-z]{3,}ing)(?![a-z]))"
)
#: "12 of the non-runners", wrapped or not: the plural noun after "of the" (these, those).
_OF_THE_KNOWN = re.compile(
    r"[ \u00a0\n]+of[ \u00a0\n]+(?:the|these|those)[ \u00a0]*\n?[ \u00a0]*(?P<w>[a-z][a-z'’-]*[a-z])(?![a-z'’-])"
)
#: "of the older rowers", "of the newer members": "of the", up to two modifier words and the plural
#: they modify (``CountRules.preposition_part``).
_OF_THE_PLURAL = re.compile(
    r"[ \u00a0\n]+of[ \u00a0\n]+the[ \u00a0\n]+(?:[a-z][a-z-]*[ \u00a0\n]+){0,2}?(?P<w>[a-z][a-z-]*s)(?![a-z'’-])"
)
_MONTH_BEFORE = _rx(r"(?<![a-z])(?P<m>{{m}})\.?_S_+$", m=W.MONTHS)
_DATE_YEAR_AFTER = _rx(r"(?:st|nd|rd|th)?,?_S_+(?P<y>(?:1[89]|20)\d\d)(?![0-9])")
_DMY_AFTER = _rx(
    r"(?:st|nd|rd|th)?_S_+(?P<m>{{m}})\.?,?_S_+(?P<y>(?:1[89]|20)\d\d)(?![0-9])", m=W.MONTHS
)
_ISO_DATE = _rx(r"(?P<y>(?:1[89]|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![0-9])")
_HALF_AS = _rx(r"_S_+as_S_+(?:much|many|large|big|high|long|great|strong|fast|often|likely|small|low)(?![a-z])")
#: "with half cycling at the clinic": a share of the group just named, doing something.
_HALF_DOING = _rx(r"_S_+[a-z]{2,}ing(?![a-z])")
_HALF_FOLLOW = _rx(r"_S_+(?:of|the|that|this|their|its|his|her|all|these|those|our|your)(?![a-z])")
#: "half the battle", "half of her story": an idiom (up to two words between).
_HALF_IDIOM = _rx(
    r"_S_+(?:of_S_+)?(?:[a-z'’]+_S_+){0,2}(?:{{n}})(?![a-z‑-])", n=W.HALF_IDIOM_NOUNS)
#: "half an hour", "half a kilometer": a fraction of one unit of time or distance.
_HALF_HOUR = _rx(
    r"_S_+an?_S_+(?P<u>second|hour|minute|day|week|month|year|decade|mile|kilomet(?:er|re)|km)(?![a-z])")
#: "a third to a half", "between a fifth and a third": a share given as a range of fraction words.
_FRACTION_RANGE = _rx(r"_S_+(?P<c>to|and)_S_+(?:a|one)_S_+(?P<f>half|{{f}})(?![a-z-])", f=W.FRACTION_WORDS)
_FRACTION_AFTER = _rx(r"(?:_S_|-)(?P<f>{{f}})(?![a-z])", f=[*W.FRACTION_WORDS, "halves"])
#: The numerator "a"/"one" before a fraction word ("a fifth", "one-third").
_DISTANCE_WORDS = r"walk|run|ran|jog|sprint|swim|swam|row|cycl|rode|ride|cover|race|dash|shuttle|track|gait"
#: A spaced "m" is metres next to a word of moving a distance ("walk 400 m", "a 400 m walk"),
#: also in brackets after a walking test's label ("gait speed (6 m)", "walk test (10 m)").
_DISTANCE_BEFORE = _rx(
    r"(?<![a-z])(?:{{d}})[a-z]*(?:_S_+(?:speed|test|time))?"
    r"(?:_S_+(?:a|an|the|at_S_+least|up_S_+to|about|over|another|for))*"
    r"(?:_S_+|_S_*\(_S_*)[\d.,]+_S_*$", d=_DISTANCE_WORDS
)
_DISTANCE_AFTER = _rx(r"_S_+(?:{{d}})[a-z]*(?![a-z])", d=_DISTANCE_WORDS)
#: A spaced "m" before what was climbed or descended is metres of height: "900 m of ascent",
#: "a 600 m climb", "1,100 m of elevation gain", "400 m descent".
_ELEVATION_AFTER = _rx(r"_S_+(?:of_S_+)?(?:(?:height|elevation|altitude|vertical)_S_+(?:gain|loss)"
                       r"|ascents?|descents?|climbs?|elevation|vertical)(?![a-z])")
#: "the walking distance improved by 25 m", "distance rose to 410 m": a spaced "m" after a
#: number that a clause about a distance changes by or reaches (one clause: no punctuation).
_DISTANCE_CHANGE = _rx(
    r"(?<![a-z])distances?(?:_S_+[a-z]+){0,4}?_S_+(?:by|to|of|was|were|is)"
    r"(?:_S_+(?:a|an|about|around|roughly|nearly|almost|over|only|just|another))*_S_+[\d.,]+_S_*$"
)
#: A line or row labelled as a distance: "Walking distance: +22 m vs +9 m", "Distance (6MWT):
#: 410 m": every spaced "m" after the label's colon, to the end of its clause, is metres.
_DISTANCE_LABEL = _rx(r"(?<![a-z])distances?(?:_S_*\([^()\n]{1,20}\))?_S_*:(?:[^.;:\n]|\.\d)*$")
#: The diastolic half of a pressure reading after the systolic number ("120/80 mmHg"); a reading
#: set against a second one that carries the unit ("128/80 against 135/85 mmHg") shares it.
_PRESSURE = _rx(
    r"/(?P<d>\d{2,3})(?![\d.])(?P<next>_S_*(?:to|->|→|[-–—‑]|vs\.?|versus|and|against|compared_S_+(?:with|to))_S_*\d{2,3}/\d{2,3}(?![\d.]))?"
    r"_S_?mm_S_?hg(?![a-z])"
)
#: The diastolic half of a blood pressure written without its unit ("under roughly 135/85"), and
#: the words that name the measure it is then read as (``_Scanner.bare_blood_pressure``).
_BARE_PRESSURE = re.compile(r"/(?P<d>\d{2,3})(?![\d/]|[.,]\d)")
_PRESSURE_NAMED = re.compile(r"blood[ \u00a0-]pressure|(?<![a-z])bp(?![a-z])|systolic|diastolic|hypertensi")
#: How far before the pair (characters, on its line) the measure may be named.
_PRESSURE_NAMED_WITHIN = 160
#: An allocation over three or four arms, "1:1:1", "2:1:1" (value: first arm over the second).
#: The upper end of an interval written with directions: "(0.8 lower to 0.2 higher)".
_DIRECTED_RANGE = _rx(r"_S_+(?P<d1>lower|higher)_S_+to_S_+(?P<b>{{num}})_S_+(?P<d2>lower|higher)(?![a-z])",
                      num=_NUM)
#: A round base a risk or rate is given per: "per 1000", "per 100,000", "per 10 000".
_PER_BASE = _rx(r"_S_+per_S_+(?P<b>10{2,5}|1[0,]?000|10[0,]?000|100[, \u00a0]000)(?![0-9,.])")
_ARM_RATIO = re.compile(r"[1-9](?::[1-9]){2,3}(?![0-9/:]|[.,][0-9])")
_SLASH_COUNT = re.compile(
    r"[1-9]\d{0,3}/(?P<d>[1-9]\d{0,2}(?P<grouped>(?:,\d{3})+)|[1-9]\d{0,3})(?![0-9/:]|[.,][0-9])")
_SMALL_RATIO = re.compile(r"[1-9][/:][1-9](?![0-9/:]|[.,][0-9])")
#: "an hour after he stopped", "a week later": one unit of time as an offset.
_A_UNIT_OFFSET = _rx(
    r"_S_+(?:after|later|before|earlier|afterwards)(?![a-z])(?!_S_+(?:\d|age|turning|reaching))"
)
#: A video transcript's line break: a newline and a timestamp ("\n[02:59] ") inside a sentence.
_TIMESTAMP_BREAK = re.compile(r"\n\[(?:\d{1,2}:)?\d{1,2}:\d\d\] (?=[a-z%])")
_NOT_ELLIPTICAL = ("age", "date/metadata", "count", "sample_size", "effect_size/statistic")
_PARALLEL_PREPOSITIONS = ("at", "to", "by", "from", "after", "for")
_AND_WORD = re.compile(r"(?<![a-z])and(?![a-z])")
#: A clause break: sentence or clause punctuation, or a bracket. Rules that walk a gap between
#: a number and what it refers to stop at one.
_CLAUSE_BREAK = re.compile(r"[.!?;:]\s|[()\[\]]")
#: A bracketed test of the difference may follow: "31.5 kg against 27.0 (p = 0.01)".
_ELLIPSIS_END = _rx(r"_S_*(?:[.,;)]|$|(?:with|without|in|for|among|on|if|when|and|seen)(?![a-z])"
                    r"|\(_S_*p_S_*[<=>≤])")
#: A value set against the one before it without "and": "1.8 per fibre, close to the controls'
#: 2.0", "3 mg a day, or closer to 2.5": the second shares the first one's unit.
_COMPARED_WORD = re.compile(r"(?<![a-z])(?:close|closer|near|nearer|compared|versus|vs)(?![a-z])")
_PER_ARM = _rx(r"_S_+per_S_+(?:arm|group|condition)(?![a-z])")
#: "one man fainted", "One cyclist in the trial fractured a rib": one person (a singular noun, perhaps
#: placed in the study or a group) who came to harm or left, an adverse event counted (see
#: ``CountRules.one_person_event``); "One woman told me ..." (an anecdote) has no such verb.
#: Leaving said as "stopped"/"quit" needs a reason, "early" or a clause end after it ("one man
#: stopped because of ..."; "one woman stopped me" stays out), "left" the study or class; "had"
#: a single injury or adverse event ("One rower had a wrist sprain", the nouns of ``_HAD_HARM``; a
#: dizzy spell, an episode, an operation), or a part of the body repaired or replaced (surgery).
#: The emphatic "did" and a base verb ("one man did leave the class", "did drop out") says the same.
_ONE_PERSON_EVENT = _rx(
    r"_S_+(?P<noun>[a-z]+)(?:_S_+(?:in|from|of|on)_S_+the_S_+[a-z-]+(?:_S_+[a-z-]+)?)?"
    r"_S_+(?:fell|broke|sprained|fractured|fainted|collapsed|died|withdrew|dropped_S_+out"
    r"|bruised|tripped|slipped|strained|twisted|tore|dislocated|cracked|injured|hurt"
    r"|was_S_+(?:injured|hurt|hospitali[sz]ed|admitted)"
    r"|had_S_+(?:a|an)_S_+(?:[a-z]+_S_+)?(?:fall|fracture|injury|sprain|strain|flare-up|blister|infection"
    r"|side_S_+effect|adverse_S_+(?:event|effect|reaction)|spell|episode|operation)(?![a-z-])"
    r"|had_S_+(?:a|an)_S_+(?:[a-z]+_S_+)?[a-z]+_S_+(?:repaired|replaced|removed|operated_S_+on)(?![a-z])"
    r"|(?:stopped|quit)(?=_S_*[.,;:]|_S_+(?:because|due|after|early|halfway)(?![a-z]))"
    r"|left_S_+the_S_+(?:study|trial|programme|program|class|classes|group|sessions)"
    r"|did_S_+(?:fall|faint|withdraw|drop_S_+out"
    r"|leave_S_+the_S_+(?:study|trial|programme|program|class|classes|group|sessions)))(?![a-z])")
#: "one broken wrist", "one sprained ankle", "one flare-up": a single injury or adverse event
#: counted, by a participle of injury and a body part, or by a noun of such an event, one word
#: may name its kind ("one rope burn", "one bee sting"; the noun form only in a list after another
#: count, see ``CountRules.one_adverse_event``).
_INJURY_SITES = ("wrist", "ankle", "knee", "hip", "elbow", "shoulder", "finger", "toe", "rib", "arm",
                 "leg", "foot", "hand", "collarbone", "thumb", "hamstring", "calf", "muscle", "tendon",
                 "vertebra", "nose", "jaw", "back", "neck", "heel", "shin", "pelvis", "forearm")
_ONE_INJURY = _rx(
    r"_S_+(?:(?:broken|sprained|fractured|twisted|torn|pulled|strained|bruised|dislocated|cracked)_S_+"
    r"(?:{{sites}})"
    r"|(?:(?!of_S_|more_S_|other_S_)[a-z]+_S_+)?(?P<event>flare-up|flare|fracture|sprain|strain|injury|fall"
    r"|cut|graze|sting|bite|burn|bruise|blister|rash|capsize|collision|case(?=_S_+of_S_))"
    r"|(?P<site>{{sites}})(?=_S_*[,;).]|_S_+and_S_))(?![a-z-])", sites=_INJURY_SITES)
#: The plural of an injury's site, counted before "one <site>" in a list ("two wrists, one hip").
INJURY_SITE_UNITS = frozenset({"calves" if w == "calf" else "feet" if w == "foot" else "vertebrae"
                               if w == "vertebra" else "pelves" if w == "pelvis" else w + "s"
                               for w in _INJURY_SITES} | set(_INJURY_SITES))
#: "Eleven had falls", "4 had a minor sprain": people who had an injury or adverse event (see
#: ``CountRules.harmed_part``): "had", an article and two modifiers at most (a severity and a
#: body part: "minor knee sprains"), the event's noun.
_HAD_HARM = _rx(
    r"_S_+had_S_+(?:(?:a|an)_S_+)?(?:[a-z]+_S_+){0,2}(?:falls?|fractures?|injur(?:y|ies)|sprains?|strains?"
    r"|flare-ups?|flares?|blisters?|side_S_+effects?|adverse_S_+(?:events?|effects?|reactions?)|infections?)(?![a-z-])")
#: "30 in each group", "15 from each arm": the same, said with "each" (see ``clause_count``).
_EACH_ARM = _rx(r"_S_+(?:in|from)_S_+each_S_+(?:arm|group|condition)(?![a-z])")
#: An estimate or forecast of a tally stated by its verb ("was estimated at roughly 62,000",
#: "is projected to pass 2 million", "could reach 30,000"): see ``CountRules.estimated_tally``.
_TALLY_ESTIMATE = _rx(
    r"(?<![a-z])(?:(?:(?:is|are|was|were|be|been|now)_S_+)?(?:estimated|projected|put|reckoned|forecast|"
    r"predicted|expected|set|likely|tipped)_S_+(?:at|to_S_+(?:be|reach|top|exceed|pass|surpass|hit|near))"
    r"|(?:will|could|may|might|would|to)_S_+(?:reach|top|exceed|surpass|pass|hit))_S_+"
    r"(?:(?:about|around|roughly|nearly|almost|some|approximately|more_S_+than|over|just_S_+(?:over|under))_S_+)?$"
)
#: The tally such an estimate gives: "the number of", "the total number of", "the count of".
#: A short sentence restating a tally named in the sentence before: "It was 318.", "The
#: correct figure is 31." (see ``CountRules.restated_tally``).
_RESTATED_TALLY = _rx(
    r"(?:^|[.!?]_S_+)(?:it|that|the_S_+(?:correct|right|actual|true|real)_S_+(?:number|figure|total|count))"
    r"_S_+(?:was|is)(?:_S_+(?:actually|in_S_+fact))?_S_+$")
#: What ends such a restatement: the sentence, or "not" and the wrong figure.
_RESTATED_END = _rx(r"_S_*(?:[.!;]|,_S_+not_S_)")
#: "the number of participants who ...": the noun of a tally.
_TALLY_NOUN = _rx(r"(?<![a-z])(?:the|its|their)_S_+(?:[a-z]+_S_+){0,2}?(?:number|count|tally)_S_+of_S_+"
                  r"(?P<words>[a-z-]+(?:_S_+[a-z-]+){0,2})")
_TALLY_SUBJECT = _rx(r"(?<![a-z])(?:the|its|their)_S_+(?:[a-z]+_S_+){0,2}?(?:number|count|tally)_S_+of(?![a-z])")
#: "a youth squad of 30", "our panel of 12": a collective noun of people (two modifiers at
#: most) sized by "of" and a bare number (see ``_Scanner.clause_count``).
_COLLECTIVE_OF = _rx(r"(?<![a-z])(?:an?|the|our|their|its|his|her|your|my|this|that)_S_+(?:[a-z][a-z-]*_S_+){0,2}?"
                     r"(?P<noun>{{w}})_S_+of_S_+$", w=W.COLLECTIVE_PEOPLE_NOUNS)
#: "in teams of roughly 12", "split into small teams of 8": how many people each of several
#: gatherings holds (plural collective nouns after "in"/"into"/"of" and up to one modifier).
_COLLECTIVES_OF = _rx(r"(?<![a-z])(?:in|into)_S_+(?:[a-z][a-z-]*_S_+)?(?P<noun>{{w}})_S_+of_S_+$",
                      w=[w + ("es" if w.endswith("s") else "s") for w in W.COLLECTIVE_PEOPLE_NOUNS
                         if w in W.COUNTABLE_COLLECTIVES])
#: "no more than 9 per class", "up to 10 per team": how many people each gathering of people holds.
_PER_COLLECTIVE = _rx(r"_S_+per_S_+(?:{{w}})(?![a-z])", w=W.COLLECTIVE_PEOPLE_NOUNS)
#: What may follow such a size: a clause's end or a word that does not name what is counted.
_COLLECTIVE_END = _rx(r"_S_*(?:[.,;:!?)—–]|$)|_S_+(?:and|or|but|in|at|on|who|that|this|last|each|with|for|from)(?![a-z])")
#: A finite verb right after such a size ("a panel of 12 judged it", "a jury of nine rated each
#: dish", "a squad of 30 trained in May"): a verb of what people do or judge, or any "-ed" word
#: followed by a word that opens an object or an adverbial (not a noun: "of 12 trained rats").
#: A present-tense verb after an adverb ("a subgroup of 45 also takes a pill") as well.
_COLLECTIVE_VERB = _rx(
    r"_S_+(?:(?:also|then|all|later|each|both)_S_+)?(?:(?:{{v}})(?![a-z])"
    r"|(?<=also_S_)[a-z]{2,}s_S_+(?:a|an|the|their|its|this|that|these|those|part|in|on|at|with)(?![a-z])"
    r"|[a-z]{2,}ed_S_*[.,;:!?]|[a-z]{2,}ed_S_+(?:it|them|the|a|an|each|every|all|both|their|its|this|that|these|those"
    r"|in|on|at|for|with|as|by|to|over|under|after|before|during|from|up|down|out|off|together)(?![a-z]))",
    v=(*W.JUDGING_VERBS, *W.ARM_VERBS, *W.PARTICIPATION_VERBS, *W.GIVING_VERBS))
#: A bare count for each side of the body or each direction of a move ("6 each way", "15 per
#: leg", "8 on each side"): repetitions of an exercise; "20 per arm" is left to ``_PER_ARM``.
_PER_SIDE = _rx(r"_S_+(?:per_S_+(?:side|leg|foot|direction)|(?:on_S_+)?each_S_+(?:way|side|leg|arm|foot|direction))(?![a-z])")
_EVERY_BEFORE = _rx(r"(?<![a-z])every_S_+$")
_ONE_BEFORE = _rx(r"(?<![a-z])(?:an?|one)(?:_S_+|-)$")
#: A quantile named by rank: "the weakest fifth", "the top quarter", "the least active third".
_QUANTILE_BEFORE = _rx(
    r"(?<![a-z])the_S_+(?P<adj>top|bottom|upper|lower|[a-z]{2,}est|(?:most|least)_S_+[a-z]+)_S_+$"
)
_OF_A_UNIT = _rx(r"_S_+of_S_+an?_S_+(?P<u>second|hour|minute|day|week|month|year|decade|mile|kilomet(?:er|re)|km)(?![a-z])")
_NEXT_WORD = _rx(r"(?:_S_+(?P<w>[a-z][a-z'’-]*)|(?P<p>[,.;:)!?]|$))")
#: A distance after "quarter" ("a quarter mile run", "a three-quarter-mile walk"); "a third mile"
#: is as often an ordinal, so only quarters are read so.
_QUARTER_DISTANCE = _rx(r"(?:_S_+|[-‑])(?P<u>miles?|kilomet(?:er|re)s?|km)(?![a-z])")
#: A number ending the text before a time-point label ("12 weeks 2-3 times a week").
_NUMBER_BEFORE = _rx(r"(?:\d|(?<![a-z])(?:{{w}}))_S_*$", w=[*W.UNITS, *W.TENS])
#: Between a counted subset and the whole it was taken from ("22 of 131").
_OF_WHOLE = _rx(r"_S_+of_S_+(?:the_S_+|all_S_+)?")
#: "2.3 more items out of 20", "3 points out of a possible 30": the most there were to count
#: or score, right after a counted value (``_Scanner.compared_value``).
_OUT_OF_MAX = _rx(r"_S_+(?P<o>out_S_+of)_S_+(?:a_S_+(?:possible|maximum(?:_S_+of)?)_S_+)?")
#: "of the " right before a whole's number ("9 of the 52 walkers"; ``_Scanner.compared_one``).
_OF_THE_NUMBER_BEFORE = _rx(r"(?<![a-z])of_S_+(?:the_S_+)?$")
_OF_THE_NUMBER = _rx(r"_S_+of_S_+(?:the_S_+|these_S_+|those_S_+|all_S_+)?(?=\d)")
#: "41,500 of the city's 160,000 residents", "300 of Leeds' 2,000 members": a part of a whole owned
#: by a place or body named in the possessive (see ``_Scanner.part_or_product``).
_OF_POSSESSIVE = _rx(r"_S_+of_S_+(?:the_S_+)?(?:[a-z][a-z-]*_S_+){0,2}?[a-z][a-z-]*(?:['’]s|s['’])_S_+(?=\d)")
_OF_THEIR = _rx(r"_S_+of_S_+(?:the|their|our|your|his|her|its)_S_+(?=[a-z])")
#: A time point after a value: "at 24 hours", "at 72 h", "at day 3", "at week 12".
_GLUED_TIMEPOINT = re.compile(r"(?<![\w‑-])(?P<w>week|day|month)[-‑]$")
_AT_TIME_POINT = _rx(
    r"_S_+at_S_+(?:\d+(?:\.\d+)?_S_*(?:h|hrs?|hours?|min|minutes?|d|days?|w|wk|weeks?|months?)"
    r"|(?:day|week|month|hour|visit)_S_+\d)(?![a-z])"
)
#: "a creatine kinase of 1,450": a measure named before "of" (see ``_Scanner.named_reading``).
_NAMED_READING = _rx(
    r"(?<![a-z])an?_S_+(?P<name>[a-z][a-z0-9-]*(?:_S_+[a-z][a-z0-9-]*){0,2})_S_+of_S_+$"
)
_READING_END = _rx(r"_S_*(?:[,;)!?\n]|\.(?!\d)|$|(?:and|or|but)(?![a-z]))")  # a list item ends at \n
#: A measuring device and its verb before a reading: "my watch says", "the scale showed".
_DEVICE_READS = _rx(r"(?<![a-z])(?:{{d}})_S_+(?:{{v}})$", d=W.READING_DEVICES, v=W.READING_VERBS)
#: "a set of 6 to 10", "two sets of 10": the size of a set of repetitions.
_SET_OF = _rx(r"(?<![a-z])sets?_S_+of_S_+$")
#: "a series of 30", "a battery of five": the size of a list of items, with no noun after it.
_LIST_OF = _rx(r"(?<![a-z])(?:an?|the)_S_+(?:[a-z][a-z-]*_S_+)?(?:list|series|sequence|string|battery)_S_+of_S_+$")
#: "Step-ups: do 8 to 14", "Then do 9.": an imperative "do" opening a clause, a list item
#: or a line (an exercise's instruction), before a number with no noun or unit of its own.
#: "halt 3 shy of failure", "one short of muscular failure": repetitions held in reserve.
_SHY_OF_FAILURE = _rx(
    r"_S_+(?P<w>shy|short)_S_+of_S_+(?:(?:muscular|technical|true|total|complete)_S_+)?failure(?![a-z])")
_DO_BEFORE = _rx(r"(?:^|[:;.!?*]_S_*|^_S_*[-•+]_S_*)(?:(?:then|and|now)_S_+)?do$")
_TALLY_WORDS = {"total", "maximum", "minimum", "max", "min", "sum", "number", "lot", "couple"}
#: "18 of the older volunteers": a part of a group named by its people (see ``noun_after``).
#: "The other 35 kept walking", "the remaining twelve stopped": the rest of a group counted
#: before (see ``_Scanner.rest_of_group``).
_OTHER_BEFORE = _rx(r"(?<![a-z])the_S_+(?:other|remaining)_S_+$")
#: "of the 45 who enrolled", "the 12 who dropped out": a definite whole number of people named
#: by what they did (see ``_Scanner.who_count``).
#: ... or "including" (a part of a group just named: "N left, including three who changed jobs").
_DEFINITE_BEFORE = _rx(r"(?<![a-z])(?:the|those|all|including)_S_+$")
_WHO_AFTER = _rx(r"_S_+who_S_+(?:had_S_+|have_S_+|were_S_+|did_S_+|then_S_+|also_S_+|still_S_+)?[a-z]")
#: "three of your weekly classes", "3 of their classes": a number of a person's own sessions
#: (the noun one word at most after the possessive; see ``DoseRules.sessions_of``).
_OF_OWN_SESSIONS = _rx(r"_S_+of_S_+(?:your|their|his|her|our|my)_S_+(?:[a-z]+(?:-[a-z]+)?_S_+)?"
                       r"(?P<w>[a-z]+)(?![a-z-])")
_OF_THE_GROUP = _rx(r"_S_+of_S_+(?:the|these|those|our|their)(?=_S_+[a-z])")
_TIMES_GAP = re.compile(r"[ \u00a0]*[x×][ \u00a0]*")
_PRODUCT = _rx(r"_S_*[x×]_S_*(?=\d)")
#: "5x3", "6-by-2", "8 by 1": a drill's bouts by their size written with a letter, read only
#: before a unit or a word naming the drill (``W.DRILL_WORDS``): "a 2-by-2 design" is no drill.
_DRILL_PRODUCT = _rx(r"(?:x|[-‑]by[-‑]|_S_+by_S_+)(?P<b>\d{1,2})(?![\d.,:/x×]|[a-z]\d)")
_DRILL_WORD = _rx(r"_S_*[-‑]?_S_*(?:{{w}})(?![a-z])", w=W.DRILL_WORDS)
_DRILL_GATE = ("x", "-", "‑", " ")
#: A rate's article or quantifier before "week": "once a week two ..." is no time point.
_RATE_BEFORE = ("a", "an", "per", "each", "every")
#: Markdown emphasis may open around the share or its hedge ("fell by roughly **a tenth**").
_BY_BEFORE = _rx(
    r"(?<![a-z])(?:by|in)_S_+(?:[*_]{1,2})?(?:(?:about|around|nearly|almost|roughly|more_S_+than|less_S_+than"
    r"|over|just_S_+over|just_S_+under)_S_+)?(?:[*_]{1,2})?(?:an?_S_+)?$"
)
_BY_WRAPPED = _rx(r"(?<![a-z])by(?:_S_+(?:about|around|nearly|almost|roughly))?_S_*$")
_IN_A_SCALE = _rx(
    r"(?:_S_+(?P<w>[a-z]{2,}))?_S_+in_S_+an?_S_+(?P<m>hundred|thousand|million|billion)(?![a-z])")
_IN_RATIO = _rx(r"_S_+(?:in|out_S_+of)_S_+(?=[0-9a-z])")
#: "one adult in five", "one house out of three": a singular noun between "one" and its base,
#: the same share as "one in five" (see ``_Scanner.ratio_or_rate``).
_ONE_NOUN_IN = _rx(r"_S_+(?P<n>[a-z][a-z-]{2,})_S_+(?:in|out_S_+of)_S_+(?=[0-9a-z])")
_MULT_WORDS = _rx(r"_S_+(?:as|the|what|that_S_+(?:of|seen|found)|those_S_+(?:of|in|among|seen|found)|(?:his|her|their|its|your|our)_S_+[a-z])(?![a-z])")
#: "came to the clinic twice, a week apart", "(twice!)": a count of occasions ending its clause.
_TIMES_END = re.compile(r"[ \u00a0]*(?:[,;!)]|\.(?!\d)|$)")
_DIGIT_NEXT = _rx(r"_S_*\d")
_SECONDS_BEFORE = _rx(
    # a table row labelled with the cue ("| Rest between sets | 60 s"); a range ("rest 30-60 s")
    r"(?:(?<![a-z])(?:{{c}})(?:_S_*:|_S_+for|(?:_S_+[a-z]+){0,3}_S_*\|)?|\d_S_*[x×])_S_*(?:~|about_S_+)?"
    r"(?:\d+(?:\.\d+)?_S_*[-–]_S_*)?\d+(?:\.\d+)?$",
    c=W.SECONDS_CUES_BEFORE
)
#: The end of a decimal number ("12.6"), and a dot leader before a number ("Label ...... 12").
_DECIMAL_END = re.compile(r"(?<![\d.])\d+\.\d+$")
_DOT_LEADER = _rx(r"(?:\.{3,}|…)_S_*[\d.,]+$")
_SECONDS_AFTER = _rx(r"(?:_S_+|,_S_*)?(?:{{c}})(?![a-z])", c=W.SECONDS_CUES_AFTER)
#: After "× 10": an exponent ("10^6", "10⁶", "10e6"), so the product is a number, not repeats.
_EXPONENT = re.compile(r"(?:\^[ \u00a0]?|e)(?P<e>[-+−]?\d{1,3})|(?P<sup>[⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})")
_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
_POWER_AFTER = re.compile(r"[\^⁰¹²³⁴⁵⁶⁷⁸⁹⁻]|e[-+−]?\d")
#: The spread stated with a mean or median: "71.2 ± 5.4", "(SD 5.4)", "(5.4)" after "mean (SD)",
#: "(IQR 2.1–5.0)", "(range 65–88)", and "(2.1–5.0)" after "median".
_SPREAD = _rx(
    r"_S_*(?:(?P<pm>±|\+/[-−]|\+[-−])_S_*(?P<pmv>{{num}})"
    r"|[(\[]_S_*(?:(?:(?P<lab>sd|s\.d\.|standard_S_+deviation|sem?|s\.e\.(?:m\.)?|standard_S_+error)"
    r"_S_*[=:,]?|(?P<pm2>±))_S_*(?P<sdv>\d{1,3}(?:,\d{3})+(?![\d,])|{{num}})"
    r"|(?P<ilab>iqr|interquartile_S_+range|range)?_S_*[=:,]?_S_*(?P<a>{{num}})_S_*(?:[-–—‑]|to|,)_S_*"
    r"(?P<b>{{num}})|(?P<bare>{{num}}))_S_*[)\]])",
    num=_NUM,
)
#: The SD written right after a number ("6.8 ± 1.5"): the number is a mean, not a range end.
_PM_AFTER = _rx(r"_S_*(?:±|\+/[-−])_S_*{{num}}", num=_NUM)
_NO_SPREAD = ("sample_size", "count", "date/metadata", "effect_size/statistic")
_SD_WORD = _rx(r"(?<![a-z])(?:sd|s\.d\.|standard_S_+deviation)(?![a-z])")
_SE_WORD = _rx(r"(?<![a-z])(?:sem?|s\.e\.(?:m\.)?|standard_S_+error)(?![a-z])")
