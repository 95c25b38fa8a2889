"""Levels compared between old and young with no relation cue (session 27): "aged tendon
carried five times more X than young tendon", "X-stained nuclei were 25% fewer per section in the
elderly cohort", "X in aged rats was three times the amount in juvenile rats", "raised plasma X
among elderly men in care than among students". More of X in the old is X ``associated_with`` age;
less is X ``declines_with_age`` (docs/claims_labelling.md, "Groups compared").

Read on the whole sentence after the cue reader, only where it said nothing of X's age: a cheap
word test first (an old word and a comparative), then the shapes below, clause by clause. A
comparison needs its old group; one with "than" needs a young group after it (so "old mice given
D had more X than old controls", a treatment compared, is none), and a clause with exercise or
training (a response compared, a trained group), a knockout or a treatment is left alone.
"""

from __future__ import annotations

import re
from itertools import pairwise

from agefacts.extract.claim_patterns import MOLECULAR
from agefacts.extract.claim_records import Claim, Mention, Role

#: a figure or degree before a comparative: "three times", "2.6-fold", "40%", "much", "far"
_AMOUNT = (
    r"(?:(?:about|roughly|nearly|almost|around|some|over|up\s+to|more\s+than|at\s+least|"
    r"only|barely|just)\s+)?"
    r"(?:(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|several)"
    r"(?:\s*-?\s*fold|\s+times)|\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)|much|far|many|"
    r"significantly|markedly|substantially|considerably|slightly|somewhat)\s+"
)
_UP = ("more", "higher", "greater", "larger", "elevated", "raised", "increased")
# (session 34, round a) "scarcer" / "rarer": fewer of them
_COMPARATIVE = (r"(?P<cmp>more|less|fewer|higher|lower|greater|larger|smaller|elevated|reduced|"
                r"scarcer|rarer)")
#: the old group holds the molecule: "aged tendon carried five times more X", "elderly
#: volunteers also showed 3.1-fold higher X", "elderly rat tendon holds fewer X+ nuclei"
_HAS = re.compile(
    r"\b(?:had|have|has|carried|carry|carries|contain|contains|contained|showed|show|shows|"
    r"held|hold|holds|expressed|express|expresses|made|make|makes"
    # (session 29, round a) a level at the outset: "the aged dogs began with lower X"
    r"|(?:started|start|starts|began|begin|begins)\s+(?:out\s+|off\s+)?with)\s+(?:also\s+)?"
    r"(?:" + _AMOUNT + r")?" + _COMPARATIVE + r"\s+",
    re.IGNORECASE,
)
#: the old group right before the verb ("elderly volunteers also showed", "aged rats seem to
#: hold"): what may stand between them
_SUBJECT_GAP = re.compile(
    # (session 34, round a) the group's own tissue between: "older women's muscle carried"
    r"^(?:['’]s\s+[\w-]+)?"
    r"\s*(?:(?:also|often|usually|still|generally|typically|consistently)\s+)?"
    r"(?:(?:tend|tended|seem|seemed|appear|appeared)\s+to\s+)?$", re.IGNORECASE)
#: a level compared after a copula: "were roughly 25% fewer", "are five times more frequent",
#: "is usually lower"
_IS = re.compile(
    r"\b(?:was|were|is|are|became|become|remained|remains|stayed)\s+"
    r"(?:(?:also|usually|still|consistently|generally|often|typically|significantly|"
    r"markedly|likewise|similarly)\s+)*(?:" + _AMOUNT + r")?" + _COMPARATIVE
    + r"(?:\s+(?:common|abundant|frequent|prevalent|numerous|plentiful))?(?![\w-])",
    re.IGNORECASE,
)
#: ... or a multiple of the young's level: "was sitting at just a quarter of the amount found in the
#: juveniles", "was nearly three times the amount among juvenile rats"
_MULTIPLE = re.compile(
    r"\b(?:was|were|is|are)\s+(?:running\s+|sitting\s+)?(?:at\s+)?"
    r"(?:(?:only|barely|just|roughly|about|around|nearly|almost|some)\s+)*"
    r"(?P<mult>half|a\s+third|a\s+quarter|one\s+third|one\s+quarter|two\s+thirds|twice|"
    r"(?:two|three|four|five|six|ten|\d+(?:\.\d+)?)\s+times)\s+(?:of\s+)?the\s+"
    r"(?:levels?|amounts?|concentrations?|values?)\s+(?:(?:seen|found|measured)\s+)?(?:in|of|among)\s",
    re.IGNORECASE,
)
#: a comparative right before the molecule's noun phrase: "higher circulating X in ..."
_BEFORE = re.compile(
    r"(?:" + _AMOUNT + r")?" + _COMPARATIVE
    + r"\s+(?:(?!(?:the|a|an|its|their|this|that|in|of|on|at|to|for|from|with)\s)[\w-]+\s+){0,2}?$",
    re.IGNORECASE)
