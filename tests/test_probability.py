"""Probability of a claim and what its verdict hinges on (sampling, hinges, surfaces)."""

from __future__ import annotations

import dataclasses
import itertools
import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rangecalc import Mission, Refueling
from rangecalc.catalog import Figure, default_catalog
from rangecalc.claims.claim import Claim, evaluate
from rangecalc.cli import main
from rangecalc.data.errors import InputError
from rangecalc.data.units import ureg
from rangecalc.model.mission import (
    FigureRows,
    combat_radius,
    one_at_a_time,
    radius_rows,
    reaches_rows,
    sampled_figures,
)
from rangecalc.model.sampling import Estimate, Sampling, draw, triangular_quantile

FEW = Sampling(samples=2_000, seed=7)


def q(text: str) -> ureg.Quantity:
    return ureg.Quantity(text)


def fig(value: str, low: str, high: str, source: str) -> Figure:
    return Figure(q(value), q(low), q(high), source)


# ------------------------------------------------------------------- distributions


def test_triangular_quantile_matches_its_moments_and_its_cdf_at_the_mode() -> None:
    # mean (a + b + c) / 3 and variance (a²+b²+c²-ab-ac-bc)/18 (Vose, section 9.1.7),
    # F(c) = (c - a) / (b - a): an independent check of the inverse CDF
    a, c, b = 2.0, 3.0, 7.0
    u = (np.arange(200_000) + 0.5) / 200_000
    x = triangular_quantile(u, a, c, b)
    assert x.mean() == pytest.approx((a + b + c) / 3, rel=1e-4)
    var = (a * a + b * b + c * c - a * b - a * c - b * c) / 18
    assert x.var() == pytest.approx(var, rel=1e-3)
    assert np.mean(x <= c) == pytest.approx((c - a) / (b - a), abs=1e-4)
    assert x.min() >= a and x.max() <= b


def test_triangular_quantile_with_the_mode_at_an_end() -> None:
    u = np.linspace(0, 1, 11)
    x = triangular_quantile(u, 1.0, 1.0, 2.0)
    assert np.all(np.diff(x) >= 0) and x[0] == 1.0 and x[-1] == 2.0
    assert np.all(triangular_quantile(u, 5.0, 5.0, 5.0) == 5.0)


def test_draws_are_reproducible_bounded_and_keyed_by_figure() -> None:
    figs = {
        "a": fig("10 km", "8 km", "13 km", "source A"),
        "b": fig("5 kg", "4 kg", "6 kg", "source B"),
    }
    units = {"a": "km", "b": "kg"}
    one = draw(figs, units, Sampling(5_000, seed=3))
    two = draw(figs, units, Sampling(5_000, seed=3))
    other = draw(figs, units, Sampling(5_000, seed=4))
    assert np.array_equal(one["a"], two["a"]) and not np.array_equal(one["a"], other["a"])
    assert one["a"].min() >= 8 and one["a"].max() <= 13
    # a figure's draws do not depend on what else is drawn (common random numbers)
    alone = draw({"a": figs["a"]}, {"a": "km"}, Sampling(5_000, seed=3))
    assert np.array_equal(alone["a"], one["a"])
    # independent sources: uncorrelated
    assert abs(np.corrcoef(one["a"], one["b"])[0, 1]) < 0.05


def test_figures_of_one_source_are_drawn_together() -> None:
    figs = {
        "x": fig("10 km", "8 km", "13 km", "Jane's 2016, p. 12"),
        "y": fig("50 t", "45 t", "52 t", "Jane's 2016, p. 12"),
    }
    d = draw(figs, {"x": "km", "y": "t"}, FEW)
    # one uniform draw: the ranks agree exactly
    assert np.array_equal(np.argsort(d["x"]), np.argsort(d["y"]))


def test_a_choice_between_two_readings_takes_each_half_the_time() -> None:
    f = fig("0", "0", "1", "the sources do not say which")
    d = draw({"c": f}, {"c": "dimensionless"}, Sampling(20_000, seed=1), choices=("c",))["c"]
    assert set(np.unique(d)) == {0.0, 1.0}
    assert d.mean() == pytest.approx(0.5, abs=0.02)


@pytest.mark.parametrize(
    "kwargs", [{"samples": -1}, {"samples": True}, {"samples": 2.5}, {"seed": -3}]
)
def test_sampling_refuses_bad_options(kwargs: dict[str, object]) -> None:
    with pytest.raises(InputError):
        Sampling(**kwargs)  # type: ignore[arg-type]


