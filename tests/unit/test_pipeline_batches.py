"""extract_documents: the flow's way to extract many documents, stage by stage over chunks."""

from __future__ import annotations

import pytest

from agefacts.extract import pipeline
from agefacts.extract.pipeline import DocumentText, extract_document, extract_documents

TEXTS = [
    "IL-6 rose 2-fold in 24 older adults (aged 65–80) after training.",
    "Serum CRP fell by 12% (p = 0.03). AMPK activation was blunted in old mice.",
    "No numbers or genes here, only words.",
    "Resistance training increased IGF1 in women (n = 40).",
    "",
]


def test_chunks_give_each_document_the_rows_extract_document_gives():
    docs = [DocumentText(f"d{i}", t) for i, t in enumerate(TEXTS)]
    out = list(extract_documents(docs, chunk=2))
    assert [doc.doc_id for doc, _ in out] == [d.doc_id for d in docs]
    assert [rows for _, rows in out] == [extract_document(d) for d in docs]
    assert out[0][1]["mentions"] and out[1][1]["quantities"]


def test_a_failing_document_is_returned_as_its_exception_and_the_others_complete(monkeypatch):
    def fragile(doc: DocumentText, rows: pipeline.Rows) -> None:
        if doc.doc_id == "d1":
            raise ValueError("unbalanced table markup")

    monkeypatch.setattr(pipeline, "STAGES", (pipeline.STAGES[0], fragile, *pipeline.STAGES[1:]))
    docs = [DocumentText(f"d{i}", t) for i, t in enumerate(TEXTS[:3])]
    out = dict((doc.doc_id, rows) for doc, rows in extract_documents(docs, chunk=3))
    assert isinstance(out["d1"], ValueError) and "unbalanced" in str(out["d1"])
    assert out["d0"]["claims"] is not None and "claims" in out["d2"]


@pytest.mark.parametrize("chunk", [1, 64])
def test_an_empty_input_yields_nothing(chunk):
    assert list(extract_documents([], chunk=chunk)) == []