#: where the clause of a comparison opens
_CLAUSE_OPEN = re.compile(
    r"[;:\u2014\u2013]|,\s*(?:and|but|while|whereas|yet)\s|\b(?:whereas)\s", re.IGNORECASE
)
_THAN = re.compile(r"\bthan\b", re.IGNORECASE)
_NOT = re.compile(r"\b(?:not|no|never|neither|nor)\b|n['’]t\b", re.IGNORECASE)
#: a knockout, a treatment or a response: another comparison than age's
_OTHER_COMPARISON = re.compile(
    r"\b(?:lacking|knock\w*|delet\w*|null|deficient|given|fed|treated|injected|dosed|"
    r"supplement\w*|drugs?|placebo|after|following|response|responses|rise|rises|increase|"
    r"induction|trained|training|athletes?|active)\b",
    re.IGNORECASE,
)


def _other_comparison(s: str, lo: int, hi: int) -> bool:
    """A word of another comparison than age's in ``s[lo:hi]``; (session 35, round c) not a
    study's name in capitals ("in the FIT-AGE biopsies, ACTIVE-65 ...": no active group)."""
    return any(not (m.group().isupper() and len(m.group()) > 2)
               for m in _OTHER_COMPARISON.finditer(s, lo, hi))


#: the molecules of a subject stretch end at a relative clause ("X, which activates Y, was")
_RELATIVE = re.compile(r"\b(?:which|that|who|whose)\b", re.IGNORECASE)
#: what may join a molecule to the next of a list: "X and Y", "X, Y and Z"
_JOIN = re.compile(r"^(?:\s*(?:,|and|or|,\s*and)\s*|\s+)$", re.IGNORECASE)
#: where a noun phrase after a comparative ends
_NP_STOP = re.compile(r"[,;:()]|\b(?:than|in|among|at|from|was|were|is|are)\b", re.IGNORECASE)


def age_comparisons(
    s: str, local: list[Mention], claims: list[Claim], aging: Role | None, old: object,
    young: object, contexts: dict[str, object] | None = None,
) -> list[Claim]:
    """The claims of an age comparison of levels in ``s`` (see the module docstring).
    ``old``, ``young``: the lexicon's ``compared_old`` and ``compared_young`` phrases;
    ``contexts``: its context phrases (a change larger in the old is read only without an
    exercise or training one)."""
    said = {c.subject.key for c in claims if c.relation in _AGE_RELATIONS or (
        c.relation == "associated_with" and _is_age(c.obj, aging))}
    mols = [m for m in local if m.kind in MOLECULAR]
    if not mols or all(m.entity_id in said for m in mols):
        return []
    side = aging or Role(None, "age")
    out: list[Claim] = []
    opens = [0] + [m.end() for m in _CLAUSE_OPEN.finditer(s)] + [len(s)]
    for lo, hi in pairwise(opens):
        here = [m for m in mols if lo <= m.start < hi]
        if not here or not _comparative_in(s[lo:hi]) or not old.search(s, lo, hi):  # type: ignore[attr-defined]
            continue
        if _other_comparison(s, lo, hi):
            if contexts is not None and _LARGER_CHANGE.search(s, lo, hi) and not any(
                contexts[k].search(s) for k in ("exercise", "training")  # type: ignore[attr-defined]
            ) and not _KNOCKOUT.search(s, lo, hi):
                found = _larger_in_old(s, lo, hi, here, old, young)
            else:
                continue
        else:
            found = _compared(s, lo, hi, here, old, young)

        for members, up, at, denial in found:
            negated = denial and _NOT.search(s, lo, at) is not None
            if " that " in s or " which " in s:
                members = [_appositive_holder(s, m, mols) for m in members]
            for m in members:
                if m.entity_id in said:
                    continue
                subject = Role(m.entity_id, None, m.kind, pos=m.start,
                               vocabularies=m.vocabularies, surface=s[m.start : m.end])
                if up:
                    out.append(Claim(subject, "associated_with", side, "positive", negated))
                else:
                    out.append(Claim(subject, "declines_with_age", side, "negative", negated))
    seen: set[tuple[str, str]] = set()
    return [c for c in out if (c.subject.key, c.relation) not in seen
            and not seen.add((c.subject.key, c.relation))]  # type: ignore[func-returns-value]


