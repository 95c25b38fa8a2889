"""Precision and recall of claim extraction on hand-labelled texts and on the seeds' gold claims.

Mentions are built by hand from each text's labelled entities (every occurrence of each surface
form), so the figures measure the claim rules alone, not entity grounding.

A predicted claim matches a labelled one when its evidence sentence overlaps the labelled
evidence, the relation is the same (``lenient``: increases~activates, decreases~inhibits,
secretion_depends_on~depends_on) and the subject is the same entity (or, for a written subject,
shares a content word); a labelled grounded object must be the same entity too.
``associated_with`` is symmetric. For the context relations (``declines_with_age``,
``induced_by_exercise``, ``preserved_by_training``, ``not_induced_in_aged``) the object is the
age or exercise context, which the labelling guide lets a labeller leave out: a predicted
object that is only written words ("age", "exercise") is therefore not held against a labelled
grounded one, while a predicted grounded object must still be the labelled entity. The labels'
``AGEFACTS:aging`` also matches the MeSH condition Aging (``_SAME_ENTITY``), the reader's side
for an age-word comparison group in a text whose mentions never name aging. Attribute
accuracy (polarity, negated, hedged, species) is counted over matched pairs.

Run: ``.venv/bin/python benchmarks/evaluate_claims.py`` (``-v``: misses and false claims;
``--species``: matched claims whose species disagrees with the label)
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from agefacts.extract.claims import extract_claims  # noqa: E402
from agefacts.extract.sentences import sentence_rows  # noqa: E402

LABELLED = ROOT / "tests" / "fixtures" / "labelled"
SEEDS_GOLD = ROOT / "tests" / "fixtures" / "seeds_gold.json"
SOURCES = ROOT / "raw" / "sources"

_LENIENT = {
    "activates": "increases",
    "inhibits": "decreases",
    "secretion_depends_on": "depends_on",
}
_STRICT = {"secretion_depends_on": "depends_on"}
#: relations whose object is an optional context (docs/claims_labelling.md, "Sides")
_CONTEXT_RELATIONS = frozenset(
    {"declines_with_age", "induced_by_exercise", "preserved_by_training", "not_induced_in_aged"}
)
#: The labels' own ids for what the entities table names with a vocabulary id: the labelling
#: guide's ``AGEFACTS:aging`` is the MeSH condition Aging, the claim reader's side for a
#: comparison group named by an age word in a text whose mentions never name aging
#: (``aging_entity`` in agefacts/extract/data/relation_cues.yaml).
#: The labels' generic exercise ids ("exercise", "training", "exercise training") are the MeSH
#: intervention Exercise, the reader's side for a bare "training" in a text that names no
#: training (``exercise_entity``; the lexicon grounds "exercise training" to it too).
_SAME_ENTITY = {"AGEFACTS:aging": "MESH:D000375", "AGEFACTS:exercise": "MESH:D015444",
                "AGEFACTS:training": "MESH:D015444", "AGEFACTS:exercise_training": "MESH:D015444"}
_STOP = {
    "the", "a", "an", "of", "and", "or", "in", "on", "to", "for", "with", "from", "by", "at",
    "as", "its", "their", "this", "that", "these", "those", "level", "levels", "expression",
    "gene", "genes", "protein", "circulating",
}


# ---------------------------------------------------------------------------- mentions


def build_mentions(
    doc_id: str, text: str, entities: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Mention rows for every occurrence of every entity's ``surface_forms`` in ``text``."""
    mentions: list[dict[str, Any]] = []
    rows = []
    for e in entities:
        rows.append({k: e[k] for k in ("entity_id", "namespace", "identifier", "label", "kind")})
        for surface in sorted(set(e["surface_forms"]), key=len, reverse=True):
            for m in re.finditer(r"(?<![\w-])" + re.escape(surface) + r"(?!\w)", text):
                mentions.append(
                    {
                        "mention_id": f"m{len(mentions)}",
                        "doc_id": doc_id,
                        "entity_id": e["entity_id"],
                        "char_start": m.start(),
                        "char_end": m.end(),
                        "surface": surface,
                    }
                )
    # Two forms of one entity at one place (e.g. "IL-6" and "IL-6 levels"): keep the longest.
    mentions.sort(key=lambda m: (m["char_start"], -m["char_end"]))
    kept: list[dict[str, Any]] = []
    for m in mentions:
        if any(
            k["entity_id"] == m["entity_id"]
            and k["char_start"] <= m["char_start"]
            and m["char_end"] <= k["char_end"]
            for k in kept
        ):
            continue
        kept.append(m)
    return kept, rows


