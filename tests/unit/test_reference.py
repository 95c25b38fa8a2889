"""Reference data: compact, versioned, rebuilt from the source tables by real code."""

from __future__ import annotations

import json

import pytest

from agefacts.extract.entities import lexicon
from agefacts.reference import CURATED, DATA, build, read_tsv, versions


def test_shipped_reference_data_is_compact_and_versioned() -> None:
    size = sum(p.stat().st_size for p in DATA.rglob("*") if p.is_file())
    assert size < 5_000_000
    meta = json.loads((DATA / "versions.json").read_text())
    assert versions() == meta["versions"]
    assert meta["counts"]["hgnc_genes"] > 40_000
    assert all(len(sha) == 64 for sha in meta["sources"].values())


def test_curated_lexicons_are_well_formed() -> None:
    seen: dict[str, str] = {}
    for name in ("species.tsv", "interventions.tsv", "cohorts.tsv", "pathways.tsv"):
        for row in read_tsv(CURATED / name):
            assert ":" in row["entity_id"] and row["label"] and row["forms"], row
            assert row["entity_id"] not in seen, (row["entity_id"], name, seen.get(row["entity_id"]))
            seen[row["entity_id"]] = name


def _write_sources(root) -> None:
    (root / "famplex").mkdir()
    (root / "hgnc_entries.tsv").write_text(
        "HGNC ID\tApproved symbol\tApproved name\tStatus\tAlias symbols\t"
        "NCBI Gene ID(supplied by NCBI)\tUniProt ID(supplied by UniProt)\t"
        "Mouse genome database ID(supplied by MGI)\tRat genome database ID(supplied by RGD)\t"
        "Previous symbols\tEnsembl gene ID\tLocus type\tEnzyme IDs\n"
        "HGNC:1\tAKT1\tAKT serine/threonine kinase 1\tApproved\tPKB, RAC\t207\tP31749\t\t\t"
        "\t\tgene with protein product\t\n"
        "HGNC:2\tAKT2\tAKT serine/threonine kinase 2\tApproved\t\t208\tP31751\t\t\t\t\t"
        "gene with protein product\t\n"
        "HGNC:3\tOLD1\twithdrawn\tSymbol Withdrawn\t\t\t\t\t\t\t\t\t\n"
        "HGNC:4\tLINC1\tlong intergenic 1\tApproved\tFOO1\t\t\t\t\t\t\tRNA, long non-coding\t\n"
    )
    (root / "famplex" / "entities.csv").write_text("AKT\n")
    (root / "famplex" / "relations.csv").write_text(
        "HGNC,AKT1,isa,FPLX,AKT\nHGNC,AKT2,isa,FPLX,AKT\n"
    )
    (root / "famplex" / "grounding_map.csv").write_text(
        "Akt,FPLX,AKT,,,,\nAkt1,UP,P31749,,,,\nmystery,UP,Q99999,,,,\n"
    )
    (root / "mesh_id_label_mappings.tsv").write_text(
        "D055948\tSarcopenia\tSarcopenias\tC10.597.613.612.500\t\n"
        "D000375\tAging\tSenescence|Aging, Biological\tG07.345.124\t\n"
        "D999999\tCattle Plague\t\tC22.000\t\n"
        "D000806\tAngiotensin-Converting Enzyme Inhibitors\tInhibitors, ACE|ACE Inhibitors\t"
        "D27.505.519.389.745.085\t\n"
        "D000975\tAntioxidants\t\tD27.505.519.186\t\n"
    )


def test_build_derives_compact_tables_from_the_source_layout(tmp_path, monkeypatch) -> None:
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    _write_sources(src)
    monkeypatch.setattr(build, "check_curated", lambda labels, rows: [])
    meta = build.build(src, out)

    hgnc = read_tsv(out / "hgnc.tsv.gz")
    assert [r["symbol"] for r in hgnc] == ["AKT1", "AKT2", "LINC1"]  # withdrawn dropped
    assert hgnc[0]["aliases"] == "PKB|RAC" and hgnc[2]["aliases"] == ""  # coding genes only
    families = read_tsv(out / "famplex.tsv.gz")
    assert families == [{"fplx_id": "FPLX:AKT", "members": "HGNC:1|HGNC:2"}]
    forms = {r["text"]: r["entity_id"] for r in read_tsv(out / "famplex_forms.tsv.gz")}
    assert forms == {"Akt": "FPLX:AKT", "Akt1": "HGNC:1"}  # UniProt resolved, unknown dropped
    mesh = {r["mesh_id"]: r for r in read_tsv(out / "mesh.tsv.gz")}
    assert "D999999" not in mesh  # animal diseases (C22) are not conditions
    assert mesh["D055948"]["terms"] == "Sarcopenias"
    assert mesh["D000375"]["terms"] == "Senescence"  # curated outcome; inverted term dropped
    assert meta["counts"]["hgnc_genes"] == 3
    drugs = read_tsv(out / "mesh_drug_classes.tsv.gz")  # named for a target, not "Antioxidants"
    assert drugs == [{"mesh_id": "D000806", "label": "Angiotensin-Converting Enzyme Inhibitors",
                      "terms": "ACE Inhibitors"}]
    build.build(src, tmp_path / "again")  # reproducible: same sources, same bytes
    for path in out.iterdir():
        assert (tmp_path / "again" / path.name).read_bytes() == path.read_bytes(), path.name


def test_build_refuses_curated_ids_missing_from_mesh(tmp_path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    _write_sources(src)
    with pytest.raises(SystemExit, match="not in MeSH"):
        build.build(src, tmp_path / "out")


def test_compiled_lexicon_is_cached_on_disk_by_digest(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("AGEFACTS_CACHE_DIR", str(tmp_path))
    calls = []
    stub = ([("HGNC:1", "AKT1", "gene")], [("AKT1", 0, 0)], [])
    monkeypatch.setattr(lexicon, "compile_lexicon", lambda: calls.append(1) or stub)
    assert lexicon._cached_compile() == stub
    assert lexicon._cached_compile() == stub
    assert calls == [1]
    assert [p.name for p in tmp_path.iterdir()] == [f"lexicon-{lexicon._digest()}.pickle"]
