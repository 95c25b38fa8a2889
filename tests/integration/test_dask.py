"""Scale-out: the same build on a local Dask cluster gives the same warehouse content."""

from __future__ import annotations

import pytest
from prefect_dask import DaskTaskRunner
from typer.testing import CliRunner

from agefacts.cli import app
from agefacts.settings import Settings
from agefacts.warehouse import Warehouse
from flows.build import build, make_task_runner


def test_the_build_runs_on_a_local_dask_cluster_with_the_same_result(
    sources, warehouse_path, tmp_path
):
    runner = DaskTaskRunner(
        cluster_class="distributed.LocalCluster",
        cluster_kwargs={"n_workers": 1, "threads_per_worker": 2, "processes": False,
                        "dashboard_address": None},
    )
    on_dask = build.with_options(task_runner=runner)(
        sources=str(sources), warehouse=str(warehouse_path)
    )
    on_threads = build(sources=str(sources), warehouse=str(tmp_path / "threads.ducklake"))
    assert on_dask.version == on_threads.version == 1
    assert on_dask.row_counts == on_threads.row_counts
    (dask_version,) = Warehouse(warehouse_path).versions()
    (thread_version,) = Warehouse(tmp_path / "threads.ducklake").versions()
    assert dask_version["content_hash"] == thread_version["content_hash"]


def test_the_cli_runs_on_dask_worker_processes(sources, warehouse_path):
    out = CliRunner().invoke(
        app,
        ["run", "--task-runner", "dask", "--sources", str(sources), "--warehouse",
         str(warehouse_path)],
        env={"AGEFACTS_DASK_WORKERS": "1"},
        catch_exceptions=False,
    )
    assert out.exit_code == 0, out.output
    assert "version 1 committed" in out.output
    assert Warehouse(warehouse_path).read_table("documents").height == 3


def test_the_task_runner_is_a_setting(monkeypatch, tmp_path):
    base = {"sources": tmp_path, "warehouse": tmp_path / "w"}
    assert isinstance(make_task_runner(Settings(**base, task_runner="dask")), DaskTaskRunner)
    assert not isinstance(make_task_runner(Settings(**base)), DaskTaskRunner)
    monkeypatch.setenv("AGEFACTS_TASK_RUNNER", "ray")
    with pytest.raises(ValueError, match="AGEFACTS_TASK_RUNNER='ray': expected one of threads, dask"):
        Settings.from_env()