#: (session 29, round a) a mention in an appositive noun's "of" phrase with a relative clause
#: after it: ", an inhibitor of Y that" (the clause speaks of the appositive's holder)
_APPOSITIVE_OF = re.compile(r",\s*(?:a|an|the|one)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:of|on)\s+$",
                            re.IGNORECASE)
_THAT_AFTER = re.compile(r"\s*(?:that|which)\s", re.IGNORECASE)
_HOLDER_GAP = re.compile(r"(?:\s*\([^()]*\))?\s*")


def _appositive_holder(s: str, m: Mention, mols: list[Mention]) -> Mention:
    """"X, a blocker of Y that is scarcer in aged rats": the comparison in the relative
    clause is X's, the molecule the appositive describes, not Y's."""
    if not _THAT_AFTER.match(s, m.end):
        return m
    base = max(0, m.start - 40)
    opener = _APPOSITIVE_OF.search(s[base : m.start])
    if opener is None:
        return m
    comma = base + opener.start()
    held = [h for h in mols if h.end <= comma and _HOLDER_GAP.fullmatch(s, h.end, comma)]
    return held[-1] if held else m


#: a change larger in the old than in the young, with no exercise: "after two weeks in a
#: cast, X climbed roughly three times as much in the octogenarians as in the students" (the
#: change goes with age: X ``associated_with`` age)
_LARGER_CHANGE = re.compile(
    r"\b(?:rose|increased|climbed|jumped|went\s+up|surged)\s+(?:(?:about|roughly|nearly|almost|"
    r"some|around)\s+)?(?:(?:twice|(?:two|three|four|five|\d+(?:\.\d+)?)\s+times)\s+as\s+much|"
    r"(?:much|far|considerably|markedly)\s+more)\s+(?P<in>in|among)\s", re.IGNORECASE)
_KNOCKOUT = re.compile(r"\b(?:lacking|knock\w*|delet\w*|null|deficient|given|fed|treated|"
                       r"injected|dosed|drugs?|placebo)\b", re.IGNORECASE)


def _larger_in_old(
    s: str, lo: int, hi: int, here: list[Mention], old: object, young: object,
) -> list[tuple[list[Mention], bool, int, bool]]:
    """"X climbed roughly three times as much in the octogenarians as in the students": the
    molecule named last before the rise, a larger change in the old group after it."""
    out: list[tuple[list[Mention], bool, int, bool]] = []
    for m in _LARGER_CHANGE.finditer(s, lo, hi):
        group = s[m.end("in") :].lstrip()
        at = m.end("in") + len(s[m.end("in") :]) - len(group)
        if not (old.match(s, at + _det(s, at)) or old.match(s, at)):  # type: ignore[attr-defined]
            continue
        rest = re.search(r"\b(?:as|than)\s+(?:in|among)\s", s[at:hi])
        if rest is None or not young.search(s, at + rest.end(), min(hi, at + rest.end() + 40)):  # type: ignore[attr-defined]
            continue
        before = [x for x in here if x.end <= m.start()]
        if before:
            out.append(([before[-1]], True, m.start(), True))
    return out