def seed_entities(gold: dict[str, Any]) -> list[dict[str, Any]]:
    """The seed annotation's genes, families and named things as entity rows with surface forms.

    Phrases longer than five words are left out (no lexicon would hold them), and a pathway
    written exactly like, or containing, a gene's name yields to the gene.
    """
    out: dict[str, dict[str, Any]] = {}

    def add(eid: str, label: str, kind: str, forms: list[str]) -> None:
        forms = [f for f in forms if f and len(f.split()) <= 5]
        if not forms:
            return
        ns, ident = eid.split(":", 1)
        e = out.setdefault(
            eid,
            {"entity_id": eid, "namespace": ns, "identifier": ident, "label": label, "kind": kind,
             "surface_forms": []},
        )
        e["surface_forms"] += [f for f in forms if f not in e["surface_forms"]]

    gene_forms: list[str] = []
    for e in gold.get("entities", []):
        if e.get("hgnc_id"):
            add(e["hgnc_id"], e["hgnc_symbol"], "gene", e["surface_forms"])
        elif e.get("famplex_id"):
            add(e["famplex_id"], e["famplex_id"].split(":")[1], "family", e["surface_forms"])
        else:
            continue
        gene_forms += e["surface_forms"]

    def slug(kind: str, item: dict[str, Any]) -> str:
        return f"AGEFACTS:{kind}_{item['id']}"

    for kind, key in (
        ("pathway", "pathways"),
        ("intervention", "interventions"),
        ("condition", "conditions/outcomes"),
        ("condition", "processes"),
        ("cohort", "datasets/cohorts"),
    ):
        for item in gold.get(key) or []:
            forms = [
                f for f in item.get("surface_forms", [])
                if not any(g == f or g in f for g in gene_forms)
            ]
            add(slug(kind, item), item["name"], kind, forms)
    for item in gold.get("species") or []:
        taxon = (item.get("ncbi_taxon") or "").split(":")[-1]
        if taxon:
            add(f"TAXON:{taxon}", item["name"], "species", item["surface_forms"])
    return list(out.values())


def run_extractor(doc_id: str, text: str, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    mentions, rows = build_mentions(doc_id, text, entities)
    return extract_claims(doc_id, text, sentence_rows(doc_id, text), mentions, rows)


def run_end_to_end(
    doc_id: str, text: str, entities: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], dict[str, str], dict[str, set[str]]]:
    """Claims from the project's own entity extractor: the claims, its entity labels, and for
    each labelled entity the extracted entities whose mentions overlap its mentions."""
    from agefacts.extract.entities import extract_mentions

    found_entities, found = extract_mentions(doc_id, text)
    claims = extract_claims(doc_id, text, sentence_rows(doc_id, text), found, found_entities)
    labelled, _ = build_mentions(doc_id, text, entities)
    aligned: dict[str, set[str]] = {}
    for g in labelled:
        for m in found:
            if m["char_start"] < g["char_end"] and g["char_start"] < m["char_end"]:
                aligned.setdefault(g["entity_id"], set()).add(m["entity_id"])
    labels = {e["entity_id"]: e["label"] for e in found_entities}
    return claims, labels, aligned


# ---------------------------------------------------------------------------- matching


def _words(text: str | None) -> set[str]:
    return {
        w[:5]
        for w in re.findall(r"[a-z0-9]+", (text or "").lower())
        if len(w) >= 3 and w not in _STOP
    }


