"""The Dask path: the same answers on a LocalCluster as in memory, the policy shipped."""

from __future__ import annotations

import pickle
from collections.abc import Iterator

import numpy as np
import pytest

import rangecalc as rc
from rangecalc import AirspacePolicy
from rangecalc.scale.coverage import _Task
from rangecalc.scale.sweeps import _BaseTask

distributed = pytest.importorskip("dask.distributed")

POLICY = AirspacePolicy.of(denied=["TR", "IQ"])


@pytest.fixture(scope="module")
def cluster() -> Iterator[object]:
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as c:
        yield c


def test_coverage_on_a_cluster_equals_coverage_in_memory(cluster: object) -> None:
    kw = {"radius": "1,000 km", "resolution": "20 km", "policy": POLICY}
    here = rc.coverage(["Hamadan", "Khmeimim", "Mozdok"], "SY", **kw)  # type: ignore[arg-type]
    with distributed.Client(cluster) as client:
        there = rc.coverage(
            ["Hamadan", "Khmeimim", "Mozdok"],
            "SY",
            client=client,
            **kw,  # type: ignore[arg-type]
        )
    assert there.shares == here.shares
    assert there.per_base == here.per_base
    assert there.uncovered["nominal"].equals(here.uncovered["nominal"])


def test_sweep_on_a_cluster_by_address_equals_sweep_in_memory(cluster: object) -> None:
    args = ("Su-34", ["Hamadan", "Khmeimim"], ["Raqqa", "Deir ez-Zor", "country:IL"])
    here = rc.sweep(*args, policy=POLICY, payloads=["2 t", "6 t"])
    there = rc.sweep(
        *args,
        policy=POLICY,
        payloads=["2 t", "6 t"],
        client=cluster.scheduler_address,  # type: ignore[attr-defined]
    )
    assert there.equals(here)
    assert (here.distance_km > here.great_circle_km + 1).any()  # routes that bend


def test_tasks_carry_the_policy_not_a_router() -> None:
    base = rc.resolve_place("Hamadan")
    target = rc.scale.sweeps.SweepTarget.of("Raqqa")
    task = _BaseTask(base, (target,), POLICY)
    # a router holds polygons and graphs (megabytes); a task is a few hundred bytes
    assert len(pickle.dumps(task)) < 5_000
    cov = _Task(base, (1.0, 2.0, 3.0), 10e3, POLICY, b"", "SY", np.zeros(3), np.zeros(3))
    assert len(pickle.dumps(cov)) < 5_000
    assert not any(isinstance(v, rc.airspace.Router) for v in vars(task).values())


def test_a_bad_client_is_refused_in_a_sentence() -> None:
    with pytest.raises(rc.InputError) as info:
        rc.sweep("Su-34", ["Khmeimim"], ["Raqqa"], client=42)
    assert "dask.distributed.Client" in str(info.value)
