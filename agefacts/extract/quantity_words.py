"""Word lists the quantity grammar is built from: number words, units, comparators, group nouns.

These are the general vocabulary of how English science writing states numbers (not facts about
any article). Everything is lower case: the scanners match against an ASCII-lowered copy of the
text, which keeps matching case-insensitive without the cost of ``re.IGNORECASE``.
"""

from __future__ import annotations

#: Cardinal number words; compounds ("twenty-five") and multipliers are combined by the parser.
UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
MULTIPLIERS = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
               "trillion": 1_000_000_000_000,
               # Indian numbering ("1.36 lakh participants", "14.9 crore people")
               "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000}
#: Words that stand for a number only in set phrases ("twice a week", "half of", "a third of").
SPECIAL = {"half": 0.5, "twice": 2, "once": 1, "thrice": 3, "dozen": 12}
FRACTIONS = {"half": 0.5, "halves": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25,
             "quarters": 0.25, "fourth": 0.25, "fourths": 0.25, "fifth": 0.2, "fifths": 0.2,
             "tenth": 0.1, "tenths": 0.1}
#: Fraction words that can follow a numerator ("a fifth", "two-thirds"); "half" has its own rules.
FRACTION_WORDS = ("third", "thirds", "quarter", "quarters", "fourth", "fourths", "fifth",
                  "fifths", "tenth", "tenths")
#: Verbs after "a third"/"a fifth" that make it a share of people, not an ordinal.
FRACTION_VERBS = {
    "were", "was", "are", "is", "had", "have", "has", "did", "do", "said", "say", "says",
    "reported", "report", "reports", "got", "became", "showed", "lost", "gained", "saw", "felt",
    "kept", "quit", "met", "took", "fell", "rose", "went", "came", "still", "never", "also",
    "would", "could", "will", "may", "might", "developed", "died", "survived",
}
#: Adverbs of frequency: "95 came twice a week" counts no noun "twice" per week.
FREQUENCY_ADVERBS = frozenset({"once", "twice", "thrice"})
#: Comparatives after "a third"/"a quarter" that make it a share of change ("a fifth fewer").
FRACTION_COMPARATIVES = {"fewer", "less", "more", "lower", "higher", "smaller", "larger", "greater",
                         "faster", "slower", "shorter", "longer", "cheaper"}
#: Nouns after "a third"/"a quarter" that make it an ordinal or a period, not a share.
FRACTION_NOT_NOUNS = {"century", "centuries", "time", "times", "mile", "miles", "marathon",
                      "place", "round", "party", "parties", "dose", "doses", "wave", "way"}
#: Nouns that make "half" an idiom, not a share: "half the battle", "only half of his story".
HALF_IDIOM_NOUNS = ("story", "stories", "battle", "battles", "picture", "equation", "puzzle",
                    "tale", "answer", "fun", "job", "solution")
#: Words ending in "-est" that are not superlatives ("the west quarter").
NOT_SUPERLATIVES = {"west", "rest", "test", "chest", "nest", "quest", "interest", "forest",
                    "harvest", "contest", "protest", "request", "suggest", "guest", "vest",
                    "pest", "crest", "manifest", "modest", "honest"}
FOLD_WORDS = {"twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6,
              "sevenfold": 7, "eightfold": 8, "ninefold": 9, "tenfold": 10, "hundredfold": 100,
              # verbs of the same change ("her FGF21 had nearly tripled")
              "doubled": 2, "tripled": 3, "trebled": 3, "quadrupled": 4, "halved": 0.5}
#: The same changes as a participle or present verb ("roughly halving by 80", "nearly doubles"):
#: a fold change only after a hedge or comparator ("every doubling of X" is a unit of a
#: statistic, "doubles" a tennis match).
FOLD_VERB_FORMS = {"doubling": 2, "doubles": 2, "tripling": 3, "triples": 3, "trebling": 3,
                   "trebles": 3, "quadrupling": 4, "quadruples": 4, "halving": 0.5}
#: Multiples said as adjectives ("counts about double those of the placebo arm", "nearly triple the
#: dose"): a fold change only after a hedge or comparator (a "double espresso" is none).
MULTIPLE_WORDS = {"double": 2, "triple": 3, "treble": 3, "quadruple": 4}
#: Vulgar fraction characters, alone ("½ hour") or after a whole number ("1½ hours").
VULGAR_FRACTIONS = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅛": 0.125}
#: Digits said aloud after "point" ("point three eight" = 0.38; "oh"/"nought" for zero).
SPOKEN_DIGITS = {
    "zero": 0, "oh": 0, "nought": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9,
}
#: Words a speaker corrects a number with ("thirty-two carriers, sorry, thirty-one"): the
#: corrected number restates the one before it and shares its unit.
CORRECTION_CUES = ("sorry", "i mean", "or rather", "rather", "make that", "correction")
#: Plural words in "-ers" that name things, not people: a copula after any other "-ers" noun
#: of a group ("One of our biggest improvers was 81.") may state a member's age.
NOT_PEOPLE_ERS = {
    "numbers", "others", "markers", "biomarkers", "parameters", "layers", "letters", "papers",
    "meters", "answers", "orders", "powers", "centers", "filters", "fibers", "chambers",
    "clusters", "containers", "factors", "matters", "chapters", "registers", "barriers",
    "triggers", "timers", "headers", "folders", "towers", "waters", "corners", "borders",
}

#: Comparator words before a number -> comparator symbol ("between"/"from" open a range).
PREFIX_COMPARATORS = {
    "no more than": "<=", "not more than": "<=", "at most": "<=", "up to": "<=",
    "a maximum of": "<=", "maximum of": "<=", "as many as": "<=", "as much as": "<=",
    "no longer than": "<=", "not exceeding": "<=", "≤": "<=", "⩽": "<=", "<=": "<=", "=<": "<=",
    "no less than": ">=", "not less than": ">=", "at least": ">=", "a minimum of": ">=",
    "minimum of": ">=", "≥": ">=", "⩾": ">=", ">=": ">=", "=>": ">=",
    "more than": ">", "greater than": ">", "higher than": ">", "older than": ">",
    "longer than": ">", "in excess of": ">", "upwards of": ">", "over": ">", "above": ">",
    "exceeding": ">", "beyond": ">", "well over": ">", ">": ">",
    # a threshold verb before the number ("the loss exceeds 5 %", "it surpassed 40"): more than
    "exceeds": ">", "exceeded": ">", "exceed": ">", "surpasses": ">", "surpassed": ">",
    "surpassing": ">", "surpass": ">", "not exceed": "<=", "not surpass": "<=",
    "less than": "<", "fewer than": "<", "lower than": "<", "younger than": "<",
    "shorter than": "<", "under": "<", "below": "<", "<": "<",
    "nearly": "~", "almost": "~", "about": "~", "around": "~", "approximately": "~",
    "approx.": "~", "roughly": "~", "circa": "~", "ca.": "~", "some": "~", "~": "~",
    "≈": "~", "∼": "~", "exactly": "=", "=": "=",
    # spoken hedges: "dropped something like a fifth", "somewhere around 40 minutes"
    "something like": "~", "somewhere around": "~",
}
#: Comparator phrases after a number or its unit ("3 or more sessions", "65 and older").
SUFFIX_COMPARATORS = {
    "or more": ">=", "or greater": ">=", "or higher": ">=", "or longer": ">=", "or older": ">=",
    "and older": ">=", "and over": ">=", "and above": ">=", "and up": ">=", "or above": ">=",
    "or over": ">=", "or fewer": "<=", "or less": "<=", "or lower": "<=", "or younger": "<=",
    "or shorter": "<=", "or under": "<=", "and under": "<=", "and younger": "<=",
}