def test_estimate_error_and_rule_of_three() -> None:
    est = Estimate.of(np.array([True] * 30 + [False] * 70), Sampling(100))
    assert est.probability == 0.3
    assert est.error == pytest.approx(np.sqrt(0.3 * 0.7 / 100))
    none = Estimate.of(np.zeros(1000, dtype=bool), Sampling(1000))
    assert none.error == 0.0 and none.bound == pytest.approx(0.003)
    assert Estimate.of(np.array([True] * 999 + [False]), Sampling(1000)).percent() == ">99%"


# ------------------------------------------------------- the sampler and the kernel


def _with_values(name: str, values: dict[str, float]) -> object:
    """The airframe with every figure exact at *values*: the scalar path's input."""
    af = default_catalog().airframe(name)
    changes: dict[str, object] = {}
    units = {"empty_mass": "kg", "max_takeoff_mass": "kg", "internal_fuel": "kg"}
    units |= {"ferry_range": "km", "cruise_speed": "km/h"}
    for field, unit in units.items():
        if field in values:
            changes[field] = Figure.exact(ureg.Quantity(values[field], unit), "sample")
    points = list(af.combat_radius)
    for i, p in enumerate(points):
        key = f"combat_radius[{i}]"
        if key in values:
            new = Figure.exact(ureg.Quantity(values[key], "km"), "sample")
            payload = p.payload
            if key + ".payload" in values:
                payload = Figure.exact(ureg.Quantity(values[key + ".payload"], "kg"), "s")
            points[i] = dataclasses.replace(p, radius=new, payload=payload)
    # only the calibration point: which point is fitted must not move with the sample
    fitted = tuple(points[i] for i in range(len(points)) if f"combat_radius[{i}]" in values)
    return dataclasses.replace(af, combat_radius=fitted, **changes)


@pytest.mark.parametrize(
    ("airframe", "mission"),
    [
        ("Tu-22M3", Mission(payload="24 t")),
        ("Tu-22M3", Mission(payload="12 t", on_station="1 h")),
        ("Su-34", Mission(payload="4 t")),
    ],
)
def test_vectorised_sampler_equals_a_scalar_loop(airframe: str, mission: Mission) -> None:
    """Every sampled row flown at once equals combat_radius of that row's exact airframe."""
    rows = sampled_figures(airframe, mission, sampling=Sampling(12, seed=11))
    fast = radius_rows(airframe, mission, rows)
    compared = 0
    for i in range(len(rows)):
        values = {n: float(v[i]) for n, v in rows.values.items()}
        exact = _with_values(airframe, values)
        res = combat_radius(exact, mission)  # type: ignore[arg-type]
        if res.calibration.allowance_source != "fitted":
            continue  # the scalar path falls back to the median allowance there
        assert res.nominal.m_as("km") == pytest.approx(fast[i], abs=0.01)
        compared += 1
    assert compared >= 8


@pytest.mark.parametrize(
    ("airframe", "mission"),
    [
        ("Tu-22M3", Mission(payload="24 t")),
        ("Su-34", Mission(payload="4 t", profile="hi-lo-hi")),
        ("F-15E", Mission(payload="4 t", tanks=("2 x 610 gal",))),
        ("Su-34", Mission(payload="4 t", refueling=Refueling(out=1, tanker="Il-78M"))),
    ],
)
def test_probability_is_one_at_the_low_end_and_zero_above_the_high(
    airframe: str, mission: Mission
) -> None:
    lo, _, hi = combat_radius(airframe, mission).radius.magnitudes("km")
    rows = sampled_figures(airframe, mission, sampling=FEW)
    assert reaches_rows(airframe, q(f"{lo - 0.01} km"), mission, rows).all()
    assert not reaches_rows(airframe, q(f"{hi + 0.01} km"), mission, rows).any()
    r = radius_rows(airframe, mission, rows.take(np.arange(200)))
    assert r.min() >= lo - 1e-3 and r.max() <= hi + 1e-3