@dataclass
class Gold:
    spans: list[tuple[int, int]]
    relation: str
    subject_ids: set[str]
    subject_text: str | None
    object_ids: set[str]
    object_text: str | None
    attrs: dict[str, Any] = field(default_factory=dict)
    evidence: str = ""


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _side_matches(
    pred_id: str | None, pred_text: str | None, ids: set[str], text: str | None,
    labels: dict[str, str],
) -> bool:
    if ids:
        return pred_id in ids or labels.get(pred_id or "", "") in ids
    pred_words = _words(pred_text) | _words(labels.get(pred_id or ""))
    if text and not _words(text):  # a side that is all stop words ("protein"): compare them
        return bool(_all_words(pred_text) & _all_words(text))
    return bool(pred_words & _words(text))


def _all_words(text: str | None) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z0-9]+", (text or "").lower()) if len(w) >= 3}


def matches(pred: dict[str, Any], gold: Gold, labels: dict[str, str], *, lenient: bool) -> bool:
    norm = _LENIENT if lenient else _STRICT
    if norm.get(pred["relation"], pred["relation"]) != norm.get(gold.relation, gold.relation):
        return False
    if not any(_overlaps((pred["char_start"], pred["char_end"]), sp) for sp in gold.spans):
        return False
    orders = [(True, True)]
    if gold.relation == "associated_with":
        orders.append((False, False))
    for straight, _ in orders:
        sid, stext = (pred["subject_id"], pred["subject_text"])
        oid, otext = (pred["object_id"], pred["object_text"])
        if not straight:
            sid, stext, oid, otext = oid, otext, sid, stext
        if not _side_matches(sid, stext, gold.subject_ids, gold.subject_text, labels):
            continue
        optional = gold.relation in _CONTEXT_RELATIONS and not oid
        if gold.object_ids and not optional and not _side_matches(
            oid, otext, gold.object_ids, None, labels
        ):
            continue
        return True
    return False


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    found: int = 0
    correct: int = 0
    attr_hits: dict[str, int] = field(default_factory=dict)
    attr_total: int = 0
    misses: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)
    species: list[str] = field(default_factory=list)  # matched pairs whose species differ

    def add(self, other: Score) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.found += other.found
        self.correct += other.correct
        self.attr_total += other.attr_total
        for k, v in other.attr_hits.items():
            self.attr_hits[k] = self.attr_hits.get(k, 0) + v
        self.misses += other.misses
        self.false += other.false
        self.species += other.species

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _attr(key: str, value: Any) -> Any:
    """An attribute as compared: species as the set of organisms, since labellers write
    "mouse+human" and "human+mouse" alike (the table writes human first)."""
    if key == "species" and isinstance(value, str):
        return frozenset(value.split("+"))
    return value


def score(
    predicted: list[dict[str, Any]], golds: list[Gold], labels: dict[str, str], *, lenient: bool,
    doc_name: str = "",
) -> Score:
    sc = Score(gold=len(golds), predicted=len(predicted))
    for g in golds:
        hits = [p for p in predicted if matches(p, g, labels, lenient=lenient)]
        if not hits:
            sc.misses.append(
                f"{sorted(g.subject_ids) or g.subject_text} {g.relation} "
                f"{sorted(g.object_ids) or g.object_text} | {g.evidence[:70]}"
            )
            continue
        sc.found += 1
        if g.attrs:
            sc.attr_total += 1
            best = hits[0]
            for k, v in g.attrs.items():
                sc.attr_hits[k] = sc.attr_hits.get(k, 0) + (_attr(k, best[k]) == _attr(k, v))
            if "species" in g.attrs and _attr("species", best["species"]) != _attr(
                "species", g.attrs["species"]
            ):
                sc.species.append(
                    f"{doc_name}: labelled {g.attrs['species']}, read {best['species']} | "
                    f"{g.evidence[:90]}"
                )
    for p in predicted:
        if any(matches(p, g, labels, lenient=lenient) for g in golds):
            sc.correct += 1
        else:
            sc.false.append(
                f"{p['subject_id'] or p['subject_text']} {p['relation']} "
                f"{p['object_id'] or p['object_text']} | {p['evidence'][:70]}"
            )
    return sc