#: Unit surface -> (normalised unit, kind). Kinds drive the measure category.
UNIT_SURFACES: dict[str, tuple[str, str]] = {
    "%": ("percent", "percent"), "percent": ("percent", "percent"),
    "per cent": ("percent", "percent"), "pct": ("percent", "percent"),
    # glued to the number as South Asian papers write per cent ("4pc"; only glued: "5 pc" may
    # be pieces or computers)
    "pc": ("percent", "percent"),
    "prozent": ("percent", "percent"),  # left untranslated in translated German text
    "percentage points": ("percentage points", "percent"),
    "percentage point": ("percentage points", "percent"),
    # hyphened as a compound modifier ("a 1.5 percentage-point gap")
    "percentage-points": ("percentage points", "percent"),
    "percentage-point": ("percentage points", "percent"),
    "seconds": ("seconds", "time"), "second": ("seconds", "time"), "secs": ("seconds", "time"),
    "sec": ("seconds", "time"), "s": ("seconds", "time"), "minutes": ("minutes", "time"), "minute": ("minutes", "time"),
    "mins": ("minutes", "time"), "min": ("minutes", "time"), "hours": ("hours", "time"),
    "hour": ("hours", "time"), "hrs": ("hours", "time"), "hr": ("hours", "time"),
    "h": ("hours", "time"), "days": ("days", "time"), "day": ("days", "time"),
    "weeks": ("weeks", "time"), "week": ("weeks", "time"), "wks": ("weeks", "time"),
    # a stay counted in nights ("one night at the camp, then two nights at the hut")
    "nights": ("nights", "time"), "night": ("nights", "time"),
    "wk": ("weeks", "time"), "months": ("months", "time"), "month": ("months", "time"),
    "mos": ("months", "time"), "years": ("years", "time"), "year": ("years", "time"),
    # a pet's age told on the human scale: "8 dog years", "a cat year"
    "dog years": ("years", "time"), "cat years": ("years", "time"), "human years": ("years", "time"),
    "yrs": ("years", "time"), "yr": ("years", "time"), "decades": ("decades", "time"),
    "decade": ("decades", "time"),
    # terse scientific notes ("68–79 y", "22 to 24 mo", "5 d/wk")
    "y": ("years", "time"), "mo": ("months", "time"), "d": ("days", "time"),
    "sessions": ("sessions", "freq"), "session": ("sessions", "freq"),
    "workouts": ("sessions", "freq"), "workout": ("sessions", "freq"),
    "bouts": ("sessions", "freq"), "bout": ("sessions", "freq"),
    "classes": ("sessions", "freq"), "class": ("sessions", "freq"),
    "times": ("times", "times"), "time": ("times", "times"),
    "sets": ("sets", "dose"), "set": ("sets", "dose"), "reps": ("repetitions", "dose"),
    "rep": ("repetitions", "dose"), "repetitions": ("repetitions", "dose"),
    "repetition": ("repetitions", "dose"), "steps": ("steps", "dose"),
    "servings": ("servings", "dose"), "serving": ("servings", "dose"),
    "drinks": ("drinks", "dose"), "meals": ("meals", "dose"),
    # household measures of food and drink, singular too: "1 cup of oats", "about 1 tablespoon"
    # are amounts as "2 cups" are (a bare singular noun after "1" counts nothing)
    **{f"{w}{s}": (f"{w}s", "dose") for w in ("cup", "tablespoon", "teaspoon") for s in ("", "s")},
    "tbsp": ("tablespoons", "dose"), "tsp": ("teaspoons", "dose"),
    "fold": ("fold", "fold"), "x": ("fold", "fold"), "×": ("fold", "fold"),
    "mg": ("mg", "dose"), "milligrams": ("mg", "dose"), "milligram": ("mg", "dose"),
    "g": ("g", "dose"),
    "grams": ("g", "dose"), "gram": ("g", "dose"), "µg": ("ug", "dose"), "μg": ("ug", "dose"), "mcg": ("ug", "dose"),
    "micrograms": ("ug", "dose"), "microgram": ("ug", "dose"), "iu": ("IU", "dose"), "kcal": ("kcal", "dose"),
    "calories": ("kcal", "dose"), "ml": ("mL", "dose"), "mg/kg": ("mg/kg", "dose"),
    "g/kg": ("g/kg", "dose"), "w": ("watts", "dose"), "watts": ("watts", "dose"),
    "km": ("km", "dose"), "kilometers": ("km", "dose"), "kilometres": ("km", "dose"),
    "kilometer": ("km", "dose"), "kilometre": ("km", "dose"),
    "miles": ("miles", "dose"), "mile": ("miles", "dose"), "mi": ("miles", "dose"), "m": ("m", "dose"),
    "meters": ("m", "dose"), "metres": ("m", "dose"), "meter": ("m", "dose"), "metre": ("m", "dose"), "mets": ("METs", "dose"),
    "met": ("METs", "dose"), "met-minutes": ("MET-minutes", "dose"),
    "met-min": ("MET-minutes", "dose"), "met-hours": ("MET-hours", "dose"),
    "kg": ("kg", "measure"), "kilograms": ("kg", "measure"), "kilogram": ("kg", "measure"),
    "kilos": ("kg", "measure"), "kilo": ("kg", "measure"), "lbs": ("lb", "measure"),
    "lb": ("lb", "measure"), "pounds": ("lb", "measure"), "pound": ("lb", "measure"),
    "sd": ("standard_deviation", "measure"), "sds": ("standard_deviation", "measure"), "cm": ("cm", "measure"),
    "mm": ("mm", "measure"), "inches": ("inches", "measure"), "mmhg": ("mmHg", "measure"),
    # DNA lengths in kilobases ("telomeres of 7.1 kb"), lower case only: "412 KB" is a file size
    "kb": ("kb", "measure"), "kbp": ("kb", "measure"), "kilobases": ("kb", "measure"),
    # imperial lengths and heights ("a ridge at 9,500 ft", "a 3 feet drop")
    "ft": ("ft", "measure"), "feet": ("ft", "measure"),
    # lengths spelled out ("a single millimetre", "two centimeters")
    **{f"{p}{m}{n}": (u, "measure") for p, u in (("milli", "mm"), ("centi", "cm"))
       for m in ("metre", "meter") for n in ("", "s")},
    "bpm": ("bpm", "measure"), "beats per minute": ("bpm", "measure"),
    # sound levels ("peaks of 112 dB", "85 dBA", "a 15 dB filter", "90 decibels"): the short
    # forms only with their capital B (``ContextRules``), so a lower-case "db" is no unit
    "db": ("dB", "measure"), "dba": ("dB", "measure"), "decibels": ("dB", "measure"),
    "decibel": ("dB", "measure"),
    "kg/m2": ("kg/m2", "measure"), "kg/m²": ("kg/m2", "measure"),
    "mg/dl": ("mg/dL", "measure"), "mmol/l": ("mmol/L", "measure"), "mg/l": ("mg/L", "measure"),
    "ng/ml": ("ng/mL", "measure"), "pg/ml": ("pg/mL", "measure"),
    # the same spelled out ("4.7 nanograms per millilitre", "5 micrograms per litre")
    **{f"{m}{g} per {v}{e}": (f"{a}g/{u}", "measure")
       for m, a in (("pico", "p"), ("nano", "n"), ("micro", "u"), ("milli", "m"))
       for g in ("gram", "grams") for v, u in (("milli", "mL"), ("deci", "dL"), ("", "L"))
       for e in ("litre", "liter")},
    # mass per litre as assays report it (cardiac troponin "14 ng/L", vitamin B12 "300 pg/L")
    "ng/l": ("ng/L", "measure"), "pg/l": ("pg/L", "measure"), "µg/l": ("ug/L", "measure"),
    "μg/l": ("ug/L", "measure"), "ug/l": ("ug/L", "measure"),
    "µu/ml": ("uU/mL", "measure"), "μu/ml": ("uU/mL", "measure"), "miu/l": ("mIU/L", "measure"),
    "µg/ml": ("ug/mL", "measure"), "μg/ml": ("ug/mL", "measure"), "°c": ("°C", "measure"),
    # HbA1c in IFCC units ("69 mmol/mol"); isokinetic speed in degrees per second ("60°/s")
    "mmol/mol": ("mmol/mol", "measure"), "°/s": ("deg/s", "measure"),
    "°f": ("°F", "measure"), "degrees celsius": ("°C", "measure"),
    # a temperature with the degree sign dropped ("frozen at -20C"): read only glued, capital
    # and after a signed number or "at" (``ContextRules._unit_at``)
    "c": ("°C", "measure"),
    # hormone assays in (milli/micro) international units ("2–6 µIU/mL" of insulin)
    "µiu/ml": ("uIU/mL", "measure"), "μiu/ml": ("uIU/mL", "measure"),
    "uiu/ml": ("uIU/mL", "measure"), "miu/ml": ("mIU/mL", "measure"),
    "iu/l": ("IU/L", "measure"), "u/l": ("U/L", "measure"), "nmol/l": ("nmol/L", "measure"),
    "pmol/l": ("pmol/L", "measure"),
    # micromolar amounts, with the micro sign, the Greek mu or a "u" ("0.8 µmol/kg", "250 µM");
    # a molarity keeps its capital M in the text (``MOLAR_SURFACES``): "µm" are micrometres
    **{f"{mu}{u}": (f"u{norm}", kind) for mu in ("µ", "μ", "u") for u, norm, kind in (
        ("mol/kg", "mol/kg", "dose"), ("mol/l", "mol/L", "measure"), ("m", "M", "measure"))},
    "nm": ("nM", "measure"),
    # a rank in a distribution written with its ordinal ("the 4th percentile")
    "st percentile": ("percentile", "rank"), "nd percentile": ("percentile", "rank"),
    "rd percentile": ("percentile", "rank"), "th percentile": ("percentile", "rank"),
    "st centile": ("percentile", "rank"), "nd centile": ("percentile", "rank"),
    "rd centile": ("percentile", "rank"), "th centile": ("percentile", "rank"),
    # clock times ("from 10 pm"); the value becomes hours after midnight
    "pm": ("time of day", "clock"), "p.m.": ("time of day", "clock"),
    "am": ("time of day", "clock"), "a.m.": ("time of day", "clock"),
    # pence, glued ("45p per mile"): see ``_Scanner.pence``
    "p": ("GBp", "money"), "pence": ("GBp", "money"),
    "deg/s": ("deg/s", "measure"), "degrees per second": ("deg/s", "measure"),
    "points": ("points", "score"), "point": ("points", "score"),
    "m/s": ("m/s", "measure"), "km/h": ("km/h", "measure"), "mph": ("mph", "measure"),
    # a protein's size ("a 40-kDa fragment"); a pedalling or stroke cadence ("at 85 rpm")
    "kda": ("kDa", "measure"), "kilodaltons": ("kDa", "measure"), "kilodalton": ("kDa", "measure"),
    "rpm": ("rpm", "measure"), "revolutions per minute": ("rpm", "measure"),
    # walking speed spelled out ("1.1 metres/second", "0.9 meters per second")
    **{f"{m}{sep}second": ("m/s", "measure") for m in ("metres", "meters", "metre", "meter")
       for sep in ("/", " per ")},
    "ml/kg/min": ("mL/kg/min", "measure"), "ml/min/kg": ("mL/kg/min", "measure"),
    "l/min": ("L/min", "measure"),
    "milliliters": ("mL", "dose"), "millilitres": ("mL", "dose"),
    "milliliter": ("mL", "dose"), "millilitre": ("mL", "dose"),
    # litres spelled out, as millilitres are ("2.5 litres of juice", "a 2-litre jug"); a
    # bare "l" stays no unit: it is too often a letter
    "liters": ("L", "dose"), "litres": ("L", "dose"), "liter": ("L", "dose"), "litre": ("L", "dose"),
    # VO2max said aloud ("3.1 milliliters per kilo per minute")
    **{f"{ml} per {kg} per minute": ("mL/kg/min", "measure")
       for ml in ("milliliters", "millilitres", "ml") for kg in ("kilo", "kilogram", "kg")},
    # VO2 in exponent notation as journals print it ("mL·kg−1·min−1", "ml kg-1 min-1")
    **{f"ml{dot}{a}{inverse}{dot}{b}{inverse}": ("mL/kg/min", "measure")
       for dot in ("·", "⋅", ".", " ", "\u00a0") for inverse in ("-1", "−1", "⁻¹")
       for a, b in (("kg", "min"), ("min", "kg"))},
}
#: Words for an increment between a number and its unit ("2,500 extra steps a day", "1–2 more sets").
INCREMENT_WORDS = frozenset({"additional", "extra", "more", "fewer"})
#: Unit surfaces that are a molarity only when written with a capital M ("250 µM", "10 nM").
MOLAR_SURFACES = frozenset({"µm", "μm", "um", "nm"})
#: Units that may follow a number without a space ("30min", "5kg", "3x").
ATTACHABLE = {
    "%", "min", "mins", "h", "hr", "hrs", "s", "sec", "secs", "mg", "g", "kg", "µg", "μg",
    "mcg", "µm", "μm", "µmol/kg", "μmol/kg", "µmol/l", "μmol/l", "ml", "km", "m", "w", "x", "×", "cm", "mm", "iu", "kcal", "mmhg", "bpm", "wk",
    "wks", "yr", "yrs", "mo", "mos", "lbs", "lb", "°/s", "°c", "°f", "c", "st", "nd", "rd", "th",
    "pm", "am", "p.m.", "a.m.", "p", "pc", "pct",
}

