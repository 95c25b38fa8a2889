"""The scholarly client against a real HTTP server on loopback serving recorded responses.

Every fault a public API shows (404, 429 with Retry-After, 500, slow answers, malformed or huge
bodies, redirects elsewhere, no network at all) must leave the run alive, lose no citation and
say why a citation is unresolved.
"""

from __future__ import annotations

import json
import socket
import time
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Response

from agefacts.extract.citations import extract_citations
from agefacts.extract.sentences import sentence_rows
from agefacts.scholarly.abstracts import abstract_doc_id, abstract_documents
from agefacts.scholarly.http import retry_after_seconds
from agefacts.scholarly.policy import HttpPolicy
from agefacts.scholarly.resolve import ScholarlyClient, resolve_citations, search_query
from agefacts.settings import Settings
from schemas import TABLES

pytestmark = pytest.mark.integration

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "scholarly"
WORK_DOI = "10.1371/journal.pone.0033693"
DATACITE_DOI = "10.6084/m9.figshare.1449060"
_HOP = {"content-encoding", "content-length", "transfer-encoding", "connection"}


def recorded(name: str) -> tuple[int, dict[str, str], bytes]:
    """Status, headers and body of a recorded exchange (body from its sibling file)."""
    ex = json.loads((FIX / name).read_text(encoding="utf-8"))
    resp = ex["response"]
    headers = {k: v if isinstance(v, str) else ", ".join(v)
               for k, v in resp["headers"].items() if k.lower() not in _HOP}
    if resp.get("body_file"):
        body = (FIX / Path(name).parent / resp["body_file"]).read_bytes()
    else:
        body = resp.get("body_text", "").encode("utf-8")
    return resp["status"], headers, body


def body(name: str) -> bytes:
    return (FIX / name).read_bytes()


@pytest.fixture(scope="module")
def _threaded_server():
    srv = HTTPServer(host="localhost", port=0, threaded=True)
    srv.start()
    yield srv
    srv.stop()


@pytest.fixture
def server(_threaded_server):
    _threaded_server.clear()
    yield _threaded_server
    _threaded_server.clear()


def fast(**kw) -> HttpPolicy:
    """Small waits so the fault tests stay fast; each test sets what it is about."""
    base = dict(timeout=0.5, retries=2, backoff_base=0.01, backoff_cap=0.05,
                rate_per_second=1000, concurrency=2, max_bytes=1_000_000)
    return HttpPolicy(**{**base, **kw})


POLICY = fast()


def client_for(server, tmp_path, offline=False, policy=POLICY, crossref=None):
    settings = Settings(
        sources=tmp_path, warehouse=tmp_path / "wh", raw=tmp_path / "raw",
        crossref_url=crossref or server.url_for("/crossref"),
        datacite_url=server.url_for("/datacite"), mailto="tests@example.org", offline=offline,
    )
    return ScholarlyClient.from_settings(settings, policy=policy)


def serve_work(server, doi=WORK_DOI):
    status, headers, data = recorded("crossref/work_10.1371_journal.pone.0033693.exchange.json")
    server.expect_request(f"/crossref/works/{doi}").respond_with_data(
        data, status=status, headers=headers)


def explicit(doi, doc="d", start=0):
    return {"citation_id": f"cit-{start:016x}", "doc_id": doc, "text": f"doi:{doi}",
            "doi": doi, "resolution": "explicit", "resolution_score": 1.0,
            "reason": "DOI printed in the text", "char_start": start, "char_end": start + 5}


# --- single work, polite headers, cache ---------------------------------------------------

def test_single_work_is_fetched_cached_and_polite(server, tmp_path):
    serve_work(server)
    client = client_for(server, tmp_path)
    lookup = client.work(WORK_DOI)
    assert lookup.row["doi"] == WORK_DOI
    assert lookup.row["title"].startswith("Methylphenidate Exposure Induces Dopamine Neuron Loss")
    assert lookup.row["container_title"] == "PLoS ONE" and lookup.row["year"] == 2012
    assert lookup.row["authors"].startswith("Sadasivan, Shankar; Pond, Brooks B.")
    assert lookup.row["source"] == "crossref" and lookup.row["type"] == "journal-article"
    request, _ = server.log[0]
    assert "mailto:tests@example.org" in request.headers["User-Agent"]
    # raw response kept, content-addressed, with URL, status and time
    records = list((tmp_path / "raw" / "http" / "responses").glob("*.json"))
    assert len(records) == 1
    meta = json.loads(records[0].read_text())
    assert meta["status"] == 200 and meta["url"].endswith(f"/works/{WORK_DOI}")
    assert meta["retrieved_at"]
    stored = tmp_path / "raw" / "http" / lookup.raw_path
    assert stored.read_bytes() == body("crossref/work_10.1371_journal.pone.0033693.body.json")
    assert stored.name == meta["body_sha256"]
    # the server announced 5 requests/s (public pool): the client slowed down to it
    assert client.http._limiter.interval >= 0.2 - 1e-9
    # a second lookup is served from the cache
    client.work(WORK_DOI)
    assert len(server.log) == 1