@settings(max_examples=15, deadline=None)
@given(
    light=st.floats(0.0, 24.0),
    extra=st.floats(0.0, 24.0),
    need=st.floats(1_800.0, 3_600.0),
)
def test_more_payload_never_raises_the_probability(light: float, extra: float, need: float) -> None:
    heavy = min(24.0, light + extra)
    sampling = Sampling(500, seed=2)
    a = Mission(payload=f"{light} t")
    b = Mission(payload=f"{heavy} t")
    rows_a = sampled_figures("Tu-22M3", a, sampling=sampling)
    rows_b = sampled_figures("Tu-22M3", b, sampling=sampling)
    for n in rows_a.values:  # the same draws for both: common random numbers
        assert np.array_equal(rows_a.values[n], rows_b.values[n])
    ok_a = reaches_rows("Tu-22M3", q(f"{need} km"), a, rows_a)
    ok_b = reaches_rows("Tu-22M3", q(f"{need} km"), b, rows_b)
    assert not np.any(ok_b & ~ok_a)  # sample by sample, so the fraction too


@pytest.mark.parametrize("tanker", [None, "Il-78M"])
def test_more_refuelling_never_lowers_the_probability(tanker: str | None) -> None:
    need = q("1,900 km")
    seen = []
    for out in range(3):
        m = Mission(payload="4 t", refueling=Refueling(out=out, tanker=tanker))
        rows = sampled_figures("Su-34", m, sampling=Sampling(400, seed=5))
        seen.append(reaches_rows("Su-34", need, m, rows))
    for fewer, more in itertools.pairwise(seen):
        assert not np.any(fewer & ~more)
    assert seen[0].mean() < seen[-1].mean()  # the need is chosen where top-ups matter


# --------------------------------------------------------------------- claims


def _claim(**kw: object) -> Claim:
    base: dict[str, object] = {
        "id": "t",
        "statement": "test",
        "kind": "aircraft",
        "aircraft": "Tu-22M3",
        "bases": ("Mozdok",),
        "target": ("Deir ez-Zor",),
    }
    base.update(kw)
    base["mission"] = Mission(payload=base.pop("payload", "24 t"))
    return Claim(**base)  # type: ignore[arg-type]


def test_adding_a_base_never_lowers_the_probability() -> None:
    cat = default_catalog()
    s = Sampling(1_000, seed=9)
    far = evaluate(_claim(bases=("Engels",), target=("Latakia air base",)), cat, s)
    both = evaluate(_claim(bases=("Engels", "Mozdok"), target=("Latakia air base",)), cat, s)
    assert far.probability is not None and both.probability is not None
    assert both.probability >= far.probability
    assert 0.0 <= far.probability <= 1.0


def test_seed_verdicts_and_probabilities_agree() -> None:
    """holds gives 1, fails 0, uncertain in between; the weapon claim samples its range."""
    from rangecalc.claims.claim import check

    for f in ("seeds/hamadan_deployment_2016.toml", "seeds/southern_russia_vs_hamadan_2016.toml"):
        _, results = check(f, sampling=FEW)
        for v in results:
            assert v.probability is not None and v.estimate is not None
            assert 0.0 <= v.probability <= 1.0
            if v.verdict == "holds":
                assert v.probability == 1.0
            elif v.verdict == "fails":
                assert v.probability == 0.0
            else:
                assert 0.0 < v.probability < 1.0
                assert v.estimate.error > 0


def _testjet(ferry: tuple[str, str, str], empty: tuple[str, str, str]) -> object:
    """A catalog with one made-up airframe whose spreads are chosen by the test."""
    entry = {
        "empty_mass": {"value": empty[0], "low": empty[1], "high": empty[2], "source": "E"},
        "max_takeoff_mass": {
            "value": "38,000 kg",
            "source": "M",
            "low": "38,000 kg",
            "high": "38,000 kg",
        },
        "internal_fuel": {
            "value": "9,400 kg",
            "source": "F",
            "low": "9,400 kg",
            "high": "9,400 kg",
        },
        "max_payload": {"value": "8,000 kg", "source": "P", "low": "8,000 kg", "high": "8,000 kg"},
        "cruise_speed": {
            "value": "900 km/h",
            "low": "850 km/h",
            "high": "950 km/h",
            "source": "S",
        },
        "ferry_range": {"value": ferry[0], "low": ferry[1], "high": ferry[2], "source": "R"},
        "aerial_refueling": "probe",
        "role": "fighter",
    }
    return default_catalog().extended({"airframes": {"Testjet": entry}}, file="test")