#: Period words -> the denominator of a rate unit ("per week" -> "/week").
PERIODS = {
    "week": "week", "wk": "week", "weeks": "week", "day": "day", "d": "day", "days": "day",
    "month": "month", "mo": "month", "year": "year", "yr": "year", "session": "session",
    "hour": "hour", "h": "hour", "hr": "hour", "night": "day", "minute": "minute",
    "min": "minute",
}
#: Plurals that count a span of time though no time unit ("over the four winters", "during the
#: two semesters"): restated after a preposition and "the", a period, no anaphoric count.
SPAN_PLURALS = frozenset({"seasons", "semesters", "terms", "summers", "winters"})
#: Words that only qualify a counted unit leading a stat list's description ("8,000 —
#: average daily steps", "12 — total sessions"): the unit stays the head.
STAT_QUALIFIERS = {"average", "mean", "median", "typical", "total", "extra", "more", "fewer",
                   "additional", "usual", "weekly", "daily", "monthly", "nightly"}
PERIOD_ADVERBS = {
    "weekly": "week", "daily": "day", "nightly": "day", "monthly": "month",
    "annually": "year", "yearly": "year", "hourly": "hour",
}

#: Nouns for people and animals counted as study participants -> species (None: unspecified).
POPULATION_NOUNS: dict[str, str | None] = {
    "people": "human", "ppl": "human", "persons": "human", "participants": "human", "subjects": None,
    "volunteers": "human", "individuals": None, "adults": "human", "men": "human",
    "women": "human", "males": None, "females": None, "patients": "human",
    "children": "human", "kids": "human", "adolescents": "human", "teenagers": "human",
    "teens": "human", "boys": "human", "girls": "human", "seniors": "human",
    "elders": "human", "athletes": "human", "runners": "human", "cyclists": "human",
    "swimmers": "human", "twins": "human", "residents": "human", "veterans": "human",
    "students": "human", "workers": "human", "nurses": "human", "smokers": "human",
    "survivors": "human", "respondents": "human", "donors": "human", "infants": "human",
    "babies": "human", "newborns": "human", "centenarians": "human", "retirees": "human",
    "employees": "human", "staff": "human", "personnel": "human", "americans": "human", "europeans": "human", "mothers": "human",
    "fathers": "human", "couples": "human", "families": "human", "households": "human",
    "cases": None, "controls": None, "mice": "mouse", "rats": "rat", "monkeys": "monkey",
    "macaques": "monkey", "dogs": "dog", "pigs": "pig", "animals": None, "flies": "fly",
    "worms": "worm", "zebrafish": "zebrafish",
}
HUMAN_UNIT = "people"
ANIMAL_UNIT = "animals"

#: Words that cannot sit between a number and the noun it counts ("3 of the men", "5 were").
NOT_MODIFIERS = {
    "of", "the", "a", "an", "and", "or", "to", "in", "on", "at", "for", "with", "by", "from",
    "per", "than", "that", "which", "who", "whom", "were", "was", "are", "is", "be", "been",
    "being", "had", "have", "has", "not", "no", "as", "it", "its", "their", "his", "her",
    "this", "these", "those", "more", "less", "fewer", "times", "each", "every", "other",
    "into", "out", "over", "under", "about", "after", "before", "during", "while", "when",
    "where", "all", "both", "but", "if", "so", "such", "our", "your", "we", "they", "he",
    "she", "you", "i", "them", "will", "would", "could", "should", "may", "might", "can",
    "did", "do", "does", "up", "down", "also", "only", "just", "then", "there", "here",
    "what", "how", "why", "percent", "years", "year", "months", "weeks", "days", "hours",
    "minutes", "age", "ages", "vs", "versus", "like", "including", "among", "still", "already",
    "never",
}
#: Plural-looking words that are not counted things ("the two does", "3 was").
NOT_COUNT_NOUNS = {
    "is", "was", "has", "does", "goes", "gets", "makes", "takes", "this", "its", "his",
    "hers", "ours", "yours", "theirs", "thus", "plus", "minus", "versus", "as", "us", "yes",
    "less", "unless", "across", "always", "perhaps", "whereas", "seems", "means", "remains",
    "shows", "says", "suggests", "indicates", "appears", "becomes", "comes", "uses",
    "needs", "helps", "works", "leads", "keeps", "sets", "lies", "tells", "runs",
    "stands", "reps", "others", "ones", "times", "series", "species", "news", "diabetes",
    "mass", "class", "process", "stress", "fitness", "illness", "loss", "access", "success",
    "analysis", "basis", "status", "focus", "virus", "bus", "gas",
    # what a figure shows is no fact ("two line plots", "three panels")
    "plots", "graphs", "charts", "panels", "images", "figures",
    # nor how a figure is written ("a code of six digits")
    "digits",
}