def test_not_found_at_crossref_then_datacite(server, tmp_path):
    status, headers, data = recorded("crossref/work_not_found_404.exchange.json")
    server.expect_request(f"/crossref/works/{DATACITE_DOI}").respond_with_data(
        data, status=status, headers=headers)
    status, headers, data = recorded("datacite/dois_10.6084_m9.figshare.1449060.exchange.json")
    server.expect_request(f"/datacite/dois/{DATACITE_DOI}").respond_with_data(
        data, status=200, headers=headers)
    lookup = client_for(server, tmp_path).work(DATACITE_DOI)
    assert lookup.row["source"] == "datacite"
    assert lookup.row["title"].startswith("Drosophila melanogaster wing images")
    assert lookup.row["authors"].startswith("Dworkin, Ian") and lookup.row["year"] == 2020


def test_not_found_anywhere_says_so(server, tmp_path):
    status, headers, data = recorded("crossref/work_not_found_404.exchange.json")
    server.expect_request("/crossref/works/10.1371/notarealdoi").respond_with_data(
        data, status=status, headers=headers)
    status, headers, data = recorded("datacite/dois_not_found_404.exchange.json")
    server.expect_request("/datacite/dois/10.1371/notarealdoi").respond_with_data(
        data, status=status, headers=headers)
    lookup = client_for(server, tmp_path).work("10.1371/notarealdoi")
    assert lookup.row is None
    assert "Crossref: DOI not found (HTTP 404)" in lookup.reason
    assert "DataCite: DOI not found (HTTP 404)" in lookup.reason


# --- search with scores ---------------------------------------------------------------------

CERMINE = (
    "D. Tkaczyk, P. Szostek, M. Fedoryszak, P. J. Dendek, and Bolikowski,“CERMINE: automatic "
    "extraction of structured metadata from scientific literature,” International Journal on "
    "Document Analysis and Recognition (IJDAR), vol. 18, no. 4, pp. 317–335, 2015."
)


def cermine_citation(text=CERMINE):
    sentences = sentence_rows("d", text)
    [row], _ = extract_citations("d", "Source: " + text, sentence_rows("d", "Source: " + text))
    del sentences
    return row


def test_search_accepts_only_an_agreeing_candidate(server, tmp_path):
    row = cermine_citation()
    assert row["doi"] is None and row["volume"] == "18"
    server.expect_request(
        "/crossref/works", query_string={"query.bibliographic": search_query(row), "rows": "5"}
    ).respond_with_data(body("crossref/works_query_bibliographic_cermine_rows5.json"),
                        content_type="application/json")
    result = resolve_citations([row], client_for(server, tmp_path))
    [c] = result.citations
    assert c["resolution"] == "crossref_search"
    assert c["doi"] == "10.1007/s10032-015-0249-8"
    assert c["resolution_score"] == 1.0
    assert "volume 18" in c["reason"] and "crossref relevance 167.7" in c["reason"]
    [work] = result.works
    assert work["doi"] == c["doi"] and work["container_title"].startswith("International Journal")


def test_search_refuses_a_contradicting_top_hit(server, tmp_path):
    row = cermine_citation(CERMINE.replace("vol. 18", "vol. 21").replace("317–335", "11–20"))
    server.expect_request("/crossref/works").respond_with_data(
        body("crossref/works_query_bibliographic_cermine_rows5.json"),
        content_type="application/json")
    result = resolve_citations([row], client_for(server, tmp_path))
    [c] = result.citations
    assert c["resolution"] == "unresolved" and c["doi"] is None
    assert "refused all 5 Crossref candidates" in c["reason"]
    assert "volume 21 != 18" in c["reason"]
    assert c["resolution_score"] is not None and c["resolution_score"] < 1
    assert result.works == []