@pytest.mark.parametrize(
    ("ferry", "empty", "decides"),
    [
        (("3,000 km", "2,200 km", "3,800 km"), ("17,700 kg", "17,500 kg", "17,900 kg"),
         "Testjet.ferry_range"),
        (("3,000 km", "2,980 km", "3,020 km"), ("17,700 kg", "15,000 kg", "20,000 kg"),
         "Testjet.empty_mass"),
    ],
)  # fmt: skip
def test_the_top_hinge_is_the_figure_built_to_decide_the_claim(
    ferry: tuple[str, str, str], empty: tuple[str, str, str], decides: str
) -> None:
    cat = _testjet(ferry, empty)
    # 1,013 km by permitted route: a tight claim, where the payload flip point moves
    claim = _claim(aircraft="Testjet", bases=("Mozdok",), payload="2 t")
    v = evaluate(claim, cat, FEW)  # type: ignore[arg-type]
    top = v.hinges_on[0]
    assert top.key == decides
    assert top.figure.source in ("R", "E")
    assert v.flip_hinges("payload")[0].key == decides
    # cruise speed does not enter a hi-hi-hi radius without time on station
    assert "Testjet.cruise_speed" not in [h.key for h in v.hinges]
    assert decides.split(".")[1].replace("_", " ") in v.explanation


def test_refuelling_flip_point_hinges_on_the_figure_that_decides_it() -> None:
    cat = _testjet(("3,000 km", "2,000 km", "4,000 km"), ("17,700 kg", "17,690 kg", "17,710 kg"))
    claim = _claim(
        aircraft="Testjet", bases=("Mozdok",), target=("Latakia air base",), payload="2 t"
    )
    v = evaluate(claim, cat, Sampling(200))  # type: ignore[arg-type]
    moved = v.flip_hinges("refueling")
    assert moved and moved[0].key == "Testjet.ferry_range"
    lo, hi = moved[0].min_refuelings  # type: ignore[misc]
    assert lo is not None and hi is not None and lo > hi


def test_one_at_a_time_rows_vary_one_figure_each() -> None:
    rows = one_at_a_time("Tu-22M3", (Mission(payload="24 t"),))
    assert isinstance(rows, FigureRows) and rows.labels[0] == "nominal"
    nominal = {n: v[0] for n, v in rows.values.items()}
    for i, label in enumerate(rows.labels[1:], start=1):
        name, end = label.rsplit(" ", 1)
        changed = [n for n, v in rows.values.items() if v[i] != nominal[n]]
        assert changed in ([name], [])  # [] where that end is the nominal value
        lo, _, hi = rows.figures[name].interval(rows.units[name])
        assert rows.values[name][i] == (lo if end == "low" else hi)


# ------------------------------------------------------------------------ CLI


def test_check_json_gives_probability_and_ranked_hinges_with_sources(
    capsys: pytest.CaptureFixture[str],
) -> None:
    f = "seeds/southern_russia_vs_hamadan_2016.toml"
    assert main(["check", f, "--format", "json", "--samples", "2000", "--seed", "4"]) == 0
    doc = json.loads(capsys.readouterr().out)
    full = next(c for c in doc["claims"] if c["id"] == "004-tu22m3-full-load-from-mozdok")
    assert 0 < full["probability"] < 1 and full["samples"] == 2000 and full["seed"] == 4
    swings = [abs(h["swing_km"]) for h in full["hinges_on"]]
    assert swings == sorted(swings, reverse=True)
    assert all(h["source"] for h in full["hinges_on"])
    assert main(["check", f, "--format", "json", "--samples", "2000", "--seed", "4"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert again == doc  # reproducible with a seed


def test_check_without_samples_and_with_bad_ones(capsys: pytest.CaptureFixture[str]) -> None:
    f = "seeds/hamadan_deployment_2016.toml"
    assert main(["check", f, "--format", "json", "--samples", "0"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert all(c["probability"] is None for c in doc["claims"])
    assert main(["check", f, "--samples", "-5"]) == 2
    err = capsys.readouterr().err
    assert "--samples" in err and "Traceback" not in err


def test_check_out_draws_a_tornado_per_claim(
    tmp_path: object, capsys: pytest.CaptureFixture[str]
) -> None:
    from pathlib import Path

    out = Path(str(tmp_path)) / "why.svg"
    f = "seeds/southern_russia_vs_hamadan_2016.toml"
    assert main(["check", f, "--samples", "500", "--out", str(out)]) == 0
    drawn = sorted(p.name for p in Path(str(tmp_path)).iterdir())
    assert "why-004-tu22m3-full-load-from-mozdok.svg" in drawn
    svg = (Path(str(tmp_path)) / "why-004-tu22m3-full-load-from-mozdok.svg").read_text()
    assert 'id="hinge-1"' in svg and "P(holds)" in svg
    assert main(["check", f, "--out", str(Path(str(tmp_path)) / "x.gif")]) == 2