#: Words of NOT_COUNT_NOUNS that are counted nouns after a modifier ("five chair stands",
#: "two long runs") though verbs right after a number ("the 3 stands out"); also right after
#: it when a comma or colon follows ("1,200 runs, 9,000 miles", "Four runs: ...").
MODIFIED_VERB_PLURALS = {"stands", "runs"}
#: Verbs of doing or achieving whose object a number right after them is ("did 8 stands",
#: "managed 14 runs"): a word of MODIFIED_VERB_PLURALS after that number is the counted noun.
DOING_VERBS = frozenset({
    "did", "does", "do", "managed", "manages", "manage", "completed", "completes", "complete",
    "performed", "performs", "achieved", "achieves", "averaged", "averages", "logged", "logs",
    "clocked", "scored", "scores", "recorded",
})
#: Units of lifting counted per set: an adjective may stand before them ("three good reps").
SET_UNITS = ("repetitions", "sets")
#: Household measures a size word may stand before ("2 heaped teaspoons", "3 large cups"): still
#: an amount, read like "three good reps".
HOUSEHOLD_UNITS = ("cups", "tablespoons", "teaspoons")
#: Units of food and drink that a kind of food or drink may stand before when a rate follows
#: ("two fish meals a week", "three vegetable servings a day", "two oily fish meals a week"):
#: a dose of that food, read like "two meals a week".
MEAL_UNITS = ("meals", "servings", "drinks")
#: Words of pace or size before "steps" in a movement's instruction ("ten slow steps forward",
#: "four big steps to the side"): the steps are still counted when a direction follows them
#: (``STEP_DIRECTIONS``), so "two small steps toward a goal" stays a figure of speech.
STEP_MANNERS = ("slow", "quick", "fast", "small", "big", "long", "short", "brisk", "careful",
                "tiny", "large", "giant", "wide", "deliberate", "controlled", "gentle", "heavy", "light")
STEP_DIRECTIONS = ("forward", "forwards", "back", "backward", "backwards", "sideways", "up", "down",
                   "in", "to", "on", "along", "across", "around")
#: Words of severity or length before an event's noun ("two minor 'slips'", "two brief 'wobbles'"):
#: a quoted noun after one of them is counted as the plain noun would be (an evaluative word,
#: "four good 'sprints'", leaves the quotes ironic: see ``quoted_group``).
SEVERITY_WORDS = ("mild", "minor", "moderate", "severe", "serious", "slight", "brief", "short",
                  "major", "small", "light")
#: What a flight of steps is built of ("96 stone steps", "40 wooden steps"): those steps are
#: things counted (a stair), not steps walked.
STEP_MATERIALS = ("stone", "concrete", "wooden", "wood", "timber", "brick", "granite", "marble",
                  "metal", "steel", "iron", "rock", "basalt", "limestone", "cobbled", "tiled")
#: Time units that a modifier may qualify between the number and the unit ("two hard days",
#: "5 straight weeks"): a count of days or weeks of that kind.
KIND_TIME_UNITS = ("days", "weeks", "months")
#: Labels whose number names a kind of what follows ("5 Zone 2 rides", "12 type 2
#: diabetics", "two phase 3 trials"): the number after them is part of the noun phrase.
KIND_LABELS = frozenset({"zone", "type", "phase", "stage", "grade", "level", "class", "tier"})
#: Plurals of science writing that do not end in -s ("52,000 nuclei", "three criteria").
IRREGULAR_PLURALS = {
    "nuclei", "foci", "loci", "stimuli", "fungi", "bacteria", "criteria", "phenomena",
    "mitochondria", "vertebrae", "larvae", "cortices", "indices", "matrices", "genera", "taxa",
    "strata", "teeth", "geese",
}
#: Loanwords for community health posts and halls that English-language local press counts
#: with no plural ending (Indonesian "posyandu", "posbindu", "pustu", "poskesdes", "polindes";
#: Swahili "zahanati" dispensaries; Japanese "kominkan" community halls): "in 40 <loanword>".
UNMARKED_PLURALS = frozenset({"posyandu", "posbindu", "pustu", "poskesdes", "polindes", "zahanati",
                              "kominkan"})
#: Peoples named by a Bantu noun-class prefix, a plural with no English ending and no use as an
#: adjective (Botswana's "Batswana", Lesotho's "Basotho", Eswatini's "emaSwati", Rwanda's
#: "Banyarwanda", Burundi's "Barundi", Uganda's "Baganda"): counted unchanged ("1,200 Basotho").
UNMARKED_PLURALS = UNMARKED_PLURALS | {"batswana", "basotho", "emaswati", "banyarwanda", "barundi",
                                       "baganda", "bakongo", "bakiga", "basoga"}

#: Capitalised or lower-case labels after which a number is a name, not a quantity
#: ("Type 2", "Phase 3", "Figure 1", "Part 2:", "Volume 12"); after "day", "week", "month" it is
#: a time point (TIMEPOINT_WORDS).
LABEL_WORDS = {
    "type", "phase", "stage", "grade", "class", "figure", "fig", "fig.", "figs", "table",
    "step", "finding", "findings", "part", "chapter", "section", "volume", "vol",
    "vol.", "issue", "no.", "number", "nos", "article", "page", "pages", "pp", "pp.",
    "version", "v", "episode", "season", "level", "zone", "day", "week", "month", "visit",
    "wk", "wave", "arm", "group", "experiment", "study", "trial", "question", "item", "model",
    "gen", "generation", "lesson", "rule", "tip", "reason", "way", "method", "option",
    "point", "q", "top", "rank", "ranked", "chromosome", "exon", "intron", "lane", "line",
    "box", "panel", "appendix", "supplementary", "room", "floor", "route", "highway",
    "covid", "windows", "grant", "iphone", "ios", "android", "python", "web",
    "ref", "refs", "reference", "references", "note", "notes", "footnote", "eq", "eq.",
    "equation", "clause", "act", "amendment", "session", "kinase",
    "receptor", "factor", "protein", "isoform", "member", "subunit", "domain", "complex",
    "channel", "cluster", "family", "gene", "loci", "locus", "variant", "allele", "genes",
    "sirtuin", "interleukin", "collagen", "caspase", "cyclin", "histone", "hla", "cd",
    "myosin", "sample", "patient", "participant", "subject", "mouse", "animal", "case",
    "donor", "cohort", "batch",
}

#: Label words of molecules ("protein 4", "factor 7", "interleukin 6"): a number after one is its
#: name, unless a unit of concentration follows ("albumin and binding protein 2.3 mg/L": its level).
MOLECULE_LABELS = frozenset({"kinase", "receptor", "factor", "protein", "isoform", "subunit",
                             "sirtuin", "interleukin", "collagen", "caspase", "cyclin", "histone",
                             "myosin"})
#: Units of concentration (a mass or amount per volume) that read a molecule's level.
CONCENTRATION_UNIT_ENDS = ("/L", "/dL", "/mL", "/l", "/dl", "/ml", "/µL", "/uL")

#: Labels written as abbreviations with a full stop ("Fig. 2", "Vol. 12"); any other label word
#: with a full stop ends a sentence ("... a randomised trial. 120 adults took part").
LABEL_ABBREVIATIONS = {
    "no.", "nos.", "fig.", "figs.", "vol.", "pp.", "eq.", "ref.", "refs.", "v.", "wk.", "q.",
    "gen.", "ch.", "sec.", "suppl.", "app.",
}

#: Decade words ("in their eighties") -> first year of the decade.
DECADE_WORDS = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
    "seventies": 70, "eighties": 80, "nineties": 90,
}

#: Month names (and abbreviations) -> month number, for dates.
MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

#: Abbreviated rating scales whose number is a score, written before it ("RPE 15–17", "MMSE of
#: 24"): ratings of perceived exertion and common clinical screening scores.
SCALE_LABELS = ("rpe", "mmse", "moca", "sppb")

#: Weekday names: a capitalised word that names no person ("Monday, 12, ...").
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

#: Adjectives that split a study population into groups ("young and old women").
GROUP_ADJECTIVES = {
    "young", "younger", "old", "older", "elderly", "aged", "middle-aged", "adult", "juvenile",
    "trained", "untrained", "sedentary", "active", "inactive", "healthy", "frail", "obese",
    "lean", "fit", "unfit", "exercised", "exercising", "non-exercising", "male", "female",
    "diabetic", "non-diabetic", "overweight", "endurance-trained", "resistance-trained",
}

#: Section headings of structured abstracts: "Participants: ... (n = 32)" names no arm.
ABSTRACT_SECTIONS = {
    "background", "objective", "objectives", "aim", "aims", "purpose", "design", "setting",
    "settings", "participants", "subjects", "patients", "methods", "method", "intervention",
    "interventions", "measurements", "measures", "main outcome measures", "outcomes", "results",
    "findings", "conclusion", "conclusions", "interpretation", "importance", "context",
    "exposure", "exposures", "main outcomes and measures", "study design",
}