# ---------------------------------------------------------------------------- data sets


def labelled_docs(
    folder: Path = LABELLED, *, held_out: bool | None = None
) -> list[dict[str, Any]]:
    """Labelled texts; ``held_out`` picks the texts written after the rules were frozen (True),
    the development texts (False) or all (None)."""
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("claims_*.json"))]
    if held_out is None:
        return docs
    return [d for d in docs if bool(d.get("held_out")) == held_out]


def _ids(entity_id: str | None) -> set[str]:
    """A labelled side's id, with the vocabulary id it stands for (``_SAME_ENTITY``)."""
    if not entity_id:
        return set()
    return {entity_id, _SAME_ENTITY[entity_id]} if entity_id in _SAME_ENTITY else {entity_id}


def labelled_golds(doc: dict[str, Any]) -> list[Gold]:
    text = doc["text"]
    out = []
    for c in doc["claims"]:
        start = text.index(c["evidence"])
        out.append(
            Gold(
                spans=[(start, start + len(c["evidence"]))],
                relation=c["relation"],
                subject_ids=_ids(c.get("subject_id")),
                subject_text=c.get("subject_text"),
                object_ids=_ids(c.get("object_id")),
                object_text=c.get("object_text"),
                attrs={k: c[k] for k in ("polarity", "negated", "hedged", "species")},
                evidence=c["evidence"],
            )
        )
    return out


def evaluate_labelled(
    *, lenient: bool = False, held_out: bool | None = None, end_to_end: bool = False
) -> tuple[Score, dict[str, Score]]:
    """``end_to_end``: mentions from ``agefacts.extract.entities`` instead of the labels; a
    labelled entity then matches any extracted entity whose mentions overlap its own."""
    total, per = Score(), {}
    for doc in labelled_docs(held_out=held_out):
        golds = labelled_golds(doc)
        if end_to_end:
            preds, labels, aligned = run_end_to_end(doc["doc_id"], doc["text"], doc["entities"])
            for g in golds:
                g.subject_ids = set().union(g.subject_ids, *(aligned.get(i, set())
                                                             for i in g.subject_ids))
                g.object_ids = set().union(g.object_ids, *(aligned.get(i, set())
                                                           for i in g.object_ids))
        else:
            preds = run_extractor(doc["doc_id"], doc["text"], doc["entities"])
            labels = {e["entity_id"]: e["label"] for e in doc["entities"]}
        sc = score(preds, golds, labels, lenient=lenient, doc_name=doc["doc_id"])
        per[doc["doc_id"]] = sc
        total.add(sc)
    return total, per


def _hgnc_set(value: Any, families: dict[str, set[str]]) -> set[str]:
    if not value:
        return set()
    vals = set(value) if isinstance(value, list) else {value}
    for fam, members in families.items():
        if vals & members:
            vals.add(fam)
    return vals


def seed_golds(text: str, entry: dict[str, Any]) -> list[Gold]:
    families = {
        e["famplex_id"]: {m["hgnc_symbol"] for m in e.get("candidate_members") or []}
        for e in entry.get("entities", [])
        if e.get("famplex_id") and not e.get("hgnc_id")
    }
    out = []
    for c in entry["claims"]:
        spans = [(c["char_start"], c["char_end"])]
        for extra in c.get("additional_evidence") or []:
            for m in re.finditer(re.escape(extra), text):
                spans.append((m.start(), m.end()))
        out.append(
            Gold(
                spans=spans,
                relation=c["relation"],
                subject_ids=_hgnc_set(c.get("subject_hgnc"), families),
                subject_text=c["subject"],
                object_ids=_hgnc_set(c.get("object_hgnc"), families),
                object_text=c["object"],
                attrs={"species": c["species"]},
                evidence=c["evidence_text"],
            )
        )
    return out