# --- faults ---------------------------------------------------------------------------------

def test_429_retry_after_is_honoured_up_to_the_cap(server, tmp_path):
    # No 429 was ever recorded: status 429 with the recorded 404's headers plus Retry-After.
    _, headers, _ = recorded("crossref/work_not_found_404.exchange.json")
    server.expect_oneshot_request(f"/crossref/works/{WORK_DOI}").respond_with_data(
        "Too Many Requests", status=429, headers={**headers, "Retry-After": "2"})
    serve_work(server)
    policy = fast(timeout=1, retries=2, backoff_base=0.01, backoff_cap=0.4,
                        rate_per_second=1000)
    t0 = time.monotonic()
    lookup = client_for(server, tmp_path, policy=policy).work(WORK_DOI)
    elapsed = time.monotonic() - t0
    assert lookup.row is not None
    assert 0.4 <= elapsed < 1.8  # waited, but the cap beat the server's 2 s
    assert len(server.log) == 2


def test_retry_after_forms():
    assert retry_after_seconds("7") == 7.0
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:10 GMT", now=1445412480.0) == 10.0
    assert retry_after_seconds("soon") is None and retry_after_seconds(None) is None


def test_500_then_success(server, tmp_path):
    server.expect_oneshot_request(f"/crossref/works/{WORK_DOI}").respond_with_data(
        "", status=500)
    serve_work(server)
    client = client_for(server, tmp_path)
    assert client.work(WORK_DOI).row is not None
    assert client.http.requests_sent == 2
    # the transient 500 was not cached: only the final answer is on disk
    assert len(list((tmp_path / "raw" / "http" / "responses").glob("*.json"))) == 1


def test_persistent_500_gives_up_with_a_reason(server, tmp_path):
    server.expect_request(f"/crossref/works/{WORK_DOI}").respond_with_data("", status=503)
    client = client_for(server, tmp_path)
    lookup = client.work(WORK_DOI)
    assert lookup.row is None and "gave up after 3 attempts: HTTP 503" in lookup.reason
    assert client.http.requests_sent == 3


def test_timeout(server, tmp_path):
    data = body("crossref/work_10.1371_journal.pone.0033693.body.json")

    def slow(_request):
        time.sleep(0.6)
        return Response(data, content_type="application/json")

    server.expect_request(f"/crossref/works/{WORK_DOI}").respond_with_handler(slow)
    policy = fast(timeout=0.2, retries=1, backoff_base=0.01, backoff_cap=0.01)
    lookup = client_for(server, tmp_path, policy=policy).work(WORK_DOI)
    assert lookup.row is None and "timed out after 0.2s" in lookup.reason