#: Lines that open a reference list: everything after them is bibliography, not findings.
REFERENCE_HEADINGS = (
    "references", "sources and references", "sources", "source", "bibliography",
    "works cited", "literature cited", "citations", "references and notes", "endnotes",
    "further reading", "reference list", "sources & references", "cited works",
)
#: Headings of a page's list of links to other stories ("Related stories", "MOST READ", "Read
#: more:", "Most popular in Travel"): the headlines under them are other articles, and their
#: numbers ("Council backs 180 flats") are none of this one's.
LINK_LIST_HEADINGS = (
    "related", "related news", "related stories", "related articles", "related content",
    "related reading", "related links", "related posts", "read more", "read next", "also read",
    "more to read", "most read", "most popular", "most viewed", "most shared", "popular",
    "popular now", "trending", "trending now", "more stories", "more news", "more articles",
    "latest news", "top stories", "you may also like", "you might also like", "recommended",
    "recommended for you", "more on this story", "more from", "editor's picks", "editors' picks",
)
#: Labels of a single link to another story, its headline on the same line after a colon
#: ("Related: Why calves age first", "READ MORE: 7 ways to sleep better").
INLINE_LINK_LABELS = (
    "related", "related story", "related stories", "related article", "related articles",
    "related reading", "read more", "read next", "also read", "more to read", "you may also like",
    "you might also like", "more on this story",
)
#: What a page counts under a story or post (its comment or share widget: "14 Comments").
ENGAGEMENT_WORDS = ("comment", "comments", "reply", "replies", "share", "shares", "like", "likes",
                    "view", "views", "reaction", "reactions", "responses")
#: Weather words of a page's masthead widget ("Hull  14°C  Heavy showers"): a line of a place, a
#: temperature and these words is page furniture.
WEATHER_WORDS = (
    "rain", "light rain", "heavy rain", "showers", "light showers", "heavy showers", "drizzle",
    "sunny", "sunshine", "sun", "sunny intervals", "clear", "clear sky", "fair", "cloudy",
    "partly cloudy", "mostly cloudy", "cloud", "overcast", "fog", "mist", "haze", "snow",
    "light snow", "sleet", "hail", "windy", "thunderstorms", "thundery showers", "storms",
)
#: What a temperature is of, for a capital C glued to a number with its degree sign dropped
#: ("sat in 12C water", "a lake of about 14C", "air temperatures around 30C"): the word right
#: after the "C", or before the number with a linking word between (``ContextRules.celsius_cued``).
TEMPERATURE_MEDIA = (
    "water", "bath", "baths", "air", "pool", "pools", "sea", "lake", "river", "shower", "showers",
    "plunge", "plunges", "tub", "sauna", "fridge", "freezer", "temperature", "temperatures", "weather",
)
#: A shop's words on a line of a brand's page: a call to buy ("Shop now", "Add to cart") or the
#: store's terms ("Free delivery on orders above $40"). The prices, sizes and terms on such a
#: line are page furniture, not findings.
STORE_LINE_PHRASES = (
    "shop now", "buy now", "shop the story", "shop the look", "add to cart", "add to bag",
    "add to basket", "free shipping", "free delivery", "free returns", "shipping on orders",
    "delivery on orders", "promo code", "discount code", "checkout",
)
#: What follows a shop's discount ("12% off your first order", "20% off with code X"): the
#: discount alone is masked (``quantity_text._MASK_PATTERNS``), not its line, where a product's
#: claims may stand.
DISCOUNT_TARGETS = ("your first order", "their first order", "your first purchase",
                    "their first purchase", "your first box", "your order", "with code",
                    "with the code", "at checkout")
#: Words of an event listing's contact or booking ("Call 555-0100", "RSVP", "tickets"): a
#: calendar entry (see ``quantity_text._listing_line``) gives one.
LISTING_CONTACT_WORDS = ("call", "rsvp", "register", "registration", "tickets", "book", "booking",
                         "info", "contact", "phone", "email", "reserve")
#: Line prefixes that introduce a citation ("Source: Author et al., Journal (2024)").
CITATION_LINE_PREFIXES = (
    "source", "sources", "reference", "references", "citation", "journal reference",
    "original study", "study", "paper", "doi", "read the study", "published in",
)
#: Labels of a metadata field that gives a study's number of people ("Sample size: 57 adults",
#: "Participants: 40"): the field states a finding even on a line that reads as a citation
#: (a research roundup's "Journal: ... · Sample size: ... · doi:..." line).
FIELD_COUNT_LABELS = ("sample size", "sample", "participants", "subjects", "patients",
                      "volunteers", "enrolment", "enrollment", "n")
#: Plural nouns of people a fact box labels its count with besides ``POPULATION_NOUNS``
#: ("Players: 120, aged 60-80"): ``FIELD_COUNT_LABELS`` takes both.
FIELD_PEOPLE_LABELS = ("players", "members", "recruits", "trainees", "walkers", "lifters", "dancers",
                       # the people a business, service or medium counts ("Paying subscribers: N")
                       "subscribers", "customers", "users", "clients", "readers", "listeners",
                       "viewers", "followers", "patrons", "shareholders")
#: Verbs whose subject, written as a bare number, counts people with an outcome ("12 died").
OUTCOME_VERBS = ("died", "developed", "reported", "responded", "improved", "fell")
#: Verbs whose subject, written as a bare number, is a count of participants ("412 were
#: randomised", "38 completed the trial"), or of people with an outcome.
PARTICIPATION_VERBS = (
    *OUTCOME_VERBS, "randomised", "randomized", "enrolled", "included", "excluded", "recruited", "assigned",
    "allocated", "analysed", "analyzed", "completed", "finished", "withdrew", "dropped out",
    "remained", "agreed", "participated", "took part", "volunteered", "consented", "screened",
    "received", "underwent", "returned", "followed up", "lost to follow-up", "attended",
    "attending",
)
#: Verbs of judging or answering whose subject, written as a bare number, counts people with
#: a view ("12 rated it too salty", "a jury of nine judged the entries"): people, not things.
#: Verbs of giving a sample or a measure after a group's size ("a subgroup of 40 also gave
#: saliva", "a panel of 12 provided ratings"): what the members did, read by ``_COLLECTIVE_VERB``.
GIVING_VERBS = ("gave", "provided", "donated", "supplied", "contributed", "submitted")
JUDGING_VERBS = ("rated", "judged", "scored", "ranked", "graded", "voted", "preferred", "chose",
                 "picked", "liked", "disliked", "favoured", "favored", "described", "called",
                 "said", "answered", "felt", "thought", "named", "rejected", "approved")
#: Verbs whose object, a bare number ending its clause, is a study's sample ("It enrolled 96.").
ENROLMENT_VERBS = ("enrolled", "enroled", "enrols", "enrolls", "recruited", "recruits",
                   "randomised", "randomized", "randomises", "randomizes")
#: Verbs of what one arm of a trial did, after a bare number opening a clause ("22 did yoga,
#: while the other 18 walked"): the number is that arm's people.
ARM_VERBS = ("did", "trained", "exercised", "performed", "practised", "practiced", "walked",
             "cycled", "ran", "jogged", "swam", "lifted", "danced", "stretched", "kept", "continued",
             "stayed", "followed", "took", "ate", "drank", "got", "used", "wore", "carried on")
#: Words that open a clause before an arm's bare number ("while the other 18 walked").
ARM_OPENERS = (" other", " remaining", " rest", "while", "whereas", " and", " but", " another")
#: Nouns naming a measured level: a whole-number change of one ("her pressure fell from 140 to
#: 118") is two measurements, not ages or counts.
MEASURED_NOUNS = ("pressure", "pressures", "level", "levels", "concentration", "concentrations",
                  "score", "scores", "reading", "readings", "heart rate", "pulse", "glucose",
                  "cholesterol", "triglycerides", "ldl", "hdl", "hba1c", "crp", "ferritin",
                  "sugar", "vo2max", "vo2 max", "vo2peak", "vo2 peak", "vo₂max", "vo₂ max")
#: Collective nouns of people sized by "of" and a bare number ("a youth squad of 30", "our
#: panel of 12", "a cohort of 400"): the number counts people; a sample's is a sample size.
COLLECTIVE_PEOPLE_NOUNS = ("squad", "team", "roster", "panel", "crew", "cohort", "sample", "group", "subgroup",
                           "class", "club", "choir", "pool", "workforce", "staff", "membership",
                           "field", "jury", "board", "committee", "audience")
#: Those of ``COLLECTIVE_PEOPLE_NOUNS`` a text splits people into several of ("in groups of
#: 15", "into teams of 8"); a sample, pool or staff is one gathering.
COUNTABLE_COLLECTIVES = frozenset({"squad", "team", "panel", "crew", "cohort", "group", "subgroup",
                                   "class", "club", "choir"})
#: Exercise moves a tip list labels its lines with ("Lunges: 6 to 10"): a bare number
#: after such a label's colon is the repetitions to do (see ``DoseRules.labelled_reps``).
EXERCISE_MOVES = frozenset({
    "squats", "lunges", "push-ups", "pushups", "press-ups", "sit-ups", "situps", "pull-ups", "chin-ups",
    "step-ups", "raises", "curls", "presses", "bridges", "crunches", "dips", "deadlifts", "sit-to-stands",
    "chair-stands", "kickbacks", "extensions", "burpees", "marches", "taps", "swings", "thrusts",
})
#: Plural nouns of counted events or a tally whose change between two whole numbers is a pair of
#: counts ("sick days fell from 90 to 52", "the number of falls dropped from 14 to 6").
COUNTED_CHANGE_NOUNS = ("number", "count", "tally", "total", "days", "cases", "injuries",
                        "admissions", "visits", "episodes", "events", "absences", "hospitalisations",
                        "hospitalizations", "incidents")