#: (session 34, round a) not `preserved_by_training`: "X-bearing fibres are much rarer in the
#: elderly than in youth, and swimming brought them back" says both the decline and the rescue
_AGE_RELATIONS = frozenset({"declines_with_age", "not_induced_in_aged"})


def _is_age(role: Role, aging: Role | None) -> bool:
    if aging is not None and role.entity_id == aging.entity_id:
        return role.entity_id is not None
    return role.entity_id is None and bool(role.text) and bool(
        re.search(r"\b(?:age|aging|ageing|aged|old|older)\b", role.text or "", re.IGNORECASE))


def _compared(
    s: str, lo: int, hi: int, here: list[Mention], old: object, young: object,
) -> list[tuple[list[Mention], bool, int, bool]]:
    """(molecules, more in the old?, where the comparison starts, whether a "not" before it
    denies it) for each shape in the clause."""
    out: list[tuple[list[Mention], bool, int, bool]] = []
    for m in _HAS.finditer(s, lo, hi):  # "older muscle carried three times more X than ..."
        owner = _last(old, s, lo, m.start())
        if owner is None or not _SUBJECT_GAP.match(s[owner.end() : m.start()]):
            continue
        members = _noun_phrase(s, m.end(), hi, here)
        if members and _young_after_than(s, members[-1].end, hi, young):
            out.append((members, m.group("cmp").lower() in _UP, m.start(), True))
    for m in _IS.finditer(s, lo, hi):  # "X-stained nuclei were 25% fewer in the elderly cohort"
        members = _subject(s, lo, m.start(), here)
        if not members:
            continue
        direction = _direction(s, lo, m.end(), hi, old, young)
        if direction is not None:
            out.append((members, (m.group("cmp").lower() in _UP) == direction, m.start(), True))
    for m in _MULTIPLE.finditer(s, lo, hi):  # "X was three times the amount in juvenile rats"
        members = _subject(s, lo, m.start(), here)
        if members and young.match(s, m.end() + _det(s, m.end())) and old.search(  # type: ignore[attr-defined]
            s, lo, m.start()
        ):
            mult = m.group("mult").lower()
            out.append((members, mult == "twice" or mult.endswith("times"), m.start(), True))
    for x in here:  # "raised plasma X among elderly men in care than among students"
        if not _comparative_in(s[max(lo, x.start - 60) : x.start]):
            continue
        before = _BEFORE.search(s, max(lo, x.start - 60), x.start)
        if before is None or _IS.search(s, max(lo, before.start() - 12), before.end()):
            continue
        after = s[x.end : hi]
        group = re.match(r"\s+(?:[\w-]+\s+){0,2}?(?:in|among)\s", after)
        if group and old.match(s, x.end + group.end()) is None and not old.search(  # type: ignore[attr-defined]
            s, x.end + group.start(), x.end + group.end() + 30
        ):
            continue
        if group and _young_after_than(s, x.end, hi, young):
            # (a "not" before it belongs to another verb: "did not reduce the raised X")
            out.append(([x], before.group("cmp").lower() in _UP, before.start(), False))
    return out


def _comparative_in(text: str) -> bool:
    """A comparative or a multiple in ``text`` (a substring test before the patterns)."""
    return ("more" in text or "less" in text or "ewer" in text or "igher" in text
            or "ower" in text or "reater" in text or "arger" in text or "maller" in text
            or "levated" in text or "reduced" in text or "times" in text or "fold" in text
            or "half" in text or "twice" in text or "third" in text or "quarter" in text
            or "arcer" in text or "rarer" in text)


def _det(s: str, at: int) -> int:
    """The length of a determiner opening ``s`` at ``at`` ("the ", "our "), or 0."""
    m = re.match(r"(?:the|our|their|its)\s+", s[at : at + 8], re.IGNORECASE)
    return m.end() if m else 0


def _last(pattern: object, s: str, lo: int, hi: int) -> re.Match[str] | None:
    last = None
    for m in pattern.finditer(s, lo, hi):  # type: ignore[attr-defined]
        last = m
    return last


