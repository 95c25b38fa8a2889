"""HTTP politeness settings come from AGEFACTS_HTTP_* variables and explicit overrides."""

from agefacts.scholarly.policy import HttpPolicy


def test_env_and_overrides(monkeypatch):
    monkeypatch.setenv("AGEFACTS_HTTP_RETRIES", "7")
    monkeypatch.setenv("AGEFACTS_HTTP_BACKOFF_CAP", "0.5")
    p = HttpPolicy.from_env(concurrency=1)
    assert (p.retries, p.backoff_cap, p.concurrency) == (7, 0.5, 1)
    assert isinstance(p.retries, int) and isinstance(p.backoff_cap, float)
    assert HttpPolicy.from_env(retries=None).retries == 7