#: Plural nouns of molecules and signals: a small count of them in words ("two proteins that
#: curb healing", "three hormones", "two genes that slow repair") names the players of a
#: story, not a finding (see ``CountRules.counted_noun``); digits ("37 genes") stay counts.
MOLECULE_NOUNS = frozenset({
    "proteins", "genes", "hormones", "molecules", "enzymes", "signals", "pathways", "receptors",
    "compounds", "markers", "biomarkers", "myokines", "cytokines", "metabolites", "peptides",
    "messengers", "transcripts", "kinases", "antibodies", "ligands",
})
#: Nouns of a paper's writers: how many wrote it, or how many of them declare fees ("three of
#: the authors declared speaker grants"), is a disclosure about the paper, not a study fact.
AUTHOR_NOUNS = frozenset({"authors", "co-authors", "coauthors"})
#: The largest such count in words that names the players (``MOLECULE_NOUNS``): a larger one
#: ("five proteins passed the threshold") is more often a result.
MOLECULE_NAMING_MAX = 4
#: Letters that scale an amount of money written right after it ("£2.3bn", "$4m").
MONEY_SCALES = {
    "bn": 1e9, "billion": 1e9, "m": 1e6, "mn": 1e6, "million": 1e6, "k": 1e3, "thousand": 1e3,
    "tn": 1e12, "trillion": 1e12, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "cr": 1e7,
    "mil": 1e6, "bil": 1e9,  # "RM8mil", "RM1.5bil": as Malaysian papers write them
}
#: Signs written right before an amount of money ("$4,000", "₹450"): every currency sign of
#: Unicode's currency symbols that one currency owns (the yen's sign is read as the yen; the
#: cent "¢" follows its amount and is not here).
CURRENCY_SIGNS = {
    "$": "USD", "£": "GBP", "€": "EUR", "₹": "INR", "¥": "JPY", "₱": "PHP", "₩": "KRW",
    "₦": "NGN", "₽": "RUB", "₺": "TRY", "₫": "VND", "₪": "ILS", "฿": "THB", "₴": "UAH",
    "₵": "GHS", "₡": "CRC", "₸": "KZT", "₼": "AZN", "₾": "GEL", "৳": "BDT", "₭": "LAK",
    "₮": "MNT", "₲": "PYG",
}
#: Currencies named by a word after a scaled amount ("4.5 billion won", "a 300 million-yen
#: budget", "2 million euros"), with their ISO 4217 codes. Only after "million"/"billion"/
#: "trillion": "won" alone is the verb ("3 won medals").
CURRENCY_NAMES = {
    "won": "KRW", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "euro": "EUR", "euros": "EUR",
    "dollar": "USD", "dollars": "USD", "rupee": "INR", "rupees": "INR", "peso": "MXN",
    "pesos": "MXN", "francs": "CHF", "rand": "ZAR", "naira": "NGN", "baht": "THB",
    "ringgit": "MYR", "rupiah": "IDR", "shekels": "ILS", "reais": "BRL", "lira": "TRY",
}
#: Currencies named by a word after an UNSCALED amount ("2,400 nakfa a month", "300 Birr per
#: person"): the names that are no English word and are written the same in the singular and
#: the plural, so no plural-noun reading counts them (an English plural, "euros", "shillings",
#: is read as a counted noun already). A name several countries share is its own unit ("kwacha",
#: "manat"). "won", "yen", "rand", "dram", "sol", "pula" are words or names too: left out.
CURRENCY_NAMES_AFTER = {
    "nakfa": "ERN", "birr": "ETB", "kwacha": "kwacha", "kyat": "MMK", "taka": "BDT",
    "dalasi": "GMD", "ngultrum": "BTN", "kina": "PGK", "loti": "LSL", "maloti": "LSL",
    "lilangeni": "SZL", "emalangeni": "SZL", "ouguiya": "MRU", "ariary": "MGA", "rufiyaa": "MVR",
    "tenge": "KZT", "manat": "manat", "lari": "GEL", "hryvnia": "UAH", "hryvnias": "UAH",
    "forint": "HUF", "forints": "HUF", "zloty": "PLN", "zlotys": "PLN", "lempira": "HNL",
    "lempiras": "HNL", "quetzal": "GTQ", "quetzales": "GTQ", "cedi": "GHS", "cedis": "GHS",
    "leone": "SLE", "leones": "SLE", "naira": "NGN", "baht": "THB", "ringgit": "MYR",
    "rupiah": "IDR", "renminbi": "CNY", "yuan": "CNY",
}
#: The Balkans' and Central Asia's names of the same shape: the Romanian and Moldovan leu
#: (shared: its own unit, as "kwacha"), the Bulgarian lev, the Macedonian denar, the Tajik
#: somoni, the Mongolian tugrik and the Cambodian riel, each with its plural.
CURRENCY_NAMES_AFTER.update({
    "leu": "leu", "lei": "leu", "lev": "BGN", "leva": "BGN", "denar": "MKD", "denari": "MKD",
    "denars": "MKD", "somoni": "TJS", "tugrik": "MNT", "tugriks": "MNT", "riel": "KHR",
    "riels": "KHR",
})
#: Lusophone Africa's and its neighbours' names of the same shape: the Mozambican metical
#: (plural meticais), the Angolan kwanza and the Sao Tomean dobra (the Malawian and Zambian
#: kwacha are above).
CURRENCY_NAMES_AFTER.update({
    "metical": "MZN", "meticais": "MZN", "meticals": "MZN", "kwanza": "AOA", "kwanzas": "AOA",
    "dobra": "STN", "dobras": "STN",
})
#: Abbreviations and ISO codes written before an amount, with a space or none ("Rs 450",
#: "Rs. 2,500", "INR 300", "USD 1,200"); matched case-sensitively ("rs9939609" is a SNP id).
CURRENCY_WORDS = {"Rs": "INR", "Rs.": "INR", "INR": "INR", "USD": "USD", "EUR": "EUR", "GBP": "GBP"}
#: Letters written glued before an amount as a currency's sign ("R450" for South African
#: rand, "N2,500" for naira, "Dh90" or "Dhs90" for UAE dirhams, "Sh300" or "KSh300" for
#: Kenyan shillings, "Rp50,000" for rupiah); ambiguous with symbols and labels ("R2", "N15"),
#: so read only where money is spoken of (``ContextRules.letter_currency``). The class: the
#: letters a country's own press glues before its currency's amounts, as a sign ("Bt" baht,
#: "Tk" taka, "USh"/"TSh" Ugandan/Tanzanian shillings, "Rf" rufiyaa, "Nu" ngultrum, "Kz"
#: kwanza); letters that are also common labels or gene names ("MK", "K", "P") are left out.
LETTER_CURRENCIES = {"R": "ZAR", "N": "NGN", "Dh": "AED", "Dhs": "AED", "Sh": "KES", "KSh": "KES",
                     "Rp": "IDR"}
LETTER_CURRENCIES.update({"Ksh": "KES", "Bt": "THB", "Tk": "BDT", "USh": "UGX", "TSh": "TZS",
                          "Rf": "MVR", "Nu": "BTN", "Kz": "AOA"})
#: Two capitals a country's press glues before its amounts as a sign, the Gulf's and the Levant's
#: riyals, dinars and rials and the pound and birr and kyat written so ("SR" Saudi riyal, "QR"
#: Qatari riyal, "JD" Jordanian, "KD" Kuwaiti, "BD" Bahraini dinar, "RO" Omani rial, "LE"
#: Egyptian pound, "Br" birr, "Ks" kyat): read under the same gates as the letters above.
LETTER_CURRENCIES.update({"SR": "SAR", "QR": "QAR", "JD": "JOD", "KD": "KWD", "BD": "BHD",
                          "RO": "OMR", "LE": "EGP", "Br": "ETB", "Ks": "MMK"})
#: West and Central Africa's signs, written glued or spaced before amounts in the region's
#: press: "D" the Gambian dalasi, "Le"/"NLe" the Sierra Leonean leone (old and redenominated),
#: "GH¢"-less "GHC" cedi, and the CFA franc's "FCFA"/"CFAF"/"CFA" (shared by the Central and
#: West African francs, so the unit is the sign, as "K" is). Read under the same gates; "D"
#: after "vitamin" is never money (``ContextRules.letter_currency``).
LETTER_CURRENCIES.update({"D": "GMD", "Le": "SLE", "NLe": "SLE", "GHC": "GHS",
                          "FCFA": "CFA", "CFAF": "CFA", "CFA": "CFA"})