def _noun_phrase(s: str, start: int, hi: int, here: list[Mention]) -> list[Mention]:
    """The molecules of the noun phrase opening at ``start`` ("more X and Y-positive cells")."""
    stop = _NP_STOP.search(s, start, hi)
    end = stop.start() if stop else hi
    return [x for x in here if start <= x.start < end and x.start - start <= 40]


def _subject(s: str, lo: int, verb: int, here: list[Mention]) -> list[Mention]:
    """The molecules of the subject before a copula at ``verb``: the first one in the clause
    and those listed with it, none inside a relative clause ("X, which activates Y, was ...");
    none at all when another verb stands between ("X rose, and levels were ...")."""
    before = [x for x in here if x.start < verb]
    if not before:
        return []
    rel = _RELATIVE.search(s, before[0].end, verb)
    stop = rel.start() if rel else verb
    members = [before[0]]
    for x in before[1:]:
        if x.start >= stop:
            break
        if _JOIN.match(s[members[-1].end : x.start]) or "marked by" in s[members[-1].end : x.start]:
            members.append(x)
    return members


def _young_after_than(s: str, start: int, hi: int, young: object) -> bool:
    """No "than" after ``start`` in the clause, or one with a young group right after it."""
    than = _THAN.search(s, start, hi)
    if than is None:
        return True
    return young.search(s, than.end(), min(hi, than.end() + 40)) is not None  # type: ignore[attr-defined]


def _direction(s: str, lo: int, start: int, hi: int, old: object, young: object) -> bool | None:
    """Whether a comparative ending at ``start`` speaks of the old (True) or the young (False):
    the first group named after it, or, with only "than" and a young group after it, the old
    group before it; None when the clause does not set old against young."""
    o = old.search(s, start, hi)  # type: ignore[attr-defined]
    than = _THAN.search(s, start, hi)
    y = young.search(s, than.end(), min(hi, than.end() + 40)) if than else None  # type: ignore[attr-defined]
    if than and y is None:
        return None  # "higher in old mice given D than in old controls": no young group
    if o is not None and (than is None or o.start() < than.start()):
        return True  # "fewer per section in the elderly cohort (than in juveniles)"
    if than is not None and y is not None:
        if o is not None and o.start() > y.start():
            return None  # "lower than among juvenile rats ... aged": unclear
        return True if old.search(s, lo, start) else None  # type: ignore[attr-defined]
    return None


# ----------------------------------- a trained group against sedentary peers (session 34, round c)

#: "X ran higher in veteran cyclists than in sedentary neighbours", "more muscle Y in lifelong
#: swimmers than in inactive controls": the comparative, the group, and an untrained group
_TRAINED_THAN_SEDENTARY = re.compile(
    r"\b(?P<cmp>higher|lower|greater|more|less|fewer|larger|smaller)\b(?P<mid>[^,;:.]{0,60}?)"
    r"\s+(?:in|among)\s+(?P<group>(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)\s+than\s+(?:in\s+|among\s+)?"
    r"(?:the\s+|their\s+)?(?:[\w-]+\s+)?(?:sedentary|inactive|untrained)\b",
    re.IGNORECASE,
)
#: (session 35, round a) the trained group as the clause's subject: "hikers who had climbed for
#: thirty years had higher X in their plasma than inactive neighbours of a similar age", "veteran
#: skaters tend to show lower Y than their sedentary siblings"
_TRAINED_HAD_THAN = re.compile(
    r"\s(?:had|has|have|showed|show|shows|carried|carry|carries|(?:tend|tends|tended)\s+to\s+"
    r"(?:have|show|carry))\s+(?:(?:far|much|slightly|significantly|markedly)\s+)?"
    r"(?P<cmp>higher|lower|greater|more|less|fewer|larger|smaller)\b(?P<mid>[^,;:.]{0,80}?)"
    r"\s+than\s+(?:the\s+|their\s+)?(?:[\w-]+\s+)?(?:sedentary|inactive|untrained)\b",
    re.IGNORECASE,
)
#: a group put through a course, not one compared by its habit: "aged hamsters given wheels for five
#: weeks had more X than sedentary aged hamsters", "rats doing treadmill training had higher Y than
#: untrained rats" (the course raised X: session 19b's exercised animals are an induction)
_TRIAL_GROUP = re.compile(
    r"\b(?:given|assigned|randomi[sz]ed|allocated|days?|weeks?|months?|mice|mouse|rats?|"
    r"animals?|hamsters?|dogs?|pigs?|monkeys?)\b", re.IGNORECASE)
