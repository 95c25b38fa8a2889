"""The build flow resolves citations over HTTP, loads works and abstracts, and replays offline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from agefacts.warehouse import Warehouse
from flows.build import build

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "scholarly" / "crossref"
WORK_DOI = "10.1371/journal.pone.0033693"

ARTICLE = """Stimulant Exposure and Dopamine Neurons in Mice

By Test Author

Published: 3 March 2025

Mice given a stimulant lost dopamine neurons (doi:{work}).¹ A review of ecology
communication is unrelated.²

References

- ¹ PLoS One. 2012;7(3):e33693. https://doi.org/{work}
- ² Oxford Bibliographies, https://doi.org/{eco}
"""


@pytest.fixture
def api(monkeypatch):
    srv = HTTPServer(host="localhost", port=0, threaded=True)
    srv.no_handler_status_code = 404  # an unknown DOI is "not found", as at Crossref
    srv.start()
    monkeypatch.setenv("AGEFACTS_OFFLINE", "0")
    monkeypatch.setenv("AGEFACTS_CROSSREF_URL", srv.url_for("/crossref"))
    monkeypatch.setenv("AGEFACTS_DATACITE_URL", srv.url_for("/datacite"))
    monkeypatch.setenv("AGEFACTS_HTTP_RETRIES", "1")
    monkeypatch.setenv("AGEFACTS_HTTP_BACKOFF_CAP", "0.05")
    monkeypatch.setenv("AGEFACTS_HTTP_RATE_PER_SECOND", "1000")
    yield srv
    srv.clear()
    srv.stop()


def serve(srv: HTTPServer) -> str:
    srv.expect_request(f"/crossref/works/{WORK_DOI}").respond_with_data(
        (FIX / "work_10.1371_journal.pone.0033693.body.json").read_bytes(),
        content_type="application/json")
    # a recorded search item (with an abstract) in the recorded single-work envelope
    item = json.loads((FIX / "works_query_ecology_rows2.body.json").read_text())["message"][
        "items"][1]
    envelope = json.loads((FIX / "work_10.1371_journal.pone.0033693.body.json").read_text())
    envelope["message"] = item
    eco = item["DOI"].lower()
    srv.expect_request(f"/crossref/works/{eco}").respond_with_json(envelope)
    return eco


def test_build_fetches_works_loads_abstracts_and_replays_offline(
    api, sources, warehouse_path, tmp_path, monkeypatch
):
    eco = serve(api)
    (sources / "citing.txt").write_text(ARTICLE.format(work=WORK_DOI, eco=eco), encoding="utf-8")
    first = build(sources=str(sources), warehouse=str(warehouse_path))
    assert first.version == 1
    wh = Warehouse(warehouse_path)

    works = wh.read_table("works")
    assert sorted(works["doi"]) == sorted([WORK_DOI, eco])
    cits = {r["doi"]: r for r in wh.read_table("citations").iter_rows(named=True) if r["doi"]}
    assert cits[WORK_DOI]["reason"] == "DOI printed in the text; metadata fetched from Crossref"
    # the seed's preprint DOI is unknown to this server: kept, with the reason
    preprint = cits["10.21203/rs.3.rs-6074097/v1"]
    assert preprint["resolution"] == "explicit" and "not found" in preprint["reason"]

    # the fetched abstract is a document of kind abstract, segmented like any article
    docs = wh.read_table("documents")
    [abstract] = docs.filter(docs["kind"] == "abstract").iter_rows(named=True)
    assert abstract["doc_id"] == f"doi:{eco}"
    assert (tmp_path / "raw" / abstract["source_path"]).is_file()
    sentences = wh.read_table("sentences")
    assert (sentences["doc_id"] == abstract["doc_id"]).sum() > 0

    # sentences cite their works through the markers
    cites = wh.read_table("cites")
    assert cites.filter(cites["doc_id"] == "citing").height >= 2

    # offline, from the raw cache only, with the server gone: the same tables, no new version
    api.clear()
    monkeypatch.setenv("AGEFACTS_OFFLINE", "1")
    again = build(sources=str(sources), warehouse=str(warehouse_path))
    assert again.version == 1 and not again.changed
    assert api.log == []


def test_build_completes_without_network_and_says_why(sources, warehouse_path, monkeypatch):
    monkeypatch.setenv("AGEFACTS_OFFLINE", "0")
    monkeypatch.setenv("AGEFACTS_CROSSREF_URL", "http://127.0.0.1:9")  # discard port: refused
    monkeypatch.setenv("AGEFACTS_HTTP_BACKOFF_CAP", "0.01")
    result = build(sources=str(sources), warehouse=str(warehouse_path))
    assert result.version == 1 and result.quarantined == 0
    citations = Warehouse(warehouse_path).read_table("citations")
    assert citations.height == 18  # 1 + 17 references of the seeds, none lost
    assert all(citations["reason"].str.len_chars() > 0)
    explicit = citations.filter(citations["resolution"] == "explicit")
    assert explicit.height == 1 and "network error" in explicit["reason"][0]
    # the reasons do not depend on which request found the host down: no spurious version
    again = build(sources=str(sources), warehouse=str(warehouse_path))
    assert again.version == 1 and not again.changed


def test_offline_build_of_the_seeds(sources, warehouse_path):
    result = build(sources=str(sources), warehouse=str(warehouse_path))
    assert result.row_counts["citations"] == 18 and result.row_counts["works"] == 0
    assert result.row_counts["cites"] == 20
    citations = Warehouse(warehouse_path).read_table("citations")
    assert all("not in the raw HTTP cache" in r or "too few printed fields" in r
               for r in citations["reason"])