#: The letter signs of the Americas and of the rest of Africa written the same way, glued or
#: spaced, as the countries' own press writes them: "Bs" the boliviano, "Gs" the guaraní, "Ar"
#: the ariary, "FBu" the Burundi franc, "FRw" the Rwandan franc, "Db" the dobra, "Nfk" the
#: nakfa, "Fdj" the Djibouti franc. Every sign of two letters or more is also read with an
#: abbreviation's full stop, spaced ("Bs. 4,000", "Tk. 12,000": ``ContextRules.currency_before``).
LETTER_CURRENCIES.update({"Bs": "BOB", "Gs": "PYG", "Ar": "MGA", "FBu": "BIF", "FRw": "RWF",
                          "Db": "STN", "Nfk": "ERN", "Fdj": "DJF"})
#: Signs written AFTER an amount, spaced or glued, as the countries' own press writes them
#: ("350 kr", "1,200 zł", "90 Kč"): "kr" the Nordic kroner, kronor and krónur (shared, so the
#: unit is the sign, as "K" is), "zł" the zloty, "Kč" the koruna. Matched case-sensitively,
#: before a non-letter; "Ft" (feet) and "kn" (knots) are left out.
CURRENCY_SIGNS_AFTER = {"kr": "kr", "zł": "PLN", "Kč": "CZK"}
#: One capital glued before a SCALED amount as a currency's sign ("K3.2 million", "P2bn"): "K"
#: the kina, kwacha and kyat, "P" the pula and the Philippine peso. Alone these letters are
#: labels, vitamins and p-values ("K2", "P4"), so they are read only before million, billion,
#: trillion or "bn" (``_SCALED_AFTER``), never from a word of money; the unit is the sign, which
#: more than one currency shares.
SCALED_LETTER_CURRENCIES = {"K": "K", "P": "P"}
#: Letter signs a country's press writes before its amounts that are also common labels, model
#: numbers or gene names ("MK" the Malawi kwacha, "KM" the convertible mark): read, glued or
#: spaced, only before an amount's shape (thousands grouped, three digits or more, or scaled:
#: ``_ISO_AMOUNT``) under the letter currencies' gate (a word of money earlier in the sentence,
#: money's ending after it), so "MK 21,500 per woman" is money and "MK-677" or "MK 2" stay out.
#: The one-letter signs above ("K", "P") are read the same way when unscaled ("K250 a week").
LABEL_LETTER_CURRENCIES = {"MK": "MWK", "KM": "BAM"}
#: ISO 4217 codes of circulating currencies, which papers also glue before an amount as a sign
#: ("KRW12,000", "PHP850", "CHF1.2 million"); read only before an amount's shape (thousands
#: grouped, three digits or more, or a scaled amount: ``ContextRules.iso_currency``). Fund and
#: metal codes are left out, and so are codes that are also capitalised English words ("ALL",
#: "TOP", "CUP", "PEN", "TRY", "GEL", "SOS", "MOP", "BAM", "BOB": a headline's "TOP100").
ISO_CURRENCY_CODES = frozenset({
    "AED", "AFN", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BBD", "BDT", "BGN", "BHD",
    "BIF", "BMD", "BND", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHF", "CLP",
    "CNY", "COP", "CRC", "CUC", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB",
    "EUR", "FJD", "FKP", "GBP", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG",
    "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR",
    "KMF", "KPW", "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD",
    "MDL", "MGA", "MKD", "MMK", "MNT", "MRU", "MUR", "MVR", "MWK", "MXN", "MYR", "MZN", "NAD",
    "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PGK", "PHP", "PKR", "PLN", "PYG", "QAR",
    "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SLL",
    "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TTD", "TWD", "TZS",
    "UAH", "UGX", "USD", "UYU", "UZS", "VED", "VES", "VND", "VUV", "WST", "XAF", "XCD", "XCG",
    "XOF", "XPF", "YER", "ZAR", "ZMW", "ZWG", "ZWL"
})
#: The ISO 4217 codes left out above because they are also capitalised English words (the
#: Albanian lek, pa'anga, Cuban peso, sol, lira, lari, Somali shilling, pataca, convertible
#: mark, boliviano): read only spaced before an amount's shape ("GEL 25,000", "PEN 1,200")
#: under the letter currencies' gate (a word of money earlier in the sentence, money's ending
#: after it), so "TOP 100 songs" and "ALL 2,000 patients" stay out.
ISO_WORD_CODES = frozenset({"ALL", "TOP", "CUP", "PEN", "TRY", "GEL", "SOS", "MOP", "BAM", "BOB"})
#: The same, longest first, for matching right before a number.
LETTER_CURRENCY_PREFIXES = tuple(sorted(LETTER_CURRENCIES, key=len, reverse=True))
#: Abbreviations written glued before an amount, never with a space ("RM250,000", "RM8mil":
#: Malaysian ringgit); spaced, "1 RM 60 kg" is a one-repetition maximum, not money.
GLUED_CURRENCIES = {"RM": "MYR"}

#: A bare number after these words may be an age ("after 50", "By 80,", "at 30."): see
#: ``_Scanner.bare_age``. ``strong``: said of ages in an article about ageing even without a
#: person in the sentence ("What happens to muscle after 50?"); ``weak``: only with a person or
#: ageing word in the sentence and a clause end after the number; ``copula``: only after a
#: person ("my mother is 79") or with an ageing word ("the oldest volunteer was 79");
#: ``self``: a copula carrying its person ("I'm 52,"); ``bound``: only right after a person
#: ("anyone over 65").
BARE_AGE_CUES = {
    "after": "strong", "past": "strong", "pass": "strong", "passing": "strong", "beyond": "strong", "turning": "strong",
    "turned": "strong", "turn": "strong", "turns": "strong", "reaching": "strong",
    "reached": "strong", "reach": "strong", "hitting": "strong", "hit": "strong",
    "at": "weak", "by": "weak", "until": "weak", "till": "weak", "before": "weak",
    "is": "copula", "was": "copula", "am": "copula", "are": "copula", "were": "copula",
    "'s": "copula", "’s": "copula",
    # a copula with its person: "I'm 52", "she's 79"
    "i'm": "self", "i’m": "self", "she's": "self", "she’s": "self", "he's": "self",
    "he’s": "self", "you're": "self", "you’re": "self", "we're": "self", "we’re": "self",
    "they're": "self", "they’re": "self", "who's": "self", "who’s": "self",
    # a group's age extremes: "youngest 48, oldest 83"
    "youngest": "self", "oldest": "self",
    "over": "bound", "under": "bound", "above": "bound",
}
#: People named without a population noun: pronouns, kin, roles.
AGE_PERSON_WORDS = {
    "i", "me", "my", "you", "your", "we", "us", "our", "they", "them", "their", "he", "him",
    "his", "she", "her", "one's", "anyone", "everyone", "someone", "somebody", "everybody",
    "anybody", "those", "person", "people", "man", "woman", "mother", "father", "mum", "mom",
    "dad", "grandmother", "grandfather", "grandma", "grandpa", "wife", "husband", "sister",
    "brother", "friend", "patient", "participant", "volunteer", "subject", "client", "athlete",
    "runner", "adult", "senior", "member", "you're", "you’re", "they're", "they’re", "we're",
    "we’re", "she's", "she’s", "he's", "he’s", "i'm", "i’m",
    # kin and neighbours named in family chats and readers' questions ("my auntie who is 77")
    "grandad", "granddad", "grandmom", "granny", "gran", "nana", "grandparent", "aunt", "auntie",
    "uncle", "neighbour", "neighbor",
}
#: People one does something with, after "with" and a possessive ("at 70 with my grandson"):
#: kin and companions beyond ``AGE_PERSON_WORDS`` (``AgeRules.company_at``).
COMPANION_WORDS = {
    "daughter", "daughters", "son", "sons", "grandson", "grandsons", "granddaughter",
    "granddaughters", "grandchild", "grandchildren", "grandkids", "child", "children", "kids",
    "partner", "family", "friends", "wife", "husband", "niece", "nephew", "cousin", "cousins",
}
#: A person named by an occupation or a role in the community, in the singular: in apposition
#: after a determiner ("the retired teacher, 71, ...", "our village pastor, 80, ..."), as a
#: person word is, the number between commas is that person's age (``AgeRules.apposition_age``).
ROLE_PERSON_WORDS = {
    "teacher", "schoolteacher", "schoolmaster", "schoolmistress", "headteacher", "headmaster", "headmistress", "principal", "lecturer", "professor",
    "nurse", "midwife", "doctor", "physician", "surgeon", "pharmacist", "dentist", "carer",
    "farmer", "fisherman", "fisherwoman", "herder", "trader", "shopkeeper", "tailor", "seamstress",
    "baker", "cook", "chef", "butcher", "carpenter", "builder", "bricklayer", "plumber",
    "electrician", "mechanic", "engineer", "miner", "driver", "postman", "postwoman", "clerk",
    "accountant", "banker", "lawyer", "judge", "soldier", "sailor", "pilot", "policeman",
    "policewoman", "firefighter", "secretary", "librarian", "journalist",
    "pastor", "priest", "vicar", "imam", "rabbi", "minister", "deacon", "nun", "monk", "chief",
    "elder", "widow", "widower", "pensioner", "retiree", "veteran",
    "great-grandmother", "great-grandfather", "coach", "instructor", "trainer", "dancer",
    "swimmer", "cyclist", "rower", "walker", "hiker", "golfer", "gardener", "artist", "musician",
    "singer", "writer", "poet", "painter", "housewife", "homemaker", "caretaker", "cleaner",
}
#: Words that make a sentence about age itself.
AGE_CONTEXT_WORDS = {
    "age", "aged", "ages", "ageing", "aging", "old", "older", "oldest", "elderly", "young",
    "younger", "youngest", "birthday", "birthdays", "retire", "retired", "retirement",
    "midlife", "lifespan", "lifetime", "decade", "decades",
    "olds",  # "20-year-olds" (the singular's "old" is already here)
}
#: The narrower set that lets a copula introduce an age ("the oldest volunteer was 79").
AGE_COPULA_CONTEXT = {
    "age", "aged", "old", "older", "oldest", "young", "younger", "youngest", "birthday",
}
#: Determiners that may follow an age after a strong cue when the sentence names people or
#: ageing ("after 50 the pace picks up, with most adults losing ...").
AGE_DETERMINERS = {"the", "this", "that", "these", "those", "a", "an"}
#: Verbs after a demonstrative that make it a pronoun subject, not a determiner: "after 50
#: that matters", "past 60 this is normal" (auxiliaries; a verb in -s is recognised by form).
DEMONSTRATIVE_VERBS = {"is", "was", "will", "can", "may", "might", "could", "would", "should",
                       "does", "did", "has", "had", "must"}