_UP_WORDS = frozenset({"higher", "greater", "more", "larger"})
_DENIED_BEFORE = re.compile(r"\b(?:not|no|never|neither|nor)\b", re.IGNORECASE)


def trained_group_comparisons(
    s: str, local: list[Mention], claims: list[Claim], training: object,
) -> list[Claim]:
    """X ``associated_with`` a trained group compared with untrained peers: "X ran higher in
    veteran cyclists than in sedentary neighbours" (the group's words, or the training mention among
    them, as the other side; the sign of the comparison as the polarity). ``training``: the
    lexicon's training context (a group that names no training, "women", compares something
    else). Called only for sentences holding " than " and a word of being untrained."""
    out: list[Claim] = []
    said = {(c.subject.key, c.obj.key) for c in claims if c.relation == "associated_with"}
    for m in _TRAINED_THAN_SEDENTARY.finditer(s):
        group = re.sub(r"^the\s+", "", m.group("group"), flags=re.IGNORECASE)
        if not training.search(group):  # type: ignore[attr-defined]
            continue
        lo = max((o.end() for o in _CLAUSE_OPEN.finditer(s, 0, m.start())), default=0)
        if _DENIED_BEFORE.search(s, lo, m.start()):
            continue
        g_start = m.start("group")
        mols = [x for x in local if x.kind in MOLECULAR and lo <= x.start and x.end <= g_start]
        if not mols:
            continue
        inside = [x for x in local if g_start <= x.start and x.end <= m.end("group")
                  and x.kind == "intervention" and x.entity_id]
        side = (Role(inside[0].entity_id, None, inside[0].kind, pos=inside[0].start,
                     vocabularies=inside[0].vocabularies, surface=s[inside[0].start : inside[0].end])
                if inside else Role(None, group, pos=g_start))
        up = m.group("cmp").lower() in _UP_WORDS
        last = [x for x in mols if x.start == mols[-1].start]
        for x in last:
            if (x.entity_id, side.key) in said:
                continue
            subject = Role(x.entity_id, None, x.kind, pos=x.start, vocabularies=x.vocabularies,
                           surface=s[x.start : x.end])
            out.append(Claim(subject, "associated_with", side,
                             "positive" if up else "negative", False))
    for m in _TRAINED_HAD_THAN.finditer(s):
        lo = max((o.end() for o in _CLAUSE_OPEN.finditer(s, 0, m.start())), default=0)
        head = s[lo : m.start()]
        if _DENIED_BEFORE.search(head) or _TRIAL_GROUP.search(head) or not training.search(
            head
        ):  # type: ignore[attr-defined]
            continue
        mols = [x for x in local if x.kind in MOLECULAR and m.start("cmp") <= x.start
                and x.end <= m.end("mid")]
        if not mols:
            continue
        inside = [x for x in local if lo <= x.start and x.end <= m.start()
                  and x.kind == "intervention" and x.entity_id]
        if not inside:
            continue
        side = Role(inside[-1].entity_id, None, inside[-1].kind, pos=inside[-1].start,
                    vocabularies=inside[-1].vocabularies,
                    surface=s[inside[-1].start : inside[-1].end])
        up = m.group("cmp").lower() in _UP_WORDS
        x = mols[0]
        if (x.entity_id, side.key) in said:
            continue
        subject = Role(x.entity_id, None, x.kind, pos=x.start, vocabularies=x.vocabularies,
                       surface=s[x.start : x.end])
        out.append(Claim(subject, "associated_with", side, "positive" if up else "negative",
                         False))
    return out