def test_malformed_json(server, tmp_path):
    data = body("crossref/work_10.1371_journal.pone.0033693.body.json")
    server.expect_request(f"/crossref/works/{WORK_DOI}").respond_with_data(
        data[: len(data) // 2], content_type="application/json")
    lookup = client_for(server, tmp_path).work(WORK_DOI)
    assert lookup.row is None and lookup.reason.startswith("malformed JSON from Crossref")


@pytest.mark.parametrize("chunked", [False, True])
def test_oversized_body_is_refused(server, tmp_path, chunked):
    data = body("crossref/works_query_bibliographic_structured_rows5.json")  # 75 KB
    if chunked:  # no Content-Length: the cap applies while reading
        server.expect_request("/crossref/works").respond_with_handler(
            lambda _r: Response(iter([data[i : i + 8192] for i in range(0, len(data), 8192)]),
                                content_type="application/json"))
    else:
        server.expect_request("/crossref/works").respond_with_data(
            data, content_type="application/json")
    policy = fast(timeout=1, retries=2, max_bytes=20_000, backoff_cap=0.01)
    client = client_for(server, tmp_path, policy=policy)
    candidates, _, error, _ = client.search("anything")
    assert candidates == [] and "20000-byte cap" in error
    assert client.http.requests_sent == 1  # a size refusal is final, not retried


def _port_holding_404() -> int:
    """A free loopback port whose number contains "404" (40400-40499, then x404x ports)."""
    for port in [*range(40400, 40500), *(int(f"{d}404{e}") for d in (1, 2, 3, 5) for e in range(10))]:
        with socket.socket() as probe:
            try:
                probe.bind(("localhost", port))
            except OSError:
                continue
        return port
    pytest.skip("no free port holding 404")


def test_a_failure_whose_text_holds_404_is_not_read_as_not_found(tmp_path):
    # the failure text names the host ("HTTP 503 from localhost:40441"); a port holding "404"
    # once sent every Crossref failure on to DataCite as if Crossref had said "not found"
    srv = HTTPServer(host="localhost", port=_port_holding_404())
    srv.start()
    try:
        srv.expect_request(f"/crossref/works/{WORK_DOI}").respond_with_data("", status=503)
        lookup = client_for(srv, tmp_path).work(WORK_DOI)
        assert lookup.row is None and "HTTP 503" in lookup.reason
        assert "DataCite" not in lookup.reason
        assert not any("/datacite/" in req.path for req, _ in srv.log)
    finally:
        srv.clear()
        srv.stop()


def test_redirect_to_another_host_is_refused(server, tmp_path):
    status, headers, data = recorded(
        "doi_org/cn_redirect_302_10.1126_science.169.3946.635.exchange.json")
    server.expect_request("/crossref/works/10.1126/science.169.3946.635").respond_with_data(
        data, status=status, headers=headers)
    lookup = client_for(server, tmp_path).work("10.1126/science.169.3946.635")
    assert lookup.row is None
    assert "refused redirect" in lookup.reason and "api.crossref.org" in lookup.reason
    assert len(server.log) == 1


def test_redirect_within_configured_host_is_followed(server, tmp_path):
    server.expect_request("/crossref/works/10.1000/old").respond_with_data(
        "", status=301, headers={"Location": f"/crossref/works/{WORK_DOI}"})
    serve_work(server)
    assert client_for(server, tmp_path).work("10.1000/old").row["doi"] == WORK_DOI


def test_concurrency_limit_holds(server, tmp_path):
    data = body("crossref/work_10.1371_journal.pone.0033693.body.json")
    state = {"now": 0, "max": 0}

    def counting(_request):
        state["now"] += 1
        state["max"] = max(state["max"], state["now"])
        time.sleep(0.05)
        state["now"] -= 1
        return Response(data, content_type="application/json")

    server.expect_request("/crossref/works/10.1000/x1").respond_with_handler(counting)
    for i in range(2, 7):
        server.expect_request(f"/crossref/works/10.1000/x{i}").respond_with_handler(counting)
    policy = fast(timeout=1, retries=0, rate_per_second=1000, concurrency=1)
    rows = [explicit(f"10.1000/x{i}", start=i) for i in range(1, 7)]
    resolve_citations(rows, client_for(server, tmp_path, policy=policy), workers=4)
    assert state["max"] == 1


# --- whole runs: nothing lost, reasons everywhere, offline replay ----------------------------

def test_every_fault_keeps_the_run_and_every_citation(server, tmp_path):
    serve_work(server)
    server.expect_request("/crossref/works/10.1000/slow").respond_with_handler(
        lambda _r: (time.sleep(2.0), Response("{}"))[1])
    server.expect_request("/crossref/works/10.1000/broken").respond_with_data("{not json")
    server.expect_request("/crossref/works/10.1000/busy").respond_with_data(
        "", status=429, headers={"Retry-After": "1"})
    status, headers, data = recorded("crossref/work_not_found_404.exchange.json")
    server.expect_request("/crossref/works/10.1000/missing").respond_with_data(
        data, status=status, headers=headers)
    status, headers, data = recorded("datacite/dois_not_found_404.exchange.json")
    server.expect_request("/datacite/dois/10.1000/missing").respond_with_data(
        data, status=status, headers=headers)
    rows = [explicit(WORK_DOI, start=1), explicit("10.1000/slow", start=2),
            explicit("10.1000/broken", start=3), explicit("10.1000/busy", start=4),
            explicit("10.1000/missing", start=5)]
    # generous timeout for the healthy responses (loaded CI machines), still well under the slow one
    policy = fast(timeout=0.8, retries=1, backoff_base=0.01, backoff_cap=0.05)
    result = resolve_citations(rows, client_for(server, tmp_path, policy=policy))
    reasons = {c["doi"]: c["reason"] for c in result.citations}
    assert len(result.citations) == 5
    assert all(c["resolution"] == "explicit" for c in result.citations)
    assert [w["doi"] for w in result.works] == [WORK_DOI]
    assert reasons[WORK_DOI] == "DOI printed in the text; metadata fetched from Crossref"
    assert "timed out" in reasons["10.1000/slow"]
    assert "malformed JSON" in reasons["10.1000/broken"]
    assert "HTTP 429" in reasons["10.1000/busy"]
    assert "404" in reasons["10.1000/missing"]


def _seed_like_rows():
    text = ("Runners kept fibres.¹ The same in mice.²\n\nReferences\n"
            f"- ¹ Okafor NC. Fibre types in runners. PLoS One. 2012;7(3):e33693. doi:{WORK_DOI}\n"
            "- ² Nutrients 2022, 14(7), 1502\n- ³ EurekAlert! June 20, 2025\n")
    rows, _ = extract_citations("d", text, sentence_rows("d", text))
    return rows


def test_offline_rerun_reproduces_from_the_cache(server, tmp_path):
    serve_work(server)
    server.expect_request("/crossref/works").respond_with_data(
        body("crossref/works_query_bibliographic_cermine_rows5.json"),
        content_type="application/json")
    rows = _seed_like_rows()
    online = resolve_citations(rows, client_for(server, tmp_path))
    server.clear()  # nothing is served any more: the offline run may only read the cache
    offline = resolve_citations(rows, client_for(server, tmp_path, offline=True))
    assert offline.citations == online.citations
    assert offline.works == online.works and len(offline.works) == 1
    assert server.log == []


def test_offline_without_cache_gives_every_citation_a_reason(server, tmp_path):
    result = resolve_citations(_seed_like_rows(), client_for(server, tmp_path, offline=True))
    reasons = [c["reason"] for c in result.citations]
    assert len(reasons) == 3
    assert "not in the raw HTTP cache" in reasons[0] and reasons[0].startswith("DOI printed")
    assert "not in the raw HTTP cache" in reasons[1]
    assert "too few printed fields" in reasons[2]
    assert server.log == []


def test_no_network_gives_every_citation_a_reason(server, tmp_path):
    with socket.socket() as s:  # a loopback port nobody listens on
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}"
    # one request at a time, so "unreachable" is known before the next citation is tried
    policy = fast(timeout=0.5, retries=1, backoff_base=0.01, backoff_cap=0.01, concurrency=1)
    client = client_for(server, tmp_path, policy=policy, crossref=dead)
    result = resolve_citations(_seed_like_rows(), client)
    assert len(result.citations) == 3 and result.works == []
    assert "network error" in result.citations[0]["reason"]
    assert "network error" in result.citations[1]["reason"]
    # connection failures are retried once, then the host is not asked again this run
    assert "unreachable" in result.citations[0]["reason"]
    cause = [c["reason"].split("network error:", 1)[1] for c in result.citations[:2]]
    assert cause[0] == cause[1]  # the same words whichever request found the host down
    assert client.http.requests_sent == 2
    frame = TABLES["citations"].frame(result.citations)
    TABLES["citations"].model.validate(frame)


def test_fetched_abstract_becomes_an_abstract_document(server, tmp_path):
    # A recorded search item (it has a JATS abstract) in the recorded single-work envelope.
    items = json.loads(body("crossref/works_query_ecology_rows2.body.json"))["message"]["items"]
    envelope = json.loads(body("crossref/work_10.1371_journal.pone.0033693.body.json"))
    envelope["message"] = items[1]
    doi = items[1]["DOI"].lower()
    server.expect_request(f"/crossref/works/{doi}").respond_with_json(envelope)
    result = resolve_citations([explicit(doi)], client_for(server, tmp_path))
    [work] = result.works
    assert work["abstract"] and "<" not in work["abstract"]
    texts, docs = abstract_documents(result.works, result.raw)
    [doc] = docs
    assert doc["doc_id"] == abstract_doc_id(doi) == f"doi:{doi}"
    assert doc["kind"] == "abstract" and texts[0].text == work["abstract"]
    assert (tmp_path / "raw" / doc["source_path"]).is_file()
    TABLES["documents"].model.validate(TABLES["documents"].frame(docs))
    TABLES["works"].model.validate(TABLES["works"].frame(result.works))