def evaluate_seeds(
    *, lenient: bool = False, genes_only: bool = False, end_to_end: bool = False
) -> Score:
    """Against the seeds' gold claims; ``genes_only`` keeps claims whose subject is a gene;
    ``end_to_end`` uses the project's entity extractor instead of the gold's entities."""
    gold = json.loads(SEEDS_GOLD.read_text(encoding="utf-8"))
    total = Score()
    for name, entry in gold.items():
        text = (SOURCES / name).read_text(encoding="utf-8")
        doc_id = name.rsplit(".", 1)[0]
        ents = seed_entities(entry)
        if end_to_end:
            preds, labels, _ = run_end_to_end(doc_id, text, ents)
        else:
            labels = {e["entity_id"]: e["label"] for e in ents}
            preds = run_extractor(doc_id, text, ents)
        golds = seed_golds(text, entry)
        if genes_only:
            golds = [g for g in golds if g.subject_ids]
            preds = [p for p in preds if (p["subject_id"] or "").startswith(("HGNC:", "FPLX:"))]
        total.add(score(preds, golds, labels, lenient=lenient, doc_name=doc_id))
    return total


def _line(name: str, sc: Score) -> str:
    attrs = " ".join(
        f"{k}={v / sc.attr_total:.2f}" for k, v in sorted(sc.attr_hits.items())
    ) if sc.attr_total else ""
    return (
        f"{name:<28} gold={sc.gold:>3} predicted={sc.predicted:>3} "
        f"P={sc.precision:.2f} R={sc.recall:.2f} F1={sc.f1:.2f}  {attrs}"
    )


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    verbose = "-v" in args
    species = "--species" in args  # list matched claims whose species disagree with the label
    print("Claims on hand-labelled texts (tests/fixtures/labelled/claims_*.json)")
    for held_out, title in ((False, "development"), (True, "held out")):
        if held_out and not labelled_docs(held_out=True):
            print(f"  {title.upper()}: none (texts marked held_out: true are scored here)")
            continue
        for lenient in (False, True):
            total, per = evaluate_labelled(lenient=lenient, held_out=held_out)
            tag = "lenient" if lenient else "strict"
            # the unseen set prints its pooled score only: its texts' scores, misses and false
            # claims would tell whoever tunes the rules what the unseen texts say
            for name, sc in ([] if held_out else per.items()):
                print(_line(f"  {name} [{tag}]", sc))
            print(_line(f"  {title.upper()} [{tag}]", total))
            if held_out and (verbose or species) and not lenient:
                print("   (misses, false claims and species not listed for the unseen set)")
                continue
            if verbose and not lenient:
                print("   missed:", *total.misses, sep="\n     ")
                print("   false:", *total.false, sep="\n     ")
            if species and not lenient:
                print("   species disagreements:", *total.species, sep="\n     ")
    print("Claims on the seeds' gold annotation (hand-built mentions of the gold entities)")
    for genes_only in (False, True):
        for lenient in (False, True):
            sc = evaluate_seeds(lenient=lenient, genes_only=genes_only)
            tag = ("gene subjects" if genes_only else "all") + (" lenient" if lenient else "")
            print(_line(f"  seeds [{tag}]", sc))
            if verbose and not lenient:
                print("   missed:", *sc.misses, sep="\n     ")
                print("   false:", *sc.false, sep="\n     ")
            if species and not lenient and not genes_only:
                print("   species disagreements:", *sc.species, sep="\n     ")
    print("End to end: mentions from agefacts.extract.entities (claims and grounding together)")
    for held_out, title in ((False, "development"), (True, "held out")):
        if held_out and not labelled_docs(held_out=True):
            continue
        total, _ = evaluate_labelled(held_out=held_out, end_to_end=True)
        print(_line(f"  {title.upper()} [e2e]", total))
    for genes_only in (False, True):
        sc = evaluate_seeds(lenient=True, genes_only=genes_only, end_to_end=True)
        print(_line(f"  seeds [{'gene subjects' if genes_only else 'all'} lenient e2e]", sc))
        if verbose:
            print("   false:", *sc.false, sep="\n     ")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