#: Words that may follow an age after a strong cue ("after 50 most people lose ...").
AGE_FOLLOWERS = {
    "and", "or", "but", "you", "your", "we", "they", "he", "she", "i", "it", "most", "many",
    "when", "if", "so", "then", "onwards", "onward",
    "anyway", "too", "though", "now",
}
#: Words after a period that make "N years <word>" a time since something, not a number of a
#: list: after an age, "47, two years past her operation" tells how long since, so the age
#: is no list item ("at 30, 60 and 90 minutes" is one).
ELAPSED_AFTER = ("past", "after", "since", "into", "later", "on", "out", "beyond", "ago", "before")
#: Words that make "1:1" in their sentence an allocation ratio ("randomised 1:1").
ALLOCATION_WORDS = {
    "randomised", "randomized", "randomly", "random", "randomisation", "randomization",
    "allocated", "allocation", "assigned", "ratio", "rct", "rcts",
}
#: Words after a named person's age that make a copula tell it ("Desmond was 71 when ...").
NAMED_AGE_FOLLOWERS = {"when", "now", "today"}
#: Words after "<Full Name> is N and" that go on about the same person, as a verb of a second
#: predicate ("Vera Holm is 81 and has ...", "... is 84 and still drives"); a verb in -s or a
#: past verb is recognised by form.
NAMED_AGE_AND_VERBS = {"has", "had", "is", "was", "still", "now", "never", "lives", "says", "can", "does"}
#: Capitalised words before a copula that name no person ("It was 30 when ...").
NOT_NAMES = {
    "it", "this", "that", "there", "here", "what", "which", "temperature", "score", "total",
    "result", "average", "mean", "median", "count", "number", "rate", "time", "age",
}
#: Time units whose numbered label is a time point in a study ("week 12", "at day 3"); also
#: a race's numbered mile ("hit the wall at mile 20"): a point along it, not a distance run.
TIMEPOINT_WORDS = {"day": "day", "week": "week", "month": "month", "wk": "week", "mile": "mile"}
#: Their plurals before a span of time points ("weeks 4–8"): the unit of the span.
TIMEPOINT_PLURALS = {"days": "day", "weeks": "week", "months": "month", "wks": "week"}
#: Words that end a phrase naming studies or things, not a group of participants ("Eleven
#: trials (n = 498)", "to date (n = 412)").
NOT_GROUP_NOUNS = {
    "trial", "trials", "study", "studies", "rct", "rcts", "review", "reviews", "analysis",
    "analyses", "meta-analysis", "paper", "papers", "date", "today", "year", "years",
    "exercises", "sessions", "booster", "supplement", "supplements",
}

#: Adverbs between a statistic's linking word and its value: "the ICC was only 0.62".
STAT_ADVERBS = ("only", "just", "about", "around", "approximately", "roughly", "nearly", "almost",
                "still")


#: Words of interval training that make a spaced "s" after a number seconds: before it ("rest
#: 90 s", "hold 30 s") or after it ("30 s sprints", "20 s on, 10 s off", "30 s of cycling").
#: Without them "30 s" is too unsure (a decade, a list letter).
SECONDS_CUES_BEFORE = ("rest", "rests", "resting", "recovery", "recover", "hold", "holds",
                       "holding", "sprint", "sprints", "interval", "intervals", "every", "lasting")
SECONDS_CUES_AFTER = ("sprint", "sprints", "interval", "intervals", "rest", "recovery", "hold",
                      "holds", "bout", "bouts", "effort", "efforts", "burst", "bursts", "on",
                      "off", "each", "per", "of", "all-out", "work", "walk", "jog")

#: Words naming a drill after its bouts-by-size product ("5x3 intervals", "a 6-by-2 HIIT
#: session"): the product is a training dose, not a design, a grid or a vehicle.
DRILL_WORDS = ("interval", "intervals", "hiit", "sprint", "sprints", "bout", "bouts", "set",
               "sets", "rep", "reps", "repetitions", "protocol", "workout", "workouts", "session",
               "sessions", "circuit", "circuits", "training")

#: Words before a span of years that make it a duration, not ages ("followed for 5–7 y").
DURATION_WORDS_BEFORE = ("for", "over", "during", "lasting", "after", "within", "past", "last",
                         "next", "spanning", "across", "of", "until", "till", "up to", "every")

#: Words naming a group of people before a terse span of ages ("the cohort 60–70 y", "group
#: 65–80 y"), as population nouns do.
PEOPLE_GROUP_WORDS = ("cohort", "cohorts", "group", "groups", "population", "sample")

#: Time units an age may be counted in besides years: laboratory animals and infants ("24-month-old
#: rats", "mice aged 18 months", "mice 18–24 mo", "3-week-old pups").
YOUNG_AGE_UNITS = ("months", "weeks", "days")

#: Nouns of a compound modifier whose number counts them ("a 15-word list", "a 10-item
#: questionnaire", "a 6-item scale"): the count's unit is the plural.
#: Nouns of people a count is glued to as a group-size modifier ("a 24-person trial", "a
#: 12-patient pilot", "a 300-employee firm"): the count is a sample size. Besides the listed
#: ones, the singular of every plural population noun of people.
GROUP_SIZE_MODIFIERS = ("person", "patient", "participant", "subject", "volunteer", "member", *sorted(
    {n[:-1] for n, species in POPULATION_NOUNS.items()
     if species == "human" and n.endswith("s") and not n.endswith(("ies", "ss"))}
    - {"person", "patient", "participant", "volunteer"}))
COUNTED_MODIFIERS = {
    "word": "words", "item": "items", "question": "questions", "page": "pages",
    "letter": "letters", "digit": "digits", "picture": "pictures", "gene": "genes",
    "station": "stations", "exercise": "exercises", "domain": "domains", "step": "steps",
    "marker": "markers", "biomarker": "biomarkers",
    # a panel or signature sized by its molecules ("a 9-protein score", "a 5-metabolite
    # signature"): the singulars of ``MOLECULE_NOUNS``
    "protein": "proteins", "hormone": "hormones", "molecule": "molecules", "enzyme": "enzymes",
    "metabolite": "metabolites", "peptide": "peptides", "cytokine": "cytokines",
    "myokine": "myokines", "transcript": "transcripts", "antibody": "antibodies",
    # a molecule's length ("a 52-amino-acid peptide", "a 30-residue tail")
    "amino-acid": "amino acids", "residue": "residues", "nucleotide": "nucleotides",
    # a care site's size by its beds ("a 90-bed nursing home", "a 400-bed teaching hospital"),
    # as a trade or press page describes a participating home or hospital
    "bed": "beds",
}

#: Devices whose reading a writer quotes without its unit ("the watch read 38", "the scale
#: read 82.5"), and the verbs that give the reading.
READING_DEVICES = ("watch", "smartwatch", "tracker", "app", "scale", "scales", "monitor", "meter",
                   "cuff", "device", "oximeter", "thermometer", "glucometer", "ring", "band")
READING_VERBS = ("says", "said", "reads", "read", "shows", "showed", "shown", "displays", "displayed",
                 "gives", "gave", "puts it at", "put it at")
