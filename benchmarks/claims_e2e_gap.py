"""Why claims found with the labelled mentions are lost end to end (development texts only).

For every labelled claim that the strict run finds and the end-to-end run (our own grounding)
misses, the first cause that applies, read on the claim's evidence sentence:

- ``age side not grounded``: a side is the labels' aging entity and no extracted mention
  overlaps its labelled mentions there ("higher in older muscle", "falls with age");
- ``<kind> not grounded``: another labelled side has no overlapping extracted mention there;
- ``span boundary``: it has one, but none with the labelled extent (a longer or shorter phrase);
- ``no claim end to end``: every side is grounded and the sentence gives no claim at all;
- ``read differently``: every side is grounded and the sentence gives other claims (another
  id, a family for a member, a generic grounding taking a side, another relation).

End-to-end false claims that the strict run does not make are counted by whether a side is an
entity the labels do not mark in that sentence (a newly grounded word) or not.

Run: ``.venv/bin/python -m benchmarks.claims_e2e_gap [-v]`` (``-v`` lists the claims).
Held-out texts are never read.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from typing import Any

from benchmarks.evaluate_claims import (
    build_mentions,
    labelled_docs,
    labelled_golds,
    matches,
    run_end_to_end,
    run_extractor,
)

AGING = "AGEFACTS:aging"


def _in(span: tuple[int, int], m: dict[str, Any]) -> bool:
    return span[0] <= m["char_start"] and m["char_end"] <= span[1]


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return a["char_start"] < b["char_end"] and b["char_start"] < a["char_end"]


def gap(verbose: bool = False) -> tuple[Counter[str], Counter[str]]:
    from agefacts.extract.entities import extract_mentions

    misses: Counter[str] = Counter()
    false: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for doc in labelled_docs(held_out=False):
        doc_id, text, ents = doc["doc_id"], doc["text"], doc["entities"]
        kinds = {e["entity_id"]: e["kind"] for e in ents}
        strict_labels = {e["entity_id"]: e["label"] for e in ents}
        strict = run_extractor(doc_id, text, ents)
        e2e, e2e_labels, aligned = run_end_to_end(doc_id, text, ents)
        labelled, _ = build_mentions(doc_id, text, ents)
        _, found = extract_mentions(doc_id, text)
        golds = labelled_golds(doc)
        for g in golds:
            if not any(matches(p, g, strict_labels, lenient=False) for p in strict):
                continue
            ids = {side: set(getattr(g, f"{side}_ids")) for side in ("subject", "object")}
            g.subject_ids |= set().union(*(aligned.get(i, set()) for i in ids["subject"]))
            g.object_ids |= set().union(*(aligned.get(i, set()) for i in ids["object"]))
            if any(matches(p, g, e2e_labels, lenient=False) for p in e2e):
                continue
            span = g.spans[0]
            cause = None
            for eid in sorted(ids["subject"] | ids["object"]):
                here = [m for m in labelled if m["entity_id"] == eid and _in(span, m)]
                over = [m for m in found if any(_overlap(m, h) for h in here)]
                if not over:
                    cause = ("age side" if eid == AGING else f"{kinds.get(eid, '?')}") + (
                        " not grounded"
                    )
                    break
                if not any(
                    (m["char_start"], m["char_end"]) == (h["char_start"], h["char_end"])
                    for m in over for h in here
                ):
                    cause = "span boundary"
            if cause is None:
                here_claims = [p for p in e2e if p["char_start"] < span[1] and span[0] < p["char_end"]]
                cause = "read differently" if here_claims else "no claim end to end"
            misses[cause] += 1
            examples[cause].append(f"{doc_id}: {g.relation} {sorted(ids['subject'])} "
                                   f"{sorted(ids['object'])} | {g.evidence[:80]}")
        strict_keys = {(p["char_start"], p["relation"], p["subject_id"] or p["subject_text"],
                        p["object_id"] or p["object_text"]) for p in strict}
        for p in e2e:
            if any(matches(p, g, e2e_labels, lenient=False) for g in golds):
                continue
            near = [m for m in labelled if p["char_start"] <= m["char_start"] < p["char_end"]]
            near_ids = {x for m in near for x in aligned.get(m["entity_id"], set())}
            sides = {p["subject_id"], p["object_id"]} - {None}
            key = "a side the labels do not mark" if sides - near_ids else "sides labelled"
            if (p["char_start"], p["relation"], p["subject_id"] or p["subject_text"],
                    p["object_id"] or p["object_text"]) in strict_keys:
                key = "also false strict"
            false[key] += 1
            if key != "also false strict":
                examples["false: " + key].append(
                    f"{doc_id}: {p['relation']} {p['subject_id'] or ''}[{p['subject_text']}] "
                    f"{p['object_id'] or ''}[{p['object_text']}] | "
                    f"{text[p['char_start']:p['char_end']][:80]}")
    if verbose:
        for cause, rows in examples.items():
            print(f"== {cause}", *rows, sep="\n  ")
    return misses, false


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    misses, false = gap("-v" in args)
    print(f"found strict, missed end to end: {sum(misses.values())}")
    for cause, n in misses.most_common():
        print(f"  {n:>4}  {cause}")
    print(f"false end to end: {sum(false.values())}")
    for cause, n in false.most_common():
        print(f"  {n:>4}  {cause}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
